"""The notifier against a connector that misbehaves for one conversation: an absurd
Retry-After, a 429 with a long one, an answer that never comes. The round survives and
the other tenants' notices go out."""

from __future__ import annotations

import asyncio
import math
from datetime import timedelta

import pytest
from aiohttp import web

from proactive.notifier import MAX_RETRY_AFTER_SECONDS
from storage.outbox import OutboxEntry
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.proactive.test_notifier import Clock, start
from tests.support import ADMIN, TENANT, TODAY

pytestmark = pytest.mark.asyncio

OTHER_TENANT = "99999999-8888-7777-6666-555555555555"
OTHER_USER = "aad-other-0009"
SLOW_CHAT = "a:chat-1"  # tenant TENANT's conversation (teams_message's)
OTHER_CHAT = "a:chat-other"
# Only catches a hang: every awaited delivery below takes well under a second.
HANG_BOUND = 45.0


class RoutedConnector(FakeConnector):
    """A FakeConnector whose answers depend on the conversation: some hang until
    released, some are throttled with a given Retry-After."""

    def __init__(self) -> None:
        super().__init__()
        self.hang: set[str] = set()
        self.throttle: dict[str, str] = {}
        self.release = asyncio.Event()
        self.hung = asyncio.Event()  # a request reached a hanging conversation
        self.arrived: dict[str, asyncio.Event] = {}

    def arrival(self, conversation: str) -> asyncio.Event:
        return self.arrived.setdefault(conversation, asyncio.Event())

    async def _receive(self, request: web.Request) -> web.Response:
        conversation = request.match_info["conversation_id"]
        if conversation in self.hang:
            self.hung.set()
            await self.release.wait()
            return web.json_response({"error": {"code": "Late"}}, status=503)
        if conversation in self.throttle:
            self.refused += 1
            return web.json_response(
                {"error": {"code": "Throttled", "message": "try later"}},
                status=429,
                headers={"Retry-After": self.throttle[conversation]},
            )
        response = await super()._receive(request)
        self.arrival(conversation).set()
        return response


@pytest.fixture
async def routed():
    async with RoutedConnector() as fake:
        yield fake
        fake.release.set()


async def two_tenants(data_dir, tmp_path, connector):
    """Two partners who have talked to the bot, each with a draft plan."""
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    other = teams_message(connector.url, "hello", number=2)
    other["from"] = {"id": f"29:{OTHER_USER}", "name": "Otto", "aadObjectId": OTHER_USER}
    other["conversation"] = {"id": OTHER_CHAT, "conversationType": "personal",
                             "tenantId": OTHER_TENANT}  # fmt: skip
    other["channelData"] = {"tenant": {"id": OTHER_TENANT}}
    assert (await client.post("/api/messages", json=other)).status in (200, 201, 202)
    connector.take()
    connector.arrived.clear()  # the greetings' replies are not notices
    plans = house.services.plans
    mine = await plans.create_plan(tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY)
    theirs = await plans.create_plan(
        tenant_id=OTHER_TENANT, owner_id=OTHER_USER, owner_name="Otto", today=TODAY
    )
    return house, client, clock, mine, theirs


async def remind(house, tenant_id: str, plan_id: str) -> OutboxEntry:
    entry = OutboxEntry(
        tenant_id=tenant_id,
        kind="reminder",
        item_id=plan_id,
        extra={"text_key": "reminder.idle_draft", "item_id": plan_id, "days": "9"},
    )
    await house.services.outbox.enqueue(entry)
    return entry


async def stored(house, entry: OutboxEntry) -> OutboxEntry:
    document = (await house.storage.read([house.services.outbox.key(entry.tenant_id)])).popitem()
    return OutboxEntry.model_validate(document[1]["entries"][entry.notice_id])


def conversations(activities: list[dict]) -> list[str]:
    return [a["_conversation"] for a in activities if a.get("attachments")]


