"""Validate Parquet and CSV files larger than memory, batch by batch, with pandas' verdicts.

``validate_file`` reads a file in record batches (``pyarrow.parquet.ParquetFile.
iter_batches``, ``pyarrow.csv.open_csv``) and keeps, per rule, a small partial
statistic that two parts of a table can merge (``StreamingValidator.merge``):

- map rules (nulls, bounds, allowed sets, regexes, type checks of object columns,
  column pairs): unexpected and considered counts, the first unexpected rows and
  values. Each batch is handed to the pandas engine's own rule functions as a frame
  with the dtypes ``read_table`` gives the whole table (an integer column that has
  nulls anywhere is float64 in every batch, a boolean one object), and with the
  whole table's row labels, so a batch's counts are the whole table's counts over
  those rows.
- metric rules: the row count; a column's maximum (merged with ``max``).
- schema rules (column set, column position, dtype checks): from the dtypes alone.
- uniqueness: values are hashed to 64 bits (``pandas.util.hash_array``) and spilled
  to disk with their row numbers, partitioned by the top byte of the hash
  (``_HashSpill``); at the end each partition is sorted alone, which finds every
  repeated hash in bounded memory. For numbers, booleans and datetimes the hash is
  a bijection of the 64-bit value (pandas' splitmix finaliser over the value's bits,
  -0.0 and NaN made canonical), so repeated hashes are repeated values, exactly. For
  text and for column tuples a collision is possible (probability below
  n^2 / 2^65 for n distinct values: 3e-4 at 10^8 rows); the rows with repeated
  hashes are therefore re-read and checked with pandas' ``duplicated``, which makes
  the count exact, unless there are more than ``VERIFY_ROWS`` of them (then the
  count can only err upwards, and the rule's ``engine_reason`` says so). A numeric
  column that is strictly increasing (a key written in order) is known unique
  without hashing; only when it is not is it hashed, in a second pass.

What differs from ``validate_table`` (documented, tested where it can be):

- COMPLETE result formats keep the first ``MAX_COMPLETE_ROWS`` unexpected rows,
  not all of them, so memory stays bounded; counts are always exact.
- Rules the pandas engine hands to great-expectations are refused (InputError).
- A ``row_condition`` must be row-wise (it is evaluated batch by batch).
- CSV: the whole file is typed first, with pandas' rules (integers, floats, the
  booleans True/TRUE/true and False/FALSE/false, pandas' NA markers), because
  pandas types a column by all of its values; integers beyond int64 are refused,
  and short rows (fewer fields than the header) are errors, where pandas pads them.
- Categorical Parquet columns take the union of every batch's categories, in the
  order they appear, which is the order pandas' whole-table read gives them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from mlgate import storage
from mlgate.data.contract import Expectation, Suite, _shown, check_arguments
from mlgate.data.validation import (
    _FAST,
    MAX_INDICES,
    RuleResult,
    ValidationResult,
    _condition_mask,
    _FastChecker,
    _jsonable,
    _keep_rows,
    _metric_between,
    _parse_datetimes,
    _ResultFormat,
    plan,
)
from mlgate.errors import InputError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "DEFAULT_BATCH_ROWS",
    "MAX_COMPLETE_ROWS",
    "VERIFY_ROWS",
    "StreamingValidator",
    "TableReader",
    "file_format_of",
    "open_table",
    "validate_file",
]

DEFAULT_BATCH_ROWS = 131_072
MAX_COMPLETE_ROWS = 1000
# Rows with a repeated hash that are re-read and compared exactly; beyond this the
# count comes from the hashes alone (still exact for numbers, booleans and datetimes).
VERIFY_ROWS = 500_000
_SPILL_BUFFER = 4_000_000  # (hash, row) pairs held before a spill: 64 MB
_PARTITIONS = 256  # spill files per unique rule, by the top byte of the hash
_ERRORS = (TypeError, ValueError, OverflowError)


# --- reading: batches with the whole table's dtypes and row labels -----------------------


def file_format_of(source: str, file_format: str | None) -> str:
    """``"parquet"`` or ``"csv"``, from ``file_format`` or the file's suffix.

    Raises:
        InputError: another format (JSON Lines is read whole by the pandas engine only).
    """
    suffix = file_format or storage.parse(source).path.lower().rsplit(".", 1)[-1]
    if suffix in ("parquet", "pq"):
        return "parquet"
    if suffix == "csv":
        return "csv"
    raise InputError(
        f"{source}: format {suffix!r} cannot be streamed; the duckdb and streaming engines "
        "read .parquet and .csv files (use engine 'pandas' for JSON Lines)"
    )


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as ``pandas.read_parquet`` converts it (same dtypes, same time zones)."""
    try:
        from pandas.io._util import arrow_table_to_pandas
    except ImportError:  # pragma: no cover - pandas moved its helper
        return table.to_pandas()
    return arrow_table_to_pandas(table)


def pandas_dtypes(schema: pa.Schema, nullable: set[str]) -> pd.DataFrame:
    """A zero-row frame with the dtypes ``pandas.read_parquet`` gives a table of ``schema``.

    A column's dtype can hang on its values: an integer column with nulls is float64,
    a boolean one object. ``nullable`` names the columns that have nulls; the dtypes
    come from pandas itself, reading an empty and a one-row all-null table.
    """
    import io

    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    def read(table: pa.Table) -> pd.DataFrame:
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        buffer.seek(0)
        return pd.read_parquet(buffer, engine="pyarrow")

    empty = read(schema.empty_table())
    nulls = read(pa.table([pa.nulls(1, f.type) for f in schema], schema=schema))
    names = [str(c) for c in empty.columns]
    frame = pd.DataFrame(
        {n: pd.Series([], dtype=(nulls if n in nullable else empty)[n].dtype) for n in names}
    )
    frame.columns = pd.Index(names, dtype=object)
    return frame


