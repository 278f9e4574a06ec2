"""Validate a table where it lives: a contract as one SQL query, for DuckDB and BigQuery.

A suite compiles to ONE aggregate query per table (``compile_suite``): every rule's
unexpected and considered counts, and the observed values of table and metric rules
(row count, a column's maximum), computed in one pass; uniqueness adds a grouped
scalar subquery per unique rule to the same statement. The query is built as a
sqlglot expression tree, identifiers quoted and user values as literals, never by
pasting text, and rendered for ``"duckdb"`` or ``"bigquery"`` from that one
definition. A second, small query fetches, for the failing rules only, the first
sample rows (row numbers, or the values of a key column) and values.

Verdicts are those of the pandas engine (``mlgate.data.validation``), rule by rule:
the SQL computes counts, and the verdict is then decided in Python by the same
functions the pandas engine uses (``mostly``, metric bounds, column sets). Where
pandas' behaviour hangs on a column's dtype (the type rule, a comparison that raises
on mismatched types), it is taken from the dtype pandas would give the column:
from the Arrow schema (Parquet, DuckDB) or the table schema (BigQuery's columns
mapped to the Arrow types its client returns), probed with pandas itself on a
zero- or one-row frame of that dtype. What cannot be expressed exactly is refused
with an ``InputError`` that names the rule, never passed silently:

- rules with a ``row_condition`` (a pandas expression, not SQL);
- rules the pandas engine itself hands to great-expectations;
- regexes outside the subset where Python's ``re`` and RE2 (DuckDB's and
  BigQuery's engine) agree once translated (``re2_pattern``): case-insensitive
  or multi-line flags, look-arounds, back-references, word boundaries;
- a regex on a column that is not text, an allowed set on a datetime column, a
  column pair that includes booleans with nulls;
- columns whose values pandas holds in types SQL does not have (categoricals,
  nullable extension dtypes, decimals, dates, nested types), for any rule that
  reads their values.

What differs from ``validate_table``, by design: sample rows and values are fetched
for failing rules only (a rule that passes thanks to ``mostly`` reports its count but
no rows); COMPLETE result formats return at most ``MAX_COMPLETE_ROWS`` rows; the
report has no per-column pictures (they would need the rows).

Row identifiers: a Parquet file read by DuckDB numbers its rows
(``file_row_number``), mapped to the labels ``read_table`` gives them (its range
index, or the stored index column); a BigQuery table has no row order, so its
sample rows are identified by a key column (``key_column``, by default the first
column the contract declares unique and non-null, unless sensitive), or not at all.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

import numpy as np

from mlgate.data.contract import Expectation, Suite, _shown, check_arguments, coerce_bound
from mlgate.data.re2 import re2_pattern
from mlgate.data.validation import (
    MAX_INDICES,
    RuleResult,
    ValidationResult,
    _FastChecker,
    _jsonable,
    _metric_between,
    _parse_datetimes,
    _ResultFormat,
    _value_types,
    plan,
)
from mlgate.errors import InputError, RemoteError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from sqlglot import exp

__all__ = [
    "BIGQUERY_PREFIX",
    "Column",
    "TableSchema",
    "compile_suite",
    "parse_bigquery_uri",
    "validate_bigquery",
    "validate_duckdb",
]

Dialect = Literal["duckdb", "bigquery"]
BIGQUERY_PREFIX = "bq://"
# COMPLETE asks for every unexpected row; a warehouse table can have billions, so the
# sample query stops at this many (the counts are always exact).
MAX_COMPLETE_ROWS = 1000
_ERRORS = (TypeError, ValueError, OverflowError)  # what the pandas engine records as a failure
_SUPPORTED = frozenset({"int", "float", "bool", "str", "ts", "tstz"})  # SQL kinds compared
_PANDAS_OK = frozenset({"int", "float", "bool", "objbool", "str", "ts", "tstz"})
_SCHEMA_ONLY = (
    "expect_column_to_exist",
    "expect_table_columns_to_match_set",
    "expect_table_row_count_to_be_between",
)


# --- the table's columns, as SQL and as pandas see them ------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of the source: its name, its Arrow type and the kind SQL compares it as."""

    name: str
    arrow_type: Any  # pyarrow.DataType

    @property
    def kind(self) -> str:
        """``int``, ``float``, ``bool``, ``str``, ``ts`` (naive), ``tstz`` or ``other``."""
        import pyarrow as pa

        t = self.arrow_type
        if pa.types.is_integer(t):
            return "int"
        if pa.types.is_floating(t):
            return "float"
        if pa.types.is_boolean(t):
            return "bool"
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
            return "str"
        if pa.types.is_timestamp(t):
            return "tstz" if t.tz else "ts"
        return "other"


@dataclass
class TableSchema:
    """The data columns of a source (index columns left out), as ``read_table`` shows them.

    Attributes:
        columns: In table order.
        metadata: The Arrow schema metadata (pandas' dtypes for a Parquet file pandas wrote).
        index_column: The stored column whose values are the row labels, if any.
        index_start: With no index column, a row's label is ``index_start + position *
            index_step`` (pandas' range index).
        index_step: See ``index_start``.
    """

    columns: list[Column]
    metadata: dict[bytes, bytes] | None = None
    index_column: str | None = None
    index_start: int = 0
    index_step: int = 1

    @classmethod
    def from_arrow(cls, schema: pa.Schema) -> TableSchema:
        """The schema of a Parquet file or an Arrow stream, pandas' index columns set apart."""
        import json

        metadata = dict(schema.metadata or {})
        index_column, start, step = None, 0, 1
        hidden: set[str] = set()
        raw = metadata.get(b"pandas")
        if raw:
            indexes = json.loads(raw).get("index_columns", [])
            hidden = {i for i in indexes if isinstance(i, str)}
            if len(indexes) == 1 and isinstance(indexes[0], dict):
                if indexes[0].get("kind") == "range":
                    start, step = int(indexes[0]["start"]), int(indexes[0]["step"])
            elif len(indexes) == 1 and isinstance(indexes[0], str):
                index_column = indexes[0]
            # A multi-level index: labels are tuples, which no sample query returns;
            # rows are then reported by position.
        columns = [Column(f.name, f.type) for f in schema if f.name not in hidden]
        return cls(columns, metadata or None, index_column, start, step)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def arrow_schema(self) -> pa.Schema:
        import pyarrow as pa

        return pa.schema([pa.field(c.name, c.arrow_type) for c in self.columns])


def pandas_dtypes(schema: TableSchema, nullable: set[str], datetime_columns: list[str]) -> Any:
    """A zero-row frame with the dtypes ``read_table`` and ``validate_table`` give the columns.

    A column's dtype can hang on its values: pandas holds an integer column with nulls
    as float64, a boolean one as object. ``nullable`` names the columns with at least
    one null. The dtypes come from pandas itself (``streaming.pandas_dtypes``), then
    the contract's datetime columns go through ``validate_table``'s own parsing.
    """
    import pyarrow as pa

    from mlgate.data.streaming import pandas_dtypes as read_dtypes

    full = pa.schema(
        [pa.field(c.name, c.arrow_type) for c in schema.columns], metadata=schema.metadata
    )
    if schema.index_column is not None:
        # pandas' metadata names the index column: keep it, so that it becomes the index.
        full = full.append(pa.field(schema.index_column, pa.int64()))
    return _parse_datetimes(read_dtypes(full, nullable)[schema.names], datetime_columns)


