"""Training: strict config, reproducible bytes, and clear errors for unusable data."""

import subprocess
import sys

import pandas as pd
import pytest

from components.load_dataset.logic import read_table
from mlgate.errors import InputError
from mlgate.training import TrainingConfig, load_model, model_bytes, parse_config, train
from tests.conftest import REPO

CONFIG = TrainingConfig.model_validate(
    {
        "model_name": "bc",
        "label": "target",
        "seed": 3,
        "estimator": {"kind": "gradient_boosting", "params": {"n_estimators": 20, "max_depth": 2}},
    }
)
FRAME = read_table("sample:breast_cancer")

RETRAIN = """
from components.load_dataset.logic import read_table
from mlgate.training import parse_config, train
config = parse_config(open(0).read())
print(train(read_table("sample:breast_cancer"), config, "d").card.model_sha256)
"""


def test_retraining_gives_the_same_sha256_in_another_process() -> None:
    here = train(FRAME, CONFIG, "d").card.model_sha256
    there = subprocess.run(
        [sys.executable, "-c", RETRAIN],
        input=CONFIG.canonical_json(),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert here == there


@pytest.mark.parametrize("kind", ["gradient_boosting", "logistic_regression"])
def test_model_file_round_trips_without_pickle(kind: str) -> None:
    config = TrainingConfig.model_validate(
        {**CONFIG.model_dump(), "estimator": {"kind": kind, "params": {}}}
    )
    trained = train(FRAME, config, "d")
    assert trained.file == model_bytes(trained.model)
    loaded = load_model(trained.file, "m")
    features = FRAME[trained.card.features]
    assert (loaded.predict_proba(features) == trained.model.predict_proba(features)).all()


def test_a_different_seed_gives_a_different_model() -> None:
    other = TrainingConfig.model_validate({**CONFIG.model_dump(), "seed": 4})
    assert train(FRAME, other, "d").card.model_sha256 != train(FRAME, CONFIG, "d").card.model_sha256
    assert other.sha256() != CONFIG.sha256()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "gradient_boosting"}, "sead": 1}',
            "sead: Extra inputs are not permitted",
        ),
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "svm"}}',
            "estimator.kind: Input should be",
        ),
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "gradient_boosting"}, "seed": "one"}',
            "seed: Input should be a valid integer",
        ),
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "gradient_boosting", "params": {"n_trees": 5}}}',
            "unexpected keyword argument 'n_trees'",
        ),
        (
            '{"model_name": "BC!", "label": "y", "estimator": {"kind": "gradient_boosting"}}',
            "model_name: String should match",
        ),
    ],
)
def test_bad_configs_name_the_field(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_config(text)


def test_mistyped_hyper_parameter_value_is_named() -> None:
    config = parse_config(
        '{"model_name": "bc", "label": "target", "estimator": {"kind": "gradient_boosting", "params": {"max_depth": "deep"}}}'
    )
    with pytest.raises(InputError, match="estimator.params: .*max_depth"):
        train(FRAME, config, "d")


def test_missing_label_column() -> None:
    with pytest.raises(
        InputError, match="label column 'target' is not in the data; columns: mean_radius"
    ):
        train(FRAME.drop(columns=["target"]), CONFIG, "d")


def test_single_class_training_set() -> None:
    with pytest.raises(InputError, match="single class"):
        train(FRAME[FRAME["target"] == 1], CONFIG, "d")


def test_non_numeric_or_null_features() -> None:
    with pytest.raises(InputError, match="feature 'site' is .*not numeric"):
        train(FRAME.assign(site="north"), CONFIG, "d")
    with pytest.raises(InputError, match="feature 'mean_radius' has 1 null values"):
        train(FRAME.assign(mean_radius=FRAME["mean_radius"].mask(FRAME.index == 0)), CONFIG, "d")


def test_corrupt_or_foreign_model_files_are_refused() -> None:
    trained = train(FRAME, CONFIG, "d")
    with pytest.raises(InputError, match="m: corrupt model file"):
        load_model(trained.file[:1000], "m")
    import skops.io as sio

    foreign = sio.dumps(pd.Timestamp("2026-01-01"))
    with pytest.raises(InputError, match="untrusted types"):
        load_model(foreign, "m")
