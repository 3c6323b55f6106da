"""Pure number and unit normalisers: no spaCy."""

from __future__ import annotations

import pytest

from metoo_extract.normalize.numbers import find_numbers, parse_number
from metoo_extract.normalize.units import currency_after, currency_before, measure_after, pluralize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("37,000", 37000),
        ("45,756", 45756),
        ("1,000.5", 1000.5),
        ("9.5", 9.5),
        ("7 million", 7e6),
        ("1.3 trillion", 1.3e12),
        ("1.3tn", 1.3e12),
        ("2bn", 2e9),
        ("31.5m", 31.5e6),
        ("27million", 27e6),
        ("20k", 20e3),
        ("3.9bn", 3.9e9),
        ("three", 3),
        ("Six", 6),
        ("twelve", 12),
        ("forty", 40),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("one hundred and twenty five thousand", 125000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a million", 500000),
        ("a million", 1e6),
        ("two and a half million", 2.5e6),
        ("two-thirds", 2 / 3),
        ("one-third", 1 / 3),
        ("a quarter", 0.25),
        ("three quarters", 0.75),
        ("30 lakh", 3e6),
        ("2 crore", 2e7),
        ("2.2 crore", 2.2e7),
        ("2.5 lakh crore", 2.5e12),  # a scale of a scale multiplies
        ("1 thousand crore", 1e10),
        ("1,270 cr", 1.27e10),
        ("41 872", 41872),  # an Indian headline's "cr" after a number
        ("cr", None),  # alone it is no number
        ("5 lakh 20 thousand", 520000),
        # a decimal comma before a scale; three digits after a comma part thousands
        ("2,6 billion", 2.6e9),
        ("1,2-billion", 1.2e9),
        ("3,25m", 3.25e6),
        ("1,200 million", 1.2e9),  # guard
        ("2,600", 2600),  # guard
        ("millions", 1e6),
        ("dozens", 12),
        ("hundreds", 100),
        ("tens of thousands", 1e4),
        # the scales wire copy abbreviates, set apart or glued
        ("4.2 bln", 4.2e9),
        ("300 mln", 3e8),
        ("2 bn", 2e9),
        ("1.2 mn", 1.2e6),
        ("1.2 trn", 1.2e12),
        ("4.2bln", 4.2e9),
        ("hello", None),
        ("21st", None),
        ("", None),
    ],
)
def test_parse_number(text, expected):
    value = parse_number(text)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("over 37,000 comments", [("37,000", 37000, None, None)]),
        ("£27million (€31.5m)", [("27million", 27e6, None, None), ("31.5m", 31.5e6, None, None)]),
        ("10 to 12 people", [("10 to 12", 10, 10, 12)]),
        ("10-12 days", [("10-12", 10, 10, 12)]),
        ("between 10 and 12", [("10 and 12", 10, 10, 12)]),
        ("one or two points", [("one or two", 1, 1, 2)]),
        ("ten to 32 pages", [("ten to 32", 10, 10, 32)]),
        ("four out of five women", [("four out of five", 0.8, None, None)]),
        ("one in three", [("one in three", 1 / 3, None, None)]),
        # odds written with hyphens are a proportion too
        ("a one-in-five chance", [("one-in-five", 0.2, None, None)]),
        ("a 3-in-10 risk", [("3-in-10", 0.3, None, None)]),
        # a bullet's dash at a line's start joins no range with the line before
        ("dug in 2018\n- 45 pits", [("2018", 2018, None, None), ("45", 45, None, None)]),
        ("aged 10 -\n12 years", [("10 -\n12", 10, 10, 12)]),
        ("Millions of women", [("Millions", 1e6, None, None)]),
        ("dozens of rounds", [("dozens", 12, None, None)]),
        ("two-thirds of them", [("two-thirds", 2 / 3, None, None)]),
        ("a 256-167 vote", [("256-167", 256, 256, 167)]),
        ("Rs 500 crore", [("500 crore", 5e9, None, None)]),
        (
            "R2,6 billion or R1,2-billion",
            [("2,6 billion", 2.6e9, None, None), ("1,2-billion", 1.2e9, None, None)],
        ),
        ("€2,6m", [("2,6m", 2.6e6, None, None)]),
        (
            "R2,600 and 1,200 million",
            [("2,600", 2600, None, None), ("1,200 million", 1.2e9, None, None)],
        ),
        ("rows 1,2 and 3", [("3", 3, None, None)]),  # guard: no scale, no decimal
        ("the 21st time", []),
        ("COVID-19 and G7", []),
        # a minus sign on its own stays outside the span; the quantity reads it
        ("lows of -6C", [("6", 6, None, None)]),
        ("from -5 to 12", [("5 to 12", 5, 5, 12)]),
        ("minus 190 to 120", [("190 to 120", 190, 190, 120)]),
        ("the B-52 and X-15", []),
        ("the 1990s", []),
        ("at 5:30 pm", []),
        ("call 555-1234", []),
        ("call (202) 555-0143", []),
        ("call +44 20 7946 0958", []),
        ("the first one", [("one", 1, None, None)]),
        # a scale only the high end writes is the low end's too, unless it passes it
        ("10 to 12 million", [("10 to 12 million", 10e6, 10e6, 12e6)]),
        ("$5-7bn", [("5-7bn", 5e9, 5e9, 7e9)]),
        ("five to six million", [("five to six million", 5e6, 5e6, 6e6)]),
        ("between 500 and 2 million", [("500 and 2 million", 500, 500, 2e6)]),
        ("3m to 4m", [("3m to 4m", 3e6, 3e6, 4e6)]),
        ("$2-3 billion", [("2-3 billion", 2e9, 2e9, 3e9)]),
        ("3-5 million people", [("3-5 million", 3e6, 3e6, 5e6)]),
        # a fall's first level takes the scale too, unless ten times past the other end
        ("from 12 to 9.5 million", [("12 to 9.5 million", 12e6, 12e6, 9.5e6)]),
        ("from 500 to 2 million", [("500 to 2 million", 500, 500, 2e6)]),
        # an unnamed few of a scale: one unit of it, or two for "a couple"
        ("several thousand people", [("several thousand", 1e3, None, None)]),
        ("a few hundred", [("a few hundred", 100, None, None)]),
        ("a couple of million", [("a couple of million", 2e6, None, None)]),
        # "hundreds of thousands" is one amount, also with nothing counted after it
        ("Hundreds of thousands rallied", [("Hundreds of thousands", 1e5, None, None)]),
        ("tens of millions watched", [("tens of millions", 1e7, None, None)]),
        # a scale word never reaches over a line break to the number before it
        (
            "March 4, 2026\n\nHalf a million",
            [("4", 4, None, None), ("2026", 2026, None, None), ("Half a million", 5e5, None, None)],
        ),
        # a share and the level it leads to are no range
        ("fell by a fifth to 3,150", [("a fifth", 0.2, None, None), ("3,150", 3150, None, None)]),
        ("a fifth to a quarter", [("a fifth to a quarter", 0.2, 0.2, 0.25)]),
        # percentage points glued to the number ("fell 4pp")
        ("fell 4pp to 37%", [("4", 4, None, None), ("37", 37, None, None)]),
        # a whole number and a fraction; a grain price's fraction is of its last decimal
        ("2 1/2 days", [("2 1/2", 2.5, None, None)]),
        ("up 7-1/4 cents", [("7-1/4", 7.25, None, None)]),
        ("at $4.61-1/2", [("4.61-1/2", 4.615, None, None)]),
        ("two-and-a-half times", [("two-and-a-half", 2.5, None, None)]),
        ("on 3 1/12", [("3", 3, None, None)]),
        # thousands set apart by spaces, not a run of numbers
        ("a crowd of 38 214, the most", [("38 214", 38214, None, None)]),
        ("3 450 000 euros", [("3 450 000", 3450000, None, None)]),
        ("call 021 555 1234", []),
        ("in 2019 500 people", [("2019", 2019, None, None), ("500", 500, None, None)]),
        # wire copy's scales set apart from the number, in lower case only
        ("a 4.2 bln euro merger", [("4.2 bln", 4.2e9, None, None)]),
        ("$300 mln", [("300 mln", 3e8, None, None)]),
        ("2 bn euros", [("2 bn", 2e9, None, None)]),
        ("1.2 mln barrels", [("1.2 mln", 1.2e6, None, None)]),
        ("$1.2 trn", [("1.2 trn", 1.2e12, None, None)]),
        ("5-7 bln", [("5-7 bln", 5e9, 5e9, 7e9)]),
        ("Highway 5 MN", [("5", 5, None, None)]),  # guard: a state, not a million
        ("500,000 tn of wheat", [("500,000", 5e5, None, None)]),  # guard: spaced, tonnes
        ("$2bn", [("2bn", 2e9, None, None)]),  # guard
        # a particle's energy glued to the number is no million or trillion
        ("13TeV", [("13", 13, None, None)]),
        ("5MeV", [("5", 5, None, None)]),
        ("5MB", [("5", 5, None, None)]),  # guard
        # number words no number joins are two numbers: a count, then a measure's number
        ("two six-foot guards", [("two", 2, None, None), ("six", 6, None, None)]),
        ("two twelve-hour shifts", [("two", 2, None, None), ("twelve", 12, None, None)]),
        ("between two and three", [("two and three", 2, 2, 3)]),
        ("twenty six", [("twenty six", 26, None, None)]),  # guard
        ("two hundred and six", [("two hundred and six", 206, None, None)]),  # guard
        # shares of one beyond tenths
        ("about one-thirtieth", [("one-thirtieth", 1 / 30, None, None)]),
        ("two-sevenths", [("two-sevenths", 2 / 7, None, None)]),
    ],
)
def test_find_numbers(text, expected):
    found = [(s.text, s.value, s.low, s.high) for s in find_numbers(text)]
    assert [f[0] for f in found] == [e[0] for e in expected]
    for got, want in zip(found, expected, strict=True):
        assert got[1] == pytest.approx(want[1])
        assert (got[2], got[3]) == (want[2], want[3])


