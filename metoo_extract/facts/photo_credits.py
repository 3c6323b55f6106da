"""Photo credits read part by part: who took the picture and for which outlet.

"PHOTO: DESMOND FOO, THE STRAITS LEDGER", "Photo / Supplied, Tairāwhiti Civil Defence",
"Credit: Aileen Mutasa for The Record", "(Photo: Kevin Otieno/Daily Nation)", "Image:
AFP via Getty Images": a label, then parts parted by a slash, a comma, "for" or "via".
A part that opens with a known given name is the photographer; a credit's word
("Supplied", "File", "Handout") names nobody; any other part after the first, or one
that names a body, is the outlet or agency.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..normalize import name_lexicons as lex
from ..normalize.names import NAME_PARTICLES, fold, looks_like_outlet

__all__ = ["CreditPart", "credit_parts"]

#: A credit's label where a credit may open: a line's start, a bracket, after a
#: sentence's end ("... at the briefing. PHOTO: ...") or a dash ("... — Photo by ...").
#: The label takes a colon, a bar, a spaced slash (New Zealand's "Photo / Supplied") or
#: "by".
_LABEL = re.compile(
    r"(?:^|(?<=[(\[])|(?<=[.!?][\"”’)\]] )|(?<=[.!?] )|(?<=[—–] ))[^\S\n]*"
    r"(?i:photo(?:graph)?s?|pictures?|images?|credits?|fotos?)"
    r"(?:[^\S\n]*[:|][^\S\n]*|[^\S\n]+/[^\S\n]+|[^\S\n]+(?i:by)[^\S\n]+)",
    re.M,
)
#: The credit runs to the line's end, or to the bracket that closes it when one opened it.
_BODY = re.compile(r"[^\n()\[\]]{2,120}")
#: What parts a credit: a slash, a comma, a semicolon, a bar, "for", "via".
_PART_SPLIT = re.compile(r"[^\S\n]*[/,;|][^\S\n]*|[^\S\n]+(?:for|via)[^\S\n]+")
#: Lower-case words a credit's parts may hold besides the splitting ones.
_CREDIT_LINKS = frozenset({"of", "the", "and", "&", "for", "via"}) | NAME_PARTICLES
_MAX_WORDS = 12
_NAME_WORDS = (2, 4)


class CreditPart(NamedTuple):
    """One part of a photo credit: its kind ("person", "organisation" or "none") and
    character offsets."""

    kind: str
    start: int
    end: int


def credit_parts(text: str) -> list[CreditPart]:
    """The photographers, outlets and bare credit words of every photo credit in
    ``text`` ("Photo: Ann Lee/The Star" gives a person and an organisation)."""
    out = []
    for label in _LABEL.finditer(text):
        body = _BODY.match(text, label.end())
        if body is None or not _closed(text, label.start(), body.end()):
            continue
        end = label.end() + len(body.group().rstrip(" .\t"))
        if not _credit_shaped(text[label.end() : end]):
            continue  # "Photo: Ingrid Solberg on the river bank": a caption
        out += _parts(text, label.end(), end)
    return out


def _closed(text: str, start: int, end: int) -> bool:
    """The credit from ``start`` to ``end`` ends its line, or the bracket before it
    closes there ("(Photo: Ann Lee/The Star)"); "Photo: Vivian Cheung (centre) arrives"
    is a caption."""
    if end == len(text) or text[end] == "\n":
        return True
    return text[end] in ")]" and start > 0 and text[start - 1] in "(["


def _credit_shaped(body: str) -> bool:
    """A credit, not a caption's sentence: a few words, each capitalised or a link."""
    words = body.split()
    return 1 <= len(words) <= _MAX_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word in _CREDIT_LINKS or not word.isalnum()
        for word in words
    )


def _parts(text: str, start: int, end: int) -> list[CreditPart]:
    """Classify the parts of one credit's body ``text[start:end]``."""
    bounds = []
    at = start
    for split in _PART_SPLIT.finditer(text, start, end):
        bounds.append((at, split.start()))
        at = split.end()
    bounds.append((at, end))
    parts = [(a, b) for a, b in bounds if b > a]
    out = []
    before: str | None = "start"
    for a, b in parts:
        kind = _kind(text[a:b], before)
        if kind is not None:
            out.append(CreditPart(kind, a, b))
        before = kind
    return out


def _kind(part: str, before: str | None) -> str | None:
    """The kind of a credit's part: "person" for a photographer's name, "none" for a
    credit's word ("Supplied"), "organisation" for an outlet or agency; None when the
    part cannot tell. ``before`` is the kind of the part before ("start" for none): a
    photographer opens the credit or follows the agency ("Reuters/Jane Doe"), and after
    a photographer or a credit's word comes the outlet, unless the part names a place."""
    words = part.split()
    folded = [fold(word) for word in words]
    if all(word in lex.caption_words() for word in folded):
        return "none"  # "Supplied", "File", "Handout", "File photo"
    name = part if not part.isupper() else part.title()
    if (
        _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
        and lex.is_given_name(name.split()[0])
        and name not in lex.known_organisations()
        and not any(word in lex.organisation_words() for word in folded)
    ):  # "DESMOND FOO", "Aileen Mutasa"; a second name is a caption's ("Jane Doe, John Smith")
        return "person" if before in ("start", "organisation") else None
    if not words[0][:1].isupper():
        return None
    if (
        (before in ("person", "none") and name not in lex.places())
        or name in lex.known_organisations()
        or looks_like_outlet(name)
        or any(word in lex.organisation_words() for word in folded)
    ):
        return "organisation"  # "THE STRAITS LEDGER", "Tairāwhiti Civil Defence"
    return None
