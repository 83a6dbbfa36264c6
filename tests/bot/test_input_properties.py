"""Property tests: the recognizer and the parsers take anything.

Whatever is typed, each function returns its kind of value or raises `UserInputError`
(which becomes a sentence); nothing else escapes. That no input makes one slow (a pattern
backtracking on a huge paste) is `make bench`'s readers figure, not a timed test.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.recognizer import (
    Choice,
    Command,
    StatusQuestion,
    match_choice,
    recognize_command,
    recognize_status_question,
    recognize_yes_no,
)
from domain.countries import parse_countries
from domain.dates import parse_date
from domain.errors import UserInputError
from domain.money import minor_units, parse_amount
from domain.text import clean_text, parse_email
from tests.hostile import BOUNDED, hostile_text

# What these readers answer on hostile text; how long they take on it is measured by
# `make bench` (bench/readers.py: a pattern that backtracks shows there), never here.
LOCALES = st.sampled_from(["en-US", "fr-FR", "en-GB", "fr-CA", "de-DE", "", "xx"])
CURRENCIES = st.sampled_from(["EUR", "USD", "JPY", "GBP", "BHD", "CHF"])
TODAY = date(2026, 11, 27)
CHOICES = [
    Choice("csp_indirect_reseller", "CSP Indirect Reseller", ("CSP revendeur indirect",)),
    Choice("hosting", "Hosting", ("hébergement",)),
    Choice("iot", "IoT"),
    Choice("submit", "Submit for approval", ("submit", "soumettre")),
    Choice("edit:C1:name", "Change Spring [push]: name"),
]


def answered(function, *args, **kwargs):
    """The result, or None for a UserInputError; anything else fails the test."""
    try:
        return function(*args, **kwargs)
    except UserInputError as error:
        assert error.code, "an error a user can cause names its sentence"
        return None


@BOUNDED
@given(hostile_text)
def test_recognize_command_never_raises(text: str) -> None:
    command = answered(recognize_command, text)
    assert command is None or isinstance(command, Command)
    if command is not None:
        assert len(text) <= 80  # long pastes are never commands


@BOUNDED
@given(hostile_text)
def test_match_choice_picks_one_of_the_choices_or_none(text: str) -> None:
    assert answered(match_choice, text, CHOICES) in (None, *CHOICES)


@BOUNDED
@given(hostile_text)
def test_recognize_yes_no_is_yes_no_or_none(text: str) -> None:
    assert answered(recognize_yes_no, text) in (True, False, None)


@BOUNDED
@given(hostile_text)
def test_recognize_status_question_never_raises(text: str) -> None:
    question = answered(recognize_status_question, text)
    assert question is None or isinstance(question, StatusQuestion)


@BOUNDED
@given(hostile_text, CURRENCIES, LOCALES)
def test_parse_amount_is_a_positive_amount_in_the_currency_or_a_sentence(
    text: str, currency: str, locale: str
) -> None:
    amount = answered(parse_amount, text, currency, locale)
    if amount is not None:
        assert isinstance(amount, Decimal) and amount.is_finite() and amount > 0
        assert -amount.as_tuple().exponent <= max(minor_units(currency), 0)


@BOUNDED
@given(hostile_text, LOCALES)
def test_parse_date_is_a_date_or_a_sentence(text: str, locale: str) -> None:
    value = answered(parse_date, text, locale, TODAY)
    assert value is None or isinstance(value, date)


@BOUNDED
@given(hostile_text, LOCALES)
def test_parse_countries_is_a_list_of_iso_codes_or_a_sentence(text: str, locale: str) -> None:
    codes = answered(parse_countries, text, locale)
    if codes is not None:
        assert codes and all(len(c) == 2 and c.isascii() and c.isupper() for c in codes)
        assert len(codes) == len(set(codes))


@BOUNDED
@given(hostile_text, st.integers(min_value=1, max_value=2000))
def test_clean_text_is_one_clean_line_within_the_limit_or_a_sentence(
    text: str, max_length: int
) -> None:
    cleaned = answered(clean_text, text, max_length=max_length, field="name")
    if cleaned is not None:
        assert 0 < len(cleaned) <= max_length
        assert cleaned == cleaned.strip()
        assert "\n" not in cleaned and "\r" not in cleaned
        # Controls and invisible format characters are gone (joiners between letters stay).
        assert not any(unicodedata.category(c) == "Cc" for c in cleaned)
        assert not any(
            unicodedata.category(c) == "Cf" and c not in "\u200c\u200d" and not 0xE0020 <= ord(c)
            for c in cleaned
        )


@BOUNDED
@given(hostile_text)
def test_parse_email_is_one_address_or_a_sentence(text: str) -> None:
    email = answered(parse_email, text)
    if email is not None:
        local, at, domain = email.rpartition("@")
        assert at and local and "." in domain and len(email) <= 254
        assert email.isascii() and not any(c.isspace() for c in email)


# As large as a message can be: the app reads at most 256 KB a request (Teams sends ~28 KB).
@pytest.mark.parametrize(
    "text",
    [
        "1" * 250_000,
        "1," * 125_000,
        " " * 250_000,
        "a" * 250_000 + "@",
        "PLN-2026-000001 " * 15_000,
        "[x](y)" * 40_000,
        "\u202e" * 250_000,
        "31/12/" * 40_000,
        "France, " * 30_000,
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_huge_pastes_are_answered_quickly(text: str) -> None:
    for function, args in (
        (recognize_command, ()),
        (recognize_yes_no, ()),
        (recognize_status_question, ()),
        (match_choice, (CHOICES,)),
        (parse_amount, ("EUR", "fr-FR")),
        (parse_date, ("fr-FR", TODAY)),
        (parse_countries, ("en-US",)),
        (parse_email, ()),
    ):
        answered(function, text, *args)
    answered(clean_text, text, max_length=120, field="name")
