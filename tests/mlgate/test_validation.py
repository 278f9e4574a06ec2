"""The fast engine gives great-expectations' verdicts, rule by rule, on clean and broken tables."""

import numpy as np
import pandas as pd
import pytest

from mlgate.contract import Expectation, Suite, parse_suite
from mlgate.validation import render_html, validate_table

CONTRACT = """
name: visits
row_count: {min: 1, max: 100}
primary_key: [visit_id]
columns:
  - {name: visit_id, type: int}
  - {name: patient_name, type: str, sensitive: true, regex: "^[A-Z][a-z]+ [A-Z][a-z]+$"}
  - {name: age, type: int, min: 0, max: 120}
  - {name: weight, type: float, nullable: true, max_null_fraction: 0.3, min: 1, max: 400}
  - {name: site, type: str, allowed: [north, south]}
  - {name: admitted, type: bool}
  - {name: systolic, type: float}
  - {name: diastolic, type: float, warn: [range], max: 150}
checks:
  - {name: systolic_over_diastolic, type: greater_than, left: systolic, right: diastolic}
"""
SUITE = parse_suite(CONTRACT, "visits.yaml")
CLEAN = pd.DataFrame(
    {
        "visit_id": [1, 2, 3, 4],
        "patient_name": ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"],
        "age": [36, 41, 85, 72],
        "weight": [61.0, None, 70.5, 80.0],
        "site": ["north", "south", "north", "north"],
        "admitted": [True, False, True, False],
        "systolic": [120.0, 130, 110, 140],
        "diastolic": [80.0, 85, 70, 90],
    }
)
BROKEN = {
    "clean": CLEAN,
    "duplicate key": CLEAN.assign(visit_id=[1, 1, 3, 4]),
    "out of range": CLEAN.assign(age=[36, 410, -1, 72]),
    "nulls over fraction": CLEAN.assign(weight=[None, None, 70.5, 80.0]),
    "infinity": CLEAN.assign(systolic=[np.inf, 130, 110, 140]),
    "nan": CLEAN.assign(systolic=[np.nan, 130, 110, 140]),
    "not allowed": CLEAN.assign(site=["north", "east", "west", "south"]),
    "extra column": CLEAN.assign(notes="x"),
    "missing column": CLEAN.drop(columns=["admitted"]),
    "wrong dtype": CLEAN.assign(age=[36.5, 41, 85, 72]),
    "mixed object column": CLEAN.assign(
        site=pd.Series(["north", 3, "south", "north"], dtype=object)
    ),
    "pair broken": CLEAN.assign(diastolic=[130.0, 85, 70, 90]),
    "regex broken": CLEAN.assign(
        patient_name=["ada lovelace", "Alan Turing", "G H", "Edsger Dijkstra"]
    ),
    "warn only": CLEAN.assign(diastolic=[80.0, 85, 70, 151], systolic=[120.0, 130, 110, 160]),
    "no rows": CLEAN.iloc[:0],
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_fast_engine_agrees_with_great_expectations(case: str) -> None:
    fast = validate_table(BROKEN[case], SUITE, engine="fast")
    gx = validate_table(BROKEN[case], SUITE, engine="gx")
    assert [(r.rule, r.success) for r in fast.rules] == [(r.rule, r.success) for r in gx.rules]
    for ours, theirs in zip(fast.rules, gx.rules, strict=True):
        if theirs.unexpected_count is not None and ours.unexpected_count is not None:
            assert ours.unexpected_count == theirs.unexpected_count, ours.rule
            assert ours.indices == theirs.indices, ours.rule
    assert fast.passed == gx.passed == (case in ("clean", "warn only"))


def test_failures_name_rule_column_and_rows() -> None:
    result = validate_table(BROKEN["out of range"], SUITE)
    [error] = result.errors
    assert error.rule == "columns.age.range" and error.column == "age"
    assert error.indices == [1, 2] and error.samples == [410, -1]
    assert "columns.age.range" in result.summary() and "rows 1, 2" in result.summary()


def test_sensitive_values_never_reach_messages_or_reports() -> None:
    result = validate_table(BROKEN["regex broken"], SUITE)
    [error] = result.errors
    assert error.rule == "columns.patient_name.regex" and error.indices == [0, 2]
    everything = result.summary() + render_html(result) + str(result.to_json())
    for name in ("ada lovelace", "G H"):
        assert name not in everything
    gx = validate_table(BROKEN["regex broken"], SUITE, engine="gx")
    assert "ada lovelace" not in gx.summary() + render_html(gx)


def test_warnings_report_but_do_not_fail() -> None:
    result = validate_table(BROKEN["warn only"], SUITE)
    assert result.passed
    assert [w.rule for w in result.warnings] == ["columns.diastolic.range"]
    assert result.metrics()["rules_warned"] == 1


def test_unknown_expectation_types_fall_back_to_great_expectations() -> None:
    suite = Suite(
        name="s",
        sha256="0" * 64,
        source="s.json",
        expectations=[
            Expectation(
                type="expect_column_mean_to_be_between", kwargs={"column": "age", "max_value": 10}
            ),
            Expectation(type="expect_column_to_exist", kwargs={"column": "age"}),
        ],
    )
    result = validate_table(CLEAN, suite)
    assert [r.success for r in result.rules] == [False, True]
    assert result.rules[0].observed == pytest.approx(58.5)


def test_html_report_lists_failures_first() -> None:
    page = render_html(validate_table(BROKEN["not allowed"], SUITE))
    assert page.index("columns.site.allowed") < page.index("columns.visit_id.present")
    assert "<title>visits: failed</title>" in page


FRESHNESS = parse_suite(
    "name: feed\nfreshness: {column: seen, max_age_hours: 48}\ncolumns:\n"
    "  - {name: seen, type: datetime}\n  - {name: n, type: int}\n",
    "feed.yaml",
)
NOW = pd.Timestamp.now(tz="UTC").tz_convert(None)


@pytest.mark.parametrize(
    ("case", "seen", "failed"),
    [
        ("fresh", [NOW - pd.Timedelta(hours=1), NOW - pd.Timedelta(days=9)], []),
        ("stale", [NOW - pd.Timedelta(days=3), NOW - pd.Timedelta(days=9)], ["table.freshness"]),
        (
            "text as a CSV gives it",
            [str(NOW - pd.Timedelta(hours=2)), "not a date"],
            ["columns.seen.nulls"],
        ),
        ("time-zone aware", [pd.Timestamp.now(tz="Europe/Paris"), pd.Timestamp.now(tz="UTC")], []),
    ],
)
def test_freshness_in_both_engines(case: str, seen: list, failed: list[str]) -> None:
    frame = pd.DataFrame({"seen": seen, "n": [1, 2]})
    fast = validate_table(frame, FRESHNESS)
    gx = validate_table(frame, FRESHNESS, engine="gx")
    assert [r.rule for r in fast.rules if not r.success] == failed
    assert [(r.rule, r.success) for r in fast.rules] == [(r.rule, r.success) for r in gx.rules]
