"""A loopback Bot Connector: records what the bot sends, as Teams' service would receive it."""

from __future__ import annotations

import itertools
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


class FakeConnector:
    """Serves the Bot Connector's reply/send routes on loopback and keeps every activity."""

    def __init__(self) -> None:
        self.activities: list[dict[str, Any]] = []
        # Scripted answers for the next requests: (status, Retry-After) before any 200.
        self.failures: list[tuple[int, str | None]] = []
        self.refused = 0
        self._ids = itertools.count(1)
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation_id}/activities", self._receive)
        app.router.add_post(
            "/v3/conversations/{conversation_id}/activities/{activity_id}", self._receive
        )
        self.server = TestServer(app, host="127.0.0.1")

    async def _receive(self, request: web.Request) -> web.Response:
        if self.failures:
            status, retry_after = self.failures.pop(0)
            self.refused += 1
            headers = {"Retry-After": retry_after} if retry_after else {}
            return web.json_response(
                {"error": {"code": "Throttled", "message": "try later"}},
                status=status,
                headers=headers,
            )
        body = await request.json()
        body["_conversation"] = request.match_info["conversation_id"]
        self.activities.append(body)
        return web.json_response({"id": f"reply-{next(self._ids)}"})

    async def __aenter__(self) -> FakeConnector:
        await self.server.start_server()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.server.close()

    @property
    def url(self) -> str:
        return str(self.server.make_url("/"))

    def take(self) -> list[dict[str, Any]]:
        taken, self.activities = self.activities, []
        return taken
