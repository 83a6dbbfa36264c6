"""Working hours where the partner is: 09:00-18:00, Monday to Friday, in their own zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.working_hours import OFFICE_HOURS, WorkingHours, known_zone, zone_of


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# Wednesday 2 Dec 2026, 02:00 UTC: 03:00 in Paris, 21:00 (Tuesday) in New York, 11:00 in Tokyo.
NIGHT_IN_EUROPE = utc(2026, 12, 2, 2, 0)


@pytest.mark.parametrize(
    ("zone", "starts"),
    [
        ("Europe/Paris", utc(2026, 12, 2, 8, 0)),  # 09:00 CET the same morning
        ("America/New_York", utc(2026, 12, 2, 14, 0)),  # 09:00 EST on Wednesday
        ("Asia/Tokyo", NIGHT_IN_EUROPE),  # 11:00 in Tokyo: now
        ("UTC", utc(2026, 12, 2, 9, 0)),
    ],
)
def test_a_night_in_europe_is_a_working_morning_in_tokyo(zone, starts):
    assert OFFICE_HOURS.next_moment(NIGHT_IN_EUROPE, zone_of(zone)) == starts


def test_the_evening_and_the_weekend_wait_for_monday_morning():
    friday_evening = utc(2026, 12, 4, 17, 30)  # 18:30 in Paris: after hours
    assert OFFICE_HOURS.next_moment(friday_evening, zone_of("Europe/Paris")) == utc(
        2026, 12, 7, 8, 0
    )
    saturday_noon = utc(2026, 12, 5, 11, 0)
    assert OFFICE_HOURS.seconds_until(saturday_noon, "Europe/Paris") == 45 * 3600
    assert OFFICE_HOURS.seconds_until(utc(2026, 12, 7, 8, 0), "Europe/Paris") == 0  # 09:00 sharp
    assert OFFICE_HOURS.seconds_until(utc(2026, 12, 7, 16, 59), "Europe/Paris") == 0  # 17:59


def test_the_clock_change_is_counted_in_local_time():
    # Sunday 29 March 2026 Paris goes from 01:00 UTC+1 to UTC+2: Monday 09:00 is 07:00 UTC.
    assert OFFICE_HOURS.next_moment(utc(2026, 3, 28, 12, 0), zone_of("Europe/Paris")) == utc(
        2026, 3, 30, 7, 0
    )
    # New York, 1 November 2026 back to UTC-5: Monday 09:00 is 14:00 UTC.
    assert OFFICE_HOURS.next_moment(utc(2026, 10, 31, 12, 0), zone_of("America/New_York")) == utc(
        2026, 11, 2, 14, 0
    )


@pytest.mark.parametrize(
    "name",
    [None, "", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Europe/" + "x" * 80, 42],
)
def test_what_is_not_a_zone_name_is_not_kept_nor_held(name):
    assert known_zone(name) is None
    assert zone_of(name) is UTC
    # Where the partner is is not known, so neither is their night: nothing waits.
    assert OFFICE_HOURS.seconds_until(NIGHT_IN_EUROPE, name) == 0


def test_other_hours_and_always():
    early = WorkingHours.parse("07:30-16:00")
    assert early.next_moment(NIGHT_IN_EUROPE, zone_of("Europe/Paris")) == utc(2026, 12, 2, 6, 30)
    assert WorkingHours.parse(" always ").seconds_until(NIGHT_IN_EUROPE, "Europe/Paris") == 0
    for wrong in ("18:00-09:00", "9-18", "24:00-25:00", "", "09:00-09:00"):
        with pytest.raises(ValueError):
            WorkingHours.parse(wrong)


def test_zone_names_teams_sends_are_kept():
    for name in ("Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"):
        assert known_zone(name) == name
