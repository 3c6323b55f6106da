"""Numbers that are not quantities: dates, years, clock times, ages, tallies, identifiers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc

from ..extensions import doc_text
from ..normalize.numbers import NumberSpan

_TIME_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
#: A DATE/TIME entity that is a length of time ("two weeks", "nearly two decades").
_DURATION = re.compile(rf"\d|\b{_TIME_UNITS}\b", re.IGNORECASE)
#: ...unless it points at a time ("two years ago", "next week", "May 16").
_POINT_IN_TIME = re.compile(
    r"\b(?:ago|last|next|this|coming|previous|since|early|late|"
    r"mid|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}s?|\d+(?:st|nd|rd|th))\b"
    r"|:\d\d",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(
    r"^\s?(?:a\.?m\.?|p\.?m\.?|o'clock|hrs\b|h\b|(?:gmt|utc|bst|cet|cest|ist|est|edt|cst|cdt|"
    r"mst|mdt|pst|pdt|et|pt|jst|kst|aest|aedt|sast|eat|wat|pkt|npt)\b)",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s?-?\s?(?:years?|months?|weeks?)\s?-?\s?olds?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of)\s+$", re.IGNORECASE)
_PERSONAL_PRONOUNS = {"i", "he", "she", "we", "they", "you"}
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_HYPHENS = ("-", "–", "—")


class Spans:
    """Character spans that answer "does [start, end) overlap any of you?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def blocked_spans(doc: Doc) -> Spans:
    """Character spans no quantity may overlap: the dates found by metoo_dates, plus the
    model's DATE/TIME entities that name a point in time rather than a length of time."""
    spans = [(d.start, d.end) for d in (doc._.metoo_dates or [])]
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if _DURATION.search(ent.text) and not _POINT_IN_TIME.search(ent.text):
            continue
        spans.append((ent.start_char, ent.end_char))
    return Spans(spans)


def is_not_quantity(doc: Doc, number: NumberSpan, blocked: Spans) -> bool:
    """True for a year, date, clock time, age, score or vote tally, or an identifier."""
    text = doc_text(doc)
    after = text[number.end : number.end + 20]
    before = text[max(0, number.start - 12) : number.start]
    if blocked.overlaps(number.start, number.end):
        return True
    if number.high is not None and number.separator in _HYPHENS:
        if number.low >= number.high:  # "3-1", "a 256-167 vote": a tally, not a range
            return True
        if _YEAR.fullmatch(number.text[:4]) and len(number.text) <= 9:  # "2010-2012"
            return True
    if _YEAR.fullmatch(number.text) and not re.match(r"\s+[a-z]", after):
        return True
    if _CLOCK_AFTER.match(after) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    if re.search(r"[#№]\s?$|\bNo\.\s?$", before):
        return True
    return (
        _is_identifier(doc, number)
        or _is_age_apposition(doc, number)
        or _is_age_predicate(doc, number)
        or _is_age_bound(doc, number)
    )


def _bare_token(doc: Doc, number: NumberSpan):
    """The number's token when it stands alone (no noun follows), else None."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or not re.fullmatch(r"\d{1,3}", number.text):
        return None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None
    return span.root


def _is_age_predicate(doc: Doc, number: NumberSpan) -> bool:
    """ "I was 19", "she is 34": a bare number predicated of a person is an age."""
    token = _bare_token(doc, number)
    if token is None or token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be":
        return False
    subjects = [t for t in token.head.children if t.dep_ == "nsubj"]
    return bool(subjects) and (
        subjects[0].lower_ in _PERSONAL_PRONOUNS or subjects[0].ent_type_ == "PERSON"
    )


def _is_age_bound(doc: Doc, number: NumberSpan) -> bool:
    """ "women under 25", "those over 65": an age limit on a group of people."""
    token = _bare_token(doc, number)
    if token is None or token.i < 2:
        return False
    prep, holder = doc[token.i - 1], doc[token.i - 2]
    return prep.lower_ in ("under", "over", "above", "below") and (
        holder.pos_ in ("NOUN", "PROPN") or holder.lower_ in ("those", "people", "anyone")
    )


def _is_identifier(doc: Doc, number: NumberSpan) -> bool:
    """A number naming a thing after a noun: "posts 542", "Flight 370", "Article 50"."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    follows_noun = prev.pos_ in ("NOUN", "PROPN") and not prev.is_punct
    counts_next = nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS"
    return follows_noun and not counts_next and bool(re.fullmatch(r"\d+", number.text))


def _is_age_apposition(doc: Doc, number: NumberSpan) -> bool:
    """ "Smith, 24, said": a bare number between commas after a name is an age."""
    text = doc_text(doc)
    before = text[max(0, number.start - 2) : number.start]
    after = text[number.end : number.end + 1]
    if before != ", " or after not in (",", ")") or not re.fullmatch(r"\d{1,3}", number.text):
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    return span is not None and span.start >= 2 and doc[span.start - 2].pos_ == "PROPN"
