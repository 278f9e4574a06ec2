"""The built wheel owns one top-level name, ``mlgate``, and lives beside a team's own packages."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    out = tmp_path_factory.mktemp("wheel")
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools would pack stale modules
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("mlgate-*.whl")
    return built


def test_the_wheel_puts_nothing_at_top_level_but_mlgate(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"mlgate"}
    assert "mlgate/components/validate_schema/component.py" in names
    assert "mlgate/pipelines/contracts/breast_cancer.yaml" in names
    assert "mlgate/gitops/image.lock.json" in names
    shipped = [zipfile.Path(wheel, n).read_text() for n in names if n.endswith((".py", ".md"))]
    assert not [text for text in shipped if "shared/README" in text]


def test_a_fresh_venv_imports_the_wheel_beside_packages_named_pipelines_and_components(
    wheel: Path, tmp_path: Path
) -> None:
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(env), "platbase": str(env)}))
    # The dependencies come from this venv's site-packages (a .pth line adds the folder,
    # and no .pth inside it runs, so this repository's editable mlgate stays out of sight).
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    team = tmp_path / "team"
    for package in ("pipelines", "components"):
        (team / package).mkdir(parents=True)
        (team / package / "__init__.py").write_text(f"WHO = 'team {package}'\n")
    probe = textwrap.dedent(
        """
        import components, pipelines
        import mlgate.components.validate_schema.component as c
        import mlgate.pipelines.reference as r
        print(components.WHO, pipelines.WHO, c.validate_schema.name, r.reference.name)
        print(c.__file__)
        """
    )
    out = subprocess.run(
        [str(env / "bin" / "python"), "-c", probe],
        cwd=team,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    first, where = out.stdout.splitlines()
    assert first == "team components team pipelines validate-schema mlgate-reference"
    assert where.startswith(str(site))
