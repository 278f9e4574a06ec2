"""Helpers for the hostile-input suite: run the CLI in-process, and check what it must not do.

Every case asserts four things: the exit code, that no traceback reached the output,
that no planted input value was echoed, and that the registry and outputs are as they
were. ``run`` runs ``mlgate.cli.main`` in this process (fast); only the crash tests
start child processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from mlgate.cli import main
from tests.conftest import REPO

# A value no message has any business repeating. Tests plant it in inputs (a parameter,
# a cell, a spec default, a metric) and check that it never comes back out.
PLANT = "PLANTED-4f9c2e-value-that-must-not-be-echoed"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def snapshot(*roots: Path) -> dict[str, str]:
    """Every file under ``roots`` (hidden ones too) with its sha256: to prove nothing moved."""
    state = {}
    for root in roots:
        if root.is_file():
            state[str(root)] = hashlib.sha256(root.read_bytes()).hexdigest()
        elif root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    state[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
                elif path.is_dir():
                    state[str(path)] = "dir"
    return state


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Outcome]:
    """Runs ``mlgate ARGS`` in-process; argparse's exit becomes an exit code like any other."""

    def call(*args: str) -> Outcome:
        try:
            code = main(["--root", str(REPO), *args])
        except SystemExit as exc:  # argparse: bad usage is exit 2 with a usage line
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return call


def assert_refused(
    outcome: Outcome,
    code: int,
    *,
    planted: tuple[str, ...] = (PLANT,),
    says: str | None = None,
    before: dict[str, str] | None = None,
    after: dict[str, str] | None = None,
) -> None:
    """The four checks of every hostile case."""
    assert outcome.code == code, (outcome.code, outcome.err[-2000:])
    assert "Traceback" not in outcome.text, outcome.text[-3000:]
    assert "internal error" not in outcome.err, outcome.err
    for value in planted:
        assert value not in outcome.text, f"echoed a planted value: {outcome.text[-2000:]}"
    if code == 2:
        # One clear line: "mlgate: error: ..." or argparse's "mlgate ...: error: ...".
        assert "error:" in outcome.err, outcome.err
    if says is not None:
        assert says in outcome.err, outcome.err
    if before is not None:
        assert after == before, "the registry or an output changed"
