"""load_dataset logic, called directly: formats, URIs, and every kind of bad source."""

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from mlgate import storage
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.data.tables import read_table
from mlgate.errors import InputError, StorageError


def test_sample_is_the_breast_cancer_table(tmp_path: Path) -> None:
    out = tmp_path / "data.parquet"
    summary = load_dataset("sample:breast_cancer", str(out))
    table = pd.read_parquet(out)
    assert (summary.rows, summary.columns) == (569, 31) == table.shape
    assert summary.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "mean_radius" in table.columns and "target" in table.columns
    assert summary.metadata()["format"] == "parquet"


def test_same_source_gives_the_same_bytes(tmp_path: Path) -> None:
    first = load_dataset("sample:breast_cancer", str(tmp_path / "a.parquet"))
    second = load_dataset("sample:breast_cancer", str(tmp_path / "b.parquet"))
    assert first.sha256 == second.sha256


def test_csv_and_parquet_sources_agree(tmp_path: Path) -> None:
    frame = pd.DataFrame({"age": [40, 51], "score": [0.5, 0.25], "site": ["a", "b"]})
    frame.to_csv(tmp_path / "in.csv", index=False)
    frame.to_parquet(tmp_path / "in.parquet", index=False)
    from_csv = load_dataset(str(tmp_path / "in.csv"), str(tmp_path / "csv.parquet"))
    from_pq = load_dataset(f"file://{tmp_path}/in.parquet", str(tmp_path / "pq.parquet"))
    assert (from_csv.rows, from_csv.columns) == (2, 3)
    assert from_csv.sha256 == from_pq.sha256
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "csv.parquet"), frame)


def test_gcs_source_and_destination(tmp_path: Path, gcs_bucket: str) -> None:
    storage.write_bytes(f"gs://{gcs_bucket}/raw/in.csv", b"a,b\n1,2\n3,4\n")
    summary = load_dataset(f"gs://{gcs_bucket}/raw/in.csv", f"gs://{gcs_bucket}/out/data.parquet")
    assert summary.rows == 2
    data = storage.read_bytes(f"gs://{gcs_bucket}/out/data.parquet")
    assert hashlib.sha256(data).hexdigest() == summary.sha256


BAD_SOURCES = [
    ("missing.csv", None, StorageError, "missing.csv: no such file"),
    ("empty.csv", b"", InputError, "empty.csv: is empty"),
    ("header.csv", b"a,b,c\n", InputError, "header.csv: has a header but no rows"),
    (
        "long_row.csv",
        b"a,b\n1,2\n3,4,5\n",
        InputError,
        "malformed CSV: Expected 2 fields in line 3",
    ),
    ("first_row.csv", b"a,b\n1,2,3\n", InputError, "more fields than the header"),
    ("latin1.csv", "name\nJos\u00e9\n".encode("latin-1"), InputError, "not UTF-8"),
    ("table.xlsx", b"PK..", InputError, "unknown format '.xlsx'"),
    ("broken.parquet", b"PAR1 not really", InputError, "not a readable Parquet file"),
]


@pytest.mark.parametrize(("name", "content", "error", "message"), BAD_SOURCES)
def test_bad_sources_are_named_and_write_nothing(
    tmp_path: Path, name: str, content: bytes | None, error: type, message: str
) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out" / "data.parquet"
    with pytest.raises(error, match=message) as info:
        load_dataset(str(source), str(out))
    assert str(source) in str(info.value)
    assert not out.exists()


def test_error_messages_never_echo_row_content(tmp_path: Path) -> None:
    source = tmp_path / "pii.csv"
    source.write_bytes(b"name,mrn\nAlice Canary,MRN-0001\nBob Canary,MRN-0002,extra\n")
    with pytest.raises(InputError) as info:
        load_dataset(str(source), str(tmp_path / "out.parquet"))
    assert "Canary" not in str(info.value) and "MRN-000" not in str(info.value)


def test_unknown_sample_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown sample 'sample:iris'; available: sample:breast"):
        load_dataset("sample:iris", str(tmp_path / "out.parquet"))


def test_a_table_scikit_learn_ships_reads_as_mlgate_diabetes_records_it(tmp_path: Path) -> None:
    # mlgate-diabetes's lineage names its data sklearn:diabetes: `mlgate reproduce` reads it
    # back here, and must get the bytes (sha256) the pipeline trained on.
    from sklearn.datasets import load_diabetes

    summary = load_dataset("sklearn:diabetes", str(tmp_path / "d.parquet"))
    assert (summary.rows, summary.columns) == (442, 11)
    assert read_table("sklearn:wine")["target"].nunique() == 3
    staged = tmp_path / "staged.parquet"
    load_diabetes(as_frame=True).frame.to_parquet(staged, index=False)
    assert load_dataset(str(staged), str(tmp_path / "s.parquet")).sha256 == summary.sha256
    with pytest.raises(
        InputError, match="unknown table 'sklearn:iris'; available: sklearn:diabetes"
    ):
        read_table("sklearn:iris")
