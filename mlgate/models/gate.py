"""The gate: criteria as code, with its uncertainty, every verdict recorded, closed on doubt.

A candidate is promoted only if every criterion passes:

- each absolute floor in ``floors`` (``roc_auc >= 0.95``; for a lower-is-better metric
  such as ``rmse`` or ``log_loss`` the floor is a ceiling: ``rmse <= 50``);
- ``over_baseline``: the comparison with the baseline (majority class, or the training
  mean for a regressor);
- ``over_production``: the comparison with the production model, scored on the same
  rows. With no production model yet, the first-run rule applies: this criterion is
  recorded as not applicable and the floors and the baseline comparison decide alone;
- on no slice with at least ``min_slice_rows`` rows does ``slice_metric`` regress by
  more than ``max_slice_regression`` against production's. Smaller slices are reported
  as "too few rows" and cannot fail the candidate: on a handful of rows a regression is
  noise, and rejecting on noise teaches teams to switch the gate off.

A comparison is judged on its metric's *gain*, candidate minus the other model for a
higher-is-better metric, the other model minus candidate for a lower-is-better one, and
by one of three rules, on the paired bootstrap interval evaluate_model recorded:

- ``superiority`` (the default over the baseline): the interval's lower bound exceeds
  ``margin``;
- ``non_inferiority`` (the default over production, margin 0.01): the lower bound exceeds
  ``-margin`` (not worse by more than it);
- ``point``: the point estimate is at least ``margin`` (the 1.x rule, blind to noise).

Specs written for 1.x (``metric``, ``min_margin_over_baseline``,
``min_margin_over_production``) still parse, as ``point`` comparisons, so their
verdicts do not change under them.

A metric or interval that is missing, NaN, infinite, not a number, or outside its range
fails its criterion, and the report names it: a scores file that says ``roc_auc: 7.5``
is broken, and a broken file must not promote anything. An override is possible only
through an explicit ``Override`` with a reason, and is written into the report and the
lineage.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mlgate.errors import InputError, describe_validation_error, quote
from mlgate.models.evaluation import METRIC_INFO, CandidateEvaluation, Evaluation, Interval

__all__ = [
    "Comparison",
    "Criterion",
    "GateDecision",
    "GateSpec",
    "Override",
    "decide",
    "decide_record",
    "metric_problem",
    "parse_gate_spec",
    "parse_override",
]

Metric = Literal[
    "accuracy",
    "balanced_accuracy",
    "f1",
    "f1_macro",
    "f1_weighted",
    "precision",
    "recall",
    "roc_auc",
    "log_loss",
    "brier",
    "rmse",
    "mae",
    "r2",
    "mape",
]
Rule = Literal["superiority", "non_inferiority", "point"]
# The values each figure can take; a value outside them is a broken record, not a score.
RANGES: dict[str, tuple[float, float]] = {
    **{name: (info.low, info.high) for name, info in METRIC_INFO.items()},
    "rows": (0.0, math.inf),
}
_LEGACY_KEYS = ("metric", "min_margin_over_baseline", "min_margin_over_production")


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


def higher_is_better(metric: str) -> bool:
    """The metric's direction, from its declaration in ``mlgate.models.evaluation.METRIC_INFO``."""
    return METRIC_INFO[metric].higher_is_better


