"""A fix at the seam for how botbuilder tells whether bot state changed.

`botbuilder.core.bot_state.CachedBotState.compute_hash` flattens the whole state with
jsonpickle, three times a turn (when the state is loaded, to decide whether to save,
and after the save). For this bot's dialog stacks that generic walk cost about 1 ms
each time. `storage.state_codec.flatten` gives jsonpickle's very output for the shapes
dialog state takes, much faster, and says when it cannot (then jsonpickle runs, as
before). The hash stays the text of the flattened state, so "changed" means what it
meant. Imported once by the composition root; measured by `make bench`.
"""

from __future__ import annotations

from botbuilder.core.bot_state import CachedBotState

from storage import state_codec


def _fast_compute_hash(original):
    def compute_hash(self: CachedBotState, obj: object) -> str:
        flattened = state_codec.flatten(obj)
        if flattened is state_codec.UNSUPPORTED:
            return original(self, obj)
        return str(flattened)

    compute_hash.incentives_fast = True
    return compute_hash


def apply() -> None:
    """Idempotent: applying twice changes nothing."""
    if not getattr(CachedBotState.compute_hash, "incentives_fast", False):
        CachedBotState.compute_hash = _fast_compute_hash(CachedBotState.compute_hash)


apply()
