"""The bot's own token (the Authorization of its calls to the Bot Connector), never fetched
on the event loop (SDK seam, used by `connector_sender.CredentialsHeaders`).

botbuilder's credentials objects (`MicrosoftAppCredentials`, `CertificateAppCredentials`,
`ManagedIdentityAppCredentials`) get their token in `signed_session()` through msal:
synchronous `requests` calls, without a timeout. msrest's credentials step makes that call
on the event loop before every call to the connector. So, about once an hour (when msal's
cached token nears its expiry), a reply or a notice went to Microsoft Entra ID or to the
host's identity endpoint with the whole process stopped: every turn and `/healthz` waited
for as long as that took, and for ever on an endpoint that accepts and never answers.
Between those times, each call still paid msal's cache lookup on the loop.

`TokenHeaders.authorization()`, one per credentials object (one per connector client):

- keeps the header it got until `REFRESH_MARGIN_SECONDS` before the token's expiry (its
  `exp` claim; a token it cannot read is asked for again after `UNREADABLE_TOKEN_SECONDS`,
  which msal answers from its cache); an anonymous bot (no app id) has no header, for good;
- gets the next one on a worker thread (`FETCH_THREADS` for the process), one fetch at a
  time per credentials object: concurrent calls share it. While the kept token is still
  valid, calls go on with it and do not wait for the new one;
- waits for a fetch at most `TIMEOUT_SECONDS` (Teams resends a turn not answered in 15 s):
  past it the call fails with `BotTokenUnavailable`, like any failed send (the turn's error
  handler logs it; the notifier retries the notice later). A fetch still running then is
  given up on for the next call (its thread may stay blocked: msal's requests have no
  timeout), and a token it gets in the end is kept all the same;
- a fetch that failed (Entra's refusal, the identity endpoint's error) fails the calls
  that need it with its own error, and is not tried again before `RETRY_SECONDS`;
- a token kept is logged (INFO: until when it is sent, when it is renewed; never the
  token itself).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import jwt

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10.0
# msal itself renews a cached token 5 minutes before it expires: asked 4 minutes before,
# it fetches a new one rather than return the one already kept.
REFRESH_MARGIN_SECONDS = 240.0
# Never sent in its last minute (clock skew, the time the call takes).
EXPIRY_SAFETY_SECONDS = 60.0
UNREADABLE_TOKEN_SECONDS = 300.0
RETRY_SECONDS = 5.0
FETCH_THREADS = 4

# The clock expiries are read against (a test's own).
clock = time.time

_executor: ThreadPoolExecutor | None = None


class BotTokenUnavailable(Exception):
    """The bot's own token did not come within `TIMEOUT_SECONDS`."""


class _HeaderHolder:
    """What `AppCredentials.signed_session` touches of a session: its headers."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}


def _fetch_threads() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="bot-token")
    return _executor


def lifetime(header: str | None, now: float) -> tuple[float, float]:
    """(refresh at, valid until) of an Authorization header got at `now`."""
    if header is None:
        return math.inf, math.inf  # anonymous: nothing to renew
    try:
        claims = jwt.decode(header.partition(" ")[2], options={"verify_signature": False})
        expiry = float(claims["exp"])
    except (jwt.PyJWTError, KeyError, TypeError, ValueError):
        return now + UNREADABLE_TOKEN_SECONDS, now + UNREADABLE_TOKEN_SECONDS
    valid_until = expiry - EXPIRY_SAFETY_SECONDS
    refresh_at = max(expiry - REFRESH_MARGIN_SECONDS, now + RETRY_SECONDS)
    return min(refresh_at, valid_until), valid_until


class TokenHeaders:
    """The Authorization header of one credentials object's calls (see the module)."""

    def __init__(self, credentials: Any) -> None:
        self.credentials = credentials
        self._header: str | None = None
        self._refresh_at = -math.inf  # nothing kept yet
        self._valid_until = -math.inf
        self._fetch: asyncio.Future[str | None] | None = None
        self._started = self._ended = -math.inf

    async def authorization(self) -> str | None:
        now = clock()
        if now < self._refresh_at:
            return self._header
        fetch = self._fetching(now)
        if now < self._valid_until:
            return self._header  # still good; the next one is on its way
        try:
            await asyncio.wait_for(asyncio.shield(fetch), TIMEOUT_SECONDS)
        except TimeoutError:
            raise BotTokenUnavailable(
                f"the bot's token did not come within {TIMEOUT_SECONDS:g} s"
            ) from None
        return fetch.result()

    def _fetching(self, now: float) -> asyncio.Future[str | None]:
        """The fetch to wait for: the one under way, a failure still remembered, or a new one."""
        fetch = self._fetch
        if fetch is not None:
            if not fetch.done() and now - self._started < TIMEOUT_SECONDS:
                return fetch
            failed = fetch.done() and not fetch.cancelled() and fetch.exception() is not None
            if failed and now - self._ended < RETRY_SECONDS:
                return fetch
        fetch = asyncio.get_running_loop().run_in_executor(_fetch_threads(), self._signed)
        fetch.add_done_callback(self._keep)
        self._fetch, self._started = fetch, now
        return fetch

    def _signed(self) -> str | None:
        """The SDK's own signing (on a worker thread): the header it sets, or None."""
        holder = _HeaderHolder()
        self.credentials.signed_session(holder)
        return holder.headers.get("Authorization")

    def _keep(self, fetch: asyncio.Future[str | None]) -> None:
        self._ended = now = clock()
        if fetch.cancelled():
            return
        error = fetch.exception()
        if error is not None:
            log.warning("the bot's token could not be fetched (%s)", type(error).__name__)
            return
        self._header = fetch.result()
        self._refresh_at, self._valid_until = lifetime(self._header, now)
        if self._header is not None:
            # About once an hour: when the bot last got its token, and until when it serves.
            log.info(
                "the bot's token is kept: renewed after %s, sent until %s",
                _utc(self._refresh_at),
                _utc(self._valid_until),
            )


def _utc(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")
