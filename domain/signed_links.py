"""Links a partner opens outside the chat (the claims spreadsheet), signed by the bot.

A link carries who it was made for (tenant, person, language) and until when it works, and
an HMAC-SHA256 of that with the bot's link secret: `<payload>.<signature>`, both base64url
without padding. Whoever holds a link may use it until it expires (it is a bearer
credential, as any download link), so a link is short-lived, never logged, and re-checked
against the role directory when used. Anything that is not a link this bot made, for these
words, is refused without saying why beyond "not valid".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

# A link is a few hundred characters; anything much longer is refused unread.
MAX_TOKEN_LENGTH = 600
_FIELDS = ("t", "u", "l", "e")


class LinkRefused(Exception):
    """Not a link this bot made (altered, made up, cut short), or for another use."""


class LinkExpired(Exception):
    """A link this bot made, past its time; `grant` says for whom (to answer in their words)."""

    def __init__(self, grant: LinkGrant) -> None:
        super().__init__("expired")
        self.grant = grant


@dataclass(frozen=True)
class LinkGrant:
    tenant_id: str
    user_id: str
    language: str
    expires: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: bytes, purpose: str, payload: str) -> str:
    signed = f"{purpose}\n{payload}".encode("ascii")
    return _b64(hmac.new(secret, signed, hashlib.sha256).digest())


def sign_link(secret: bytes, purpose: str, grant: LinkGrant) -> str:
    """The token for `grant`, good for `purpose` only ("claims-export")."""
    body = {
        "t": grant.tenant_id,
        "u": grant.user_id,
        "l": grant.language,
        "e": int(grant.expires.timestamp()),
    }
    payload = _b64(json.dumps(body, separators=(",", ":")).encode("utf-8"))
    return f"{payload}.{_signature(secret, purpose, payload)}"


def read_link(secrets: tuple[bytes, ...], purpose: str, token: str, now: datetime) -> LinkGrant:
    """The grant `token` carries, when one of `secrets` signed it for `purpose` and it has
    not expired at `now`; else LinkRefused, or LinkExpired (signed, but too late)."""
    if not token or len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise LinkRefused("shape")
    payload, dot, signature = token.partition(".")
    if not dot or not payload or not signature:
        raise LinkRefused("shape")
    if not any(
        hmac.compare_digest(_signature(secret, purpose, payload), signature) for secret in secrets
    ):
        raise LinkRefused("signature")
    try:
        body = json.loads(_unb64(payload))
        if not isinstance(body, dict) or set(body) != set(_FIELDS):
            raise LinkRefused("fields")
        tenant, user, language, expires = (body[name] for name in _FIELDS)
        if not all(isinstance(value, str) and value for value in (tenant, user, language)):
            raise LinkRefused("fields")
        grant = LinkGrant(tenant, user, language, datetime.fromtimestamp(int(expires), UTC))
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise LinkRefused("fields") from None
    if now >= grant.expires:
        raise LinkExpired(grant)
    return grant
