"""The README's example is real: it compiles and runs as written."""

import re
import runpy
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_write_your_own_pipeline_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Write your own pipeline", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    script = tmp_path / "example.py"
    script.write_text(code.group(1))
    monkeypatch.chdir(tmp_path)

    namespace = runpy.run_path(str(script))

    spec = (tmp_path / "my-pipeline.yaml").read_text()
    assert "comp-load-dataset" in spec and "pip install" not in spec
    [run_dir] = (tmp_path / "outputs").iterdir()
    assert (run_dir / "load-dataset" / "dataset").stat().st_size > 0
    assert namespace["task"] is not None
