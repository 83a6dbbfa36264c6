"""The connector's aiohttp sender: replies reach the connector as the SDK would send them,
signed by the SDK's credentials, with urllib3's retry behaviour and the SDK's errors."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.models import ErrorResponseException
from msrest.exceptions import ClientRequestError

from seam import connector_sender
from tests.connector import FakeConnector


class SignedCredentials(MicrosoftAppCredentials):
    """The SDK's credentials with a token that needs no identity provider."""

    def __init__(self) -> None:
        super().__init__("app-id", "app-password")
        self.asked = 0

    def get_access_token(self, force_refresh: bool = False) -> str:
        self.asked += 1
        return "token-123"


def _client(url: str, credentials: Any = None) -> ConnectorClient:
    client = ConnectorClient(credentials or MicrosoftAppCredentials("", ""), url)
    return connector_sender.install(client)


def _reply(text: str = "Bonjour, où en est ma réclamation ?") -> Activity:
    return Activity(
        type="message",
        text=text,
        from_property=ChannelAccount(id="28:bot"),
        recipient=ChannelAccount(id="29:user"),
        conversation=ConversationAccount(id="a:conv"),
    )


class Recorder:
    """A loopback server answering each request from a script, recording what it got."""

    def __init__(self, answers: list[tuple[int, dict[str, str], bytes]]) -> None:
        self.answers = answers
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.raw_paths: list[str] = []  # as they came, quoted
        application = web.Application()
        application.router.add_route("*", "/{tail:.*}", self._answer)
        self.server = TestServer(application, host="127.0.0.1")

    async def _answer(self, request: web.Request) -> web.Response:
        self.requests.append((request.method, dict(request.headers), await request.read()))
        self.raw_paths.append(request.raw_path)
        status, headers, body = self.answers.pop(0) if self.answers else (200, {}, b"{}")
        return web.Response(
            status=status, headers=headers, body=body, content_type="application/json"
        )

    async def __aenter__(self) -> Recorder:
        await self.server.start_server()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.server.close()

    @property
    def url(self) -> str:
        return str(self.server.make_url("/"))


@pytest.fixture(autouse=True)
async def _own_session():
    yield
    await connector_sender.close()


async def test_a_reply_reaches_the_connector_whole_and_the_answer_is_the_sdks_model():
    async with FakeConnector() as connector:
        client = _client(connector.url)
        answer = await client.conversations.reply_to_activity("a:conv", "act-1", _reply())
        assert answer.id == "reply-1"
        [received] = connector.take()
        assert received["text"] == "Bonjour, où en est ma réclamation ?"
        assert received["from"] == {"id": "28:bot"}
        assert received["_conversation"] == "a:conv"
    assert client.config.pipeline.incentives_aiohttp


async def test_the_sdks_credentials_sign_each_request_and_anonymous_sends_no_header():
    credentials = SignedCredentials()
    async with Recorder([(200, {}, b'{"id": "1"}'), (200, {}, b'{"id": "2"}')]) as server:
        await _client(server.url, credentials).conversations.send_to_conversation(
            "a:conv", _reply()
        )
        await _client(server.url).conversations.send_to_conversation("a:conv", _reply())
    signed, anonymous = server.requests
    assert signed[1]["Authorization"] == "Bearer token-123"
    assert credentials.asked == 1
    assert "Authorization" not in anonymous[1]
    assert signed[1]["Content-Type"].startswith("application/json")
    assert "msrest" in signed[1]["User-Agent"]  # the SDK's user agent, not aiohttp's


async def test_an_error_answer_raises_the_sdks_error_with_status_and_headers():
    body = b'{"error": {"code": "Throttled", "message": "slow down"}}'
    async with Recorder([(429, {"Retry-After": "7"}, body)]) as server:
        with pytest.raises(ErrorResponseException) as raised:
            await _client(server.url).conversations.send_to_conversation("a:conv", _reply())
    assert raised.value.response.status_code == 429
    assert "Throttled" in str(raised.value)
    assert raised.value.response.headers.get("Retry-After") == "7"
    assert len(server.requests) == 1  # a POST answered is never sent twice


async def test_a_post_answered_500_is_not_sent_again():
    async with Recorder([(500, {}, b"{}"), (200, {}, b'{"id": "x"}')]) as server:
        with pytest.raises(ErrorResponseException):
            await _client(server.url).conversations.send_to_conversation("a:conv", _reply())
    assert len(server.requests) == 1


