"""Two turns at once: a double-clicked Submit, two devices, two people on one plan."""

from __future__ import annotations

import asyncio
import json

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import served, submitted_claim  # noqa: F401 - fixture
from tests.support import ADMIN, TENANT, Chat


async def test_a_double_clicked_submit_submits_once_and_answers_clearly(served):  # noqa: F811
    client, connector, house = served
    claim = await submitted_claim(house)
    # Put it back to a draft at its check card, as a partner would have it.
    claim.status = ClaimStatus.EDITING
    claim.history = claim.history[:1]
    claim = await house.services.claims.save(claim)
    await client.post(
        "/api/messages", json=teams_message(connector.url, f"continue my claim {claim.id}")
    )
    review = next(a for a in connector.take() if "Check of" in json.dumps(a))
    submit = next(
        action["data"]
        for action in review["attachments"][0]["content"]["actions"]
        if action["data"].get("answer") in ("submit", "submit_anyway")
    )
    first, second = await asyncio.gather(
        client.post("/api/messages", json=teams_message(connector.url, None, submit, number=2)),
        client.post("/api/messages", json=teams_message(connector.url, None, submit, number=3)),
    )
    assert {first.status, second.status} <= {200, 201, 202}
    sent = connector.take()
    shown = json.dumps(sent)
    receipts = [a for a in sent if "Claim submitted" in json.dumps(a.get("attachments"))]
    assert len(receipts) == 1
    assert "already submitted" in shown
    assert "went wrong" not in shown
    stored = await house.services.claims.get(TENANT, claim.id)
    assert stored.status is ClaimStatus.SUBMITTED
    assert [h.status for h in stored.history if h.event == "status"] == ["Submitted"]


async def test_the_later_of_two_writers_is_told_the_plan_changed_and_shown_it(storage, tmp_path):
    ada = Chat(storage)
    await ada.seed_roles(tmp=tmp_path)
    await ada.say("new plan")
    plan_id = (await ada.services.plans.list_plans(TENANT))[0].id
    await ada.say("1234567")

    # Someone else saves the plan between Ada's read and her write (same tenant).
    plans = ada.services.plans
    original_get = plans.get

    calls = []

    async def stale_then_real(tenant_id, item_id):
        plan = await original_get(tenant_id, item_id)
        calls.append(item_id)
        # The answer is checked on one read and applied on the next: race the second.
        if len(calls) == 2:
            other = plan.model_copy(deep=True)
            other.market = "BE"
            await plans.save(other)  # the other writer wins the race
        return plan

    plans.get = stale_then_real
    replies = await ada.say("hosting")
    plans.get = original_get
    shown = "\n".join(r.shown for r in replies)
    assert "changed" in shown and plan_id in shown
    assert "Which program" in shown  # asked again, over the current version
    current = await plans.get(TENANT, plan_id)
    assert current.market == "BE" and current.program is None  # nothing overwritten
    assert current.status is PlanStatus.EDITING and current.owner_id == ADMIN
