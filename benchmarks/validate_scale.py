"""Benchmark: a contract on a Parquet file larger than memory, DuckDB push-down vs streaming.

One generated Parquet file (100,000,000 rows x 30 columns by default, the table of
benchmarks/validate.py with a handful of injected violations), one contract of
about 120 rules, two engines:

  (a) DuckDB push-down (mlgate.data.pushdown): the contract as one aggregate query
  (b) streaming pyarrow (mlgate.data.streaming): record batches, per-rule partial
      statistics merged

Each engine runs in a child process that is timed (the validation call alone, not
interpreter start-up) and whose peak resident memory is read with
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` by a small wrapper process, so
one measurement never leaks into another. It prints, per engine, wall time,
rows/s and peak memory, the ratio of the two, and checks that both engines give
the same verdict and unexpected count on every rule. Targets: peak memory under
1 GiB, more than 20M rows/s with DuckDB on 2 cores.

The file is written row group by row group (bounded memory) and cached under the
temporary directory, keyed by row count and generator version, so later runs
skip generation.

``--check-sample`` validates a 1,000,000-row file of the same generator with the
pandas engine too, and asserts that all three engines agree rule by rule.

    python benchmarks/validate_scale.py [--rows 100000000] [--check-sample]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

# The table and the contract of benchmarks/validate.py (this folder is on sys.path when a
# benchmark runs as a script, as these and their child processes do).
from validate import CATEGORIES, FLOATS, INTS, SITES, make_contract

GENERATOR_VERSION = 1  # bump when the table changes, so cached files are not reused
ROW_GROUP = 1_000_000
# (row, column, value): violations planted in the first row group of every file.
VIOLATIONS: list[tuple[int, str, Any]] = [
    (5, "count_0", 5000),
    (10, "measure_0", float("inf")),
    (11, "measure_2", None),
    (12, "site_1", "nowhere"),
    (13, "code", "bad"),
]
TARGET_RATE = 20_000_000
TARGET_MEMORY_MIB = 1024


def _chunk(start: int, rows: int, seed: int) -> Any:
    """Rows ``start``..``start + rows`` as an Arrow table; the same rows for the same seed."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rng = np.random.default_rng([seed, start])
    columns: dict[str, Any] = {"record_id": pa.array(np.arange(start, start + rows))}
    for i in range(INTS):
        columns[f"count_{i}"] = pa.array(rng.integers(0, 1000, rows))
    for i in range(FLOATS):
        # Measurements to two decimals, as instruments report them (and Parquet's
        # dictionary encoding stores them in two bytes rather than eight).
        values = np.round(rng.normal(50, 10, rows), 2)
        nulls = rng.random(rows) < 0.01 if i % 2 else None  # within the 5% allowance
        columns[f"measure_{i}"] = pa.array(values, mask=nulls)
    sites = pa.array(SITES)
    for i in range(CATEGORIES):
        columns[f"site_{i}"] = pc.take(sites, pa.array(rng.integers(0, len(SITES), rows)))
    digits = pc.utf8_lpad(pc.cast(pa.array(rng.integers(0, 999_999, rows)), pa.string()), 6, "0")
    columns["code"] = pc.binary_join_element_wise("C", digits, "")
    if start == 0:
        for row, name, value in VIOLATIONS:
            if row < rows:
                values = columns[name].to_pylist()
                values[row] = value
                columns[name] = pa.array(values, type=columns[name].type)
    return pa.table(columns)


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Writes the table to ``path`` one row group at a time (bounded memory), atomically."""
    import pyarrow.parquet as pq

    partial = path.with_suffix(".partial")
    writer = None
    try:
        for start in range(0, rows, ROW_GROUP):
            table = _chunk(start, min(ROW_GROUP, rows - start), seed)
            if writer is None:
                writer = pq.ParquetWriter(partial, table.schema, compression="zstd")
            writer.write_table(table, row_group_size=ROW_GROUP)
    finally:
        if writer is not None:
            writer.close()
    os.replace(partial, path)


def cached_table(rows: int, cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"validate_scale-v{GENERATOR_VERSION}-{rows}.parquet"
    if not path.exists():
        start = time.perf_counter()
        generate(path, rows)
        size = path.stat().st_size / 2**30
        print(f"generated {path} ({size:.2f} GiB) in {time.perf_counter() - start:.0f} s")
    else:
        print(f"using cached {path} ({path.stat().st_size / 2**30:.2f} GiB)")
    return path


# --- one engine in a child process -----------------------------------------------------------

# The wrapper runs the worker as its only child, so RUSAGE_CHILDREN is the worker's alone.
_WRAPPER = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"returncode": done.returncode, "stdout": done.stdout,
                  "stderr": done.stderr[-4000:], "maxrss_kib": usage.ru_maxrss}))
"""


