"""Redact one shard of a log file: the rows of a planned byte range, as the whole-file run would.

The rows are read from the shard's byte range and redacted by the same code as
``redact_file`` (mlgate.redaction.stream: parsing, the per-field policy, the engine,
the residual-leak scan, on both cores), but numbered from the shard's first line,
so residual hits and bad lines are named by their line in the whole file. The
redacted rows are written atomically; a shard whose own residual hits exceed
``max_residual`` writes nothing (the total over all shards can only be larger).
The merge task adds the shards' figures and checks the total.

A shard checks that the file is still the one that was planned (its size, a line
start at the cut, the line count) and refuses otherwise: cuts into a changed file
would split records. An empty shard (no lines, or only blank JSON Lines) is fine;
whether the whole input is empty is for the merge task to say.
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from mlgate import storage
from mlgate.components.plan_log_shards.logic import Shard
from mlgate.errors import CheckFailed, InputError, describe_validation_error
from mlgate.redaction import RedactionStats, RedactOptions
from mlgate.redaction.stream import check_locales, is_jsonl, redact_lines, residual_failure

__all__ = ["ShardResult", "redact_shard"]


class ShardResult(BaseModel):
    """What a shard task reports beside its rows; the merge task checks and adds these.

    Counts, categories and line numbers only, never text.

    Attributes:
        shard: The shard as planned.
        records: Records redacted (blank JSON Lines are not records).
        format: What the rows were read as: "jsonl" or "text".
        spans: Spans redacted, per label.
        residual: Residual-scan hits, per Safe Harbor category.
        residual_lines: Per category, the (whole-file) line numbers of the records with hits.
        sha256: Of the redacted rows as written; the merge task refuses rows that differ.
        use_model: Whether the engine ran its spaCy model.
        locales: The locale packs it read national formats in (None: its default set).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    shard: Shard
    records: int
    format: Literal["jsonl", "text"]
    spans: dict[str, int]
    residual: dict[str, int]
    residual_lines: dict[str, list[int]]
    sha256: str
    use_model: bool
    locales: list[str] | None

    @classmethod
    def checked(cls, data: Any, where: str) -> ShardResult:
        """A ``ShardResult`` from an artifact's metadata, a bad one as ``InputError``.

        Raises:
            InputError: a field is missing, unknown or of the wrong type; the message names it.
        """
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise InputError(
                f"{where}: not a result of redact_log_shard: {describe_validation_error(exc)}; "
                "pass that task's redacted outputs (dsl.Collected)"
            ) from None

    def stats(self) -> RedactionStats:
        """The figures as ``RedactionStats``, for ``RedactionStats.add``."""
        return RedactionStats(
            records=self.records,
            format=self.format,
            spans=Counter(self.spans),
            residual=Counter(self.residual),
            residual_lines={
                category: list(lines) for category, lines in self.residual_lines.items()
            },
        )


def redact_shard(
    input_uri: str,
    output_uri: str,
    shard: Shard,
    options: RedactOptions | None = None,
    *,
    max_residual: int = 0,
) -> ShardResult:
    """Redacts the rows of ``shard`` into ``output_uri`` (see the module docstring).

    Args:
        input_uri: The whole log file the shard was planned on.
        output_uri: Where the shard's redacted rows go, same format; written only if the
            shard passes.
        shard: The shard, as ``plan_shards`` returned it.
        options: Fields, format, workers, placeholder style, unlisted-text policy, locales.
        max_residual: Residual-scan hits the shard may hold (the merge checks the total).

    Raises:
        InputError: a line is not UTF-8 or not JSON, a record is too large or lacks every
            text field (with ``on_missing_field="fail"``), or an option is unusable.
        CheckFailed: the file changed since it was planned, an unlisted field holds free
            text (``on_unlisted_text="fail"``), or the shard's residual hits exceed
            ``max_residual``; nothing is written.
    """
    options = options or RedactOptions()
    if max_residual < 0:
        raise InputError(f"max_residual is {max_residual}; it must be 0 or more")
    check_locales(options.locales)
    jsonl = is_jsonl(input_uri, options)  # the rule redact_file reads the format by
    stats = RedactionStats(format="jsonl" if jsonl else "text")
    digest = hashlib.sha256()
    with storage.open_read(input_uri) as source, storage.open_write(output_uri) as sink:
        _check_unchanged(source, input_uri, shard)
        rows = _rows(source, input_uri, shard)
        for data, chunk_stats in redact_lines(
            rows, input_uri, options, jsonl=jsonl, first_line=shard.first_line
        ):
            stats.add(chunk_stats)
            digest.update(data)
            sink.write(data)
        if stats.residual_total > max_residual:
            raise CheckFailed(residual_failure(stats, max_residual))
    return ShardResult(
        shard=shard,
        records=stats.records,
        format="jsonl" if jsonl else "text",
        spans=dict(stats.spans),
        residual=dict(stats.residual),
        residual_lines=stats.residual_lines,
        sha256=digest.hexdigest(),
        use_model=options.use_model,
        locales=options.locales,
    )


def _changed(uri: str, shard: Shard, what: str) -> CheckFailed:
    return CheckFailed(
        f"{uri}: {what} since its shards were planned, so shard {shard.index}'s byte range "
        "no longer holds whole lines; nothing was written. Re-run the pipeline on an input "
        "that nothing writes to while it runs"
    )


def _check_unchanged(source: IO[bytes], uri: str, shard: Shard) -> None:
    size = source.seek(0, io.SEEK_END)
    if size != shard.input_bytes:
        raise _changed(uri, shard, f"is {size:,} bytes, not {shard.input_bytes:,}: it changed")
    if shard.start > 0:
        source.seek(shard.start - 1)
        if source.read(1) != b"\n":
            raise _changed(uri, shard, f"has no line start at byte {shard.start}: it changed")


def _rows(source: IO[bytes], uri: str, shard: Shard) -> Iterator[bytes]:
    """The raw lines of ``shard``, each with its newline (the last line of the file may lack it)."""
    source.seek(shard.start)
    left, count = shard.end - shard.start, 0
    while left > 0:
        raw = source.readline()
        if not raw or len(raw) > left:
            raise _changed(uri, shard, f"has no line end at byte {shard.end}: it changed")
        left -= len(raw)
        count += 1
        yield raw
    if count != shard.lines:
        raise _changed(uri, shard, f"has {count} lines where {shard.lines} were planned")
