"""TinyDBStorage: what only the file store has: files, partitions, corruption, crash safety.

The storage contract (botbuilder's base tests, e_tags, restarts) runs against every backend
in test_storage_contract.py.
"""

import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest.mock import ANY

import pytest

from storage import tinydb_storage
from storage.tinydb_storage import (
    ETagConflictError,
    StorageCorruptedError,
    TinyDBStorage,
    partition_of,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
PARTITION_FILE = re.compile(
    r"(state/[0-9a-f]{2}|index/[0-9a-f]{3}"
    r"|tenants/([a-z0-9-]{1,64}|sha256-[0-9a-f]{40})/((claims|claim-index|cards|events|follow-ups)/)?[0-9a-f])"
    r"\.json|state/\.indexes-moved|tenants/[^/]+/\.history-moved"
    r"|journal/[0-9]{20}\.log"
)


def _run(coroutine):
    """Run a coroutine from a synchronous test.

    Not ``asyncio.run``: it resets the current event loop, which makes pytest-asyncio leak
    the loop of an earlier test (a ResourceWarning).
    """
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path):
    store = TinyDBStorage(data_dir)
    yield store
    store.close()


async def test_closed_storage_refuses_work(data_dir: Path):
    store = TinyDBStorage(data_dir)
    store.close()
    with pytest.raises(RuntimeError, match="closed"):
        await store.read(["key"])


# --- e_tags ---------------------------------------------------------------------------


async def test_multi_key_write_with_one_stale_e_tag_writes_nothing(storage: TinyDBStorage):
    keys = ["tenants/t1/a", "tenants/t1/b", "tenants/t2/c", "conversation/d"]
    await storage.write({key: {"version": 1} for key in keys})
    current = await storage.read(keys)
    files = {partition_of(key) for key in keys}
    assert storage.checkpoint()
    before = {name: (storage.data_dir / name).read_bytes() for name in files}

    await storage.write({"tenants/t2/c": dict(current["tenants/t2/c"], version=2)})
    changes = {key: dict(value, version=3) for key, value in current.items()}
    with pytest.raises(ETagConflictError, match="tenants/t2/c"):
        await storage.write(changes)

    after = await TinyDBStorage(storage.data_dir).read(keys)
    assert {key: value["version"] for key, value in after.items()} == {
        "tenants/t1/a": 1,
        "tenants/t1/b": 1,
        "tenants/t2/c": 2,
        "conversation/d": 1,
    }
    assert storage.checkpoint()
    for name in files - {partition_of("tenants/t2/c")}:
        assert (storage.data_dir / name).read_bytes() == before[name]


async def test_a_write_is_one_journal_record_and_one_file_write_per_partition_later(
    storage, monkeypatch
):
    replaced = []
    real_replace = os.replace

    def counting_replace(source, target):
        replaced.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(tinydb_storage.os, "replace", counting_replace)
    changes = {f"tenants/t1/key-{number}": {"n": number} for number in range(40)}
    await storage.write({**changes, "conversations/c1": {"n": 1}})
    # Durable once its one journal record is: no partition file was written for it.
    assert replaced == []
    (segment,) = (storage.data_dir / "journal").iterdir()
    assert segment.read_bytes().count(b"\n") == 1
    # The checkpoint then rewrites each partition it touched once.
    assert storage.checkpoint()
    touched = {partition_of(key) for key in [*changes, "conversations/c1"]}
    assert sorted(replaced) == sorted(Path(relative).name for relative in touched)
    assert list((storage.data_dir / "journal").iterdir()) == []  # nothing left to replay


# --- partitioning ---------------------------------------------------------------------


