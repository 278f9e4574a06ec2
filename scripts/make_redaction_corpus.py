"""Generate the annotated redaction corpora, reproducibly.

    python scripts/make_redaction_corpus.py

writes, with fixed seeds:

- ``corpus/redaction/tune.jsonl``: 2,000 documents for developing the engine;
- ``mlgate/redaction/sample_logs.jsonl``: 300 unannotated log records (JSON Lines with
  ``ts``, ``level``, ``service`` and a free-text ``message``) for the demo;
- ``mlgate/redaction/reference.jsonl``: 1,000 held-out documents, never tuned on,
  shipped as the reference the redaction contract is scored against. A fifth of
  its templates never appear in the tuning split, and its identities differ.

Documents are clinical and support logs: triage notes, discharge summaries, lab
messages, referrals, pharmacy and billing messages, patient chat. Entities come
from Faker plus generators for clinical identifiers; noise makes them realistic:
lower-cased documents, typos in surrounding words, line breaks inside addresses,
and documents with no PII at all.

A third of each split renders presidio-evaluator's templates
(``scripts/data/presidio_evaluator_templates.txt``, from presidio-evaluator 0.3.2,
MIT License, (c) Microsoft Corporation) with the same generators, so the engine
is also measured on text that was not written for it. Their address parts
(building number, street, city, state, zip) become one ADDRESS span when they
stand together; a city or country alone is a LOCATION; organisations,
nationalities, jobs and years are filler, not PII.

Format (one document a line, offsets are Python string indices, end exclusive):
    {"text": "...", "spans": [{"start": 10, "end": 22, "label": "PERSON"}]}
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from faker import Faker

# The clock Faker's dates are drawn up to: its default is the moment the script runs.
_FIXED_NOW = dt.datetime(2026, 1, 1)

ROOT = Path(__file__).resolve().parents[1]

# {LABEL} or {LABEL:variant}; literal braces never occur in the templates.
TEMPLATES = [
    # triage and emergency notes
    "Triage note {DATE}: {PERSON}, {AGE} y/o, presents with chest pain. MRN {ID:mrn}. Contact: {PHONE}.",
    "Pt {PERSON} (DOB {DATE}) arrived by ambulance from {ADDRESS}. Allergies: penicillin.",
    "{AGE}-year-old female brought in by daughter {PERSON}, who can be reached at {PHONE}.",
    "ED visit {DATE}. Patient name: {PERSON}. Age: {AGE}. Insurance ID {ID:member}. Chief complaint: fall at home.",
    "Patient {PERSON} reports dizziness since {DATE}; lives alone at {ADDRESS}.",
    "Seen by Dr. {PERSON:last} at 14:20. Pt is a {AGE} year old male with hx of COPD.",
    "Called {PERSON} back on {PHONE} re: abnormal ECG, no answer, left voicemail.",
    "Ambulance crew reported pt found at {ADDRESS}, GCS 14, BP 150/90.",
    # discharge summaries
    "DISCHARGE SUMMARY\nPatient: {PERSON}\nMRN: {ID:mrn}\nAdmitted: {DATE}\nDischarged: {DATE}\nAttending: Dr. {PERSON}",
    "Discharged {DATE} to home at {ADDRESS}. Follow up with Dr. {PERSON:last} in 2 weeks.",
    "Mr. {PERSON:last}, aged {AGE}, was admitted on {DATE} for pneumonia and treated with IV antibiotics.",
    "Ms. {PERSON:last} tolerated the procedure well. Next appointment {DATE}. Questions: {EMAIL}.",
    "Summary for {PERSON}, DOB {DATE}: stable, discharged on metformin 500 mg BID.",
    "Patient transferred from {LOCATION:facility} on {DATE} for further care.",
    # lab and imaging messages
    "LAB RESULT {ID:accession} for {PERSON} (MRN {ID:mrn}): HbA1c 7.9%, collected {DATE}.",
    "Critical value called to {PERSON} at {PHONE} on {DATE}: potassium 6.1.",
    "Radiology report for patient {PERSON}, {AGE}yo. CT head without contrast: no acute findings.",
    "Specimen {ID:accession} received {DATE}, patient {PERSON}, ordering provider Dr. {PERSON:last}.",
    "Results portal link sent to {EMAIL}: {URL}",
    "Pathology: biopsy from {PERSON} ({AGE} years old) shows benign tissue. Reported {DATE}.",
    # referrals and letters
    "Referral: please see {PERSON}, a {AGE}-year-old with chronic back pain. Phone {PHONE}, email {EMAIL}.",
    "Dear Dr. {PERSON:last}, I am referring {PERSON} (DOB {DATE}) for cardiology evaluation.",
    "Letter sent to {PERSON} at {ADDRESS} regarding missed appointment on {DATE}.",
    "Patient recently moved to {LOCATION} and requests records be sent to {ADDRESS}.",
    # pharmacy and prescriptions
    "Rx for {PERSON}, DOB {DATE}: lisinopril 10 mg daily. Pharmacy callback {PHONE}.",
    "Refill request from {PERSON} via {EMAIL}; last filled {DATE}.",
    "Prior auth submitted for member {ID:member}, patient {PERSON}, on {DATE}.",
    # billing and insurance
    "Billing: card ending payment declined for {PERSON}, card number {ID:card}, please call {PHONE}.",
    "Statement mailed to {ADDRESS} for account {ID:account} on {DATE}.",
    "Patient {PERSON} disputes charge from {DATE}; SSN on file {ID:ssn}.",
    "Insurance verification for {PERSON}: policy {ID:member}, subscriber DOB {DATE}.",
    # support chat and portal
    "chat: hi this is {PERSON} my appointment on {DATE} got cancelled?? call me {PHONE}",
    "Portal message from {EMAIL}: I can't log in, my date of birth is {DATE}.",
    "Support ticket: user {EMAIL} locked out from IP {IP} at 03:14 UTC.",
    "patient says she is {AGE} and lives in {LOCATION}, wants a callback at {PHONE}",
    "Login from {IP} for account {ID:account} flagged; owner {PERSON} notified at {EMAIL}.",
    "Hello, my name is {PERSON} and my husband {PERSON} was seen on {DATE}. Our address changed to {ADDRESS}.",
    "Caller {PERSON} asked to update phone to {PHONE} and email to {EMAIL}.",
    # nursing and home care
    "Home visit at {ADDRESS} on {DATE}. {PERSON} ({AGE}) ambulating with walker.",
    "Nurse {PERSON} administered flu vaccine to pt {PERSON} on {DATE}.",
    "Family contact: son {PERSON}, phone {PHONE}. Patient is {AGE} years old and hard of hearing.",
    "Wound check for {PERSON}, MRN {ID:mrn}; dressing changed, healing well.",
    # system and audit logs
    "2024-05-02T10:11:12Z INFO access granted user={EMAIL} src={IP} record={ID:mrn}",
    "audit: record {ID:mrn} viewed by {PERSON} from {IP}",
    "Webhook posted to {URL} with status 200 for order {ID:account}.",
    "Device {ID:device} reported a fall for {PERSON} at {ADDRESS}.",
    # no PII at all (the redactor must leave these alone)
    "Pt tolerated PO intake, no nausea. Continue current plan, reassess in 4 hours.",
    "BP 128/82, HR 76, SpO2 98% on room air. Lungs clear bilaterally.",
    "Medication reconciliation completed; no changes to home medications.",
    "Follow-up in 6 weeks with repeat labs: CBC, BMP, lipid panel.",
    "Dressing changed twice daily, 10 mg morphine given at 22:00 for pain 7/10.",
    # held out from tuning (see HELD_OUT)
    "Operative note {DATE}: surgeon Dr. {PERSON}, assistant {PERSON}. Patient {PERSON}, {AGE} y.o., MRN {ID:mrn}.",
    "Telehealth visit: {PERSON} joined from {LOCATION} using link {URL} on {DATE}.",
    "Emergency contact for {PERSON}: {PERSON} at {PHONE} or {ADDRESS}.",
    "Vaccination record: {PERSON}, born {DATE}, aged {AGE}, card no. {ID:member}.",
    "Case manager {PERSON} left a message for the patient at {PHONE} about transport from {ADDRESS}.",
    "Patient portal password reset for {EMAIL} requested from {IP} on {DATE}.",
    "Obstetrics: {PERSON}, G2P1, {AGE} yrs, EDD {DATE}, partner {PERSON} present.",
    "Driver license {ID:license} and SSN {ID:ssn} verified for {PERSON} at registration.",
    "Psych consult for {PERSON} ({AGE}), referred by Dr. {PERSON:last}, seen {DATE}.",
    "Records request faxed to {LOCATION} clinic for {PERSON}, MRN {ID:mrn}, on {DATE}.",
]
HELD_OUT = set(range(len(TEMPLATES) - 10, len(TEMPLATES)))  # templates the tuning split never sees

STREET_SUFFIXES = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Lane",
    "Ln",
    "Dr",
    "Drive",
    "Ct",
    "Court",
    "Way",
    "Pl",
    "Place",
    "Terrace",
    "Pkwy",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class Generator:
    """Entity values in the shapes real logs use, drawn from one seeded source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)

    def person(self, variant: str = "") -> str:
        first, last = self.fake.first_name(), self.fake.last_name()
        if variant == "last":
            return last
        shape = self.rng.random()
        if shape < 0.55:
            return f"{first} {last}"
        if shape < 0.7:
            return f"{first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if shape < 0.8:
            return f"{last}, {first}"
        if shape < 0.9:
            return f"{first[0]}. {last}"
        return first

    def date(self) -> str:
        # Fixed bounds, not "-90y" from today: the corpus must not change with the calendar.
        d = self.fake.date_between(start_date=dt.date(1936, 1, 1), end_date=dt.date(2027, 1, 1))
        month = MONTHS[d.month - 1]
        shapes = [
            f"{d:%Y-%m-%d}", f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d:%y}",
            f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}", f"{month[:3]} {d.day}, {d.year}",
            f"{d.day:02d}-{month[:3]}-{d.year}", f"{d.day}.{d.month}.{d.year}", f"{month} {d.year}",
            f"{d.month:02d}/{d.day:02d}/{d:%y}",
        ]  # fmt: skip
        return self.rng.choice(shapes)

    def age(self) -> str:
        return str(
            self.rng.choice(
                [self.rng.randint(18, 95), self.rng.randint(1, 17), self.rng.randint(60, 104)]
            )
        )

    def phone(self) -> str:
        a, b, c = self.rng.randint(201, 989), self.rng.randint(200, 999), self.rng.randint(0, 9999)
        shapes = [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"{a}{b}{c:04d}",
            f"+1-{a}-{b}-{c:04d}",
            f"{a}-{b}-{c:04d} ext. {self.rng.randint(10, 999)}",
            f"+44 20 {self.rng.randint(1000, 9999)} {self.rng.randint(1000, 9999)}",
        ]
        return self.rng.choice(shapes)

    def address(self) -> str:
        number = self.rng.choice(
            [
                str(self.rng.randint(1, 99)),
                str(self.rng.randint(100, 9999)),
                str(self.rng.randint(10000, 99999)),
            ]
        )
        street = f"{number} {self.fake.street_name().rsplit(' ', 1)[0]} {self.rng.choice(STREET_SUFFIXES)}"
        if self.rng.random() < 0.2:
            street += (
                f" {self.rng.choice(['Apt', 'Suite', 'Unit', '#'])} {self.rng.randint(1, 999)}"
            )
        shape = self.rng.random()
        if shape < 0.3:
            return street
        city = f"{self.fake.city()}, {self.fake.state_abbr()} {self.fake.zipcode()}"
        separator = ",\n" if self.rng.random() < 0.25 else ", "  # line breaks inside spans
        return street + separator + city

    def location(self, variant: str = "") -> str:
        if variant == "facility":  # a named facility is a place: the whole name is PII
            return f"{self.fake.city()} {self.rng.choice(['General Hospital', 'Medical Center', 'Clinic'])}"
        return self.rng.choice(
            [self.fake.city(), self.fake.city(), self.fake.state(), self.fake.country()]
        )

    def email(self) -> str:
        return self.fake.email() if self.rng.random() < 0.6 else self.fake.free_email()

    def url(self) -> str:
        return self.rng.choice([
            self.fake.url() + self.fake.uri_path(),
            f"https://portal.{self.fake.domain_name()}/records/{self.rng.randint(1000, 99999)}",
            f"www.{self.fake.domain_name()}",
        ])  # fmt: skip

    def ip(self) -> str:
        return self.fake.ipv4() if self.rng.random() < 0.85 else self.fake.ipv6()

    def identifier(self, variant: str) -> str:
        r = self.rng
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if variant == "ssn":
            return self.fake.ssn()
        if variant == "card":
            number = self.fake.credit_card_number(
                card_type=r.choice(["visa16", "mastercard", "amex"])
            )
            if len(number) == 16 and r.random() < 0.6:
                number = " ".join(number[i : i + 4] for i in range(0, 16, 4))
            return number
        if variant == "mrn":
            return r.choice(
                [
                    digits(8),
                    digits(7),
                    f"{digits(3)}-{digits(3)}-{digits(3)}",
                    f"MR{digits(7)}",
                    f"{r.choice('ABCDEFGH')}{digits(7)}",
                ]
            )
        if variant == "member":
            letters = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
            return r.choice(
                [f"{letters}{digits(9)}", f"{letters}-{digits(6)}-{digits(2)}", f"W{digits(9)}"]
            )
        if variant == "account":
            return r.choice([digits(10), digits(12), f"ACCT-{digits(8)}"])
        if variant == "accession":
            return r.choice(
                [f"S{digits(2)}-{digits(5)}", f"LAB{digits(8)}", f"{digits(2)}-{digits(7)}"]
            )
        if variant == "license":
            return r.choice(
                [
                    f"{r.choice('ABCDEFGHJKLMNPRSTW')}{digits(3)}-{digits(4)}-{digits(4)}",
                    f"{r.choice('ABCDEFGHJKLMNPRSTW')}{digits(7)}",
                    f"DL{digits(8)}",
                ]
            )
        if variant == "device":
            return f"SN-{digits(4)}-{digits(4)}"
        raise ValueError(variant)

    def value(self, label: str, variant: str) -> str:
        makers: dict[str, Callable[[], str]] = {
            "PERSON": lambda: self.person(variant), "DATE": self.date, "AGE": self.age,
            "PHONE": self.phone, "ADDRESS": self.address, "LOCATION": lambda: self.location(variant),
            "EMAIL": self.email, "URL": self.url, "IP": self.ip,
            "ID": lambda: self.identifier(variant),
        }  # fmt: skip
        return makers[label]()


