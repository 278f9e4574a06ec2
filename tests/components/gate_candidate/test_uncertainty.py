"""The gate's uncertainty rules on real models: noise is not an improvement, either way.

Production and candidate differ only in the estimator's own seed (``random_state``), so
they are trained and evaluated on the same rows and differ by chance alone.
"""

from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_diabetes, load_wine

from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.gate_candidate.logic import gate_candidate
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.registry import Registry
from mlgate.models.training import TrainingConfig


def _config(name: str, task: str, kind: str, **params: object) -> str:
    return TrainingConfig.model_validate(
        {
            "model_name": name,
            "label": "target",
            "task": task,
            "seed": 20261123,
            "estimator": {"kind": kind, "params": params},
        }
    ).canonical_json()


def _candidate(root: Path, table: Path, config: str, registry: Path, tag: str) -> tuple[str, str]:
    model, rows = root / tag / "model", root / tag / "eval.parquet"
    train_model(str(table), config, str(model), str(rows))
    scores = root / tag / "evaluation.json"
    evaluate_model(str(model), str(rows), str(scores), registry_uri=str(registry))
    return str(model), str(scores)


def _to_production(model: str, registry: Path, name: str) -> None:
    manifest = push_to_registry(model, str(registry), "promote", {})
    Registry(str(registry)).promote(
        name, manifest.version, "prod", who="test", why="baseline model"
    )


def _spec(metric: str, rule: str, margin: float, baseline_margin: float) -> str:
    return GateSpec(
        over_baseline=Comparison(metric=metric, rule="superiority", margin=baseline_margin),  # type: ignore[arg-type]
        over_production=Comparison(metric=metric, rule=rule, margin=margin),  # type: ignore[arg-type]
        slice_metric=metric,  # type: ignore[arg-type]
    ).model_dump_json()


@pytest.fixture(scope="module")
def diabetes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("diabetes")
    load_diabetes(as_frame=True).frame.to_parquet(root / "data.parquet", index=False)
    return root, root / "data.parquet"


def test_a_regressor_inside_the_noise_fails_superiority_and_passes_non_inferiority(
    diabetes: tuple[Path, Path],
) -> None:
    root, table = diabetes
    registry = root / "registry"
    base = {"n_estimators": 150, "max_depth": 2, "learning_rate": 0.05, "subsample": 0.8}
    production, _ = _candidate(
        root,
        table,
        _config("diabetes", "regression", "gradient_boosting", **base),
        registry,
        "prod",
    )
    _to_production(production, registry, "diabetes")
    lucky, scores = _candidate(
        root, table,
        _config("diabetes", "regression", "gradient_boosting", **base, random_state=1),
        registry, "lucky",
    )  # fmt: skip

    point = gate_candidate(lucky, scores, _spec("rmse", "point", 0.0, 5.0), str(registry))
    superiority = gate_candidate(
        lucky, scores, _spec("rmse", "superiority", 0.0, 5.0), str(registry)
    )
    non_inferior = gate_candidate(
        lucky, scores, _spec("rmse", "non_inferiority", 2.0, 5.0), str(registry)
    )
    over = [
        next(c for c in d.criteria if c.name.startswith("over production"))
        for d in (point, superiority, non_inferior)
    ]
    # A lower RMSE by chance: the point rule promotes it, the interval spans zero.
    assert point.decision == "promote" and over[0].value is not None and over[0].value > 0
    assert superiority.decision == "reject"
    assert over[1].value is not None and -2.0 < over[1].value < 0  # the gain's lower bound
    assert non_inferior.decision == "promote"


def test_multiclass_end_to_end_and_a_worse_candidate_is_rejected(tmp_path: Path) -> None:
    frame = load_wine(as_frame=True).frame
    table = tmp_path / "wine.parquet"
    frame.to_parquet(table, index=False)
    registry = tmp_path / "registry"
    config = _config("wine", "classification", "random_forest", n_estimators=50)
    spec = _spec("f1_macro", "superiority", 0.0, 0.3)
    model, scores = _candidate(tmp_path, table, config, registry, "first")
    first = gate_candidate(model, scores, spec, str(registry), report_uri=str(tmp_path / "r.md"))
    assert first.decision == "promote", first.reasons
    assert first.metrics["roc_auc"] > 0.95 and "brier" not in first.metrics
    assert "| f1_macro | higher |" in (tmp_path / "r.md").read_text()
    _to_production(model, registry, "wine")

    shuffled = frame.assign(target=np.random.default_rng(0).permutation(frame["target"].to_numpy()))
    shuffled.to_parquet(tmp_path / "shuffled.parquet", index=False)
    worse, scores = _candidate(tmp_path, tmp_path / "shuffled.parquet", config, registry, "worse")
    rejected = gate_candidate(worse, scores, spec, str(registry))
    assert rejected.decision == "reject"
    assert any(r.startswith("failed: over production 1.0.0") for r in rejected.reasons)
    assert any(r.startswith("failed: over baseline") for r in rejected.reasons)
