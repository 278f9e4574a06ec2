"""Decide whether a candidate model may be pushed, on scores from the same rows.

The candidate's and the baseline's scores come from evaluate_model; the production
model is fetched from the registry and re-scored here on the same rows. Fails
closed: scores recorded for another model or other rows, evaluation rows whose
sha256 differs from the one the candidate recorded, a production model that cannot
be fetched or checked, or a registry that cannot be reached stop the task instead
of deciding anything.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from components.evaluate_model.logic import read_eval_rows, read_model_dir
from mlgate import storage
from mlgate.errors import CheckFailed, InputError, MlgateError
from mlgate.evaluation import CandidateEvaluation, evaluate_model
from mlgate.gate import GateDecision, GateSpec, Override, decide
from mlgate.registry import Registry
from mlgate.training import (
    CARD_FILE,
    CONFIG_FILE,
    MODEL_FILE,
    ModelCard,
    read_bundle,
)

__all__ = ["gate_candidate"]


def gate_candidate(
    model_dir: str,
    eval_uri: str,
    evaluation_uri: str,
    gate_spec: str,
    registry_uri: str,
    *,
    override: Override | None = None,
    report_uri: str | None = None,
) -> GateDecision:
    """Applies ``gate_spec`` to the candidate's scores, against baseline and production.

    Args:
        model_dir: The candidate bundle.
        eval_uri: The candidate's evaluation rows (Parquet); production is scored on them.
        evaluation_uri: The candidate's and the baseline's scores, from evaluate_model.
        gate_spec: A ``GateSpec`` as JSON.
        registry_uri: Where the production model is looked up.
        override: An explicit human decision with its reason, recorded in the report.
        report_uri: Where the Markdown report goes.

    Raises:
        InputError: the scores file is not a CandidateEvaluation.
        CheckFailed: the scores or the evaluation rows are not the candidate's, or the
            registry or the production model cannot be used (fail closed).
    """
    spec = GateSpec.model_validate_json(gate_spec)
    candidate = read_model_dir(model_dir)
    scores = _read_scores(evaluation_uri, candidate.card)
    name = candidate.card.model_name
    try:
        registry = Registry(registry_uri)
        version = registry.production(name)
        production = _fetch_production(registry, name, version) if version else None
    except MlgateError as exc:
        raise CheckFailed(f"production model unusable, failing closed: {exc}") from None
    except Exception as exc:  # an unreachable registry must stop the gate, whatever the cause
        raise CheckFailed(
            f"registry {registry_uri} unreachable ({type(exc).__name__}), failing closed"
        ) from None
    production_scores = None
    if production is not None:
        card, model = production
        frame = read_eval_rows(eval_uri, candidate.card)
        production_scores = evaluate_model(model, frame, card, candidate.config.slices)
    decision = decide(spec, scores.candidate, scores.baseline, production_scores, version, override)
    if report_uri:
        storage.write_bytes(report_uri, decision.report().encode("utf-8"))
    return decision


def _read_scores(evaluation_uri: str, card: ModelCard) -> CandidateEvaluation:
    try:
        scores = CandidateEvaluation.model_validate_json(storage.read_bytes(evaluation_uri))
    except ValidationError as exc:
        raise InputError(
            f"{evaluation_uri}: not an evaluation from evaluate_model "
            f"({exc.error_count()} problem(s), first at "
            f"{'.'.join(map(str, exc.errors()[0]['loc'])) or 'the top level'})"
        ) from None
    for what, recorded, expected in (
        ("model", scores.model_sha256, card.model_sha256),
        ("evaluation rows", scores.eval_sha256, card.eval_sha256),
    ):
        if recorded != expected:
            raise CheckFailed(
                f"{evaluation_uri}: scores were recorded for another {what} "
                f"(sha256 {recorded[:12]}..., the candidate's is {expected[:12]}...); "
                "refusing to judge them (fail closed)"
            )
    return scores


def _fetch_production(registry: Registry, name: str, version: str) -> tuple[ModelCard, Any]:
    """The production model's card and the model, loaded (a corrupt file fails here)."""
    files = {f: registry.read_file(name, version, f) for f in (MODEL_FILE, CONFIG_FILE, CARD_FILE)}
    bundle = read_bundle(files, f"{name}@{version}")
    return bundle.card, bundle.model
