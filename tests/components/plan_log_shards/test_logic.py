"""plan_shards: whole lines, every line once, cut near equal byte offsets, numbers only."""

from pathlib import Path

import pytest

from mlgate.components.plan_log_shards.logic import MAX_SHARDS, Shard, check_plan, plan_shards
from mlgate.errors import InputError


def _lines(data: bytes, shard: Shard) -> list[bytes]:
    return data[shard.start : shard.end].splitlines(keepends=True)


@pytest.mark.parametrize("shards", [1, 2, 3, 4, 7])
@pytest.mark.parametrize(
    "data",
    [
        b'{"message": "short"}\n' * 10,
        # Uneven: one long note among short lines, blank lines, no newline at the end.
        b'{"m": "a"}\n'
        + b'{"m": "'
        + b"x" * 500
        + b'"}\n'
        + b"\n\n"
        + b'{"m": "b"}\n' * 5
        + b"end",
        b"\r\nplain text\r\n\r\n" * 3,
    ],
)
def test_shards_cover_every_line_once_in_order(tmp_path: Path, data: bytes, shards: int) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_bytes(data)
    plan = plan_shards(str(path), shards)
    check_plan(plan)
    assert 1 <= len(plan) <= shards
    assert [line for s in plan for line in _lines(data, s)] == data.splitlines(keepends=True)
    for shard in plan:
        assert shard.lines == len(_lines(data, shard)) > 0
        assert shard.start == 0 or data[shard.start - 1 : shard.start] == b"\n"


def test_cuts_balance_bytes_not_rows(tmp_path: Path) -> None:
    # Two long notes first, then many short lines: half the bytes is 2 rows, not half of them.
    data = (b'{"m": "' + b"x" * 1000 + b'"}\n') * 2 + b'{"m": "y"}\n' * 180
    path = tmp_path / "logs.jsonl"
    path.write_bytes(data)
    first, second = plan_shards(str(path), 2)
    assert (first.first_line, first.lines) == (1, 2) and abs(first.end - len(data) / 2) < 1100
    assert (second.first_line, second.lines) == (3, 180)


def test_fewer_lines_than_shards_gives_fewer_shards(tmp_path: Path) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_bytes(b'{"message": "one"}\n{"message": "two"}\n')
    plan = plan_shards(str(path), 5)
    assert [(s.first_line, s.lines) for s in plan] == [(1, 1), (2, 1)]


def test_an_empty_file_is_refused_as_the_whole_file_run_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"logs\.jsonl: is empty; expected one record a line"):
        plan_shards(str(path), 2)


@pytest.mark.parametrize("shards", [0, -1, MAX_SHARDS + 1, True, 2.0])
def test_shards_out_of_range_is_bad_input(tmp_path: Path, shards: object) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_bytes(b"x\n")
    with pytest.raises(InputError, match=f"shards is {shards!r}; it must be a whole number from 1"):
        plan_shards(str(path), shards)  # type: ignore[arg-type]


def test_a_shard_from_kfp_takes_whole_floats_and_refuses_anything_else() -> None:
    # KFP hands list items over as JSON numbers: 3 arrives as 3.0.
    raw = {"index": 1.0, "first_line": 3.0, "lines": 2.0, "start": 10.0, "end": 20.0,
           "input_bytes": 20.0}  # fmt: skip
    assert Shard.checked(raw) == Shard(
        index=1, first_line=3, lines=2, start=10, end=20, input_bytes=20
    )
    with pytest.raises(InputError, match=r"shard: extra: Extra inputs are not permitted"):
        Shard.checked({**raw, "extra": 1})
    with pytest.raises(InputError, match=r"shard: start: Input should be a valid integer"):
        Shard.checked({**raw, "start": 10.5})
    with pytest.raises(InputError, match="needs start <= end <= input_bytes, got 20, 10, 20"):
        Shard.checked({**raw, "start": 20, "end": 10})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p[1:], "shard 0 has index 1"),
        (
            lambda p: [p[0], p[0].model_copy(update={"index": 1}), *p[2:]],
            "shard 1 starts at byte 0",
        ),
        (lambda p: p[:-1], r"it ends at byte \d+ of \d+"),
        (lambda p: [], "the shard plan is empty"),
    ],
)
def test_a_plan_that_is_not_whole_is_named(tmp_path: Path, change, message: str) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_bytes(b"a\nb\nc\n")
    plan = plan_shards(str(path), 3)
    assert len(plan) == 3
    with pytest.raises(InputError, match=message):
        check_plan(change(plan))
