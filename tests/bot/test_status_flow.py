"""The whole status flow through the real app: a signed rejection reaches the chat as a
card, "Fix and resubmit" reopens the claim, and it is submitted again."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest

from domain.claim import Claim
from domain.evidence import Evidence, EvidenceKind
from domain.lifecycle import ClaimStatus, PlanStatus
from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT, TODAY
from tools.backoffice import sign

SECRET = "test-secret-value"


@pytest.fixture
async def served(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path, STATUS_WEBHOOK_SECRET=SECRET) as (client, house):
        async with FakeConnector() as connector:
            yield client, connector, house


async def submitted_claim(house, plan_id: str = "PLN-2026-000900") -> Claim:
    """A submitted claim on an approved plan, straight into storage."""
    services = house.services
    plan = await services.plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
    )
    campaign = plan.add_campaign()
    campaign.name, campaign.start_date, campaign.end_date = "Autumn", TODAY.replace(day=1), TODAY
    activity = plan.add_activity(campaign)
    activity.activity_type, activity.description = "tv_radio", "Radio spots"
    activity.countries, activity.planned_amount = ["FR"], Decimal(5000)
    plan.program, plan.period, plan.currency = "csp_indirect_reseller", "FY27 H1", "EUR"
    plan.status = PlanStatus.APPROVED
    plan = await services.plans.save_plan(plan)
    claim = await services.claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
    )
    claim.plan_id, claim.campaign_id, claim.activity_id = plan.id, campaign.id, activity.id
    claim.activity_type, claim.currency, claim.name = "tv_radio", "EUR", "Radio November"
    claim.execution_date, claim.amount, claim.impressions = TODAY, Decimal(4000), 1000
    claim.pre_approval_id, claim.evidence_done = "PA-1", True
    claim.evidence.append(
        Evidence(id="E1", kind=EvidenceKind.INVOICE, file_name="invoice.pdf", size=10,
                 sha256="a" * 64, stored_as="evidence/aa/" + "a" * 64)
    )  # fmt: skip
    claim.move_to(ClaimStatus.SUBMITTED, actor=ADMIN)
    return await services.claims.save(claim)


async def post_status(client, path: str, payload: dict) -> int:
    body = json.dumps(payload).encode()
    timestamp = str(int(time.time()))
    response = await client.post(
        path,
        data=body,
        headers={
            "Content-Type": "application/json",
            "X-Incentives-Timestamp": timestamp,
            "X-Incentives-Signature": sign(SECRET, timestamp, "POST", path, body),
        },
    )
    return response.status


def change(status: str, event: str, **extra) -> dict:
    return {"event_id": event, "status": status, "actor": "reviewer@example.com",
            "at": "2026-11-27T10:00:00Z", **extra}  # fmt: skip


async def test_a_rejection_reaches_the_chat_and_fix_and_resubmit_submits_again(served):
    client, connector, house = served
    # The partner has talked to the bot: the conversation reference is stored.
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "e1")) == 202
    reasons = [{"code": "amount", "message": "Amount differs from the invoice", "item": "amount"}]
    assert await post_status(client, path, change("Action required", "e2", reasons=reasons)) == 202
    await house.notifier.run_once()

    notices = [a for a in connector.take() if a.get("attachments")]
    shown = json.dumps(notices)
    assert "needs changes" in shown and "Amount differs from the invoice" in shown
    assert notices[-1]["_conversation"] == "a:chat-1"
    fix = next(
        action["data"]
        for action in notices[-1]["attachments"][0]["content"]["actions"]
        if action["data"].get("action") == "fix_claim"
    )

    # "Fix and resubmit": the claim reopens at the amount the reviewer pointed at.
    await client.post("/api/messages", json=teams_message(connector.url, None, fix, number=2))
    replies = json.dumps(connector.take())
    assert "open again" in replies and "How much are you claiming" in replies
    assert (await house.services.claims.get(TENANT, claim.id)).status is ClaimStatus.EDITING

    await client.post("/api/messages", json=teams_message(connector.url, "3 900", number=3))
    replies = connector.take()
    review = next(a for a in replies if "Check of" in json.dumps(a))
    submit = next(
        action["data"]
        for action in review["attachments"][0]["content"]["actions"]
        if action["data"].get("answer") in ("submit", "submit_anyway")
    )
    await client.post("/api/messages", json=teams_message(connector.url, None, submit, number=4))
    assert "Claim submitted" in json.dumps(connector.take())
    stored = await house.services.claims.get(TENANT, claim.id)
    assert stored.status is ClaimStatus.SUBMITTED and str(stored.amount) == "3900.00"

    await client.post(
        "/api/messages", json=teams_message(connector.url, "what's my claim status?", number=5)
    )
    answer = json.dumps(connector.take())
    assert claim.id in answer and "was submitted on" in answer


async def test_a_notice_is_delivered_once_despite_throttling_and_errors(served):
    client, connector, house = served
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    house.notifier.base_delay_seconds = 0
    assert await post_status(client, f"/api/claims/{claim.id}/status",
                             change("Under review", "u1")) == 202  # fmt: skip
    connector.failures = [(429, "0"), (500, None)]
    for _ in range(4):
        await house.notifier.run_once()
    notices = [a for a in connector.take() if a.get("attachments")]
    assert len(notices) == 1 and "under review" in json.dumps(notices)
    assert connector.refused == 2
    assert (await house.services.outbox.counts())["pending"] == 0


async def test_a_french_partner_reads_the_rejection_reasons_in_french_in_the_status_answer(
    served,
):
    client, connector, house = served
    claim = await submitted_claim(house)
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "f1")) == 202
    reasons = [
        {"code": "missing_invoice", "message": "No invoice", "item": "invoice"},
        {"code": "custom_check", "message": "Logo *too small*", "item": None},
    ]
    assert await post_status(client, path, change("Rejected", "f2", reasons=reasons)) == 202

    question = teams_message(connector.url, "où en est ma réclamation ?", locale="fr-FR")
    await client.post("/api/messages", json=question)
    answer = " ".join(a.get("text") or "" for a in connector.take())
    # A known code in French, the reviewer's words quoted and labelled as theirs (escaped).
    assert "Facture ou CSR manquant" in answer, answer
    assert "le réviseur a écrit" in answer
    assert "No invoice" in answer and "\\*too small\\*" in answer
    assert "Motifs indiqués : No invoice" not in answer
