"""Training: one strict config, seeded everywhere, and a model file whose bytes are reproducible.

The estimator is any scikit-learn-API class, named by a built-in shortcut
(``gradient_boosting``, ``random_forest``, ...; see ``BUILTIN_ESTIMATORS``) or by its
import path (``sklearn.ensemble.ExtraTreesRegressor``, ``lightgbm.LGBMClassifier``,
``xgboost.XGBRegressor``). The config is checked before any data is read: the class must
import and fit the task, and every parameter must be one the class takes (scikit-learn
estimators also check the values then; lightgbm and xgboost check them when fitting).
lightgbm and xgboost (the ``boosting`` extra) are run single-threaded and deterministic
(``BOOSTING``), so they retrain byte for byte too.

The model is serialised with skops, which loads without executing code (only
types the caller trusts are rebuilt). skops names the arrays in its zip by
``id()`` (bytes, such as xgboost's booster, by a random uuid) and stamps the
current time on each entry, so two identical models give different bytes;
``model_bytes`` renumbers those names in order of first appearance and fixes the
timestamps, after which the same data + config + code + image give a file with
the same sha256.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import json
import math
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mlgate.errors import InputError, describe_validation_error

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BOOSTING",
    "BUILTIN_ESTIMATORS",
    "ModelCard",
    "TrainedModel",
    "TrainingConfig",
    "load_model",
    "model_bytes",
    "package_model",
    "parquet_bytes",
    "parse_config",
    "train",
]

MODEL_FILE, CONFIG_FILE, CARD_FILE = "model.skops", "config.json", "card.json"
BUNDLE_FILES = (MODEL_FILE, CONFIG_FILE, CARD_FILE)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SplitConfig(_Strict):
    """How the table is split into training and evaluation rows."""

    eval_fraction: Annotated[float, Field(gt=0, lt=1)] = 0.25
    stratify: bool = True


Scalar = int | float | str | bool | None
Task = Literal["binary", "multiclass", "regression"]

# Shortcuts for the estimators mlgate tests and guarantees byte-identical retraining for:
# name -> (classifier, regressor) import paths; None where the task has no such estimator.
# Linear models are fitted behind a StandardScaler, as they should be.
BUILTIN_ESTIMATORS: dict[str, tuple[str | None, str | None]] = {
    "gradient_boosting": (
        "sklearn.ensemble.GradientBoostingClassifier",
        "sklearn.ensemble.GradientBoostingRegressor",
    ),
    "hist_gradient_boosting": (
        "sklearn.ensemble.HistGradientBoostingClassifier",
        "sklearn.ensemble.HistGradientBoostingRegressor",
    ),
    "random_forest": (
        "sklearn.ensemble.RandomForestClassifier",
        "sklearn.ensemble.RandomForestRegressor",
    ),
    "logistic_regression": ("sklearn.linear_model.LogisticRegression", None),
    "ridge": (None, "sklearn.linear_model.Ridge"),
}
_SCALED = {"logistic_regression", "ridge"}

# The gradient-boosting libraries beyond scikit-learn (the `boosting` extra), by the first
# part of the import path, with what mlgate sets unless the config sets it: one thread
# (n_jobs, their scikit-learn name for num_threads / nthread: threads race on floating-point
# sums), lightgbm's deterministic mode with row-wise histograms (it would otherwise pick
# row- or column-wise by timing them), and xgboost's hist method, named so that a change of
# xgboost's default cannot change the model. random_state is the config's seed, as for any
# estimator. With these, retraining gives the same bytes (tested); a config that overrides
# one is trained as it says, and its lineage does not claim byte-identical retraining.
BOOSTING: dict[str, dict[str, Scalar]] = {
    "lightgbm": {"n_jobs": 1, "deterministic": True, "force_row_wise": True},
    "xgboost": {"n_jobs": 1, "tree_method": "hist"},
}
# lightgbm prints to stdout, a warning for every tree that stops early among them ("No
# further splits"), which buries a task's log: quiet, unless the config sets verbosity.
_QUIET: dict[str, dict[str, Scalar]] = {"lightgbm": {"verbosity": -1}}
_IMPORT_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")


class EstimatorConfig(_Strict):
    """The estimator and its hyper-parameters (passed as keyword arguments).

    ``kind`` is a key of ``BUILTIN_ESTIMATORS`` or the import path of any class with
    scikit-learn's API (``fit``, ``predict``, and ``predict_proba`` for a classifier).
    """

    kind: Annotated[str, Field(min_length=1, max_length=200)]
    params: dict[str, Scalar | list[Scalar]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_kind(self) -> EstimatorConfig:
        if self.kind not in BUILTIN_ESTIMATORS and not _IMPORT_PATH.match(self.kind):
            raise ValueError(
                f"kind {self.kind[:60]!r} is neither a built-in estimator "
                f"({', '.join(sorted(BUILTIN_ESTIMATORS))}) nor an import path such as "
                "'sklearn.ensemble.ExtraTreesClassifier'"
            )
        return self


class SliceConfig(_Strict):
    """Evaluation slices: rows grouped by ``column`` cut at ``edges``."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    column: str
    edges: Annotated[list[float], Field(min_length=1)]


