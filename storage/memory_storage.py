"""botbuilder's `MemoryStorage` with the e_tag rules of the other stores (`STORAGE=memory`).

The stock one raises a bare `KeyError` on a conflict (so a conflict could not be told from
a bug), hands out the stored objects themselves on `read`, and keeps whatever e_tag a new
key was written with: two writers both creating a key with `NEW_DOCUMENT` would both
succeed. This one behaves as `TinyDBStorage` does: `read` returns copies; a write whose
e_tag is absent, None or `"*"` overwrites, an empty one is refused, any other must equal
the stored one (a key that is not stored accepts any), else `ConflictError`; every key is
checked before any is written; each write stores a new e_tag, handed back on the written
value when the write was conditional.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping
from typing import Any

from botbuilder.core import MemoryStorage as BotbuilderMemoryStorage

from storage.errors import ConflictError
from storage.tinydb_storage import _e_tag_of, _set_e_tag, _with_e_tag

_WILDCARD_E_TAG = "*"
# One numbering for every instance: two instances over one dict must not issue the same
# e_tag (botbuilder's counts per instance).
_E_TAGS = itertools.count(1)


class MemoryStorage(BotbuilderMemoryStorage):
    """Bot state and repository data in a dict (module docstring); one process only."""

    async def read(self, keys: list[str]) -> dict[str, Any]:
        found = await super().read(keys)
        return {key: copy.deepcopy(value) for key, value in found.items()}

    async def delete(self, keys: list[str]) -> None:
        if keys is None:
            raise Exception("Keys are required when deleting")
        await super().delete(keys)

    async def write(self, changes: Mapping[str, Any]) -> None:
        if changes is None:
            raise Exception("Changes are required when writing")
        if not changes:
            return
        expected_e_tags: dict[str, str | None] = {}
        for key, value in changes.items():
            expected = _e_tag_of(value)
            if expected == "":
                raise Exception(
                    f"MemoryStorage.write(): e_tag of {key!r} is empty; "
                    f"use None or '*' to overwrite"
                )
            expected_e_tags[key] = expected
            if expected is None or expected == _WILDCARD_E_TAG or key not in self.memory:
                continue
            actual = _e_tag_of(self.memory[key])
            if actual != expected:
                raise ConflictError(key, expected, actual)
        for key, value in changes.items():
            e_tag = str(next(_E_TAGS))
            self.memory[key] = copy.deepcopy(_with_e_tag(value, e_tag))
            if expected_e_tags[key] not in (None, _WILDCARD_E_TAG):
                _set_e_tag(value, e_tag)
