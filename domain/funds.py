"""Co-op funds per program and usage period, the claiming window, and USD caps.

Co-op earned in one fiscal half is spent in the next (the usage period; what is
left at its end is forfeited) and claimed during the claiming period (DOMAIN.md
"Funds and periods"). Some caps are written in USD; `USD_RATES` turns a claim's
currency into USD for them.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel, field_validator, model_validator

from domain.dates import FiscalHalf
from domain.errors import UserInputError

# DOMAIN.md says the claiming deadline is "45 days after the usage period ends", but
# its example (used Jan–Jun 2021, claimed until 15 Aug 2021) is 46 days after 30 June.
# The example wins: the window closes 46 days after the usage period's last day.
CLAIMING_CLOSES_DAYS_AFTER_USAGE = 46
# The claiming period opens on this day of the usage period's second month (16 Feb).
CLAIMING_OPENS_DAY = 16

# Fixed conversion rates: USD for one unit of the currency (inferred, configuration:
# replace or extend the table; no rate means a USD cap cannot be checked).
USD_RATES: dict[str, Decimal] = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "CHF": Decimal("1.13"),
    "CAD": Decimal("0.73"),
    "AUD": Decimal("0.66"),
    "NZD": Decimal("0.60"),
    "JPY": Decimal("0.0067"),
    "SEK": Decimal("0.095"),
    "NOK": Decimal("0.093"),
    "DKK": Decimal("0.145"),
    "PLN": Decimal("0.25"),
    "CZK": Decimal("0.043"),
    "HUF": Decimal("0.0027"),
    "INR": Decimal("0.012"),
    "BRL": Decimal("0.18"),
    "MXN": Decimal("0.055"),
    "ZAR": Decimal("0.054"),
    "SGD": Decimal("0.74"),
    "HKD": Decimal("0.128"),
    "CNY": Decimal("0.138"),
    "KRW": Decimal("0.00073"),
}


def to_usd(
    amount: Decimal, currency: str, rates: dict[str, Decimal] | None = None
) -> Decimal | None:
    """`amount` of `currency` in USD (not rounded); None when the table has no rate."""
    rate = (USD_RATES if rates is None else rates).get(currency.upper())
    return None if rate is None else amount * rate


def convert(
    amount: Decimal, currency: str, target: str, rates: dict[str, Decimal] | None = None
) -> Decimal | None:
    """`amount` of `currency` in `target` (through USD, not rounded); None without rates."""
    if currency.upper() == target.upper():
        return amount
    table = USD_RATES if rates is None else rates
    usd = to_usd(amount, currency, table)
    target_rate = table.get(target.upper())
    if usd is None or not target_rate:
        return None
    return usd / target_rate


def claiming_window(usage: FiscalHalf) -> tuple[date, date]:
    """First and last day claims for `usage` may be made (both inclusive).

    DOMAIN.md's example: used Jan–Jun 2021 → claimed 16 Feb–15 Aug 2021.
    """
    start = usage.start
    opens = date(start.year, start.month + 1, CLAIMING_OPENS_DAY)
    return opens, usage.end + timedelta(days=CLAIMING_CLOSES_DAYS_AFTER_USAGE)


def period_closing(period: str | None) -> tuple[str, date] | None:
    """The usage period `period` ("FY27 H1") and the last day its claims are taken; None
    when it says no period that can be read."""
    if not period:
        return None
    try:
        return period, claiming_window(FiscalHalf.parse(period))[1]
    except UserInputError:
        return None


class FundsPeriod(BaseModel):
    """Co-op of one program for one usage period: earned, claimed, what remains."""

    program: str
    # The usage period's label ("FY27 H2"), normalised on the way in.
    period: str
    currency: str
    earned: Decimal
    claimed: Decimal = Decimal(0)
    # Co-op accrued, for the demo-units cap; the earned amount unless the ledger says.
    accrued: Decimal | None = None

    @field_validator("period")
    @classmethod
    def _period_label(cls, value: str) -> str:
        return FiscalHalf.parse(value).label

    @field_validator("currency")
    @classmethod
    def _currency_code(cls, value: str) -> str:
        return value.strip().upper()

    @model_validator(mode="after")
    def _accrued_defaults_to_earned(self) -> FundsPeriod:
        if self.accrued is None:
            self.accrued = self.earned
        return self

    @property
    def remaining(self) -> Decimal:
        return max(self.earned - self.claimed, Decimal(0))

    @property
    def usage_period(self) -> FiscalHalf:
        return FiscalHalf.parse(self.period)

    @property
    def expiry(self) -> date:
        """Unused co-op is forfeited after the usage period's last day."""
        return self.usage_period.end

    @property
    def claiming_window(self) -> tuple[date, date]:
        return claiming_window(self.usage_period)
