"""A loopback Bot Connector for the bench: counts what the bot sends, can enforce a rate.

The bot posts its replies and proactive notices here (the `serviceUrl` of every
activity the harness sends). Two modes share one server:

- turns: each conversation's replies are kept (raw JSON text) until the simulated
  partner takes them, so a partner can check what it was answered;
- notices: each accepted notice is counted under its key (conversation, item id), so
  a notice delivered twice or never shows. With `rate_per_second` set the connector
  admits at most that many requests a second (a token bucket, as Teams throttles) and
  answers 429 with `Retry-After` above it; `random_429` refuses that share of the
  admissible requests too, also with `Retry-After`, without spending a token.
"""

from __future__ import annotations

import itertools
import random
import re
import time
from collections import Counter, defaultdict

from aiohttp import web

NOTICE_ITEM = re.compile(r"(?:CLM|PLN)-\d{4}-\d{6}")


class BenchConnector:
    """Serves the Bot Connector's send and reply routes on 127.0.0.1 and counts."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.replies: dict[str, list[str]] = defaultdict(list)
        self.reply_count = 0
        self.notices: Counter[tuple[str, str]] = Counter()
        self.notice_times: list[float] = []
        self.refused_rate = 0
        self.refused_random = 0
        self.notice_mode = False
        self.rate_per_second: float | None = None
        self.burst = 1.0
        self.random_429 = 0.0
        self.retry_after = "1"
        self._tokens = 0.0
        self._refilled_at = 0.0
        self._random = random.Random(20261127)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- set-up ----------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/v3/conversations/{conversation_id}/activities", self._receive)
        app.router.add_post(
            "/v3/conversations/{conversation_id}/activities/{activity_id}", self._receive
        )
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def expect_notices(
        self, *, rate_per_second: float, burst: float, random_429: float, retry_after: str = "1"
    ) -> None:
        """Switch to counting notices, throttled as described in the module docstring."""
        self.notice_mode = True
        self.notices.clear()
        self.notice_times.clear()
        self.refused_rate = self.refused_random = 0
        self.rate_per_second, self.burst = rate_per_second, burst
        self.random_429, self.retry_after = random_429, retry_after
        self._tokens, self._refilled_at = burst, time.monotonic()

    # -- serving ---------------------------------------------------------------------------

    def take(self, conversation_id: str) -> list[str]:
        """The replies a conversation got since the last take, as raw JSON texts."""
        return self.replies.pop(conversation_id, [])

    def _admit(self) -> str | None:
        """None to accept the request, or why it is refused ("rate" or "random")."""
        if self.rate_per_second is None:
            return None
        now = time.monotonic()
        self._tokens = min(
            self.burst, self._tokens + (now - self._refilled_at) * self.rate_per_second
        )
        self._refilled_at = now
        if self._tokens < 1:
            return "rate"
        if self._random.random() < self.random_429:
            return "random"
        self._tokens -= 1
        return None

    async def _receive(self, request: web.Request) -> web.Response:
        conversation_id = request.match_info["conversation_id"]
        body = await request.text()
        if self.notice_mode:
            refused = self._admit()
            if refused is not None:
                if refused == "rate":
                    self.refused_rate += 1
                else:
                    self.refused_random += 1
                return web.json_response(
                    {"error": {"code": "Throttled", "message": "too many requests"}},
                    status=429,
                    headers={"Retry-After": self.retry_after},
                )
            match = NOTICE_ITEM.search(body)
            self.notices[(conversation_id, match.group(0) if match else "?")] += 1
            self.notice_times.append(time.monotonic())
        else:
            self.replies[conversation_id].append(body)
            self.reply_count += 1
        return web.json_response({"id": f"reply-{next(self._ids)}"})
