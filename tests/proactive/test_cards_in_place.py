"""Cards stay true: a status change updates the card already in the partner's chat (PUT
…/activities/{id} at the connector) and is a new message only when there is something to do.

Over HTTP with the real app, the real adapter and the loopback connector."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest

from domain.evidence import Evidence, EvidenceKind
from storage.cards import SentCard
from tests.bot.served import admin_app
from tests.bot.test_fix_rejected_over_http import Partner
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import SECRET, change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT, TODAY

REASON = {"code": "invalid_invoice", "message": "Not a third-party invoice", "item": "E1"}


@pytest.fixture
async def served(data_dir, tmp_path):
    environment = {"STATUS_WEBHOOK_SECRET": SECRET, "INVOICE_READING": "false"}
    async with admin_app(data_dir, tmp_path, **environment) as (client, house):
        async with FakeConnector() as connector:
            yield SimpleNamespace(client=client, connector=connector, house=house)


def title_of(activity: dict) -> str:
    return activity["attachments"][0]["content"]["body"][0]["text"]


def buttons_of(activity: dict) -> list[str]:
    return [a["title"] for a in activity["attachments"][0]["content"].get("actions", [])]


async def draft_ready_to_submit(house):
    """The status flow's claim, still a draft, on a tenant whose funds are known."""
    await house.services.funds.seed(
        {"tenants": {TENANT: [{"program": "csp_indirect_reseller", "period": "FY27 H1",
                               "currency": "EUR", "earned": "40000"}]}}
    )  # fmt: skip
    submitted = await submitted_claim(house)
    claim = await house.services.claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
    )
    for name in ("plan_id", "campaign_id", "activity_id", "activity_type", "currency",
                 "execution_date", "impressions", "pre_approval_id"):  # fmt: skip
        setattr(claim, name, getattr(submitted, name))
    claim.name, claim.amount, claim.evidence_done = "Radio December", Decimal(1000), True
    claim.evidence.append(
        Evidence(id="E1", kind=EvidenceKind.INVOICE, file_name="invoice-2.pdf", size=10,
                 sha256="b" * 64, stored_as="evidence/bb/" + "b" * 64)
    )  # fmt: skip
    return await house.services.claims.save(claim)


async def move(served, claim_id: str, status: str, event: str, **extra) -> None:
    path = f"/api/claims/{claim_id}/status"
    assert await post_status(served.client, path, change(status, event, **extra)) == 202
    await served.house.notifier.run_once()


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_the_receipt_turns_under_review_then_rejected_in_place(served, locale):
    fr = locale.startswith("fr")
    ada = Partner(served, locale)
    await ada.send("bonjour" if fr else "hello")
    claim = await draft_ready_to_submit(served.house)
    shown = await ada.send(value={"action": "continue_claim", "claim_id": claim.id})
    check = [a for a in shown if a.get("attachments")][-1]
    actions = check["attachments"][0]["content"]["actions"]
    submit = next(a["data"] for a in actions if a["data"].get("answer") == "submit")
    sent = await click(served, locale, dict(submit), check["_id"], number=150)
    receipt = [a for a in sent if a.get("attachments")][-1]
    assert ("Réclamation soumise" if fr else "Claim submitted") in json.dumps(
        receipt, ensure_ascii=False
    )
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    assert kept is not None and kept.status == "Submitted"
    receipt_id = kept.activity_id
    assert receipt_id == receipt["_id"]  # the id the connector answered the send with
    # The check card whose Submit was clicked: one line, no buttons left to click again.
    [closed] = served.connector.updates
    assert closed["_updated"] == check["_id"] and buttons_of(closed) == []
    assert (f"Soumission de {claim.id} faite" if fr else f"{claim.id} submitted") in title_of(
        closed
    )
    served.connector.updates.clear()

    # Under review: the receipt shows it, and nobody is pinged.
    await move(served, claim.id, "Under review", "r1")
    assert served.connector.take() == []
    [update] = served.connector.updates
    assert update["_updated"] == receipt_id and update["_conversation"] == "a:chat-1"
    assert ("en cours d'examen" if fr else "under review") in title_of(update)
    assert buttons_of(update) == []

    # Rejected: something to do, so a new message with the reasons and the buttons; the
    # receipt shows "Rejected" too, its status line only (one set of buttons in the chat).
    served.connector.updates.clear()
    await move(served, claim.id, "Rejected", "r2", reasons=[REASON])
    [notice] = served.connector.take()
    assert buttons_of(notice) == (
        ["Corriger et soumettre à nouveau", "Contester"] if fr else ["Fix and resubmit", "Dispute"]
    )
    [update] = served.connector.updates
    assert update["_updated"] == receipt_id
    assert ("refusée" if fr else "rejected") in title_of(update)
    assert buttons_of(update) == []
    shown = json.dumps(update, ensure_ascii=False)
    assert "Not a third-party invoice" not in shown  # said once, in the new message
    assert ("ci-dessous" if fr else "in the message below") in shown
    assert "Not a third-party invoice" in json.dumps(notice, ensure_ascii=False)
    # The notice is now the card that shows the claim.
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    assert kept.status == "Rejected" and kept.activity_id != receipt_id


