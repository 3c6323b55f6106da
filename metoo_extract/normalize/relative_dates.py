"""Deictic and relative expressions resolved against the reference date.

"yesterday", "two days ago", "in three weeks", "last week", "next month", "last Tuesday",
"this weekend", "last summer": each reader takes the lower-cased expression, the
reference day and the tense and returns a :data:`~.date_math.Reading` or None.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache
from importlib import resources

from .date_math import (
    PAST,
    Reading,
    add_months,
    iso_day,
    iso_month,
    iso_week,
    resolve_weekday,
)
from .date_words import MONTHS, NUMBER_PATTERN, SEASONS, UNIT_PATTERN, WEEKDAYS, number_value


def read_deictic(low: str, ref: date, tense: str | None) -> Reading | None:
    shifts = {
        "today": 0,
        "now": None,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if low in shifts:
        shift = shifts[low]
        if shift is None:
            return None
        return iso_day(ref + timedelta(days=shift)), "day", True
    return None


def read_offset(low: str, ref: date, tense: str | None) -> Reading | None:
    """ "two days ago", "Seventeen years ago", "in three weeks", "a week from now"."""
    match = re.fullmatch(
        r"(?P<vague>(?:about|around|nearly|almost|roughly|some|just|only|more than|over|"
        r"less than)\s+)?"
        r"(?P<in>in\s+)?(?P<n>" + NUMBER_PATTERN + r")\s+(?P<unit>" + UNIT_PATTERN + r")"
        r"(?:\s+(?P<dir>ago|earlier|before|from now|hence|later|back|from (?P<anchor>[a-z]+)))?",
        low,
    )
    if not match or (match["in"] is None) == (match["dir"] is None):
        return None
    if match["dir"] in ("earlier", "later", "before"):
        return None  # anaphoric: relative to a narrated event, not to the article date
    if match["anchor"] is not None:
        # "a week from today", "two weeks from Friday": counted from that day forward
        anchor = _offset_anchor(match["anchor"], ref, tense)
        if anchor is None:
            return None
        ref = anchor
    n = number_value(match["n"])
    if n is None or n != int(n):
        return None
    n = int(n) * (-1 if match["dir"] in ("ago", "back") else 1)
    unit = match["unit"].rstrip("s")
    if unit == "day":
        return iso_day(ref + timedelta(days=n)), "day", True
    if unit in ("week", "fortnight"):
        # "two weeks ago" counts back fourteen days: the day, which lies in the ISO week
        # readers who want a week take ("last week" itself stays a week)
        return iso_day(ref + timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "day", True
    if unit in ("month", "year"):
        # "two years ago" is a year and "six months ago" a month, the words' own unit, as
        # is "more than a year ago"; "in three months", a day set ahead, stays the day
        year, month = add_months(ref.year, ref.month, n * (12 if unit == "year" else 1))
        if year < 1:
            return None  # "15000 years ago": before the calendar ISO dates count
        if unit == "year" and (n < 0 or match["vague"]):
            return f"{year:04d}", "year", True
        if n < 0 or match["vague"]:
            return iso_month(year, month), "month", True
        return iso_day(date(year, month, min(ref.day, monthrange(year, month)[1]))), "day", True
    # "a decade ago" in 2026 is about 2016, not the whole 2010s
    return f"{ref.year + 10 * n:04d}", "year", True


def _offset_anchor(word: str, ref: date, tense: str | None) -> date | None:
    """The day "from today", "from tomorrow" or "from Friday" counts from (a weekday: the
    coming one, since the count reaches forward)."""
    if word in ("now", "today"):
        return ref
    if word == "tomorrow":
        return ref + timedelta(days=1)
    if word in WEEKDAYS:
        return resolve_weekday(WEEKDAYS[word], ref, None, "this")
    return None


def _weekday_of_week(low: str, ref: date) -> Reading | None:
    """ "Wednesday last week", "Friday of next week": that weekday in the week named."""
    match = re.fullmatch(r"(?P<day>[a-z]+),?\s+(?:of\s+)?(?P<shift>last|this|next)\s+week", low)
    if not match or match["day"] not in WEEKDAYS:
        return None
    monday = ref - timedelta(days=ref.weekday())
    step = {"last": -1, "this": 0, "next": 1}[match["shift"]]
    return iso_day(monday + timedelta(weeks=step, days=WEEKDAYS[match["day"]])), "day", True


_FISCAL = re.compile(
    r"(?:the\s+)?(?P<shift>current|this|last|past|next|previous|coming)\s+(?:financial|fiscal)"
    r"(?:\s+year)?"
)


def _fiscal_year(low: str, ref: date) -> Reading | None:
    """ "the current financial year", "next fiscal": by the year it starts in, taking the
    year to start in April as in most countries' budgets (Britain, India, Japan, Canada)."""
    return fiscal_year(low, ref, 4)


