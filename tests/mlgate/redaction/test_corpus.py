"""The shipped reference corpus meets the contract, and bad corpora are named line by line."""

import json
from pathlib import Path

import pytest

from mlgate.errors import InputError
from mlgate.redaction import RedactionEngine, evaluate_engine, load_corpus
from tests.conftest import REPO, run_cli


def test_reference_corpus_meets_the_contract() -> None:
    docs = load_corpus()
    assert len(docs) == 1000
    evaluation = evaluate_engine(RedactionEngine(), docs)
    assert evaluation.score.overall.f1 >= 0.87
    assert set(evaluation.score.per_label) == {
        "PERSON",
        "ADDRESS",
        "LOCATION",
        "DATE",
        "AGE",
        "PHONE",
        "EMAIL",
        "ID",
        "URL",
        "IP",
    }


def test_corpora_are_reproducible_from_the_script(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "repo"
    shutil.copytree(REPO / "scripts", copy / "scripts")
    subprocess.run(
        [sys.executable, str(copy / "scripts" / "make_redaction_corpus.py")],
        check=True,
        capture_output=True,
    )
    for rel in (
        "corpus/redaction/tune.jsonl",
        "mlgate/redaction/reference.jsonl",
        "mlgate/redaction/sample_logs.jsonl",
    ):
        assert (copy / rel).read_bytes() == (REPO / rel).read_bytes(), rel


def _corpus(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


GOOD = json.dumps(
    {
        "text": "Call Ann at 555-010-7391",
        "spans": [
            {"start": 5, "end": 8, "label": "PERSON"},
            {"start": 12, "end": 24, "label": "PHONE"},
        ],
    }
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Ann Lee", "spans": [', "line 2: not valid JSON"),
        (
            '{"text": "Ann", "spans": [{"start": 0, "end": 9, "label": "PERSON"}]}',
            "line 2: span 0..9 is outside the text",
        ),
        (
            '{"text": "Ann Lee", "spans": [{"start": 0, "end": 5, "label": "PERSON"}, {"start": 4, "end": 7, "label": "PERSON"}]}',
            "line 2: spans 0..5 and 4..7 overlap",
        ),
        (
            '{"text": "Ann", "spans": [{"start": 0, "end": 3, "label": "NAME"}]}',
            "line 2: unknown label 'NAME'",
        ),
        ('{"spans": []}', "line 2: expected"),
    ],
)
def test_bad_corpus_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load_corpus(_corpus(tmp_path, [GOOD, line]))
    assert "Ann Lee" not in str(info.value)  # line numbers, never content


def test_redact_eval_cli_contract(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [GOOD] * 5)
    ok = run_cli("redact-eval", "--corpus", corpus, "--json")
    assert ok.returncode == 0, ok.stderr
    result = json.loads(ok.stdout)
    assert {"precision", "recall", "f1", "per_label", "docs_per_second"} <= set(result)
    too_high = run_cli("redact-eval", "--corpus", corpus, "--min-f1", "1.01")
    assert too_high.returncode == 1 and "FAIL" in too_high.stdout
    bad = run_cli("redact-eval", "--corpus", str(tmp_path / "missing.jsonl"))
    assert bad.returncode == 2 and "no such file" in bad.stderr
