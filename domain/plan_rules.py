"""Rules over a whole plan: what a reviewer would refuse before it is submitted.

`check_plan` is pure: the plan and today's date in, findings out. While drafting
it warns (e.g. planned amounts above the limit); `for_submission=True` turns the
same problems into blocking findings, as DOMAIN.md asks.
"""

from __future__ import annotations

from datetime import date, timedelta

from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.dates import FiscalHalf
from domain.findings import Finding, Severity
from domain.plan import Plan

# Edits and resubmission stay open this long after the program year ends (DOMAIN.md).
RESUBMISSION_GRACE = timedelta(days=90)


def program_year_end(period_label: str) -> date:
    """Last day of the program (fiscal) year the period belongs to: 30 June of FY."""
    half = FiscalHalf.parse(period_label)
    return date(2000 + half.fiscal_year, 6, 30)


def submission_deadline(plan: Plan) -> date | None:
    """First submission by the end of the program year; a resubmission 90 days later."""
    if plan.period is None:
        return None
    end = program_year_end(plan.period)
    return end + RESUBMISSION_GRACE if plan.submitted_at is not None else end


def campaign_date_concerns(
    field_name: str, value: date, period: FiscalHalf | None, today: date
) -> list[str]:
    """What a reviewer would question about a campaign's `start_date` or `end_date` (finding
    codes): a day outside the plan's usage period, where its co-op is spent (DOMAIN.md
    "Funds and periods"), and a start before today, since a plan describes campaigns to run
    (inferred: DOMAIN.md does not forbid it, so it is a warning, never a block)."""
    concerns = []
    if period is not None and not period.contains(value):
        concerns.append("campaign_outside_period")
    if field_name == "start_date" and value < today:
        concerns.append("campaign_starts_in_past")
    return concerns


def check_plan(plan: Plan, today: date, *, for_submission: bool = False) -> list[Finding]:
    """Everything wrong with `plan`, item by item, in the order the plan reads."""
    findings: list[Finding] = []
    severe = Severity.BLOCKING if for_submission else Severity.WARNING

    missing = plan.missing_field()
    if missing is not None:
        findings.append(
            Finding(code="plan_field_missing", severity=severe, params={"field": missing})
        )
    if not plan.campaigns:
        findings.append(Finding(code="plan_without_campaigns", severity=severe))

    if plan.plan_limit is not None and plan.planned_total > plan.plan_limit:
        findings.append(
            Finding(
                code="plan_over_limit",
                severity=severe,
                params={"total": plan.planned_total, "limit": plan.plan_limit},
            )
        )

    deadline = submission_deadline(plan)
    if deadline is not None and today > deadline:
        findings.append(
            Finding(
                code="plan_deadline_passed",
                severity=Severity.BLOCKING,
                params={"deadline": deadline},
            )
        )

    period = FiscalHalf.parse(plan.period) if plan.period else None
    for campaign in plan.campaigns:
        findings.extend(_check_campaign(plan, campaign, period, severe, today))
    return findings


def _check_campaign(plan, campaign, period, severe, today) -> list[Finding]:
    findings: list[Finding] = []
    name = campaign.name or campaign.id
    if campaign.missing_field() is not None:
        findings.append(
            Finding(
                code="campaign_incomplete",
                severity=severe,
                item_id=campaign.id,
                params={"campaign": name},
            )
        )
    start, end = campaign.start_date, campaign.end_date
    if start is not None and end is not None:
        if end < start:
            findings.append(
                Finding(
                    code="campaign_end_before_start",
                    severity=Severity.BLOCKING,
                    item_id=campaign.id,
                    params={"campaign": name},
                )
            )
    concerns = {
        code
        for field_name in ("start_date", "end_date")
        if getattr(campaign, field_name) is not None
        for code in campaign_date_concerns(field_name, getattr(campaign, field_name), period, today)
    }
    if "campaign_outside_period" in concerns:
        # Even partly: co-op of the period is not spent outside it, so a reviewer rejects it.
        findings.append(
            Finding(
                code="campaign_outside_period",
                severity=severe,
                item_id=campaign.id,
                params={
                    "campaign": name,
                    "period": period.label,
                    "start": period.start,
                    "end": period.end,
                },
            )
        )
    if "campaign_starts_in_past" in concerns:
        findings.append(
            Finding(
                code="campaign_starts_in_past",
                severity=Severity.WARNING,
                item_id=campaign.id,
                params={"campaign": name, "date": start},
            )
        )
    if not campaign.activities:
        findings.append(
            Finding(
                code="campaign_without_activities",
                severity=severe,
                item_id=campaign.id,
                params={"campaign": name},
            )
        )
    for activity in campaign.activities:
        findings.extend(_check_activity(plan, campaign, activity, severe))
    return findings


def _check_activity(plan, campaign, activity, severe) -> list[Finding]:
    findings: list[Finding] = []
    params = {"campaign": campaign.name or campaign.id, "activity": activity.id}
    if activity.missing_field() is not None:
        findings.append(
            Finding(code="activity_incomplete", severity=severe, item_id=activity.id, params=params)
        )
    entry = ACTIVITY_TYPES_BY_KEY.get(activity.activity_type or "")
    if entry is None:
        return findings
    if plan.program in entry.excluded_programs:
        findings.append(
            Finding(
                code="activity_not_eligible",
                severity=Severity.BLOCKING,
                item_id=activity.id,
                params={**params, "type": entry.key, "program": plan.program},
            )
        )
    if entry.requires_pre_approval:
        findings.append(
            Finding(
                code="activity_needs_pre_approval",
                severity=Severity.WARNING,
                item_id=activity.id,
                params={**params, "type": entry.key},
            )
        )
    return findings
