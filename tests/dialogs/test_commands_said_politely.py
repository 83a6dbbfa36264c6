"""Commands said with politeness or a verb around them, no question open.

Seen at stop 45: "new claim please", « nouvelle réclamation svp », "status please", "I want
a new claim", "I'd like a new plan", « je voudrais une nouvelle réclamation » got "I didn't
understand that"; "I would like to start a new claim", "can you start a new plan?" got the
welcome card ("start" read as the greeting), though "new claim" and "I'd like to file a
claim" were understood; "status" with nothing yet said "I found no claim or plan matching
that in your organisation", as if something had been searched for. Through the real bot,
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds
from tests.dialogs.test_words_at_rest import said
from tests.support import Chat

pytestmark = pytest.mark.asyncio

CLAIM_STARTED = {EN: "I've started claim", FR: "J'ai créé la réclamation"}
PLAN_STARTED = {EN: "I've started draft", FR: "J'ai créé le brouillon"}
WELCOME = ("I'm your co-op incentives assistant", "assistant incitations co-op")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "new claim please"),
        (EN, "new claim pls"),
        (EN, "please new claim"),
        (EN, "I want a new claim"),
        (EN, "I would like to start a new claim"),
        (EN, "can you open a new claim for me"),
        (EN, "let's create a new claim"),
        (FR, "nouvelle réclamation svp"),
        (FR, "je voudrais une nouvelle réclamation"),
        (FR, "je voudrais commencer une nouvelle réclamation"),
        (FR, "on peut créer une nouvelle réclamation s'il vous plaît"),
        # Seen at stop 51: "I didn't understand that".
        (EN, "start a claim"),
        (EN, "start a new claim"),
        (EN, "begin a claim"),
        (FR, "commencer une réclamation"),
        (FR, "démarrer une réclamation"),
    ],
)
async def test_a_new_claim_asked_politely_starts_one(chat: Chat, locale: str, typed: str) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    text = await said(chat, locale, typed)

    assert CLAIM_STARTED[locale] in text, text
    assert not any(words in text for words in WELCOME), text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "new plan please"),
        (EN, "I'd like a new plan"),
        (EN, "can you start a new plan?"),
        (EN, "I need to draft a new plan"),
        (FR, "nouveau plan svp"),
        (FR, "je veux un nouveau plan"),
        (FR, "je voudrais démarrer un nouveau plan"),
    ],
)
async def test_a_new_plan_asked_politely_starts_one(chat: Chat, locale: str, typed: str) -> None:
    text = await said(chat, locale, typed)

    assert PLAN_STARTED[locale] in text, text
    assert not any(words in text for words in WELCOME), text


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "status please", "You have no plans or claims yet"),
        (EN, "help please", "new plan"),
        (FR, "statut svp", "Vous n'avez encore ni plan ni réclamation"),
        (FR, "aide s'il vous plaît", "nouveau plan"),
    ],
)
async def test_other_commands_with_politeness(
    chat: Chat, locale: str, typed: str, words: str
) -> None:
    text = await said(chat, locale, typed)

    assert words in text, text
