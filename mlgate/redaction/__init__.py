"""PII redaction for free-text logs: an engine, a scorer, a streaming redactor.

Public surface: ``RedactionEngine`` finds spans, ``redact_file`` redacts a log
file, ``load_corpus``/``evaluate_engine`` measure the engine on an annotated
corpus, ``score_corpus`` implements the span-level scoring of the contract.
"""

from mlgate.redaction.corpus import REFERENCE, evaluate_engine, load_corpus
from mlgate.redaction.engine import LABELS, RedactionEngine, replace_spans
from mlgate.redaction.scoring import score_corpus
from mlgate.redaction.stream import RedactionStats, RedactOptions, redact_file

__all__ = [
    "LABELS",
    "REFERENCE",
    "RedactOptions",
    "RedactionEngine",
    "RedactionStats",
    "evaluate_engine",
    "load_corpus",
    "redact_file",
    "replace_spans",
    "score_corpus",
]