def test_partition_of():
    assert re.fullmatch(
        r"tenants/72f988bf-86f1-41af/[0-9a-f]\.json",
        partition_of("tenants/72f988bf-86f1-41af/plans/PLN-2025-000001"),
    )
    # A tenant's keys spread over its 16 files, so no file grows with its whole history...
    spread = {partition_of(f"tenants/t1/plans/PLN-2026-{n:06d}") for n in range(1000)}
    assert len(spread) == 16 and {Path(p).parent.as_posix() for p in spread} == {"tenants/t1"}
    # ...and each kind of its history (claims, their cards, status events, follow-ups) over
    # 16 of its own: a turn on its plan, profile or a card never opens a file of old claims.
    for kind in ("claims", "claim-index", "cards", "events", "follow-ups"):
        spread = {partition_of(f"tenants/t1/{kind}/CLM-2026-{n:06d}") for n in range(1000)}
        assert len(spread) == 16, kind
        assert {Path(p).parent.as_posix() for p in spread} == {f"tenants/t1/{kind}"}
    for key in ("tenants/t1/claim-index", "tenants/t1/claims", "tenants/t1/claims/"):
        assert re.fullmatch(r"tenants/t1/[0-9a-f]\.json", partition_of(key)), key
    assert (
        Path(partition_of("tenants/ABC-1/x")).parent == Path(partition_of("tenants/abc-1/y")).parent
    )
    assert re.fullmatch(r"state/[0-9a-f]{2}\.json", partition_of("msteams/conversations/a/"))
    assert partition_of("tenants/no-slash").startswith("state/")
    assert partition_of("tenants//x").startswith("state/")
    assert re.fullmatch(
        r"tenants/sha256-[0-9a-f]{40}/[0-9a-f]\.json", partition_of("tenants/a.b/x")
    )
    for key in ("ids/CLM-2026-000001", "registry/tenants", "outbox/tenants", "counters/x/2026"):
        assert re.fullmatch(r"index/[0-9a-f]{3}\.json", partition_of(key)), key
    assert partition_of("msteams/users/ids/x").startswith("state/")  # a prefix, not a part


