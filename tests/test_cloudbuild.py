"""cloudbuild.yaml: valid YAML whose steps do what a pull request needs, in order."""

import re

import yaml

from tests.conftest import REPO

CONFIG = yaml.safe_load((REPO / "cloudbuild.yaml").read_text())
STEPS = {step["id"]: step for step in CONFIG["steps"]}


def _command(step: dict) -> str:
    return " ".join([step.get("entrypoint", ""), *step.get("args", [])])


def test_steps_run_in_pull_request_order() -> None:
    assert list(STEPS) == ["install", "test", "compile-check", "wheelhouse", "build", "push"]
    assert "pip install" in _command(STEPS["install"]) and ".[dev]" in _command(STEPS["install"])
    assert _command(STEPS["test"]).startswith("/workspace/.venv/bin/pytest")
    assert _command(STEPS["compile-check"]).endswith("mlgate compile --check")
    assert "make_wheelhouse" in _command(STEPS["wheelhouse"])


def test_image_is_built_from_images_base_and_pushed_to_artifact_registry() -> None:
    build = STEPS["build"]["args"]
    assert build[0] == "build" and build[-1] == "images/base"
    assert "--build-arg=BASE_IMAGE=${_BASE_IMAGE}" in build
    tag = next(arg.removeprefix("--tag=") for arg in build if arg.startswith("--tag="))
    assert re.fullmatch(
        r"\$\{_REGION\}-docker\.pkg\.dev/\$\{PROJECT_ID\}/\$\{_REPOSITORY\}/.+", tag
    )
    assert STEPS["push"]["args"] == ["push", tag]
    assert CONFIG["images"] == [tag]


def test_every_user_substitution_is_declared() -> None:
    used = set(re.findall(r"\$\{(_[A-Z_]+)\}", (REPO / "cloudbuild.yaml").read_text()))
    assert used == set(CONFIG["substitutions"])
