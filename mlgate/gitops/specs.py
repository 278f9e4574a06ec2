"""Read compiled pipeline specs into a flat view that review tools can compare.

A KFP spec nests tasks in DAGs, hides the inputs of a ``dsl.If`` branch behind
``pipelinechannel--`` names, and keeps images and code in a separate executor
table. ``mlgate diff`` and ``mlgate lint`` both want the opposite: one record a
task, with its image, code, caching, resources and inputs resolved to where
they come from. ``load_spec`` builds that view once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlgate.errors import InputError, quote, shorten

__all__ = ["Param", "Spec", "Task", "load_spec", "parse_spec", "spec_files"]


@dataclass(frozen=True)
class Param:
    """One input or output of a pipeline or component: its type and default."""

    type: str
    default: Any = None
    optional: bool = False

    def describe(self) -> str:
        text = self.type
        if self.default is not None:
            text += f" = {json.dumps(self.default)}"
        return text


@dataclass(frozen=True)
class Task:
    """A container task, wherever it sits in the DAG (``branch/task`` inside a ``dsl.If``)."""

    path: str
    component: str
    image: str | None = None
    command: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    source: str | None = None
    caching: bool = False
    # input name -> what feeds it: {"constant": v} | {"pipeline": p} | {"task": t, "output": o}
    inputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    upstream: frozenset[str] = frozenset()
    condition: str | None = None
    resources: dict[str, Any] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Spec:
    """A compiled pipeline: its parameters, components' interfaces and container tasks."""

    name: str
    file: str
    parameters: dict[str, Param]
    interfaces: dict[str, dict[str, Param]]  # component -> "in:x" / "out:y" -> Param
    tasks: dict[str, Task]
    raw: dict[str, Any]

    @property
    def edges(self) -> set[tuple[str, str]]:
        """Direct dependencies between container tasks: (upstream, downstream)."""
        return {(up, task.path) for task in self.tasks.values() for up in task.upstream}


def spec_files(path: Path) -> list[Path]:
    """``path`` itself, or the ``*.yaml`` files of a directory and of its ``components/``
    subdirectory (the components compiled alone), sorted.

    Raises:
        InputError: the path does not exist or a directory holds no spec.
    """
    if path.is_file():
        return [path]
    if path.is_dir():
        files = sorted([*path.glob("*.yaml"), *path.glob("*.yml"), *path.glob("components/*.yaml")])
        if not files:
            raise InputError(f"{shorten(path)}: no compiled specs (*.yaml) in this directory")
        return files
    raise InputError(f"{shorten(path)}: no such file or directory")


