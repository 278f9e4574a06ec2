"""Drift: compare a batch with a reference profile, column by column, and decide.

Every column is compared on the reference's own bins (its quantile bins, or its top
categories plus "other"), so the batch is read once and the reference is never needed
again, only its profile (``mlgate.data.profile``). Per column:

- **PSI** (population stability index) and **Jensen-Shannon distance** (base 2, so
  from 0 to 1) of the batch's bin shares against the reference's. These are effect
  sizes: they do not grow with the number of rows, so they are what decides.
- **Kolmogorov-Smirnov** for numeric columns, when both sides have at least
  ``KS_MIN_ROWS`` values. It is computed on the binned CDFs: D is the largest gap
  between the reference's and the batch's cumulative shares at the reference's cut
  points. That is exactly ``scipy.stats.ks_2samp`` applied to the bin numbers of both
  samples, and a lower bound on D over the raw values (the profile keeps no raw
  values; the gap is at most one bin's share). The p-value is Smirnov's asymptotic
  one (``ks_2samp(method="asymp")``).
- **chi-square** for categorical columns: the 2 x k table of reference and batch
  counts (categories seen by neither side dropped), as
  ``scipy.stats.chi2_contingency`` computes it, Yates' correction included when k = 2.
- **null rate**: the change in the share of missing values, judged on its size.

p-values are reported, never decisive: on a million rows a trivial difference has a
p-value of zero. Thresholds on PSI, JS and the null-rate change decide, per column,
with ``warn`` and ``fail`` levels; a column is ``drift`` when a value exceeds its fail
level, ``warn`` when one exceeds its warn level. The batch's decision is the worst
column's: ``ok``, ``warn`` or ``drift``. A batch with fewer than ``min_rows`` rows is
never judged ``ok`` or ``drift`` (its bin shares are mostly noise): it is ``warn``.

Thresholds come from a ``drift:`` section (see ``parse_drift_config``)::

    drift:
      min_rows: 100
      defaults:
        warn: {psi: 0.1, js: 0.15, null_rate: 0.05}
        fail: {psi: 0.25, js: 0.25, null_rate: 0.1}
      columns:                      # per-column overrides; omitted levels use defaults
        mean_area: {fail: {psi: 0.4}}
        record_id: {ignore: true}
      scores: {warn: {psi: 0.05}}   # the model-score (prediction) distribution
"""

from __future__ import annotations

import html
import itertools
import math
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mlgate.data.contract import load_yaml
from mlgate.data.profile import (
    OTHER,
    CategoricalSummary,
    NumericSummary,
    Profile,
    category_counts,
    numeric_values,
)
from mlgate.errors import CheckFailed, InputError, describe_validation_error, quote, shorten

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "HALT_ON",
    "KS_MIN_ROWS",
    "PSI_EPSILON",
    "ColumnDrift",
    "DriftConfig",
    "DriftResult",
    "Thresholds",
    "check_halt",
    "check_halt_on",
    "chi_square",
    "compare_counts",
    "detect_drift",
    "js_distance",
    "ks_binned",
    "parse_drift_config",
    "psi",
    "render_markdown",
]

Level = Literal["ok", "warn", "drift"]
Role = Literal["feature", "label", "scores"]
HALT_ON = ("drift", "warn", "never")
_RANK: dict[str, int] = {"ok": 0, "warn": 1, "drift": 2}
# Shares below this count as this in PSI, whose log is infinite at an empty bin.
PSI_EPSILON = 1e-4
# Fewer values than this on either side and KS is not reported: its asymptotic p-value
# is poor there, and D itself moves in steps of 1/n.
KS_MIN_ROWS = 50
SCORES = "(scores)"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Thresholds(_Strict):
    """Levels for one severity: a column exceeding any of them gets that severity.

    ``psi`` and ``js`` bound the effect size; ``null_rate`` bounds the absolute change in
    the share of missing values (0.05: five percentage points). None: not judged.
    """

    psi: Annotated[float, Field(ge=0)] | None = None
    js: Annotated[float, Field(ge=0, le=1)] | None = None
    null_rate: Annotated[float, Field(ge=0, le=1)] | None = None

    def merged(self, override: Thresholds) -> Thresholds:
        """These levels with the ones ``override`` sets replacing them."""
        return self.model_copy(update=override.model_dump(exclude_unset=True))


