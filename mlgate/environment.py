"""Which lock a Python environment was installed from, so a model's lineage can name it.

Whatever installs an environment from one of the repository's locks
(``requirements/*.lock``) records it beside the interpreter, in
``sys.prefix/mlgate-lock.json``: the Makefile for the venv, the Dockerfile for the
images (from records ``mlgate build`` puts in the wheelhouse).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

__all__ = ["LOCK_RECORD", "environment_lock", "record_lock"]

LOCK_RECORD = "mlgate-lock.json"


def record_lock(lock: Path, name: str, target: Path) -> Path:
    """Writes the record of ``lock`` (named ``name``, as the repository names it) to ``target``.

    ``target`` is a folder that is, or becomes, an environment's ``sys.prefix``, or a file.
    """
    record = {"lock": name, "sha256": hashlib.sha256(lock.read_bytes()).hexdigest()}
    path = target / LOCK_RECORD if target.is_dir() else target
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def environment_lock() -> str:
    """The lock this Python environment was installed from, as ``"FILE sha256:HEX"``.

    "" when the environment was not installed from one of the repository's locks: a
    lineage then claims no environment it cannot name.
    """
    try:
        record = json.loads((Path(sys.prefix) / LOCK_RECORD).read_text(encoding="utf-8"))
        return f"{record['lock']} sha256:{record['sha256']}"
    except (OSError, ValueError, KeyError, TypeError):
        return ""
