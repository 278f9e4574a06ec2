"""mlgate lint: each rule fires on a purpose-built bad spec, and the committed specs are clean."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mlgate.errors import InputError
from mlgate.gitops.lint import RULES, LintConfig, lint_paths, load_lint_config
from tests.conftest import REPO, run_cli

SPEC = REPO / "compiled" / "mlgate-reference.yaml"
DIGEST = "sha256:" + "ab" * 32


def _good() -> dict[str, Any]:
    """The committed spec with every rule satisfied (pinned image, resources set)."""
    spec = yaml.safe_load(SPEC.read_text())
    for executor in spec["deploymentSpec"]["executors"].values():
        executor["container"]["image"] = "registry.example/mlgate/python-runtime@" + DIGEST
        executor["container"]["resources"] = {"cpuRequest": 1.0, "memoryRequest": 2.0}
    return spec


def _write(tmp_path: Path, spec: dict[str, Any], name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, sort_keys=True))
    return path


def _rules(
    tmp_path: Path, spec: dict[str, Any], config: LintConfig | None = None
) -> list[tuple[str, str]]:
    findings = lint_paths(
        _write(tmp_path, spec), config or LintConfig(require_resources=["train-model"])
    )
    return [(f.rule, f.location) for f in findings]


def test_a_spec_that_follows_every_rule_has_no_findings(tmp_path: Path) -> None:
    assert _rules(tmp_path, _good()) == []


def test_unpinned_image_is_mlg001(tmp_path: Path) -> None:
    spec = _good()
    spec["deploymentSpec"]["executors"]["exec-train-model"]["container"]["image"] = "python:3.11"
    assert _rules(tmp_path, spec) == [("MLG001", "train-model")]


def test_a_local_image_id_is_not_a_pin(tmp_path: Path) -> None:
    spec = _good()
    spec["deploymentSpec"]["executors"]["exec-load-dataset"]["container"]["image"] = (
        "mlgate/python-runtime:0.1.0"
    )
    assert _rules(tmp_path, spec) == [("MLG001", "load-dataset")]


def test_runtime_pip_install_is_mlg002(tmp_path: Path) -> None:
    spec = _good()
    container = spec["deploymentSpec"]["executors"]["exec-gate-candidate"]["container"]
    container["command"][2] = "python3 -m pip install --quiet pandas && " + container["command"][2]
    assert _rules(tmp_path, spec) == [("MLG002", "gate-candidate")]


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("default", "AKIAIOSFODNN7EXAMPLE"),
        ("default", "postgres://admin:hunter22@db:5432/x"),
        ("env", "ghp_" + "a1B2" * 9),
        ("env", "-----BEGIN RSA PRIVATE KEY-----\nMIIE..."),
        ("constant", "api_key=sk-live-0123456789"),
    ],
)
def test_plaintext_secrets_are_mlg003_and_never_echoed(
    tmp_path: Path, where: str, value: str
) -> None:
    spec = _good()
    if where == "default":
        spec["root"]["inputDefinitions"]["parameters"]["source"]["defaultValue"] = value
        location = "parameter source"
    elif where == "env":
        spec["deploymentSpec"]["executors"]["exec-train-model"]["container"]["env"] = [
            {"name": "GH", "value": value}
        ]
        location = "train-model env GH"
    else:
        spec["root"]["dag"]["tasks"]["gate-candidate"]["inputs"]["parameters"]["gate_spec"] = {
            "runtimeValue": {"constant": value}
        }
        location = "gate-candidate input gate_spec"
    findings = lint_paths(_write(tmp_path, spec), LintConfig())
    assert [(f.rule, f.location) for f in findings] == [("MLG003", location)]
    assert value not in str(findings[0]) and value[6:] not in str(findings[0])


def test_a_parameter_named_like_a_secret_with_a_default_is_mlg003(tmp_path: Path) -> None:
    spec = _good()
    spec["root"]["inputDefinitions"]["parameters"]["db_password"] = {
        "defaultValue": "letmein",
        "isOptional": True,
        "parameterType": "STRING",
    }
    assert _rules(tmp_path, spec) == [("MLG003", "parameter db_password")]
    allowed = LintConfig(require_resources=["train-model"], allow_secret_names=["db_password"])
    assert _rules(tmp_path, spec, allowed) == []


def test_cached_gate_and_push_are_mlg004(tmp_path: Path) -> None:
    spec = _good()
    spec["root"]["dag"]["tasks"]["gate-candidate"]["cachingOptions"] = {"enableCache": True}
    branch = spec["components"]["comp-condition-2"]["dag"]["tasks"]["push-to-registry"]
    branch["cachingOptions"] = {"enableCache": True}
    assert _rules(tmp_path, spec) == [
        ("MLG004", "gate-candidate"),
        ("MLG004", "promoted/push-to-registry"),
    ]


def test_training_on_unvalidated_data_is_mlg005(tmp_path: Path) -> None:
    spec = _good()
    train = spec["root"]["dag"]["tasks"]["train-model"]
    train["dependentTasks"] = ["load-dataset", "redact-clinical-logs"]
    train["inputs"]["artifacts"]["dataset"] = {
        "taskOutputArtifact": {"outputArtifactKey": "dataset", "producerTask": "load-dataset"}
    }
    assert _rules(tmp_path, spec) == [("MLG005", "train-model")]


def test_missing_resources_where_configured_is_mlg006(tmp_path: Path) -> None:
    spec = _good()
    spec["deploymentSpec"]["executors"]["exec-train-model"]["container"]["resources"] = {
        "cpuRequest": 1.0
    }
    findings = lint_paths(_write(tmp_path, spec), LintConfig(require_resources=["train-model"]))
    assert [(f.rule, f.location) for f in findings] == [("MLG006", "train-model")]
    assert "no memory request/limit" in findings[0].message


def test_disabled_rules_stay_quiet(tmp_path: Path) -> None:
    spec = _good()
    spec["deploymentSpec"]["executors"]["exec-train-model"]["container"]["image"] = "python:3.11"
    assert _rules(tmp_path, spec, LintConfig(disable=["MLG001"])) == []


def test_config_comes_from_pyproject_and_rejects_unknown_keys_and_rules(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mlgate.lint]\ndisable = ["MLG004"]\nrequire_resources = ["x"]\n'
    )
    assert load_lint_config(tmp_path) == LintConfig(disable=["MLG004"], require_resources=["x"])
    (tmp_path / "pyproject.toml").write_text('[tool.mlgate.lint]\ndisabled = ["MLG004"]\n')
    with pytest.raises(
        InputError, match=r"\[tool.mlgate.lint\]: disabled: Extra inputs are not permitted"
    ):
        load_lint_config(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.mlgate.lint]\ndisable = ["MLG999"]\n')
    with pytest.raises(InputError, match=r"unknown rule\(s\) \['MLG999'\]"):
        load_lint_config(tmp_path)


def test_cli_lint_is_clean_on_the_committed_specs() -> None:
    result = run_cli("lint", "compiled")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "no findings"


def test_cli_lint_json_lists_every_rule_on_the_bad_spec(tmp_path: Path) -> None:
    spec = _good()
    executors = spec["deploymentSpec"]["executors"]
    executors["exec-train-model"]["container"]["image"] = "python:3.11"
    executors["exec-train-model"]["container"]["resources"] = {}
    executors["exec-gate-candidate"]["container"]["command"][2] = (
        "pip install x\n" + executors["exec-gate-candidate"]["container"]["command"][2]
    )
    spec["root"]["inputDefinitions"]["parameters"]["registry"]["defaultValue"] = (
        "gs://u:sekrit99@bucket/x"
    )
    spec["root"]["dag"]["tasks"]["gate-candidate"]["cachingOptions"] = {"enableCache": True}
    train = spec["root"]["dag"]["tasks"]["train-model"]
    train["dependentTasks"] = ["load-dataset"]
    train["inputs"]["artifacts"]["dataset"]["taskOutputArtifact"]["producerTask"] = "load-dataset"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mlgate.lint]\nrequire_resources = ["train-model"]\n'
    )
    _write(tmp_path, spec, "bad.yaml")
    result = run_cli(
        "--root", str(tmp_path), "lint", str(tmp_path / "bad.yaml"), "--format", "json"
    )
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    assert sorted({f["rule"] for f in findings}) == sorted(RULES)
    assert all(f["file"].endswith("bad.yaml") and f["message"] for f in findings)
    assert "sekrit99" not in result.stdout


def test_cli_lint_rejects_a_corrupted_yaml_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text(SPEC.read_text()[:5000] + "\n  - : [unclosed\n")
    result = run_cli("lint", str(bad))
    assert result.returncode == 2
    assert f"{bad}: not valid YAML at line" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_lint_rejects_yaml_that_is_not_a_pipeline(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("apiVersion: v1\nkind: ConfigMap\n")
    result = run_cli("lint", str(other))
    assert result.returncode == 2
    assert "not a compiled KFP pipeline spec" in result.stderr


def test_lint_of_a_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.yaml: no such file or directory"):
        lint_paths(tmp_path / "nowhere.yaml", LintConfig())
