"""KFP shell for push_to_registry."""

from kfp.dsl import (
    PIPELINE_JOB_NAME_PLACEHOLDER,
    Artifact,
    Dataset,
    Input,
    Markdown,
    Metrics,
    Model,
    Output,
)

from mlgate.component import component


@component
def push_to_registry(
    model: Input[Model],
    dataset: Input[Dataset],
    gate_report: Input[Markdown],
    decision: str,
    registry: str,
    image: str,
    entry: Output[Artifact],
    git_commit: str = "",
    spec_sha256: str = "",
    run_id: str = PIPELINE_JOB_NAME_PLACEHOLDER,
    redaction: Input[Metrics] = None,
    eval_data: Input[Dataset] = None,
    contract: str = "",
) -> str:
    """Publishes the model as the next X.Y.Z-staging version with full lineage.

    The version also keeps the profile of its training data (profile.json), with the
    model's score distribution on the evaluation rows, which detect_drift compares
    serving batches with.

    Args:
        model: The candidate bundle from train_model.
        dataset: The validated training table; its metadata gives data URI, sha256, contract hash.
        gate_report: The gate's report; its decision and reasons go into the lineage.
        decision: The gate's decision; only "promote" publishes.
        registry: The model registry (local path or gs://bucket/prefix).
        image: The component image reference (digest-pinned once pushed).
        entry: The registry entry: the version's manifest (files, sha256s, lineage) as JSON.
        git_commit: The commit the pipeline was compiled from ("-dirty" if modified).
        spec_sha256: sha256 of the compiled pipeline spec that ran.
        run_id: The KFP run.
        redaction: The redaction task's metrics (F1 on the reference corpus, spans redacted),
            when the pipeline redacted logs.
        eval_data: The candidate's evaluation rows from train_model; the profile then also
            keeps the model's score distribution on them (positive-class probability for a
            binary classifier), the reference for prediction drift.
        contract: The data contract the training table was validated against (the text
            validate_schema took). A model trained on a column the contract does not declare
            is then refused under extra_columns: forbid, and pushed with a warning in its
            lineage under warn or allow; "" skips the check (the lineage says so).

    Returns:
        The version published, e.g. "1.4.0".
    """
    from mlgate.components.push_to_registry.logic import push_to_registry as push
    from mlgate.environment import environment_lock

    lineage = {
        "data_uri": dataset.metadata.get("source", dataset.uri),
        "dataset_sha256": dataset.metadata.get("sha256"),
        "contract_sha256": dataset.metadata.get("contract_sha256"),
        "redaction": dict(redaction.metadata) if redaction is not None else None,
        "git_commit": git_commit.removesuffix("-dirty"),
        "git_dirty": git_commit.endswith("-dirty"),
        "image": image,
        "environment_lock": environment_lock(),
        "spec_sha256": spec_sha256,
        "run_id": run_id,
        "mlflow_run_id": gate_report.metadata.get("mlflow_run_id"),
        "metrics": gate_report.metadata.get("metrics"),
        "gate_reasons": gate_report.metadata.get("reasons"),
    }
    manifest = push(
        model.path,
        registry,
        decision,
        lineage,
        dataset_uri=dataset.path,
        eval_uri=eval_data.path if eval_data is not None else None,
        contract=contract or None,
    )
    with open(entry.path, "w", encoding="utf-8") as handle:
        handle.write(manifest.model_dump_json(indent=2))
    entry.metadata.update(
        {"model": manifest.model, "version": manifest.version, "registry": registry}
    )
    print(f"pushed {manifest.model}@{manifest.version} ({manifest.version}-staging)")
    consumers = manifest.lineage.get("consumer_check") or {}
    if consumers.get("message"):  # column names only, never values
        print(f"warning: {consumers['message']}")
    return manifest.version