def _old_layout(data_dir: Path, documents: dict[str, dict]) -> None:
    """A data folder as the store wrote it before index/: every non-tenant key in state/."""
    files: dict[str, dict] = {}
    for key, value in documents.items():
        name = f"state/{tinydb_storage._sha256_hex(key)[:2]}.json"
        files.setdefault(name, {"_default": {}})["_default"][key] = {
            "e_tag": "1", "value": value, "format": "json"
        }  # fmt: skip
    for name, content in files.items():
        (data_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (data_dir / name).write_text(json.dumps(content), encoding="utf-8")


def _without_e_tag(value: dict) -> dict:
    return {key: item for key, item in value.items() if key != "e_tag"}


OLD_DOCUMENTS = {
    **{f"ids/PLN-2026-{n:06d}": {"tenant_id": f"t{n % 7}"} for n in range(300)},
    "registry/tenants": {"tenants": [f"t{n}" for n in range(7)]},
    "outbox/tenants": {"tenants": ["t1"]},
    "counters/plans/2026": {"next": 301},
    "msteams/conversations/a:1": {"DialogState": {"stack": []}},
    "msteams/users/29:1": {"seen": True},
}


def test_a_folder_of_the_older_layout_is_moved_to_index_once_and_loses_nothing(tmp_path):
    data_dir = tmp_path / "data"
    _old_layout(data_dir, OLD_DOCUMENTS)

    store = TinyDBStorage(data_dir)
    found = _run(store.read(list(OLD_DOCUMENTS)))
    assert {key: _without_e_tag(found[key]) for key in OLD_DOCUMENTS} == OLD_DOCUMENTS
    state_keys = set()
    for path in (data_dir / "state").glob("*.json"):
        state_keys |= set(json.loads(path.read_text())["_default"])
    assert state_keys == {"msteams/conversations/a:1", "msteams/users/29:1"}
    assert len(list((data_dir / "index").glob("*.json"))) > 250  # spread, not one file
    store.close()

    before = {p: p.read_bytes() for p in data_dir.rglob("*.json")}
    again = TinyDBStorage(data_dir)  # done once: a second start changes nothing
    assert {p: p.read_bytes() for p in data_dir.rglob("*.json")} == before
    registry = _run(again.read(["registry/tenants"]))["registry/tenants"]
    assert _without_e_tag(registry) == OLD_DOCUMENTS["registry/tenants"]


@pytest.mark.parametrize("stop_after", ["staged", "renamed"])
def test_a_move_cut_short_is_finished_at_the_next_start(tmp_path, monkeypatch, stop_after):
    data_dir = tmp_path / "data"
    _old_layout(data_dir, OLD_DOCUMENTS)

    class Crash(BaseException):
        pass

    real_replace, real_touch = os.replace, Path.touch

    def crash_on_rename(source, target):
        if stop_after == "staged" and Path(target).name == "index":
            raise Crash
        return real_replace(source, target)

    def crash_on_marker(path, *args, **kwargs):
        if stop_after == "renamed" and path.name == ".indexes-moved":
            raise Crash
        return real_touch(path, *args, **kwargs)

    monkeypatch.setattr(tinydb_storage.os, "replace", crash_on_rename)
    monkeypatch.setattr(Path, "touch", crash_on_marker)
    with pytest.raises(Crash):
        TinyDBStorage(data_dir)
    monkeypatch.undo()

    store = TinyDBStorage(data_dir)
    found = _run(store.read(list(OLD_DOCUMENTS)))
    assert {key: _without_e_tag(found[key]) for key in OLD_DOCUMENTS} == OLD_DOCUMENTS
    assert not (data_dir / ".index.moving").exists()
    assert (data_dir / "state" / ".indexes-moved").exists()
    assert re.fullmatch(
        r"tenants/sha256-[0-9a-f]{40}/[0-9a-f]\.json", partition_of(f"tenants/{'a' * 65}/")
    )
    with pytest.raises(TypeError):
        partition_of(42)


def test_state_keys_spread_over_256_buckets():
    buckets = {partition_of(f"msteams/conversations/{number}/") for number in range(5000)}
    assert len(buckets) == 256


async def test_two_tenants_land_in_two_files(storage: TinyDBStorage):
    await storage.write({"tenants/tenant-a/plan": {"n": 1}, "tenants/tenant-b/plan": {"n": 1}})
    assert storage.checkpoint()
    assert sorted(path.name for path in (storage.data_dir / "tenants").iterdir()) == [
        "tenant-a",
        "tenant-b",
    ]  # a folder each, never one file for both


async def test_writing_one_tenant_does_not_rewrite_another(storage: TinyDBStorage):
    await storage.write({"tenants/tenant-a/plan": {"n": 1}, "tenants/tenant-b/plan": {"n": 1}})
    assert storage.checkpoint()
    file_a = storage.data_dir / partition_of("tenants/tenant-a/plan")
    file_b = storage.data_dir / partition_of("tenants/tenant-b/plan")
    before_a, before_b = file_a.stat(), file_b.stat()

    await asyncio.sleep(0.01)  # coarse file-system clocks
    for number in range(2, 5):
        await storage.write({"tenants/tenant-a/plan": {"n": number}})
    assert storage.checkpoint()

    after_a, after_b = file_a.stat(), file_b.stat()
    assert (after_b.st_ino, after_b.st_mtime_ns, after_b.st_size) == (
        before_b.st_ino,
        before_b.st_mtime_ns,
        before_b.st_size,
    )
    assert after_a.st_ino != before_a.st_ino  # replaced, not rewritten in place


def test_no_user_controlled_path_reaches_the_disk(tmp_path: Path, data_dir: Path):
    store = TinyDBStorage(data_dir)
    keys = [
        "tenants/../../etc/passwd/x",
        "tenants/..%2F..%2Fetc/x",
        "tenants/./x",
        "tenants/~root/x",
        "tenants/C:\\Windows/x",
        "tenants/a\x00b/x",
        "../../outside",
        "/etc/passwd",
    ]
    _run(store.write({key: {"key": key} for key in keys}))
    store.close()

    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]
    files = [
        path.relative_to(data_dir).as_posix() for path in data_dir.rglob("*") if path.is_file()
    ]
    assert files and all(PARTITION_FILE.fullmatch(name) for name in files), files
    assert sorted(path.name for path in data_dir.iterdir()) == [
        "index",
        "journal",
        "state",
        "tenants",
    ]
    found = _run(TinyDBStorage(data_dir).read(keys))
    assert {key: value["key"] for key, value in found.items()} == {key: key for key in keys}


