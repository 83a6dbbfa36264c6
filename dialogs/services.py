"""What the dialogs need from the rest of the house, handed over by `app.py`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from storage.claims import ClaimRepository, FundsLedger
from storage.evidence_store import EvidenceStore
from storage.outbox import Outbox
from storage.repository import PlanRepository, RoleDirectory, UserProfiles


@dataclass
class Services:
    plans: PlanRepository
    directory: RoleDirectory
    profiles: UserProfiles
    claims: ClaimRepository
    funds: FundsLedger
    evidence: EvidenceStore
    outbox: Outbox
    # DRAFTING_REQUIRES_ROLE: only people in the role directory may draft and ask status.
    drafting_requires_role: bool = False
    # Injectable clock: tests pin "today" to check deadlines and periods.
    today: Callable[[], date] = field(default=date.today)
