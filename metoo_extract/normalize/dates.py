"""Normalise one date expression to an ISO 8601 value, resolving relative ones.

Pure functions, no spaCy: the caller passes the expression text, the reference date
(the article's publication date) and the tense of the governing verb.

Values follow ISO 8601 at the expression's own granularity: "2017-10-15" (day),
"2017-10" (month), "2017" (year), "2017-W41" (ISO week), "2017-Q3" (quarter),
"2017-10-16T17:31+05:30" (minute). Decades are written "1990s": ISO 8601's decade
notation ("199") reads as a typo to users, and "1990s" still starts with it.
Seasons ("last summer") resolve to their year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from .clock import find_clock, zone_offset
from .holidays import holiday_date, holiday_rules

PAST, PRESENT, FUTURE = "past", "present", "future"


class DateValue(NamedTuple):
    """The normalised reading of one date expression."""

    value: str | None
    granularity: str
    relative: bool
    part_of_day: str | None = None


# --- lexicons ---------------------------------------------------------------------------

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "wed": 2, "thur": 3, "thurs": 3})

_UNITS = {
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "decade": "decade",
}
_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {word: i for i, word in enumerate(_SMALL)}
NUMBER_WORDS.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "half a": 0.5})
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
PARTS_OF_DAY = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "overnight": "night",
    "lunchtime": "afternoon",
}
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2}
_ORDINAL_QUARTER.update({"3rd": 3, "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4})

NUMBER_PATTERN = (
    r"(?:\d+(?:\.\d+)?|a couple of|a couple|half a|a|an|"
    + "|".join(sorted((*_SMALL, *_TENS), key=len, reverse=True))
    + r")(?:[- ](?:"
    + "|".join(_SMALL[1:10])
    + r"))?"
)
UNIT_PATTERN = r"(?:day|week|fortnight|month|year|decade)s?"

# Expressions that name a span of time, an age or a recurrence, not a point in time.
_NOT_A_DATE = [
    re.compile(p)
    for p in (
        r"-old\b|\byears? old\b|\baged?\b",  # ages: "14-year-old"
        r"\b(every|each|per|daily|weekly|monthly|yearly|annual|annually)\b",
        r"^\d+-(day|week|month|year|decade)s?\b",  # "11-year lull", "two-day visit"
        r"^the (past|last|previous|next|coming|following|first|final) (\w+ )?(few )?"
        + UNIT_PATTERN
        + "$",
        r"^(past|last|previous|next|coming|following|first|final) (\S+ )?(few|\S+) "
        + UNIT_PATTERN
        + "$",
        r"^(the )?(next|following|previous|prior) (day|morning|night|evening)$",
        r"^(recent|past|coming|those|these|some|many|several|few|the) "
        r"(days|weeks|months|years|decades)$",
        r"^(the )?(same|that|this) (day|time|period)$",
        r"^(the )?(year|day|month|week|night) (before|after|earlier|later)$",
        r"^(the )?(future|past|present|time|period|era|age|season)$",
    )
]
_DURATION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|some|only|just|over|under|more than|"
    r"less than|fewer than|at least|up to|the|another|a further|an extra|for|within)\s+)*"
    r"(?:"
    + NUMBER_PATTERN
    + r"|several|few|many|a few)\s+(?:more\s+|working\s+|business\s+|full\s+)?"
    + UNIT_PATTERN
    + r"(?:\s+(?:and\s+)?(?:a\s+half|"
    + NUMBER_PATTERN
    + r"\s+"
    + UNIT_PATTERN
    + r"))?$"
)
_BARE_UNITS = re.compile(r"^(?:days|weeks|months|years|decades|centuries|hours|minutes)$")

_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|from|between|during|of|before|after|as of|around|"
    r"about|circa|c\.|as early as|as late as|no later than|through|throughout)\s+)+"
)
_BOUNDARY = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|"
    r"first half|second half|latter half|latter part|early part)\s+of\s+)"
)
_MODIFIER = re.compile(r"^(?:earlier|later|early|late|mid|mid-|the middle of)\s*-?\s*(?=\S)")


_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(.*))?")
_IN_OFFSET = re.compile(r"in\s+" + NUMBER_PATTERN + r"\s+" + UNIT_PATTERN)


def _number(word: str) -> float | None:
    word = word.strip().lower()
    try:
        return float(word)
    except ValueError:
        pass
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


# --- formatting -------------------------------------------------------------------------


def iso_day(day: date) -> str:
    """``date(2017, 10, 5)`` -> "2017-10-05"."""
    return day.isoformat()


def iso_week(day: date) -> str:
    """The ISO week holding ``day``: "2017-W41"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_month(year: int, month: int) -> str:
    """(2017, 10) -> "2017-10"."""
    return f"{year:04d}-{month:02d}"


