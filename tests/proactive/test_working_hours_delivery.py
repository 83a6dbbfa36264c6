"""Pings at the right hour: a notice that is not urgent waits for the partner's working
hours in their time zone (Teams' localTimezone, kept with the conversation), without
holding back anyone else's notices; rejections and close deadlines go at once.

The real app and notifier, the loopback connector, and an injected clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.working_hours import WorkingHours
from storage.outbox import OutboxEntry
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.proactive.test_notifier import Clock, notice_titles, start
from tests.support import ADMIN, TENANT

# Wednesday 2 December 2026, 02:00 UTC: 03:00 in Paris, 21:00 on Tuesday in New York,
# 11:00 in Tokyo.
NIGHT_IN_PARIS = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
async def connector():
    async with FakeConnector() as fake:
        yield fake


async def partner_in(client, connector, zone: str | None) -> None:
    activity = teams_message(connector.url, "hello")
    if zone is not None:
        activity["localTimezone"] = zone
    await client.post("/api/messages", json=activity)
    connector.take()


async def move(client, claim_id: str, status: str, event: str, **extra) -> None:
    path = f"/api/claims/{claim_id}/status"
    assert await post_status(client, path, change(status, event, **extra)) == 202


@pytest.mark.parametrize(
    ("zone", "sent_at"),
    [
        ("Europe/Paris", datetime(2026, 12, 2, 8, 0, tzinfo=UTC)),  # 09:00 in Paris
        ("America/New_York", datetime(2026, 12, 2, 14, 0, tzinfo=UTC)),  # 09:00 in New York
        ("Asia/Tokyo", NIGHT_IN_PARIS),  # 11:00 in Tokyo: at once
    ],
)
async def test_an_approval_at_night_waits_for_the_partners_morning(
    data_dir, tmp_path, connector, zone, sent_at
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await partner_in(client, connector, zone)
    assert (await house.services.profiles.get(TENANT, ADMIN))["time_zone"] == zone
    claim = await submitted_claim(house)
    clock.now = NIGHT_IN_PARIS - timedelta(minutes=1)
    await move(client, claim.id, "Under review", "a1")
    await move(client, claim.id, "Approved", "a2")
    clock.now = NIGHT_IN_PARIS
    while clock.now < sent_at:
        await house.notifier.run_once()
        assert notice_titles(connector.take()) == [], clock.now
        clock.now = min(clock.now + timedelta(hours=1), sent_at)
    clock.now = sent_at + timedelta(seconds=1)
    await house.notifier.run_once()
    titles = notice_titles(connector.take())
    assert [title.split(" is ")[-1] for title in titles] == ["under review", "approved"]
    await client.close()


async def test_a_rejection_goes_at_night_and_a_held_notice_holds_back_no_one(
    data_dir, tmp_path, connector
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await partner_in(client, connector, "Europe/Paris")
    waiting = await submitted_claim(house, plan_id="PLN-A")
    rejected = await submitted_claim(house, plan_id="PLN-B")
    clock.now = NIGHT_IN_PARIS
    await move(client, waiting.id, "Under review", "h1")  # not urgent: waits for 09:00
    await move(client, rejected.id, "Under review", "h2")
    await house.notifier.run_once()
    assert notice_titles(connector.take()) == []  # both wait for the morning

    await move(client, rejected.id, "Rejected", "h3", reasons=[{"code": "other", "message": "x"}])
    await house.notifier.run_once()
    # The rejection at once, after the notice about the same claim that was waiting; the
    # other claim's notice still waits and held nothing back.
    titles = notice_titles(connector.take())
    assert [(rejected.id in t, t.split(" ")[-1]) for t in titles] == [
        (True, "review"), (True, "rejected")
    ]  # fmt: skip
    clock.now = datetime(2026, 12, 2, 8, 0, 1, tzinfo=UTC)
    await house.notifier.run_once()
    assert [waiting.id in t for t in notice_titles(connector.take())] == [True]
    await client.close()


async def reminder(house, subject_id: str, **extra: str) -> None:
    await house.services.outbox.enqueue(
        OutboxEntry(tenant_id=TENANT, kind="reminder", item_id=subject_id, extra=extra)
    )


async def test_a_deadline_within_a_day_is_not_held_an_idle_draft_is(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await partner_in(client, connector, "Europe/Paris")
    claim = await submitted_claim(house)
    clock.now = NIGHT_IN_PARIS
    closes = date(2026, 12, 2).isoformat()  # the claiming period ends today
    await reminder(house, claim.id, text_key="reminder.claim_deadline", claim_id=claim.id,
                   name="Radio", deadline=closes, days="0")  # fmt: skip
    await house.notifier.run_once()
    sent = notice_titles(connector.take())
    assert len(sent) == 1 and "period ends" in sent[0]
    await reminder(house, claim.id, text_key="reminder.idle_draft", item_id=claim.id, days="9")
    await house.notifier.run_once()
    assert notice_titles(connector.take()) == []
    clock.now = datetime(2026, 12, 2, 8, 0, 1, tzinfo=UTC)
    await house.notifier.run_once()
    sent = notice_titles(connector.take())
    assert len(sent) == 1 and "hasn't moved" in sent[0]
    await client.close()


async def test_a_partner_whose_zone_is_unknown_is_not_held(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await partner_in(client, connector, "Mars/Olympus")  # not a zone: not kept
    assert (await house.services.profiles.get(TENANT, ADMIN)).get("time_zone") is None
    claim = await submitted_claim(house)
    clock.now = NIGHT_IN_PARIS
    await move(client, claim.id, "Under review", "u1")
    await house.notifier.run_once()
    assert len(notice_titles(connector.take())) == 1  # its night is not known: sent
    await client.close()


async def test_notice_hours_always_sends_at_any_hour(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    house.notifier.working_hours = WorkingHours.parse("always")  # NOTICE_HOURS=always
    await partner_in(client, connector, "Europe/Paris")
    claim = await submitted_claim(house)
    clock.now = NIGHT_IN_PARIS
    await move(client, claim.id, "Under review", "w1")
    await house.notifier.run_once()
    assert len(notice_titles(connector.take())) == 1
    await client.close()


async def test_reminders_due_the_same_night_arrive_as_one_digest_in_the_morning(
    data_dir, tmp_path, connector
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await partner_in(client, connector, "Europe/Paris")
    first = await submitted_claim(house, plan_id="PLN-A")
    second = await submitted_claim(house, plan_id="PLN-B")
    clock.now = NIGHT_IN_PARIS
    for claim in (first, second):
        await reminder(house, claim.id, text_key="reminder.idle_draft", item_id=claim.id, days="9")
    await house.notifier.run_once()
    assert connector.take() == []

    clock.now = datetime(2026, 12, 2, 8, 0, 1, tzinfo=UTC)
    await house.notifier.run_once()
    [digest] = connector.take()
    content = digest["attachments"][0]["content"]
    texts = [block["text"] for block in content["body"]]
    assert texts[0] == "2 reminders for today:"
    assert [first.id in texts[1], second.id in texts[2]] == [True, True]
    titles = [a["title"] for a in content["actions"]]
    assert titles == [f"Resume {first.id}", f"Resume {second.id}", "Stop reminders of idle drafts"]
    assert [a["data"].get("claim_id") for a in content["actions"]][:2] == [first.id, second.id]
    await house.notifier.run_once()
    assert connector.take() == []  # both delivered with it: never again
    assert (await house.services.outbox.counts())["delivered"] == 2
    await client.close()
