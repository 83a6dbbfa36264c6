"""A reviewer's reasons, kept on the claim until the partner answers each one.

A decision (Rejected, Action required) carries reasons `{code, message, item}`. Each is
bound, when it arrives, to what it points at on the claim:

- evidence: the items it faults (an id such as E1, a kind such as "invoice", or a
  requirement such as "proof_of_distribution"), remembered by their content (a file's
  sha256, a link's address). Answered once none of those is attached any more (replaced
  or removed); sending the very same file again brings the reason back.
- a requirement nothing met at the decision: answered once something meets it.
- a field (amount, execution_date…): answered once its value differs from the value
  at the decision.
- the whole claim (no item, or one that names nothing on the claim): answered once the
  partner says they dealt with it.

`item` is read first; a known code names a default target when `item` says nothing.
Pure: no storage, no text (the words a partner reads are `reason.<code>` in the tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, Field

from domain.evidence import (
    EVIDENCE_REQUIREMENTS,
    INVOICE_OR_CSR,
    Evidence,
    EvidenceKind,
    satisfied,
)

# The facts a partner states about a claim, in the order a card shows them; a reviewer
# may point at any of them.
CLAIM_FACTS: tuple[str, ...] = (
    "name",
    "execution_date",
    "amount",
    "impressions",
    "pre_approval_id",
    "metric_value",
    "attendees",
)
REVIEWABLE_FIELDS: frozenset[str] = frozenset(CLAIM_FACTS)

# Reason codes the back office sends (DOMAIN.md's typical rejection reasons), with what
# each points at when the reason names no item (None: the whole claim). Shown in the
# partner's language as `reason.<code>`; any other code shows the reviewer's words only.
KNOWN_REASON_CODES: dict[str, str | None] = {
    "missing_poe": None,
    "missing_invoice": INVOICE_OR_CSR,
    "invalid_invoice": INVOICE_OR_CSR,
    "invoice": INVOICE_OR_CSR,
    "date_outside": "execution_date",
    "amount": "amount",
    "amount_mismatch": "amount",
    "over_limit": "amount",
    "missing_pre_approval": "pre_approval_id",
    "missing_proof_of_distribution": "proof_of_distribution",
    "branding": "partner_branding",
    "microsoft_content": "microsoft_content",
    "file_unreadable": None,
    "file_type": None,
}

# The reasons reviewers most often give, as "what are common rejection reasons?" lists them
# (stop 59), each with how it is avoided (`rejection_avoid.<code>` in the tables): every one
# is among what a claim's check looks at before it goes.
COMMON_REJECTIONS: tuple[str, ...] = (
    "missing_invoice",
    "date_outside",
    "over_limit",
    "amount_mismatch",
    "missing_proof_of_distribution",
    "branding",
    "microsoft_content",
    "missing_pre_approval",
    "file_unreadable",
    "file_type",
)

_KINDS = {kind.value: kind for kind in EvidenceKind}


class ReviewerReason(BaseModel):
    """One reason of a reviewer's decision, bound to what it points at."""

    code: str
    message: str
    # As the back office sent it.
    item: str | None = None
    decision: str
    decided_at: datetime
    # What it is bound to: evidence (ids and contents), a requirement, a field, or nothing.
    evidence_ids: list[str] = Field(default_factory=list)
    fingerprints: list[str] = Field(default_factory=list)
    # The names the faulted items had (to say what replaced what).
    names: list[str] = Field(default_factory=list)
    kinds: list[str] = Field(default_factory=list)
    requirement: str | None = None
    field: str | None = None
    field_value: str | None = None
    # The partner said they dealt with a reason about the whole claim.
    confirmed_at: datetime | None = None

    @property
    def target(self) -> str:
        if self.fingerprints:
            return "evidence"
        if self.requirement is not None:
            return "requirement"
        if self.field is not None:
            return "field"
        return "claim"

    @property
    def is_known(self) -> bool:
        return self.code in KNOWN_REASON_CODES


def fingerprint(item: Evidence) -> str | None:
    """What an item is, whatever its id: a file's content, a link's address."""
    if not item.has_content:
        return None
    return item.sha256 if item.is_file else f"url:{item.url}"


