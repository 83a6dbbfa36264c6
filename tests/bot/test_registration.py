"""Registration as Azure does it today: single tenant, and user-assigned managed identity.

Through the real app and the real botbuilder adapter, against local issuers (no internet).
Inbound, the Bot Connector signs a request the same way whatever the registration (issuer
https://api.botframework.com, audience the bot's app id): a token the local channel issuer
signed for this bot gets in, one for another audience is refused 401. Outbound, the token
on the bot's replies and proactive messages comes from where the registration says:

- SingleTenant: the bot's own tenant at Microsoft Entra ID
  (https://login.microsoftonline.com/<MicrosoftAppTenantId>/oauth2/v2.0/token), never the
  legacy botframework.com tenant, and never the tenant of the conversation (a partner's);
- UserAssignedMSI: the managed identity endpoint of the host the bot runs on (App Service
  and Container Apps: IDENTITY_ENDPOINT + IDENTITY_HEADER; a VM: IMDS), with no password,
  and no request to Entra ID at all.

A registration set up wrong stops the bot at start with one line naming the setting, never
its value.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.core import TurnContext
from botbuilder.schema import ConversationReference

from app import HOUSE_KEY, build_house, create_app, make_app
from config import SettingsError, load_settings
from seam import bot_token
from tests.bot.local_issuer import (
    BOT_FRAMEWORK_RESOURCE,
    ENTRA_HOST,
    LocalLogin,
)
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT
from tests.test_settings import _refused_in_one_line, _run_app

# The bot's own tenant (where its app registration or managed identity lives). The Teams
# conversations of tests/support.py are in another tenant, TENANT: a partner's.
BOT_TENANT = "7a1f0c55-0d2e-4b8e-9c6f-3e5b2a9d4c11"
APP_ID = "3f6c9b0e-5d4a-4c21-8e7f-0a1b2c3d4e5f"
APP_SECRET = "client-secret-never-logged-0123456789"
MSI_CLIENT_ID = "9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a"

SINGLE_TENANT = {
    "MicrosoftAppType": "SingleTenant",
    "MicrosoftAppId": APP_ID,
    "MicrosoftAppPassword": APP_SECRET,
    "MicrosoftAppTenantId": BOT_TENANT,
}
MANAGED_IDENTITY = {
    "MicrosoftAppType": "UserAssignedMSI",
    "MicrosoftAppId": MSI_CLIENT_ID,
    "MicrosoftAppTenantId": BOT_TENANT,
}
TENANT_TOKEN_ENDPOINT = f"https://{ENTRA_HOST}/{BOT_TENANT}/oauth2/v2.0/token"


class RecordingConnector(FakeConnector):
    """The loopback Bot Connector, also keeping the Authorization header of each send."""

    def __init__(self) -> None:
        self.authorizations: list[str | None] = []
        super().__init__()

    async def _receive(self, request: web.Request) -> web.Response:
        self.authorizations.append(request.headers.get("Authorization"))
        return await super()._receive(request)


@pytest.fixture
def login(issuer, monkeypatch, no_internet):
    """Channel tokens from `issuer`; the bot's own tokens are the SDK's to get, from here:
    Entra ID knows the single-tenant app, the host has the managed identity assigned."""
    issuer.use(monkeypatch, stub_outbound_token=False)
    local = LocalLogin().start()
    local.register(BOT_TENANT, APP_ID, APP_SECRET)
    local.assign(MSI_CLIENT_ID)
    local.use_entra(monkeypatch)
    yield local
    local.stop()


@contextlib.asynccontextmanager
async def serving(data_dir, environment: dict[str, str]):
    """The real app (build_house, create_app) with these settings, and a connector."""
    settings = load_settings({"DATA_DIR": str(data_dir), **environment})
    house = await build_house(settings)
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        async with RecordingConnector() as connector:
            yield client, connector, house
    finally:
        await client.close()


async def post(client, activity: dict, token: str):
    return await client.post(
        "/api/messages", json=activity, headers={"Authorization": f"Bearer {token}"}
    )


async def send_proactively(house, service_url: str, text: str) -> None:
    """A message into a stored conversation, as proactive/notifier.py sends a notice: the
    stored reference, `adapter.continue_conversation`, the bot's app id."""
    stored = {
        "channelId": "msteams",
        "serviceUrl": service_url,
        "conversation": {"id": "a:chat-1", "conversationType": "personal", "tenantId": TENANT},
        "user": {"id": f"29:{ADMIN}", "aadObjectId": ADMIN},
        "bot": {"id": "28:bot"},
    }
    conversation = ConversationReference().deserialize(stored)
    failure: Exception | None = None

    async def call(turn_context: TurnContext) -> None:
        nonlocal failure
        try:
            await turn_context.send_activity(text)
        except Exception as error:  # the notifier's way: the failure is the caller's
            failure = error

    await house.adapter.continue_conversation(conversation, call, house.settings.app_id)
    if failure is not None:
        raise failure