@dataclass
class TableReader:
    """A Parquet or CSV file as a sequence of pandas frames, each as ``read_table`` would
    hold those rows: the whole table's dtypes and row labels.

    Attributes:
        source: The file's path or URI.
        columns: The data columns, in order.
        dtypes: A zero-row frame with the whole table's dtypes (after the contract's
            datetime parsing).
        batch_rows: Rows per batch.
    """

    source: str
    columns: list[str]
    dtypes: pd.DataFrame
    batch_rows: int
    _batches: Callable[[list[str] | None], Iterator[pa.RecordBatch]]
    _convert: Callable[[pa.RecordBatch], pd.DataFrame]
    _range: tuple[int, int] | None = (0, 1)
    datetime_columns: list[str] = field(default_factory=list)
    source_types: dict[str, Any] = field(default_factory=dict)  # Arrow types as read

    def range_index(self) -> tuple[int, int] | None:
        """(start, step) when row labels are pandas' range index, else None (stored labels)."""
        return self._range

    def frames(self, columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
        """The table in batches; ``columns`` limits what is read (default: every column)."""
        import pandas as pd

        position = 0
        wanted = None if columns is None else [c for c in self.columns if c in set(columns)]
        for batch in self._batches(wanted):
            frame = self._convert(batch)
            names = list(wanted if wanted is not None else self.columns)
            for name in names:
                expected = self.dtypes[name].dtype
                if frame[name].dtype != expected and name not in self.datetime_columns:
                    frame[name] = frame[name].astype(expected)
            if self._range is not None:
                start, step = self._range
                frame.index = pd.RangeIndex(
                    start + position * step, start + (position + len(frame)) * step, step
                )
            position += len(frame)
            yield _parse_datetimes(frame, self.datetime_columns)

    def arrow_schema(self) -> pa.Schema:
        """The Arrow types of the frames' columns (what DuckDB is given)."""
        import pandas as pd
        import pyarrow as pa

        fields = []
        for name in self.columns:
            dtype = self.dtypes[name].dtype
            if getattr(dtype, "type", None) is np.object_:
                arrow_type = self.source_types[name]  # booleans with nulls, text: as read
            elif isinstance(dtype, pd.StringDtype):
                arrow_type = pa.large_string()
            else:
                arrow_type = (
                    pa.Schema.from_pandas(self.dtypes[[name]], preserve_index=False)
                    .field(name)
                    .type
                )
            fields.append(pa.field(name, arrow_type))
        return pa.schema(fields)


def open_table(
    source: str,
    file_format: str | None = None,
    datetime_columns: list[str] | tuple[str, ...] = (),
    *,
    batch_rows: int = DEFAULT_BATCH_ROWS,
) -> TableReader:
    """Opens a Parquet or CSV file for batch reading (see ``TableReader``).

    Raises:
        InputError: the file is missing, empty or unreadable; the message names it.
    """
    fmt = file_format_of(source, file_format)
    if fmt == "parquet":
        reader = _parquet_reader(source, batch_rows)
    else:
        reader = _csv_reader(source, batch_rows)
    reader.datetime_columns = [c for c in datetime_columns if c in reader.columns]
    if reader.datetime_columns:
        # The contract's datetime columns, parsed as validate_table parses them; text
        # gets its dtype from the first rows that hold any (pandas picks the unit).
        parsed = _parse_datetimes(reader.dtypes, reader.datetime_columns)
        for name in reader.datetime_columns:
            if parsed[name].dtype == reader.dtypes[name].dtype:
                continue
            for frame in reader.frames([name]):
                if frame[name].notna().any() or len(frame):
                    parsed[name] = parsed[name].astype(frame[name].dtype)
                    break
        reader.dtypes = parsed
    return reader


@contextlib.contextmanager
def _opened(source: str) -> Iterator[Any]:
    """A local path as itself (memory-mapped reads), any other URI as a stream."""
    location = storage.parse(source)
    if location.is_local:
        if not os.path.exists(location.path):
            raise InputError(f"{source}: no such file")
        yield location.path
        return
    with storage.open_read(source) as handle:
        yield handle


def _parquet_reader(source: str, batch_rows: int) -> TableReader:
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    def broken(exc: Exception) -> InputError:
        return InputError(f"{source}: not a readable Parquet file ({type(exc).__name__})")

    try:
        with _opened(source) as handle:
            meta = pq.ParquetFile(handle).metadata
            schema = pq.ParquetFile(handle).schema_arrow
    except (pa.ArrowException, OSError) as exc:
        raise broken(exc) from None
    pandas_meta = json.loads((schema.metadata or {}).get(b"pandas", b"{}") or b"{}")
    indexes = pandas_meta.get("index_columns", [])
    hidden = {i for i in indexes if isinstance(i, str)}
    columns = [f.name for f in schema if f.name not in hidden]
    ranged: tuple[int, int] | None = (0, 1)
    if len(indexes) == 1 and isinstance(indexes[0], dict) and indexes[0].get("kind") == "range":
        ranged = (int(indexes[0]["start"]), int(indexes[0]["step"]))
    elif hidden:
        ranged = None  # stored labels: the frames carry them
    # Which integer and boolean columns have nulls decides their dtype: the footer's
    # statistics say, or a pass over those columns when a writer left them out.
    positions = {name: i for i, name in enumerate(meta.schema.names)}
    nullable: set[str] = set()
    unknown: list[str] = []
    for f in schema:
        if f.name in hidden or not (pa.types.is_integer(f.type) or pa.types.is_boolean(f.type)):
            continue
        if f.name not in positions:
            unknown.append(f.name)
            continue
        counts: list[int | None] = []
        for g in range(meta.num_row_groups):
            stats = meta.row_group(g).column(positions[f.name]).statistics
            counts.append(stats.null_count if stats is not None and stats.has_null_count else None)
        if any(c is None for c in counts):
            unknown.append(f.name)
        elif sum(c or 0 for c in counts):
            nullable.add(f.name)

    def batches(wanted: list[str] | None) -> Iterator[pa.RecordBatch]:
        try:
            with _opened(source) as handle:
                # Buffered column reads: pre-buffering (pyarrow's default) holds whole
                # row groups, which would make memory grow with the writer's row groups.
                parquet = pq.ParquetFile(handle, pre_buffer=False, buffer_size=1 << 20)
                yield from parquet.iter_batches(
                    batch_size=batch_rows, columns=wanted, use_pandas_metadata=True
                )
        except (pa.ArrowException, OSError) as exc:
            raise broken(exc) from None

    for batch in batches(unknown) if unknown else ():
        for name in unknown:
            if batch.column(batch.schema.get_field_index(name)).null_count:
                nullable.add(name)
    dtypes = pandas_dtypes(schema, nullable)
    categories = _categories(schema, batches, hidden)

    def convert(batch: pa.RecordBatch) -> pd.DataFrame:
        frame = _to_pandas(pa.Table.from_batches([batch]))
        for name, dtype in categories.items():
            if name in frame.columns:
                frame[name] = frame[name].cat.set_categories(dtype.categories)
        return frame

    for name, dtype in categories.items():
        dtypes[name] = dtypes[name].astype(dtype)
    reader = TableReader(source, columns, dtypes, batch_rows, batches, convert, ranged)
    reader.source_types = {f.name: f.type for f in schema}
    return reader


def _categories(
    schema: pa.Schema,
    batches: Callable[[list[str] | None], Iterator[pa.RecordBatch]],
    hidden: set[str],
) -> dict[str, Any]:
    """Dictionary columns' categories over the whole file, in order of appearance."""
    import pandas as pd
    import pyarrow as pa

    names = [f.name for f in schema if pa.types.is_dictionary(f.type) and f.name not in hidden]
    if not names:
        return {}
    seen: dict[str, dict[Any, None]] = {name: {} for name in names}
    for batch in batches(names):
        for name in names:
            array = batch.column(batch.schema.get_field_index(name))
            for value in array.dictionary.to_pylist():
                seen[name].setdefault(value, None)
    return {
        name: pd.CategoricalDtype(list(seen[name]), ordered=schema.field(name).type.ordered)
        for name in names
    }


# CSV: pandas' default NA markers and booleans (pandas.read_csv).
_TRUE = ("True", "TRUE", "true")
_FALSE = ("False", "FALSE", "false")


def _na_values() -> list[str]:
    from pandas._libs.parsers import STR_NA_VALUES

    return sorted(STR_NA_VALUES)


def _csv_reader(source: str, batch_rows: int) -> TableReader:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    def open_csv(handle: Any, names: list[str] | None) -> Any:
        convert = pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()) if names else None,
            null_values=_na_values(),
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
        )
        read = pacsv.ReadOptions(block_size=1 << 22)
        return pacsv.open_csv(handle, read_options=read, convert_options=convert)

    def text_batches(names: list[str]) -> Iterator[pa.RecordBatch]:
        with _opened(source) as handle:
            try:
                reader = open_csv(handle, names)
                yield from reader
            except pa.ArrowInvalid as exc:
                raise _csv_error(source, exc) from None

    with _opened(source) as handle:
        try:
            header = open_csv(handle, None).schema.names
        except pa.ArrowInvalid as exc:
            raise _csv_error(source, exc) from None
    if len(header) != len(set(header)):
        twice = next(n for n in header if header.count(n) > 1)
        raise InputError(f"{source}: column {_shown(twice)} appears twice in the header")
    if len(header) == 1:
        for name, delimiter in (("semicolon", ";"), ("tab", "\t"), ("pipe", "|")):
            if delimiter in header[0]:
                raise InputError(
                    f"{source}: the header looks {name}-separated; mlgate reads comma-separated "
                    "CSV: convert the file or save it as Parquet"
                )
    # Pass 1: type every column by all its values, as pandas does.
    kinds = {name: _CsvKind() for name in header}
    for batch in text_batches(header):
        for name, array in zip(header, batch.columns, strict=True):
            kinds[name].update(array)
    types: dict[str, Any] = {}
    nullable = set()
    for name, kind in kinds.items():
        types[name] = kind.arrow_type(source, name)
        if kind.nulls:
            nullable.add(name)
    schema = pa.schema([pa.field(n, t) for n, t in types.items()])
    dtypes = pandas_dtypes(schema, nullable)

    def batches(wanted: list[str] | None) -> Iterator[pa.RecordBatch]:
        # CSV is read whole row by row; the columns not wanted are dropped after.
        keep = wanted if wanted is not None else header
        for batch in text_batches(header):
            arrays = [_csv_convert(batch.column(header.index(name)), types[name]) for name in keep]
            yield pa.RecordBatch.from_arrays(
                arrays, schema=pa.schema([schema.field(n) for n in keep])
            )

    def convert(batch: pa.RecordBatch) -> pd.DataFrame:
        return _to_pandas(pa.Table.from_batches([batch]))

    reader = TableReader(source, header, dtypes, batch_rows, batches, convert)
    reader.source_types = dict(types)
    return reader


