"""The scorer on hand-made cases: spans (exact, partial, split, merged, missed, spurious), tokens,
per label and per style."""

import pytest

from mlgate.redaction.scoring import (
    ScoredDocument,
    match_spans,
    score_corpus,
    score_documents,
    token_counts,
)

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


# Token view: "\w+" word tokens; PII if gold overlaps, predicted if a prediction does.
TEXT = "Call Ann Lee at 555-010-7391 today"  # Ann 5..8, Lee 9..12, phone 16..28, today 29..34


def test_token_view_counts_words_not_spans() -> None:
    gold = [(5, 12, "PERSON"), (16, 28, "PHONE")]  # Ann, Lee | 555, 010, 7391
    predicted = [(5, 8, "PERSON"), (29, 34, "DATE")]  # Ann | today (not PII)
    counts = token_counts(TEXT, gold, predicted)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 4)
    assert counts.recall == pytest.approx(1 / 5)  # four PII words survived


def test_a_token_touched_by_a_span_counts_as_covered() -> None:
    # Half of "Lee" is predicted: the word is hidden in the token view, and the span
    # view still matches (5/7 >= 0.5).
    counts = token_counts(TEXT, [(5, 12, "PERSON")], [(5, 10, "PERSON")])
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)


def test_score_documents_gives_token_per_label_and_per_style_figures() -> None:
    gold = [(5, 12, "PERSON"), (16, 28, "PHONE")]
    score = score_documents(
        [
            ScoredDocument(TEXT, gold, [(5, 12, "PERSON")], style="au-discharge"),
            ScoredDocument(TEXT, gold, gold, style="au-discharge"),
            ScoredDocument(TEXT, gold, gold, style="telehealth"),
            ScoredDocument(TEXT, gold, gold),  # no style: counted overall only
        ]
    )
    assert score.token is not None
    assert (score.token.tp, score.token.fn) == (17, 3)
    assert score.label_token_recall("PHONE") == pytest.approx(9 / 12)
    assert score.label_token_recall("PERSON") == 1.0
    assert set(score.per_style) == {"au-discharge", "telehealth"}
    discharge = score.per_style["au-discharge"]
    assert discharge.documents == 2 and (discharge.span.tp, discharge.span.fn) == (3, 1)
    assert discharge.token.recall == pytest.approx(7 / 10)
    assert score.per_style["telehealth"].token.recall == 1.0
    out = score.to_json()
    assert out["token"]["recall"] == pytest.approx(17 / 20)
    assert out["per_label"]["PHONE"]["token_recall"] == pytest.approx(0.75)
    assert out["per_style"]["au-discharge"]["token"]["recall"] == pytest.approx(0.7)


def test_labels_beyond_the_engine_s_count_label_agnostically() -> None:
    text = "plate XYZ123 seen"
    score = score_documents([ScoredDocument(text, [(6, 12, "VEHICLE")], [(6, 12, "ID")])])
    assert score.overall.tp == 1  # the contract score: found, whatever the label
    assert score.per_label["VEHICLE"].fn == 1 and score.per_label["ID"].fp == 1
    assert score.label_token_recall("VEHICLE") == 1.0  # its word was hidden


def test_span_only_scoring_has_no_token_view() -> None:
    score = score_corpus([([(0, 3, "PERSON")], [(0, 3, "PERSON")])])
    assert score.token is None
    assert "token" not in score.to_json() and "per_style" not in score.to_json()
