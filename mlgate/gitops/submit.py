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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mlgate.errors import InputError, RemoteError, quote

__all__ = [
    "RemoteError",
    "Schedule",
    "Submission",
    "SubmitResult",
    "check_host",
    "parse_cron",
    "prepare_submission",
    "submit_to_kfp",
    "submit_to_vertex",
    "vertex_job",
]

TOKEN_ENV = "KFP_TOKEN"
# Where KFP projects a pod's service-account token (kfp's ServiceAccountTokenVolumeCredentials).
SA_TOKEN_PATH = "/var/run/secrets/kubeflow/pipelines/token"
_FINAL = {"SUCCEEDED", "FAILED", "SKIPPED", "CANCELED", "CANCELLED"}
# Seconds any one request to KFP may take (connecting, then waiting for the answer). The
# kfp client sends no timeout at all: a server that accepts and never answers would hang
# the command for as long as the TCP connection lives.
REQUEST_TIMEOUT = 30.0
# KFP's scheduled-workflow controller refuses a recurring run outside 1-10 concurrent runs.
KFP_MAX_CONCURRENCY = 10

# The standard five cron fields: name, lowest, highest, and the names allowed in place of
# numbers. Day of week stops at 6: KFP's cron library (robfig/cron) has no 7 for Sunday.
_CRON_FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day-of-month", 1, 31, ()),
    (
        "month",
        1,
        12,
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
    ),
    ("day-of-week", 0, 6, ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
)
_CRON_MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_CRON_HELP = (
    "give five fields, minute hour day-of-month month day-of-week, e.g. '0 6 * * *' for 06:00 daily"
)


def _cron_value(text: str, field: str, low: int, high: int, names: tuple[str, ...]) -> int:
    if text.upper() in names:
        return low + names.index(text.upper())
    if not (text.isascii() and text.isdigit()):  # "٣".isdigit() too, which cron rejects
        allowed = f"{low}-{high}" + (f" or {names[0]}-{names[-1]}" if names else "")
        raise InputError(f"--schedule {field} field: {quote(text)} is not {allowed}")
    value = int(text)
    if not low <= value <= high:
        raise InputError(f"--schedule {field} field: {value} is outside {low}-{high}")
    return value


def _check_cron_field(text: str, field: str, low: int, high: int, names: tuple[str, ...]) -> None:
    for item in text.split(","):
        base, slash, step = item.partition("/")
        if slash and not (step.isascii() and step.isdigit() and int(step) > 0):
            raise InputError(
                f"--schedule {field} field: step {quote(step)} in {quote(item)} must be a "
                "whole number above 0"
            )
        if base == "*":
            continue
        first, dash, last = base.partition("-")
        start = _cron_value(first, field, low, high, names)
        if dash and _cron_value(last, field, low, high, names) < start:
            raise InputError(
                f"--schedule {field} field: range {quote(base)} runs backwards; write it low-high"
            )


def parse_cron(cron: str, target: Literal["kfp", "vertex"]) -> str:
    """The cron expression ``target`` expects for the standard five-field ``cron``.

    People write five fields; KFP's scheduler wants six, seconds first, so KFP gets
    ``"0 "`` in front (on the minute). Vertex AI takes five fields, optionally after a
    ``TZ=Area/City`` (or ``CRON_TZ=``) prefix; KFP schedules in the cluster's time zone
    and has no such prefix. ``@daily``-style shorthands are expanded.

    Args:
        cron: What the user wrote.
        target: ``"kfp"`` or ``"vertex"``.

    Returns:
        The expression to send.

    Raises:
        InputError: the wrong number of fields, or a field that is not a valid value,
            range, list or step; the message names the field.
    """
    words = cron.split()
    zone = ""
    if words and words[0].startswith(("TZ=", "CRON_TZ=")):
        if target == "kfp":
            raise InputError(
                f"--schedule: a time zone prefix ({quote(words[0])}) is for --vertex; KFP "
                "runs schedules in the cluster's time zone (UTC unless configured)"
            )
        zone = words.pop(0)
        _check_zone(zone.partition("=")[2])
    if len(words) == 1 and words[0].lower() in _CRON_MACROS:
        words = _CRON_MACROS[words[0].lower()].split()
    if len(words) != len(_CRON_FIELDS):
        extra = (
            "; KFP's six-field form starts with seconds, which mlgate adds for you"
            if len(words) == 6
            else ""
        )
        raise InputError(f"--schedule {quote(cron)}: {len(words)} field(s); {_CRON_HELP}{extra}")
    for text, (field, low, high, names) in zip(words, _CRON_FIELDS, strict=True):
        _check_cron_field(text, field, low, high, names)
    fields = " ".join(words)
    return f"0 {fields}" if target == "kfp" else f"{zone} {fields}".lstrip()


