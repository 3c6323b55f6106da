"""Persons' names the small model splits or mislabels: "Valeska" + "Paris" tagged as two
places, "Lam Cheuk-ting" tagged as an organisation."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..normalize import name_lexicons as lex

#: An East Asian name in the Hong Kong, Taiwanese or Korean romanisation: a short
#: family name, then a hyphenated given name ("Lam Cheuk-ting", "Moon Jae-in").
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,6}-([a-z]{2,6})")
#: English heads of hyphenated compounds, which no given name ends with ("Prize-winner").
COMPOUND_HEADS = frozenset(
    {"based", "backed", "born", "led", "owned", "run", "made", "winner", "style", "like"}
    | {"era", "wide", "free", "type", "class", "level", "linked", "funded", "friendly"}
)


def has_hyphenated_given_name(text: str) -> bool:
    """True for "Lam Cheuk-ting", "Kim Jong-un"; False for "Tehreek-e-Taliban" and
    "Booker Prize-winner"."""
    match = HYPHENATED_GIVEN_NAME.fullmatch(text)
    return match is not None and match.group(1) not in COMPOUND_HEADS


def _fold(text: str) -> str:
    return text.replace(".", "").casefold()


def _plain_word(token) -> bool:
    """A capitalised word that is no title, organisation, facility or caption word."""
    folded = _fold(token.text)
    return (
        token.is_alpha
        and token.is_title
        and len(token.text) > 1
        and folded not in lex.titles()
        and folded not in lex.title_modifiers()
        and folded not in lex.organisation_words()
        and folded not in lex.facility_words()
        and folded not in lex.caption_words()
    )


def given_name(token) -> bool:
    """A known given name that is not also a major place ("Regina", not "Georgia")."""
    return token.text in lex.given_names() and lex.places().get(token.text) != "major"


def join_split_names(doc: Doc, ents: list[Span]) -> list[tuple[Span, str]]:
    """The model's entities with a person's name it cut in two joined again: a lone given
    name directly followed by a one-word entity ("Valeska" + "Paris", both GPE) is one
    person's name, and so are a given name and a surname around a quoted nickname
    ('Juanito "Jun" Macaraeg'). Returns ``(span, label)`` pairs in text order."""
    out: list[tuple[Span, str]] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and (
            _nickname_between(doc, ent, nxt) or _initials_before(doc, ent, nxt)
        ):
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if (
            nxt is not None
            and len(ent) == 1
            and len(nxt) == 1
            and nxt.start == ent.end
            and ent.label_ in ("PERSON", "GPE", "NORP", "ORG")
            and nxt.label_ in ("PERSON", "GPE", "ORG")
            and ent[0].whitespace_ == " "
            and given_name(ent[0])
            and _plain_word(nxt[0])
        ):
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if _initials(ent) and ent.end < len(doc) and _untagged_surname(doc[ent.end]):
            out.append((doc[ent.start : ent.end + 1], "PERSON"))  # "P K" + "Bhattacharya"
        else:
            out.append((ent, ent.label_))
        k += 1
    return out


_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _nickname_between(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Two person names around one quoted capitalised word: 'Juanito "Jun" Macaraeg'."""
    if ent.label_ != "PERSON" or nxt.label_ == "DATE" or nxt.start != ent.end + 3:
        return False
    opening, nickname, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return (
        opening.text in _QUOTES
        and closing.text in _QUOTES
        and nickname.is_title
        and nickname.is_alpha
        and not opening.whitespace_
        and not nickname.whitespace_
        and len(ent) <= 2
        and len(nxt) <= 2
    )


def _initials(ent: Span) -> bool:
    """An entity made only of initials written without dots ("P K")."""
    return ent[-1].whitespace_ == " " and all(len(t.text) == 1 and t.is_upper for t in ent)


def _initials_before(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Initials written without dots before a surname: "P K" + "Bhattacharya"."""
    return nxt.label_ == "PERSON" and nxt.start == ent.end and _initials(ent)


def _untagged_surname(token) -> bool:
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and token.is_title and token.is_alpha
