"""The costs the catalog rules on, as partners name them (domain.catalog.expenses_named)."""

from __future__ import annotations

import pytest

from domain.catalog import ACTIVITY_TYPES_BY_KEY, EXPENSES, ExpenseRule, expenses_named


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("catering", ["catering"]),
        ("the hotel costs", ["travel"]),
        ("Frais de déplacement", ["travel"]),
        ("le traiteur et l'alcool", ["catering", "alcohol"]),
        ("food, drinks and more food", ["catering"]),
        ("VAT", ["tax"]),
        ("a webinar", []),
        ("internal training", []),  # an activity type, no cost
        ("banana bread", []),
        ("", []),
    ],
)
def test_the_costs_named_in_order_each_once(typed: str, keys: list[str]) -> None:
    assert [expense.key for expense in expenses_named(typed)] == keys


def test_every_cost_paid_with_types_names_types_of_the_catalog() -> None:
    for expense in EXPENSES:
        if expense.rule is ExpenseRule.WITH_TYPES:
            assert expense.activity_types, expense.key
            assert all(key in ACTIVITY_TYPES_BY_KEY for key in expense.activity_types)
        else:
            assert not expense.activity_types, expense.key
