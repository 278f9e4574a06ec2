"""mlgate submit: the real kfp.Client against a recording KFP API, and Vertex offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlgate import submit
from mlgate.errors import InputError
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
