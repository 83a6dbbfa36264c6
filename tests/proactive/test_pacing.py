"""The pacer alone: Teams' per-conversation and per-tenant windows, on a fake clock."""

from __future__ import annotations

import contextlib

import pytest

from proactive.pacing import CONVERSATION_LIMITS, TENANT_LIMITS, Pacer
from tests.proactive.pace import (
    TEAMS_CONVERSATION,
    TEAMS_TENANT,
    FakeTime,
    assert_within_teams_limits,
    crowded,
)

TENANT = "tenant-a"
OTHER_TENANT = "tenant-b"


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def pacer(fake) -> Pacer:
    return Pacer(clock=fake)


async def send(pacer: Pacer, fake: FakeTime, tenant: str, conversation: str) -> float:
    """One send as the notifier makes it: wait while the pacer says so, then send."""
    while (wait := pacer.delay(tenant, conversation)) > 0:
        await fake.sleep(wait)
    with pacer.sending(tenant, conversation):
        return fake.now


async def test_thirty_sends_to_one_conversation_never_exceed_seven_in_any_second(pacer, fake):
    start = fake.now
    times = [await send(pacer, fake, TENANT, "a:chat") for _ in range(30)]

    assert crowded(times, TEAMS_CONVERSATION) == []
    # No slower than it must: seven at once, the eighth a second after the first.
    assert times[:7] == [start] * 7
    assert times[7] == start + 1


async def test_two_hundred_sends_over_ten_conversations_of_one_tenant_stay_under_fifty_a_second(
    pacer, fake
):
    start = fake.now
    sends = []
    for number in range(200):
        conversation = f"a:chat-{number % 10}"
        sends.append((conversation, await send(pacer, fake, TENANT, conversation)))

    times = [moment for _conversation, moment in sends]
    assert_within_teams_limits(sends, [(TENANT, moment) for moment in times])
    # The tenant's budget is used, not more: TENANT_LIMITS' sends go in the first second.
    budget = TENANT_LIMITS[0]
    assert sum(1 for moment in times if moment < start + budget.seconds) == budget.sends
    assert budget.sends <= TEAMS_TENANT[0].sends


async def test_the_window_slides_rather_than_resetting_on_the_second(pacer, fake):
    fake.advance(0.9)
    for _ in range(7):
        await send(pacer, fake, TENANT, "a:chat")
    fake.advance(0.2)  # a new second has begun: a fixed bucket would let seven more through
    assert pacer.delay(TENANT, "a:chat") == pytest.approx(0.8)


async def test_the_1801st_send_in_an_hour_waits_until_the_first_leaves_the_window(pacer, fake):
    times = [await send(pacer, fake, TENANT, "a:chat") for _ in range(1800)]
    assert fake.now - times[0] < 3600  # the 30-second window paced them, not the hourly one

    wait = pacer.delay(TENANT, "a:chat")
    assert wait == pytest.approx(times[0] + 3600 - fake.now)
    assert wait > 1800
    # Only that conversation is full: the tenant's others and other tenants are not held.
    assert pacer.delay(TENANT, "a:other-chat") == 0
    assert pacer.delay(OTHER_TENANT, "a:far-chat") == 0

    times.append(await send(pacer, fake, TENANT, "a:chat"))
    assert times[-1] == times[0] + 3600
    assert crowded(times, TEAMS_CONVERSATION) == []


async def test_a_send_under_way_counts_before_it_ends(pacer, fake):
    with contextlib.ExitStack() as under_way:
        for _ in range(7):
            under_way.enter_context(pacer.sending(TENANT, "a:chat"))
        assert pacer.delay(TENANT, "a:chat") > 0
        assert pacer.delay(TENANT, "a:other-chat") == 0


async def test_a_send_is_counted_from_when_its_answer_came(pacer, fake):
    """Teams counts a request when it arrives, somewhere between our start and its answer:
    counting from the answer can never undercount."""
    with pacer.sending(TENANT, "a:chat"):
        fake.advance(0.5)  # a slow answer
    for _ in range(6):
        await send(pacer, fake, TENANT, "a:chat")
    assert pacer.delay(TENANT, "a:chat") == pytest.approx(1.0)


async def test_a_failed_send_counts_too(pacer, fake):
    for _ in range(7):
        with contextlib.suppress(ConnectionError), pacer.sending(TENANT, "a:chat"):
            raise ConnectionError("the connector refused")
    assert pacer.delay(TENANT, "a:chat") > 0


async def test_conversations_and_tenants_idle_for_an_hour_are_forgotten(pacer, fake):
    for number in range(1000):
        await send(pacer, fake, f"tenant-{number % 100}", f"a:chat-{number}")
    assert pacer.remembered() == (1000, 100)

    fake.advance(3000)
    await send(pacer, fake, TENANT, "a:recent")
    fake.advance(601)  # the thousand are idle for over an hour, "a:recent" for 601 s
    await send(pacer, fake, OTHER_TENANT, "a:new")

    assert pacer.remembered() == (2, 1)


def test_the_budgets_are_within_teams_limits():
    for ours, teams in ((CONVERSATION_LIMITS, TEAMS_CONVERSATION), (TENANT_LIMITS, TEAMS_TENANT)):
        for limit in teams:
            same = [own for own in ours if own.seconds == limit.seconds]
            assert same and same[0].sends <= limit.sends, limit