def test_find_numbers_marks_vague():
    assert [s.vague for s in find_numbers("hundreds of villagers and 12 more")] == [True, False]


@pytest.mark.parametrize(
    "before,expected",
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("cost of NZ $ ", "NZD"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("₹", "INR"),
        ("Rs ", "INR"),
        ("about Rs. ", "INR"),
        ("HK$", "HKD"),
        ("a fee of ", None),
        ("ARs ", None),
    ],
)
def test_currency_before(before, expected):
    found = currency_before(before)
    assert (found.unit if found else None) == expected


@pytest.mark.parametrize(
    "after,scaled,expected",
    [
        (" dollars", False, "USD"),
        (" Australian dollars", False, "AUD"),
        (" euros.", False, "EUR"),
        (" yuan", False, "CNY"),
        (" rupees", False, "INR"),
        (" pounds", True, "GBP"),
        (" pounds", False, None),
        (" people", False, None),
    ],
)
def test_currency_after(after, scaled, expected):
    found = currency_after(after, scaled)
    assert (found.unit if found else None) == expected


@pytest.mark.parametrize(
    "after,expected",
    [
        ("%", ("percent", "percent")),
        (" percent", ("percent", "percent")),
        (" per cent of", ("percent", "percent")),
        (" percentage points", ("percentage points", "percent")),
        ("pp to", ("percentage points", "percent")),
        (" ppts to", ("percentage points", "percent")),
        (" ppt", ("percentage points", "percent")),
        (" km from", ("km", "measure")),
        (" kilometres", ("km", "measure")),
        (" miles", ("miles", "measure")),
        ("-foot container", ("feet", "measure")),
        (" kg", ("kg", "measure")),
        (" tonnes", ("tonnes", "measure")),
        (" pounds", ("pounds", "measure")),
        (" days", ("days", "duration")),
        (" working days", ("working days", "duration")),
        ("-year lull", ("years", "duration")),
        (" decades", ("decades", "duration")),
        (" hours", ("hours", "duration")),
        (" people", None),
        (" %", ("percent", "percent")),
        # data sizes written out take their symbols; particle energies and sigma
        (" gigabytes of files", ("GB", "measure")),
        (" megabytes", ("MB", "measure")),
        (" terabytes", ("TB", "measure")),
        (" kilobytes", ("KB", "measure")),
        (" petabytes", ("PB", "measure")),
        (" bytes", ("bytes", "measure")),
        (" megabits", ("Mbit", "measure")),
        (" GeV.", ("GeV", "measure")),
        (" TeV", ("TeV", "measure")),
        ("MeV", ("MeV", "measure")),
        (" electronvolts", ("eV", "measure")),
        (" sigma threshold", ("sigma", "measure")),
        ("-sigma result", ("sigma", "measure")),
        (" EV chargers", None),  # guard: electric vehicles
        (" Sigma methods", None),  # guard: Six Sigma, a management method
    ],
)
def test_measure_after(after, expected):
    found = measure_after(after)
    assert ((found.unit, found.kind) if found else None) == expected


@pytest.mark.parametrize(
    "noun,expected",
    [
        ("member", "members"),
        ("person", "people"),
        ("woman", "women"),
        ("city", "cities"),
        ("bus", "buses"),
        ("asylum claim", "asylum claims"),
        ("staff", "staff"),
        ("crew", "crew"),
        ("livestock", "livestock"),
        ("innings", "innings"),
        ("larvae", "larvae"),
        ("day", "days"),
    ],
)
def test_pluralize(noun, expected):
    assert pluralize(noun) == expected


@pytest.mark.parametrize(
    "text,value",
    [("4.1 billion", 4_100_000_000), ("4.1 million", 4_100_000), ("8.3 million", 8_300_000)],
)
def test_scaled_decimals_carry_no_float_noise(text, value):
    assert parse_number(text) == value  # exactly: JSON readers compare these
