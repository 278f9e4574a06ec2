"""Validate a table against a suite, with great-expectations' semantics, fast.

Two engines give the same verdicts:

- ``"gx"`` runs the suite through great-expectations' pandas engine.
- ``"fast"`` (the default) evaluates the expectation types mlgate's contracts
  produce with vectorised pandas, reproducing GX 1.24's pandas code paths (nulls
  are skipped by map expectations, ``mostly`` is measured over the rows
  considered, an empty domain passes vacuously, the same type checks and the
  same errors). Each fast rule declares the arguments it implements; a rule of
  another type, or with any other argument, is handed to GX, so a suite never
  loses a rule and no argument is ever silently ignored (``plan`` says which
  engine runs each rule, and why).

``tests/mlgate/validation_differential/`` checks with generated tables and
arguments that both engines agree on verdicts, counts and row indices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from mlgate.data.contract import (
    CONDITION_PARSERS_GX,
    Expectation,
    Suite,
    _shown,
    check_arguments,
    coerce_bound,
    finite_or_none,
)
from mlgate.data.validation_report import profile_table, render_html
from mlgate.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RuleResult", "ValidationResult", "plan", "render_html", "validate_table"]

Engine = Literal["fast", "gx"]
MAX_INDICES = 5  # offending row indices quoted per rule in a message
MAX_SAMPLE_CHARS = 40  # a quoted value is cut to this many characters
PARTIAL_UNEXPECTED_COUNT = 20  # GX's default number of indices and values a result keeps


@dataclass
class RuleResult:
    """The verdict on one expectation."""

    rule: str
    type: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int | None = None
    considered: int | None = None
    indices: list[Any] = field(default_factory=list)
    samples: list[Any] = field(default_factory=list)  # never filled for sensitive columns
    observed: Any = None
    detail: str = ""
    engine: str = "fast"
    engine_reason: str = ""

    def describe(self) -> str:
        """One line for a log or an error message (row indices, never sensitive values)."""
        where = f" on column {self.column!r}" if self.column else ""
        text = f"{self.rule} ({self.type}){where}"
        if self.unexpected_count:
            text += f": {self.unexpected_count} of {self.considered} rows break it"
            if self.indices:
                text += f", e.g. rows {', '.join(map(str, self.indices[:MAX_INDICES]))}"
            if self.samples:
                text += f" (values {', '.join(map(repr, self.samples[:MAX_INDICES]))})"
        elif self.detail:
            text += f": {self.detail}"
        return text


@dataclass
class ValidationResult:
    """Every rule's verdict on one table, and the table's shape."""

    suite: str
    suite_sha256: str
    rows: int
    columns: int
    rules: list[RuleResult]
    engine: str
    # Per-column facts for the report's pictures (``mlgate.data.validation_report``).
    profile: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def errors(self) -> list[RuleResult]:
        return [r for r in self.rules if not r.success and r.severity == "critical"]

    @property
    def warnings(self) -> list[RuleResult]:
        return [r for r in self.rules if not r.success and r.severity != "critical"]

    @property
    def passed(self) -> bool:
        return not self.errors

    def metrics(self) -> dict[str, float]:
        return {
            "rules_checked": len(self.rules),
            "rules_failed": len(self.errors),
            "rules_warned": len(self.warnings),
            "rows": self.rows,
            "columns": self.columns,
        }

    def summary(self) -> str:
        verdict = "passed" if self.passed else "FAILED"
        lines = [
            f"contract {self.suite!r} {verdict}: {len(self.rules)} rules, "
            f"{len(self.errors)} errors, {len(self.warnings)} warnings on {self.rows} rows"
        ]
        lines += [f"  error: {r.describe()}" for r in self.errors]
        lines += [f"  warning: {r.describe()}" for r in self.warnings]
        return "\n".join(lines)

    def explain(self) -> str:
        """Per rule, which engine ran it and why (``mlgate validate --explain``)."""
        width = max((len(r.rule) for r in self.rules), default=0)
        return "\n".join(f"{r.rule:<{width}}  {r.engine:<4}  {r.engine_reason}" for r in self.rules)

    def to_json(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "suite_sha256": self.suite_sha256,
            "passed": self.passed,
            "engine": self.engine,
            **self.metrics(),
            "results": [
                {
                    **vars(r),
                    "observed": _jsonable(r.observed),
                    "samples": _jsonable(r.samples),
                    "indices": _jsonable(r.indices),
                }
                for r in self.rules
            ],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, str):
        return _capped(value)
    if isinstance(value, int | float | bool) or value is None:
        return finite_or_none(value)
    return _capped(str(value))


def _capped(text: str) -> str:
    """A quoted value, cut short: a 20 MB cell must not end up in a log or a report."""
    if len(text) <= MAX_SAMPLE_CHARS:
        return text
    return f"{text[:MAX_SAMPLE_CHARS]}... ({len(text)} characters)"


# --- which engine runs a rule -------------------------------------------------------------

# Arguments every fast rule accepts: result_format is implemented (see _ResultFormat);
# catch_exceptions changes nothing in a verdict or a count. (include_config is GX 0.x's;
# GX 1.x refuses it, so it goes to GX, which says so: both engines refuse alike.)
_COMMON = frozenset({"result_format", "catch_exceptions"})
_CONDITION = frozenset({"row_condition", "condition_parser"})
_MAP = _COMMON | _CONDITION | {"mostly"}
# result_format dictionary keys the fast engine implements; others (unexpected rows,
# index column names, index queries) are GX's to produce.
_RESULT_FORMAT_KEYS = frozenset({"result_format", "partial_unexpected_count"})


@dataclass(frozen=True)
class Plan:
    """Which engine runs one rule, and why (for ``--explain``)."""

    engine: Engine
    reason: str


def plan(expectations: list[Expectation], engine: Engine = "fast") -> list[Plan]:
    """Chooses the engine of every rule.

    A rule runs in the fast engine only when its type has a fast implementation and
    every argument it names is one that implementation declares;
    anything else goes to great-expectations, so no argument is ever ignored.
    """
    if engine == "gx":
        return [Plan("gx", "--engine gx") for _ in expectations]
    return [_plan_one(e) for e in expectations]


def _plan_one(e: Expectation) -> Plan:
    fast = _FAST.get(e.type)
    if fast is None:
        return Plan("gx", f"the fast engine has no {e.type}")
    # Even a None-valued argument counts: GX refuses some (an extra field) and accepts
    # others, and only GX can say which, so both engines answer alike.
    unknown = sorted(k for k in e.kwargs if k not in fast.kwargs)
    if unknown:
        return Plan("gx", f"argument {', '.join(unknown)} is not implemented by the fast engine")
    parameters = sorted(
        k
        for k, v in e.kwargs.items()
        if isinstance(v, dict) and k != "result_format" and k != "row_condition"
    )
    if parameters:
        return Plan("gx", f"{', '.join(parameters)} is a suite parameter, which GX resolves")
    condition = e.kwargs.get("row_condition")
    if condition is not None and not isinstance(condition, str):
        return Plan("gx", "row_condition is a GX Condition object")
    if condition and e.kwargs.get("condition_parser") in CONDITION_PARSERS_GX:
        return Plan("gx", "row_condition uses the great_expectations parser")
    result_format = e.kwargs.get("result_format")
    if isinstance(result_format, dict) and set(result_format) - _RESULT_FORMAT_KEYS:
        extra = sorted(set(result_format) - _RESULT_FORMAT_KEYS)
        return Plan("gx", f"result_format option {', '.join(extra)} is GX's to produce")
    used = sorted(k for k, v in e.kwargs.items() if v is not None and k not in ("column",))
    return Plan("fast", f"implemented: {', '.join(used)}" if used else "implemented")


# --- entry point -----------------------------------------------------------------------------


def validate_table(
    frame: pd.DataFrame, suite: Suite, engine: Engine = "fast", *, profile: bool = False
) -> ValidationResult:
    """Checks ``frame`` against every expectation of ``suite``.

    Args:
        frame: The table; its index labels are what reports call row indices.
        suite: From ``mlgate.data.contract.load_suite``.
        engine: ``"fast"`` (vectorised pandas, GX semantics; rules it cannot run exactly
            go to GX) or ``"gx"`` (every rule through great-expectations).
        profile: Also compute each column's distribution for the HTML report's pictures
            (``render_html``); costs a few passes over the table, so only for a report.

    Raises:
        InputError: an expectation's arguments would disable or break it (a NaN bound,
            an unknown condition parser, a row condition that cannot be evaluated on
            this table); the message names the rule and the argument.
    """
    for position, e in enumerate(suite.expectations):
        check_arguments(e, f"{suite.source}: expectations.{position}")
    frame = _parse_datetimes(frame, suite.datetime_columns)
    masks: dict[str, np.ndarray] = {}
    for e in suite.expectations:  # both engines: a broken condition is a contract error
        condition = e.kwargs.get("row_condition")
        if isinstance(condition, str) and condition not in masks:
            mask = _condition_mask(frame, e)
            if mask is not None:
                masks[condition] = mask
    plans = plan(suite.expectations, engine)
    leftover = [e for e, p in zip(suite.expectations, plans, strict=True) if p.engine == "gx"]
    from_gx = iter(_run_gx(frame, leftover)) if leftover else iter(())
    checker = _FastChecker(frame, masks)
    rules = []
    for e, p in zip(suite.expectations, plans, strict=True):
        rule = checker.run(e) if p.engine == "fast" else next(from_gx)
        rule.engine, rule.engine_reason = p.engine, p.reason
        rules.append(rule)
    result = ValidationResult(
        suite.name, suite.sha256, len(frame), len(frame.columns), rules, engine
    )
    if profile:
        result.profile = profile_table(frame, suite)
    return result


def _parse_datetimes(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Declared datetime columns as naive UTC datetimes, whatever form they came in.

    Text (all a CSV has) is parsed, unparseable values becoming nulls that the null
    rule then reports; time-zone-aware values are converted to UTC, so freshness
    compares like with like in both engines.
    """
    import pandas as pd
    from pandas.api.types import is_datetime64_dtype

    todo = [c for c in columns if c in frame.columns and not is_datetime64_dtype(frame[c].dtype)]
    if not todo:
        return frame
    frame = frame.copy(deep=False)
    for column in todo:
        parsed = pd.to_datetime(frame[column], errors="coerce", utc=True, format="mixed")
        frame[column] = parsed.dt.tz_convert(None)
    return frame


