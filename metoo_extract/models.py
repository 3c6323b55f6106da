"""Pydantic records: the wire format of DESIGN.md's output contract, version 1."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Span(_Record):
    """Where a fact stands in the input: ``input[start:end] == text`` always holds."""

    text: str = Field(description="The surface text, exactly input[start:end].")
    start: int = Field(description="Character offset of the first character (0-based).")
    end: int = Field(description="Character offset just past the last character (exclusive).")
    sentence: int = Field(description="Index of the sentence holding it (0-based).")


class Mention(_Span):
    """One occurrence of a name in the text."""


class Entity(_Record):
    """A person, organisation, place, hashtag or handle with all of its mentions."""

    name: str = Field(description="Canonical name: the fullest form found in the text.")
    mentions: list[Mention] = Field(description="Every occurrence, in text order.")
    aliases: list[str] = Field(
        description="Distinct surface forms other than the canonical name, in first-seen order."
    )
    count: int = Field(description="Number of mentions.")
    fuzzy: bool = Field(
        default=False,
        description="True when a mention joined this entity by fuzzy matching (e.g. a typo).",
    )


class DateFact(_Span):
    """One date expression occurrence with its normalised value."""

    value: str | None = Field(
        description="ISO 8601 at the expression's own granularity (2017-10-15, 2017-10, 2017, "
        "2017-W41, 2017-10-16T17:31+05:30); null when it cannot be resolved."
    )
    granularity: str = Field(
        description="One of: century, decade, year, quarter, month, week, day, minute."
    )
    relative: bool = Field(description="True when the value depends on the reference date.")
    part_of_day: str | None = Field(
        default=None, description='Part of day named with the date ("night", "evening"), or null.'
    )


class Quantity(_Span):
    """One quantity occurrence: how many of what."""

    value: int | float | None = Field(
        description="The number (37000, 7000000, 0.667); the low end of a range; null if unknown."
    )
    unit: str | None = Field(
        description='What is counted or measured ("comments", "people", "USD", "percent", "km").'
    )
    kind: str = Field(description="count, money, percent, measure, duration or fraction.")
    qualifier: str | None = Field(
        description='Modifier such as "more than", "about", "at least"; null when none.'
    )
    approximate: bool = Field(description="True when the value is not exact.")
    low: int | float | None = Field(default=None, description="Low end of a range, else null.")
    high: int | float | None = Field(default=None, description="High end of a range, else null.")
    vague: bool = Field(
        default=False, description='True for vague amounts ("millions of", "dozens of").'
    )


class Extractor(_Record):
    """Provenance: which program and model produced the record."""

    name: str = Field(description="Program name.")
    version: str = Field(description="Program version.")
    model: str = Field(description="spaCy pipeline name.")
    model_version: str = Field(description="spaCy pipeline version.")


class ArticleFacts(_Record):
    """All facts extracted from one article."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="Contract version.")
    source: str = Field(
        description='The input path as given ("PATH#N" for the Nth document of an archive '
        'export that holds several), an id, or "-" for stdin.'
    )
    title: str | None = Field(description="Headline, when the text has one.")
    byline: str | None = Field(description="Author or desk line.")
    dateline: str | None = Field(description="Place named by the dateline or place line.")
    published: str | None = Field(
        description="Publication time in ISO 8601, with offset when the text gives a zone "
        "or time_zone is known; from the text or from --published."
    )
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-2 code of the country the article is written from, "
        "by vote of its places and the outlet its header or photo credits name; null when "
        "no country has a clear majority.",
    )
    time_zone: str | None = Field(
        default=None,
        description="IANA time zone of that country's places in the article; clock times "
        "printed without a zone are read in it.",
    )
    people: list[Entity] = Field(description="One entry per person, all mentions grouped.")
    organisations: list[Entity] = Field(description="One entry per organisation.")
    places: list[Entity] = Field(default_factory=list, description="One entry per place.")
    hashtags: list[Entity] = Field(default_factory=list, description="Hashtags (#MeToo).")
    handles: list[Entity] = Field(default_factory=list, description="Social handles (@name).")
    dates: list[DateFact] = Field(description="One per date expression occurrence.")
    quantities: list[Quantity] = Field(description="One per quantity occurrence.")
    extractor: Extractor = Field(description="Provenance of this record.")


def json_schema() -> dict:
    """The JSON Schema of ArticleFacts as serialised."""
    return ArticleFacts.model_json_schema(mode="serialization")
