"""The differential suite's switches: the wide run behind ``slow``, and a count of cases.

``pytest -m slow tests/mlgate/validation_differential`` (or ``MLGATE_SLOW=1``) runs the
wide, many-example variant; a plain run deselects it so CI stays fast.
``MLGATE_DIFFERENTIAL_SEED=N`` changes the seed of both runs (default: fixed).
"""

from __future__ import annotations

import os

import pytest

from tests.mlgate.validation_differential import cases


def pytest_configure(config: pytest.Config) -> None:
    # Registered here too, so --strict-markers accepts it before pyproject lists it.
    config.addinivalue_line("markers", "slow: the wide differential run (deselected by default)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = "slow" in (config.getoption("markexpr") or "") or os.environ.get("MLGATE_SLOW") == "1"
    if wanted:
        return
    skip = pytest.mark.skip(reason="wide differential run: use -m slow or MLGATE_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if cases.COUNT:
        per_type = ", ".join(f"{t.removeprefix('expect_')}: {n}" for t, n in cases.COUNT.items())
        terminalreporter.write_line(
            f"differential cases compared with great-expectations: {sum(cases.COUNT.values())} "
            f"({per_type})"
        )
