"""The Bot Connector's HTTP calls sent on the event loop with aiohttp.

botbuilder's async `ConnectorClient` sends every reply through msrest's
`AsyncRequestsHTTPSender`: `requests` run on the loop's default thread pool, one thread
hop and one `requests`/`urllib3` stack per reply (about 2 ms of CPU a reply here, as much
as the rest of an echo turn). `ConnectorSender` replaces that last step of the connector
client's msrest pipeline, and only that step: the SDK still builds the request, signs it
with its own credentials object (`signed_session`, the call msrest's credentials policy
makes, here on a worker thread and kept until the token nears its expiry: seam/bot_token.py),
adds its user agent, logs through msrest's HTTP logger and deserializes the
answer into the same models and the same `ErrorResponseException`s.

What the requests sender did and this one keeps, from the client's own configuration:
the connection timeout (`config.connection.timeout`, per socket operation), TLS
verification (`config.connection.verify`) against the authorities requests trusted
(REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, else certifi's bundle), proxies (any set on the
client, else the environment's HTTPS_PROXY/HTTP_PROXY/NO_PROXY, read once per process),
redirects
(`config.redirect_policy`), and the retry policy as urllib3 2 applies msrest's
`ClientRetryPolicy`: a connection that cannot be made is retried up to `retries` times
with exponential back-off (none before the first retry), a POST is never re-sent once it
may have reached the server, and idempotent methods are retried on 408/5xx (not 501/505)
answers, honouring Retry-After. Rate limiting of proactive messages stays the notifier's.

A request with files (multipart) goes through the original requests sender, unchanged.

One `aiohttp.ClientSession` per event loop, its keep-alive connections shared by every
turn; `close()` (the app's cleanup) closes the running loop's.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import ssl
import urllib.request
import weakref
from email.utils import parsedate_to_datetime
from time import time
from typing import Any

import aiohttp
import certifi
from msrest.exceptions import ClientRequestError
from msrest.pipeline import AsyncHTTPPolicy, AsyncHTTPSender, AsyncPipeline, Request, Response
from msrest.pipeline.async_requests import AsyncPipelineRequestsHTTPSender
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http.aiohttp import AioHttpClientResponse
from msrest.universal_http.async_requests import AsyncRequestsHTTPSender
from requests.exceptions import HTTPError

from seam.bot_token import TokenHeaders

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE"})
RETRY_AFTER_STATUSES = frozenset({413, 429, 503})
MAX_BACKOFF_SECONDS = 120.0

_sessions: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession] = (
    weakref.WeakKeyDictionary()
)


def _retryable_status(status: int) -> bool:
    return status == 408 or (status >= 500 and status not in (501, 505))


def _session() -> aiohttp.ClientSession:
    loop = asyncio.get_running_loop()
    session = _sessions.get(loop)
    if session is None or session.closed:
        # The connector sets every header itself; no cookie jar (replies must not carry
        # state from one conversation to the next).
        # trust_env=False: aiohttp would re-read the proxy variables and ~/.netrc on every
        # request (a tenth of a turn's CPU); the environment's proxies are read once below.
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(ssl=_trusted_authorities()),
            trust_env=False,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("User-Agent",),
        )
        _sessions[loop] = session
    return session


def open_session() -> None:
    """Make the running loop's session now: loading its trust store takes ~50 ms, which
    the first reply after start-up would otherwise spend while every turn waits."""
    _session()


@functools.cache
def _trusted_authorities() -> ssl.SSLContext:
    """The certificate authorities requests trusted for the SDK: REQUESTS_CA_BUNDLE or
    CURL_CA_BUNDLE when set, else certifi's bundle."""
    bundle = (
        os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or certifi.where()
    )
    return ssl.create_default_context(cafile=bundle)


@functools.cache
def _environment_proxies() -> dict[str, str]:
    return urllib.request.getproxies_environment()


@functools.lru_cache(maxsize=256)
def _environment_proxy(scheme: str, host: str) -> str | None:
    proxies = _environment_proxies()
    proxy = proxies.get(scheme)
    if not proxy or urllib.request.proxy_bypass_environment(host, proxies):
        return None
    return proxy


async def close() -> None:
    """Close the running loop's session (the app's cleanup)."""
    session = _sessions.pop(asyncio.get_running_loop(), None)
    if session is not None and not session.closed:
        await session.close()


class _Response(AioHttpClientResponse):
    """msrest's aiohttp response, also for an empty body (a 202 or 204 from the connector)."""

    def body(self) -> bytes:
        return self._body if self._body is not None else b""

    async def load_body(self) -> None:
        await super().load_body()
        # What msrest's errors expose as `error.response`: requests' names, as before.
        self.internal_response = AnsweredResponse(self.internal_response, self._body or b"")


