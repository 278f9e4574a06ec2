"""Validate a table against a suite, with great-expectations' semantics, fast.

Two engines give the same verdicts:

- ``"gx"`` runs the suite through great-expectations' pandas engine.
- ``"fast"`` (the default) evaluates the expectation types mlgate's contracts
  produce with vectorised pandas, reproducing GX's rules (nulls are skipped by
  map expectations, ``mostly`` is measured over the rows considered, an empty
  domain passes vacuously). Any other expectation type in a user's suite is
  handed to GX, so a suite never loses a rule.

``benchmarks/validate.py`` and ``tests/mlgate/test_validation.py`` check that
both engines agree rule by rule.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from mlgate.contract import Expectation, Suite, finite_or_none

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RuleResult", "ValidationResult", "render_html", "validate_table"]

Engine = Literal["fast", "gx"]
MAX_INDICES = 5  # offending row indices quoted per rule


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

    def describe(self) -> str:
        """One line for a log or an error message (row indices, never sensitive values)."""
        where = f" on column {self.column!r}" if self.column else ""
        text = f"{self.rule} ({self.type}){where}"
        if self.unexpected_count:
            text += f": {self.unexpected_count} of {self.considered} rows break it"
            if self.indices:
                text += f", e.g. rows {', '.join(map(str, self.indices))}"
            if self.samples:
                text += f" (values {', '.join(map(repr, self.samples))})"
        elif self.detail:
            text += f": {self.detail}"
        return text


@dataclass
class ValidationResult:
    suite: str
    suite_sha256: str
    rows: int
    columns: int
    rules: list[RuleResult]
    engine: str

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

    def to_json(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "suite_sha256": self.suite_sha256,
            "passed": self.passed,
            "engine": self.engine,
            **self.metrics(),
            "results": [
                {**vars(r), "observed": _jsonable(r.observed), "samples": _jsonable(r.samples)}
                for r in self.rules
            ],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, str | int | float | bool) or value is None:
        return finite_or_none(value)
    return str(value)


def validate_table(frame: pd.DataFrame, suite: Suite, engine: Engine = "fast") -> ValidationResult:
    """Checks ``frame`` against every expectation of ``suite``.

    Args:
        frame: The table; its index labels are what reports call row indices.
        suite: From ``mlgate.contract.load_suite``.
        engine: ``"fast"`` (vectorised pandas, GX semantics) or ``"gx"`` (great-expectations).
    """
    frame = _parse_datetimes(frame, suite.datetime_columns)
    if engine == "gx":
        rules = _run_gx(frame, suite.expectations)
    else:
        checker = _FastChecker(frame)
        rules = []
        handled = [(e, _FAST.get(e.type)) for e in suite.expectations]
        leftover = [e for e, fn in handled if fn is None]
        from_gx = iter(_run_gx(frame, leftover)) if leftover else iter(())
        for expectation, fn in handled:
            rules.append(checker.run(expectation, fn) if fn else next(from_gx))
    return ValidationResult(suite.name, suite.sha256, len(frame), len(frame.columns), rules, engine)


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


def _column_max(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    import pandas as pd

    series = checker.frame[e.kwargs["column"]]
    observed = series.max()
    result.observed = observed
    low, high = e.kwargs.get("min_value"), e.kwargs.get("max_value")
    if isinstance(observed, pd.Timestamp):
        low = None if low is None else pd.Timestamp(low)
        high = None if high is None else pd.Timestamp(high)
    if pd.isna(observed):
        result.detail = "no values"
        return result  # GX: a max that does not exist is not within any bounds
    result.success = (low is None or observed >= low) and (high is None or observed <= high)
    if not result.success:
        result.detail = f"newest value {observed} is outside {low or ''}..{high or ''}"
    return result


class _FastChecker:
    """Evaluates expectations on one frame, sharing null masks between rules of a column."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._notna: dict[str, np.ndarray] = {}

    def notna(self, column: str) -> np.ndarray:
        if column not in self._notna:
            self._notna[column] = self.frame[column].notna().to_numpy()
        return self._notna[column]

    def run(self, e: Expectation, fn: Callable[..., RuleResult]) -> RuleResult:
        result = RuleResult(e.rule, e.type, e.column, e.severity, success=False)
        missing = [c for c in _columns_of(e) if c not in self.frame.columns]
        if missing and e.type != "expect_column_to_exist":
            result.detail = f"column {missing[0]!r} is missing"
            return result
        try:
            return fn(self, e, result)
        except (TypeError, ValueError) as exc:
            # GX records the same situations (e.g. comparing strings with numbers) as failures.
            result.detail = f"cannot evaluate: {type(exc).__name__}"
            return result

    def map_result(
        self, e: Expectation, result: RuleResult, unexpected: np.ndarray, considered: int
    ) -> RuleResult:
        """Fills a map expectation's result: counts, ``mostly``, a few offending rows."""
        count = int(unexpected.sum())
        result.unexpected_count, result.considered = count, considered
        mostly = e.kwargs.get("mostly")
        mostly = 1.0 if mostly is None else float(mostly)
        result.success = considered == 0 or (considered - count) / considered >= mostly
        if count:
            positions = np.flatnonzero(unexpected)[:MAX_INDICES]
            result.indices = [_jsonable(i) for i in self.frame.index[positions]]
            if e.column and not e.sensitive and e.type != "expect_column_values_to_not_be_null":
                result.samples = _jsonable(list(self.frame[e.column].iloc[positions]))
        return result


