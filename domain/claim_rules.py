"""The pre-submission check of a claim: everything a reviewer would reject, before it goes.

`check_claim` is pure: the claim, its plan, the plan's funds, the tenant's other
claims and today's date in, findings out. Blocking findings prevent submission;
warnings need the partner's explicit "submit anyway".

Other claims count towards remaining planned amounts, caps and duplicates once
they are sent (a rejected claim gives its amount back, an abandoned draft blocks
nothing). Caps per usage period count the claims on the same plan, since a plan is
one program and one period. Amounts in another currency are converted with
`funds.USD_RATES`; where no rate exists the comparison is skipped with a warning.

Finding codes (string table keys `finding.<code>` and `fix.<code>`) and params:

blocking
- claim_field_missing (field)
- activity_not_in_plan (activity_id)
- plan_not_approved (status)
- activity_not_eligible (type, program)
- execution_date_outside_campaign (start, end, campaign)
- execution_date_in_future (date)
- outside_claiming_period (opens, closes, period, usage_start, usage_end)
- past_claiming_deadline (deadline, period, usage_start, usage_end)
- amount_above_planned (remaining, planned, currency)
- amount_above_funds (remaining, currency, program, period)
- cap_share_of_earned (cap, share, percent, used, remaining, currency, type)
- cap_syndicated_content (cap, cap_usd, used, remaining, currency)
- conference_too_many_attendees (attendees, max)
- conference_no_attendees
- conference_per_person (cap, cap_usd, per_person_usd, attendees, currency)
- conference_period_total (cap, cap_usd, used, remaining, currency)
- cap_demo_units (cap, used, remaining, currency)
- no_invoice_or_csr
- proof_without_note (item_id, name)
- evidence_incomplete (item_id, field)
- required_evidence_missing (requirement, form)
- file_type_not_allowed (item_id, name)
- pre_approval_missing (type)
- duplicate_claim (claim_id)
- amount_above_invoice (item_id, name, amount, total): the claimed amount is more than the
  invoices' totals read with certainty (all invoices read, in the claim's currency)
- invoice_already_claimed (item_id, name, claim_id): the same invoice (the same file, or
  the same number from the same supplier) is on another claim of the tenant
- reviewer_evidence (index, reason_code, message, names): the reviewer faulted files or
  links still attached (item_id: the first of them)
- reviewer_requirement (index, reason_code, message, requirement): nothing meets it yet
- reviewer_field (index, reason_code, message, field): the field still has its value
- reviewer_claim (index, reason_code, message): not yet marked as dealt with
  (`index` is the reason's place in `claim.reviewer_reasons`; see `reviewer_answers`)

warning
- deadline_soon (deadline, days, period, usage_start, usage_end)
- funds_unknown (program, period)
- currency_not_convertible (currency, target)
- cap_unverifiable (type, currency)
- zero_impressions
- metric_missing (metric)
- invoice_currency_differs (item_id, name, invoice_currency, currency)
- invoice_date_outside_campaign (item_id, name, issued_on, start, end, campaign)
- invoice_date_in_future (item_id, name, issued_on)
- invoice_beside_earlier (item_id, name, first, added): a claim being fixed holds an invoice (or
  CSR) added since the rejection beside one sent with the rejected claim
- invoice_unreadable (item_id, name): too little could be read in it (or it is damaged)
- invoice_not_an_invoice (item_id, name): it was read, and says nothing of an invoice

The invoice findings use only what was read with certainty (`InvoiceReading.certain`):
an unsure reading finds no fault.

Amounts in params are `Decimal` rounded to the currency's minor units (caps and
remaining amounts rounded down, so claiming the amount shown always passes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from domain.catalog import ActivityType, CapKind, activity_type
from domain.claim import METRIC_FIELD, PRE_APPROVAL_FIELD, Claim
from domain.dates import FiscalHalf
from domain.errors import UserInputError
from domain.evidence import (
    EVIDENCE_REQUIREMENTS,
    INVOICE_OR_CSR,
    Evidence,
    EvidenceKind,
    check_file_name,
    still_needed,
)
from domain.findings import Finding, Severity
from domain.funds import FundsPeriod, claiming_window, convert
from domain.invoice import InvoiceReading, ReadingStatus
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.money import CURRENCY_MINOR_UNITS
from domain.plan import Activity, Campaign, Plan
from domain.programs import SURFACE_PROGRAMS
from domain.reviewer_reasons import Answer, ReviewerReason, answer_of, fingerprint
from domain.text import fold

# A warning that the claiming period is about to close, this many days ahead.
DEADLINE_SOON_DAYS = 7
USD = "USD"

_BLOCKING, _WARNING = Severity.BLOCKING, Severity.WARNING
# Answered separately: a missing pre-approval and a missing metric have their own findings.
_FIELDS_WITH_OWN_FINDING = frozenset({PRE_APPROVAL_FIELD, METRIC_FIELD})


def _rounded(amount: Decimal, currency: str, rounding: str = ROUND_HALF_UP) -> Decimal:
    places = CURRENCY_MINOR_UNITS.get(currency, 2)
    return amount.quantize(Decimal(1).scaleb(-places), rounding=rounding)


def _down(amount: Decimal, currency: str) -> Decimal:
    return _rounded(max(amount, Decimal(0)), currency, ROUND_DOWN)


UNCOUNTED_STATUSES = frozenset({ClaimStatus.EDITING, ClaimStatus.REJECTED})


def claimed_per_activity(
    summaries: Iterable[Any], except_id: str | None = None
) -> dict[tuple[str | None, str | None], Decimal]:
    """What the counted claims (neither drafts nor rejected) claim on each (plan id,
    activity id), read from the claims' index (`ClaimSummary`: id, plan_id, activity_id,
    amount, status), leaving out `except_id`: what a claim's amount question and "what's
    left to claim?" reckon is used of each activity's planned amount."""
    claimed: dict[tuple[str | None, str | None], Decimal] = {}
    for summary in summaries:
        if summary.id == except_id or summary.amount is None:
            continue
        if summary.status in UNCOUNTED_STATUSES:
            continue
        key = (summary.plan_id, summary.activity_id)
        claimed[key] = claimed.get(key, Decimal(0)) + Decimal(summary.amount)
    return claimed


