"""TinyDBStorage opens files off the event loop: a slow disk holds only the turn that waits
for it, never every partner's turn (issue 14, "no stalls").

A file that takes its time is a FIFO whose writer waits for the event loop to show it is
free: if the store read the file on the loop, the loop could not run, and the writer feeds
the FIFO only after `PATIENCE` seconds, saying so.
"""

import asyncio
import json
import os
import threading
from pathlib import Path

import pytest

from storage import tinydb_storage
from storage.tinydb_storage import TinyDBStorage, partition_of

PATIENCE = 10.0


class _SlowFile:
    """`path` made a FIFO that gives `content` once the loop has ticked (or after PATIENCE)."""

    def __init__(self, path: Path, content: bytes) -> None:
        path.unlink(missing_ok=True)
        os.mkfifo(path)
        self.path, self.content = path, content
        self.ticked = threading.Event()
        self.fed_after_tick: bool | None = None
        self.thread = threading.Thread(target=self._feed, daemon=True)
        self.thread.start()

    def _feed(self) -> None:
        self.fed_after_tick = self.ticked.wait(PATIENCE)
        with open(self.path, "wb") as fifo:
            fifo.write(self.content)

    async def tick(self) -> None:
        """A turn of another partner: it runs only if the loop is free."""
        await asyncio.sleep(0.01)
        self.ticked.set()


async def _stored(data_dir: Path, documents: dict) -> None:
    store = TinyDBStorage(data_dir)
    await store.write(documents)
    store.close()


async def test_a_file_opened_by_a_read_leaves_the_event_loop_free(tmp_path: Path):
    key = "conversations/a:1/dialog-state"
    await _stored(tmp_path, {key: {"step": 3}})
    path = tmp_path / partition_of(key)
    slow = _SlowFile(path, path.read_bytes())
    store = TinyDBStorage(tmp_path)
    try:
        ticking = asyncio.create_task(slow.tick())
        found = await store.read([key])
        await ticking
    finally:
        store.close()
    assert found[key]["step"] == 3
    assert slow.fed_after_tick, "the loop was held while the file was read"


async def test_a_write_opening_its_file_leaves_the_event_loop_free(tmp_path: Path):
    key = "conversations/a:1/dialog-state"
    await _stored(tmp_path, {key: {"step": 3}, "conversations/a:2/x": {"n": 1}})
    path = tmp_path / partition_of(key)
    slow = _SlowFile(path, path.read_bytes())
    store = TinyDBStorage(tmp_path)
    try:
        ticking = asyncio.create_task(slow.tick())
        await store.write({key: {"step": 4}})
        await ticking
        found = await store.read([key])
    finally:
        store.close()
    assert found[key]["step"] == 4
    assert slow.fed_after_tick, "the loop was held while the file was read"


async def test_a_tenant_of_the_older_one_file_layout_is_moved_off_the_event_loop(tmp_path: Path):
    old = tmp_path / "tenants" / "t1.json"
    old.parent.mkdir(parents=True)
    documents = {
        "tenants/t1/profile": {"e_tag": "1", "value": {"name": "Contoso"}, "format": "json"},
        "tenants/t1/claims/CLM-2026-000001": {"e_tag": "1", "value": {"n": 1}, "format": "json"},
    }
    slow = _SlowFile(old, json.dumps({"_default": documents}).encode())
    store = TinyDBStorage(tmp_path)
    try:
        ticking = asyncio.create_task(slow.tick())
        found = await store.read(list(documents))
        await ticking
    finally:
        store.close()
    assert found["tenants/t1/profile"]["name"] == "Contoso"
    assert found["tenants/t1/claims/CLM-2026-000001"]["n"] == 1
    assert not old.exists()
    assert slow.fed_after_tick, "the loop was held while the tenant was moved"