_SLOT = re.compile(r"\{([A-Z]+)(?::([a-z]+))?\}")


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def render(template: str, gen: Generator) -> dict:
    rng = gen.rng
    lower = rng.random() < 0.15
    text, spans, pos = "", [], 0
    for match in _SLOT.finditer(template):
        literal = template[pos : match.start()]
        if rng.random() < 0.1:  # a typo in the words around the entities
            words = literal.split(" ")
            k = rng.randrange(len(words))
            words[k] = _typo(words[k], rng)
            literal = " ".join(words)
        text += literal.lower() if lower else literal
        value = gen.value(match.group(1), match.group(2) or "")
        if lower and match.group(1) in ("PERSON", "ADDRESS", "LOCATION", "EMAIL", "URL"):
            value = value.lower()
        spans.append({"start": len(text), "end": len(text) + len(value), "label": match.group(1)})
        text += value
        pos = match.end()
    tail = template[pos:]
    text += tail.lower() if lower else tail
    return {"text": text, "spans": spans}


def generate(count: int, seed: int, templates: list[int]) -> list[dict]:
    gen = Generator(seed)
    return [render(TEMPLATES[gen.rng.choice(templates)], gen) for _ in range(count)]


PRESIDIO_TEMPLATES = ROOT / "scripts" / "data" / "presidio_evaluator_templates.txt"
_PRESIDIO_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_ADDRESS_PARTS = {
    "building_number",
    "street_name",
    "secondary_address",
    "city",
    "state_abbr",
    "zipcode",
    "postcode",
    "country",
    "state",
}


