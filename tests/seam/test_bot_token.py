"""When the bot's own token is asked for again (seam/bot_token.py), by the clock.

The credentials object is a stand-in for the SDK's (its `signed_session` is all the seam
calls); the whole path, with msal and a local Entra ID, is tests/bot/test_registration.py.
"""

from __future__ import annotations

import asyncio
import threading

import jwt
import pytest

from seam import bot_token
from seam.bot_token import TokenHeaders

NOW = 1_800_000_000.0


def signed(expiry: float, number: int = 1) -> str:
    return jwt.encode({"exp": int(expiry), "n": number}, "k" * 32, algorithm="HS256")


class Credentials:
    """Gives out `tokens` in turn, on the thread it is called on; `gate` holds it back."""

    def __init__(self, *tokens: str | Exception | None) -> None:
        self.tokens = list(tokens)
        self.calls = 0
        self.threads: set[str] = set()
        self.gate = threading.Event()
        self.gate.set()

    def signed_session(self, session):
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        assert self.gate.wait(10)
        token = self.tokens.pop(0)
        if isinstance(token, Exception):
            raise token
        if token is None:
            session.headers.pop("Authorization", None)  # an anonymous bot
        else:
            session.headers["Authorization"] = f"Bearer {token}"
        return session


@pytest.fixture
def clock(monkeypatch):
    now = [NOW]
    monkeypatch.setattr(bot_token, "clock", lambda: now[0])
    return now


async def settled(headers: TokenHeaders) -> None:
    """Until the fetch under way, if any, has been kept."""
    fetch = headers._fetch
    if fetch is not None:
        await asyncio.wait([fetch], timeout=10)
        await asyncio.sleep(0)


async def test_a_token_is_kept_until_shortly_before_it_expires_and_fetched_off_the_loop(clock):
    first, second = signed(NOW + 3600, 1), signed(NOW + 7200, 2)
    credentials = Credentials(first, second)
    headers = TokenHeaders(credentials)
    assert await headers.authorization() == f"Bearer {first}"
    assert credentials.threads and threading.current_thread().name not in credentials.threads
    clock[0] = NOW + 3600 - bot_token.REFRESH_MARGIN_SECONDS - 1
    for _ in range(50):
        assert await headers.authorization() == f"Bearer {first}"
    assert credentials.calls == 1  # neither the SDK nor msal asked again

    # Past the margin: the kept token still goes out at once, the next is fetched meanwhile.
    clock[0] = NOW + 3600 - bot_token.REFRESH_MARGIN_SECONDS + 1
    credentials.gate.clear()
    assert await headers.authorization() == f"Bearer {first}"
    assert await headers.authorization() == f"Bearer {first}"
    credentials.gate.set()
    await settled(headers)
    assert await headers.authorization() == f"Bearer {second}"
    assert credentials.calls == 2


async def test_an_expired_token_is_never_sent_the_call_waits_for_the_next(clock):
    first, second = signed(NOW + 3600, 1), signed(NOW + 7200, 2)
    credentials = Credentials(first, second)
    headers = TokenHeaders(credentials)
    await headers.authorization()
    clock[0] = NOW + 3600 - bot_token.EXPIRY_SAFETY_SECONDS + 1  # in its last minute
    assert await headers.authorization() == f"Bearer {second}"


async def test_concurrent_calls_share_one_fetch(clock):
    credentials = Credentials(signed(NOW + 3600))
    credentials.gate.clear()
    headers = TokenHeaders(credentials)
    calls = [asyncio.create_task(headers.authorization()) for _ in range(20)]
    await asyncio.sleep(0.05)
    credentials.gate.set()
    assert len(set(await asyncio.gather(*calls))) == 1
    assert credentials.calls == 1


async def test_an_anonymous_bot_has_no_header_and_is_never_asked_again(clock):
    credentials = Credentials(None)
    headers = TokenHeaders(credentials)
    assert await headers.authorization() is None
    clock[0] = NOW + 10 * 365 * 86400
    assert await headers.authorization() is None
    assert credentials.calls == 1


async def test_a_token_that_is_not_a_jwt_is_asked_for_again_after_a_while(clock):
    credentials = Credentials("opaque-1", "opaque-2")
    headers = TokenHeaders(credentials)
    assert await headers.authorization() == "Bearer opaque-1"
    clock[0] = NOW + bot_token.UNREADABLE_TOKEN_SECONDS - 1
    assert await headers.authorization() == "Bearer opaque-1"
    clock[0] = NOW + bot_token.UNREADABLE_TOKEN_SECONDS
    assert await headers.authorization() == "Bearer opaque-2"


async def test_a_refusal_fails_the_calls_with_its_own_error_and_is_retried_after_a_pause(clock):
    refused = PermissionError("invalid_client")
    credentials = Credentials(refused, signed(NOW + 3600))
    headers = TokenHeaders(credentials)
    for _ in range(3):
        with pytest.raises(PermissionError, match="invalid_client"):
            await headers.authorization()
    assert credentials.calls == 1  # remembered: not asked again at every reply
    clock[0] = NOW + bot_token.RETRY_SECONDS
    assert (await headers.authorization()).startswith("Bearer ")
    assert credentials.calls == 2


async def test_a_failed_renewal_keeps_the_token_still_valid(clock):
    first = signed(NOW + 3600)
    credentials = Credentials(first, ConnectionError("down"), signed(NOW + 7200, 2))
    headers = TokenHeaders(credentials)
    await headers.authorization()
    clock[0] = NOW + 3600 - bot_token.REFRESH_MARGIN_SECONDS + 1
    assert await headers.authorization() == f"Bearer {first}"
    await settled(headers)
    assert await headers.authorization() == f"Bearer {first}"  # the failure is not the caller's
    clock[0] += bot_token.RETRY_SECONDS
    await headers.authorization()
    await settled(headers)
    assert await headers.authorization() == f"Bearer {signed(NOW + 7200, 2)}"


async def test_a_fetch_that_never_ends_is_given_up_on_and_a_later_call_starts_another(
    clock, monkeypatch
):
    monkeypatch.setattr(bot_token, "TIMEOUT_SECONDS", 0.05)
    credentials = Credentials(signed(NOW + 3600, 1), signed(NOW + 3600, 2))
    credentials.gate.clear()
    headers = TokenHeaders(credentials)
    with pytest.raises(bot_token.BotTokenUnavailable):
        await headers.authorization()
    with pytest.raises(bot_token.BotTokenUnavailable):
        await headers.authorization()  # the same fetch, still under way
    assert credentials.calls == 1
    clock[0] = NOW + 1  # longer than the timeout: given up on
    credentials.gate.set()
    assert (await headers.authorization()).startswith("Bearer ")
