"""The Python API and the record contract."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

import metoo_extract
from metoo_extract import Article, extract, extract_many
from metoo_extract.models import ArticleFacts, Mention

TEXT = "On Sunday night, more than 37,000 comments appeared under Ann Lee's post, Twitter said."


def test_extract_resolves_against_the_given_date() -> None:
    record = extract(TEXT, published=date(2017, 10, 16))
    assert isinstance(record, ArticleFacts)
    assert record.published == "2017-10-16"
    sunday = next(d for d in record.dates if d.text.startswith("Sunday"))
    assert (sunday.value, sunday.part_of_day, sunday.relative) == ("2017-10-15", "night", True)
    quantity = record.quantities[0]
    assert (quantity.value, quantity.unit, quantity.qualifier) == (37000, "comments", "more than")


def test_counts_serialise_as_integers() -> None:
    data = json.loads(extract(TEXT).model_dump_json())
    assert data["quantities"][0]["value"] == 37000
    assert isinstance(data["quantities"][0]["value"], int)


def test_without_a_reference_relative_dates_have_no_value() -> None:
    record = extract("The protest happened on Sunday night.")
    assert record.published is None
    assert [(d.text, d.value, d.relative) for d in record.dates] == [("Sunday night", None, True)]


def test_extract_many_keeps_order_and_sources() -> None:
    records = list(extract_many([Article(TEXT, "one"), "Nothing here.", Article(TEXT, "three")]))
    assert [r.source for r in records] == ["one", "-", "three"]
    assert records[1].people == [] and records[1].quantities == []


def test_records_are_frozen_and_strict() -> None:
    mention = Mention(text="Ann", start=0, end=3, sentence=0)
    with pytest.raises(ValidationError):
        mention.start = 5  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Mention(text="Ann", start=0, end=3, sentence=0, extra=1)  # type: ignore[call-arg]


def test_version_is_the_package_metadata_version() -> None:
    from importlib.metadata import version

    assert metoo_extract.__version__ == version("metoo-extract")
