"""Small token helpers shared by the entity finders."""

from __future__ import annotations

from spacy.tokens import Doc


def hyphen_glued(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen glued between two words: "Cheuk-ting", "Okonjo-Reed"."""
    return (
        0 < k < len(doc) - 1
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
    )


def past_hyphens(doc: Doc, end: int) -> int:
    """``end`` moved right over words glued on by hyphens ("Okonjo" + "-Reed")."""
    while end + 1 < len(doc) and hyphen_glued(doc, end):
        end += 2
    return end
