"""The redaction contract end to end: it refuses below the floor, and no canary ever leaks."""

import json
from pathlib import Path

import pytest

from components.redact_clinical_logs.logic import redact_clinical_logs
from mlgate.errors import CheckFailed
from tests.conftest import run_cli

# Unique values planted in the input: none may appear in any log line or artifact.
CANARIES = {
    "Ximena Canaryfield": "Patient Ximena Canaryfield reports chest pain.",
    "canary.x9q@example.org": "Portal message from canary.x9q@example.org about a refill.",
    "(212) 555-0147": "Call back at (212) 555-0147 after 5pm.",
    "219-09-9999": "SSN 219-09-9999 verified at registration.",
    "88442211": "MRN 88442211 scanned at triage.",
    "8831 Quailfeather Crossing": "Ambulance to 8831 Quailfeather Crossing, Dover, DE 19901.",
}


def _logs(tmp_path: Path) -> Path:
    path = tmp_path / "logs.jsonl"
    records = [
        {"ts": f"2026-11-0{i + 1}T08:00:00Z", "level": "INFO", "service": "triage", "message": m}
        for i, m in enumerate(CANARIES.values())
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_contract_refuses_below_the_floor_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(
        CheckFailed, match=r"redaction F1 0\.9\d+ on reference is below the floor 0\.999"
    ):
        redact_clinical_logs(
            str(_logs(tmp_path)), str(out), min_f1=0.999, report_uri=str(tmp_path / "r.md")
        )
    assert not out.exists() and not (tmp_path / "r.md").exists()


def test_contract_redacts_and_reports(tmp_path: Path) -> None:
    out, report = tmp_path / "out.jsonl", tmp_path / "report.md"
    result = redact_clinical_logs(str(_logs(tmp_path)), str(out), report_uri=str(report))
    text = out.read_text()
    for canary in CANARIES:
        assert canary not in text
    assert result.metrics()["f1"] >= 0.87 and result.stats.records == len(CANARIES)
    assert "Residual scan: clean" in report.read_text()


def test_no_canary_reaches_any_log_or_artifact_of_a_pipeline_run(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    result = run_cli(
        "run",
        "mlgate-reference",
        "--param",
        f"logs={_logs(tmp_path)}",
        "--param",
        f"registry={tmp_path / 'registry'}",
        "--workdir",
        str(runs),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "redact-clinical-logs: SUCCESS" in result.stdout
    searched = [("stdout", result.stdout), ("stderr", result.stderr)]
    for path in list(runs.rglob("*")) + list((tmp_path / "registry").rglob("*")):
        if path.is_file():
            searched.append((str(path), path.read_bytes().decode("utf-8", "replace")))
    assert len(searched) > 20
    for where, content in searched:
        for canary in CANARIES:
            assert canary not in content, f"{canary!r} leaked into {where}"


def test_pipeline_halts_when_min_f1_is_above_what_the_engine_reaches(tmp_path: Path) -> None:
    result = run_cli(
        "run",
        "mlgate-reference",
        "--param",
        "min_f1=0.999",
        "--param",
        f"registry={tmp_path / 'registry'}",
        "--workdir",
        str(tmp_path / "runs"),
    )
    assert result.returncode == 1
    assert "redact-clinical-logs: FAILURE" in result.stdout
    assert "is below the floor 0.999" in result.stdout
    assert "train-model: NOT RUN" in result.stdout
    assert not (tmp_path / "registry").exists()
