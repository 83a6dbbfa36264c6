"""Over HTTP with the real app: a signed rejection pointing at the invoice reaches the chat
in the partner's language; "Fix and resubmit" makes a copy whose checklist and check mark
that invoice ❌ and offer no submit; the invoice replaced, the check says the reviewer's
reason is answered and the copy is submitted."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from dialogs.attachments import TEAMS_FILE
from domain.claim import Claim
from domain.lifecycle import ClaimStatus
from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import SECRET, change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.dialogs.claim_support import FileServer, flat
from tests.support import TENANT

REASON = {"code": "invalid_invoice", "message": "Not a third-party invoice", "item": "E1"}


@pytest.fixture
async def served(data_dir, tmp_path):
    # Its files are stand-ins, not invoices to read (that is tests/dialogs/test_snap_to_claim).
    environment = {
        "STATUS_WEBHOOK_SECRET": SECRET,
        "EVIDENCE_ALLOW_HTTP_LOOPBACK": "true",
        "INVOICE_READING": "false",
    }
    async with admin_app(data_dir, tmp_path, **environment) as (client, house):
        async with FakeConnector() as connector, FileServer() as files:
            yield SimpleNamespace(client=client, connector=connector, house=house, files=files)


class Partner:
    """Ada's personal chat over HTTP, in her language."""

    def __init__(self, env, locale: str) -> None:
        self.env, self.locale, self.number = env, locale, 100

    async def send(self, text=None, value=None, attachments=None) -> list[dict]:
        self.number += 1
        activity = teams_message(
            self.env.connector.url, text, value, locale=self.locale, number=self.number
        )
        if attachments:
            activity["attachments"] = attachments
        response = await self.env.client.post("/api/messages", json=activity)
        assert response.status in (200, 201, 202)
        return self.env.connector.take()


def cards(sent: list[dict]) -> list[dict]:
    return [a["attachments"][0]["content"] for a in sent if a.get("attachments")]


def texts_of(card: dict) -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                found.append(flat(node["text"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


def action(card: dict, answer: str | None = None, title: str | None = None) -> dict:
    for candidate in card.get("actions", []):
        data = candidate["data"]
        if title is not None and candidate["title"] == title:
            return dict(data)
        if answer is not None and data.get("answer") == answer:
            return dict(data)
    raise AssertionError(json.dumps(card, ensure_ascii=False))


async def rejected_claim(house) -> Claim:
    """The status flow's submitted claim, on a tenant whose funds are known."""
    await house.services.funds.seed(
        {"tenants": {TENANT: [{"program": "csp_indirect_reseller", "period": "FY27 H1",
                               "currency": "EUR", "earned": "40000"}]}}
    )  # fmt: skip
    return await submitted_claim(house)


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_rejected_invoice_is_replaced_on_the_copy_before_it_can_be_resubmitted(
    served, locale: str
) -> None:
    fr = locale.startswith("fr")
    ada = Partner(served, locale)
    await ada.send("bonjour" if fr else "hello")
    claim = await rejected_claim(served.house)
    path = f"/api/claims/{claim.id}/status"
    client = served.client
    assert await post_status(client, path, change("Under review", "e1")) == 202
    assert await post_status(client, path, change("Rejected", "e2", reasons=[REASON])) == 202
    await served.house.notifier.run_once()

    notice = cards(served.connector.take())[-1]  # after the "under review" one
    shown = flat(json.dumps(notice, ensure_ascii=False))
    if fr:
        assert "Facture non valable (le réviseur a écrit : « Not a third-party invoice »)" in shown
        assert "Invoice not valid" not in shown
    else:
        assert "Invoice not valid (the reviewer wrote: “Not a third-party invoice”)" in shown

    # Fix and resubmit: the copy's checklist marks the rejected invoice ❌.
    sent = await ada.send(value=action(notice, title="Corriger et soumettre à nouveau" if fr
                                       else "Fix and resubmit"))  # fmt: skip
    copy_id = await served.house.services.claims.made_from(TENANT, claim.id, "fix")
    assert copy_id is not None and copy_id != claim.id
    menu = texts_of(cards(sent)[-1])
    assert any(line.startswith("❌") and "invoice.pdf" in line for line in menu), menu

    # Its check: the reviewer's reason blocks, no submit is offered.
    check = cards(await ada.send("terminé" if fr else "done"))[-1]
    assert "Not a third-party invoice" in json.dumps(check, ensure_ascii=False)
    answers = {a["data"].get("answer") for a in check["actions"]}
    assert not {"submit", "submit_anyway"} & answers

    # Replace the invoice: the corrected one added, the rejected one removed.
    await ada.send(value=action(check, answer="add_evidence"))
    name = "invoice-corrected.pdf"
    attachment = {
        "contentType": TEAMS_FILE,
        "name": name,
        "content": {"downloadUrl": served.files.url(name), "fileType": "pdf"},
    }
    await ada.send(attachments=[attachment])
    await ada.send("facture" if fr else "invoice")
    check = cards(await ada.send("terminé" if fr else "done"))[-1]
    review = {k: v for k, v in action(check, answer="save").items() if k != "answer"}
    check = cards(await ada.send(value={**review, "answer": "remove:E1"}))[-1]
    lines = texts_of(check)
    answered = (
        "traité : remplacement de « invoice.pdf » par « invoice-corrected.pdf »"
        if fr
        else "answered: invoice.pdf replaced by invoice-corrected.pdf"
    )
    assert any(answered in line for line in lines), lines
    sent = await ada.send(value=action(check, answer="submit"))
    assert ("Réclamation soumise" if fr else "Claim submitted") in json.dumps(
        sent, ensure_ascii=False
    )
    copy = await served.house.services.claims.get(TENANT, copy_id)
    assert copy.status is ClaimStatus.SUBMITTED
    assert [e.file_name for e in copy.evidence] == [name]
