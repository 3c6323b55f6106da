"""Places that act as sports teams in a match report (our own texts)."""

from __future__ import annotations

import pytest

from metoo_extract.pipeline import Job, run

MATCH = (
    "Norway beat Portugal 2 – 1 in Oslo on Saturday. Norway took the lead after ten "
    "minutes, and Portugal's captain missed a penalty before the break. Portugal equalised "
    "in the second half, but Norway scored again late on. Group C — Norway 2 – 1 Portugal."
)
POLITICS = (
    "Norway and Portugal signed a fishing agreement in Oslo on Saturday. Norway will "
    "share data with Portugal, the ministers said."
)


def kinds(nlp, text):
    doc = next(run(nlp, [Job(text)]))
    return {c.name: c.kind for c in doc._.metoo_entities}


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (MATCH, "Norway", "organisation"),
        (MATCH, "Portugal", "organisation"),
        (MATCH, "Oslo", "place"),
        (POLITICS, "Norway", "place"),
        (POLITICS, "Portugal", "place"),
    ],
)
def test_a_place_is_a_team_only_when_it_plays_in_a_reported_match(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Leeds Rhinos beat Warrington Wolves 24-18 at Wembley.", "Leeds Rhinos", "organisation"),
        ("The Chicago Bulls signed him in 2019.", "Chicago Bulls", "organisation"),
        ("She flew to the Canary Islands in May.", "Canary Islands", "place"),
        ("They moved to Saratoga Springs in 2001.", "Saratoga Springs", "place"),
    ],
)
def test_place_with_a_plural_nickname_is_a_team(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    "text,name",
    [
        ("Raukura scored before Benkhalifa, the Toulouse-born centre, went over.", "Benkhalifa"),
        ("The goal came from Okafor, the 24-year-old striker, after ten minutes.", "Okafor"),
    ],
)
def test_apposition_that_only_describes_a_person(nlp, text, name):
    assert kinds(nlp, text).get(name) == "person"
