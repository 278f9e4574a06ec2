"""Write the held-out DEV corpora for PII redaction: AU clinical, multi-locale and US clinical.

Why: the redaction engine is tuned on ``corpus/redaction/tune.jsonl``; these corpora measure
whether it generalises to text it was not tuned on. They are written independently of the
engine and of the tuning generator: the identity pools are hand-written data files in
``scripts/data/dev_pools/`` and the templates below were written for this script.

What: every document is rendered from a template such as ``"Dear Dr {family:gp}, re {full:pt}"``.
A placeholder ``{kind:tag}`` is resolved once per document (the tag names the entity, e.g. the
patient ``pt`` or the GP ``gp``), and the text is built by concatenating pieces, so every span's
offsets are computed while the text grows, never searched for afterwards. Output is
byte-reproducible: one fixed seed per corpus, pools read in file order, fixed key order.

Run: ``python scripts/make_dev_corpora.py`` (writes relative to the repository holding this file).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOLS = ROOT / "scripts" / "data" / "dev_pools"
OUT = ROOT / "corpus" / "redaction" / "dev"

DOCS_PER_CORPUS = 300
SEEDS = {"au_clinical": 20240301, "multi_locale": 20240302, "us_clinical": 20240303}

Piece = tuple[str, str | None, str | None]  # text, label, Safe Harbor category


# --------------------------------------------------------------------------- pools


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of one pool file, comments and blank lines skipped, file order kept."""
    rows = []
    for line in (POOLS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass
class Pools:
    """Every hand-written pool, grouped the way the generators use them."""

    given: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (origin, sex)
    family: dict[str, list[str]] = field(default_factory=dict)  # origin
    au_places: list[tuple[str, str, str]] = field(default_factory=list)
    au_street_names: list[str] = field(default_factory=list)
    au_street_types: list[str] = field(default_factory=list)
    au_facilities: dict[str, list[str]] = field(default_factory=dict)
    clinical: dict[str, list[str]] = field(default_factory=dict)
    eu_cities: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    eu_streets: dict[str, list[str]] = field(default_factory=dict)
    eu_facilities: dict[str, list[str]] = field(default_factory=dict)
    us_places: list[tuple[str, str, str, str]] = field(default_factory=list)
    us_streets: list[str] = field(default_factory=list)
    us_facilities: list[str] = field(default_factory=list)
    web_hosts: list[str] = field(default_factory=list)
    domains: dict[str, list[str]] = field(default_factory=dict)


def load_pools() -> Pools:
    pools = Pools()
    for origin, kind, value in _rows("names_au.txt") + _rows("names_eu.txt"):
        if kind == "S":
            pools.family.setdefault(origin, []).append(value)
        else:
            pools.given.setdefault((origin, kind), []).append(value)
    for kind, value in _rows("names_us.txt"):
        if kind == "S":
            pools.family.setdefault("US", []).append(value)
        else:
            pools.given.setdefault(("US", kind), []).append(value)
    pools.au_places = [(s, st, pc) for s, st, pc in _rows("au_places.txt")]
    for kind, value in _rows("au_streets.txt"):
        (pools.au_street_names if kind == "NAME" else pools.au_street_types).append(value)
    for kind, value in _rows("au_facilities.txt"):
        pools.au_facilities.setdefault(kind, []).append(value)
    for kind, value in _rows("au_clinical.txt"):
        pools.clinical.setdefault(kind, []).append(value)
    for row in _rows("eu_places.txt"):
        country, kind = row[0], row[1]
        if kind == "CITY":
            pools.eu_cities.setdefault(country, []).append((row[2], row[3]))
        elif kind == "STREET":
            pools.eu_streets.setdefault(country, []).append(row[2])
        else:
            pools.eu_facilities.setdefault(country, []).append(row[2])
    for row in _rows("us_places.txt"):
        if row[0] == "PLACE":
            pools.us_places.append((row[1], row[2], row[3], row[4]))
        elif row[0] == "STREET":
            pools.us_streets.append(row[1])
        elif row[0] == "FACILITY":
            pools.us_facilities.append(row[1])
        else:
            pools.web_hosts.append(row[1])
    for locale, domain in _rows("domains.txt"):
        pools.domains.setdefault(locale, []).append(domain)
    return pools


AU_ORIGINS = [
    "anglo",
    "vietnamese",
    "indian",
    "lebanese",
    "greek",
    "chinese",
    "italian",
    "aboriginal",
    "torres_strait",
]
EU_COUNTRIES = ["GB", "DE", "FR", "IT", "ES", "NL", "PL", "CH"]

# --------------------------------------------------------------------------- check digits


def medicare_number(rng: random.Random) -> str:
    """10 digits: 8-digit stem (first 2-6), check digit (weights 1,3,7,9,...), issue number."""
    stem = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(stem, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return "".join(map(str, stem)) + str(check) + str(rng.randint(1, 9))


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def ihi_number(rng: random.Random) -> str:
    payload = "800360" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return payload + luhn_digit(payload)


def tfn_number(rng: random.Random) -> str:
    """9 digits whose weighted sum (1,4,3,7,5,8,6,9,10) is divisible by 11."""
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(head, (1, 4, 3, 7, 5, 8, 6, 9), strict=True)) % 11
        if s != 10:  # last weight 10 is -1 mod 11, so the last digit must equal s
            return "".join(map(str, head)) + str(s)


def nhs_number(rng: random.Random) -> str:
    while True:
        head = [rng.randint(3, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(head)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, head)) + str(check)


def bsn_number(rng: random.Random) -> str:
    """Dutch citizen service number: 9 digits passing the 11-test (weights 9..2, -1)."""
    while True:
        head = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d * (9 - i) for i, d in enumerate(head)) % 11
        if s < 10:
            return "".join(map(str, head)) + str(s)


def provider_number(rng: random.Random) -> str:
    """Medicare provider number: 6-digit stem, practice location char, check letter."""
    stem = [rng.randint(0, 9) for _ in range(6)]
    location = rng.choice("0123456789ABCDEFGHJK")
    value = int(location) if location.isdigit() else 10 + "ABCDEFGHJK".index(location)
    total = sum(d * w for d, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True)) + value * 6
    return "".join(map(str, stem)) + location + "YXWTLKJHFBA"[total % 11]


IBAN_BBAN = {  # country: pattern of the basic bank account number (A letter, 9 digit, X either)
    "GB": "AAAA99999999999999",
    "DE": "999999999999999999",
    "FR": "9999999999XXXXXXXXXXX99",
    "IT": "A9999999999XXXXXXXXXXXX",
    "ES": "99999999999999999999",
    "NL": "AAAA9999999999",
    "PL": "999999999999999999999999",
    "CH": "99999999999999999",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["ABNA", "INGB", "RABO", "SNSB"],
}


def iban_number(rng: random.Random, country: str) -> str:
    pattern = IBAN_BBAN[country]
    chars = []
    for p in pattern:
        if p == "9" or (p == "X" and rng.random() < 0.7):
            chars.append(str(rng.randint(0, 9)))
        else:
            chars.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    if country in BANK_CODES:
        chars[:4] = list(rng.choice(BANK_CODES[country]))
    bban = "".join(chars)
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def ssn_number(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fill(rng: random.Random, pattern: str) -> str:
    """Replace each ``d`` in a phone pattern with a random digit."""
    return "".join(str(rng.randint(0, 9)) if c == "d" else c for c in pattern)


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("\u0131", "i")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-"))


# --------------------------------------------------------------------------- documents


@dataclass
class Person:
    given: str
    family: str
    sex: str  # "M" or "F"
    dob: dt.date


MALE_ROLES = {"son", "husband", "brother", "father"}
FEMALE_ROLES = {"daughter", "wife", "sister", "mother", "aunt"}
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
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LOCAL_MONTHS = {
    "DE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "CH": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "FR": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "IT": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ES": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "NL": "januari februari maart april mei juni juli augustus september oktober november december",
    "PL": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
LOCAL_TITLES = {
    "GB": ("Mr", "Mrs"),
    "DE": ("Herr", "Frau"),
    "CH": ("Herr", "Frau"),
    "FR": ("M.", "Mme"),
    "IT": ("Sig.", "Sig.ra"),
    "ES": ("Sr.", "Sra."),
    "NL": ("dhr.", "mevr."),
    "PL": ("Pan", "Pani"),
}
DATE_OFFSETS = {
    "now": (0, 0),
    "dis": (0, 0),
    "adm": (-21, -2),
    "onset": (-40, -1),
    "fall": (-30, -1),
    "death": (-200, -30),
}
NUM_RANGES = {
    "los": (1, 21),
    "hb": (68, 152),
    "k10": (10, 50),
    "bal": (3, 40),
    "tsh": (1, 9),
    "inc": (100000, 999999),
    "claim": (10000000, 99999999),
    "store": (1000, 19999),
    "room": (100, 899),
    "lat": (12, 950),
}


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Ctx:
    """Everything one document knows: its locale, its entities, and what each placeholder said."""

    def __init__(self, rng: random.Random, pools: Pools, locale: str, country: str) -> None:
        self.rng = rng
        self.pools = pools
        self.locale = locale  # "AU", "EU" or "US"
        self.country = country  # AU, US or one of EU_COUNTRIES
        self.today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1090))
        self.cache: dict[tuple[str, str], list[Piece]] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[str, tuple[str, ...]] = {}
        self.dates: dict[str, dt.date] = {}
        self.values: dict[tuple[str, str], str] = {}

    # ---- entities
    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        sex = "M" if role in MALE_ROLES else "F" if role in FEMALE_ROLES else rng.choice("MF")
        if self.locale == "AU":
            origin = rng.choice(AU_ORIGINS)
        elif self.locale == "EU":
            origin = self.country if rng.random() < 0.85 else rng.choice(EU_COUNTRIES)
        else:
            origin = "US"
        pt = self.people.get("pt")
        kin = role in MALE_ROLES | FEMALE_ROLES | {"kin", "child"}
        if pt is not None and kin and rng.random() < 0.6:
            family = pt.family
        else:
            family = rng.choice(self.pools.family[origin])
            if self.locale == "AU" and rng.random() < 0.08:
                other = rng.choice(self.pools.family[rng.choice(AU_ORIGINS)])
                if other != family and " " not in other + family:
                    family = f"{family}-{other}"
        given = rng.choice(self.pools.given[(origin, sex)])
        if role == "child":
            age = rng.randint(1, 12)
        elif role == "old":
            age = rng.randint(90, 104)
        elif role == "pt":
            age = rng.choice([rng.randint(18, 89), rng.randint(55, 95), rng.randint(70, 101)])
        else:
            age = rng.randint(22, 78)
        dob = self.today - dt.timedelta(days=age * 365 + rng.randint(5, 360))
        person = Person(given, family, sex, dob)
        self.people[role] = person
        return person

    def age(self, role: str) -> int:
        dob = self.person(role).dob
        t = self.today
        return t.year - dob.year - ((t.month, t.day) < (dob.month, dob.day))

    def date(self, tag: str) -> dt.date:
        if tag == "dob":
            return self.person("pt").dob
        if tag not in self.dates:
            lo, hi = DATE_OFFSETS.get(tag, (-60, 60))
            self.dates[tag] = self.today + dt.timedelta(days=self.rng.randint(lo, hi))
        return self.dates[tag]

    def place(self, tag: str) -> tuple[str, ...]:
        if tag not in self.places:
            rng, p = self.rng, self.pools
            if self.locale == "AU":
                self.places[tag] = rng.choice(p.au_places)
            elif self.locale == "US":
                self.places[tag] = rng.choice(p.us_places)
            else:
                self.places[tag] = rng.choice(p.eu_cities[self.country])
        return self.places[tag]

    def value(self, kind: str, tag: str, make: Callable[[], str]) -> str:
        key = (kind, tag)
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]


