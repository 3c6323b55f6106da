"""Load the name lexicons kept as data files in metoo_extract/data (read once, cached)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

from .names import strip_accents

#: The US states and largest cities, which make "$" the US dollar in local copy (from
#: the US Census Bureau's list of states and of the most populous cities).
US_PLACES = "|".join((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
    "Wyoming", "Chicago", "Los Angeles", "Houston", "Phoenix", "Philadelphia", "San Antonio",
    "San Diego", "Dallas", "San Francisco", "Seattle", "Boston", "Detroit", "Minneapolis",
    "Atlanta", "Miami", "Denver",
))  # fmt: skip


class KnownOrganisation(NamedTuple):
    """A row of organisations.tsv or products.tsv; ``full_name`` is the main name a
    short form stands for ("Fed" -> "Federal Reserve")."""

    name: str
    category: str
    find_in_text: bool
    full_name: str | None = None


def _lines(filename: str) -> list[str]:
    text = resources.files("metoo_extract.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and line[0] != "#"]


def _words(filename: str) -> frozenset[str]:
    return frozenset(line.strip().replace(".", "").casefold() for line in _lines(filename))


@cache
def byline_roles() -> frozenset[str]:
    """Job-title words of reporters ("Correspondent", "Editor") on a byline."""
    return _words("byline_roles.txt")


@cache
def titles() -> frozenset[str]:
    """Honorifics and role words that mark the following name as a person's."""
    return _words("titles.txt")


@cache
def title_modifiers() -> frozenset[str]:
    """Words that qualify a title ("former", "Deputy"): stripped, but no evidence alone."""
    return _words("title_modifiers.txt")


@cache
def portfolios() -> frozenset[str]:
    """Words of a ministerial portfolio ("Treasury", "Justice", "Home", "Affairs")."""
    return _words("portfolios.txt")


@cache
def organisation_words() -> frozenset[str]:
    """Legal forms and institutional head nouns that mark a name as an organisation."""
    return _words("organisation_words.txt")


@cache
def organisation_descriptors() -> frozenset[str]:
    """Common nouns describing an organisation before its name ("the analytics firm X")."""
    return _words("organisation_descriptors.txt")


@cache
def member_nouns() -> frozenset[str]:
    """Nouns for an organisation's people ("members", "spokesman"): their owner is one."""
    return _words("member_nouns.txt")


@cache
def affiliations() -> frozenset[str]:
    """Party affiliations written before a person's name ("Nonpartisan", "Republican")."""
    return _words("affiliations.txt")


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of speech and reporting verbs."""
    return _words("speech_verbs.txt")


@cache
def caption_words() -> frozenset[str]:
    """Layout words glued to a name's edge ("Image", "Photo")."""
    return _words("caption_words.txt")


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are never a person's or organisation's name ("Islam", "GMT")."""
    return frozenset(line.strip() for line in _lines("not_names.txt"))


@cache
def given_names() -> frozenset[str]:
    """Common given names, title-cased ("Dean", "Annie")."""
    return frozenset(line.strip() for line in _lines("given_names.txt"))


@cache
def common_word_names() -> frozenset[str]:
    """Given names that are also everyday English words ("Bill", "Hope", "Will")."""
    return frozenset(line.strip() for line in _lines("common_word_names.txt"))


@cache
def given_name_sexes() -> dict[str, str]:
    """Given names borne almost only by one sex: "Anna" -> "f", "Carlos" -> "m"."""
    return dict(line.split("\t")[:2] for line in _lines("given_name_sexes.tsv"))


def is_given_name(word: str) -> bool:
    """A known given name, also written with accents the list lacks ("Cristián"), or
    two joined by a hyphen ("Kerrie-Anne", "Jean-Pierre")."""
    names = given_names()
    if word in names or (not word.isascii() and strip_accents(word) in names):
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and is_given_name(p) for p in parts)


def _known(filename: str) -> dict[str, KnownOrganisation]:
    out = {}
    for line in _lines(filename):
        name, category, mode, full_name = [*line.split("\t"), ""][:4]
        out[name] = KnownOrganisation(name, category, mode == "find", full_name or None)
    return out


class SportsClub(NamedTuple):
    """A row of sports_clubs.tsv: ``find_in_text`` is False for names that are also
    places or common words ("Genoa", "Heat"), clubs only in a sports article;
    ``full_name`` is the club's main name for a short form ("Juve" -> "Juventus")."""

    name: str
    sport: str
    find_in_text: bool
    full_name: str | None