def presidio_value(name: str, gen: Generator) -> tuple[str, str | None]:
    """A value for a presidio-evaluator placeholder and its label (None: not PII)."""
    f, r = gen.fake, gen.rng
    people = {
        "person": f.name,
        "name": f.name,
        "name_female": f.name_female,
        "name_male": f.name_male,
        "first_name": f.first_name,
        "first_name_male": f.first_name_male,
        "first_name_female": f.first_name_female,
        "first_name_nonbinary": f.first_name,
        "last_name": f.last_name,
        "last_name_male": f.last_name,
        "last_name_female": f.last_name,
    }
    if name in people:
        return people[name](), "PERSON"
    if name.startswith("prefix"):
        return r.choice(["Mr.", "Mrs.", "Ms.", "Dr."]), None
    parts = {
        "building_number": f.building_number,
        "street_name": f.street_name,
        "secondary_address": f.secondary_address,
        "city": f.city,
        "state_abbr": f.state_abbr,
        "zipcode": f.zipcode,
        "postcode": f.postcode,
        "country": f.country,
        "state": f.state,
    }
    if name in parts:
        return parts[name](), "PART"
    pii = {
        "address": ("ADDRESS", gen.address),
        "phone_number": ("PHONE", gen.phone),
        "email": ("EMAIL", gen.email),
        "url": ("URL", gen.url),
        "ip_address": ("IP", gen.ip),
        "age": ("AGE", gen.age),
        "date_of_birth": ("DATE", gen.date),
        "date_time": ("DATE", gen.date),
        "credit_card_number": ("ID", lambda: gen.identifier("card")),
        "ssn": ("ID", lambda: gen.identifier("ssn")),
        "iban": ("ID", f.iban),
        "us_driver_license": ("ID", lambda: gen.identifier("license")),
    }
    if name in pii:
        label, make = pii[name]
        return make(), label
    filler = {
        "organization": f.company,
        "nationality": lambda: r.choice(["French", "Kenyan", "Peruvian"]),
        "job": f.job,
        "year": lambda: str(r.randint(1950, 2024)),
        # (Faker's day_of_week draws a moment up to "now": a fixed end keeps the corpus fixed)
        "day_of_week": lambda: f.date_time(end_datetime=_FIXED_NOW).strftime("%A"),
    }
    return filler.get(name, f.word)(), None


