"""The Python API: extract(text) and extract_many(articles), the same records as the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from .engine import Article, Extractor
from .inputs import Failure, archive_documents
from .models import ArticleFacts
from .stream import Settings, extract_stream, shared_extractor

__all__ = ["Article", "Extractor", "archive_documents", "extract", "extract_many"]


def extract(
    text: str,
    *,
    source: str = "-",
    published: date | datetime | None = None,
    model: str | None = None,
    day_first: bool = False,
) -> ArticleFacts:
    """Extract the facts of one article.

    Args:
        text: the article text (header lines included, if any).
        source: what to record as the record's ``source``.
        published: reference date for relative dates; overrides the header's.
        model: spaCy pipeline name or path; the loaded pipeline is cached.
        day_first: read 10/11/2017 as 10 November.

    Returns:
        The ArticleFacts record.
    """
    extractor = shared_extractor(Settings(model=model, day_first=day_first))
    return extractor.extract(Article(text, source, published))


def extract_many(
    articles: Iterable[Article | str],
    *,
    jobs: int = 1,
    model: str | None = None,
    day_first: bool = False,
    batch_size: int = 32,
) -> Iterator[ArticleFacts]:
    """Extract many articles, yielding records in input order as they are ready.

    Args:
        articles: texts, or ``Article(text, source, published)`` tuples.
        jobs: worker processes (1: this process, with a cached pipeline).
        model, day_first, batch_size: as for :func:`extract`.

    Yields:
        One ArticleFacts per article.
    """
    settings = Settings(model=model, day_first=day_first, batch_size=batch_size)
    items = (Article(item) if isinstance(item, str) else item for item in articles)
    for result in extract_stream(items, settings, jobs=jobs):
        if isinstance(result, Failure):  # only from an internal error; inputs are texts
            raise RuntimeError(result.message)
        yield result
