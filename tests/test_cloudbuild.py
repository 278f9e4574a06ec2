"""cloudbuild.yaml and cloudbuild.release.yaml: valid YAML whose steps do what each trigger needs."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO

TEXT = (REPO / "cloudbuild.yaml").read_text()
CONFIG = yaml.safe_load(TEXT)
STEPS = {step["id"]: step for step in CONFIG["steps"]}
IMAGE = (
    r"\$\{_REGION\}-docker\.pkg\.dev/\$\{PROJECT_ID\}/\$\{_REPOSITORY\}/\$\$target:\$\{SHORT_SHA\}"
)


def _command(step: dict) -> str:
    return " ".join([step.get("entrypoint", ""), *step.get("args", [])])


def test_steps_run_in_order() -> None:
    assert list(STEPS) == [
        "install",
        "lock-check",
        "test",
        "compile-check",
        "lint",
        "review-diff",
        "wheelhouse",
        "build",
        "push",
        "check-pinned",
    ]
    assert _command(STEPS["install"]).endswith("scripts/venv.sh /workspace/.venv python")
    assert "scripts/lock.sh --check" in _command(STEPS["lock-check"])
    assert _command(STEPS["test"]).startswith("/workspace/.venv/bin/pytest")
    assert _command(STEPS["compile-check"]).endswith("mlgate compile --check")
    assert _command(STEPS["lint"]).endswith("mlgate lint compiled")
    assert "mlgate diff --git FETCH_HEAD --format markdown" in _command(STEPS["review-diff"])
    assert "make_wheelhouse" in _command(STEPS["wheelhouse"])
    assert STEPS["wheelhouse"]["name"] == "python:3.11"  # has strip


def test_both_images_are_built_from_images_base_for_artifact_registry() -> None:
    build = _command(STEPS["build"])
    assert "for target in runtime redaction" in build
    assert "--build-arg=BASE_IMAGE=${_BASE_IMAGE} --target=$$target" in build
    assert re.search(f"--tag={IMAGE} images/base", build)


def test_main_pushes_and_fails_unless_specs_pin_the_pushed_digests() -> None:
    push, check = _command(STEPS["push"]), _command(STEPS["check-pinned"])
    for script in (push, check):
        assert 'if [ -n "${_PR_NUMBER}" ]' in script  # pull requests stop before this
    assert "for target in runtime redaction" in push
    assert re.search(r"image=" + IMAGE, push) and "docker push $$image" in push
    assert "RepoDigests" in push and "/workspace/pushed-$$target" in push
    assert "write_image_lock" in check and "for name in ('runtime', 'redaction')" in check
    assert "MLGATE_IMAGE_LOCK=/workspace/pushed.lock.json" in check
    assert check.rstrip().endswith("mlgate compile --check")
    assert "images" not in CONFIG  # nothing is pushed implicitly, e.g. from a pull request


def test_every_user_substitution_is_declared() -> None:
    used = set(re.findall(r"\$\{(_[A-Z_]+)\}", TEXT))
    assert used == set(CONFIG["substitutions"])


# --- cloudbuild.release.yaml: a release on a version tag. ---

RELEASE_TEXT = (REPO / "cloudbuild.release.yaml").read_text()
RELEASE = yaml.safe_load(RELEASE_TEXT)
RELEASE_STEPS = {step["id"]: step for step in RELEASE["steps"]}
# What Cloud Build would substitute, for running the steps here.
VALUES = {
    "_REGION": "europe-west4",
    "_REPOSITORY": "mlgate",
    "_BASE_IMAGE": "python:3.11-slim",
    "_RELEASE_BUCKET": "releases",
    "PROJECT_ID": "proj",
}
DIGEST = "sha256:" + "d" * 64


def _substitute(text: str, values: dict[str, str]) -> str:
    """Cloud Build's substitution: ${NAME} is replaced, $$ is a literal $."""
    return "$".join(
        re.sub(r"\$\{([A-Z_]+)\}", lambda m: values[m.group(1)], part) for part in text.split("$$")
    )


