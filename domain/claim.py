"""A co-op claim (proof of execution) for an activity of an approved plan.

Like a plan, a claim is a draft (status Editing) from its first answer, and
`missing_field` tells the dialog where to resume; its evidence items fill in one
answer at a time (`pending_evidence`). What a reviewer would refuse is checked by
`claim_rules.check_claim`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.errors import UserInputError
from domain.evidence import Evidence
from domain.lifecycle import ClaimStatus, TransitionNotAllowed, claim_may_move
from domain.plan import HistoryEntry, utc_now
from domain.reviewer_reasons import REVIEWABLE_FIELDS, ReviewerReason, bind_reason

CLAIM_ID_PATTERN = re.compile(r"\bCLM-(\d{4})-(\d{6})\b", re.IGNORECASE)

# Sane limits for what partners type or attach.
MAX_CLAIM_NAME_LENGTH = 120
MAX_EVIDENCE_ITEMS = 30
MAX_NOTE_LENGTH = 1000
MAX_PRE_APPROVAL_LENGTH = 64

# The claim's own fields, in the order the dialog asks for them.
CLAIM_FIELDS: tuple[str, ...] = (
    "plan_id",
    "campaign_id",
    "activity_id",
    "name",
    "execution_date",
    "amount",
    "impressions",
)
# Asked only where the activity type calls for them (see `Claim.required_fields`).
PRE_APPROVAL_FIELD = "pre_approval_id"
METRIC_FIELD = "metric_value"
ATTENDEES_FIELD = "attendees"
CONFERENCE_TYPE = "microsoft_conference"


def format_claim_id(year: int, number: int) -> str:
    return f"CLM-{year:04d}-{number:06d}"


def find_claim_ids(text: str | None) -> list[str]:
    """Claim ids written anywhere in a sentence, normalised to upper case."""
    if not text:
        return []
    return [f"CLM-{year}-{number}" for year, number in CLAIM_ID_PATTERN.findall(text[:2000])]


class ClaimHistoryEntry(HistoryEntry):
    """A plan history entry, plus what a reviewer's decision points at."""

    # Reviewer feedback (reasons for a rejection or a request for changes).
    reasons: list[str] = Field(default_factory=list)
    # Evidence items the entry is about (an upload, or the items a reviewer faults).
    item_ids: list[str] = Field(default_factory=list)


