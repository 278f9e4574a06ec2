"""Shadow comparison: a candidate and production scored on the same logged requests.

A candidate goes to live traffic only after a shadow run: it sees the requests that
production answered, but its predictions are not used. This module holds the shadow
report (typed, versioned, bound to the candidate version and its model sha256, so a
report cannot vouch for other bytes) and the pure computations behind it; the
``compare_shadow`` component reads the table and the models, and the registry
stores the report with the version (``Registry.record_shadow``) and checks it before
``--stage prod`` when its policy asks for one (``RegistryPolicy``).

The labelled comparison is the gate's own (``mlgate.models.gate.decide``), so a shadow run
with labels judges the candidate exactly as the gate would on those rows.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import InputError, describe_validation_error, shorten

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "SCHEMA_VERSION",
    "Bound",
    "LabelledComparison",
    "Latency",
    "ScoreDifference",
    "ShadowReport",
    "SliceAgreement",
    "latency_summary",
    "parse_report",
    "render_markdown",
    "score_difference",
    "slice_agreement",
]

SCHEMA_VERSION: Literal[1] = 1
# Above this many distinct values, a numeric slice column is cut into deciles: one row
# per distinct age or price would drown the report and leave every slice too small.
MAX_SLICE_VALUES = 20


class _Strict(BaseModel):
    # NaN must survive JSON as NaN (an undefined metric), never turn into a number.
    model_config = ConfigDict(extra="forbid", frozen=True, ser_json_inf_nan="constants")


class Bound(_Strict):
    """A registry version and the sha256 of the model file it was scored as."""

    version: str
    model_sha256: str


class SliceAgreement(_Strict):
    """Agreement on one slice of the requests."""

    slice: str
    rows: int
    disagreements: int
    agreement: float


class ScoreDifference(_Strict):
    """|candidate - production| of the predicted probabilities, largest over the classes."""

    mean: float
    p50: float
    p95: float
    max: float


class Latency(_Strict):
    """Per-row prediction latency in milliseconds, one request at a time (as served)."""

    rows: int
    p50_ms: float
    p95_ms: float
    max_ms: float


class LabelledComparison(_Strict):
    """The gate's paired comparison on the requests whose label has arrived."""

    rows: int
    decision: Literal["promote", "reject"]
    reasons: list[str]
    candidate: dict[str, float]
    production: dict[str, float]


class ShadowReport(_Strict):
    """What a shadow run found, bound to the candidate's version and model sha256."""

    schema_version: Literal[1] = SCHEMA_VERSION
    id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
    created: str
    model: str
    candidate: Bound
    production: Bound
    requests_sha256: str
    rows: int
    agreement: Annotated[float, Field(ge=0, le=1)]
    disagreements: int
    min_agreement: Annotated[float, Field(ge=0, le=1)]
    score_difference: ScoreDifference
    slice_column: str | None = None
    slices: list[SliceAgreement] = Field(default_factory=list)
    latency: dict[str, Latency] = Field(default_factory=dict)
    labelled: LabelledComparison | None = None
    passed: bool
    reasons: list[str]

    def summary(self) -> str:
        """One line: verdict, agreement and what was compared."""
        verdict = "passed" if self.passed else "FAILED"
        return (
            f"shadow {verdict}: {self.model}@{self.candidate.version} agrees with production "
            f"{self.production.version} on {self.agreement:.4f} of {self.rows} requests "
            f"(needs {self.min_agreement:.4f}); report {self.id}"
        )


def parse_report(data: bytes | str, source: str) -> ShadowReport:
    """A ShadowReport from its JSON.

    Raises:
        InputError: not a shadow report (names the field and the source).
    """
    try:
        return ShadowReport.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(
            f"{shorten(source)}: not a shadow report from compare_shadow "
            f"({describe_validation_error(exc)})"
        ) from None


def score_difference(candidate: np.ndarray, production: np.ndarray) -> ScoreDifference:
    """Summarises the per-row largest absolute difference between two probability matrices."""
    import numpy as np

    diff = np.abs(candidate - production).max(axis=1)
    return ScoreDifference(
        mean=float(diff.mean()),
        p50=float(np.quantile(diff, 0.5)),
        p95=float(np.quantile(diff, 0.95)),
        max=float(diff.max()),
    )


