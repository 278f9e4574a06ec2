"""Rule plumbing: cheap guards sit on the patterns they guard, and rules run in linear time."""

import time

import pytest

from mlgate.redaction.facilities import facilities
from mlgate.redaction.patterns import (
    _ADDRESS_GUARDS,
    ADDRESSES,
    AU_STATE_POSTCODE,
    CITY_STATE_ZIP,
    EU_STREET_THEN_NUMBER,
    LOCALITY_STATE_POSTCODE,
    US_STATE_ZIP,
    build_rules,
    find_rule_spans,
)


def test_each_guard_guards_a_pattern_in_use() -> None:
    assert set(_ADDRESS_GUARDS) == {
        LOCALITY_STATE_POSTCODE, CITY_STATE_ZIP, AU_STATE_POSTCODE, US_STATE_ZIP,
    }  # fmt: skip
    assert all(p in ADDRESSES for p in _ADDRESS_GUARDS)
    assert EU_STREET_THEN_NUMBER in ADDRESSES  # guarded by a scan of the numbers' gaps


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("wohnhaft Hauptstraße 47, 79104 Freiburg seit", "Hauptstraße 47, 79104 Freiburg"),
        ("woont Kerkstraat 12 sinds", "Kerkstraat 12"),
        ("bor på Storgata 5 i", "Storgata 5"),
    ],
)
def test_european_streets_are_found_after_the_gap_scan(text: str, value: str) -> None:
    found = [text[s:e] for s, e, label, _ in find_rule_spans(text) if label == "ADDRESS"]
    assert value in found


def test_a_year_after_during_is_no_street() -> None:
    text = "during 2005 and weg 5"
    assert [label for _, _, label, _ in find_rule_spans(text) if label == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("moved to Toledo, OH 43615 last year", "Toledo, OH 43615"),
        ("mail to Boston MA 02169 please", "Boston MA 02169"),
        ("lives in Dubbo NSW 2830 now", "Dubbo NSW 2830"),
    ],
)
def test_guarded_patterns_still_find_their_addresses(text: str, value: str) -> None:
    found = [text[s:e] for s, e, label, _ in find_rule_spans(text) if label == "ADDRESS"]
    assert value in found


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20_000,
        "1 " * 10_000,
        "Aa " * 8_000,
        "mrn " * 5_000,
        "0412 " * 4_000,
        "Unit 4/" * 3_000,
        "x@" * 8_000 + ".com",
        "Hauptstraße " * 3_000,
    ],
)
def test_rules_stay_fast_on_pathological_input(text: str) -> None:
    start = time.perf_counter()
    find_rule_spans(text, rules=build_rules())
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("transferred from Royal Prince Alfred Hospital today", "Royal Prince Alfred Hospital"),
        ("lives at Wattle Grove RACF", "Wattle Grove RACF"),
        ("GP: The Bayside Family Practice", "Bayside Family Practice"),
        ("gp: dr wong, wattle grove hospital", "wattle grove hospital"),
        ("claim at bayside aged care.", "bayside aged care"),
    ],
)
def test_facilities_are_places(text: str, value: str) -> None:
    assert [text[s:e] for s, e, _ in facilities(text)] == [value]


@pytest.mark.parametrize("text", ["taken to the local hospital", "seen in the wound clinic"])
def test_generic_facilities_are_not_places(text: str) -> None:
    assert list(facilities(text)) == []


@pytest.mark.parametrize(
    "text", ["A. " * 5000, "John Smith " * 5000, "Re: Mr " * 5000, "SMITH, John, " * 3000]
)
def test_the_engine_stays_linear_on_runs_of_name_words(text: str) -> None:
    from mlgate.redaction import RedactionEngine

    start = time.perf_counter()
    RedactionEngine(use_model=False).find(text)
    assert time.perf_counter() - start < 3.0


def test_new_rules_are_appended_so_priorities_keep_their_meaning() -> None:
    # The engine's own layers sit between the rules by priority number (context 20, the
    # gazetteers 30, the model 40): a rule inserted before "address" would push it to 21,
    # where a context guess inside an address ("Kościuszki 98 m.") outranks the address.
    from mlgate.redaction import engine

    names = [name for name, _ in build_rules()]
    assert names.index("address") == engine._CONTEXT
    assert names.index("facility") == engine._CONTEXT - 1
