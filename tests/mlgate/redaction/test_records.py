"""Record fields: a key names its value's kind, in JSON, key-value lines and tables."""

from __future__ import annotations

import pytest

from mlgate.redaction import RedactionEngine
from mlgate.redaction.records import record_fields


def _fields(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in record_fields(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "patient_id,last_name,first_name,dob,zip,dx\n448102,Booker,Royal,1954-03-09,30310,I50.9",
            [("448102", "ID"), ("Booker", "PERSON"), ("Royal", "PERSON"), ("30310", "ADDRESS")],
        ),
        (
            "nhc;apellidos;nombre;cp\n0044812;García de la Fuente;Rocío;41013",
            [("0044812", "ID"), ("García de la Fuente", "PERSON"), ("Rocío", "PERSON"),
             ("41013", "ADDRESS")],
        ),
        (
            '{"name":[{"family":"Fairbairn","given":["Honor","May"]}],"birthDate":"1962-10-30"}',
            [("Fairbairn", "PERSON"), ("Honor", "PERSON"), ("May", "PERSON")],
        ),
        ("first_name: Hope\nlast_name: Mercado", [("Hope", "PERSON"), ("Mercado", "PERSON")]),
        (
            'event=admit fallnr=2400418813 pat_name="Özdemir, Ayşe" station=K3',
            [("2400418813", "ID"), ("Özdemir, Ayşe", "PERSON")],
        ),
        ("patient=HOPE, Rosalind nhs=6640132278", [("HOPE, Rosalind", "PERSON"),
                                                  ("6640132278", "ID")]),
        ("Patient: Herr Mag. Alois Pichler-Steinbauer", [("Alois Pichler-Steinbauer", "PERSON")]),
        ('"transmitter_id": "8G4K2M"', [("8G4K2M", "ID")]),
        # a quoted cell with a comma in it, XML elements, a FHIR address's lines, a login
        # after a call's agent, a field after a pipe, an age key's suffix
        ("timestamp,user_id,user_name,mrn\n2024-09-10 22:47:19,tbell7,\"Bell, Tiffany\",80442199",
         [("tbell7", "ID"), ("Bell, Tiffany", "PERSON"), ("80442199", "ID")]),
        ("<given>Soledad</given><family>Quintana</family><postalCode>5090</postalCode>",
         [("Soledad", "PERSON"), ("Quintana", "PERSON"), ("5090", "ADDRESS")]),
        ('"line": ["Calle Loíza 1904", "Apt 5B"]', [("Calle Loíza 1904", "ADDRESS"), ("Apt 5B", "ADDRESS")]),
        ("Case CAS-0048213 | Queue: Hospital claims | Agent: pdas01", [("pdas01", "ID")]),
        ("Consumer: Hope Ng\npatient_age: 92", [("Hope Ng", "PERSON"), ("92", "AGE")]),
        # Turkish and Italian extract headers; HL7 fields by their place (address, phones,
        # the event's operator)
        ("TC_KIMLIK|AD|SOYAD|IL|ILCE\n63820471900|HATİCE|ŞAHİN|KONYA|SELÇUKLU",
         [("63820471900", "ID"), ("HATİCE", "PERSON"), ("ŞAHİN", "PERSON"), ("SELÇUKLU", "LOCATION")]),
        ("EVN|A01|20240311081500|||kuehnj\nPID|1||4091^^^KLF^PI||X^Y||19520709|F|||Leipziger Str. 118^^Fulda^^36037^DE^H||^PRN^PH^^^661^9018274",
         [("kuehnj", "ID"), ("Leipziger Str. 118^^Fulda^^36037", "ADDRESS"), ("661^9018274", "PHONE")]),
    ],
)  # fmt: skip
def test_a_key_says_what_its_value_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patient: 45yo male with chest pain",  # prose after a key prose uses: no capitals
        "Family: supportive, daughter visits",
        "see https://example.org/a?id=1234",  # no key this table knows
        "Seen at 10:30, plan: review",
        "448102,Booker,Royal,1954-03-09\n448117,Lam,Christine,1990-12-01",  # no header
        "name: \nmrn: none",  # empty values
        "Agent: Done.\nAgent: OK, thanks Mrs Parata\nagent=v7.2.1",  # a speaker; a version
    ],
)
def test_prose_and_headerless_rows_are_not_records(text: str) -> None:
    assert _fields(text) == []


def test_the_engine_redacts_a_csv_export_whole() -> None:
    text = "patient_id,last_name,first_name,dob,zip\n448102,Booker,Royal,1954-03-09,30310"
    found = {text[s:e] for s, e, _ in RedactionEngine().find(text)}
    assert {"448102", "Booker", "Royal", "1954-03-09", "30310"} <= found
