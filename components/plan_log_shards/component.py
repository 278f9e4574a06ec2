"""KFP shell for plan_log_shards."""

from mlgate.component import component


@component
def plan_log_shards(input_uri: str, shards: int = 1) -> list:
    """Cuts a log file into at most `shards` row ranges, for redact_log_shard to redact in parallel.

    Cuts fall at line starts near equal byte offsets (redaction time follows the amount
    of text); each shard carries its first line number, so the shards report residual-scan
    hits and bad lines by their line in the whole file. A file with fewer lines than
    `shards` gets fewer shards. The plan holds numbers only, never input text.

    Args:
        input_uri: The logs: JSON Lines (.jsonl) or plain text, one record a line;
            sample:clinical_logs for the demo logs that ship with mlgate.
        shards: How many shards to aim for, 1 to 1000; 1 redacts the file in one task.

    Returns:
        The shards in file order, each {index, first_line, lines, start, end, input_bytes}:
        a row range and the byte range [start, end) that holds it.
    """
    from mlgate.components.plan_log_shards.logic import plan_shards
    from mlgate.redaction.samples import resolve_sample

    source, _ = resolve_sample(input_uri)
    plan = plan_shards(source, shards)
    for shard in plan:
        print(
            f"shard {shard.index}: lines {shard.first_line}-{shard.first_line + shard.lines - 1}, "
            f"{shard.end - shard.start:,} bytes"
        )
    return [shard.model_dump() for shard in plan]