@dataclass
class _CsvKind:
    """What pandas would make of one CSV column, from every value seen so far."""

    ints: bool = True
    floats: bool = True
    bools: bool = True
    values: int = 0
    nulls: int = 0
    too_big: bool = False

    def update(self, array: pa.Array) -> None:
        import pyarrow.compute as pc

        self.nulls += array.null_count
        values = array.drop_null()
        if not len(values):
            return
        self.values += len(values)
        if self.ints:
            self.ints = _casts(_int_text(values), "int64")
            if not self.ints and bool(
                pc.all(pc.match_substring_regex(values, r"^\s*[+-]?[0-9]+\s*$")).as_py()
            ):
                self.too_big = True
        if self.floats:
            self.floats = _casts(pc.utf8_trim_whitespace(values), "float64")
        if self.bools:
            self.bools = bool(pc.all(pc.is_in(values, value_set=_bool_set())).as_py())

    def arrow_type(self, source: str, name: str) -> pa.DataType:
        import pyarrow as pa

        if self.too_big:
            raise InputError(
                f"{source}: column {_shown(name)} holds integers beyond 64 bits, which "
                "pandas keeps as Python objects; use engine 'pandas'"
            )
        if not self.values:
            # No rows: pandas gives object columns (text is closest); only nulls: float64.
            return pa.float64() if self.nulls else pa.string()
        if self.ints:
            return pa.int64()
        if self.floats:
            return pa.float64()
        if self.bools:
            return pa.bool_()
        return pa.string()


