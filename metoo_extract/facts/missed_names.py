"""Persons' names the small model splits, mislabels or misses: "Valeska" + "Paris" tagged
as two places, "Lam Cheuk-ting" tagged as an organisation, "Siti Rahmah, 34," untagged."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from ..layout import (
    BYLINE_OPENING,
    dated_outlet,
    masthead,
    names_line,
    role_field,
    staff_outlet,
)
from ..normalize import name_lexicons as lex
from ..normalize.names import NAME_PARTICLES, misspelt_word
from ..normalize.names import fold as _fold
from .photo_credits import credit_parts
from .tokens import leader_noun_after, names_a_leader, past_hyphens

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
    return lex.is_given_name(token.text) and lex.places().get(token.text) != "major"


#: Lower-case particles inside surnames ("de los Reyes", "van der Berg", "bin Salman").
SURNAME_PARTICLES = frozenset(
    {"de", "del", "dela", "della", "di", "da", "dos", "das", "do", "la", "las", "los", "le"}
    | {"van", "von", "der", "den", "ter", "bin", "binti", "al", "el", "y"}
)


def _nicknamed_end(doc: Doc, ent: Span) -> int:
    """End of a person's name going on past a quoted nickname of up to three words:
    'Antonio' + '"Tonton" de los Reyes', 'Maria Consuelo' + '"Connie" Villaraza',
    'Joaquín' + '"El Chapo" Guzmán'; 0 when there is none."""
    k = ent.end
    if (
        ent.label_ == "PERSON"
        and 3 <= len(ent) <= 6
        and ent[1].text in _QUOTES
        and not ent[1].whitespace_
        and (ent[-1].text in _QUOTES or (k < len(doc) and doc[k].text in _QUOTES))
    ):
        # the model took in the nickname: 'Ramon "Monching"' + "Dizon-Alcaraz", or all
        # of it but its closing quote: 'Ismael "El Mayo' + '" Zambada'
        k = ent.start + 1
    elif len(ent) > 3 or k + 3 >= len(doc):
        return 0
    if ent.label_ != "PERSON" and not (len(ent) == 1 and given_name(ent[0])):
        return 0  # a given name the model mislabels ("Eduardo" as ORG) still counts
    return _past_nickname(doc, k)


def _past_nickname(doc: Doc, k: int) -> int:
    """End of the surname after a quoted nickname that opens at token ``k`` ('"Tonton" de
    los Reyes', '"El Chapo" Guzmán'); 0 when no nickname and surname follow."""
    if k + 3 >= len(doc):
        return 0
    opening = doc[k]
    closing = next((i for i in range(k + 2, min(k + 5, len(doc))) if doc[i].text in _QUOTES), None)
    if closing is None or opening.text not in _QUOTES or opening.whitespace_:
        return 0
    nickname = doc[k + 1 : closing]
    if not (all(t.is_title and t.is_alpha for t in nickname) and not nickname[-1].whitespace_):
        return 0
    j = closing + 1
    while j < len(doc) and doc[j].lower_ in SURNAME_PARTICLES and doc[j].is_lower:
        j += 1
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
        return 0
    surname = next((e for e in doc.ents if e.start == j and e.label_ == "PERSON"), None)
    if surname is not None and len(surname) <= 3:
        return surname.end  # 'Juan "Jun"' + "Dela Cruz", tagged as one surname
    return past_hyphens(doc, j + 1)


def _nicknamed_names(doc: Doc) -> list[Span]:
    """People's names with a quoted nickname that the model tagged as something else or
    cut across ('Benfica playmaker Tiago "The Wand" Barrosinho' as one ORG, 'The Wand"
    Barrosinho' as a work): a given name, the nickname and a plain surname."""
    found = []
    for k in range(1, len(doc) - 4):
        if doc[k].text not in _QUOTES or doc[k].whitespace_ or doc[k - 1].whitespace_ != " ":
            continue
        if not (given_name(doc[k - 1]) and doc[k - 1].ent_type_ != "PERSON"):
            continue
        end = _past_nickname(doc, k)
        if end and _plain_word(doc[end - 1]):
            found.append(Span(doc, k - 1, end, label="PERSON"))
    return found


def _with_nicknamed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The model's entities with each nicknamed person's whole name as one PERSON span;
    an entity it cut across keeps what lies before or after the name ("[Villaraza] of the
    Nacionalista Party" gives "of the Nacionalista Party", "Benfica playmaker [Tiago ...]"
    gives "Benfica playmaker")."""
    for name in _nicknamed_names(doc):
        cut = [e for e in ents if e.start < name.end and name.start < e.end]
        kept = [e for e in ents if e not in cut]
        kept += [
            Span(doc, e.start, name.start, label=e.label_) for e in cut if e.start < name.start
        ]
        kept += [Span(doc, name.end, e.end, label=e.label_) for e in cut if name.end < e.end]
        ents = sorted([*kept, name], key=lambda e: e.start)
    out: list[Span] = []
    reach = 0
    for ent in ents:
        if ent.end <= reach:
            continue
        if ent.start < reach:
            out.append(Span(doc, reach, ent.end, label=ent.label_))
            continue
        end = _nicknamed_end(doc, ent)
        if end:
            out.append(Span(doc, ent.start, end, label="PERSON"))
            reach = end
        else:
            out.append(ent)
    return out


def _one_word(span: Span) -> bool:
    """One word, or one hyphenated word ("Paris", "Vasilyeva-Burke")."""
    return len(span) == 1 or (
        len(span) == 3
        and span[1].text == "-"
        and not span[0].whitespace_
        and not span[1].whitespace_
    )


#: Particles that open a surname, capitalised in Filipino and Latin American names too
#: ("Delos Reyes", "Dela Cruz", "De la Rosa").
SURNAME_OPENERS = NAME_PARTICLES | frozenset({"delos", "dela", "delas", "dels"})


def join_split_names(doc: Doc, ents: list[Span]) -> list[tuple[Span, str]]:
    """The model's entities with a person's name it cut in two joined again: a lone given
    name directly followed by a one-word entity ("Valeska" + "Paris", both GPE) is one
    person's name, and so are a given name and a surname around a quoted nickname
    ('Juanito "Jun" Macaraeg'); a nationality and the name after it that together name
    a known place are that place ("French" + "Guiana"). Returns ``(span, label)`` pairs
    in text order."""
    out: list[tuple[Span, str]] = []
    ents = _with_nicknamed_people(doc, ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and nxt.start == ent.end
            and ent.label_ == "NORP"
            and doc[ent.start : nxt.end].text in lex.places()
        ):
            out.append((doc[ent.start : nxt.end], "GPE"))  # "French" + "Guiana"
            k += 2
            continue
        if (
            nxt is not None
            and ent.label_ in ("GPE", "LOC")
            and nxt.label_ == "ORG"
            and nxt.start < past_hyphens(doc, ent.end) < nxt.end
        ):
            # "Newcastle" + "-upon-" + "Tyne Crown Court": a body named for a hyphened town
            out.append((doc[ent.start : nxt.end], "ORG"))
            k += 2
            continue
        if nxt is not None and _initials_before(doc, ent, nxt):
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if (
            nxt is not None
            and len(ent) == 1
            and _one_word(nxt)
            and nxt.start == ent.end
            and ent.label_ in ("PERSON", "GPE", "NORP", "ORG")
            and nxt.label_ in ("PERSON", "GPE", "ORG")
            and ent[0].whitespace_ == " "
            and given_name(ent[0])
            and all(_plain_word(t) for t in nxt if t.text != "-")
        ):
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if (
            nxt is not None
            and len(ent) == 1
            and ent.label_ == "NORP"
            and nxt.label_ == "PERSON"
            and nxt.start == ent.end
            and ent[0].whitespace_ == " "
            and ent[0].tag_ == "NNP"
            and _fold(ent.text) not in lex.demonyms()
        ):
            # a given name the model took for a people: "Jhonatan" + "Huamán Ccori"
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "PERSON"
            and nxt.start == ent.end
            and ent[-1].whitespace_ == " "
            and (given_name(ent[0]) or ent[-1].lower_ in NAME_PARTICLES)
        ) or _given_names_then_surnames(ent, nxt):
            # one name in two: "Armando Lopes" + "Semedo", "Maria do" + "Rosário Gomes"
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if (
            nxt is not None
            and ent.label_ == "PERSON"
            and nxt.label_ in ("ORG", "GPE")
            and nxt.start == ent.end
            and len(ent) > 1
            and ent[-1].lower_ in SURNAME_OPENERS
            and _one_word(nxt)
        ):
            # "Anna Marie Delos" + "Reyes" (ORG): a surname behind its particle
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        ent = _grown_to_title(doc, ent)
        ent = _grown_in_capitals(doc, ent)
        titled_end = _after_titles(doc, ent, nxt)
        if titled_end is not None:
            # "Comm Datuk" + "Razali Yaacob", "Datuk Wan" + "Rosli" + "Wan Ismail": a name
            # the model cut after its titles
            out.append((doc[ent.start : titled_end], "PERSON"))
            k += 2 if nxt is not None and titled_end == nxt.end else 1
            continue
        particle_end = _surname_after_particles(doc, ent, nxt)
        if particle_end is not None:
            # "Mark" + "van den" + "Oever": a surname behind its particles
            out.append((doc[ent.start : particle_end], "PERSON"))
            k += 2 if nxt is not None and particle_end == nxt.end else 1
            continue
        surnames_end = _surnames_after(doc, ent, nxt)
        if surnames_end is not None:
            # "Cristián Andrés" + "Olivares" + "Tapia" (ORG): the surnames the model missed
            out.append((doc[ent.start : surnames_end], "PERSON"))
            k += 2 if nxt is not None and surnames_end == nxt.end else 1
            continue
        if _second_surname_after(doc, ent, nxt):
            # "Mariana Quintero" + "Salcedo" (GPE) + "covered": a second surname
            out.append((doc[ent.start : nxt.end], "PERSON"))
            k += 2
            continue
        if _initials(ent) and ent.end < len(doc) and _untagged_surname(doc[ent.end]):
            out.append((doc[ent.start : ent.end + 1], "PERSON"))  # "P K" + "Bhattacharya"
        elif _given_name_before(doc, ent):
            out.append((doc[ent.start - 1 : ent.end], "PERSON"))  # "Junius" + "Ho"
        else:
            out.append((ent, ent.label_))
        k += 1
    return out


def _given_names_then_surnames(ent: Span, nxt: Span | None) -> bool:
    """Two given names the model tagged apart from the surnames right after them:
    "Gustavo Adolfo" (ORG) + "Pardo Luna" (PERSON)."""
    return (
        nxt is not None
        and nxt.label_ == "PERSON"
        and ent.label_ in ("ORG", "GPE", "NORP")
        and nxt.start == ent.end
        and ent[-1].whitespace_ == " "
        and len(ent) <= 2
        and all(given_name(t) for t in ent)
        and len(nxt) <= 2
        and all(_plain_word(t) for t in nxt)
    )


def _second_surname_after(doc: Doc, ent: Span, nxt: Span | None) -> bool:
    """A given name and a surname, then a second surname the model took for a town or a
    body, with no comma between and a verb or a comma after it: "Mariana Quintero" +
    "Salcedo" + "covered the hearing"."""
    if (
        nxt is None
        or ent.label_ != "PERSON"
        or len(ent) != 2
        or not given_name(ent[0])
        or nxt.label_ not in ("GPE", "ORG")
        or len(nxt) != 1
        or nxt.start != ent.end
        or ent[-1].whitespace_ != " "
        or nxt.end >= len(doc)
    ):
        return False
    after = doc[nxt.end]
    return (
        _plain_word(nxt[0])
        and nxt.text not in lex.places()
        and nxt.text not in lex.known_organisations()
        and (after.text == "," or (after.is_lower and after.tag_ in ("VBD", "VBZ")))
    )


def _starts_with_title(ent: Span) -> bool:
    """The entity opens with an honorific or title of one word or two ("Datuk", "Tan
    Sri")."""
    first = _fold(ent[0].text)
    pair = _fold(ent[:2].text) if len(ent) > 1 else ""
    return first in lex.titles() or pair in lex.titles()


def _grown_to_title(doc: Doc, ent: Span) -> Span:
    """A person's name grown left over the capitalised words between it and a title the
    model left out ("Dr [Nor Azlina] Abdul Rahman", "Chancellor [Angela] Merkel")."""
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    while (
        start > 0
        and ent.start - start < 3
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].whitespace_ == " "
        and _fold(doc[start - 1].text) not in lex.titles() | lex.title_modifiers()
    ):
        start -= 1
    if start == ent.start or start == 0 or _fold(doc[start - 1].text) not in lex.titles():
        return ent
    if not doc[start - 1].is_title or "\n" in doc[start - 1].whitespace_:
        return ent
    return Span(doc, start, ent.end, label=ent.label)


def _grown_in_capitals(doc: Doc, ent: Span) -> Span:
    """A name in capitals (a byline's, a photo credit's) grown over the words in
    capitals after it on the line ("ERIC LAU" + "KHENG HUAT")."""
    if ent.label_ != "PERSON" or not ent.text.isupper():
        return ent
    end = ent.end
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and doc[end].is_upper
        and doc[end].is_alpha
        and not doc[end].ent_type_
        and doc[end].lower_ not in STOP_WORDS
    ):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label)


