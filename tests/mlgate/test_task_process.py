"""A KFP task process skips exit-time garbage collection; any other process is left alone."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Registered before components is imported, so (atexit being last in, first out) it runs
# after whatever the import registered, and sees the heap as the exit collections will.
PROBE = """
import atexit, gc
atexit.register(lambda: print("frozen objects:", gc.get_freeze_count()))
import mlgate.components.load_dataset.logic
print("frozen before exit:", gc.get_freeze_count())
"""


def _run_probe(kfp_runtime: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "_KFP_RUNTIME"}
    if kfp_runtime is not None:
        env["_KFP_RUNTIME"] = kfp_runtime
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_task_process_freezes_its_heap_at_exit_only() -> None:
    lines = _run_probe("true").splitlines()
    assert lines[0] == "frozen before exit: 0"  # nothing changes while the task works
    assert int(lines[1].removeprefix("frozen objects: ")) > 10_000


@pytest.mark.parametrize("value", [None, "false"])
def test_other_processes_are_left_alone(value: str | None) -> None:
    assert _run_probe(value).splitlines() == ["frozen before exit: 0", "frozen objects: 0"]
