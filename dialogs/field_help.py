"""What a pending question means ("help" at a question, or a question typed at one)."""

from __future__ import annotations

from dialogs.identity import Identity
from dialogs.services import Services
from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.dates import date_examples
from domain.evidence import ALLOWED_EXTENSIONS_TEXT
from domain.money import format_amount
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS, Plan
from views import cards
from views.strings import t


async def field_help(
    services: Services, identity: Identity, field: str, plan_id: str, claim_id: str | None
) -> str:
    """What the pending question means, and the way out that keeps the draft."""
    locale = identity.locale
    plan: Plan | None = None
    metric = ""
    if claim_id:
        claim = await services.claims.get(identity.tenant_id, claim_id)
        currency = claim.currency if claim else ""
        kind = ACTIVITY_TYPES_BY_KEY.get(claim.activity_type or "") if claim else None
        if kind is not None and kind.metric:  # the results a reviewer looks for
            metric = t(locale, f"metric.{kind.metric}")
        # A dispute's reason: "cancel" sends none, "dispute" comes back (no draft to resume).
        way_out_key = "help.way_out_dispute" if field == "dispute.justification" else None
        way_out = t(locale, way_out_key or "help.way_out_claim", claim_id=claim_id)
    else:
        plan = await services.plans.get_plan(identity.tenant_id, plan_id)
        currency = plan.currency if plan else ""
        way_out = t(locale, "help.way_out", plan_id=plan_id)
    meaning = t(
        locale,
        f"help.field.{field}",
        currency=currency,
        metric=metric,
        extensions=ALLOWED_EXTENSIONS_TEXT,
        **date_examples(services.today(), locale),
    )
    if field == "plan_limit" and plan is not None:
        meaning += await _earned(services, plan, locale)
    if field == "program" and plan is not None:
        meaning += await _funded_programs(services, plan, locale)
    if field == "reviewer_email" and plan is not None:
        # "I don't know" at the reviewer: the last plan's, and how to take it.
        last = await services.plans.last_value(plan.tenant_id, "reviewer_email", plan.id)
        if last:
            meaning += " " + t(locale, "help.reviewer_last", email=cards.escape(last))
    back = _back_help_key(field) if claim_id else _plan_back_help_key(field)
    if back is not None:
        way_out = f"{t(locale, back)} {way_out}"
    return f"{meaning}\n\n{way_out}"


def _back_help_key(field: str) -> str | None:
    """Where "back" goes from a claim's question, as help says it (see the claim dialogs)."""
    if field == "evidence.menu":
        return "help.back.menu"
    if field.startswith("evidence."):
        return "help.back.item"
    if field == "claim.review":
        return "help.back.review"
    if field.startswith("claim."):
        return "help.back.previous"
    return None


def _plan_back_help_key(field: str) -> str | None:
    """ "back" from a plan's question: the one before, when its section has one."""
    for order in (PLAN_FIELDS, CAMPAIGN_FIELDS, ACTIVITY_FIELDS):
        if field in order[1:]:
            return "help.back.previous"
    if field in ("more_activities", "more_campaigns"):
        return "help.back.previous"  # the activity, the campaign just finished
    return None


async def _funded_programs(services: Services, plan: Plan, locale: str) -> str:
    """ "which one should I choose?" at the program: the programs the organisation has co-op
    recorded in (each period, with what was earned), as the back office sent them; with
    none, that none is and where Partner Center shows them."""
    periods = await services.funds.periods(plan.tenant_id)
    if not periods:
        return " " + t(locale, "help.program_no_funds")
    lines = [
        t(
            locale,
            "help.program_funded_line",
            program=t(locale, f"program.{funds.program}"),
            period=funds.period,
            earned=format_amount(funds.earned, funds.currency, locale),
        )
        for funds in periods
    ]
    return (
        "\n\n" + t(locale, "help.program_funded") + "\n" + "\n".join(f"- {line}" for line in lines)
    )


async def _earned(services: Services, plan: Plan, locale: str) -> str:
    """ "what's my allocation?" at the plan limit: the co-op earned for the plan's program and
    period, and how to take it, when the back office sent it (in the plan's currency)."""
    if not (plan.program and plan.period):
        return ""
    funds = await services.funds.period(plan.tenant_id, plan.program, plan.period)
    if funds is None or (plan.currency and funds.currency != plan.currency):
        return ""
    named = f"{t(locale, f'program.{plan.program}')} {plan.period}"
    earned = format_amount(funds.earned, funds.currency, locale)
    return " " + t(locale, "help.plan_limit_earned", named=named, earned=earned)
