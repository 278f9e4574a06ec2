"""One locked environment: the locks agree with pyproject.toml and with each other, and a
venv made from a lock, in another process, retrains a registered model to the same sha256."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from mlgate.environment import environment_lock, record_lock
from mlgate.gitops.project import find_pipeline
from mlgate.local_run import run_pipeline
from tests.conftest import REPO

LOCKS = REPO / "requirements"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\$", re.M)


def _pins(lock: str) -> dict[str, str]:
    text = (LOCKS / lock).read_text()
    pins = {canonicalize_name(name): version for name, version in _PIN.findall(text)}
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert len(pins) == len(entries), f"{lock}: an entry is not `name==version \\` with hashes"
    assert all("--hash=sha256:" in entry for entry in entries), f"{lock}: an entry lacks hashes"
    return pins


def _requirements(extras: set[str]) -> list[Requirement]:
    """mlgate's requirements with ``extras``, following self-references like mlgate[bench]."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    found = [Requirement(r) for r in project["dependencies"]]
    todo, seen = list(extras), set()
    while todo:
        extra = todo.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for requirement in map(Requirement, project["optional-dependencies"][extra]):
            if requirement.name == "mlgate":
                todo.extend(requirement.extras)
            else:
                found.append(requirement)
    return found


@pytest.mark.parametrize(
    ("lock", "extras"),
    [
        ("dev.lock", {"dev"}),
        ("runtime.lock", {"tracking", "boosting"}),
        ("redaction.lock", {"redaction", "tracking", "boosting"}),
    ],
)
def test_each_lock_pins_every_requirement_within_its_range(lock: str, extras: set[str]) -> None:
    pins = _pins(lock)
    environment = {**default_environment(), "python_version": "3.11", "sys_platform": "linux"}
    for requirement in _requirements(extras):
        if requirement.marker and not requirement.marker.evaluate(environment):
            continue
        pinned = pins.get(canonicalize_name(requirement.name))
        assert pinned, f"{lock} lacks {requirement.name}: run `make lock`"
        assert requirement.specifier.contains(pinned, prereleases=True), (
            f"{lock} pins {requirement.name}=={pinned}, outside {requirement}: run `make lock`"
        )


def test_the_image_locks_agree_with_the_dev_lock_on_every_version() -> None:
    dev = _pins("dev.lock")
    for lock in ("runtime.lock", "redaction.lock"):
        pins = _pins(lock)
        assert {name: dev.get(name) for name in pins} == pins, lock
    assert set(_pins("runtime.lock")) < set(_pins("redaction.lock")) < set(dev)


def test_an_environment_names_the_lock_it_was_recorded_with_and_no_other(
    tmp_path: Path,
) -> None:
    lock = tmp_path / "x.lock"
    lock.write_text("pandas==3.1.1\n")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)

    def lock_seen_by_venv() -> str:
        script = "from mlgate.environment import environment_lock; print(environment_lock())"
        out = subprocess.run(
            [str(venv / "bin" / "python"), "-c", script],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    assert lock_seen_by_venv() == ""  # installed from no lock: it claims none
    assert record_lock(lock, "requirements/x.lock", venv) == venv / "mlgate-lock.json"
    digest = hashlib.sha256(b"pandas==3.1.1\n").hexdigest()
    assert lock_seen_by_venv() == f"requirements/x.lock sha256:{digest}"


def test_a_fresh_venv_from_the_runtime_lock_retrains_the_registered_model(
    tmp_path: Path,
) -> None:
    registry = tmp_path / "registry"
    run = run_pipeline(
        find_pipeline(REPO, "mlgate-reference"), {"registry": str(registry)}, tmp_path / "run"
    )
    assert run.exit_code == 0

    # A second environment: a new venv with exactly what the runtime image installs
    # (requirements/runtime.lock, hashes checked), built by this pip from outside, as the
    # Dockerfile does; mlgate's own code comes from the checkout.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    install = subprocess.run(
        [
            sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
            "--quiet", "--disable-pip-version-check", "--require-hashes", "--no-deps",
            "-r", str(LOCKS / "runtime.lock"),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    record_lock(LOCKS / "runtime.lock", "requirements/runtime.lock", venv)

    out = subprocess.run(
        [
            str(venv / "bin" / "python"), "-m", "mlgate.cli", "reproduce",
            "breast-cancer@1.0.0-staging", "--registry", str(registry),
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert out.stdout.splitlines()[-1] == "identical"
    assert "this environment:      requirements/runtime.lock sha256:" in out.stdout
    # The model was trained here, in the dev venv, and its lineage says so.
    assert f"recorded environment:  {environment_lock() or 'not recorded'}" in out.stdout
