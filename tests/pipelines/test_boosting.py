"""lightgbm and xgboost through kfp.local: train_model, evaluate_model, gate_candidate and
push_to_registry as tasks, then the published version retrains to the same sha256."""

from pathlib import Path

import pytest
from kfp import dsl

from mlgate.components.evaluate_model.component import evaluate_model
from mlgate.components.gate_candidate.component import gate_candidate
from mlgate.components.push_to_registry.component import push_to_registry
from mlgate.components.train_model.component import train_model
from mlgate.gitops.project import PipelineRef
from mlgate.local_run import run_pipeline
from mlgate.models.evaluation import EvaluationConfig
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.lineage import reproduce
from mlgate.models.registry import Registry
from mlgate.models.training import TrainingConfig
from mlgate.pipelines.diabetes import load_bundled_dataset


@dsl.pipeline(name="boosted-test")
def boosted(source: str, config: str, gate_spec: str, registry: str) -> None:
    """The model gates of the reference pipelines, with the training config a parameter."""
    loaded = load_bundled_dataset(source=source)
    trained = train_model(dataset=loaded.outputs["dataset"], config=config)
    evaluated = evaluate_model(
        model=trained.outputs["model"],
        eval_data=trained.outputs["eval_data"],
        registry=registry,
        config=EvaluationConfig(resamples=200).model_dump_json(),
    )
    gate = gate_candidate(
        model=trained.outputs["model"],
        evaluation=evaluated.outputs["evaluation"],
        gate_spec=gate_spec,
        registry=registry,
    )
    with dsl.If(gate.outputs["Output"] == "promote", name="promoted"):
        push_to_registry(
            model=trained.outputs["model"],
            dataset=loaded.outputs["dataset"],
            gate_report=gate.outputs["report"],
            decision=gate.outputs["Output"],
            registry=registry,
            image="test",
            eval_data=trained.outputs["eval_data"],
        )


@pytest.mark.parametrize(
    ("kind", "source", "metric", "margin"),
    [
        ("lightgbm.LGBMClassifier", "sklearn:wine", "f1_macro", 0.3),
        ("xgboost.XGBRegressor", "sklearn:diabetes", "rmse", 0.0),
    ],
)
def test_a_boosted_model_runs_every_model_gate_and_reproduces_from_the_registry(
    kind: str, source: str, metric: str, margin: float, tmp_path: Path
) -> None:
    regression = kind.endswith("Regressor")
    config = TrainingConfig.model_validate(
        {
            "model_name": "boosted",
            "label": "target",
            "task": "regression" if regression else "classification",
            # The diabetes pipeline's settings: shallow, slow trees on a small, noisy table.
            "estimator": {
                "kind": kind,
                "params": {
                    "n_estimators": 150,
                    "max_depth": 2,
                    "learning_rate": 0.05,
                    "subsample": 0.8,
                },
            },
        }
    )
    spec = GateSpec(
        over_baseline=Comparison(metric=metric, rule="superiority", margin=margin),  # type: ignore[arg-type]
        slice_metric=metric,  # type: ignore[arg-type]
    )
    registry = str(tmp_path / "registry")
    params = {
        "source": source,
        "config": config.canonical_json(),
        "gate_spec": spec.model_dump_json(),
        "registry": registry,
    }
    ref = PipelineRef("boosted-test", Path(__file__), boosted)
    result = run_pipeline(ref, params, tmp_path / "runs")
    assert result.exit_code == 0, result.error
    tasks = {task.name: task for task in result.tasks}
    assert tasks["gate-candidate"].parameters["Output"] == "promote"
    card = {a.name: a for a in tasks["train-model"].artifacts}["model"].metadata
    assert card["estimator"] == kind and card["reproducible"] is True
    assert card["task"] == ("regression" if regression else "multiclass")
    lineage = Registry(registry).manifest("boosted", "1.0.0").lineage
    assert lineage["estimator"] == kind and lineage["reproducible"] is True
    assert "n_jobs=1" in lineage["reproducibility"]
    # Retrained in this process from the registry's data and config: the same bytes as the task's.
    outcome = reproduce(Registry(registry), "boosted", "1.0.0")
    assert outcome.identical, (outcome.recorded_sha256, outcome.rebuilt_sha256)