def _bool_set() -> pa.Array:
    import pyarrow as pa

    return pa.array([*_TRUE, *_FALSE])


def _int_text(values: pa.Array) -> pa.Array:
    """Integer text as pyarrow casts it: pandas also accepts surrounding spaces and a '+'."""
    import pyarrow.compute as pc

    return pc.replace_substring_regex(pc.utf8_trim_whitespace(values), r"^\+", "")


def _casts(values: pa.Array, to: str) -> bool:
    import pyarrow as pa

    try:
        values.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False
    return True


def _csv_convert(array: pa.Array, to: pa.DataType) -> pa.Array:
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_string(to):
        return array
    if pa.types.is_integer(to):
        return _int_text(array).cast(to)
    if pa.types.is_floating(to):
        if array.null_count == len(array):
            return pa.nulls(len(array), to)
        return pc.utf8_trim_whitespace(array).cast(to)
    truth = pc.is_in(array, value_set=pa.array(list(_TRUE)))
    return pc.if_else(array.is_null(), pa.scalar(None, pa.bool_()), truth)


def _csv_error(source: str, exc: Exception) -> InputError:
    text = str(exc)
    # pyarrow quotes the offending row; only the kind of problem goes into the message.
    if "Empty CSV file" in text:
        return InputError(f"{source}: is empty; expected a CSV file with a header row")
    if "Expected" in text and "columns" in text:
        return InputError(
            f"{source}: malformed CSV: a row has more or fewer fields than the header"
        )
    if "UTF8" in text or "UTF-8" in text:
        return InputError(f"{source}: not UTF-8; re-encode it as UTF-8")
    return InputError(f"{source}: malformed CSV ({type(exc).__name__})")


# --- per-rule partial statistics -------------------------------------------------------------


class _State:
    """One rule's partial statistic: ``update`` with a batch, ``merge`` a later part."""

    def __init__(self, e: Expectation) -> None:
        self.e = e
        self.error: str | None = None
        self.reason = "streamed: per batch, merged"

    def update(self, batch: _Batch) -> None:
        raise NotImplementedError

    def merge(self, other: Any) -> None:
        raise NotImplementedError

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        raise NotImplementedError


@dataclass
class _Batch:
    """A frame of rows (whole-table dtypes and labels) and where it starts in the table."""

    frame: pd.DataFrame
    offset: int
    checker: _FastChecker

    def mask(self, e: Expectation) -> np.ndarray:
        """The rows a rule considers (its row_condition), positionally."""
        selected = _condition_mask(self.frame, e)
        return np.ones(len(self.frame), dtype=bool) if selected is None else selected


_Lookup = Callable[[list[str], np.ndarray], "pd.DataFrame"]


def _blank(e: Expectation) -> RuleResult:
    return RuleResult(e.rule, e.type, e.column, e.severity, success=False)


def _failed(e: Expectation, error: str) -> RuleResult:
    result = _blank(e)
    result.detail = f"cannot evaluate: {error}"
    return result


def _finish_format(e: Expectation, result: RuleResult) -> RuleResult:
    if _ResultFormat.of(e).level == "BOOLEAN_ONLY":
        result.unexpected_count = result.considered = None
        result.indices, result.samples, result.observed = [], [], None
    return result


def _keep(e: Expectation) -> int:
    fmt = _ResultFormat.of(e)
    return MAX_COMPLETE_ROWS if fmt.level == "COMPLETE" else fmt.partial_count


