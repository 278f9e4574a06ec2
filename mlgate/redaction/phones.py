"""Phone and fax numbers, validated by ``phonenumbers`` (Google's libphonenumber metadata).

Calling ``phonenumbers`` on every word would cost too much, so a cheap regex
first picks digit-ish runs that could be a number (6 to 15 digits, with the
separators people type); only those are parsed. A run is a phone when:

- it is written internationally (``+61 412 345 678``, ``0044 20 ...``) and valid;
- it is valid in one of the configured regions with a strict national plan
  (AU, US, GB, NZ, IE, CA), and no identifier cue (``MRN``, ``account``) precedes it;
- it is valid in a region whose plan accepts almost any length (DE, AT, IT, ...)
  and either a phone cue precedes it or it is written like a number (leading 0
  and separators);
- it is a short local number (6-8 digits, ``9876 5432``) right after a phone cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

__all__ = ["DATE_SHAPE", "PhoneFinder", "is_time_range"]

Span = tuple[int, int, str]

# A run that may be a number: an optional "+" or "(", digits, and the separators phones use.
_CANDIDATE = re.compile(
    r"(?<![\w/.:+-])(?:\+\s?|\(0?\d{1,4}\)\s?)?\d(?:[\d]|[ .-](?=[\d(])|\)\s?|\((?=\d))"
    r"{5,20}(?<=\d)(?!\w|[/:]\d|\.\d|-\d)"
)
_BEFORE_BRACKET = re.compile(r"[ .-]?\([\d .-]*$")
# A date of digits in any order and separator: "12/03/2024", "2024-03-12", "3.12.24".
DATE_SHAPE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{2,4}")
_EXTENSION = re.compile(r"\s?(?:ext\.?|x)\s?\d{1,5}\b", re.I)
_PHONE_CUE = re.compile(
    r"(?i)(?:\b(?:ph|phone|tel|telephone|mob|mobile|cell|call|called|ring|rang|sms|text"
    r"|contact|fax|landline|home|work|reached|reach|on|at|number|no|hotline|pager|bleep"
    r"|tél|telefon|tlf|numero|número|nummer"
    # (a handphone, as Singapore and Malaysia write it: "HP 8126 4403")
    r"|(?-i:HP|H/P))\b\.?|[:#])\s*(?:on|at|is|no\.?|number|:)?\s*$"
)
_ID_CUE = re.compile(
    r"(?i)\b(?:mrn|urn|ur|id|acct|account|medicare|ihi|tfn|abn|nhs|ssn|dva|member|policy"
    r"|provider|prescriber|licen[cs]e|serial|s/n|sn|record|chart|card|specimen|accession"
    r"|order|invoice|claim|ref|reference|batch|lot|study|enrol?ment)\b\W{0,4}(?:no\.?|number"
    r"|#)?\W{0,3}$"
)
_PAIRS = re.compile(r"\d\d(?: \d\d){3}")  # "28 91 43 07": as the Nordic countries and France group
_STRICT = frozenset({"AU", "US", "GB", "NZ", "IE", "CA"})
_TIME_RANGE = re.compile(r"([01]\d|2[0-3])([0-5]\d)-([01]\d|2[0-3])([0-5]\d)")


def is_time_range(value: str) -> bool:
    """A clinic's slot on the 24-hour clock, "0900-0930", "1600-1630": not a number to hide.

    (Its end is later than its start, which a local number split 4-4 seldom is by chance.)
    """
    m = _TIME_RANGE.fullmatch(value)
    return bool(m and m.group(1) + m.group(2) < m.group(3) + m.group(4))


@lru_cache(maxsize=8192)
def _valid_in(number: str, regions: tuple[str, ...]) -> bool:
    """Whether ``number`` is valid in one of ``regions``, or possible in international form."""
    import phonenumbers

    # Keep its metadata's compiled patterns: over many regions they overflow the re module's
    # 512-entry cache, and each parse would compile some of them again.
    phonenumbers.enable_pattern_cache()
    if number.startswith("+") or number.startswith("00"):
        # "+31 (0)60 ...": the trunk 0 in brackets is not dialled from abroad.
        number = number.replace("(0)", "").replace("(", "").replace(")", "")
        try:
            parsed = phonenumbers.parse("+" + number.lstrip("+0 "), None)
        except phonenumbers.NumberParseException:
            return False
        # Written with a country code, a possible length is enough: the "+" says phone.
        return bool(phonenumbers.is_possible_number(parsed))
    for region in regions:
        try:
            national: Any = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(national):
            return True
    return False


class PhoneFinder:
    """Finds phone numbers in the national formats of ``regions`` and in international form."""

    def __init__(self, regions: Sequence[str]) -> None:
        self.regions = tuple(dict.fromkeys(regions))
        self.strict = tuple(r for r in self.regions if r in _STRICT)
        self.lenient = tuple(r for r in self.regions if r not in _STRICT)

    def __call__(self, text: str) -> Iterator[Span]:
        for m in _CANDIDATE.finditer(text):
            value = m.group()
            if value[1:].count("(") > value.count(")"):
                # "0412 558 001 (11 Mar)": the number, then a bracket that is not its area
                # code; "Na 138 (135-145)": a value and its reference range (too short)
                value = _BEFORE_BRACKET.sub("", value)
            digits = sum(ch.isdigit() for ch in value)
            if not 6 <= digits <= 15 or DATE_SHAPE.fullmatch(value) or is_time_range(value):
                continue
            before = text[max(0, m.start() - 28) : m.start()]
            if _ID_CUE.search(before) and value[0] != "+":
                continue  # (no identifier starts with a country code: "on record +44 7834 ...")
            cued = bool(_PHONE_CUE.search(before))
            end = m.start() + len(value)
            ext = _EXTENSION.match(text, end)
            if ext:
                end = ext.end()
            if self._is_phone(value, digits, cued):
                yield m.start(), end, "PHONE"

    def _is_phone(self, value: str, digits: int, cued: bool) -> bool:
        if digits < 8:
            # Short local numbers only with a cue ("ph 9876 543" is rare; "call 555-0199").
            return cued and bool(re.fullmatch(r"\d{3,4}[ .-]\d{3,4}", value))
        if cued and digits <= 13:
            return True  # "phone 03299 845044": the cue settles it, valid plan or not
        plain = value if value.startswith("+") else value.replace("(", "").replace(")", "")
        if _valid_in(plain, self.strict):
            return True  # in international form, or valid in a strict plan
        # A plan that accepts almost any length (DE, IT, ...) is asked last, and only about a
        # number typed like one (each parse costs more than the rest of the rule): grouped,
        # and with a trunk 0, the 9+ digits of a full number, or in pairs.
        grouped = bool(re.search(r"[ .-]", value))
        typed = grouped and (
            value.startswith(("0", "(")) or digits >= 9 or _PAIRS.fullmatch(value) is not None
        )
        return (cued or typed) and _valid_in(plain, self.lenient)