def fiscal_year(low: str, ref: date, first_month: int) -> Reading | None:
    """ "the current financial year", "last fiscal" where the financial year opens in
    ``first_month``: by the year it starts in ("this financial year" in May 2026 is 2025
    where it opens in July)."""
    match = _FISCAL.fullmatch(low)
    if not match:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match["shift"], 0)
    return f"{ref.year - (ref.month < first_month) + step:04d}", "year", True


@cache
def fiscal_year_start(country: str) -> int:
    """The month a country's financial year opens in (``data/fiscal_years.tsv``; April
    where the table does not name the country)."""
    text = resources.files("metoo_extract.data").joinpath("fiscal_years.tsv").read_text("utf-8")
    table = dict(line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#")
    return int(table.get(country, 4))


def _weekday_week(low: str, ref: date) -> Reading | None:
    """ "Sunday week" (British and Australian): the weekday a week after the coming one."""
    match = re.fullmatch(r"(?:on\s+)?(?P<day>[a-z]+)\s+week", low)
    if not match or match["day"] not in WEEKDAYS:
        return None
    forward = (WEEKDAYS[match["day"]] - ref.weekday()) % 7 or 7
    return iso_day(ref + timedelta(days=forward + 7)), "day", True


def _one_further(low: str, ref: date, tense: str | None) -> Reading | None:
    """ "the Friday before last", "the week after next": "last Friday" as seen a week
    earlier, "next week" as seen a week later (a month or a year for those units)."""
    match = re.fullmatch(r"(?:the\s+)?(?P<what>[a-z]+)\s+(?P<dir>before last|after next)", low)
    if not match:
        return None
    what, step = match["what"], -1 if match["dir"] == "before last" else 1
    if what in WEEKDAYS or what in ("week", "weekend"):
        moved = ref + timedelta(weeks=step)
    elif what in ("month", "year"):
        year, month = add_months(ref.year, ref.month, step * (12 if what == "year" else 1))
        moved = date(year, month, min(ref.day, 28))
    else:
        return None
    return read_named_relative(f"{'last' if step < 0 else 'next'} {what}", moved, tense)


def read_named_relative(low: str, ref: date, tense: str | None) -> Reading | None:
    """ "last week", "this year", "next month", "last Tuesday", "this weekend", "last summer",
    "Wednesday last week", "Sunday week", "the current financial year", "the week after
    next"."""
    for reader in (_weekday_of_week, _weekday_week, _fiscal_year):
        if (found := reader(low, ref)) is not None:
            return found
    if (found := _one_further(low, ref, tense)) is not None:
        return found
    match = re.fullmatch(
        r"(?:(?P<shift>last|this|next|coming|past|previous|the previous|current|the coming|"
        r"the|on|this past|this coming)\s+)?(?P<what>[a-z]+)",
        low,
    )
    if not match:
        return None
    shift = {
        "past": "last",
        "previous": "last",
        "the previous": "last",
        "this past": "last",
        "coming": "next",
        "the coming": "next",
        "this coming": "next",
        "current": "this",
        "the": "",
        "on": "",
    }.get(match["shift"] or "", match["shift"] or "")
    what = match["what"]
    if what in WEEKDAYS:
        return iso_day(resolve_weekday(WEEKDAYS[what], ref, tense, shift)), "day", True
    if what in ("weekend", "weekends"):
        return _weekend(ref, tense, shift)
    step = {"last": -1, "this": 0, "next": 1}.get(shift)
    if step is None:
        return None
    if what == "week":
        return iso_week(ref + timedelta(weeks=step)), "week", True
    if what == "season":
        # a sports season by the year it starts: most run from late summer to spring
        # ("this season" in April 2026 is 2025-26, given as 2025)
        return f"{ref.year - (ref.month < 7) + step:04d}", "year", True
    if what == "month":
        return iso_month(*add_months(ref.year, ref.month, step)), "month", True
    if what == "year":
        return f"{ref.year + step:04d}", "year", True
    if what == "decade":
        return f"{ref.year // 10 + step:03d}", "decade", True  # ISO 8601: "201", the 2010s
    if what == "quarter":
        year, month = add_months(ref.year, ref.month, 3 * step)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}", "quarter", True
    if what in SEASONS:
        return season_year(SEASONS[what], ref, step), "year", True
    if what in MONTHS and shift in ("last", "next"):
        month = MONTHS[what]
        year = ref.year
        if shift == "last" and month >= ref.month:
            year -= 1
        if shift == "next" and month <= ref.month:
            year += 1
        return iso_month(year, month), "month", True
    return None


