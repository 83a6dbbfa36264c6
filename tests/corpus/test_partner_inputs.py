"""The corpus of inputs as partners type them (tests/corpus/partner_inputs.py), read by the
assistant's own readers: at least 97 % as expected, in English and in French (issue 15).

The share is printed (`pytest -s tests/corpus`), with every miss."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from dialogs.claim_dialog import parse_count
from dialogs.identity import Identity
from dialogs.plan_dialog import _edit, _labelled_choices, review_choices
from dialogs.plan_form import PlanDraft
from dialogs.recognizer import close_choice, match_choice, recognize_command
from domain.countries import parse_countries
from domain.dates import FiscalHalf, parse_date
from domain.errors import UserInputError
from domain.money import parse_amount
from domain.plan import Plan
from domain.programs import FUND_TYPES, PROGRAMS
from domain.text import parse_email, parse_mpn_id
from tests.corpus.partner_inputs import CORPUS, Suggest
from views.activity_names import activity_type_choices

TODAY = date(2026, 11, 27)
TARGET = 0.97


def _choice(typed: str, choices) -> Any:
    found = match_choice(typed, choices)
    if found is not None:
        return found.value
    close = close_choice(typed, choices)
    return Suggest(close.value) if close is not None else None


def _refused(call) -> Any:
    try:
        return call()
    except UserInputError as error:
        answer = error.params.get("answer")
        return Suggest(answer) if answer is not None else None


def _review(typed: str, locale: str) -> Any:
    plan = Plan(id="PLN-2026-000001", tenant_id="t", owner_id="u")
    draft = PlanDraft(identity=Identity("t", "u", None, locale), today=TODAY, plan=plan)
    found = match_choice(typed, review_choices(draft))
    if found is None:
        return None
    for name in ("plan_limit", "reviewer_email", "market", "mpn_id", "program", "currency"):
        if found.value == _edit(name):
            return f"edit:{name}"
    return found.value


def read(kind: str, locale: str, typed: str) -> Any:
    """What the assistant makes of `typed` as an answer of this kind."""
    if kind == "amount":
        return _refused(lambda: parse_amount(typed, "EUR", locale))
    if kind == "count":
        return _refused(lambda: parse_count(typed))
    if kind == "date":
        return _refused(lambda: parse_date(typed, locale, TODAY))
    if kind == "countries":
        found = _refused(lambda: parse_countries(typed, locale))
        if isinstance(found, Suggest):
            return Suggest(str(found.value))
        return found
    if kind == "mpn":
        return _refused(lambda: parse_mpn_id(typed))
    if kind == "program":
        return _choice(typed, _labelled_choices(locale, "program", PROGRAMS))
    if kind == "fund":
        return _choice(typed, _labelled_choices(locale, "fund", FUND_TYPES))
    if kind == "activity":
        return _choice(typed, activity_type_choices(locale))
    if kind == "command":
        command = recognize_command(typed)
        return command.intent.value if command is not None else None
    if kind == "review":
        return _review(typed, locale)
    if kind == "period":
        return _refused(lambda: FiscalHalf.parse(typed).label)
    if kind == "email":
        return _refused(lambda: parse_email(typed))
    raise AssertionError(f"unknown kind {kind}")


def test_the_corpus_is_big_enough_and_in_both_languages():
    assert len(CORPUS) >= 150
    by_language = Counter(locale[:2] for _, locale, _, _ in CORPUS)
    assert by_language["en"] >= 60 and by_language["fr"] >= 60, by_language


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_least_97_percent_of_what_partners_type_is_read_as_expected(language: str):
    entries = [entry for entry in CORPUS if entry[1].startswith(language)]
    misses = []
    for kind, locale, typed, expected in entries:
        got = read(kind, locale, typed)
        if got != expected:
            misses.append(f"{kind} {typed!r}: expected {expected!r}, got {got!r}")
    share = 1 - len(misses) / len(entries)
    print(f"\n{language}: {len(entries) - len(misses)}/{len(entries)} as expected ({share:.1%})")
    for miss in misses:
        print("  miss:", miss)
    assert share >= TARGET, "\n".join(misses)
