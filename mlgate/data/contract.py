"""Data contracts: a YAML file of rules a table must satisfy, and its great-expectations suite.

A contract is written for people (``columns``, ``row_count``, ``primary_key``,
``checks``); ``expectations()`` translates it into great-expectations
expectation configurations (plain ``{"type", "kwargs", "meta", "severity"}``
dicts, the GX 1.x suite JSON shape), which is what actually gets validated.
A team that already has a GX suite JSON can use it as the contract directly.

Severity: every rule halts the run (``error``, GX ``critical``) unless the
column or check lists it under ``warn`` (GX ``warning``), which reports only.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from mlgate.errors import InputError, describe_validation_error

__all__ = [
    "Column",
    "DataContract",
    "Expectation",
    "Suite",
    "check_arguments",
    "infer_contract",
    "load_suite",
    "load_yaml",
    "parse_suite",
]

LogicalType = Literal["int", "float", "str", "bool", "datetime"]
ColumnRuleName = Literal["present", "type", "nulls", "range", "allowed", "regex", "unique"]
Severity = Literal["critical", "warning"]

# The dtype names great-expectations compares a column's dtype against, per logical type.
TYPE_LISTS: dict[str, list[str]] = {
    "int": ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
            "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64"],
    "float": ["float16", "float32", "float64", "Float32", "Float64"],
    "str": ["str", "StringDtype"],
    "bool": ["bool", "BooleanDtype"],
    "datetime": ["datetime64[ns]", "datetime64[us]", "datetime64[ms]", "datetime64[s]",
                 "DatetimeTZDtype"],
}  # fmt: skip

_FLOAT_MAX = 1.7976931348623157e308  # bounds that admit every finite float but not +-inf


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Column(_Strict):
    """One column: its type and the rules its values must follow."""

    name: Annotated[str, Field(min_length=1)]
    type: LogicalType
    description: str = ""
    nullable: bool = False
    max_null_fraction: Annotated[float, Field(ge=0, le=1)] | None = None
    min: float | None = None
    max: float | None = None
    allow_infinite: bool = False
    allowed: list[str | int | float | bool] | None = None
    regex: str | None = None
    unique: bool = False
    sensitive: bool = False
    warn: list[ColumnRuleName] = Field(default_factory=list)

    @field_validator("min", "max")
    @classmethod
    def _a_number(cls, value: float | None) -> float | None:
        # NaN compares false with everything, so a NaN bound would silently switch the
        # range rule off (and let infinities through): refuse it.
        if value is not None and math.isnan(value):
            raise ValueError("is NaN, which disables the rule; give a number or leave it out")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Column:
        infinite = [f for f in ("min", "max") if getattr(self, f) in (math.inf, -math.inf)]
        if infinite and not self.allow_infinite:
            raise ValueError(
                f"{infinite[0]} is infinite, which lets infinities through; give a finite "
                "bound, or set allow_infinite: true if infinities are valid values"
            )
        if self.max_null_fraction is not None and not self.nullable:
            raise ValueError("max_null_fraction needs nullable: true")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        if (self.min is not None or self.max is not None) and self.type not in ("int", "float"):
            raise ValueError(f"min/max apply to int and float columns, not {self.type}")
        if self.regex is not None:
            try:
                re.compile(self.regex)
            except re.error as exc:
                raise ValueError(f"regex {self.regex!r} does not compile: {exc}") from None
        return self


class RowCount(_Strict):
    min: Annotated[int, Field(ge=0)] | None = None
    max: Annotated[int, Field(ge=0)] | None = None
    severity: Literal["error", "warn"] = "error"


class Freshness(_Strict):
    """The newest value of a datetime ``column`` must be at most ``max_age_hours`` old.

    Values without a time zone are taken as UTC.
    """

    column: str
    max_age_hours: Annotated[float, Field(gt=0)]
    severity: Literal["error", "warn"] = "error"


class PairCheck(_Strict):
    """A table-level rule: ``left`` > ``right`` (or >= with ``or_equal``) on every row."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    type: Literal["greater_than"]
    left: str
    right: str
    or_equal: bool = False
    severity: Literal["error", "warn"] = "error"


