"""Asking to change a claim when the only ones are sent: why it can't, and what can be done.

Seen at stop 57 with one claim sent (under review) and no draft: "can I change my claim?",
"edit my claim", « modifier ma réclamation » got "You have no claim draft to continue. Say
new claim to start one." — as if the partner had no claim, while "I made a mistake in my
claim" says that the claim sent can't be changed and who can send it back. Asked to change,
the latest claim sent is the one meant. Through the real bot, its dialogs and a TinyDB
store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "can I change my claim?", "it can't be changed any more"),
        (EN, "edit my claim", "it can't be changed any more"),
        (EN, "update my claim", "it can't be changed any more"),
        (FR, "modifier ma réclamation", "elle ne peut plus être"),
        (FR, "puis-je modifier ma réclamation ?", "elle ne peut plus être"),
    ],
)
async def test_changing_a_sent_claim_says_why_it_cannot_and_who_can_send_it_back(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    text = shown(await chat.say(typed, locale=locale))
    assert claim_id in text and said in text, text
    assert "no claim draft" not in text and "aucun brouillon" not in text, text


async def test_continue_my_claim_with_none_open_still_says_there_is_no_draft(
    chat: Chat, files: FileServer
) -> None:
    await submitted_seminar(chat, files, EN)
    text = shown(await chat.say("continue my claim", locale=EN))
    assert "You have no claim draft to continue" in text, text
