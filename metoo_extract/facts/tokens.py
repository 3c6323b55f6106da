"""Small token helpers shared by the entity finders."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..layout import wire_dateline
from ..normalize import name_lexicons as lex
from ..normalize.date_words import ERA, ERA_BEFORE_A_YEAR, MONTHS, WEEKDAYS
from ..normalize.names import fold


def calendar_word(word: str) -> bool:
    """A capitalised month or weekday name ("Feb", "Monday")."""
    word = word.rstrip(".")
    return word[:1].isupper() and (word.lower() in MONTHS or word.lower() in WEEKDAYS)


#: A year of the common era's last centuries, which "BC" after it does not date.
_MODERN_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def dates_a_year(doc: Doc, first: int, last: int) -> bool:
    """``doc[first:last]`` is an era beside the year it dates: "B.C." after "300" ("founded
    in 300 B.C."), "AD" before "800"; not the province of "Vancouver, B.C." nor of "300
    B.C. residents", where a noun follows."""
    text = doc[first:last].text
    if not ERA.fullmatch(text):
        return False
    after = doc[last] if last < len(doc) else None
    before = doc[first - 1] if first > 0 else None
    if before is not None and text in ("BC", "B.C.") and _MODERN_YEAR.fullmatch(before.text):
        return False  # "In 2021 B.C. recorded 1,600 fires": the province, after this year
    if before is not None and before.like_num:
        return after is None or not (after.pos_ == "NOUN" and after.is_lower)
    return ERA_BEFORE_A_YEAR.fullmatch(text) is not None and after is not None and after.like_num


#: Apostrophes inside a word ("Ta'zim", "O'Neill").
_APOSTROPHES = re.compile("['\u2019]")


def capitalised_word(word: str) -> bool:
    """A word that opens with a capital and goes on in lower case, an inner apostrophe
    allowed: "Darul", "O'Neill", "Ta'zim" (which ``str.istitle`` reads as a second word
    in lower case); not "TV" or "iPhone"."""
    parts = _APOSTROPHES.split(word)
    return (
        all(part.isalpha() for part in parts)
        and parts[0].istitle()
        and all(part.istitle() or part.islower() for part in parts[1:])
    )


def joins_words(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen between two words, or an en dash between two capitalised
    ones ("Lidl–Trek", "Groupama–FDJ"), with no space on either side."""
    if not (0 < k < len(doc) - 1) or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return False
    if doc[k].text == "-":
        return True
    return doc[k].text == "–" and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()


def hyphen_glued(doc: Doc, k: int) -> bool:
    """Token ``k`` glues two words: "Cheuk-ting", "Okonjo-Reed", "Lidl–Trek"."""
    return joins_words(doc, k) and doc[k + 1].is_alpha


#: Participles that make the name glued before them an actor: "the Chevron-led
#: consortium", "the Labour-run council", "Hamas-run health ministry".
ACTOR_PARTICIPLES = frozenset(
    {"led", "run", "controlled", "backed", "owned", "funded", "operated", "sponsored"}
    | {"dominated", "linked", "affiliated", "allied", "aligned", "governed", "ruled"}
)


def glues_actor(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen gluing a name to an actor's participle ("Chevron-led")."""
    return hyphen_glued(doc, k) and doc[k + 1].lower_ in ACTOR_PARTICIPLES


def past_hyphens(doc: Doc, end: int) -> int:
    """``end`` moved right over words glued on by hyphens ("Okonjo" + "-Reed")."""
    while end + 1 < len(doc) and hyphen_glued(doc, end):
        end += 2
    return end


def opens_sentence(token: Token) -> bool:
    """The token starts a sentence or a line, where any word is capitalised (the parser
    does not always split after a header line without a full stop), or the sentence
    after a wire dateline ("BRUSSELS — The European Commission on Wednesday ..."), or
    the first word in a quotation that opens the sentence ("\"The Commission cannot ...")."""
    i = token.i
    if i > 0 and token.doc[i - 1].text in _OPENING_QUOTES and opens_sentence(token.doc[i - 1]):
        return True  # '"The Commission cannot ...': the quote opens the sentence
    return token.is_sent_start or i == 0 or "\n" in token.doc[i - 1].text or _after_dateline(token)


def heads_a_title(doc: Doc, first: int, last: int) -> bool:
    """Capitalised words inside a sentence, right before a lower-case title and a name:
    "Tallwood chief executive Jo Ray", "UNHCR regional director Ian Lee"."""
    k = last
    role = lex.titles() | lex.title_modifiers()
    while k < len(doc) and doc[k].is_lower and fold(doc[k].text) in role:
        k += 1
    return (
        not opens_sentence(doc[first])
        and all(t.is_title for t in doc[first:last])
        and last < k < len(doc)
        and fold(doc[k - 1].text) in lex.titles()
        and doc[k].ent_type_ == "PERSON"
    )


#: Quotation marks and brackets that can open a sentence before its first word.
_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'", "("})


#: What closes a wire dateline before its sentence.
_DATELINE_CLOSERS = frozenset({"—", "–", "-", "--", ":"})


def _after_dateline(token: Token) -> bool:
    """The token opens the sentence right after a wire dateline on its line: "LONDON
    (Reuters) - [The] ...", "BRUSSELS — [The] ..."."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in _DATELINE_CLOSERS:
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    if token.idx - line_start > 80:
        return False
    line_end = text.find("\n", token.idx)
    return wire_dateline(text[line_start : line_end if line_end != -1 else len(text)]) is not None


#: Titles a portfolio comes with ("Treasury and Finance Minister", "Minister of Justice");
#: not "MP" or "spokesperson", which follow a party's name ("Labour MP").
MINISTERIAL_TITLES = frozenset({"minister", "ministers", "secretary", "commissioner"})


def in_ministers_title(doc: Doc, k: int) -> bool:
    """Token ``k`` is a portfolio word in a minister's title after "of" or "for", maybe
    after other portfolios and "and" ("Minister of Justice and [Security]")."""
    if fold(doc[k].text) not in lex.portfolios():
        return False
    j = k - 1
    while j >= 0 and (
        doc[j].lower_ in ("and", "&", ",")
        or (doc[j].is_title and fold(doc[j].text) in lex.portfolios())
    ):
        j -= 1
    if j >= 3 and doc[j].lower_ == "for" and doc[j - 1].text == "State":
        j -= 2  # "Minister of State for Petroleum Resources"
    return (
        j >= 1
        and doc[j].lower_ in ("of", "for")
        and doc[j - 1].is_title
        and doc[j - 1].lower_ in MINISTERIAL_TITLES
    )


#: Lowercase nouns after a leader's surname that name the government they lead ("the
#: Biden administration", "the Modi government", "the Assad regime").
LEADER_NOUNS = frozenset({"administration", "presidency", "government", "cabinet", "regime"})
#: Of those, the ones a country's or a city's name also comes before ("the Kenya
#: government"), where a place's name is no leader's.
PLACE_LEADER_NOUNS = frozenset({"government", "cabinet", "regime"})


def leader_noun_after(doc: Doc, last: int) -> str | None:
    """The leader's noun that token ``last`` starts, "era" for a hyphened "-era"
    ("Obama-era rules"), "body" for a known organisation's name of two words or more
    ("the Trump White House"), else None."""
    if last >= len(doc):
        return None
    if doc[last].is_lower and doc[last].lower_ in LEADER_NOUNS:
        return doc[last].lower_
    if hyphen_glued(doc, last) and doc[last + 1].lower_ == "era":
        return "era"
    if doc[last].is_title and any(
        doc[last : last + size].text in lex.known_organisations() for size in (2, 3)
    ):
        return "body"
    return None


def names_a_leader(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first..last`` are a leader's surname before the government named for them:
    "the Biden administration", "the Modi government", "Obama-era rules"; not a party's or
    a nation's name ("the Labour government", "the Tory government", "the BJP
    government"), a country's ("the Kenya government") or an institution's."""
    noun = leader_noun_after(doc, last)
    words = doc[first:last]
    if noun is None or not 1 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    name = words.text
    if (
        name in lex.known_organisations()
        or fold(name) in lex.demonyms()
        or any(fold(t.text) in lex.organisation_words() for t in words)
        or words[0].ent_type_ in ("NORP", "LOC", "FAC")
    ):
        return False
    if noun in PLACE_LEADER_NOUNS:
        return (
            words[0].ent_type_ not in ("GPE", "ORG")  # "the Taliban government"
            and name not in lex.places()
            and name not in lex.towns()
            and not lex.is_given_name(name)  # "Tory": a party's nickname
        )
    return not (words[0].ent_type_ == "GPE" and lex.places().get(name) == "major")
