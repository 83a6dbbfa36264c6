"""msrest's JSON for a Bot Framework schema model, without msrest's detours.

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
"""

from __future__ import annotations

from typing import Any

from msrest.serialization import Model, Serializer

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
