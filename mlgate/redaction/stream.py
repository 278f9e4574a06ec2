"""Redact a log file (JSON Lines or plain text), streaming, on every core, published atomically.

Records are read one line at a time and redacted in chunks by a pool of
worker processes, with a bounded number of chunks in flight, so memory stays
constant whatever the file size.

In a JSON record, every string the text fields hold is redacted, at any depth
(objects and lists under ``message`` included). Fields not named are passed
through, redacted too, or refused, as ``on_unlisted_text`` says. Each worker
then runs the residual-leak scan (``residual.find_residual``) over every
string of every record it produced, keys included, whatever field it is in;
the output is published only if the scan's hits stay within ``max_residual``.
Messages name line numbers, field paths and categories, never content.
"""

from __future__ import annotations

import json
import multiprocessing
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate import storage
from mlgate.errors import CheckFailed, InputError, describe_validation_error
from mlgate.redaction.engine import RedactionEngine, replace_spans
from mlgate.redaction.residual import find_residual

__all__ = [
    "RedactOptions",
    "RedactionStats",
    "build_engine",
    "check_locales",
    "field_path",
    "is_free_text",
    "is_jsonl",
    "redact_file",
    "redact_lines",
    "residual_failure",
]

# Line numbers kept per residual category for reports; the counts stay exact beyond it.
LINES_KEPT = 100
# Field paths named in an error for refused unlisted text; the rest are counted.
PATHS_NAMED = 5