class Comparison(BaseModel):
    """How the candidate must compare with another model on one metric."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    metric: Metric = "roc_auc"
    rule: Rule = "superiority"
    # In the metric's own units, on its gain (see the module docstring).
    margin: Annotated[float, Field(ge=-1e6, le=1e6)] = 0.0

    @model_validator(mode="after")
    def _margin_fits_the_rule(self) -> Comparison:
        if self.rule == "non_inferiority" and self.margin < 0:
            raise ValueError(
                f"non_inferiority margin {self.margin:g} is negative; it is how much worse "
                "the candidate may be, so give 0 or more (or use superiority)"
            )
        return self

    def requirement(self, confidence: float | None) -> str:
        level = f", {confidence:.0%}" if confidence else ""
        if self.rule == "point":
            return f"{self.metric} margin >= {self.margin:+.4f}"
        bound = self.margin if self.rule == "superiority" else -self.margin
        return f"{self.metric} gain lower bound > {bound:+.4f} ({self.rule}{level})"


class GateSpec(BaseModel):
    """Evaluation criteria for promoting a candidate; see the module docstring."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    floors: dict[Metric, float] = Field(default_factory=dict)
    over_baseline: Comparison = Comparison(metric="roc_auc", rule="superiority", margin=0.05)
    # By default a retrain must be, with confidence, no worse than production by more than
    # 0.01: the routine case. "Must be better" is superiority (the reference pipeline's).
    over_production: Comparison = Comparison(metric="roc_auc", rule="non_inferiority", margin=0.01)
    slice_metric: Metric = "accuracy"
    max_slice_regression: Annotated[float, Field(ge=0)] = 0.05
    # Slices compare point estimates by default: non-inferiority on every small slice
    # multiplies the chances of rejecting a good candidate on noise.
    slice_rule: Literal["point", "non_inferiority"] = "point"
    min_slice_rows: Annotated[int, Field(ge=1)] = 30

    @model_validator(mode="before")
    @classmethod
    def _from_1x(cls, data: Any) -> Any:
        """A 1.x spec (metric + margins) as the same criteria: ``point`` comparisons."""
        if not isinstance(data, dict) or not any(key in data for key in _LEGACY_KEYS):
            return data
        clash = [key for key in ("over_baseline", "over_production") if key in data]
        if clash:
            raise ValueError(
                f"{', '.join(clash)} and the 1.x fields ({', '.join(_LEGACY_KEYS)}) cannot be "
                "mixed; give the comparisons only"
            )
        data = dict(data)
        metric = data.pop("metric", "roc_auc")
        data["over_baseline"] = {
            "metric": metric,
            "rule": "point",
            "margin": data.pop("min_margin_over_baseline", 0.05),
        }
        data["over_production"] = {
            "metric": metric,
            "rule": "point",
            "margin": data.pop("min_margin_over_production", 0.0),
        }
        return data

    @model_validator(mode="after")
    def _floors_in_range(self) -> GateSpec:
        for metric, value in self.floors.items():
            low, high = RANGES[metric]
            if not low <= value <= high:
                raise ValueError(
                    f"floors.{metric} = {value:g} is outside the values {metric} can take "
                    f"([{low:g}, {high:g}])"
                )
        return self


class Override(BaseModel):
    """A human decision that replaces the gate's, with the reason on record."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    decision: Literal["promote", "reject"]
    reason: Annotated[str, Field(min_length=10)]


def parse_gate_spec(text: str) -> GateSpec:
    """A GateSpec from its JSON (the 1.x form included).

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
    # The intervals table of the report: one row per metric, already formatted.
    intervals: list[list[str]] = field(default_factory=list)
    interval_note: str = ""

    def report(self) -> str:
        """The decision as Markdown: every criterion, its value and verdict, and the intervals."""
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
        if self.intervals:
            lines += ["", "## Intervals", "", self.interval_note, ""]
            lines += [
                "| metric | better | candidate | production | baseline "
                "| candidate - production | candidate - baseline |",
                "| --- | --- | --- | --- | --- | --- | --- |",
            ]
            lines += ["| " + " | ".join(row) + " |" for row in self.intervals]
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


def _gain(metric: str, interval: Interval | None) -> tuple[float, float, float] | None:
    """A difference interval as the gain (estimate, low, high); None when unusable."""
    if interval is None:
        return None
    values = (interval.estimate, interval.low, interval.high)
    if not all(isinstance(v, float | int) and math.isfinite(v) for v in values):
        return None
    estimate, low, high = values
    if not low <= high:
        return None
    if higher_is_better(metric):
        return estimate + 0.0, low + 0.0, high + 0.0
    return -estimate + 0.0, -high + 0.0, -low + 0.0  # + 0.0: no "-0.0000" in the report


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


