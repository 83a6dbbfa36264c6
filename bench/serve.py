"""A bot under bench, in its own process: `python -m bench.serve KIND [DATA_DIR]`.

KIND is one of:

- `incentives`: the bot as production runs it: `app.make_app` (settings, the data folder's
  lock, `build_house`, `create_app` with its background tasks: the notifier and the
  reminder scan, at start-up and hourly; `settle_memory`), TinyDB under DATA_DIR, on
  the loop `python app.py` serves on. Only the clock of the dialogs is pinned (the
  scripted plan is dated for it) and a few bench-only routes are added, below;
- `echo`: the stock botbuilder echo bot (bench/echo_bot.py), msrest as shipped;
- `echo-seam`: the same with this bot's SDK seam installed (`seam.install()`);
- `floor`: the durable floor (bench/floor.py), its state files under DATA_DIR.

(The Agents SDK echo bot runs in its own virtual environment: bench/agents_echo.py.)

It serves on 127.0.0.1 on a free port, prints one JSON line `{"port": ...}` when ready,
and stops on SIGTERM or when stdin closes.

The bench-only routes of the incentives bot, measured inside its process:

- `GET /_bench/outbox`: the outbox counts;
- `POST /_bench/notifier/start`: wake the notifier (started at start-up, as in production;
  started here if it is not running);
- `GET /_bench/scans`: every reminder scan so far (the one at start-up included), each
  with its duration, what it queued, the longest event-loop stall while it ran
  (bench/watch.py: a task sleeping 5 ms at a time, recording how late it wakes) and the
  longest garbage collection of each generation meanwhile;
- `POST /_bench/scan`: start a reminder scan now (`ReminderScheduler.run_once`, then its
  `after_round`: what the hourly loop runs); 409 while one runs;
- `POST /_bench/stall` then `GET /_bench/stall`: the longest stall between the two, for
  the same turns without a scan;
- `GET /_bench/imported`: the modules imported since start-up ended (by turns, scans,
  the bench routes), each imported on the loop while every turn waited.

`BENCH_PROFILE=file.pstats` runs each bot under cProfile, into `file.pstats.KIND`.
`BENCH_STALLS=file` appends each stall of the incentives bot over 25 ms to `file`, with the
stacks its main thread was sampled in meanwhile (bench/watch.py, `StallStacks`).
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import signal
import sys
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import web

from bench.watch import Collections, LoopMonitor, ScanWatch, StallStacks

# The bot's clock for the bench: the scripted plan is dated for it, so the figures do not
# depend on the day the bench runs.
BENCH_TODAY = date(2026, 11, 27)


async def _incentives_app(data_dir: str, monitor: LoopMonitor) -> web.Application:
    from app import HOUSE_KEY, make_app
    from config import load_settings

    environ = {**os.environ, "DATA_DIR": data_dir, "STORAGE": "tinydb", "LOG_LEVEL": "WARNING"}
    application = await make_app(load_settings(environ))
    house = application[HOUSE_KEY]
    house.services.today = lambda: BENCH_TODAY
    # Before the app starts, so the scan create_app starts at start-up is watched too.
    collections = Collections()
    collections.install()
    scans = ScanWatch(house.reminders, monitor, collections=collections)
    # What start-up loaded: a module the turns import later is loaded while every turn waits.
    ready_modules = set(sys.modules)

    async def outbox(_request: web.Request) -> web.Response:
        return web.json_response(await house.services.outbox.counts())

    async def start_notifier(_request: web.Request) -> web.Response:
        await house.notifier.start()  # nothing to do when it runs already
        house.notifier.wake()
        return web.json_response({"started": True})

    async def list_scans(_request: web.Request) -> web.Response:
        return web.json_response({"scans": scans.scans})

    async def start_scan(_request: web.Request) -> web.Response:
        number = scans.start()
        if number is None:
            return web.json_response({"error": "a scan is running"}, status=409)
        return web.json_response({"scan": number})

    async def open_stall(_request: web.Request) -> web.Response:
        monitor.open("bench")
        return web.json_response({"open": True})

    async def read_stall(_request: web.Request) -> web.Response:
        return web.json_response({"worst_stall_ms": round(monitor.worst("bench") * 1000, 1)})

    snapshots: list[Any] = []

    async def allocations(_request: web.Request) -> web.Response:
        """Where Python memory grew since the last call (tracemalloc, started by the first
        call: it slows the bot, so a figure measured after it means nothing)."""
        if not tracemalloc.is_tracing():
            tracemalloc.start()
        gc.collect()
        snapshot = tracemalloc.take_snapshot()
        grown = snapshot.compare_to(snapshots[-1], "lineno") if snapshots else []
        snapshots[:] = [snapshot]
        traced_mb = tracemalloc.get_traced_memory()[0] / 1e6
        return web.json_response({"traced_mb": traced_mb, "grown": [str(s) for s in grown[:25]]})

    async def imported(_request: web.Request) -> web.Response:
        return web.json_response({"modules": sorted(set(sys.modules) - ready_modules)})

    application.router.add_get("/_bench/outbox", outbox)
    application.router.add_get("/_bench/imported", imported)
    application.router.add_get("/_bench/allocations", allocations)
    application.router.add_post("/_bench/notifier/start", start_notifier)
    application.router.add_get("/_bench/scans", list_scans)
    application.router.add_post("/_bench/scan", start_scan)
    application.router.add_post("/_bench/stall", open_stall)
    application.router.add_get("/_bench/stall", read_stall)
    return application


def _echo_app(with_seam: bool) -> web.Application:
    if with_seam:
        import seam

        seam.install()
    from bench.echo_bot import create_echo_app

    return create_echo_app()


async def serve(kind: str, data_dir: str | None) -> None:
    monitor = LoopMonitor()
    if kind in ("incentives", "floor") and not data_dir:
        raise SystemExit(f"{kind} needs a data folder")
    if kind == "incentives":
        assert data_dir is not None
        application = await _incentives_app(data_dir, monitor)
    elif kind == "floor":
        from bench.floor import create_floor_app

        assert data_dir is not None
        application = create_floor_app(Path(data_dir))
    elif kind in ("echo", "echo-seam"):
        application = _echo_app(kind == "echo-seam")
    else:
        raise SystemExit(f"unknown bot kind {kind!r}")
    # Only in the bot measured with it: the baselines run as they ship.
    watching = (
        asyncio.create_task(monitor.run(), name="loop-monitor") if kind == "incentives" else None
    )
    if watching is not None and os.environ.get("BENCH_STALLS"):
        stacks = StallStacks(os.environ["BENCH_STALLS"])
        stacks.start()
        monitor.on_stall = stacks.write
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    # The parent holds our stdin; if it dies, we must not outlive it.
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
    print(json.dumps({"port": port, "pid": os.getpid()}), flush=True)
    await stop.wait()
    if os.environ.get("BENCH_THREADS"):
        _print_thread_cpu()
    if watching is not None:
        watching.cancel()
    await runner.cleanup()


def _print_thread_cpu() -> None:
    """`BENCH_THREADS=1`: CPU seconds each kind of thread used, to the bot's log."""
    import threading
    import time

    seconds: dict[str, float] = {}
    for thread in threading.enumerate():
        try:
            clock = time.pthread_getcpuclockid(thread.ident)
        except (OSError, TypeError):
            continue
        kind = thread.name.rstrip("0123456789").rstrip("_-")
        seconds[kind] = seconds.get(kind, 0.0) + time.clock_gettime(clock)
    for kind, value in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"thread CPU {value:8.2f} s  {kind}", file=sys.stderr, flush=True)


def _loop_factory(kind: str):
    """The incentives bot and the floor on the loop `python app.py` serves on (uvloop); the
    echo bots as the samples run them, on asyncio's own."""
    if kind == "incentives":
        from app import new_event_loop

        return new_event_loop
    if kind == "floor":
        try:
            import uvloop
        except ImportError:
            return None
        return uvloop.new_event_loop
    return None


def main() -> None:
    if os.environ.get("BENCH_SWITCH"):
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH"]))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    arguments = (sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
    loop_factory = _loop_factory(arguments[0])
    profile_to = os.environ.get("BENCH_PROFILE")
    if not profile_to:
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            runner.run(serve(*arguments))
        return
    # `BENCH_PROFILE=file.pstats`: the whole life of the bot under cProfile, for finding
    # where a figure goes (`python -m pstats file.pstats`).
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            runner.run(serve(*arguments))
    finally:
        profiler.disable()
        # One file a kind (`file.pstats.incentives`, `file.pstats.floor`…): a figure runs
        # several bots, each would overwrite the others' profile.
        profiler.dump_stats(f"{profile_to}.{arguments[0]}")


if __name__ == "__main__":
    main()
