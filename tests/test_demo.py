"""`make demo`: two runs of the reference pipeline, the second rejected by the gate with its
reason, then the monitoring pipeline passing a like batch and flagging a shifted one."""

import os
import subprocess
import sys
from pathlib import Path

from mlgate.models.registry import Registry
from tests.conftest import REPO


def test_demo_publishes_then_rejects_a_candidate_that_does_not_beat_production(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        env={**os.environ, "MLGATE_DEMO_DIR": str(tmp_path)},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "run 1: empty registry: succeeded" in out
    assert "published breast-cancer@1.0.0-staging" in out
    run2 = out[out.index("run 2:") :]
    assert (
        "reject: failed: over production 1.0.0 (needs roc_auc gain lower bound > +0.0000 "
        "(superiority, 95%), got 0.0000" in run2
    )
    assert "push-to-registry" not in run2.split("reports:")[0]
    for report in (
        "validate-schema report",
        "redact-clinical-logs report",
        "gate-candidate report",
        "evaluate-model classification",
        "push-to-registry entry",
    ):
        assert report in out
    assert "  train-model ..." in out  # progress, a line per task as it starts
    monitoring = out[out.index("monitoring 1:") :]
    assert "detect-drift     SUCCESS   ok: flagged no column" in monitoring
    assert "detect-drift     SUCCESS   drift: flagged mean_texture, worst_area" in monitoring
    registry = Registry(str(tmp_path / "registry"))
    assert registry.versions("breast-cancer") == ["1.0.0"]
    assert registry.production("breast-cancer") == "1.0.0"


def test_demo_more_runs_the_regression_pipeline_and_a_team_model_with_their_headlines(
    tmp_path: Path,
) -> None:
    # What `make demo-all` adds after `make demo`: it reuses the demo's registry, if any.
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "demo.py"), "--more"],
        capture_output=True,
        text=True,
        env={**os.environ, "MLGATE_DEMO_DIR": str(tmp_path)},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    regression = out[out.index("regression: mlgate-diabetes") : out.index("team model:")]
    assert (
        "regression: mlgate-diabetes, a gradient-boosting regressor gated on RMSE: succeeded"
        in regression
    )
    assert "sklearn.ensemble.GradientBoostingRegressor, model sha256 " in regression
    assert "evaluate-model" in regression and "rmse " in regression and "roc_auc" not in regression
    assert "published diabetes@1.0.0-staging" in regression
    assert "evaluate-model classification" not in regression  # a regressor has no confusion matrix
    team = out[out.index("team model:") :]
    assert "team-own-model, the team's training step, mlgate's gates: succeeded" in team
    assert "sklearn.pipeline.Pipeline, model sha256 " in team
    assert "published breast-cancer-knn@1.0.0-staging" in team
    registry = Registry(str(tmp_path / "registry"))
    assert registry.versions("diabetes") == ["1.0.0"]
    assert registry.versions("breast-cancer-knn") == ["1.0.0"]
