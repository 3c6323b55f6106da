"""One name, one referent per article: mentions the model left untagged are added.

The small model often tags a person's full name but not the bare surname later
("Fairbairn warned ...", "Tanabe, a retired teacher"), and an acronym in brackets but
not on its own later. Each kept entity's surface forms, a person's surname and a firm's
first word (where it speaks or owns: "Harlow said") are searched for in the rest of the
text; an occurrence that no other name covers joins the entity.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.names import NAME_PARTICLES, strip_accents
from .entity_candidates import Candidate
from .entity_groups import Group
from .organisation_spans import LEGAL_FORMS, STAFF_TITLES
from .teams import CLUB_SUFFIXES

_UNION_LOCAL = re.compile(r"\bLocal \d+$")
_WORD_AFTER = re.compile(r"(?:['\u2019]s?)?(?![\w-])")


def _surname(group: Group, shared: Counter[str]) -> str | None:
    """A person's last name when the article gives no other entity that word."""
    words = group.name.split()
    if group.kind != "person" or len(words) < 2:
        return None
    last = words[-1]
    if len(last) < 3 or not last[0].isupper() or shared[last.casefold()] > 1:
        return None
    return last


def _first_surname(group: Group, shared: Counter[str]) -> str | None:
    """The first of two surnames after a given name, by which Spanish and Portuguese
    news names a person ("Herrera" of "Lucía Herrera Vidal"), when it is no given name
    and no other entity's word."""
    words = group.name.split()
    if group.kind != "person" or len(words) != 3 or not lex.is_given_name(words[0]):
        return None
    middle = words[1]
    if (
        len(middle) < 3
        or not middle[:1].isupper()
        or not middle[1:].islower()
        or lex.is_given_name(middle)
        or shared[middle.casefold()] > 1
    ):
        return None
    return middle


def _surname_halves(surname: str, parts: Counter[str]) -> list[str]:
    """Each half of a double-barrelled surname, by which the article may name the person
    alone ("Adewale" or "Ogunleye" for "Bola Adewale-Ogunleye"), when no other entity
    holds it and it is a capitalised word of three letters or more."""
    halves = surname.split("-")
    if len(halves) != 2 or not all(
        len(half) >= 3 and half[:1].isupper() and half[1:].islower() and half.isalpha()
        for half in halves
    ):
        return []  # "Ying-jeou" is a given name, no surname of two halves
    return [half for half in halves if parts[half.casefold()] == 1]


def _surname_particles(name: str) -> str:
    """The lowercase particles before a surname ("de" of "Tom de Smet", "van der" of
    "Lieve van der Berg"), or ""."""
    words = name.split()[:-1]
    k = len(words)
    while k > 1 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    return " ".join(words[k:])


def _first_word(group: Group, shared: Counter[str]) -> str | None:
    """A firm's first word, which news uses alone once the full name is given ("Harlow"
    for "Harlow Biosciences"): the name ends in an organisation's word or in a legal form
    after a second word ("Vestby Kraft AS"), and its first word is no generic word, no
    given name and no other entity's."""
    words = group.name.split()
    incorporated = len(words) == 3 and (
        words[-1].rstrip(".").casefold() in LEGAL_FORMS
        or (words[-1].isupper() and len(words[-1]) <= 3)  # "AS", "SE", "A/S"
    )
    if incorporated:
        words = words[:2]  # "Vestby Kraft AS": a company, whatever its second word
    elif _two_kind_words(words):
        words = [words[0], words[2]]  # "Lightspeed Venture Partners": "Lightspeed"
    if (
        group.kind != "organisation"
        or len(words) != 2
        or not ("org_head" in group.evidence or incorporated)
    ):
        return None
    first = words[0]
    if (
        len(first) < 4
        or not first[:1].isupper()
        or not first[1:].islower()
        or shared[first.casefold()] > 1
        or first.casefold() in lex.organisation_words()
        or first.casefold() in lex.demonyms()
        or lex.is_given_name(first)
    ):
        return None
    return first


