"""Example: a team's own pipeline, built from two mlgate components and one of its own.

The team loads its table with ``load_dataset`` and holds it to its data contract
with ``validate_schema``; its own step runs only on data that passed. Copy this
file into ``pipelines/`` to start a pipeline of your own.
"""

from pathlib import Path

from kfp import dsl
from kfp.dsl import Dataset, Input

from mlgate.component import component
from mlgate.components.load_dataset.component import load_dataset
from mlgate.components.validate_schema.component import validate_schema

CONTRACT = Path(__file__).parent / "contracts" / "breast_cancer.yaml"


@component
def positive_rate(dataset: Input[Dataset], label: str) -> float:
    """The team's own step: the share of rows whose label is 1.

    Args:
        dataset: A table that passed the contract (Parquet).
        label: The label column.

    Returns:
        The fraction of positive labels.
    """
    import pandas as pd

    table = pd.read_parquet(dataset.path, columns=[label])
    rate = float((table[label] == 1).mean())
    print(f"positive rate: {rate:.3f} of {len(table)} rows")
    return rate


@dsl.pipeline(name="team-data-check")
def team_data_check(source: str = "sample:breast_cancer", label: str = "target") -> None:
    """Loads a table, checks it against the team's contract, then runs the team's step.

    Args:
        source: The table: a .csv or .parquet URI, or sample:breast_cancer.
        label: The label column the team's step summarises.
    """
    loaded = load_dataset(source=source)
    checked = validate_schema(
        dataset=loaded.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
    positive_rate(dataset=checked.outputs["validated"], label=label)
