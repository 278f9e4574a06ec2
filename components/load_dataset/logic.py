"""Load a table from a URI or a built-in sample and write it as Parquet.

The Parquet bytes are deterministic for the same table and library versions
(no index, no timestamps), so their sha256 identifies the data in lineage.
"""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from mlgate import storage
from mlgate.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SAMPLES", "DatasetSummary", "load_dataset", "read_table"]

SAMPLE_PREFIX = "sample:"
SAMPLES = ("breast_cancer",)
# Tables scikit-learn ships, as mlgate-diabetes loads them (pipelines/diabetes.py) and its
# lineage records them, so that `mlgate reproduce` can read them back.
BUNDLED_PREFIX = "sklearn:"
BUNDLED = ("diabetes", "wine")


class DatasetSummary(BaseModel):
    """What load_dataset wrote: enough to identify the data in lineage."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    sha256: str
    rows: int
    columns: int

    def metadata(self) -> dict[str, str | int]:
        """The KFP artifact metadata for this dataset."""
        return {**self.model_dump(), "format": "parquet"}


def load_dataset(source: str, output_uri: str) -> DatasetSummary:
    """Reads ``source`` and writes it to ``output_uri`` as Parquet, atomically.

    Args:
        source: A ``.csv`` or ``.parquet`` path or URI (local, ``file://``, ``gs://``),
            or ``sample:<name>`` for a built-in table (``sample:breast_cancer``).
        output_uri: Where the Parquet file goes.

    Returns:
        The sha256 of the written bytes and the table's shape.

    Raises:
        InputError: the source is missing, unreadable, empty or malformed.
    """
    table = read_table(source)
    buffer = io.BytesIO()
    table.to_parquet(buffer, index=False, engine="pyarrow")
    data = buffer.getvalue()
    storage.write_bytes(output_uri, data)
    return DatasetSummary(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        rows=len(table),
        columns=len(table.columns),
    )


def read_table(source: str, file_format: str | None = None) -> pd.DataFrame:
    """Reads ``source`` (see ``load_dataset``) into a DataFrame with at least one row.

    Args:
        source: The URI or sample name.
        file_format: ``"csv"``, ``"parquet"`` or ``"jsonl"``; by default the file's suffix
            decides (KFP artifacts have none, so tasks pass the format from metadata).
    """
    if source.startswith(SAMPLE_PREFIX):
        table = _sample(source.removeprefix(SAMPLE_PREFIX))
    elif source.startswith(BUNDLED_PREFIX):
        table = _bundled(source.removeprefix(BUNDLED_PREFIX))
    else:
        suffix = file_format or storage.parse(source).path.lower().rsplit(".", 1)[-1]
        if suffix == "csv":
            table = _read_csv(source)
        elif suffix in ("parquet", "pq"):
            table = _read_parquet(source)
        elif suffix in ("jsonl", "ndjson"):
            table = _read_jsonl(source)
        else:
            raise InputError(
                f"{source}: unknown format {'.' + suffix!r}; expected a .csv, .parquet or "
                f".jsonl file or one of {', '.join(SAMPLE_PREFIX + s for s in SAMPLES)}"
            )
    if table.columns.empty:
        raise InputError(f"{source}: has no columns")
    if table.empty:
        raise InputError(f"{source}: has a header but no rows")
    return table


def _read_csv(source: str) -> pd.DataFrame:
    import warnings

    import pandas as pd

    with storage.open_read(source) as handle, warnings.catch_warnings():
        # Without index_col=False, pandas turns a surplus first field into an index
        # and the warning it gives instead is the only sign of a too-long row.
        warnings.simplefilter("error", pd.errors.ParserWarning)
        try:
            table = pd.read_csv(handle, encoding="utf-8", index_col=False)
        except pd.errors.ParserWarning:
            raise InputError(
                f"{source}: malformed CSV: a row has more fields than the header"
            ) from None
        except pd.errors.EmptyDataError:
            raise InputError(f"{source}: is empty; expected a CSV file with a header row") from None
        except pd.errors.ParserError as exc:
            # pandas names the line and field counts, never the row's content.
            detail = str(exc).strip().removeprefix("Error tokenizing data. C error: ")
            raise InputError(f"{source}: malformed CSV: {detail}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: not UTF-8 (invalid byte at offset {exc.start}); re-encode it as UTF-8"
            ) from None
    if len(table.columns) == 1:
        header = str(table.columns[0])
        for name, delimiter in (("semicolon", ";"), ("tab", "\t"), ("pipe", "|")):
            if delimiter in header:
                raise InputError(
                    f"{source}: the header looks {name}-separated; mlgate reads comma-separated "
                    "CSV: convert the file or save it as Parquet"
                )
    return table


def _read_parquet(source: str) -> pd.DataFrame:
    import pandas as pd
    import pyarrow as pa

    with storage.open_read(source) as handle:
        try:
            return pd.read_parquet(handle, engine="pyarrow")
        except (pa.ArrowException, OSError) as exc:
            raise InputError(
                f"{source}: not a readable Parquet file ({type(exc).__name__})"
            ) from None


def _read_jsonl(source: str) -> pd.DataFrame:
    import pandas as pd

    with storage.open_read(source) as handle:
        try:
            # Values stay as written: no guessing of dates or number types from text.
            return pd.read_json(handle, lines=True, dtype=False, convert_dates=False)
        except ValueError as exc:
            # pandas' message names the problem, not the record's text.
            raise InputError(f"{source}: not valid JSON Lines ({exc})") from None


# scikit-learn's column names for the breast cancer table, in snake case.
_MEASURES = [
    "radius",
    "texture",
    "perimeter",
    "area",
    "smoothness",
    "compactness",
    "concavity",
    "concave_points",
    "symmetry",
    "fractal_dimension",
]
BREAST_CANCER_COLUMNS = [
    *(f"mean_{m}" for m in _MEASURES),
    *(f"{m}_error" for m in _MEASURES),
    *(f"worst_{m}" for m in _MEASURES),
    "target",
]


def _bundled(name: str) -> pd.DataFrame:
    if name not in BUNDLED:
        raise InputError(
            f"unknown table {BUNDLED_PREFIX + name!r}; "
            f"available: {', '.join(BUNDLED_PREFIX + s for s in BUNDLED)}"
        )
    from sklearn import datasets

    frame: pd.DataFrame = getattr(datasets, f"load_{name}")(as_frame=True).frame
    return frame


def _sample(name: str) -> pd.DataFrame:
    if name not in SAMPLES:
        raise InputError(
            f"unknown sample {SAMPLE_PREFIX + name!r}; "
            f"available: {', '.join(SAMPLE_PREFIX + s for s in SAMPLES)}"
        )
    import importlib.util
    from pathlib import Path

    import pandas as pd

    # The table ships inside scikit-learn, so the demo needs no download. It is read
    # from its file, as load_breast_cancer does, because importing scikit-learn would
    # add more than a second to every task that loads the sample.
    spec = importlib.util.find_spec("sklearn")
    if spec is None or spec.origin is None:
        raise InputError(f"{SAMPLE_PREFIX}{name} needs scikit-learn installed")
    path = Path(spec.origin).parent / "datasets" / "data" / "breast_cancer.csv"
    return pd.read_csv(path, skiprows=1, header=None, names=BREAST_CANCER_COLUMNS)