class Levels(_Strict):
    """A warn and a fail level."""

    warn: Thresholds = Thresholds()
    fail: Thresholds = Thresholds()


class Defaults(Levels):
    # PSI 0.1 / 0.25 are the customary "watch" / "act" levels. A JS distance (base 2) of
    # 0.15 / 0.25 is about what those PSI values give for a smooth shift, so neither
    # measure alarms much earlier than the other.
    warn: Thresholds = Thresholds(psi=0.1, js=0.15, null_rate=0.05)
    fail: Thresholds = Thresholds(psi=0.25, js=0.25, null_rate=0.1)


class ColumnRule(Levels):
    """A column's overrides: any level it sets replaces the default; ``ignore`` skips it."""

    ignore: bool = False


class DriftConfig(_Strict):
    """The ``drift:`` section: default levels, per-column overrides, the smallest batch."""

    min_rows: Annotated[int, Field(ge=1)] = 100
    defaults: Defaults = Defaults()
    columns: dict[str, ColumnRule] = Field(default_factory=dict)
    scores: ColumnRule | None = None

    @model_validator(mode="after")
    def _warn_below_fail(self) -> DriftConfig:
        rules: list[tuple[str, ColumnRule | None]] = [("defaults", None), ("scores", self.scores)]
        rules += [(f"columns.{name}", rule) for name, rule in self.columns.items()]
        for where, rule in rules:
            warn, fail = self._resolve(rule)
            for metric in ("psi", "js", "null_rate"):
                low, high = getattr(warn, metric), getattr(fail, metric)
                if low is not None and high is not None and low > high:
                    raise ValueError(
                        f"{where}: warn.{metric} ({low}) is above fail.{metric} ({high}); "
                        "a warning must come before a failure"
                    )
        return self

    def _resolve(self, rule: ColumnRule | None) -> tuple[Thresholds, Thresholds]:
        if rule is None:
            return self.defaults.warn, self.defaults.fail
        return self.defaults.warn.merged(rule.warn), self.defaults.fail.merged(rule.fail)

    def levels(self, name: str, role: Role = "feature") -> tuple[Thresholds, Thresholds] | None:
        """The (warn, fail) levels for a column, or None when the config ignores it."""
        rule = self.scores if role == "scores" else self.columns.get(name)
        if rule is not None and rule.ignore:
            return None
        return self._resolve(rule)


def parse_drift_config(text: str, source: str = "drift config") -> DriftConfig:
    """Reads drift thresholds from the ``drift:`` key of a YAML document.

    The document may be a data contract holding a ``drift:`` section, or a small file
    of its own (``contracts/<name>.drift.yaml``) whose only key is ``drift:``; the same
    section moves between the two unchanged. A contract without the key, or an empty
    text, gives the default levels.

    Args:
        text: The YAML text.
        source: The file name, for messages.

    Raises:
        InputError: a YAML error, a key other than ``drift`` in a file that is not a
            contract, an unknown or mistyped field, or a warn level above its fail level.
    """
    document = load_yaml(text, shorten(source))
    if document is None:
        return DriftConfig()
    if not isinstance(document, dict):
        raise InputError(
            f"{shorten(source)}: expected a mapping with a 'drift' key, got "
            f"{type(document).__name__}"
        )
    is_contract = "columns" in document and "name" in document
    unknown = sorted(str(k) for k in document if k != "drift")
    if unknown and not is_contract:
        raise InputError(
            f"{shorten(source)}: unknown top-level key(s) {', '.join(map(quote, unknown))}; a "
            "drift file holds only 'drift:' (with min_rows, defaults, columns, scores)"
        )
    section = document.get("drift") or {}
    try:
        return DriftConfig.model_validate(section)
    except ValidationError as exc:
        raise InputError(
            f"{shorten(source)}: invalid drift section: {describe_validation_error(exc, 'drift')}"
        ) from None


# ----------------------------------------------------------------------------- statistics


def _shares(counts: np.ndarray) -> np.ndarray:
    total = counts.sum()
    return counts / total if total else counts.astype("float64")