def _pii(text: str, label: str, category: str) -> list[Piece]:
    return [(text, label, category)]


def _plain(text: str) -> list[Piece]:
    return [(text, None, None)]


# ---- names


def r_full(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.given} {p.family}", "PERSON", "name")


def r_given(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.person(tag).given, "PERSON", "name")


def r_family(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.person(tag).family, "PERSON", "name")


def r_familycaps(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.person(tag).family.upper(), "PERSON", "name")


def r_caps(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.family.upper()}, {p.given}", "PERSON", "name")


def r_lastfirst(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.family}, {p.given}", "PERSON", "name")


def r_hl7name(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.family.upper()}^{p.given.upper()}", "PERSON", "name")


def r_lower(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.person(tag).given.lower(), "PERSON", "name")


def r_lowerfamily(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.person(tag).family.lower(), "PERSON", "name")


def r_lowerfull(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.given} {p.family}".lower(), "PERSON", "name")


def r_initfam(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    return _pii(f"{p.given[0]}. {p.family}", "PERSON", "name")


def r_title(c: Ctx, tag: str) -> list[Piece]:
    p = c.person(tag)
    if p.sex == "M":
        return _plain("Mr")
    return _plain(c.value("title", tag, lambda: c.rng.choice(["Mrs", "Ms", "Ms", "Miss"])))


def r_ltitle(c: Ctx, tag: str) -> list[Piece]:
    male, female = LOCAL_TITLES.get(c.country, ("Mr", "Ms"))
    return _plain(male if c.person(tag).sex == "M" else female)


def _by_sex(male: str, female: str) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        return _plain(male if c.person(tag).sex == "M" else female)

    return resolve


def r_rel(c: Ctx, tag: str) -> list[Piece]:
    if tag in MALE_ROLES | FEMALE_ROLES:
        return _plain(tag)
    male = c.person(tag).sex == "M"
    words = ["husband", "son", "brother"] if male else ["wife", "daughter", "sister"]
    return _plain(c.value("rel", tag, lambda: c.rng.choice(words)))


# ---- dates and ages


def r_date(c: Ctx, tag: str) -> list[Piece]:
    fmts = {
        "AU": ["slash", "slash", "dow", "mon", "words", "long", "yy"],
        "US": ["us", "us", "usshort", "uslong", "iso", "usmon"],
        "EU": ["eu", "eu", "eu", "iso", "locallong"],
    }[c.locale]
    fmt = c.value("datefmt", tag, lambda: c.rng.choice(fmts))
    return _pii(format_date(c, c.date(tag), fmt), "DATE", "date")


def format_date(c: Ctx, d: dt.date, fmt: str) -> str:
    month = MONTHS[d.month - 1]
    if fmt == "slash":
        return (
            f"{d.day:02d}/{d.month:02d}/{d.year}"
            if c.rng.random() < 0.7
            else f"{d.day}/{d.month}/{d.year}"
        )
    if fmt == "yy":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if fmt == "dow":
        return f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}"
    if fmt == "mon":
        return f"{d.day:02d}-{month[:3]}-{d.year % 100:02d}"
    if fmt == "words":
        return (
            f"{ordinal(d.day)} of {month}" if c.rng.random() < 0.6 else f"{month} {ordinal(d.day)}"
        )
    if fmt == "long":
        return f"{d.day} {month} {d.year}"
    if fmt == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if fmt == "usshort":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if fmt == "uslong":
        return f"{month} {d.day}, {d.year}"
    if fmt == "usmon":
        return f"{d.day:02d}-{month[:3]}-{d.year}"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if fmt == "uswords":
        return f"{month} {ordinal(d.day)}" if c.rng.random() < 0.6 else f"{month} {d.day}"
    if fmt == "eu":
        sep = {"DE": ".", "CH": ".", "PL": ".", "NL": "-"}.get(c.country, "/")
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    if fmt == "locallong":
        if c.country == "GB":
            return (
                f"{ordinal(d.day)} {month} {d.year}"
                if c.rng.random() < 0.5
                else f"{d.day} {month[:3]} {d.year}"
            )
        name = LOCAL_MONTHS[c.country].split()[d.month - 1]
        if c.country in ("DE", "CH"):
            return f"{d.day}. {name} {d.year}"
        if c.country == "ES":
            return f"{d.day} de {name} de {d.year}"
        return f"{d.day} {name} {d.year}"
    raise ValueError(fmt)


def _date_fmt(fmt: str) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        return _pii(format_date(c, c.date(tag), fmt), "DATE", "date")

    return resolve


def r_date_words(c: Ctx, tag: str) -> list[Piece]:
    fmt = {"AU": "words", "US": "uswords", "EU": "locallong"}[c.locale]
    return _pii(format_date(c, c.date(tag), fmt), "DATE", "date")


def r_dob(c: Ctx, tag: str) -> list[Piece]:
    fmts = {
        "AU": ["slash", "slash", "long", "mon"],
        "US": ["us", "us", "iso", "uslong"],
        "EU": ["eu", "eu", "locallong"],
    }
    fmt = c.value("dobfmt", tag, lambda: c.rng.choice(fmts[c.locale]))
    return _pii(format_date(c, c.person(tag).dob, fmt), "DATE", "date")


def r_ts(c: Ctx, tag: str) -> list[Piece]:
    d = c.date(tag)
    h, m, s = c.rng.randint(0, 23), c.rng.randint(0, 59), c.rng.randint(0, 59)
    if c.locale == "US" and c.rng.random() < 0.6:
        text = f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    else:
        text = f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
        if c.rng.random() < 0.4:
            text += f".{c.rng.randint(0, 999):03d}"
    return _pii(text, "DATE", "date")


def r_age(c: Ctx, tag: str) -> list[Piece]:
    age = c.age(tag)
    return _pii(str(age), "AGE", "date" if age > 89 else "other")


# ---- places


def r_address(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.value("address", tag, lambda: make_address(c, tag)), "ADDRESS", "geo")


def make_address(c: Ctx, tag: str) -> str:
    rng, p = c.rng, c.pools
    place = c.place(tag)
    num = rng.randint(1, 240)
    if c.locale == "AU":
        suburb, state, pc = place
        street = f"{rng.choice(p.au_street_names)} {rng.choice(p.au_street_types)}"
        r = rng.random()
        if r < 0.15:
            line = f"Unit {rng.randint(1, 24)}/{num} {street}"
        elif r < 0.22:
            line = f"{rng.randint(1, 12)}/{num} {street}"
        elif r < 0.29:
            line = f"RMB {rng.randint(100, 9999)}"
        elif r < 0.36:
            line = f"PO Box {rng.randint(1, 999)}"
        elif r < 0.40:
            line = f"Lot {rng.randint(1, 90)} {street}"
        else:
            line = f"{num} {street}"
        return f"{line}{rng.choice([', ', ', ', ' '])}{suburb} {state} {pc}"
    if c.locale == "US":
        city, state, zipcode, _ = place
        if rng.random() < 0.25:
            zipcode += f"-{rng.randint(1000, 9999)}"
        unit = rng.choice(
            [
                "",
                "",
                "",
                f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f", Suite {rng.randint(100, 900)}",
                f" #{rng.randint(1, 30)}",
            ]
        )
        return (
            f"{rng.randint(10, 9999)} {rng.choice(p.us_streets)}{unit}, {city}, {state} {zipcode}"
        )
    pc, city = place
    street = rng.choice(p.eu_streets[c.country])
    country = c.country
    if country == "GB":
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "])
        return f"{flat}{num} {street}, {city} {pc}"
    if country == "FR":
        apt = rng.choice(["", "", f"Apt. {rng.randint(1, 60)}, "])
        return f"{apt}{num} {street}, {pc} {city}"
    if country == "ES":
        floor = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}"])
        return f"{street} {num}{floor}, {pc} {city}"
    if country == "PL":
        flat = rng.choice(["", f" m. {rng.randint(1, 80)}", f"/{rng.randint(1, 80)}"])
        return f"{street} {num}{flat}, {pc} {city}"
    if country == "IT":
        sep = rng.choice([" ", ", "])
        return f"{street}{sep}{num}, {pc} {city}"
    suite = rng.choice(["", "", f"Suite {rng.randint(1, 20)}, "]) if country == "CH" else ""
    return f"{suite}{street} {num}, {pc} {city}"


