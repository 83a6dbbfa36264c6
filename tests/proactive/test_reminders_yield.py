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


async def test_the_scan_prepares_partners_folders_off_the_event_loop(chat, tmp_path, monkeypatch):
    """Seen in the bench at stop 42: a stall of 66 ms (and one of 108 ms before), the event
    loop inside a directory listing: the first read of each partner after a start lists
    their folder for files a crash left (`_prepare_tenant_folder`), on the loop, and a
    listing the system no longer caches waits for the disk. The scan, which is the first
    to read nearly every partner, has them prepared on a reader thread, a batch of
    partners at a time, before it reads them."""
    import threading

    from storage import tinydb_storage
    from storage.tinydb_storage import TinyDBStorage

    store = await _restarted_after_seeding(chat)  # no folder prepared
    loop_thread = threading.get_ident()
    prepared_on: list[bool] = []
    prepare = TinyDBStorage._prepare_tenant_folder

    def recorded(self, folder):
        prepared_on.append(threading.get_ident() == loop_thread)
        return prepare(self, folder)

    monkeypatch.setattr(tinydb_storage.TinyDBStorage, "_prepare_tenant_folder", recorded)
    try:
        assert await _scan(store, tmp_path) == RESTARTED_TENANTS  # every partner reminded
    finally:
        store.close()
    assert len(prepared_on) >= RESTARTED_TENANTS
    assert not any(prepared_on), "a partner's folder was listed on the event loop"


async def test_the_scan_looks_up_partners_files_off_the_event_loop(chat, tmp_path, monkeypatch):
    """Seen in the bench at stop 42: a stall of 247 ms, the event loop inside the `open` of a
    partition file (`_cached_file_bytes` reads what the page cache holds on the loop, but
    opening the file first looks its name and inode up, and a lookup the system no longer
    caches waits for the disk). Each file the scan then opens on the loop has been looked
    up on a reader thread first, with its partner's folder."""
    import os
    import threading

    data_dir = str(chat.storage.data_dir)
    store = await _restarted_after_seeding(chat)  # nothing looked up
    loop_thread = threading.get_ident()
    looked_up: set[str] = set()
    opened_first: list[str] = []
    real_stat, real_open = os.stat, os.open

    def stat(path, *args, **kwargs):
        if threading.get_ident() != loop_thread:
            looked_up.add(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def open_(path, *args, **kwargs):
        where = os.fspath(path)
        on_loop = threading.get_ident() == loop_thread
        if on_loop and where.startswith(data_dir) and where not in looked_up:
            opened_first.append(where)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "open", open_)
    try:
        assert await _scan(store, tmp_path) == RESTARTED_TENANTS  # every partner reminded
    finally:
        monkeypatch.undo()
        store.close()
    tenant_files = [where for where in opened_first if "/tenants/" in where]
    assert not tenant_files, f"{len(tenant_files)} opened on the loop first: {tenant_files[:3]}"


RESTARTED_TENANTS = 20


async def _restarted_after_seeding(chat):
    """A store of 20 partners with a claim each, opened again as after a restart."""
    from storage.tinydb_storage import TinyDBStorage

    for number in range(RESTARTED_TENANTS):
        await seed(chat, f"tenant-{number:02d}", claims=1)
    chat.storage.close()
    return TinyDBStorage(chat.storage.data_dir)


async def _scan(store, tmp_path) -> int:
    """One reminder scan over `store`: how many partners it reminded."""
    from tests.support import services_over

    services = services_over(store, data_dir=tmp_path / "evidence")
    clock = lambda: datetime(2027, 2, 8, 9, tzinfo=UTC)  # noqa: E731
    scheduler = ReminderScheduler(store, services, services.outbox, idle_days=365, clock=clock)
    return await scheduler.run_once()