class TrainingConfig(_Strict):
    """Everything that decides a model, persisted with it as canonical JSON."""

    model_name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    label: str
    # classification: binary or multiclass, by the labels' classes; regression: a number.
    task: Literal["classification", "regression"] = "classification"
    features: list[str] | None = None  # None: every column but the label
    split: SplitConfig = SplitConfig()
    estimator: EstimatorConfig
    seed: int = 0
    slices: list[SliceConfig] = Field(default_factory=list)

    def canonical_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json().encode()).hexdigest()


class ModelCard(_Strict):
    """What a model file needs beside it to be used, checked and traced.

    This is part of the model artifact contract (docs/model-artifact.md): a team's own
    training component writes one beside its model file.
    """

    model_name: str
    label: str
    task: Task
    features: list[str]
    classes: list[int | str]  # classifiers: in predict_proba's column order; regression: []
    majority_class: int | str | None = None  # the classification baseline's prediction
    baseline_prediction: float | None = None  # the regression baseline's: the training mean
    estimator: str = ""  # the import path of the estimator's class
    # Whether retraining from the same data, config and image gives the same model sha256;
    # when not claimed, why not.
    reproducible: bool = True
    reproducibility: str = ""
    model_sha256: str
    config_sha256: str
    data_sha256: str
    eval_sha256: str
    train_rows: int
    eval_rows: int

    @model_validator(mode="before")
    @classmethod
    def _task_of_older_cards(cls, data: Any) -> Any:
        # Cards written before tasks existed were classifiers; their classes say which kind.
        if isinstance(data, dict) and "task" not in data:
            classes = data.get("classes")
            if isinstance(classes, list):
                data = {**data, "task": "binary" if len(classes) == 2 else "multiclass"}
        return data

    @model_validator(mode="after")
    def _baseline_for_the_task(self) -> ModelCard:
        if self.task == "regression":
            if self.classes or self.baseline_prediction is None:
                raise ValueError(
                    "a regression card has no classes and needs baseline_prediction "
                    "(the training label's mean)"
                )
        else:
            need = "exactly 2" if self.task == "binary" else "3 or more"
            if (len(self.classes) == 2) != (self.task == "binary") or len(self.classes) < 2:
                raise ValueError(
                    f"a {self.task} card needs {need} classes, got {len(self.classes)}"
                )
            if self.majority_class not in self.classes:
                raise ValueError("majority_class must be one of classes")
        return self


def parse_config(
    text: str, source: str = "training config", *, check_estimator: bool = True
) -> TrainingConfig:
    """Parses a training config from JSON or YAML text.

    Args:
        text: The config.
        source: Its name, for messages.
        check_estimator: Build the estimator to reject unknown hyper-parameters now, not
            after the data is loaded. A bundle's config passed this check when it was
            trained, and skipping it spares the import of scikit-learn.

    Raises:
        InputError: unknown or mistyped fields, naming each.
    """
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: not valid YAML/JSON ({type(exc).__name__})") from None
    try:
        config = TrainingConfig.model_validate(data)
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        raise InputError(f"{source}: invalid training config: {problems}") from None
    if check_estimator:
        _estimator(config)
    return config