def iso_minute(day: date, hour: int, minute: int, offset: str | None) -> str:
    """A day and clock time: "2017-10-16T17:31+05:30" (no offset when the zone is unknown)."""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset or ''}"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


# --- choosing among candidates by tense -------------------------------------------------


def nearest(candidates: list[date], reference: date, tense: str | None) -> date:
    """The candidate nearest ``reference``, biased by tense.

    In a past-tense sentence a later candidate counts three times as far (and an
    earlier one in a future-tense sentence), so "February 6" in an article of
    2015-05-07 is 2015-02-06 and "December 11" there is 2014-12-11 when past, 2015-12-11
    when future.
    """

    def cost(day: date) -> tuple[float, int]:
        gap = (day - reference).days
        weight = 1.0
        if (tense == PAST and gap > 0) or (tense == FUTURE and gap < 0):
            weight = 3.0
        return abs(gap) * weight, gap > 0  # ties go to the past

    return min(candidates, key=cost)


def resolve_weekday(weekday: int, reference: date, tense: str | None, shift: str = "") -> date:
    """The date of a weekday named without a date.

    Args:
        weekday: 0 = Monday.
        reference: the publication day.
        tense: PAST resolves on or before the reference (so "on Monday" in an article
            from Monday is that day); FUTURE and PRESENT (a scheduled event: "we go again
            on Saturday") on or after it; no tense, the nearest.
        shift: "last" (strictly before), "next" (strictly after) or "this" (same ISO week).
    """
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if shift == "last":
        return reference - timedelta(days=back or 7)
    if shift == "next":
        return reference + timedelta(days=forward or 7)
    if shift == "this":
        return reference + timedelta(days=weekday - reference.weekday())
    if tense == PAST:
        return reference - timedelta(days=back)
    if tense in (FUTURE, PRESENT):  # "We go again on Saturday": a scheduled event
        return reference + timedelta(days=forward)
    return (
        reference - timedelta(days=back) if back <= forward else reference + timedelta(days=forward)
    )


# --- the parts of an expression ---------------------------------------------------------


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    text = re.sub(r"'s?$", "", text)
    return text.strip(" ,;:-–—").strip()


def _part_of_day(low: str) -> tuple[str, str | None]:
    if re.search(r"\btonight\b", low):
        return re.sub(r"\btonight\b", "today", low), "night"
    if re.search(r"\blast night\b", low):
        return re.sub(r"\blast night\b", "yesterday", low), "night"
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
    if not low or _BARE_UNITS.match(low) or any(p.search(low) for p in _NOT_A_DATE):
        return None
    if _DURATION.match(low):
        return None
    iso = _ISO_RE.fullmatch(low)
    if iso:
        found = _read_iso(iso)
        return DateValue(*found) if found else None
    clock = find_clock(original)
    if clock is not None:
        low = (low[: clock.start] + " " + low[clock.end :]).strip()
        low = re.sub(r"\b(at|@)\s*(?=,|$)|\s+at\s*$", " ", low)
        low = re.sub(r"\s+", " ", low).strip(" ,-–/|")
    low, part = _part_of_day(low)
    if not _IN_OFFSET.fullmatch(low):
        low = _LEADING.sub("", low).strip()
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


