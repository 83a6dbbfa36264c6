"""Statuses of plans and claims and the transitions DOMAIN.md allows between them.

The lifecycle is the only place that decides whether a status may follow another:
dialogs, the back-office API and the notifier all ask it.
"""

from __future__ import annotations

from enum import StrEnum


class PlanStatus(StrEnum):
    EDITING = "Editing"
    SUBMITTED = "Submitted"
    UNDER_REVIEW = "Under review"
    APPROVED = "Approved"
    ACTION_REQUIRED = "Action required"
    REJECTED = "Rejected"


class ClaimStatus(StrEnum):
    EDITING = "Editing"
    SUBMITTED = "Submitted"
    UNDER_REVIEW = "Under review"
    APPROVED = "Approved"
    ACTION_REQUIRED = "Action required"
    REJECTED = "Rejected"
    DISPUTED = "Disputed"
    PAID = "Paid"


PLAN_TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.EDITING: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.SUBMITTED: frozenset({PlanStatus.UNDER_REVIEW}),
    PlanStatus.UNDER_REVIEW: frozenset(
        {PlanStatus.APPROVED, PlanStatus.ACTION_REQUIRED, PlanStatus.REJECTED}
    ),
    PlanStatus.ACTION_REQUIRED: frozenset({PlanStatus.EDITING}),
    PlanStatus.APPROVED: frozenset(),
    PlanStatus.REJECTED: frozenset(),
}

CLAIM_TRANSITIONS: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    ClaimStatus.EDITING: frozenset({ClaimStatus.SUBMITTED}),
    ClaimStatus.SUBMITTED: frozenset({ClaimStatus.UNDER_REVIEW}),
    ClaimStatus.UNDER_REVIEW: frozenset(
        {ClaimStatus.APPROVED, ClaimStatus.ACTION_REQUIRED, ClaimStatus.REJECTED}
    ),
    ClaimStatus.ACTION_REQUIRED: frozenset({ClaimStatus.EDITING}),
    ClaimStatus.REJECTED: frozenset({ClaimStatus.DISPUTED}),
    ClaimStatus.DISPUTED: frozenset(
        {ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.ACTION_REQUIRED}
    ),
    ClaimStatus.APPROVED: frozenset({ClaimStatus.PAID}),
    ClaimStatus.PAID: frozenset(),
}

# A claim a reviewer sent back: a fix is asked (and, for a rejection, a dispute may be made),
# until its period's claims close.
CLAIMS_SENT_BACK: frozenset[ClaimStatus] = frozenset(
    {ClaimStatus.REJECTED, ClaimStatus.ACTION_REQUIRED}
)


class TransitionNotAllowed(Exception):
    """A status change the lifecycle does not allow; carries both ends for the answer."""

    def __init__(self, current: StrEnum, requested: StrEnum) -> None:
        super().__init__(f"{current} → {requested} is not allowed")
        self.current = current
        self.requested = requested


def plan_may_move(current: PlanStatus, requested: PlanStatus) -> bool:
    return requested in PLAN_TRANSITIONS[current]


def claim_may_move(current: ClaimStatus, requested: ClaimStatus) -> bool:
    return requested in CLAIM_TRANSITIONS[current]
