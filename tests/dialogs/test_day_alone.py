"""A day typed without its month ("the 10th", « le 10 »): the one the question means.

Seen off the script: at a claim's execution date « le 10 » got « Je ne sais pas lire « le
10 » comme une date », and "the 15th" at a campaign's end date "I can't read "the 15th" as
a date", where a date without a year is read in the question's window. A day alone is read
the same way, its month too (an execution date: the last such day not after today within
the campaign; a campaign's dates: the first one the plan's period allows), and said back.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the 10th", "✓ 10 Nov 2026"),
        (EN, "on the 2nd", "✓ 2 Nov 2026"),
        (FR, "le 10", "✓ 10 novembre 2026"),
        (FR, "le 1er", "✓ 1er novembre 2026"),
    ],
)
async def test_a_day_alone_at_the_execution_date_is_the_last_one_within_the_campaign(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    day = int("".join(c for c in said.split()[1] if c.isdigit()))
    assert (await get_claim(chat, claim_id)).execution_date.isoformat() == f"2026-11-{day:02d}"


async def test_a_day_alone_at_a_campaigns_start_is_the_first_one_its_period_allows(
    chat: Chat,
) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "start_date")  # FY27 H2: January to June 2027
    replies = await chat.say("the 10th")
    assert "✓ 10 Jan 2027" in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].start_date.isoformat() == "2027-01-10"


@pytest.mark.parametrize("typed", ["10", "the 32nd", "le 0", "the 10th of nothing"])
async def test_a_number_alone_or_no_day_is_still_not_read_as_a_date(chat: Chat, typed: str) -> None:
    claim_id = await claim_at(chat, EN, until="execution_date")
    replies = await chat.say(typed)
    assert "✓" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