def _after_titles(doc: Doc, ent: Span, nxt: Span | None) -> int | None:
    """The end of a titled person's name the model cut short: the capitalised proper
    nouns right after it on the line that no other entity holds, and the person's name
    they run into."""
    if ent.label_ != "PERSON" or not _starts_with_title(ent):
        return None
    end = ent.end
    while (
        end < len(doc)
        and "\n" not in doc[end - 1].whitespace_
        and doc[end - 1].whitespace_
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and (not doc[end].ent_type_ or (nxt is not None and nxt.start == end))
    ):
        if nxt is not None and nxt.start == end:
            if nxt.label_ != "PERSON":
                break
            return nxt.end
        end += 1
    return end if end > ent.end else None


_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _initials(ent: Span) -> bool:
    """An entity made only of initials written without dots ("P K")."""
    return ent[-1].whitespace_ == " " and all(len(t.text) == 1 and t.is_upper for t in ent)


def _initials_before(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Initials written without dots before a surname: "P K" + "Bhattacharya"."""
    return nxt.label_ == "PERSON" and nxt.start == ent.end and _initials(ent)


#: Particles that open a surname after a given name, alone or two together ("van den",
#: "de la", "von der"); "al" and "el" are left out, as they are hyphenated ("al-Assad").
_OPENING_PARTICLES = frozenset({"van", "von", "de", "del", "della", "di", "da", "dos", "du"})
_OPENING_PARTICLES |= frozenset({"das", "ter", "bin", "binti", "ibn", "le", "zu"})
_SECOND_PARTICLES = frozenset({"den", "der", "de", "la", "las", "los", "het", "te", "ten"})


def _surname_after_particles(doc: Doc, ent: Span, nxt: Span | None) -> int | None:
    """The end of a person's name the model cut before its surname's particles: a PERSON
    ending in a known given name, then "van den", "de la" or "bin" and a capitalised
    word, tagged or not ("Mark" + "van den" + "Oever"). None when no such surname follows."""
    if ent.label_ != "PERSON":
        return None
    k = ent.end  # the model may have taken in the particles: "Mark van" + "Oever"
    while k - 1 > ent.start and doc[k - 1].lower_ in _OPENING_PARTICLES | _SECOND_PARTICLES:
        k -= 1
    if not given_name(doc[k - 1]) or doc[k - 1].whitespace_ != " ":
        return None
    if k >= len(doc) or doc[k].lower_ not in _OPENING_PARTICLES:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in _SECOND_PARTICLES:
        k += 1
    if k >= len(doc) or not (doc[k].is_title and doc[k].is_alpha) or doc[k - 1].whitespace_ != " ":
        return None
    if nxt is not None and nxt.start == k:
        return nxt.end if len(nxt) <= 2 and nxt.label_ in ("PERSON", "GPE", "ORG", "NORP") else None
    if doc[k].ent_type_ or doc[k].text in lex.places():
        return None  # "Maria de" + "the Philippines"-like: a place, not a surname
    return past_hyphens(doc, k + 1)


def _particled_surname_end(doc: Doc, k: int) -> int:
    """End of lower-case particles and an untagged capitalised surname starting at
    ``k`` ("de Vries", "van der Berg", "bin Salleh"), or 0 when none starts there."""
    if k >= len(doc) or doc[k].text not in _OPENING_PARTICLES or doc[k].ent_iob_ != "O":
        return 0
    k += 1
    if k < len(doc) and doc[k].text in _SECOND_PARTICLES and doc[k].ent_iob_ == "O":
        k += 1
    if (
        k >= len(doc)
        or doc[k].ent_iob_ != "O"
        or not (doc[k].is_title and doc[k].is_alpha)
        or "\n" in doc[k - 1].whitespace_
    ):
        return 0
    return past_hyphens(doc, k + 1)


def _surnames_after(doc: Doc, ent: Span, nxt: Span | None) -> int | None:
    """The end of a person's name the model cut after its given names: a PERSON ending
    in a known given name, then untagged capitalised words and perhaps a one-word entity
    right after them ("Cristián Andrés" + "Olivares" + "Tapia"). None when nothing
    follows."""
    if ent.label_ != "PERSON" or not given_name(ent[-1]) or ent[-1].whitespace_ != " ":
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a"):
        return None  # "the Finn Aino" + "Lehtinen": the model took in a nationality
    end = ent.end
    while (
        end < len(doc)
        and end - ent.end < 2
        and _untagged_surname(doc[end])
        and _plain_word(doc[end])
        and doc[end].text not in lex.places()
        and not doc[end].is_sent_start
    ):
        end += 1
        if not doc[end - 1].whitespace_:
            break
    if end == ent.end:
        return None
    if (
        nxt is not None
        and nxt.start == end
        and len(nxt) == 1
        and doc[end - 1].whitespace_ == " "
        and _plain_word(nxt[0])
        and nxt.text not in lex.places()
    ):
        return nxt.end
    return end


def _given_name_before(doc: Doc, ent: Span) -> bool:
    """A person whose given name the model left out: an untagged proper noun right
    before a one-word name inside the sentence ("nonpartisan Junius" + "Ho"), or a known
    given name before a longer one ("Héctor" + "Manuel Araya Cortés")."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if ent.label_ != "PERSON" and not (
        ent.label_ in ("ORG", "GPE")
        and (
            " " not in ent.text  # one word, maybe hyphenated: "Morgan-Hughes"
            or (given_name(ent[0]) and all(_plain_word(t) for t in ent))
        )  # "Beatriz" + "Elena Montoya Restrepo" (ORG)
        and given_name(before)
        and ent.text not in lex.known_organisations()
        and ent.text not in lex.places()
    ):
        return False  # "Masaru" + "Okada" (ORG), not "Delta" + "Airlines"
    if len(ent) > 1 and (
        not given_name(before) or (ent.start >= 2 and doc[ent.start - 2].lower_ in ("the", "a"))
    ):
        return False  # "the Finn Aino Lehtinen": a nationality, not a given name
    if ent.start >= 2 and doc[ent.start - 2].ent_type_ == "PERSON":
        return False  # "the Finn Aino Lehtinen": the person before takes it
    return (
        _untagged_surname(before)
        and _plain_word(before)
        and before.whitespace_ == " "
        and (not before.is_sent_start or given_name(before))  # "Priya" + "Malhotra-Lane"
        and before.text not in lex.places()
    )