def _weekend(ref: date, tense: str | None, shift: str) -> Reading:
    saturday_this_week = ref + timedelta(days=5 - ref.weekday())
    if shift == "last":
        saturday = saturday_this_week - timedelta(weeks=1)
    elif shift == "next":
        saturday = saturday_this_week + timedelta(weeks=1)
    elif shift == "this" or tense != PAST or ref.weekday() >= 5:
        saturday = saturday_this_week
    else:
        saturday = saturday_this_week - timedelta(weeks=1)
    return iso_week(saturday), "week", True


def season_year(first_month: int, ref: date, step: int) -> str:
    """The year of the season opening in ``first_month``, this one (``step`` 0), the last
    (-1) or the next (1): "last summer" in February 2023 is 2022, "next spring" in March
    2026 (a spring under way) 2027, "last autumn" in November 2026 2025.

    A winter takes the year of its December, as "the winter" does: in January 2026 "this
    winter" is 2025 (the one under way), "last winter" 2024 and "next winter" 2026.
    """
    ended = ref.month > first_month + 2 or (first_month == 12 and ref.month > 2 and ref.month < 12)
    if first_month == 12 and ref.month <= 2:
        return f"{ref.year - 1 + step:04d}"  # a winter under way opened last December
    year = ref.year
    if step < 0:
        year = ref.year if ended and first_month != 12 else ref.year - 1
    elif step > 0:
        year = ref.year + 1 if ref.month >= first_month else ref.year
    return f"{year:04d}"


#: Parts of a day, which count as the day: "the previous morning", "the night before".
_DAY_PART = r"morning|afternoon|evening|night"
#: A length of time counted from a date the story has just named: "a year earlier",
#: "two days later", "the year before", "the previous month", "the following year".
ANAPHOR = re.compile(
    r"(?:(?P<n>" + NUMBER_PATTERN + r"|a|an)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<dir>earlier|before|previously|prior|later|after)"
    r"|the\s+(?P<unit2>day|week|month|year|" + _DAY_PART + r")\s+(?P<dir2>before|after)"
    r"|the\s+(?P<dir3>previous|prior|preceding|following|next)\s+"
    r"(?P<unit3>day|week|month|year|" + _DAY_PART + r"))",
    re.IGNORECASE,
)


