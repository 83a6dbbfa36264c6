"""A day typed in numbers in the other order: "12/11" by a partner who writes the day first,
in a Teams client set to US English.

Seen at a claim's execution date (campaign 1 Sep - 30 Nov 2026, today 27 Nov) in en-US:
"12/11" and "12/11/2026" (the 12th of November, as most of the world writes it) got "The
activity must have run during the campaign, between 1 Sep 2026 and 27 Nov 2026": read as
11 December, and the partner, who typed a day in November, was told it was not. In French
"11/12/2026" (written the US way) got the same. Where the typed order gives a day the
question cannot take and the other order one it can, that day is offered, one "yes" or
click away; where both orders are possible days, the locale's order is taken, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, buttons, claim_at, get_claim, last_card
from tests.support import Chat, shown

# Typed without a year, 11 December is the latest one (2025), as for any day of a claim.
OFFERED = {
    EN: "reads as **11 Dec {year}**, a day this question can't take. Did you mean **12 Nov 2026**?",
    "en-GB": "reads as **11 Dec {year}**, a day this question can't take. Did you mean **12 Nov "
    "2026**?",
    FR: "se lit **11 décembre {year}**, un jour que cette question ne peut pas prendre. "
    "Vouliez-vous dire le **12 novembre 2026** ?",
}
YES = {EN: "yes", "en-GB": "yes", FR: "oui"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "12/11"),
        (EN, "12/11/2026"),
        (EN, "12-11-2026"),
        ("en-GB", "11/12/2026"),
        (FR, "11/12/2026"),
        (FR, "11/12"),
    ],
)
async def test_the_other_order_is_offered_when_only_it_is_a_day_the_claim_takes(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    year = 2026 if "2026" in typed else 2025
    assert OFFERED[locale].format(year=year) in shown(replies), shown(replies)
    assert any("12" in label for label in buttons(last_card(replies)))
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say(YES[locale], locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.execution_date == date(2026, 11, 12)
    assert claim.status is ClaimStatus.EDITING


@pytest.mark.parametrize(
    ("locale", "typed", "day"),
    [
        (EN, "11/12", date(2026, 11, 12)),
        (FR, "12/11", date(2026, 11, 12)),
        (EN, "9/10", date(2026, 9, 10)),
    ],
)
async def test_a_day_the_claim_takes_in_the_locales_order_is_taken_at_once(
    chat: Chat, locale: str, typed: str, day: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == day


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "1/12/2026"), (EN, "12/12"), (FR, "05.12.2026")]
)
async def test_neither_order_a_day_the_claim_takes_is_refused_as_before(
    chat: Chat, locale: str, typed: str
) -> None:
    """1 Dec and 12 Jan, 12 Dec alone, and a dotted date (day first everywhere): no other
    order to offer: refused as before (outside the campaign, or in the future)."""
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert "Did you mean" not in shown(replies) and "Vouliez-vous" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
