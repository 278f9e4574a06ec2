"""Benchmark: the reference pipeline under kfp.local against its logic called in-process.

    python benchmarks/pipeline.py [--repeat 3]

(a) ``mlgate-reference`` through kfp.local's subprocess runner: every task is a
    fresh Python process that imports what it needs, reads its inputs from
    artifacts and writes its outputs.
(b) The same components' logic (``components/*/logic.py``), called one after the
    other in one fresh Python process on the same inputs and parameters: the floor,
    where imports are paid once.

Two registry states, each measured for both sides:

- empty: the first run. There is no production model to re-score; the gate
  promotes, and the model is pushed (8 tasks).
- production: the registry holds a production model (the first run's model,
  promoted). evaluate_model loads and re-scores it, and the gate rejects the
  identical candidate, so nothing is pushed (7 tasks).

Prints, for each, the median wall times, the ratio a/b (target <= 1.5) and the
start-up overhead per task, (a - b) / tasks.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (b), run as a script in a fresh interpreter so its imports count, as (a)'s do.
IN_PROCESS = r"""
import sys, time
started = time.perf_counter()
out = sys.argv[1]  # holds the registry to start from, if any
from mlgate.components.evaluate_model.logic import evaluate_model
from mlgate.components.gate_candidate.logic import gate_candidate
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.redact_clinical_logs.logic import redact_clinical_logs
from mlgate.components.train_model.logic import train_model
from mlgate.components.validate_schema.logic import validate_schema
from mlgate.redaction import RedactOptions
from mlgate.redaction.samples import resolve_sample
from mlgate.pipelines.reference import CONTRACT, GATE, LOGS_CONTRACT, TRAINING

load_dataset("sample:breast_cancer", f"{out}/dataset.parquet")
validate_schema(f"{out}/dataset.parquet", CONTRACT.read_text(), contract_source=CONTRACT.name,
                output_uri=f"{out}/validated.parquet", report_uri=f"{out}/report.html")
logs, fmt = resolve_sample("sample:clinical_logs")
redact_clinical_logs(logs, f"{out}/redacted.jsonl", min_f1=0.87,
                     options=RedactOptions(format=fmt), report_uri=f"{out}/redaction.md")
validate_schema(f"{out}/redacted.jsonl", LOGS_CONTRACT.read_text(),
                contract_source=LOGS_CONTRACT.name, file_format="jsonl",
                output_uri=f"{out}/logs_checked.jsonl", report_uri=f"{out}/logs.html")
train_model(f"{out}/validated.parquet", TRAINING.canonical_json(), f"{out}/model",
            f"{out}/eval.parquet")
evaluate_model(f"{out}/model", f"{out}/eval.parquet", f"{out}/evaluation.json",
               registry_uri=f"{out}/registry")
decision = gate_candidate(f"{out}/model", f"{out}/evaluation.json", GATE.model_dump_json(),
                          f"{out}/registry", report_uri=f"{out}/gate.md")
if decision.decision == "promote":  # as the pipeline's dsl.If
    push_to_registry(f"{out}/model", f"{out}/registry", decision.decision, {"image": "bench"})
print(f"in-process {time.perf_counter() - started:.3f}")
"""


def run_in_process(seed: Path | None) -> float:
    with tempfile.TemporaryDirectory() as out:
        _copy_registry(seed, Path(out))
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", IN_PROCESS, out], cwd=REPO, check=True, capture_output=True
        )
        return time.perf_counter() - started


def run_pipeline_once(seed: Path | None, out: Path | None = None) -> tuple[float, int]:
    from mlgate.gitops.project import find_pipeline
    from mlgate.local_run import run_pipeline

    ref = find_pipeline(REPO, "mlgate-reference")
    with tempfile.TemporaryDirectory() as scratch:
        root = out or Path(scratch)
        _copy_registry(seed, root)
        started = time.perf_counter()
        result = run_pipeline(
            ref, {"registry": str(root / "registry")}, root / "runs", progress=lambda _: None
        )
        took = time.perf_counter() - started
    if result.exit_code != 0:
        raise SystemExit(f"the pipeline failed: {result.error}")
    return took, sum(task.status == "SUCCESS" for task in result.tasks)


def _copy_registry(seed: Path | None, out: Path) -> None:
    if seed is not None:
        shutil.copytree(seed, out / "registry")


def main() -> None:
    from mlgate.models.registry import Registry
    from mlgate.pipelines.reference import TRAINING

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # The first run warms the page cache and kfp's first-import costs, and its model
        # becomes the production model of the second registry state.
        run_pipeline_once(None, Path(tmp))
        seeded = Path(tmp) / "registry"
        Registry(str(seeded)).promote(
            TRAINING.model_name, "1.0.0", "prod", who="benchmark", why="production to beat"
        )
        for state, seed in (("empty registry", None), ("production model in registry", seeded)):
            measure(state, seed, args.repeat)


def measure(state: str, seed: Path | None, repeat: int) -> None:
    pipeline, logic, tasks = [], [], 0
    for _ in range(repeat):
        took, tasks = run_pipeline_once(seed)
        pipeline.append(took)
        logic.append(run_in_process(seed))
    a, b = statistics.median(pipeline), statistics.median(logic)
    print(f"{state}: {tasks} tasks")
    print(f"  (a) kfp.local subprocess runner: {a:6.2f} s  (runs: {_fmt(pipeline)})")
    print(f"  (b) the same logic in one process: {b:6.2f} s  (runs: {_fmt(logic)})")
    print(f"  ratio a/b: {a / b:.2f}  (target <= 1.5)")
    print(f"  start-up overhead per task: {(a - b) / tasks:.2f} s")


def _fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
