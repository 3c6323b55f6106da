"""Named holidays -> their calendar day in a given year ("Good Friday" 2017 -> 2017-04-14)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from importlib import resources

from dateutil.easter import easter

from .date_math import nth_weekday


@cache
def holiday_rules() -> dict[str, str]:
    """Lower-case holiday name -> rule, read from ``data/holidays.tsv``."""
    table: dict[str, str] = {}
    text = resources.files("metoo_extract.data").joinpath("holidays.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, rule = line.split("\t")
            table[name] = rule.strip()
    return table


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday falls on in ``year``, or None for an unknown name.

    Args:
        name: the holiday as printed, any case ("Christmas Eve", "Thanksgiving").
        year: the calendar year.
    """
    rule = holiday_rules().get(re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower())
    if rule is None:
        return None
    fixed = re.fullmatch(r"(\d\d)-(\d\d)", rule)
    if fixed:
        return date(year, int(fixed[1]), int(fixed[2]))
    paschal = re.fullmatch(r"easter([+-]\d+)", rule)
    if paschal:
        return easter(year) + timedelta(days=int(paschal[1]))
    ranked = re.fullmatch(r"(\d\d):(-?\d):(\d)(?:\+(\d+))?", rule)
    if ranked is None:
        raise ValueError(f"holidays.tsv: bad rule {rule!r}")
    month, nth, weekday = (int(part) for part in ranked.groups()[:3])
    chosen = nth_weekday(year, month, weekday, nth)
    return None if chosen is None else chosen + timedelta(days=int(ranked[4] or 0))
