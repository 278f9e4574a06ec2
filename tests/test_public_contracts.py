"""The public contracts live in the project, and the CLI says which version it is."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_the_installed_one() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mlgate.cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"mlgate {version('mlgate')}"


def test_no_shipped_module_points_outside_the_project() -> None:
    shipped = [p for d in ("mlgate", "components", "pipelines") for p in (ROOT / d).rglob("*.py")]
    assert shipped
    offenders = [str(p.relative_to(ROOT)) for p in shipped if "shared/README" in p.read_text()]
    assert offenders == []


def test_the_contracts_page_is_linked_and_names_every_exit_code() -> None:
    page = (ROOT / "docs" / "contracts.md").read_text()
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 70 |", "| 130 |"):
        assert code in page
    assert "docs/contracts.md" in (ROOT / "README.md").read_text()
