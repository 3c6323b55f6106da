"""Internal results of the fact finders (plain NamedTuples; pydantic lives in models.py)."""

from __future__ import annotations

from typing import NamedTuple


class Found(NamedTuple):
    """A span of the article text: offsets index the decoded input, end exclusive."""

    start: int
    end: int
    text: str


class EntityCluster(NamedTuple):
    """One real-world referent with every mention grouped.

    ``kind`` is one of "person", "organisation", "place", "hashtag", "handle".
    """

    kind: str
    name: str
    mentions: list[Found]
    fuzzy: bool = False


class DateMatch(NamedTuple):
    """A date expression and its ISO 8601 value (None when unresolvable)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    relative: bool
    part_of_day: str | None = None


class QuantityMatch(NamedTuple):
    """A quantity: number, what it counts or measures, and its qualifier."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    kind: str
    qualifier: str | None = None
    approximate: bool = False
    low: float | None = None
    high: float | None = None
    vague: bool = False
