"""lightgbm and xgboost through train_model, evaluate_model and gate_candidate (the logic).

Each library, on each task, trains from a config on a table scikit-learn ships, is scored
with intervals against the baseline and an empty registry and promoted; once it is
production, a candidate trained on shuffled labels is scored against it and rejected.
"""

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn import datasets

from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.gate_candidate.logic import gate_candidate
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.models.evaluation import EvaluationConfig
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.registry import Registry
from mlgate.models.training import TrainingConfig

EVALUATION = EvaluationConfig(resamples=200, seed=1)
# metric, baseline margin: each task's headline metric, beaten with confidence.
HEADLINE = {
    "binary": ("roc_auc", 0.2),
    "multiclass": ("f1_macro", 0.3),
    "regression": ("rmse", 5.0),
}


@pytest.mark.parametrize(
    ("kind", "table", "task"),
    [
        ("lightgbm.LGBMClassifier", "breast_cancer", "binary"),
        ("lightgbm.LGBMClassifier", "wine", "multiclass"),
        ("lightgbm.LGBMRegressor", "diabetes", "regression"),
        ("xgboost.XGBClassifier", "breast_cancer", "binary"),
        ("xgboost.XGBClassifier", "wine", "multiclass"),
        ("xgboost.XGBRegressor", "diabetes", "regression"),
    ],
)
def test_a_boosted_model_is_scored_promoted_and_a_worse_one_rejected(
    kind: str, table: str, task: str, tmp_path: Path
) -> None:
    frame = getattr(datasets, f"load_{table}")(as_frame=True).frame
    frame.to_parquet(tmp_path / "table.parquet", index=False)
    shuffled = frame.assign(target=np.random.default_rng(0).permutation(frame["target"].to_numpy()))
    shuffled.to_parquet(tmp_path / "shuffled.parquet", index=False)
    config = TrainingConfig.model_validate(
        {
            "model_name": "boosted",
            "label": "target",
            "task": "regression" if task == "regression" else "classification",
            "seed": 11,
            "estimator": {
                "kind": kind,
                "params": {"n_estimators": 60, "max_depth": 3, "learning_rate": 0.1},
            },
        }
    ).canonical_json()
    metric, margin = HEADLINE[task]
    spec = GateSpec(
        over_baseline=Comparison(metric=metric, rule="superiority", margin=margin),  # type: ignore[arg-type]
        over_production=Comparison(metric=metric, rule="superiority", margin=0.0),  # type: ignore[arg-type]
        slice_metric=metric,  # type: ignore[arg-type]
    ).model_dump_json()
    registry = str(tmp_path / "registry")

    def candidate(data: str, tag: str) -> tuple[str, object, object]:
        model, rows = tmp_path / tag / "model", tmp_path / tag / "eval.parquet"
        card = train_model(str(tmp_path / data), config, str(model), str(rows))
        scores = tmp_path / tag / "evaluation.json"
        evaluate_model(str(model), str(rows), str(scores), registry_uri=registry, config=EVALUATION)
        return str(model), card, gate_candidate(str(model), str(scores), spec, registry)

    model, card, decision = candidate("table.parquet", "first")
    assert card.task == task and card.estimator == kind and card.reproducible  # type: ignore[attr-defined]
    assert decision.decision == "promote", decision.reasons  # type: ignore[attr-defined]
    record = json.loads((tmp_path / "first" / "evaluation.json").read_text())
    assert record["task"] == task and record["config"]["resamples"] == 200
    manifest = push_to_registry(model, registry, "promote", {})
    assert manifest.lineage["estimator"] == kind and manifest.lineage["reproducible"] is True
    Registry(registry).promote("boosted", manifest.version, "prod", who="test", why="first")

    _, _, worse = candidate("shuffled.parquet", "worse")
    assert worse.decision == "reject"  # type: ignore[attr-defined]
    # Labels it cannot learn: it does not beat the baseline. (Against production it may:
    # on shuffled rows, production's real signal is worse than a guess near the mean.)
    reasons = worse.reasons  # type: ignore[attr-defined]
    assert any(r.startswith(f"failed: over baseline (needs {metric} gain") for r in reasons)
