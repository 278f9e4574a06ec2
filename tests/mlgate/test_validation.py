"""The fast engine gives great-expectations' verdicts, rule by rule, on clean and broken tables."""

import numpy as np
import pandas as pd
import pytest

from mlgate.data.contract import Expectation, Suite, parse_suite
from mlgate.data.validation import render_html, validate_table
from mlgate.errors import InputError

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


# --- issue 22: no ignored argument; each disagreement found is a named regression test ---


def _suite(*rules: tuple[str, dict]) -> Suite:
    return Suite(
        name="s",
        sha256="0" * 64,
        source="s.json",
        expectations=[
            Expectation(type=t, kwargs=kw, meta={"rule": f"r{i}"})
            for i, (t, kw) in enumerate(rules)
        ],
    )


def _both(frame: pd.DataFrame, suite: Suite) -> list[tuple]:
    """(success, unexpected_count, indices) per rule; asserts both engines agree."""
    fast = validate_table(frame, suite, engine="fast")
    gx = validate_table(frame, suite, engine="gx")
    ours = [(r.success, r.unexpected_count, r.indices) for r in fast.rules]
    assert ours == [(r.success, r.unexpected_count, r.indices) for r in gx.rules]
    return ours


TABLE = pd.DataFrame(
    {
        "x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "group": ["a", "a", "b", "b", "b", "a", "b", "b", "b", "b"],
        "n": pd.array([1, None, 3, None, 5, 6, 7, 8, 9, 10], dtype="Int64"),
    }
)


def test_row_condition_limits_the_rule_to_the_rows_it_selects() -> None:
    suite = _suite(
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 2, "row_condition": 'group == "a"', "condition_parser": "pandas"}),
        ("expect_column_values_to_be_in_set",
         {"column": "x", "value_set": [3, 4, 5], "row_condition": "x > 2 and x < 6",
          "condition_parser": "pandas"}),
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 2, "row_condition": "group == 'b'", "condition_parser": "pandas"}),
    )  # fmt: skip
    assert _both(TABLE, suite) == [
        (False, 1, [5]),
        (True, 0, []),
        (False, 7, [2, 3, 4, 6, 7, 8, 9]),
    ]
    assert {r.engine for r in validate_table(TABLE, suite).rules} == {"fast"}


