"""The residual-leak scan: leak shapes in redacted text are found, placeholders never are."""

import pytest

from mlgate.redaction.residual import CATEGORIES, find_residual


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("filed under mrn 4821 today", "4821", "mrn"),
        ("ssn 219 09 9999", "219 09 9999", "ssn"),
        ("card 2123 45670 1 on file", "2123 45670 1", "health_plan"),
        ("medicare [ID], also 2123456701", "2123456701", "health_plan"),
        ("last reachable at 10.2.3.4", "10.2.3.4", "ip"),
        ("VIN 1M8GDM9AXKP042788", "1M8GDM9AXKP042788", "vehicle"),
        ("call 0412 345 678", "0412 345 678", "phone"),
        ("mail x@example.org", "x@example.org", "email"),
        ("template VP-88231", "VP-88231", "biometric"),
        ("portal https://portal.example.org/p/48812", "https://portal.example.org/p/48812", "url"),
    ],
)
def test_leaks_are_found_with_a_category(text: str, value: str, category: str) -> None:
    hits = {text[s:e]: c for s, e, c in find_residual(text)}
    assert hits.get(value) == category
    assert all(c in CATEGORIES for c in hits.values())


@pytest.mark.parametrize(
    "text",
    [
        "Call [PHONE] or [ID_2] re [PERSON_12] at [ADDRESS].",
        "MRN: [ID], acct [ID_3]",
        "2024-05-02T10:11:12Z INFO service started",
        "version 10.4.12.1033 deployed",
        "BP 128/82 HR 76, give 1000000 units",
        '{"system": "http://loinc.org", "code": "2339-0"}, "system": "https://fhir.nhs.uk/Id/nhs-number"',
    ],
)
def test_clean_text_has_no_residual(text: str) -> None:
    assert find_residual(text) == []
