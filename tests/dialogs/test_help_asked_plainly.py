"""Help asked plainly, with no question open: seen at stop 59, "who should I contact?",
« qui dois-je contacter ? », "the bot doesn't work", « le bot ne marche pas », "it's urgent",
« c'est urgent » got "I didn't understand that" — the very words a partner in trouble types.
Whom to ask; what to do when something doesn't work; that a review can't be hurried here,
and where things stand. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "who should I contact?", "I'm an automated assistant"),
        (EN, "who can help me?", "I'm an automated assistant"),
        (FR, "qui dois-je contacter ?", "Je suis un assistant automatique"),
        (FR, "qui peut m'aider ?", "Je suis un assistant automatique"),
        (EN, "the bot doesn't work", "Sorry"),
        (EN, "this bot is broken", "Sorry"),
        (FR, "le bot ne marche pas", "Désolé"),
        (FR, "le bot ne fonctionne pas", "Désolé"),
        (EN, "it's urgent", "can't remind or hurry"),
        (EN, "this is very urgent!", "can't remind or hurry"),
        (FR, "c'est urgent", "Je ne peux ni relancer ni presser"),
    ],
)
async def test_help_asked_plainly_is_answered(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said