def load_spec(path: Path) -> Spec:
    """Reads one compiled spec file.

    Raises:
        InputError: the file is not YAML, or not a KFP pipeline spec; names the file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it ({exc})") from None
    return parse_spec(text, str(path))


def parse_spec(text: str, name: str) -> Spec:
    """Parses spec ``text``; ``name`` (a file name or ``REF:path``) appears in errors."""
    import yaml

    try:
        # A spec may carry a second document: the platform spec (Kubernetes settings).
        docs = [doc for doc in yaml.safe_load_all(text) if doc is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(
            f"{name}: not valid YAML{where}; recompile it with `mlgate compile`"
        ) from None
    raw = docs[0] if docs else None
    if not isinstance(raw, dict) or not {"pipelineInfo", "root", "components"} <= raw.keys():
        raise InputError(
            f"{name}: not a compiled KFP pipeline spec (expected the keys pipelineInfo, root "
            "and components); give `mlgate diff`/`lint` the files `mlgate compile` writes"
        )
    try:
        return _flatten(raw, name)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    except KeyError as exc:
        key = quote(exc.args[0] if exc.args else "")
        raise InputError(
            f"{name}: malformed pipeline spec (missing key {key}); "
            "recompile it with `mlgate compile`"
        ) from None
    except (TypeError, AttributeError, ValueError, IndexError) as exc:
        # Only the kind of error: its text may quote a value from the spec.
        raise InputError(
            f"{name}: malformed pipeline spec (a value has the wrong type: "
            f"{type(exc).__name__}); recompile it with `mlgate compile`"
        ) from None


# Deeper than any pipeline a person writes; a guard against specs built to recurse.
MAX_DAG_DEPTH = 50


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise InputError(
            f"{where}: expected a mapping (e.g. cpuLimit: 2), got {type(value).__name__}"
        )
    return dict(value)


def _list(value: Any) -> list[Any]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value


def _params(definitions: dict[str, Any] | None, prefix: str = "") -> dict[str, Param]:
    out: dict[str, Param] = {}
    for name, item in ((definitions or {}).get("parameters") or {}).items():
        out[prefix + name] = Param(
            type=item.get("parameterType", "?"),
            default=item.get("defaultValue"),
            optional=bool(item.get("isOptional", False)),
        )
    for name, item in ((definitions or {}).get("artifacts") or {}).items():
        out[prefix + name] = Param(type=item["artifactType"]["schemaTitle"])
    return out


def _flatten(raw: dict[str, Any], name: str) -> Spec:
    components = raw["components"]
    executors = (raw.get("deploymentSpec") or {}).get("executors") or {}
    interfaces: dict[str, dict[str, Param]] = {}
    for comp_name, comp in components.items():
        if "executorLabel" in comp:
            interfaces[comp_name.removeprefix("comp-")] = {
                **_params(comp.get("inputDefinitions"), "in:"),
                **_params(comp.get("outputDefinitions"), "out:"),
            }
    tasks: dict[str, Task] = {}
    _walk(raw["root"]["dag"], components, executors, "", {}, frozenset(), None, tasks, ())
    return Spec(
        name=raw["pipelineInfo"]["name"],
        file=name,
        parameters=_params(raw["root"].get("inputDefinitions")),
        interfaces=interfaces,
        tasks=tasks,
        raw=raw,
    )


def _walk(
    dag: dict[str, Any],
    components: dict[str, Any],
    executors: dict[str, Any],
    prefix: str,
    channels: dict[str, dict[str, Any]],
    outer_upstream: frozenset[str],
    outer_condition: str | None,
    out: dict[str, Task],
    within: tuple[str, ...],
) -> None:
    """Adds every container task under ``dag``; ``channels`` resolves a branch's inputs.

    ``within`` holds the sub-DAG components being walked: a component that contains
    itself, directly or through others, is refused instead of recursing without end.
    """
    if len(within) > MAX_DAG_DEPTH:
        raise InputError(f"sub-DAGs nest deeper than {MAX_DAG_DEPTH} levels; recompile the spec")
    local = {key: task["taskInfo"]["name"] for key, task in (dag.get("tasks") or {}).items()}

    def resolve(source: dict[str, Any]) -> dict[str, Any]:
        if "runtimeValue" in source:
            return {"constant": source["runtimeValue"].get("constant")}
        if "componentInputParameter" in source or "componentInputArtifact" in source:
            channel = source.get("componentInputParameter") or source["componentInputArtifact"]
            return channels.get(channel, {"pipeline": channel})
        produced = source.get("taskOutputParameter") or source.get("taskOutputArtifact") or {}
        if produced:
            producer = prefix + local.get(produced["producerTask"], produced["producerTask"])
            key = produced.get("outputParameterKey") or produced.get("outputArtifactKey")
            return {"task": producer, "output": key}
        return {"expression": source}

    for key, task in sorted((dag.get("tasks") or {}).items()):
        ref = task["componentRef"]["name"]
        if ref not in components:
            raise InputError(f"task {quote(key)} uses component {quote(ref)}, which is not defined")
        component = components[ref]
        inputs = {
            name: resolve(source)
            for kind in ("parameters", "artifacts")
            for name, source in ((task.get("inputs") or {}).get(kind) or {}).items()
        }
        upstream = outer_upstream | {
            prefix + local.get(dep, dep) for dep in task.get("dependentTasks") or []
        }
        condition = (task.get("triggerPolicy") or {}).get("condition") or outer_condition
        path = prefix + local[key]
        if "dag" in component:  # a dsl.If / ParallelFor group: its tasks live one level down
            if ref in within:
                raise InputError(
                    f"component {quote(ref)} contains itself (its DAG reaches it again through "
                    f"{' -> '.join((*within, ref))}); a compiled spec never does: recompile it"
                )
            _walk(
                component["dag"],
                components,
                executors,
                path + "/",
                inputs,
                upstream,
                condition,
                out,
                (*within, ref),
            )
            continue
        container = (executors.get(component["executorLabel"]) or {}).get("container") or {}
        command = tuple(container.get("command") or ())
        out[path] = Task(
            path=path,
            component=ref.removeprefix("comp-"),
            image=container.get("image"),
            command=command,
            args=tuple(container.get("args") or ()),
            # Lightweight components: sh -ec "<launcher>" "<python source>"
            source=command[3] if command[:2] == ("sh", "-ec") and len(command) > 3 else None,
            caching=bool((task.get("cachingOptions") or {}).get("enableCache", False)),
            inputs=inputs,
            upstream=upstream,
            condition=condition,
            resources=_mapping(container.get("resources"), f"{path} resources"),
            env={item["name"]: str(item.get("value", "")) for item in _list(container.get("env"))},
        )
