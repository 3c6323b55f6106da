"""Find quantities in a parsed Doc: number, what it counts or measures, and its qualifier."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc._.metoo_*)
from ..normalize.numbers import NumberSpan, find_numbers
from ..normalize.units import (
    UnitMatch,
    currency_after,
    currency_before,
    measure_after,
    pluralize,
    unit_of_word,
)
from .exclusions import blocked_spans, is_not_quantity
from .types import QuantityMatch

#: Words before a number that bound or hedge it, longest first; all make it approximate.
QUALIFIERS = (
    "more than", "fewer than", "less than", "greater than", "at least", "at most", "up to",
    "as many as", "as much as", "as few as", "no more than", "no fewer than", "no less than",
    "not more than", "upwards of", "in excess of", "close to", "just over", "just under",
    "well over", "well under", "nearly", "almost", "about", "around", "roughly",
    "approximately", "some", "over", "under", "above", "below", "an estimated",
    "estimated", "circa", "maybe", "perhaps",
)  # fmt: skip
_QUALIFIER_RE = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+$", re.IGNORECASE
)
_HEDGE_WORDS = {"estimated", "estimate", "approximately", "roughly", "reportedly"}
#: Counted nouns a number stands for when it is the bare subject of a verb.
_BARE_SUBJECT_UNIT = "people"
_NOUNS = {"NOUN", "PROPN"}


@Language.factory(
    "metoo_quantities",
    default_config={},
    assigns=["doc._.metoo_quantities"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()


class Finder:
    """Turn the numbers of a Doc into quantities, skipping dates, ages, times and tallies."""

    def find(self, doc: Doc) -> list[QuantityMatch]:
        text = doc.text
        blocked = blocked_spans(doc)
        found: list[QuantityMatch] = []
        for number in find_numbers(text):
            if is_not_quantity(doc, number, blocked):
                continue
            match = self._build(doc, number)
            if match is not None and not (found and found[-1].end > match.start):
                found.append(match)
        return _inherit_approximation(text, found)

    def set_annotations(self, doc: Doc, matches: list[QuantityMatch]) -> None:
        doc._.metoo_quantities = matches

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def _build(self, doc: Doc, number: NumberSpan) -> QuantityMatch | None:
        text = doc.text
        start, end = number.start, number.end
        unit: str | None = None
        kind = "count"
        money = currency_before(text[max(0, start - 6) : start])
        if money:
            start -= money.length
            unit, kind = money.unit, "money"
        scaled = bool(re.search(r"(?i)(illion|lakh|crore|\d(?:k|m|bn|tn|mn))$", number.text))
        after = text[end : end + 40]
        suffix: UnitMatch | None = None
        if kind != "money":
            suffix = currency_after(after, scaled) or measure_after(after)
        elif re.match(r"\s?(?:USD|US dollars)\b", after):  # "$5 USD"
            suffix = currency_after(after)
        if suffix:
            end += suffix.length
            unit, kind = suffix.unit, suffix.kind
        compound = re.match(r"\s?-\s?([A-Za-z]+)\b(?!-)", text[end:])
        noun: Token | None = None
        if unit is None and compound:  # "six-member", "three-nation"
            unit = pluralize(compound.group(1).lower())
            end += compound.end()
        elif unit is None:
            noun, noun_end = _counted_noun(doc, number)
            if noun is not None and noun_end is not None:
                end = noun_end
                unit = _unit_name(noun)
                named = unit_of_word(noun.text)
                if named and named[1] == "duration":
                    unit, kind = named
        if number.vague and unit is None:
            return None
        if unit is None and re.fullmatch(r"(?i)one|a|an", number.text.split()[0]):
            return None  # "one of them", "no one": a pronoun, not an amount
        if unit is None:
            unit = _bare_unit(doc, number)
        if kind == "count" and number.value < 1 and not re.search(r"\d", number.text):
            kind = "fraction"
        qualifier = None
        q = _QUALIFIER_RE.search(text[max(0, start - 25) : start])
        if q:
            qualifier = re.sub(r"\s+", " ", q.group(1).lower())
            start -= len(text[max(0, start - 25) : start]) - q.start()
        approximate = bool(
            qualifier or number.vague or number.high is not None or _hedged(doc, start)
        )
        value = round(number.value, 3) if number.value < 1 else number.value
        return QuantityMatch(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            unit=unit,
            kind=kind,
            qualifier=qualifier,
            approximate=approximate,
            low=number.low,
            high=number.high,
            vague=number.vague,
        )


def _tokens(doc: Doc, number: NumberSpan) -> Span | None:
    return doc.char_span(number.start, number.end, alignment_mode="expand")


def _counted_noun(doc: Doc, number: NumberSpan) -> tuple[Token | None, int | None]:
    """The noun a number counts, from the parse, and where its phrase ends.

    "36 shells" (nummod), "two Syrian teams" (noun chunk), "millions of women" and
    "a quarter of citizens" (an "of" phrase).
    """
    span = _tokens(doc, number)
    if span is None:
        return None, None
    last = span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of" and (number.vague or _is_partitive(span)):
        obj = [t for t in nxt.children if t.dep_ == "pobj" and t.pos_ in _NOUNS]
        if obj:
            return obj[0], obj[0].idx + len(obj[0])
        return None, None
    for chunk in _chunks(doc):
        if (
            chunk.start <= last.i < chunk.end
            and chunk.root.i > last.i
            and chunk.root.pos_ in _NOUNS
        ):
            return chunk.root, chunk.root.idx + len(chunk.root)
    head = last
    while head.head.i != head.i and span.start <= head.head.i < span.end:
        head = head.head
    if (
        head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.head.pos_ in _NOUNS
        and 0 < head.head.i - last.i <= 4
    ):
        return head.head, head.head.idx + len(head.head)
    return None, None


def _chunks(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("metoo_chunks")
    if cached is None:
        cached = list(doc.noun_chunks)
        doc.user_data["metoo_chunks"] = cached
    return cached


def _is_partitive(span: Span) -> bool:
    """A fraction or scale that takes an "of" phrase ("two-thirds of", "a quarter of")."""
    last = span[-1].lower_
    return last.rstrip("s") in ("half", "third", "quarter", "fourth", "fifth", "tenth", "dozen")


def _unit_name(noun: Token) -> str:
    """The counted noun in the plural, with the compound nouns before it ("asylum claims")."""
    words = [t.text for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    words = [w for w in words if w.isalpha()][-2:]
    base = (
        noun.text if noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PROPN" else pluralize(noun.text)
    )
    if noun.tag_ == "NN" and noun.lower_ != noun.lemma_.lower() and noun.lemma_:
        base = noun.text
    return " ".join([*words, base]).lower() if noun.pos_ == "NOUN" else " ".join([*words, base])


def _bare_unit(doc: Doc, number: NumberSpan) -> str | None:
    """What a bare number stands for: "About 7 million were discussing" -> people;
    "drove claims over 150,000" -> the verb's object."""
    span = _tokens(doc, number)
    if span is None:
        return None
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return _BARE_SUBJECT_UNIT
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        holder = root.head.head
        if holder.pos_ == "NOUN":
            return _unit_name(holder)
        if holder.pos_ == "VERB":
            objs = [
                t for t in holder.children if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN"
            ]
            if objs:
                return _unit_name(objs[0])
    return None


def _hedged(doc: Doc, start: int) -> bool:
    """An "estimated" or "approximately" just before the quantity ("an estimated cost of")."""
    window = doc.text[max(0, start - 40) : start].lower()
    return any(re.search(rf"\b{w}\b", window) for w in _HEDGE_WORDS) and "." not in window


def _inherit_approximation(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A conversion in brackets ("about 500 miles (800 km)") is as approximate as its source."""
    out: list[QuantityMatch] = []
    for q in found:
        if out and out[-1].approximate and not q.approximate:
            between = text[out[-1].end : q.start]
            if re.fullmatch(r"\s*[(\[]\s*(?:or\s+)?", between):
                q = q._replace(approximate=True)
        out.append(q)
    return out
