"""Built-in inputs for demos: ``sample:clinical_logs`` (synthetic, made by scripts/)."""

from __future__ import annotations

from importlib import resources

from mlgate.errors import InputError

__all__ = ["SAMPLE_LOGS", "resolve_sample"]

SAMPLE_LOGS = "sample:clinical_logs"


def resolve_sample(uri: str) -> tuple[str, str]:
    """(path or URI, format) for ``uri``; a ``sample:`` name resolves to the packaged file."""
    if uri == SAMPLE_LOGS:
        path = resources.files("mlgate.redaction").joinpath("sample_logs.jsonl")
        return str(path), "jsonl"
    if uri.startswith("sample:"):
        raise InputError(f"unknown sample {uri!r}; available: {SAMPLE_LOGS}")
    return uri, "auto"