async def test_a_read_outlasting_a_write_and_an_eviction_returns_the_write(
    tmp_path: Path, monkeypatch
):
    """A read reads the file off its lock; meanwhile another turn loads the partition,
    writes, the file is rewritten and the partition let go. What the read read is then
    stale: it must neither be returned nor become what the store holds."""
    key, other = "conversations/a:1/state", "conversations/b:2/state"
    assert partition_of(key) != partition_of(other)
    await _stored(tmp_path, {key: {"n": "old"}, other: {"n": 0}})
    store = TinyDBStorage(tmp_path, cache_partitions=1, checkpoint_seconds=3600)
    held, release = threading.Event(), threading.Event()
    real = tinydb_storage._files_bytes
    first = str(tmp_path / partition_of(key))

    def slow_once(wheres: list[str]):
        contents = real(wheres)
        if first in wheres and not held.is_set():
            held.set()
            release.wait(PATIENCE)  # the file as it was, handed over late
        return contents

    monkeypatch.setattr(tinydb_storage, "_files_bytes", slow_once)
    monkeypatch.setattr(tinydb_storage, "_NOWAIT", None)  # as if not in the page cache
    try:
        reading = asyncio.create_task(store.read([key]))
        assert await asyncio.to_thread(held.wait, PATIENCE)
        await store.write({key: {"n": "new"}})
        assert store.checkpoint()  # the file holds the write now
        await store.read([other])  # one partition cached: the first one is let go
        assert not store._partitions[partition_of(key)].loaded
        release.set()
        found = await reading
        assert found[key]["n"] == "new"
        await store.write({other: {"n": 1}})
        assert (await store.read([key]))[key]["n"] == "new"
    finally:
        release.set()
        store.close()
    again = TinyDBStorage(tmp_path)
    assert (await again.read([key]))[key]["n"] == "new"
    again.close()


async def test_a_partition_let_go_while_a_read_opens_other_files_is_read_again_off_the_loop(
    tmp_path: Path, monkeypatch
):
    """Seen in the full bench's stall figure (`BENCH_STALLS`): 8 of 10 stalls over 25 ms
    during the reminder scan were `Path.read_bytes` on the loop, under `read`. A read skips
    the partitions in memory when it opens the others' files off the loop; the cache, busy
    with the scan, let one of them go meanwhile, and the read then opened it on the loop."""
    kept, opened = "conversations/a:1/state", "conversations/b:2/state"
    assert partition_of(kept) != partition_of(opened)
    await _stored(tmp_path, {kept: {"n": 1}, opened: {"n": 2}})
    store = TinyDBStorage(tmp_path, checkpoint_seconds=3600)
    reading_files, go_on = threading.Event(), threading.Event()
    real = tinydb_storage._files_bytes

    def held_once(wheres: list[str]):
        if not reading_files.is_set():
            reading_files.set()
            go_on.wait(PATIENCE)
        return real(wheres)

    monkeypatch.setattr(tinydb_storage, "_files_bytes", held_once)
    monkeypatch.setattr(tinydb_storage, "_NOWAIT", None)  # as if not in the page cache
    try:
        reading_files.set()  # this first read is not held: the partition is in memory
        await store.read([kept])
        reading_files.clear()
        reading = asyncio.create_task(store.read([kept, opened]))
        assert await asyncio.to_thread(reading_files.wait, PATIENCE)
        # Meanwhile the cache lets the partition in memory go (other partners' files)...
        store.cache_partitions = 0
        store._used([], release=False)
        assert not store._partitions[partition_of(kept)].loaded
        store.cache_partitions = tinydb_storage.DEFAULT_CACHE_PARTITIONS
        # ...and its file is now slow to open: read on the loop, it would hold every turn.
        path = tmp_path / partition_of(kept)
        slow = _SlowFile(path, path.read_bytes())
        ticking = asyncio.create_task(slow.tick())
        go_on.set()
        found = await reading
        await ticking
    finally:
        go_on.set()
        store.close()
    assert (found[kept]["n"], found[opened]["n"]) == (1, 2)
    assert slow.fed_after_tick, "the loop was held while the file let go was read again"


