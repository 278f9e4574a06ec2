"""Push-down validation: the contract as one SQL query gives the pandas engine's verdicts.

The parity tables are test_validation's (written to Parquet) and validate_schema's CSV
catalogue. DuckDB runs the query for real; BigQuery's rendering of the same definition
is parsed as BigQuery SQL, and run through a fake client that transpiles it to DuckDB.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import sqlglot

from mlgate.data.contract import Expectation, Suite, parse_suite
from mlgate.data.pushdown import (
    TableSchema,
    compile_suite,
    parse_bigquery_uri,
    validate_bigquery,
    validate_duckdb,
)
from mlgate.data.re2 import re2_pattern
from mlgate.data.validation import ValidationResult, validate_table
from mlgate.errors import InputError, RemoteError
from tests.mlgate.test_validation import BROKEN, FRESHNESS, NOW, SUITE

UNWRITABLE = {"mixed object column"}  # an int among strings: Parquet cannot hold it


def _verdicts(result: ValidationResult) -> list[tuple[Any, ...]]:
    """Rule, verdict and count; rows and values for failing rules (the only ones sampled)."""
    return [
        (r.rule, r.success, r.unexpected_count) + ((r.indices, r.samples) if not r.success else ())
        for r in result.rules
    ]


def _parquet(tmp_path: Path, frame: pd.DataFrame, name: str = "t.parquet") -> str:
    path = tmp_path / name
    frame.to_parquet(path)
    return str(path)


@pytest.mark.parametrize("case", [c for c in BROKEN if c not in UNWRITABLE])
def test_duckdb_gives_the_pandas_verdicts_on_the_parity_tables(tmp_path: Path, case: str) -> None:
    path = _parquet(tmp_path, BROKEN[case])
    expected = validate_table(pd.read_parquet(path), SUITE)
    result = validate_duckdb(path, SUITE)
    assert _verdicts(result) == _verdicts(expected)
    assert (result.engine, result.rows, result.columns) == (
        "duckdb",
        expected.rows,
        expected.columns,
    )
    assert {r.engine for r in result.rules} == {"duckdb"}


def test_duckdb_on_the_csv_catalogue_gives_the_pandas_verdicts(tmp_path: Path) -> None:
    from mlgate.data.tables import read_table
    from tests.components.validate_schema.test_logic import CONTRACT, GOOD_CSV, VIOLATIONS

    suite = parse_suite(CONTRACT, "patients.yaml")
    for case, text, rule in [("good", GOOD_CSV, ""), *VIOLATIONS]:
        path = tmp_path / f"{len(case)}.csv"
        path.write_text(text)
        expected = validate_table(read_table(str(path)), suite)
        assert _verdicts(validate_duckdb(str(path), suite)) == _verdicts(expected), case
        assert rule in validate_duckdb(str(path), suite).summary() + expected.summary()


def test_failures_name_rows_and_values_but_never_sensitive_ones(tmp_path: Path) -> None:
    path = _parquet(tmp_path, BROKEN["out of range"].assign(patient_name=["x y"] * 4))
    result = validate_duckdb(path, SUITE)
    by_rule = {r.rule: r for r in result.errors}
    assert by_rule["columns.age.range"].indices == [1, 2]
    assert by_rule["columns.age.range"].samples == [410, -1]
    assert by_rule["columns.patient_name.regex"].indices == [0, 1, 2, 3]
    assert by_rule["columns.patient_name.regex"].samples == []  # sensitive: rows only
    assert "x y" not in result.summary() + str(result.to_json())


def test_the_row_labels_are_those_read_table_gives(tmp_path: Path) -> None:
    shifted = BROKEN["out of range"].set_index(pd.RangeIndex(100, 104))
    labelled = BROKEN["out of range"].set_index(pd.Index([7, 3, 9, 1]))
    for frame in (shifted, labelled):
        path = _parquet(tmp_path, frame)
        assert _verdicts(validate_duckdb(path, SUITE)) == _verdicts(
            validate_table(pd.read_parquet(path), SUITE)
        )
    assert validate_duckdb(path, SUITE).errors[0].indices == [3, 9]


def test_floats_nan_negative_zero_and_integer_bounds_as_pandas_compares_them(
    tmp_path: Path,
) -> None:
    frame = pd.DataFrame(
        {
            "f": [0.0, -0.0, np.nan, np.nan, 1.5, np.inf, 2.5],
            "i": [1, 2, 3, 4, 5, 6, 2**60],
            "b": [True, False, True, True, False, True, True],
            "s": ["a", "b", None, "a", "ä", "日本", "a\n"],
        }
    )
    suite = _suite(
        ("expect_column_values_to_be_unique", {"column": "f"}),
        ("expect_column_values_to_not_be_null", {"column": "f", "mostly": 0.5}),
        ("expect_column_values_to_be_between", {"column": "f", "min_value": 0, "max_value": 2}),
        ("expect_column_values_to_be_between", {"column": "i", "min_value": 1.5, "max_value": 4.5}),
        ("expect_column_values_to_be_between",
         {"column": "i", "min_value": 2, "max_value": 5, "strict_min": True, "strict_max": True}),
        ("expect_column_values_to_be_between", {"column": "i", "max_value": 1e300}),
        ("expect_column_values_to_be_between", {"column": "b", "min_value": 0.5}),
        ("expect_column_values_to_be_in_set", {"column": "i", "value_set": [1, 2.0, 3.5, "4", True]}),
        ("expect_column_values_to_be_in_set", {"column": "f", "value_set": [0, 1.5, None]}),
        ("expect_column_values_to_be_in_set", {"column": "b", "value_set": [1]}),
        ("expect_column_values_to_be_in_set", {"column": "s", "value_set": ["a", 1]}),
        ("expect_column_values_to_match_regex", {"column": "s", "regex": "^a$"}),
        ("expect_column_values_to_match_regex", {"column": "s", "regex": r"^\w+$"}),
        ("expect_column_max_to_be_between", {"column": "f", "max_value": 3}),
        ("expect_column_max_to_be_between", {"column": "s", "min_value": 1}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "i", "column_B": "f"}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "s", "column_B": "i"}),
        ("expect_compound_columns_to_be_unique", {"column_list": ["f", "b"]}),
        ("expect_column_values_to_be_in_type_list", {"column": "s", "type_list": ["int"]}),
        ("expect_column_values_to_be_in_type_list", {"column": "i", "type_list": ["int64"]}),
    )  # fmt: skip
    path = _parquet(tmp_path, frame)
    expected = validate_table(pd.read_parquet(path), suite)
    assert _verdicts(validate_duckdb(path, suite)) == _verdicts(expected)
    # the cases above exercise both outcomes and pandas' failures to compare
    assert {r.success for r in expected.rules} == {True, False}
    assert any(r.detail.startswith("cannot evaluate") for r in expected.rules)


def test_an_integer_column_with_nulls_is_float64_to_pandas_and_to_push_down(
    tmp_path: Path,
) -> None:
    suite = parse_suite(
        "name: n\ncolumns:\n  - {name: n, type: int, nullable: true, max: 5}\n", "n.yaml"
    )
    path = _parquet(tmp_path, pd.DataFrame({"n": pd.array([1, None, 7], dtype="Int64")}))
    table = pa.table({"n": pa.array([1, None, 7])})
    pq.write_table(table, path)  # no pandas metadata: read back as float64
    result = validate_duckdb(path, suite)
    assert _verdicts(result) == _verdicts(validate_table(pd.read_parquet(path), suite))
    assert [r.rule for r in result.errors] == ["columns.n.type", "columns.n.range"]
    assert result.rules[3].samples == [7.0]  # a float, as pandas holds it


@pytest.mark.parametrize("case", ["fresh", "stale", "time-zone aware"])
def test_freshness_and_datetimes_in_push_down(tmp_path: Path, case: str) -> None:
    seen = {
        "fresh": [NOW - pd.Timedelta(hours=1), NOW - pd.Timedelta(days=9)],
        "stale": [NOW - pd.Timedelta(days=3), NOW - pd.Timedelta(days=9)],
        "time-zone aware": [pd.Timestamp.now(tz="UTC"), pd.Timestamp.now(tz="UTC")],
    }[case]
    path = _parquet(tmp_path, pd.DataFrame({"seen": seen, "n": [1, 2]}))
    expected = validate_table(pd.read_parquet(path), FRESHNESS)
    result = validate_duckdb(path, FRESHNESS)
    assert _verdicts(result) == _verdicts(expected)
    assert result.rules[2].observed == expected.rules[2].observed is None  # BASIC: no value
    assert [r.rule for r in result.errors] == (["table.freshness"] if case == "stale" else [])


def test_datetime_text_is_parsed_as_pandas_parses_it(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(f"seen,n\n{NOW - pd.Timedelta(hours=2)},1\nnot a date,2\n")
    from mlgate.data.tables import read_table

    expected = validate_table(read_table(str(path)), FRESHNESS)
    assert _verdicts(validate_duckdb(str(path), FRESHNESS)) == _verdicts(expected)
    assert [r.rule for r in expected.errors] == ["columns.seen.nulls"]


def test_an_empty_table(tmp_path: Path) -> None:
    path = _parquet(tmp_path, BROKEN["no rows"])
    result = validate_duckdb(path, SUITE)
    assert _verdicts(result) == _verdicts(validate_table(pd.read_parquet(path), SUITE))
    assert result.rows == 0 and [r.rule for r in result.errors] == ["table.row_count"]


# --- what push-down refuses, by name ---------------------------------------------------------


def _suite(*rules: tuple[str, dict[str, Any]]) -> Suite:
    return Suite(
        name="s",
        sha256="0" * 64,
        source="s.json",
        expectations=[
            Expectation(type=t, kwargs=kw, meta={"rule": f"r{i}"})
            for i, (t, kw) in enumerate(rules)
        ],
    )


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (("expect_column_values_to_be_between",
          {"column": "age", "max_value": 1, "row_condition": "age > 2", "condition_parser": "pandas"}),
         "rule 'r0' (expect_column_values_to_be_between) has a row_condition"),
        (("expect_column_mean_to_be_between", {"column": "age", "max_value": 1}),
         "rule 'r0' (expect_column_mean_to_be_between) cannot be pushed down to SQL: the fast "
         "engine has no expect_column_mean_to_be_between"),
        (("expect_column_values_to_match_regex", {"column": "site", "regex": "(?i)^north$"}),
         "regex '(?i)^north$' cannot be pushed down exactly: case-insensitive matching"),
        (("expect_column_values_to_match_regex", {"column": "site", "regex": r"(?<=n)orth"}),
         "look-arounds are not supported by RE2"),
        (("expect_column_values_to_match_regex", {"column": "age", "regex": "^3"}),
         "column 'age' is int64; push-down matches regexes on text columns only"),
        (("expect_column_values_to_be_between", {"column": "ward", "max_value": 1}),
         "column 'ward' is dictionary<values=string, indices=int8, ordered=0> (pandas reads it "
         "as category)"),
    ],
)  # fmt: skip
def test_what_cannot_be_pushed_down_exactly_is_refused_by_name(
    tmp_path: Path, rule: tuple[str, dict[str, Any]], message: str
) -> None:
    frame = BROKEN["clean"].assign(ward=pd.Categorical(["a", "b", "a", "b"]))
    path = _parquet(tmp_path, frame)
    with pytest.raises(InputError) as caught:
        validate_duckdb(path, _suite(rule))
    assert message in str(caught.value)
    assert "use engine 'pandas'" in str(caught.value)


def test_an_allowed_set_on_a_datetime_column_is_refused(tmp_path: Path) -> None:
    path = _parquet(tmp_path, pd.DataFrame({"t": pd.to_datetime(["2024-01-01"])}))
    rule = ("expect_column_values_to_be_in_set", {"column": "t", "value_set": ["2024-01-01"]})
    with pytest.raises(InputError, match="an allowed set on datetime column 't'"):
        validate_duckdb(path, _suite(rule))


def test_unreadable_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="absent.parquet: no such file"):
        validate_duckdb(str(tmp_path / "absent.parquet"), SUITE)
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    with pytest.raises(InputError, match="bad.parquet: not a readable Parquet file"):
        validate_duckdb(str(tmp_path / "bad.parquet"), SUITE)
    with pytest.raises(InputError, match="cannot be streamed.*use engine 'pandas' for JSON"):
        validate_duckdb(str(tmp_path / "logs.jsonl"), SUITE)


# --- Python regexes as RE2 regexes ---------------------------------------------------------

TEXTS = [
    "a", "ab", "A1", "a\n", "a\nb", "\na", "", " a", "\u2003a", "ä", "日本", "١٢", "x_y", "a-b",
    "C123456", "C123456\n", "C12345", "c123456", "\x1c", "a.b", "abc\n\n",
]  # fmt: skip
PATTERNS = [
    "^a", "a$", "^[a-z]+$", r"\d", "^$", "ä", r"^\w+$", "日", "b", r"^\s", ".", "^(a|b)$", r"\n",
    r"^C[0-9]{6}$", r"[^\d\s]", r"\D+\Z", r"(?s)a.b", r"(?a)^\w+$", r"\Aab*c?$", r"x|y$",
    r"[\w-]+", r"a{2,}", r"^.{0,3}$", "(?x) a  b # comment",
]  # fmt: skip


@pytest.mark.parametrize("pattern", PATTERNS)
def test_translated_regexes_match_what_python_matches(pattern: str) -> None:
    translated = re2_pattern(pattern)
    python = [re.search(pattern, text) is not None for text in TEXTS]
    re2 = pc.match_substring_regex(pa.array(TEXTS), translated).to_pylist()
    assert re2 == python, translated


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("(?i)a", "case-insensitive"),
        ("(?m)^a", "multi-line"),
        (r"(a)\1", "back-references"),
        (r"a(?=b)", "look-arounds"),
        (r"\bword", "word boundaries"),
        (r"a$b", "'$' is translated only at the end"),
        ("a{1001}", "above 1000"),
        ("(?>a)", "atomic groups"),
    ],
)
def test_regexes_re2_cannot_match_alike_are_refused(pattern: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        re2_pattern(pattern)


# --- one definition, two dialects; BigQuery through a fake client ---------------------------


def _schema(frame: pd.DataFrame) -> TableSchema:
    return TableSchema.from_arrow(pa.Table.from_pandas(frame).schema)


def test_one_definition_renders_duckdb_that_runs_and_bigquery_that_parses(tmp_path: Path) -> None:
    import duckdb

    frame = BROKEN["out of range"]
    path = _parquet(tmp_path, frame)
    compiled = compile_suite(SUITE, _schema(frame))
    bigquery = compiled.sql(
        "bigquery", sqlglot.exp.to_table("`my-proj`.ds.visits", dialect="bigquery")
    )
    parsed = sqlglot.parse_one(bigquery, read="bigquery")
    assert parsed.find(sqlglot.exp.Table).catalog == "my-proj"
    assert "`patient_name`" in bigquery and "REGEXP_CONTAINS" in bigquery and "COUNTIF" in bigquery
    # the regex literal survives BigQuery's string escaping unchanged
    [literal] = [node.expression.this for node in parsed.find_all(sqlglot.exp.RegexpLike)]
    [regex] = [e.kwargs["regex"] for e in SUITE.expectations if "regex" in e.kwargs]
    assert literal == re2_pattern(regex)
    assert len(sqlglot.parse(bigquery, read="bigquery")) == 1  # one statement

    con = duckdb.connect()
    con.read_parquet(path).create_view("visits")
    duck_sql = compiled.sql("duckdb", sqlglot.exp.to_table("visits"))
    duck_row = con.sql(duck_sql).to_arrow_table().to_pylist()[0]
    transpiled = sqlglot.transpile(bigquery, read="bigquery", write="duckdb")[0]
    con.execute("ATTACH ':memory:' AS \"my-proj\"")
    con.execute('CREATE SCHEMA "my-proj".ds')
    con.execute('CREATE TABLE "my-proj".ds.visits AS SELECT * FROM visits')
    assert con.sql(transpiled).to_arrow_table().to_pylist()[0] == duck_row
    unexpected = {
        r.rule: r.unexpected_count
        for r in validate_table(pd.read_parquet(path), SUITE).rules
        if r.unexpected_count is not None
    }
    assert unexpected["columns.age.range"] == 2


_BQ_TYPES = {"int64": "INT64", "double": "FLOAT64", "bool": "BOOL", "string": "STRING",
             "large_string": "STRING", "timestamp[us]": "DATETIME",
             "timestamp[us, tz=UTC]": "TIMESTAMP", "dictionary": "RECORD"}  # fmt: skip


class FakeBigQuery:
    """``google.cloud.bigquery.Client``'s get_table and query, over a Parquet file.

    Each query's BigQuery SQL is parsed as BigQuery and transpiled to DuckDB by
    sqlglot, then run on the file loaded as ``project.dataset.table``; every SQL text
    received is kept in ``queries``.
    """

    def __init__(self, path: str, table: str = "my-proj.ds.visits") -> None:
        import duckdb

        project, dataset, name = table.split(".")
        self.table = table
        self.con = duckdb.connect()
        self.con.execute("SET TimeZone = 'UTC'")
        self.con.execute(f"ATTACH ':memory:' AS \"{project}\"")
        self.con.execute(f'CREATE SCHEMA "{project}"."{dataset}"')
        self.con.execute(
            f'CREATE TABLE "{project}"."{dataset}"."{name}" AS SELECT * FROM read_parquet(?)',
            [path],
        )
        self.schema = TableSchema.from_arrow(pq.read_schema(path))
        self.queries: list[str] = []

    def get_table(self, reference: str) -> SimpleNamespace:
        if reference != self.table:
            raise type("NotFound", (Exception,), {})(f"404 Not found: Table {reference}")
        fields = [
            SimpleNamespace(
                name=c.name,
                field_type=_BQ_TYPES.get(str(c.arrow_type).split("<")[0], "STRING"),
                mode="NULLABLE",
            )
            for c in self.schema.columns
        ]
        return SimpleNamespace(schema=fields)

    def query(self, sql: str) -> SimpleNamespace:
        self.queries.append(sql)
        duck = sqlglot.transpile(sql, read="bigquery", write="duckdb")[0]
        rows = self.con.sql(duck).to_arrow_table().to_pylist()
        return SimpleNamespace(result=lambda: rows)


@pytest.mark.parametrize("case", ["clean", "duplicate key", "out of range", "not allowed",
                                  "nulls over fraction", "pair broken", "missing column"])  # fmt: skip
def test_bigquery_through_a_fake_client_gives_the_pandas_verdicts(
    tmp_path: Path, case: str
) -> None:
    path = _parquet(tmp_path, BROKEN[case])
    fake = FakeBigQuery(path)
    result = validate_bigquery("bq://my-proj.ds.visits", SUITE, client=fake)
    expected = validate_table(pd.read_parquet(path), SUITE)
    verdicts = [(r.rule, r.success, r.unexpected_count) for r in result.rules]
    assert verdicts == [(r.rule, r.success, r.unexpected_count) for r in expected.rules]
    assert result.engine == "bigquery" and result.rows == expected.rows
    # one aggregate query; a second, small one only for samples of failing rules
    assert len(fake.queries) == (1 if case in ("clean", "missing column") else 2)
    assert all(sqlglot.parse_one(q, read="bigquery") for q in fake.queries)
    assert "`my-proj`.`ds`.`visits`" in fake.queries[0]


def test_bigquery_identifies_sample_rows_by_the_key_column(tmp_path: Path) -> None:
    path = _parquet(tmp_path, BROKEN["out of range"].assign(visit_id=[10, 20, 30, 40]))
    [error] = validate_bigquery("bq://my-proj.ds.visits", SUITE, client=FakeBigQuery(path)).errors
    # visit_id is the contract's unique, non-null key: rows are named by it
    assert (error.rule, error.indices, error.samples) == ("columns.age.range", [20, 30], [410, -1])
    by_age = validate_bigquery(
        "bq://my-proj.ds.visits", SUITE, client=FakeBigQuery(path), key_column="age"
    )
    assert by_age.errors[0].indices == [-1, 410]  # in key order: BigQuery has no row order
    with pytest.raises(InputError, match="key column 'nope' is not a column"):
        validate_bigquery(
            "bq://my-proj.ds.visits", SUITE, client=FakeBigQuery(path), key_column="nope"
        )


def test_bigquery_without_a_key_reports_counts_and_values_but_no_rows(tmp_path: Path) -> None:
    suite = parse_suite("name: s\ncolumns:\n  - {name: age, type: int, max: 120}\n", "s.yaml")
    fake = FakeBigQuery(_parquet(tmp_path, pd.DataFrame({"age": [1, 410, -1, 500]})))
    [error] = validate_bigquery("bq://my-proj.ds.visits", suite, client=fake).errors
    assert (error.unexpected_count, error.indices) == (2, [])
    assert sorted(error.samples) == [410, 500]


def test_bigquery_errors_say_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _parquet(tmp_path, BROKEN["clean"])
    fake = FakeBigQuery(path)
    with pytest.raises(InputError, match=r"bq://my-proj.ds.other: not found \(404"):
        validate_bigquery("bq://my-proj.ds.other", SUITE, client=fake)
    for bad in ("bq://my-proj.visits", "bq://a.b.c;DROP", "gs://a/b"):
        with pytest.raises(InputError, match="bq://project.dataset.table|may hold letters"):
            parse_bigquery_uri(bad)
    assert parse_bigquery_uri("bq://example.com:proj.ds.t") == ("example.com:proj", "ds", "t")

    class Refusing(FakeBigQuery):
        def query(self, sql: str) -> SimpleNamespace:
            raise type("Forbidden", (Exception,), {})("403 Access Denied")

    with pytest.raises(RemoteError, match="BigQuery refused to run the contract's query"):
        validate_bigquery("bq://my-proj.ds.visits", SUITE, client=Refusing(path))
    # without the bigquery extra, the message says how to install it
    monkeypatch.setitem(sys.modules, "google.cloud.bigquery", None)
    with pytest.raises(InputError, match=r"pip install 'mlgate\[bigquery\]'"):
        validate_bigquery("bq://my-proj.ds.visits", SUITE)


def test_bigquery_refuses_datetime_text_it_cannot_parse_as_pandas(tmp_path: Path) -> None:
    fake = FakeBigQuery(_parquet(tmp_path, pd.DataFrame({"seen": ["2024-01-01"], "n": [1]})))
    with pytest.raises(InputError, match="column 'seen' is declared datetime but is string"):
        validate_bigquery("bq://my-proj.ds.visits", FRESHNESS, client=fake)
