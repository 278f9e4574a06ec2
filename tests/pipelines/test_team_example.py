"""The README's example pipeline: two mlgate components and a team step, run through kfp.local."""

from pathlib import Path

from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from tests.conftest import REPO


def test_team_pipeline_runs_its_step_on_validated_data(tmp_path: Path) -> None:
    result = run_pipeline(find_pipeline(REPO, "team_example"), {}, tmp_path)
    assert result.exit_code == 0, result.error
    tasks = {task.name: task for task in result.tasks}
    assert [task.status for task in tasks.values()] == ["SUCCESS"] * 3
    assert round(tasks["positive-rate"].parameters["Output"], 4) == 0.6274  # 357 of 569


def test_team_pipeline_stops_before_its_step_on_a_broken_table(tmp_path: Path) -> None:
    csv = tmp_path / "broken.csv"
    csv.write_text("mean_radius,target\n12.0,1\n")
    result = run_pipeline(find_pipeline(REPO, "team_example"), {"source": str(csv)}, tmp_path)
    assert result.exit_code == 1
    status = {task.name: task.status for task in result.tasks}
    assert status == {
        "load-dataset": "SUCCESS",
        "validate-schema": "FAILURE",
        "positive-rate": "NOT RUN",
    }
