"""Scoring models on an evaluation table, with paired bootstrap intervals for every figure.

Every metric is computed from resampling weights (``w`` per row, or per group of
identical rows): the point estimate is the metric under weights of one, a bootstrap
resample is the metric under the multinomial counts of ``n`` draws with replacement.
One implementation serves both, vectorised over resamples, and paired: candidate,
production and baseline are scored on the same resamples of the same rows, so the
interval of their difference carries only the noise that matters for the comparison.

Metrics that depend only on predicted classes (accuracy, F1, ...) are computed on the
distinct (label, predictions) combinations, which are few, with the counts drawn from a
multinomial over them: the same bootstrap, exactly, in time independent of the rows.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import CheckFailed, InputError, describe_validation_error
from mlgate.models.training import ModelCard, SliceConfig

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "METRICS",
    "METRIC_INFO",
    "CandidateEvaluation",
    "Evaluation",
    "EvaluationConfig",
    "Interval",
    "MetricInfo",
    "ProductionEvaluation",
    "baseline_outputs",
    "class_probabilities",
    "compare",
    "evaluate_baseline",
    "evaluate_model",
    "model_outputs",
    "model_scores",
    "parse_evaluation_config",
    "score",
]

Task = Literal["binary", "multiclass", "regression"]
_CLASSIFICATION = frozenset({"binary", "multiclass"})


@dataclass(frozen=True)
class MetricInfo:
    """What a metric is for and which way is better: the gate reads its direction here."""

    tasks: frozenset[str]
    higher_is_better: bool
    low: float = 0.0
    high: float = 1.0
    labels_only: bool = False  # a function of predicted classes alone (bootstrapped compressed)


METRIC_INFO: dict[str, MetricInfo] = {
    "accuracy": MetricInfo(_CLASSIFICATION, True, labels_only=True),
    "balanced_accuracy": MetricInfo(_CLASSIFICATION, True, labels_only=True),
    # Binary: F1 of the positive class (classes[1]); multiclass: macro. Kept from 1.x.
    "f1": MetricInfo(_CLASSIFICATION, True, labels_only=True),
    "f1_macro": MetricInfo(_CLASSIFICATION, True, labels_only=True),
    "f1_weighted": MetricInfo(_CLASSIFICATION, True, labels_only=True),
    "precision": MetricInfo(frozenset({"binary"}), True, labels_only=True),  # at the threshold
    "recall": MetricInfo(frozenset({"binary"}), True, labels_only=True),  # at the threshold
    "roc_auc": MetricInfo(_CLASSIFICATION, True),  # one-vs-rest, macro, for multiclass
    "log_loss": MetricInfo(_CLASSIFICATION, False, high=math.inf),
    "brier": MetricInfo(frozenset({"binary"}), False),
    "rmse": MetricInfo(frozenset({"regression"}), False, high=math.inf),
    "mae": MetricInfo(frozenset({"regression"}), False, high=math.inf),
    "r2": MetricInfo(frozenset({"regression"}), True, low=-math.inf),
    "mape": MetricInfo(frozenset({"regression"}), False, high=math.inf),
}
METRICS = tuple(METRIC_INFO)


def metrics_for(task: str) -> list[str]:
    """The metrics computed for ``task``, in ``METRIC_INFO``'s order."""
    return [name for name, info in METRIC_INFO.items() if task in info.tasks]


