"""Word lists the engine reads, shipped as data files under ``mlgate/redaction/data/``.

Each file names its source and licence in its header. Nothing is read from
Faker at run time: the lists it contributed are vendored (MIT License).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Gazetteers", "load"]


def _lines(name: str) -> list[str]:
    text = resources.files("mlgate.redaction").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@dataclass(frozen=True)
class Gazetteers:
    """The engine's word lists; names and words are lower case, places as written."""

    first_names: frozenset[str]
    last_names: frozenset[str]
    plain_words: frozenset[str]
    places: tuple[str, ...]
    safe: dict[str, frozenset[str]]
    # European and other locales' lists (Faker's, MIT): trusted only when capitalised.
    first_names_intl: frozenset[str] = frozenset()
    last_names_intl: frozenset[str] = frozenset()
    # The US census lists (public domain): capitalised only; towns of the same name stay towns.
    first_names_census: frozenset[str] = frozenset()
    last_names_census: frozenset[str] = frozenset()
    # The census given names that are everyday words ("hope", "will", "may"): a name only
    # where a relative or a title says so.
    first_names_everyday: frozenset[str] = frozenset()
    places_intl: frozenset[str] = frozenset()
    # Everyday English that is never a name (scripts/make_common_words.py): skips model work.
    common_words: frozenset[str] = frozenset()
    # GeoNames towns (scripts/make_geonames_places.py), as spelt there; filtered by the engine.
    places_geonames: tuple[str, ...] = ()

    @property
    def safe_words(self) -> frozenset[str]:
        """Every safe-list term, lower case, whatever its section."""
        return frozenset().union(*self.safe.values())


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    """Reads the data files once per process."""
    first = {n.lower() for n in _lines("first_names.txt")}
    last = {n.lower() for n in _lines("last_names.txt")}
    for line in _lines("names_multicultural.txt"):
        kind, _, names = line.partition(":")
        target = first if kind.strip() == "first" else last
        for name in names.split():
            target.add(name.lower())
            if "-" in name and kind.strip() == "last":
                target.add(name.replace("-", " ").lower())
    first_intl: set[str] = set()
    last_intl: set[str] = set()
    for line in _lines("names_international.txt"):
        kind, _, name = line.partition(":")
        (first_intl if kind.strip() == "first" else last_intl).add(name.strip().lower())
    safe: dict[str, set[str]] = {}
    section = "misc"
    for line in _lines("safe_clinical.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        safe.setdefault(section, set()).add(line.lower())
    plain = frozenset(w.lower() for w in _lines("plain_words.txt"))
    # Words every list shares with everyday or clinical English stay out of the extra lists.
    noise = plain | frozenset().union(*safe.values())
    places = [
        *_lines("places.txt"),
        *_lines("places_multilocale.txt"),
        *_lines("places_hospitals.txt"),
    ]
    named = {p.lower() for p in places} | first | last | first_intl | last_intl
    known = named | noise
    places_intl = _lines("places_international.txt")
    common = frozenset(_lines("common_words.txt"))
    # The census lists widen the capitalised-only tier, but never by a word of everyday
    # English ("Street", "Young", "Hope" stay words), and never change what counts as one.
    first_census: set[str] = set()
    last_census: set[str] = set()
    first_everyday: set[str] = set()
    for line in _lines("names_census.txt"):
        kind, _, name = line.partition(":")
        low = name.strip().lower()
        if low not in common and low not in noise and len(low) > 2:
            (first_census if kind.strip() == "first" else last_census).add(low)
        elif kind.strip() == "first" and len(low) > 2:
            first_everyday.add(low)
    return Gazetteers(
        first_names=frozenset(first),
        last_names=frozenset(last),
        plain_words=plain,
        places=tuple(places),
        safe={k: frozenset(v) for k, v in safe.items()},
        first_names_intl=frozenset(n for n in first_intl - first if n not in noise and len(n) > 2),
        last_names_intl=frozenset(n for n in last_intl - last if n not in noise and len(n) > 2),
        first_names_census=frozenset(first_census - first - first_intl),
        first_names_everyday=frozenset(first_everyday),
        last_names_census=frozenset(last_census - last - last_intl),
        places_intl=frozenset(p for p in places_intl if p.lower() not in known and len(p) > 3),
        places_geonames=tuple(_lines("places_geonames.txt")),
        common_words=common - named - {p.lower() for p in places_intl},
    )
