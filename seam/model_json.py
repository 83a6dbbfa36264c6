"""msrest's JSON for a Bot Framework schema model, and the model from JSON, without
msrest's detours.

Every reply the bot sends goes through `Serializer.body(activity, "Activity")`, which
first walks the whole activity through a *deserializer* (to turn dicts into models), then
validates every attribute against the model's `_validation` table, then serializes with
per-attribute keyword copies and key transformers: about a millisecond for a reply with a
card, as much as the rest of an echo turn. The Bot Framework schema has no validation
constraints (every `_validation` table is empty), no flattened or XML keys and no
additional properties, so for a model whose every value already has its declared kind
the result is a plain walk of `_attribute_map`: `to_json` does that walk and gives the
very dict msrest would. Anything it is not sure of — a dict where a model is declared, a
type it does not know, a constraint, a flattened key — raises `NotSimple`, and the caller
lets msrest do it as before.

The other way, `load(Activity, body)` is `Activity.deserialize(body)` for each activity
received (0.7 ms through msrest's generic deserializer, with its key extractors tried one
by one and a model-class table rebuilt per call): the same constructor called with the
same values, unknown keys kept in `additional_properties` as msrest keeps them.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

from msrest.serialization import Deserializer, Model, Serializer

from seam.state_codec import NotPlainJSON, json_copy

BASIC = {"bool": bool, "int": int, "float": float}


class NotSimple(Exception):
    """This model (or a value in it) needs msrest's own path."""


_simple_classes: dict[type, bool] = {}


def _is_simple(cls: type) -> bool:
    known = _simple_classes.get(cls)
    if known is None:
        known = not getattr(cls, "_validation", None) and not cls.is_xml_model()
        for attribute, description in cls._attribute_map.items():
            key, kind = description.get("key"), description.get("type")
            if (
                not isinstance(key, str)
                or not key
                or "." in key
                or not isinstance(kind, str)
                or attribute == "additional_properties"
                or "xml" in description
            ):
                known = False
        _simple_classes[cls] = known
    return known


_serializers: dict[str, Serializer] = {}


def dump(model: Model) -> dict[str, Any]:
    """`model.serialize()`, as msrest gives it, for a simple model (msrest's own otherwise)."""
    module = type(model).__module__
    serializer = _serializers.get(module)
    if serializer is None:
        serializer = _serializers[module] = Serializer(model._infer_class_models())
    try:
        return to_json(model, serializer)
    except NotSimple:
        return model.serialize()


def to_json(model: Model, serializer: Serializer) -> dict[str, Any]:
    """msrest's `serializer.body(model, type(model).__name__)` for a simple model."""
    cls = type(model)
    if not isinstance(model, Model) or not _is_simple(cls):
        raise NotSimple(cls.__name__)
    serialized: dict[str, Any] = {}
    for attribute, description in cls._attribute_map.items():
        value = getattr(model, attribute, None)
        if value is None:
            continue  # msrest leaves out what has no value
        serialized[description["key"]] = _value(value, description["type"], serializer)
    return serialized


def _value(value: Any, kind: str, serializer: Serializer) -> Any:
    if kind == "str":
        return value if type(value) is str else Serializer.serialize_unicode(value)
    if kind == "object":
        return serializer.serialize_object(value)
    basic = BASIC.get(kind)
    if basic is not None:
        return basic(value)
    if kind == "iso-8601":
        return Serializer.serialize_iso(value)
    if kind[0] == "[" and kind[-1] == "]":
        if not isinstance(value, list):
            raise NotSimple(kind)
        inner = kind[1:-1]
        return [None if item is None else _value(item, inner, serializer) for item in value]
    if kind[0] == "{" and kind[-1] == "}":
        if type(value) is not dict:
            raise NotSimple(kind)
        inner = kind[1:-1]
        return {
            Serializer.serialize_unicode(key): None
            if item is None
            else _value(item, inner, serializer)
            for key, item in value.items()
        }
    declared = serializer.dependencies.get(kind)
    if isinstance(declared, type) and issubclass(declared, Model) and isinstance(value, Model):
        return to_json(value, serializer)  # its own class's map, as msrest does
    raise NotSimple(kind)


_loadable_classes: dict[type, bool] = {}
_dependencies: dict[str, dict[str, Any]] = {}


def _is_loadable(cls: type) -> bool:
    known = _loadable_classes.get(cls)
    if known is None:
        known = (
            isinstance(cls, type)
            and issubclass(cls, Model)
            and _is_simple(cls)
            and not cls.__dict__.get("_subtype_map")
            and all("\\" not in d["key"] for d in cls._attribute_map.values())
        )
        _loadable_classes[cls] = known
    return known