class EvaluationConfig(BaseModel):
    """How evaluate_model measures its uncertainty (committed with the pipeline)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    resamples: Annotated[int, Field(ge=100, le=100_000)] = 1000
    seed: int = 0
    confidence: Annotated[float, Field(ge=0.5, lt=1)] = 0.95
    threshold: Annotated[float, Field(gt=0, lt=1)] = 0.5  # precision/recall: P(positive) >=
    # Up to this many rows, the ordinary bootstrap over rows; above, blocks (see _bootstrap).
    exact_rows: Annotated[int, Field(ge=100)] = 20_000


def parse_evaluation_config(text: str) -> EvaluationConfig:
    """An EvaluationConfig from its JSON; empty text is the defaults.

    Raises:
        InputError: not JSON, or a field is unknown, mistyped or out of range; names each.
    """
    if not text.strip():
        return EvaluationConfig()
    try:
        return EvaluationConfig.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(f"evaluation config: {describe_validation_error(exc)}") from None


class Interval(BaseModel):
    """A point estimate with its percentile bootstrap interval (NaN: undefined on a resample)."""

    model_config = ConfigDict(extra="forbid", frozen=True, ser_json_inf_nan="constants")

    estimate: float
    low: float
    high: float


class Evaluation(BaseModel):
    """Scores on one table: metrics and their intervals, confusion or residuals, ROC, slices."""

    # An undefined metric (ROC AUC on a one-class slice) must stay NaN through JSON: the
    # gate fails a NaN criterion, and must not see a missing value turn into a number.
    model_config = ConfigDict(extra="forbid", ser_json_inf_nan="constants")

    metrics: dict[str, float]
    categories: list[str] = Field(default_factory=list)
    confusion: list[list[int]] = Field(default_factory=list)
    roc: dict[str, list[float]] = Field(default_factory=dict)  # fpr, tpr, thresholds
    slices: dict[str, dict[str, float]] = Field(default_factory=dict)
    intervals: dict[str, Interval] = Field(default_factory=dict)
    residuals: dict[str, float] = Field(default_factory=dict)  # regression: label - prediction


class ProductionEvaluation(BaseModel):
    """The production model's scores on the candidate's rows, and which model that was."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    model_sha256: str
    scores: Evaluation


class CandidateEvaluation(BaseModel):
    """Everything the gate compares, scored on one set of rows and bound to what was scored.

    evaluate_model writes it and gate_candidate judges it: every model is scored in one
    place, the metrics a reviewer reads in the KFP UI are the ones that were gated, and
    the gate itself stays criteria as code. The gate refuses a record whose hashes are
    not those of the candidate it is given, or whose production model is no longer the
    registry's.

    ``differences`` holds, per comparison ("production", "baseline") and metric, the
    paired bootstrap interval of candidate minus the other model; ``slice_differences``
    the same against production per slice. A record without them (written before
    intervals existed) cannot pass a rule that needs one: the gate fails closed.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, ser_json_inf_nan="constants")

    model_sha256: str
    eval_sha256: str
    task: Task = "binary"
    config: EvaluationConfig | None = None  # None: no intervals were computed
    candidate: Evaluation
    baseline: Evaluation
    production: ProductionEvaluation | None = None  # None: no production model (first run)
    differences: dict[str, dict[str, Interval]] = Field(default_factory=dict)
    slice_differences: dict[str, dict[str, Interval]] = Field(default_factory=dict)


# --------------------------------------------------------------------------- model outputs


def class_probabilities(model: Any, frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    """``model``'s probability of each of ``card.classes`` (in that order) per row of ``frame``."""
    return np.asarray(model.predict_proba(frame[card.features]), dtype="float64")


