"""A semantic diff of compiled pipeline specs, for code review.

A raw YAML diff of a recompiled spec is mostly noise: embedded source, blocks
that moved, ``pipelinechannel--`` plumbing. ``diff_specs`` compares what a
reviewer cares about instead: pipelines, tasks and edges, parameter defaults,
component interfaces, images, caching, resources, environment, run conditions,
and the code each task runs. Constants that hold JSON or YAML (a gate spec, a
data contract) are compared leaf by leaf, so a moved threshold reads as
``gate_spec.floors.roc_auc: 0.95 -> 0.9``.

When a data contract constant changed, ``mlgate diff`` follows the changes with its
impact (``mlgate.gitops.impact``): the pipelines that validate against the contract and
the registered models validated under its old version.

CI posts the output on the pull request, so a value that looks like a secret
(by its name or its content, as ``mlgate lint`` MLG003 decides) is shown as
``***``: the change is reported, the value is not.
"""

from __future__ import annotations

import difflib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlgate.errors import InputError, shorten
from mlgate.gitops.secret_scan import MASK, SECRET_VALUE, find_secrets, mask_if_secret
from mlgate.gitops.specs import Param, Spec, Task, load_spec, parse_spec, spec_files

__all__ = ["Change", "diff_paths", "diff_specs", "load_git_specs", "load_specs", "render"]


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` is "added", "removed" or "changed"."""

    pipeline: str
    kind: str
    what: str
    before: str | None = None
    after: str | None = None
    unified: str | None = None  # the source diff, for changed code


_SIGN = {"added": "+", "removed": "-", "changed": "~"}


def load_git_specs(root: Path, ref: str, folder: str = "compiled") -> dict[str, Spec]:
    """The specs under ``folder`` at git ``ref``, keyed by pipeline name.

    Raises:
        InputError: ``ref`` is not a commit of the repository at ``root``.
    """

    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise InputError(
                f"git {shorten(' '.join(args), 120)} failed: "
                f"{shorten(result.stderr.strip() or 'no output', 200)}; "
                "give a ref that exists here (e.g. origin/main after `git fetch`)"
            )
        return result.stdout

    git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    names = git("ls-tree", "-r", "--name-only", ref, "--", f"{folder}/").splitlines()
    specs = [
        parse_spec(git("show", f"{ref}:{name}"), f"{ref}:{name}")
        for name in names
        if name.endswith((".yaml", ".yml"))
    ]
    return {spec.name: spec for spec in specs}


def load_specs(path: Path) -> dict[str, Spec]:
    """The spec file at ``path``, or every spec of a directory, keyed by pipeline name."""
    return {spec.name: spec for spec in map(load_spec, spec_files(path))}


def diff_paths(old: Path | dict[str, Spec], new: Path | dict[str, Spec]) -> list[Change]:
    """Compares two spec files or directories (or already-loaded spec sets)."""
    before = old if isinstance(old, dict) else load_specs(old)
    after = new if isinstance(new, dict) else load_specs(new)
    # Two single files are compared whatever their pipeline names.
    if len(before) == len(after) == 1 and isinstance(old, Path) and old.is_file():
        return diff_specs(next(iter(before.values())), next(iter(after.values())))
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        if name not in after:
            changes.append(Change(name, "removed", "pipeline", before[name].file, None))
        elif name not in before:
            changes.append(Change(name, "added", "pipeline", None, after[name].file))
        else:
            changes.extend(diff_specs(before[name], after[name]))
    return changes


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    """Every reviewable difference between two versions of one pipeline."""
    name = new.name
    out: list[Change] = []

    def add(kind: str, what: str, before: Any = None, after: Any = None, **kw: Any) -> None:
        out.append(Change(name, kind, what, _text(before), _text(after), **kw))

    if old.name != new.name:
        add("changed", "pipeline name", old.name, new.name)
    _compare_params(old.parameters, new.parameters, "parameter ", add)
    for comp in sorted(old.interfaces.keys() & new.interfaces.keys()):
        _compare_params(
            old.interfaces[comp], new.interfaces[comp], f"component {comp} interface ", add
        )

    for path in sorted(old.tasks.keys() - new.tasks.keys()):
        add("removed", f"task {path}", old.tasks[path].component, None)
    for path in sorted(new.tasks.keys() - old.tasks.keys()):
        add("added", f"task {path}", None, new.tasks[path].component)
    old_edges, new_edges = old.edges, new.edges
    for up, down in sorted(old_edges - new_edges):
        add("removed", f"edge {up} -> {down}")
    for up, down in sorted(new_edges - old_edges):
        add("added", f"edge {up} -> {down}")

    images: dict[tuple[str | None, str | None], list[str]] = {}
    for path in sorted(old.tasks.keys() & new.tasks.keys()):
        a, b = old.tasks[path], new.tasks[path]
        if a.image != b.image:
            images.setdefault((a.image, b.image), []).append(path)
        _compare_task(path, a, b, add)
    # One line per image change, however many tasks share it (they usually all do).
    for (before, after), paths in images.items():
        add("changed", f"image of {_list(paths)}", before, after)
    return out


def _compare_task(path: str, a: Task, b: Task, add: Any) -> None:
    where = f"task {path}"
    if a.component != b.component:
        add("changed", f"{where} component", a.component, b.component)
    if a.caching != b.caching:
        add("changed", f"{where} caching", _on(a.caching), _on(b.caching))
    if a.condition != b.condition:
        add("changed", f"{where} runs when", a.condition or "always", b.condition or "always")
    settings: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = (
        (f"{where} resources.", a.resources, b.resources),
        (f"{where} env ", a.env, b.env),
    )
    for label, before_map, after_map in settings:
        for key in sorted(before_map.keys() | after_map.keys()):
            x, y = before_map.get(key), after_map.get(key)
            if x != y:
                add(_kind(x, y), label + key, mask_if_secret(key, x), mask_if_secret(key, y))
    for key in sorted(a.inputs.keys() | b.inputs.keys()):
        before, after = a.inputs.get(key), b.inputs.get(key)
        if before == after:
            continue
        if before and after and "constant" in before and "constant" in after:
            leaves = _leaf_diff(
                _structured(before["constant"]), _structured(after["constant"]), key
            )
            for leaf, (x, y) in leaves.items():
                name = leaf.rsplit(".", 1)[-1].split("[", 1)[0]
                x, y = mask_if_secret(name, x), mask_if_secret(name, y)
                add(_kind(x, y), f"{where} input {leaf}", x, y)
        else:
            add(
                _kind(before, after),
                f"{where} input {key}",
                _feed(key, before),
                _feed(key, after),
            )
    if a.source != b.source:
        old_lines = (a.source or "").splitlines()
        new_lines = (b.source or "").splitlines()
        unified = "\n".join(
            SECRET_VALUE.sub(MASK, line)  # a credential pasted into code is masked too
            for line in difflib.unified_diff(
                old_lines, new_lines, f"a/{path}", f"b/{path}", lineterm="", n=2
            )
        )
        lines = unified.splitlines()
        plus = sum(1 for line in lines if line[:1] == "+" and line[:3] != "+++")
        minus = sum(1 for line in lines if line[:1] == "-" and line[:3] != "---")
        add("changed", f"{where} source", None, f"+{plus} -{minus} lines", unified=unified)
    elif a.command != b.command or a.args != b.args:
        add(
            "changed",
            f"{where} command",
            SECRET_VALUE.sub(MASK, " ".join(a.command + a.args)),
            SECRET_VALUE.sub(MASK, " ".join(b.command + b.args)),
        )


def _compare_params(old: dict[str, Any], new: dict[str, Any], prefix: str, add: Any) -> None:
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a != b:
            name = key.split(":", 1)[-1]
            add(_kind(a, b), prefix + key, _describe(name, a), _describe(name, b))


def _describe(name: str, param: Param | None) -> str | None:
    if param is None:
        return None
    if find_secrets(name, param.default):
        return f"{param.type} = {MASK}"
    return param.describe()


def _structured(value: Any) -> Any:
    """A JSON or YAML document inside a string constant, parsed; else the value itself."""
    if not isinstance(value, str) or not value.strip():
        return value
    try:
        return json.loads(value)
    except ValueError:
        pass
    if "\n" in value:
        import yaml

        try:
            parsed = yaml.safe_load(value)
        except yaml.YAMLError:
            return value
        if isinstance(parsed, dict | list):
            return parsed
    return value


def _leaf_diff(a: Any, b: Any, path: str) -> dict[str, tuple[Any, Any]]:
    if isinstance(a, dict) and isinstance(b, dict):
        out: dict[str, tuple[Any, Any]] = {}
        for key in sorted(a.keys() | b.keys(), key=str):
            out.update(_leaf_diff(a.get(key), b.get(key), f"{path}.{key}"))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        out = {}
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out.update(_leaf_diff(x, y, f"{path}[{i}]"))
        return out
    return {} if a == b else {path: (a, b)}


def _feed(name: str, source: dict[str, Any] | None) -> str | None:
    if source is None:
        return None
    if "constant" in source:
        return _text(mask_if_secret(name, source["constant"]))
    if "pipeline" in source:
        return f"pipeline parameter {source['pipeline']}"
    if "task" in source:
        return f"{source['task']}.{source['output']}"
    return json.dumps(source, sort_keys=True)


def _kind(before: Any, after: Any) -> str:
    return "added" if before is None else "removed" if after is None else "changed"


def _on(flag: bool) -> str:
    return "on" if flag else "off"


def _list(paths: list[str]) -> str:
    return ", ".join(paths) if len(paths) <= 3 else f"{len(paths)} tasks ({paths[0]}, ...)"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "..."


def render(changes: list[Change], *, markdown: bool = False, source: bool = False) -> str:
    """The changes for a terminal, or as Markdown for a pull-request comment.

    Args:
        changes: What ``diff_paths`` found; nothing renders as the empty string.
        markdown: Markdown tables (one per pipeline) instead of plain lines.
        source: Include the unified diff of every changed task source.
    """
    if not changes:
        return ""
    lines: list[str] = []
    pipelines = sorted({change.pipeline for change in changes})
    if markdown:
        lines.append(f"## mlgate diff: {len(changes)} change(s) in {len(pipelines)} pipeline(s)")
    for pipeline in pipelines:
        mine = [change for change in changes if change.pipeline == pipeline]
        if markdown:
            lines += [
                "",
                f"### `{pipeline}`",
                "",
                "| | change | before | after |",
                "|---|---|---|---|",
            ]
            lines += [
                f"| {_SIGN[c.kind]} | {_md(c.what)} | {_md(c.before)} | {_md(c.after)} |"
                for c in mine
            ]
        else:
            lines.append(f"pipeline {pipeline}")
            for c in mine:
                detail: str | None
                if c.kind == "changed" and c.before is not None:
                    detail = f"{c.before} -> {c.after}"
                else:
                    detail = c.before if c.kind == "removed" else c.after
                lines.append(f"  {_SIGN[c.kind]} {c.what}" + (f": {detail}" if detail else ""))
        for c in mine:
            if source and c.unified:
                if markdown:
                    lines += [
                        "",
                        f"<details><summary>{c.what}</summary>",
                        "",
                        "```diff",
                        c.unified,
                        "```",
                        "",
                        "</details>",
                    ]
                else:
                    lines += ["    " + line for line in c.unified.splitlines()]
    return "\n".join(lines) + "\n"


def _md(text: str | None) -> str:
    if not text:
        return ""
    return "`" + text.replace("|", "\\|").replace("`", "'").replace("\n", " ") + "`"
