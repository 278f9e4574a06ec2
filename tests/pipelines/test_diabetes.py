"""The regression reference pipeline through kfp.local: promote, then reject a copy, reject a worse one."""

import json
from pathlib import Path

import numpy as np

from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from mlgate.models.registry import Registry
from tests.conftest import REPO


def test_regression_pipeline_promotes_then_rejects_a_copy_of_production(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    ref = find_pipeline(REPO, "mlgate-diabetes")
    first = run_pipeline(ref, {"registry": registry}, tmp_path / "runs")
    assert first.exit_code == 0, first.error
    tasks = {task.name: task for task in first.tasks}
    assert tasks["gate-candidate"].parameters["Output"] == "promote"
    assert tasks["push-to-registry"].parameters["Output"] == "1.0.0"
    evaluated = {a.name: a for a in tasks["evaluate-model"].artifacts}
    logged = evaluated["metrics"].metadata
    assert logged["rmse/low"] < logged["rmse"] < logged["rmse/high"]
    assert logged["diff/baseline/rmse/high"] < 0  # the candidate's error is surely lower
    assert "residual/p50" in logged and "roc_auc" not in logged
    record = json.loads(Path(evaluated["evaluation"].uri).read_text())
    assert record["task"] == "regression" and record["config"]["resamples"] == 1000
    report = Path({a.name: a for a in tasks["gate-candidate"].artifacts}["report"].uri).read_text()
    assert "rmse gain lower bound > +5.0000 (superiority, 95%) | pass" in report
    assert "## Intervals" in report and "| rmse | lower |" in report
    lineage = Registry(registry).manifest("diabetes", "1.0.0").lineage
    assert lineage["task"] == "regression" and lineage["reproducible"] is True
    assert lineage["estimator"] == "sklearn.ensemble.GradientBoostingRegressor"

    Registry(registry).promote("diabetes", "1.0.0", "prod", who="test", why="first model")
    second = run_pipeline(ref, {"registry": registry}, tmp_path / "runs")
    tasks = {task.name: task for task in second.tasks}
    assert tasks["gate-candidate"].parameters["Output"] == "reject"
    assert "push-to-registry" not in tasks or tasks["push-to-registry"].status != "SUCCESS"
    report = Path({a.name: a for a in tasks["gate-candidate"].artifacts}["report"].uri).read_text()
    # The same model: its gain is exactly 0, which is not above 0 with any confidence.
    assert "| over production 1.0.0 | 0.0000 | rmse gain lower bound > +0.0000" in report
    assert "gain 0.0000 [0.0000, 0.0000]" not in report  # signed: +0.0000
    assert "gain +0.0000 [+0.0000, +0.0000]" in report
    assert Registry(registry).versions("diabetes") == ["1.0.0"]


def test_a_deliberately_worse_regressor_is_rejected_and_nothing_is_pushed(tmp_path: Path) -> None:
    from sklearn.datasets import load_diabetes

    frame = load_diabetes(as_frame=True).frame
    frame["target"] = np.random.default_rng(0).permutation(frame["target"].to_numpy())
    frame.to_csv(tmp_path / "shuffled.csv", index=False)
    registry = str(tmp_path / "registry")
    result = run_pipeline(
        find_pipeline(REPO, "diabetes"),
        {"source": str(tmp_path / "shuffled.csv"), "registry": registry},
        tmp_path / "runs",
    )
    tasks = {task.name: task for task in result.tasks}
    assert tasks["gate-candidate"].parameters["Output"] == "reject"
    reasons = tasks["gate-candidate"].artifacts[0].metadata["reasons"]
    assert any(r.startswith("failed: floor r2") for r in reasons)
    assert any(r.startswith("failed: over baseline (needs rmse gain lower bound") for r in reasons)
    assert not Path(registry).exists() or Registry(registry).versions("diabetes") == []
