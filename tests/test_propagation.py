"""Untagged later mentions of a kept entity join it (our own texts)."""

from __future__ import annotations

import pytest

from metoo_extract.pipeline import Job, run


def mentions(nlp, text, name):
    doc = next(run(nlp, [Job(text)]))
    found = [c for c in doc._.metoo_entities if c.name == name]
    assert len(found) == 1, [c.name for c in doc._.metoo_entities]
    for m in found[0].mentions:
        assert text[m.start : m.end] == m.text
    return [m.text for m in found[0].mentions]


@pytest.mark.parametrize(
    "text,name,expected",
    [
        (
            "Judge Eleanor Fairbairn told the jury on Monday. Fairbairn warned that the "
            "trial would be long. Later, Fairbairn's clerk read the charges.",
            "Eleanor Fairbairn",
            ["Eleanor Fairbairn", "Fairbairn", "Fairbairn"],
        ),
        (
            "The directors included Hiroshi Tanabe and Carmen Ruiz.\n\nTanabe, a retired "
            "teacher, voted against the plan.",
            "Hiroshi Tanabe",
            ["Hiroshi Tanabe", "Tanabe"],
        ),
        # a surname the tagger reads as a common word when it opens a sentence
        (
            "Imogen Blackwood urged talks. Blackwood is due to visit on Thursday.",
            "Imogen Blackwood",
            ["Imogen Blackwood", "Blackwood"],
        ),
        (
            "Minister Bronwyn Tully was sacked. Tully, the member for Warrego, said it was unfair.",
            "Bronwyn Tully",
            ["Bronwyn Tully", "Tully"],
        ),
        # the surname written without its accents
        (
            'His agent, Rui Simões, flew to Madrid. "He wants to move," Simoes told reporters.',
            "Rui Simões",
            ["Rui Simões", "Simoes"],
        ),
        # the first of two surnames, as Spanish news names a person
        (
            "The vote was won by Jorge Peña Castillo of the Green Party. Lucía Paredes Vidal "
            "came second.\nParedes, who ran for the Labour Party, lost by just 200 votes.",
            "Lucía Paredes Vidal",
            ["Lucía Paredes Vidal", "Paredes"],
        ),
        (
            "The vote was won by Jorge Peña Castillo of the Green Party. Lucía Aguilar Vidal "
            "came second.\nAguilar, who ran for the Labour Party, lost by just 200 votes.",
            "Lucía Aguilar Vidal",
            ["Lucía Aguilar Vidal", "Aguilar"],
        ),
    ],
)
def test_untagged_surname_joins_its_person(nlp, text, name, expected):
    assert mentions(nlp, text, name) == expected


@pytest.mark.parametrize(
    "text,name,expected",
    [
        (
            "Tomasz Kowalczyk and Irena Kowalczyk performed. Kowalczyk bowed.",
            "Tomasz Kowalczyk",
            ["Tomasz Kowalczyk"],
        ),
        (
            "Anna Young spoke first. Young people filled the hall.",
            "Anna Young",
            ["Anna Young"],
        ),
        # guard: a surname the article also writes as a common word
        (
            "Imogen Blackwood urged talks. Blackwood is hard and dark, and blackwood grows here.",
            "Imogen Blackwood",
            ["Imogen Blackwood"],
        ),
        (
            "Daniel Wexler founded the Wexler Agency in 1990. Wexler Agency staff left.",
            "Daniel Wexler",
            ["Daniel Wexler"],
        ),
    ],
)
def test_shared_or_ambiguous_surnames_are_not_propagated(nlp, text, name, expected):
    assert mentions(nlp, text, name) == expected


@pytest.mark.parametrize(
    "text,name,expected",
    [
        # a firm's first word alone, where it speaks or owns, is the firm
        (
            "Harlow Biosciences shares rose. Harlow said it would file in the spring.",
            "Harlow Biosciences",
            ["Harlow Biosciences", "Harlow"],
        ),
        # where its shares trade; after a second word and a legal form
        (
            "Tarnby Robotics Ltd cut its forecast. Tarnby shares fell 6% in Copenhagen.",
            "Tarnby Robotics Ltd",
            ["Tarnby Robotics Ltd", "Tarnby"],
        ),
        (
            "Fjellby Kraft AS will build the line. Fjellby said the cost would rise.",
            "Fjellby Kraft AS",
            ["Fjellby Kraft AS", "Fjellby"],
        ),
        # before its staff's title and name
        (
            "The round was led by Crestmoor Partners. Crestmoor partner Jo Adeyemi said the "
            "deal was fair.",
            "Crestmoor Partners",
            ["Crestmoor Partners", "Crestmoor"],
        ),
        # guard: the same word as a place stays the place's
        (
            "Harlow Biosciences shares rose. A plant in Harlow will close.",
            "Harlow Biosciences",
            ["Harlow Biosciences"],
        ),
    ],
)
def test_a_firms_first_word_joins_it_where_it_speaks(nlp, text, name, expected):
    assert mentions(nlp, text, name) == expected
