"""Tables in, DataFrames out: the one reader every component and command uses.

``read_table`` takes a URI (local, ``file://``, ``gs://``) of a CSV, Parquet or JSON
Lines file, or a built-in table (``sample:breast_cancer``, ``sklearn:diabetes``), and
turns every way it can be unreadable into an ``InputError`` that names the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlgate import storage
from mlgate.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BUNDLED", "BUNDLED_PREFIX", "SAMPLES", "SAMPLE_PREFIX", "read_table"]

SAMPLE_PREFIX = "sample:"
SAMPLES = ("breast_cancer",)
# Tables scikit-learn ships, as mlgate-diabetes loads them (pipelines/diabetes.py) and its
# lineage records them, so that `mlgate reproduce` can read them back.
BUNDLED_PREFIX = "sklearn:"
BUNDLED = ("diabetes", "wine")


def read_table(source: str, file_format: str | None = None) -> pd.DataFrame:
    """Reads ``source`` into a DataFrame with at least one row.

    Args:
        source: A ``.csv``, ``.parquet`` or ``.jsonl`` path or URI (local, ``file://``,
            ``gs://``), or ``sample:<name>`` / ``sklearn:<name>`` for a built-in table.
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
