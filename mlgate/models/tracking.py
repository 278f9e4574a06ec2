"""Experiment tracking: what train, evaluate and gate found, logged to MLflow per pipeline run.

One MLflow run per pipeline run: each task finds the run tagged with its KFP run name
(``mlgate.kfp_run``) in the experiment named after the model, or creates it, and adds
what it knows: train_model its config and model card, evaluate_model the candidate's,
the baseline's and production's scores, gate_candidate the decision and its report.
Two pipeline runs are then two MLflow runs, side by side in ``mlflow ui``.

Only the MLflow client is needed (``pip install 'mlgate[tracking]'``: mlflow-skinny),
imported lazily and only when a tracking URI is given; an empty URI means no tracking.
mlflow-skinny carries no SQL store (SQLAlchemy, Alembic), so the embedded store for
local runs is MLflow's file store, ``file:.mlgate/mlruns`` (``local_tracking_uri``).
A tracking URI that was given but cannot be written fails the task: a run that was
asked to be recorded must not pass unrecorded.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlgate.errors import InputError, RemoteError, shorten

if TYPE_CHECKING:
    from mlgate.models.evaluation import CandidateEvaluation
    from mlgate.models.gate import GateDecision
    from mlgate.models.training import ModelCard

__all__ = [
    "KFP_RUN_TAG",
    "Tracker",
    "local_tracking_uri",
    "log_evaluation",
    "log_gate",
    "log_training",
    "mlflow_client",
    "start",
]

KFP_RUN_TAG = "mlgate.kfp_run"
LOCAL_STORE = ".mlgate/mlruns"
# MLflow caps a param value (6000 characters in MLflow 3); ours are short, but a config
# value can be long, and a tracking call must not fail a gate over its length.
PARAM_LIMIT = 500


def local_tracking_uri(root: str | Path = ".") -> str:
    """The embedded store for local runs: ``file://<root>/.mlgate/mlruns``, absolute.

    Absolute, because kfp.local runs each task in its own working directory.
    """
    return (Path(root).resolve() / LOCAL_STORE).as_uri()


class Tracker:
    """The MLflow run of one pipeline run, through MLflow's client (no global state)."""

    def __init__(self, client: Any, run_id: str, uri: str) -> None:
        self.client = client
        self.run_id = run_id
        self.uri = uri

    def log(
        self,
        *,
        params: Mapping[str, object] | None = None,
        metrics: Mapping[str, float] | None = None,
        tags: Mapping[str, object] | None = None,
    ) -> None:
        """Logs params, metrics (NaN and infinities left out) and tags in one batch."""
        from mlflow.entities import Metric, Param, RunTag

        now = _millis()
        with _remote(self.uri, "log to"):
            self.client.log_batch(
                self.run_id,
                metrics=[
                    Metric(k, float(v), now, 0)
                    for k, v in sorted((metrics or {}).items())
                    if isinstance(v, int | float) and math.isfinite(v)
                ],
                params=[Param(k, str(v)[:PARAM_LIMIT]) for k, v in sorted((params or {}).items())],
                tags=[RunTag(k, str(v)[:PARAM_LIMIT]) for k, v in sorted((tags or {}).items())],
            )

    def text(self, content: str, name: str) -> None:
        """Stores ``content`` as the run's artifact ``name`` (e.g. ``model_card.json``)."""
        with _remote(self.uri, "store an artifact in"):
            self.client.log_text(self.run_id, content, name)


def mlflow_client(tracking_uri: str) -> Any:
    """An ``mlflow.MlflowClient`` for ``tracking_uri``, e.g. to compare two runs.

    Raises:
        InputError: MLflow is not installed.
    """
    if tracking_uri.startswith("file:") or "://" not in tracking_uri:
        # MLflow 3 refuses its file store unless asked: mlflow-skinny has no SQL store, so
        # the file store is the embedded one (see the module docstring).
        os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
    try:
        from mlflow import MlflowClient
    except ImportError:
        raise InputError(
            f"tracking_uri {shorten(tracking_uri, 80)} given, but MLflow is not installed; "
            "pip install 'mlgate[tracking]', or pass tracking_uri='' to run untracked"
        ) from None
    return MlflowClient(tracking_uri=tracking_uri)


