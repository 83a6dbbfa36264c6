"""Two reference cycles botbuilder builds on every turn, and a system call it makes for an
id, removed at the seam.

Objects in a reference cycle are not freed when the turn ends but when the garbage
collector next runs, and then all at once: under load one collection met 14,000 of them
and held the event loop 25-40 ms (`make bench`, the loop-stall figure;
tests/bot/test_turn_garbage.py counts them). Both cycles come from code this bot never
needs:

- `DialogContext.__init__` builds a `DialogStateManager` (memory scopes and path resolvers
  for adaptive and declarative dialogs) for every dialog context, several a turn, and the
  manager holds its dialog context back. The waterfall, component and prompt dialogs never
  use it. Here it is built the first time `dialog_context.state` is read, as before from
  then on (a cycle only for a turn that asks for it).
- `TurnContext._emit` chains the send, update and delete handlers through a closure that
  refers to itself. Here the chain is an object whose `next` is a `functools.partial`:
  the same handlers called in the same order with the same arguments, no cycle.

`WaterfallDialog.begin_dialog` stamps every waterfall it begins (about one a plan turn)
with `uuid.uuid1()`, an id only its telemetry event carries. libuuid makes that id by
asking the uuidd daemon first: where none runs (a container, this bot's Dockerfile) each
call opens a socket, fails to connect and closes it (seen with strace). Here the module's
`uuid` is a stand-in whose `uuid1()` is a random (version 4) UUID from the process's
generator: unique as the stamp needs, no system call.

Applied by `seam.install()`; `VERIFIED` in `seam/__init__.py` pins the versions read.
"""

from __future__ import annotations

import functools
import random
import uuid
from copy import copy
from typing import Any

from botbuilder.core.turn_context import TurnContext
from botbuilder.dialogs import waterfall_dialog
from botbuilder.dialogs.dialog_context import DialogContext
from botbuilder.dialogs.memory.dialog_state_manager import DialogStateManager

_STATE = "_incentives_state_manager"


def _dialog_context_init(
    self: DialogContext, dialog_set: Any, turn_context: TurnContext, state: Any
) -> None:
    # botbuilder-dialogs 4.17.1 DialogContext.__init__, without building the state manager.
    if dialog_set is None:
        raise TypeError("DialogContext(): dialog_set cannot be None.")
    if turn_context is None:
        raise TypeError("DialogContext(): turn_context cannot be None.")
    self._turn_context = turn_context
    self._dialogs = dialog_set
    self._stack = state.dialog_stack
    self.services = {}
    self.parent = None


def _get_state(self: DialogContext) -> DialogStateManager:
    manager = self.__dict__.get(_STATE)
    if manager is None:
        manager = DialogStateManager(self)
        self.__dict__[_STATE] = manager
    return manager


def _set_state(self: DialogContext, manager: DialogStateManager) -> None:
    self.__dict__[_STATE] = manager


class _HandlerChain:
    """The handlers of one send (update, delete), each given the next as `next_handler`."""

    __slots__ = ("arg", "context", "handlers")

    def __init__(self, context: TurnContext, handlers: list, arg: Any) -> None:
        self.context = context
        self.handlers = handlers
        self.arg = arg

    async def call(self, index: int) -> None:
        if index < len(self.handlers):
            following = functools.partial(self.call, index + 1)
            await self.handlers[index](self.context, self.arg, following)


async def _emit(self: TurnContext, plugins: list, arg: Any, logic: Any) -> Any:
    # botbuilder-core 4.17.1 TurnContext._emit, without the closure that calls itself.
    await _HandlerChain(self, copy(plugins), arg).call(0)
    return await logic


class _WaterfallIds:
    """What `botbuilder.dialogs.waterfall_dialog` uses of the `uuid` module: `uuid1()`."""

    incentives_random = True

    @staticmethod
    def uuid1() -> uuid.UUID:
        return uuid.UUID(int=random.getrandbits(128), version=4)


_emit.incentives_acyclic = True  # type: ignore[attr-defined]
_dialog_context_init.incentives_acyclic = True  # type: ignore[attr-defined]


def apply() -> None:
    """Idempotent: applying twice changes nothing."""
    if applied():
        return
    DialogContext.__init__ = _dialog_context_init
    DialogContext.state = property(_get_state, _set_state)
    TurnContext._emit = _emit
    waterfall_dialog.uuid = _WaterfallIds


def applied() -> bool:
    """Whether the patches are in place."""
    return bool(
        getattr(DialogContext.__init__, "incentives_acyclic", False)
        and isinstance(DialogContext.__dict__.get("state"), property)
        and getattr(TurnContext._emit, "incentives_acyclic", False)
        and getattr(waterfall_dialog.uuid, "incentives_random", False)
    )