def _verdict(e: Expectation, result: RuleResult, bad: int, considered: int) -> RuleResult:
    result.unexpected_count, result.considered = bad, considered
    mostly = e.kwargs.get("mostly")
    mostly = 1.0 if mostly is None else float(mostly)
    result.success = considered == 0 or (considered - bad) / considered >= mostly
    return result


class _Schema(_State):
    """Rules the dtypes and the column names decide (the pandas engine on a zero-row frame)."""

    def update(self, batch: _Batch) -> None:
        batch.checker._for_condition(self.e)  # a broken row_condition is still an error

    def merge(self, other: Any) -> None:
        pass

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        return _FastChecker(probe).run(self.e)


class _RowCount(_State):
    def __init__(self, e: Expectation) -> None:
        super().__init__(e)
        self.rows = 0

    def update(self, batch: _Batch) -> None:
        self.rows += int(np.count_nonzero(batch.mask(self.e)))

    def merge(self, other: Any) -> None:
        self.rows += other.rows

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        result = _blank(self.e)
        try:
            result = _metric_between(self.rows, self.e, result)
        except _ERRORS as exc:
            return _failed(self.e, type(exc).__name__)
        return _finish_format(self.e, result)


class _Map(_State):
    """A map rule: the pandas engine's rule on each batch; counts add, rows concatenate."""

    def __init__(self, e: Expectation) -> None:
        super().__init__(e)
        self.bad = self.considered = 0
        self.indices: list[Any] = []
        self.samples: list[Any] = []

    def update(self, batch: _Batch) -> None:
        if self.error:
            return
        checker = batch.checker._for_condition(self.e)
        result = _blank(self.e)
        try:
            result = _FAST[self.e.type].run(checker, self.e, result)
        except _ERRORS as exc:
            self.error = type(exc).__name__
            return
        self._add(result.unexpected_count or 0, result.considered or 0, result)

    def _add(self, bad: int, considered: int, result: RuleResult) -> None:
        self.bad += bad
        self.considered += considered
        if len(self.indices) < _keep(self.e):
            self.indices += result.indices[: _keep(self.e) - len(self.indices)]
        shown = min(_keep(self.e), MAX_INDICES)  # pandas quotes values of the rows it keeps
        if len(self.samples) < shown:
            self.samples += result.samples[: shown - len(self.samples)]

    def merge(self, other: Any) -> None:
        self.error = self.error or other.error
        self._add(other.bad, other.considered, other)

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        if self.error:
            return _failed(self.e, self.error)
        result = _verdict(self.e, _blank(self.e), self.bad, self.considered)
        result.indices, result.samples = list(self.indices), list(self.samples)
        return _finish_format(self.e, result)


class _Regex(_Map):
    """A regex on a text column, matched by RE2 (pyarrow) when the translation is exact.

    ``re2_pattern`` translates the Python regex into an RE2 one that matches the same
    strings, or refuses; then the pandas rule runs, so nothing but speed changes.
    """

    def __init__(self, e: Expectation, pattern: str) -> None:
        super().__init__(e)
        self.pattern = pattern
        self.reason = "streamed: RE2 (pyarrow) with the translated regex"

    def update(self, batch: _Batch) -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.compute as pc

        if self.error:
            return
        checker = batch.checker._for_condition(self.e)
        series = checker.frame[self.e.kwargs["column"]]
        if not isinstance(series.dtype, pd.StringDtype):
            super().update(batch)
            return
        notna = checker.notna(self.e.kwargs["column"])
        matched = pc.match_substring_regex(pa.array(series.array), self.pattern)
        bad = ~np.asarray(matched.fill_null(True).to_numpy(zero_copy_only=False), dtype=bool)
        result = checker.map_result(
            self.e, _blank(self.e), bad & notna, int(np.count_nonzero(notna))
        )
        self._add(result.unexpected_count or 0, result.considered or 0, result)


class _Max(_State):
    def __init__(self, e: Expectation) -> None:
        super().__init__(e)
        self.value: Any = None
        self.empty: Any = None  # what pandas' max gives a column with no values

    def update(self, batch: _Batch) -> None:
        if self.error:
            return
        checker = batch.checker._for_condition(self.e)
        try:
            self._merge_value(checker.frame[self.e.kwargs["column"]].max())
        except _ERRORS as exc:
            self.error = type(exc).__name__

    def _merge_value(self, value: Any) -> None:
        from mlgate.data.validation import _isnull

        if value is None or (_isnull(value) and not isinstance(value, str)):
            if self.empty is None:
                self.empty = value
            return
        self.value = value if self.value is None else max(self.value, value)

    def merge(self, other: Any) -> None:
        self.error = self.error or other.error
        if other.empty is not None and self.empty is None:
            self.empty = other.empty
        if other.value is not None and not self.error:
            try:
                self._merge_value(other.value)
            except _ERRORS as exc:
                self.error = type(exc).__name__

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        if self.error:
            return _failed(self.e, self.error)
        value = self.value
        if value is None:
            value = self.empty if self.empty is not None else probe[self.e.kwargs["column"]].max()
        result = _blank(self.e)
        try:
            result = _metric_between(value, self.e, result)
        except _ERRORS as exc:
            return _failed(self.e, type(exc).__name__)
        return _finish_format(self.e, result)


