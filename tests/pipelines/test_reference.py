"""The reference pipeline run end to end through kfp.local, and `mlgate run`'s contract."""

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from mlgate.data.profile import PROFILE_FILE, Profile
from mlgate.errors import InputError
from mlgate.gitops.image_lock import load_image_lock
from mlgate.gitops.project import find_pipeline
from mlgate.local_run import RunResult, parse_params, run_pipeline
from mlgate.models.registry import Registry
from tests.conftest import REPO, run_cli

TYPED = """
from kfp import dsl
from mlgate.components.load_dataset.component import load_dataset

@dsl.pipeline(name="typed")
def typed(source: str, limit: int = 3, ratio: float = 0.5, strict: bool = True,
          columns: list = [], options: dict = {}) -> None:
    load_dataset(source=source)
"""


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunResult]:
    """One run of the reference pipeline with its defaults (shards=1), shared by two tests."""
    tmp_path = tmp_path_factory.mktemp("reference")
    ref = find_pipeline(REPO, "mlgate-reference")
    result = run_pipeline(
        ref, {"registry": str(tmp_path / "registry"), "git_commit": "abc123"}, tmp_path / "runs"
    )
    return tmp_path, result


def test_reference_pipeline_runs_locally(reference_run: tuple[Path, RunResult]) -> None:
    tmp_path, result = reference_run
    registry = tmp_path / "registry"
    assert result.exit_code == 0
    tasks = {task.name: task for task in result.tasks}
    assert {name: task.status for name, task in tasks.items()} == {
        name: "SUCCESS"
        for name in (
            "load-dataset",
            "validate-schema",
            "plan-log-shards",
            "score-redaction-engine",
            "redact-log-shard",
            "redact-clinical-logs",  # the merge, which publishes the redacted logs
            "validate-redacted-logs",
            "train-model",
            "evaluate-model",
            "gate-candidate",
            "push-to-registry",
        )
    }
    assert tasks["gate-candidate"].parameters["Output"] == "promote"
    assert tasks["push-to-registry"].parameters["Output"] == "1.0.0"
    [dataset] = tasks["load-dataset"].artifacts
    data = Path(dataset.uri).read_bytes()
    assert dataset.metadata["sha256"] == hashlib.sha256(data).hexdigest()
    assert pd.read_parquet(dataset.uri).shape == (569, 31)
    validated = {a.name: a for a in tasks["validate-schema"].artifacts}
    assert Path(validated["validated"].uri).read_bytes() == data
    assert validated["metrics"].metadata["rules_failed"] == 0
    assert '<span class="verdict-passed">passed</span>' in Path(validated["report"].uri).read_text()
    assert result.run_dir.parent == (tmp_path / "runs").resolve()

    lineage = Registry(str(registry)).manifest("breast-cancer", "1.0.0").lineage
    model = {a.name: a for a in tasks["train-model"].artifacts}["model"]
    assert lineage["model_sha256"] == model.metadata["model_sha256"]
    assert lineage["data_sha256"] == lineage["dataset_sha256"] == dataset.metadata["sha256"]
    assert lineage["contract_sha256"] == validated["validated"].metadata["contract_sha256"]
    assert lineage["git_commit"] == "abc123" and lineage["git_dirty"] is False
    assert lineage["image"] == load_image_lock().reference  # the runtime image, pinned
    assert lineage["run_id"] == result.run_dir.name
    assert lineage["gate_decision"] == "promote" and lineage["metrics"]["roc_auc"] > 0.95
    # The pushed profile carries the candidate's scores on its held-out rows (eval_data).
    profile = Profile.model_validate_json(
        Registry(str(registry)).read_file("breast-cancer", "1.0.0", PROFILE_FILE)
    )
    assert profile.scores is not None
    eval_data = {a.name: a for a in tasks["train-model"].artifacts}["eval_data"]
    assert profile.scores.count == len(pd.read_parquet(eval_data.uri)) < profile.rows


