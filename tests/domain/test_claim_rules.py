"""The pre-submission check: every rule firing and not firing, every catalog entry.

`scenario()` builds an approved plan, its funds and a complete, valid claim; each
case changes one thing and looks for (or for the absence of) one finding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain.catalog import ACTIVITY_TYPES
from domain.claim import CLAIM_FIELDS, Claim
from domain.claim_rules import check_claim
from domain.evidence import EVIDENCE_REQUIREMENTS, Evidence, EvidenceKind, requirements_for
from domain.findings import Finding, Severity, blocking
from domain.funds import FundsPeriod
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.plan import Activity, Campaign, Plan

D = Decimal
TODAY = date(2027, 3, 1)  # FY27 H2 (Jan–Jun 2027) is claimed 16 Feb–15 Aug 2027
PLAN_ID = "PLN-2027-000001"
CAMPAIGN_START, CAMPAIGN_END = date(2027, 1, 10), date(2027, 2, 20)
# The valid claim: 2,000 of a 50,000 planned activity, with 40,000 co-op earned.
PLANNED, EARNED, CLAIMED, AMOUNT = D("50000"), D("40000"), D("0"), D("2000")


@dataclass
class Scenario:
    plan: Plan
    claim: Claim
    funds: FundsPeriod | None
    others: list[Claim] = field(default_factory=list)
    today: date = TODAY

    def check(self) -> list[Finding]:
        return check_claim(self.claim, self.plan, self.funds, self.others, self.today)

    @property
    def activity(self) -> Activity:
        return self.plan.campaigns[0].activities[0]

    def other(self, claim_id: str = "CLM-2027-000099", **changes: Any) -> Claim:
        """Another claim of the tenant, already submitted unless `changes` say otherwise."""
        changes.setdefault("status", ClaimStatus.SUBMITTED)
        other = self.claim.model_copy(deep=True, update={"id": claim_id, **changes})
        # Its own invoice: the same file on two claims is a finding of its own.
        for item in other.evidence:
            if item.kind is EvidenceKind.INVOICE:
                item.sha256 = hashlib.sha256(claim_id.encode()).hexdigest()
        self.others.append(other)
        return other


def _evidence_for(requirement: str, item_id: str) -> Evidence:
    if EVIDENCE_REQUIREMENTS[requirement] == "url":
        return Evidence(
            id=item_id,
            kind=EvidenceKind.URL,
            requirement=requirement,
            url="https://contoso.com/spring",
        )
    return Evidence(
        id=item_id,
        kind=EvidenceKind.PROOF,
        requirement=requirement,
        file_name=f"{requirement}.pdf",
        content_type="application/pdf",
        size=1000,
        sha256="b" * 64,
        stored_as=f"files/bb/{'b' * 64}",
        note="What this shows",
    )


def scenario(
    activity_type: str = "digital_advertising",
    *,
    program: str = "csp_indirect_reseller",
    currency: str = "EUR",
    planned: Decimal = PLANNED,
    earned: Decimal = EARNED,
    claimed: Decimal = CLAIMED,
    amount: Decimal = AMOUNT,
) -> Scenario:
    """An approved plan with one campaign and one activity, its funds, and a valid claim."""
    activity = Activity(
        id="A2",
        activity_type=activity_type,
        description="Spring campaign",
        countries=["FR"],
        planned_amount=planned,
    )
    campaign = Campaign(
        id="C1",
        name="Spring",
        start_date=CAMPAIGN_START,
        end_date=CAMPAIGN_END,
        activities=[activity],
        activities_done=True,
    )
    plan = Plan(
        id=PLAN_ID,
        tenant_id="t1",
        owner_id="u1",
        status=PlanStatus.APPROVED,
        mpn_id="1234567",
        program=program,
        market="FR",
        fund_type="coop",
        period="FY27 H2",
        currency=currency,
        reviewer_email="pam@microsoft.com",
        plan_limit=D("100000"),
        campaigns=[campaign],
        campaigns_done=True,
        next_item_number=3,
    )
    claim = Claim(
        id="CLM-2027-000001",
        tenant_id="t1",
        owner_id="u1",
        plan_id=PLAN_ID,
        campaign_id="C1",
        activity_id="A2",
        activity_type=activity_type,
        name="Spring ads",
        execution_date=date(2027, 2, 1),
        amount=amount,
        currency=currency,
        impressions=5000,
    )
    entry = next(e for e in ACTIVITY_TYPES if e.key == activity_type)
    if entry.requires_pre_approval:
        claim.pre_approval_id = "PA-12345"
    if entry.metric is not None:
        claim.metric_value = "120 registered guests"
    if activity_type == "microsoft_conference":
        claim.attendees = 2
    invoice = claim.add_evidence()
    invoice.kind = EvidenceKind.INVOICE
    invoice.file_name, invoice.sha256 = "invoice.pdf", "a" * 64
    for requirement in requirements_for(activity_type):
        item = _evidence_for(requirement, claim.new_item_id("E"))
        claim.evidence.append(item)
    claim.evidence_done = True
    funds = FundsPeriod(
        program=program, period="FY27 H2", currency=currency, earned=earned, claimed=claimed
    )
    return Scenario(plan=plan, claim=claim, funds=funds)


def _codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# -- the valid claim -----------------------------------------------------------------------


@pytest.mark.parametrize("entry", ACTIVITY_TYPES, ids=lambda e: e.key)
def test_the_valid_claim_of_every_type_has_no_finding(entry) -> None:
    s = scenario(entry.key)
    assert s.claim.missing_field() is None
    assert s.claim.pending_evidence() is None
    assert s.check() == []


def test_the_claim_itself_among_other_claims_is_ignored() -> None:
    s = scenario()
    s.others.append(s.claim)
    assert s.check() == []


def test_a_claim_on_another_plan_is_a_programming_error() -> None:
    s = scenario()
    s.claim.plan_id = "PLN-2027-000002"
    with pytest.raises(ValueError):
        s.check()


# -- rules that fire -----------------------------------------------------------------------

Change = Callable[[Scenario], Any]


def _set(**values: Any) -> Change:
    def change(s: Scenario) -> None:
        for name, value in values.items():
            setattr(s.claim, name, value)

    return change


def _today(day: date) -> Change:
    def change(s: Scenario) -> None:
        s.today = day

    return change


def _funds_claimed(amount: str) -> Change:
    def change(s: Scenario) -> None:
        assert s.funds is not None
        s.funds.claimed = D(amount)

    return change


def _plan(**values: Any) -> Change:
    def change(s: Scenario) -> None:
        for name, value in values.items():
            setattr(s.plan, name, value)

    return change


def _evidence(item_id: str, **values: Any) -> Change:
    def change(s: Scenario) -> None:
        item = s.claim.evidence_item(item_id)
        assert item is not None
        for name, value in values.items():
            setattr(item, name, value)

    return change


def _both(*changes: Change) -> Change:
    def change(s: Scenario) -> None:
        for one in changes:
            one(s)

    return change


def _other(**values: Any) -> Change:
    def change(s: Scenario) -> None:
        s.other(**values)

    return change


@dataclass
class Case:
    id: str
    change: Change
    code: str
    severity: Severity = Severity.BLOCKING
    params: dict[str, Any] = field(default_factory=dict)
    item_id: str | None = None
    activity_type: str = "digital_advertising"
    options: dict[str, Any] = field(default_factory=dict)


FIRING: list[Case] = [
    *(
        Case(f"missing {name}", _set(**{name: None}), "claim_field_missing", params={"field": name})
        for name in CLAIM_FIELDS
    ),
    Case(
        "missing attendees",
        _set(attendees=None),
        "claim_field_missing",
        params={"field": "attendees"},
        activity_type="microsoft_conference",
    ),
    Case("unknown activity", _set(activity_id="A99"), "activity_not_in_plan", params={}),
    *(
        Case(
            f"plan {status.value}",
            _plan(status=status),
            "plan_not_approved",
            params={"status": status.value},
        )
        for status in PlanStatus
        if status is not PlanStatus.APPROVED
    ),
    Case(
        "employee purchase on Surface",
        lambda s: None,
        "activity_not_eligible",
        params={"type": "employee_purchase_web", "program": "surface_add"},
        activity_type="employee_purchase_web",
        options={"program": "surface_add"},
    ),
    Case(
        "day before the campaign",
        _set(execution_date=date(2027, 1, 9)),
        "execution_date_outside_campaign",
        params={"start": CAMPAIGN_START, "end": CAMPAIGN_END, "campaign": "Spring"},
    ),
    Case(
        "day after the campaign",
        _set(execution_date=date(2027, 2, 21)),
        "execution_date_outside_campaign",
        params={"start": CAMPAIGN_START, "end": CAMPAIGN_END},
    ),
    Case(
        "executed tomorrow",
        _both(_today(date(2027, 2, 17)), _set(execution_date=date(2027, 2, 18))),
        "execution_date_in_future",
        params={"date": date(2027, 2, 18)},
    ),
    Case(
        "claiming period not open",
        _both(_today(date(2027, 2, 15)), _set(execution_date=date(2027, 2, 1))),
        "outside_claiming_period",
        params={"opens": date(2027, 2, 16), "closes": date(2027, 8, 15)},
    ),
    Case(
        "claiming deadline passed",
        _today(date(2027, 8, 16)),
        "past_claiming_deadline",
        params={"deadline": date(2027, 8, 15)},
    ),
    Case(
        "deadline in 7 days",
        _today(date(2027, 8, 8)),
        "deadline_soon",
        Severity.WARNING,
        params={"deadline": date(2027, 8, 15), "days": 7},
    ),
    Case(
        "deadline today",
        _today(date(2027, 8, 15)),
        "deadline_soon",
        Severity.WARNING,
        params={"days": 0},
    ),
    Case(
        "above the planned amount",
        _set(amount=D("50000.01")),
        "amount_above_planned",
        params={"remaining": D("50000"), "planned": D("50000"), "currency": "EUR"},
        options={"earned": D("100000")},
    ),
    Case(
        "above what other claims left of the planned amount",
        _both(
            _other(amount=D("46000"), execution_date=date(2027, 1, 20)), _set(amount=D("4000.01"))
        ),
        "amount_above_planned",
        params={"remaining": D("4000"), "planned": D("50000"), "currency": "EUR"},
    ),
    Case(
        "other claims in another currency count converted",
        _both(
            _other(amount=D("10800"), currency="USD", execution_date=date(2027, 1, 20)),
            _set(amount=D("40000.01")),
        ),
        "amount_above_planned",
        params={"remaining": D("40000")},
        options={"earned": D("100000")},
    ),
    Case(
        "above remaining funds",
        _funds_claimed("38000.01"),
        "amount_above_funds",
        params={
            "remaining": D("1999.99"),
            "currency": "EUR",
            "program": "csp_indirect_reseller",
            "period": "FY27 H2",
        },
    ),
    Case(
        "no funds known",
        lambda s: setattr(s, "funds", None),
        "funds_unknown",
        Severity.WARNING,
        params={"program": "csp_indirect_reseller", "period": "FY27 H2"},
    ),
    Case(
        "customer offer above 25%",
        _set(amount=D("10000.01")),
        "cap_share_of_earned",
        params={
            "cap": D("10000"),
            "share": D("0.25"),
            "percent": "25",
            "used": D("0"),
            "remaining": D("10000"),
            "currency": "EUR",
            "type": "customer_offer",
        },
        activity_type="customer_offer",
    ),
    Case(
        "SPIFFs above 25% with earlier claims of the period",
        _both(
            _other(amount=D("8000"), activity_id="A5", execution_date=date(2027, 1, 20)),
            _set(amount=D("2000.01")),
        ),
        "cap_share_of_earned",
        params={"cap": D("10000"), "used": D("8000"), "remaining": D("2000")},
        activity_type="internal_incentive",
    ),
    Case(
        "on-site champ above 50%",
        _set(amount=D("20000.01")),
        "cap_share_of_earned",
        params={"cap": D("20000"), "share": D("0.5"), "percent": "50"},
        activity_type="onsite_champ",
    ),
    Case(
        "Surface customer offer above 100%",
        _set(amount=D("40000.01")),
        "cap_share_of_earned",
        params={"cap": D("40000"), "share": D("1"), "percent": "100"},
        activity_type="customer_offer",
        options={"program": "surface_add", "planned": D("90000")},
    ),
    Case(
        "syndicated content above USD 18,750",
        _set(amount=D("18750.01")),
        "cap_syndicated_content",
        params={
            "cap": D("18750"),
            "cap_usd": D("18750"),
            "used": D("0"),
            "remaining": D("18750"),
            "currency": "USD",
        },
        activity_type="syndicated_content",
        options={"currency": "USD"},
    ),
    Case(
        "syndicated content above the cap in EUR",
        _set(amount=D("17361.12")),
        "cap_syndicated_content",
        params={"cap": D("17361.11"), "currency": "EUR"},
        activity_type="syndicated_content",
    ),
    Case(
        "syndicated content with earlier claims of the period",
        _both(
            _other(amount=D("18000"), activity_id="A7", execution_date=date(2027, 1, 20)),
            _set(amount=D("750.01")),
        ),
        "cap_syndicated_content",
        params={"used": D("18000"), "remaining": D("750")},
        activity_type="syndicated_content",
        options={"currency": "USD"},
    ),
    Case(
        "syndicated content in a currency without a rate",
        lambda s: None,
        "cap_unverifiable",
        Severity.WARNING,
        params={"type": "syndicated_content", "currency": "XOF"},
        activity_type="syndicated_content",
        options={"currency": "XOF"},
    ),
    Case(
        "four conference attendees",
        _set(attendees=4),
        "conference_too_many_attendees",
        params={"attendees": 4, "max": 3},
        activity_type="microsoft_conference",
    ),
    Case(
        "no conference attendee",
        _set(attendees=0),
        "conference_no_attendees",
        activity_type="microsoft_conference",
    ),
    Case(
        "conference above USD 5,000 per person",
        _set(attendees=2, amount=D("10000.01")),
        "conference_per_person",
        params={
            "cap": D("10000"),
            "cap_usd": D("10000"),
            "per_person_usd": D("5000"),
            "attendees": 2,
            "currency": "USD",
        },
        activity_type="microsoft_conference",
        options={"currency": "USD"},
    ),
    Case(
        "conference above USD 45,000 in the period",
        _both(
            _other(amount=D("40000"), activity_id="A8", execution_date=date(2027, 1, 20)),
            _set(attendees=1, amount=D("5000.01")),
        ),
        "conference_period_total",
        params={
            "cap": D("45000"),
            "cap_usd": D("45000"),
            "used": D("40000"),
            "remaining": D("5000"),
            "currency": "USD",
        },
        activity_type="microsoft_conference",
        options={"currency": "USD", "earned": D("100000"), "planned": D("90000")},
    ),
    Case(
        "conference in a currency without a rate",
        lambda s: None,
        "cap_unverifiable",
        Severity.WARNING,
        params={"type": "microsoft_conference"},
        activity_type="microsoft_conference",
        options={"currency": "XOF"},
    ),
    Case(
        "demo units above 10% of accrued co-op",
        _set(amount=D("4000.01")),
        "cap_demo_units",
        params={"cap": D("4000"), "used": D("0"), "remaining": D("4000"), "currency": "EUR"},
        activity_type="demo_units",
    ),
    Case(
        "demo units above USD 3,000 when 10% is less",
        _set(amount=D("3000.01")),
        "cap_demo_units",
        params={"cap": D("3000"), "currency": "USD"},
        activity_type="demo_units",
        options={"currency": "USD", "earned": D("10000")},
    ),
    Case(
        "demo units above USD 3,000 in EUR",
        _set(amount=D("2777.78")),
        "cap_demo_units",
        params={"cap": D("2777.77"), "currency": "EUR"},
        activity_type="demo_units",
        options={"earned": D("10000")},
    ),
    Case(
        "demo units above USD 3,000 with funds unknown",
        _both(lambda s: setattr(s, "funds", None), _set(amount=D("3000.01"))),
        "cap_unverifiable",
        Severity.WARNING,
        params={"type": "demo_units", "currency": "USD"},
        activity_type="demo_units",
        options={"currency": "USD"},
    ),
    Case(
        "demo units above 10% in a currency without a rate",
        _set(amount=D("1000000.01")),
        "cap_unverifiable",
        Severity.WARNING,
        params={"type": "demo_units", "currency": "XOF"},
        activity_type="demo_units",
        options={"currency": "XOF", "earned": D("10000000"), "planned": D("5000000")},
    ),
    Case(
        "no invoice and no CSR",
        lambda s: s.claim.remove_evidence("E1"),
        "no_invoice_or_csr",
    ),
    Case(
        "an invoice without its file",
        _evidence("E1", sha256=None),
        "no_invoice_or_csr",
    ),
    Case(
        "proof without a note",
        _evidence("E2", note=None),
        "proof_without_note",
        params={"name": "ad_screenshot.pdf"},
        item_id="E2",
    ),
    Case(
        "proof with a blank note",
        _evidence("E2", note="   "),
        "proof_without_note",
        item_id="E2",
    ),
    Case(
        "an item left half-way",
        lambda s: s.claim.add_evidence(),
        "evidence_incomplete",
        params={"field": "kind"},
        item_id="E4",
    ),
    Case(
        "landing page URL missing",
        lambda s: s.claim.remove_evidence("E3"),
        "required_evidence_missing",
        params={"requirement": "landing_page_url", "form": "url"},
    ),
    Case(
        "screenshot given as a URL",
        _evidence("E2", kind=EvidenceKind.URL, url="https://contoso.com/ad.png"),
        "required_evidence_missing",
        params={"requirement": "ad_screenshot", "form": "file"},
    ),
    Case(
        "an invoice of a refused type",
        _evidence("E1", file_name="invoice.zip"),
        "file_type_not_allowed",
        params={"name": "invoice.zip"},
        item_id="E1",
    ),
    Case(
        "a proof with a disguised name",
        _evidence("E2", file_name="shot.pdf.exe"),
        "file_type_not_allowed",
        params={"name": "shot.pdf.exe"},
        item_id="E2",
    ),
    Case(
        "TV without pre-approval",
        _set(pre_approval_id=None),
        "pre_approval_missing",
        params={"type": "tv_radio"},
        activity_type="tv_radio",
    ),
    Case(
        "TV with a blank pre-approval",
        _set(pre_approval_id="  "),
        "pre_approval_missing",
        activity_type="tv_radio",
    ),
    Case(
        "same activity, date and amount",
        _other(claim_id="CLM-2027-000007", status=ClaimStatus.SUBMITTED),
        "duplicate_claim",
        params={"claim_id": "CLM-2027-000007"},
    ),
    Case("no impressions", _set(impressions=0), "zero_impressions", Severity.WARNING),
    Case(
        "metric skipped",
        _set(metric_value=""),
        "metric_missing",
        Severity.WARNING,
        params={"metric": "results_summary"},
    ),
    Case(
        "metric not asked yet",
        _set(metric_value=None),
        "metric_missing",
        Severity.WARNING,
        params={"metric": "results_summary"},
    ),
    Case(
        "claim currency without a rate to the plan's",
        _set(currency="XOF"),
        "currency_not_convertible",
        Severity.WARNING,
        params={"currency": "XOF", "target": "EUR"},
    ),
]


@pytest.mark.parametrize("case", FIRING, ids=lambda c: c.id)
def test_rule_fires(case: Case) -> None:
    s = scenario(case.activity_type, **case.options)
    case.change(s)
    findings = [f for f in s.check() if f.code == case.code]
    assert findings, f"{case.code} not found in {_codes(s.check())}"
    finding = findings[0]
    assert finding.severity is case.severity
    assert finding.item_id == case.item_id
    for name, value in case.params.items():
        assert finding.params[name] == value, name


# -- rules that do not fire (boundaries, exclusions) ---------------------------------------


@dataclass
class Quiet:
    id: str
    change: Change
    code: str
    activity_type: str = "digital_advertising"
    options: dict[str, Any] = field(default_factory=dict)
    # Other findings this change may legitimately cause (none by default).
    allowed: tuple[str, ...] = ()


QUIET: list[Quiet] = [
    Quiet(
        "executed on the campaign's first day",
        _set(execution_date=CAMPAIGN_START),
        "execution_date_outside_campaign",
    ),
    Quiet(
        "executed on the campaign's last day",
        _set(execution_date=CAMPAIGN_END),
        "execution_date_outside_campaign",
    ),
    Quiet(
        "executed today",
        _both(_today(date(2027, 2, 17)), _set(execution_date=date(2027, 2, 17))),
        "execution_date_in_future",
    ),
    Quiet("claiming opens today", _today(date(2027, 2, 16)), "outside_claiming_period"),
    Quiet(
        "claiming closes today",
        _today(date(2027, 8, 15)),
        "past_claiming_deadline",
        allowed=("deadline_soon",),
    ),
    Quiet("deadline in 8 days", _today(date(2027, 8, 7)), "deadline_soon"),
    Quiet(
        "amount equals the planned amount",
        _set(amount=D("50000")),
        "amount_above_planned",
        options={"earned": D("100000")},
    ),
    Quiet(
        "amount equals what other claims left",
        _both(_other(amount=D("46000"), execution_date=date(2027, 1, 20)), _set(amount=D("4000"))),
        "amount_above_planned",
    ),
    Quiet(
        "rejected claims give their planned amount back",
        _both(_other(amount=D("49000"), status=ClaimStatus.REJECTED), _set(amount=D("40000"))),
        "amount_above_planned",
    ),
    Quiet(
        "claims on other activities do not count",
        _both(_other(amount=D("49000"), activity_id="A9"), _set(amount=D("40000"))),
        "amount_above_planned",
        options={"earned": D("200000")},
    ),
    Quiet("amount equals remaining funds", _funds_claimed("38000"), "amount_above_funds"),
    Quiet(
        "customer offer exactly at 25%",
        _set(amount=D("10000")),
        "cap_share_of_earned",
        activity_type="customer_offer",
    ),
    Quiet(
        "SPIFFs exactly at 25% with earlier claims",
        _both(_other(amount=D("8000"), activity_id="A5"), _set(amount=D("2000"))),
        "cap_share_of_earned",
        activity_type="internal_incentive",
    ),
    Quiet(
        "offers on another plan do not count",
        _both(
            _other(amount=D("9000"), plan_id="PLN-2027-000002", activity_id="A5"),
            _set(amount=D("10000")),
        ),
        "cap_share_of_earned",
        activity_type="customer_offer",
    ),
    Quiet(
        "rejected offers do not count",
        _both(
            _other(amount=D("9000"), activity_id="A5", status=ClaimStatus.REJECTED),
            _set(amount=D("10000")),
        ),
        "cap_share_of_earned",
        activity_type="customer_offer",
    ),
    Quiet(
        "other activity types do not count",
        _both(
            _other(amount=D("9000"), activity_id="A5", activity_type="tradeshow"),
            _set(amount=D("10000")),
        ),
        "cap_share_of_earned",
        activity_type="customer_offer",
    ),
    Quiet(
        "Surface customer offer above 25%",
        _set(amount=D("30000")),
        "cap_share_of_earned",
        activity_type="customer_offer",
        options={"program": "surface_add"},
    ),
    Quiet(
        "Surface SPIFFs exactly at 100%",
        _set(amount=D("40000")),
        "cap_share_of_earned",
        activity_type="internal_incentive",
        options={"program": "surface_add"},
    ),
    Quiet(
        "on-site champ exactly at 50%",
        _set(amount=D("20000")),
        "cap_share_of_earned",
        activity_type="onsite_champ",
    ),
    Quiet(
        "share caps wait for the funds",
        _both(lambda s: setattr(s, "funds", None), _set(amount=D("30000"))),
        "cap_share_of_earned",
        activity_type="customer_offer",
        allowed=("funds_unknown",),
    ),
    Quiet(
        "syndicated content exactly at USD 18,750",
        _set(amount=D("18750")),
        "cap_syndicated_content",
        activity_type="syndicated_content",
        options={"currency": "USD"},
    ),
    Quiet(
        "syndicated content at the cap in EUR",
        _set(amount=D("17361.11")),
        "cap_syndicated_content",
        activity_type="syndicated_content",
    ),
    Quiet(
        "syndicated content in GBP",
        _set(amount=D("14763.77")),
        "cap_syndicated_content",
        activity_type="syndicated_content",
        options={"currency": "GBP"},
    ),
    Quiet(
        "syndicated content in a currency with a rate",
        _set(amount=D("10000")),
        "cap_unverifiable",
        activity_type="syndicated_content",
        options={"currency": "CHF"},
    ),
    Quiet(
        "three conference attendees",
        _set(attendees=3),
        "conference_too_many_attendees",
        activity_type="microsoft_conference",
    ),
    Quiet(
        "conference exactly at USD 5,000 per person",
        _set(attendees=3, amount=D("15000")),
        "conference_per_person",
        activity_type="microsoft_conference",
        options={"currency": "USD"},
    ),
    Quiet(
        "conference exactly at USD 45,000 in the period",
        _both(_other(amount=D("40000"), activity_id="A8"), _set(attendees=1, amount=D("5000"))),
        "conference_period_total",
        activity_type="microsoft_conference",
        options={"currency": "USD", "earned": D("100000")},
    ),
    Quiet(
        "demo units exactly at 10% of accrued co-op",
        _set(amount=D("4000")),
        "cap_demo_units",
        activity_type="demo_units",
    ),
    Quiet(
        "demo units exactly at USD 3,000",
        _set(amount=D("3000")),
        "cap_demo_units",
        activity_type="demo_units",
        options={"currency": "USD", "earned": D("10000")},
    ),
    Quiet(
        "demo units cap uses accrued co-op",
        lambda s: (setattr(s.funds, "accrued", D("60000")), _set(amount=D("6000"))(s)),
        "cap_demo_units",
        activity_type="demo_units",
    ),
    Quiet(
        "Surface demo units have no cap",
        _set(amount=D("30000")),
        "cap_demo_units",
        activity_type="demo_units",
        options={"program": "surface_add"},
    ),
    Quiet(
        "demo units below USD 3,000 with funds unknown",
        _both(lambda s: setattr(s, "funds", None), _set(amount=D("3000"))),
        "cap_unverifiable",
        activity_type="demo_units",
        options={"currency": "USD"},
        allowed=("funds_unknown",),
    ),
    Quiet(
        "demo units below 10% in a currency without a rate",
        _set(amount=D("1000000")),
        "cap_unverifiable",
        activity_type="demo_units",
        options={"currency": "XOF", "earned": D("10000000"), "planned": D("5000000")},
    ),
    Quiet(
        "employee purchase outside Surface",
        lambda s: None,
        "activity_not_eligible",
        activity_type="employee_purchase_web",
    ),
    Quiet(
        "a CSR instead of an invoice",
        _evidence("E1", kind=EvidenceKind.CSR, file_name="csr.docx"),
        "no_invoice_or_csr",
    ),
    Quiet(
        "a second invoice",
        lambda s: s.claim.evidence.append(
            Evidence(id="E9", kind=EvidenceKind.INVOICE, file_name="b.pdf", sha256="c" * 64)
        ),
        "no_invoice_or_csr",
    ),
    Quiet(
        "a URL needs no note",
        _evidence("E3", note=None),
        "proof_without_note",
    ),
    Quiet(
        "an invoice needs no note",
        _evidence("E1", note=None),
        "proof_without_note",
    ),
    Quiet(
        "file names in upper case",
        _evidence("E1", file_name="INVOICE.PDF"),
        "file_type_not_allowed",
    ),
    Quiet(
        "an abandoned draft of the same claim",
        _other(status=ClaimStatus.EDITING),
        "duplicate_claim",
    ),
    Quiet(
        "a draft does not use up the planned amount",
        _other(amount=D("49000"), status=ClaimStatus.EDITING),
        "amount_above_planned",
    ),
    Quiet(
        "a duplicate that was rejected",
        _other(status=ClaimStatus.REJECTED),
        "duplicate_claim",
    ),
    Quiet(
        "same activity and amount, another date",
        _other(execution_date=date(2027, 2, 2)),
        "duplicate_claim",
    ),
    Quiet(
        "same activity and date, another amount",
        _other(amount=D("2000.01")),
        "duplicate_claim",
    ),
    Quiet(
        "same date and amount, another activity",
        _other(activity_id="A5"),
        "duplicate_claim",
    ),
    Quiet(
        "a type without a metric",
        _set(metric_value=None),
        "metric_missing",
        activity_type="onsite_champ",
    ),
    Quiet(
        "a type without pre-approval",
        _set(pre_approval_id=None),
        "pre_approval_missing",
    ),
]


@pytest.mark.parametrize("case", QUIET, ids=lambda c: c.id)
def test_rule_does_not_fire(case: Quiet) -> None:
    s = scenario(case.activity_type, **case.options)
    case.change(s)
    codes = _codes(s.check())
    assert case.code not in codes
    assert set(codes) <= set(case.allowed), codes


# -- evidence per catalog entry ------------------------------------------------------------


@pytest.mark.parametrize("entry", ACTIVITY_TYPES, ids=lambda e: e.key)
def test_every_catalog_requirement_is_asked_for(entry) -> None:
    s = scenario(entry.key)
    s.claim.evidence = [s.claim.evidence[0]]  # the invoice only
    missing = [f for f in s.check() if f.code == "required_evidence_missing"]
    assert [f.params["requirement"] for f in missing] == list(requirements_for(entry.key))
    assert all(f.is_blocking for f in missing)
    assert blocking(s.check()) == missing


@pytest.mark.parametrize("entry", ACTIVITY_TYPES, ids=lambda e: e.key)
def test_every_catalog_requirement_met_by_its_form(entry) -> None:
    s = scenario(entry.key)
    assert "required_evidence_missing" not in _codes(s.check())
    # Where a URL would do, a URL instead of the file meets it too.
    for item in s.claim.evidence[1:]:
        if EVIDENCE_REQUIREMENTS[item.requirement] == "file_or_url":
            item.kind, item.url, item.sha256, item.file_name = (
                EvidenceKind.URL,
                "https://contoso.com/x",
                None,
                None,
            )
    assert s.check() == []


def test_tv_radio_needs_only_the_invoice_or_csr() -> None:
    s = scenario("tv_radio")
    s.claim.remove_evidence("E1")
    assert _codes(s.check()) == ["no_invoice_or_csr"]


# -- several problems at once --------------------------------------------------------------


def test_an_empty_claim_lists_every_missing_field_and_evidence() -> None:
    s = scenario()
    s.claim = Claim(id="CLM-2027-000002", tenant_id="t1", owner_id="u1")
    codes = _codes(s.check())
    assert codes.count("claim_field_missing") == len(CLAIM_FIELDS)
    assert "no_invoice_or_csr" in codes


def test_findings_carry_dates_and_decimals() -> None:
    s = scenario()
    s.claim.execution_date = date(2026, 12, 31)
    s.claim.amount = D("60000")
    by_code = {f.code: f for f in s.check()}
    assert isinstance(by_code["execution_date_outside_campaign"].params["start"], date)
    assert isinstance(by_code["amount_above_planned"].params["remaining"], Decimal)
    assert isinstance(by_code["amount_above_funds"].params["remaining"], Decimal)