def test_row_condition_rows_where_it_is_null_are_left_out() -> None:
    # `n > 4` is <NA> where n is null: DataFrame.query (GX) drops those rows.
    suite = _suite(
        ("expect_column_values_to_be_between",
         {"column": "x", "min_value": 5, "row_condition": "n > 4", "condition_parser": "pandas"}),
        ("expect_table_row_count_to_be_between",
         {"max_value": 5, "row_condition": "n > 4", "condition_parser": "pandas"}),
    )  # fmt: skip
    assert _both(TABLE, suite) == [(True, 0, []), (False, None, [])]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"row_condition": "x >", "condition_parser": "pandas"}, "row_condition 'x >' is not a valid pandas query"),
        ({"row_condition": 'group == "a', "condition_parser": "pandas"}, "is not a valid pandas query"),
        ({"row_condition": "x > 1", "condition_parser": "sql"}, "condition_parser 'sql' is unknown"),
        ({"row_condition": "nope > 1", "condition_parser": "pandas"}, "names something the table does not have"),
        ({"row_condition": "x + 1", "condition_parser": "pandas"}, "does not give True or False"),
        ({"row_condition": 5, "condition_parser": "pandas"}, "row_condition must be a string"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("engine", ["fast", "gx"])
def test_bad_row_conditions_are_input_errors(kwargs: dict, message: str, engine: str) -> None:
    suite = _suite(
        ("expect_column_values_to_be_between", {"column": "x", "max_value": 2, **kwargs})
    )
    with pytest.raises(InputError, match="r0") as caught:
        validate_table(TABLE, suite, engine=engine)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_column_index_checks_the_position() -> None:
    suite = _suite(
        ("expect_column_to_exist", {"column": "group", "column_index": 1}),
        ("expect_column_to_exist", {"column": "group", "column_index": 2}),
        ("expect_column_to_exist", {"column": "group", "column_index": 7}),
        # GX tests the position only for a truthy column_index: 0 means "anywhere".
        ("expect_column_to_exist", {"column": "group", "column_index": 0}),
    )
    assert [s for s, _, _ in _both(TABLE, suite)] == [True, False, False, True]


def test_strict_bounds_on_the_column_max() -> None:
    suite = _suite(
        ("expect_column_max_to_be_between", {"column": "x", "max_value": 10}),
        ("expect_column_max_to_be_between", {"column": "x", "max_value": 10, "strict_max": True}),
        ("expect_column_max_to_be_between", {"column": "x", "min_value": 10, "strict_min": True}),
        ("expect_table_row_count_to_be_between", {"min_value": 10, "strict_min": True}),
    )
    assert [s for s, _, _ in _both(TABLE, suite)] == [True, False, False, False]


def test_date_bounds_given_as_strings() -> None:
    frame = pd.DataFrame(
        {"seen": pd.to_datetime(["2024-01-02", "2024-03-01", None]).astype("datetime64[ns]")}
    )
    suite = _suite(
        # Date and time text: GX's model parses it to a datetime, compared with the values.
        ("expect_column_values_to_be_between",
         {"column": "seen", "min_value": "2024-01-01T00:00:00", "max_value": "2024-02-01T00:00:00"}),
        ("expect_column_max_to_be_between", {"column": "seen", "min_value": "2024-02-01T00:00:00"}),
        # A bare date becomes a datetime.date, which pandas refuses to compare with
        # datetime64 values: GX fails the rule (a GX quirk, kept so verdicts agree).
        ("expect_column_values_to_be_between", {"column": "seen", "min_value": "2024-01-01"}),
    )  # fmt: skip
    assert _both(frame, suite) == [(False, 1, [1]), (True, None, []), (False, None, [])]


def test_twin_expectations_each_get_a_result() -> None:
    twin = ("expect_column_values_to_be_between", {"column": "x", "max_value": 8})
    suite = _suite(twin, twin, ("expect_column_to_exist", {"column": "x"}), twin)
    assert _both(TABLE, suite) == [(False, 2, [8, 9])] * 2 + [(True, None, [])] + [
        (False, 2, [8, 9])
    ]


def test_type_list_on_empty_and_mixed_object_columns() -> None:
    frame = pd.DataFrame(
        {
            "empty": pd.Series([], dtype=object),
            "mixed": pd.Series([], dtype=object),
        }
    )
    suite = _suite(
        ("expect_column_values_to_be_in_type_list", {"column": "empty", "type_list": ["int64"]}),
        ("expect_column_values_to_be_in_type_list", {"column": "empty", "type_list": ["float64"]}),
    )
    _both(frame, suite)
    mixed = pd.DataFrame({"m": pd.Series([1, "a", None, 2.5, np.nan, True], dtype=object)})
    suite = _suite(
        # Python ints are not numpy int64 values: GX counts them as unexpected.
        ("expect_column_values_to_be_in_type_list", {"column": "m", "type_list": ["int64"]}),
        ("expect_column_values_to_be_in_type_list", {"column": "m", "type_list": ["int", "str"]}),
        ("expect_column_values_to_be_in_type_list", {"column": "m", "type_list": ["float64"]}),
    )
    assert _both(mixed, suite) == [
        (False, 4, [0, 1, 3, 5]),
        (False, 1, [3]),  # True is an int in Python
        (False, 4, [0, 1, 3, 5]),  # 2.5 is a Python float, not a numpy float64
    ]


def test_exact_match_given_as_null_means_at_least_these_columns() -> None:
    suite = _suite(
        ("expect_table_columns_to_match_set", {"column_set": ["x"], "exact_match": None})
    )
    assert _both(TABLE, suite) == [(True, None, [])]


def test_pair_comparison_with_nulls_in_a_nullable_column_fails_as_in_gx() -> None:
    suite = _suite(
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "x", "column_B": "n"}),
        ("expect_column_pair_values_a_to_be_greater_than_b",
         {"column_A": "x", "column_B": "n", "ignore_row_if": "either_value_is_missing", "or_equal": True}),
    )  # fmt: skip
    assert _both(TABLE, suite) == [(False, None, []), (True, 0, [])]


