"""Clock times and time-zone abbreviations: "05:31 PM IST" -> (17, 31, "+05:30")."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple


class ClockTime(NamedTuple):
    """A time of day as printed, with its UTC offset ("+05:30") when a zone is named."""

    hour: int
    minute: int
    offset: str | None
    start: int
    end: int


@cache
def zone_offsets() -> dict[str, str]:
    """Abbreviation -> UTC offset ("IST" -> "+05:30"), read from ``data/timezones.tsv``."""
    table: dict[str, str] = {}
    text = resources.files("metoo_extract.data").joinpath("timezones.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            abbreviation, offset, _name = line.split("\t", 2)
            table[abbreviation] = offset
    return table


def zone_offset(abbreviation: str) -> str | None:
    """The UTC offset of a zone abbreviation or of "UTC+5:30"/"GMT-4" forms, else None."""
    token = abbreviation.strip().strip("()").upper()
    explicit = re.fullmatch(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", token)
    if explicit:
        sign, hours, minutes = explicit.groups()
        return f"{sign}{int(hours):02d}:{minutes or '00'}"
    return zone_offsets().get(token)


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
        The time with its zone offset (None when no known zone follows), or None.
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
        offset, end = None, match.end()
        if match["zone"]:
            offset = zone_offset(match["zone"])
            if offset is None:
                end = match.start("zone")
        return ClockTime(hour, minute, offset, match.start(), end)
    named = _NAMED_RE.search(text)
    if named:
        hour = 0 if named["word"].lower() == "midnight" else 12
        zone = text[named.start("zone") : named.end("zone")] if named["zone"] else ""
        offset = zone_offset(zone) if zone else None
        end = named.end() if offset else named.end("word")
        return ClockTime(hour, 0, offset, named.start(), end)
    return None
