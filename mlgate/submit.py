"""Send a reviewed, committed spec to Kubeflow Pipelines or Vertex AI Pipelines.

What runs must be what was reviewed, so ``submit`` uploads the bytes of
``compiled/<pipeline>.yaml`` (never a fresh in-memory compile) and refuses when
that file is stale against ``pipelines/``. Each ecosystem authenticates its own
way: KFP through ``$KFP_TOKEN``, a projected service-account token in a pod, or
none behind a port-forward; Vertex AI through Application Default Credentials.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from mlgate.errors import InputError, RemoteError

__all__ = [
    "RemoteError",
    "Submission",
    "SubmitResult",
    "prepare_submission",
    "submit_to_kfp",
    "submit_to_vertex",
    "vertex_job",
]

TOKEN_ENV = "KFP_TOKEN"
# Where KFP projects a pod's service-account token (kfp's ServiceAccountTokenVolumeCredentials).
SA_TOKEN_PATH = "/var/run/secrets/kubeflow/pipelines/token"
_FINAL = {"SUCCEEDED", "FAILED", "SKIPPED", "CANCELED", "CANCELLED"}


class Submission(BaseModel):
    """Everything a submit sends: printed as is by ``--dry-run``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pipeline: str
    spec_file: str
    spec_sha256: str
    version: str  # the pipeline version name: the spec's content, so re-submits reuse it
    experiment: str
    run_name: str
    parameters: dict[str, Any]
    target: Literal["kfp", "vertex"]
    host: str | None = None
    project: str | None = None
    region: str | None = None
    pipeline_root: str | None = None
    service_account: str | None = None


@dataclass(frozen=True)
class SubmitResult:
    run_id: str
    url: str
    state: str | None = None


def prepare_submission(
    root: Path,
    pipeline: str,
    pairs: list[str],
    *,
    experiment: str | None = None,
    **target: Any,
) -> Submission:
    """Checks the committed spec is current and types the ``k=v`` parameters against it.

    Raises:
        InputError: unknown pipeline, missing or stale compiled spec, or a bad parameter.
    """
    from mlgate.local_run import parse_params
    from mlgate.pipelines import compile_spec, find_pipeline, with_lineage

    ref = find_pipeline(root, pipeline)
    spec = root / "compiled" / f"{ref.name}.yaml"
    if not spec.is_file():
        raise InputError(f"{spec}: no compiled spec; run `mlgate compile`, review and commit it")
    committed = spec.read_bytes()
    if compile_spec(ref) != committed:
        raise InputError(
            f"{spec.relative_to(root)} is stale: pipelines/ no longer compiles to it, so "
            "submitting it would run something other than the code; run `mlgate compile` "
            "and get the change reviewed"
        )
    params = with_lineage(ref, root, parse_params(ref, pairs))
    digest = hashlib.sha256(committed).hexdigest()
    return Submission(
        pipeline=ref.name,
        spec_file=str(spec),
        spec_sha256=digest,
        version=f"{ref.name}-{digest[:12]}",
        experiment=experiment or ref.name,
        run_name=f"{ref.name}-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}",
        parameters=params,
        **target,
    )


def _kfp_token() -> str | None:
    token = os.environ.get(TOKEN_ENV)
    if not token and os.path.isfile(SA_TOKEN_PATH):
        token = Path(SA_TOKEN_PATH).read_text(encoding="utf-8").strip()
    return token or None