def _compare(
    name: str,
    rule: Comparison,
    candidate: Evaluation,
    other: Evaluation,
    difference: Interval | None,
    confidence: float | None,
) -> Criterion:
    metric = rule.metric
    ours, theirs = _value(candidate, metric), _value(other, metric)
    direction = "" if higher_is_better(metric) else "; lower is better"
    note = f"candidate {_fmt(ours)} vs {_fmt(theirs)}{direction}"
    if rule.rule == "point":
        gap = None if ours is None or theirs is None else ours - theirs
        if gap is not None and not higher_is_better(metric):
            gap = -gap
        return Criterion(
            name, gap, rule.requirement(None), gap is not None and gap >= rule.margin, note
        )
    gain = _gain(metric, difference) if ours is not None and theirs is not None else None
    if gain is None:
        why = (
            "no paired interval in the evaluation (re-run evaluate_model, which computes it)"
            if difference is None
            else "the interval is missing, NaN or broken"
        )
        return Criterion(
            name, None, rule.requirement(confidence), False, f"{note}; {why} (fail closed)"
        )
    estimate, low, high = gain
    bound = rule.margin if rule.rule == "superiority" else -rule.margin
    note += f"; gain {estimate:+.4f} [{low:+.4f}, {high:+.4f}]"
    return Criterion(name, low, rule.requirement(confidence), low > bound, note)


def decide(
    spec: GateSpec,
    candidate: Evaluation,
    baseline: Evaluation,
    production: Evaluation | None = None,
    production_version: str | None = None,
    override: Override | None = None,
    *,
    differences: Mapping[str, Mapping[str, Interval]] | None = None,
    slice_differences: Mapping[str, Mapping[str, Interval]] | None = None,
    confidence: float | None = None,
    resamples: int | None = None,
) -> GateDecision:
    """Applies ``spec`` to the candidate's scores; see the module docstring for the rules.

    Args:
        spec: The criteria.
        candidate: The candidate's scores.
        baseline: The baseline's, on the same rows.
        production: Production's, on the same rows; None on the first run.
        production_version: Its version, for the report.
        override: A human decision that replaces the gate's.
        differences: Per comparison ("production", "baseline") and metric, the paired
            interval of candidate minus the other; a rule that needs one it lacks fails.
        slice_differences: Per slice, the intervals of candidate minus production.
        confidence: The intervals' level, for the report.
        resamples: How many resamples made them, for the report.

    Returns:
        The decision, its criteria and the report.
    """
    differences = differences or {}
    slice_differences = slice_differences or {}
    criteria: list[Criterion] = []
    for label, scores in (
        ("candidate", candidate),
        ("baseline", baseline),
        ("production", production),
    ):
        if scores is not None:
            criteria += _broken(label, scores)

    for metric, floor in sorted(spec.floors.items()):
        value = _value(candidate, metric)
        higher = higher_is_better(metric)
        ok = value is not None and (value >= floor if higher else value <= floor)
        criteria.append(
            Criterion(f"floor {metric}", value, f"{'>=' if higher else '<='} {floor}", ok)
        )
    criteria.append(
        _compare(
            "over baseline",
            spec.over_baseline,
            candidate,
            baseline,
            differences.get("baseline", {}).get(spec.over_baseline.metric),
            confidence,
        )
    )
    if production is None:
        criteria.append(
            Criterion("over production", None, "n/a", True, "no production model: first-run rule")
        )
    else:
        criteria.append(
            _compare(
                f"over production {production_version}",
                spec.over_production,
                candidate,
                production,
                differences.get("production", {}).get(spec.over_production.metric),
                confidence,
            )
        )
        criteria += _slices(spec, candidate, production, slice_differences, confidence)
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
    result = GateDecision(decision, criteria, production_version, override, reasons, metrics)
    result.intervals = _interval_rows(candidate, production, baseline, differences)
    if result.intervals:
        result.interval_note = (
            f"Paired percentile bootstrap: {resamples or '?'} resamples of the evaluation "
            f"rows, {confidence or 0:.0%} intervals; every model scored on the same resamples."
        )
    return result


