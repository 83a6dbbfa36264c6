"""The day a partner asks to be reminded of a draft on (domain.reminder_day)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import UserInputError
from domain.reminder_day import reminder_day

TODAY = date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize(
    ("locale", "said", "day"),
    [
        ("en-US", "", date(2026, 11, 28)),
        ("en-US", "later", date(2026, 11, 28)),
        ("en-US", "tomorrow morning", date(2026, 11, 28)),
        ("en-US", "at 9am tomorrow", date(2026, 11, 28)),
        ("en-US", "on Monday", date(2026, 11, 30)),
        ("en-US", "next week", date(2026, 11, 30)),
        ("en-US", "in 3 days", date(2026, 11, 30)),
        ("en-US", "12/01", date(2026, 12, 1)),
        ("fr-FR", "à 9h demain", date(2026, 11, 28)),
        ("fr-FR", "la semaine prochaine", date(2026, 11, 30)),
        ("fr-FR", "le 1er décembre", date(2026, 12, 1)),
    ],
)
def test_a_day_to_come_is_read(locale: str, said: str, day: date) -> None:
    assert reminder_day(said, locale, TODAY) == day


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("yesterday", "remind_day_passed"),
        ("today", "remind_day_today"),
        ("in 6 months", "remind_day_far"),
        ("in an hour", "remind_day_hours"),
        ("at 3pm", "remind_day_hours"),
        ("whenever", "remind_day_unknown"),
        ("x" * 61, "remind_day_unknown"),
        ("9 " * 3_000, "remind_day_unknown"),
    ],
    ids=lambda value: value[:20] if isinstance(value, str) else None,
)
def test_a_day_that_cannot_be_kept_is_refused(said: str, code: str) -> None:
    with pytest.raises(UserInputError) as caught:
        reminder_day(said, "en-US", TODAY)
    assert caught.value.code == code