def _script(step_id: str, workspace: Path, tag: str = "v0.1.0") -> str:
    step = RELEASE_STEPS[step_id]
    assert step["entrypoint"] == "bash" and step["args"][0] == "-ec"
    script = _substitute(step["args"][1], {**VALUES, "TAG_NAME": tag})
    return script.replace("/workspace", str(workspace))


def _run_step(
    step_id: str, workspace: Path, bin_dir: Path, tag: str = "v0.1.0"
) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "LOG": str(workspace / "calls.log")}
    for item in RELEASE_STEPS[step_id].get("env", []):
        name, value = _substitute(item, {**VALUES, "TAG_NAME": tag}).split("=", 1)
        env[name] = value
    return subprocess.run(
        ["bash", "-ec", _script(step_id, workspace, tag)],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
    )


def _fake(bin_dir: Path, name: str, body: str) -> None:
    bin_dir.mkdir(exist_ok=True)
    tool = bin_dir / name
    tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "$LOG"\n{body}\n')
    tool.chmod(0o755)


def test_release_runs_on_a_version_tag_and_checks_before_it_builds() -> None:
    assert list(RELEASE_STEPS) == [
        "install",
        "check-source",
        "test",
        "not-published",
        "wheelhouse",
        "build",
        "push",
        "pin",
        "compile",
        "wheel",
        "check-release",
        "stage",
    ]
    pattern = re.search(r"--tag-pattern='([^']+)'", RELEASE_TEXT)
    assert pattern and "--build-config=cloudbuild.release.yaml" in RELEASE_TEXT
    assert [bool(re.search(pattern.group(1), t)) for t in ("v0.1.0", "0.1.0", "main")] == [
        True,
        False,
        False,
    ]
    assert _command(RELEASE_STEPS["install"]).endswith("scripts/venv.sh /workspace/.venv python")
    assert RELEASE_STEPS["check-source"]["args"] == [
        "-m",
        "mlgate.gitops.release",
        "check",
        "${TAG_NAME}",
    ]
    assert _command(RELEASE_STEPS["test"]).startswith("/workspace/.venv/bin/pytest")
    assert RELEASE_STEPS["wheelhouse"] == STEPS["wheelhouse"]  # the same images as main's
    assert RELEASE["timeout"] == "3600s"
    assert "images" not in RELEASE  # pushed by the push step, after the checks, never implicitly


def test_release_substitutions_are_declared() -> None:
    used = set(re.findall(r"\$\{(_[A-Z_]+)\}", RELEASE_TEXT))
    assert used == set(RELEASE["substitutions"])


def test_the_source_check_step_runs_here_and_refuses_a_wrong_tag() -> None:
    step = RELEASE_STEPS["check-source"]
    command = [sys.executable, *(a.replace("${TAG_NAME}", "v0.0.0-not-this") for a in step["args"])]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "release 'v0.0.0-not-this' is not ready:\n- the tag is 'v0.0.0-not-this'" in (
        result.stderr
    )


