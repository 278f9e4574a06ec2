"""The README's example is real: it is pipelines/team_example.py, which CI compiles and runs."""

import re

from tests.conftest import REPO


def test_write_your_own_pipeline_example_is_the_committed_pipeline() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Write your own pipeline", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    assert code.group(1) == (REPO / "pipelines" / "team_example.py").read_text()