def _condition_mask(frame: pd.DataFrame, e: Expectation) -> np.ndarray | None:
    """The rows a ``row_condition`` (pandas parser) selects, as GX's ``DataFrame.query`` does.

    Returns None when the rule has no such condition.

    Raises:
        InputError: the condition names something the table lacks, or is not a condition.
    """
    condition = e.kwargs.get("row_condition")
    if not condition or not isinstance(condition, str):
        return None
    if e.kwargs.get("condition_parser") in CONDITION_PARSERS_GX:
        return None
    import pandas as pd

    where = f"rule {e.rule!r}: row_condition {_shown(condition)}"
    try:
        selected = frame.eval(condition)
    except NameError as exc:
        raise InputError(
            f"{where} names something the table does not have ({exc}); "
            f"columns are {_shown(list(map(str, frame.columns)), 200)}"
        ) from None
    except Exception as exc:
        raise InputError(
            f"{where} cannot be evaluated on this table ({type(exc).__name__}: {_capped(str(exc))})"
        ) from None
    values = selected.to_numpy() if isinstance(selected, pd.Series) else np.asarray(selected)
    if values.shape != (len(frame),) or not (
        values.dtype == bool or isinstance(getattr(selected, "dtype", None), pd.BooleanDtype)
    ):
        raise InputError(
            f'{where} does not give True or False for each row; write a comparison, e.g. "age > 18"'
        )
    if values.dtype != bool:
        # Nullable booleans: DataFrame.query (GX) leaves out the rows where it is <NA>.
        values = np.asarray(pd.array(values, dtype="boolean").fillna(False), dtype=bool)
    return np.asarray(values, dtype=bool)


