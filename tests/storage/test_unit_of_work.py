"""One way to change stored things: read, decide, write conditionally, retry only a conflict.

Every writer that changes a stored document over the e-tag it read goes through
`storage.unit_of_work.change`; a retry happens only on the stores' typed `ConflictError`.
A programming error (in the decision, or a store's error that is not a lost race) surfaces
at once, after one read and at most one write.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from domain.roles import Role
from proactive.reminders import ReminderScheduler
from storage.blob_storage import AzureBlobStorage
from storage.errors import ConflictError, StillConflictingError
from storage.memory_storage import MemoryStorage
from storage.outbox import Outbox, OutboxEntry
from storage.repository import (
    DirectoryEntry,
    PlanRepository,
    RoleDirectory,
    next_number,
    register_tenant,
)
from storage.seen_requests import SeenRequests
from storage.tinydb_storage import TinyDBStorage
from storage.unit_of_work import NEW_DOCUMENT, Outcome, change
from tests.azurite import new_container_name

TODAY = date(2026, 11, 27)
T0 = datetime(2026, 11, 27, 10, tzinfo=UTC)


class CountingStore:
    """A store that counts reads and writes; with `failure` set, a write raises it instead."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.reads = 0
        self.writes = 0
        self.failure: Exception | None = None

    async def read(self, keys: list[str]) -> dict[str, Any]:
        self.reads += 1
        return await self.inner.read(keys)

    async def write(self, changes: dict[str, Any]) -> None:
        self.writes += 1
        if self.failure is not None:
            raise self.failure
        await self.inner.write(changes)

    async def delete(self, keys: list[str]) -> None:
        await self.inner.delete(keys)


@pytest.fixture
def counting(storage) -> CountingStore:
    return CountingStore(storage)


def notice(tenant_id: str = "t1") -> OutboxEntry:
    return OutboxEntry(tenant_id=tenant_id, kind="claim", item_id="CLM-2026-000001", created_at=T0)


# --- a programming error surfaces at once --------------------------------------------------


async def _seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "roles.json"
    users = {"u1": {"role": "incentives_admin", "name": "Ada"}}
    path.write_text(json.dumps({"tenants": {"t1": {"users": users}}}), encoding="utf-8")
    return path


async def _writer(name: str, store: CountingStore, tmp_path: Path) -> Callable[[], Awaitable]:
    """What `name` writes, prepared over the unwrapped store (counts start at the call)."""
    inner = store.inner
    if name == "counter":
        return lambda: next_number(store, "counters/plans/2026")
    if name == "registry":
        return lambda: register_tenant(store, "t1")
    if name == "plan save":
        plan = await PlanRepository(inner).create_plan(
            tenant_id="t1", owner_id="u1", owner_name=None, today=TODAY
        )
        return lambda: PlanRepository(store).save_plan(plan)
    if name == "directory entry":
        entry = DirectoryEntry(role=Role.INCENTIVES_ADMIN, name="Ada")
        return lambda: RoleDirectory(store).replace_entry("t1", "u1", entry)
    if name == "directory seed":
        path = await _seed_file(tmp_path)
        return lambda: RoleDirectory(store).seed(path)
    if name == "outbox mark":
        return lambda: Outbox(store).mark_tenant("t1")
    if name == "outbox enqueue":
        return lambda: Outbox(store).enqueue(notice())
    if name in ("outbox claim", "outbox update"):
        queued = notice()
        await Outbox(inner).enqueue(queued)
        if name == "outbox claim":
            return lambda: Outbox(store).claim(queued, "me", T0, timedelta(minutes=1))
        return lambda: Outbox(store).update(queued)
    if name == "seen request":
        return lambda: SeenRequests(store, forget_after=300).first_time("a" * 64, 1, 1.0)
    if name == "reminder":
        await Outbox(inner).mark_tenant("t1")  # the scheduler lists the tenant first
        scheduler = ReminderScheduler(store, None, Outbox(store))  # type: ignore[arg-type]
        return lambda: scheduler._queue_once("tenants/t1/reminders", "mark", notice())
    raise AssertionError(name)


WRITERS = [
    "counter",
    "registry",
    "plan save",
    "directory entry",
    "directory seed",
    "outbox mark",
    "outbox enqueue",
    "outbox claim",
    "outbox update",
    "seen request",
    "reminder",
]
# Errors the stores raise that are not a lost race: a bug's KeyError, and the message of
# an empty e_tag (it mentions the e_tag, which used to pass for a conflict).
NOT_CONFLICTS = [
    KeyError("plan"),
    Exception("TinyDBStorage.write(): e_tag of 'x' is empty; use None or '*' to overwrite"),
]