def render_presidio(template: str, gen: Generator) -> dict:
    text, spans, pos = "", [], 0
    for match in _PRESIDIO_SLOT.finditer(template):
        text += template[pos : match.start()]
        value, label = presidio_value(match.group(1), gen)
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
        pos = match.end()
    text += template[pos:]
    # Address parts standing together form one ADDRESS; a lone city or country is a LOCATION.
    merged: list[dict] = []
    for span in spans:
        prev = merged[-1] if merged else None
        if (
            prev
            and span["label"] == "PART"
            and prev["label"] in ("PART", "ADDRESS")
            and re.fullmatch(r"[\s,>?]*", text[prev["end"] : span["start"]])
        ):
            prev["end"], prev["label"] = span["end"], "ADDRESS"
        else:
            merged.append(dict(span))
    for span in merged:
        if span["label"] == "PART":
            span["label"] = "LOCATION"
    return {"text": text, "spans": merged}


def generate_presidio(count: int, seed: int) -> list[dict]:
    gen = Generator(seed)
    lines = PRESIDIO_TEMPLATES.read_text(encoding="utf-8").splitlines()
    templates = [line.replace("\\n", "\n") for line in lines if line.strip()]
    return [render_presidio(gen.rng.choice(templates), gen) for _ in range(count)]


