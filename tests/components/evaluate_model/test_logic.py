"""evaluate_model on a real bundle: the scores gate_candidate judges, and closed on doubt."""

import json
import math
from pathlib import Path

import pytest

from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.errors import CheckFailed
from mlgate.models.evaluation import CandidateEvaluation
from mlgate.models.registry import Registry
from mlgate.models.training import TrainingConfig

CONFIG = TrainingConfig.model_validate(
    {
        "model_name": "bc",
        "label": "target",
        "estimator": {"kind": "logistic_regression", "params": {"max_iter": 2000}},
        "slices": [{"name": "radius", "column": "mean_radius", "edges": [12, 18]}],
    }
).canonical_json()


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("trained")
    load_dataset("sample:breast_cancer", str(root / "data.parquet"))
    train_model(str(root / "data.parquet"), CONFIG, str(root / "model"), str(root / "eval.parquet"))
    return root / "model", root / "eval.parquet"


def test_scores_model_and_baseline_bound_to_model_and_rows(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, rows = trained
    out = tmp_path / "evaluation.json"
    result = evaluate_model(str(model), str(rows), str(out))

    card = json.loads((model / "card.json").read_text())
    assert (result.model_sha256, result.eval_sha256) == (card["model_sha256"], card["eval_sha256"])
    assert result.candidate.metrics["roc_auc"] > 0.95
    assert result.baseline.metrics["roc_auc"] == 0.5  # a constant prediction ranks nothing
    assert result.candidate.metrics["rows"] == card["eval_rows"]
    assert sum(map(sum, result.candidate.confusion)) == card["eval_rows"]
    assert set(result.candidate.slices) == {"radius:..12", "radius:12..18", "radius:18.."}
    reread = CandidateEvaluation.model_validate_json(out.read_bytes())
    assert reread.model_dump_json() == result.model_dump_json()  # NaN != NaN, so as text


def test_an_undefined_metric_stays_nan_through_the_file(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, rows = trained
    out = tmp_path / "evaluation.json"
    result = evaluate_model(str(model), str(rows), str(out))
    # Every row with mean_radius >= 18 is malignant in this table: one class, no ROC AUC.
    assert math.isnan(result.candidate.slices["radius:18.."]["roc_auc"])
    reread = CandidateEvaluation.model_validate_json(out.read_bytes())
    assert math.isnan(reread.candidate.slices["radius:18.."]["roc_auc"])


def test_rows_other_than_the_recorded_ones_fail_closed_and_write_nothing(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, _ = trained
    other = tmp_path / "other.parquet"
    load_dataset("sample:breast_cancer", str(other))
    out = tmp_path / "evaluation.json"
    with pytest.raises(CheckFailed, match=r"other.parquet: evaluation rows differ .*fail closed"):
        evaluate_model(str(model), str(other), str(out))
    assert not out.exists()


def _production(model: Path, registry: Path) -> None:
    manifest = push_to_registry(str(model), str(registry), "promote", {})
    Registry(str(registry)).promote("bc", manifest.version, "prod", who="test", why="to beat")


def test_the_production_model_is_scored_on_the_same_rows(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, rows = trained
    registry = tmp_path / "registry"
    assert evaluate_model(str(model), str(rows), registry_uri=str(registry)).production is None
    _production(model, registry)

    result = evaluate_model(str(model), str(rows), registry_uri=str(registry))
    assert result.production is not None
    assert (result.production.version, result.production.model_sha256) == (
        "1.0.0",
        result.model_sha256,
    )
    assert result.production.scores.metrics == result.candidate.metrics  # the same model
    assert evaluate_model(str(model), str(rows)).production is None  # no registry, no production


def test_a_corrupt_production_model_fails_closed_and_writes_nothing(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, rows = trained
    registry = tmp_path / "registry"
    _production(model, registry)
    sha = json.loads((model / "card.json").read_text())["model_sha256"]
    (registry / "bc" / "objects" / sha).write_bytes(b"garbage")
    out = tmp_path / "evaluation.json"
    with pytest.raises(CheckFailed, match="production model unusable, failing closed: .*corrupt"):
        evaluate_model(str(model), str(rows), str(out), registry_uri=str(registry))
    assert not out.exists()


def test_an_unreachable_registry_fails_closed(
    trained: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, rows = trained
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("MLGATE_GCS_RETRY_SECONDS", "1")
    with pytest.raises(
        CheckFailed, match=r"failing closed: gs://nowhere/reg/.*: cannot read: unreachable"
    ):
        evaluate_model(str(model), str(rows), registry_uri="gs://nowhere/reg")


def test_a_path_that_is_not_a_registry_fails_closed(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model, rows = trained
    (tmp_path / "data.csv").write_text("a\n1\n")
    with pytest.raises(CheckFailed, match="unusable, failing closed: .* is not an mlgate registry"):
        evaluate_model(str(model), str(rows), registry_uri=str(tmp_path))


def test_a_production_model_of_another_task_fails_closed(
    trained: tuple[Path, Path], tmp_path: Path
) -> None:
    from sklearn.datasets import load_diabetes

    model, rows = trained
    table = tmp_path / "diabetes.parquet"
    load_diabetes(as_frame=True).frame.to_parquet(table, index=False)
    regression = TrainingConfig.model_validate(
        {"model_name": "bc", "label": "target", "task": "regression",
         "estimator": {"kind": "ridge"}}
    ).canonical_json()  # fmt: skip
    train_model(str(table), regression, str(tmp_path / "reg"), str(tmp_path / "reg.parquet"))
    registry = tmp_path / "registry"
    _production(tmp_path / "reg", registry)
    out = tmp_path / "evaluation.json"
    with pytest.raises(
        CheckFailed,
        match=r"production bc@1.0.0 is a regression model of classes \[\], the candidate a "
        r"binary model of classes \[0, 1\]; .*\(fail closed\)",
    ):
        evaluate_model(str(model), str(rows), str(out), registry_uri=str(registry))
    assert not out.exists()


def test_the_record_carries_paired_intervals_and_its_settings(trained: tuple[Path, Path]) -> None:
    from mlgate.models.evaluation import EvaluationConfig

    model, rows = trained
    config = EvaluationConfig(resamples=200, seed=3, confidence=0.9)
    result = evaluate_model(str(model), str(rows), config=config)
    assert result.config == config and result.task == "binary"
    auc = result.differences["baseline"]["roc_auc"]
    assert 0 < auc.low <= auc.estimate <= auc.high < 0.5
    assert set(result.candidate.intervals) == set(result.differences["baseline"])
    assert result.slice_differences == {}  # no production: nothing to compare slices with
