"""Annotated corpora (shared JSONL format) and scoring the engine on them.

A line is ``{"text": str, "spans": [{"start", "end", "label", "category"?}], "style"?}``
(contract: docs/contracts.md). Labels are upper-case names, open-ended
(``VEHICLE``, ``DEVICE`` beside the ten the engine predicts): the contract
score is label-agnostic, so a label the engine never predicts still counts as
PII to find. Errors name the file, the line and the span's position, never
a value from the corpus: a corpus is made of PII, and a misplaced value (an
SSN in a label field) must not reach a terminal or a CI log.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from mlgate import storage
from mlgate.errors import InputError, describe_validation_error
from mlgate.redaction.leaks import CATEGORIES, leak_kind
from mlgate.redaction.patterns import Span
from mlgate.redaction.scoring import Score, ScoredDocument, score_documents

if TYPE_CHECKING:
    from mlgate.redaction.engine import RedactionEngine

__all__ = [
    "REFERENCE",
    "CategoryResult",
    "Document",
    "Evaluation",
    "Floors",
    "evaluate_engine",
    "load_corpus",
]

REFERENCE = "reference"  # the corpus shipped with mlgate (mlgate/redaction/reference.jsonl)

LABEL_PATTERN = r"^[A-Z][A-Z0-9_]{0,31}$"
STYLE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"

Category = Literal[
    "name",
    "geo",
    "date",
    "phone",
    "fax",
    "email",
    "ssn",
    "mrn",
    "health_plan",
    "account",
    "license",
    "vehicle",
    "device",
    "url",
    "ip",
    "biometric",
    "photo",
    "other",
]


# Unknown keys are ignored, not refused: annotation tools add ids, span texts and
# notes, and the contract names only the keys read here. Nothing else is read.
class _SpanLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(ge=0)
    label: StrictStr = Field(pattern=LABEL_PATTERN)
    category: Category | None = None


class _DocumentLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: StrictStr
    spans: list[_SpanLine]
    style: StrictStr | None = Field(default=None, pattern=STYLE_PATTERN)


@dataclass(frozen=True)
class Document:
    """One annotated document; ``categories`` is parallel to ``spans`` (None: not given)."""

    text: str
    spans: list[Span]
    categories: tuple[str | None, ...] = ()
    style: str | None = None

    def category_of(self, index: int) -> str | None:
        return self.categories[index] if index < len(self.categories) else None


@dataclass
class CategoryResult:
    """Gold identifiers of one Safe Harbor category: how many were tested, and how many leaked."""

    tested: int = 0
    leaked: int = 0
    # How each leak survived: "verbatim", "digits" or "words" (counts, never values).
    how: dict[str, int] = field(default_factory=dict)

    @property
    def removed(self) -> int:
        return self.tested - self.leaked

    def to_json(self) -> dict[str, int]:
        return {"tested": self.tested, "removed": self.removed, "leaked": self.leaked}


@dataclass(frozen=True)
class Evaluation:
    """The engine's figures on a corpus, its speed, and the Safe Harbor view if it has one."""

    score: Score
    docs_per_second: float
    safe_harbor: dict[str, CategoryResult] = field(default_factory=dict)

    @property
    def leaked(self) -> int:
        return sum(r.leaked for r in self.safe_harbor.values())

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {**self.score.to_json(), "docs_per_second": self.docs_per_second}
        if self.safe_harbor:
            out["safe_harbor"] = {k: v.to_json() for k, v in self.safe_harbor.items()}
        return out

    def summary(self) -> list[str]:
        """Lines for a terminal: both views, per label, per style, Safe Harbor (counts only)."""
        score = self.score
        o = score.overall
        lines = [
            f"span F1 {o.f1:.4f} (precision {o.precision:.4f}, recall {o.recall:.4f}) on "
            f"{score.documents} documents; {self.docs_per_second:.0f} docs/s"
        ]
        if score.token is not None:
            t = score.token
            lines.append(
                f"token F1 {t.f1:.4f} (precision {t.precision:.4f}, recall {t.recall:.4f}) "
                f"over {t.tp + t.fn} PII words"
            )
        for label, c in sorted(score.per_label.items()):
            token = score.label_token_recall(label)
            lines.append(
                f"  {label:9s} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}"
                + (f"  token R {token:.3f}" if token is not None else "")
            )
        for style, s in sorted(score.per_style.items()):
            lines.append(
                f"  style {style}: {s.documents} docs, span F1 {s.span.f1:.3f} "
                f"(R {s.span.recall:.3f}), token recall {s.token.recall:.3f}"
            )
        for category, r in self.safe_harbor.items():
            lines.append(
                f"  safe harbor {category:11s} tested {r.tested:4d}  removed {r.removed:4d}  "
                f"leaked {r.leaked:4d}"
            )
        return lines