def load(cls: type[Model], data: Any) -> Model:
    """`cls.deserialize(data)`, as msrest gives it, for a simple model and JSON data."""
    dependencies = _dependencies.get(cls.__module__)
    if dependencies is None:
        dependencies = _dependencies[cls.__module__] = cls._infer_class_models()
    try:
        return _load(cls, data, dependencies)
    except NotSimple:
        return cls.deserialize(data)


def load_with(cls: type[Model], data: Any, dependencies: dict[str, Any]) -> Model:
    """msrest's `Deserializer(dependencies)._deserialize(cls.__name__, data)`; raises
    NotSimple when msrest must do it."""
    return _load(cls, data, dependencies)


def _load(cls: type, data: Any, dependencies: dict[str, Any]) -> Model:
    if type(data) is not dict or not _is_loadable(cls):
        raise NotSimple(cls.__name__)
    attributes = cls._attribute_map
    values = {}
    for attribute, description in attributes.items():
        raw = data.get(description["key"])
        values[attribute] = None if raw is None else _loaded(raw, description["type"], dependencies)
    model = cls(**values)
    known = _known_keys(cls)
    unknown = {key: value for key, value in data.items() if key not in known}
    if unknown:  # as msrest keeps keys the model does not declare
        model.additional_properties = unknown
    return model


# A moment as Teams writes it: a date, a time to the second, 0-9 digits of fraction, and
# Z or an offset. Python reads that form itself (a fiftieth of msrest's time, isodate's
# pure-Python parser): the same moment (digits past microseconds dropped, as msrest
# drops them) and the same offset. Anything else is read by msrest, errors included.
_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})", re.ASCII
)


def load_moment(raw: str) -> datetime:
    """`Deserializer.deserialize_iso(raw)`: a timestamp of an activity."""
    if _MOMENT.fullmatch(raw):
        try:
            return datetime.fromisoformat(raw)
        except ValueError:  # a 31st of February: msrest says how it is wrong
            pass
    return Deserializer.deserialize_iso(raw)


_keys: dict[type, frozenset[str]] = {}


def _known_keys(cls: type) -> frozenset[str]:
    known = _keys.get(cls)
    if known is None:
        known = _keys[cls] = frozenset(d["key"] for d in cls._attribute_map.values())
    return known


def _loaded(raw: Any, kind: str, dependencies: dict[str, Any]) -> Any:
    if kind == "str":
        if type(raw) is str:
            return raw
        raise NotSimple(kind)
    if kind == "object":
        try:
            return json_copy(raw)
        except (NotPlainJSON, RecursionError) as error:
            raise NotSimple(kind) from error
    if kind == "bool":
        if type(raw) is bool:
            return raw
        raise NotSimple(kind)
    if kind == "int":
        if type(raw) is int:
            return raw
        raise NotSimple(kind)
    if kind == "float":
        if type(raw) in (int, float):
            return float(raw)
        raise NotSimple(kind)
    if kind == "iso-8601":
        if type(raw) is str:
            return load_moment(raw)
        raise NotSimple(kind)
    if kind[0] == "[" and kind[-1] == "]":
        if type(raw) is not list:
            raise NotSimple(kind)
        inner = kind[1:-1]
        return [None if item is None else _loaded(item, inner, dependencies) for item in raw]
    if kind[0] == "{" and kind[-1] == "}":
        if type(raw) is not dict:
            raise NotSimple(kind)
        inner = kind[1:-1]
        return {
            key: None if item is None else _loaded(item, inner, dependencies)
            for key, item in raw.items()
        }
    declared = dependencies.get(kind)
    if isinstance(declared, type) and issubclass(declared, Model):
        return _load(declared, raw, dependencies)
    raise NotSimple(kind)


# -- deep copies -------------------------------------------------------------------------

_ATOMS = (str, int, float, bool, type(None))


def deep_copy(model: Model, memo: dict[int, Any] | None = None) -> Model:
    """`copy.deepcopy(model)` for a schema model: a new model whose every dict, list and
    nested model is new too. botbuilder deep-copies every activity it sends; the generic
    walk over a card took 0.3 ms a reply. Plain JSON (a card) is copied by
    `seam.state_codec.json_copy`; anything else goes to `copy.deepcopy`."""
    memo = {} if memo is None else memo
    cls = type(model)
    copied = cls.__new__(cls)
    memo[id(model)] = copied
    copied.__dict__.update({name: _copied(value, memo) for name, value in model.__dict__.items()})
    return copied


def _copied(value: Any, memo: dict[int, Any]) -> Any:
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is dict or kind is list:
        try:
            return json_copy(value)
        except (NotPlainJSON, RecursionError):
            if kind is list:
                return [_copied(item, memo) for item in value]
            return {key: _copied(item, memo) for key, item in value.items()}
    if isinstance(value, Model) and id(value) not in memo:
        return deep_copy(value, memo)
    return copy.deepcopy(value, memo)
