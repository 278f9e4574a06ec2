"""Hostile compiled specs for ``mlgate lint`` and ``mlgate diff``: exit 2 (or 1 for a finding),
one line, no traceback, nothing planted echoed, no endless recursion, no secret printed."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tests.hostile.conftest import PLANT, Outcome, assert_refused, snapshot

SPEC = REPO / "compiled" / "mlgate-reference.yaml"
GOOD: dict[str, Any] = yaml.safe_load(SPEC.read_text())


def _spec(change: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    spec = copy.deepcopy(GOOD)
    change(spec)
    return spec


def _executor(spec: dict[str, Any], name: str = "exec-train-model") -> dict[str, Any]:
    return spec["deploymentSpec"]["executors"][name]["container"]


def _self_reference(spec: dict[str, Any]) -> None:
    dag = spec["components"]["comp-condition-2"]["dag"]["tasks"]
    dag["again"] = {"componentRef": {"name": "comp-condition-2"}, "taskInfo": {"name": "again"}}


def _mutual_reference(spec: dict[str, Any]) -> None:
    spec["components"]["comp-loop-b"] = {
        "dag": {
            "tasks": {
                "a": {"componentRef": {"name": "comp-condition-2"}, "taskInfo": {"name": "a"}}
            }
        }
    }
    dag = spec["components"]["comp-condition-2"]["dag"]["tasks"]
    dag["b"] = {"componentRef": {"name": "comp-loop-b"}, "taskInfo": {"name": "b"}}


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node = spec
        for part in parents:
            node = node[part]
        node[last] = value

    return change


def _param(name: str, default: Any, kind: str = "STRING") -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        spec["root"]["inputDefinitions"]["parameters"][name] = {
            "defaultValue": default,
            "isOptional": True,
            "parameterType": kind,
        }

    return change


# Specs that are not usable: both commands must say so with exit 2.
BROKEN: dict[str, Callable[[dict[str, Any]], Any] | str | bytes] = {
    "self-referencing DAG": _self_reference,
    "mutually recursive DAGs": _mutual_reference,
    "resources: lots": lambda s: _executor(s).update(resources="lots"),
    "resources: a list": lambda s: _executor(s).update(resources=["cpu", PLANT]),
    "resources: a number": lambda s: _executor(s).update(resources=7),
    "env: a string": lambda s: _executor(s).update(env=PLANT),
    "env item without name": lambda s: _executor(s).update(env=[{"value": PLANT}]),
    "env item a string": lambda s: _executor(s).update(env=[PLANT]),
    "task with unknown component": _set(
        "root/dag/tasks/train-model/componentRef/name", "comp-" + PLANT
    ),
    "task without componentRef": lambda s: s["root"]["dag"]["tasks"]["train-model"].pop(
        "componentRef"
    ),
    "tasks is a list": _set("root/dag/tasks", [PLANT]),
    "root is a string": _set("root", PLANT),
    "components is a list": _set("components", [PLANT]),
    "command is a number": lambda s: _executor(s).update(command=5),
    "artifact without type": lambda s: s["components"]["comp-train-model"]["inputDefinitions"][
        "artifacts"
    ]["dataset"].pop("artifactType"),
    "not YAML": "key: [unclosed\n  - " + PLANT,
    "a YAML list": yaml.safe_dump([PLANT]),
    "empty file": "",
    "a YAML scalar": PLANT,
    "missing pipelineInfo": yaml.safe_dump({"root": {}, "components": {}}),
    "binary file": b"\x00\xff\xfe" + PLANT.encode() + b"\x80",
}


def _write_case(tmp_path: Path, case: Callable[[dict[str, Any]], Any] | str | bytes) -> Path:
    path = tmp_path / "spec.yaml"
    if isinstance(case, bytes):
        path.write_bytes(case)
    elif isinstance(case, str):
        path.write_text(case)
    else:
        path.write_text(yaml.safe_dump(_spec(case), sort_keys=True))
    return path


@pytest.mark.parametrize("case", list(BROKEN))
def test_lint_refuses_a_broken_spec(tmp_path: Path, run: Callable[..., Outcome], case: str) -> None:
    path = _write_case(tmp_path, BROKEN[case])
    before = snapshot(tmp_path)
    outcome = run("lint", str(path))
    assert_refused(outcome, 2, says=str(path), before=before, after=snapshot(tmp_path))


@pytest.mark.parametrize("case", list(BROKEN))
def test_diff_refuses_a_broken_spec(tmp_path: Path, run: Callable[..., Outcome], case: str) -> None:
    path = _write_case(tmp_path, BROKEN[case])
    before = snapshot(tmp_path)
    outcome = run("diff", str(SPEC), str(path))
    assert_refused(outcome, 2, says=str(path), before=before, after=snapshot(tmp_path))


def test_a_self_referencing_dag_is_named(tmp_path: Path, run: Callable[..., Outcome]) -> None:
    outcome = run("lint", str(_write_case(tmp_path, BROKEN["self-referencing DAG"])))
    assert "comp-condition-2' contains itself" in outcome.err


# Secrets a spec must not carry: lint finds each (exit 1) and never prints it.
SECRETS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "STRUCT default, nested password": _param(
        "db", {"host": "db", "auth": {"password": PLANT}}, "STRUCT"
    ),
    "STRUCT default, token in a list": _param("cfg", {"items": [{"token": PLANT}]}, "STRUCT"),
    "JSON-string default": _param("settings", json.dumps({"api_key": PLANT})),
    "JSON-string list default": _param("hosts", json.dumps([f"https://user:{PLANT}@db.example"])),
    "URL with credentials": _param("source", f"https://user:{PLANT}@data.example/x.csv"),
    "postgres URL with credentials": _param("dsn", f"postgresql://app:{PLANT}@db:5432/x"),
    "short name db_pass": _param("db_pass", PLANT),
    "short name pwd": _param("pwd", PLANT),
    "short name api_key": _param("api_key", PLANT),
    "camelCase apiKey": _param("apiKey", PLANT),
    "name client-secret": _param("client-secret", PLANT),
    "name AUTH_TOKEN": _param("AUTH_TOKEN", PLANT),
    "password=... inside a string": _param("note", f"connect with password={PLANT}"),
    "AWS key id": _param("aws", "AKIA" + "Z" * 16 + PLANT),
    "env var DB_PASSWORD": lambda s: _executor(s).update(
        env=[{"name": "DB_PASSWORD", "value": PLANT}]
    ),
    "env var with URL credentials": lambda s: _executor(s).update(
        env=[{"name": "DATABASE_URL", "value": f"mysql://root:{PLANT}@db/x"}]
    ),
    "task constant JSON with secret": _set(
        "root/dag/tasks/gate-candidate/inputs/parameters/gate_spec",
        {"runtimeValue": {"constant": json.dumps({"floors": {}, "secret": PLANT})}},
    ),
}


@pytest.mark.parametrize("case", list(SECRETS))
def test_lint_finds_a_secret_and_never_shows_it(
    tmp_path: Path, run: Callable[..., Outcome], case: str
) -> None:
    path = _write_case(tmp_path, SECRETS[case])
    before = snapshot(tmp_path)
    outcome = run("lint", str(path), "--format", "json")
    assert_refused(outcome, 1, planted=(PLANT, PLANT[:12]), before=before, after=snapshot(tmp_path))
    rules = [finding["rule"] for finding in json.loads(outcome.out)]
    assert "MLG003" in rules


@pytest.mark.parametrize("case", list(SECRETS))
def test_diff_masks_a_secret_it_reports(
    tmp_path: Path, run: Callable[..., Outcome], case: str
) -> None:
    path = _write_case(tmp_path, SECRETS[case])
    for fmt in ("text", "markdown"):
        outcome = run("diff", str(SPEC), str(path), "--format", fmt, "--exit-code")
        assert_refused(outcome, 1, planted=(PLANT, PLANT[:12]))
        assert "***" in outcome.out


@pytest.mark.parametrize(
    "args",
    [
        ["lint", "/nonexistent/" + PLANT * 5],
        ["lint", "/"],  # a directory with no specs
        ["diff", str(SPEC)],
        ["diff", "/nonexistent", str(SPEC)],
        ["diff", str(SPEC), "/nonexistent"],
        ["diff", "--git", "no-such-ref-" + PLANT * 5],
        ["diff", "--git", "HEAD", str(SPEC), str(SPEC)],
        ["lint", "--format", "xml"],
        ["diff", "--format", "html", str(SPEC), str(SPEC)],
    ],
)
def test_bad_lint_and_diff_usage(run: Callable[..., Outcome], args: list[str]) -> None:
    assert_refused(run(*args), 2, planted=(PLANT * 5,))
