"""A well-known body's regional or county branch, named by its initials and a place.

British and Irish public bodies and sports bodies name their branches by the
body's initials and the region they serve: "NHS Greater Glasgow and Clyde", "HSE Dublin
and South East", "NHS Fife"; a county side or board puts the county first: "Mayo GAA",
"Cork GAA". The small model cuts such names at "and" or tags their place apart ("NHS" and
a person "Clyde"; "HSE Dublin" and a place "South East"), or reads "Mayo GAA" as a
person's name. Each branch found here is one organisation, kept apart from the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..normalize import name_lexicons as lex
from ..normalize.names import fold

#: Kinds of well-known bodies that have regional or county branches (organisations.tsv's
#: categories): public services, charities and sports bodies. A party's state unit is
#: named as the party ("Delhi BJP president ..." is the BJP's).
_BRANCHING_KINDS = frozenset({"government", "ngo"})
#: Words that open a region's name of two words: "South East", "Mid West", "Greater
#: Glasgow".
_REGION_OPENERS = frozenset({"North", "South", "East", "West", "Mid", "Central", "Greater"})
#: Words that close a compass region's name: "South East", "North West", "East Midlands".
_COMPASS_ENDS = frozenset({"North", "South", "East", "West", "Midlands", "Central"})


def _branching_initials(token) -> bool:
    """The token is the initials of a well-known body with branches ("NHS", "GAA")."""
    text = token.text
    known = lex.known_organisations().get(text)
    return (
        known is not None
        and known.category in _BRANCHING_KINDS
        and 2 <= len(text) <= 6
        and text.isalpha()
        and text.isupper()
        and fold(text) not in lex.titles()
    )


def _known_place(text: str) -> bool:
    return text in lex.places() or text in lex.towns()


def _region_end(doc: Doc, k: int) -> int:
    """End of a region's name from ``k`` ("Greater Glasgow", "South East", "Fife"), a
    known place that no country is; ``k`` when none starts there."""
    if k >= len(doc) or not doc[k].is_title or not doc[k].is_alpha:
        return k
    pair = doc[k : k + 2]
    if len(pair) == 2 and pair[1].is_title and "\n" not in doc[k].whitespace_:
        if doc[k].text in _REGION_OPENERS and (
            pair[1].text in _COMPASS_ENDS or _known_place(pair[1].text)
        ):
            return k + 2  # "South East", "Greater Glasgow", "West Lothian"
        if _known_place(pair.text) and pair.text not in lex.countries():
            return k + 2  # "Western Cape"
    if _known_place(doc[k].text) and doc[k].text not in lex.countries():
        return k + 1
    return k


def _second_region_end(doc: Doc, k: int) -> int:
    """End of the region after "and" at ``k`` ("and Clyde", "and South East"): a region's
    name, or one capitalised word that no other capitalised word follows and that names
    no known organisation; ``k`` when none."""
    if k + 1 >= len(doc) or doc[k].lower_ != "and":
        return k
    end = _region_end(doc, k + 1)
    if end > k + 1:
        return end
    word = doc[k + 1]
    after = doc[k + 2] if k + 2 < len(doc) else None
    if (
        word.is_title
        and word.is_alpha
        and word.text not in lex.known_organisations()
        and word.ent_type_ not in ("DATE", "TIME", "NORP")
        and (after is None or not after.is_title)
    ):
        return k + 2  # "NHS Greater Glasgow and Clyde"
    return k


def _ends_name(doc: Doc, end: int) -> bool:
    """Nothing capitalised goes on with the name after ``end``."""
    return end >= len(doc) or not (doc[end].is_title or doc[end].is_upper)


def _region_after(doc: Doc, k: int) -> int:
    """End of "NHS Greater Glasgow and Clyde" for the initials at ``k``, or ``k``: a pair
    of regions joined by "and", or one region that is no major place (a capital's name
    after a body's initials is where its office is: "the FBI Boston field office")."""
    end = _region_end(doc, k + 1)
    if end == k + 1 or "\n" in doc[k].whitespace_:
        return k
    paired = _second_region_end(doc, end)
    if paired > end and _ends_name(doc, paired):
        return paired
    region = doc[k + 1 : end].text
    if lex.places().get(region) == "major" and doc[k + 1].text not in _REGION_OPENERS:
        return k
    return end if _ends_name(doc, end) else k


def _county_before(doc: Doc, k: int) -> int:
    """Start of "Mayo GAA" for the initials at ``k``, or ``k``: one capitalised proper
    noun before them that is no country, people, title, date or known name, and is not
    itself the end of a longer capitalised name; a known place, a place the model tagged,
    or a word the model read as one name with the initials."""
    if k == 0:
        return k
    word = doc[k - 1]
    if (
        not word.is_title
        or not word.is_alpha
        or "\n" in word.whitespace_
        or word.pos_ != "PROPN"
        or word.ent_type_ in ("DATE", "TIME", "NORP")
        or word.text in lex.countries()
        or fold(word.text) in lex.demonyms()
        or fold(word.text) in lex.titles()
        or fold(word.text) in lex.organisation_words()
        or word.text in lex.known_organisations()
    ):
        return k
    if k >= 2 and doc[k - 2].is_title and not doc[k - 2].is_sent_start:
        return k  # the end of a longer name: "Sky Sports GAA"
    one_name = word.ent_iob_ != "O" and doc[k].ent_iob_ == "I"  # the model's "Mayo GAA"
    if not (one_name or _known_place(word.text) or word.ent_type_ in ("GPE", "LOC")):
        return k  # "the Trump EPA": a leader's name, no county
    return k - 1 if _ends_name(doc, k + 1) else k


def regional_bodies(doc: Doc) -> list[Span]:
    """Branches of well-known bodies named by their initials and a region, after them
    ("NHS Greater Glasgow and Clyde", "HSE Dublin and South East") or before them ("Mayo
    GAA"), on one line."""
    found: list[Span] = []
    for token in doc:
        if not _branching_initials(token) or (found and token.i < found[-1].end):
            continue
        k = token.i
        end = _region_after(doc, k)
        if end > k:
            found.append(doc[k:end])
            continue
        start = _county_before(doc, k)
        if start < k:
            found.append(doc[start : k + 1])
    return found