class DataContract(_Strict):
    """A table's contract, as written in ``contracts/<name>.yaml``."""

    name: Annotated[str, Field(min_length=1)]
    description: str = ""
    extra_columns: Literal["forbid", "warn", "allow"] = "forbid"
    row_count: RowCount | None = None
    freshness: Freshness | None = None
    primary_key: list[str] = Field(default_factory=list)
    columns: Annotated[list[Column], Field(min_length=1)]
    checks: list[PairCheck] = Field(default_factory=list)

    @model_validator(mode="after")
    def _names_resolve(self) -> DataContract:
        seen: set[str] = set()
        for column in self.columns:
            if column.name in seen:
                raise ValueError(f"column {column.name!r} is declared twice")
            seen.add(column.name)
        by_name = {c.name: c for c in self.columns}
        for key in self.primary_key:
            if key not in by_name:
                raise ValueError(f"primary_key names {key!r}, which is not a declared column")
            if by_name[key].nullable:
                raise ValueError(f"primary_key column {key!r} must not be nullable")
        names = [check.name for check in self.checks]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"check name {twice[0]!r} is used twice; give each check its own name")
        for check in self.checks:
            for side in (check.left, check.right):
                if side not in by_name:
                    raise ValueError(f"check {check.name!r} names {side!r}, not a declared column")
        if self.freshness is not None:
            declared = by_name.get(self.freshness.column)
            if declared is None or declared.type != "datetime":
                raise ValueError(
                    f"freshness names {self.freshness.column!r}, which must be a declared "
                    "datetime column"
                )
        return self

    def expectations(self, now: datetime | None = None) -> list[Expectation]:
        """The contract as great-expectations expectation configurations, in rule order.

        Args:
            now: The time freshness is measured from (default: the current UTC time).
        """
        out: list[Expectation] = []

        def add(
            rule: str,
            type_: str,
            kwargs: dict[str, Any],
            *,
            warn: bool = False,
            sensitive: bool = False,
            column: str | None = None,
        ) -> None:
            meta: dict[str, Any] = {"rule": rule, "sensitive": sensitive}
            if column is not None:
                meta["column"] = column
            severity: Severity = "warning" if warn else "critical"
            out.append(Expectation(type=type_, kwargs=kwargs, meta=meta, severity=severity))

        if self.extra_columns != "allow":
            add(
                "table.columns",
                "expect_table_columns_to_match_set",
                {"column_set": [c.name for c in self.columns], "exact_match": True},
                warn=self.extra_columns == "warn",
            )
        if self.row_count and (self.row_count.min is not None or self.row_count.max is not None):
            add(
                "table.row_count",
                "expect_table_row_count_to_be_between",
                {"min_value": self.row_count.min, "max_value": self.row_count.max},
                warn=self.row_count.severity == "warn",
            )
        if self.freshness is not None:
            now = now or datetime.now(UTC)
            oldest = now - timedelta(hours=self.freshness.max_age_hours)
            add(
                "table.freshness",
                "expect_column_max_to_be_between",
                {
                    "column": self.freshness.column,
                    "min_value": oldest.strftime("%Y-%m-%dT%H:%M:%S"),
                },
                warn=self.freshness.severity == "warn",
            )
        if len(self.primary_key) > 1:
            add(
                "table.primary_key",
                "expect_compound_columns_to_be_unique",
                {"column_list": list(self.primary_key)},
            )
        for c in self.columns:
            for rule, type_, extra in _column_rules(c, self.primary_key == [c.name]):
                add(
                    f"columns.{c.name}.{rule}",
                    type_,
                    {"column": c.name, **extra},
                    warn=rule in c.warn,
                    sensitive=c.sensitive,
                    column=c.name,
                )
        sensitive = {c.name for c in self.columns if c.sensitive}
        for check in self.checks:
            add(
                f"checks.{check.name}",
                "expect_column_pair_values_a_to_be_greater_than_b",
                {"column_A": check.left, "column_B": check.right, "or_equal": check.or_equal},
                warn=check.severity == "warn",
                sensitive=bool({check.left, check.right} & sensitive),
            )
        return out


