"""A turn leaves no reference cycles behind: what it built is freed as soon as it ends.

Objects caught in a cycle wait for the garbage collector, and a collection that finds
thousands of them (botbuilder's dialog contexts, each holding a `DialogStateManager` that
holds it back; the closure `TurnContext._emit` builds to call itself) held the event loop
25-40 ms, several times a minute under load (`make bench`, the loop-stall figure). The
seam (`seam.turn_seam`) removes those cycles; this test runs plan turns through the real
app over HTTP with the collector off and counts what only the collector could free.
"""

from __future__ import annotations

import gc
from collections import Counter

import pytest

from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector

pytestmark = pytest.mark.asyncio

# The SDK's and the bot's own modules: objects of these left in cycles are the turn's.
TURN_MODULES = ("botbuilder.", "botframework.", "dialogs.", "bot.", "views.", "domain.")


def _cyclic_garbage() -> Counter:
    """What the collector alone would free now, by type, of the turn's modules."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        kinds = Counter(
            f"{type(o).__module__}.{type(o).__qualname__}"
            for o in gc.garbage
            if type(o).__module__.startswith(TURN_MODULES)
        )
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    return kinds


async def test_plan_turns_over_http_leave_no_cycles(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, _house), FakeConnector() as connector:
        # A first turn warms caches up (the dialog set, the connector client).
        await client.post("/api/messages", json=teams_message(connector.url, "hello"))
        answers = ["new plan", "1234567", "CSP indirect reseller", "France", "cancel"]
        gc.collect()
        gc.disable()
        # Everything alive now is held until the count: what an earlier test left for the
        # loop to drop later cannot become garbage meanwhile; only what the turns built can.
        before = gc.get_objects()
        try:
            for number, text in enumerate(answers, start=2):
                response = await client.post(
                    "/api/messages", json=teams_message(connector.url, text, number=number)
                )
                assert response.status in (200, 201, 202)
            left = _cyclic_garbage()
        finally:
            del before
            gc.enable()
        assert connector.take(), "the turns answered"
    assert not left, f"objects only the garbage collector frees: {left.most_common(12)}"
