"""Where an article is written from: its country and time zone, by vote of its places and
of the outlet its header and photo credits name. Clock times printed without a zone are
read in that zone ("Tue Feb 10 2026 - 05:00" over a Dublin story is 05:00+00:00)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple
from zoneinfo import ZoneInfo

from ..layout import dateline_states
from ..normalize.name_lexicons import places
from ..normalize.name_search import NameSearch
from .types import EntityCluster

#: Votes of the dateline's place and of an outlet the header or a photo credit names,
#: against one per mention of a place or of an outlet with a home ("told RTÉ News") and
#: one per organisation named after a place.
STRONG_VOTES = 3
#: A country needs this many votes, and more than half of all votes or twice the votes
#: of any other, to be the article's.
MIN_VOTES = 2

#: Lines that credit a photograph to an outlet: "Photograph: Dara Keogh/The Irish Times".
_CREDIT_LINE = re.compile(r"(?im)^.*\b(?:photo(?:graph)?s?|picture|image|credit|foto)\b\s*[:/|].*$")


class Locale(NamedTuple):
    """An article's country (ISO 3166-1 alpha-2) and IANA time zone."""

    country: str
    zone: str


def _table(filename: str) -> Iterable[list[str]]:
    text = resources.files("metoo_extract.data").joinpath(filename).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


class _Place(NamedTuple):
    locale: Locale
    kind: str  # "country", "state", "city" (100,000+ people) or "town"


@cache
def _place_lines() -> list[str]:
    """The rows of ``data/place_zones.tsv``, sorted by name as the file is (the tab after
    a name sorts before any character of a longer name: "Perth" comes before "Perth
    Amboy")."""
    text = resources.files("metoo_extract.data").joinpath("place_zones.tsv").read_text("utf-8")
    return [line for line in text.split("\n") if line and line[0] != "#"]


@lru_cache(maxsize=4096)
def namesakes(name: str) -> tuple[_Place, ...]:
    """The places of this name, largest first, with their countries and zones; empty for
    a name the table does not know. A town does not rival a larger namesake that is no
    town: "Rotterdam" is the Dutch city, not the town in New York State."""
    lines = _place_lines()
    key = name + "\t"
    found: list[_Place] = []
    k = bisect_left(lines, key)
    while name and k < len(lines) and lines[k].startswith(key):
        _, country, zone, kind = lines[k].split("\t")
        k += 1
        if kind == "town" and found and found[0].kind != "town":
            continue
        found.append(_Place(Locale(country, zone), kind))
    return tuple(found)


@cache
def _capitals() -> dict[str, Locale]:
    """Country code -> the zone of its capital (a country's row in the place table)."""
    capitals: dict[str, Locale] = {}
    for line in _place_lines():
        if line.endswith("\tcountry"):
            _, country, zone, _ = line.split("\t")
            capitals.setdefault(country, Locale(country, zone))
    return capitals


@cache
def outlet_homes() -> dict[str, Locale]:
    """Outlet name -> the country and zone of its home city (``data/outlet_homes.tsv``);
    global wires and broadcasters have none. A home city the place table does not know in
    that country gives way to the country's capital."""
    homes: dict[str, Locale] = {}
    for name, home, country in _table("outlet_homes.tsv"):
        place = next((p for p in namesakes(home) if p.locale.country == country), None)
        if place is not None:
            homes[name] = place.locale
        elif country in _capitals():
            homes[name] = _capitals()[country]
    return homes


@cache
def _outlet_search() -> NameSearch:
    return NameSearch(outlet_homes())


def _credited_outlets(text: str, header_end: int) -> list[str]:
    """Outlets the header lines or a photo credit name."""
    regions = [text[:header_end]] + [m.group() for m in _CREDIT_LINE.finditer(text)]
    return [
        region[start:end] for region in regions for start, end in _outlet_search().finditer(region)
    ]


