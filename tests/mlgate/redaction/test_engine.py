"""The engine on hand-written clinical text: every label, validation, placeholders, long text."""

import pytest

from mlgate.redaction import RedactionEngine, replace_spans

ENGINE = RedactionEngine()


def found(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in ENGINE.find(text)}


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Seen by Dr. Amelia Hartwell on the ward.", "Amelia Hartwell", "PERSON"),
        ("pt maria lopez called again", "maria lopez", "PERSON"),
        (
            "Letter to 4417 Juniper Hollow, Westbury, NY 11590 today.",
            "4417 Juniper Hollow, Westbury, NY 11590",
            "ADDRESS",
        ),
        ("She moved to Denver last spring.", "Denver", "LOCATION"),
        ("DOB 03/14/1961, admitted 14 March 2024.", "03/14/1961", "DATE"),
        ("A 67-year-old man with COPD.", "67", "AGE"),
        ("Call back on (415) 555-0199 ext. 12.", "(415) 555-0199 ext. 12", "PHONE"),
        ("Portal user j.doe+clinic@example.org locked out.", "j.doe+clinic@example.org", "EMAIL"),
        ("MRN 00482913 on the wristband.", "00482913", "ID"),
        ("SSN 219-09-9999 verified.", "219-09-9999", "ID"),
        ("Card 4111 1111 1111 1111 declined.", "4111 1111 1111 1111", "ID"),
        (
            "See https://portal.example.org/records/991 for results.",
            "https://portal.example.org/records/991",
            "URL",
        ),
        ("Login from 203.0.113.77 flagged.", "203.0.113.77", "IP"),
        ("Login from 2001:db8::ff00:42:8329 flagged.", "2001:db8::ff00:42:8329", "IP"),
    ],
)
def test_each_label_is_found(text: str, value: str, label: str) -> None:
    assert found(text).get(value) == label


@pytest.mark.parametrize(
    "text",
    [
        "BP 128/82, HR 76, SpO2 98% on room air.",
        "Give 10 mg morphine at 22:00 for pain 7/10.",
        "Version 999.1.2.3 deployed.",  # not an IP
        # Australian clinical shorthand: scores, wards, brands and versions are not PII.
        "Pressure injury stage 2 to sacrum, Mepilex Border applied, Braden score 14.",
        "Patient transferred to Ward 7B bed 22 at 1430; handover given to RN on 7B.",
        "Pump firmware v3.4.12 build 20240115 OK; device battery 87%; alarm at 02:00 resolved.",
        "Morse falls score 45; Barthel index 60/100; MMSE 24/30; PHQ-9 score 12.",
        "Parkinson's disease managed with Madopar 125 TDS; Webster-pak arranged.",
        "Vaccination: Fluvax 0.5 mL IM left deltoid, batch expiry checked.",
    ],
)
def test_clinical_text_without_pii_is_left_alone(text: str) -> None:
    assert ENGINE.find(text) == []


def test_placeholders_and_consistent_numbering() -> None:
    text = "Dr. Amelia Hartwell saw John Smith; Dr. Amelia Hartwell signed."
    spans = ENGINE.find(text)
    assert replace_spans(text, spans) == "Dr. [PERSON] saw [PERSON]; Dr. [PERSON] signed."
    assert replace_spans(text, spans, consistent=True) == (
        "Dr. [PERSON_1] saw [PERSON_2]; Dr. [PERSON_1] signed."
    )


def test_overlapping_spans_are_redacted_as_their_union() -> None:
    assert replace_spans("abcdefgh", [(1, 4, "ID"), (3, 6, "ID")]) == "a[ID][ID]gh"


def test_long_text_goes_through_the_model_in_windows() -> None:
    text = "Patient Amelia Hartwell called from 415-555-0199. " * 600  # 30,000 characters
    spans = ENGINE.find(text)
    assert sum(1 for _, _, label in spans if label == "PHONE") == 600
    assert sum(1 for _, _, label in spans if label == "PERSON") == 600
