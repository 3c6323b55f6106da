"""Invariants under any input (hypothesis): no exception, valid offsets, deterministic output.

Profiles: ``ci`` (default) and ``long`` (10,000 examples a test), chosen with the
HYPOTHESIS_PROFILE environment variable:

    HYPOTHESIS_PROFILE=long /tmp/venv/bin/pytest -q tests/test_properties.py
"""

from __future__ import annotations

import os
from datetime import date
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metoo_extract.engine import Article
from metoo_extract.render import to_json

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("long", max_examples=10_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
#: Paragraphs of the sample articles, the material the random edits start from.
PARAGRAPHS = [
    paragraph
    for path in sorted(SAMPLES.glob("*.txt"))
    for paragraph in path.read_text(encoding="utf-8").split("\n\n")
    if paragraph.strip()
]
#: What scrapers and editors put into news text.
TYPOS = ["\u00a0", "“", "”", "‘", "’", "\r\n", "\r", "\n", "\n\n", "—", "–", "…", "\u200b",
         "\ufeff", "\t", "$", "%", "-", "(", ")", "@", "#", ".", ",", "1", "9", "0"]  # fmt: skip

any_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),  # every category but surrogates
    max_size=400,
)


@st.composite
def edited_sample(draw: st.DrawFn) -> str:
    """One to three sample paragraphs with up to 8 random inserts, deletes and replacements."""
    start = draw(st.integers(0, len(PARAGRAPHS) - 1))
    count = draw(st.integers(1, 3))
    text = "\n\n".join(PARAGRAPHS[start : start + count])
    insert = st.one_of(st.sampled_from(TYPOS), st.characters(exclude_categories=["Cs"]))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            text = text[:at] + draw(insert) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)) :]
        else:
            text = text[:at] + draw(insert) + text[at + 1 :]
    return text


def check(extractor, text: str, published: date | None) -> None:  # type: ignore[no-untyped-def]
    """The record's offsets index ``text``; no two mentions of people, organisations and
    places share a character; a second run gives byte-identical JSON."""
    record = extractor.extract(Article(text, "-", published))
    names = [m for entity in (*record.people, *record.organisations, *record.places)
             for m in entity.mentions]  # fmt: skip
    spans = names + [m for entity in (*record.hashtags, *record.handles) for m in entity.mentions]
    spans += [*record.dates, *record.quantities]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text, span
    ordered = sorted((m.start, m.end) for m in names)
    assert all(a[1] <= b[0] for a, b in pairwise(ordered)), ordered
    again = extractor.extract(Article(text, "-", published))
    assert to_json(again).encode() == to_json(record).encode()


published_dates = st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31))


@given(text=any_text, published=published_dates)
def test_arbitrary_unicode(extractor, text: str, published: date | None) -> None:
    check(extractor, text, published)


@given(text=edited_sample(), published=published_dates)
def test_edited_sample_text(extractor, text: str, published: date | None) -> None:
    check(extractor, text, published)


#: A word the model may keep a sentence's full stop on: letters ending in a capital
#: ("GeV.", "PhD.", "mA."), or any short word.
unit_words = st.from_regex(r"[a-z][a-zA-Z]{0,3}[A-Z]|[A-Za-z]{1,8}", fullmatch=True)


@given(number=st.integers(2, 99_999), word=unit_words)
def test_no_quantity_takes_the_full_stop(extractor, number: int, word: str) -> None:
    """A quantity at a sentence's end stops before its full stop, unless the word is an
    abbreviation whose stop is its own ("Co.")."""
    from spacy.lang.en import English

    text = f"The new device measured {number} {word}."
    record = extractor.extract(Article(text, "-", None))
    for quantity in record.quantities:
        last = quantity.text.split()[-1]
        assert not last.endswith(".") or last in English.Defaults.tokenizer_exceptions, quantity
