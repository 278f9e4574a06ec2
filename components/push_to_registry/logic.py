"""Publish a model bundle to the registry with the lineage that makes it auditable."""

from __future__ import annotations

from typing import Any

from components.evaluate_model.logic import read_model_dir
from mlgate.errors import CheckFailed, quote
from mlgate.registry import Manifest, Registry

__all__ = ["push_to_registry"]


def push_to_registry(
    model_dir: str,
    registry_uri: str,
    decision: str,
    lineage: dict[str, Any],
    *,
    version: str | None = None,
) -> Manifest:
    """Pushes the bundle in ``model_dir`` as ``<version>-staging``; only on a promote decision.

    Args:
        model_dir: The bundle from train_model.
        registry_uri: Local path or ``gs://bucket/prefix``.
        decision: The gate's decision; anything but "promote" refuses (fail closed).
        lineage: Data, contract, code, image and run facts to record in the manifest.
        version: Semver to publish; by default the next minor version.

    Raises:
        CheckFailed: the gate did not promote.
        InputError: the version exists or is not semver, or the bundle is corrupt.
    """
    if decision != "promote":
        raise CheckFailed(f"the gate decided {quote(decision)}; nothing is pushed")
    bundle = read_model_dir(model_dir)
    card = bundle.card
    record = {
        **lineage,
        "model_sha256": card.model_sha256,
        "config_sha256": card.config_sha256,
        "data_sha256": card.data_sha256,
        "eval_sha256": card.eval_sha256,
        "gate_decision": decision,
    }
    return Registry(registry_uri).push(card.model_name, bundle.files, record, version=version)
