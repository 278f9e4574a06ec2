"""Corpora: the shipped one meets the contract, styles and Safe Harbor categories are scored,
bad corpora are named by file and line (never by content), and `redact-eval` keeps its contract."""

import json
from pathlib import Path
from typing import get_args

import pytest

from mlgate.errors import InputError
from mlgate.redaction import RedactionEngine, evaluate_engine, load_corpus
from mlgate.redaction.corpus import Category, Floors
from mlgate.redaction.leaks import CATEGORIES
from tests.conftest import REPO, run_cli


def test_reference_corpus_meets_the_contract() -> None:
    docs = load_corpus()
    assert len(docs) == 1000
    evaluation = evaluate_engine(RedactionEngine(), docs)
    assert evaluation.score.overall.f1 >= 0.87
    assert set(evaluation.score.per_label) == {
        "PERSON",
        "ADDRESS",
        "LOCATION",
        "DATE",
        "AGE",
        "PHONE",
        "EMAIL",
        "ID",
        "URL",
        "IP",
    }


def test_corpora_are_reproducible_from_the_script(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "repo"
    shutil.copytree(REPO / "scripts", copy / "scripts")
    subprocess.run(
        [sys.executable, str(copy / "scripts" / "make_redaction_corpus.py")],
        check=True,
        capture_output=True,
    )
    for rel in (
        "corpus/redaction/tune.jsonl",
        "mlgate/redaction/reference.jsonl",
        "mlgate/redaction/sample_logs.jsonl",
    ):
        assert (copy / rel).read_bytes() == (REPO / rel).read_bytes(), rel


def _corpus(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


GOOD = json.dumps(
    {
        "text": "Call Ann at 555-010-7391",
        "spans": [
            {"start": 5, "end": 8, "label": "PERSON"},
            {"start": 12, "end": 24, "label": "PHONE"},
        ],
    }
)
SSN = "219-09-9999"


def _line(spans: list[dict], **extra: object) -> str:
    return json.dumps({"text": f"Ann Lee {SSN}", "spans": spans, **extra})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Ann Lee", "spans": [', "line 2: not valid JSON"),
        ('["Ann Lee"]', "line 2: expected an object"),
        (
            _line([{"start": 0, "end": 99, "label": "PERSON"}]),
            "line 2: span 0..99 is empty or outside the text",
        ),
        (
            _line([{"start": 3, "end": 3, "label": "PERSON"}]),
            "line 2: span 3..3 is empty or outside the text",
        ),
        (
            _line(
                [
                    {"start": 0, "end": 5, "label": "PERSON"},
                    {"start": 4, "end": 7, "label": "PERSON"},
                ]
            ),
            "line 2: spans 0..5 and 4..7 overlap",
        ),
        # The label field held the SSN itself (a shifted column): refused, never echoed.
        (
            _line([{"start": 8, "end": 19, "label": SSN}]),
            "line 2: span 1: 'label' must be an upper-case name such as PERSON",
        ),
        (
            _line([{"start": 8, "end": 19, "label": "ID", "category": SSN}]),
            "line 2: span 1: 'category' must be one of name, geo, date",
        ),
        (_line([], style="Ann Lee's notes"), "line 2: 'style' must be a short name"),
        (_line([{"start": "0", "end": 3, "label": "PERSON"}]), "line 2: span 1: 'start' must be"),
        (_line([{"start": 0, "end": 3}]), "line 2: span 1: 'label' is missing"),
        ('{"spans": []}', "line 2: 'text' is missing"),
        (json.dumps({"text": "Ann Lee", "spans": "Ann Lee"}), "line 2: 'spans' must be a list"),
    ],
)
def test_bad_corpus_lines_are_named_never_quoted(tmp_path: Path, line: str, message: str) -> None:
    uri = _corpus(tmp_path, [GOOD, line])
    with pytest.raises(InputError, match=message) as info:
        load_corpus(uri)
    assert str(info.value).startswith(f"{uri}: line 2: ")
    for value in ("Ann Lee", SSN):
        assert value not in str(info.value)  # file, line, position: never content


def test_empty_corpus_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the corpus is empty"):
        load_corpus(_corpus(tmp_path, ["", "  "]))


def test_labels_grow_styles_and_categories_are_read_and_extra_keys_ignored(
    tmp_path: Path,
) -> None:
    line = json.dumps(
        {
            "id": "note-17",
            "style": "au-discharge",
            "text": "plate ABC123 and Ann",
            "spans": [
                {"start": 17, "end": 20, "label": "PERSON", "category": "name", "text": "Ann"},
                {"start": 6, "end": 12, "label": "VEHICLE", "category": "vehicle"},
            ],
        }
    )
    (doc,) = load_corpus(_corpus(tmp_path, [line]))
    assert doc.spans == [(6, 12, "VEHICLE"), (17, 20, "PERSON")]  # sorted, categories with them
    assert doc.categories == ("vehicle", "name") and doc.style == "au-discharge"


def test_the_category_list_is_the_contract_s() -> None:
    assert set(get_args(Category)) == set(CATEGORIES) and len(CATEGORIES) == 18