def estimator_path(config: TrainingConfig) -> str:
    """The import path of the class ``config.estimator.kind`` names for ``config.task``.

    Raises:
        InputError: a built-in with no estimator for the task.
    """
    kind = config.estimator.kind
    if kind not in BUILTIN_ESTIMATORS:
        return kind
    classifier, regressor = BUILTIN_ESTIMATORS[kind]
    path = regressor if config.task == "regression" else classifier
    if path is None:
        fits = [k for k, pair in BUILTIN_ESTIMATORS.items() if pair[config.task == "regression"]]
        raise InputError(
            f"estimator.kind {kind!r} has no {config.task} estimator; for {config.task} use "
            f"one of {', '.join(sorted(fits))}, or an import path"
        )
    return path


def _estimator_class(config: TrainingConfig) -> type:
    """The estimator's class, imported, checked for scikit-learn's API and the task."""
    path = estimator_path(config)
    module_name, _, name = path.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), name)
    except (ImportError, OSError) as exc:  # OSError: a native library it loads is missing
        raise InputError(
            f"estimator.kind {path!r}: cannot import module {module_name!r} "
            f"({type(exc).__name__}: {str(exc)[:80]}); install it in the image, or fix the path"
        ) from None
    except AttributeError:
        raise InputError(
            f"estimator.kind {path!r}: module {module_name!r} has no {name!r}; check the spelling"
        ) from None
    needed = ["fit", "predict", "get_params"]
    if config.task == "classification":
        needed.append("predict_proba")  # every classification metric but accuracy needs scores
    missing = [m for m in needed if not callable(getattr(cls, m, None))]
    if not isinstance(cls, type) or missing:
        raise InputError(
            f"estimator.kind {path!r} is not a scikit-learn-API "
            f"{'classifier' if config.task == 'classification' else 'regressor'}"
            + (f" (no {', '.join(missing)})" if missing else " (not a class)")
            + "; give an estimator class that has fit, predict, get_params"
            + (" and predict_proba" if config.task == "classification" else "")
        )
    declared = _declared_type(cls)
    expected = "regressor" if config.task == "regression" else "classifier"
    if declared in ("classifier", "regressor") and declared != expected:
        raise InputError(
            f"estimator.kind {path!r} is a {declared}, but task is {config.task!r}; set task "
            f"to {'regression' if declared == 'regressor' else 'classification'} or pick a "
            f"{expected}"
        )
    return cls


def _declared_type(cls: type) -> str | None:
    """The kind ("classifier" or "regressor") the class declares itself, when it does."""
    try:  # scikit-learn >= 1.6: tags; before, and other libraries: _estimator_type
        tags = cls().__sklearn_tags__()
        declared = getattr(tags, "estimator_type", None)
    except Exception:  # no tags, or a class that cannot be built bare: the next check says so
        declared = None
    return declared or getattr(cls, "_estimator_type", None)


def _estimator(config: TrainingConfig) -> Any:
    """The configured estimator, unfitted, seeded, its parameters checked (names and values).

    Raises:
        InputError: an unknown estimator, an unknown parameter, or a value it refuses;
            the message names ``estimator.kind`` or ``estimator.params.<name>``.
    """
    cls = _estimator_class(config)
    params: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in config.estimator.params.items()
    }
    try:
        # lightgbm's and xgboost's classes take **kwargs too, and hand a name they do not
        # know to the native library, which ignores it (at most with a warning): so for every
        # class, the names accepted are those its constructor declares, which get_params()
        # of a default instance lists, plus the settings mlgate makes for determinism.
        accepted = set(cls().get_params(deep=False))
    except Exception as exc:  # a class that cannot be built without arguments: not sklearn-API
        raise InputError(
            f"estimator.kind {estimator_path(config)!r}: cannot be built without arguments "
            f"({type(exc).__name__}); scikit-learn-API estimators take keyword parameters only"
        ) from None
    forced = {**_QUIET.get(_library(config), {}), **BOOSTING.get(_library(config), {})}
    accepted |= set(forced)
    unknown = sorted(set(params) - accepted)
    if unknown:
        raise InputError(
            f"estimator.params.{unknown[0]}: {estimator_path(config)} takes no parameter "
            f"{unknown[0]!r}; it takes {', '.join(sorted(accepted))}"
        )
    # Seeded everywhere: a random_state the config does not set is the config's seed.
    if "random_state" in accepted and "random_state" not in params:
        params["random_state"] = config.seed
    params = {**forced, **params}  # determinism, unless the config says otherwise
    try:
        estimator = cls(**params)
        # scikit-learn checks values here, without any data. Other classes inherit the
        # method from BaseEstimator but declare no constraints; they check when fitting.
        if hasattr(estimator, "_parameter_constraints"):
            estimator._validate_params()
    except (TypeError, ValueError) as exc:
        raise _param_error(exc, config.estimator.params) from None
    if config.estimator.kind in _SCALED:
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        return make_pipeline(StandardScaler(), estimator)
    return estimator


