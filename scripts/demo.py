"""`make demo`: the reference pipeline twice, then the monitoring pipeline twice, on this machine.

Run 1 starts from an empty registry: the candidate passes every gate and is
published as breast-cancer@1.0.0-staging. The demo then approves 1.0.0 for
production, as a reviewer would, and runs the same pipeline again: the new
candidate is the same model, so it does not beat production and the gate
rejects it, saying why. Then the monitoring pipeline checks two serving batches
against the training table: a resample of it passes, and a copy with two columns
deliberately shifted is flagged on exactly those columns. Everything lands under
.mlgate/demo/ ($MLGATE_DEMO_DIR).

`make demo-all` then runs it with --more: the regression reference pipeline
(mlgate-diabetes) and a team's own training step (team-own-model), each once,
into the same registry, with the same summary per run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mlgate.gitops.project import find_pipeline, with_lineage  # noqa: E402
from mlgate.local_run import RunResult, TaskResult, run_pipeline  # noqa: E402
from mlgate.models.registry import Registry  # noqa: E402

WORKDIR = Path(os.environ.get("MLGATE_DEMO_DIR", ROOT / ".mlgate" / "demo")).resolve()
MODEL = "breast-cancer"
# Artifacts a person opens after a run, in pipeline order.
REPORTS = ("report", "metrics", "classification", "evaluation", "entry")
# The monitoring demo's shift: two columns, within the contract's ranges, so validation
# passes and it is drift detection that catches it.
SHIFTED = ("mean_texture", "worst_area")


def _meta(task: TaskResult, artifact: str) -> dict[str, Any]:
    return next((a.metadata for a in task.artifacts if a.name == artifact), {})


def _headline(task: TaskResult) -> str:
    """One line on what a task found, from its artifacts' metadata."""
    if task.error:
        return f"{task.error[0]}: {task.error[1][:90]}"
    if task.status != "SUCCESS":
        return ""
    if "dataset" in {a.name for a in task.artifacts}:
        m = _meta(task, "dataset")
        return (
            f"{m.get('rows')} rows x {m.get('columns')} columns, sha256 {str(m.get('sha256'))[:12]}"
        )
    if task.name.startswith("validate"):
        m = _meta(task, "metrics")
        return f"{m.get('rules_checked'):.0f} rules on {m.get('rows'):.0f} rows: {m.get('rules_failed'):.0f} failed"
    if task.name == "redact-clinical-logs":
        m = _meta(task, "metrics")
        return (
            f"span F1 {m.get('f1', 0):.3f} (floor {m.get('min_f1')}); "
            f"{m.get('records'):.0f} records, {m.get('spans_redacted'):.0f} spans redacted"
        )
    if task.name.startswith("train"):  # train-model, or a team's own (train-team-model)
        m = _meta(task, "model")
        return f"{m.get('estimator')}, model sha256 {str(m.get('model_sha256'))[:12]}"
    if task.name == "evaluate-model":
        m = _meta(task, "metrics")
        if "rmse" in m:  # a regressor
            return f"rmse {m['rmse']:.2f}, r2 {m.get('r2', 0):.4f}"
        return f"roc_auc {m.get('roc_auc', 0):.4f}, accuracy {m.get('accuracy', 0):.4f}"
    if task.name == "gate-candidate":
        reasons = "; ".join(_meta(task, "report").get("reasons", []))
        return f"{task.parameters.get('Output')}: {reasons}"
    if task.name == "profile-dataset":
        m = _meta(task, "profile")
        return f"{m.get('columns')} columns profiled, {m.get('bytes')} bytes"
    if task.name == "detect-drift":
        m = _meta(task, "report")
        flagged = ", ".join(m.get("drift", []) + m.get("warn", [])) or "no column"
        return f"{m.get('decision')}: flagged {flagged}"
    if task.name == "push-to-registry":
        model = _meta(task, "entry").get("model", MODEL)
        return f"published {model}@{task.parameters.get('Output')}-staging"
    return ", ".join(f"{k}={v}" for k, v in task.parameters.items())


