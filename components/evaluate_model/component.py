"""KFP shell for evaluate_model."""

from kfp.dsl import Artifact, ClassificationMetrics, Dataset, Input, Metrics, Model, Output

from mlgate.component import component


@component
def evaluate_model(
    model: Input[Model],
    eval_data: Input[Dataset],
    evaluation: Output[Artifact],
    metrics: Output[Metrics],
    classification: Output[ClassificationMetrics],
) -> None:
    """Scores a model and the majority-class baseline on the model's evaluation rows.

    Args:
        model: The bundle from train_model.
        eval_data: The evaluation rows from train_model (their sha256 must match the model's card).
        evaluation: The model's and the baseline's scores as JSON, bound to the model's and
            the rows' sha256; gate_candidate judges these.
        metrics: accuracy, roc_auc, f1, log_loss, rows; and per slice as slice/<name>/<metric>.
        classification: The confusion matrix and (for two classes) the ROC curve.
    """
    import math

    from components.evaluate_model.logic import evaluate_model as evaluate

    result = evaluate(model.path, eval_data.path, evaluation.path).candidate
    scores = dict(result.metrics)
    for slice_name, values in result.slices.items():
        scores.update({f"slice/{slice_name}/{name}": value for name, value in values.items()})
    for name, value in sorted(scores.items()):
        if math.isfinite(value):  # e.g. ROC AUC is undefined on a one-class slice
            metrics.log_metric(name, value)
    classification.log_confusion_matrix(result.categories, result.confusion)
    if result.roc:
        classification.log_roc_curve(result.roc["fpr"], result.roc["tpr"], result.roc["thresholds"])