def start(tracking_uri: str, run_name: str, experiment: str) -> Tracker | None:
    """The MLflow run named by the KFP run ``run_name``, created by the first task to ask.

    Args:
        tracking_uri: MLflow's tracking URI (``file:...``, ``http(s)://...``,
            ``databricks``); empty: no tracking, and MLflow is not imported.
        run_name: The KFP run (``dsl.PIPELINE_JOB_NAME_PLACEHOLDER``).
        experiment: The MLflow experiment, created when missing (the model's name).

    Returns:
        A Tracker, or None when ``tracking_uri`` is empty.

    Raises:
        InputError: MLflow is not installed, or ``run_name`` is empty.
        RemoteError: the tracking store cannot be reached or written.
    """
    if not tracking_uri:
        return None
    if not run_name.strip():
        raise InputError("run_name is empty: tracking needs the KFP run's name to find its run")
    with _remote(tracking_uri, "reach"):
        client = mlflow_client(tracking_uri)
        found = client.get_experiment_by_name(experiment)
        experiment_id = found.experiment_id if found else client.create_experiment(experiment)
        runs = client.search_runs(
            [experiment_id],
            filter_string=f"tags.`{KFP_RUN_TAG}` = '{_quoted(run_name)}'",
            max_results=1,
        )
        if runs:
            run_id = runs[0].info.run_id
        else:
            run = client.create_run(experiment_id, run_name=run_name, tags={KFP_RUN_TAG: run_name})
            run_id = run.info.run_id
    return Tracker(client, run_id, tracking_uri)


def log_training(tracking_uri: str, run_name: str, card: ModelCard, config_json: str) -> str | None:
    """train_model's share: the training config as params, the model card as an artifact.

    Returns:
        The MLflow run id, or None without tracking.
    """
    tracker = start(tracking_uri, run_name, card.model_name)
    if tracker is None:
        return None
    import json

    config = json.loads(config_json)
    params = {f"train.{k}": v for k, v in _flatten(config).items()}
    tracker.log(
        params=params,
        metrics={"train_rows": card.train_rows, "eval_rows": card.eval_rows},
        tags={"model_sha256": card.model_sha256, "data_sha256": card.data_sha256},
    )
    tracker.text(card.model_dump_json(indent=2), "model_card.json")
    return tracker.run_id


def log_evaluation(
    tracking_uri: str, run_name: str, card: ModelCard, scores: CandidateEvaluation
) -> str | None:
    """evaluate_model's share: candidate metrics (and per slice), baseline's, production's.

    Returns:
        The MLflow run id, or None without tracking.
    """
    tracker = start(tracking_uri, run_name, card.model_name)
    if tracker is None:
        return None
    metrics = dict(scores.candidate.metrics)
    for name, values in scores.candidate.slices.items():
        metrics.update({f"slice/{name}/{k}": v for k, v in values.items()})
    metrics.update({f"baseline/{k}": v for k, v in scores.baseline.metrics.items()})
    tags = {"production_version": "none"}
    if scores.production is not None:
        metrics.update({f"production/{k}": v for k, v in scores.production.scores.metrics.items()})
        tags["production_version"] = scores.production.version
    tracker.log(metrics=metrics, tags=tags)
    return tracker.run_id


def log_gate(
    tracking_uri: str, run_name: str, card: ModelCard, decision: GateDecision, spec_json: str
) -> str | None:
    """gate_candidate's share: the decision, its criteria and report, the gate spec.

    Returns:
        The MLflow run id, or None without tracking.
    """
    tracker = start(tracking_uri, run_name, card.model_name)
    if tracker is None:
        return None
    tracker.log(
        metrics={"gate/promote": float(decision.decision == "promote")},
        tags={
            "gate.decision": decision.decision,
            "gate.overridden": decision.override is not None,
            "gate.production_version": decision.production_version or "none",
        },
    )
    tracker.text(decision.report(), "gate_report.md")
    tracker.text(spec_json, "gate_spec.json")
    return tracker.run_id


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}``; lists stay whole (slices, features)."""
    if not isinstance(value, dict):
        return {prefix: value}
    out: dict[str, Any] = {}
    for key, item in value.items():
        out.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
    return out


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _millis() -> int:
    import time

    return int(time.time() * 1000)


@contextmanager
def _remote(uri: str, what: str) -> Iterator[None]:
    """Turns MLflow's failures into RemoteError, naming the URI (capped) and what failed."""
    try:
        yield
    except (InputError, RemoteError):
        raise
    except Exception as exc:  # network, credentials, a store MLflow cannot open: any cause
        raise RemoteError(
            f"MLflow tracking at {shorten(uri, 80)}: cannot {what} it ({type(exc).__name__}); "
            "check the URI and the server, or pass tracking_uri='' to run untracked"
        ) from None