def _param_error(exc: Exception, params: dict[str, Any]) -> InputError:
    """An estimator's refusal of a value, naming the parameter when its message shows which.

    scikit-learn names the parameter; lightgbm and xgboost sometimes quote only the value
    (lightgbm: "Unknown token fast in data file"), so a value the message quotes names it too.
    """
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    by_length = sorted(params, key=len, reverse=True)
    named = next((k for k in by_length if k in first), None) or next(
        (
            k
            for k in by_length
            if isinstance(params[k], str) and len(params[k]) > 1 and params[k] in first
        ),
        None,
    )
    return InputError(f"estimator.params{'.' + named if named else ''}: {first[:300]}")


def _library(config: TrainingConfig) -> str:
    """The top-level package of the estimator's class (``sklearn``, ``lightgbm``, ...)."""
    return estimator_path(config).partition(".")[0]


def reproducibility(config: TrainingConfig) -> tuple[bool, str]:
    """Whether retraining is claimed to give the same bytes, and on what grounds.

    Built-ins are tested for it (tests/mlgate/test_training.py). Other scikit-learn
    estimators are claimed when seeded (they are deterministic given ``random_state`` and
    serialise through skops); lightgbm and xgboost when they run as ``BOOSTING`` sets them
    (tested); anything else is not claimed, and the lineage says so.
    """
    path = estimator_path(config)
    if config.estimator.kind in BUILTIN_ESTIMATORS:
        return True, "built-in estimator: byte-identical retraining is tested"
    if path.startswith("sklearn."):
        return True, "scikit-learn estimator, seeded by the config"
    library = _library(config)
    if library in BOOSTING:
        forced = BOOSTING[library]
        settings = ", ".join(f"{k}={v}" for k, v in forced.items())
        changed = {k: v for k, v in config.estimator.params.items() if forced.get(k, v) != v}
        if changed:
            k, v = next(iter(sorted(changed.items())))
            return False, (
                f"{path} with {k}={v}: mlgate claims byte-identical retraining only with "
                f"{settings} (its defaults; leave {k} unset for it)"
            )
        version = getattr(importlib.import_module(library), "__version__", "?")
        return True, (
            f"{library} {version}, {settings}, seeded by the config: byte-identical "
            "retraining is tested"
        )
    return False, (
        f"{path} is outside scikit-learn: mlgate does not claim byte-identical retraining "
        "(threading, GPU or library versions may change the bytes)"
    )


@dataclass
class TrainedModel:
    model: Any
    card: ModelCard
    eval_frame: pd.DataFrame
    file: bytes  # the model file (skops, reproducible)
    eval_file: bytes  # the evaluation rows as Parquet; card.eval_sha256 is its sha256


