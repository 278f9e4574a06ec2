"""PII redaction for free-text logs: an engine, a scorer, a leak judge, a streaming redactor.

Public surface: ``RedactionEngine`` finds spans, ``redact_file`` redacts a log
file (and runs the residual-leak scan over every string of its output),
``load_corpus``/``evaluate_engine`` measure the engine on an annotated corpus,
``score_corpus``/``score_documents`` implement the contract's span and token
views, and ``is_leaked`` judges whether a Safe Harbor identifier survived.
"""

from mlgate.redaction.corpus import REFERENCE, Evaluation, evaluate_engine, load_corpus
from mlgate.redaction.engine import LABELS, RedactionEngine, replace_spans
from mlgate.redaction.leaks import is_leaked
from mlgate.redaction.scoring import score_corpus, score_documents
from mlgate.redaction.stream import RedactionStats, RedactOptions, build_engine, redact_file

__all__ = [
    "LABELS",
    "REFERENCE",
    "Evaluation",
    "RedactOptions",
    "RedactionEngine",
    "RedactionStats",
    "build_engine",
    "evaluate_engine",
    "is_leaked",
    "load_corpus",
    "redact_file",
    "replace_spans",
    "score_corpus",
    "score_documents",
]
