"""mlgate diff: what a reviewer needs to see, and nothing when nothing changed."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from mlgate.errors import InputError
from mlgate.gitops.diff import diff_paths, render
from mlgate.gitops.specs import load_spec
from tests.conftest import REPO, run_cli

SPEC = REPO / "compiled" / "mlgate-reference.yaml"


def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())


def _write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def _lines(old: Path, new: Path) -> list[str]:
    return [f"{c.kind} {c.what}: {c.before} -> {c.after}" for c in diff_paths(old, new)]


def test_identical_specs_print_nothing_and_exit_0(tmp_path: Path) -> None:
    reordered = _write(tmp_path / "same.yaml", _spec())  # another key order, same spec
    result = run_cli("diff", str(SPEC), str(reordered))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_moved_gate_threshold_reads_as_one_leaf(tmp_path: Path) -> None:
    spec = _spec()
    params = spec["root"]["dag"]["tasks"]["gate-candidate"]["inputs"]["parameters"]
    params["gate_spec"]["runtimeValue"]["constant"] = params["gate_spec"]["runtimeValue"][
        "constant"
    ].replace('"roc_auc":0.95', '"roc_auc":0.9')
    assert _lines(SPEC, _write(tmp_path / "new.yaml", spec)) == [
        "changed task gate-candidate input gate_spec.floors.roc_auc: 0.95 -> 0.9"
    ]


def test_a_contract_rule_change_inside_yaml_text_is_named(tmp_path: Path) -> None:
    spec = _spec()
    params = spec["root"]["dag"]["tasks"]["validate-schema"]["inputs"]["parameters"]
    contract = yaml.safe_load(params["contract"]["runtimeValue"]["constant"])
    contract["row_count"]["min"] = 10
    params["contract"]["runtimeValue"]["constant"] = yaml.safe_dump(contract)
    lines = _lines(SPEC, _write(tmp_path / "new.yaml", spec))
    assert len(lines) == 1 and lines[0].startswith(
        "changed task validate-schema input contract.row_count.min: "
    )
    assert lines[0].endswith("-> 10")


def test_tasks_edges_images_caching_resources_and_defaults(tmp_path: Path) -> None:
    spec = _spec()
    tasks = spec["root"]["dag"]["tasks"]
    del tasks["evaluate-model"]
    tasks["load-dataset"]["cachingOptions"] = {}
    spec["root"]["inputDefinitions"]["parameters"]["min_f1"]["defaultValue"] = 0.9
    for executor in spec["deploymentSpec"]["executors"].values():
        executor["container"]["image"] = "reg/mlgate@sha256:" + "1" * 64
    spec["deploymentSpec"]["executors"]["exec-load-dataset"]["container"]["resources"] = {
        "cpuRequest": 7.0
    }
    lines = _lines(SPEC, _write(tmp_path / "new.yaml", spec))
    before = load_spec(SPEC).tasks
    new_image = "reg/mlgate@sha256:" + "1" * 64
    # One line per distinct image change, listing the tasks that share it.
    groups: dict[str | None, list[str]] = {}
    for path in sorted(set(before) - {"evaluate-model"}):
        groups.setdefault(before[path].image, []).append(path)
    images = [
        f"changed image of {f'{len(p)} tasks ({p[0]}, ...)' if len(p) > 3 else ', '.join(p)}: {old} -> {new_image}"
        for old, p in groups.items()
    ]
    assert len(images) == 2  # the runtime image, and the redaction image of one task
    assert lines == [
        "changed parameter min_f1: NUMBER_DOUBLE = 0.87 -> NUMBER_DOUBLE = 0.9",
        "removed task evaluate-model: evaluate-model -> None",
        "removed edge train-model -> evaluate-model: None -> None",
        "changed task load-dataset caching: on -> off",
        "added task load-dataset resources.cpuRequest: None -> 7.0",
        *images,
    ]


def test_component_source_change_is_summarised_with_an_optional_unified_diff(
    tmp_path: Path,
) -> None:
    spec = _spec()
    command = spec["deploymentSpec"]["executors"]["exec-train-model"]["container"]["command"]
    command[3] = command[3].replace("def train_model(", "# tuned\ndef train_model(")
    new = _write(tmp_path / "new.yaml", spec)
    changes = diff_paths(SPEC, new)
    assert [(c.what, c.after) for c in changes] == [("task train-model source", "+1 -0 lines")]
    assert "+# tuned" not in render(changes)
    assert "+# tuned" in render(changes, source=True)
    markdown = render(changes, markdown=True, source=True)
    assert "| ~ | `task train-model source` |  | `+1 -0 lines` |" in markdown
    assert "```diff" in markdown and "+# tuned" in markdown


def test_directories_report_added_and_removed_pipelines(tmp_path: Path) -> None:
    spec = _spec()
    _write(tmp_path / "old" / "a.yaml", spec)
    spec["pipelineInfo"]["name"] = "team-pipeline"
    _write(tmp_path / "new" / "b.yaml", spec)
    assert _lines(tmp_path / "old", tmp_path / "new") == [
        f"removed pipeline: {tmp_path / 'old' / 'a.yaml'} -> None",
        f"added pipeline: None -> {tmp_path / 'new' / 'b.yaml'}",
    ]


def test_markdown_output_is_a_pr_comment(tmp_path: Path) -> None:
    spec = _spec()
    spec["root"]["inputDefinitions"]["parameters"]["min_f1"]["defaultValue"] = 0.95
    result = run_cli(
        "diff", str(SPEC), str(_write(tmp_path / "new.yaml", spec)), "--format", "markdown"
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[:6] == [
        "## mlgate diff: 1 change(s) in 1 pipeline(s)",
        "",
        "### `mlgate-reference`",
        "",
        "| | change | before | after |",
        "|---|---|---|---|",
    ]
    assert (
        "| ~ | `parameter min_f1` | `NUMBER_DOUBLE = 0.87` | `NUMBER_DOUBLE = 0.95` |"
        in result.stdout
    )


def test_git_ref_compares_compiled_at_that_commit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _write(repo / "compiled" / "mlgate-reference.yaml", _spec())

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", ".")
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "spec")
    assert run_cli("--root", str(repo), "diff", "--git", "HEAD").stdout == ""
    spec = _spec()
    spec["root"]["inputDefinitions"]["parameters"]["min_f1"]["defaultValue"] = 0.5
    _write(repo / "compiled" / "mlgate-reference.yaml", spec)
    result = run_cli("--root", str(repo), "diff", "--git", "HEAD", "--exit-code")
    assert result.returncode == 1
    assert result.stdout == (
        "pipeline mlgate-reference\n  ~ parameter min_f1: NUMBER_DOUBLE = 0.87 -> NUMBER_DOUBLE = 0.5\n"
    )
    unknown = run_cli("--root", str(repo), "diff", "--git", "no-such-ref")
    assert unknown.returncode == 2
    assert "no-such-ref" in unknown.stderr and "Traceback" not in unknown.stderr


def test_a_corrupted_yaml_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("pipelineInfo: {name: x\nroot: [")
    result = run_cli("diff", str(SPEC), str(bad))
    assert result.returncode == 2
    assert f"{bad}: not valid YAML at line" in result.stderr
    with pytest.raises(InputError, match="not valid YAML"):
        diff_paths(bad, SPEC)


def test_diff_without_operands_is_a_usage_error() -> None:
    result = run_cli("diff")
    assert result.returncode == 2
    assert "needs OLD NEW" in result.stderr
