"""Streaming validation: batch by batch, merged, the same results as the whole table at once.

Tiny batches (one, two, three rows) make every rule's partial statistics merge across
many batches; uniqueness is driven through its spill files, its hash-collision check
and its limits with a weak hash and small buffers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from mlgate.data import streaming
from mlgate.data.contract import Expectation, Suite, parse_suite
from mlgate.data.streaming import StreamingValidator, open_table, validate_file
from mlgate.data.tables import read_table
from mlgate.data.validation import ValidationResult, validate_table
from mlgate.errors import InputError
from tests.mlgate.test_validation import BROKEN, FRESHNESS, NOW, SUITE, TABLE

UNWRITABLE = {"mixed object column"}  # an int among strings: Parquet cannot hold it


def _everything(result: ValidationResult) -> list[tuple[Any, ...]]:
    return [
        (r.rule, r.success, r.unexpected_count, r.considered, r.indices, r.samples, r.observed)
        for r in result.rules
    ]


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


@pytest.mark.parametrize("batch_rows", [1, 3, 1000])
@pytest.mark.parametrize("case", [c for c in BROKEN if c not in UNWRITABLE])
def test_streaming_equals_the_whole_table(tmp_path: Path, case: str, batch_rows: int) -> None:
    path = tmp_path / "t.parquet"
    BROKEN[case].to_parquet(path)
    expected = validate_table(pd.read_parquet(path), SUITE)
    result = validate_file(str(path), SUITE, batch_rows=batch_rows)
    # everything, rows and quoted values included
    assert _everything(result) == _everything(expected)
    assert (result.rows, result.columns, result.engine) == (
        expected.rows,
        expected.columns,
        "streaming",
    )


def test_streaming_csv_equals_the_whole_table(tmp_path: Path) -> None:
    from tests.components.validate_schema.test_logic import CONTRACT, GOOD_CSV, VIOLATIONS

    suite = parse_suite(CONTRACT, "patients.yaml")
    for case, text, _rule in [("good", GOOD_CSV, ""), *VIOLATIONS]:
        path = tmp_path / "t.csv"
        path.write_text(text)
        expected = validate_table(read_table(str(path)), suite)
        assert _everything(validate_file(str(path), suite, batch_rows=2)) == _everything(
            expected
        ), case


def test_csv_columns_are_typed_by_all_their_values_as_pandas_types_them(tmp_path: Path) -> None:
    # The first rows look like integers; a later one is a float, another an NA marker.
    path = tmp_path / "t.csv"
    lines = ["i,f,b,s,e"] + [f"{k}, {k} ,True,x{k},NA" for k in range(5)]
    lines += ["+7,2.5,false,NA,", "8,inf,TRUE,y,"]
    path.write_text("\n".join(lines) + "\n")
    reader = open_table(str(path), batch_rows=2)
    whole = read_table(str(path))
    assert reader.dtypes.dtypes.to_dict() == whole.dtypes.to_dict()
    pd.testing.assert_frame_equal(pd.concat(reader.frames()), whole)


def test_csv_integers_beyond_64_bits_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("n\n1\n99999999999999999999\n")
    with pytest.raises(InputError, match="column 'n' holds integers beyond 64 bits"):
        open_table(str(path))


def test_row_conditions_and_result_formats_batch_by_batch(tmp_path: Path) -> None:
    suite = _suite(
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 2, "row_condition": 'group == "a"', "condition_parser": "pandas"}),
        ("expect_column_values_to_be_between",
         {"column": "x", "min_value": 5, "row_condition": "n > 4", "condition_parser": "pandas"}),
        ("expect_table_row_count_to_be_between",
         {"max_value": 5, "row_condition": "n > 4", "condition_parser": "pandas"}),
        ("expect_column_values_to_be_between", {"column": "x", "max_value": 1, "result_format": "BASIC"}),
        ("expect_column_values_to_be_between",
         {"column": "x", "max_value": 1, "result_format": {"result_format": "SUMMARY", "partial_unexpected_count": 2}}),
        ("expect_column_values_to_be_between", {"column": "x", "max_value": 1, "result_format": "BOOLEAN_ONLY"}),
        ("expect_column_values_to_be_unique", {"column": "group", "mostly": 0.1}),
        ("expect_column_max_to_be_between",
         {"column": "x", "max_value": 4, "row_condition": "x < 5", "condition_parser": "pandas"}),
        ("expect_compound_columns_to_be_unique", {"column_list": ["group", "n"], "ignore_row_if": "any_value_is_missing"}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "x", "column_B": "n", "or_equal": True, "ignore_row_if": "either_value_is_missing"}),
    )  # fmt: skip
    path = tmp_path / "t.parquet"
    TABLE.to_parquet(path)
    expected = validate_table(pd.read_parquet(path), suite)
    for batch_rows in (1, 4):
        assert _everything(validate_file(str(path), suite, batch_rows=batch_rows)) == _everything(
            expected
        )


def test_freshness_streams_too(tmp_path: Path) -> None:
    seen = [NOW - pd.Timedelta(days=3), NOW - pd.Timedelta(days=9), NOW - pd.Timedelta(hours=1)]
    path = tmp_path / "feed.csv"
    pd.DataFrame({"seen": [str(s) for s in seen] + ["not a date"], "n": [1, 2, 3, 4]}).to_csv(
        path, index=False
    )
    expected = validate_table(read_table(str(path)), FRESHNESS)
    assert _everything(validate_file(str(path), FRESHNESS, batch_rows=1)) == _everything(expected)


def test_two_parts_merged_equal_the_whole_table() -> None:
    frame = BROKEN["duplicate key"].assign(age=[36, 410, -1, 72])
    whole = validate_table(frame, SUITE)
    first = StreamingValidator(SUITE, frame.iloc[:0])
    second = StreamingValidator(SUITE, frame.iloc[:0])
    first.update(frame.iloc[:2], offset=0)
    second.update(frame.iloc[2:], offset=2)
    first.merge(second)
    # visit_id is not increasing (1, 1, ...): its values are hashed in a second pass
    assert first.pending() == ["visit_id"]
    with pytest.raises(RuntimeError, match=r"unique keys \['visit_id'\] are not in increasing"):
        first.finish()
    for offset in (0, 2):
        first.rehash_batch(frame.iloc[offset : offset + 2], offset)

    def lookup(columns: list[str], positions: np.ndarray) -> pd.DataFrame:
        return frame[columns].iloc[np.sort(positions)]

    assert _everything(first.finish(lookup)) == _everything(whole)


def test_gx_only_rules_and_bad_conditions_are_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    TABLE.to_parquet(path)
    mean = _suite(("expect_column_mean_to_be_between", {"column": "x", "max_value": 10}))
    with pytest.raises(
        InputError, match=r"rule 'r0' .* cannot be streamed: the fast engine has no"
    ):
        validate_file(str(path), mean)
    broken = _suite(
        ("expect_column_values_to_be_unique",
         {"column": "x", "row_condition": "wardd == 1", "condition_parser": "pandas"}),
    )  # fmt: skip
    with pytest.raises(InputError, match="rule 'r0': row_condition 'wardd == 1' names something"):
        validate_file(str(path), broken)


def test_unreadable_files_are_input_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n3,4,5\n")
    with pytest.raises(InputError, match="malformed CSV: a row has more or fewer fields"):
        validate_file(str(tmp_path / "bad.csv"), SUITE)
    (tmp_path / "twice.csv").write_text("a,a\n1,2\n")
    with pytest.raises(InputError, match="column 'a' appears twice in the header"):
        validate_file(str(tmp_path / "twice.csv"), SUITE)
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(InputError, match="empty.csv: is empty"):
        validate_file(str(tmp_path / "empty.csv"), SUITE)
    with pytest.raises(InputError, match="absent.parquet: no such file"):
        validate_file(str(tmp_path / "absent.parquet"), SUITE)


# --- uniqueness by hashing -------------------------------------------------------------------

KEYS = pd.DataFrame(
    {
        "s": ["b", "a", None, "c", "a", "日本", "d", "日本", "e", "f"],
        "f": [0.0, 3.0, np.nan, -0.0, 2.0, np.nan, 5.0, 6.0, 7.0, 2.0],
        "i": [5, 3, 9, 1, 7, 8, 2, 4, 6, 0],
        "up": [1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    }
)
UNIQUE = _suite(
    ("expect_column_values_to_be_unique", {"column": "s"}),
    ("expect_column_values_to_be_unique", {"column": "f"}),
    ("expect_column_values_to_be_unique", {"column": "i"}),
    ("expect_column_values_to_be_unique", {"column": "up"}),
    ("expect_compound_columns_to_be_unique", {"column_list": ["s", "f"]}),
    ("expect_compound_columns_to_be_unique", {"column_list": ["s", "s"]}),
)


def _unique_run(tmp_path: Path, **kwargs: Any) -> tuple[ValidationResult, ValidationResult]:
    path = tmp_path / "keys.parquet"
    KEYS.to_parquet(path)
    expected = validate_table(pd.read_parquet(path), UNIQUE)
    return validate_file(str(path), UNIQUE, batch_rows=3, **kwargs), expected


def test_uniqueness_spills_and_equals_pandas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "_SPILL_BUFFER", 2)  # a spill every batch
    spills = tmp_path / "spill"
    spills.mkdir()
    result, expected = _unique_run(tmp_path, spill_dir=str(spills))
    assert _everything(result) == _everything(expected)
    assert [r.unexpected_count for r in result.rules] == [4, 4, 0, 0, 0, 4]
    assert list(spills.iterdir()) == []  # spill files are removed at the end
    # an increasing key is known unique without hashing; a shuffled one is hashed in a
    # second pass; both exactly
    assert "increasing" not in result.rules[2].engine_reason
    assert result.rules[2].success and result.rules[3].success


def test_hash_collisions_are_checked_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every value of a column hashes alike: only the exact check keeps the counts right.
    def weak(values: pd.DataFrame) -> np.ndarray:
        return np.zeros(len(values), dtype=np.uint64)

    monkeypatch.setattr(streaming, "_row_hashes", weak)
    result, expected = _unique_run(tmp_path)
    text = [0, 4, 5]  # text and compound keys; numbers trust their (bijective) hashes
    for k in text:
        assert _everything(result)[k] == _everything(expected)[k]
    assert "could over-count" not in " ".join(r.engine_reason for r in result.rules)


def test_beyond_the_exact_check_counts_come_from_hashes_and_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "_row_hashes", lambda v: np.zeros(len(v), dtype=np.uint64))
    monkeypatch.setattr(streaming, "VERIFY_ROWS", 3)
    result, expected = _unique_run(tmp_path)
    first = result.rules[0]
    assert (
        first.unexpected_count == 9 > expected.rules[0].unexpected_count == 4
    )  # over, never under
    assert "9 rows share a 64-bit hash, more than the 3 re-checked exactly" in first.engine_reason


def test_numbers_hash_without_collisions() -> None:
    # pandas' hash of a 64-bit value is a bijection (splitmix64's finaliser on its bits),
    # with -0.0 and NaN made canonical: equal hashes mean equal values, and back.
    values = np.array([0.0, -0.0, 1.0, np.nan, -np.nan, 2.0**60, -(2.0**-60)])
    hashed = streaming._row_hashes(pd.DataFrame({"v": values}))
    assert len(set(hashed[[0, 2, 4, 5, 6]].tolist())) == 5
    assert hashed[0] == hashed[1]
    ints = np.random.default_rng(1).integers(-(2**63), 2**63 - 1, 200_000, dtype=np.int64)
    assert len(np.unique(streaming._row_hashes(pd.DataFrame({"i": ints})))) == len(np.unique(ints))


def test_complete_keeps_the_first_rows_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "MAX_COMPLETE_ROWS", 3)
    suite = _suite(
        ("expect_column_values_to_be_between", {"column": "x", "max_value": 1, "result_format": "COMPLETE"})
    )  # fmt: skip
    path = tmp_path / "t.parquet"
    TABLE.to_parquet(path)
    [rule] = validate_file(str(path), suite, batch_rows=2).rules
    assert (rule.unexpected_count, rule.indices) == (9, [1, 2, 3])  # pandas: all nine rows


def test_categorical_and_labelled_parquet(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = pd.DataFrame(
        {"c": pd.Categorical(["x", "y", "x", "z", "w", "z"]), "n": [1, 2, 3, 4, 5, 6]},
        index=pd.Index([10, 3, 7, 1, 8, 2]),
    )
    path = tmp_path / "t.parquet"
    # several row groups, each with its own dictionary
    pq.write_table(pa.Table.from_pandas(frame), path, row_group_size=2)
    suite = _suite(
        ("expect_column_values_to_be_in_set", {"column": "c", "value_set": ["x", "y"]}),
        ("expect_column_values_to_be_unique", {"column": "c"}),
        ("expect_column_values_to_be_in_type_list", {"column": "c", "type_list": ["CategoricalDtype"]}),
        ("expect_column_values_to_be_between", {"column": "n", "max_value": 3}),
    )  # fmt: skip
    expected = validate_table(pd.read_parquet(path), suite)
    assert _everything(validate_file(str(path), suite, batch_rows=2)) == _everything(expected)
    assert expected.rules[3].indices == [1, 8, 2]  # stored labels, not positions