def _pandas_kind(dtype: Any, column: Column) -> str:
    import pandas as pd

    if isinstance(dtype, pd.DatetimeTZDtype):
        return "tstz"
    if isinstance(dtype, pd.StringDtype):
        return "str" if dtype.na_value is not pd.NA else "other"
    if not isinstance(dtype, np.dtype):
        return "other"  # categorical, nullable extension dtypes, Arrow-backed dtypes
    if dtype.kind in "iu":
        return "int"
    if dtype.kind == "f":
        return "float"
    if dtype.kind == "b":
        return "bool"
    if dtype.kind == "M":
        return "ts"
    if dtype.kind == "O":
        # Object columns hold one Python type per Arrow type: bools with nulls, or text
        # (where pandas does not infer its string dtype).
        return {"bool": "objbool", "str": "str"}.get(column.kind, "other")
    return "other"


_PROBE_VALUES: dict[str, Any] = {
    "int": 0,
    "float": 0.0,
    "bool": False,
    "objbool": False,
    "str": "a",
    "ts": "2000-01-01",
    "tstz": "2000-01-01T00:00:00+00:00",
}


def _probe(dtype: Any, kind: str, values: int, nulls: int) -> Any:
    """A pandas Series of ``dtype`` with up to one value and one null, for probing pandas."""
    import pandas as pd

    data: list[Any] = [_PROBE_VALUES[kind]] * min(values, 1) + [None] * min(nulls, 1)
    if kind in ("ts", "tstz"):
        return pd.Series(pd.to_datetime(pd.Series(data, dtype=object), utc=kind == "tstz"))
    return pd.Series(data, dtype=dtype)


def _raises(run: Callable[[], Any]) -> str | None:
    """The name of the error pandas raises running ``run`` (None: it does not)."""
    try:
        run()
    except _ERRORS as exc:
        return type(exc).__name__
    return None


# --- SQL building blocks ------------------------------------------------------------------


def _ident(name: str) -> exp.Identifier:
    from sqlglot import exp

    return exp.to_identifier(name, quoted=True)


def _col(name: str) -> exp.Column:
    from sqlglot import exp

    return exp.Column(this=_ident(name))


def _number(value: float | int) -> exp.Expr:
    """A number literal; floats as DOUBLE, so comparisons follow numpy's float64 rules."""
    from sqlglot import exp

    if isinstance(value, int):  # bools too: True is 1
        return exp.Literal.number(str(int(value)))
    text = repr(float(value)) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    return exp.Cast(this=exp.Literal.string(text), to=exp.DataType.build("DOUBLE"))


def _timestamp(value: dt.datetime, aware: bool) -> exp.Expr:
    from sqlglot import exp

    if aware:
        text = value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")
        return exp.Cast(this=exp.Literal.string(text), to=exp.DataType.build("TIMESTAMPTZ"))
    text = value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return exp.Cast(this=exp.Literal.string(text), to=exp.DataType.build("TIMESTAMP"))


def _is_null(column: Column) -> exp.Expr:
    """True where pandas sees a null: SQL NULL, and NaN in a float column."""
    from sqlglot import exp

    null = exp.Is(this=_col(column.name), expression=exp.Null())
    if column.kind == "float":
        return exp.or_(null, exp.IsNan(this=_col(column.name)))
    return null


def _value(column: Column) -> exp.Expr:
    """The column as compared: NaN as NULL (pandas skips both), booleans as numbers."""
    from sqlglot import exp

    c = _col(column.name)
    if column.kind == "float":
        return exp.If(this=exp.IsNan(this=c), true=exp.Null(), false=c.copy())
    if column.kind == "bool":
        return exp.Cast(this=c, to=exp.DataType.build("BIGINT"))
    return c


def _numeric(column: Column) -> exp.Expr:
    """The column as a DOUBLE, as numpy compares an int64 array with a float."""
    from sqlglot import exp

    value = _value(column)
    if column.kind in ("int", "bool"):
        return exp.Cast(this=value, to=exp.DataType.build("DOUBLE"))
    return value


def _count_if(condition: exp.Expr) -> exp.Expr:
    from sqlglot import exp

    return exp.CountIf(this=condition)


def _not(condition: exp.Expr) -> exp.Expr:
    from sqlglot import exp

    return exp.Not(this=exp.Paren(this=condition))


def _is_true(condition: exp.Expr) -> bool:
    from sqlglot import exp

    return isinstance(condition, exp.Boolean) and bool(condition.this)


def _and(*conditions: exp.Expr) -> exp.Expr:
    """``a AND b``, leaving out operands that are TRUE."""
    from sqlglot import exp

    kept = [c.copy() for c in conditions if not _is_true(c)]
    return exp.and_(*kept) if kept else exp.true()


def _false_if_null(condition: exp.Expr) -> exp.Expr:
    from sqlglot import exp

    return exp.Coalesce(this=exp.Paren(this=condition), expressions=[exp.false()])


# --- compiling a suite ------------------------------------------------------------------


@dataclass
class _Rule:
    """One rule's part of the queries and how its result is finished from their rows."""

    position: int
    e: Expectation
    finish: Callable[[dict[str, Any], Any], RuleResult]
    # Rows that break the rule, for the sample query (map rules only).
    bad: exp.Expr | None = None
    # When the rule's own derived table is needed for its bad rows (uniqueness).
    bad_from: Callable[[], exp.Expr] | None = None
    reason: str = ""


@dataclass
class CompiledSuite:
    """A suite compiled against one table: its aggregate query and each rule's finisher."""

    suite: Suite
    schema: TableSchema
    rules: list[_Rule]
    selects: list[exp.Expr]
    source: exp.Expr  # what FROM reads (replaced per dialect and engine)
    rows: str  # the alias of COUNT(*)
    present: dict[str, str]  # per column, the alias of COUNT(column)
    datetime_columns: list[str] = field(default_factory=list)

    def query(self, source: exp.Expr | None = None) -> exp.Select:
        """The aggregate query over ``source`` (default: a placeholder table name)."""
        from sqlglot import exp

        target = source or self.source
        select = exp.select(*[s.copy() for s in self.selects]).from_(target.copy())
        return _replace_source(select, target)

    def sql(self, dialect: Dialect, source: exp.Expr | None = None) -> str:
        return self.query(source).sql(dialect=dialect)


_PLACEHOLDER = "__mlgate_source__"


def _placeholder() -> exp.Expr:
    from sqlglot import exp

    return exp.Table(this=_ident(_PLACEHOLDER))


def _replace_source(tree: exp.Expr, source: exp.Expr) -> Any:
    from sqlglot import exp

    def swap(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Table) and node.name == _PLACEHOLDER:
            replacement = source.copy()
            if node.alias:
                replacement.set("alias", node.args.get("alias"))
            return replacement
        return node

    return tree.transform(swap)