async def test_check_opens_the_bot_wide_files_not_every_tenant(storage: TinyDBStorage):
    assert storage.check() == {
        "backend": "tinydb",
        "checked": 0,
        "damaged": [],
        "journal_bytes": 0,
        "data_dir": str(storage.data_dir),
    }
    await storage.write({"tenants/t1/a": {}, "tenants/t2/a": {}, "users/u1": {}})
    assert storage.check()["journal_bytes"] > 0
    storage.checkpoint()
    assert storage.check()["checked"] == 1  # users/u1's state file; tenants when first used
    assert storage.check()["journal_bytes"] == 0


# --- corruption and failed writes -----------------------------------------------------


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(b"\xff\xfe\x00garbage"),
        lambda path: path.write_text("[1, 2, 3]"),
    ],
    ids=["truncated", "empty", "garbage", "not-a-database"],
)
async def test_corrupted_partition_is_reported_not_emptied(data_dir: Path, damage):
    first = TinyDBStorage(data_dir)
    await first.write({"tenants/t1/plan": {"n": 1, "padding": "x" * 200}, "users/u1": {"n": 2}})
    first.close()
    damaged = data_dir / partition_of("tenants/t1/plan")
    damage(damaged)

    # A tenant's file is checked when the tenant is first served, not at start-up.
    reopened = TinyDBStorage(data_dir)
    assert reopened.check()["damaged"] == []
    with pytest.raises(StorageCorruptedError) as raised:
        await reopened.read(["tenants/t1/plan"])
    assert str(damaged) in str(raised.value)
    assert "move this file aside" in str(raised.value)
    assert raised.value.path == damaged

    with pytest.raises(StorageCorruptedError, match=re.escape(str(damaged))):
        await reopened.read(["tenants/t1/plan"])
    same_file = next(
        key
        for key in (f"tenants/t1/other-{n}" for n in range(1000))
        if partition_of(key) == partition_of("tenants/t1/plan")
    )
    with pytest.raises(StorageCorruptedError):
        await reopened.write({same_file: {"n": 3}})
    # The other partitions are unaffected.
    assert (await reopened.read(["users/u1"]))["users/u1"]["n"] == 2

    assert reopened.check()["damaged"] == [partition_of("tenants/t1/plan")]  # in /healthz
    assert damaged.exists()  # never overwritten

    # Moving the file aside is enough to recover, no restart needed.
    damaged.rename(damaged.with_name(damaged.name + ".corrupt"))
    assert await reopened.read(["tenants/t1/plan"]) == {}
    assert reopened.check()["damaged"] == []


async def test_a_write_touching_a_corrupted_partition_writes_nothing(data_dir: Path):
    first = TinyDBStorage(data_dir)
    await first.write({"tenants/t1/plan": {"n": 1}, "tenants/t2/plan": {"n": 1}})
    first.close()
    (data_dir / partition_of("tenants/t2/plan")).write_bytes(b"{")

    reopened = TinyDBStorage(data_dir)
    with pytest.raises(StorageCorruptedError):
        await reopened.write({"tenants/t1/plan": {"n": 2}, "tenants/t2/plan": {"n": 2}})
    assert (await reopened.read(["tenants/t1/plan"]))["tenants/t1/plan"]["n"] == 1


async def test_leftover_temp_files_are_cleaned_at_open(data_dir: Path):
    first = TinyDBStorage(data_dir)
    await first.write({"tenants/t1/plan": {"n": 1}})
    first.close()
    leftover = (data_dir / partition_of("tenants/t1/plan")).with_name(".0.json.tmp")
    leftover.write_bytes(b'{"_default": {"half')

    reopened = TinyDBStorage(data_dir)
    # A tenant's folder is tidied when the tenant is first served.
    assert (await reopened.read(["tenants/t1/plan"]))["tenants/t1/plan"]["n"] == 1
    assert not leftover.exists()


