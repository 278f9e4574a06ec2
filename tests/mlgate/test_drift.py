"""Drift: flags exactly the shifted columns, matches scipy, reads its levels, halts on demand."""

import numpy as np
import pandas as pd
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import chi2_contingency, ks_2samp

from mlgate.data.drift import (
    DriftConfig,
    check_halt,
    chi_square,
    detect_drift,
    js_distance,
    ks_binned,
    parse_drift_config,
    psi,
    render_markdown,
)
from mlgate.data.profile import compute_profile
from mlgate.errors import CheckFailed, InputError

WARDS = ["A", "B", "C", "D"]


def _population(rows: int, seed: int) -> pd.DataFrame:
    """A seeded table: four numeric columns, two categorical ones, a label, a few nulls."""
    rng = np.random.default_rng(seed)
    bmi = rng.normal(27, 4, rows)
    bmi[rng.random(rows) < 0.02] = np.nan
    return pd.DataFrame(
        {
            "age": rng.normal(50, 12, rows),
            "bmi": bmi,
            "heart_rate": rng.normal(75, 10, rows),
            "creatinine": rng.lognormal(0, 0.3, rows),
            "ward": pd.array(rng.choice(WARDS, rows, p=[0.4, 0.3, 0.2, 0.1]), dtype="str"),
            "sex": pd.array(rng.choice(["F", "M"], rows), dtype="str"),
            "readmitted": rng.integers(0, 2, rows),
        }
    )


def _shifted(rows: int, seed: int) -> pd.DataFrame:
    """Means moved on two columns, a category added to one, nulls up on another."""
    batch = _population(rows, seed)
    rng = np.random.default_rng(seed + 1000)
    batch["age"] += 8  # two thirds of a standard deviation
    batch["heart_rate"] += 7
    new_ward = rng.random(rows) < 0.15
    batch["ward"] = batch["ward"].where(~new_ward, "E")  # a ward the reference never had
    batch.loc[rng.random(rows) < 0.2, "creatinine"] = np.nan
    return batch


@pytest.fixture(scope="module")
def profile():
    return compute_profile(_population(50_000, seed=1), label="readmitted")


def test_a_shifted_batch_is_flagged_on_exactly_the_shifted_columns(profile) -> None:
    result = detect_drift(_shifted(5_000, seed=2), profile)
    levels = {c.name: c.level for c in result.columns}
    assert {name for name, level in levels.items() if level != "ok"} == {
        "age",
        "heart_rate",
        "ward",
        "creatinine",
    }
    assert result.decision == "drift"
    by_name = {c.name: c for c in result.columns}
    assert by_name["ward"].new_categories == ["E"]
    assert any("new categories: 'E'" in reason for reason in by_name["ward"].reasons)
    assert by_name["creatinine"].null_rate_batch == pytest.approx(0.2, abs=0.02)
    assert any("null-rate change" in reason for reason in by_name["creatinine"].reasons)
    assert by_name["creatinine"].psi < 0.1  # the values left are the same distribution
    assert by_name["ward"].chi2_pvalue < 1e-6 and by_name["age"].ks_pvalue < 1e-6


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_an_unshifted_batch_passes(profile, seed) -> None:
    result = detect_drift(_population(5_000, seed=seed), profile)
    assert result.decision == "ok", result.summary()
    assert [c.role for c in result.columns][-1] == "label"


def test_a_big_batch_does_not_alarm_on_a_trivial_difference(profile) -> None:
    # 0.05 of a standard deviation on 200,000 rows: KS calls it significant, PSI calls it small.
    batch = _population(200_000, seed=9)
    batch["age"] += 0.6
    age = next(c for c in detect_drift(batch, profile).columns if c.name == "age")
    assert age.ks_pvalue < 0.001
    assert age.level == "ok" and age.psi < 0.01


def test_statistics_equal_scipy_on_the_same_bins() -> None:
    rng = np.random.default_rng(11)
    reference = rng.integers(0, 500, 10)
    batch = rng.integers(0, 500, 10)
    batch[3] = 0
    assert js_distance(reference, batch) == pytest.approx(
        jensenshannon(reference, batch, base=2), rel=1e-12
    )
    # KS on bin counts is ks_2samp on the bin numbers of both samples.
    bins = np.arange(10)
    expected = ks_2samp(np.repeat(bins, reference), np.repeat(bins, batch), method="asymp")
    d, p = ks_binned(reference, batch)
    assert d == pytest.approx(expected.statistic, abs=1e-12)
    assert p == pytest.approx(expected.pvalue, rel=1e-9)
    for table in ([[30, 10, 0], [25, 20, 0]], [[30, 10], [25, 20]]):  # k = 2: Yates
        statistic, pvalue, dof = chi_square(*table)
        scipy_result = chi2_contingency(np.array(table)[:, :2])
        assert (statistic, pvalue, dof) == pytest.approx(
            (scipy_result.statistic, scipy_result.pvalue, scipy_result.dof), rel=1e-12
        )
    # PSI: sum((q - p) ln(q / p)) with shares floored at 1e-4.
    p_, q_ = reference / reference.sum(), np.maximum(batch / batch.sum(), 1e-4)
    assert psi(reference, batch) == pytest.approx(float(np.sum((q_ - p_) * np.log(q_ / p_))))


