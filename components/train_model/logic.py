"""Train a model from a validated table and a training config."""

from __future__ import annotations

import hashlib

from components.load_dataset.logic import read_table
from mlgate import storage
from mlgate.training import ModelCard, bundle_files, parse_config, train

__all__ = ["train_model"]


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
    for name, content in bundle_files(trained, parsed).items():
        storage.write_bytes(storage.join(model_dir, name), content)
    storage.write_bytes(eval_uri, trained.eval_file)
    return trained.card
