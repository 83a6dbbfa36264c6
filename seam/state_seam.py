"""A fix at the seam for how botbuilder tells whether bot state changed.

`botbuilder.core.bot_state.CachedBotState.compute_hash` flattens the whole state with
jsonpickle and takes the text of the result, three times a turn (when the state is
loaded, to decide whether to save, and after the save): about 1 ms each time for this
bot's dialog stacks. The hash is only ever compared with another hash of the same
state object's past, to decide whether to write it. Here it is the state's pickle
(C code, a few microseconds): the same data gives the same bytes, and any change to a
value, a key or an object's attribute gives other bytes. (Two equal states built with
different sharing could differ, which costs one needless write, never a lost one.)
A state that cannot be pickled is hashed as botbuilder does, through
`seam.state_codec.flatten` (jsonpickle's output, faster) or jsonpickle itself.
`BotState.save_changes` hashes the state once, not twice: botbuilder hashes it to decide
whether to write, then again after the write to remember what was written, though the
write does not change the state (the storage copies it); and `force=True` (the caller
has just asked `is_changed`, as the bot does at the end of every message turn) writes
without hashing at all.
Applied by `seam.install()` (the composition root's call); measured by `make bench`.
"""

from __future__ import annotations

import pickle

from botbuilder.core import BotAssert, BotState, TurnContext
from botbuilder.core.bot_state import CachedBotState

from seam import state_codec


def _fast_compute_hash(original):
    def compute_hash(self: CachedBotState, obj: object) -> str | bytes:
        try:
            return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            pass
        flattened = state_codec.flatten(obj)
        if flattened is state_codec.UNSUPPORTED:
            return original(self, obj)
        return str(flattened)

    compute_hash.incentives_fast = True
    return compute_hash


async def _save_changes(self: BotState, turn_context: TurnContext, force: bool = False) -> None:
    BotAssert.context_not_none(turn_context)
    cached_state = self.get_cached_state(turn_context)
    if cached_state is None:  # nothing was loaded this turn: nothing to save
        return
    if force:
        # Written whatever it holds (the caller knows it changed, or wants it written
        # anyway): not hashed. What was written is then unknown, so a later save writes.
        await self._storage.write({self.get_storage_key(turn_context): cached_state.state})
        cached_state.hash = None
        return
    state_hash = cached_state.compute_hash(cached_state.state)
    if state_hash != cached_state.hash:
        await self._storage.write({self.get_storage_key(turn_context): cached_state.state})
        cached_state.hash = state_hash


_save_changes.incentives_fast = True


def apply() -> None:
    """Idempotent: applying twice changes nothing."""
    if not getattr(CachedBotState.compute_hash, "incentives_fast", False):
        CachedBotState.compute_hash = _fast_compute_hash(CachedBotState.compute_hash)
    if not getattr(BotState.save_changes, "incentives_fast", False):
        BotState.save_changes = _save_changes


def applied() -> bool:
    """Whether the patch is in place."""
    return bool(
        getattr(CachedBotState.compute_hash, "incentives_fast", False)
        and getattr(BotState.save_changes, "incentives_fast", False)
    )
