"""A bench run that stops part-way (a bot crashed, the store ran out of something) still
prints and writes the figures of the repeats that finished, says what stopped it, and
exits non-zero: a 60-minute run must not lose everything to a failure in its last step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench.__main__ as cli
from bench import figures as measure


async def test_a_run_stopped_by_a_failure_keeps_the_figures_measured_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def no_seed(bench, wanted):
        return {}

    async def one_repeat_then_fail(bench, figures, wanted, baselines):
        figures["healthz"].add(3.0, 1.5)
        raise RuntimeError("the bot of repeat 2 did not start")

    monkeypatch.setattr(measure, "seed_stores", no_seed)
    monkeypatch.setattr(measure, "store_figures", one_repeat_then_fail)
    results = tmp_path / "bench.json"
    arguments = ["--smoke", "--only", "healthz", "--json", str(results)]

    code = await cli.run(cli.parse(arguments), arguments)

    assert code == 2
    out = capsys.readouterr().out
    assert "/healthz p99" in out
    assert "stopped: RuntimeError: the bot of repeat 2 did not start" in out
    report = json.loads(results.read_text())
    assert report["stopped"] == "RuntimeError: the bot of repeat 2 did not start"
    [figure] = report["figures"]
    assert figure["value"] == 3.0
