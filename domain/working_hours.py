"""When a partner may be pinged: working hours in the partner's own time zone.

Teams sends the client's time zone with each activity (`localTimezone`, an IANA name such
as "Europe/Paris"); the bot keeps it with the conversation reference. A notice that is not
urgent and would make Teams notify the partner waits for their next working hours,
09:00-18:00 Monday to Friday where they are (`NOTICE_HOURS`: other hours, or `always`).
A partner whose time zone is not known (not written since this was kept, or not a zone
this system knows) is not held: where they are is not known, so neither is their night.

Pure functions of the clock: the tests give them any moment and any zone. Used by the
notifier (proactive/notifier.py) and by the Teams turn, which keeps the zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WORKING_DAYS = frozenset({0, 1, 2, 3, 4})  # Monday to Friday
# Statuses that give the partner something to do by a deadline: their notices go out at
# any hour, and release the earlier notices about the same item that were waiting.
URGENT_STATUSES = frozenset({"Action required", "Rejected"})
MAX_ZONE_NAME = 64


def known_zone(name: object) -> str | None:
    """`name` if it is a time zone this system knows (IANA), else None."""
    if not isinstance(name, str) or not name or len(name) > MAX_ZONE_NAME:
        return None
    if name.startswith(("/", ".")) or ".." in name or "\\" in name:
        return None  # zoneinfo reads files by this name: nothing but a zone name
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return name


def zone_of(name: object) -> tzinfo:
    known = known_zone(name)
    return ZoneInfo(known) if known else UTC


def _working_day(day: date) -> bool:
    return day.weekday() in WORKING_DAYS


_HOURS = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class WorkingHours:
    """From `starts` to `ends` (local time) on working days; `always`: no hours kept."""

    starts: time = time(9, 0)
    ends: time = time(18, 0)
    always: bool = False

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """ "09:00-18:00" or "always"; ValueError otherwise (or when it ends before it starts)."""
        if text.strip().lower() == "always":
            return cls(always=True)
        found = _HOURS.fullmatch(text.strip())
        if found is None:
            raise ValueError("hours are HH:MM-HH:MM, or always")
        hours = [int(part) for part in found.groups()]
        starts, ends = time(hours[0], hours[1]), time(hours[2], hours[3])
        if ends <= starts:
            raise ValueError("working hours end after they start")
        return cls(starts, ends)

    def next_moment(self, now: datetime, zone: tzinfo) -> datetime:
        """`now` when it is within working hours in `zone`, else when they next begin."""
        local = now.astimezone(zone)
        if self.always or (_working_day(local.date()) and self.starts <= local.time() < self.ends):
            return now
        day = local.date()
        if not (_working_day(day) and local.time() < self.starts):
            day += timedelta(days=1)
        while not _working_day(day):
            day += timedelta(days=1)
        # fold=0: in the hour a clock goes back, the first of the two; a start that falls
        # in the hour a clock skips is read with the offset before the change.
        return datetime.combine(day, self.starts, tzinfo=zone).astimezone(UTC)

    def seconds_until(self, now: datetime, zone_name: object) -> float:
        """0 when `now` is within working hours in zone `zone_name` (or that zone is not
        known), else the seconds until they begin."""
        if self.always or known_zone(zone_name) is None:
            return 0.0
        start = self.next_moment(now, zone_of(zone_name))
        return max(0.0, (start - now).total_seconds())


OFFICE_HOURS = WorkingHours()
