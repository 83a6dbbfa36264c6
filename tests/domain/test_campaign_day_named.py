"""The readers behind a claim's execution date said by what it is (see
tests/dialogs/test_execution_date_said_otherwise.py): what they must not take."""

from __future__ import annotations

import pytest

from domain.dates import campaign_day_named, says_not_run_yet


@pytest.mark.parametrize(
    "typed",
    [
        "the week after the campaign started",
        "during the campaign",
        "from the campaign start to its end",
        "les premiers jours de la campagne",
        "2 days before the campaign ended",
        "Autumn push",
        "campaign " * 40 + "start",
    ],
)
def test_a_span_or_both_ends_is_no_campaign_day(typed: str) -> None:
    assert campaign_day_named(typed) is None


@pytest.mark.parametrize(
    "typed",
    ["Nov 10", "it was on Nov 9", "prevention day", "set up on Nov 9", "yesterday", "not " * 60],
)
def test_a_day_or_a_name_is_not_said_not_run_yet(typed: str) -> None:
    assert not says_not_run_yet(typed)