def article_locale(
    text: str,
    header_end: int,
    clusters: Iterable[EntityCluster],
    dateline: str | None = None,
    published: date | datetime | None = None,
) -> Locale | None:
    """The country and zone most of the article's places, its dateline, the outlets it
    names and the places its organisations are named after share.

    Each voter names one or more namesakes ("Perth": Australia's, Scotland's); one with a
    single namesake votes first, and a name with several votes for the namesake in the
    country the others chose, else for the largest. A town (a place of under 100,000
    people) votes once however often it is named. A publication time printed with a
    zone ("10:45 SAST") gives ``STRONG_VOTES`` more to each country voted for whose zone
    has that offset then. A country wins with at least ``MIN_VOTES`` votes and more than
    half of all votes or twice the votes of any other; its zone is the one most of its
    own places vote for (a country's name votes for its capital's zone only as a
    tie-breaker), of those with the printed zone's offset when there are such. None when
    no country wins.
    """
    voters = _voters(text, header_end, list(clusters), dateline)
    country_votes: Counter[str] = Counter()
    for namesakes, votes in voters:
        if len({p.locale.country for p in namesakes}) == 1:
            country_votes[namesakes[0].locale.country] += _weight(namesakes[0], votes)
    zone_votes: Counter[Locale] = Counter()
    settled = Counter(country_votes)
    for namesakes, votes in voters:
        place = max(namesakes, key=lambda p: settled[p.locale.country])
        if settled[place.locale.country] == 0:
            place = namesakes[0]
        if len({p.locale.country for p in namesakes}) > 1:
            country_votes[place.locale.country] += _weight(place, votes)
        zone_votes[place.locale] += 0.5 if place.kind == "country" else _weight(place, votes)
    if isinstance(published, datetime) and published.utcoffset() is not None:
        for locale in set(zone_votes):
            if _offset(locale.zone, published) == published.utcoffset():
                country_votes[locale.country] += STRONG_VOTES
    (country, votes), (_, runner_up) = [*country_votes.most_common(2), ("", 0), ("", 0)][:2]
    majority = votes * 2 > sum(country_votes.values())
    if not country or votes < MIN_VOTES or not (majority or votes >= 2 * runner_up):
        return None
    zones = [loc for loc in zone_votes if loc.country == country]
    if isinstance(published, datetime) and published.utcoffset() is not None:
        printed = [loc for loc in zones if _offset(loc.zone, published) == published.utcoffset()]
        zones = printed or zones  # a Milwaukee release stamped "Eastern Standard Time"
    return max(zones, key=zone_votes.__getitem__)


def _offset(zone: str, moment: datetime) -> timedelta | None:
    """The UTC offset of ``zone`` at ``moment``'s wall time."""
    return moment.replace(tzinfo=ZoneInfo(zone)).utcoffset()


def _weight(place: _Place, votes: float) -> float:
    return min(votes, 1) if place.kind == "town" else votes


def dateline_places(dateline: str) -> list[tuple[_Place, ...]]:
    """The namesakes of each part of a dateline: "PRETORIA", and "Texas" of "UVALDE,
    Texas". A state or province ("Ala.", "Ont.", "Virginia") keeps the city before it to
    its own country: "BIRMINGHAM, Ala." is Alabama's Birmingham, not England's."""
    parts = [part.strip() for part in dateline.split(",")]
    found: list[tuple[_Place, ...]] = []
    for part in parts:
        if part in dateline_states():
            name, country = dateline_states()[part]
            places = tuple(p for p in namesakes(name) if p.locale.country == country)
        else:
            places = _namesakes_any_case(part)
        found.append(places)
    for k in range(1, len(found)):
        states = {p.locale.country for p in found[k] if p.kind == "state"}
        city = tuple(p for p in found[k - 1] if p.locale.country in states)
        if city or (states and all(p.kind == "state" for p in found[k])):
            # "NORFOLK, Virginia" is no South African Virginia; "TBILISI, Georgia" no state
            found[k - 1] = city
            found[k] = tuple(p for p in found[k] if p.kind == "state")
    if len(found) == 1:  # a city alone: "WASHINGTON" is the capital, not the state
        found[0] = tuple(p for p in found[0] if p.kind != "state") or found[0]
    for part in parts:
        if "/" in part:  # "GENEVA/PORT SUDAN": each city votes
            found.extend(_namesakes_any_case(city.strip()) for city in part.split("/"))
    return [places for places in found if places]


