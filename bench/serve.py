"""The bot under test, in its own process: `python -m bench.serve KIND [DATA_DIR]`.

KIND is `incentives` (app.py's `build_house` and `create_app`, TinyDB under DATA_DIR,
roles from ROLES_FILE, `settle_memory` as `make_app` does), `echo` (the stock echo bot,
msrest as shipped) or `echo-seam` (the echo bot with this bot's SDK seam installed,
`seam.install()` as the composition root does). It serves on 127.0.0.1 on a free port,
prints one JSON line `{"port": ...}` when ready, and stops on SIGTERM or when stdin closes.

The incentives bot runs without its background tasks (`create_app(background=False)`):
the reminder scan is not part of these figures, and the notifier is started on demand
by one of two bench-only routes, for the fan-out figure: `POST /_bench/notifier/start`
starts the real notifier loop (as `create_app` does at start-up) and `GET /_bench/outbox`
answers the outbox counts. `BENCH_PROFILE=file.pstats` runs the bot under cProfile.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
from datetime import date

from aiohttp import web

# The bot's clock for the bench: the scripted plan is dated for it, so the figures do not
# depend on the day the bench runs.
BENCH_TODAY = date(2026, 11, 27)


async def _incentives_app(data_dir: str) -> web.Application:
    from app import build_house, create_app, settle_memory
    from config import load_settings

    environ = {**os.environ, "DATA_DIR": data_dir, "LOG_LEVEL": "WARNING"}
    settings = load_settings(environ)
    house = await build_house(settings)
    house.services.today = lambda: BENCH_TODAY
    application = create_app(house, background=False)

    async def start_notifier(_request: web.Request) -> web.Response:
        await house.notifier.start()
        house.notifier.wake()
        return web.json_response({"started": True})

    async def outbox(_request: web.Request) -> web.Response:
        return web.json_response(await house.services.outbox.counts())

    application.router.add_post("/_bench/notifier/start", start_notifier)
    application.router.add_get("/_bench/outbox", outbox)
    settle_memory()  # as make_app does before serving
    return application


def _echo_app(with_seam: bool) -> web.Application:
    if with_seam:
        import seam

        seam.install()
    from bench.echo_bot import create_echo_app

    return create_echo_app()


async def serve(kind: str, data_dir: str | None) -> None:
    if kind == "incentives":
        if not data_dir:
            raise SystemExit("incentives needs a data folder")
        application = await _incentives_app(data_dir)
    elif kind in ("echo", "echo-seam"):
        application = _echo_app(kind == "echo-seam")
    else:
        raise SystemExit(f"unknown bot kind {kind!r}")
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


def main() -> None:
    if os.environ.get("BENCH_SWITCH"):
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH"]))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    arguments = (sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
    # The incentives bot on the loop `python app.py` serves on; the echo bots as the
    # samples run them, on asyncio's own.
    loop_factory = None
    if arguments[0] == "incentives":
        from app import new_event_loop

        loop_factory = new_event_loop
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
        profiler.dump_stats(profile_to)


if __name__ == "__main__":
    main()
