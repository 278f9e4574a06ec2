"""Pushing the image to a real OCI registry and pinning compiled specs to its digest."""

import json
import shutil
from pathlib import Path

import pytest
import yaml

from mlgate.build import docker_client, push_image
from mlgate.errors import CheckFailed, InputError
from mlgate.image_lock import ImageLock, load_image_lock, write_image_lock
from tests.conftest import REPO, run_cli


def test_push_returns_a_digest_that_pulls_back_and_pins_every_spec(
    component_image: str, oci_registry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    digest = push_image(component_image, oci_registry, "mlgate/python-runtime", "test")
    assert digest.startswith("sha256:")
    pulled = docker_client().images.pull(f"{oci_registry}/mlgate/python-runtime@{digest}")
    assert pulled.id == component_image

    lock_file = tmp_path / "image.lock.json"
    lock = ImageLock(
        repository=f"{oci_registry}/mlgate/python-runtime",
        tag="test",
        digest=digest,
        image_id=component_image,
    )
    write_image_lock(lock_file, lock)
    project = tmp_path / "project"
    shutil.copytree(REPO / "pipelines", project / "pipelines")
    monkeypatch.setenv("MLGATE_IMAGE_LOCK", str(lock_file))
    result = run_cli("--root", str(project), "compile")
    assert result.returncode == 0, result.stderr
    spec = next(
        doc
        for doc in yaml.safe_load_all((project / "compiled" / "mlgate-reference.yaml").read_text())
        if "deploymentSpec" in doc
    )
    images = {e["container"]["image"] for e in spec["deploymentSpec"]["executors"].values()}
    assert images == {f"{oci_registry}/mlgate/python-runtime@{digest}"}


def test_unreachable_registry_is_a_clear_error(component_image: str) -> None:
    with pytest.raises(
        CheckFailed, match=r"push to 127\.0\.0\.1:9/mlgate/python-runtime:test (refused|failed)"
    ):
        push_image(component_image, "127.0.0.1:9", "mlgate/python-runtime", "test")


def test_rejected_push_is_a_clear_error(component_image: str, readonly_registry: str) -> None:
    with pytest.raises(
        CheckFailed, match=f"push to {readonly_registry}/mlgate/python-runtime:test refused"
    ):
        push_image(component_image, readonly_registry, "mlgate/python-runtime", "test")


def test_lock_is_written_atomically_and_read_back(tmp_path: Path) -> None:
    lock_file = tmp_path / "image.lock.json"
    lock = ImageLock(repository="r.example/mlgate/x", tag="1", digest="sha256:" + "a" * 64)
    write_image_lock(lock_file, lock)
    assert load_image_lock(lock_file.read_text()) == lock
    assert [p.name for p in tmp_path.iterdir()] == ["image.lock.json"]
    assert json.loads(lock_file.read_text())["digest"] == "sha256:" + "a" * 64


def test_hand_broken_lock_stops_build_and_compile_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "image.lock.json"
    broken.write_text(
        '{"repository": "mlgate/python-runtime", "tag": "0.1.0", "digest": "sha256:abc"}'
    )
    monkeypatch.setenv("MLGATE_IMAGE_LOCK", str(broken))
    with pytest.raises(InputError, match="digest: String should match"):
        load_image_lock()
    project = tmp_path / "project"
    shutil.copytree(REPO / "pipelines", project / "pipelines")
    result = run_cli("--root", str(project), "compile")
    assert result.returncode == 2 and "images/image.lock.json is invalid" in result.stderr
    assert not (project / "compiled").exists()
