"""Processed-event markers (the back office's event ids already applied) are kept for
KEEP_EVENT_MARKERS, then pruned by the hourly scan: old ones go, recent ones stay and
still make a replay a duplicate. Real TinyDB files; the clock is the test's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from proactive.reminders import ReminderScheduler
from storage import status_changes
from storage.status_changes import StatusChange, StatusService, event_key
from tests.bot.test_status_flow import change, submitted_claim
from tests.support import TENANT

START = datetime(2026, 11, 27, 10, tzinfo=UTC)
WINDOW = getattr(status_changes, "KEEP_EVENT_MARKERS", timedelta(days=30))


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    moving = Clock()
    monkeypatch.setattr(status_changes, "utc_now", moving)
    return moving


async def _marked(storage, event_id: str) -> bool:
    key = event_key(TENANT, event_id)
    return key in await storage.read([key])


async def test_old_markers_are_pruned_recent_ones_kept_and_still_duplicates(chat, clock):
    storage, services = chat.storage, chat.services
    claim = await submitted_claim(SimpleNamespace(services=services))
    status = StatusService(services.plans, services.claims, services.outbox, storage)

    async def send(text: str, event: str) -> str:
        result = await status.apply("claim", claim.id, StatusChange(**change(text, event)))
        return result.outcome

    assert await send("Under review", "old-event") == "accepted"
    clock.now = START + WINDOW - timedelta(days=2)
    assert await send("Approved", "recent-event") == "accepted"

    scheduler = ReminderScheduler(storage, services, services.outbox, idle_days=10_000,
                                  clock=clock)  # fmt: skip
    clock.now = START + WINDOW - timedelta(hours=1)
    await scheduler.run_once()
    assert await _marked(storage, "old-event")  # not old enough yet

    clock.now = START + WINDOW + timedelta(hours=1)
    await scheduler.run_once()
    assert not await _marked(storage, "old-event")
    assert await _marked(storage, "recent-event")
    assert await send("Approved", "recent-event") == "duplicate"  # a replay changes nothing

    clock.now = START + WINDOW * 2
    await scheduler.run_once()
    assert not await _marked(storage, "recent-event")
    # What is left of the tenant's record of events is empty, not a growing list.
    ledger_key = f"tenants/{TENANT}/event-ledger"
    assert (await storage.read([ledger_key]))[ledger_key]["received"] == {}


async def test_pruning_is_bounded_per_run(chat, clock):
    storage, services = chat.storage, chat.services
    claim = await submitted_claim(SimpleNamespace(services=services))
    status = StatusService(services.plans, services.claims, services.outbox, storage)
    events = [("Under review", "e0"), ("Approved", "e1"), ("Paid", "e2")]
    for text, event in events:
        result = await status.apply("claim", claim.id, StatusChange(**change(text, event)))
        assert result.outcome == "accepted", event
        clock.now += timedelta(minutes=1)
    clock.now = START + WINDOW + timedelta(days=1)
    marked = [[await _marked(storage, event) for _, event in events]]
    for _ in range(3):  # one a run, oldest first
        assert await status_changes.prune_event_markers(storage, TENANT, clock.now, limit=1) == 1
        marked.append([await _marked(storage, event) for _, event in events])
    assert marked == [
        [True, True, True],
        [False, True, True],
        [False, False, True],
        [False, False, False],
    ]
    assert await status_changes.prune_event_markers(storage, TENANT, clock.now) == 0


def test_the_window_is_far_above_the_signature_window():
    assert WINDOW >= timedelta(days=7)