class _HashSpill:
    """(hash, row) pairs spilled to disk, partitioned by the hash's top byte.

    Each partition is sorted alone at the end, so finding repeated hashes needs memory
    for one partition (1/256 of the pairs), never for the column.
    """

    def __init__(self, directory: str) -> None:
        self.directory = tempfile.mkdtemp(prefix="unique-", dir=directory)
        self.files: list[list[str]] = [[] for _ in range(_PARTITIONS)]
        self.hashes: list[np.ndarray] = []
        self.rows: list[np.ndarray] = []
        self.buffered = 0
        self.total = 0
        self._flushes = 0

    def add(self, hashes: np.ndarray, rows: np.ndarray) -> None:
        self.hashes.append(hashes.astype(np.uint64, copy=False))
        self.rows.append(rows.astype(np.int64, copy=False))
        self.buffered += len(hashes)
        self.total += len(hashes)
        if self.buffered >= _SPILL_BUFFER:
            self.flush()

    def flush(self) -> None:
        if not self.buffered:
            return
        hashes, rows = np.concatenate(self.hashes), np.concatenate(self.rows)
        self.hashes, self.rows, self.buffered = [], [], 0
        part = (hashes >> np.uint64(56)).astype(np.uint8)
        order = np.argsort(part, kind="stable")
        bounds = np.searchsorted(part[order], np.arange(_PARTITIONS + 1))
        self._flushes += 1
        for p in range(_PARTITIONS):
            lo, hi = bounds[p], bounds[p + 1]
            if lo == hi:
                continue
            path = os.path.join(self.directory, f"{p:03d}-{self._flushes}.npy")
            pairs = np.empty((hi - lo, 2), dtype=np.uint64)
            pairs[:, 0] = hashes[order[lo:hi]]
            pairs[:, 1] = rows[order[lo:hi]].view(np.uint64)
            np.save(path, pairs)
            self.files[p].append(path)

    def merge(self, other: _HashSpill) -> None:
        other.flush()
        self.flush()
        for p in range(_PARTITIONS):
            self.files[p] += other.files[p]
        self.total += other.total

    def repeated(self, limit: int) -> tuple[int, np.ndarray | None, np.ndarray]:
        """Rows whose hash appears more than once.

        Returns:
            (how many, all of them in row order if at most ``limit`` else None, the
            first ``MAX_COMPLETE_ROWS`` of them in row order).
        """
        self.flush()
        count = 0
        kept: list[np.ndarray] = []
        first = np.empty(0, dtype=np.int64)
        for p in range(_PARTITIONS):
            if not self.files[p]:
                continue
            pairs = np.concatenate([np.load(path) for path in self.files[p]])
            order = np.argsort(pairs[:, 0], kind="stable")
            hashes = pairs[order, 0]
            same = hashes[1:] == hashes[:-1]
            repeated = np.zeros(len(hashes), dtype=bool)
            repeated[1:] |= same
            repeated[:-1] |= same
            rows = pairs[order, 1][repeated].view(np.int64)
            count += len(rows)
            if count <= limit:
                kept.append(rows)
            first = np.sort(np.concatenate([first, rows]))[:MAX_COMPLETE_ROWS]
        everything = np.sort(np.concatenate(kept)) if kept and count <= limit else None
        if count == 0:
            everything = np.empty(0, dtype=np.int64)
        return count, everything, first

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


_INJECTIVE = "iufbM"  # numpy kinds whose 64-bit hash is a bijection of the value


class _Unique(_State):
    """expect_column_values_to_be_unique and expect_compound_columns_to_be_unique."""

    def __init__(self, e: Expectation, probe: pd.DataFrame, spill_dir: str) -> None:
        super().__init__(e)
        self.columns = (
            [e.kwargs["column"]]
            if e.type == "expect_column_values_to_be_unique"
            else list(e.kwargs["column_list"])
        )
        dtypes = [probe[c].dtype for c in self.columns]
        self.exact = len(self.columns) == 1 and all(
            isinstance(d, np.dtype) and d.kind in _INJECTIVE for d in dtypes
        )
        # A key written in increasing order is unique: checked first, hashed only if not.
        self.increasing: bool | None = True if self.exact and dtypes[0].kind in "iufM" else None
        self.first: Any = None
        self.last: Any = None
        self.considered = 0
        self.spill = _HashSpill(spill_dir)
        self.rehash = False

    def domain(self, batch: _Batch) -> tuple[np.ndarray, pd.DataFrame]:
        """The rows considered (positions within the batch) and their values."""
        mask = batch.mask(self.e)
        subset = batch.frame[self.columns]
        if len(self.columns) == 1:
            keep = subset[self.columns[0]].notna().to_numpy()
        else:
            keep = _keep_rows(
                subset, self.e.kwargs.get("ignore_row_if") or "all_values_are_missing"
            )
        rows = np.flatnonzero(mask & keep)
        return rows, subset.iloc[rows]

    def update(self, batch: _Batch) -> None:
        rows, values = self.domain(batch)
        self.considered += len(rows)
        if self.increasing:
            column = values[self.columns[0]].to_numpy()
            if len(column):
                ordered = bool((column[1:] > column[:-1]).all())
                if self.last is not None:
                    ordered = ordered and bool(column[0] > self.last)
                self.first = column[0] if self.first is None else self.first
                self.last = column[-1]
                if not ordered:
                    self.increasing, self.rehash = False, True
            return
        if not self.rehash:
            self.hash(rows + batch.offset, values)

    def hash(self, rows: np.ndarray, values: pd.DataFrame) -> None:
        self.spill.add(_row_hashes(values), rows)

    def merge(self, other: Any) -> None:
        self.considered += other.considered
        if self.increasing and other.increasing:
            if self.last is not None and other.first is not None and not other.first > self.last:
                self.increasing, self.rehash = False, True
            self.first = self.first if self.first is not None else other.first
            self.last = other.last if other.last is not None else self.last
        elif self.increasing or other.increasing:  # one part in order, the other not
            self.increasing, self.rehash = False, True
        self.rehash = self.rehash or other.rehash
        self.spill.merge(other.spill)

    def finish(self, probe: pd.DataFrame, rows: int, lookup: _Lookup | None) -> RuleResult:
        try:
            return self._finish(lookup)
        finally:
            self.spill.close()

    def _finish(self, lookup: _Lookup | None) -> RuleResult:
        e = self.e
        result = _blank(e)
        if self.increasing:
            return _finish_format(e, _verdict(e, result, 0, self.considered))
        count, candidates, first = self.spill.repeated(VERIFY_ROWS)
        if not self.exact and count:
            if candidates is not None and lookup is not None:
                values = lookup(self.columns, candidates)
                repeated = values.duplicated(keep=False).to_numpy()
                first = candidates[repeated][:MAX_COMPLETE_ROWS]
                count = int(np.count_nonzero(repeated))
            else:
                self.reason = (
                    f"streamed: {count} rows share a 64-bit hash, more than the "
                    f"{VERIFY_ROWS} re-checked exactly; a hash collision could over-count"
                )
        result = _verdict(e, result, count, self.considered)
        if count and lookup is not None:
            fmt = _ResultFormat.of(e)
            shown = first[: _keep(e)]
            rows_found = lookup(self.columns, shown)
            if fmt.level in ("SUMMARY", "COMPLETE"):
                result.indices = [_jsonable(i) for i in rows_found.index]
            if e.column and not e.sensitive:
                result.samples = _jsonable(list(rows_found.iloc[:MAX_INDICES, 0]))
        return _finish_format(e, result)


