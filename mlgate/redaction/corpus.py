"""Annotated corpora (shared JSONL format) and scoring the engine on them."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from mlgate import storage
from mlgate.errors import InputError
from mlgate.redaction.engine import LABELS
from mlgate.redaction.patterns import Span
from mlgate.redaction.scoring import Score, score_corpus

if TYPE_CHECKING:
    from mlgate.redaction.engine import RedactionEngine

__all__ = ["REFERENCE", "Document", "Evaluation", "evaluate_engine", "load_corpus"]

REFERENCE = "reference"  # the corpus shipped with mlgate (mlgate/redaction/reference.jsonl)


@dataclass(frozen=True)
class Document:
    text: str
    spans: list[Span]


@dataclass(frozen=True)
class Evaluation:
    score: Score
    docs_per_second: float

    def to_json(self) -> dict[str, object]:
        return {**self.score.to_json(), "docs_per_second": self.docs_per_second}


def load_corpus(uri: str = REFERENCE) -> list[Document]:
    """Reads and checks an annotated corpus; ``"reference"`` is the one mlgate ships.

    Raises:
        InputError: a line that is not JSON, lacks text or spans, has an unknown label,
            offsets outside the text, or overlapping spans; the message names the line.
    """
    if uri == REFERENCE:
        data = resources.files("mlgate.redaction").joinpath("reference.jsonl").read_bytes()
    else:
        data = storage.read_bytes(uri)
    docs = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{uri}: line {number}"
        try:
            record = json.loads(raw)
            text, spans = record["text"], record["spans"]
            parsed = sorted((int(s["start"]), int(s["end"]), str(s["label"])) for s in spans)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputError(f"{where}: not valid JSON") from None
        except (KeyError, TypeError, ValueError):
            raise InputError(
                f"{where}: expected {{'text': str, 'spans': [{{start, end, label}}]}}"
            ) from None
        if not isinstance(text, str):
            raise InputError(f"{where}: 'text' must be a string")
        for i, (start, end, label) in enumerate(parsed):
            if label not in LABELS:
                raise InputError(f"{where}: unknown label {label!r}; allowed: {', '.join(LABELS)}")
            if not 0 <= start < end <= len(text):
                raise InputError(
                    f"{where}: span {start}..{end} is outside the text (length {len(text)})"
                )
            if i and start < parsed[i - 1][1]:
                raise InputError(
                    f"{where}: spans {parsed[i - 1][0]}..{parsed[i - 1][1]} and "
                    f"{start}..{end} overlap"
                )
        docs.append(Document(text, parsed))
    if not docs:
        raise InputError(f"{uri}: the corpus is empty")
    return docs


def evaluate_engine(engine: RedactionEngine, docs: list[Document]) -> Evaluation:
    """Scores ``engine`` on ``docs`` (span-level, see ``scoring``) and times it."""
    start = time.perf_counter()
    predicted = engine.find_many([d.text for d in docs])
    elapsed = time.perf_counter() - start
    score = score_corpus((d.spans, p) for d, p in zip(docs, predicted, strict=True))
    return Evaluation(score, len(docs) / elapsed if elapsed else float("inf"))