class RedactOptions(BaseModel):
    """How a log file is read and redacted.

    Attributes:
        format: "jsonl", "text", or "auto" (by the file name: .jsonl/.json are JSON Lines).
        fields: JSON fields that hold free text; every string in them is redacted, at any depth.
        on_missing_field: "fail" refuses a record that holds none of ``fields``.
        on_unlisted_text: What to do with the fields not named in ``fields``: "pass" them
            through (the residual scan still covers them), "redact" every string value in
            the record, or "fail" (nothing written) when any of them holds free text: a
            string with a letter and a space, or anything the residual scan flags. Keys
            are never rewritten; with "fail", a key that holds free text is refused too.
        consistent: ``[PERSON_1]`` style placeholders, stable within one string.
        max_record_bytes: The longest line accepted.
        workers: Processes that redact in parallel.
        chunk_records: Records handed to a worker at a time.
        use_model: Run the spaCy model (False: rules, context and gazetteers only).
        locales: Locale packs the engine reads national formats in (None: its default set).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["auto", "jsonl", "text"] = "auto"
    fields: list[str] = Field(default_factory=lambda: ["message", "note", "text"])
    on_missing_field: Literal["fail", "pass"] = "pass"
    on_unlisted_text: Literal["pass", "redact", "fail"] = "pass"
    consistent: bool = False
    max_record_bytes: int = Field(default=1_048_576, gt=0)
    workers: int = Field(default=2, ge=1)
    chunk_records: int = Field(default=256, ge=1)
    use_model: bool = True
    locales: list[str] | None = None

    @classmethod
    def checked(cls, data: dict[str, Any]) -> RedactOptions:
        """``RedactOptions`` from plain values (a CLI, a component), bad ones as ``InputError``.

        Raises:
            InputError: an option is unknown or out of range; the message names it and
                what is allowed.
        """
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise InputError(f"bad redaction options: {describe_validation_error(exc)}") from None


def check_locales(locales: list[str] | None) -> None:
    """Fails early, in the calling process, on locales the engine has no pack for.

    Raises:
        InputError: a locale is not supported, or the list is empty (the message lists
            the supported ones).
    """
    if locales is not None:
        from mlgate.redaction.locales import resolve_locales

        resolve_locales(locales)


def build_engine(*, use_model: bool = True, locales: list[str] | None = None) -> RedactionEngine:
    """The engine for these options: the one place that decides how it is constructed.

    Raises:
        InputError: see ``check_locales``.
    """
    check_locales(locales)
    return RedactionEngine(use_model=use_model, locales=locales)


@dataclass
class RedactionStats:
    """What a redaction did: records, spans per label, residual hits per category and line.

    Attributes:
        records: Records (lines) read.
        format: What the input was read as: "jsonl" or "text".
        spans: Spans redacted, per label.
        residual: Residual-scan hits, per Safe Harbor category.
        residual_lines: Per category, the line numbers of the records with hits (the
            first ``LINES_KEPT``, in order).
        unlisted: (line, field path) of unlisted fields holding free text, when
            ``on_unlisted_text`` is "fail" (the first ``PATHS_NAMED`` of a chunk).
        unlisted_count: How many such fields a chunk held in all.
    """

    records: int = 0
    format: str = ""
    spans: Counter[str] = field(default_factory=Counter)
    residual: Counter[str] = field(default_factory=Counter)
    residual_lines: dict[str, list[int]] = field(default_factory=dict)
    unlisted: list[tuple[int, str]] = field(default_factory=list)
    unlisted_count: int = 0

    @property
    def residual_total(self) -> int:
        return sum(self.residual.values())

    @property
    def residual_records(self) -> int:
        """Records with at least one hit (counted over the kept line numbers)."""
        return len({line for lines in self.residual_lines.values() for line in lines})

    def add(self, other: RedactionStats) -> None:
        self.records += other.records
        self.spans.update(other.spans)
        self.residual.update(other.residual)
        for category, lines in other.residual_lines.items():
            kept = self.residual_lines.setdefault(category, [])
            kept.extend(lines[: max(0, LINES_KEPT - len(kept))])
        self.unlisted.extend(other.unlisted)
        self.unlisted_count += other.unlisted_count

    def note_residual(self, line: int, category: str) -> None:
        self.residual[category] += 1
        kept = self.residual_lines.setdefault(category, [])
        if (not kept or kept[-1] != line) and len(kept) < LINES_KEPT:
            kept.append(line)

    def describe_residual(self, lines_per_category: int = 10) -> str:
        """``"phone 2 (lines 3, 9); ssn 1 (line 4)"``: categories, counts, line numbers."""
        parts = []
        for category, count in sorted(self.residual.items()):
            lines = self.residual_lines.get(category, [])
            shown = ", ".join(str(n) for n in lines[:lines_per_category])
            more = ", ..." if len(lines) > lines_per_category else ""
            word = "line" if len(lines) == 1 else "lines"
            parts.append(f"{category} {count} ({word} {shown}{more})")
        return "; ".join(parts)


Record = tuple[int, Any]  # (line number, parsed JSON object or text line)
PathPart = str | int
FieldPath = tuple[PathPart, ...]


def redact_file(
    input_uri: str,
    output_uri: str,
    options: RedactOptions | None = None,
    *,
    max_residual: int = 0,
) -> RedactionStats:
    """Redacts ``input_uri`` into ``output_uri``; nothing is published if anything fails.

    Args:
        input_uri: JSON Lines or plain text, one record a line.
        output_uri: Where the redacted file goes, same format.
        options: Fields, format, workers, placeholder style, unlisted-text policy.
        max_residual: The residual-scan hits the output may hold and still be published.

    Raises:
        InputError: the input is missing or empty, a line is not UTF-8 or not JSON, a
            record is too large or lacks every text field (with ``on_missing_field="fail"``).
        CheckFailed: an unlisted field holds free text (``on_unlisted_text="fail"``), or the
            residual scan found more than ``max_residual`` leak-shaped strings in the output.
    """
    options = options or RedactOptions()
    if max_residual < 0:
        raise InputError(f"max_residual is {max_residual}; it must be 0 or more")
    jsonl = is_jsonl(input_uri, options)
    stats = RedactionStats(format="jsonl" if jsonl else "text")
    check_locales(options.locales)
    with storage.open_read(input_uri) as source, storage.open_write(output_uri) as sink:
        for data, chunk_stats in redact_lines(source, input_uri, options, jsonl=jsonl):
            stats.add(chunk_stats)
            sink.write(data)
        if stats.records == 0:
            raise InputError(f"{input_uri}: is empty; expected one record a line")
        if stats.residual_total > max_residual:
            raise CheckFailed(residual_failure(stats, max_residual))
    return stats


def is_jsonl(input_uri: str, options: RedactOptions) -> bool:
    """Whether ``input_uri`` is read as JSON Lines (the format option, else its suffix)."""
    return options.format == "jsonl" or (
        options.format == "auto"
        and storage.parse(input_uri).path.lower().endswith((".jsonl", ".json"))
    )


def redact_lines(
    lines: Iterable[bytes],
    uri: str,
    options: RedactOptions,
    *,
    jsonl: bool,
    first_line: int = 1,
) -> Iterator[tuple[bytes, RedactionStats]]:
    """The redacted bytes of ``lines``, chunk by chunk, with each chunk's figures.

    ``redact_file`` is this over a whole file; a shard task runs it over its own rows.

    Args:
        lines: Raw lines, each with its newline (the last one may lack it).
        uri: The file the lines come from, for messages.
        options: Fields, workers, placeholder style, unlisted-text policy, locales.
        jsonl: JSON Lines (else plain text, one record a line); see ``is_jsonl``.
        first_line: The number of the first line in its file, so that every message and
            residual hit names the line as the whole file numbers it.

    Raises:
        InputError: a line is too large, not UTF-8 or not a JSON object, or lacks every
            text field (with ``on_missing_field="fail"``).
        CheckFailed: an unlisted field holds free text (``on_unlisted_text="fail"``).
    """
    records = _records(lines, uri, jsonl, options, first_line)
    for out, chunk_stats in _map(_chunks(records, options.chunk_records), jsonl, options):
        if chunk_stats.unlisted:
            raise CheckFailed(_unlisted_message(uri, chunk_stats, options))
        yield "".join(out).encode("utf-8"), chunk_stats


def residual_failure(stats: RedactionStats, max_residual: int) -> str:
    """The message of a failed residual scan: the hits by category and line, never values."""
    return (
        f"residual scan found {stats.residual_total} leak-shaped string(s) the "
        f"redactor left in its output, above max_residual {max_residual}: "
        f"{stats.describe_residual()}; nothing was written. Name the fields that hold "
        "free text (fields), or redact every string (on_unlisted_text='redact')"
    )


def _unlisted_message(uri: str, stats: RedactionStats, options: RedactOptions) -> str:
    named = "; ".join(f"line {line}: {path}" for line, path in stats.unlisted)
    more = stats.unlisted_count - len(stats.unlisted)
    return (
        f"{uri}: free text outside the text fields {options.fields} "
        f"({named}{f'; and {more} more' if more > 0 else ''}); nothing was written. "
        "Add those fields to fields, or set on_unlisted_text to 'redact' to redact every "
        "string value"
    )


def _records(
    source: Iterable[bytes], uri: str, jsonl: bool, options: RedactOptions, first_line: int = 1
) -> Iterator[Record]:
    for number, raw in enumerate(source, start=first_line):
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
        except RecursionError:
            raise InputError(f"{uri}: line {number}: JSON nested too deeply") from None
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
        engine = build_engine(use_model=options.use_model, locales=options.locales)
        for chunk in chunks:
            yield _redact_chunk(engine, chunk, jsonl, options)
        return
    # fork: workers inherit the loaded modules instead of importing them again.
    context = multiprocessing.get_context("fork")
    with context.Pool(options.workers, _start_worker, (options,)) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_worker_chunk, (chunk, jsonl, options)))
            if len(pending) >= 2 * options.workers:  # bounded: constant memory
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


# Each worker process holds one engine for its lifetime (set by the pool initializer).
_worker_engine: RedactionEngine | None = None


def _start_worker(options: RedactOptions) -> None:
    global _worker_engine
    _worker_engine = build_engine(use_model=options.use_model, locales=options.locales)


def _worker_chunk(
    chunk: list[Record], jsonl: bool, options: RedactOptions
) -> tuple[list[str], RedactionStats]:
    assert _worker_engine is not None
    return _redact_chunk(_worker_engine, chunk, jsonl, options)


def _strings(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    """Every string ``value`` holds, at any depth, with its path (keys excluded), in order.

    Iterative, not recursive: a record nested as deep as the JSON parser allows must
    not exhaust the stack here.
    """
    stack: list[tuple[FieldPath, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            stack.extend(((*where, k), v) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(((*where, i), v) for i, v in reversed(list(enumerate(item))))


def _keys(value: Any) -> Iterator[tuple[FieldPath, str]]:
    """Every object key ``value`` holds, at any depth, with the path it names, in order."""
    stack: list[tuple[FieldPath, str | None, Any]] = [((), None, value)]
    while stack:
        where, key, item = stack.pop()
        if key is not None:
            yield where, key
        if isinstance(item, dict):
            stack.extend(((*where, k), k, v) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(((*where, i), None, v) for i, v in reversed(list(enumerate(item))))


def _set(record: Any, path: FieldPath, value: str) -> None:
    container = record
    for part in path[:-1]:
        container = container[part]
    container[path[-1]] = value


_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")


def is_free_text(value: str) -> bool:
    """Free text: a string with a letter and a space, or anything the residual scan flags."""
    return bool(_LETTER.search(value) and _SPACE.search(value)) or bool(find_residual(value))


def field_path(path: FieldPath) -> str:
    """``meta.notes[2]``: a path fit for a message.

    A key is shown only when it looks like a field name; any other key (it could be
    a value someone used as a key, a name or a number) is shown by its position.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part) and not find_residual(part):
            out += f".{part}" if out else part
        else:
            out += "{a key}" if out else "{a top-level key}"
    return out


