"""Helpers for the pacing tests: a fake time for the pacer and the window checks.

Not a test module: imported by test_pacing.py and the notifier's limit tests.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from proactive.pacing import CONVERSATION_LIMITS, TENANT_LIMITS, Limit

# Teams' own figures ("Optimize your bot with rate limiting in Teams"): what must never be
# exceeded, whatever margin the pacer keeps below them.
TEAMS_CONVERSATION = (Limit(1, 7), Limit(2, 8), Limit(30, 60), Limit(3600, 1800))
TEAMS_TENANT = (Limit(1, 50),)


class FakeTime:
    """Seconds for the pacer (`fake()`), the same moment as a datetime for the notifier
    (`fake.wall()`), and a sleep that moves both on.

    A sleep moves the clock on by what was asked and yields once. With several sleepers
    at once the clock runs ahead of some of them, never behind: sends happen later than
    they would, never earlier, so a window the pacer keeps here it keeps with any clock
    that only goes forward.
    """

    START = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return self.START + timedelta(seconds=self.now - 1000.0)

    def advance(self, seconds: float) -> None:
        self.now += seconds

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def crowded(times: Iterable[float], limits: Iterable[Limit]) -> list[str]:
    """Every window of `limits` that `times` (when sends went) overfills, said in words.

    Sliding windows: the (n+1)-th send after any send must come at least the window's
    length after it; the same comparison the pacer makes.
    """
    ordered = sorted(times)
    found = []
    for limit in limits:
        for first in range(len(ordered) - limit.sends):
            later = ordered[first + limit.sends]
            if later < ordered[first] + limit.seconds:
                found.append(
                    f"{limit.sends + 1} sends within {limit.seconds:g} s "
                    f"({ordered[first]:.3f} .. {later:.3f})"
                )
                break
    return found


def by_key(sends: Iterable[tuple[str, float]]) -> dict[str, list[float]]:
    grouped: dict[str, list[float]] = defaultdict(list)
    for key, moment in sends:
        grouped[key].append(moment)
    return dict(grouped)


def assert_within_teams_limits(
    conversation_sends: Iterable[tuple[str, float]], tenant_sends: Iterable[tuple[str, float]]
) -> None:
    """No conversation and no tenant got more than Teams allows, nor than the pacer's
    own (stricter) budget."""
    problems = []
    for conversation, times in by_key(conversation_sends).items():
        for problem in crowded(times, (*TEAMS_CONVERSATION, *CONVERSATION_LIMITS)):
            problems.append(f"conversation {conversation}: {problem}")
    for tenant, times in by_key(tenant_sends).items():
        for problem in crowded(times, (*TEAMS_TENANT, *TENANT_LIMITS)):
            problems.append(f"tenant {tenant}: {problem}")
    assert not problems, problems