@pytest.mark.parametrize("failure", NOT_CONFLICTS, ids=["KeyError", "etag-message"])
@pytest.mark.parametrize("name", WRITERS)
async def test_an_error_that_is_not_a_conflict_surfaces_at_once(
    name: str, failure: Exception, counting: CountingStore, tmp_path: Path
):
    write = await _writer(name, counting, tmp_path)
    counting.failure = failure
    with pytest.raises(type(failure)) as raised:
        await write()
    assert raised.value is failure
    assert counting.writes == 1  # tried once, not 10 or 20 times


async def test_an_error_in_the_decision_surfaces_without_a_write(counting: CountingStore):
    for error in (KeyError("next"), TypeError("unsupported operand")):

        def decide(found: dict[str, Any], error: Exception = error) -> Outcome[int]:
            raise error

        counting.reads = counting.writes = 0
        with pytest.raises(type(error)):
            await change(counting, ["counters/x"], decide, what="a counter")
        assert (counting.reads, counting.writes) == (1, 0)


async def test_a_decision_that_writes_nothing_returns_its_result(counting: CountingStore):
    result = await change(counting, ["k"], lambda found: Outcome(result="kept"), what="k")
    assert result == "kept"
    assert (counting.reads, counting.writes) == (1, 0)


async def test_e_tags_come_from_the_read_and_a_missing_key_must_stay_missing(storage):
    written: list[dict[str, Any]] = []
    counting = CountingStore(storage)
    original = counting.write

    async def remember(changes: dict[str, Any]) -> None:
        written.append({key: value.get("e_tag") for key, value in changes.items()})
        await original(changes)

    counting.write = remember  # type: ignore[method-assign]

    def bump(found: dict[str, Any]) -> Outcome[int]:
        number = (found.get("counters/c") or {}).get("next", 1)
        return Outcome({"counters/c": {"next": number + 1}}, number)

    assert await change(counting, ["counters/c"], bump, what="c") == 1
    stored_e_tag = (await storage.read(["counters/c"]))["counters/c"]["e_tag"]
    assert await change(counting, ["counters/c"], bump, what="c") == 2
    assert written == [{"counters/c": NEW_DOCUMENT}, {"counters/c": stored_e_tag}]


async def test_a_conflict_retries_as_often_as_allowed_then_says_so(counting: CountingStore):
    counting.failure = ConflictError("k", "old", "new")
    with pytest.raises(StillConflictingError, match="the thing kept changing"):
        await change(
            counting, ["k"], lambda found: Outcome({"k": {}}, None), what="the thing", attempts=4
        )
    assert (counting.reads, counting.writes) == (4, 4)


async def test_a_conflict_the_caller_does_not_retry_is_raised(counting: CountingStore):
    counting.failure = ConflictError("k", "old", "new")
    with pytest.raises(ConflictError):
        await change(
            counting,
            ["k"],
            lambda found: Outcome({"k": {}}, None),
            what="k",
            retry_if=lambda conflict: conflict.key != "k",
        )
    assert counting.writes == 1


# --- every store raises the typed conflict, and a real one converges ------------------------


@pytest.fixture(params=["tinydb", "memory", "azure-blob"])
async def two_handles(request, tmp_path):
    """Two handles on one store's data (for the blob store: two processes)."""
    if request.param == "tinydb":
        store = TinyDBStorage(tmp_path / "data")
        yield store, store
        store.close()
    elif request.param == "memory":
        shared: dict[str, Any] = {}
        yield MemoryStorage(shared), MemoryStorage(shared)
    else:
        azurite = request.getfixturevalue("azurite")
        container = new_container_name("uow")
        here = AzureBlobStorage(azurite.connection_string, container)
        there = AzureBlobStorage(azurite.connection_string, container)
        await here.open()
        yield here, there
        await here.close()
        await there.close()


@pytest.mark.parametrize("key", ["tenants/t1/plan", "counters/plans/2026"])
async def test_each_store_raises_the_typed_conflict(two_handles, key: str):
    here, there = two_handles
    await here.write({key: {"count": 1, "e_tag": NEW_DOCUMENT}})
    with pytest.raises(ConflictError) as raised:
        await there.write({key: {"count": 9, "e_tag": NEW_DOCUMENT}})  # it exists now
    assert raised.value.key == key

    stale = (await here.read([key]))[key]
    await there.write({key: {**(await there.read([key]))[key], "count": 2}})
    with pytest.raises(ConflictError) as raised:
        await here.write({key: {**stale, "count": 3}})
    assert raised.value.key == key
    assert (await here.read([key]))[key]["count"] == 2


async def test_each_store_reports_a_real_conflict_that_is_retried_and_converges(two_handles):
    here, there = two_handles
    counting = CountingStore(here)
    original = counting.write
    raced = []

    async def lose_the_first_race(changes: dict[str, Any]) -> None:
        if not raced:
            raced.append(True)
            assert await next_number(there, "counters/c") == 1  # the other process wins
        await original(changes)

    counting.write = lose_the_first_race  # type: ignore[method-assign]
    assert await next_number(counting, "counters/c") == 2
    assert (counting.reads, counting.writes) == (2, 2)
    assert await next_number(there, "counters/c") == 3
