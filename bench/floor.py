"""The durable floor: the least a chat turn that keeps what it was told can cost, in Python.

`python -m bench.serve floor DATA_DIR` serves it. Per activity it does only what any
durable bot must: parse the activity's JSON, write the conversation's state durably
(one small file per conversation: a temporary file, `fdatasync`, `os.replace`), then
POST one reply to the activity's `serviceUrl` on a ClientSession reused for every reply,
and answer 202. No SDK, no dialog, no validation beyond what the reply needs. The write
runs on a worker thread, as the bot's own writes do, so that turns of other conversations
go on while one waits for the disk; the reply leaves only once the write is on disk.

The reply says "Echo: <text>", so the bench checks its turns as it checks the echo bots'.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from pathlib import Path
from urllib.parse import quote

import aiohttp
from aiohttp import web


def write_durably(path: Path, data: bytes) -> None:
    """`data` at `path`, whole or not at all, on disk when this returns."""
    temporary = path.with_name(f"{path.name}.{threading.get_ident()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(descriptor, data)
        os.fdatasync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)


class Floor:
    """The floor's one route, its state folder and its reused client session."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.turns: dict[str, int] = {}
        self.session: aiohttp.ClientSession | None = None

    async def open(self, _app: web.Application) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.session = aiohttp.ClientSession()

    async def close(self, _app: web.Application) -> None:
        if self.session is not None:
            await self.session.close()

    async def messages(self, request: web.Request) -> web.Response:
        activity = json.loads(await request.read())
        conversation = activity["conversation"]
        turns = self.turns.get(conversation["id"], 0) + 1
        self.turns[conversation["id"]] = turns
        state = json.dumps({"turns": turns, "last": activity.get("text")}).encode()
        path = self.folder / f"{quote(conversation['id'], safe='')}.json"
        await asyncio.to_thread(write_durably, path, state)
        reply = {
            "type": "message",
            "text": f"Echo: {activity.get('text')}",
            "from": activity.get("recipient"),
            "recipient": activity.get("from"),
            "conversation": conversation,
            "replyToId": activity.get("id"),
        }
        url = (
            f"{activity['serviceUrl'].rstrip('/')}/v3/conversations/"
            f"{quote(conversation['id'], safe='')}/activities/{quote(activity['id'], safe='')}"
        )
        assert self.session is not None
        async with self.session.post(url, json=reply) as response:
            await response.read()
            response.raise_for_status()
        return web.Response(status=202)


def create_floor_app(folder: Path) -> web.Application:
    floor = Floor(folder)
    app = web.Application()
    app.router.add_post("/api/messages", floor.messages)
    app.on_startup.append(floor.open)
    app.on_cleanup.append(floor.close)
    return app
