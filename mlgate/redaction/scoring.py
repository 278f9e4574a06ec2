"""Span-level scoring of a redactor against an annotated corpus (contract: ../shared/README.md).

A predicted span matches a gold span when their character overlap divided by
their union is at least 0.5; each span matches at most once (pairs are taken
greedily, best overlap first). Precision, recall and F1 (beta 1) are
micro-averaged over all documents and label-agnostic: a leaked span is a leak
whatever its label. Per-label figures beside them match only same-label pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MIN_IOU", "Score", "match_spans", "score_corpus"]

MIN_IOU = 0.5


@dataclass(frozen=True)
class Counts:
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
class Score:
    overall: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(default_factory=dict)
    documents: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            **self.overall.figures(),
            "documents": self.documents,
            "per_label": {k: v.figures() for k, v in sorted(self.per_label.items())},
        }


Span = tuple[int, int, str]


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


def score_corpus(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Score:
    """Scores (gold, predicted) span lists, one pair a document."""
    score = Score()
    for gold, predicted in pairs:
        score.documents += 1
        score.overall += match_spans(gold, predicted)
        for label in {s[2] for s in gold} | {s[2] for s in predicted}:
            g = [s for s in gold if s[2] == label]
            p = [s for s in predicted if s[2] == label]
            score.per_label[label] = score.per_label.get(label, Counts()) + match_spans(g, p)
    return score
