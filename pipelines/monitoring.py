"""The monitoring pipeline: is a serving batch still the data the model was trained on?

It profiles the reference table (the training data), holds the batch to the table's
data contract, and compares the batch with the profile column by column. The
decision (ok, warn or drift) is the drift task's output; with ``halt_on="drift"``
(the default) drift fails the run, so a scheduled run that finds it is red and
alerts like any failed run.

Run it on a schedule as a recurring run on KFP (or a Vertex AI schedule) over the
latest serving batch, e.g. daily at 06:00 UTC, cron ``0 6 * * *``.
"""

from pathlib import Path

from kfp import dsl

from mlgate.components.detect_drift.component import detect_drift
from mlgate.components.load_dataset.component import load_dataset
from mlgate.components.profile_dataset.component import profile_dataset
from mlgate.components.validate_schema.component import validate_schema

# The contract and the drift levels are compiled into the spec as text, so a review of
# compiled/ shows every rule and threshold that will run.
CONTRACT = Path(__file__).parent / "contracts" / "breast_cancer.yaml"
DRIFT = Path(__file__).parent / "contracts" / "breast_cancer.drift.yaml"


@dsl.pipeline(name="mlgate-monitoring")
def monitoring(
    reference: str = "sample:breast_cancer",
    batch: str = "sample:breast_cancer",
    label: str = "target",
    halt_on: str = "drift",
) -> None:
    """Profiles the reference table, validates a batch against the contract, detects drift.

    Args:
        reference: The reference table (the training data): a .csv or .parquet URI, or
            sample:breast_cancer.
        batch: The batch to check (serving logs or new training data): a .csv or .parquet
            URI, or sample:breast_cancer.
        label: The label column, compared as the label distribution when the batch has it.
        halt_on: "drift" fails the run on drift, "warn" on a warning too, "never" only
            reports the decision.
    """
    # Not cached: a recurring run reads the same URIs, whose content changes between runs.
    loaded_reference = (
        load_dataset(source=reference).set_display_name("load-reference").set_caching_options(False)
    )
    profiled = profile_dataset(dataset=loaded_reference.outputs["dataset"], label=label)
    loaded_batch = (
        load_dataset(source=batch).set_display_name("load-batch").set_caching_options(False)
    )
    checked = validate_schema(
        dataset=loaded_batch.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
    # Not cached: its decision is about this batch, today; a cached "ok" would hide drift.
    detect_drift(
        batch=checked.outputs["validated"],
        profile=profiled.outputs["profile"],
        drift_config=DRIFT.read_text(encoding="utf-8"),
        drift_config_name=DRIFT.name,
        halt_on=halt_on,
    ).set_caching_options(False)
