"""Benchmark: sharded redaction under kfp.local, with 1, 2 and 4 shards, in one run.

    python benchmarks/redact_shards.py [--docs 4000]

The input is the 1,000 held-out reference notes as JSON Lines, repeated to reach
``--docs`` (the engine keeps no per-text cache, so a repeat costs what a new note does;
the tuning split is left out because the residual scan finds one leak-shaped string in
its redacted notes, and the contract, max_residual 0, rightly refuses that). Each shard
count runs the redaction the reference pipeline wires (``redact_logs_in_shards``: plan,
score the engine once, redact each shard, merge) through kfp.local's subprocess runner,
as ``mlgate run`` does; a 10-document run first warms the page cache for all of them.

Two figures per shard count, each as docs/s and as a ratio to 1 shard:

- end to end: the whole run, planning, scoring, start-ups and the merge included;
- shards: from the end of the tasks the shards wait for (plan, score) to the end of the
  last shard task: the redaction alone, kfp.local's scheduling and task start-ups included.

What to expect on this machine: every shard task already redacts with two worker
processes (``RedactOptions.workers``), and kfp.local runs at most two loop iterations at
a time (``kfp.local``'s ParallelExecutor caps its threads at 2), so on 2 cores one shard
already uses both and more shards add task start-ups (each loads the spaCy model) without
adding cores. Sharding pays on a cluster, where each shard task gets its own 2 CPUs.
The run checks that every shard count published the same bytes.
"""

# (No ``from __future__ import annotations``: kfp reads the pipeline's annotations as types.)
import argparse
import json
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from kfp import dsl

from mlgate.gitops.project import PipelineRef
from mlgate.local_run import run_pipeline
from mlgate.pipelines.reference import redact_logs_in_shards
from mlgate.redaction import load_corpus

SHARDS = (1, 2, 4)
SHARD_TASK = "redact-log-shard"


@dsl.pipeline(name="bench-redact-shards")
def redact_in_shards(logs: str, shards: int = 1) -> None:
    """The reference pipeline's redaction, alone."""
    redact_logs_in_shards(logs, shards, 0.87)


def write_logs(path: Path, docs: int) -> None:
    notes = [d.text for d in load_corpus()]
    lines = (json.dumps({"level": "INFO", "message": text}) for text in islice(cycle(notes), docs))
    path.write_text("".join(line + "\n" for line in lines))


def run(logs: Path, shards: int, workdir: Path) -> tuple[float, float, bytes]:
    """One run: (seconds end to end, seconds of the shard phase, the published bytes).

    The shard phase runs from the moment both tasks the shards wait for (plan and score)
    have written their outputs to the moment the last shard has: read from the files
    kfp.local writes, because parallel tasks of one name interleave in its log.
    """
    ref = PipelineRef("bench-redact-shards", Path(__file__), redact_in_shards)
    start = time.perf_counter()
    # A progress callback sends the tasks' own output to run.log, off this terminal.
    result = run_pipeline(
        ref, {"logs": str(logs), "shards": shards}, workdir, progress=print_nothing
    )
    total = time.perf_counter() - start
    if result.exit_code != 0:
        causes = [f"{t.name}: {t.error[0]}: {t.error[1]}" for t in result.tasks if t.error]
        raise SystemExit(f"{shards} shard(s): the run failed: {causes or result.error}")
    done = [
        p.stat().st_mtime
        for p in result.run_dir.glob(f"for-loop-*/{SHARD_TASK}/executor_output.json")
    ]
    assert len(done) == shards, f"{len(done)} shard tasks ran, not {shards}"
    ready = max(
        (result.run_dir / task / "executor_output.json").stat().st_mtime
        for task in ("plan-log-shards", "score-redaction-engine")
    )
    [redacted] = result.run_dir.glob("merge-redacted-logs/redacted")
    return total, max(done) - ready, redacted.read_bytes()


def print_nothing(line: str) -> None:
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=4000, help="documents in the input")
    docs = parser.parse_args().docs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_logs(folder / "warm.jsonl", 10)
        run(folder / "warm.jsonl", 1, folder / "warm")
        logs = folder / "logs.jsonl"
        write_logs(logs, docs)
        size = logs.stat().st_size
        figures = {n: run(logs, n, folder / f"shards-{n}") for n in SHARDS}
    print(f"{docs} documents ({size / 1e6:.1f} MB of JSON Lines), kfp.local subprocess runner")
    print(f"{'shards':>6s}{'end to end s':>14s}{'docs/s':>9s}{'ratio':>7s}"
          f"{'shards s':>10s}{'docs/s':>9s}{'ratio':>7s}")  # fmt: skip
    base_total, base_phase, base_out = figures[1]
    for n, (total, phase, out) in figures.items():
        print(
            f"{n:6d}{total:14.1f}{docs / total:9.0f}{base_total / total:6.2f}x"
            f"{phase:10.1f}{docs / phase:9.0f}{base_phase / phase:6.2f}x"
        )
        assert out == base_out, f"{n} shards published other bytes than 1 shard"
    print("same output bytes for every shard count: yes")


if __name__ == "__main__":
    main()
