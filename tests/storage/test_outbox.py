"""The outbox: order, tenants, delivery state, counts, pruning and the crash window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from proactive.notifier import Notifier
from storage.outbox import TENANTS_KEY, Outbox, OutboxEntry, Reason
from storage.tinydb_storage import ETagConflictError, TinyDBStorage

T0 = datetime(2026, 3, 1, 10, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def outbox(storage, clock):
    return Outbox(storage, clock=clock)


def entry(tenant_id: str = "tenant-a", item_id: str = "CLM-2026-000001", **fields) -> OutboxEntry:
    return OutboxEntry(
        tenant_id=tenant_id,
        kind="claim",
        item_id=item_id,
        status="Rejected",
        previous_status="Under review",
        reasons=[Reason(code="missing_invoice", message="No invoice", item="invoice")],
        actor="reviewer@example.com",
        at=T0,
        created_at=fields.pop("created_at", T0),
        **fields,
    )


async def listed(storage) -> list[str]:
    document = (await storage.read([TENANTS_KEY])).get(TENANTS_KEY) or {}
    return document.get("tenants", [])


async def test_entries_come_out_in_creation_order_and_survive_a_restart(outbox, data_dir, clock):
    entries = [entry(item_id=f"CLM-2026-00000{n}") for n in range(1, 5)]
    for queued in entries:
        await outbox.enqueue(queued)
    pending = await outbox.pending(T0)
    assert [e.notice_id for e in pending] == [e.notice_id for e in entries]
    assert pending[0] == entries[0]

    reopened = Outbox(TinyDBStorage(data_dir), clock=clock)
    assert [e.item_id for e in await reopened.pending(T0)] == [e.item_id for e in entries]


async def test_pending_spans_tenants_and_honours_the_limit(outbox):
    a1, b1, a2, c1 = entry("tenant-a"), entry("tenant-b"), entry("tenant-a"), entry("tenant/c é")
    for queued in (a1, b1, a2, c1):
        await outbox.enqueue(queued)
    pending = await outbox.pending(T0)
    assert [e.notice_id for e in pending] == [
        a1.notice_id,
        a2.notice_id,
        b1.notice_id,
        c1.notice_id,
    ]
    assert [e.notice_id for e in await outbox.pending(T0, limit=3)] == [
        a1.notice_id,
        a2.notice_id,
        b1.notice_id,
    ]


async def test_an_entry_backing_off_holds_back_its_tenants_later_entries_only(outbox):
    first, second, other = entry("tenant-a"), entry("tenant-a"), entry("tenant-b")
    for queued in (first, second, other):
        await outbox.enqueue(queued)
    first.attempts, first.next_attempt_at = 1, T0 + timedelta(seconds=30)
    await outbox.update(first)

    assert [e.notice_id for e in await outbox.pending(T0)] == [other.notice_id]
    later = await outbox.pending(T0 + timedelta(seconds=30))
    assert [e.notice_id for e in later] == [first.notice_id, second.notice_id, other.notice_id]
    assert later[0].attempts == 1


async def test_update_records_recipients_and_never_forgets_one(outbox, storage, clock):
    queued = entry()
    await outbox.enqueue(queued)

    copy_one = (await outbox.pending(T0))[0]
    copy_two = (await outbox.pending(T0))[0]
    copy_one.delivered_to.append("owner")
    await outbox.update(copy_one)
    # A stale copy that never saw "owner" served does not erase it.
    copy_two.delivered_to.append("admin")
    copy_two.last_error = "connector answered 429"
    await outbox.update(copy_two)
    assert copy_two.delivered_to == ["owner", "admin"]

    stored = (await outbox.pending(T0))[0]
    assert stored.delivered_to == ["owner", "admin"]
    assert stored.last_error == "connector answered 429"

    stored.state = "delivered"
    await outbox.update(stored)
    assert await outbox.pending(T0) == []
    assert await outbox.counts() == {"pending": 0, "delivered": 1, "dead": 0}


async def test_counts_cover_every_state_across_tenants(outbox, clock):
    entries = [entry("tenant-a"), entry("tenant-a"), entry("tenant-b"), entry("tenant-c")]
    for queued in entries:
        await outbox.enqueue(queued)
    entries[0].state = "delivered"
    entries[2].state = "dead"
    entries[2].attempts = 8
    for changed in (entries[0], entries[2]):
        await outbox.update(changed)
    # tenant-b has nothing pending: pending() drops it from the list, counts still see it.
    clock.now = T0 + timedelta(minutes=5)
    assert [e.tenant_id for e in await outbox.pending(T0)] == ["tenant-a", "tenant-c"]
    assert await outbox.counts() == {"pending": 2, "delivered": 1, "dead": 1}


async def test_counts_of_an_empty_outbox(outbox):
    assert await outbox.counts() == {"pending": 0, "delivered": 0, "dead": 0}


async def test_a_tenant_marked_before_a_crash_has_nothing_pending_and_is_dropped(
    outbox, storage, clock
):
    # The crash window: the list was written, the entry never was.
    await outbox.mark_tenant("tenant-a")
    assert await listed(storage) == ["tenant-a"]

    # Just marked: an entry may be on its way, so the tenant stays listed for a while.
    assert await outbox.pending(T0) == []
    assert await listed(storage) == ["tenant-a"]

    clock.now = T0 + timedelta(minutes=2)
    assert await outbox.pending(clock.now) == []
    assert await listed(storage) == []


async def test_a_tenant_is_listed_again_by_its_next_entry(outbox, storage, clock):
    first = entry()
    await outbox.enqueue(first)
    first.state = "delivered"
    await outbox.update(first)
    clock.now = T0 + timedelta(minutes=2)
    await outbox.pending(clock.now)
    assert await listed(storage) == []

    second = entry()
    await outbox.enqueue(second)
    assert [e.notice_id for e in await outbox.pending(clock.now)] == [second.notice_id]


async def test_a_drop_loses_to_an_entry_written_meanwhile(storage, clock):
    outbox = Outbox(storage, clock=clock, drop_grace=timedelta(0))
    await outbox.mark_tenant("tenant-a")
    empty = {"entries": {}, "order": []}
    await storage.write({Outbox.key("tenant-a"): dict(empty)})
    stale = (await storage.read([Outbox.key("tenant-a")]))[Outbox.key("tenant-a")]

    late = entry()
    await outbox.enqueue(late)  # written after `stale` was read
    await outbox._drop("tenant-a", stale)
    assert await listed(storage) == ["tenant-a"]
    assert [e.notice_id for e in await outbox.pending(T0)] == [late.notice_id]


async def test_entry_documents_are_written_by_a_caller_and_guard_against_lost_updates(
    outbox, storage
):
    first = entry()
    await outbox.mark_tenant("tenant-a")
    documents = await outbox.entry_documents("tenant-a", first)
    assert list(documents) == [Outbox.key("tenant-a")]
    await storage.write(documents)
    assert [e.notice_id for e in await outbox.pending(T0)] == [first.notice_id]

    # Read, then someone else appends: writing the stale document fails, nothing lost.
    stale = await outbox.entry_documents("tenant-a", entry())
    newer = entry()
    await outbox.enqueue(newer)
    with pytest.raises(ETagConflictError):
        await storage.write(stale)
    assert [e.notice_id for e in await outbox.pending(T0)] == [first.notice_id, newer.notice_id]

    with pytest.raises(ValueError):
        await outbox.entry_documents("tenant-b", entry("tenant-a"))


async def test_update_retries_when_the_document_changed_under_it(outbox, storage):
    queued = entry()
    await outbox.enqueue(queued)
    conflicts = [1]
    original_write = storage.write

    async def write_with_one_conflict(changes):
        if conflicts and Outbox.key("tenant-a") in changes:
            conflicts.pop()
            await outbox.enqueue(entry())  # someone else wins the race
            raise ETagConflictError(Outbox.key("tenant-a"), "old", "new")
        await original_write(changes)

    storage.write = write_with_one_conflict
    queued.delivered_to = ["owner"]
    await outbox.update(queued)
    storage.write = original_write
    pending = await outbox.pending(T0)
    assert len(pending) == 2 and pending[0].delivered_to == ["owner"]


async def test_delivered_entries_older_than_30_days_are_pruned_on_update(outbox, clock):
    old = entry(created_at=T0 - timedelta(days=31))
    dead = entry(created_at=T0 - timedelta(days=40), state="dead")
    recent = entry(created_at=T0 - timedelta(days=29))
    for queued in (old, dead, recent):
        await outbox.enqueue(queued)
    old.state = recent.state = "delivered"
    await outbox.update(old)
    await outbox.update(recent)
    assert await outbox.counts() == {"pending": 0, "delivered": 1, "dead": 1}


async def test_an_update_of_a_pruned_entry_is_ignored(outbox):
    await outbox.update(entry())
    assert await outbox.counts() == {"pending": 0, "delivered": 0, "dead": 0}


async def test_entries_round_trip_every_field(outbox):
    queued = entry(extra={"text_key": "reminder.idle_draft", "days": "7"})
    queued.kind = "reminder"
    await outbox.enqueue(queued)
    (stored,) = await outbox.pending(T0)
    assert stored == queued


async def test_a_lease_released_after_a_failed_send_lets_another_instance_retry_it(outbox):
    await outbox.enqueue(entry())
    mine = (await outbox.pending(T0))[0]
    assert await outbox.claim(mine, "instance-a", T0, timedelta(seconds=120))
    # The send failed: instance A backs off one second and lets go of the entry, as the
    # notifier does.
    mine.attempts += 1
    mine.next_attempt_at = T0 + timedelta(seconds=1)
    Notifier._release(mine)
    await outbox.update(mine)

    later = T0 + timedelta(seconds=2)
    theirs = (await outbox.pending(later))[0]
    assert await outbox.claim(theirs, "instance-b", later, timedelta(seconds=120))
