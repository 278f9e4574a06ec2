"""The reference pipeline: every mlgate gate, wired in order on one table."""

from pathlib import Path

from kfp import dsl

from components.load_dataset.component import load_dataset
from components.validate_schema.component import validate_schema

# Contracts are compiled into the spec as text, so a review of compiled/ shows every rule.
CONTRACT = Path(__file__).parent / "contracts" / "breast_cancer.yaml"


@dsl.pipeline(name="mlgate-reference")
def reference(source: str = "sample:breast_cancer") -> None:
    """Loads a table and passes it through mlgate's gates.

    Args:
        source: The table to load: a .csv or .parquet URI, or sample:breast_cancer.
    """
    loaded = load_dataset(source=source)
    validate_schema(
        dataset=loaded.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
