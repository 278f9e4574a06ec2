"""Decide whether a candidate model may be pushed, from the scores evaluate_model recorded.

The gate judges; it does not score. evaluate_model scored the candidate, the
baseline and the production model on the same rows. Fails closed: scores
recorded for another model or other rows, a production model that is no longer
the one scored, or a registry that cannot be reached stop the task instead of
deciding anything.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from mlgate import storage
from mlgate.components.evaluate_model.logic import read_model_dir
from mlgate.errors import CheckFailed, InputError, describe_validation_error
from mlgate.models.evaluation import CandidateEvaluation, ProductionEvaluation
from mlgate.models.gate import (
    GateDecision,
    Override,
    decide_record,
    metric_problem,
    parse_gate_spec,
)
from mlgate.models.registry import Registry, failing_closed
from mlgate.models.training import MODEL_FILE, ModelCard

__all__ = ["gate_candidate"]


def gate_candidate(
    model_dir: str,
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
        evaluation_uri: The scores from evaluate_model (candidate, baseline, production).
        gate_spec: A ``GateSpec`` as JSON.
        registry_uri: The registry whose production model must be the one scored.
        override: An explicit human decision with its reason, recorded in the report.
        report_uri: Where the Markdown report goes.

    Raises:
        InputError: the gate spec is malformed, or the scores file is not a
            CandidateEvaluation.
        CheckFailed: the scores are not the candidate's or hold values that are not
            numbers, production has changed since it was scored, or the registry cannot
            be used (fail closed).
    """
    spec = parse_gate_spec(gate_spec)
    card = read_model_dir(model_dir).card
    scores = _read_scores(evaluation_uri, card)
    _check_production_is(scores.production, registry_uri, card.model_name, evaluation_uri)
    decision = decide_record(spec, scores, override)
    if report_uri:
        storage.write_bytes(report_uri, decision.report().encode("utf-8"))
    return decision


def _read_scores(evaluation_uri: str, card: ModelCard) -> CandidateEvaluation:
    data = storage.read_bytes(evaluation_uri)
    _refuse_non_numbers(evaluation_uri, data)
    try:
        scores = CandidateEvaluation.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(
            f"{evaluation_uri}: not an evaluation from evaluate_model "
            f"({describe_validation_error(exc)})"
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


def _refuse_non_numbers(evaluation_uri: str, data: bytes) -> None:
    """Fails closed on a score that is not a JSON number.

    pydantic would read ``"0.99"`` as 0.99; a scores file that holds strings was not
    written by evaluate_model, and the gate must not guess what it meant.
    """
    try:
        raw = json.loads(data)
    except ValueError:
        return  # not JSON at all: model validation reports it as a bad file
    if not isinstance(raw, dict):
        return
    problems = []
    production = raw.get("production")
    for label, scores in (
        ("candidate", raw.get("candidate")),
        ("baseline", raw.get("baseline")),
        ("production", production.get("scores") if isinstance(production, dict) else None),
    ):
        for name, value in _score_values(scores):
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(f"{label} {metric_problem(name, value)}")
    # The paired intervals the uncertainty rules read: candidate minus each other model.
    for group in ("differences", "slice_differences"):
        for where, metrics in _items(raw.get(group)):
            for name, interval in _items(metrics):
                for bound, value in _items(interval):
                    if isinstance(value, bool) or not isinstance(value, int | float):
                        problems.append(
                            f"{group} {where} {metric_problem(f'{name}.{bound}', value)}"
                        )
    if problems:
        raise CheckFailed(
            f"{evaluation_uri}: scores that are not numbers ({'; '.join(problems[:5])}); "
            "the gate rejects them (fail closed): rerun evaluate_model"
        )


def _items(value: Any) -> list[tuple[str, Any]]:
    return [(str(k), v) for k, v in value.items()] if isinstance(value, dict) else []


def _score_values(scores: Any) -> list[tuple[str, Any]]:
    if not isinstance(scores, dict):
        return []
    values = (
        list((scores.get("metrics") or {}).items())
        if isinstance(scores.get("metrics"), dict)
        else []
    )
    for name, interval in _items(scores.get("intervals")):
        values += [(f"{name}.{bound}", value) for bound, value in _items(interval)]
    slices = scores.get("slices")
    if isinstance(slices, dict):
        for metrics in slices.values():
            if isinstance(metrics, dict):
                values += list(metrics.items())
    return [(str(name), value) for name, value in values]


def _check_production_is(
    scored: ProductionEvaluation | None, registry_uri: str, name: str, evaluation_uri: str
) -> None:
    """Fails closed unless the registry's production model is the one that was scored."""
    with failing_closed(registry_uri, f"registry {registry_uri}"):
        registry = Registry(registry_uri)
        version = registry.production(name)
        entry = registry.manifest(name, version).files.get(MODEL_FILE) if version else None
    then = (scored.version, scored.model_sha256) if scored else (None, None)
    sha256 = entry.sha256 if entry else None
    if then != (version, sha256):
        raise CheckFailed(
            f"{evaluation_uri}: scored production {_describe(*then)}, but {registry_uri} has "
            f"{_describe(version, sha256)}; run evaluate_model against this registry again "
            "(fail closed)"
        )


def _describe(version: str | None, sha256: str | None) -> str:
    return f"{version} (model sha256 {sha256[:12]}...)" if version and sha256 else "none"
