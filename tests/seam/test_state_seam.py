"""Conversation state is written when it changed, and only then."""

from __future__ import annotations

import threading
from pathlib import Path

from botbuilder.core import BotAdapter, ConversationState, TurnContext
from botbuilder.core.bot_state import CachedBotState
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.dialogs.prompts import PromptOptions
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from tests.support import Chat, tinydb_storage


def _state(field: str = "plan_limit") -> dict:
    prompt = DialogInstance()
    prompt.id = "PlanDialog.AnswerPrompt"
    prompt.state = {"options": PromptOptions(validations={"field": field, "plan_id": "P-1"})}
    return {"DialogState": DialogState([prompt]), "e_tag": "1"}


def test_the_seam_is_in_place():
    assert CachedBotState.compute_hash.incentives_fast


def test_any_change_deep_in_the_stack_is_a_change_and_none_is_none():
    cached = CachedBotState(_state())
    assert not cached.is_changed
    assert CachedBotState(_state()).hash == cached.hash  # the same data, the same hash

    stack = cached.state["DialogState"].dialog_stack
    stack[0].state["options"].validations["field"] = "plan_name"
    assert cached.is_changed

    cached = CachedBotState(_state())
    cached.state["DialogState"].dialog_stack[0].state["options"].number_of_attempts = 1
    assert cached.is_changed

    cached = CachedBotState(_state())
    cached.state["DialogState"].dialog_stack.append(DialogInstance())
    assert cached.is_changed

    cached = CachedBotState(_state())
    cached.state["e_tag"] = "2"
    assert cached.is_changed


def test_a_state_that_cannot_be_pickled_is_still_compared():
    state = {"lock": threading.Lock(), "n": 1}
    cached = CachedBotState(state)
    assert not cached.is_changed
    state["n"] = 2
    assert cached.is_changed


async def test_a_status_question_between_answers_writes_no_conversation_state(tmp_path: Path):
    storage = tinydb_storage(tmp_path)
    chat = Chat(storage)
    await chat.seed_roles(tmp=tmp_path)
    await chat.say("new plan")
    writes: list[list[str]] = []
    original = storage.write

    async def counting(changes):
        writes.append(sorted(changes))
        return await original(changes)

    storage.write = counting
    await chat.say("what's my claim status?")  # answered, then the pending question again
    writes.clear()
    await chat.say("what's my claim status?")
    assert writes == []  # nothing changed: nothing written
    replies = await chat.say("1234567")  # an answer moves the dialog on: its state is written
    assert "Which program" in replies[-1].shown
    assert any(key.startswith("msteams/conversations/") for keys in writes for key in keys)


async def test_a_save_hashes_the_state_once_and_writes_only_a_change(tmp_path: Path):
    storage = tinydb_storage(tmp_path)
    state = ConversationState(storage)
    context = TurnContext(_NoAdapter(), _activity())
    await state.load(context)
    await state.create_property("DialogState").set(context, {"step": 1})
    hashes: list[object] = []
    cached = state.get_cached_state(context)
    original = cached.compute_hash

    def counting(obj: object):
        hashes.append(obj)
        return original(obj)

    cached.compute_hash = counting
    writes: list[list[str]] = []
    write = storage.write

    async def recording(changes):
        writes.append(sorted(changes))
        return await write(changes)

    storage.write = recording
    await state.save_changes(context)
    assert len(writes) == 1 and len(hashes) == 1  # botbuilder hashes it twice
    await state.save_changes(context)
    assert len(writes) == 1  # nothing changed since the write: nothing written
    cached.state["DialogState"]["step"] = 2
    await state.save_changes(context)
    assert len(writes) == 2
    await state.save_changes(context, force=True)
    assert len(writes) == 3
    stored = await storage.read([state.get_storage_key(context)])
    assert next(iter(stored.values()))["DialogState"] == {"step": 2}


async def test_saving_with_nothing_loaded_writes_nothing(tmp_path: Path):
    storage = tinydb_storage(tmp_path)
    await ConversationState(storage).save_changes(TurnContext(_NoAdapter(), _activity()))
    assert await storage.read(["msteams/conversations/c-1/"]) == {}


class _NoAdapter(BotAdapter):
    async def send_activities(self, context, activities):  # pragma: no cover - never sends
        raise AssertionError("the test sends nothing")

    async def update_activity(self, context, activity):  # pragma: no cover
        raise AssertionError("the test sends nothing")

    async def delete_activity(self, context, reference):  # pragma: no cover
        raise AssertionError("the test sends nothing")


def _activity() -> Activity:
    return Activity(
        type="message",
        channel_id="msteams",
        conversation=ConversationAccount(id="c-1"),
        from_property=ChannelAccount(id="u-1"),
        recipient=ChannelAccount(id="bot"),
    )


async def test_an_answer_hashes_its_state_twice(tmp_path: Path, monkeypatch):
    """Loaded, then once at the turn's end: the bot asks whether the state changed (to carry
    the activity's id in that write) and then writes it, without hashing it again."""
    storage = tinydb_storage(tmp_path)
    chat = Chat(storage)
    await chat.seed_roles(tmp=tmp_path)
    await chat.say("new plan")
    hashed: list[object] = []
    original = CachedBotState.compute_hash

    def counting(self, obj):
        hashed.append(obj)
        return original(self, obj)

    monkeypatch.setattr(CachedBotState, "compute_hash", counting)
    writes: list[list[str]] = []
    write = storage.write

    async def recording(changes):
        writes.append(sorted(changes))
        return await write(changes)

    storage.write = recording
    replies = await chat.say("1234567")
    assert "Which program" in replies[-1].shown
    assert len(hashed) == 2
    keys = [k for keys in writes for k in keys if k.startswith("msteams/conversations/")]
    assert len(keys) == 1  # written once, and with the id of the activity it answered
    handled = (await storage.read(keys))[keys[0]]["HandledActivities"]
    assert len(handled) == 2 and len(set(handled)) == 2