async def test_a_failed_journal_append_changes_nothing(storage: TinyDBStorage, monkeypatch):
    await storage.write({"tenants/t1/plan": {"n": 1}})
    assert storage.checkpoint()
    target = storage.data_dir / partition_of("tenants/t1/plan")
    on_disk = target.read_bytes()

    def no_space(fd):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(tinydb_storage.journal, "_datasync", no_space)
        with pytest.raises(OSError, match="No space"):
            await storage.write({"tenants/t1/plan": {"n": 2}, "tenants/t1/new": {"n": 3}})
        with pytest.raises(OSError):
            await storage.delete(["tenants/t1/plan"])

    # What failed was taken back in memory; the journal holds none of it.
    expected = {"tenants/t1/plan": json.loads(on_disk)["_default"]["tenants/t1/plan"]["value"]}
    assert await storage.read(["tenants/t1/plan", "tenants/t1/new"]) == expected
    assert storage.checkpoint()
    assert target.read_bytes() == on_disk

    await storage.write({"tenants/t1/plan": {"n": 4}})
    storage.close()
    reopened = TinyDBStorage(storage.data_dir)
    assert await reopened.read(["tenants/t1/plan", "tenants/t1/new"]) == {
        "tenants/t1/plan": {"n": 4, "e_tag": ANY}
    }
    reopened.close()


async def test_a_failed_checkpoint_loses_nothing(data_dir: Path, monkeypatch):
    storage = TinyDBStorage(data_dir)
    await storage.write({"tenants/t1/plan": {"n": 1}})

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(tinydb_storage.os, "replace", failing_replace)
        assert storage.checkpoint() is False  # the journal keeps the change
        await storage.write({"tenants/t1/plan": {"n": 2}})
    assert (await storage.read(["tenants/t1/plan"]))["tenants/t1/plan"]["n"] == 2
    target = data_dir / partition_of("tenants/t1/plan")
    assert not target.exists()
    # No temp file left (the folder's marker says it was made in the current layout).
    assert [p.name for p in target.parent.iterdir()] == [".history-moved"]

    # Killed now, the journal alone brings the change back at the next start.
    storage._closed = True  # as if the process died: no final checkpoint
    reopened = TinyDBStorage(data_dir)
    assert (await reopened.read(["tenants/t1/plan"]))["tenants/t1/plan"]["n"] == 2
    assert list((data_dir / "journal").iterdir()) == []  # replayed into the files
    reopened.close()


def test_threads_writing_one_partition_lose_nothing(storage: TinyDBStorage):
    def writer(thread_number: int) -> None:
        for number in range(25):
            key = f"tenants/t1/thread-{thread_number}-{number}"
            _run(storage.write({key: {"n": number}}))

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    keys = [f"tenants/t1/thread-{t}-{n}" for t in range(4) for n in range(25)]
    assert len(_run(TinyDBStorage(storage.data_dir).read(keys))) == 100


# --- crash safety ---------------------------------------------------------------------

CRASHING_WRITER = """
import asyncio, sys
from storage.tinydb_storage import TinyDBStorage

async def main():
    storage = TinyDBStorage(sys.argv[1])
    number = int(sys.argv[2])
    while True:
        await storage.write({
            "tenants/crash/counter": {"number": number, "padding": "p" * 2000},
            "tenants/crash/mirror": {"number": number},
            "conversation/counter": {"number": number},
        })
        # One write per acknowledgement: print() writes the number and its newline apart when
        # PYTHONUNBUFFERED is set, and a kill between them left "0" with no line ended.
        sys.stdout.write(f"{number}\\n")
        sys.stdout.flush()
        number += 1

asyncio.run(main())
"""
LANES = 4  # writers run side by side, each on its own folder, to fit 20 kills in a few seconds
ROUNDS = 5
COUNTER_KEYS = ["tenants/crash/counter", "tenants/crash/mirror", "conversation/counter"]


def _start_writer(folder: Path, first_number: int) -> subprocess.Popen:
    # Errors go to a file: an unread stderr pipe could fill up and stall the writer.
    with open(folder / "writer.log", "ab") as errors:
        return subprocess.Popen(
            [sys.executable, "-c", CRASHING_WRITER, str(folder), str(first_number)],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            stdout=subprocess.PIPE,
            stderr=errors,
        )


def test_sigkill_during_writes_never_loses_an_acknowledged_write(tmp_path: Path):
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    folders = [tmp_path / f"lane-{lane}" for lane in range(LANES)]
    for folder in folders:
        # Bulk in the written partitions, so a file write takes long enough to be interrupted.
        bulk = {f"tenants/crash/bulk-{n}": {"padding": "b" * 200} for n in range(200)}
        bulk |= {f"conversation/bulk-{n}": {"padding": "b" * 200} for n in range(200)}
        seeding = TinyDBStorage(folder)
        _run(seeding.write(bulk))
        seeding.close()  # one process owns a folder: the writers' from now on
    next_number = [0] * LANES

    for round_number in range(ROUNDS):
        writers = [_start_writer(folders[lane], next_number[lane]) for lane in range(LANES)]
        try:
            for lane, writer in enumerate(writers):
                log = folders[lane] / "writer.log"
                # Wait for the first acknowledgement without consuming it.
                assert writer.stdout.peek(1), f"writer failed: {log.read_text()}"
            for writer in chance.sample(writers, len(writers)):
                time.sleep(chance.uniform(0, 0.03))
                os.kill(writer.pid, signal.SIGKILL)
            # Read through the same buffered reader: communicate() would skip what it holds.
            outputs = [writer.stdout.read().decode() for writer in writers]
            for writer in writers:
                writer.wait(timeout=10)
        finally:
            for writer in writers:
                if writer.poll() is None:
                    writer.kill()
                    writer.wait()
                writer.stdout.close()

        for lane, writer in enumerate(writers):
            assert writer.returncode == -signal.SIGKILL
            lines = outputs[lane].splitlines(keepends=True)
            whole = [line for line in lines if line.endswith("\n")]
            assert whole, (f"seed {seed}, round {round_number}, lane {lane}", outputs[lane])
            acknowledged = int(whole[-1])
            context = f"seed {seed}, round {round_number}, lane {lane}, acked {acknowledged}"

            reopened = TinyDBStorage(folders[lane])
            reopened.check()
            assert not list(folders[lane].rglob("*.tmp")), context
            found = _run(reopened.read(COUNTER_KEYS))
            numbers = {key: found[key]["number"] for key in COUNTER_KEYS}
            # Acknowledged, or the next one written but killed before it could be printed.
            assert all(acknowledged <= n <= acknowledged + 1 for n in numbers.values()), (
                numbers,
                context,
            )
            # Keys of one partition are written in one atomic file write.
            assert numbers["tenants/crash/counter"] == numbers["tenants/crash/mirror"], context
            bulk_keys = [f"tenants/crash/bulk-{n}" for n in range(200)]
            assert len(_run(reopened.read(bulk_keys))) == 200, context
            reopened.close()
            next_number[lane] = max(numbers.values()) + 1


def test_writers_renaming_into_one_folder_share_folder_fsyncs_that_start_after_them(
    tmp_path, monkeypatch
):
    starts: list[float] = []

    def slow_fsync(folder):
        starts.append(time.monotonic())
        time.sleep(0.02)

    monkeypatch.setattr(tinydb_storage, "_fsync_dir", slow_fsync)
    syncs = tinydb_storage._FolderSyncs()
    covered: list[bool] = []

    def writer():
        arrived = time.monotonic()
        syncs.sync(tmp_path)
        # Some fsync started after this writer's rename and has ended by now.
        covered.append(any(start >= arrived for start in starts))

    threads = [threading.Thread(target=writer) for _ in range(24)]
    for thread in threads:
        thread.start()
        time.sleep(0.002)
    for thread in threads:
        thread.join()
    assert covered == [True] * 24
    assert len(starts) < 24  # shared, not one each


def test_a_failed_folder_fsync_covers_nobody(tmp_path, monkeypatch):
    calls = []

    def failing_once(folder):
        calls.append(folder)
        if len(calls) == 1:
            raise OSError("EIO")

    monkeypatch.setattr(tinydb_storage, "_fsync_dir", failing_once)
    syncs = tinydb_storage._FolderSyncs()
    with pytest.raises(OSError):
        syncs.sync(tmp_path)
    syncs.sync(tmp_path)  # runs its own, it does not count the failed one
    assert len(calls) == 2


# --- a tenant kept in one file (before the 16 files a tenant) -------------------------

ONE_FILE_TENANT = {
    **{f"tenants/t1/claims/CLM-2026-{n:06d}": {"n": n, "padding": "c" * 100} for n in range(200)},
    "tenants/t1/claim-index": {"items": {"CLM-2026-000001": {"status": "Paid"}}},
}


def _one_file_tenant(data_dir: Path) -> Path:
    old = data_dir / "tenants" / "t1.json"
    old.parent.mkdir(parents=True, exist_ok=True)
    documents = {
        key: {"e_tag": "1", "value": value, "format": "json"}
        for key, value in ONE_FILE_TENANT.items()
    }
    old.write_text(json.dumps({"_default": documents}), encoding="utf-8")
    return old


async def _dies_after_writing(files: int, data_dir: Path, monkeypatch) -> list[Path]:
    """The store opens tenant t1 and the process dies after writing `files` files (of a
    move): the files written, the store left as a dead process leaves it."""
    real_write_file = tinydb_storage.AtomicJSONStorage.write_file
    written: list[Path] = []

    def dying(self, payload):
        if len(written) == files:
            raise KeyboardInterrupt  # the process dies mid-move
        written.append(self.path)
        real_write_file(self, payload)

    storage = TinyDBStorage(data_dir)
    with monkeypatch.context() as patch:
        patch.setattr(tinydb_storage.AtomicJSONStorage, "write_file", dying)
        with pytest.raises(KeyboardInterrupt):
            await storage.read(["tenants/t1/claim-index"])
    storage._closed = True
    return written


async def test_a_tenant_kept_in_one_file_moves_to_its_folder_when_first_served(data_dir: Path):
    old = _one_file_tenant(data_dir)
    storage = TinyDBStorage(data_dir)
    assert old.exists()  # start-up does not touch it
    found = await storage.read(list(ONE_FILE_TENANT))
    assert {key: _without_e_tag(value) for key, value in found.items()} == ONE_FILE_TENANT
    assert not old.exists()
    assert len(list((data_dir / "tenants" / "t1").glob("*.json"))) == 1  # the claim index
    assert len(list((data_dir / "tenants" / "t1" / "claims").glob("*.json"))) == 16
    await storage.write({"tenants/t1/claims/CLM-2026-000007": {"n": "changed"}})
    storage.close()

    again = TinyDBStorage(data_dir)
    found = await again.read(list(ONE_FILE_TENANT))
    assert found["tenants/t1/claims/CLM-2026-000007"]["n"] == "changed"
    assert len(found) == len(ONE_FILE_TENANT)
    again.close()


async def test_a_move_of_a_tenant_cut_short_is_done_again_from_its_old_file(
    data_dir: Path, monkeypatch
):
    old = _one_file_tenant(data_dir)
    written = await _dies_after_writing(3, data_dir, monkeypatch)
    assert old.exists() and len(written) == 3

    reopened = TinyDBStorage(data_dir)
    found = await reopened.read(list(ONE_FILE_TENANT))
    assert {key: _without_e_tag(value) for key, value in found.items()} == ONE_FILE_TENANT
    assert not old.exists()
    reopened.close()


# --- a tenant folder with its history among its 16 files (before the history files) -------


def _history_in_16_files(data_dir: Path) -> Path:
    """A tenant folder as the store wrote it before the history files: every key in the
    16 files, by the first hex digit of its sha256."""
    folder = data_dir / "tenants" / "t1"
    folder.mkdir(parents=True)
    files: dict[str, dict] = {}
    for key, value in ONE_FILE_TENANT.items():
        name = f"{tinydb_storage._sha256_hex(key)[0]}.json"
        files.setdefault(name, {})[key] = {"e_tag": "1", "value": value, "format": "json"}
    for name, documents in files.items():
        (folder / name).write_text(json.dumps({"_default": documents}), encoding="utf-8")
    return folder


def _keys_in(files) -> set[str]:
    return {key for path in files for key in json.loads(path.read_text())["_default"]}


