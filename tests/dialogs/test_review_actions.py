"""A review's choices: the card's strings read once into typed values, and written back."""

from __future__ import annotations

import pytest

from dialogs.review_actions import EditTarget, ReviewAction


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("market", EditTarget("market")),
        ("C1:name", EditTarget("name", campaign_id="C1")),
        ("C1:A2:countries", EditTarget("countries", campaign_id="C1", activity_id="A2")),
    ],
)
def test_an_edit_target_is_read_and_written_the_same(text: str, target: EditTarget) -> None:
    assert EditTarget.parse(text) == target
    assert str(target) == text


def test_an_edit_target_with_more_parts_is_none() -> None:
    assert EditTarget.parse("C1:A2:A3:name") is None


@pytest.mark.parametrize(
    ("value", "action"),
    [
        ("submit", ReviewAction("submit")),
        ("remove:E1", ReviewAction("remove", "E1")),
        ("edit:C1:A2:name", ReviewAction("edit", "C1:A2:name")),
        ("addressed:0", ReviewAction("addressed", "0")),
    ],
)
def test_a_review_choice_is_read_and_written_the_same(value: str, action: ReviewAction) -> None:
    assert ReviewAction.parse(value) == action
    assert str(action) == value


def test_an_edit_choice_names_its_target() -> None:
    target = EditTarget("end_date", campaign_id="C2")
    assert str(ReviewAction.edit(target)) == "edit:C2:end_date"
    assert EditTarget.parse(ReviewAction.parse("edit:C2:end_date").argument) == target


@pytest.mark.parametrize(("value", "number"), [("addressed:3", 3), ("addressed:x", None)])
def test_only_a_digit_argument_is_a_position(value: str, number: int | None) -> None:
    assert ReviewAction.parse(value).number == number
