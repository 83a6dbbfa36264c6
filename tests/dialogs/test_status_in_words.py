"""Where a submitted claim stands, asked as partners ask it. Seen at stop 39, a claim
submitted: "has it been paid?", "any news?", "what did the reviewer say?", "is my claim
approved", « des nouvelles ? », « qu'a dit le réviseur ? » got "I didn't understand that";
they now answer where things stand. Through the real bot, dialogs and a TinyDB store."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

STANDS = {EN: "**Where things stand**", FR: "**Où en sont les choses**"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "has it been paid?"),
        (EN, "any news?"),
        (EN, "what did the reviewer say?"),
        (EN, "is my claim approved"),
        (FR, "des nouvelles ?"),
        (FR, "qu'a dit le réviseur ?"),
    ],
)
async def test_a_status_asked_in_words_says_where_the_claim_stands(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("submit" if locale == EN else "soumettre", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert STANDS[locale] in shown(replies)
    assert claim_id in shown(replies)