def only_token(login: LocalLogin, source: str):
    assert len(login.issued) == 1, login.issued  # one token, cached for every later call
    issued = login.issued[0]
    assert issued.source == source
    assert issued.resource == BOT_FRAMEWORK_RESOURCE
    return issued


def assert_sent_with(connector: RecordingConnector, token: str) -> None:
    assert connector.authorizations, "nothing reached the connector"
    assert set(connector.authorizations) == {f"Bearer {token}"}


# -- MicrosoftAppType=SingleTenant ------------------------------------------------------------


async def test_single_tenant_signed_request_gets_in_and_the_reply_token_is_its_tenants(
    data_dir, issuer, login
):
    async with serving(data_dir, SINGLE_TENANT) as (client, connector, house):
        token = issuer.token(audience=APP_ID, service_url=connector.url)
        response = await post(client, teams_message(connector.url, "hello"), token)
        assert response.status == 202
        assert connector.take(), "the bot answered through the connector"
        assert (await house.services.profiles.get(TENANT, ADMIN))["reference"]

    issued = only_token(login, "entra")
    assert (issued.tenant, issued.client_id) == (BOT_TENANT, APP_ID)
    assert_sent_with(connector, issued.token)
    # msal asked the bot's own tenant, and nothing else: not the legacy botframework.com
    # tenant of multi-tenant bots, not the conversation's (a partner's) tenant.
    assert f"POST {TENANT_TOKEN_ENDPOINT}" in login.asked
    assert all(
        url.split()[1].startswith(f"https://{ENTRA_HOST}/{BOT_TENANT}/") for url in login.asked
    )
    assert not any("botframework.com" in url or TENANT in url for url in login.asked)


@pytest.mark.parametrize(
    "audience",
    ["another-bot-app-id", MSI_CLIENT_ID, BOT_TENANT, BOT_FRAMEWORK_RESOURCE],
)
async def test_single_tenant_a_token_for_another_audience_is_refused_401(
    data_dir, issuer, login, audience
):
    async with serving(data_dir, SINGLE_TENANT) as (client, connector, house):
        token = issuer.token(audience=audience, service_url=connector.url)
        response = await post(client, teams_message(connector.url, "hello"), token)
        assert response.status == 401
        assert (await response.json())["error"] == "unauthorized"
        assert connector.take() == []
        assert await house.services.profiles.get(TENANT, ADMIN) == {}
    assert login.asked == [] and login.issued == []  # not even a token asked for


async def test_single_tenant_a_proactive_send_asks_the_tenant_for_its_token(data_dir, login):
    # A fresh start: no turn came first, so the notice's own token is asked for.
    async with serving(data_dir, SINGLE_TENANT) as (_client, connector, house):
        await send_proactively(house, connector.url, "Your claim needs changes")
        sent = connector.take()
    assert [(a["_conversation"], a["text"]) for a in sent] == [
        ("a:chat-1", "Your claim needs changes")
    ]
    issued = only_token(login, "entra")
    assert (issued.tenant, issued.client_id) == (BOT_TENANT, APP_ID)
    assert_sent_with(connector, issued.token)
    assert f"POST {TENANT_TOKEN_ENDPOINT}" in login.asked
    assert not any("botframework.com" in url for url in login.asked)


async def test_single_tenant_with_a_wrong_secret_no_token_and_the_secret_is_never_logged(
    data_dir, issuer, login, caplog
):
    caplog.set_level("DEBUG")
    wrong = "a-revoked-client-secret-0123456789"
    environment = {**SINGLE_TENANT, "MicrosoftAppPassword": wrong}
    async with serving(data_dir, environment) as (client, connector, _house):
        token = issuer.token(audience=APP_ID, service_url=connector.url)
        await post(client, teams_message(connector.url, "hello"), token)
        assert connector.take() == []  # Entra refused: nothing could be sent
    assert login.issued == []
    assert f"POST {TENANT_TOKEN_ENDPOINT}" in login.asked
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "turn failed" in logged and "invalid_client" in logged  # said, and why
    assert wrong not in logged and APP_SECRET not in logged


# -- The bot's own token is never fetched on the event loop ---------------------------------

# How long a test may wait for what must happen; the held token endpoint gives up after half.
HANG = 20.0


async def until(condition, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + HANG
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.01)


