"""KFP shell for load_dataset."""

from kfp.dsl import Dataset, Output

from mlgate.component import component


@component
def load_dataset(source: str, dataset: Output[Dataset]) -> None:
    """Loads a table into a Parquet Dataset with its sha256 and shape in metadata.

    Args:
        source: A .csv or .parquet path or URI (local, file://, gs://), or
            sample:breast_cancer for the table that ships with scikit-learn.
        dataset: The table as Parquet; metadata holds sha256, rows, columns, source.
    """
    from mlgate.components.load_dataset.logic import load_dataset as load

    summary = load(source, dataset.path)
    dataset.metadata.update(summary.metadata())
