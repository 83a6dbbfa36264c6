"""'What's left to do?': each draft says what it still needs, in the partner's words.

Seen at stop 53 (a claim draft kept at its amount question, no dialog open): "what's
missing?", "what's left to do?", "what remains?", "anything left to do?", « qu'est-ce qui
manque ? » got "I didn't understand that"; "what do I need to do?" and "my drafts" listed the
draft as "has been a draft since 6 Dec 2026. It is a draft: say continue my claim…", never
what it lacks (the amount, the impressions, the invoice…), and a plan draft's line said
neither what it lacks nor how to go on with it.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    claim_at,
    claim_at_check,
    flat,
    get_claim,
)
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

STOP = {EN: "cancel", FR: "annuler"}
# What a seminar claim kept at its amount question still needs, as the partner reads it.
LEFT = {
    EN: ("amount", "estimated impressions", "results", "Third-party invoice or CSR",
         "nvitation and agenda", "vent photos", "continue my claim {claim_id}"),
    FR: ("montant", "impressions estimées", "résultats", "acture d'un tiers ou CSR",
         "nvitation et programme", "hotos de l'événement", "reprendre ma réclamation {claim_id}"),
}  # fmt: skip
NOT_UNDERSTOOD = {EN: "didn't understand", FR: "pas compris"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what's missing?"),
        (EN, "what's left to do?"),
        (EN, "what remains?"),
        (EN, "anything left to do?"),
        (EN, "what do I still need to do?"),
        (EN, "what do I need to do?"),
        (EN, "my drafts"),
        (FR, "qu'est-ce qui manque ?"),
        (FR, "qu'est-ce qu'il reste à faire ?"),
        (FR, "que me reste-t-il à faire ?"),
        (FR, "mes brouillons"),
    ],
)
async def test_a_claim_draft_says_what_it_still_needs(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say(STOP[locale], locale=locale)
    said = flat(shown(await chat.say(typed, locale=locale)))
    assert NOT_UNDERSTOOD[locale] not in said
    for words in LEFT[locale]:
        assert words.format(claim_id=claim_id) in said, (words, said)
    claim = await get_claim(chat, claim_id)
    assert claim.amount is None and claim.name is not None  # nothing typed was taken


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_claim_with_everything_in_says_it_is_ready_to_check(
    chat: Chat, files, locale: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say(STOP[locale], locale=locale)
    said = flat(shown(await chat.say("what's left to do?", locale=locale)))
    ready = "Tout y est" if locale == FR else "Every answer and file is in"
    assert ready in said and claim_id in said
    assert "Third-party invoice" not in said and "acture d'un tiers" not in said


async def _plan_left_at(chat: Chat, locale: str, field: str) -> tuple[str, str]:
    """A plan draft answered up to `field`, stopped there: its id and "what's left to do?"."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    await chat.say(STOP[locale], locale=locale)
    return plan_id, flat(shown(await chat.say("what's left to do?", locale=locale)))


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_plan_draft_says_its_next_question_and_how_to_go_on(
    chat: Chat, locale: str
) -> None:
    plan_id, said = await _plan_left_at(chat, locale, "currency")
    go_on = "reprendre mon plan" if locale == FR else "continue my plan"
    assert f"{go_on} {plan_id}" in said
    assert ("Devise" if locale == FR else "Currency") in said
    # The words said open that plan at that question.
    asked = shown(await chat.say(f"{go_on} {plan_id}", locale=locale))
    assert ("devise" if locale == FR else "currency") in asked.lower()


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_plan_with_every_answer_says_it_is_ready_to_submit(chat: Chat, locale: str) -> None:
    plan_id, said = await _plan_left_at(chat, locale, "review")
    ready = "Tout y est" if locale == FR else "Every answer is in"
    assert ready in said and plan_id in said


# Asked in the middle of the plan, its line says it is the one being filled in (the
# question comes back), never "say continue my plan …" for the plan already open.
@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_plan_being_filled_in_says_so(chat: Chat, locale: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "currency", locale=locale)
    said = flat(shown(await chat.say("where is my plan?", locale=locale)))
    assert plan_id in said
    assert ("en train de le remplir" if locale == FR else "filling it in now") in said
    assert ("reprendre mon plan" if locale == FR else "continue my plan") not in said