def _column_rules(c: Column, sole_key: bool) -> list[tuple[str, str, dict[str, Any]]]:
    """(rule, expectation type, kwargs beyond the column) for each rule a column declares."""
    rules: list[tuple[str, str, dict[str, Any]]] = [
        ("present", "expect_column_to_exist", {}),
        ("type", "expect_column_values_to_be_in_type_list", {"type_list": TYPE_LISTS[c.type]}),
    ]
    if not c.nullable:
        rules.append(("nulls", "expect_column_values_to_not_be_null", {}))
    elif c.max_null_fraction is not None:
        mostly = {"mostly": 1.0 - c.max_null_fraction}
        rules.append(("nulls", "expect_column_values_to_not_be_null", mostly))
    low, high = c.min, c.max
    if c.type == "float" and not c.allow_infinite:
        low = -_FLOAT_MAX if low is None else low
        high = _FLOAT_MAX if high is None else high
    if low is not None or high is not None:
        bounds = {"min_value": low, "max_value": high}
        rules.append(("range", "expect_column_values_to_be_between", bounds))
    if c.allowed is not None:
        rules.append(("allowed", "expect_column_values_to_be_in_set", {"value_set": c.allowed}))
    if c.regex is not None:
        rules.append(("regex", "expect_column_values_to_match_regex", {"regex": c.regex}))
    if c.unique or sole_key:
        rules.append(("unique", "expect_column_values_to_be_unique", {}))
    return rules


class Expectation(_Strict):
    """One great-expectations expectation configuration (GX 1.x suite JSON shape)."""

    model_config = ConfigDict(extra="ignore", frozen=True)  # GX adds fields such as "id"

    type: Annotated[str, Field(pattern=r"^expect_[a-z_]+$")]
    kwargs: dict[str, Any]
    meta: dict[str, Any] = Field(default_factory=dict)
    severity: Severity = "critical"

    @property
    def rule(self) -> str:
        return str(self.meta.get("rule") or self.type)

    @property
    def column(self) -> str | None:
        column = self.kwargs.get("column", self.meta.get("column"))
        return None if column is None else str(column)

    @property
    def sensitive(self) -> bool:
        return bool(self.meta.get("sensitive"))

    @property
    def columns(self) -> list[str]:
        """The columns the rule reads: its ``column``, ``column_list`` or column pair."""
        kw = self.kwargs
        if "column" in kw:
            return [kw["column"]]
        if "column_list" in kw:
            return list(kw["column_list"])
        if "column_A" in kw:
            return [kw["column_A"], kw["column_B"]]
        return []


class Suite(_Strict):
    """What gets validated: a name, its expectations, and the sha256 of the source document."""

    name: str
    expectations: list[Expectation]
    sha256: str
    source: str
    # Columns the contract declares as datetime: text (as CSV gives it) is parsed first.
    datetime_columns: list[str] = Field(default_factory=list)

    def to_gx_json(self) -> dict[str, Any]:
        """The suite as great-expectations 1.x suite JSON."""
        return {
            "name": self.name,
            "expectations": [e.model_dump() for e in self.expectations],
            "meta": {"mlgate_contract_sha256": self.sha256},
        }