def _untagged_surname(token) -> bool:
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and token.is_title and token.is_alpha


#: A news agency's credit line: "(Reporting by Amadou Sy in Bangui; Editing by Tom Roe)".
CREDIT_LINE = re.compile(
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ff]act-checking)\s+by\s+"
)
#: The words that open a photo credit: "Photograph:", "PHOTO |", "©", "Photo by",
#: "Pictures by".
_CREDIT_OPENING = (
    r"(?:(?:[Pp]hotograph|[Pp]hoto|PHOTO|[Pp]icture|[Cc]redit|[Ff]oto)s?\s*[:|]|©"
    r"|(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture)s?[^\S\n]+(?:by|BY))"
)
#: A photo credit before a name: "Photograph: Tamsin Wardle/AAP", "ST PHOTO: DARREN LOKE",
#: "© Issouf Adamou / AFP", "(Photo by Ana Costa/Getty Images)".
PHOTO_CREDIT = re.compile(_CREDIT_OPENING + r"\s*$")
#: What ends a photo credit's name: the agency after a slash, a bar, a bracket, the line.
CREDIT_END = re.compile(r"\s*(?:[/|)]|$)", re.M)


#: A caption line: "Image: ...", "Photo: ...".
_CAPTION_LINE = re.compile(r"(?i)(?:image|photo|photograph|picture|caption)s?\s*[:|]")
#: A credit that closes a caption: "... Aileen Park for NPR", "... for The New York Times".
_FOR_OUTLET_END = re.compile(
    r"[^\S\n]+for[^\S\n]+(?:[Tt]he[^\S\n]+)?[A-Z][\w&.'’-]*(?:[^\S\n]+[A-Z][\w&.'’-]*){0,3}"
    r"[^\S\n]*$",
    re.M,
)


