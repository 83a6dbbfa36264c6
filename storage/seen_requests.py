"""Signed back-office requests already taken, kept in the store every instance shares.

A role change carries no event id, so the same signed request must be taken once: not
once per process (a restart or a second instance would forget), once per store. Each
signature is written under `replay/<two hex digits>` with the unix time it was signed
at, by a conditional write (the e-tag it was read at), so two instances that receive
the same request at once cannot both take it: the slower write conflicts, re-reads, and
finds the signature there.

A signature is only good within the timestamp window, so entries older than
`forget_after` seconds are dropped whenever their shard is written: the store holds at
most a window's worth of requests, with no sweep to schedule.
"""

from __future__ import annotations

import re
from typing import Any

from storage.repository import KeyValueStore
from storage.unit_of_work import Outcome, change

SEEN_PREFIX = "replay/"
_SIGNATURE = re.compile(r"[0-9a-f]{64}")
MAX_ATTEMPTS = 20


class SeenRequests:
    """`first_time(signature, signed_at, now)`: True once per signature, whatever the process."""

    def __init__(self, store: KeyValueStore, forget_after: float) -> None:
        self._store = store
        self._forget_after = forget_after

    @staticmethod
    def _key(signature: str) -> str:
        return f"{SEEN_PREFIX}{signature[:2]}"

    async def first_time(self, signature: str, signed_at: int, now: float) -> bool:
        if not _SIGNATURE.fullmatch(signature):
            raise ValueError("a signature is 64 lowercase hex digits")
        key = self._key(signature)

        def take(found: dict[str, Any]) -> Outcome[bool]:
            document: dict[str, Any] = found.get(key) or {}
            seen: dict[str, int] = dict(document.get("seen", {}))
            if signature in seen:
                return Outcome(result=False)
            horizon = now - self._forget_after
            seen = {known: at for known, at in seen.items() if at >= horizon}
            seen[signature] = int(signed_at)
            return Outcome({key: {**document, "seen": seen}}, True)

        # A conflict: another instance wrote this shard meanwhile; read again (it may be
        # ours), with jitter so two instances do not keep colliding.
        return await change(
            self._store,
            [key],
            take,
            what="the record of signed requests",
            attempts=MAX_ATTEMPTS,
            jitter=0.002,
        )
