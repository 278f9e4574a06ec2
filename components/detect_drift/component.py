"""KFP shell for detect_drift."""

from kfp.dsl import Artifact, Dataset, Input, Markdown, Metrics, Output

from mlgate.component import component


@component
def detect_drift(
    batch: Input[Dataset],
    drift_config: str,
    drift_config_name: str,
    metrics: Output[Metrics],
    report: Output[Markdown],
    profile: Input[Artifact] = None,
    registry: str = "",
    model: str = "",
    halt_on: str = "drift",
    score_column: str = "",
) -> str:
    """Compares a batch with a reference profile per column; decides ok, warn or drift.

    PSI and Jensen-Shannon distance on the reference's bins decide, against the warn and
    fail levels of the drift config; Kolmogorov-Smirnov (numeric, binned) and chi-square
    (categorical) p-values are reported only, so a large batch does not alarm on a
    trivial difference.

    Args:
        batch: The new data (Parquet, or the format its metadata names): serving logs or
            a new training table, with the reference's columns.
        drift_config: YAML with a drift: section (warn and fail levels, defaults,
            per-column overrides), as text, so the compiled spec shows every threshold.
        drift_config_name: The config's file name, for reports.
        metrics: psi.<column> and js.<column> for every column, columns_warn,
            columns_drift, columns_checked, batch_rows and decision_level (0 ok, 1 warn,
            2 drift).
        report: Markdown: every column's statistics and verdict, and its histogram beside
            the reference's (inline SVG).
        profile: The reference profile JSON (from profile_dataset); without it, the profile
            stored with a registry version is the reference.
        registry: The model registry (local path or gs://bucket/prefix), when no profile
            is given.
        model: MODEL for its production version, or MODEL@X.Y.Z[-STAGE], when no profile
            is given.
        halt_on: "drift" fails the task on drift, "warn" on a warning too, "never" only
            reports.
        score_column: A batch column of model scores, compared with the profile's score
            distribution ("" for none).

    Returns:
        The decision: "ok", "warn" or "drift".
    """
    from mlgate.components.detect_drift.logic import detect_drift as detect

    result = detect(
        batch.path,
        profile.path if profile is not None else "",
        drift_config,
        registry_uri=registry,
        model=model,
        config_source=drift_config_name,
        file_format=batch.metadata.get("format", "parquet"),
        score_column=score_column,
        halt_on=halt_on,
        report_uri=report.path,
        log_metric=metrics.log_metric,
    )
    report.metadata.update(
        {
            "decision": result.decision,
            "drift": [c.name for c in result.by_level("drift")],
            "warn": [c.name for c in result.by_level("warn")],
        }
    )
    print(result.summary())
    return result.decision
