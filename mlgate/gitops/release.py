"""Releases: everything a release publishes names one version.

A release is a git tag ``vX.Y.Z`` on a commit whose ``pyproject.toml`` says ``X.Y.Z``.
``cloudbuild.release.yaml`` runs on such a tag: it builds the images (tagged ``X.Y.Z``),
pushes them, pins their digests in ``images/image.lock.json`` (``pin``), compiles the
component YAMLs and the reference pages against them, builds the wheel, and publishes
those. ``check_release`` is its gate, run twice from that file:

- before anything is built, on the tagged commit as it is: the tag is ``v`` + the package
  version (``pyproject.toml`` and ``mlgate.__version__``), ``CHANGELOG.md`` has a section
  for it and nothing left under Unreleased, and ``compiled/`` and ``docs/reference/`` are
  current;
- after the images are pushed, with the wheel and the pushed lock: both images are tagged
  with the version and pinned by digest, ``mlgate compile --check`` against that lock
  passes, the pages are current, and the wheel has the version and pins the same images.

The component YAMLs a release publishes pin the images that release pushed. The tagged
commit's ``compiled/`` cannot: an image's digest is known only once it is built, and two
builds of one commit need not give the same bytes. So the commit is checked as it is
(current against its own lock), and the published YAMLs are what compiling that same
commit against the pushed lock gives, which is all that differs.

``python -m mlgate.gitops.release check TAG [--wheel W] [--image-lock L]`` and
``python -m mlgate.gitops.release pin DIR OUT`` are what the Cloud Build steps call.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from mlgate.errors import CheckFailed, InputError, MlgateError, quote
from mlgate.gitops.image_lock import (
    IMAGES,
    LOCK_ENV,
    ImageLock,
    ImageLocks,
    load_image_locks,
    version_tag,
    write_image_lock,
)
from mlgate.gitops.refdocs import REGENERATE, write_reference

__all__ = ["check_release", "main", "pin_pushed", "project_version"]

_DIGEST = re.compile(r"^(?P<repository>[^@\s]+)@(?P<digest>sha256:[0-9a-f]{64})$")


def project_version(root: Path) -> str:
    """The package version in ``root/pyproject.toml`` (``[project] version``).

    Raises:
        InputError: there is no pyproject.toml, or it names no version.
    """
    path = root / "pyproject.toml"
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read it ({type(exc).__name__})") from None
    version = project.get("version")
    if not isinstance(version, str) or not version:
        raise InputError(f'{path}: no [project] version; set one, e.g. version = "0.1.0"')
    return version


def check_release(
    root: Path, tag: str, *, wheel: Path | None = None, image_lock: Path | None = None
) -> str:
    """Checks that the release ``tag`` and everything it publishes agree; returns the version.

    Args:
        root: The checkout of the tagged commit.
        tag: The git tag being released, ``v`` + the package version.
        wheel: The wheel to publish: its version must be the package version, and with
            ``image_lock`` it must pin the same images.
        image_lock: The lock of the pushed images: both tagged with the version and pinned
            by digest, and ``compiled/`` what compiling against it gives. Without it,
            ``compiled/`` is checked against the committed lock.

    Raises:
        CheckFailed: one or more disagreements; the message lists each, with what to do.
        InputError: a file named here cannot be read.
    """
    version = project_version(root)
    problems: list[str] = []
    if tag != f"v{version}":
        problems.append(
            f"the tag is {quote(tag)} but pyproject.toml says version {version}: a release is "
            f"tagged v{version}, or the version moves (pyproject.toml and mlgate/__init__.py) "
            "in a commit of its own before the tag"
        )
    source = _init_version(root)
    if source != version:
        said = "sets no __version__" if source is None else f"says __version__ = {quote(source)}"
        problems.append(f"mlgate/__init__.py {said}, pyproject.toml {version}: make them the same")
    problems += _changelog(root, version)
    docs = write_reference(root, check=True)
    if not docs.clean:
        names = ", ".join(p.name for p in [*docs.stale, *docs.missing, *docs.orphaned])
        problems.append(f"docs/reference/ is stale ({names}): run `{REGENERATE}` and commit")
    problems += _compile_check(root, image_lock)
    if image_lock is not None:
        problems += _pushed(image_lock, version)
    if wheel is not None:
        problems += _wheel(wheel, version, image_lock)
    if problems:
        listed = "\n".join(f"- {problem}" for problem in problems)
        raise CheckFailed(f"release {quote(tag)} is not ready:\n{listed}")
    return version


def _init_version(root: Path) -> str | None:
    """``__version__`` as ``root/mlgate/__init__.py`` writes it (read, not imported)."""
    path = root / "mlgate" / "__init__.py"
    if not path.is_file():
        return None
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    return None


def _changelog(root: Path, version: str) -> list[str]:
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    # "## 0.2.0", "## [0.2.0]" or "## v0.2.0 - 2025-01-31"; its section runs to the next "## ".
    heading = re.compile(rf"^## \[?v?{re.escape(version)}\]?(?:[ \t].*)?$", re.M)
    found = heading.search(text)
    if found is None:
        return [
            f"CHANGELOG.md has no section for {version}: rename `## Unreleased` to "
            f"`## {version}` (what users see change in it) and commit"
        ]
    problems = []
    if not _section_body(text, found.end()):
        problems.append(f"CHANGELOG.md's section for {version} is empty: say what changed")
    # Entries still under Unreleased would ship in this version without being listed in it.
    unreleased = re.search(r"^## Unreleased\s*$", text, re.M | re.I)
    if unreleased and _section_body(text, unreleased.end()):
        problems.append(
            f"CHANGELOG.md still lists changes under `## Unreleased`, which would ship in "
            f"{version} unlisted: move them under `## {version}` (or, if {version} is out "
            "already, give them the next version in pyproject.toml and mlgate/__init__.py)"
        )
    return problems


def _section_body(text: str, start: int) -> str:
    """The entries of the section starting at ``start``, up to the next ``## `` heading."""
    body = re.split(r"^## ", text[start:], maxsplit=1, flags=re.M)[0]
    return "\n".join(line for line in body.splitlines() if not line.startswith("#")).strip()


