"""Tests for the pure name functions in metoo_extract.normalize.names."""

from __future__ import annotations

import pytest

from metoo_extract.normalize.names import (
    acronym,
    canonical_name,
    is_acronym_of,
    is_belief_word,
    is_hyphen_compound,
    is_stance_modifier,
    is_subsequence,
    looks_like_short_form,
    misspelt_word,
    name_key,
    one_edit_apart,
    possessive_length,
    spells_initials,
    strip_edges,
    strip_possessive,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Harvey Weinstein's", "Harvey Weinstein"),
        ("Harvey Weinstein\u2019s", "Harvey Weinstein"),
        ("Reuters'", "Reuters"),
        ("Weinstein", "Weinstein"),
        ("Chris", "Chris"),
    ],
)
def test_strip_possessive(text, expected):
    assert strip_possessive(text) == expected


@pytest.mark.parametrize("text,expected", [("Weinstein's", 2), ("Reuters'", 1), ("Reuters", 0)])
def test_possessive_length(text, expected):
    assert possessive_length(text) == expected


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("The Weinstein Co.", "Weinstein Company", True),
        ("the United Nations", "United Nations", True),
        ("U.S.", "US", True),
        ("Harvey Weinstein's", "Harvey Weinstein", True),
        ("Acme Corp.", "Acme Corporation", True),
        ("Weinstein", "The Weinstein Company", False),
        ("The", "the", True),
    ],
)
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Securities and Exchange Commission", "SEC"),
        ("United Nations", "UN"),
        ("World Health Organization", "WHO"),
        ("Competition and Markets Authority", "CMA"),
        ("Google", ""),
    ],
)
def test_acronym(name, expected):
    assert acronym(name) == expected


@pytest.mark.parametrize(
    "short,full,expected",
    [
        ("SEC", "Securities and Exchange Commission", True),
        ("U.N.", "United Nations", True),
        ("US", "United States", True),
        ("SEC", "Stock Exchange", False),
        ("Sec", "Securities and Exchange Commission", False),
        ("BOJ", "Bank of Japan", True),
        ("DOJ", "Department of Justice", True),
        ("BOJ", "Bank Japan", False),
        ("SOTU", "State of the Union", True),
        # a short form made before the name grew a word at its end
        ("CDC", "Centers for Disease Control and Prevention", True),
        ("CD", "Centers for Disease Control and Prevention", False),
        ("ID", "Institute for Democracy and Governance", False),
        # a word in capitals gives all its letters
        ("HMRC", "HM Revenue and Customs", True),
        ("UKBA", "UK Border Agency", True),
        ("HMR", "HM Revenue and Customs", False),
    ],
)
def test_is_acronym_of(short, full, expected):
    assert is_acronym_of(short, full) is expected


@pytest.mark.parametrize(
    "name,expected",
    [("M5S", True), ("AT&T", True), ("NYSE", True), ("Nyse", False), ("A", False)],
)
def test_looks_like_short_form(name, expected):
    assert looks_like_short_form(name) is expected


@pytest.mark.parametrize(
    "part,whole,expected",
    [
        (["weinstein"], ["harvey", "weinstein"], True),
        (["harvey"], ["harvey", "weinstein"], True),
        (["state", "department"], ["us", "state", "department"], True),
        (["harvey", "weinstein"], ["harvey", "weinstein"], False),
        (["bob"], ["harvey", "weinstein"], False),
    ],
)
def test_is_subsequence(part, whole, expected):
    assert is_subsequence(part, whole) is expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("Milano", "Miano", True),
        ("Untied Nations", "United Nations", True),  # swapped neighbours
        ("Kristen Wilkins", "Kristin Wilkins", True),
        ("Milano", "Milano", False),
        ("Chan", "Chen", False),  # too short for a typo to be told from another name
        ("Holloway", "Galloway", False),
    ],
)
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b, min_length=5) is expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("Miano", "Milano", True),  # one edit
        ("Holstege", "Hollstegge", True),  # two edits in a long word, same first letter
        ("Schwarzenegger", "Schwarzeneger", True),
        ("Henderson", "Anderson", False),  # another first letter: another name
        ("Robinson", "Robertson", False),  # three edits
        ("Jonsson", "Jansen", False),  # two edits but short
        ("Hollstegge", "Hollstegge", False),
        # a doubled letter written once, in a short name too
        ("Voss", "Vos", True),
        ("Sar", "Saar", True),
        ("Vos", "Vas", False),
        ("Bo", "Boo", False),
    ],
)
def test_misspelt_word(a, b, expected):
    assert misspelt_word(a, b) is expected


