"""The back-office request signature (scheme v2): what it covers and how it is computed.

One definition for both sides of the contract: the API verifies with it
(`backoffice_api.signed_requests`) and `tools/backoffice.py` signs with it. Standard
library only, because the tool must run with nothing but Python installed.

    X-Incentives-Signature: v2=<hex HMAC-SHA256(secret, message)>
    message = "v2\\n" + timestamp + "\\n" + METHOD + "\\n" + request target + "\\n" + raw body
"""

from __future__ import annotations

import hashlib
import hmac

SCHEME = "v2"
TIMESTAMP_HEADER = "X-Incentives-Timestamp"
SIGNATURE_HEADER = "X-Incentives-Signature"


def signing_message(timestamp: str, method: str, target: str, body: bytes) -> bytes:
    """What a v2 signature covers: the scheme, timestamp, method, request target, body."""
    head = f"{SCHEME}\n{timestamp}\n{method.upper()}\n{target}\n"
    return head.encode("utf-8") + body


def expected_signature(secret: bytes, timestamp: str, method: str, target: str, body: bytes) -> str:
    """The hex HMAC-SHA256 a request signed with `secret` carries after `v2=`."""
    message = signing_message(timestamp, method, target, body)
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def sign(secret: str, timestamp: str, method: str, target: str, body: bytes) -> str:
    """The X-Incentives-Signature header value for one request.

    `target` is the request target exactly as sent (the path, with its query string if
    any). Covering the method and path makes the signature good for that one request only.
    """
    digest = expected_signature(secret.encode("utf-8"), timestamp, method, target, body)
    return f"{SCHEME}={digest}"
