"""Pushing the image to a real OCI registry and pinning compiled specs to its digest."""

import json
import shutil
from pathlib import Path

import pytest
import yaml

from mlgate.errors import CheckFailed, InputError
from mlgate.gitops.build import docker_client, push_image
from mlgate.gitops.image_lock import (
    ImageLock,
    ImageLocks,
    load_image_lock,
    load_image_locks,
    write_image_lock,
)
from tests.conftest import REPO, run_cli
from tests.images.conftest import BuiltImages


def test_push_returns_a_digest_that_pulls_back_and_pins_every_spec(
    component_image: BuiltImages,
    oci_registry: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pins = {}
    for name, image_id, repository in (
        ("runtime", component_image.runtime, "mlgate/python-runtime"),
        ("redaction", component_image.redaction, "mlgate/redaction-runtime"),
    ):
        digest = push_image(image_id, oci_registry, repository, "test")
        assert digest.startswith("sha256:")
        pulled = docker_client().images.pull(f"{oci_registry}/{repository}@{digest}")
        assert pulled.id == image_id
        pins[name] = ImageLock(
            repository=f"{oci_registry}/{repository}", tag="test", digest=digest, image_id=image_id
        )

    lock_file = tmp_path / "image.lock.json"
    write_image_lock(lock_file, ImageLocks(**pins))
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
    images = {k: e["container"]["image"] for k, e in spec["deploymentSpec"]["executors"].items()}
    # The sharded redaction's engine tasks run the redaction image; the rest the runtime one.
    for name in ("exec-score-redaction-engine", "exec-redact-log-shard"):
        assert images.pop(name) == pins["redaction"].reference
    assert set(images.values()) == {pins["runtime"].reference}
    lint = run_cli("--root", str(project), "lint", str(project / "compiled"))
    assert "MLG001" not in lint.stdout, lint.stdout


def test_unreachable_registry_is_a_clear_error(component_image: BuiltImages) -> None:
    with pytest.raises(
        CheckFailed, match=r"push to 127\.0\.0\.1:9/mlgate/python-runtime:test (refused|failed)"
    ):
        push_image(component_image.runtime, "127.0.0.1:9", "mlgate/python-runtime", "test")


def test_rejected_push_is_a_clear_error(
    component_image: BuiltImages, readonly_registry: str
) -> None:
    with pytest.raises(
        CheckFailed, match=f"push to {readonly_registry}/mlgate/python-runtime:test refused"
    ):
        push_image(component_image.runtime, readonly_registry, "mlgate/python-runtime", "test")


def test_lock_is_written_atomically_and_read_back(tmp_path: Path) -> None:
    lock_file = tmp_path / "image.lock.json"
    one = ImageLock(repository="r.example/mlgate/x", tag="1", digest="sha256:" + "a" * 64)
    lock = ImageLocks(runtime=one, redaction=one.model_copy(update={"repository": "r.example/y"}))
    write_image_lock(lock_file, lock)
    assert load_image_locks(lock_file.read_text()) == lock
    assert load_image_lock(lock_file.read_text(), image="redaction").repository == "r.example/y"
    assert [p.name for p in tmp_path.iterdir()] == ["image.lock.json"]
    assert json.loads(lock_file.read_text())["runtime"]["digest"] == "sha256:" + "a" * 64


def test_hand_broken_lock_stops_build_and_compile_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "image.lock.json"
    good = json.loads((REPO / "images" / "image.lock.json").read_text())
    good["runtime"]["digest"] = "sha256:abc"
    broken.write_text(json.dumps(good))
    monkeypatch.setenv("MLGATE_IMAGE_LOCK", str(broken))
    with pytest.raises(InputError, match="runtime.digest: String should match"):
        load_image_lock()
    project = tmp_path / "project"
    shutil.copytree(REPO / "pipelines", project / "pipelines")
    result = run_cli("--root", str(project), "compile")
    assert result.returncode == 2 and "images/image.lock.json is invalid" in result.stderr
    assert not (project / "compiled").exists()
