"""gate_candidate end to end on real bundles: same rows for everyone, and closed on doubt."""

import re
from pathlib import Path

import numpy as np
import pytest

from components.evaluate_model.logic import evaluate_model
from components.gate_candidate.logic import gate_candidate
from components.load_dataset.logic import load_dataset
from components.push_to_registry.logic import push_to_registry
from components.train_model.logic import train_model
from mlgate.errors import CheckFailed, InputError
from mlgate.gate import GateSpec
from mlgate.registry import Registry
from mlgate.training import TrainingConfig

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


def _train(tmp_path: Path, name: str, shuffle: bool = False) -> tuple[str, str, str]:
    """Trains and evaluates a candidate: its model dir, evaluation rows and scores file."""
    data = tmp_path / f"{name}.parquet"
    load_dataset("sample:breast_cancer", str(data))
    if shuffle:  # a deliberately worse candidate: labels carry no signal
        import pandas as pd

        frame = pd.read_parquet(data)
        frame["target"] = np.random.default_rng(0).permutation(frame["target"].to_numpy())
        frame.to_parquet(data, index=False)
    model_dir, eval_uri = tmp_path / name / "model", tmp_path / name / "eval.parquet"
    train_model(str(data), CONFIG, str(model_dir), str(eval_uri))
    scores = tmp_path / name / "evaluation.json"
    evaluate_model(str(model_dir), str(eval_uri), str(scores))
    return str(model_dir), str(eval_uri), str(scores)


def _promote_to_production(model: str, registry: str) -> str:
    manifest = push_to_registry(model, registry, "promote", {"data_uri": "sample:breast_cancer"})
    Registry(registry).promote("bc", manifest.version, "prod", who="test", why="first model")
    return manifest.version


def test_better_candidate_is_promoted_then_rescored_against_production(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows, scores = _train(tmp_path, "good")
    first = gate_candidate(model, rows, scores, SPEC, registry, report_uri=str(tmp_path / "r1.md"))
    assert first.decision == "promote" and first.production_version is None
    _promote_to_production(model, registry)

    second = gate_candidate(model, rows, scores, SPEC, registry, report_uri=str(tmp_path / "r2.md"))
    assert second.production_version == "1.0.0"
    over_prod = next(c for c in second.criteria if c.name.startswith("over production"))
    assert over_prod.value == 0.0  # the same model, scored on the same rows
    assert "slice radius:12..16" in (tmp_path / "r2.md").read_text()


def test_worse_candidate_is_rejected_with_a_report_and_nothing_is_pushed(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows, scores = _train(tmp_path, "shuffled", shuffle=True)
    report = tmp_path / "report.md"
    decision = gate_candidate(model, rows, scores, SPEC, registry, report_uri=str(report))
    assert decision.decision == "reject"
    assert "# Gate decision: **reject**" in report.read_text()
    assert "**FAIL**" in report.read_text()
    with pytest.raises(CheckFailed, match="the gate decided 'reject'; nothing is pushed"):
        push_to_registry(model, registry, decision.decision, {})
    assert Registry(registry).versions("bc") == []


def test_evaluation_rows_that_differ_from_the_recorded_ones_fail_closed(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, _, scores = _train(tmp_path, "good")
    _, other_rows, _ = _train(tmp_path, "shuffled", shuffle=True)
    _promote_to_production(model, registry)  # production is re-scored on the rows given
    with pytest.raises(CheckFailed, match="evaluation rows differ .*fail closed"):
        gate_candidate(model, other_rows, scores, SPEC, registry)


def test_scores_recorded_for_another_model_fail_closed(tmp_path: Path) -> None:
    model, rows, _ = _train(tmp_path, "good")
    _, _, other_scores = _train(tmp_path, "shuffled", shuffle=True)
    with pytest.raises(
        CheckFailed, match=r"evaluation.json: scores were recorded for another model .*fail closed"
    ):
        gate_candidate(model, rows, other_scores, SPEC, str(tmp_path / "registry"))


def test_a_file_that_is_not_an_evaluation_is_refused_by_name(tmp_path: Path) -> None:
    model, rows, _ = _train(tmp_path, "good")
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"model_sha256": "x", "eval_sha256": "y", "candidate": {}}')
    with pytest.raises(
        InputError, match=r"bogus.json: not an evaluation from evaluate_model \(\d+ problem"
    ):
        gate_candidate(model, rows, str(bogus), SPEC, str(tmp_path / "registry"))
    assert not (tmp_path / "registry").exists()


def test_a_nan_score_fails_its_criterion(tmp_path: Path) -> None:
    model, rows, scores = _train(tmp_path, "good")
    record = Path(scores).read_text()
    assert '"roc_auc": 0.9' in record
    nan_scores = tmp_path / "nan.json"
    nan_scores.write_text(re.sub(r'"roc_auc": [0-9.]+', '"roc_auc": NaN', record, count=1))
    decision = gate_candidate(model, rows, str(nan_scores), SPEC, str(tmp_path / "registry"))
    assert decision.decision == "reject"
    assert any("floor roc_auc" in reason and "got missing" in reason for reason in decision.reasons)


def test_unreachable_registry_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model, rows, scores = _train(tmp_path, "good")
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("MLGATE_GCS_RETRY_SECONDS", "1")
    with pytest.raises(
        CheckFailed, match="registry gs://nowhere/reg unreachable .* failing closed"
    ):
        gate_candidate(model, rows, scores, SPEC, "gs://nowhere/reg")


def test_corrupt_production_model_fails_closed(tmp_path: Path) -> None:
    registry = str(tmp_path / "registry")
    model, rows, scores = _train(tmp_path, "good")
    manifest = push_to_registry(model, registry, "promote", {})
    Registry(registry).promote("bc", manifest.version, "prod", who="test", why="first model")
    sha = manifest.files["model.skops"].sha256
    (tmp_path / "registry" / "bc" / "objects" / sha).write_bytes(b"garbage")
    with pytest.raises(CheckFailed, match="production model unusable, failing closed: .*corrupt"):
        gate_candidate(model, rows, scores, SPEC, registry)


def test_registry_path_that_is_not_a_registry_fails_closed(tmp_path: Path) -> None:
    model, rows, scores = _train(tmp_path, "good")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "data.csv").write_text("a\n1\n")
    with pytest.raises(CheckFailed, match="is not an mlgate registry"):
        gate_candidate(model, rows, scores, SPEC, str(tmp_path / "elsewhere"))