@dataclass(frozen=True, slots=True)
class OtherClaim:
    """What the check needs of another claim of the tenant: kept in the claims' index
    (storage.claims.ClaimSummary), so no claim is read whole to check one."""

    id: str
    status: ClaimStatus
    plan_id: str | None = None
    activity_id: str | None = None
    activity_type: str | None = None
    execution_date: date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    invoice_keys: frozenset[tuple[str, ...]] = frozenset()


def other_claim(claim: Claim) -> OtherClaim:
    """`claim` as the check of another claim sees it."""
    return OtherClaim(
        id=claim.id,
        status=claim.status,
        plan_id=claim.plan_id,
        activity_id=claim.activity_id,
        activity_type=claim.activity_type,
        execution_date=claim.execution_date,
        amount=claim.amount,
        currency=claim.currency,
        invoice_keys=invoice_keys(claim),
    )


def invoice_keys(claim: Claim) -> frozenset[tuple[str, ...]]:
    """What identifies the claim's invoices (`_invoice_keys`): another claim with one of
    them claims the same invoice."""
    return frozenset(key for item in _invoices(claim) for key in _invoice_keys(item))


class _Check:
    """One run of the check: the inputs, and the findings as they are found."""

    def __init__(
        self,
        claim: Claim,
        plan: Plan,
        funds: FundsPeriod | None,
        other_claims: Sequence[Claim | OtherClaim],
        today: date,
    ) -> None:
        self.claim = claim
        self.plan = plan
        self.funds = funds
        self.today = today
        # Other claims count once they are sent: a rejected one no longer uses the
        # funds, and an abandoned draft must not block a real claim.
        self.others = [
            other if isinstance(other, OtherClaim) else other_claim(other)
            for other in other_claims
            if other.id != claim.id and other.status not in UNCOUNTED_STATUSES
        ]
        self.currency = (claim.currency or plan.currency or USD).upper()
        self.findings: list[Finding] = []
        self._unconvertible: set[tuple[str, str]] = set()
        found = plan.find_activity(claim.activity_id) if claim.activity_id else None
        self.campaign: Campaign | None = found[0] if found else None
        self.activity: Activity | None = found[1] if found else None
        type_key = claim.activity_type or (self.activity.activity_type if self.activity else None)
        try:
            self.entry: ActivityType | None = activity_type(type_key) if type_key else None
        except KeyError:
            self.entry = None

    def add(self, code: str, severity: Severity, item_id: str | None = None, **params: Any) -> None:
        self.findings.append(Finding(code=code, severity=severity, item_id=item_id, params=params))

    # -- money helpers -----------------------------------------------------------------------

    def convert(self, amount: Decimal, currency: str, target: str) -> Decimal | None:
        """`amount` in `target`; warns once per currency pair that cannot be converted."""
        converted = convert(amount, currency, target)
        if converted is None and (currency, target) not in self._unconvertible:
            self._unconvertible.add((currency, target))
            self.add("currency_not_convertible", _WARNING, currency=currency, target=target)
        return converted

    def total(self, claims: Iterable[OtherClaim], target: str) -> Decimal:
        """Sum of the claims' amounts in `target` (unconvertible ones warned about, left out)."""
        total = Decimal(0)
        for other in claims:
            if other.amount is None:
                continue
            converted = self.convert(
                other.amount, (other.currency or self.currency).upper(), target
            )
            if converted is not None:
                total += converted
        return total

    def same_plan_and_type(self) -> list[OtherClaim]:
        """Other claims that count towards a per-period cap of this activity type."""
        key = self.entry.key if self.entry else None
        return [o for o in self.others if o.plan_id == self.plan.id and o.activity_type == key]

    def usd_cap_in_claim_currency(self, cap_usd: Decimal) -> Decimal | None:
        return convert(cap_usd, USD, self.currency)