def train(frame: pd.DataFrame, config: TrainingConfig, data_sha256: str) -> TrainedModel:
    """Splits ``frame``, fits the configured estimator, and serialises it reproducibly.

    Raises:
        InputError: the label or a feature is missing, features are not numeric or have
            nulls, the training split has a single class, or a hyper-parameter is invalid.
    """
    from sklearn.model_selection import train_test_split
    from sklearn.utils._param_validation import InvalidParameterError

    regression = config.task == "regression"
    features = _check_columns(frame, config)
    labels = frame[config.label]
    _check_split(labels, config)
    stratify = config.split.stratify and not regression and labels.nunique() > 1
    try:
        train_rows, eval_rows = train_test_split(
            frame,
            test_size=config.split.eval_fraction,
            random_state=config.seed,
            stratify=labels if stratify else None,
        )
    except ValueError:  # scikit-learn's own refusal, for a split _check_split did not foresee
        raise InputError(
            f"cannot split {len(frame)} rows into training and evaluation rows with "
            f"eval_fraction {config.split.eval_fraction}; give more rows"
        ) from None
    classes = [] if regression else sorted(train_rows[config.label].unique().tolist())
    if not regression and len(classes) < 2:
        raise InputError(
            f"label {config.label!r}: the training split has a single class ({classes[0]!r}); "
            "a classifier needs at least two"
        )
    library = _library(config)
    if library == "xgboost" and classes and classes != list(range(len(classes))):
        raise InputError(
            f"label {config.label!r}: xgboost's classifiers need the classes 0..{len(classes) - 1}"
            f", got {classes[:5]}{'...' if len(classes) > 5 else ''}; encode the label as "
            "0..K-1 first, or use lightgbm.LGBMClassifier, which takes any labels"
        )
    estimator = _estimator(config)
    try:
        estimator.fit(train_rows[features], train_rows[config.label])
    except Exception as exc:
        # Values the estimator refuses only now: scikit-learn's own, and lightgbm's and
        # xgboost's (LightGBMError is no ValueError). Anything else is a bug: let it out.
        if not isinstance(exc, InvalidParameterError | ValueError) and (
            type(exc).__module__.partition(".")[0] != library or library == "sklearn"
        ):
            raise
        raise _param_error(exc, config.estimator.params) from None
    return package_model(
        estimator,
        config,
        train_rows,
        eval_rows,
        data_sha256,
        reproducible=reproducibility(config),
    )


def package_model(
    model: Any,
    config: TrainingConfig,
    train_rows: pd.DataFrame,
    eval_rows: pd.DataFrame,
    data_sha256: str,
    *,
    reproducible: tuple[bool, str] | None = None,
) -> TrainedModel:
    """A fitted model as a bundle evaluate_model, gate_candidate and push_to_registry accept.

    ``train`` ends here; a team's own training component calls it too, with its own
    fitted estimator and split (see docs/model-artifact.md): the card is derived, never
    typed, so what the gate judges is bound to the bytes it describes.

    Args:
        model: A fitted scikit-learn-API estimator (``predict_proba`` for a classifier,
            with ``classes_`` in sorted order; ``predict`` for a regressor).
        config: Its training config; ``estimator.kind`` names its class.
        train_rows: The rows it was fitted on (the baseline is derived from them).
        eval_rows: The held-out rows it is to be judged on.
        data_sha256: sha256 of the table both came from.
        reproducible: Whether retraining from the config gives the same bytes, and why;
            by default not claimed, since mlgate did not train it.

    Raises:
        InputError: the model does not fit the config's task or classes, or holds types
            evaluation refuses to load.
    """
    regression = config.task == "regression"
    features = _check_columns(_concat(train_rows, eval_rows), config)
    classes = [] if regression else sorted(train_rows[config.label].unique().tolist())
    fitted = getattr(model, "classes_", None)
    if not regression and fitted is not None and list(fitted) != classes:
        raise InputError(
            f"the model's classes_ {list(fitted)[:10]} are not the training rows' classes "
            f"{classes[:10]} in sorted order; predict_proba's columns would be misread"
        )
    if not regression and len(classes) < 2:
        raise InputError(f"label {config.label!r}: the training rows have a single class")
    file = model_bytes(model)
    _check_loadable(file, config)
    eval_frame = eval_rows.reset_index(drop=True)
    eval_file = parquet_bytes(eval_frame)
    claimed, why = reproducible or (
        False,
        "trained outside mlgate's train_model: retraining from config.json is not claimed "
        "to reproduce it",
    )
    task: Task = "regression" if regression else "binary" if len(classes) == 2 else "multiclass"
    card = ModelCard(
        model_name=config.model_name,
        label=config.label,
        task=task,
        features=features,
        classes=classes,
        majority_class=None if regression else _majority(train_rows[config.label]),
        baseline_prediction=float(train_rows[config.label].mean()) if regression else None,
        estimator=estimator_path(config),
        reproducible=claimed,
        reproducibility=why,
        model_sha256=hashlib.sha256(file).hexdigest(),
        config_sha256=config.sha256(),
        data_sha256=data_sha256,
        eval_sha256=hashlib.sha256(eval_file).hexdigest(),
        train_rows=len(train_rows),
        eval_rows=len(eval_frame),
    )
    return TrainedModel(model, card, eval_frame, file, eval_file)