class Floors(BaseModel):
    """The contract's floors on an evaluation; a floor left unset (None) is not checked.

    A floor above 1 can never be met: it fails closed. NaN and infinities are
    refused, as a NaN floor would let every figure through.

    Attributes:
        min_f1: Span-level F1 (label-agnostic, micro-averaged).
        min_recall: Span-level recall: the share of gold spans found.
        min_token_recall: Token-level recall: the share of PII words hidden.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_f1: float | None = Field(default=0.87, allow_inf_nan=False)
    min_recall: float | None = Field(default=None, allow_inf_nan=False)
    min_token_recall: float | None = Field(default=None, allow_inf_nan=False)

    @classmethod
    def checked(cls, **floors: float | None) -> Floors:
        """``Floors(**floors)``, with a bad value reported as an ``InputError``.

        Raises:
            InputError: a floor is not a finite number (the message names it).
        """
        try:
            return cls(**floors)
        except ValidationError as exc:
            raise InputError(
                f"bad floor: {describe_validation_error(exc)}; a floor is a number from 0 to 1"
            ) from None

    def figures(self, evaluation: Evaluation) -> list[tuple[str, str, float, float]]:
        """(floor name, what it measures, the figure, the floor) for each floor that is set."""
        score = evaluation.score
        token_recall = score.token.recall if score.token is not None else 0.0
        out = []
        for name, what, figure in (
            ("min_f1", "span F1", score.overall.f1),
            ("min_recall", "span recall", score.overall.recall),
            ("min_token_recall", "token recall", token_recall),
        ):
            floor = getattr(self, name)
            if floor is not None:
                out.append((name, what, figure, floor))
        return out

    def failures(self, evaluation: Evaluation) -> list[str]:
        """One line per floor the evaluation is below: the figure and the floor, never text."""
        return [
            f"{what} {figure:.4f} is below the floor {floor} ({name})"
            for name, what, figure, floor in self.figures(evaluation)
            if figure < floor
        ]


def _problem(exc: ValidationError) -> str:
    """The first problem of a line, by position, without the value pydantic received."""
    error = exc.errors()[0]
    loc = list(error["loc"])
    if loc[:1] == ["spans"] and len(loc) >= 2 and isinstance(loc[1], int):
        where, key = f"span {loc[1] + 1}", ".".join(str(p) for p in loc[2:])
    else:
        where, key = "", ".".join(str(p) for p in loc)
    allowed = {
        "label": "an upper-case name such as PERSON or VEHICLE (A-Z, 0-9, _; up to 32 characters)",
        "category": f"one of {', '.join(CATEGORIES)}",
        "style": "a short name such as au-discharge (letters, digits, . _ -; up to 64 characters)",
        "start": "a whole number >= 0",
        "end": "a whole number >= 0",
        "text": "a string",
        "spans": "a list of {start, end, label} objects",
    }
    last = str(loc[-1]) if loc else ""
    if error["type"] == "missing":
        what = f"'{key}' is missing"
    else:
        what = f"'{key}' must be {allowed.get(last, 'as the contract says')}"
    return f"{where}: {what}" if where else what


def _parse_line(raw: bytes, where: str) -> Document:
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(f"{where}: not valid JSON") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected an object {{'text': str, 'spans': [...]}}")
    try:
        line = _DocumentLine.model_validate(record)
    except ValidationError as exc:
        raise InputError(
            f"{where}: {_problem(exc)}; expected {{'text': str, 'spans': "
            "[{start, end, label, category?}], 'style'?: str}"
        ) from None
    text = line.text
    ordered = sorted(line.spans, key=lambda s: (s.start, s.end, s.label))
    for i, span in enumerate(ordered):
        if not span.start < span.end <= len(text):
            raise InputError(
                f"{where}: span {span.start}..{span.end} is empty or outside the text "
                f"(length {len(text)}); offsets are string indices, end exclusive"
            )
        if i and span.start < ordered[i - 1].end:
            raise InputError(
                f"{where}: spans {ordered[i - 1].start}..{ordered[i - 1].end} and "
                f"{span.start}..{span.end} overlap; gold spans must not"
            )
    return Document(
        text,
        [(s.start, s.end, s.label) for s in ordered],
        tuple(s.category for s in ordered),
        line.style,
    )


def load_corpus(uri: str = REFERENCE) -> list[Document]:
    """Reads and checks an annotated corpus; ``"reference"`` is the one mlgate ships.

    Raises:
        InputError: a line that is not JSON, lacks text or spans, has a malformed label,
            an unknown category or style, offsets outside the text, or overlapping spans;
            the message names the file and the line, never a value from it.
    """
    if uri == REFERENCE:
        data = resources.files("mlgate.redaction").joinpath("reference.jsonl").read_bytes()
    else:
        data = storage.read_bytes(uri)
    docs = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if raw.strip():
            docs.append(_parse_line(raw, f"{uri}: line {number}"))
    if not docs:
        raise InputError(f"{uri}: the corpus is empty; expected one JSON document a line")
    return docs


def judge_leaks(docs: Sequence[Document], redacted: Sequence[str]) -> dict[str, CategoryResult]:
    """Per Safe Harbor category: gold identifiers tested and leaked (see ``leaks.py``).

    Only spans that carry a category are judged; the result lists the categories
    the corpus carries, in the order of the Safe Harbor list.
    """
    found: dict[str, CategoryResult] = {}
    for doc, clean in zip(docs, redacted, strict=True):
        for i, (start, end, _) in enumerate(doc.spans):
            category = doc.category_of(i)
            if category is None:
                continue
            result = found.setdefault(category, CategoryResult())
            result.tested += 1
            kind = leak_kind(doc.text[start:end], clean)
            if kind is not None:
                result.leaked += 1
                result.how[kind] = result.how.get(kind, 0) + 1
    return {c: found[c] for c in CATEGORIES if c in found}


def evaluate_engine(engine: RedactionEngine, docs: list[Document]) -> Evaluation:
    """Scores ``engine`` on ``docs`` (both views, see ``scoring``), times it, judges leaks.

    The speed is the engine's alone: scoring and leak judging are not timed.
    """
    from mlgate.redaction.engine import replace_spans

    start = time.perf_counter()
    predicted = engine.find_many([d.text for d in docs])
    elapsed = time.perf_counter() - start
    score = score_documents(
        ScoredDocument(d.text, d.spans, p, d.style) for d, p in zip(docs, predicted, strict=True)
    )
    safe_harbor: dict[str, CategoryResult] = {}
    if any(c is not None for d in docs for c in d.categories):
        redacted = [replace_spans(d.text, p) for d, p in zip(docs, predicted, strict=True)]
        safe_harbor = judge_leaks(docs, redacted)
    return Evaluation(score, len(docs) / elapsed if elapsed else float("inf"), safe_harbor)