class Claim(BaseModel):
    id: str
    tenant_id: str
    owner_id: str
    owner_name: str | None = None
    status: ClaimStatus = ClaimStatus.EDITING
    plan_id: str | None = None
    campaign_id: str | None = None
    activity_id: str | None = None
    # Copied from the plan's activity when the activity is chosen.
    activity_type: str | None = None
    name: str | None = None
    execution_date: date | None = None
    amount: Decimal | None = None
    # Defaults to the plan's currency.
    currency: str | None = None
    impressions: int | None = None
    pre_approval_id: str | None = None
    # Free text: "120 registered guests", "2.3% click-through".
    metric_value: str | None = None
    attendees: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    # False while the partner is still adding evidence.
    evidence_done: bool = False
    # The partner chose "submit anyway" over the warnings of the pre-submission check.
    warnings_accepted: bool = False
    # The latest decision's reasons (Rejected, Action required), each bound to what it
    # points at; a copy made to fix a rejected claim carries them (domain.reviewer_reasons).
    reviewer_reasons: list[ReviewerReason] = Field(default_factory=list)
    history: list[ClaimHistoryEntry] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    submitted_at: datetime | None = None
    # The day the partner asked to be reminded of this draft ("remind me on Monday"); the
    # reminder scan sends it that day, once, while the draft is one.
    remind_on: date | None = None
    # Bumped on every save; a save from an older version is refused (lost-update guard).
    version: int = 0
    next_item_number: int = 1

    # -- reading ---------------------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        """Nothing typed yet: no name, date, amount, evidence or reviewer's reasons (its plan
        and activity may be chosen: `restart_blank` takes them out)."""
        answers = (self.name, self.execution_date, self.amount, self.impressions)
        return all(a is None for a in answers) and not (self.evidence or self.reviewer_reasons)

    def restart_blank(self) -> None:
        """A blank claim made new again: no plan or activity chosen."""
        self.plan_id = self.campaign_id = self.activity_id = self.activity_type = None
        self.currency = None

    def required_fields(self) -> tuple[str, ...]:
        """CLAIM_FIELDS, then the ones the activity type asks for, in asking order."""
        entry = ACTIVITY_TYPES_BY_KEY.get(self.activity_type or "")
        if entry is None:
            return CLAIM_FIELDS
        extra: list[str] = []
        if entry.requires_pre_approval:
            extra.append(PRE_APPROVAL_FIELD)
        if entry.metric is not None:
            extra.append(METRIC_FIELD)
        if entry.key == CONFERENCE_TYPE:
            extra.append(ATTENDEES_FIELD)
        return CLAIM_FIELDS + tuple(extra)

    def unanswered_fields(self) -> list[str]:
        """The required fields not answered yet, in asking order ("" counts as answered:
        skipped)."""
        return [field for field in self.required_fields() if getattr(self, field) is None]

    def missing_field(self) -> str | None:
        """The first required field not answered yet."""
        return next(iter(self.unanswered_fields()), None)

    def evidence_item(self, evidence_id: str) -> Evidence | None:
        return next((e for e in self.evidence if e.id == evidence_id), None)

    def field_values(self) -> dict[str, Any]:
        """The fields a reviewer may point at, with their values now."""
        return {name: getattr(self, name) for name in REVIEWABLE_FIELDS}

    def pending_evidence(self) -> Evidence | None:
        """The first evidence item still missing something."""
        return next((e for e in self.evidence if e.missing_field() is not None), None)

    @property
    def is_editable(self) -> bool:
        return self.status is ClaimStatus.EDITING

    # -- changing --------------------------------------------------------------------------

    def new_item_id(self, prefix: str) -> str:
        item_id = f"{prefix}{self.next_item_number}"
        self.next_item_number += 1
        return item_id

    def add_evidence(self) -> Evidence:
        """A new, empty evidence item (E1, E2…); refused beyond MAX_EVIDENCE_ITEMS."""
        if len(self.evidence) >= MAX_EVIDENCE_ITEMS:
            raise UserInputError("too_many_evidence", max=MAX_EVIDENCE_ITEMS)
        item = Evidence(id=self.new_item_id("E"))
        self.evidence.append(item)
        return item

    def remove_evidence(self, evidence_id: str) -> bool:
        item = self.evidence_item(evidence_id)
        if item is None:
            return False
        self.evidence.remove(item)
        return True

    def move_to(
        self,
        status: ClaimStatus,
        *,
        actor: str,
        note: str | None = None,
        reasons: list[str] | None = None,
        item_ids: list[str] | None = None,
    ) -> None:
        if not claim_may_move(self.status, status):
            raise TransitionNotAllowed(self.status, status)
        self.status = status
        self.record(
            actor,
            "status",
            status=status.value,
            note=note,
            reasons=list(reasons or []),
            item_ids=list(item_ids or []),
        )
        if status is ClaimStatus.SUBMITTED:
            self.submitted_at = utc_now()
            self.remind_on = None  # a reminder asked is of the draft it was

    def keep_reviewer_reasons(
        self, decision: str, reasons: list[tuple[str, str, str | None]]
    ) -> None:
        """The decision's reasons (code, message, item), bound to the claim as it is now."""
        now = utc_now()
        self.reviewer_reasons = [
            bind_reason(
                code,
                message,
                item,
                evidence=self.evidence,
                values=self.field_values(),
                decision=decision,
                decided_at=now,
            )
            for code, message, item in reasons
        ]

    def keep_reasons_from_history(self) -> None:
        """A claim decided before reasons were kept on it: its latest decision's reasons,
        read back from the history (no code; the item when the decision named just one)."""
        if self.reviewer_reasons:
            return
        for entry in reversed(self.history):
            if entry.event != "status" or entry.status == ClaimStatus.EDITING.value:
                continue
            decisions = (ClaimStatus.REJECTED.value, ClaimStatus.ACTION_REQUIRED.value)
            if entry.status in decisions and entry.reasons:
                item = entry.item_ids[0] if len(entry.item_ids) == 1 else None
                self.keep_reviewer_reasons(
                    entry.status, [("", message, item) for message in entry.reasons]
                )
            return

    def record(self, actor: str, event: str, **details: Any) -> None:
        self.history.append(ClaimHistoryEntry(at=utc_now(), actor=actor, event=event, **details))
