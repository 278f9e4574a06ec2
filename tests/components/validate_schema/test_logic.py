"""validate_schema's logic and `mlgate validate`: the bad-input catalogue, each with its exit code."""

from pathlib import Path

import pandas as pd
import pytest

from mlgate.components.validate_schema.logic import validate_schema
from mlgate.errors import CheckFailed, InputError
from tests.conftest import run_cli

CONTRACT = """
name: patients
extra_columns: forbid
row_count: {min: 2}
primary_key: [mrn]
columns:
  - {name: mrn, type: str, sensitive: true, regex: "^MRN-[0-9]{4}$"}
  - {name: age, type: int, min: 0, max: 120}
  - {name: bmi, type: float, nullable: true, max_null_fraction: 0.25, min: 10, max: 80}
  - {name: ward, type: str, allowed: [A, B, C]}
"""
GOOD_CSV = (
    "mrn,age,bmi,ward\nMRN-0001,34,22.5,A\nMRN-0002,71,,B\nMRN-0003,55,31.0,C\nMRN-0004,18,19.9,A\n"
)


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "patients.yaml"
    path.write_text(CONTRACT)
    return path


def _validate(tmp_path: Path, contract: Path, name: str, data: bytes | None) -> tuple[int, str]:
    source = tmp_path / name
    if data is not None:
        source.write_bytes(data)
    result = run_cli("validate", "--contract", str(contract), "--data", str(source))
    assert "Traceback" not in result.stderr + result.stdout
    return result.returncode, result.stdout + result.stderr


VIOLATIONS = [  # (case, csv, rule the report must name): exit code 1
    (
        "missing column",
        GOOD_CSV.replace(",ward", "")
        .replace(",A\n", "\n")
        .replace(",B\n", "\n")
        .replace(",C\n", "\n"),
        "columns.ward.present",
    ),
    (
        "extra column",
        GOOD_CSV.replace("ward\n", "ward,notes\n")
        .replace("A\n", "A,x\n")
        .replace("B\n", "B,x\n")
        .replace("C\n", "C,x\n"),
        "unexpected columns ['notes']",
    ),
    ("wrong dtype", GOOD_CSV.replace("34,", "thirty,"), "columns.age.type"),
    ("NaN in a required column", GOOD_CSV.replace(",34,", ",,"), "columns.age.nulls"),
    ("infinity", GOOD_CSV.replace("22.5", "inf"), "columns.bmi.range"),
    (
        "nulls over the allowed fraction",
        GOOD_CSV.replace("22.5", "").replace("31.0", ""),
        "columns.bmi.nulls",
    ),
    ("out of range", GOOD_CSV.replace(",71,", ",171,"), "columns.age.range"),
    ("value not allowed", GOOD_CSV.replace(",C\n", ",Z\n"), "columns.ward.allowed"),
    ("duplicate key", GOOD_CSV.replace("MRN-0002", "MRN-0001"), "columns.mrn.unique"),
    ("too few rows", "mrn,age,bmi,ward\nMRN-0001,34,22.5,A\n", "table.row_count"),
]


@pytest.mark.parametrize(("case", "csv", "rule"), VIOLATIONS, ids=[v[0] for v in VIOLATIONS])
def test_violations_exit_1_and_name_the_rule(
    tmp_path: Path, contract: Path, case: str, csv: str, rule: str
) -> None:
    code, output = _validate(tmp_path, contract, "data.csv", csv.encode())
    assert code == 1, output
    assert rule in output
    assert "MRN-000" not in output  # the key column is sensitive: rows, never values


UNUSABLE = [  # (case, file name, bytes or None for absent, message): exit code 2
    ("missing file", "absent.csv", None, "no such file"),
    ("empty file", "empty.csv", b"", "is empty"),
    ("header only", "header.csv", b"mrn,age,bmi,ward\n", "has a header but no rows"),
    ("wrong delimiter", "semi.csv", GOOD_CSV.replace(",", ";").encode(), "semicolon-separated"),
    (
        "wrong encoding",
        "latin.csv",
        GOOD_CSV.replace("A\n", "\u00c5\n").encode("latin-1"),
        "not UTF-8",
    ),
    (
        "malformed row",
        "bad.csv",
        (GOOD_CSV + "MRN-0005,40,20.0,A,extra\n").encode(),
        "Expected 4 fields in line 6",
    ),
]


@pytest.mark.parametrize(
    ("case", "name", "data", "message"), UNUSABLE, ids=[u[0] for u in UNUSABLE]
)
def test_unusable_data_exits_2(
    tmp_path: Path, contract: Path, case: str, name: str, data: bytes | None, message: str
) -> None:
    code, output = _validate(tmp_path, contract, name, data)
    assert code == 2, output
    assert message in output and name in output