def photo_credited(text: str, start: int, end: int) -> bool:
    """The name at ``start..end`` is a photographer's credit: "Photograph: Tamsin
    Wardle/AAP", "ST PHOTO: DARREN LOKE", or a caption's last words "Aileen Park for
    NPR"."""
    if (
        PHOTO_CREDIT.search(text, max(0, start - 20), start) is not None
        and CREDIT_END.match(text, end) is not None
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _FOR_OUTLET_END.match(text, end) is not None
        and _CAPTION_LINE.match(text, line_start) is not None
        and text[max(line_start, start - 2) : start] in (". ", "? ", "! ", ") ")
    )


#: A photo credit's agency after the photographer's name: "Photograph: Lucy Penhallow/PA",
#: "(Photo: Ann Lee / The Daily Star)" (an outlet's name after "The" whole).
_CREDITED_AGENCY = re.compile(
    r"(?:" + _CREDIT_OPENING + r"|(?<=[.!?] )\()\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’.-]+){0,3})[^\S\n]*/[^\S\n]*"
    r"(?P<agency>The(?:[^\S\n]+[A-Z][\w&.-]*){1,3}"
    r"|[A-Za-z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*)?)"
)


def _name_then_outlet(match: re.Match[str]) -> bool:
    """A bare bracketed credit names the photographer first ("(Peter Kowalczyk/SooToday)")
    only when a given name opens it and none opens what follows the slash."""
    name, agency = match.group("name").split(), match.group("agency").split()
    return lex.is_given_name(name[0]) and not (agency and lex.is_given_name(agency[0]))


def credited_agencies(doc: Doc) -> list[Span]:
    """News and photo agencies credited after a photographer's name ("/PA", "/AFP via
    Getty Images" gives "AFP")."""
    out = []
    text = doc_text(doc)
    matches = [
        *_CREDITED_AGENCY.finditer(text),
        *(m for m in _CAPTION_CREDIT.finditer(text) if _on_caption_line(text, m.start())),
    ]
    for match in matches:
        if match.group(0).startswith("(") and not _name_then_outlet(match):
            continue  # "(AP Photo/Jordan Pike)", "(Reuters/Ann Liu)": the agency comes first
        span = doc.char_span(match.start("agency"), match.end("agency"), alignment_mode="contract")
        if (
            span is not None
            and len(span)
            and (
                span.text[0].isupper() or span.text in lex.known_organisations()  # "/dpa"
            )
        ):
            out.append(span)
    return out + _credit_spans(doc, "organisation", out)


