"""The bench harness runs end to end and reports every figure (tiny numbers, no timing asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_the_bench_runs_every_figure_and_prints_the_table(tmp_path: Path):
    results = tmp_path / "bench.json"
    finished = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(results)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    table = finished.stdout
    assert "reproduce: make bench" in table
    assert "cores" in table and "Python" in table
    for name in ("turns/s", "p99 turn latency", "claim status", "resident memory", "fan-out"):
        assert name in table
    report = json.loads(results.read_text())
    assert report["profile"] == "smoke"
    assert report["machine"]["cores"] >= 1
    figures = report["figures"]
    assert len(figures) == 5
    for figure in figures:
        assert figure["value"] > 0, figure
        assert figure["passed"] in (True, False), figure
    # Every turn was checked against what the bot must answer: none failed.
    assert not [f for f in figures if f["notes"] and "failed turns" in " ".join(f["notes"])]
    fan_out = figures[-1]
    assert "lost 0, duplicated 0, unexpected 0" in fan_out["notes"][0]