def compile_suite(
    suite: Suite,
    schema: TableSchema,
    *,
    increasing: set[str] | frozenset[str] = frozenset(),
) -> CompiledSuite:
    """Compiles ``suite`` into one aggregate query over a table of ``schema``.

    Args:
        suite: The contract, from ``mlgate.data.contract.parse_suite``.
        schema: The table's columns (``TableSchema.from_arrow``, or BigQuery's schema).
        increasing: Columns known to be strictly increasing in row order, nulls aside
            (``increasing_columns``): their uniqueness needs no grouped subquery.

    Raises:
        InputError: a rule cannot be pushed down exactly; the message names the rule and
            says why (see the module docstring).
    """
    for position, e in enumerate(suite.expectations):
        check_arguments(e, f"{suite.source}: expectations.{position}")
    builder = _Builder(suite, schema, set(increasing))
    for position, (e, p) in enumerate(
        zip(suite.expectations, plan(suite.expectations), strict=True)
    ):
        where = f"rule {e.rule!r} ({e.type})"
        if p.engine != "fast":
            raise InputError(
                f"{where} cannot be pushed down to SQL: {p.reason}, so only "
                "great-expectations runs it; use engine 'pandas'"
            )
        if e.kwargs.get("row_condition"):
            raise InputError(
                f"{where} has a row_condition, a pandas expression that push-down does not "
                "translate to SQL; use engine 'pandas' or 'streaming'"
            )
        builder.rules.append(builder.compile(position, e))
    return CompiledSuite(
        suite,
        schema,
        builder.rules,
        builder.selects,
        _placeholder(),
        builder.rows,
        builder.present,
        list(suite.datetime_columns),
    )


