"""Shared fixtures: a project copy to break, a GCS emulator, and docker that may be required."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MLGATE = [sys.executable, "-m", "mlgate.cli"]


def run_cli(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs the mlgate CLI as a user would, in a child process (``env`` adds variables)."""
    return subprocess.run(
        [*MLGATE, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway copy of this project's pipelines/ and compiled/ to edit freely."""
    root = tmp_path / "project"
    for name in ("pipelines", "compiled"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def gcs_bucket() -> Iterator[str]:
    """A bucket on gcp-storage-emulator, with STORAGE_EMULATOR_HOST pointing at it."""
    from gcp_storage_emulator.server import create_server

    port = _free_port()
    server = create_server("127.0.0.1", port, in_memory=True, default_bucket="mlgate-test")
    server.start()
    previous = os.environ.get("STORAGE_EMULATOR_HOST")
    os.environ["STORAGE_EMULATOR_HOST"] = f"http://127.0.0.1:{port}"
    try:
        yield "mlgate-test"
    finally:
        server.stop()
        if previous is None:
            os.environ.pop("STORAGE_EMULATOR_HOST", None)
        else:
            os.environ["STORAGE_EMULATOR_HOST"] = previous


def require_docker() -> None:
    """Skips without a docker daemon, unless MLGATE_REQUIRE_DOCKER=1 makes that a failure."""
    try:
        import docker

        docker.from_env().ping()
    except Exception as exc:
        message = f"docker daemon not reachable ({type(exc).__name__})"
        if os.environ.get("MLGATE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"{message}, and MLGATE_REQUIRE_DOCKER=1")
        pytest.skip(message)
