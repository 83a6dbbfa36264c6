"""Fixing a claim the reviewer turned down: the reviewer's reasons stay on the claim, as
blocking findings on what they point at, until that item is replaced or removed or the
field changed; the check says which change answered which reason.

The claim is submitted through the chat; the reviewer's decision goes through the
status service (as the back-office API applies it); "Fix and resubmit" is clicked.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dialogs.messages import to_activity
from domain.lifecycle import ClaimStatus
from storage.status_changes import ReasonIn, StatusChange, StatusService
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    add_file,
    approved_plan,
    buttons,
    flat,
    get_claim,
    is_french,
    last_card,
    seed_funds,
    seen,
    seminar_claim_to_check,
    texts,
)
from tests.support import TENANT, Chat, Reply
from views.notice_cards import claim_notice

INVOICE_REASON = {
    "code": "invalid_invoice",
    "message": "The invoice is not from a third party",
    "item": "E1",
}


def lines_of(reply: Reply) -> list[str]:
    """Every TextBlock of the card, flattened."""
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                found.append(flat(node.get("text", "")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(reply.card or {})
    return found


def review_target(reply: Reply) -> dict:
    """The card's answer data with no answer (as the drop-down's button sends it)."""
    for action in (reply.card or {}).get("actions", []):
        data = dict(action["data"])
        if data.get("field") == "claim.review":
            data.pop("answer", None)
            return data
    raise AssertionError(reply.shown)


async def decide(chat: Chat, claim_id: str, status: str, reasons: list[dict], event: str) -> None:
    service = StatusService(
        chat.services.plans, chat.services.claims, chat.services.outbox, chat.storage
    )
    change = StatusChange(
        event_id=event,
        status=status,
        reasons=[ReasonIn(**reason) for reason in reasons],
        actor="reviewer@microsoft.com",
        at=datetime.now(UTC),
    )
    assert (await service.apply("claim", claim_id, change)).outcome == "accepted"


async def submitted_seminar(chat: Chat, files: FileServer, locale: str) -> str:
    await seed_funds(chat)
    await approved_plan(chat)
    claim_id, check = await seminar_claim_to_check(chat, files, locale)
    submit = "Soumettre la réclamation" if is_french(locale) else "Submit claim"
    await chat.click(last_card(check).submit_data(submit))
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED
    await decide(chat, claim_id, "Under review", [], "review-" + claim_id)
    return claim_id


async def copy_of(chat: Chat, rejected_id: str) -> str:
    copy_id = await chat.services.claims.made_from(TENANT, rejected_id, "fix")
    assert copy_id is not None
    return copy_id


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_rejected_invoice_blocks_the_copy_until_it_is_replaced(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    rejected_id = await submitted_seminar(chat, files, locale)
    await decide(chat, rejected_id, "Rejected", [INVOICE_REASON], "reject-1")

    replies = await chat.click({"action": "fix_claim", "claim_id": rejected_id})
    copy_id = await copy_of(chat, rejected_id)
    # The copy's evidence checklist: the invoice the reviewer rejected is ❌, not ✅.
    menu = lines_of(last_card(replies))
    # The file's own line (the hint below the list names it too: "remove invoice.pdf").
    hint = "supprimer invoice.pdf" if fr else "remove invoice.pdf"
    [invoice_line] = [line for line in menu if "invoice.pdf" in line and hint not in line]
    assert invoice_line.startswith("❌"), menu
    requirement = "Facture d'un tiers ou CSR" if fr else "Third-party invoice or CSR"
    [requirement_line] = [line for line in menu if line.endswith(requirement)]
    assert requirement_line.startswith("❌"), menu

    # The check: a blocking finding in the reviewer's terms, and nothing to submit with.
    check = last_card(await chat.say("terminé" if fr else "done"))
    shown_check = flat(check.shown)
    assert "Rien qu'un réviseur refuserait" not in shown_check
    assert "Nothing a reviewer would reject" not in shown_check
    blocking = "Ce qu'un réviseur refuserait" if fr else "What a reviewer would reject"
    assert blocking in shown_check
    if fr:
        assert "Facture non valable" in shown_check
        assert "le réviseur a écrit : « The invoice is not from a third party »" in shown_check
    else:
        assert "Invoice not valid" in shown_check
        assert "the reviewer wrote: “The invoice is not from a third party”" in shown_check
    assert not {"Submit claim", "Submit anyway", "Soumettre la réclamation",
                "Soumettre quand même"} & set(buttons(check))  # fmt: skip
    assert not {"submit", "submit_anyway"} & set(check.choice_values())
    typed = texts(await chat.say("soumettre" if fr else "submit"))
    assert copy_id in typed and "⛔" in typed
    assert (await get_claim(chat, copy_id)).status is ClaimStatus.EDITING

    # Replace the invoice: add the corrected one, then remove the rejected one.
    await chat.click(review_target(check), answer="add_evidence")
    await add_file(chat, files, "invoice-third-party.pdf", "facture" if fr else "invoice")
    check = last_card(await chat.say("terminé" if fr else "done"))
    assert not {"Submit claim", "Soumettre la réclamation"} & set(buttons(check))  # still there
    # A replacement is attached: the next step offered first is removing the rejected file.
    remove = (
        "Supprimer Facture d'un tiers : invoice.pdf"
        if fr
        else "Remove Third-party invoice: invoice.pdf"
    )
    assert buttons(check)[0] == remove, buttons(check)
    check = last_card(await chat.click(check.submit_data(remove)))
    answered = [line for line in lines_of(check) if "invoice-third-party.pdf" in line]
    if fr:
        assert any(
            "Facture non valable" in line
            and "traité : remplacement de « invoice.pdf » par « invoice-third-party.pdf »" in line
            for line in answered
        ), lines_of(check)
    else:
        assert any(
            "Invoice not valid" in line
            and "answered: invoice.pdf replaced by invoice-third-party.pdf" in line
            for line in answered
        ), lines_of(check)
    submit = "Soumettre la réclamation" if fr else "Submit claim"
    assert buttons(check)[0] == submit
    await chat.click(check.submit_data(submit))
    assert (await get_claim(chat, copy_id)).status is ClaimStatus.SUBMITTED


async def test_sending_the_rejected_file_again_does_not_answer_the_reason(
    chat: Chat, files: FileServer
) -> None:
    rejected_id = await submitted_seminar(chat, files, EN)
    await decide(chat, rejected_id, "Rejected", [INVOICE_REASON], "reject-1")
    await chat.click({"action": "fix_claim", "claim_id": rejected_id})
    check = last_card(await chat.say("done"))
    check = last_card(await chat.click(review_target(check), answer="remove:E1"))
    await chat.click(review_target(check), answer="add_evidence")
    await add_file(chat, files, "invoice.pdf", "invoice")  # the very file rejected
    check = last_card(await chat.say("done"))
    assert "the reviewer wrote: “The invoice is not from a third party”" in check.shown
    assert "Submit claim" not in buttons(check)
    [again] = [line for line in lines_of(check) if line.startswith("❌") and "invoice.pdf" in line]
    assert again


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_questioned_amount_blocks_until_it_is_changed(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    claim_id = await submitted_seminar(chat, files, locale)
    reason = {"code": "amount_mismatch", "message": "Invoice says 9,700", "item": "amount"}
    await decide(chat, claim_id, "Action required", [reason], "changes-1")

    await chat.click({"action": "fix_claim", "claim_id": claim_id})
    # The same amount again does not answer the reviewer.
    check = last_card(await chat.say("9 800,50" if fr else "9,800.50"))
    name = (
        "Le montant ne correspond pas à la facture" if fr else "Amount does not match the invoice"
    )
    assert name in flat(check.shown)
    assert not {"Submit claim", "Soumettre la réclamation"} & set(buttons(check))

    await chat.click(review_target(check), answer="edit:amount")
    check = last_card(await chat.say("9 700" if fr else "9,700"))
    lines = [line for line in lines_of(check) if name in line]
    change = (
        "traité : changement de montant : 9 800,50 EUR → 9 700,00 EUR"
        if fr
        else "answered: amount changed from EUR 9,800.50 to EUR 9,700.00"
    )
    assert any(change in line for line in lines), lines_of(check)
    submit = "Soumettre la réclamation" if fr else "Submit claim"
    await chat.click(check.submit_data(submit))
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_reason_about_the_whole_claim_stays_until_the_partner_says_it_is_dealt_with(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    rejected_id = await submitted_seminar(chat, files, locale)
    reason = {"code": "needs_signature", "message": "Have the CSR signed by your manager"}
    await decide(chat, rejected_id, "Rejected", [reason], "reject-2")
    await chat.click({"action": "fix_claim", "claim_id": rejected_id})
    copy_id = await copy_of(chat, rejected_id)
    check = last_card(await chat.say("terminé" if fr else "done"))
    words = (
        "Reste à traiter : le réviseur a écrit : « Have the CSR signed by your manager »"
        if fr
        else "Still to deal with: the reviewer wrote: “Have the CSR signed by your manager”"
    )
    assert words in flat(check.shown)
    dealt = "C'est fait" if fr else "I've dealt with it"
    assert buttons(check)[0] == dealt
    assert "Submit claim" not in buttons(check)
    check = last_card(await chat.click(check.submit_data(dealt)))
    confirmed = "vous avez indiqué l'avoir traité" if fr else "you said you dealt with it"
    assert confirmed in flat(check.shown)
    submit = "Soumettre la réclamation" if fr else "Submit claim"
    await chat.click(check.submit_data(submit))
    assert (await get_claim(chat, copy_id)).status is ClaimStatus.SUBMITTED


async def test_a_french_partner_reads_known_reasons_in_french_and_the_reviewers_words_quoted(
    chat: Chat, files: FileServer
) -> None:
    chat.locale = FR
    claim_id = await submitted_seminar(chat, files, FR)
    reasons = [
        {"code": "missing_invoice", "message": "No invoice", "item": "invoice"},
        {"code": "date_outside", "message": "Executed after the campaign", "item": "E2"},
        {"code": "something_new", "message": "Logo too small"},
    ]
    await decide(chat, claim_id, "Rejected", reasons, "reject-3")
    claim = await get_claim(chat, claim_id)
    notice = to_activity(claim_notice(claim, "Rejected", reasons, FR))
    shown_notice = flat(str(notice.attachments[0].content))
    assert "Facture ou CSR manquant" in shown_notice
    assert "le réviseur a écrit : « No invoice »" in shown_notice
    assert "Date d'exécution hors de la campagne" in shown_notice
    assert "Le réviseur a écrit : « Logo too small »" in shown_notice
    english = to_activity(claim_notice(claim, "Rejected", reasons, EN))
    shown_english = str(english.attachments[0].content)
    assert "Invoice or CSR missing" in shown_english
    assert "The reviewer wrote: “Logo too small”" in shown_english
    # And on the copy's check card.
    await chat.click({"action": "fix_claim", "claim_id": claim_id})
    check = seen(await chat.say("terminé"))
    assert "Facture ou CSR manquant" in check and "No invoice »" in check
    assert "Invoice or CSR missing" not in check
