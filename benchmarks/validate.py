"""Benchmark: mlgate's validate against great-expectations and against plain pandas.

One run, one table (1,000,000 rows x 30 columns by default), one contract of
about 90 rules, three ways:

  (a) great-expectations' pandas engine on the equivalent suite, default settings
  (b) mlgate's validate (the fast engine)
  (c) the same checks written directly in vectorised pandas: the floor

It asserts that (a) and (b) give the same verdict on every rule, on clean data
and on data with injected violations, then prints both ratios and peak memory.

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

from mlgate.contract import parse_suite
from mlgate.validation import validate_table

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

    for label, data in (("clean", frame), ("with violations", inject_violations(frame))):
        ours = validate_table(data, suite)
        theirs = validate_table(data, suite, engine="gx")
        assert [r.success for r in ours.rules] == [r.success for r in theirs.rules], label
        print(
            f"verdicts on {label} data: identical on all {len(ours.rules)} rules "
            f"({len(ours.errors)} failed)"
        )
    assert all(pandas_floor(frame))
    assert not all(pandas_floor(inject_violations(frame)))

    t_gx, _ = timed(lambda: validate_table(frame, suite, engine="gx"), args.repeat)
    t_ours, _ = timed(lambda: validate_table(frame, suite), args.repeat)
    t_floor, _ = timed(lambda: pandas_floor(frame), args.repeat)
    m_gx = peak_mib(lambda: validate_table(frame, suite, engine="gx"))
    m_ours = peak_mib(lambda: validate_table(frame, suite))
    m_floor = peak_mib(lambda: pandas_floor(frame))
    table_mib = frame.memory_usage(deep=True).sum() / 2**20

    print(f"(a) great-expectations   {t_gx:7.3f} s   peak +{m_gx:7.1f} MiB")
    print(f"(b) mlgate validate      {t_ours:7.3f} s   peak +{m_ours:7.1f} MiB")
    print(f"(c) plain pandas floor   {t_floor:7.3f} s   peak +{m_floor:7.1f} MiB")
    print(f"table in memory: {table_mib:.1f} MiB (median of {args.repeat} runs each)")
    print(f"speed-up over great-expectations (a/b): {t_gx / t_ours:.1f}x   target >= 5x")
    print(f"cost over the pandas floor (b/c):       {t_ours / t_floor:.2f}x   target <= 3x")


if __name__ == "__main__":
    main()
