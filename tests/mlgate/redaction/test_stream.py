"""redact_file: formats, fields at any depth, unlisted text, the residual scan over every string,
bad input with nothing written, parallel equals serial."""

import json
from pathlib import Path

import pytest

from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import RedactOptions, redact_file
from mlgate.redaction import stream as stream_module
from tests.conftest import run_cli

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
        CheckFailed,
        match=r"residual scan found 1 leak-shaped string.* above max_residual 0: "
        r"[a-z_]+ 1 \(line 1\); nothing was written",
    ) as info:
        redact_file(src, str(out), RedactOptions(workers=1))
    assert "415-555-0199" not in str(info.value)
    assert not out.exists()


NESTED = {
    "ts": "t1",
    "message": {
        "body": "Patient Amelia Hartwell called (212) 555-0147.",
        "parts": ["DOB 03/14/1961", {"reply": "email a.hartwell@example.org"}, 7, None],
    },
}


def test_every_string_under_a_text_field_is_redacted_at_any_depth(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl([NESTED]))
    out = tmp_path / "out.jsonl"
    stats = redact_file(src, str(out), RedactOptions(workers=1))
    assert json.loads(out.read_text()) == {
        "ts": "t1",
        "message": {
            "body": "Patient [PERSON] called [PHONE].",
            "parts": ["DOB [DATE]", {"reply": "email [EMAIL]"}, 7, None],
        },
    }
    assert stats.spans == {"PERSON": 1, "PHONE": 1, "DATE": 1, "EMAIL": 1}
    assert not stats.residual


def test_deeply_nested_records_do_not_exhaust_the_stack(tmp_path: Path) -> None:
    deep: object = "call (212) 555-0147"
    for _ in range(900):
        deep = [deep]
    src = _write(tmp_path, "logs.jsonl", _jsonl([{"message": deep}]))
    out = tmp_path / "out.jsonl"
    redact_file(src, str(out), RedactOptions(workers=1))
    assert "555-0147" not in out.read_text() and "[PHONE]" in out.read_text()


UNLISTED = [
    {"ts": "t1", "level": "INFO", "message": "BP 128/82.", "user": "u-17"},
    {"ts": "t2", "message": "ok", "body": "Amelia Hartwell rang"},
    {"ts": "t3", "message": "ok", "meta": {"notes": ["n/a", "spoke to Amelia Hartwell"]}},
]


def test_unlisted_text_passes_by_default(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(UNLISTED))
    out = tmp_path / "out.jsonl"
    redact_file(src, str(out), RedactOptions(workers=1))
    assert [json.loads(line) for line in out.read_text().splitlines()][1:] == UNLISTED[1:]


def test_unlisted_text_is_redacted_on_request(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(UNLISTED))
    out = tmp_path / "out.jsonl"
    redact_file(src, str(out), RedactOptions(workers=1, on_unlisted_text="redact"))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines[1]["body"] == "[PERSON] rang"
    assert lines[2]["meta"] == {"notes": ["n/a", "spoke to [PERSON]"]}
    assert lines[0]["level"] == "INFO"


def test_unlisted_free_text_fails_naming_lines_and_paths_never_content(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(UNLISTED))
    out = tmp_path / "out.jsonl"
    with pytest.raises(CheckFailed) as info:
        redact_file(src, str(out), RedactOptions(workers=1, on_unlisted_text="fail"))
    message = str(info.value)
    assert "(line 2: body; line 3: meta.notes[1])" in message
    assert "nothing was written" in message and "on_unlisted_text" in message
    assert "Amelia" not in message and "u-17" not in message  # ts, level, user: not free text
    assert not out.exists()


def test_unlisted_values_the_residual_scan_flags_count_as_free_text(tmp_path: Path) -> None:
    records = [{"message": "ok", "contact": "a.hartwell@example.org"}]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    with pytest.raises(CheckFailed, match=r"line 1: contact\)") as info:
        redact_file(
            src, str(tmp_path / "out.jsonl"), RedactOptions(workers=1, on_unlisted_text="fail")
        )
    assert "hartwell" not in str(info.value)


def test_a_key_that_could_be_a_value_is_not_named(tmp_path: Path) -> None:
    records = [{"message": "ok", "seen": {"Amelia Hartwell": "came in today"}}]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    with pytest.raises(CheckFailed, match=r"line 1: seen\{a key\}") as info:
        redact_file(
            src, str(tmp_path / "out.jsonl"), RedactOptions(workers=1, on_unlisted_text="fail")
        )
    assert "Amelia" not in str(info.value)


