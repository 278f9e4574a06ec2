"""Hostile input to the components' logic functions: gate_candidate, train_model,
evaluate_model and push_to_registry.

Logic functions have no exit codes: the contract is that they raise an ``MlgateError``
subclass (InputError -> the task's exit 2, CheckFailed -> 1) and never anything else,
that the message names the problem without quoting planted values, and that nothing is
written (no report, no bundle, no registry change).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.gate_candidate.logic import gate_candidate
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.errors import CheckFailed, InputError, MlgateError
from mlgate.models.gate import GateSpec, parse_override
from mlgate.models.training import TrainingConfig
from tests.hostile.conftest import PLANT, snapshot

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


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One real candidate: its bundle, evaluation rows and scores (no production model)."""
    root = tmp_path_factory.mktemp("trained")
    data = root / "data.parquet"
    load_dataset("sample:breast_cancer", str(data))
    model, rows = root / "model", root / "eval.parquet"
    train_model(str(data), CONFIG, str(model), str(rows))
    scores = root / "evaluation.json"
    evaluate_model(str(model), str(rows), str(scores), registry_uri=str(root / "registry"))
    return {
        "root": root,
        "data": data,
        "model": str(model),
        "rows": str(rows),
        "scores": json.loads(scores.read_text()),
        "registry": str(root / "registry"),
    }


def _scores_file(tmp_path: Path, scores: dict[str, Any]) -> str:
    path = tmp_path / "evaluation.json"
    # allow_nan: the hostile values include Infinity and NaN, as a broken writer would put them.
    path.write_text(json.dumps(scores, allow_nan=True))
    return str(path)


BAD_VALUES: dict[str, Any] = {
    "Infinity": math.inf,
    "-Infinity": -math.inf,
    "7.5": 7.5,
    "1e9": 1e9,
    "negative": -0.1,
    "just above 1": 1.0000001,
    "a string": "0.99",
    "a planted string": PLANT,
    "true": True,
    "null": None,
    "a list": [0.99],
}


@pytest.mark.parametrize("metric", ["roc_auc", "accuracy", "f1"])
@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_impossible_candidate_metrics_never_promote(
    trained: dict[str, Any], tmp_path: Path, metric: str, value: str
) -> None:
    scores = json.loads(json.dumps(trained["scores"]))
    scores["candidate"]["metrics"][metric] = BAD_VALUES[value]
    report = tmp_path / "report.md"
    try:
        decision = gate_candidate(
            trained["model"],
            _scores_file(tmp_path, scores),
            SPEC,
            trained["registry"],
            report_uri=str(report),
        )
    except (CheckFailed, InputError) as exc:  # fail closed: the task stops, nothing is pushed
        assert metric in str(exc) and PLANT not in str(exc)
        assert not report.exists()
        return
    assert decision.decision == "reject"
    assert any(metric in reason for reason in decision.reasons), decision.reasons
    assert PLANT not in report.read_text()
    assert metric not in decision.metrics  # a broken value is never recorded as a score


@pytest.mark.parametrize("where", ["baseline", "slice"])
@pytest.mark.parametrize("value", ["Infinity", "7.5", "a string"])
def test_impossible_baseline_or_slice_metrics_never_promote(
    trained: dict[str, Any], tmp_path: Path, where: str, value: str
) -> None:
    scores = json.loads(json.dumps(trained["scores"]))
    if where == "baseline":
        scores["baseline"]["metrics"]["roc_auc"] = BAD_VALUES[value]
    else:
        first = next(iter(scores["candidate"]["slices"]))
        scores["candidate"]["slices"][first]["accuracy"] = BAD_VALUES[value]
    try:
        decision = gate_candidate(
            trained["model"], _scores_file(tmp_path, scores), SPEC, trained["registry"]
        )
    except CheckFailed:
        return
    assert decision.decision == "reject"


def test_the_real_scores_promote(trained: dict[str, Any], tmp_path: Path) -> None:
    # The control case: the hostile tables above fail because of what they change.
    scores_file = _scores_file(tmp_path, trained["scores"])
    assert gate_candidate(trained["model"], scores_file, SPEC, trained["registry"]).decision == (
        "promote"
    )


BAD_GATE_SPECS = [
    "",
    "{",
    "[]",
    "null",
    PLANT,
    '{"metric": "auc"}',
    '{"floors": {"roc_auc": 2}}',
    '{"floors": {"roc_auc": "high"}}',
    '{"floors": {"log_los": 0.1}}',
    '{"over_production": {"rule": "bayes"}}',
    '{"min_margin_over_baseline": NaN}',
    '{"min_margin_over_baseline": Infinity}',
    '{"max_slice_regression": -1}',
    f'{{"unknown": "{PLANT}"}}',
    '{"floors": [0.9]}',
]


@pytest.mark.parametrize("gate_spec", BAD_GATE_SPECS)
def test_a_malformed_gate_spec_is_bad_input(
    trained: dict[str, Any], tmp_path: Path, gate_spec: str
) -> None:
    report = tmp_path / "report.md"
    scores_file = _scores_file(tmp_path, trained["scores"])
    with pytest.raises(InputError, match="gate_spec") as caught:
        gate_candidate(
            trained["model"], scores_file, gate_spec, trained["registry"], report_uri=str(report)
        )
    assert PLANT not in str(caught.value) and not report.exists()