class AnsweredResponse:
    """A finished HTTP answer under requests' attribute names (`status_code`, `headers`,
    `content`, `text`, `json()`, `raise_for_status()`): what code catching the SDK's
    `HttpOperationError`s reads as `error.response`. aiohttp's `status` too."""

    def __init__(self, answer: aiohttp.ClientResponse, content: bytes) -> None:
        self.status_code = self.status = answer.status
        self.headers = answer.headers
        self.reason = answer.reason
        self.url = str(answer.url)
        self.content = content
        self.encoding = answer.get_encoding() if content else "utf-8"

    @property
    def text(self) -> str:
        return self.content.decode(self.encoding, errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def raise_for_status(self) -> None:
        """As requests does: HTTPError for a 4xx or 5xx answer."""
        if 400 <= self.status_code < 600:
            raise HTTPError(f"{self.status_code} {self.reason} for url: {self.url}", response=self)


class CredentialsHeaders(AsyncHTTPPolicy):
    """msrest's credentials step without a requests session, and without the SDK's token
    fetch on the loop: the Authorization header the SDK's credentials object sets (none for
    an anonymous bot), kept and renewed on a worker thread (seam/bot_token.py)."""

    def __init__(self, credentials: Any) -> None:
        super().__init__()
        self.credentials = credentials
        self.tokens = TokenHeaders(credentials)

    async def send(self, request: Request, **kwargs: Any) -> Response:
        header = await self.tokens.authorization()
        headers = request.http_request.headers
        if header is None:
            headers.pop("Authorization", None)
        else:
            headers["Authorization"] = header
        return await self.next.send(request, **kwargs)


def backoff_seconds(retry_number: int, factor: float) -> float:
    """urllib3's back-off before retry `retry_number` (1-based): none before the first."""
    if retry_number <= 1:
        return 0.0
    return min(MAX_BACKOFF_SECONDS, factor * (2 ** (retry_number - 1)))


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None


class ConnectorSender(AsyncHTTPSender):
    """The last step of a connector client's pipeline: the HTTP call itself, on the loop."""

    def __init__(self, config: Any, fallback: AsyncHTTPSender) -> None:
        self.config = config
        self.fallback = fallback  # the SDK's own sender, for multipart requests

    async def __aenter__(self) -> ConnectorSender:
        return self

    async def __aexit__(self, *exc_details: Any) -> None:
        return None

    def build_context(self) -> Any:
        return None

    def _options(self) -> dict[str, Any]:
        connection = self.config.connection
        options: dict[str, Any] = {
            "timeout": aiohttp.ClientTimeout(
                total=None, sock_connect=connection.timeout, sock_read=connection.timeout
            ),
            "allow_redirects": bool(self.config.redirect_policy),
            "max_redirects": int(self.config.redirect_policy()),
        }
        if not connection.verify:
            options["ssl"] = False
        return options

    def _proxy_for(self, url: str) -> str | None:
        """The configured proxy for this URL: set explicitly on the client, else (when the
        client uses the environment's settings, as msrest's default does) HTTPS_PROXY /
        HTTP_PROXY unless NO_PROXY names the host."""
        scheme, _, rest = url.partition("://")
        scheme = scheme.lower()
        explicit = (self.config.proxies.proxies or {}).get(scheme)
        if explicit:
            return explicit
        if not self.config.proxies.use_env_settings:
            return None
        return _environment_proxy(scheme, rest.split("/", 1)[0])

    async def send(self, request: Request, **kwargs: Any) -> Response:
        http_request = request.http_request
        if http_request.files:
            request.context = self.fallback.build_context()
            return await self.fallback.send(request, **kwargs)
        method = http_request.method.upper()
        options = self._options()
        proxy = self._proxy_for(http_request.url)
        if proxy:
            options["proxy"] = proxy
        policy = self.config.retry_policy
        retries, factor = policy.retries, policy.backoff_factor
        headers = dict(http_request.headers)
        attempt = 0
        while True:
            try:
                raw = await _session().request(
                    method, http_request.url, headers=headers, data=http_request.data, **options
                )
            except aiohttp.ClientConnectorError as error:
                # The request never left: safe to send again, whatever the method.
                attempt += 1
                if attempt > retries:
                    raise ClientRequestError(f"Error occurred in request.: {error}") from error
                await asyncio.sleep(backoff_seconds(attempt, factor))
                continue
            except (TimeoutError, aiohttp.ClientError) as error:
                raise ClientRequestError(f"Error occurred in request.: {error!r}") from error
            response = _Response(http_request, raw)
            try:
                await response.load_body()
            except (TimeoutError, aiohttp.ClientError) as error:
                raise ClientRequestError(f"Error occurred in request.: {error!r}") from error
            if (
                method in IDEMPOTENT_METHODS
                and _retryable_status(response.status_code)
                and attempt < retries
            ):
                attempt += 1
                wait = None
                if response.status_code in RETRY_AFTER_STATUSES:
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                await asyncio.sleep(
                    min(MAX_BACKOFF_SECONDS, wait)
                    if wait is not None
                    else backoff_seconds(attempt, factor)
                )
                continue
            return Response(request, response)


def install(client: Any) -> Any:
    """Give a connector client (msrest `ServiceClientAsync`) the aiohttp sender: the same
    policies as msrest's default pipeline, the credentials step without a requests session.
    Idempotent; a client built some other way is left as it is."""
    config = client.config
    pipeline = getattr(config, "pipeline", None)
    if getattr(pipeline, "incentives_aiohttp", False):
        return client
    policies: list[Any] = [config.user_agent_policy, RawDeserializer(), config.http_logger_policy]
    credentials = CredentialsHeaders(config.credentials) if config.credentials else None
    if credentials is not None:
        policies.insert(1, credentials)
    fallback = AsyncPipelineRequestsHTTPSender(AsyncRequestsHTTPSender(config))
    sender = ConnectorSender(config, fallback)
    config.pipeline = AsyncPipeline(policies, sender)
    config.pipeline.incentives_aiohttp = True
    # What seam/connector_calls.py sends a turn's calls through, past the policies.
    config.pipeline.incentives_sender = sender
    config.pipeline.incentives_tokens = credentials.tokens if credentials is not None else None
    return client
