"""redact_shard: a shard's rows redacted as the whole-file run redacts them, named by whole-file line.

Each failure is compared with the one ``redact_clinical_logs`` raises on the same file:
same class, same words, same line numbers.
"""

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from mlgate.components.plan_log_shards.logic import Shard, plan_shards
from mlgate.components.redact_clinical_logs.logic import redact_clinical_logs
from mlgate.components.redact_log_shard.logic import ShardResult, redact_shard
from mlgate.errors import CheckFailed, InputError, MlgateError
from mlgate.redaction import RedactOptions

MEDICARE = "2123 45670 1"
FAST = RedactOptions(workers=1, chunk_records=3)


def _write(tmp_path: Path, records: Sequence[object], name: str = "logs.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))
    return path


def _whole_file_error(path: Path, tmp_path: Path, **kwargs: object) -> MlgateError:
    with pytest.raises(MlgateError) as info:
        redact_clinical_logs(str(path), str(tmp_path / "whole.jsonl"), **kwargs)  # type: ignore[arg-type]
    return info.value


def _last_shard(path: Path, shards: int = 2) -> Shard:
    *_, last = plan_shards(str(path), shards)
    assert last.first_line > 1
    return last


def test_a_shard_redacts_its_rows_and_reports_whole_file_lines(tmp_path: Path) -> None:
    records = [{"message": f"Seen by Dr Ana Lopez, visit {i}."} for i in range(8)]
    records[6] = {"message": "Claim lodged.", "billing": f"Medicare {MEDICARE}"}
    path = _write(tmp_path, records)
    shard = _last_shard(path)
    out = tmp_path / "shard.jsonl"
    result = redact_shard(str(path), str(out), shard, FAST, max_residual=1)
    rows = out.read_text().splitlines()
    assert len(rows) == result.records == shard.lines
    assert "Ana Lopez" not in out.read_text() and "[PERSON]" in out.read_text()
    assert result.residual == {"health_plan": 1} and result.residual_lines == {"health_plan": [7]}
    assert result.spans["PERSON"] >= shard.lines - 1
    assert ShardResult.model_validate_json(result.model_dump_json()) == result


def test_a_bad_line_is_named_by_its_line_in_the_whole_file(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"message": "fine"}] * 6 + ["{not json"] + [{"message": "fine"}])
    expected = _whole_file_error(path, tmp_path, min_f1=None)
    assert isinstance(expected, InputError) and ": line 7: invalid JSON" in str(expected)
    with pytest.raises(InputError) as info:
        redact_shard(str(path), str(tmp_path / "shard.jsonl"), _last_shard(path), FAST)
    assert str(info.value) == str(expected)
    assert not (tmp_path / "shard.jsonl").exists()


def test_refused_unlisted_text_is_named_by_its_line_in_the_whole_file(tmp_path: Path) -> None:
    records = [{"message": "ok", "note2": "fine"}] * 7 + [
        {"message": "ok", "extra": "Ana Lopez called"}
    ]
    path = _write(tmp_path, records)
    options = RedactOptions(workers=1, on_unlisted_text="fail")
    expected = _whole_file_error(path, tmp_path, min_f1=None, options=options)
    assert isinstance(expected, CheckFailed) and "line 8: extra" in str(expected)
    with pytest.raises(CheckFailed) as info:
        redact_shard(str(path), str(tmp_path / "shard.jsonl"), _last_shard(path), options)
    assert str(info.value) == str(expected)


def test_a_shard_over_max_residual_writes_nothing_and_says_what_the_whole_run_says(
    tmp_path: Path,
) -> None:
    records = [{"message": "ok"}] * 20 + [
        {"message": "Claim.", "billing": f"Medicare {MEDICARE}"}
    ] * 2
    path = _write(tmp_path, records)
    expected = _whole_file_error(path, tmp_path, min_f1=None, max_residual=1)
    assert "above max_residual 1: health_plan 2 (lines 21, 22)" in str(expected)
    with pytest.raises(CheckFailed) as info:
        redact_shard(str(path), str(tmp_path / "s.jsonl"), _last_shard(path), FAST, max_residual=1)
    assert str(info.value) == str(expected)
    assert not (tmp_path / "s.jsonl").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: data + b'{"message": "late"}\n', "is 1[0-9]+ bytes, not 1[0-9]+: it changed"),
        (lambda data: b"x" + data[:-1], "has no line start at byte"),
    ],
)
def test_an_input_changed_since_planning_is_refused(tmp_path: Path, change, message: str) -> None:
    path = _write(tmp_path, [{"message": f"note {i}"} for i in range(8)])
    shard = _last_shard(path)
    path.write_bytes(change(path.read_bytes()))
    with pytest.raises(CheckFailed, match=f"{message}.* since its shards were planned"):
        redact_shard(str(path), str(tmp_path / "shard.jsonl"), shard, FAST)
    assert not (tmp_path / "shard.jsonl").exists()


def test_an_empty_shard_writes_an_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"message": "one"}, "", "", {"message": "two"}])
    data = path.read_bytes()
    start = data.index(b"\n") + 1
    blank = Shard(index=1, first_line=2, lines=2, start=start, end=start + 2, input_bytes=len(data))
    assert data[blank.start : blank.end] == b"\n\n"  # only blank JSON Lines
    empty = blank.model_copy(update={"lines": 0, "end": start})
    for shard in (blank, empty):
        out = tmp_path / f"shard-{shard.lines}.jsonl"
        result = redact_shard(str(path), str(out), shard, FAST)
        assert out.read_bytes() == b"" and result.records == 0
        assert result.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
