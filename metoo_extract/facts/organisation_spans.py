"""Organisations' names the small model cuts short, grown back to the whole name.

The model often stops an institution's name at a connector or a comma: "Joint Council"
[for the Welfare of Immigrants], "University of Texas" [at Austin], "Committee on
Commerce, Science" [, and Transportation], "Federation of Red Cross" [and Red Crescent
Societies], "Art Gallery" [and Museum]. Each rule below grows a span only over
capitalised words the model left outside every other entity.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..normalize import name_lexicons as lex
from ..normalize.names import (
    NAME_PARTICLES,
    defines_short_form,
    looks_like_outlet,
)
from ..normalize.names import fold as _fold
from ..normalize.numbers import ORDINAL_WORDS
from .tokens import calendar_word, hyphen_glued, joins_words, opens_sentence

#: Head nouns of institutions named with their campus or city: "University of Texas at
#: Austin", "University of Nigeria, Nsukka", "National Museum of Modern Art, Tokyo".
CAMPUS_HEADS = frozenset({"university", "college", "institute", "museum"})
#: The capitalised last part of words run together: the "Guild" of "NewsGuild".
_CAMEL_TAIL = re.compile(r"(?<=[a-z])[A-Z][a-z]+$")


def run_together_head(word: str) -> bool:
    """A word that ends in an organisation word run onto another in CamelCase:
    "NewsGuild", "SoftBank" (not "McDonald", whose tail is no such word)."""
    tail = _CAMEL_TAIL.search(word)
    return tail is not None and _fold(tail.group()) in lex.organisation_words()


#: Words that open an organisation name's complement ("Committee on Commerce").
COMPLEMENT = frozenset({"of", "on", "for"})


def _free(token, labels: tuple[str, ...] = ("ORG",)) -> bool:
    """A token outside the model's entities, or inside one with one of ``labels``."""
    return token.ent_iob_ == "O" or token.ent_type_ in labels


def _capitalised_run(doc: Doc, k: int, limit: int = 4, labels: tuple[str, ...] = ("ORG",)) -> int:
    """End of the run of capitalised free words starting at ``k`` on the same line (at
    most ``limit`` words), or ``k`` when there is none."""
    end = k
    while (
        end < len(doc)
        and end - k < limit
        and doc[end].is_alpha
        and doc[end].is_title
        and _free(doc[end], labels)
        and (end == k or "\n" not in doc[end - 1].whitespace_)
    ):
        end += 1
    return end


#: Bodies named for their topic with "on": "Council on Foreign Relations", "Expert
#: Council on Climate Change", "Committee on Foreign Affairs".
_BODIES_ON_A_TOPIC = frozenset(
    {"council", "committee", "subcommittee", "commission", "panel", "taskforce", "forum"}
    | {"group"}  # "the International Coordinating Group on Vaccine Provision"
)


#: A numeral ordinal opening a name's complement: "for the 6th Circuit".
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _of_phrases(doc: Doc, last: int) -> int:
    """Grow over "of"/"for" and the capitalised words after it when the name ends with an
    organisation word, or with one and its "of" phrase: "Joint Council" + "for the Welfare
    of Immigrants", "Court of Appeals" + "for the Ninth Circuit" (or "6th Circuit")."""
    words = lex.organisation_words()
    if (
        _fold(doc[last - 1].text) not in words
        and not run_together_head(doc[last - 1].text)  # "NewsGuild" + "of New York"
        and not (last >= 3 and doc[last - 2].lower_ == "of" and _fold(doc[last - 3].text) in words)
        and not members_conference(doc, max(0, last - 5), last)
    ):
        return last  # "Conference of Catholic Bishops" + "of Peru" grows too
    end = last
    k = last
    while (
        k < len(doc)
        and doc[k - 1].sent == doc[k].sent
        and (
            doc[k].lower_ in ("of", "for")
            or (doc[k].lower_ == "on" and _fold(doc[k - 1].text) in _BODIES_ON_A_TOPIC)
        )
    ):
        if doc[k].lower_ == "on" and k + 1 < len(doc) and calendar_word(doc[k + 1].text):
            break  # "the Commission on Tuesday"
        territorial = doc[k].lower_ == "for"
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        else:
            territorial = False
        start = k
        while k < len(doc) and (
            doc[k].is_title
            or (doc[k].text in ("of", "and", "&") and k + 1 < len(doc) and doc[k + 1].is_title)
            or (
                k == start
                and _ORDINAL.fullmatch(doc[k].text)
                and k + 1 < len(doc)
                and doc[k + 1].is_title
            )
        ):
            k += 1
        if k == start or _ends_in_known_name(doc, start, k):
            break  # "Appropriations Committee" of "the ... House of Representatives": two
        if doc[start - 1].lower_ == "for" and looks_like_outlet(doc[start:k].text):
            break  # "covers the Navy for Navy Times": the outlet one works for
        if territorial and lex.places().get(doc[start:k].text) == "major":
            break  # "Magnolia Pictures for the U.S.": a buyer for a country, not a name
        if doc[k - 1].dep_ in ("amod", "compound") and doc[k - 1].head.i >= k:
            break  # "the Congress for Muslim and upper-caste votes": it describes what follows
        if (
            doc[start - 1].lower_ == "of"
            and (doc[start:k].text in lex.places() or doc[start].ent_type_ == "GPE")
            and k + 1 < len(doc)
            and doc[k].text == ","
            and doc[k + 1].text in lex.places()
        ):
            break  # "Raythorne Defense of Tewksbury, Massachusetts": the firm's home town
        end = k
    return end


def _ends_in_known_name(doc: Doc, start: int, end: int) -> bool:
    """The words ``start..end`` end with a known organisation's name of two words or
    more ("United States House of Representatives")."""
    known = lex.known_organisations()
    return any(end - i >= 2 and doc[i:end].text in known for i in range(start, end))


