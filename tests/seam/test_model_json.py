"""The fast activity JSON is msrest's JSON, value for value, or msrest does it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    Entity,
    Mention,
    SuggestedActions,
)
from botbuilder.schema.teams import TeamsChannelAccount, TeamsChannelData, TenantInfo
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from hypothesis import given
from hypothesis import strategies as st

from dialogs.messages import to_activity
from seam import model_json
from tests.hostile import BOUNDED
from views import cards

SERIALIZER = ConnectorClient(MicrosoftAppCredentials("", ""), "https://x/")._serialize


def both(activity: Activity) -> tuple[Any, Any]:
    """(this seam's JSON, msrest's own) for the same activity."""
    fast = SERIALIZER.body(activity, "Activity")
    original = type(SERIALIZER).body.original
    return fast, original(SERIALIZER, activity, "Activity")


def test_the_seam_is_in_place():
    assert type(SERIALIZER).body.incentives_fast


json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.text(max_size=20),
    st.floats(allow_nan=False),
)  # fmt: skip
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
accounts = st.builds(
    ChannelAccount,
    id=st.text(max_size=12) | st.none(),
    name=st.text(max_size=12) | st.none(),
    aad_object_id=st.none() | st.just("00000000-0000-0000-0000-000000000001"),
    role=st.sampled_from([None, "user", "bot"]),
)
teams_accounts = st.builds(
    TeamsChannelAccount, id=st.text(max_size=8), name=st.text(max_size=8) | st.none()
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5))]),
)  # fmt: skip
card_actions = st.builds(
    CardAction,
    type=st.sampled_from(["imBack", "messageBack", "openUrl"]),
    title=st.text(max_size=12),
    value=json_value,
    text=st.text(max_size=8) | st.none(),
)
attachments = st.builds(
    Attachment,
    content_type=st.sampled_from(["application/vnd.microsoft.card.adaptive", "text/plain"]),
    content=json_value,
    name=st.none() | st.text(max_size=8),
)
activities = st.builds(
    Activity,
    type=st.sampled_from([ActivityTypes.message, "message", ActivityTypes.typing, "event"]),
    id=st.none() | st.text(max_size=8),
    text=st.none() | st.text(max_size=80),
    locale=st.sampled_from([None, "en-US", "fr-FR"]),
    timestamp=st.none() | moments,
    from_property=st.none() | accounts | teams_accounts,
    recipient=st.none() | accounts,
    conversation=st.none()
    | st.builds(ConversationAccount, id=st.text(max_size=8), tenant_id=st.text(max_size=8)),
    attachments=st.none() | st.lists(attachments, max_size=3),
    attachment_layout=st.sampled_from([None, "list", "carousel"]),
    entities=st.none()
    | st.lists(
        st.builds(Mention, mentioned=accounts, text=st.text(max_size=8)) | st.builds(Entity),
        max_size=2,
    ),
    channel_data=st.none() | json_value,
    value=st.none() | json_value,
    suggested_actions=st.none()
    | st.builds(
        SuggestedActions,
        to=st.lists(st.text(max_size=5), max_size=2),
        actions=st.lists(card_actions, max_size=3),
    ),
    reply_to_id=st.none() | st.text(max_size=8),
    service_url=st.none() | st.just("https://smba.trafficmanager.net/emea/"),
)


@BOUNDED
@given(activities)
def test_any_activity_serializes_exactly_as_msrest_does(activity: Activity):
    fast, original = both(activity)
    assert fast == original


def test_a_reply_with_a_card_takes_the_short_path():
    activity = to_activity(cards.welcome_message("fr-FR", "Ana"))
    activity.from_property = ChannelAccount(id="28:bot")
    activity.timestamp = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert model_json.to_json(activity, SERIALIZER) == both(activity)[1]


def test_every_card_the_bot_sends_serializes_exactly_as_msrest_does():
    for locale in ("en-US", "fr-FR"):
        for name in ("Ada", None):
            activity = to_activity(cards.welcome_message(locale, name))
            activity.from_property = ChannelAccount(id="28:bot", name="Incentives")
            activity.conversation = ConversationAccount(id="a:1", tenant_id="t")
            fast, original = both(activity)
            assert fast == original
            assert fast["attachments"]


def test_a_model_given_as_a_dict_goes_through_msrest_as_before():
    activity = Activity(
        type="message",
        text="hi",
        from_property={"id": "28:bot", "name": "Incentives"},  # a dict, not a model
        channel_data=TeamsChannelData(tenant=TenantInfo(id="t")),  # a model as an object
    )
    with_dict = Activity(type="message", text="hi", from_property={"id": "28:bot"})
    fast, original = both(activity)
    assert fast == original
    assert fast["from"] == {"id": "28:bot", "name": "Incentives"}
    assert fast["channelData"]["tenant"] == {"id": "t"}
    try:
        model_json.to_json(with_dict, SERIALIZER)
    except model_json.NotSimple:
        pass
    else:
        raise AssertionError("a dict where a model is declared must go to msrest")


def test_a_conversation_reference_dumps_as_serialize_does():
    activity = Activity(
        type="message",
        id="m1",
        service_url="https://smba.trafficmanager.net/emea/",
        channel_id="msteams",
        from_property=ChannelAccount(id="29:u", aad_object_id="aad", name="Ana"),
        recipient=ChannelAccount(id="28:bot", name="Incentives"),
        conversation=ConversationAccount(id="a:1", tenant_id="t", conversation_type="personal"),
        locale="fr-FR",
    )
    reference = TurnContext.get_conversation_reference(activity)
    assert model_json.dump(reference) == reference.serialize()
    assert model_json.dump(reference)["serviceUrl"] == "https://smba.trafficmanager.net/emea/"


# What a channel may send: Teams-shaped activities with keys the schema does not declare,
# values of the wrong kind, and nested models as JSON.
json_dicts = st.dictionaries(st.text(max_size=8), json_value, max_size=4)
account_json = st.fixed_dictionaries(
    {"id": st.text(max_size=12)},
    optional={
        "name": st.text(max_size=12) | st.none(),
        "aadObjectId": st.text(max_size=12),
        "role": st.sampled_from(["user", "bot"]),
        "userPrincipalName": st.text(max_size=8),  # not in ChannelAccount: kept aside
    },
)
incoming = st.fixed_dictionaries(
    {"type": st.sampled_from(["message", "conversationUpdate", "invoke", "event"])},
    optional={
        "id": st.text(max_size=12),
        "text": st.text(max_size=60) | st.none() | st.integers(),
        "textFormat": st.sampled_from(["plain", "markdown"]),
        "timestamp": st.sampled_from(
            ["2026-11-27T10:11:12.1234567Z", "2026-11-27T10:11:12Z", "2026-11-27T10:11:12+01:00"]
        ),
        "localTimestamp": st.just("2026-11-27T11:11:12.123+01:00"),
        "localTimezone": st.just("Europe/Paris"),
        "serviceUrl": st.just("https://smba.trafficmanager.net/emea/"),
        "channelId": st.just("msteams"),
        "from": account_json,
        "recipient": account_json,
        "conversation": st.fixed_dictionaries(
            {"id": st.text(max_size=12)},
            optional={
                "conversationType": st.just("personal"),
                "tenantId": st.text(max_size=8),
                "isGroup": st.booleans() | st.sampled_from(["true", 1]),
            },
        ),
        "membersAdded": st.lists(account_json, max_size=2),
        "attachments": st.lists(
            st.fixed_dictionaries(
                {"contentType": st.text(max_size=20)},
                optional={
                    "contentUrl": st.text(max_size=20),
                    "content": json_value,
                    "name": st.text(max_size=8),
                },
            ),
            max_size=2,
        ),
        "entities": st.lists(json_dicts, max_size=2),
        "channelData": json_value,
        "value": json_value,
        "locale": st.sampled_from(["en-US", "fr-FR", "fr-CA"]),
        "replyToId": st.text(max_size=8),
        "deliveryMode": st.just("normal"),
        "unknownField": json_value,
    },
)


@BOUNDED
@given(incoming)
def test_any_incoming_activity_loads_exactly_as_msrest_does(body: dict):
    fast = model_json.load(Activity, body)
    original = Activity().deserialize(body)
    assert fast == original
    assert getattr(fast, "additional_properties", None) == getattr(
        original, "additional_properties", None
    )


def test_a_teams_message_loads_with_its_typed_values(monkeypatch):
    def not_msrest(*args, **kwargs):
        raise AssertionError("a Teams message needs no msrest detour")

    monkeypatch.setattr(Activity, "deserialize", not_msrest)
    body = {
        "type": "message",
        "text": "quel est le statut de ma réclamation ?",
        "timestamp": "2026-11-27T10:11:12.1234567Z",
        "from": {"id": "29:1", "aadObjectId": "u-1", "name": "Ana"},
        "conversation": {"id": "a:1", "tenantId": "t-1", "conversationType": "personal"},
        "channelData": {"tenant": {"id": "t-1"}},
        "rawField": 1,
    }
    activity = model_json.load(Activity, body)
    assert activity.from_property.aad_object_id == "u-1"
    assert activity.conversation.conversation_type == "personal"
    # The schema names it "tenantID": Teams' "tenantId" is kept aside, as msrest does.
    assert activity.conversation.additional_properties == {"tenantId": "t-1"}
    assert activity.timestamp == datetime(2026, 11, 27, 10, 11, 12, 123456, tzinfo=UTC)
    assert activity.additional_properties == {"rawField": 1}
    assert activity.channel_data == {"tenant": {"id": "t-1"}}
    assert activity.channel_data is not body["channelData"]  # a copy, as msrest makes


@BOUNDED
@given(incoming)
def test_a_deserializer_reads_any_answer_exactly_as_msrest_does(body: dict):
    from msrest.serialization import Deserializer

    deserializer = ConnectorClient(MicrosoftAppCredentials("", ""), "https://x/")._deserialize
    fast = deserializer._deserialize("Activity", dict(body))
    original = Deserializer._deserialize.original(deserializer, "Activity", dict(body))
    assert Deserializer._deserialize.incentives_fast
    assert fast == original
    assert getattr(fast, "additional_properties", None) == getattr(
        original, "additional_properties", None
    )
    answer = deserializer._deserialize("ResourceResponse", {"id": body.get("id", "x")})
    assert answer.id == body.get("id", "x")


def _mutable_parts(value: Any, found: list[Any]) -> list[Any]:
    """Every dict, list and model inside `value` (the objects a copy must not share)."""
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _mutable_parts(item, found)
    elif hasattr(value, "_attribute_map"):
        found.append(value)
        for item in vars(value).values():
            _mutable_parts(item, found)
    return found


@BOUNDED
@given(activities)
def test_a_deep_copy_of_an_activity_is_equal_and_shares_nothing_mutable(activity: Activity):
    import copy

    copied = copy.deepcopy(activity)
    assert copied is not activity
    assert SERIALIZER.body(copied, "Activity") == SERIALIZER.body(activity, "Activity")
    originals = {id(part) for part in _mutable_parts(activity, [])}
    assert not originals & {id(part) for part in _mutable_parts(copied, [])}


def test_a_sent_card_is_not_the_builders_card():
    import copy

    activity = to_activity(cards.welcome_message("en-US", "Ada"))
    copied = copy.deepcopy(activity)
    copied.attachments[0].content["body"].clear()
    assert activity.attachments[0].content["body"]  # the original is untouched
    assert type(copied.attachments[0]) is type(activity.attachments[0])


moment_text = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}{}".format,
    st.integers(1, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
    st.sampled_from(["", ".1", ".123", ".123456", ".1234567", ".123456789"]),
    st.sampled_from(["Z", "+01:00", "-05:30", "+14:00", "+25:00", "", "z", "+0100"]),
) | st.text(max_size=30)


@BOUNDED
@given(moment_text)
def test_a_timestamp_loads_as_msrest_loads_it(text: str):
    from msrest.exceptions import DeserializationError
    from msrest.serialization import Deserializer

    try:
        expected = Deserializer.deserialize_iso(text)
    except DeserializationError:
        try:
            model_json.load_moment(text)
        except DeserializationError:
            return
        raise AssertionError(f"{text!r} loaded, msrest refuses it") from None
    loaded = model_json.load_moment(text)
    assert loaded == expected
    assert loaded.utcoffset() == expected.utcoffset()
