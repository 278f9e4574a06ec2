"""The component image: it builds from the wheelhouse and runs the pipeline as a cluster would."""

from pathlib import Path

import pytest

from mlgate.build import build_image, docker_client
from mlgate.errors import CheckFailed, InputError
from mlgate.local_run import run_pipeline
from mlgate.pipelines import find_pipeline
from tests.conftest import REPO, require_docker


def test_docker_runner_gives_the_same_model_as_subprocess(
    component_image: str, tmp_path: Path
) -> None:
    ref = find_pipeline(REPO, "mlgate-reference")
    runs = {}
    for runner in ("docker", "subprocess"):
        # The docker runner mounts the pipeline root into the container, so the registry
        # lives under it to be visible on both sides.
        workdir = (tmp_path / runner).resolve()
        args = {"registry": str(workdir / "registry")}
        runs[runner] = run_pipeline(ref, args, workdir, runner=runner)  # type: ignore[arg-type]
    assert [r.exit_code for r in runs.values()] == [0, 0]

    def model_sha(runner: str) -> str:
        task = next(t for t in runs[runner].tasks if t.name == "train-model")
        return str(next(a for a in task.artifacts if a.name == "model").metadata["model_sha256"])

    assert model_sha("docker") == model_sha("subprocess")


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
