"""The redaction contract: measured first, then applied, then checked on its own output.

1. Score the engine on the annotated reference corpus (or ``corpus_uri``); below
   ``min_f1`` the task refuses to run and writes nothing.
2. Redact ``input_uri`` into ``output_uri`` (streaming, both cores, atomic).
3. Re-scan the output with the high-precision rules; any hit fails the task and
   nothing is published.

Reports and metrics carry counts and scores, never text from the input.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlgate import storage
from mlgate.errors import CheckFailed
from mlgate.redaction import (
    REFERENCE,
    RedactionEngine,
    RedactionStats,
    RedactOptions,
    evaluate_engine,
    load_corpus,
    redact_file,
)
from mlgate.redaction.corpus import Evaluation

__all__ = ["DEFAULT_MIN_F1", "RedactionReport", "redact_clinical_logs"]

DEFAULT_MIN_F1 = 0.87


@dataclass
class RedactionReport:
    evaluation: Evaluation
    stats: RedactionStats
    min_f1: float

    def metrics(self) -> dict[str, float]:
        score = self.evaluation.score
        out = {
            "precision": score.overall.precision,
            "recall": score.overall.recall,
            "f1": score.overall.f1,
            "min_f1": self.min_f1,
            "records": float(self.stats.records),
            "spans_redacted": float(sum(self.stats.spans.values())),
        }
        for label, counts in sorted(score.per_label.items()):
            out[f"f1/{label}"] = counts.f1
        for label, count in sorted(self.stats.spans.items()):
            out[f"redacted/{label}"] = float(count)
        return out

    def markdown(self) -> str:
        score = self.evaluation.score
        lines = [
            "# Redaction report",
            "",
            f"Reference corpus: {score.documents} documents; span F1 **{score.overall.f1:.4f}** "
            f"(precision {score.overall.precision:.4f}, recall {score.overall.recall:.4f}); "
            f"floor {self.min_f1}.",
            "",
            "| label | precision | recall | F1 | redacted in the logs |",
            "| --- | --- | --- | --- | --- |",
        ]
        for label, c in sorted(score.per_label.items()):
            lines.append(
                f"| {label} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | "
                f"{self.stats.spans.get(label, 0)} |"
            )
        lines += ["", f"Records redacted: {self.stats.records}. Residual scan: clean."]
        return "\n".join(lines) + "\n"


def redact_clinical_logs(
    input_uri: str,
    output_uri: str,
    *,
    corpus_uri: str = REFERENCE,
    min_f1: float = DEFAULT_MIN_F1,
    options: RedactOptions | None = None,
    report_uri: str | None = None,
) -> RedactionReport:
    """Redacts a log file under the redaction contract (see the module docstring).

    Args:
        input_uri: JSON Lines (``.jsonl``) or plain text, one record a line.
        output_uri: Where the redacted file goes; written only if every step passes.
        corpus_uri: The annotated corpus to measure on; ``"reference"`` is the shipped one.
        min_f1: The span-level F1 the engine must reach on the corpus.
        options: Text fields, format, workers, placeholder style.
        report_uri: Where the Markdown report goes.

    Raises:
        CheckFailed: F1 below ``min_f1`` (nothing is read or written), or PII left in the output.
        InputError: unusable input or corpus.
    """
    options = options or RedactOptions()
    engine = RedactionEngine(use_model=options.use_model)
    evaluation = evaluate_engine(engine, load_corpus(corpus_uri))
    f1 = evaluation.score.overall.f1
    if f1 < min_f1:
        raise CheckFailed(
            f"redaction F1 {f1:.4f} on {corpus_uri} is below the floor {min_f1}; "
            "refusing to redact (nothing was written)"
        )
    stats = redact_file(input_uri, output_uri, options)
    report = RedactionReport(evaluation, stats, min_f1)
    if report_uri:
        storage.write_bytes(report_uri, report.markdown().encode("utf-8"))
    return report
