"""Sharded redaction is the whole-file redaction: same bytes, same metrics, same report, same refusals.

Every test runs the pieces the sharded pipeline wires (plan_shards, score_redaction_engine
once, redact_shard per shard, merge_redacted_shards) and compares the result with
``redact_clinical_logs`` (or ``redact_file``) on the same input.
"""

import json
import random
from pathlib import Path

import pytest

from mlgate.components.merge_redacted_logs.logic import merge_redacted_shards
from mlgate.components.plan_log_shards.logic import Shard, plan_shards
from mlgate.components.redact_clinical_logs.logic import RedactionReport, redact_clinical_logs
from mlgate.components.redact_log_shard.logic import ShardResult, redact_shard
from mlgate.components.score_redaction_engine.logic import ScoredEngine, score_redaction_engine
from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import RedactOptions, load_corpus, redact_file

MEDICARE = "2123 45670 1"
CANARIES = {
    "Ximena Canaryfield": "Patient Ximena Canaryfield reports chest pain.",
    "canary.x9q@example.org": "Portal message from canary.x9q@example.org about a refill.",
    "219-09-9999": "SSN 219-09-9999 verified at registration.",
}
OPTIONS = RedactOptions(chunk_records=4)  # both workers, many chunks per shard
FAST = RedactOptions(workers=1)
MAX_RESIDUAL = 100


def corpus_logs(path: Path) -> Path:
    """Reference-corpus notes as JSON Lines: very uneven lengths, blank lines, two planted
    residual hits, canaries, and no newline after the last line."""
    docs = load_corpus()[:45]
    lines = []
    for i, doc in enumerate(docs):
        # Every ninth record is six notes long; the rest are one note.
        text = " ".join(d.text for d in docs[i : i + 6]) if i % 9 == 4 else doc.text
        lines.append(
            json.dumps({"ts": f"2026-11-{i % 28 + 1:02d}", "level": "INFO", "message": text})
        )
        if i % 13 == 7:
            lines.append("")  # a blank JSON Line: a line, not a record
    claim = json.dumps({"message": "Claim lodged.", "billing": f"Medicare {MEDICARE}"})
    lines[3:3] = [claim]
    lines[40:40] = [claim, *(json.dumps({"message": m}) for m in CANARIES.values())]
    path.write_text("\n".join(lines))
    return path


def run_sharded(
    logs: Path,
    folder: Path,
    evaluation: str,
    shards: int | list[Shard],
    options: RedactOptions = OPTIONS,
    max_residual: int = MAX_RESIDUAL,
) -> tuple[RedactionReport, list[tuple[str, ShardResult]]]:
    """The sharded pipeline at the logic level; shard outputs collected in any order."""
    plan = plan_shards(str(logs), shards) if isinstance(shards, int) else shards
    parts = []
    for shard in plan:
        uri = str(folder / f"shard-{shard.index}.jsonl")
        parts.append((uri, redact_shard(str(logs), uri, shard, options, max_residual=max_residual)))
    random.Random(len(plan)).shuffle(parts)
    report = merge_redacted_shards(
        parts,
        str(folder / "out.jsonl"),
        input_uri=str(logs),
        plan=plan,
        evaluation_uri=evaluation,
        max_residual=max_residual,
        report_uri=str(folder / "report.md"),
    )
    return report, parts


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> str:
    uri = tmp_path_factory.mktemp("scored") / "evaluation.json"
    score_redaction_engine(str(uri))
    return str(uri)


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RedactionReport]:
    """``redact_clinical_logs`` on the corpus-style logs: what every shard count must equal."""
    folder = tmp_path_factory.mktemp("whole")
    logs = corpus_logs(folder / "logs.jsonl")
    report = redact_clinical_logs(
        str(logs),
        str(folder / "out.jsonl"),
        max_residual=MAX_RESIDUAL,
        options=OPTIONS,
        report_uri=str(folder / "report.md"),
    )
    return folder, report


