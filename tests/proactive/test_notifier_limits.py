"""The notifier keeps to Teams' rate limits: per conversation and per tenant, on a fake
clock with a recording adapter, and at the boundary over HTTP with the real loop.

Teams allows a bot 7 sends a second (8 in 2 s, 60 in 30 s, 1,800 an hour) into one
conversation and 50 requests a second into one tenant; the notifier used to send as fast
as the connector answered and only slowed down on 429s.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web

from domain.plan import utc_now
from proactive.notifier import Notifier
from proactive.pacing import CONVERSATION_LIMITS, Pacer
from storage.outbox import OutboxEntry, Reason
from tests.connector import FakeConnector
from tests.proactive.pace import FakeTime, assert_within_teams_limits, crowded
from tests.proactive.test_notifier import Clock, start
from tests.support import ADMIN, TENANT, TODAY, USER

OTHER_TENANT = "99999999-8888-7777-6666-555555555555"
DAYS = re.compile(r"for (\d+) days")
PLAN_ID = re.compile(r"PLN-\d{4}-\d+")
# Only catches a hang: with the real clock every delivery below ends within seconds.
HANG_BOUND = 60.0


@dataclass
class Sent:
    tenant: str
    conversation: str
    at: float
    text: str

    @property
    def plan(self) -> str:
        found = PLAN_ID.search(self.text)
        assert found, self.text
        return found.group(0)

    @property
    def number(self) -> int:
        """Which reminder it was: the test numbers them through their `days`."""
        found = DAYS.search(self.text)
        assert found, self.text
        return int(found.group(1))


class RecordingAdapter:
    """In place of the Bot Framework adapter: each send is kept with the fake time."""

    def __init__(self, fake: FakeTime) -> None:
        self.fake = fake
        self.sent: list[Sent] = []

    async def continue_conversation(self, reference, callback, bot_id=None) -> None:
        adapter = self

        class Context:
            async def send_activity(self, activity) -> None:
                card = activity.attachments[0].content
                adapter.sent.append(
                    Sent(
                        tenant=reference.conversation.tenant_id,
                        conversation=reference.conversation.id,
                        at=adapter.fake.now,
                        text=" ".join(block.get("text", "") for block in card["body"]),
                    )
                )

        await callback(Context())

    def to(self, conversation: str) -> list[Sent]:
        return [sent for sent in self.sent if sent.conversation == conversation]


def reference(tenant: str, user: str, conversation: str, service_url: str) -> dict[str, Any]:
    return {
        "activityId": "msg-1",
        "user": {"id": f"29:{user}", "aadObjectId": user},
        "bot": {"id": "28:bot", "name": "Incentives"},
        "conversation": {"id": conversation, "conversationType": "personal", "tenantID": tenant},
        "channelId": "msteams",
        "serviceUrl": service_url,
    }


async def partner(
    services, tenant: str, user: str, conversation: str, service_url: str = "https://smba.test/"
):
    """Someone who has talked to the bot from `conversation`, with a draft plan."""
    await services.profiles.update(
        tenant, user, locale="en-US", reference=reference(tenant, user, conversation, service_url)
    )
    return await services.plans.create_plan(
        tenant_id=tenant, owner_id=user, owner_name=user, today=TODAY
    )


async def remind(services, plan, number: int) -> OutboxEntry:
    """A notice about `plan` numbered `number` (in its reason's words): a rejection, which
    goes at any hour and on its own (reminders due together for one person would go as one
    digest card, tests/proactive/test_working_hours_delivery.py)."""
    entry = OutboxEntry(
        tenant_id=plan.tenant_id,
        kind="plan",
        item_id=plan.id,
        status="Rejected",
        reasons=[Reason(code="other", message=f"Not sent for {number} days")],
    )
    await services.outbox.enqueue(entry)
    return entry


async def nudge(services, plan, number: int) -> OutboxEntry:
    """A reminder about `plan` (to its owner only)."""
    entry = OutboxEntry(
        tenant_id=plan.tenant_id,
        kind="reminder",
        item_id=plan.id,
        extra={"text_key": "reminder.idle_draft", "item_id": plan.id, "days": str(number)},
    )
    await services.outbox.enqueue(entry)
    return entry


async def entries(chat, tenant: str) -> list[OutboxEntry]:
    key = chat.services.outbox.key(tenant)
    document = (await chat.storage.read([key])).get(key) or {"entries": {}}
    return [OutboxEntry.model_validate(raw) for raw in document["entries"].values()]


async def stored(chat, entry: OutboxEntry) -> OutboxEntry:
    (found,) = [e for e in await entries(chat, entry.tenant_id) if e.notice_id == entry.notice_id]
    return found


async def drain(chat, notifier: Notifier, fake: FakeTime, tenants: list[str]) -> None:
    """Deliver everything, letting the fake time run on to whatever the notifier put off."""
    for _ in range(100):
        await notifier.run_once()
        pending = [
            e for tenant in tenants for e in await entries(chat, tenant) if e.state == "pending"
        ]
        if not pending:
            return
        # A tenant's later notices wait behind the one put off: time runs on to that one.
        put_off = [e.next_attempt_at for e in pending if e.next_attempt_at is not None]
        if put_off:
            fake.advance(max((min(put_off) - fake.wall()).total_seconds(), 0))
    raise AssertionError("notices still pending after 100 rounds")


def fill_the_hour(pacer: Pacer, fake: FakeTime, tenant: str, conversation: str) -> float:
    """1,800 sends into `conversation` as fast as its shorter windows allow; the first's time."""
    first = fake.now
    for _ in range(1800):
        while (wait := pacer.delay(tenant, conversation)) > 0:
            fake.advance(wait)
        with pacer.sending(tenant, conversation):
            pass
    return first


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def adapter(fake) -> RecordingAdapter:
    return RecordingAdapter(fake)


@pytest.fixture
def notifier(chat, fake, adapter) -> Notifier:
    notifier = Notifier(adapter, "", chat.services.outbox, chat.services, clock=fake.wall)
    notifier.pacer = Pacer(clock=fake)
    return notifier


async def test_thirty_notices_to_one_conversation_never_exceed_seven_in_any_second(
    chat, fake, adapter, notifier
):
    plan = await partner(chat.services, TENANT, USER, "a:chat-uma")
    for number in range(1, 31):
        await remind(chat.services, plan, number)

    await drain(chat, notifier, fake, [TENANT])

    sent = adapter.to("a:chat-uma")
    assert [s.number for s in sent] == list(range(1, 31))  # each once, in order
    assert crowded([s.at for s in sent], CONVERSATION_LIMITS) == []
    assert_within_teams_limits([(s.conversation, s.at) for s in sent], [])
    counts = await chat.services.outbox.counts()
    assert counts == {"pending": 0, "delivered": 30, "dead": 0}


async def test_two_hundred_notices_over_ten_conversations_of_one_tenant_never_exceed_fifty_a_second(
    chat, fake, adapter, notifier, tmp_path
):
    """Twenty decisions, each announced to the tenant's ten Incentives admins."""
    admins = [f"aad-admin-{n}" for n in range(10)]
    users = {user: {"role": "incentives_admin", "name": user} for user in admins}
    await chat.seed_roles({"tenants": {OTHER_TENANT: {"users": users}}}, tmp=tmp_path)
    for n, user in enumerate(admins):
        await partner(chat.services, OTHER_TENANT, user, f"a:chat-{n}")
    plans = []
    for _ in range(20):
        plan = await chat.services.plans.create_plan(
            tenant_id=OTHER_TENANT, owner_id=admins[0], owner_name="A", today=TODAY
        )
        plans.append(plan.id)
        await chat.services.outbox.enqueue(
            OutboxEntry(tenant_id=OTHER_TENANT, kind="plan", item_id=plan.id, status="Approved")
        )

    await drain(chat, notifier, fake, [OTHER_TENANT])

    assert len(adapter.sent) == 200
    assert_within_teams_limits(
        [(s.conversation, s.at) for s in adapter.sent], [(s.tenant, s.at) for s in adapter.sent]
    )
    for n in range(10):  # each decision once to each admin, in order
        assert [s.plan for s in adapter.to(f"a:chat-{n}")] == plans
    assert (await chat.services.outbox.counts())["delivered"] == 20


async def test_the_1801st_notice_in_an_hour_waits_and_is_no_failed_attempt(
    chat, fake, adapter, notifier
):
    plan = await partner(chat.services, TENANT, USER, "a:chat-uma")
    first = fill_the_hour(notifier.pacer, fake, TENANT, "a:chat-uma")
    entry = await remind(chat.services, plan, 1801)

    await notifier.run_once()

    assert adapter.sent == []
    waiting = await stored(chat, entry)
    assert waiting.state == "pending" and waiting.attempts == 0 and waiting.last_error is None
    assert waiting.lease_until is None  # not held meanwhile: no other instance is blocked
    due = (waiting.next_attempt_at - fake.wall()).total_seconds()
    assert due == pytest.approx(first + 3600 - fake.now, abs=0.1)

    await drain(chat, notifier, fake, [TENANT])
    assert [s.number for s in adapter.sent] == [1801]
    assert adapter.sent[0].at >= first + 3600
    assert (await chat.services.outbox.counts())["dead"] == 0


async def test_a_conversation_paused_for_an_hour_does_not_delay_another_tenant(
    chat, fake, adapter, notifier
):
    mine = await partner(chat.services, TENANT, USER, "a:chat-uma")
    theirs = await partner(chat.services, OTHER_TENANT, "aad-otto", "a:chat-otto")
    fill_the_hour(notifier.pacer, fake, TENANT, "a:chat-uma")
    paused_at = fake.now
    await remind(chat.services, mine, 1)
    for number in range(1, 4):
        await remind(chat.services, theirs, number)

    await notifier.run_once()

    assert [(s.conversation, s.number, s.at) for s in adapter.sent] == [
        ("a:chat-otto", number, paused_at) for number in range(1, 4)
    ]


async def test_a_tenant_waiting_a_second_leaves_its_place_to_another(chat, fake, adapter, notifier):
    notifier.concurrency = 1  # one tenant served at a time
    mine = await partner(chat.services, TENANT, USER, "a:chat-uma")
    theirs = await partner(chat.services, OTHER_TENANT, "aad-otto", "a:chat-otto")
    for number in range(1, 11):
        await remind(chat.services, mine, number)  # the 8th must wait for a second
    await remind(chat.services, theirs, 1)

    await notifier.run_once()
    assert [(s.conversation, s.number) for s in adapter.sent][-1] == ("a:chat-otto", 1)
    assert len(adapter.sent) == 8 and fake.now == FakeTime().now  # no time has passed

    await drain(chat, notifier, fake, [TENANT, OTHER_TENANT])
    assert [s.number for s in adapter.to("a:chat-uma")] == list(range(1, 11))
    assert [e.attempts for e in await entries(chat, TENANT)] == [0] * 10  # waits, not failures


async def test_a_notice_for_several_people_reaches_the_free_conversations_first(
    chat, fake, adapter, notifier
):
    """An Incentives admin's conversation full for the hour: the owner gets the notice now;
    the admin's copy waits, and so do the tenant's later notices (its order)."""
    owned = await partner(chat.services, TENANT, USER, "a:chat-uma")
    await partner(chat.services, TENANT, ADMIN, "a:chat-ada")
    first = fill_the_hour(notifier.pacer, fake, TENANT, "a:chat-ada")
    approved = OutboxEntry(tenant_id=TENANT, kind="plan", item_id=owned.id, status="Approved")
    await chat.services.outbox.enqueue(approved)
    later = await nudge(chat.services, owned, 5)

    await notifier.run_once()

    assert [(s.conversation, "approved" in s.text) for s in adapter.sent] == [("a:chat-uma", True)]
    waiting = await stored(chat, approved)
    assert waiting.delivered_to == [USER] and waiting.attempts == 0
    assert (await stored(chat, later)).state == "pending"

    await drain(chat, notifier, fake, [TENANT])
    assert [(s.conversation, "approved" in s.text) for s in adapter.sent[1:]] == [
        ("a:chat-ada", True),
        ("a:chat-uma", False),
    ]
    assert adapter.sent[1].at >= first + 3600
    assert (await chat.services.outbox.counts())["delivered"] == 2


# -- at the boundary: the real loop, the real clock, a connector over HTTP ------------------


class TimingConnector(FakeConnector):
    """A FakeConnector that notes when each request (a send, or an update of one sent)
    arrived, by conversation: both count in Teams' limits."""

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: list[tuple[str, float]] = []
        self._changed = asyncio.Condition()

    async def _receive(self, request: web.Request) -> web.Response:
        return await self._noted(request, super()._receive)

    async def _update(self, request: web.Request) -> web.Response:
        return await self._noted(request, super()._update)

    async def _noted(self, request: web.Request, answer) -> web.Response:
        self.arrivals.append((request.match_info["conversation_id"], time.monotonic()))
        response = await answer(request)
        async with self._changed:
            self._changed.notify_all()
        return response

    def count(self, conversation: str) -> int:
        return sum(1 for activity in self.activities if activity["_conversation"] == conversation)

    async def until(self, done: Callable[[], bool]) -> None:
        """Once `done()` holds, or HANG_BOUND has passed (then the assertions say what is
        missing)."""
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(done), HANG_BOUND)


