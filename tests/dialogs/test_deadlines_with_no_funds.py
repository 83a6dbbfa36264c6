"""The deadlines asked before any co-op funds are on record: how they go, with today's.

Seen at stop 57 with no funds seeded for the organisation: "is there a deadline?", "what are
the deadlines?", « quelle est la date limite ? » got only "I have no co-op funds on record
for your organisation yet." — no deadline at all, though the rules are known: a plan is
first submitted by the last day of its program year (90 days more to resubmit), and a
period's claims are taken in a window its dates fix. Today (27 Nov 2026) is in FY27 H1:
claims from 16 Aug 2026 to 15 Feb 2027, plans until 30 Jun 2027. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "is there a deadline?", ("30 Jun 2027", "15 Feb 2027", "FY27 H1", "90 days")),
        (EN, "what are the deadlines?", ("30 Jun 2027", "15 Feb 2027")),
        (FR, "quelle est la date limite ?", ("30 juin 2027", "15 février 2027", "90 jours")),
    ],
)
async def test_the_deadlines_are_said_with_no_funds_on_record(
    chat: Chat, locale: str, typed: str, said: tuple[str, ...]
) -> None:
    chat.locale = locale
    text = shown(await chat.say(typed, locale=locale)).replace("\xa0", " ")
    assert all(words in text for words in said), text


async def test_how_much_is_left_with_no_funds_says_none_only(chat: Chat) -> None:
    text = shown(await chat.say("how much co-op do I have left?"))
    assert "no co-op funds on record" in text and "program year" not in text, text
