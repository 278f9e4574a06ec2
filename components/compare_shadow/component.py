"""KFP shell for compare_shadow."""

from kfp.dsl import (
    PIPELINE_JOB_NAME_PLACEHOLDER,
    Artifact,
    Dataset,
    Input,
    Markdown,
    Metrics,
    Output,
)

from mlgate.component import component


@component
def compare_shadow(
    requests: Input[Dataset],
    registry: str,
    candidate: str,
    metrics: Output[Metrics],
    report: Output[Markdown],
    shadow_report: Output[Artifact],
    slice_column: str = "",
    min_agreement: float = 0.95,
    gate_spec: str = "",
    latency_rows: int = 200,
    record: bool = True,
    run_id: str = PIPELINE_JOB_NAME_PLACEHOLDER,
) -> str:
    """Scores a candidate version and production on the same logged requests, before live traffic.

    Reports agreement, disagreement by slice, the spread of probability differences,
    per-request latency of both models and, on the requests whose label has arrived, the
    gate's paired comparison. The report is bound to the candidate version and its model
    sha256, and recorded in the registry against that version, where a promotion policy
    can require a passed one before --stage prod.

    Args:
        requests: The logged requests (Parquet, or the format its metadata names) with the
            features both models read, and the label column where labels have arrived.
        registry: The model registry (local path or gs://bucket/prefix).
        candidate: The candidate version, MODEL@X.Y.Z or MODEL@X.Y.Z-canary.
        metrics: agreement, disagreements, rows, passed, score_difference_p95/max,
            latency/<model>/p50_ms and p95_ms, and labelled/<model>/<metric> with labels.
        report: Markdown: verdict, agreement, disagreement by slice, latency, labelled scores.
        shadow_report: The shadow report JSON, bound to the candidate version and sha256.
        slice_column: A request column to break disagreement down by ("" for none).
        min_agreement: The share of requests both models must predict alike to pass.
        gate_spec: The GateSpec (JSON) of the labelled comparison ("" for its defaults).
        latency_rows: How many requests to time one at a time per model (0 for none).
        record: Whether to record the report in the registry against the candidate.
        run_id: The KFP run, recorded as who recorded the report.

    Returns:
        "pass" or "fail".
    """
    from mlgate.components.compare_shadow.logic import compare_shadow as compare

    result = compare(
        requests.path,
        registry,
        candidate,
        file_format=requests.metadata.get("format", "parquet"),
        slice_column=slice_column,
        min_agreement=min_agreement,
        gate_spec=gate_spec,
        latency_rows=latency_rows,
        record_as=run_id if record else "",
        report_uri=report.path,
        shadow_report_uri=shadow_report.path,
        log_metric=metrics.log_metric,
    )
    details = {"id": result.id, "passed": result.passed, "agreement": result.agreement}
    shadow_report.metadata.update({**details, "candidate": candidate})
    report.metadata.update({**details, "reasons": result.reasons})
    print(result.summary())
    return "pass" if result.passed else "fail"
