"""The HTML report of a validation: what failed first, then a picture of every column.

The page is one self-contained file (inline CSS and SVG, no script, nothing fetched),
so it works offline and inside the KFP UI's HTML viewer. Layout rules:

- failures and warnings come first, in a table that wraps rather than widens;
- passing rules follow, collapsed in a ``<details>`` element;
- each column gets a small inline SVG: a histogram for numbers and datetimes, the
  most frequent values for everything else, with the contract's bounds (or allowed
  values) drawn on it;
- a column the contract marks ``sensitive: true`` shows neither values nor picture.

``profile_table`` computes what the pictures need (a few vectorised passes over the
table); ``render_html`` only formats, so a report can be rendered without the data.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

    from mlgate.data.contract import Suite
    from mlgate.data.validation import RuleResult, ValidationResult

__all__ = ["ColumnProfile", "profile_table", "render_html"]

BINS = 24  # histogram bars per column
TOP_VALUES = 8  # bars for a column of text
LABEL_CHARS = 18  # a value shown under a bar is cut to this
SAMPLE_ROWS = 200_000  # histogram bars of a longer column come from an even sample
TEXT_SAMPLE_ROWS = 50_000  # so do the top values of a text column (hashing text is dear)
_BETWEEN = ("expect_column_values_to_be_between", "expect_column_max_to_be_between")


@dataclass
class ColumnProfile:
    """What the report draws for one column (no values at all when ``sensitive``)."""

    name: str
    dtype: str
    rows: int
    nulls: int
    kind: str  # "number", "datetime", "text", "sensitive" or "empty"
    counts: list[int] = field(default_factory=list)  # histogram bars or top-value counts
    edges: list[float] = field(default_factory=list)  # histogram bin edges (len(counts) + 1)
    labels: list[str] = field(default_factory=list)  # top values, as text
    allowed: list[bool] = field(default_factory=list)  # per top value: in the allowed set?
    bounds: list[tuple[str, float]] = field(default_factory=list)  # ("min"/"max", position)
    infinite: int = 0  # +-inf values, which a histogram cannot place
    other: int = 0  # values beyond the top ones
    sampled: int = 0  # rows the top values were counted in, when a sample (else 0)


def profile_table(frame: pd.DataFrame, suite: Suite) -> dict[str, ColumnProfile]:
    """Per column, the distribution the report pictures, with the contract's bounds.

    Args:
        frame: The validated table (after datetime parsing, as the rules saw it).
        suite: Its contract: bounds, allowed sets and which columns are sensitive.
    """
    sensitive = {e.column for e in suite.expectations if e.sensitive and e.column}
    sensitive |= {
        str(c)
        for e in suite.expectations
        if e.sensitive
        for c in (e.kwargs.get("column_A"), e.kwargs.get("column_B"))
        if c is not None
    }
    profiles = {}
    for name in frame.columns:
        column = str(name)
        series = frame[name]
        if isinstance(series, type(frame)):  # duplicate column labels: not pictured
            continue
        base = ColumnProfile(
            column, str(series.dtype), len(series), int(series.isna().sum()), "empty"
        )
        if column in sensitive:
            base.kind = "sensitive"
        elif base.nulls < len(series):
            _describe(series, base, [e for e in suite.expectations if e.column == column])
        profiles[column] = base
    return profiles


def _describe(series: pd.Series, p: ColumnProfile, rules: list[Any]) -> None:
    from pandas.api import types as pdt

    dtype = series.dtype
    if pdt.is_bool_dtype(dtype) or not (
        pdt.is_numeric_dtype(dtype) or pdt.is_datetime64_any_dtype(dtype)
    ):
        _top_values(series, p, rules)
        return
    if pdt.is_datetime64_any_dtype(dtype):
        values = series.dropna()
        if getattr(dtype, "tz", None) is not None:
            values = values.dt.tz_convert(None)
        numbers = values.to_numpy(dtype="datetime64[ns]").astype(np.int64).astype(float)
        p.kind = "datetime"
    else:
        numbers = series.to_numpy(dtype=float, na_value=np.nan)
        p.kind = "number"
    is_finite = np.isfinite(numbers)
    p.infinite = int(np.count_nonzero(np.isinf(numbers)))
    if not is_finite.any():
        p.kind = "empty"
        return
    in_range = numbers[is_finite] if p.infinite else numbers  # nanmin skips the NaNs
    low, high = float(np.nanmin(in_range)), float(np.nanmax(in_range))
    if len(numbers) > SAMPLE_ROWS:
        # The axis (min, max) and the infinite count are exact; the bars' heights come
        # from an even sample, which draws the same shape for a fraction of the cost.
        step = -(-len(numbers) // SAMPLE_ROWS)
        numbers, is_finite = numbers[::step], is_finite[::step]
        p.sampled = len(numbers)
    finite = numbers[is_finite]
    for rule in rules:
        if rule.type not in _BETWEEN:
            continue
        for side, key in (("min", "min_value"), ("max", "max_value")):
            position = _position(rule.kwargs.get(key), p.kind)
            if position is not None:
                p.bounds.append((side, position))
    # The axis covers the data, widened to take in a bound that is near it (within one
    # data span), so a reader sees how close the values come to their limits; a far
    # bound (such as the finite-float guard) is named under the picture instead.
    span = (high - low) or abs(high) or 1.0
    near = [v for _, v in p.bounds if low - span <= v <= high + span]
    counts, edges = np.histogram(finite, bins=BINS, range=(min([low, *near]), max([high, *near])))
    p.counts, p.edges = counts.tolist(), edges.tolist()


def _position(bound: Any, kind: str) -> float | None:
    """A bound on the histogram's axis (datetimes as nanoseconds), or None."""
    import pandas as pd

    if bound is None or isinstance(bound, bool):
        return None
    try:
        if kind == "datetime":
            stamp = pd.Timestamp(bound)
            stamp = stamp.tz_convert(None) if stamp.tzinfo is not None else stamp
            return float(stamp.value)
        value = float(bound)
    except (TypeError, ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _top_values(series: pd.Series, p: ColumnProfile, rules: list[Any]) -> None:
    p.kind = "text"
    if len(series) > TEXT_SAMPLE_ROWS:
        # Counting every distinct value of a 1M-row text column (an ID, say) costs as
        # much as validating the whole table; the top values of an evenly spaced
        # sample show the same picture. The caption says so.
        step = -(-len(series) // TEXT_SAMPLE_ROWS)
        series = series.iloc[::step]
        p.sampled = len(series)
    try:
        counts = series.value_counts(dropna=True, sort=True)
    except TypeError:  # unhashable cells (lists, dicts from JSON): count their text
        counts = series.dropna().map(str).value_counts(sort=True)
    counts = counts[counts > 0]  # a categorical lists unused categories with 0
    top = counts.head(TOP_VALUES)
    p.labels = [_capped_label(v) for v in top.index]
    p.counts = [int(c) for c in top.to_numpy()]
    p.other = int(counts.sum() - top.sum())
    allowed = [
        r.kwargs.get("value_set")
        for r in rules
        if r.type == "expect_column_values_to_be_in_set" and r.kwargs.get("value_set") is not None
    ]
    if allowed:
        names = {str(v) for v in allowed[0]}
        p.allowed = [label in names for label in p.labels]


# --- rendering -------------------------------------------------------------------------------

_CSS = """
*, *::before, *::after { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
  color: #1f2328; background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 .4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
code { font-size: .92em; overflow-wrap: anywhere; }
.verdict-failed { color: #cf222e; } .verdict-passed { color: #1a7f37; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: #f6f8fa; }
col.state { width: 5.5rem; } col.rule { width: 24%; } col.column { width: 13%; }
col.kind { width: 19%; }
tr.fail td { background: #ffebe9; } tr.warn td { background: #fff8c5; }
tr.pass td:first-child { color: #1a7f37; }
details { margin-top: 1rem; } summary { cursor: pointer; font-weight: 600; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: .8rem; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .6rem; min-width: 0; }
.card h3 { font-size: .95rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
.card p { margin: .1rem 0; color: #57606a; font-size: .85rem; overflow-wrap: anywhere; }
.card svg { display: block; width: 100%; height: auto; margin-top: .3rem; }
.card.failing { border-color: #cf222e; }
.muted { color: #57606a; }
"""


def render_html(result: ValidationResult) -> str:
    """A self-contained HTML report (shown by the KFP UI for HTML artifacts)."""
    esc = html.escape
    verdict = "passed" if result.passed else "failed"
    flagged = result.errors + result.warnings
    passed = [r for r in result.rules if r.success]
    failing_columns = {r.column for r in flagged if r.column}
    parts = [
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(result.suite)}: {verdict}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>Contract <code>{esc(result.suite)}</code> "
        f'<span class="verdict-{verdict}">{verdict}</span></h1>',
        f"<p>{len(result.rules)} rules, {len(result.errors)} errors, "
        f"{len(result.warnings)} warnings; {result.rows} rows, {result.columns} columns; "
        f"engine {esc(result.engine)}; contract sha256 <code>{esc(result.suite_sha256)}</code>."
        "</p>",
    ]
    if flagged:
        parts.append(f"<h2>Failures and warnings ({len(flagged)})</h2>")
        parts.append(_rules_table(flagged))
    else:
        parts.append('<p class="verdict-passed">Every rule holds.</p>')
    if passed:
        parts.append(
            f"<details><summary>{len(passed)} passing rules</summary>"
            f"{_rules_table(passed)}</details>"
        )
    if result.profile:
        parts.append(f'<h2>Columns ({len(result.profile)})</h2><div class="grid">')
        parts += [_card(p, p.name in failing_columns) for p in result.profile.values()]
        parts.append("</div>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)


def _rules_table(rules: list[RuleResult]) -> str:
    esc = html.escape
    rows = []
    for r in rules:
        state = "pass" if r.success else ("fail" if r.severity == "critical" else "warn")
        described = r.describe()
        detail = described.split(": ", 1)[1] if ": " in described else ""
        rows.append(
            f'<tr class="{state}"><td>{state.upper()}</td><td>{esc(r.rule)}</td>'
            f"<td>{esc(r.column or '')}</td><td>{esc(detail)}</td>"
            f"<td><small>{esc(r.type)}</small></td></tr>"
        )
    return (
        '<table><colgroup><col class="state"><col class="rule"><col class="column"><col>'
        '<col class="kind"></colgroup>'
        "<tr><th>verdict</th><th>rule</th><th>column</th><th>detail</th><th>expectation</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _card(p: ColumnProfile, failing: bool) -> str:
    esc = html.escape
    nulls = f"{p.nulls} null" + ("" if p.nulls == 1 else "s")
    facts = f"{esc(p.dtype)} · {p.rows} rows · {nulls}"
    if p.infinite:
        facts += f" · {p.infinite} infinite"
    if p.kind == "sensitive":
        body = '<p class="muted">sensitive: values and picture withheld</p>'
    elif p.kind == "empty":
        body = '<p class="muted">no values to picture</p>'
    elif p.kind == "text" and p.counts:
        body = _bars_svg(p)
    elif p.kind == "text":
        body = '<p class="muted">no values to picture</p>'
    else:
        body = _histogram_svg(p)
    klass = "card failing" if failing else "card"
    return f'<section class="{klass}"><h3>{esc(p.name)}</h3><p>{facts}</p>{body}</section>'


_W, _H, _PAD = 260, 110, 4


def _histogram_svg(p: ColumnProfile) -> str:
    """Bars over the data's range; contract bounds as dashed lines (arrows when outside)."""
    low, high = p.edges[0], p.edges[-1]
    span = (high - low) or 1.0
    plot_h = _H - 30
    top = max(p.counts) or 1
    bar_w = (_W - 2 * _PAD) / len(p.counts)
    shapes = []
    for k, count in enumerate(p.counts):
        h = plot_h * count / top
        x = _PAD + k * bar_w
        shapes.append(
            f'<rect x="{x:.1f}" y="{plot_h - h + 4:.1f}" width="{max(bar_w - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="#54aeff"><title>{count}</title></rect>'
        )
    notes = []
    for side, value in p.bounds:
        if value < low or value > high:
            notes.append(f"{side} {_format(value, p.kind)} beyond the data")
            continue
        x = _PAD + (value - low) / span * (_W - 2 * _PAD)
        shapes.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="2" y2="{plot_h + 6}" stroke="#cf222e" '
            f'stroke-width="1.5" stroke-dasharray="4 2"><title>contract {side}</title></line>'
        )
    axis = (
        f'<text x="{_PAD}" y="{_H - 10}" font-size="10" fill="#57606a">'
        f"{html.escape(_format(low, p.kind))}</text>"
        f'<text x="{_W - _PAD}" y="{_H - 10}" font-size="10" fill="#57606a" '
        f'text-anchor="end">{html.escape(_format(high, p.kind))}</text>'
    )
    if p.sampled:
        notes.append(f"bars from an even sample of {p.sampled:,} rows")
    caption = "; ".join(notes) or ("bounds drawn in red" if p.bounds else "no bounds")
    label = f"histogram of {p.name}"
    return (
        f'<svg viewBox="0 0 {_W} {_H}" role="img" aria-label="{html.escape(label)}">'
        + "".join(shapes)
        + axis
        + f"</svg><p>{html.escape(caption)}</p>"
    )


def _bars_svg(p: ColumnProfile) -> str:
    """The most frequent values as horizontal bars; red when outside the allowed set."""
    row_h = 13
    height = row_h * len(p.counts) + 4
    top = max(p.counts) or 1
    label_w = 96
    shapes = []
    for k, (label, count) in enumerate(zip(p.labels, p.counts, strict=True)):
        y = 2 + k * row_h
        w = (_W - label_w - 40) * count / top
        colour = "#cf222e" if p.allowed and not p.allowed[k] else "#54aeff"
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        shapes.append(
            f'<text x="{label_w - 4}" y="{y + 10}" font-size="10" text-anchor="end" '
            f'fill="{"#cf222e" if colour == "#cf222e" else "#1f2328"}">'
            f"{html.escape(shown or '(empty)')}</text>"
            f'<rect x="{label_w}" y="{y + 1}" width="{max(w, 1):.1f}" height="{row_h - 3}" '
            f'fill="{colour}"/><text x="{label_w + w + 3:.1f}" y="{y + 10}" font-size="10" '
            f'fill="#57606a">{count}</text>'
        )
    notes = []
    if p.sampled:
        notes.append(f"counted in an even sample of {p.sampled:,} rows")
    if p.other:
        notes.append(f"{p.other} other values")
    if p.allowed:
        notes.append("red: not in the allowed set")
    caption = f"<p>{html.escape('; '.join(notes))}</p>" if notes else ""
    label = f"most frequent values of {p.name}"
    return (
        f'<svg viewBox="0 0 {_W} {height}" role="img" aria-label="{html.escape(label)}">'
        + "".join(shapes)
        + "</svg>"
        + caption
    )


def _capped_label(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:200]


def _format(value: float, kind: str) -> str:
    if kind == "datetime":
        import pandas as pd

        return str(pd.Timestamp(int(value)).strftime("%Y-%m-%d %H:%M"))
    return f"{value:.4g}"
