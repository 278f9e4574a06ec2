"""The monitoring pipeline through kfp.local: a shifted batch halts it, an unshifted one passes."""

from pathlib import Path

import pytest

from mlgate.data.tables import read_table
from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from tests.conftest import REPO

TASKS = ("load-reference", "profile-dataset", "load-batch", "validate-schema", "detect-drift")


def _batch(tmp_path: Path, *, shift: bool) -> str:
    """A seeded resample of the reference table; shifted: two columns' means moved."""
    table = read_table("sample:breast_cancer").sample(frac=1.0, replace=True, random_state=19)
    if shift:
        # Within the contract's ranges, so validation passes and drift is what is caught.
        table["mean_texture"] += table["mean_texture"].std()
        table["worst_area"] *= 1.5
    path = tmp_path / ("shifted.csv" if shift else "unshifted.csv")
    table.to_csv(path, index=False)
    return str(path)


@pytest.fixture(scope="module")
def pipeline():
    return find_pipeline(REPO, "monitoring")


def test_an_unshifted_batch_passes(tmp_path: Path, pipeline) -> None:
    result = run_pipeline(pipeline, {"batch": _batch(tmp_path, shift=False)}, tmp_path / "runs")
    assert result.exit_code == 0, result.error
    tasks = {task.name: task for task in result.tasks}
    assert {name: task.status for name, task in tasks.items()} == dict.fromkeys(TASKS, "SUCCESS")
    assert tasks["detect-drift"].parameters["Output"] == "ok"
    artifacts = {a.name: a for a in tasks["detect-drift"].artifacts}
    assert artifacts["metrics"].metadata["decision_level"] == 0
    assert artifacts["metrics"].metadata["psi.mean_radius"] < 0.1
    report = Path(artifacts["report"].uri).read_text()
    assert report.startswith("# Drift report: ok") and report.count("<svg ") == 31
    [profile] = tasks["profile-dataset"].artifacts
    assert profile.metadata["schema_version"] == 1 and profile.metadata["bytes"] < 16_000


def test_a_shifted_batch_is_flagged_on_exactly_the_shifted_columns(
    tmp_path: Path, pipeline
) -> None:
    batch = _batch(tmp_path, shift=True)
    halted = run_pipeline(pipeline, {"batch": batch}, tmp_path / "halted")
    assert halted.exit_code == 1
    tasks = {task.name: task for task in halted.tasks}
    assert tasks["validate-schema"].status == "SUCCESS"
    assert tasks["detect-drift"].status == "FAILURE"
    assert tasks["detect-drift"].error is not None
    kind, message = tasks["detect-drift"].error
    assert kind == "CheckFailed" and "mean_texture: drift" in message

    reported = run_pipeline(pipeline, {"batch": batch, "halt_on": "never"}, tmp_path / "report")
    assert reported.exit_code == 0, reported.error
    drift = {task.name: task for task in reported.tasks}["detect-drift"]
    assert drift.parameters["Output"] == "drift"
    report = {a.name: a for a in drift.artifacts}["report"]
    assert sorted(report.metadata["drift"]) == ["mean_texture", "worst_area"]
    assert report.metadata["warn"] == []
