"""The TinyDB store's write-ahead journal: one record a write, replayed whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.tinydb_storage import StorageCorruptedError, TinyDBStorage

pytestmark = pytest.mark.asyncio

TENANT_KEY = "tenants/t1/plans/PLN-2026-000001"
STATE_KEY = "conversations/c1"


def _crash(storage: TinyDBStorage) -> None:
    """As kill -9 leaves it: the journal written, no checkpoint, nothing closed."""
    storage._closed = True


def _only_segment(data_dir: Path) -> Path:
    (segment,) = sorted((data_dir / "journal").glob("*.log"))
    return segment


async def test_a_write_across_partitions_is_replayed_whole_after_a_crash(tmp_path: Path):
    storage = TinyDBStorage(tmp_path)
    await storage.write({TENANT_KEY: {"version": 1}, STATE_KEY: {"step": "amount"}})
    _crash(storage)
    assert not (tmp_path / "tenants" / "t1.json").exists()  # only the journal has it

    reopened = TinyDBStorage(tmp_path)
    found = await reopened.read([TENANT_KEY, STATE_KEY])
    assert found[TENANT_KEY]["version"] == 1 and found[STATE_KEY]["step"] == "amount"
    assert list((tmp_path / "journal").glob("*.log")) == []  # in the files now
    reopened.close()


async def test_a_torn_last_record_is_left_out_whole(tmp_path: Path):
    storage = TinyDBStorage(tmp_path)
    await storage.write({TENANT_KEY: {"version": 1}, STATE_KEY: {"step": "program"}})
    await storage.write({TENANT_KEY: {"version": 2}, STATE_KEY: {"step": "amount"}})
    _crash(storage)
    segment = _only_segment(tmp_path)
    data = segment.read_bytes()
    segment.write_bytes(data[: len(data) - 20])  # the crash cut the second append short

    reopened = TinyDBStorage(tmp_path)
    found = await reopened.read([TENANT_KEY, STATE_KEY])
    # Neither half of the torn write: both keys as the first write left them.
    assert (found[TENANT_KEY]["version"], found[STATE_KEY]["step"]) == (1, "program")
    reopened.close()


async def test_a_damaged_record_before_good_ones_stops_the_start_and_names_the_journal(
    tmp_path: Path,
):
    storage = TinyDBStorage(tmp_path)
    for version in range(3):
        await storage.write({TENANT_KEY: {"version": version}})
    _crash(storage)
    segment = _only_segment(tmp_path)
    lines = segment.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"version":1', b'"version":7')  # the checksum no longer fits
    segment.write_bytes(b"\n".join(lines))

    with pytest.raises(StorageCorruptedError, match="journal damaged at line 2") as raised:
        TinyDBStorage(tmp_path)
    assert raised.value.path == segment
    assert segment.exists()  # kept for the operator, never "repaired"


async def test_readers_see_a_change_only_once_it_is_durable(tmp_path: Path, monkeypatch):
    """Applied in memory before the append completes, but nobody reads it before then."""
    import asyncio
    import threading

    from storage import journal

    storage = TinyDBStorage(tmp_path)
    await storage.write({TENANT_KEY: {"version": 1}})
    release = threading.Event()
    real_write = journal.Journal._write

    def slow_write(self, segment, data):
        release.wait(5)
        real_write(self, segment, data)

    monkeypatch.setattr(journal.Journal, "_write", slow_write)
    writing = asyncio.create_task(storage.write({TENANT_KEY: {"version": 2}}))
    await asyncio.sleep(0.05)
    reading = asyncio.create_task(storage.read([TENANT_KEY]))
    await asyncio.sleep(0.05)
    assert not reading.done()  # waits for the append
    release.set()
    await writing
    assert (await reading)[TENANT_KEY]["version"] == 2
    storage.close()
