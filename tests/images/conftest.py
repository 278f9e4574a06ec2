"""Fixtures for the image tests: the component image, and a real OCI registry on loopback."""

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, require_docker, run_cli


@dataclass(frozen=True)
class BuiltImages:
    runtime: str  # image ids
    redaction: str
    lock: Path  # the lock `mlgate build` wrote: point MLGATE_IMAGE_LOCK here to use them


@pytest.fixture(scope="session")
def component_image(tmp_path_factory: pytest.TempPathFactory) -> BuiltImages:
    """Both images, built as `mlgate build` builds them (the repository's lock is kept)."""
    require_docker()
    require_base_image()
    lock = REPO / "images" / "image.lock.json"
    committed = lock.read_bytes()
    built_lock = tmp_path_factory.mktemp("built") / "image.lock.json"
    try:
        result = run_cli("build")  # honours $BASE_IMAGE, which CI points at a debootstrap image
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        built_lock.write_bytes(lock.read_bytes())
    finally:
        # The build records local ids in the lock; the repository keeps its pinned digests,
        # which every other test (and compile --check) reads.
        lock.write_bytes(committed)
    built = dict(re.findall(r"^built (\S+):\S+ \((sha256:[0-9a-f]{64})\)$", result.stdout, re.M))
    locked = json.loads(built_lock.read_text())
    assert locked["runtime"]["image_id"] == built["mlgate/python-runtime"], result.stdout
    assert locked["redaction"]["image_id"] == built["mlgate/redaction-runtime"]
    return BuiltImages(
        built["mlgate/python-runtime"], built["mlgate/redaction-runtime"], built_lock
    )


def require_base_image() -> None:
    """Skips when the base image is neither here nor pullable (fails with MLGATE_REQUIRE_DOCKER=1).

    Behind a firewall that blocks Docker Hub, ``python:3.11-slim`` cannot be pulled; a base
    made with ``images/debian-base.sh`` and named in ``$BASE_IMAGE`` stands in (CI does so).
    """
    import os

    import docker

    from mlgate.gitops.build import DEFAULT_BASE_IMAGE

    base = os.environ.get("BASE_IMAGE", DEFAULT_BASE_IMAGE)
    client = docker.from_env()
    try:
        client.images.get(base)
        return
    except docker.errors.ImageNotFound:
        pass
    try:
        client.images.pull(base)
    except docker.errors.DockerException as exc:
        message = (
            f"base image {base} is not here and cannot be pulled ({type(exc).__name__}); "
            "make one: images/debian-base.sh mlgate/debian-python:bookworm-slim, then "
            "BASE_IMAGE=mlgate/debian-python:bookworm-slim make test"
        )
        if os.environ.get("MLGATE_REQUIRE_DOCKER") == "1":
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_registry(root: Path, *, readonly: bool = False) -> Iterator[str]:
    """Debian's docker-registry on a free loopback port, storing under ``root``."""
    binary = shutil.which("docker-registry")
    if binary is None:
        require_docker()  # same policy: skip, or fail under MLGATE_REQUIRE_DOCKER=1
        pytest.skip("docker-registry is not installed (apt-get install docker-registry)")
    port = _free_port()
    maintenance = "  maintenance:\n    readonly:\n      enabled: true\n" if readonly else ""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "config.yml"
    config.write_text(
        "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n"
        f"    rootdirectory: {root / 'data'}\n{maintenance}http:\n  addr: 127.0.0.1:{port}\n"
    )
    process = subprocess.Popen(
        [binary, "serve", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    address = f"127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://{address}/v2/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"docker-registry did not start on {address}")
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def oci_registry(tmp_path: Path) -> Iterator[str]:
    yield from start_registry(tmp_path / "registry")


@pytest.fixture
def readonly_registry(tmp_path: Path) -> Iterator[str]:
    yield from start_registry(tmp_path / "readonly", readonly=True)