def slice_agreement(values: pd.Series, disagree: np.ndarray) -> list[SliceAgreement]:
    """Disagreement per value of ``values`` (deciles for a numeric column with many values).

    Missing values form their own slice, ``(missing)``: requests with a field left out
    are often the ones two models disagree on.
    """
    import numpy as np
    import pandas as pd

    keys = values
    if pd.api.types.is_numeric_dtype(values) and values.nunique() > MAX_SLICE_VALUES:
        keys = pd.qcut(values, q=10, duplicates="drop").astype(str)
    keys = keys.astype(object).where(values.notna(), "(missing)").astype(str)
    frame = pd.DataFrame({"key": keys.to_numpy(), "disagree": np.asarray(disagree, dtype=int)})
    out = []
    for key, group in frame.groupby("key", sort=True):
        rows, wrong = len(group), int(group["disagree"].sum())
        out.append(
            SliceAgreement(
                slice=str(key), rows=rows, disagreements=wrong, agreement=1 - wrong / rows
            )
        )
    # Worst first: the reader looks for where the candidate departs from production.
    return sorted(out, key=lambda s: (s.agreement, -s.rows, s.slice))


def latency_summary(seconds: list[float]) -> Latency:
    """p50, p95 and max of per-row latencies given in seconds."""
    import numpy as np

    ms = np.asarray(seconds, dtype=float) * 1000.0
    return Latency(
        rows=len(ms),
        p50_ms=float(np.quantile(ms, 0.5)),
        p95_ms=float(np.quantile(ms, 0.95)),
        max_ms=float(ms.max()),
    )


def render_markdown(report: ShadowReport, max_slices: int = 30) -> str:
    """The report as Markdown for the KFP UI: verdict, agreement, slices, latency, labels."""
    verdict = "passed" if report.passed else "**FAILED**"
    lines = [
        f"# Shadow comparison: {verdict}",
        "",
        f"Candidate `{report.model}@{report.candidate.version}` (model sha256 "
        f"`{report.candidate.model_sha256[:12]}`) against production "
        f"`{report.production.version}` (`{report.production.model_sha256[:12]}`), "
        f"on {report.rows} requests (sha256 `{report.requests_sha256[:12]}`). Report id "
        f"`{report.id}`.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| agreement | {report.agreement:.4f} (needs >= {report.min_agreement:.4f}) |",
        f"| disagreements | {report.disagreements} of {report.rows} |",
        f"| score difference mean / p50 / p95 / max | {report.score_difference.mean:.4f} / "
        f"{report.score_difference.p50:.4f} / {report.score_difference.p95:.4f} / "
        f"{report.score_difference.max:.4f} |",
        "",
        "## Why",
        "",
        *[f"- {reason}" for reason in report.reasons],
    ]
    if report.slices:
        lines += [
            "",
            f"## Disagreement by `{report.slice_column}` (worst first)",
            "",
            "| slice | rows | disagreements | agreement |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {s.slice} | {s.rows} | {s.disagreements} | {s.agreement:.4f} |"
            for s in report.slices[:max_slices]
        ]
        if len(report.slices) > max_slices:
            lines.append(f"| ... {len(report.slices) - max_slices} more | | | |")
    if report.latency:
        lines += [
            "",
            "## Latency per request (ms, one row at a time)",
            "",
            "| model | rows timed | p50 | p95 | max |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {who} | {lat.rows} | {lat.p50_ms:.3f} | {lat.p95_ms:.3f} | {lat.max_ms:.3f} |"
            for who, lat in sorted(report.latency.items())
        ]
    if report.labelled is not None:
        lab = report.labelled
        lines += [
            "",
            f"## With labels ({lab.rows} rows): the gate's comparison says **{lab.decision}**",
            "",
            "| metric | candidate | production |",
            "| --- | --- | --- |",
        ]
        for name in sorted(set(lab.candidate) | set(lab.production)):
            lines.append(
                f"| {name} | {_fmt(lab.candidate.get(name))} | {_fmt(lab.production.get(name))} |"
            )
        lines += ["", *[f"- {reason}" for reason in lab.reasons]]
    return "\n".join(lines) + "\n"


def _fmt(value: float | None) -> str:
    return "missing" if value is None or math.isnan(value) else f"{value:.4f}"
