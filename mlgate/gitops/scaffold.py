"""``mlgate init DIR``: scaffold a team's pipeline repository.

The scaffold is a project as mlgate finds one (``pyproject.toml`` beside ``pipelines/``), so
``mlgate compile``, ``run``, ``lint``, ``diff`` and ``submit`` work in it as they do here. It
holds one example pipeline built from mlgate's components, its data contract, the compiled
spec (compiled here, so ``mlgate compile --check`` passes from the first commit), a test
that runs the pipeline through ``kfp.local``, a Makefile, pre-commit hooks, a Cloud Build
config and a README that explains the loop.

The files are rendered from package data under ``templates/init/``. A template's name is its
file's name plus ``.tmpl``, and ``dot-`` stands for a leading dot: no tool mistakes the
templates for a project, a test or a module of their own (they are not valid Python before
rendering), and setuptools' globs, which skip hidden files, ship them all.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from mlgate.errors import InputError, quote, shorten

__all__ = ["Scaffold", "check_registry", "init_project", "mirror_plan", "project_registry"]

TEMPLATES = "templates/init"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
# A registry host with an optional port and path, as image references spell it (lower case).
_REGISTRY = re.compile(r"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$")
# KFP's rule for pipeline names is ^[a-z0-9][a-z0-9-]{0,127}$; the project's name is the
# prefix of the example's, so it must leave room for the suffix.
_PIPELINE_SUFFIX = "-data-check"
_NAME_LIMIT = 128 - len(_PIPELINE_SUFFIX)


@dataclass(frozen=True)
class Scaffold:
    """What ``init_project`` wrote: the project's name and root, and its files."""

    name: str
    root: Path
    files: list[Path]  # relative to root, sorted; compiled specs included

    @property
    def pipeline(self) -> str:
        """The example pipeline's name (what ``compiled/<name>.yaml`` and KFP call it)."""
        return f"{self.name}{_PIPELINE_SUFFIX}"


def check_registry(registry: str) -> str:
    """``registry`` without a trailing slash, if it names a container registry.

    Raises:
        InputError: it has a scheme, upper case, a tag, a digest, spaces or empty parts.
    """
    text = registry.strip().rstrip("/")
    if not _REGISTRY.match(text):
        raise InputError(
            f"--registry {quote(registry)}: not a container registry; give a host, an optional "
            "port and a path, in lower case, without https:// or a tag "
            "(e.g. europe-docker.pkg.dev/acme/ml or ghcr.io/acme)"
        )
    return text


def _project_name(root: Path) -> str:
    """The project's name, from its folder's: lower case letters, digits and dashes."""
    name = re.sub(r"[^a-z0-9]+", "-", root.name.lower()).strip("-")[:_NAME_LIMIT].rstrip("-")
    if not name:
        raise InputError(
            f"{shorten(root)}: cannot make a project name from the folder's name "
            f"{quote(root.name)}; name the folder with letters or digits (e.g. acme-ml)"
        )
    return name


def _check_empty(root: Path) -> None:
    if root.is_dir():
        found = sorted(path.name for path in root.iterdir())
        if found:
            shown = ", ".join(shorten(name, 60) for name in found[:8])
            more = f" and {len(found) - 8} more" if len(found) > 8 else ""
            raise InputError(
                f"{shorten(root)}: not empty (found {shown}{more}); mlgate init writes only "
                "into a new or empty directory, so that nothing there is overwritten: give a "
                "path that does not exist yet (it is created) or an empty directory"
            )
    elif root.exists():
        raise InputError(f"{shorten(root)}: is a file; give a new or empty directory")


def _templates() -> list[tuple[str, Traversable]]:
    """Every template as (its path under templates/init, the file), depth first."""
    found: list[tuple[str, Traversable]] = []

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".tmpl"):
                found.append((f"{prefix}{entry.name}", entry))

    walk(resources.files("mlgate.gitops").joinpath(TEMPLATES), "")
    return found


def _target(template: str) -> str:
    """``dot-gitignore.tmpl`` -> ``.gitignore``, ``pipelines/x.py.tmpl`` -> ``pipelines/x.py``."""
    folder, _, name = template.rpartition("/")
    name = name.removesuffix(".tmpl")
    if name.startswith("dot-"):
        name = "." + name.removeprefix("dot-")
    return f"{folder}/{name}" if folder else name


def _render(text: str, values: dict[str, str], template: str) -> str:
    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:  # a template mlgate shipped names a value it does not supply
            raise KeyError(f"templates/init/{template}: unknown placeholder {{{{{key}}}}}")
        return values[key]

    return _PLACEHOLDER.sub(fill, text)


def _write(root: Path, values: dict[str, str]) -> None:
    for template, source in _templates():
        path = root / _target(template)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = _render(source.read_text(encoding="utf-8"), values, template)
        path.write_text(text, encoding="utf-8")