def _compile_check(root: Path, image_lock: Path | None) -> list[str]:
    """``mlgate compile --check``, against ``image_lock`` when given, in a child process.

    The lock is read when a component module is imported, so a process that has already
    imported the components (this one, in tests) would compile against its own lock.
    """
    env = dict(os.environ)
    env.pop(LOCK_ENV, None)
    if image_lock is not None:
        env[LOCK_ENV] = str(image_lock.resolve())
    command = [sys.executable, "-m", "mlgate.cli", "--root", str(root), "compile", "--check"]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode == 0:
        return []
    against = f"the pushed lock {image_lock}" if image_lock else "images/image.lock.json"
    listed = [
        line
        for line in result.stdout.splitlines()
        if line.startswith(("stale: ", "missing: ", "orphaned: "))
    ]
    more = f"; and {len(listed) - 8} more" if len(listed) > 8 else ""
    detail = "; ".join(listed[:8]) + more if listed else result.stderr.strip()[-500:]
    fix = (
        "the pushed digests did not reach the specs: run `mlgate compile` with this lock"
        if image_lock
        else "run `mlgate compile` and commit compiled/"
    )
    return [f"compiled/ is not what `mlgate compile` makes against {against} ({detail}): {fix}"]


def _pushed(image_lock: Path, version: str) -> list[str]:
    locks = load_image_locks(image_lock.read_text(encoding="utf-8"))
    problems = []
    for name in IMAGES:
        lock = locks.get(name)
        if lock.tag != version_tag(version):
            problems.append(
                f"{image_lock}: the {name} image is tagged {quote(lock.tag)}, not the version "
                f"{version_tag(version)}: push it as {lock.repository}:{version_tag(version)}"
            )
        if not lock.digest:
            problems.append(
                f"{image_lock}: the {name} image has no digest, so nothing pins it: push it "
                "and record the digest the registry returned"
            )
    return problems