def r_suburb(c: Ctx, tag: str) -> list[Piece]:
    place = c.place(tag)
    return _pii(place[0] if c.locale != "EU" else place[1], "LOCATION", "geo")


def r_suburblower(c: Ctx, tag: str) -> list[Piece]:
    return _pii(c.place(tag)[0].lower(), "LOCATION", "geo")


def r_postcode(c: Ctx, tag: str) -> list[Piece]:
    place = c.place(tag)
    return _pii(place[2] if c.locale != "EU" else place[0], "ADDRESS", "geo")


def r_cityzip(c: Ctx, tag: str) -> list[Piece]:
    city, state, zipcode, _ = c.place(tag)
    return _pii(f"{city}, {state} {zipcode}", "ADDRESS", "geo")


def r_state(c: Ctx, tag: str) -> list[Piece]:
    return _plain(c.place(tag)[1])


def r_hl7addr(c: Ctx, tag: str) -> list[Piece]:
    city, state, zipcode, _ = c.place(tag)
    street = f"{c.rng.randint(10, 9999)} {c.rng.choice(c.pools.us_streets)}"
    return _pii(f"{street}^^{city}^{state}^{zipcode}", "ADDRESS", "geo")


def _facility(kind: str) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        if c.locale == "AU":
            pool = c.pools.au_facilities[kind]
        elif c.locale == "US":
            pool = c.pools.us_facilities
        else:
            pool = c.pools.eu_facilities[c.country]

        def pick() -> str:
            taken = {v for (k, _), v in c.values.items() if k == kind}
            return c.rng.choice([name for name in pool if name not in taken])

        return _pii(c.value(kind, tag, pick), "LOCATION", "geo")

    return resolve


# ---- phones


AU_AREA = {
    "NSW": "02",
    "ACT": "02",
    "VIC": "03",
    "TAS": "03",
    "QLD": "07",
    "SA": "08",
    "WA": "08",
    "NT": "08",
}
EU_PHONES = {  # country: (landline patterns, mobile patterns, international patterns)
    "GB": (
        ["020 7946 0ddd", "0161 496 0ddd", "0113 496 0ddd"],
        ["07700 900ddd", "07700900ddd"],
        ["+44 20 7946 0ddd", "+44 7700 900ddd"],
    ),
    "DE": (
        ["030 ddddddd", "089 dddddd-dd", "040 dddd ddd"],
        ["0151 dddddddd", "0171 ddd dddd"],
        ["+49 30 ddddddd", "+49 171 ddddddd"],
    ),
    "FR": (
        ["01 dd dd dd dd", "04 dd dd dd dd"],
        ["06 dd dd dd dd", "07 dd dd dd dd"],
        ["+33 1 dd dd dd dd", "+33 6 dd dd dd dd"],
    ),
    "IT": (
        ["02 dddd dddd", "06 dddd dddd"],
        ["347 ddd dddd", "333 ddddddd"],
        ["+39 02 dddd dddd", "+39 347 ddddddd"],
    ),
    "ES": (
        ["91d ddd ddd", "93d dd dd dd"],
        ["6dd dd dd dd", "6dd ddd ddd"],
        ["+34 91d ddd ddd", "+34 6dd ddd ddd"],
    ),
    "NL": (
        ["020-ddddddd", "010 ddd dddd"],
        ["06-dddddddd", "06 dddd dddd"],
        ["+31 20 ddd dddd", "+31 6 dddddddd"],
    ),
    "PL": (
        ["22 ddd dd dd", "12 ddd dd dd"],
        ["60d ddd ddd", "50d ddd ddd"],
        ["+48 22 ddd dd dd", "+48 60d ddd ddd"],
    ),
    "CH": (
        ["091 ddd dd dd", "044 ddd dd dd"],
        ["079 ddd dd dd", "076 ddd dd dd"],
        ["+41 91 ddd dd dd", "+41 79 ddd dd dd"],
    ),
}


def _phone(kind: str, category: str = "phone") -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        return _pii(c.value(kind, tag, lambda: make_phone(c, kind, tag)), "PHONE", category)

    return resolve


def make_phone(c: Ctx, kind: str, tag: str) -> str:
    rng = c.rng
    if c.locale == "AU":
        if kind == "phone":
            kind = rng.choice(["mobile", "mobile", "landline"])
        if kind == "mobile":
            return fill(
                rng, rng.choice(["04dd ddd ddd", "04dd ddd ddd", "04dddddddd", "+61 4dd ddd ddd"])
            )
        if kind == "hotline":
            return fill(rng, rng.choice(["1300 ddd ddd", "1800 ddd ddd", "13 dd dd"]))
        area = AU_AREA[c.place(tag)[1]]
        local = rng.choice("9853") + "ddd dddd"
        return fill(
            rng,
            rng.choice([f"({area}) {local}", f"{area} {local}", f"{area}{local.replace(' ', '')}"]),
        )
    if c.locale == "US":
        area = c.place(tag)[3]
        exch = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        line = digits(rng, 4)
        return rng.choice(
            [
                f"({area}) {exch}-{line}",
                f"{area}-{exch}-{line}",
                f"{area}.{exch}.{line}",
                f"+1 {area} {exch} {line}",
                f"1-{area}-{exch}-{line}",
            ]
        )
    land, mobile, intl = EU_PHONES[c.country]
    pool = {"landline": land, "fax": land, "mobile": mobile, "intl": intl}.get(
        kind, land + mobile + intl
    )
    return fill(rng, rng.choice(pool))


# ---- identifiers


def _grouped(value: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        if value[i : i + size]:
            out.append(value[i : i + size])
        i += size
    if i < len(value):
        out.append(value[i:])
    return sep.join(out)


def _id(
    kind: str, make: Callable[[Ctx], str], label: str, category: str
) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        return _pii(c.value(kind, tag, lambda: make(c)), label, category)

    return resolve


def make_medicare(c: Ctx) -> str:
    n = medicare_number(c.rng)
    style = c.rng.choice(["spaced", "spaced", "compact", "irn", "irn-compact"])
    if style == "spaced":
        return _grouped(n, [4, 5, 1])
    if style == "compact":
        return n
    irn = str(c.rng.randint(1, 5))
    return f"{_grouped(n, [4, 5, 1])} {irn}" if style == "irn" else n + irn


def make_ihi(c: Ctx) -> str:
    n = ihi_number(c.rng)
    return _grouped(n, [4, 4, 4, 4]) if c.rng.random() < 0.6 else n


def make_tfn(c: Ctx) -> str:
    n = tfn_number(c.rng)
    return c.rng.choice([_grouped(n, [3, 3, 3]), n, _grouped(n, [3, 3, 3], "-")])


def make_dva(c: Ctx) -> str:
    prefix = c.rng.choice(
        ["NX", "VX", "QX", "WX", "SX", "TX", "NSS", "QSS", "VSM", "NKM", "WSM", "N", "V"]
    )
    return prefix + digits(c.rng, max(4, 8 - len(prefix)))


def make_urn(c: Ctx) -> str:
    return c.rng.choice(
        [f"{c.rng.randint(1, 999999):07d}", digits(c.rng, 6), f"{c.rng.randint(100000, 9999999)}"]
    )


def make_mrn(c: Ctx) -> str:
    rng = c.rng
    if c.locale == "US":
        return rng.choice(
            [
                digits(rng, 8),
                f"E{digits(rng, 7)}",
                f"{rng.randint(1000000, 9999999)}",
                f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            ]
        )
    return rng.choice(
        [str(rng.randint(1000000, 9999999)), f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 3)}"]
    )


def make_nhs(c: Ctx) -> str:
    n = nhs_number(c.rng)
    return c.rng.choice(
        [_grouped(n, [3, 3, 4]), _grouped(n, [3, 3, 4]), n, _grouped(n, [3, 3, 4], "-")]
    )


def make_iban(c: Ctx) -> str:
    n = iban_number(c.rng, c.country)
    return _grouped(n, [4] * 8) if c.rng.random() < 0.65 else n


def make_ssn(c: Ctx) -> str:
    n = ssn_number(c.rng)
    return c.rng.choice(
        [
            _grouped(n, [3, 2, 4], "-"),
            _grouped(n, [3, 2, 4], "-"),
            _grouped(n, [3, 2, 4]),
            n,
            _grouped(n, [3, 2, 4], "."),
        ]
    )


def make_memberid(c: Ctx) -> str:
    letters = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return c.rng.choice(
        [
            f"{letters}{digits(c.rng, 9)}",
            f"W{digits(c.rng, 9)}",
            f"{letters}-{digits(c.rng, 6)}-{digits(c.rng, 2)}",
        ]
    )


def make_acct(c: Ctx) -> str:
    return c.rng.choice(
        [
            f"ACCT-{digits(c.rng, 8)}",
            f"{c.rng.randint(1, 9)}{digits(c.rng, 8)}",
            f"HAR{digits(c.rng, 9)}",
        ]
    )


def make_dl(c: Ctx) -> str:
    letter = c.rng.choice("ABDFGKMNRSTW")
    return c.rng.choice(
        [
            f"{letter}{digits(c.rng, 7)}",
            f"{letter}{digits(c.rng, 3)}-{digits(c.rng, 4)}-{digits(c.rng, 4)}",
            digits(c.rng, 9),
        ]
    )