def check_claim(
    claim: Claim,
    plan: Plan,
    funds: FundsPeriod | None,
    other_claims: Sequence[Claim | OtherClaim],
    today: date,
) -> list[Finding]:
    """Everything wrong with `claim`, in the order a reviewer reads it (pure: no I/O)."""
    if claim.plan_id is not None and claim.plan_id != plan.id:
        raise ValueError(f"claim {claim.id} is on {claim.plan_id}, not on {plan.id}")
    check = _Check(claim, plan, funds, other_claims, today)
    _check_reviewer_reasons(check)
    _check_fields(check)
    _check_plan_and_activity(check)
    _check_dates(check)
    _check_claiming_period(check)
    _check_amounts(check)
    _check_caps(check)
    _check_evidence(check)
    _check_invoices(check)
    _check_duplicates(check)
    _check_reporting(check)
    return check.findings


def reviewer_answers(claim: Claim) -> list[tuple[int, ReviewerReason, Answer | None]]:
    """Each reason of the reviewer's decision, with how the claim answers it (None: open)."""
    evidence, values = claim.evidence, claim.field_values()
    return [
        (index, reason, answer_of(reason, evidence, values))
        for index, reason in enumerate(claim.reviewer_reasons)
    ]


def faulted_evidence_ids(claim: Claim) -> set[str]:
    """The attached items a still-open reviewer reason points at (by their content)."""
    faulted = {
        fp
        for _, reason, answer in reviewer_answers(claim)
        if answer is None
        for fp in reason.fingerprints
    }
    return {item.id for item in claim.evidence if fingerprint(item) in faulted}


def _check_reviewer_reasons(check: _Check) -> None:
    """What the reviewer already rejected, until the partner answers it (blocking)."""
    claim = check.claim
    for index, reason, answer in reviewer_answers(claim):
        if answer is not None:
            continue
        common = {"index": index, "reason_code": reason.code, "message": reason.message}
        target = reason.target
        if target == "evidence":
            items = [i for i in claim.evidence if fingerprint(i) in set(reason.fingerprints)]
            names = ", ".join(i.file_name or i.url or i.id for i in items)
            item_id = items[0].id if items else None
            check.add("reviewer_evidence", _BLOCKING, item_id=item_id, names=names, **common)
        elif target == "requirement":
            check.add("reviewer_requirement", _BLOCKING, requirement=reason.requirement, **common)
        elif target == "field":
            check.add("reviewer_field", _BLOCKING, field=reason.field, **common)
        else:
            check.add("reviewer_claim", _BLOCKING, **common)


