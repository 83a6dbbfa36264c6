"""The storage contract, run against every backend: TinyDB, Azure Blob and memory.

botbuilder's own `StorageBaseTests`, then the e_tag rules the repository relies on, then
restarts (a new instance reads what the previous one wrote). The blob backend runs on
Azurite (tests/azurite.py); the TinyDB-only matters (files, partitions, corruption,
crashes) are in test_tinydb_storage.py, the blob-only ones in test_blob_storage.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from botbuilder.core import (
    ConversationState,
    MessageFactory,
    Storage,
    StoreItem,
    TurnContext,
)
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import (
    DialogSet,
    DialogTurnStatus,
    PromptOptions,
    PromptValidatorContext,
    TextPrompt,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.testing import StorageBaseTests

from domain.claim import Claim
from storage.blob_storage import AzureBlobStorage
from storage.claims import ClaimRepository
from storage.index_memo import read_unless_known
from storage.memory_storage import MemoryStorage
from storage.tinydb_storage import ETagConflictError, TinyDBStorage
from tests.azurite import new_container_name


@dataclass
class Backend:
    """A store under test, and how to open another instance over the same data."""

    name: str
    storage: Storage
    reopen: Callable[[], Storage]


@pytest.fixture(params=["tinydb", "azure-blob", "memory"])
async def backend(request, tmp_path):
    opened: list[Storage] = []
    if request.param == "memory":
        shared: dict = {}  # a new instance over the same dict: a "restart" keeps the data

        def reopen() -> Storage:
            opened.append(MemoryStorage(shared))
            return opened[-1]

    elif request.param == "tinydb":

        def reopen() -> Storage:
            opened.append(TinyDBStorage(tmp_path / "data"))
            return opened[-1]

    else:
        azurite = request.getfixturevalue("azurite")
        container = new_container_name("contract")

        def reopen() -> Storage:
            opened.append(AzureBlobStorage(azurite.connection_string, container))
            return opened[-1]

    first = reopen()
    if isinstance(first, AzureBlobStorage):
        await first.open()
    yield Backend(request.param, first, reopen)
    for store in opened:
        if isinstance(store, AzureBlobStorage):
            await store.close()
        elif isinstance(store, TinyDBStorage):
            store.close()


@pytest.fixture
def storage(backend: Backend) -> Storage:
    return backend.storage


# --- the contract every botbuilder storage honours ------------------------------------

BASE_TESTS = sorted(
    name
    for name, member in inspect.getmembers(StorageBaseTests, inspect.isfunction)
    if not name.startswith("_")
)


def test_all_base_tests_are_collected():
    assert "proceeds_through_waterfall" in BASE_TESTS
    assert len(BASE_TESTS) >= 11


@pytest.mark.parametrize("name", BASE_TESTS)
async def test_storage_base_tests(storage: Storage, name: str):
    assert await getattr(StorageBaseTests, name)(storage) is True


async def test_empty_key_list_reads_nothing(storage: Storage):
    assert await storage.read([]) == {}


async def test_unusual_keys_round_trip(backend: Backend):
    keys = [
        '!@#$%^&*()_+??><":QASD~`',
        "clé/ünïcødé/日本語/🙂",
        "lone-surrogate-\ud800",
        "/".join(["segment"] * 63)[:500],
        "",
        "tenants/t1/" + "x" * 489,
        "tenants/a%2Fb/../c",
        "tenants/" + "t" * 300 + "/plan",
        "./../.",
        "trailing/",
    ]
    await backend.storage.write({key: {"key": key} for key in keys})
    found = await backend.reopen().read(keys)
    assert {key: value["key"] for key, value in found.items()} == {key: key for key in keys}


async def test_store_item_objects_round_trip(storage: Storage):
    await storage.write({"item": StoreItem(name="plan", count=1, e_tag="*")})
    item = (await storage.read(["item"]))["item"]
    assert isinstance(item, StoreItem)
    assert (item.name, item.count) == ("plan", 1)
    assert item.e_tag not in (None, "", "*")

    item.count = 2
    await storage.write({"item": item})
    stale = StoreItem(name="plan", count=99, e_tag=item.e_tag)
    item.count = 3
    await storage.write({"item": item})  # its e_tag was refreshed by the previous write
    with pytest.raises(ETagConflictError):
        await storage.write({"item": stale})
    assert (await storage.read(["item"]))["item"].count == 3


async def test_values_that_cannot_carry_an_e_tag_round_trip(storage: Storage):
    await storage.write({"list": [1, 2, 3], "number": 7, "none": None, "tuple": (1, "a")})
    assert await storage.read(["list", "number", "none", "tuple"]) == {
        "list": [1, 2, 3],
        "number": 7,
        "none": None,
        "tuple": (1, "a"),
    }


async def test_read_returns_copies(storage: Storage):
    original = {"plan": {"lines": [{"amount": "10.00"}]}, "e_tag": "*"}
    await storage.write({"key": original})
    original["plan"]["lines"].append({"amount": "leaked"})

    first = (await storage.read(["key"]))["key"]
    first["plan"]["lines"][0]["amount"] = "changed"
    first["plan"]["lines"].clear()
    first["new"] = True

    second = (await storage.read(["key"]))["key"]
    assert second["plan"] == {"lines": [{"amount": "10.00"}]}
    assert "new" not in second


async def test_delete_requires_keys(storage: Storage):
    with pytest.raises(Exception, match="Keys are required when deleting"):
        await storage.delete(None)


async def test_deleting_some_keys_of_a_tenant_keeps_the_others(backend: Backend):
    keys = ["tenants/t1/a", "tenants/t1/b", "tenants/t1/c"]
    await backend.storage.write({key: {"n": 1} for key in keys})
    await backend.storage.delete(["tenants/t1/b", "tenants/t1/unknown"])
    assert sorted(await backend.reopen().read(keys)) == ["tenants/t1/a", "tenants/t1/c"]
    await backend.storage.delete(["tenants/t1/a", "tenants/t1/c"])
    assert await backend.reopen().read(keys) == {}
    await backend.storage.write({"tenants/t1/a": {"n": 2}})  # a deleted partition comes back
    assert (await backend.reopen().read(keys))["tenants/t1/a"]["n"] == 2


# --- e_tags ---------------------------------------------------------------------------


async def test_every_write_stores_a_new_e_tag(storage: Storage):
    await storage.write({"key": {"count": 1}})
    first = (await storage.read(["key"]))["key"]["e_tag"]
    await storage.write({"key": {"count": 2}})
    second = (await storage.read(["key"]))["key"]["e_tag"]
    assert first and second and first != second


async def test_stale_e_tag_raises_and_keeps_the_stored_value(backend: Backend):
    storage = backend.storage
    await storage.write({"tenants/t1/plan": {"count": 1}})
    stale = (await storage.read(["tenants/t1/plan"]))["tenants/t1/plan"]
    fresh = dict(stale)
    fresh["count"] = 2
    await storage.write({"tenants/t1/plan": fresh})

    stale["count"] = 99
    with pytest.raises(ETagConflictError) as raised:
        await storage.write({"tenants/t1/plan": stale})
    assert isinstance(raised.value, KeyError)
    assert "tenants/t1/plan" in str(raised.value)
    assert raised.value.key == "tenants/t1/plan"

    assert (await storage.read(["tenants/t1/plan"]))["tenants/t1/plan"]["count"] == 2
    reopened = backend.reopen()
    assert (await reopened.read(["tenants/t1/plan"]))["tenants/t1/plan"]["count"] == 2


async def test_conflict_is_also_caught_as_key_error(storage: Storage):
    await storage.write({"key": {"count": 1}})
    with pytest.raises(KeyError):
        await storage.write({"key": {"count": 2, "e_tag": "not-the-stored-one"}})


async def test_an_e_tag_on_a_missing_key_creates_it_once(storage: Storage):
    # What the repository does for a first version (NEW_DOCUMENT): create, never overwrite.
    await storage.write({"tenants/t1/counter": {"next": 2, "e_tag": "new-document"}})
    with pytest.raises(ETagConflictError):
        await storage.write({"tenants/t1/counter": {"next": 2, "e_tag": "new-document"}})
    await storage.write({"state/counter": {"next": 2, "e_tag": "new-document"}})
    with pytest.raises(ETagConflictError):
        await storage.write({"state/counter": {"next": 9, "e_tag": "new-document"}})
    assert (await storage.read(["state/counter"]))["state/counter"]["next"] == 2


@pytest.mark.parametrize("e_tag", ["*", None])
async def test_wildcard_or_absent_e_tag_overwrites(storage: Storage, e_tag):
    await storage.write({"key": {"count": 1}})
    await storage.write({"key": {"count": 2}})  # the stored e_tag moved on
    await storage.write({"key": {"count": 3, "e_tag": e_tag}})
    assert (await storage.read(["key"]))["key"]["count"] == 3


async def test_empty_e_tag_raises_and_writes_nothing(storage: Storage):
    await storage.write({"key": {"count": 1}})
    with pytest.raises(Exception, match="e_tag"):
        await storage.write({"other": {"count": 5}, "key": {"count": 2, "e_tag": ""}})
    found = await storage.read(["key", "other"])
    assert list(found) == ["key"]
    assert found["key"]["count"] == 1


async def test_one_stale_e_tag_among_keys_of_a_tenant_writes_nothing(backend: Backend):
    # A plan, its index, the outbox and the event marker are written together or not at all.
    keys = ["tenants/t1/plans/P1", "tenants/t1/plan-index", "tenants/t1/outbox"]
    await backend.storage.write({key: {"version": 1} for key in keys})
    current = await backend.storage.read(keys)
    await backend.storage.write({"tenants/t1/outbox": dict(current["tenants/t1/outbox"])})

    changes = {key: dict(value, version=2) for key, value in current.items()}
    changes["tenants/t1/events/e1"] = {"seen": True}
    with pytest.raises(ETagConflictError, match="tenants/t1/outbox"):
        await backend.storage.write(changes)
    after = await backend.reopen().read([*keys, "tenants/t1/events/e1"])
    assert {key: value["version"] for key, value in after.items()} == dict.fromkeys(keys, 1)


async def test_a_stale_e_tag_in_another_partition_writes_nothing(backend: Backend):
    keys = ["tenants/t1/a", "tenants/t2/c", "conversation/d"]
    await backend.storage.write({key: {"version": 1} for key in keys})
    current = await backend.storage.read(keys)
    await backend.storage.write({"conversation/d": dict(current["conversation/d"], version=2)})
    with pytest.raises(ETagConflictError, match="conversation/d"):
        await backend.storage.write({key: dict(v, version=3) for key, v in current.items()})
    after = await backend.reopen().read(keys)
    assert {key: value["version"] for key, value in after.items()} == {
        "tenants/t1/a": 1,
        "tenants/t2/c": 1,
        "conversation/d": 2,
    }


async def test_saving_the_same_state_twice_in_one_turn_does_not_conflict(storage: Storage):
    await storage.write({"key": {"count": 1}})
    state = (await storage.read(["key"]))["key"]
    state["count"] = 2
    await storage.write({"key": state})
    state["count"] = 3
    await storage.write({"key": state})  # the first write handed back the new e_tag
    assert (await storage.read(["key"]))["key"]["count"] == 3


# --- restarts -------------------------------------------------------------------------


async def test_a_new_instance_reads_what_the_previous_one_wrote(backend: Backend):
    await backend.storage.write({"tenants/t1/plan": {"count": 1}, "users/u1": {"name": "Ana"}})
    written = await backend.storage.read(["tenants/t1/plan", "users/u1"])
    # No close(): a write that returned must already be stored.
    assert await backend.reopen().read(["tenants/t1/plan", "users/u1"]) == written


def _greeting_bot(storage: Storage) -> TestAdapter:
    """A waterfall with a validating prompt, saved in ConversationState after every turn."""
    conversation_state = ConversationState(storage)
    dialogs = DialogSet(conversation_state.create_property("DialogState"))

    async def name_is_long_enough(prompt_context: PromptValidatorContext) -> bool:
        return len(prompt_context.recognized.value or "") > 3

    async def ask_name_step(step_context: WaterfallStepContext):
        return await step_context.prompt(
            TextPrompt.__name__,
            PromptOptions(
                prompt=MessageFactory.text("What is your name?"),
                retry_prompt=MessageFactory.text("A longer name, please."),
            ),
        )

    async def greet_step(step_context: WaterfallStepContext):
        await step_context.context.send_activity(f"Hello {step_context.result}")
        return await step_context.end_dialog()

    dialogs.add(WaterfallDialog(WaterfallDialog.__name__, [ask_name_step, greet_step]))
    dialogs.add(TextPrompt(TextPrompt.__name__, name_is_long_enough))

    async def on_turn(turn_context: TurnContext) -> None:
        dialog_context = await dialogs.create_context(turn_context)
        result = await dialog_context.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dialog_context.begin_dialog(WaterfallDialog.__name__)
        await conversation_state.save_changes(turn_context)

    return TestAdapter(on_turn)


async def test_dialog_state_survives_a_restart(backend: Backend):
    before_restart = _greeting_bot(backend.storage)
    step = await before_restart.send("hi")
    step = await step.assert_reply("What is your name?")
    step = await step.send("Al")
    await step.assert_reply("A longer name, please.")

    after_restart = _greeting_bot(backend.reopen())
    step = await after_restart.send("Alice")
    await step.assert_reply("Hello Alice")


# --- what a reader made of a version it read (storage/index_memo.py) --------------------


async def test_a_document_read_at_a_known_e_tag_keeps_its_e_tag_and_any_other_comes_whole(
    storage: Storage,
):
    keys = ["tenants/t1/index/0", "tenants/t1/index/1"]
    await storage.write({key: {"items": {key: 1}} for key in keys})
    first = await storage.read(keys)
    known = {keys[0]: first[keys[0]]["e_tag"], keys[1]: "an-older-version"}
    again = await read_unless_known(storage, keys, known)
    assert again[keys[0]]["e_tag"] == first[keys[0]]["e_tag"]
    assert again[keys[1]] == first[keys[1]]  # not the version known: read whole


async def test_a_claim_saved_by_another_instance_is_in_the_next_list_and_check(backend: Backend):
    """What one repository made of an index shard is dropped when another writes that
    shard (a new e_tag): another instance over blob or memory storage; over TinyDB (one
    process per data folder) another repository over the same store."""
    mine = ClaimRepository(backend.storage)
    first = await mine.save(Claim(id="CLM-2026-000001", tenant_id="t1", owner_id="u1"))
    assert [s.id for s in await mine.summaries("t1")] == [first.id]
    assert [r.id for r in await mine.check_records("t1")] == [first.id]
    if isinstance(backend.storage, TinyDBStorage):
        store = backend.storage
    else:
        store = backend.reopen()
        if isinstance(store, AzureBlobStorage):
            await store.open()
    other = ClaimRepository(store)
    for number in range(2, 40):  # every shard changes
        await other.save(Claim(id=f"CLM-2026-{number:06d}", tenant_id="t1", owner_id="u1"))
    listed = await mine.summaries("t1")
    assert len(listed) == 39 and listed[0].id == "CLM-2026-000039"
    assert len(await mine.check_records("t1")) == 39