def make_plate(c: Ctx) -> str:
    letters = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return c.rng.choice(
        [
            f"{c.rng.randint(1, 9)}{letters}{digits(c.rng, 3)}",
            f"{letters}-{digits(c.rng, 4)}",
            f"{letters} {digits(c.rng, 4)}",
        ]
    )


def make_serial(c: Ctx) -> str:
    prefix = c.rng.choice(["PJN", "RNH", "SN-", "MX", "BLU"])
    return f"{prefix}{digits(c.rng, 6)}{c.rng.choice('HKNRS')}"


def make_bsn(c: Ctx) -> str:
    n = bsn_number(c.rng)
    return n if c.rng.random() < 0.6 else _grouped(n, [4, 2, 3], ".")


# ---- internet


def r_email(c: Ctx, tag: str) -> list[Piece]:
    def make() -> str:
        p = c.person(tag)
        given, family = ascii_fold(p.given).lower(), ascii_fold(p.family).lower()
        local = c.rng.choice(
            [
                f"{given}.{family}",
                f"{given[0]}{family}",
                f"{given}{c.rng.randint(1, 99)}",
                f"{family}.{given[0]}",
            ]
        )
        key = c.country if c.locale == "EU" else c.locale
        domains = c.pools.domains[key] + c.pools.domains.get("*", [])
        return f"{local}@{c.rng.choice(domains)}"

    return _pii(c.value("email", tag, make), "EMAIL", "email")


def r_url(c: Ctx, tag: str) -> list[Piece]:
    def make() -> str:
        host = c.rng.choice(c.pools.web_hosts)
        path = c.rng.choice(["patient", "p", "room", "v1/patients", "records"])
        return f"https://{host}/{path}/{c.rng.randint(10000, 9999999)}"

    return _pii(c.value("url", tag, make), "URL", "url")


def r_ipv4(c: Ctx, tag: str) -> list[Piece]:
    def make() -> str:
        first = c.rng.choice([24, 50, 66, 73, 98, 108, 142, 151, 185, 203, 212])
        return ".".join([str(first)] + [str(c.rng.randint(0, 254)) for _ in range(3)])

    return _pii(c.value("ipv4", tag, make), "IP", "ip")


def r_ipv6(c: Ctx, tag: str) -> list[Piece]:
    def make() -> str:
        groups = [c.rng.choice(["2600", "2601", "2a02", "2001", "2607"])] + [
            f"{c.rng.randint(0, 65535):x}" for _ in range(7)
        ]
        if c.rng.random() < 0.5:
            return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
        return ":".join(groups)

    return _pii(c.value("ipv6", tag, make), "IP", "ip")


# ---- non-identifying clinical vocabulary (deliberately unlabelled)


def _vocab(kind: str) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        def pick() -> str:
            taken = {v for (k, _), v in c.values.items() if k == kind}
            return c.rng.choice([w for w in c.pools.clinical[kind] if w not in taken])

        return _plain(c.value(kind, tag, pick))

    return resolve


def _make_plain(make: Callable[[random.Random], str]) -> Callable[[Ctx, str], list[Piece]]:
    def resolve(c: Ctx, tag: str) -> list[Piece]:
        return _plain(make(c.rng))

    return resolve


def r_num(c: Ctx, tag: str) -> list[Piece]:
    lo, hi = NUM_RANGES.get(tag, (2, 99))
    return _plain(str(c.rng.randint(lo, hi)))


RESOLVERS: dict[str, Callable[[Ctx, str], list[Piece]]] = {
    "full": r_full,
    "given": r_given,
    "family": r_family,
    "familycaps": r_familycaps,
    "caps": r_caps,
    "lastfirst": r_lastfirst,
    "hl7name": r_hl7name,
    "lower": r_lower,
    "lowerfamily": r_lowerfamily,
    "lowerfull": r_lowerfull,
    "initfam": r_initfam,
    "title": r_title,
    "ltitle": r_ltitle,
    "he": _by_sex("he", "she"),
    "hecap": _by_sex("He", "She"),
    "his": _by_sex("his", "her"),
    "hiscap": _by_sex("His", "Her"),
    "him": _by_sex("him", "her"),
    "sexword": _by_sex("male", "female"),
    "manwoman": _by_sex("man", "woman"),
    "sexletter": _by_sex("M", "F"),
    "rel": r_rel,
    "date": r_date,
    "date_slash": _date_fmt("slash"),
    "date_dow": _date_fmt("dow"),
    "date_mon": _date_fmt("mon"),
    "date_long": _date_fmt("long"),
    "date_us": _date_fmt("us"),
    "date_iso": _date_fmt("iso"),
    "date_hl7": _date_fmt("hl7"),
    "date_words": r_date_words,
    "dob": r_dob,
    "ts": r_ts,
    "age": r_age,
    "address": r_address,
    "suburb": r_suburb,
    "city": r_suburb,
    "suburblower": r_suburblower,
    "postcode": r_postcode,
    "zip": r_postcode,
    "cityzip": r_cityzip,
    "state": r_state,
    "hl7addr": r_hl7addr,
    "hospital": _facility("hospital"),
    "clinic": _facility("clinic"),
    "racf": _facility("racf"),
    "pharmacy": _facility("pharmacy"),
    "facility": _facility("facility"),
    "phone": _phone("phone"),
    "mobile": _phone("mobile"),
    "landline": _phone("landline"),
    "hotline": _phone("hotline"),
    "intl": _phone("intl"),
    "fax": _phone("fax", "fax"),
    "medicare": _id("medicare", make_medicare, "ID", "health_plan"),
    "ihi": _id("ihi", make_ihi, "ID", "health_plan"),
    "tfn": _id("tfn", make_tfn, "ID", "ssn"),
    "dva": _id("dva", make_dva, "ID", "health_plan"),
    "provider": _id("provider", lambda c: provider_number(c.rng), "ID", "license"),
    "urn": _id("urn", make_urn, "ID", "mrn"),
    "mrn": _id("mrn", make_mrn, "ID", "mrn"),
    "nhs": _id("nhs", make_nhs, "ID", "health_plan"),
    "iban": _id("iban", make_iban, "ID", "account"),
    "bsn": _id("bsn", make_bsn, "ID", "ssn"),
    "ssn": _id("ssn", make_ssn, "ID", "ssn"),
    "memberid": _id("memberid", make_memberid, "ID", "health_plan"),
    "acct": _id("acct", make_acct, "ID", "account"),
    "dl": _id("dl", make_dl, "ID", "license"),
    "plate": _id("plate", make_plate, "VEHICLE", "vehicle"),
    "serial": _id("serial", make_serial, "DEVICE", "device"),
    "email": r_email,
    "url": r_url,
    "ipv4": r_ipv4,
    "ipv6": r_ipv6,
    "drug": _vocab("drug"),
    "dressing": _vocab("dressing"),
    "aid": _vocab("aid"),
    "eponym": _vocab("eponym"),
    "problem": _vocab("problem"),
    "braden": _make_plain(lambda r: str(r.randint(9, 23))),
    "gcs": _make_plain(lambda r: f"E{r.randint(2, 4)} V{r.randint(2, 5)} M{r.randint(4, 6)}"),
    "bed": _make_plain(lambda r: str(r.randint(1, 36))),
    "ward": _make_plain(lambda r: f"{r.randint(1, 9)}{r.choice('ABCDEN')}"),
    "bp": _make_plain(lambda r: f"{r.randint(95, 185)}/{r.randint(50, 105)}"),
    "hr": _make_plain(lambda r: str(r.randint(48, 128))),
    "spo2": _make_plain(lambda r: str(r.randint(88, 100))),
    "swver": _make_plain(
        lambda r: f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}"
    ),
    "time": _make_plain(
        lambda r: f"{r.randint(0, 23):02d}{r.choice(['00', '15', '30', '45', '10', '50'])}"
    ),
    "num": r_num,
}

# --------------------------------------------------------------------------- templates

