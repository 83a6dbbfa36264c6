"""The back-office status API: signed status changes for claims and plans.

`POST /api/claims/{claim_id}/status` and `POST /api/plans/{plan_id}/status`. Each call
carries `X-Incentives-Timestamp` (unix seconds) and `X-Incentives-Signature:
sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`. The timestamp window bounds
a replay to 5 minutes, and within them the event id makes a replay a no-op. With no
secret configured every call is refused: an unsigned change is never accepted.

Checks run cheapest-first, and nothing is parsed before the signature is verified:
secret configured (503) → rate (429) → size (413) → signature (401) → media type (415)
→ JSON (400) → schema (400) → the change itself (404, 409, 400, 200, 202).
`SignedRequests` holds the checks up to the JSON object, so every back-office route
(the role directory's too: `bot/admin_routes.py`) verifies requests the same way.

The signature covers the timestamp and the body, not the path; so within the window a
signature seen on one route and item is refused (401) on any other: a captured
"approve" cannot be pointed at another claim. A repeat on the same path goes through
(the event id makes it a no-op) unless the route takes each request once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from aiohttp import web
from pydantic import SecretStr, ValidationError

from storage.repository import ChangedError
from storage.status_changes import ItemKind, StatusChange, StatusService

log = logging.getLogger(__name__)

TIMESTAMP_HEADER = "X-Incentives-Timestamp"
SIGNATURE_HEADER = "X-Incentives-Signature"
MAX_BODY_BYTES = 64 * 1024
MAX_CLOCK_SKEW_SECONDS = 300
DEFAULT_REQUESTS_PER_MINUTE = 60
# Signatures remembered (within the window) to bind each to its request; bounded memory.
MAX_REMEMBERED_SIGNATURES = 100_000

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
_ITEM_IDS: dict[ItemKind, re.Pattern[str]] = {
    "claim": re.compile(r"CLM-[0-9]{4}-[0-9]{6}", re.IGNORECASE),
    "plan": re.compile(r"PLN-[0-9]{4}-[0-9]{6}", re.IGNORECASE),
}


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


def expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def _error(status: HTTPStatus, code: str, message: str, **details: Any) -> web.Response:
    return web.json_response({"error": code, "message": message, **details}, status=status)


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


def _field_of(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "body"


class SignedRequests:
    """The checks every back-office request passes before its body is believed.

    `verify` answers 503 (no secret) → 429 (rate, per source) → 413 (size) → 401
    (signature, timestamp window) and returns the raw body; `json_object` goes on with 415
    (media type) → 400 (not UTF-8 JSON, not an object) and returns the parsed object.
    """

    def __init__(
        self,
        secret: SecretStr,
        clock: Callable[[], float] = time.time,
        limiter: TokenBucket | None = None,
        *,
        name: str = "back-office API",
    ) -> None:
        self._secret = secret.get_secret_value().encode("utf-8")
        self._clock = clock
        self.limiter = limiter or TokenBucket()
        self.name = name
        # signature → ("METHOD /path", unix timestamp it was signed at), oldest first.
        self._seen: OrderedDict[str, tuple[str, int]] = OrderedDict()

    def authenticate(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """None if the request is signed by us within the window, else why not."""
        timestamp = headers.get(TIMESTAMP_HEADER, "").strip()
        signature = headers.get(SIGNATURE_HEADER, "").strip()
        if not timestamp or not signature:
            return f"the {TIMESTAMP_HEADER} and {SIGNATURE_HEADER} headers are required"
        if not _TIMESTAMP.fullmatch(timestamp):
            return f"{TIMESTAMP_HEADER} must be unix seconds"
        if abs(self._clock() - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
            return f"{TIMESTAMP_HEADER} is more than {MAX_CLOCK_SKEW_SECONDS} seconds off"
        match = _SIGNATURE.fullmatch(signature)
        if match is None:
            return f"{SIGNATURE_HEADER} must read sha256=<64 hex digits>"
        wanted = expected_signature(self._secret, timestamp, body)
        if not hmac.compare_digest(wanted.encode("ascii"), match.group(1).lower().encode("ascii")):
            return "the signature does not match"
        return None

    async def verify(self, request: web.Request, *, once: bool = False) -> bytes | web.Response:
        """The raw body of a signed request, or the error response to send.

        `once`: the same signed request a second time is a replay (409), not a repeat.
        """
        source = request.remote or "unknown"
        if not self._secret:
            return _error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "not_configured",
                f"the {self.name} is disabled: STATUS_WEBHOOK_SECRET is not set",
            )
        wait = self.limiter.take(source)
        if wait > 0:
            log.warning("%s: rate limit hit by %s", self.name, source)
            response = _error(
                HTTPStatus.TOO_MANY_REQUESTS, "rate_limited", "too many requests; slow down"
            )
            response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
            return response

        too_large = _error(
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

        problem = self.authenticate(request.headers, body)
        if problem is not None:
            log.warning("%s: unauthenticated request from %s refused", self.name, source)
            return _error(HTTPStatus.UNAUTHORIZED, "unauthorized", problem)
        return self._check_replay(request, once) or body

    def _check_replay(self, request: web.Request, once: bool) -> web.Response | None:
        signature = request.headers[SIGNATURE_HEADER].strip().lower()
        target = f"{request.method} {request.path}"
        seen = self._seen.get(signature)
        if seen is not None and seen[0] != target:
            log.warning(
                "%s: a signature made for another request, from %s", self.name, request.remote
            )
            return _error(
                HTTPStatus.UNAUTHORIZED,
                "unauthorized",
                "the signature was made for another request",
            )
        if seen is not None and once:
            log.warning("%s: replayed request from %s refused", self.name, request.remote)
            return _error(
                HTTPStatus.CONFLICT,
                "replayed",
                "this signed request was already received; sign it again to repeat it",
            )
        if seen is None:
            self._remember(signature, target, int(request.headers[TIMESTAMP_HEADER].strip()))
        return None

    def _remember(self, signature: str, target: str, timestamp: int) -> None:
        self._seen[signature] = (target, timestamp)
        if len(self._seen) <= MAX_REMEMBERED_SIGNATURES:
            return
        # Past the window a signature is refused by its timestamp anyway: forget those,
        # then (under a flood) the oldest.
        horizon = self._clock() - MAX_CLOCK_SKEW_SECONDS
        for old in [s for s, (_, at) in self._seen.items() if at < horizon]:
            del self._seen[old]
        while len(self._seen) > MAX_REMEMBERED_SIGNATURES:
            self._seen.popitem(last=False)

    async def json_object(
        self, request: web.Request, *, once: bool = False
    ) -> dict[str, Any] | web.Response:
        """The JSON object a signed request carries, or the error response to send."""
        body = await self.verify(request, once=once)
        if isinstance(body, web.Response):
            return body
        if request.content_type != "application/json":
            return _error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the change as application/json",
            )
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError included
            return _error(
                HTTPStatus.BAD_REQUEST, "invalid_json", f"the body is not UTF-8 JSON: {error}"
            )
        if not isinstance(data, dict):
            return _error(
                HTTPStatus.BAD_REQUEST, "invalid_body", "body: expected a JSON object", field="body"
            )
        return data


def validation_error(error: ValidationError) -> web.Response:
    """400 naming the first field a pydantic model refused (and up to 20 of them)."""
    problems = error.errors(include_url=False, include_input=False)
    fields = [_field_of(p["loc"]) for p in problems]
    return _error(
        HTTPStatus.BAD_REQUEST,
        "invalid_body",
        f"{fields[0]}: {problems[0]['msg']}",
        field=fields[0],
        fields=fields[:20],
    )


class StatusRoutes:
    """The two handlers and what they share (service, signature checks, rate limit)."""

    def __init__(
        self,
        service: StatusService,
        secret: SecretStr,
        on_accepted: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
        limiter: TokenBucket | None = None,
    ) -> None:
        self._service = service
        self._on_accepted = on_accepted
        self.signed = SignedRequests(secret, clock, limiter, name="status API")

    async def claim_status(self, request: web.Request) -> web.Response:
        return await self._handle(request, "claim", request.match_info["claim_id"])

    async def plan_status(self, request: web.Request) -> web.Response:
        return await self._handle(request, "plan", request.match_info["plan_id"])

    async def _handle(self, request: web.Request, kind: ItemKind, raw_id: str) -> web.Response:
        source = request.remote or "unknown"
        data = await self.signed.json_object(request)
        if isinstance(data, web.Response):
            return data
        try:
            change = StatusChange.model_validate(data)
        except ValidationError as error:
            return validation_error(error)

        if not _ITEM_IDS[kind].fullmatch(raw_id):
            return _error(HTTPStatus.NOT_FOUND, "not_found", f"no such {kind}")
        item_id = raw_id.upper()
        try:
            result = await self._service.apply(kind, item_id, change)
        except ChangedError:
            log.warning("status API: %s %s kept changing; asked the caller to retry", kind, item_id)
            response = _error(
                HTTPStatus.SERVICE_UNAVAILABLE, "busy", "the item is being changed; retry"
            )
            response.headers["Retry-After"] = "1"
            return response
        except Exception:
            log.exception("status API: %s %s failed", kind, item_id)
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error", "please retry")

        log.info(
            "status API: %s %s → %s (%s) from %s, notice %s",
            kind,
            item_id,
            result.current_status,  # canonical: never echo what the caller typed into the log
            result.outcome,
            source,
            result.notice_id,
        )
        if result.outcome == "unknown":
            return _error(HTTPStatus.NOT_FOUND, "not_found", f"no {kind} {item_id}")
        if result.outcome == "invalid_status":
            return _error(
                HTTPStatus.BAD_REQUEST,
                "invalid_status",
                f"status must be one of: {', '.join(result.allowed)}",
                field="status",
                allowed=list(result.allowed),
            )
        if result.outcome == "conflict":
            return _error(
                HTTPStatus.CONFLICT,
                "transition_not_allowed",
                f"{kind} {item_id} is {result.current_status}; it cannot become {change.status}",
                current_status=result.current_status,
            )
        if result.outcome == "duplicate":
            return web.json_response(
                {
                    "status": "duplicate",
                    "item_id": item_id,
                    "current_status": result.current_status,
                    "notice_id": result.notice_id,
                },
                status=HTTPStatus.OK,
            )
        if self._on_accepted is not None:
            try:
                self._on_accepted()
            except Exception:  # the change is stored; the notifier's poll will find it
                log.exception("status API: waking the notifier failed")
        return web.json_response(
            {
                "status": "accepted",
                "item_id": item_id,
                "new_status": result.current_status,
                "notice_id": result.notice_id,
            },
            status=HTTPStatus.ACCEPTED,
        )


def add_status_routes(
    app: web.Application,
    service: StatusService,
    secret: SecretStr,
    on_accepted: Callable[[], None] | None = None,
    clock: Callable[[], float] = time.time,
    *,
    requests_per_minute: int = DEFAULT_REQUESTS_PER_MINUTE,
    limiter: TokenBucket | None = None,
) -> StatusRoutes:
    """Serve the two status routes on `app`; `on_accepted` runs after each 202."""
    routes = StatusRoutes(
        service, secret, on_accepted, clock, limiter or TokenBucket(requests_per_minute)
    )
    app.router.add_post("/api/claims/{claim_id}/status", routes.claim_status)
    app.router.add_post("/api/plans/{plan_id}/status", routes.plan_status)
    return routes