@cache
def sports_clubs() -> dict[str, SportsClub]:
    """Sports clubs and teams keyed by the exact name news prints."""
    out = {}
    for line in _lines("sports_clubs.tsv"):
        name, sport, mode, full_name = [*line.split("\t"), ""][:4]
        out[name] = SportsClub(name, sport, mode == "find", full_name or None)
    return out


@cache
def demonyms() -> frozenset[str]:
    """Words for a country's, region's or people's members and adjective ("Emirati",
    "Welsh", "Kenyans"), case-folded."""
    return _words("demonyms.txt")


@cache
def sports_words() -> frozenset[str]:
    """Words of sports reporting ("innings", "striker", "playoff")."""
    return _words("sports_words.txt")


@cache
def known_organisations() -> dict[str, KnownOrganisation]:
    """Well-known organisations keyed by their exact name, with the sports clubs whose
    names mean the club wherever they are written ("Juventus", "Lakers")."""
    clubs = {
        name: KnownOrganisation(name, "club", True)
        for name, club in sports_clubs().items()
        if club.find_in_text
    }
    known = _known("organisations.tsv")
    return {**clubs, **_acronyms_as_words(known), **known}


def _acronyms_as_words(known: dict[str, KnownOrganisation]) -> dict[str, KnownOrganisation]:
    """Acronyms of four letters or more as British papers write them, "Unicef", "Nato",
    "Opec": only to relabel what the model found, and never a place's or a given name's
    spelling ("NICE" is not "Nice")."""
    out = {}
    for name, entry in known.items():
        if len(name) >= 4 and name.isalpha() and name.isupper():
            word = name.capitalize()
            if word not in places() and word not in towns() and not is_given_name(word):
                out[word] = KnownOrganisation(word, entry.category, False)
    return out


@cache
def known_products() -> dict[str, KnownOrganisation]:
    """Well-known products, software, vehicles and programmes, keyed by exact name: named
    things that are neither people nor organisations ("Firefox", "Hubble Space Telescope")."""
    return _known("products.tsv")


@cache
def places() -> dict[str, str]:
    """Place names -> tier: "major" (country, capital, continent, US state, region, city
    of 500,000+) or "city" (100,000+), from GeoNames and a hand-kept list of short forms.

    The states and provinces of other countries (place_zones.tsv) count as cities: known,
    but many share a name with a team or a county side ("Leinster", "Kent"). Those that
    are also given names ("Alberta", "Devon") are left out."""
    out = {}
    for filename in ("places.tsv", "places_extra.tsv"):
        for line in _lines(filename):
            name, tier = line.split("\t")[:2]
            if out.get(name) != "major":
                out[name] = tier
    for line in _lines("place_zones.tsv"):
        if line.endswith("\tstate"):
            name = line.split("\t", 1)[0]
            if name not in out and not is_given_name(name):
                out[name] = "city"
    return out


@cache
def countries() -> frozenset[str]:
    """Names of countries (GeoNames, as place_zones.tsv lists them): "US EPA" is a
    national body, no branch of one."""
    return frozenset(
        line.split("\t", 1)[0] for line in _lines("place_zones.tsv") if line.endswith("\tcountry")
    )


@cache
def towns() -> frozenset[str]:
    """Names of towns of 15,000 to 99,999 people (GeoNames): too many share a name with
    a person or a firm to outweigh other evidence, enough to tip an unknown name."""
    return frozenset(line.split("\t")[0] for line in _lines("towns.tsv"))


@cache
def thing_words() -> frozenset[str]:
    """Head nouns that make a name a thing ("Telescope", "Rover", "Vaccine")."""
    return _words("thing_words.txt")


@cache
def event_words() -> frozenset[str]:
    """Head nouns that make a name an event ("Cup", "Championship", "Expo")."""
    return _words("event_words.txt")


@cache
def venues() -> frozenset[str]:
    """Named venues and landmarks, exact names ("Anfield", "Loftus Versfeld", "Camp Nou")."""
    return frozenset(line.split("\t")[0] for line in _lines("venues.tsv"))


@cache
def facility_words() -> frozenset[str]:
    """Last words that make a name a place or building ("Station", "Road", "Towers")."""
    return _words("facility_words.txt")