def decide_record(
    spec: GateSpec,
    record: CandidateEvaluation,
    override: Override | None = None,
) -> GateDecision:
    """``decide`` on an evaluate_model record: scores, paired intervals and their settings."""
    production = record.production
    return decide(
        spec,
        record.candidate,
        record.baseline,
        production.scores if production else None,
        production.version if production else None,
        override,
        differences=record.differences,
        slice_differences=record.slice_differences,
        confidence=record.config.confidence if record.config else None,
        resamples=record.config.resamples if record.config else None,
    )


def _slices(
    spec: GateSpec,
    candidate: Evaluation,
    production: Evaluation,
    slice_differences: Mapping[str, Mapping[str, Interval]],
    confidence: float | None,
) -> list[Criterion]:
    metric = spec.slice_metric
    higher = higher_is_better(metric)
    criteria = []
    for name in sorted(production.slices):
        ours_slice = candidate.slices.get(name, {})
        theirs = _usable(metric, production.slices[name].get(metric))
        ours = _usable(metric, ours_slice.get(metric))
        rows = _usable("rows", ours_slice.get("rows"))
        note = f"candidate {_fmt(ours)} vs {_fmt(theirs)}"
        if rows is not None and rows < spec.min_slice_rows:
            criteria.append(
                Criterion(
                    f"slice {name}",
                    None,
                    "n/a",
                    True,
                    f"too few rows ({rows:.0f} < min_slice_rows {spec.min_slice_rows}): "
                    f"reported, cannot fail; {note}",
                )
            )
            continue
        if spec.slice_rule == "point":
            drop = None if ours is None or theirs is None else theirs - ours
            if drop is not None and not higher:
                drop = -drop
            ok = drop is not None and drop <= spec.max_slice_regression
            criteria.append(
                Criterion(
                    f"slice {name}",
                    drop,
                    f"{metric} drop <= {spec.max_slice_regression}",
                    ok,
                    note,
                )
            )
            continue
        rule = Comparison(metric=metric, rule="non_inferiority", margin=spec.max_slice_regression)
        interval = slice_differences.get(name, {}).get(metric)
        theirs_slice = _as_eval(production.slices[name])
        criteria.append(
            _compare(
                f"slice {name}", rule, _as_eval(ours_slice), theirs_slice, interval, confidence
            )
        )
    return criteria


def _as_eval(metrics: Mapping[str, float]) -> Evaluation:
    return Evaluation(metrics=dict(metrics))


def _interval_rows(
    candidate: Evaluation,
    production: Evaluation | None,
    baseline: Evaluation,
    differences: Mapping[str, Mapping[str, Interval]],
) -> list[list[str]]:
    if not candidate.intervals:
        return []
    rows = []
    for metric in candidate.intervals:
        if metric not in METRIC_INFO:
            continue
        cells = [metric, "higher" if higher_is_better(metric) else "lower"]
        for evaluation in (candidate, production, baseline):
            cells.append(_fmt_interval(evaluation.intervals.get(metric) if evaluation else None))
        for who in ("production", "baseline"):
            cells.append(_fmt_interval(differences.get(who, {}).get(metric), signed=True))
        rows.append(cells)
    return rows


def _fmt_interval(interval: Interval | None, signed: bool = False) -> str:
    if interval is None:
        return "-"
    spec = "+.4f" if signed else ".4f"
    if not all(math.isfinite(v) for v in (interval.estimate, interval.low, interval.high)):
        return f"{format(interval.estimate, spec)} [undefined]"
    return (
        f"{format(interval.estimate, spec)} "
        f"[{format(interval.low, spec)}, {format(interval.high, spec)}]"
    )


def _fmt(value: float | None) -> str:
    return "missing" if value is None or math.isnan(value) else f"{value + 0.0:.4f}"