def _wheel(wheel: Path, version: str, image_lock: Path | None) -> list[str]:
    if not wheel.is_file():
        raise InputError(f"{wheel}: no such wheel; build it with `pip wheel --no-deps .`")
    problems = []
    # A wheel is named {name}-{version}-{python}-{abi}-{platform}.whl (PEP 427).
    named = wheel.name.split("-")[1] if wheel.name.count("-") >= 4 else None
    if named != version:
        problems.append(f"the wheel {wheel.name} is not version {version}: rebuild it")
    if not zipfile.is_zipfile(wheel):
        raise InputError(f"{wheel}: not a wheel (not a zip archive); rebuild it")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = [n for n in names if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)]
        text = archive.read(metadata[0]).decode("utf-8") if metadata else ""
        stated = re.search(r"^Version: (.+)$", text, re.M)
        if stated is None or stated.group(1).strip() != version:
            said = quote(stated.group(1).strip()) if stated else "no version"
            problems.append(f"the wheel's METADATA says {said}, not {version}: rebuild it")
        shipped = "mlgate/gitops/image.lock.json"
        if image_lock is not None:
            pins = load_image_locks(archive.read(shipped).decode()) if shipped in names else None
            if pins != load_image_locks(image_lock.read_text(encoding="utf-8")):
                problems.append(
                    f"the wheel's {shipped} does not pin the pushed images in {image_lock}: "
                    "build the wheel after the pushed lock is written to images/image.lock.json"
                )
    return problems


def pin_pushed(pushed: Mapping[str, str], version: str) -> ImageLocks:
    """The lock of images pushed as ``version``, from what the registry returned for each.

    Args:
        pushed: Per image name (``runtime``, ``redaction``), ``repository@sha256:...``, as
            ``docker inspect --format '{{index .RepoDigests 0}}'`` prints it after a push.
        version: The package version; each image was pushed with it as its tag.

    Raises:
        InputError: an image is missing, or its reference is not ``repository@sha256:<64 hex>``.
    """
    pins = {}
    for name in IMAGES:
        reference = pushed.get(name, "").strip()
        match = _DIGEST.fullmatch(reference)
        if match is None:
            raise InputError(
                f"the pushed {name} image is {quote(reference)}; expected "
                "repository@sha256:<64 hex digits>, as `docker inspect` gives after a push"
            )
        pins[name] = ImageLock(
            repository=match["repository"], tag=version_tag(version), digest=match["digest"]
        )
    return ImageLocks(**pins)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m mlgate.gitops.release check|pin``: the release build's two steps."""
    parser = argparse.ArgumentParser(prog="python -m mlgate.gitops.release")
    parser.add_argument("--root", default=".", help="the checkout (default: .)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="the tag, the version and what is published agree")
    check.add_argument("tag", help="the git tag, vX.Y.Z")
    check.add_argument("--wheel", type=Path, help="the wheel to publish")
    check.add_argument("--image-lock", type=Path, help="the lock of the pushed images")
    pin = sub.add_parser("pin", help="write the lock of the pushed images")
    pin.add_argument("pushed", type=Path, help="a folder holding pushed-<image> files")
    pin.add_argument("out", type=Path, help="the lock to write, e.g. images/image.lock.json")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    try:
        if args.command == "pin":
            version = project_version(root)
            files = {name: args.pushed / f"pushed-{name}" for name in IMAGES}
            pushed = {n: f.read_text(encoding="utf-8") for n, f in files.items() if f.is_file()}
            write_image_lock(args.out, pin_pushed(pushed, version))
            print(f"wrote {args.out}: both images pinned as pushed, tagged {version_tag(version)}")
            return 0
        version = check_release(root, args.tag, wheel=args.wheel, image_lock=args.image_lock)
    except MlgateError as exc:
        print(f"mlgate: error: {exc}", file=sys.stderr)
        return exc.exit_code
    published = " and the wheel" if args.wheel else ""
    print(f"release {args.tag}: version {version} agrees everywhere checked{published}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
