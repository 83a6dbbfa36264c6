"""The one verifier of the back-office API (status changes and the role directory).

Every request carries `X-Incentives-Timestamp` (unix seconds) and
`X-Incentives-Signature: v2=<hex HMAC-SHA256(secret, message)>` (computed in
`backoffice_api.signature`, which `tools/backoffice.py` signs with), where the message is

    "v2\\n" + timestamp + "\\n" + METHOD + "\\n" + request target + "\\n" + raw body

(the request target is the path as sent, with its query string if any:
`/api/claims/CLM-2026-000001/status`). So a signature is good for one request: its
method, its path and its body, within 5 minutes of its timestamp. It cannot be pointed
at another claim, plan, tenant or person, in this process or any other. The scheme
before it (`sha256=`, timestamp and body only) is refused with a 401 that names this one.

Checks run cheapest-first, and nothing is parsed before the signature is verified:
secret configured (503) → size (413) → signature (401) → rate of *signed* requests per
source (429) → taken before (409, for routes that take a request once) → media type (415)
→ JSON (400). Unsigned requests are refused before they are counted, so a flood of them
from behind the back office's own proxy cannot spend its rate.

Requests taken once (a role change has no event id) are remembered in the store every
instance shares (`storage.seen_requests`), not in memory: a restart or a second
instance still refuses the replay.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from aiohttp import web
from opentelemetry import metrics
from pydantic import SecretStr, ValidationError

from backoffice_api.signature import (
    SCHEME,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    expected_signature,
)
from storage.repository import KeyValueStore
from storage.seen_requests import SeenRequests

_METER = metrics.get_meter("incentives.backoffice_api")
# The same instruments as the channel's (bot/telemetry.py), told apart by their source.
SIGNATURE_FAILURES = _METER.create_counter(
    "incentives.signature.failures", description="Requests refused for their signature"
)
RATE_LIMITED = _METER.create_counter(
    "incentives.requests.rate_limited", description="Requests answered 429"
)
log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
MAX_CLOCK_SKEW_SECONDS = 300
DEFAULT_REQUESTS_PER_MINUTE = 60

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v2=([0-9a-fA-F]{64})")
SCHEME_HELP = (
    f"{SIGNATURE_HEADER} must read v2=<hex HMAC-SHA256 of "
    '"v2\\n<timestamp>\\n<method>\\n<path>\\n<body>">'
)


class TokenBucket:
    """A per-source token bucket: `per_minute` requests a minute, bursts up to `burst`."""

    def __init__(
        self,
        per_minute: int = DEFAULT_REQUESTS_PER_MINUTE,
        *,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_sources: int = 10_000,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.rate = per_minute / 60.0
        self.capacity = float(burst or per_minute)
        self._clock = clock
        self._max_sources = max_sources
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, source: str) -> float:
        """0 if `source` may go ahead (a token is used), else the seconds until it may."""
        now = self._clock()
        tokens, last = self._buckets.get(source, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens < 1:
            self._buckets[source] = (tokens, now)
            return (1 - tokens) / self.rate
        self._buckets[source] = (tokens - 1, now)
        if len(self._buckets) > self._max_sources:
            self._forget_full(now)
        return 0.0

    def _forget_full(self, now: float) -> None:
        # A bucket that has refilled is the same as no bucket: forget it to bound memory.
        refill_seconds = self.capacity / self.rate
        for source, (_tokens, last) in list(self._buckets.items()):
            if now - last >= refill_seconds:
                del self._buckets[source]


def error_response(status: HTTPStatus, code: str, message: str, **details: Any) -> web.Response:
    """The API's one error shape: `{"error": code, "message": ..., **details}`."""
    return web.json_response({"error": code, "message": message, **details}, status=status)


def validation_error(error: ValidationError) -> web.Response:
    """400 naming the first field a pydantic model refused (and up to 20 of them)."""
    problems = error.errors(include_url=False, include_input=False)
    fields = [".".join(str(part) for part in p["loc"]) or "body" for p in problems]
    return error_response(
        HTTPStatus.BAD_REQUEST,
        "invalid_body",
        f"{fields[0]}: {problems[0]['msg']}",
        field=fields[0],
        fields=fields[:20],
    )


class _PayloadTooLarge(Exception):
    pass