@pytest.mark.parametrize(
    ("case", "text", "message"),
    [
        ("syntax error", CONTRACT + "  - {name: x\n", "YAML syntax error at line"),
        (
            "unknown field",
            CONTRACT.replace("primary_key", "primary_keys"),
            "primary_keys: Extra inputs",
        ),
        (
            "column named twice",
            CONTRACT + "  - {name: age, type: int}\n",
            "column 'age' is declared twice",
        ),
    ],
)
def test_unusable_contract_exits_2(tmp_path: Path, case: str, text: str, message: str) -> None:
    contract = tmp_path / "bad.yaml"
    contract.write_text(text)
    code, output = _validate(tmp_path, contract, "data.csv", GOOD_CSV.encode())
    assert code == 2 and message in output and "bad.yaml" in output


def test_clean_data_passes_with_report_and_json(tmp_path: Path, contract: Path) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    report = tmp_path / "report.html"
    result = run_cli(
        "validate",
        "--contract",
        str(contract),
        "--data",
        str(tmp_path / "data.csv"),
        "--report",
        str(report),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert '"passed": true' in result.stdout and '"rules_failed": 0' in result.stdout
    assert "patients: passed" in report.read_text()


def test_logic_passes_data_through_unchanged_only_when_it_holds(tmp_path: Path) -> None:
    frame = pd.read_csv(pd.io.common.StringIO(GOOD_CSV))
    frame.to_parquet(tmp_path / "in.parquet", index=False)
    out, report = tmp_path / "out.parquet", tmp_path / "report.html"
    result = validate_schema(
        str(tmp_path / "in.parquet"), CONTRACT, output_uri=str(out), report_uri=str(report)
    )
    assert result.passed and out.read_bytes() == (tmp_path / "in.parquet").read_bytes()

    frame.assign(age=[34, 71, 555, 18]).to_parquet(tmp_path / "bad.parquet", index=False)
    out.unlink()
    with pytest.raises(CheckFailed, match=r"columns\.age\.range .* e\.g\. rows 2 \(values 555\)"):
        validate_schema(
            str(tmp_path / "bad.parquet"), CONTRACT, output_uri=str(out), report_uri=str(report)
        )
    assert not out.exists()
    assert "patients: failed" in report.read_text()


def test_logic_rejects_a_bad_contract_before_reading_data(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="inline: invalid contract"):
        validate_schema(
            str(tmp_path / "absent.parquet"), "name: x\ncolumns: []\n", contract_source="inline"
        )


def test_infer_writes_a_contract_that_the_data_passes(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    contract = tmp_path / "inferred.yaml"
    args = (
        "validate",
        "--infer",
        "--contract",
        str(contract),
        "--data",
        str(tmp_path / "data.csv"),
    )
    assert run_cli(*args).returncode == 0
    assert "name: inferred" in contract.read_text()
    assert run_cli(*args).returncode == 2  # never overwrites a contract someone edited
    check = run_cli("validate", "--contract", str(contract), "--data", str(tmp_path / "data.csv"))
    assert check.returncode == 0, check.stdout


def test_explain_names_the_engine_of_every_rule(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    suite = tmp_path / "suite.json"
    suite.write_text(
        '{"name": "s", "expectations": ['
        '{"type": "expect_column_values_to_be_between", "meta": {"rule": "age.adults"}, "kwargs":'
        ' {"column": "age", "min_value": 18, "row_condition": "ward == \\"A\\"", "condition_parser": "pandas"}},'
        '{"type": "expect_column_mean_to_be_between", "meta": {"rule": "age.mean"},'
        ' "kwargs": {"column": "age", "max_value": 90}}]}'
    )
    result = run_cli(
        "validate", "--contract", str(suite), "--data", str(tmp_path / "data.csv"), "--explain"
    )
    assert result.returncode == 0, result.stderr
    lines = {
        line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("age.")
    }
    assert "fast" in lines["age.adults"] and "row_condition" in lines["age.adults"]
    assert "gx" in lines["age.mean"] and "no expect_column_mean_to_be_between" in lines["age.mean"]
    as_json = run_cli(
        "validate",
        "--contract",
        str(suite),
        "--data",
        str(tmp_path / "data.csv"),
        "--explain",
        "--json",
    )
    assert '"engine": "fast"' in as_json.stdout and "engines:" in as_json.stderr


def test_a_bad_row_condition_exits_2_naming_rule_and_argument(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    suite = tmp_path / "suite.json"
    suite.write_text(
        '{"name": "s", "expectations": [{"type": "expect_column_values_to_be_unique",'
        ' "meta": {"rule": "mrn.unique"}, "kwargs": {"column": "mrn", "row_condition": "wardd == 1",'
        ' "condition_parser": "pandas"}}]}'
    )
    result = run_cli("validate", "--contract", str(suite), "--data", str(tmp_path / "data.csv"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "mrn.unique" in result.stderr and "row_condition 'wardd == 1'" in result.stderr


def test_the_report_pictures_every_column_but_sensitive_ones(
    tmp_path: Path, contract: Path
) -> None:
    (tmp_path / "data.csv").write_text(GOOD_CSV)
    report = tmp_path / "report.html"
    args = ("validate", "--contract", str(contract), "--data", str(tmp_path / "data.csv"))
    assert run_cli(*args, "--report", str(report)).returncode == 0
    page = report.read_text()
    assert page.count("<svg") == 3  # age, bmi, ward; mrn is sensitive
    assert "MRN-0001" not in page and "withheld" in page
