"""redact_file: formats, fields, bad input with nothing written, parallel equals serial."""

import json
from pathlib import Path

import pytest

from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import RedactOptions, redact_file
from mlgate.redaction import stream as stream_module

RECORDS = [
    {"ts": "t1", "level": "INFO", "message": "Patient Amelia Hartwell called 415-555-0199."},
    {"ts": "t2", "note": "DOB 03/14/1961; email a.hartwell@example.org", "user_id": 17},
    {"ts": "t3", "message": "BP 128/82, no complaints."},
]


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_jsonl_fields_are_redacted_and_other_fields_pass_through(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(RECORDS))
    out = tmp_path / "out.jsonl"
    stats = redact_file(src, str(out), RedactOptions(workers=1))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines[0] == {"ts": "t1", "level": "INFO", "message": "Patient [PERSON] called [PHONE]."}
    assert lines[1] == {"ts": "t2", "note": "DOB [DATE]; email [EMAIL]", "user_id": 17}
    assert lines[2] == RECORDS[2]
    assert stats.records == 3 and stats.spans == {"PERSON": 1, "PHONE": 1, "DATE": 1, "EMAIL": 1}


def test_plain_text_one_record_a_line(tmp_path: Path) -> None:
    src = _write(tmp_path, "notes.txt", b"Call Dr. Amelia Hartwell at 415-555-0199\nno pii here\n")
    out = tmp_path / "out.txt"
    redact_file(src, str(out), RedactOptions(workers=1))
    assert out.read_text() == "Call Dr. [PERSON] at [PHONE]\nno pii here\n"


def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    records = [dict(r, n=i) for i in range(200) for r in RECORDS]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    redact_file(src, str(tmp_path / "one.jsonl"), RedactOptions(workers=1, chunk_records=16))
    redact_file(src, str(tmp_path / "two.jsonl"), RedactOptions(workers=2, chunk_records=16))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


SECRET = "Ximena Canaryfield"
BAD_INPUTS = [
    ("missing", None, "no such file"),
    ("empty", b"", "is empty"),
    (
        "invalid json",
        _jsonl(RECORDS[:1]) + f'{{"message": "{SECRET}"'.encode() + b"\n",
        "line 2: invalid JSON",
    ),
    ("not an object", _jsonl(RECORDS[:1]) + b"[1, 2]\n", "line 2: expected a JSON object"),
    (
        "not utf-8",
        _jsonl(RECORDS[:1]) + '{"message": "Jos\u00e9"}\n'.encode("latin-1"),
        "line 2 is not UTF-8",
    ),
    (
        "10 MB record",
        _jsonl(RECORDS[:1]) + json.dumps({"message": "x" * 10_000_000}).encode() + b"\n",
        "line 2 is 10,000,016 bytes; the limit is 1,048,576",
    ),
]


@pytest.mark.parametrize(("case", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_named_and_nothing_is_written(
    tmp_path: Path, case: str, data: bytes | None, message: str
) -> None:
    src = str(tmp_path / "logs.jsonl")
    if data is not None:
        Path(src).write_bytes(data)
    out = tmp_path / "out" / "redacted.jsonl"
    with pytest.raises(InputError, match=message) as info:
        redact_file(src, str(out), RedactOptions(workers=1))
    assert SECRET not in str(info.value)
    assert not out.exists()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_missing_text_field_fails_or_passes_as_configured(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl([{"ts": "t", "body": "Amelia Hartwell"}]))
    out = tmp_path / "out.jsonl"
    with pytest.raises(
        InputError, match=r"line 1: none of the text fields \['message'\] is present"
    ):
        redact_file(
            src, str(out), RedactOptions(workers=1, fields=["message"], on_missing_field="fail")
        )
    assert not out.exists()
    redact_file(src, str(out), RedactOptions(workers=1, fields=["message"]))
    assert json.loads(out.read_text()) == {"ts": "t", "body": "Amelia Hartwell"}


def test_residual_pii_fails_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An engine that misses everything: the residual scan must catch the phone it left.
    monkeypatch.setattr(
        stream_module.RedactionEngine, "find_many", lambda self, texts: [[] for _ in texts]
    )
    src = _write(tmp_path, "logs.jsonl", _jsonl(RECORDS[:1]))
    out = tmp_path / "out.jsonl"
    with pytest.raises(
        CheckFailed, match=r"residual scan found PII .*PHONE: 1.*nothing was written"
    ):
        redact_file(src, str(out), RedactOptions(workers=1))
    assert not out.exists()
