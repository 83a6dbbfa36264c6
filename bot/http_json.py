"""JSON request bodies read safely: the media type exactly, bounded nesting, no NaN.

`json.loads` recurses once per nesting level: a body of 100,000 `[` raises
`RecursionError` (not a `ValueError`), which a handler catching `ValueError` lets through
as a 500; a body nested a few hundred levels parses, then exhausts the stack of whatever
walks it next (msrest's deserializer, a deep copy, jsonpickle). `loads` refuses both,
with `InvalidJSON`, a `ValueError`. Used by /api/messages; any route reading JSON may
call `read_json` or `loads`.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

JSON_MEDIA_TYPE = "application/json"
# Deeper than any activity Teams sends (an Adaptive Card's merged inputs are 2-3 levels)
# or the back-office API takes, far shallower than the interpreter's recursion limit.
MAX_DEPTH = 32


class InvalidJSON(ValueError):
    """The body is not JSON this service accepts; `reason` is safe to show the sender."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnsupportedMediaType(ValueError):
    """The request's Content-Type is not `application/json` (UTF-8)."""


def _refuse_constant(name: str) -> Any:
    raise InvalidJSON(f"{name} is not JSON")


def depth_of(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply `value` nests lists and dicts (a scalar is 0), counted up to `limit` + 1.

    A loop with an explicit stack, so any depth is measured without recursion.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse `text`; `InvalidJSON` if it is not JSON, nests deeper than `max_depth`, or
    uses NaN/Infinity (not JSON, and a float nobody downstream expects)."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise InvalidJSON(f"the JSON nests deeper than {max_depth} levels") from None
    except InvalidJSON:
        raise
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, an int of 4,300+ digits
        raise InvalidJSON("the body is not JSON") from None
    if depth_of(value, max_depth) > max_depth:
        raise InvalidJSON(f"the JSON nests deeper than {max_depth} levels")
    return value


def check_media_type(request: web.BaseRequest) -> None:
    """`UnsupportedMediaType` unless the Content-Type is `application/json` (parameters
    allowed; a charset, if given, must be UTF-8). The media type is parsed, not searched:
    `text/plain; x=application/json` is text."""
    if request.content_type != JSON_MEDIA_TYPE:
        raise UnsupportedMediaType(request.content_type)
    charset = request.charset
    if charset is not None and charset.strip().lower() not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"{JSON_MEDIA_TYPE}; charset={charset}")


async def read_json(request: web.BaseRequest, *, max_depth: int = MAX_DEPTH) -> Any:
    """The request's JSON body: `UnsupportedMediaType` or `InvalidJSON` if it is not.

    The body size is aiohttp's `client_max_size` (413 above it) as before.
    """
    check_media_type(request)
    return loads(await request.read(), max_depth=max_depth)
