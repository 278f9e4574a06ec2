"""Compare a batch with a reference profile, write the report, and halt on drift if asked.

The reference is a profile artifact (``profile_dataset``), or the profile a registry
version was pushed with: production's by default, or a named version.

The report is written whether or not the task halts, so that a halted run still
shows which columns moved and how (see ``mlgate.data.drift`` for the statistics).
"""

from __future__ import annotations

from collections.abc import Callable

from mlgate import storage
from mlgate.data.drift import (
    DriftResult,
    check_halt,
    check_halt_on,
    parse_drift_config,
    render_markdown,
)
from mlgate.data.drift import detect_drift as compare
from mlgate.data.profile import PROFILE_FILE, Profile
from mlgate.data.tables import read_table
from mlgate.errors import InputError, shorten

__all__ = ["detect_drift", "registry_profile"]


def registry_profile(registry_uri: str, model: str) -> Profile:
    """The training data's profile stored with a registry version.

    Args:
        registry_uri: The model registry (local path or gs://bucket/prefix).
        model: ``MODEL`` for the production version, or ``MODEL@X.Y.Z[-STAGE]``.

    Raises:
        InputError: no such version, no production version yet, or a version pushed
            without a profile.
    """
    from mlgate.models.registry import Registry, parse_ref

    registry = Registry(registry_uri)
    if "@" in model:
        name, version = registry.resolve(parse_ref(model))
    else:
        name, production = model, registry.production(model)
        if production is None:
            raise InputError(
                f"{model}: no production version in {registry.uri} to compare with; "
                "promote one (mlgate registry promote --stage prod) or name MODEL@X.Y.Z"
            )
        version = production
    if PROFILE_FILE not in registry.manifest(name, version).files:
        raise InputError(
            f"{name}@{version} has no {PROFILE_FILE} (pushed before profiles were stored); "
            "compare with a profile_dataset artifact, or push the model again"
        )
    source = f"{name}@{version} {PROFILE_FILE}"
    return Profile.parse(registry.read_file(name, version, PROFILE_FILE), source)


def detect_drift(
    batch_uri: str,
    profile_uri: str = "",
    drift_config: str = "",
    *,
    registry_uri: str = "",
    model: str = "",
    config_source: str = "drift config",
    file_format: str | None = None,
    score_column: str = "",
    halt_on: str = "drift",
    report_uri: str | None = None,
    log_metric: Callable[[str, float], None] | None = None,
) -> DriftResult:
    """Compares the table at ``batch_uri`` with the profile at ``profile_uri``.

    Args:
        batch_uri: A Parquet file (a KFP Dataset) or any source ``load_dataset`` reads.
        profile_uri: The reference profile's JSON (``profile_dataset``'s output); "" to
            take the profile stored with a registry version instead.
        drift_config: YAML with a ``drift:`` section (thresholds), as text; "" for the
            default levels.
        registry_uri: With ``profile_uri=""``: the registry holding the reference version.
        model: With ``profile_uri=""``: ``MODEL`` (its production version) or
            ``MODEL@X.Y.Z[-STAGE]``.
        config_source: The config's file name, for messages and the report.
        file_format: "parquet", "csv" or "jsonl"; by default Parquet unless the URI ends
            in .csv (a KFP Dataset has no suffix; its metadata names the format).
        score_column: A batch column of model scores to compare with the profile's score
            distribution ("" for none).
        halt_on: "drift" raises CheckFailed on drift, "warn" on a warning too, "never"
            only reports.
        report_uri: Where the Markdown report goes (always written, before any halt).
        log_metric: Called with each metric (name, value) before any halt, so a halted
            task still records its numbers.

    Returns:
        The comparison, when it does not halt.

    Raises:
        InputError: an unknown ``halt_on``, an unreadable profile, config or batch, or a
            batch without the profile's columns.
        CheckFailed: the decision reached ``halt_on``; the message names the columns.
    """
    check_halt_on(halt_on)  # before any work: a typo must not cost a full comparison
    config = parse_drift_config(drift_config, config_source)
    if profile_uri:
        profile = Profile.parse(storage.read_bytes(profile_uri), shorten(profile_uri))
    elif registry_uri and model:
        profile = registry_profile(registry_uri, model)
    else:
        raise InputError(
            "detect_drift needs a reference: a profile (profile_uri) or a registry version "
            "(registry_uri and model, e.g. breast-cancer for its production version)"
        )
    fmt = file_format or (None if batch_uri.lower().endswith(".csv") else "parquet")
    batch = read_table(batch_uri, fmt)
    result = compare(
        batch, profile, config, score_column=score_column or None, source=config_source
    )
    if report_uri:
        storage.write_bytes(report_uri, render_markdown(result).encode("utf-8"))
    if log_metric is not None:
        for name, value in result.metrics().items():
            log_metric(name, value)
    check_halt(result, halt_on)
    return result