def _credit_spans(doc: Doc, kind: str, found: list[Span]) -> list[Span]:
    """The parts of the photo credits read part by part ("PHOTO: DESMOND FOO, THE STRAITS
    LEDGER") of one ``kind``, past those already ``found``."""
    out = []
    for part in credit_parts(doc_text(doc)):
        span = doc.char_span(part.start, part.end, alignment_mode="contract")
        if part.kind == kind and span is not None and len(span) and span not in found:
            out.append(span)
    return out


def credited_photographers(doc: Doc) -> list[Span]:
    """Photographers named before the agency in a photo credit, whatever the model read
    ("Photo by Lia Moreno/Getty Images", which it may tag "Moreno/Getty Images" ORG): a
    known given name and a surname, neither a known organisation nor a body's word."""
    out = []
    for match in _CREDITED_AGENCY.finditer(doc_text(doc)):
        span = doc.char_span(*match.span("name"), alignment_mode="contract")
        if (
            span is not None
            and len(span) >= 2
            and lex.is_given_name(span[0].text)
            and span.text not in lex.known_organisations()
            and not any(
                t.text in lex.known_organisations() or _fold(t.text) in lex.organisation_words()
                for t in span
            )
        ):
            out.append(span)
    return out + _credit_spans(doc, "person", out)


#: Capitalised honorifics that name a person right after them ("Mr", "Dr", "CP").
HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Rev", "Sen", "Rep", "Gen"}
    | {"Col", "Capt", "Lt", "Sgt", "Insp", "Supt", "CP", "SP", "DSP", "ASP", "Cllr"}
)


def _proper_run(doc: Doc, k: int, limit: int = 3) -> int:
    """End of a run of untagged capitalised proper nouns starting at ``k`` on one line."""
    end = k
    while (
        end < len(doc)
        and end - k < limit
        and doc[end].ent_iob_ == "O"
        and doc[end].is_title
        and (doc[end].pos_ == "PROPN" or (end == k and given_name(doc[end])))  # "Seán"
        and _plain_word(doc[end])
        and (end == k or "\n" not in doc[end - 1].whitespace_)
    ):
        end = past_hyphens(doc, end + 1)  # a hyphenated surname: "Okonjo-Reed"
    return end


def _era_of_leader(doc: Doc, k: int) -> bool:
    """Token ``k`` is a leader's surname the model read as part of a date: "Obama-era
    rules", "Trump-era tariffs"."""
    return (
        doc[k].ent_type_ == "DATE"
        and doc[k].is_title
        and doc[k].pos_ == "PROPN"
        and leader_noun_after(doc, k + 1) == "era"
        and names_a_leader(doc, k, k + 1)
    )


def _two_surnames(doc: Doc, start: int, end: int) -> bool:
    """Two capitalised words after a given name that are surnames, as Spanish and
    Portuguese names have them ("Ana [Soto Ruiz]"): no place, no organisation's word,
    no hyphen."""
    words = doc[start:end]
    return (
        len(words) == 2
        and all(t.is_title and t.is_alpha for t in words)
        and not any(t.text in lex.places() for t in words)
        and not any(_fold(t.text) in lex.organisation_words() for t in words)
    )


def _runs_on(before: Token) -> bool:
    """The word before a name carries a longer run of capitals on: a hyphen or a
    capitalised word that is no title and no nationality ("Eastern" of "the Eastern Young
    Cattle Indicator"; not "Senator", "Chilean")."""
    return before.text in ("-", "–") or (
        before.is_title
        and _fold(before.text) not in lex.titles() | lex.title_modifiers() | lex.demonyms()
    )


def _misspelt_surname(token: Token, surnames: dict[str, set[str]]) -> bool:
    """An untagged word that misspells the surname of one person the model found, where
    a person acts: the subject of a verb or an owner ("Hegarity told parliament" after
    "Owen Hegarty"; not a surname two relatives bear)."""
    return (
        (
            token.dep_ in ("nsubj", "nsubjpass")
            or (token.nbor(1).tag_ == "POS" if token.i + 1 < len(token.doc) else False)
        )
        and not lex.is_given_name(token.text)
        and token.text not in lex.places()
        and [
            len(given) for surname, given in surnames.items() if misspelt_word(token.text, surname)
        ]
        == [1]
    )


def _of_a_body(doc: Doc, k: int) -> bool:
    """Token ``k`` is an "of" before an organisation the model found ("... of the Rio
    Grande Water Fund"): the name before it is someone who works there."""
    if doc[k].lower_ != "of" or k + 1 >= len(doc):
        return False
    opening = [doc[k + 1]] + (
        [doc[k + 2]] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else []
    )
    return any(t.ent_iob_ == "B" and t.ent_type_ == "ORG" for t in opening)


def _before_partner(doc: Doc, k: int) -> bool:
    """The given name at ``k`` is coordinated with a person's full name opened by a given
    name: "Tariq and Imran Aziz", the two sharing the surname."""
    if k + 3 >= len(doc) or doc[k + 1].lower_ not in ("and", "&"):
        return False
    partner = doc[k + 2]
    if partner.ent_iob_ != "B" or partner.ent_type_ != "PERSON" or not given_name(partner):
        return False
    end = k + 3
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return 2 <= end - (k + 2) <= 3