@pytest.mark.parametrize(
    ("decision", "reason"),
    [
        ("promote", ""),
        ("", "because the data team said so"),
        ("maybe", "because the data team said so"),
        (PLANT, "because the data team said so"),
        ("promote", "short"),
        ("promote", "          "),
        ("PROMOTE", "because the data team said so"),
    ],
)
def test_a_malformed_override_is_bad_input(decision: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_override(decision, reason)
    assert PLANT not in str(caught.value)


def _frame(rows: int, labels: list[Any] | None = None) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"a": rng.normal(size=rows), "b": rng.normal(size=rows)})
    frame["target"] = labels if labels is not None else [i % 2 for i in range(rows)]
    return frame


TABLES: dict[str, pd.DataFrame] = {
    "3 rows": _frame(3),
    "1 row": _frame(1),
    "NaN labels": _frame(40, [float("nan") if i % 7 == 0 else i % 2 for i in range(40)]),
    "all labels NaN": _frame(40, [float("nan")] * 40),
    "a single class": _frame(40, [1] * 40),
    "a class with one row": _frame(40, [0] * 39 + [1]),
    "no label column": _frame(40).drop(columns="target"),
    "a text feature": _frame(40).assign(b=[PLANT] * 40),
    "a feature with nulls": _frame(40).assign(b=[None] * 40),
}


@pytest.mark.parametrize("case", list(TABLES))
def test_train_model_refuses_unusable_tables(tmp_path: Path, case: str) -> None:
    data = tmp_path / "data.parquet"
    TABLES[case].to_parquet(data, index=False)
    config = json.dumps(
        {"model_name": "bc", "label": "target", "estimator": {"kind": "logistic_regression"}}
    )
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        train_model(str(data), config, str(out / "model"), str(out / "eval.parquet"))
    assert PLANT not in str(caught.value)
    assert not out.exists()


BAD_CONFIGS = [
    "",
    "{",
    PLANT,
    "[]",
    '{"model_name": "bc", "label": "target"}',
    '{"model_name": "BC!", "label": "target", "estimator": {"kind": "logistic_regression"}}',
    '{"model_name": "bc", "label": "target", "estimator": {"kind": "svm"}}',
    '{"model_name": "bc", "label": "target", "estimator": {"kind": "logistic_regression", '
    '"params": {"no_such_param": 1}}}',
    '{"model_name": "bc", "label": "target", "estimator": {"kind": "logistic_regression"}, '
    '"split": {"eval_fraction": 1.5}}',
    f'{{"model_name": "bc", "label": "{PLANT}", "estimator": {{"kind": "logistic_regression"}}}}',
]


@pytest.mark.parametrize("config", BAD_CONFIGS)
def test_train_model_refuses_bad_configs(
    trained: dict[str, Any], tmp_path: Path, config: str
) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        train_model(str(trained["data"]), config, str(out / "model"), str(out / "eval.parquet"))
    if PLANT not in config or "label" not in config:
        assert PLANT not in str(caught.value)
    assert not out.exists()


def _break_bundle(model: Path, name: str) -> None:
    if name == "missing card":
        (model / "card.json").unlink()
    elif name == "corrupt card":
        (model / "card.json").write_text(PLANT)
    elif name == "model swapped":
        (model / "model.skops").write_bytes(PLANT.encode())
    elif name == "corrupt config":
        (model / "config.json").write_text("{" + PLANT)


@pytest.mark.parametrize(
    "damage", ["missing card", "corrupt card", "model swapped", "corrupt config"]
)
@pytest.mark.parametrize("step", ["evaluate", "gate", "push"])
def test_a_damaged_bundle_is_refused_downstream(
    trained: dict[str, Any], tmp_path: Path, damage: str, step: str
) -> None:
    import shutil

    model = tmp_path / "model"
    shutil.copytree(trained["model"], model)
    _break_bundle(model, damage)
    registry = tmp_path / "registry"
    before = snapshot(tmp_path)
    with pytest.raises(MlgateError) as caught:
        if step == "evaluate":
            evaluate_model(str(model), trained["rows"], str(tmp_path / "scores.json"))
        elif step == "gate":
            gate_candidate(
                str(model), _scores_file(tmp_path, trained["scores"]), SPEC, str(registry)
            )
        else:
            push_to_registry(str(model), str(registry), "promote", {"run": "x"})
    assert PLANT not in str(caught.value)
    if step != "gate":
        assert snapshot(tmp_path) == before


@pytest.mark.parametrize("decision", ["reject", "", "Promote", PLANT])
def test_push_refuses_anything_but_promote(
    trained: dict[str, Any], tmp_path: Path, decision: str
) -> None:
    registry = tmp_path / "registry"
    with pytest.raises(CheckFailed) as caught:
        push_to_registry(trained["model"], str(registry), decision, {})
    assert PLANT not in str(caught.value) and not registry.exists()
