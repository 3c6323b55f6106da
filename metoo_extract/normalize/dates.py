"""Normalise one date expression to an ISO 8601 value, resolving relative ones.

Pure functions, no spaCy: the caller passes the expression text, the reference date
(the article's publication date) and the tense of the governing verb.

Values follow ISO 8601 at the expression's own granularity: "2017-10-15" (day),
"2017-10" (month), "2017" (year), "2017-W41" (ISO week), "2017-Q3" (quarter),
"2017-10-16T17:31+05:30" (minute). A decade takes ISO 8601's reduced precision, its
first three digits: "the 1990s" is "199", and a century its first two: "the twentieth
century" is "19", as DESIGN.md's contract asks of every value.
Seasons ("last summer") resolve to their year.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from .clock import find_clock, zone_offset
from .date_math import (
    FUTURE,
    PAST,
    PRESENT,
    Reading,
    add_months,
    iso_day,
    iso_minute,
    iso_month,
    iso_week,
    nearest,
    nth_weekday,
    resolve_weekday,
)
from .date_words import (
    BARE_UNITS,
    BOUNDARY,
    DECADE_WORDS,
    DURATION,
    IN_OFFSET,
    ISO_RE,
    LEADING,
    MODIFIER,
    MONTHS,
    NOT_A_DATE,
    NUMBER_PATTERN,
    ORDINAL_QUARTER,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PATTERN,
    WEEKDAYS,
)
from .holidays import holiday_date, holiday_rules
from .relative_dates import read_deictic, read_named_relative, read_offset

__all__ = [
    "FUTURE",
    "NUMBER_PATTERN",
    "PAST",
    "PRESENT",
    "UNIT_PATTERN",
    "DateValue",
    "iso_week",
    "normalize_date",
    "resolve_weekday",
]


class DateValue(NamedTuple):
    """The normalised reading of one date expression."""

    value: str | None
    granularity: str
    relative: bool
    part_of_day: str | None = None


#: The wire's zoned time in brackets after a local clock time: "9 a.m. local time (0600
#: GMT) on Tuesday" reads as "9 a.m. local time on Tuesday" (the day printed is the
#: local one).
_BRACKETED_CLOCK = re.compile(
    r"^(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?:\s+local\s+time)?)\s*"
    r"\(\s*\d{1,2}:?\d\d\s+(?:gmt|utc)\s*\)",
    re.IGNORECASE,
)


#: A header line's field separator after its weekday: "Tuesday | March 10, 2026" reads
#: as "Tuesday, March 10, 2026".
_WEEKDAY_FIELD = re.compile(r"^([A-Za-z]+\.?)\s*[|•·]\s*(?=[A-Za-z\d])")


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    weekday = _WEEKDAY_FIELD.match(text)
    if weekday and weekday[1].rstrip(".").lower() in WEEKDAYS:
        text = f"{weekday[1]}, {text[weekday.end() :]}"
    text = _BRACKETED_CLOCK.sub(r"\1", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip(" ,;:-–—").strip()


def _part_of_day(low: str) -> tuple[str, str | None]:
    if re.search(r"\btonight\b", low):
        return re.sub(r"\btonight\b", "today", low), "night"
    if re.search(r"\blast night\b", low):
        return re.sub(r"\blast night\b", "yesterday", low), "night"
    dated = re.fullmatch(r"the (night|morning|afternoon|evening) of (.+)", low)
    if dated:
        return dated[2], PARTS_OF_DAY[dated[1]]  # "the night of 3 may 2025"
    for word, part in PARTS_OF_DAY.items():
        pattern = rf"\b(?:this |in the |early |late |on )?{word}\b"
        if re.search(pattern, low):
            rest = re.sub(pattern, " ", low)
            rest = re.sub(r"\s+", " ", rest).strip(" ,")
            if word != "overnight" and re.fullmatch(rf"this {word}", low.strip()):
                rest = "today"  # "this morning"; a part of day alone is not a date
            return rest, part
    return low, None


def normalize_date(
    text: str,
    reference: date | datetime | None = None,
    tense: str | None = None,
    day_first: bool = False,
) -> DateValue | None:
    """Read a date expression.

    Args:
        text: the expression as printed ("Sunday night", "Oct 16, 2017, 05:31 PM IST").
        reference: the publication date (a datetime counts by its own calendar day);
            None leaves relative expressions with ``value=None``.
        tense: "past", "present" or "future" for the verb governing the expression.
        day_first: read "10/11/2017" as 10 November.

    Returns:
        The value, or None when the text is not a calendar reference (a duration such
        as "340 days", an age such as "14-year-old", a recurrence, or a time alone).
    """
    ref = reference.date() if isinstance(reference, datetime) else reference
    original = _clean(text)
    low = original.lower()
    if not low or BARE_UNITS.match(low) or any(p.search(low) for p in NOT_A_DATE):
        return None
    if DURATION.match(low):
        return None
    iso = ISO_RE.fullmatch(low)
    if iso:
        found = _read_iso(iso)
        return DateValue(*found) if found else None
    clock = find_clock(original)
    if clock is not None:
        low = low[: clock.start] + " " + re.sub(r"^\s*local time\b", "", low[clock.end :])
        low = low.strip()
        low = re.sub(r"\b(at|@)\s*(?=,|$)|\s+at\s*$", " ", low)
        low = re.sub(r"\s+", " ", low).strip(" ,-–—/|•·")
    low, part = _part_of_day(low)
    low = _SHORT_YEAR.sub(lambda m: str(_full_year(int(m[1]), ref)), low)
    if not IN_OFFSET.fullmatch(low):
        low = LEADING.sub("", low).strip()
    low = _YEAR_NOUN.sub("", low)
    day_value = _read_core(low, ref, tense, day_first)
    if day_value is None:
        return None
    value, granularity, relative = day_value
    if relative and ref is None:
        value = None
    if clock is not None and granularity == "day" and value is not None:
        day = date.fromisoformat(value)
        offset = zone_offset(clock.zone, day) if clock.zone else None
        return DateValue(
            iso_minute(day, clock.hour, clock.minute, offset),
            "minute",
            relative,
            part,
        )
    return DateValue(value, granularity, relative, part)


#: "the year 2030", "the years 2027" (to 2030): the noun before a year it names.
_YEAR_NOUN = re.compile(r"^the\s+years?\s+(?=\d{4}$)")
#: A year cut to its last two digits after an apostrophe, closing the expression:
#: "march '25", "'89".
_SHORT_YEAR = re.compile(r"(?:^|(?<=\s))['’](\d\d)$")
#: How far ahead of the reference a two-digit year may lie and still be of its century.
_SHORT_YEAR_AHEAD = 10


def _full_year(short: int, ref: date | None) -> int:
    """ "'25" -> 2025, "'89" -> 1989: the century that puts the year no more than
    ``_SHORT_YEAR_AHEAD`` years after the reference (today when there is none)."""
    now = (ref or date.today()).year
    year = now // 100 * 100 + short
    return year - 100 if year > now + _SHORT_YEAR_AHEAD else year


def _read_core(low: str, ref: date | None, tense: str | None, day_first: bool) -> Reading | None:
    """The calendar part of an expression, without its clock time or part of day."""
    low = re.sub(r"\s*\(\s*|\s*\)\s*", " ", low).strip(" ,")
    for reader in (read_deictic, read_offset, read_named_relative, _read_boundary):
        found = reader(low, ref or date(2000, 1, 1), tense)
        if found is not None:
            return found
    for reader in (
        _read_month_of_named_year,
        _read_decade,
        _read_century,
        _read_quarter,
        _read_season,
        _read_holiday,
        _read_year_span,
        _read_day_range,
        _read_week_of_month,
        _read_weekday_of_month,
        _read_weekday_numeric,
        _read_bare_day,
    ):
        found = reader(low, ref, tense)
        if found is not None:
            return found
    return _read_calendar(low, ref, tense, day_first)


_MONTH_OF_NAMED_YEAR = re.compile(r"([a-z]+)\.?\s+(?:of\s+)?(last|this|next)\s+year")


def _read_month_of_named_year(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "March last year", "April of this year", "June next year": a month of a year
    named relative to publication."""
    match = _MONTH_OF_NAMED_YEAR.fullmatch(low)
    if not match or match[1] not in MONTHS:
        return None
    if ref is None:
        return "", "month", True
    year = ref.year + {"last": -1, "this": 0, "next": 1}[match[2]]
    return f"{year:04d}-{MONTHS[match[1]]:02d}", "month", True


