"""The evaluation gate: criteria as code, every verdict recorded, and closed on doubt.

A candidate is promoted only if every criterion passes:

- each absolute floor in ``floors`` (e.g. ``roc_auc >= 0.95``);
- ``metric`` beats the majority-class baseline by ``min_margin_over_baseline``;
- ``metric`` beats the production model by ``min_margin_over_production``
  (both scored on the same evaluation rows). With no production model yet, the
  first-run rule applies: this criterion is recorded as not applicable and the
  floors and the baseline margin decide alone;
- on no slice does ``slice_metric`` fall more than ``max_slice_regression``
  below production's.

A metric that is missing, NaN, infinite, not a number, or outside its range
(``accuracy``, ``roc_auc`` and ``f1`` lie in [0, 1]) fails its criterion, and
the report names it: a scores file that says ``roc_auc: 7.5`` is broken, and a
broken file must not promote anything. An override is possible only through an
explicit ``Override`` with a reason, and is written into the report and the
lineage.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import InputError, describe_validation_error, quote
from mlgate.evaluation import Evaluation

__all__ = [
    "Criterion",
    "GateDecision",
    "GateSpec",
    "Override",
    "decide",
    "metric_problem",
    "parse_gate_spec",
    "parse_override",
]

Metric = Literal["accuracy", "roc_auc", "f1"]
# The values each metric can take; a value outside them is a broken record, not a score.
RANGES: dict[str, tuple[float, float]] = {
    "accuracy": (0.0, 1.0),
    "roc_auc": (0.0, 1.0),
    "f1": (0.0, 1.0),
    "log_loss": (0.0, math.inf),
}


def metric_problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be a score for metric ``name``, or None if it can.

    NaN is not a problem here: it is how an undefined metric (ROC AUC on one class) is
    recorded, and the criteria treat it as missing. Anything else that is not a finite
    number inside the metric's range is.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{name} is {type(value).__name__}, not a number"
    if math.isnan(value):
        return None
    low, high = RANGES.get(name, (-math.inf, math.inf))
    if math.isinf(value):
        return f"{name} is infinite"
    if not low <= value <= high:
        return f"{name} = {value:.4g} is outside [{low:g}, {high:g}]"
    return None


class GateSpec(BaseModel):
    """Evaluation criteria for promoting a candidate (higher is better for every metric)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    metric: Metric = "roc_auc"
    floors: dict[Metric, Annotated[float, Field(ge=0, le=1)]] = Field(default_factory=dict)
    min_margin_over_baseline: float = 0.05
    min_margin_over_production: float = 0.0
    slice_metric: Metric = "accuracy"
    max_slice_regression: Annotated[float, Field(ge=0)] = 0.05


class Override(BaseModel):
    """A human decision that replaces the gate's, with the reason on record."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    decision: Literal["promote", "reject"]
    reason: Annotated[str, Field(min_length=10)]


def parse_gate_spec(text: str) -> GateSpec:
    """A GateSpec from its JSON.

    Raises:
        InputError: not JSON, or a field is unknown, mistyped or out of range; names each.
    """
    try:
        return GateSpec.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(f"gate_spec: {describe_validation_error(exc)}") from None


def parse_override(decision: str, reason: str) -> Override | None:
    """The override the two pipeline parameters ask for; None when both are empty.

    Raises:
        InputError: a decision without a reason (or the reverse), or an unknown decision.
    """
    if not decision and not reason:
        return None
    if not decision or not reason.strip():
        raise InputError(
            "override_decision and override_reason go together: give both (the reason is "
            "recorded in the report and the lineage) or neither"
        )
    if decision not in ("promote", "reject"):
        raise InputError(f"override_decision {quote(decision)}: expected 'promote' or 'reject'")
    if len(reason.strip()) < 10:
        raise InputError(
            "override_reason: at least 10 characters, saying why the gate is overruled"
        )
    return Override(decision=decision, reason=reason.strip())  # type: ignore[arg-type]


@dataclass(frozen=True)
class Criterion:
    name: str
    value: float | None
    requirement: str
    passed: bool
    note: str = ""


@dataclass
class GateDecision:
    decision: Literal["promote", "reject"]
    criteria: list[Criterion]
    production_version: str | None
    override: Override | None = None
    reasons: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)  # the candidate's

    def report(self) -> str:
        """The decision as Markdown: every criterion, its value and its verdict."""
        lines = [f"# Gate decision: **{self.decision}**", ""]
        prod = self.production_version or "none (first-run rule: baseline and floors only)"
        lines += [f"Production model: {prod}", ""]
        lines += [
            "| criterion | value | requirement | verdict | note |",
            "| --- | --- | --- | --- | --- |",
        ]
        for c in self.criteria:
            value = _fmt(c.value) if c.requirement != "n/a" else "n/a"
            verdict = "pass" if c.passed else "**FAIL**"
            lines.append(f"| {c.name} | {value} | {c.requirement} | {verdict} | {c.note} |")
        if self.override:
            lines += ["", f"**Overridden to {self.override.decision}**: {self.override.reason}"]
        return "\n".join(lines) + "\n"


def _value(evaluation: Evaluation | None, metric: str) -> float | None:
    if evaluation is None:
        return None
    return _usable(metric, evaluation.metrics.get(metric))


def _usable(metric: str, value: object) -> float | None:
    """``value`` as a score, or None when it is missing, NaN or broken (fails closed)."""
    if value is None or metric_problem(metric, value) is not None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if math.isnan(number) else number


def _broken(label: str, evaluation: Evaluation) -> list[Criterion]:
    """A failing criterion for every broken value among ``evaluation``'s scores."""
    found = []
    values = [(name, value, "") for name, value in evaluation.metrics.items()]
    values += [
        (name, value, f" on slice {slice_name}")
        for slice_name, metrics in evaluation.slices.items()
        for name, value in metrics.items()
    ]
    for name, value, where in sorted(values, key=lambda item: (item[2], item[0])):
        problem = metric_problem(name, value)
        if problem:
            found.append(
                Criterion(
                    f"{label} {name}{where} is a valid score",
                    None,
                    "a finite number in range",
                    False,
                    problem + "; the scores are broken, so the gate rejects (fail closed)",
                )
            )
    return found


