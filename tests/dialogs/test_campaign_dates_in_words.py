"""A campaign's dates said the way a planner says them. Seen at stop 39 (a plan for FY27 H2,
1 Jan to 30 Jun 2027, a campaign starting 10 Jan 2027): at its end "6 weeks", "3 months
later", « pendant 2 mois » got "I can't read … as a date"; "end of the period", « fin de
la période », "same day" likewise, and "start of the period" at its start. A length from
the start is now offered as the day it gives (one "yes" or click away); the period's
first or last day, and the start's own day, are taken. Through the real bot, dialogs and
a TinyDB store on disk."""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "offered", "kept"),
    [
        (EN, "6 weeks", "is **21 Feb 2027**", date(2027, 2, 21)),
        (EN, "3 months later", "is **10 Apr 2027**", date(2027, 4, 10)),
        (EN, "for 10 days", "is **20 Jan 2027**", date(2027, 1, 20)),
        (FR, "pendant 2 mois", "c'est le **15 mai 2027**", date(2027, 5, 15)),
        (FR, "3 semaines plus tard", "c'est le **5 avril 2027**", date(2027, 4, 5)),
    ],
)
async def test_a_length_at_the_end_offers_the_day_it_gives(
    chat: Chat, locale: str, typed: str, offered: str, kept: date
) -> None:
    plan_id = await plan_at(chat, locale, "end_date")

    said = shown(await chat.say(typed, locale=locale))

    assert "can't read" not in said and "Je ne sais pas lire" not in said
    assert offered in said
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].end_date == kept


@pytest.mark.parametrize(
    ("locale", "field", "typed", "kept"),
    [
        (EN, "end_date", "end of the period", date(2027, 6, 30)),
        (FR, "end_date", "fin de la période", date(2027, 6, 30)),
        (EN, "end_date", "same day", date(2027, 1, 10)),
        (FR, "end_date", "le même jour", date(2027, 3, 15)),
        (EN, "start_date", "start of the period", date(2027, 1, 1)),
        (FR, "start_date", "début de la période", date(2027, 1, 1)),
        # Seen at stop 53: 'I can't read "start of Q3" as a date' ("Q3" alone is taken).
        (EN, "start_date", "start of Q3", date(2027, 1, 1)),
        (EN, "start_date", "beginning of Q2 2027", date(2027, 4, 1)),
        (EN, "end_date", "end of Q3", date(2027, 3, 31)),
        (EN, "end_date", "by the end of the half", date(2027, 6, 30)),
        (FR, "start_date", "début du T2", date(2027, 4, 1)),
        (FR, "end_date", "fin du semestre", date(2027, 6, 30)),
        (FR, "end_date", "fin T2", date(2027, 6, 30)),
    ],
)
async def test_the_periods_ends_or_the_same_day_are_taken(
    chat: Chat, locale: str, field: str, typed: str, kept: date
) -> None:
    plan_id = await plan_at(chat, locale, field)

    said = shown(await chat.say(typed, locale=locale))

    assert "can't read" not in said and "Je ne sais pas lire" not in said
    assert getattr((await get(chat, plan_id)).campaigns[0], field) == kept


# Seen at stop 46: at a campaign's start "the week of Jan 11", "first week of January" got
# '… is several days, from 11 Jan 2027 to 17 Jan 2027: which one was it?' (as a claim's day
# something ran is asked). A campaign starts on the first of them, and ends on the last:
# offered, one "yes" or click away.
@pytest.mark.parametrize(
    ("locale", "field", "typed", "kept"),
    [
        (EN, "start_date", "the week of Jan 11", date(2027, 1, 11)),
        (EN, "start_date", "first week of January", date(2027, 1, 1)),
        (FR, "start_date", "la semaine du 11 janvier", date(2027, 1, 11)),
        # Seen at stop 59: 'I can't read "next week" as a date' ("next month" was read).
        (EN, "start_date", "next week", date(2026, 11, 30)),
        (EN, "start_date", "the following week", date(2026, 11, 30)),
        (FR, "start_date", "la semaine prochaine", date(2026, 11, 30)),
        (FR, "start_date", "semaine prochaine", date(2026, 11, 30)),
    ],
)
async def test_a_week_at_a_campaigns_start_offers_its_first_day(
    chat: Chat, locale: str, field: str, typed: str, kept: date
) -> None:
    plan_id = await plan_at(chat, locale, field)
    said = shown(await chat.say(typed, locale=locale))
    assert "which" not in said and "lequel" not in said, said
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].start_date == kept


# Seen at stop 52 at a campaign's start: "when the plan is approved" got 'I can't read …
# as a date'. No one knows that day ahead: said so, with a day to type; nothing kept.
@pytest.mark.parametrize(
    ("locale", "typed", "said_so"),
    [
        (EN, "when the plan is approved", "isn't known ahead"),
        (EN, "once approved", "isn't known ahead"),
        (EN, "as soon as it's approved", "isn't known ahead"),
        (EN, "after approval", "isn't known ahead"),
        (FR, "dès l'approbation", "n'est pas connu d'avance"),
        (FR, "quand le plan sera approuvé", "n'est pas connu d'avance"),
    ],
)
async def test_a_start_on_approval_asks_for_a_day(
    chat: Chat, locale: str, typed: str, said_so: str
) -> None:
    plan_id = await plan_at(chat, locale, "start_date")
    said = shown(await chat.say(typed, locale=locale))
    assert said_so in said, said[:300]
    assert (await get(chat, plan_id)).campaigns[0].start_date is None
