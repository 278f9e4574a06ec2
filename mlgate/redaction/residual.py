"""The residual-leak scan: what must never survive in text that was already redacted.

Defence in depth, run over the redactor's own output: it does not re-run the
engine, it looks for shapes no clean output may hold, whatever the engine
thought of them:

- email, URL and IP shapes (v4 and v6);
- anything that passes a national-ID checksum (Medicare, IHI, TFN, ABN, NHS,
  SSN-shaped with the SSA's rules, IBAN, VIN, Luhn-valid cards);
- a cue word followed by a code (``mrn 4821``, ``chartMRN88213390``, ``acct 99812``,
  ``VIN ...``, ``plate ...``), in any case, spaced or glued;
- digit runs of six or more digits (any of `` .-`` between groups), unless
  they are a log timestamp, a software version or a dose.

Placeholders (``[PHONE]``, ``[ID_2]``) are masked before scanning, so they
never count. Hits are ``(start, end, category)`` with a Safe Harbor category.
"""

from __future__ import annotations

import re

from mlgate.redaction import checksums as cs
from mlgate.redaction.gates import holds_any_case
from mlgate.redaction.patterns import (
    EMAIL,
    IPV4,
    IPV6,
    URL,
    URL_BARE,
    URL_BARE_PARTS,
    URL_PARTS,
    _ip_valid,
    is_namespace,
)

__all__ = ["CATEGORIES", "find_residual"]

CATEGORIES = (
    "name", "geo", "date", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
    "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other",
)  # fmt: skip

# What the redactor writes in place of a value: "[PHONE]", "[ID_2]", "[PERSON_12]".
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*?(?:_\d+)?\]")

# Groups of digits joined by single separators: "0412 345 678", "219.09.9999", "88213390".
_DIGIT_RUN = re.compile(r"(?<![\w.-])\d+(?:[ .-]\d+)*(?![\w-]|\.\d)")
# Timestamps and versions are what logs legitimately keep.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)")
_VERSION_BEFORE = re.compile(r"(?i)(?:\bv|version|build|release|rev|firmware|fw|sw)\s*[:#]?\s*$")
_UNIT_AFTER = re.compile(r"\s*(?:mg|mcg|ml|mL|g|kg|units?|iu|mmol|%|x10)\b", re.I)

# Cue + code, spaced ("mrn 4821") or glued to a word ("chartMRN88213390").
_CUES = (
    r"mrn|urn|ur\s*no|chart|acct|account|member\s*id|member|study\s*code|study\s*id|enrol?ment"
    r"|plate|rego|registration|vin|serial(?:\s*no)?|s/?n|template|licen[cs]e|provider\s*no"
    r"|provider\s*number|prescriber\s*no|medicare|ihi|tfn|dva|nhs|ssn|policy|device\s*id"
    r"|passport|badge|ticket|group\s*no|beneficiary|mbi|medicaid|npi|dea|prescriber|ahpra"
    r"|voiceprint|fingerprint|faceprint|retina|participant|subject\s*id|trial\s*id"
)
_CUE_CODE = re.compile(
    rf"(?:\b(?i:{_CUES})|(?<=[a-z])(?:MRN|URN|VIN|SN|ID|IHI|DVA))"
    r"(?:\s*(?i:number|no\.?|num|#|id))?\s*[:#=.-]?\s*"
    r"([A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|(?<=\d) (?=\d))*)"
)
_CUE_CATEGORY = [
    (re.compile(r"(?i)mrn|urn|ur|chart"), "mrn"),
    (re.compile(r"(?i)acct|account|policy"), "account"),
    (re.compile(r"(?i)member|medicare|medicaid|beneficiary|mbi|group|dva|ihi|nhs"), "health_plan"),
    (re.compile(r"(?i)plate|rego|registration|vin"), "vehicle"),
    (re.compile(r"(?i)serial|s/?n|device"), "device"),
    (re.compile(r"(?i)template|voiceprint|fingerprint|faceprint|retina"), "biometric"),
    (re.compile(r"(?i)licen|provider|prescriber|passport|badge|npi|dea|ahpra"), "license"),
    (re.compile(r"(?i)ssn|tfn"), "ssn"),
]