_Read = tuple  # (value | None, granularity, relative)


def _read_core(low: str, ref: date | None, tense: str | None, day_first: bool) -> _Read | None:
    """The calendar part of an expression, without its clock time or part of day."""
    low = re.sub(r"\s*\(\s*|\s*\)\s*", " ", low).strip(" ,")
    for reader in (_read_deictic, _read_offset, _read_named_relative, _read_boundary):
        found = reader(low, ref or date(2000, 1, 1), tense)
        if found is not None:
            return found
    for reader in (_read_decade, _read_quarter, _read_season, _read_holiday):
        found = reader(low, ref, tense)
        if found is not None:
            return found
    return _read_calendar(low, ref, tense, day_first)


def _read_iso(match: re.Match[str]) -> _Read | None:
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


def _read_deictic(low: str, ref: date, tense: str | None) -> _Read | None:
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


def _read_offset(low: str, ref: date, tense: str | None) -> _Read | None:
    """ "two days ago", "Seventeen years ago", "in three weeks", "a week from now"."""
    match = re.fullmatch(
        r"(?:(?:about|around|nearly|almost|roughly|some|just|only|more than|over|less than)\s+)?"
        r"(?P<in>in\s+)?(?P<n>" + NUMBER_PATTERN + r")\s+(?P<unit>" + UNIT_PATTERN + r")"
        r"(?:\s+(?P<dir>ago|earlier|before|from now|hence|later|back))?",
        low,
    )
    if not match or (match["in"] is None) == (match["dir"] is None):
        return None
    if match["dir"] in ("earlier", "later", "before"):
        return None  # anaphoric: relative to a narrated event, not to the article date
    n = _number(match["n"])
    if n is None or n != int(n):
        return None
    n = int(n) * (-1 if match["dir"] in ("ago", "back") else 1)
    unit = match["unit"].rstrip("s")
    if unit == "day":
        return iso_day(ref + timedelta(days=n)), "day", True
    if unit in ("week", "fortnight"):
        return iso_week(ref + timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "week", True
    if unit == "month":
        return iso_month(*_add_months(ref.year, ref.month, n)), "month", True
    if unit == "year":
        return f"{ref.year + n:04d}", "year", True
    return f"{(ref.year + 10 * n) // 10 * 10}s", "decade", True


def _read_named_relative(low: str, ref: date, tense: str | None) -> _Read | None:
    """ "last week", "this year", "next month", "last Tuesday", "this weekend", "last summer"."""
    match = re.fullmatch(
        r"(?:(?P<shift>last|this|next|coming|past|previous|current|the coming|the|on|"
        r"this past|this coming)\s+)?(?P<what>[a-z]+)",
        low,
    )
    if not match:
        return None
    shift = {
        "past": "last",
        "previous": "last",
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
    if what == "month":
        return iso_month(*_add_months(ref.year, ref.month, step)), "month", True
    if what == "year":
        return f"{ref.year + step:04d}", "year", True
    if what == "decade":
        return f"{(ref.year // 10 + step) * 10}s", "decade", True
    if what == "quarter":
        year, month = _add_months(ref.year, ref.month, 3 * step)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}", "quarter", True
    if what in SEASONS:
        return _season_year(SEASONS[what], ref, step), "year", True
    if what in MONTHS and shift in ("last", "next"):
        month = MONTHS[what]
        year = ref.year
        if shift == "last" and month >= ref.month:
            year -= 1
        if shift == "next" and month <= ref.month:
            year += 1
        return iso_month(year, month), "month", True
    return None


def _weekend(ref: date, tense: str | None, shift: str) -> _Read:
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


def _season_year(first_month: int, ref: date, step: int) -> str:
    """The year of the named season: "last summer" in February 2023 is 2022."""
    ended = ref.month > first_month + 2 or (first_month == 12 and ref.month > 2 and ref.month < 12)
    year = ref.year
    if step < 0:
        year = ref.year if ended and first_month != 12 else ref.year - 1
    elif step > 0:
        year = ref.year + 1 if ref.month >= first_month else ref.year
    return f"{year:04d}"


def _read_boundary(low: str, ref: date, tense: str | None) -> _Read | None:
    """ "the end of the year", "year end", "earlier this month", "late 2017", "mid-2016"."""
    end_form = re.fullmatch(r"(?:the\s+)?(year|month|week|quarter)[- ]end", low)
    if end_form:
        low = "this " + end_form[1]
    within = re.fullmatch(r"(?:earlier|later|early|late) in the (week|month|year)", low)
    if within:
        return _read_named_relative(f"this {within[1]}", ref, tense)
    bounded = _BOUNDARY.sub("", low)
    if bounded != low:
        bounded = re.sub(r"^the (year|month|week|decade|quarter)$", r"this \1", bounded)
    stripped = _MODIFIER.sub("", bounded).strip()
    if stripped == low or not stripped:
        return _read_named_relative(low, ref, tense) if end_form else None
    return _read_core(stripped, ref, tense, False)


def _read_decade(low: str, ref: date | None, tense: str | None) -> _Read | None:
    """ "the 1990s", "the '90s", "the nineties", "the early 2000s"."""
    low = re.sub(r"^(?:the\s+)?(?:early|mid|late|mid-)?\s*-?\s*", "", low)
    full = re.fullmatch(r"(\d{3}0)'?s", low)
    if full:
        return f"{full[1]}s", "decade", False
    short = re.fullmatch(r"'(\d0)'?s|(\d0)'s", low)
    if short or low in DECADE_WORDS:
        tens = int((short[1] or short[2])[0]) if short else DECADE_WORDS[low]
        if ref is None:
            return None, "decade", True
        century = ref.year // 100 * 100
        year = century + tens * 10
        if year > ref.year:
            year -= 100
        return f"{year}s", "decade", True
    return None


def _read_quarter(low: str, ref: date | None, tense: str | None) -> _Read | None:
    """ "the third quarter of 2016", "Q3 2017", "the first quarter"."""
    match = re.fullmatch(
        r"(?:the\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|"
        r"(q[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(\d{4}))?",
        low,
    )
    if not match:
        return None
    quarter = _ORDINAL_QUARTER[match[1] or match[2]]
    if match[3]:
        return f"{match[3]}-Q{quarter}", "quarter", False
    if ref is None:
        return None, "quarter", True
    candidates = [date(ref.year + k, 3 * quarter - 2, 1) for k in (-1, 0, 1)]
    ref_quarter_start = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    chosen = nearest(candidates, ref_quarter_start, tense)
    return f"{chosen.year}-Q{quarter}", "quarter", True


def _read_season(low: str, ref: date | None, tense: str | None) -> _Read | None:
    """ "summer 2016", "the spring of 2017"."""
    match = re.fullmatch(r"(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})", low)
    if match:
        return match[2], "year", False
    return None


def _read_holiday(low: str, ref: date | None, tense: str | None) -> _Read | None:
    """ "Christmas", "Good Friday 2016", "New Year's Eve": the day in the nearest year."""
    match = re.fullmatch(r"(.+?)(?:,?\s+(\d{4}))?", low)
    if not match or match[1] not in holiday_rules():
        return None
    if match[2]:
        return iso_day(holiday_date(match[1], int(match[2]))), "day", False
    if ref is None:
        return None, "day", True
    candidates = [holiday_date(match[1], ref.year + k) for k in (-1, 0, 1)]
    return iso_day(nearest([c for c in candidates if c], ref, tense)), "day", True


_CAL_WORD = re.compile(r"[a-z]+")


def _read_calendar(low: str, ref: date | None, tense: str | None, day_first: bool) -> _Read | None:
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


def _place_yearless(month: int, day: int | None, weekday: int | None, ref: date, tense) -> _Read:
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
