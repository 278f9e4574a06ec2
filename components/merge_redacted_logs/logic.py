"""Steps 2 and 3 of the redaction contract, over shards: merge, check the total, publish once.

The shards' rows are concatenated in plan order, which is the input's order, so the
output is byte for byte the one ``redact_clinical_logs`` writes for the whole file.
Their figures are added (``RedactionStats.add``, as redact_file adds its chunks), and
the report and metrics are rendered by the same ``RedactionReport`` from the one
evaluation score_redaction_engine made: the corpus is scored once.

Everything is checked before a byte is written, and the output appears only if all
of it holds: the evaluation passed its floors; the shards are exactly those planned,
none missing or repeated; they ran the engine that was scored (model and locales);
the input held records; the residual hits over all shards stay within
``max_residual``; and each shard's rows are still those its task wrote (sha256, checked
while they are copied: on a mismatch the write is abandoned, nothing is published).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import IO

from mlgate import storage
from mlgate.components.plan_log_shards.logic import Shard, check_plan
from mlgate.components.redact_clinical_logs.logic import RedactionReport
from mlgate.components.redact_log_shard.logic import ShardResult
from mlgate.components.score_redaction_engine.logic import ScoredEngine
from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import RedactionStats
from mlgate.redaction.stream import residual_failure

__all__ = ["merge_redacted_shards"]

_CHUNK = 8 * 1024 * 1024


def merge_redacted_shards(
    parts: Sequence[tuple[str, ShardResult]],
    output_uri: str,
    *,
    input_uri: str,
    plan: Sequence[Shard],
    evaluation_uri: str,
    max_residual: int = 0,
    report_uri: str | None = None,
    html_report_uri: str | None = None,
) -> RedactionReport:
    """Merges redacted shards into ``output_uri`` under one contract (see the module docstring).

    Args:
        parts: (URI of a shard's redacted rows, what its task reported), in any order.
        output_uri: Where the redacted file goes; written only if every check passes.
        input_uri: The input the shards came from (named in messages).
        plan: The shards as plan_log_shards planned them.
        evaluation_uri: What score_redaction_engine wrote.
        max_residual: Residual-scan hits the whole output may hold and still be published.
        report_uri: Where the Markdown report goes.
        html_report_uri: Where the HTML report goes (default: beside the Markdown one).

    Raises:
        CheckFailed: the evaluation is below a floor; a shard is missing, repeated, not
            the one planned or redacted with another engine; the residual hits exceed
            ``max_residual``; or a shard's rows changed after its task wrote them.
            Nothing is published.
        InputError: the input held no record, the plan is not whole, or an argument is
            unusable.
    """
    if max_residual < 0:
        raise InputError(f"max_residual is {max_residual}; it must be 0 or more")
    check_plan(plan)
    scored = ScoredEngine.read(evaluation_uri)
    failures = scored.floors.failures(scored.evaluation)
    if failures:  # score_redaction_engine writes no such evaluation; refuse one all the same
        raise CheckFailed(
            f"redaction on {scored.corpus_uri}: {'; '.join(failures)}; refusing to publish "
            "(nothing was written)"
        )
    ordered = _in_plan_order(parts, plan)
    _check_engine(ordered, scored)
    stats = RedactionStats(format=ordered[0][1].format)
    for _, result in ordered:
        stats.add(result.stats())
    if stats.records == 0:
        raise InputError(f"{input_uri}: is empty; expected one record a line")
    if stats.residual_total > max_residual:
        raise CheckFailed(residual_failure(stats, max_residual))
    with storage.open_write(output_uri) as sink:
        for uri, result in ordered:
            _copy_checked(uri, result, sink)
    report = RedactionReport(
        scored.evaluation, stats, scored.floors, max_residual, scored.corpus_uri
    )
    report.write(report_uri, html_report_uri)
    return report


def _in_plan_order(
    parts: Sequence[tuple[str, ShardResult]], plan: Sequence[Shard]
) -> list[tuple[str, ShardResult]]:
    """``parts`` in plan order, once each; refused unless they are exactly the planned shards."""
    by_index: dict[int, tuple[str, ShardResult]] = {}
    repeated, foreign = [], []
    for uri, result in parts:
        index = result.shard.index
        if index in by_index:
            repeated.append(index)
        elif index >= len(plan) or result.shard != plan[index]:
            foreign.append(index)
        else:
            by_index[index] = (uri, result)
    missing = [shard.index for shard in plan if shard.index not in by_index]
    problems = [
        f"{what} {sorted(set(indexes))}"
        for what, indexes in (
            ("missing", missing),
            ("repeated", repeated),
            ("not planned", foreign),
        )
        if indexes
    ]
    if problems:
        raise CheckFailed(
            f"the redacted shards are not the {len(plan)} planned: shard(s) "
            f"{'; '.join(problems)}; nothing was written. Collect every redact_log_shard "
            "output of this run's plan (dsl.Collected)"
        )
    return [by_index[shard.index] for shard in plan]


def _check_engine(parts: Sequence[tuple[str, ShardResult]], scored: ScoredEngine) -> None:
    """The shards ran the engine that was scored, and read the input in one format."""
    for _, result in parts:
        if (result.use_model, result.locales) != (scored.use_model, scored.locales):
            raise CheckFailed(
                f"shard {result.shard.index} was redacted with use_model={result.use_model}, "
                f"locales={result.locales}, but the engine was scored with "
                f"use_model={scored.use_model}, locales={scored.locales}; nothing was "
                "written. Give score_redaction_engine and redact_log_shard the same locales"
            )
        if result.format != parts[0][1].format:
            raise CheckFailed(
                f"shard {result.shard.index} was read as {result.format}, shard 0 as "
                f"{parts[0][1].format}; nothing was written. Give every shard the same input"
            )


def _copy_checked(uri: str, result: ShardResult, sink: IO[bytes]) -> None:
    digest = hashlib.sha256()
    with storage.open_read(uri) as source:
        while block := source.read(_CHUNK):
            digest.update(block)
            sink.write(block)
    if digest.hexdigest() != result.sha256:
        # Raised inside the caller's open_write: the half-merged file is never published.
        raise CheckFailed(
            f"shard {result.shard.index}: its redacted rows ({uri}) are not those its task "
            f"wrote (sha256 {digest.hexdigest()[:12]}, expected {result.sha256[:12]}); "
            "nothing was written. Re-run the shard"
        )
