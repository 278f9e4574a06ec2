"""Training: one strict config, seeded everywhere, and a model file whose bytes are reproducible.

The model is serialised with skops, which loads without executing code (only
types the caller trusts are rebuilt). skops names the arrays in its zip by
``id()`` and stamps the current time on each entry, so two identical models
give different bytes; ``model_bytes`` renumbers those ids in order of first
appearance and fixes the timestamps, after which the same data + config +
code + image give a file with the same sha256.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import InputError, describe_validation_error

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ModelCard",
    "TrainedModel",
    "TrainingConfig",
    "load_model",
    "model_bytes",
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


class EstimatorConfig(_Strict):
    """The scikit-learn estimator and its hyper-parameters (passed as keyword arguments)."""

    kind: Literal["gradient_boosting", "logistic_regression"]
    params: dict[str, int | float | str | bool | None] = Field(default_factory=dict)


class SliceConfig(_Strict):
    """Evaluation slices: rows grouped by ``column`` cut at ``edges``."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    column: str
    edges: Annotated[list[float], Field(min_length=1)]


class TrainingConfig(_Strict):
    """Everything that decides a model, persisted with it as canonical JSON."""

    model_name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    label: str
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
    """What a model file needs beside it to be used, checked and traced."""

    model_name: str
    label: str
    features: list[str]
    classes: list[int | str]
    majority_class: int | str
    model_sha256: str
    config_sha256: str
    data_sha256: str
    eval_sha256: str
    train_rows: int
    eval_rows: int


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


def _estimator(config: TrainingConfig) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    params = dict(config.estimator.params)
    try:
        if config.estimator.kind == "gradient_boosting":
            return GradientBoostingClassifier(random_state=config.seed, **params)
        return make_pipeline(
            StandardScaler(), LogisticRegression(random_state=config.seed, **params)
        )
    except TypeError as exc:
        raise InputError(f"estimator.params: {exc}") from None


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

    features = _check_columns(frame, config)
    labels = frame[config.label]
    _check_split(labels, config)
    try:
        train_rows, eval_rows = train_test_split(
            frame,
            test_size=config.split.eval_fraction,
            random_state=config.seed,
            stratify=labels if config.split.stratify and labels.nunique() > 1 else None,
        )
    except ValueError:  # scikit-learn's own refusal, for a split _check_split did not foresee
        raise InputError(
            f"cannot split {len(frame)} rows into training and evaluation rows with "
            f"eval_fraction {config.split.eval_fraction}; give more rows"
        ) from None
    classes = sorted(train_rows[config.label].unique().tolist())
    if len(classes) < 2:
        raise InputError(
            f"label {config.label!r}: the training split has a single class ({classes[0]!r}); "
            "a classifier needs at least two"
        )
    estimator = _estimator(config)
    try:
        estimator.fit(train_rows[features], train_rows[config.label])
    except (InvalidParameterError, ValueError) as exc:
        raise InputError(f"estimator.params: {str(exc).splitlines()[0]}") from None
    file = model_bytes(estimator)
    eval_frame = eval_rows.reset_index(drop=True)
    eval_file = parquet_bytes(eval_frame)
    card = ModelCard(
        model_name=config.model_name,
        label=config.label,
        features=features,
        classes=classes,
        majority_class=train_rows[config.label].value_counts().sort_index().idxmax(),
        model_sha256=hashlib.sha256(file).hexdigest(),
        config_sha256=config.sha256(),
        data_sha256=data_sha256,
        eval_sha256=hashlib.sha256(eval_file).hexdigest(),
        train_rows=len(train_rows),
        eval_rows=len(eval_frame),
    )
    return TrainedModel(estimator, card, eval_frame, file, eval_file)


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


_SKOPS_ID = re.compile(r'("__id__": |"file": ")(\d+)')


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


# Types a model file may rebuild: scikit-learn's, and numpy's. Anything else is refused.
_TRUSTED_PREFIXES = ("sklearn.", "numpy.")


def load_model(data: bytes, source: str) -> Any:
    """Loads a skops model file, refusing any type outside scikit-learn and numpy.

    Raises:
        InputError: the file is corrupt or asks for a type that is not trusted.
    """
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(data=data)
        refused = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
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