@pytest.mark.parametrize("shards", [1, 2, 3])
def test_sharded_output_metrics_and_report_are_the_unsharded_ones(
    tmp_path: Path, evaluation: str, whole: tuple[Path, RedactionReport], shards: int
) -> None:
    folder, expected = whole
    logs = folder / "logs.jsonl"
    report, parts = run_sharded(logs, tmp_path, evaluation, shards)
    assert len(parts) == shards
    if shards > 1:  # cut by bytes: the shards hold different numbers of lines
        assert len({result.shard.lines for _, result in parts}) > 1
    for name in ("out.jsonl", "report.md", "report.html"):
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
    assert report.metrics() == expected.metrics()
    assert report.stats.residual_lines == expected.stats.residual_lines
    assert report.stats.residual_lines["health_plan"][:2] == [4, 41]  # whole-file lines
    evidence = [(tmp_path / n).read_text() for n in ("out.jsonl", "report.md", "report.html")]
    evidence += [Path(uri).read_text() + result.model_dump_json() for uri, result in parts]
    for text in evidence:
        for canary in CANARIES:
            assert canary not in text


def test_a_shard_of_blank_lines_only_is_empty_and_changes_nothing(
    tmp_path: Path, evaluation: str
) -> None:
    note = " ".join(d.text for d in load_corpus()[:8])
    logs = tmp_path / "logs.jsonl"
    body = json.dumps({"message": note}) + "\n"
    logs.write_text(body + "\n" * len(body) + body)
    plan = plan_shards(str(logs), 3)
    report, parts = run_sharded(logs, tmp_path, evaluation, plan, FAST)
    records = {result.shard.index: result.records for _, result in parts}
    assert records == {0: 1, 1: 0, 2: 1}
    whole = redact_file(str(logs), str(tmp_path / "whole.jsonl"), FAST)
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert report.stats.spans == whole.spans and report.stats.records == 2


def test_an_empty_byte_range_in_the_plan_changes_nothing(tmp_path: Path, evaluation: str) -> None:
    logs = tmp_path / "logs.jsonl"
    logs.write_text("".join(json.dumps({"message": m}) + "\n" for m in CANARIES.values()))
    first, second = plan_shards(str(logs), 2)
    empty = Shard(index=1, first_line=second.first_line, lines=0, start=second.start,
                  end=second.start, input_bytes=second.input_bytes)  # fmt: skip
    plan = [first, empty, second.model_copy(update={"index": 2})]
    run_sharded(logs, tmp_path, evaluation, plan, FAST)
    redact_file(str(logs), str(tmp_path / "whole.jsonl"), FAST)
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_plain_text_logs_shard_alike(tmp_path: Path, evaluation: str) -> None:
    logs = tmp_path / "app.log"  # text: every line is a record, blank ones too
    logs.write_text("\n".join([*CANARIES.values(), "", "Seen by Dr Ana Lopez.", "", "done"]))
    run_sharded(logs, tmp_path, evaluation, 3, FAST)
    redact_file(str(logs), str(tmp_path / "whole.log"), FAST)
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "whole.log").read_bytes()


def test_residual_hits_over_the_limit_in_total_fail_the_merge_as_the_whole_run_fails(
    tmp_path: Path, evaluation: str
) -> None:
    claim = {"message": "Claim lodged.", "billing": f"Medicare {MEDICARE}"}
    logs = tmp_path / "logs.jsonl"
    logs.write_text("".join(json.dumps(r) + "\n" for r in [claim, *[{"message": "ok"}] * 8, claim]))
    with pytest.raises(CheckFailed) as whole:
        redact_clinical_logs(str(logs), str(tmp_path / "whole.jsonl"), max_residual=1)
    with pytest.raises(CheckFailed) as merged:  # each shard holds one hit: within 1 alone
        run_sharded(logs, tmp_path, evaluation, 2, FAST, max_residual=1)
    assert str(merged.value) == str(whole.value)
    assert "health_plan 2 (lines 1, 10)" in str(merged.value)
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "report.md").exists()


