"""Gates are exact: wherever a gated pattern can match, its gate passes.

Why: a gate that misses one spelling of its pattern turns the rule off for that text
without a sound. Each gate is checked against its pattern on every corpus text we have
and on readings written here for the ones the corpora never show.
"""

# ruff: noqa: RUF001 - Greek capitals, a Turkish dotless i and dashes are the point here

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mlgate.redaction import engine, facilities, ids, languages, load_corpus, patterns
from mlgate.redaction.gates import (
    CaseBlind,
    holds,
    holds_any_case,
    holds_word,
    word_led_matches,
    word_set,
)
from mlgate.redaction.locales import SUPPORTED_LOCALES
from tests.conftest import REPO


def _any_case(words: tuple[str, ...]) -> Callable[[str], object]:
    return lambda text: holds_any_case(text, words)


def _as_written(strings: tuple[str, ...]) -> Callable[[str], object]:
    return lambda text: holds(text, strings)


GATED: dict[str, tuple[re.Pattern[str], Callable[[str], object]]] = {
    "age_words": (patterns.AGE_WORDS, _any_case(patterns._AGE_NUMBER_WORDS)),
    "young_age_words": (patterns.YOUNG_AGE_WORDS, _any_case(("year", "aged"))),
    "spoken_date_year": (patterns.SPOKEN_DATE_YEAR, _any_case(patterns._SPOKEN_YEAR_WORDS)),
    "ordinal_day": (patterns.ORDINAL_DAY, patterns._ordinal_day_gate),
    "date_cued": (patterns.DATE_CUED, patterns._date_cued_gate),
    "coordinates": (patterns.COORDINATES, patterns._DECIMALS.search),
    "keyed_address": (patterns.KEYED_ADDRESS, patterns._keyed_address_gate),
    "media": (ids._MEDIA, ids._MEDIA_GATE.search),
    "plate": (ids._PLATE, _any_case(ids._PLATE_CUE_PARTS)),
    "vehicle_plate": (ids._VEHICLE_PLATE, _any_case(ids._VEHICLE_CUE_PARTS)),
    "suffixed": (facilities._SUFFIXED, _as_written(facilities._SUFFIX_PARTS)),
    "county": (facilities._COUNTY_NAME, _as_written(facilities._COUNTY_PARTS)),
    "surgery": (facilities._SURGERY, _as_written(("Surgery",))),
    "irish_county": (facilities._IRISH_COUNTY, _as_written(("Co ", "Co.", "Co\t"))),
    "lower_facility": (facilities._LOWER, _as_written(facilities._LOWER_PARTS)),
    "address_key": (engine._ADDRESS_KEY, _any_case(engine._ADDRESS_KEY_PARTS)),
    "nickname": (engine._NICKNAME, _any_case(engine._NICKNAME_PARTS)),
    "other_calendars": (patterns.OTHER_CALENDARS, patterns._other_calendars_gate),
    "home_cue": (patterns.ADDRESS_AFTER_HOME_CUE, patterns._home_cue_gate),
    "numbered_file": (ids._NUMBERED_FILE, ids._DOCUMENT_GATE.search),
    "name_before_role": (engine._NAME_BEFORE_ROLE, engine._ROLE_AFTER_GATE.search),
    "chart_name": (engine._CHART_NAME, _any_case(engine._CHART_NAME_PARTS)),
    "spelled_name": (patterns.SPELLED_LETTERS, patterns._SPACED_CAPITALS.search),
    "local_dates": (
        languages.local_dates(SUPPORTED_LOCALES),  # type: ignore[dict-item]
        languages.local_date_gate(SUPPORTED_LOCALES),
    ),
    **{
        f"address_{i}": (pattern, patterns._ADDRESS_GATES[pattern])
        for i, pattern in enumerate(patterns.ADDRESSES)
        if pattern in patterns._ADDRESS_GATES
    },
}
# Readings the corpora may lack, at least one per gate.
WRITTEN_HERE = [
    "a NINETY-TWO-year-old", "she turned one hundred and one", "vierundneunzig Jahre",
    "quatre-vingt-douze ans", "noventa y dos años", "sister (seventy)",
    "twenty-first of October nineteen forty-four", "3rd March two thousand and four",
    "seen on the 9th", "Friday the 7th", "DOB the TWELFTH", "since 9/3", "on the thirtieth",
    "47.80231 N, 13.04472 E", "lat=-33.8688 lon=151.2093", 'zip="84132"', "POSTCODE: 2830",
    "2878 Peachtree St NE^^Rochester^MN^55905", "/data/retina/PX0451_OD.PNG", "face_01.obj",
    "REGO YQT 52K", "Kennzeichen FR-KS 482", "nr rej. WX 4521", "MATRÍCULA 12-AB-34",
    "company UTE 1HQT 447", "Pkw FR-KS 482", "motorbike 3KX 9Q", "drives XYZ 123",
    "Norrlands universitetssjukhus", "Sahlgrenska Sjukhuset", "Charité Klinikum",
    "Hope, Derbyshire", "Pembrokeshire", "East Sussex", "Tyne and Wear",
    "Station Road Surgery", "Ashworth Surgery", "Bray, Co. Wicklow", "Co Kerry",
    "at bayside aged care", "wattle grove rest home", "riverside family med",
    "Home Address: 4 Main St", "DIRECCIÓN: Rúa Real 31, 15003 A Coruña", "woonadres: Kerkstraat 12",
    "ZAM. ul. Długa 5", "everyone calls Bazza", "A.K.A. 'Tam'", "likes to be called Joe",
    "BABY GIRL 'Aroha'", "a NINE-YEAR-OLD", "Aged Twelve", "2024年3月8日", "2024년 9월 12일",
    "R6.10.3", "OPD 113/05/20", "1 SHAWWAL 1445", "2024. április 8.", "LIVES AT 4 Main St, Sydney",
    "Ev: Kizilay Mah. 12", "scan UR_5503812.PDF", "Maya RM.", "1187 State Highway 1, Hāpuku",
    "Rathmore, Ballyhaunis, Co. Mayo F35 X2K7", "3. MÄRZ 2024", "12 MAYIS 2024", "10.Out.2024",
    "5 ΜΑΡΤΙΟΥ 2024", "1 d'abril de 2024", "am 19.01. zur Kontrolle", "reist 1.11.–20.12.",
    "that's THE NINETEENTH", "Cliff (CHART: Clifford Ashby)", "mk (mary-kate on File)", "Pruitt P R U I T T", "LEEDS LS1 4AP", "PO BOX 412, BEGA NSW 2550", "N\u0130NETY-ONE years old", "\u017fixty years old",
]  # fmt: skip


