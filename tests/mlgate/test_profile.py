"""The reference profile: bins, categories, nulls, label and scores; small, strict, versioned."""

import json

import numpy as np
import pandas as pd
import pytest

from mlgate.data.profile import OTHER, Profile, compute_profile, summarize_numeric
from mlgate.errors import InputError


def _table(rows: int = 10_000, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    age = rng.normal(50, 12, rows)
    age[rng.random(rows) < 0.1] = np.nan
    return pd.DataFrame(
        {
            "age": age,
            "visits": rng.integers(0, 4, rows),
            "ward": pd.array(rng.choice(["A", "B", "C"], rows, p=[0.5, 0.3, 0.2]), dtype="str"),
            "admitted": pd.to_datetime("2026-01-01")
            + pd.to_timedelta(rng.integers(0, 90, rows), "D"),
            "smoker": rng.random(rows) < 0.25,
            "target": rng.integers(0, 2, rows),
        }
    )


def test_numeric_column_gets_decile_bins_nulls_and_range() -> None:
    table = _table()
    profile = compute_profile(table, label="target")
    age = profile.columns["age"]
    assert age.kind == "numeric"
    assert age.nulls == int(table["age"].isna().sum()) and age.count == len(table) - age.nulls
    assert age.null_rate == pytest.approx(0.1, abs=0.01)
    values = table["age"].dropna().to_numpy()
    assert age.edges == pytest.approx(np.quantile(values, np.arange(1, 10) / 10).tolist())
    assert age.counts == pytest.approx([len(values) / 10] * 10, abs=2)
    assert sum(age.counts) == age.count
    assert (age.min, age.max) == (values.min(), values.max())


def test_bins_are_half_open_and_ties_collapse() -> None:
    summary = summarize_numeric(np.array([1.0, 1.0, 1.0, 2.0, 2.0, 3.0, np.inf, np.nan]))
    finite = [1.0, 1.0, 1.0, 2.0, 2.0, 3.0]
    assert summary.edges == sorted(set(np.quantile(finite, np.arange(1, 10) / 10)))
    assert summary.edges == [1.0, 1.5, 2.0, 2.5]  # repeated cut points dropped
    # (< 1), [1, 1.5), [1.5, 2), [2, 2.5), (>= 2.5): inf is a value, in the top bin.
    assert summary.counts == [0, 3, 0, 2, 2]
    assert (summary.nulls, summary.max) == (1, 3.0)


def test_small_int_datetime_and_bool_columns() -> None:
    profile = compute_profile(_table())
    assert profile.columns["visits"].kind == "numeric"
    assert profile.columns["visits"].edges == [0.0, 1.0, 2.0, 3.0]
    assert profile.columns["admitted"].kind == "numeric"  # seconds since the epoch
    smoker = profile.columns["smoker"]
    assert smoker.kind == "categorical" and smoker.categories == ["False", "True"]


def test_categories_are_capped_with_an_other_count() -> None:
    rng = np.random.default_rng(0)
    codes = pd.Series([f"code{n}" for n in rng.zipf(1.5, 5000) % 400])
    profile = compute_profile(pd.DataFrame({"code": codes}), max_categories=50)
    code = profile.columns["code"]
    assert code.kind == "categorical"
    assert len(code.categories) == 50 and len(code.counts) == 51
    assert code.distinct > 50 and code.counts[-1] == 5000 - sum(code.counts[:50])
    assert code.counts[:50] == sorted(code.counts[:50], reverse=True)
    assert OTHER not in code.categories


def test_label_and_scores_are_profiled_apart() -> None:
    table = _table()
    scores = np.random.default_rng(1).random(2000)
    profile = compute_profile(table, label="target", scores=scores)
    assert "target" not in profile.columns and profile.label == "target"
    assert profile.label_summary is not None and profile.label_summary.kind == "categorical"
    assert profile.label_summary.categories in (["0", "1"], ["1", "0"])
    assert profile.scores is not None and profile.scores.count == 2000


def test_profile_round_trips_and_stays_small() -> None:
    rows = 200_000
    rng = np.random.default_rng(5)
    table = pd.DataFrame({f"x{i}": rng.normal(i, 1, rows) for i in range(30)})
    profile = compute_profile(table)
    text = profile.model_dump_json()
    assert len(text) < 16_000  # kilobytes, whatever the rows
    assert Profile.model_validate_json(text) == profile
    assert Profile.parse(text.encode()) == profile
    assert json.loads(text)["schema_version"] == 1


def test_profile_is_deterministic() -> None:
    table = _table()
    assert compute_profile(table).model_dump_json() == compute_profile(table).model_dump_json()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: {**d, "schema_version": 2}, "schema_version 2 is not supported"),
        (lambda d: {**d, "surprise": 1}, "surprise: Extra inputs are not permitted"),
        (
            lambda d: {**d, "columns": {"a": {**d["columns"]["a"], "counts": [1]}}},
            "need 3 counts",
        ),
    ],
)
def test_a_bad_profile_is_refused_by_name(mutate, message) -> None:
    good = json.loads(
        compute_profile(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0]}), bins=3).model_dump_json()
    )
    with pytest.raises(InputError, match="stored.json") as caught:
        Profile.parse(json.dumps(mutate(good)), "stored.json")
    assert message in str(caught.value)


def test_bad_arguments_name_the_field() -> None:
    table = _table(100)
    with pytest.raises(InputError, match="'label_x'.*not in the table"):
        compute_profile(table, label="label_x")
    with pytest.raises(InputError, match="bins must be from 2 to 100"):
        compute_profile(table, bins=1)
    with pytest.raises(InputError, match="column 'ward': expected numbers"):
        from mlgate.data.profile import numeric_values

        numeric_values(table["ward"], "ward")