async def test_a_slow_entra_id_holds_the_reply_and_not_the_process(data_dir, issuer, login):
    async with serving(data_dir, SINGLE_TENANT) as (client, connector, _house):
        login.hold(give_up_after=HANG / 2)
        token = issuer.token(audience=APP_ID, service_url=connector.url)
        turn = asyncio.create_task(post(client, teams_message(connector.url, "hello"), token))
        await until(lambda: login.held >= 1, "the bot asked Entra ID for its token")
        health = await asyncio.wait_for(client.get("/healthz"), HANG)
        assert health.status == 200
        second = teams_message(connector.url, "hi", number=2)
        second["conversation"]["id"] = "a:chat-2"
        other = asyncio.create_task(post(client, second, token))
        await asyncio.sleep(0.2)  # let it reach its reply too
        assert not turn.done() and not other.done(), "turns wait for the token, not the process"
        assert login.held == 1  # the second turn waits for the same fetch
        login.release()
        responses = await asyncio.wait_for(asyncio.gather(turn, other), HANG)
        assert [r.status for r in responses] == [202, 202]
        sent = connector.take()
        assert {a["_conversation"] for a in sent} == {"a:chat-1", "a:chat-2"}
    issued = only_token(login, "entra")  # one fetch, shared by both turns' replies
    assert_sent_with(connector, issued.token)


async def test_a_silent_entra_id_fails_the_send_in_bounded_time_and_its_token_is_kept(
    data_dir, login, monkeypatch, caplog
):
    caplog.set_level(logging.INFO, logger=bot_token.__name__)
    monkeypatch.setattr(bot_token, "TIMEOUT_SECONDS", 0.2)
    # Entra's answer reaches the bot's thread a moment after Entra sent it (msal reads and
    # parses it): a send in that moment once asked again ("2 == 1" in a CI run).
    signed = bot_token.TokenHeaders._signed

    def answered_late(self):
        header = signed(self)
        time.sleep(0.3)
        return header

    monkeypatch.setattr(bot_token.TokenHeaders, "_signed", answered_late)
    async with serving(data_dir, SINGLE_TENANT) as (_client, connector, house):
        login.hold(give_up_after=HANG / 2)
        with pytest.raises(bot_token.BotTokenUnavailable):
            await asyncio.wait_for(send_proactively(house, connector.url, "first"), HANG)
        assert connector.take() == []  # nothing sent without a token
        assert login.held == 1
        login.release()
        await until(lambda: login.issued, "Entra ID answered at last")
        await until(lambda: "the bot's token is kept" in caplog.text, "the bot kept it")
        await asyncio.wait_for(send_proactively(house, connector.url, "second"), HANG)
        assert [a["text"] for a in connector.take()] == ["second"]
    issued = only_token(login, "entra")  # the late answer was kept, not asked for again
    assert_sent_with(connector, issued.token)
    assert issued.token not in caplog.text  # its renewal is logged, never the token


# -- MicrosoftAppType=UserAssignedMSI ---------------------------------------------------------


@pytest.mark.parametrize("host", ["app_service", "imds"])
async def test_managed_identity_signed_request_gets_in_and_the_reply_token_is_its_own(
    data_dir, issuer, login, monkeypatch, host
):
    login.use_managed_identity(monkeypatch, via=host)
    async with serving(data_dir, MANAGED_IDENTITY) as (client, connector, house):
        assert house.settings.app_password.get_secret_value() == ""  # none to manage
        token = issuer.token(audience=MSI_CLIENT_ID, service_url=connector.url)
        response = await post(client, teams_message(connector.url, "hello"), token)
        assert response.status == 202
        assert connector.take(), "the bot answered through the connector"

    issued = only_token(login, host)
    assert issued.client_id == MSI_CLIENT_ID
    assert_sent_with(connector, issued.token)
    # The host's endpoint only: no client-credentials request to Entra ID.
    path = "/msi/token" if host == "app_service" else "/metadata/identity/oauth2/token"
    assert login.asked == [f"GET {login.base_url}{path}"]


async def test_managed_identity_a_proactive_send_gets_its_token_from_the_identity(
    data_dir, login, monkeypatch
):
    login.use_managed_identity(monkeypatch, via="app_service")
    async with serving(data_dir, MANAGED_IDENTITY) as (_client, connector, house):
        await send_proactively(house, connector.url, "Your plan was approved")
        sent = connector.take()
    assert [a["text"] for a in sent] == ["Your plan was approved"]
    issued = only_token(login, "app_service")
    assert issued.client_id == MSI_CLIENT_ID
    assert_sent_with(connector, issued.token)
    assert not any(ENTRA_HOST in url for url in login.asked)


