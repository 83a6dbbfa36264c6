"""Answers to "where is my claim / plan?", from storage, scoped to the asker's tenant.

For one item: its status, since when, the reviewer's reasons if any, the next
step; a claim under review for more than 2 business days gets a note that
support can be contacted (DOMAIN.md). An id of another tenant reads exactly like
an unknown id.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.cards import escape
from bot.display import claim_status_label, status_label
from bot.identity import Identity
from bot.recognizer import StatusQuestion
from bot.strings import t
from dialogs.services import Services
from domain.claim import Claim
from domain.dates import format_date
from domain.lifecycle import ClaimStatus
from domain.plan import Plan

REVIEW_TARGET_BUSINESS_DAYS = 2
MAX_LISTED = 8


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end`."""
    days, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days += 1
    return days


def _last_change(item: Claim | Plan):
    changes = [h for h in item.history if h.event in ("status", "created")]
    return changes[-1] if changes else None


def claim_status_text(claim: Claim, locale: str, today: date) -> str:
    change = _last_change(claim)
    since = format_date(change.at.date(), locale) if change else "—"
    status = claim_status_label(claim.status.value, locale)
    lines = [
        t(locale, "status.claim.line", claim_id=claim.id, name=escape(claim.name or "—"),
          status=status, since=since)
    ]  # fmt: skip
    reasons = getattr(change, "reasons", None) if change else None
    if reasons and claim.status in (ClaimStatus.REJECTED, ClaimStatus.ACTION_REQUIRED):
        lines.append(
            t(locale, "status.reasons", reasons="; ".join(escape(r.rstrip(". ")) for r in reasons))
        )
    lines.append(t(locale, f"status.next.{claim.status.value}", claim_id=claim.id))
    if (
        claim.status is ClaimStatus.UNDER_REVIEW
        and change is not None
        and business_days_between(change.at.date(), today) > REVIEW_TARGET_BUSINESS_DAYS
    ):
        lines.append(t(locale, "status.escalate"))
    return " ".join(lines)


def plan_status_text(plan: Plan, locale: str) -> str:
    change = _last_change(plan)
    since = format_date(change.at.date(), locale) if change else "—"
    status = status_label(plan.status.value, locale)
    line = t(locale, "status.plan.line", plan_id=plan.id, status=status, since=since)
    if change is not None and change.note and plan.status.value in ("Rejected", "Action required"):
        line += " " + t(locale, "status.reasons", reasons=escape(change.note.rstrip(". ")))
    return line


async def answer_status(services: Services, identity: Identity, question: StatusQuestion) -> str:
    """The whole answer, in the asker's language."""
    locale, tenant_id, today = identity.locale, identity.tenant_id, services.today()
    if question.item_id and question.item_id.startswith("CLM-"):
        claim = await services.claims.get(tenant_id, question.item_id)
        if claim is None:
            return t(locale, "status.unknown_id", item_id=question.item_id)
        return claim_status_text(claim, locale, today)
    if question.item_id:
        plan = await services.plans.get_plan(tenant_id, question.item_id)
        if plan is None:
            return t(locale, "status.unknown_id", item_id=question.item_id)
        return plan_status_text(plan, locale)
    lines: list[str] = []
    if question.kind in ("claim", "any"):
        summaries = [
            s for s in await services.claims.summaries(tenant_id) if s.owner_id == identity.user_id
        ]
        if question.status:
            summaries = [s for s in summaries if s.status.value == question.status]
            if not summaries:
                return t(
                    locale,
                    "status.filtered_none",
                    status=claim_status_label(question.status, locale),
                )
        claims = await services.claims.get_many(tenant_id, [s.id for s in summaries[:MAX_LISTED]])
        lines += ["- " + claim_status_text(c, locale, today) for c in claims]
    if question.kind in ("plan", "any"):
        summaries = [
            s for s in await services.plans.list_plans(tenant_id) if s.owner_id == identity.user_id
        ]
        plans = await services.plans.get_many(tenant_id, [s.id for s in summaries[:MAX_LISTED]])
        lines += ["- " + plan_status_text(p, locale) for p in plans]
    if not lines:
        return t(
            locale,
            {"claim": "claims.none", "plan": "plans.none"}.get(question.kind, "status.none_found"),
        )
    return f"**{t(locale, 'status.title')}**\n\n" + "\n".join(lines)
