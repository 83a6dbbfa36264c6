"""`python -m bench [--quick|--smoke] [--json FILE] [--keep] [--only FIGURES] [--strict]`:
see bench/__init__.py and bench/figures.py."""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench import figures as measure
from bench import report
from bench.connector import BenchConnector
from bench.load import client_session
from bench.profiles import FULL, QUICK, SMOKE


def parse(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Drive the bot's real /api/messages with simulated Teams partners "
        "and print each figure as a ratio against a baseline measured in the same run.",
    )
    parser.add_argument("--quick", action="store_true", help="small numbers, for development")
    parser.add_argument(
        "--smoke", action="store_true", help="tiny numbers: only shows the harness works"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (data, logs)")
    parser.add_argument(
        "--only",
        default=",".join(measure.FIGURES),
        help=f"comma-separated subset of {','.join(measure.FIGURES)}",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a figure misses its target"
    )
    return parser.parse_args(arguments)


async def run(options: argparse.Namespace, arguments: list[str]) -> int:
    profile = SMOKE if options.smoke else QUICK if options.quick else FULL
    wanted = {name.strip() for name in options.only.split(",") if name.strip()}
    unknown = wanted - set(measure.FIGURES)
    if unknown:
        raise SystemExit(f"unknown figures: {', '.join(sorted(unknown))}")
    folder = Path(tempfile.mkdtemp(prefix="incentives-bench-"))
    connector = BenchConnector()
    await connector.start()
    started = time.perf_counter()
    figures = measure.Figures(profile, wanted)
    seeded: dict = {}
    # What stopped the run part-way, if anything: the figures measured so far still count.
    stopped = ""
    print(f"bench ({profile.name}); work folder {folder}", file=sys.stderr, flush=True)
    try:
        async with client_session(64) as session:
            bench = measure.Workbench(profile, folder, connector, session)
            seeded = await measure.seed_stores(bench, wanted)
            if wanted & measure.STORE_FIGURES:
                baselines = await measure.start_baselines(bench) if "throughput" in wanted else {}
                try:
                    await measure.store_figures(bench, figures, wanted, baselines)
                finally:
                    for bot in baselines.values():
                        await bot.stop()
            if "fanout" in wanted:
                await measure.fanout_figures(bench, figures)
            if "readers" in wanted:
                await measure.reader_figures(bench, figures)
    except Exception as failure:
        stopped = f"{type(failure).__name__}: {failure}"
        traceback.print_exc()
    finally:
        await connector.stop()
        if options.keep:
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    results = figures.results(measured_only=bool(stopped))
    elapsed = time.perf_counter() - started
    machine = report.machine()
    print()
    print(
        f"Incentives assistant bench ({profile.name}, {profile.repeats} repeat"
        f"{'s' if profile.repeats > 1 else ''}, medians) on {machine['cores']} cores "
        f"({machine['cpu']}, {machine['memory_gb']} GB), Python {machine['python']}, "
        f"{machine['system']}; load average {machine['load_average']} at the end; "
        f"{elapsed:.0f} s"
    )
    print(f"reproduce: {report.command(arguments)}")
    print()
    print(report.table(results))
    print()
    print("turns (every turn checked: its replies reached the connector and said what they must):")
    print(report.details(figures.stats))
    for figure in results:
        for note in figure.notes:
            print(f"  note, {figure.name}: {note}")
    if seeded:
        print(f"  seeded: {json.dumps(seeded)}")
    if stopped:
        print(f"\nstopped: {stopped} (the figures above are from the repeats that finished)")
    if options.json:
        options.json.write_text(
            json.dumps(
                {
                    "profile": profile.name,
                    "repeats": profile.repeats,
                    "machine": machine,
                    "seconds": round(elapsed, 1),
                    "command": report.command(arguments),
                    "figures": [figure.as_dict() for figure in results],
                    "seeded": seeded,
                    **({"stopped": stopped} if stopped else {}),
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    if stopped:
        return 2
    missed = [figure for figure in results if figure.passed is False]
    return 1 if options.strict and missed else 0


def main() -> None:
    arguments = sys.argv[1:]
    options = parse(arguments)
    sys.exit(asyncio.run(run(options, arguments)))


if __name__ == "__main__":
    main()
