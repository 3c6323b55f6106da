"""A blank line, or a line break in the header, starts a sentence before the parser runs."""

from __future__ import annotations

import pytest
from entity_helpers import names

from metoo_extract.layout import header_end
from metoo_extract.pipeline import Job, run


def parsed(nlp, text):
    return next(run(nlp, [Job(text, None, False, header_end(text))]))


@pytest.mark.parametrize(
    "text,opening",
    [
        # a title and a timestamp without a final stop
        ("Flaw found\nPublished: 1 December 2026\n\nMandiant said the flaw was old.", "Mandiant"),
        # a header line break without a blank line
        ("Flaw found\nBy Jane Roe\nMandiant said the flaw was old, the firm said.", None),
        # a caption without a full stop, then a blank line
        (
            "Talks resume\n\nThe minister at the talks on Monday\n\nStatnett said it would wait.",
            "Statnett",
        ),
    ],
)
def test_a_blank_line_starts_a_sentence(nlp, text, opening):
    doc = parsed(nlp, text)
    starts = [token.text for token in doc if token.is_sent_start]
    if opening is not None:
        assert opening in starts
    assert "Flaw" in starts or "Talks" in starts


def test_each_line_is_a_paragraph_where_lines_are_not_wrapped(nlp):
    text = (
        "The minister said on Monday that the plan, which costs $3 billion, would pass the "
        "house before the summer recess.\nPhoto: the minister at the launch\nStatnett said "
        "it would wait."
    )
    doc = parsed(nlp, text)
    starts = [token.text for token in doc if token.is_sent_start]
    assert "Photo" in starts and "Statnett" in starts


def test_a_line_break_inside_a_paragraph_is_left_to_the_parser(nlp):
    text = "The minister said the plan,\nwhich costs $3 billion, would pass."
    doc = parsed(nlp, text)
    assert [token.text for token in doc if token.is_sent_start] == ["The"]


@pytest.mark.parametrize(
    "text,organisation",
    [
        # the lede's subject, parsed apart from the header, is the subject of "said"
        (
            "Flaw found in routers\nPublished: 1 December 2026\n\nMandiant said the flaw had "
            "been exploited since March.",
            "Mandiant",
        ),
    ],
)
def test_the_ledes_subject_after_a_header_keeps_its_evidence(nlp, text, organisation):
    doc = parsed(nlp, text)
    assert organisation in names(doc._.metoo_entities, "organisation")
