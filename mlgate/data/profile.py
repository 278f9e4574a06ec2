"""The reference profile: a small, typed summary of a table that drift is measured against.

A profile keeps, per column, what a later batch is compared with and nothing more:

- numeric columns (int, float, datetime): the reference's quantile cut points
  (deciles by default), the row count in each bin they make, the null count, and
  the finite min and max (for drawing);
- categorical columns (str, bool, category, mixed objects): the most frequent
  categories (at most ``max_categories``), their counts, and one "other" count for the
  rest, so a column of ids cannot make the profile large;
- the label's distribution, and optionally the model's score distribution.

Thirty columns take a few kilobytes of JSON, whatever the number of rows. The profile
is versioned (``schema_version``) and strict (unknown fields are refused), so a
reader never guesses at what an older or newer writer meant.

Bins are half-open, ``[edge_i, edge_i+1)``, with open ends: a value below the first
cut point lands in the first bin and one above the last in the last bin, so a batch
that moves outside the reference's range still counts, in the tail bins.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mlgate.errors import InputError, describe_validation_error, quote, shorten

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "DEFAULT_BINS",
    "DEFAULT_MAX_CATEGORIES",
    "OTHER",
    "PROFILE_FILE",
    "PROFILE_SCHEMA_VERSION",
    "CategoricalSummary",
    "ColumnSummary",
    "NumericSummary",
    "Profile",
    "column_kind",
    "compute_profile",
    "numeric_values",
    "summarize_categorical",
    "summarize_numeric",
]

PROFILE_SCHEMA_VERSION = 1
# The file a registry version keeps its training data's profile in (push_to_registry).
PROFILE_FILE = "profile.json"
DEFAULT_BINS = 10
DEFAULT_MAX_CATEGORIES = 50
# The name of the bucket that holds every category beyond the cap (and, in a batch,
# every category the reference never saw). It is not a category name: it is stored
# apart from them, so a real category called "other" stays distinct.
OTHER = "(other)"
# Longest category name kept; a free-text column would otherwise store whole texts.
MAX_CATEGORY_CHARS = 120


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumericSummary(_Strict):
    """A numeric column: counts in the reference's quantile bins, nulls, finite range."""

    kind: Literal["numeric"] = "numeric"
    count: Annotated[int, Field(ge=0)]  # non-null values
    nulls: Annotated[int, Field(ge=0)]
    # Interior cut points, strictly increasing; ``len(counts) == len(edges) + 1``.
    edges: list[float]
    counts: list[Annotated[int, Field(ge=0)]]
    min: float | None = None  # finite values only (None when there are none)
    max: float | None = None

    @model_validator(mode="after")
    def _consistent(self) -> NumericSummary:
        if len(self.counts) != len(self.edges) + 1:
            raise ValueError(f"{len(self.edges)} edges need {len(self.edges) + 1} counts")
        if any(not math.isfinite(e) for e in self.edges):
            raise ValueError("edges must be finite numbers")
        if any(b <= a for a, b in zip(self.edges, self.edges[1:], strict=False)):
            raise ValueError("edges must be strictly increasing")
        if sum(self.counts) != self.count:
            raise ValueError(f"counts add up to {sum(self.counts)}, not count ({self.count})")
        return self

    @property
    def null_rate(self) -> float:
        total = self.count + self.nulls
        return self.nulls / total if total else 0.0


class CategoricalSummary(_Strict):
    """A categorical column: the top categories' counts, plus one count for all others."""

    kind: Literal["categorical"] = "categorical"
    count: Annotated[int, Field(ge=0)]
    nulls: Annotated[int, Field(ge=0)]
    categories: list[str]
    # One count per category, then the "other" count: ``len(categories) + 1`` numbers.
    counts: list[Annotated[int, Field(ge=0)]]
    distinct: Annotated[int, Field(ge=0)]  # distinct values in the reference, capped or not

    @model_validator(mode="after")
    def _consistent(self) -> CategoricalSummary:
        if len(self.counts) != len(self.categories) + 1:
            raise ValueError(
                f"{len(self.categories)} categories need {len(self.categories) + 1} counts "
                "(the last one for all other categories)"
            )
        if len(set(self.categories)) != len(self.categories):
            raise ValueError("a category is listed twice")
        if sum(self.counts) != self.count:
            raise ValueError(f"counts add up to {sum(self.counts)}, not count ({self.count})")
        return self

    @property
    def null_rate(self) -> float:
        total = self.count + self.nulls
        return self.nulls / total if total else 0.0


ColumnSummary = Annotated[NumericSummary | CategoricalSummary, Field(discriminator="kind")]