def measure(engine: str, path: Path, rows: int, args: argparse.Namespace) -> dict[str, Any]:
    worker = [
        sys.executable,
        __file__,
        "--worker",
        engine,
        "--path",
        str(path),
        "--rows",
        str(rows),
        "--threads",
        str(args.threads),
        "--memory-limit",
        args.memory_limit,
        "--batch-rows",
        str(args.batch_rows),
    ]
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *worker], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)
    if report["returncode"] != 0:
        raise SystemExit(f"{engine} worker failed:\n{report['stderr']}")
    result: dict[str, Any] = json.loads(report["stdout"].strip().splitlines()[-1])
    result["peak_mib"] = report["maxrss_kib"] / 1024  # Linux reports KiB
    return result


def worker(args: argparse.Namespace) -> None:
    """Runs one engine on the file and prints its timing and verdicts as JSON."""
    # Imports first: the timing is the validation's, not the libraries' loading.
    import duckdb  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401
    import sqlglot  # noqa: F401

    from mlgate.data.contract import parse_suite

    suite = parse_suite(make_contract(args.rows), "benchmark.yaml")
    if args.worker == "duckdb":
        from mlgate.data.pushdown import validate_duckdb

        start = time.perf_counter()
        result = validate_duckdb(
            args.path, suite, threads=args.threads, memory_limit=args.memory_limit
        )
    elif args.worker == "streaming":
        from mlgate.data.streaming import validate_file

        start = time.perf_counter()
        result = validate_file(args.path, suite, batch_rows=args.batch_rows)
    else:
        from mlgate.data.tables import read_table
        from mlgate.data.validation import validate_table

        start = time.perf_counter()
        result = validate_table(read_table(args.path), suite)
    seconds = time.perf_counter() - start
    verdicts = [(r.rule, r.success, r.unexpected_count) for r in result.rules]
    print(json.dumps({"seconds": seconds, "rows": result.rows, "verdicts": verdicts}))


def compare(label: str, results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    reference = results[names[0]]["verdicts"]
    for name in names[1:]:
        if results[name]["verdicts"] != reference:
            differ = [
                (a, b) for a, b in zip(reference, results[name]["verdicts"], strict=True) if a != b
            ]
            raise SystemExit(f"{label}: {name} disagrees with {names[0]}: {differ[:5]}")
    failed = [rule for rule, success, _ in reference if not success]
    print(
        f"verdicts on {label}: {' = '.join(names)} on all {len(reference)} rules "
        f"(success and unexpected count); {len(failed)} fail: {', '.join(failed)}"
    )


LABELS = {
    "duckdb": "(a) DuckDB push-down",
    "streaming": "(b) streaming pyarrow",
    "pandas": "(c) pandas, whole table",
}


def report(results: dict[str, dict[str, Any]], rows: int) -> None:
    for name, r in results.items():
        print(
            f"{LABELS[name]:<24} {r['seconds']:8.2f} s  {rows / r['seconds'] / 1e6:8.2f} M rows/s  "
            f"peak {r['peak_mib']:7.1f} MiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000_000)
    parser.add_argument("--check-sample", action="store_true", help="1M rows, vs pandas too")
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "mlgate-bench"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--memory-limit", default="500MB", help="DuckDB's memory_limit")
    parser.add_argument("--batch-rows", type=int, default=131_072, help="streaming batch size")
    parser.add_argument(
        "--worker", choices=["duckdb", "streaming", "pandas"], help=argparse.SUPPRESS
    )
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    if args.check_sample:
        rows = 1_000_000
        path = cached_table(rows, args.cache_dir)
        results = {e: measure(e, path, rows, args) for e in ("pandas", "duckdb", "streaming")}
        compare(f"the {rows:,}-row sample", results)
        report(results, rows)
        return

    path = cached_table(args.rows, args.cache_dir)
    rules = len(make_contract(args.rows).splitlines())
    print(
        f"table: {args.rows:,} rows x 30 columns, {path.stat().st_size / 2**30:.2f} GiB Parquet; "
        f"{os.cpu_count()} cores; contract of benchmarks/validate.py ({rules} lines)"
    )
    results = {e: measure(e, path, args.rows, args) for e in ("duckdb", "streaming")}
    compare(f"{args.rows:,} rows", results)
    report(results, args.rows)
    duck, stream = results["duckdb"], results["streaming"]
    print(f"DuckDB vs streaming (b/a time):     {stream['seconds'] / duck['seconds']:6.2f}x")
    print(
        f"targets: DuckDB > {TARGET_RATE / 1e6:.0f} M rows/s: "
        f"{'met' if args.rows / duck['seconds'] > TARGET_RATE else 'MISSED'}; peak memory < "
        f"{TARGET_MEMORY_MIB} MiB: DuckDB "
        f"{'met' if duck['peak_mib'] < TARGET_MEMORY_MIB else 'MISSED'}, streaming "
        f"{'met' if stream['peak_mib'] < TARGET_MEMORY_MIB else 'MISSED'} "
        f"(threads={args.threads}, DuckDB memory_limit={args.memory_limit}, "
        f"batch_rows={args.batch_rows})"
    )


if __name__ == "__main__":
    main()