def _preflight(host: str, headers: dict[str, str]) -> None:
    """One quick request, so a wrong host or token fails in a second with a clear reason.

    ``kfp.Client`` itself retries a failing health check for half a minute and then
    raises a bare ``TimeoutError``.
    """
    url = f"{host.rstrip('/')}/apis/v2beta1/healthz"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10):
            return
    except urllib.error.HTTPError as exc:
        raise _http_error(host, exc.code, exc.read()[:300].decode("utf-8", "replace")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(
            f"cannot reach KFP at {host} ({reason}); check --host (for a port-forward: "
            "kubectl port-forward -n kubeflow svc/ml-pipeline-ui 8080:80, then --host "
            "http://localhost:8080)"
        ) from None


def _http_error(host: str, status: int, body: str) -> RemoteError:
    hints = {
        401: f"not authenticated: set ${TOKEN_ENV} to a bearer token for this cluster",
        403: "the token is valid but may not do this (check the namespace and its RBAC)",
        404: "no KFP v2 API at this address (is --host the KFP UI/API endpoint?)",
    }
    hint = hints.get(status, "the server failed; retry, or look at the ml-pipeline logs")
    detail = body.strip().replace("\n", " ")
    return RemoteError(
        f"KFP at {host} answered HTTP {status}: {hint}" + (f" ({detail})" if detail else "")
    )


def submit_to_kfp(
    submission: Submission,
    *,
    wait: bool = False,
    timeout: float = 3600,
    poll: float = 5.0,
    progress: Callable[[str], None] | None = None,
) -> SubmitResult:
    """Uploads the spec as a pipeline version (once per content) and starts a run.

    Args:
        submission: What ``prepare_submission`` checked and typed.
        wait: Poll the run until it finishes, reporting each new state.
        timeout: Give up waiting after this many seconds (the run goes on).
        poll: Seconds between polls.
        progress: Called with a line for the created run and each state change.

    Raises:
        RemoteError: the host is unreachable or answers with an error status.
    """
    assert submission.host, "a KFP submission needs a host"
    host = submission.host.rstrip("/")
    token = _kfp_token()
    _preflight(host, {"Authorization": f"Bearer {token}"} if token else {})

    import kfp
    from kfp_server_api.exceptions import ApiException

    try:
        # kfp prints its own links and warnings; ours are printed by the CLI.
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            client = kfp.Client(host=host, existing_token=token)
            pipeline_id = client.get_pipeline_id(submission.pipeline)
            if pipeline_id is None:
                pipeline_id = client.upload_pipeline(
                    submission.spec_file, pipeline_name=submission.pipeline
                ).pipeline_id
            version_id = _find_version(client, pipeline_id, submission.version)
            if version_id is None:
                version_id = client.upload_pipeline_version(
                    submission.spec_file, submission.version, pipeline_id=pipeline_id
                ).pipeline_version_id
            experiment = client.create_experiment(submission.experiment)
            run = client.run_pipeline(
                experiment_id=experiment.experiment_id,
                job_name=submission.run_name,
                params=submission.parameters,
                pipeline_id=pipeline_id,
                version_id=version_id,
                service_account=submission.service_account,
            )
        result = SubmitResult(run_id=run.run_id, url=f"{host}/#/runs/details/{run.run_id}")
        if progress is not None:
            progress(f"run {result.run_id}: {result.url}")
        if wait:
            state = _wait(client, run.run_id, timeout, poll, progress)
            result = SubmitResult(result.run_id, result.url, state)
    except ApiException as exc:
        raise _http_error(host, exc.status or 0, str(exc.body or exc.reason or "")) from None
    return result


def _find_version(client: Any, pipeline_id: str, name: str) -> str | None:
    listing = client.list_pipeline_versions(
        pipeline_id,
        page_size=1,
        filter=json.dumps(
            {"predicates": [{"operation": "EQUALS", "key": "display_name", "stringValue": name}]}
        ),
    )
    versions = listing.pipeline_versions or []
    return versions[0].pipeline_version_id if versions else None


def _wait(
    client: Any, run_id: str, timeout: float, poll: float, progress: Callable[[str], None] | None
) -> str:
    deadline = time.monotonic() + timeout
    last = None
    while True:
        state = str(client.get_run(run_id).state or "PENDING").upper()
        if state != last and progress is not None:
            progress(f"run state: {state}")
        last = state
        if state in _FINAL:
            return state
        if time.monotonic() > deadline:
            raise RemoteError(f"run {run_id} still {state} after {timeout:.0f} s; it keeps running")
        time.sleep(poll)


def vertex_job(submission: Submission, credentials: Any = None) -> Any:
    """The ``aiplatform.PipelineJob`` for ``submission``; building it sends nothing."""
    try:
        from google.cloud import aiplatform
    except ImportError:
        raise InputError(
            "--vertex needs google-cloud-aiplatform: pip install 'mlgate[vertex]'"
        ) from None
    return aiplatform.PipelineJob(
        display_name=submission.run_name,
        template_path=submission.spec_file,
        pipeline_root=submission.pipeline_root,
        parameter_values=submission.parameters,
        project=submission.project,
        location=submission.region,
        credentials=credentials,
    )


def submit_to_vertex(submission: Submission, *, wait: bool = False) -> SubmitResult:
    """Submits to Vertex AI Pipelines with Application Default Credentials.

    Raises:
        RemoteError: no credentials, or Vertex refused the job.
    """
    import google.auth.exceptions
    from google.api_core import exceptions as api_exceptions

    try:
        job = vertex_job(submission)
        job.submit(service_account=submission.service_account, experiment=submission.experiment)
        if wait:
            job.wait()
    except google.auth.exceptions.DefaultCredentialsError:
        raise RemoteError(
            "no Google Cloud credentials: run `gcloud auth application-default login` or set "
            "GOOGLE_APPLICATION_CREDENTIALS"
        ) from None
    except api_exceptions.GoogleAPICallError as exc:
        raise RemoteError(f"Vertex AI refused the pipeline job: {exc.message}") from None
    state = job.state.name if wait else None
    return SubmitResult(run_id=job.resource_name, url=job._dashboard_uri(), state=state)
