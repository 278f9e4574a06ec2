"""The gate's rules: floors, margins, the first-run rule, slices, NaN fails closed, overrides."""

import math

import pytest

from mlgate.evaluation import Evaluation
from mlgate.gate import GateSpec, Override, decide

SPEC = GateSpec(
    floors={"roc_auc": 0.9},
    min_margin_over_baseline=0.1,
    min_margin_over_production=0.01,
    max_slice_regression=0.05,
)


def scores(roc_auc: float, slice_accuracy: float | None = None) -> Evaluation:
    slices = {} if slice_accuracy is None else {"radius:..12": {"accuracy": slice_accuracy}}
    return Evaluation(
        metrics={"roc_auc": roc_auc, "accuracy": 0.9},
        categories=["0", "1"],
        confusion=[[1, 0], [0, 1]],
        slices=slices,
    )


BASELINE = scores(0.5)


def test_first_run_uses_floors_and_baseline_only() -> None:
    decision = decide(SPEC, scores(0.95), BASELINE)
    assert decision.decision == "promote"
    assert "first-run rule" in decision.report()


def test_candidate_must_beat_production_by_the_margin() -> None:
    assert decide(SPEC, scores(0.955), BASELINE, scores(0.95), "1.0.0").decision == "reject"
    assert decide(SPEC, scores(0.97), BASELINE, scores(0.95), "1.0.0").decision == "promote"


def test_floor_and_baseline_margin() -> None:
    assert decide(SPEC, scores(0.89), BASELINE).decision == "reject"
    assert decide(SPEC, scores(0.95), scores(0.9)).decision == "reject"  # only 0.05 over baseline


def test_slice_regression_rejects() -> None:
    decision = decide(SPEC, scores(0.99, 0.80), BASELINE, scores(0.95, 0.90), "1.0.0")
    assert decision.decision == "reject"
    assert any(
        r.startswith("failed: slice radius:..12 (needs accuracy drop <= ") for r in decision.reasons
    )


def test_missing_or_nan_metrics_fail_closed() -> None:
    assert decide(SPEC, scores(math.nan), BASELINE).decision == "reject"
    no_slice = decide(SPEC, scores(0.99), BASELINE, scores(0.95, 0.9), "1.0.0")
    assert no_slice.decision == "reject" and "missing" in no_slice.report()


def test_override_is_explicit_and_recorded() -> None:
    override = Override(decision="promote", reason="clinical lead signed off, ticket ML-42")
    decision = decide(SPEC, scores(0.5), BASELINE, override=override)
    assert decision.decision == "promote"
    assert "Overridden to promote**: clinical lead signed off" in decision.report()
    assert any("overridden" in reason for reason in decision.reasons)
    with pytest.raises(ValueError, match="at least 10 characters"):
        Override(decision="promote", reason="yolo")


def test_report_lists_every_criterion() -> None:
    report = decide(SPEC, scores(0.97), BASELINE, scores(0.95), "1.0.0").report()
    for name in ("floor roc_auc", "over baseline", "over production 1.0.0"):
        assert f"| {name}" in report