class _FixedEngine:
    """Predicts the same spans for every document (no model: scoring is what is tested)."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans

    def find_many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [list(self.spans) for _ in texts]


def test_safe_harbor_view_judges_leaks_on_the_redacted_text(tmp_path: Path) -> None:
    text = "Ann Lee rang from 0412 345 678 about MRN 88442211"
    spans = [
        {"start": 0, "end": 7, "label": "PERSON", "category": "name"},
        {"start": 18, "end": 30, "label": "PHONE", "category": "phone"},
        {"start": 41, "end": 49, "label": "ID", "category": "mrn"},
    ]
    docs = load_corpus(
        _corpus(
            tmp_path,
            [
                json.dumps({"text": text, "spans": spans, "style": "telehealth"}),
                json.dumps({"text": text, "spans": spans[:1]}),  # a name, uncategorised
            ],
        )
    )
    engine = _FixedEngine([(0, 7, "PERSON"), (18, 30, "PHONE")])  # misses the MRN
    evaluation = evaluate_engine(engine, docs)
    out = evaluation.to_json()
    assert out["safe_harbor"] == {
        "name": {"tested": 2, "removed": 2, "leaked": 0},
        "phone": {"tested": 1, "removed": 1, "leaked": 0},
        "mrn": {"tested": 1, "removed": 0, "leaked": 1},
    }
    assert evaluation.safe_harbor["mrn"].how == {"verbatim": 1}
    assert list(out["per_style"]) == ["telehealth"]
    assert out["token"]["recall"] == pytest.approx(7 / 8)
    assert "88442211" not in json.dumps(out)


def test_no_categories_no_safe_harbor_view(tmp_path: Path) -> None:
    docs = load_corpus(_corpus(tmp_path, [GOOD]))
    out = evaluate_engine(_FixedEngine([]), docs).to_json()
    assert "safe_harbor" not in out and "per_style" not in out


def test_floors_name_the_figure_and_refuse_nan() -> None:
    with pytest.raises(InputError, match="min_recall"):
        Floors.checked(min_f1=0.87, min_recall=float("nan"))
    with pytest.raises(InputError, match="min_token_recall"):
        Floors.checked(min_token_recall=float("inf"))


def test_redact_eval_cli_contract(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [GOOD] * 5)
    ok = run_cli("redact-eval", "--corpus", corpus, "--json")
    assert ok.returncode == 0, ok.stderr
    result = json.loads(ok.stdout)
    assert {"precision", "recall", "f1", "per_label", "docs_per_second", "token"} <= set(result)
    assert {"precision", "recall", "f1"} <= set(result["token"])
    assert result["passed"] is True and result["failures"] == []
    too_high = run_cli("redact-eval", "--corpus", corpus, "--min-f1", "1.01")
    assert too_high.returncode == 1 and "FAIL" in too_high.stdout
    assert "span F1 1.0000 is below the floor 1.01 (min_f1)" in too_high.stderr
    bad = run_cli("redact-eval", "--corpus", str(tmp_path / "missing.jsonl"))
    assert bad.returncode == 2 and "no such file" in bad.stderr


def test_redact_eval_reports_styles_categories_and_every_floor(tmp_path: Path) -> None:
    text = "Ann Lee rang from 0412 345 678"
    doc = {
        "text": text,
        "style": "telehealth",
        "spans": [
            {"start": 0, "end": 7, "label": "PERSON", "category": "name"},
            {"start": 18, "end": 30, "label": "PHONE", "category": "phone"},
        ],
    }
    corpus = _corpus(tmp_path, [json.dumps(doc)] * 3)
    result = run_cli(
        "redact-eval",
        "--corpus",
        corpus,
        "--json",
        "--min-f1",
        "0",
        "--min-recall",
        "1.01",
        "--min-token-recall",
        "1.01",
    )
    assert result.returncode == 1, result.stderr
    out = json.loads(result.stdout)
    assert set(out["per_style"]) == {"telehealth"}
    assert set(out["safe_harbor"]) == {"name", "phone"}
    assert out["safe_harbor"]["phone"]["tested"] == 3
    assert out["floors"] == {"min_f1": 0.0, "min_recall": 1.01, "min_token_recall": 1.01}
    assert len(out["failures"]) == 2
    assert "span recall" in result.stderr and "(min_recall)" in result.stderr
    assert "token recall" in result.stderr and "(min_token_recall)" in result.stderr
    for value in ("Ann Lee", "0412"):
        assert value not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-f1", "nan"], "min_f1"),
        (["--locales", "xx-XX"], "locale"),
    ],
)
def test_redact_eval_bad_usage_is_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli("redact-eval", "--corpus", _corpus(tmp_path, [GOOD]), *args)
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_redact_eval_never_echoes_a_bad_corpus_value(tmp_path: Path) -> None:
    line = _line([{"start": 8, "end": 19, "label": SSN}])
    corpus = _corpus(tmp_path, [GOOD, line])
    result = run_cli("redact-eval", "--corpus", corpus)
    assert result.returncode == 2
    assert f"{corpus}: line 2: span 1: 'label'" in result.stderr
    assert SSN not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "rel",
    [
        "corpus/redaction/safe_harbor.jsonl",
        "corpus/redaction/tune.jsonl",
        "corpus/redaction/dev/au_clinical.jsonl",
        "corpus/redaction/dev/multi_locale.jsonl",
        "corpus/redaction/dev/us_clinical.jsonl",
    ],
)
def test_the_project_s_corpora_load_and_score(rel: str) -> None:
    # Loads and scores only (no figures asserted): the dev and Safe Harbor corpora are
    # evaluated by `mlgate redact-eval`, never tuned on here.
    path = REPO / rel
    if not path.exists():
        pytest.skip(f"{rel} is not in this checkout yet")
    docs = load_corpus(str(path))
    evaluation = evaluate_engine(_FixedEngine([]), docs)
    assert evaluation.score.documents == len(docs) > 0
    assert evaluation.score.token is not None
