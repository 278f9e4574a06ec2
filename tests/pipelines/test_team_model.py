"""A team's own training component feeds mlgate's evaluate, gate and push (kfp.local)."""

from pathlib import Path

from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from mlgate.models.registry import Registry
from tests.conftest import REPO


def test_a_team_model_is_evaluated_gated_and_published_without_a_reproducibility_claim(
    tmp_path: Path,
) -> None:
    registry = str(tmp_path / "registry")
    result = run_pipeline(find_pipeline(REPO, "team_model"), {"registry": registry}, tmp_path)
    assert result.exit_code == 0, result.error
    tasks = {task.name: task for task in result.tasks}
    assert tasks["gate-candidate"].parameters["Output"] == "promote"
    lineage = Registry(registry).manifest("breast-cancer-knn", "1.0.0").lineage
    assert lineage["estimator"] == "sklearn.pipeline.Pipeline"
    assert lineage["reproducible"] is False
    assert "trained outside mlgate's train_model" in lineage["reproducibility"]
