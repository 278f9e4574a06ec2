"""Hostile input to ``run``, ``submit``, ``validate``/``redact`` outputs, storage URIs and
``compile``; and what a bug in mlgate itself looks like (exit 70, one line)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mlgate.gitops import submit
from tests.conftest import REPO
from tests.hostile.conftest import PLANT, Outcome, assert_refused, snapshot

LONG = PLANT * 5
CONTRACT = REPO / "pipelines" / "contracts" / "breast_cancer.yaml"


@pytest.fixture
def no_gcs_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STORAGE_EMULATOR_HOST", raising=False)
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "no-such-key.json"))
    monkeypatch.setenv("NO_GCE_CHECK", "True")


def _workdir_under_a_file(tmp_path: Path) -> str:
    (tmp_path / "afile").write_text("x")
    return str(tmp_path / "afile" / "runs")


def _workdir_is_a_file(tmp_path: Path) -> str:
    (tmp_path / "afile").write_text("x")
    return str(tmp_path / "afile")


def _text_file(tmp_path: Path) -> str:
    (tmp_path / "table.txt").write_text("a,b\n1,2\n")
    return str(tmp_path / "table.txt")


RUN_CASES: dict[str, tuple[list[str], str]] = {
    "missing source file": (["--param", "source=/nonexistent/table.csv"], "source"),
    "unknown sample": (["--param", "source=sample:" + PLANT], "no such sample"),
    "source with unknown scheme": (["--param", "source=ftp://host/t.csv"], "source"),
    "source gs:// without credentials": (["--param", "source=gs://bucket/t.csv"], "credentials"),
    "missing logs file": (["--param", "logs=/nonexistent/logs.jsonl"], "logs"),
    "override without reason": (["--param", "override_decision=promote"], "override_reason"),
    "reason without override": (
        ["--param", "override_reason=the data team signed it off"],
        "override_decision",
    ),
    "unknown override": (
        ["--param", "override_decision=" + PLANT, "--param", "override_reason=a long reason"],
        "override_decision",
    ),
    "short override reason": (
        ["--param", "override_decision=promote", "--param", "override_reason=ok"],
        "override_reason",
    ),
    "registry with bad scheme": (["--param", "registry=s3://bucket/reg"], "registry"),
    "float that is not": (["--param", "min_f1=" + LONG], "min_f1"),
    "unknown parameter": (["--param", LONG + "=1"], "no such parameter"),
    "no equals sign": (["--param", LONG], "expected NAME=VALUE"),
    "empty name": (["--param", "=1"], "expected NAME=VALUE"),
    "unknown runner": (["--runner", "kubernetes"], "invalid choice"),
}


@pytest.mark.parametrize("case", list(RUN_CASES))
def test_run_checks_parameters_before_any_task(
    tmp_path: Path, run: Callable[..., Outcome], no_gcs_credentials: None, case: str
) -> None:
    args, says = RUN_CASES[case]
    workdir = tmp_path / "runs"
    outcome = run("run", "mlgate-reference", *args, "--workdir", str(workdir))
    assert_refused(outcome, 2, planted=(LONG, PLANT), says=says)
    assert not workdir.exists()  # refused before kfp.local made anything


@pytest.mark.parametrize(
    "make", [_workdir_under_a_file, _workdir_is_a_file, _text_file], ids=["under-file", "file", "x"]
)
def test_run_refuses_an_unusable_workdir_or_source(
    tmp_path: Path, run: Callable[..., Outcome], make: Callable[[Path], str]
) -> None:
    path = make(tmp_path)
    before = snapshot(tmp_path)
    if make is _text_file:
        outcome = run("run", "mlgate-reference", "--param", f"source={path}")
        says = "unknown format"
    else:
        outcome = run("run", "mlgate-reference", "--workdir", path)
        says = "--workdir"
    assert_refused(outcome, 2, says=says, before=before, after=snapshot(tmp_path))


def test_run_refuses_a_read_only_workdir(
    tmp_path: Path, run: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)  # chmod means nothing to root
    outcome = run("run", "mlgate-reference", "--workdir", str(tmp_path))
    assert_refused(outcome, 2, says="Permission denied")


# --- outputs that are directories, and gs:// without credentials -------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--contract", str(CONTRACT), "--data", "sample:breast_cancer", "--report"],
        ["redact", "--input", "sample:clinical_logs", "--output"],
    ],
    ids=["validate-report", "redact-output"],
)
def test_an_output_path_that_is_a_directory(
    tmp_path: Path, run: Callable[..., Outcome], args: list[str]
) -> None:
    (tmp_path / "existing").mkdir()
    (tmp_path / "existing" / "keep.txt").write_text("keep")
    before = snapshot(tmp_path)
    outcome = run(*args, str(tmp_path / "existing"))
    assert_refused(outcome, 2, says="is a directory", before=before, after=snapshot(tmp_path))


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--contract", str(CONTRACT), "--data", "gs://bucket/table.csv"],
        ["validate", "--contract", "gs://bucket/contract.yaml", "--data", "sample:breast_cancer"],
        ["redact", "--input", "gs://bucket/logs.jsonl", "--output", "out.jsonl"],
        ["redact", "--input", "sample:clinical_logs", "--output", "gs://bucket/out.jsonl"],
        ["registry", "list", "--registry", "gs://bucket/registry"],
        ["reproduce", "bc@1.0.0", "--registry", "gs://bucket/registry"],
    ],
    ids=["validate-data", "validate-contract", "redact-in", "redact-out", "list", "reproduce"],
)
def test_gs_uris_without_credentials(
    tmp_path: Path,
    run: Callable[..., Outcome],
    no_gcs_credentials: None,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    outcome = run(*args)
    assert_refused(outcome, 2, says="gs://bucket")
    assert list(tmp_path.iterdir()) == [tmp_path / "no-such-key.json"] or not any(
        p.name == "out.jsonl" for p in tmp_path.iterdir()
    )


@pytest.mark.parametrize("workers", ["0", "-1", "abc", "1.5", ""])
def test_redact_workers_must_be_positive(
    tmp_path: Path, run: Callable[..., Outcome], workers: str
) -> None:
    out = tmp_path / "out.jsonl"
    outcome = run(
        "redact", "--input", "sample:clinical_logs", "--output", str(out), "--workers", workers
    )
    assert_refused(outcome, 2, says="--workers")
    assert not out.exists()


# --- submit -------------------------------------------------------------------------------

BAD_HOSTS = [
    "ftp://host",
    "http://",
    "https://",
    "localhost:8080",
    "http://host:notaport",
    "http://host:99999",
    "http://[::1",
    "http://exa mple.com",
    "http://host/?q=" + PLANT,
    "javascript:alert(1)",
    "http://" + LONG,
    " ",
]


@pytest.mark.parametrize("host", BAD_HOSTS)
def test_submit_refuses_a_malformed_host(run: Callable[..., Outcome], host: str) -> None:
    outcome = run("submit", "mlgate-reference", "--host", host)
    assert_refused(outcome, 2, planted=(LONG, PLANT), says="--host")


class _Server:
    """A loopback HTTP server whose every answer is set by the test."""

    def __init__(self, answer: Callable[[BaseHTTPRequestHandler], None]) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                answer(self)

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _reply(status: int, body: bytes, content_type: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


LOGIN = b"<!DOCTYPE html><html><body>Sign in " + PLANT.encode() + b"</body></html>"


def _healthy_then(rest: Callable[[BaseHTTPRequestHandler], None]) -> Callable[..., None]:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/healthz"):
            _reply(200, b'{"multi_user": false}', "application/json")(handler)
        else:
            rest(handler)

    return answer


def _hang(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(5)


SERVERS: dict[str, tuple[Callable[[BaseHTTPRequestHandler], None], str]] = {
    "HTML login page everywhere": (_reply(200, LOGIN, "text/html"), "HTML page"),
    "HTML after the health check": (_healthy_then(_reply(200, LOGIN, "text/html")), "KFP at"),
    "plain text": (_reply(200, PLANT.encode(), "text/plain"), "not JSON"),
    "HTML error page": (_reply(502, LOGIN, "text/html"), "HTTP 502"),
    "hangs on the health check": (_hang, "did not answer"),
    "hangs after the health check": (_healthy_then(_hang), "did not answer"),
    "JSON of the wrong shape": (
        _healthy_then(_reply(200, b"[1, 2, 3]", "application/json")),
        "KFP at",
    ),
}


@pytest.fixture(scope="module")
def submission() -> submit.Submission:
    return submit.prepare_submission(
        REPO, "mlgate-reference", [], target="kfp", host="http://127.0.0.1:1"
    )


@pytest.mark.parametrize("case", list(SERVERS))
def test_submit_against_a_hostile_server(
    submission: submit.Submission,
    case: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer, says = SERVERS[case]
    monkeypatch.setattr(submit, "REQUEST_TIMEOUT", 0.5)
    server = _Server(answer)
    try:
        started = time.monotonic()
        with pytest.raises(submit.RemoteError) as caught:
            submit.submit_to_kfp(submission.model_copy(update={"host": server.url}))
        assert time.monotonic() - started < 15
    finally:
        server.close()
    message = str(caught.value)
    assert says in message and server.url in message and PLANT not in message


# --- compile, and a bug in mlgate ---------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["compile", "--check", "--unknown"],
        ["no-such-command"],
        [],
        ["registry"],
        ["lineage"],
        ["submit"],
        ["run"],
        ["diff", "--source", "--format"],
    ],
)
def test_bad_usage_is_exit_2(run: Callable[..., Outcome], args: list[str]) -> None:
    assert_refused(run(*args), 2)


@pytest.mark.parametrize("debug", ["", "1"])
def test_a_bug_in_mlgate_says_so_with_exit_70(
    run: Callable[..., Outcome], monkeypatch: pytest.MonkeyPatch, debug: str
) -> None:
    import mlgate.gitops.lint

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(PLANT)

    monkeypatch.setattr(mlgate.gitops.lint, "lint_paths", broken)
    monkeypatch.setenv("MLGATE_DEBUG", debug)
    outcome = run("lint", str(REPO / "compiled"))
    assert outcome.code == 70
    assert "internal error (a bug in mlgate" in outcome.err and "RuntimeError" in outcome.err
    if debug:
        assert "Traceback" in outcome.err  # asked for: the stack, for the bug report
    else:
        assert "Traceback" not in outcome.err and PLANT not in outcome.err
        assert len(outcome.err.strip().splitlines()) == 1
