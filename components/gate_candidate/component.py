"""KFP shell for gate_candidate."""

from kfp.dsl import Artifact, Dataset, Input, Markdown, Model, Output

from mlgate.component import component


@component
def gate_candidate(
    model: Input[Model],
    eval_data: Input[Dataset],
    evaluation: Input[Artifact],
    gate_spec: str,
    registry: str,
    report: Output[Markdown],
    override_decision: str = "",
    override_reason: str = "",
) -> str:
    """Decides promote or reject: floors, margins over baseline and production, slice regressions.

    Args:
        model: The candidate bundle from train_model.
        eval_data: The candidate's evaluation rows; production is re-scored on the same rows.
        evaluation: The candidate's and the baseline's scores, from evaluate_model.
        gate_spec: The GateSpec (JSON) committed with the pipeline.
        registry: The model registry (local path or gs://bucket/prefix).
        report: Markdown with every criterion, its value and its verdict.
        override_decision: "promote" or "reject" to overrule the gate; needs override_reason.
        override_reason: Why the gate is overruled; recorded in the report and the lineage.

    Returns:
        "promote" or "reject".
    """
    from components.gate_candidate.logic import gate_candidate as gate
    from mlgate.gate import Override

    override = None
    if override_decision or override_reason:
        override = Override.model_validate(
            {"decision": override_decision, "reason": override_reason}
        )
    decision = gate(
        model.path,
        eval_data.path,
        evaluation.path,
        gate_spec,
        registry,
        override=override,
        report_uri=report.path,
    )
    report.metadata.update(
        {"decision": decision.decision, "reasons": decision.reasons, "metrics": decision.metrics}
    )
    print(decision.report())
    return decision.decision
