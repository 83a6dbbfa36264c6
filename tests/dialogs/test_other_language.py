"""A partner who writes in a language the bot does not speak is told which it speaks.

Seen at stop 48 at rest: "Hallo, ich möchte einen Antrag stellen", "hola necesito ayuda",
"vorrei fare una richiesta", "olá, preciso de ajuda", "ik wil een claim indienen" got "I didn't
understand that. Say new plan…" in English only — to someone who may read neither English
nor the words it suggests. The answer says, in English and in French, that the bot speaks
those two, and how to go on in either. Words of English or French, a name, an id, a figure
are never taken for another language. Through the real bot, dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

BOTH = ("English and French", "anglais et en français")


@pytest.mark.parametrize(
    "typed",
    [
        "Hallo, ich möchte einen Antrag stellen",
        "Guten Tag, wo ist meine Rechnung?",
        "hola necesito ayuda",
        "quiero presentar una reclamación por favor",
        "vorrei fare una richiesta",
        "buongiorno, ho bisogno di aiuto",
        "olá, preciso de ajuda",
        "ik wil een claim indienen",
        "danke",
        "gracias",
    ],
)
@pytest.mark.parametrize("locale", [EN, FR])
async def test_another_language_is_told_the_two_spoken(chat: Chat, locale: str, typed: str):
    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert all(words in text for words in BOTH), text
    assert "**français**" in text or "**in English**" in text, text
    assert "didn't understand" not in text and "n'ai pas compris" not in text, text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "blue elephant"),
        (EN, "Contoso Ltd"),
        (EN, "die hard"),
        (FR, "la voiture rouge"),
        (EN, "1234"),
    ],
)
async def test_words_of_no_other_language_are_not_understood_as_before(
    chat: Chat, locale: str, typed: str
):
    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert "didn't understand" in text or "n'ai pas compris" in text, text


async def test_in_a_question_another_language_is_the_questions_to_answer(chat: Chat):
    """A claim's name may be in any language: "Sicherheitstag Berlin" is its name."""
    claim_id = await claim_at(chat, EN, until="name")

    replies = await chat.say("Sicherheitstag Berlin")

    assert claim_id in shown(replies) and "When did" in shown(replies), shown(replies)
