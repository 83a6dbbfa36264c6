"""Channel authentication of /api/messages, against a local issuer (no internet).

With MicrosoftAppId set, only a token the channel signed for this bot gets in; every
forged one is answered 401 (never 500) and reaches neither the bot nor storage.
"""

from __future__ import annotations

import logging

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app, make_app
from config import load_settings
from tests.bot.local_issuer import KEY_ID, LocalIssuer, forbid_internet, new_key
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT

APP_ID = "00000000-1111-2222-3333-444444444444"
APP_PASSWORD = "app-password-never-logged-0123456789"


@pytest.fixture(scope="module")
def issuer():
    local = LocalIssuer().start()
    yield local
    local.stop()


@pytest.fixture
def no_internet(monkeypatch):
    refused = forbid_internet(monkeypatch)
    yield refused
    assert refused == [], f"a test tried to reach {refused}"


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
    await make_app(load_settings({"DATA_DIR": str(data_dir)}))
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("MicrosoftAppId is empty" in r.getMessage() for r in warnings)
    assert any("unauthenticated" in r.getMessage() for r in warnings)


async def test_with_an_app_id_the_start_up_has_no_such_warning(data_dir, caplog, no_internet):
    caplog.set_level(logging.INFO)
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": APP_PASSWORD}
    )
    await make_app(settings)
    assert not any("unauthenticated" in r.getMessage() for r in caplog.records)
    assert not any(APP_PASSWORD in r.getMessage() for r in caplog.records)
