"""Locale packs: which countries' phone numbers, identifiers and addresses a deployment expects.

A locale is a BCP 47 tag (``en-AU``, ``de-DE``). Each one names the region
``phonenumbers`` matches national-format numbers against, and the national
identifier families validated by checksum there. Numbers written in
international format (``+61 ...``) are found whatever the locales; the
locales decide how numbers *without* a country code are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mlgate.errors import InputError

__all__ = ["DEFAULT_LOCALES", "SUPPORTED_LOCALES", "Locale", "resolve_locales"]


@dataclass(frozen=True)
class Locale:
    """One locale pack.

    Attributes:
        tag: the BCP 47 tag, as configured.
        region: the ISO 3166 region ``phonenumbers`` reads national numbers in.
        ids: national identifier families checked in this locale (see ``ids.py``).
    """

    tag: str
    region: str
    ids: tuple[str, ...] = ()


_EU = ("iban",)
_PACKS = [
    Locale("en-AU", "AU", ("medicare", "ihi", "tfn", "abn", "dva", "provider")),
    Locale("en-NZ", "NZ", ()),
    Locale("en-US", "US", ("ssn",)),
    Locale("en-CA", "CA", ()),
    Locale("en-GB", "GB", ("nhs", "nino", *_EU)),
    Locale("en-IE", "IE", ("ppsn", *_EU)),
    # the languages their people write dates in beside English: Māori, Welsh, Irish
    Locale("mi-NZ", "NZ", ()),
    Locale("cy-GB", "GB", ()),
    Locale("ga-IE", "IE", ()),
    Locale("en-IN", "IN", ("aadhaar", "pan", "in_plate")),
    Locale("en-SG", "SG", ("nric",)),
    Locale("ms-MY", "MY", ("mykad",)),
    Locale("en-ZA", "ZA", ("sa_id",)),
    Locale("af-ZA", "ZA", ("sa_id",)),
    Locale("de-DE", "DE", _EU),
    Locale("de-AT", "AT", _EU),
    Locale("de-CH", "CH", _EU),
    Locale("fr-FR", "FR", ("nir", *_EU)),
    Locale("fr-BE", "BE", _EU),
    Locale("nl-NL", "NL", _EU),
    Locale("it-IT", "IT", ("codice_fiscale", *_EU)),
    Locale("es-ES", "ES", ("dni", *_EU)),
    Locale("pt-PT", "PT", _EU),
    Locale("pl-PL", "PL", ("pesel", *_EU)),
    Locale("sv-SE", "SE", ("nordic", *_EU)),
    Locale("da-DK", "DK", ("nordic", *_EU)),
    Locale("nb-NO", "NO", ("nordic", *_EU)),
    Locale("fi-FI", "FI", ("hetu", *_EU)),
    Locale("el-GR", "GR", _EU),
    Locale("cs-CZ", "CZ", _EU),
    Locale("tr-TR", "TR", _EU),
]
SUPPORTED_LOCALES: dict[str, Locale] = {pack.tag: pack for pack in _PACKS}
# AU first: the first users are Australian clinical platforms; then US, UK and common EU.
DEFAULT_LOCALES: tuple[str, ...] = (
    "en-AU", "en-NZ", "en-US", "en-GB", "en-IE", "mi-NZ", "cy-GB", "ga-IE", "de-DE", "de-AT",
    "de-CH", "fr-FR", "nl-NL", "it-IT", "es-ES", "pt-PT", "pl-PL", "sv-SE", "da-DK", "fi-FI",
    "cs-CZ", "en-CA", "en-IN", "en-SG", "ms-MY", "en-ZA", "af-ZA", "tr-TR",
)  # fmt: skip


def resolve_locales(locales: Sequence[str] | None) -> tuple[Locale, ...]:
    """The packs for ``locales`` (None: ``DEFAULT_LOCALES``), in the order given.

    Tags are matched case-insensitively, ``_`` or ``-`` between the parts.

    Raises:
        InputError: a tag is not supported, or the list is empty.
    """
    if locales is None:
        return tuple(SUPPORTED_LOCALES[tag] for tag in DEFAULT_LOCALES)
    if isinstance(locales, str):
        locales = [locales]
    if not locales:
        raise InputError(
            f"locales is empty; give at least one of {', '.join(SUPPORTED_LOCALES)} "
            "(or leave it unset for the default set)"
        )
    by_key = {tag.lower(): pack for tag, pack in SUPPORTED_LOCALES.items()}
    out: list[Locale] = []
    for tag in locales:
        pack = by_key.get(str(tag).strip().replace("_", "-").lower())
        if pack is None:
            raise InputError(
                f"locale {tag!r} is not supported; allowed: {', '.join(SUPPORTED_LOCALES)}"
            )
        if pack not in out:
            out.append(pack)
    return tuple(out)
