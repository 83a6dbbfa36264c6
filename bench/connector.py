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

In notices mode every request is also timed under its conversation and its tenant (the
activity's `conversation.tenantId`, else `channelData.tenant.id`, else the tenant the
bench says the conversation belongs to, as Teams knows it from the conversation id: the
notifier's notices name none), accepted or refused alike: Teams counts requests, and a
429 answered was a request made. `peaks()` gives the most requests any conversation
received within 1 s and within 1 h, and the most any tenant received within 1 s, in
sliding windows over the arrival times, to check against Teams' limits (`Limits`). They
are measured where Teams would measure them, on arrival, so a sender that paces itself
exactly at a limit can be seen over it by a few milliseconds of jitter: pacing needs a
margin.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aiohttp import web

NOTICE_ITEM = re.compile(r"(?:CLM|PLN)-\d{4}-\d{6}")
SECOND, HOUR = 1.0, 3600.0


def max_in_window(times: Sequence[float], seconds: float) -> int:
    """The most of `times` (sorted) inside any half-open window `[t, t + seconds)`."""
    most, first = 0, 0
    for last, moment in enumerate(times):
        while moment - times[first] >= seconds:
            first += 1
        most = max(most, last - first + 1)
    return most


@dataclass(frozen=True)
class Limits:
    """Teams' limits for a bot's messages (msteams-docs, "rate limiting")."""

    per_conversation_second: int = 7
    per_conversation_hour: int = 1_800
    per_tenant_second: int = 50

    def check(self, *, conversation_second: int, conversation_hour: int, tenant_second: int):
        """What was exceeded, in words; empty when nothing was."""
        exceeded = []
        if conversation_second > self.per_conversation_second:
            exceeded.append(
                f"{conversation_second} sends to one conversation within 1 s "
                f"(limit {self.per_conversation_second})"
            )
        if conversation_hour > self.per_conversation_hour:
            exceeded.append(
                f"{conversation_hour} sends to one conversation within 1 h "
                f"(limit {self.per_conversation_hour})"
            )
        if tenant_second > self.per_tenant_second:
            exceeded.append(
                f"{tenant_second} sends to one tenant within 1 s (limit {self.per_tenant_second})"
            )
        return exceeded


def _tenant_named(activity: object) -> str | None:
    """The tenant an activity names, where Teams reads it; None when it names none."""
    if not isinstance(activity, dict):
        return None
    conversation = activity.get("conversation")
    if isinstance(conversation, dict) and conversation.get("tenantId"):
        return str(conversation["tenantId"])
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, dict) else None
    if isinstance(tenant, dict) and tenant.get("id"):
        return str(tenant["id"])
    return None


class BenchConnector:
    """Serves the Bot Connector's send and reply routes on 127.0.0.1 and counts."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.replies: dict[str, list[str]] = defaultdict(list)
        self.reply_count = 0
        self.notices: Counter[tuple[str, str]] = Counter()
        self.notice_times: list[float] = []
        # Arrival time of every notice request (accepted or refused), by conversation, tenant.
        self.sends_by_conversation: dict[str, list[float]] = defaultdict(list)
        self.sends_by_tenant: dict[str, list[float]] = defaultdict(list)
        self.tenants: Mapping[str, str] = {}
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
        self,
        *,
        rate_per_second: float | None,
        burst: float,
        random_429: float,
        retry_after: str = "1",
        tenants: Mapping[str, str] | None = None,
    ) -> None:
        """Switch to counting notices, throttled as described in the module docstring
        (`rate_per_second` None: never throttled); `tenants`: conversation id → tenant,
        for notices that name no tenant."""
        self.notice_mode = True
        self.tenants = tenants or {}
        self.notices.clear()
        self.notice_times.clear()
        self.sends_by_conversation.clear()
        self.sends_by_tenant.clear()
        self.refused_rate = self.refused_random = 0
        self.rate_per_second, self.burst = rate_per_second, burst
        self.random_429, self.retry_after = random_429, retry_after
        self._tokens, self._refilled_at = burst, time.monotonic()

    def expect_turns(self) -> None:
        """Back to keeping replies for the partners who take them (the notice counts stay)."""
        self.notice_mode = False
        self.rate_per_second = None

    def peaks(self) -> dict[str, int]:
        """The busiest windows of the notices' requests (see the module docstring)."""
        by_conversation = self.sends_by_conversation.values()
        return {
            "conversation_second": max(
                (max_in_window(t, SECOND) for t in by_conversation), default=0
            ),
            "conversation_hour": max((max_in_window(t, HOUR) for t in by_conversation), default=0),
            "tenant_second": max(
                (max_in_window(t, SECOND) for t in self.sends_by_tenant.values()), default=0
            ),
        }

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
            arrived = time.monotonic()
            try:
                tenant = _tenant_named(json.loads(body))
            except ValueError:
                tenant = None
            tenant = tenant or self.tenants.get(conversation_id, "?")
            self.sends_by_conversation[conversation_id].append(arrived)
            self.sends_by_tenant[tenant].append(arrived)
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
