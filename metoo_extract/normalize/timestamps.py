"""Header timestamps ("Oct 16, 2017, 05:31 PM IST", "2017-10-16T17:31Z") to dates and datetimes."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from typing import NamedTuple

from metoo_extract.normalize.zones import long_zone_names, parse_zone

__all__ = ["MONTHS", "Stamp", "nearest_year", "parse_stamp", "resolve_stamp"]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_RE = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY_RE = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?"
)
_ORD = r"(?:st|nd|rd|th)?"

_WEEKDAY = re.compile(rf"^\s*(?:on\s+)?{_WEEKDAY_RE}\s*,?\s*", re.IGNORECASE)
# "October 16, 2017", "Oct. 16 2017", "Oct 16"
_MDY = re.compile(rf"^({MONTH_RE})\s*(\d{{1,2}}){_ORD}\b(?:\s*,?\s*(\d{{4}})\b)?", re.IGNORECASE)
# "16 October 2017", "16th Oct, 2017", "16 of October", "06-Mar-2026"
_DMY = re.compile(
    rf"^(\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?|-)({MONTH_RE})(?:(?:\s*,?\s*|-)(\d{{4}})\b)?",
    re.IGNORECASE,
)
# "2017-10-16", "2017/10/16", "2017.10.16"
_YMD = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b")
# "16/10/2017", "10/16/2017", "16.10.2017": read only when the order is unambiguous
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b")
# "03.12.26": a dotted date with a two-digit year, day first (Israeli and German sites)
_DOTTED_SHORT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
# "06/18/26": a slashed date with a two-digit year, read like "06/18/2026"
_SLASHED_SHORT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
# "05:31 PM", "17:31", "17.31", "5 p.m.", "5:31:07pm"
_TIME = re.compile(
    r"^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*([ap]\.?\s?m\.?(?![a-z]))?",
    re.IGNORECASE,
)
# A word after a 24-hour time: "17.42 Uhr", "14:30 hrs", "17h" ("h" only glued)
_CLOCK_WORD = re.compile(r"(?:\s*(?:Uhr|hrs\.?|hours)|h)(?![\w])")
_ZONE = re.compile(
    r"^\(?((?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|[+-]\d{2}:?\d{2}|Z|"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in long_zone_names())
    + r"|[A-Z]{2,5})\)?(?![\w])"
)
# Between a date and a time: ", " "at" " | " " - " " / " " · " "T"; "6:05 pm on 14 March"
_JOIN = re.compile(r"^\s*(?:[,|/·•\-–—]\s*)*(?:(?:at|on)\s+)?", re.IGNORECASE)
_TAIL = re.compile(r"^[\s.,;)\]|]*$")
#: A print page after the date: "Mon, Nov 09, 2026 page3", "12 March 2026, p. A4".
_PAGE = re.compile(r"^\s*,?\s*(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}\b", re.IGNORECASE)
#: A place named after a clock time for its zone: "7:42 pm (Paris)", "10am Kyiv time".
_PLACE_TIME = re.compile(r"\s*(?:\(\s*)?[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}(?:\s+time)?\)?")


class Stamp(NamedTuple):
    """A timestamp as printed: the year may be missing, the time and zone optional."""

    year: int | None
    month: int
    day: int
    clock: time | None = None
    zone: str | None = None


def _match_date(
    s: str, day_first: bool | None = None
) -> tuple[tuple[int | None, int, int], int] | None:
    """Match a date at the start of ``s``: ((year, month, day), end) or None."""
    if m := _YMD.match(s):
        return (int(m[1]), int(m[3]), int(m[4])), m.end()
    if m := _MDY.match(s):
        return (int(m[3]) if m[3] else None, MONTHS[m[1].rstrip(".").lower()], int(m[2])), m.end()
    if m := _DMY.match(s):
        return (int(m[3]) if m[3] else None, MONTHS[m[2].rstrip(".").lower()], int(m[1])), m.end()
    if m := _NUMERIC.match(s):
        if m[2] == "." and int(m[3]) <= 12:  # "16.10.2017": European dotted dates: day first
            return (int(m[4]), int(m[3]), int(m[1])), m.end()
        return _either_order(int(m[1]), int(m[3]), int(m[4]), m.end(), day_first)
    if m := _DOTTED_SHORT.match(s):
        return (2000 + int(m[3]), int(m[2]), int(m[1])), m.end()
    if m := _SLASHED_SHORT.match(s):
        return _either_order(int(m[1]), int(m[2]), 2000 + int(m[3]), m.end(), day_first)
    return None


def _either_order(
    a: int, b: int, year: int, end: int, day_first: bool | None
) -> tuple[tuple[int | None, int, int], int] | None:
    """A numeric date "a/b/year" read day first or month first, where the numbers tell."""
    if a > 12 >= b:
        return (year, b, a), end
    if b > 12 >= a:
        return (year, a, b), end
    if day_first is not None:  # "03/12/2026" in copy known to write the day first, or not
        return ((year, b, a) if day_first else (year, a, b)), end
    return None  # "10/11/2017": month or day first cannot be told


def _match_time(s: str) -> tuple[time, str | None, int] | None:
    """Match a clock time with an optional zone at the start of ``s``."""
    m = _TIME.match(s)
    if m is None or not (m[2] or m[4]):
        return None
    hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if m[4]:
        if not 1 <= hour <= 12:
            return None
        pm = m[4].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    end = m.end()
    if not m[4] and (word := _CLOCK_WORD.match(s, end)):
        end = word.end()  # "17.42 Uhr", "0930 hrs"
    zone = None
    rest = s[end:]
    stripped = rest.lstrip()
    if (z := _ZONE.match(stripped)) and parse_zone(z[1]) is not None:
        zone = z[1]
        end += len(rest) - len(stripped) + z.end()
    return time(hour, minute, second), zone, end


#: A year glued to the clock time after it, as copied from some news sites' pages:
#: "March 3, 20266:14 AM GMT" is 2026, 6:14 AM.
_GLUED_YEAR_CLOCK = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d(?!\d))")


def parse_stamp(value: str, day_first: bool | None = None) -> Stamp | None:
    """Read a string that is wholly a date, optionally with weekday, time and zone.

    Args:
        value: e.g. "Tuesday, September 22, 2015", "Oct 16, 2017, 05:31 PM IST",
            "5:31 PM ET, Mon October 16, 2017", "2017-10-16T17:31:00+05:30".
        day_first: read "03/12/2026", which could be either, as 3 December (True) or
            March 12 (False); None refuses to guess.

    Returns:
        The parts as printed, or None when ``value`` holds anything but a timestamp.
    """
    s = _GLUED_YEAR_CLOCK.sub(r"\1 \2", value.strip())
    if not s or len(s) > 80:
        return None
    iso = _iso(s)
    if iso is not None:
        return iso
    clock: tuple[time, str | None, int] | None = None
    s = _WEEKDAY.sub("", s, count=1)
    found = _match_date(s, day_first)
    if found is None:  # time first: "5:31 PM ET, Mon October 16, 2017"
        clock = _match_time(s)
        if clock is None:
            return None
        s = _JOIN.sub("", s[clock[2] :], count=1)
        s = _WEEKDAY.sub("", s, count=1)
        found = _match_date(s, day_first)
        if found is None:
            return None
        s = s[found[1] :]
    else:
        s = s[found[1] :]
        rest = _JOIN.sub("", s, count=1)
        rest = _WEEKDAY.sub("", rest, count=1) if rest != s else rest
        if (t := _match_time(rest)) is not None:
            clock, s = t, rest[t[2] :]
    if clock is not None and clock[1] is None and (place := _PLACE_TIME.match(s)):
        s = s[place.end() :]  # "7:42 pm (Paris)": the place's own time, as the locale reads
    if page := _PAGE.match(s):
        s = s[page.end() :]
    if not _TAIL.match(s):
        return None
    (year, month, day), _ = found
    if not _valid(year, month, day):
        return None
    return Stamp(year, month, day, clock[0] if clock else None, clock[1] if clock else None)


def _iso(s: str) -> Stamp | None:
    """Read an ISO 8601 date or datetime ("2017-10-16T17:31:00+05:30", "...Z")."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)", s):
        return None
    try:
        parsed = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if len(s) == 10:
        return Stamp(parsed.year, parsed.month, parsed.day)
    zone = None
    if parsed.tzinfo is not None:
        offset = parsed.utcoffset()
        assert offset is not None
        total = int(offset.total_seconds()) // 60
        sign = "-" if total < 0 else "+"
        zone = f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    clock = parsed.time().replace(tzinfo=None, microsecond=0)
    return Stamp(parsed.year, parsed.month, parsed.day, clock, zone)


def _valid(year: int | None, month: int, day: int) -> bool:
    """True when the day exists (in a leap year when the year is unknown)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return year is None or 1800 <= year <= 2200


def nearest_year(month: int, day: int, hint: date) -> date | None:
    """The date with this month and day nearest to ``hint`` (a year before, of or after it)."""
    candidates = []
    for year in (hint.year - 1, hint.year, hint.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - hint), default=None)


def resolve_stamp(stamp: Stamp, hint: date | None = None) -> date | datetime | None:
    """Turn a stamp into a date (no time printed) or datetime (aware when a zone is printed).

    Args:
        stamp: from ``parse_stamp``.
        hint: a known publication date that supplies a missing year (the nearest one).

    Returns:
        The date or datetime, or None when no year is printed and no hint is given.
    """
    if stamp.year is not None:
        day: date | None = date(stamp.year, stamp.month, stamp.day)
    elif hint is not None:
        day = nearest_year(stamp.month, stamp.day, hint)
    else:
        day = None
    if day is None:
        return None
    if stamp.clock is None:
        return day
    tz: timezone | None = parse_zone(stamp.zone, day) if stamp.zone else None
    return datetime.combine(day, stamp.clock, tzinfo=tz)
