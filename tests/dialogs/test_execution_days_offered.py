"""A day offered at a claim's execution date is one the claim can take.

Seen at stop 46 (today 27 Nov 2026, a campaign of 1 Sep–30 Nov 2026): "Dec 2 and 3" at the
execution date was offered "Did you mean **2 Dec 2025**?" (a year before the campaign), and
"yes" then got "The activity must have run during the campaign". "Dec 2" alone is told
that at once. Several days, a day said roughly or a day's number whose offered day is outside
the days the claim accepts are told so at once too, never offered. Through the real bot.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

OUTSIDE = {EN: "must have run during the campaign", FR: "pendant la campagne"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "Dec 2 and 3"),
        (EN, "Dec 2 or 3"),
        (EN, "early December"),
        (FR, "les 2 et 3 décembre"),
    ],
)
async def test_days_outside_the_campaign_are_not_offered(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    said = shown(await chat.say(typed, locale=locale))
    assert OUTSIDE[locale] in said and "2025" not in said, said
    assert (await get_claim(chat, claim_id)).execution_date is None


async def test_days_inside_are_still_offered(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="execution_date")
    said = shown(await chat.say("Nov 10 and 11", locale=EN))
    assert "10 Nov 2026" in said, said
    await chat.say("yes", locale=EN)
    assert str((await get_claim(chat, claim_id)).execution_date) == "2026-11-10"
