"""How draft values read in the partner's language (amounts, dates, labels, countries)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from bot.cards import escape
from bot.strings import t
from domain.countries import country_name
from domain.dates import format_date
from domain.money import format_amount
from domain.plan import Plan

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
