"""Example: a team trains its own model, and mlgate's evaluate, gate and push judge and publish it.

The team's training step is its own code (here a k-nearest-neighbours classifier with the
team's split); it hands over the model artifact mlgate's components accept
(docs/model-artifact.md): a directory with model.skops, card.json and config.json, and
the held-out rows as Parquet, written by ``package_model`` and ``write_bundle``.
"""

from pathlib import Path

from kfp import dsl
from kfp.dsl import Dataset, Input, Model, Output

from mlgate.component import component
from mlgate.components.load_dataset.component import load_dataset
from mlgate.components.validate_schema.component import validate_schema
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.registry import DEFAULT_REGISTRY
from mlgate.pipelines.reference import gate_and_publish

CONTRACT = Path(__file__).parent / "contracts" / "breast_cancer.yaml"
GATE = GateSpec(
    floors={"roc_auc": 0.9},
    over_baseline=Comparison(metric="roc_auc", rule="superiority", margin=0.2),
    over_production=Comparison(metric="roc_auc", rule="non_inferiority", margin=0.01),
)


@component
def train_team_model(
    dataset: Input[Dataset],
    model: Output[Model],
    eval_data: Output[Dataset],
    neighbours: int = 15,
) -> None:
    """The team's own training step: its estimator, its split, mlgate's artifact contract.

    Args:
        dataset: The validated table (Parquet).
        model: The bundle mlgate's evaluate, gate and push accept.
        eval_data: The held-out rows, bound to the model by the sha256 in its card.
        neighbours: The team's hyper-parameter.
    """
    import hashlib
    from pathlib import Path

    import pandas as pd
    from sklearn.model_selection import train_test_split
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from mlgate.components.train_model.logic import write_bundle
    from mlgate.models.training import TrainingConfig, package_model

    data = Path(dataset.path).read_bytes()
    table = pd.read_parquet(dataset.path)
    train_rows, eval_rows = train_test_split(
        table, test_size=0.3, random_state=7, stratify=table["target"]
    )
    features = [c for c in table.columns if c != "target"]
    fitted = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=neighbours))
    fitted.fit(train_rows[features], train_rows["target"])
    # The config records what was trained; check_estimator is not needed to read it back.
    config = TrainingConfig.model_validate(
        {
            "model_name": "breast-cancer-knn",
            "label": "target",
            "seed": 7,
            "estimator": {"kind": "sklearn.pipeline.Pipeline", "params": {}},
        }
    )
    trained = package_model(fitted, config, train_rows, eval_rows, hashlib.sha256(data).hexdigest())
    write_bundle(trained, config, model.path, eval_data.path)
    model.metadata.update(trained.card.model_dump(mode="json"))


@dsl.pipeline(name="team-own-model")
def team_own_model(
    source: str = "sample:breast_cancer", registry: str = DEFAULT_REGISTRY, neighbours: int = 15
) -> None:
    """Validates a table, trains the team's model, and lets mlgate evaluate, gate and push it.

    Args:
        source: The table: a .csv or .parquet URI, or sample:breast_cancer.
        registry: The model registry: a local directory or gs://bucket/prefix.
        neighbours: The team's hyper-parameter.
    """
    loaded = load_dataset(source=source)
    validated = validate_schema(
        dataset=loaded.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
    trained = train_team_model(dataset=validated.outputs["validated"], neighbours=neighbours)
    # mlgate's own gates judge and publish it: evaluate, gate, and push only if promoted.
    gate_and_publish(trained, validated, registry=registry, gate_spec=GATE, contract=CONTRACT)
