"""Rebuild metoo_extract/data/given_name_sexes.tsv from the US Census 1990 name files.

usage: python tools/build_given_name_sexes.py > metoo_extract/data/given_name_sexes.tsv

Needs the PyPI package names 0.3.0 (only to rebuild). A name is kept when its frequency
is at least 0.002 percent and its share among one sex is at least 20 times its share
among the other (each file gives percentages of its own sex).
"""

from __future__ import annotations

from pathlib import Path

MIN_PERCENT = 0.002
MAJORITY = 20

HEADER = """\
# Given names that are overwhelmingly one sex's, used to tell apart relatives who
# share a surname ("Ms. Reyes" is Anna Reyes, not her brother Carlos Reyes).
# Source: US Census Bureau 1990 first-name files dist.male.first and dist.female.first
# (public domain, as redistributed in the PyPI package names 0.3.0): names with a
# frequency of at least 0.002 percent whose share among one sex is at least 20 times
# their share among the other. Columns: name, m or f. Rebuilt by
# tools/build_given_name_sexes.py."""


def _percentages(path: Path) -> dict[str, float]:
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {row[0].title(): float(row[1]) for row in rows}


def main() -> None:
    import names

    folder = Path(names.__file__).parent
    male = _percentages(folder / "dist.male.first")
    female = _percentages(folder / "dist.female.first")
    print(HEADER)
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < MIN_PERCENT:
            continue
        if m >= MAJORITY * f:
            print(f"{name}\tm")
        elif f >= MAJORITY * m:
            print(f"{name}\tf")


if __name__ == "__main__":
    main()
