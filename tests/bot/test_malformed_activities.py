"""/api/messages answers malformed input with a 4xx and a JSON error, never a 500."""

from __future__ import annotations

import json

import pytest

from tests.bot.test_http import served, teams_message  # noqa: F401  (fixture)

pytestmark = pytest.mark.asyncio

DEEP = 100_000  # far past Python's recursion limit, well under the 256 KB body limit


@pytest.mark.parametrize(
    "body",
    [
        "[" * DEEP + "]" * DEEP,
        '{"type": "message", "value": ' + "[" * DEEP + "]" * DEEP + "}",
        '{"type": "message", "value": ' + '{"a":' * 40_000 + "1" + "}" * 40_000 + "}",
    ],
    ids=["deep-array", "deep-value", "deep-object"],
)
async def test_deeply_nested_json_is_a_400(served, body):  # noqa: F811
    client, connector = served
    response = await client.post(
        "/api/messages", data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    assert (await response.json())["error"] in ("invalid_json", "invalid_activity")
    assert connector.take() == []


@pytest.mark.parametrize(
    "conversation",
    [
        None,
        {},
        {"id": None},
        {"id": ""},
        {"id": "  "},
        {"id": {"x": 1}},
        {"id": 12},
        "a:chat-1",
        [],
    ],
    ids=[
        "missing",
        "empty",
        "null-id",
        "empty-id",
        "blank-id",
        "object-id",
        "number-id",
        "string",
        "list",
    ],
)
async def test_an_activity_without_a_conversation_id_is_a_400(served, conversation):  # noqa: F811
    client, connector = served
    activity = teams_message(connector.url, "status")
    if conversation is None:
        del activity["conversation"]
    else:
        activity["conversation"] = conversation
    response = await client.post("/api/messages", json=activity)
    assert response.status == 400
    assert (await response.json())["error"] == "invalid_activity"
    assert connector.take() == []


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain; x=application/json",
        "text/plain;application/json",
        "application/jsonx",
        "application/json-patch+json",
        "multipart/form-data; boundary=application/json",
        "application/json; charset=bogus",
        "application/json; charset=utf-16",
    ],
)
async def test_only_the_json_media_type_is_accepted(served, content_type):  # noqa: F811
    client, connector = served
    body = json.dumps(teams_message(connector.url, "status"))
    response = await client.post("/api/messages", data=body, headers={"Content-Type": content_type})
    assert response.status == 415
    assert (await response.json())["error"] == "unsupported_media_type"
    assert connector.take() == []


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "Application/JSON"]
)
async def test_the_json_media_type_with_parameters_is_accepted(served, content_type):  # noqa: F811
    client, connector = served
    body = json.dumps(teams_message(connector.url, "new plan"))
    response = await client.post("/api/messages", data=body, headers={"Content-Type": content_type})
    assert response.status in (200, 201, 202)
    assert any("PLN-" in (a.get("text") or "") for a in connector.take())


async def test_nan_and_infinity_are_not_json(served):  # noqa: F811
    client, connector = served
    body = json.dumps(teams_message(connector.url, "status")).replace('"status"', "NaN", 1)
    response = await client.post(
        "/api/messages", data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    assert connector.take() == []


async def test_a_body_that_is_not_utf8_is_a_400(served):  # noqa: F811
    client, connector = served
    response = await client.post(
        "/api/messages",
        data=b'{"type": "message", "text": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status == 400
    assert connector.take() == []


@pytest.mark.parametrize(
    "channel", [None, "", " ", 5, {}], ids=["null", "empty", "blank", "number", "object"]
)
async def test_an_activity_without_a_channel_id_is_a_400(served, channel):  # noqa: F811
    client, connector = served
    activity = teams_message(connector.url, "status")
    activity["channelId"] = channel
    response = await client.post("/api/messages", json=activity)
    assert response.status == 400
    assert (await response.json())["error"] == "invalid_activity"
    missing = teams_message(connector.url, "status")
    del missing["channelId"]
    assert (await client.post("/api/messages", json=missing)).status == 400
    assert connector.take() == []
