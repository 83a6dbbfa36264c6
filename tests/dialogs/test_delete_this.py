""" "delete it", "delete this claim" in the middle of a draft.

Seen off the script: at a claim's amount question, "delete this claim" and "delete it" got
'"delete it" isn't an amount I can read'; only "delete my claim" or "delete draft" asked to
confirm deleting it. Each asks now, about the draft open (nothing is deleted before "yes").
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        (EN, "delete this claim", "Delete claim draft"),
        (EN, "delete it", "Delete claim draft"),
        (EN, "discard this draft", "Delete claim draft"),
        (FR, "supprimer cette réclamation", "Supprimer définitivement la réclamation"),
        (FR, "supprimer ce brouillon", "Supprimer définitivement la réclamation"),
    ],
)
async def test_delete_this_in_a_claim_asks_to_confirm(
    chat: Chat, locale: str, typed: str, asked: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies) and asked in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(("locale", "typed"), [(EN, "delete this plan"), (EN, "delete it")])
async def test_delete_this_in_a_plan_asks_to_confirm(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await start_plan(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert plan_id in shown(replies) and "Delete draft" in shown(replies)
    assert await get(chat, plan_id) is not None


@pytest.mark.parametrize(("locale", "no"), [(EN, "no"), (FR, "non")])
async def test_no_goes_back_to_the_question_the_draft_was_at(
    chat: Chat, locale: str, no: str
) -> None:
    """Seen in the Playground: "delete it" at a plan's campaign name, then "no", said "OK, I
    kept PLN-…" and nothing more: the partner had to say "continue my plan" to go on."""
    plan_id = await start_plan(chat, locale)
    await chat.say("delete it", locale=locale)
    replies = await chat.say(no, locale=locale)
    assert plan_id in shown(replies)
    assert ("Quel est l'identifiant partenaire" if locale == FR else "What is the Partner ID") in (
        shown(replies)
    )
    # And the answer goes on in the same draft.
    await chat.say("1234567", locale=locale)
    assert (await get(chat, plan_id)).mpn_id == "1234567"


async def test_no_in_a_claim_goes_back_to_its_question(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")
    await chat.say("delete this claim", locale=EN)
    replies = await chat.say("no", locale=EN)
    assert "How much are you claiming" in shown(replies)
    await chat.say("9800", locale=EN)
    assert (await get_claim(chat, claim_id)).amount == 9800


async def test_yes_deletes_it_and_leaves_no_question(chat: Chat) -> None:
    plan_id = await start_plan(chat, EN)
    await chat.say("delete it", locale=EN)
    replies = await chat.say("yes", locale=EN)
    assert "Partner ID" not in shown(replies)
    assert await chat.services.plans.get_plan(chat.tenant_id, plan_id) is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "delete my plan", "no draft plan to delete"),
        (EN, "delete the plan", "no draft plan to delete"),
        (FR, "supprimer mon plan", "aucun brouillon de plan à supprimer"),
    ],
)
async def test_delete_my_plan_in_a_claim_never_asks_to_delete_the_claim(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    """Seen at stop 52 (left alone at stop 51) at a claim's question: "delete my plan"
    asked "Delete claim draft CLM-… for good?", a "yes" away from deleting the claim the
    partner never named. The plan is what is meant: with no plan draft, why none can be
    deleted, and the claim's question asked again."""
    claim_id = await claim_at(chat, locale, until="amount")

    said_back = shown(await chat.say(typed, locale=locale))

    assert "Delete claim draft" not in said_back
    assert "Supprimer définitivement la réclamation" not in said_back
    assert said in said_back, said_back
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING
    assert await chat.say("oui" if locale == FR else "yes", locale=locale)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING
