"""TinyDBStorage at scale: plain JSON stored as is, bounded memory, overlapping writes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from botbuilder.dialogs import DialogInstance, DialogState

from storage.tinydb_storage import TinyDBStorage, partition_of
from tests.support import ticks_during


async def test_plain_json_is_stored_as_it_is_and_objects_through_jsonpickle(tmp_path: Path):
    storage = TinyDBStorage(tmp_path)
    stack = DialogState([DialogInstance()])
    await storage.write(
        {"tenants/t1/plan": {"id": "PLN-1", "items": [1, 2.5, None, True]}, "conv/1": {"s": stack}}
    )
    assert storage.checkpoint()
    files = {name: json.loads((tmp_path / partition_of(name)).read_text()) for name in
             ("tenants/t1/plan", "conv/1")}  # fmt: skip
    plain = files["tenants/t1/plan"]["_default"]["tenants/t1/plan"]
    assert plain["format"] == "json"
    assert plain["value"] == {"id": "PLN-1", "items": [1, 2.5, None, True], "e_tag": plain["e_tag"]}
    pickled = files["conv/1"]["_default"]["conv/1"]
    assert pickled["format"] == "jsonpickle"
    assert pickled["value"]["s"]["py/object"] == "botbuilder.dialogs.dialog_state.DialogState"
    found = await TinyDBStorage(tmp_path).read(["tenants/t1/plan", "conv/1"])
    assert found["tenants/t1/plan"]["items"] == [1, 2.5, None, True]
    assert isinstance(found["conv/1"]["s"], DialogState)


async def test_documents_written_before_the_format_was_recorded_still_read(tmp_path: Path):
    target = tmp_path / partition_of("tenants/t1/old")
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps({"_default": {"tenants/t1/old": {
        "e_tag": "abc", "value": {"n": 1, "when": {"py/tuple": [1, 2]}}}}}))  # fmt: skip
    found = await TinyDBStorage(tmp_path).read(["tenants/t1/old"])
    assert found["tenants/t1/old"] == {"n": 1, "when": (1, 2), "e_tag": "abc"}


async def test_only_recently_used_partitions_stay_in_memory(tmp_path: Path):
    storage = TinyDBStorage(tmp_path, cache_bytes=20_000)
    padding = "x" * 1_000
    for number in range(60):
        await storage.write({f"tenants/t{number}/doc": {"n": number, "padding": padding}})
    # Until the checkpoint writes them, changed partitions are held; then let go of.
    assert storage.checkpoint()
    assert storage._cached_bytes <= 20_000
    assert len(storage._partitions) < 60  # forgotten altogether, not only their data
    assert 0 < len(storage._recent) < 60
    found = await storage.read([f"tenants/t{number}/doc" for number in range(60)])
    assert [found[f"tenants/t{number}/doc"]["n"] for number in range(60)] == list(range(60))
    await storage.write({"tenants/t0/doc": {"n": "changed"}})
    assert (await TinyDBStorage(tmp_path).read(["tenants/t0/doc"]))["tenants/t0/doc"]["n"] == (
        "changed"
    )


async def test_check_proves_every_file_opens_and_keeps_none_in_memory(tmp_path: Path):
    writer = TinyDBStorage(tmp_path)
    await writer.write({f"conversations/{number}": {"n": number} for number in range(30)})
    await writer.write({f"tenants/t{number}/doc": {"n": number} for number in range(30)})
    writer.close()
    storage = TinyDBStorage(tmp_path)
    checked = storage.check()["checked"]
    assert 0 < checked <= 30  # the conversation-state files; tenants' when first used
    assert storage._cached_bytes == 0 and not storage._recent
    assert storage.check()["checked"] == checked  # again: a folder listing
    assert (await storage.read(["tenants/t7/doc"]))["tenants/t7/doc"]["n"] == 7


async def test_overlapping_writes_to_one_partition_all_land_in_order(tmp_path: Path):
    storage = TinyDBStorage(tmp_path)

    async def writer(number: int) -> None:
        for round_number in range(5):
            await storage.write({f"tenants/t1/w{number}": {"round": round_number}})
            await storage.write({"tenants/t1/last": {"by": number, "round": round_number}})

    await asyncio.gather(*(writer(number) for number in range(20)))
    reopened = TinyDBStorage(tmp_path)
    found = await reopened.read([f"tenants/t1/w{number}" for number in range(20)])
    assert all(found[f"tenants/t1/w{number}"]["round"] == 4 for number in range(20))
    # The file holds what memory held: the last write acknowledged.
    assert await reopened.read(["tenants/t1/last"]) == await storage.read(["tenants/t1/last"])


async def test_files_always_hold_what_was_written_after_many_changes(tmp_path: Path):
    """Unchanged documents are written from their kept JSON text: never a stale one."""
    import random

    chance = random.Random(7)
    storage = TinyDBStorage(tmp_path)
    model: dict[str, dict] = {}
    keys = [f"tenants/t{tenant}/doc-{number}" for tenant in range(3) for number in range(8)]
    keys += [f"conversation/{number}" for number in range(8)]
    for step in range(300):
        batch = chance.sample(keys, chance.randint(1, 4))
        if chance.random() < 0.2:
            await storage.delete(batch)
            for key in batch:
                model.pop(key, None)
        else:
            changes = {key: {"step": step, "list": [step, {"k": key}]} for key in batch}
            await storage.write(changes)
            model.update({key: {"step": step, "list": [step, {"k": key}]} for key in batch})
        if step % 50 == 49:
            reopened = await TinyDBStorage(tmp_path).read(keys)
            assert {key: {k: v for k, v in value.items() if k != "e_tag"}
                    for key, value in reopened.items()} == model  # fmt: skip
    for path in tmp_path.rglob("*.json"):
        json.loads(path.read_text())  # every file is valid JSON


async def test_a_partition_file_is_a_tinydb_database(tmp_path: Path):
    from tinydb import TinyDB
    from tinydb.table import Table

    class KeyedTable(Table):  # the document ids are the storage keys
        document_id_class = str

    storage = TinyDBStorage(tmp_path)
    await storage.write({"tenants/t1/plan": {"id": "PLN-1", "lines": [{"amount": "10.00"}]}})
    storage.close()
    with TinyDB(tmp_path / partition_of("tenants/t1/plan")) as database:
        document = KeyedTable(database.storage, "_default").get(doc_id="tenants/t1/plan")
    assert document["value"]["lines"] == [{"amount": "10.00"}]


async def test_documents_held_in_memory_are_not_objects_the_collector_walks(tmp_path: Path):
    """A cache of parsed documents made hundreds of thousands of dicts for the garbage
    collector to walk: a full collection held the event loop for 300 ms (`make bench`,
    longest loop stall). Kept as JSON text, holding 5,000 documents adds a few objects a
    file, none a document."""
    import gc

    writer = TinyDBStorage(tmp_path)
    documents = {
        f"tenants/t{n % 20}/claims/CLM-{n:06d}": {"n": n, "lines": [{"a": "1"}, {"b": {"c": 2}}]}
        for n in range(5_000)
    }
    await writer.write(documents)
    writer.close()

    storage = TinyDBStorage(tmp_path, cache_bytes=64 * 1024 * 1024)
    gc.collect()
    before = len(gc.get_objects())
    found = await storage.read(list(documents))
    assert len(found) == 5_000
    del found
    gc.collect()
    assert storage._cached_bytes > 500_000  # every partition is held
    assert len(gc.get_objects()) - before < 5_000  # not ~6 objects a document
    storage.close()


async def test_a_read_over_many_files_gives_the_loop_back_between_file_loads(tmp_path: Path):
    """A partner with 5,000 claims has 16 files of ~500 KB: reading a batch of its claims
    opened them all in one go, and the reminder scan held the loop 420 ms (`make bench`,
    200,000 claims). Between two files read from disk, other turns get the loop."""
    writer = TinyDBStorage(tmp_path)
    keys = [f"tenants/big/claims/CLM-{n:06d}" for n in range(400)]
    await writer.write({key: {"padding": "p" * 500} for key in keys})
    writer.close()

    storage = TinyDBStorage(tmp_path)
    found: dict = {}

    async def read() -> None:
        found.update(await storage.read(keys))

    during = await ticks_during(read)
    assert len(found) == 400
    assert during >= 15  # the loop came back between the 16 files
    storage.close()


async def test_a_file_written_by_hand_in_another_form_still_opens(tmp_path: Path):
    """Files are opened by slicing each document's text out of the store's compact form
    (no second encoding); any other valid form is parsed whole, as before."""
    target = tmp_path / partition_of("conversations/c1")
    target.parent.mkdir(parents=True)
    target.write_text(
        '{ "_default" : { "conversations/c1" : { "e_tag" : "x1", "value" : {"n": 1},'
        ' "format": "json" } } }'
    )
    storage = TinyDBStorage(tmp_path)
    assert (await storage.read(["conversations/c1"]))["conversations/c1"] == {"n": 1, "e_tag": "x1"}
    await storage.write({"conversations/c1": {"n": 2}})
    storage.close()
    again = TinyDBStorage(tmp_path)
    assert (await again.read(["conversations/c1"]))["conversations/c1"]["n"] == 2
    again.close()


async def test_opening_one_big_file_gives_the_loop_back_while_it_is_parsed(tmp_path: Path):
    """A partner's file of a megabyte (hundreds of claims) is opened in steps: the reminder
    scan opening it held the event loop 15-25 ms a file (issue 14, watchdog stacks in
    `_document_texts`), and every partner's turn waited."""
    storage = TinyDBStorage(tmp_path)
    key = "tenants/big/claims/CLM-2026-000000"
    home = partition_of(key)
    batch = {}
    for number in range(5000):
        candidate = f"tenants/big/claims/CLM-2026-{number:06d}"
        if partition_of(candidate) == home:
            batch[candidate] = {"padding": "x" * 3000}
    await storage.write(batch)
    assert storage.checkpoint()
    storage.close()
    assert (tmp_path / home).stat().st_size > 800_000

    storage = TinyDBStorage(tmp_path)  # nothing of it in memory
    found: dict = {}

    async def read() -> None:
        found.update(await storage.read([key]))

    during = await ticks_during(read)
    assert found[key]["padding"] == "x" * 3000
    assert during >= 8, during  # the loop came back while the file was being read
    storage.close()


async def test_the_files_held_open_cost_the_collector_little(tmp_path: Path):
    """Each file the store holds is one partition object the garbage collector walks, with
    what it owns. The reminder scan opens every partner's files: at 4,000 partners the
    young generation held 60,000-95,000 such objects (paths, their part lists, storages,
    locks), and each young collection held the event loop 30-66 ms (issue 14)."""
    import gc

    storage = TinyDBStorage(tmp_path)
    keys = [f"tenants/t{number}/plan" for number in range(400)]
    for key in keys:
        await storage.write({key: {"n": 1}})
    assert storage.checkpoint()
    storage.close()

    storage = TinyDBStorage(tmp_path)
    gc.collect()
    before = len(gc.get_objects())
    for key in keys:
        await storage.read([key])
    held = len(gc.get_objects()) - before
    assert len(storage._partitions) >= 400
    assert held / len(storage._partitions) <= 3, held
    storage.close()


async def test_no_more_files_are_held_than_the_cap_however_many_partners_are_read(
    tmp_path: Path,
):
    storage = TinyDBStorage(tmp_path)
    keys = [f"tenants/t{number}/plan" for number in range(300)]
    for key in keys:
        await storage.write({key: {"n": 1}})
    assert storage.checkpoint()
    storage.close()

    storage = TinyDBStorage(tmp_path, cache_partitions=50)
    for key in keys:  # as the reminder scan walks every partner
        assert (await storage.read([key]))[key]["n"] == 1
    assert len(storage._partitions) <= 50 and len(storage._recent) <= 50
    storage.close()


async def test_a_read_looks_at_few_partitions_while_many_wait_for_their_checkpoint(
    tmp_path: Path, monkeypatch
):
    """Seen in the bench at stop 42, the reminder scan writing to every partner it visits:
    ~800 changed partitions waiting for the checkpoint sat at the old end of the cache, and
    each of the turns' 80,000 reads and writes walked all of them, unable to let any go
    (0.4 ms a call, 29 s of the event loop in one scan). A read now looks at a bounded
    number of them; the others are looked at by the reads after it."""
    from storage import tinydb_storage

    storage = TinyDBStorage(tmp_path, cache_partitions=50, checkpoint_seconds=3600)
    for number in range(400):  # changed, not yet in their files: none may be let go of
        await storage.write({f"tenants/t{number}/doc": {"n": number}})
    looked_at = []
    evictable = tinydb_storage._Partition.evictable

    def counted(partition) -> bool:
        looked_at.append(partition.relative)
        return evictable(partition)

    monkeypatch.setattr(tinydb_storage._Partition, "evictable", counted)
    for number in range(20):
        await storage.read([f"tenants/t{number}/doc"])

    assert len(looked_at) <= 20 * tinydb_storage.SKIPPED_AT_MOST
    assert storage.checkpoint()  # once in their files, they are let go of
    assert len(storage._recent) <= 50
    storage.close()
