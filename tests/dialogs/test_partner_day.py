"""A partner's "today" is the day where they are, not the server's (UTC).

Seen at stop 48: a partner in Auckland (UTC+13) on Monday 30 November at 09:00, typing
"today" or "30 November" at a claim's date, got Sunday 29 November taken or "that date is in
the future" (the server's date was still the 29th); "remind me tomorrow" got Monday 30
November, the day they were in, and the reminder came that same morning. A partner in Los
Angeles on Monday evening got Wednesday for "tomorrow". Teams sends the client's time zone
with each activity (`localTimezone`); the bot already keeps it for notices' working hours.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    approved_plan,
    claim_id_in,
    get_claim,
    seed_funds,
)
from tests.support import Chat, shown

# Monday 30 November 2026, 09:00 in Auckland (NZDT, UTC+13): still Sunday 29 in UTC.
AUCKLAND_MONDAY_MORNING = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)
# Monday 30 November 2026, 17:00 in Los Angeles (PST, UTC-8): already Tuesday 1 in UTC.
LOS_ANGELES_MONDAY_EVENING = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


async def partner_in(storage, tmp_path, zone: str | None, instant: datetime, locale: str) -> Chat:
    chat = Chat(storage, locale=locale, time_zone=zone)
    await chat.seed_roles(tmp=tmp_path)
    chat.services.now = lambda: instant
    chat.services.today = chat.services.partner_today  # the day where the partner is
    return chat


async def at_the_claims_date(chat: Chat) -> str:
    await seed_funds(chat)
    await approved_plan(chat)  # its campaign runs 1 September - 30 November 2026
    replies = await chat.say("nouvelle réclamation" if chat.locale == FR else "new claim")
    claim_id = claim_id_in(replies)
    await chat.say("Atelier sécurité" if chat.locale == FR else "Security workshop")
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "today"), (EN, "30 November"), (FR, "aujourd'hui"), (FR, "30 novembre")],
)
async def test_a_claims_date_is_the_partners_today(storage, tmp_path, locale, typed):
    chat = await partner_in(storage, tmp_path, "Pacific/Auckland", AUCKLAND_MONDAY_MORNING, locale)
    claim_id = await at_the_claims_date(chat)

    replies = await chat.say(typed)

    text = shown(replies)
    assert "future" not in text and "futur" not in text, text
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 30), text


@pytest.mark.parametrize(
    ("zone", "instant", "locale", "said", "day"),
    [
        ("Pacific/Auckland", AUCKLAND_MONDAY_MORNING, EN, "Tuesday 1 December", date(2026, 12, 1)),
        ("Pacific/Auckland", AUCKLAND_MONDAY_MORNING, FR, "mardi 1er décembre", date(2026, 12, 1)),
        (
            "America/Los_Angeles",
            LOS_ANGELES_MONDAY_EVENING,
            EN,
            "Tuesday 1 December",
            date(2026, 12, 1),
        ),
        # A client that sends no time zone: the day in UTC, as before.
        (None, AUCKLAND_MONDAY_MORNING, EN, "Monday 30 November", date(2026, 11, 30)),
    ],
)
async def test_tomorrow_is_the_day_after_the_partners_today(
    storage, tmp_path, zone, instant, locale, said, day
):
    chat = await partner_in(storage, tmp_path, zone, instant, locale)
    claim_id = await at_the_claims_date(chat)

    replies = await chat.say("rappelle-moi demain" if locale == FR else "remind me tomorrow")

    assert said in shown(replies), shown(replies)
    assert (await get_claim(chat, claim_id)).remind_on == day


async def test_the_zone_seen_before_counts_when_a_client_sends_none(storage, tmp_path):
    chat = await partner_in(storage, tmp_path, "Pacific/Auckland", AUCKLAND_MONDAY_MORNING, EN)
    claim_id = await at_the_claims_date(chat)
    chat.time_zone = None  # a later activity without `localTimezone`

    replies = await chat.say("remind me tomorrow")

    assert "Tuesday 1 December" in shown(replies), shown(replies)
    assert (await get_claim(chat, claim_id)).remind_on == date(2026, 12, 1)
