"""Contract parsing and translation: every mistake in a contract gets a clear error."""

import json
from pathlib import Path

import pytest

from mlgate.data.contract import infer_contract, load_suite, parse_suite
from mlgate.errors import InputError
from tests.conftest import REPO

MINIMAL = "name: t\ncolumns:\n  - {name: a, type: int}\n"


def test_reference_contract_translates_to_expectations() -> None:
    suite = load_suite(REPO / "pipelines" / "contracts" / "breast_cancer.yaml")
    rules = {e.rule: e for e in suite.expectations}
    assert rules["table.columns"].kwargs["exact_match"] is True
    assert rules["columns.target.allowed"].kwargs["value_set"] == [0, 1]
    assert rules["checks.worst_radius_at_least_mean"].type == (
        "expect_column_pair_values_a_to_be_greater_than_b"
    )
    assert all(e.severity == "critical" for e in suite.expectations)
    assert len(suite.sha256) == 64


def test_warn_lists_and_null_fractions() -> None:
    suite = parse_suite(
        "name: t\nextra_columns: warn\ncolumns:\n"
        "  - {name: a, type: float, nullable: true, max_null_fraction: 0.1, max: 5, warn: [range]}\n",
        "t.yaml",
    )
    rules = {e.rule: e for e in suite.expectations}
    assert rules["table.columns"].severity == "warning"
    assert rules["columns.a.range"].severity == "warning"
    assert rules["columns.a.range"].kwargs["min_value"] < -1e307  # infinities are out of range
    assert rules["columns.a.nulls"].kwargs["mostly"] == pytest.approx(0.9)


def test_primary_key_becomes_uniqueness() -> None:
    one = parse_suite(MINIMAL + "primary_key: [a]\n", "t")
    assert "columns.a.unique" in {e.rule for e in one.expectations}
    two = parse_suite(
        "name: t\nprimary_key: [a, b]\ncolumns:\n  - {name: a, type: int}\n  - {name: b, type: str}\n",
        "t",
    )
    [compound] = [e for e in two.expectations if e.rule == "table.primary_key"]
    assert compound.kwargs == {"column_list": ["a", "b"]}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: t\ncolumns: [\n", r"t\.yaml: YAML syntax error at line \d+"),
        ("- just\n- a list\n", "expected a mapping"),
        (MINIMAL + "colour: blue\n", "colour: Extra inputs are not permitted"),
        (
            "name: t\ncolumns:\n  - {name: a, type: int, nulable: true}\n",
            "columns.0.nulable: Extra",
        ),
        (
            "name: t\ncolumns:\n  - {name: a, type: integer}\n",
            "columns.0.type: Input should be 'int'",
        ),
        (
            "name: t\ncolumns:\n  - {name: a, type: int}\n  - {name: a, type: str}\n",
            "column 'a' is declared twice",
        ),
        (
            "name: t\ncolumns:\n  - {name: a, type: int, min: 5, max: 1}\n",
            "min .5.0. is greater than max",
        ),
        ("name: t\ncolumns:\n  - {name: a, type: str, regex: '(['}\n", "does not compile"),
        ("name: t\ncolumns:\n  - {name: a, type: str, min: 1}\n", "min/max apply to int and float"),
        (MINIMAL + "primary_key: [b]\n", "primary_key names 'b'"),
        ("name: t\ncolumns: []\n", "columns: List should have at least 1 item"),
        ("columns:\n  - {name: a, type: int}\n", "name: Field required"),
        (
            MINIMAL + "freshness: {column: a, max_age_hours: 24}\n",
            "freshness names 'a', which must be a declared datetime column",
        ),
        (
            "name: t\nfreshness: {column: d, max_age_hours: 0}\ncolumns:\n  - {name: d, type: datetime}\n",
            "freshness.max_age_hours: Input should be greater than 0",
        ),
    ],
)
def test_bad_contracts_are_named(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_suite(text, "t.yaml")
    assert str(info.value).startswith("t.yaml: ")


def test_gx_suite_json_is_accepted_as_a_contract(tmp_path: Path) -> None:
    suite = parse_suite(MINIMAL, "t.yaml")
    path = tmp_path / "suite.json"
    path.write_text(json.dumps(suite.to_gx_json()))
    again = load_suite(path)
    assert [e.model_dump() for e in again.expectations] == [
        e.model_dump() for e in suite.expectations
    ]


def test_gx_suite_with_bad_expectation_is_named() -> None:
    with pytest.raises(InputError, match=r"expectations\.0\.type: String should match"):
        parse_suite('{"name": "s", "expectations": [{"type": "nope", "kwargs": {}}]}', "s.json")


def test_missing_and_binary_contract_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_suite(tmp_path / "nope.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="not UTF-8"):
        load_suite(tmp_path / "bin.yaml")


def test_inferred_contract_parses_and_passes_on_its_sample() -> None:
    import pandas as pd

    from mlgate.data.validation import validate_table

    frame = pd.DataFrame(
        {"id": [1, 2, 3, 4], "site": ["a", "b", "a", None], "x": [0.5, 1.5, 2.0, 3.0]}
    )
    suite = parse_suite(infer_contract(frame, "demo"), "demo.yaml")
    assert validate_table(frame, suite).passed
    rules = {e.rule for e in suite.expectations}
    assert {"columns.id.unique", "columns.site.allowed", "columns.x.range"} <= rules


# --- issue 16, item 4: a contract must not switch a rule off ---


def _gx_suite(*expectations: dict) -> str:
    return json.dumps({"name": "s", "expectations": list(expectations)})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: t\ncolumns:\n  - {name: a, type: float, min: .nan}\n", r"columns\.0\.min: Value error, is NaN"),
        ("name: t\ncolumns:\n  - {name: a, type: float, max: nan}\n", r"columns\.0\.max: Value error, is NaN"),
        ("name: t\ncolumns:\n  - {name: a, type: float, max: .inf}\n", "max is infinite, which lets infinities through"),
        (
            MINIMAL + "  - {name: b, type: int}\nchecks:\n"
            "  - {name: c, type: greater_than, left: a, right: b}\n"
            "  - {name: c, type: greater_than, left: b, right: a}\n",
            "check name 'c' is used twice",
        ),
        ("name: t\nname: u\ncolumns:\n  - {name: a, type: int}\n", r"key 'name' appears twice \(again at line 2\)"),
        ("name: t\ncolumns:\n  - {name: a, type: int, min: 1, min: 2}\n", "key 'min' appears twice"),
        ('{"name": "s", "name": "t", "expectations": []}', "key 'name' appears twice"),
    ],
)  # fmt: skip
def test_contracts_that_would_disable_a_rule_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_suite(text, "t.yaml")