def _check_fields(check: _Check) -> None:
    for field in check.claim.required_fields():
        if field in _FIELDS_WITH_OWN_FINDING:
            continue
        if getattr(check.claim, field) is None:
            check.add("claim_field_missing", _BLOCKING, field=field)
    entry = check.entry
    if entry is not None and entry.requires_pre_approval:
        if not (check.claim.pre_approval_id or "").strip():
            check.add("pre_approval_missing", _BLOCKING, type=entry.key)


def _check_plan_and_activity(check: _Check) -> None:
    claim, plan = check.claim, check.plan
    if claim.activity_id is not None and check.activity is None:
        check.add("activity_not_in_plan", _BLOCKING, activity_id=claim.activity_id)
    if plan.status is not PlanStatus.APPROVED:
        check.add("plan_not_approved", _BLOCKING, status=plan.status.value)
    entry = check.entry
    if entry is not None and plan.program in entry.excluded_programs:
        check.add("activity_not_eligible", _BLOCKING, type=entry.key, program=plan.program)


def _check_dates(check: _Check) -> None:
    executed = check.claim.execution_date
    if executed is None:
        return
    outside = _outside_campaign(check, executed)
    if outside is not None:
        check.add("execution_date_outside_campaign", _BLOCKING, **outside)
    if executed > check.today:
        check.add("execution_date_in_future", _BLOCKING, date=executed)


def _outside_campaign(check: _Check, day: date) -> dict[str, Any] | None:
    """The campaign's dates and name when `day` falls outside them (inclusive); None when
    it is inside, or the campaign's dates are not known."""
    campaign = check.campaign
    if campaign is None or campaign.start_date is None or campaign.end_date is None:
        return None
    if campaign.start_date <= day <= campaign.end_date:
        return None
    return {
        "start": campaign.start_date,
        "end": campaign.end_date,
        "campaign": campaign.name or campaign.id,
    }


def _check_claiming_period(check: _Check) -> None:
    if not check.plan.period:
        return
    try:
        usage = FiscalHalf.parse(check.plan.period)
    except UserInputError:
        return
    opens, closes = claiming_window(usage)
    today = check.today
    # Named in each sentence: which usage period the window is about.
    period = {"period": usage.label, "usage_start": usage.start, "usage_end": usage.end}
    if today < opens:
        check.add("outside_claiming_period", _BLOCKING, opens=opens, closes=closes, **period)
    elif today > closes:
        check.add("past_claiming_deadline", _BLOCKING, deadline=closes, **period)
    elif (closes - today).days <= DEADLINE_SOON_DAYS:
        days = (closes - today).days
        check.add("deadline_soon", _WARNING, deadline=closes, days=days, **period)


def _check_amounts(check: _Check) -> None:
    claim, plan, funds = check.claim, check.plan, check.funds
    if funds is None:
        check.add("funds_unknown", _WARNING, program=plan.program, period=plan.period)
    if claim.amount is None:
        return

    activity = check.activity
    if activity is not None and activity.planned_amount is not None and plan.currency:
        target = plan.currency.upper()
        amount = check.convert(claim.amount, check.currency, target)
        same_activity = [
            o for o in check.others if o.plan_id == plan.id and o.activity_id == activity.id
        ]
        remaining = activity.planned_amount - check.total(same_activity, target)
        if amount is not None and amount > remaining:
            check.add(
                "amount_above_planned",
                _BLOCKING,
                remaining=_down(remaining, target),
                planned=_rounded(activity.planned_amount, target),
                currency=target,
            )

    if funds is not None:
        amount = check.convert(claim.amount, check.currency, funds.currency)
        if amount is not None and amount > funds.remaining:
            check.add(
                "amount_above_funds",
                _BLOCKING,
                remaining=_down(funds.remaining, funds.currency),
                currency=funds.currency,
                program=funds.program,
                period=funds.period,
            )


def _check_caps(check: _Check) -> None:
    entry, amount = check.entry, check.claim.amount
    if entry is None or entry.cap is None or amount is None:
        return
    kind = entry.cap.kind
    if kind is CapKind.SHARE_OF_EARNED:
        _check_share_of_earned(check, entry, amount)
    elif kind is CapKind.FIXED_PER_USAGE_PERIOD:
        _check_fixed_per_period(check, entry, amount)
    elif kind is CapKind.CONFERENCE_TRAVEL:
        _check_conference(check, entry, amount)
    elif kind is CapKind.GREATER_OF_SHARE_OR_FIXED:
        _check_demo_units(check, entry, amount)


