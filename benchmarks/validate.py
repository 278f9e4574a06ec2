"""Benchmark: mlgate's validate against great-expectations, pandera and plain pandas.

One run, one table (1,000,000 rows x 30 columns by default), one contract of
about 120 rules, four ways:

  (a) great-expectations' pandas engine on the equivalent suite, default settings
  (b) mlgate's validate (the fast engine)
  (c) pandera, lazy validation (every failure collected), the same rules
  (d) the same checks written directly in vectorised pandas: the floor

It asserts that (a) and (b) give the same verdict on every rule, and that (c)
agrees on the table's verdict, on clean data and on data with injected
violations. Then it prints the ratios (> 1 means mlgate is faster), peak memory,
and what two parts of mlgate cost: the argument check that routes each rule to
its engine, and the report's per-column pictures.

    python benchmarks/validate.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from mlgate.data.contract import check_arguments, parse_suite
from mlgate.data.validation import plan, render_html, validate_table
from mlgate.data.validation_report import profile_table

INTS, FLOATS, CATEGORIES = 9, 14, 5
SITES = ["north", "south", "east", "west"]


def make_table(rows: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    data: dict[str, Any] = {"record_id": np.arange(rows, dtype=np.int64)}
    for i in range(INTS):
        data[f"count_{i}"] = rng.integers(0, 1000, rows)
    for i in range(FLOATS):
        values = rng.normal(50, 10, rows)
        if i % 2:  # half the float columns have some nulls, within their allowance
            values[rng.random(rows) < 0.01] = np.nan
        data[f"measure_{i}"] = values
    for i in range(CATEGORIES):
        data[f"site_{i}"] = pd.array(rng.choice(SITES, rows), dtype="str")
    data["code"] = pd.array([f"C{n:06d}" for n in rng.integers(0, 999_999, rows)], dtype="str")
    return pd.DataFrame(data)


def make_contract(rows: int) -> str:
    lines = [
        "name: benchmark",
        f"row_count: {{min: 1, max: {rows * 2}}}",
        "columns:",
        "  - {name: record_id, type: int, unique: true}",
    ]
    lines += [f"  - {{name: count_{i}, type: int, min: 0, max: 999}}" for i in range(INTS)]
    for i in range(FLOATS):
        if i % 2:
            lines.append(
                f"  - {{name: measure_{i}, type: float, nullable: true, max_null_fraction: 0.05}}"
            )
        else:  # a float without bounds still gets the finite-range rule
            lines.append(f"  - {{name: measure_{i}, type: float}}")
    lines += [
        f"  - {{name: site_{i}, type: str, allowed: [{', '.join(SITES)}]}}"
        for i in range(CATEGORIES)
    ]
    lines.append("  - {name: code, type: str, regex: '^C[0-9]{6}$'}")
    return "\n".join(lines) + "\n"


def pandas_floor(frame: pd.DataFrame) -> list[bool]:
    """The same rules as the contract, written by hand in vectorised pandas."""
    from pandas.api import types as pdt

    expected = {"record_id", "code"}
    expected |= {f"count_{i}" for i in range(INTS)} | {f"measure_{i}" for i in range(FLOATS)}
    expected |= {f"site_{i}" for i in range(CATEGORIES)}
    ok = [set(frame.columns) == expected, 1 <= len(frame) <= 2 * len(frame)]
    for name, col in frame.items():
        kind = str(name).split("_")[0]
        check = {"measure": pdt.is_float_dtype, "site": pdt.is_string_dtype}.get(kind)
        ok.append(bool((check or pdt.is_integer_dtype)(col.dtype)) if kind != "code" else True)
    ok.append(bool(frame["record_id"].notna().all()))
    ok.append(not frame["record_id"].duplicated().any())
    for i in range(INTS):
        col = frame[f"count_{i}"]
        ok += [bool(col.notna().all()), bool(col.between(0, 999).all())]
    for i in range(FLOATS):
        col = frame[f"measure_{i}"]
        if i % 2:
            ok.append(col.isna().mean() <= 0.05)
        else:
            ok.append(bool(col.notna().all()))
        ok.append(not np.isinf(col.to_numpy()).any())
    for i in range(CATEGORIES):
        col = frame[f"site_{i}"]
        ok += [bool(col.notna().all()), bool(col.isin(SITES).all())]
    code = frame["code"]
    ok += [bool(code.notna().all()), bool(code.str.contains(r"^C[0-9]{6}$").all())]
    return ok


def pandera_schema(rows: int) -> Any:
    """The contract's rules as a pandera schema (what a pandera user would write)."""
    import pandera.pandas as pa

    def finite(series: pd.Series) -> pd.Series:
        return pd.Series(np.isfinite(series.to_numpy()), index=series.index)

    def null_share(series: pd.Series) -> bool:
        return bool(series.isna().mean() <= 0.05)

    columns: dict[str, Any] = {"record_id": pa.Column("int64", unique=True)}
    for i in range(INTS):
        columns[f"count_{i}"] = pa.Column("int64", pa.Check.in_range(0, 999))
    for i in range(FLOATS):
        checks = [pa.Check(finite)]
        if i % 2:
            checks.append(pa.Check(null_share, ignore_na=False))
        columns[f"measure_{i}"] = pa.Column("float64", checks, nullable=bool(i % 2))
    for i in range(CATEGORIES):
        columns[f"site_{i}"] = pa.Column(str, pa.Check.isin(SITES))
    columns["code"] = pa.Column(str, pa.Check.str_matches(r"^C[0-9]{6}$"))
    row_count = pa.Check(lambda frame: 1 <= len(frame) <= 2 * rows, name="row_count")
    return pa.DataFrameSchema(columns, checks=[row_count], strict=True)