async def test_a_get_answered_503_is_retried_after_retry_after_then_succeeds():
    answers = [(503, {"Retry-After": "0"}, b"{}"), (408, {}, b"{}"), (200, {}, b"[]")]
    async with Recorder(answers) as server:
        members = await _client(server.url).conversations.get_conversation_members("a:conv")
    assert members == []
    assert [method for method, _, _ in server.requests] == ["GET", "GET", "GET"]


async def test_an_unreachable_connector_is_tried_again_then_fails_with_the_sdks_error(
    monkeypatch,
):
    retries = []

    def no_wait(attempt: int, factor: float) -> float:
        retries.append(attempt)
        return 0.0

    monkeypatch.setattr(connector_sender, "backoff_seconds", no_wait)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens there once the probe closes
    client = _client(f"http://127.0.0.1:{port}/")
    with pytest.raises(ClientRequestError):
        await client.conversations.send_to_conversation("a:conv", _reply())
    assert retries == [1, 2, 3]  # msrest's policy: 3 retries of a connection never made


async def test_an_empty_accepted_answer_is_an_empty_answer():
    async with Recorder([(202, {}, b"")]) as server:
        answer = await _client(server.url).conversations.send_to_conversation("a:conv", _reply())
    assert answer is None or answer.id is None


def test_backoff_is_urllib3s_and_retry_after_reads_seconds_and_dates():
    assert [connector_sender.backoff_seconds(n, 0.8) for n in (1, 2, 3)] == [0.0, 1.6, 3.2]
    assert connector_sender.retry_after_seconds("12") == 12.0
    assert connector_sender.retry_after_seconds("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0
    assert connector_sender.retry_after_seconds("soon") is None
    assert connector_sender.retry_after_seconds(None) is None


def test_installing_twice_keeps_one_pipeline():
    client = _client("https://smba.example/emea/")
    pipeline = client.config.pipeline
    assert connector_sender.install(client).config.pipeline is pipeline


def test_proxies_come_from_the_client_or_the_environment_and_no_proxy_is_honoured(monkeypatch):
    monkeypatch.setattr(
        connector_sender,
        "_environment_proxies",
        lambda: {"https": "http://proxy.corp:3128", "no": "smba.internal,localhost"},
    )
    connector_sender._environment_proxy.cache_clear()
    try:
        sender = _client("https://x/").config.pipeline._sender
        assert sender._proxy_for("https://smba.trafficmanager.net/emea/v3") == (
            "http://proxy.corp:3128"
        )
        assert sender._proxy_for("https://smba.internal/v3") is None
        assert sender._proxy_for("http://127.0.0.1:3978/v3") is None  # no http proxy set
        sender.config.proxies.add("https", "http://explicit:8080")
        assert sender._proxy_for("https://smba.internal/v3") == "http://explicit:8080"
        sender.config.proxies.proxies.clear()
        sender.config.proxies.use_env_settings = False
        assert sender._proxy_for("https://smba.trafficmanager.net/emea/v3") is None
    finally:
        connector_sender._environment_proxy.cache_clear()


async def test_tls_is_verified_against_the_authorities_requests_trusted(tmp_path, monkeypatch):
    from tests.storage.test_evidence_downloads import self_signed

    monkeypatch.setattr(connector_sender, "backoff_seconds", lambda attempt, factor: 0.0)
    application = web.Application()
    application.router.add_post(
        "/v3/conversations/{conversation}/activities",
        lambda _request: web.json_response({"id": "tls-1"}),
    )
    server = TestServer(application, host="127.0.0.1")
    await server.start_server(ssl=self_signed(tmp_path))
    url = f"https://localhost:{server.port}/"
    try:
        connector_sender._trusted_authorities.cache_clear()
        with pytest.raises(ClientRequestError):  # nobody vouches for this certificate
            await _client(url).conversations.send_to_conversation("a:conv", _reply())

        await connector_sender.close()
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "cert.pem"))
        connector_sender._trusted_authorities.cache_clear()
        answer = await _client(url).conversations.send_to_conversation("a:conv", _reply())
        assert answer.id == "tls-1"
    finally:
        connector_sender._trusted_authorities.cache_clear()
        await server.close()
