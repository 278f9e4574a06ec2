"""Plan the shards of a log file: contiguous runs of whole lines, cut near equal byte offsets.

A shard is a row range (its first line number and how many lines it holds) and the
byte range that holds those rows, so a shard task seeks straight to its rows instead
of reading every line before them, and numbers its records as the whole file would:
residual-scan line numbers and error messages stay those of an unsharded run.

Cuts fall at line starts near ``size * k / shards``: redaction time follows the amount
of text, not the number of records, so byte-balanced shards finish together where
row-balanced ones would not (a few long notes are slower than many short lines).
Planning reads the file once, counting newlines; it never decodes or keeps a record,
and the plan holds numbers only. A file with fewer lines than ``shards`` gets fewer
shards: a cut never falls inside a line, and no shard is planned without a line.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import pairwise
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mlgate import storage
from mlgate.errors import InputError, describe_validation_error

__all__ = ["MAX_SHARDS", "Shard", "check_plan", "plan_shards"]

# The plan travels as one KFP list parameter (a fan-out of this many tasks); a backend
# caps parameter sizes, and thousands of tasks that each load the model cost more than
# they save. A larger input wants larger shards, not more of them.
MAX_SHARDS = 1000
_CHUNK = 8 * 1024 * 1024


class Shard(BaseModel):
    """One shard: a row range of the input and the byte range that holds it.

    Byte offsets travel through KFP as JSON numbers (doubles), exact up to 2**53 bytes.

    Attributes:
        index: Its position in the plan, from 0.
        first_line: The line number (from 1) of its first row in the whole file.
        lines: How many lines it holds (blank ones included).
        start: Offset of its first byte; a line start.
        end: Offset just past its last byte: a line start, or the end of the file.
        input_bytes: The size of the file when it was planned (a changed file is refused).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int = Field(ge=0)
    first_line: int = Field(ge=1)
    lines: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    input_bytes: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Shard:
        if not self.start <= self.end <= self.input_bytes:
            raise ValueError(
                f"needs start <= end <= input_bytes, got {self.start}, {self.end}, "
                f"{self.input_bytes}"
            )
        if (self.lines == 0) != (self.start == self.end):
            raise ValueError("an empty byte range holds no line, and no line fits in none")
        return self

    @classmethod
    def checked(cls, data: Any, where: str = "shard") -> Shard:
        """A ``Shard`` from plain values (a KFP parameter), a bad one as ``InputError``.

        Raises:
            InputError: a field is missing, unknown, negative or out of order; the message
                names it.
        """
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise InputError(
                f"{where}: {describe_validation_error(exc)}; give a shard of the list "
                "plan_log_shards returned, unchanged"
            ) from None


def plan_shards(input_uri: str, shards: int) -> list[Shard]:
    """Cuts ``input_uri`` into at most ``shards`` row ranges (see the module docstring).

    Args:
        input_uri: The log file: JSON Lines or plain text, one record a line.
        shards: How many shards to aim for, 1 to ``MAX_SHARDS``.

    Returns:
        The shards in file order; together they cover the file, every line exactly once.

    Raises:
        InputError: ``shards`` is out of range, or the file is empty or cannot be read.
    """
    if not isinstance(shards, int) or isinstance(shards, bool) or not 1 <= shards <= MAX_SHARDS:
        raise InputError(
            f"shards is {shards!r}; it must be a whole number from 1 to {MAX_SHARDS} "
            "(1 redacts the file in one task)"
        )
    with storage.open_read(input_uri) as source:
        size = source.seek(0, io.SEEK_END)
        if size == 0:
            raise InputError(f"{input_uri}: is empty; expected one record a line")
        cuts = [0]
        for k in range(1, shards):
            cut = _line_start_at_or_after(source, size * k // shards)
            if cuts[-1] < cut < size:  # a cut inside the last line, or twice in one line
                cuts.append(cut)
        cuts.append(size)
        counts = [_count_lines(source, start, end) for start, end in pairwise(cuts)]
    plan, first_line = [], 1
    for index, ((start, end), lines) in enumerate(zip(pairwise(cuts), counts, strict=True)):
        plan.append(
            Shard(
                index=index,
                first_line=first_line,
                lines=lines,
                start=start,
                end=end,
                input_bytes=size,
            )
        )
        first_line += lines
    return plan


def check_plan(plan: Sequence[Shard]) -> None:
    """Checks that ``plan`` is whole: shards in order, contiguous, covering one file.

    Raises:
        InputError: the plan is empty, out of order, has a gap or an overlap, or mixes
            files of different sizes (the message names the first shard at fault).
    """
    if not plan:
        raise InputError("the shard plan is empty; pass the list plan_log_shards returned")
    size = plan[0].input_bytes
    start, line = 0, 1
    for position, shard in enumerate(plan):
        problem = _misfit(shard, position, size, start, line)
        if problem:
            raise InputError(
                f"the shard plan is not whole: shard {position} {problem}; pass the list "
                "plan_log_shards returned, unchanged and in order"
            )
        start, line = shard.end, shard.first_line + shard.lines
    if start != size:
        raise InputError(
            f"the shard plan is not whole: it ends at byte {start} of {size}; pass the list "
            "plan_log_shards returned, unchanged and in order"
        )


def _misfit(shard: Shard, position: int, size: int, start: int, line: int) -> str:
    """How ``shard`` fails to follow the shards before it ("" when it does)."""
    if shard.index != position:
        return f"has index {shard.index}"
    if shard.input_bytes != size:
        return f"is of a {shard.input_bytes}-byte file, not {size}"
    if shard.start != start:
        return f"starts at byte {shard.start}, not {start}"
    if shard.first_line != line:
        return f"starts at line {shard.first_line}, not {line}"
    return ""


def _line_start_at_or_after(source: IO[bytes], offset: int) -> int:
    """The offset of the first line that starts at or after ``offset``."""
    if offset == 0:
        return 0
    source.seek(offset - 1)  # a newline just before ``offset`` makes it a line start
    source.readline()
    return source.tell()


def _count_lines(source: IO[bytes], start: int, end: int) -> int:
    """Lines in ``[start, end)``, a last one without its newline included."""
    source.seek(start)
    left, newlines, last = end - start, 0, b""
    while left > 0:
        block = source.read(min(_CHUNK, left))
        if not block:
            break
        newlines += block.count(b"\n")
        left -= len(block)
        last = block[-1:]
    return newlines + (1 if last not in (b"", b"\n") else 0)