def read_anaphor(low: str) -> tuple[int, str] | None:
    """ "a year earlier" -> (-1, "year"); "two days later" -> (2, "day"); "the following
    year" -> (1, "year"); None for anything else."""
    match = ANAPHOR.fullmatch(low.strip())
    if match is None:
        return None
    unit = match["unit"] or match["unit2"] or match["unit3"]
    direction = (match["dir"] or match["dir2"] or match["dir3"]).lower()
    n = 1 if match["n"] is None or match["n"].lower() in ("a", "an") else number_value(match["n"])
    if n is None or n != int(n):
        return None
    back = direction in ("earlier", "before", "previously", "prior", "previous", "preceding")
    unit = "day" if re.fullmatch(_DAY_PART, unit.lower()) else unit.lower()
    return (-int(n) if back else int(n)), unit


def shift_value(value: str, granularity: str, n: int, unit: str) -> Reading | None:
    """An ISO value moved ``n`` units: ("2026-03-14", "day", -1, "year") -> "2025-03-14".

    The result keeps the value's own granularity when the unit is no finer than it (a
    clock time becomes its day; a month before a day is that month); None when the unit
    is finer than the value ("a day earlier" than "2026" is unknown).
    """
    if granularity == "minute":
        value, granularity = value[:10], "day"
    if unit == "year" and granularity in ("year", "quarter", "month", "week"):
        return f"{int(value[:4]) + n:04d}{value[4:]}", granularity, True
    if granularity == "day":
        day = date.fromisoformat(value)
        if unit in ("day", "week"):
            return iso_day(day + timedelta(days=n * (7 if unit == "week" else 1))), "day", True
        if unit == "year":
            mday = 28 if (day.month, day.day) == (2, 29) else day.day
            return iso_day(date(day.year + n, day.month, mday)), "day", True
        return iso_month(*add_months(day.year, day.month, n)), "month", True
    if granularity == "month" and unit == "month":
        return iso_month(*add_months(int(value[:4]), int(value[5:7]), n)), "month", True
    if granularity == "week" and unit == "week":
        year, week = int(value[:4]), int(value[6:8])
        return iso_week(date.fromisocalendar(year, week, 1) + timedelta(weeks=n)), "week", True
    return None


def _months_spanned(value: str, granularity: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (year, month) of an ISO value: "2025-Q3" -> (2025, 7), (2025, 9)."""
    if granularity in ("minute", "day", "month"):
        month = (int(value[:4]), int(value[5:7]))
        return month, month
    if granularity == "week":
        monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return (monday.year, monday.month), (monday.year, monday.month)
    if granularity == "quarter":
        year, quarter = int(value[:4]), int(value[6])
        return (year, 3 * quarter - 2), (year, 3 * quarter)
    if granularity == "year" and re.fullmatch(r"\d{4}", value):
        return (int(value), 1), (int(value), 12)
    return None


def anchored_value(what: str, direction: str, value: str, granularity: str) -> Reading | None:
    """A season, a month or the year named from a date the story told: "the following
    summer" after "December 2015" is the summer of 2016, "that winter" after "March 2019"
    the winter opening in December 2019, "the previous March" before "May 2019" March 2019,
    "that year" the date's year.

    Args:
        what: "summer", "march", "year" ... (lower case).
        direction: "following" (the first one after the date), "previous" (the last one
            before it) or "that" (the one of the date's year).
        value, granularity: the date it counts from.

    Returns:
        The reading (a season by its year, as "last summer" is read), or None.
    """
    spanned = _months_spanned(value, granularity)
    if spanned is None:
        return None
    first, last = spanned
    if what == "year":
        return (f"{first[0]:04d}", "year", True) if direction == "that" else None
    month = SEASONS.get(what) or MONTHS.get(what)
    if month is None:
        return None
    length = 3 if what in SEASONS else 1  # a season runs three months from its first
    if direction == "that":
        year = first[0] - (what == "winter" and first[1] < 3)  # a winter takes its December's
    elif direction == "following":
        year = next(y for y in range(first[0], first[0] + 3) if (y, month) > last)
    else:
        year = next(
            y for y in range(last[0], last[0] - 3, -1) if add_months(y, month, length - 1) < first
        )
    if what in SEASONS:
        return f"{year:04d}", "year", True
    return iso_month(year, month), "month", True
