"""One process's extraction: articles in, ArticleFacts records out, in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import NamedTuple

from spacy.language import Language

from .archive_export import read_export
from .layout import Layout, header_end, parse_layout, reads_day_first
from .models import ArticleFacts
from .page_chrome import blank_page_chrome
from .pipeline import Job, load_pipeline, model_info, run
from .records import build_record


class Article(NamedTuple):
    """One article to extract from.

    ``published`` overrides the date the header gives (``--published``); ``offset`` is
    where ``text`` starts in its file (a document cut from an archive export), added to
    every offset of the record.
    """

    text: str
    source: str = "-"
    published: date | datetime | None = None
    offset: int = 0


class Extractor:
    """Holds a loaded pipeline and turns articles into records.

    Args:
        model: spaCy pipeline name or path (default: see ``pipeline.resolve_model_name``).
        day_first: read 10/11/2017 as 10 November.
        batch_size: documents per ``nlp.pipe`` batch.
        nlp: an already loaded pipeline with our components (overrides ``model``).
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        day_first: bool = False,
        batch_size: int = 32,
        nlp: Language | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        self.model = model_info(self.nlp)
        self.day_first = day_first
        self.batch_size = batch_size

    def extract(self, article: Article | str) -> ArticleFacts:
        """Extract the facts of one article."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article | str]) -> Iterator[ArticleFacts]:
        """Extract many articles through ``nlp.pipe``; records come out in input order."""
        pending: deque[tuple[Article, Layout]] = deque()

        def jobs() -> Iterator[Job]:
            for item in articles:
                article = Article(item) if isinstance(item, str) else item
                export = read_export(article.text)  # a Nexis, Factiva or ProQuest document
                text = export.text if export is not None else article.text
                text = blank_page_chrome(text)  # same length: offsets still hold
                layout = parse_layout(text, published_hint=_as_date(article.published))
                if export is not None:
                    layout = export.over(layout)
                published = article.published or layout.published
                pending.append((article, layout))
                day_first = self.day_first or reads_day_first(text)
                end = header_end(text)
                if export is not None:  # its fields may stand in an order no web page has
                    end = max(end, export.header_end)
                yield Job(text, published, day_first, end, layout.dateline)

        for doc in run(self.nlp, jobs(), batch_size=self.batch_size):
            article, layout = pending.popleft()
            yield build_record(
                doc, article.text, article.source, layout, self.model, offset=article.offset
            )


def _as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value
