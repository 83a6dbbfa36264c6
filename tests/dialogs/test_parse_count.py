"""A count as partners type it; an amount of money is not one."""

from __future__ import annotations

import pytest

from dialogs.claim_dialog import parse_count
from domain.errors import UserInputError


@pytest.mark.parametrize(
    ("typed", "count"),
    [("800", 800), ("5 000", 5000), ("about 1,200", 1200), ("800 people reached", 800)],
)
def test_a_count_is_read(typed: str, count: int) -> None:
    assert parse_count(typed) == count


# "9,800 EUR" was read as 9,800 people, so a claim's "… for 9,800 EUR" could not tell the
# amount from the reach.
@pytest.mark.parametrize("typed", ["9,800 EUR", "2 400 euros", "500 USD", "1200 dollars"])
def test_money_is_not_a_count(typed: str) -> None:
    with pytest.raises(UserInputError):
        parse_count(typed)
