"""Channel authentication that fails as "unauthorized", never as a crash.

botbuilder's validation raises whatever it meets on a bad token: `PermissionError` for
a wrong audience or issuer, PyJWT's errors for an expired token or a bad signature,
`IndexError` for a key id the channel never published, `ValueError` for a header that is
not `Bearer <token>`. The adapter passes them all up, so `/api/messages` would answer
500 to a forged request. `ChannelAuthentication` wraps the SDK's own authentication
(the validation itself is unchanged) and turns every one of them into
`ChannelAuthenticationError` (a `PermissionError`), which the route answers with 401;
a failure to reach the channel's key endpoint is `ChannelAuthenticationUnavailable`
(503: our fault, the channel may retry). Neither message carries the token.

The keys themselves are fetched by seam/auth_seam.py (off the event loop's critical path,
bounded, shared, a failure remembered briefly); `key_policy` is how, for this app.
"""

from __future__ import annotations

import logging

import requests
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.skills import BotFrameworkClient

from seam.auth_seam import ChannelKeysUnavailable, KeyFetchPolicy, fetching_with

log = logging.getLogger(__name__)


class ChannelAuthenticationError(PermissionError):
    """The request is not from the channel for this bot; the reason is safe to log."""


class ChannelAuthenticationUnavailable(Exception):
    """The channel's signing keys could not be fetched: the request could not be checked."""


class ChannelAuthentication(BotFrameworkAuthentication):
    """Delegates to the SDK's authentication; normalises its failures (see the module)."""

    def __init__(
        self, inner: BotFrameworkAuthentication, *, keys_timeout_seconds: float | None = None
    ) -> None:
        self._inner = inner
        self.key_policy = (
            KeyFetchPolicy()
            if keys_timeout_seconds is None
            else KeyFetchPolicy(timeout_seconds=keys_timeout_seconds)
        )

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        try:
            with fetching_with(self.key_policy):
                return await self._inner.authenticate_request(activity, auth_header)
        except (requests.RequestException, ChannelKeysUnavailable) as error:
            log.error("channel keys unavailable: %s", type(error).__name__)
            raise ChannelAuthenticationUnavailable(type(error).__name__) from None
        except Exception as error:
            # The type says enough (ExpiredSignatureError, InvalidSignatureError...); the
            # message may quote claims, and the token itself is never logged.
            raise ChannelAuthenticationError(_reason(error)) from None

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        try:
            with fetching_with(self.key_policy):
                return await self._inner.authenticate_streaming_request(
                    auth_header, channel_id_header
                )
        except (requests.RequestException, ChannelKeysUnavailable) as error:
            raise ChannelAuthenticationUnavailable(type(error).__name__) from None
        except Exception as error:
            raise ChannelAuthenticationError(_reason(error)) from None

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._inner.create_connector_factory(claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await self._inner.create_user_token_client(claims_identity)

    def create_bot_framework_client(self) -> BotFrameworkClient:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        try:
            with fetching_with(self.key_policy):
                return await self._inner.authenticate_channel_request(auth_header)
        except (requests.RequestException, ChannelKeysUnavailable) as error:
            raise ChannelAuthenticationUnavailable(type(error).__name__) from None
        except Exception as error:
            raise ChannelAuthenticationError(_reason(error)) from None


def _reason(error: Exception) -> str:
    if isinstance(error, PermissionError):
        # The SDK's own sentences ("Unauthorized. Invalid AppId passed on token: ...") may
        # name the audience the caller chose; keep the first words only.
        return f"PermissionError: {str(error.args[0] if error.args else '')[:60]}"
    return type(error).__name__
