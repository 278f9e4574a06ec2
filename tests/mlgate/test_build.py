"""Building the images without docker: stripped wheels, and tags that are the package version."""

from __future__ import annotations

import base64
import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from mlgate.gitops.build import strip_debug_info
from tests.conftest import REPO


def _debug_object() -> bytes:
    import spacy.tokens.doc as doc  # spaCy's wheels ship their modules with debug info

    data = Path(doc.__file__).read_bytes()
    assert b".debug_info" in data
    return data


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils' strip is not installed")
def test_strip_removes_debug_info_and_keeps_the_record_true(tmp_path: Path) -> None:
    obj, vendored = _debug_object(), _debug_object()
    files = {
        "pkg/__init__.py": b"x = 1\n",
        "pkg/fast.cpython-311-x86_64-linux-gnu.so": obj,
        "pkg.libs/libvendored.so.1": vendored,  # auditwheel's: must not be touched
    }
    record = "".join(f"{name},{_hash(data)},{len(data)}\n" for name, data in files.items())
    record += "pkg-1.0.dist-info/RECORD,,\n"
    wheel = tmp_path / "pkg-1.0-cp311-cp311-linux_x86_64.whl"
    with zipfile.ZipFile(wheel, "w") as out:
        for name, data in files.items():
            out.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
        out.writestr("pkg-1.0.dist-info/RECORD", record)

    saved = strip_debug_info(wheel)

    with zipfile.ZipFile(wheel) as result:
        assert result.namelist() == [*files, "pkg-1.0.dist-info/RECORD"]
        stripped = result.read("pkg/fast.cpython-311-x86_64-linux-gnu.so")
        assert b".debug_info" not in stripped and saved == len(obj) - len(stripped) > 0
        assert result.read("pkg.libs/libvendored.so.1") == vendored
        assert result.read("pkg/__init__.py") == b"x = 1\n"
        assert result.getinfo("pkg/__init__.py").date_time == (2020, 1, 1, 0, 0, 0)
        lines = dict(
            line.split(",", 1)
            for line in result.read("pkg-1.0.dist-info/RECORD").decode().splitlines()
        )
        assert (
            lines["pkg/fast.cpython-311-x86_64-linux-gnu.so"]
            == f"{_hash(stripped)},{len(stripped)}"
        )
    assert strip_debug_info(wheel) == 0  # a second pass finds nothing to do


# --- Tags: both images carry the package version, and the lock records it (no docker here). ---

REGISTRY_DIGEST = "sha256:" + "c" * 64


def test_image_tag_is_the_package_version() -> None:
    import mlgate
    from mlgate.gitops.build import image_tag

    assert image_tag(REPO) == mlgate.__version__


@pytest.mark.parametrize(
    ("version", "tag"),
    [("0.1.0", "0.1.0"), ("1.0.0rc1", "1.0.0rc1"), ("0.2.0+g1a2b", "0.2.0-g1a2b")],
)
def test_a_version_becomes_a_valid_image_tag(version: str, tag: str) -> None:
    from mlgate.gitops.image_lock import ImageLock, version_tag

    assert version_tag(version) == tag
    assert ImageLock(repository="r/x", tag=version_tag(version)).reference == f"r/x:{tag}"


def test_a_version_that_cannot_be_a_tag_is_refused() -> None:
    from mlgate.errors import InputError
    from mlgate.gitops.image_lock import version_tag

    with pytest.raises(InputError, match=r"version '\.1' cannot tag an image.*pyproject\.toml"):
        version_tag(".1")


class _FakeBuild:
    """Stands in for docker: records what `mlgate build` builds and pushes."""

    def __init__(self) -> None:
        self.built: list[tuple[str, str | None]] = []
        self.pushed: list[tuple[str, str, str, str]] = []

    def build_image(self, context: Path, tag: str, **kwargs: object) -> str:
        self.built.append((tag, kwargs.get("target")))  # type: ignore[arg-type]
        return "sha256:" + ("1" if kwargs.get("target") == "runtime" else "2") * 64

    def push_image(
        self, image_id: str, registry: str, repository: str, tag: str, **kwargs: object
    ) -> str:
        self.pushed.append((image_id, registry, repository, tag))
        return REGISTRY_DIGEST


@pytest.fixture
def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, _FakeBuild]:
    from mlgate.gitops import build

    root = tmp_path / "project"
    (root / "images").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "mlgate"\nversion = "2.3.4"\n')
    # The committed lock's tag (an earlier version) is what the build must not keep.
    shutil.copy(REPO / "images" / "image.lock.json", root / "images" / "image.lock.json")
    fake = _FakeBuild()
    monkeypatch.setattr(build, "docker_client", lambda: object())
    monkeypatch.setattr(build, "make_wheelhouse", lambda root, context: context / "wheelhouse")
    monkeypatch.setattr(build, "build_image", fake.build_image)
    monkeypatch.setattr(build, "push_image", fake.push_image)
    return root, fake


def test_build_tags_both_images_with_the_version_and_the_lock_agrees(
    fake_build: tuple[Path, _FakeBuild], capsys: pytest.CaptureFixture[str]
) -> None:
    from mlgate.cli import main
    from mlgate.gitops.image_lock import load_image_locks

    root, fake = fake_build
    assert main(["--root", str(root), "build"]) == 0
    assert fake.built == [
        ("mlgate/python-runtime:2.3.4", "runtime"),
        ("mlgate/redaction-runtime:2.3.4", "redaction"),
    ]
    assert not fake.pushed
    assert "built mlgate/python-runtime:2.3.4 (sha256:" in capsys.readouterr().out
    locks = load_image_locks((root / "images" / "image.lock.json").read_text())
    assert (locks.runtime.tag, locks.runtime.digest) == ("2.3.4", None)
    assert locks.runtime.reference == "mlgate/python-runtime:2.3.4"
    assert locks.redaction.image_id == "sha256:" + "2" * 64


def test_build_push_pushes_the_version_tag_and_pins_the_digest(
    fake_build: tuple[Path, _FakeBuild], capsys: pytest.CaptureFixture[str]
) -> None:
    from mlgate.cli import main
    from mlgate.gitops.image_lock import load_image_locks

    root, fake = fake_build
    assert main(["--root", str(root), "build", "--push", "registry.example:5000/"]) == 0
    assert [(registry, repo, tag) for _, registry, repo, tag in fake.pushed] == [
        ("registry.example:5000/", "mlgate/python-runtime", "2.3.4"),
        ("registry.example:5000/", "mlgate/redaction-runtime", "2.3.4"),
    ]
    locks = load_image_locks((root / "images" / "image.lock.json").read_text())
    for lock, name in ((locks.runtime, "python-runtime"), (locks.redaction, "redaction-runtime")):
        assert lock.repository == f"registry.example:5000/mlgate/{name}"
        assert lock.tag == "2.3.4" and lock.digest == REGISTRY_DIGEST
        assert lock.reference == f"registry.example:5000/mlgate/{name}@{REGISTRY_DIGEST}"
    assert f"pushed registry.example:5000/mlgate/python-runtime@{REGISTRY_DIGEST}" in (
        capsys.readouterr().out
    )