# Australian, UK and European clinical text, with pools of our own (no Faker): discharge
# letters, GP referrals, nursing shorthand, pharmacy, telehealth, billing and device logs.
AU_TEMPLATES = [
    "DISCHARGE SUMMARY\nPatient: {PERSON:caps}\nURN: {ID:urn}\nDOB: {DATE:au}\nMedicare: {ID:medicare}\nAddress: {ADDRESS:au}\nGP: Dr {PERSON:last}, {LOCATION:facility}",
    "Re: {PERSON} DOB {DATE:au}\nDear Dr {PERSON:last},\nThank you for seeing this {AGE}yo with T2DM. Mob {PHONE:au}.",
    "nursing note: pt {PERSON:lower} settled overnight, wife {PERSON:first} rang at 0700 on {PHONE:au}, Braden score 16, GCS E4 V4 M6",
    "Pharmacy: Madopar 125mg and Keflex 500mg dispensed in Webster-pak for {PERSON}, {ADDRESS:au}. Prescriber {ID:provider}.",
    "Telehealth {DATE:au}: {PERSON} joined from {LOCATION:au}, ph {PHONE:au}. Mepilex dressing reviewed.",
    "Billing: Medicare {ID:medicare}, DVA {ID:dva}, claim for {PERSON} at {LOCATION:facility}.",
    "Transferred from {LOCATION:facility} on {DATE:words}; NOK {PERSON} ({PHONE:au}). IHI {ID:ihi}.",
    "pt lives at {ADDRESS:au} with daughter {PERSON:first}; filed under mrn {ID:short}; Endone 5mg PRN",
    "Referral to {LOCATION:facility}: {PERSON}, {AGE} y/o, TFN on file {ID:tfn}, contact {EMAIL} or {PHONE:au}.",
    "Device log: pump serial {ID:serial} paired for {PERSON} from {IP}; version 4.12.0.1033 OK.",
    "UK referral: {PERSON}, NHS no {ID:nhs}, {ADDRESS:uk}, tel {PHONE:uk}, seen {DATE:au}.",
    'Patient {PERSON} (aka "{PERSON:nick}") resides at {ADDRESS:eu}, Tel. {PHONE:eu}; IBAN on file {ID:iban}.',
    "Ward 4B bed 12: {PERSON:caps} reviewed {DATE:weekday}, plate {ID:plate}, chart{ID:glued}.",
]
AU_STREETS = ["Banksia", "Wattle", "Jacaranda", "Boronia", "Waratah", "Koala", "Bottlebrush", "Kurrajong", "Grevillea", "Ironbark", "Tallowwood", "Yarra", "Murray", "Darling"]  # fmt: skip
AU_TYPES = ["St", "Rd", "Cres", "Cl", "Pde", "Gr", "Hwy", "Ave", "Ct", "Pl", "Tce", "Dr"]
AU_PLACES = [("Fitzroy", "VIC", "3065"), ("Dubbo", "NSW", "2830"), ("Cairns", "QLD", "4870"), ("Bunbury", "WA", "6230"), ("Glenelg", "SA", "5045"), ("Launceston", "TAS", "7250"), ("Palmerston", "NT", "0830"), ("Belconnen", "ACT", "2617"), ("Cabramatta", "NSW", "2166"), ("Springvale", "VIC", "3171")]  # fmt: skip
AU_FIRST = ["Minh", "Priya", "Georgios", "Layla", "Wei", "Jirra", "Sione", "Aoife", "Harpreet", "Eleni", "Thanh", "Rami", "Mei", "Kirra", "Lars", "Giulia"]  # fmt: skip
AU_LAST = ["Nguyen", "Patel", "Papadopoulos", "Haddad", "Chen", "Yunupingu", "Taufa", "Murphy", "Sandhu", "Georgiou", "Tran", "Abou-Khalil", "Wong", "Mabo", "Eriksson", "Rossi", "Smith-Jones", "Khoury"]  # fmt: skip
AU_FACILITY = ["Hospital", "Medical Centre", "Family Practice", "Residential Care", "RACF", "Aged Care", "Health Service", "Private Hospital"]  # fmt: skip
ORDINALS = ["first", "second", "third", "fourth", "fifth", "tenth", "twelfth", "twentieth"]
EU_STREETS = ["Hauptstraße {n}, 10115 Berlin", "Via Franscini {n}, 6500 Bellinzona", "ul. Długa {n}, 00-238 Warszawa", "Keizersgracht {n}, 1015 Amsterdam", "Calle Mayor {n}, 28013 Madrid", "{n} rue de la Paix, 75002 Paris"]  # fmt: skip
UK_STREETS = ["{n} Kingsway, Leeds LS1 4AP", "Flat {u}, {n} Albert Road, Bristol BS2 0XJ", "{n} Church Lane, Cardiff CF10 1AA"]  # fmt: skip


