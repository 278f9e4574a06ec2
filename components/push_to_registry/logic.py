"""Publish a model bundle to the registry with the lineage that makes it auditable, and the
profile of its training data that later drift checks compare serving batches with."""

from __future__ import annotations

from typing import Any

from components.evaluate_model.logic import read_model_dir
from mlgate.errors import CheckFailed, quote
from mlgate.profile import PROFILE_FILE
from mlgate.registry import Manifest, Registry

__all__ = ["push_to_registry"]


def push_to_registry(
    model_dir: str,
    registry_uri: str,
    decision: str,
    lineage: dict[str, Any],
    *,
    dataset_uri: str | None = None,
    version: str | None = None,
) -> Manifest:
    """Pushes the bundle in ``model_dir`` as ``<version>-staging``; only on a promote decision.

    Args:
        model_dir: The bundle from train_model.
        registry_uri: Local path or ``gs://bucket/prefix``.
        decision: The gate's decision; anything but "promote" refuses (fail closed).
        lineage: Data, contract, code, image and run facts to record in the manifest.
        dataset_uri: The training table (Parquet); its profile is stored with the version
            as ``profile.json``, the reference ``detect_drift`` compares batches with.
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
    files = dict(bundle.files)
    if dataset_uri is not None:
        from components.load_dataset.logic import read_table
        from mlgate.profile import compute_profile

        profile = compute_profile(read_table(dataset_uri, "parquet"), label=card.label)
        files[PROFILE_FILE] = profile.model_dump_json().encode("utf-8")
    return Registry(registry_uri).push(card.model_name, files, record, version=version)
