"""Metrics per task agree with scikit-learn; the paired bootstrap is seeded, paired and exact."""

import math

import numpy as np
import pandas as pd
import pytest
from sklearn import metrics as skm

from mlgate.errors import InputError
from mlgate.models.evaluation import (
    METRIC_INFO,
    EvaluationConfig,
    compare,
    metrics_for,
    parse_evaluation_config,
    score,
)
from mlgate.models.training import ModelCard

RNG = np.random.default_rng(7)


def _card(task: str, classes: list) -> ModelCard:
    return ModelCard(
        model_name="m",
        label="y",
        task=task,
        features=["x"],
        classes=classes,
        majority_class=classes[0] if classes else None,
        baseline_prediction=None if classes else 1.5,
        model_sha256="a",
        config_sha256="b",
        data_sha256="c",
        eval_sha256="d",
        train_rows=1,
        eval_rows=1,
    )


def _proba(n: int, k: int, signal: np.ndarray, strength: float) -> np.ndarray:
    logits = RNG.normal(size=(n, k))
    logits[np.arange(n), signal] += strength
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def test_binary_metrics_are_scikit_learns() -> None:
    n = 400
    y = RNG.integers(0, 2, n)
    proba = _proba(n, 2, y, 1.5)
    frame = pd.DataFrame({"x": 0.0, "y": np.where(y == 1, "yes", "no")})
    result = score(proba, frame, _card("binary", ["no", "yes"]), threshold=0.3).metrics
    pred = proba.argmax(axis=1)
    at = proba[:, 1] >= 0.3
    expected = {
        "accuracy": skm.accuracy_score(y, pred),
        "balanced_accuracy": skm.balanced_accuracy_score(y, pred),
        "f1": skm.f1_score(y, pred),
        "f1_macro": skm.f1_score(y, pred, average="macro"),
        "f1_weighted": skm.f1_score(y, pred, average="weighted"),
        "precision": skm.precision_score(y, at),
        "recall": skm.recall_score(y, at),
        "roc_auc": skm.roc_auc_score(y, proba[:, 1]),
        "log_loss": skm.log_loss(y, proba),
        "brier": skm.brier_score_loss(y, proba[:, 1]),
    }
    assert set(result) == {*expected, "rows"}
    for name, value in expected.items():
        assert result[name] == pytest.approx(value, abs=1e-12), name


def test_multiclass_metrics_are_scikit_learns_with_one_vs_rest_auc() -> None:
    n = 300
    y = RNG.integers(0, 3, n)
    proba = _proba(n, 3, y, 1.0)
    frame = pd.DataFrame({"x": 0.0, "y": y})
    evaluation = score(proba, frame, _card("multiclass", [0, 1, 2]))
    pred = proba.argmax(axis=1)
    assert evaluation.metrics["roc_auc"] == pytest.approx(
        skm.roc_auc_score(y, proba, multi_class="ovr")
    )
    assert evaluation.metrics["f1_weighted"] == pytest.approx(
        skm.f1_score(y, pred, average="weighted")
    )
    assert evaluation.metrics["log_loss"] == pytest.approx(skm.log_loss(y, proba))
    assert "brier" not in evaluation.metrics and "precision" not in evaluation.metrics
    assert evaluation.confusion == skm.confusion_matrix(y, pred).tolist()


def test_regression_metrics_and_residuals() -> None:
    n = 500
    y = RNG.normal(10, 3, n)
    pred = y + RNG.normal(0.5, 1, n)
    frame = pd.DataFrame({"x": 0.0, "y": y})
    evaluation = score(pred, frame, _card("regression", []))
    m = evaluation.metrics
    assert m["rmse"] == pytest.approx(math.sqrt(skm.mean_squared_error(y, pred)))
    assert m["mae"] == pytest.approx(skm.mean_absolute_error(y, pred))
    assert m["r2"] == pytest.approx(skm.r2_score(y, pred))
    assert m["mape"] == pytest.approx(skm.mean_absolute_percentage_error(y, pred))
    assert evaluation.residuals["mean"] == pytest.approx(np.mean(y - pred))
    assert evaluation.confusion == [] and evaluation.categories == []


def test_every_metric_declares_its_direction() -> None:
    assert {n for n, i in METRIC_INFO.items() if not i.higher_is_better} == {
        "log_loss", "brier", "rmse", "mae", "mape",
    }  # fmt: skip
    assert metrics_for("regression") == ["rmse", "mae", "r2", "mape"]


def _binary_case(n: int = 300) -> tuple[pd.DataFrame, ModelCard, dict[str, np.ndarray]]:
    y = RNG.integers(0, 2, n)
    frame = pd.DataFrame({"x": 0.0, "y": y})
    card = _card("binary", [0, 1])
    good = _proba(n, 2, y, 2.0)
    return (
        frame,
        card,
        {"candidate": good, "production": good.copy(), "baseline": _proba(n, 2, y, 0.0)},
    )


def test_the_bootstrap_is_seeded_and_paired() -> None:
    frame, card, outputs = _binary_case()
    config = EvaluationConfig(resamples=300, seed=5)
    evaluations, differences, _ = compare(frame, card, outputs, config)
    again = compare(frame, card, outputs, config)
    assert again[1] == differences  # the same seed, the same intervals
    other = compare(frame, card, outputs, EvaluationConfig(resamples=300, seed=6))[1]
    assert other["baseline"]["roc_auc"] != differences["baseline"]["roc_auc"]
    # The same model against itself: every resample gives a difference of exactly 0.
    for interval in differences["production"].values():
        assert (interval.estimate, interval.low, interval.high) == (0.0, 0.0, 0.0)
    auc = evaluations["candidate"].intervals["roc_auc"]
    assert auc.low < auc.estimate < auc.high
    assert differences["baseline"]["roc_auc"].low > 0.2  # far better than chance


