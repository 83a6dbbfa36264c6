"""One way to change stored documents: read, decide, write conditionally, retry a lost race.

`change(store, keys, decide)` reads `keys`, hands what it found to `decide` (a pure
function of the documents: no reads, no writes, no awaits), writes what `decide` returned
in ONE `write` call, each document over the e_tag it was read at, and returns `decide`'s
result. A document read as missing is written with `NEW_DOCUMENT`, an e_tag no store ever
hands out, so the write succeeds only if the key is still missing: two processes on one
store (`STORAGE=azure-blob`) cannot both create a counter's first value, a tenant's first
index or its first outbox.

Only the stores' typed `ConflictError` (another writer got there first) is retried, on
fresh reads; anything else, a bug in `decide` or a store's error that is not a lost race,
surfaces at once. After `attempts` lost races it raises `StillConflictingError`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from storage.errors import ConflictError, StillConflictingError

# "This key must not exist yet": stores compare it like any e_tag, and none ever issues it
# (TinyDB and blob e_tags are hex, the memory store's are numbers).
NEW_DOCUMENT = "new-document"

Result = TypeVar("Result")


class KeyValueStore(Protocol):
    """The botbuilder `Storage` protocol, without importing botbuilder.

    `read` returns fresh copies (the caller may change them); values are dicts carrying
    an `e_tag`; a `write` over a stale e_tag raises `ConflictError`.
    """

    async def read(self, keys: list[str]) -> dict[str, Any]: ...
    async def write(self, changes: dict[str, Any]) -> None: ...
    async def delete(self, keys: list[str]) -> None: ...


@dataclass(frozen=True)
class Outcome(Generic[Result]):
    """What a decision came to: the documents to write (none: nothing to do) and a result.

    Documents of keys that were read get the e_tag they were read at; any other document
    (an outbox read earlier, say) is written over the e_tag it carries.
    """

    write: Mapping[str, Any] = field(default_factory=dict)
    result: Result = None  # type: ignore[assignment]


async def change(
    store: KeyValueStore,
    keys: Sequence[str],
    decide: Callable[[dict[str, Any]], Outcome[Result]],
    *,
    what: str,
    attempts: int = 10,
    jitter: float = 0.0,
    retry_if: Callable[[ConflictError], bool] | None = None,
) -> Result:
    """Apply `decide` to the documents at `keys` and store its outcome (module docstring).

    `what` names the documents in the error given after `attempts` lost races. `jitter`
    (seconds) spreads the retries of processes that keep colliding: the n-th waits up to
    n × jitter. `retry_if` may refuse to retry a conflict (it is then raised as it is).
    """
    keys = list(keys)
    for attempt in range(attempts):
        found = await store.read(keys)
        outcome = decide(found)
        if not outcome.write:
            return outcome.result
        changes = dict(outcome.write)
        for key in keys:
            document = changes.get(key)
            if isinstance(document, dict):
                _stamp(document, found.get(key))
        try:
            await store.write(changes)
        except ConflictError as conflict:
            if retry_if is not None and not retry_if(conflict):
                raise
            if attempt + 1 == attempts:
                raise StillConflictingError(
                    f"{what} kept changing ({attempts} attempts)"
                ) from conflict
            if jitter:
                await asyncio.sleep(random.uniform(0, jitter * (attempt + 1)))
            continue
        return outcome.result
    raise StillConflictingError(f"{what}: no attempt allowed ({attempts})")


def _stamp(document: dict[str, Any], read: Any) -> None:
    """Give `document` the e_tag its key was read at (NEW_DOCUMENT if it was missing)."""
    if read is None:
        document["e_tag"] = NEW_DOCUMENT
        return
    e_tag = read.get("e_tag") if isinstance(read, dict) else getattr(read, "e_tag", None)
    if e_tag:
        document["e_tag"] = e_tag
    else:
        document.pop("e_tag", None)  # stored without one: it was, and stays, unconditional
