"""Redact a log file (JSON Lines or plain text), streaming, on every core, published atomically.

Records are read one line at a time and redacted in chunks by a pool of
worker processes, with a bounded number of chunks in flight, so memory stays
constant whatever the file size. Each worker also re-scans what it produced
with the high-precision rules; the output is published only if nothing is
left for them to find. Messages name line numbers and fields, never content.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mlgate import storage
from mlgate.errors import CheckFailed, InputError
from mlgate.redaction.engine import RedactionEngine, replace_spans
from mlgate.redaction.patterns import HIGH_PRECISION, find_rule_spans

__all__ = ["RedactOptions", "RedactionStats", "redact_file"]


class RedactOptions(BaseModel):
    """How a log file is read and redacted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["auto", "jsonl", "text"] = "auto"
    fields: list[str] = Field(default_factory=lambda: ["message", "note", "text"])
    on_missing_field: Literal["fail", "pass"] = "pass"
    consistent: bool = False
    max_record_bytes: int = Field(default=1_048_576, gt=0)
    workers: int = Field(default=2, ge=1)
    chunk_records: int = Field(default=256, ge=1)
    use_model: bool = True


@dataclass
class RedactionStats:
    records: int = 0
    format: str = ""  # what the input was read as: "jsonl" or "text"
    spans: Counter[str] = field(default_factory=Counter)
    residual: Counter[str] = field(default_factory=Counter)

    def add(self, other: RedactionStats) -> None:
        self.records += other.records
        self.spans.update(other.spans)
        self.residual.update(other.residual)


Record = tuple[int, Any]  # (line number, parsed JSON object or text line)


def redact_file(
    input_uri: str, output_uri: str, options: RedactOptions | None = None
) -> RedactionStats:
    """Redacts ``input_uri`` into ``output_uri``; nothing is published if anything fails.

    Raises:
        InputError: the input is missing or empty, a line is not UTF-8 or not JSON, a
            record is too large or lacks every text field (with ``on_missing_field="fail"``).
        CheckFailed: the residual scan found PII in the redacted output.
    """
    options = options or RedactOptions()
    jsonl = options.format == "jsonl" or (
        options.format == "auto"
        and storage.parse(input_uri).path.lower().endswith((".jsonl", ".json"))
    )
    stats = RedactionStats(format="jsonl" if jsonl else "text")
    with storage.open_read(input_uri) as source, storage.open_write(output_uri) as sink:
        chunks = _chunks(_records(source, input_uri, jsonl, options), options.chunk_records)
        for lines, chunk_stats in _map(chunks, jsonl, options):
            stats.add(chunk_stats)
            sink.write("".join(lines).encode("utf-8"))
        if stats.records == 0:
            raise InputError(f"{input_uri}: is empty; expected one record a line")
        if stats.residual:
            found = ", ".join(f"{k}: {v}" for k, v in sorted(stats.residual.items()))
            raise CheckFailed(
                f"residual scan found PII the redactor left in its output ({found}); "
                "nothing was written"
            )
    return stats


def _records(source: Any, uri: str, jsonl: bool, options: RedactOptions) -> Iterator[Record]:
    for number, raw in enumerate(source, start=1):
        if len(raw) > options.max_record_bytes:
            raise InputError(
                f"{uri}: line {number} is {len(raw):,} bytes; the limit is "
                f"{options.max_record_bytes:,} (max_record_bytes)"
            )
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            raise InputError(f"{uri}: line {number} is not UTF-8 (byte {exc.start})") from None
        if not jsonl:
            yield number, line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{uri}: line {number}: invalid JSON at column {exc.colno}") from None
        if not isinstance(record, dict):
            raise InputError(f"{uri}: line {number}: expected a JSON object")
        if options.on_missing_field == "fail" and not any(f in record for f in options.fields):
            raise InputError(
                f"{uri}: line {number}: none of the text fields {options.fields} is present"
            )
        yield number, record


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _map(
    chunks: Iterator[list[Record]], jsonl: bool, options: RedactOptions
) -> Iterator[tuple[list[str], RedactionStats]]:
    if options.workers == 1:
        engine = RedactionEngine(use_model=options.use_model)
        for chunk in chunks:
            yield _redact_chunk(engine, chunk, jsonl, options)
        return
    # fork: workers inherit the loaded modules instead of importing them again.
    context = multiprocessing.get_context("fork")
    with context.Pool(options.workers, _start_worker, (options.use_model,)) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_worker_chunk, (chunk, jsonl, options)))
            if len(pending) >= 2 * options.workers:  # bounded: constant memory
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


# Each worker process holds one engine for its lifetime (set by the pool initializer).
_worker_engine: RedactionEngine | None = None


def _start_worker(use_model: bool) -> None:
    global _worker_engine
    _worker_engine = RedactionEngine(use_model=use_model)


def _worker_chunk(
    chunk: list[Record], jsonl: bool, options: RedactOptions
) -> tuple[list[str], RedactionStats]:
    assert _worker_engine is not None
    return _redact_chunk(_worker_engine, chunk, jsonl, options)


def _redact_chunk(
    engine: RedactionEngine, chunk: list[Record], jsonl: bool, options: RedactOptions
) -> tuple[list[str], RedactionStats]:
    stats = RedactionStats(records=len(chunk))
    slots: list[tuple[int, str | None]] = []  # (record index, field or None for text lines)
    texts: list[str] = []
    for i, (_, record) in enumerate(chunk):
        if not jsonl:
            slots.append((i, None))
            texts.append(record)
            continue
        for name in options.fields:
            if isinstance(record.get(name), str):
                slots.append((i, name))
                texts.append(record[name])
    redacted_records: list[Any] = [dict(r) if jsonl else r for _, r in chunk]
    for (i, field_name), text, spans in zip(slots, texts, engine.find_many(texts), strict=True):
        stats.spans.update(label for _, _, label in spans)
        clean = replace_spans(text, spans, consistent=options.consistent)
        for _, _, rule_label, _ in find_rule_spans(clean, only=HIGH_PRECISION):
            stats.residual[rule_label] += 1
        if field_name is None:
            redacted_records[i] = clean
        else:
            redacted_records[i][field_name] = clean
    lines = [(json.dumps(r, ensure_ascii=False) if jsonl else r) + "\n" for r in redacted_records]
    return lines, stats