AU_TEMPLATES: list[tuple[str, str]] = [
    (
        "au-discharge",
        "DISCHARGE SUMMARY - {hospital:h}\nPatient: {caps:pt}   URN {urn:pt}   DOB: {dob:pt} ({age:pt} yrs)\nAddress: {address:pt}\nAdmitted: {date_slash:adm}  Discharged: {date_slash:dis}  Ward {ward}, bed {bed}\nPrincipal diagnosis: {problem:a}; background {eponym:a}.\nDischarge medications: {drug:a} mane, {drug:b} nocte, {drug:c} PRN. Packed in {aid:a} by {pharmacy:ph}.\nFollow-up: GP Dr {full:gp}, {clinic:c}, ph {landline:gp}.\nAuthorised by Dr {full:dr} (prov. no. {provider:dr})",
    ),
    (
        "au-discharge",
        "Dear Dr {family:gp},\n\nRe: {title:pt} {full:pt}, DOB {dob:pt}, Medicare {medicare:pt}\n\nThank you for your ongoing care of this patient. {title:pt} {family:pt} was admitted under General Medicine at {hospital:h} on {date_long:adm} following a fall at home. On arrival GCS {gcs}, BP {bp}. {hecap:pt} was discharged on {date_long:dis} to {racf:r} for respite.\n\nKind regards,\nDr {full:dr}\nAdvanced Trainee, General Medicine",
    ),
    (
        "au-discharge",
        "{hospital:h} | Discharge summary\nName: {full:pt}  MRN: {mrn:pt}  IHI: {ihi:pt}\nAge: {age:pt}  Sex: {sexword:pt}\nNext of kin: {full:kin} ({rel:kin}) - mob {mobile:kin}\nSummary: known {eponym:a}. Admitted {date_mon:adm} with {problem:a}. Treated with {drug:a}. Braden score {braden}. Wound to L shin dressed with {dressing:a}.\nDischarged home {date_mon:dis} to {address:pt}.",
    ),
    (
        "au-discharge",
        "Discharge note ({date_dow:dis}): {full:pt}, a {age:pt} year old from {suburb:pt}, is going home today with {his:pt} {rel:kin} {given:kin}. Community nursing referral faxed to {clinic:c} on {fax:c}. DVA Gold card {dva:pt}. Dr to review results on {date_dow:fu}.",
    ),
    (
        "au-discharge",
        "DISCHARGE SUMMARY\nSurname: {familycaps:pt}  Given name(s): {given:pt}\nURN: {urn:pt}  Medicare no: {medicare:pt}\nResidential address: {address:pt}\nContact: {mobile:pt}\nAdmission {date_slash:adm} -> discharge {date_slash:dis}. LOS {num:los} days.\nDx: {problem:a}, {eponym:a}. Hb {num:hb} g/L.\nPharmacy: scripts sent to {pharmacy:ph} ({landline:ph}).\nComments: lives alone; {rel:kin} {full:kin} lives in {suburb:kin} and visits daily.",
    ),
    (
        "au-discharge",
        "Transfer summary to {racf:r}\nResident: {full:pt}, born {date_long:dob}, URN {urn:pt}\nReason for admission: {problem:a} on {date_words:adm}. Seen by geriatrician Dr {full:spec}.\nMedication changes: cease {drug:a}; commence {drug:b}. Please re-pack {aid:a}.\nEnquiries: ward {ward} nurse unit manager on {landline:h} or the after-hours line {hotline:h}.",
    ),
    (
        "au-discharge",
        "Discharge summary - {caps:pt} - {date_slash:dis}\n{age:pt}{sexletter:pt} with {eponym:a} and {problem:a}, admitted via ED at {hospital:h}. Day 3: delirium settled, GCS {gcs}. OT home visit at {address:pt} completed {date_dow:ot}; rails recommended. Discharged with {drug:a} and {drug:b}. Results viewer v{swver}. Discharging MO: Dr {initfam:dr}.",
    ),
    (
        "au-discharge",
        "Discharge letter - {hospital:h}\n\nPatient {full:pt}, {age:pt} y.o., of {address:pt}, was discharged on {date_slash:dis}. {hecap:pt} was treated for {problem:a}; incidental {eponym:a} noted. Centrelink form completed with the patient: TFN {tfn:pt}. Taxi voucher issued. Phone follow-up by CNC {given:cnc} on {mobile:pt}.",
    ),
    (
        "au-discharge",
        "Discharged {date_dow:dis} {time}hrs. {full:pt} escorted to car by {rel:kin} ({full:kin}, {phone:kin}). Medicare {medicare:pt}; IHI {ihi:pt}. Follow up GP at {clinic:c} in 1/52. Dr to chase histology.",
    ),
    (
        "au-gp-referral",
        "Dear Dr {family:spec},\n\nRe: {full:pt}, DOB {dob:pt}\n{address:pt}\nPh: {mobile:pt}\nMedicare: {medicare:pt}\n\nThank you for seeing this pleasant {age:pt} year old {manwoman:pt} with worsening tremor, ?{eponym:a}. Current meds: {drug:a}, {drug:b}. BP {bp}.\n\nYours sincerely,\nDr {full:gp}\n{clinic:c}\nProvider No. {provider:gp}",
    ),
    (
        "au-gp-referral",
        "Dear Dr {full:spec}\nRe: {caps:pt} (DOB {dob:pt})\nI would be grateful if you could review {given:pt}, who has had diarrhoea for 6 weeks. Background {eponym:a}. FOBT positive {date_words:fobt}. {hecap:pt} is a DVA client ({dva:pt}) and lives at {address:pt}.\nMany thanks,\nDr {family:gp}, {clinic:c} ({landline:c}, fax {fax:c})",
    ),
    (
        "au-gp-referral",
        "REFERRAL\nTo: Dr {full:spec}, Endocrinology, {hospital:h}\nFrom: Dr {full:gp}, {clinic:c}\nDate: {date_slash:ref}\nRe: {title:pt} {full:pt}, {age:pt} years\nMedicare {medicare:pt}  IHI {ihi:pt}\nThank you for seeing {title:pt} {family:pt} re {eponym:a} with TSH 0.01. Please contact {him:pt} on {mobile:pt} or {his:pt} {rel:kin} {given:kin} on {mobile:kin}.",
    ),
    (
        "au-gp-referral",
        "Dear Dr,\n\nRe: {full:pt}, {address:pt}\n\nI am referring this {age:pt}-year-old for physiotherapy after a fall on {date_words:fall}. {hecap:pt} takes {drug:a} and {drug:b}. Please send correspondence to {clinic:c}, {address:c}.",
    ),
    (
        "au-gp-referral",
        "Re: {full:pt} DOB {dob:pt} URN {urn:pt}\nDear Dr {family:spec},\nPlease see {given:pt} in your rooms at {hospital:h} regarding {problem:a}. {hecap:pt} will attend with an interpreter; {his:pt} son {given:son} can be reached on {mobile:son}.\nDr {initfam:gp}",
    ),
    (
        "au-gp-referral",
        "Dear Dr {family:spec} and team,\nRe: {full:pt}, born {date_long:dob}, of {address:pt}\nI am writing to refer {given:pt} for assessment of {his:pt} {eponym:a}. {hecap:pt} works as a labourer and has asked that certificates go to {his:pt} email ({email:pt}). Medicare {medicare:pt}.\nRegards, Dr {full:gp}, {clinic:c}",
    ),
    (
        "au-gp-referral",
        "To the Registrar, Emergency Department, {hospital:h}\n\nRe: {title:pt} {caps:pt}  URN {urn:pt}\n\nPlease assess this {age:pt} year old with chest pain since {date_dow:onset}. ECG attached. GCS {gcs}. Daughter {given:daughter} ({mobile:daughter}) is driving {him:pt} in.\nDr {family:gp}, {clinic:c}, {hotline:c}",
    ),
    (
        "au-gp-referral",
        "Dear Dr {family:spec},\n\nRe: {full:pt}, Medicare {medicare:pt}, DVA {dva:pt}\n\nThank you for reviewing this veteran, aged {age:pt}, who lives at {racf:r}. {hecap:pt} has {eponym:a}, {problem:a} and uses a {aid:a}. Please liaise with RN {full:rn} at the facility on {landline:r}.\n\nDr {full:gp}\nProvider number {provider:gp}",
    ),
    (
        "au-gp-referral",
        "Referral: {clinic:c} -> {hospital:h} Mental Health\nClient: {caps:pt}  D.O.B. {dob:pt}  Mob: {mobile:pt}\nAddress: {address:pt}\nReason: low mood since the death of {his:pt} {rel:kin} {full:kin} on {date_long:death}. K10 score {num:k10}. No current SI.\nReferring GP: Dr {full:gp}",
    ),
    (
        "au-gp-referral",
        "Dear Dr {family:spec},\nRe: {full:pt} ({age:pt}{sexletter:pt}), Medicare {medicare:pt}\n{hecap:pt} is from {suburb:pt} and identifies as Aboriginal. Please copy correspondence to {clinic:c} (fax {fax:c}) and to Aboriginal health worker {full:ahw}.\nBP {bp}, HbA1c 9.1%, on {drug:a}.\nDr {full:gp}",
    ),
    (
        "au-nursing",
        "{time}hrs: pt c/o pain L hip 6/10, {drug:a} given w/ effect. {rel:kin} {lower:kin} rang, updated. obs stable bp {bp} hr {hr}. braden score {braden}. dr to r/v.",
    ),
    (
        "au-nursing",
        "nsg: {lower:pt} settled overnight, woke 0300 confused re 'going home to {suburblower:pt}'. reoriented. gcs {gcs}. {rel:kin} {lowerfull:kin} ({mobile:kin}) to visit {date_dow:visit}.",
    ),
    (
        "au-nursing",
        "pt {lowerfull:pt} ({age:pt}{sexletter:pt}) bed {bed} ward {ward}. pressure area care 2/24, {dressing:a} to sacrum intact. fluids encouraged. plan d/c to {racf:r} {date_dow:dis} pending bed.",
    ),
    (
        "au-nursing",
        "wound r/v: {dressing:a} changed to L heel, minimal exudate. pt states {his:pt} gp dr {lowerfamily:gp} at {clinic:c} usually does dressings. braden {braden}. next change due {date_slash:next}.",
    ),
    (
        "au-nursing",
        "phone call from {rel:kin} {lower:kin} on {phone:kin} @ {time}, asking re d/c date. advised medical team to call back. pt aware. {drug:a} withheld as bp {bp}.",
    ),
    (
        "au-nursing",
        "am shift - {lowerfull:pt} urn {urn:pt}. ambulating w/ 4ww + 1 assist. c/o nausea, {drug:a} given. daughter {lower:daughter} brought in webster-pak from {pharmacy:ph}. dr paged x2, nil response, dr to review on ward round.",
    ),
    (
        "au-nursing",
        "pm: pt upset, wants to go back to {his:pt} unit at {address:pt}. son {lower:son} called 1800hrs & will come in {date_words:visit}. gcs {gcs}. meds for {eponym:a} given on time ({drug:a}).",
    ),
    (
        "au-nursing",
        "nn {date_dow:now}: pt {lower:pt} ({age:pt}) slept well. bsl 7.2, bp {bp}, spo2 {spo2}% ra. urn {urn:pt}. family ({rel:kin} {lower:kin}) from {suburblower:kin} aware of plan.",
    ),
    (
        "au-nursing",
        "handover: bed {bed} - {caps:pt}, {age:pt}yo, adm {date_mon:adm} w/ {problem:a}. hx {eponym:a}. nok {lowerfull:kin} mob {mobile:kin}. falls risk high, bed alarm on.",
    ),
    (
        "au-nursing",
        "aboriginal liaison officer {given:alo} visited {lower:pt} today, arranged transport home to {suburblower:pt}. pt's aunty {lower:aunt} contactable on {landline:aunt}. braden {braden}.",
    ),
    (
        "au-pharmacy",
        "Pharmacy note {date_slash:now}: {full:pt} (URN {urn:pt}) - medication reconciliation with {pharmacy:ph} ({landline:ph}). Home meds: {drug:a}, {drug:b}, {drug:c}. Community pharmacy packs {aid:a} weekly. Time-critical meds flagged for {eponym:a}.",
    ),
    (
        "au-pharmacy",
        "Script for {caps:pt}, Medicare {medicare:pt}, DVA {dva:pt}: Endone 5mg 1-2 q4h PRN #20, Panadeine Forte 2 tabs QID. Prescriber Dr {full:dr}, prescriber no. {provider:dr}. Dispensed {date_dow:now} at {pharmacy:ph}.",
    ),
    (
        "au-pharmacy",
        "Pharmacist review - {full:pt}, {age:pt}yo. Allergic to penicillin (rash). Keflex 500mg QID commenced {date_mon:start} - cross-reactivity discussed with Dr {family:dr}; proceed. Webster-pak updated. Contact {his:pt} {rel:kin} {given:kin} on {mobile:kin} re changes.",
    ),
    (
        "au-pharmacy",
        "HMR referral for {full:pt}, {address:pt}. Phone {landline:pt}. Meds: {drug:a}, {drug:b}, {drug:c}, {drug:d}. Issues: {problem:a}, poor adherence. Referred by Dr {full:gp} ({clinic:c}, provider {provider:gp}). Report to be faxed to {fax:c}.",
    ),
    (
        "au-pharmacy",
        "Dose administration aid changed {date_words:chg}: {full:pt} at {racf:r}. Cease {drug:a}; start {drug:b}. Mepilex Border stock ordered for ward {ward}. RACF RN {full:rn} informed by phone {landline:r}.",
    ),
    (
        "au-pharmacy",
        "S8 register - {date_slash:now} {time}: Endone 5mg x1 administered to {caps:pt} (URN {urn:pt}) by RN {initfam:rn}, witnessed RN {initfam:rn2}. Balance {num:bal}.",
    ),
    (
        "au-pharmacy",
        "Discharge meds counselled: {full:pt} and {his:pt} {rel:kin} {full:kin}. {drug:a}, {drug:b} in {aid:a}. Also uses {drug:c}. Medicare card {medicare:pt} sighted; concession card noted. Follow-up call to {mobile:pt} booked for {date_dow:fu}.",
    ),
    (
        "au-pharmacy",
        "Med chart review ({hospital:h}): {full:pt} on Madopar 125 QID for Parkinson's; doses given late x2. Escalated to Dr {family:dr}. Pharmacy system v{swver} flagged an interaction with {drug:a}.",
    ),
    (
        "au-pharmacy",
        "Fax to {pharmacy:ph} ({fax:ph}) from {hospital:h} pharmacy dept, {date_long:now}:\nPlease update Webster-pak for {title:pt} {full:pt}, DOB {dob:pt}, {address:pt}. New: {drug:a}. Ceased: {drug:b}. Queries: {hotline:h}.",
    ),
    (
        "au-telehealth",
        "[{date_slash:now} {time}] Telehealth consult started. Patient: {full:pt}, DOB {dob:pt}, located at {address:pt}. Clinician: Dr {full:dr} ({clinic:c}). Identity confirmed with Medicare {medicare:pt}. Video dropped, continued by phone {mobile:pt}.",
    ),
    (
        "au-telehealth",
        "Telehealth log | {date_dow:now} | client {caps:pt} | IHI {ihi:pt} | callback {mobile:pt} | platform v{swver} | outcome: eScript for {drug:a} sent to {email:pt}, dispensing at {pharmacy:ph}",
    ),
    (
        "au-telehealth",
        "Phone consult {date_mon:now}: spoke with {given:pt} and {his:pt} {rel:kin} {given:kin}. {age:pt}yo with {eponym:a}, reviewing {drug:a}. Home BP readings {bp}. Plan: bloods at {clinic:c}, r/v 2/52. MBS item 91891.",
    ),
    (
        "au-telehealth",
        "Telehealth - {hospital:h} outreach to {racf:r}\nResident {full:pt} (URN {urn:pt}) reviewed by Dr {full:spec} with RN {given:rn} assisting. GCS {gcs}, Braden score {braden}. Next review {date_words:fu}.",
    ),
    (
        "au-telehealth",
        "Call log: inbound {time} from {phone:kin} - caller {full:kin}, {rel:kin} of patient {full:pt} ({suburb:pt}). Requests telehealth for repeat script ({drug:a}). Booked with Dr {family:gp} {date_dow:appt}.",
    ),
    (
        "au-telehealth",
        "Video consult note. Pt {full:pt}, {age:pt}, joined from home ({suburb:pt}). Aboriginal health worker {full:ahw} present. Discussed {problem:a}. Medicare {medicare:pt}. Follow up {date_words:fu}, ph {mobile:pt}.",
    ),
    (
        "au-telehealth",
        "Telehealth session failed: patient {caps:pt} could not connect (app v{swver}). Rang {landline:pt}, no answer; left message. Tried {rel:kin} {given:kin} on {mobile:kin}. Will retry {date_dow:retry}. Dr to sign off.",
    ),
    (
        "au-telehealth",
        "{date_long:now} - remote monitoring alert for {full:pt}: BP {bp}, HR {hr}. Escalated to Dr {full:dr} at {hospital:h} (switch {hotline:h}). Patient at {address:pt} advised to present if symptoms worsen.",
    ),
    (
        "au-telehealth",
        "TELEHEALTH CONSENT: I, {full:pt}, of {address:pt}, consent to a video consultation on {date_slash:now}. TFN quoted on Centrelink form: {tfn:pt}. Witness: {full:rn}.",
    ),
]

