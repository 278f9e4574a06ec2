"""Score a candidate, the baseline and the production model on the same rows, with intervals.

Every model is scored on the same paired bootstrap resamples of the evaluation rows
(``EvaluationConfig``: 1,000 resamples by default, seeded), so the record holds each
metric's interval and the interval of candidate minus production and candidate minus
baseline, which the gate's uncertainty rules judge. Fails closed: evaluation rows
whose sha256 differs from the one the candidate recorded, a production model that
cannot be fetched or checked, or a registry that cannot be reached stop the task
instead of scoring anything.
"""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING

from mlgate import storage
from mlgate.errors import CheckFailed
from mlgate.models.evaluation import (
    CandidateEvaluation,
    EvaluationConfig,
    ProductionEvaluation,
    baseline_outputs,
    compare,
    model_outputs,
)
from mlgate.models.registry import Registry, failing_closed
from mlgate.models.training import BUNDLE_FILES, ModelBundle, ModelCard, read_bundle

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["evaluate_model", "read_eval_rows", "read_model_dir"]


def read_model_dir(model_dir: str) -> ModelBundle:
    """Reads the bundle a train_model task wrote (a local directory or URI prefix)."""
    files = {name: storage.read_bytes(storage.join(model_dir, name)) for name in BUNDLE_FILES}
    return read_bundle(files, model_dir)


def evaluate_model(
    model_dir: str,
    eval_uri: str,
    evaluation_uri: str | None = None,
    *,
    registry_uri: str | None = None,
    config: EvaluationConfig | None = None,
) -> CandidateEvaluation:
    """Scores the model in ``model_dir``, the baseline and production on ``eval_uri``.

    Args:
        model_dir: The bundle from train_model (or a team's own training component; see
            docs/model-artifact.md).
        eval_uri: Its evaluation rows (Parquet), checked against the sha256 in its card.
        evaluation_uri: Where the scores go as JSON, for gate_candidate.
        registry_uri: Where the production model is looked up; without it, none is scored.
        config: Resamples, seed and confidence of the paired bootstrap; the defaults
            without it.

    Raises:
        CheckFailed: the rows are not the ones the model recorded, the registry or the
            production model cannot be used, or production is not the same task with the
            same classes (fail closed).
    """
    config = config or EvaluationConfig()
    bundle = read_model_dir(model_dir)
    card, slices = bundle.card, bundle.config.slices
    frame = read_eval_rows(eval_uri, card)
    outputs = {
        "candidate": model_outputs(bundle.model, frame, card),
        "baseline": baseline_outputs(len(frame), card),
    }
    production = _production_outputs(registry_uri, card, frame) if registry_uri else None
    if production is not None:
        outputs["production"] = production[2]
    scores, differences, slice_differences = compare(frame, card, outputs, config, slices)
    result = CandidateEvaluation(
        model_sha256=card.model_sha256,
        eval_sha256=card.eval_sha256,
        task=card.task,
        config=config,
        candidate=scores["candidate"],
        baseline=scores["baseline"],
        production=ProductionEvaluation(
            version=production[0], model_sha256=production[1], scores=scores["production"]
        )
        if production is not None
        else None,
        differences=differences,
        slice_differences=slice_differences,
    )
    if evaluation_uri:
        storage.write_bytes(evaluation_uri, result.model_dump_json(indent=2).encode("utf-8"))
    return result


def read_eval_rows(eval_uri: str, card: ModelCard) -> pd.DataFrame:
    """The evaluation rows at ``eval_uri`` (Parquet), if they are the ones ``card`` recorded.

    Raises:
        CheckFailed: their sha256 is not ``card.eval_sha256`` (fail closed).
    """
    import pandas as pd

    data = storage.read_bytes(eval_uri)
    if hashlib.sha256(data).hexdigest() != card.eval_sha256:
        raise CheckFailed(
            f"{eval_uri}: evaluation rows differ from those the candidate recorded "
            f"(sha256 {card.eval_sha256[:12]}...); refusing to compare (fail closed)"
        )
    return pd.read_parquet(io.BytesIO(data))


def _production_outputs(
    registry_uri: str, card: ModelCard, frame: pd.DataFrame
) -> tuple[str, str, np.ndarray] | None:
    """Production's version, model sha256 and outputs on ``frame``; None without one."""
    name = card.model_name
    with failing_closed(registry_uri, "production model"):
        registry = Registry(registry_uri)
        version = registry.production(name)
        if version is None:
            return None
        files = {f: registry.read_file(name, version, f) for f in BUNDLE_FILES}
        production = read_bundle(files, f"{name}@{version}")
        model = production.model  # loaded here, so that a corrupt file fails closed
    theirs = production.card
    if (theirs.task, theirs.classes) != (card.task, card.classes):
        raise CheckFailed(
            f"production {name}@{version} is a {theirs.task} model of classes {theirs.classes}, "
            f"the candidate a {card.task} model of classes {card.classes}; they cannot be "
            "compared on the same rows (fail closed)"
        )
    return version, theirs.model_sha256, model_outputs(model, frame, theirs)