# Checksum families tried on a digit run, most specific first.
_CHECKED = [
    (cs.ihi_valid, "health_plan"),
    (cs.medicare_valid, "health_plan"),
    (cs.nhs_valid, "health_plan"),
    (cs.abn_valid, "other"),
    (cs.tfn_valid, "ssn"),
]
_SSN_SHAPE = re.compile(r"\d{3}[ .-]?\d{2}[ .-]?\d{4}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_VIN = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
_DVA = re.compile(r"\b[NVQWST](?:X|SS|SM|SR)\d{5,6}[A-Z]?\b")  # DVA file numbers: NX123456
_PROVIDER = re.compile(r"\b\d{5,6}[0-9A-HJ-NP-RT-Y][A-Z]\b")  # Medicare provider: 2426621B


def _mask(text: str) -> str:
    """Placeholders become spaces of the same length, so offsets stay true."""
    return PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)


def _cue_category(cue: str) -> str:
    for pattern, category in _CUE_CATEGORY:
        if pattern.match(cue):
            return category
    return "other"


def _digit_category(run: str) -> str:
    digits = cs.digits_of(run)
    for check, category in _CHECKED:
        if check(digits):
            return category
    if _SSN_SHAPE.fullmatch(run) and cs.ssn_valid(digits):
        return "ssn"
    if 13 <= len(digits) <= 19 and cs.luhn_valid(digits):
        return "account"
    if digits[0] == "0" or run.startswith("+") or (len(digits) in (10, 11) and digits[0] == "1"):
        return "phone"
    return "other"


def find_residual(text: str) -> list[tuple[int, int, str]]:
    """Leak-shaped strings left in already-redacted ``text``, as (start, end, category).

    Args:
        text: the redactor's output; placeholders like ``[PHONE]`` are ignored.

    Returns:
        Sorted, non-overlapping hits; an empty list means the text looks clean.
    """
    masked = _mask(text)
    hits: list[tuple[int, int, str]] = []
    # (each shape only in a text that holds what it cannot match without: see ``gates``)
    for m in EMAIL.finditer(masked) if "@" in masked else ():
        hits.append((m.start(), m.end(), "email"))
    for pattern, parts in ((URL, URL_PARTS), (URL_BARE, URL_BARE_PARTS)):
        for m in pattern.finditer(masked) if holds_any_case(masked, parts) else ():
            if not is_namespace(m.group()):  # (as the redactor leaves them: "http://loinc.org")
                hits.append((m.start(), m.end(), "url"))
    for pattern, separators in ((IPV4, masked.count(".") >= 3), (IPV6, masked.count(":") >= 2)):
        for m in pattern.finditer(masked) if separators else ():
            if _ip_valid(m.group()) and not _VERSION_BEFORE.search(masked[: m.start()]):
                hits.append((m.start(), m.end(), "ip"))
    for m in _IBAN.finditer(masked):
        if cs.iban_valid(m.group()):
            hits.append((m.start(), m.end(), "account"))
    for m in _VIN.finditer(masked):
        if cs.vin_valid(m.group()):
            hits.append((m.start(), m.end(), "vehicle"))
    for m in _DVA.finditer(masked):
        hits.append((m.start(), m.end(), "health_plan"))
    for m in _PROVIDER.finditer(masked):
        if cs.provider_valid(m.group()):
            hits.append((m.start(), m.end(), "license"))
    for m in _CUE_CODE.finditer(masked):
        code = m.group(1)
        if sum(ch.isdigit() for ch in code) >= 2 and len(code) >= 4:
            hits.append((m.start(1), m.end(1), _cue_category(m.group())))
    for m in _DIGIT_RUN.finditer(masked):
        run = m.group()
        digits = cs.digits_of(run)
        if len(digits) < 6 or _TIMESTAMP.match(run):
            continue
        if _VERSION_BEFORE.search(masked[max(0, m.start() - 12) : m.start()]):
            continue
        if _UNIT_AFTER.match(masked, m.end()) and len(digits) < 9:
            continue
        start = m.start() - 1 if m.start() and masked[m.start() - 1] == "+" else m.start()
        hits.append((start, m.end(), _digit_category(masked[start : m.end()])))
    return _disjoint(hits)


def _disjoint(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first-listed, then longest, hit of each overlapping group."""
    order = {h: i for i, h in enumerate(hits)}
    out: list[tuple[int, int, str]] = []
    for hit in sorted(hits, key=lambda h: (order[h], h[0] - h[1])):
        if all(hit[1] <= s or e <= hit[0] for s, e, _ in out):
            out.append(hit)
    return sorted(out)