EU_TEMPLATES: list[tuple[str, str, str]] = [  # style, country ("*" = any), template
    (
        "uk-nhs-note",
        "GB",
        "NHS No: {nhs:pt}\nPatient: {full:pt}  DOB: {dob:pt}\nAddress: {address:pt}\nGP: Dr {full:gp}, {facility:gp}\nSeen in clinic {date_words:now}. {hecap:pt} reports improved breathing on Seretide. Review in 3 months. Dr to confirm bloods.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Dear Dr {family:gp},\nRe: {title:pt} {full:pt}, NHS number {nhs:pt}, {postcode:pt}\nI reviewed {given:pt} at {facility:h} on {date:now}. {hecap:pt} can be contacted on {mobile:pt}.\nYours sincerely,\nDr {full:dr}, Consultant Physician",
    ),
    (
        "uk-nhs-note",
        "GB",
        "111 call summary {date:now} {time}: caller {full:kin} ({rel:kin}) re {full:pt}, aged {age:pt}. Callback {intl:kin}. Postcode {postcode:pt}. Disposition: attend {facility:h} within 4h.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "District nurse visit - {caps:pt} - {address:pt}. Key safe code withheld. Leg ulcer redressed. NOK {given:kin} on {landline:kin}. NHS {nhs:pt}.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Discharge: {full:pt} (DOB {dob:pt}, NHS {nhs:pt}) discharged from Ward 7B, {facility:h}, on {date_words:dis}. Follow-up with Mr {family:surg}, colorectal surgeon.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "A&E booking {date:now}: {full:pt}, {age:pt}, of {city:pt}. Brought in by ambulance after a fall. Next of kin {full:kin} {mobile:kin}. Triage category 3.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Safeguarding referral: child {given:child} {family:child} (DOB {dob:child}) lives with mother {full:pt} at {address:pt}. Health visitor {full:hv}, tel {landline:hv}, email {email:hv}.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Prescription query from {facility:ph} ({landline:ph}) re {title:pt} {family:pt}, NHS {nhs:pt}. Amoxicillin 500mg TDS, allergy status unclear. Resolved with Dr {family:gp} on {date_words:now}.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Outpatient letter cc: {full:pt}, {address:pt}. Email copy to {email:pt} as requested on {date:now}.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Repeat prescription request {date:now} from {full:pt}, {address:pt}, tel {landline:pt}. Meds: ramipril 5mg, atorvastatin 20mg. NHS {nhs:pt}.",
    ),
    (
        "uk-nhs-note",
        "GB",
        "Clinic fax to {facility:gp} on {fax:gp}: results for {full:pt} (NHS {nhs:pt}) - HbA1c 58 mmol/mol. Dr to action.",
    ),
    (
        "eu-clinic-letter",
        "DE",
        "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\nwir berichten über {ltitle:pt} {full:pt} (geb. {dob:pt}, wohnhaft {address:pt}), stationär vom {date:adm} bis {date:dis} in der Klinik {facility:h}. Diagnose: Morbus Parkinson. Rückfragen unter {phone:h}.\nMit freundlichen Grüßen\nDr. {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "DE",
        "Arztbrief vom {date:now}\nPatient: {caps:pt}, {age:pt} J.\nAnschrift: {address:pt}\nTel.: {phone:pt}\nBankverbindung für Erstattung: IBAN {iban:pt}\nHausarzt: Dr. med. {full:gp}, {city:gp}",
    ),
    (
        "eu-clinic-letter",
        "DE",
        "Befund vom {date_words:now}: {ltitle:pt} {family:pt} ({age:pt} J.) aus {city:pt} stellt sich mit Morbus Crohn vor. Rückruf an Angehörige {full:kin} unter {mobile:kin}.",
    ),
    (
        "eu-clinic-letter",
        "CH",
        "Sehr geehrte Damen und Herren,\n{ltitle:pt} {full:pt}, {address:pt}, Tel. {phone:pt}, war am {date:now} in unserer Sprechstunde (Hashimoto-Thyreoiditis). Rechnung bitte an IBAN {iban:pt}.\nFreundliche Grüsse\nDr. med. {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "FR",
        "Cher confrère,\nJe vous adresse {ltitle:pt} {full:pt}, né(e) le {dob:pt}, demeurant {address:pt}, tél. {phone:pt}, pour avis concernant une maladie de Crohn. Hospitalisation du {date:adm} au {date:dis} ({facility:h}).\nBien confraternellement,\nDr {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "FR",
        "Compte rendu de consultation du {date_words:now}\n{ltitle:pt} {full:pt}, {age:pt} ans, {address:pt}. Suivi de thyroïdite de Hashimoto. Courriel : {email:pt}.",
    ),
    (
        "eu-clinic-letter",
        "IT",
        "Gentile Collega,\nti invio {ltitle:pt} {full:pt}, nato/a il {date_words:dob}, residente in {address:pt}, cell. {mobile:pt}, per valutazione di tiroidite di Hashimoto. IBAN per rimborso: {iban:pt}.\nCordiali saluti,\nDott. {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "IT",
        "Referto del {date:now}\nPaziente: {caps:pt}, età {age:pt} anni\nIndirizzo: {address:pt}\nMedico curante: dott.ssa {full:gp}, tel. {phone:gp}",
    ),
    (
        "eu-clinic-letter",
        "ES",
        "Estimado/a colega:\nRemito a {ltitle:pt} {full:pt}, de {age:pt} años, con domicilio en {address:pt} y teléfono {phone:pt}, para valoración por enfermedad de Parkinson. Ingreso el {date_words:adm} en {facility:h}.\nAtentamente,\nDra. {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "ES",
        "Informe de alta - {facility:h}\nPaciente: {full:pt}  Fecha de nacimiento: {dob:pt}\nDomicilio: {address:pt}\nTeléfono de contacto: {mobile:pt}\nFecha de alta: {date:dis}",
    ),
    (
        "eu-clinic-letter",
        "NL",
        "Geachte collega,\nHierbij verwijs ik {ltitle:pt} {full:pt}, geboren {dob:pt}, BSN {bsn:pt}, wonende {address:pt}, tel. {phone:pt}. Voorgeschiedenis: ziekte van Crohn. Opname {facility:h} op {date_words:adm}.\nMet vriendelijke groet,\n{full:dr}, huisarts",
    ),
    (
        "eu-clinic-letter",
        "NL",
        "Ontslagbrief {date_words:dis}\nPatiënt: {full:pt}, {age:pt} jaar, {address:pt}\nHuisarts: {full:gp}, {city:gp}\nBSN: {bsn:pt}",
    ),
    (
        "eu-clinic-letter",
        "PL",
        "Szanowny Panie Doktorze,\nkieruję na konsultację neurologiczną (choroba Parkinsona): {full:pt}, ur. {dob:pt}, zam. {address:pt}, tel. {mobile:pt}. Hospitalizacja w {facility:h} od {date:adm}.\nZ poważaniem,\nlek. {full:dr}",
    ),
    (
        "eu-clinic-letter",
        "PL",
        "Karta informacyjna z dnia {date:now}\nPacjent: {caps:pt}, lat {age:pt}\nAdres: {address:pt}\nNr konta do zwrotu: {iban:pt}",
    ),
    (
        "eu-clinic-letter",
        "*",
        "Dear Dr {family:spec},\nRe: {full:pt}, born {dob:pt}\n{address:pt}\nThank you for seeing {him:pt} about recurrent syncope. {hecap:pt} was admitted to {facility:h} on {date:adm}. Contact: {intl:pt}.\nKind regards,\nDr {full:gp}",
    ),
    (
        "eu-clinic-letter",
        "*",
        "Referral letter ({city:gp}, {date:now})\nPatient: {caps:pt}  Age: {age:pt}\nPhone: {mobile:pt}  Email: {email:pt}\nPlease assess for Graves' disease. Prior TSH {num:tsh}. Insurance reimbursement to IBAN {iban:pt}.",
    ),
    (
        "eu-clinic-letter",
        "*",
        "Clinic letter to {ltitle:pt} {full:pt}, {address:pt}\nYour appointment at {facility:h} is on {date_words:appt} at 10:30. Please bring your insurance card. Questions: {phone:h}.",
    ),
    (
        "eu-clinic-letter",
        "*",
        "Dear colleague, I saw {full:pt} ({age:pt}) from {city:pt} on {date:now} with a flare of Crohn's disease. {hiscap:pt} {rel:kin} {full:kin} ({mobile:kin}) accompanied {him:pt}. Dr to repeat calprotectin.",
    ),
    (
        "eu-clinic-letter",
        "*",
        "Transfer letter: {full:pt}, {address:pt}. Transfer from {facility:h} to {facility:h2} on {date_words:tr}. Receiving physician Dr {full:dr}, {intl:dr}.",
    ),
    (
        "eu-support-log",
        "*",
        '{ts:now} INFO ticket=INC{num:inc} user="{full:pt}" phone={intl:pt} action=update_address new="{address:pt}"',
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} WARN billing: refund to IBAN {iban:pt} for {full:pt} failed (code AC04). Retry scheduled {date:retry}.",
    ),
    (
        "eu-support-log",
        "*",
        "[{date:now}] support chat: customer {full:pt} ({email:pt}) asks to move an appointment at {facility:h}. Verified via DOB {dob:pt} and postcode {postcode:pt}.",
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} ERROR sms-gateway: delivery to {mobile:pt} failed after 3 attempts (patient {caps:pt}, clinic {city:pt}). build v{swver}",
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} INFO portal login ok for {email:pt} from {ipv4:pt} (session {num:inc}) after password reset",
    ),
    (
        "eu-support-log",
        "*",
        "Support case {num:inc}: {ltitle:pt} {full:pt} rang from {phone:pt} to say {his:pt} address is now {address:pt}. Updated in PAS v{swver} on {date_words:now}.",
    ),
    (
        "eu-support-log",
        "*",
        '{ts:now} DEBUG direct-debit mandate created: holder="{caps:pt}" iban="{iban:pt}" amount=EUR 45.00',
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} INFO callback requested by {full:pt}, tel {phone:pt}, preferred time after 17:00; DOB {dob:pt}; GP practice {facility:gp}.",
    ),
    (
        "eu-support-log",
        "*",
        'Email from {email:pt} received {date:now}: "Hello, this is {given:pt} {family:pt}; my son {given:son} has an appointment on {date_words:appt}, can we move it?"',
    ),
    (
        "eu-support-log",
        "GB",
        '{ts:now} INFO spine lookup nhs_number={nhs:pt} result=match name="{caps:pt}" postcode="{postcode:pt}"',
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} WARN duplicate registration: {full:pt} born {dob:pt} at {address:pt} matches an existing record (v{swver}).",
    ),
    (
        "eu-support-log",
        "*",
        "{ts:now} INFO appointment reminder queued for {full:pt} ({mobile:pt}) at {facility:h} on {date:appt}; reply STOP to opt out",
    ),
]

