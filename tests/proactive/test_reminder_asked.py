"""The reminder a partner asked for ("remind me tomorrow") comes that day, once, as a notice.

Seen at stop 46: "remind me tomorrow" got "I didn't understand that", and the only reminder
of a draft was the one a week after it was left. The day asked is kept on the draft
(tests/dialogs/test_remind_me.py); the hourly scan queues its reminder on that day, once,
while it is a draft; the notifier sends it in working hours with a Resume button, even to a
partner who stopped the reminders of idle drafts (they asked for this one); and the reminder
of the draft left untouched counts its week from that day, so the partner is not nudged twice.
The real app over HTTP, its scheduler and notifier, and a loopback Bot Connector.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.lifecycle import PlanStatus
from proactive.reminders import ReminderScheduler
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.proactive.test_notifier import Clock, notice_titles, start
from tests.proactive.test_reminders_muted import say
from tests.support import ADMIN, TENANT, Chat

# The bot's "today" in `start` is Friday 27 November 2026: tomorrow is Saturday 28, and a
# reminder not urgent waits for working hours, so the notices are looked at on Monday 30.
SATURDAY = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
async def connector():
    async with FakeConnector() as fake:
        yield fake


def buttons(activity: dict) -> list[str]:
    return [a["title"] for a in activity["attachments"][0]["content"].get("actions", [])]


@pytest.mark.parametrize(
    ("locale", "typed", "asked", "sent"),
    [
        ("en-US", "remind me on Monday", "Monday 30 November", "You asked me to remind you"),
        ("fr-FR", "rappelle-moi lundi", "lundi 30 novembre", "Vous m'avez demandé de vous"),
    ],
)
async def test_the_reminder_asked_comes_on_its_day_once(
    data_dir, tmp_path, connector, locale, typed, asked, sent
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    said = await say(client, connector, "nouveau plan" if locale == "fr-FR" else "new plan", 1,
                     locale)  # fmt: skip
    plan_id = said.split("**")[1]
    said = await say(client, connector, typed, 2, locale)
    assert plan_id in said and asked in said, said
    house.reminders.clock = clock

    clock.now = SATURDAY
    assert await house.reminders.run_once() == 0  # not yet
    clock.now = MONDAY
    assert await house.reminders.run_once() == 1
    assert await house.reminders.run_once() == 0  # once
    await house.notifier.run_once()
    [activity] = connector.take()
    [text] = notice_titles([activity])
    assert sent in text and plan_id in text, text
    # The day asked, not "today": a reminder held for working hours may come the day after.
    assert ("30 novembre 2026" if locale == "fr-FR" else "30 Nov 2026") in text, text
    assert any(plan_id in title for title in buttons(activity))  # Resume PLN-…
    clock.now += timedelta(days=1)
    assert await house.reminders.run_once() == 0
    await client.close()


async def test_the_reminder_asked_comes_though_idle_reminders_are_stopped(
    data_dir, tmp_path, connector
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await say(client, connector, "stop reminding me", 1)
    said = await say(client, connector, "new plan", 2)
    plan_id = said.split("**")[1]
    await say(client, connector, "remind me on Monday", 3)
    house.reminders.clock = clock
    clock.now = MONDAY

    assert await house.reminders.run_once() == 1
    await house.notifier.run_once()

    [text] = notice_titles(connector.take())
    assert "You asked me to remind you" in text and plan_id in text, text
    await client.close()


async def test_a_draft_sent_before_its_day_gets_no_reminder(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    said = await say(client, connector, "new plan", 1)
    plan_id = said.split("**")[1]
    await say(client, connector, "remind me on Monday", 2)
    plan = await house.services.plans.get_plan(TENANT, plan_id)
    plan.status = PlanStatus.SUBMITTED
    await house.services.plans.save_plan(plan)
    house.reminders.clock = clock
    clock.now = MONDAY

    assert await house.reminders.run_once() == 0
    await client.close()


class DayClock:
    def __init__(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_the_idle_draft_reminder_counts_its_week_from_the_day_asked(chat: Chat):
    services = chat.services
    plan = await services.plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    plan = await services.plans.save_plan(plan)
    changed = plan.updated_at.date()
    plan.remind_on = changed + timedelta(days=3)
    plan = await services.plans.save_plan(plan)
    clock = DayClock(changed + timedelta(days=8))  # a week untouched, 5 days after the day asked
    scheduler = ReminderScheduler(chat.storage, services, services.outbox, idle_days=7, clock=clock)

    assert await scheduler.run_once() == 1
    [entry] = await services.outbox.pending(clock.now)
    assert entry.extra["text_key"] == "reminder.asked"
    clock.now = DayClock(changed + timedelta(days=10))()  # a week after the day asked
    assert await scheduler.run_once() == 1
    keys = [e.extra["text_key"] for e in await services.outbox.pending(clock.now)]
    assert keys == ["reminder.asked", "reminder.idle_draft"]


def submit_data(activity: dict, title_part: str) -> dict:
    actions = activity["attachments"][0]["content"].get("actions", [])
    return next(a["data"] for a in actions if title_part in a["title"])


@pytest.mark.parametrize(
    ("locale", "button", "said"),
    [
        ("en-US", "Remind me tomorrow", "Tuesday 1 December"),
        ("fr-FR", "Me le rappeler demain", "mardi 1er décembre"),
    ],
)
async def test_a_reminder_can_be_put_off_a_day_from_its_button(
    data_dir, tmp_path, connector, locale, button, said
):
    """Under a reminder, the partner who can't now puts it off a day in one click, rather
    than typing "remind me tomorrow" (the bot's today is Monday 30 November here)."""
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    first = "nouveau plan" if locale == "fr-FR" else "new plan"
    plan_id = (await say(client, connector, first, 1, locale)).split("**")[1]
    await say(client, connector, "rappelle-moi lundi" if locale == "fr-FR" else
              "remind me on Monday", 2, locale)  # fmt: skip
    house.reminders.clock = clock
    clock.now = MONDAY
    await house.reminders.run_once()
    await house.notifier.run_once()
    [notice] = connector.take()
    data = submit_data(notice, button)
    house.services.today = lambda: MONDAY.date()

    activity = teams_message(connector.url, None, value=data, locale=locale, number=3)
    await client.post("/api/messages", json=activity)

    text = "\n".join(a.get("text") or "" for a in connector.take())
    assert plan_id in text and said in text, text
    plan = await house.services.plans.get_plan(TENANT, plan_id)
    assert plan is not None and plan.remind_on == date(2026, 12, 1)
    await client.close()


async def test_a_reminder_asked_ends_with_the_draft_sent(chat: Chat):
    """A claim sent before its reminder's day, then reopened by the reviewer ("Action
    required") after that day, must not get "You asked me to remind you of it on …": the
    reminder was of the draft it was."""
    services = chat.services
    plan = await services.plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    plan.remind_on = plan.updated_at.date() + timedelta(days=2)
    plan.move_to(PlanStatus.SUBMITTED, actor=ADMIN)
    plan.move_to(PlanStatus.UNDER_REVIEW, actor="reviewer")
    plan.move_to(PlanStatus.ACTION_REQUIRED, actor="reviewer")
    plan.move_to(PlanStatus.EDITING, actor=ADMIN)
    plan = await services.plans.save_plan(plan)

    assert plan.remind_on is None
    clock = DayClock(plan.updated_at.date() + timedelta(days=3))
    scheduler = ReminderScheduler(chat.storage, services, services.outbox, idle_days=30,
                                  clock=clock)  # fmt: skip
    assert await scheduler.run_once() == 0


async def say_from(client, connector, text: str, number: int, zone: str) -> str:
    activity = teams_message(connector.url, text, number=number)
    activity["localTimezone"] = zone
    await client.post("/api/messages", json=activity)
    return "\n".join(a.get("text") or "" for a in connector.take())


@pytest.mark.parametrize(
    ("zone", "asked_at", "night_before", "after_midnight", "morning"),
    [
        # Monday 30 November 09:00 in Auckland (UTC+13) is Sunday 29 in UTC; Tuesday 1
        # December there begins at 11:00 UTC on Monday 30.
        (
            "Pacific/Auckland",
            datetime(2026, 11, 29, 20, 0, tzinfo=UTC),
            datetime(2026, 11, 30, 10, 0, tzinfo=UTC),
            datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
            datetime(2026, 11, 30, 20, 30, tzinfo=UTC),
        ),
        # Monday 30 November 17:00 in Los Angeles (UTC-8) is Tuesday 1 in UTC already.
        (
            "America/Los_Angeles",
            datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
            datetime(2026, 12, 1, 7, 0, tzinfo=UTC),
            datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
            datetime(2026, 12, 1, 17, 30, tzinfo=UTC),
        ),
    ],
)
async def test_the_reminder_asked_comes_on_the_day_where_the_partner_is(
    data_dir, tmp_path, connector, zone, asked_at, night_before, after_midnight, morning
):
    """Seen at stop 48: "remind me tomorrow" said on a Monday morning in Auckland was set for
    that Monday (the server's day was Sunday) and came an hour later; said on a Monday
    evening in Los Angeles, it was set for Wednesday. Tomorrow is the partner's, and the scan
    queues the reminder once that day has begun where they are."""
    clock = Clock()
    clock.now = asked_at
    house, client = await start(data_dir, tmp_path, clock)
    house.services.now = clock
    house.services.today = house.services.partner_today
    plan_id = (await say_from(client, connector, "new plan", 1, zone)).split("**")[1]

    said = await say_from(client, connector, "remind me tomorrow", 2, zone)

    assert plan_id in said and "Tuesday 1 December" in said, said
    house.reminders.clock = clock
    clock.now = night_before
    assert await house.reminders.run_once() == 0  # still Monday there
    clock.now = after_midnight
    assert await house.reminders.run_once() == 1
    await house.notifier.run_once()
    assert connector.take() == []  # night there: it waits for their working hours
    clock.now = morning
    await house.notifier.run_once()
    [text] = notice_titles(connector.take())
    assert "You asked me to remind you" in text and plan_id in text, text
    await client.close()