# --- the fast engine ---------------------------------------------------------------------


@dataclass(frozen=True)
class _ResultFormat:
    """GX's result_format: what a result carries besides its verdict."""

    level: str = "SUMMARY"
    partial_count: int = PARTIAL_UNEXPECTED_COUNT

    @classmethod
    def of(cls, e: Expectation) -> _ResultFormat:
        value = e.kwargs.get("result_format")
        if isinstance(value, dict):
            count = value.get("partial_unexpected_count", PARTIAL_UNEXPECTED_COUNT)
            return cls(value.get("result_format", "SUMMARY"), count)
        return cls(value or "SUMMARY")


class _FastChecker:
    """Evaluates expectations on one frame, sharing null masks between rules of a column."""

    def __init__(self, frame: pd.DataFrame, masks: dict[str, np.ndarray] | None = None) -> None:
        self.frame = frame
        self._notna: dict[str, np.ndarray] = {}
        self._masks = masks or {}  # row_condition -> the rows it selects
        self._conditioned: dict[str, _FastChecker] = {}

    def notna(self, column: str) -> np.ndarray:
        if column not in self._notna:
            self._notna[column] = self.frame[column].notna().to_numpy()
        return self._notna[column]

    def run(self, e: Expectation) -> RuleResult:
        result = RuleResult(e.rule, e.type, e.column, e.severity, success=False)
        checker = self._for_condition(e)
        missing = [c for c in e.columns if c not in checker.frame.columns]
        if missing and e.type != "expect_column_to_exist":
            result.detail = f"column {_shown(missing[0])} is missing"
            return result
        try:
            result = _FAST[e.type].run(checker, e, result)
        except (TypeError, ValueError, OverflowError) as exc:
            # GX records the same situations (comparing strings with numbers, inverted
            # bounds) as failed rules without counts.
            result.success, result.unexpected_count, result.considered = False, None, None
            result.indices, result.samples = [], []
            result.detail = f"cannot evaluate: {type(exc).__name__}"
            return result
        if _ResultFormat.of(e).level == "BOOLEAN_ONLY":
            # GX returns the verdict alone; so does the fast engine, to report the same.
            result.unexpected_count = result.considered = None
            result.indices, result.samples, result.observed = [], [], None
        return result

    def _for_condition(self, e: Expectation) -> _FastChecker:
        """This checker, or one on the rows ``row_condition`` selects (as GX filters)."""
        key = e.kwargs.get("row_condition")
        if not isinstance(key, str) or not key:
            return self
        if key not in self._conditioned:
            mask = self._masks.get(key)
            if mask is None:
                mask = _condition_mask(self.frame, e)
            if mask is None:
                return self
            self._conditioned[key] = _FastChecker(self.frame[mask])
        return self._conditioned[key]

    def map_result(
        self, e: Expectation, result: RuleResult, unexpected: np.ndarray, considered: int
    ) -> RuleResult:
        """Fills a map expectation's result: counts, ``mostly``, the offending rows.

        GX's rule: vacuously true when no row is considered, otherwise
        ``(considered - unexpected) / considered >= mostly``.
        """
        count = int(np.count_nonzero(unexpected))
        result.unexpected_count, result.considered = count, considered
        mostly = e.kwargs.get("mostly")
        mostly = 1.0 if mostly is None else float(mostly)
        result.success = considered == 0 or (considered - count) / considered >= mostly
        if count:
            fmt = _ResultFormat.of(e)
            keep = count if fmt.level == "COMPLETE" else fmt.partial_count
            positions = np.flatnonzero(unexpected)[:keep]
            if fmt.level in ("SUMMARY", "COMPLETE"):  # BASIC carries values, not indices
                result.indices = [_jsonable(i) for i in self.frame.index[positions]]
            if e.column and not e.sensitive and e.type != "expect_column_values_to_not_be_null":
                values = self.frame[e.column].iloc[positions[:MAX_INDICES]]
                result.samples = _jsonable(list(values))
        return result


