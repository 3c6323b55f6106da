"""The data files the rules read: well-formed, with a stated source, no name listed twice."""

from __future__ import annotations

from importlib.resources import files

import pytest

DATA = files("metoo_extract.data")
TABLES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt")))


def rows(name: str) -> list[str]:
    return [
        line
        for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@pytest.mark.parametrize("name", TABLES)
def test_every_table_says_where_it_comes_from(name):
    header = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()[:12]
    assert any("source" in line.lower() or "built by" in line.lower() for line in header), name


@pytest.mark.parametrize("name", ["organisations.tsv", "products.tsv", "venues.tsv"])
def test_known_names_are_well_formed_and_listed_once(name):
    seen: set[str] = set()
    for line in rows(name):
        entry, category, mode, *full_name = line.split("\t")
        assert entry == entry.strip() and category and mode in ("find", "label"), line
        assert entry not in seen, f"{entry!r} listed twice in {name}"
        seen.add(entry)
        assert len(full_name) <= 1 and all(f and f == f.strip() for f in full_name), line


def test_a_short_forms_main_name_is_listed_too():
    entries = {line.split("\t")[0]: line.split("\t")[3:] for line in rows("organisations.tsv")}
    for short, full_name in entries.items():
        assert not full_name or full_name[0] in entries, short


def test_no_name_is_both_a_venue_and_an_organisation_or_product():
    venues = {line.split("\t")[0] for line in rows("venues.tsv")}
    for table in ("organisations.tsv", "products.tsv", "sports_clubs.tsv"):
        assert not venues & {line.split("\t")[0] for line in rows(table)}, table


SPORTS = (
    {"football", "rugby_union", "rugby_league", "cricket", "basketball"}
    | {"american_football", "baseball", "ice_hockey", "australian_football", "cycling"}
    | {"motor_racing", "esports", "other"}
)


def test_sports_clubs_are_well_formed_and_short_forms_point_at_a_listed_club():
    table = [[*line.split("\t"), ""][:4] for line in rows("sports_clubs.tsv")]
    names = [row[0] for row in table]
    assert len(names) == len(set(names))
    for name, sport, mode, full_name in table:
        assert name == name.strip() and sport in SPORTS and mode in ("find", "team"), name
        assert not full_name or (full_name in names and full_name != name), name


@pytest.mark.parametrize("name", ["currencies.tsv", "units.tsv"])
def test_unit_tables_have_three_columns_and_no_repeated_surface(name):
    surfaces = [tuple(line.split("\t")) for line in rows(name)]
    assert all(len(row) == 3 for row in surfaces), name
    firsts = [row[0] for row in surfaces]
    assert len(firsts) == len(set(firsts)), name


@pytest.mark.parametrize(
    "word,known",
    [
        ("Amahle", True),  # Zulu, from a locale of its own
        ("Aoife", True),  # Irish
        ("Haruka", True),  # romanized Japanese
        ("Cristián", True),  # "Cristian" with an accent the list lacks
        ("Rakesh", True),  # from nomquamgender's sources
        ("Masaru", True),
        ("Serhii", True),
        ("Thabo", True),
        ("Rahul", True),  # widely attested, common in English text as a name
        ("Sergey", True),
        ("Alastair", True),
        ("Artemis", False),  # widely attested, but a mission and a goddess in the news
        ("Justice", False),  # a name, but more often the word
        ("Sahel", False),  # a region (places_extra.tsv)
        ("Harambee", False),  # a motto and a team's name
        ("Council", False),
        ("Safari", False),
    ],
)
def test_given_names(word, known):
    from metoo_extract.normalize import name_lexicons as lex

    assert lex.is_given_name(word) is known


@pytest.mark.parametrize(
    "text,name",
    [
        # well-known organisations the small model misses or calls people or places
        ("Waterstones reported record Christmas sales on Monday.", "Waterstones"),
        ("Blinkit and Zepto expanded their delivery services to 30 cities.", "Blinkit"),
        ("Tengizchevroil halted output at its field for maintenance.", "Tengizchevroil"),
        ("The deal was approved by Infrastructure Ontario on Friday.", "Infrastructure Ontario"),
        ("GiveWell directed $300 million to malaria programmes last year.", "GiveWell"),
        ("Coparmex and Confindustria criticised the reform on Tuesday.", "Confindustria"),
        ("Al-Monitor reported that talks had stalled, citing two officials.", "Al-Monitor"),
        ("Hespress quoted a Moroccan minister on the talks.", "Hespress"),
        ("Usdaw backed the pay offer, its general secretary said.", "Usdaw"),
        ("Danmarks Nationalbank raised its key rate by a quarter point.", "Danmarks Nationalbank"),
        ("Bank Al-Maghrib left its main rate unchanged on Tuesday.", "Bank Al-Maghrib"),
        ("Medef and Keidanren issued a joint statement on trade.", "Keidanren"),
    ],
)
def test_well_known_organisations_are_found(nlp, text, name):
    from entity_helpers import clusters, names

    assert name in names(clusters(nlp, text), "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # names listed as "label" that are also ordinary words: no organisation
        "Equity markets fell in the afternoon, and the tabby cat slept.",
        "Prospect of rain kept farmers indoors on Saturday.",
        "Noon came and went without a decision from the council.",
        "Next week the boots were still wet from the march.",
        "Temperatures fell to five below zero as the nuclear blast was remembered.",
    ],
)
def test_label_only_names_used_as_words_are_no_organisation(nlp, text):
    from entity_helpers import clusters, names

    assert names(clusters(nlp, text), "organisation") == []