class AuGenerator(Generator):
    """Values in Australian, UK and European shapes, from the pools above."""

    def person(self, variant: str = "") -> str:
        r = self.rng
        first, last = r.choice(AU_FIRST), r.choice(AU_LAST)
        if variant == "last":
            return last
        if variant in ("first", "nick"):
            return first
        if variant == "caps":
            return f"{last.upper()}, {first}"
        if variant == "lower":
            return f"{first} {last}".lower()
        return f"{first} {last}"

    def date(self, variant: str = "") -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1930, 2025)
        if variant == "words":
            return r.choice(
                [f"the {r.choice(ORDINALS)} of {MONTHS[m - 1]}", f"{d}th of {MONTHS[m - 1]}"]
            )
        if variant == "weekday":
            return f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {d}/{m}"
        return r.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", f"{d}/{m}/{y}"]
        )

    def phone(self, variant: str = "") -> str:
        r = self.rng
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        if variant == "uk":
            return r.choice([f"020 7{n(3)} {n(4)}", f"07700 9{n(5)}", f"+44 161 {n(3)} {n(4)}"])
        if variant == "eu":
            return r.choice(
                [
                    f"+49 30 {n(7)}",
                    f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}",
                    f"+39 06 {n(8)}",
                    f"030 {n(7)}",
                ]
            )
        return r.choice(
            [
                f"04{n(2)} {n(3)} {n(3)}",
                f"04{n(8)}",
                f"+61 4{n(2)} {n(3)} {n(3)}",
                f"(02) 9{n(3)} {n(4)}",
                f"1300 {n(3)} {n(3)}",
                f"(03) 9{n(3)} {n(4)}",
            ]
        )

    def address(self, variant: str = "") -> str:
        r = self.rng
        if variant == "uk":
            return r.choice(UK_STREETS).format(n=r.randint(1, 200), u=r.randint(1, 20))
        if variant == "eu":
            return r.choice(EU_STREETS).format(n=r.randint(1, 200))
        place, state, code = r.choice(AU_PLACES)
        street = f"{r.randint(1, 250)} {r.choice(AU_STREETS)} {r.choice(AU_TYPES)}"
        street = r.choice(
            [street, f"Unit {r.randint(1, 20)}/{street}", f"{r.randint(1, 9)}/{street}"]
        )
        return r.choice(
            [
                f"{street}, {place} {state} {code}",
                f"RMB {r.randint(100, 9999)}, {place} {state} {code}",
                f"PO Box {r.randint(1, 999)}, {place} {state} {code}",
                street,
            ]
        )

    def location(self, variant: str = "") -> str:
        r = self.rng
        if variant == "facility":
            return f"{r.choice(['Westmead', 'Wattle Grove', 'St Vincent', 'Bayside', 'Redcliffe', 'Banksia'])} {r.choice(AU_FACILITY)}"
        return r.choice(AU_PLACES)[0]

    def identifier(self, variant: str) -> str:
        r = self.rng
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        if variant == "medicare":
            while True:
                d = str(r.randint(2, 6)) + n(7)
                check = (
                    sum(int(x) * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
                )
                num = f"{d}{check}{r.randint(1, 9)}"
                return r.choice(
                    [
                        f"{num[:4]} {num[4:9]} {num[9]}",
                        num,
                        f"{num[:4]} {num[4:9]} {num[9]}/{r.randint(1, 5)}",
                    ]
                )
        if variant == "tfn":
            while True:
                d = n(9)
                if (
                    sum(int(x) * w for x, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=True))
                    % 11
                    == 0
                ):
                    return f"{d[:3]} {d[3:6]} {d[6:]}"
        if variant == "nhs":
            while True:
                d = n(9)
                c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
                if c != 10:
                    num = d + str(0 if c == 11 else c)
                    return f"{num[:3]} {num[3:6]} {num[6:]}"
        if variant == "ihi":
            return f"8003 60{n(2)} {n(4)} {n(4)}"
        if variant == "dva":
            return f"{r.choice('NVQW')}X{n(6)}"
        if variant == "provider":
            return f"{n(6)}{r.choice('0123456789AB')}{r.choice('ABFHJKLTWXY')}"
        if variant == "iban":
            return self.fake.iban()
        if variant == "urn":
            return n(r.choice([6, 7, 8]))
        if variant == "short":
            return n(4)
        if variant == "glued":
            return f"MRN{n(8)}"
        if variant == "serial":
            return f"SN-{n(4)}-{n(4)}"
        if variant == "plate":
            return r.choice([f"{n(1)}AB{n(1)}CD", f"ABC{n(3)}", f"{n(3)}XYZ"])
        return super().identifier(variant)

    def value(self, label: str, variant: str) -> str:
        makers: dict[str, Callable[[], str]] = {
            "DATE": lambda: self.date(variant), "PHONE": lambda: self.phone(variant),
            "ADDRESS": lambda: self.address(variant),
        }  # fmt: skip
        return makers[label]() if label in makers else super().value(label, variant)


