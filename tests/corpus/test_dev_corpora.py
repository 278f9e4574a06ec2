"""The DEV redaction corpora and the Safe Harbor suite are reproducible, well-formed and valid.

Why: these corpora are the held-out yardstick for the redaction engine, so a silent drift (a
regenerated file that differs, an offset off by one, a Medicare number that fails its check
digit and so would never be written by a real system) would make every score measured on them
suspect. The checksum functions here are written independently of the generators.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO

DEV = REPO / "corpus" / "redaction" / "dev"
SAFE_HARBOR = REPO / "corpus" / "redaction" / "safe_harbor.jsonl"
OUTPUTS = {
    "make_dev_corpora.py": [
        "corpus/redaction/dev/au_clinical.jsonl",
        "corpus/redaction/dev/multi_locale.jsonl",
        "corpus/redaction/dev/us_clinical.jsonl",
    ],
    "make_safe_harbor_suite.py": ["corpus/redaction/safe_harbor.jsonl"],
}
CORPORA = {Path(rel).stem: REPO / rel for rels in OUTPUTS.values() for rel in rels}
# Written by hand, each by its own author: tuned on (probes) or sealed (holdout). Their
# numbers are checked by their authors, not by the checks below; their files must still be
# what their scripts write.
HAND_WRITTEN = {
    f"make_{name}_corpus.py": [f"corpus/redaction/{name}.jsonl"]
    for name in (
        "probe",
        "probe2",
        "probe3",
        "probe4",
        "probe5",
        "probe6",
        "probe7",
        "probe8",
        "probe9",
        "probe10",
        "probe11",
        "probe12",
        "probe13",
        "probe14",
        "probe15",
        "probe16",
        "probe17",
        "probe18",
        "probe19",
        "probe20",
        "probe21",
        "probe22",
        "probe23",
        "probe24",
        "probe25",
        "probe26",
        "probe27",
        "probe28",
        "probe29",
        "probe30",
        "probe31",
        "probe32",
        "probe33",
        "probe34",
        "probe35",
        "probe36",
        "probe37",
        "probe38",
        "probe39",
        "probe40",
        "probe41",
        "probe42",
        "probe43",
        "probe44",
        "probe45",
        "probe46",
        "probe47",
        "probe48",
        "probe49",
        "probe50",
        "probe51",
        "probe52",
        "probe53",
        "probe54",
        "probe55",
        "probe56",
        "probe57",
        "probe58",
        "probe59",
        "probe60",
        "probe61",
        "probe62",
        "probe63",
        "probe64",
        "probe65",
        "probe66",
        "probe67",
        "probe68",
        "probe69",
        "probe70",
        "probe71",
        "probe72",
        "probe73",
        "probe74",
        "probe75",
        "probe76",
        "probe77",
        "probe78",
        "probe79",
        "probe80",
        "probe81",
        "probe82",
        "probe83",
        "probe84",
        "probe85",
        "probe86",
        "probe87",
        "probe88",
        "probe89",
        "probe90",
        "probe91",
        "probe92",
        "probe93",
        "probe94",
        "probe95",
        "probe96",
        "probe97",
        "holdout",
    )
}
LABELS = {"PERSON", "ADDRESS", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "ID", "URL", "IP"}
EXTRA_LABELS = {"VEHICLE", "DEVICE"}
CATEGORIES = {
    "name",
    "geo",
    "date",
    "phone",
    "fax",
    "email",
    "ssn",
    "mrn",
    "health_plan",
    "account",
    "license",
    "vehicle",
    "device",
    "url",
    "ip",
    "biometric",
    "photo",
    "other",
}


def _docs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- check digits


def medicare_ok(digits: str) -> bool:
    """10 digits (11 with the IRN); digit 9 is the weighted sum of the first 8 mod 10."""
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(d) * w for d, w in zip(digits[:8], weights, strict=True)) % 10 == int(digits[8])


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def ihi_ok(digits: str) -> bool:
    return len(digits) == 16 and digits.startswith("800360") and luhn_ok(digits)


def tfn_ok(digits: str) -> bool:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return (
        len(digits) == 9 and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0
    )


def bsn_ok(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return (
        len(digits) == 9 and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0
    )


def nhs_ok(digits: str) -> bool:
    if len(digits) != 10:
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def ssn_ok(digits: str) -> bool:
    """US SSNs carry no check digit; they must avoid the never-issued ranges."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


IBAN_LENGTHS = {"GB": 22, "DE": 22, "FR": 27, "IT": 27, "ES": 24, "NL": 18, "PL": 28, "CH": 21}


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


VIN_VALUES = dict(zip("0123456789", range(10), strict=True))
VIN_VALUES |= dict(zip("ABCDEFGH", range(1, 9), strict=True))
VIN_VALUES |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
VIN_VALUES |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    if len(vin) != 17 or any(c not in VIN_VALUES for c in vin):
        return False
    remainder = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))


KEYWORDS = {  # lowercase cue written before a value: which checksum applies
    "medicare": "medicare",
    "nhs": "nhs",
    "tfn": "tfn",
    "tax file": "tfn",
    "bsn": "bsn",
    "ssn": "ssn",
    "ss#": "ssn",
    "social security": "ssn",
}


