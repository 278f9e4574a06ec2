"""Decide whether a candidate model may be pushed, scoring everything on the same rows.

Fails closed: evaluation rows whose sha256 differs from the one the candidate
recorded, a production model that cannot be fetched or checked, or a registry
that cannot be reached stop the task instead of deciding anything.
"""

from __future__ import annotations

import hashlib

from components.evaluate_model.logic import read_model_dir
from components.load_dataset.logic import read_table
from mlgate import storage
from mlgate.errors import CheckFailed, MlgateError
from mlgate.evaluation import evaluate_baseline, evaluate_model
from mlgate.gate import GateDecision, GateSpec, Override, decide
from mlgate.registry import Registry
from mlgate.training import CARD_FILE, CONFIG_FILE, MODEL_FILE, read_bundle

__all__ = ["gate_candidate"]


def gate_candidate(
    model_dir: str,
    eval_uri: str,
    gate_spec: str,
    registry_uri: str,
    *,
    override: Override | None = None,
    report_uri: str | None = None,
) -> GateDecision:
    """Scores candidate, baseline and production on ``eval_uri`` and applies ``gate_spec``.

    Args:
        model_dir: The candidate bundle.
        eval_uri: The candidate's evaluation rows (Parquet).
        gate_spec: A ``GateSpec`` as JSON.
        registry_uri: Where the production model is looked up.
        override: An explicit human decision with its reason, recorded in the report.
        report_uri: Where the Markdown report goes.

    Raises:
        CheckFailed: the evaluation rows are not the recorded ones, or the registry or the
            production model cannot be used (fail closed).
    """
    spec = GateSpec.model_validate_json(gate_spec)
    candidate = read_model_dir(model_dir)
    data = storage.read_bytes(eval_uri)
    if hashlib.sha256(data).hexdigest() != candidate.card.eval_sha256:
        raise CheckFailed(
            f"{eval_uri}: evaluation rows differ from those the candidate recorded "
            f"(sha256 {candidate.card.eval_sha256[:12]}...); refusing to compare (fail closed)"
        )
    frame = read_table(eval_uri, "parquet")
    slices = candidate.config.slices
    scores = evaluate_model(candidate.model, frame, candidate.card, slices)
    baseline = evaluate_baseline(frame, candidate.card, slices)
    name = candidate.card.model_name
    try:
        registry = Registry(registry_uri)
        version = registry.production(name)
        production = None
        if version is not None:
            files = {
                f: registry.read_file(name, version, f)
                for f in (MODEL_FILE, CONFIG_FILE, CARD_FILE)
            }
            prod = read_bundle(files, f"{name}@{version}")
            production = evaluate_model(prod.model, frame, prod.card, slices)
    except MlgateError as exc:
        raise CheckFailed(f"production model unusable, failing closed: {exc}") from None
    except Exception as exc:  # an unreachable registry must stop the gate, whatever the cause
        raise CheckFailed(
            f"registry {registry_uri} unreachable ({type(exc).__name__}), failing closed"
        ) from None
    decision = decide(spec, scores, baseline, production, version, override)
    if report_uri:
        storage.write_bytes(report_uri, decision.report().encode("utf-8"))
    return decision
