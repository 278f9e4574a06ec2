"""Structured records inside free text: a field's key says what its value is.

Logs carry system exports as well as prose: JSON objects ('"family":"Fairbairn"', FHIR's
'"given":["Honor"]'), key-value lines ('first_name: Hope', 'pat_name="Özdemir, Ayşe"') and
delimited rows under a header line ("patient_id,last_name,first_name,dob,zip"). There the
value may be any word ("Royal", "Hope", "Lam") and no rule of prose would take it; the key
vouches for it. One table maps keys to labels, and two readers use it: key-value pairs, and
tables with a header.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

__all__ = ["record_fields"]

Span = tuple[int, int, str]

# Keys, lower case with "_" for any run of separators, in English and the locales' languages.
_KEYS = {
    "PERSON": (
        "name names full_name fullname patient patient_name pt_name pat_name first_name "
        "firstname given given_name given_names givenname forename forenames last_name lastname "
        "surname family family_name familyname middle_name maiden_name name_first name_last "
        "name_given name_family nok nok_name contact_name carer_name guardian_name mother_name "
        "father_name next_of_kin emergency_contact nombre apellido apellidos primer_apellido "
        "segundo_apellido nom prenom prénom nom_de_naissance vorname nachname geburtsname "
        "voornaam achternaam naam cognome nome fornavn efternavn etternavn imie imię nazwisko "
        "etunimi sukunimi provider clinician doctor physician user username user_name login "
        "initials "
        "pt_initials call_handler handler triagist checked checked_by verified_by witness "
        "dispatcher author signed_by participant respondent consumer claimant applicant "
        "resident client insured insured_name subscriber subscriber_name beneficiary decedent "
        "versicherte versicherter intestatario intestataria assicurato assicurata assuré assurée "
        "verzekerde "
        # who did what in an audit trail or a ticket: "reviewer=tpetrakis"
        "reviewer reviewed_by approver approved_by requester requested_by assignee assigned_to "
        "actor"
    ),
    "ADDRESS": (
        "address addr street street_address address1 address2 address_line address_line1 "
        "home_address postal_address zip zipcode zip_code postcode post_code postal_code plz "
        "street_address_line address_line2 "
        "pcd postcode_district postal_district outcode fsa "
        "cp codigo_postal code_postal cap postnummer postnr adresse anschrift direccion "
        "dirección domicilio indirizzo adres"
    ),
    "LOCATION": (
        "city town suburb locality county birthplace place_of_birth ciudad localidad ville "
        "commune stadt ort wohnort citta città comune woonplaats plaats"
    ),
    "PHONE": "phone phone_number telephone tel mobile mob cell cellphone fax telefono telefon",
    "EMAIL": "email e_mail email_address mail",
    "ID": (
        "mrn urn ur pid patient_id pat_id patient_no patient_number hospital_number nhs nhs_no "
        "nhs_number chi medicare medicare_no ihi ssn sin tfn bsn nhi member_id subscriber_id "
        "policy policy_no policy_number insurance_id account account_no account_number acct "
        "claim_id case_id fallnr fall_nr pat_nr patnr kvnr nir dni nie pesel nhc "
        # ("device" is left out: "Device: AirSense 11 AutoSet" names a model)
        "serial serial_no serial_number device_id dev meter transmitter sensor login "
        "nurse_login user_login sample_id specimen_id subject_id "
        "vrm vehicle_reg vehicle_rego vehicle_registration licence_plate license_plate "
        "number_plate plate_number plate_no reg_plate kenteken kennzeichen immatriculation "
        "targa matricula vin"
    ),
    "AGE": "age age_years edad alter âge età",
    # (a research extract's own keys)
}
# Keys only a table's header gives their meaning: "first,last,dob" (prose says "first: ...").
_HEADER_ONLY = {
    **{"first": "PERSON", "last": "PERSON", "given": "PERSON"},
    # (an email's "Subject:" and a lab's "Specimen:" are prose; a column so named is a code)
    **{"subject": "ID", "sample": "ID", "specimen": "ID"},
    # (prose's "Reg: Dr Okafor" is a registrar, "Plate: 2 units" a transfusion)
    **{"rego": "ID", "reg": "ID", "plate": "ID", "registration": "ID"},
    # Turkish and Italian extracts: "TC_KIMLIK|AD|SOYAD|...|IL|ILCE", "COGNOME\tNOME\tLUOGO_NASCITA"
    **{"ad": "PERSON", "adi": "PERSON", "soyad": "PERSON", "soyadi": "PERSON", "ilce": "LOCATION"},
    **{"tc_kimlik": "ID", "tc_kimlik_no": "ID", "cod_nosologico": "ID"},
    **{"luogo_nascita": "LOCATION", "comune_residenza": "LOCATION", "comune_nascita": "LOCATION"},
}
LABELS: dict[str, str] = {key: label for label, keys in _KEYS.items() for key in keys.split()}
# Other identifier keys by their endings: "transmitter_id", "licence_no", "badge_number".
_ID_ENDINGS = (
    *("_id", "_no", "_nr", "_num", "_number", "_serial", "_sn", "_mrn", "_token"),
    *("_user", "_login", "_username"),  # "portal_user=dholloway49"
)

_SEPARATOR = re.compile(r"[:=]")
_KEY_BEFORE = re.compile(r"""(?:^|[\s{,;&?|(\[])["']?([A-Za-z][\w.\-]{0,40})["']?[ \t]*$""")
_QUOTED = re.compile(r"""[ \t]*(["'])([^"'\n\\]{1,80})\1""")
_ARRAY = re.compile(r'[ \t]*\[[ \t]*"([^"\n\\]{1,60})"(?:[ \t]*,[ \t]*"([^"\n\\]{1,60})")?')
# An unquoted value: to the field's end (a line, a pipe, a semicolon, a comma, two spaces).
# (after "=", words up to the next key: 'patient=Teuila Sapolu-Ford site=41', "HOPE, Rosalind")
_BARE_EQUALS = re.compile(
    r"[ \t]*([^\s,;&|\"{}\[\]=]{1,40}(?:,?[ \t](?![\w.-]+=)[^\s,;&|\"{}\[\]=]{1,40}){0,4})"
)
_BARE_COLON = re.compile(
    r"[ \t]*([^\n|;,\"{}\[\]]{1,60}?)"
    r"(?=[ \t]*(?:$|\n|[|;,]|[ \t]{2}| / |[ \t](?:Sex|Gender|DOB|D\.O\.B|Age|MRN|NHS|UR|Bed)\b))"
)
# A title before a name is no part of it: "Patient: Herr Mag. Alois Pichler-Steinbauer".
_TITLES = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Madam|Mdm|Pani|Pan|Sr|Sra|Srta|Dhr"
    r"|Mevr|Mag|Sig|Sig\.ra)\.?[ \t]+)+"
)
_BARE_COLON_LABELS = ("PERSON", "LOCATION", "ID", "AGE", "LOGIN")
# Keys prose uses for other things too ("Family: supportive", "Given: 2 units"): unquoted,
# their values count only in capitals.
_PROSE_KEYS = frozenset(
    "patient name names family given nok contact nom nome naam next_of_kin emergency_contact "  # noqa: SIM905
    "first last city town county handler call_handler checked witness author participant "
    "respondent consumer claimant applicant resident client subscriber beneficiary".split()
)
_PARTICLES = frozenset(
    "van von de der den di da do du le la del della dos das bin binti al el".split()  # noqa: SIM905
)
# Keys a call or a ticket names its staff by; only a login after them is read ("Agent:
# pdas01"): in a transcript "Agent:" is a speaker, and what follows is speech.
_LOGIN_KEYS = frozenset({"agent", "clerk", "operator"})
_VERSION = re.compile(r"v?\d+(?:\.\d+)+")
_LOGIN = re.compile(r"(?=[\w.]*[\d_.])[A-Za-z][\w.]{2,30}")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# An XML element's text: "<given>Soledad</given>", "<postalCode>5090</postalCode>" (CDA, HL7 v3)
_XML = re.compile(r"<([A-Za-z][\w:.-]{0,40})(?:[ \t][^<>]{0,200})?>([^<>\n]{1,80})</\1>")
_COMMA_PAIR = re.compile(r"(?m)^[ \t]*([A-Za-z][\w.]{1,40}),([^,\n]{1,60})$")
_DELIMITERS = (",", ";", "|", "\t")
_HEADER_CELL = re.compile(r"[ \t]*[\"']?[A-Za-z][\w .#/-]{0,30}[\"']?[ \t]*")


def _normal(key: str) -> str:
    key = _CAMEL_HUMP.sub("_", key.rsplit(":", 1)[-1])  # "hl7:postalCode": "postal_Code"
    norm = re.sub(r"[\W_]+", "_", key.lower()).strip("_")
    if norm not in LABELS and "." in key:
        norm = norm.rsplit("_", 1)[-1]  # "patient.name.family": the last part
    return norm


def _label(key: str) -> str | None:
    norm = _normal(key)
    if norm in LABELS:
        return LABELS[norm]
    if norm.startswith("age_") or norm.endswith("_age"):
        return "AGE"  # "age_at_consent=62", "patient_age: 92"
    return "ID" if norm.endswith(_ID_ENDINGS) else None


def _fits(label: str, value: str, *, bare: bool) -> bool:
    """Whether the value can be what its key says: a code has digits, a name letters (and,
    unquoted after a key that prose uses too, capitals: "Patient: 45yo male" is no name)."""
    if not value or value.lower() in ("null", "none", "n/a", "na", "unknown", "-"):
        return False
    if label == "AGE":
        return value.isdigit() and int(value) <= 120
    if label in ("ID", "PHONE"):
        return any(ch.isdigit() for ch in value)
    if label == "PERSON":
        words = value.split()
        if len(words) > 5 or any(ch.isdigit() for ch in value):
            return False
        return not bare or all(w[0].isupper() or w in _PARTICLES for w in words)
    return any(ch.isalnum() for ch in value)


def _pairs(text: str) -> Iterator[Span]:
    for line in _COMMA_PAIR.finditer(text) if "," in text else ():
        # an exported record, one field a line: "patient_mrn,E0041882", "nurse_login,jmaddox2"
        label = _label(line.group(1))
        value = line.group(2).strip()
        if label and label != "PERSON" and _fits(label, value, bare=False):
            yield line.start(2), line.start(2) + len(value), label
    for sep in _SEPARATOR.finditer(text):
        key = _KEY_BEFORE.search(text, max(0, sep.start() - 44), sep.start())
        label = _label(key.group(1)) if key else None
        if key and label is None and _normal(key.group(1)) in _LOGIN_KEYS:
            label = "LOGIN"
        if (
            key
            and label is None
            and _normal(key.group(1)) == "line"
            and _ARRAY.match(text, sep.end())
        ):
            label = "ADDRESS"  # FHIR's '"line": ["Calle Loíza 1904", "Apt 5B"]'
        if key is None or label is None:
            continue
        at = sep.end()
        bare = False
        if m := _ARRAY.match(text, at):
            groups = [g for g in (1, 2) if m.group(g)]

        elif m := _QUOTED.match(text, at):
            groups = [2]
        elif sep.group() == "=":
            m, groups, bare = _BARE_EQUALS.match(text, at), [1], True
        else:
            # Unquoted after a colon, only a record's line (the key starts it) and only the
            # labels prose rules do not read there already ("Address:", "Tel:" have theirs).
            # (a field of a line that a pipe divides starts after the pipe)
            line_start = (
                max(text.rfind("\n", 0, key.start(1)), text.rfind("|", 0, key.start(1))) + 1
            )
            if (
                text[line_start : key.start(1)].strip(" \t-*\u2022")
                or label not in _BARE_COLON_LABELS
            ):
                continue
            m, groups, bare = _BARE_COLON.match(text, at), [1], True
        if m is None:
            continue
        for g in groups:
            value = m.group(g)
            start = m.start(g) + len(value) - len(value.lstrip())
            value = value.strip()
            if label == "PERSON" and (title := _TITLES.match(value)):
                start, value = start + title.end(), value[title.end() :]
            prose_key = bare and _normal(key.group(1)) in _PROSE_KEYS
            if label == "LOGIN":
                if _LOGIN.fullmatch(value.rstrip(".")) and not _VERSION.fullmatch(value):
                    yield start, start + len(value), "ID"
            elif label == "PERSON" and _LOGIN.fullmatch(value) and not _VERSION.fullmatch(value):
                yield start, start + len(value), "ID"  # 'patient=mgarza1958': an account
            elif _fits(label, value, bare=prose_key):
                yield start, start + len(value), label


def _tables(text: str) -> Iterator[Span]:
    """Rows under a header line whose cells name their columns (two rows or one)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        delimiter = next((d for d in _DELIMITERS if header.count(d) >= 2), None)
        if delimiter is None:
            i += 1
            continue
        cells = header.split(delimiter)
        keys = [c.strip(" \t\"'") for c in cells]
        labels = [_HEADER_ONLY.get(k.lower()) or _label(k) for k in keys]
        if not all(_HEADER_CELL.fullmatch(c) for c in cells) or not any(labels):
            i += 1
            continue
        i += 1
        while i < len(lines) and lines[i] and (row := _row(lines[i], delimiter, len(cells))):
            for (start, value), label in zip(row, labels, strict=True):
                if label and _fits(label, value, bare=False):
                    yield offsets[i] + start, offsets[i] + start + len(value), label
            i += 1


def _row(line: str, delimiter: str, width: int) -> list[tuple[int, str]] | None:
    """A table row's cells as (offset, value), quotes honoured ('2024-09-10,"Bell, Tiffany"');
    None when the line is not a row of ``width`` cells."""
    quoted = '"' in line
    cells = next(csv.reader([line], delimiter=delimiter)) if quoted else line.split(delimiter)
    if len(cells) != width:
        return None
    row, pos = [], 0
    for cell in cells:
        value = cell.strip(" \t\"'")
        at = line.find(value, pos) if value else pos
        row.append((at, value))
        pos = at + len(value)
    return row


def _elements(text: str) -> Iterator[Span]:
    for m in _XML.finditer(text):
        label = _label(m.group(1))
        value = m.group(2).strip()
        if label and _fits(label, value, bare=False):
            start = m.start(2) + m.group(2).index(value)
            yield start, start + len(value), label


# HL7 v2 fields by their place, as the standard numbers them: the patient's and the next of
# kin's address (XAD: street^other^city^state^zip, one span) and phones (XTN: the digit
# components), the patient's SSN and driver's licence, and the event's operator.
_HL7_LINE = re.compile(r"(?:^|(?<=[ \t\r]))(PID|NK1|EVN)\|[^\n\r]*", re.M)
_HL7_FIELDS = {
    ("PID", 11): "ADDRESS", ("NK1", 4): "ADDRESS", ("PID", 13): "PHONE", ("PID", 14): "PHONE",
    ("NK1", 5): "PHONE", ("PID", 19): "ID", ("PID", 20): "ID", ("EVN", 5): "ID",
}  # fmt: skip


def _hl7(text: str) -> Iterator[Span]:
    for m in _HL7_LINE.finditer(text):
        pos = m.start()
        for index, value in enumerate(m.group().split("|")):
            label = _HL7_FIELDS.get((m.group(1), index), "")
            rep_start = pos
            for rep in value.split("~") if label else ():
                comps, offsets, at = rep.split("^"), [], rep_start
                for comp in comps:
                    offsets.append((at, at + len(comp)))
                    at += len(comp) + 1
                if label == "ADDRESS":
                    kept = [i for i, c in enumerate(comps[:5]) if c.strip()]
                elif label == "PHONE":
                    kept = [i for i, c in enumerate(comps) if any(ch.isdigit() for ch in c)]
                else:
                    kept = [0] if comps[0].strip() else []
                if kept and (label != "ADDRESS" or len(kept) > 1):
                    yield offsets[kept[0]][0], offsets[kept[-1]][1], label
                rep_start += len(rep) + 1
            pos += len(value) + 1


# A DICOM header as dumping tools print it: the tag, then its value representation, its
# keyword or its name, then the value, in brackets or to the field's end ("(0010,0010) PN
# [FALEOLO^Tavita]", "(0010,1010) AS [042Y]", "(0010,0010) PatientName    TAN^AH KOW").
_DICOM_FIELDS = {
    **dict.fromkeys(("0010,0010", "0010,1001", "0008,0090", "0008,1050", "0008,1070"), "PERSON"),
    **dict.fromkeys(("0032,1032", "0040,0006", "0008,1060"), "PERSON"),
    **dict.fromkeys(("0010,0020", "0010,1000", "0008,0050", "0020,0010", "0038,0010"), "ID"),
    **dict.fromkeys(("0018,1000", "0040,2016", "0040,2017"), "ID"),
    **dict.fromkeys(("0010,0030", "0008,0020", "0008,0021", "0008,0022", "0008,0023"), "DATE"),
    **{"0010,1010": "AGE", "0010,1040": "ADDRESS", "0008,0081": "ADDRESS"},
    **{"0010,2154": "PHONE", "0008,0080": "LOCATION"},
}
_DICOM = re.compile(
    r"\(?\b(00[0-4][0-9A-F],[0-9A-F]{4})\)?"
    r"(?:[ \t]+[A-Z]{2}(?=[ \t]))?"  # the value representation: PN, LO, DA, AS
    r"(?:[ \t]+(?:[A-Z][A-Za-z]+|[A-Z][\w' ]{2,40}:)(?=[ \t]))?"  # PatientName, "Patient's Name:"
    r"[ \t]+=?[ \t]*(?:\[([^\]\n]{1,80})\]|([^\s\[#|(][^\n#|]{0,80}?))"
    r"(?=[ \t]*(?:#|\||\n|$)|[ \t]{2})"
)


def _dicom(text: str) -> Iterator[Span]:
    for m in _DICOM.finditer(text):
        label = _DICOM_FIELDS.get(m.group(1))
        group = 2 if m.group(2) is not None else 3
        value = m.group(group).strip()
        # (a DICOM age carries its unit, "042Y": it fits as a code does, digits within)
        if label and value and _fits(label if label != "AGE" else "ID", value, bare=False):
            start = m.start(group) + m.group(group).index(value)
            yield start, start + len(value), label


def record_fields(text: str) -> Iterator[Span]:
    """The values of the record fields in ``text`` whose keys name PII, labelled by key."""
    if "</" in text:
        yield from _elements(text)
    if "|" in text and "^" in text:
        yield from _hl7(text)
    if ":" in text or "=" in text:
        yield from _pairs(text)
    if "\n" in text:
        yield from _tables(text)
    if "(00" in text or "0010," in text:
        yield from _dicom(text)