def psi(reference: Any, batch: Any, epsilon: float = PSI_EPSILON) -> float:
    """Population stability index of two count (or share) vectors on the same bins.

    ``sum((q - p) * ln(q / p))`` over bins, with p the reference's shares, q the
    batch's, both floored at ``epsilon`` so an empty bin costs a large, finite amount.
    """
    import numpy as np

    p = np.maximum(_shares(np.asarray(reference, dtype="float64")), epsilon)
    q = np.maximum(_shares(np.asarray(batch, dtype="float64")), epsilon)
    return float(np.sum((q - p) * np.log(q / p)))


def js_distance(reference: Any, batch: Any) -> float:
    """Jensen-Shannon distance, base 2 (0 to 1), as ``scipy.spatial.distance.jensenshannon``.

    The same arithmetic as scipy's: shares normalised, m their mean, the relative
    entropies of each to m summed, divided by ln 2, halved, square-rooted.
    """
    import numpy as np

    p = _shares(np.asarray(reference, dtype="float64"))
    q = _shares(np.asarray(batch, dtype="float64"))
    m = (p + q) / 2.0

    def rel_entr(x: np.ndarray) -> float:
        # scipy.special.rel_entr: x * log(x / y), and 0 where x is 0.
        mask = x > 0
        return float(np.sum(x[mask] * np.log(x[mask] / m[mask])))

    js = (rel_entr(p) + rel_entr(q)) / np.log(2.0)
    return float(np.sqrt(max(js, 0.0) / 2.0))


def ks_binned(reference: Any, batch: Any) -> tuple[float, float]:
    """Two-sample KS on binned counts: (D, asymptotic two-sided p-value).

    D is the largest gap between the two cumulative shares at the bin boundaries, equal
    to ``scipy.stats.ks_2samp`` on the bin numbers of both samples; the p-value is
    ``kstwo.sf(D, round(n * m / (n + m)))``, ks_2samp's ``method="asymp"``.
    """
    import numpy as np
    from scipy.stats import kstwo

    ref = np.asarray(reference, dtype="float64")
    new = np.asarray(batch, dtype="float64")
    n, m = ref.sum(), new.sum()
    gap = np.abs(np.cumsum(ref)[:-1] / n - np.cumsum(new)[:-1] / m)
    d = float(gap.max()) if gap.size else 0.0
    big, small = max(n, m), min(n, m)
    en = big * small / (big + small)
    return d, float(np.clip(kstwo.sf(d, np.round(en)), 0.0, 1.0))


def chi_square(reference: Any, batch: Any) -> tuple[float, float, int] | None:
    """Chi-square test of homogeneity on a 2 x k table: (statistic, p-value, dof).

    As ``scipy.stats.chi2_contingency`` with its defaults: bins empty on both sides are
    dropped first (scipy refuses a zero expected count), and Yates' correction applies
    when one degree of freedom is left. None when fewer than two bins remain.
    """
    import numpy as np
    from scipy.special import chdtrc

    table = np.vstack([np.asarray(reference, dtype="float64"), np.asarray(batch, "float64")])
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2 or (table.sum(axis=1) == 0).any():
        return None
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    dof = table.shape[1] - 1
    observed = table
    if dof == 1:
        diff = expected - observed
        observed = observed + np.sign(diff) * np.minimum(0.5, np.abs(diff))
    statistic = float(np.sum((observed - expected) ** 2 / expected))
    return statistic, float(chdtrc(dof, statistic)), dof


# ----------------------------------------------------------------------------- comparison


class ColumnDrift(_Strict):
    """One column's comparison: its statistics, its level and why."""

    name: str
    role: Role
    kind: Literal["numeric", "categorical"]
    level: Level | Literal["ignored"]
    reasons: list[str]
    psi: float | None
    js: float | None
    ks_statistic: float | None = None
    ks_pvalue: float | None = None
    chi2_statistic: float | None = None
    chi2_pvalue: float | None = None
    chi2_dof: int | None = None
    null_rate_reference: float
    null_rate_batch: float
    bins: list[str]
    reference_counts: list[int]
    batch_counts: list[int]
    # Categories in the batch that the reference's (complete) category list lacks.
    new_categories: list[str] = Field(default_factory=list)

    @property
    def null_rate_change(self) -> float:
        return self.null_rate_batch - self.null_rate_reference


