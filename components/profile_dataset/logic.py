"""Summarise a reference table into the profile that drift is measured against.

The profile (``mlgate.data.profile.Profile``) is a few kilobytes of JSON whatever the
table's size, so it can travel with a model version instead of the training data.
"""

from __future__ import annotations

from mlgate import storage
from mlgate.data.profile import DEFAULT_BINS, DEFAULT_MAX_CATEGORIES, Profile, compute_profile
from mlgate.data.tables import read_table

__all__ = ["profile_dataset"]


def profile_dataset(
    dataset_uri: str,
    output_uri: str,
    *,
    label: str = "",
    file_format: str | None = None,
    bins: int = DEFAULT_BINS,
    max_categories: int = DEFAULT_MAX_CATEGORIES,
) -> Profile:
    """Profiles the table at ``dataset_uri`` and writes the profile's JSON to ``output_uri``.

    Args:
        dataset_uri: A Parquet file (a KFP Dataset) or any source ``load_dataset`` reads.
        output_uri: Where the profile JSON goes.
        label: The label column, profiled apart as the label distribution ("" for none).
        file_format: "parquet", "csv" or "jsonl"; by default Parquet unless the URI ends
            in .csv (a KFP Dataset has no suffix; its metadata names the format).
        bins: Quantile bins per numeric column (10: deciles).
        max_categories: Categories kept per categorical column; the rest share one count.

    Returns:
        The profile written.

    Raises:
        InputError: the table cannot be read, or ``label`` is not one of its columns.
    """
    fmt = file_format or (None if dataset_uri.lower().endswith(".csv") else "parquet")
    table = read_table(dataset_uri, fmt)
    profile = compute_profile(table, label=label or None, bins=bins, max_categories=max_categories)
    storage.write_bytes(output_uri, profile.model_dump_json().encode("utf-8"))
    return profile
