"""The examples a date question gives are dates a partner could type there.

Seen off the script (on 4 Dec 2026): "blah" at a campaign's start date got "Type it like
2026-03-15, 03/15/2026 or 15 March 2026": three dates in the past, which that question then
refuses. The examples are now the 15th of a month ahead of today, in the partner's formats.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import TODAY, Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "example"),
    [
        (EN, "blah", "Type it like 2027-03-15, 03/15/2027 or 15 Mar 2027."),
        ("en-GB", "blah", "Type it like 2027-03-15, 15/03/2027 or 15 Mar 2027."),
        (FR, "bof", "Tapez-la comme 15/03/2027, 2027-03-15 ou 15 mars 2027."),
    ],
)
async def test_an_unreadable_date_is_answered_with_dates_ahead(
    chat: Chat, locale: str, typed: str, example: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "start_date", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert example in shown(replies)
    for year, month, day in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", shown(replies)):
        assert date(int(year), int(month), int(day)) > TODAY


async def test_the_start_dates_help_gives_an_example_ahead(chat: Chat) -> None:
    await start_plan(chat)
    await answer_until(chat, "start_date")
    replies = await chat.say("help")
    assert "e.g. 03/15/2027 or 15 Mar 2027" in shown(replies)