def test_two_shards_publish_what_one_does(
    tmp_path: Path, reference_run: tuple[Path, RunResult]
) -> None:
    _, one = reference_run
    ref = find_pipeline(REPO, "mlgate-reference")
    two = run_pipeline(
        ref, {"registry": str(tmp_path / "registry"), "shards": 2}, tmp_path / "runs"
    )
    assert two.exit_code == 0, two.error
    tasks = {task.name: task for task in two.tasks}
    assert all(task.status == "SUCCESS" for task in two.tasks)
    plan = tasks["plan-log-shards"].parameters["Output"]
    assert [int(shard["index"]) for shard in plan] == [0, 1]
    merged, single = (
        {a.name: a for a in {t.name: t for t in run.tasks}["redact-clinical-logs"].artifacts}
        for run in (two, one)
    )
    data = Path(merged["redacted"].uri).read_bytes()
    assert data == Path(single["redacted"].uri).read_bytes()
    for name in ("report", "report_html"):
        assert Path(merged[name].uri).read_bytes() == Path(single[name].uri).read_bytes()
    assert merged["metrics"].metadata == single["metrics"].metadata
    assert (merged["redacted"].metadata["shards"], single["redacted"].metadata["shards"]) == (2, 1)
    # Each shard ran in its own task, on its own rows; joined in order they are the output.
    shards = sorted(two.run_dir.glob("for-loop-*-iteration-*/redact-log-shard/redacted"))
    assert len(shards) == 2 and all(p.stat().st_size > 0 for p in shards)
    assert b"".join(p.read_bytes() for p in shards) == data


def test_the_shards_wait_for_the_score_and_one_task_merges_them() -> None:
    import yaml

    from mlgate.gitops.image_lock import load_image_lock

    text = (REPO / "compiled" / "mlgate-reference.yaml").read_text()
    spec = next(d for d in yaml.safe_load_all(text) if "deploymentSpec" in d)
    tasks = spec["root"]["dag"]["tasks"]
    [loop] = [name for name in tasks if name.startswith("for-loop-")]
    # The fan-out is over the planning task's output: the number of shards is a run parameter.
    items = tasks[loop]["parameterIterator"]["items"]["inputParameter"]
    assert tasks[loop]["inputs"]["parameters"][items]["taskOutputParameter"]["producerTask"] == (
        "plan-log-shards"
    )
    assert {"plan-log-shards", "score-redaction-engine"} <= set(tasks[loop]["dependentTasks"])
    assert list(spec["components"][f"comp-{loop}"]["dag"]["tasks"]) == ["redact-log-shard"]
    merge = tasks["merge-redacted-logs"]
    assert merge["taskInfo"]["name"] == "redact-clinical-logs"
    assert merge["inputs"]["artifacts"]["shards"]["taskOutputArtifact"]["producerTask"] == loop
    assert merge["inputs"]["artifacts"]["evaluation"]["taskOutputArtifact"]["producerTask"] == (
        "score-redaction-engine"
    )
    validate = next(t for t in tasks.values() if t["taskInfo"]["name"] == "validate-redacted-logs")
    assert validate["dependentTasks"] == ["merge-redacted-logs"]
    redaction = load_image_lock(image="redaction").reference
    images = {k: e["container"]["image"] for k, e in spec["deploymentSpec"]["executors"].items()}
    assert {k for k, image in images.items() if image == redaction} == {
        "exec-score-redaction-engine",
        "exec-redact-log-shard",
    }


def test_worse_candidate_is_rejected_and_nothing_is_pushed(tmp_path: Path) -> None:
    import numpy as np

    from mlgate.data.tables import read_table

    shuffled = read_table("sample:breast_cancer")
    shuffled["target"] = np.random.default_rng(0).permutation(shuffled["target"].to_numpy())
    shuffled.to_csv(tmp_path / "shuffled.csv", index=False)
    registry = tmp_path / "registry"
    result = run_cli(
        "run",
        "reference",
        "--param",
        f"source={tmp_path / 'shuffled.csv'}",
        "--param",
        f"registry={registry}",
        "--workdir",
        str(tmp_path / "runs"),
    )
    assert result.returncode == 0, result.stderr
    assert "Output = reject" in result.stdout
    assert "push-to-registry" not in result.stdout
    [report] = (tmp_path / "runs").glob("*/gate-candidate/report")
    assert "# Gate decision: **reject**" in report.read_text()
    assert "failed: floor roc_auc" in result.stdout
    assert Registry(str(registry)).versions("breast-cancer") == []


