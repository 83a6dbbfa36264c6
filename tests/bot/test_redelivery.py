"""A redelivered activity does nothing twice (over the real app and CloudAdapter).

Teams delivers an activity again, with the same id, when the answer took over 15 s: while
the first delivery still runs, or after it finished. The second is acknowledged and does
nothing: no second plan, evidence item or claim copy, no second answer. Also when it
reaches another bot instance on the same store after the first finished.
"""

from __future__ import annotations

import asyncio
import json
import re
from types import SimpleNamespace

import pytest
from botbuilder.core import ConversationState

from bot.teams_bot import IncentivesBot
from dialogs.attachments import TEAMS_FILE
from dialogs.main_dialog import MainDialog
from domain.lifecycle import ClaimStatus
from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.dialogs.claim_support import SEMINAR_EN, FileServer, approved_plan, seed_funds
from tests.support import ADMIN, TENANT, TODAY

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def served(data_dir, tmp_path):
    environment = {"EVIDENCE_ALLOW_HTTP_LOOPBACK": "true"}
    async with admin_app(data_dir, tmp_path, **environment) as (client, house):
        async with FakeConnector() as connector, FileServer() as files:
            yield SimpleNamespace(client=client, connector=connector, house=house, files=files)


class Partner:
    """Ada's personal chat over HTTP; each message gets the next activity id."""

    def __init__(self, env) -> None:
        self.env, self.number = env, 100

    async def post(self, activity: dict) -> int:
        response = await self.env.client.post("/api/messages", json=activity)
        return response.status

    def message(self, text=None, value=None, attachments=None) -> dict:
        self.number += 1
        activity = teams_message(self.env.connector.url, text, value, number=self.number)
        if attachments:
            activity["attachments"] = attachments
        return activity

    async def say(self, text=None, value=None, attachments=None) -> list[dict]:
        assert await self.post(self.message(text, value, attachments)) in (200, 201, 202)
        return self.env.connector.take()


def shown(sent: list[dict]) -> str:
    return json.dumps(sent, ensure_ascii=False)


def answered_once(sent: list[dict]) -> None:
    """No message twice, and none of the answers a second run of the turn would give."""
    said = [json.dumps([a.get("text"), a.get("attachments")]) for a in sent]
    assert len(said) == len(set(said)), said
    for second_run in ("You're working on", "expecting a file", "already fixed", "out of date"):
        assert second_run not in shown(sent), shown(sent)


async def test_the_same_activity_twice_answers_once_and_makes_one_plan(served):
    ada = Partner(served)
    activity = ada.message("new plan")
    assert await ada.post(activity) in (200, 201, 202)
    first = served.connector.take()
    assert "PLN-2026-" in shown(first)

    assert await ada.post(activity) in (200, 201, 202)  # redelivered after it finished
    assert served.connector.take() == []
    assert len(await served.house.services.plans.summaries(TENANT)) == 1


async def test_a_redelivery_while_the_first_still_runs_answers_once(served):
    ada = Partner(served)
    activity = ada.message("new plan")
    statuses = await asyncio.gather(ada.post(activity), ada.post(activity))
    assert all(status in (200, 201, 202) for status in statuses)
    sent = served.connector.take()
    assert shown(sent).count("I've started draft") == 1
    answered_once(sent)
    assert len(await served.house.services.plans.summaries(TENANT)) == 1


async def test_a_redelivered_evidence_file_adds_one_item(served):
    services = served.house.services
    holder = SimpleNamespace(services=services, today=TODAY)
    await seed_funds(holder)
    await approved_plan(holder)
    ada = Partner(served)
    replies = await ada.say("new claim")
    [claim_id] = set(re.findall(r"CLM-\d{4}-\d{6}", shown(replies)))
    for _field, typed in SEMINAR_EN:
        await ada.say(typed)
    name = "invoice.pdf"
    attachment = {
        "contentType": TEAMS_FILE,
        "name": name,
        "content": {"downloadUrl": served.files.url(name), "fileType": "pdf"},
    }
    activity = ada.message(attachments=[attachment])
    served.connector.take()
    await asyncio.gather(ada.post(activity), ada.post(activity))
    assert await ada.post(activity) in (200, 201, 202)
    answered_once(served.connector.take())
    claim = await services.claims.get(TENANT, claim_id)
    assert [e.file_name for e in claim.evidence] == [name]
    assert served.files.hits.count(f"f/{name}") == 1


async def test_a_redelivered_fix_click_makes_one_copy_and_answers_once(served):
    services = served.house.services
    holder = SimpleNamespace(services=services, today=TODAY)
    await seed_funds(holder)
    plan = await approved_plan(holder)
    claim = await services.claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
    )
    claim.plan_id, claim.name = plan.id, "Radio November"
    for move in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED):
        claim.move_to(move, actor="reviewer@microsoft.com")
    claim = await services.claims.save(claim)
    ada = Partner(served)
    activity = ada.message(value={"action": "fix_claim", "claim_id": claim.id})

    await asyncio.gather(ada.post(activity), ada.post(activity))
    await ada.post(activity)

    sent = served.connector.take()
    assert shown(sent).count("so I started") == 1
    answered_once(sent)
    assert len(await services.claims.summaries(TENANT)) == 2


async def test_another_instance_on_the_same_store_does_not_run_it_again(served):
    ada = Partner(served)
    await ada.say("new plan")
    activity = ada.message("1234567")
    assert await ada.post(activity) in (200, 201, 202)
    assert "Which program" in shown(served.connector.take())

    # A second instance (nothing in memory of the first) receives the redelivery.
    house = served.house
    house.bot = IncentivesBot(
        ConversationState(house.storage), MainDialog(house.services), house.services.profiles
    )
    assert await ada.post(activity) in (200, 201, 202)
    assert served.connector.take() == []
    # And the conversation goes on there.
    assert "Which market" in shown(await ada.say("hosting"))


async def test_a_turn_that_changes_nothing_adds_no_state_write(storage, tmp_path):
    """The handled ids ride on the turn's own state write; a read-only turn gets none."""
    from tests.support import Chat

    chat = Chat(storage)
    await chat.seed_roles(tmp=tmp_path)
    await chat.say("my plans")  # the conversation's first state is written once
    written: list[str] = []
    original = storage.write

    async def counting_write(changes):
        written.extend(changes)
        return await original(changes)

    storage.write = counting_write
    await chat.say("my plans")
    await chat.say("what's my claim status?")
    assert [key for key in written if "conversations" in key] == []
    # A turn that starts a dialog writes the state once, carrying its activity id.
    replies = await chat.say("new plan")
    state_keys = [key for key in written if "conversations" in key]
    assert len(state_keys) == 1
    stored = (await storage.read(state_keys))[state_keys[0]]
    assert stored["HandledActivities"][-1] == replies[0].activity.reply_to_id
