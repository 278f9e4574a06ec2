"""KFP shell for profile_dataset."""

from kfp.dsl import Artifact, Dataset, Input, Output

from mlgate.component import component


@component
def profile_dataset(dataset: Input[Dataset], profile: Output[Artifact], label: str = "") -> None:
    """Summarises a reference table into a drift profile (quantile bins, categories, nulls).

    Args:
        dataset: The reference table (Parquet), typically the data a model was trained on.
        profile: The profile as JSON (a few kilobytes); metadata holds its schema version,
            sha256, size, and the rows and columns it summarises.
        label: The label column, profiled apart as the label distribution ("" for none).
    """
    import hashlib

    from mlgate.components.profile_dataset.logic import profile_dataset as summarise

    result = summarise(
        dataset.path,
        profile.path,
        label=label,
        file_format=dataset.metadata.get("format", "parquet"),
    )
    data = result.model_dump_json().encode("utf-8")  # the bytes the logic wrote
    profile.metadata.update(
        {
            "schema_version": result.schema_version,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "rows": result.rows,
            "columns": len(result.columns),
            "dataset_sha256": dataset.metadata.get("sha256", ""),
        }
    )
    print(f"profiled {result.rows} rows x {len(result.columns)} columns into {len(data)} bytes")
