"""mlgate diff: what a reviewer needs to see, and nothing when nothing changed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from mlgate.data.contract import parse_suite
from mlgate.errors import InputError
from mlgate.gitops.diff import diff_paths, render
from mlgate.gitops.impact import diff_impact, render_impacts
from mlgate.gitops.specs import load_spec
from mlgate.models.registry import Registry
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


# -- the impact of a contract change: pipelines that validate against it, models to re-evaluate


def _git(repo: Path, *args: str) -> str:
    who = ["-c", "user.email=t@t", "-c", "user.name=t"]
    done = subprocess.run(["git", "-C", str(repo), *who, *args], check=True, capture_output=True)
    return done.stdout.decode()


def _push(registry: Path, model: str, contract_sha256: str, card: dict[str, Any] | None) -> None:
    files = {"model.skops": model.encode() + contract_sha256.encode()}
    if card is not None:
        files["card.json"] = json.dumps(card).encode()
    Registry(str(registry)).push(model, files, {"contract_sha256": contract_sha256})


def _sha(text: str) -> str:
    return parse_suite(text, "contract").sha256


def test_a_contract_change_in_a_pull_request_lists_the_pipelines_and_models_it_touches(
    project: Path, tmp_path: Path
) -> None:
    shutil.rmtree(project / "compiled" / "components")  # pipelines only: less to read
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "base")
    contract = project / "pipelines" / "contracts" / "breast_cancer.yaml"
    old = contract.read_text()
    registry = tmp_path / "registry"
    features = ["mean_radius", "mean_texture"]
    _push(registry, "breast-cancer", _sha(old), {"features": features, "label": "target"})
    _push(registry, "breast-cancer", _sha(old), {"features": ["mean_texture"], "label": "target"})
    _push(registry, "diabetes", "0" * 64, None)  # another contract: not touched
    Registry(str(registry)).promote("breast-cancer", "1.0.0", "prod", who="t", why="ok")

    # The pull request: one column's bound and the row count move; compiled/ follows.
    new = old.replace(
        "{name: mean_radius, type: float, min: 0, max: 50.0}",
        "{name: mean_radius, type: float, min: 0, max: 40.0}",
    ).replace("row_count: {min: 100,", "row_count: {min: 200,")
    assert new.count("40.0") == 1 + old.count("40.0") and "min: 200," in new
    contract.write_text(new)
    assert run_cli("--root", str(project), "compile").returncode == 0

    args = ["--root", str(project), "diff", "--git", "HEAD", "--format", "markdown"]
    env = {"MLGATE_REGISTRY": ""}
    result = run_cli(*args, "--registry", str(registry), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "| ~ | `task validate-schema input contract.columns[0].max` | `50.0` | `40.0` |" in out
    impact = out.split("## Impact of contract changes\n", 1)[1]
    assert impact.splitlines() == [
        "",
        f"### contract `breast_cancer.yaml` changed: sha256 `{_sha(old)[:12]}` -> "
        f"`{_sha(new)[:12]}`",
        "",
        "- rules changed for columns: `mean_radius`",
        "- table-level keys changed: `row_count`",
        "",
        "**Pipelines that validate against it (4)**",
        "",
        "| pipeline | task | compiled with |",
        "|---|---|---|",
        "| `mlgate-monitoring` | `validate-schema` | the new contract |",
        "| `mlgate-reference` | `validate-schema` | the new contract |",
        "| `team-data-check` | `validate-schema` | the new contract |",
        "| `team-own-model` | `validate-schema` | the new contract |",
        "",
        f"**Registered models validated under the old contract (2) in `{registry}`: "
        "these models need re-evaluation**",
        "",
        "| version | stages | reads changed columns |",
        "|---|---|---|",
        "| `breast-cancer@1.0.0` | staging, prod | `mean_radius` |",
        "| `breast-cancer@1.1.0` | staging | none of them |",
    ]

    # No registry given, none at the default place: pipelines only, and it says so.
    result = run_cli(*args, cwd=tmp_path, env=env)
    assert result.returncode == 0
    assert "| `team-own-model` | `validate-schema` | the new contract |" in result.stdout
    assert result.stdout.rstrip().endswith(
        "Registry not consulted: models validated under the old contract are not listed "
        "(give --registry URI, or set $MLGATE_REGISTRY)"
    )
    # $MLGATE_REGISTRY names it as well as --registry does.
    via_env = run_cli(*args, cwd=tmp_path, env={"MLGATE_REGISTRY": str(registry)})
    assert via_env.stdout == out

    # A registry that was named must be one: an all-clear from a typo would be false.
    wrong = run_cli(*args, "--registry", str(tmp_path / "nowhere"), cwd=tmp_path, env=env)
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "is not an mlgate registry (nothing there)" in wrong.stderr


def test_a_pipeline_left_on_the_old_contract_is_told_to_recompile(tmp_path: Path) -> None:
    spec = _spec()
    params = spec["root"]["dag"]["tasks"]["validate-schema"]["inputs"]["parameters"]
    old = params["contract"]["runtimeValue"]["constant"]
    contract = yaml.safe_load(old)
    contract["checks"][0]["or_equal"] = False  # worst_radius >= mean_radius becomes >
    contract["description"] = "stricter"
    params["contract"]["runtimeValue"]["constant"] = yaml.safe_dump(contract)
    new = _write(tmp_path / "new.yaml", spec)
    # Only mlgate-reference was recompiled; the repository's other users still hold the old.
    [impact] = diff_impact(SPEC, new, REPO / "compiled", None)
    assert impact.change is not None
    assert impact.change.columns == ("mean_radius", "worst_radius")
    assert impact.change.table_rules == ("checks", "description")
    assert impact.change.changed_in == ("mlgate-reference validate-schema",)
    text = render_impacts([impact])
    assert "  rules changed for columns: mean_radius, worst_radius\n" in text
    assert "    mlgate-reference (task validate-schema; compiled with the new contract)\n" in text
    assert (
        "    team-own-model (task validate-schema; compiled with the old contract: recompile it)\n"
        in text
    )
    assert "mlgate-diabetes" not in text  # another contract
    assert impact.models is None and "registry not consulted" in text


def test_specs_without_a_contract_change_have_no_impact_section(tmp_path: Path) -> None:
    spec = _spec()
    spec["root"]["inputDefinitions"]["parameters"]["min_f1"]["defaultValue"] = 0.95
    assert diff_impact(SPEC, _write(tmp_path / "new.yaml", spec), REPO / "compiled", None) == []
