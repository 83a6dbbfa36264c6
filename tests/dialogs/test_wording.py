"""Words a partner sees read as sentences: singular and plural, statuses, agreement (en, fr).

No "(s)" or "(e)" left for the partner to sort out, and a status is said ("was rejected
on…", « a été refusée le… ») rather than pasted in as a label ("is Rejected since").
"""

from __future__ import annotations

import re

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import approved_plan, flat, seed_funds
from tests.dialogs.test_plan_journey import (
    FR_ANSWERS,
    answer_until,
    last_card,
    start_plan,
    texts,
)
from tests.support import ADMIN, TENANT, Chat
from views.strings import EN, FR, t

EN_US, FR_FR = "en-US", "fr-FR"

# "campaign(s)", "supprimé(e)", "jour(s)": the reader left to choose.
OPTIONAL_ENDING = re.compile(r"\w\((?:s|e|es|x)\)")
# A status label pasted in as if it were an adjective: "is {status}", "est **{status}**".
STATUS_AS_WORD = re.compile(r"\b(?:is|est|n'est) \**\{status\}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_sentence_leaves_an_optional_ending(language: str) -> None:
    table = EN if language == "en" else FR
    left = {key: text for key, text in table.items() if OPTIONAL_ENDING.search(text)}
    assert left == {}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_sentence_uses_a_status_label_as_a_word(language: str) -> None:
    table = EN if language == "en" else FR
    left = {key: text for key, text in table.items() if STATUS_AS_WORD.search(text)}
    assert left == {}


@pytest.mark.parametrize(
    ("locale", "count", "says"),
    [
        (EN_US, 1, "in 1 campaign."),
        (EN_US, 2, "in 2 campaigns."),
        (FR_FR, 1, "en 1 campagne."),
        (FR_FR, 2, "en 2 campagnes."),
    ],
)
def test_a_count_picks_the_singular_or_the_plural(locale: str, count: int, says: str) -> None:
    assert t(locale, "receipt.total", total="X", limit="Y", count=count).endswith(says)


# -- through the dialogs -------------------------------------------------------------------


async def test_the_receipt_of_one_campaign_says_campaign_in_english(chat: Chat) -> None:
    await start_plan(chat)
    await answer_until(chat, "review")
    receipt = last_card(await chat.say("submit"))
    assert "in 1 campaign." in receipt.shown
    assert "campaign(s)" not in receipt.shown


async def test_the_receipt_of_two_campaigns_says_campagnes_in_french(chat: Chat) -> None:
    chat.locale = FR_FR
    await start_plan(chat, FR_FR)
    await answer_until(chat, "review", locale=FR_FR)
    receipt = last_card(await chat.say("soumettre", locale=FR_FR))
    assert "en 2 campagnes." in receipt.shown


async def test_the_receipt_of_one_campaign_says_campagne_in_french(chat: Chat) -> None:
    chat.locale = FR_FR
    one_campaign = [a for a in FR_ANSWERS[:21]] + [("more_campaigns", "non")]
    await start_plan(chat, FR_FR)
    await answer_until(chat, "review", answers=one_campaign, locale=FR_FR)
    receipt = last_card(await chat.say("soumettre", locale=FR_FR))
    assert "en 1 campagne." in receipt.shown


@pytest.mark.parametrize(
    ("locale", "remove", "says"),
    [
        (EN_US, "remove Digital advertising (Spring push)", "Removed the activity "),
        (FR_FR, "supprimer Salons / expositions (Campagne printemps)", "L'activité "),
    ],
)
async def test_a_removed_activity_is_named_with_the_right_agreement(
    chat: Chat, locale: str, remove: str, says: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(remove, locale=locale)
    said = texts(replies)
    assert says in said, said
    assert "(e)" not in said
    if locale == FR_FR:
        assert "Salons / expositions (Campagne printemps) est supprimée." in said


async def test_a_removed_campaign_is_feminine_in_french(chat: Chat) -> None:
    chat.locale = FR_FR
    await start_plan(chat, FR_FR)
    await answer_until(chat, "review", locale=FR_FR)
    await chat.say("supprimer Rentrée", locale=FR_FR)  # asked first: it holds an activity
    said = texts(await chat.say("oui", locale=FR_FR))
    assert "La campagne Rentrée est supprimée." in said


@pytest.mark.parametrize(
    ("locale", "question", "says"),
    [
        (
            EN_US,
            "status of {plan_id}",
            r"\*\*{plan_id}\*\* has been a draft since \d+ \w+ 20\d\d\.",
        ),
        (
            FR_FR,
            "statut de {plan_id}",
            r"\*\*{plan_id}\*\* est un brouillon depuis le \d+(er)? \w+ 20\d\d\.",
        ),
    ],
)
async def test_a_draft_plans_status_is_a_sentence(
    chat: Chat, locale: str, question: str, says: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await chat.say("annuler" if locale == FR_FR else "cancel")
    said = flat(texts(await chat.say(question.format(plan_id=plan_id))))
    assert re.search(says.format(plan_id=plan_id), said), said


async def rejected_claim(chat: Chat):
    await seed_funds(chat)
    plan = await approved_plan(chat)
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
    )
    claim.plan_id, claim.name, claim.currency = plan.id, "Radio November", "EUR"
    for move in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED):
        claim.move_to(move, actor="reviewer@microsoft.com", reasons=["No invoice"])
    return await claims.save(claim)


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        (EN_US, r"\*\*{claim_id}\*\* \(Radio November\) was rejected on \d+ \w+ 20\d\d\."),
        (FR_FR, r"\*\*{claim_id}\*\* \(Radio November\) a été refusée le \d+(er)? \w+ 20\d\d\."),
    ],
)
async def test_a_rejected_claims_status_is_a_sentence(chat: Chat, locale: str, says: str) -> None:
    chat.locale = locale
    claim = await rejected_claim(chat)
    said = flat(texts(await chat.say(f"status of {claim.id}")))
    assert re.search(says.format(claim_id=claim.id), said), said
    assert "since" not in said and "depuis" not in said


@pytest.mark.parametrize(
    ("locale", "typed", "says"),
    [
        (
            EN_US,
            "continue my plan {plan_id}",
            "**{plan_id}** can't be changed any more (status: Submitted).",
        ),
        (
            FR_FR,
            "reprendre mon plan {plan_id}",
            "**{plan_id}** ne peut plus être modifié (statut : Soumis).",
        ),
    ],
)
async def test_a_locked_plan_says_so_in_a_sentence(
    chat: Chat, locale: str, typed: str, says: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    await chat.say("soumettre" if locale == FR_FR else "submit")
    said = texts(await chat.say(typed.format(plan_id=plan_id)))
    assert says.format(plan_id=plan_id) in said


def test_a_missing_field_in_french_has_no_optional_ending() -> None:
    # Fields are masculine and feminine (Programme, Devise): the sentence names the field.
    assert t(FR_FR, "finding.plan_field_missing", field="Devise") == (
        "Le champ « Devise » n'est pas renseigné."
    )