def _stored(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def same_value(stored: str | None, current: Any) -> bool:
    """Whether `current` is still the value stored at the decision (4000 == 4000.00)."""
    if stored is None or current is None:
        return stored is None and current is None
    if isinstance(current, Decimal):
        try:
            return Decimal(stored) == current
        except InvalidOperation:
            return False
    return _stored(current) == stored


def _items_for(word: str, evidence: list[Evidence]) -> list[Evidence] | None:
    """The attached items `word` names (an id, a kind, a requirement); None: not evidence."""
    with_content = [item for item in evidence if fingerprint(item) is not None]
    by_id = [item for item in with_content if item.id.casefold() == word.casefold()]
    if by_id:
        return by_id
    lowered = word.casefold()
    if lowered in _KINDS:
        return [item for item in with_content if item.kind is _KINDS[lowered]]
    if lowered == INVOICE_OR_CSR:
        return [
            item for item in with_content if item.kind in (EvidenceKind.INVOICE, EvidenceKind.CSR)
        ]
    if lowered in EVIDENCE_REQUIREMENTS:
        return [item for item in with_content if item.requirement == lowered]
    return None


def _requirement_of(word: str) -> str | None:
    lowered = word.casefold()
    if lowered in (EvidenceKind.INVOICE.value, EvidenceKind.CSR.value):
        return INVOICE_OR_CSR
    return lowered if lowered in EVIDENCE_REQUIREMENTS else None


def bind_reason(
    code: str,
    message: str,
    item: str | None,
    *,
    evidence: list[Evidence],
    values: dict[str, Any],
    decision: str,
    decided_at: datetime,
) -> ReviewerReason:
    """The reason bound to what it points at on the claim as it is at the decision."""
    reason = ReviewerReason(
        code=code, message=message, item=item, decision=decision, decided_at=decided_at
    )
    for word in (item, KNOWN_REASON_CODES.get(code)):
        if not word:
            continue
        if word.casefold() in REVIEWABLE_FIELDS:
            reason.field = word.casefold()
            reason.field_value = _stored(values.get(reason.field))
            return reason
        items = _items_for(word, evidence)
        if items:
            reason.evidence_ids = [i.id for i in items]
            reason.fingerprints = [fp for i in items if (fp := fingerprint(i)) is not None]
            reason.names = [i.file_name or i.url or i.id for i in items]
            reason.kinds = sorted({i.kind.value for i in items if i.kind is not None})
            return reason
        requirement = _requirement_of(word)
        if requirement is not None:
            reason.requirement = requirement
            return reason
    return reason


# How a reason can be answered (`Answer.how`; string table keys `answer.<how>`).
ANSWER_KINDS: tuple[str, ...] = ("replaced", "removed", "added", "changed", "confirmed")


@dataclass(frozen=True)
class Answer:
    """How a reason was answered: `how` is replaced | removed | added | changed | confirmed."""

    how: str
    old: str | None = None
    new: str | None = None


def answer_of(
    reason: ReviewerReason, evidence: list[Evidence], values: dict[str, Any]
) -> Answer | None:
    """How the claim as it is now answers `reason`; None while it is still open."""
    target = reason.target
    if target == "evidence":
        present = {fingerprint(item) for item in evidence}
        if present & set(reason.fingerprints):
            return None
        replacements = [
            item
            for item in evidence
            if fingerprint(item) is not None
            and item.kind is not None
            and item.kind.value in reason.kinds
            and (item.added_at is None or item.added_at >= reason.decided_at)
        ]
        old = ", ".join(reason.names)
        if replacements:
            new = ", ".join(i.file_name or i.url or i.id for i in replacements)
            return Answer("replaced", old=old, new=new)
        return Answer("removed", old=old)
    if target == "requirement":
        assert reason.requirement is not None
        if not satisfied(reason.requirement, evidence):
            return None
        added = [
            item
            for item in evidence
            if fingerprint(item) is not None and satisfied(reason.requirement, [item])
        ]
        return Answer("added", new=", ".join(i.file_name or i.url or i.id for i in added))
    if target == "field":
        assert reason.field is not None
        current = values.get(reason.field)
        if same_value(reason.field_value, current):
            return None
        return Answer("changed", old=reason.field_value, new=_stored(current))
    if reason.confirmed_at is not None:
        return Answer("confirmed")
    return None
