"""The regression reference pipeline: scikit-learn's diabetes table through every model gate.

The same components as ``mlgate-reference`` on another task: ``train_model`` fits a
gradient-boosting regressor, ``evaluate_model`` scores it, the training-mean baseline and
production with paired bootstrap intervals (RMSE, MAE, R², MAPE; a residual summary),
and ``gate_candidate`` judges RMSE, where lower is better. The table ships inside
scikit-learn, so the pipeline runs offline.
"""

from pathlib import Path

from kfp import dsl
from kfp.dsl import Dataset, Output

from mlgate.component import component
from mlgate.components.train_model.component import train_model
from mlgate.components.validate_schema.component import validate_schema
from mlgate.models.evaluation import EvaluationConfig
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.registry import DEFAULT_REGISTRY
from mlgate.models.training import EstimatorConfig, SliceConfig, TrainingConfig
from mlgate.pipelines.reference import gate_and_publish

CONTRACT = Path(__file__).parent / "contracts" / "diabetes.yaml"

TRAINING = TrainingConfig(
    model_name="diabetes",
    label="target",
    task="regression",
    estimator=EstimatorConfig(
        kind="gradient_boosting",
        params={"n_estimators": 150, "max_depth": 2, "learning_rate": 0.05, "subsample": 0.8},
    ),
    seed=20261123,
    slices=[SliceConfig(name="bmi", column="bmi", edges=[0.0])],
)

# RMSE is in the label's units (disease progression, 25..346; the mean predictor's is
# about 80 on these rows). The candidate must beat the mean by 5 with confidence, and beat
# production with confidence; a slice may not lose more than 5 of RMSE to production.
GATE = GateSpec(
    floors={"r2": 0.25, "rmse": 70.0},
    over_baseline=Comparison(metric="rmse", rule="superiority", margin=5.0),
    over_production=Comparison(metric="rmse", rule="superiority", margin=0.0),
    slice_metric="rmse",
    max_slice_regression=5.0,
    min_slice_rows=30,
)
EVALUATION = EvaluationConfig(resamples=1000, seed=20261123, confidence=0.95)


@component
def load_bundled_dataset(source: str, dataset: Output[Dataset]) -> None:
    """Loads a table that scikit-learn ships (``sklearn:diabetes``, ``sklearn:wine``) or a URI.

    Args:
        source: ``sklearn:diabetes`` or ``sklearn:wine`` (offline: the files are inside
            scikit-learn), or a .csv / .parquet path or URI as load_dataset reads them.
        dataset: The table as Parquet; metadata holds sha256, rows, columns, source.
    """
    import tempfile
    from pathlib import Path

    from mlgate.components.load_dataset.logic import load_dataset
    from mlgate.errors import InputError

    if not source.startswith("sklearn:"):
        dataset.metadata.update(load_dataset(source, dataset.path).metadata())
        return
    name = source.removeprefix("sklearn:")
    if name not in ("diabetes", "wine"):
        raise InputError(f"source {source!r}: expected sklearn:diabetes or sklearn:wine")
    from sklearn import datasets

    frame = getattr(datasets, f"load_{name}")(as_frame=True).frame
    with tempfile.TemporaryDirectory() as tmp:
        staged = str(Path(tmp) / f"{name}.parquet")
        frame.to_parquet(staged, index=False)
        summary = load_dataset(staged, dataset.path)
    dataset.metadata.update({**summary.metadata(), "source": source})


@dsl.pipeline(name="mlgate-diabetes")
def diabetes(
    source: str = "sklearn:diabetes",
    registry: str = DEFAULT_REGISTRY,
    git_commit: str = "",
    spec_sha256: str = "",
    override_decision: str = "",
    override_reason: str = "",
    tracking_uri: str = "",
) -> None:
    """Validates the diabetes table, trains a regressor, evaluates it with intervals, gates it.

    Args:
        source: The table: sklearn:diabetes, or a .csv / .parquet URI with its columns.
        registry: The model registry: a local directory or gs://bucket/prefix.
        git_commit: The commit this spec was compiled from (mlgate run fills it in).
        spec_sha256: sha256 of this compiled spec (mlgate run fills it in).
        override_decision: "promote" or "reject" to overrule the gate (needs a reason).
        override_reason: Why the gate is overruled; recorded in the lineage.
        tracking_uri: MLflow tracking URI ("" for none).
    """
    loaded = load_bundled_dataset(source=source)
    validated = validate_schema(
        dataset=loaded.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
    trained = (
        train_model(
            dataset=validated.outputs["validated"],
            config=TRAINING.canonical_json(),
            tracking_uri=tracking_uri,
        )
        .set_cpu_request("1")
        .set_memory_request("2G")
    )
    gate_and_publish(
        trained,
        validated,
        registry=registry,
        gate_spec=GATE,
        contract=CONTRACT,
        evaluation=EVALUATION,
        tracking_uri=tracking_uri,
        overrides={"override_decision": override_decision, "override_reason": override_reason},
        lineage={"git_commit": git_commit, "spec_sha256": spec_sha256},
    )
