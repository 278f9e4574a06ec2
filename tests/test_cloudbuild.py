"""cloudbuild.yaml: valid YAML whose steps do what pull requests and main need, in order."""

import re

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