def _majority(labels: pd.Series) -> Any:
    """The most frequent class; on a tie, the smallest (so the baseline is deterministic)."""
    return labels.value_counts().sort_index().idxmax()


def _concat(*frames: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def _check_loadable(file: bytes, config: TrainingConfig) -> None:
    """Refuses a model that evaluate_model would refuse to load, before anything is written."""
    import skops.io as sio

    refused = _refused(sio.get_untrusted_types(data=file))
    if refused:
        raise InputError(
            f"estimator.kind {estimator_path(config)!r}: its fitted model holds types outside "
            f"scikit-learn, numpy, scipy and lightgbm's and xgboost's estimators "
            f"({', '.join(refused[:3])}), which evaluation refuses to load from a skops file; "
            "use a scikit-learn, lightgbm or xgboost estimator"
        )


# The fewest rows each split may have: a classifier needs two classes to learn from, and an
# evaluation of one row says nothing. Below this, train refuses rather than guessing.
MIN_SPLIT_ROWS = 2


def _check_split(labels: pd.Series, config: TrainingConfig) -> None:
    """Refuses labels that cannot be split into usable training and evaluation rows."""
    nulls = int(labels.isna().sum())
    if nulls:
        raise InputError(
            f"label {config.label!r} has {nulls} null value(s); drop or fill those rows first"
        )
    rows = len(labels)
    eval_rows = math.ceil(rows * config.split.eval_fraction)
    if min(eval_rows, rows - eval_rows) < MIN_SPLIT_ROWS:
        raise InputError(
            f"{rows} rows are too few to train on: eval_fraction "
            f"{config.split.eval_fraction} leaves {rows - eval_rows} training and {eval_rows} "
            f"evaluation rows, and each needs at least {MIN_SPLIT_ROWS}; give more rows"
        )
    if config.task == "regression":
        from pandas.api.types import is_bool_dtype, is_numeric_dtype

        if not is_numeric_dtype(labels.dtype) or is_bool_dtype(labels.dtype):
            raise InputError(
                f"label {config.label!r} is {labels.dtype}, but task is 'regression', which "
                "needs a numeric label; set task to 'classification' or encode the label"
            )
        return
    if config.split.stratify and labels.nunique() > 1:
        smallest = int(labels.value_counts().min())
        if smallest < MIN_SPLIT_ROWS:
            raise InputError(
                f"label {config.label!r}: a class has only {smallest} row(s), too few for a "
                "stratified split; give more rows of it, or set split.stratify to false"
            )


def _check_columns(frame: pd.DataFrame, config: TrainingConfig) -> list[str]:
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    if config.label not in frame.columns:
        raise InputError(
            f"label column {config.label!r} is not in the data; columns: {', '.join(frame.columns)}"
        )
    features = config.features or [c for c in frame.columns if c != config.label]
    missing = [f for f in features if f not in frame.columns]
    if missing:
        raise InputError(f"features not in the data: {', '.join(missing)}")
    for name in features:
        column = frame[name]
        if not (is_numeric_dtype(column.dtype) or is_bool_dtype(column.dtype)):
            raise InputError(f"feature {name!r} is {column.dtype}, not numeric; encode it first")
        if column.isna().any():
            raise InputError(f"feature {name!r} has {int(column.isna().sum())} null values")
    return list(features)


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """A frame as Parquet bytes (deterministic for the same frame and library versions)."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()


# An object's id, and the file its array or bytes are stored in: named by the id (arrays)
# or by a random uuid4 (bytes and bytearrays, e.g. xgboost's booster). Both are renumbered.
_SKOPS_ID = re.compile(
    r'("__id__": |"file": ")([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)'
)


def model_bytes(model: Any) -> bytes:
    """The model as a skops file with deterministic bytes (see the module docstring)."""
    import skops.io as sio

    source = zipfile.ZipFile(io.BytesIO(sio.dumps(model)))
    schema = source.read("schema.json").decode("utf-8")
    ids: dict[str, str] = {}
    for match in _SKOPS_ID.finditer(schema):
        ids.setdefault(match.group(2), str(len(ids) + 1))
    entries = {
        "schema.json": _SKOPS_ID.sub(lambda m: m.group(1) + ids[m.group(2)], schema).encode()
    }
    for name in source.namelist():
        if name != "schema.json":
            stem, _, suffix = name.partition(".")
            entries[f"{ids[stem]}.{suffix}"] = source.read(name)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, entries[name])
    return out.getvalue()


# Types a model file may rebuild: scikit-learn's, numpy's and scipy's, and exactly the
# types lightgbm's and xgboost's estimators are made of. Anything else is refused.
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.")
_TRUSTED_TYPES = frozenset(
    {
        # The estimators, and their boosters, which skops rebuilds from the library's own
        # model format (lightgbm's model text, xgboost's UBJSON buffer) through the
        # booster's __setstate__: parsed by the library, never unpickled.
        "lightgbm.sklearn.LGBMClassifier",
        "lightgbm.sklearn.LGBMRegressor",
        "lightgbm.basic.Booster",
        "xgboost.sklearn.XGBClassifier",
        "xgboost.sklearn.XGBRegressor",
        "xgboost.core.Booster",
        "collections.OrderedDict",  # lightgbm keeps its best scores in one
    }
)


def _refused(types: list[str]) -> list[str]:
    """The types in ``types`` that a model file may not rebuild."""
    return [t for t in types if not (t.startswith(_TRUSTED_PREFIXES) or t in _TRUSTED_TYPES)]


def load_model(data: bytes, source: str) -> Any:
    """Loads a skops model file, refusing any type outside the trusted ones.

    Trusted: scikit-learn's, numpy's and scipy's types, and ``_TRUSTED_TYPES`` (lightgbm's
    and xgboost's estimators and boosters).

    Raises:
        InputError: the file is corrupt or asks for a type that is not trusted.
    """
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(data=data)
        refused = _refused(untrusted)
        if refused:
            raise InputError(f"{source}: refuses to load untrusted types {refused}")
        return sio.loads(data, trusted=untrusted)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, json.JSONDecodeError) as exc:
        raise InputError(f"{source}: corrupt model file ({type(exc).__name__})") from None


@dataclass
class ModelBundle:
    """A model as the files that travel together: the model, its config, its card.

    The model itself is deserialised on first use: publishing a bundle only needs
    its bytes and card, and loading means importing scikit-learn (over a second).
    """

    config: TrainingConfig
    card: ModelCard
    files: dict[str, bytes]
    source: str

    @cached_property
    def model(self) -> Any:
        return load_model(self.files[MODEL_FILE], f"{self.source}/{MODEL_FILE}")


def bundle_files(trained: TrainedModel, config: TrainingConfig) -> dict[str, bytes]:
    """The files of a model bundle, as written to a Model artifact and to the registry."""
    return {
        MODEL_FILE: trained.file,
        CONFIG_FILE: config.canonical_json().encode(),
        CARD_FILE: trained.card.model_dump_json(indent=2).encode(),
    }


def read_bundle(files: dict[str, bytes], source: str) -> ModelBundle:
    """Loads a bundle, checking the model file against the sha256 its card records.

    Raises:
        InputError: a file is missing or corrupt.
    """
    missing = [name for name in BUNDLE_FILES if name not in files]
    if missing:
        raise InputError(f"{source}: not a model bundle (missing {', '.join(missing)})")
    try:
        card = ModelCard.model_validate_json(files[CARD_FILE])
    except ValidationError:
        raise InputError(f"{source}: {CARD_FILE} is corrupt") from None
    if hashlib.sha256(files[MODEL_FILE]).hexdigest() != card.model_sha256:
        raise InputError(f"{source}: {MODEL_FILE} does not match the sha256 in {CARD_FILE}")
    config = parse_config(
        files[CONFIG_FILE].decode("utf-8"), f"{source}/{CONFIG_FILE}", check_estimator=False
    )
    return ModelBundle(config, card, files, source)
