"""Clock times and time-zone abbreviations: "05:31 PM IST" -> (17, 31, "+05:30")."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ClockTime(NamedTuple):
    """A time of day as printed, with the zone abbreviation printed after it (or None)."""

    hour: int
    minute: int
    zone: str | None
    start: int
    end: int


@cache
def zone_offsets() -> dict[str, str]:
    """Abbreviation -> UTC offset ("IST" -> "+05:30") or IANA zone ("ET" -> "America/New_York"),
    read from ``data/timezones.tsv``."""
    table: dict[str, str] = {}
    text = resources.files("metoo_extract.data").joinpath("timezones.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            abbreviation, offset, _name = line.split("\t", 2)
            table[abbreviation] = offset
    return table


def zone_offset(abbreviation: str, day: date | None = None) -> str | None:
    """The UTC offset of a zone on a day: "IST" -> "+05:30", "UTC+5:30", "GMT-4".

    Zones printed without standard/daylight ("ET") take the offset in force on ``day``
    (None without a day). Unknown abbreviations give None.
    """
    token = abbreviation.strip().strip("()").upper()
    explicit = re.fullmatch(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", token)
    if explicit:
        sign, hours, minutes = explicit.groups()
        return f"{sign}{int(hours):02d}:{minutes or '00'}"
    entry = zone_offsets().get(token)
    if entry is None or re.fullmatch(r"[+-]\d\d:\d\d", entry):
        return entry
    if day is None:
        return None
    try:
        offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(entry)).utcoffset()
    except ZoneInfoNotFoundError:
        return None
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_ZONE = r"(?:(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,5})"
_CLOCK_RE = re.compile(
    r"(?<![\d:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::\d{2})?"
    r"(?:\s*(?P<meridiem>[aApP]\.?\s?[mM]\.?))?"
    r"(?:\s*\(?(?P<zone>" + _ZONE + r")\)?(?![A-Za-z]))?"
)
_NAMED_RE = re.compile(
    r"\b(?P<word>(?i:noon|midday|midnight))\b(?:\s+\(?(?P<zone>" + _ZONE + r")\)?)?"
)


def find_clock(text: str) -> ClockTime | None:
    """Find the first clock time in ``text``: "05:31 PM IST", "3 p.m.", "14:00 GMT", "noon".

    A bare number is not a time: it needs minutes ("14:00") or a meridiem ("3pm").

    Returns:
        The time with the known zone abbreviation printed after it (or None), or None.
    """
    for match in _CLOCK_RE.finditer(text):
        hour = int(match["hour"])
        minute = int(match["minute"] or 0)
        meridiem = (match["meridiem"] or "").lower().replace(".", "").replace(" ", "")
        if not match["minute"] and not meridiem:
            continue
        if meridiem and not 1 <= hour <= 12:
            continue
        if hour > 23 or minute > 59:
            continue
        if meridiem == "pm" and hour != 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        zone, end = None, match.end()
        if match["zone"]:
            zone = match["zone"].strip("()")
            if zone.upper() not in zone_offsets() and not zone.upper().startswith(("UTC", "GMT")):
                zone, end = None, match.start("zone")
        return ClockTime(hour, minute, zone, match.start(), end)
    named = _NAMED_RE.search(text)
    if named:
        hour = 0 if named["word"].lower() == "midnight" else 12
        zone = named["zone"] if named["zone"] and zone_offset(named["zone"]) else None
        return ClockTime(hour, 0, zone, named.start(), named.end() if zone else named.end("word"))
    return None
