"""The bench's loopback connector: what it counts of the notices it is sent, per conversation
and per tenant, against Teams' limits (no timing asserted: times are given or counted)."""

from __future__ import annotations

import aiohttp

from bench.connector import BenchConnector, Limits, max_in_window


def test_max_in_window_counts_the_busiest_sliding_window_not_fixed_buckets():
    # Seven at the end of one second and seven at the start of the next: 14 within 0.2 s,
    # which fixed one-second buckets would see as 7 and 7.
    times = [0.9 + i * 0.01 for i in range(7)] + [1.0 + i * 0.01 for i in range(7)]
    assert max_in_window(times, 1.0) == 14
    # Evenly spaced, under 7 a second: never 8 in a second.
    assert max_in_window([i * 0.15 for i in range(70)], 1.0) == 7
    assert max_in_window([], 1.0) == 0
    # The window is half-open: a send exactly one second after another is in the next one.
    assert max_in_window([0.0, 1.0, 2.0], 1.0) == 1
    assert max_in_window([0.0, 0.5, 3600.0, 3600.4], 3600.0) == 3


def test_limits_say_which_one_was_exceeded():
    limits = Limits(per_conversation_second=7, per_conversation_hour=1_800, per_tenant_second=50)
    fine = limits.check(conversation_second=7, conversation_hour=1_800, tenant_second=50)
    assert fine == []
    exceeded = limits.check(conversation_second=8, conversation_hour=1_801, tenant_second=51)
    assert exceeded == [
        "8 sends to one conversation within 1 s (limit 7)",
        "1801 sends to one conversation within 1 h (limit 1800)",
        "51 sends to one tenant within 1 s (limit 50)",
    ]


def _notice(conversation: str, tenant: str, item: str, *, in_channel_data: bool = False) -> dict:
    activity = {
        "type": "message",
        "text": f"Claim {item} is now Under review",
        "conversation": {"id": conversation},
    }
    if in_channel_data:
        activity["channelData"] = {"tenant": {"id": tenant}}
    else:
        activity["conversation"]["tenantId"] = tenant
    return activity


async def test_notices_are_counted_per_conversation_and_per_tenant_with_their_times():
    connector = BenchConnector()
    await connector.start()
    try:
        connector.expect_notices(rate_per_second=None, burst=1.0, random_429=0.0)
        async with aiohttp.ClientSession() as session:
            sends = [
                ("a:one", "tenant-1", "CLM-2026-000001", False),
                ("a:one", "tenant-1", "CLM-2026-000002", True),
                ("a:two", "tenant-1", "CLM-2026-000003", False),
                ("a:three", "tenant-2", "CLM-2026-000004", True),
                ("a:one", "tenant-1", "CLM-2026-000001", False),  # the same notice again
            ]
            for conversation, tenant, item, in_channel_data in sends:
                url = f"{connector.url}v3/conversations/{conversation}/activities/x"
                body = _notice(conversation, tenant, item, in_channel_data=in_channel_data)
                async with session.post(url, json=body) as response:
                    assert response.status == 200
    finally:
        await connector.stop()
    assert connector.notices[("a:one", "CLM-2026-000001")] == 2
    assert connector.notices[("a:three", "CLM-2026-000004")] == 1
    assert {c: len(t) for c, t in connector.sends_by_conversation.items()} == {
        "a:one": 3,
        "a:two": 1,
        "a:three": 1,
    }
    assert {t: len(s) for t, s in connector.sends_by_tenant.items()} == {
        "tenant-1": 4,
        "tenant-2": 1,
    }
    peaks = connector.peaks()
    assert peaks["conversation_second"] == 3  # all within a second of each other
    assert peaks["tenant_second"] == 4
    assert peaks["conversation_hour"] == 3


async def test_a_refused_request_still_counts_toward_the_limits():
    """Teams counts requests: a 429 answered is a request made."""
    connector = BenchConnector()
    await connector.start()
    try:
        connector.expect_notices(rate_per_second=0.001, burst=1.0, random_429=0.0)
        async with aiohttp.ClientSession() as session:
            for item in ("CLM-2026-000001", "CLM-2026-000001", "CLM-2026-000001"):
                url = f"{connector.url}v3/conversations/a:one/activities"
                async with session.post(url, json=_notice("a:one", "t", item)) as response:
                    await response.read()
    finally:
        await connector.stop()
    assert connector.refused_rate == 2
    assert connector.notices[("a:one", "CLM-2026-000001")] == 1
    assert connector.peaks()["conversation_second"] == 3
    assert connector.peaks()["tenant_second"] == 3


async def test_replies_of_turns_are_not_counted_as_notices():
    connector = BenchConnector()
    await connector.start()
    try:
        async with aiohttp.ClientSession() as session:
            url = f"{connector.url}v3/conversations/a:one/activities/x"
            async with session.post(url, json=_notice("a:one", "t", "CLM-2026-000001")):
                pass
    finally:
        await connector.stop()
    assert connector.take("a:one")
    assert not connector.notices
    assert connector.peaks() == {
        "conversation_second": 0,
        "conversation_hour": 0,
        "tenant_second": 0,
    }


async def test_a_notice_naming_no_tenant_counts_under_the_tenant_its_conversation_belongs_to():
    """The notifier's notices name no tenant (botbuilder 4.17 reads Teams' `tenantId` under
    `tenantID` and drops it); Teams knows a conversation's tenant, and so does the bench."""
    connector = BenchConnector()
    await connector.start()
    try:
        connector.expect_notices(
            rate_per_second=None,
            burst=1.0,
            random_429=0.0,
            tenants={"a:one": "tenant-1", "a:two": "tenant-1"},
        )
        async with aiohttp.ClientSession() as session:
            for conversation in ("a:one", "a:two", "a:three"):
                url = f"{connector.url}v3/conversations/{conversation}/activities"
                body = {
                    "type": "message",
                    "text": "CLM-2026-000001",
                    "conversation": {"id": conversation},
                }
                async with session.post(url, json=body):
                    pass
    finally:
        await connector.stop()
    assert {t: len(s) for t, s in connector.sends_by_tenant.items()} == {"tenant-1": 2, "?": 1}
