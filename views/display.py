"""How draft values read in the partner's language (amounts, dates, labels, countries)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from domain.claim import Claim
from domain.countries import country_name
from domain.dates import FiscalHalf, format_date
from domain.funds import claiming_window
from domain.money import format_amount
from domain.plan import Plan
from domain.programs import PROGRAMS
from views.cards import escape
from views.strings import t

# What an id looks like (DESIGN.md "ids"); anything else from a card is never echoed.
_ITEM_ID = re.compile(r"(?:PLN|CLM)-\d{4}-\d{6}")
# What stands for a card's id that is not one: short, inert, found nowhere.
NOT_AN_ID = "?"

_LABELLED = {"program": "program", "fund_type": "fund", "activity_type": "activity"}


def display_value(field: str, value: Any, plan: Plan, locale: str) -> str:
    """`value` of `field` as a partner reads it; user text comes back escaped."""
    if value is None or value == []:
        return t(locale, "review.empty_value")
    if field in _LABELLED:
        return t(locale, f"{_LABELLED[field]}.{value}")
    if field == "market":
        return country_name(value, locale)
    if field == "countries":
        return ", ".join(country_name(code, locale) for code in value)
    if isinstance(value, Decimal):
        return amount(value, plan, locale)
    if isinstance(value, date):
        return format_date(value, locale)
    return escape(str(value))


def amount(value: Decimal, plan: Plan, locale: str) -> str:
    return format_amount(value, plan.currency or "USD", locale) if plan.currency else str(value)


def status_label(status: str, locale: str) -> str:
    return t(locale, f"status.{status}")


def claim_status_label(status: str, locale: str) -> str:
    """A claim's status: in French it agrees with « réclamation » (Soumise, Refusée…)."""
    return t(locale, f"claim_status.{status}")


def claim_locked(claim: Claim, locale: str, key: str) -> str:
    """Why `claim` cannot be changed (`key`: "error.claim_locked", "fix.not_possible",
    "delete.claim_not_draft"), and what comes next from its status: the reviewers have it,
    or a fix or a dispute is the way on, or nothing more is needed."""
    status = claim_status_label(claim.status.value, locale)
    said = t(locale, key, claim_id=claim.id, item_id=claim.id, status=status)
    next_key = _LOCKED_NEXT.get(claim.status.value)
    return f"{said} {t(locale, next_key, claim_id=claim.id)}" if next_key else said


# What a claim that cannot be changed is waiting for, by status (keys read literally).
_LOCKED_NEXT = {
    "Submitted": "claim.locked_next.reviewing",
    "Under review": "claim.locked_next.reviewing",
    "Disputed": "claim.locked_next.disputed",
    "Action required": "claim.locked_next.action_required",
    "Rejected": "claim.locked_next.rejected",
    "Approved": "claim.locked_next.approved",
    "Paid": "claim.locked_next.approved",
}


def claim_named(name: str | None, activity_type: str | None, locale: str) -> str:
    """A claim as the partner knows it, in a line about it (escaped): its name, else the
    activity it claims (a draft not named yet), else that it has no name yet."""
    if name:
        return escape(name)
    if activity_type:
        return t(locale, f"activity.{activity_type}")
    return t(locale, "claim.unnamed")


def claim_resumed(claim: Claim, locale: str) -> str:
    """ "Picking up claim CLM-… (its name)": which claim, as the partner named it."""
    if claim.name:
        return t(locale, "ack.claim_resumed_named", claim_id=claim.id, name=escape(claim.name))
    return t(locale, "ack.claim_resumed", claim_id=claim.id)


def item_id_or_marker(value: object) -> str | None:
    """An id from a card as the turn may use it: None when absent, the id when it is one,
    else `NOT_AN_ID` (a forged or damaged value is neither looked up in full nor echoed)."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ITEM_ID.fullmatch(value):
        return value
    return NOT_AN_ID


def plan_not_found(locale: str, plan_id: str | None) -> str:
    """ "I can't find a plan PLN-… ": the id is named only when it is one (never echoed raw)."""
    if isinstance(plan_id, str) and _ITEM_ID.fullmatch(plan_id):
        return t(locale, "error.plan_not_found", plan_id=plan_id)
    return t(locale, "error.plan_not_found_unnamed")


def claim_not_found(locale: str, claim_id: str | None) -> str:
    if isinstance(claim_id, str) and _ITEM_ID.fullmatch(claim_id):
        return t(locale, "error.claim_not_found", claim_id=claim_id)
    return t(locale, "error.claim_not_found_unnamed")


def threshold_text(locale: str) -> str:
    """Rebate and co-op; then each co-op threshold (`domain.programs.PROGRAMS`, highest
    first) with the programs it holds for."""
    by_threshold: dict[Decimal, list[str]] = {}
    for program, threshold in PROGRAMS.items():
        by_threshold.setdefault(threshold, []).append(t(locale, f"program.{program}"))
    lines = [t(locale, "threshold"), ""]
    for threshold in sorted(by_threshold, reverse=True):
        amount = format_amount(threshold, "USD", locale)
        programs = ", ".join(by_threshold[threshold])
        lines.append(t(locale, "threshold.line", amount=amount, programs=programs))
    return "\n".join([*lines, "", t(locale, "threshold.funds")])


def periods_text(locale: str, today: date) -> str:
    """Earning, usage and claiming periods explained; then the usage period `today` is in,
    the days its claims are taken, and the last period's while its claims still are."""
    usage = FiscalHalf.containing(today)
    opens, closes = claiming_window(usage)
    lines = [
        t(locale, "periods"),
        t(
            locale,
            "periods.now",
            today=format_date(today, locale),
            usage=usage.label,
            start=format_date(usage.start, locale),
            end=format_date(usage.end, locale),
            opens=format_date(opens, locale),
            closes=format_date(closes, locale),
        ),
    ]
    last = FiscalHalf.containing(usage.start - timedelta(days=1))
    last_closes = claiming_window(last)[1]
    if today <= last_closes:
        lines.append(
            t(
                locale,
                "periods.last",
                usage=last.label,
                end=format_date(last.end, locale),
                closes=format_date(last_closes, locale),
            )
        )
    lines.append(t(locale, "periods.funds"))
    return "\n\n".join(lines)
