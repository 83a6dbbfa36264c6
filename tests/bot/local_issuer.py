"""A local stand-in for the Bot Framework's token issuer, and a guard against the internet.

`LocalIssuer` makes RSA keys, serves the OpenID metadata and the key set (JWKS) the
SDK reads (on loopback, from an aiohttp TestServer) and mints tokens the way the
Bot Connector signs them. Its server runs on its own thread and event loop, so a bot that
blocked its own loop on a key fetch would still be answered (and a test can show it).
It counts what it serves, can hold its answers (`hold()`/`release()`) or fail them
(`failing`). `HangingEndpoint` accepts connections and never answers.
`use(monkeypatch)` points the SDK's channel validation at it through the seam the
SDK offers (`ChannelValidation.open_id_metadata_endpoint`); everything else (issuer,
audience, service URL, endorsements, expiry, signature) is the SDK's own checking.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import threading
import time
from typing import Any

import jwt
from aiohttp import web
from aiohttp.test_utils import TestServer
from botframework.connector.auth import AuthenticationConstants, ChannelValidation
from botframework.connector.auth.microsoft_app_credentials import MicrosoftAppCredentials
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

CHANNEL_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
KEY_ID = "local-key-1"
# What the bot's replies carry towards the (loopback) connector instead of a real AAD token.
OUTBOUND_TOKEN = "outbound-token-for-tests-0123456789"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class LocalIssuer:
    """OpenID metadata + JWKS on loopback, and tokens signed with the published key."""

    def __init__(self) -> None:
        self.key = new_key()
        self.requests: list[str] = []
        # How the endpoint fails, if it does: "down" (500), "junk" (a 200 that is not
        # JSON), "no keys" (an empty key set); None: it answers.
        self.failing: str | None = None
        self._gate: asyncio.Event | None = None
        self._hold_for = 20.0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: TestServer | None = None

    # -- the server, on its own thread -------------------------------------------------------

    def start(self) -> LocalIssuer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._server is not None:
            asyncio.run_coroutine_threadsafe(self._server.close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def hold(self, give_up_after: float = 20.0) -> None:
        """Keep the metadata document's answer back until `release()` (or `give_up_after`
        seconds, so that a client blocked on it cannot hang a test forever)."""
        self._hold_for = give_up_after
        self._gate = asyncio.run_coroutine_threadsafe(self._new_gate(), self._loop).result(10)

    def release(self) -> None:
        gate = self._gate
        if gate is not None:
            self._loop.call_soon_threadsafe(gate.set)

    async def _new_gate(self) -> asyncio.Event:
        return asyncio.Event()

    def served(self, path_end: str) -> int:
        return sum(1 for path in list(self.requests) if path.endswith(path_end))

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/.well-known/openidconfiguration", self._metadata)
        app.router.add_get("/v1/.well-known/keys", self._keys)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()

    @property
    def metadata_url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("/v1/.well-known/openidconfiguration"))

    async def _metadata(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        if self._gate is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._gate.wait(), self._hold_for)
        if self.failing == "down":
            return web.Response(status=500, text="down")
        if self.failing == "junk":
            return web.Response(text="<html>maintenance</html>", content_type="text/html")
        return web.json_response(
            {
                "issuer": CHANNEL_ISSUER,
                "jwks_uri": str(request.url.with_path("/v1/.well-known/keys")),
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        )

    async def _keys(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        if self.failing == "no keys":
            return web.json_response({"keys": []})
        jwk = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        jwk.update(kid=KEY_ID, use="sig", alg="RS256", endorsements=["msteams"])
        return web.json_response({"keys": [jwk]})

    # -- tokens ----------------------------------------------------------------------------

    def token(
        self,
        *,
        audience: str,
        service_url: str,
        issuer: str = CHANNEL_ISSUER,
        expires_in: int = 3600,
        key: rsa.RSAPrivateKey | None = None,
        key_id: str = KEY_ID,
        **claims: Any,
    ) -> str:
        """A channel token as the Bot Connector sends it (change one thing to forge one)."""
        now = int(time.time())
        payload = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": now - 60,
            "iat": now - 60,
            "exp": now + expires_in,
            **claims,
        }
        return jwt.encode(
            payload, key or self.key, algorithm="RS256", headers={"kid": key_id, "typ": "JWT"}
        )

    def use(self, monkeypatch) -> None:
        """Point the SDK's channel validation here, and stub the bot's outbound AAD token."""
        monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", self.metadata_url)
        monkeypatch.setattr(
            MicrosoftAppCredentials,
            "get_access_token",
            lambda self, force_refresh=False: OUTBOUND_TOKEN,
        )


class HangingEndpoint:
    """A loopback HTTP endpoint that accepts connections and never answers.

    Counts the connections it accepted and those the client closed first (`abandoned`: the
    client gave up, e.g. on a timeout). `release()` closes every open connection from this
    side; so does `give_up_after` seconds, so that a client without a timeout (one that
    would wait forever) gets unstuck and the test fails instead of hanging.
    """

    def __init__(self, give_up_after: float = 20.0) -> None:
        self.accepted = 0
        self.abandoned = 0
        self.released_by_us = 0
        self._give_up_after = give_up_after
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._release: asyncio.Event | None = None
        self._handlers: set[asyncio.Task] = set()
        self.port = 0

    def start(self) -> HangingEndpoint:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        self._release = asyncio.Event()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    @property
    def metadata_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/.well-known/openidconfiguration"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        handler = asyncio.current_task()
        assert handler is not None
        self._handlers.add(handler)
        handler.add_done_callback(self._handlers.discard)
        assert self._release is not None
        closed_by_client = asyncio.ensure_future(self._read_to_end(reader))
        released = asyncio.ensure_future(self._release.wait())
        await asyncio.wait(
            {closed_by_client, released}, timeout=self._give_up_after,
            return_when=asyncio.FIRST_COMPLETED,
        )  # fmt: skip
        if closed_by_client.done():
            self.abandoned += 1
        else:
            self.released_by_us += 1
        closed_by_client.cancel()
        released.cancel()
        writer.close()

    @staticmethod
    async def _read_to_end(reader: asyncio.StreamReader) -> None:
        while await reader.read(4096):
            pass

    def release(self) -> None:
        if self._release is not None:
            self._loop.call_soon_threadsafe(self._release.set)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shut_down(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _shut_down(self) -> None:
        assert self._release is not None and self._server is not None
        self._release.set()
        self._server.close()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    def use(self, monkeypatch) -> None:
        monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", self.metadata_url)


_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _is_loopback(host: Any) -> bool:
    if host is None:
        return True
    text = host.decode() if isinstance(host, bytes) else str(host)
    if text in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def forbid_internet(monkeypatch) -> list[str]:
    """Refuse name look-ups and connections beyond loopback; returns what was refused."""
    refused: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host):
            refused.append(str(host))
            raise OSError(f"test: no internet ({host})")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            refused.append(str(address[0]))
            raise OSError(f"test: no internet ({address[0]})")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    return refused