async def test_a_tenants_history_moves_out_of_its_16_files_when_first_served(data_dir: Path):
    folder = _history_in_16_files(data_dir)
    storage = TinyDBStorage(data_dir)
    found = await storage.read(list(ONE_FILE_TENANT))
    assert {key: _without_e_tag(value) for key, value in found.items()} == ONE_FILE_TENANT
    assert _keys_in(folder.glob("?.json")) == {"tenants/t1/claim-index"}
    history = sorted((folder / "claims").glob("*.json"))
    assert _keys_in(history) == set(ONE_FILE_TENANT) - {"tenants/t1/claim-index"}
    assert (folder / ".history-moved").exists()
    await storage.write({"tenants/t1/claims/CLM-2026-000007": {"n": "changed"}})
    storage.close()

    moved_at = {path: path.stat().st_mtime_ns for path in folder.glob("?.json")}
    again = TinyDBStorage(data_dir)
    found = await again.read(list(ONE_FILE_TENANT))
    assert found["tenants/t1/claims/CLM-2026-000007"]["n"] == "changed"
    assert len(found) == len(ONE_FILE_TENANT)
    again.close()
    assert {path: path.stat().st_mtime_ns for path in folder.glob("?.json")} == moved_at  # once


async def test_a_history_move_cut_short_is_finished_and_loses_nothing(data_dir: Path, monkeypatch):
    folder = _history_in_16_files(data_dir)
    assert len(await _dies_after_writing(5, data_dir, monkeypatch)) == 5
    assert not (folder / ".history-moved").exists()

    reopened = TinyDBStorage(data_dir)
    found = await reopened.read(list(ONE_FILE_TENANT))
    assert {key: _without_e_tag(value) for key, value in found.items()} == ONE_FILE_TENANT
    assert _keys_in(folder.glob("?.json")) == {"tenants/t1/claim-index"}
    reopened.close()


async def test_a_history_file_already_there_wins_over_the_copy_being_moved(data_dir: Path):
    # Written after an interrupted move (a replayed journal, a later turn): the newer one.
    folder = _history_in_16_files(data_dir)
    key = "tenants/t1/claims/CLM-2026-000042"
    newer = {"e_tag": "2", "value": {"n": "newer"}, "format": "json"}
    target = data_dir / partition_of(key)
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps({"_default": {key: newer}}), encoding="utf-8")
    storage = TinyDBStorage(data_dir)
    found = await storage.read([key, "tenants/t1/claims/CLM-2026-000041"])
    assert found[key]["n"] == "newer"
    assert found["tenants/t1/claims/CLM-2026-000041"]["n"] == 41
    storage.close()
    assert folder.is_dir()


async def test_a_damaged_file_stays_refused_and_its_history_moves_once_it_is_restored(
    data_dir: Path,
):
    folder = _history_in_16_files(data_dir)
    key = "tenants/t1/claims/CLM-2026-000003"
    damaged = folder / f"{tinydb_storage._sha256_hex(key)[0]}.json"
    backup = damaged.read_bytes()
    damaged.write_bytes(backup[:300])
    storage = TinyDBStorage(data_dir)
    other = "tenants/t1/claims/CLM-2026-000000"
    assert damaged.name != f"{tinydb_storage._sha256_hex(other)[0]}.json"
    assert (await storage.read([other]))[other]["n"] == 0  # the others moved and are read
    assert await storage.read([key]) == {}  # its own file is refused (and named), not lost
    assert storage.check()["damaged"] == [f"tenants/t1/{damaged.name}"]
    assert not (folder / ".history-moved").exists()
    storage.close()

    damaged.write_bytes(backup)  # the operator puts the backup back
    restored = TinyDBStorage(data_dir)
    assert (await restored.read([key]))[key]["n"] == 3
    assert (folder / ".history-moved").exists()
    restored.close()


async def test_a_damaged_one_file_tenant_is_named_and_left_where_it_is(data_dir: Path):
    old = _one_file_tenant(data_dir)
    old.write_bytes(old.read_bytes()[:500])
    storage = TinyDBStorage(data_dir)
    with pytest.raises(StorageCorruptedError, match=re.escape(str(old))):
        await storage.read(["tenants/t1/claim-index"])
    assert storage.check()["damaged"] == ["tenants/t1.json"]
    assert old.exists() and not (data_dir / "tenants" / "t1").exists()
    storage.close()