async def test_the_running_notifier_keeps_to_the_limits_at_the_connector(data_dir, tmp_path):
    async with TimingConnector() as connector:
        house, client = await start(data_dir, tmp_path, Clock())
        house.notifier.clock = utc_now  # the real loop, on the real clock
        services = house.services
        tenant_of: dict[str, str] = {}
        expected: set[tuple[str, int]] = set()
        # One partner of one tenant with ten notices; ten of another with five each.
        alone = await partner(services, OTHER_TENANT, "aad-otto", "a:chat-otto", connector.url)
        tenant_of["a:chat-otto"] = OTHER_TENANT
        crowd = []
        for n in range(10):
            crowd.append(await partner(services, TENANT, f"aad-p{n}", f"a:p{n}", connector.url))
            tenant_of[f"a:p{n}"] = TENANT
        for number in range(1, 11):
            await remind(services, alone, number)
            expected.add(("a:chat-otto", number))
        for number in range(1, 6):
            for n, plan in enumerate(crowd):
                await remind(services, plan, number)
                expected.add((f"a:p{n}", number))

        await house.notifier.start()
        try:
            await connector.until(lambda: len(connector.activities) >= len(expected))
            await asyncio.sleep(0.3)  # anything sent twice would arrive now
        finally:
            await house.notifier.stop()
        await client.close()

    received = [
        (activity["_conversation"], int(DAYS.search(" ".join(
            block.get("text", "") for block in activity["attachments"][0]["content"]["body"]
        )).group(1)))
        for activity in connector.activities
    ]  # fmt: skip
    assert sorted(received) == sorted(expected)  # none lost, none twice
    assert_within_teams_limits(
        connector.arrivals, [(tenant_of[c], moment) for c, moment in connector.arrivals]
    )


