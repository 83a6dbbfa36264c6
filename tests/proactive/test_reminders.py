"""Reminders: before the claiming deadline (7 days, 1 day), on plans awaiting changes, on idle
drafts — each once, delivered with a button that resumes the draft."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from domain.lifecycle import PlanStatus
from proactive.reminders import ReminderScheduler
from tests.support import ADMIN, TENANT, Chat


class Clock:
    def __init__(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def claim_draft(chat: Chat, period: str = "FY27 H1"):
    services = chat.services
    plan = await services.plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    plan.program, plan.period, plan.currency = "csp_indirect_reseller", period, "EUR"
    plan.status = PlanStatus.APPROVED
    plan = await services.plans.save_plan(plan)
    claim = await services.claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    claim.plan_id, claim.name, claim.amount = plan.id, "Radio", Decimal("100")
    return plan, await services.claims.save(claim)


async def test_claim_deadline_reminders_come_once_at_seven_days_and_at_one_day(chat):
    await claim_draft(chat)
    # FY27 H1 claiming closes on 15 Feb 2027.
    clock = Clock(date(2027, 2, 8))
    scheduler = ReminderScheduler(chat.storage, chat.services, chat.services.outbox,
                                  idle_days=365, clock=clock)  # fmt: skip
    assert await scheduler.run_once() == 1
    assert await scheduler.run_once() == 0  # the same day again: nothing new
    clock.now += timedelta(days=3)
    assert await scheduler.run_once() == 0  # still the 7-day spell
    clock.now = datetime(2027, 2, 14, 9, tzinfo=UTC)
    assert await scheduler.run_once() == 1
    entries = await chat.services.outbox.pending(clock.now + timedelta(days=1))
    texts = [e.extra["text_key"] for e in entries]
    assert texts == ["reminder.claim_deadline", "reminder.claim_deadline"]
    assert [e.extra["days"] for e in entries] == ["7", "1"]


async def test_an_idle_draft_gets_one_nudge_per_idle_spell(chat):
    await chat.say("new plan")
    plan_id = (await chat.services.plans.list_plans(TENANT))[0].id
    plan = await chat.services.plans.get_plan(TENANT, plan_id)
    clock = Clock(plan.updated_at.date() + timedelta(days=8))
    scheduler = ReminderScheduler(chat.storage, chat.services, chat.services.outbox,
                                  idle_days=7, clock=clock)  # fmt: skip
    assert await scheduler.run_once() == 1
    assert await scheduler.run_once() == 0
    entry = (await chat.services.outbox.pending(clock.now))[0]
    assert entry.item_id == plan_id and entry.extra["text_key"] == "reminder.idle_draft"


async def test_a_plan_awaiting_changes_is_reminded_before_its_window_closes(chat):
    services = chat.services
    plan = await services.plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    plan.period, plan.status = "FY27 H1", PlanStatus.ACTION_REQUIRED
    await services.plans.save_plan(plan)
    # FY27 ends 30 Jun 2027; resubmission stays open 90 days more: until 28 Sep 2027.
    scheduler = ReminderScheduler(chat.storage, services, services.outbox, idle_days=9999,
                                  clock=Clock(date(2027, 9, 10)))  # fmt: skip
    assert await scheduler.run_once() == 0
    scheduler.clock = Clock(date(2027, 9, 20))
    assert await scheduler.run_once() == 1


async def test_after_each_round_the_scheduler_awaits_its_after_round_even_when_it_failed(
    chat,
):
    rounds: list[str] = []
    scheduler = ReminderScheduler(
        chat.storage, chat.services, chat.services.outbox, interval_seconds=0.001
    )

    async def run_once() -> int:
        rounds.append("round")
        if len(rounds) == 1:
            raise RuntimeError("a failed round")
        return 0

    async def after_round() -> None:
        rounds.append("after")
        if rounds.count("after") == 2:
            raise asyncio.CancelledError  # ends run()

    scheduler.run_once = run_once  # type: ignore[method-assign]
    scheduler.after_round = after_round
    with contextlib.suppress(asyncio.CancelledError):
        await scheduler.run()
    assert rounds == ["round", "after", "round", "after"]
