"""ISO 8601 formatting and the choice among candidate dates by tense."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as dateutil_weekdays

PAST, PRESENT, FUTURE = "past", "present", "future"

#: What a reader returns: (ISO value or None, granularity, relative).
Reading = tuple[str | None, str, bool]


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


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def nth_weekday(year: int, month: int, weekday: int, rank: int) -> date | None:
    """The ``rank``-th ``weekday`` (0 = Monday) of a month, counted back from its end when
    ``rank`` is negative (-1: the last); None when the month has no such day (a fifth
    Monday)."""
    step = relativedelta(weekday=dateutil_weekdays[weekday](rank))
    day = date(year, month, 1) + (step if rank > 0 else relativedelta(day=31) + step)
    return day if day.month == month else None


#: How much farther a candidate on the wrong side of the reference counts for a tense.
TENSE_BIAS = 20.0


def nearest(candidates: list[date], reference: date, tense: str | None) -> date:
    """The candidate nearest ``reference``, biased by tense.

    In a past-tense sentence a later candidate counts twenty times as far (and an
    earlier one in a future-tense sentence): what was done lies behind, what will be
    done ahead, so "filed a complaint in May" in an article of 2025-04-10 is May 2024
    and "will vote in March" there is March 2026. Without a tense the nearest wins:
    "December 11" in an article of 2015-05-07 is 2014-12-11.
    """

    def cost(day: date) -> tuple[float, int]:
        gap = (day - reference).days
        weight = 1.0
        if (tense == PAST and gap > 0) or (tense == FUTURE and gap < 0):
            weight = TENSE_BIAS
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
        shift: "last" (strictly before), "next" (strictly after) or "this" (on or after
            the reference, or on or before it in a past-tense sentence).
    """
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if shift == "last":
        return reference - timedelta(days=back or 7)
    if shift == "next":
        return reference + timedelta(days=forward or 7)
    if shift == "this":  # "this Friday": the coming one, unless the verb is past
        return (
            reference - timedelta(days=back)
            if tense == PAST
            else reference + timedelta(days=forward)
        )
    if tense == PAST:
        return reference - timedelta(days=back)
    if tense in (FUTURE, PRESENT):  # "We go again on Saturday": a scheduled event
        return reference + timedelta(days=forward)
    return (
        reference - timedelta(days=back) if back <= forward else reference + timedelta(days=forward)
    )
