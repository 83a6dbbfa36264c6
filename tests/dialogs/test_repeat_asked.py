""" "Repeat that", "say that again", « tu peux répéter ? », « répète », "what was the
question": seen at stop 60, at a claim's amount "repeat that" got '"repeat that" isn't an
amount I can read', at a name it would have been kept as the name, and with no question
open "I didn't understand that". In a question: the question again (with what it means, as
"sorry?" gets), nothing kept; with no question open: the draft left, at its question (as
"where was I?" gets). Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")
REPEATS = {
    EN: (
        "repeat that",
        "say that again",
        "can you repeat that?",
        "could you repeat the question please",
        "repeat the question",
        "come again?",
        "what was the question",
        "please repeat",
    ),
    FR: (
        "répète",
        "tu peux répéter ?",
        "pouvez-vous répéter la question ?",
        "répétez s'il vous plaît",
        "redis-moi la question",
        "c'était quoi la question",
        "quelle était la question",
    ),
}
ASKED = [(locale, typed) for locale, said in REPEATS.items() for typed in said]
AMOUNT_ASKED = {EN: "How much are you claiming", FR: "Quel montant réclamez-vous"}


@pytest.mark.parametrize(("locale", "typed"), ASKED)
async def test_repeat_at_a_claims_amount_asks_it_again(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    text = shown(await chat.say(typed, locale=locale))
    assert AMOUNT_ASKED[locale] in text, text[:600]
    assert "n'est pas un montant" not in text and "isn't an amount" not in text, text[:600]
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize(("locale", "typed"), [(EN, "repeat that"), (FR, "tu peux répéter ?")])
async def test_repeat_at_a_claims_name_is_not_kept_as_the_name(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    text = shown(await chat.say(typed, locale=locale))
    assert (await get_claim(chat, claim_id)).name is None, text[:600]


@pytest.mark.parametrize(("locale", "typed"), [(EN, "say that again"), (FR, "répète")])
async def test_repeat_at_a_plans_description_is_not_kept(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "description")
    await chat.say(typed, locale=locale)
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].description is None


@pytest.mark.parametrize(("locale", "typed"), [(EN, "repeat that"), (FR, "tu peux répéter ?")])
async def test_repeat_at_a_choice_asks_it_again(chat: Chat, locale: str, typed: str) -> None:
    await plan_at(chat, locale, "program")
    text = shown(await chat.say(typed, locale=locale))
    assert not any(n in text for n in NOT_UNDERSTOOD), text[:600]
    assert "CSP" in text, text[:600]


@pytest.mark.parametrize(("locale", "typed"), ASKED)
async def test_repeat_with_no_question_open_takes_up_the_draft_left(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)
    text = shown(await chat.say(typed, locale=locale))
    assert claim_id in text and AMOUNT_ASKED[locale] in text, text[:600]


@pytest.mark.parametrize(("locale", "typed"), [(EN, "repeat that"), (FR, "répète")])
async def test_repeat_with_nothing_under_way_says_so(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    text = shown(await chat.say(typed, locale=locale))
    assert not any(n in text for n in NOT_UNDERSTOOD), text[:600]


@pytest.mark.parametrize(("locale", "typed"), [(EN, "repeat that"), (FR, "tu peux répéter ?")])
async def test_repeat_with_nothing_under_way_says_no_question_waits(
    chat: Chat, locale: str, typed: str
) -> None:
    # Seen at stop 61: "You have no draft to continue. Say new plan or new claim …" — an
    # answer to "continue", not to "repeat that".
    chat.locale = locale
    text = shown(await chat.say(typed, locale=locale))

    assert ("no draft to continue" not in text) and ("aucun brouillon" not in text), text
    assert {EN: "No question is waiting", FR: "Aucune question n'attend"}[locale] in text, text
    assert {EN: "**status**", FR: "**statut**"}[locale] in text, text
