"""The redaction contract end to end: it refuses below any floor, fails on residual leaks, files
its evidence (Markdown and HTML), and no canary ever leaks."""

import json
from pathlib import Path

import pytest

from mlgate.components.redact_clinical_logs.logic import redact_clinical_logs
from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import RedactOptions
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
        CheckFailed,
        match=r"redaction on reference: span F1 0\.9\d+ is below the floor 0\.999 \(min_f1\); "
        r"refusing to redact \(nothing was written\)",
    ):
        redact_clinical_logs(
            str(_logs(tmp_path)), str(out), min_f1=0.999, report_uri=str(tmp_path / "r.md")
        )
    assert not out.exists() and not (tmp_path / "r.md").exists()
    assert not (tmp_path / "r.html").exists()


def test_contract_redacts_and_reports(tmp_path: Path) -> None:
    out, report = tmp_path / "out.jsonl", tmp_path / "report.md"
    result = redact_clinical_logs(str(_logs(tmp_path)), str(out), report_uri=str(report))
    text = out.read_text()
    for canary in CANARIES:
        assert canary not in text
    metrics = result.metrics()
    assert metrics["f1"] >= 0.87 and result.stats.records == len(CANARIES)
    assert metrics["token/recall"] >= 0.9 and metrics["residual"] == 0.0
    markdown = report.read_text()
    assert "Residual scan: clean" in markdown
    assert "## Token view (de-identification)" in markdown and "| PERSON |" in markdown
    # The shipped corpus carries no categories: the report says so rather than invent a table.
    assert "carries no Safe Harbor categories" in markdown
    assert (tmp_path / "report.html").read_text().startswith("<!doctype html>")


def test_no_canary_reaches_any_log_or_artifact_of_a_pipeline_run(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    result = run_cli(
        "run",
        "mlgate-reference",
        "--param",
        f"logs={_logs(tmp_path)}",
        "--param",
        "shards=2",  # every task of sharded redaction, shard outputs included, is searched
        "--param",
        f"registry={tmp_path / 'registry'}",
        "--workdir",
        str(runs),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "redact-clinical-logs: SUCCESS" in result.stdout
    assert len(list(runs.glob("*/for-loop-*-iteration-*/redact-log-shard/redacted"))) == 2
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
        "shards=2",
        "--param",
        f"registry={tmp_path / 'registry'}",
        "--workdir",
        str(tmp_path / "runs"),
    )
    assert result.returncode == 1
    # The engine is scored once, before any shard: below the floor no shard redacts anything.
    assert "score-redaction-engine: FAILURE" in result.stdout
    assert "is below the floor 0.999" in result.stdout
    assert "redact-clinical-logs: NOT RUN" in result.stdout
    assert "train-model: NOT RUN" in result.stdout
    assert not list((tmp_path / "runs").glob("*/for-loop-*"))
    assert not (tmp_path / "registry").exists()


@pytest.mark.parametrize(
    ("floors", "message"),
    [
        ({"min_recall": 0.999}, r"span recall 0\.9\d+ is below the floor 0\.999 \(min_recall\)"),
        (
            {"min_token_recall": 0.9999},
            r"token recall 0\.9\d+ is below the floor 0\.9999 \(min_token_recall\)",
        ),
    ],
)
def test_recall_floors_refuse_and_write_nothing(tmp_path: Path, floors: dict, message: str) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(CheckFailed, match=message):
        redact_clinical_logs(str(_logs(tmp_path)), str(out), **floors)
    assert not out.exists()


def test_a_nan_floor_is_bad_input_not_a_pass(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="min_f1"):
        redact_clinical_logs(str(_logs(tmp_path)), str(tmp_path / "o.jsonl"), min_f1=float("nan"))


MEDICARE = "2123 45670 1"


def _with_medicare(tmp_path: Path) -> Path:
    path = tmp_path / "billing.jsonl"
    records = [
        {"message": "Patient seen, no complaints."},
        {"message": "Claim lodged.", "billing": {"refs": ["ok", f"Medicare {MEDICARE}"]}},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_residual_scan_fails_a_task_whose_output_holds_a_planted_medicare_number(
    tmp_path: Path,
) -> None:
    out, report = tmp_path / "out.jsonl", tmp_path / "report.md"
    with pytest.raises(
        CheckFailed, match=r"above max_residual 0: health_plan 1 \(line 2\)"
    ) as info:
        redact_clinical_logs(str(_with_medicare(tmp_path)), str(out), report_uri=str(report))
    assert MEDICARE not in str(info.value) and MEDICARE.replace(" ", "") not in str(info.value)
    assert not out.exists() and not report.exists()


def test_within_max_residual_the_hits_are_counted_by_category_and_line(tmp_path: Path) -> None:
    out, report = tmp_path / "out.jsonl", tmp_path / "report.md"
    result = redact_clinical_logs(
        str(_with_medicare(tmp_path)), str(out), max_residual=1, report_uri=str(report)
    )
    metrics = result.metrics()
    assert metrics["residual"] == 1.0 and metrics["residual/health_plan"] == 1.0
    assert metrics["residual_records"] == 1.0 and metrics["max_residual"] == 1.0
    markdown = report.read_text()
    assert "| health_plan | 1 | 2 |" in markdown
    for path in (report, tmp_path / "report.html"):
        assert MEDICARE not in path.read_text()


def test_the_evidence_table_is_rendered_from_the_corpus_it_is_given(tmp_path: Path) -> None:
    text = "Pt Ximena Canaryfield, mob 0412 345 678, plate ZZQ-981 noted"
    corpus = tmp_path / "corpus.jsonl"
    doc = {
        "text": text,
        "style": "nursing",
        "spans": [
            {"start": 3, "end": 21, "label": "PERSON", "category": "name"},
            {"start": 27, "end": 39, "label": "PHONE", "category": "phone"},
            {"start": 47, "end": 54, "label": "VEHICLE", "category": "vehicle"},
        ],
    }
    corpus.write_text((json.dumps(doc) + "\n") * 4)
    report = tmp_path / "evidence.md"
    result = redact_clinical_logs(
        str(_logs(tmp_path)),
        str(tmp_path / "out.jsonl"),
        corpus_uri=str(corpus),
        min_f1=0.0,
        report_uri=str(report),
    )
    sh = result.evaluation.safe_harbor
    assert list(sh) == ["name", "phone", "vehicle"]
    assert all(r.tested == 4 for r in sh.values())
    markdown = report.read_text()
    assert "| category | examples tested | removed | leaked |" in markdown
    for category, r in sh.items():
        assert f"| {category} | 4 | {r.removed} | {r.leaked} |" in markdown
    assert "## Per style" in markdown and "| nursing | 4 |" in markdown
    html = (tmp_path / "evidence.html").read_text()
    assert "<th>examples tested</th>" in html and "<td>vehicle</td>" in html
    metrics = result.metrics()
    assert metrics["safe_harbor/phone/tested"] == 4.0
    assert "style/nursing/token_recall" in metrics
    for value in ("Ximena", "Canaryfield", "0412", "ZZQ"):
        assert value not in markdown and value not in html


def test_unlisted_free_text_refuses_the_task(tmp_path: Path) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_text(json.dumps({"message": "ok", "comment": "Ximena Canaryfield rang"}) + "\n")
    out = tmp_path / "out.jsonl"
    with pytest.raises(CheckFailed, match=r"line 1: comment") as info:
        redact_clinical_logs(
            str(path), str(out), options=RedactOptions(on_unlisted_text="fail", workers=1)
        )
    assert "Ximena" not in str(info.value) and not out.exists()
