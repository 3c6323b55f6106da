"""Citation lines of a "Sources" list: who wrote a cited story, and the outlet that ran it.

Wikinews and many blogs end with lines such as::

    * Dana Forsythe. "Amateurs bag a new comet" — Sky & Telescope, October 31, 2026
    * "Court quashes conviction" — BBC News, March 9, 2026

The outlet after the dash is an organisation and the names before the quoted title are
people (or the body itself, for a release), whatever the model reads in a line with no
sentence around them ("Austin American-Statesman" is no person, "Samoa Observer" no
place).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.names import fold

#: One citation: optional bullet, optional authors and a full stop, the quoted title, a
#: dash, the outlet, a comma and a date with a year.
_CITATION = re.compile(
    r"^[^\S\n]*(?:[*•·][^\S\n]*)?"
    r"(?:(?P<authors>[A-ZÀ-Þ][^\"“”\n]{1,150}?)\.[^\S\n]+)?"
    r"[\"“][^\n]+?[\"”][^\S\n]*(?:—|–|--?)[^\S\n]*"
    r"(?P<outlet>[A-Z0-9À-Þ][^,\n]{1,80}?),[^\S\n]+[^\n]*?\b\d{4}\b[^\S\n]*$",
    re.MULTILINE,
)
#: What separates the authors of one story: "A, B and C", "A et al."
_AUTHOR_SPLIT = re.compile(r",[^\S\n]*|[^\S\n]+and[^\S\n]+|[^\S\n]+&[^\S\n]+")
#: A person's name as a byline gives it: two to four capitalised words.
_PERSON_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:[^\S\n]+(?:[a-z]{1,3}[^\S\n]+)?[A-ZÀ-Þ][\w'’.-]*){1,3}"
)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    return span if span is not None and len(span) else None


def _corporate(author: str, outlet: str) -> bool:
    """A body that wrote its own release: its name ends in an organisation's word or
    opens with the outlet's first word ('* Orbitra Launch Systems. "Mission update" —
    Orbitra, ...')."""
    words = author.split()
    return fold(words[-1]) in lex.organisation_words() or words[0] == outlet.split()[0]


def cited_sources(doc: Doc) -> tuple[list[Span], list[Span]]:
    """The outlets and the authors of the doc's citation lines, as token spans."""
    text = doc_text(doc)
    outlets: list[Span] = []
    authors: list[Span] = []
    for match in _CITATION.finditer(text):
        outlet = _span(doc, match.start("outlet"), match.end("outlet"))
        if outlet is not None:
            outlets.append(outlet)
        if match.group("authors") is None:
            continue
        start = match.start("authors")
        names = match.group("authors").removesuffix(" et al")
        offset = 0
        for part in _AUTHOR_SPLIT.split(names):
            at = names.index(part, offset)
            offset = at + len(part)
            if _PERSON_NAME.fullmatch(part):
                span = _span(doc, start + at, start + at + len(part))
                if span is not None:
                    corporate = _corporate(part, match.group("outlet"))
                    (outlets if corporate else authors).append(span)
    return outlets, authors
