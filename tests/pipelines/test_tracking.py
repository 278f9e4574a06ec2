"""Experiment tracking: two runs of the reference pipeline are two MLflow runs with metrics."""

from pathlib import Path

import pytest

from mlgate.errors import InputError, RemoteError
from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from mlgate.models.registry import Registry
from mlgate.models.tracking import KFP_RUN_TAG, local_tracking_uri, mlflow_client, start
from tests.conftest import REPO

pytest.importorskip("mlflow", reason="the tracking extra (mlflow-skinny) is not installed")


def test_two_reference_runs_are_two_mlflow_runs_with_their_metrics(tmp_path: Path) -> None:
    uri = local_tracking_uri(tmp_path)
    registry = tmp_path / "registry"
    ref = find_pipeline(REPO, "mlgate-reference")
    results = []
    for _ in range(2):
        result = run_pipeline(
            ref, {"registry": str(registry), "tracking_uri": uri}, tmp_path / "runs"
        )
        assert result.exit_code == 0
        results.append(result)
        if len(results) == 1:  # the second run then meets a production model to beat
            Registry(str(registry)).promote(
                "breast-cancer", "1.0.0", "prod", who="test", why="first production model"
            )

    client = mlflow_client(uri)
    experiment = client.get_experiment_by_name("breast-cancer")
    assert experiment is not None
    runs = client.search_runs([experiment.experiment_id], order_by=["attributes.start_time"])
    assert [r.info.run_name for r in runs] == [r.run_dir.name for r in results]
    first, second = runs
    for run in runs:
        assert run.data.tags[KFP_RUN_TAG] == run.info.run_name
        assert run.data.metrics["roc_auc"] > 0.95  # evaluate_model
        assert "baseline/roc_auc" in run.data.metrics
        assert run.data.params["train.estimator.kind"] == "gradient_boosting"  # train_model
        assert run.data.metrics["train_rows"] > 0
    assert first.data.tags["gate.decision"] == "promote" and first.data.metrics["gate/promote"] == 1
    # Run 2 is the same model as production: it cannot beat it, and the gate says so.
    assert second.data.tags["gate.decision"] == "reject"
    assert second.data.tags["production_version"] == "1.0.0"
    assert second.data.metrics["production/roc_auc"] == second.data.metrics["roc_auc"]
    artifacts = {a.path for a in client.list_artifacts(first.info.run_id)}
    assert {"model_card.json", "gate_report.md", "gate_spec.json"} <= artifacts
    # The registry's lineage names the MLflow run of the pipeline run that pushed it.
    lineage = Registry(str(registry)).manifest("breast-cancer", "1.0.0").lineage
    assert lineage["mlflow_run_id"] == first.info.run_id


def test_no_uri_no_tracking_and_a_bad_store_is_a_clear_error(tmp_path: Path) -> None:
    assert start("", "run-1", "bc") is None
    with pytest.raises(InputError, match="run_name is empty"):
        start(local_tracking_uri(tmp_path), " ", "bc")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(RemoteError, match="MLflow tracking at file:"):
        start(local_tracking_uri(blocker), "run-1", "bc")


def test_each_task_of_a_run_finds_the_same_mlflow_run(tmp_path: Path) -> None:
    uri = local_tracking_uri(tmp_path)
    first = start(uri, "mlgate-reference-1", "bc")
    again = start(uri, "mlgate-reference-1", "bc")
    other = start(uri, "mlgate-reference-2", "bc")
    assert first is not None and again is not None and other is not None
    assert first.run_id == again.run_id != other.run_id
