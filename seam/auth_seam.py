"""The channel's signing keys fetched without stalling the process (SDK seam).

botframework-connector 4.17's `_OpenIdMetadata._refresh` (auth/jwt_token_extractor.py)
fetches the OpenID metadata document and then the key set (JWKS) with two blocking
`requests.get` calls, without a timeout, on the event loop. Any token whose unverified
issuer is one the SDK accepts (the channel's, the emulator's...) reaches it when the keys
are missing or a day old, so a forged token and a slow or hanging key endpoint froze every
request of the process, `/healthz` included, for as long as the endpoint kept silent.

`apply()` replaces that one method, per metadata URL (the SDK keeps one `_OpenIdMetadata`
per URL for the process):

- the fetch runs on the event loop with aiohttp, so the process keeps answering;
- it is bounded as a whole (metadata and keys) by `KeyFetchPolicy.timeout_seconds`
  (CHANNEL_KEYS_TIMEOUT_SECONDS), and each document by `MAX_DOCUMENT_BYTES`;
- concurrent requests that need the keys wait for one shared fetch (a waiter that goes
  away does not cancel it for the others);
- a failure (unreachable, timeout, an HTTP error, a document without keys) is remembered
  for `failure_seconds` (30 s): meanwhile the requests that need the keys fail at once
  with `ChannelKeysUnavailable` (503) without another fetch; after it, the next one tries.

What `requests` did and this keeps: the certificate authorities it trusted
(REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, else certifi's) and the environment's proxies, the
same as the connector's aiohttp sender (seam/connector_sender.py); redirects followed.
Everything else is the SDK's: when to refresh (keys older than a day; none found), which
key is used, and the whole validation (issuer, audience, expiry, signature, endorsements).

The policy (timeout, failure time, clock) is the one of the `ChannelAuthentication`
making the call (`fetching_with`), so each app built in a process keeps its own settings.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.metadata
import json
import logging
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata

from seam import connector_sender

log = logging.getLogger(__name__)

# The SDK version whose `_OpenIdMetadata` this seam was written against (read the module
# again before changing it: `get` must still call `_refresh`, which sets `keys` and
# `last_updated`).
SDK_VERSION_PREFIX = "4.17."
# Microsoft's documents are a few kilobytes; anything much larger is not a key set.
MAX_DOCUMENT_BYTES = 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 5.0
DEFAULT_FAILURE_SECONDS = 30.0


class ChannelKeysUnavailable(Exception):
    """The channel's signing keys could not be fetched (now, or within the last moments)."""


@dataclass(frozen=True)
class KeyFetchPolicy:
    """How long a key fetch may take, how long a failure is remembered, and by which clock."""

    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    failure_seconds: float = DEFAULT_FAILURE_SECONDS
    clock: Callable[[], float] = field(default=time.monotonic)


DEFAULT_POLICY = KeyFetchPolicy()
_policy: ContextVar[KeyFetchPolicy | None] = ContextVar("key_fetch_policy", default=None)


@contextlib.contextmanager
def fetching_with(policy: KeyFetchPolicy) -> Iterator[None]:
    """Key fetches started inside (by the SDK's validation) follow `policy`."""
    token = _policy.set(policy)
    try:
        yield
    finally:
        _policy.reset(token)


@dataclass
class _FetchState:
    """One metadata URL's fetch in flight, its waiters, and its last failure."""

    task: asyncio.Task | None = None
    waiting: int = 0
    failed_until: float | None = None
    failure: str = ""


def _state_of(metadata: _OpenIdMetadata) -> _FetchState:
    state = metadata.__dict__.get("_incentives_fetch")
    if state is None:
        state = metadata._incentives_fetch = _FetchState()
    return state


def waiting_for_keys(metadata_url: str) -> int:
    """How many requests wait for the fetch in flight from `metadata_url` (0: none)."""
    metadata = JwtTokenExtractor.metadataCache.get(metadata_url)
    return 0 if metadata is None else _state_of(metadata).waiting