def parse_suite(text: str, source: str) -> Suite:
    """Parses a contract (YAML) or a great-expectations suite (JSON) from ``text``.

    Args:
        text: The file's content.
        source: Where it came from, used in error messages.

    Raises:
        InputError: a syntax error, an unknown or mistyped field, a column declared twice;
            the message names the file, the line or the field.
    """
    document = load_yaml(text, source)
    if not isinstance(document, dict):
        raise InputError(f"{source}: expected a mapping with 'name' and 'columns' (or a GX suite)")
    sha = hashlib.sha256(json.dumps(document, sort_keys=True, default=str).encode()).hexdigest()
    if "expectations" in document:
        expectations = _validated(
            list[Expectation], document["expectations"], source, "expectations"
        )
        rules = [e.rule for e in expectations if e.meta.get("rule")]
        twice = sorted({r for r in rules if rules.count(r) > 1})
        if twice:
            raise InputError(
                f"{source}: rule name {twice[0]!r} is used by more than one expectation; "
                "give each its own meta.rule"
            )
        for position, expectation in enumerate(expectations):
            check_arguments(expectation, f"{source}: expectations.{position}")
        return Suite(
            name=str(document.get("name", source)),
            expectations=expectations,
            sha256=sha,
            source=source,
        )
    contract = _validated(DataContract, document, source, None)
    return Suite(
        name=contract.name,
        expectations=contract.expectations(),
        sha256=sha,
        source=source,
        datetime_columns=[c.name for c in contract.columns if c.type == "datetime"],
    )


def load_yaml(text: str, source: str) -> Any:
    """Parses YAML (or JSON) safely, refusing a key given twice in one mapping.

    Raises:
        InputError: a syntax error (with its line and column) or a duplicate key, named
            after ``source``.
    """
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except _DuplicateKey as exc:
        raise InputError(f"{source}: {exc}; each key may appear once") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "unparseable"
        raise InputError(f"{source}: YAML syntax error{where}: {problem}") from None


