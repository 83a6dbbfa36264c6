"""A turn's calls to the Bot Connector without msrest's request machinery (SDK seam).

For each reply, botframework-connector 4.17.1's generated operation
(`aio/operations_async/_conversations_operations_async.py`) quotes the ids with msrest's
serializer (`Serializer.url`), joins the URL twice (`format_url`), builds a request object
and its headers (`_ServiceClientCore.post`), then runs the pipeline's four policies around
the sender: together about 6 % of a plan turn's CPU on the event loop, half as much as the
HTTP call itself. Replies (`reply_to_activity`), new messages (`send_to_conversation`) and
updated cards (`update_activity`) are the calls every turn and every notice makes.

For a client `connector_sender.install` gave the aiohttp sender, these three operations
build the same request directly and hand it to that sender:

- the same URL: the client's base URL joined as msrest joins it, each id quoted with
  nothing kept safe (`quote(id, safe="")`, as `Serializer.url` does);
- the same headers: Accept, Content-Type, Content-Length, `x-ms-conversation-id` on a
  reply, the SDK's User-Agent (what its user agent policy sets) and the Authorization
  header of seam/bot_token.py (what `CredentialsHeaders` sets);
- the same body: the SDK's serializer (`Serializer.body`, see connector_seam) dumped as
  msrest dumps it (`json.dumps`);
- the same sending: `ConnectorSender.send`, with its retries, timeouts, TLS and proxies;
- the same answer: `ErrorResponseException` (with the answer as `.response`) for any
  status but 200, 201 and 202, else the SDK's `ResourceResponse` read by the client's
  deserializer (None for an empty answer). One difference: an error answer whose body is
  not the JSON it claims to be (a proxy's HTML page) raised msrest's
  `DeserializationError` from its raw-deserializer policy, which hid the status; it is
  the `ErrorResponseException` of its status here.

Anything else goes the SDK's way, unchanged: custom headers, a raw answer or per-call
options asked for, msrest's HTTP logging switched on, an id missing, a client built
another way.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from botframework.connector import models
from botframework.connector.aio.operations_async._conversations_operations_async import (
    ConversationsOperations,
)
from msrest.pipeline import Request
from msrest.universal_http import ClientRequest

ACCEPTED = (200, 201, 202)
_ORIGINALS: dict[str, Any] = {}


def _direct(operations: ConversationsOperations, custom_headers: Any, raw: bool, config: Any):
    """The pipeline to send through directly, or None for the SDK's way."""
    client_config = operations._client.config
    pipeline = getattr(client_config, "pipeline", None)
    if (
        custom_headers
        or raw
        or config
        or getattr(pipeline, "incentives_sender", None) is None
        or client_config.enable_http_logger
    ):
        return None
    return pipeline


def _conversations_url(operations: ConversationsOperations) -> str:
    """`<base URL>/v3/conversations/`, joined once per client as `format_url` joins it."""
    client = operations._client
    prefix = getattr(client, "incentives_conversations_url", None)
    if prefix is None:
        prefix = client.incentives_conversations_url = client.format_url("/v3/conversations/")
    return prefix


async def _call(
    operations: ConversationsOperations,
    pipeline: Any,
    method: str,
    url: str,
    activity: Any,
    conversation_id: str | None = None,
) -> Any:
    request = ClientRequest(method, url)
    headers = request.headers
    headers["Accept"] = "application/json"
    headers["Content-Type"] = "application/json; charset=utf-8"
    if conversation_id is not None:
        headers["x-ms-conversation-id"] = conversation_id
    headers["User-Agent"] = operations._client.config.user_agent
    if pipeline.incentives_tokens is not None:
        authorization = await pipeline.incentives_tokens.authorization()
        if authorization is not None:
            headers["Authorization"] = authorization
    request.data = json.dumps(operations._serialize.body(activity, "Activity"))
    headers["Content-Length"] = str(len(request.data))
    response = (await pipeline.incentives_sender.send(Request(request))).http_response
    if response.status_code not in ACCEPTED:
        raise models.ErrorResponseException(operations._deserialize, response)
    return operations._deserialize("ResourceResponse", response)


async def send_to_conversation(
    self, conversation_id, activity, *, custom_headers=None, raw=False, **operation_config
):
    pipeline = _direct(self, custom_headers, raw, operation_config)
    if pipeline is None or conversation_id is None:
        return await _ORIGINALS["send_to_conversation"](
            self, conversation_id, activity,
            custom_headers=custom_headers, raw=raw, **operation_config,
        )  # fmt: skip
    url = f"{_conversations_url(self)}{quote(str(conversation_id), safe='')}/activities"
    return await _call(self, pipeline, "POST", url, activity)


def _to_activity(name: str, method: str, says_conversation: bool):
    """`reply_to_activity` (POST, with `x-ms-conversation-id`) or `update_activity` (PUT)."""

    async def call(
        self, conversation_id, activity_id, activity, *, custom_headers=None, raw=False,
        **operation_config,
    ):  # fmt: skip
        pipeline = _direct(self, custom_headers, raw, operation_config)
        if pipeline is None or conversation_id is None or activity_id is None:
            return await _ORIGINALS[name](
                self, conversation_id, activity_id, activity,
                custom_headers=custom_headers, raw=raw, **operation_config,
            )  # fmt: skip
        url = _activity_url(self, conversation_id, activity_id)
        header = conversation_id if says_conversation else None
        return await _call(self, pipeline, method, url, activity, header)

    call.__name__ = call.__qualname__ = name
    return call


reply_to_activity = _to_activity("reply_to_activity", "POST", says_conversation=True)
update_activity = _to_activity("update_activity", "PUT", says_conversation=False)


def _activity_url(operations: ConversationsOperations, conversation_id: Any, activity_id: Any):
    conversation, activity = quote(str(conversation_id), safe=""), quote(str(activity_id), safe="")
    return f"{_conversations_url(operations)}{conversation}/activities/{activity}"


_PATCHED = {
    "send_to_conversation": send_to_conversation,
    "reply_to_activity": reply_to_activity,
    "update_activity": update_activity,
}


def apply() -> None:
    """Idempotent: applying twice changes nothing."""
    if applied():
        return
    for name, patched in _PATCHED.items():
        original = getattr(ConversationsOperations, name)
        _ORIGINALS[name] = original
        patched.metadata = original.metadata  # what the SDK reads its URL template from
        setattr(ConversationsOperations, name, patched)


def applied() -> bool:
    return all(getattr(ConversationsOperations, n) is f for n, f in _PATCHED.items())
