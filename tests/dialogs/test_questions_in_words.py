"""Questions and commands as partners put them, outside the bot's own phrases.

Seen asking off the script (no dialog open, a claim draft kept): "how much co-op do I have
left?", "when is the deadline?", "what's happening with CLM-…" and "delete CLM-…" each got
"I didn't understand that. Say new plan …", though "my funds", "status of CLM-…" and
"delete draft CLM-…" answer them.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds, start_claim
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

FUNDS = {EN: "**Your co-op funds**", FR: "**Vos fonds co-op**"}


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how much co-op do I have left?"),
        (EN, "How much can I still claim?"),
        (EN, "what co-op funds are remaining"),
        (EN, "when is the deadline?"),
        (EN, "What's the claiming deadline?"),
        (FR, "combien de co-op me reste-t-il ?"),
        (FR, "quels fonds sont disponibles"),
        (FR, "quelle est la date limite ?"),
        (FR, "jusqu'à quand puis-je réclamer ?"),
        # Seen at stop 46: "You have no claims yet" and « Je n'ai pas compris ».
        (EN, "how long do I have to claim?"),
        (FR, "combien de temps j'ai pour réclamer ?"),
        # Seen at stop 51: "You have no claims yet", « Je n'ai pas compris ».
        (EN, "how much time do I have left to claim?"),
        (EN, "how long do I have left to claim?"),
        (EN, "how long do I have to submit proof?"),
        (FR, "combien de temps me reste-t-il pour réclamer ?"),
        (FR, "il me reste combien de temps pour réclamer ?"),
        # Seen at stop 41: 'I didn't understand that'.
        (EN, "what's due this week?"),
        (EN, "anything due soon?"),
        (EN, "when do my funds expire?"),
        (EN, "what expires soon?"),
        (FR, "qu'est-ce qui expire bientôt ?"),
        (FR, "quand mes fonds expirent-ils ?"),
        # Seen at stop 53: 'I didn't understand that', « Je n'ai pas compris ».
        (EN, "what's left of my funds?"),
        (FR, "il reste combien ?"),
        (FR, "que reste-t-il de mes fonds ?"),
    ],
)
async def test_a_question_about_funds_or_deadlines_shows_the_funds(
    chat: Chat, plan, locale: str, typed: str
) -> None:
    chat.locale = locale
    replies = await chat.say(typed, locale=locale)
    assert FUNDS[locale] in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "what's happening with {claim_id}"), (FR, "que se passe-t-il avec {claim_id}")],
)
async def test_what_is_happening_with_an_id_is_its_status(
    chat: Chat, plan, locale: str, typed: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed.format(claim_id=claim_id), locale=locale)
    said = "est un brouillon depuis" if locale == FR else "has been a draft since"
    assert f"**{claim_id}**" in shown(replies) and said in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        (EN, "delete {claim_id}", "Delete claim draft"),
        (FR, "supprimer {claim_id}", "Supprimer définitivement la réclamation"),
    ],
)
async def test_delete_with_an_id_asks_to_confirm_deleting_that_draft(
    chat: Chat, plan, locale: str, typed: str, asks: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed.format(claim_id=claim_id), locale=locale)
    assert asks in shown(replies) and claim_id in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how much have I claimed?"),
        (EN, "how much did we claim"),
        (EN, "what's my balance"),
        (EN, "my balance"),
        (EN, "total claimed"),
        (FR, "quel est mon solde"),
        (FR, "mon solde ?"),
        (FR, "combien avons-nous réclamé"),
        # Seen at stop 55: "I didn't understand that".
        (EN, "how much funding do I have left?"),
        (EN, "what's my budget?"),
        (EN, "my co-op balance"),
        (EN, "What is our co-op funding?"),
        (FR, "combien de financement me reste-t-il ?"),
        (FR, "mon solde co-op"),
        (FR, "quel est notre budget ?"),
    ],
)
async def test_the_amount_claimed_or_the_balance_asked_shows_the_funds(
    chat: Chat, plan, locale: str, typed: str
) -> None:
    """Seen at stop 39: "how much have I claimed?", "what's my balance", « quel est mon
    solde » got "I didn't understand that", though the funds view shows each."""
    chat.locale = locale
    replies = await chat.say(typed, locale=locale)
    assert FUNDS[locale] in shown(replies)


@pytest.mark.parametrize(
    ("locale", "name", "asks"),
    [
        (EN, "Deadline push", "When does **Deadline push** start?"),
        (EN, "How much fun", "When does **How much fun** start?"),
        (EN, "Balance sheet clinic", "When does **Balance sheet clinic** start?"),
        (FR, "Fonds de roulement restants", "Quand commence **Fonds de roulement restants** ?"),
    ],
)
async def test_such_words_in_an_answer_stay_the_answer(
    chat: Chat, locale: str, name: str, asks: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)
    assert asks in shown(await chat.say(name, locale=locale))