class Profile(_Strict):
    """A reference profile: per-column summaries, the label's and the model scores'.

    Serialise with ``model_dump_json()`` and read back with ``Profile.parse(text)`` (or
    ``model_validate_json``); the JSON is the stored form.
    """

    schema_version: Literal[1] = 1  # PROFILE_SCHEMA_VERSION
    rows: Annotated[int, Field(ge=0)]
    bins: Annotated[int, Field(ge=2, le=100)]
    max_categories: Annotated[int, Field(ge=1, le=1000)]
    # Feature columns, in the table's order; the label is kept apart.
    columns: dict[str, ColumnSummary]
    label: str | None = None
    label_summary: ColumnSummary | None = None
    scores: NumericSummary | None = None

    @model_validator(mode="after")
    def _label_apart(self) -> Profile:
        if (self.label is None) != (self.label_summary is None):
            raise ValueError("label and label_summary go together")
        if self.label is not None and self.label in self.columns:
            raise ValueError(f"label {self.label!r} is also listed among the columns")
        return self

    @classmethod
    def parse(cls, text: str | bytes, source: str = "profile") -> Profile:
        """Reads a profile from its JSON; ``source`` names it in errors.

        Raises:
            InputError: not JSON, an unknown schema version, or a field missing or wrong.
        """
        try:
            return cls.model_validate_json(text)
        except ValidationError as exc:
            version = _schema_version(text)
            if version is not None and version != PROFILE_SCHEMA_VERSION:
                shown = version if isinstance(version, int) else quote(version)
                raise InputError(
                    f"{shorten(source)}: profile schema_version {shown} is not "
                    f"supported (this mlgate reads version {PROFILE_SCHEMA_VERSION}); recompute "
                    "the profile with this version of mlgate"
                ) from None
            raise InputError(
                f"{shorten(source)}: not a valid mlgate profile: {describe_validation_error(exc)}"
            ) from None


def _schema_version(text: str | bytes) -> Any:
    import json

    try:
        document = json.loads(text)
    except ValueError:
        return None
    return document.get("schema_version") if isinstance(document, dict) else None


def column_kind(series: pd.Series) -> Literal["numeric", "categorical"]:
    """Numeric for int, float and datetime dtypes (bool excluded); categorical otherwise."""
    from pandas.api import types as pdt

    dtype = series.dtype
    if pdt.is_bool_dtype(dtype):
        return "categorical"
    if pdt.is_numeric_dtype(dtype) or pdt.is_datetime64_any_dtype(dtype):
        return "numeric"
    return "categorical"


def numeric_values(series: pd.Series, name: str = "column") -> np.ndarray:
    """The column as float64, nulls as NaN; datetimes as seconds since the epoch (UTC).

    Raises:
        InputError: the column holds something that is not a number (named in the message).
    """
    import numpy as np
    from pandas.api import types as pdt

    if pdt.is_datetime64_any_dtype(series.dtype):
        if getattr(series.dtype, "tz", None) is not None:
            series = series.dt.tz_convert("UTC").dt.tz_localize(None)
        # Seconds, not nanoseconds: the values stay exact in float64 for centuries.
        seconds = series.astype("datetime64[ns]").to_numpy().astype("int64") / 1e9
        return np.where(series.isna().to_numpy(), np.nan, seconds)
    try:
        return series.to_numpy(dtype="float64", na_value=np.nan)
    except (TypeError, ValueError):
        raise InputError(
            f"column {name!r}: expected numbers (dtype {series.dtype}), but it holds values "
            "that are not; fix the column's type or the data"
        ) from None


def _interior_quantiles(ordered: np.ndarray, bins: int) -> np.ndarray:
    """The ``bins - 1`` interior quantiles of sorted finite ``ordered``, deduplicated.

    Linear interpolation (numpy's default ``method="linear"``), computed from the sorted
    array directly, so no second partition of the data is needed.
    """
    import numpy as np

    if ordered.size == 0:
        return np.empty(0)
    position = (ordered.size - 1) * (np.arange(1, bins) / bins)
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, ordered.size - 1)
    fraction = position - low
    cuts = ordered[low] + fraction * (ordered[high] - ordered[low])
    # Ties (a column of few distinct values) give the same cut twice: a bin with no width.
    return np.unique(cuts)


def summarize_numeric(values: np.ndarray, bins: int = DEFAULT_BINS) -> NumericSummary:
    """One numeric column: sort once, read the quantiles, bin counts, nulls and range off it.

    Args:
        values: float64 values, NaN for null (see ``numeric_values``).
        bins: How many quantile bins (10 gives deciles).
    """
    import numpy as np

    # One sort: NaN sorts last, so the finite range, the quantiles and the counts in every
    # bin are all read off the sorted array, without a second pass over the data.
    ordered = np.sort(values)
    nulls = int(np.count_nonzero(np.isnan(ordered)))
    present = ordered[: ordered.size - nulls]
    finite = present[np.isfinite(present)]
    edges = _interior_quantiles(finite, bins)
    # Values below each cut point: searchsorted(side="left") on the sorted values.
    below = np.searchsorted(present, edges, side="left")
    counts = np.diff(np.concatenate(([0], below, [present.size])))
    return NumericSummary(
        count=int(present.size),
        nulls=nulls,
        edges=[float(e) for e in edges],
        counts=[int(c) for c in counts],
        min=float(finite[0]) if finite.size else None,
        max=float(finite[-1]) if finite.size else None,
    )