def _ends_phrase(doc: Doc, end: int) -> bool:
    """Nothing capitalised or nominal goes on after token ``end`` ("at Chapel Hill,")."""
    return (
        end >= len(doc)
        or doc[end].is_punct
        or (not doc[end].is_title and doc[end].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
    )


def _campus(doc: Doc, first: int, last: int) -> int:
    """Grow a university's or museum's name over "at <place>" or ", <place>" (a place in
    the gazetteer or the model's GPE/LOC; after a university's "at", any capitalised
    words that end the phrase) when the place ends the phrase: "University of Texas at
    Austin", "University of North Carolina at Chapel Hill", "National Museum of Modern
    Art, Tokyo"."""
    if last + 1 >= len(doc) or doc[last].text not in ("at", ","):
        return last
    if not any(_fold(t.text) in CAMPUS_HEADS for t in doc[first:last]):
        return last
    if "\n" in doc[last - 1].whitespace_ or "\n" in doc[last].whitespace_:
        return last
    end = _capitalised_run(doc, last + 1, limit=3, labels=("ORG", "GPE", "LOC"))
    place = doc[last + 1 : end]
    if end == last + 1:
        return last
    university = any(_fold(t.text) == "university" for t in doc[first:last])
    if not (
        place.text in lex.places()
        or all(t.ent_type_ in ("GPE", "LOC") for t in place)
        or (university and doc[last].text == "at" and _ends_phrase(doc, end))
    ):
        return last
    if doc[last].text == "," and end < len(doc) and doc[end].is_title:
        return last  # a list goes on: "University of Leeds, Leeds Beckett and ..."
    return end


def _names_itself(doc: Doc, end: int) -> bool:
    """The item before ``end`` ends with its own singular organisation word: a second
    organisation ("..., and Klingon Assault Group"), not part of the first's name as
    "..., and Related Agencies" is."""
    last = doc[end - 1]
    if _fold(last.text) in FIELD_WORDS and end >= 2 and doc[end - 2].lower_ in ("and", ","):
        return False  # "... and Energy": a field on its own
    return _fold(last.text) in lex.organisation_words() and last.tag_ not in ("NNS", "NNPS")


def _listed_complement(doc: Doc, first: int, last: int) -> int:
    """Grow a name whose complement is a list closed by "and": "Committee on Commerce,
    Science" + ", and Transportation"; or whose complement is two plural nouns joined
    by "and": "Federation of Red Cross" + "and Red Crescent Societies"."""
    words = [t.lower_ for t in doc[first:last]]
    has_head = any(_fold(w) in lex.organisation_words() for w in words) or members_conference(
        doc, first, last
    )
    if not has_head or not COMPLEMENT & set(words[1:]):
        return last
    k = last
    if k < len(doc) and "\n" not in doc[k - 1].whitespace_:
        k = _capitalised_run(doc, k, limit=2)  # "Committee on Social" + "Justice, ..."
    listed = "," in words  # the model kept the list's start: "Commerce, Science"
    while k + 1 < len(doc) and doc[k].text == ",":
        item = k + 2 if doc[k + 1].lower_ == "the" else k + 1  # ", the Environment"
        end = _capitalised_run(doc, item)
        if end == item:
            end = k + 1
        if end > k + 1 and _names_itself(doc, end):
            return last
        if end == k + 1:
            if doc[k + 1].lower_ == "and":
                listed, k = True, k + 1  # the serial comma: ", and Transportation"
                break
            return last
        listed, k = True, end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return last
    place_end = _two_places(doc, first, last, k + 1)
    if place_end:
        return place_end
    item = k + 2 if listed and doc[k + 1].lower_ == "the" else k + 1  # "and the Environment"
    end = _capitalised_run(doc, item)
    if end == item:
        end = k + 1
    if end == k + 1 and doc[k + 1].tag_ == "NNPS" and doc[k + 1].ent_type_ == "PERSON":
        end = k + 2  # "Commission for Museums and" + "Monuments": no person is plural
    if end == k + 1 or _names_itself(doc, end):
        return last
    plural = doc[end - 1].tag_ in ("NNS", "NNPS")
    if not listed and not plural and not _portfolio(doc, first, last, k + 1, end):
        return last  # "University of Texas and Texas A&M": two names
    return end


#: Heads of bodies named for the fields they cover ("Ministry for Economic Affairs and
#: Climate Action", "Committee on Science and Technology").
PORTFOLIO_HEADS = frozenset(
    {"ministry", "department", "committee", "subcommittee", "commission", "office", "agency"}
    | {"bureau", "secretariat", "directorate", "council", "minister", "secretary"}
)


#: Organisation words that also name a minister's field on their own ("Ministry for
#: Economic Affairs and Energy", "Department of Infrastructure and Transport").
FIELD_WORDS = frozenset(
    {"energy", "transport", "media", "research", "insurance", "mining", "resources"}
    | {"logistics", "freight", "broadcasting", "television", "radio", "community", "steel"}
)


def _portfolio(doc: Doc, first: int, last: int, start: int, end: int) -> bool:
    """The item after "and" is one more field of a ministry's or committee's remit, not
    another body or a place: "Federal Ministry for Economic Affairs" + "and Climate
    Action"."""
    heads = [_fold(t.text) for t in doc[first:last]]
    item = doc[start:end]
    return (
        any(h in PORTFOLIO_HEADS for h in heads)
        and not any(
            _fold(t.text) in lex.organisation_words()
            and (len(item) > 1 or _fold(t.text) not in FIELD_WORDS)
            for t in item
        )
        and item.text not in lex.places()
        and item.text not in lex.known_organisations()
        and all(t.ent_iob_ == "O" or t.ent_type_ == "ORG" for t in item)
    )


def _two_places(doc: Doc, first: int, last: int, start: int) -> int:
    """End of a complement of two places joined by "and" ("Green Party of England" +
    "and Wales", "Law Society of Scotland" + "and Northern Ireland"), else 0."""
    words = [t.lower_ for t in doc[first:last]]
    opener = max(i for i, w in enumerate(words) if w in COMPLEMENT) + first
    end = _capitalised_run(doc, start, labels=("ORG", "GPE", "LOC"))
    ends_name = end >= len(doc) or not (doc[end].text[:1].isupper() or doc[end].text == "&")
    if (
        end > start
        and ends_name
        and doc[opener + 1 : last].text in lex.places()
        and doc[start:end].text in lex.places()
    ):
        return end
    return 0


def _joined_head(doc: Doc, last: int) -> int:
    """A lone organisation word joined to the name's own by "and" belongs to the name:
    "Kelvingrove Art Gallery" + "and Museum"."""
    if (
        last + 1 < len(doc)
        and _fold(doc[last - 1].text) in lex.organisation_words()
        and doc[last].lower_ == "and"
        and doc[last + 1].is_title
        and _free(doc[last + 1])
        and _fold(doc[last + 1].text) in lex.organisation_words()
        and (last + 2 >= len(doc) or not doc[last + 2].is_title)
    ):
        return last + 2
    return last


#: Legal forms written after a company's name, in any case ("Tesco plc", "Acme Ltd.").
LEGAL_FORMS = frozenset(
    {"plc", "ltd", "inc", "llc", "llp", "corp", "co", "gmbh", "ag", "sa", "nv", "bv", "pty"}
    | {"pc", "lp", "lllp", "pllc", "spa", "srl", "ab", "asa", "oyj", "kk"}
    | {"bhd", "berhad", "tbk", "kgaa", "sarl", "sas"}
)


#: Capitalised corporate words that end a company's name: "Cascade Skyways" + "Holdings".
CORPORATE_ENDINGS = frozenset(
    {"holdings", "group", "corporation", "company", "limited", "incorporated", "bancorp"}
)


def _legal_form(doc: Doc, last: int) -> int:
    """Grow over a legal form the model left out or tagged alone: "Orla Kestrel Holdings"
    + "plc", "Morgan Stanley & Co." + "LLC", "Wilson Sonsini Goodrich & Rosati" + ", P.C.",
    "Cascade Skyways" + "Holdings"."""
    if last >= len(doc) or "\n" in doc[last - 1].whitespace_:
        return last
    k = last + 1 if doc[last].text == "," and last + 1 < len(doc) else last
    token = doc[k]
    tagged_alone = token.ent_iob_ == "B" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")
    if token.ent_iob_ != "O" and not tagged_alone:
        return last
    word = token.lower_.replace(".", "")
    if hyphen_glued(doc, k + 1):
        return last  # "CGT co-secretary general": a prefix, not "Co."
    if word in LEGAL_FORMS and (k == last or token.text[:1].isupper()):
        return k + 1
    if k == last and word in CORPORATE_ENDINGS and token.is_title:
        return last + 1
    return last


def _foreign_complement(doc: Doc, last: int) -> int:
    """Grow over a foreign connector and the capitalised words after it on the line."""
    if last + 1 >= len(doc) or doc[last].lower_ not in NAME_PARTICLES:
        return last
    if "\n" in doc[last - 1].whitespace_ or "\n" in doc[last].whitespace_:
        return last
    end = _capitalised_run(doc, last + 1, limit=3, labels=("ORG", "GPE", "LOC", "NORP"))
    return end if end > last + 1 else last


#: Words of numbered units, whose number is part of the name: a union's "Local 113",
#: "Destroyer Squadron 14", "Task Force 59", "Carrier Strike Group 12".
NUMBERED_UNITS = frozenset(
    {"Local", "Squadron", "Group", "Force", "Wing", "Brigade", "Battalion", "Regiment"}
    | {"Division", "Fleet", "Flotilla"}
)


def _union_local(doc: Doc, last: int) -> int:
    """Grow over a union's branch number: "Amalgamated Transit Union" + "Local 113"
    (or + "113" when the model kept "Local"), and a military unit's: "Destroyer Squadron"
    + "14"."""
    if (
        last < len(doc)
        and doc[last - 1].text in NUMBERED_UNITS
        and doc[last].is_digit
        and len(doc[last].text) <= 3
    ):
        return last + 1
    if (
        last + 1 < len(doc)
        and doc[last].text == "Local"
        and doc[last + 1].like_num
        and _fold(doc[last - 1].text) in lex.organisation_words()
    ):
        return last + 2
    return last


#: Bodies named for the office they serve: "Office of the US Trade Representative",
#: "Department of the Prime Minister and Cabinet".
_HOLDER_BODIES = frozenset({"Office", "Department"})


def _holder_title(doc: Doc, first: int, last: int) -> int:
    """Grow "Office of the US Trade" over the title of the holder it is named for
    ("Representative"), and "Department of the Prime" or "Department of the Premier"
    over the rest of it and a body it also serves ("Minister and Cabinet")."""
    k = first + (doc[first].lower_ == "the")
    if last - k < 4 or doc[k].text not in _HOLDER_BODIES:
        return last
    if doc[k + 1].text != "of" or doc[k + 2].lower_ != "the":
        return last
    if (
        last < len(doc)
        and doc[last].is_title
        and _fold(doc[last].text) in lex.titles()
        and "\n" not in doc[last - 1].whitespace_
    ):
        last += 1
    if (
        last + 1 < len(doc)
        and _fold(doc[last - 1].text) in lex.titles()
        and doc[last].text == "and"
        and doc[last + 1].is_title
        and _fold(doc[last + 1].text) in lex.organisation_words()
    ):
        last += 2  # "Department of the Premier" + "and Cabinet"
    return last


def extend_right(doc: Doc, first: int, last: int) -> int:
    """The end of an organisation's name the model cut short (tokens ``first..last``)."""
    last = _channel_number(doc, first, _holder_title(doc, first, last))
    end = _of_phrases(doc, _foreign_complement(doc, _union_local(doc, _legal_form(doc, last))))
    end = _campus(doc, first, end)
    end = _listed_complement(doc, first, end)
    return _generic_conjunct(doc, first, _second_place(doc, first, _joined_head(doc, end)))


#: Last words of a broadcaster's name that its channel number may follow ("WKRV News 8",
#: "Channel 4", "KTLA TV 5").
_CHANNEL_WORDS = frozenset({"News", "Channel", "TV"})


def _channel_number(doc: Doc, first: int, last: int) -> int:
    """A broadcaster's name goes on over its channel number: "WKRV News" + "8"."""
    if (
        last < len(doc)
        and last > first
        and doc[last - 1].text in _CHANNEL_WORDS
        and doc[last].like_num
        and doc[last].text.isdigit()
        and len(doc[last].text) <= 2
        and doc[last - 1].whitespace_
        and (last + 1 >= len(doc) or doc[last + 1].pos_ not in ("NOUN", "NUM", "ADJ"))
    ):  # not "Fox News 24 hours later"
        return last + 1
    return last


#: Subject words that, with an institution's head noun, name no body of their own:
#: "Art Gallery", "Science Centre", "Natural History Museum".
_SUBJECT_WORDS = frozenset(
    {"art", "arts", "science", "sciences", "history", "natural", "culture", "heritage"}
    | {"technology", "design", "music", "media", "sculpture", "photography", "film"}
)


def _generic_conjunct(doc: Doc, first: int, last: int) -> int:
    """A name that goes on over "and" with an institution's generic second head: "Tang
    Teaching Museum" + "and Art Gallery", "Birmingham Museum" + "and Art Gallery" (not
    "the Wellcome Trust" + "and Gates Foundation", whose second part names a body)."""
    if last + 2 >= len(doc) or doc[last].lower_ != "and":
        return last
    heads = lex.facility_words() | lex.organisation_words()
    if _fold(doc[last - 1].text) not in heads:
        return last
    end = last + 1
    while end < len(doc) and end - last <= 3 and doc[end].is_title:
        end += 1
    words = [_fold(t.text) for t in doc[last + 1 : end]]
    if (
        not words
        or words[-1] not in heads
        or not all(w in heads or w in _SUBJECT_WORDS for w in words)
        or doc[last + 1 : end].text in lex.known_organisations()
    ):
        return last
    return end


def _second_place(doc: Doc, first: int, last: int) -> int:
    """A body named for two places ("Royal Commission for Jubail" + "and Yanbu"): the
    name of an organisation word, "for" or "of" and one place goes on over "and" and a
    second one-word name that ends the phrase (punctuation follows) and names no known
    organisation."""
    if last + 2 >= len(doc) or last - first < 3:
        return last
    if doc[last - 2].lower_ not in ("for", "of") or not doc[last - 1].is_title:
        return last
    if not any(_fold(t.text) in lex.organisation_words() for t in doc[first : last - 2]):
        return last
    second = doc[last + 1]
    after = doc[last + 2] if last + 2 < len(doc) else None
    if (
        doc[last].lower_ == "and"
        and second.is_title
        and second.is_alpha
        and second.text not in lex.known_organisations()
        and second.ent_type_ in ("", "ORG", "GPE", "PERSON", "NORP")
        and (after is None or after.is_punct or (after.is_lower and after.pos_ in ("AUX", "VERB")))
    ):
        return last + 2  # "Diocese of Kildare" + "and Leighlin will hold ..."
    return last


#: Institutions' head nouns that follow the person they are named after ("the Sir
#: William Dunn School of Pathology", "the Walter Eliot Foundation").
_NAMED_AFTER_HEADS = frozenset(
    {"School", "Institute", "Foundation", "Centre", "Center", "College", "Museum", "Trust"}
    | {"Library", "Hospital", "University", "Academy", "Society", "Fund", "Laboratory"}
)


def organisation_named_after(doc: Doc, ent: Span) -> Span:
    """A person's name the model cut from the institution named after them, grown over
    the institution's head noun, its "of" phrase and a knight's "Sir" before it: "Sir" +
    "William Dunn" + "School of Pathology"."""
    end = ent.end
    if len(ent) >= 3 and ent[-1].text in _NAMED_AFTER_HEADS and lex.is_given_name(ent[0].text):
        end -= 1  # the model took in the head noun: "Walter Penrose School"
    if (
        len(ent) < 2
        or end >= len(doc)
        or doc[end].text not in _NAMED_AFTER_HEADS
        or (doc[end].ent_iob_ == "B" and end == ent.end)
        or "\n" in doc[end - 1].whitespace_
    ):
        return ent
    start = ent.start - 1 if ent.start and doc[ent.start - 1].text in ("Sir", "Dame") else ent.start
    return doc[start : extend_right(doc, start, end + 1)]


def organisation_with_country(doc: Doc, ent: Span) -> Span:
    """A body's name that ends in its country, which the model tagged apart: "Lung
    Health" + "UK", "Rowing" + "Canada" (the country heads the words before it). Not a
    person's name (one a given name opens)."""
    end = ent.end
    if (
        end >= len(doc)
        or len(ent) > 3
        or lex.is_given_name(ent[0].text)
        or lex.places().get(doc[end].text) != "major"
        or doc[end].ent_type_ != "GPE"
        or ent.root.head.i != end
        or ent.root.dep_ != "compound"
        or not all(t.is_title for t in ent)
        or "\n" in doc[end - 1].whitespace_
    ):
        return ent
    return doc[ent.start : end + 1]


def grow_over_opening_word(doc: Doc, ent: Span) -> Span:
    """A company's name ending in its legal form, grown left over the organisation word
    that opens it and that the model left out at the start of a sentence: "Banca" +
    "Serravalle SpA", "Grupo" + "Norteño SA"."""
    k = ent.start - 1
    if (
        k >= 0
        and ent[-1].text.rstrip(".").casefold() in LEGAL_FORMS
        and doc[k].is_title
        and doc[k].ent_iob_ == "O"
        and doc[k].whitespace_ == " "
        and _fold(doc[k].text) in lex.organisation_words()
    ):
        return doc[k : ent.end]
    return ent


#: Points of the compass that open a region's name: "the West of England".
_COMPASS = frozenset({"North", "South", "East", "West"})

#: Last words of local councils' and health trusts' names, which often pair two places
#: ("Brighton and Hove City Council", "Harrogate and District NHS Foundation Trust").
_LOCAL_BODY_ENDINGS = frozenset({"council", "trust", "authority", "board"})


def _local_body_ending(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` ends like a local body's: "... City Council", "...
    Health Board", "... Municipal Corporation" (not any firm's "Corporation")."""
    return _fold(doc[end - 1].text) in _LOCAL_BODY_ENDINGS or (
        end >= 2 and doc[end - 2 : end].text.casefold() == "municipal corporation"
    )


def _paired_place_before(doc: Doc, start: int, end: int) -> bool:
    """A local body's name the model cut after the first of the two places it pairs:
    "Kensington and" + "Chelsea Council"."""
    if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 1].whitespace_ != " ":
        return False
    place = doc[start - 2]
    return (
        _local_body_ending(doc, end)
        and place.is_title
        and place.whitespace_ == " "
        and (place.text in lex.places() or place.ent_type_ in ("GPE", "ORG"))
        and place.ent_iob_ != "I"  # not "the University of Bristol and" + "North Bristol ..."
        and (start < 3 or not doc[start - 3].is_title or doc[start - 3].is_sent_start)
    )


#: Natural features that end a place's name in the possessive ("Hawke's Bay", "Coffs
#: Harbour" aside): what a person's possessive does not name before a body's name.
_POSSESSIVE_PLACE_ENDS = frozenset(
    {"Bay", "Island", "Harbour", "Harbor", "Point", "Head", "Creek", "Cove", "Landing"}
)


def _place_word(token) -> bool:
    """A capitalised word of a place's name: the model's place, or one of the gazetteers'
    towns and cities the model left untagged ("Gisborne")."""
    return token.is_title and (
        token.ent_type_ == "GPE"
        or (token.ent_iob_ == "O" and (token.text in lex.places() or token.text in lex.towns()))
    )


def opening_place_start(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name (``start..end``, ending with an organisation word)
    starts when the model cut off the place it opens with: "Gisborne" + "District
    Council", "Hawke's" + "Bay Regional Council", "Half-" + "Way Tree Resident
    Magistrate's Court"; ``start`` when nothing was cut."""
    if start < 1 or _fold(doc[end - 1].text) not in lex.organisation_words():
        return start
    if (
        start >= 2
        and joins_words(doc, start - 1)
        and doc[start - 2].is_title
        and doc[start - 2].is_alpha
        and doc[start].is_title
    ):
        return start - 2  # a place's name glued by a hyphen
    if (
        start >= 2
        and doc[start - 1].text in ("'s", "\u2019s")
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
        and doc[start].text in _POSSESSIVE_PLACE_ENDS
    ):
        return start - 2
    place = doc[start - 1]
    if (
        place.whitespace_ == " "
        and _place_word(place)
        and place.dep_ == "compound"
        and start <= place.head.i < end
    ):
        return _entity_start(doc, start - 1) if place.ent_iob_ == "I" else start - 1
    return start


def grow_organisation(doc: Doc, ent: Span) -> Span:
    """An organisation's span that starts with its organisation word ("Society of
    Canada") grown left over the capitalised words the model left out before it on the
    same line ("Doctor Who Society of Canada"); "the Society of X" stays. A name that
    starts with the second of a couple's given names grows over the first ("Gordon and"
    + "Betty Moore Foundation")."""
    start = ent.start
    if doc[start].lower_ == "the":
        start += 1
    if start >= ent.end:
        return ent
    if numbered_unit_start(doc, start, ent.end) < start:
        return doc[start - 1 : ent.end]  # "93rd" + "Separate Mechanized Brigade", "11th" +
        # "U.S. Circuit Court of Appeals"
    country = doc[start - 1] if start else None
    if (
        country is not None
        and country.whitespace_ == " "
        and country.is_upper
        and country.text in lex.places()
        and (
            any(_fold(t.text) in lex.organisation_words() for t in doc[start : ent.end])
            or (ent.end - start == 1 and country.dep_ == "compound" and country.head.i == start)
        )  # also "UK" + "Biobank"
    ):
        # a country's short form the model tagged on its own: "the U.S." + "District
        # Court", "UK" + "Supreme Court"
        return doc[start - 1 : ent.end]
    if _paired_place_before(doc, start, ent.end):
        return doc[start - 2 : ent.end]  # "Brighton and" + "Hove City Council"
    opening = opening_place_start(doc, start, ent.end)
    if opening < start:
        return doc[opening : ent.end]
    if (
        start >= 2
        and doc[start - 1].text == "for"
        and doc[start - 2].is_title
        and doc[start - 2].tag_ in ("NNS", "NNPS")
        and (start == 2 or not doc[start - 3].is_title or doc[start - 2].is_sent_start)
    ):
        return doc[start - 2 : ent.end]  # "Families for" + "Northgate Schools": a group
    if (
        start >= 2
        and doc[start - 1].text == "of"
        and doc[start - 2].text in _COMPASS
        and doc[start].text in lex.places()
        and any(_fold(t.text) in lex.organisation_words() for t in doc[start + 1 : ent.end])
    ):
        return doc[start - 2 : ent.end]  # "West of" + "England Combined Authority"
    listed = min(_listed_fields_start(doc, start, ent.end), _partners_start(doc, start, ent.end))
    if listed < start:
        return doc[listed : ent.end]
    if _fold(doc[start].text) not in lex.organisation_words():
        return _grow_over_couple(doc, ent, start)
    nationality = doc[start - 1] if start else None
    if (
        start == ent.end - 1
        and nationality is not None
        and nationality.ent_type_ in ("NORP", "GPE")
        and nationality.whitespace_ == " "
    ):
        # a lone institutional word after a nationality the model tagged on its own:
        # "Indonesian" + "Navy" is one name
        return doc[_entity_start(doc, start - 1) : ent.end]
    k = start
    while (
        k > 0
        and doc[k - 1].is_title
        and doc[k - 1].ent_iob_ == "O"
        and "\n" not in doc[k - 1].whitespace_
        and not doc[k - 1].is_sent_start
    ):
        k -= 1
    return ent if k == start else doc[k : ent.end]


def _listed_fields_start(doc: Doc, start: int, end: int) -> int:
    """Where a committee's name begins that the model cut inside the list of its fields:
    "Senate Commerce," + "Science and Transportation Committee"; "the Senate Health,
    Education" + "Labor" + "and Pensions Committee". The list has a comma and an "and";
    its words are capitalised, no person's or place's; ``start`` when there is none."""
    if _fold(doc[end - 1].text) not in PORTFOLIO_HEADS:
        return start
    joined = any(t.lower_ in ("and", "&") for t in doc[start:end])
    commas = 0
    k = begin = start
    while k > 0:
        word = doc[k - 1]
        if "\n" in word.whitespace_ or word.ent_type_ in ("PERSON", "GPE", "NORP"):
            break
        if word.text == "," or word.lower_ in ("and", "&"):
            commas += word.text == ","
            joined |= word.text != ","
        elif word.is_title and word.is_alpha and not word.is_stop:
            begin = k - 1
        else:
            break
        k -= 1
    return begin if commas and joined and begin < start else start


#: Nouns for a firm named after its partners ("the law firm Marlow, Chen & Pratt").
_PARTNERSHIP_NOUNS = frozenset({"firm", "firms", "practice", "partnership", "agency"})


def _partners_start(doc: Doc, start: int, end: int) -> int:
    """Where a firm's name of partners' surnames begins that the model cut at a comma:
    "the law firm Marlow," + "Chen & Pratt"; ``start`` when it is no such name."""
    if start < 3 or doc[start - 1].text != "," or "&" not in [t.text for t in doc[start:end]]:
        return start
    k = start - 1
    while k > 0 and doc[k].text == "," and doc[k - 1].is_title and doc[k - 1].is_alpha:
        if doc[k - 1].ent_type_ in ("GPE", "NORP"):
            return start
        k -= 2
        if doc[k].lower_ in _PARTNERSHIP_NOUNS:
            return k + 1
    return start


#: A numbered unit's ordinal ("93rd", "101st") and the units it numbers.
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
MILITARY_UNITS = frozenset(
    {"brigade", "battalion", "regiment", "squadron", "division", "corps", "fleet", "army"}
)


def numbered_unit_start(doc: Doc, start: int, end: int) -> int:
    """Where a numbered unit's or circuit's name (``start..end``) starts when the model
    left its ordinal out: "93rd" + "Separate Mechanized Brigade", "45th" + "Weather
    Squadron", "11th" + "U.S. Circuit Court of Appeals"; ``start`` otherwise."""
    if (
        start > 0
        and _ORDINAL_NUMBER.fullmatch(doc[start - 1].text)
        and (
            _fold(doc[end - 1].text) in MILITARY_UNITS
            or any(t.text in ("Circuit", "District") for t in doc[start:end])
        )
    ):
        return start - 1
    return start


def _entity_start(doc: Doc, k: int) -> int:
    """First token of the model's entity holding token ``k``."""
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _grow_over_couple(doc: Doc, ent: Span, start: int) -> Span:
    if (
        start >= 2
        and doc[start - 1].lower_ in ("and", "&")
        and lex.is_given_name(doc[start].text)
        and lex.is_given_name(doc[start - 2].text)
        and doc[start - 2].ent_type_ in ("", "PERSON")
        and any(_fold(t.text) in lex.organisation_words() for t in doc[start : ent.end])
    ):
        return doc[start - 2 : ent.end]
    return grow_over_and(doc, ent, start)


def grow_over_and(doc: Doc, ent: Span, start: int) -> Span:
    """A name the model cut at its own "and" ("King Salman Humanitarian Aid and" +
    "Relief Centre", "Arts and" + "Humanities Research Council"): the capitalised words
    after "the" or a possessive and before "and" belong to it when they hold no organisation word of
    their own (then they name a second body: "the Wellcome Trust and Gates Foundation")."""
    if (
        start < 3
        or doc[start - 1].lower_ != "and"
        or _fold(doc[ent.end - 1].text) not in lex.organisation_words()
    ):
        return ent
    k = start - 1
    while k > 0 and (doc[k - 1].is_title or (doc[k - 1].lower_ == "of" and k - 1 < start - 2)):
        if "\n" in doc[k - 1].whitespace_ or doc[k - 1].is_sent_start or doc[k - 1].lower_ == "the":
            break  # a capital "The" opening a paragraph is the article, not the name's
        k -= 1
    if (
        k == start - 1
        or doc[k].lower_ == "of"
        or not (
            doc[k - 1].lower_ == "the" or doc[k - 1].tag_ == "POS"  # "Istanbul's Kandilli ..."
        )
    ):
        return ent
    words = doc[k : start - 1]
    if any(_fold(t.text) in lex.organisation_words() for t in words) or (
        words.text in lex.known_organisations()
    ):
        return ent
    return doc[k : ent.end]


#: Words that may sit inside a name a bracketed short form defines.
_INSIDE = frozenset({"of", "and", "for", "on", "the", "in", "&", "-", ",", "de", "du", "des", "la"})


def grow_to_short_form(doc: Doc, first: int, last: int, short: str) -> int:
    """Where the name ``first..last`` starts if it is to define the bracketed short form
    after it: "West African States (ECOWAS)" starts at "Economic Community of ...".
    Returns ``first`` when the name already defines it or no longer name does."""
    if defines_short_form(short, doc[first:last].text):
        return first
    limit = max(0, first - (len(short) + 5))
    k = first - 1
    while k >= limit and "\n" not in doc[k].whitespace_ and not doc[k + 1].is_sent_start:
        token = doc[k]
        if not (token.is_title or token.is_upper or token.lower_ in _INSIDE):
            break
        if token.ent_type_ == "PERSON":
            break  # "MEP Lucía Ferrer Abad of the ...": a person before the name
        if (token.is_title or token.is_upper) and defines_short_form(short, doc[k:last].text):
            return k
        k -= 1
    return first


def grow_over_and_to_short_form(doc: Doc, first: int, last: int) -> int:
    """The end of a name the model cut at "and" when the whole name is abbreviated in
    brackets after it, the short form's letters being the name's initials in any order
    (a translated name): "Union of Rationalist Atheists" + "and Agnostics" + "(UAAR)".
    Returns ``last`` when there is no such name."""
    if last + 1 >= len(doc) or doc[last].lower_ not in ("and", "&"):
        return last
    end = last + 1
    while end < len(doc) and end - last <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == last + 1 or end + 2 >= len(doc):
        return last
    opening, short, closing = doc[end : end + 3]
    if opening.text != "(" or closing.text != ")" or not short.is_upper:
        return last
    initials = sorted(t.text[0] for t in doc[first:end] if t.text[:1].isupper())
    return end if initials == sorted(c for c in short.text if c.isalpha()) else last


#: Plural nouns whose possessive opens an institution's name ("Children's Health
#: Ireland", "Women's Aid", "Veterans' Affairs"): never a person's possessive.
PLURAL_OWNERS = frozenset(
    {"Children", "Women", "Men", "People", "Workers", "Veterans", "Farmers", "Citizens"}
    | {"Writers", "Nurses", "Teachers", "Seafarers", "Miners", "Journalists", "Artists"}
    | {"Students", "Parents", "Patients", "Consumers", "Taxpayers", "Residents", "Pensioners"}
)


def opens_with_plural_owner(doc: Doc, first: int) -> bool:
    """Tokens ``first``, ``first + 1`` are a plural owner and its possessive."""
    return (
        first + 1 < len(doc)
        and doc[first].text in PLURAL_OWNERS
        and doc[first + 1].text in ("'s", "\u2019s", "'", "\u2019")
    )


def members_conference(doc: Doc, first: int, last: int) -> bool:
    """The name is a conference of its members, a standing body: "Catholic Bishops'
    Conference of England and Wales", "Conference of Catholic Bishops" (not "the climate
    conference", an event)."""
    for k in range(first, last):
        if doc[k].text != "Conference":
            continue
        owner = doc[k - 1]
        if k > first and owner.text in ("'", "’") and k >= 2 and doc[k - 2].text.endswith("s"):
            return doc[k - 2].is_title  # "Bishops' Conference"
        members = k + 2
        while members < last and doc[members].is_title:
            members += 1
        if k + 2 < members and doc[k + 1].text == "of" and doc[members - 1].tag_ in ("NNS", "NNPS"):
            return True  # "Conference of Catholic Bishops" (of Peru)
    return False


def grow_over_plural_owner(doc: Doc, ent: Span) -> Span:
    """A name the model started after its plural owner's possessive grown over it:
    "Children's" + "Health Ireland" (not after a capitalised word: "the Boston Children's")."""
    k = ent.start - 2
    if k < 0 or not opens_with_plural_owner(doc, k) or doc[k].whitespace_:
        return ent
    if k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN":
        return ent
    return doc[k : ent.end]


#: Roles of a name in the possessive that stands alone, with nothing possessed after it.
_STANDALONE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def shop_names(doc: Doc) -> list[Span]:
    """Names in the possessive with nothing possessed after them, which name a shop, a
    restaurant or a firm after its founder: "founded Baxter's in 1948", "Baxter's now has
    220 shops" (not "Baxter's son", "a friend of Baxter's" or "dinner at Nadia's")."""
    out = []
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    bodies = {
        ent.text
        for ent in doc.ents
        if ent.label_ == "ORG"
        and (ent.end >= len(doc) or doc[ent.end].tag_ != "POS")
        and ent.text not in surnames  # "Quennell said", tagged ORG, is Walter Quennell
    }
    for k in range(1, len(doc)):
        marker, owner = doc[k], doc[k - 1]
        if (
            marker.tag_ != "POS"
            or marker.text not in ("'s", "’s")
            or owner.whitespace_
            or not (owner.is_title and owner.pos_ == "PROPN")
            or owner.dep_ not in _STANDALONE_ROLES
        ):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if marker.pos_ != "PART" or (
            after is not None
            and (
                after.pos_ in ("NOUN", "ADJ", "NUM", "PROPN")
                or (after.dep_ in ("amod", "compound", "nummod") and after.head.i > after.i)
            )
        ):
            continue  # the parse missed a possessed noun: "Baxter's new shop", "X's
            # disappearing messages"
        start = k - 1
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].tag_ != "NNPS"  # not "Insurers" opening the sentence
            and doc[start - 1].whitespace_ == " "
        ):
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "of":
            continue  # "a friend of Baxter's": the person's
        if lex.is_given_name(doc[start].text):
            continue  # "dinner at Nadia's", "Anne Baxter's": a person's home or things
        name = doc[start:k].text
        if name in lex.known_organisations() or name in bodies:
            continue  # "outsold Apple's": the company's, said short
        if f"{name}'s" in lex.known_organisations() or (after is not None and after.lower_ == "of"):
            continue  # "Moody's", "Lloyd's of London": known names the lexicon finds
        out.append(doc[start : k + 1])
    return out


def grow_over_possessive(doc: Doc, ent: Span) -> Span:
    """A name whose possessive belongs to a building's or institution's name grown over
    it: "St Patrick's" + "Cathedral", "St Mary's" + "Hospital", "Boston Children's" +
    "Hospital" (up to three capitalised words after the possessive)."""
    if ent.label_ in ("GPE", "LOC", "NORP"):
        return ent  # "Qatar's Ministry of Foreign Affairs": the country owns it
    if ent.label_ == "PERSON" and ent[0].text not in ("St", "St.", "Saint"):
        return ent  # "Obama's Administration"; but "St Mary's Hospital"
    known = lex.known_organisations()
    if ent.text in known and f"{ent.text}'s" not in known:
        return ent  # "NASA's Office of Inspector General": the agency owns the office
    owner = ent[:-1] if ent[-1].tag_ == "POS" else ent
    if len(owner) > 1 and _fold(owner[-1].text) in lex.organisation_words():
        return ent  # "the Treasury Department's Office of Foreign Assets Control": the same
    k = ent.end
    if doc[k - 1].tag_ != "POS":
        if k >= len(doc) or doc[k].tag_ != "POS" or doc[k - 1].whitespace_:
            return ent
        k += 1
    if k >= len(doc) or not doc[k].is_title or "\n" in doc[k - 1].whitespace_:
        return ent
    head = _fold(doc[k].text)
    if head not in lex.facility_words() and head not in lex.organisation_words():
        return ent
    end = k + 1
    while end < len(doc) and end - k < 3 and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    return doc[ent.start : end]


def _runs_in_prose(doc: Doc, k: int) -> bool:
    """The token's sentence has lower-case words, so capitals there mark names (not a
    Title Case headline or a caption in capitals)."""
    return any(t.is_alpha and t.is_lower and len(t) >= 4 for t in doc[k].sent)


def parties_of_members(doc: Doc) -> list[Span]:
    """Known organisations the model left untagged before a member's title and a person
    ("Labour MP Jane Doe", "Likud lawmaker Avi Cohen"): parties and bodies whose names
    are also words, which the lexicon only relabels where the model tagged them."""
    known = lex.known_organisations()
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        title = ent.start - 1
        if title < 1 or _fold(doc[title].text.rstrip(".")) not in lex.titles():
            continue
        for size in (1, 2, 3):
            start = title - size
            if start < 0 or any(t.ent_iob_ != "O" for t in doc[start:title]):
                break
            name = doc[start:title]
            if (
                name.text in known
                and not (size == 1 and _fold(name.text) in lex.organisation_words())  # "Trust"
                and not (start > 0 and not doc[start - 1].whitespace_)  # "GroenLinks-PvdA"
                and not (start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start)
            ):
                found.append(name)
                break
    return found


def _party_or_member(text: str, known: dict) -> bool:
    """A known party's name, or its member's word: "Conservative" of "Conservatives" or
    "Conservative Party", "Liberal Democrat" of "Liberal Democrats"."""
    return any(
        known.get(name) is not None and known[name].category == "party"
        for name in (text, text + "s", text + " Party")
    )


def names_a_party_group(doc: Doc, first: int, last: int) -> bool:
    """The words before "group" are a known party's name or its member's word."""
    return (
        last < len(doc)
        and doc[last].lower_ == "group"
        and _party_or_member(doc[first:last].text, lex.known_organisations())
    )


def party_groups(doc: Doc) -> list[Span]:
    """A known party's name or member's word before "group", a party's members on a
    council or in a parliament ("the Liberal Democrat group", "Conservative group leader
    X"), which the model reads as a nationality or splits."""
    known = lex.known_organisations()
    found = []
    for token in doc:
        if token.lower_ != "group" or token.i < 1:
            continue
        for size in (2, 1):
            start = token.i - size
            name = doc[max(start, 0) : token.i]
            if (
                start >= 0
                and all(t.is_title and t.ent_type_ in ("", "NORP", "ORG") for t in name)
                and _party_or_member(name.text, known)
                and not (
                    start > 0
                    and doc[start - 1].is_title
                    and doc[start - 1].lower_ != "the"
                    and not doc[start].is_sent_start
                )
            ):
                found.append(name)
                break
    return found


def numbered_parties_before_leaders(doc: Doc) -> list[Span]:
    """Untagged capitalised words and a number before "leader" and a person's name: a
    party named with its number ("Progress 21 leader Anna Berg"), which the model reads
    as a count."""
    found = []
    for ent in doc.ents:
        number = ent.start - 2
        if ent.label_ != "PERSON" or number < 1 or doc[ent.start - 1].lower_ != "leader":
            continue
        if not doc[number].text.isdigit() or doc[number].ent_type_ not in ("", "CARDINAL", "LAW"):
            continue  # the model may read the name and number as a law's ("Progress 21")
        start = number
        while (
            start > 0
            and number - start < 3
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and doc[start - 1].ent_type_ in ("", "ORG", "LAW")
            and _fold(doc[start - 1].text) not in lex.titles() | lex.title_modifiers()
        ):
            start -= 1
        if start < number:
            found.append(doc[start : number + 1])
    return found


#: Job titles that follow an employer's name before a person's name: "Tallwood chief
#: executive Priya Nandakumar", "Kelbrook CEO Jo Ray" (not "Texas governor", an office).
STAFF_TITLES = frozenset(
    {"executive", "director", "manager", "spokesperson", "spokesman", "spokeswoman"}
    | {"chairman", "chairwoman", "founder", "co-founder", "analyst", "economist"}
    | {"strategist", "editor", "ceo", "cfo", "coo", "cto", "boss", "owner", "partner"}
)


def employers_before_titles(doc: Doc) -> list[Span]:
    """Untagged capitalised words inside a sentence before a job title and a person's
    name: the person's employer ("Kelbrook chief executive Asha Pillay said"), unless
    they are a place, a given name, a nationality or a title."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < 2:
            continue
        j = ent.start
        while j > 0 and (
            (doc[j - 1].is_lower or doc[j - 1].is_upper)
            and _fold(doc[j - 1].text) in lex.titles() | lex.title_modifiers() | STAFF_TITLES
        ):
            j -= 1
        if j == ent.start or _fold(doc[ent.start - 1].text) not in STAFF_TITLES:
            continue
        start = j
        while (
            start > 0
            and j - start < 3
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and doc[start - 1].ent_iob_ == "O"
        ):
            start -= 1
        if start == j or opens_sentence(doc[start]) or not doc[j - 1].whitespace_:
            continue
        if start > 0 and (doc[start - 1].is_title or doc[start - 1].text in ("'s", "\u2019s")):
            continue  # inside a longer run of capitals
        words = doc[start:j]
        if any(
            t.text in lex.places()
            or lex.is_given_name(t.text)
            or _fold(t.text) in lex.demonyms() | lex.titles() | lex.title_modifiers()
            or calendar_word(t.text)
            for t in words
        ):
            continue
        found.append(words)
    return found


#: Head words that open an institution's name in Spanish, Portuguese, French or Italian,
#: whose name goes on after its head ("Fiscalía General de la Nación", "Pontificia
#: Universidad Católica de Chile", "Ministerio de Hacienda y Crédito Público").
FOREIGN_HEADS = frozenset(
    {"ministerio", "ministério", "ministère", "ministero", "fiscalía", "procuraduría"}
    | {"contraloría", "defensoría", "registraduría", "superintendencia", "secretaría"}
    | {"universidad", "universidade", "université", "università", "instituto", "institut"}
    | {"servicio", "serviço", "policía", "polícia", "ejército", "exército", "armada"}
    | {"partido", "sindicato", "confederación", "confederação", "federación", "federação"}
    | {"asociación", "associação", "fundación", "fundação", "comisión", "comissão"}
    | {"consejo", "conselho", "conseil", "agencia", "agência", "agence", "banco", "banque"}
    | {"museo", "museu", "musée", "corte", "tribunal", "juzgado", "cámara", "câmara"}
    | {"comando", "movimiento", "movimento", "frente", "unión", "união", "alianza", "junta"}
    | {"dirección", "direção", "direction", "autoridad", "empresa", "compañía", "companhia"}
    | {"caja", "caixa", "colegio", "escuela", "escola", "école", "centro"}
)
#: Lower-case words inside such a name: "de la", "y", "à", "per l'".
FOREIGN_LINKS = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "das", "dos", "du", "des"}
    | {"d'", "l'", "et", "à", "en", "para", "pour", "per", "di", "della", "dei", "delle"}
)


def _foreign_name_end(doc: Doc, k: int) -> int:
    """End of an institution's name that opens at ``k`` with its foreign head word, or one
    word before it (on one line, capitalised words and the lower-case links between them,
    ending on a capitalised word: "Fiscalía General de la Nación", "Pontificia Universidad
    Católica de Chile"); ``k`` when the head has no capitalised word after it."""
    head = k
    if (
        _fold(doc[k].text) not in FOREIGN_HEADS
        and k + 1 < len(doc)
        and doc[k].is_title
        and doc[k].whitespace_
        and doc[k].lower_ not in STOP_WORDS  # not "At Universidad de Chile"
    ):
        head = k + 1  # "Pontificia Universidad ...", "Primeiro Comando ...": one word before
    if _fold(doc[head].text) not in FOREIGN_HEADS or not doc[head].is_title:
        return k
    end = last_word = head + 1
    while end < len(doc) and end - k < 12 and "\n" not in doc[end - 1].whitespace_:
        token = doc[end]
        if token.is_title and token.is_alpha:
            last_word = end + 1
        elif token.lower_ not in FOREIGN_LINKS:
            break
        end += 1
    return last_word if last_word > head + 1 else k


def untagged_organisations(doc: Doc) -> list[Span]:
    """Institutions the model left untagged: a run of capitalised proper nouns that ends
    with an organisation word ("Interior Ministry", "Deseret News"), with the nationality
    or place the model tagged right before it ("Saudi" + "Interior Ministry", "Japanese"
    + "Embassy"), a name right after a noun that describes an organisation, or an office
    named for its holder (:func:`titled_offices`)."""
    found: list[Span] = list(titled_offices(doc)) + parties_of_members(doc)
    found += numbered_parties_before_leaders(doc) + party_groups(doc)
    found += [
        s
        for s in employers_before_titles(doc)
        if not any(s.start < f.end and f.start < s.end for f in found)
    ]
    k = 0
    while k < len(doc):
        if any(span.start <= k < span.end for span in found):
            k += 1
            continue
        described = _described_name_end(doc, k) or apposed_description_end(doc, k)
        if described:
            found.append(doc[k:described])
            k = described
            continue
        municipal = _municipality_end(doc, k)
        if municipal:
            found.append(doc[k:municipal])
            k = municipal
            continue
        foreign = _foreign_name_end(doc, k)
        if foreign - k >= 2 and _runs_in_prose(doc, k):
            found.append(doc[k:foreign])  # "Fiscalía General de la Nación"
            k = foreign
            continue
        end = _proper_noun_run(doc, k)
        if (
            k < end < len(doc)
            and doc[end].ent_iob_ == "O"
            and doc[end].text[:1].isupper()
            and _fold(doc[end].text) in LEGAL_FORMS
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1  # "Ridgeback Foods" + "Co.": a company's legal form ends its name
        start = _run_start(doc, k) if end > k else k
        if (
            end - start >= 2
            and doc[k].lower_ not in ORDINAL_WORDS  # "Mahler's Second Symphony": a work
            and not _owned_by_person(doc, k)
            and (
                _fold(doc[end - 1].text) in lex.organisation_words()
                or (doc[end - 1].is_upper and _fold(doc[end - 1].text) in LEGAL_FORMS)  # "AB"
            )
            and any(_fold(t.text) not in lex.organisation_words() for t in doc[start : end - 1])
            and _runs_in_prose(doc, k)
        ):
            end = _of_phrases(doc, end)  # "Expert Council" + "on Climate Change"
            start = numbered_unit_start(doc, start, end)  # "45th" + "Weather Squadron"
            found.append(grow_over_and(doc, doc[start:end], start))
        k = max(end, k + 1)
    return found


#: Words of a municipal corporation's name: "the City of Hamilton", "the Town of Banff".
MUNICIPAL_WORDS = frozenset({"City", "Town", "Municipality", "Borough", "Township", "Village"})
#: A church's bodies named for their see, as municipal corporations are for their town:
#: "the Diocese of Hereford", "the Archdiocese of Sydney".
SEE_WORDS = frozenset({"Diocese", "Archdiocese", "Eparchy", "Archeparchy", "Presbytery"})


def _municipality_end(doc: Doc, k: int) -> int:
    """End of a municipal corporation's or a diocese's name opening at ``k`` after "the"
    ("the City of Johannesburg said", "the Diocese of Hereford"), which the model tags as
    the place alone; 0 when there is none."""
    if (
        k == 0
        or k + 2 >= len(doc)
        or doc[k - 1].lower_ != "the"
        or doc[k].text not in MUNICIPAL_WORDS | SEE_WORDS
        or doc[k + 1].text != "of"
        or not doc[k + 2].is_title
    ):
        return 0
    end = k + 3
    while (
        end < len(doc)
        and end < k + 5
        and doc[end].is_title
        and (
            doc[end].ent_iob_ == "I"
            or (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end)
        )
    ):
        end += 1  # "the City of Cape Town", "the Archdiocese of São Salvador" (untagged)
    return 0 if doc[k:end].text in lex.places() else end  # "the City of London" is a place


#: What an office holder's possessive names: "the Prime Minister's Office".
_OFFICE_WORDS = frozenset({"office", "department", "bureau", "secretariat", "chambers"})


def titled_offices(doc: Doc) -> list[Span]:
    """Offices named for their holder, with the place or court before the title: "the
    Prime Minister's Office", "the U.S. Attorney's Office", "the Manhattan District
    Attorney's Office", and the district after it: "the U.S. Attorney's Office for the
    Southern District of Ohio"."""
    found = []
    for k in range(1, len(doc) - 1):
        office, holder = doc[k + 1], doc[k - 1]
        if not (
            doc[k].tag_ == "POS"
            and office.is_title
            and _fold(holder.text) in lex.titles()
            and holder.is_title
        ):
            continue
        end = k + 2
        while end < len(doc) and end < k + 4 and doc[end].is_title and doc[end - 1].is_title:
            end += 1
        if office.lower_ not in _OFFICE_WORDS and _fold(doc[end - 1].text) not in (
            lex.organisation_words()
        ):
            continue  # "the Commissioner's Task Force": a body named for the office too
        start = k - 1
        while (
            start > 0
            and k - start < 5
            and (doc[start - 1].is_title or doc[start - 1].is_upper)
            and doc[start - 1].text not in ("The", "A", "An")
            and doc[start - 1].is_alpha | ("." in doc[start - 1].text)
            and "\n" not in doc[start - 1].whitespace_
            and not doc[start].is_sent_start
        ):
            start -= 1
        named_end = k + 2 if office.lower_ in _OFFICE_WORDS else end
        start = opening_place_start(doc, start, named_end)  # "Half-" + "Way Tree ..."
        found.append(doc[start : _of_phrases(doc, named_end)])
    return found


def _run_start(doc: Doc, k: int) -> int:
    """Where an untagged name starting at ``k`` really starts: at the nationality or
    place the model tagged right before it ("Saudi" + "Interior Ministry"), or at the
    members a group is named for ("Parents for" + "Safer Screens Coalition")."""
    before = doc[k - 1] if k else None
    if (
        k >= 2
        and before is not None
        and before.text == "-"
        and not before.whitespace_
        and not doc[k - 2].whitespace_
        and doc[k - 2].is_title
        and doc[k - 2].is_alpha
        and doc[k - 2].ent_iob_ == "O"
    ):
        return _run_start(doc, k - 2)  # "Anti-" + "Corruption Foundation": one word
    if (
        k >= 4
        and joins_words(doc, k - 1)
        and doc[k - 2].is_lower
        and doc[k - 2].is_alpha
        and joins_words(doc, k - 3)
        and doc[k - 4].is_title
        and doc[k - 4].is_alpha
    ):
        return _run_start(doc, k - 4)  # "Stoke-on-" + "Trent Crown Court": the town's name
    if (
        before is not None
        and before.ent_type_ in ("NORP", "GPE")
        and before.ent_iob_ != "O"
        and before.whitespace_ == " "
    ):
        return next(e.start for e in doc.ents if e.start <= k - 1 < e.end)
    if (
        k >= 2
        and before is not None
        and before.lower_ == "for"
        and doc[k - 2].is_title
        and doc[k - 2].tag_ in ("NNS", "NNPS")
        and doc[k - 2].ent_iob_ == "O"
    ):
        return k - 2
    return k


def _owned_by_person(doc: Doc, k: int) -> bool:
    """The run follows a person's possessive ("Mahler's"): a work or a body part of
    theirs, not an institution."""
    return k >= 2 and doc[k - 1].tag_ == "POS" and doc[k - 2].ent_type_ == "PERSON"


def _described_name_end(doc: Doc, k: int) -> int:
    """End of an untagged name right after a noun that describes an organisation ("the
    company Hitwise UK", "the conciliation service Acas"), a place's name at its end
    included; 0 when ``k`` starts no such name."""
    if k == 0 or not (doc[k - 1].is_lower and doc[k - 1].lower_ in lex.organisation_descriptors()):
        return 0
    end = k
    while (
        end < len(doc)
        and end - k < 4
        and doc[end].text[0].isupper()
        and doc[end].is_alpha
        and (doc[end].ent_iob_ == "O" or (end > k and doc[end].ent_type_ == "GPE"))
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
    if end == k or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return 0  # nothing untagged, or a place's name cut in two
    return end


def letters_and_digits(word: str) -> bool:
    """A broadcaster's or a firm's name of capitals and digits: "S4C", "K3D", "TV2"."""
    return word.isalnum() and any(c.isdigit() for c in word) and sum(c.isupper() for c in word) >= 2


def apposed_description_end(doc: Doc, k: int) -> int:
    """End of an untagged name that an apposition right after it describes as an
    organisation ("Moneyfacts, the financial data firm, said"); 0 when ``k`` starts
    none. The description's head noun must close it, so "Hale, the firm's founder" is
    no such name."""
    if k > 0 and doc[k - 1].is_title and not opens_sentence(doc[k]):
        return 0  # inside a longer capitalised run
    end = k
    while (
        end < len(doc)
        and end - k < 3
        and doc[end].ent_iob_ == "O"
        and (doc[end].is_alpha or letters_and_digits(doc[end].text))
        and doc[end].text[:1].isupper()
        and not doc[end].is_stop
        and (end == k or "\n" not in doc[end - 1].whitespace_)
    ):
        end += 1
    if end == k or end + 2 >= len(doc) or doc[end].text != ",":
        return 0
    if end - k == 1 and doc[k].pos_ == "ADV" and doc[k].lower_.endswith("ly"):
        return 0  # "Separately, the opposition party, ...": a sentence adverb
    if doc[end + 1].lower_ not in ("a", "an", "the"):
        return 0
    j = end + 2
    while (
        j < len(doc)
        and j - end < 8
        and (
            (doc[j].is_lower and doc[j].is_alpha)
            or (doc[j].is_title and _fold(doc[j].text) in lex.demonyms())
            or hyphen_glued(doc, j)
        )
    ):
        j += 1  # also "the Welsh-language broadcaster", "the Flemish broadcaster"
    head = doc[j - 1]
    if (
        j == end + 2
        or head.lower_ not in lex.organisation_descriptors()
        or j >= len(doc)
        or doc[j].text not in (",", ".", ";")
    ):
        return 0
    return end


def _proper_noun_run(doc: Doc, k: int, limit: int = 5) -> int:
    """End of the run of untagged capitalised proper nouns from ``k`` on one line."""
    end = k
    while (
        end < len(doc)
        and end - k < limit
        and doc[end].ent_iob_ == "O"
        and doc[end].is_alpha
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and (end == k or "\n" not in doc[end - 1].whitespace_)
    ):
        end += 1
    return end
