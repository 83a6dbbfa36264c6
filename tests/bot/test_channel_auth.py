"""Channel authentication of /api/messages, against a local issuer (no internet).

With MicrosoftAppId set, only a token the channel signed for this bot gets in; every
forged one is answered 401 (never 500) and reaches neither the bot nor storage.
Fetching the channel's keys never stalls the process: off the event loop, bounded by
CHANNEL_KEYS_TIMEOUT_SECONDS, one fetch shared by concurrent requests, and a failure
answered 503 at once for a short while (no fetch) before the next attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app, make_app
from config import load_settings
from seam import auth_seam
from tests.bot.local_issuer import (
    KEY_ID,
    HangingEndpoint,
    LocalIssuer,
    new_key,
)
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT

APP_ID = "00000000-1111-2222-3333-444444444444"
APP_PASSWORD = "app-password-never-logged-0123456789"


@pytest.fixture
async def served(data_dir, issuer, monkeypatch, no_internet):
    issuer.use(monkeypatch)
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": APP_PASSWORD}
    )
    house = await build_house(settings)
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    async with FakeConnector() as connector:
        yield client, connector, house
    await client.close()


@contextlib.asynccontextmanager
async def serving(data_dir, **environment: str):
    """The real app with authentication on (and any extra settings), and a connector."""
    settings = load_settings(
        {
            "DATA_DIR": str(data_dir),
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": APP_PASSWORD,
            **environment,
        }
    )
    house = await build_house(settings)
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        async with FakeConnector() as connector:
            yield client, connector, house
    finally:
        await client.close()


async def post(client, activity: dict, token: str | None):
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    return await client.post("/api/messages", json=activity, headers=headers)


async def assert_refused(client, connector, house, activity: dict, token: str | None) -> None:
    response = await post(client, activity, token)
    assert response.status == 401
    assert (await response.json())["error"] == "unauthorized"
    assert connector.take() == []  # the bot never ran
    assert await house.services.profiles.get(TENANT, ADMIN) == {}  # nothing stored


async def test_a_token_signed_by_the_channel_for_this_bot_is_accepted(served, issuer):
    client, connector, house = served
    activity = teams_message(connector.url, "hello")
    token = issuer.token(audience=APP_ID, service_url=connector.url)
    response = await post(client, activity, token)
    assert response.status == 202
    assert connector.take(), "the bot answered through the connector"
    assert "/v1/.well-known/keys" in issuer.requests  # the keys came from the local issuer
    assert (await house.services.profiles.get(TENANT, ADMIN))["reference"]


async def test_no_token_is_refused(served):
    client, connector, house = served
    await assert_refused(client, connector, house, teams_message(connector.url, "hello"), None)


async def test_an_expired_token_is_refused(served, issuer):
    client, connector, house = served
    # Beyond the SDK's five minutes of clock tolerance.
    token = issuer.token(audience=APP_ID, service_url=connector.url, expires_in=-600)
    await assert_refused(client, connector, house, teams_message(connector.url, "hello"), token)


async def test_a_token_for_another_bot_is_refused(served, issuer):
    client, connector, house = served
    token = issuer.token(audience="another-bot-app-id", service_url=connector.url)
    await assert_refused(client, connector, house, teams_message(connector.url, "hello"), token)


async def test_a_token_with_a_bad_signature_is_refused(served, issuer):
    client, connector, house = served
    # Same key id as the published key, signed with another key.
    token = issuer.token(audience=APP_ID, service_url=connector.url, key=new_key())
    await assert_refused(client, connector, house, teams_message(connector.url, "hello"), token)


@pytest.mark.parametrize(
    "forgery",
    [
        "another_issuer",
        "unknown_key",
        "other_service_url",
        "tampered_payload",
        "not_a_jwt",
        "alg_none",
    ],
)
async def test_other_forged_tokens_are_refused_with_401_not_500(served, issuer, forgery):
    client, connector, house = served
    activity = teams_message(connector.url, "hello")
    good = {"audience": APP_ID, "service_url": connector.url}
    if forgery == "another_issuer":
        token = issuer.token(**good, issuer="https://sts.evil.example/")
    elif forgery == "unknown_key":
        token = issuer.token(**good, key=new_key(), key_id="never-published")
    elif forgery == "other_service_url":
        # A token the channel issued for another conversation's service, replayed here.
        token = issuer.token(audience=APP_ID, service_url="https://smba.trafficmanager.net/x/")
    elif forgery == "tampered_payload":
        header, _payload, signature = issuer.token(**good).split(".")
        other = issuer.token(audience=APP_ID, service_url=connector.url, tid="x").split(".")[1]
        token = f"{header}.{other}.{signature}"
    elif forgery == "not_a_jwt":
        token = "not-a-token"
    else:
        import jwt

        token = jwt.encode(
            {"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": connector.url},
            key=None,
            algorithm="none",
            headers={"kid": KEY_ID},
        )
    await assert_refused(client, connector, house, activity, token)


async def test_a_basic_or_malformed_authorization_header_is_refused(served):
    client, connector, _house = served
    for header in ("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer a b"):
        response = await client.post(
            "/api/messages",
            json=teams_message(connector.url, "hello"),
            headers={"Authorization": header},
        )
        assert response.status == 401, header
    assert connector.take() == []


async def test_a_refusal_is_logged_without_the_token(served, issuer, caplog):
    client, connector, _house = served
    caplog.set_level(logging.DEBUG)
    token = issuer.token(audience="another-bot-app-id", service_url=connector.url)
    assert (await post(client, teams_message(connector.url, "hello"), token)).status == 401
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "channel authentication refused" in logged
    assert token not in logged and token.split(".")[1] not in logged


async def test_without_an_app_id_a_stray_token_is_still_401_not_500(data_dir, no_internet):
    settings = load_settings({"DATA_DIR": str(data_dir)})
    house = await build_house(settings)
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        response = await client.post(
            "/api/messages",
            json=teams_message("http://127.0.0.1:9/", "hello"),
            headers={"Authorization": "Bearer not-a-token"},
        )
        assert response.status == 401
    finally:
        await client.close()


async def test_without_an_app_id_the_start_up_says_loudly_it_is_unauthenticated(
    data_dir, caplog, no_internet
):
    caplog.set_level(logging.INFO)
    app = await make_app(load_settings({"DATA_DIR": str(data_dir)}))
    app.freeze()  # an unfrozen app skips on_cleanup: the connector session stayed open
    await app.cleanup()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("MicrosoftAppId is empty" in r.getMessage() for r in warnings)
    assert any("unauthenticated" in r.getMessage() for r in warnings)


async def test_with_an_app_id_the_start_up_has_no_such_warning(data_dir, caplog, no_internet):
    caplog.set_level(logging.INFO)
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": APP_PASSWORD}
    )
    app = await make_app(settings)
    app.freeze()  # an unfrozen app skips on_cleanup: the connector session stayed open
    await app.cleanup()
    assert not any("unauthenticated" in r.getMessage() for r in caplog.records)
    assert not any(APP_PASSWORD in r.getMessage() for r in caplog.records)


# -- fetching the channel's keys never stalls the process (issue 11.5) -----------------------

# Bounds that only catch a hang (the loop blocked, a fetch without a timeout): never timings.
HANG = 30.0
FORGER = new_key()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def use_clock(house, clock: FakeClock) -> None:
    auth = house.adapter.bot_framework_authentication
    auth.key_policy = dataclasses.replace(auth.key_policy, clock=clock)


def forged(issuer: LocalIssuer, service_url: str) -> str:
    """The channel's issuer and this bot's audience, a key id the bot does not know."""
    return issuer.token(
        audience=APP_ID, service_url=service_url, key=FORGER, key_id="never-published"
    )


async def until(condition, what: str) -> None:
    deadline = time.monotonic() + HANG
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.01)


@pytest.fixture
def hanging(monkeypatch):
    endpoint = HangingEndpoint(give_up_after=HANG / 2).start()
    endpoint.use(monkeypatch)
    yield endpoint
    endpoint.stop()


@pytest.fixture
def fresh_issuer(monkeypatch):
    """An issuer of its own (a new address): the bot has fetched nothing from it yet."""
    local = LocalIssuer().start()
    local.use(monkeypatch)
    yield local
    local.release()
    local.stop()


async def test_a_hanging_key_endpoint_does_not_stop_healthz(data_dir, issuer, hanging, no_internet):
    async with serving(data_dir, CHANNEL_KEYS_TIMEOUT_SECONDS="60") as (client, connector, _):
        request = asyncio.create_task(
            post(client, teams_message(connector.url), forged(issuer, connector.url))
        )
        await until(lambda: hanging.accepted >= 1, "the bot asked for the keys")
        health = await asyncio.wait_for(client.get("/healthz"), HANG)
        assert health.status == 200
        assert not request.done(), "the forged request waits for the keys, the process does not"
        hanging.release()  # the endpoint hangs up: the keys could not be fetched
        response = await asyncio.wait_for(request, HANG)
        assert response.status == 503
        assert (await response.json())["error"] == "auth_unavailable"
        assert connector.take() == []


async def test_a_key_fetch_gives_up_after_its_timeout_and_answers_503(
    data_dir, issuer, hanging, no_internet
):
    async with serving(data_dir, CHANNEL_KEYS_TIMEOUT_SECONDS="0.5") as (client, connector, _):
        response = await asyncio.wait_for(
            post(client, teams_message(connector.url), forged(issuer, connector.url)), HANG
        )
        assert response.status == 503
        await until(lambda: hanging.abandoned + hanging.released_by_us >= 1, "the fetch ended")
        # The bot hung up (its timeout), not the endpoint (which would have waited HANG / 2).
        assert (hanging.abandoned, hanging.released_by_us) == (1, 0)
        assert connector.take() == []


def test_the_key_fetch_timeout_is_a_setting_of_a_few_seconds():
    assert 1 <= load_settings({}).channel_keys_timeout_seconds <= 10
    assert (
        load_settings({"CHANNEL_KEYS_TIMEOUT_SECONDS": "2.5"}).channel_keys_timeout_seconds == 2.5
    )


async def test_concurrent_requests_share_one_key_fetch(data_dir, fresh_issuer, no_internet):
    async with serving(data_dir) as (client, connector, _house):
        fresh_issuer.hold()
        token = forged(fresh_issuer, connector.url)
        requests = [
            asyncio.create_task(post(client, teams_message(connector.url, "hi", number=n), token))
            for n in range(10)
        ]
        await until(
            lambda: auth_seam.waiting_for_keys(fresh_issuer.metadata_url) == 10,
            "ten requests waiting for the same fetch",
        )
        fresh_issuer.release()
        responses = await asyncio.wait_for(asyncio.gather(*requests), HANG)
        assert [r.status for r in responses] == [401] * 10
        assert fresh_issuer.served("/openidconfiguration") == 1
        assert fresh_issuer.served("/keys") == 1
        # And a genuine request afterwards uses the keys fetched then.
        good = fresh_issuer.token(audience=APP_ID, service_url=connector.url)
        assert (await post(client, teams_message(connector.url, "hello"), good)).status == 202
        assert fresh_issuer.served("/openidconfiguration") == 1


@pytest.mark.parametrize("failure", ["down", "junk", "no keys"])
async def test_a_failed_key_fetch_is_remembered_briefly_then_retried(
    data_dir, fresh_issuer, no_internet, failure
):
    clock = FakeClock()
    async with serving(data_dir) as (client, connector, house):
        use_clock(house, clock)
        fresh_issuer.failing = failure
        token = forged(fresh_issuer, connector.url)
        good = fresh_issuer.token(audience=APP_ID, service_url=connector.url)

        first = await post(client, teams_message(connector.url, "hi"), token)
        assert first.status == 503
        assert fresh_issuer.served("/openidconfiguration") == 1

        # Within the next 30 seconds: 503 at once, the endpoint is left alone.
        fresh_issuer.failing = None
        clock.now += 29
        for text, credentials in (("hi", token), ("hello", good)):
            response = await post(client, teams_message(connector.url, text), credentials)
            assert response.status == 503
            assert (await response.json())["error"] == "auth_unavailable"
        assert fresh_issuer.served("/openidconfiguration") == 1
        assert connector.take() == []

        # After them, the keys are fetched again: forged refused, genuine accepted.
        clock.now += 2
        assert (await post(client, teams_message(connector.url, "hi"), token)).status == 401
        assert fresh_issuer.served("/openidconfiguration") == 2
        assert fresh_issuer.served("/keys") == (2 if failure == "no keys" else 1)
        assert (await post(client, teams_message(connector.url, "hello"), good)).status == 202
        assert connector.take()


def test_the_seam_is_installed_once_and_refuses_an_sdk_it_was_not_written_for(monkeypatch):
    from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata

    auth_seam.apply()
    installed = _OpenIdMetadata._refresh
    auth_seam.apply()
    assert _OpenIdMetadata._refresh is installed is auth_seam._refresh
    monkeypatch.setattr(auth_seam.importlib.metadata, "version", lambda name: "4.18.0")
    with pytest.raises(RuntimeError, match=r"botframework-connector 4\.17"):
        auth_seam.apply()
