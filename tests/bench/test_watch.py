"""Inside the bot under bench: the event-loop monitor and the reminder-scan watch.

A fake clock and a fake sleep stand for time, so nothing here depends on how fast this
machine is.
"""

from __future__ import annotations

import asyncio

from bench.watch import Collections, LoopMonitor, ScanWatch, StallStacks


class FakeTime:
    """A clock that a fake sleep moves: by the period asked, plus a scripted lateness."""

    def __init__(self, lateness: list[float]) -> None:
        self.now = 100.0
        self.lateness = list(lateness)
        self.after_each_sleep = None

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + (self.lateness.pop(0) if self.lateness else 0.0)
        if self.after_each_sleep is not None:
            self.after_each_sleep()


async def test_the_monitor_records_the_worst_lateness_of_each_open_window():
    time = FakeTime([0.001, 0.120, 0.003, 0.050, 0.002])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    monitor.open("whole")
    await monitor.run(rounds=2)  # 1 ms, then 120 ms late
    monitor.open("later")  # opened after the 120 ms stall: it never saw it
    await monitor.run(rounds=3)  # 3, 50, 2 ms
    assert round(monitor.worst("whole"), 6) == 0.120
    assert round(monitor.close("later"), 6) == 0.050
    assert monitor.worst("later") == 0.0  # closed
    assert round(monitor.worst("whole"), 6) == 0.120


async def test_a_reset_window_starts_again_from_nothing():
    time = FakeTime([0.200, 0.004])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    monitor.open("turns")
    await monitor.run(rounds=1)
    monitor.open("turns")
    await monitor.run(rounds=1)
    assert round(monitor.worst("turns"), 6) == 0.004


class FakeReminders:
    """A scan that lets the test stall the loop (through the monitor) while it runs."""

    def __init__(self, monitor: LoopMonitor) -> None:
        self.monitor = monitor
        self.release = asyncio.Event()
        self.runs = 0

    async def run_once(self) -> int:
        self.runs += 1
        self.monitor.observe(0.080)  # a stall during the scan
        await self.release.wait()
        return 3


async def test_every_scan_is_recorded_with_the_worst_stall_while_it_ran():
    time = FakeTime([])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    reminders = FakeReminders(monitor)
    watch = ScanWatch(reminders, monitor, clock=time.clock)
    monitor.observe(0.500)  # before any scan: not the scan's
    # The scheduler calls run_once itself (at start-up, then hourly): that is watched too.
    startup = asyncio.create_task(reminders.run_once())
    await asyncio.sleep(0)
    assert watch.running
    assert watch.start() is None  # one scan at a time
    time.now += 2.5
    reminders.release.set()
    assert await startup == 3
    monitor.observe(0.900)  # after the scan: not the scan's either
    assert not watch.running
    [scan] = watch.scans
    assert scan["done"] and scan["queued"] == 3 and scan["error"] is None
    assert scan["worst_stall_ms"] == 80.0
    assert scan["seconds"] == 2.5


async def test_a_scan_started_on_demand_runs_the_scheduler_s_own_scan():
    time = FakeTime([])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    reminders = FakeReminders(monitor)
    reminders.release.set()
    watch = ScanWatch(reminders, monitor, clock=time.clock)
    assert watch.start() == 0
    await watch.task
    assert reminders.runs == 1
    assert [scan["done"] for scan in watch.scans] == [True]


async def test_a_scan_started_on_demand_is_a_whole_round_as_the_hourly_loop_runs_it():
    # The bot gives freed memory back after each round: the memory figure, read when the
    # scan is done, must see that done too.
    time = FakeTime([])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    reminders = FakeReminders(monitor)
    reminders.release.set()
    seen: list[bool] = []

    async def after_round() -> None:
        seen.append(watch.scans[-1]["done"])

    reminders.after_round = after_round
    watch = ScanWatch(reminders, monitor, clock=time.clock)
    watch.start()
    await watch.task
    assert seen == [False]
    assert watch.scans[-1]["done"]


async def test_a_failed_scan_is_recorded_as_such():
    time = FakeTime([])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)

    class Broken:
        async def run_once(self) -> int:
            raise OSError("disk")

    watch = ScanWatch(Broken(), monitor, clock=time.clock)
    watch.start()
    await asyncio.gather(watch.task, return_exceptions=True)
    [scan] = watch.scans
    assert scan["done"] and scan["error"] == "OSError"


async def test_a_scan_started_on_demand_is_recorded_at_once_and_a_second_is_refused():
    time = FakeTime([])
    monitor = LoopMonitor(period=0.005, clock=time.clock, sleep=time.sleep)
    reminders = FakeReminders(monitor)
    watch = ScanWatch(reminders, monitor, clock=time.clock)
    assert watch.start() == 0  # its number, before its task has even begun
    assert watch.running
    assert watch.start() is None
    reminders.release.set()
    await watch.task
    assert reminders.runs == 1
    assert watch.start() == 1
    await watch.task


class FakeClock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_stall_is_written_with_the_stacks_sampled_while_it_lasted(tmp_path):
    clock = FakeClock()
    stacks = StallStacks(str(tmp_path / "stalls.txt"), clock=clock)
    clock.now = 10.0
    stacks.sample()  # before the stall: left out
    clock.now = 10.1

    def a_long_step() -> None:
        stacks.sample()

    a_long_step()
    clock.now = 10.14
    stacks.write(0.035)
    written = (tmp_path / "stalls.txt").read_text()
    assert written.startswith("stall 35.0 ms at 10.140\n")
    assert written.count("\n  +") == 1
    assert "test_watch.py:a_long_step:" in written


def test_the_longest_collection_of_each_generation_is_kept_per_window():
    clock = FakeClock()
    collections = Collections(clock)
    collections.open("scan")
    for generation, took in ((0, 0.004), (0, 0.012), (1, 0.030), (0, 0.002)):
        collections.callback("start", {"generation": generation})
        clock.now += took
        collections.callback("stop", {"generation": generation, "collected": 0})
    assert collections.close("scan") == {0: 12.0, 1: 30.0}
    assert collections.close("scan") == {}
