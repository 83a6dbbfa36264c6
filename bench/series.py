"""A figure measured several times: each repeat's value, baseline and ratio, the machine's
load when it was taken, and the line of the table made of their medians."""

from __future__ import annotations

import os
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    """One line of the table: the medians of the repeats, and every repeat."""

    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float | None
    ratio: float | None
    target: str
    passed: bool | None
    notes: list[str] = field(default_factory=list)
    samples: list[dict[str, Any]] = field(default_factory=list)
    load_average: float | None = None
    # What the "measured" cell says, when a number and its unit would not say it.
    shown: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def one_minute_load() -> float:
    return os.getloadavg()[0]


class Series:
    """The repeats of one figure.

    `check(value, ratio)` says whether the medians meet the target (None: informative, it
    neither passes nor fails). A repeat added with `ok=False` (failed turns, a lost notice,
    a limit exceeded) fails the figure whatever the medians say, and its note is kept.
    The ratio is the median of the repeats' own ratios: each compares two things measured
    side by side in one run, so a busy moment of the machine falls on both.
    """

    def __init__(
        self,
        name: str,
        *,
        unit: str,
        baseline_name: str,
        target: str,
        check: Callable[[float, float | None], bool] | None = None,
        load: Callable[[], float] = one_minute_load,
    ) -> None:
        self.name = name
        self.unit = unit
        self.baseline_name = baseline_name
        self.target = target
        self.check = check
        self.load = load
        self.samples: list[dict[str, Any]] = []

    def add(
        self,
        value: float,
        baseline: float | None = None,
        *,
        ok: bool = True,
        note: str = "",
        shown: str | None = None,
    ) -> None:
        ratio = value / baseline if baseline else None
        self.samples.append(
            {
                "value": value,
                "baseline": baseline,
                "ratio": round(ratio, 4) if ratio is not None else None,
                "ok": ok,
                "note": note,
                "shown": shown,
                "load": round(self.load(), 2),
            }
        )

    def figure(self) -> Figure:
        if not self.samples:
            raise ValueError(f"{self.name}: no repeat was measured")
        value = statistics.median(sample["value"] for sample in self.samples)
        baselines = [s["baseline"] for s in self.samples if s["baseline"] is not None]
        ratios = [s["ratio"] for s in self.samples if s["ratio"] is not None]
        ratio = statistics.median(ratios) if ratios else None
        notes = [
            f"repeat {number}: {sample['note']}"
            for number, sample in enumerate(self.samples, start=1)
            if sample["note"]
        ]
        passed = None
        if self.check is not None:
            passed = all(sample["ok"] for sample in self.samples) and bool(self.check(value, ratio))
        return Figure(
            name=self.name,
            value=value,
            unit=self.unit,
            baseline_name=self.baseline_name,
            baseline=statistics.median(baselines) if baselines else None,
            ratio=ratio,
            target=self.target,
            passed=passed,
            notes=notes,
            samples=self.samples,
            load_average=round(statistics.median(s["load"] for s in self.samples), 2),
        )
