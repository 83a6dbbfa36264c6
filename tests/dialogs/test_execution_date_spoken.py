"""The day a claimed activity ran, dictated or hesitated over.

Seen at stop 45 at a claim's execution date (campaign 1 Sep - 30 Nov 2026, today 27 Nov):
"November tenth", "tenth of November", "first of November", "Nov first", « dix novembre »,
« premier novembre » (a phone's dictation writes the day in words) got 'I can't read … as a
date'; "Nov 10 or 11", « le 10 ou le 11 novembre » the same, though the partner is unsure
between two days; "1st week of Nov", « la première semaine de novembre » the same, though
"last week" is answered with the days it covers. Through the real bot, dialogs and a TinyDB
store on disk.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

UNREADABLE = ("can't read", "sais pas lire")


@pytest.mark.parametrize(
    ("locale", "typed", "day"),
    [
        (EN, "November tenth", date(2026, 11, 10)),
        (EN, "tenth of November", date(2026, 11, 10)),
        (EN, "the first of November", date(2026, 11, 1)),
        (EN, "Nov first", date(2026, 11, 1)),
        (EN, "October twenty-second", date(2026, 10, 22)),
        (EN, "November 10th", date(2026, 11, 10)),
        (FR, "dix novembre", date(2026, 11, 10)),
        (FR, "le premier novembre", date(2026, 11, 1)),
        (FR, "vingt-deux octobre", date(2026, 10, 22)),
    ],
)
async def test_a_day_in_words_is_read(chat: Chat, locale: str, typed: str, day: date) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said
    assert (await get_claim(chat, claim_id)).execution_date == day


@pytest.mark.parametrize(
    ("locale", "typed", "offered", "day"),
    [
        (EN, "Nov 10 or 11", ["10 Nov 2026", "11 Nov 2026"], date(2026, 11, 11)),
        (EN, "November 10 or November 12", ["10 Nov 2026", "12 Nov 2026"], date(2026, 11, 12)),
        (
            FR,
            "le 10 ou le 11 novembre",
            ["10 novembre 2026", "11 novembre 2026"],
            date(2026, 11, 11),
        ),
    ],
)
async def test_two_days_either_are_both_offered(
    chat: Chat, locale: str, typed: str, offered: list[str], day: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    card = last_card(await chat.say(typed, locale=locale))

    assert all(label in card.shown for label in offered), card.shown
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.click(card.submit_data(offered[1]))
    assert (await get_claim(chat, claim_id)).execution_date == day


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "1st week of Nov", ("1 Nov 2026", "7 Nov 2026")),
        (EN, "the second week of November", ("8 Nov 2026", "14 Nov 2026")),
        (EN, "last week of October", ("25 Oct 2026", "31 Oct 2026")),
        (FR, "la première semaine de novembre", ("1er novembre 2026", "7 novembre 2026")),
        # Seen at stop 46: « la semaine du 9 novembre » was kept as 9 November, a day the
        # partner did not say. The week of a day is its Monday to Sunday.
        (FR, "la semaine du 9 novembre", ("9 novembre 2026", "15 novembre 2026")),
        (EN, "the week of Nov 9", ("9 Nov 2026", "15 Nov 2026")),
        (EN, "week of November 11", ("9 Nov 2026", "15 Nov 2026")),
    ],
)
async def test_a_week_of_a_month_is_answered_with_its_days(
    chat: Chat, locale: str, typed: str, words: tuple[str, str]
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale)).replace("\xa0", " ")

    assert all(word in said for word in words), said
    assert (await get_claim(chat, claim_id)).execution_date is None