@pytest.mark.parametrize("audience", ["another-bot-app-id", APP_ID, BOT_TENANT])
async def test_managed_identity_a_token_for_another_audience_is_refused_401(
    data_dir, issuer, login, monkeypatch, audience
):
    login.use_managed_identity(monkeypatch, via="app_service")
    async with serving(data_dir, MANAGED_IDENTITY) as (client, connector, _house):
        token = issuer.token(audience=audience, service_url=connector.url)
        response = await post(client, teams_message(connector.url, "hello"), token)
        assert response.status == 401
        assert connector.take() == []
    assert login.asked == [] and login.issued == []


# -- start-up --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "app_id"), [(SINGLE_TENANT, APP_ID), (MANAGED_IDENTITY, MSI_CLIENT_ID)]
)
async def test_the_app_starts_with_either_registration(
    data_dir, issuer, login, monkeypatch, environment, app_id
):
    """`make_app`, what `python app.py` and gunicorn run, and a first signed message."""
    login.use_managed_identity(monkeypatch, via="app_service")
    app = await make_app(load_settings({"DATA_DIR": str(data_dir), **environment}))
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        health = await (await client.get("/healthz")).json()
        assert health["authenticated"] is True
        assert app[HOUSE_KEY].settings.app_type == environment["MicrosoftAppType"]
        async with RecordingConnector() as connector:
            token = issuer.token(audience=app_id, service_url=connector.url)
            response = await post(client, teams_message(connector.url, "hello"), token)
            assert response.status == 202
            assert connector.take()
    finally:
        await client.close()


@pytest.mark.parametrize(
    ("case", "environment", "variable"),
    [
        (
            "SingleTenant without a tenant id",
            {k: v for k, v in SINGLE_TENANT.items() if k != "MicrosoftAppTenantId"},
            "MicrosoftAppTenantId",
        ),
        (
            "SingleTenant without a password",
            {k: v for k, v in SINGLE_TENANT.items() if k != "MicrosoftAppPassword"},
            "MicrosoftAppPassword",
        ),
        (
            "UserAssignedMSI with a password",
            {**MANAGED_IDENTITY, "MicrosoftAppPassword": APP_SECRET},
            "MicrosoftAppPassword",
        ),
        (
            "UserAssignedMSI without an app id",
            {k: v for k, v in MANAGED_IDENTITY.items() if k != "MicrosoftAppId"},
            "MicrosoftAppId",
        ),
        (
            "UserAssignedMSI without a tenant id",
            {k: v for k, v in MANAGED_IDENTITY.items() if k != "MicrosoftAppTenantId"},
            "MicrosoftAppTenantId",
        ),
    ],
)
def test_a_registration_set_up_wrong_stops_the_bot_with_one_line_naming_the_setting(
    tmp_path, case, environment, variable
):
    line = _refused_in_one_line(_run_app(tmp_path, **environment), variable)
    for value in (APP_SECRET, APP_ID, MSI_CLIENT_ID, BOT_TENANT):
        assert value not in line, case  # never a value, a secret or not


def test_registration_settings_as_an_operator_types_them():
    # The app type in any case (the SDK reads it so); the tenant as a GUID or a domain name.
    settings = load_settings({**SINGLE_TENANT, "MicrosoftAppType": "singletenant"})
    assert settings.app_type == "SingleTenant"
    assert load_settings(
        {**MANAGED_IDENTITY, "MicrosoftAppType": " userassignedmsi "}
    ).app_type == ("UserAssignedMSI")
    domain = load_settings({**SINGLE_TENANT, "MicrosoftAppTenantId": "contoso.onmicrosoft.com"})
    assert domain.app_tenant_id == "contoso.onmicrosoft.com"
    # It becomes part of the token endpoint's address: nothing else gets in.
    for bad in ("7a1f0c55/../common", "https://login.microsoftonline.com/x", "tenant id"):
        with pytest.raises(SettingsError, match=r"^invalid settings: MicrosoftAppTenantId: ") as e:
            load_settings({**SINGLE_TENANT, "MicrosoftAppTenantId": bad})
        assert bad not in str(e.value)
    with pytest.raises(SettingsError, match=r"^invalid settings: MicrosoftAppType: "):
        load_settings({**SINGLE_TENANT, "MicrosoftAppType": "SingleTenantPlease"})


def test_legacy_multi_tenant_settings_are_unchanged():
    # Unauthenticated on a developer's machine, as before.
    assert load_settings({}).app_type == "MultiTenant" and not load_settings({}).authenticated
    # An existing multi-tenant registration: an app id and a password, no tenant.
    legacy = load_settings({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": APP_SECRET})
    assert (legacy.app_type, legacy.app_tenant_id) == ("MultiTenant", "")
