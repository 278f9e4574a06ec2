"""The gate's rules: floors, margins, the first-run rule, slices, NaN fails closed, overrides."""

import math

import pytest

from mlgate.errors import InputError
from mlgate.models.evaluation import Evaluation
from mlgate.models.gate import GateSpec, Override, decide

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
    from mlgate.models.gate import metric_problem

    assert metric_problem("roc_auc", 0.97) is None
    assert metric_problem("roc_auc", math.nan) is None  # undefined: the criteria handle it
    assert metric_problem("log_loss", 3.2) is None
    assert metric_problem("roc_auc", "0.97") == "roc_auc is str, not a number"
    assert metric_problem("f1", True) == "f1 is bool, not a number"
    assert metric_problem("accuracy", math.inf) == "accuracy is infinite"
    assert metric_problem("accuracy", 7.5) == "accuracy = 7.5 is outside [0, 1]"


# --- uncertainty: the rules on paired intervals ------------------------------------------

from mlgate.models.evaluation import Interval  # noqa: E402
from mlgate.models.gate import Comparison, parse_gate_spec  # noqa: E402


def _diff(estimate: float, low: float, high: float) -> dict[str, dict[str, Interval]]:
    interval = Interval(estimate=estimate, low=low, high=high)
    return {
        "production": {"roc_auc": interval},
        "baseline": {"roc_auc": Interval(estimate=0.4, low=0.3, high=0.5)},
    }


def _spec(rule: str, margin: float) -> GateSpec:
    return GateSpec(
        over_baseline=Comparison(metric="roc_auc", rule="superiority", margin=0.1),
        over_production=Comparison(metric="roc_auc", rule=rule, margin=margin),  # type: ignore[arg-type]
    )


def test_a_gain_inside_the_noise_fails_superiority_and_passes_non_inferiority() -> None:
    noise = _diff(0.004, -0.006, 0.014)
    cand, prod = scores(0.964), scores(0.96)
    sup = decide(_spec("superiority", 0.0), cand, BASELINE, prod, "1.0.0", differences=noise)
    assert sup.decision == "reject"
    assert any(
        "needs roc_auc gain lower bound > +0.0000 (superiority), got -0.0060" in r
        and "gain +0.0040 [-0.0060, +0.0140]" in r
        for r in sup.reasons
    )
    non_inf = decide(
        _spec("non_inferiority", 0.01), cand, BASELINE, prod, "1.0.0", differences=noise
    )
    assert non_inf.decision == "promote"
    point = decide(_spec("point", 0.005), cand, BASELINE, prod, "1.0.0", differences=noise)
    assert point.decision == "reject"  # 0.004 < 0.005: the 1.x rule, on the point estimate
    clear = decide(_spec("superiority", 0.0), cand, BASELINE, prod, "1.0.0",
                   differences=_diff(0.02, 0.01, 0.03))  # fmt: skip
    assert clear.decision == "promote"


def test_an_interval_rule_without_intervals_fails_closed() -> None:
    decision = decide(_spec("non_inferiority", 0.01), scores(0.97), BASELINE, scores(0.95), "1.0.0")
    assert decision.decision == "reject"
    assert any("no paired interval in the evaluation" in r for r in decision.reasons)
    nan = _diff(0.0, math.nan, math.nan)
    decision = decide(_spec("non_inferiority", 0.01), scores(0.97), BASELINE, scores(0.95), "1.0.0",
                      differences=nan)  # fmt: skip
    assert decision.decision == "reject"
    assert any("the interval is missing, NaN or broken" in r for r in decision.reasons)


def _regression(rmse: float, slice_rmse: float | None = None, rows: float = 100) -> Evaluation:
    slices = {} if slice_rmse is None else {"x:..5": {"rmse": slice_rmse, "rows": rows}}
    return Evaluation(metrics={"rmse": rmse, "r2": 0.5, "rows": 200.0}, slices=slices)


def test_lower_is_better_metrics_gain_when_they_fall() -> None:
    spec = GateSpec(
        floors={"rmse": 60.0},
        over_baseline=Comparison(metric="rmse", rule="superiority", margin=5.0),
        over_production=Comparison(metric="rmse", rule="superiority", margin=0.0),
        slice_metric="rmse",
        max_slice_regression=10.0,
    )
    diffs = {  # candidate minus the other: negative is better for rmse
        "baseline": {"rmse": Interval(estimate=-20.0, low=-25.0, high=-15.0)},
        "production": {"rmse": Interval(estimate=-3.0, low=-5.0, high=-1.0)},
    }
    good = decide(spec, _regression(50.0, 50.0), _regression(70.0), _regression(53.0, 45.0),
                  "1.0.0", differences=diffs)  # fmt: skip
    assert good.decision == "promote", good.reasons
    assert "<= 60.0" in good.report() and "lower is better" in good.report()
    worse = {**diffs, "production": {"rmse": Interval(estimate=3.0, low=1.0, high=5.0)}}
    bad = decide(spec, _regression(50.0), _regression(70.0), _regression(47.0), "1.0.0",
                 differences=worse)  # fmt: skip
    assert bad.decision == "reject"
    assert (
        decide(spec, _regression(61.0), _regression(90.0), differences=diffs).decision == "reject"
    )
    # A slice whose rmse rose by 15 (more than 10) fails; with too few rows it cannot.
    regressed = decide(spec, _regression(50.0, 60.0), _regression(70.0), _regression(53.0, 45.0),
                       "1.0.0", differences=diffs)  # fmt: skip
    assert regressed.decision == "reject"
    few = decide(spec, _regression(50.0, 60.0, rows=12), _regression(70.0),
                 _regression(53.0, 45.0, rows=12), "1.0.0", differences=diffs)  # fmt: skip
    assert few.decision == "promote"
    assert "too few rows (12 < min_slice_rows 30)" in few.report()


def test_the_report_shows_the_intervals() -> None:
    interval = Interval(estimate=0.97, low=0.95, high=0.99)
    cand = scores(0.97)
    cand.intervals = {"roc_auc": interval}
    decision = decide(_spec("superiority", 0.0), cand, BASELINE, scores(0.95), "1.0.0",
                      differences=_diff(0.02, 0.01, 0.03), confidence=0.95, resamples=1000)  # fmt: skip
    report = decision.report()
    assert "## Intervals" in report and "1000 resamples" in report and "95% intervals" in report
    assert (
        "| roc_auc | higher | 0.9700 [0.9500, 0.9900] | - | - | +0.0200 [+0.0100, +0.0300] |"
        in report
    )


def test_1x_specs_parse_as_point_comparisons_and_defaults_carry_uncertainty() -> None:
    legacy = parse_gate_spec('{"metric": "f1", "min_margin_over_production": 0.005}')
    assert legacy.over_production == Comparison(metric="f1", rule="point", margin=0.005)
    assert legacy.over_baseline == Comparison(metric="f1", rule="point", margin=0.05)
    default = GateSpec()
    assert default.over_production.rule == "non_inferiority"
    assert default.over_baseline.rule == "superiority"
    with pytest.raises(InputError, match="cannot be mixed"):
        parse_gate_spec('{"metric": "f1", "over_production": {"rule": "point"}}')
    with pytest.raises(InputError, match="non_inferiority margin -0.1 is negative"):
        parse_gate_spec('{"over_production": {"rule": "non_inferiority", "margin": -0.1}}')
    with pytest.raises(InputError, match=r"floors.roc_auc = 2 is outside .*\[0, 1\]"):
        parse_gate_spec('{"floors": {"roc_auc": 2}}')
