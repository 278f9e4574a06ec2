"""Settings for a process that runs one KFP task.

A task process imports pandas, scikit-learn or spaCy, does one job, writes its
outputs and exits. At exit CPython runs full garbage collections over every
object those imports created, only to free memory the OS takes back a moment
later: 0.1 to 0.4 s a task, most of a light task's start-up cost
(``python benchmarks/pipeline.py``). Freezing the heap at exit hides it from those
collections. Reference counting still frees what it reaches, so files are still
closed and flushed; only unreachable reference cycles go unfinalised, as they
may at any interpreter exit.
"""

from __future__ import annotations

import atexit
import gc
import os

__all__ = ["in_task_process", "tune_task_process"]


def in_task_process() -> bool:
    """True in a KFP task: its launcher sets ``_KFP_RUNTIME=true`` (kfp reads it too)."""
    return os.environ.get("_KFP_RUNTIME") == "true"


def tune_task_process() -> None:
    """Skips the exit-time garbage collections of this process (see the module docstring)."""
    atexit.register(gc.freeze)
