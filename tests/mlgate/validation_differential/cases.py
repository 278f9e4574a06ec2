"""Generated tables and expectations, and the comparison of both engines on them.

Tables mix every column kind a user hands mlgate: int64, float64 with NaN and
infinities, nullable Int64, pandas 3 strings, mixed object columns, bools,
categoricals, naive and time-zone-aware datetimes; with zero, one or many rows,
duplicate rows and an index that is not 0..n-1. Arguments cover bounds of every
kind (None, equal, inverted, strict, ISO date strings, int/float mixes), ``mostly``
from 0 to 1, regexes with anchors and Unicode, sets holding None and NaN, row
conditions with the pandas parser, and every result_format level.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from mlgate.data.contract import Expectation, Suite
from mlgate.data.validation import plan, validate_table

COUNT: Counter[str] = Counter()  # rules compared, per expectation type (printed at the end)

NAN, INF = math.nan, math.inf
COLUMNS = ["i", "f", "n", "s", "o", "b", "c", "d", "z", "u", "g", "k", "t"]
POOLS: dict[str, list[Any]] = {
    "i": [-2, 0, 1, 1, 3, 7],
    "f": [-1.5, 0.0, 0.5, 1.0, 3.0, NAN, NAN, INF, -INF],
    "n": [-2, 0, 1, 3, None, None],
    "s": ["a", "b", "ab", "A1", "ä", "日本", "", " a", "a\nb", None],
    "o": [1, 2.5, "a", "b", None, NAN, True, "3", 0],
    "b": [True, False],
    "c": ["x", "y", "z"],
    "d": ["2024-01-01", "2024-03-05 12:00", "2023-12-31", "2024-06-01", None],
    "z": ["2024-01-01 00:00+00:00", "2024-03-05 12:00+00:00", "2023-12-31 23:00+00:00", None],
    "u": [0, 1, 3, 200],
    "g": [-1.5, 0.0, 1.0, 3.0, None, 7.0],
    "k": [True, False, None],
    "t": [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-06-01"), None, "2024-01-01", 3],
}


@st.composite
def tables(draw: st.DrawFn) -> pd.DataFrame:
    """A small table with every column kind; rows may repeat, the index may too."""
    rows = draw(st.sampled_from([0, 1, 2, 3, 5, 8, 8, 12, 40]))
    picks = {c: [draw(st.sampled_from(POOLS[c])) for _ in range(rows)] for c in COLUMNS}
    if rows > 1 and draw(st.booleans()):  # duplicate rows
        for c in COLUMNS:
            picks[c][-1] = picks[c][0]
    data: dict[str, Any] = {
        "i": pd.Series(picks["i"], dtype="int64"),
        "f": pd.Series(picks["f"], dtype="float64"),
        "n": pd.Series(picks["n"], dtype="Int64"),
        "s": pd.Series(picks["s"], dtype="str"),
        "o": pd.Series(picks["o"], dtype=object),
        "b": pd.Series(picks["b"], dtype=bool),
        "c": pd.Series(picks["c"], dtype="category"),
        "d": pd.to_datetime(pd.Series(picks["d"], dtype=object), format="ISO8601").astype(
            draw(st.sampled_from(["datetime64[ns]", "datetime64[us]"]))
        ),
        "z": pd.to_datetime(pd.Series(picks["z"], dtype=object), utc=True, format="ISO8601"),
        "u": pd.Series(picks["u"], dtype="uint8"),
        "g": pd.Series(picks["g"], dtype="Float64"),
        "k": pd.Series(picks["k"], dtype="boolean"),
        "t": pd.Series(picks["t"], dtype=object),
    }
    frame = pd.DataFrame(data)
    index = draw(st.sampled_from(["range", "shifted", "repeated"]))
    if index == "shifted":
        frame.index = pd.RangeIndex(100, 100 + rows)
    elif index == "repeated":
        frame.index = pd.Index([k // 2 for k in range(rows)])
    if rows and draw(st.integers(0, 9)) == 0:  # an all-null column
        frame["f"] = np.nan
    return frame


NUMBERS = [None, -2, 0, 0.5, 1, 1.0, 3, 7, -1e308, 1e308]
DATES = ["2024-01-01", "2024-03-05T12:00:00", "2023-06-01", "2024-01-01 00:00:00+00:00"]
CONDITIONS = [
    "i > 0", "f <= 1.0", "b == True", 's == "a"', "i % 2 == 0", "c == 'x'", "b", "i < 0",
    "f != f", 'o == "a"', "n > 0", "i in [1, 3]", "not b", "g < 1", "k == True", "u > 0",
]  # fmt: skip
REGEXES = [
    "^a", "a$", "^[a-z]+$", r"\d", "^$", "ä", r"^\w+$", "(?i)^a", "日", "b", r"^\s", ".",
    "^(a|b)$", r"\n",
]  # fmt: skip
SETS: list[Any] = [
    ["a", "b"], [1, 2.5, None], [NAN, 1.0], [], [True], [0, 1, 3], ["x", "y"],
    ["a", 1, NAN, None], [-2, 7], ["ä", "日本", ""],
]  # fmt: skip
TYPE_NAMES = [
    "int64", "int", "float64", "float", "str", "StringDtype", "object", "bool", "BooleanDtype",
    "Int64Dtype", "Int64", "datetime64[ns]", "datetime64[us]", "DatetimeTZDtype", "category",
    "CategoricalDtype", "int32", "float32", "none", "bytes", "list", "uint8", "Float64",
    "Float64Dtype", "boolean", "Timestamp", "datetime64",
]  # fmt: skip
RESULT_FORMATS: list[Any] = [
    None, "COMPLETE", "COMPLETE", "SUMMARY", "BASIC", "BOOLEAN_ONLY",
    {"result_format": "SUMMARY", "partial_unexpected_count": 2},
    {"result_format": "COMPLETE"},
]  # fmt: skip


def _bound(draw: st.DrawFn, column: str) -> Any:
    if column in ("d", "z", "t") and draw(st.booleans()):
        return draw(st.sampled_from([None, *DATES]))
    return draw(st.sampled_from(NUMBERS))


def _common(draw: st.DrawFn, kwargs: dict[str, Any], *, mostly: bool, condition: bool) -> None:
    if mostly and draw(st.booleans()):
        kwargs["mostly"] = draw(
            st.one_of(st.sampled_from([0.0, 0.5, 0.8, 1.0]), st.floats(0, 1, allow_nan=False))
        )
    if condition and draw(st.integers(0, 2)) == 0:
        kwargs["row_condition"] = draw(st.sampled_from(CONDITIONS))
        kwargs["condition_parser"] = "pandas"
    result_format = draw(st.sampled_from(RESULT_FORMATS))
    if result_format is not None:
        kwargs["result_format"] = result_format


@st.composite
def rules(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """The kwargs of one ``kind`` expectation, arguments drawn to hit the edges."""
    column = draw(st.sampled_from(COLUMNS))
    kw: dict[str, Any] = {}
    if kind == "expect_column_to_exist":
        kw["column"] = draw(st.sampled_from([*COLUMNS, "missing"]))
        if draw(st.booleans()):
            kw["column_index"] = draw(st.integers(0, 10))
        _common(draw, kw, mostly=False, condition=False)
    elif kind == "expect_table_columns_to_match_set":
        kw["column_set"] = draw(
            st.one_of(
                st.just(list(COLUMNS)),
                st.lists(st.sampled_from([*COLUMNS, "extra"]), max_size=10, unique=True),
            )
        )
        kw["exact_match"] = draw(st.sampled_from([True, False, None]))
        _common(draw, kw, mostly=False, condition=False)
    elif kind == "expect_table_row_count_to_be_between":
        kw["min_value"] = draw(st.sampled_from([None, 0, 1, 3, 5, 12]))
        kw["max_value"] = draw(st.sampled_from([None, 0, 1, 3, 5, 12]))
        if None not in (kw["min_value"], kw["max_value"]) and kw["min_value"] > kw["max_value"]:
            # GX refuses inverted row counts outright (an InputError in mlgate, tested apart).
            kw["min_value"], kw["max_value"] = kw["max_value"], kw["min_value"]
        _strict(draw, kw)
        _common(draw, kw, mostly=False, condition=True)
    elif kind == "expect_column_values_to_be_in_type_list":
        kw["column"] = column
        kw["type_list"] = draw(
            st.one_of(st.none(), st.lists(st.sampled_from(TYPE_NAMES), min_size=1, max_size=3))
        )
        _common(draw, kw, mostly=True, condition=True)
    elif kind == "expect_column_values_to_not_be_null":
        kw["column"] = column
        _common(draw, kw, mostly=True, condition=True)
    elif kind in ("expect_column_values_to_be_between", "expect_column_max_to_be_between"):
        kw["column"] = column
        kw["min_value"] = _bound(draw, column)
        kw["max_value"] = _bound(draw, column)
        if draw(st.integers(0, 4)) == 0:  # equal bounds
            kw["max_value"] = kw["min_value"]
        if (
            kw["min_value"] is None
            and kw["max_value"] is None
            and kind.startswith("expect_column_v")
        ):
            kw["max_value"] = 3  # GX refuses two missing bounds (an InputError, tested apart)
        _strict(draw, kw)
        _common(draw, kw, mostly=kind.startswith("expect_column_values"), condition=True)
    elif kind == "expect_column_values_to_be_in_set":
        kw["column"] = column
        kw["value_set"] = draw(st.sampled_from(SETS))
        _common(draw, kw, mostly=True, condition=True)
    elif kind == "expect_column_values_to_match_regex":
        kw["column"] = column
        kw["regex"] = draw(st.sampled_from(REGEXES))
        _common(draw, kw, mostly=True, condition=True)
    elif kind == "expect_column_values_to_be_unique":
        kw["column"] = column
        _common(draw, kw, mostly=True, condition=True)
    elif kind == "expect_compound_columns_to_be_unique":
        kw["column_list"] = draw(st.lists(st.sampled_from(COLUMNS), min_size=2, max_size=3))
        if draw(st.booleans()):
            kw["ignore_row_if"] = draw(
                st.sampled_from(["all_values_are_missing", "any_value_is_missing", "never"])
            )
        _common(draw, kw, mostly=True, condition=True)
    elif kind == "expect_column_pair_values_a_to_be_greater_than_b":
        pair = draw(
            st.sampled_from(
                [
                    ("i", "f"),
                    ("f", "i"),
                    ("n", "i"),
                    ("d", "d"),
                    ("s", "s"),
                    ("i", "n"),
                    ("f", "f"),
                    ("o", "i"),
                    ("b", "i"),
                    ("z", "z"),
                ]
            )
        )
        kw["column_A"], kw["column_B"] = pair
        if draw(st.booleans()):
            kw["or_equal"] = draw(st.booleans())
        if draw(st.booleans()):
            kw["ignore_row_if"] = draw(
                st.sampled_from(["both_values_are_missing", "either_value_is_missing", "neither"])
            )
        _common(draw, kw, mostly=True, condition=True)
    else:
        raise AssertionError(kind)
    return kw


def _strict(draw: st.DrawFn, kw: dict[str, Any]) -> None:
    for flag in ("strict_min", "strict_max"):
        if draw(st.booleans()):
            kw[flag] = draw(st.booleans())


TYPES = [
    "expect_column_to_exist",
    "expect_table_columns_to_match_set",
    "expect_table_row_count_to_be_between",
    "expect_column_values_to_be_in_type_list",
    "expect_column_values_to_not_be_null",
    "expect_column_values_to_be_between",
    "expect_column_values_to_be_in_set",
    "expect_column_values_to_match_regex",
    "expect_column_values_to_be_unique",
    "expect_compound_columns_to_be_unique",
    "expect_column_pair_values_a_to_be_greater_than_b",
    "expect_column_max_to_be_between",
]


def compare(frame: pd.DataFrame, kind: str, all_kwargs: list[dict[str, Any]]) -> None:
    """Runs the rules through both engines and asserts equal verdicts, counts and rows."""
    expectations = [
        Expectation(type=kind, kwargs=kw, meta={"rule": f"r{k}"}) for k, kw in enumerate(all_kwargs)
    ]
    suite = Suite(name="differential", expectations=expectations, sha256="0" * 64, source="gen")
    assert {p.engine for p in plan(expectations)} == {"fast"}, (
        "a generated rule left the fast engine"
    )
    fast = validate_table(frame, suite, engine="fast")
    gx = validate_table(frame, suite, engine="gx")
    for ours, theirs, kw in zip(fast.rules, gx.rules, all_kwargs, strict=True):
        where = f"{kind} {kw!r} on\n{frame!r}\n{frame.dtypes.to_dict()}"
        assert ours.success == theirs.success, (
            f"success {ours.success} vs GX {theirs.success}: {where}"
        )
        assert ours.unexpected_count == theirs.unexpected_count, (
            f"unexpected_count {ours.unexpected_count} vs GX {theirs.unexpected_count}: {where}"
        )
        assert ours.indices == theirs.indices, (
            f"indices {ours.indices} vs GX {theirs.indices}: {where}"
        )
    COUNT[kind] += len(all_kwargs)