def test_levels_come_from_the_drift_section(profile) -> None:
    config = parse_drift_config(
        """
drift:
  min_rows: 10
  defaults:
    warn: {psi: 0.1}
  columns:
    age: {fail: {psi: 5, js: 1}}
    heart_rate: {ignore: true}
""",
        "clinic.drift.yaml",
    )
    warn, fail = config.levels("age")
    assert (warn.psi, fail.psi, fail.js, fail.null_rate) == (0.1, 5, 1, 0.1)
    assert config.levels("heart_rate") is None
    result = detect_drift(_shifted(5_000, seed=2), profile, config, source="clinic.drift.yaml")
    levels = {c.name: c.level for c in result.columns}
    assert levels["age"] == "warn" and levels["heart_rate"] == "ignored"
    assert result.metrics()["columns_checked"] == len(result.columns) - 1


def test_a_contract_with_or_without_a_drift_key_is_read() -> None:
    contract = "name: t\ncolumns:\n- {name: a, type: float}\n"
    assert parse_drift_config(contract, "t.yaml") == DriftConfig()
    assert parse_drift_config(contract + "drift: {min_rows: 5}\n", "t.yaml").min_rows == 5
    assert parse_drift_config("", "empty.yaml") == DriftConfig()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("drift: {defaults: {warn: {psi: 0.3}}}", "warn.psi (0.3) is above fail.psi (0.25)"),
        ("drift: {columns: {a: {fail: {psi: -1}}}}", "drift.columns.a.fail.psi"),
        ("drift: {defaults: {warn: {pis: 0.1}}}", "drift.defaults.warn.pis: Extra inputs"),
        ("thresholds: {psi: 0.1}", "unknown top-level key(s) 'thresholds'"),
        ("drift: {min_rows: 5}\ndrift: {min_rows: 6}\n", "key 'drift' appears twice"),
        ("drift: [", "YAML syntax error at line 1"),
    ],
)
def test_a_bad_drift_section_is_refused_by_name(text, message) -> None:
    with pytest.raises(InputError, match="x.drift.yaml") as caught:
        parse_drift_config(text, "x.drift.yaml")
    assert message in str(caught.value)


def test_config_naming_an_unknown_column_is_refused(profile) -> None:
    config = parse_drift_config("drift: {columns: {agee: {ignore: true}}}")
    with pytest.raises(InputError, match="'agee', which the reference profile does not have"):
        detect_drift(_population(200, seed=2), profile, config)


def test_a_batch_without_a_profiled_column_is_refused(profile) -> None:
    with pytest.raises(InputError, match="lacks 1 column.*'bmi'"):
        detect_drift(_population(200, seed=2).drop(columns="bmi"), profile)


def test_a_small_batch_is_never_judged(profile) -> None:
    result = detect_drift(_shifted(50, seed=2), profile)
    assert result.decision == "warn"
    assert "fewer than min_rows (100)" in result.reasons[0] and "says drift" in result.reasons[0]


def test_halting(profile) -> None:
    shifted = detect_drift(_shifted(5_000, seed=2), profile)
    with pytest.raises(CheckFailed, match=r"drift decision: drift .*age: drift"):
        check_halt(shifted, "drift")
    check_halt(shifted, "never")
    calm = detect_drift(_population(5_000, seed=3), profile)
    check_halt(calm, "warn")
    with pytest.raises(InputError, match="halt_on 'sometimes' is not one of drift, warn, never"):
        check_halt(calm, "sometimes")


def test_prediction_drift(profile) -> None:
    rng = np.random.default_rng(4)
    scored = compute_profile(
        _population(20_000, seed=1), label="readmitted", scores=rng.beta(2, 5, 20_000)
    )
    batch = _population(3_000, seed=5)
    batch["score"] = rng.beta(5, 2, 3_000)
    result = detect_drift(batch, scored, score_column="score")
    scores = result.columns[-1]
    assert (scores.role, scores.level) == ("scores", "drift")
    with pytest.raises(InputError, match="holds no score distribution"):
        detect_drift(batch, profile, score_column="score")


def test_report_draws_every_column_and_escapes_names(profile) -> None:
    batch = _shifted(5_000, seed=2)
    batch["ward"] = batch["ward"].where(batch["ward"] != "E", "<script>x</script>")
    markdown = render_markdown(detect_drift(batch, profile))
    assert markdown.startswith("# Drift report: drift")
    assert markdown.count("<svg ") == 7
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert markdown.index("### age (drift)") < markdown.index("### bmi (ok)")


def test_a_column_gone_all_null_is_flagged_by_its_null_rate(profile) -> None:
    batch = _population(2_000, seed=6)
    batch["bmi"] = np.nan
    bmi = next(c for c in detect_drift(batch, profile).columns if c.name == "bmi")
    assert bmi.level == "drift" and bmi.psi is None and bmi.ks_statistic is None
    assert "no values in the batch" in bmi.reasons


def test_excluded_columns_are_not_profiled_nor_compared() -> None:
    table = _population(2_000, seed=1)
    table["record_id"] = np.arange(len(table))
    profile = compute_profile(table, label="readmitted", exclude=["record_id"])
    assert "record_id" not in profile.columns
    batch = _population(2_000, seed=2)
    batch["record_id"] = np.arange(len(batch)) + 10**6  # every id new: not drift
    result = detect_drift(batch, profile)
    assert result.decision == "ok" and result.extra_columns == ["record_id"]
