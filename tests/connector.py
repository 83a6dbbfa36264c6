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
        # Updates of sent messages (PUT …/activities/{id}), each with its "_updated" id.
        self.updates: list[dict[str, Any]] = []
        # Ids of messages the partner deleted: updating one is answered 404.
        self.deleted: set[str] = set()
        # Scripted answers for the next requests: (status, Retry-After) before any 200.
        self.failures: list[tuple[int, str | None]] = []
        self.refused = 0
        self._ids = itertools.count(1)
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation_id}/activities", self._receive)
        app.router.add_post(
            "/v3/conversations/{conversation_id}/activities/{activity_id}", self._receive
        )
        app.router.add_put(
            "/v3/conversations/{conversation_id}/activities/{activity_id}", self._update
        )
        self.server = TestServer(app, host="127.0.0.1")

    async def _update(self, request: web.Request) -> web.Response:
        failure = self._scripted_failure()
        if failure is not None:
            return failure
        activity_id = request.match_info["activity_id"]
        if activity_id in self.deleted:
            return web.json_response(
                {"error": {"code": "NotFound", "message": "no such activity"}}, status=404
            )
        body = await request.json()
        body["_conversation"] = request.match_info["conversation_id"]
        body["_updated"] = activity_id
        self.updates.append(body)
        return web.json_response({"id": activity_id})

    def _scripted_failure(self) -> web.Response | None:
        if not self.failures:
            return None
        status, retry_after = self.failures.pop(0)
        self.refused += 1
        headers = {"Retry-After": retry_after} if retry_after else {}
        return web.json_response(
            {"error": {"code": "Throttled", "message": "try later"}},
            status=status,
            headers=headers,
        )

    async def _receive(self, request: web.Request) -> web.Response:
        failure = self._scripted_failure()
        if failure is not None:
            return failure
        body = await request.json()
        body["_conversation"] = request.match_info["conversation_id"]
        body["_id"] = f"reply-{next(self._ids)}"  # the id the bot is answered with
        self.activities.append(body)
        return web.json_response({"id": body["_id"]})

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
