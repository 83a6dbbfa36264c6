"""A turn's calls to the connector built without msrest's request machinery
(seam/connector_calls.py): byte for byte the request the SDK's way sends, and its answers."""

from __future__ import annotations

import json

import pytest
from botframework.connector.models import ErrorResponseException

from seam import connector_calls, connector_sender
from tests.seam.test_connector_sender import Recorder, SignedCredentials, _client, _reply

# Ids as Teams makes them, and worse: what quoting must get right.
CONVERSATION = "a:1Xy_Zz-9#thread?v=1/é"
ACTIVITY = "1733140000000|f:00 x"

CALLS = {
    "send_to_conversation": (CONVERSATION,),
    "reply_to_activity": (CONVERSATION, ACTIVITY),
    "update_activity": (CONVERSATION, ACTIVITY),
}


@pytest.fixture(autouse=True)
async def _own_session():
    yield
    await connector_sender.close()


async def _both_ways(name: str, base: str, answers, credentials=None):
    """The call made the SDK's way, then this seam's way, against one recorder: the
    requests (method, path as sent, headers, body) and the answers."""
    async with Recorder([*answers, *answers]) as server:
        client = _client(server.url.rstrip("/") + base, credentials)
        operations = client.conversations
        results = []
        for call in (connector_calls._ORIGINALS[name], getattr(type(operations), name)):
            try:
                results.append(await call(operations, *CALLS[name], _reply()))
            except ErrorResponseException as error:
                results.append(error)
    requests = [
        (method, path, {k.lower(): v for k, v in headers.items()}, json.loads(body))
        for (method, headers, body), path in zip(server.requests, server.raw_paths, strict=True)
    ]
    return requests, results


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("base", ["/", "/emea/", "/amer"])
async def test_the_request_is_the_one_the_sdk_sends(name, base):
    credentials = SignedCredentials()
    (sdk, seam), (sdk_answer, seam_answer) = await _both_ways(
        name, base, [(200, {}, b'{"id": "r-1"}')], credentials
    )
    assert seam == sdk
    method, path, headers, _body = seam
    assert method == ("PUT" if name == "update_activity" else "POST")
    # The ids quoted with nothing kept safe ("#", "?", "/" too), as msrest quotes them.
    assert path.startswith(f"{base.rstrip('/')}/v3/conversations/")
    assert "%23thread%3F" in path and "%2F%C3%A9" in path
    assert headers["authorization"] == "Bearer token-123"
    assert sdk_answer.id == seam_answer.id == "r-1"


@pytest.mark.parametrize(
    "answer",
    [
        (202, {}, b""),
        (201, {}, b'{"id": "made"}'),
        (429, {"Retry-After": "7"}, b'{"error": {"code": "Throttled", "message": "slow"}}'),
        (404, {}, b'{"error": {"code": "NotFound", "message": "gone"}}'),
        (500, {}, b'{"error": {"code": "ServiceError", "message": "oops"}}'),
    ],
)
async def test_answers_and_errors_are_the_sdks(answer):
    _, (sdk, seam) = await _both_ways("reply_to_activity", "/", [answer])
    assert type(seam) is type(sdk)
    if isinstance(sdk, ErrorResponseException):
        assert seam.response.status_code == sdk.response.status_code == answer[0]
        assert seam.response.headers.get("Retry-After") == sdk.response.headers.get("Retry-After")
        assert str(seam) == str(sdk)
    else:
        assert getattr(seam, "id", None) == getattr(sdk, "id", None)


async def test_msrests_request_building_is_not_used_for_a_turns_calls(monkeypatch):
    async with Recorder([(200, {}, b'{"id": "1"}')] * 3) as server:
        operations = _client(server.url).conversations

        def unused(*args, **kwargs):
            raise AssertionError("msrest built the request")

        monkeypatch.setattr(operations._client, "post", unused)
        monkeypatch.setattr(operations._client, "put", unused)
        monkeypatch.setattr(operations._serialize, "url", unused)
        await operations.send_to_conversation("a:c", _reply())
        await operations.reply_to_activity("a:c", "1", _reply())
        await operations.update_activity("a:c", "1", _reply())
    assert len(server.requests) == 3


async def test_custom_headers_go_the_sdks_way_and_are_sent():
    async with Recorder([(200, {}, b'{"id": "1"}')]) as server:
        operations = _client(server.url).conversations
        await operations.reply_to_activity("a:c", "1", _reply(), custom_headers={"X-Extra": "1"})
    assert server.requests[0][1]["X-Extra"] == "1"


async def test_an_error_answer_that_is_not_json_is_the_error_of_its_status():
    # The SDK's way raised msrest's DeserializationError from its raw-deserializer policy,
    # which hid the status; a caller (the notifier) decides on the status.
    async with Recorder([(502, {}, b"<html>Bad gateway</html>")]) as server:
        operations = _client(server.url).conversations
        with pytest.raises(ErrorResponseException) as raised:
            await operations.reply_to_activity("a:c", "1", _reply())
    assert raised.value.response.status_code == 502
