"""Scoring a redactor against an annotated corpus (contract: docs/contracts.md).

Span view (the contract score): a predicted span matches a gold span when their
character overlap divided by their union is at least 0.5; each span matches at
most once (pairs are taken greedily, best overlap first). Precision, recall and
F1 (beta 1) are micro-averaged over all documents and label-agnostic: a leaked
span is a leak whatever its label. Per-label figures beside them match only
same-label pairs.

Token view (the de-identification view): the text is split into ``\\w+`` word
tokens; a token is PII if any gold span overlaps it and predicted if any
predicted span overlaps it. Precision and recall are counted over tokens, so
token recall is the share of PII words that were hidden. Per label, the token
recall says what share of that label's words any prediction hid.

Documents that carry a style are also scored per style (both views). Leaks of
Safe Harbor identifiers are judged on redacted text, by ``leaks.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MIN_IOU",
    "Counts",
    "Score",
    "ScoredDocument",
    "match_spans",
    "score_corpus",
    "score_documents",
    "token_counts",
]

MIN_IOU = 0.5
TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, and the figures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class StyleScore:
    """Both views for the documents of one style."""

    span: Counts = field(default_factory=Counts)
    token: Counts = field(default_factory=Counts)
    documents: int = 0

    def to_json(self) -> dict[str, Any]:
        return {**self.span.figures(), "documents": self.documents, "token": self.token.figures()}


@dataclass
class Score:
    """A corpus's figures: span view, per label, and (when texts were given) token view.

    ``token`` and ``label_tokens`` stay empty when only span lists were scored
    (``score_corpus``); ``per_style`` only holds documents that carry a style.
    """

    overall: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(default_factory=dict)
    documents: int = 0
    token: Counts | None = None
    # Per gold label: (tokens of that label hidden by any prediction, tokens of that label).
    label_tokens: dict[str, tuple[int, int]] = field(default_factory=dict)
    per_style: dict[str, StyleScore] = field(default_factory=dict)

    def label_token_recall(self, label: str) -> float | None:
        """Share of ``label``'s gold word tokens that any prediction hid (None: no tokens)."""
        hidden, total = self.label_tokens.get(label, (0, 0))
        return hidden / total if total else None

    def to_json(self) -> dict[str, Any]:
        per_label: dict[str, Any] = {}
        for label, counts in sorted(self.per_label.items()):
            per_label[label] = counts.figures()
            if self.token is not None:
                per_label[label]["token_recall"] = self.label_token_recall(label)
        out: dict[str, Any] = {
            **self.overall.figures(),
            "documents": self.documents,
            "per_label": per_label,
        }
        if self.token is not None:
            out["token"] = self.token.figures()
        if self.per_style:
            out["per_style"] = {k: v.to_json() for k, v in sorted(self.per_style.items())}
        return out


Span = tuple[int, int, str]


@dataclass(frozen=True)
class ScoredDocument:
    """One document's text, gold and predicted spans, and its style if it has one."""

    text: str
    gold: Sequence[Span]
    predicted: Sequence[Span]
    style: str | None = None


def _iou(a: Span, b: Span) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / (max(a[1], b[1]) - min(a[0], b[0]))


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> Counts:
    """Counts matches between one document's gold and predicted spans (labels ignored)."""
    pairs = sorted(
        ((_iou(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for iou, i, j in pairs:
        if iou < MIN_IOU:
            break
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
    tp = len(used_gold)
    return Counts(tp, len(predicted) - tp, len(gold) - tp)


def _mask(length: int, spans: Iterable[Span]) -> bytearray:
    mask = bytearray(length)
    for start, end, _ in spans:
        start, end = max(start, 0), min(end, length)
        if start < end:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def token_counts(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> Counts:
    """Counts word tokens (``\\w+``): PII if gold overlaps it, predicted if a prediction does.

    A token is a true positive when it is both, a false negative when it is PII
    and no prediction touches it (a surviving PII word), a false positive when a
    prediction hid a word that was not PII. Labels are ignored.
    """
    return _token_counts(text, gold, predicted)[0]


def _token_counts(
    text: str, gold: Sequence[Span], predicted: Sequence[Span]
) -> tuple[Counts, Counter[str], Counter[str]]:
    """Token counts, plus per gold label: tokens hidden by any prediction, and tokens in all."""
    n = len(text)
    gold_any, pred_any = _mask(n, gold), _mask(n, predicted)
    labels = {s[2] for s in gold}
    by_label = {label: _mask(n, [s for s in gold if s[2] == label]) for label in labels}
    tp = fp = fn = 0
    hidden: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for m in TOKEN.finditer(text):
        a, b = m.span()
        is_pii = 1 in gold_any[a:b]
        is_pred = 1 in pred_any[a:b]
        if is_pii:
            if is_pred:
                tp += 1
            else:
                fn += 1
            for label, mask in by_label.items():
                if 1 in mask[a:b]:
                    total[label] += 1
                    hidden[label] += is_pred
        elif is_pred:
            fp += 1
    return Counts(tp, fp, fn), hidden, total


def _add_label_counts(score: Score, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
    for label in {s[2] for s in gold} | {s[2] for s in predicted}:
        g = [s for s in gold if s[2] == label]
        p = [s for s in predicted if s[2] == label]
        score.per_label[label] = score.per_label.get(label, Counts()) + match_spans(g, p)


def score_corpus(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Score:
    """Scores (gold, predicted) span lists, one pair a document: the span view only."""
    score = Score()
    for gold, predicted in pairs:
        score.documents += 1
        score.overall += match_spans(gold, predicted)
        _add_label_counts(score, gold, predicted)
    return score


def score_documents(documents: Iterable[ScoredDocument]) -> Score:
    """Scores documents in both views, per label, and per style where a document has one."""
    score = Score(token=Counts())
    hidden: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for doc in documents:
        spans = match_spans(doc.gold, doc.predicted)
        tokens, doc_hidden, doc_total = _token_counts(doc.text, doc.gold, doc.predicted)
        score.documents += 1
        score.overall += spans
        score.token = (score.token or Counts()) + tokens
        hidden.update(doc_hidden)
        total.update(doc_total)
        _add_label_counts(score, doc.gold, doc.predicted)
        if doc.style is not None:
            style = score.per_style.setdefault(doc.style, StyleScore())
            style.span += spans
            style.token += tokens
            style.documents += 1
    score.label_tokens = {label: (hidden[label], total[label]) for label in total}
    return score
