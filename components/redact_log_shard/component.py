"""KFP shell for redact_log_shard."""

from kfp.dsl import Dataset, Output

from mlgate.component import component


@component(image="redaction")
def redact_log_shard(
    input_uri: str,
    shard: dict,
    redacted: Output[Dataset],
    max_residual: int = 0,
    text_fields: list = ["message", "note", "text"],  # noqa: B006 - KFP reads defaults from here
    on_unlisted_text: str = "pass",
    consistent_placeholders: bool = False,
    locales: list = [],  # noqa: B006 - KFP reads defaults from here
) -> None:
    """Strips PII from one shard of a log file: the rows plan_log_shards gave it.

    Run it after score_redaction_engine (an engine below a floor must redact nothing) and
    collect its outputs into merge_redacted_logs, which publishes the whole file. Every
    string of the shard's output is re-scanned for leak-shaped values; above max_residual
    hits the shard writes nothing. No input text reaches a log line or the metadata.

    Args:
        input_uri: The whole log file the shard was planned on: JSON Lines (.jsonl) or plain
            text, or sample:clinical_logs.
        shard: One item of plan_log_shards' list, unchanged.
        redacted: The shard's redacted rows, same format; its metadata ("shard") holds the
            counts, the residual scan's line numbers (in the whole file) and a sha256.
        max_residual: Residual-scan hits the shard may hold (merge_redacted_logs checks the
            total over all shards against the same figure).
        text_fields: JSON fields that hold free text; every string in them is redacted,
            at any depth.
        on_unlisted_text: Fields not in text_fields: "pass" them through (the residual scan
            still covers them), "redact" every string, or "fail" when one holds free text.
        consistent_placeholders: [PERSON_1] etc. instead of [PERSON], stable within a string.
        locales: Locale packs, e.g. ["en-AU", "en-US"]; empty means the engine's default set.
            Must be those score_redaction_engine measured.
    """
    from mlgate.components.plan_log_shards.logic import Shard
    from mlgate.components.redact_log_shard.logic import redact_shard
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
    result = redact_shard(
        source, redacted.path, Shard.checked(shard), options, max_residual=max_residual
    )
    redacted.metadata.update({"records": result.records, "shard": result.model_dump()})
    print(
        f"shard {result.shard.index}: {result.records} records, "
        f"{sum(result.spans.values())} spans redacted, {sum(result.residual.values())} "
        "residual-scan hit(s)"
    )
