"""Score a candidate, the majority-class baseline and the production model on the same rows.

Fails closed: evaluation rows whose sha256 differs from the one the candidate
recorded, a production model that cannot be fetched or checked, or a registry
that cannot be reached stop the task instead of scoring anything.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mlgate import storage
from mlgate.errors import CheckFailed
from mlgate.evaluation import CandidateEvaluation, ProductionEvaluation, evaluate_baseline
from mlgate.evaluation import evaluate_model as score
from mlgate.registry import Registry, failing_closed
from mlgate.training import BUNDLE_FILES, ModelBundle, ModelCard, SliceConfig, read_bundle

if TYPE_CHECKING:
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
) -> CandidateEvaluation:
    """Scores the model in ``model_dir``, the baseline and production on ``eval_uri``.

    Args:
        model_dir: The bundle from train_model.
        eval_uri: Its evaluation rows (Parquet), checked against the sha256 in its card.
        evaluation_uri: Where the scores go as JSON, for gate_candidate.
        registry_uri: Where the production model is looked up; without it, none is scored.

    Raises:
        CheckFailed: the rows are not the ones the model recorded, or the registry or the
            production model cannot be used (fail closed).
    """
    bundle = read_model_dir(model_dir)
    card, slices = bundle.card, bundle.config.slices
    frame = read_eval_rows(eval_uri, card)
    result = CandidateEvaluation(
        model_sha256=card.model_sha256,
        eval_sha256=card.eval_sha256,
        candidate=score(bundle.model, frame, card, slices),
        baseline=evaluate_baseline(frame, card, slices),
        production=_score_production(registry_uri, card.model_name, frame, slices)
        if registry_uri
        else None,
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


def _score_production(
    registry_uri: str, name: str, frame: pd.DataFrame, slices: Sequence[SliceConfig]
) -> ProductionEvaluation | None:
    with failing_closed(registry_uri, "production model"):
        registry = Registry(registry_uri)
        version = registry.production(name)
        if version is None:
            return None
        files = {f: registry.read_file(name, version, f) for f in BUNDLE_FILES}
        production = read_bundle(files, f"{name}@{version}")
        model = production.model  # loaded here, so that a corrupt file fails closed
    return ProductionEvaluation(
        version=version,
        model_sha256=production.card.model_sha256,
        scores=score(model, frame, production.card, slices),
    )
