"""Score a model bundle on evaluation rows: metrics, confusion matrix, ROC, slices."""

from __future__ import annotations

from components.load_dataset.logic import read_table
from mlgate import storage
from mlgate.evaluation import Evaluation
from mlgate.evaluation import evaluate_model as score
from mlgate.training import CARD_FILE, CONFIG_FILE, MODEL_FILE, ModelBundle, read_bundle

__all__ = ["evaluate_model", "read_model_dir"]


def read_model_dir(model_dir: str) -> ModelBundle:
    """Reads the bundle a train_model task wrote (a local directory or URI prefix)."""
    files = {
        name: storage.read_bytes(storage.join(model_dir, name))
        for name in (MODEL_FILE, CONFIG_FILE, CARD_FILE)
    }
    return read_bundle(files, model_dir)


def evaluate_model(model_dir: str, eval_uri: str) -> Evaluation:
    """Scores the model in ``model_dir`` on the Parquet rows at ``eval_uri``, with its slices."""
    bundle = read_model_dir(model_dir)
    frame = read_table(eval_uri, "parquet")
    return score(bundle.model, frame, bundle.card, bundle.config.slices)