def untagged_people(doc: Doc) -> list[Span]:
    """Persons' names the model left untagged where only a person can stand: before an
    age in commas ("Siti Rahmah, 34,"), after an honorific ("CP Yusuf Garba Tanimu") or
    in commas after a title ("TUC President, Tunde Oyewole,"), in a news agency's credit
    line ("Reporting by Amadou Sy and ..."), in a photo credit ("Photograph: Tamsin
    Wardle/AAP") and before the government they lead ("the Modi government")."""
    found: list[Span] = []
    text = doc_text(doc)
    # each surname with the given names that bear it ("Hans Vollenweider" and "Margarethe
    # Vollenweider": a misspelling of it could be either's)
    surnames: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            surnames.setdefault(ent[-1].text, set()).add(ent[0].text)
    for token in doc[1:]:  # and untagged ones after a given name ("Margarethe Vollenweider")
        if token.text in surnames and given_name(doc[token.i - 1]):
            surnames[token.text].add(doc[token.i - 1].text)
    for k, token in enumerate(doc):
        if found and found[-1].end > k:
            continue
        if _era_of_leader(doc, k):
            found.append(doc[k : k + 1])
            continue
        if token.ent_iob_ != "O" or not token.is_title:
            continue
        before = doc[k - 1] if k > 0 else None
        end = _proper_run(doc, k)
        if end == k:
            continue
        after = doc[end : end + 3]
        aged = (
            len(after) == 3
            and after[0].text == ","
            and after[1].like_num
            and len(after[1].text) <= 3
            and after[2].text in (",", ")")
        )
        titled = before is not None and (
            before.text.rstrip(".") in HONORIFICS
            or (  # "Irish MEP Seán Doyle", "led by Prime Minister Nuno Gomes Cabral",
                # "AU chairperson Mahamat Wardougou Issa": a title before a given name
                # and a surname
                len(before.text) > 1
                and _fold(before.text) in lex.titles()
                and given_name(token)
                and end - k >= 2
            )
        )
        hyphens = sum(1 for t in doc[k:end] if t.text in ("-", "–"))
        words = end - k - 2 * hyphens  # "Annabelle Cabuquit-Lao": two words
        named = (
            (
                words == 2
                or (
                    words == 3
                    and _two_surnames(doc, k + 1, end)
                    and not (before is not None and _runs_on(before))
                )  # not "the Eastern Young Cattle Indicator", "Thompson-Nicola Regional ..."
            )
            and given_name(token)
            and token.tag_ == "NNP"
            and (not token.is_sent_start or token.idx < doc._.metoo_header_end)  # a byline
            and not (
                before is not None
                and (
                    before.lower_ in ("the", "a", "an")
                    or (before.is_upper and _fold(before.text) not in lex.titles())
                )
            )
            and doc[k + 1 : end].text not in lex.places()
            and doc[k:end].text not in lex.venues()
        )  # "New People Party's Regina Ip"; not "The Velvet Underground", "BRP Teresa ...",
        # "Albert Hall"
        opens_sentence = (  # "Masaru Okada, head of the chapter, conceded"; "Isabel
            # Thornquist contributed to this article."; "Lucía Ferrer Vidal, a Spanish MEP,";
            # "Arne Slot's side"
            words in (2, 3)
            and given_name(token)
            and token.tag_ == "NNP"
            and token.is_sent_start
            and end + 1 < len(doc)
            and (
                (doc[end].text == "," and (doc[end + 1].is_lower or doc[end + 1].like_num))
                or (doc[end].tag_ in ("VBD", "VBZ") and doc[end].is_lower)
                or (  # "Arne Slot's side took the lead"
                    doc[end].tag_ == "POS" and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"
                )
                or _of_a_body(doc, end)  # "Amelia Cordova of the Rio Grande Water Fund said"
            )
            and doc[k + 1 : end].text not in lex.places()
            and _fold(doc[end - 1].text) not in lex.organisation_words()
        )
        credited = CREDIT_LINE.search(text, max(0, token.idx - 20), token.idx) is not None and (
            text[max(0, token.idx - 20) : token.idx].rstrip().endswith("by")
            or (before is not None and before.lower_ == "and")
        )
        photographer = end - k >= 2 and photo_credited(
            text, token.idx, doc[end - 1].idx + len(doc[end - 1])
        )
        appositive = (  # "TUC President, Tunde Oyewole, described ..."
            end - k >= 2
            and before is not None
            and before.text == ","
            and k >= 2
            and _fold(doc[k - 2].text) in lex.titles()
            and end < len(doc)
            and doc[end].text == ","
        )
        leader = (  # "the Modi government", "an Albanese government minister"
            before is not None
            and before.lower_ in ("the", "a", "an")
            and names_a_leader(doc, k, end)
        )
        if (
            aged
            or titled
            or credited
            or named
            or opens_sentence
            or appositive
            or photographer
            or leader
        ):
            found.append(doc[k:end])
        elif end == k + 1 and given_name(token):
            particled = _particled_surname_end(doc, end)
            if particled and doc[k:particled].text not in lex.places():
                found.append(doc[k:particled])  # "Jan de Vries", "Ahmad bin Salleh"
            elif _before_partner(doc, k):
                found.append(doc[k:end])  # "brothers Tariq and Imran Aziz"
        elif end == k + 1 and _misspelt_surname(token, surnames):
            found.append(doc[k:end])  # "Owen Hegarty apologised. Hegarity told MPs ..."
    return sorted([*found, *_caption_credits(doc, found)], key=lambda span: span.start)


#: The credit that closes a caption: "... on November 26. MATHIEU RENOULT / AFP", "...
#: yesterday. - MOHD SHAHRIL ISMAIL/The Star".
_CAPTION_CREDIT = re.compile(
    r"(?:[.!?]|[^\S\n][-–—])[^\S\n]+(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’.-]+){1,3})"
    r"[^\S\n]*/[^\S\n]*(?P<agency>[A-Za-z][^/\n]{0,40}?)[^\S\n]*$",
    re.M,
)


#: A photographer in capitals after a dash at the end of a caption, with no agency:
#: "... on Tuesday. —MARLON B. ESCALANTE".
_CAPTION_DASH_CREDIT = re.compile(
    r"[.!?][^\S\n]*[—–][^\S\n]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){1,3})"
    r"[^\S\n]*$",
    re.M,
)


