"""The reference pipeline: every mlgate gate, wired in order on one table."""

from pathlib import Path
from typing import Any

from kfp import dsl
from kfp.dsl import PipelineTask

from mlgate.components.evaluate_model.component import evaluate_model
from mlgate.components.gate_candidate.component import gate_candidate
from mlgate.components.load_dataset.component import load_dataset
from mlgate.components.merge_redacted_logs.component import merge_redacted_logs
from mlgate.components.plan_log_shards.component import plan_log_shards
from mlgate.components.push_to_registry.component import push_to_registry
from mlgate.components.redact_log_shard.component import redact_log_shard
from mlgate.components.score_redaction_engine.component import score_redaction_engine
from mlgate.components.train_model.component import train_model
from mlgate.components.validate_schema.component import validate_schema
from mlgate.gitops.image_lock import load_image_lock
from mlgate.models.evaluation import EvaluationConfig
from mlgate.models.gate import Comparison, GateSpec
from mlgate.models.registry import DEFAULT_REGISTRY
from mlgate.models.training import EstimatorConfig, SliceConfig, TrainingConfig

# Contracts, configs and criteria are compiled into the spec as text, so a review
# of compiled/ shows every rule, hyper-parameter and threshold that will run.
CONTRACT = Path(__file__).parent / "contracts" / "breast_cancer.yaml"
LOGS_CONTRACT = Path(__file__).parent / "contracts" / "clinical_logs_redacted.yaml"

TRAINING = TrainingConfig(
    model_name="breast-cancer",
    label="target",
    estimator=EstimatorConfig(
        kind="gradient_boosting",
        params={"n_estimators": 150, "max_depth": 2, "learning_rate": 0.1, "subsample": 0.8},
    ),
    seed=20261123,
    slices=[SliceConfig(name="mean_radius", column="mean_radius", edges=[12.0, 16.0])],
)

# The candidate must beat production with confidence: the lower bound of the paired 95%
# interval of its ROC AUC gain must be above zero. A retrained copy of production (gain
# exactly 0) is rejected; so is a lucky one whose gain is inside the noise of 143 rows.
GATE = GateSpec(
    floors={"roc_auc": 0.95, "accuracy": 0.9},
    over_baseline=Comparison(metric="roc_auc", rule="superiority", margin=0.2),
    over_production=Comparison(metric="roc_auc", rule="superiority", margin=0.0),
    max_slice_regression=0.05,
    min_slice_rows=30,
)
EVALUATION = EvaluationConfig(resamples=1000, seed=20261123, confidence=0.95)


def redact_logs_in_shards(logs: str, shards: int, min_f1: float) -> PipelineTask:
    """Wires sharded redaction into the pipeline being defined; returns the publishing task.

    The engine is scored once, first; every shard waits for it, so an engine below a
    floor redacts nothing. The plan's list is a task output, so the number of shards is
    a run-time parameter. The merge publishes the whole file, its metrics and its report
    only if every shard and the total pass; it keeps the name the single redaction task
    had, so reports and the demo find the redaction evidence where they always did.
    """
    plan = plan_log_shards(input_uri=logs, shards=shards)
    scored = score_redaction_engine(min_f1=min_f1).set_cpu_request("1").set_memory_request("2G")
    with dsl.ParallelFor(plan.output) as shard:
        part = (
            redact_log_shard(input_uri=logs, shard=shard)
            .after(scored)
            .set_cpu_request("2")
            .set_memory_request("2G")
        )
    return (
        merge_redacted_logs(
            input_uri=logs,
            plan=plan.output,
            shards=dsl.Collected(part.outputs["redacted"]),
            evaluation=scored.outputs["evaluation"],
        )
        .set_display_name("redact-clinical-logs")
        .set_cpu_request("1")
        .set_memory_request("1G")
    )


