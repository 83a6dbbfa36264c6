"""The connector seam keeps one client per service URL and serializes cards as msrest does."""

from __future__ import annotations

from botbuilder.schema import Activity, Attachment, ChannelAccount, ConversationAccount
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.auth._connector_factory_impl import _ConnectorFactoryImpl
from botframework.connector.auth.password_service_client_credential_factory import (
    PasswordServiceClientCredentialFactory,
)

from seam import connector_seam

CARD = {
    "type": "AdaptiveCard",
    "version": "1.5",
    "body": [{"type": "TextBlock", "text": "Quelle est la période ?", "wrap": True}],
    "actions": [{"type": "Action.Submit", "title": "OK", "data": {"n": 1, "x": None, "f": 2.5}}],
}


def _factory(credentials: PasswordServiceClientCredentialFactory) -> _ConnectorFactoryImpl:
    return _ConnectorFactoryImpl(
        app_id="", to_channel_from_bot_oauth_scope="scope", login_endpoint="login",
        validate_authority=True, credential_factory=credentials,
    )  # fmt: skip


async def test_one_connector_client_per_service_url_and_credentials():
    connector_seam.apply()
    credentials = PasswordServiceClientCredentialFactory("", "")
    first = await _factory(credentials).create("https://smba.example/emea/")
    again = await _factory(credentials).create("https://smba.example/emea/")
    other = await _factory(credentials).create("https://smba.example/amer/")
    elsewhere = await _factory(PasswordServiceClientCredentialFactory("", "")).create(
        "https://smba.example/emea/"
    )
    assert first is again
    assert other is not first and elsewhere is not first
    assert isinstance(first, ConnectorClient)


def test_a_card_is_serialized_exactly_as_msrest_would():
    connector_seam.apply()
    activity = Activity(
        type="message",
        text="Quelle est la période ?",
        attachments=[Attachment(content_type="application/vnd.microsoft.card.adaptive",
                                content=CARD)],
        conversation=ConversationAccount(id="a:1", tenant_id="t"),
        from_property=ChannelAccount(id="28:bot"),
        recipient=ChannelAccount(id="29:u", aad_object_id="x"),
        channel_data={"tenant": {"id": "t"}, "tuple": (1, 2)},
    )  # fmt: skip
    serializer = ConnectorClient(MicrosoftAppCredentials("", ""), "https://x/")._serialize
    fast = serializer.body(activity, "Activity")
    seam = type(serializer).serialize_object
    assert seam.incentives_fast
    type(serializer).serialize_object = seam.original
    try:
        expected = serializer.body(activity, "Activity")
    finally:
        type(serializer).serialize_object = seam
    assert fast == expected
    assert fast["attachments"][0]["content"] == CARD
    assert fast["attachments"][0]["content"] is not CARD  # a copy, as msrest makes