def test_infinite_bounds_are_fine_when_infinities_are_allowed() -> None:
    parse_suite(
        "name: t\ncolumns:\n  - {name: a, type: float, allow_infinite: true, max: .inf}\n", "t"
    )


@pytest.mark.parametrize(
    ("expectation", "message"),
    [
        ({"type": "expect_column_values_to_match_regex", "kwargs": {"column": "a", "regex": "(["}},
         r"expectations\.0 \(expect_column_values_to_match_regex\): regex '\(\[' does not compile"),
        ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "min_value": "abc"}},
         "min_value 'abc' is not a number, a date"),
        ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "max_value": [1]}},
         "max_value must be a number or a date/time string, got \\[1\\]"),
        ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "max_value": "nan"}},
         "max_value is NaN"),
        ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "max_value": True}},
         "max_value must be a number"),
        ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "a"}},
         "min_value and max_value are both missing"),
        ({"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 5, "max_value": 1}},
         "min_value 5 is greater than max_value 1"),
        ({"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "a", "mostly": 1.5}},
         "mostly must be from 0 to 1, got 1.5"),
        ({"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "a", "mostly": "most"}},
         "mostly must be a number from 0 to 1"),
        ({"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "a"}}, "value_set is missing"),
        ({"type": "expect_column_values_to_be_unique", "kwargs": {"column": "a", "result_format": "ALL"}},
         "result_format 'ALL' is not one of BOOLEAN_ONLY, BASIC, SUMMARY, COMPLETE"),
        ({"type": "expect_column_values_to_be_unique",
          "kwargs": {"column": "a", "row_condition": "a >", "condition_parser": "pandas"}},
         "row_condition 'a >' is not a valid pandas query"),
        ({"type": "expect_column_values_to_be_unique",
          "kwargs": {"column": "a", "row_condition": "a > 1", "condition_parser": "spark"}},
         "condition_parser 'spark' is unknown"),
        ({"type": "expect_column_values_to_be_unique", "kwargs": {"column": ["a"]}},
         "column must be a column name"),
        ({"type": "expect_compound_columns_to_be_unique", "kwargs": {"column_list": ["a"]}},
         "column_list must name at least two columns"),
        ({"type": "expect_column_values_to_be_unique", "kwargs": {"column": "a", "strict_min": "yes"}},
         "strict_min must be true or false"),
    ],
)  # fmt: skip
def test_gx_suites_with_arguments_that_break_a_rule_are_input_errors(
    expectation: dict, message: str
) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_suite(_gx_suite(expectation), "s.json")
    assert str(info.value).startswith("s.json: expectations.0 (")


def test_gx_suites_with_twice_the_same_rule_name_are_refused() -> None:
    rule = {
        "type": "expect_column_to_exist",
        "kwargs": {"column": "a"},
        "meta": {"rule": "a.present"},
    }
    with pytest.raises(InputError, match="rule name 'a.present' is used by more than one"):
        parse_suite(_gx_suite(rule, rule), "s.json")


def test_a_huge_bad_value_is_not_echoed_whole() -> None:
    bad = {
        "type": "expect_column_values_to_be_between",
        "kwargs": {"column": "a", "min_value": "x" * 100_000},
    }
    with pytest.raises(InputError) as info:
        parse_suite(_gx_suite(bad), "s.json")
    assert len(str(info.value)) < 300


def test_date_bounds_and_suite_parameters_are_accepted() -> None:
    parse_suite(
        _gx_suite(
            {"type": "expect_column_values_to_be_between",
             "kwargs": {"column": "d", "min_value": "2024-01-01", "max_value": "2024-02-01T10:00:00+00:00"}},
            {"type": "expect_column_max_to_be_between", "kwargs": {"column": "d", "min_value": {"$PARAMETER": "since"}}},
        ),
        "s.json",
    )  # fmt: skip
