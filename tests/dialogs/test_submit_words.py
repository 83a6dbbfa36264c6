"""Submitting as partners say it at the check card and the plan's review.

Seen off the script: at a claim's check card "submit it", "send it", « envoyer », « valider »
got 'I don't know "send it". Pick one of the options'; only "submit" and « soumettre » were
understood. Words that only approve ("looks good", "ok") still submit nothing (guard).
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    claim_at_check,
    get_claim,
)
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "submit it"),
        (EN, "send it"),
        (EN, "send it for review"),
        (EN, "submit now"),
        (FR, "envoyer"),
        (FR, "valider"),
        (FR, "envoyer la réclamation"),
        # Seen at stop 44: with a word of politeness or a pronoun around, 'I don't know'.
        (EN, "please submit"),
        (EN, "submit it please"),
        (EN, "yes submit it"),
        (EN, "submit it now please"),
        (FR, "soumettre svp"),
        (FR, "soumets-la"),
        (FR, "oui envoie-la"),
        (FR, "envoyez-la s'il vous plaît"),
        # Seen at stop 52: an approval then "submit" was offered, not taken, though
        # submitting is what it says.
        (EN, "looks good, submit"),
        (EN, "perfect, submit it"),
        (EN, "all good, send it"),
        (FR, "c'est bon, soumettez-la"),
        (FR, "parfait, envoyer"),
    ],
)
async def test_submit_in_other_words_at_the_check_submits(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


@pytest.mark.parametrize(
    "typed", ["looks good", "ok", "ok thanks", "yes please", "looks good, submit?", "perfect"]
)
async def test_an_approval_alone_submits_nothing(chat: Chat, files: FileServer, typed: str) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await chat.say(typed, locale=EN)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


# Seen at stop 53 at a claim's check card: "ship it", "let's go" got 'I don't know "ship it"'
# where "go ahead", "all good" offer to submit or save. The same offer, nothing submitted.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "ship it"),
        (EN, "let's go"),
        (EN, "good to go"),
        (EN, "let's do it"),
        (FR, "on y va"),
        (FR, "c'est parti"),
    ],
)
async def test_a_go_ahead_in_other_words_offers_to_submit(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    offered = {EN: "submit it now, or save it", FR: "soumettre maintenant, ou enregistrer"}[locale]
    assert offered in said, said[:300]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        *((EN, "send it"), (FR, "valider"), (EN, "please submit it"), (FR, "soumets-le svp")),
        *((EN, "looks good, submit it"), (FR, "parfait, soumets-le")),
    ],
)
async def test_submit_in_other_words_at_the_plans_review_submits(
    chat: Chat, locale: str, typed: str
) -> None:
    from domain.lifecycle import PlanStatus
    from tests.dialogs.test_plan_journey import answer_until, get, start_plan

    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).status is PlanStatus.SUBMITTED


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "please submit", "I can't submit **{claim_id}** yet"),
        (EN, "submit it please", "I can't submit **{claim_id}** yet"),
        (EN, "yes submit it", "I can't submit **{claim_id}** yet"),
        (FR, "soumettre svp", "Je ne peux pas encore soumettre **{claim_id}**"),
        (FR, "soumets-la", "Je ne peux pas encore soumettre **{claim_id}**"),
        (FR, "oui envoie-la", "Je ne peux pas encore soumettre **{claim_id}**"),
    ],
)
async def test_submit_with_politeness_over_what_stops_it_says_what_does(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    """Seen at stop 44: at a check with items marked ⛔, "submit" was told what stops it,
    but "please submit", "submit it please", « soumettre svp », « soumets-la » got 'I don't
    know … Pick one of the options'."""
    from tests.dialogs.claim_support import claim_at

    claim_id = await claim_at(chat, locale)  # no evidence: the check is blocked
    await chat.say("terminé" if locale == FR else "done", locale=locale)

    text = shown(await chat.say(typed, locale=locale))

    assert said.format(claim_id=claim_id) in text, text[:300]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING
