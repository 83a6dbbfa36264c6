"""The table `make bench` prints, and the machine it ran on."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from typing import Any

import psutil

from bench.load import TurnStats, percentile
from bench.series import Figure


def machine() -> dict[str, Any]:
    memory = psutil.virtual_memory().total / 2**30
    return {
        "cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "cpu": platform.processor() or platform.machine(),
        "memory_gb": round(memory, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"
    return f"{text} {unit}".strip()


def _ratio(figure: Figure) -> str:
    if figure.ratio is None:
        return "—"
    if figure.unit in ("notices/s", "of the limit"):
        return f"{figure.ratio:.0%}"
    return f"{figure.ratio:.2f}×"


def _repeats(figure: Figure) -> str:
    """Each repeat's ratio (its value when it has none), in the order they were taken."""
    shown = []
    for sample in figure.samples:
        if sample["ratio"] is not None and figure.unit in ("notices/s", "of the limit"):
            shown.append(f"{sample['ratio']:.0%}")
        elif sample["ratio"] is not None:
            shown.append(f"{sample['ratio']:.2f}")
        else:
            shown.append(_number(sample["value"]))
    return " ".join(shown)


def table(figures: Sequence[Figure]) -> str:
    """The figures: medians of the repeats, each repeat, and the 1-minute load average
    (median over the repeats) when they were taken."""
    rows = [("figure", "measured", "baseline", "ratio", "target", "result", "repeats", "load")]
    for figure in figures:
        baseline = (
            f"{figure.baseline_name}: {_number(figure.baseline, figure.unit)}"
            if figure.baseline is not None
            else figure.baseline_name
        )
        result = "—" if figure.passed is None else ("PASS" if figure.passed else "FAIL")
        load = "—" if figure.load_average is None else f"{figure.load_average:.2f}"
        rows.append(
            (
                figure.name,
                figure.shown or _number(figure.value, figure.unit),
                baseline,
                _ratio(figure),
                figure.target,
                result,
                _repeats(figure),
                load,
            )
        )
    return aligned(rows)


def aligned(rows: list[tuple[str, ...]]) -> str:
    """Rows as columns of text, the first row a heading underlined with dashes."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def details(stats: dict[str, TurnStats]) -> str:
    shown = {name: stat for name, stat in stats.items() if stat.turns}
    width = max((len(name) for name in shown), default=0)
    lines = []
    for name, stat in shown.items():
        lines.append(
            f"  {name:<{width}} {stat.turns:>6} turns  {stat.turns_per_second:7.1f} turns/s  "
            f"p50 {percentile(stat.latencies_ms, 0.5):6.1f} ms  "
            f"p99 {percentile(stat.latencies_ms, 0.99):6.1f} ms  "
            f"bot CPU {1000 * stat.bot_cpu_seconds / stat.turns:5.2f} ms/turn"
        )
    return "\n".join(lines)


def command(arguments: Sequence[str]) -> str:
    """How to run this bench again, with the same options."""
    quick = "--quick" in arguments
    rest = " ".join(argument for argument in arguments if argument != "--quick")
    make = "make bench" + (" QUICK=1" if quick else "") + (f' BENCH_ARGS="{rest}"' if rest else "")
    return f"{make}   (or: {' '.join([_python(), '-m', 'bench', *arguments])})"


def _python() -> str:
    executable = sys.executable
    here = os.getcwd()
    return os.path.relpath(executable, here) if executable.startswith(here) else executable
