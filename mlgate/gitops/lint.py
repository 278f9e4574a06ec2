"""Policy checks on compiled pipeline specs (``mlgate lint``).

Each rule has a stable id, so CI output, suppressions in ``pyproject.toml`` and
this table stay in step:

========  =====================  ==================================================
MLG001    image-not-pinned       every executor image is ``name@sha256:...``
MLG002    runtime-install        no ``pip install`` / ``packages_to_install`` at run time
MLG003    plaintext-secret       no key-like strings, tokens or passwords in defaults,
                                 constants or env
MLG004    cached-gate            evaluate, gate and push tasks run with caching off
MLG005    unvalidated-training   a schema validation task runs upstream of training
MLG006    missing-resources      tasks named in ``require_resources`` set cpu and memory
========  =====================  ==================================================

A component compiled alone (``compiled/components/<name>.yaml``) is held to the rules
about the task itself (MLG001-003); caching, upstream validation and resources (MLG004-006)
are decided where a pipeline wires it, and are checked there.

Configuration (all optional) lives in ``[tool.mlgate.lint]`` of the project's
``pyproject.toml``; see ``LintConfig``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from mlgate.errors import InputError, describe_validation_error
from mlgate.gitops.secret_scan import MASK, find_secrets
from mlgate.gitops.specs import Spec, Task, load_spec, spec_files

__all__ = ["RULES", "Finding", "LintConfig", "lint_paths", "lint_spec", "load_lint_config"]

RULES = {
    "MLG001": "image-not-pinned",
    "MLG002": "runtime-install",
    "MLG003": "plaintext-secret",
    "MLG004": "cached-gate",
    "MLG005": "unvalidated-training",
    "MLG006": "missing-resources",
}


class LintConfig(BaseModel):
    """``[tool.mlgate.lint]``: which rules run and which components they concern."""

    model_config = ConfigDict(extra="forbid")

    disable: list[str] = []
    # Components (as compiled: dashes) whose outputs must never come from the cache.
    uncached_components: list[str] = [
        "evaluate-model",
        "gate-candidate",
        "push-to-registry",
        "detect-drift",
        "compare-shadow",
    ]
    training_components: list[str] = ["train-model"]
    validation_components: list[str] = ["validate-schema"]
    # Components that must request cpu and memory (a cluster schedules them with care).
    require_resources: list[str] = []
    # Parameter names that look like secrets but are not (e.g. "token_budget").
    allow_secret_names: list[str] = []


@dataclass(frozen=True)
class Finding:
    """One rule broken at one place: ``location`` is a task path or a parameter."""

    rule: str
    name: str
    file: str
    location: str
    message: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.file}: {self.rule} [{self.name}] {self.location}: {self.message}"


def load_lint_config(root: Path) -> LintConfig:
    """Reads ``[tool.mlgate.lint]`` from ``root/pyproject.toml`` (defaults when absent).

    Raises:
        InputError: the table has an unknown key, a wrong type, or an unknown rule id.
    """
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return LintConfig()
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{pyproject}: not valid TOML ({exc})") from None
    section = table.get("tool", {}).get("mlgate", {}).get("lint", {})
    try:
        config = LintConfig.model_validate(section)
    except ValidationError as exc:
        raise InputError(
            f"{pyproject} [tool.mlgate.lint]: {describe_validation_error(exc)}"
        ) from None
    unknown = sorted(set(config.disable) - RULES.keys())
    if unknown:
        raise InputError(
            f"{pyproject} [tool.mlgate.lint] disable: unknown rule(s) {unknown}; "
            f"the rules are {sorted(RULES)}"
        )
    return config


def lint_paths(path: Path, config: LintConfig) -> list[Finding]:
    """Lints a spec file or every spec in a directory."""
    return [finding for file in spec_files(path) for finding in lint_spec(load_spec(file), config)]


def lint_spec(spec: Spec, config: LintConfig) -> list[Finding]:
    """Every finding of the enabled rules on one spec, in rule then location order."""
    findings: list[Finding] = []

    def report(rule: str, location: str, message: str) -> None:
        if rule not in config.disable:
            findings.append(Finding(rule, RULES[rule], spec.file, location, message))

    alone = Path(spec.file).parent.name == "components"  # a component, not a pipeline
    for task in spec.tasks.values():
        _check_image(task, report)
        _check_install(task, report)
        if not alone:
            _check_caching(task, config, report)
            _check_resources(task, config, report)
    _check_secrets(spec, config, report)
    if not alone:
        _check_validation(spec, config, report)
    return sorted(findings, key=lambda f: (f.rule, f.location))


def _check_image(task: Task, report: Any) -> None:
    image = task.image or ""
    if not re.search(r"@sha256:[0-9a-f]{64}$", image):
        report(
            "MLG001",
            task.path,
            f"image {image or '(none)'!r} is not pinned by digest, so what runs can change "
            "after review; run `mlgate build --push REGISTRY`, then `mlgate compile`",
        )


# KFP writes `python3 -m pip install ...` into the command when packages_to_install is set.
_INSTALL = re.compile(r"\bpip3?\s+install\b|\bpackages_to_install\b|\buv\s+pip\s+install\b")


def _check_install(task: Task, report: Any) -> None:
    # The launcher only, not the embedded source: a docstring may well say "pip".
    launcher = " ".join(task.command[:3] + task.args)
    match = _INSTALL.search(launcher)
    if match:
        report(
            "MLG002",
            task.path,
            f"the executor runs {match.group(0)!r} at start-up: it needs the network and can "
            "install something other than what was reviewed; put the package in the image "
            "(images/) and drop packages_to_install",
        )


def _check_caching(task: Task, config: LintConfig, report: Any) -> None:
    if task.component in config.uncached_components and task.caching:
        report(
            "MLG004",
            task.path,
            "caching is on: a cached evaluation, gate decision or push would skip the check "
            "against today's production model; add .set_caching_options(False)",
        )


def _check_resources(task: Task, config: LintConfig, report: Any) -> None:
    if task.component not in config.require_resources:
        return
    keys = {key.lower() for key in task.resources}
    missing = [kind for kind in ("cpu", "memory") if not any(kind in key for key in keys)]
    if missing:
        report(
            "MLG006",
            task.path,
            f"no {' or '.join(missing)} request/limit, and [tool.mlgate.lint] require_resources "
            f"lists {task.component}; call .set_cpu_request()/.set_memory_request() on the task",
        )


def _check_validation(spec: Spec, config: LintConfig, report: Any) -> None:
    direct: dict[str, set[str]] = {path: set(task.upstream) for path, task in spec.tasks.items()}
    for path, task in sorted(spec.tasks.items()):
        if task.component not in config.training_components:
            continue
        seen: set[str] = set()
        todo = list(direct.get(path, ()))
        while todo:
            up = todo.pop()
            if up not in seen:
                seen.add(up)
                todo.extend(direct.get(up, ()))
        validators = {spec.tasks[up].component for up in seen if up in spec.tasks}
        if not validators & set(config.validation_components):
            report(
                "MLG005",
                path,
                f"{task.component} trains on data no {'/'.join(config.validation_components)} "
                "task checked first; feed it a validated dataset",
            )


def _check_secrets(spec: Spec, config: LintConfig, report: Any) -> None:
    """Defaults, constants and env values are copied into every run and every UI: no secrets."""
    allowed = {name.lower() for name in config.allow_secret_names}

    def check(location: str, name: str, value: Any) -> None:
        found = find_secrets(name, value, allowed)
        if not found:
            return
        where = ", ".join(path for path, _ in found[:3]) + (" ..." if len(found) > 3 else "")
        report(
            "MLG003",
            location,
            f"{found[0][1]} is stored in plain text in the spec (at {where}; value shown "
            f"here as {MASK}); pass it at run time from a secret store instead",
        )

    for name, param in sorted(spec.parameters.items()):
        check(f"parameter {name}", name, param.default)
    for comp, params in sorted(spec.interfaces.items()):
        for key, param in sorted(params.items()):
            check(f"component {comp} {key}", key.split(":", 1)[-1], param.default)
    for path, task in sorted(spec.tasks.items()):
        for name, source in sorted(task.inputs.items()):
            if "constant" in source:
                check(f"{path} input {name}", name, source["constant"])
        for name, value in sorted(task.env.items()):
            check(f"{path} env {name}", name, value)
