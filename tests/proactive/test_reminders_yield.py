"""The reminder scan shares the event loop: partners' turns go on while it walks the store.

Stored reads are in memory once a partition is open, so a scan that never awaits
anything real holds the loop for its whole run (seconds at 50,000 claims: every turn
waits, and Teams redelivers a turn not answered within 15 s). The scan must give the
loop back between tenants and between batches of one tenant's documents.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from domain.lifecycle import PlanStatus
from proactive.reminders import SCAN_BATCH, ReminderScheduler
from tests.support import ADMIN, Chat, ticks_during


async def seed(chat: Chat, tenant_id: str, claims: int) -> None:
    services = chat.services
    plan = await services.plans.create_plan(
        tenant_id=tenant_id, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
    )
    plan.program, plan.period, plan.currency = "csp_indirect_reseller", "FY27 H1", "EUR"
    plan.status = PlanStatus.APPROVED
    plan = await services.plans.save_plan(plan)
    for _ in range(claims):
        claim = await services.claims.create_claim(
            tenant_id=tenant_id, owner_id=ADMIN, owner_name="Ada", today=date(2026, 11, 1)
        )
        claim.plan_id, claim.name, claim.amount = plan.id, "Radio", Decimal("100")
        await services.claims.save(claim)


async def test_the_scan_gives_the_loop_back_between_tenants(chat):
    tenants = [f"tenant-{number:02d}" for number in range(20)]
    for tenant_id in tenants:
        await seed(chat, tenant_id, claims=1)
    clock = lambda: datetime(2027, 2, 8, 9, tzinfo=UTC)  # noqa: E731
    scheduler = ReminderScheduler(
        chat.storage, chat.services, chat.services.outbox, idle_days=365, clock=clock
    )
    await scheduler.run_once()  # partitions open, reminders queued: the next scan reads only
    assert await ticks_during(scheduler.run_once) >= len(tenants)


async def test_a_big_tenant_is_read_in_batches_with_the_loop_given_back_between(chat):
    await seed(chat, "big-partner", claims=3 * SCAN_BATCH)
    clock = lambda: datetime(2027, 2, 8, 9, tzinfo=UTC)  # noqa: E731
    scheduler = ReminderScheduler(
        chat.storage, chat.services, chat.services.outbox, idle_days=365, clock=clock
    )
    assert await scheduler.run_once() == 3 * SCAN_BATCH  # every draft reminded once
    assert await ticks_during(scheduler.run_once) >= 3
