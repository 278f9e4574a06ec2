"""The Safe Harbor suite: every planted identifier of the 18 categories (and the Australian
equivalents) goes through `mlgate redact` as a user runs it, and none survives.

The suite (corpus/redaction/safe_harbor.jsonl, scripts/make_safe_harbor_suite.py) was
written apart from the tuning generator. The judge is the contract's leak rule: verbatim,
as a digit run with other separators, or two distinctive words of a multi-word value.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from mlgate.cli import main
from mlgate.redaction.leaks import CATEGORIES, leak_kind
from tests.conftest import REPO

SUITE = REPO / "corpus" / "redaction" / "safe_harbor.jsonl"


def test_no_planted_identifier_survives_mlgate_redact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines()]
    source, redacted = tmp_path / "notes.jsonl", tmp_path / "redacted.jsonl"
    source.write_text(
        "".join(json.dumps({"note": doc["text"]}) + "\n" for doc in docs), encoding="utf-8"
    )
    assert main(["redact", "--input", str(source), "--output", str(redacted)]) == 0
    outputs = [json.loads(line)["note"] for line in redacted.read_text().splitlines()]
    assert len(outputs) == len(docs)

    tested, leaked = Counter[str](), Counter[str]()
    for doc, output in zip(docs, outputs, strict=True):
        for span in doc["spans"]:
            tested[span["category"]] += 1
            if leak_kind(doc["text"][span["start"] : span["end"]], output) is not None:
                leaked[span["category"]] += 1
    assert set(tested) == set(CATEGORIES) and min(tested.values()) >= 5
    assert leaked == Counter(), f"leaked per category: {dict(leaked)}"
    # The command's own output names counts and files, never a planted value.
    printed = capsys.readouterr()
    for doc in docs:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            assert len(value) < 5 or value not in printed.out + printed.err
