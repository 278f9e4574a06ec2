"""A small KFP v2beta1 API server on loopback that records what the real kfp.Client sends.

It implements the endpoints ``mlgate submit`` uses (health, pipelines, versions,
upload, experiments, runs, recurring runs) with the shapes the generated kfp_server_api client
parses, keeps state in memory, and can be told to answer every request with an
error status.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

PREFIX = "/apis/v2beta1"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    upload: bytes | None = None  # the multipart file of an upload


@dataclass
class FakeKfp:
    url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    pipelines: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    experiments: dict[str, dict[str, Any]] = field(default_factory=dict)
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    recurring_runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_status: int | None = None  # answer with this status...
    fail_only: str = ""  # ...every request whose path contains this
    token: str | None = None  # when set, demand "Bearer <token>"
    run_states: list[str] = field(default_factory=lambda: ["RUNNING", "SUCCEEDED"])

    def calls(self, method: str, suffix: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.endswith(suffix)]


def _name_filter(query: dict[str, list[str]]) -> str | None:
    raw = query.get("filter", [None])[0]
    if not raw:
        return None
    return str(json.loads(raw)["predicates"][0]["stringValue"])


def _multipart_file(content_type: str, body: bytes, field_name: str) -> bytes | None:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == field_name:
            return bytes(part.get_payload(decode=True))
    return None


def make_handler(state: FakeKfp) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _handle(self, method: str) -> None:
            url = urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            upload = None
            if self.headers.get("Content-Type", "").startswith("multipart/form-data"):
                upload = _multipart_file(self.headers["Content-Type"], body, "uploadfile")
            query = parse_qs(url.query)
            state.requests.append(
                Recorded(
                    method,
                    url.path,
                    query,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    upload,
                )
            )
            if state.fail_status and state.fail_only in url.path:
                self._reply(state.fail_status, {"error": "injected failure", "code": 13})
                return
            if state.token and self.headers.get("Authorization") != f"Bearer {state.token}":
                self._reply(401, {"error": "Unauthenticated", "code": 16})
                return
            status, reply = self._route(method, url.path.removeprefix(PREFIX), query, body)
            self._reply(status, reply)

        def _route(
            self, method: str, path: str, query: dict[str, list[str]], body: bytes
        ) -> tuple[int, dict[str, Any]]:
            parts = path.strip("/").split("/")
            if method == "GET" and path == "/healthz":
                return 200, {"multi_user": False}
            if method == "GET" and path == "/pipelines":
                name = _name_filter(query)
                found = [p for p in state.pipelines.values() if name in (None, p["display_name"])]
                return 200, {"pipelines": found, "total_size": len(found)}
            if method == "POST" and path == "/pipelines/upload":
                pid = str(uuid.uuid4())
                name = query["name"][0]
                state.pipelines[pid] = {"pipeline_id": pid, "display_name": name}
                version = {
                    "pipeline_id": pid,
                    "pipeline_version_id": str(uuid.uuid4()),
                    "display_name": name,
                }
                state.versions[pid] = [version]
                return 200, state.pipelines[pid]
            if method == "POST" and path == "/pipelines/upload_version":
                pid = query["pipelineid"][0]
                version = {
                    "pipeline_id": pid,
                    "pipeline_version_id": str(uuid.uuid4()),
                    "display_name": query["name"][0],
                }
                state.versions[pid].append(version)
                return 200, version
            if (
                method == "GET"
                and len(parts) == 3
                and parts[0] == "pipelines"
                and parts[2] == "versions"
            ):
                name = _name_filter(query)
                found = [
                    v for v in state.versions.get(parts[1], []) if name in (None, v["display_name"])
                ]
                return 200, {"pipeline_versions": found, "total_size": len(found)}
            if method == "GET" and path == "/experiments":
                name = _name_filter(query)
                found = [e for e in state.experiments.values() if name in (None, e["display_name"])]
                return 200, {"experiments": found, "total_size": len(found)}
            if method == "POST" and path == "/experiments":
                eid = str(uuid.uuid4())
                state.experiments[eid] = {**json.loads(body), "experiment_id": eid}
                return 200, state.experiments[eid]
            if method == "POST" and path == "/runs":
                rid = str(uuid.uuid4())
                state.runs[rid] = {
                    **json.loads(body),
                    "run_id": rid,
                    "state": "PENDING",
                    "_polls": 0,
                }
                return 200, {k: v for k, v in state.runs[rid].items() if not k.startswith("_")}
            if method == "GET" and path == "/recurringruns":
                name = _name_filter(query)
                experiment = query.get("experiment_id", [None])[0]
                found = [
                    r
                    for r in state.recurring_runs.values()
                    if name in (None, r["display_name"])
                    and experiment in (None, r["experiment_id"])
                ]
                return 200, {"recurringRuns": found, "total_size": len(found)}
            if method == "POST" and path == "/recurringruns":
                rid = str(uuid.uuid4())
                state.recurring_runs[rid] = {
                    **json.loads(body),
                    "recurring_run_id": rid,
                    "status": "ENABLED",
                }
                return 200, state.recurring_runs[rid]
            if method == "GET" and len(parts) == 2 and parts[0] == "runs":
                run = state.runs[parts[1]]
                run["state"] = state.run_states[min(run["_polls"], len(state.run_states) - 1)]
                run["_polls"] += 1
                return 200, {k: v for k, v in run.items() if not k.startswith("_")}
            return 404, {"error": f"fake KFP has no {method} {path}", "code": 5}

        def do_GET(self) -> None:
            self._handle("GET")

        def do_POST(self) -> None:
            self._handle("POST")

    return Handler


def start_fake_kfp() -> tuple[FakeKfp, ThreadingHTTPServer]:
    state = FakeKfp()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state, server
