"""Publish a model bundle to the registry with the lineage that makes it auditable, and the
profile of its training data that later drift checks compare serving batches with."""

from __future__ import annotations

from typing import Any

from mlgate.components.evaluate_model.logic import read_eval_rows, read_model_dir
from mlgate.data.profile import PROFILE_FILE
from mlgate.errors import CheckFailed, quote
from mlgate.models.registry import Manifest, Registry

__all__ = ["push_to_registry"]


def push_to_registry(
    model_dir: str,
    registry_uri: str,
    decision: str,
    lineage: dict[str, Any],
    *,
    dataset_uri: str | None = None,
    eval_uri: str | None = None,
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
        eval_uri: The bundle's evaluation rows (Parquet, checked against the sha256 in its
            card); with ``dataset_uri``, the profile also keeps the model's score
            distribution on them, for detect_drift's prediction drift.
        version: Semver to publish; by default the next minor version.

    Raises:
        CheckFailed: the gate did not promote.
        CheckFailed: the evaluation rows are not the ones the model recorded.
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
        "task": card.task,
        "estimator": card.estimator,
        # What `mlgate reproduce` may expect: claimed only where it is tested or holds.
        "reproducible": card.reproducible,
        "reproducibility": card.reproducibility,
        "gate_decision": decision,
    }
    files = dict(bundle.files)
    if dataset_uri is not None:
        from mlgate.data.profile import compute_profile
        from mlgate.data.tables import read_table
        from mlgate.models.evaluation import model_scores

        # Scored here, by the same function as evaluate_model's scores, rather than passed
        # along from it: the bundle and its recorded rows are all a score needs.
        scores = (
            model_scores(bundle.model, read_eval_rows(eval_uri, card), card)
            if eval_uri is not None
            else None
        )
        profile = compute_profile(
            read_table(dataset_uri, "parquet"), label=card.label, scores=scores
        )
        files[PROFILE_FILE] = profile.model_dump_json().encode("utf-8")
    return Registry(registry_uri).push(card.model_name, files, record, version=version)