def decide(
    spec: GateSpec,
    candidate: Evaluation,
    baseline: Evaluation,
    production: Evaluation | None = None,
    production_version: str | None = None,
    override: Override | None = None,
) -> GateDecision:
    """Applies ``spec`` to the candidate's scores; see the module docstring for the rules."""
    criteria: list[Criterion] = []
    for label, scores in (
        ("candidate", candidate),
        ("baseline", baseline),
        ("production", production),
    ):
        if scores is not None:
            criteria += _broken(label, scores)

    def margin(name: str, other: Evaluation, need: float) -> None:
        ours, theirs = _value(candidate, spec.metric), _value(other, spec.metric)
        gap = None if ours is None or theirs is None else ours - theirs
        criteria.append(
            Criterion(
                name,
                gap,
                f"{spec.metric} margin >= {need:+.4f}",
                gap is not None and gap >= need,
                f"candidate {_fmt(ours)} vs {_fmt(theirs)}",
            )
        )

    for metric, floor in sorted(spec.floors.items()):
        value = _value(candidate, metric)
        criteria.append(
            Criterion(f"floor {metric}", value, f">= {floor}", value is not None and value >= floor)
        )
    margin("over baseline (majority class)", baseline, spec.min_margin_over_baseline)
    if production is None:
        criteria.append(
            Criterion("over production", None, "n/a", True, "no production model: first-run rule")
        )
    else:
        margin(f"over production {production_version}", production, spec.min_margin_over_production)
        for name in sorted(production.slices):
            theirs = _usable(spec.slice_metric, production.slices[name].get(spec.slice_metric))
            ours = _usable(spec.slice_metric, candidate.slices.get(name, {}).get(spec.slice_metric))
            drop = None if ours is None or theirs is None else theirs - ours
            ok = drop is not None and not math.isnan(drop) and drop <= spec.max_slice_regression
            criteria.append(
                Criterion(
                    f"slice {name}",
                    drop,
                    f"{spec.slice_metric} drop <= {spec.max_slice_regression}",
                    ok,
                    f"candidate {_fmt(ours)} vs {_fmt(theirs)}",
                )
            )
    failed = [c for c in criteria if not c.passed]
    decision: Literal["promote", "reject"] = "reject" if failed else "promote"
    reasons = [
        f"failed: {c.name} (needs {c.requirement}, got {_fmt(c.value)}"
        + (f"; {c.note})" if c.note else ")")
        for c in failed
    ] or ["all criteria passed"]
    if override is not None:
        decision = override.decision
        reasons.append(f"overridden to {override.decision}: {override.reason}")
    metrics = {k: v for k, v in candidate.metrics.items() if _usable(k, v) is not None}
    return GateDecision(decision, criteria, production_version, override, reasons, metrics)


def _fmt(value: float | None) -> str:
    return "missing" if value is None or math.isnan(value) else f"{value:.4f}"