US_TEMPLATES: list[tuple[str, str]] = [
    (
        "us-clinical-log",
        '{ts:now} INFO admit patient="{full:pt}" mrn={mrn:pt} dob={date_iso:dob} ssn={ssn:pt}',
    ),
    (
        "us-clinical-log",
        "{ts:now} WARN hl7 inbound PID|1||{mrn:pt}^^^LRMC^MR||{hl7name:pt}||{date_hl7:dob}|{sexletter:pt}|||{hl7addr:pt}||{phone:pt}",
    ),
    (
        "us-clinical-log",
        "{ts:now} ERROR fax delivery failed to {fax:pcp} for {full:pt} (MRN {mrn:pt}); retry queued",
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO portal login user={email:pt} ip={ipv4:pt} ua=Mozilla/5.0 status=200 latency={num:lat}ms",
    ),
    ("us-clinical-log", "{ts:now} DEBUG api GET {url:pt} from {ipv6:pt} -> 200 ({num:lat} ms)"),
    (
        "us-clinical-log",
        "{ts:now} AUDIT chart access: {full:dr} viewed record {mrn:pt} ({full:pt}, age {age:pt}) from workstation {ipv4:ws}",
    ),
    (
        "us-clinical-log",
        '{ts:now} INFO registration updated: address="{address:pt}" phone="{phone:pt}" zip={zip:pt}',
    ),
    (
        "us-clinical-log",
        "{date:now} {time} pharmacy: Rx for {full:pt} DOB {dob:pt} sent to store #{num:store} at {address:ph}, ph {phone:ph}",
    ),
    (
        "us-clinical-log",
        '{ts:now} WARN eligibility check failed member_id={memberid:pt} subscriber="{caps:pt}" subscriber_ssn={ssn:pt}',
    ),
    (
        "us-clinical-log",
        '{ts:now} INFO lab result posted mrn={mrn:pt} pt="{lastfirst:pt}" test=HbA1c value=7.9 collected={date_iso:col}',
    ),
    (
        "us-clinical-log",
        "{ts:now} ERROR sms to {phone:pt} bounced; patient {full:pt} ({age:pt}yo) reminder for {date_words:appt}",
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO ADT^A03 discharge {full:pt} MRN#{mrn:pt} to {address:pt}; transport by {rel:kin} {full:kin} ({phone:kin})",
    ),
    (
        "us-clinical-log",
        "{ts:now} SECURITY failed login for {email:pt} from {ipv4:pt}, then {ipv4:pt2}; account locked",
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO billing: claim {num:claim} for {full:pt}, SSN {ssn:pt}, acct {acct:pt}, DOS {date:dos}",
    ),
    (
        "us-clinical-log",
        '{ts:now} DEBUG webhook POST {url:hook} payload.patient.name="{full:pt}" payload.patient.zip="{zip:pt}"',
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO telemetry device {serial:dev} paired to MRN {mrn:pt} from {ipv6:pt}",
    ),
    (
        "us-clinical-log",
        "{ts:now} WARN age > 89 flagged for review: {full:old}, age {age:old}, {city:old}, {state:old}",
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO transport: pickup {full:pt} at {address:pt} on {date_us:pickup} 09:30, contact {phone:pt}",
    ),
    (
        "us-clinical-log",
        '{ts:now} ERROR MPI merge conflict: "{lastfirst:pt}" MRN {mrn:pt} vs MRN {mrn:pt2} (SSN {ssn:pt})',
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO ID verified: driver license {dl:pt} ({state:pt}) for {full:pt} at kiosk {ipv4:kiosk}",
    ),
    (
        "us-clinical-log",
        "{ts:now} INFO vitals mrn={mrn:pt} BP {bp} HR {hr} SpO2 {spo2}% bed {bed} charted by {full:rn} (build v{swver})",
    ),
    (
        "us-clinical-log",
        "{ts:now} WARN discharge instructions emailed to {email:kin} ({rel:kin} of {full:pt}, DOB {dob:pt})",
    ),
    (
        "us-progress-note",
        "PROGRESS NOTE {date:now}\nPatient: {full:pt}  MRN: {mrn:pt}  DOB: {dob:pt}\n{age:pt} y/o {sexword:pt} with CHF and Parkinson's disease, seen on rounds. BP {bp}, HR {hr}. Plan: continue furosemide 40 mg daily. Dr to f/u echo.\nSigned: {full:dr}, MD",
    ),
    (
        "us-progress-note",
        "S: {title:pt} {family:pt} is a {age:pt}-year-old {manwoman:pt} reporting dyspnea since {date_words:onset}. Lives at {address:pt} with {his:pt} {rel:kin}.\nO: T 37.8, BP {bp}, SpO2 {spo2}%.\nA/P: CAP; start ceftriaxone. Contact {rel:kin} {given:kin} at {phone:kin}.",
    ),
    (
        "us-progress-note",
        "Interval history: {full:pt} ({age:pt}) returns {date:now}. Daughter {full:daughter} called from {phone:daughter}. Home health agency fax {fax:hha}. Insurance member ID {memberid:pt}.",
    ),
    (
        "us-progress-note",
        "Social work note: {full:pt}, {age:pt}, resides alone in {cityzip:pt}. SSN {ssn:pt} verified for Medicaid application. Son {full:son} ({email:son}) assisting.",
    ),
    (
        "us-progress-note",
        "ED note {date:now} {time}: {age:pt}{sexletter:pt} BIBA from {address:pt}. GCS {gcs}. {rel:kin} {full:kin} at bedside, cell {phone:kin}. MRN {mrn:pt}.",
    ),
    (
        "us-progress-note",
        "Telemedicine note: patient {full:pt} connected from {ipv4:pt} via {url:tele}. DOB {dob:pt}. Discussed Crohn's disease flare. Rx sent to pharmacy at {address:ph}.",
    ),
    (
        "us-progress-note",
        "Nursing progress note - {full:pt} (Rm {num:room}) - {date_us:now}\nPt resting, pain 3/10. Family ({rel:kin} {given:kin}) called {phone:kin}. Pump SN {serial:dev} alarm resolved.",
    ),
    (
        "us-progress-note",
        "Consult note: Asked by Dr {family:dr} to see {full:pt}, a {age:pt}-year-old with Hashimoto's thyroiditis. Prior records from {facility:h} ({phone:h}). Pt email {email:pt}.",
    ),
    (
        "us-progress-note",
        "Discharge planning: {full:pt} (MRN {mrn:pt}) to be discharged {date_words:dis} to {facility:snf}, {address:snf}. Transport line {phone:snf}. SSN on file {ssn:pt}.",
    ),
    (
        "us-progress-note",
        "Progress note {date_iso:now}: {caps:pt} - {age:pt} yo, DOB {dob:pt}. Vehicle plate {plate:pt} noted by security re parking. BP {bp}.",
    ),
    (
        "us-progress-note",
        "Hospice note: {full:old}, age {age:old}, seen at home, {address:old}. Caregiver {full:cg} ({phone:cg}). Comfort care; morphine 2.5 mg PRN.",
    ),
    (
        "us-progress-note",
        "Pre-op note {date:now}: {full:pt}, {age:pt} y/o. Driver's license {dl:pt}. Emergency contact {full:kin} {phone:kin}. Surgeon Dr {full:dr}.",
    ),
    (
        "us-progress-note",
        "Behavioral health note: {full:pt} reports stress after eviction from {address:pt} on {date_words:evict}. Now staying in {city:pt}. Best contact {phone:pt} or {email:pt}.",
    ),
    (
        "us-progress-note",
        "Addendum {date:now}: wrong patient documented; note belonged to {full:pt2} (MRN {mrn:pt2}), not {full:pt} (MRN {mrn:pt}).",
    ),
    (
        "us-progress-note",
        "Wound care note - {full:pt}: stage 3 sacral pressure injury, Braden score {braden}. Dressing Mepilex Border. Follow-up {date_us:fu} at {facility:h}.",
    ),
    (
        "us-progress-note",
        "Geriatrics consult: {full:old} is a {age:old} year old {manwoman:old} from {cityzip:old}, admitted {date:adm} after a fall. MRN {mrn:old}. SSN {ssn:old}.",
    ),
    (
        "us-progress-note",
        "Financial counseling: {full:pt}, acct {acct:pt}, SSN {ssn:pt}, phone {phone:pt}. Payment plan set up {date_words:now}.",
    ),
    (
        "us-progress-note",
        "Patient portal message from {email:pt} ({date_us:now}): 'Hi Dr {family:dr}, this is {given:pt}, my new number is {phone:pt}.'",
    ),
    (
        "us-progress-note",
        "H&P: {full:pt}, DOB {dob:pt}, MRN {mrn:pt}, PCP Dr {full:pcp} ({phone:pcp}, fax {fax:pcp}). Lives at {address:pt}. Hx Parkinson's disease, Crohn's disease.",
    ),
    (
        "us-progress-note",
        "Case management: {full:pt} ({age:pt}) referred to home health; agency site {url:hha}; intake fax {fax:hha}; pt ZIP {zip:pt}.",
    ),
    (
        "us-progress-note",
        "Device note: pacemaker SN {serial:dev} interrogated {date:now}; patient {full:pt}, MRN {mrn:pt}. Remote monitoring via {ipv6:pt}.",
    ),
    (
        "us-progress-note",
        "Death note: {full:old}, age {age:old}, pronounced {date_words:death} at {time}. Family ({rel:kin} {full:kin}) notified at {phone:kin}.",
    ),
]

