"""A day said with its time of day. Seen at stop 63: at a claim's date (today 27 Nov
2026) "10 Nov at 2pm", "Nov 10 2026 14:00", "10/11/2026 9:30", a calendar invite's
"Tuesday, November 10, 2026 2:00 PM-4:00 PM", "2pm on 10 Nov", « le 10 novembre à 14h »,
« 10 nov. 2026 de 9h à 17h » got 'I can't read … as a date. Type it like 2026-11-15…',
though the day is there: a partner copying the day from the event's invitation had to
retype it. The time is read past (the question asks for a day); a time alone, or a number
that is no time, is still refused. Through the real bot, its dialogs and a TinyDB store
on disk.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

UNREADABLE = ("can't read", "sais pas lire")
NOV_10 = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "10 Nov at 2pm"),
        (EN, "Nov 10 2026 14:00"),
        (EN, "11/10/2026 9:30"),
        (EN, "Tuesday, November 10, 2026 2:00 PM-4:00 PM"),
        (EN, "Tue 11/10/2026 9:00 AM - 5:00 PM (UTC+01:00)"),
        (EN, "2pm on 10 Nov"),
        (EN, "10 Nov 2026, 9am-5pm"),
        (EN, "Nov 10 from 2 to 4pm CET"),
        (EN, "2026-11-10T14:00:00Z"),
        (EN, "2026-11-10 14:00"),
        (EN, "it ran on 10 Nov at 2 p.m."),
        (EN, "10 Nov in the afternoon"),
        (FR, "le 10 novembre à 14h"),
        (FR, "10/11/2026 14:00"),
        (FR, "mardi 10 novembre 2026 14:00-16:00"),
        (FR, "10 nov. 2026 de 9h à 17h"),
        (FR, "10/11/2026 à 9h30"),
        (FR, "à 14 h le 10 novembre"),
        (FR, "le 10 novembre au matin"),
    ],
)
async def test_a_claims_date_with_its_time_is_read(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said[:600]
    assert (await get_claim(chat, claim_id)).execution_date == NOV_10, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "1 March 2027 at 9am", date(2027, 3, 1)),
        (EN, "March 1, 2027 09:00 CET", date(2027, 3, 1)),
        (FR, "1er mars 2027 à 9h", date(2027, 3, 1)),
    ],
)
async def test_a_campaign_start_with_its_time_is_read(
    chat: Chat, locale: str, typed: str, kept: date
) -> None:
    plan_id = await plan_at(chat, locale, "start_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said[:600]
    assert (await get(chat, plan_id)).campaigns[0].start_date == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "14:00"),  # a time, no day
        (EN, "at 2pm"),
        (EN, "Nov 10 2026 14"),  # a number that says no time
        (FR, "à 14h"),
        (FR, "10 nov 2026 9h ou 10h le 12"),
    ],
)
async def test_a_time_without_its_day_is_still_refused(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert (await get_claim(chat, claim_id)).execution_date is None, said[:600]


# A weekday before the day, as invitations and partners write it: "Tue, Nov 10",
# "Tuesday the 10th", « mardi 10 », « mer. 11/11/2026 » got 'I can't read … as a date' (stop
# 63); "Tuesday, November 10, 2026" was read. The weekday tells the month of a day alone.
@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "Tue, Nov 10", NOV_10),
        (EN, "Tuesday the 10th", NOV_10),
        (EN, "Tuesday 11/10/2026", NOV_10),
        (EN, "Thursday the 15th", date(2026, 10, 15)),  # 15 Nov is a Sunday
        (FR, "mardi 10", NOV_10),
        (FR, "vendredi 13", date(2026, 11, 13)),
        (FR, "mer. 11/11/2026", date(2026, 11, 11)),
    ],
)
async def test_a_weekday_before_the_day_is_read(
    chat: Chat, locale: str, typed: str, kept: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said[:600]
    assert (await get_claim(chat, claim_id)).execution_date == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        # 11 Nov 2026 is a Wednesday: that day and the Tuesday nearest it, one click each.
        (EN, "Tuesday the 11th", ("Wednesday 11 November", "Tuesday 10 November")),
        (FR, "mardi 11", ("mercredi 11 novembre", "mardi 10 novembre")),
    ],
)
async def test_a_weekday_that_is_not_that_day_offers_both(
    chat: Chat, locale: str, typed: str, offered: tuple[str, str]
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    replies = await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).execution_date is None, shown(replies)[:600]
    card = next(reply for reply in replies if reply.card is not None)
    titles = [action["title"] for action in card.card["actions"]]
    assert titles[:2] == list(offered), shown(replies)[:600]
    await chat.click(card.submit_data(offered[1]))
    assert (await get_claim(chat, claim_id)).execution_date == NOV_10