def _redact_chunk(
    engine: RedactionEngine, chunk: list[Record], jsonl: bool, options: RedactOptions
) -> tuple[list[str], RedactionStats]:
    stats = RedactionStats(records=len(chunk))
    slots: list[tuple[int, FieldPath]] = []  # (record index, path; () for a text line)
    texts: list[str] = []
    records: list[Any] = [record for _, record in chunk]
    named = set(options.fields)
    for i, (number, record) in enumerate(chunk):
        if not jsonl:
            slots.append((i, ()))
            texts.append(record)
            continue
        refused: list[FieldPath] = []
        for key, value in record.items():
            if key in named or options.on_unlisted_text == "redact":
                for path, text in _strings(value, (key,)):
                    slots.append((i, path))
                    texts.append(text)
            elif options.on_unlisted_text == "fail":
                refused += [path for path, text in _strings(value, (key,)) if is_free_text(text)]
        if options.on_unlisted_text == "fail":
            # Keys are never redacted, so in this mode a key that holds free text is
            # refused too, wherever it is; the names of the text fields themselves excepted.
            refused += [
                path
                for path, key in _keys(record)
                if not (len(path) == 1 and key in named) and is_free_text(key)
            ]
        stats.unlisted_count += len(refused)
        for path in refused[: max(0, PATHS_NAMED - len(stats.unlisted))]:
            stats.unlisted.append((number, field_path(path)))
    if stats.unlisted:
        return [], stats  # refused: the caller raises before anything is written
    for (i, path), text, spans in zip(slots, texts, engine.find_many(texts), strict=True):
        stats.spans.update(label for _, _, label in spans)
        clean = replace_spans(text, spans, consistent=options.consistent)
        if path:
            _set(records[i], path, clean)
        else:
            records[i] = clean
    # The residual scan covers every string of the output record, whatever field holds it.
    for (number, _), record in zip(chunk, records, strict=True):
        strings = [record] if not jsonl else [s for _, s in _strings(record, ())]
        if jsonl:
            strings += [key for _, key in _keys(record)]
        for text in strings:
            for _, _, category in find_residual(text):
                stats.note_residual(number, category)
    lines = [(json.dumps(r, ensure_ascii=False) if jsonl else r) + "\n" for r in records]
    return lines, stats
