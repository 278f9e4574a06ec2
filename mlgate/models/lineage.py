"""Lineage: the facts a run records about where a model came from, and retraining from them."""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mlgate.environment import environment_lock
from mlgate.errors import InputError
from mlgate.models.registry import Registry
from mlgate.models.training import CONFIG_FILE, parquet_bytes, parse_config, train

__all__ = ["Reproduction", "git_commit", "reproduce"]


def git_commit(root: Path) -> str:
    """HEAD's commit, with ``-dirty`` when tracked files differ from it; "" outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return head + ("-dirty" if status.strip() else "")


@dataclass(frozen=True)
class Reproduction:
    recorded_sha256: str
    rebuilt_sha256: str
    data_uri: str
    recorded_lock: str = ""
    current_lock: str = ""

    @property
    def identical(self) -> bool:
        return self.recorded_sha256 == self.rebuilt_sha256


def reproduce(registry: Registry, model: str, version: str) -> Reproduction:
    """Retrains ``model@version`` from its recorded data and config; compares model sha256.

    Raises:
        InputError: the version lacks lineage, or the recorded data changed since.
    """
    from mlgate.data.tables import read_table

    manifest = registry.manifest(model, version)
    lineage = manifest.lineage
    data_uri, data_sha = lineage.get("data_uri"), lineage.get("data_sha256")
    if not data_uri or not data_sha:
        raise InputError(f"{model}@{version}: no data_uri/data_sha256 in its lineage")
    frame = read_table(data_uri)
    sha = hashlib.sha256(parquet_bytes(frame)).hexdigest()
    if sha != data_sha:
        raise InputError(
            f"{data_uri}: the data changed since {model}@{version} was trained "
            f"(sha256 {sha[:12]}... now, {data_sha[:12]}... recorded)"
        )
    config = parse_config(registry.read_file(model, version, CONFIG_FILE).decode(), CONFIG_FILE)
    rebuilt = train(frame, config, data_sha)
    return Reproduction(
        lineage["model_sha256"],
        rebuilt.card.model_sha256,
        data_uri,
        recorded_lock=str(lineage.get("environment_lock") or ""),
        current_lock=environment_lock(),
    )
