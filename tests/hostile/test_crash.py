"""Crash tests: a real process is SIGKILLed at each write of a push or a promotion.

A child Python process wraps the storage layer's publish step (local: the rename or
link of a finished temporary file; Cloud Storage: the upload) and kills itself with
SIGKILL just before or just after the Nth one. Whatever N, the registry must read as
it was before, or as fully changed with its history record; and the next write must
remove the temporary files the dead process left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mlgate import storage
from mlgate.models.registry import Registry
from tests.conftest import REPO

FILES = {"model.skops": b"model bytes", "card.json": b"{}"}
NEW_FILES = {"model.skops": b"better model bytes", "card.json": b'{"v": 2}'}

CHILD = r"""
import os, signal, sys
from mlgate import storage
from mlgate.models.registry import Registry

mode, crash_at, op, uri = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
calls = 0
hook = "_publish_local" if not uri.startswith("gs://") else "_upload"
real = getattr(storage, hook)

def crashing(*args, **kwargs):
    global calls
    calls += 1
    if calls == crash_at and mode == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    if calls == crash_at and mode == "after":
        os.kill(os.getpid(), signal.SIGKILL)
    return result

setattr(storage, hook, crashing)
registry = Registry(uri)
if op in ("push", "first-push"):
    registry.push("bc", {"model.skops": b"better model bytes", "card.json": b'{"v": 2}'},
                  {"run": "crash"}, version="2.0.0", who="crash")
elif op == "canary":
    registry.promote("bc", "1.0.0", "canary", who="crash", why="crash test canary")
elif op == "prod":
    registry.promote("bc", "1.1.0", "prod", who="crash", why="crash test prod")
elif op == "shadow":
    from tests.hostile.test_crash import shadow_report
    registry.record_shadow("bc", "1.1.0", shadow_report(), who="crash")