def test_the_residual_scan_covers_every_field_and_key(tmp_path: Path) -> None:
    records = [
        {"message": "ok"},
        {"message": "ok", "billing": {"ref": ["Medicare 2123 45670 1"]}},
        {"message": "ok", "a.hartwell@example.org": True},
    ]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    out = tmp_path / "out.jsonl"
    with pytest.raises(CheckFailed, match=r"email 1 \(line 3\); health_plan 1 \(line 2\)"):
        redact_file(src, str(out), RedactOptions(workers=1))
    assert not out.exists()
    # Within max_residual the output is published, and the hits are counted by line.
    stats = redact_file(src, str(out), RedactOptions(workers=1), max_residual=2)
    assert stats.residual == {"health_plan": 1, "email": 1}
    assert stats.residual_lines == {"health_plan": [2], "email": [3]}
    assert stats.residual_records == 2 and out.exists()


def test_residual_hits_merge_across_workers(tmp_path: Path) -> None:
    records = [{"message": "ok", "n": i, "ref": "Medicare 2123 45670 1"} for i in range(40)]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    out = tmp_path / "out.jsonl"
    options = RedactOptions(workers=2, chunk_records=7, use_model=False)
    stats = redact_file(src, str(out), options, max_residual=40)
    assert stats.residual == {"health_plan": 40}
    assert stats.residual_lines["health_plan"] == list(range(1, 41))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 0}, "workers: Input should be greater than or equal to 1"),
        ({"on_unlisted_text": "drop"}, "on_unlisted_text: Input should be 'pass', 'redact' or"),
        ({"colour": "red"}, "colour: Extra inputs are not permitted"),
    ],
)
def test_bad_options_are_input_errors(options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        RedactOptions.checked(options)


def test_locales_are_checked_before_anything_is_read(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="locale"):
        redact_file(str(tmp_path / "missing.jsonl"), str(out), RedactOptions(locales=["xx-XX"]))
    assert not out.exists()


def test_negative_max_residual_is_refused(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(RECORDS))
    with pytest.raises(InputError, match="max_residual is -1; it must be 0 or more"):
        redact_file(src, str(tmp_path / "out.jsonl"), max_residual=-1)


def test_redact_cli_refuses_unlisted_text_with_exit_1(tmp_path: Path) -> None:
    src = _write(tmp_path, "logs.jsonl", _jsonl(UNLISTED))
    out = tmp_path / "out.jsonl"
    result = run_cli("redact", "--input", src, "--output", str(out), "--on-unlisted-text", "fail")
    assert result.returncode == 1, result.stderr
    assert "line 2: body" in result.stderr and "Amelia" not in result.stderr
    assert not out.exists()
    ok = run_cli("redact", "--input", src, "--output", str(out), "--on-unlisted-text", "redact")
    assert ok.returncode == 0, ok.stderr
    assert "residual scan: clean" in ok.stdout and "Amelia" not in out.read_text()


def test_locales_reach_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    real = stream_module.RedactionEngine

    class Spy(real):
        def __init__(self, **kwargs: object) -> None:
            seen.append(kwargs.get("locales"))
            super().__init__(**kwargs)

    monkeypatch.setattr(stream_module, "RedactionEngine", Spy)
    src = _write(tmp_path, "logs.jsonl", _jsonl([{"message": "rang 0412 345 678"}]))
    out = tmp_path / "out.jsonl"
    redact_file(src, str(out), RedactOptions(workers=1, use_model=False, locales=["en-AU"]))
    assert seen == [["en-AU"]]
    assert json.loads(out.read_text()) == {"message": "rang [PHONE]"}


def test_with_fail_a_free_text_key_is_refused_even_under_a_text_field(tmp_path: Path) -> None:
    records = [{"message": {"Amelia Hartwell": "came in"}, "chief complaint": "cough"}]
    src = _write(tmp_path, "logs.jsonl", _jsonl(records))
    with pytest.raises(CheckFailed) as info:
        redact_file(
            src, str(tmp_path / "out.jsonl"), RedactOptions(workers=1, on_unlisted_text="fail")
        )
    assert "(line 1: message{a key}; line 1: {a top-level key})" in str(info.value)
    assert "Amelia" not in str(info.value) and "complaint" not in str(info.value)


def test_redact_lines_numbers_lines_from_the_first_line_it_is_given() -> None:
    # A shard's rows keep their whole-file line numbers: in messages and residual hits.
    rows = [b'{"text": "Seen by Dr Jane Smith"}\n', b"not json\n"]
    options = RedactOptions(use_model=False, workers=1)
    chunks = stream_module.redact_lines(rows[:1], "logs.jsonl", options, jsonl=True, first_line=41)
    ((data, stats),) = list(chunks)
    assert b"Jane Smith" not in data and stats.records == 1
    with pytest.raises(InputError, match=r"logs.jsonl: line 42: invalid JSON"):
        list(stream_module.redact_lines(rows, "logs.jsonl", options, jsonl=True, first_line=41))