def _share(check: _Check, entry: ActivityType) -> Decimal | None:
    cap = entry.cap
    assert cap is not None
    if check.plan.program in SURFACE_PROGRAMS and cap.share_for_surface is not None:
        return cap.share_for_surface
    return cap.share


def _check_share_of_earned(check: _Check, entry: ActivityType, amount: Decimal) -> None:
    """Customer offers, SPIFFs: 25% of earned co-op per usage period; on-site champ 50%."""
    funds, currency = check.funds, check.currency
    share = _share(check, entry)
    if funds is None or share is None:
        return  # funds_unknown already says the cap could not be computed
    earned = check.convert(funds.earned, funds.currency, currency)
    if earned is None:
        return
    cap = earned * share
    used = check.total(check.same_plan_and_type(), currency)
    if used + amount > cap:
        check.add(
            "cap_share_of_earned",
            _BLOCKING,
            cap=_down(cap, currency),
            share=share,
            percent=format((share * 100).normalize(), "f"),
            used=_rounded(used, currency),
            remaining=_down(cap - used, currency),
            currency=currency,
            type=entry.key,
        )


def _check_fixed_per_period(check: _Check, entry: ActivityType, amount: Decimal) -> None:
    """Syndicated content: USD 18,750 per usage period."""
    cap_usd = entry.cap.amount_usd if entry.cap else None
    if cap_usd is None:
        return
    currency = check.currency
    cap = check.usd_cap_in_claim_currency(cap_usd)
    if cap is None:
        check.add("cap_unverifiable", _WARNING, type=entry.key, currency=currency)
        return
    used = check.total(check.same_plan_and_type(), currency)
    if used + amount > cap:
        check.add(
            "cap_syndicated_content",
            _BLOCKING,
            cap=_down(cap, currency),
            cap_usd=cap_usd,
            used=_rounded(used, currency),
            remaining=_down(cap - used, currency),
            currency=currency,
        )


def _check_conference(check: _Check, entry: ActivityType, amount: Decimal) -> None:
    """Microsoft-hosted conferences: 3 attendees, USD 5,000 each, USD 45,000 per period."""
    cap = entry.cap
    assert cap is not None
    attendees = check.claim.attendees
    currency = check.currency
    if attendees is not None and cap.max_attendees is not None and attendees > cap.max_attendees:
        check.add(
            "conference_too_many_attendees",
            _BLOCKING,
            attendees=attendees,
            max=cap.max_attendees,
        )
    if attendees is not None and attendees < 1:
        check.add("conference_no_attendees", _BLOCKING)

    unverifiable = False
    if attendees is not None and attendees >= 1 and cap.per_person_usd is not None:
        per_person_total_usd = cap.per_person_usd * attendees
        limit = check.usd_cap_in_claim_currency(per_person_total_usd)
        if limit is None:
            unverifiable = True
        elif amount > limit:
            check.add(
                "conference_per_person",
                _BLOCKING,
                cap=_down(limit, currency),
                cap_usd=per_person_total_usd,
                per_person_usd=cap.per_person_usd,
                attendees=attendees,
                currency=currency,
            )
    if cap.amount_usd is not None:
        period_cap = check.usd_cap_in_claim_currency(cap.amount_usd)
        if period_cap is None:
            unverifiable = True
        else:
            used = check.total(check.same_plan_and_type(), currency)
            if used + amount > period_cap:
                check.add(
                    "conference_period_total",
                    _BLOCKING,
                    cap=_down(period_cap, currency),
                    cap_usd=cap.amount_usd,
                    used=_rounded(used, currency),
                    remaining=_down(period_cap - used, currency),
                    currency=currency,
                )
    if unverifiable:
        check.add("cap_unverifiable", _WARNING, type=entry.key, currency=currency)


