"""Rebuild metoo_extract/data/given_names.txt from three public name lists.

usage: python tools/build_given_names.py > metoo_extract/data/given_names.txt

Needs the PyPI packages ``names`` (0.3.0: US Census 1990 first-name files), ``Faker``
(40.x: first names of its per-locale person providers), ``nomquamgender`` (0.1.4:
given names gathered from 36 national and bibliographic name sources, MIT licence) and
``wordfreq`` (to leave out common English words). None is a dependency of
metoo-extract: the result is committed as a data file.

A Faker name is kept when it is written in the Latin script; at least two locales list
it (one locale alone lets in words such as "Council" or "Safari"), or one of the
English-language locales of transliterated names does (en_PK, en_IN ...) and it is not
a common English word; it is not a place in metoo_extract/data/places.tsv or places_extra.tsv
("Washington", "Manila", "Sahel"); and it is not one of the English words in
``ENGLISH_WORDS``. A Census name is kept when its frequency is at least 0.002 percent.
A nomquamgender name is kept when at least ``NQG_MIN_SOURCES`` of its sources list it
with ``NQG_MIN_COUNT`` bearers in all, it is written in the Latin script, and it is
neither a common English word, a place nor one of ``ENGLISH_WORDS`` ("Rakesh", "Thabo",
"Masaru", "Serhii", which the two other lists lack); a common English word is kept when
it is a widely attested name ("Rahul", "Sergey": ``WIDE_MIN_SOURCES``).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

CENSUS_MIN_PERCENT = 0.002
MIN_LOCALES = 2
#: Locales whose names are transliterated (romanized), or in languages no other locale
#: covers (South Asian, African, Thai, Irish, Japanese, Chinese): one locale is enough for
#: their names, which the other locales do not repeat.
TRANSLITERATED_LOCALES = frozenset(
    {"en_PK", "en_IN", "en_KE", "en_NG", "en_TH", "en_BD"}
    | {"zu_ZA", "tw_GH", "yo_NG", "ig_NG", "ha_NG", "sw", "ga_IE", "ja_JP", "zh_CN"}
)
#: Names from one such locale are left out when they are this common as English words
#: (wordfreq's Zipf scale: 3 is about once per million words).
ENGLISH_ZIPF = 3.0
#: Faker first names that are far more often words or slogans in news text
#: ("Harambee", Kenya's motto and its football team's name).
ENGLISH_WORDS = frozenset(
    {"Ever", "Love", "Per", "Corona", "Saga", "Phoenix", "Hermes", "Harambee"}
)
#: A nomquamgender name needs this many of its sources and bearers: fewer lets in
#: surnames and words that a few national lists carry as given names.
NQG_MIN_SOURCES = 10
NQG_MIN_COUNT = 100
#: A name this widely attested is kept although wordfreq finds it common, up to
#: ``WIDE_MAX_ZIPF``: its frequency in English text is that of a name ("Rahul", "Sergey",
#: "Alastair"), not of a word ("Justice", "River", "Storm" lie above).
WIDE_MIN_SOURCES = 20
WIDE_MIN_COUNT = 1000
WIDE_MAX_ZIPF = 3.4
#: Widely attested names that news prints more often as something else: gods, missions
#: and spacecraft, magazines, words ("Artemis", "Orion", "Elle", "Jihad").
NOT_GIVEN_NAMES = frozenset(
    {"Eros", "Shalom", "Artemis", "Ares", "Juno", "Odin", "Orion", "Serene", "Nil", "Hind"}
    | {"Jihad", "Soma", "Medina", "Albion", "Maverick", "Elle", "Coco", "Tao", "Esa", "Sion"}
    | {"Dea", "Dia", "Ala", "Rea", "Sama", "Sai", "Shi", "Si", "Mio", "Fia", "Michelangelo"}
)
DATA = Path(__file__).resolve().parents[1] / "metoo_extract" / "data"
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")


def latin_name(name: str) -> bool:
    """A capitalised single word in the Latin script ("Zoë", "Jean-Luc", "D'Arcy")."""
    letters = name.replace("-", "").replace("'", "")
    return (
        len(letters) >= 2
        and name[0].isupper()
        and all(ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in letters)
        and not name.isupper()
    )


def census_names() -> set[str]:
    import names

    out = set()
    for filename in ("dist.male.first", "dist.female.first"):
        path = Path(names.__file__).parent / filename
        for line in path.read_text().splitlines():
            name, percent, *_ = line.split()
            if float(percent) >= CENSUS_MIN_PERCENT:
                out.add(name.title())
    return out


def english_word(name: str) -> bool:
    """A common English word in lower case ("Peace", "Harsh", "Forum"), by wordfreq."""
    from wordfreq import zipf_frequency

    return zipf_frequency(name.casefold(), "en") >= ENGLISH_ZIPF


def _places() -> set[str]:
    lines = []
    for filename in ("places.tsv", "places_extra.tsv"):
        lines += (DATA / filename).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines}


def nomquamgender_names() -> set[str]:
    import json
    from importlib import resources

    text = resources.files("nomquamgender").joinpath("name_data.json").read_text("utf-8")
    places = _places()
    return {
        name
        for key, (sources, count, *_) in json.loads(text).items()
        if sources >= NQG_MIN_SOURCES
        and count >= NQG_MIN_COUNT
        and latin_name(name := key.title())
        and name not in places
        and name not in ENGLISH_WORDS
        and (not english_word(name) or _widely_attested(name, sources, count))
    }


def _widely_attested(name: str, sources: int, count: int) -> bool:
    """A name many sources give many bearers, common in English text only as a name."""
    from wordfreq import zipf_frequency

    return (
        sources >= WIDE_MIN_SOURCES
        and count >= WIDE_MIN_COUNT
        and zipf_frequency(name.casefold(), "en") < WIDE_MAX_ZIPF
        and name not in NOT_GIVEN_NAMES
    )


def faker_names() -> set[str]:
    import faker.providers.person as person

    locales: Counter[str] = Counter()
    transliterated: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        found: set[str] = set()
        for attribute in ATTRIBUTES:
            value = getattr(provider, attribute, None)
            if isinstance(value, (list, tuple, dict, set)):
                found |= {n for n in value if isinstance(n, str) and latin_name(n)}
        locales.update(found)
        if module.name in TRANSLITERATED_LOCALES:
            transliterated |= found
    places = _places()
    return {
        name
        for name, count in locales.items()
        if (count >= MIN_LOCALES or (name in transliterated and not english_word(name)))
        and name not in places
        and name not in ENGLISH_WORDS
    }


def main() -> None:
    import faker

    locales = ", ".join(sorted(TRANSLITERATED_LOCALES))
    header = f"""\
# Given names, used as evidence that a two-word name is a person's ("Dean Kamen",
# "Thibaut Courtois") and not an organisation's.
# Sources: US Census Bureau 1990 first-name files (public domain, as redistributed in
# the PyPI package names 0.3.0), frequency >= {CENSUS_MIN_PERCENT} percent; and the first
# names of Faker {faker.VERSION}'s per-locale person providers (MIT licence) in the Latin
# script, listed by at least {MIN_LOCALES} locales or by one of {locales}
# (then not a common English word by wordfreq); and the names of nomquamgender 0.1.4
# (MIT licence) listed by at least {NQG_MIN_SOURCES} of its sources with {NQG_MIN_COUNT}
# bearers, in the Latin script, not a place nor a common English word (unless
# {WIDE_MIN_SOURCES} sources list it with {WIDE_MIN_COUNT} bearers and its Zipf
# frequency is below {WIDE_MAX_ZIPF}).
# Rebuilt by tools/build_given_names.py.
"""
    found = census_names() | faker_names() | nomquamgender_names()
    sys.stdout.write(header + "\n".join(sorted(found)) + "\n")


if __name__ == "__main__":
    main()