def _check_zone(name: str) -> None:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        # Without a time zone database on this machine nothing can be checked here;
        # Vertex AI checks the name itself.
        if zoneinfo.available_timezones():
            raise InputError(
                f"--schedule time zone {quote(name)}: not an IANA time zone name; e.g. "
                "TZ=Europe/London"
            ) from None


def check_host(host: str) -> str:
    """``host`` if it is a usable ``http(s)://HOST[:PORT][/PATH]`` URL, without a trailing /.

    Raises:
        InputError: any other scheme, no host name, a bad port, spaces, or a query.
    """
    from urllib.parse import urlparse

    example = "expected an http:// or https:// URL, e.g. http://localhost:8080"
    try:
        parsed = urlparse(host)
        port_ok = parsed.port is None or 0 < parsed.port < 65536
    except ValueError:  # an unparseable netloc ("[::1") or a port that is not a number
        raise InputError(f"--host {quote(host)}: not a URL; {example}") from None
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(f"--host {quote(host)}: {example}")
    labels = parsed.hostname.split(".")
    too_long = len(parsed.hostname) > 253 or any(len(label) > 63 for label in labels)  # DNS
    if not port_ok or too_long or any(c.isspace() for c in host) or parsed.query or parsed.fragment:
        raise InputError(f"--host {quote(host)}: not a usable URL; {example}")
    return host.rstrip("/")