def _check_demo_units(check: _Check, entry: ActivityType, amount: Decimal) -> None:
    """Demo units: the greater of 10% of accrued co-op or USD 3,000 (Surface: no cap)."""
    cap = entry.cap
    assert cap is not None
    if check.plan.program in SURFACE_PROGRAMS:
        return
    currency, funds = check.currency, check.funds
    fixed = check.usd_cap_in_claim_currency(cap.amount_usd) if cap.amount_usd else None
    share_part: Decimal | None = None
    if funds is not None and cap.share is not None:
        accrued = funds.accrued if funds.accrued is not None else funds.earned
        converted = check.convert(accrued, funds.currency, currency)
        share_part = None if converted is None else converted * cap.share
    known = [part for part in (fixed, share_part) if part is not None]
    if not known:
        check.add("cap_unverifiable", _WARNING, type=entry.key, currency=currency)
        return
    limit = max(known)
    used = check.total(check.same_plan_and_type(), currency)
    if used + amount <= limit:
        return
    if len(known) == 1:
        # Only one side of "the greater of" is known: the claim is above a lower bound.
        check.add("cap_unverifiable", _WARNING, type=entry.key, currency=currency)
        return
    check.add(
        "cap_demo_units",
        _BLOCKING,
        cap=_down(limit, currency),
        used=_rounded(used, currency),
        remaining=_down(limit - used, currency),
        currency=currency,
    )


def _check_evidence(check: _Check) -> None:
    evidence = check.claim.evidence
    needed = still_needed(check.entry.key if check.entry is not None else None, evidence)
    if INVOICE_OR_CSR in needed:
        check.add("no_invoice_or_csr", _BLOCKING)
    for item in evidence:
        if item.kind is EvidenceKind.PROOF and not (item.note or "").strip():
            check.add("proof_without_note", _BLOCKING, item_id=item.id, name=item.file_name)
        missing = item.missing_field()
        # A note has its own finding; the offer to fill the claim from an invoice is not
        # something a reviewer needs.
        if missing not in (None, "note", "reading"):
            check.add("evidence_incomplete", _BLOCKING, item_id=item.id, field=missing)
        if item.is_file and item.file_name is not None:
            try:
                check_file_name(item.file_name)
            except UserInputError as error:
                check.add(
                    "file_type_not_allowed",
                    _BLOCKING,
                    item_id=item.id,
                    name=error.params.get("name", item.file_name),
                )
    for requirement in needed:
        if requirement != INVOICE_OR_CSR:
            check.add(
                "required_evidence_missing",
                _BLOCKING,
                requirement=requirement,
                form=EVIDENCE_REQUIREMENTS.get(requirement, "file"),
            )


def _invoices(claim: Claim) -> list[Evidence]:
    return [i for i in claim.evidence if i.kind is EvidenceKind.INVOICE and i.has_content]


def _check_invoices(check: _Check) -> None:
    """What a reviewer would see in the invoices themselves (what was read in them)."""
    invoices = _invoices(check.claim)
    for item in invoices:
        reading = item.reading
        if reading is None:
            continue
        if reading.status is ReadingStatus.UNREADABLE or reading.reason == "damaged":
            check.add("invoice_unreadable", _WARNING, item_id=item.id, name=item.file_name)
        elif reading.status is ReadingStatus.NOT_INVOICE:
            check.add("invoice_not_an_invoice", _WARNING, item_id=item.id, name=item.file_name)
        elif reading.is_invoice:
            _check_invoice_reading(check, item, reading)
    _check_invoice_totals(check, invoices)
    _check_invoice_reuse(check, invoices)
    _check_beside_earlier(check)


def _check_beside_earlier(check: _Check) -> None:
    """A claim being fixed: an invoice (or CSR) added since the rejection beside one sent
    with the rejected claim that no reviewer's reason points at (one that does already
    blocks, its removal offered). A reviewer reading both may count the cost twice."""
    claim = check.claim
    if not claim.reviewer_reasons:
        return
    decided = max(reason.decided_at for reason in claim.reviewer_reasons)
    faulted = {fp for reason in claim.reviewer_reasons for fp in reason.fingerprints}
    for kind in (EvidenceKind.INVOICE, EvidenceKind.CSR):
        items = [i for i in claim.evidence if i.kind is kind and i.has_content and i.added_at]
        earlier = [i for i in items if i.added_at <= decided and fingerprint(i) not in faulted]
        added = [i for i in items if i.added_at > decided]
        if earlier and added:
            check.add(
                "invoice_beside_earlier",
                _WARNING,
                item_id=earlier[0].id,
                name=", ".join(i.file_name or i.id for i in earlier),
                first=earlier[0].file_name or earlier[0].id,
                added=", ".join(i.file_name or i.id for i in added),
            )


