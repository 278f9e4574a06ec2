"""KFP shell for redact_clinical_logs."""

from kfp.dsl import HTML, Dataset, Markdown, Metrics, Output

from mlgate.component import component


@component(image="redaction")
def redact_clinical_logs(
    input_uri: str,
    redacted: Output[Dataset],
    metrics: Output[Metrics],
    report: Output[Markdown],
    report_html: Output[HTML],
    min_f1: float = 0.87,
    min_recall: float = 0.0,
    min_token_recall: float = 0.0,
    max_residual: int = 0,
    corpus_uri: str = "reference",
    text_fields: list = ["message", "note", "text"],  # noqa: B006 - KFP reads defaults from here
    on_unlisted_text: str = "pass",
    consistent_placeholders: bool = False,
    locales: list = [],  # noqa: B006 - KFP reads defaults from here
) -> None:
    """Strips PII from free-text logs, under a measured contract.

    The engine is first scored on an annotated corpus; below any floor the task
    refuses and writes nothing. Every string of the output is then re-scanned
    for leak-shaped values; above max_residual hits the task fails and nothing
    is published. No input text reaches a log line, a metric or the report.

    Args:
        input_uri: Logs to redact: JSON Lines (.jsonl) or plain text, one record a line;
            sample:clinical_logs for the demo logs that ship with mlgate.
        redacted: The redacted logs, same format, other JSON fields as on_unlisted_text says;
            its metadata holds the residual scan's line numbers per category.
        metrics: Span precision, recall, F1 and token precision, recall, F1 on the corpus;
            per-label and per-style figures; Safe Harbor tested/removed/leaked per category;
            spans redacted per label; residual-scan hits per category.
        report: A Markdown report of the same, with the Safe Harbor evidence table and the
            residual scan's hits by category and line number (never values).
        report_html: The same report as an HTML page.
        min_f1: The span-level F1 floor of the contract.
        min_recall: The span-level recall floor; 0 means no floor.
        min_token_recall: The token-level recall floor (share of PII words hidden); 0 means
            no floor.
        max_residual: Residual-scan hits the output may hold and still be published.
        corpus_uri: The annotated corpus (JSONL); "reference" is the one mlgate ships.
        text_fields: JSON fields that hold free text; every string in them is redacted,
            at any depth.
        on_unlisted_text: Fields not in text_fields: "pass" them through (the residual scan
            still covers them), "redact" every string, or "fail" when one holds free text.
        consistent_placeholders: [PERSON_1] etc. instead of [PERSON], stable within a string.
        locales: Locale packs, e.g. ["en-AU", "en-US"]; empty means the engine's default set.
    """
    from mlgate.components.redact_clinical_logs.logic import redact_clinical_logs as redact
    from mlgate.redaction import RedactOptions
    from mlgate.redaction.samples import resolve_sample

    source, fmt = resolve_sample(input_uri)
    options = RedactOptions.checked(
        {
            "format": fmt,
            "fields": text_fields,
            "on_unlisted_text": on_unlisted_text,
            "consistent": consistent_placeholders,
            "locales": locales or None,
        }
    )
    result = redact(
        source,
        redacted.path,
        corpus_uri=corpus_uri,
        min_f1=min_f1,
        min_recall=min_recall or None,
        min_token_recall=min_token_recall or None,
        max_residual=max_residual,
        options=options,
        report_uri=report.path,
        html_report_uri=report_html.path,
    )
    for name, value in result.metrics().items():
        metrics.log_metric(name, value)
    redacted.metadata.update(result.artifact_metadata())
