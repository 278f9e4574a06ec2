"""KFP shell for redact_clinical_logs."""

from kfp.dsl import Dataset, Markdown, Metrics, Output

from mlgate.component import component


@component(image="redaction")
def redact_clinical_logs(
    input_uri: str,
    redacted: Output[Dataset],
    metrics: Output[Metrics],
    report: Output[Markdown],
    min_f1: float = 0.87,
    corpus_uri: str = "reference",
    text_fields: list = ["message", "note", "text"],  # noqa: B006 - KFP reads defaults from here
    consistent_placeholders: bool = False,
) -> None:
    """Strips PII from free-text logs, under a measured contract.

    The engine is first scored on an annotated corpus; below min_f1 the task
    refuses and writes nothing. The output is re-scanned; any residual PII fails
    the task. No input text reaches a log line, a metric or the report.

    Args:
        input_uri: Logs to redact: JSON Lines (.jsonl) or plain text, one record a line;
            sample:clinical_logs for the demo logs that ship with mlgate.
        redacted: The redacted logs, same format, other JSON fields untouched.
        metrics: precision, recall, f1 (span-level on the corpus), per-label F1, and
            records and spans redacted per label.
        report: A Markdown summary of the same.
        min_f1: The span-level F1 floor of the contract.
        corpus_uri: The annotated corpus (JSONL); "reference" is the one mlgate ships.
        text_fields: JSON fields that hold free text.
        consistent_placeholders: [PERSON_1] etc. instead of [PERSON], stable within a record.
    """
    from components.redact_clinical_logs.logic import redact_clinical_logs as redact
    from mlgate.redaction import RedactOptions
    from mlgate.redaction.samples import resolve_sample

    source, fmt = resolve_sample(input_uri)
    options = RedactOptions.model_validate(
        {"format": fmt, "fields": text_fields, "consistent": consistent_placeholders}
    )
    result = redact(
        source,
        redacted.path,
        corpus_uri=corpus_uri,
        min_f1=min_f1,
        options=options,
        report_uri=report.path,
    )
    for name, value in result.metrics().items():
        metrics.log_metric(name, value)
    redacted.metadata.update({"records": result.stats.records, "format": result.stats.format})
