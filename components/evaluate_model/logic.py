"""Score a model bundle and the majority-class baseline on the bundle's evaluation rows."""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING

from mlgate import storage
from mlgate.errors import CheckFailed
from mlgate.evaluation import CandidateEvaluation, evaluate_baseline
from mlgate.evaluation import evaluate_model as score
from mlgate.training import CARD_FILE, CONFIG_FILE, MODEL_FILE, ModelBundle, ModelCard, read_bundle

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["evaluate_model", "read_eval_rows", "read_model_dir"]


def read_model_dir(model_dir: str) -> ModelBundle:
    """Reads the bundle a train_model task wrote (a local directory or URI prefix)."""
    files = {
        name: storage.read_bytes(storage.join(model_dir, name))
        for name in (MODEL_FILE, CONFIG_FILE, CARD_FILE)
    }
    return read_bundle(files, model_dir)


def read_eval_rows(eval_uri: str, card: ModelCard) -> pd.DataFrame:
    """Reads the Parquet rows at ``eval_uri``, which must be the ones ``card`` recorded.

    Raises:
        CheckFailed: the rows' sha256 is not the card's (fail closed: scores on other rows
            cannot be compared).
    """
    import pandas as pd

    data = storage.read_bytes(eval_uri)
    if hashlib.sha256(data).hexdigest() != card.eval_sha256:
        raise CheckFailed(
            f"{eval_uri}: evaluation rows differ from those the candidate recorded "
            f"(sha256 {card.eval_sha256[:12]}...); refusing to compare (fail closed)"
        )
    return pd.read_parquet(io.BytesIO(data))


def evaluate_model(
    model_dir: str, eval_uri: str, evaluation_uri: str | None = None
) -> CandidateEvaluation:
    """Scores the model in ``model_dir`` and the baseline on ``eval_uri``, with slices.

    Args:
        model_dir: The bundle from train_model.
        eval_uri: Its evaluation rows (Parquet), checked against the sha256 in its card.
        evaluation_uri: Where the scores go as JSON, for gate_candidate.

    Raises:
        CheckFailed: the rows are not the ones the model recorded.
    """
    bundle = read_model_dir(model_dir)
    card, slices = bundle.card, bundle.config.slices
    frame = read_eval_rows(eval_uri, card)
    result = CandidateEvaluation(
        model_sha256=card.model_sha256,
        eval_sha256=card.eval_sha256,
        candidate=score(bundle.model, frame, card, slices),
        baseline=evaluate_baseline(frame, card, slices),
    )
    if evaluation_uri:
        storage.write_bytes(evaluation_uri, result.model_dump_json(indent=2).encode("utf-8"))
    return result
