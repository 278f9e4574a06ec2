"""The component image: it builds from the wheelhouse and runs the pipeline as a cluster would."""

import json
from pathlib import Path

import pytest

from mlgate.errors import CheckFailed, InputError
from mlgate.gitops.build import build_image, docker_client
from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from tests.conftest import REPO, require_docker, run_cli
from tests.images.conftest import BuiltImages


def test_docker_runner_gives_the_same_model_as_subprocess(
    component_image: BuiltImages, tmp_path: Path
) -> None:
    # The docker run is a fresh `mlgate run`, so its components are declared with the
    # images just built (the lock is read when a component is declared).
    workdir = (tmp_path / "docker").resolve()
    docker = run_cli(
        "run",
        "mlgate-reference",
        "--runner",
        "docker",
        "--workdir",
        str(workdir),
        # The docker runner mounts the pipeline root into the containers, so the registry
        # lives under it to be visible on both sides.
        "--param",
        f"registry={workdir / 'registry'}",
        env={"MLGATE_IMAGE_LOCK": str(component_image.lock)},
    )
    assert docker.returncode == 0, docker.stdout[-3000:] + docker.stderr[-3000:]
    [card] = workdir.glob("*/train-model/model/card.json")
    docker_sha = json.loads(card.read_text())["model_sha256"]

    local = run_pipeline(
        find_pipeline(REPO, "mlgate-reference"),
        {"registry": str(tmp_path / "local" / "registry")},
        tmp_path / "local",
    )
    assert local.exit_code == 0
    task = next(t for t in local.tasks if t.name == "train-model")
    model = next(a for a in task.artifacts if a.name == "model")
    assert docker_sha == model.metadata["model_sha256"]
    images = {
        json.loads(component_image.lock.read_text())[name]["repository"]
        for name in ("runtime", "redaction")
    }
    assert images == {"mlgate/python-runtime", "mlgate/redaction-runtime"}  # local, unpushed


def test_failed_build_names_the_step(tmp_path: Path) -> None:
    require_docker()
    (tmp_path / "Dockerfile").write_text("FROM scratch\nCOPY missing.txt /missing.txt\n")
    lines: list[str] = []
    with pytest.raises(CheckFailed, match=r"Step 2/2 : COPY missing.txt /missing.txt failed"):
        build_image(tmp_path, "mlgate/test-broken:0", log=lines.append)
    assert lines == ["Step 1/2 : FROM scratch", "Step 2/2 : COPY missing.txt /missing.txt"]


def test_unreachable_daemon_says_how_to_start_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(InputError, match=r"cannot reach the docker daemon.*start it"):
        docker_client()
    from mlgate.cli import main

    assert main(["--root", str(REPO), "build"]) == 2
