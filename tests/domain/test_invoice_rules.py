"""The pre-submission check reads the invoices: what a reviewer would see in them.

Each rule fires on what was read with certainty, and stays quiet on an unsure reading
(a value below `CERTAIN` is asked about, never held against the partner).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain.findings import Severity
from domain.invoice import CERTAIN, InvoiceReading, ReadingMethod, ReadingStatus
from tests.domain.test_claim_rules import AMOUNT, Scenario, scenario

D = Decimal
SURE, UNSURE = 0.95, CERTAIN - 0.2


def reading(**values: Any) -> InvoiceReading:
    """An invoice read with certainty: Contoso Events' F-2026-118 of 2,400.00 EUR incl. VAT,
    dated inside the scenario's campaign (10 Jan – 20 Feb 2027)."""
    fields: dict[str, Any] = {
        "supplier": "Contoso Events",
        "number": "F-2026-118",
        "issued_on": date(2027, 2, 3),
        "total": D("2400.00"),
        "total_excl_tax": D("2000.00"),
        "tax": D("400.00"),
        "currency": "EUR",
    }
    unsure = values.pop("unsure", ())
    fields.update(values)
    confidence = {name: (UNSURE if name in unsure else SURE) for name in fields}
    status = values.pop("status", ReadingStatus.READ)
    fields.pop("status", None)
    return InvoiceReading(
        status=status, method=ReadingMethod.TEXT, pages=1, confidence=confidence, **fields
    )


def read_scenario(amount: Decimal = AMOUNT, **values: Any) -> Scenario:
    s = scenario(amount=amount)
    s.claim.evidence[0].reading = reading(**values)
    return s


def findings_of(s: Scenario, code: str):
    return [f for f in s.check() if f.code == code]


def test_an_invoice_read_that_agrees_with_the_claim_finds_nothing() -> None:
    s = read_scenario()
    assert [f.code for f in s.check()] == []


def test_a_claim_above_the_invoice_total_is_blocked() -> None:
    s = read_scenario(amount=D("2500"))
    (finding,) = findings_of(s, "amount_above_invoice")
    assert finding.severity is Severity.BLOCKING
    assert finding.item_id == "E1"
    assert finding.params["total"] == D("2400.00")
    assert finding.params["amount"] == D("2500")


def test_claiming_the_total_or_less_passes() -> None:
    assert findings_of(read_scenario(amount=D("2400")), "amount_above_invoice") == []
    assert findings_of(read_scenario(amount=D("2000")), "amount_above_invoice") == []


def test_an_unsure_total_is_not_held_against_the_claim() -> None:
    s = read_scenario(amount=D("2500"), unsure=("total",))
    assert findings_of(s, "amount_above_invoice") == []


def test_several_invoices_add_up() -> None:
    s = read_scenario(amount=D("3000"))
    second = s.claim.add_evidence()
    second.kind, second.file_name, second.sha256 = s.claim.evidence[0].kind, "b.pdf", "c" * 64
    second.reading = reading(number="F-2026-119", total=D("700"))
    assert findings_of(s, "amount_above_invoice") == []
    s.claim.amount = D("3200")
    (finding,) = findings_of(s, "amount_above_invoice")
    assert finding.params["total"] == D("3100.00")


def test_an_invoice_not_read_leaves_the_totals_unchecked() -> None:
    s = read_scenario(amount=D("3000"))
    second = s.claim.add_evidence()
    second.kind, second.file_name, second.sha256 = s.claim.evidence[0].kind, "b.pdf", "c" * 64
    assert findings_of(s, "amount_above_invoice") == []


def test_an_invoice_in_another_currency_is_a_warning() -> None:
    s = read_scenario(currency="USD")
    (finding,) = findings_of(s, "invoice_currency_differs")
    assert finding.severity is Severity.WARNING
    assert finding.params["invoice_currency"] == "USD"
    assert finding.params["currency"] == "EUR"
    # And its total is not compared with an amount in another currency.
    s.claim.amount = D("9000")
    assert findings_of(s, "amount_above_invoice") == []


@pytest.mark.parametrize("issued_on", [date(2027, 1, 9), date(2027, 2, 21)])
def test_an_invoice_dated_outside_the_campaign_is_a_warning(issued_on: date) -> None:
    (finding,) = findings_of(read_scenario(issued_on=issued_on), "invoice_date_outside_campaign")
    assert finding.severity is Severity.WARNING
    assert finding.params["issued_on"] == issued_on
    assert finding.params["campaign"] == "Spring"


