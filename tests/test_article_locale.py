"""Where an article is written from: country and zone by vote, unzoned clock times read in
that zone, and holidays whose day depends on the country."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from metoo_extract.engine import Article
from metoo_extract.facts.article_locale import Locale, article_locale, with_offset
from metoo_extract.facts.types import EntityCluster, Found
from metoo_extract.normalize.country_holidays import country_holiday, holiday_key

SAST = timezone(timedelta(hours=2))


def clusters(kind: str, **counts: int) -> list[EntityCluster]:
    """Clusters of one kind, each named (underscores for spaces) and mentioned n times."""
    out = []
    for name, n in counts.items():
        name = name.replace("_", " ")
        out.append(
            EntityCluster(kind, name, [Found(i * 10, i * 10 + len(name), name) for i in range(n)])
        )
    return out


# (case, header text, places, organisations, dateline, published, expected locale)
LOCALE_CASES = [
    (
        "states and provinces of other countries than the US",
        "",
        {"New_South_Wales": 2, "Queensland": 1, "Victoria": 1},
        {},
        None,
        None,
        Locale("AU", "Australia/Sydney"),
    ),
    (
        "places of one country",
        "",
        {"Dublin": 3, "Galway": 1},
        {},
        None,
        None,
        Locale("IE", "Europe/Dublin"),
    ),
    (
        "a photo credit names the outlet",
        "Image: Patients waiting. Photograph: Ann Lee/The Irish Times\n",
        {"Limerick": 1},
        {},
        None,
        None,
        Locale("IE", "Europe/Dublin"),
    ),
    (
        "the dateline outweighs one place abroad",
        "",
        {"Brussels": 1},
        {},
        "Nairobi",
        None,
        Locale("KE", "Africa/Nairobi"),
    ),
    (
        "a namesake is chosen by the other places",
        "",
        {"Birmingham": 2, "Alabama": 2, "Montgomery": 1},
        {},
        None,
        None,
        Locale("US", "America/Chicago"),
    ),
    (
        "the other namesake",
        "",
        {"Birmingham": 2, "Coventry": 2},
        {},
        None,
        None,
        Locale("GB", "Europe/London"),
    ),
    (
        "a town named often votes once",
        "",
        {"Prado": 10, "Madrid": 3},
        {},
        None,
        None,
        Locale("ES", "Europe/Madrid"),
    ),
    (
        "a town does not rival a city of its name",
        "",
        {"Rotterdam": 3},
        {"ESPN": 1},
        None,
        None,
        Locale("NL", "Europe/Amsterdam"),
    ),
    (
        "a South African municipality votes for South Africa",
        "",
        {"Vanderbijlpark": 1, "Sebokeng": 1},
        {"Emfuleni_Local_Municipality": 1},
        None,
        None,
        Locale("ZA", "Africa/Johannesburg"),
    ),
    (
        "a council that is no municipality votes for no country",
        "",
        {"Vanderbijlpark": 1},
        {"Springfield_City_Council": 1},
        None,
        None,
        None,
    ),
    (
        "organisations named after a city vote",
        "",
        {"Sydney": 1},
        {"Melbourne_Storm": 1, "Sydney_Roosters": 1},
        None,
        None,
        Locale("AU", "Australia/Sydney"),
    ),
    (
        "a zone of a city of the country beats its capital's",
        "",
        {"Australia": 2, "Perth": 2},
        {},
        None,
        None,
        Locale("AU", "Australia/Perth"),
    ),
    (
        "a printed zone tips the vote",
        "",
        {"South_Africa": 4, "Dublin": 2, "Wales": 1, "Glasgow": 1},
        {},
        None,
        datetime(2027, 1, 22, 10, 45, tzinfo=SAST),
        Locale("ZA", "Africa/Johannesburg"),
    ),
    (
        "of the country's zones, the printed one",
        "",
        {"Milwaukee": 3, "New_York": 1},
        {},
        None,
        datetime(2026, 11, 10, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
        Locale("US", "America/New_York"),
    ),
    ("two countries tie", "", {"Paris": 2, "London": 2}, {}, None, None, None),
    (
        "a dateline in capitals votes",
        "",
        {},
        {},
        "PRETORIA",
        None,
        Locale("ZA", "Africa/Johannesburg"),
    ),
    (
        "so does each part of a dateline",
        "",
        {},
        {},
        "GLENMORE HEIGHTS, Kenya",
        None,
        Locale("KE", "Africa/Nairobi"),
    ),
    # a state or province after the city keeps the city to its country
    (
        "a US state's abbreviation",
        "",
        {},
        {},
        "BIRMINGHAM, Ala.",
        None,
        Locale("US", "America/Chicago"),
    ),
    ("a province's abbreviation", "", {}, {}, "PERTH, Ont.", None, Locale("CA", "America/Toronto")),
    ("Oregon's Salem", "", {}, {}, "SALEM, Ore.", None, Locale("US", "America/Los_Angeles")),
    ("Virginia's Norfolk", "", {}, {}, "NORFOLK, Va.", None, Locale("US", "America/New_York")),
    ("a state in full", "", {}, {}, "Norfolk, Virginia", None, Locale("US", "America/New_York")),
    ("Washington state", "", {}, {}, "SPOKANE, Wash.", None, Locale("US", "America/Los_Angeles")),
    (
        "a country that names a state",
        "",
        {},
        {},
        "BATUMI, Georgia",
        None,
        Locale("GE", "Asia/Tbilisi"),
    ),
    # "WASHINGTON" alone is the capital
    ("the capital", "", {}, {}, "WASHINGTON", None, Locale("US", "America/New_York")),
    (
        "the capital's district",
        "",
        {},
        {},
        "WASHINGTON, D.C.",
        None,
        Locale("US", "America/New_York"),
    ),
    (
        "each city of a slash dateline",
        "",
        {"Nairobi": 2},
        {},
        "LONDON/MOMBASA",
        None,
        Locale("KE", "Africa/Nairobi"),
    ),
    ("one mention is too little", "", {"Lyon": 1}, {}, None, None, None),
    ("no places", "", {}, {"Google": 3}, None, None, None),
    (
        "a word that is a small town's name does not vote",
        "",
        {},
        {"Green_Party": 4, "University_of_Galway": 2},
        None,
        None,
        None,
    ),
    (
        "an outlet's news service is the outlet",
        "",
        {"Galway": 1},
        {"RTÉ_News": 2},
        None,
        None,
        Locale("IE", "Europe/Dublin"),
    ),
]


@pytest.mark.parametrize(
    ("header", "places", "organisations", "dateline", "published", "expected"),
    [case[1:] for case in LOCALE_CASES],
    ids=[case[0] for case in LOCALE_CASES],
)
def test_article_locale(header, places, organisations, dateline, published, expected) -> None:
    found = clusters("place", **places) + clusters("organisation", **organisations)
    assert article_locale(header, len(header), found, dateline, published) == expected


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        ("2026-02-10T05:00", "Europe/Dublin", "2026-02-10T05:00+00:00"),
        ("2026-07-10T05:00", "Europe/Dublin", "2026-07-10T05:00+01:00"),
        ("2026-08-14T22:04:00", "Australia/Sydney", "2026-08-14T22:04:00+10:00"),
        ("2026-04-18T22:42", "Pacific/Auckland", "2026-04-18T22:42+12:00"),
        ("2025-12-01T09:00", "Asia/Kolkata", "2025-12-01T09:00+05:30"),
        ("2026-02-10", "Europe/Dublin", "2026-02-10"),
        ("2026-W06", "Europe/Dublin", "2026-W06"),
        ("2026-02-10T05:00-05:00", "Europe/Dublin", "2026-02-10T05:00-05:00"),
    ],
)
def test_with_offset(value: str, zone: str, expected: str) -> None:
    assert with_offset(value, zone) == expected


@pytest.mark.parametrize(
    ("name", "country", "year", "expected"),
    [
        ("Labour Day", "CA", 2026, date(2026, 9, 7)),
        ("Labor Day", "US", 2026, date(2026, 9, 7)),
        ("Labour Day", "NZ", 2026, date(2026, 10, 26)),
        ("Freedom Day", "ZA", 2027, date(2027, 4, 27)),
        ("Sports Day", "JP", 2026, date(2026, 10, 12)),
        ("St. Stephen’s Day", "IE", 2026, date(2026, 12, 26)),
        ("Republic Day", "IN", 2026, date(2026, 1, 26)),
        ("Canada Day", "CA", 2026, date(2026, 7, 1)),
        # provincial days too, and Thanksgiving printed without "Day"
        ("Thanksgiving", "CA", 2026, date(2026, 10, 12)),
        ("Thanksgiving", "US", 2026, date(2026, 11, 26)),
        ("Victoria Day", "CA", 2026, date(2026, 5, 18)),
        ("May Bank Holiday", "IE", 2026, date(2026, 5, 4)),
        ("Canada Day", "US", 2026, None),
        ("Labour Day", "XX", 2026, None),
        ("Substitute Holiday", "JP", 2026, None),
    ],
)
def test_country_holiday(name: str, country: str, year: int, expected: date | None) -> None:
    assert country_holiday(name, country, year) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Labour Day", "labor day"),
        ("St. Patrick’s Day", "saint patrick's day"),
        ("Saint Patrick's Day", "saint patrick's day"),
        ("The Queen's Birthday", "queen's birthday"),
    ],
)
def test_holiday_key(name: str, key: str) -> None:
    assert holiday_key(name) == key


IRISH = (
    "Waiting lists grow despite record spend\n\n"
    "Aoife Walsh\nTue Feb 10 2026 - 05:00\n\n"
    "Image: Trolleys at University Hospital Limerick. Photograph: Dara Keogh/The Irish Times\n\n"
    "More than 600,000 people are waiting for appointments in Dublin, Cork and Galway, the "
    "Health Service Executive said. Hospitals in Dublin reported the longest waits.\n"
)

CANADIAN = (
    "Ottawa sets the vote for the autumn\n\n"
    "OTTAWA — The election will be held after Labour Day, officials in Ottawa said on "
    "Tuesday. Campaigning in Toronto and Montreal is expected to begin in August.\n"
)

KIWI = (
    "Wellington council to vote on rates\n\n"
    "WELLINGTON — Councillors in Wellington will vote after Labour Day on the plan, which "
    "Auckland and Christchurch councils adopted last year.\n"
)


def test_unzoned_header_time_is_read_in_the_articles_zone(extractor) -> None:
    record = extractor.extract(IRISH)
    assert record.country == "IE"
    assert record.time_zone == "Europe/Dublin"
    assert record.published == "2026-02-10T05:00:00+00:00"
    assert [d.value for d in record.dates if d.granularity == "minute"] == [
        "2026-02-10T05:00+00:00"
    ]


def test_a_dateline_in_capitals_the_model_leaves_untagged_is_a_place(extractor) -> None:
    text = (
        "Health bill signed into law\n\n"
        "Tuesday, 14 May 2024 | By Staff Reporter\n\n"
        "PRETORIA – President Cyril Ramaphosa on Wednesday signed the health bill into law at "
        "a ceremony, despite warnings from business groups.\n"
    )
    record = extractor.extract(text)
    assert record.dateline == "PRETORIA"
    assert [p.name for p in record.places] == ["PRETORIA"]
    assert (record.country, record.time_zone) == ("ZA", "Africa/Johannesburg")


def test_seasons_of_the_south_in_a_southern_countrys_copy(extractor) -> None:
    text = (
        "Drought bites in the central west\n"
        "Posted Thu 10 Sep 2026 at 12:48pm AEST\n\n"
        "Farmers in New South Wales and Queensland are selling cows as hay prices double. "
        "Soil moisture near Dubbo is the lowest since last spring, growers said.\n"
    )
    record = extractor.extract(text)
    assert record.country == "AU"
    assert [d.value for d in record.dates if d.text == "last spring"] == ["2025"]


def test_without_a_country_the_time_stays_unzoned(extractor) -> None:
    record = extractor.extract("Rates vote delayed\n\nTue Feb 10 2026 - 05:00\n\nThe board met.\n")
    assert record.country is None
    assert record.published == "2026-02-10T05:00:00"


@pytest.mark.parametrize(
    ("text", "published", "country", "expected"),
    [
        (CANADIAN, date(2026, 6, 2), "CA", "2026-09-07"),
        (KIWI, date(2026, 6, 2), "NZ", "2026-10-26"),
    ],
    ids=["Canada: first Monday of September", "New Zealand: fourth Monday of October"],
)
def test_labour_day_falls_on_the_articles_countrys_day(
    extractor, text: str, published: date, country: str, expected: str
) -> None:
    record = extractor.extract(Article(text, "-", published))
    assert record.country == country
    assert [d.value for d in record.dates if d.text == "Labour Day"] == [expected]


def test_thanksgiving_and_its_weekend_fall_on_the_articles_countrys_days(extractor) -> None:
    text = (
        "Ottawa sets the vote for the autumn\n\n"
        "OTTAWA — The campaign runs straight through Thanksgiving weekend, officials in "
        "Ottawa said on Tuesday. Offices close on Thanksgiving.\n"
    )
    record = extractor.extract(Article(text, "-", date(2026, 10, 2)))
    assert record.country == "CA"
    assert [(d.text, d.value) for d in record.dates if "Thanksgiving" in d.text] == [
        ("Thanksgiving weekend", "2026-W41"),
        ("Thanksgiving", "2026-10-12"),
    ]


def test_a_holiday_the_model_takes_for_a_person_is_a_date_only(extractor) -> None:
    text = (
        "Kyoto braces for summer crowds\n\nKYOTO – Hotels in Kyoto and Osaka are nearly full "
        "for the Marine Day long weekend, the Japan Tourism Agency said. Marine Day, on July "
        "20, is a public holiday, and Mariko Sakurai, who runs an inn in Kyoto, said Marine "
        "Day bookings doubled.\n"
    )
    record = extractor.extract(Article(text, "-", date(2026, 6, 3)))
    assert record.country == "JP"
    assert [p.name for p in record.people] == ["Mariko Sakurai"]
    assert "2026-07-20" in [d.value for d in record.dates if d.text == "Marine Day"]


def test_place_table_is_sorted_by_name_for_its_binary_search() -> None:
    from metoo_extract.facts.article_locale import _place_lines

    names = [line.split("\t", 1)[0] for line in _place_lines()]
    assert names == sorted(names)
    assert len(names) > 30_000


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "BAMAKO — Mali's mines ministry said on Tuesday that Perth-listed Sahel Gold would "
            "pay $520 million for the licence. Mining in Mali and Bamako's budget depend on "
            "gold, officials in Bamako said.",
            "USD",
        ),
        (
            "SYDNEY — The Sydney council will spend $520 million on the line, officials in "
            "Sydney and Melbourne said.",
            "AUD",
        ),
        (
            "Wollongong City Council has approved a $4.6 million upgrade of its aquatic "
            "centre. The NSW Government will contribute, the mayor said.",
            "AUD",
        ),
        (
            "The Shire of Esperance will spend $2.3 million sealing rural roads, the NSW "
            "Government announced. Regional Western Australia deserves better roads.",
            "AUD",
        ),
        (
            "BOSTON — The company said it would invest $4.6 million in its plant. It also has "
            "offices in Sydney and Toronto.",
            "USD",
        ),
        (
            "A San Francisco startup raised $4.6 million from investors, including a fund "
            "based in Sydney. Its founder previously worked at a bank in Auckland.",
            "USD",
        ),
    ],
    ids=[
        "a Malian story's dollar",
        "a Sydney story's dollar",
        "a NSW council's dollar",
        "a shire's dollar",
        "a Boston story naming Sydney",
        "a San Francisco story naming Sydney",
    ],
)
def test_a_bare_dollar_is_the_dollar_of_the_articles_country(extractor, text, unit) -> None:
    record = extractor.extract(Article(text, "-", date(2026, 9, 3)))
    assert [q.unit for q in record.quantities if q.kind == "money"] == [unit]


def test_barrels_per_day() -> None:
    from metoo_extract.normalize.units import unit_of_word

    assert unit_of_word("bpd") == ("barrels per day", "measure")