def _club_nickname(group: Group, shared: Counter[str]) -> str | None:
    """A football club's plural last word, by which a report names it alone where it
    acts ("Rovers boss Tim Hale" for "Ashby Rovers"), when no other entity holds it."""
    words = group.name.split()
    if (
        group.kind != "organisation"
        or "team_name" not in group.evidence
        or len(words) < 2
        or words[-1] not in CLUB_SUFFIXES
        or not words[-1].endswith("s")
        or shared[words[-1].casefold()] > 1
    ):
        return None
    return words[-1]


#: Words that qualify a firm's kind word before it: "Venture Partners", "Asset
#: Management", "Private Equity", "Capital Partners".
_KIND_MODIFIERS = frozenset({"venture", "asset", "private", "investment", "wealth", "capital"})


def _two_kind_words(words: list[str]) -> bool:
    """A firm's one-word name and two words of its kind: "Lightspeed Venture Partners",
    "Halden Asset Management"."""
    return (
        len(words) == 3
        and words[1].casefold() in _KIND_MODIFIERS
        and words[2].casefold() in lex.organisation_words()
    )


#: What a firm's first word alone must be followed by to be the firm: it speaks, owns or
#: trades ("Vestby shares fell"), or its staff's title does ("Summit partner Mina Cho").
_FIRM_ACTS = re.compile(r"(?:'s|\u2019s|\s+(?:said|says|told|added|announced|reported))\b")
_NEXT_WORD = re.compile(r"\s+([\w-]+)\b")


def _firm_noun(word: str) -> bool:
    """A noun after a firm's first word that makes it the firm's: its shares or its
    staff's title, in lower case or capitals ("shares", "partner", "CEO")."""
    folded = word.casefold()
    return (word.islower() or word.isupper()) and (
        folded in ("shares", "stock", "chief") or folded in STAFF_TITLES
    )


def _acts_as_firm(text: str, end: int) -> bool:
    """The words after a firm's first word at ``end`` make it the firm."""
    if _FIRM_ACTS.match(text, end):
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and _firm_noun(word.group(1))