def test_reference_pipeline_halts_on_a_corrupted_copy(tmp_path: Path) -> None:
    from mlgate.data.tables import read_table

    corrupted = read_table("sample:breast_cancer")
    corrupted.loc[10, "mean_area"] = -1.0
    corrupted.to_csv(tmp_path / "corrupted.csv", index=False)
    result = run_cli(
        "run",
        "reference",
        "--param",
        f"source={tmp_path / 'corrupted.csv'}",
        "--param",
        f"registry={tmp_path / 'registry'}",
        "--workdir",
        str(tmp_path / "runs"),
    )
    assert result.returncode == 1
    assert "validate-schema: FAILURE" in result.stdout
    assert "train-model: NOT RUN" in result.stdout
    assert not (tmp_path / "registry").exists()
    assert "CheckFailed: contract 'breast_cancer' FAILED" in result.stdout
    assert "columns.mean_area.range" in result.stdout
    assert not list((tmp_path / "runs").glob("*/validate-schema/validated"))


def test_cli_run_prints_tasks_and_artifacts(tmp_path: Path) -> None:
    csv = tmp_path / "in.csv"
    csv.write_text("a,b\n1,2\n")
    result = run_cli("run", "reference", "--param", f"source={csv}", "--workdir", str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "load-dataset: SUCCESS" in result.stdout
    assert "rows: 1" in result.stdout
    assert "validate-schema: FAILURE" in result.stdout  # two columns are not the demo table
    assert f"dataset: {tmp_path}" in result.stdout


def test_task_failing_on_bad_input_exits_2_and_leaves_no_artifact(tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("a,b\n1,2,3\n")
    result = run_cli(
        "run", "mlgate-reference", "--param", f"source={csv}", "--workdir", str(tmp_path)
    )
    assert result.returncode == 2
    assert "load-dataset: FAILURE" in result.stdout
    assert f"InputError: {csv}: malformed CSV" in result.stdout
    # stderr names the cause, not kfp's "Inner task failed".
    assert f"task load-dataset failed: InputError: {csv}: malformed CSV" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("mlgate-reference-*/load-dataset/dataset"))


def test_missing_source_exits_2_before_any_task_runs(tmp_path: Path) -> None:
    result = run_cli(
        "run", "reference", "--param", "source=/no/such.csv", "--workdir", str(tmp_path)
    )
    assert result.returncode == 2
    assert "--param source='/no/such.csv': no such file" in result.stderr
    assert not any(tmp_path.iterdir())  # checked up front: no task ran


def test_unknown_pipeline_exits_2(tmp_path: Path) -> None:
    result = run_cli("run", "nope", "--workdir", str(tmp_path))
    assert result.returncode == 2
    assert "unknown pipeline 'nope'" in result.stderr
    assert not any(tmp_path.iterdir())


def test_params_are_typed_by_the_signature(project: Path) -> None:
    (project / "pipelines" / "typed.py").write_text(TYPED)
    ref = find_pipeline(project, "typed")
    args = parse_params(
        ref,
        [
            "source=x.csv",
            "limit=7",
            "ratio=1e-3",
            "strict=False",
            "columns=[1]",
            'options={"k": 2}',
        ],
    )
    assert args == {
        "source": "x.csv",
        "limit": 7,
        "ratio": 0.001,
        "strict": False,
        "columns": [1],
        "options": {"k": 2},
    }


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (
            ["source=x", "limit=seven"],
            r"--param limit='seven': not a valid Integer \(for example limit=3\)",
        ),
        (["source=x", "ratio=half"], "--param ratio='half': not a valid Float"),
        (["source=x", "strict=yes"], "--param strict='yes': not a valid Boolean"),
        (["source=x", "columns={}"], "--param columns='{}': not a valid List"),
        (
            ["source=x", "lmit=3"],
            r"--param lmit: pipeline 'typed' has no such parameter; "
            r"it takes: source \(String\), limit \(Integer\)",
        ),
        (["source"], "--param 'source': expected NAME=VALUE"),
        (["limit=3"], "pipeline 'typed' needs --param for: source"),
    ],
)
def test_bad_params_are_named(project: Path, pairs: list[str], message: str) -> None:
    (project / "pipelines" / "typed.py").write_text(TYPED)
    with pytest.raises(InputError, match=message):
        parse_params(find_pipeline(project, "typed"), pairs)


def test_cli_rejects_mistyped_param_before_running(project: Path, tmp_path: Path) -> None:
    (project / "pipelines" / "typed.py").write_text(TYPED)
    workdir = tmp_path / "runs"
    result = run_cli(
        "--root",
        str(project),
        "run",
        "typed",
        "--param",
        "source=x",
        "--param",
        "limit=1.5",
        "--workdir",
        str(workdir),
    )
    assert result.returncode == 2
    assert "--param limit='1.5': not a valid Integer" in result.stderr
    assert not workdir.exists()
