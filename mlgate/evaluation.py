"""Scoring a classifier (or the majority-class baseline) on an evaluation table."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from mlgate.training import ModelCard, SliceConfig

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "METRICS",
    "CandidateEvaluation",
    "Evaluation",
    "ProductionEvaluation",
    "class_probabilities",
    "evaluate_baseline",
    "evaluate_model",
    "model_scores",
]

METRICS = ("accuracy", "roc_auc", "f1", "log_loss")


class Evaluation(BaseModel):
    """Scores on one table: overall metrics, the confusion matrix, the ROC curve, slices."""

    # An undefined metric (ROC AUC on a one-class slice) must stay NaN through JSON: the
    # gate fails a NaN criterion, and must not see a missing value turn into a number.
    model_config = ConfigDict(extra="forbid", ser_json_inf_nan="constants")

    metrics: dict[str, float]
    categories: list[str]
    confusion: list[list[int]]
    roc: dict[str, list[float]] = Field(default_factory=dict)  # fpr, tpr, thresholds
    slices: dict[str, dict[str, float]] = Field(default_factory=dict)


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
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model_sha256: str
    eval_sha256: str
    candidate: Evaluation
    baseline: Evaluation
    production: ProductionEvaluation | None = None  # None: no production model (first run)


def evaluate_model(
    model: Any, frame: pd.DataFrame, card: ModelCard, slices: Sequence[SliceConfig] = ()
) -> Evaluation:
    """Scores ``model`` on ``frame`` (which holds ``card.features`` and ``card.label``)."""
    return _evaluate(class_probabilities(model, frame, card), frame, card, slices)


def class_probabilities(model: Any, frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    """``model``'s probability of each of ``card.classes`` (in that order) per row of ``frame``."""
    return np.asarray(model.predict_proba(frame[card.features]), dtype="float64")


def model_scores(model: Any, frame: pd.DataFrame, card: ModelCard) -> np.ndarray:
    """One score per row: what a profile records as the model's score distribution.

    For a binary classifier it is the probability of the positive class
    (``card.classes[1]``, the one the ROC curve and F1 are computed for); with more classes,
    the probability of the predicted class, since no one class is "positive".
    """
    proba = class_probabilities(model, frame, card)
    return proba[:, 1] if len(card.classes) == 2 else proba.max(axis=1)


def evaluate_baseline(
    frame: pd.DataFrame, card: ModelCard, slices: Sequence[SliceConfig] = ()
) -> Evaluation:
    """Scores the baseline that always predicts the training split's majority class."""
    proba = np.zeros((len(frame), len(card.classes)))
    proba[:, card.classes.index(card.majority_class)] = 1.0
    return _evaluate(proba, frame, card, slices)


def _evaluate(
    proba: np.ndarray, frame: pd.DataFrame, card: ModelCard, slices: Sequence[SliceConfig]
) -> Evaluation:
    from sklearn.metrics import confusion_matrix, roc_curve

    y = frame[card.label].to_numpy()
    evaluation = Evaluation(
        metrics=_scores(y, proba, card.classes),
        categories=[str(c) for c in card.classes],
        confusion=confusion_matrix(y, _predict(proba, card.classes), labels=card.classes).tolist(),
    )
    if len(card.classes) == 2:
        fpr, tpr, thresholds = roc_curve(y, proba[:, 1], pos_label=card.classes[1])
        # The first threshold is +inf by convention; JSON (and KFP) cannot carry it.
        thresholds = np.minimum(thresholds, 1.0)
        evaluation.roc = {
            "fpr": fpr.tolist(),
            "tpr": tpr.tolist(),
            "thresholds": thresholds.tolist(),
        }
    for spec in slices:
        evaluation.slices.update(_slice_scores(spec, frame, y, proba, card.classes))
    return evaluation


def _predict(proba: np.ndarray, classes: list[Any]) -> np.ndarray:
    return np.asarray(classes)[proba.argmax(axis=1)]


def _scores(y: np.ndarray, proba: np.ndarray, classes: list[Any]) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score, log_loss, roc_auc_score

    predicted = _predict(proba, classes)
    scores = {
        "accuracy": float(accuracy_score(y, predicted)),
        "f1": float(
            f1_score(
                y,
                predicted,
                average="binary" if len(classes) == 2 else "macro",
                pos_label=classes[-1],
                zero_division=0,
            )
        ),
        "log_loss": float(log_loss(y, np.clip(proba, 1e-15, 1), labels=classes)),
        "rows": float(len(y)),
    }
    if len(np.unique(y)) < 2:
        scores["roc_auc"] = math.nan  # undefined on one class; the gate treats NaN as a failure
    elif len(classes) == 2:
        scores["roc_auc"] = float(roc_auc_score(y, proba[:, 1]))
    else:
        scores["roc_auc"] = float(roc_auc_score(y, proba, multi_class="ovr", labels=classes))
    return scores


def _slice_scores(
    spec: SliceConfig, frame: pd.DataFrame, y: np.ndarray, proba: np.ndarray, classes: list[Any]
) -> dict[str, dict[str, float]]:
    values = frame[spec.column].to_numpy(dtype=float)
    edges = [-math.inf, *sorted(spec.edges), math.inf]
    out = {}
    for low, high in itertools.pairwise(edges):
        mask = (values >= low) & (values < high)
        if not mask.any():
            continue
        name = f"{spec.name}:{_bound(low)}..{_bound(high)}"
        out[name] = _scores(y[mask], proba[mask], classes)
    return out


def _bound(value: float) -> str:
    return "" if math.isinf(value) else f"{value:g}"
