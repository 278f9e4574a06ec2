"""mlgate init: a team's repository in which the mlgate loop works from the first commit."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

import mlgate
from mlgate.errors import InputError
from mlgate.gitops import scaffold as scaffold_module
from mlgate.gitops.image_lock import IMAGES, load_image_locks
from mlgate.gitops.scaffold import check_registry, init_project, mirror_plan
from tests.conftest import REPO, run_cli

REGISTRY = "europe-docker.pkg.dev/acme/ml"
PIPELINE = "acme-ml-data-check"
FILES = {
    ".gitignore",
    ".pre-commit-config.yaml",
    "Makefile",
    "README.md",
    "cloudbuild.yaml",
    "pyproject.toml",
    "compiled/acme-ml-data-check.yaml",
    "contracts/breast_cancer.yaml",
    "pipelines/__init__.py",
    "pipelines/data_check.py",
    "tests/test_data_check.py",
}
# This repository's venv first on PATH: the scaffold runs the mlgate under test, installing nothing.
ON_PATH = {
    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    "MLGATE_PYTHON": "python",
}


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("init") / "acme-ml"
    out = run_cli("init", str(root), "--registry", f"{REGISTRY}/", cwd=root.parent)
    assert out.returncode == 0, out.stderr
    assert "wrote compiled/acme-ml-data-check.yaml" in out.stdout
    return root


def _files(root: Path) -> set[str]:
    """The files under ``root``, less the caches Python and pytest leave (.gitignore'd)."""
    caches = {"__pycache__", ".pytest_cache"}
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not caches & set(p.relative_to(root).parts)
    }


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=300, env={**os.environ, **env}
    )