class _DuplicateKey(yaml.YAMLError):
    """A mapping names the same key twice (YAML keeps the last silently)."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, list | dict):
                continue  # unhashable keys: SafeLoader's own error says so below
            if key in seen:
                line = key_node.start_mark.line + 1
                raise _DuplicateKey(f"key {key!r} appears twice (again at line {line})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# What the arguments of an expectation may be, checked before any engine runs, so a
# suite that would switch a rule off (a NaN bound, a regex that cannot match, an
# unknown row-condition parser) is a bad contract (exit 2), not a data failure.
CONDITION_PARSERS_FAST = ("pandas",)
CONDITION_PARSERS_GX = ("great_expectations", "great_expectations__experimental__")
RESULT_FORMATS = ("BOOLEAN_ONLY", "BASIC", "SUMMARY", "COMPLETE")
_BOUNDS = ("min_value", "max_value")
_ORDERED_BOUNDS = ("expect_table_row_count_to_be_between",)
_FLAGS = ("strict_min", "strict_max", "or_equal", "exact_match", "catch_exceptions")


def check_arguments(e: Expectation, where: str) -> None:
    """Checks the arguments of one expectation that would otherwise disable or break it.

    Args:
        e: The expectation.
        where: The file and position, for the message.

    Raises:
        InputError: naming the rule, the argument, what was received and what is allowed.
    """
    kw = e.kwargs
    name = f"{where} ({e.rule}): "
    if "column" in kw and not isinstance(kw["column"], str):
        raise InputError(f"{name}column must be a column name, got {_shown(kw['column'])}")
    for bound in _BOUNDS:
        value = kw.get(bound)
        if value is None or _is_parameter(value):
            continue
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise InputError(
                f"{name}{bound} must be a number or a date/time string, got {_shown(value)}"
            )
        try:
            coerced = coerce_bound(e.type, value)
        except ValueError:
            allowed = (
                "a whole number"
                if e.type in _ORDERED_BOUNDS
                else (
                    "a number, a date (YYYY-MM-DD) or a date and time "
                    "(YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
                )
            )
            raise InputError(f"{name}{bound} {_shown(value)} is not {allowed}") from None
        if isinstance(coerced, float) and math.isnan(coerced):
            raise InputError(f"{name}{bound} is NaN, which disables the rule; give a number")
    low, high = (coerce_bound(e.type, kw.get(b)) for b in _BOUNDS)
    if (
        e.type in _ORDERED_BOUNDS
        and isinstance(low, int | float)
        and isinstance(high, int | float)
        and low > high
    ):
        # GX refuses these bounds when it builds the expectation; say so before either engine.
        raise InputError(f"{name}min_value {low} is greater than max_value {high}")
    if e.type == "expect_column_values_to_be_between" and low is None and high is None:
        raise InputError(f"{name}min_value and max_value are both missing; give at least one")
    if e.type == "expect_column_values_to_be_in_set" and kw.get("value_set") is None:
        raise InputError(f"{name}value_set is missing; give the list of allowed values")
    for flag in _FLAGS:
        if kw.get(flag) is not None and not isinstance(kw[flag], bool):
            raise InputError(f"{name}{flag} must be true or false, got {_shown(kw[flag])}")
    mostly = kw.get("mostly")
    if mostly is not None and not _is_parameter(mostly):
        if isinstance(mostly, bool) or not isinstance(mostly, int | float):
            raise InputError(f"{name}mostly must be a number from 0 to 1, got {_shown(mostly)}")
        if not 0 <= mostly <= 1:  # also refuses NaN
            raise InputError(f"{name}mostly must be from 0 to 1, got {mostly}")
    if "regex" in kw:
        regex = kw["regex"]
        if not isinstance(regex, str):
            raise InputError(f"{name}regex must be a string, got {_shown(regex)}")
        try:
            re.compile(regex)
        except re.error as exc:
            raise InputError(f"{name}regex {_shown(regex)} does not compile: {exc}") from None
    value_set = kw.get("value_set")
    if value_set is not None and not _is_parameter(value_set) and not isinstance(value_set, list):
        raise InputError(f"{name}value_set must be a list, got {_shown(value_set)}")
    column_list = kw.get("column_list")
    if e.type == "expect_compound_columns_to_be_unique" and (
        not isinstance(column_list, list) or len(column_list) < 2
    ):
        raise InputError(
            f"{name}column_list must name at least two columns, got {_shown(column_list)}"
        )
    _check_result_format(kw.get("result_format"), name)
    _check_condition(kw, name)


def _check_result_format(value: Any, name: str) -> None:
    level = value.get("result_format") if isinstance(value, dict) else value
    if value is None:
        return
    if level not in RESULT_FORMATS:
        raise InputError(
            f"{name}result_format {_shown(level)} is not one of {', '.join(RESULT_FORMATS)}"
        )
    if isinstance(value, dict):
        count = value.get("partial_unexpected_count", 20)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InputError(
                f"{name}result_format.partial_unexpected_count must be a whole number >= 0, "
                f"got {_shown(count)}"
            )


def _check_condition(kw: dict[str, Any], name: str) -> None:
    condition, parser = kw.get("row_condition"), kw.get("condition_parser")
    known = CONDITION_PARSERS_FAST + CONDITION_PARSERS_GX
    if parser is not None and parser not in known:
        raise InputError(
            f"{name}condition_parser {_shown(parser)} is unknown; use 'pandas' "
            "(a DataFrame.query expression) or 'great_expectations'"
        )
    if condition is None or condition == "" or isinstance(condition, dict):
        return  # dict: a GX Condition object, which GX itself checks and runs
    if not isinstance(condition, str):
        raise InputError(f"{name}row_condition must be a string, got {_shown(condition)}")
    if parser in CONDITION_PARSERS_GX:
        return
    import pandas as pd

    try:
        pd.DataFrame().eval(condition)  # parses without data: names resolve later
    except NameError:
        pass
    except Exception as exc:
        raise InputError(
            f"{name}row_condition {_shown(condition)} is not a valid pandas query "
            f"({type(exc).__name__}: {exc}); see pandas.DataFrame.query"
        ) from None


def _is_parameter(value: Any) -> bool:
    """A GX suite parameter reference (``{"$PARAMETER": "name"}``), resolved by GX."""
    return isinstance(value, dict) and "$PARAMETER" in value


def coerce_bound(expectation_type: str, value: Any) -> Any:
    """A min_value/max_value as great-expectations 1.24 holds it after validating its model.

    GX declares bounds as ``Union[float, date, datetime]`` (row counts: ``Union[int,
    datetime]``) on pydantic v1 models, so numbers become floats, numeric strings
    numbers, "YYYY-MM-DD" a ``date`` and "YYYY-MM-DDTHH:MM" a ``datetime``; what the
    rule then compares with is that value, not the text. Suite parameters and None
    are returned unchanged.

    Raises:
        ValueError: GX would refuse the value.
    """
    if value is None or _is_parameter(value):
        return value
    model = _BOUND_MODELS[expectation_type not in _ORDERED_BOUNDS]
    try:
        return model(v=value).v
    except Exception as exc:  # pydantic.v1.ValidationError
        raise ValueError(str(exc)) from None


def _bound_models() -> tuple[Any, Any]:
    from datetime import date
    from typing import Optional, Union

    from pydantic.v1 import create_model

    # The exact field types GX declares (typing.Union: pydantic v1 reads them at runtime).
    comparable = create_model("Comparable", v=(Optional[Union[float, date, datetime]], None))  # noqa: UP007, UP045
    row_count = create_model("RowCount", v=(Optional[Union[int, datetime]], None))  # noqa: UP007, UP045
    return row_count, comparable


_BOUND_MODELS = _bound_models()


def _shown(value: Any, limit: int = 40) -> str:
    """``repr(value)``, cut to ``limit`` characters so a huge value is never echoed whole."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _validated(model: Any, data: Any, source: str, prefix: str | None) -> Any:
    from pydantic import TypeAdapter

    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as exc:
        problems = describe_validation_error(exc, prefix or "")
        raise InputError(f"{source}: invalid contract: {problems}") from None


