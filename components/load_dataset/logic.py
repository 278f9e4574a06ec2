"""Load a table from a URI or a built-in sample and write it as Parquet.

The Parquet bytes are deterministic for the same table and library versions
(no index, no timestamps), so their sha256 identifies the data in lineage.
"""

from __future__ import annotations

import hashlib
import io

from pydantic import BaseModel, ConfigDict

from mlgate import storage
from mlgate.data.tables import read_table

__all__ = ["DatasetSummary", "load_dataset"]


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
