"""Find name candidates in a Doc: model entities trimmed to the name, lexicon hits, tags."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..normalize import name_lexicons as lex
from ..normalize.names import possessive_length

#: Model labels worth a look; NORP and the like only count with organisation evidence.
MODEL_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
    "EVENT": "other",
}

HASHTAG = re.compile(r"(?<![\w#&])#[^\W\d_]\w*")
HANDLE = re.compile(r"(?<![\w@.])@\w{1,30}\b")
_EDGE_PUNCT = frozenset("\"'`()[]{}<>-–—:;,.!?/|*")


class Candidate(NamedTuple):
    """A name occurrence with the model's reading and the evidence around it.

    ``start``/``end`` are character offsets, ``first``/``last`` token indices (end
    exclusive); ``model`` is the kind the model's label suggests; ``evidence`` holds
    flags such as "title", "org_word", "lexicon", "speech".
    """

    start: int
    end: int
    text: str
    first: int
    last: int
    model: str
    evidence: frozenset[str]


def find_tags(text: str) -> list[tuple[str, int, int]]:
    """Hashtags and handles as (kind, start, end), by regex on the text."""
    found = [("hashtag", m.start(), m.end()) for m in HASHTAG.finditer(text)]
    found += [("handle", m.start(), m.end()) for m in HANDLE.finditer(text)]
    return sorted(found, key=lambda f: f[1])


def _fold(token_text: str) -> str:
    return token_text.replace(".", "").casefold()


def trim(span: Span) -> tuple[int, int, bool]:
    """Token bounds of the name inside an entity span and whether a title was cut.

    Drops edge punctuation, a lowercase "the", leading titles and their modifiers
    (unless the name is an organisation's: "Secretary of State"), a trailing
    possessive and caption words ("Image").
    """
    doc = span.doc
    i, j = span.start, span.end
    org_words = lex.organisation_words()
    is_org = any(_fold(t.text) in org_words for t in span)
    titled = False
    leading = lex.titles() | lex.title_modifiers()
    while i < j and (doc[i].text in _EDGE_PUNCT or doc[i].text == "the"):
        i += 1
    while i < j - 1 and not is_org and _fold(doc[i].text) in leading:
        titled = titled or _fold(doc[i].text) in lex.titles()
        i += 1
    while j > i and (
        doc[j - 1].text in _EDGE_PUNCT
        or doc[j - 1].tag_ == "POS"
        or doc[j - 1].text in ("'s", "\u2019s", "'")
        or (j - 1 > i and _fold(doc[j - 1].text) in lex.caption_words())
    ):
        j -= 1
    return i, j, titled


def _title_before(doc: Doc, first: int) -> bool:
    """A title word right before the name, past modifiers and dots ("Mr. X", "actress X")."""
    k = first - 1
    while k >= 0 and doc[k].text in (".", ","):
        k -= 1
    return k >= 0 and _fold(doc[k].text) in lex.titles() and doc[k].pos_ != "VERB"


def _speech_subject(span: Span) -> bool:
    """The name is the subject of a speech verb, or follows "according to"."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.casefold() in lex.speech_verbs():
        return True
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and span.doc[head.i - 1].lower_ == "according"
    )


def _evidence(doc: Doc, first: int, last: int, titled: bool) -> frozenset[str]:
    span = doc[first:last]
    flags = set()
    if titled or _title_before(doc, first):
        flags.add("title")
    if any(_fold(t.text) in lex.organisation_words() for t in span):
        flags.add("org_word")
    if span.text in lex.known_organisations():
        flags.add("lexicon")
    if _speech_subject(span):
        flags.add("speech")
    return frozenset(flags)


def _candidate(doc: Doc, first: int, last: int, model: str, titled: bool) -> Candidate | None:
    if first >= last:
        return None
    span = doc[first:last]
    text = span.text
    end = span.end_char - (2 if possessive_length(span[-1].text) == 2 else 0)
    if not any(ch.isupper() for ch in text[:1]) and not text[:1].isdigit():
        return None  # names are capitalised ("don" is not a person)
    if not any(ch.isalpha() for ch in text):
        return None
    return Candidate(
        span.start_char,
        end,
        doc.text[span.start_char : end],
        first,
        last,
        model,
        _evidence(doc, first, last, titled),
    )


def _lexicon_hits(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Known organisations the model missed, found by whole-word search."""
    out = []
    for name, known in lex.known_organisations().items():
        if not known.find_in_text:
            continue
        for match in re.finditer(rf"(?<![\w@#]){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(taken[span.start : span.end]):
                continue
            candidate = _candidate(doc, span.start, span.end, "organisation", False)
            if candidate is not None:
                out.append(candidate)
                for k in range(span.start, span.end):
                    taken[k] = True
    return out


def find_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[str, int, int]]]:
    """Name candidates from the model's entities and the lexicon, plus hashtags/handles.

    Returns:
        ``(candidates, tags)``: candidates in text order, and (kind, start, end) tags.
        Entities overlapping a hashtag or handle are dropped: a tag is never a name.
    """
    tags = find_tags(doc.text)
    tag_chars = set()
    for _, start, end in tags:
        tag_chars.update(range(start, end))
    taken = [False] * len(doc)
    out = []
    for ent in doc.ents:
        model = MODEL_KINDS.get(ent.label_)
        if model is None or any(c in tag_chars for c in range(ent.start_char, ent.end_char)):
            continue
        first, last, titled = trim(ent)
        candidate = _candidate(doc, first, last, model, titled)
        if candidate is None:
            continue
        out.append(candidate)
        for k in range(ent.start, ent.end):
            taken[k] = True
    for k, token in enumerate(doc):
        if token.idx in tag_chars:
            taken[k] = True
    out += _lexicon_hits(doc, taken)
    return sorted(out, key=lambda c: c.start), tags
