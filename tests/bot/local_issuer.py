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

`LocalLogin` is the other direction: where the bot gets the token its own calls to the
connector carry. It answers what msal asks Microsoft Entra ID (a tenant's OpenID
configuration, then a client-credentials token) and the managed identity endpoints
(App Service / Container Apps, IMDS), on loopback, and records who asked where.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import itertools
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import jwt
import msal
import requests
from aiohttp import web
from aiohttp.test_utils import TestServer
from botframework.connector.auth import (
    AuthenticationConstants,
    ChannelValidation,
    microsoft_app_credentials,
)
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from botframework.connector.auth.managedidentity_app_credentials import (
    ManagedIdentityAppCredentials,
)
from botframework.connector.auth.microsoft_app_credentials import MicrosoftAppCredentials
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from requests.adapters import HTTPAdapter

CHANNEL_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
KEY_ID = "local-key-1"
# What the bot's replies carry towards the (loopback) connector instead of a real AAD token.
OUTBOUND_TOKEN = "outbound-token-for-tests-0123456789"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class _OnItsOwnLoop:
    """A loopback aiohttp server on its own thread and event loop (the SDK's blocking
    calls from the bot's loop must still be answered): `start()`, `stop()`."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: TestServer | None = None
        self._gate: asyncio.Event | None = None
        self._hold_for = 20.0
        self.held = 0  # requests kept back by `hold()` so far

    def hold(self, give_up_after: float = 20.0) -> None:
        """Keep the answers back until `release()` (or `give_up_after` seconds, so that a
        client blocked on one cannot hang a test forever)."""
        self._hold_for = give_up_after
        self._gate = asyncio.run_coroutine_threadsafe(self._new_gate(), self._loop).result(10)

    def release(self) -> None:
        gate = self._gate
        if gate is not None:
            self._loop.call_soon_threadsafe(gate.set)

    async def _new_gate(self) -> asyncio.Event:
        return asyncio.Event()

    async def _held(self) -> None:
        """Where an answer waits while `hold()` is on."""
        if self._gate is not None:
            self.held += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._gate.wait(), self._hold_for)

    async def _start(self) -> None:
        raise NotImplementedError

    def start(self):
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._server is not None:
            asyncio.run_coroutine_threadsafe(self._server.close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


class LocalIssuer(_OnItsOwnLoop):
    """OpenID metadata + JWKS on loopback, and tokens signed with the published key."""

    def __init__(self) -> None:
        self.key = new_key()
        self.requests: list[str] = []
        # How the endpoint fails, if it does: "down" (500), "junk" (a 200 that is not
        # JSON), "no keys" (an empty key set); None: it answers.
        self.failing: str | None = None
        super().__init__()

    # -- the server, on its own thread (`hold()` keeps the metadata document back) -----------

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
        await self._held()
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

    def use(self, monkeypatch, *, stub_outbound_token: bool = True) -> None:
        """Point the SDK's channel validation here, and (unless told not to) stub the bot's
        outbound AAD token; without the stub the token is the SDK's to get (`LocalLogin`).

        The SDK keeps the keys fetched (and the seam a failure, 30 s) per metadata URL for the
        process: an issuer of an earlier test on the same port, reused, is not this one (seen:
        a 503 in a test after one whose key endpoint failed on purpose)."""
        JwtTokenExtractor.metadataCache.pop(self.metadata_url, None)
        monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", self.metadata_url)
        if stub_outbound_token:
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


# Microsoft Entra ID's public-cloud host: where msal sends the bot's token requests.
ENTRA_HOST = "login.microsoftonline.com"
# The resource (and, with /.default, the scope) of a token for the Bot Connector.
BOT_FRAMEWORK_RESOURCE = "https://api.botframework.com"
# The environment variables msal's ManagedIdentityClient reads to find its endpoint.
MANAGED_IDENTITY_VARIABLES = (
    "IDENTITY_ENDPOINT",
    "IDENTITY_HEADER",
    "IDENTITY_SERVER_THUMBPRINT",
    "IMDS_ENDPOINT",
    "MSI_ENDPOINT",
    "MSI_SECRET",
    "AZURE_POD_IDENTITY_AUTHORITY_HOST",
)


@dataclass(frozen=True)
class Issued:
    """One token `LocalLogin` gave out: by which endpoint, to whom, for what (no secret)."""

    source: str  # "entra", "app_service" or "imds"
    tenant: str | None
    client_id: str
    resource: str
    token: str


class LocalLogin(_OnItsOwnLoop):
    """Where the bot's outbound tokens come from, on loopback, on its own thread.

    - Microsoft Entra ID for the app registrations `register()`ed in their tenants: the
      tenant's OpenID configuration (`/{tenant}/v2.0/.well-known/openid-configuration`) and
      its token endpoint (`/{tenant}/oauth2/v2.0/token`, client credentials with the
      app's secret), what msal's ConfidentialClientApplication asks. `use_entra()` gives
      the SDK's ConfidentialClientApplication a requests session whose requests to
      https://login.microsoftonline.com/ are answered here; `asked` keeps the URL msal
      addressed (the SDK's authority, unchanged).
    - The managed identity endpoints of the user-assigned identities `assign()`ed to this
      "host": App Service / Container Apps (`IDENTITY_ENDPOINT` + `IDENTITY_HEADER`) and
      the instance metadata service (IMDS, `/metadata/identity/oauth2/token`).
      `use_managed_identity()` sets the environment msal reads to find them.

    Every token given out is in `issued`; a refusal answers as the real service does.
    `hold()` keeps Entra ID's tokens back (a slow or silent Entra ID).
    """

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.issued: list[Issued] = []
        self._apps: dict[str, tuple[str, str]] = {}  # client id -> (tenant, secret)
        self._identities: set[str] = set()
        self.identity_header = secrets.token_hex(16)
        self._numbers = itertools.count(1)
        super().__init__()

    def register(self, tenant: str, client_id: str, secret: str) -> None:
        """An app registration of `tenant`, with a client secret."""
        self._apps[client_id] = (tenant, secret)

    def assign(self, client_id: str) -> None:
        """A user-assigned managed identity, assigned to the host the bot runs on."""
        self._identities.add(client_id)

    # -- the server, on its own thread (msal's requests block the bot's loop) ---------------

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._openid)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._entra_token)
        app.router.add_get("/common/discovery/instance", self._instance_discovery)
        app.router.add_get("/msi/token", self._app_service_token)
        app.router.add_get("/metadata/identity/oauth2/token", self._imds_token)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("")).rstrip("/")

    def _record(self, request: web.Request) -> None:
        # Managed identity endpoints are called where they are (the environment's address).
        self.asked.append(f"{request.method} {request.url.with_query(None)}")

    def _token(self, source: str, tenant: str | None, client_id: str, resource: str) -> str:
        token = f"{source}-token-{next(self._numbers)}"
        self.issued.append(Issued(source, tenant, client_id, resource, token))
        return token

    # -- Microsoft Entra ID ------------------------------------------------------------------

    async def _openid(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        if tenant not in {registered for registered, _secret in self._apps.values()}:
            return web.json_response(
                {"error": "invalid_tenant", "error_description": "AADSTS90002: not found"},
                status=400,
            )
        base = f"https://{ENTRA_HOST}/{tenant}"
        return web.json_response(
            {
                "issuer": f"{base}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "token_endpoint_auth_methods_supported": ["client_secret_post"],
            }
        )

    async def _instance_discovery(self, request: web.Request) -> web.Response:
        # The public cloud's aliases, which msal looks up after a refused token request.
        aliases = [ENTRA_HOST, "login.windows.net", "login.microsoft.com", "sts.windows.net"]
        return web.json_response(
            {
                "tenant_discovery_endpoint": (
                    f"https://{ENTRA_HOST}/common/v2.0/.well-known/openid-configuration"
                ),
                "api-version": "1.1",
                "metadata": [
                    {
                        "preferred_network": ENTRA_HOST,
                        "preferred_cache": "login.windows.net",
                        "aliases": aliases,
                    }
                ],
            }
        )

    async def _entra_token(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        form = await request.post()
        client_id = str(form.get("client_id", ""))
        registered = self._apps.get(client_id)
        if form.get("grant_type") != "client_credentials":
            return _oauth_error("unsupported_grant_type", "AADSTS70003")
        if registered is None or registered[0] != tenant:
            # What Entra answers an app asked for in a tenant it is not registered in.
            return _oauth_error("unauthorized_client", "AADSTS700016: not found in directory")
        if not secrets.compare_digest(str(form.get("client_secret", "")), registered[1]):
            return _oauth_error("invalid_client", "AADSTS7000215: invalid client secret")
        scope = str(form.get("scope", ""))
        if scope.split() != [f"{BOT_FRAMEWORK_RESOURCE}/.default"]:
            return _oauth_error("invalid_scope", "AADSTS70011: invalid scope")
        await self._held()
        token = self._token("entra", tenant, client_id, BOT_FRAMEWORK_RESOURCE)
        return web.json_response(
            {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
             "access_token": token}
        )  # fmt: skip

    # -- managed identity --------------------------------------------------------------------

    async def _app_service_token(self, request: web.Request) -> web.Response:
        self._record(request)
        if request.headers.get("X-IDENTITY-HEADER") != self.identity_header:
            return web.json_response({"statusCode": 401, "message": "bad header"}, status=401)
        if request.query.get("api-version") != "2019-08-01":
            return web.json_response({"statusCode": 400, "message": "api-version"}, status=400)
        client_id, resource = request.query.get("client_id", ""), request.query.get("resource")
        if client_id not in self._identities or not resource:
            return web.json_response(
                {"statusCode": 400, "message": "No User Assigned Managed Identity found."},
                status=400,
            )
        token = self._token("app_service", None, client_id, resource)
        return web.json_response(
            {"access_token": token, "expires_on": str(int(time.time()) + 3600),
             "resource": resource, "token_type": "Bearer", "client_id": client_id}
        )  # fmt: skip

    async def _imds_token(self, request: web.Request) -> web.Response:
        self._record(request)
        if request.headers.get("Metadata") != "true":
            return web.json_response({"error": "invalid_request"}, status=400)
        client_id, resource = request.query.get("client_id", ""), request.query.get("resource")
        if client_id not in self._identities or not resource:
            return web.json_response(
                {"error": "invalid_request", "error_description": "Identity not found"},
                status=400,
            )
        token = self._token("imds", None, client_id, resource)
        return web.json_response(
            {"access_token": token, "expires_in": "3599", "resource": resource,
             "token_type": "Bearer", "client_id": client_id}
        )  # fmt: skip

    # -- pointing the SDK (msal) here --------------------------------------------------------

    def entra_session(self) -> requests.Session:
        """A requests session whose https://login.microsoftonline.com/ calls come here."""
        session = requests.Session()
        session.mount(f"https://{ENTRA_HOST}/", _ToLocalLogin(self))
        return session

    def use_entra(self, monkeypatch) -> None:
        """The SDK's ConfidentialClientApplication (MicrosoftAppCredentials) gets a session
        of `entra_session()`; its authority, its requests and its cache stay msal's."""
        real = microsoft_app_credentials.ConfidentialClientApplication

        def confidential_client(*args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("http_client", self.entra_session())
            return real(*args, **kwargs)

        monkeypatch.setattr(
            microsoft_app_credentials, "ConfidentialClientApplication", confidential_client
        )

    def use_managed_identity(self, monkeypatch, via: str = "app_service") -> None:
        """The environment of an App Service / Container App (`app_service`) or of a VM
        (`imds`), its endpoint here; and a token cache of this test's own (the SDK keeps
        one per process)."""
        for name in MANAGED_IDENTITY_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        if via == "app_service":
            monkeypatch.setenv("IDENTITY_ENDPOINT", f"{self.base_url}/msi/token")
            monkeypatch.setenv("IDENTITY_HEADER", self.identity_header)
        elif via == "imds":
            # msal's own override of the IMDS address (169.254.169.254 on Azure).
            monkeypatch.setenv("AZURE_POD_IDENTITY_AUTHORITY_HOST", self.base_url)
        else:
            raise ValueError(via)
        monkeypatch.setattr(ManagedIdentityAppCredentials, "global_token_cache", msal.TokenCache())


def _oauth_error(error: str, description: str) -> web.Response:
    return web.json_response({"error": error, "error_description": description}, status=400)


class _ToLocalLogin(HTTPAdapter):
    """Sends a request addressed to Entra ID to `LocalLogin` instead, noting where it went."""

    def __init__(self, login: LocalLogin) -> None:
        super().__init__()
        self._login = login

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        parts = urlsplit(request.url or "")
        self._login.asked.append(f"{request.method} {parts.scheme}://{parts.netloc}{parts.path}")
        local = urlsplit(self._login.base_url)
        request.url = urlunsplit((local.scheme, local.netloc, parts.path, parts.query, ""))
        return super().send(request, **kwargs)


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