def _cue(text: str, start: int) -> str | None:
    """The checksum kind named by the nearest keyword in the 40 characters before a value."""
    window = text[max(0, start - 40) : start].lower()
    best, where = None, -1
    for word, kind in KEYWORDS.items():
        at = window.rfind(word)
        if at > where:
            best, where = kind, at
    return best


def classify(text: str, span: dict) -> str | None:
    """Which checksum a span's value must pass, or None when it carries no check digit."""
    value = text[span["start"] : span["end"]]
    digits = re.sub(r"\D", "", value)
    category = span["category"]
    if span["label"] == "VEHICLE" and re.fullmatch(r"[A-Z0-9]{17}", value):
        return "vin"
    if category == "account" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", value):
        return "iban"
    if category == "ssn":
        return _cue(text, span["start"]) or "unclassified"
    if category == "health_plan" and re.fullmatch(r"[\d -]+", value):
        if len(digits) == 16 and digits.startswith("800360"):
            return "ihi"
        return _cue(text, span["start"]) or "unclassified"
    return None


CHECKS = {
    "medicare": lambda v: medicare_ok(re.sub(r"\D", "", v)),
    "ihi": lambda v: ihi_ok(re.sub(r"\D", "", v)),
    "tfn": lambda v: tfn_ok(re.sub(r"\D", "", v)),
    "bsn": lambda v: bsn_ok(re.sub(r"\D", "", v)),
    "nhs": lambda v: nhs_ok(re.sub(r"\D", "", v)),
    "ssn": lambda v: ssn_ok(re.sub(r"\D", "", v)),
    "iban": iban_ok,
    "vin": vin_ok,
}


def test_check_digit_functions_know_published_examples() -> None:
    assert medicare_ok("2123456701")
    assert not medicare_ok("2123456711")
    assert tfn_ok("123456782") and not tfn_ok("123456789")
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert vin_ok("1M8GDM9AXKP042788") and not vin_ok("1M8GDM9A1KP042788")
    assert luhn_ok("79927398713")
    assert bsn_ok("111222333")


# --------------------------------------------------------------------------- tests


def test_corpora_are_reproducible_from_the_scripts(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(
        REPO / "scripts", copy / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    for script, outputs in (OUTPUTS | HAND_WRITTEN).items():
        subprocess.run(
            [sys.executable, str(copy / "scripts" / script)], check=True, capture_output=True
        )
        for rel in outputs:
            assert (copy / rel).read_bytes() == (REPO / rel).read_bytes(), rel


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_spans_are_well_formed(name: str) -> None:
    docs = _docs(CORPORA[name])
    assert docs
    for n, doc in enumerate(docs, start=1):
        text = doc["text"]
        assert isinstance(text, str) and text, f"{name} doc {n}"
        assert isinstance(doc.get("style"), str) and doc["style"], f"{name} doc {n}"
        end = 0
        for span in doc["spans"]:
            where = f"{name} doc {n} span {span}"
            assert 0 <= span["start"] < span["end"] <= len(text), where
            assert span["start"] >= end, f"overlap: {where}"
            end = span["end"]
            assert span["label"] in LABELS | EXTRA_LABELS, where
            assert span["category"] in CATEGORIES, where
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), where


def test_dev_corpora_sizes_styles_and_labels() -> None:
    styles = {
        "au_clinical": {
            "au-discharge",
            "au-gp-referral",
            "au-nursing",
            "au-pharmacy",
            "au-telehealth",
        },
        "multi_locale": {"uk-nhs-note", "eu-clinic-letter", "eu-support-log"},
        "us_clinical": {"us-clinical-log", "us-progress-note"},
    }
    for name, expected in styles.items():
        docs = _docs(CORPORA[name])
        assert len(docs) == 300, name
        assert {d["style"] for d in docs} == expected, name
        assert len({d["text"] for d in docs}) == len(docs), f"{name}: duplicate documents"
        labels = {s["label"] for d in docs for s in d["spans"]}
        assert {"PERSON", "ADDRESS", "DATE", "PHONE", "ID"} <= labels, name


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_check_digit_identifiers_are_valid(name: str) -> None:
    checked: Counter[str] = Counter()
    for n, doc in enumerate(_docs(CORPORA[name]), start=1):
        text = doc["text"]
        for span in doc["spans"]:
            kind = classify(text, span)
            if kind is None:
                continue
            value = text[span["start"] : span["end"]]
            assert kind != "unclassified", f"{name} doc {n}: no checksum cue for {value!r}"
            assert CHECKS[kind](value), f"{name} doc {n}: {kind} {value!r} fails its check"
            checked[kind] += 1
    expected = {
        "au_clinical": {"medicare", "ihi", "tfn"},
        "multi_locale": {"nhs", "iban", "bsn"},
        "us_clinical": {"ssn"},
        "safe_harbor": {"medicare", "ihi", "tfn", "nhs", "ssn", "iban", "vin"},
    }[name]
    assert expected <= set(checked), f"{name}: checked only {dict(checked)}"


def test_every_safe_harbor_category_has_five_examples() -> None:
    docs = _docs(SAFE_HARBOR)
    assert len(docs) >= 90
    assert all(d["style"] == "safe-harbor" for d in docs)
    counts = Counter(s["category"] for d in docs for s in d["spans"])
    short = {c: counts[c] for c in sorted(CATEGORIES) if counts[c] < 5}
    assert not short, f"categories with fewer than 5 examples: {short}"