def _on_caption_line(text: str, at: int) -> bool:
    """The offset is on a caption's line ("Image: ...", "Photo: ...")."""
    return _CAPTION_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def _caption_credits(doc: Doc, found: list[Span]) -> list[Span]:
    """Photographers credited at the end of a caption line, in capitals or not, which
    the model leaves untagged or reads as something else."""
    text = doc_text(doc)
    out = []
    matches = [*_CAPTION_CREDIT.finditer(text), *_CAPTION_DASH_CREDIT.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        if not _on_caption_line(text, match.start()):
            continue
        span = doc.char_span(*match.span("name"), alignment_mode="contract")
        if span is None or any(f.start < span.end and span.start < f.end for f in found):
            continue
        if span.text in lex.known_organisations() or span.text in lex.places():
            continue
        if any(t.ent_type_ in ("PERSON", "") for t in span) and not any(
            _fold(t.text) in lex.titles() for t in span
        ):
            out.append(span)
    return out


#: A header line naming the story's reporters: "By Jane Doe", "BY WANJIRU KIPTOO".
_BYLINE_LINE = re.compile(rf"(?im)^[^\S\n]*{BYLINE_OPENING}[^\S\n]*:?[^\S\n]+(?P<who>[^\n]+)$")
_NAME_IN_BYLINE = re.compile(
    r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}(?![\w'’-])"
)

#: A header line that is only a name, as web pages print the byline: "Thabo Mokoena".
_NAME_LINE = re.compile(
    r"(?m)^[^\S\n]*[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}[^\S\n]*$"
)


@cache
def _role_line() -> re.Pattern[str]:
    """A header line of reporters' names, then a comma and their role: "TAKESHI OGURA and
    MIHO SAKAMAKI, Nikkei staff writers", "Jane Roe, Health Correspondent", "KENJI
    HAYASHIDA, Nikkei staff writer, and KIM JI-HOON, Contributing writer"."""
    roles = "|".join(sorted(map(re.escape, lex.byline_roles()), key=len, reverse=True))
    word = r"[A-ZÀ-Þ][\w'’.-]+"
    role = r"[^,\n]{0,40}?\b(?:" + roles + r")s?"
    return re.compile(
        r"(?im)^[^\S\n]*(?:by[^\S\n]*:?[^\S\n]+)?"
        r"(?:(?P<lead>[A-ZÀ-Þ][^,\n]{3,80}?),[^\S\n]*" + role + r",?[^\S\n]+and[^\S\n]+)?"
        r"(?P<who>[A-ZÀ-Þ][^,\n]{3,80}?),[^\S\n]*" + role + r"[^\S\n]*$"
        # or without the comma: "Niamh Cullinane Housing Correspondent"
        r"|(?-i:^[^\S\n]*(?:(?i:by)[^\S\n]*:?[^\S\n]+)?(?!(?i:by)\b)"
        r"(?P<bare>" + word + r"(?:[^\S\n]+" + word + r"){1,2}?)"
        r"[^\S\n]+(?:[A-ZÀ-Þ][\w-]+[^\S\n]+){0,2}(?i:" + roles + r")s?[^\S\n]*$)"
    )


def byline_people(doc: Doc) -> list[Span]:
    """Reporters named on a header byline the model left untagged ("By WANJIRU KIPTOO",
    "By Nora Whitfield, Campus Editor, and Ethan Marsh"): two to four capitalised words
    between the separators, none of them a job title; or a header line that is only a
    known given name and a surname ("Thabo Mokoena")."""
    header_end = doc._.metoo_header_end
    if not header_end:
        return []
    text = doc_text(doc)
    roles = lex.titles() | lex.byline_roles()
    found = []
    names = []
    credited = []
    for line in _BYLINE_LINE.finditer(text, 0, header_end):
        outlet = _outlet_suffix(line.group("who"))
        found_here = list(
            _NAME_IN_BYLINE.finditer(text, line.start("who"), line.end("who") - outlet)
        )
        found_here = [
            name for name in found_here if not _employer_before_role(text, name.end(), line.end())
        ]
        if outlet:  # "By ANA RUIZ Associated Press": the model may run the name into it
            credited += [name.span() for name in found_here]
        else:
            names += found_here
    credited += [  # a name before its role is a reporter's, whatever the model read
        name.span()
        for line in _role_line().finditer(text, 0, header_end)
        for group in ("lead", "who", "bare")
        if line.group(group)
        for name in _NAME_IN_BYLINE.finditer(text, line.start(group), line.end(group))
    ]
    names += [
        line
        for line in _NAME_LINE.finditer(text, 0, header_end)
        if lex.is_given_name(line.group(0).split()[0])
        and line.group(0).split()[0].lower() not in STOP_WORDS  # "In Summary"
    ]
    names += [  # "Tara Whitcombe and Ben Loughlin" alone on a header line
        name
        for line in _HEADER_LINE.finditer(text, 0, header_end)
        if names_line(line.group(0).strip())
        for name in _NAME_IN_BYLINE.finditer(text, line.start("line"), line.end("line"))
    ]
    credited += [
        line.span("who")
        for line in _NAME_OUTLET_LINE.finditer(text, 0, header_end)
        # "Owen Hartley | Media Correspondent": the reporter's job title in its own field
        if _is_outlet(line.group("outlet")) or role_field(line.group("outlet"))
    ]
    for name in names:
        words = name.group(0).split()
        if any(_fold(w) in roles or w.lower() == "and" for w in words):
            continue
        span = doc.char_span(name.start(), name.end())
        if span is not None and (
            all(t.ent_iob_ == "O" for t in span) or _misread_inside(doc, span)
        ):
            found.append(span)
    for start, end in credited:  # the model may have run the name into the outlet's
        span = doc.char_span(start, end)
        if (
            span is not None
            and not any(_fold(t.text) in roles or t.lower_ == "and" for t in span)
            and span[0].lower_ not in STOP_WORDS  # "By Our Special Correspondent"
        ):
            found.append(span)
    outlets = staff_outlets(doc)  # "Tucson Sentinel staff": an outlet, no reporter
    return [s for s in found if not any(o.start < s.end and s.start < o.end for o in outlets)]


def _employer_before_role(text: str, end: int, line_end: int) -> bool:
    """The byline's name ending at ``end`` is the employer before a reporter's job, in
    lower case up to the next comma: "Meridian Wire" of "By Ana Ruiz, Meridian Wire
    science correspondent"."""
    comma = text.find(",", end, line_end)
    words = text[end : line_end if comma == -1 else comma].split()
    return (
        bool(words)
        and all(word.islower() for word in words)
        and _fold(words[-1]).removesuffix("s") in lex.byline_roles()
    )


#: A speaker's initials opening a line of a Q&A, bold or not: "IS:", "**TR:**".
_SPEAKER_LABEL = re.compile(r"(?m)^[^\S\n]*\**[^\S\n]*(?P<initials>[A-Z]{2,3})[^\S\n]*\**[^\S\n]*:")


def speaker_initials(doc: Doc, span: Span) -> bool:
    """The span is a Q&A speaker's initials at a line's start ("KD: I liked the stage."),
    the initials of a person the model names in the article ("Kaveh Dastani")."""
    text = doc_text(doc)
    label = _SPEAKER_LABEL.match(text, text.rfind("\n", 0, span.start_char) + 1)
    if label is None or label.span("initials") != (span.start_char, span.end_char):
        return False
    return any(
        ent.label_ == "PERSON"
        and 2 <= len(ent) <= 3
        and "".join(t.text[:1] for t in ent) == span.text
        for ent in doc.ents
    )


#: A header line, its "By" apart: "By Harbour Times Staff".
_HEADER_LINE = re.compile(r"(?im)^[^\S\n]*(?:by[^\S\n]*:?[^\S\n]+)?(?P<line>\S[^\n]*?)[^\S\n]*$")


def staff_outlets(doc: Doc) -> list[Span]:
    """Outlets that sign a header byline as their staff ("Tucson Sentinel staff", "From
    Coastal Herald Staff and wire reports") or print their name before the date
    ("Ballarat Courier Weekly, Monday 18 May 2026")."""
    header_end = doc._.metoo_header_end
    if not header_end:
        return []
    text = doc_text(doc)
    found = []
    for line in _HEADER_LINE.finditer(text, 0, header_end):
        outlet = staff_outlet(line.group("line")) or dated_outlet(line.group("line"))
        if outlet is None:
            continue
        start = text.find(outlet, line.start("line"))
        span = doc.char_span(start, start + len(outlet), alignment_mode="contract")
        if span is not None and len(span):
            found.append(span)
    return found


def masthead_outlet(doc: Doc) -> list[Span]:
    """The outlet whose masthead opens the article, above its date and headline."""
    found = masthead(doc_text(doc))
    span = found and doc.char_span(*found, alignment_mode="contract")
    if not span:
        return []
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]  # "The Millbrook Courier-Ledger": the name after "The"
    return [span]


def _misread_inside(doc: Doc, span: Span) -> bool:
    """A byline's name opening with a known given name that the model read, in part, as
    something other than a person: "Natalia" (GPE) of "By Natalia Ramos and ...". Every
    entity it touches lies inside it, and none is a person's."""
    if not given_name(span[0]):
        return False
    touched = [e for e in doc.ents if e.start < span.end and span.start < e.end]
    return bool(touched) and all(
        span.start <= e.start and e.end <= span.end and e.label_ != "PERSON" for e in touched
    )


#: A header line of a reporter's name, a dash or bar, and the outlet or a job title:
#: "Catherine Villanueva-Dizon - The Philippine Star".
_NAME_OUTLET_LINE = re.compile(
    r"(?m)^[^\S\n]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
    r"[^\S\n]+[-–—|][^\S\n]+(?P<outlet>[^\n]{2,60}?)[^\S\n]*$"
)


def _outlet_suffix(who: str) -> int:
    """Length of a known outlet or agency that ends a byline with no separator before it
    ("By ANA RUIZ Associated Press"); 0 when there is none."""
    starts = [word.start() for word in re.finditer(r"\S+", who)]
    for start in starts[max(1, len(starts) - 4) :]:  # an outlet of up to four words
        outlet = " ".join(who[start:].split())
        if _is_outlet(outlet) or (outlet.isupper() and _is_outlet(outlet.title())):
            return len(who) - start
    return 0


def _is_outlet(name: str) -> bool:
    entry = lex.known_organisations().get(name.strip())
    return entry is not None and entry.category in ("outlet", "agency")


#: A team sheet: a side's name (and formation), a colon, then its players parted by
#: semicolons (the lines of the formation) and commas, substitutes in brackets with the
#: minute they came on: "Wolves (3-4-3): Johnstone; Semedo, Agbadou (Toti 60), Doherty;".
_TEAM_SHEET = re.compile(
    r"(?m)^[^\S\n]*(?:[A-Z][\w'’.&-]*[^\S\n]?){1,4}(?:\([\d-]+\)[^\S\n]*)?:[^\S\n]*"
    r"(?P<players>[^\n]+)$"
)
#: One player on a team sheet: one to three capitalised words ("Aït-Nouri", "De Ligt").
_PLAYER = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[^\S\n]+(?:[A-ZÀ-ÖØ-Þ]|de |van |da )[\w'’.-]*){0,2}"
)
#: A team sheet lists a whole side: at least this many players.
_SIDE = 9


def team_sheet_players(doc: Doc) -> list[Span]:
    """Players listed on a match report's team sheets, which the model reads as places
    or leaves untagged: every name between the separators of a line that lists a side."""
    text = doc_text(doc)
    found = []
    for line in _TEAM_SHEET.finditer(text):
        players = line.group("players")
        if players.count(";") < 2:
            continue
        items = [item for item in re.split(r"[;,()]", players) if item.strip(" .")]
        names = [re.sub(r"[^\S\n]*\d+(?:\+\d+)?['’]?[^\S\n]*$", "", i).strip(" .") for i in items]
        if len(names) < _SIDE or not all(_PLAYER.fullmatch(name) for name in names):
            continue
        for match in _PLAYER.finditer(players):
            start = line.start("players") + match.start()
            span = doc.char_span(start, start + len(match.group(0).rstrip(".")))
            if span is not None:
                found.append(span)
    return found
