"""The errors every store raises: a conditional write that lost a race, and damaged data."""

from __future__ import annotations


class ConflictError(KeyError):
    """A write carried an e_tag that no longer matches the stored one.

    Every store raises it (TinyDB, Azure Blob, memory), also for the "must not exist yet"
    e_tag (`storage.unit_of_work.NEW_DOCUMENT`) of a key that exists now; it is the only
    error `storage.unit_of_work.change` retries. A `KeyError` as well, because botbuilder's
    own `MemoryStorage` signals the same case with one, and botbuilder callers (the Teams
    turn around `save_changes`) catch that.
    """

    def __init__(self, key: str, expected: str, actual: str | None, detail: str = "") -> None:
        self.key = key
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"e_tag conflict on key {key!r}: the write carried e_tag {expected!r} but the "
            f"stored e_tag is {actual!r}{detail}; read the key again, reapply the change "
            f"and retry"
        )

    def __str__(self) -> str:
        # KeyError would show the repr of the message, quotes and escapes included.
        return str(self.args[0])


class StillConflictingError(RuntimeError):
    """A change lost the race every time it was tried: the documents kept changing."""


class DamagedDataError(Exception):
    """Stored data that cannot be read back (a damaged file or blob): never overwritten.

    The message names what is damaged and how to recover, for the operator's log; the
    partner whose data it is gets a plain answer in their language instead.
    """
