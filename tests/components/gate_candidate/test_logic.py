"""gate_candidate end to end on real bundles: it judges recorded scores, and closes on doubt."""

import re
from pathlib import Path

import numpy as np
import pytest

from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.gate_candidate.logic import gate_candidate
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.errors import CheckFailed, InputError
from mlgate.models.gate import GateSpec
from mlgate.models.registry import Registry
from mlgate.models.training import TrainingConfig

CONFIG = TrainingConfig.model_validate(
    {
        "model_name": "bc",
        "label": "target",
        "seed": 1,
        "estimator": {"kind": "logistic_regression", "params": {"max_iter": 2000}},
        "slices": [{"name": "radius", "column": "mean_radius", "edges": [12, 16]}],
    }
).canonical_json()
SPEC = GateSpec(floors={"roc_auc": 0.9}, min_margin_over_baseline=0.2).model_dump_json()


def _train(tmp_path: Path, name: str, shuffle: bool = False) -> tuple[str, str]:
    """Trains a candidate: its model dir and evaluation rows."""
    data = tmp_path / f"{name}.parquet"
    load_dataset("sample:breast_cancer", str(data))
    if shuffle:  # a deliberately worse candidate: labels carry no signal
        import pandas as pd

        frame = pd.read_parquet(data)
        frame["target"] = np.random.default_rng(0).permutation(frame["target"].to_numpy())
        frame.to_parquet(data, index=False)
    model_dir, eval_uri = tmp_path / name / "model", tmp_path / name / "eval.parquet"
    train_model(str(data), CONFIG, str(model_dir), str(eval_uri))
    return str(model_dir), str(eval_uri)


def _evaluate(model: str, rows: str, registry: str | None = None) -> str:
    scores = str(Path(model).parent / "evaluation.json")
    evaluate_model(model, rows, scores, registry_uri=registry)
    return scores


def _promote_to_production(model: str, registry: str) -> None:
    manifest = push_to_registry(model, registry, "promote", {"data_uri": "sample:breast_cancer"})
    Registry(registry).promote("bc", manifest.version, "prod", who="test", why="first model")


def test_first_run_then_against_the_production_model(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows = _train(tmp_path, "good")
    scores = _evaluate(model, rows, registry)
    first = gate_candidate(model, scores, SPEC, registry, report_uri=str(tmp_path / "r1.md"))
    assert first.decision == "promote" and first.production_version is None
    assert "first-run rule" in (tmp_path / "r1.md").read_text()
    _promote_to_production(model, registry)

    scores = _evaluate(model, rows, registry)
    second = gate_candidate(model, scores, SPEC, registry, report_uri=str(tmp_path / "r2.md"))
    assert second.production_version == "1.0.0"
    over_prod = next(c for c in second.criteria if c.name.startswith("over production"))
    assert over_prod.value == 0.0  # the same model, scored on the same rows
    assert "slice radius:12..16" in (tmp_path / "r2.md").read_text()


def test_worse_candidate_is_rejected_with_a_report_and_nothing_is_pushed(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows = _train(tmp_path, "shuffled", shuffle=True)
    report = tmp_path / "report.md"
    decision = gate_candidate(
        model, _evaluate(model, rows, registry), SPEC, registry, report_uri=str(report)
    )
    assert decision.decision == "reject"
    assert "# Gate decision: **reject**" in report.read_text()
    assert "**FAIL**" in report.read_text()
    with pytest.raises(CheckFailed, match="the gate decided 'reject'; nothing is pushed"):
        push_to_registry(model, registry, decision.decision, {})
    assert Registry(registry).versions("bc") == []


def test_scores_recorded_for_another_model_fail_closed(tmp_path: Path) -> None:
    model, _ = _train(tmp_path, "good")
    other_model, other_rows = _train(tmp_path, "shuffled", shuffle=True)
    other_scores = _evaluate(other_model, other_rows)
    with pytest.raises(
        CheckFailed, match=r"evaluation.json: scores were recorded for another model .*fail closed"
    ):
        gate_candidate(model, other_scores, SPEC, str(tmp_path / "registry"))


def test_a_production_model_promoted_after_evaluation_fails_closed(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows = _train(tmp_path, "good")
    scores = _evaluate(model, rows, registry)  # no production model yet
    _promote_to_production(model, registry)
    with pytest.raises(
        CheckFailed,
        match=r"scored production none, but .*registry has 1.0.0 \(model sha256 \w{12}...\); "
        r"run evaluate_model against this registry again \(fail closed\)",
    ):
        gate_candidate(model, scores, SPEC, registry)


def test_production_scored_in_another_registry_fails_closed(tmp_path: Path) -> None:
    """Same version string, different model: the model's sha256 tells them apart."""
    model, rows = _train(tmp_path, "good")
    worse, _ = _train(tmp_path, "shuffled", shuffle=True)
    _promote_to_production(model, str(tmp_path / "a"))
    _promote_to_production(worse, str(tmp_path / "b"))
    scores = _evaluate(model, rows, str(tmp_path / "a"))
    with pytest.raises(CheckFailed, match=r"scored production 1.0.0 \(model sha256 .* has 1.0.0"):
        gate_candidate(model, scores, SPEC, str(tmp_path / "b"))


def test_a_file_that_is_not_an_evaluation_is_refused_by_name(tmp_path: Path) -> None:
    model, _ = _train(tmp_path, "good")
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"model_sha256": "x", "eval_sha256": "y", "candidate": {}}')
    with pytest.raises(
        InputError,
        match=r"bogus.json: not an evaluation from evaluate_model \(candidate.metrics: Field "
        r"required; .*baseline: Field required\)",
    ):
        gate_candidate(model, str(bogus), SPEC, str(tmp_path / "registry"))
    assert not (tmp_path / "registry").exists()


def test_a_nan_score_fails_its_criterion(tmp_path: Path) -> None:
    model, rows = _train(tmp_path, "good")
    record = Path(_evaluate(model, rows)).read_text()
    assert re.search(r'"roc_auc": 0\.9', record)
    nan_scores = tmp_path / "nan.json"
    nan_scores.write_text(re.sub(r'"roc_auc": [0-9.]+', '"roc_auc": NaN', record, count=1))
    decision = gate_candidate(model, str(nan_scores), SPEC, str(tmp_path / "registry"))
    assert decision.decision == "reject"
    assert any("floor roc_auc" in reason and "got missing" in reason for reason in decision.reasons)


def test_unreachable_registry_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model, rows = _train(tmp_path, "good")
    scores = _evaluate(model, rows)
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("MLGATE_GCS_RETRY_SECONDS", "1")
    with pytest.raises(
        CheckFailed, match=r"failing closed: gs://nowhere/reg/.*: cannot read: unreachable"
    ):
        gate_candidate(model, scores, SPEC, "gs://nowhere/reg")


def test_registry_path_that_is_not_a_registry_fails_closed(tmp_path: Path) -> None:
    model, rows = _train(tmp_path, "good")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "data.csv").write_text("a\n1\n")
    with pytest.raises(CheckFailed, match="unusable, failing closed: .* is not an mlgate registry"):
        gate_candidate(model, _evaluate(model, rows), SPEC, str(tmp_path / "elsewhere"))