def _row_hashes(values: pd.DataFrame) -> np.ndarray:
    """A 64-bit hash per row: the value's own for one column, a mix of them for several.

    Nulls (compound keys keep rows with some nulls) all hash alike, as pandas'
    ``duplicated`` holds every null equal.
    """
    import pandas as pd

    combined: Any = None
    for j in range(values.shape[1]):
        series = values.iloc[:, j]  # by position: a key may name a column twice
        hashed: Any
        if isinstance(series.dtype, np.dtype) and series.dtype.kind != "O":
            hashed = pd.util.hash_array(series.to_numpy())
        else:
            hashed = pd.util.hash_pandas_object(series, index=False, categorize=False).to_numpy()
        hashed = hashed.astype(np.uint64, copy=True)
        hashed[series.isna().to_numpy()] = np.uint64(0x9E3779B97F4A7C15)
        if combined is None:
            combined = hashed
        else:  # order-sensitive mix (boost's hash_combine, 64-bit)
            with np.errstate(over="ignore"):
                combined ^= (
                    hashed
                    + np.uint64(0x9E3779B97F4A7C15)
                    + (combined << np.uint64(6))
                    + (combined >> np.uint64(2))
                )
    assert combined is not None
    return combined


# --- the validator --------------------------------------------------------------------------