print("completed")
"""


def shadow_report() -> bytes:
    """A passed shadow report for 1.1.0 (its bytes are b"v1.1"), with a fixed id."""
    import hashlib

    from mlgate.models.shadow import ShadowReport

    def bound(version: str, data: bytes) -> dict[str, str]:
        return {"version": version, "model_sha256": hashlib.sha256(data).hexdigest()}

    return (
        ShadowReport.model_validate(
            {
                "id": "00000000000000aa",
                "created": "2026-11-30T00:00:00.000000Z",
                "model": "bc",
                "candidate": bound("1.1.0", b"v1.1"),
                "production": bound("1.0.0", FILES["model.skops"]),
                "requests_sha256": "0" * 64,
                "rows": 100,
                "agreement": 0.99,
                "disagreements": 1,
                "min_agreement": 0.95,
                "score_difference": {"mean": 0.01, "p50": 0.0, "p95": 0.05, "max": 0.4},
                "passed": True,
                "reasons": ["agreement 0.9900 on 100 requests >= 0.9500 required"],
            }
        )
        .model_dump_json()
        .encode()
    )


def view(registry: Registry) -> dict[str, Any]:
    """What a reader of the registry sees (no times or ids, which differ run to run)."""
    if not registry.check():  # no registry yet reads like an empty one
        return {"production": None, "versions": {}, "history": []}
    out: dict[str, Any] = {"production": registry.production("bc"), "versions": {}}
    for version in registry.versions("bc"):
        manifest = registry.manifest("bc", version)
        out["versions"][version] = {
            "stages": registry.stages("bc", version),
            "files": {name: registry.read_file("bc", version, name) for name in manifest.files},
            "lineage": manifest.lineage,
            "shadow": [(r.report, r.passed, r.event) for r in registry.shadows("bc", version)],
        }
    out["history"] = [(e.action, e.version, e.stage, e.who, e.why) for e in registry.history("bc")]
    for version in out["versions"].values():  # event ids differ run to run; presence does not
        version["shadow"] = [(report, passed) for report, passed, _ in version["shadow"]]
    return out


def apply(op: str, registry: Registry) -> None:
    if op in ("push", "first-push"):
        registry.push("bc", NEW_FILES, {"run": "crash"}, version="2.0.0", who="crash")
    elif op == "canary":
        registry.promote("bc", "1.0.0", "canary", who="crash", why="crash test canary")
    elif op == "shadow":
        registry.record_shadow("bc", "1.1.0", shadow_report(), who="crash")
    else:
        registry.promote("bc", "1.1.0", "prod", who="crash", why="crash test prod")


def base(uri: str, op: str) -> Registry:
    """The registry before the operation: two versions, 1.0.0 in production."""
    registry = Registry(uri)
    if op != "first-push":
        registry.push("bc", FILES, {"n": 1})
        registry.push("bc", {**FILES, "model.skops": b"v1.1"}, {"n": 2})
        registry.promote("bc", "1.0.0", "prod", who="ana", why="first production model")
    return registry


def count_writes(tmp_path: Path, op: str, hook: str, uri: str) -> int:
    registry = base(uri, op)
    real, calls = getattr(storage, hook), []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storage, hook, counting)
        apply(op, registry)
    return len(calls)


def crash(mode: str, at: int, op: str, uri: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(at), op, uri],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


OPS = {
    "first-push": 5,
    "push": 4,
    "canary": 2,
    "prod": 2,
    "shadow": 3,
}  # writes each makes (checked)


@pytest.mark.parametrize("op", list(OPS))
def test_each_operation_makes_the_writes_the_crash_tests_cover(tmp_path: Path, op: str) -> None:
    assert count_writes(tmp_path, op, "_publish_local", str(tmp_path / "count")) == OPS[op]


CASES = [
    (op, at, mode)
    for op, n in OPS.items()
    for at in range(1, n + 1)
    for mode in ("before", "after")
]


@pytest.mark.parametrize(("op", "at", "mode"), CASES)
def test_a_kill_at_any_write_leaves_all_or_nothing(
    tmp_path: Path, op: str, at: int, mode: str
) -> None:
    expected_before = base(str(tmp_path / "before"), op)
    expected_after = base(str(tmp_path / "after"), op)
    apply(op, expected_after)
    before, after = view(expected_before), view(expected_after)

    uri = str(tmp_path / "reg")
    shutil.copytree(tmp_path / "before", uri) if op != "first-push" else None
    result = crash(mode, at, op, uri)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]

    registry = Registry(uri)
    seen = view(registry)
    assert seen in (before, after), seen
    if mode == "after" and at == OPS[op]:
        assert seen == after  # killed after the commit point: the change is complete
    if seen == after:
        last = {"canary": "promote", "prod": "promote", "shadow": "shadow"}.get(op, "push")
        assert after["history"][-1][0] == last

    # The next write removes what the dead writer left, and the registry works on.
    registry.push("bc", {"model.skops": b"next"}, {}, version="9.0.0")
    leftovers = [p.name for p in Path(uri).rglob("*.tmp")]
    assert leftovers == []
    assert registry.versions("bc")[-1] == "9.0.0"
    if seen == before and op != "first-push":
        apply(op, registry)  # the interrupted change can simply be made again
        assert view(registry)["history"][-1][:3] == after["history"][-1][:3]


# On Cloud Storage an interrupted upload leaves nothing behind, so a kill just after write k
# is the same case as one just before write k + 1: only the last write is tested both ways.
GCS_CASES = [
    (op, at, mode)
    for op in ("push", "prod")
    for at in range(1, OPS[op] + 1)
    for mode in (("before", "after") if at == OPS[op] else ("before",))
]


@pytest.mark.parametrize(("op", "at", "mode"), GCS_CASES)
def test_a_kill_at_any_upload_to_gcs_leaves_all_or_nothing(
    gcs_bucket: str, op: str, at: int, mode: str, request: pytest.FixtureRequest
) -> None:
    prefix = f"gs://{gcs_bucket}/crash-{request.node.callspec.id}"
    expected_before = base(prefix + "-before", op)
    expected_after = base(prefix + "-after", op)
    apply(op, expected_after)
    before, after = view(expected_before), view(expected_after)

    base(prefix, op)
    result = crash(mode, at, op, prefix)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    seen = view(Registry(prefix))
    assert seen in (before, after), seen
    if mode == "after" and at == OPS[op]:
        assert seen == after
