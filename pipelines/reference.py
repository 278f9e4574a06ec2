"""The reference pipeline: every mlgate gate, wired in order on one table."""

from kfp import dsl

from components.load_dataset.component import load_dataset


@dsl.pipeline(name="mlgate-reference")
def reference(source: str = "sample:breast_cancer") -> None:
    """Loads a table and passes it through mlgate's gates.

    Args:
        source: The table to load: a .csv or .parquet URI, or sample:breast_cancer.
    """
    load_dataset(source=source)
