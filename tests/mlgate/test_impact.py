"""mlgate impact CONTRACT[:COLUMN]: the pipelines that validate against a contract and the
registered models validated under any version of it, on demand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mlgate.data.contract import parse_suite
from mlgate.errors import InputError
from mlgate.gitops.diff import load_specs
from mlgate.gitops.impact import contract_impact, contract_uses, locate_registry
from mlgate.models.registry import Registry
from tests.conftest import REPO, run_cli

NO_ENV_REGISTRY = {"MLGATE_REGISTRY": ""}
PIPELINES = ["mlgate-monitoring", "mlgate-reference", "team-data-check", "team-own-model"]


def _git(repo: Path, *args: str) -> None:
    who = ["-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run(["git", "-C", str(repo), *who, *args], check=True, capture_output=True)


def _push(registry: Path, model: str, sha: str, card: dict[str, Any] | None) -> None:
    files = {"model.skops": f"{model}{sha}{card}".encode()}
    if card is not None:
        files["card.json"] = json.dumps(card).encode()
    Registry(str(registry)).push(model, files, {"contract_sha256": sha})


def _contract(project: Path) -> Path:
    return project / "pipelines" / "contracts" / "breast_cancer.yaml"


def _sha(path: Path) -> str:
    return parse_suite(path.read_text(), str(path)).sha256


def test_the_compiled_specs_say_which_pipelines_validate_against_which_contract() -> None:
    uses = contract_uses(load_specs(REPO / "compiled").values())
    assert sorted((u.contract, u.pipeline, u.task) for u in uses) == [
        ("breast_cancer.yaml", "mlgate-monitoring", "validate-schema"),
        ("breast_cancer.yaml", "mlgate-reference", "validate-schema"),
        ("breast_cancer.yaml", "team-data-check", "validate-schema"),
        ("breast_cancer.yaml", "team-own-model", "validate-schema"),
        ("clinical_logs_redacted.yaml", "mlgate-reference", "validate-redacted-logs"),
        ("diabetes.yaml", "mlgate-diabetes", "validate-schema"),
    ]
    # The sha256 validation records is the one the compiled text gives (committed specs
    # are current: `mlgate compile --check` in CI).
    contract = REPO / "pipelines" / "contracts" / "breast_cancer.yaml"
    assert {u.sha256 for u in uses if u.contract == contract.name} == {_sha(contract)}


def test_impact_lists_pipelines_and_models_validated_under_the_contract(
    project: Path, tmp_path: Path
) -> None:
    registry = tmp_path / "registry"
    sha = _sha(_contract(project))
    _push(registry, "breast-cancer", sha, {"features": ["mean_radius"], "label": "target"})
    _push(registry, "diabetes", "0" * 64, None)  # validated under another contract
    result = run_cli(
        "--root",
        str(project),
        "impact",
        "breast_cancer",
        "--registry",
        str(registry),
        cwd=tmp_path,
        env=NO_ENV_REGISTRY,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "contract breast_cancer.yaml",
        f"  versions looked for: {sha[:12]} (the file)",
        "  pipelines that validate against it (4):",
        *(
            f"    {name} (task validate-schema; compiled with the current contract)"
            for name in PIPELINES
        ),
        f"  registered models validated under a version of it (1) in {registry}:",
        "    breast-cancer@1.0.0 (stages staging; validated under the current contract)",
    ]


def test_a_column_narrows_the_impact_to_what_reads_it(project: Path, tmp_path: Path) -> None:
    registry = tmp_path / "registry"
    sha = _sha(_contract(project))
    _push(registry, "reads-it", sha, {"features": ["mean_radius"], "label": "target"})
    _push(registry, "reads-other", sha, {"features": ["mean_texture"], "label": "target"})
    _push(registry, "no-card", sha, None)  # unknown: kept, a privacy question stays open
    impact = contract_impact(project, "breast_cancer.yaml:mean_radius", Registry(str(registry)))
    assert impact.column == "mean_radius"
    reads = {hit.pipeline: hit.reads for hit in impact.pipelines}
    assert set(reads) == set(PIPELINES)
    assert ("train-model", "feature: every column but the label") in reads["mlgate-reference"]
    assert ("detect-drift", "takes the whole table") in reads["mlgate-monitoring"]
    assert impact.models is not None
    assert [(m.model, m.reads("mean_radius")) for m in impact.models] == [
        ("no-card", "unknown (no readable model card)"),
        ("reads-it", "feature"),
    ]
    label = contract_impact(project, "breast_cancer:target", Registry(str(registry)))
    assert label.models is not None and {m.reads("target") for m in label.models} == {
        "label",
        "unknown (no readable model card)",
    }

    result = run_cli(
        "--root",
        str(project),
        "impact",
        "breast_cancer:mean_radius",
        "--format",
        "markdown",
        cwd=tmp_path,
        env=NO_ENV_REGISTRY,
    )
    assert result.returncode == 0, result.stderr
    assert "### contract `breast_cancer.yaml`, column `mean_radius`" in result.stdout
    assert "| pipeline | task | compiled with | read by |" in result.stdout
    assert (
        "| `mlgate-reference` | `validate-schema` | the current contract | "
        "`promoted/push-to-registry` (takes the whole table), "
        "`train-model` (feature: every column but the label) |"
    ) in result.stdout
    assert result.stdout.rstrip().endswith(
        "Registry not consulted: models validated under a version of it are not listed "
        "(give --registry URI, or set $MLGATE_REGISTRY)"
    )


def test_models_validated_under_an_older_committed_version_are_found(
    project: Path, tmp_path: Path
) -> None:
    contract = _contract(project)
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "first contract")
    first = _sha(contract)
    contract.write_text(
        contract.read_text().replace("row_count: {min: 100,", "row_count: {min: 50,")
    )
    _git(project, "commit", "-qam", "looser row count")  # compiled/ not recompiled: stale
    registry = tmp_path / "registry"
    _push(registry, "breast-cancer", first, {"features": ["mean_radius"], "label": "target"})

    impact = contract_impact(project, "breast_cancer", Registry(str(registry)))
    assert impact.versions[_sha(contract)] == "the file"
    assert impact.versions[first].startswith("commit ")
    assert impact.models is not None and [m.contract_sha256 for m in impact.models] == [first]
    # The compiled specs still hold the first version.
    assert {hit.sha256 for hit in impact.pipelines} == {first}
    out = run_cli(
        "--root", str(project), "impact", "breast_cancer", "--registry", str(registry)
    ).stdout
    assert f"compiled with an older version ({first[:12]}): recompile it" in out
    assert f"validated under {first[:12]} ({impact.versions[first]}): re-evaluate" in out


def test_the_default_registry_is_consulted_when_there_is_one(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert locate_registry(None) is None  # nothing at .mlgate/registry: not consulted
    _push(tmp_path / ".mlgate" / "registry", "bc", _sha(_contract(project)), None)
    found = locate_registry(None)
    assert found is not None and found.uri == ".mlgate/registry"
    with pytest.raises(InputError, match=r"is not an mlgate registry \(nothing there\)"):
        locate_registry(str(tmp_path / "elsewhere"))


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("no_such_contract", "no contract 'no_such_contract' in "),
        ("breast_cancer:no_such_column", "column 'no_such_column' is not declared by any version"),
        ("breast_cancer.drift.yaml", "not a data contract (no columns or expectations)"),
    ],
)
def test_bad_targets_are_exit_2_with_one_line(
    project: Path, tmp_path: Path, target: str, message: str
) -> None:
    result = run_cli("--root", str(project), "impact", target, cwd=tmp_path, env=NO_ENV_REGISTRY)
    assert result.returncode == 2 and result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rule_changes_are_named_by_column_for_contracts_and_suites() -> None:
    from mlgate.gitops.impact import _changed_rules

    old = {
        "name": "t",
        "columns": [{"name": "a", "type": "int"}, {"name": "b", "type": "int", "max": 3}],
        "primary_key": ["a"],
    }
    new = {**old, "columns": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}]}
    assert _changed_rules(old, new) == (("b",), ())
    assert _changed_rules(old, {**old, "primary_key": ["a", "b"]}) == (("a", "b"), ("primary_key",))
    # Only the order of the columns: the text (and sha256) moved, no rule did.
    assert _changed_rules(old, {**old, "columns": old["columns"][::-1]}) == ((), ())
    suite = {
        "name": "s",
        "expectations": [
            {
                "type": "expect_column_values_to_be_between",
                "kwargs": {"column": "x", "max_value": 1},
            },
            {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}},
        ],
    }
    looser = {
        **suite,
        "expectations": [
            {
                "type": "expect_column_values_to_be_between",
                "kwargs": {"column": "x", "max_value": 2},
            },
            {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 0}},
        ],
    }
    assert _changed_rules(suite, looser) == (
        ("x",),
        ("expectations.expect_table_row_count_to_be_between",),
    )