class StreamingValidator:
    """Validates a table given in batches; two validators of consecutive parts merge.

    Args:
        suite: The contract.
        dtypes: A zero-row frame with the whole table's columns and dtypes.
        spill_dir: Where uniqueness spills its hashes (default: a new temporary directory).

    Raises:
        InputError: a rule only great-expectations runs (the pandas engine's plan), or
            bad arguments; a broken row_condition raises on the first batch.
    """

    def __init__(self, suite: Suite, dtypes: pd.DataFrame, *, spill_dir: str | None = None) -> None:
        from mlgate.data.re2 import re2_pattern

        for position, e in enumerate(suite.expectations):
            check_arguments(e, f"{suite.source}: expectations.{position}")
        self.suite = suite
        self.dtypes = _parse_datetimes(dtypes, suite.datetime_columns)
        self._own_dir = spill_dir is None
        self.spill_dir = spill_dir or tempfile.mkdtemp(prefix="mlgate-stream-")
        self.rows = 0
        self.batches = 0
        self._rehashed = False
        self.states: list[_State] = []
        for e, p in zip(suite.expectations, plan(suite.expectations), strict=True):
            if p.engine != "fast":
                raise InputError(
                    f"rule {e.rule!r} ({e.type}) cannot be streamed: {p.reason}, so only "
                    "great-expectations runs it, on the whole table; use engine 'pandas'"
                )
            self.states.append(self._state(e, re2_pattern))

    def _state(self, e: Expectation, re2_pattern: Callable[[str], str]) -> _State:
        missing = [c for c in e.columns if c not in self.dtypes.columns]
        if missing and e.type != "expect_column_to_exist":
            return _Schema(e)  # the pandas engine's "column is missing" on the probe
        if e.type in ("expect_column_to_exist", "expect_table_columns_to_match_set"):
            return _Schema(e)
        if e.type == "expect_table_row_count_to_be_between":
            return _RowCount(e)
        if e.type == "expect_column_max_to_be_between":
            return _Max(e)
        if e.type in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"):
            return _Unique(e, self.dtypes, self.spill_dir)
        if e.type == "expect_column_values_to_be_in_type_list":
            dtype = self.dtypes[e.kwargs["column"]].dtype
            from mlgate.data.validation import _is_default_str

            as_object = getattr(dtype, "type", None) is np.object_ or _is_default_str(dtype)
            if not as_object or e.kwargs.get("type_list") is None:
                return _Schema(e)
        if e.type == "expect_column_values_to_match_regex":
            try:
                return _Regex(e, re2_pattern(e.kwargs["regex"]))
            except ValueError:
                pass  # Python's re, through pandas, batch by batch
        return _Map(e)

    def update(self, frame: pd.DataFrame, offset: int | None = None) -> None:
        """Adds a batch: ``frame`` has the whole table's dtypes and row labels.

        Args:
            frame: The batch.
            offset: Its first row's position in the table (default: right after the last
                batch given).
        """
        frame = _parse_datetimes(frame, self.suite.datetime_columns)
        batch = _Batch(frame, self.rows if offset is None else offset, _FastChecker(frame))
        for state in self.states:
            state.update(batch)
        self.rows += len(frame)
        self.batches += 1

    def merge(self, other: StreamingValidator) -> None:
        """Adds the statistics of ``other``, a validator of the rows right after these."""
        for mine, theirs in zip(self.states, other.states, strict=True):
            mine.merge(theirs)
        self.rows += other.rows
        self.batches += other.batches

    def pending(self) -> list[str]:
        """The columns a second pass must read, or none.

        A unique numeric key is first checked for increasing order, which proves it
        unique without hashing; when it turns out not to be, its values must be hashed
        from the first row: feed every batch again to ``rehash_batch`` (with these
        columns, or all of them) before ``finish``.
        """
        wanted: list[str] = []
        for state in self._rehashing():
            needed = (
                list(self.dtypes.columns) if state.e.kwargs.get("row_condition") else state.columns
            )
            wanted += [c for c in needed if c not in wanted]
        return wanted

    def rehash_batch(self, frame: pd.DataFrame, offset: int) -> None:
        """The second pass (see ``pending``): a batch again, from its position ``offset``."""
        frame = _parse_datetimes(frame, self.suite.datetime_columns)
        batch = _Batch(frame, offset, _FastChecker(frame))
        for state in self._rehashing():
            rows, values = state.domain(batch)
            state.hash(rows + offset, values)
        self._rehashed = True

    def _rehashing(self) -> list[_Unique]:
        return [s for s in self.states if isinstance(s, _Unique) and s.rehash]

    def finish(self, lookup: _Lookup | None = None) -> ValidationResult:
        """Every rule's result.

        Args:
            lookup: Reads given columns at given row positions (a frame indexed by the
                rows' labels); uniqueness uses it to check repeated hashes and to quote
                rows. Without it, uniqueness counts from hashes and quotes no rows.
        """
        if not self.batches:  # no rows: pandas still evaluates conditions on an empty frame
            self.update(self.dtypes.iloc[:0])
        if self._rehashing() and not self._rehashed:
            raise RuntimeError(
                f"unique keys {self.pending()} are not in increasing order: "
                "give every batch again to rehash_batch before finish"
            )
        try:
            rules = []
            for state in self.states:
                result = state.finish(self.dtypes, self.rows, lookup)
                result.engine, result.engine_reason = "streaming", state.reason
                rules.append(result)
        finally:
            if self._own_dir:
                shutil.rmtree(self.spill_dir, ignore_errors=True)
        return ValidationResult(
            self.suite.name,
            self.suite.sha256,
            self.rows,
            len(self.dtypes.columns),
            rules,
            "streaming",
        )


def validate_file(
    source: str,
    suite: Suite,
    *,
    file_format: str | None = None,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    spill_dir: str | None = None,
) -> ValidationResult:
    """Validates a Parquet or CSV file of any size in bounded memory.

    Memory holds one batch (``batch_rows`` rows) and, per unique rule, a spill buffer
    (64 MB) and at the end one hash partition; never the table.

    Args:
        source: A ``.parquet`` or ``.csv`` path or URI (local, ``file://``, ``gs://``).
        suite: The contract.
        file_format: ``"parquet"`` or ``"csv"``; by default the suffix decides.
        batch_rows: Rows per batch.
        spill_dir: Where uniqueness spills (default: a temporary directory).

    Raises:
        InputError: the file cannot be read, or a rule cannot be streamed.
    """
    reader = open_table(source, file_format, suite.datetime_columns, batch_rows=batch_rows)
    validator = StreamingValidator(suite, reader.dtypes, spill_dir=spill_dir)
    for frame in reader.frames():
        validator.update(frame)
    second = validator.pending()
    if second:
        offset = 0
        for frame in reader.frames(second):
            validator.rehash_batch(frame, offset)
            offset += len(frame)

    def lookup(columns: list[str], positions: np.ndarray) -> pd.DataFrame:
        return _rows_at(reader, columns, positions)

    return validator.finish(lookup)


def _rows_at(reader: TableReader, columns: list[str], positions: np.ndarray) -> pd.DataFrame:
    """The given columns at the given row positions (sorted), indexed by the rows' labels."""
    import pandas as pd

    parts = []
    offset = 0
    positions = np.sort(np.asarray(positions, dtype=np.int64))
    for frame in reader.frames(columns):
        end = offset + len(frame)
        lo, hi = np.searchsorted(positions, [offset, end])
        if hi > lo:
            parts.append(frame[columns].iloc[positions[lo:hi] - offset])
        offset = end
        if hi == len(positions):
            break
    if not parts:
        return reader.dtypes[columns]
    return pd.concat(parts)
