"""KFP shell for train_model."""

from kfp.dsl import PIPELINE_JOB_NAME_PLACEHOLDER, Dataset, Input, Model, Output

from mlgate.component import component


@component
def train_model(
    dataset: Input[Dataset],
    config: str,
    model: Output[Model],
    eval_data: Output[Dataset],
    tracking_uri: str = "",
    run_name: str = PIPELINE_JOB_NAME_PLACEHOLDER,
) -> None:
    """Trains the configured estimator; the same data, config, code and image give the same bytes.

    Args:
        dataset: The validated training table (Parquet).
        config: The training config (canonical JSON): split, features, estimator, seed, slices.
        model: A directory with model.skops, config.json and card.json; its metadata holds the
            card (features, classes, model/config/data/eval sha256).
        eval_data: The held-out evaluation rows (Parquet) that evaluation and the gate use.
        tracking_uri: MLflow tracking URI for the config and the model card ("" for none).
        run_name: The KFP run; names the MLflow run that this pipeline run's tasks share.
    """
    from mlgate.components.train_model.logic import train_model as train
    from mlgate.models.tracking import log_training

    card = train(dataset.path, config, model.path, eval_data.path)
    run_id = log_training(tracking_uri, run_name, card, config)
    model.metadata.update({**card.model_dump(), **({"mlflow_run_id": run_id} if run_id else {})})
    eval_data.metadata.update({"sha256": card.eval_sha256, "rows": card.eval_rows})
