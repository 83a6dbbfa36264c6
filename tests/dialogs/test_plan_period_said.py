"""A plan's usage period said the way partners say it.

Seen at stop 45 at a new plan's usage period (today 27 Nov 2026, in FY27 H1): "second half",
« le second semestre » got '"second half" isn't a usage period' while "H2" was read; "the
current one", « la période actuelle » the same while "this half" was read; "FY27", "this
fiscal year", « l'exercice FY27 » the same, though a plan covers one half of a fiscal year:
both halves are offered, one click each. Through the real bot, dialogs and a TinyDB store on
disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, last_card
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "period"),
    [
        (EN, "second half", "FY27 H2"),
        (EN, "the first half", "FY27 H1"),
        (FR, "le second semestre", "FY27 H2"),
        (FR, "2e semestre", "FY27 H2"),
        (EN, "the current one", "FY27 H1"),
        (EN, "current period", "FY27 H1"),
        (FR, "la période actuelle", "FY27 H1"),
    ],
)
async def test_a_half_said_in_words_is_read(
    chat: Chat, locale: str, typed: str, period: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "period", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert (await get(chat, plan_id)).period == period, said
    assert f"✓ {period}" in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "fiscal_year"),
    [
        (EN, "FY27", 27),
        (EN, "this fiscal year", 27),
        (EN, "next fiscal year", 28),
        (FR, "l'exercice FY27", 27),
    ],
)
async def test_a_whole_fiscal_year_offers_its_two_halves(
    chat: Chat, locale: str, typed: str, fiscal_year: int
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "period", locale=locale)

    replies = await chat.say(typed, locale=locale)
    card = last_card(replies)

    assert "isn't a usage period" not in shown(replies), shown(replies)
    assert "n'est pas une période" not in shown(replies), shown(replies)
    halves = [f"FY{fiscal_year} H1", f"FY{fiscal_year} H2"]
    assert all(half in card.shown for half in halves), card.shown
    assert (await get(chat, plan_id)).period is None
    await chat.click(card.submit_data(halves[1]))
    assert (await get(chat, plan_id)).period == halves[1]
