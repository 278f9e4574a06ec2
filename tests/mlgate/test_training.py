"""Training: strict config, reproducible bytes, and clear errors for unusable data."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mlgate.data.tables import read_table
from mlgate.errors import InputError
from mlgate.models.training import (
    TrainingConfig,
    load_model,
    model_bytes,
    parse_config,
    reproducibility,
    train,
)
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
from mlgate.data.tables import read_table
from mlgate.models.training import parse_config, train
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
            "estimator: Value error, kind 'svm' is neither a built-in estimator",
        ),
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "gradient_boosting"}, "seed": "one"}',
            "seed: Input should be a valid integer",
        ),
        (
            '{"model_name": "bc", "label": "y", "estimator": {"kind": "gradient_boosting", "params": {"n_trees": 5}}}',
            "estimator.params.n_trees: sklearn.ensemble.GradientBoostingClassifier takes no "
            "parameter 'n_trees'; it takes .*n_estimators",
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


def test_mistyped_hyper_parameter_value_is_named_before_any_data_is_read() -> None:
    with pytest.raises(InputError, match="estimator.params.max_depth: The 'max_depth' parameter"):
        parse_config(
            '{"model_name": "bc", "label": "target", "estimator": {"kind": "gradient_boosting", "params": {"max_depth": "deep"}}}'
        )


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


def _config(**changes: object) -> TrainingConfig:
    return TrainingConfig.model_validate({**CONFIG.model_dump(), **changes})


@pytest.mark.parametrize(
    ("estimator", "task", "message"),
    [
        (
            {"kind": "sklearn.ensemble.NoSuchForest"},
            "classification",
            "estimator.kind 'sklearn.ensemble.NoSuchForest': module 'sklearn.ensemble' has no 'NoSuchForest'",
        ),
        (
            {"kind": "nosuchlib.Model"},
            "classification",
            "estimator.kind 'nosuchlib.Model': cannot import module 'nosuchlib'",
        ),
        (
            {"kind": "sklearn.linear_model.Ridge"},
            "classification",
            "estimator.kind 'sklearn.linear_model.Ridge' is not a scikit-learn-API classifier \\(no predict_proba\\)",
        ),
        (
            {"kind": "sklearn.ensemble.RandomForestClassifier"},
            "regression",
            "is a classifier, but task is 'regression'",
        ),
        (
            {"kind": "logistic_regression"},
            "regression",
            "estimator.kind 'logistic_regression' has no regression estimator; for regression use "
            "one of gradient_boosting, hist_gradient_boosting, random_forest, ridge",
        ),
        (
            {"kind": "random_forest", "params": {"n_estimator": 5}},
            "classification",
            "estimator.params.n_estimator: sklearn.ensemble.RandomForestClassifier takes no parameter",
        ),
        (
            {"kind": "random_forest", "params": {"n_estimators": -5}},
            "classification",
            "estimator.params.n_estimators: The 'n_estimators' parameter",
        ),
        ({"kind": "json.JSONDecoder"}, "classification", "is not a scikit-learn-API classifier"),
    ],
)
def test_an_unusable_estimator_is_refused_at_parse_time_naming_the_field(
    estimator: dict, task: str, message: str
) -> None:
    text = _config(estimator=estimator, task=task).canonical_json()
    with pytest.raises(InputError, match=message):
        parse_config(text)


def test_any_scikit_learn_estimator_by_import_path_trains_seeded_and_reproducibly() -> None:
    config = _config(
        estimator={"kind": "sklearn.ensemble.ExtraTreesClassifier", "params": {"n_estimators": 10}}
    )
    first, second = train(FRAME, config, "d"), train(FRAME, config, "d")
    assert first.card.model_sha256 == second.card.model_sha256
    assert first.model.get_params()["random_state"] == config.seed  # seeded from the config
    assert first.card.estimator == "sklearn.ensemble.ExtraTreesClassifier"
    assert first.card.reproducible and "scikit-learn" in first.card.reproducibility
    assert first.card.task == "binary" and first.card.classes == [0, 1]


def test_a_regression_task_trains_a_regressor_with_a_mean_baseline() -> None:
    from sklearn.datasets import load_diabetes

    frame = load_diabetes(as_frame=True).frame
    config = TrainingConfig.model_validate(
        {
            "model_name": "diabetes",
            "label": "target",
            "task": "regression",
            "estimator": {"kind": "gradient_boosting", "params": {"n_estimators": 30}},
        }
    )
    trained = train(frame, config, "d")
    card = trained.card
    assert card.task == "regression" and card.classes == [] and card.majority_class is None
    assert card.estimator == "sklearn.ensemble.GradientBoostingRegressor"
    assert card.baseline_prediction is not None and 140 < card.baseline_prediction < 165
    assert card.reproducible and card.reproducibility.startswith("built-in")
    assert train(frame, config, "d").card.model_sha256 == card.model_sha256
    with pytest.raises(InputError, match="label 'target' is str, but task is 'regression'"):
        train(frame.assign(target="high"), config, "d")


def test_a_multiclass_task_records_its_classes() -> None:
    from sklearn.datasets import load_wine

    config = _config(
        model_name="wine", estimator={"kind": "random_forest", "params": {"n_estimators": 20}}
    )
    card = train(load_wine(as_frame=True).frame, config, "d").card
    assert card.task == "multiclass" and card.classes == [0, 1, 2]
    assert card.majority_class == 1


def test_an_estimator_outside_scikit_learn_is_not_claimed_reproducible() -> None:
    claimed, why = reproducibility(_config(estimator={"kind": "catboost.CatBoostClassifier"}))
    assert not claimed and "does not claim byte-identical retraining" in why


def test_cards_written_before_tasks_existed_still_read() -> None:
    from mlgate.models.training import ModelCard

    old = train(FRAME, CONFIG, "d").card.model_dump()
    for key in ("task", "baseline_prediction", "estimator", "reproducible", "reproducibility"):
        old.pop(key)
    assert ModelCard.model_validate(old).task == "binary"


# lightgbm and xgboost (the `boosting` extra): binary, multiclass and regression.
def _table(name: str) -> pd.DataFrame:
    from sklearn import datasets

    return getattr(datasets, f"load_{name}")(as_frame=True).frame


BOOSTED = [
    ("lightgbm.LGBMClassifier", "classification", "breast_cancer", "binary"),
    ("lightgbm.LGBMClassifier", "classification", "wine", "multiclass"),
    ("lightgbm.LGBMRegressor", "regression", "diabetes", "regression"),
    ("xgboost.XGBClassifier", "classification", "breast_cancer", "binary"),
    ("xgboost.XGBClassifier", "classification", "wine", "multiclass"),
    ("xgboost.XGBRegressor", "regression", "diabetes", "regression"),
]


def _boosted(kind: str, task: str, **params: object) -> TrainingConfig:
    return _config(
        model_name="boosted",
        task=task,
        estimator={"kind": kind, "params": {"n_estimators": 20, "max_depth": 3, **params}},
    )


@pytest.mark.parametrize(("kind", "task", "table", "card_task"), BOOSTED)
def test_lightgbm_and_xgboost_train_deterministic_and_load_back(
    kind: str, task: str, table: str, card_task: str
) -> None:
    frame = _table(table)
    config = _boosted(kind, task, subsample=0.8, colsample_bytree=0.8)
    first, second = train(frame, config, "d"), train(frame, config, "d")
    assert first.card.model_sha256 == second.card.model_sha256
    assert first.card.task == card_task and first.card.estimator == kind
    assert first.card.reproducible, first.card.reproducibility
    assert "n_jobs=1" in first.card.reproducibility and "tested" in first.card.reproducibility
    params = first.model.get_params()
    assert params["random_state"] == config.seed and params["n_jobs"] == 1
    if kind.startswith("lightgbm"):
        assert params["deterministic"] is True and params["force_row_wise"] is True
    loaded = load_model(first.file, "m")
    assert type(loaded) is type(first.model)
    rows = first.eval_frame[first.card.features]
    predict = "predict" if task == "regression" else "predict_proba"
    assert (getattr(loaded, predict)(rows) == getattr(first.model, predict)(rows)).all()


RETRAIN_ANY = """
import sys
import pandas as pd
from mlgate.models.training import parse_config, train
config = parse_config(sys.stdin.read())
print(train(pd.read_parquet(sys.argv[1]), config, "d").card.model_sha256)
"""


@pytest.mark.parametrize(
    ("kind", "task", "table"),
    [
        ("lightgbm.LGBMClassifier", "classification", "wine"),
        ("xgboost.XGBRegressor", "regression", "diabetes"),
    ],
)
def test_boosted_retraining_in_another_process_gives_the_same_sha256(
    kind: str, task: str, table: str, tmp_path: Path
) -> None:
    frame = _table(table)
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    config = _boosted(kind, task, subsample=0.8)
    there = subprocess.run(
        [sys.executable, "-c", RETRAIN_ANY, str(tmp_path / "t.parquet")],
        input=config.canonical_json(),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert there == train(pd.read_parquet(tmp_path / "t.parquet"), config, "d").card.model_sha256


@pytest.mark.parametrize(
    ("kind", "params", "message"),
    [
        (
            "lightgbm.LGBMClassifier",
            {"num_trees": 5},
            "estimator.params.num_trees: lightgbm.LGBMClassifier takes no parameter 'num_trees'; "
            "it takes .*deterministic, force_row_wise.*n_estimators.*verbosity",
        ),
        (
            # lightgbm would take it as **kwargs and ignore it, with a warning at most.
            "lightgbm.LGBMClassifier",
            {"tree_method": "exact"},
            "estimator.params.tree_method: lightgbm.LGBMClassifier takes no parameter",
        ),
        (
            "xgboost.XGBClassifier",
            {"boosting_type": "dart"},
            "estimator.params.boosting_type: xgboost.XGBClassifier takes no parameter "
            "'boosting_type'; it takes .*tree_method",
        ),
        (
            "xgboost.XGBClassifier",
            {"nthread": 4},
            "estimator.params.nthread: xgboost.XGBClassifier takes no parameter 'nthread'; it takes .*n_jobs",
        ),
    ],
)
def test_an_unknown_boosting_parameter_is_named_before_any_data_is_read(
    kind: str, params: dict, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        parse_config(_config(estimator={"kind": kind, "params": params}).canonical_json())


@pytest.mark.parametrize(
    ("kind", "params", "message"),
    [
        ("lightgbm.LGBMClassifier", {"learning_rate": "fast"}, "estimator.params.learning_rate: "),
        ("lightgbm.LGBMClassifier", {"objective": "nonsense"}, "estimator.params.objective: "),
        ("xgboost.XGBClassifier", {"max_depth": 2.5}, "estimator.params.max_depth: "),
    ],
)
def test_a_boosting_value_the_library_refuses_is_an_input_error_naming_it(
    kind: str, params: dict, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        train(FRAME, _config(estimator={"kind": kind, "params": params}), "d")


def test_a_config_that_overrides_determinism_is_trained_but_not_claimed_reproducible() -> None:
    config = _boosted("lightgbm.LGBMClassifier", "classification", n_jobs=2)
    trained = train(FRAME, config, "d")
    assert trained.model.get_params()["n_jobs"] == 2  # the config's choice is respected
    assert not trained.card.reproducible
    assert trained.card.reproducibility.startswith(
        "lightgbm.LGBMClassifier with n_jobs=2: mlgate claims byte-identical retraining only "
        "with n_jobs=1, deterministic=True, force_row_wise=True"
    )
    claimed, why = reproducibility(
        _boosted("xgboost.XGBRegressor", "regression", tree_method="approx")
    )
    assert not claimed and "tree_method=approx" in why


def test_xgboost_classifiers_need_labels_0_to_k_minus_1() -> None:
    config = _boosted("xgboost.XGBClassifier", "classification")
    with pytest.raises(
        InputError, match=r"xgboost's classifiers need the classes 0..1, got \[1, 2\]"
    ):
        train(FRAME.assign(target=FRAME["target"] + 1), config, "d")
    # lightgbm takes any labels, and predict_proba's columns follow the sorted classes.
    card = train(
        FRAME.assign(target=FRAME["target"] + 1),
        _boosted("lightgbm.LGBMClassifier", "classification"),
        "d",
    ).card
    assert card.classes == [1, 2]


def test_only_the_boosting_types_they_need_are_trusted() -> None:
    import lightgbm
    import skops.io as sio
    import xgboost

    for other in (lightgbm.LGBMRanker(), xgboost.XGBRFClassifier(), xgboost.XGBRanker()):
        with pytest.raises(InputError, match=f"untrusted types .*{type(other).__name__}"):
            load_model(model_bytes(other), "m")
    booster = train(_table("diabetes"), _boosted("lightgbm.LGBMRegressor", "regression"), "d")
    # A trusted estimator holding an untrusted object is refused for that object.
    booster.model.foreign_ = pd.Timestamp("2026-01-01")
    with pytest.raises(InputError, match="untrusted types .*pandas"):
        load_model(model_bytes(booster.model), "m")
    assert sorted(sio.get_untrusted_types(data=booster.file)) == [
        "collections.OrderedDict",
        "lightgbm.basic.Booster",
        "lightgbm.sklearn.LGBMRegressor",
    ]
