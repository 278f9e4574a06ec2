"""Rule detectors for PII with validation: each returns (start, end, label) spans.

Rules carry the formats (email, URL, IP, phone, dates, ages, addresses,
identifiers) and checksums (Luhn for cards, SSN area rules, ``ipaddress`` for
IPs). The ``HIGH_PRECISION`` subset is what the redactor re-runs on its own
output: if any of them still fires, something leaked.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator

__all__ = ["HIGH_PRECISION", "RULES", "Span", "find_rule_spans"]

Span = tuple[int, int, str]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|trl|crossing|xing"
    r"|loop|alley|plaza|ridge|run|path|pike|row)\.?"
)
_UNIT = r"(?:\s+(?:apt|apartment|suite|ste|unit|#|no\.?|room|rm)\.?\s*#?\s*[a-z0-9-]+)?"
_STATE_ZIP = r"[a-z]{2}\.?\s+\d{5}(?:-\d{4})?"
_CITY = r"(?:[a-z][a-z'.-]*\s+){0,3}[a-z][a-z'.-]*"

_I = re.IGNORECASE
EMAIL = re.compile(r"\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", _I)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", _I)
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![0-9a-f:])", _I)
SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?!\d)"
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}(?!\d)",
    _I,
)
DATE = re.compile(
    r"(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?!T\d)|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))"
    r"(?![\d/-])(?!\.\d)"
    rf"|\b{_DAY}[\s-]+(?:of\s+)?{_MONTH}(?:[\s,-]+\d{{4}})?\b"
    rf"|\b{_MONTH}[\s-]+{_DAY}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH},?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}-{_MONTH}-\d{{2,4}}\b",
    _I,
)
# The age is the number; the words around it are context, not PII.
AGE = re.compile(
    r"\b(\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|y/o|y\.o\.?|yo)\b"
    r"|\b(?:aged?|age:)\s*(\d{1,3})\b"
    r"|\b(?:she|he|patient|pt|who|i)\s+(?:is|was|am)\s+(\d{1,3})\b(?!\s*(?:%|mg|ml|kg|lb|/))"
    r"|\b(?:turn|turned|turns|turning)\s+(\d{1,3})\b(?!\s*(?:%|mg|ml|kg|lb|/|degrees))",
    _I,
)
# USPS street suffixes (Publication 28), title case: "4 Crystal Landing", "88 Davis Ports".
_USPS_SUFFIXES = (  # noqa: SIM905 - a paragraph of words reads better than 230 strings
    "Alley Avenue Branch Bridge Brook Brooks Burg Bypass Camp Canyon Cape Causeway Center "
    "Circle Cliff Cliffs Club Common Corner Corners Course Court Courts Cove Coves Creek "
    "Crescent Crest Crossing Crossroad Curve Dale Dam Divide Drive Drives Estate Estates "
    "Expressway Extension Falls Ferry Field Fields Flat Flats Ford Forest Forge Forges Fork "
    "Forks Fort Freeway Garden Gardens Gateway Glen Glens Green Greens Grove Groves Harbor "
    "Harbors Haven Heights Highway Hill Hills Hollow Inlet Island Islands Isle Junction Key "
    "Keys Knoll Knolls Lake Lakes Land Landing Lane Light Lights Loaf Lock Locks Lodge Loop "
    "Mall Manor Manors Meadow Meadows Mews Mill Mills Mission Motorway Mount Mountain "
    "Mountains Neck Orchard Oval Overpass Park Parks Parkway Pass Passage Path Pike Pine "
    "Pines Place Plain Plains Plaza Point Points Port Ports Prairie Radial Ramp Ranch Rapid "
    "Rapids Rest Ridge Ridges River Road Roads Route Row Rue Run Shoal Shoals Shore Shores "
    "Skyway Spring Springs Spur Spurs Square Squares Station Stravenue Stream Street Streets "
    "Summit Terrace Throughway Trace Track Trafficway Trail Tunnel Turnpike Underpass Union "
    "Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista Walk Walks "
    "Wall Way Ways Well Wells St Ave Rd Blvd Ln Dr Ct Pl Ter Pkwy Cir Hwy Sq Trl Xing"
).split()
_TITLE_WORD = r"[A-Z][a-z'-]*\.?"
_STREET_TITLE = (
    rf"\b\d{{1,5}}[A-Z]?\s+(?:{_TITLE_WORD}\s+){{0,3}}(?:{'|'.join(_USPS_SUFFIXES)})s?\b\.?"
)
# Between address lines: a comma, a line break (maybe with a bullet), " > ", or wide spacing.
_PART_SEP = r"(?:,?[ \t]*\n[ \t]*(?:[>?*\u2022-]+[ \t]*)?|,[ \t]*|[ \t]*>[ \t]*|[ \t]{2,})"
_ADDRESS_PART = (
    r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|#)\.?\s*#?\s*[A-Za-z0-9-]+"
    r"|[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2}"
    r"(?:,?[ \t]+[A-Z]{2}\b)?(?:,?[ \t]+\d{4,5}(?:-\d{4})?)?"
    r"|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?)"
)
# Alternatives are separate patterns: a regex alternation stops at the first that matches,
# and the longest reading of an address is the one wanted.
ADDRESSES = [
    # Title-case streets, then up to four parts: unit, city, state and zip, country.
    re.compile(
        rf"{_STREET_TITLE}(?:\s+(?:Apt|Suite|Unit|Ste|#)\.?\s*\d+)?(?:{_PART_SEP}{_ADDRESS_PART}){{0,4}}"
    ),
    # Any case, the common suffixes, with "city, st 12345" when it follows.
    re.compile(
        rf"\b\d{{1,5}}\s+(?:[a-z][a-z'.-]*\s+){{1,3}}{_STREET_SUFFIX}(?![a-z]){_UNIT}"
        rf"(?:,?\s+{_CITY},\s*{_STATE_ZIP})?",
        _I,
    ),
    re.compile(rf"\b{_CITY},\s*{_STATE_ZIP}\b", _I),
    # A street named without its number: "lives on Kyle Avenue", "the corner of Oak St."
    re.compile(
        rf"(?:(?<=\bon )|(?<=\bof )|(?<=\bat )|(?<=\bto ))(?:{_TITLE_WORD}\s+){{1,2}}"
        rf"(?:{'|'.join(_USPS_SUFFIXES)})\b\.?"
    ),
    re.compile(
        r"(?:(?<=zip code is )|(?<=zip code: )|(?<=zip: )|(?<=postcode is ))\d{5}(?:-\d{4})?\b", _I
    ),
]
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")

# Identifiers after a word that announces one: MRN 1234567, policy ABC123456, ...
LABELLED_ID = re.compile(
    r"\b(?:mrn|mr#|medical record(?: number| no\.?)?|record|acct|account|policy|member(?: id)?"
    r"|insurance id|subscriber id|id|card no\.?|card number|card|specimen|accession|license"
    r"|licence|dl|serial|device|sn|ssn|passport|order)\s*(?:number|no\.?|#)?\s*[:#=]?\s*"
    r"((?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,})",
    _I,
)
# Unannounced identifiers: letters then many digits, or long digit runs.
BARE_ID = re.compile(r"(?<![\w-])(?:[a-z]{1,4}-?)?\d[\d-]{5,}\d(?:-?[a-z]{1,3})?(?![\w-])", _I)


_ID_WORDS = re.compile(r"acct|account|policy|order|record|member|mrn|id\b|no\.?\s*$")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _ssn_valid(m: re.Match[str]) -> bool:
    area, group, serial = m.group(1), m.group(2), m.group(3)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _ip_valid(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return text.count(":") >= 2 or text.count(".") == 3


def _strip_url(m: re.Match[str]) -> tuple[int, int]:
    end = m.end()
    while end > m.start() and m.string[end - 1] in ".,;:!?":
        end -= 1
    return m.start(), end


Rule = Callable[[str], Iterator[Span]]


def _simple(
    pattern: re.Pattern[str], label: str, check: Callable[[re.Match[str]], bool] | None = None
) -> Rule:
    def find(text: str) -> Iterator[Span]:
        for m in pattern.finditer(text):
            if check is None or check(m):
                start, end = _strip_url(m) if label == "URL" else m.span()
                yield start, end, label

    return find


def _group(pattern: re.Pattern[str], label: str) -> Rule:
    def find(text: str) -> Iterator[Span]:
        for m in pattern.finditer(text):
            for i in range(1, (pattern.groups or 0) + 1):
                if m.group(i) is not None:
                    yield m.start(i), m.end(i), label
                    break

    return find


def _ages(text: str) -> Iterator[Span]:
    for m in AGE.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i) is not None)
        if int(m.group(group)) <= 120:
            yield m.start(group), m.end(group), "AGE"


def _ids(text: str) -> Iterator[Span]:
    for start, end, _ in _group(LABELLED_ID, "ID")(text):
        end = start + len(text[start:end].rstrip("-"))
        yield start, end, "ID"
    for m in BARE_ID.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 6:
            before = text[max(0, m.start() - 24) : m.start()].lower()
            phone = m.group().isdigit() and len(m.group()) == 10 and not _ID_WORDS.search(before)
            yield m.start(), m.end(), "PHONE" if phone else "ID"


def _cards(text: str) -> Iterator[Span]:
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            yield m.start(), m.end(), "ID"


def _iban_valid(m: re.Match[str]) -> bool:
    compact = m.group().replace(" ", "")
    digits = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return 15 <= len(compact) <= 34 and int(digits) % 97 == 1


def _ips(text: str) -> Iterator[Span]:
    for pattern in (IPV4, IPV6):
        for m in pattern.finditer(text):
            if _ip_valid(m.group()):
                yield m.start(), m.end(), "IP"


# Order matters: on overlap, an earlier rule's span wins over a later one's.
RULES: list[tuple[str, Rule]] = [
    ("email", _simple(EMAIL, "EMAIL")),
    ("url", _simple(URL, "URL")),
    ("ip", _ips),
    ("ssn", _simple(SSN, "ID", _ssn_valid)),
    ("card", _cards),
    ("iban", _simple(IBAN, "ID", _iban_valid)),
    ("date", _simple(DATE, "DATE")),
    ("phone", _simple(PHONE, "PHONE")),
    ("address", lambda text: (span for p in ADDRESSES for span in _simple(p, "ADDRESS")(text))),
    ("age", _ages),
    ("id", _ids),
]
HIGH_PRECISION = {"email", "url", "ip", "ssn", "card", "iban", "phone"}


def find_rule_spans(text: str, only: set[str] | None = None) -> list[tuple[int, int, str, int]]:
    """All rule hits as (start, end, label, priority); lower priority numbers win overlaps."""
    out: list[tuple[int, int, str, int]] = []
    for priority, (name, rule) in enumerate(RULES):
        if only is None or name in only:
            out.extend((s, e, label, priority) for s, e, label in rule(text) if e > s)
    return out