def pandera_passes(schema: Any, frame: pd.DataFrame) -> bool:
    import pandera.pandas as pa

    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors:
        return False
    return True


def inject_violations(frame: pd.DataFrame) -> pd.DataFrame:
    broken = frame.copy()
    broken.loc[5, "count_0"] = 5000
    broken.loc[10, "measure_0"] = np.inf
    broken.loc[11, "measure_2"] = np.nan
    broken.loc[12, "site_1"] = "nowhere"
    broken.loc[13, "code"] = "bad"
    broken.loc[14, "record_id"] = 0
    broken.loc[: len(broken) // 10, "measure_1"] = np.nan
    return broken


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peak_mib(fn: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import great_expectations  # noqa: F401 - import cost is not part of any measurement

    frame = make_table(args.rows)
    suite = parse_suite(make_contract(args.rows), "benchmark.yaml")
    print(
        f"table: {args.rows:,} rows x {len(frame.columns)} columns; "
        f"contract: {len(suite.expectations)} rules"
    )

    schema = pandera_schema(args.rows)
    for label, data in (("clean", frame), ("with violations", inject_violations(frame))):
        ours = validate_table(data, suite)
        theirs = validate_table(data, suite, engine="gx")
        assert [r.success for r in ours.rules] == [r.success for r in theirs.rules], label
        assert [r.unexpected_count for r in ours.rules] == [
            r.unexpected_count for r in theirs.rules
        ], label
        assert pandera_passes(schema, data) == ours.passed, label
        print(
            f"verdicts on {label} data: identical on all {len(ours.rules)} rules "
            f"({len(ours.errors)} failed); pandera agrees the table "
            f"{'passes' if ours.passed else 'fails'}"
        )
    assert {p.engine for p in plan(suite.expectations)} == {"fast"}
    assert all(pandas_floor(frame))
    assert not all(pandas_floor(inject_violations(frame)))

    t_gx, _ = timed(lambda: validate_table(frame, suite, engine="gx"), args.repeat)
    t_ours, _ = timed(lambda: validate_table(frame, suite), args.repeat)
    t_pandera, _ = timed(lambda: pandera_passes(schema, frame), args.repeat)
    t_floor, _ = timed(lambda: pandas_floor(frame), args.repeat)

    def argument_check() -> None:
        for position, e in enumerate(suite.expectations):
            check_arguments(e, f"benchmark.yaml: expectations.{position}")
        plan(suite.expectations)

    t_args, _ = timed(argument_check, max(args.repeat, 5))
    result = validate_table(frame, suite)
    t_profile, _ = timed(lambda: profile_table(frame, suite), args.repeat)
    result.profile = profile_table(frame, suite)
    t_render, _ = timed(lambda: render_html(result), args.repeat)
    m_gx = peak_mib(lambda: validate_table(frame, suite, engine="gx"))
    m_ours = peak_mib(lambda: validate_table(frame, suite))
    m_pandera = peak_mib(lambda: pandera_passes(schema, frame))
    m_floor = peak_mib(lambda: pandas_floor(frame))
    table_mib = frame.memory_usage(deep=True).sum() / 2**20

    print(f"(a) great-expectations   {t_gx:7.3f} s   peak +{m_gx:7.1f} MiB")
    print(f"(b) mlgate validate      {t_ours:7.3f} s   peak +{m_ours:7.1f} MiB")
    print(f"(c) pandera (lazy)       {t_pandera:7.3f} s   peak +{m_pandera:7.1f} MiB")
    print(f"(d) plain pandas floor   {t_floor:7.3f} s   peak +{m_floor:7.1f} MiB")
    print(f"table in memory: {table_mib:.1f} MiB (median of {args.repeat} runs each)")
    print(f"speed-up over great-expectations (a/b): {t_gx / t_ours:6.1f}x   target >= 40x")
    print(f"ratio to pandera (c/b):                 {t_pandera / t_ours:6.2f}x   target > 1")
    print(f"cost over the pandas floor (b/d):       {t_ours / t_floor:6.2f}x   target <= 3x")
    print(
        f"argument check and engine plan: {t_args * 1000:7.2f} ms for {len(suite.expectations)} "
        f"rules ({t_args / t_ours:.2%} of (b))"
    )
    print(
        f"report pictures: profile {t_profile:.3f} s ({t_profile / t_ours:.0%} of (b)), "
        f"render {t_render * 1000:.1f} ms; only paid when --report is given"
    )


if __name__ == "__main__":
    main()
