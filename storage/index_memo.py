"""What was made of each shard of a sharded index, by the version (e_tag) it was made from.

A partner with 5,000 claims has an index of 16 shards, 2.1 MB of JSON together (143 KB at
most a shard). Each turn that checks a claim, lists claims or starts one used to parse and
validate all of it, once or twice a turn: 50-160 ms with the event loop held, for data that
had not changed since the turn before (a turn saves one claim, which changes one shard). A
shard's summaries are kept here with the e_tag of the version they came from; a store that
can tell a document's e_tag without parsing it (TinyDB: `read_unless_known`) then parses
only the shards that changed, and any store spares the validation.

Bounded: shards are let go, least recently used first, past `budget` entries in all (a
shard counts its entries, an empty one counts one), so memory stays the same whatever the
number of partners. An e_tag names one stored version for good (the stores issue a fresh
one at each write), so what is kept is never stale, only dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from storage.unit_of_work import KeyValueStore

Summary = TypeVar("Summary")

# Summaries ("my claims", "new claim", the status question): ~0.65 KB an entry
# (storage.claims.ClaimSummary, slotted; tracemalloc over a 5,000-claim partner's index:
# 3.1 MB, 10.4 MB when they were pydantic models), so about 16 MB at most: four partners
# of 5,000 claims and their new ones, claiming at once.
MEMO_BUDGET = 24_000
# The claim check's records: ~0.8 KB an entry (3.6 MB for the same partner, the words they
# share kept once), so about 32 MB at most: eight partners of 5,000 claims checking at once.
CHECK_MEMO_BUDGET = 40_000


@dataclass(frozen=True)
class Shard(Generic[Summary]):
    """What was made of one shard's items (its summaries, or the claim check's records)
    at one version."""

    e_tag: str
    entries: tuple[Summary, ...]

    @property
    def weight(self) -> int:
        return max(1, len(self.entries))


class IndexMemo(Generic[Summary]):
    """Shards by key, at most `budget` entries in all, least recently used let go first."""

    def __init__(self, budget: int = MEMO_BUDGET) -> None:
        self._budget = budget
        self._shards: OrderedDict[str, Shard[Summary]] = OrderedDict()
        self._weight = 0

    def known(self, keys: Iterable[str]) -> dict[str, Shard[Summary]]:
        """The shards held of `keys` (each now the most recently used)."""
        held: dict[str, Shard[Summary]] = {}
        for key in keys:
            shard = self._shards.get(key)
            if shard is not None:
                self._shards.move_to_end(key)
                held[key] = shard
        return held

    def keep(self, key: str, shard: Shard[Summary]) -> None:
        self.forget(key)
        if shard.weight > self._budget:
            return
        self._shards[key] = shard
        self._weight += shard.weight
        while self._weight > self._budget:
            _, oldest = self._shards.popitem(last=False)
            self._weight -= oldest.weight

    def forget(self, key: str) -> None:
        shard = self._shards.pop(key, None)
        if shard is not None:
            self._weight -= shard.weight

    @property
    def weight(self) -> int:
        return self._weight


async def read_unless_known(
    store: KeyValueStore, keys: list[str], known: Mapping[str, str]
) -> dict[str, Any]:
    """The store's documents of `keys`; those whose e_tag is `known[key]` may come back as
    ``{"e_tag": ...}`` alone, unparsed, from a store that can tell (TinyDB)."""
    reader = getattr(store, "read_unless_known", None)
    if reader is None or not known:
        return await store.read(keys)
    return await reader(keys, known)