@pytest.mark.parametrize(
    "retry_after",
    ["inf", "Infinity", "nan", "1e309", "100000", "-5", "Wed, 21 Oct 2099 07:28:00 GMT", "soon"],
)
async def test_a_retry_after_that_is_no_sane_number_never_breaks_the_round(
    data_dir, tmp_path, routed, retry_after
):
    house, client, clock, mine, theirs = await two_tenants(data_dir, tmp_path, routed)
    throttled = await remind(house, TENANT, mine.id)
    await remind(house, OTHER_TENANT, theirs.id)
    routed.throttle[SLOW_CHAT] = retry_after

    await house.notifier.run_once()  # no OverflowError, no ValueError

    assert conversations(routed.take()) == [OTHER_CHAT]  # the other tenant served
    entry = await stored(house, throttled)
    assert entry.state == "pending"
    wait = (entry.next_attempt_at - clock.now).total_seconds()
    assert 0 < wait <= MAX_RETRY_AFTER_SECONDS and math.isfinite(wait)

    del routed.throttle[SLOW_CHAT]
    clock.now += timedelta(seconds=MAX_RETRY_AFTER_SECONDS)
    await house.notifier.run_once()
    assert conversations(routed.take()) == [SLOW_CHAT]  # tried again within the cap
    assert (await house.services.outbox.counts())["dead"] == 0
    await client.close()


async def test_a_long_throttle_of_one_conversation_leaves_the_others_untouched(
    data_dir, tmp_path, routed
):
    house, client, clock, mine, theirs = await two_tenants(data_dir, tmp_path, routed)
    await remind(house, TENANT, mine.id)
    routed.throttle[SLOW_CHAT] = "3600"
    await house.notifier.run_once()
    # The throttled tenant backs off; notices of the other tenant queued meanwhile go at once.
    for _ in range(3):
        await remind(house, OTHER_TENANT, theirs.id)
        clock.now += timedelta(seconds=1)
        await house.notifier.run_once()
        assert conversations(routed.take()) == [OTHER_CHAT]
    await client.close()


async def test_a_conversation_that_never_answers_does_not_hold_back_other_tenants(
    data_dir, tmp_path, routed
):
    house, client, _clock, mine, theirs = await two_tenants(data_dir, tmp_path, routed)
    notifier = house.notifier
    notifier.send_timeout_seconds = 3600  # the hang outlasts the test: only patience helps
    routed.hang.add(SLOW_CHAT)
    await remind(house, TENANT, mine.id)
    await notifier.start()  # the background loop, as the app runs it
    try:
        await asyncio.wait_for(routed.hung.wait(), HANG_BOUND)  # its send is stuck
        await remind(house, OTHER_TENANT, theirs.id)
        notifier.wake()  # as the status API does after a change
        await asyncio.wait_for(routed.arrival(OTHER_CHAT).wait(), HANG_BOUND)
        assert conversations(routed.take()) == [OTHER_CHAT]
        assert not routed.release.is_set()  # while the first tenant's send still hangs
    finally:
        await notifier.stop()
    await client.close()


async def test_a_send_that_never_returns_is_cut_off_and_retried(data_dir, tmp_path, routed):
    house, client, clock, mine, _theirs = await two_tenants(data_dir, tmp_path, routed)
    notifier = house.notifier
    notifier.send_timeout_seconds = 0.2
    routed.hang.add(SLOW_CHAT)
    stuck = await remind(house, TENANT, mine.id)
    await asyncio.wait_for(notifier.run_once(), HANG_BOUND)  # returned at all
    entry = await stored(house, stuck)
    assert entry.state == "pending" and entry.attempts == 1
    assert "no answer" in (entry.last_error or "")

    routed.hang.clear()
    clock.now += timedelta(minutes=5)
    await asyncio.wait_for(notifier.run_once(), HANG_BOUND)
    assert conversations(routed.take()) == [SLOW_CHAT]
    await client.close()
