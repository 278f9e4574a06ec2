import json
from pathlib import Path

import pytest

from mlgate.errors import InputError
from mlgate.image_lock import load_image_lock
from tests.conftest import REPO

DIGEST = "sha256:" + "ab" * 32


def test_shipped_lock_is_the_one_under_images() -> None:
    shipped = load_image_lock()
    assert shipped == load_image_lock((REPO / "images" / "image.lock.json").read_text())


def test_reference_pins_the_digest_once_pushed() -> None:
    lock = load_image_lock(json.dumps({"repository": "r/x", "tag": "1.0", "digest": DIGEST}))
    assert lock.reference == f"r/x@{DIGEST}"
    assert load_image_lock('{"repository": "r/x", "tag": "1.0"}').reference == "r/x:1.0"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"repository": "r/x", "tag": ', r"not valid JSON \(line 1\)"),
        ('{"repository": "r/x", "tag": "1", "digest": "sha256:zz"}', "digest: String should match"),
        ('{"repository": "r/x", "tag": "1", "extra": 1}', "extra: Extra inputs are not permitted"),
        ('{"tag": "1"}', "repository: Field required"),
    ],
)
def test_hand_edited_lock_gets_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load_image_lock(text)
    assert "images/image.lock.json" in str(info.value)


def test_every_compiled_executor_uses_the_locked_image() -> None:
    import yaml

    reference = load_image_lock().reference
    for path in (REPO / "compiled").glob("*.yaml"):
        spec = next(d for d in yaml.safe_load_all(path.read_text()) if "deploymentSpec" in d)
        executors = spec["deploymentSpec"]["executors"].values()
        assert {e["container"]["image"] for e in executors} == {reference}, path.name
        assert "pip install" not in path.read_text(), path.name


def test_lock_symlink_points_into_images() -> None:
    link = REPO / "mlgate" / "image.lock.json"
    assert link.is_symlink()
    assert link.resolve() == (REPO / "images" / "image.lock.json").resolve()
    assert Path(link.readlink()) == Path("../images/image.lock.json")