# Text from other locales: names, addresses and phones as Faker writes them there.
MULTI_LOCALES = ["de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "sv_SE", "da_DK", "pt_PT", "en_GB", "en_IE", "de_CH", "fi_FI", "cs_CZ", "en_IN", "de_AT"]  # fmt: skip
MULTI_TEMPLATES = [
    "Patient {PERSON} was seen today; lives at {ADDRESS}; phone {PHONE}.",
    "Referral for {PERSON} (born {DATE}), address: {ADDRESS}, tel {PHONE}",
    "{PERSON} called from {LOCATION} about results, callback {PHONE}.",
    "Contact: {PERSON}, {ADDRESS}. Mobile: {PHONE}",
    "Visitor log: {PERSON} from {LOCATION}, contact {EMAIL}, {PHONE}.",
    "Transfer letter to {ADDRESS} for {PERSON}; next of kin {PERSON} ({PHONE}).",
]


class LocaleGenerator(Generator):
    """Values from one Faker locale at a time (names, addresses, phones, towns)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.fakers = {}
        for loc in MULTI_LOCALES:
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed)
        self.loc = MULTI_LOCALES[0]

    def city(self, f: Faker) -> str:
        # it_IT's city() draws from a set, whose order changes between runs: sort first.
        cities = getattr(f.provider("faker.providers.address"), "cities", None)
        return self.rng.choice(sorted(set(cities))) if cities else f.city()

    def value(self, label: str, variant: str) -> str:
        f = self.fakers[self.loc]
        makers: dict[str, Callable[[], str]] = {
            "PERSON": f.name, "ADDRESS": lambda: f.address().replace("\n", ", "),
            "PHONE": f.phone_number, "LOCATION": lambda: self.city(f),
            "DATE": lambda: dt.date(
                self.rng.randint(1930, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)
            ).strftime(self.rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"])),
        }  # fmt: skip
        return makers[label]() if label in makers else super().value(label, variant)


def generate_multilocale(count: int, seed: int) -> list[dict]:
    gen = LocaleGenerator(seed)
    docs = []
    for _ in range(count):
        gen.loc = gen.rng.choice(MULTI_LOCALES)
        docs.append(render(gen.rng.choice(MULTI_TEMPLATES), gen))
    return docs


def generate_au(count: int, seed: int) -> list[dict]:
    gen = AuGenerator(seed)
    return [render(gen.rng.choice(AU_TEMPLATES), gen) for _ in range(count)]


def write(path: Path, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    print(
        f"wrote {path.relative_to(ROOT)}: {len(docs)} documents, "
        f"{sum(len(d['spans']) for d in docs)} spans"
    )


def main() -> None:
    everything = list(range(len(TEMPLATES)))
    tuning = [i for i in everything if i not in HELD_OUT]
    tune = (
        generate(1400, seed=1, templates=tuning)
        + generate_presidio(600, seed=11)
        + generate_au(500, seed=21)
        + generate_multilocale(400, seed=31)
    )
    random.Random(5).shuffle(tune)
    write(ROOT / "corpus" / "redaction" / "tune.jsonl", tune)
    # A third of the held-out documents come from templates the tuning split never saw.
    held = (
        generate(350, seed=2, templates=everything)
        + generate(350, seed=3, templates=sorted(HELD_OUT))
        + generate_presidio(300, seed=12)
    )  # the AU/UK/EU templates are tuned on: the reference keeps its own styles
    random.Random(4).shuffle(held)
    write(ROOT / "mlgate" / "redaction" / "reference.jsonl", held)
    write_logs(
        ROOT / "mlgate" / "redaction" / "sample_logs.jsonl",
        generate(300, seed=6, templates=everything),
    )


def write_logs(path: Path, docs: list[dict]) -> None:
    """Demo logs: what a clinical service writes, before anyone redacted it."""
    rng = random.Random(7)
    services = ["triage", "discharge", "lab", "pharmacy", "billing", "portal", "homecare"]
    lines = []
    for i, doc in enumerate(docs):
        record = {
            "ts": f"2026-11-{1 + i % 28:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
            "level": rng.choice(["INFO", "INFO", "WARN"]),
            "service": rng.choice(services),
            "message": doc["text"],
        }
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(lines)} log records")


if __name__ == "__main__":
    main()
