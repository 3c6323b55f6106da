"""Names in a Title Case headline are checked against the body (our own texts)."""

from __future__ import annotations

import pytest

from metoo_extract.facts.headline import title_case_headline_end
from metoo_extract.pipeline import Job, run


@pytest.mark.parametrize(
    "text,title_case",
    [
        ("Harvey Weinstein Accused Of Harassment By Dozens Of Women\n\nBody.", True),
        ("Okafor Double Fires Northbridge Into Top Four\nBody.", True),
        ("Microsoft waits for death of Internet Explorer 6\n\nBody.", False),
        ("Quake kills at least 25 in western Nepal\nBody.", False),
        ("Brexit\nBody.", False),
    ],
)
def test_title_case_headline(text, title_case):
    end = title_case_headline_end(text)
    assert (end == text.index("\n")) if title_case else end == 0


def test_headline_name_is_cut_to_the_body_name(nlp):
    text = (
        "Harvey Weinstein Accused Of Harassment By Dozens Of Women As Reckoning Grows\n\n"
        "Dozens of women have accused Harvey Weinstein of harassment, the New York Times "
        "reported on Sunday. Weinstein denied the claims."
    )
    doc = next(run(nlp, [Job(text)]))
    people = [c for c in doc._.metoo_entities if c.kind == "person"]
    assert [c.name for c in people] == ["Harvey Weinstein"]
    assert [m.text for m in people[0].mentions] == ["Harvey Weinstein"] * 2 + ["Weinstein"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Anand Chairs The Committee On Commerce, Science And Transportation",
        "Representative Joan Pike Chairs The Subcommittee On Commerce.\nShe spoke.",
    ],
)
def test_a_line_without_body_or_ending_a_sentence_is_no_headline(text):
    assert title_case_headline_end(text) == 0