class Schedule(BaseModel):
    """A recurring run of the submitted spec (KFP) or a pipeline job schedule (Vertex AI)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cron: str  # as sent: six fields for KFP, five (with an optional TZ=) for Vertex AI
    display_name: str
    max_concurrency: int = Field(default=1, ge=1)
    # A paused or late schedule starts one run, not one per missed slot: a monitoring run
    # reads the latest batch, so a backfill would check the same data again and again.
    # Sent to KFP; Vertex AI schedules do not backfill in the first place.
    no_catchup: bool = True


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
    schedule: Schedule | None = None


@dataclass(frozen=True)
class SubmitResult:
    run_id: str  # the run's id, or the recurring run's (schedule's) with --schedule
    url: str
    state: str | None = None


def prepare_submission(
    root: Path,
    pipeline: str,
    pairs: list[str],
    *,
    experiment: str | None = None,
    schedule: str | None = None,
    schedule_name: str | None = None,
    max_concurrency: int = 1,
    **target: Any,
) -> Submission:
    """Checks the committed spec is current and types the ``k=v`` parameters against it.

    Args:
        root: The project root.
        pipeline: A pipeline name, or its module name in ``pipelines/``.
        pairs: ``NAME=VALUE`` parameters.
        experiment: The experiment (default: the pipeline name).
        schedule: A five-field cron expression: create a schedule instead of one run.
        schedule_name: The schedule's name (default: ``<pipeline>-schedule``).
        max_concurrency: How many scheduled runs may run at once.
        **target: ``target`` (``"kfp"`` or ``"vertex"``) and its settings.

    Raises:
        InputError: unknown pipeline, missing or stale compiled spec, a bad parameter, or
            a bad schedule.
    """
    from mlgate.gitops.project import compile_spec, find_pipeline, with_lineage
    from mlgate.local_run import parse_params

    # The schedule first: a typo in it should not wait for a compile to be reported.
    cron = parse_cron(schedule, target["target"]) if schedule is not None else None
    if cron is not None and not 1 <= max_concurrency <= (
        KFP_MAX_CONCURRENCY if target["target"] == "kfp" else 2**31 - 1
    ):
        limit = f"1-{KFP_MAX_CONCURRENCY}" if target["target"] == "kfp" else "1 or more"
        raise InputError(f"--max-concurrency {max_concurrency}: allowed {limit}")
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
        schedule=None
        if cron is None
        else Schedule(
            cron=cron,
            display_name=schedule_name or f"{ref.name}-schedule",
            max_concurrency=max_concurrency,
        ),
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
        request = urllib.request.Request(url, headers=headers)
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as answer:
            body = answer.read(64 * 1024)
    except urllib.error.HTTPError as exc:
        raise _http_error(host, exc.code, exc.read()[:300].decode("utf-8", "replace")) from None
    except TimeoutError:
        raise _no_answer(host) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            raise _no_answer(host) from None
        raise RemoteError(
            f"cannot reach KFP at {host} ({type(reason).__name__}: {quote(str(reason), 80)}); "
            "check --host (for a port-forward: kubectl port-forward -n kubeflow "
            "svc/ml-pipeline-ui 8080:80, then --host http://localhost:8080)"
        ) from None
    try:
        json.loads(body)
    except ValueError:
        raise _not_kfp(host, body) from None


def _no_answer(host: str) -> RemoteError:
    return RemoteError(
        f"KFP at {host} did not answer within {REQUEST_TIMEOUT:.0f} s; check that --host is "
        "the KFP API and that the server is up"
    )


def _not_kfp(host: str, body: bytes | str) -> RemoteError:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    looks_html = "<html" in text[:2048].lower() or "<!doctype" in text[:2048].lower()
    what = "an HTML page (a login or proxy page?)" if looks_html else "something that is not JSON"
    return RemoteError(
        f"KFP at {host} answered with {what} instead of the KFP API; check --host, and "
        f"authenticate through ${TOKEN_ENV} rather than a browser login"
    )


@contextlib.contextmanager
def _request_timeouts(seconds: float) -> Iterator[None]:
    """Gives every request of the generated KFP API client a (connect, read) timeout.

    ``kfp.Client`` exposes no timeout, and its API client passes ``None`` to urllib3,
    which then waits forever. The class is patched (not an instance) because the client
    already sends a request from its constructor.
    """
    from kfp_server_api import rest

    original = rest.RESTClientObject.request

    def request(self: Any, *args: Any, _request_timeout: Any = None, **kwargs: Any) -> Any:
        return original(
            self, *args, _request_timeout=_request_timeout or (seconds, seconds), **kwargs
        )

    rest.RESTClientObject.request = request
    try:
        yield
    finally:
        rest.RESTClientObject.request = original


def _http_error(host: str, status: int, body: str) -> RemoteError:
    hints = {
        401: f"not authenticated: set ${TOKEN_ENV} to a bearer token for this cluster",
        403: "the token is valid but may not do this (check the namespace and its RBAC)",
        404: "no KFP v2 API at this address (is --host the KFP UI/API endpoint?)",
    }
    hint = hints.get(status, "the server failed; retry, or look at the ml-pipeline logs")
    if "<html" in body[:2048].lower() or "<!doctype" in body[:2048].lower():
        body = "an HTML page"  # a login or proxy page: its markup helps nobody
    detail = quote(body.strip().replace("\n", " "), 200).strip("'")
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

    With ``submission.schedule`` it creates a recurring run of that version instead, and
    refuses when the experiment already has a recurring run of the same name.

    Args:
        submission: What ``prepare_submission`` checked and typed.
        wait: Poll the run until it finishes, reporting each new state.
        timeout: Give up waiting after this many seconds (the run goes on).
        poll: Seconds between polls.
        progress: Called with a line for the created run and each state change.

    Raises:
        RemoteError: the host is unreachable or answers with an error status.
    """
    if not submission.host:
        raise InputError("a KFP submission needs --host")
    host = check_host(submission.host)
    token = _kfp_token()
    _preflight(host, {"Authorization": f"Bearer {token}"} if token else {})

    import kfp
    import urllib3
    from kfp_server_api.exceptions import ApiException

    try:
        # kfp prints its own links and warnings; ours are printed by the CLI.
        with (
            contextlib.redirect_stdout(io.StringIO()),
            warnings.catch_warnings(),
            _request_timeouts(REQUEST_TIMEOUT),
        ):
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
            if submission.schedule is not None:
                schedule_id = _create_recurring_run(
                    client, submission, experiment.experiment_id, pipeline_id, version_id
                )
                if not isinstance(schedule_id, str) or not schedule_id:
                    raise _not_kfp(host, "")
            else:
                run = _start_run(
                    client, submission, experiment.experiment_id, pipeline_id, version_id
                )
                if not isinstance(getattr(run, "run_id", None), str) or not run.run_id:
                    raise _not_kfp(host, "")
        # Reported outside the block above, which swallows kfp's own prints.
        if submission.schedule is not None:
            url = f"{host}/#/recurringrun/details/{schedule_id}"
            if progress is not None:
                progress(f"recurring run {schedule_id} ({submission.schedule.cron}): {url}")
            return SubmitResult(run_id=schedule_id, url=url)
        result = SubmitResult(run_id=run.run_id, url=f"{host}/#/runs/details/{run.run_id}")
        if progress is not None:
            progress(f"run {result.run_id}: {result.url}")
        if wait:
            with _request_timeouts(REQUEST_TIMEOUT):
                state = _wait(client, run.run_id, timeout, poll, progress)
            result = SubmitResult(result.run_id, result.url, state)
    except ApiException as exc:
        raise _http_error(host, exc.status or 0, str(exc.body or exc.reason or "")) from None
    except (urllib3.exceptions.TimeoutError, TimeoutError):
        raise _no_answer(host) from None
    except urllib3.exceptions.MaxRetryError as exc:
        if isinstance(exc.reason, urllib3.exceptions.TimeoutError):
            raise _no_answer(host) from None
        raise RemoteError(
            f"lost the connection to KFP at {host} ({type(exc.reason).__name__}); retry"
        ) from None
    except (urllib3.exceptions.HTTPError, ConnectionError) as exc:
        raise RemoteError(f"lost the connection to KFP at {host} ({type(exc).__name__})") from None
    except (ValueError, TypeError, AttributeError, KeyError):
        # The generated client turns an answer it cannot parse into empty objects, which
        # then fail in the next call: the server is not speaking the KFP v2 API.
        raise _not_kfp(host, "") from None
    return result


