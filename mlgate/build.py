"""Build the component image: a wheelhouse made on this host, then a docker build.

The image installs only from the wheelhouse (``pip install --no-index``), so the
build needs no package index and installs exactly the wheels resolved here.
Docker is driven through its Python SDK so that progress streams line by line
and a failure can be reported as the one step that failed.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mlgate.errors import CheckFailed, InputError

if TYPE_CHECKING:
    import docker

__all__ = ["build_image", "docker_client", "make_wheelhouse", "push_image"]

DEFAULT_BASE_IMAGE = "python:3.11-slim"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # the daemon colours a step's stderr


def make_wheelhouse(root: Path, context: Path) -> Path:
    """Builds wheels for ``root`` and its dependencies into ``context/wheelhouse``.

    Dependencies go to ``wheelhouse/deps`` and mlgate's own wheel to
    ``wheelhouse/mlgate``, matching the Dockerfile's two install layers. The
    dependency wheels are resolved again only when ``pyproject.toml`` changed
    (its sha256 is kept beside them), so a code change rebuilds one small wheel.
    """
    wheelhouse = context / "wheelhouse"
    deps, own = wheelhouse / "deps", wheelhouse / "mlgate"
    key = hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()
    stamp = wheelhouse / "deps.sha256"
    if not (stamp.is_file() and stamp.read_text() == key and deps.is_dir()):
        shutil.rmtree(wheelhouse, ignore_errors=True)
        _pip_wheel(root, deps)
        stamp.write_text(key)
    shutil.rmtree(own, ignore_errors=True)
    own.mkdir(parents=True)
    for wheel in deps.glob("mlgate-*.whl"):
        wheel.unlink()
    _pip_wheel(root, own, "--no-deps")
    return wheelhouse


def _pip_wheel(root: Path, target: Path, *extra: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            *extra,
            "--wheel-dir",
            str(target),
            str(root),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-10:])
        raise CheckFailed(f"pip wheel {root} failed:\n{tail}")


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
) -> str:
    """Builds ``context/Dockerfile`` as ``tag`` and returns the image id.

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