def gate_and_publish(
    trained: PipelineTask,
    validated: PipelineTask,
    *,
    registry: Any,
    gate_spec: GateSpec,
    contract: Path,
    evaluation: EvaluationConfig | None = None,
    tracking_uri: Any = None,
    overrides: dict[str, Any] | None = None,
    lineage: dict[str, Any] | None = None,
) -> PipelineTask:
    """Wires the model gates every training pipeline ends with; returns the gate task.

    ``evaluate_model`` scores the candidate, the baseline and production; ``gate_candidate``
    judges them by ``gate_spec``; only a promoted candidate reaches ``push_to_registry``,
    with ``contract`` (the training table's) for its undeclared-column check. None of the
    three is cached: they read the registry's production model, which can change between
    runs. An optional input left as None is not passed, so the component's default is what
    the spec shows.

    Args:
        trained: The training task (outputs ``model`` and ``eval_data``).
        validated: The validate_schema task of the training table (output ``validated``).
        registry: The model registry parameter.
        gate_spec: The criteria, compiled into the spec as JSON.
        contract: The training table's data contract file.
        evaluation: Resamples, seed and confidence of the bootstrap (None: the default).
        tracking_uri: The MLflow tracking parameter, for evaluate and gate (None: not set).
        overrides: ``override_decision`` and ``override_reason`` parameters for the gate.
        lineage: More push_to_registry inputs: ``git_commit``, ``spec_sha256``, ``redaction``.
    """
    tracking = {} if tracking_uri is None else {"tracking_uri": tracking_uri}
    config = {} if evaluation is None else {"config": evaluation.model_dump_json()}
    evaluated = evaluate_model(
        model=trained.outputs["model"],
        eval_data=trained.outputs["eval_data"],
        registry=registry,
        **config,
        **tracking,
    ).set_caching_options(False)
    gate = gate_candidate(
        model=trained.outputs["model"],
        evaluation=evaluated.outputs["evaluation"],
        gate_spec=gate_spec.model_dump_json(),
        registry=registry,
        **(overrides or {}),
        **tracking,
    ).set_caching_options(False)
    with dsl.If(gate.outputs["Output"] == "promote", name="promoted"):
        push_to_registry(
            model=trained.outputs["model"],
            dataset=validated.outputs["validated"],
            gate_report=gate.outputs["report"],
            decision=gate.outputs["Output"],
            registry=registry,
            image=load_image_lock().reference,
            eval_data=trained.outputs["eval_data"],
            contract=contract.read_text(encoding="utf-8"),
            **(lineage or {}),
        ).set_caching_options(False)
    return gate


@dsl.pipeline(name="mlgate-reference")
def reference(
    source: str = "sample:breast_cancer",
    logs: str = "sample:clinical_logs",
    min_f1: float = 0.87,
    shards: int = 1,
    registry: str = DEFAULT_REGISTRY,
    git_commit: str = "",
    spec_sha256: str = "",
    override_decision: str = "",
    override_reason: str = "",
    tracking_uri: str = "",
) -> None:
    """Loads a table and passes it through every mlgate gate up to the model registry.

    Args:
        source: The table to load: a .csv or .parquet URI, or sample:breast_cancer.
        logs: Free-text logs to redact before anything trains (JSONL or text URI), or
            sample:clinical_logs for the synthetic clinical logs that ship with mlgate.
        min_f1: The redaction contract's span-level F1 floor.
        shards: Redact the logs in this many tasks at once (1 to 1000; fewer when the
            logs have fewer lines); the output is the same for any number.
        registry: The model registry: a local directory or gs://bucket/prefix.
        git_commit: The commit this spec was compiled from (mlgate run fills it in).
        spec_sha256: sha256 of this compiled spec (mlgate run fills it in).
        override_decision: "promote" or "reject" to overrule the gate (needs a reason).
        override_reason: Why the gate is overruled; recorded in the lineage.
        tracking_uri: MLflow tracking URI: train, evaluate and gate log this run's config,
            scores and decision to one MLflow run named by the KFP run ("" for none).
    """
    loaded = load_dataset(source=source)
    validated = validate_schema(
        dataset=loaded.outputs["dataset"],
        contract=CONTRACT.read_text(encoding="utf-8"),
        contract_name=CONTRACT.name,
    )
    redacted = redact_logs_in_shards(logs, shards, min_f1)
    # The boundary after redaction has its own contract, checked independently of the redactor.
    logs_checked = validate_schema(
        dataset=redacted.outputs["redacted"],
        contract=LOGS_CONTRACT.read_text(encoding="utf-8"),
        contract_name=LOGS_CONTRACT.name,
    ).set_display_name("validate-redacted-logs")
    trained = (
        train_model(
            dataset=validated.outputs["validated"],
            config=TRAINING.canonical_json(),
            tracking_uri=tracking_uri,
        )
        .after(logs_checked)
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
        lineage={
            "git_commit": git_commit,
            "spec_sha256": spec_sha256,
            "redaction": redacted.outputs["metrics"],
        },
    )