def load_suite(path: str | Path) -> Suite:
    """Reads and parses a contract or GX suite file (see ``parse_suite``)."""
    from mlgate import storage

    try:
        text = storage.read_bytes(str(path)).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    return parse_suite(text, str(path))


def finite_or_none(value: Any) -> Any:
    """JSON-safe: NaN and infinities become None (for metrics and reports)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def infer_contract(frame: Any, name: str, *, max_categories: int = 20) -> str:
    """A starting contract (YAML) describing ``frame``, for a person to edit.

    Types and nullability come from the data; numeric ranges are the observed
    min and max; string columns with few distinct values get an allowed list;
    columns whose values are all distinct are marked unique.
    """
    from pandas.api import types as pdt

    columns: list[dict[str, Any]] = []
    for column in frame.columns:
        series = frame[column]
        entry: dict[str, Any] = {"name": str(column), "type": _logical_type(series.dtype)}
        nulls = float(series.isna().mean()) if len(series) else 0.0
        if nulls:
            entry["nullable"] = True
            entry["max_null_fraction"] = round(min(1.0, nulls * 2), 4)
        values = series.dropna()
        if (
            pdt.is_numeric_dtype(series.dtype)
            and not pdt.is_bool_dtype(series.dtype)
            and len(values)
        ):
            entry["min"], entry["max"] = float(values.min()), float(values.max())
        elif entry["type"] == "str" and 0 < values.nunique() <= max_categories:
            entry["allowed"] = sorted(str(v) for v in values.unique())
        if len(values) > 1 and values.is_unique and entry["type"] in ("int", "str"):
            entry["unique"] = True
        columns.append(entry)
    document = {
        "name": name,
        "description": f"Inferred from {len(frame)} rows; review every rule before relying on it.",
        "extra_columns": "forbid",
        "row_count": {"min": 1},
        "columns": columns,
    }
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)


def _logical_type(dtype: Any) -> str:
    from pandas.api import types as pdt

    if pdt.is_bool_dtype(dtype):
        return "bool"
    if pdt.is_integer_dtype(dtype):
        return "int"
    if pdt.is_float_dtype(dtype):
        return "float"
    if pdt.is_datetime64_any_dtype(dtype):
        return "datetime"
    return "str"