def test_build_push_and_pin_tag_the_images_with_the_version_and_pin_their_digests(
    tmp_path: Path,
) -> None:
    from mlgate.gitops.image_lock import load_image_locks
    from mlgate.gitops.release import main

    # A docker that records its calls and reports a digest for what it pushed.
    _fake(
        tmp_path / "bin",
        "docker",
        f'if [ "$1" = inspect ]; then for last; do :; done; echo "${{last%:*}}@{DIGEST}"; fi',
    )
    for step in ("build", "push"):
        result = _run_step(step, tmp_path, tmp_path / "bin")
        assert result.returncode == 0, result.stderr
    image = "europe-west4-docker.pkg.dev/proj/mlgate/{}:0.1.0"
    calls = (tmp_path / "calls.log").read_text().splitlines()
    assert calls == [
        "docker build --build-arg=BASE_IMAGE=python:3.11-slim --target=runtime "
        f"--tag={image.format('runtime')} images/base",
        "docker build --build-arg=BASE_IMAGE=python:3.11-slim --target=redaction "
        f"--tag={image.format('redaction')} images/base",
        f"docker push {image.format('runtime')}",
        f"docker inspect --format={{{{index .RepoDigests 0}}}} {image.format('runtime')}",
        f"docker push {image.format('redaction')}",
        f"docker inspect --format={{{{index .RepoDigests 0}}}} {image.format('redaction')}",
    ]

    pin = RELEASE_STEPS["pin"]
    assert pin["args"] == [
        "-m",
        "mlgate.gitops.release",
        "pin",
        "/workspace",
        "images/image.lock.json",
    ]
    lock = tmp_path / "image.lock.json"  # not the repository's images/image.lock.json
    assert main(["--root", str(REPO), *pin["args"][2:3], str(tmp_path), str(lock)]) == 0
    locks = load_image_locks(lock.read_text())
    assert locks.runtime.reference == f"europe-west4-docker.pkg.dev/proj/mlgate/runtime@{DIGEST}"
    assert locks.redaction.tag == "0.1.0" and locks.redaction.digest == DIGEST


def test_compile_then_wheel_then_check_with_the_pushed_lock() -> None:
    from mlgate.cli import build_parser

    compile_step = _command(RELEASE_STEPS["compile"])
    commands = re.findall(r"/workspace/\.venv/bin/mlgate ([^\n]+)", compile_step)
    assert commands == ["compile", "docs", "lint compiled"]
    for command in commands:  # each is a real subcommand with valid arguments
        build_parser().parse_args(command.split())
    wheel = _command(RELEASE_STEPS["wheel"])
    assert "rm -rf build" in wheel  # setuptools would pack modules left in build/lib
    assert "pip wheel --quiet --no-deps --no-build-isolation --wheel-dir /workspace/dist ." in wheel
    check = _command(RELEASE_STEPS["check-release"])
    assert 'mlgate.gitops.release check "${TAG_NAME}"' in check
    assert "--wheel /workspace/dist/mlgate-*.whl --image-lock images/image.lock.json" in check


def test_a_published_version_is_refused(tmp_path: Path) -> None:
    _fake(tmp_path / "bin", "gcloud", "exit 0")  # the release's folder exists
    result = _run_step("not-published", tmp_path, tmp_path / "bin")
    assert result.returncode == 1
    assert "gs://releases/mlgate/v0.1.0/ exists: v0.1.0 is already published" in result.stdout
    assert "gcloud storage ls gs://releases/mlgate/v0.1.0/" in (tmp_path / "calls.log").read_text()
    _fake(tmp_path / "bin", "gcloud", "echo 'matched no objects' >&2; exit 1")
    assert _run_step("not-published", tmp_path, tmp_path / "bin").returncode == 0


def test_stage_gathers_what_the_artifacts_publish(tmp_path: Path) -> None:
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "mlgate-0.1.0-py3-none-any.whl").write_bytes(b"wheel")
    (tmp_path / "images").mkdir()
    shutil.copy(REPO / "images" / "image.lock.json", tmp_path / "images")
    shutil.copytree(REPO / "compiled" / "components", tmp_path / "compiled" / "components")
    result = _run_step("stage", tmp_path, tmp_path / "bin")
    assert result.returncode == 0, result.stderr
    artifacts = RELEASE["artifacts"]["objects"]
    assert artifacts["location"] == "gs://${_RELEASE_BUCKET}/mlgate/${TAG_NAME}/"
    staged = sorted(p.name for path in artifacts["paths"] for p in tmp_path.glob(path))
    components = sorted(p.name for p in (REPO / "compiled" / "components").glob("*.yaml"))
    assert staged == sorted(["image.lock.json", "mlgate-0.1.0-py3-none-any.whl", *components])
