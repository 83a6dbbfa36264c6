"""AzureBlobStorage on Azurite: what matters when several instances share one container.

Two `AzureBlobStorage` objects over one container stand for two bot processes: each has
its own cache of partitions and learns of the other's writes only through the service.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from storage.blob_storage import (
    AzureBlobStorage,
    BlobCorruptedError,
    StorageUnavailableError,
    blob_name_of,
)
from storage.outbox import Outbox, OutboxEntry
from storage.repository import ChangedError, PlanRepository, next_number
from storage.tinydb_storage import ETagConflictError
from tests.azurite import new_container_name

TODAY = date(2026, 11, 27)
VALID_BLOB_NAME = re.compile(r"(tenants|state)/[A-Za-z0-9-]{1,71}\.json")


@pytest.fixture
async def two_instances(azurite):
    container = new_container_name("blob")
    first = AzureBlobStorage(azurite.connection_string, container)
    second = AzureBlobStorage(azurite.connection_string, container)
    await first.open()
    await second.open()
    yield first, second
    await first.close()
    await second.close()


def test_any_key_maps_to_a_short_safe_blob_name():
    keys = [
        "tenants/11111111-2222-3333-4444-555555555555/plans/PLN-2026-000001",
        "tenants/a%2Fb/../../etc/passwd",
        "tenants/" + "t" * 300 + "/x",
        "msteams/conversations/a:1Xyz==/",
        '!@#$%^&*()_+??><":QASD~`',
        "lone-surrogate-\ud800",
        "",
        "tenants/",
        "tenants//x",
    ]
    for key in keys:
        assert VALID_BLOB_NAME.fullmatch(blob_name_of(key)), key
    # A tenant's keys share one blob (one atomic write); other keys get a blob each.
    assert blob_name_of("tenants/t1/plans/P1") == blob_name_of("tenants/t1/outbox")
    assert blob_name_of("tenants/t1/plans/P1") != blob_name_of("tenants/T1/plans/P1")
    assert blob_name_of("conversation/a") != blob_name_of("conversation/b")


async def test_a_stale_e_tag_from_another_instance_is_a_conflict(two_instances):
    here, there = two_instances
    await here.write({"tenants/t1/plan": {"count": 1}})
    read_here = (await here.read(["tenants/t1/plan"]))["tenants/t1/plan"]
    read_there = (await there.read(["tenants/t1/plan"]))["tenants/t1/plan"]
    await there.write({"tenants/t1/plan": {**read_there, "count": 2}})
    with pytest.raises(ETagConflictError):
        await here.write({"tenants/t1/plan": {**read_here, "count": 3}})
    assert (await here.read(["tenants/t1/plan"]))["tenants/t1/plan"]["count"] == 2


async def test_two_instances_writing_other_keys_of_one_tenant_lose_nothing(two_instances):
    # Both rewrite the same tenant blob; a 412 makes the loser merge and try again.
    writes = [
        store.write({f"tenants/t1/key-{name}-{number}": {"n": number}})
        for number in range(15)
        for name, store in zip("ab", two_instances, strict=True)
    ]
    await asyncio.gather(*writes)
    keys = [f"tenants/t1/key-{name}-{number}" for number in range(15) for name in "ab"]
    assert len(await two_instances[0].read(keys)) == 30
    assert len(await two_instances[1].read(keys)) == 30


async def test_counters_shared_by_two_instances_never_hand_out_a_number_twice(two_instances):
    # The first allocation races too: NEW_DOCUMENT makes "create" conditional.
    allocations = [
        next_number(store, "counters/plans/2026") for _ in range(20) for store in two_instances
    ]
    numbers = await asyncio.gather(*allocations)
    assert sorted(numbers) == list(range(1, 41))


async def test_two_instances_saving_plans_of_one_tenant_keep_both_in_the_index(two_instances):
    here, there = (PlanRepository(store) for store in two_instances)
    first = await here.create_plan(tenant_id="t1", owner_id="u1", owner_name=None, today=TODAY)
    second = await there.create_plan(tenant_id="t1", owner_id="u2", owner_name=None, today=TODAY)
    first.program, second.program = "program-a", "program-b"
    # Different plans: only the shared index conflicts, and that is retried, not reported.
    await asyncio.gather(here.save_plan(first), there.save_plan(second))
    listed = {summary.id: summary.program for summary in await there.list_plans("t1")}
    assert listed == {first.id: "program-a", second.id: "program-b"}


async def test_the_same_plan_saved_by_two_instances_is_one_save_and_one_conflict(two_instances):
    here, there = (PlanRepository(store) for store in two_instances)
    plan = await here.create_plan(tenant_id="t1", owner_id="u1", owner_name=None, today=TODAY)
    copy_there = await there.get_plan("t1", plan.id)
    plan.program, copy_there.program = "program-a", "program-b"
    results = await asyncio.gather(
        here.save_plan(plan), there.save_plan(copy_there), return_exceptions=True
    )
    assert sorted(type(result).__name__ for result in results) == ["ChangedError", "Plan"]
    changed = next(result for result in results if isinstance(result, ChangedError))
    winner = next(result for result in results if not isinstance(result, Exception))
    assert changed.current.program == winner.program
    assert (await here.get_plan("t1", plan.id)).program == winner.program


async def test_an_outbox_entry_is_claimed_by_one_instance_only(two_instances):
    now = datetime(2026, 11, 27, 10, tzinfo=UTC)
    outboxes = [Outbox(store, clock=lambda: now) for store in two_instances]
    entry = OutboxEntry(tenant_id="t1", kind="claim", item_id="CLM-2026-000001", status="Paid")
    await outboxes[0].enqueue(entry)
    for round_number in range(5):
        pending = [(await outbox.pending(now))[0] for outbox in outboxes]
        claims = await asyncio.gather(
            *(
                outbox.claim(found, f"notifier-{n}-{round_number}", now, timedelta(minutes=2))
                for n, (outbox, found) in enumerate(zip(outboxes, pending, strict=True))
            )
        )
        assert sorted(claims) == [False, True], round_number
        now += timedelta(minutes=3)  # the lease ends: the entry is up for grabs again


async def test_an_unchanged_partition_is_not_downloaded_again(two_instances, monkeypatch):
    here, there = two_instances
    await there.write({"tenants/t1/plan": {"n": 1}, "conversation/c": {"n": 1}})
    decoded = []
    real_decode = AzureBlobStorage._decode

    def counting_decode(self, name, raw):
        decoded.append(name)
        return real_decode(self, name, raw)

    monkeypatch.setattr(AzureBlobStorage, "_decode", counting_decode)
    keys = ["tenants/t1/plan", "conversation/c"]
    for _ in range(3):
        assert len(await here.read(keys)) == 2
    assert len(decoded) == 2  # then 304 Not Modified: the copy we hold is current
    await there.write({"tenants/t1/plan": {"n": 2}})
    assert (await here.read(keys))["tenants/t1/plan"]["n"] == 2
    assert len(decoded) == 3


async def test_a_corrupted_blob_is_named_and_the_others_still_work(azurite):
    store = AzureBlobStorage(azurite.connection_string, new_container_name("corrupt"))
    await store.open()
    await store.write({"tenants/t1/plan": {"n": 1}, "tenants/t2/plan": {"n": 1}})
    name = blob_name_of("tenants/t1/plan")
    blob = store._client.get_blob_client(name)
    await blob.upload_blob(b'{"format":1,"documents":{"tenants/t1/pl', overwrite=True)

    fresh = AzureBlobStorage(azurite.connection_string, store.container_name)
    with pytest.raises(BlobCorruptedError) as raised:
        await fresh.read(["tenants/t1/plan"])
    assert name in str(raised.value) and store.container_name in str(raised.value)
    with pytest.raises(BlobCorruptedError):
        await fresh.write({"tenants/t1/other": {"n": 2}})
    assert (await fresh.read(["tenants/t2/plan"]))["tenants/t2/plan"]["n"] == 1
    await store.close()
    await fresh.close()


async def test_an_unreachable_service_refuses_to_start(azurite):
    from tests.azurite import free_port

    unreachable = azurite.connection_string.replace(str(azurite.port), str(free_port()))
    store = AzureBlobStorage(unreachable, "nowhere", retry_total=0)
    with pytest.raises(StorageUnavailableError, match="not reachable"):
        await store.open()
    with pytest.raises(StorageUnavailableError):
        await store.check()
    await store.close()
