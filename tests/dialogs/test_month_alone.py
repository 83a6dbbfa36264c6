"""A campaign's start or end said as a month: "March 2027", « avril 2027 ».

Seen off the script: at a campaign's start date "March 2027" got 'I can't read "March 2027"
as a date' (while "end of March 2027" offered "31 Mar 2027"). A month alone now offers its
first day at a start date and its last day at an end date, one click away; the partner may
type the day instead. Seen at stop 49: "in January", « en janvier », « au mois d'avril »,
« courant avril » (the month with the words around it) got the same; they are the month.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, last_card, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "field", "typed", "offered", "kept"),
    [
        (EN, "start_date", "March 2027", "1 Mar 2027", date(2027, 3, 1)),
        (EN, "end_date", "April 2027", "30 Apr 2027", date(2027, 4, 30)),
        (FR, "start_date", "mars 2027", "1er mars 2027", date(2027, 3, 1)),
        (FR, "end_date", "avril", "30 avril 2027", date(2027, 4, 30)),
        # Seen at stop 49: 'I can't read … as a date' ("January" alone was offered).
        (EN, "start_date", "in January", "1 Jan 2027", date(2027, 1, 1)),
        (EN, "start_date", "during January", "1 Jan 2027", date(2027, 1, 1)),
        (EN, "start_date", "sometime in January", "1 Jan 2027", date(2027, 1, 1)),
        (EN, "end_date", "in March", "31 Mar 2027", date(2027, 3, 31)),
        (FR, "start_date", "en avril", "1er avril 2027", date(2027, 4, 1)),
        (FR, "start_date", "au mois d'avril", "1er avril 2027", date(2027, 4, 1)),
        (FR, "start_date", "courant avril", "1er avril 2027", date(2027, 4, 1)),
        (FR, "end_date", "en mai", "31 mai 2027", date(2027, 5, 31)),
    ],
)
async def test_a_month_alone_offers_its_first_or_last_day(
    chat: Chat, locale: str, field: str, typed: str, offered: str, kept: date
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    await chat.click(last_card(replies).submit_data(offered))
    assert getattr((await get(chat, plan_id)).campaigns[0], field) == kept


# Seen off the script: "next month", "end of next month", « le mois prochain » at a
# campaign's dates got "I can't read … as a date". The month they mean (from today,
# 27 Nov 2026 here) is offered as a month's name is.
@pytest.mark.parametrize(
    ("locale", "field", "typed", "offered"),
    [
        (EN, "start_date", "next month", "1 Dec 2026"),
        (EN, "start_date", "beginning of next month", "1 Dec 2026"),
        (EN, "end_date", "end of next month", "31 Dec 2026"),
        (FR, "start_date", "le mois prochain", "1er décembre 2026"),
        (FR, "end_date", "fin du mois prochain", "31 décembre 2026"),
        # Seen at stop 50: "I can't read "beginning of next year" as a date".
        (EN, "start_date", "beginning of next year", "1 Jan 2027"),
        (EN, "start_date", "early next year", "1 Jan 2027"),
        (EN, "end_date", "end of next year", "31 Dec 2027"),
        (EN, "end_date", "end of the year", "31 Dec 2026"),
        (FR, "start_date", "début de l'année prochaine", "1er janvier 2027"),
        (FR, "end_date", "fin de l'année", "31 décembre 2026"),
        (FR, "end_date", "fin d'année", "31 décembre 2026"),
    ],
)
async def test_next_month_offers_its_first_or_last_day(
    chat: Chat, locale: str, field: str, typed: str, offered: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert last_card(replies).submit_data(offered)


# Seen at stop 41: « le 10 janvier prochain » at a campaign's start got 'Je ne sais pas lire
# … comme une date'; "next January 10", "January 10 next year" the same. They name one day.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "next January 10"),
        (EN, "January 10 next year"),
        (FR, "le 10 janvier prochain"),
        (FR, "le 10 janvier de l'année prochaine"),
    ],
)
async def test_a_day_named_by_when_it_comes_is_the_start(chat: Chat, locale: str, typed: str):
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "start_date", locale=locale)
    await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].start_date == date(2027, 1, 10)


# Seen at stop 50 at a campaign's start: 'I can't read "asap" as a date'. The earliest
# day the campaign can start (its usage period's first day, or today when the period
# has begun) is offered, one click away.
@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "asap", "1 Jan 2027"),
        (EN, "as soon as possible", "1 Jan 2027"),
        (EN, "right away", "1 Jan 2027"),
        (FR, "dès que possible", "1er janvier 2027"),
        (FR, "au plus tôt", "1er janvier 2027"),
    ],
)
async def test_as_soon_as_possible_offers_the_earliest_start(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "start_date", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies), shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    await chat.click(last_card(replies).submit_data(offered))
    assert (await get(chat, plan_id)).campaigns[0].start_date == date(2027, 1, 1)