async def _read_body(request: web.Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes whatever Content-Length said."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.content.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise _PayloadTooLarge
        chunks.append(chunk)


class SignedRequests:
    """The checks every back-office request passes before its body is believed.

    One instance serves the whole API (`app.create_app` builds it), so the status and
    roles routes share the secret, the rate limit and the record of requests taken.
    """

    def __init__(
        self,
        secret: SecretStr,
        store: KeyValueStore,
        clock: Callable[[], float] = time.time,
        limiter: TokenBucket | None = None,
        *,
        previous_secret: SecretStr | None = None,
    ) -> None:
        self._secret = secret.get_secret_value().encode("utf-8")
        # While the secret is rotated, the old one is still accepted (README).
        previous = previous_secret.get_secret_value() if previous_secret else ""
        self._secrets = [self._secret] + ([previous.encode("utf-8")] if previous else [])
        self._clock = clock
        self.limiter = limiter or TokenBucket()
        # A signature is refused by its timestamp after the window (either side of now):
        # remembering it twice as long is enough.
        self._seen = SeenRequests(store, forget_after=4 * MAX_CLOCK_SKEW_SECONDS)

    def authenticate(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> str | None:
        """None if the request is signed by us, for this request, within the window."""
        timestamp = headers.get(TIMESTAMP_HEADER, "").strip()
        signature = headers.get(SIGNATURE_HEADER, "").strip()
        if not timestamp or not signature:
            return f"the {TIMESTAMP_HEADER} and {SIGNATURE_HEADER} headers are required"
        if not _TIMESTAMP.fullmatch(timestamp):
            return f"{TIMESTAMP_HEADER} must be unix seconds"
        if abs(self._clock() - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
            return f"{TIMESTAMP_HEADER} is more than {MAX_CLOCK_SKEW_SECONDS} seconds off"
        if signature.lower().startswith("sha256="):
            return (
                "the sha256= signature scheme (timestamp and body only) is no longer accepted; "
                f"sign the method and path too: {SCHEME_HELP}"
            )
        match = _SIGNATURE.fullmatch(signature)
        if match is None:
            return SCHEME_HELP
        given = match.group(1).lower().encode("ascii")
        matches = [
            hmac.compare_digest(
                expected_signature(secret, timestamp, method, target, body).encode("ascii"), given
            )
            for secret in self._secrets
        ]
        if not any(matches):
            return "the signature does not match this request (method, path and body)"
        return None

    async def verify(
        self, request: web.Request, api: str, *, once: bool = False
    ) -> bytes | web.Response:
        """The raw body of a signed request, or the error response to send.

        `once`: the same signed request a second time (here or on any instance sharing
        the store) is a replay (409), not a repeat.
        """
        source = request.remote or "unknown"
        if not self._secret:
            return error_response(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "not_configured",
                f"the {api} is disabled: STATUS_WEBHOOK_SECRET is not set",
            )
        too_large = error_response(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "payload_too_large",
            f"the body may not exceed {MAX_BODY_BYTES} bytes",
        )
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return too_large
        try:
            body = await _read_body(request, MAX_BODY_BYTES)
        except _PayloadTooLarge:
            return too_large

        problem = self.authenticate(request.method, request.raw_path, request.headers, body)
        if problem is not None:
            log.warning("%s: unauthenticated request from %s refused", api, source)
            SIGNATURE_FAILURES.add(1, {"source": "backoffice"})
            return error_response(HTTPStatus.UNAUTHORIZED, "unauthorized", problem)

        # Verify, then count: only requests signed by the back office spend its rate.
        wait = self.limiter.take(source)
        if wait > 0:
            log.warning("%s: rate limit hit by %s", api, source)
            RATE_LIMITED.add(1, {"route": api})
            response = error_response(
                HTTPStatus.TOO_MANY_REQUESTS, "rate_limited", "too many requests; slow down"
            )
            response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
            return response

        if once:
            signature = request.headers[SIGNATURE_HEADER].strip()[len(SCHEME) + 1 :].lower()
            signed_at = int(request.headers[TIMESTAMP_HEADER].strip())
            if not await self._seen.first_time(signature, signed_at, self._clock()):
                log.warning("%s: replayed request from %s refused", api, source)
                return error_response(
                    HTTPStatus.CONFLICT,
                    "replayed",
                    "this signed request was already received; sign it again to repeat it",
                )
        return body

    async def json_object(
        self, request: web.Request, api: str, *, once: bool = False
    ) -> dict[str, Any] | web.Response:
        """The JSON object a signed request carries, or the error response to send."""
        body = await self.verify(request, api, once=once)
        if isinstance(body, web.Response):
            return body
        if request.content_type != "application/json":
            return error_response(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as application/json",
            )
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError included
            return error_response(
                HTTPStatus.BAD_REQUEST, "invalid_json", f"the body is not UTF-8 JSON: {error}"
            )
        except RecursionError:
            return error_response(
                HTTPStatus.BAD_REQUEST, "invalid_json", "the body is nested too deeply"
            )
        if not isinstance(data, dict):
            return error_response(
                HTTPStatus.BAD_REQUEST, "invalid_body", "body: expected a JSON object", field="body"
            )
        return data