def test_init_writes_the_scaffold_compiled_with_every_placeholder_filled(scaffold: Path) -> None:
    assert _files(scaffold) == FILES
    for name in FILES - {f"compiled/{PIPELINE}.yaml"}:  # kfp writes {{$}} into specs
        assert not re.search(r"\{\{\w+\}\}", (scaffold / name).read_text()), name
    pyproject = tomllib.loads((scaffold / "pyproject.toml").read_text())
    assert pyproject["project"]["name"] == "acme-ml"
    assert pyproject["project"]["dependencies"] == [f"mlgate=={mlgate.__version__}"]
    assert pyproject["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
    spec = (scaffold / "compiled" / f"{PIPELINE}.yaml").read_text()
    runtime = load_image_locks().get("runtime").reference
    assert re.findall(r"image: (\S+)", spec) == [runtime] * 3  # mlgate's image, by digest
    pipeline = (scaffold / "pipelines" / "data_check.py").read_text()
    assert "from mlgate.components.validate_schema.component import validate_schema" in pipeline


def test_mlgate_commands_work_in_the_scaffold_as_in_this_repository(
    scaffold: Path, tmp_path: Path
) -> None:
    below = scaffold / "pipelines"  # the root is found from a folder inside it, too
    for args, cwd, expected in (
        (["compile", "--check"], below, "compiled/ is up to date"),
        (["lint", "compiled"], scaffold, "no findings"),
        (["diff", "compiled", "compiled"], scaffold, ""),  # no change: says nothing
        (["submit", PIPELINE, "--host", "http://127.0.0.1:9", "--dry-run"], below, "was sent"),
    ):
        out = run_cli(*args, cwd=cwd)
        assert out.returncode == 0, (args, out.stdout, out.stderr)
        assert expected in out.stdout if expected else out.stdout == ""
    out = run_cli("run", "data_check", "--workdir", str(tmp_path), cwd=scaffold)
    assert out.returncode == 0, out.stderr
    assert "positive-rate: SUCCESS" in out.stdout
    assert _files(scaffold) == FILES  # none of them wrote into the repository


def test_make_test_passes_with_the_mlgate_on_path(scaffold: Path) -> None:
    out = _run(["make", "test"], scaffold, ON_PATH)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "compiled/ is up to date" in out.stdout and "no findings" in out.stdout
    assert re.search(r"\b2 passed\b", out.stdout)  # the example ran through kfp.local


def test_without_mlgate_python_make_installs_the_pinned_mlgate_into_a_venv(scaffold: Path) -> None:
    # (CI runs this under `make test`: a make inside a make prints its directories unless told
    # not to, and MAKEFLAGS would carry the outer make's options in)
    unset = {"MLGATE_PYTHON", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    env = {key: value for key, value in os.environ.items() if key not in unset}
    out = subprocess.run(
        ["make", "--no-print-directory", "-n", "test"],
        cwd=scaffold,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert lines[:2] == ["python3.11 -m venv .venv", '.venv/bin/pip install --quiet ".[dev]"']
    assert ".venv/bin/python -m mlgate.cli compile --check" in lines
    assert ".venv/bin/python -m pytest" in lines


def test_the_pre_commit_hooks_run_compile_check_and_lint(scaffold: Path) -> None:
    config = yaml.safe_load((scaffold / ".pre-commit-config.yaml").read_text())
    (repo,) = config["repos"]
    hooks = {hook["id"]: hook for hook in repo["hooks"]}
    assert repo["repo"] == "local" and set(hooks) == {"mlgate-compile-check", "mlgate-lint"}
    for hook in hooks.values():
        assert hook["language"] == "system" and hook["pass_filenames"] is False
        out = _run(shlex.split(hook["entry"]), scaffold, ON_PATH)  # what pre-commit runs
        assert out.returncode == 0, (hook["id"], out.stdout, out.stderr)
    assert "mlgate.cli compile --check" in hooks["mlgate-compile-check"]["entry"]
    assert "mlgate.cli lint compiled" in hooks["mlgate-lint"]["entry"]


def test_the_registry_is_in_pyproject_and_main_mirrors_the_pinned_images_there(
    scaffold: Path,
) -> None:
    pyproject = tomllib.loads((scaffold / "pyproject.toml").read_text())
    assert pyproject["tool"]["mlgate"]["image_registry"] == REGISTRY  # trailing / dropped
    locks = load_image_locks()
    assert mirror_plan(scaffold) == [
        (
            locks.get(image).reference,
            f"{REGISTRY}/mlgate/{locks.get(image).repository.rsplit('/', 1)[-1]}"
            f":{locks.get(image).tag}",
        )
        for image in IMAGES
    ]
    readme = (scaffold / "README.md").read_text()
    assert f'[tool.mlgate]\nimage_registry = "{REGISTRY}"' in readme
    assert f"{REGISTRY}/mlgate/python-runtime:<tag>" in readme


def test_the_cloud_build_config_checks_pull_requests_and_submits_on_main(scaffold: Path) -> None:
    text = (scaffold / "cloudbuild.yaml").read_text()
    config = yaml.safe_load(text)
    steps = {step["id"]: " ".join([step["entrypoint"], *step["args"]]) for step in config["steps"]}
    assert list(steps) == [
        "install",
        "test",
        "compile-check",
        "lint",
        "review-diff",
        "mirror-plan",
        "mirror-images",
        "submit",
    ]
    assert steps["compile-check"].endswith("mlgate compile --check")
    assert steps["lint"].endswith("mlgate lint compiled")
    assert "mlgate diff --git FETCH_HEAD --format markdown" in steps["review-diff"]
    assert "mirror_plan(Path('.'))" in steps["mirror-plan"]
    assert 'gcrane cp "$$src" "$$dst"' in steps["mirror-images"]
    assert "mlgate submit" in steps["submit"]
    for step in ("mirror-plan", "mirror-images", "submit"):  # main only
        assert 'if [ -n "${_PR_NUMBER}" ]' in steps[step]
    assert config["substitutions"]["_SUBMIT"] == PIPELINE
    assert set(re.findall(r"\$\{(_[A-Z_]+)\}", text)) == set(config["substitutions"])


def _cloud_build_script(step: dict[str, Any], subs: dict[str, str], workspace: Path) -> str:
    """A step's script as Cloud Build hands it to the shell: ${_X} filled in, $$ made $."""
    text = re.sub(r"\$\{(_?[A-Z_]+)\}", lambda m: subs[m.group(1)], step["args"][1])
    text = text.replace("$$", "$").replace("/workspace/.venv", str(Path(sys.executable).parents[1]))
    return text.replace("/workspace/", f"{workspace}/")


def _main_branch(
    scaffold: Path, tmp_path: Path, step: str, *, copies_keep_digest: bool = True
) -> subprocess.CompletedProcess[str]:
    """Runs a Cloud Build step as on main (_PR_NUMBER empty), with a stand-in for gcrane."""
    config = yaml.safe_load((scaffold / "cloudbuild.yaml").read_text())
    (found,) = [s for s in config["steps"] if s["id"] == step]
    subs = {**config["substitutions"], "PROJECT_ID": "acme-prod"}
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    # cp records what it copied and the digest the copy got; digest answers for the copy.
    digest = "${2#*@}" if copies_keep_digest else "sha256:0000"
    (bin_dir / "gcrane").write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = cp ]; then echo "$3 {digest}" >> {tmp_path}/copied; exit 0; fi\n'
        f'grep "^$2 " {tmp_path}/copied | cut -d" " -f2\n'
    )
    (bin_dir / "gcrane").chmod(0o755)
    script = _cloud_build_script(found, subs, tmp_path)
    script = script.replace(f"{Path(sys.executable).parent}/mlgate ", "echo mlgate ")
    shell = "sh" if step == "mirror-images" else "bash"  # gcrane's image has busybox sh only
    return _run(
        [shell, "-ec", script], scaffold, {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    )


def test_on_main_the_pinned_images_are_copied_by_digest_then_the_pipeline_submitted(
    scaffold: Path, tmp_path: Path
) -> None:
    for step in ("mirror-plan", "mirror-images"):
        out = _main_branch(scaffold, tmp_path, step)
        assert out.returncode == 0, (step, out.stdout, out.stderr)
    planned = [tuple(line.split()) for line in (tmp_path / "mirror.txt").read_text().splitlines()]
    assert planned == mirror_plan(scaffold)
    copied = (tmp_path / "copied").read_text().splitlines()
    assert copied == [f"{dst} {src.split('@')[1]}" for src, dst in planned]
    out = _main_branch(scaffold, tmp_path, "submit")  # mlgate stood in for by echo
    assert out.stdout.split() == [
        "mlgate",
        "submit",
        PIPELINE,
        "--vertex",
        "--project",
        "acme-prod",
        "--region",
        "europe-west4",
    ]


def test_on_main_a_copy_with_another_digest_fails_the_build(scaffold: Path, tmp_path: Path) -> None:
    assert _main_branch(scaffold, tmp_path, "mirror-plan").returncode == 0
    out = _main_branch(scaffold, tmp_path, "mirror-images", copies_keep_digest=False)
    assert out.returncode == 1
    assert "mlgate/python-runtime:" in out.stdout and "not the digest of" in out.stdout


def test_init_refuses_a_directory_that_is_not_empty_and_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "team"
    root.mkdir()
    (root / "notes.txt").write_text("mine\n")
    out = run_cli("init", str(root), "--registry", REGISTRY, cwd=tmp_path)
    assert out.returncode == 2
    assert f"{root}: not empty (found notes.txt)" in out.stderr
    assert _files(tmp_path) == {"team/notes.txt"}
    file = tmp_path / "file"
    file.write_text("")
    with pytest.raises(InputError, match="is a file"):
        init_project(file, registry=REGISTRY)


@pytest.mark.parametrize(
    "registry",
    ["https://europe-docker.pkg.dev/acme", "Europe-docker.pkg.dev/acme", "ghcr.io/acme:v1", ""],
)
def test_a_bad_registry_is_refused_before_anything_is_written(
    tmp_path: Path, registry: str
) -> None:
    with pytest.raises(InputError, match="not a container registry"):
        init_project(tmp_path / "team", registry=registry)
    assert not (tmp_path / "team").exists()
    assert check_registry("localhost:5000/") == "localhost:5000"


def test_a_failure_half_way_leaves_the_directory_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(root: Path) -> None:
        assert (root / "pipelines" / "data_check.py").is_file()  # the failure is half-way
        raise InputError("compile failed")

    monkeypatch.setattr("mlgate.gitops.project.compile_pipelines", fail)
    with pytest.raises(InputError, match="compile failed"):
        init_project(tmp_path / "new" / "team", registry=REGISTRY)
    assert list(tmp_path.iterdir()) == []  # new/ and new/team are gone again
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="compile failed"):
        init_project(tmp_path / "empty", registry=REGISTRY)
    assert list((tmp_path / "empty").iterdir()) == []


def test_every_template_ships_in_the_wheel() -> None:
    package = Path(scaffold_module.__file__).parent
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["mlgate.gitops"]
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    templates = set((package / scaffold_module.TEMPLATES).rglob("*.tmpl"))
    assert templates and templates <= shipped
    # Hidden files are skipped by setuptools' globs: a leading dot is spelled dot-.
    assert not list((package / scaffold_module.TEMPLATES).rglob(".*"))
