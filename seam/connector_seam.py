"""Fixes at the seam for seven costs of botbuilder's connector that dominate turn time.

1. msrest's retry configuration. `msrest.universal_http.requests.ClientRetryPolicy.__init__`
   builds its retryable status list as `[i for i in range(999) if i not in self.safe_codes]`
   with `safe_codes` a *list* of about 500 codes: half a million comparisons, and the
   connector builds one policy per connector client. Making `safe_codes` a frozenset
   yields the very same list in a thousand lookups.

2. A new connector client (and user token client) for every activity. CloudAdapter asks
   its connector factory for a `ConnectorClient` on every incoming activity and every
   proactive message, and never closes it: each one builds an msrest configuration and
   pipeline, and a requests session that opens a new TCP (TLS, in production) connection
   to the Bot Connector for its first reply. The older `BotFrameworkAdapter` kept one
   client per service URL, app id and scope (`_connector_client_cache`); this does the
   same for the factories CloudAdapter uses, in a small LRU per credentials factory, so
   replies reuse warm keep-alive connections (msrest keeps one requests session per
   thread, so a shared client is safe across concurrent turns). The user token client,
   built on every activity and used only by OAuth prompts (this bot has none), is kept
   per app id the same way. Credentials stay the SDK's: the same credentials object then
   serves many turns, which is how its token cache is meant to be used.

3. msrest serializing an Adaptive Card. An attachment's `content` is a generic object to
   msrest, which `Serializer.serialize_object` walks node by node through its type
   dispatch: 1.3 ms for a 3 KB card, on every reply that carries one. Plain JSON (dicts
   with string keys, lists, strings, numbers, booleans, None: what the card builders
   make) is now copied as it is, the very output msrest would give; anything else still
   goes through msrest.

4. botbuilder deep-copying every activity it sends (`TurnContext.send_activities`): the
   generic `copy.deepcopy` walk over a card costs 0.3 ms a reply; `Activity.__deepcopy__`
   is `seam/model_json.deep_copy`, the same independent copy in a plain walk.

5. msrest's `Serializer.body` for an activity: a deserializer walk, a validation walk and a
   serialization walk, about 1 ms a reply. `seam/model_json.py` gives the same JSON in one
   walk for the schema's models (which have no constraints); msrest still does the rest.
   The connector's answers (`ResourceResponse`) are read back the same way.

6. msrest sending each reply with `requests` on a thread: connector clients made here get
   `seam/connector_sender.py`'s aiohttp sender as the last step of their pipeline (the SDK's
   request building, credentials, logging and deserialization stay).

7. msrest building each reply's request (ids quoted by its serializer, the URL joined
   twice, a request object, four pipeline policies): `seam/connector_calls.py` builds the
   same request for the three calls a turn makes (send, reply, update) and hands it to the
   same sender.

Applied by `seam.install()` (the composition root's call); measured by `make bench`.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from typing import Any

from botbuilder.schema import Activity
from botframework.connector.auth._built_in_bot_framework_authentication import (
    _BuiltinBotFrameworkAuthentication,
)
from botframework.connector.auth._connector_factory_impl import _ConnectorFactoryImpl
from msrest.serialization import (
    Deserializer,
    Model,
    Serializer,
    rest_key_extractor,
    xml_key_extractor,
)
from msrest.universal_http.requests import ClientRetryPolicy

from seam import connector_calls, connector_sender, model_json
from seam.state_codec import NotPlainJSON, json_copy

# Teams answers from a handful of regional service URLs; the bound only guards against a
# caller that invents them.
MAX_CLIENTS_PER_FACTORY = 64
DEFAULT_EXTRACTORS = [rest_key_extractor, xml_key_extractor]

_connector_clients: weakref.WeakKeyDictionary[Any, OrderedDict[tuple, Any]] = (
    weakref.WeakKeyDictionary()
)
_user_token_clients: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _remembered(cache: OrderedDict[tuple, Any], key: tuple, client: Any) -> Any:
    cache[key] = client
    cache.move_to_end(key)
    while len(cache) > MAX_CLIENTS_PER_FACTORY:
        cache.popitem(last=False)  # dropped, not closed: a turn may still hold it
    return client


def _cached_connector_factory_create(original):
    async def create(self: _ConnectorFactoryImpl, service_url: str, audience: str | None = None):
        key = (
            self._app_id,
            audience or self._to_channel_from_bot_oauth_scope,
            self._login_endpoint,
            self._validate_authority,
            id(self._connector_client_configuration),
            service_url,
        )
        cache = _connector_clients.setdefault(self._credential_factory, OrderedDict())
        client = cache.get(key)
        if client is not None:
            cache.move_to_end(key)
            return client
        client = connector_sender.install(await original(self, service_url, audience))
        return _remembered(cache, key, client)

    create.incentives_cached = True
    return create


def _cached_user_token_client(original):
    async def create_user_token_client(self: _BuiltinBotFrameworkAuthentication, claims_identity):
        app_id = _BuiltinBotFrameworkAuthentication.get_app_id(claims_identity) or ""
        cache = _user_token_clients.setdefault(self, {})
        client = cache.get(app_id)
        if client is None:
            client = cache[app_id] = await original(self, claims_identity)
        return client

    create_user_token_client.incentives_cached = True
    return create_user_token_client


def _fast_serialize_object(original):
    def serialize_object(self: Serializer, attr: Any, **kwargs: Any) -> Any:
        if type(attr) in (dict, list):
            try:
                return json_copy(attr)
            except (NotPlainJSON, RecursionError):
                pass
        return original(self, attr, **kwargs)

    serialize_object.incentives_fast = True
    serialize_object.original = original  # msrest's own, for the tests to compare with
    return serialize_object


def _fast_body(original):
    def body(self: Serializer, data: Any, data_type: str, **kwargs: Any) -> Any:
        if not kwargs and type(data) is self.dependencies.get(data_type):
            try:
                return model_json.to_json(data, self)
            except model_json.NotSimple:
                pass
        return original(self, data, data_type, **kwargs)

    body.incentives_fast = True
    body.original = original  # msrest's own, for the tests to compare with
    return body


def _fast_deserialize(original):
    def deserialize(self: Deserializer, target_obj: Any, data: Any) -> Any:
        # The connector's answers ({"id": ...}) as msrest reads them with its default
        # extractors; anything else (other extractors, a model, not a dict) is msrest's.
        if (
            type(target_obj) is str
            and type(data) is dict
            and self.key_extractors == DEFAULT_EXTRACTORS
            and self.additional_properties_detection
        ):
            cls = self.dependencies.get(target_obj)
            if isinstance(cls, type) and issubclass(cls, Model):
                try:
                    return model_json.load_with(cls, data, self.dependencies)
                except model_json.NotSimple:
                    pass
        return original(self, target_obj, data)

    deserialize.incentives_fast = True
    deserialize.original = original
    return deserialize


def _activity_deepcopy(self: Activity, memo: dict[int, Any]) -> Activity:
    return model_json.deep_copy(self, memo)


def apply() -> None:
    """Idempotent: applying twice changes nothing."""
    if not isinstance(ClientRetryPolicy.safe_codes, frozenset):
        ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)
    if not getattr(_ConnectorFactoryImpl.create, "incentives_cached", False):
        _ConnectorFactoryImpl.create = _cached_connector_factory_create(
            _ConnectorFactoryImpl.create
        )
    if getattr(Activity, "__deepcopy__", None) is not _activity_deepcopy:
        Activity.__deepcopy__ = _activity_deepcopy
    if not getattr(Deserializer._deserialize, "incentives_fast", False):
        Deserializer._deserialize = _fast_deserialize(Deserializer._deserialize)
    if not getattr(Serializer.body, "incentives_fast", False):
        Serializer.body = _fast_body(Serializer.body)
    if not getattr(Serializer.serialize_object, "incentives_fast", False):
        Serializer.serialize_object = _fast_serialize_object(Serializer.serialize_object)
    creator = _BuiltinBotFrameworkAuthentication.create_user_token_client
    if not getattr(creator, "incentives_cached", False):
        _BuiltinBotFrameworkAuthentication.create_user_token_client = _cached_user_token_client(
            creator
        )
    connector_calls.apply()


def applied() -> bool:
    """Whether every patch of this module is in place."""
    return bool(
        isinstance(ClientRetryPolicy.safe_codes, frozenset)
        and getattr(_ConnectorFactoryImpl.create, "incentives_cached", False)
        and getattr(Activity, "__deepcopy__", None) is _activity_deepcopy
        and getattr(Deserializer._deserialize, "incentives_fast", False)
        and getattr(Serializer.body, "incentives_fast", False)
        and getattr(Serializer.serialize_object, "incentives_fast", False)
        and getattr(
            _BuiltinBotFrameworkAuthentication.create_user_token_client, "incentives_cached", False
        )
        and connector_calls.applied()
    )