def _check_invoice_reading(check: _Check, item: Evidence, reading: InvoiceReading) -> None:
    currency = reading.certain("currency")
    if currency is not None and currency != check.currency:
        check.add(
            "invoice_currency_differs",
            _WARNING,
            item_id=item.id,
            name=item.file_name,
            invoice_currency=currency,
            currency=check.currency,
        )
    issued_on = reading.certain("issued_on")
    if not isinstance(issued_on, date):
        return
    outside = _outside_campaign(check, issued_on)
    if outside is not None:
        check.add(
            "invoice_date_outside_campaign", _WARNING, item_id=item.id, name=item.file_name,
            issued_on=issued_on, **outside,
        )  # fmt: skip
    if issued_on > check.today:
        check.add(
            "invoice_date_in_future", _WARNING, item_id=item.id, name=item.file_name,
            issued_on=issued_on,
        )  # fmt: skip


def _check_invoice_totals(check: _Check, invoices: list[Evidence]) -> None:
    """The claimed amount against the invoices' totals: only when every invoice was read
    with a certain total in the claim's currency (a claim may add up several invoices)."""
    amount = check.claim.amount
    if amount is None or not invoices:
        return
    totals: list[Decimal] = []
    for item in invoices:
        reading = item.reading
        if reading is None or not reading.is_invoice:
            return
        total, currency = reading.certain("total"), reading.certain("currency")
        if not isinstance(total, Decimal) or currency not in (None, check.currency):
            return
        totals.append(total)
    invoiced = _rounded(sum(totals, Decimal(0)), check.currency)
    if amount > invoiced:
        first = invoices[0]
        check.add(
            "amount_above_invoice", _BLOCKING, item_id=first.id, name=first.file_name,
            amount=amount, total=invoiced,
        )  # fmt: skip


def _invoice_keys(item: Evidence) -> set[tuple[str, ...]]:
    """What makes two invoices the same: the same file, or the same number (read with
    certainty) from the same supplier (as read: a supplier's name is rarely certain, and
    the same name read twice is the same supplier; a name misread only misses a match)."""
    keys: set[tuple[str, ...]] = set()
    if item.sha256:
        keys.add(("file", item.sha256))
    reading = item.reading
    if reading is not None and reading.is_invoice:
        number, supplier = reading.certain("number"), reading.supplier
        if isinstance(number, str) and supplier:
            keys.add(("number", _folded_id(number), _folded_id(supplier)))
    return keys


def _folded_id(number: str) -> str:
    return "".join(c for c in fold(number) if c.isalnum())


def _check_invoice_reuse(check: _Check, invoices: list[Evidence]) -> None:
    used: dict[tuple[str, ...], str] = {}
    for other in check.others:
        for key in other.invoice_keys:
            used.setdefault(key, other.id)
    for item in invoices:
        found = sorted({used[key] for key in _invoice_keys(item) if key in used})
        if found:
            check.add(
                "invoice_already_claimed", _BLOCKING, item_id=item.id, name=item.file_name,
                claim_id=found[0],
            )  # fmt: skip


def _check_duplicates(check: _Check) -> None:
    claim = check.claim
    if claim.activity_id is None or claim.execution_date is None or claim.amount is None:
        return
    for other in check.others:
        if (
            other.plan_id == claim.plan_id
            and other.activity_id == claim.activity_id
            and other.execution_date == claim.execution_date
            and other.amount == claim.amount
            and (other.currency or check.currency).upper() == check.currency
        ):
            check.add("duplicate_claim", _BLOCKING, claim_id=other.id)


def _check_reporting(check: _Check) -> None:
    claim, entry = check.claim, check.entry
    if claim.impressions == 0:
        check.add("zero_impressions", _WARNING)
    if entry is not None and entry.metric is not None and not (claim.metric_value or "").strip():
        check.add("metric_missing", _WARNING, metric=entry.metric)