def _firm_as_subject(doc: Doc, start: int, end: int) -> bool:
    """A firm's first word at ``start`` is the subject of a verb and names no known place
    or town: "Lightspeed invested alongside others" (not "Harlow welcomed the jobs")."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.head.pos_ == "VERB"
        and token.text not in lex.places()
        and token.text not in lex.towns()
    )


def _forms(groups: list[Group]) -> tuple[dict[str, Group], set[str]]:
    """Surface form -> the one entity it names (forms two entities share are left out),
    and the forms that count only before a speech verb or a possessive (a firm's first
    word)."""
    shared: Counter[str] = Counter()
    parts: Counter[str] = Counter()  # words and halves of hyphenated words
    for group in groups:
        for word in {w.casefold() for m in group.mentions for w in m.text.split()}:
            shared[word] += 1
        for part in {p.casefold() for m in group.mentions for p in re.split(r"[\s-]+", m.text)}:
            parts[part] += 1
    owners: dict[str, set[int]] = {}
    acting: set[str] = set()
    for k, group in enumerate(groups):
        forms = {m.text for m in group.mentions if len(m.text) >= 2}
        surname = _surname(group, shared)
        if surname is not None:
            forms.add(surname)
            forms.add(strip_accents(surname))  # "Pecanha told reporters" for "Joao Peçanha"
            particles = _surname_particles(group.name)
            if particles:
                # "de Smet said", "De Smet said" for "Tom de Smet"
                forms.update(
                    (f"{particles} {surname}", f"{particles[0].upper()}{particles[1:]} {surname}")
                )
            forms.update(_surname_halves(surname, parts))
        paternal = _first_surname(group, shared)
        if paternal is not None:
            forms.add(paternal)
        nickname = _club_nickname(group, shared)
        if nickname is not None:
            forms.add(nickname)
            acting.add(nickname)
        first = _first_word(group, shared)
        if first is not None and first not in forms:
            forms.add(first)
            acting.add(first)
        local = _UNION_LOCAL.search(group.name) if group.kind == "organisation" else None
        if local is not None:
            forms.add(local.group(0))  # "Local 113" for "Amalgamated Transit Union Local 113"
        for form in forms:
            if any(c.isupper() for c in form):
                owners.setdefault(form, set()).add(k)
    owned = {form: groups[next(iter(ks))] for form, ks in owners.items() if len(ks) == 1}
    return owned, acting


def propagate(doc: Doc, groups: list[Group], candidates: list[Candidate]) -> None:
    """Add to each entity in ``groups`` the untagged occurrences of its names.

    An occurrence counts when it is a whole word (a possessive may follow), no candidate
    name covers it, it is not part of a longer capitalised name, it lies outside the
    header (the title line excepted), and at a sentence start it is a proper noun.
    """
    forms, acting = _forms([g for g in groups if g.kind in ("person", "organisation")])
    if not forms:
        return
    text = doc_text(doc)
    covered = [False] * len(text)
    for candidate in candidates:
        covered[candidate.start : candidate.end] = [True] * (candidate.end - candidate.start)
    header_end = doc._.metoo_header_end or 0
    first_line = text.find("\n")
    pattern = re.compile(
        r"(?<![\w@#&-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"
    )
    added: dict[int, list[Candidate]] = {}
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if not _WORD_AFTER.match(text, end) or any(covered[start:end]):
            continue
        if (
            match.group(1) in acting
            and not _acts_as_firm(text, end)
            and not _firm_as_subject(doc, start, end)
        ):
            continue  # "Harlow said", "Harlow's shares"; not "a plant in Harlow"
        if start < header_end and (first_line == -1 or start > first_line):
            continue
        span = doc.char_span(start, end)
        if span is None or not _standalone(
            doc,
            span.start,
            span.end,
            forms[match.group(1)].kind == "person" or match.group(1) in acting,
        ):
            continue
        group = forms[match.group(1)]
        mention = Candidate(
            start, end, match.group(1), span.start, span.end, group.kind, frozenset()
        )
        added.setdefault(id(group), []).append(mention)
    for group in groups:
        if id(group) in added:
            group.add(added[id(group)])


def _standalone(doc: Doc, first: int, last: int, subject: bool = False) -> bool:
    """Not glued to other capitalised words of a longer name, not a modifier of the noun
    after it ("Young people"), not inside a longer entity of the model, and a proper
    noun when it opens a sentence; or, with ``subject``, a person's name or a firm's
    first word that opens a sentence as its subject, or before a comma, and is no word
    the article writes in lower case ("Blackwood is due to visit", "Tully, the member
    for Warrego, said", "Harlow said")."""
    before = doc[first - 1] if first > 0 else None
    after = doc[last] if last < len(doc) else None
    if (
        before is not None
        and before.is_title
        and not before.is_sent_start
        and "\n" not in before.whitespace_
        and before.text.replace(".", "").casefold() not in lex.titles()
    ):
        return False
    if (
        after is not None
        and after.tag_ != "POS"
        and (after.is_title or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))
        and not (subject and _firm_noun(after.text))
    ):
        return False  # part of a longer name, or a modifier: "Young people", "Tanabe plan"
    for token in doc[first:last]:
        if token.ent_type_ and token.ent_iob_ == "I" and token.i == first:
            return False  # the tail of a longer entity
    entity_end = last
    while entity_end < len(doc) and doc[entity_end].ent_iob_ == "I":
        entity_end += 1
    if entity_end > last and doc[entity_end - 1].tag_ != "POS":
        return False  # the head of a longer entity ("Atwood Foundation")
    opener = doc[first]
    return (
        not opener.is_sent_start
        or opener.pos_ == "PROPN"
        or lex.is_given_name(opener.text)
        or doc[last - 1].like_num  # "Local 113 is also seeking ..."
        or (subject and _subject_opens_sentence(doc, first, last))
        or (subject and after is not None and _firm_noun(after.text))  # "Vestby shares"
    )


def _subject_opens_sentence(doc: Doc, first: int, last: int) -> bool:
    """A person's one-word name, or a firm's first word, that opens a sentence as its
    subject or before a comma, and that the article never writes in lower case (not
    "Rice is a staple" beside "rice prices")."""
    if last - first != 1:
        return False
    token = doc[first]
    after = doc[last] if last < len(doc) else None
    if token.dep_ not in ("nsubj", "nsubjpass") and (after is None or after.text != ","):
        return False
    lower = token.text.lower()
    return not any(t.text == lower for t in doc)