async def _refresh(self: _OpenIdMetadata) -> None:
    """The SDK's `_OpenIdMetadata._refresh`: sets `keys` and `last_updated`, or raises."""
    policy = _policy.get() or DEFAULT_POLICY
    state = _state_of(self)
    if state.failed_until is not None and policy.clock() < state.failed_until:
        raise ChannelKeysUnavailable(f"failed moments ago ({state.failure})")
    loop = asyncio.get_running_loop()
    task = state.task
    # A task of another loop (a test's, closed) is never waited for.
    if task is None or task.done() or task.get_loop() is not loop:
        task = state.task = loop.create_task(_fetch(self, state, policy), name="channel-keys")
        task.add_done_callback(_retrieve)
    state.waiting += 1
    try:
        await asyncio.shield(task)
    finally:
        state.waiting -= 1


def _retrieve(task: asyncio.Task) -> None:
    # Every waiter may have gone away: the outcome is kept in the state, not lost noisily.
    if not task.cancelled():
        task.exception()


async def _fetch(metadata: _OpenIdMetadata, state: _FetchState, policy: KeyFetchPolicy) -> None:
    try:
        async with asyncio.timeout(policy.timeout_seconds):
            keys = await _download_keys(metadata.url)
    except Exception as error:
        reason = "timeout" if isinstance(error, TimeoutError) else type(error).__name__
        if isinstance(error, ChannelKeysUnavailable):
            reason = str(error)
        state.failed_until = policy.clock() + policy.failure_seconds
        state.failure = reason
        log.warning(
            "channel signing keys not fetched from %s (%s); retried in %.0f s",
            metadata.url, reason, policy.failure_seconds,
        )  # fmt: skip
        raise ChannelKeysUnavailable(reason) from None
    metadata.keys = keys
    metadata.last_updated = datetime.now()  # the SDK's clock for "a day old"
    state.failed_until = None
    state.failure = ""


async def _download_keys(metadata_url: str) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(ssl=connector_sender._trusted_authorities()),
        trust_env=False,  # the environment's proxies are read once, as for the connector
        cookie_jar=aiohttp.DummyCookieJar(),
    ) as session:
        document = await _get_json(session, metadata_url)
        keys_url = document.get("jwks_uri") if isinstance(document, dict) else None
        if not isinstance(keys_url, str) or urlsplit(keys_url).scheme not in ("https", "http"):
            raise ChannelKeysUnavailable("metadata without jwks_uri")
        key_set = await _get_json(session, keys_url)
    keys = key_set.get("keys") if isinstance(key_set, dict) else None
    if not isinstance(keys, list) or not keys or not all(isinstance(k, dict) for k in keys):
        raise ChannelKeysUnavailable("key set without keys")
    return keys


async def _get_json(session: aiohttp.ClientSession, url: str) -> Any:
    parts = urlsplit(url)
    proxy = connector_sender._environment_proxy(parts.scheme, parts.netloc)
    async with session.get(url, proxy=proxy) as response:
        if response.status != 200:
            raise ChannelKeysUnavailable(f"HTTP {response.status}")
        body = bytearray()
        async for chunk in response.content.iter_chunked(64 * 1024):
            body += chunk
            if len(body) > MAX_DOCUMENT_BYTES:
                raise ChannelKeysUnavailable("document too large")
    try:
        return json.loads(body)
    except ValueError:
        raise ChannelKeysUnavailable("not JSON") from None


def apply() -> None:
    """Idempotent. Refuses an SDK this seam was not written for (read the module again)."""
    version = importlib.metadata.version("botframework-connector")
    if not version.startswith(SDK_VERSION_PREFIX) or not callable(
        getattr(_OpenIdMetadata, "get", None)
    ):
        raise RuntimeError(
            f"seam/auth_seam.py was written for botframework-connector {SDK_VERSION_PREFIX}x "
            f"(found {version}): check _OpenIdMetadata in auth/jwt_token_extractor.py"
        )
    if _OpenIdMetadata._refresh is not _refresh:
        _OpenIdMetadata._refresh = _refresh


def applied() -> bool:
    """Whether the patch is in place."""
    return _OpenIdMetadata._refresh is _refresh
