"""Find name candidates in a Doc: model entities trimmed to the name, lexicon hits, tags."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..layout import (
    BYLINE_OPENERS,
    is_header_field,
    is_kicker,
    section_label,
    wire_dateline,
)
from ..normalize import name_lexicons as lex
from ..normalize.clock import zone_offsets
from ..normalize.holidays import holiday_rules
from ..normalize.name_search import NameSearch
from ..normalize.names import (
    NAME_PARTICLES,
    defines_short_form,
    is_acronym_of,
    is_belief_word,
    is_hyphen_compound,
    is_stance_modifier,
    looks_like_acronym,
    looks_like_other_name,
    looks_like_short_form,
    possessive_length,
    spells_initials,
)
from ..normalize.names import fold as _fold
from ..normalize.numbers import GLUED_PREFIXES
from ..normalize.units import currency_codes
from .entity_evidence import DESIGNATION, MAKERS_MODEL, PEERS, evidence
from .missed_names import (
    HONORIFICS,
    byline_people,
    credited_agencies,
    credited_photographers,
    join_split_names,
    masthead_outlet,
    speaker_initials,
    staff_outlets,
    team_sheet_players,
    untagged_people,
)
from .organisation_spans import (
    LEGAL_FORMS,
    apposed_description_end,
    extend_right,
    grow_organisation,
    grow_over_and,
    grow_over_and_to_short_form,
    grow_over_opening_word,
    grow_over_plural_owner,
    grow_over_possessive,
    grow_to_short_form,
    letters_and_digits,
    names_a_party_group,
    opens_with_plural_owner,
    organisation_named_after,
    organisation_with_country,
    shop_names,
    untagged_organisations,
)
from .regional_bodies import regional_bodies
from .source_lines import cited_sources
from .teams import SCORELINE, club_names, club_spans, team_nicknames
from .tokens import (
    MINISTERIAL_TITLES,
    calendar_word,
    capitalised_word,
    dates_a_year,
    glues_actor,
    heads_a_title,
    in_ministers_title,
    joins_words,
    leader_noun_after,
    opens_sentence,
    past_hyphens,
)

#: Model labels worth a look; NORP and the like only count with organisation evidence.
MODEL_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
    "EVENT": "other",
    "LAW": "other",  # only a body's name the model read as a law (``_body_read_as_law``)
}

#: What may precede a reporter's name on a byline line: nothing, "By", or an earlier name
#: and a separator ("By Jane Doe and John Roe").
#: A header line that opens with "By" ("By business reporter Tess Holloway-Rae").
#: Other languages' "By" ("Por Lucía Herrera Vidal") open one only before a capital.
_OPENERS = "|".join(sorted(BYLINE_OPENERS))
_BY_LINE = re.compile(rf"\s*(?:(?i:by)|(?:{_OPENERS})(?=\s+[A-ZÀ-ÖØ-Þ]))\b")
#: A byline's agencies after the reporter: "Lena Hartwig with dpa, AFP".
_WITH_AGENCIES = re.compile(r"\bwith\s+(?:[\w.&-]+,?\s+(?:and\s+)?)*$")
_BYLINE_LEAD = re.compile(
    rf"(?im)(?:^|\bby\s*:?(?:\s+[a-z]+){{0,3}}|^[^\S\n]*(?-i:{_OPENERS})|,|\band|&)"
    r"(?:\s+(?-i:Dr|Prof|Rev|Mr|Mrs|Ms)\.?)?\s*$"
)  # "By Dr. Miriam Okafor": an honorific before the name
HASHTAG = re.compile(r"(?<![\w#&])#[^\W\d_]\w*")
HANDLE = re.compile(r"(?<![\w@.])@\w{1,30}\b")
#: Tokens that always end a name: brackets, and slashes or bars between two names.
_SEPARATORS = frozenset({"(", ")", "[", "]", "{", "}", "/", "|"})
_EDGE_PUNCT = frozenset("\"'`()[]{}<>-–—:;,.!?/|*•·▪►■●")


class Candidate(NamedTuple):
    """A name occurrence with the model's reading and the evidence around it.

    ``start``/``end`` are character offsets, ``first``/``last`` token indices (end
    exclusive); ``model`` is the kind the model's label suggests; ``evidence`` holds
    flags such as "title", "org_word", "lexicon", "speech".
    """

    start: int
    end: int
    text: str
    first: int
    last: int
    model: str
    evidence: frozenset[str]


def find_tags(text: str) -> list[tuple[str, int, int]]:
    """Hashtags and handles as (kind, start, end), by regex on the text."""
    found = [("hashtag", m.start(), m.end()) for m in HASHTAG.finditer(text)]
    found += [("handle", m.start(), m.end()) for m in HANDLE.finditer(text)]
    return sorted(found, key=lambda f: f[1])


#: Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
CONNECTORS = frozenset(
    {"of", "for", "and", "the", "de", "la", "le", "du", "des", "di", "del", "da", "dos"}
    | {"van", "von", "der", "den", "at", "on", "&", "e", "y", "al", "el", "bin", "ibn"}
    | {"los", "las", "della", "dela", "das", "ter", "dello", "delle", "degli", "dei", "do", "zu"}
)


def _units(doc: Doc, i: int, j: int) -> list[tuple[int, int]]:
    """Word units of tokens ``i..j``: tokens glued by hyphens ("Cheuk - ting") or en dashes
    ("Lidl – Trek") are one unit, and a unit at either edge grows over glued tokens
    outside the span."""
    while i >= 2 and joins_words(doc, i - 1) and doc[i - 2].is_alpha:
        i -= 2
    j = past_hyphens(doc, j)
    units: list[tuple[int, int]] = []
    k = i
    while k < j:
        end = k + 1
        while end + 1 < j and joins_words(doc, end):
            end += 2
        units.append((k, end))
        k = end
    return units


def _scoreline_number(doc: Doc, unit: tuple[int, int]) -> bool:
    """A side's goals in a scoreline heading a match report: the "2" and the "3" of
    "Chelsea 2 Wolves 3: ...", which part the sides' names."""
    first, last = unit
    if last - first != 1 or not doc[first].text.isdigit() or len(doc[first]) > 2:
        return False
    text = doc_text(doc)
    at = doc[first].idx
    line_start = text.rfind("\n", 0, at) + 1
    match = SCORELINE.match(text, line_start)
    return match is not None and at in (match.start(1), match.start(2))


def _breaks(doc: Doc, unit: tuple[int, int]) -> bool:
    """A unit that cannot be inside a name: a line break, a bracket, a dash with spaces
    round it, a lowercase word that is not a connector ("Yonhap news agency", "Fairwork
    Alliance by ...")."""
    tokens = doc[unit[0] : unit[1]]
    text = tokens.text
    if (
        "\n" in text
        or any("\n" in t.whitespace_ for t in tokens[:-1])
        or text in ("(", ")", "[", "]", "{", "}", "/", "|", "•", "·", "▪", "●", "■", "►")
    ):
        return True  # a bullet parts fields: "Daniel Tesfaye • 651-925-5032"
    if (
        text in ("-", "–", "—")
        and tokens[-1].whitespace_
        and unit[0] > 0
        and doc[unit[0] - 1].whitespace_
        and _fold(doc[unit[0] - 1].text) not in lex.demonyms()
    ):
        # "Manchester, England - Albert Hall": a spaced dash parts two fields; not two
        # demonyms written apart ("Council on American - Islamic Relations")
        return True
    if _scoreline_number(doc, unit):
        return True  # "Chelsea 2 Wolves 3": two sides and their goals, no "Chelsea 2 Wolves"
    if "\n" in doc[unit[1] - 1].whitespace_:
        return False
    if (
        text in ("a", "an")
        and unit[0] > 0
        and doc[unit[0] - 1].lower_ == "for"
        and unit[1] < len(doc)
        and doc[unit[1]].is_title
    ):
        return False  # "Committee for a Responsible Federal Budget": the body's own "a"
    return (
        text[:1].islower()
        and text not in CONNECTORS
        and text.rstrip(".") not in LEGAL_FORMS  # "Tesco plc"
        and not any(c.isupper() for c in text)
    )


def name_parts(span: Span) -> list[tuple[int, int, bool]]:
    """Token bounds of the names inside an entity span, each with whether a title was cut.

    The span is cut at line breaks, brackets and lowercase non-connector words; each part
    loses edge punctuation, a lowercase "the", leading titles (with their modifiers, unless
    the part is an organisation's name: "Secretary of State"), a trailing possessive and
    caption words ("Image"). Hyphen-glued words are never split ("Tehreek-e-Taliban").
    """
    doc = span.doc
    units = _units(doc, span.start, span.end)
    parts: list[list[tuple[int, int]]] = [[]]
    inner_the = any(name in span.text for name in _known_names_with_the())
    for k, unit in enumerate(units):
        after_word = k > 0 and doc[units[k - 1][0]].text not in CONNECTORS and not inner_the
        if _breaks(doc, unit) or (doc[unit[0]].text == "the" and after_word):
            parts.append([])
        else:
            parts[-1].append(unit)
        if "\n" in doc[unit[1] - 1].whitespace_:
            parts.append([])
    out = []
    pieces = [
        piece
        for part in parts
        for at_part in _split_at_host(doc, part)
        for owned in _split_at_owner(doc, at_part)
        for member in _split_member_title(doc, owned)
        for after in _split_person_after_organisation(doc, member)
        for leader in _split_leader_before_organisation(doc, after)
        for person in _split_person_of_organisation(doc, leader)
        for piece in _split_places_at_and(doc, person)
    ]
    for piece in pieces:
        trimmed = _trim(doc, piece)
        if trimmed is not None:
            first, last, titled = trimmed
            out.append((first, extend_right(doc, first, last), titled))
    return out


@lru_cache(maxsize=1)
def _known_names_with_the() -> tuple[str, ...]:
    """Known organisations' names with a lowercase "the" inside ("Save the Children")."""
    return tuple(name for name in lex.known_organisations() if " the " in name)


def _names_itself(doc: Doc, units: list[tuple[int, int]], joint: int) -> bool:
    """The words before the "and" at token ``joint`` are a name of their own: they hold
    an organisation word, are a known name, or the model tagged them apart."""
    words = doc[units[0][0] : units[-1][1]]
    return (
        any(_fold(t.text) in lex.organisation_words() for t in words)
        or words.text in lex.known_organisations()
        or (words[0].ent_iob_ == "B" and doc[joint].ent_iob_ == "O")
    )


