"""Inside the bot under bench (bench/serve.py only): how long its event loop stalls.

`LoopMonitor` is a task that sleeps a few milliseconds at a time and records how late it
wakes: while the loop runs one piece of work without yielding (a turn's CPU, a scan's
batch, a file listing), every other partner's turn waits that long, and so does the
monitor. Lateness is recorded into named windows the bench opens and reads (the worst
since the window was opened).

`ScanWatch` wraps the reminder scheduler's `run_once`, the scan it runs at start-up and
then hourly, so that every scan (those and the ones the bench starts on demand) is
recorded with its duration, what it queued and the worst stall while it ran.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

PERIOD_SECONDS = 0.005


class LoopMonitor:
    """The worst lateness of a short sleep, per open window (see the module docstring)."""

    def __init__(
        self,
        period: float = PERIOD_SECONDS,
        *,
        clock: Callable[[], float] = time.perf_counter,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.period = period
        self.clock = clock
        self.sleep = sleep
        self._windows: dict[str, float] = {}

    def open(self, name: str) -> None:
        """Start (or start again) recording into window `name`."""
        self._windows[name] = 0.0

    def worst(self, name: str) -> float:
        """The worst lateness in seconds since `name` was opened (0 if it is not open)."""
        return self._windows.get(name, 0.0)

    def close(self, name: str) -> float:
        return self._windows.pop(name, 0.0)

    def observe(self, lateness: float) -> None:
        for name, worst in self._windows.items():
            if lateness > worst:
                self._windows[name] = lateness

    async def run(self, rounds: int | None = None) -> None:
        """Sleep and measure, forever (or `rounds` times, for tests)."""
        done = 0
        while rounds is None or done < rounds:
            before = self.clock()
            await self.sleep(self.period)
            self.observe(max(0.0, self.clock() - before - self.period))
            done += 1


class Scheduler(Protocol):
    async def run_once(self) -> int: ...


class ScanWatch:
    """Every reminder scan of `reminders`, recorded; `start()` runs one on demand."""

    def __init__(
        self,
        reminders: Scheduler,
        monitor: LoopMonitor,
        *,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.monitor = monitor
        self.clock = clock
        self.scans: list[dict[str, Any]] = []
        self.task: asyncio.Task | None = None
        self._scan = reminders.run_once
        # The scheduler's own loop looks run_once up on the instance each time: this is
        # what it calls from now on, at start-up and hourly.
        reminders.run_once = self._watched  # type: ignore[method-assign]

    @property
    def running(self) -> bool:
        return bool(self.scans) and not self.scans[-1]["done"]

    def start(self) -> int | None:
        """Start a scan now and say its number, unless one is running (then None)."""
        if self.running:
            return None
        # Recorded before its task begins: a second start meanwhile is refused.
        record = self._record()
        self.task = asyncio.create_task(self._watched(record), name="bench-scan")
        return len(self.scans) - 1

    def _record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "done": False,
            "seconds": None,
            "queued": None,
            "worst_stall_ms": None,
            "error": None,
        }
        self.scans.append(record)
        return record

    async def _watched(self, record: dict[str, Any] | None = None) -> int:
        if record is None:
            record = self._record()
        window = f"scan-{self.scans.index(record)}"
        self.monitor.open(window)
        started = self.clock()
        try:
            record["queued"] = await self._scan()
            return record["queued"]
        except Exception as error:
            record["error"] = type(error).__name__
            raise
        finally:
            record["seconds"] = round(self.clock() - started, 3)
            record["worst_stall_ms"] = round(self.monitor.close(window) * 1000, 1)
            record["done"] = True
