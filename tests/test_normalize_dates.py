"""Pure date normaliser: absolute parsing, tense-aware relative resolution, zones."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metoo_extract.normalize.clock import find_clock, zone_offset
from metoo_extract.normalize.dates import (
    FUTURE,
    PAST,
    PRESENT,
    iso_week,
    normalize_date,
    resolve_weekday,
)
from metoo_extract.normalize.holidays import holiday_date

MON = date(2017, 10, 16)  # a Monday
THU = date(2015, 5, 7)  # a Thursday
FEB = date(2023, 2, 23)  # a Thursday


@pytest.mark.parametrize(
    "text,reference,tense,expected",
    [
        # absolute, any reference
        ("Oct 16, 2017", None, None, "2017-10-16"),
        ("16 October 2017", None, None, "2017-10-16"),
        ("October 16th, 2017", None, None, "2017-10-16"),
        ("the 16th of October 2017", None, None, "2017-10-16"),
        ("Monday, October 16, 2017", None, None, "2017-10-16"),
        ("Mon 16 Oct 2017", None, None, "2017-10-16"),
        ("Sept. 3, 2019", None, None, "2019-09-03"),
        ("2017-10-16", None, None, "2017-10-16"),
        ("10/16/2017", None, None, "2017-10-16"),
        ("18/02/2024", None, None, "2024-02-18"),
        ("October 2017", None, None, "2017-10"),
        ("October of 2017", None, None, "2017-10"),
        ("Oct. 2017", None, None, "2017-10"),
        ("2017", None, None, "2017"),
        ("in 1998", None, None, "1998"),
        ("mid-2016", None, None, "2016"),
        ("late 2017", None, None, "2017"),
        ("early 2018", None, None, "2018"),
        ("the 1990s", None, None, "199"),
        ("the early 2000s", None, None, "200"),
        ("the 1980s", None, None, "198"),
        # a century keeps the first two digits of its years
        ("the nineteenth century", None, None, "18"),
        ("the 20th century", None, None, "19"),
        ("the late 21st century", None, None, "20"),
        ("last century", MON, None, "19"),
        ("Q3 2017", None, None, "2017-Q3"),
        ("the second quarter of 2016", None, None, "2016-Q2"),
        # calendar quarters as analysts write them
        ("3Q24", None, None, "2024-Q3"),
        ("1Q 2023", None, None, "2023-Q1"),
        ("Q4'22", None, None, "2022-Q4"),
        ("summer 2016", None, None, "2016"),
        ("the spring of 2019", None, None, "2019"),
        ("Good Friday 2017", None, None, "2017-04-14"),
        # header dates with clock times and zones
        ("Oct 16, 2017, 05:31 PM IST", None, None, "2017-10-16T17:31+05:30"),
        ("Feb 7, 2018, 09:48 PM IST", None, None, "2018-02-07T21:48+05:30"),
        ("Thu 3 Aug 2023 16.05 BST", None, None, "2023-08-03T16:05+01:00"),
        ("May 19, 2022, 4:12 p.m. ET", None, None, "2022-05-19T16:12-04:00"),
        ("January 19, 2022, 4:12 p.m. ET", None, None, "2022-01-19T16:12-05:00"),
        ("March 12, 2019 / 10:47 AM GMT", None, None, "2019-03-12T10:47+00:00"),
        ("18/02/2024 - 22:10 GMT", None, None, "2024-02-18T22:10+00:00"),
        ("2015-06-16T08:30:00Z", None, None, "2015-06-16T08:30+00:00"),
        ("2017-10-16T17:31:00+05:30", None, None, "2017-10-16T17:31+05:30"),
        ("April 26, 2016 20:40 IST", None, None, "2016-04-26T20:40+05:30"),
        ("October 16, 2017 at 3 p.m. EDT", None, None, "2017-10-16T15:00-04:00"),
        ("Oct 16, 2017 at 9am", None, None, "2017-10-16T09:00"),
        # deictic
        ("today", MON, None, "2017-10-16"),
        ("Today's", MON, None, "2017-10-16"),
        ("tonight", MON, FUTURE, "2017-10-16"),
        ("yesterday", MON, PAST, "2017-10-15"),
        ("Yesterday", THU, PAST, "2015-05-06"),
        ("tomorrow", MON, FUTURE, "2017-10-17"),
        ("the day before yesterday", MON, PAST, "2017-10-14"),
        ("last night", MON, PAST, "2017-10-15"),
        ("this morning", MON, PAST, "2017-10-16"),
        ("yesterday afternoon", MON, PAST, "2017-10-15"),
        ("tomorrow morning", MON, FUTURE, "2017-10-17"),
        # weekdays by tense
        ("Sunday night", MON, PAST, "2017-10-15"),
        ("on Monday", MON, PAST, "2017-10-16"),
        ("Monday", MON, FUTURE, "2017-10-16"),
        ("Friday", MON, FUTURE, "2017-10-20"),
        ("Friday", MON, PAST, "2017-10-13"),
        ("Friday", MON, PRESENT, "2017-10-20"),
        ("Tuesday", THU, PAST, "2015-05-05"),
        ("Thursday afternoon", date(2015, 8, 21), PAST, "2015-08-20"),
        ("Wednesday", FEB, PAST, "2023-02-22"),
        ("last Friday", MON, PAST, "2017-10-13"),
        ("last Monday", MON, PAST, "2017-10-09"),
        ("next Friday", MON, FUTURE, "2017-10-20"),
        ("next Monday", MON, FUTURE, "2017-10-23"),
        ("this Thursday", MON, FUTURE, "2017-10-19"),
        ("by Monday evening", date(2017, 10, 13), FUTURE, "2017-10-16"),
        ("Wednesday morning", date(2022, 5, 19), PAST, "2022-05-18"),
        ("Saturday", date(2024, 2, 18), PAST, "2024-02-17"),
        ("Saturday", date(2024, 2, 18), PRESENT, "2024-02-24"),
        ("Friday", MON, None, "2017-10-13"),
        ("Wednesday", MON, None, "2017-10-18"),
        # weeks, months, years relative to the reference
        ("last week", MON, PAST, "2017-W41"),
        ("this week", MON, None, "2017-W42"),
        ("next week", MON, FUTURE, "2017-W43"),
        ("last week's", date(2016, 4, 26), None, "2016-W16"),
        ("last weekend", MON, PAST, "2017-W41"),
        ("the weekend", MON, PAST, "2017-W41"),
        ("this weekend", MON, FUTURE, "2017-W42"),
        ("last month", MON, None, "2017-09"),
        ("last month", date(2018, 1, 5), None, "2017-12"),
        ("this month", MON, None, "2017-10"),
        ("next month", FEB, FUTURE, "2023-03"),
        ("next month", date(2017, 12, 5), FUTURE, "2018-01"),
        ("earlier this month", MON, PAST, "2017-10"),
        ("later this month", MON, FUTURE, "2017-10"),
        ("the end of the month", MON, None, "2017-10-31"),
        # a day of the month alone, in the month the tense puts it
        ("the first week of March 2025", None, None, "2025-W10"),
        ("the fourth week of May", MON, PAST, "2017-W21"),
        ("the final week of December", MON, FUTURE, "2017-W52"),
        ("the 12th", MON, PAST, "2017-10-12"),
        ("the 20th", MON, PAST, "2017-09-20"),
        ("the 3rd", MON, FUTURE, "2017-11-03"),
        ("the 3rd of next month", MON, None, "2017-11-03"),
        ("the 31st", date(2017, 11, 20), PAST, "2017-10-31"),
        ("last year", MON, None, "2016"),
        ("This year", MON, None, "2017"),
        ("Next year's", MON, None, "2018"),
        ("earlier this year", MON, PAST, "2017"),
        ("early next year", MON, FUTURE, "2018"),
        ("the end of the year", MON, FUTURE, "2017"),
        ("year end", FEB, FUTURE, "2023"),
        ("year-end", FEB, FUTURE, "2023"),
        ("last summer", FEB, PAST, "2022"),
        ("last summer", MON, PAST, "2017"),
        ("this summer", FEB, FUTURE, "2023"),
        ("last decade", MON, None, "200"),
        ("next quarter", MON, None, "2018-Q1"),
        ("the third quarter", MON, PAST, "2017-Q3"),
        ("the '90s", MON, None, "199"),
        ("the nineties", MON, None, "199"),
        # counted offsets
        ("two days ago", MON, None, "2017-10-14"),
        ("Two days ago", date(2016, 4, 26), None, "2016-04-24"),
        ("a week ago", MON, None, "2017-10-09"),
        ("Three weeks ago", date(2024, 2, 18), None, "2024-01-28"),
        ("two months ago", MON, None, "2017-08"),
        ("Seventeen years ago", date(2017, 7, 21), None, "2000"),
        ("two years ago", FEB, None, "2021"),
        ("twenty-five years ago", MON, None, "1992"),
        ("a decade ago", MON, None, "2007"),
        ("in three weeks", MON, FUTURE, "2017-11-06"),
        ("in two years", MON, FUTURE, "2019-10-16"),
        ("more than a year ago", MON, None, "2016"),
        ("three days from now", MON, FUTURE, "2017-10-19"),
        ("two weeks from Friday", MON, FUTURE, "2017-11-03"),
        ("a week from today", MON, None, "2017-10-23"),
        ("one hundred and five years ago", MON, None, "1912"),
        ("eleven months ago", MON, None, "2016-11"),
        ("in three months", MON, FUTURE, "2018-01-16"),  # a day set ahead stays a day
        ("the Saturday after next", MON, FUTURE, "2017-10-28"),
        ("the weekend before last", MON, PAST, "2017-W40"),
        # months and days without a year: nearest year, biased by tense
        ("March 23", date(2017, 3, 20), None, "2017-03-23"),
        ("May 16", THU, FUTURE, "2015-05-16"),
        ("February 6", THU, PAST, "2015-02-06"),
        ("November 20", THU, FUTURE, "2015-11-20"),
        ("December 11", THU, PAST, "2014-12-11"),
        ("December 28", date(2017, 1, 4), PAST, "2016-12-28"),
        ("January 5", date(2016, 12, 28), FUTURE, "2017-01-05"),
        ("March 12", date(2019, 3, 12), None, "2019-03-12"),
        ("Oct. 16", MON, None, "2017-10-16"),
        ("16 October", MON, None, "2017-10-16"),
        ("Wednesday (2 March)", date(2016, 3, 3), PAST, "2016-03-02"),
        ("Wednesday (2 March)", MON, None, "2016-03-02"),
        ("March", date(2008, 8, 15), PAST, "2008-03"),
        ("October", date(2024, 2, 18), PAST, "2023-10"),
        ("March", date(2024, 2, 18), FUTURE, "2024-03"),
        ("last May", date(2024, 2, 18), PAST, "2023-05"),
        ("next March", MON, FUTURE, "2018-03"),
        ("Christmas", date(2024, 2, 18), PAST, "2023-12-25"),
        ("Christmas Eve", MON, FUTURE, "2017-12-24"),
        ("Thanksgiving", date(2023, 11, 1), FUTURE, "2023-11-23"),
        ("Easter", date(2018, 3, 1), FUTURE, "2018-04-01"),
        ("New Year's Day", MON, FUTURE, "2018-01-01"),
        # a weekday of a month by its rank, the month's year found as for a month alone
        ("the last Saturday of May", MON, PAST, "2017-05-27"),
        ("the last Saturday of May", MON, FUTURE, "2018-05-26"),
        ("the third Thursday in November 2025", None, None, "2025-11-20"),
        ("the 1st Wednesday in Sept. 2019", None, None, "2019-09-04"),
        ("the 2nd Sunday of next month", MON, None, "2017-11-12"),
        ("the first Monday of last month", MON, PAST, "2017-09-04"),
        ("the last Friday of the month", MON, PAST, "2017-09-29"),
        ("the last Friday of the month", MON, FUTURE, "2017-10-27"),
        # a weekend of a month: the week of its first (or last) Saturday
        ("the first weekend of August", MON, FUTURE, "2018-W31"),
        ("the last weekend of May 2025", None, None, "2025-W22"),
        # a header line's weekday field, parted from its date by a separator
        ("Tuesday | March 10, 2026 | 12:08 AM", None, None, "2026-03-10T00:08"),
        ("Tue · 10 March 2026", None, None, "2026-03-10"),
    ],
)
def test_normalize_value(text, reference, tense, expected):
    reading = normalize_date(text, reference, tense)
    assert reading is not None
    assert reading.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "340 days",
        "for two years",
        "two weeks",
        "only two weeks",
        "nearly two decades",
        "roughly four months",
        "twenty working days",
        "48 hours",
        "the past week",
        "the last three years",
        "the next few weeks",
        "recent years",
        "months",
        "years",
        "14-year-old",
        "the 24-year-old",
        "11-year",
        "every year",
        "each week",
        "annual",
        "daily",
        "the year before",
        "the next day",
        "the same day",
        "two days later",
        "three years earlier",
        "10:30",
        "5 p.m.",
        "noon",
        "afternoon",
        "the morning",
        "that night",
        "Waitangi Day Parade",
        "16",
        "now",
        "the future",
        "20000 years ago",  # before the calendar ISO dates count
        "the first Tuesday of each month",  # a rule, no one day
        "the fifth Monday of February 2026",  # February 2026 has four
    ],
)
def test_not_a_date(text):
    assert normalize_date(text, MON, PAST) is None


@pytest.mark.parametrize(
    "text,granularity,relative,part",
    [
        ("Oct 16, 2017", "day", False, None),
        ("Oct 16, 2017, 05:31 PM IST", "minute", False, None),
        ("October 2017", "month", False, None),
        ("2017", "year", False, None),
        ("the 1990s", "decade", False, None),
        ("the eighteenth century", "century", False, None),
        ("Q3 2017", "quarter", False, None),
        ("last week", "week", True, None),
        ("March 23", "day", True, None),
        ("March", "month", True, None),
        ("Sunday night", "day", True, "night"),
        ("Monday evening", "day", True, "evening"),
        ("Thursday afternoon", "day", True, "afternoon"),
        ("tonight", "day", True, "night"),
        ("this morning", "day", True, "morning"),
        ("the evening of Friday", "day", True, "evening"),
        ("the night of 3 June 2014", "day", False, "night"),
        ("four years ago", "year", True, None),
        ("four months ago", "month", True, None),
    ],
)
def test_granularity_relative_part_of_day(text, granularity, relative, part):
    reading = normalize_date(text, MON, PAST)
    assert (reading.granularity, reading.relative, reading.part_of_day) == (
        granularity,
        relative,
        part,
    )


@pytest.mark.parametrize(
    "text,expected_granularity",
    [("yesterday", "day"), ("Sunday night", "day"), ("last week", "week"), ("March", "month")],
)
def test_relative_without_reference_keeps_null_value(text, expected_granularity):
    reading = normalize_date(text, None, PAST)
    assert reading.value is None
    assert reading.relative is True
    assert reading.granularity == expected_granularity


@pytest.mark.parametrize(
    "text,day_first,expected",
    [
        ("10/11/2017", False, "2017-10-11"),
        ("10/11/2017", True, "2017-11-10"),
        ("16/10/2017", False, "2017-10-16"),
        ("16/10/2017", True, "2017-10-16"),
        # a year first is always followed by the month, then the day
        ("2026/03/02", True, "2026-03-02"),
        ("2025/11/03", True, "2025-11-03"),
        ("2024.07.09", True, "2024-07-09"),
        ("2024/07/09", False, "2024-07-09"),
        # dotted dates put the day first in any copy, unless only the other order reads
        ("04.09.2025", False, "2025-09-04"),
        ("04.09.2025", True, "2025-09-04"),
        ("09.24.2025", False, "2025-09-24"),
        ("04/09/2025", False, "2025-04-09"),  # guard: a slashed one follows the article
    ],
)
def test_day_first(text, day_first, expected):
    assert normalize_date(text, None, None, day_first).value == expected


def test_aware_datetime_reference_counts_by_its_calendar_day():
    reference = datetime(2017, 10, 16, 17, 31, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert normalize_date("yesterday", reference, PAST).value == "2017-10-15"


@pytest.mark.parametrize(
    "weekday,tense,shift,expected",
    [
        (0, PAST, "", MON),
        (0, FUTURE, "", MON),
        (6, PAST, "", date(2017, 10, 15)),
        (6, FUTURE, "", date(2017, 10, 22)),
        (4, None, "", date(2017, 10, 13)),
        (2, None, "", date(2017, 10, 18)),
        (0, PAST, "last", date(2017, 10, 9)),
        (0, FUTURE, "next", date(2017, 10, 23)),
        (3, FUTURE, "this", date(2017, 10, 19)),
        (4, None, "this", date(2017, 10, 20)),
        (4, PAST, "this", date(2017, 10, 13)),
    ],
)
def test_resolve_weekday(weekday, tense, shift, expected):
    assert resolve_weekday(weekday, MON, tense, shift) == expected


def test_this_weekday_on_a_sunday_is_the_coming_one():
    assert resolve_weekday(4, date(2017, 10, 15), FUTURE, "this") == date(2017, 10, 20)


@pytest.mark.parametrize(
    "abbreviation,day,expected",
    [
        ("IST", None, "+05:30"),
        ("BST", None, "+01:00"),
        ("EDT", None, "-04:00"),
        ("GMT", None, "+00:00"),
        ("NPT", None, "+05:45"),
        ("UTC+5:30", None, "+05:30"),
        ("ET", date(2022, 5, 19), "-04:00"),
        ("ET", date(2022, 1, 19), "-05:00"),
        ("XYZ", None, None),
    ],
)
def test_zone_offset(abbreviation, day, expected):
    assert zone_offset(abbreviation, day) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("05:31 PM IST", (17, 31, "IST")),
        ("3 p.m.", (15, 0, None)),
        ("12 a.m.", (0, 0, None)),
        ("16.05 BST", (16, 5, "BST")),
        ("at noon", (12, 0, None)),
        ("22:10 GMT", (22, 10, "GMT")),
    ],
)
def test_find_clock(text, expected):
    clock = find_clock(text)
    assert (clock.hour, clock.minute, clock.zone) == expected


@pytest.mark.parametrize("text", ["2017", "16", "the 24th", "340 days", "page 12", "15.10.2017"])
def test_find_clock_needs_minutes_or_meridiem(text):
    assert find_clock(text) is None


@pytest.mark.parametrize(
    "name,year,expected",
    [
        ("Christmas", 2023, date(2023, 12, 25)),
        ("Good Friday", 2017, date(2017, 4, 14)),
        ("Easter Monday", 2019, date(2019, 4, 22)),
        ("Thanksgiving", 2017, date(2017, 11, 23)),
        ("Memorial Day", 2017, date(2017, 5, 29)),
        ("Black Friday", 2019, date(2019, 11, 29)),
        ("Cyber Monday", 2017, date(2017, 11, 27)),
        ("Valentine’s Day", 2020, date(2020, 2, 14)),
        ("Thanksgiving Monday", 2026, date(2026, 10, 12)),  # Canada's, second Monday
        ("Spring Bank Holiday", 2026, date(2026, 5, 25)),  # England's, last Monday of May
        ("St David's Day", 2026, date(2026, 3, 1)),
        ("Groundhog Week", 2020, None),
    ],
)
def test_holiday_date(name, year, expected):
    assert holiday_date(name, year) == expected


def test_iso_week_at_year_boundary():
    assert iso_week(date(2021, 1, 1)) == "2020-W53"


@given(st.text(max_size=40), st.sampled_from([PAST, PRESENT, FUTURE, None]))
def test_any_text_reads_without_crashing(text, tense):
    reading = normalize_date(text, MON, tense)
    assert reading is None or reading.granularity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year earlier", (-1, "year")),
        ("two days later", (2, "day")),
        ("the year before", (-1, "year")),
        ("the previous month", (-1, "month")),
        ("the following year", (1, "year")),
        ("18 months after", (18, "month")),
        ("the previous morning", (-1, "day")),
        ("the night before", (-1, "day")),
        ("a year ago", None),
        ("the year", None),
    ],
)
def test_read_anaphor(text, expected):
    from metoo_extract.normalize.relative_dates import read_anaphor

    assert read_anaphor(text) == expected


@pytest.mark.parametrize(
    ("what", "direction", "value", "granularity", "expected"),
    [
        ("summer", "following", "2015-12", "month", ("2016", "year", True)),
        ("summer", "following", "2019-06-02", "day", ("2020", "year", True)),
        ("winter", "following", "2019-03", "month", ("2019", "year", True)),
        ("winter", "that", "2019-01-05", "day", ("2018", "year", True)),
        ("summer", "that", "2019", "year", ("2019", "year", True)),
        ("summer", "previous", "2019-08", "month", ("2018", "year", True)),
        ("march", "following", "2019-05", "month", ("2020-03", "month", True)),
        ("march", "previous", "2019-03", "month", ("2018-03", "month", True)),
        ("summer", "following", "2019-Q2", "quarter", ("2020", "year", True)),
        ("year", "that", "2019-03-04", "day", ("2019", "year", True)),
        ("summer", "following", "201", "decade", None),
    ],
)
def test_anchored_value(what, direction, value, granularity, expected):
    from metoo_extract.normalize.relative_dates import anchored_value

    assert anchored_value(what, direction, value, granularity) == expected


@pytest.mark.parametrize(
    ("value", "granularity", "n", "unit", "expected"),
    [
        ("2026-03-14", "day", -1, "year", ("2025-03-14", "day", True)),
        ("2024-02-29", "day", 1, "year", ("2025-02-28", "day", True)),
        ("2026-03-14T09:30", "minute", 2, "day", ("2026-03-16", "day", True)),
        ("2026-03-14", "day", -1, "week", ("2026-03-07", "day", True)),
        ("2026-03-14", "day", -1, "month", ("2026-02", "month", True)),
        ("2026-01", "month", -1, "year", ("2025-01", "month", True)),
        ("2026-01", "month", -2, "month", ("2025-11", "month", True)),
        ("2026-Q2", "quarter", -1, "year", ("2025-Q2", "quarter", True)),
        ("2026-W10", "week", -1, "week", ("2026-W09", "week", True)),
        ("2026", "year", -1, "year", ("2025", "year", True)),
        ("2026", "year", -1, "day", None),
        ("2026-Q2", "quarter", -1, "month", None),
    ],
)
def test_shift_value(value, granularity, n, unit, expected):
    from metoo_extract.normalize.relative_dates import shift_value

    assert shift_value(value, granularity, n, unit) == expected


@pytest.mark.parametrize(
    "text,reference,expected",
    [
        # a season under way is "this" one; "next" skips it, "last" goes back past it
        ("next autumn", date(2026, 3, 14), "2026"),
        ("last autumn", date(2026, 3, 14), "2025"),
        ("next spring", date(2026, 3, 14), "2027"),
        ("last spring", date(2026, 3, 14), "2025"),
        ("this spring", date(2026, 3, 14), "2026"),
        ("next summer", date(2026, 3, 14), "2026"),
        ("next spring", date(2026, 11, 20), "2027"),
        ("last autumn", date(2026, 11, 20), "2025"),
        ("last autumn", date(2026, 12, 10), "2026"),
        ("last fall", date(2026, 12, 10), "2026"),
        ("next autumn", date(2026, 11, 20), "2027"),
        ("last spring", date(2026, 11, 20), "2026"),
        ("next summer", date(2026, 7, 1), "2027"),
        ("last summer", date(2026, 7, 1), "2025"),
        ("last summer", date(2026, 9, 15), "2026"),
        # a winter takes the year of its December, as "the winter" does
        ("next winter", date(2026, 3, 14), "2026"),
        ("last winter", date(2026, 3, 14), "2025"),
        ("this winter", date(2026, 12, 10), "2026"),
        ("last winter", date(2026, 12, 10), "2025"),
        ("this winter", date(2026, 1, 10), "2025"),
        ("last winter", date(2026, 1, 10), "2024"),
        ("next winter", date(2026, 1, 10), "2026"),
    ],
)
def test_season_year_against_publication(text, reference, expected):
    for tense in (None, PAST, FUTURE):
        assert normalize_date(text, reference, tense) == (expected, "year", True, None)
