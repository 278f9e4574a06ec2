"""mlgate submit: the real kfp.Client against a recording KFP API, and Vertex offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlgate.errors import InputError
from mlgate.gitops import submit
from tests.conftest import REPO, run_cli
from tests.mlgate.kfp_fake import FakeKfp, start_fake_kfp

SPEC = REPO / "compiled" / "mlgate-reference.yaml"


@pytest.fixture
def kfp_api() -> Iterator[FakeKfp]:
    state, server = start_fake_kfp()
    try:
        yield state
    finally:
        server.shutdown()


def _prepare(pairs: list[str], host: str, root: Path = REPO) -> submit.Submission:
    return submit.prepare_submission(root, "mlgate-reference", pairs, target="kfp", host=host)


def test_submit_uploads_the_committed_bytes_and_starts_a_typed_run(kfp_api: FakeKfp) -> None:
    result = run_cli(
        "submit",
        "mlgate-reference",
        "--host",
        kfp_api.url,
        "--param",
        "min_f1=0.9",
        "--experiment",
        "nightly",
        "--wait",
    )
    assert result.returncode == 0, result.stderr
    (upload,) = kfp_api.calls("POST", "/pipelines/upload")
    (version,) = kfp_api.calls("POST", "/pipelines/upload_version")
    assert upload.upload == SPEC.read_bytes() and version.upload == SPEC.read_bytes()
    assert upload.query["name"] == ["mlgate-reference"]
    (run,) = kfp_api.runs.values()
    assert run["runtime_config"]["parameters"]["min_f1"] == 0.9
    assert (
        run["runtime_config"]["parameters"]["spec_sha256"]
        == __import__("hashlib").sha256(SPEC.read_bytes()).hexdigest()
    )
    assert (
        run["pipeline_version_reference"]["pipeline_version_id"]
        == kfp_api.versions[upload_id(kfp_api)][-1]["pipeline_version_id"]
    )
    assert [e["display_name"] for e in kfp_api.experiments.values()] == ["nightly"]
    assert result.stdout.splitlines()[1:] == [
        f"run {run['run_id']}: {kfp_api.url}/#/runs/details/{run['run_id']}",
        "run state: RUNNING",
        "run state: SUCCEEDED",
        "finished: SUCCEEDED",
    ]


def upload_id(state: FakeKfp) -> str:
    (pipeline_id,) = state.pipelines
    return pipeline_id


def test_resubmitting_the_same_spec_reuses_its_version(kfp_api: FakeKfp) -> None:
    request = _prepare([], kfp_api.url)
    first = submit.submit_to_kfp(request)
    second = submit.submit_to_kfp(request)
    assert first.run_id != second.run_id
    assert len(kfp_api.calls("POST", "/pipelines/upload")) == 1
    assert len(kfp_api.calls("POST", "/pipelines/upload_version")) == 1
    versions = {
        run["pipeline_version_reference"]["pipeline_version_id"] for run in kfp_api.runs.values()
    }
    assert len(versions) == 1


def test_a_failed_run_exits_1(kfp_api: FakeKfp) -> None:
    kfp_api.run_states = ["RUNNING", "FAILED"]
    result = submit.submit_to_kfp(_prepare([], kfp_api.url), wait=True, poll=0.01)
    assert result.state == "FAILED"


def test_token_from_the_environment_is_sent(
    kfp_api: FakeKfp, monkeypatch: pytest.MonkeyPatch
) -> None:
    kfp_api.token = "t0ken"
    monkeypatch.setenv(submit.TOKEN_ENV, "t0ken")
    submit.submit_to_kfp(_prepare([], kfp_api.url))
    assert {r.headers.get("authorization") for r in kfp_api.requests} == {"Bearer t0ken"}


@pytest.mark.parametrize(
    ("status", "hint"),
    [
        (401, "not authenticated: set $KFP_TOKEN"),
        (403, "the token is valid but may not do this"),
        (500, "the server failed"),
    ],
)
def test_server_errors_are_one_clear_line(kfp_api: FakeKfp, status: int, hint: str) -> None:
    kfp_api.fail_status = status
    result = run_cli("submit", "mlgate-reference", "--host", kfp_api.url)
    assert result.returncode == 2
    assert f"KFP at {kfp_api.url} answered HTTP {status}: {hint}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not kfp_api.runs


def test_an_error_after_the_health_check_is_also_clear(kfp_api: FakeKfp) -> None:
    kfp_api.fail_status, kfp_api.fail_only = 500, "/pipelines"
    with pytest.raises(submit.RemoteError, match="answered HTTP 500: the server failed"):
        submit.submit_to_kfp(_prepare([], kfp_api.url))
    assert kfp_api.calls("GET", "/healthz") and not kfp_api.runs


def test_unreachable_host_says_how_to_reach_kfp() -> None:
    result = run_cli("submit", "mlgate-reference", "--host", "http://127.0.0.1:9")
    assert result.returncode == 2
    assert "cannot reach KFP at http://127.0.0.1:9" in result.stderr
    assert "port-forward" in result.stderr and "Traceback" not in result.stderr


def test_dry_run_prints_the_request_and_sends_nothing(kfp_api: FakeKfp) -> None:
    result = run_cli(
        "submit", "mlgate-reference", "--host", kfp_api.url, "--param", "min_f1=0.95", "--dry-run"
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert body["parameters"]["min_f1"] == 0.95
    assert body["spec_file"] == str(SPEC) and body["target"] == "kfp"
    assert result.stdout.rstrip().endswith("dry run: nothing was sent")
    assert kfp_api.requests == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-pipeline", "--host", "http://x"], "unknown pipeline 'no-such-pipeline'"),
        (
            ["mlgate-reference", "--host", "http://x", "--param", "min_f1=high"],
            "--param min_f1='high': not a valid Float",
        ),
        (
            ["mlgate-reference", "--host", "http://x", "--param", "nope=1"],
            "--param nope: pipeline 'mlgate-reference' has no such parameter",
        ),
        (["mlgate-reference", "--host", "http://x", "--param", "min_f1"], "expected NAME=VALUE"),
        (["mlgate-reference", "--host", "ftp://x"], "expected an http:// or https:// URL"),
        (
            ["mlgate-reference", "--vertex", "--project", "p"],
            "--vertex needs --project and --region",
        ),
        (["mlgate-reference"], "give --host URL"),
    ],
)
def test_bad_usage_is_exit_2_with_the_reason(args: list[str], message: str) -> None:
    result = run_cli("submit", *args)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr


def test_a_stale_spec_is_refused(project: Path, kfp_api: FakeKfp) -> None:
    source = project / "pipelines" / "reference.py"
    source.write_text(source.read_text().replace('"roc_auc": 0.95', '"roc_auc": 0.5'))
    with pytest.raises(InputError, match=r"compiled/mlgate-reference.yaml is stale"):
        _prepare([], kfp_api.url, root=project)
    assert kfp_api.requests == []


def test_vertex_accepts_every_compiled_spec_offline(tmp_path: Path) -> None:
    from google.auth.credentials import AnonymousCredentials

    for spec in sorted((REPO / "compiled").glob("*.yaml")):
        request = submit.prepare_submission(
            REPO,
            spec.stem,
            [],
            target="vertex",
            project="demo-project",
            region="europe-west4",
            pipeline_root="gs://demo-bucket/runs",
        )
        job = submit.vertex_job(request, credentials=AnonymousCredentials()).to_dict()
        assert job["pipelineSpec"]["pipelineInfo"]["name"] == spec.stem
        assert job["runtimeConfig"]["gcsOutputDirectory"] == "gs://demo-bucket/runs"
        assert job["runtimeConfig"].get("parameterValues", {}) == request.parameters


def test_vertex_dry_run_builds_the_job_without_credentials() -> None:
    result = run_cli(
        "submit",
        "mlgate-reference",
        "--vertex",
        "--project",
        "p",
        "--region",
        "us-central1",
        "--pipeline-root",
        "gs://b/r",
        "--dry-run",
    )
    assert result.returncode == 0, result.stderr
    assert "Vertex AI PipelineJob (built offline)" in result.stdout
    assert '"gcsOutputDirectory": "gs://b/r"' in result.stdout


def test_schedule_creates_a_recurring_run_of_the_committed_spec(kfp_api: FakeKfp) -> None:
    result = run_cli(
        "submit",
        "mlgate-reference",
        "--host",
        kfp_api.url,
        "--schedule",
        "0 6 * * *",
        "--param",
        "min_f1=0.9",
        "--experiment",
        "nightly",
    )
    assert result.returncode == 0, result.stderr
    assert not kfp_api.runs  # a schedule, not a run now
    (upload,) = kfp_api.calls("POST", "/pipelines/upload")
    (version,) = kfp_api.calls("POST", "/pipelines/upload_version")
    assert upload.upload == SPEC.read_bytes() and version.upload == SPEC.read_bytes()
    (recurring,) = kfp_api.recurring_runs.values()
    assert recurring["trigger"]["cron_schedule"]["cron"] == "0 0 6 * * *"  # seconds first
    assert recurring["display_name"] == "mlgate-reference-schedule"
    assert recurring["max_concurrency"] == "1" or recurring["max_concurrency"] == 1
    assert recurring["no_catchup"] is True and recurring["mode"] == "ENABLE"
    assert (
        recurring["pipeline_version_reference"]["pipeline_version_id"]
        == kfp_api.versions[upload_id(kfp_api)][-1]["pipeline_version_id"]
    )
    assert recurring["runtime_config"]["parameters"]["min_f1"] == 0.9
    (experiment,) = kfp_api.experiments.values()
    assert experiment["display_name"] == "nightly"
    assert recurring["experiment_id"] == experiment["experiment_id"]
    rid = recurring["recurring_run_id"]
    assert f"recurring run {rid} (0 0 6 * * *): {kfp_api.url}/#/recurringrun/details/{rid}" in (
        result.stdout
    )


def test_the_same_schedule_twice_is_refused(kfp_api: FakeKfp) -> None:
    request = submit.prepare_submission(
        REPO, "mlgate-reference", [], target="kfp", host=kfp_api.url, schedule="@daily"
    )
    submit.submit_to_kfp(request)
    with pytest.raises(InputError, match="already has a recurring run named"):
        submit.submit_to_kfp(request)
    assert len(kfp_api.recurring_runs) == 1


@pytest.mark.parametrize(
    ("cron", "message"),
    [
        ("0 6 * *", "4 field(s); give five fields"),
        ("0 0 6 * * *", "six-field form starts with seconds"),
        ("61 6 * * *", "--schedule minute field: 61 is outside 0-59"),
        ("0 24 * * *", "--schedule hour field: 24 is outside 0-23"),
        ("0 6 0 * *", "--schedule day-of-month field: 0 is outside 1-31"),
        ("0 6 * 13 *", "--schedule month field: 13 is outside 1-12"),
        ("0 6 * * 7", "--schedule day-of-week field: 7 is outside 0-6"),
        ("0 6 * * MON-XYZ", "--schedule day-of-week field: 'XYZ' is not 0-6 or SUN-SAT"),
        ("*/0 * * * *", "--schedule minute field: step '0'"),
        ("0 9-5 * * *", "--schedule hour field: range '9-5' runs backwards"),
        ("TZ=Europe/London 0 6 * * *", "time zone prefix ('TZ=Europe/London') is for --vertex"),
    ],
)
def test_a_malformed_cron_is_exit_2_naming_the_field(
    kfp_api: FakeKfp, cron: str, message: str
) -> None:
    result = run_cli("submit", "mlgate-reference", "--host", kfp_api.url, "--schedule", cron)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert kfp_api.requests == []


def test_cron_forms_accepted() -> None:
    assert submit.parse_cron("*/15 8-18 * JAN,jul mon-fri", "kfp") == (
        "0 */15 8-18 * JAN,jul mon-fri"
    )
    assert submit.parse_cron("@hourly", "kfp") == "0 0 * * * *"
    assert (
        submit.parse_cron("TZ=Europe/London  0 6 * * *", "vertex") == "TZ=Europe/London 0 6 * * *"
    )
    assert submit.parse_cron("0 6 * * *", "vertex") == "0 6 * * *"


def test_schedule_dry_run_shows_the_schedule_and_sends_nothing(kfp_api: FakeKfp) -> None:
    result = run_cli(
        "submit",
        "mlgate-reference",
        "--host",
        kfp_api.url,
        "--schedule",
        "0 6 * * *",
        "--schedule-name",
        "daily-check",
        "--max-concurrency",
        "2",
        "--dry-run",
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert body["schedule"] == {
        "cron": "0 0 6 * * *",
        "display_name": "daily-check",
        "max_concurrency": 2,
        "no_catchup": True,
    }
    assert result.stdout.rstrip().endswith("dry run: nothing was sent")
    assert kfp_api.requests == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--schedule", "0 6 * * *", "--wait"], "--wait follows one run"),
        (["--max-concurrency", "2"], "need --schedule CRON"),
        (["--schedule", "0 6 * * *", "--max-concurrency", "11"], "--max-concurrency 11"),
    ],
)
def test_schedule_usage_errors(kfp_api: FakeKfp, args: list[str], message: str) -> None:
    result = run_cli("submit", "mlgate-reference", "--host", kfp_api.url, *args)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert kfp_api.requests == []


def test_vertex_schedule_is_created_from_the_job(monkeypatch: pytest.MonkeyPatch) -> None:
    from google.cloud import aiplatform

    created: dict[str, object] = {}

    def create_schedule(self: aiplatform.PipelineJob, **kwargs: object) -> object:
        created.update(kwargs, spec=self.to_dict()["pipelineSpec"]["pipelineInfo"]["name"])
        return type("S", (), {"resource_name": "projects/p/locations/europe-west4/schedules/42"})()

    monkeypatch.setattr(aiplatform.PipelineJob, "create_schedule", create_schedule)
    from google.auth.credentials import AnonymousCredentials

    monkeypatch.setattr(
        "google.auth.default", lambda *a, **k: (AnonymousCredentials(), "p"), raising=True
    )
    request = submit.prepare_submission(
        REPO,
        "mlgate-reference",
        [],
        target="vertex",
        project="p",
        region="europe-west4",
        pipeline_root="gs://b/r",
        schedule="TZ=Europe/London 0 6 * * 1-5",
    )
    result = submit.submit_to_vertex(request)
    assert created["cron"] == "TZ=Europe/London 0 6 * * 1-5"
    assert created["display_name"] == "mlgate-reference-schedule"
    assert created["max_concurrent_run_count"] == 1
    assert created["create_request_timeout"] == submit.REQUEST_TIMEOUT
    assert created["spec"] == "mlgate-reference"
    assert result.run_id == "projects/p/locations/europe-west4/schedules/42"
    assert "schedules/42/detail?project=p&region=europe-west4" in result.url


def test_vertex_with_an_unknown_region_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from google.auth.credentials import AnonymousCredentials

    from mlgate.cli import main

    building = submit.vertex_job
    monkeypatch.setattr(
        submit, "vertex_job", lambda s: building(s, credentials=AnonymousCredentials())
    )
    argv = ["submit", "mlgate-reference", "--vertex", "--project", "p", "--region", "mars-9"]
    assert main(["--root", str(REPO), *argv, "--pipeline-root", "gs://b/r"]) == 2
    err = capsys.readouterr().err
    assert "--region 'mars-9'" in err and "europe-west4" in err and "Traceback" not in err