async def test_a_deleted_card_is_replaced_by_a_new_message_and_nothing_is_lost(served):
    ada = Partner(served, "en-US")
    await ada.send("hello")
    claim = await submitted_claim(served.house)
    gone = SentCard("reply-gone", "a:chat-1", "Submitted")
    await served.house.services.cards.keep(TENANT, claim.id, ADMIN, gone)
    served.connector.deleted.add("reply-gone")

    await move(served, claim.id, "Under review", "d1")
    [notice] = served.connector.take()  # the update was answered 404: sent anew
    assert "under review" in title_of(notice)
    assert served.connector.updates == []
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    assert kept.activity_id != "reply-gone" and kept.status == "Under review"

    await move(served, claim.id, "Approved", "d2")  # the new card is the one updated now
    assert [u["_updated"] for u in served.connector.updates] == [kept.activity_id]
    assert ["approved" in title_of(a) for a in served.connector.take()] == [True]


async def test_a_throttled_update_is_made_later_once_and_pings_no_one(served):
    ada = Partner(served, "en-US")
    await ada.send("hello")
    claim = await submitted_claim(served.house)
    await served.house.services.cards.keep(
        TENANT, claim.id, ADMIN, SentCard("reply-receipt", "a:chat-1", "Submitted")
    )
    served.connector.failures = [(429, "0")]
    await move(served, claim.id, "Under review", "t1")
    assert served.connector.updates == [] and served.connector.take() == []
    served.house.notifier.clock = _five_minutes_later
    await served.house.notifier.run_once()
    assert [u["_updated"] for u in served.connector.updates] == ["reply-receipt"]
    assert served.connector.take() == []
    await served.house.notifier.run_once()
    assert len(served.connector.updates) == 1  # delivered: never again
    health = await (await served.client.get("/healthz")).json()
    assert health["outbox"]["dead"] == 0


async def test_a_card_in_another_chat_is_not_updated_a_new_message_is_sent(served):
    ada = Partner(served, "en-US")
    await ada.send("hello")
    claim = await submitted_claim(served.house)
    old = SentCard("reply-old", "a:old-chat", "Submitted")  # before the app was reinstalled
    await served.house.services.cards.keep(TENANT, claim.id, ADMIN, old)
    await move(served, claim.id, "Under review", "o1")
    assert served.connector.updates == []
    assert ["under review" in title_of(a) for a in served.connector.take()] == [True]


def _five_minutes_later() -> datetime:
    return datetime.now(UTC) + timedelta(minutes=5)


