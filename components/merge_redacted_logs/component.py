"""KFP shell for merge_redacted_logs."""

from kfp.dsl import HTML, Artifact, Dataset, Input, Markdown, Metrics, Output

from mlgate.component import component


@component
def merge_redacted_logs(
    input_uri: str,
    plan: list,
    shards: Input[list[Dataset]],
    evaluation: Input[Artifact],
    redacted: Output[Dataset],
    metrics: Output[Metrics],
    report: Output[Markdown],
    report_html: Output[HTML],
    max_residual: int = 0,
) -> None:
    """Publishes redacted shards as one file, in the input's order, under one contract score.

    The shards' rows are joined in plan order, so the output is byte for byte what
    redact_clinical_logs writes for the whole file; their counts and residual-scan hits
    are added, and the report and metrics are rendered from score_redaction_engine's one
    evaluation. Before anything is written it checks that every planned shard is there
    once, redacted by the engine that was scored, that the input held records, and that
    the residual hits over all shards stay within max_residual; while copying, that each
    shard is what its task wrote (sha256). Otherwise nothing is published.

    Args:
        input_uri: The logs the shards came from (named in messages).
        plan: plan_log_shards' list, unchanged.
        shards: Every redact_log_shard output of the plan (dsl.Collected), in any order.
        evaluation: score_redaction_engine's evaluation.
        redacted: The redacted logs, same format, other JSON fields as on_unlisted_text said;
            its metadata holds the residual scan's line numbers per category.
        metrics: Span precision, recall, F1 and token precision, recall, F1 on the corpus;
            per-label and per-style figures; Safe Harbor tested/removed/leaked per category;
            spans redacted per label; residual-scan hits per category.
        report: A Markdown report of the same, with the Safe Harbor evidence table and the
            residual scan's hits by category and line number (never values).
        report_html: The same report as an HTML page.
        max_residual: Residual-scan hits the whole output may hold and still be published.
    """
    from mlgate.components.merge_redacted_logs.logic import merge_redacted_shards
    from mlgate.components.plan_log_shards.logic import Shard
    from mlgate.components.redact_log_shard.logic import ShardResult

    parts = [
        (shard.path, ShardResult.checked(shard.metadata.get("shard"), f"shard output {shard.uri}"))
        for shard in shards
    ]
    result = merge_redacted_shards(
        parts,
        redacted.path,
        input_uri=input_uri,
        plan=[Shard.checked(item, f"plan item {i}") for i, item in enumerate(plan)],
        evaluation_uri=evaluation.path,
        max_residual=max_residual,
        report_uri=report.path,
        html_report_uri=report_html.path,
    )
    for name, value in result.metrics().items():
        metrics.log_metric(name, value)
    redacted.metadata.update({**result.artifact_metadata(), "shards": len(parts)})
