"""What was read in an invoice, said back: after a reading, and beside a reviewer's reason
about the invoice in the rejection notice (issue 16)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from domain.claim import Claim
from domain.evidence import EvidenceKind
from domain.invoice import InvoiceReading, ReadingMethod, ReadingStatus
from views.invoice_words import reading_sentence
from views.notice_cards import claim_notice

READ = InvoiceReading(
    status=ReadingStatus.READ,
    method=ReadingMethod.OCR,
    supplier="Contoso Events Ltd",
    number="F-2026-118",
    issued_on=date(2026, 11, 5),
    total=Decimal("2400.00"),
    total_excl_tax=Decimal("2000.00"),
    currency="EUR",
    confidence={"supplier": 0.7, "number": 0.9, "issued_on": 0.95, "total": 0.95,
                "total_excl_tax": 0.95, "currency": 0.95},
)  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-US", "I read invoice **F-2026-118** from **Contoso Events Ltd** (to check), "
         "5 Nov 2026, total EUR 2,400.00 incl. tax (EUR 2,000.00 excl. tax)."),
        ("fr-FR", "J'ai lu la facture **F-2026-118** de **Contoso Events Ltd** (à vérifier), "
         "5 novembre 2026, total 2 400,00 EUR TTC (2 000,00 EUR HT)."),
    ],
)  # fmt: skip
def test_a_reading_is_said_with_what_is_unsure_marked(locale: str, said: str) -> None:
    shown = reading_sentence(READ, "photo.jpg", "EUR", locale)
    assert shown.replace("\u202f", " ").replace("\xa0", " ") == said


def test_a_reading_with_nothing_certain_says_nothing_as_a_fact() -> None:
    unsure = READ.model_copy(update={"confidence": {}})
    shown = reading_sentence(unsure, "photo.jpg", "EUR", "en-US")
    assert shown.count("(to check)") == 5  # number, supplier, date, total, excl.


def _rejected_claim() -> Claim:
    claim = Claim(id="CLM-2026-000007", tenant_id="t", owner_id="u", name="Workshop",
                  amount=Decimal("2500"), currency="EUR")  # fmt: skip
    item = claim.add_evidence()
    item.kind, item.file_name, item.sha256, item.reading = (
        EvidenceKind.INVOICE, "photo.jpg", "a" * 64, READ,
    )  # fmt: skip
    return claim


def test_a_rejection_about_the_invoice_shows_what_was_read_in_it() -> None:
    reasons = [{"code": "invalid_invoice", "message": "Total differs", "item": "invoice"}]
    card = json.dumps(claim_notice(_rejected_claim(), "Rejected", reasons, "en-US").card)
    assert "I read invoice **F-2026-118**" in card


def test_a_rejection_about_something_else_does_not() -> None:
    reasons = [{"code": "missing_branding", "message": "No logo", "item": "ad_screenshot"}]
    card = json.dumps(claim_notice(_rejected_claim(), "Rejected", reasons, "en-US").card)
    assert "F-2026-118" not in card


def test_the_status_of_a_claim_rejected_for_its_invoice_says_what_was_read_in_it() -> None:
    from datetime import UTC, datetime

    from dialogs.status_answers import claim_status_text
    from domain.lifecycle import ClaimStatus
    from domain.reviewer_reasons import ReviewerReason

    claim = _rejected_claim()
    claim.status = ClaimStatus.REJECTED
    claim.reviewer_reasons = [
        ReviewerReason(code="invalid_invoice", message="Total differs", item="E1",
                       decision="Rejected", decided_at=datetime(2026, 11, 20, tzinfo=UTC),
                       evidence_ids=["E1"]),
    ]  # fmt: skip
    said = claim_status_text(claim, "en-US", date(2026, 11, 27))
    assert "Total differs" in said
    assert "I read invoice **F-2026-118**" in said
    claim.reviewer_reasons[0].evidence_ids, claim.reviewer_reasons[0].item = [], "ad_screenshot"
    assert "F-2026-118" not in claim_status_text(claim, "en-US", date(2026, 11, 27))