def _namesakes_any_case(name: str) -> tuple[_Place, ...]:
    """The namesakes of a place, also of one printed in capitals ("PRETORIA")."""
    return namesakes(name) or (namesakes(name.title()) if name.isupper() else ())


def _voters(
    text: str, header_end: int, clusters: list[EntityCluster], dateline: str | None
) -> list[tuple[tuple[_Place, ...], float]]:
    """(namesakes, votes) of the dateline, each place, each organisation named after a
    place, and each outlet with a home that the text names."""
    voters = [(found, float(STRONG_VOTES)) for found in dateline_places(dateline or "")]
    places = [cluster for cluster in clusters if cluster.kind == "place"]
    for cluster in places:
        forms = (cluster.name, *(mention.text for mention in cluster.mentions))
        found = next((known for form in forms if (known := namesakes(form))), ())
        if found:
            voters.append((found, len(cluster.mentions)))
    place_names = {cluster.name for cluster in places}
    outlets = Counter(_credited_outlets(text, header_end))
    for cluster in clusters:
        if cluster.kind != "organisation":
            continue
        home = _named_home(cluster.name, place_names) or _body_of_a_country(cluster.name)
        if home:
            voters.append((home, 1))
        outlet = _outlet_named(cluster.name)
        if outlet:
            outlets[outlet] += len(cluster.mentions)
    for outlet, votes in outlets.items():
        voters.append(((_Place(outlet_homes()[outlet], "city"),), votes))
    return voters


#: What follows an outlet's name in the name of its news service: "RTÉ News", "NHK World".
_SERVICE_WORDS = frozenset({"News", "Radio", "TV", "Television", "Online", "World", "Sport"})


def _outlet_named(organisation: str) -> str | None:
    """The outlet with a home that an organisation is, or whose news service it is
    ("RTÉ News" is RTÉ's; "People Before Profit" is no outlet's)."""
    homes = outlet_homes()
    if organisation in homes:
        return organisation
    words = organisation.split()
    for n in range(len(words) - 1, 0, -1):
        if words[n] in _SERVICE_WORDS and " ".join(words[:n]) in homes:
            return " ".join(words[:n])
    return None


def _named_home(organisation: str, place_names: set[str]) -> tuple[_Place, ...] | None:
    """The place an organisation's name opens with ("Melbourne Storm", "Galway County
    Council"): a city, state or country, or a town the article names as a place (a small
    town's name is too often a word: "Green Party", "University of Galway")."""
    words = organisation.split()
    for size in range(min(3, len(words) - 1), 0, -1):
        prefix = " ".join(words[:size])
        if namesakes(prefix) and (prefix in places() or prefix in place_names):
            return namesakes(prefix)
    return None


#: The last words of the names of public bodies that only one country has: South Africa's
#: municipalities, by the Local Government: Municipal Structures Act 117 of 1998 ("Emfuleni
#: Local Municipality", "City of Tshwane Metropolitan Municipality").
_BODY_ENDINGS = {
    "Local Municipality": Locale("ZA", "Africa/Johannesburg"),
    "Metropolitan Municipality": Locale("ZA", "Africa/Johannesburg"),
    "District Municipality": Locale("ZA", "Africa/Johannesburg"),
}


def _body_of_a_country(organisation: str) -> tuple[_Place, ...] | None:
    """The country of a public body whose name's ending only that country uses."""
    for ending, locale in _BODY_ENDINGS.items():
        if organisation.endswith(" " + ending):
            return (_Place(locale, "city"),)
    return None


_TIME_ONLY = re.compile(r"T\d\d:\d\d(?::\d\d)?$")


def with_offset(value: str, zone: str) -> str:
    """ "2026-02-10T05:00" read in ``zone`` -> "2026-02-10T05:00+00:00"; values that are
    not a zoneless date and time come back unchanged."""
    if not _TIME_ONLY.search(value):
        return value
    moment = datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))
    offset = moment.strftime("%z")
    return f"{value}{offset[:3]}:{offset[3:]}"
