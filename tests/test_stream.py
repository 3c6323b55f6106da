"""Batches, worker processes, input order, long articles and per-article isolation."""

from __future__ import annotations

import pytest

from metoo_extract import pipeline
from metoo_extract.engine import Article
from metoo_extract.inputs import Failure
from metoo_extract.stream import Settings, extract_chunk, extract_stream

TEXTS = [
    "Reuters reported on Monday that 40 people were hurt in Lagos.",
    "Ms Ada Obi, the chief executive of Zenith Bank, said profits rose 12 percent.",
    "More than 3,000 workers marched in Paris last week, the CGT union said.",
    "Nothing much happened here.",
    "Google paid $2bn for the start-up in 2019, two years after Twitter tried.",
]


@pytest.mark.parametrize(
    "text,limit",
    [
        ("a b c", 10),
        ("para one.\n\npara two.\n\npara three.", 12),
        ("line one\nline two\nline three", 10),
        ("x" * 25, 10),
        ("word " * 40, 17),
        ("", 5),
    ],
)
def test_split_paragraphs_joins_back_within_the_limit(text: str, limit: int) -> None:
    pieces = pipeline.split_paragraphs(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)


def test_split_prefers_blank_lines() -> None:
    text = "first paragraph here.\n\nsecond one, a bit longer.\n\nthird."
    assert pipeline.split_paragraphs(text, 30)[0] == "first paragraph here.\n\n"


def test_long_article_is_parsed_in_pieces_with_exact_offsets(
    extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join(TEXTS * 6)
    whole = extractor.extract(Article(text, "whole"))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    pieces = extractor.extract(Article(text, "pieces"))
    for record in (whole, pieces):
        for fact in [*record.dates, *record.quantities]:
            assert text[fact.start : fact.end] == fact.text
        for entity in [*record.people, *record.organisations]:
            assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    assert [q.text for q in pieces.quantities] == [q.text for q in whole.quantities]
    assert len(pieces.dates) == len(whole.dates)


def test_two_jobs_give_the_same_records_in_input_order(extractor) -> None:
    articles = [Article(text, f"doc{i}") for i, text in enumerate(TEXTS * 4)]
    settings = Settings(batch_size=3)
    one = list(extract_stream(articles, settings, jobs=1, extractor=extractor))
    two = list(extract_stream(articles, settings, jobs=2))
    assert [r.source for r in two] == [a.source for a in articles]
    assert [r.model_dump_json() for r in two] == [r.model_dump_json() for r in one]


def test_failures_keep_their_place_in_the_stream(extractor) -> None:
    items = [Article(TEXTS[0], "a"), Failure("b", "b: missing"), Article(TEXTS[1], "c")]
    results = list(extract_stream(items, Settings(batch_size=2), extractor=extractor))
    assert [getattr(r, "source", None) for r in results] == ["a", "b", "c"]
    assert isinstance(results[1], Failure)


def test_an_article_that_breaks_extraction_fails_alone(
    extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from metoo_extract import engine

    real = engine.build_record

    def fragile(doc, text, source, layout, model, **options):
        if source == "bad":
            raise ValueError("boom")
        return real(doc, text, source, layout, model, **options)

    monkeypatch.setattr(engine, "build_record", fragile)
    chunk = [Article(TEXTS[0], "good"), Article(TEXTS[1], "bad"), Article(TEXTS[2], "also")]
    results = extract_chunk(extractor, chunk)
    assert [type(r).__name__ for r in results] == ["ArticleFacts", "Failure", "ArticleFacts"]
    expected = "bad: extraction failed (ValueError: boom); please report this input"
    assert results[1].message == expected
