"""Find the pipelines of a project and compile them to reviewable YAML.

A project keeps pipeline definitions in ``pipelines/*.py`` and their compiled
specs in ``compiled/<pipeline-name>.yaml``. Compilation is a pure function of
the source: no timestamps, paths or random ids reach the YAML, so the files
are committed and ``mlgate compile --check`` in CI proves they are current.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlgate import storage
from mlgate.errors import InputError

__all__ = [
    "CompileReport",
    "compile_pipelines",
    "compile_spec",
    "discover_pipelines",
    "find_pipeline",
    "find_project_root",
    "sync_generated",
    "with_lineage",
]

# kfp writes this first line on every spec it compiles; compile only prunes files that carry it.
_SPEC_HEADER = b"# PIPELINE DEFINITION\n"


def find_project_root(start: Path) -> Path:
    """The nearest folder, ``start`` or one of its parents, that holds a project.

    A project is a folder with ``pyproject.toml`` and ``pipelines/``, so commands work
    from any subfolder, as git's do.

    Raises:
        InputError: no folder from ``start`` up to ``/`` is a project.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "pipelines").is_dir():
            return folder
    raise InputError(
        f"{start} is not inside an mlgate project (no folder from here up holds "
        "pyproject.toml and pipelines/); run from inside one, or pass --root DIR"
    )


@dataclass(frozen=True)
class PipelineRef:
    """A pipeline found in ``pipelines/``: its kfp name, its module file, the pipeline object."""

    name: str
    path: Path
    pipeline: Any  # kfp.dsl.graph_component.GraphComponent


@dataclass
class CompileReport:
    """What compile wrote, or (with check) what it would have to change."""

    written: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    orphaned: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.stale or self.missing or self.orphaned)


def discover_pipelines(root: Path) -> list[PipelineRef]:
    """Imports every ``root/pipelines/*.py`` and returns the pipelines each defines.

    Raises:
        InputError: there is no pipelines directory, a module fails to import, or two
            pipelines share a name.
    """
    from kfp.dsl.graph_component import GraphComponent

    folder = root / "pipelines"
    if not folder.is_dir():
        raise InputError(f"{folder}: no pipelines directory; run mlgate from the project root")
    found: dict[str, PipelineRef] = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = _import_file(path, root)
        for obj in vars(module).values():
            # A pipeline imported from another module belongs to that module.
            if (
                not isinstance(obj, GraphComponent)
                or obj.pipeline_func.__module__ != module.__name__
            ):
                continue
            name = obj.component_spec.name
            if name in found:
                raise InputError(
                    f"pipeline name {name!r} is defined in both {found[name].path} and {path}; "
                    "names must be unique because they name compiled/<name>.yaml"
                )
            found[name] = PipelineRef(name, path, obj)
    return sorted(found.values(), key=lambda ref: ref.name)


def find_pipeline(root: Path, name: str) -> PipelineRef:
    """Returns the pipeline called ``name`` (its kfp name or its module's file stem)."""
    refs = discover_pipelines(root)
    for ref in refs:
        if name in (ref.name, ref.path.stem):
            return ref
    known = ", ".join(ref.name for ref in refs) or "none"
    raise InputError(f"unknown pipeline {name!r}; pipelines in {root / 'pipelines'}: {known}")