def model_outputs(model: Any, frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    """Class probabilities (rows x classes) for a classifier, predictions (rows) for a regressor.

    Raises:
        CheckFailed: the model returns the wrong shape or values that are not finite.
    """
    if card.task == "regression":
        out = np.asarray(model.predict(frame[card.features]), dtype="float64").reshape(-1)
        shape_ok = out.shape == (len(frame),)
    else:
        out = class_probabilities(model, frame, card)
        shape_ok = out.shape == (len(frame), len(card.classes))
    if not shape_ok:
        raise CheckFailed(
            f"{card.model_name}: the model returned shape {out.shape} for {len(frame)} rows "
            f"and {len(card.classes)} classes; its card does not describe it (fail closed)"
        )
    bad = ~np.isfinite(out)
    if bad.any():
        rows = int(bad.any(axis=1).sum()) if bad.ndim > 1 else int(bad.sum())
        raise CheckFailed(
            f"{card.model_name}: the model returned NaN or infinite outputs on {rows} "
            "evaluation rows; nothing is scored (fail closed)"
        )
    return out


def baseline_outputs(rows: int, card: ModelCard) -> np.ndarray:
    """The baseline's outputs: the majority class (classification) or the training mean."""
    if card.task == "regression":
        return np.full(rows, float(card.baseline_prediction or 0.0))
    proba = np.zeros((rows, len(card.classes)))
    proba[:, card.classes.index(card.majority_class)] = 1.0  # type: ignore[arg-type]
    return proba


def model_scores(model: Any, frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    """One score per row: what a profile records as the model's score distribution.

    For a binary classifier it is the probability of the positive class
    (``card.classes[1]``, the one the ROC curve and F1 are computed for); with more classes,
    the probability of the predicted class, since no one class is "positive"; for a
    regressor, the prediction.
    """
    out = model_outputs(model, frame, card)
    if card.task == "regression":
        return out
    return out[:, 1] if len(card.classes) == 2 else out.max(axis=1)


# --------------------------------------------------------------------------- rows as data


@dataclass(frozen=True)
class _Rows:
    """The labels and every compared model's outputs on the same rows, ready to weigh."""

    task: str
    y: np.ndarray  # class index (classification) or value (regression)
    outputs: dict[str, np.ndarray]  # model -> probabilities or predictions
    classes: int
    threshold: float

    def predicted(self, who: str) -> np.ndarray:
        return self.outputs[who].argmax(axis=1)

    def subset(self, mask: np.ndarray) -> _Rows:
        return _Rows(
            self.task,
            self.y[mask],
            {k: v[mask] for k, v in self.outputs.items()},
            self.classes,
            self.threshold,
        )


def _encode_labels(frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    values = frame[card.label]
    if card.task == "regression":
        y = np.asarray(values, dtype="float64")
        if not np.isfinite(y).all():
            raise InputError(
                f"label {card.label!r} has {int((~np.isfinite(y)).sum())} missing or infinite "
                "values among the evaluation rows; drop them first"
            )
        return y
    index = {c: i for i, c in enumerate(card.classes)}
    encoded = np.fromiter((index.get(v, -1) for v in values.tolist()), dtype=np.int64)
    if (encoded < 0).any():
        unknown = sorted({str(v) for v in values[encoded < 0].tolist()})[:5]
        raise InputError(
            f"label {card.label!r} holds values the model does not predict "
            f"({', '.join(unknown)}); its classes are {card.classes}"
        )
    return encoded


# --------------------------------------------------------------------------- weighted metrics


def _safe_div(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)


def _confusions(w: np.ndarray, y: np.ndarray, pred: np.ndarray, k: int) -> np.ndarray:
    """Weighted confusion matrices, one per resample: (B, k, k), [true, predicted]."""
    onehot = np.zeros((len(y), k * k))
    onehot[np.arange(len(y)), y * k + pred] = 1.0
    return (w @ onehot).reshape(-1, k, k)


def _label_metrics(conf: np.ndarray, binary: bool) -> dict[str, np.ndarray]:
    """accuracy, balanced accuracy and F1s from confusion matrices, as scikit-learn does them."""
    total = conf.sum(axis=(1, 2))
    tp = np.diagonal(conf, axis1=1, axis2=2)
    support, predicted = conf.sum(axis=2), conf.sum(axis=1)
    recall = _safe_div(tp, support)
    f1 = _safe_div(2 * tp, support + predicted)
    present = support > 0  # balanced accuracy averages over the classes in y_true
    seen = present | (predicted > 0)  # F1 averages over the labels in y_true or y_pred
    out = {
        "accuracy": _safe_div(tp.sum(axis=1), total),
        "balanced_accuracy": _safe_div((recall * present).sum(axis=1), present.sum(axis=1)),
        "f1_macro": _safe_div((f1 * seen).sum(axis=1), seen.sum(axis=1)),
        "f1_weighted": _safe_div((f1 * support).sum(axis=1), total),
    }
    out["f1"] = f1[:, 1] if binary else out["f1_macro"]
    return out


@dataclass(frozen=True)
class _Ranking:
    """One AUC's scores, sorted once: the order, the tie groups, the classes in that order."""

    order: np.ndarray
    starts: np.ndarray | None  # first index of each run of equal scores; None: no ties
    positive: np.ndarray  # float, in sorted order
    negative: np.ndarray

    @classmethod
    def of(cls, positive: np.ndarray, scores: np.ndarray) -> _Ranking:
        order = np.argsort(scores, kind="stable")
        ordered = scores[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        pos = positive[order].astype(np.float64)
        return cls(order, None if len(starts) == len(scores) else starts, pos, 1.0 - pos)

    def auc(self, w: np.ndarray) -> np.ndarray:
        """Weighted ROC AUC per resample (ties count one half); NaN without both classes."""
        ws = w[:, self.order]
        pos, neg = ws * self.positive, ws * self.negative
        if self.starts is not None:
            pos = np.add.reduceat(pos, self.starts, axis=1)
            neg = np.add.reduceat(neg, self.starts, axis=1)
        return _auc_from_counts(pos, neg)


def _auc(w: np.ndarray, positive: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Weighted ROC AUC per resample (ties count one half); NaN without both classes."""
    return _Ranking.of(positive, scores).auc(w)


def _auc_from_counts(pos: np.ndarray, neg: np.ndarray) -> np.ndarray:
    """AUC from weighted positive and negative counts per score level, in ascending order."""
    below = np.cumsum(neg, axis=1) - neg
    p, n = pos.sum(axis=1), neg.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        auc = (pos * (below + 0.5 * neg)).sum(axis=1) / (p * n)
    return np.where((p > 0) & (n > 0), auc, np.nan)


def _row_values(rows: _Rows, who: str) -> np.ndarray:
    """The per-row quantities whose weighted sums give ``who``'s non-ranking metrics.

    Regression: squared, absolute and absolute-percentage error, label, label squared;
    classification: log loss, and the Brier term for a binary model.
    """
    out = rows.outputs[who]
    if rows.task == "regression":
        residual = rows.y - out
        ape = np.abs(residual) / np.maximum(np.abs(rows.y), np.finfo(np.float64).eps)
        return np.column_stack([residual**2, np.abs(residual), ape, rows.y, rows.y**2])
    truth = out[np.arange(len(rows.y)), rows.y]
    columns = [-np.log(np.clip(truth, 1e-15, 1.0))]
    if rows.classes == 2:
        columns.append((out[:, 1] - (rows.y == 1)) ** 2)
    return np.column_stack(columns)


def _from_sums(sums: np.ndarray, total: np.ndarray, rows: _Rows) -> dict[str, np.ndarray]:
    """The non-ranking metrics from weighted sums of ``_row_values`` (one row a resample)."""
    mean = sums / total[:, None]
    if rows.task == "regression":
        ss_tot = sums[:, 4] - sums[:, 3] ** 2 / total
        ss_res = sums[:, 0]
        # scikit-learn's r2 on a constant label: 1 for a perfect fit, else 0 (force_finite).
        constant = ss_tot <= 1e-12 * np.maximum(sums[:, 4], 1)
        r2 = np.where(constant, np.where(ss_res <= 0, 1.0, 0.0), 1 - _safe_div(ss_res, ss_tot))
        return {"rmse": np.sqrt(mean[:, 0]), "mae": mean[:, 1], "mape": mean[:, 2], "r2": r2}
    values = {"log_loss": mean[:, 0]}
    if rows.classes == 2:
        values["brier"] = mean[:, 1]
    return values


def _rankings(rows: _Rows, who: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """(positive mask, score) per AUC that ``who``'s roc_auc averages: one, or one per class."""
    out = rows.outputs[who]
    if rows.classes == 2:
        return [(rows.y == 1, out[:, 1])]
    return [(rows.y == c, out[:, c]) for c in range(rows.classes)]


def _score_metrics(
    w: np.ndarray, rows: _Rows, who: str, prepared: tuple[np.ndarray, list[_Ranking]] | None = None
) -> dict[str, np.ndarray]:
    """The metrics of ``who`` that need its scores, under row weights ``w`` (B, rows).

    ``prepared`` is ``_prepare(rows, who)``, computed once for many chunks of weights.
    """
    values_per_row, rankings = prepared or _prepare(rows, who)
    values = _from_sums(w @ values_per_row, w.sum(axis=1), rows)
    if rows.task != "regression":
        # One-vs-rest, macro: undefined (NaN) when any class is absent from the resample.
        values["roc_auc"] = np.mean([r.auc(w) for r in rankings], axis=0)
    return values


def _prepare(rows: _Rows, who: str) -> tuple[np.ndarray, list[_Ranking]]:
    rankings = [] if rows.task == "regression" else [_Ranking.of(*r) for r in _rankings(rows, who)]
    return _row_values(rows, who), rankings


def _all_metrics(w: np.ndarray, rows: _Rows, who: str) -> dict[str, np.ndarray]:
    """Every metric of ``who`` under row weights ``w`` (B, rows)."""
    values = _score_metrics(w, rows, who)
    if rows.task != "regression":
        values.update(_labels_from_weights(w, rows, who))
    return values


def _labels_from_weights(w: np.ndarray, rows: _Rows, who: str) -> dict[str, np.ndarray]:
    k = rows.classes
    values = _label_metrics(_confusions(w, rows.y, rows.predicted(who), k), k == 2)
    if k == 2:
        at = (rows.outputs[who][:, 1] >= rows.threshold).astype(np.int64)
        conf = _confusions(w, rows.y, at, 2)
        tp, fp, fn = conf[:, 1, 1], conf[:, 0, 1], conf[:, 1, 0]
        values["precision"] = _safe_div(tp, tp + fp)
        values["recall"] = _safe_div(tp, tp + fn)
    return values


# --------------------------------------------------------------------------- the bootstrap


def _counts(rng: np.random.Generator, n: int, resamples: int) -> Iterator[np.ndarray]:
    """Multinomial counts of ``n`` draws with replacement from ``n`` units, in chunks.

    A chunk holds at most about four million counts, so memory stays bounded at any size.
    """
    chunk = max(1, min(resamples, 4_000_000 // max(n, 1)))
    done = 0
    while done < resamples:
        b = min(chunk, resamples - done)
        draws = rng.integers(0, n, size=(b, n), dtype=np.int64)
        draws += (np.arange(b, dtype=np.int64) * n)[:, None]
        yield np.bincount(draws.ravel(), minlength=b * n).reshape(b, n).astype(np.float64)
        done += b


# Above ``EvaluationConfig.exact_rows`` rows, the score metrics resample BLOCKS random
# blocks of rows, and AUC reads scores in RANK_BINS quantile bins (see _bootstrap).
BLOCKS, RANK_BINS = 2000, 256


def _bootstrap(
    rows: _Rows, config: EvaluationConfig, stream: int
) -> dict[str, dict[str, np.ndarray]]:
    """Every metric of every model on the same ``config.resamples`` resamples: (resamples,).

    Up to ``config.exact_rows`` rows it is the ordinary bootstrap, exactly: resamples of
    the rows with replacement. The label-only metrics always are: they run on the distinct
    (label, each model's predicted classes) combinations, with multinomial counts over
    them, in time that does not grow with the rows.

    Above it, the metrics that need scores resample ``BLOCKS`` random blocks of rows
    (rows assigned to blocks by a seeded shuffle), which for independent rows is a
    bootstrap of the same statistics, in time that does not grow with the rows; AUC then
    counts positives and negatives in ``RANK_BINS`` quantile bins of each model's scores
    and is shifted by the difference between the exact and the binned AUC of the full
    sample, so the interval sits around the exact estimate. ``stream`` keys an
    independent random stream, so that one call's draws do not depend on another's.
    """
    n, who = len(rows.y), list(rows.outputs)
    results: dict[str, dict[str, list[np.ndarray]]] = {m: {} for m in who}

    def collect(values: Mapping[str, Mapping[str, np.ndarray]]) -> None:
        for model, metrics in values.items():
            for name, array in metrics.items():
                results[model].setdefault(name, []).append(array)

    rng = np.random.default_rng([config.seed, stream, 0])
    if n <= config.exact_rows:
        prepared = {m: _prepare(rows, m) for m in who}
        for w in _counts(rng, n, config.resamples):
            collect({m: _score_metrics(w, rows, m, prepared[m]) for m in who})
    else:
        collect(_block_bootstrap(rows, config, rng))
    if rows.task != "regression":
        columns = [rows.y] + [rows.predicted(m) for m in who]
        if rows.classes == 2:
            columns += [(rows.outputs[m][:, 1] >= rows.threshold).astype(np.int64) for m in who]
        code = np.zeros(n, dtype=np.int64)
        for column in columns:
            code = code * rows.classes + column
        _, first, counts = np.unique(code, return_index=True, return_counts=True)
        atoms = rows.subset(first)
        rng = np.random.default_rng([config.seed, stream, 1])
        w = rng.multinomial(n, counts / n, size=config.resamples).astype(np.float64)
        collect({m: _labels_from_weights(w, atoms, m) for m in who})
    return {m: {k: np.concatenate(v) for k, v in r.items()} for m, r in results.items()}


def _block_bootstrap(
    rows: _Rows, config: EvaluationConfig, rng: np.random.Generator
) -> dict[str, dict[str, np.ndarray]]:
    """The score metrics of every model on resamples of random blocks of rows."""
    n = len(rows.y)
    block = np.empty(n, dtype=np.int64)
    block[rng.permutation(n)] = np.arange(n) % BLOCKS
    counts = np.concatenate(list(_counts(rng, BLOCKS, config.resamples)))
    sizes = np.bincount(block, minlength=BLOCKS).astype(np.float64)
    total = counts @ sizes
    out: dict[str, dict[str, np.ndarray]] = {}
    for who in rows.outputs:
        values = _row_values(rows, who)
        sums = np.column_stack(
            [
                np.bincount(block, weights=values[:, j], minlength=BLOCKS)
                for j in range(values.shape[1])
            ]
        )
        out[who] = _from_sums(counts @ sums, total, rows)
        if rows.task == "regression":
            continue
        aucs = []
        for positive, scores in _rankings(rows, who):
            exact = _auc(np.ones((1, n)), positive, scores)[0]
            edges = np.unique(np.quantile(scores, np.linspace(0, 1, RANK_BINS + 1)[1:-1]))
            level = np.searchsorted(edges, scores, side="right")
            bins = len(edges) + 1
            cell = block * bins + level
            pos = np.bincount(cell, weights=positive, minlength=BLOCKS * bins)
            neg = np.bincount(cell, weights=~positive, minlength=BLOCKS * bins)
            pos, neg = pos.reshape(BLOCKS, bins), neg.reshape(BLOCKS, bins)
            binned = _auc_from_counts(pos.sum(axis=0)[None], neg.sum(axis=0)[None])[0]
            aucs.append(_auc_from_counts(counts @ pos, counts @ neg) + (exact - binned))
        out[who]["roc_auc"] = np.mean(aucs, axis=0)
    return out


def _interval(estimate: float, draws: np.ndarray, confidence: float) -> Interval:
    """The percentile interval of ``draws``; NaN bounds when any resample is undefined."""
    if draws.size == 0 or not np.isfinite(draws).all() or not math.isfinite(estimate):
        return Interval(estimate=estimate, low=math.nan, high=math.nan)
    tail = (1 - confidence) / 2
    low, high = np.quantile(draws, [tail, 1 - tail])
    return Interval(estimate=estimate, low=float(low), high=float(high))


def _point(rows: _Rows, who: str) -> dict[str, float]:
    values = _all_metrics(np.ones((1, len(rows.y))), rows, who)
    scores = {name: float(values[name][0]) for name in metrics_for(rows.task)}
    scores["rows"] = float(len(rows.y))
    return scores


# --------------------------------------------------------------------------- public API


def score(
    outputs: np.ndarray,
    frame: pd.DataFrame,
    card: ModelCard,
    slices: Sequence[SliceConfig] = (),
    threshold: float = 0.5,
) -> Evaluation:
    """Point scores of one model's ``outputs`` on ``frame``: metrics, confusion or residuals,
    ROC curve (binary) and slices. No intervals: ``compare`` adds those, paired."""
    rows = _Rows(card.task, _encode_labels(frame, card), {"m": outputs}, len(card.classes),
                 threshold)  # fmt: skip
    evaluation = Evaluation(metrics=_point(rows, "m"))
    if card.task == "regression":
        evaluation.residuals = _residual_summary(rows.y - outputs)
    else:
        evaluation.categories = [str(c) for c in card.classes]
        conf = _confusions(np.ones((1, len(rows.y))), rows.y, rows.predicted("m"), rows.classes)
        evaluation.confusion = conf[0].astype(int).tolist()
        if rows.classes == 2:
            evaluation.roc = _roc(rows.y == 1, outputs[:, 1])
    for _, name, mask in _slice_masks(frame, slices):
        evaluation.slices[name] = _point(rows.subset(mask), "m")
    return evaluation


def evaluate_model(
    model: Any,
    frame: pd.DataFrame,
    card: ModelCard,
    slices: Sequence[SliceConfig] = (),
    threshold: float = 0.5,
) -> Evaluation:
    """Scores ``model`` on ``frame`` (which holds ``card.features`` and ``card.label``)."""
    return score(model_outputs(model, frame, card), frame, card, slices, threshold)


def evaluate_baseline(
    frame: pd.DataFrame, card: ModelCard, slices: Sequence[SliceConfig] = ()
) -> Evaluation:
    """Scores the baseline: the training split's majority class, or its mean label."""
    return score(baseline_outputs(len(frame), card), frame, card, slices)


def compare(
    frame: pd.DataFrame,
    card: ModelCard,
    outputs: Mapping[str, np.ndarray],
    config: EvaluationConfig,
    slices: Sequence[SliceConfig] = (),
) -> tuple[dict[str, Evaluation], dict[str, dict[str, Interval]], dict[str, dict[str, Interval]]]:
    """Scores several models on the same rows with paired bootstrap intervals.

    Args:
        frame: The evaluation rows (features and label).
        card: The candidate's card: task, label, classes.
        outputs: Each model's outputs on ``frame`` (``model_outputs``), keyed by role;
            "candidate" must be among them.
        config: Resamples, seed, confidence level, precision/recall threshold.
        slices: Slices to score; against "production", their differences get intervals too.

    Returns:
        Each model's Evaluation with ``intervals``; per other model, the intervals of
        candidate minus it per metric; per slice, those against production.
    """
    y = _encode_labels(frame, card)
    rows = _Rows(card.task, y, dict(outputs), len(card.classes), config.threshold)
    evaluations = {who: score(out, frame, card, slices, config.threshold)
                   for who, out in outputs.items()}  # fmt: skip
    draws = _bootstrap(rows, config, stream=0)
    differences: dict[str, dict[str, Interval]] = {}
    for who, evaluation in evaluations.items():
        evaluation.intervals = {
            name: _interval(evaluation.metrics[name], draws[who][name], config.confidence)
            for name in metrics_for(card.task)
        }
        if who != "candidate":
            differences[who] = _differences(
                evaluations["candidate"].metrics, evaluation.metrics, draws, who, card.task, config
            )
    slice_differences: dict[str, dict[str, Interval]] = {}
    if "production" in outputs:
        pair = {k: rows.outputs[k] for k in ("candidate", "production")}
        paired = _Rows(card.task, y, pair, rows.classes, config.threshold)
        for i, (_, name, mask) in enumerate(_slice_masks(frame, slices), start=1):
            part = paired.subset(mask)
            slice_draws = _bootstrap(part, config, stream=i)
            ours, theirs = _point(part, "candidate"), _point(part, "production")
            slice_differences[name] = _differences(
                ours, theirs, slice_draws, "production", card.task, config
            )
    return evaluations, differences, slice_differences


def _differences(
    ours: Mapping[str, float],
    theirs: Mapping[str, float],
    draws: Mapping[str, Mapping[str, np.ndarray]],
    who: str,
    task: str,
    config: EvaluationConfig,
) -> dict[str, Interval]:
    return {
        name: _interval(
            ours[name] - theirs[name],
            draws["candidate"][name] - draws[who][name],
            config.confidence,
        )
        for name in metrics_for(task)
    }


def _roc(positive: np.ndarray, scores: np.ndarray) -> dict[str, list[float]]:
    from sklearn.metrics import roc_curve

    if positive.all() or not positive.any():
        return {}
    fpr, tpr, thresholds = roc_curve(positive, scores)
    # The first threshold is +inf by convention; JSON (and KFP) cannot carry it.
    thresholds = np.minimum(thresholds, 1.0)
    return {"fpr": fpr.tolist(), "tpr": tpr.tolist(), "thresholds": thresholds.tolist()}


def _residual_summary(residual: np.ndarray) -> dict[str, float]:
    """Label minus prediction: centre, spread and tails, for a regressor's report."""
    quantiles = np.quantile(residual, [0.05, 0.25, 0.5, 0.75, 0.95])
    summary = {
        "mean": float(residual.mean()),
        "std": float(residual.std()),
        "max_abs": float(np.abs(residual).max()),
    }
    summary.update(
        {
            f"p{int(q * 100):02d}": float(v)
            for q, v in zip((0.05, 0.25, 0.5, 0.75, 0.95), quantiles, strict=True)
        }
    )
    return summary


def _slice_masks(
    frame: pd.DataFrame, slices: Sequence[SliceConfig]
) -> Iterator[tuple[SliceConfig, str, np.ndarray]]:
    for spec in slices:
        values = frame[spec.column].to_numpy(dtype=float)
        edges = [-math.inf, *sorted(spec.edges), math.inf]
        for low, high in itertools.pairwise(edges):
            mask = (values >= low) & (values < high)
            if mask.any():
                yield spec, f"{spec.name}:{_bound(low)}..{_bound(high)}", mask


def _bound(value: float) -> str:
    return "" if math.isinf(value) else f"{value:g}"