def test_pairing_narrows_the_interval_of_a_difference() -> None:
    frame, card, outputs = _binary_case(400)
    outputs["production"] = np.clip(outputs["candidate"] + RNG.normal(0, 0.02, (400, 2)), 0, 1)
    outputs["production"] /= outputs["production"].sum(axis=1, keepdims=True)
    evaluations, differences, _ = compare(frame, card, outputs, EvaluationConfig(resamples=500))
    diff = differences["production"]["roc_auc"]
    alone = evaluations["candidate"].intervals["roc_auc"]
    # Unpaired, the difference would be about sqrt(2) times as wide as one model's interval.
    assert diff.high - diff.low < 0.5 * (alone.high - alone.low)


def test_label_metrics_compressed_match_row_resampling() -> None:
    """accuracy's interval from the multinomial over distinct rows is the ordinary bootstrap."""
    frame, card, outputs = _binary_case(1000)
    config = EvaluationConfig(resamples=4000, seed=1)
    evaluations, _, _ = compare(frame, card, outputs, config)
    ours = evaluations["candidate"].intervals["accuracy"]
    correct = (outputs["candidate"].argmax(axis=1) == frame["y"].to_numpy()).astype(float)
    rng = np.random.default_rng(2)
    naive = correct[rng.integers(0, 1000, (4000, 1000))].mean(axis=1)
    low, high = np.quantile(naive, [0.025, 0.975])
    assert ours.low == pytest.approx(low, abs=0.006) and ours.high == pytest.approx(high, abs=0.006)


def test_an_undefined_resample_makes_the_interval_nan() -> None:
    # Three positives in 200 rows: some resamples have none, and their AUC is undefined.
    y = np.zeros(200, dtype=int)
    y[:3] = 1
    frame = pd.DataFrame({"x": 0.0, "y": y})
    proba = _proba(200, 2, y, 1.0)
    outputs = {"candidate": proba, "production": proba, "baseline": proba}
    evaluations, differences, _ = compare(
        frame, _card("binary", [0, 1]), outputs, EvaluationConfig(resamples=500)
    )
    assert math.isnan(differences["baseline"]["roc_auc"].low)
    assert math.isfinite(evaluations["candidate"].metrics["roc_auc"])


def test_regression_differences_and_slices() -> None:
    from mlgate.models.training import SliceConfig

    n = 400
    x = RNG.uniform(0, 10, n)
    y = 3 * x + RNG.normal(0, 1, n)
    frame = pd.DataFrame({"x": x, "y": y})
    outputs = {
        "candidate": 3 * x,
        "production": 3 * x + RNG.normal(0, 2, n),
        "baseline": np.full(n, y.mean()),
    }
    evaluations, differences, slices = compare(
        frame, _card("regression", []), outputs, EvaluationConfig(resamples=300),
        [SliceConfig(name="x", column="x", edges=[5.0])],
    )  # fmt: skip
    rmse = differences["production"]["rmse"]
    assert rmse.high < 0  # the candidate's error is lower: a negative difference
    assert differences["baseline"]["r2"].low > 0.5
    assert set(slices) == {"x:..5", "x:5.."} and slices["x:5.."]["rmse"].high < 0
    assert evaluations["candidate"].slices["x:..5"]["rows"] == (x < 5).sum()


def test_labels_the_model_never_saw_are_named() -> None:
    frame = pd.DataFrame({"x": 0.0, "y": [0, 1, 7]})
    with pytest.raises(
        InputError, match=r"label 'y' holds values the model does not predict \(7\)"
    ):
        score(np.full((3, 2), 0.5), frame, _card("binary", [0, 1]))


def test_evaluation_config_is_strict() -> None:
    assert parse_evaluation_config("").resamples == 1000
    with pytest.raises(InputError, match="evaluation config: resamples: Input should be greater"):
        parse_evaluation_config('{"resamples": 10}')
    with pytest.raises(InputError, match="seeds: Extra inputs"):
        parse_evaluation_config('{"seeds": 1}')


def test_above_exact_rows_the_block_bootstrap_measures_the_same_uncertainty() -> None:
    n = 25_000
    y = RNG.integers(0, 2, n)
    frame = pd.DataFrame({"x": 0.0, "y": y})
    outputs = {"candidate": _proba(n, 2, y, 1.0), "production": _proba(n, 2, y, 0.9)}
    card = _card("binary", [0, 1])
    exact = compare(frame, card, outputs, EvaluationConfig(resamples=400, exact_rows=n))[1]
    blocks = compare(frame, card, outputs, EvaluationConfig(resamples=400, exact_rows=1000))[1]
    for metric in ("roc_auc", "log_loss", "brier", "accuracy"):
        a, b = exact["production"][metric], blocks["production"][metric]
        assert a.estimate == b.estimate  # the point estimate is always exact
        width_a, width_b = a.high - a.low, b.high - b.low
        assert width_b == pytest.approx(width_a, rel=0.2), metric
        assert b.low < a.estimate < b.high, metric
