"""How partners open a conversation or frame a question, with no question open.

Seen at stop 51 with an approved plan and funds: "I have a question", "quick question",
« j'ai une question », « bonjour, j'ai une question » got "I didn't understand that";
"can you tell me how much is left?", "I'd like to know how much is left", « je voudrais
savoir combien il me reste » the same, though "how much is left?" is understood; « c'est
quoi la différence entre un plan et une réclamation ? » got « Vous n'avez encore aucune
réclamation »; « je dois faire quoi maintenant ? », "help me fill in my claim", « aidez-moi
à remplir ma réclamation », "I can't attach a file", "the upload doesn't work", « je
n'arrive pas à joindre un fichier » got "I didn't understand that". Through the real bot,
its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds
from tests.dialogs.test_words_at_rest import said
from tests.support import Chat

pytestmark = pytest.mark.asyncio

ASK_IT = {EN: "Go ahead", FR: "Je vous écoute"}
FUNDS = {EN: "Your co-op funds", FR: "Vos fonds co-op"}
ABOUT = {EN: "co-op claims plan", FR: "plan de réclamations co-op"}
STANDS = {EN: "Where things stand", FR: "Où en sont"}
CLAIM = {EN: "new claim", FR: "nouvelle réclamation"}
TROUBLE = {EN: "📎", FR: "📎"}


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "I have a question", ASK_IT),
        (EN, "hi, I have a question", ASK_IT),
        (EN, "quick question", ASK_IT),
        (FR, "j'ai une question", ASK_IT),
        (FR, "bonjour, j'ai une question", ASK_IT),
        (FR, "une petite question", ASK_IT),
        (EN, "can you tell me how much is left?", FUNDS),
        (EN, "I'd like to know how much is left", FUNDS),
        (FR, "je voudrais savoir combien il me reste", FUNDS),
        (FR, "pouvez-vous me dire combien il me reste ?", FUNDS),
        (FR, "c'est quoi la différence entre un plan et une réclamation ?", ABOUT),
        (FR, "je dois faire quoi maintenant ?", STANDS),
        (EN, "help me fill in my claim", CLAIM),
        (FR, "aidez-moi à remplir ma réclamation", CLAIM),
        (EN, "I can't attach a file", TROUBLE),
        (EN, "the upload doesn't work", TROUBLE),
        (FR, "je n'arrive pas à joindre un fichier", TROUBLE),
    ],
)
async def test_openers_and_framed_questions_are_understood(
    chat: Chat, locale: str, typed: str, words: dict[str, str]
) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    text = await said(chat, locale, typed)

    assert words[locale] in text, text
