"""Check digits of national identifiers: a number that passes one is almost surely an ID.

Every validator takes the identifier as printed (any separators) and returns
whether it is well formed *and* its check digit holds. Sources: Services
Australia (Medicare, provider numbers), the ATO (TFN, ABN), the Australian
Digital Health Agency (IHI, Luhn with the 800360 prefix), NHS Digital (NHS
number, modulus 11), the SSA (SSN area rules), ISO 13616 (IBAN, mod 97),
ISO 3779 / 49 CFR 565 (VIN check digit), and the Spanish (DNI/NIE letter), Polish
(PESEL), Finnish (HETU) and French (NIR key) civil registries.
"""

from __future__ import annotations

import re

__all__ = [
    "abn_valid",
    "digits_of",
    "dni_valid",
    "hetu_valid",
    "iban_valid",
    "ihi_valid",
    "luhn_valid",
    "medicare_valid",
    "nhs_valid",
    "nir_valid",
    "pesel_valid",
    "provider_valid",
    "ssn_valid",
    "tfn_valid",
    "vin_valid",
]


def digits_of(value: str) -> str:
    """The digits of ``value``, separators dropped."""
    return "".join(ch for ch in value if ch.isdigit())


def luhn_valid(digits: str) -> bool:
    """The Luhn check (cards, IHI); ``digits`` holds digits only."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return bool(digits) and total % 10 == 0


def medicare_valid(value: str) -> bool:
    """AU Medicare card number: 10 digits (+ optional IRN), first digit 2-6, check digit 9th."""
    d = digits_of(value)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(x) * w for x, w in zip(d[:8], weights, strict=True)) % 10 == int(d[8])


def ihi_valid(value: str) -> bool:
    """AU Individual Healthcare Identifier: 16 digits, prefix 800360, Luhn."""
    d = digits_of(value)
    return len(d) == 16 and d.startswith("800360") and luhn_valid(d)


_TFN_WEIGHTS = {9: (1, 4, 3, 7, 5, 8, 6, 9, 10), 8: (10, 7, 8, 4, 6, 3, 5, 1)}


def tfn_valid(value: str) -> bool:
    """AU Tax File Number: 8 or 9 digits, weighted sum divisible by 11."""
    d = digits_of(value)
    weights = _TFN_WEIGHTS.get(len(d))
    if weights is None or len(set(d)) == 1:
        return False
    return sum(int(x) * w for x, w in zip(d, weights, strict=True)) % 11 == 0


def abn_valid(value: str) -> bool:
    """AU Business Number: 11 digits; first minus one, weighted sum divisible by 89."""
    d = digits_of(value)
    if len(d) != 11 or d[0] == "0":
        return False
    nums = [int(d[0]) - 1, *map(int, d[1:])]
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    return sum(n * w for n, w in zip(nums, weights, strict=True)) % 89 == 0


def nhs_valid(value: str) -> bool:
    """UK NHS number: 10 digits, modulus 11 over the first nine."""
    d = digits_of(value)
    if len(d) != 10 or len(set(d)) == 1:
        return False
    check = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def ssn_valid(value: str) -> bool:
    """US SSN shape and the SSA's area, group and serial rules (no 000, 666, 9xx, 00, 0000)."""
    d = digits_of(value)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def iban_valid(value: str) -> bool:
    """IBAN (ISO 13616): country, two check digits, BBAN; mod 97 of the rearranged number is 1."""
    compact = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    digits = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_valid(value: str) -> bool:
    """Vehicle Identification Number: 17 characters without I, O, Q; check digit 9th."""
    vin = value.upper()
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    if sum(ch.isdigit() for ch in vin) < 3:
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


# Medicare provider numbers: 6-digit stem, a practice location character, a check character.
_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
_PROVIDER_CHECK = "YXWTLKJHFBA"


def provider_valid(value: str) -> bool:
    """AU Medicare provider number (``2426621B``): stem, location, check character."""
    v = value.upper()
    if not re.fullmatch(r"\d{5,6}[0-9A-HJ-NP-RT-Y][A-Z]", v):
        return False
    v = v.zfill(8)
    stem = [int(ch) for ch in v[:6]]
    total = sum(d * w for d, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True))
    total += _PLV.index(v[6]) * 6
    return _PROVIDER_CHECK[total % 11] == v[7]


def dni_valid(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): letter = n mod 23."""
    v = re.sub(r"[\s-]", "", value).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", v)
    if not m or len(m.group(1) + m.group(2)) != 8:
        return False
    number = int(str("XYZ".index(m.group(1))) + m.group(2) if m.group(1) else m.group(2))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == m.group(3)


def pesel_valid(value: str) -> bool:
    """Polish PESEL: 11 digits, weighted sum check digit."""
    d = digits_of(value)
    if len(d) != 11:
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return (10 - sum(int(x) * w for x, w in zip(d[:10], weights, strict=True)) % 10) % 10 == int(
        d[10]
    )


def hetu_valid(value: str) -> bool:
    """Finnish personal identity code: DDMMYY, century sign, 3 digits, check character."""
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", value.upper())
    if not m:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def nir_valid(value: str) -> bool:
    """French NIR (social security number): 13 characters + 2-digit key = 97 - n mod 97."""
    v = re.sub(r"\s", "", value).upper().replace("2A", "19").replace("2B", "18")
    if not re.fullmatch(r"[12]\d{14}", v):
        return False
    return 97 - int(v[:13]) % 97 == int(v[13:])


def ppsn_valid(value: str) -> bool:
    """Ireland's PPS number: seven digits, a check letter (weighted sum mod 23), maybe a letter."""
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", value.upper())
    if not m:
        return False
    extra = 0 if m.group(3) in ("", "W") else (ord(m.group(3)) - 64) * 9
    total = sum(int(d) * w for d, w in zip(m.group(1), range(8, 1, -1), strict=True)) + extra
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == m.group(2)


def sa_id_valid(value: str) -> bool:
    """South Africa's 13-digit ID number: a birth date first, a Luhn check last."""
    return (
        len(value) == 13
        and value.isdigit()
        and 1 <= int(value[2:4]) <= 12
        and 1 <= int(value[4:6]) <= 31
        and luhn_valid(value)
    )