# --------------------------------------------------------------------------- rendering

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::([a-z0-9_]+))?\}")


def render(template: str, ctx: Ctx) -> tuple[str, list[dict[str, object]]]:
    """Concatenate literal text and resolved pieces; each span's offsets come from the growing text."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0

    def add(text: str, label: str | None, category: str | None) -> None:
        nonlocal length
        if label is not None:
            spans.append(
                {"start": length, "end": length + len(text), "label": label, "category": category}
            )
        parts.append(text)
        length += len(text)

    pos = 0
    for m in PLACEHOLDER.finditer(template):
        add(template[pos : m.start()], None, None)
        kind, tag = m.group(1), m.group(2) or "pt"
        key = (kind, tag)
        if key not in ctx.cache:
            ctx.cache[key] = RESOLVERS[kind](ctx, tag)
        for text, label, category in ctx.cache[key]:
            add(text, label, category)
        pos = m.end()
    add(template[pos:], None, None)
    text = "".join(parts)
    check(text, spans)
    return text, spans


def check(text: str, spans: list[dict[str, object]]) -> None:
    end = 0
    for span in spans:
        start, stop = int(str(span["start"])), int(str(span["end"]))
        value = text[start:stop]
        if start < end or not value or value != value.strip():
            raise ValueError(f"bad span {span} in {text!r}")
        end = stop


def build(name: str, pools: Pools) -> list[dict[str, object]]:
    rng = random.Random(SEEDS[name])
    if name == "au_clinical":
        templates = [(style, "AU", t) for style, t in AU_TEMPLATES]
        locale = "AU"
    elif name == "us_clinical":
        templates = [(style, "US", t) for style, t in US_TEMPLATES]
        locale = "US"
    else:
        templates = list(EU_TEMPLATES)
        locale = "EU"
    order = list(range(len(templates)))
    docs = []
    for i in range(DOCS_PER_CORPUS):
        if i % len(order) == 0:
            rng.shuffle(order)  # every template is used once per round, in a fresh order
        style, country, template = templates[order[i % len(order)]]
        if country == "*":
            country = rng.choice(EU_COUNTRIES)
        ctx = Ctx(rng, pools, locale, country)
        text, spans = render(template, ctx)
        docs.append({"text": text, "spans": spans, "style": style})
    return docs


def write(path: Path, docs: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(doc, ensure_ascii=False) for doc in docs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    pools = load_pools()
    for name in ("au_clinical", "multi_locale", "us_clinical"):
        docs = build(name, pools)
        write(OUT / f"{name}.jsonl", docs)
        print(f"{name}: {len(docs)} docs")


if __name__ == "__main__":
    main()