def _first_missing(path: Path) -> Path | None:
    """The outermost of ``path`` and its parents that does not exist (what mkdir -p creates)."""
    missing = None
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing = folder
    return missing


def _forget(staging: Path) -> None:
    """Undoes what compiling in ``staging`` left in this process: its path, its modules.

    A caller that goes on to import the project's pipelines (a test, say) must get them
    from where they now live, not from the staging folder that is gone.
    """
    while str(staging) in sys.path:
        sys.path.remove(str(staging))
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(f"{staging}/"):
            del sys.modules[name]


def init_project(directory: Path, *, registry: str) -> Scaffold:
    """Scaffolds a team's pipeline repository in ``directory``, a new or empty folder.

    Everything is written and compiled in a hidden staging folder inside ``directory`` and
    moved into place only when complete: on any failure ``directory`` is left as it was
    (removed again, with any parents this call created).

    Args:
        directory: Where the repository goes; created (with its parents) if missing. Its
            name, in lower case with dashes, names the project and the example pipeline.
        registry: The team's container registry (e.g. ``europe-docker.pkg.dev/acme/ml``),
            written to ``[tool.mlgate] image_registry`` of the new ``pyproject.toml``.

    Returns:
        The project's name, its root and the files written.

    Raises:
        InputError: ``directory`` is a file or not empty, its name has no letter or digit,
            ``registry`` is not a registry, or the folder cannot be created.
    """
    import mlgate
    from mlgate.gitops.project import compile_pipelines

    registry = check_registry(registry)
    root = directory.expanduser().resolve()
    name = _project_name(root)
    _check_empty(root)
    created = _first_missing(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{shorten(root)}: cannot create it ({exc.strerror})") from None
    values = {
        "project": name,
        "pipeline": f"{name}{_PIPELINE_SUFFIX}",
        "registry": registry,
        "version": mlgate.__version__,
    }
    staging: Path | None = None
    moved: list[Path] = []
    try:
        staging = Path(tempfile.mkdtemp(prefix=".mlgate-init-", dir=root))
        _write(staging, values)
        try:
            compile_pipelines(staging)
        finally:
            _forget(staging)
        for cache in list(staging.rglob("__pycache__")):  # the compile's imports left them
            shutil.rmtree(cache)
        files = sorted(p.relative_to(staging) for p in staging.rglob("*") if p.is_file())
        for entry in sorted(staging.iterdir()):
            moved.append(root / entry.name)
            entry.rename(moved[-1])
        staging.rmdir()
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
        else:  # the folder was there, empty: empty it again
            for path in moved:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        raise
    return Scaffold(name, root, files)


def project_registry(root: Path) -> str:
    """``[tool.mlgate] image_registry`` of ``root/pyproject.toml``.

    Raises:
        InputError: the file is missing or not TOML, or has no (or an invalid) registry.
    """
    pyproject = root / "pyproject.toml"
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{pyproject}: not found; run from the project's root") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{pyproject}: not valid TOML ({exc})") from None
    registry = table.get("tool", {}).get("mlgate", {}).get("image_registry")
    if not isinstance(registry, str):
        raise InputError(
            f"{pyproject}: [tool.mlgate] image_registry is {quote(registry)}; set it to the "
            'team\'s container registry, e.g. image_registry = "europe-docker.pkg.dev/acme/ml"'
        )
    try:
        return check_registry(registry)
    except InputError as exc:
        raise InputError(f"{pyproject} [tool.mlgate] image_registry: {exc}") from None


def mirror_plan(root: Path) -> list[tuple[str, str]]:
    """Where each of mlgate's pinned images goes in the project's registry.

    The sources are the images of the installed mlgate's image lock, which its components
    (and so the project's compiled specs) pin; each goes to ``REGISTRY/<name>:<tag>``, the
    path ``mlgate build --push REGISTRY`` uses, e.g. ``mlgate/python-runtime``.

    Args:
        root: The project's root, whose ``pyproject.toml`` names the registry.

    Returns:
        ``(source, destination)`` pairs: ``repository@sha256:...`` and ``registry/name:tag``.

    Raises:
        InputError: the registry is not set, or an image in the lock has no digest (nothing
            pinned to copy).
    """
    from mlgate.gitops.image_lock import IMAGES, load_image_locks

    registry = project_registry(root)
    locks = load_image_locks()
    plan = []
    for image in IMAGES:
        lock = locks.get(image)
        if not lock.digest:
            raise InputError(
                f"mlgate's {image} image is not pinned by digest ({lock.reference}): there "
                "is no fixed image to copy; install an mlgate release, whose lock pins digests"
            )
        name = "/".join(lock.repository.rsplit("/", 2)[-2:])
        plan.append((lock.reference, f"{registry}/{name}:{lock.tag}"))
    return plan