@pytest.mark.parametrize(
    "forms,expected",
    [
        (["Weinstein", "Harvey Weinstein", "Mr Weinstein"], "Harvey Weinstein"),
        (["SEC", "Securities and Exchange Commission"], "Securities and Exchange Commission"),
        (["Milano", "Alyssa Milano"], "Alyssa Milano"),
        (
            ["The Securities and Exchange Commission", "Securities and Exchange Commission"],
            "Securities and Exchange Commission",
        ),
        (["The Guardian", "Guardian"], "Guardian"),
        # a caption's space for a double-barrelled name's hyphen; a subheading's capitals
        (["Ann Bexley Tate", "Ann Bexley-Tate", "Bexley-Tate"], "Ann Bexley-Tate"),
        (["TOFFEES", "Everton"], "Everton"),
    ],
)
def test_canonical_name(forms, expected):
    assert canonical_name(forms) == expected


@pytest.mark.parametrize(
    "tokens,expected",
    [
        (["President", "Emmanuel", "Macron"], ["Emmanuel", "Macron"]),
        (["the", "Reuters"], ["Reuters"]),
        (["Barack", "Obama", "Image"], ["Barack", "Obama"]),
        (["President"], ["President"]),
    ],
)
def test_strip_edges(tokens, expected):
    i, j = strip_edges(tokens, frozenset({"president", "mr"}), frozenset({"image"}))
    assert tokens[i:j] == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Islamophobia", True),
        ("Scientologist", True),
        ("Zionism", True),
        ("Lindqvist", False),
        ("Baptism Street", False),
        ("Ism", False),
    ],
)
def test_is_belief_word(name, expected):
    assert is_belief_word(name) is expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Warhol-like", True),
        ("Polaroid-room", True),
        ("Tehreek-e-Taliban", False),
        ("Hussain-Clarke", False),
        ("Lam Cheuk-ting", False),
        ("al-Qaeda", False),
    ],
)
def test_is_hyphen_compound(name, expected):
    assert is_hyphen_compound(name) is expected


@pytest.mark.parametrize(
    "word,expected",
    [
        ("Pro-Beijing", True),
        ("Pan-democrat", True),
        ("ex-Minister", True),
        ("anti-war", True),
        ("Pro-", False),
        ("Proctor", False),
        ("Hussain-Clarke", False),
    ],
)
def test_is_stance_modifier(word, expected):
    assert is_stance_modifier(word) is expected


@pytest.mark.parametrize(
    "short,name,expected",
    [
        ("TTP", "Tehreek-e-Taliban Pakistan", True),
        ("SEC", "Securities Exchange Commission", True),
        ("U.N.", "United Nations", True),
        ("TTP", "Tehreek-e-Taliban", False),
        ("AB", "Alpha", False),
    ],
)
def test_spells_initials(short, name, expected):
    assert spells_initials(short, name) is expected


@pytest.mark.parametrize(
    "first,second,same",
    [
        ("U.S. Department of Commerce", "Commerce Department", True),
        ("Ministry of the Interior", "Interior Ministry", True),
        ("Department of State", "US State Department", True),
        ("Ministry of Justice", "Interior Ministry", False),
        ("Department of Health and Human Services", "Health Department", False),
    ],
)
def test_inverted_key_names_an_institution_either_way_round(first, second, same):
    from metoo_extract.normalize import name_lexicons
    from metoo_extract.normalize.names import inverted_key, name_key

    heads = name_lexicons.organisation_words()
    keys = [inverted_key(name_key(n).split(), heads) for n in (first, second)]
    assert keys[0] is not None or not same
    assert (keys[0] == keys[1]) is same


@pytest.mark.parametrize(
    "short,long,expected",
    [
        ("ECOWAS", "Economic Community of West African States", True),
        ("SEC", "Securities and Exchange Commission", True),
        ("TTP", "Tehreek-e-Taliban Pakistan", True),
        ("INSPQ", "Institut national de santé publique du Québec", True),
        ("ECOWAS", "West African States", False),
        ("PKH", "Family Hope Programme", False),
        ("UN", "Nations", False),
    ],
)
def test_defines_short_form(short, long, expected):
    from metoo_extract.normalize.names import defines_short_form

    assert defines_short_form(short, long) is expected


@pytest.mark.parametrize(
    "short,full,expected",
    [
        ("UNC Greensboro", "University of North Carolina at Greensboro", True),
        ("TU Delft", "Delft University of Technology", True),
        ("TU Munich", "Technical University of Munich", True),
        ("UC Berkeley", "University of California, Berkeley", True),
        ("TU Delft", "Delft City Council", False),
        ("UNC Charlotte", "University of North Carolina at Greensboro", False),
        ("UNC", "University of North Carolina", False),
        ("Delft", "Delft University of Technology", False),
    ],
)
def test_is_acronym_and_word_of(short, full, expected):
    from metoo_extract.normalize.names import is_acronym_and_word_of

    assert is_acronym_and_word_of(short, full) is expected
