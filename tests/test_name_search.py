"""The known-name index finds what one big regular-expression alternation would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metoo_extract.normalize.name_search import NameSearch

NAMES = ["Reuters", "Reuters Institute", "J.P. Morgan", "eBay", "AT&T", "X Corp", "(RED)", "ANC"]


def regex_matches(names: list[str], text: str) -> list[tuple[int, int]]:
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w@#])(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text,found",
    [
        ("The Reuters Institute said so, Reuters reported.", ["Reuters Institute", "Reuters"]),
        ("J.P. Morgan and eBay's shares rose.", ["J.P. Morgan", "eBay"]),
        ("ANCs and #ANC and @Reuters are no names; AT&T is.", ["AT&T"]),
        ("Bono's (RED) campaign and X Corp.", ["(RED)", "X Corp"]),
        ("Reutersville has none.", []),
    ],
)
def test_finds_whole_names_longest_first(text, found):
    assert [text[a:b] for a, b in NameSearch(NAMES).finditer(text)] == found


PIECES = ["Reuters", "Institute", "J.P.", "Morgan", "eBay", "AT&T", "X", "Corp", "(RED)"]
WORDS = st.sampled_from([*PIECES, "ANC", "the", "said", "#", "@", "'s", ",", ".", "s", "ville"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from(["", " ", "-"]))
def test_same_matches_as_the_alternation(words, glue):
    text = glue.join(words)
    assert list(NameSearch(NAMES).finditer(text)) == regex_matches(NAMES, text)
