"""validate_schema's engines: pandas, DuckDB push-down, streaming, and BigQuery tables.

Every engine halts on the same violations, names the same rule and never quotes a
sensitive value; a bq:// table is validated in BigQuery (here a fake client that runs
BigQuery's SQL on DuckDB) and is never copied.
"""

from pathlib import Path

import pandas as pd
import pytest

from mlgate.components.validate_schema.logic import ENGINES, validate_schema
from mlgate.errors import CheckFailed, InputError
from tests.components.validate_schema.test_logic import CONTRACT, GOOD_CSV, VIOLATIONS
from tests.mlgate.test_pushdown import FakeBigQuery


@pytest.mark.parametrize("engine", ["duckdb", "streaming"])
@pytest.mark.parametrize(("case", "csv", "rule"), VIOLATIONS, ids=[v[0] for v in VIOLATIONS])
def test_every_engine_halts_on_the_same_violations(
    tmp_path: Path, engine: str, case: str, csv: str, rule: str
) -> None:
    (tmp_path / "data.csv").write_text(csv)
    with pytest.raises(CheckFailed) as caught:
        validate_schema(str(tmp_path / "data.csv"), CONTRACT, engine="pandas")
    with pytest.raises(CheckFailed) as ours:
        validate_schema(str(tmp_path / "data.csv"), CONTRACT, engine=engine)
    assert rule in str(ours.value)
    assert "MRN-000" not in str(ours.value)  # the key column is sensitive
    assert str(ours.value) == str(caught.value)  # the same summary, word for word


@pytest.mark.parametrize("engine", ENGINES)
def test_clean_data_passes_through_unchanged_with_a_report(tmp_path: Path, engine: str) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(GOOD_CSV))
    frame.to_parquet(tmp_path / "in.parquet", index=False)
    out, report = tmp_path / "out.parquet", tmp_path / "report.html"
    result = validate_schema(
        str(tmp_path / "in.parquet"),
        CONTRACT,
        output_uri=str(out),
        report_uri=str(report),
        engine=engine,
    )
    assert result.passed and out.read_bytes() == (tmp_path / "in.parquet").read_bytes()
    assert result.metrics() == {
        "rules_checked": 19,
        "rules_failed": 0,
        "rules_warned": 0,
        "rows": 4,
        "columns": 4,
    }
    page = report.read_text()
    assert "patients: passed" in page
    # pictures need the table in memory: only the pandas engine draws them
    assert ("<svg" in page) == (engine == "pandas")


def test_unknown_engines_and_empty_tables_are_input_errors(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    with pytest.raises(InputError, match="engine 'spark' is unknown; use one of pandas, duckdb"):
        validate_schema(str(tmp_path / "data.csv"), CONTRACT, engine="spark")
    (tmp_path / "header.csv").write_text("mrn,age,bmi,ward\n")
    for engine in ENGINES:
        with pytest.raises(InputError, match="header.csv: has a header but no rows"):
            validate_schema(str(tmp_path / "header.csv"), CONTRACT, engine=engine)


def test_a_bigquery_table_is_validated_in_bigquery_and_not_copied(tmp_path: Path) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(GOOD_CSV))
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    fake = FakeBigQuery(str(tmp_path / "t.parquet"), "proj.clinic.patients")
    out, report = tmp_path / "out.parquet", tmp_path / "report.html"
    result = validate_schema(
        "bq://proj.clinic.patients",
        CONTRACT,
        output_uri=str(out),
        report_uri=str(report),
        bigquery_client=fake,
    )
    assert result.passed and result.engine == "bigquery" and result.rows == 4
    assert len(fake.queries) == 1 and not out.exists()
    assert "patients: passed" in report.read_text()

    broken = frame.assign(age=[34, 171, 55, 18])
    broken.to_parquet(tmp_path / "t.parquet", index=False)
    fake = FakeBigQuery(str(tmp_path / "t.parquet"), "proj.clinic.patients")
    with pytest.raises(
        CheckFailed, match=r"columns\.age\.range .*: 1 of 4 rows break it"
    ) as caught:
        validate_schema("bq://proj.clinic.patients", CONTRACT, bigquery_client=fake)
    # the key column (mrn) is sensitive, so rows are not named by it
    assert "MRN-" not in str(caught.value) and "(values 171)" in str(caught.value)


def test_a_bigquery_table_without_the_bigquery_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "google.cloud.bigquery", None)
    with pytest.raises(InputError) as caught:
        validate_schema("bq://proj.clinic.patients", CONTRACT)
    assert "pip install 'mlgate[bigquery]'" in str(caught.value)


def test_the_kfp_shell_takes_the_engine_as_a_string_defaulting_to_pandas() -> None:
    from mlgate.components.validate_schema.component import validate_schema as shell

    spec = shell.component_spec.inputs["engine"]
    assert (spec.type, spec.default) == ("String", "pandas")
