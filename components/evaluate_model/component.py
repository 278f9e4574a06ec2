"""KFP shell for evaluate_model."""

from kfp.dsl import (
    PIPELINE_JOB_NAME_PLACEHOLDER,
    Artifact,
    ClassificationMetrics,
    Dataset,
    Input,
    Metrics,
    Model,
    Output,
)

from mlgate.component import component


@component
def evaluate_model(
    model: Input[Model],
    eval_data: Input[Dataset],
    evaluation: Output[Artifact],
    metrics: Output[Metrics],
    classification: Output[ClassificationMetrics],
    registry: str = "",
    config: str = "",
    tracking_uri: str = "",
    run_name: str = PIPELINE_JOB_NAME_PLACEHOLDER,
) -> None:
    """Scores a model, the baseline and the production model on the same rows, with intervals.

    Args:
        model: The bundle from train_model.
        eval_data: The evaluation rows from train_model (their sha256 must match the model's card).
        evaluation: Every model's scores as JSON, bound to the model's and the rows' sha256
            and to the production version scored; gate_candidate judges these.
        metrics: The model's metrics for its task (e.g. roc_auc, log_loss; rmse, r2), rows;
            their interval bounds as <metric>/low and <metric>/high; candidate minus
            production and minus baseline as diff/<model>/<metric>[/low|/high]; per slice as
            slice/<name>/<metric>; for a regressor its residual summary as residual/<figure>.
        classification: A classifier's confusion matrix and (for two classes) ROC curve;
            empty for a regressor.
        registry: The model registry (local path or gs://bucket/prefix) whose production
            model is re-scored on these rows; empty: no production model is scored.
        config: The EvaluationConfig as JSON: bootstrap resamples (1000), seed (0),
            confidence (0.95) and the precision/recall threshold (0.5); "" for those.
        tracking_uri: MLflow tracking URI for every model's scores ("" for none).
        run_name: The KFP run; names the MLflow run that this pipeline run's tasks share.
    """
    import math

    from mlgate.components.evaluate_model.logic import evaluate_model as evaluate
    from mlgate.components.evaluate_model.logic import read_model_dir
    from mlgate.models.evaluation import parse_evaluation_config
    from mlgate.models.tracking import log_evaluation

    scores = evaluate(
        model.path,
        eval_data.path,
        evaluation.path,
        registry_uri=registry or None,
        config=parse_evaluation_config(config),
    )
    if tracking_uri:
        log_evaluation(tracking_uri, run_name, read_model_dir(model.path).card, scores)
    result = scores.candidate
    logged = dict(result.metrics)
    for name, interval in result.intervals.items():
        logged.update({f"{name}/low": interval.low, f"{name}/high": interval.high})
    for other, intervals in scores.differences.items():
        for name, interval in intervals.items():
            logged[f"diff/{other}/{name}"] = interval.estimate
            logged[f"diff/{other}/{name}/low"] = interval.low
            logged[f"diff/{other}/{name}/high"] = interval.high
    for slice_name, values in result.slices.items():
        logged.update({f"slice/{slice_name}/{name}": value for name, value in values.items()})
    logged.update({f"residual/{name}": value for name, value in result.residuals.items()})
    for name, value in sorted(logged.items()):
        if math.isfinite(value):  # e.g. ROC AUC is undefined on a one-class slice
            metrics.log_metric(name, value)
    if not result.categories:  # a regressor: no confusion matrix, its residuals are above
        return
    classification.log_confusion_matrix(result.categories, result.confusion)
    if result.roc:
        classification.log_roc_curve(result.roc["fpr"], result.roc["tpr"], result.roc["thresholds"])
