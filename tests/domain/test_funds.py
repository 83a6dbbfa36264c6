"""Funds per usage period, the claiming window, and conversion to USD."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pydantic
import pytest

from domain.dates import FiscalHalf
from domain.funds import USD_RATES, FundsPeriod, claiming_window, convert, to_usd


def test_claiming_window_matches_domain_md_example() -> None:
    # Earned Jul–Dec 2020 → used Jan–Jun 2021 (FY21 H2) → claimed 16 Feb–15 Aug 2021.
    assert claiming_window(FiscalHalf.parse("FY21 H2")) == (date(2021, 2, 16), date(2021, 8, 15))


def test_claiming_window_for_a_first_half() -> None:
    # Used Jul–Dec 2020 (FY21 H1) → claimed 16 Aug 2020–15 Feb 2021.
    assert claiming_window(FiscalHalf.parse("FY21 H1")) == (date(2020, 8, 16), date(2021, 2, 15))


def test_claiming_window_across_a_leap_year() -> None:
    assert claiming_window(FiscalHalf.parse("FY24 H1")) == (date(2023, 8, 16), date(2024, 2, 15))


def _funds(**changes) -> FundsPeriod:
    values = {
        "program": "csp_indirect_reseller",
        "period": "FY27 H2",
        "currency": "EUR",
        "earned": Decimal("40000"),
    }
    return FundsPeriod(**{**values, **changes})


def test_funds_remaining_and_expiry() -> None:
    funds = _funds(claimed=Decimal("12500.50"))
    assert funds.remaining == Decimal("27499.50")
    assert funds.usage_period == FiscalHalf(fiscal_year=27, half=2)
    assert funds.expiry == date(2027, 6, 30)
    assert funds.claiming_window == (date(2027, 2, 16), date(2027, 8, 15))


def test_funds_defaults() -> None:
    funds = _funds()
    assert funds.claimed == 0
    assert funds.accrued == Decimal("40000")
    assert funds.remaining == Decimal("40000")
    assert _funds(accrued=Decimal("55000")).accrued == Decimal("55000")


def test_remaining_is_never_negative() -> None:
    assert _funds(claimed=Decimal("41000")).remaining == 0


def test_period_and_currency_are_normalised() -> None:
    funds = _funds(period="fy27h2", currency=" eur ")
    assert (funds.period, funds.currency) == ("FY27 H2", "EUR")


def test_period_must_be_a_fiscal_half() -> None:
    with pytest.raises(pydantic.ValidationError):
        _funds(period="next year")


def test_funds_round_trip_as_json() -> None:
    funds = _funds(claimed=Decimal("10.25"))
    assert FundsPeriod.model_validate(funds.model_dump(mode="json")) == funds


@pytest.mark.parametrize("currency", ["EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK"])
def test_common_currencies_have_a_rate(currency: str) -> None:
    assert USD_RATES[currency] > 0
    assert to_usd(Decimal("100"), currency) == Decimal("100") * USD_RATES[currency]


@pytest.mark.parametrize("currency", ["DKK", "PLN", "INR", "BRL"])
def test_more_currencies_have_a_rate(currency: str) -> None:
    assert to_usd(Decimal("1"), currency) is not None


def test_usd_is_itself() -> None:
    assert to_usd(Decimal("18750"), "USD") == Decimal("18750")
    assert to_usd(Decimal("1"), "usd") == Decimal("1")


def test_no_rate_gives_none() -> None:
    assert to_usd(Decimal("100"), "XOF") is None
    assert convert(Decimal("100"), "XOF", "EUR") is None
    assert convert(Decimal("100"), "EUR", "XOF") is None


def test_convert() -> None:
    assert convert(Decimal("100"), "EUR", "EUR") == Decimal("100")
    assert convert(Decimal("100"), "XOF", "xof") == Decimal("100")
    assert convert(Decimal("108"), "USD", "EUR") == Decimal("100")
    assert convert(Decimal("100"), "EUR", "USD") == Decimal("108.00")


def test_a_caller_may_pass_its_own_rates() -> None:
    rates = {"USD": Decimal("1"), "XOF": Decimal("0.0016")}
    assert to_usd(Decimal("1000"), "XOF", rates) == Decimal("1.6000")
    assert to_usd(Decimal("1000"), "EUR", rates) is None
