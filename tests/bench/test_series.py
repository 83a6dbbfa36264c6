"""A figure from its repeats: medians, the load average of each, and whether it passes."""

from __future__ import annotations

from bench.report import table
from bench.series import Series


def test_a_figure_reports_the_medians_of_its_repeats_and_the_load_when_each_was_taken():
    loads = iter([1.5, 2.5, 2.0])
    series = Series(
        "plan-turn p99, 5,000 claims / 10",
        unit="ms",
        baseline_name="10 claims",
        target="≤ 1.25×",
        check=lambda value, ratio: ratio is not None and ratio <= 1.25,
        load=lambda: next(loads),
    )
    series.add(120.0, 100.0)  # 1.20
    series.add(300.0, 200.0)  # 1.50
    series.add(110.0, 100.0)  # 1.10
    figure = series.figure()
    assert figure.value == 120.0
    assert figure.baseline == 100.0
    # The median of the repeats' own ratios, each taken within one run.
    assert figure.ratio == 1.2
    assert figure.passed is True
    assert figure.load_average == 2.0
    assert [sample["ratio"] for sample in figure.samples] == [1.2, 1.5, 1.1]
    assert [sample["load"] for sample in figure.samples] == [1.5, 2.5, 2.0]


def test_a_repeat_that_went_wrong_fails_the_figure_whatever_the_median_says():
    series = Series(
        "x", unit="ms", baseline_name="y", target="≤ 50 ms",
        check=lambda value, ratio: value <= 50, load=lambda: 0.5,
    )  # fmt: skip
    series.add(10.0)
    series.add(12.0, ok=False, note="3 failed turns")
    series.add(11.0)
    figure = series.figure()
    assert figure.value == 11.0
    assert figure.passed is False
    assert figure.notes == ["repeat 2: 3 failed turns"]


def test_an_informative_figure_neither_passes_nor_fails():
    series = Series("x", unit="turns/s", baseline_name="y", target="informative", load=lambda: 0)
    series.add(300.0, 100.0)
    figure = series.figure()
    assert figure.passed is None
    assert figure.ratio == 3.0


def test_the_table_shows_each_repeat_and_the_load_average():
    series = Series(
        "p99", unit="ms", baseline_name="10 claims", target="≤ 1.25×",
        check=lambda value, ratio: ratio <= 1.25, load=lambda: 1.75,
    )  # fmt: skip
    series.add(120.0, 100.0)
    series.add(130.0, 100.0)
    series.add(125.0, 100.0)
    text = table([series.figure()])
    header, _rule, row = text.splitlines()
    assert "load" in header and "repeats" in header
    assert "1.20 1.30 1.25" in row
    assert "1.75" in row
    assert "PASS" in row
