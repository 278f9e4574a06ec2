"""score_redaction_engine: scored once, refused below a floor with nothing written, read back whole."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mlgate.components.redact_clinical_logs.logic import redact_clinical_logs
from mlgate.components.score_redaction_engine.logic import ScoredEngine, score_redaction_engine
from mlgate.errors import CheckFailed, InputError


def test_the_evaluation_is_written_and_read_back_whole(tmp_path: Path) -> None:
    uri = tmp_path / "evaluation.json"
    scored = score_redaction_engine(str(uri), min_recall=0.5)
    assert ScoredEngine.read(str(uri)) == scored
    assert scored.corpus_uri == "reference" and scored.floors.min_recall == 0.5
    assert scored.evaluation.score.documents > 100 and scored.evaluation.score.token is not None
    # A corpus scored faster than the clock ticks: its speed is infinite, and survives JSON.
    fast = scored.model_copy(
        update={"evaluation": replace(scored.evaluation, docs_per_second=float("inf"))}
    )
    fast.write(str(uri))
    assert ScoredEngine.read(str(uri)) == fast


def test_below_the_floor_it_refuses_as_redact_clinical_logs_does_and_writes_nothing(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs.jsonl"
    logs.write_text('{"message": "Patient Ana Lopez seen."}\n')
    with pytest.raises(CheckFailed) as whole:
        redact_clinical_logs(str(logs), str(tmp_path / "out.jsonl"), min_f1=0.999)
    with pytest.raises(CheckFailed) as scored:
        score_redaction_engine(str(tmp_path / "evaluation.json"), min_f1=0.999)
    assert str(scored.value) == str(whole.value)
    assert "is below the floor 0.999 (min_f1); refusing to redact" in str(scored.value)
    assert not (tmp_path / "evaluation.json").exists()


def test_a_nan_floor_is_bad_input_not_a_pass(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="min_f1"):
        score_redaction_engine(str(tmp_path / "e.json"), min_f1=float("nan"))


def test_an_evaluation_that_is_not_one_is_named(tmp_path: Path) -> None:
    uri = tmp_path / "evaluation.json"
    data = {
        "corpus_uri": "reference",
        "floors": {"min_f1": 0.87},
        "use_model": True,
        "locales": None,
        "evaluation": {
            "score": {"overall": {"tp": 1, "fp": 0, "fn": 0, "leaked": 1}},
            "docs_per_second": 1.0,
        },
    }
    uri.write_text(json.dumps(data))
    with pytest.raises(
        InputError,
        match=r"not an evaluation from score_redaction_engine: evaluation\.score\.overall\.leaked: Unexpected",
    ):
        ScoredEngine.read(str(uri))
