"""Clock times and time-zone abbreviations: "05:31 PM IST" -> (17, 31, "+05:30")."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .zones import long_zone_names, parse_zone, zone_table


class ClockTime(NamedTuple):
    """A time of day as printed, with the zone abbreviation printed after it (or None)."""

    hour: int
    minute: int
    zone: str | None
    start: int
    end: int


def zone_offsets() -> dict:
    """The known zone abbreviations (``data/timezones.tsv``, shared with the layout)."""
    return zone_table()


def zone_offset(abbreviation: str, day: date | None = None) -> str | None:
    """The UTC offset of a zone on a day as "+05:30": "IST", "UTC+5:30", "GMT-4", "ET".

    Zones printed without standard/daylight ("ET") take the offset in force on ``day``.
    Unknown abbreviations give None.
    """
    zone = parse_zone(abbreviation, day)
    if zone is None:
        return None
    offset = zone.utcoffset(None)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_ZONE = (
    r"(?:(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in long_zone_names())
    + r"|[A-Z]{1,5})"
)
_CLOCK_RE = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::\d{2})?(?![.:]?\d)"
    r"(?:\s*(?P<meridiem>[aApP]\.?\s?[mM]\.?))?"
    r"(?:\s*\(?(?P<zone>" + _ZONE + r")\)?(?![A-Za-z]))?"
)
_WIRE_CLOCK_RE = re.compile(
    r"(?<![\d:.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?P<zone>GMT|UTC)\b"
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
            known = re.sub(r"\s+", " ", zone.upper()) in zone_offsets()
            if not known and not zone.upper().startswith(("UTC", "GMT")):
                zone, end = None, match.start("zone")
        return ClockTime(hour, minute, zone, match.start(), end)
    wire = _WIRE_CLOCK_RE.search(text)
    if wire:  # "0340 GMT": the wire services' four-digit clock, never without its zone
        hour, minute = int(wire["hour"]), int(wire["minute"])
        return ClockTime(hour, minute, wire["zone"], wire.start(), wire.end())
    named = _NAMED_RE.search(text)
    if named:
        hour = 0 if named["word"].lower() == "midnight" else 12
        zone = named["zone"] if named["zone"] and zone_offset(named["zone"]) else None
        return ClockTime(hour, 0, zone, named.start(), named.end() if zone else named.end("word"))
    return None
