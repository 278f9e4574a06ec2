"""Train a model from a validated table and a training config."""

from __future__ import annotations

import hashlib

from mlgate import storage
from mlgate.data.tables import read_table
from mlgate.models.training import (
    ModelCard,
    TrainedModel,
    TrainingConfig,
    bundle_files,
    parse_config,
    train,
)

__all__ = ["train_model", "write_bundle"]


def train_model(dataset_uri: str, config: str, model_dir: str, eval_uri: str) -> ModelCard:
    """Trains on ``dataset_uri`` as ``config`` says; writes the bundle and the evaluation rows.

    Args:
        dataset_uri: The training table (Parquet).
        config: The training config as JSON or YAML text.
        model_dir: Directory for the bundle (model.skops, config.json, card.json).
        eval_uri: Where the held-out evaluation rows go (Parquet).

    Raises:
        InputError: an invalid config, a missing label or feature, a single-class split.
    """
    parsed = parse_config(config)
    data = storage.read_bytes(dataset_uri)
    fmt = "csv" if dataset_uri.lower().endswith(".csv") else "parquet"
    trained = train(read_table(dataset_uri, fmt), parsed, hashlib.sha256(data).hexdigest())
    write_bundle(trained, parsed, model_dir, eval_uri)
    return trained.card


def write_bundle(
    trained: TrainedModel, config: TrainingConfig, model_dir: str, eval_uri: str
) -> None:
    """Writes a bundle (model.skops, config.json, card.json) and its evaluation rows.

    What a Model and a Dataset artifact must hold for evaluate_model, gate_candidate and
    push_to_registry; a team's own training component writes them with this too.
    """
    for name, content in bundle_files(trained, config).items():
        storage.write_bytes(storage.join(model_dir, name), content)
    storage.write_bytes(eval_uri, trained.eval_file)
