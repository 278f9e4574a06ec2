"""Build the component image: a wheelhouse made on this host, then a docker build.

The image installs only from the wheelhouse (``pip install --no-index``), so the
build needs no package index and installs exactly the wheels resolved here.
Docker is driven through its Python SDK so that progress streams line by line
and a failure can be reported as the one step that failed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mlgate.environment import record_lock
from mlgate.errors import CheckFailed, InputError

if TYPE_CHECKING:
    import docker

__all__ = [
    "build_image",
    "docker_client",
    "image_tag",
    "make_wheelhouse",
    "push_image",
    "strip_debug_info",
]

DEFAULT_BASE_IMAGE = "python:3.11-slim"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # the daemon colours a step's stderr


LOCKS = ("requirements/runtime.lock", "requirements/redaction.lock")


def image_tag(root: Path) -> str:
    """The tag ``mlgate build`` gives both images: the version of the package they install.

    It is read from ``root/pyproject.toml``, which the wheel in the image is built from,
    and written to the lock as ``ImageLock.tag``, so the tag, the lock and the wheel agree.
    """
    from mlgate.gitops.image_lock import version_tag
    from mlgate.gitops.release import project_version

    return version_tag(project_version(root))


def make_wheelhouse(root: Path, context: Path) -> Path:
    """Builds wheels for ``root`` and its locked dependencies into ``context/wheelhouse``.

    ``wheelhouse/deps`` holds the runtime image's dependencies, exactly as
    ``requirements/runtime.lock`` pins them (hashes checked), ``wheelhouse/redaction``
    the wheels that only ``requirements/redaction.lock`` adds (the redaction image's extra
    layer), and ``wheelhouse/mlgate`` mlgate's own wheel, matching the Dockerfile's install
    layers. Dependencies are fetched again only when a lock changed (their sha256 is kept
    beside them), so a code change rebuilds one small wheel.

    Raises:
        InputError: a lock file is missing; says how to make it.
        CheckFailed: pip could not fetch or build a locked wheel.
    """
    locks = [root / name for name in LOCKS]
    for lock in locks:
        if not lock.is_file():
            raise InputError(f"{lock} is missing: run `make lock` and commit requirements/")
    wheelhouse = context / "wheelhouse"
    deps, extra, own = wheelhouse / "deps", wheelhouse / "redaction", wheelhouse / "mlgate"
    key = hashlib.sha256(b"".join(lock.read_bytes() for lock in locks)).hexdigest()
    stamp = wheelhouse / "deps.sha256"
    if not (stamp.is_file() and stamp.read_text() == key and deps.is_dir() and extra.is_dir()):
        shutil.rmtree(wheelhouse, ignore_errors=True)
        for folder, lock in zip((deps, extra), locks, strict=True):
            _pip_wheel(folder, "--no-deps", "--require-hashes", "-r", str(lock))
        for wheel in sorted(extra.glob("*.whl")):
            if (deps / wheel.name).exists():
                wheel.unlink()
        for wheel in sorted([*deps.glob("*.whl"), *extra.glob("*.whl")]):
            strip_debug_info(wheel)
        stamp.write_text(key)
    shutil.rmtree(own, ignore_errors=True)
    own.mkdir(parents=True)
    # Each image records the lock it was installed from (Dockerfile: /opt/mlgate/mlgate-lock.json).
    (wheelhouse / "locks").mkdir(exist_ok=True)
    for image, name, lock in zip(("runtime", "redaction"), LOCKS, locks, strict=True):
        record_lock(lock, name, wheelhouse / "locks" / f"{image}.json")
    # setuptools copies into build/lib and packs whatever is there: a module moved or
    # deleted since the last build would ship in the wheel.
    shutil.rmtree(root / "build", ignore_errors=True)
    _pip_wheel(own, "--no-deps", str(root))
    return wheelhouse


_SHARED_OBJECT = re.compile(r"\.so(\.[0-9.]+)?$")


def strip_debug_info(wheel: Path) -> int:
    """Removes debug sections from the shared objects in ``wheel``; returns bytes saved.

    Some wheels (spaCy, thinc, blis) ship their compiled modules with full debug
    information: about 100 MB the image would carry and never use. The wheel is
    rewritten in place, entry order and timestamps kept, with RECORD updated, so the
    result is as deterministic as the input. Without binutils' ``strip`` on this
    host the wheel is left as it is.
    """
    strip = shutil.which("strip")
    if strip is None:
        return 0
    replaced: dict[str, bytes] = {}
    with zipfile.ZipFile(wheel) as source, tempfile.TemporaryDirectory() as tmp:
        for info in source.infolist():
            if not _SHARED_OBJECT.search(info.filename) or ".libs/" in info.filename:
                continue  # auditwheel's vendored libraries are patched in ways strip breaks
            original = source.read(info)
            if b".debug_info" not in original:
                continue  # nothing to remove; rewriting it would only risk the layout
            scratch = Path(tmp) / "object.so"
            scratch.write_bytes(original)
            done = subprocess.run([strip, "--strip-debug", str(scratch)], capture_output=True)
            stripped = scratch.read_bytes()
            if done.returncode == 0 and len(stripped) < len(original):
                replaced[info.filename] = stripped
        if not replaced:
            return 0
        saved = sum(source.getinfo(name).file_size - len(data) for name, data in replaced.items())
        rewritten = wheel.with_suffix(".tmp")
        with zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                name = info.filename
                data = replaced[name] if name in replaced else source.read(info)
                if info.filename.endswith(".dist-info/RECORD"):
                    data = _record(data.decode("utf-8"), replaced).encode("utf-8")
                target.writestr(info, data)
    rewritten.replace(wheel)
    return saved


def _record(text: str, replaced: dict[str, bytes]) -> str:
    lines = []
    for line in text.splitlines():
        path = line.rsplit(",", 2)[0]
        if path in replaced:
            digest = base64.urlsafe_b64encode(hashlib.sha256(replaced[path]).digest()).rstrip(b"=")
            line = f"{path},sha256={digest.decode()},{len(replaced[path])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _pip_wheel(target: Path, *args: str) -> None:
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(target), *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-10:])
        raise CheckFailed(f"pip wheel {' '.join(args)} failed:\n{tail}")


def docker_client() -> docker.DockerClient:
    """A client for the local docker daemon.

    Raises:
        InputError: the daemon is not reachable; says how to start it.
    """
    import docker

    try:
        client = docker.from_env()
        client.ping()
    except docker.errors.DockerException as exc:
        raise InputError(
            f"cannot reach the docker daemon ({type(exc).__name__}); start it "
            "(`sudo systemctl start docker`, or `sudo dockerd &` without systemd) and retry"
        ) from None
    return client


def build_image(
    context: Path,
    tag: str,
    *,
    base_image: str = DEFAULT_BASE_IMAGE,
    client: docker.DockerClient | None = None,
    log: Callable[[str], None] = print,
    nocache: bool = False,
    target: str | None = None,
) -> str:
    """Builds ``context/Dockerfile`` (its ``target`` stage) as ``tag``; returns the image id.

    Raises:
        CheckFailed: a build step failed; the message names the step and its last output.
    """
    client = client or docker_client()
    step = "(before the first step)"
    recent: list[str] = []
    image_id = ""
    for chunk in client.api.build(
        path=str(context),
        tag=tag,
        buildargs={"BASE_IMAGE": base_image},
        rm=True,
        decode=True,
        nocache=nocache,
        target=target,
    ):
        if "error" in chunk:
            output = "\n".join(recent[-8:])
            raise CheckFailed(
                f"{context / 'Dockerfile'}: {step} failed: {chunk['error'].strip()}\n{output}"
            )
        line = _ANSI.sub("", chunk.get("stream", "")).rstrip()
        if not line:
            image_id = chunk.get("aux", {}).get("ID", image_id)
            continue
        if line.startswith("Step "):
            step, recent = line, []
            log(line)
        else:
            recent.append(line)
    return image_id


def push_image(
    image_id: str,
    registry: str,
    repository: str,
    tag: str,
    *,
    client: docker.DockerClient | None = None,
    log: Callable[[str], None] = print,
) -> str:
    """Tags ``image_id`` as ``registry/repository:tag``, pushes it, returns the repository digest.

    Raises:
        CheckFailed: the registry is unreachable or refused the push; the message says which.
    """
    import docker.errors

    client = client or docker_client()
    target = f"{registry.rstrip('/')}/{repository}"
    client.api.tag(image_id, target, tag)
    digest = ""
    try:
        for chunk in client.api.push(target, tag=tag, stream=True, decode=True):
            if "error" in chunk:
                raise CheckFailed(f"push to {target}:{tag} refused: {chunk['error'].strip()}")
            digest = chunk.get("aux", {}).get("Digest", digest)
            status = chunk.get("status", "")
            if status and "progress" not in chunk and chunk.get("id") is None:
                log(status)
    except docker.errors.APIError as exc:
        raise CheckFailed(f"push to {target}:{tag} failed: {exc.explanation or exc}") from None
    if not digest:
        raise CheckFailed(f"push to {target}:{tag} returned no digest; the image is not pinned")
    return digest