class DriftResult(_Strict):
    """A batch against a profile: every column's comparison and the decision."""

    decision: Level
    reasons: list[str]
    reference_rows: int
    batch_rows: int
    min_rows: int
    columns: list[ColumnDrift]
    extra_columns: list[str] = Field(default_factory=list)
    source: str = "drift config"

    def by_level(self, level: str) -> list[ColumnDrift]:
        return [c for c in self.columns if c.level == level]

    def metrics(self) -> dict[str, float]:
        """Numbers for KFP Metrics: per-column PSI and JS, counts and the decision (0/1/2)."""
        out: dict[str, float] = {
            "decision_level": float(_RANK[self.decision]),
            "batch_rows": float(self.batch_rows),
            "reference_rows": float(self.reference_rows),
            "columns_checked": float(sum(c.level != "ignored" for c in self.columns)),
            "columns_warn": float(len(self.by_level("warn"))),
            "columns_drift": float(len(self.by_level("drift"))),
        }
        for column in self.columns:
            for metric in ("psi", "js"):
                value = getattr(column, metric)
                if value is not None:
                    out[f"{metric}.{column.name}"] = round(value, 6)
        return out

    def summary(self) -> str:
        """One line: the decision and the columns that made it."""
        flagged = [c for c in self.columns if c.level in ("warn", "drift")]
        detail = "; ".join(f"{c.name}: {c.level} ({', '.join(c.reasons)})" for c in flagged[:8])
        more = f"; and {len(flagged) - 8} more" if len(flagged) > 8 else ""
        head = f"drift decision: {self.decision} ({self.batch_rows} rows vs {self.reference_rows})"
        notes = "; ".join(self.reasons)
        return head + (f": {notes}" if notes else "") + (f"; {detail}{more}" if detail else "")


def _level_of(
    values: dict[str, float | None], limits: tuple[Thresholds, Thresholds]
) -> tuple[Level, list[str]]:
    warn, fail = limits
    level: Level = "ok"
    reasons: list[str] = []
    labels = {"psi": "PSI", "js": "JS", "null_rate": "null-rate change"}
    for metric, value in values.items():
        if value is None:
            continue
        high, low = getattr(fail, metric), getattr(warn, metric)
        if high is not None and value > high:
            level = "drift"
            reasons.append(f"{labels[metric]} {value:.3g} > fail {high:g}")
        elif low is not None and value > low:
            level = "drift" if level == "drift" else "warn"
            reasons.append(f"{labels[metric]} {value:.3g} > warn {low:g}")
    return level, reasons


def _numeric_bins(summary: NumericSummary) -> list[str]:
    edges = [f"{e:.3g}" for e in summary.edges]
    if not edges:
        return ["all"]
    middle = [f"{a}-{b}" for a, b in itertools.pairwise(edges)]
    return [f"< {edges[0]}", *middle, f">= {edges[-1]}"]


def _count_numeric(summary: NumericSummary, values: np.ndarray) -> tuple[np.ndarray, int]:
    """Counts of ``values`` in the summary's bins, and the nulls; no sort, one compare per cut."""
    import numpy as np

    nulls = int(np.count_nonzero(np.isnan(values)))
    present = values.size - nulls
    # NaN compares false, so ``values < cut`` counts exactly the present values below it.
    below = [np.count_nonzero(values < cut) for cut in summary.edges]
    counts = np.diff(np.array([0, *below, present], dtype=np.int64))
    return counts, nulls


def _count_categorical(
    summary: CategoricalSummary, series: pd.Series
) -> tuple[np.ndarray, int, list[str]]:
    import numpy as np

    counted = category_counts(series)
    known = {name: i for i, name in enumerate(summary.categories)}
    counts = np.zeros(len(summary.categories) + 1, dtype=np.int64)
    new: list[str] = []
    for name, count in counted.items():
        index = known.get(name)
        if index is None:
            counts[-1] += count
            new.append(name)
        else:
            counts[index] += count
    # Only when the reference kept every category is an unlisted one known to be new.
    complete = summary.distinct <= len(summary.categories)
    return counts, int(len(series) - counts.sum()), new if complete else []