def test_an_invoice_dated_on_the_campaign_edges_is_inside() -> None:
    for day in (date(2027, 1, 10), date(2027, 2, 20)):
        assert findings_of(read_scenario(issued_on=day), "invoice_date_outside_campaign") == []


def test_an_invoice_dated_after_today_is_a_warning() -> None:
    s = read_scenario(issued_on=date(2027, 2, 18))
    s.today = date(2027, 2, 17)
    assert findings_of(s, "invoice_date_in_future")[0].severity is Severity.WARNING


def test_an_unsure_date_finds_nothing() -> None:
    s = read_scenario(issued_on=date(2026, 5, 1), unsure=("issued_on",))
    assert findings_of(s, "invoice_date_outside_campaign") == []


def test_the_same_invoice_number_on_another_claim_is_blocked() -> None:
    s = read_scenario()
    other = s.other(amount=D("900"), execution_date=date(2027, 1, 20))
    other.evidence[0].sha256 = "d" * 64  # another file, the same invoice number
    other.evidence[0].reading = reading(number="f 2026 118", supplier="CONTOSO EVENTS")
    (finding,) = findings_of(s, "invoice_already_claimed")
    assert finding.severity is Severity.BLOCKING
    assert finding.params["claim_id"] == other.id
    assert finding.item_id == "E1"


def test_the_same_file_on_another_claim_is_blocked_even_unread() -> None:
    s = scenario()
    other = s.other(amount=D("900"), execution_date=date(2027, 1, 20))
    other.evidence[0].sha256 = s.claim.evidence[0].sha256
    assert len(findings_of(s, "invoice_already_claimed")) == 1


def test_an_invoice_on_a_rejected_or_abandoned_claim_may_be_claimed_again() -> None:
    from domain.lifecycle import ClaimStatus

    for status in (ClaimStatus.REJECTED, ClaimStatus.EDITING):
        s = read_scenario()
        other = s.other(status=status, amount=D("900"))
        other.evidence[0].sha256 = s.claim.evidence[0].sha256
        assert findings_of(s, "invoice_already_claimed") == [], status


def test_a_supplier_read_without_certainty_still_names_the_invoice() -> None:
    """Suppliers come from a page's first lines, rarely certain: the same name read on
    both is the same supplier; a different one is another invoice."""
    s = read_scenario(unsure=("supplier",))
    other = s.other(amount=D("900"), execution_date=date(2027, 1, 20))
    other.evidence[0].sha256 = "d" * 64
    other.evidence[0].reading = reading(supplier="Contoso Events.", unsure=("supplier",))
    assert len(findings_of(s, "invoice_already_claimed")) == 1
    other.evidence[0].reading = reading(supplier="Fabrikam Print")
    assert findings_of(s, "invoice_already_claimed") == []


def test_an_unsure_number_is_not_a_reuse() -> None:
    s = read_scenario(unsure=("number",))
    other = s.other(amount=D("900"), execution_date=date(2027, 1, 20))
    other.evidence[0].sha256 = "d" * 64
    other.evidence[0].reading = reading()
    assert findings_of(s, "invoice_already_claimed") == []


def test_an_unreadable_invoice_is_a_warning() -> None:
    s = scenario()
    s.claim.evidence[0].reading = InvoiceReading(status=ReadingStatus.UNREADABLE, pages=1)
    (finding,) = findings_of(s, "invoice_unreadable")
    assert finding.severity is Severity.WARNING
    assert finding.params["name"] == "invoice.pdf"


def test_a_damaged_invoice_is_unreadable_a_timeout_is_not() -> None:
    s = scenario()
    s.claim.evidence[0].reading = InvoiceReading(status=ReadingStatus.FAILED, reason="damaged")
    assert len(findings_of(s, "invoice_unreadable")) == 1
    s.claim.evidence[0].reading = InvoiceReading(status=ReadingStatus.FAILED, reason="timeout")
    assert findings_of(s, "invoice_unreadable") == []
    s.claim.evidence[0].reading = InvoiceReading(status=ReadingStatus.NO_OCR)
    assert [f.code for f in s.check()] == []


def test_a_document_that_is_no_invoice_is_a_warning() -> None:
    s = scenario()
    s.claim.evidence[0].reading = InvoiceReading(status=ReadingStatus.NOT_INVOICE, pages=1)
    (finding,) = findings_of(s, "invoice_not_an_invoice")
    assert finding.severity is Severity.WARNING


def test_the_reading_is_kept_with_the_evidence_item() -> None:
    s = read_scenario()
    stored = s.claim.model_dump(mode="json")
    again = type(s.claim).model_validate(stored)
    assert again.evidence[0].reading == s.claim.evidence[0].reading
    assert again.evidence[0].reading.is_certain("total")
