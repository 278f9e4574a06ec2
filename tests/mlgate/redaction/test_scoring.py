"""The span scorer on hand-made cases: exact, partial, split, merged, missed, spurious."""

import pytest

from mlgate.redaction.scoring import match_spans, score_corpus

GOLD = [(10, 20, "PERSON")]


@pytest.mark.parametrize(
    ("predicted", "tp", "fp", "fn"),
    [
        ([(10, 20, "PERSON")], 1, 0, 0),  # exact
        ([(10, 20, "LOCATION")], 1, 0, 0),  # wrong label still covers the leak
        ([(12, 20, "PERSON")], 1, 0, 0),  # partial: overlap 8 / union 10 = 0.8
        ([(15, 20, "PERSON")], 1, 0, 0),  # partial: 5 / 10 = 0.5, "at least 0.5" matches
        ([(16, 20, "PERSON")], 0, 1, 1),  # partial: 4 / 10 < 0.5
        ([(10, 13, "PERSON"), (14, 20, "PERSON")], 1, 1, 0),  # split: 3/10 fails, 6/10 matches
        ([(10, 14, "PERSON"), (16, 20, "PERSON")], 0, 2, 1),  # split in halves: neither matches
        ([], 0, 0, 1),  # missed
        ([(10, 20, "PERSON"), (30, 35, "DATE")], 1, 1, 0),  # spurious
    ],
)
def test_single_gold_span(predicted: list, tp: int, fp: int, fn: int) -> None:
    counts = match_spans(GOLD, predicted)
    assert (counts.tp, counts.fp, counts.fn) == (tp, fp, fn)


def test_merged_prediction_matches_at_most_one_gold_span() -> None:
    gold = [(0, 4, "PERSON"), (5, 10, "PERSON")]
    counts = match_spans(gold, [(0, 10, "PERSON")])
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)  # 5/10 with the second one


def test_matching_is_one_to_one_and_best_first() -> None:
    gold = [(0, 10, "ID"), (8, 20, "ID")]
    predicted = [(0, 9, "ID"), (0, 10, "ID")]
    counts = match_spans(gold, predicted)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_corpus_figures_are_micro_averaged_with_per_label_beside() -> None:
    score = score_corpus(
        [
            ([(0, 5, "PERSON"), (10, 15, "DATE")], [(0, 5, "PERSON"), (10, 15, "PHONE")]),
            ([(0, 3, "EMAIL")], []),
        ]
    )
    assert (score.overall.tp, score.overall.fp, score.overall.fn) == (2, 0, 1)
    assert score.overall.precision == 1.0 and score.overall.recall == pytest.approx(2 / 3)
    assert score.overall.f1 == pytest.approx(0.8)
    assert score.per_label["DATE"].fn == 1 and score.per_label["PHONE"].fp == 1
    assert score.per_label["PERSON"].f1 == 1.0
    assert score.to_json()["per_label"]["EMAIL"]["recall"] == 0.0
