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

A metric that is missing or NaN fails its criterion. An override is possible
only through an explicit ``Override`` with a reason, and is written into the
report and the lineage.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mlgate.evaluation import Evaluation

__all__ = ["Criterion", "GateDecision", "GateSpec", "Override", "decide"]

Metric = Literal["accuracy", "roc_auc", "f1"]


class GateSpec(BaseModel):
    """Evaluation criteria for promoting a candidate (higher is better for every metric)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

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
    value = evaluation.metrics.get(metric)
    return None if value is None or math.isnan(value) else float(value)


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
            theirs = production.slices[name].get(spec.slice_metric)
            ours = candidate.slices.get(name, {}).get(spec.slice_metric)
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
    metrics = {k: v for k, v in candidate.metrics.items() if not math.isnan(v)}
    return GateDecision(decision, criteria, production_version, override, reasons, metrics)


def _fmt(value: float | None) -> str:
    return "missing" if value is None or math.isnan(value) else f"{value:.4f}"