def compare_counts(
    name: str,
    role: Role,
    summary: NumericSummary | CategoricalSummary,
    batch_counts: Any,
    batch_nulls: int,
    limits: tuple[Thresholds, Thresholds] | None,
    new_categories: list[str] | None = None,
) -> ColumnDrift:
    """One column's statistics and level, from the reference summary and the batch's counts.

    Args:
        name: The column.
        role: feature, label or scores.
        summary: The reference's summary of the column.
        batch_counts: The batch's counts in the summary's bins (or categories + other).
        batch_nulls: The batch's missing values in the column.
        limits: (warn, fail) levels; None reports the statistics without judging them.
        new_categories: Batch categories the reference never saw (for the report).
    """
    import numpy as np

    ref = np.asarray(summary.counts, dtype=np.int64)
    new = np.asarray(batch_counts, dtype=np.int64)
    ref_n, new_n = int(ref.sum()), int(new.sum())
    null_ref = summary.null_rate
    null_new = batch_nulls / (new_n + batch_nulls) if new_n + batch_nulls else 0.0
    stats: dict[str, Any] = {"psi": None, "js": None}
    reasons: list[str] = []
    if ref_n and new_n:
        stats["psi"], stats["js"] = psi(ref, new), js_distance(ref, new)
    elif not new_n:
        reasons.append("no values in the batch")
    else:
        reasons.append("no values in the reference")
    if summary.kind == "numeric":
        bins = _numeric_bins(summary)
        if min(ref_n, new_n) >= KS_MIN_ROWS:
            stats["ks_statistic"], stats["ks_pvalue"] = ks_binned(ref, new)
    else:
        bins = [*summary.categories, OTHER]
        tested = chi_square(ref, new) if ref_n and new_n else None
        if tested is not None:
            stats["chi2_statistic"], stats["chi2_pvalue"], stats["chi2_dof"] = tested
    level: Level | Literal["ignored"] = "ignored"
    if limits is not None:
        judged = {"psi": stats["psi"], "js": stats["js"], "null_rate": abs(null_new - null_ref)}
        level, found = _level_of(judged, limits)
        reasons = found + reasons
    if new_categories:
        shown = ", ".join(quote(c, 24) for c in new_categories[:5])
        more = f" and {len(new_categories) - 5} more" if len(new_categories) > 5 else ""
        reasons.append(f"new categories: {shown}{more}")
    return ColumnDrift(
        name=name,
        role=role,
        kind=summary.kind,
        level=level,
        reasons=reasons,
        null_rate_reference=null_ref,
        null_rate_batch=null_new,
        bins=bins,
        reference_counts=[int(c) for c in ref],
        batch_counts=[int(c) for c in new],
        new_categories=new_categories or [],
        **stats,
    )


def _compare_column(
    name: str,
    role: Role,
    summary: NumericSummary | CategoricalSummary,
    series: pd.Series,
    limits: tuple[Thresholds, Thresholds] | None,
) -> ColumnDrift:
    if isinstance(summary, NumericSummary):
        counts, nulls = _count_numeric(summary, numeric_values(series, name))
        return compare_counts(name, role, summary, counts, nulls, limits)
    counts, nulls, new = _count_categorical(summary, series)
    return compare_counts(name, role, summary, counts, nulls, limits, new)