@pytest.mark.parametrize(
    ("result_format", "expected"),
    [
        ("BOOLEAN_ONLY", (False, None, [])),
        ("BASIC", (False, 9, [])),
        ("SUMMARY", (False, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9])),
        ({"result_format": "SUMMARY", "partial_unexpected_count": 2}, (False, 9, [1, 2])),
        ("COMPLETE", (False, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9])),
    ],
)
def test_result_format_levels(result_format: object, expected: tuple) -> None:
    suite = _suite(
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 1, "result_format": result_format}),
    )  # fmt: skip
    assert _both(TABLE, suite) == [expected]


def test_arguments_the_fast_engine_lacks_send_the_rule_to_gx() -> None:
    suite = _suite(
        ("expect_column_values_to_be_between", {"column": "x", "max_value": 1}),
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 1,
          "result_format": {"result_format": "COMPLETE", "unexpected_index_column_names": ["x"]}}),
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 1, "row_condition": 'col("x") > 5',
          "condition_parser": "great_expectations"}),
        ("expect_column_mean_to_be_between", {"column": "x", "max_value": 10}),
    )  # fmt: skip
    result = validate_table(TABLE, suite)
    assert [r.engine for r in result.rules] == ["fast", "gx", "gx", "gx"]
    assert "unexpected_index_column_names" in result.rules[1].engine_reason
    assert "great_expectations parser" in result.rules[2].engine_reason
    assert result.rules[2].unexpected_count == 5
    explained = result.explain().splitlines()
    assert explained[0].split()[:2] == ["r0", "fast"] and explained[3].split()[:2] == ["r3", "gx"]


def test_gx_refusing_an_argument_is_an_input_error() -> None:
    suite = _suite(
        ("expect_column_values_to_be_unique", {"column": "x", "parse_strings_as_datetimes": True})
    )
    with pytest.raises(InputError, match="r0.*parse_strings_as_datetimes"):
        validate_table(TABLE, suite)


def test_quoted_values_are_cut_short() -> None:
    frame = pd.DataFrame({"note": ["ok", "y" * 20_000_000]})
    suite = _suite(("expect_column_values_to_match_regex", {"column": "note", "regex": "^ok$"}))
    for engine in ("fast", "gx"):
        result = validate_table(frame, suite, engine=engine)  # type: ignore[arg-type]
        [sample] = result.rules[0].samples
        assert len(sample) < 80 and "20000000 characters" in sample
        assert len(result.summary()) < 400 and len(str(result.to_json())) < 2000


def test_between_on_a_categorical_fails_as_in_gx() -> None:
    # GX maps a categorical's categories (all of them) through its value-by-value check,
    # so text categories fail numeric bounds even when a condition selects no row.
    frame = pd.DataFrame({"c": pd.Series(["y", "z", "z"], dtype="category"), "i": [1, 2, 3]})
    numbers = pd.DataFrame({"c": pd.Series([1, 5, 5], dtype="category")})
    suite = _suite(
        ("expect_column_values_to_be_between",
         {"column": "c", "min_value": 0.5, "row_condition": "i > 5", "condition_parser": "pandas"}),
        ("expect_column_values_to_be_between", {"column": "c", "min_value": 0.5}),
    )  # fmt: skip
    assert _both(frame, suite) == [(False, None, []), (False, None, [])]
    suite = _suite(("expect_column_values_to_be_between", {"column": "c", "max_value": 2}))
    # Even numeric categories: GX cannot negate the Categorical its check returns (a GX
    # bug), so the rule fails without counts in both engines.
    assert _both(numbers, suite) == [(False, None, [])]
    assert _both(numbers.iloc[:0], suite) == [(True, 0, [])]


@pytest.mark.parametrize("engine", ["fast", "gx"])
def test_arguments_gx_refuses_are_refused_by_both_engines(engine: str) -> None:
    # include_config (GX 0.x) and an argument of another expectation, even set to null:
    # GX 1.x refuses them when it builds the expectation, so mlgate does in both engines.
    for extra in ({"include_config": True}, {"column_index": None}):
        suite = _suite(("expect_column_values_to_be_unique", {"column": "x", **extra}))
        with pytest.raises(InputError, match=f"r0.*{next(iter(extra))}"):
            validate_table(TABLE, suite, engine=engine)  # type: ignore[arg-type]
