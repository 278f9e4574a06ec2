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


@pytest.mark.parametrize("value", [math.inf, -math.inf, 7.5, 1e9, -0.01])
def test_impossible_metrics_reject_and_are_named(value: float) -> None:
    decision = decide(SPEC, scores(value), BASELINE)
    assert decision.decision == "reject"
    assert any("candidate roc_auc is a valid score" in reason for reason in decision.reasons)
    assert "roc_auc" not in decision.metrics


def test_an_impossible_production_slice_cannot_excuse_a_regression() -> None:
    decision = decide(SPEC, scores(0.99, 0.5), BASELINE, scores(0.95, 7.5), "1.0.0")
    assert decision.decision == "reject"


def test_metric_problem_names_each_kind_of_broken_value() -> None:
    from mlgate.gate import metric_problem

    assert metric_problem("roc_auc", 0.97) is None
    assert metric_problem("roc_auc", math.nan) is None  # undefined: the criteria handle it
    assert metric_problem("log_loss", 3.2) is None
    assert metric_problem("roc_auc", "0.97") == "roc_auc is str, not a number"
    assert metric_problem("f1", True) == "f1 is bool, not a number"
    assert metric_problem("accuracy", math.inf) == "accuracy is infinite"
    assert metric_problem("accuracy", 7.5) == "accuracy = 7.5 is outside [0, 1]"