def _columns_of(e: Expectation) -> list[str]:
    kw = e.kwargs
    if "column" in kw:
        return [kw["column"]]
    if "column_list" in kw:
        return list(kw["column_list"])
    if "column_A" in kw:
        return [kw["column_A"], kw["column_B"]]
    return []


def _column_map(
    condition: Callable[[pd.Series, Expectation], np.ndarray],
) -> Callable[[_FastChecker, Expectation, RuleResult], RuleResult]:
    """A column map expectation: ``condition`` flags bad values; nulls are never judged."""

    def run(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
        column = e.kwargs["column"]
        notna = checker.notna(column)
        bad = np.asarray(condition(checker.frame[column], e), dtype=bool) & notna
        return checker.map_result(e, result, bad, int(notna.sum()))

    return run


def _between(series: pd.Series, e: Expectation) -> np.ndarray:
    low, high = e.kwargs.get("min_value"), e.kwargs.get("max_value")
    if low is None and high is None:
        raise ValueError("min_value and max_value cannot both be None")
    values = series.to_numpy()
    bad = np.zeros(len(values), dtype=bool)
    with np.errstate(invalid="ignore"):
        if low is not None:
            bad |= values <= low if e.kwargs.get("strict_min") else values < low
        if high is not None:
            bad |= values >= high if e.kwargs.get("strict_max") else values > high
    return bad


def _in_set(series: pd.Series, e: Expectation) -> np.ndarray:
    if e.kwargs.get("value_set") is None:
        return np.zeros(len(series), dtype=bool)
    return ~series.isin(e.kwargs["value_set"]).to_numpy()


def _match_regex(series: pd.Series, e: Expectation) -> np.ndarray:
    import pandas as pd

    # GX casts with astype(str); string columns already are, and skipping the cast saves a copy.
    text = series if isinstance(series.dtype, pd.StringDtype) else series.astype(str)
    return ~text.str.contains(e.kwargs["regex"], regex=True, na=True).to_numpy(dtype=bool)


def _unique(series: pd.Series, e: Expectation) -> np.ndarray:
    # GX judges uniqueness among the non-null values only.
    values = series.dropna()
    bad = np.zeros(len(series), dtype=bool)
    bad[np.flatnonzero(series.notna().to_numpy())] = values.duplicated(keep=False).to_numpy()
    return bad


def _not_null(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    notna = checker.notna(e.kwargs["column"])
    return checker.map_result(e, result, ~notna, len(notna))


def _exists(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    result.success = e.kwargs["column"] in checker.frame.columns
    if not result.success:
        result.detail = "column is missing"
    return result


def _columns_match(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    observed, expected = list(checker.frame.columns), set(e.kwargs["column_set"] or [])
    exact = e.kwargs.get("exact_match", True) in (True, None)
    result.observed = observed
    result.success = set(observed) == expected if exact else expected <= set(observed)
    extra, missing = sorted(set(observed) - expected), sorted(expected - set(observed))
    result.detail = "; ".join(
        part
        for part in (
            f"unexpected columns {extra}" if extra and exact else "",
            f"missing columns {missing}" if missing else "",
        )
        if part
    )
    return result


def _row_count(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    rows, low, high = len(checker.frame), e.kwargs.get("min_value"), e.kwargs.get("max_value")
    result.observed = rows
    result.success = (low is None or rows >= low) and (high is None or rows <= high)
    if not result.success:
        result.detail = f"{rows} rows, allowed {low if low is not None else 0}..{high or 'any'}"
    return result


def _compound_unique(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    columns = list(e.kwargs["column_list"])
    subset = checker.frame[columns]
    keep = _keep_rows(subset, e.kwargs.get("ignore_row_if", "all_values_are_missing"))
    bad = np.zeros(len(subset), dtype=bool)
    bad[np.flatnonzero(keep)] = subset[keep].duplicated(keep=False).to_numpy()
    return checker.map_result(e, result, bad, int(keep.sum()))


def _pair_greater(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    a, b = checker.frame[e.kwargs["column_A"]], checker.frame[e.kwargs["column_B"]]
    ignore = e.kwargs.get("ignore_row_if", "both_values_are_missing")
    keep = _keep_rows(
        checker.frame[[a.name, b.name]],
        ignore.replace("both", "all")
        .replace("either_value", "any_value")
        .replace("neither", "never"),
    )
    with np.errstate(invalid="ignore"):
        ok = (a >= b) if e.kwargs.get("or_equal") else (a > b)
    bad = ~ok.fillna(False).to_numpy(dtype=bool) & keep
    return checker.map_result(e, result, bad, int(keep.sum()))


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
    series = checker.frame[e.kwargs["column"]]
    names = e.kwargs.get("type_list")
    result.observed = str(series.dtype)
    if names is None:
        result.success = True
        return result
    if series.dtype == object or _is_default_str(series.dtype):
        # GX checks an object column value by value against the Python types named
        # (and sees pandas 3's default string columns as object columns, see _as_gx_sees_it).
        python_types = tuple(t for n in names for t in _PYTHON_TYPES.get(n, ()))
        notna = checker.notna(e.kwargs["column"])
        if series.dtype == object:
            bad = ~series.map(lambda v: isinstance(v, python_types)).to_numpy(dtype=bool)
        else:
            bad = np.full(len(series), str not in python_types)
        result.observed = None
        return checker.map_result(e, result, bad & notna, int(notna.sum()))
    result.success = _dtype_matches(series.dtype, names)
    if not result.success:
        result.detail = f"dtype is {series.dtype}, expected one of {', '.join(names)}"
    return result


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "StringDtype": (str,), "bool": (bool,), "BooleanDtype": (bool,),
    "int64": (int,), "float64": (float,),
}  # fmt: skip


def _dtype_matches(dtype: Any, names: list[str]) -> bool:
    import pandas as pd

    for name in names:
        if name == "StringDtype" and isinstance(dtype, pd.StringDtype):
            return True
        if name == "BooleanDtype" and isinstance(dtype, pd.BooleanDtype):
            return True
        if name == "DatetimeTZDtype" and isinstance(dtype, pd.DatetimeTZDtype):
            return True
        if name == "str" and isinstance(dtype, pd.StringDtype):
            return True
        try:
            if dtype == np.dtype(name) or getattr(dtype, "type", None) is np.dtype(name).type:
                return True
        except TypeError:
            if str(dtype) == name:
                return True
    return False


_FAST: dict[str, Callable[[_FastChecker, Expectation, RuleResult], RuleResult]] = {
    "expect_column_to_exist": _exists,
    "expect_table_columns_to_match_set": _columns_match,
    "expect_table_row_count_to_be_between": _row_count,
    "expect_column_values_to_be_in_type_list": _in_type_list,
    "expect_column_values_to_not_be_null": _not_null,
    "expect_column_values_to_be_between": _column_map(_between),
    "expect_column_values_to_be_in_set": _column_map(_in_set),
    "expect_column_values_to_match_regex": _column_map(_match_regex),
    "expect_column_values_to_be_unique": _column_map(_unique),
    "expect_compound_columns_to_be_unique": _compound_unique,
    "expect_column_pair_values_a_to_be_greater_than_b": _pair_greater,
    "expect_column_max_to_be_between": _column_max,
}


def _run_gx(frame: pd.DataFrame, expectations: list[Expectation]) -> list[RuleResult]:
    """Runs ``expectations`` through great-expectations' pandas engine."""
    import logging

    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    frame = _as_gx_sees_it(frame)
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # no tqdm in task logs
    batch = (
        context.data_sources.add_pandas("mlgate")
        .add_dataframe_asset("table")
        .add_batch_definition_whole_dataframe("all")
        .get_batch(batch_parameters={"dataframe": frame})
    )
    suite = gx.ExpectationSuite(name="mlgate")
    for i, e in enumerate(expectations):
        # add_expectation appends; add_expectation_configuration would merge rules that
        # share a domain (every expect_column_to_exist of a table, for one). GX reorders
        # results, so each expectation carries its position to be matched back.
        meta = {**e.meta, "mlgate_position": i}
        config = ExpectationConfiguration(type=e.type, kwargs=dict(e.kwargs), meta=meta)
        suite.add_expectation(config.to_domain_obj())
    validation = batch.validate(suite, result_format="SUMMARY")
    by_position = {
        r.expectation_config.meta["mlgate_position"]: r
        for r in validation.results
        if r.expectation_config is not None
    }
    results = []
    for i, e in enumerate(expectations):
        outcome = by_position[i]
        raw = outcome.result or {}
        rule = RuleResult(e.rule, e.type, e.column, e.severity, bool(outcome.success))
        rule.unexpected_count = raw.get("unexpected_count")
        rule.considered = raw.get("element_count")
        rule.indices = list(raw.get("partial_unexpected_index_list") or [])[:MAX_INDICES]
        if not e.sensitive and e.column:
            rule.samples = list(raw.get("partial_unexpected_list") or [])[:MAX_INDICES]
        rule.observed = raw.get("observed_value")
        if outcome.exception_info and outcome.exception_info.get("raised_exception"):
            rule.detail = "great-expectations could not evaluate it"
        results.append(rule)
    return results


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


def render_html(result: ValidationResult) -> str:
    """A self-contained HTML report (shown by the KFP UI for HTML artifacts)."""
    esc = html.escape
    rows = []
    passed = [r for r in result.rules if r.success]
    for r in result.errors + result.warnings + passed:  # what needs a reader's eye comes first
        state = "pass" if r.success else ("fail" if r.severity == "critical" else "warn")
        detail = r.describe().split(": ", 1)[1] if ": " in r.describe() else ""
        rows.append(
            f'<tr class="{state}"><td>{state.upper()}</td><td>{esc(r.rule)}</td>'
            f"<td>{esc(r.column or '')}</td><td>{esc(detail)}</td><td><small>{esc(r.type)}"
            "</small></td></tr>"
        )
    verdict = "passed" if result.passed else "failed"
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{esc(result.suite)}: {verdict}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: .3rem .6rem; }}
.pass td:first-child {{ color: #1a7f37; }} .fail {{ background: #ffebe9; }}
.warn {{ background: #fff8c5; }} td:nth-child(4) {{ min-width: 28rem; }}
</style></head><body>
<h1>Contract <code>{esc(result.suite)}</code> {verdict}</h1>
<p>{len(result.rules)} rules, {len(result.errors)} errors, {len(result.warnings)} warnings;
{result.rows} rows, {result.columns} columns;
contract sha256 <code>{esc(result.suite_sha256)}</code>.</p>
<table><tr><th>verdict</th><th>rule</th><th>column</th><th>detail</th><th>expectation</th></tr>
{"".join(rows)}
</table></body></html>
"""