def _summary(title: str, result: RunResult, seconds: float) -> None:
    print(f"\n{title}: {'succeeded' if result.exit_code == 0 else 'FAILED'} in {seconds:.1f} s")
    width = max(len(task.name) for task in result.tasks)
    for task in result.tasks:
        print(f"  {task.name:<{width}}  {task.status:<8}  {_headline(task)}")
    print("  reports:")
    for task in result.tasks:
        regressor = "rmse" in _meta(task, "metrics")  # has no confusion matrix to open
        for art in task.artifacts:
            if art.name in REPORTS and not (regressor and art.name == "classification"):
                print(f"    {task.name + ' ' + art.name:<{width + 16}} {_shown(Path(art.uri))}")


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def _run(title: str, pipeline: str, params: dict[str, Any]) -> RunResult:
    print(f"\n== {title}")
    ref = find_pipeline(ROOT, pipeline)
    started = time.monotonic()
    result = run_pipeline(ref, with_lineage(ref, ROOT, params), WORKDIR / "runs", progress=print)
    _summary(title, result, time.monotonic() - started)
    if result.exit_code != 0:
        raise SystemExit(f"demo: {title} failed; task logs are in {WORKDIR / 'runs' / 'run.log'}")
    return result


def _serving_batches() -> tuple[Path, Path]:
    """A seeded resample of the training table, and the same resample with SHIFTED moved."""
    from mlgate.data.tables import read_table

    table = read_table("sample:breast_cancer").sample(frac=1.0, replace=True, random_state=7)
    unshifted, shifted = WORKDIR / "batch-unshifted.csv", WORKDIR / "batch-shifted.csv"
    table.to_csv(unshifted, index=False)
    table[SHIFTED[0]] += table[SHIFTED[0]].std()
    table[SHIFTED[1]] *= 1.5
    table.to_csv(shifted, index=False)
    return unshifted, shifted


def more() -> None:
    """After the demo: the regression pipeline and a team's own model, once each."""
    WORKDIR.mkdir(parents=True, exist_ok=True)
    registry = {"registry": str(WORKDIR / "registry")}
    began = time.monotonic()
    _run("regression: mlgate-diabetes, a gradient-boosting regressor gated on RMSE",
         "mlgate-diabetes", registry)  # fmt: skip
    _run("team model: team-own-model, the team's training step, mlgate's gates",
         "team-own-model", registry)  # fmt: skip
    print(f"demo --more finished in {time.monotonic() - began:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--more", action="store_true", help="run mlgate-diabetes and team-own-model (demo-all)"
    )
    if parser.parse_args().more:
        more()
        return
    shutil.rmtree(WORKDIR, ignore_errors=True)
    WORKDIR.mkdir(parents=True)
    registry_dir = WORKDIR / "registry"
    began = time.monotonic()
    _run("run 1: empty registry", "mlgate-reference", {"registry": str(registry_dir)})

    registry = Registry(str(registry_dir))
    registry.promote(MODEL, "1.0.0", "prod", who="make demo", why="approved for the demo")
    print(f"\napproved {MODEL}@1.0.0 for production (mlgate registry promote --stage prod)")

    _run(
        "run 2: same data and config, against production 1.0.0",
        "mlgate-reference",
        {"registry": str(registry_dir)},
    )
    versions = registry.versions(MODEL)
    print(
        f"\nregistry {_shown(registry_dir)}: {MODEL} versions {versions}, "
        f"production {registry.production(MODEL)}"
    )

    unshifted, shifted = _serving_batches()
    _run("monitoring 1: a serving batch like the training data", "mlgate-monitoring",
         {"batch": str(unshifted)})  # fmt: skip
    # halt_on=never: the demo shows the decision; a scheduled run would halt (and alert).
    _run(f"monitoring 2: a serving batch with {' and '.join(SHIFTED)} shifted",
         "mlgate-monitoring", {"batch": str(shifted), "halt_on": "never"})  # fmt: skip
    print(f"demo finished in {time.monotonic() - began:.1f} s")


if __name__ == "__main__":
    main()