def detect_drift(
    batch: pd.DataFrame,
    profile: Profile,
    config: DriftConfig | None = None,
    *,
    score_column: str | None = None,
    source: str = "drift config",
) -> DriftResult:
    """Compares ``batch`` with ``profile`` column by column and decides ok, warn or drift.

    Args:
        batch: The new data: serving logs or a new training table, with the profile's
            feature columns (the label and scores are compared when present).
        profile: The reference profile (``mlgate.data.profile.compute_profile``).
        config: Thresholds (``parse_drift_config``); the defaults when None.
        score_column: A batch column of model scores, compared with ``profile.scores``
            (the prediction drift).
        source: Where the config came from, for messages.

    Returns:
        Every column's statistics and level, and the decision.

    Raises:
        InputError: the batch lacks a profiled column, a column's values have the wrong
            type, the config names a column the profile does not have, or scores are
            asked for and the profile has none.
    """
    config = config or DriftConfig()
    names = [str(c) for c in batch.columns]
    missing = [c for c in profile.columns if c not in names]
    if missing:
        raise InputError(
            f"the batch lacks {len(missing)} column(s) the reference profile has: "
            f"{', '.join(map(quote, missing[:10]))}; drift compares the same columns, so check "
            "that the batch and the reference are the same table"
        )
    known = {*profile.columns, *([profile.label] if profile.label else [])}
    unknown = sorted(set(config.columns) - known)
    if unknown:
        raise InputError(
            f"{shorten(source)}: drift.columns names {', '.join(map(quote, unknown[:5]))}, which "
            "the reference profile does not have; fix the name or remove the entry"
        )
    frame = batch.set_axis(names, axis=1)
    if score_column and score_column not in names:
        raise InputError(f"score_column {quote(score_column)} is not a column of the batch")
    if score_column and profile.scores is None:
        raise InputError(
            f"score_column {quote(score_column)} was given, but the reference profile holds no "
            "score distribution; profile the reference with scores=..."
        )

    results = [
        _compare_column(name, "feature", summary, frame[name], config.levels(name))
        for name, summary in profile.columns.items()
    ]
    reasons: list[str] = []
    if profile.label and profile.label_summary is not None:
        if profile.label in names:
            results.append(
                _compare_column(
                    profile.label,
                    "label",
                    profile.label_summary,
                    frame[profile.label],
                    config.levels(profile.label),
                )
            )
        else:
            reasons.append(f"label {profile.label!r} not in the batch: label drift not checked")
    if score_column and profile.scores is not None:
        results.append(
            _compare_column(
                SCORES, "scores", profile.scores, frame[score_column], config.levels("", "scores")
            )
        )
    judged = [r.level for r in results if r.level != "ignored"]
    decision: Level = max(judged, key=_RANK.__getitem__, default="ok")
    if len(batch) < config.min_rows:
        reasons.insert(
            0,
            f"the batch has {len(batch)} rows, fewer than min_rows ({config.min_rows}): too "
            f"few to judge drift (its worst column says {decision})",
        )
        decision = "warn"
    profiled = {*profile.columns, profile.label, score_column}
    return DriftResult(
        decision=decision,
        reasons=reasons,
        reference_rows=profile.rows,
        batch_rows=len(batch),
        min_rows=config.min_rows,
        columns=results,
        extra_columns=[n for n in names if n not in profiled],
        source=source,
    )


def check_halt_on(halt_on: str) -> None:
    """Raises InputError unless ``halt_on`` is "drift", "warn" or "never"."""
    if halt_on not in HALT_ON:
        raise InputError(
            f"halt_on {quote(halt_on)} is not one of {', '.join(HALT_ON)}; 'drift' halts the "
            "run on drift, 'warn' on a warning too, 'never' only reports"
        )


def check_halt(result: DriftResult, halt_on: str) -> None:
    """Raises CheckFailed when the decision reaches ``halt_on`` ("drift", "warn" or "never").

    Raises:
        InputError: ``halt_on`` is not one of the three.
        CheckFailed: the decision is ``drift`` (``halt_on="drift"``), or ``warn`` or
            ``drift`` (``halt_on="warn"``).
    """
    check_halt_on(halt_on)
    if halt_on == "never" or _RANK[result.decision] < _RANK[halt_on]:
        return
    raise CheckFailed(
        f"{result.summary()}. The report shows every column side by side with the reference; "
        "retrain on recent data, fix the upstream change, or raise the column's levels in the "
        "drift config if the change is expected (halt_on='never' reports without halting)"
    )


# ----------------------------------------------------------------------------- report

_REF_COLOUR, _NEW_COLOUR = "#7f8fa6", "#e67e22"
_LEVEL_MARK = {"ok": "ok", "warn": "**warn**", "drift": "**DRIFT**", "ignored": "ignored"}


def _fmt(value: float | None, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.{digits}g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.1e}"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell and in HTML."""
    return html.escape(text).replace("|", "&#124;").replace("\n", " ")