@pytest.mark.parametrize("key", ["tenants/t9/profile", "tenants/t9/claims/CLM-2026-000001"])
async def test_a_tenant_folder_made_by_this_version_has_nothing_to_move_later(
    tmp_path: Path, key: str
):
    await _stored(tmp_path, {key: {"n": 1}})
    folder = tmp_path / "tenants" / "t9"
    assert (folder / ".history-moved").exists()
    written = {path: path.stat().st_mtime_ns for path in folder.rglob("*.json")}
    again = TinyDBStorage(tmp_path)
    assert (await again.read([key]))[key]["n"] == 1
    again.close()
    assert {path: path.stat().st_mtime_ns for path in folder.rglob("*.json")} == written


async def test_many_small_files_opened_together_give_the_loop_back_between_them(
    tmp_path: Path, monkeypatch
):
    """The reminder scan's first read opens the 256 files of the tenant registry, a few KB
    each: sliced one after the other without a break they held the loop 60-74 ms (`make
    bench`, BENCH_STALLS). No more than a step's worth is sliced between two ticks."""
    keys = [f"conversations/c{n}/state" for n in range(2000)]
    await _stored(tmp_path, {key: {"padding": "p" * 300} for key in keys})
    store = TinyDBStorage(tmp_path)
    ticks = 0
    sliced: dict[int, int] = {}  # tick → characters sliced while it lasted
    real = tinydb_storage._document_texts

    def counted(raw: bytes):
        sliced[ticks] = sliced.get(ticks, 0) + len(raw)
        return real(raw)

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    monkeypatch.setattr(tinydb_storage, "_document_texts", counted)
    ticking = asyncio.create_task(ticker())
    try:
        found = await store.read(keys)
    finally:
        ticking.cancel()
        store.close()
    assert len(found) == 2000
    files = {partition_of(key) for key in keys}
    assert sum(sliced.values()) > 4 * tinydb_storage._STEP_CHARACTERS and len(files) == 256
    largest = max((tmp_path / relative).stat().st_size for relative in files)
    assert max(sliced.values()) <= tinydb_storage._STEP_CHARACTERS + largest


async def test_a_file_the_page_cache_holds_is_read_without_a_thread(tmp_path: Path, monkeypatch):
    """A hand-off to a reader thread waits for the GIL while the loop is busy: with every
    file read there the reminder scan over 200,000 claims took three times as long. What
    the page cache holds is read at once (a read that may not wait for the disk)."""
    if tinydb_storage._NOWAIT is None:
        pytest.skip("no RWF_NOWAIT reads on this system: every file is read on a thread")
    keys = [f"tenants/t1/claims/CLM-2026-{n:06d}" for n in range(50)]
    await _stored(tmp_path, {key: {"n": key} for key in keys})
    for path in tmp_path.rglob("*.json"):
        path.read_bytes()  # in the page cache
    handed_off: list[list[str]] = []
    real = tinydb_storage._files_bytes

    def counted(wheres: list[str]):
        handed_off.append(wheres)
        return real(wheres)

    monkeypatch.setattr(tinydb_storage, "_files_bytes", counted)
    store = TinyDBStorage(tmp_path)
    try:
        found = await store.read(keys)
    finally:
        store.close()
    assert len(found) == 50
    assert handed_off == []


@pytest.mark.parametrize(
    "key",
    [
        "tenants/t1/plans/PLN-2026-000001",
        "tenants/t1/claims/CLM-2026-000001",
        "tenants/t1/claim-index/3",
        "tenants/t1/cards/abc",
        "tenants/t1/events/evt-1",
        "tenants/t1/follow-ups/x",
        "tenants/t1/conversation",
        "tenants/Tenant With Spaces/claims/CLM-2026-000002",
    ],
)
def test_the_files_looked_up_before_a_scan_are_every_file_a_tenant_may_have(key: str) -> None:
    """`prepare_tenants` looks a tenant's files up off the loop by their names
    (`_TENANT_FILE_NAMES`): each key's file is one of them."""
    relative = partition_of(key)
    folder, name = relative.split("/", 2)[1], relative.split("/", 2)[2]
    assert relative.startswith(f"tenants/{folder}/")
    assert name in tinydb_storage._TENANT_FILE_NAMES