def _split_at_host(doc: Doc, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Two organisations' names joined by "at" are two names when each holds an
    organisation word ("Block Museum of Art at Northwestern University"); a place after
    "at" stays in the name ("University of North Carolina at Greensboro"). A known
    organisation after "and" is a second name ("Ministry of Health and Pfizer"), and so
    is one after a person's name and "of" ("Declan Ryder of Aontú")."""
    for k, unit in enumerate(units):
        if doc[unit[0]].text not in ("at", "and", "of") or unit[1] - unit[0] != 1:
            continue
        left, right = units[:k], units[k + 1 :]
        if doc[unit[0]].text == "of":
            # "Declan Ryder of Aontú": a person's name, then the known body they belong to
            if (
                len(left) >= 2
                and right
                and lex.is_given_name(doc[left[0][0] : left[0][1]].text)
                and not any(_fold(doc[u[0] : u[1]].text) in lex.organisation_words() for u in left)
                and doc[right[0][0] : right[-1][1]].text in lex.known_organisations()
            ):
                return [left, right]
            continue
        if doc[unit[0]].text == "and":
            # "Ministry of Health and Pfizer": a known organisation after "and" is another
            # when what comes before is a name too (not "the Peace and Security Council")
            if (
                left
                and right
                and doc[right[0][0] : right[-1][1]].text in lex.known_organisations()
                and _names_itself(doc, left, unit[0])
            ):
                return [left, right]
            continue
        if all(
            any(_fold(doc[u[0] : u[1]].text) in lex.organisation_words() for u in side)
            for side in (left, right)
        ):
            return [left, *_split_at_host(doc, right)]
    return [units]


def _surname_named_before(doc: Doc, word: str, before: int) -> bool:
    """``word`` is in or right after a person's name the model tagged before token
    ``before``: the leader whose party a possessive names."""
    return any(
        t.text == word and (t.ent_type_ == "PERSON" or doc[t.i - 1].ent_type_ == "PERSON")
        for t in doc[1:before]
    )  # also "Luisa Fontes" + "Amaral", cut by the model


#: Quotation marks that a tagger may read as a possessive's apostrophe.
_SINGLE_QUOTES = frozenset({"'", "\u2018", "\u2019"})


def _closes_nickname(doc: Doc, units: list[tuple[int, int]], k: int) -> bool:
    """Unit ``k`` is the single quote that closes a quoted nickname inside a name, no
    possessive: "Dwayne 'Bigga' Lindo" (the tagger reads the second quote as "'s")."""
    return doc[units[k][0]].text in _SINGLE_QUOTES and any(
        doc[u[0]].text in _SINGLE_QUOTES and not doc[u[0]].whitespace_ for u in units[1 : k - 1]
    )


def _split_at_owner(doc: Doc, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A person's name and what the person owns, read by the model as one name, split at
    the possessive: "Kasper Halvorsen's Aston Martin" is Kasper Halvorsen and Aston
    Martin (not "St Mary's Hospital", whose possessive is no person's); so is a known
    organisation's and its office: "NASA's Office of Inspector General"."""
    known = lex.known_organisations()
    owner = next(
        (
            k
            for k, u in enumerate(units)
            if k >= 1 and doc[u[0]].tag_ == "POS" and not _closes_nickname(doc, units, k)
        ),
        None,
    )
    if owner is None or owner + 1 >= len(units):
        return [units]
    owner_name = doc[units[0][0] : units[owner - 1][1]].text
    owned_words = [_fold(doc[u[0] : u[1]].text) for u in units[owner + 1 :]]
    if (
        owner_name in known
        and doc[units[0][0] : units[owner][1]].text not in known  # not "Moody's Analytics"
        and len(owned_words) >= 2
        and any(word in lex.organisation_words() for word in owned_words)
    ):
        # "NASA's Office of Inspector General", "Deloitte's Sports Business Group"
        return [units[:owner], units[owner + 1 :]]
    if (
        owner == 1
        and doc[units[0][0] : units[owner][1]].text not in known  # not "McDonald's Corporation"
        and any(word in lex.organisation_words() for word in owned_words)
        and _surname_named_before(doc, owner_name, units[0][0])
    ):
        return [units[:owner], units[owner + 1 :]]  # "Ana Correia ... Correia's Union for X"
    if owner < 2:
        return [units]
    first = doc[units[0][0] : units[0][1]].text
    owned = [doc[u[0] : u[1]].text for u in units[owner + 1 :]]
    if not lex.is_given_name(first) or not all(word[:1].isupper() for word in owned):
        return [units]
    if any(_fold(word) in lex.organisation_words() | lex.facility_words() for word in owned):
        return [units]  # "Boston Children's Hospital"-like names stay whole
    return [units[:owner], units[owner + 1 :]]


def _split_member_title(doc: Doc, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A known organisation, a member's title and the member's name, read by the model as
    one name ("Labour MP Jane Doe", "BJP MLA Ravi Kumar"), split before the title: the
    party is named too, and the title stays with the person."""
    for k in range(1, len(units) - 1):
        title = doc[units[k][0] : units[k][1]].text
        if _fold(title) not in lex.titles() or not title[:1].isupper():
            continue
        party = doc[units[0][0] : units[k - 1][1]].text
        if party in lex.known_organisations() and all(
            doc[u[0]].text[:1].isupper() for u in units[k + 1 :]
        ):
            return [units[:k], units[k:]]
        return [units]
    return [units]


def _split_person_after_organisation(
    doc: Doc, units: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """An organisation's name glued to a person's two-word name ("Council on Islamic
    Relations Alia Salem") split before the known given name, when an organisation word
    comes earlier and the word before the given name is no connector ("University of
    Mary Washington" stays whole)."""
    k = len(units) - 2
    if k < 2:
        return [units]

    def text(unit: tuple[int, int]) -> str:
        return doc[unit[0] : unit[1]].text

    if (
        lex.is_given_name(text(units[k]))
        and text(units[k + 1])[:1].isupper()
        and text(units[k - 1])[:1].isupper()
        and any(_fold(text(u)) in lex.organisation_words() for u in units[:k])
    ):
        return [units[:k], units[k:]]
    return [units]


def _split_leader_before_organisation(
    doc: Doc, units: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """A leader's surname the model read together with the known body that serves them
    ("the Trump White House", "the Obama Justice Department") split from it: one word
    that ends a person's name elsewhere in the article ("President Barack Obama") and is
    no known name, place or given name, then a known organisation's name of two words or
    more ("Liberal" + "Democratic Party" stays whole)."""
    at = 1 if units and doc[units[0][0]].lower_ == "the" else 0  # "The Obama ..."
    if len(units) - at < 3 or not doc[units[at][0]].is_title:
        return [units]
    head = doc[units[at][0] : units[at][1]].text
    tail = doc[units[at + 1][0] : units[-1][1]].text
    if (
        tail in lex.known_organisations()
        and head not in lex.known_organisations()
        and head not in lex.places()
        and _fold(head) not in lex.organisation_words() | lex.demonyms()  # "Libyan"
        and doc[units[at][0]].pos_ == "PROPN"
        and head.lower() not in STOP_WORDS  # "An Coimisiún Pleanála"
        and not lex.is_given_name(head)
        and any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == head for ent in doc.ents
        )
    ):
        return [units[at : at + 1], units[at + 1 :]]
    return [units]


def _split_person_of_organisation(
    doc: Doc, units: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """A person's name and the organisation they are "of", which the model read as one
    name: "Sandeep Bhullar of Bhullar Leisure Ltd" (a given name and a surname, "of",
    then a name ending in an organisation's word or legal form)."""
    if len(units) < 5 or doc[units[2][0]].lower_ != "of":
        return [units]
    given, surname = doc[units[0][0]], doc[units[1][0]]
    last = _fold(doc[units[-1][0] : units[-1][1]].text)
    if (
        lex.is_given_name(given.text)
        and given.is_title
        and surname.is_title
        and surname.pos_ == "PROPN"
        and _fold(surname.text) not in lex.organisation_words()
        and (last in lex.organisation_words() or last.rstrip(".") in LEGAL_FORMS)
    ):
        return [units[:2], units[3:]]
    return [units]


def _split_places_at_and(doc: Doc, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Two known places the model read as one name: "Reading and Brentwood" (not "Trinidad
    and Tobago", one country, nor "Brighton and Hove City Council")."""
    ands = [k for k, u in enumerate(units) if doc[u[0] : u[1]].text in ("and", "&")]
    if len(ands) != 1 or ands[0] in (0, len(units) - 1):
        return [units]
    k = ands[0]

    def text(part: list[tuple[int, int]]) -> str:
        return doc[part[0][0] : part[-1][1]].text

    whole, left, right = text(units), text(units[:k]), text(units[k + 1 :])
    known = _place_names()
    if whole in known or left not in known or right not in known:
        return [units]
    return [units[:k], units[k + 1 :]]


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every place and town name of the gazetteer."""
    return frozenset(lex.places()) | lex.towns()


def _two_word_titles(doc: Doc, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Units with each title of two words made one ("Tan Sri", "Datuk Seri", "Mentri
    Besar"), so that it is cut like a title of one word."""
    out: list[tuple[int, int]] = []
    for unit in units:
        if out and _fold(doc[out[-1][0] : unit[1]].text) in lex.titles():
            out[-1] = (out[-1][0], unit[1])
        else:
            out.append(unit)
    return out


#: Burmese honorifics that are family names elsewhere ("Ko Jin-young", "Ma Ying-jeou"):
#: a title only before a Burmese name of two words or more in a story about Myanmar.
BURMESE_HONORIFICS = frozenset({"Ko", "Ma", "Saw", "Naw", "Nang", "Sai", "Mahn"})
_MYANMAR = re.compile(r"\b(?:Myanmar|Burma|Burmese|Yangon|Rangoon|Naypyitaw|Nay Pyi Taw)\b")


def _burmese_honorific(doc: Doc, units: list[tuple[int, int]]) -> bool:
    """The first unit is a Burmese honorific before a name: "U" or "Daw" ("U Thant"), or
    one of BURMESE_HONORIFICS before two words or more in a story about Myanmar ("Ko Lin
    Thar", "Ma Hnin Wai Phyo"), not a family name ("Ma Ying-jeou")."""
    if len(units) < 2:
        return False
    first = doc[units[0][0] : units[0][1]].text
    words = [doc[u[0] : u[1]].text for u in units[1:]]
    if not all(w.istitle() and w.isalpha() for w in words):
        return False
    if first in ("U", "Daw"):
        return True  # the rest is the name, whatever it holds ("U Tun Lwin Maung")
    return first in BURMESE_HONORIFICS and len(words) >= 2 and bool(_MYANMAR.search(doc.text))


#: Participles glued to a place that make it an adjective: "Marshall Islands-based",
#: "Liberian-flagged", "Dubai-headquartered".
_LOCATED = frozenset({"based", "flagged", "registered", "headquartered"})


def _without_located(doc: Doc, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units without a glued "-based" at the end: "San Jose-based" is "San Jose"."""
    if units:
        start, end = units[-1]
        if end - start >= 3 and doc[end - 1].lower_ in _LOCATED and doc[end - 2].text == "-":
            return [*units[:-1], (start, end - 2)]
    return units


#: Short forms that describe the organisation named after them ("the NGO Sea-Watch").
DESCRIBING_ACRONYMS = frozenset({"NGO", "NGOs", "INGO"})
#: Plural nouns of people who work for a firm, which may open a sentence before its name
#: ("Advisers Rothschild & Co and Lazard worked on the deal").
_STAFF_BEFORE_NAMES = frozenset(
    {"Advisers", "Advisors", "Lawyers", "Bankers", "Analysts", "Brokers", "Consultants"}
)

#: Plural kin nouns that may open a sentence before the given names of the kin they
#: describe ("Sisters Amara and Ngozi Eze opened the shop").
_KIN_BEFORE_NAMES = frozenset({"Brothers", "Sisters", "Twins", "Cousins", "Siblings", "Spouses"})


def _surname_particles(doc: Doc, units: list[tuple[int, int]]) -> bool:
    """The units open with a surname's particles the model read as part of a person's
    name: "van der Berg", "de Smet" (a short form's, which keeps them)."""
    k = 0
    while k < len(units) and doc[units[k][0]].text in NAME_PARTICLES:
        k += 1
    return (
        0 < k < len(units)
        and doc[units[k][0]].is_title
        and all(doc[u[0]].ent_type_ == "PERSON" for u in units[: k + 1])
    )


def _foreign_byline_opener(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first..last`` open with another language's "by" at the start of a header
    line, before a known given name and a surname: "Por Lucía Herrera Vidal"."""
    if last - first < 3 or doc[first].text not in BYLINE_OPENERS:
        return False
    text = doc_text(doc)
    at = doc[first].idx
    return (
        at < (doc._.metoo_header_end or 0)
        and not text[text.rfind("\n", 0, at) + 1 : at].strip()
        and lex.is_given_name(doc[first + 1].text)
        and doc[first + 2].is_title
    )


#: A wire desk's initials after the agency's name, up to the end of the line that signs
#: off a story: "PTI RK MN SB", "IANS AB CD".
_DESK_INITIALS = re.compile(r"(?:[^\S\n]+[A-Z]{2,3}\b)+[^\S\n]*(?:\n|$)")


def _news_source(name: str) -> bool:
    """A known news agency's or outlet's name."""
    known = lex.known_organisations().get(name)
    return known is not None and known.category in ("agency", "outlet")


def _without_desk_initials(doc: Doc, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A news agency's name without the desk's initials after it that close the line
    ("PTI RK MN SB", "IANS AB CD" give "PTI", "IANS")."""
    text = doc_text(doc)
    for k in range(1, len(units)):
        name = doc[units[0][0] : units[k - 1][1]]
        agency = lex.known_organisations().get(name.text)
        initials = _DESK_INITIALS.match(text, name.end_char)
        if (
            agency is not None
            and agency.category == "agency"
            and initials is not None
            and not any(_news_source(word) for word in initials.group().split())  # "AFP AP"
        ):
            return units[:k]
    return units


#: A reporting period's code after a firm's name in a headline: "Lion City Bank" + "Q1
#: profit climbs", "Tesco H1 sales", "Unilever FY24 results".
_REPORTING_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|[1-4]Q|FY\d{2}(?:\d{2})?)")


#: Titles that are also common surnames, which end a name after its given names
#: ("Tariq Mehmood Sheikh", "Martin Luther King"): forebears' titles turned family names.
_SURNAME_TITLES = frozenset({"sheikh", "king", "bishop", "prince", "pope"})


def _trim(doc: Doc, units: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
    org_words = lex.organisation_words()
    units = _two_word_titles(doc, _without_located(doc, units))
    if _burmese_honorific(doc, units):
        return units[1][0], units[-1][1], True

    def fold(unit: tuple[int, int]) -> str:
        return _fold(doc[unit[0] : unit[1]].text)

    is_org = any(fold(u) in org_words for u in units)

    def raw(unit: tuple[int, int]) -> str:
        return doc[unit[0] : unit[1]].text

    # "[Ghanaian] Kwame took the lead": a nationality before a lone given name describes
    # its bearer as a title does
    described = (
        len(units) == 2
        and not is_org
        and fold(units[0]) in lex.demonyms()
        and lex.is_given_name(raw(units[1]))
    )
    if described:
        units = units[1:]
    units = _without_desk_initials(doc, units)
    while units and (
        doc[units[0][0]].text in _EDGE_PUNCT
        or (raw(units[0]) in CONNECTORS and not _surname_particles(doc, units))
        or (
            len(units) > 1
            and is_stance_modifier(raw(units[0]))
            and not (len(units) == 2 and fold(units[1]) in org_words)
        )  # not "Anti-Doping Tribunal": the body's topic and its head
        or (len(units) > 1 and raw(units[0]) in DESCRIBING_ACRONYMS)  # "the NGO Sea-Watch"
        or (
            len(units) > 2 and fold(units[0]) in lex.caption_words() and raw(units[1]) == ":"
        )  # "(Photo: Bank of Canada)": a caption's label
        or (
            len(units) > 1
            and raw(units[0]) in _STAFF_BEFORE_NAMES
            and opens_sentence(doc[units[0][0]])
        )  # "Advisers Rothschild & Co": the firm's advisers, not its name
        or (
            len(units) > 1
            and raw(units[0]) in _KIN_BEFORE_NAMES
            and opens_sentence(doc[units[0][0]])
            and lex.is_given_name(raw(units[1]))
        )  # "Sisters Amara and Ngozi Eze": the kin, then the name
        or (
            len(units) > 2
            and not is_org
            and fold(units[0]) in lex.affiliations() | lex.demonyms()
            and lex.is_given_name(raw(units[1]))
        )
        or (
            len(units) > 2
            and not is_org
            and units[0][0] > 0
            and doc[units[0][0] - 1].lower_ in ("for", "of", "in")
            and raw(units[0]) in lex.places()
            and lex.is_given_name(raw(units[1]).split("-")[0])
        )  # "Secretary of State for [Wales] Kari Nordmann", "representative in [Chad] Jean
        # Okito": the office's place
    ):
        units = units[1:]
    if (
        len(units) > 2
        and fold(units[0]) in lex.titles()
        and raw(units[1]) in ("of", "for")
        and doc[units[0][0]].is_title
    ):
        return None  # a role, not a name: "Commissioner of Police", "Secretary of State"
    if len(units) > 2 and is_org and DESIGNATION.fullmatch(raw(units[-1])):
        units = units[:-1]  # "a Philippine Air Force C-130": the aircraft's type
    if (
        len(units) > 3
        and MAKERS_MODEL.fullmatch(raw(units[-1]))
        and raw(units[-2]) in lex.known_organisations()
    ):
        units = units[:-2]  # "a Skyrun Airways Airbus A320neo": the operator, then the type
    elif (
        len(units) > 2
        and units[-1][1] < len(doc)
        and (
            MAKERS_MODEL.fullmatch(doc[units[-1][1]].text)
            or DESIGNATION.fullmatch(doc[units[-1][1]].text)
        )
        and raw(units[-1]) in lex.known_organisations()
    ):
        units = units[:-1]  # "a Nordlys Aviation Embraer" + "190"
    owner = next((k for k, u in enumerate(units) if k and doc[u[0]].tag_ == "POS"), None)
    if (
        owner is not None
        and raw(units[0]) in lex.known_organisations()
        and not any(fold(u) in org_words for u in units[owner:])
        and not opens_with_plural_owner(doc, units[0][0])  # "People's Solidarity for ..."
    ):
        units = units[:owner]  # "BBC Sport's TV, radio and online platforms": what it owns

    def _reporter(units: list[tuple[int, int]]) -> bool:
        """A reporter's name before a job title ("Niamh Cullinane Housing Correspondent",
        "MUTHOKA NZIOKA Correspondent"), not an organisation's ("General Staff")."""
        return (
            not is_org
            and len(units) >= 3
            and (raw(units[0]).isupper() or lex.is_given_name(raw(units[0])))
        )

    def _lender(units: list[tuple[int, int]]) -> bool:
        # "Silverline Credit, a lender": "Credit" ends a lender's name, not a credit line
        last = units[-1][1]
        return fold(units[-1]) == "credit" and not (last < len(doc) and doc[last].text == ":")

    def _office_of_a_holder(units: list[tuple[int, int]]) -> bool:
        """ "Office of the US Trade Representative", "Office of the High Commissioner":
        an institution named for its holder keeps the holder's title."""
        words = [raw(u) for u in units]
        return (
            fold(units[0]) in org_words
            and len(words) >= 4
            and words[1] == "of"
            and words[2] == "the"
        )

    def _surname_like_a_title(units: list[tuple[int, int]]) -> bool:
        """A given name and a title-like word alone are a name: "Lorraine Cardinal",
        "Elizabeth Bishop", "Carole King"; so are given names and a title that is a
        common surname: "Tariq Mehmood Sheikh"."""
        return (
            (len(units) == 2 or fold(units[-1]) in _SURNAME_TITLES)
            and not is_org
            and lex.is_given_name(raw(units[0]))
            and fold(units[-1]) in lex.titles()
            and doc[units[-1][0]].is_title
            and not doc[units[-2][0]].is_punct
        )

    titled = described
    known_name = bool(units) and doc[units[0][0] : units[-1][1]].text in lex.known_organisations()
    if not is_org and not known_name:  # "Garda Síochána" is no title and a name
        inner = [
            k
            for k in range(1, len(units) - 2)
            if fold(units[k]) in lex.titles()
            and (raw(units[k]).isupper() or lex.is_given_name(raw(units[k + 1])))
        ]
        if inner:  # "Kalama MCA Benson Muli Kitonga", "AFN Regional Chief Marcel Desjarlais":
            # a constituency or a body, a title, the name
            titled, units = True, units[inner[-1] + 1 :]
        k = 0
        street = len(units) == 2 and fold(units[-1]) in lex.facility_words()  # "King Street"
        while (
            not street
            and k < len(units) - 1
            and fold(units[k]) in lex.titles() | lex.title_modifiers()
        ):
            if raw(units[k]) in _BODY_ADJECTIVES and raw(units[k + 1]) in _STAFF_WORDS:
                break  # "General Staff": a body, no general
            k += 1
            if fold(units[k - 1]) in lex.titles():
                titled, units, k = True, units[k:], 0
        if titled and raw(units[0]) in ("of", "for", "on"):
            return None  # the title's own complement: "Minister [of Public Safety]"
    elif is_org and not known_name:
        inner = [
            k
            for k in range(1, len(units) - 2)
            if raw(units[k]).isupper()
            and fold(units[k]) in lex.titles()
            and all(
                doc[units[j][0]].is_title and fold(units[j]) not in lex.organisation_words()
                for j in range(k + 1, len(units))
            )
        ]
        if inner:  # "Congress MLA Debabrata Gogoi": the party, its title, the member
            titled, units = True, units[inner[-1] + 1 :]
    owned_name = doc[units[0][0] : units[-1][1]].text if units else ""
    if owned_name in lex.known_organisations() and doc[units[-1][0]].tag_ == "POS":
        return units[0][0], units[-1][1], False  # "Moody's", "Sotheby's": the 's is the name's
    before_cut = len(units)
    while (
        units
        and (
            doc[units[-1][0]].text in _EDGE_PUNCT
            or doc[units[-1][0]].tag_ == "POS"
            or doc[units[-1][0]].text in ("'s", "\u2019s", "'")
            or raw(units[-1]) in CONNECTORS
            or (len(units) > 1 and raw(units[-1]) == "The")  # "a post on X. The ministry"
            or re.fullmatch(r"\d{1,2}[-–]\d{1,2}", raw(units[-1]))  # "Parma 2-0": a score
            or (len(units) > 1 and _REPORTING_PERIOD.fullmatch(raw(units[-1])))
            or (
                len(units) > 1
                and (
                    (fold(units[-1]) in lex.caption_words() and not _lender(units))
                    or fold(units[-1]) in lex.titles()
                    or (fold(units[-1]) in lex.byline_roles() and _reporter(units))
                )
                and doc[units[0][0] : units[-1][1]].text not in lex.known_organisations()
                and not _office_of_a_holder(units)
                and not _surname_like_a_title(units)
                and not _spelled_by_bracket(doc, units)
                and not (len(units) > 2 and raw(units[-2]).isdigit())
                # "Estonia 200 Forward": a party's name goes on past its number; no one's
                # role follows a number
            )
        )
    ):
        units = units[:-1]
    if not units:
        return None
    office = len(units) < before_cut or (
        units[-1][1] < len(doc) and _fold(doc[units[-1][1]].text) in lex.titles()
    )
    if office and all(fold(u) in lex.title_modifiers() or raw(u) == "The" for u in units):
        return None  # '"The Home Secretary and I ...': an office's words, no name
    return units[0][0], units[-1][1], titled


#: Words of headings set in capitals, which no name in capitals holds.
_HEADING_WORDS = frozenset(
    {"WHAT", "HOW", "WHY", "WHEN", "WHERE", "WHO", "NEXT", "AHEAD", "COMES", "IS", "ARE"}
    | {"WILL", "WAS", "WE", "YOU", "IT", "THIS", "HERE", "NOW", "KNOW", "HAPPENS"}
)
#: The name of a time zone ends the way no organisation's does.
_ZONE_NAME = re.compile(r"\b(?:Standard|Daylight|Summer|Mean|Universal|Saving) Time$")
#: A clock time right before a name: "12:01 a.m." + "ET", "9pm" + "AEST".
_CLOCK_BEFORE = re.compile(r"(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?)[^\S\n]*\(?$", re.I)


def _amount_currency(doc: Doc, k: int) -> bool:
    """Token ``k`` is a currency code written next to an amount ("CHF 500", "500 CHF"),
    not a name that shares its letters ("NPR" the broadcaster, the rupee's code)."""
    if doc[k].text not in currency_codes():
        return False
    return (k + 1 < len(doc) and doc[k + 1].like_num) or (k > 0 and doc[k - 1].like_num)


#: Words that open a sentence before a company's name and describe it ("Rival X",
#: "Chipmaker X"); not those that also open names ("Bank of ...", "Club Brugge").
_DESCRIBING_WORDS = frozenset(
    {"rival", "fellow", "parent", "peer", "chipmaker", "carmaker", "automaker", "drugmaker"}
    | {"startup", "start-up", "lender", "insurer", "retailer", "broadcaster", "regulator"}
    | {"watchdog", "conglomerate", "manufacturer", "supplier", "operator", "provider"}
    | {"consultancy", "carrier", "publisher", "tabloid", "nonprofit", "non-profit"}
)


@lru_cache(maxsize=1)
def _irish_article_names() -> tuple[str, ...]:
    """Known names opening with the Irish article "An" ("An Post", "An Garda Síochána")."""
    return tuple(name for name in lex.known_organisations() if name.startswith("An "))


def _irish_article_name(opening: str) -> bool:
    """A known name opens with these two words ("An Post", "An Coimisiún"): the Irish
    article is part of the name."""
    return any(name.startswith(opening) for name in _irish_article_names())


def _name_bounds(doc: Doc, first: int, last: int, model: str) -> tuple[int, int]:
    """Tokens ``first..last`` without what surrounds a name in running text: a sentence's
    "The" or "A", a date brought in by a preposition, an amount's currency code, a
    reporter's beat; with the Māori article the model leaves out ("Te Kāhui Hauora
    Māori", as "Te Whatu Ora")."""
    if first > 0 and doc[first - 1].text in ("Te", "Ngā") and doc[first].is_title:
        first -= 1
    if (
        last - first > 1
        and doc[first].text == "The"
        and opens_sentence(doc[first])
        and doc[first:last].text not in lex.known_organisations()
    ):
        first += 1  # a sentence's "The", not the name's ("The Guardian" is known)
    if _foreign_byline_opener(doc, first, last):
        first += 1  # "Por Lucía Herrera Vidal": another language's "By"
    if last - first > 1 and doc[first].text == "A":
        first += 1  # "A Police Department spokeswoman" (not Irish "An Post")
    elif (
        last - first > 1
        and doc[first].text == "An"
        and opens_sentence(doc[first])
        and not _irish_article_name(f"An {doc[first + 1].text}")
    ):
        first += 1  # "An Air Force Reserve crew", not "An Post" or "An Garda Síochána"
    if (
        last - first > 1
        and opens_sentence(doc[first])
        and (
            doc[first].lower_ in _DESCRIBING_WORDS
            or (doc[first].lower_.endswith("s") and doc[first].lower_[:-1] in _DESCRIBING_WORDS)
        )
        and (doc[first + 1].is_title or doc[first + 1].is_upper)
        and doc[first:last].text not in lex.known_organisations()
    ):
        first += 1  # "Rival Lightmatter Inc.", "Chipmaker Nvidia", "Insurers Aviva and
        # Allianz": a description
    known = doc[first:last].text in lex.known_organisations()
    for k in range(first + 1, last - 1):
        if known:
            break  # "The Mail on Sunday" holds its day
        if doc[k].lower_ in ("on", "in", "by") and calendar_word(doc[k + 1].text):
            last = k  # "Union Budget on Feb 1": the date is no part of the name
            break
    for k in range(first + 1, last - 1):
        if doc[k].is_currency and doc[k + 1].text[:1].isdigit():
            last = k  # "fined Kestle Holdings £2.1million": the amount is no part of the name
            break
    if last - first > 1 and _amount_currency(doc, last - 1):
        last -= 1  # "fined Vermeulen CHF 500": the amount's currency, not the name's
    if last - first == 1 and _amount_currency(doc, first):
        return first, first  # "CHF" alone, before an amount: no name at all
    if last - first == 2 and _amount_currency(doc, first) and doc[first + 1].like_num:
        return first, first  # "SEK 1.4" (billion): an amount, no name
    if (
        last - first >= 2
        and (model == "person" or lex.is_given_name(doc[first].text))
        and last < len(doc)
        and doc[last - 1].is_alpha
        and doc[last - 1].is_title
        and doc[last - 2].whitespace_
        and not doc[last - 2].is_lower  # "Pieter du Plessis SC": a surname's particle
        and doc[first:last].text not in lex.known_organisations()
        and (
            doc[last - 1].text in lex.places()
            or (last - first >= 3 and not lex.is_given_name(doc[last - 2].text))
        )
        and _fold(doc[last].text) in lex.byline_roles() | lex.titles()
    ):
        last -= 1  # "Rhiannon Farquhar Queensland correspondent": the beat, not the name
    of = next((k for k in range(first + 2, last - 1) if doc[k].text == "of"), None)
    if (
        of is not None
        and lex.is_given_name(doc[first].text)
        and all(t.is_title and t.tag_ != "POS" for t in doc[first:of])  # not "Lloyd's of"
        and not any(_fold(t.text) in lex.organisation_words() for t in doc[first:of])
        and (doc[of + 1 : last].text in lex.places() or doc[of + 1 : last].text in lex.towns())
        and not (first > 0 and doc[first - 1].text in PEERS)
    ):
        last = of  # "Rui Carvalho of Braga": where the person is from (not "Lord Alton of
        # Liverpool", a peer's style)
    while last - first > 1 and (
        (doc[first].is_title and in_ministers_title(doc, first))
        or (doc[first].lower_ in ("and", "&") and in_ministers_title(doc, first + 1))
    ):
        first += 1  # "Minister of Justice and [Security] Anneke de Wit": the office's word
    if last - first >= 3 and (
        glues_actor(doc, last - 2) or leader_noun_after(doc, last - 2) == "era"
    ):
        last -= 2  # "the Chevron-led consortium", "Obama-era rules": the name, not the
        # adjective it makes
    if last - first >= 2 and _tally_after(doc, first, last):
        last -= 1  # "Liberal Democrats 29, SNP 4, Greens 3": the party's seats, not its name
    return first, last


def _tally_after(doc: Doc, first: int, last: int) -> bool:
    """The name ends in a number that is its tally in a list of names and numbers: the
    item before or after it is a name and a number too ("..., SNP 4, Greens 3.")."""
    number = doc[last - 1]
    if not number.is_digit or len(number.text) > 3:
        return False
    if last < len(doc) and doc[last].text not in (",", ";", "."):
        return False
    if first >= 2 and doc[first - 1].text in (",", ";") and doc[first - 2].is_digit:
        return True
    if last + 2 >= len(doc) or doc[last].text not in (",", ";"):
        return False
    item = list(itertools.takewhile(lambda t: not t.is_punct, doc[last + 1 : last + 6]))
    return len(item) >= 2 and (item[0].is_title or item[0].is_upper) and item[-1].is_digit


#: Nouns that a possessive name makes the name of a law, a day or an illness ("Megan's
#: Law", "Clare's Law", "Valentine's Day", "Crohn's disease").
_NAMED_AFTER_NOUNS = {"law", "day", "eve", "act", "rule", "syndrome", "disease"}


def _names_a_law_or_day(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` owns a law, a day or an illness."""
    return (
        last + 1 < len(doc)
        and doc[last].text in ("'s", "’s")
        and doc[last + 1].lower_ in _NAMED_AFTER_NOUNS
        and (doc[last + 1].is_title or doc[last + 1].lower_ in ("syndrome", "disease"))
    )


_NON_SPACE = re.compile(r"\S")


def _on_first_line(doc: Doc, span: Span) -> bool:
    """The span is on the text's first line that is not blank."""
    text = doc_text(doc)
    newline = text.rfind("\n", 0, span.start_char)
    return newline == -1 or _NON_SPACE.search(text, 0, newline) is None


def _candidate(
    doc: Doc, first: int, last: int, model: str, titled: bool, *, nickname: bool = False
) -> Candidate | None:
    first, last = _name_bounds(doc, first, last, model)
    if first >= last:
        return None
    span = doc[first:last]
    text = span.text
    if (
        text.isupper()
        and set(text.split()) & _HEADING_WORDS
        and not (len(span) == 1 and text in lex.known_organisations())
    ):
        return None  # "WHAT COMES NEXT", "HOW WE GOT HERE": a heading in capitals (not "WHO")
    if len(span) == 1 and _fold(text) in lex.caption_words():
        return None  # "Image source, ...", "Photo: ...": a caption's label
    if len(span) == 1 and speaker_initials(doc, span):
        return None  # "KD: I liked the stage.": a Q&A speaker's initials
    if len(span) == 1 and is_kicker(text) and text not in lex.known_organisations():
        return None  # "VERDICT: The jury ...", "LIVE: Verdict expected": a live blog's label
    if (
        _on_first_line(doc, span)
        and text not in lex.known_organisations()
        and text == section_label(doc_text(doc))
    ):
        return None  # "MUSIC INDUSTRY" above the headline: the section's name
    if (
        len(span) == 1
        and _fold(text) in LEGAL_FORMS
        and first > 0
        and doc[first - 1].text == "("
        and last + 1 < len(doc)
        and doc[last].text == ")"
        and _fold(doc[last + 1].text) in LEGAL_FORMS | {"limited"}
    ):
        return None  # "Mabotse Engineering (Pty) Ltd": a legal form, no short name
    if (
        len(span) == 1
        and _fold(text) in lex.titles()
        and last + 1 < len(doc)
        and doc[last].text == "."
        and doc[last + 1].is_title
    ):
        return None  # "Atty." before "Teresita Dimaculangan": a title alone
    # "Kano: Emir, lawmakers back plan": a title alone names no one, unless it is the
    # surname of a person named in full ("King" of "Stephen King")
    if (
        len(span) == 1
        and model == "person"
        and _fold(text) in lex.titles()
        and not any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == text for ent in doc.ents
        )
    ):
        return None
    if _ZONE_NAME.search(text) or (
        text.upper() in zone_offsets()
        and _CLOCK_BEFORE.search(doc_text(doc), max(0, span.start_char - 16), span.start_char)
    ):
        return None  # "09:42 Japan Standard Time", "12:01 a.m. ET": a clock's zone
    end = span.end_char - (2 if possessive_length(span[-1].text) == 2 else 0)
    if text in lex.known_organisations():
        end = span.end_char  # "Moody's" keeps its 's
    if not any(ch.isupper() for ch in text) and text not in lex.known_organisations():
        return None  # names are capitalised ("don" is not a person; "dpa" is known)
    if not any(ch.isalpha() for ch in text) or text.removeprefix("The ") in lex.not_names():
        return None
    if not re.search(r"[^\W\d_]{2}", text.replace(".", "")) and not (
        text in lex.known_organisations() or letters_and_digits(text)
    ):
        return None  # "N1,235", "B2": no word of two letters, no name ("U.S." has one)
    if text.lower() in holiday_rules():
        return None  # "Easter Monday", "Christmas Eve": a day, not a person
    if _names_a_law_or_day(doc, last):
        return None  # "Vanessa's Law", "Valentine's Day": a name inside a law's or a day's
    if is_belief_word(text) or is_hyphen_compound(text):
        return None  # "Islamophobia", "Warhol-like": a belief or an adjective, not a name
    if _portfolio_in_title(doc, first, last):
        return None  # "Vice Finance Minister", "Deputy Health Secretary": part of a title
    if _GLUED_AMOUNT.fullmatch(text):
        return None  # "RM500", "Rs2,000": an amount of money, not a name
    if dates_a_year(doc, first, last):
        return None  # "founded in 300 B.C.", "1200 BCE": an era, no province or company
    if _common_noun_initials(doc, span):
        return None  # "personal consumption expenditures (PCE)": a thing's initials
    if text in ("Treasury", "Treasuries") and last < len(doc) and doc[last].lower_ in _SECURITIES:
        return None  # "the 10-year Treasury note": a government bond, not the department
    if _market_index(doc, first, last):
        return None  # "the Dow fell 0.4%", "the Nasdaq slid": an index, not a company
    if (
        not any(t.pos_ == "PROPN" or t.is_upper for t in span)
        and text not in lex.known_organisations()
        and not (
            model == "organisation"
            and text.endswith("s")
            and (nickname or text in lex.sports_clubs())
        )
        # a club named by a plural noun ("Wolves", "Saints", a side's "Gophers"), not
        # "Sporting director X"
        and not (model == "organisation" and apposed_description_end(doc, first) == last)
        # "Moneyfacts, the financial data firm,": what the apposition calls a firm
        and not (model == "organisation" and heads_a_title(doc, first, last))
        # "Tallwood chief executive Jo Ray": the parser reads the firm as an adjective
        and not (
            model == "organisation"
            and span[-1].text.isdigit()
            and last < len(doc)
            and doc[last].lower_ == "leader"
        )  # "Progress 21 leader Anna Berg": a party's word and number, read as a noun's
        and not (model == "organisation" and names_a_party_group(doc, first, last))
        # "the Conservative group": a party's member word, read as an adjective
    ):
        return None  # a name has a proper noun ("Photographs", "Localist" are not names)
    if model == "person" and span[-1].tag_ in ("NNPS", "NNS"):
        model = "other"  # a plural ("Democrats", "Agnostics") names a group, not a person
    return Candidate(
        span.start_char,
        end,
        doc_text(doc)[span.start_char : end],
        first,
        last,
        model,
        evidence(doc, first, last, titled),
    )


#: A currency's letters glued to an amount: "RM500", "RM1.2bil", "Rs2,000", "KSh5m".
_GLUED_AMOUNT = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in GLUED_PREFIXES) + r")\d[\d.,]*[a-z]{0,3}"
)


#: Nouns of government debt after "Treasury": "Treasury yields", "a Treasury note".
_SECURITIES = frozenset(
    {"yield", "yields", "note", "notes", "bond", "bonds", "bill", "bills", "securities"}
    | {"futures", "curve", "market", "markets", "prices", "rally", "auction", "auctions"}
)


#: Short names of stock market indices, which also name an exchange, a company or a
#: paper ("Nasdaq", "Nikkei").
_INDEX_SHORT_NAMES = frozenset(
    {"Dow", "Nasdaq", "Nikkei", "FTSE", "Hang Seng", "S&P", "Kospi", "Sensex", "Nifty"}
    | {"DAX", "CAC", "Topix", "TSX", "ASX", "Stoxx", "Bovespa", "Ibovespa", "Russell"}
)
#: What an index does in a market report: "the Dow rose", "the Nikkei shed 1.2%".
_INDEX_MOVES = frozenset(
    {"rise", "fall", "gain", "slide", "slip", "jump", "drop", "add", "lose", "climb"}
    | {"advance", "decline", "close", "end", "finish", "tumble", "sink", "rally", "surge"}
    | {"edge", "shed", "dip", "soar", "plunge", "rebound", "book", "hit", "trade", "open"}
    | {"industrial", "industrials", "composite", "index", "futures", "average"}
)


def _market_index(doc: Doc, first: int, last: int) -> bool:
    """An index's short name after "the" (or opening a line) and before what indices do:
    "the Dow fell", "the Nasdaq Composite", "Nikkei sheds 1.2%" in a headline; or any
    short name before the number of its index ("the FTSE 100", "the CSI 500 Index")."""
    if (
        last + 1 < len(doc)
        and doc[last].like_num
        and (
            doc[first:last].text in _INDEX_SHORT_NAMES
            or doc[last + 1].lower_ in ("index", "average")
        )
    ):
        return True
    return (
        doc[first:last].text in _INDEX_SHORT_NAMES
        and (first == 0 or doc[first - 1].lower_ == "the" or "\n" in doc[first - 1].text)
        and last < len(doc)
        and (doc[last].lemma_.lower() in _INDEX_MOVES or doc[last].lower_ in _INDEX_MOVES)
    )


def _common_noun_initials(doc: Doc, span: Span) -> bool:
    """A bracketed short form that spells the lowercase words before the bracket names
    a thing, not an organisation: "Japanese government bond (JGB)", "relief centres"."""
    text = span.text
    if not looks_like_acronym(text) or text in lex.known_organisations():
        return False
    start = span.start
    if start < 2 or doc[start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    letters = text.replace(".", "")
    words = [t for t in doc[max(0, start - 1 - len(letters)) : start - 1] if t.is_alpha]
    return (
        len(words) == len(letters)
        and "".join(t.text[0] for t in words).upper() == letters
        and any(t.is_lower and not t.is_stop for t in words)  # not "Department of Justice"
    )


#: Honorifics before a judge's title ("Mr Justice Hollins", "Lady Justice Adeyemi").
JUDICIAL_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Lord", "Lady"})


def _portfolio_of_minister(doc: Doc, first: int, last: int) -> bool:
    """Portfolio words, maybe joined to more by "and", that a ministerial title comes
    before ("Minister of [Justice] and Security") or after ("[Treasury] and Finance
    Minister"); or a judge's title after an honorific ("Mr [Justice] Hollins")."""
    words = doc[first:last]
    if (
        len(words) == 1
        and first > 0
        and doc[first - 1].text.rstrip(".") in JUDICIAL_HONORIFICS
        and _fold(words.text) in lex.titles()
    ):
        return True
    if not all(_fold(t.text) in lex.portfolios() or t.lower_ in ("and", "&") for t in words):
        return False
    k = last
    while k < len(doc) and (
        doc[k].lower_ in ("and", "&", ",")
        or (doc[k].is_title and _fold(doc[k].text) in lex.portfolios())
    ):
        k += 1
    if k < len(doc) and doc[k].is_title and doc[k].lower_ in MINISTERIAL_TITLES:
        return True
    return all(in_ministers_title(doc, t.i) for t in words if t.lower_ not in ("and", "&"))


#: Words of a minister's rank before the portfolio: "Union Jal Shakti Minister", "Junior
#: Health Minister" (India's cabinet is the Union's).
_CABINET_RANKS = frozenset({"Union", "Federal", "Cabinet", "Junior", "Shadow", "Deputy"})


def _portfolio_in_title(doc: Doc, first: int, last: int) -> bool:
    """A portfolio before a title ("[Finance] Minister Yuko Shimazu", "Vice [Trade]
    Minister", "Shadow [Home] Secretary") names an office, not an organisation."""
    if _portfolio_of_minister(doc, first, last):
        return True
    if (
        first > 0
        and doc[first - 1].text in _CABINET_RANKS
        and last + 1 < len(doc)
        and doc[last].is_title
        and doc[last].lower_ in MINISTERIAL_TITLES
        and doc[last + 1].pos_ == "PROPN"
    ):
        return True  # "Union [Jal Shakti] Minister Devendra Singh Rathore"
    if last >= len(doc) or last - first > 2:
        return False
    if _fold(doc[last].text) not in lex.titles() or not doc[last].is_title:
        return False
    portfolios = lex.title_modifiers() - lex.demonyms()
    if last - first == 1 and _fold(doc[first].text) in portfolios:
        return True  # "Finance Minister", "Health Secretary"
    return first > 0 and doc[first - 1].is_title and _fold(doc[first - 1].text) in portfolios


@lru_cache(maxsize=1)
def _lexicon_search() -> NameSearch:
    """The searchable known organisations and products, indexed by their first word."""
    known = {**lex.known_products(), **lex.known_organisations()}
    return NameSearch(name for name, entry in known.items() if entry.find_in_text)


@lru_cache(maxsize=1)
def _capitals_search() -> NameSearch:
    """Known names of two words or more as headers and credits print them in capitals
    ("DER SPIEGEL", "KYODO NEWS")."""
    known = lex.known_organisations()
    return NameSearch(
        name.upper()
        for name, entry in known.items()
        if entry.find_in_text and " " in name and not name.isupper()
    )


@lru_cache(maxsize=1)
def _label_search() -> NameSearch:
    """Known organisations whose names are also words, surnames or places ("Gartner",
    "Sage"), searched only where a person works for one (``_WORKS_FOR``)."""
    known = lex.known_organisations()
    return NameSearch(name for name, entry in known.items() if not entry.find_in_text)


#: Where a person's employer is named: "Mira Castellanos of Gartner", "an analyst at Sage".
_WORKS_FOR = re.compile(
    r"(?:\b[A-Z][\w'’-]+[^\S\n]+[A-Z][\w'’-]+,?[^\S\n]+(?:of|at)"
    r"|\b(?:analysts?|economists?|strategists?|researchers?|executives?|spokes(?:man|woman|person))"
    r"[^\S\n]+(?:at|of|with))[^\S\n]+$"
)


@lru_cache(maxsize=1)
def _party_label_search() -> NameSearch:
    """Known parties whose names are also words or other bodies' initials ("DA", "ACT",
    "PP"), searched only where a party stands (``_PARTY_BEFORE``, ``_PARTY_AFTER``)."""
    known = lex.known_organisations()
    return NameSearch(
        name
        for name, entry in known.items()
        if not entry.find_in_text and entry.category == "party"
    )


#: Where a party is named by what its members are: "Members of the DA", "the ACT's MPs".
_PARTY_BEFORE = re.compile(
    r"\b(?:[Mm]embers?|MPs|MPLs|[Cc]ouncillors|[Ss]upporters|[Vv]oters|ranks)[^\S\n]+of"
    r"[^\S\n]+the[^\S\n]+$"
)
#: A party's member or leader after its name: "DA MP Jane Cole", "PP leader Ana Ruiz"
#: (not "DA Jane Cole", a district attorney).
_PARTY_AFTER = re.compile(
    r"[^\S\n]+(?:MPs?|MPLs?|MECs?|MEPs?|MLAs?|[Cc]ouncillors?|[Ll]eader|caucus|chief whip)\b"
)
#: A party named after another with "and the" or ", the": "The ANC and the DA".
_PARTY_AND_BEFORE = re.compile(r"(?:,|,? and|,? or)[^\S\n]+the[^\S\n]+$")
_PARTY_AND_AFTER = re.compile(r"(?:,|,? and|,? or)[^\S\n]+the[^\S\n]+")


def _party_context(text: str, start: int, end: int, parties: list[tuple[int, int]]) -> bool:
    """A party's name that is also a word or initials stands where only a party does:
    after its members' noun, before a member's title, or listed with another party."""
    if _PARTY_BEFORE.search(text, max(0, start - 30), start) or _PARTY_AFTER.match(text, end):
        return True
    after = _PARTY_AND_AFTER.match(text, end)
    before = _PARTY_AND_BEFORE.search(text, max(0, start - 12), start)
    return any(
        (after is not None and k_start == after.end())
        or (before is not None and k_end == before.start())
        for k_start, k_end in parties
    )


#: A capitalised word right after a name: the name goes on ("People" + " Before Profit").
_NAME_GOES_ON = re.compile(r"[^\S\n]+[A-Z]")


@lru_cache(maxsize=1)
def _outlet_label_search() -> NameSearch:
    """Known outlets whose names are also words or indices ("Time", "People", "Nikkei"),
    searched only after the words that cite an outlet (``_CITED_OUTLET``)."""
    known = lex.known_organisations()
    return NameSearch(
        name
        for name, entry in known.items()
        if not entry.find_in_text and entry.category in ("outlet", "agency")
    )


#: What comes right before an outlet's name that is cited: "told Nikkei", "according to
#: Variety", "in an interview with Time".
_CITED_OUTLET = re.compile(r"(?:\btold|\baccording to|\binterview with|\breported by)[^\S\n]+$")


#: The platform X, a letter too common to search for alone: "posted on X", "X,
#: formerly Twitter", "X (formerly Twitter)".
_X_PLATFORM = re.compile(r"(?<=\bon )X(?=[\s.,;:!?)]|$)|\bX(?=,? \(?formerly\b)")


#: Heads of laws and charters, which a body's name never holds.
_LAW_WORDS = frozenset(
    {"act", "acts", "bill", "code", "constitution", "agreement", "treaty", "article", "law"}
    | {"convention", "regulation", "regulations", "directive", "order", "amendment"}
    | {"charter", "protocol", "accord", "rule", "rules", "statute", "section"}
)


def _body_read_as_law(ent: Span) -> bool:
    """A model LAW that names a body: it ends in an organisation's word and holds no
    law's ("The Royal Shakespeare Company"; not "the Companies Act 2006")."""
    words = [_fold(t.text) for t in ent]
    return words[-1] in lex.organisation_words() and not _LAW_WORDS & set(words)


#: What joins the items of a list of names: "X and Y", "X, Y or Z".
_LIST_JOIN_AFTER = re.compile(r"(?:,|,? and|,? or)[^\S\n]+")
_LIST_JOIN_BEFORE = re.compile(r"(?:,|,? and|,? or)[^\S\n]+$")


def _listed_with_known(text: str, start: int, end: int, known: list[tuple[int, int]]) -> bool:
    """A name that is also a word ("Snowflake") listed beside a known organisation whose
    name is no word: "Snowflake and Datadog", "Datadog, Snowflake and MongoDB"."""
    after = _LIST_JOIN_AFTER.match(text, end)
    before = _LIST_JOIN_BEFORE.search(text, max(0, start - 8), start)
    return any(
        (after is not None and k_start == after.end())
        or (before is not None and k_end == before.start())
        for k_start, k_end in known
    )


def _lexicon_spans(doc: Doc) -> list[Span]:
    """Known organisations' names in the text, by whole-word search (X in its contexts),
    except a sponsor's name on a venue or a thing ("Aviva Stadium", "Subaru Telescope")."""
    spans = []
    text = doc_text(doc)
    searched = list(_lexicon_search().finditer(text))
    labelled_parties = list(_party_label_search().finditer(text))
    parties = labelled_parties + [
        (start, end)
        for start, end in searched
        if (entry := lex.known_organisations().get(text[start:end])) is not None
        and entry.category == "party"
    ]
    found = [
        *(
            (start, end)
            for start, end in labelled_parties
            if _party_context(text, start, end, parties)
        ),
        *searched,
        *_capitals_search().finditer(text),
        *(m.span() for m in _X_PLATFORM.finditer(text)),
        *(
            (start, end)
            for start, end in _outlet_label_search().finditer(text)
            if _CITED_OUTLET.search(text, max(0, start - 24), start)
        ),
        *(
            (start, end)
            for start, end in _label_search().finditer(text)
            if (
                _WORKS_FOR.search(text, max(0, start - 40), start)
                or _listed_with_known(text, start, end, searched)
            )
            and not _NAME_GOES_ON.match(text, end)  # "People" of "People Before Profit"
        ),
    ]
    for start, end in found:
        span = doc.char_span(start, end)
        if span is not None and not _names_a_venue_or_thing(doc, span):
            spans.append(_with_country_chapter(doc, span))
    return sorted(spans)


def _is_country(token) -> bool:
    return lex.places().get(token.text) == "major" and (token.is_title or token.is_upper)


def _with_country_chapter(doc: Doc, span: Span) -> Span:
    """A known body's national branch named with the country after it: "Transparency
    International" + "Kenya", "Save the Children" + "UK" (not "told Reuters Kenya would")."""
    end = span.end
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_ or not doc[end - 1].whitespace_:
        return span
    if not _is_country(doc[end]):
        return span
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and (
        after.pos_ in ("AUX", "PROPN")
        or (after.pos_ == "VERB" and span.start > 0 and doc[span.start - 1].pos_ == "VERB")
    ):
        return span  # the country begins a clause of its own
    return doc[span.start : end + 1]


def _names_a_venue_or_thing(doc: Doc, span: Span) -> bool:
    if span.end >= len(doc) or not doc[span.end].is_title:
        return False
    head = _fold(doc[span.end].text)
    return head in lex.facility_words() or head in lex.thing_words()


def _cut_by_lexicon(ent: Span, lexicon_at: list[Span | None]) -> bool:
    """The model's entity lies inside a known name or cuts across one ("Without
    Borders" in "Doctors Without Borders"); one that holds a known name whole stays."""
    for k in range(ent.start, ent.end):
        known = lexicon_at[k]
        if known is not None and not (ent.start <= known.start and known.end <= ent.end):
            return True
    return False


#: Words before "on X" that make X the social platform: "in a post on X", "wrote on X".
_POSTING_WORDS = frozenset(
    {"post", "posts", "posted", "posting", "wrote", "written", "said", "says", "account"}
    | {"statement", "message", "video", "shared", "tweeted", "tweet", "comment", "comments"}
)


def _platform_x(doc: Doc, found: list[Candidate], taken: list[bool]) -> list[Candidate]:
    """The platform X, which the model leaves untagged or reads as an initial: "X" (or
    "X." at a sentence's end) after "on" with a word of posting shortly before ("she
    wrote in a post on X.", "said on X"), or before "formerly Twitter"."""
    out = []
    text = doc_text(doc)
    covered = {k for c in found for k in range(c.first, c.last)}
    for k, token in enumerate(doc):
        if token.text not in ("X", "X.") or k in covered or k < 2 or doc[k - 1].lower_ != "on":
            continue
        if (
            token.text == "X"
            and k + 1 < len(doc)
            and not doc[k + 1].is_sent_start
            and (doc[k + 1].is_title or doc[k + 1].pos_ == "PROPN")
        ):
            continue  # "on X Street"
        posted = any(t.lower_ in _POSTING_WORDS for t in doc[max(0, k - 5) : k - 1])
        formerly = re.match(r"\s*[,(]\s*formerly\b", text[token.idx + 1 :]) is not None
        if posted or formerly:
            evidence = frozenset({"lexicon"})
            out.append(Candidate(token.idx, token.idx + 1, "X", k, k + 1, "organisation", evidence))
            taken[k] = True
    return out


def _lexicon_hits(doc: Doc, spans: list[Span], taken: list[bool]) -> list[Candidate]:
    """Known organisations and products the model missed or cut, from the search's
    spans (a product is found so that its short forms join it, not an organisation)."""
    out = []
    for span in spans:
        if any(taken[span.start : span.end]):
            continue
        root = span[:-1].text if len(span) > 1 and _is_country(span[-1]) else span.text
        known = any(name in lex.known_organisations() for name in (span.text, root)) or (
            span.text in lex.sports_clubs()
        )
        model = "organisation" if known else "other"
        candidate = _candidate(doc, span.start, span.end, model, False)
        if candidate is not None:
            out.append(candidate)
            for k in range(span.start, span.end):
                taken[k] = True
    return out


#: What separates the fields of a header line: "Marisa Tkachuk · CBC News · Posted: ...".
_FIELD_START = re.compile(r"(?:^|[|·•]|\s[/–—-])[^\S\n]*$", re.M)
#: "Philippine Daily Inquirer / 05:20 AM", "Carmela Reyes-Ong - The Philippine Star"
_FIELD_END = re.compile(r"[^\S\n]*(?:[|·•]|[/–—-]\s|$)", re.M)


def _whole_field(text: str, candidate: Candidate, line_start: int) -> bool:
    """The candidate is a whole field of its header line, between separators."""
    return (
        _FIELD_START.search(text, line_start, candidate.start) is not None
        and _FIELD_END.match(text, candidate.end) is not None
    )


#: The word after a name on the same line: "Writer" after "Science".
_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")


def in_header_field(text: str, candidate: Candidate, header_end: int) -> bool:
    """True for a candidate on a header line other than the first (the title) that is not
    a reporter's name on a byline: "Business Correspondent", "Thu 3 Aug", "United
    KingdomUpdated" are no entities, "Jonathan Pell" in "Jonathan Pell, Editor" is one."""
    if candidate.start >= header_end:
        return False
    first_line = text.find("\n", len(text) - len(text.lstrip()))
    if first_line == -1 or candidate.start < first_line:
        return False
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.start)
    if not is_header_field(text[line_start : line_end if line_end != -1 else len(text)]):
        return False  # a standfirst between the title and the byline is running text
    if "cited_source" in candidate.evidence:
        return False  # "Tucson Sentinel staff": the outlet that signs the story
    by_line = _BY_LINE.match(text, line_start, candidate.start) is not None
    role = _WORD_AFTER.match(text, candidate.end)
    if (
        role is not None
        and _fold(candidate.text) in lex.portfolios()
        and _fold(role.group(1)) in lex.byline_roles() | lex.titles()
    ):
        return True  # "By Laura Benedetti, Science Writer": a beat, not the journal Science
    if "lexicon" in candidate.evidence and (
        by_line
        or _WITH_AGENCIES.search(text, line_start, candidate.start) is not None
        or _whole_field(text, candidate, line_start)
    ):
        return False  # "By Jane Roe, Reuters", "Lena Hartwig with dpa, AFP": the agencies;
        # "Marisa Tkachuk · CBC News · Posted: ...": the outlet
    if "capital_the" in candidate.evidence and _whole_field(text, candidate, line_start):
        return False  # "By Mark Delaney, City Hall Reporter | The Riverside Courier"
    byline_name = (
        (candidate.model == "person" or "given_name" in candidate.evidence)
        and ("title" not in candidate.evidence or by_line)  # "By business reporter X"
        and _BYLINE_LEAD.search(text, line_start, candidate.start) is not None
        and _fold(candidate.text.split()[-1]) not in lex.titles()
    )
    return not byline_name


def on_byline(text: str, candidate: Candidate, header_end: int) -> bool:
    """A reporter's name on a "By ..." header line, whatever the model called it: two to
    four capitalised words with no organisation evidence ("By Oluwaseun Ajayi and ...")."""
    if candidate.start >= header_end:
        return False
    line_start = text.rfind("\n", 0, candidate.start) + 1
    words = candidate.text.split()
    after = re.match(r"\s*([\w-]+)", text[candidate.end : candidate.end + 30])
    roles = lex.byline_roles() | lex.titles()
    if any(_fold(w) in roles for w in words) or (
        after and _fold(after.group(1)) in roles and not lex.is_given_name(words[0].title())
    ):
        return False  # "Legal Affairs Correspondent", "Social Affairs" + "Correspondent"
    bylined = (
        _BY_LINE.match(text, line_start, candidate.start) is not None
        and _BYLINE_LEAD.search(text, line_start, candidate.start) is not None
    ) or _beside_outlet(text, candidate, line_start)
    return (
        bylined
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not candidate.evidence & {"org_word", "lexicon", "capital_the", "ampersand"}
    )


def _beside_outlet(text: str, candidate: Candidate, line_start: int) -> bool:
    """A header field that opens its line beside a known outlet's field: the reporter of
    "Lindiwe Mahlangu | News24"."""
    line_end = text.find("\n", candidate.start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    fields = [f.strip() for f in re.split(r"[|·•]", line)]
    return (
        len(fields) >= 2
        and fields[0] == candidate.text
        and any(f in lex.known_organisations() for f in fields[1:])
    )


#: Title words that are also the adjective of a body's name ("General Synod").
_BODY_ADJECTIVES = frozenset({"General"})
#: Military bodies named with "General": "the General Staff", "General Command".
_STAFF_WORDS = frozenset({"Staff", "Command", "Headquarters", "Secretariat", "Directorate"})


def _body_adjective_before(doc: Doc, ent: Span) -> bool:
    """The word before the name is both a rank and a body's adjective, and the name ends
    with an organisation word: "the General Synod", "the General Council"."""
    return (
        ent.start > 0
        and doc[ent.start - 1].text in _BODY_ADJECTIVES
        and doc[ent.start - 1].ent_iob_ == "O"
        and (_fold(ent[-1].text) in lex.organisation_words() or ent[-1].text in _STAFF_WORDS)
    )


def _loose_name_word(doc: Doc, k: int) -> bool:
    """A capitalised proper noun outside the model's entities that may be part of a
    person's name: not a title, an organisation word or a place's head noun."""
    token = doc[k]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_iob_ == "O"
        and len(token.text) > 1
        and _fold(token.text) not in lex.titles() | lex.title_modifiers()
        and _fold(token.text) not in lex.organisation_words() | lex.facility_words()
    )


def _after_organisation(doc: Doc, k: int) -> bool:
    """Token ``k`` comes right after an organisation's name ("the Refugee Council Enver
    Solomon"): a person's given name glued to it, not part of it."""
    return k > 0 and doc[k - 1].ent_type_ == "ORG" and doc[k - 1].ent_iob_ in ("B", "I")


def _second_surname(doc: Doc, ent: Span) -> bool:
    """A given name and surname followed by one more surname the model left out, as
    Spanish and Portuguese names have them: "Alfredo Sánchez" + "Ruiz" (not a day, a
    place, or the first of more capitalised words)."""
    end = ent.end
    return (
        end < len(doc)
        and lex.is_given_name(ent[0].text)
        and "\n" not in doc[end - 1].whitespace_
        and doc[end - 1].whitespace_ == " "
        and _loose_name_word(doc, end)
        and not calendar_word(doc[end].text)
        and doc[end].text not in lex.places()  # "Villanueva", a town, is also a surname
        and doc[end].text not in lex.known_organisations()
        and (end + 1 == len(doc) or not doc[end + 1].is_title)
    )


#: Lower-case words inside a Romance or Dutch surname: "de la Fuente", "van der Berg".
_SURNAME_PARTICLES = NAME_PARTICLES | {"la", "las", "los", "le", "ter", "ten"}


def _given_name_before(doc: Doc, start: int) -> bool:
    """The word before token ``start`` is a known given name, loose on the same line."""
    return (
        start > 0
        and "\n" not in doc[start - 1].whitespace_
        and doc[start - 1].whitespace_ == " "
        and lex.is_given_name(doc[start - 1].text)
        and _loose_name_word(doc, start - 1)
        and not calendar_word(doc[start - 1].text)
    )


def known_place_ending_in(doc: Doc, ent: Span) -> Span | None:
    """The known place's name of more words that a person's name the model found ends:
    "Dera" + "Ghazi Khan", "Port" + "Elizabeth"; None when the words before make none."""
    for size in (1, 2):
        start = ent.start - size
        if start < 0:
            return None
        before = doc[start : ent.start]
        if not all(t.is_title and t.whitespace_ == " " for t in before):
            return None
        if doc[start : ent.end].text in lex.places():
            return doc[start : ent.end]
    return None


def grow_person(doc: Doc, ent: Span) -> Span:
    """A one-word person's name the model cut short, grown over one capitalised proper
    noun on the same line: a known given name before it ("[Carly] Simon"), a given name
    between it and an organisation's name ("Refugee Council [Enver] Solomon"), or a surname
    after a known given name ("Johnnie [Christmas]"); a two-word name over a second
    surname ("Alfredo Sánchez [Ruiz]")."""
    start, end = ent.start, ent.end
    if sum(t.text not in _SURNAME_PARTICLES for t in ent) == 2 and _second_surname(doc, ent):
        # also "Ana de la Fuente" + "Ruiz", past the surname's particles
        return doc[start : end + 1]
    if len(ent) in (2, 3):
        # "María Fernanda" + "Ccori Mamani": given names the model left before surnames
        while start > ent.start - 2 and _given_name_before(doc, start):
            start -= 1
        return ent if start == ent.start else doc[start:end]
    if len(ent) != 1:
        return ent
    if (
        start > 0
        and "\n" not in doc[start - 1].whitespace_
        and (lex.is_given_name(doc[start - 1].text) or _after_organisation(doc, start - 1))
        and _loose_name_word(doc, start - 1)
    ):
        start -= 1
    elif (
        end < len(doc)
        and lex.is_given_name(ent.text)
        and "\n" not in doc[end - 1].whitespace_
        and doc[end].tag_ != "NNPS"
        and _loose_name_word(doc, end)
    ):
        end += 1
    return ent if (start, end) == (ent.start, ent.end) else doc[start:end]


#: Given names written abbreviated with a period before the rest of the name: "Ma."
#: (María, in Philippine usage: "Ma. Lourdes Sarmiento-Ocampo").
ABBREVIATED_GIVEN_NAMES = frozenset({"Ma"})


#: Two-letter role and office abbreviations that come before a name but are no
#: initials of it ("PM Modi", "CM Stalin", "SP Rao", "HC judge").
ROLE_ABBREVIATIONS = frozenset(
    {"PM", "CM", "DM", "DC", "SP", "VP", "GM", "MD", "DG", "IG", "HC", "SC", "CJ", "AG", "DA"}
    | {"PR", "HR", "IT", "TV", "FC", "AC", "CO", "DJ", "LA", "SF", "NY", "OK", "ET", "PT"}
    | {"SI"}  # a police sub-inspector
)


def _two_initials(word: str) -> bool:
    """Two capitals that are no known short form, place, title, role or word ("BN", "CV";
    not "UN", "US", "MP", "PM", "BY")."""
    return (
        len(word) == 2
        and word.isalpha()
        and word not in ROLE_ABBREVIATIONS | HONORIFICS  # "CP Yusuf Garba Tanimu"
        and word.lower() not in STOP_WORDS  # "BY NORA KESSLER" on a byline
        and word not in lex.known_organisations()
        and word not in lex.places()
        and _fold(word) not in lex.titles()
        and word not in lex.not_names()
    )


def with_initials(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A person's name grown over the initial or two written before it without a dot, as
    South Indian names print them ("T Naresh Kumar", "BN Jagadeesha"); not "A" or "I",
    which are words, the Burmese honorific "U", or a known short form ("UN", "US")."""
    text = doc_text(doc)
    starts = {c.first for c in candidates}
    out = []
    for candidate in candidates:
        k = candidate.first
        if (
            (candidate.model == "person" or "title" in candidate.evidence)
            and k >= 1
            and (len(doc[k - 1].text) == 1 or _two_initials(doc[k - 1].text))
            and doc[k - 1].is_upper
            and doc[k - 1].text not in ("A", "I")
            and _fold(doc[k - 1].text) not in lex.titles()  # the Burmese "U"
            and doc[k - 1].whitespace_ == " "
            and k - 1 not in starts
            and (k < 2 or doc[k - 2].text not in ("&", "-", "/"))
        ):
            start = doc[k - 1].idx
            grown = text[start : candidate.end]
            candidate = candidate._replace(start=start, text=grown, first=k - 1)
        out.append(candidate)
    return out


def with_abbreviated_given_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name after "Ma." grows over it, and "Ma" on its own drops: one person's name."""
    text = doc_text(doc)
    grown: dict[int, Candidate] = {}
    for candidate in candidates:
        k = candidate.first
        if (
            k >= 2
            and doc[k - 1].text == "."
            and doc[k - 2].text in ABBREVIATED_GIVEN_NAMES
            and not doc[k - 2].whitespace_
            and doc[k - 1].whitespace_
            and (
                k < 3
                or doc[k - 3].pos_ != "PROPN"
                or _fold(doc[k - 3].text.rstrip(".")) in lex.titles()
            )  # not "Jack Ma. Ma said": a surname ending a sentence
        ):
            start = doc[k - 2].idx
            grown[k - 2] = candidate._replace(
                start=start,
                text=text[start : candidate.end],
                first=k - 2,
                evidence=candidate.evidence | {"given_name"},
            )
    if not grown:
        return candidates
    return [
        grown.get(c.first - 2, c)
        for c in candidates
        if not (c.first in grown and c.last <= c.first + 2)  # the model's "Ma" alone
    ]


def _spelled_by_bracket(doc: Doc, units: list[tuple[int, int]]) -> bool:
    """True when the bracketed short form after the name spells it whole, its last word
    too: "Prison Service Executive (PSE)", "Provincial Engineering Support Agent (PESA)"
    end in a body's word, not in a person's title."""
    end = doc[units[-1][1] - 1].idx + len(doc[units[-1][1] - 1].text)
    short = _bracketed_after(doc_text(doc), end)
    name = doc[units[0][0] : units[-1][1]].text
    return short is not None and len(units) >= 2 and is_acronym_of(short, name)


def _bracketed_after(text: str, end: int) -> str | None:
    """The short form in brackets right after offset ``end`` (" (TTP)"), or None."""
    if text[end : end + 2] != " (":
        return None
    close = text.find(")", end + 2, end + 14)
    return text[end + 2 : close] if close != -1 else None


def bracketed_other_name(text: str, name_start: int, name_end: int) -> str | None:
    """The one word an organisation's name gives itself in brackets right after it, in
    any case or language: "Islamic Development Bank (IsDB)", "Defense Ministry (Sedena)",
    "General Confederation of Workers of Peru (CGTP)". None when the name has one word, or
    the word is a place, or the same bracket follows other names too (team listings
    "Groupama–FDJ (FRA)")."""
    if text[name_end : name_end + 2] != " (" or " " not in text[name_start:name_end].strip():
        return None
    close = text.find(")", name_end + 2, name_end + 34)
    word = text[name_end + 2 : close] if close != -1 else ""
    if not looks_like_other_name(word) or word in lex.places() or word in lex.towns():
        return None
    return word if defined_once(text, word) else None


def defined_once(text: str, short: str) -> bool:
    """True unless ``short`` is bracketed after two different names, as a code is in a
    results list: "Anna Weber of Canyon (GER) ... Lena Roth of Halden (GER)"."""
    hosts = set()
    for found in re.finditer(re.escape(f"({short})"), text):
        hosts.add(" ".join(text[max(0, found.start() - 40) : found.start()].split()[-2:]))
    return len(hosts) <= 1


def _one_organisation(previous: Candidate, candidate: Candidate) -> bool:
    """Two organisations' names side by side, the second ending with its organisation
    word, are one name: "AU" + "Peace and Security Council", "Time's Up" + "Legal
    Defense Fund"; not a leader's surname and the known body serving them ("Obama" +
    "Justice Department")."""
    return (
        previous.model == "organisation"
        and candidate.model == "organisation"
        and _fold(candidate.text.split()[-1]) in lex.organisation_words()
        and "org_word" not in previous.evidence
        and "leader" not in previous.evidence
    )


def join_spelled_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Two adjacent names that a bracketed short form spells together are one name:
    "Tehreek-e-Taliban" + "Pakistan" before "(TTP)"; so are two organisations' names
    side by side when only the second has an organisation word ("AU" + "Peace and
    Security Council")."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        short = _bracketed_after(text, candidate.end)
        if (
            previous is not None
            and text[previous.end : candidate.start] == " "
            and (
                (short is not None and spells_initials(short, text[previous.start : candidate.end]))
                or _one_organisation(previous, candidate)
            )
        ):
            joined = _candidate(doc, previous.first, candidate.last, previous.model, False)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(candidate)
    return out


def without_place(name: str) -> str:
    """The name without a leading country or nationality ("United States Department of
    Justice" -> "Department of Justice"), whose initials short forms often leave out
    ("DOJ")."""
    words = name.split()
    for k in (2, 1):
        if len(words) > k + 1 and " ".join(words[:k]) in lex.places():
            return " ".join(words[k:])
    if len(words) > 2 and _fold(words[0]) in lex.demonyms():
        return " ".join(words[1:])  # "Canadian Ministry of Defence" (MoD)
    return name


def untagged_short_forms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Short forms an organisation's name defines in brackets right after it that the
    model left untagged: "Halvorsen Media Group Inc. (HMG)" gives "HMG" as a candidate,
    so the propagation finds its later, bare uses too."""
    text = doc_text(doc)
    starts = {c.start for c in candidates}
    out = list(candidates)
    for candidate in candidates:
        if candidate.model != "organisation" or candidate.end + 2 in starts:
            continue
        short = _bracketed_after(text, candidate.end)
        if short is None or not (
            looks_like_acronym(short) and defines_short_form(short, without_place(candidate.text))
        ):
            short = bracketed_other_name(text, candidate.start, candidate.end)
        if short is None:
            continue
        span = doc.char_span(candidate.end + 2, candidate.end + 2 + len(short))
        if span is not None and span.root.ent_type_ not in ("NORP", "GPE", "LOC", "LANGUAGE"):
            found = _candidate(doc, span.start, span.end, "organisation", False)
            if found is not None:
                out.append(found)
    return sorted(out + _unbracketed_short_forms(doc, out), key=lambda c: c.start)


#: Evidence that a name the model calls an organisation's is a law's, a thing's or a
#: place's ("the Prevention of Money Laundering Act"), whose capitals name no body.
_NO_BODY_EVIDENCE = frozenset({"event", "thing", "product", "facility", "vessel", "pot"})


def _unbracketed_short_forms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Untagged capitals of three letters or more that spell an organisation's name in the
    article, maybe without the place it opens with, though no bracket defines them: "the
    DPS" after "Texas Department of Public Safety"."""
    names = {
        form
        for c in candidates
        if c.model == "organisation" and not c.evidence & _NO_BODY_EVIDENCE
        for form in (c.text, without_place(c.text))
    }
    taken = {k for c in candidates for k in range(c.first, c.last)}
    out = []
    for token in doc:
        word = token.text
        if (
            token.ent_iob_ == "O"
            and token.i not in taken
            and 3 <= len(word) <= 6
            and looks_like_acronym(word)
            and word not in lex.not_names()
            and any(is_acronym_of(word, name) for name in names)
        ):
            found = _candidate(doc, token.i, token.i + 1, "organisation", False)
            if found is not None:
                out.append(found)
    return out


def _grow_over_head_to_short_form(doc: Doc, first: int, last: int) -> int:
    """The end of a name the model cut before its last, title-like word when the
    bracketed short form after that word spells the whole name: "Provincial Engineering
    Support" + "Agent" + "(PESA)". Returns ``last`` when there is no such word."""
    if (
        last + 3 < len(doc)
        and capitalised_word(doc[last].text)  # also "Johor Darul" + "Ta'zim" + "(JDT)"
        and doc[last + 1].text == "("
        and doc[last + 3].text == ")"
        and is_acronym_of(doc[last + 2].text, doc[first : last + 1].text)
    ):
        return last + 1
    return last


def grow_to_short_forms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name the model cut short before the bracketed short form it defines, grown to
    the whole name: "West African States" before "(ECOWAS)" becomes "Economic Community
    of West African States", "Union of Rationalist Atheists" before "and Agnostics
    (UAAR)" takes them in; candidates inside the grown name are dropped."""
    text = doc_text(doc)
    out: list[Candidate] = []
    grown_to = -1
    for candidate in candidates:
        if candidate.start < grown_to:
            continue  # inside a name grown over "and" below
        if candidate.model == "organisation":
            end = grow_over_and_to_short_form(doc, candidate.first, candidate.last)
            grown = _candidate(doc, candidate.first, end, "organisation", False)
            if end > candidate.last and grown is not None:
                candidate, grown_to = grown, grown.end
            end = _grow_over_head_to_short_form(doc, candidate.first, candidate.last)
            grown = _candidate(doc, candidate.first, end, "organisation", False)
            if end > candidate.last and grown is not None:
                candidate, grown_to = grown, grown.end
        short = _bracketed_after(text, candidate.end)
        if short is not None and looks_like_short_form(short):
            first = grow_to_short_form(doc, candidate.first, candidate.last, short)
            if first < candidate.first:
                model = candidate.model if candidate.model != "place" else "organisation"
                grown = _candidate(doc, first, candidate.last, model, False)
                if grown is not None:
                    while out and out[-1].start >= grown.start:
                        out.pop()
                    candidate = grown
        out.append(candidate)
    return out


#: A later item's dateline in a roundup: its place in capitals ("ISLAMABAD, Oct 2 —"),
#: with a date or a wire's credit ("ADDIS ABABA (Reuters) —").
_ROUNDUP_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+[A-Z.](?:,|\s*\()")
_WIRE_CREDIT = re.compile(r"[^()\n]{2,60}\([A-Za-z]+\)\s*(?:--|[-—–:])\s")


def _dateline_places(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """The places of the wire datelines that open paragraphs ("PRETORIA –", "UVALDE,
    Texas (AP) —", both of "GENEVA/PORT SUDAN (AFP) -"; each item of a roundup has its
    own) where the model left them untagged."""
    text = doc_text(doc)
    dateline = doc._.metoo_dateline
    found = re.search(rf"(?m)^[^\S\n]*({re.escape(dateline)})", text) if dateline else None
    datelines = [(found.start(1), dateline)] if found is not None else []
    for line in re.finditer(r"(?m)^[^\S\n]*(\S[^\n]*)", text):
        wire = wire_dateline(line.group(1))
        if (
            wire is not None
            and line.start(1) not in (start for start, _ in datelines)
            and _ROUNDUP_DATELINE.match(line.group(1))
            and (wire.stamp is not None or _WIRE_CREDIT.match(line.group(1)))
        ):
            datelines.append((line.start(1), wire.place))  # a roundup's later item
    out = []
    for start, places in datelines:
        for part in re.finditer(r"[^,/]+", places):  # "GENEVA/PORT SUDAN": two places
            offset = start + part.start() + len(part.group()) - len(part.group().lstrip())
            span = doc.char_span(offset, offset + len(part.group().strip()))
            if span is not None and not any(taken[span.start : span.end]):
                candidate = _candidate(doc, span.start, span.end, "place", False)
                if candidate is not None:
                    out.append(candidate._replace(evidence=candidate.evidence | {"dateline"}))
        out += _dateline_credit(doc, start, taken)
    return out


#: The dash that closes a dateline's credit: "TORONTO (CP) - Police ...".
_CREDIT_DASH = re.compile(r"[^\S\n]*(?:--|[-—–])(?=\s|$)")


def _dateline_credit(doc: Doc, start: int, taken: list[bool]) -> list[Candidate]:
    """The wire or outlet in brackets after the dateline opening at ``start`` ("TORONTO
    (CP) -", "HOUSTON, Texas, Oct 21 (Orbit Wire) -"): an organisation, known or not."""
    text = doc_text(doc)
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end != -1 else len(text)]
    wire = wire_dateline(line)
    if wire is None or wire.credit is None:
        return []
    at = line.find(f"({wire.credit})")
    if at == -1 or not _CREDIT_DASH.match(line, at + len(wire.credit) + 2):
        return []  # "Tennant (GB) 6-4 3-6": a player's country in a scoreline
    span = doc.char_span(start + at + 1, start + at + 1 + len(wire.credit))
    if span is None or any(taken[span.start : span.end]):
        return []
    candidate = _candidate(doc, span.start, span.end, "organisation", False)
    if candidate is None:
        return []
    return [candidate._replace(evidence=candidate.evidence | {"agency_credit", "dateline_credit"})]


def _without_name_run_into_outlet(
    doc: Doc, reporter: Span, candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates with one that runs a byline's reporter into the outlet after the
    name ("JOHN ROE Associated Press", tagged ORG) cut to the outlet alone."""
    out = []
    for candidate in candidates:
        rest = doc[reporter.end : candidate.last]
        if (
            candidate.first == reporter.start
            and candidate.last > reporter.end
            and rest.text in lex.known_organisations()
        ):
            outlet = _candidate(doc, rest.start, rest.end, "organisation", False)
            if outlet is not None:
                out.append(outlet)
            continue
        out.append(candidate)
    return out


def _player(doc: Doc, span: Span) -> Candidate:
    """A player on a team sheet, however the model tagged the surname ("Flemming" as a
    verb, "Pires" as a plural)."""
    flags = evidence(doc, span.start, span.end, False) | {"player"}
    return Candidate(
        span.start_char, span.end_char, span.text, span.start, span.end, "person", flags
    )


def find_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[str, int, int]]]:
    """Name candidates from the model's entities and the lexicon, plus hashtags/handles.

    Returns:
        ``(candidates, tags)``: candidates in text order, and (kind, start, end) tags.
        Entities overlapping a hashtag or handle are dropped: a tag is never a name.
    """
    tags = find_tags(doc_text(doc))
    tag_chars = set()
    for _, start, end in tags:
        tag_chars.update(range(start, end))
    taken = [False] * len(doc)
    known = _lexicon_spans(doc)
    lexicon_at: list[Span | None] = [None] * len(doc)
    for span in known:
        for k in range(span.start, span.end):
            lexicon_at[k] = span
    out = []
    shops = []
    for shop in shop_names(doc):
        if any(c in tag_chars for c in range(shop.start_char, shop.end_char)):
            continue
        candidate = _candidate(doc, shop.start, shop.end, "organisation", False)
        if candidate is not None:
            # the shop's name keeps its 's: "Baxter's" is not Anne Baxter
            flags = candidate.evidence | {"shop_name"}
            shops.append(candidate._replace(end=shop.end_char, text=shop.text, evidence=flags))
            taken[shop.start : shop.end] = [True] * len(shop)
    for ent, label in join_split_names(doc, list(doc.ents)):
        model = MODEL_KINDS.get(label)
        if label == "NORP" and len(ent) > 1 and lex.is_given_name(ent[0].text):
            label, model = "PERSON", "person"  # "Agnes Mwikali [Nthenge]" is no nationality
            if ent.end < len(doc) and _loose_name_word(doc, ent.end):
                ent = doc[ent.start : ent.end + 1]
        if any(taken[ent.start : ent.end]) or _cut_by_lexicon(ent, lexicon_at):
            continue  # inside a name grown past the model's span, or a known name's
        if model is None or any(c in tag_chars for c in range(ent.start_char, ent.end_char)):
            continue
        if label == "LAW" and not _body_read_as_law(ent):
            continue
        if _body_adjective_before(doc, ent):
            # "General" + "Synod", "General" + "Assembly": no rank, the body's own word
            ent, label, model = doc[ent.start - 1 : ent.end], "ORG", "organisation"
        ent = grow_over_opening_word(doc, ent)
        if model in ("person", "organisation"):
            with_country = organisation_with_country(doc, ent)
            if with_country is not ent:
                ent, label, model = with_country, "ORG", "organisation"  # "Lung Health UK"
        owned = grow_over_plural_owner(doc, ent)
        if owned is not ent:
            ent = owned
            out = [c for c in out if c.first < ent.start]  # "Children" + "'s Minnesota"
        grown = grow_over_possessive(doc, ent)
        if grown is not ent:
            ent = grown
        elif model == "person":
            grown = grow_over_and(doc, ent, ent.start)  # "... Aid and" + "Relief Centre"
            ent = grown if grown is not ent else grow_person(doc, ent)
            place = known_place_ending_in(doc, ent)
            if place is not None:
                ent, label, model = place, "GPE", "place"  # "Dera" + "Ghazi Khan"
            named = organisation_named_after(doc, ent)
            if named is not ent:
                ent, label, model = named, "ORG", "organisation"  # "William Dunn" + "School"
        elif model == "organisation":
            ent = grow_organisation(doc, ent)
            out = [c for c in out if c.first < ent.start]  # "Indonesian" + "Navy"
        for first, last, titled in name_parts(ent):
            candidate = _candidate(doc, first, last, model, titled)
            if candidate is not None and label == "NORP":
                # a nationality, religious or political group: one such reading of a
                # name outweighs the model's ORG reading of its other mentions
                candidate = candidate._replace(evidence=candidate.evidence | {"group_of_people"})
            if candidate is not None:
                out.append(candidate)
        for k in range(ent.start, max(ent.end, out[-1].last if out else 0)):
            taken[k] = True
    out = [_person_in_title(doc, c) for c in out]
    out += shops
    for k, token in enumerate(doc):
        if token.idx in tag_chars:
            taken[k] = True
    out += _dateline_places(doc, taken)
    out += _platform_x(doc, out, taken)
    out += _lexicon_hits(doc, known, taken)
    out += _lexicon_hits(doc, club_spans(doc), taken)
    for span in team_nicknames(doc):
        # "The Hawkeyes were led by ...": a team, whatever the model read ("Hawkeyes" as
        # a person, "The Sun Devils" as a work) or missed ("The Gophers beat Iowa")
        candidate = _candidate(doc, span.start, span.end, "organisation", False, nickname=True)
        if candidate is not None:
            out = [c for c in out if not (c.first < span.end and span.start < c.last)]
            out.append(candidate._replace(evidence=candidate.evidence | {"team_name"}))
            taken[span.start : span.end] = [True] * len(span)
    for span in club_names(doc):
        # "Dunmore United", "Ashby Rovers" in a football report, whatever the model read
        if any(
            c.first <= span.start and span.end <= c.last and c.last - c.first > len(span)
            for c in out
        ):
            continue  # inside a longer name ("Brighton & Hove Albion")
        candidate = _candidate(doc, span.start, span.end, "organisation", False)
        if candidate is not None:
            out = [c for c in out if not (c.first < span.end and span.start < c.last)]
            out.append(candidate._replace(evidence=candidate.evidence | {"team_name"}))
            taken[span.start : span.end] = [True] * len(span)
    for span in untagged_people(doc):
        if not any(taken[span.start : span.end]):
            candidate = _candidate(doc, span.start, span.end, "person", True)
            if candidate is not None:
                out.append(candidate)
    for span in byline_people(doc):
        out = _without_name_run_into_outlet(doc, span, out)
        out = [c for c in out if not _runs_into_role(doc, span, c)]
        inside = [c for c in out if span.start <= c.first and c.last <= span.end]
        overlapping = [c for c in out if c.first < span.end and span.start < c.last]
        if any(taken[span.start : span.end]) and (
            any(c.model == "person" for c in overlapping) or len(overlapping) > len(inside)
        ):
            continue  # a person already, or inside a longer name the model kept
        candidate = _candidate(doc, span.start, span.end, "person", False)
        if candidate is not None:
            out = [c for c in out if c not in inside]  # "Natalia" (GPE) of "Natalia Ramos"
            # "By ANA RUIZ": a reporter, though "ANA" is an airline's initials
            evidence = (candidate.evidence - {"holds_lexicon"}) | {"given_name"}
            out.append(candidate._replace(evidence=evidence))
    for span in team_sheet_players(doc):
        # "Chelsea: Sánchez; Gusto, Colwill, ...": players, whatever the model read
        out = [c for c in out if not (c.first < span.end and span.start < c.last)]
        out.append(_player(doc, span))
        taken[span.start : span.end] = [True] * len(span)
    for span in credited_agencies(doc):
        if not any(taken[span.start : span.end]):
            candidate = _candidate(doc, span.start, span.end, "organisation", False)
            if candidate is not None:
                out.append(candidate._replace(evidence=candidate.evidence | {"org_context"}))
            continue
        # "Photo: Sam Birtles/PA Wire": the model's person after the slash is the agency
        # "(Photo: Ann Lee / The Daily Star)": the model's outlet is credited
        out = [
            c._replace(model="organisation", evidence=c.evidence | {"org_context"})
            if (
                (c.first, c.last) == (span.start, span.end)
                and c.model == "person"
                and not c.evidence & {"given_name", "title", "credit"}
            )
            or (c.model == "organisation" and span.start <= c.first and c.last == span.end)
            else c
            for c in out
        ]
    outlets, authors = cited_sources(doc)
    for span, kind, flags in [
        *((outlet, "organisation", {"cited_source"}) for outlet in outlets),
        # "Tucson Sentinel staff": the outlet signs the story
        *((outlet, "organisation", {"cited_source"}) for outlet in staff_outlets(doc)),
        # "Dunmore Evening Star" above the date and the headline: the outlet's masthead
        *((outlet, "organisation", {"cited_source"}) for outlet in masthead_outlet(doc)),
        *((author, "person", {"given_name", "credit"}) for author in authors),
        # "Photo by Lia Moreno/Getty Images": a photographer, whatever the model read
        *((name, "person", {"given_name", "credit"}) for name in credited_photographers(doc)),
    ]:
        # '* Ben Hall. "Lab wins contract" — Austin American-Statesman, May 13, 2009'
        candidate = _candidate(doc, span.start, span.end, kind, False)
        if candidate is not None:
            out = [c for c in out if not (c.first < span.end and span.start < c.last)]
            out.append(candidate._replace(evidence=candidate.evidence | flags))
            taken[span.start : span.end] = [True] * len(span)
    for span in regional_bodies(doc):
        # "NHS Greater Glasgow and Clyde", "Mayo GAA": a body's branch, whatever the model read
        if any(
            c.first <= span.start and span.end <= c.last and c.last - c.first > len(span)
            for c in out
        ):
            continue
        candidate = _candidate(doc, span.start, span.end, "organisation", False)
        if candidate is not None:
            out = [c for c in out if not (c.first < span.end and span.start < c.last)]
            flags = {"org_word", "regional_branch"}
            out.append(candidate._replace(evidence=candidate.evidence | flags))
            taken[span.start : span.end] = [True] * len(span)
    for span in untagged_organisations(doc):
        if any(c.first <= span.start and span.end < c.last for c in out):
            continue  # inside a longer name found already ("Transparency International Kenya")
        span = doc[span.start : extend_right(doc, span.start, span.end)]  # "... and Leighlin"
        # the nationality before it ("Saudi" + "Interior Ministry") is part of the name
        out = [c for c in out if not span.start <= c.first < span.end]
        candidate = _candidate(doc, span.start, span.end, "organisation", False)
        if candidate is not None and names_a_party_group(doc, span.start, span.end):
            candidate = candidate._replace(evidence=candidate.evidence | {"org_classifier"})
        if candidate is not None:
            out.append(candidate)
    out = join_spelled_names(doc, sorted(out, key=lambda c: c.start))
    out = with_initials(doc, with_abbreviated_given_names(doc, out))
    out = untagged_short_forms(doc, grow_to_short_forms(doc, out))
    header_end = doc._.metoo_header_end
    if header_end:
        text = doc_text(doc)
        out = [
            c._replace(model="person", evidence=c.evidence | {"given_name"})
            if on_byline(text, c, header_end)
            else c
            for c in out
        ]
        out = [c for c in out if not in_header_field(text, c, header_end)]
    return _without_nested(sorted(out, key=lambda c: c.start)), tags


def _person_in_title(doc: Doc, candidate: Candidate) -> Candidate:
    """A quoted show's title that opens with its host's name is the host's mention when the
    article names the host outside it: '"Ronnie Vale Live!"' ... "Vale's producer" gives
    "Ronnie Vale"; the title itself is a work, no organisation or person."""
    first, last = candidate.first, candidate.last
    if (
        "quoted" not in candidate.evidence
        or last - first < 3
        or not lex.is_given_name(doc[first].text)
        or not (doc[first + 1].is_title and doc[first + 1].is_alpha)
    ):
        return candidate
    surname = doc[first + 1].text
    if not any(t.text == surname and not first <= t.i < last for t in doc):
        return candidate
    person = _candidate(doc, first, first + 2, "person", False)
    if person is None:
        return candidate
    return person._replace(evidence=person.evidence - {"quoted", "thing"})


def _runs_into_role(doc: Doc, span: Span, candidate: Candidate) -> bool:
    """The model's name runs from inside a byline's name over the comma after it: "Haddad,
    Technology Correspondent" of "Samira Haddad, Technology Correspondent"."""
    return span.start <= candidate.first < span.end < candidate.last and doc[span.end].text == ","


def _without_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Each stretch of text named once: a second candidate on the same span ("Photo:
    ESO/Jan Krelling", found as a credit and as an agency) or inside a longer one (the
    lexicon's "WWF" in "WWF-India") is dropped, and of two that overlap the longer stays
    ("Finn Aino" and "Aino Lehtinen"); the first, or the longer, stays."""
    out: list[Candidate] = []
    for candidate in candidates:
        if any(kept.start <= candidate.start and candidate.end <= kept.end for kept in out[-3:]):
            continue
        while out and candidate.start < out[-1].end:
            if out[-1].end - out[-1].start > candidate.end - candidate.start:
                break
            out.pop()  # a shorter name it covers or overlaps: the longer one stays
        else:
            out.append(candidate)
    return out
