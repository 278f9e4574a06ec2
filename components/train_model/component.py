"""KFP shell for train_model."""

from kfp.dsl import Dataset, Input, Model, Output

from mlgate.component import component


@component
def train_model(
    dataset: Input[Dataset], config: str, model: Output[Model], eval_data: Output[Dataset]
) -> None:
    """Trains the configured estimator; the same data, config, code and image give the same bytes.

    Args:
        dataset: The validated training table (Parquet).
        config: The training config (canonical JSON): split, features, estimator, seed, slices.
        model: A directory with model.skops, config.json and card.json; its metadata holds the
            card (features, classes, model/config/data/eval sha256).
        eval_data: The held-out evaluation rows (Parquet) that evaluation and the gate use.
    """
    from components.train_model.logic import train_model as train

    card = train(dataset.path, config, model.path, eval_data.path)
    model.metadata.update(card.model_dump())
    eval_data.metadata.update({"sha256": card.eval_sha256, "rows": card.eval_rows})
