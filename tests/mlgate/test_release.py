"""The release check: the tag, the version, the CHANGELOG, the pages, the images and the wheel agree."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from mlgate.errors import CheckFailed, InputError
from mlgate.gitops import release
from mlgate.gitops.image_lock import ImageLock, ImageLocks, load_image_locks, write_image_lock
from mlgate.gitops.refdocs import write_reference
from mlgate.gitops.release import check_release, main, pin_pushed, project_version
from tests.conftest import REPO

DIGEST = "sha256:" + "d" * 64
REGISTRY = "europe-west4-docker.pkg.dev/proj/mlgate"


def _project(root: Path, version: str = "1.2.3", changelog: str | None = None) -> Path:
    """A project that is ready to release ``version``: nothing to compile, an index page."""
    (root / "pipelines").mkdir(parents=True)
    (root / "compiled" / "components").mkdir(parents=True)
    (root / "mlgate").mkdir()
    (root / "pyproject.toml").write_text(f'[project]\nname = "mlgate"\nversion = "{version}"\n')
    (root / "mlgate" / "__init__.py").write_text(f'"""mlgate."""\n\n__version__ = "{version}"\n')
    text = f"# Changelog\n\n## Unreleased\n\n## {version}\n- The first release.\n"
    (root / "CHANGELOG.md").write_text(text if changelog is None else changelog)
    write_reference(root)
    return root


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # compile --check runs in a child process (about a second); its own tests run it for real.
    monkeypatch.setattr(release, "_compile_check", lambda root, lock: [])
    return _project(tmp_path / "project")


def _lock(path: Path, tag: str = "1.2.3", digest: str | None = DIGEST) -> Path:
    pins = {
        name: ImageLock(repository=f"{REGISTRY}/{name}", tag=tag, digest=digest)
        for name in ("runtime", "redaction")
    }
    write_image_lock(path, ImageLocks(**pins))
    return path


def _wheel(
    folder: Path, version: str = "1.2.3", *, stated: str | None = None, lock: Path | None = None
) -> Path:
    wheel = folder / f"mlgate-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as out:
        out.writestr("mlgate/__init__.py", f'__version__ = "{version}"\n')
        out.writestr(
            f"mlgate-{version}.dist-info/METADATA",
            f"Metadata-Version: 2.4\nName: mlgate\nVersion: {stated or version}\n",
        )
        if lock is not None:
            out.writestr("mlgate/gitops/image.lock.json", lock.read_text())
    return wheel


def _problems(root: Path, tag: str, **kwargs: Path) -> str:
    with pytest.raises(CheckFailed) as info:
        check_release(root, tag, **kwargs)
    return str(info.value)


def test_a_ready_project_passes_and_returns_its_version(root: Path, tmp_path: Path) -> None:
    assert check_release(root, "v1.2.3") == "1.2.3"
    lock = _lock(tmp_path / "pushed.lock.json")
    wheel = _wheel(tmp_path, lock=lock)
    assert check_release(root, "v1.2.3", wheel=wheel, image_lock=lock) == "1.2.3"


@pytest.mark.parametrize("tag", ["1.2.3", "v1.2.4", "v1.2.3-rc1", ""])
def test_the_tag_must_be_v_and_the_package_version(root: Path, tag: str) -> None:
    message = _problems(root, tag)
    assert f"the tag is {tag!r} but pyproject.toml says version 1.2.3" in message
    assert "tagged v1.2.3" in message


def test_init_must_say_the_same_version(root: Path) -> None:
    (root / "mlgate" / "__init__.py").write_text('__version__ = "1.2.2"\n')
    assert "mlgate/__init__.py says __version__ = '1.2.2', pyproject.toml 1.2.3" in _problems(
        root, "v1.2.3"
    )
    (root / "mlgate" / "__init__.py").write_text('"""No version."""\n')
    assert "mlgate/__init__.py sets no __version__" in _problems(root, "v1.2.3")


@pytest.mark.parametrize(
    ("changelog", "expected"),
    [
        ("# Changelog\n\n## 1.2.2\n- Old.\n", "CHANGELOG.md has no section for 1.2.3"),
        ("## 1.2.3\n\n## 1.2.2\n- Old.\n", "CHANGELOG.md's section for 1.2.3 is empty"),
        ("## 1.2.3\n### Added\n\n## 1.2.2\n- Old.\n", "section for 1.2.3 is empty"),
        (
            "## Unreleased\n- Not listed.\n\n## 1.2.3\n- Listed.\n",
            "still lists changes under `## Unreleased`",
        ),
        ("## 1.2.30\n- Another version.\n", "no section for 1.2.3"),
    ],
)
def test_the_changelog_must_have_a_section_for_the_version(
    root: Path, changelog: str, expected: str
) -> None:
    (root / "CHANGELOG.md").write_text(changelog)
    assert expected in _problems(root, "v1.2.3")


@pytest.mark.parametrize(
    "heading", ["## 1.2.3", "## [1.2.3] - 2025-01-31", "## v1.2.3", "## 1.2.3 (2025-01-31)"]
)
def test_changelog_headings_in_common_styles_count(root: Path, heading: str) -> None:
    (root / "CHANGELOG.md").write_text(f"# Changelog\n\n## Unreleased\n\n{heading}\n- Done.\n")
    assert check_release(root, "v1.2.3") == "1.2.3"


def test_stale_reference_pages_name_the_regeneration_command(root: Path) -> None:
    (root / "docs" / "reference" / "README.md").write_text("edited\n")
    assert "docs/reference/ is stale (README.md): run `mlgate compile && mlgate docs`" in (
        _problems(root, "v1.2.3")
    )


def test_every_problem_is_listed_at_once(root: Path) -> None:
    (root / "CHANGELOG.md").write_text("# Changelog\n")
    message = _problems(root, "v9.9.9")
    assert message.startswith("release 'v9.9.9' is not ready:\n- the tag is")
    assert "\n- CHANGELOG.md has no section for 1.2.3" in message


def test_pushed_images_must_carry_the_version_tag_and_a_digest(root: Path, tmp_path: Path) -> None:
    message = _problems(root, "v1.2.3", image_lock=_lock(tmp_path / "a.json", tag="1.2.2"))
    assert "the runtime image is tagged '1.2.2', not the version 1.2.3" in message
    assert f"push it as {REGISTRY}/redaction:1.2.3" in message
    message = _problems(root, "v1.2.3", image_lock=_lock(tmp_path / "b.json", digest=None))
    assert "the runtime image has no digest, so nothing pins it" in message


def test_the_wheel_must_have_the_version_and_pin_the_pushed_images(
    root: Path, tmp_path: Path
) -> None:
    lock = _lock(tmp_path / "pushed.lock.json")
    (tmp_path / "a").mkdir()
    message = _problems(root, "v1.2.3", wheel=_wheel(tmp_path / "a", "1.2.2", lock=lock))
    assert "the wheel mlgate-1.2.2-py3-none-any.whl is not version 1.2.3" in message
    assert "the wheel's METADATA says '1.2.2', not 1.2.3" in message
    (tmp_path / "b").mkdir()
    stale = _lock(tmp_path / "committed.lock.json", digest="sha256:" + "e" * 64)
    message = _problems(root, "v1.2.3", wheel=_wheel(tmp_path / "b", lock=stale), image_lock=lock)
    assert "the wheel's mlgate/gitops/image.lock.json does not pin the pushed images" in message
    with pytest.raises(InputError, match="no such wheel"):
        check_release(root, "v1.2.3", wheel=tmp_path / "mlgate-1.2.3-py3-none-any.whl")
    (tmp_path / "mlgate-1.2.3-py3-none-any.whl").write_text("not a zip")
    with pytest.raises(InputError, match="not a wheel"):
        check_release(root, "v1.2.3", wheel=tmp_path / "mlgate-1.2.3-py3-none-any.whl")


def test_compile_check_runs_against_the_given_lock(tmp_path: Path) -> None:
    # For real, in a child process: the specs of this repository pin other digests.
    lock = _lock(tmp_path / "pushed.lock.json")
    (problem,) = release._compile_check(REPO, lock)
    assert f"compiled/ is not what `mlgate compile` makes against the pushed lock {lock}" in problem
    assert "stale: compiled/mlgate-reference.yaml" in problem and " more)" in problem
    ready = _project(tmp_path / "project")
    assert release._compile_check(ready, lock) == []
    assert release._compile_check(ready, None) == []


def test_pin_turns_pushed_references_into_a_lock_tagged_with_the_version() -> None:
    pushed = {name: f"{REGISTRY}/{name}@{DIGEST}\n" for name in ("runtime", "redaction")}
    locks = pin_pushed(pushed, "1.2.3+build4")
    assert locks.runtime == ImageLock(
        repository=f"{REGISTRY}/runtime", tag="1.2.3-build4", digest=DIGEST
    )
    assert locks.redaction.reference == f"{REGISTRY}/redaction@{DIGEST}"
    with pytest.raises(InputError, match=r"the pushed redaction image is ''; expected repository@"):
        pin_pushed({"runtime": pushed["runtime"]}, "1.2.3")
    with pytest.raises(InputError, match="the pushed runtime image is 'r/x:1.2.3'"):
        pin_pushed({**pushed, "runtime": "r/x:1.2.3"}, "1.2.3")


def test_main_pins_then_checks(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("runtime", "redaction"):
        (tmp_path / f"pushed-{name}").write_text(f"{REGISTRY}/{name}@{DIGEST}\n")
    out = tmp_path / "image.lock.json"
    assert main(["--root", str(root), "pin", str(tmp_path), str(out)]) == 0
    assert "both images pinned as pushed, tagged 1.2.3" in capsys.readouterr().out
    assert json.loads(out.read_text())["runtime"] == {
        "repository": f"{REGISTRY}/runtime",
        "tag": "1.2.3",
        "digest": DIGEST,
        "image_id": None,
    }
    wheel = _wheel(tmp_path, lock=out)
    args = ["--root", str(root), "check", "v1.2.3", "--wheel", str(wheel), "--image-lock", str(out)]
    assert main(args) == 0
    assert "release v1.2.3: version 1.2.3 agrees everywhere checked" in capsys.readouterr().out
    assert main(["--root", str(root), "check", "v1.2.4"]) == 1
    assert "mlgate: error: release 'v1.2.4' is not ready" in capsys.readouterr().err
    (tmp_path / "pushed-runtime").unlink()
    assert main(["--root", str(root), "pin", str(tmp_path), str(out)]) == 2
    assert "the pushed runtime image is ''" in capsys.readouterr().err
    assert load_image_locks(out.read_text()).runtime.digest == DIGEST  # left as it was


def test_project_version_is_pyprojects(tmp_path: Path) -> None:
    import mlgate

    assert project_version(REPO) == mlgate.__version__
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(InputError, match=r"no \[project\] version"):
        project_version(tmp_path)
    with pytest.raises(InputError, match="cannot read it"):
        project_version(tmp_path / "nowhere")
