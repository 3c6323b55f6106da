"""Time-zone abbreviations and numeric offsets, as printed in news pages, to fixed offsets."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache
from importlib import resources
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["ZoneEntry", "long_zone_names", "parse_zone", "zone_offset", "zone_table"]


class ZoneEntry(NamedTuple):
    """One row of ``data/timezones.tsv``."""

    offset: timezone | None  # the fixed offset, None for generic zones
    iana: str | None  # for generic zones (ET, PT): the IANA zone whose offset depends on the date
    name: str


_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2}))?$")
# "GMT+5:30", "UTC-04:00", "GMT+8", or a bare "+0530" / "-04:00".
_NUMERIC_ZONE = re.compile(
    r"^(?:(?:UTC|GMT)\s*)?([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE
)
# Standard time for a generic zone when the date is unknown (northern-hemisphere winter).
_STANDARD_DAY = date(2001, 1, 15)


def _fixed(sign: str, hours: str, minutes: str | None) -> timezone | None:
    """Build a fixed offset, or None when it is outside UTC-14:00..UTC+14:00."""
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14) or int(minutes or 0) >= 60:
        return None
    return timezone(-delta if sign in "-−" else delta)


@cache
def zone_table() -> dict[str, ZoneEntry]:
    """Read ``data/timezones.tsv`` once: abbreviation -> entry.

    Each row is ``abbreviation<TAB>offset or IANA zone<TAB>name`` (the format
    ``normalize/clock.py`` reads too).
    """
    table: dict[str, ZoneEntry] = {}
    text = resources.files("metoo_extract").joinpath("data", "timezones.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbrev, value, name = line.split("\t", 2)
        match = _OFFSET.match(value)
        if match is not None:
            entry = ZoneEntry(_fixed(*match.groups()), None, name)
        else:
            entry = ZoneEntry(None, value, name)
        table[abbrev.upper()] = entry
        spelled = _spelled_out(name)
        if spelled:
            table.setdefault(spelled.upper(), entry)
    return table


def _spelled_out(name: str) -> str | None:
    """A zone's name as a header may print it instead of its abbreviation ("Eastern
    Standard Time", "Pacific Time"), from the table's name column; None for a name that
    does not end in "Time"."""
    name = re.sub(r"\s*\(.*?\)", "", name).removeprefix("US ").strip()
    return name if name.endswith(" Time") else None


@cache
def long_zone_names() -> list[str]:
    """The spelled-out zone names, longest first, as printed ("Eastern Standard Time")."""
    text = resources.files("metoo_extract").joinpath("data", "timezones.tsv").read_text("utf-8")
    names = {
        spelled
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
        if (spelled := _spelled_out(line.split("\t", 2)[2]))
    }
    return sorted(names, key=len, reverse=True)


def _generic_offset(iana: str, on: date) -> timezone | None:
    """The fixed offset the IANA zone ``iana`` has at noon on ``on``, if tz data is present."""
    try:
        zone = ZoneInfo(iana)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offset = datetime(on.year, on.month, on.day, 12, tzinfo=zone).utcoffset()
    return None if offset is None else timezone(offset)


def zone_offset(abbrev: str, on: date | None = None) -> timezone | None:
    """Return the UTC offset a time-zone abbreviation means in news text.

    Args:
        abbrev: an abbreviation such as "IST", "EDT", "ET" (case-insensitive; surrounding
            parentheses and dots ignored).
        on: the date the time belongs to; generic zones ("ET", "PT") use the offset in
            force that day (EDT in summer), standard time when no date is given (None
            when the system has no tz data).

    Returns:
        A fixed ``datetime.timezone`` (IST -> UTC+05:30), or None for an unknown abbreviation.
    """
    key = re.sub(r"\s+", " ", abbrev.strip().strip("().").replace(".", "")).upper()
    entry = zone_table().get(key)
    if entry is None:
        return None
    if entry.iana is not None:
        return _generic_offset(entry.iana, on or _STANDARD_DAY)
    return entry.offset


def parse_zone(token: str, on: date | None = None) -> timezone | None:
    """Read a zone token: an abbreviation ("IST"), "GMT+5:30", "UTC-04:00", "+0530" or "Z".

    Args:
        token: the zone as printed.
        on: the date, for generic zones (see ``zone_offset``).

    Returns:
        A fixed ``datetime.timezone``, or None when the token is not a zone.
    """
    token = token.strip().strip("()").strip()
    match = _NUMERIC_ZONE.match(token)
    if match:
        return _fixed(*match.groups())
    return zone_offset(token, on)
