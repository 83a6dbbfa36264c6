"""The bench harness runs end to end and reports every figure (tiny numbers, no timing asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.load import AGENTS_PYTHON

REPO_ROOT = Path(__file__).resolve().parents[2]

# The lines of the table, by the words that name them.
FIGURES = {
    "mixed": "plan-turn p99, 100-claim partner beside 10-claim ones, at once",
    "claims": "claim-turn p99, 100-claim partner beside 10-claim ones, at once",
    "stall": "longest loop stall, reminder scan over 2,100 claims",
    "healthz": "/healthz p99 at 2,100 claims",
    "startup": "start-up to serving at 2,100 claims",
    "memory": "memory (RSS) at 2,100 claims, after a full scan",
    "agents": "plan turns/s ÷ Agents SDK 1.9 echo",
    "agents-form": "plan turns/s ÷ Agents SDK 1.9 dialog form, durable",
    "floor": "plan turns/s ÷ durable floor",
    "stock": "plan turns/s ÷ stock botbuilder echo",
    "status": "status question p99, beside plan turns",
    "fanout": "fan-out of 21 notices",
    "limits": "Teams limits in the fan-out",
    "readers": "readers of typed text on hostile text, worst call",
}


@pytest.mark.skipif(
    not AGENTS_PYTHON.exists(), reason="make agents-venv: the Agents SDK echo bot's own venv"
)
def test_the_bench_runs_every_figure_and_prints_the_table(tmp_path: Path):
    results = tmp_path / "bench.json"
    finished = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(results)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    table = finished.stdout
    assert "reproduce: make bench" in table
    assert "cores" in table and "Python" in table and "load average" in table
    for name in FIGURES.values():
        assert name in table, name
    report = json.loads(results.read_text())
    assert report["profile"] == "smoke"
    assert report["machine"]["cores"] >= 1
    figures = {figure["name"]: figure for figure in report["figures"]}
    assert len(figures) == len(FIGURES)
    for words in FIGURES.values():
        [figure] = [figure for name, figure in figures.items() if name.startswith(words)]
        assert len(figure["samples"]) == report["repeats"] == 1, figure
        assert figure["load_average"] is not None
        assert figure["value"] > 0 or words.startswith("longest"), figure
        # Every turn was checked against what the bot must answer: none failed.
        assert not [note for note in figure["notes"] if "failed turns" in note], figure
    for words in ("mixed", "stall", "healthz", "startup", "memory", "agents", "floor", "readers"):
        [figure] = [f for name, f in figures.items() if name.startswith(FIGURES[words])]
        assert figure["passed"] in (True, False), figure
        assert figure["baseline"] is not None and figure["baseline"] > 0, figure
    # The like-for-like anchor answered every checked turn: a rate, informative only.
    [form] = [f for name, f in figures.items() if name.startswith(FIGURES["agents-form"])]
    assert form["baseline"] > 0 and form["passed"] is None, form
    [fan_out] = [f for name, f in figures.items() if name.startswith(FIGURES["fanout"])]
    assert "undelivered 0, duplicated 0, unexpected 0" in fan_out["notes"][0]
    [limits] = [f for name, f in figures.items() if name.startswith(FIGURES["limits"])]
    assert "a chat" in limits["shown"] and "a tenant" in limits["shown"]
    [readers] = [f for name, f in figures.items() if name.startswith(FIGURES["readers"])]
    assert "worst " in readers["notes"][0] and "; slowest " in readers["notes"][0], readers
    assert report["seeded"]["store"]["claims"] == 2_100
    assert report["seeded"]["fanout"]["notices"] == 15
