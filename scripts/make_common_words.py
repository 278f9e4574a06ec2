"""Write ``mlgate/redaction/data/common_words.txt``: everyday words that are never names.

Why: the spaCy model is most of the engine's cost, and it only runs around capitalised words
no other layer explains. A capitalised "Referral" or "Billing" at the start of a line costs a
model window and can only ever be a heading. This list lets the engine skip such words.

What: the 30,000 most frequent English words (wordfreq 3.1.1, data CC BY-SA 4.0), kept only
when Webster's Second International (the ``web2`` list of the english-words package, public
domain) spells them, or the word they inflect, in lower case and never capitalised (the
commonest 10,000: in lower case at all), and when no Faker person-name list of any locale
holds them (so "Kaplan" and "Rose" stay out). British spellings are added beside the
American ones, and the 15,000 commonest words of the locale packs' other languages beside
them (German capitalises nouns), minus every Faker name and town and every GeoNames town.
The engine also subtracts its own name and place lists at load time. Output is
byte-reproducible for the pinned versions in ``requirements/dev.lock``.

Run: ``python scripts/make_common_words.py``.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mlgate" / "redaction" / "data" / "common_words.txt"
TOP = 30_000
COMMONEST = 10_000
# German, Dutch, French, Italian, Spanish, Polish, Swedish, Danish, Norwegian, Finnish, Portuguese
FOREIGN = ("de", "nl", "fr", "it", "es", "pl", "sv", "da", "nb", "fi", "pt")
TOP_FOREIGN = 15_000
PLACES = ROOT / "mlgate" / "redaction" / "data" / "places_geonames.txt"  # make_geonames_places.py

HEADER = """\
# Everyday English words that are never names or places, for skipping model work only.
# Derived by scripts/make_common_words.py from: wordfreq 3.1.1 top 30,000 English words
# (Robyn Speer, data CC BY-SA 4.0), kept when Webster's Second International (web2, public
# domain, via the english-words 2.0.2 package) has them only in lower case, minus every
# Faker 40 person and address word (MIT License); with British spellings beside each. Also
# the 15,000 commonest words of de, nl, fr, it, es, pl, sv, da, nb, fi and pt (wordfreq),
# minus Faker's words and every GeoNames town (places_geonames.txt).
# One entry a line; lines starting with # are comments.
"""


def faker_words(*, places: bool) -> set[str]:
    """Every one-word person name of every Faker locale, and its towns if ``places``, lower case.

    English words keep the towns they share a name with ("oral", "sale": the engine leaves
    those towns to context); the other languages' words, which no dictionary checks, do not.
    """
    import faker.providers.address as address
    import faker.providers.person as person

    attributes = {person: ("first_names", "last_names", "first_names_male", "first_names_female")}
    if places:
        attributes[address] = ("cities", "city_names", "states")
    words: set[str] = set()
    for package, names in attributes.items():
        for module in pkgutil.iter_modules(package.__path__):
            provider = importlib.import_module(f"{package.__name__}.{module.name}").Provider
            for name in names:
                values = getattr(provider, name, None)
                if values is None or isinstance(values, property):
                    continue
                for value in values:  # a dict of weights iterates its keys
                    if isinstance(value, str) and " " not in value:  # "Stony Bridge" is no word
                        words.add(value.lower())
    return words


# Webster spells American; our users write British and Australian English ("centre",
# "colour", "organise"), whose spellings are added beside each word.
_BRITISH = (("ization", "isation"), ("ize", "ise"), ("yze", "yse"), ("er", "re"), ("or", "our"))
_BRITISH_MEDICAL = (("edema", "oedema"), ("esoph", "oesoph"), ("hem", "haem"), ("ped", "paed"))


def lemmas(word: str) -> set[str]:
    """The dictionary forms an inflected word may come from: "tolerated" -> "tolerate"."""
    out = {word}
    for suffix, endings in (
        ("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
        ("ing", ("", "e")), ("ly", ("", "le")), ("er", ("", "e")), ("est", ("", "e")),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out |= {stem + ending for ending in endings}
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "stopped" -> "stop"
                out.add(stem[:-1])
    return out


def british(word: str) -> set[str]:
    """The British spellings of an American word (non-words among them are harmless)."""
    out = {word[: -len(us)] + uk for us, uk in _BRITISH if word.endswith(us) and len(word) > 4}
    out |= {uk + word[len(us) :] for us, uk in _BRITISH_MEDICAL if word.startswith(us)}
    return out


def foreign() -> set[str]:
    """The commonest words of the locale packs' other languages, which capitalise nouns
    ("Behandlung", "Versichertennummer") or start letters with them ("Geachte collega").

    No dictionary marks their proper nouns, so every GeoNames town is left out as well.
    """
    from wordfreq import top_n_list

    towns = {
        line.lower()
        for line in PLACES.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    return {
        w
        for language in FOREIGN
        for w in top_n_list(language, TOP_FOREIGN)
        if w.isalpha() and len(w) > 2 and w not in towns
    }


def main() -> None:
    from english_words import get_english_words_set
    from wordfreq import top_n_list

    web2 = get_english_words_set(["web2"], lower=False)
    capitalised = {w.lower() for w in web2 if not w.islower()}
    lower_only = {w for w in web2 if w.islower()} - capitalised
    names = faker_words(places=False)
    lowercase = {w for w in web2 if w.islower()}
    # The commonest 10,000 words count when Webster spells them in lower case at all ("oral",
    # "a", "march"); past them, only when never capitalised. Names among them go below.
    american = {
        w
        for rank, w in enumerate(top_n_list("en", TOP))
        if w.isalpha()
        and (
            (w not in capitalised and lemmas(w) & lower_only)
            or (rank < COMMONEST and lemmas(w) & lowercase)
        )
    }
    english = {*american, *(b for w in american for b in british(w))} - names
    words = sorted(english | (foreign() - faker_words(places=True)))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words")


if __name__ == "__main__":
    main()
