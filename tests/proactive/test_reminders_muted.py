"""A partner can stop the reminders of drafts left untouched, and have them back.

Seen at stop 46: "stop reminding me", "no more reminders", « ne me rappelle plus » got "I
didn't understand that": a partner who leaves a draft for a while on purpose had no way to
stop the nudges but to leave the app. They now stop those reminders (kept in the partner's
profile, read by the notifier); reminders of a claiming deadline or of a plan's time to
resubmit still come (missing one loses funds), and the answer says so; "remind me again"
turns them back on. The real app over HTTP, the notifier and a loopback connector.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.outbox import OutboxEntry
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import submitted_claim
from tests.connector import FakeConnector
from tests.proactive.test_notifier import Clock, notice_titles, start
from tests.support import ADMIN, TENANT

# Wednesday 2 December 2026, 10:00 in Paris: within working hours.
MORNING = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def connector():
    async with FakeConnector() as fake:
        yield fake


async def say(client, connector, text: str, number: int, locale: str = "en-US") -> str:
    activity = teams_message(connector.url, text, locale=locale, number=number)
    activity["localTimezone"] = "Europe/Paris"
    await client.post("/api/messages", json=activity)
    return "\n".join(a.get("text") or "" for a in connector.take())


async def reminder(house, claim_id: str, text_key: str) -> None:
    extra = {"text_key": text_key, "claim_id": claim_id, "item_id": claim_id, "name": "Radio"}
    extra |= {"deadline": "2026-12-09", "days": "7"}
    await house.services.outbox.enqueue(
        OutboxEntry(tenant_id=TENANT, kind="reminder", item_id=claim_id, extra=extra)
    )


@pytest.mark.parametrize("typed", ["stop reminding me", "no more reminders", "mute reminders"])
async def test_stopped_idle_reminders_are_not_sent_deadline_ones_still_are(
    data_dir, tmp_path, connector, typed
):
    clock = Clock()
    clock.now = MORNING
    house, client = await start(data_dir, tmp_path, clock)
    said = await say(client, connector, typed, 1)
    assert "drafts left untouched" in said and "deadline" in said, said
    assert (await house.services.profiles.get(TENANT, ADMIN))["idle_reminders"] is False
    claim = await submitted_claim(house)
    await reminder(house, claim.id, "reminder.idle_draft")
    await house.notifier.run_once()
    assert notice_titles(connector.take()) == []
    assert (await house.services.outbox.counts())["delivered"] == 1  # done with, not retried
    await reminder(house, claim.id, "reminder.claim_deadline")
    await house.notifier.run_once()
    [sent] = notice_titles(connector.take())
    assert "period ends" in sent

    said = await say(client, connector, "remind me again", 2)
    assert "I'll remind you again" in said, said
    await reminder(house, claim.id, "reminder.idle_draft")
    await house.notifier.run_once()
    [sent] = notice_titles(connector.take())
    assert "hasn't moved" in sent
    await client.close()


async def test_a_muted_idle_reminder_leaves_a_digest_of_the_others(data_dir, tmp_path, connector):
    clock = Clock()
    clock.now = MORNING
    house, client = await start(data_dir, tmp_path, clock)
    await say(client, connector, "stop reminding me", 1)
    first = await submitted_claim(house, plan_id="PLN-A")
    second = await submitted_claim(house, plan_id="PLN-B")
    await reminder(house, first.id, "reminder.idle_draft")
    await reminder(house, second.id, "reminder.idle_draft")
    await reminder(house, second.id, "reminder.claim_deadline")
    await house.notifier.run_once()
    sent = connector.take()
    assert len(sent) == 1 and "hasn't moved" not in str(sent), sent
    assert (await house.services.outbox.counts())["delivered"] == 3
    await client.close()


async def test_in_french(data_dir, tmp_path, connector):
    clock = Clock()
    clock.now = MORNING
    house, client = await start(data_dir, tmp_path, clock)
    said = await say(client, connector, "ne me rappelle plus", 1, locale="fr-FR")
    assert "brouillons laissés de côté" in said, said
    assert (await house.services.profiles.get(TENANT, ADMIN))["idle_reminders"] is False
    said = await say(client, connector, "réactiver les rappels", 2, locale="fr-FR")
    assert "à nouveau" in said, said
    assert (await house.services.profiles.get(TENANT, ADMIN))["idle_reminders"] is True
    await client.close()


async def test_inside_a_question_it_is_answered_and_the_question_asked_again(chat) -> None:
    from tests.dialogs.claim_support import EN, claim_at, get_claim

    claim_id = await claim_at(chat, EN, until="amount")
    replies = await chat.say("stop reminding me", locale=EN)
    said = "\n".join(reply.shown for reply in replies)
    assert "drafts left untouched" in said and "How much are you claiming" in said, said
    assert (await chat.services.profiles.get(TENANT, ADMIN))["idle_reminders"] is False
    await chat.say("9500", locale=EN)
    assert (await get_claim(chat, claim_id)).amount == 9500  # the question still answered


async def test_the_button_under_an_idle_reminder_stops_them(data_dir, tmp_path, connector):
    clock = Clock()
    clock.now = MORNING
    house, client = await start(data_dir, tmp_path, clock)
    await say(client, connector, "hello", 1)
    claim = await submitted_claim(house)
    await reminder(house, claim.id, "reminder.claim_deadline")
    await house.notifier.run_once()
    [deadline] = connector.take()
    titles = [a["title"] for a in deadline["attachments"][0]["content"]["actions"]]
    # A deadline's reminder: nothing to stop (it may be put off a day, as any reminder).
    assert titles == [f"Resume {claim.id}", "Remind me tomorrow"]
    await reminder(house, claim.id, "reminder.idle_draft")
    await house.notifier.run_once()
    [idle] = connector.take()
    [stop] = [
        a for a in idle["attachments"][0]["content"]["actions"]
        if a["title"] == "Stop reminders of idle drafts"
    ]  # fmt: skip
    click = teams_message(connector.url, None, value=stop["data"], number=2)
    await client.post("/api/messages", json=click)
    assert "drafts left untouched" in "\n".join(a.get("text") or "" for a in connector.take())
    assert (await house.services.profiles.get(TENANT, ADMIN))["idle_reminders"] is False
    await client.close()
