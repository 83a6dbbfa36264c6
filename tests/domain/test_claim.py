"""The claim model: ids, required fields per activity type, evidence items, lifecycle."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.catalog import ACTIVITY_TYPES
from domain.claim import (
    CLAIM_FIELDS,
    MAX_EVIDENCE_ITEMS,
    Claim,
    find_claim_ids,
    format_claim_id,
)
from domain.errors import UserInputError
from domain.evidence import EvidenceKind
from domain.lifecycle import ClaimStatus, TransitionNotAllowed


def _claim(**changes) -> Claim:
    return Claim(id="CLM-2027-000001", tenant_id="t1", owner_id="u1", **changes)


def test_format_claim_id() -> None:
    assert format_claim_id(2027, 42) == "CLM-2027-000042"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("where is CLM-2027-000042?", ["CLM-2027-000042"]),
        ("clm-2027-000042 and Clm-2026-123456 please", ["CLM-2027-000042", "CLM-2026-123456"]),
        ("où en est ma réclamation (CLM-2027-000007) ?", ["CLM-2027-000007"]),
        ("CLM-2027-0000421", []),
        ("PLN-2027-000042", []),
        ("", []),
        (None, []),
    ],
)
def test_find_claim_ids(text: str | None, expected: list[str]) -> None:
    assert find_claim_ids(text) == expected


def test_required_fields_without_a_type_are_the_claim_fields() -> None:
    assert _claim().required_fields() == CLAIM_FIELDS
    assert _claim(activity_type="unknown").required_fields() == CLAIM_FIELDS


@pytest.mark.parametrize("entry", ACTIVITY_TYPES, ids=lambda entry: entry.key)
def test_required_fields_follow_the_catalog(entry) -> None:
    fields = _claim(activity_type=entry.key).required_fields()
    assert fields[: len(CLAIM_FIELDS)] == CLAIM_FIELDS
    assert ("pre_approval_id" in fields) is entry.requires_pre_approval
    assert ("metric_value" in fields) is (entry.metric is not None)
    assert ("attendees" in fields) is (entry.key == "microsoft_conference")


def test_conditional_fields_in_asking_order() -> None:
    assert _claim(activity_type="tv_radio").required_fields()[-1] == "pre_approval_id"
    assert _claim(activity_type="customer_seminar").required_fields()[-1] == "metric_value"
    assert _claim(activity_type="microsoft_conference").required_fields()[-1] == "attendees"


def test_missing_field_walks_the_fields_in_order() -> None:
    claim = _claim()
    answers = {
        "plan_id": "PLN-2027-000001",
        "campaign_id": "C1",
        "activity_id": "A2",
        "name": "Spring ads",
        "execution_date": date(2027, 2, 1),
        "amount": Decimal("100"),
        "impressions": 0,
    }
    for field, value in answers.items():
        assert claim.missing_field() == field
        setattr(claim, field, value)
    assert claim.missing_field() is None
    claim.activity_type = "customer_seminar"
    assert claim.missing_field() == "metric_value"
    # An empty answer (the partner skipped the metric) counts as answered.
    claim.metric_value = ""
    assert claim.missing_field() is None


def test_evidence_items_get_stable_ids() -> None:
    claim = _claim()
    first, second = claim.add_evidence(), claim.add_evidence()
    assert (first.id, second.id) == ("E1", "E2")
    assert claim.remove_evidence("E1")
    assert not claim.remove_evidence("E1")
    assert claim.add_evidence().id == "E3"
    assert [e.id for e in claim.evidence] == ["E2", "E3"]


def test_pending_evidence_is_the_first_incomplete_item() -> None:
    claim = _claim()
    assert claim.pending_evidence() is None
    invoice = claim.add_evidence()
    invoice.kind, invoice.sha256, invoice.file_name = EvidenceKind.INVOICE, "a" * 64, "f.pdf"
    assert claim.pending_evidence() is None
    proof = claim.add_evidence()
    assert claim.pending_evidence() is proof
    proof.kind, proof.sha256, proof.requirement = EvidenceKind.PROOF, "b" * 64, "event_photos"
    assert claim.pending_evidence() is proof and proof.missing_field() == "note"
    proof.note = "Room, 120 guests"
    assert claim.pending_evidence() is None


def test_evidence_items_are_capped() -> None:
    claim = _claim()
    for _ in range(MAX_EVIDENCE_ITEMS):
        claim.add_evidence()
    with pytest.raises(UserInputError) as error:
        claim.add_evidence()
    assert error.value.code == "too_many_evidence"
    assert error.value.params == {"max": MAX_EVIDENCE_ITEMS}


def test_submit_records_history_and_time() -> None:
    claim = _claim()
    assert claim.is_editable
    claim.move_to(ClaimStatus.SUBMITTED, actor="u1")
    assert claim.status is ClaimStatus.SUBMITTED
    assert not claim.is_editable
    assert claim.submitted_at is not None
    entry = claim.history[-1]
    assert (entry.actor, entry.event, entry.status) == ("u1", "status", "Submitted")


def test_rejection_keeps_reasons_and_items_at_fault() -> None:
    claim = _claim(status=ClaimStatus.UNDER_REVIEW)
    claim.move_to(
        ClaimStatus.REJECTED,
        actor="reviewer@microsoft.com",
        note="See items",
        reasons=["missing proof of distribution"],
        item_ids=["E2"],
    )
    entry = claim.history[-1]
    assert entry.status == "Rejected"
    assert entry.reasons == ["missing proof of distribution"]
    assert entry.item_ids == ["E2"]
    assert entry.note == "See items"
    assert claim.submitted_at is None
    restored = Claim.model_validate(claim.model_dump(mode="json"))
    assert restored.history[-1].reasons == ["missing proof of distribution"]


@pytest.mark.parametrize(
    ("current", "requested"),
    [
        (ClaimStatus.EDITING, ClaimStatus.APPROVED),
        (ClaimStatus.SUBMITTED, ClaimStatus.EDITING),
        (ClaimStatus.PAID, ClaimStatus.EDITING),
        (ClaimStatus.REJECTED, ClaimStatus.APPROVED),
    ],
)
def test_transitions_the_lifecycle_refuses(current, requested) -> None:
    claim = _claim(status=current)
    with pytest.raises(TransitionNotAllowed):
        claim.move_to(requested, actor="u1")
    assert claim.status is current
    assert claim.history == []


def test_record_logs_uploads() -> None:
    claim = _claim()
    claim.record("u1", "evidence_added", item_ids=["E1"], note="invoice.pdf")
    assert claim.history[-1].event == "evidence_added"
    assert claim.history[-1].item_ids == ["E1"]


def test_claim_round_trips_as_json() -> None:
    claim = _claim(
        amount=Decimal("1234.56"), currency="EUR", execution_date=date(2027, 2, 1), impressions=10
    )
    item = claim.add_evidence()
    item.kind = EvidenceKind.URL
    assert Claim.model_validate(claim.model_dump(mode="json")) == claim