def _column_map(
    condition: Callable[[pd.Series, Expectation], np.ndarray],
    whole: Callable[[pd.Series], bool] = lambda series: False,
) -> Callable[[_FastChecker, Expectation, RuleResult], RuleResult]:
    """A column map expectation: ``condition`` flags bad values among the non-null ones.

    As in GX, the condition sees only the non-null values (so a type error can come
    only from a value that is there). Where ``whole(series)`` says nulls cannot change
    the outcome (a vectorised comparison on floats, a set lookup), the condition runs
    on the whole column and nulls are masked after, which saves copying the column.
    """

    def run(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
        column = e.kwargs["column"]
        notna = checker.notna(column)
        series = checker.frame[column]
        if notna.all():
            bad = np.asarray(condition(series, e), dtype=bool)
        elif whole(series):
            bad = np.asarray(condition(series, e), dtype=bool) & notna
        else:
            bad = np.zeros(len(series), dtype=bool)
            bad[notna] = np.asarray(condition(series[notna], e), dtype=bool)
        return checker.map_result(e, result, bad, int(np.count_nonzero(notna)))

    return run


def _between(series: pd.Series, e: Expectation) -> np.ndarray:
    """GX's column_values.between on pandas, path for path.

    GX compares vectorised only for int64, float64 and nanosecond or time-zone-aware
    datetimes (parsing string bounds there); every other dtype (Int64, bool, object,
    str, datetime64[us]) goes value by value, where a string on one side and not on
    the other is a TypeError. Inverted bounds are a ValueError. Both make the rule fail.
    """
    import pandas as pd
    from dateutil.parser import parse

    low, high = _bounds(e)
    strict_min, strict_max = e.kwargs.get("strict_min"), e.kwargs.get("strict_max")
    if low is None and high is None:
        raise ValueError("min_value and max_value cannot both be None")
    if low is not None and high is not None and low > high:
        raise ValueError("min_value cannot be greater than max_value")
    dtype = series.dtype
    vectorised = dtype in (np.dtype(int), np.dtype(float))
    if isinstance(dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_ns_dtype(dtype):
        low = parse(low) if isinstance(low, str) else low
        high = parse(high) if isinstance(high, str) else high
        vectorised = True
    if vectorised:
        # int64 and float64 compare as numpy arrays (no Series built per comparison);
        # datetimes keep pandas' comparison, whose type rules GX relies on.
        values: Any = series.to_numpy() if _numeric(series) else series
        bad: Any = None
        if low is not None:
            bad = (values <= low) if strict_min else (values < low)
        if high is not None:
            above = (values >= high) if strict_max else (values > high)
            bad = above if bad is None else bad | above
        return np.asarray(bad, dtype=bool)
    if isinstance(dtype, pd.CategoricalDtype):
        # Series.map on a categorical maps its categories, all of them, used or not: a
        # category of the wrong type fails GX's rule even when no row holds it.
        categories = np.asarray(dtype.categories, dtype=object)
        _between_values(categories, low, high, strict_min, strict_max)
        if len(series):
            # GX's map then returns a Categorical of booleans, which it cannot negate
            # ("bad operand type for unary ~"): the rule errors on any categorical with
            # values. A GX bug; mlgate fails the rule too, so both engines agree and a
            # gate fails closed. (Convert the column, or use in_set, to check values.)
            raise TypeError("great-expectations cannot check bounds on a categorical column")
        return np.zeros(0, dtype=bool)
    return ~_between_values(series.to_numpy(dtype=object), low, high, strict_min, strict_max)


def _between_values(
    values: np.ndarray, low: Any, high: Any, strict_min: Any, strict_max: Any
) -> np.ndarray:
    """GX's value-by-value ``is_between`` over an object array: True where within bounds.

    Tried vectorised first; when that raises, the values are judged one by one in GX's
    order, which short-circuits (``a >= low and a <= high`` never evaluates the second
    comparison for a value under ``low``), so it raises only where GX raises.
    """
    is_text = np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=len(values))
    for bound in (low, high):
        if bound is not None and (is_text != isinstance(bound, str)).any():
            raise TypeError("Column values, min_value, and max_value must be of the same type")
    try:
        with np.errstate(invalid="ignore"):
            ok = np.ones(len(values), dtype=bool)
            if low is not None:
                ok &= np.asarray((values > low) if strict_min else (values >= low), dtype=bool)
            if high is not None:
                ok &= np.asarray((values < high) if strict_max else (values <= high), dtype=bool)
            return ok
    except TypeError:
        pass

    def one(v: Any) -> bool:
        above = low is None or (v > low if strict_min else v >= low)
        return bool(above and (high is None or (v < high if strict_max else v <= high)))

    return np.fromiter((one(v) for v in values), dtype=bool, count=len(values))


def _bounds(e: Expectation) -> tuple[Any, Any]:
    """min_value and max_value as GX compares them (its model coerces them first)."""
    return coerce_bound(e.type, e.kwargs.get("min_value")), coerce_bound(
        e.type, e.kwargs.get("max_value")
    )


def _numeric(series: pd.Series) -> bool:
    """int64 or float64: where GX compares vectorised and a null cannot raise."""
    return series.dtype in (np.dtype(int), np.dtype(float))


def _any(series: pd.Series) -> bool:
    return True


def _in_set(series: pd.Series, e: Expectation) -> np.ndarray:
    if e.kwargs.get("value_set") is None:
        return np.zeros(len(series), dtype=bool)  # GX: vacuously true
    return ~series.isin(e.kwargs["value_set"]).to_numpy(dtype=bool)


def _match_regex(series: pd.Series, e: Expectation) -> np.ndarray:
    import pandas as pd

    # GX casts with astype(str); string columns already are, and skipping the cast saves a copy.
    text = series if isinstance(series.dtype, pd.StringDtype) else series.astype(str)
    # na=False only matters for nulls, which _column_map masks out.
    return ~text.str.contains(e.kwargs["regex"], regex=True, na=False).to_numpy(dtype=bool)


def _unique(series: pd.Series, e: Expectation) -> np.ndarray:
    # GX judges uniqueness among the non-null values only (_column_map passes only those).
    if _numeric(series):
        values = series.to_numpy()
        # Keys are often stored in order: strictly increasing values are unique, and
        # checking that is one pass, against hashing every value.
        if len(values) < 2 or bool((values[1:] > values[:-1]).all()):
            return np.zeros(len(values), dtype=bool)
    return np.asarray(series.duplicated(keep=False).to_numpy(), dtype=bool)


def _not_null(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    notna = checker.notna(e.kwargs["column"])
    return checker.map_result(e, result, ~notna, len(notna))


def _exists(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    columns = list(checker.frame.columns)
    name, index = e.kwargs["column"], e.kwargs.get("column_index")
    if index:
        # GX tests the position only when column_index is truthy: column_index 0 means
        # "anywhere" there, and here too (GX's own behaviour, kept for equal verdicts).
        result.success = 0 <= index < len(columns) and columns[index] == name
        if not result.success:
            result.detail = f"column is not at position {index}"
    else:
        result.success = name in columns
    if not result.success and not result.detail:
        result.detail = "column is missing"
    return result


def _columns_match(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    observed, expected = list(checker.frame.columns), set(e.kwargs["column_set"] or [])
    # GX: an exact_match given as null is falsy, so it means "at least these columns".
    exact = bool(e.kwargs.get("exact_match", True))
    result.observed = observed
    result.success = set(observed) == expected if exact else expected <= set(observed)
    extra, missing = sorted(set(observed) - expected), sorted(expected - set(observed))
    result.detail = "; ".join(
        part
        for part in (
            f"unexpected columns {_shown(extra, 200)}" if extra and exact else "",
            f"missing columns {_shown(missing, 200)}" if missing else "",
        )
        if part
    )
    return result


def _metric_between(observed: Any, e: Expectation, result: RuleResult) -> RuleResult:
    """GX's _validate_metric_value_between: a single observed value against the bounds."""
    from dateutil.parser import parse

    low, high = _bounds(e)
    result.observed = observed
    if observed is None or (not isinstance(observed, dt.datetime) and _isnull(observed)):
        result.detail = "no values"
        return result  # GX: a value that does not exist is not within any bounds
    if isinstance(observed, dt.datetime):
        low = parse(low) if isinstance(low, str) else low
        high = parse(high) if isinstance(high, str) else high
    dated = isinstance(low, dt.datetime | dt.date) or isinstance(high, dt.datetime | dt.date)
    if dated and not isinstance(observed, dt.date):
        observed = parse(observed)
    above = low is None or (observed > low if e.kwargs.get("strict_min") else observed >= low)
    below = high is None or (observed < high if e.kwargs.get("strict_max") else observed <= high)
    result.success = bool(above and below)
    if not result.success:
        shown_low = "" if low is None else low
        shown_high = "" if high is None else high
        result.detail = f"{_capped(str(observed))} is outside {shown_low}..{shown_high}"
    return result


def _isnull(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isnull(value))
    except (TypeError, ValueError):
        return False


def _column_max(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    return _metric_between(checker.frame[e.kwargs["column"]].max(), e, result)


def _row_count(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    return _metric_between(len(checker.frame), e, result)


def _compound_unique(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    columns = list(e.kwargs["column_list"])
    subset = checker.frame[columns]
    keep = _keep_rows(subset, e.kwargs.get("ignore_row_if") or "all_values_are_missing")
    bad = np.zeros(len(subset), dtype=bool)
    bad[np.flatnonzero(keep)] = subset[keep].duplicated(keep=False).to_numpy()
    return checker.map_result(e, result, bad, int(np.count_nonzero(keep)))


def _pair_greater(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    name_a, name_b = e.kwargs["column_A"], e.kwargs["column_B"]
    ignore = e.kwargs.get("ignore_row_if") or "both_values_are_missing"
    modes = {
        "both_values_are_missing": "all_values_are_missing",
        "either_value_is_missing": "any_value_is_missing",
        "neither": "never",
    }
    if ignore not in modes:
        raise ValueError(f"unknown ignore_row_if {ignore!r}")
    keep = _keep_rows(checker.frame[[name_a, name_b]], modes[ignore])
    # Compared on the kept rows only, as GX does: a dropped row cannot raise a type error.
    a, b = checker.frame[name_a][keep], checker.frame[name_b][keep]
    ok = (a >= b) if e.kwargs.get("or_equal") else (a > b)
    if ok.dtype != bool and ok.isna().any():
        # A nullable column compared with a value gives <NA>, which GX cannot mask with:
        # its rule errors, so this one fails the same way.
        raise ValueError("the comparison is <NA> on some rows")
    bad = np.zeros(len(keep), dtype=bool)
    bad[np.flatnonzero(keep)] = ~ok.to_numpy(dtype=bool, na_value=False)
    return checker.map_result(e, result, bad, int(np.count_nonzero(keep)))


def _keep_rows(subset: pd.DataFrame, ignore_row_if: str) -> np.ndarray:
    missing: np.ndarray = subset.isna().to_numpy()
    if ignore_row_if == "all_values_are_missing":
        return np.asarray(~missing.all(axis=1))
    if ignore_row_if == "any_value_is_missing":
        return np.asarray(~missing.any(axis=1))
    if ignore_row_if == "never":
        return np.ones(len(subset), dtype=bool)
    raise ValueError(f"unknown ignore_row_if {ignore_row_if!r}")


def _in_type_list(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    """GX's expect_column_values_to_be_in_type_list on pandas.

    An object column (and pandas 3's default string column, which mlgate shows GX as
    an object column, see _as_gx_sees_it) is checked value by value against the types
    the names resolve to; any other column by its dtype.
    """
    series = checker.frame[e.kwargs["column"]]
    names = e.kwargs.get("type_list")
    dtype = series.dtype
    is_object = getattr(dtype, "type", None) is np.object_  # GX: dtype.type.__name__ == "object_"
    as_object = is_object or _is_default_str(dtype)
    if as_object and names is not None:
        types = _value_types(names)
        notna = checker.notna(e.kwargs["column"])
        if is_object:
            values = series.to_numpy()
            bad = ~np.fromiter(
                (isinstance(v, types) for v in values), dtype=bool, count=len(values)
            )
        else:
            bad = np.full(len(series), not issubclass(str, types))
        return checker.map_result(e, result, bad & notna, int(np.count_nonzero(notna)))
    shown = np.dtype(object) if as_object else dtype
    result.observed = shown.type.__name__
    result.success = names is None or any(_same(shown, t) for t in _dtype_types(names))
    if not result.success:
        result.detail = f"dtype is {_capped(str(dtype))}, expected one of {_shown(names, 200)}"
    return result


def _same(dtype: Any, candidate: Any) -> bool:
    """``dtype == candidate`` as Python's ``in`` evaluates it for GX's list."""
    try:
        return bool(dtype is candidate or dtype == candidate)
    except TypeError:
        return False


def _dtype_types(names: list[str]) -> list[Any]:
    """What GX's _validate_pandas compares a column's dtype with, for each type name."""
    import pandas as pd
    from pandas.api.extensions import ExtensionDtype

    found: list[Any] = []
    for name in names:
        try:
            found += [np.dtype(name).type, np.dtype(name)]
        except TypeError:
            pd_type = getattr(pd, name, None)
            if isinstance(pd_type, type):
                found.append(pd_type)
                try:
                    if isinstance(pd_type(), ExtensionDtype):
                        found.append(pd_type())
                except TypeError:
                    pass
            pd_type = getattr(_pandas_dtypes(), name, None)
            if isinstance(pd_type, type):
                found.append(pd_type)
        found += list(_native_types(name))
    return found


def _pandas_dtypes() -> Any:
    """``pandas.core.dtypes.dtypes``, where GX also looks type names up."""
    import importlib

    return importlib.import_module("pandas.core.dtypes.dtypes")


def _value_types(names: list[str]) -> tuple[type, ...]:
    """What GX's column_values.in_type_list checks each value of an object column with.

    Raises:
        ValueError: no name resolves to a type (GX's error, a failed rule).
    """
    import pandas as pd

    found: list[type] = []
    for name in names:
        try:
            found.append(np.dtype(name).type)
        except TypeError:
            for owner in (pd, _pandas_dtypes()):
                pd_type = getattr(owner, name, None)
                if isinstance(pd_type, type):
                    found.append(pd_type)
        found += list(_native_types(name))
    if not found:
        raise ValueError(f"no recognised numpy/python type in {names!r}")
    return tuple(found)


def _native_types(name: str) -> tuple[type, ...]:
    """GX's native_type_type_map."""
    table: dict[str, tuple[type, ...]] = {
        "none": (type(None),), "bool": (bool,), "int": (int,), "long": (int,),
        "float": (float,), "bytes": (bytes,), "complex": (complex,), "str": (str,),
        "string_types": (str,), "list": (list,), "dict": (dict,),
    }  # fmt: skip
    return table.get(name.lower(), ())


@dataclass(frozen=True)
class _FastRule:
    """A fast implementation and the arguments it implements (anything else goes to GX)."""

    run: Callable[[_FastChecker, Expectation, RuleResult], RuleResult]
    kwargs: frozenset[str]


def _rule(
    run: Callable[[_FastChecker, Expectation, RuleResult], RuleResult], *kwargs: str
) -> _FastRule:
    return _FastRule(run, frozenset(kwargs))


_FAST: dict[str, _FastRule] = {
    "expect_column_to_exist": _rule(_exists, *_COMMON, "column", "column_index"),
    "expect_table_columns_to_match_set": _rule(
        _columns_match, *_COMMON, "column_set", "exact_match"
    ),
    "expect_table_row_count_to_be_between": _rule(
        _row_count, *_COMMON, *_CONDITION, "min_value", "max_value", "strict_min", "strict_max"
    ),
    "expect_column_values_to_be_in_type_list": _rule(_in_type_list, *_MAP, "column", "type_list"),
    "expect_column_values_to_not_be_null": _rule(_not_null, *_MAP, "column"),
    "expect_column_values_to_be_between": _rule(
        _column_map(_between, _numeric),
        *_MAP,
        "column",
        "min_value",
        "max_value",
        "strict_min",
        "strict_max",
    ),
    "expect_column_values_to_be_in_set": _rule(
        _column_map(_in_set, _any), *_MAP, "column", "value_set"
    ),
    "expect_column_values_to_match_regex": _rule(
        _column_map(_match_regex, _any), *_MAP, "column", "regex"
    ),
    "expect_column_values_to_be_unique": _rule(_column_map(_unique), *_MAP, "column"),
    "expect_compound_columns_to_be_unique": _rule(
        _compound_unique, *_MAP, "column_list", "ignore_row_if"
    ),
    "expect_column_pair_values_a_to_be_greater_than_b": _rule(
        _pair_greater, *_MAP, "column_A", "column_B", "or_equal", "ignore_row_if"
    ),
    "expect_column_max_to_be_between": _rule(
        _column_max,
        *_COMMON,
        *_CONDITION,
        "column",
        "min_value",
        "max_value",
        "strict_min",
        "strict_max",
    ),
}


# --- great-expectations --------------------------------------------------------------------


def _run_gx(frame: pd.DataFrame, expectations: list[Expectation]) -> list[RuleResult]:
    """Runs ``expectations`` through GX, without its deprecation notices on string conditions."""
    import warnings

    with warnings.catch_warnings():
        # GX 1.9+ deprecates string row conditions it still runs; users see no notice
        # they cannot act on (mlgate supports the string form).
        warnings.simplefilter("ignore", DeprecationWarning)
        return _run_gx_quietly(frame, expectations)


def _run_gx_quietly(frame: pd.DataFrame, expectations: list[Expectation]) -> list[RuleResult]:
    """Runs ``expectations`` through great-expectations' pandas engine.

    Two GX behaviours are worked around so that every rule gets its own result:

    - A suite keeps one of two equal expectations (meta aside): twins would lose a
      result. Each call carries only expectations GX has not merged yet; merged ones
      run again in the next call.
    - GX 1.24 applies the result_format given to ``validate`` and ignores the one in
      an expectation's arguments; rules are grouped by their result_format, so each
      gets the detail it asked for (counts and verdicts do not depend on it).
    """
    import logging

    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    frame = _as_gx_sees_it(frame)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # no tqdm in task logs
    batch = (
        context.data_sources.add_pandas("mlgate")
        .add_dataframe_asset("table")
        .add_batch_definition_whole_dataframe("all")
        .get_batch(batch_parameters={"dataframe": frame})
    )
    domain_objects = []
    for e in expectations:
        config = ExpectationConfiguration(type=e.type, kwargs=dict(e.kwargs), meta=dict(e.meta))
        try:
            domain_objects.append(config.to_domain_obj())
        except Exception as exc:  # GX's own argument checks (pydantic, unknown type)
            # pydantic's message: a title line, then "field" and "  problem" lines.
            lines = [line.strip() for line in str(exc).splitlines()[1:3]]
            first_line = ": ".join(lines) if lines else type(exc).__name__
            raise InputError(
                f"rule {e.rule!r} ({_shown(e.type, 80)}): great-expectations refuses its "
                f"arguments: {_capped(first_line)}"
            ) from None
    outcomes: dict[int, Any] = {}
    pending = list(range(len(expectations)))
    while pending:
        groups: dict[str, list[int]] = {}
        for i in pending:
            key = repr(expectations[i].kwargs.get("result_format") or "SUMMARY")
            groups.setdefault(key, []).append(i)
        for positions in groups.values():
            suite = gx.ExpectationSuite(name="mlgate")
            for i in positions:
                expectation = domain_objects[i].copy(deep=True)
                expectation.meta = {**(expectation.meta or {}), "mlgate_position": i}
                suite.add_expectation(expectation)
            result_format: Any = expectations[positions[0]].kwargs.get("result_format")
            for r in batch.validate(suite, result_format=result_format or "SUMMARY").results:
                if r.expectation_config is not None:
                    outcomes[r.expectation_config.meta["mlgate_position"]] = r
        left = [i for i in pending if i not in outcomes]
        if len(left) == len(pending):  # cannot happen: GX keeps at least one of each group
            raise RuntimeError("great-expectations returned no result for some rules")
        pending = left
    return [_from_gx(e, outcomes[i]) for i, e in enumerate(expectations)]


def _from_gx(e: Expectation, outcome: Any) -> RuleResult:
    raw = outcome.result or {}
    rule = RuleResult(e.rule, e.type, e.column, e.severity, bool(outcome.success))
    rule.unexpected_count = raw.get("unexpected_count")
    rule.considered = raw.get("element_count")
    indices = raw.get("unexpected_index_list")
    if indices is None:
        indices = raw.get("partial_unexpected_index_list")
    rule.indices = _jsonable(list(indices or []))
    if not e.sensitive and e.column:
        rule.samples = _jsonable(list(raw.get("partial_unexpected_list") or [])[:MAX_INDICES])
    rule.observed = raw.get("observed_value")
    if outcome.exception_info and outcome.exception_info.get("raised_exception"):
        rule.detail = "great-expectations could not evaluate it"
    return rule


def _is_default_str(dtype: Any) -> bool:
    import pandas as pd

    return isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA


def _as_gx_sees_it(frame: pd.DataFrame) -> pd.DataFrame:
    """Frame with pandas 3's default string columns as object columns.

    great-expectations 1.24 matches no type name against pandas 3's default
    ``str`` dtype; as object columns it checks the values one by one, which is
    how it has always treated strings. Nothing else about the data changes.
    """
    converted = [c for c in frame.columns if _is_default_str(frame[c].dtype)]
    if not converted:
        return frame
    return frame.astype({c: object for c in converted})