def category_text(value: Any) -> str:
    """How a category is named in a profile: its text, cut to ``MAX_CATEGORY_CHARS``."""
    # 1.0 and 1 are the same class: a label read from CSV with a missing value is float.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if len(text) <= MAX_CATEGORY_CHARS else text[:MAX_CATEGORY_CHARS] + "..."


def category_counts(series: pd.Series) -> dict[str, int]:
    """Non-null values counted by their category name (``category_text``), most frequent first."""
    counted = series.value_counts(dropna=True, sort=False)
    out: dict[str, int] = {}
    # value_counts hashes the raw values; naming them afterwards touches only distinct ones.
    for value, count in zip(counted.index, counted.to_numpy(), strict=True):
        key = category_text(value)
        out[key] = out.get(key, 0) + int(count)
    return dict(sorted(out.items(), key=lambda item: (-item[1], item[0])))


def summarize_categorical(
    series: pd.Series, max_categories: int = DEFAULT_MAX_CATEGORIES
) -> CategoricalSummary:
    """One categorical column: the ``max_categories`` most frequent categories and the rest.

    Ties in frequency are broken by name, so the same table always gives the same profile.
    """
    counts = category_counts(series)
    kept = list(counts.items())[:max_categories]
    present = sum(counts.values())
    other = present - sum(count for _, count in kept)
    return CategoricalSummary(
        count=present,
        nulls=int(len(series) - present),
        categories=[name for name, _ in kept],
        counts=[count for _, count in kept] + [other],
        distinct=len(counts),
    )


def _summarize(
    series: pd.Series, name: str, bins: int, max_categories: int
) -> NumericSummary | CategoricalSummary:
    if column_kind(series) == "numeric":
        return summarize_numeric(numeric_values(series, name), bins)
    return summarize_categorical(series, max_categories)


def compute_profile(
    frame: pd.DataFrame,
    *,
    label: str | None = None,
    scores: Any = None,
    bins: int = DEFAULT_BINS,
    max_categories: int = DEFAULT_MAX_CATEGORIES,
    exclude: tuple[str, ...] | list[str] = (),
) -> Profile:
    """The reference profile of ``frame``: every column read once, summarised by type.

    Args:
        frame: The reference table (typically the training data of a registry version).
        label: The label column; profiled apart (``label_summary``) as a categorical
            distribution when it has at most ``max_categories`` distinct values (a
            classifier's label), as numeric bins otherwise (a regression target).
        scores: The model's scores on the evaluation rows (any 1-D array-like of numbers;
            for a binary classifier, the positive class's probability), or None.
        bins: Quantile bins per numeric column (10: deciles).
        max_categories: Categories kept per categorical column; the rest share one count.
        exclude: Columns left out of the profile (row ids, free text, sensitive fields).

    Returns:
        The profile; ``profile.model_dump_json()`` is its stored form.

    Raises:
        InputError: ``label`` or an ``exclude`` name is not a column, a column name is not
            text, ``bins`` or ``max_categories`` is out of range, or scores are not numbers.
    """
    import numpy as np
    import pandas as pd

    if not 2 <= bins <= 100:
        raise InputError(f"bins must be from 2 to 100, got {bins!r}; 10 (deciles) is usual")
    if not 1 <= max_categories <= 1000:
        raise InputError(f"max_categories must be from 1 to 1000, got {max_categories!r}")
    names = [str(c) for c in frame.columns]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise InputError(f"column {twice[0]!r} appears twice; a profile needs unique names")
    missing = [n for n in [*([label] if label else []), *exclude] if n not in names]
    if missing:
        raise InputError(
            f"column {missing[0]!r} (given as label or exclude) is not in the table; its "
            f"columns are: {', '.join(names[:40])}{' ...' if len(names) > 40 else ''}"
        )
    columns: dict[str, NumericSummary | CategoricalSummary] = {}
    for column, name in zip(frame.columns, names, strict=True):
        if name == label or name in exclude:
            continue
        columns[name] = _summarize(frame[column], name, bins, max_categories)

    label_summary: NumericSummary | CategoricalSummary | None = None
    if label:
        series = frame[label]
        if column_kind(series) == "numeric" and series.nunique() > max_categories:
            label_summary = summarize_numeric(numeric_values(series, label), bins)
        else:
            label_summary = summarize_categorical(series, max_categories)

    score_summary = None
    if scores is not None:
        try:
            score_values = np.asarray(pd.Series(scores), dtype="float64").ravel()
        except (TypeError, ValueError):
            raise InputError(
                "scores must be numbers (one model score per evaluation row)"
            ) from None
        score_summary = summarize_numeric(score_values, bins)

    return Profile(
        rows=len(frame),
        bins=bins,
        max_categories=max_categories,
        columns=columns,
        label=label or None,
        label_summary=label_summary,
        scores=score_summary,
    )
