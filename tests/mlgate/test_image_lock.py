import json
from pathlib import Path

import pytest

from mlgate.errors import InputError
from mlgate.gitops.image_lock import load_image_lock
from tests.conftest import REPO

DIGEST = "sha256:" + "ab" * 32


def test_shipped_lock_is_the_one_under_images() -> None:
    shipped = load_image_lock()
    assert shipped == load_image_lock((REPO / "images" / "image.lock.json").read_text())


def _lock(runtime: dict[str, object]) -> str:
    redaction = {"repository": "r/red", "tag": "1.0"}
    return json.dumps({"runtime": runtime, "redaction": redaction})


def test_reference_pins_the_digest_once_pushed() -> None:
    lock = load_image_lock(_lock({"repository": "r/x", "tag": "1.0", "digest": DIGEST}))
    assert lock.reference == f"r/x@{DIGEST}"
    assert load_image_lock(_lock({"repository": "r/x", "tag": "1.0"})).reference == "r/x:1.0"
    assert (
        load_image_lock(_lock({"repository": "r/x", "tag": "1"}), "redaction").reference
        == "r/red:1.0"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"runtime": {"repository": "r/x", "tag": ', r"not valid JSON \(line 1\)"),
        (
            _lock({"repository": "r/x", "tag": "1", "digest": "sha256:zz"}),
            "runtime.digest: String should match",
        ),
        (
            _lock({"repository": "r/x", "tag": "1", "extra": 1}),
            "runtime.extra: Extra inputs are not permitted",
        ),
        (_lock({"tag": "1"}), "runtime.repository: Field required"),
        ('{"repository": "r/x", "tag": "1"}', "runtime: Field required"),
    ],
)
def test_hand_edited_lock_gets_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load_image_lock(text)
    assert "images/image.lock.json" in str(info.value)


def test_unknown_image_name_is_named() -> None:
    with pytest.raises(InputError, match="unknown image 'gpu'; the images are runtime, redaction"):
        load_image_lock(image="gpu")


# The tasks that run the redaction engine (spaCy): the rest run in the runtime image.
REDACTION_EXECUTORS = {
    "exec-redact-clinical-logs",
    "exec-score-redaction-engine",
    "exec-redact-log-shard",
}


def test_every_compiled_executor_uses_the_locked_image() -> None:
    import yaml

    runtime, redaction = load_image_lock().reference, load_image_lock(image="redaction").reference
    for path in (REPO / "compiled").glob("*.yaml"):
        spec = next(d for d in yaml.safe_load_all(path.read_text()) if "deploymentSpec" in d)
        for name, executor in spec["deploymentSpec"]["executors"].items():
            expected = redaction if name in REDACTION_EXECUTORS else runtime
            assert executor["container"]["image"] == expected, (path.name, name)
        assert "pip install" not in path.read_text(), path.name


def test_lock_symlink_points_into_images() -> None:
    link = REPO / "mlgate" / "gitops" / "image.lock.json"
    assert link.is_symlink()
    assert link.resolve() == (REPO / "images" / "image.lock.json").resolve()
    assert Path(link.readlink()) == Path("../../images/image.lock.json")


def test_components_and_pipelines_are_mlgate_subpackages_by_symlink() -> None:
    # The design card's folders stay at the top; the wheel has them under mlgate only.
    for folder in ("components", "pipelines"):
        link = REPO / "mlgate" / folder
        assert link.is_symlink() and Path(link.readlink()) == Path("..") / folder