def _corpus_texts() -> list[str]:
    files = sorted((REPO / "corpus" / "redaction").rglob("*.jsonl"))
    return [doc.text for path in files for doc in load_corpus(str(path))]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _corpus_texts() + WRITTEN_HERE


@pytest.mark.parametrize("name", sorted(GATED))
def test_the_gate_passes_wherever_its_pattern_matches(name: str, texts: list[str]) -> None:
    pattern, gate = GATED[name]
    matched = [t for t in texts if pattern.search(t)]
    assert matched, f"no text shows {name}: add a reading to WRITTEN_HERE"
    missed = [t[:80] for t in matched if not gate(t)]
    assert not missed, f"{name}'s gate fails on texts its pattern matches: {missed[:3]}"


_ADDRESS_SCANS = [
    scan
    for pattern in (*patterns.ADDRESSES, *patterns.ADDRESSES_AFTER, patterns.POSTCODE_AFTER_CUE)
    if isinstance(scan := CaseBlind.where_possible(pattern), CaseBlind)
]
SCANS = {**patterns._SCAN, **{f"address_{i}": scan for i, scan in enumerate(_ADDRESS_SCANS)}}


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_case_blind_scan_finds_what_its_pattern_finds(name: str, texts: list[str]) -> None:
    scan = SCANS[name]
    for text in texts:
        assert [m.span() for m in scan.finditer(text)] == [
            m.span() for m in scan.pattern.finditer(text)
        ], text[:80]


def test_only_a_pattern_without_capitals_runs_case_blind() -> None:
    with pytest.raises(ValueError, match="without capitals"):
        CaseBlind(patterns.DATE)  # "T" and "Z" in an ISO date are capitals of its own


def test_any_case_reads_as_re_ignorecase_does() -> None:
    # re's case-blind matching takes dotted capital I, dotless i and long s for ASCII
    # letters, which str.lower() does not.
    for text in ("N\u0130NETY", "n\u0131nety", "\u017fixty"):
        word = "ninety" if "n" in text.lower() else "sixty"
        assert re.search(word, text, re.IGNORECASE)
        assert holds_any_case(text, (word,))
    assert not holds_any_case("nine tea", ("ninety",))


WORD_LED = {
    "_TITLED_NAME": engine._TITLE_HEADS,
    "_ROLE_NAME": engine._ROLE_HEADS,
    "_USER_NAME": engine._USER_NAME_HEADS,
}


@pytest.mark.parametrize("name", sorted(WORD_LED))
def test_a_word_led_scan_finds_what_its_pattern_finds(name: str, texts: list[str]) -> None:
    pattern, heads = getattr(engine, name), WORD_LED[name]
    for text in [
        *texts,
        "İMAM Ali Hassan",
        "Mrs/Ms Jones",
        "DOTT.SSA Bianchi",
        "pt:Jones",
        "Acked by: jsmith",
    ]:
        assert [m.span() for m in word_led_matches(pattern, heads, text)] == [
            m.span() for m in pattern.finditer(text)
        ], text[:80]


def test_a_word_gate_wants_the_whole_word_in_any_case() -> None:
    months = word_set(["mayıs", "märz", "μαρτίου"])
    for text in ("12 MAYIS 2024", "3. März", "5 ΜΑΡΤΊΟΥ", "(märz)"):
        assert holds_word(text, months), text
    assert not holds_word("Märzenbecher", months)  # inside a longer word: no month
