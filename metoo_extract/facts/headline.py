"""Names in a Title Case headline, checked against the body.

"Harvey Weinstein Accused Of Harassment By Dozens Of Women": in a headline whose every
word is capitalised the model cannot tell names from words, and tags "Harvey Weinstein
Accused" as one person. A name there is kept only as far as the body names it too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalize import name_lexicons as lex
from ..normalize.names import name_key
from .entity_candidates import Candidate

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: Short words that stay lower case in Title Case ("of", "the", "and") are not counted.
_MIN_COUNTED = 4
_MIN_SHARE = 0.8
_MAX_WORDS = 25


def title_case_headline_end(text: str) -> int:
    """End offset of the first line when it is a Title Case headline above a body (not a
    sentence ending with a full stop), else 0."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end == -1 or not text[end:].strip():
        return 0  # no body below: a single line is no headline
    line = text[start:end].rstrip()
    if line.endswith(".") or len(line.split()) > _MAX_WORDS:
        return 0  # a sentence, not a headline
    words = [w for w in _WORD.findall(line) if len(w) >= _MIN_COUNTED]
    if len(words) < 3:
        return 0
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if capitalised / len(words) >= _MIN_SHARE else 0


def reconcile_headline(doc: Doc, candidates: list[Candidate], text: str) -> list[Candidate]:
    """Candidates with those of a Title Case headline cut to the longest run of their
    words that the body names too ("Harvey Weinstein Accused" -> "Harvey Weinstein"),
    or dropped when the body does not name them; known organisations stay, and so does an
    outlet's masthead, which is no headline."""
    end = title_case_headline_end(text)
    if not end:
        return candidates
    body = {name_key(c.text) for c in candidates if c.start >= end}
    out = []
    for candidate in candidates:
        if candidate.start >= end or candidate.evidence & {"lexicon", "cited_source"}:
            out.append(candidate)
            continue
        cut = _longest_known_run(candidate, body)
        if cut is not None:
            span = doc.char_span(cut.start, cut.end, alignment_mode="expand")
            if span is not None:
                out.append(cut._replace(first=span.start, last=span.end))
    return out


def _longest_known_run(candidate: Candidate, body: set[str]) -> Candidate | None:
    words = list(_WORD.finditer(candidate.text))
    for size in range(len(words), 0, -1):
        for k in range(len(words) - size + 1):
            first, last = words[k], words[k + size - 1]
            piece = candidate.text[first.start() : last.end()]
            if name_key(piece) in body and piece.casefold() not in lex.titles():
                start = candidate.start + first.start()
                return candidate._replace(start=start, end=candidate.start + last.end(), text=piece)
    return None
