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
import collections
import gc
import sys
import threading
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
        # Called with each lateness over `stall_threshold` (StallStacks.write), if set.
        self.on_stall: Callable[[float], None] | None = None
        self.stall_threshold = 0.025

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
        if self.on_stall is not None and lateness > self.stall_threshold:
            self.on_stall(lateness)

    async def run(self, rounds: int | None = None) -> None:
        """Sleep and measure, forever (or `rounds` times, for tests)."""
        done = 0
        while rounds is None or done < rounds:
            before = self.clock()
            await self.sleep(self.period)
            self.observe(max(0.0, self.clock() - before - self.period))
            done += 1


class Collections:
    """The longest garbage collection of each generation, per open window (the collector
    holds the loop while it runs: one of the causes of a stall)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self._windows: dict[str, dict[int, float]] = {}
        self._started = 0.0

    def install(self) -> None:
        gc.callbacks.append(self.callback)

    def open(self, name: str) -> None:
        self._windows[name] = {}

    def close(self, name: str) -> dict[int, float]:
        """Milliseconds by generation since `name` was opened."""
        return {g: round(s * 1000, 1) for g, s in sorted(self._windows.pop(name, {}).items())}

    def callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = self.clock()
            return
        took, generation = self.clock() - self._started, info["generation"]
        for longest in self._windows.values():
            if took > longest.get(generation, 0.0):
                longest[generation] = took


class Scheduler(Protocol):
    after_round: Callable[[], Awaitable[object]] | None

    async def run_once(self) -> int: ...


class ScanWatch:
    """Every reminder scan of `reminders`, recorded; `start()` runs one on demand."""

    def __init__(
        self,
        reminders: Scheduler,
        monitor: LoopMonitor,
        *,
        clock: Callable[[], float] = time.perf_counter,
        collections: Collections | None = None,
    ) -> None:
        self.monitor = monitor
        self.clock = clock
        self.collections = collections
        self.scans: list[dict[str, Any]] = []
        self.task: asyncio.Task | None = None
        self._scan = reminders.run_once
        self._reminders = reminders
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
        self.task = asyncio.create_task(self._watched(record, as_a_round=True), name="bench-scan")
        return len(self.scans) - 1

    def _record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "done": False,
            "seconds": None,
            "queued": None,
            "worst_stall_ms": None,
            "longest_collections_ms": None,
            "error": None,
        }
        self.scans.append(record)
        return record

    async def _watched(self, record: dict[str, Any] | None = None, as_a_round: bool = False) -> int:
        """The scan, recorded. `as_a_round`: what comes after each hourly round comes after
        it too (the scheduler's `after_round`), before the scan is done."""
        if record is None:
            record = self._record()
        window = f"scan-{self.scans.index(record)}"
        self.monitor.open(window)
        if self.collections is not None:
            self.collections.open(window)
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
            if self.collections is not None:
                record["longest_collections_ms"] = self.collections.close(window)
            try:
                after_round = getattr(self._reminders, "after_round", None)
                if as_a_round and after_round is not None:
                    await after_round()
            finally:
                record["done"] = True


class StallStacks:
    """`BENCH_STALLS=file` (bench/serve.py): where each stall went, for finding its cause.

    A thread samples the main thread's stack every `interval`; each stall the monitor sees
    over its threshold is appended to `path` with the stacks sampled while it lasted (each
    change of stack once, innermost frame first) and the garbage collections that ran in
    it. A stall whose samples all show the idle loop was spent waiting for the GIL or the
    CPU. Not for figures: the sampling thread takes the GIL thousands of times a second.
    """

    def __init__(
        self,
        path: str,
        *,
        interval: float = 0.0005,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.path = path
        self.interval = interval
        self.clock = clock
        self.samples: collections.deque[tuple[float, list[str]]] = collections.deque(maxlen=5000)
        self.collections: collections.deque[tuple[float, float, int]] = collections.deque(
            maxlen=1000
        )
        self._collecting_since = 0.0
        self._main = threading.main_thread().ident

    def start(self) -> None:
        gc.callbacks.append(self._collection)
        threading.Thread(target=self._sample_forever, name="stall-stacks", daemon=True).start()

    def sample(self) -> None:
        frame = sys._current_frames().get(self._main)
        stack = []
        while frame is not None and len(stack) < 40:
            code = frame.f_code
            where = "/".join(code.co_filename.split("/")[-2:])
            stack.append(f"{where}:{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        self.samples.append((self.clock(), stack))

    def write(self, lateness: float) -> None:
        now = self.clock()
        since = now - lateness - PERIOD_SECONDS
        lines = [f"stall {lateness * 1000:.1f} ms at {now:.3f}"]
        for started, ended, generation in list(self.collections):
            if ended >= since:
                lines.append(f"  gc generation {generation}: {(ended - started) * 1000:.1f} ms")
        previous = None
        for taken, stack in list(self.samples):
            if taken >= since and stack != previous:
                lines.append(f"  +{(taken - since) * 1000:6.1f} ms  " + " < ".join(stack[:14]))
                previous = stack
        with open(self.path, "a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")

    def _sample_forever(self) -> None:
        while True:
            self.sample()
            time.sleep(self.interval)

    def _collection(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._collecting_since = self.clock()
        else:
            self.collections.append((self._collecting_since, self.clock(), info["generation"]))