def test_an_input_without_records_is_empty_as_for_the_whole_run(
    tmp_path: Path, evaluation: str
) -> None:
    logs = tmp_path / "logs.jsonl"
    logs.write_text("\n\n \n")
    with pytest.raises(InputError) as whole:
        redact_clinical_logs(str(logs), str(tmp_path / "whole.jsonl"), options=FAST)
    with pytest.raises(InputError) as merged:
        run_sharded(logs, tmp_path, evaluation, 2, FAST)
    assert str(merged.value) == str(whole.value) == f"{logs}: is empty; expected one record a line"
    assert not (tmp_path / "out.jsonl").exists()


@pytest.fixture
def two_shards(tmp_path: Path) -> tuple[Path, list[Shard], list[tuple[str, ShardResult]]]:
    logs = tmp_path / "logs.jsonl"
    logs.write_text("".join(json.dumps({"message": m}) + "\n" for m in CANARIES.values()))
    plan = plan_shards(str(logs), 2)
    parts = []
    for shard in plan:
        uri = str(tmp_path / f"shard-{shard.index}.jsonl")
        parts.append((uri, redact_shard(str(logs), uri, shard, FAST)))
    return logs, plan, parts


def _merge(tmp_path: Path, logs: Path, plan: list[Shard], parts: list, evaluation: str) -> None:
    merge_redacted_shards(
        parts, str(tmp_path / "out.jsonl"), input_uri=str(logs), plan=plan,
        evaluation_uri=evaluation, report_uri=str(tmp_path / "report.md"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("pick", "message"),
    [
        (lambda p: p[:1], r"not the 2 planned: shard\(s\) missing \[1\]"),
        (lambda p: [p[0], p[0], p[1]], r"shard\(s\) repeated \[0\]"),
    ],
)
def test_missing_or_repeated_shards_publish_nothing(
    tmp_path: Path, evaluation: str, two_shards: tuple, pick, message: str
) -> None:
    logs, plan, parts = two_shards
    with pytest.raises(CheckFailed, match=message):
        _merge(tmp_path, logs, plan, pick(parts), evaluation)
    assert not (tmp_path / "out.jsonl").exists()


def test_a_shard_changed_after_its_task_publishes_nothing(
    tmp_path: Path, evaluation: str, two_shards: tuple
) -> None:
    logs, plan, parts = two_shards
    shard = Path(parts[1][0])
    shard.write_bytes(shard.read_bytes().replace(b"[", b"(", 1))  # a placeholder undone
    with pytest.raises(
        CheckFailed, match=r"shard 1: its redacted rows .* are not those its task wrote"
    ):
        _merge(tmp_path, logs, plan, parts, evaluation)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".out", "out", "report"))]


def test_shards_redacted_with_another_engine_than_the_scored_one_publish_nothing(
    tmp_path: Path, evaluation: str, two_shards: tuple
) -> None:
    logs, plan, parts = two_shards
    other = tmp_path / "evaluation.json"
    ScoredEngine.read(evaluation).model_copy(update={"locales": ["en-AU"]}).write(str(other))
    with pytest.raises(
        CheckFailed, match=r"shard 0 was redacted with use_model=True, locales=None, but the engine"
    ):
        _merge(tmp_path, logs, plan, parts, str(other))
    assert not (tmp_path / "out.jsonl").exists()


def test_an_evaluation_below_its_floors_publishes_nothing(
    tmp_path: Path, evaluation: str, two_shards: tuple
) -> None:
    logs, plan, parts = two_shards
    scored = ScoredEngine.read(evaluation)
    lowered = tmp_path / "evaluation.json"
    scored.model_copy(update={"floors": scored.floors.model_copy(update={"min_f1": 1.5})}).write(
        str(lowered)
    )
    with pytest.raises(
        CheckFailed, match=r"is below the floor 1\.5 \(min_f1\); refusing to publish"
    ):
        _merge(tmp_path, logs, plan, parts, str(lowered))
    assert not (tmp_path / "out.jsonl").exists()
