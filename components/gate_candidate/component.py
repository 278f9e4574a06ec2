"""KFP shell for gate_candidate."""

from kfp.dsl import PIPELINE_JOB_NAME_PLACEHOLDER, Artifact, Input, Markdown, Model, Output

from mlgate.component import component


@component
def gate_candidate(
    model: Input[Model],
    evaluation: Input[Artifact],
    gate_spec: str,
    registry: str,
    report: Output[Markdown],
    override_decision: str = "",
    override_reason: str = "",
    tracking_uri: str = "",
    run_name: str = PIPELINE_JOB_NAME_PLACEHOLDER,
) -> str:
    """Decides promote or reject: floors, margins over baseline and production, slice regressions.

    Args:
        model: The candidate bundle from train_model.
        evaluation: The scores from evaluate_model: candidate, baseline and production, all
            on the candidate's evaluation rows.
        gate_spec: The GateSpec (JSON) committed with the pipeline.
        registry: The model registry (local path or gs://bucket/prefix); its production
            model must still be the one evaluate_model scored.
        report: Markdown with every criterion, its value and its verdict.
        override_decision: "promote" or "reject" to overrule the gate; needs override_reason.
        override_reason: Why the gate is overruled; recorded in the report and the lineage.
        tracking_uri: MLflow tracking URI for the decision and its report ("" for none); the
            MLflow run id goes into the report's metadata, and from there into the lineage.
        run_name: The KFP run; names the MLflow run that this pipeline run's tasks share.

    Returns:
        "promote" or "reject".
    """
    from mlgate.components.gate_candidate.logic import gate_candidate as gate
    from mlgate.models.gate import parse_override

    override = parse_override(override_decision, override_reason)
    decision = gate(
        model.path,
        evaluation.path,
        gate_spec,
        registry,
        override=override,
        report_uri=report.path,
    )
    report.metadata.update(
        {"decision": decision.decision, "reasons": decision.reasons, "metrics": decision.metrics}
    )
    if tracking_uri:
        from mlgate.components.evaluate_model.logic import read_model_dir
        from mlgate.models.tracking import log_gate

        card = read_model_dir(model.path).card
        run_id = log_gate(tracking_uri, run_name, card, decision, gate_spec)
        report.metadata["mlflow_run_id"] = run_id
    print(decision.report())
    return decision.decision