def _start_run(
    client: Any, submission: Submission, experiment_id: str, pipeline_id: str, version_id: str
) -> Any:
    return client.run_pipeline(
        experiment_id=experiment_id,
        job_name=submission.run_name,
        params=submission.parameters,
        pipeline_id=pipeline_id,
        version_id=version_id,
        service_account=submission.service_account,
    )


def _create_recurring_run(
    client: Any, submission: Submission, experiment_id: str, pipeline_id: str, version_id: str
) -> Any:
    """Creates the recurring run of ``version_id``; refuses a second one of the same name.

    Submitting the same schedule twice would silently double every scheduled run, so a
    recurring run already named ``display_name`` in the experiment is an error.
    """
    assert submission.schedule is not None
    schedule = submission.schedule
    name_filter = json.dumps(
        {
            "predicates": [
                {"operation": "EQUALS", "key": "display_name", "stringValue": schedule.display_name}
            ]
        }
    )
    existing = client.list_recurring_runs(
        experiment_id=experiment_id, page_size=1, filter=name_filter
    ).recurring_runs
    if existing:
        raise InputError(
            f"experiment {quote(submission.experiment)} already has a recurring run named "
            f"{quote(schedule.display_name)} (id {existing[0].recurring_run_id}); disable or "
            "delete it in the KFP UI first, or give another --schedule-name"
        )
    recurring = client.create_recurring_run(
        experiment_id=experiment_id,
        job_name=schedule.display_name,
        description=f"mlgate submit --schedule of {submission.version}",
        cron_expression=schedule.cron,
        max_concurrency=schedule.max_concurrency,
        no_catchup=schedule.no_catchup,
        params=submission.parameters,
        pipeline_id=pipeline_id,
        version_id=version_id,
        service_account=submission.service_account,
    )
    return getattr(recurring, "recurring_run_id", None)


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

    With ``submission.schedule`` it creates a pipeline job schedule instead of one job.

    Raises:
        RemoteError: no credentials, or Vertex refused the job.
    """
    import google.auth.exceptions
    from google.api_core import exceptions as api_exceptions

    try:
        try:
            job = vertex_job(submission)
        except ValueError as exc:
            # The SDK checks the region (and the project's form) locally, with a ValueError.
            raise InputError(
                f"--region {quote(submission.region)} / --project {quote(submission.project)}: "
                f"Vertex AI cannot use them ({quote(str(exc), 160)}); give a Vertex AI region "
                "such as europe-west4 and a project id"
            ) from None
        if submission.schedule is not None:
            schedule = job.create_schedule(
                cron=submission.schedule.cron,
                display_name=submission.schedule.display_name,
                max_concurrent_run_count=submission.schedule.max_concurrency,
                service_account=submission.service_account,
                create_request_timeout=REQUEST_TIMEOUT,
            )
            return SubmitResult(run_id=schedule.resource_name, url=_vertex_schedule_url(schedule))
        job.submit(service_account=submission.service_account, experiment=submission.experiment)
        if wait:
            job.wait()
    except google.auth.exceptions.DefaultCredentialsError:
        raise RemoteError(
            "no Google Cloud credentials: run `gcloud auth application-default login` or set "
            "GOOGLE_APPLICATION_CREDENTIALS"
        ) from None
    except api_exceptions.GoogleAPICallError as exc:
        what = "schedule" if submission.schedule is not None else "pipeline job"
        raise RemoteError(
            f"Vertex AI ({submission.region}) refused the {what}: {quote(exc.message, 200)}"
        ) from None
    state = job.state.name if wait else None
    return SubmitResult(run_id=job.resource_name, url=job._dashboard_uri(), state=state)


def _vertex_schedule_url(schedule: Any) -> str:
    """The Cloud console page of a pipeline job schedule (the SDK has no helper for it)."""
    fields = schedule.resource_name.split("/")  # projects/P/locations/R/schedules/ID
    if len(fields) != 6:
        return str(schedule.resource_name)
    _, project, _, region, _, schedule_id = fields
    return (
        "https://console.cloud.google.com/vertex-ai/pipelines/schedules/"
        f"{schedule_id}/detail?project={project}&region={region}"
    )