def with_lineage(ref: PipelineRef, root: Path, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` plus the lineage a pipeline asks for but cannot know itself.

    A pipeline that declares ``git_commit`` or ``spec_sha256`` parameters gets the
    project's HEAD commit and the sha256 of its committed spec, unless given.
    """
    import hashlib

    from mlgate.models.lineage import git_commit

    inputs = ref.pipeline.component_spec.inputs or {}
    spec = root / "compiled" / f"{ref.name}.yaml"
    filled = dict(params)
    if "git_commit" in inputs and "git_commit" not in filled:
        filled["git_commit"] = git_commit(root)
    if "spec_sha256" in inputs and "spec_sha256" not in filled and spec.is_file():
        filled["spec_sha256"] = hashlib.sha256(spec.read_bytes()).hexdigest()
    return filled


def _import_component(root: Path, path: Path) -> Any:
    # The same module object the pipelines import: mlgate.components.<name>.component here,
    # components.<name>.component in a team's own project.
    try:
        return importlib.import_module(
            f"{_package(root, 'components')}.{path.parent.name}.component"
        )
    except Exception as exc:
        raise InputError(f"{path}: failed to import: {type(exc).__name__}: {exc}") from None


def _package(root: Path, folder: str) -> str:
    """The import name of ``root/<folder>``: mlgate's own, or the project's top-level package."""
    ours = Path(__file__).resolve().parents[1] / folder
    if (root / folder).resolve() == ours.resolve():
        return f"mlgate.{folder}"
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return folder


def _import_file(path: Path, root: Path) -> Any:
    # Import under the name the project's own code uses (mlgate.pipelines.<stem> here,
    # pipelines.<stem> in a team's project), so that its sibling imports resolve.
    name = f"{_package(root, 'pipelines')}.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        raise InputError(
            f"{path}: failed to import: {type(exc).__name__}: {exc} "
            f"(at {Path(where.filename).name}:{where.lineno})"
        ) from None
    sys.modules[name] = module
    return module


def compile_spec(ref: PipelineRef) -> bytes:
    """The compiled YAML of one pipeline, as bytes."""
    return _compile(ref.pipeline)


def _compile(graph_or_component: Any) -> bytes:
    from kfp import compiler

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "spec.yaml"
        compiler.Compiler().compile(graph_or_component, package_path=str(out))
        return out.read_bytes()


def discover_components(root: Path) -> dict[str, Any]:
    """Every component of ``root/components/<name>/component.py``, by its folder's name.

    Teams that do not import mlgate load them as YAML (``compiled/components/<name>.yaml``,
    with ``kfp.components.load_component_from_file`` or ``_from_url`` at a release tag).

    Raises:
        InputError: a component module fails to import, or defines no component of its name.
    """
    from kfp.dsl.base_component import BaseComponent

    found: dict[str, Any] = {}
    for path in sorted((root / "components").glob("*/component.py")):
        module = _import_component(root, path)
        component = getattr(module, path.parent.name, None)
        if not isinstance(component, BaseComponent):
            raise InputError(
                f"{path}: defines no component named {path.parent.name!r}; a component's "
                "function is named after its folder"
            )
        found[path.parent.name] = component
    return found


def compile_pipelines(root: Path, *, check: bool = False) -> CompileReport:
    """Compiles every pipeline under ``root`` into ``root/compiled``.

    Args:
        root: The project root holding ``pipelines/`` and ``compiled/``.
        check: Write nothing; report which files are stale, missing or orphaned.
    """
    out_dir = root / "compiled"
    targets = [(out_dir / f"{ref.name}.yaml", ref.pipeline) for ref in discover_pipelines(root)]
    targets += [
        (out_dir / "components" / f"{name}.yaml", component)
        for name, component in discover_components(root).items()
    ]
    wanted = {target: _compile(compilable) for target, compilable in targets}
    old = [*out_dir.glob("*.yaml"), *out_dir.glob("components/*.yaml")] if out_dir.is_dir() else []
    return sync_generated(wanted, old, _SPEC_HEADER, check=check)


def sync_generated(
    wanted: dict[Path, bytes], existing: Iterable[Path], header: bytes, *, check: bool
) -> CompileReport:
    """Makes each ``wanted`` file hold exactly its bytes, and removes generated leftovers.

    A leftover is a file of ``existing`` that is not wanted and starts with ``header`` (a
    generated file; anything else is the user's and never touched). ``mlgate compile`` and
    ``mlgate docs`` both keep their output this way.

    Args:
        wanted: Every generated file and its bytes.
        existing: The files now where the generated ones go.
        header: What every generated file starts with.
        check: Write nothing; report which files are stale, missing or orphaned.
    """
    report = CompileReport()
    for target, data in wanted.items():
        if target.is_file() and target.read_bytes() == data:
            continue
        if check:
            (report.stale if target.exists() else report.missing).append(target)
        else:
            storage.write_bytes(str(target), data)
            report.written.append(target)
    for path in sorted(existing):
        if path in wanted or not path.read_bytes().startswith(header):
            continue
        if check:
            report.orphaned.append(path)
        else:
            path.unlink()
            report.removed.append(path)
    return report