_YEAR_RANGE = re.compile(r"(\d{4})\s?[-–]\s?(\d{4})")
_SPLIT_YEAR = re.compile(r"(?:(?:fiscal|fy)\s*(?:year\s+)?)?(\d{4})\s?[-–/]\s?(\d\d)")
_FISCAL_YEAR = re.compile(r"(?:fiscal(?:\s+year)?|fy)\s*'?(\d{4}|\d\d)")
#: A half of a year as results write it: "H1 2025", "H2'24", "1H25".
_HALF_YEAR = re.compile(r"(?:h[12]|[12]h)\s*'?(\d{4}|\d\d)")


def _read_year_span(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """A fiscal, academic or sports year: "2024-25" and "FY 2024-25" are the year they
    start in; "fiscal 2025", "FY25" the year they name; a half, "H1 2025", its year (as
    "the first half of 2025" is read)."""
    split = _SPLIT_YEAR.fullmatch(low)
    if split and int(split[2]) == (int(split[1]) + 1) % 100:
        return split[1], "year", False
    years = _YEAR_RANGE.fullmatch(low)
    if years and 0 < int(years[2]) - int(years[1]) <= 50:
        return years[1], "year", False  # "the 2019-2023 plan": a run of years, at its start
    fiscal = _FISCAL_YEAR.fullmatch(low) or _HALF_YEAR.fullmatch(low)
    if fiscal:
        year = fiscal[1] if len(fiscal[1]) == 4 else "20" + fiscal[1]
        return year, "year", False
    return None


_DAY_RANGE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(.+)")


def _read_day_range(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "22 to 25 May", "22-25 May 2026": a run of days in one month, read at its start."""
    match = _DAY_RANGE.fullmatch(low)
    if not match:
        return None
    return _read_calendar(f"{match[1]} {match[2]}", ref, tense, True)


_WEEK_OF_MONTH = re.compile(
    r"(?:the\s+)?(first|second|third|fourth|last|final)\s+week(end)?\s+of\s+([a-z]+)\.?"
    r"(?:,?\s+(\d{4}))?"
)


def _read_week_of_month(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the third week of January", "the last week of October 2026": the ISO week that
    holds the month's third (or last) Thursday, as ISO 8601 counts a year's weeks (a
    week belongs to the month that has four of its days); "the first weekend of August"
    the week of the month's first Saturday."""
    match = _WEEK_OF_MONTH.fullmatch(low)
    if not match or match[3] not in MONTHS:
        return None
    month = MONTHS[match[3]]
    if match[4]:
        year = int(match[4])
    elif ref is None:
        return None, "week", True
    else:
        placed = _place_yearless(month, None, None, ref, tense)[0]
        year = int(placed[:4]) if placed else ref.year
    rank = -1 if match[1] in ("last", "final") else ORDINAL_QUARTER[match[1]]
    day = nth_weekday(year, month, 5 if match[2] else 3, rank)
    return iso_week(day), "week", not match[4]


#: "the last Saturday of May", "the third Thursday in November 2025", "the first Monday
#: of next month" ("of each month" is a rule, no day: NOT_A_DATE drops it).
_WEEKDAY_OF_MONTH = re.compile(
    r"(?:the\s+)?(first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\s+([a-z]+)"
    r"\s+(?:of|in)\s+(?:(this|last|next|the)\s+month|([a-z]+)\.?(?:,?\s+(\d{4}))?)"
)
_ORDINAL_RANK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _read_weekday_of_month(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the last Saturday of May", "the 2nd Sunday in June 2025", "the first Monday of next
    month": that weekday of the month. A month without its year takes the year that puts
    the month nearest the reference, as a month alone does; "of the month", like "the 14th
    of the month", the month before, of or after publication the tense puts it nearest."""
    match = _WEEKDAY_OF_MONTH.fullmatch(low)
    if not match or match[2] not in WEEKDAYS or (match[4] and match[4] not in MONTHS):
        return None
    ordinal = match[1]
    rank = -1 if ordinal in ("last", "final") else _ORDINAL_RANK.get(ordinal) or int(ordinal[0])
    weekday = WEEKDAYS[match[2]]
    if match[5]:
        day = nth_weekday(int(match[5]), MONTHS[match[4]], weekday, rank)
        return (iso_day(day), "day", False) if day else None
    if ref is None:
        return None, "day", True
    if match[3] in ("this", "last", "next"):
        shift = {"last": -1, "this": 0, "next": 1}[match[3]]
        day = nth_weekday(*add_months(ref.year, ref.month, shift), weekday, rank)
    elif match[3] == "the":
        months = [add_months(ref.year, ref.month, shift) for shift in (-1, 0, 1)]
        days = [d for y, m in months if (d := nth_weekday(y, m, weekday, rank))]
        day = nearest(days, ref, tense) if days else None
    else:
        placed = _place_yearless(MONTHS[match[4]], None, None, ref, tense)[0]
        day = nth_weekday(int(placed[:4]), MONTHS[match[4]], weekday, rank)
    return (iso_day(day), "day", True) if day else None


BARE_DAY = re.compile(r"the\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)")
#: "the 3rd of this month", "the 28th of last month".
_DAY_OF_NAMED_MONTH = re.compile(BARE_DAY.pattern + r"\s+of\s+(this|last|next|the)\s+month")


def _read_bare_day(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the 14th": a day of the publication month, or of the month before or after when
    the tense puts it there ("raided on the 24th" in an article of the 20th is last
    month's); "the 3rd of last month" names its month."""
    match = BARE_DAY.fullmatch(low) or _DAY_OF_NAMED_MONTH.fullmatch(low)
    if not match:
        return None
    if ref is None:
        return None, "day", True
    named = match.groups()[1:]
    if named and named[0] != "the":
        year, month = add_months(ref.year, ref.month, {"last": -1, "this": 0, "next": 1}[named[0]])
        if int(match[1]) > monthrange(year, month)[1]:
            return None
        return iso_day(date(year, month, int(match[1]))), "day", True
    candidates = []
    for shift in (-1, 0, 1):
        year, month = add_months(ref.year, ref.month, shift)
        if int(match[1]) <= monthrange(year, month)[1]:
            candidates.append(date(year, month, int(match[1])))
    return iso_day(nearest(candidates, ref, tense)), "day", True


_WEEKDAY_NUMERIC = re.compile(r"([a-z]+)\.?,?\s+(\d{1,2})/(\d{1,2})")


def _read_weekday_numeric(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "Sat 23/01", "Sun 1/2": a fixture list's day and month without a year, in
    whichever order the weekday confirms in the year nearest the reference."""
    match = _WEEKDAY_NUMERIC.fullmatch(low)
    if not match or ref is None or match[1][:3] not in _WEEKDAY_PREFIXES:
        return None
    weekday = _WEEKDAY_PREFIXES[match[1][:3]]
    a, b = int(match[2]), int(match[3])
    for month, day in ((b, a), (a, b)):  # day first, the usual order of such lists
        if not 1 <= month <= 12:
            continue
        found = _place_yearless(month, day, weekday, ref, tense)
        if found[0] is not None and date.fromisoformat(found[0]).weekday() == weekday:
            return found
    return None


_WEEKDAY_PREFIXES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _read_iso(match: re.Match[str]) -> Reading | None:
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    if match[4] is None:
        return iso_day(day), "day", False
    offset = (match[6] or "").strip().upper()
    offset = "+00:00" if offset == "Z" else offset
    offset = offset if re.fullmatch(r"[+-]\d{2}:\d{2}", offset) else ""
    return iso_minute(day, int(match[4]), int(match[5]), offset), "minute", False


def _read_boundary(low: str, ref: date, tense: str | None) -> Reading | None:
    """ "the end of the year", "year end", "earlier this month", "late 2017", "mid-2016"."""
    end_form = re.fullmatch(r"(?:the\s+)?(year|month|week|quarter)[- ]end", low)
    if end_form:
        low = "this " + end_form[1]
    within = re.fullmatch(r"(?:earlier|later|early|late) in the (day|week|month|year)", low)
    if within and within[1] == "day":
        return iso_day(ref), "day", True  # "earlier in the day": the day of the report
    same_time = re.fullmatch(r"this time (last|next) year", low)
    if same_time:  # "this time last year": the same month a year away
        year = ref.year + (-1 if same_time[1] == "last" else 1)
        return iso_month(year, ref.month), "month", True
    if within:
        return read_named_relative(f"this {within[1]}", ref, tense)
    bounded = BOUNDARY.sub("", low)
    if bounded != low:
        bounded = re.sub(r"^the (year|month|week|decade|quarter)$", r"this \1", bounded)
    stripped = MODIFIER.sub("", bounded).strip()
    if stripped == low or not stripped:
        return read_named_relative(low, ref, tense) if end_form else None
    reading = _read_core(stripped, ref, tense, False)
    if reading and reading[0] and reading[1] == "month" and _MONTH_END.match(low):
        # "by the end of June", "at the end of the month": the month's last day
        year, month = map(int, reading[0].split("-"))
        return iso_day(date(year, month, monthrange(year, month)[1])), "day", reading[2]
    return reading


#: "the end of" a month (not "the end of the first week of" one).
_MONTH_END = re.compile(r"(?:the\s+)?(?:very\s+)?end\s+of\s+")


def _read_decade(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the 1990s", "the '90s", "the nineties", "the early 2000s"."""
    low = re.sub(r"^(?:the\s+)?(?:early|mid|late|mid-)?\s*-?\s*", "", low)
    full = re.fullmatch(r"(\d{3}0)'?s", low)
    if full:
        return full[1][:3], "decade", False
    short = re.fullmatch(r"'(\d0)'?s|(\d0)'s", low)
    if short or low in DECADE_WORDS:
        tens = int((short[1] or short[2])[0]) if short else DECADE_WORDS[low]
        if ref is None:
            return None, "decade", True
        century = ref.year // 100 * 100
        year = century + tens * 10
        if year > ref.year:
            year -= 100
        return f"{year // 10}", "decade", True
    return None


#: Centuries by their ordinal word, as writers spell them ("the twentieth century").
_CENTURY_WORDS = {
    word: n
    for n, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty-first", "twenty-second",
        ),
        start=1,
    )
}  # fmt: skip
_CENTURY = re.compile(
    r"(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-)|mid-)?(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+(?:[\s-][a-z]+)?))"
    r"\s+century"
)
_NAMED_CENTURY = re.compile(r"(this|last|next)\s+century")


def _read_century(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the twentieth century", "the 19th century", "the early 21st century": ISO 8601's
    reduced precision, the first two digits of its years, as a decade keeps three (the
    twentieth century is "19", the 1900s); "last century" counts from publication."""
    named = _NAMED_CENTURY.fullmatch(low)
    if named:
        if ref is None:
            return None, "century", True
        step = {"last": -1, "this": 0, "next": 1}[named[1]]
        return f"{ref.year // 100 + step:02d}", "century", True
    match = _CENTURY.fullmatch(low)
    if not match:
        return None
    n = int(match[1]) if match[1] else _CENTURY_WORDS.get(re.sub(r"\s", "-", match[2] or ""))
    if not n or n > 22:
        return None
    return f"{n - 1:02d}", "century", False


_QUARTER_ENDING = {"march": 1, "june": 2, "september": 3, "december": 4}
#: A calendar quarter as analysts write it: "4Q26", "Q1'25", "3Q 2025" (a fiscal one,
#: "Q3 FY26", is left to its year: which months it holds depends on the company).
_SHORT_QUARTER = re.compile(r"(?:q([1-4])|([1-4])q)(?:\s*['’]|\s+(?=\d{4}$)|)(\d{4}|\d\d)")


def _read_quarter(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "the third quarter of 2016", "Q3 2017", "the first quarter", "the last quarter of
    last year", "the December quarter" (Australian usage: the quarter ending then), and
    the adjective "third-quarter" ("third-quarter profit")."""
    short = _SHORT_QUARTER.fullmatch(low)
    if short:
        quarter, year = short[1] or short[2], short[3]
        return f"{year if len(year) == 4 else '20' + year}-Q{quarter}", "quarter", False
    match = re.fullmatch(
        r"(?:the\s+)?(?:(first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
        r"quarter|(q[1-4])|(?:(?:january|april|july|october)[-–])?"
        r"(march|june|september|december)\s+quarter)"
        r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(\d{4}|last year|this year|next year))?",
        low,
    )
    if not match:
        return None
    if match[1] == "last" and not match[4] and ref is not None and tense != FUTURE:
        # "sales rose in the last quarter": the quarter before this one, as "last quarter"
        year, month = add_months(ref.year, ref.month, -3)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}", "quarter", True
    if match[3]:
        quarter = _QUARTER_ENDING[match[3]]
    else:
        quarter = 4 if match[1] == "last" else ORDINAL_QUARTER[match[1] or match[2]]
    year = match[4]
    if year and year[0].isdigit():
        return f"{year}-Q{quarter}", "quarter", False
    if ref is None:
        return None, "quarter", True
    if year:
        shift = {"last year": -1, "this year": 0, "next year": 1}[year]
        return f"{ref.year + shift}-Q{quarter}", "quarter", True
    candidates = [date(ref.year + k, 3 * quarter - 2, 1) for k in (-1, 0, 1)]
    ref_quarter_start = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    chosen = nearest(candidates, ref_quarter_start, tense)
    return f"{chosen.year}-Q{quarter}", "quarter", True


def _read_season(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "summer 2016", "the spring of 2017"; "the autumn" in a clause that looks ahead or
    back is the coming or the last one ("will be published in the autumn")."""
    match = re.fullmatch(r"(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})", low)
    if match:
        return match[2], "year", False
    bare = re.fullmatch(r"the\s+(spring|summer|autumn|winter)", low)
    if bare and ref is not None and tense in (PAST, FUTURE):
        return _nearest_season(SEASONS[bare[1]], ref, tense), "year", True
    return None


def _nearest_season(first_month: int, ref: date, tense: str) -> str:
    """The year of the season opening in ``first_month`` that a clause looking ahead (the
    one under way or the coming one) or back (the one under way or the last) names: "the
    autumn" at the end of September is this autumn either way."""
    if first_month == 12:  # a winter runs into the next year and takes its December's
        if ref.month in (1, 2, 12):
            return f"{ref.year - 1 if ref.month < 12 else ref.year:04d}"  # under way
        return f"{ref.year if tense == FUTURE else ref.year - 1:04d}"
    started, ended = ref.month >= first_month, ref.month > first_month + 2
    if tense == FUTURE:
        return f"{ref.year + 1 if ended else ref.year:04d}"
    return f"{ref.year if started else ref.year - 1:04d}"


def _read_holiday(low: str, ref: date | None, tense: str | None) -> Reading | None:
    """ "Christmas", "Good Friday 2016", "New Year's Eve": the day in the nearest year;
    "last Christmas" the one before, "next Easter" the one to come, "this Christmas" the
    one of this year."""
    match = re.fullmatch(r"(?:(last|next|this)\s+)?(.+?)(?:,?\s+(\d{4}))?", low)
    if not match or match[2] not in holiday_rules() or (match[1] and match[3]):
        return None
    if match[3]:
        return iso_day(holiday_date(match[2], int(match[3]))), "day", False
    if ref is None:
        return None, "day", True
    days = [d for k in (-1, 0, 1) if (d := holiday_date(match[2], ref.year + k))]
    if match[1] == "last" and any(d < ref for d in days):
        return iso_day(max(d for d in days if d < ref)), "day", True
    if match[1] == "next" and any(d > ref for d in days):
        return iso_day(min(d for d in days if d > ref)), "day", True
    if match[1] == "this" and any(d.year == ref.year for d in days):
        return iso_day(next(d for d in days if d.year == ref.year)), "day", True
    return iso_day(nearest(days, ref, tense)), "day", True


_CAL_WORD = re.compile(r"[a-z]+")


def _read_calendar(
    low: str, ref: date | None, tense: str | None, day_first: bool
) -> Reading | None:
    """Absolute and yearless calendar dates, read by dateutil."""
    weekday = None
    for word in _CAL_WORD.findall(low):
        if word in WEEKDAYS:
            weekday = WEEKDAYS[word]
        elif word not in MONTHS and word not in ("of", "the", "st", "nd", "rd", "th", "and"):
            return None
    core = re.sub(r"\b(" + "|".join(WEEKDAYS) + r")\b\.?,?", " ", low)
    core = re.sub(r"\b(of|the)\b", " ", core)
    core = re.sub(r"\b([a-z]{3,4})\.", r"\1", core)  # "oct." -> "oct"
    core = re.sub(r"\s+", " ", core).strip(" ,.")
    if not core:
        return None
    has_month_name = any(word in MONTHS for word in _CAL_WORD.findall(core))
    if has_month_name:  # a range of days in one month reads as its first day: "Oct 20-22"
        core = re.sub(
            r"\b(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b", r"\1", core
        )
    numeric = re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", core)
    if not has_month_name and not numeric and not re.fullmatch(r"\d{4}", core):
        return None
    if re.fullmatch(r"\d{4}", core) and not 1000 <= int(core) <= 2199:
        return None
    if numeric and re.match(r"\d{4}\D", core):
        day_first = False  # a year first is always followed by month, then day: "2026/03/02"
    elif numeric and "." in core:
        day_first = True  # "11.03.2026": dotted dates put the day first wherever they are written
    fields = _dateutil_fields(core, day_first)
    if fields is None:
        return None
    year, month, day = fields
    if month is None:
        return (f"{year:04d}", "year", False) if year is not None else None
    if year is not None:
        if day is None:
            return iso_month(year, month), "month", False
        return iso_day(date(year, month, day)), "day", False
    if ref is None:
        return None, "day" if day else "month", True
    return _place_yearless(month, day, weekday, ref, tense)


@lru_cache(maxsize=4096)
def _dateutil_fields(
    core: str, day_first: bool
) -> tuple[int | None, int | None, int | None] | None:
    """Which of year, month, day the text gives: parse twice with different defaults."""
    readings = []
    for default in (datetime(2000, 1, 1), datetime(2004, 2, 2)):
        try:
            readings.append(dateutil_parser.parse(core, default=default, dayfirst=day_first))
        except (ValueError, OverflowError):
            return None
    first, second = readings
    year = first.year if first.year == second.year else None
    month = first.month if first.month == second.month else None
    day = first.day if first.day == second.day else None
    if month is None and day is not None:
        return None  # "16" alone is not a date
    return year, month, day


def _place_yearless(month: int, day: int | None, weekday: int | None, ref: date, tense) -> Reading:
    """A month (and day) without a year: the year nearest the reference, or the one
    where the printed weekday falls on that day ("Wednesday (2 March)")."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None, "day", True
    if day is not None and weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        candidates = matching or candidates
    if day is None:
        month_start = date(ref.year, ref.month, 1)
        chosen = nearest(candidates, month_start, tense)
        return iso_month(chosen.year, month), "month", True
    return iso_day(nearest(candidates, ref, tense)), "day", True


_NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)[/.]([0-3]?\d)[/.](?:\d{4}|\d{2})(?![\d/])")


def numeric_date_order(text: str) -> bool | None:
    """Whether the article's numeric dates put the day first: True when one of them can
    only be read that way ("14/04/2026") and none only the other way ("04/14/2026"),
    False for the reverse, None when none of them tells."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match[1]), int(match[2])
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return None if day_first == month_first else day_first