async def rejected_with_notice(served, locale: str, event: str):
    """Ada in her chat; a claim of hers rejected by the back office: (claim, the notice)."""
    ada = Partner(served, locale)
    await ada.send("bonjour" if locale.startswith("fr") else "hello")
    claim = await submitted_claim(served.house)
    await move(served, claim.id, "Under review", f"{event}0")
    served.connector.take()
    await move(served, claim.id, "Rejected", f"{event}1", reasons=[REASON])
    [notice] = served.connector.take()
    return ada, claim, notice


async def click(served, locale: str, value: dict, reply_to: str, number: int) -> list[dict]:
    """A button of the card `reply_to` clicked (Teams names the card in replyToId)."""
    activity = teams_message(served.connector.url, None, value, locale=locale, number=number)
    activity["replyToId"] = reply_to
    response = await served.client.post("/api/messages", json=activity)
    assert response.status in (200, 201, 202)
    return served.connector.take()


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_fix_clicked_on_a_rejection_turns_it_read_only_saying_what_was_done(served, locale):
    fr = locale.startswith("fr")
    _ada, claim, notice = await rejected_with_notice(served, locale, "f")
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    fix = next(a["data"] for a in notice["attachments"][0]["content"]["actions"])
    served.connector.updates.clear()

    await click(served, locale, dict(fix), kept.activity_id, number=201)
    copy_id = await served.house.services.claims.made_from(TENANT, claim.id, "fix")
    [update] = served.connector.updates
    assert update["_updated"] == kept.activity_id
    assert buttons_of(update) == []
    shown = json.dumps(update, ensure_ascii=False)
    assert (f"En cours de correction sous **{copy_id}**" if fr
            else f"Being fixed as **{copy_id}**") in shown  # fmt: skip
    assert "Not a third-party invoice" in shown  # the reasons stay on the card

    # A second click (a redelivery, or an old client) changes nothing more.
    served.connector.updates.clear()
    await click(served, locale, dict(fix), kept.activity_id, number=202)
    assert [u["_updated"] for u in served.connector.updates] in ([], [kept.activity_id])


async def test_a_click_naming_another_message_changes_no_card(served):
    _ada, claim, notice = await rejected_with_notice(served, "en-US", "g")
    fix = next(a["data"] for a in notice["attachments"][0]["content"]["actions"])
    served.connector.updates.clear()
    await click(served, "en-US", dict(fix), "reply-1", number=301)  # not the notice: forged
    assert served.connector.updates == []
    assert await served.house.services.claims.made_from(TENANT, claim.id, "fix") is not None


async def test_an_update_the_channel_fails_goes_out_as_a_new_message_at_once(served):
    """An update the channel cannot make (501 here; a 5xx is first retried by the connector
    client) must not hold the notice back through back-offs until it is parked: the partner
    gets it as a new message now."""
    ada = Partner(served, "en-US")
    await ada.send("hello")
    claim = await submitted_claim(served.house)
    await served.house.services.cards.keep(
        TENANT, claim.id, ADMIN, SentCard("reply-receipt", "a:chat-1", "Submitted")
    )
    served.connector.failures = [(501, None)]  # the update's answer
    await move(served, claim.id, "Under review", "u1")
    assert ["under review" in title_of(a) for a in served.connector.take()] == [True]
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    assert kept.activity_id != "reply-receipt" and kept.status == "Under review"


async def test_a_dispute_turns_the_rejection_read_only_once_its_reason_is_given(served):
    ada, claim, notice = await rejected_with_notice(served, "en-US", "p")
    kept = await served.house.services.cards.get(TENANT, claim.id, ADMIN)
    actions = notice["attachments"][0]["content"]["actions"]
    dispute = next(a["data"] for a in actions if a["data"]["action"] == "dispute_claim")
    served.connector.updates.clear()
    await click(served, "en-US", dict(dispute), kept.activity_id, number=401)
    assert served.connector.updates == []  # asked why: nothing disputed yet, buttons kept
    await ada.send("The invoice is from Contoso, a third party: see page 2.")
    [update] = served.connector.updates
    assert update["_updated"] == kept.activity_id and buttons_of(update) == []
    assert "Disputed: a decision is expected" in json.dumps(update, ensure_ascii=False)