def histogram_svg(column: ColumnDrift) -> str:
    """The column's reference and batch shares, bar beside bar per bin, as one inline SVG.

    Plain SVG elements only (no script, no external reference), so the KFP UI's Markdown
    viewer and any browser draw it as it is.
    """
    ref = column.reference_counts
    new = column.batch_counts
    ref_total, new_total = sum(ref) or 1, sum(new) or 1
    shares = [(r / ref_total, b / new_total) for r, b in zip(ref, new, strict=True)]
    top = max((max(pair) for pair in shares), default=0.0) or 1.0
    group, bar, plot_h, left, top_pad = 26, 11, 110, 36, 34
    label_h = 70
    width = max(360, left + group * len(shares) + 10)
    height = top_pad + plot_h + label_h
    base = top_pad + plot_h
    title = f"{column.name}: {column.level}"
    stats = (
        f"PSI {_fmt(column.psi)}, JS {_fmt(column.js)}, nulls {column.null_rate_reference:.1%}"
        f" -> {column.null_rate_batch:.1%}"
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="10" role="img" '
        f'aria-label="{html.escape(f"{title}; {stats}", quote=True)}">',
        f'<text x="4" y="12" font-size="11" font-weight="bold">{html.escape(title)}</text>',
        f'<text x="4" y="25">{html.escape(stats)}</text>',
        f'<rect x="{width - 130}" y="4" width="9" height="9" fill="{_REF_COLOUR}"/>'
        f'<text x="{width - 118}" y="12">reference</text>'
        f'<rect x="{width - 130}" y="17" width="9" height="9" fill="{_NEW_COLOUR}"/>'
        f'<text x="{width - 118}" y="25">batch</text>',
        f'<line x1="{left}" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#444"/>',
        f'<text x="{left - 3}" y="{top_pad + 8}" text-anchor="end">{top:.0%}</text>',
        f'<text x="{left - 3}" y="{base}" text-anchor="end">0</text>',
    ]
    for i, ((r, b), label) in enumerate(zip(shares, column.bins, strict=True)):
        x = left + i * group + 2
        for offset, share, colour in ((0, r, _REF_COLOUR), (bar, b, _NEW_COLOUR)):
            h = plot_h * share / top
            parts.append(
                f'<rect x="{x + offset}" y="{base - h:.1f}" width="{bar - 1}" height="{h:.1f}" '
                f'fill="{colour}"><title>{html.escape(label)}: {share:.1%}</title></rect>'
            )
        short = label if len(label) <= 14 else label[:13] + "..."
        parts.append(
            f'<text x="{x + bar}" y="{base + 10}" text-anchor="end" '
            f'transform="rotate(-45 {x + bar} {base + 10})">{html.escape(short)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_markdown(result: DriftResult, *, title: str = "Drift report") -> str:
    """The report: the decision, a table of every column, and each column's histograms.

    Flagged columns come first in both the table and the figures.
    """
    order = sorted(
        result.columns,
        key=lambda c: (-_RANK.get(c.level, -1), -(c.psi or 0.0), c.name),
    )
    lines = [
        f"# {_cell(title)}: {result.decision}",
        "",
        f"Batch of {result.batch_rows} rows against a reference profile of "
        f"{result.reference_rows} rows; thresholds from `{_cell(result.source)}`. "
        f"{len(result.by_level('drift'))} column(s) drift, {len(result.by_level('warn'))} warn.",
        "",
    ]
    notes = [f"- {_cell(reason)}" for reason in result.reasons]
    if result.extra_columns:
        shown = ", ".join(result.extra_columns[:20])
        notes.append(f"- not in the profile, so not compared: {_cell(shown)}")
    lines += [*notes, ""] if notes else []
    lines += [
        "PSI and JS (Jensen-Shannon distance, base 2) are effect sizes and decide; the KS "
        "(binned, numeric) and chi-square (categorical) p-values are reported only, because on "
        "large batches trivial differences are significant.",
        "",
        "| column | role | level | PSI | JS | KS D (p) | chi-square (p) | nulls ref -> batch "
        "| why |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for c in order:
        ks = "-" if c.ks_statistic is None else f"{_fmt(c.ks_statistic)} ({_fmt(c.ks_pvalue)})"
        chi = (
            "-" if c.chi2_statistic is None else f"{_fmt(c.chi2_statistic)} ({_fmt(c.chi2_pvalue)})"
        )
        lines.append(
            f"| {_cell(c.name)} | {c.role} | {_LEVEL_MARK[c.level]} | {_fmt(c.psi)} | "
            f"{_fmt(c.js)} | {ks} | {chi} | {c.null_rate_reference:.1%} -> "
            f"{c.null_rate_batch:.1%} | {_cell('; '.join(c.reasons))} |"
        )
    lines += ["", "## Histograms: reference and batch, side by side", ""]
    for c in order:
        lines += [f"### {_cell(c.name)} ({c.level})", "", histogram_svg(c), ""]
    return "\n".join(lines) + "\n"
