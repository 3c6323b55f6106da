"""Turn a processed Doc and its header layout into the ArticleFacts record."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from . import __version__
from .facts.article_locale import Locale, with_offset
from .facts.types import DateMatch, EntityCluster, QuantityMatch
from .layout import Layout, iso_published
from .models import ArticleFacts, DateFact, Entity, Extractor, Mention, Quantity
from .pipeline import ModelInfo

PROGRAM = "metoo-extract"

#: EntityCluster.kind -> ArticleFacts field
_ENTITY_FIELDS = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "hashtag": "hashtags",
    "handle": "handles",
}


class SentenceIndex:
    """Maps a character offset to the index of the sentence that holds it."""

    def __init__(self, doc: Doc) -> None:
        self._starts = [sent.start_char for sent in doc.sents] if len(doc) else [0]

    def __call__(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)


def build_record(
    doc: Doc,
    text: str,
    source: str,
    layout: Layout,
    model: ModelInfo,
    *,
    offset: int = 0,
) -> ArticleFacts:
    """Assemble the record for one article.

    Args:
        doc: the Doc our pipeline produced from ``spacy_view(text)``.
        text: the decoded input; every span's text is taken from it, so that
            ``text[start:end] == span.text`` holds for every fact.
        source: the path as given, an id, or "-".
        layout: header fields read by :func:`metoo_extract.layout.parse_layout`.
        model: provenance of the spaCy pipeline.
        offset: where ``text`` starts in its file (one document of an archive export),
            added to every start and end so that they index the file.
    """
    sentence_of = SentenceIndex(doc)
    clusters = doc._.metoo_entities or []
    entities: dict[str, list[Entity]] = {field: [] for field in _ENTITY_FIELDS.values()}
    for cluster in clusters:
        entities[_ENTITY_FIELDS[cluster.kind]].append(_entity(cluster, text, sentence_of, offset))
    locale: Locale | None = doc._.metoo_locale
    published = iso_published(doc._.metoo_published)
    if locale and published:
        published = with_offset(published, locale.zone)
    return ArticleFacts(
        source=source,
        title=layout.title,
        byline=layout.byline,
        dateline=layout.dateline,
        published=published,
        country=locale.country if locale else None,
        time_zone=locale.zone if locale else None,
        dates=[
            _date(match, text, sentence_of, locale, offset) for match in doc._.metoo_dates or []
        ],
        quantities=[
            _quantity(match, text, sentence_of, offset) for match in doc._.metoo_quantities or []
        ],
        extractor=Extractor(
            name=PROGRAM, version=__version__, model=model.name, model_version=model.version
        ),
        **entities,
    )


def _entity(cluster: EntityCluster, text: str, sentence_of: SentenceIndex, offset: int) -> Entity:
    mentions = sorted(cluster.mentions)
    surfaces = _distinct(text[m.start : m.end] for m in mentions)
    return Entity(
        name=cluster.name,
        mentions=[
            Mention(
                text=text[m.start : m.end],
                start=m.start + offset,
                end=m.end + offset,
                sentence=sentence_of(m.start),
            )
            for m in mentions
        ],
        aliases=[s for s in surfaces if s != cluster.name],
        count=len(mentions),
        fuzzy=cluster.fuzzy,
    )


def _date(
    match: DateMatch, text: str, sentence_of: SentenceIndex, locale: Locale | None, offset: int
) -> DateFact:
    """A date; its clock time printed without a zone is read in the article's zone."""
    value = match.value
    if locale and value:
        value = with_offset(value, locale.zone)
    return DateFact(
        text=text[match.start : match.end],
        start=match.start + offset,
        end=match.end + offset,
        sentence=sentence_of(match.start),
        value=value,
        granularity=match.granularity,
        relative=match.relative,
        part_of_day=match.part_of_day,
    )


def _quantity(match: QuantityMatch, text: str, sentence_of: SentenceIndex, offset: int) -> Quantity:
    return Quantity(
        text=text[match.start : match.end],
        start=match.start + offset,
        end=match.end + offset,
        sentence=sentence_of(match.start),
        value=_plain_number(match.value),
        unit=match.unit,
        kind=match.kind,
        qualifier=match.qualifier,
        approximate=match.approximate,
        low=_plain_number(match.low),
        high=_plain_number(match.high),
        vague=match.vague,
    )


def _plain_number(value: float | None) -> int | float | None:
    """37000.0 -> 37000, so that JSON shows counts as integers; other values unchanged."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _distinct(items: Sequence[str] | object) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:  # type: ignore[union-attr]
        seen.setdefault(item, None)
    return list(seen)