class _Builder:
    def __init__(self, suite: Suite, schema: TableSchema, increasing: set[str]) -> None:
        self.suite = suite
        self.schema = schema
        self.increasing = increasing
        self.selects: list[exp.Expr] = []
        self.rules: list[_Rule] = []
        self._aliases: dict[str, str] = {}
        self._probes: tuple[pd.DataFrame, pd.DataFrame] | None = None
        self.rows = self.add(_count_star())
        # Non-null counts (SQL NULL only) of every column: which columns have nulls
        # decides their pandas dtype (an integer column with nulls is float64).
        self.present = {c.name: self.add(_count(_col(c.name))) for c in schema.columns}

    def add(self, expression: exp.Expr) -> str:
        """Adds an aggregate to the query (once per distinct expression); returns its alias."""
        from sqlglot import exp

        key = expression.sql()
        if key not in self._aliases:
            alias = f"a{len(self.selects)}"
            self.selects.append(exp.alias_(expression, alias, quoted=True))
            self._aliases[key] = alias
        return self._aliases[key]

    def pandas_kinds(self, name: str) -> set[str]:
        """The kinds pandas holds a column as, with and without nulls."""
        if self._probes is None:
            everything = {c.name for c in self.schema.columns}
            datetimes = list(self.suite.datetime_columns)
            self._probes = (
                pandas_dtypes(self.schema, set(), datetimes),
                pandas_dtypes(self.schema, everything, datetimes),
            )
        column = self.schema.column(name)
        assert column is not None
        return {_pandas_kind(probe[name].dtype, column) for probe in self._probes}

    def _dtype_names(self, name: str) -> str:
        assert self._probes is not None
        return " or ".join(sorted({str(probe[name].dtype) for probe in self._probes}))

    def notnull_count(self, column: Column) -> str:
        """The alias counting the values pandas sees as present (NaN is null in pandas)."""
        if column.kind != "float":
            return self.present[column.name]  # COUNT(column)
        return self.add(_count_if(_not(_is_null(column))))

    def compile(self, position: int, e: Expectation) -> _Rule:
        where = f"rule {e.rule!r} ({e.type})"
        names = e.columns
        missing = [n for n in names if self.schema.column(n) is None]
        if missing and e.type != "expect_column_to_exist":
            detail = f"column {_shown(missing[0])} is missing"
            return _Rule(position, e, lambda row, ctx: _failed(e, detail))
        if e.type in _SCHEMA_ONLY:
            return _Rule(position, e, self._schema_rule(e))
        if e.type == "expect_column_values_to_be_in_type_list":
            return self._type_rule(position, e)
        columns = [c for c in (self.schema.column(n) for n in names) if c is not None]
        for column in columns:
            dtypes = self.pandas_kinds(column.name)
            if column.kind not in _SUPPORTED or not dtypes <= _PANDAS_OK:
                raise InputError(
                    f"{where}: column {_shown(column.name)} is {column.arrow_type} (pandas "
                    f"reads it as {self._dtype_names(column.name)}), which push-down does not "
                    "compare as pandas does; use engine 'pandas' or 'streaming'"
                )
        method = {
            "expect_column_values_to_not_be_null": self._not_null,
            "expect_column_values_to_be_between": self._between,
            "expect_column_values_to_be_in_set": self._in_set,
            "expect_column_values_to_match_regex": self._regex,
            "expect_column_values_to_be_unique": self._unique,
            "expect_compound_columns_to_be_unique": self._unique,
            "expect_column_pair_values_a_to_be_greater_than_b": self._pair,
            "expect_column_max_to_be_between": self._max,
        }[e.type]
        return method(position, e, columns)

    # -- rules that need the schema and the row count only

    def _schema_rule(self, e: Expectation) -> Callable[[dict[str, Any], Any], RuleResult]:
        rows = self.rows

        def finish(row: dict[str, Any], ctx: _Context) -> RuleResult:
            checker = _CountChecker(ctx.probe, _int(row[rows]))
            return _guarded(e, lambda result: _SCHEMA_RUNNERS[e.type](checker, e, result))

        return finish

    def _type_rule(self, position: int, e: Expectation) -> _Rule:
        column = self.schema.column(e.kwargs["column"])
        assert column is not None
        notnull = self.notnull_count(column) if column.kind in _SUPPORTED else None

        def finish(row: dict[str, Any], ctx: _Context) -> RuleResult:
            from mlgate.data.validation import _in_type_list

            dtype = ctx.probe[column.name].dtype
            kind = _pandas_kind(dtype, column)
            names = e.kwargs.get("type_list")
            is_object = getattr(dtype, "type", None) is np.object_
            if names is None or not (is_object or kind == "str"):
                # pandas judges the dtype alone: the same call on a zero-row frame.
                return _guarded(e, lambda r: _in_type_list(_FastChecker(ctx.probe), e, r))
            if kind not in ("str", "objbool") or notnull is None:
                raise InputError(
                    f"rule {e.rule!r} ({e.type}): column {_shown(column.name)} is an object "
                    f"column of {column.arrow_type} values, which push-down does not type-check "
                    "value by value; use engine 'pandas' or 'streaming'"
                )
            value_type = str if kind == "str" else bool
            considered = _int(row[notnull])

            def run(result: RuleResult) -> RuleResult:
                bad = considered if not issubclass(value_type, _value_types(names)) else 0
                return _map_verdict(e, result, bad, considered)

            return _guarded(e, run)

        # When values are checked one by one (text, booleans with nulls), every non-null
        # value has the same Python type: the unexpected rows are all or none of them.
        bad = _not(_is_null(column)) if column.kind in _SUPPORTED else None
        return _Rule(position, e, finish, bad=bad, reason="dtype from the table schema")

    # -- map rules: an unexpected count over the non-null rows

    def _map(
        self,
        position: int,
        e: Expectation,
        domain: exp.Expr,
        bad: exp.Expr,
        *,
        considered: str | None = None,
        unexpected: Callable[[dict[str, Any]], int] | None = None,
        raises: Callable[[_Context, dict[str, Any], int], str | None] | None = None,
    ) -> _Rule:
        """A map rule: rows in ``domain`` are considered, those also ``bad`` unexpected.

        ``considered`` names an aggregate already counting the domain, and ``unexpected``
        derives the unexpected count from others, so that each count is computed once.
        """
        if considered is None:
            considered = self.rows if _is_true(domain) else self.add(_count_if(domain))
        if unexpected is None:
            alias = self.add(_count_if(_and(domain, bad)))

            def unexpected(row: dict[str, Any]) -> int:
                return _int(row[alias])

        count = unexpected
        counted = considered

        def finish(row: dict[str, Any], ctx: _Context) -> RuleResult:
            n = _int(row[counted])
            error = raises(ctx, row, n) if raises else None
            if error:
                return _failed(e, f"cannot evaluate: {error}")
            return _guarded(e, lambda r: _map_verdict(e, r, count(row), n))

        return _Rule(position, e, finish, bad=_and(domain, bad))

    def _not_null(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        rows, present = self.rows, self.notnull_count(columns[0])
        return self._map(
            position,
            e,
            exp.true(),
            _is_null(columns[0]),
            unexpected=lambda row: _int(row[rows]) - _int(row[present]),
        )

    def _between(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        column = columns[0]
        low = coerce_bound(e.type, e.kwargs.get("min_value"))
        high = coerce_bound(e.type, e.kwargs.get("max_value"))
        domain = _not(_is_null(column))
        rows = self.rows

        def raises(ctx: _Context, row: dict[str, Any], considered: int) -> str | None:
            # Mismatched types (text against numbers, a date against datetimes) and inverted
            # bounds make pandas raise, which fails the rule; whether it raises depends
            # on the dtype and on which of values and nulls are there: ask pandas.
            from mlgate.data.validation import _FAST

            dtype = ctx.probe[column.name].dtype
            kind = ctx.kind(column.name)
            nulls = _int(row[rows]) - considered
            probe = _probe(dtype, kind, considered, nulls).to_frame(column.name)
            return _raises(lambda: _FAST[e.type].run(_FastChecker(probe), e, _blank(e)))

        bad = _outside(column, low, high, e.kwargs.get("strict_min"), e.kwargs.get("strict_max"))
        return self._map(
            position,
            e,
            domain,
            bad if bad is not None else exp.false(),
            considered=self.notnull_count(column),
            raises=raises,
        )

    def _in_set(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        column = columns[0]
        value_set = e.kwargs.get("value_set") or []
        if column.kind in ("ts", "tstz"):
            raise InputError(
                f"rule {e.rule!r} ({e.type}): an allowed set on datetime column "
                f"{_shown(column.name)} is not pushed down (pandas' isin converts values "
                "its own way); use engine 'pandas' or 'streaming'"
            )
        literals: list[exp.Expr] = []
        if column.kind == "str":
            literals = [exp.Literal.string(v) for v in value_set if isinstance(v, str)]
            value: exp.Expr = _col(column.name)
        else:
            # pandas' isin on numbers and booleans compares numerically (True == 1);
            # text never equals a number. Integers compare exactly, as int64.
            numbers = [
                v
                for v in value_set
                if isinstance(v, int | float) and not (isinstance(v, float) and math.isnan(v))
            ]
            if column.kind in ("int", "bool"):
                whole = {int(v) for v in numbers if float(v).is_integer() and abs(float(v)) < 2**63}
                literals = [_number(v) for v in sorted(whole)]
                value = _value(column)
            else:
                literals = [_number(float(v)) for v in numbers]
                value = _value(column)
        member = exp.In(this=value, expressions=literals) if literals else exp.false()
        return self._map(
            position,
            e,
            _not(_is_null(column)),
            _not(member),
            considered=self.notnull_count(column),
        )

    def _regex(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        column = columns[0]
        where = f"rule {e.rule!r} ({e.type})"
        if column.kind != "str":
            raise InputError(
                f"{where}: column {_shown(column.name)} is {column.arrow_type}; push-down "
                "matches regexes on text columns only (pandas matches the text of each "
                "value, which SQL writes differently); use engine 'pandas' or 'streaming'"
            )
        try:
            pattern = re2_pattern(e.kwargs["regex"])
        except ValueError as exc:
            raise InputError(
                f"{where}: regex {_shown(e.kwargs['regex'])} cannot be pushed down exactly: "
                f"{exc}; use engine 'pandas' or 'streaming'"
            ) from None
        match = exp.RegexpLike(this=_col(column.name), expression=exp.Literal.string(pattern))
        return self._map(
            position,
            e,
            _not(_is_null(column)),
            _not(match),
            considered=self.notnull_count(column),
        )

    def _unique(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        """Rows whose value (or values) appear more than once, nulls aside, as pandas counts.

        pandas' ``duplicated`` holds NaN equal to NaN (and to a null), and -0.0 equal
        to 0.0; SQL's GROUP BY puts NULLs together and compares -0.0 equal to 0.0, so
        NaN is turned into NULL first.
        """
        from sqlglot import exp

        keys = [_value(c) if c.kind == "float" else _col(c.name) for c in columns]
        single = e.type == "expect_column_values_to_be_unique"
        if single and columns[0].name in self.increasing:
            # Known strictly increasing in row order (see ``increasing_columns``): unique,
            # as the pandas engine also concludes, without grouping every value.
            counted = self.notnull_count(columns[0])
            return _Rule(
                position,
                e,
                lambda row, ctx: _guarded(e, lambda r: _map_verdict(e, r, 0, _int(row[counted]))),
                reason="pushed down to SQL; the key is strictly increasing in file order",
            )
        if single:
            domain = _not(_is_null(columns[0]))
        else:
            mode = e.kwargs.get("ignore_row_if") or "all_values_are_missing"
            nulls = [_is_null(c) for c in columns]
            if mode == "all_values_are_missing":
                domain = _not(exp.and_(*nulls))
            elif mode == "any_value_is_missing":
                domain = _not(exp.or_(*nulls))
            elif mode == "never":
                domain = exp.true()
            else:
                return _Rule(
                    position,
                    e,
                    lambda row, ctx: _failed(e, "cannot evaluate: ValueError"),
                )
        if single:
            considered = self.notnull_count(columns[0])
        else:
            considered = self.rows if _is_true(domain) else self.add(_count_if(domain))
        groups = (
            exp.select(exp.alias_(_count_star(), "_n", quoted=True))
            .from_(_placeholder())
            .where(domain.copy())
            .group_by(*[k.copy() for k in keys])
        )
        total = (
            exp.select(
                exp.Coalesce(this=exp.Sum(this=_col("_n")), expressions=[exp.Literal.number(0)])
            )
            .from_(groups.subquery("_groups"))
            .where(exp.GT(this=_col("_n"), expression=exp.Literal.number(1)))
        )
        unexpected = self.add(total.subquery())

        def bad_from() -> exp.Expr:
            window = exp.Window(
                this=_count_star(), partition_by=[k.copy() for k in keys]
            )  # how often each row's value appears
            return (
                exp.select(exp.Star(), exp.alias_(window, "_n", quoted=True))
                .from_(_placeholder())
                .where(domain.copy())
                .subquery("_counted")
            )

        def finish(row: dict[str, Any], ctx: _Context) -> RuleResult:
            n = _int(row[considered])
            return _guarded(e, lambda r: _map_verdict(e, r, _int(row[unexpected]), n))

        return _Rule(
            position,
            e,
            finish,
            bad=exp.GT(this=_col("_n"), expression=exp.Literal.number(1)),
            bad_from=bad_from,
        )

    def _pair(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        a, b = (self.schema.column(e.kwargs["column_A"]), self.schema.column(e.kwargs["column_B"]))
        assert a is not None and b is not None
        mode = e.kwargs.get("ignore_row_if") or "both_values_are_missing"
        null_a, null_b = _is_null(a), _is_null(b)
        if mode == "both_values_are_missing":
            domain = _not(exp.and_(null_a, null_b))
        elif mode == "either_value_is_missing":
            domain = _not(exp.or_(null_a, null_b))
        elif mode == "neither":
            domain = exp.true()
        else:
            return _Rule(position, e, lambda row, ctx: _failed(e, "cannot evaluate: ValueError"))
        numeric = {"int", "float", "bool"}
        if a.kind in numeric and b.kind in numeric:
            left, right = _numeric(a), _numeric(b)
        else:
            left, right = _col(a.name), _col(b.name)
        op = exp.GTE if e.kwargs.get("or_equal") else exp.GT
        comparable = (a.kind in numeric and b.kind in numeric) or (
            a.kind == b.kind and a.kind in ("str", "ts", "tstz")
        )
        ok = _false_if_null(op(this=left, expression=right)) if comparable else exp.true()

        def raises(ctx: _Context, row: dict[str, Any], considered: int) -> str | None:
            from mlgate.data.validation import _FAST

            kinds = (ctx.kind(a.name), ctx.kind(b.name))
            if "objbool" in kinds:
                raise InputError(
                    f"rule {e.rule!r} ({e.type}): a boolean column with nulls is an object "
                    "column in pandas, whose comparisons push-down does not reproduce; use "
                    "engine 'pandas' or 'streaming'"
                )
            if a.name == b.name:
                series = _probe(ctx.probe[a.name].dtype, kinds[0], considered, 0)
                probe = series.to_frame(a.name)
            else:
                import pandas as pd

                probe = pd.DataFrame(
                    {
                        a.name: _probe(ctx.probe[a.name].dtype, kinds[0], considered, 0),
                        b.name: _probe(ctx.probe[b.name].dtype, kinds[1], considered, 0),
                    }
                )
            error = _raises(lambda: _FAST[e.type].run(_FastChecker(probe), e, _blank(e)))
            if error is None and not comparable and considered:
                error = "TypeError"
            return error

        return self._map(position, e, domain, _not(ok), raises=raises)

    def _max(self, position: int, e: Expectation, columns: list[Column]) -> _Rule:
        from sqlglot import exp

        column = columns[0]
        observed = self.add(
            exp.Max(this=_value(column) if column.kind == "float" else _col(column.name))
        )

        def finish(row: dict[str, Any], ctx: _Context) -> RuleResult:
            value = ctx.as_pandas(column.name, row[observed])
            return _guarded(e, lambda r: _metric_between(value, e, r))

        return _Rule(position, e, finish)


def _outside(
    column: Column, low: Any, high: Any, strict_min: Any, strict_max: Any
) -> exp.Expr | None:
    """Where a value lies outside the bounds, as the pandas engine compares; None when the
    types do not compare (pandas raises, see ``_Builder._between``)."""
    from sqlglot import exp

    bounds = [b for b in (low, high) if b is not None]
    if column.kind in ("int", "bool"):
        if not all(isinstance(b, float | int) for b in bounds):
            return None
        if all(math.isfinite(b) and abs(b) < 2**53 for b in bounds):
            # numpy compares an int64 array with a float by converting the ints to float64;
            # for a bound below 2**53 in size that equals comparing integers with the
            # bound rounded inwards, which SQL does on the integers directly.
            value = _value(column)
            parts: list[exp.Expr] = []
            if low is not None:
                parts.append(
                    exp.LTE(this=value.copy(), expression=_number(math.floor(low)))
                    if strict_min
                    else exp.LT(this=value.copy(), expression=_number(math.ceil(low)))
                )
            if high is not None:
                parts.append(
                    exp.GTE(this=value.copy(), expression=_number(math.ceil(high)))
                    if strict_max
                    else exp.GT(this=value.copy(), expression=_number(math.floor(high)))
                )
            return exp.or_(*parts) if parts else exp.false()
    compare = _comparable(column, low, high)
    if compare is None:
        return None
    value, low_sql, high_sql = compare
    parts = []
    op: Any
    if low_sql is not None:
        op = exp.LTE if strict_min else exp.LT
        parts.append(op(this=value.copy(), expression=low_sql))
    if high_sql is not None:
        op = exp.GTE if strict_max else exp.GT
        parts.append(op(this=value.copy(), expression=high_sql))
    return exp.or_(*parts) if parts else exp.false()


def _comparable(
    column: Column, low: Any, high: Any
) -> tuple[exp.Expr, exp.Expr | None, exp.Expr | None] | None:
    """The column and the bounds as SQL, when their types compare (else pandas raises)."""
    bounds = [b for b in (low, high) if b is not None]
    if column.kind in ("int", "float", "bool"):
        if all(isinstance(b, float | int) and not isinstance(b, dt.date) for b in bounds):
            # NaN rows are outside the domain the caller counts over, so the raw column
            # compares (NaN would compare as the largest value in DuckDB).
            value = _col(column.name) if column.kind == "float" else _numeric(column)
            return (
                value,
                None if low is None else _number(low),
                None if high is None else _number(high),
            )
        return None
    if column.kind in ("ts", "tstz"):
        aware = column.kind == "tstz"
        if all(isinstance(b, dt.datetime) for b in bounds):

            def literal(b: dt.datetime | None) -> exp.Expr | None:
                if b is None:
                    return None
                if b.tzinfo is None and aware:
                    b = b.replace(tzinfo=dt.UTC)  # a naive bound meets converted values
                return _timestamp(b, aware)

            return _col(column.name), literal(low), literal(high)
        return None
    return None  # text has no numeric or date bounds: pandas raises on any value


def _count_star() -> exp.Expr:
    from sqlglot import exp

    return exp.Count(this=exp.Star())


def _count(expression: exp.Expr) -> exp.Expr:
    from sqlglot import exp

    return exp.Count(this=expression)


class _CountChecker(_FastChecker):
    """A checker over a zero-row frame of the table's columns that reports the real row count.

    The table rules (column set, column position, row count) read only the columns and
    ``len(frame)``; this gives them both without the rows.
    """

    def __init__(self, probe: pd.DataFrame, rows: int) -> None:
        super().__init__(cast("pd.DataFrame", _Sized(probe, rows)))


class _Sized:
    """A frame stand-in: a zero-row frame's columns with another length."""

    def __init__(self, frame: pd.DataFrame, rows: int) -> None:
        self._frame, self._rows = frame, rows
        self.columns = frame.columns

    def __len__(self) -> int:
        return self._rows


def _row_count(checker: _FastChecker, e: Expectation, result: RuleResult) -> RuleResult:
    return _metric_between(len(checker.frame), e, result)


def _schema_runners() -> dict[str, Callable[[_FastChecker, Expectation, RuleResult], RuleResult]]:
    from mlgate.data.validation import _columns_match, _exists

    return {
        "expect_column_to_exist": _exists,
        "expect_table_columns_to_match_set": _columns_match,
        "expect_table_row_count_to_be_between": _row_count,
    }


_SCHEMA_RUNNERS = _schema_runners()


def _int(value: Any) -> int:
    """A count from SQL: an aggregate over no rows can be NULL."""
    return 0 if value is None else int(value)


def _blank(e: Expectation) -> RuleResult:
    return RuleResult(e.rule, e.type, e.column, e.severity, success=False)


def _failed(e: Expectation, detail: str) -> RuleResult:
    result = _blank(e)
    result.detail = detail
    return result


def _map_verdict(e: Expectation, result: RuleResult, bad: int, considered: int) -> RuleResult:
    """The pandas engine's map verdict (``_FastChecker.map_result``) from counts alone."""
    result.unexpected_count, result.considered = bad, considered
    mostly = e.kwargs.get("mostly")
    mostly = 1.0 if mostly is None else float(mostly)
    result.success = considered == 0 or (considered - bad) / considered >= mostly
    return result


def _guarded(e: Expectation, run: Callable[[RuleResult], RuleResult]) -> RuleResult:
    """Runs a rule's finisher as ``_FastChecker.run`` runs a rule: errors fail it, and
    BOOLEAN_ONLY keeps the verdict alone."""
    result = _blank(e)
    try:
        result = run(result)
    except _ERRORS as exc:
        result = _failed(e, f"cannot evaluate: {type(exc).__name__}")
        return result
    if _ResultFormat.of(e).level == "BOOLEAN_ONLY":
        result.unexpected_count = result.considered = None
        result.indices, result.samples, result.observed = [], [], None
    return result


# --- running: rows in, results out --------------------------------------------------------


@dataclass
class _Context:
    """What finishing the rules needs besides the query's row: pandas' view of the columns."""

    schema: TableSchema
    probe: pd.DataFrame  # zero rows, the dtypes read_table + validate_table give

    def kind(self, name: str) -> str:
        column = self.schema.column(name)
        assert column is not None
        return _pandas_kind(self.probe[name].dtype, column)

    def as_pandas(self, name: str, value: Any) -> Any:
        """A value from SQL as the pandas engine holds it (a float in a float64 column, a
        Timestamp, naive UTC where the contract's datetime parsing converted the column)."""
        import pandas as pd

        if value is None:
            return None
        dtype = self.probe[name].dtype
        kind = self.kind(name)
        if kind == "float" and not isinstance(value, bool):
            return float(value)
        if kind in ("ts", "tstz") and isinstance(value, dt.datetime):
            stamp = pd.Timestamp(value)
            if kind == "ts" and stamp.tzinfo is not None:
                stamp = stamp.tz_convert("UTC").tz_localize(None)
            if kind == "tstz" and stamp.tzinfo is not None:
                stamp = stamp.tz_convert(getattr(dtype, "tz", "UTC"))
            return stamp
        return value


def _finish(
    compiled: CompiledSuite,
    row: dict[str, Any],
    fetch_samples: Callable[[list[tuple[_Rule, int]]], dict[int, list[tuple[Any, Any]]]] | None,
    engine: str,
    probe: pd.DataFrame | None = None,
) -> ValidationResult:
    """Every rule's result from the aggregate row, then samples of the failing ones."""
    schema = compiled.schema
    rows = _int(row[compiled.rows])
    if probe is None:
        nullable = {c.name for c in schema.columns if _int(row[compiled.present[c.name]]) < rows}
        probe = pandas_dtypes(schema, nullable, compiled.datetime_columns)
    context = _Context(schema, probe)
    results: list[RuleResult] = []
    wanted: list[tuple[_Rule, int]] = []
    for rule in compiled.rules:
        result = rule.finish(row, context)
        result.engine, result.engine_reason = engine, rule.reason or "pushed down to SQL"
        results.append(result)
        fmt = _ResultFormat.of(rule.e)
        if rule.bad is not None and not result.success and result.unexpected_count:
            keep = min(result.unexpected_count, MAX_COMPLETE_ROWS)
            if fmt.level != "COMPLETE":
                keep = min(keep, fmt.partial_count)
            if fmt.level not in ("SUMMARY", "COMPLETE"):
                keep = 0  # BASIC: values, no rows
            shown = _shows_values(rule.e)
            if keep or shown:
                wanted.append((rule, max(keep, MAX_INDICES if shown else 0)))
    if wanted and fetch_samples is not None:
        found = fetch_samples(wanted)
        for rule, _n in wanted:
            result = results[rule.position]
            pairs = found.get(rule.position, [])
            fmt = _ResultFormat.of(rule.e)
            if fmt.level in ("SUMMARY", "COMPLETE"):
                keep = fmt.partial_count if fmt.level == "SUMMARY" else MAX_COMPLETE_ROWS
                result.indices = [_jsonable(label) for label, _ in pairs[:keep]]
            if _shows_values(rule.e):
                column = rule.e.kwargs["column"]
                result.samples = _jsonable(
                    [context.as_pandas(column, value) for _, value in pairs[:MAX_INDICES]]
                )
    return ValidationResult(
        compiled.suite.name,
        compiled.suite.sha256,
        rows,
        len(schema.columns),
        results,
        engine,
    )


def _shows_values(e: Expectation) -> bool:
    """The pandas engine quotes values of a column rule, unless sensitive or a null check."""
    return bool(e.column) and not e.sensitive and e.type != "expect_column_values_to_not_be_null"


_VALUE_TYPES = {
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "str": "VARCHAR",
    "ts": "TIMESTAMP",
    "tstz": "TIMESTAMPTZ",
}


def sample_query(
    compiled: CompiledSuite,
    wanted: list[tuple[_Rule, int]],
    *,
    order: str | None,
    label: str | None,
) -> exp.Expr:
    """The second query: for each failing rule, its first rows (by ``order``) and values.

    One ``UNION ALL`` branch per rule, each ``ORDER BY order LIMIT n``; every branch
    returns the same typed columns (``_rule``, ``_order``, ``_label`` and one value
    column per SQL type), so the branches line up in both dialects.
    """
    from sqlglot import exp

    branches = []
    for rule, n in wanted:
        assert rule.bad is not None
        value_kind = None
        if _shows_values(rule.e):
            column = compiled.schema.column(rule.e.kwargs["column"])
            value_kind = column.kind if column is not None else None
        selects: list[exp.Expr] = [
            exp.alias_(exp.Literal.number(rule.position), "_rule", quoted=True),
            exp.alias_(_col(order) if order else exp.Null(), "_order", quoted=True),
            exp.alias_(_col(label) if label else exp.Null(), "_label", quoted=True),
        ]
        for kind, sql_type in _VALUE_TYPES.items():
            if kind == value_kind:
                value: exp.Expr = _col(rule.e.kwargs["column"])
            else:
                value = exp.Null()
            selects.append(
                exp.alias_(
                    exp.Cast(this=value, to=exp.DataType.build(sql_type)), f"_v_{kind}", quoted=True
                )
            )
        source = rule.bad_from() if rule.bad_from else _placeholder()
        branch = exp.select(*selects).from_(source).where(rule.bad.copy())
        if order:
            branch = branch.order_by(exp.Ordered(this=_col(order)))
        branches.append(branch.limit(n).subquery())
    if len(branches) == 1:
        return branches[0].this
    query: exp.Expr = branches[0]
    for more in branches[1:]:
        query = exp.union(query, more, distinct=False)
    return query


def _collect_samples(
    rows: Iterable[dict[str, Any]],
    compiled: CompiledSuite,
    wanted: list[tuple[_Rule, int]],
    *,
    labels: Callable[[Any, Any], Any],
) -> dict[int, list[tuple[Any, Any]]]:
    """Groups the sample rows by rule, in row order, as (row label, value) pairs."""
    kinds = {}
    for rule, _n in wanted:
        column = compiled.schema.column(rule.e.kwargs["column"]) if rule.e.column else None
        kinds[rule.position] = column.kind if column is not None else None
    found: dict[int, list[tuple[Any, Any, Any]]] = {}
    for row in rows:
        position = _int(row["_rule"])
        kind = kinds.get(position)
        value = row.get(f"_v_{kind}") if kind else None
        found.setdefault(position, []).append(
            (row["_order"], labels(row["_order"], row["_label"]), value)
        )
    out = {}
    for position, items in found.items():
        items.sort(key=lambda item: (item[0] is None, item[0]))
        out[position] = [(label, value) for _, label, value in items]
    return out


# --- DuckDB --------------------------------------------------------------------------------

_ROW_NUMBER = "file_row_number"


def validate_duckdb(
    source: str,
    suite: Suite,
    *,
    file_format: str | None = None,
    threads: int | None = None,
    memory_limit: str | None = None,
) -> ValidationResult:
    """Validates a Parquet or CSV file with DuckDB: the suite as one aggregate query.

    A local Parquet file is scanned in place, in parallel and out of core
    (``memory_limit`` bounds DuckDB's memory; it spills to a temporary directory). A
    remote one is copied to a temporary file first. CSV, and Parquet whose contract
    declares datetime columns stored as text, are read through
    ``mlgate.data.streaming``'s reader, which types and parses values exactly as
    ``read_table`` does, and spooled batch by batch to a temporary Parquet file.

    Args:
        source: A Parquet or CSV file (path, ``file://`` or ``gs://`` URI).
        suite: The contract.
        file_format: ``"parquet"`` or ``"csv"``; by default the suffix decides.
        threads: DuckDB's threads (default: every core).
        memory_limit: DuckDB's memory limit, e.g. ``"700MB"`` (default: DuckDB's own).

    Raises:
        InputError: the file cannot be read, or a rule cannot be pushed down exactly.
    """
    import duckdb

    from mlgate import storage
    from mlgate.data import streaming

    fmt = streaming.file_format_of(source, file_format)
    con = duckdb.connect(":memory:")
    with tempfile.TemporaryDirectory(prefix="mlgate-duckdb-") as scratch:
        settings: dict[str, Any] = {
            "TimeZone": "UTC",
            "preserve_insertion_order": False,  # lets aggregates stream in less memory
            "temp_directory": os.path.join(scratch, "spill"),
        }
        if threads is not None:
            settings["threads"] = threads
        if memory_limit is not None:
            settings["memory_limit"] = memory_limit
        for name, value in settings.items():
            con.execute(f"SET {name} = ?", [value])  # fixed names; values as parameters
        location = storage.parse(source)
        if fmt == "parquet":
            path = location.path
            if not location.is_local:
                path = os.path.join(scratch, "source.parquet")
                storage.copy_file(source, path)
            schema = _parquet_schema(source, path)
            text_dates = [
                n
                for n in suite.datetime_columns
                if (c := schema.column(n)) is not None and c.kind not in ("ts", "tstz")
            ]
            if _ROW_NUMBER not in schema.names and not text_dates:
                return _duckdb_file(con, path, schema, suite)
            source = path  # datetime text: parsed as pandas does, below
        return _duckdb_spooled(con, source, fmt, suite, scratch)


def _parquet_schema(source: str, path: str) -> TableSchema:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not os.path.exists(path):
        raise InputError(f"{source}: no such file")
    try:
        return TableSchema.from_arrow(pq.read_schema(path))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{source}: not a readable Parquet file ({type(exc).__name__})") from None


def increasing_columns(path: str, schema: TableSchema, suite: Suite) -> set[str]:
    """The unique-rule columns of a Parquet file whose values rise strictly in row order.

    A key written in order (an id, a timestamp) is then known unique, which the pandas
    engine also concludes this way; reading one column with pyarrow costs a fraction
    of the hash aggregation DuckDB needs to group every value (whose table outgrows
    memory at 10^8 rows). Nulls (and NaN) are left out, as uniqueness leaves them out.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    names = sorted(
        {
            str(e.column)
            for e in suite.expectations
            if e.type == "expect_column_values_to_be_unique"
            and not e.kwargs.get("row_condition")
            and (c := schema.column(str(e.column))) is not None
            and c.kind in ("int", "float", "ts", "tstz")
        }
    )
    rising = set(names)
    if not rising:
        return rising
    last: dict[str, Any] = {}
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1 << 20, columns=names):
        for name in list(rising):
            array = batch.column(batch.schema.get_field_index(name))
            if _is_float(array.type):
                array = pc.drop_null(pc.if_else(pc.is_nan(array), None, array))
            values = array.drop_null().to_numpy(zero_copy_only=False)
            if not len(values):
                continue
            ordered = bool((values[1:] > values[:-1]).all())
            if name in last and not values[0] > last[name]:
                ordered = False
            last[name] = values[-1]
            if not ordered:
                rising.discard(name)
        if not rising:
            break
    return rising


def _is_float(arrow_type: Any) -> bool:
    import pyarrow as pa

    return bool(pa.types.is_floating(arrow_type))


def _duckdb_file(
    con: Any, path: str, schema: TableSchema, suite: Suite, probe: pd.DataFrame | None = None
) -> ValidationResult:
    """Runs the suite over a local Parquet file that DuckDB scans in place."""
    from sqlglot import exp

    view = "mlgate_source"
    con.read_parquet(path, file_row_number=True).create_view(view, replace=True)
    source = exp.Table(this=_ident(view))
    compiled = compile_suite(suite, schema, increasing=increasing_columns(path, schema, suite))
    row = _duckdb_row(con, compiled.sql("duckdb", source))

    def labels(order: Any, label: Any) -> Any:
        if schema.index_column is not None:
            return label
        return schema.index_start + int(order) * schema.index_step

    def fetch(wanted: list[tuple[_Rule, int]]) -> dict[int, list[tuple[Any, Any]]]:
        query = sample_query(compiled, wanted, order=_ROW_NUMBER, label=schema.index_column)
        sql = _replace_source(query, source).sql(dialect="duckdb")
        return _collect_samples(_duckdb_rows(con, sql), compiled, wanted, labels=labels)

    return _finish(compiled, row, fetch, "duckdb", probe=probe)


_LABEL = "__mlgate_label"


def _duckdb_spooled(
    con: Any, source: str, fmt: str, suite: Suite, scratch: str
) -> ValidationResult:
    """Reads ``source`` as ``read_table`` would (CSV typing, datetime parsing), batch by
    batch, into a temporary Parquet file, then runs the suite over that file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from mlgate.data import streaming

    reader = streaming.open_table(source, fmt, suite.datetime_columns)
    clash = {_ROW_NUMBER, _LABEL} & set(reader.columns)
    if clash:
        raise InputError(
            f"{source}: column {_shown(sorted(clash)[0])} clashes with a name mlgate's DuckDB "
            "engine uses; rename it or use engine 'streaming'"
        )
    arrow = reader.arrow_schema()
    ranged = reader.range_index()
    path = os.path.join(scratch, "spooled.parquet")
    writer: Any = None
    try:
        for frame in reader.frames():
            table = pa.Table.from_pandas(frame, schema=arrow, preserve_index=False)
            if ranged is None:  # stored row labels travel in a column of their own
                table = table.append_column(_LABEL, pa.array(frame.index.to_numpy()))
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:  # no rows at all
        pq.write_table(arrow.empty_table(), path)
    start, step = ranged or (0, 1)
    schema = TableSchema(
        [Column(f.name, f.type) for f in arrow],
        index_column=None if ranged else _LABEL,
        index_start=start,
        index_step=step,
    )
    return _duckdb_file(con, path, schema, suite, probe=reader.dtypes)


def _duckdb_rows(con: Any, sql: str) -> list[dict[str, Any]]:
    import duckdb

    try:
        table = con.sql(sql).to_arrow_table()
    except duckdb.Error as exc:
        raise InputError(f"DuckDB could not run the contract's query: {_capped(exc)}") from None
    return list(table.to_pylist())


def _duckdb_row(con: Any, sql: str) -> dict[str, Any]:
    [row] = _duckdb_rows(con, sql)
    return row


def _capped(exc: BaseException, limit: int = 300) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "..."


# --- BigQuery ------------------------------------------------------------------------------

_BQ_PART = re.compile(r"^[A-Za-z0-9_\-:.]+$")
_BQ_TYPES = {
    "INTEGER": "int64",
    "INT64": "int64",
    "FLOAT": "float64",
    "FLOAT64": "float64",
    "BOOLEAN": "bool",
    "BOOL": "bool",
    "STRING": "string",
    "TIMESTAMP": "timestamp_utc",
    "DATETIME": "timestamp",
    "DATE": "date32",
    "TIME": "time64",
    "NUMERIC": "decimal",
    "BIGNUMERIC": "decimal",
    "BYTES": "binary",
}


def parse_bigquery_uri(uri: str) -> tuple[str, str, str]:
    """``bq://project.dataset.table`` as (project, dataset, table).

    Raises:
        InputError: not of that form.
    """
    rest = uri.removeprefix(BIGQUERY_PREFIX)
    parts = rest.rsplit(".", 2)
    if not uri.startswith(BIGQUERY_PREFIX) or len(parts) != 3 or not all(parts):
        raise InputError(
            f"{_shown(uri, 120)} is not a BigQuery table URI; expected bq://project.dataset.table"
        )
    if not all(_BQ_PART.match(p) for p in parts):
        raise InputError(
            f"{_shown(uri, 120)}: project, dataset and table names may hold letters, digits, "
            "'_', '-' (and ':' or '.' in a domain-scoped project) only"
        )
    project, dataset, table = parts
    return project, dataset, table


def _bigquery_schema(fields: Iterable[Any]) -> TableSchema:
    """BigQuery's columns as the Arrow types its client returns them in."""
    import pyarrow as pa

    arrow = {
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "string": pa.string(),
        "timestamp_utc": pa.timestamp("us", tz="UTC"),
        "timestamp": pa.timestamp("us"),
        "date32": pa.date32(),
        "time64": pa.time64("us"),
        "decimal": pa.decimal128(38, 9),
        "binary": pa.binary(),
    }
    columns = []
    for f in fields:
        mode = str(getattr(f, "mode", "NULLABLE") or "NULLABLE").upper()
        kind = _BQ_TYPES.get(str(f.field_type).upper())
        if mode == "REPEATED" or kind is None:
            columns.append(Column(f.name, pa.null()))  # nested or unknown: "other"
        else:
            columns.append(Column(f.name, arrow[kind]))
    return TableSchema(columns)


def _bigquery_client(project: str) -> Any:
    import importlib

    try:
        # (import_module, not "from google.cloud import": it honours a package that is
        # absent even after a sibling was imported)
        bigquery = importlib.import_module("google.cloud.bigquery")
    except ImportError:
        raise InputError(
            "bq:// tables need the BigQuery client, which is not installed: "
            "pip install 'mlgate[bigquery]' (google-cloud-bigquery)"
        ) from None
    return bigquery.Client(project=project)


def validate_bigquery(
    uri: str,
    suite: Suite,
    *,
    client: Any = None,
    key_column: str | None = None,
) -> ValidationResult:
    """Validates the BigQuery table ``bq://project.dataset.table`` in BigQuery itself.

    The suite runs as one aggregate query (and, when rules fail, a second one for
    sample rows); only counts, observed values and a few sample rows come back, never
    the table.

    Args:
        uri: ``bq://project.dataset.table``.
        suite: The contract.
        client: A ``google.cloud.bigquery.Client`` (or anything with its ``get_table``
            and ``query`` methods); by default one for the URI's project.
        key_column: The column whose values identify sample rows (BigQuery tables have no
            row order). Default: the first column the contract declares unique and
            non-null, unless it is sensitive; with none, failing rules carry no rows.

    Raises:
        InputError: a malformed URI, the ``bigquery`` extra missing, the table not found,
            or a rule that cannot be pushed down exactly.
        RemoteError: BigQuery refused or failed a request.
    """
    from sqlglot import exp

    project, dataset, table = parse_bigquery_uri(uri)
    client = client if client is not None else _bigquery_client(project)
    reference = f"{project}.{dataset}.{table}"
    try:
        fields = client.get_table(reference).schema
    except Exception as exc:
        raise _bigquery_error(uri, "read the table's schema", exc) from None
    schema = _bigquery_schema(fields)
    # Datetime columns stored as text would need pandas' date parsing, which BigQuery lacks.
    for name in suite.datetime_columns:
        column = schema.column(name)
        if column is not None and column.kind not in ("ts", "tstz"):
            raise InputError(
                f"{uri}: column {_shown(name)} is declared datetime but is "
                f"{column.arrow_type} in BigQuery; store it as TIMESTAMP or DATETIME "
                "(push-down does not parse text as pandas does)"
            )
    key = key_column if key_column is not None else _key_column(suite, schema)
    if key is not None and schema.column(key) is None:
        raise InputError(f"{uri}: key column {_shown(key)} is not a column of the table")
    source = exp.Table(this=_ident(table), db=_ident(dataset), catalog=_ident(project))
    compiled = compile_suite(suite, schema)
    row = _bigquery_rows(client, compiled.sql("bigquery", source), uri)[0]

    def fetch(wanted: list[tuple[_Rule, int]]) -> dict[int, list[tuple[Any, Any]]]:
        query = sample_query(compiled, wanted, order=key, label=None)
        sql = _replace_source(query, source).sql(dialect="bigquery")
        rows = _bigquery_rows(client, sql, uri)
        found = _collect_samples(rows, compiled, wanted, labels=lambda order, label: order)
        if key is None:  # no row identity: values only
            found = {k: [(None, v) for _, v in pairs] for k, pairs in found.items()}
        return found

    result = _finish(compiled, row, fetch, "bigquery")
    if key is None:
        for rule in result.rules:
            rule.indices = []
    return result


def _key_column(suite: Suite, schema: TableSchema) -> str | None:
    """The first column the contract declares unique and non-null (and not sensitive)."""
    unique = [
        e.column
        for e in suite.expectations
        if e.type == "expect_column_values_to_be_unique" and e.column and not e.sensitive
    ]
    not_null = {
        e.column
        for e in suite.expectations
        if e.type == "expect_column_values_to_not_be_null" and not e.kwargs.get("mostly")
    }
    for name in unique:
        if name in not_null and schema.column(name) is not None:
            return name
    return None


def _bigquery_rows(client: Any, sql: str, uri: str) -> list[dict[str, Any]]:
    try:
        rows = client.query(sql).result()
        return [dict(row.items()) for row in rows]
    except Exception as exc:
        raise _bigquery_error(uri, "run the contract's query", exc) from None


def _bigquery_error(uri: str, verb: str, exc: Exception) -> Exception:
    name = type(exc).__name__
    message = _capped(exc)
    if name == "NotFound":
        return InputError(f"{uri}: not found ({message}); check the project, dataset and table")
    if name in ("Forbidden", "Unauthorized"):
        return RemoteError(
            f"{uri}: BigQuery refused to {verb} ({message}); the caller needs "
            "bigquery.tables.getData and bigquery.jobs.create on the project"
        )
    return RemoteError(f"{uri}: BigQuery could not {verb}: {name}: {message}")
