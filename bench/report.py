"""The table `make bench` prints, and the machine it ran on."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from typing import Any

import psutil

from bench.figures import Figure
from bench.load import TurnStats, percentile


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
    if figure.unit == "notices/s":
        return f"{figure.ratio:.0%}"
    return f"{figure.ratio:.2f}×"


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "measured", "baseline", "ratio", "target", "result")]
    for figure in figures:
        baseline = (
            f"{figure.baseline_name}: {_number(figure.baseline, figure.unit)}"
            if figure.baseline is not None
            else figure.baseline_name
        )
        result = "—" if figure.passed is None else ("PASS" if figure.passed else "FAIL")
        rows.append(
            (
                figure.name,
                _number(figure.value, figure.unit),
                baseline,
                _ratio(figure),
                figure.target,
                result,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def details(stats: dict[str, TurnStats]) -> str:
    lines = []
    for name, stat in stats.items():
        if not stat.turns:
            continue
        lines.append(
            f"  {name:<16} {stat.turns:>6} turns  {stat.turns_per_second:7.1f} turns/s  "
            f"p50 {percentile(stat.latencies_ms, 0.5):6.1f} ms  "
            f"p99 {percentile(stat.latencies_ms, 0.99):6.1f} ms  "
            f"bot CPU {1000 * stat.bot_cpu_seconds / stat.turns:5.2f} ms/turn"
        )
    return "\n".join(lines)


def command(arguments: Sequence[str]) -> str:
    quick = "--quick" in arguments
    return (
        "make bench"
        + (" QUICK=1" if quick else "")
        + f"   (or: {_python()} -m bench"
        + (" --quick)" if quick else ")")
    )


def _python() -> str:
    executable = sys.executable
    here = os.getcwd()
    return os.path.relpath(executable, here) if executable.startswith(here) else executable
