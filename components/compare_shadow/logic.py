"""Score a registry candidate and production on the same logged requests, and record what was found.

A shadow run answers "would this candidate have said what production said?" before
it takes live traffic: agreement overall and by slice, how far the predicted
probabilities moved, the per-request latency of both models, and, for the requests
whose label has arrived, the gate's own paired comparison (``mlgate.models.gate.decide``).
The report is bound to the candidate's version and model sha256 and, when asked,
recorded in the registry against that version, where a promotion policy can require
a passed one before ``--stage prod``.

Fails closed: a registry or a model that cannot be read, or a production model
that is missing, stops the task instead of reporting anything.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mlgate import storage
from mlgate.data.tables import read_table
from mlgate.errors import InputError, quote, shorten
from mlgate.models.evaluation import EvaluationConfig, baseline_outputs, compare, model_outputs
from mlgate.models.gate import GateSpec, decide, parse_gate_spec
from mlgate.models.registry import Registry, failing_closed, parse_ref
from mlgate.models.shadow import (
    Bound,
    LabelledComparison,
    Latency,
    ShadowReport,
    latency_summary,
    render_markdown,
    score_difference,
    slice_agreement,
)
from mlgate.models.training import BUNDLE_FILES, ModelBundle, read_bundle

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["compare_shadow"]


def compare_shadow(
    requests_uri: str,
    registry_uri: str,
    candidate: str,
    *,
    file_format: str | None = None,
    slice_column: str = "",
    min_agreement: float = 0.95,
    gate_spec: str = "",
    latency_rows: int = 200,
    record_as: str = "",
    report_uri: str | None = None,
    shadow_report_uri: str | None = None,
    log_metric: Callable[[str, float], Any] | None = None,
) -> ShadowReport:
    """Compares the candidate ``MODEL@X.Y.Z[-STAGE]`` with production on ``requests_uri``.

    Args:
        requests_uri: The logged requests (Parquet, CSV or JSON Lines): at least both
            models' features; the label column too where labels have arrived (missing
            labels are left out of the labelled comparison only).
        registry_uri: The model registry (local path or gs://bucket/prefix).
        candidate: The candidate, e.g. ``breast-cancer@1.4.0-canary``.
        file_format: ``"parquet"``, ``"csv"`` or ``"jsonl"``; by default the suffix decides.
        slice_column: A column of the requests to break disagreement down by ("" for none).
        min_agreement: The share of requests on which both must predict the same class.
        gate_spec: The GateSpec (JSON) for the labelled comparison ("" for the defaults).
        latency_rows: How many requests to time one at a time per model (0: none).
        record_as: Who records the report in the registry ("" records nothing).
        report_uri: Where the Markdown report goes.
        shadow_report_uri: Where the report JSON goes.
        log_metric: Called with each metric (name, value), e.g. a KFP Metrics artifact's.

    Raises:
        InputError: a bad ref, parameter or table (missing features or slice column).
        CheckFailed: no production model to compare with, or the registry or a model
            cannot be used (fail closed).
    """
    import numpy as np

    if not 0 <= min_agreement <= 1:
        raise InputError(f"min_agreement {quote(min_agreement)}: expected a number in [0, 1]")
    if latency_rows < 0:
        raise InputError(f"latency_rows {quote(latency_rows)}: expected 0 or more")
    spec = parse_gate_spec(gate_spec) if gate_spec.strip() else GateSpec()
    ref = parse_ref(candidate)
    ours, theirs, production_version = _models(registry_uri, candidate)
    table = read_table(requests_uri, file_format)
    if slice_column and slice_column not in table.columns:
        raise InputError(
            f"slice_column {quote(slice_column)} is not a column of {shorten(requests_uri)} "
            f"(columns: {', '.join(map(str, table.columns[:20]))})"
        )
    _check_features(table, ours, theirs, requests_uri)
    if ours.card.classes != theirs.card.classes:
        raise InputError(
            f"{candidate} predicts classes {quote(ours.card.classes)} but production "
            f"{production_version} predicts {quote(theirs.card.classes)}; a shadow comparison "
            "needs the same classes"
        )
    classes = np.asarray(ours.card.classes)
    p_ours = ours.model.predict_proba(table[ours.card.features])
    p_theirs = theirs.model.predict_proba(table[theirs.card.features])
    disagree = classes[p_ours.argmax(axis=1)] != classes[p_theirs.argmax(axis=1)]
    rows, wrong = len(table), int(disagree.sum())
    agreement = 1 - wrong / rows
    labelled = _labelled(table, ours, theirs, spec, production_version)
    reasons = [
        f"agreement {agreement:.4f} on {rows} requests "
        + (">=" if agreement >= min_agreement else "<")
        + f" {min_agreement:.4f} required"
    ]
    if labelled is None:
        reasons.append("no labels among the requests yet: agreement decides alone")
    else:
        reasons.append(
            f"with labels ({labelled.rows} rows) the gate's comparison says {labelled.decision}"
        )
    passed = agreement >= min_agreement and (labelled is None or labelled.decision == "promote")
    report = ShadowReport(
        id=secrets.token_hex(8),
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        model=ref.model,
        candidate=Bound(version=ref.version, model_sha256=ours.card.model_sha256),
        production=Bound(version=production_version, model_sha256=theirs.card.model_sha256),
        requests_sha256=_table_sha256(table),
        rows=rows,
        agreement=agreement,
        disagreements=wrong,
        min_agreement=min_agreement,
        score_difference=score_difference(p_ours, p_theirs),
        slice_column=slice_column or None,
        slices=slice_agreement(table[slice_column], disagree) if slice_column else [],
        latency=_latency(table, ours, theirs, latency_rows),
        labelled=labelled,
        passed=passed,
        reasons=reasons,
    )
    data = report.model_dump_json(indent=2).encode("utf-8")
    if shadow_report_uri:
        storage.write_bytes(shadow_report_uri, data)
    if report_uri:
        storage.write_bytes(report_uri, render_markdown(report).encode("utf-8"))
    if log_metric is not None:
        for name, value in sorted(_metrics(report).items()):
            log_metric(name, value)
    if record_as:
        Registry(registry_uri).record_shadow(ref.model, ref.version, data, who=record_as)
    return report


def _models(registry_uri: str, candidate: str) -> tuple[ModelBundle, ModelBundle, str]:
    """The candidate's bundle, production's, and production's version (fails closed)."""
    ref = parse_ref(candidate)  # a malformed ref is bad input (exit 2), not a closed gate
    with failing_closed(registry_uri, "registry models"):
        registry = Registry(registry_uri)
        name, version = registry.resolve(ref)
        production = registry.production(name)
        if production is None:
            raise InputError(
                f"{name} has no production version in {registry.uri} to shadow; promote one "
                "first (mlgate registry promote MODEL@X.Y.Z --stage prod)"
            )
        bundles = []
        for v in (version, production):
            files = {f: registry.read_file(name, v, f) for f in BUNDLE_FILES}
            bundle = read_bundle(files, f"{name}@{v}")
            _ = bundle.model  # loaded here, so that a corrupt file fails closed
            bundles.append(bundle)
    return bundles[0], bundles[1], production


def _check_features(
    table: pd.DataFrame, ours: ModelBundle, theirs: ModelBundle, source: str
) -> None:
    needed = dict.fromkeys([*ours.card.features, *theirs.card.features])
    missing = [f for f in needed if f not in table.columns]
    if missing:
        raise InputError(
            f"{shorten(source)}: missing feature column(s) {', '.join(map(quote, missing[:10]))}"
            f"{' ...' if len(missing) > 10 else ''}; the requests must carry every feature "
            "both models read"
        )


def _labelled(
    table: pd.DataFrame,
    ours: ModelBundle,
    theirs: ModelBundle,
    spec: GateSpec,
    production_version: str,
) -> LabelledComparison | None:
    """The gate's decision on the rows whose label has arrived; None when there are none."""
    label = ours.card.label
    if label not in table.columns:
        return None
    rows = table[table[label].notna()]
    if rows.empty:
        return None
    unknown = sorted(set(rows[label].tolist()) - set(ours.card.classes), key=str)
    if unknown:
        raise InputError(
            f"label column {quote(label)} holds values the models do not predict "
            f"({', '.join(map(quote, unknown[:5]))}); expected {quote(ours.card.classes)}"
        )
    rows = rows.astype({label: type(ours.card.classes[0])})
    # Scored as evaluate_model scores, on the same paired resamples, so that the gate's
    # uncertainty rules have the intervals they judge.
    config = EvaluationConfig()
    outputs = {
        "candidate": model_outputs(ours.model, rows, ours.card),
        "baseline": baseline_outputs(len(rows), ours.card),
        "production": model_outputs(theirs.model, rows, theirs.card),
    }
    scores, differences, slice_differences = compare(
        rows, ours.card, outputs, config, ours.config.slices
    )
    candidate, production = scores["candidate"], scores["production"]
    verdict = decide(
        spec,
        candidate,
        scores["baseline"],
        production,
        production_version,
        differences=differences,
        slice_differences=slice_differences,
        confidence=config.confidence,
        resamples=config.resamples,
    )
    return LabelledComparison(
        rows=len(rows),
        decision=verdict.decision,
        reasons=verdict.reasons,
        candidate=candidate.metrics,
        production=production.metrics,
    )


def _latency(
    table: pd.DataFrame, ours: ModelBundle, theirs: ModelBundle, limit: int
) -> dict[str, Latency]:
    """Per-request latency, one row at a time, interleaved so both see the same machine load."""
    if limit == 0:
        return {}
    sample = table.head(limit)
    timings: dict[str, list[float]] = {"candidate": [], "production": []}
    for i in range(len(sample)):
        for who, bundle in (("candidate", ours), ("production", theirs)):
            row = sample.iloc[i : i + 1][bundle.card.features]
            start = time.perf_counter()
            bundle.model.predict_proba(row)
            timings[who].append(time.perf_counter() - start)
    return {who: latency_summary(seconds) for who, seconds in timings.items()}


def _table_sha256(table: pd.DataFrame) -> str:
    """A sha256 of the table's values and column names, whatever file format carried them."""
    import pandas as pd

    digest = hashlib.sha256("\x1f".join(map(str, table.columns)).encode())
    digest.update(pd.util.hash_pandas_object(table, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _metrics(report: ShadowReport) -> dict[str, float]:
    values = {
        "agreement": report.agreement,
        "disagreements": float(report.disagreements),
        "rows": float(report.rows),
        "passed": float(report.passed),
        "score_difference_p95": report.score_difference.p95,
        "score_difference_max": report.score_difference.max,
    }
    for who, lat in report.latency.items():
        values[f"latency/{who}/p50_ms"] = lat.p50_ms
        values[f"latency/{who}/p95_ms"] = lat.p95_ms
    if report.labelled is not None:
        for who, scores in (
            ("candidate", report.labelled.candidate),
            ("production", report.labelled.production),
        ):
            values.update({f"labelled/{who}/{k}": v for k, v in scores.items()})
    return {k: v for k, v in values.items() if not _nan(v)}


def _nan(value: float) -> bool:
    return value != value  # NaN is the one float unequal to itself
