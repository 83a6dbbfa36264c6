"""jsonpickle's format, written and read fast for the shapes conversation state takes.

botbuilder keeps a conversation's dialog stack as a tree of `DialogState`,
`DialogInstance` and `PromptOptions` objects inside dicts and lists, and stores it with
jsonpickle (its blob and Cosmos stores do; so does `TinyDBStorage`). botbuilder also
flattens the whole state with jsonpickle to tell whether it changed: at load, at save
and after the write. jsonpickle's generic walk (reduce protocols, reference tracking)
took about 1 ms per flatten for this bot's few-kilobyte dialog stacks, four and more
times a turn.

`flatten` produces exactly jsonpickle's output (`{"py/object": "<module>.<class>",
"py/state": {...attributes}}`) for a tree made only of dicts with string keys, lists,
JSON scalars and instances of `FAST_CLASSES`, and `restore` reads it back. For anything
else (another class, a tuple, a set, a shared or cyclic reference, which jsonpickle
writes as `py/id`) both return `UNSUPPORTED`, and the caller uses jsonpickle itself, so
what is stored and what is read back never depend on which path ran. Only the listed
classes are ever instantiated by `restore`.
"""

from __future__ import annotations

import importlib
from typing import Any

UNSUPPORTED: Any = object()

FAST_CLASSES = frozenset(
    {
        "botbuilder.dialogs.dialog_state.DialogState",
        "botbuilder.dialogs.dialog_instance.DialogInstance",
        "botbuilder.dialogs.prompts.prompt_options.PromptOptions",
    }
)
_OBJECT = "py/object"
_STATE = "py/state"
_TAG_PREFIX = "py/"
_SCALARS = frozenset({str, int, float, bool, type(None)})
_classes: dict[str, type] = {}


class _Unsupported(Exception):
    pass


def flatten(value: Any) -> Any:
    """jsonpickle's `Pickler().flatten(value)`, or `UNSUPPORTED`."""
    try:
        return _flatten(value, set())
    except (_Unsupported, RecursionError):
        return UNSUPPORTED


def restore(flat: Any) -> Any:
    """jsonpickle's `Unpickler().restore(flat)` (fresh objects), or `UNSUPPORTED`."""
    try:
        return _restore(flat)
    except (_Unsupported, RecursionError):
        return UNSUPPORTED


def _flatten(value: Any, seen: set[int]) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if id(value) in seen:
        raise _Unsupported  # shared or cyclic: jsonpickle writes a reference
    seen.add(id(value))
    if kind is dict:
        flat = {}
        for key, item in value.items():
            if type(key) is not str or key.startswith(_TAG_PREFIX):
                raise _Unsupported
            flat[key] = _flatten(item, seen)
        return flat
    if kind is list:
        return [_flatten(item, seen) for item in value]
    name = f"{kind.__module__}.{kind.__qualname__}"
    attributes = getattr(value, "__dict__", None)
    if name not in FAST_CLASSES or type(attributes) is not dict or not attributes:
        raise _Unsupported
    return {_OBJECT: name, _STATE: _flatten(attributes, seen)}


def _restore(flat: Any) -> Any:
    kind = type(flat)
    if kind in _SCALARS:
        return flat
    if kind is list:
        return [_restore(item) for item in flat]
    if kind is not dict:
        raise _Unsupported
    if _OBJECT in flat:
        name, state = flat[_OBJECT], flat.get(_STATE)
        if len(flat) != 2 or name not in FAST_CLASSES or type(state) is not dict or not state:
            raise _Unsupported
        cls = _class(name)
        instance = cls.__new__(cls)
        for key, item in state.items():
            if type(key) is not str or key.startswith(_TAG_PREFIX):
                raise _Unsupported
            setattr(instance, key, _restore(item))
        return instance
    restored = {}
    for key, item in flat.items():
        if type(key) is not str or key.startswith(_TAG_PREFIX):
            raise _Unsupported
        restored[key] = _restore(item)
    return restored


def _class(name: str) -> type:
    cls = _classes.get(name)
    if cls is None:
        module, _, qualname = name.rpartition(".")
        cls = _classes[name] = getattr(importlib.import_module(module), qualname)
    return cls


class NotPlainJSON(Exception):
    """The value holds something JSON cannot say as it is (an object, a tuple, ...)."""


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def json_copy(value: Any) -> Any:
    """A copy of plain JSON data (dicts with str keys, lists, str, numbers, bool, None);
    raises NotPlainJSON for anything else, so callers can fall back to jsonpickle."""
    kind = type(value)
    if kind is dict:
        copied = {}
        for key, item in value.items():
            if type(key) is not str:
                raise NotPlainJSON
            copied[key] = json_copy(item)
        return copied
    if kind is list:
        return [json_copy(item) for item in value]
    if kind in _JSON_SCALARS:
        return value
    raise NotPlainJSON
