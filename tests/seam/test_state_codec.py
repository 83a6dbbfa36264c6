"""The fast path for jsonpickle's format gives jsonpickle's very output, or stands aside."""

from __future__ import annotations

from typing import Any

from botbuilder.core import MemoryStorage
from botbuilder.dialogs import DialogInstance, DialogState
from jsonpickle.pickler import Pickler
from jsonpickle.unpickler import Unpickler

from bench.scripts import PLAN_CONVERSATION
from seam import state_codec
from tests.support import Chat


class RecordingStorage(MemoryStorage):
    """MemoryStorage that keeps every conversation state written (the real dialog stacks)."""

    def __init__(self) -> None:
        super().__init__()
        self.states: list[Any] = []

    async def write(self, changes):
        for key, value in changes.items():
            if "/conversations/" in key:
                self.states.append(value)
        await super().write(changes)


async def test_real_dialog_stacks_encode_and_decode_exactly_as_jsonpickle(tmp_path):
    storage = RecordingStorage()
    chat = Chat(storage)
    await chat.seed_roles(tmp=tmp_path)
    for step in PLAN_CONVERSATION[:12]:
        await chat.say(step.text)
    await chat.say("help")
    await chat.say("cancel")
    assert len(storage.states) >= 12
    for state in storage.states:
        expected = Pickler().flatten(state)
        fast = state_codec.flatten(state)
        assert fast is not state_codec.UNSUPPORTED
        assert fast == expected
        assert str(fast) == str(expected)  # the hash botbuilder compares is the same text
        restored = state_codec.restore(expected)
        assert Pickler().flatten(restored) == Pickler().flatten(Unpickler().restore(expected))


def test_shapes_it_does_not_know_are_left_to_jsonpickle():
    instance = DialogInstance()
    instance.id, instance.state = "A", {"n": 1}
    shared = {"same": instance, "again": instance}
    for value in (
        {"tuple": (1, 2)},
        {"set": {1}},
        {1: "int key"},
        {"py/object": "x"},
        shared,
        {"object": object()},
    ):
        assert state_codec.flatten(value) is state_codec.UNSUPPORTED
    for flat in (
        {"py/id": 1},
        {"py/object": "os.system", "py/state": {"a": 1}},
        {"py/tuple": [1]},
        {"x": {"py/object": "botbuilder.dialogs.dialog_state.DialogState"}},
    ):
        assert state_codec.restore(flat) is state_codec.UNSUPPORTED


def test_a_dialog_state_round_trips():
    state = {"DialogState": DialogState([DialogInstance()]), "e_tag": "x"}
    state["DialogState"].dialog_stack[0].id = "MainDialog"
    flat = state_codec.flatten(state)
    assert flat == Pickler().flatten(state)
    back = state_codec.restore(flat)
    assert isinstance(back["DialogState"], DialogState)
    assert back["DialogState"].dialog_stack[0].id == "MainDialog"
    assert back["DialogState"] is not state["DialogState"]