class HeldClock:
    """The pacer's monotonic clock, standing still until `release()`: once the busy chat has
    had its 7 requests of the second, its next cannot go before then, however slow the
    machine, so the order below is the notifier's alone (on the real clock it depended on
    the other tenant's notice arriving within that second, and under a loaded CI run once
    did not)."""

    def __init__(self) -> None:
        self.held_at: float | None = time.monotonic()

    def __call__(self) -> float:
        return self.held_at if self.held_at is not None else time.monotonic()

    def release(self) -> None:
        self.held_at = None  # the real clock is later: it only goes forward


async def test_a_tenant_waiting_for_its_conversation_does_not_hold_back_the_next_round(
    data_dir, tmp_path
):
    """Ten notices for one chat (a request each, and one updating the notice before): the
    eighth request must wait a second. A notice for another tenant queued meanwhile goes at
    once, not when the first tenant is done."""
    async with TimingConnector() as connector:
        house, client = await start(data_dir, tmp_path, Clock())
        house.notifier.clock = utc_now
        held = house.notifier.pacer.clock = HeldClock()
        # A round waits this long for a delivery under way (a slow connector); a pacer's
        # wait is not one: it puts the notice back and the round ends.
        house.notifier.round_patience_seconds = 2 * HANG_BOUND
        services = house.services
        busy = await partner(services, TENANT, USER, "a:busy", connector.url)
        other = await partner(services, OTHER_TENANT, "aad-otto", "a:chat-otto", connector.url)
        for number in range(1, 11):
            await remind(services, busy, number)

        def requests(conversation: str) -> int:
            return sum(1 for at, _ in connector.arrivals if at == conversation)

        await house.notifier.start()
        try:
            await connector.until(lambda: requests("a:busy") >= 7)  # the second's all
            await remind(services, other, 1)
            house.notifier.wake()  # as the status API does after a change
            # Held back behind the busy chat, it would come only after HANG_BOUND.
            await connector.until(lambda: requests("a:chat-otto") >= 1)
            held.release()
            await connector.until(lambda: len(connector.activities) >= 11)
        finally:
            await house.notifier.stop()
        await client.close()

    order = [activity["_conversation"] for activity in connector.activities]
    assert order.count("a:busy") == 10 and order.count("a:chat-otto") == 1
    requested = [conversation for conversation, _ in connector.arrivals]
    eighth = [at for at, conversation in enumerate(requested) if conversation == "a:busy"][7]
    assert requested.index("a:chat-otto") < eighth, requested


def test_a_retry_that_fell_due_during_a_round_is_served_at_once_not_after_the_poll():
    """A notice put off (pacer, Retry-After) during a long round became due before the round
    ended; the notifier took it for served and slept the whole poll (5-second gaps)."""
    from datetime import UTC, datetime, timedelta

    from proactive.notifier import Notifier

    notifier = Notifier.__new__(Notifier)  # only the retry bookkeeping is exercised
    notifier.poll_seconds = 5.0
    notifier._retries = []
    started = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    heapq.heappush(notifier._retries, started - timedelta(seconds=1))  # the round's own
    heapq.heappush(notifier._retries, started + timedelta(seconds=1))  # due during it
    heapq.heappush(notifier._retries, started + timedelta(seconds=4))
    now = started + timedelta(seconds=2)
    assert notifier.idle_seconds(started, now) == 0.0
    assert notifier.idle_seconds(now, now) == 2.0  # the next round served it: the one after
    notifier._retries = []
    assert notifier.idle_seconds(now, now) == 5.0
