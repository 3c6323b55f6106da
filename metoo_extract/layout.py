"""Article header: headline, byline, dateline place and published timestamp from the top lines."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from importlib import resources
from itertools import islice
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from metoo_extract.normalize import name_lexicons as lex
from metoo_extract.normalize.dates import numeric_date_order
from metoo_extract.normalize.names import fold, looks_like_outlet
from metoo_extract.normalize.timestamps import (
    MONTH_RE,
    Stamp,
    parse_stamp,
    resolve_stamp,
)

__all__ = [
    "Layout",
    "is_kicker",
    "iso_published",
    "parse_layout",
    "parse_published",
    "role_field",
    "staff_outlet",
]

#: Short lines (a standfirst, "In Summary" and its bullets) that may sit between the title
#: and the byline or timestamp; the header reaches past them only to a field line.
_STANDFIRST_LINES = 4
_STANDFIRST_CHARS = 250
HEADER_LINES = 10  # header fields are read from this many non-empty lines at the top
BODY_LINES = 3  # a wire dateline opens one of the first paragraphs of the body
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_HEADLINE_MIN_WORDS = 5  # a headline under a section's name ("Le Monde with AFP" is none)


class Layout(NamedTuple):
    """The header fields of one article; None where the text does not give them."""

    title: str | None
    byline: str | None
    dateline: str | None
    published: date | datetime | None


# Priorities of timestamp sources: the first publication beats a later update, and both
# beat a wire dateline (which rarely prints a year).
_PUBLISHED, _UPDATED, _FROM_WIRE = 0, 1, 2

_LABEL = re.compile(
    r"(?:(?<=[a-z\d)])(?=[A-Z])|(?<=[A-Z])(?=(?:Updated|Published|Posted|Modified)\b)|(?<!\w))"
    # at a word start, or glued: "United StatesUpdated", "6:14 AM GMTUpdated"
    r"(?i:(?P<label>(?:last|first|originally)\s+(?:updated|published|modified|posted)"
    r"|updated|published|posted|modified|created|dated|date|released|issued|sent(?=\s*:))"
    r"(?:\s+(?:on|at))?(?:\s+date)?\s*(?::|-|–|—)?\s*)"
)
_UPDATE_WORDS = ("updated", "modified")
#: American copy, which writes numeric dates month first ("03/12/2026" is March 12); the
#: rest of the world writes the day first.
_US_COPY = re.compile(rf"\b(?:United States|U\.S\.|American|{lex.US_PLACES})\b")
_SEGMENT_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")
#: The words that open a byline: "By", "Words by", "Interview by", "Exclusive by".
BYLINE_OPENING = (
    r"(?:(?:written|reported|posted|filed|story|words|text|photos?|interview|exclusive)\s+)?by"
)
_BYLINE = re.compile(
    rf"^{BYLINE_OPENING}\s*:?\s+(?P<who>\S.*)$"
    r"|^(?:author|authors|reporter|reporting)\s*:\s*(?P<who2>\S.*)$",
    re.IGNORECASE,
)
_BYLINE_MAX_WORDS = 12
#: The word for "by" that opens a byline in other languages: Spanish and Portuguese,
#: French, German, Italian, Dutch, Swedish and Norwegian, Danish ("Por Ana Ruiz | EFE").
BYLINE_OPENERS = frozenset({"Por", "Par", "Von", "Di", "Da", "Door", "Av", "Af"})
#: The words that join reporters' names on a byline in those languages ("y", "et", "und").
_NAME_JOINERS = frozenset({"and", "&", "y", "e", "et", "und", "en", "og", "och", "i"})
#: An outlet's own byline: "Tucson Sentinel staff", "From Harbour Times Staff", "Daily
#: Courier staff and wire reports".
_STAFF_BYLINE = re.compile(
    r"^(?:[Ff]rom\s+)?(?P<outlet>(?:The\s+)?[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-Þ][\w'’.&-]*){0,4})"
    r"\s+(?i:staff)(?:\s+(?i:and|&)\s+(?i:wire\s+reports?|wires|agencies|news\s+services))?$"
)
#: Lowercase words that may describe a reporter before the name on a byline.
_ROLE_WORDS = frozenset(
    {"business", "political", "health", "science", "chief", "senior", "staff", "sports"}
    | {"foreign", "economics", "education", "crime", "court", "legal", "technology"}
    | {"reporter", "correspondent", "editor", "writer", "journalist", "our"}
)
# "Jonathan Pell, Business Correspondent": a name, a comma, a job title
_NAME_ROLE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.\-]+){1,3}"
    r"(?: and [A-ZÀ-ÖØ-Þ][\w'’.\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.\-]+){1,3})?,\s+(?P<role>[^,]{2,50})$"
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_WORD = rf"[{_UPPER}][\w'’.\-]*"
_CONNECT = r"(?:de|da|del|der|di|do|dos|du|la|le|el|es|al|of|on|upon|am|an|sur|en)"
_PLACE_PART = rf"{_PLACE_WORD}(?:[ /](?:{_CONNECT} )?{_PLACE_WORD}){{0,3}}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WIRE_DATE = rf"(?:{MONTH_RE}\s*{_DAY}(?:,?\s*\d{{4}})?|{_DAY}\s+{MONTH_RE}(?:,?\s*\d{{4}})?)"
_WIRE = re.compile(
    rf"^(?P<place>{_PLACE_PART}(?:,\s*(?!{MONTH_RE}\s*\d)(?!\d){_PLACE_PART}){{0,2}})"
    rf"(?:,?\s*(?P<date>{_WIRE_DATE}))?"
    r"(?:\s*\((?P<agency>[^\W\d_][^()\n]{0,39})\))?"
    # a dash may close the line ("PUNE, March 11 (PTI) -"), a colon only a dateline before text
    r"(?:\s*(?P<sep>(?:--|[-—–])(?=\s|$)|:(?=\s))|(?P<end>\s*$)|(?P<space>\s+))"
)
_PLACE_ONLY = re.compile(rf"^{_PLACE_PART}(?:,\s*{_PLACE_PART}){{0,2}}$")


@cache
def _kickers() -> frozenset[str]:
    """Capitalised labels that open a paragraph like a dateline but are no place."""
    text = resources.files("metoo_extract").joinpath("data", "header_kickers.txt")
    lines = text.read_text("utf-8").splitlines()
    return frozenset(line.strip().upper() for line in lines if line.strip() and line[0] != "#")


def is_kicker(text: str) -> bool:
    """True for a kicker or a live blog's label ("UPDATE", "Verdict"), in any case."""
    return " ".join(text.split()).upper() in _kickers()


class _Fields(NamedTuple):
    byline: str | None
    place: str | None
    stamps: list[tuple[int, Stamp]]


def _labelled(segment: str, day_first: bool | None = None) -> tuple[str, int, Stamp] | None:
    """A labelled timestamp in ``segment``: (text before the label, priority, stamp)."""
    labels = list(_LABEL.finditer(segment))
    for k, match in enumerate(labels):
        if any(ch.isdigit() for ch in segment[: match.start()]):
            # a label after a timestamp: "Published May 19, 2022 Updated ...", or an
            # unlabelled publication time before it: "June 16, 2025 1:42 PM UTC Updated ...",
            # "16 Jun 2026 18:05 CEST (updated: 20:15 CEST)"
            stamp = parse_stamp(segment[: match.start()].rstrip(" ,;|([—–-"), day_first)
            return ("", _PUBLISHED, stamp) if k == 0 and stamp is not None else None
        # up to the next label: "Posted Wed 3 Mar 2027 at 5:30am AEDT, updated ..."
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(segment)
        stamp = parse_stamp(segment[match.end() : stop].rstrip(" ,;(["), day_first)
        if stamp is not None:
            label = " ".join(match["label"].lower().split())
            priority = _UPDATED if label.endswith(_UPDATE_WORDS) else _PUBLISHED
            return segment[: match.start()], priority, stamp
    return None


def _byline(segment: str) -> str | None:
    """The name(s) of a "By ..." or "Name, Job title" line, or None when it is no byline."""
    segment = segment.strip()
    match = _BYLINE.match(segment)
    if match is None:
        outlet = staff_outlet(segment)
        if outlet is not None:
            return outlet
        foreign = _foreign_byline(segment)
        if foreign is not None:
            return foreign
        name, slash, job = segment.partition("/")
        if slash and _NAME_FIELD.fullmatch(name.strip()) and role_field(job.strip()):
            return name.strip()  # "Corey Wilmot/Staff Reporter"
        role = _NAME_ROLE.match(segment)
        words = role["role"].lower().replace("-", " ").split() if role else []
        found = any(word in lex.byline_roles() or word[:-1] in lex.byline_roles() for word in words)
        return segment if found else None
    who = (match["who"] or match["who2"]).strip().rstrip(",;")
    words = who.split()
    if not words or len(words) > _BYLINE_MAX_WORDS or who.endswith("."):
        return None
    roles = 0
    while roles < len(words) - 1 and words[roles].islower() and words[roles] in _ROLE_WORDS:
        roles += 1  # "By business reporter Tess Abernethy-Rao"
    if roles and not any(w.rstrip("s") in lex.byline_roles() for w in words[:roles]):
        roles = 0
    words = words[roles:]
    if not words[0][0].isupper():  # "by the time police arrived" is a sentence
        return None
    name, dash, role = " ".join(words).partition(" - ")
    if dash and role.lower().rstrip("s") in lex.byline_roles():
        return name  # "Jericho Villaflor-Santos - Reporter"
    who = " ".join(words)
    return staff_outlet(who) or who  # "By Harbour Times Staff": the outlet


def _foreign_byline(segment: str) -> str | None:
    """The names after another language's "by": "Por Lucía Herrera Vidal", "Von Jan
    Richter und Eva Roth"; the first a known given name, every word capitalised or a
    joiner or particle ("Von der Leyen sagte" is no byline)."""
    opener, _, who = segment.partition(" ")
    words = who.rstrip(",;").split()
    if (
        opener not in BYLINE_OPENERS
        or not 2 <= len(words) <= _BYLINE_MAX_WORDS
        or not lex.is_given_name(words[0])
        or words[-1] in _NAME_JOINERS
    ):
        return None
    for word in words:
        if not (word[:1].isupper() or word in _NAME_JOINERS or re.fullmatch(_CONNECT, word)):
            return None
    return " ".join(words)


def staff_outlet(who: str) -> str | None:
    """The outlet of an outlet's own byline ("Tucson Sentinel staff", "From Harbour Times
    Staff"); None for a body's staff ("General Staff") or any other line."""
    match = _STAFF_BYLINE.match(who)
    if match is None:
        return None
    outlet = match["outlet"]
    words = outlet.split()
    if len(words) == 1 and fold(outlet) in (
        lex.titles() | lex.title_modifiers() | lex.organisation_words()
    ):
        return None  # "General Staff", "Army Staff"
    return outlet


def _place(prefix: str) -> str | None:
    """A place glued before a timestamp label ("United StatesUpdated:"), if it looks like one."""
    prefix = prefix.strip(" ,;:-–—|")
    if not prefix or len(prefix) > 60 or any(ch.isdigit() for ch in prefix):
        return None
    return prefix if _PLACE_ONLY.match(prefix) else None


#: A timestamp and a byline in one segment: "Posted on February 9, 2026 by Ana Ruiz",
#: "By Ana Ruiz on February 9, 2026"; a timestamp and its country: "... 10:00, UK".
#: The time may close with its zone or meridiem ("Posted Mar 10, 2026 at 9:00 am PDT by
#: Priya Raman"); a label may open "by ... on": "Posted by Priya Raman on Mar 10, 2026",
#: and a comma may stand for the "on": "Posted by Priya Raman, Mar 10, 2026".
_STAMP_BY = re.compile(r"(?P<when>.*\d(?:\s*[A-Za-z.]{1,5}){0,2})\s+by\s+(?P<who>[A-ZÀ-ÖØ-Þ].*)")
_BY_ON = re.compile(
    r"(?:(?i:posted|published|written|filed)\s+)?(?P<who>[Bb]y\s+\S.*?)(?:\s+on|,)\s+(?P<when>.*\d.*)"
)
_STAMP_PLACE = re.compile(r"(?P<when>.*\d)\s*,\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w .'’-]{1,30})")
#: A dateline on a line of its own: "MUMBAI, July 8, 2026", "SALEM, Ore., Jan. 4".
_PLACE_WORDS = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’. -]){1,30}"
_PLACE_STAMP = re.compile(
    rf"(?P<place>{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?)\s*,\s*(?P<when>[^,].*\d)"
)


def _split_segment(segment: str, day_first: bool | None) -> _Fields | None:
    """A segment that glues a timestamp to a byline or to a place after a comma."""
    for pattern in (_STAMP_BY, _BY_ON):
        match = pattern.fullmatch(segment)
        if match is None:
            continue
        fields = _segment_fields(match["when"], day_first)
        who = match["who"] if pattern is _BY_ON else f"By {match['who']}"
        byline = _byline(who)
        if fields is not None and fields.stamps and not fields.byline and byline:
            return _Fields(byline, fields.place, fields.stamps)
    match = _STAMP_PLACE.fullmatch(segment)
    if match is not None and match["place"].strip() in lex.places():
        stamp = parse_stamp(match["when"], day_first)
        if stamp is not None:
            return _Fields(None, match["place"].strip(), [(_PUBLISHED, stamp)])
    match = _PLACE_STAMP.fullmatch(segment)
    if match is not None and (
        _capitals(match["place"].split(",")[0]) or _known_places(match["place"])
    ):
        stamp = parse_stamp(match["when"], day_first)
        if stamp is not None:
            return _Fields(None, match["place"].strip(), [(_PUBLISHED, stamp)])
    if match is not None and outlet_name(match["place"]):
        stamp = parse_stamp(match["when"], day_first)
        if stamp is not None:  # "Ballarat Courier Weekly, Monday 18 May 2026": no place
            return _Fields(None, None, [(_PUBLISHED, stamp)])
    return None


def dated_outlet(line: str) -> str | None:
    """The outlet a header line names before its date ("Ballarat Courier Weekly, Monday 18
    May 2026"), if it does."""
    match = _PLACE_STAMP.fullmatch(" ".join(line.split()))
    if match is None or not outlet_name(match["place"]):
        return None
    return match["place"].strip() if parse_stamp(match["when"]) is not None else None


def outlet_name(name: str) -> bool:
    """A name of two to six capitalised words that ends as outlets' names do ("Ballarat
    Courier Weekly", "Dunmore Evening Star")."""
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(word[:1].isupper() or word in _MASTHEAD_LINKS for word in words):
        return False
    return looks_like_outlet(name) or words[-1].split("-")[-1].lower() in _MASTHEAD_ENDINGS


def _segment_fields(segment: str, day_first: bool | None = None) -> _Fields | None:
    """Classify one segment of a header line: a byline, a timestamp, or both glued."""
    split = _split_segment(segment, day_first)
    if split is not None:
        return split
    labelled = _labelled(segment, day_first)
    if labelled is not None:
        prefix, priority, stamp = labelled
        byline = _byline(prefix) if prefix.strip() else None
        place = None if byline else _place(prefix)
        return _Fields(byline, place, [(priority, stamp)])
    stamp = parse_stamp(segment, day_first)
    if stamp is not None:
        return _Fields(None, None, [(_PUBLISHED, stamp)])
    byline = _byline(segment)
    if byline is not None:
        return _Fields(byline, None, [])
    return None


def _dates_only(fields: _Fields) -> bool:
    """True when the fields hold timestamps and none of them prints a time."""
    return bool(fields.stamps) and all(stamp.clock is None for _, stamp in fields.stamps)


def _header_fields(line: str, day_first: bool | None = True) -> _Fields | None:
    """Classify a whole line; None when it holds no header field (a title or body line).
    ``day_first`` reads a numeric date that could be either way ("03/12/2026") as day
    first (True, the default, enough to tell field lines from others) or month first."""
    segments = [s for s in _SEGMENT_SPLIT.split(line) if s.strip()]
    if len(segments) < 2:
        return _segment_fields(line, day_first)
    byline = place = None
    stamps: list[tuple[int, Stamp]] = []
    found = False
    i = 0
    while i < len(segments):
        fields, step = _segment_fields(segments[i], day_first), 1
        if i + 1 < len(segments) and (fields is None or _dates_only(fields)):
            # a date and its time split by a separator: "Oct 16, 2017 | 05:31 PM IST"
            pair = _segment_fields(f"{segments[i]} {segments[i + 1]}", day_first)
            if pair is not None and pair.stamps and not _dates_only(pair):
                fields, step = pair, 2
        i += step
        if fields is None:
            if i == 1 and _place_segment(segments[0], segments[1:2], day_first):
                place = segments[0].strip()  # "Johannesburg | 11 March 2026"
            continue
        found = True
        byline = byline or fields.byline
        place = place or fields.place
        stamps.extend(fields.stamps)
    reporter = segments[0].strip()
    if (
        byline is None
        and _NAME_FIELD.fullmatch(reporter)
        and any(s.strip() in lex.known_organisations() for s in segments[1:])
    ):
        return _Fields(reporter, place, stamps)  # "Lindiwe Mahlangu | News24"
    if byline is None and _NAME_FIELD.fullmatch(reporter) and role_field(segments[1]):
        return _Fields(reporter, place, stamps)  # "Meredith Chao | Media Correspondent"
    return _Fields(byline, place, stamps) if found else None


#: A reporter's job title as a header field of its own: "Media Correspondent", "Reporter".
_ROLE_FIELD_WORDS = 4


def role_field(segment: str) -> bool:
    """A header field that is only a reporter's job title, its last word a newsroom role:
    "Media Correspondent", "Senior Staff Writer", "Reporter"."""
    words = segment.split()
    return (
        1 <= len(words) <= _ROLE_FIELD_WORDS
        and all(word.isalpha() and (word[0].isupper() or word in _ROLE_WORDS) for word in words)
        and fold(words[-1]).removesuffix("s") in lex.byline_roles()
    )


#: What parts reporters' names alone on a header line: "Tara Whitcombe and Ben Loughlin".
_NAMES_SPLIT = re.compile(r",?\s+(?:and|&)\s+|,\s+")


def names_line(line: str) -> bool:
    """A header line of one to four reporters' names and nothing else: each two to four
    capitalised words, the first opening with a known given name, none a job title or a
    body's word ("Tara Whitcombe and Ben Loughlin"; not "Ben Ode celebrates")."""
    names = _NAMES_SPLIT.split(line)
    opening = names[0].split()[:1]
    if not 1 <= len(names) <= 4 or not opening or not lex.is_given_name(opening[0]):
        return False
    marks = lex.titles() | lex.byline_roles() | lex.organisation_words()
    for name in names:
        words = name.split()
        if (
            not _NAME_FIELD.fullmatch(name)
            or words[0].lower() in STOP_WORDS  # "In Summary"
            or any(fold(word) in marks for word in words)
            or name in lex.known_organisations()
            or name in lex.places()
        ):
            return False
    return True


def _lone_byline(lines: list[str], index: int) -> bool:
    """A reporter's name or the desk's ("Our Staff Reporter") alone on a line next to a
    timestamp's line, or above a place's line above it: "Tan Wei Ling" above "Published
    March 14, 2026"; or a name above the reporter's job next to it ("Mihi Forrester" /
    "Health Reporter" / "14 May 2026"), which the name signs."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if _name_shaped(line) and below and _desk_line(below) and _next_to_stamp(lines, index + 1):
        return True
    named = _name_shaped(line) and any(lex.is_given_name(word) for word in line.split())
    if named and below and _place_line(lines, index + 1):
        return True  # "Emma Thorvaldsen" / "Calgary" / "Published October 21, 2026"
    return (named or _desk_line(line)) and _next_to_stamp(lines, index)


def _next_to_stamp(lines: list[str], index: int) -> bool:
    """True when the line before or after ``lines[index]`` holds a timestamp."""
    for k in (index - 1, index + 1):
        fields = _header_fields(lines[k]) if 0 <= k < len(lines) else None
        if fields is not None and fields.stamps:
            return True
    return False


def _name_shaped(line: str) -> bool:
    """Two to four capitalised words that may be a person's name: no job title, no
    body's, kicker's or short common word, not a known place or organisation (not "Hong
    Kong", "World News"). Alone next to a timestamp one of them must be a known given
    name ("Tan Wei Ling", "Jasper Lau Chun-kit"; not "Climate Change")."""
    words = line.split()
    marks = lex.titles() | lex.byline_roles() | lex.organisation_words()
    return (
        _NAME_FIELD.fullmatch(line) is not None
        and not any(fold(w) in marks or w.lower() in STOP_WORDS or is_kicker(w) for w in words)
        and line not in lex.known_organisations()
        and line not in lex.places()
        and line not in lex.towns()
    )


def _desk_line(line: str) -> bool:
    """The desk that signs a story, alone on a line: "Our Staff Reporter", "Our
    Correspondent", "Staff Reporter"."""
    words = line.split()
    return len(words) >= 2 and role_field(line.removeprefix("Our "))


def _place_line(lines: list[str], index: int) -> bool:
    """A known place alone on a line above a timestamp's line: "Hong Kong" above
    "Published: 24 September 2026 6:18 PM"."""
    line = lines[index]
    if line not in lex.places() or line in _REGIONS or index + 1 >= len(lines):
        return False
    fields = _header_fields(lines[index + 1])
    return fields is not None and bool(fields.stamps)


#: Regions that open a breadcrumb ("Europe | 11 March 2026"), no dateline.
_REGIONS = frozenset({"Africa", "Asia", "Europe", "Oceania", "Americas", "Middle East"})


def _place_segment(segment: str, following: list[str], day_first: bool | None) -> bool:
    """A known place in the first segment of a header line, right before a timestamp:
    "Johannesburg | 11 March 2026"."""
    name = segment.strip()
    if name not in lex.places() or name in _REGIONS or not following:
        return False
    fields = _segment_fields(following[0], day_first)
    return fields is not None and bool(fields.stamps)


#: A reporter's name as a header field of its own: two to four capitalised words.
_NAME_FIELD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}")


def _is_title(line: str) -> bool:
    """A headline: short, no final period, starts with a capital, a digit or a quote."""
    if len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    first = next((ch for ch in line if ch.isalnum()), None)
    return first is not None and (first.isupper() or first.isdigit())


def _section_kicker(line: str, following: str | None) -> bool:
    """A section's name above the headline ("Sustainable Business", "WORLD"): one to
    three capitalised words, no digits, with a longer headline on the next line; or
    labels in capitals parted by a bar above any headline ("BOOKS | THE LONG READ
    INTERVIEW")."""
    words = line.split()
    if (
        following is None
        or any(ch.isdigit() for ch in line)
        or not _is_title(line)
        or not _is_title(following)
        or _header_fields(following) is not None
    ):
        return False
    if _labels_in_capitals(line):
        return True
    return (
        1 <= len(words) <= 3
        and all(word[:1].isupper() or word in ("&", "and") for word in words)
        and len(following.split()) >= _HEADLINE_MIN_WORDS
    )


#: What parts a section's labels: "BOOKS | THE LONG READ INTERVIEW", "NEWS • COURTS".
_LABEL_SPLIT = re.compile(r"\s+[|•›»]\s+")
_LABEL_WORDS = 4


def _labels_in_capitals(line: str) -> bool:
    """Two or more short labels in capitals parted by a bar or bullet: "BOOKS | THE LONG
    READ INTERVIEW"."""
    parts = _LABEL_SPLIT.split(line)
    return (
        len(parts) >= 2
        and _capitals(line)
        and all(1 <= len(part.split()) <= _LABEL_WORDS for part in parts)
    )


#: Last words of outlets' names that name other things too ("Toronto Star", "The
#: Standard"), an outlet's only on a masthead.
_MASTHEAD_ENDINGS = frozenset(
    {"star", "sun", "standard", "record", "echo", "press", "leader", "citizen", "globe"}
    | {"mail", "nation", "guardian", "independent", "advocate", "register", "bee"}
)
#: Words of an outlet's masthead that may be lower case ("Times of India").
_MASTHEAD_LINKS = frozenset({"of", "the", "and", "&"})


def _masthead(line: str, raws: list[str], index: int) -> bool:
    """The outlet's name above the header fields and the headline ("Dunmore Evening Star"
    / "March 2, 2026" / "Council approves new bridge ..."): a short name that ends as
    outlets' names do, a line of header fields next, then a headline."""
    if not outlet_name(line):
        return False
    following = [" ".join(r.split()) for r in islice(raws, index + 1, None) if r.strip()][:3]
    return (
        len(following) >= 2
        and _header_fields(following[0]) is not None
        and any(
            _is_title(later)
            and len(later.split()) >= _HEADLINE_MIN_WORDS
            and _header_fields(later) is None
            for later in following[1:]
        )
    )


def masthead(text: str) -> tuple[int, int] | None:
    """Offsets of the outlet's masthead on the article's first line, if it has one."""
    raws = text.splitlines(keepends=True)
    offset = 0
    for index, raw in enumerate(raws):
        line = " ".join(raw.split())
        if line:
            if not _masthead(line, raws, index):
                return None
            start = offset + len(raw) - len(raw.lstrip())
            return start, start + len(raw.strip())
        offset += len(raw)
    return None


def section_label(text: str) -> str | None:
    """The section's name on the article's first line, above the headline ("MUSIC
    INDUSTRY", "Sustainable Business"); None when the first line is no such label."""
    raws = text.lstrip().splitlines()
    if not raws:
        return None
    line = " ".join(raws[0].split())
    return line if _section_kicker(line, _next_line(raws, 0)) else None


def _next_line(raws: list[str], index: int) -> str | None:
    """The first non-empty line after ``raws[index]``, spaces folded; None at the end."""
    return next((" ".join(r.split()) for r in islice(raws, index + 1, None) if r.strip()), None)


def _capitals(text: str) -> bool:
    """True when ``text`` has at least two letters and all of them are capitals."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


class _Wire(NamedTuple):
    place: str
    stamp: Stamp | None
    credit: str | None = None  # the wire's name in brackets: "Reuters", "PTI"
    rest: str = ""  # what follows the dateline on its line


def wire_dateline(line: str) -> _Wire | None:
    """Read a wire dateline opening a paragraph.

    "QUETTA, Pakistan, April 16 (Reuters) - ..." gives ("QUETTA, Pakistan", April 16);
    "LONDON (AP) — ..." gives ("LONDON", None). Without an agency or a date the place (its
    first part at least: "MANILA, Philippines — ...") must be in capitals and followed by a
    dash or colon ("NEW DELHI: ...").
    """
    match = _WIRE.match(line)
    if match is None:
        return None
    place, when, agency = match["place"], match["date"], match["agency"]
    dash = match["sep"] is not None
    bare = agency is None and (not dash or (when is None and not _capitals(place.split(",")[0])))
    colon_after_city = _major_place(place) and line[match.end() :].lstrip()[:1].isupper()
    if bare and not (dash and (match["sep"] != ":" or colon_after_city) and _known_places(place)):
        return None  # a dash or colon must close a dateline without an agency; a colon
        # after a place in mixed case only after a city's name ("Brisbane: The premier")
    if agency is not None and when is None and not (dash or _capitals(place) or _capitals(agency)):
        return None  # "Mr Smith (Labour) said": a parenthesis, not a wire credit
    if agency is not None and not dash and line[match.end() : match.end() + 1].islower():
        return None  # "The Mekong River Commission (MRC) said": a short form in prose
    if place.upper() in _kickers():
        return None
    if match["sep"] == ":" and agency is None and when is None and _speaker_label(place):
        return None  # "MARIA GOMEZ: Schools closed ...": a speaker, not a place
    stamp = parse_stamp(when) if when else None
    return _Wire(place, stamp, agency, line[match.end() :].strip())


def _top_dateline(line: str) -> _Wire | None:
    """A wire dateline opening an article's first line, alone on it or before the headline:
    "HYDERABAD, March 12 (PTI) -", "GENEVA/PORT SUDAN (AFP) - Aid convoys resume". The
    place is in capitals or known ("Tesla (TSLA) - ..." is a headline), and a headline's
    kicker ("GAZA: Talks resume") is none: a wire's credit or a date comes with the place,
    or a dash follows places known by name."""
    wire = wire_dateline(line)
    if wire is None:
        return None
    parts = [part.strip() for part in re.split(r"[,/]", wire.place)]
    known = all(part in lex.places() or part.title() in lex.places() for part in parts)
    if not (known or _capitals(wire.place.split(",")[0])):
        return None  # "Tesla (TSLA) - Shares slide": a ticker in a headline
    if wire.credit is not None or wire.stamp is not None:
        return wire
    match = _WIRE.match(line)
    dash = match is not None and match["sep"] not in (None, ":")
    return wire if dash and known else None


def _dateline_alone(line: str) -> bool:
    """True for a wire dateline on a line of its own at the top: "PUNE, March 11 (PTI) -"."""
    wire = _top_dateline(line)
    return wire is not None and not wire.rest


def _speaker_label(place: str) -> bool:
    """True when the words before a colon name a person, not a place: two or three words,
    the first a given name, none of them a known place ("MARIA GOMEZ", not "NEW DELHI")."""
    words = place.title().split()
    return (
        "," not in place
        and 2 <= len(words) <= 3
        and lex.is_given_name(words[0])
        and place.title() not in lex.places()
        and place.title() not in lex.towns()
    )


def _major_place(place: str) -> bool:
    """A country's or a city's name, as a dateline before a colon gives it ("Brisbane")."""
    return lex.places().get(place.strip()) in ("major", "city")


def _known_places(place: str) -> bool:
    """True when each part of a dateline in mixed case is a known place: "The Hague",
    "Norfolk, Virginia"."""
    return all(part.strip() in lex.places() for part in re.split(r"[,/]", place))


def _first_lines(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = " ".join(raw.split())  # also folds no-break spaces and tabs
        if line:
            lines.append(line)
            if len(lines) == HEADER_LINES:
                break
    return lines


@cache
def dateline_states() -> dict[str, tuple[str, str]]:
    """Dateline abbreviation of a US state or Canadian province -> (name, country):
    "Ala." -> ("Alabama", "US") (``data/dateline_states.tsv``)."""
    text = resources.files("metoo_extract").joinpath("data", "dateline_states.tsv")
    rows = [line.split("\t") for line in text.read_text("utf-8").splitlines()]
    return {row[0]: (row[1], row[2]) for row in rows if len(row) == 3 and row[0][0] != "#"}


@cache
def _us_dateline() -> re.Pattern[str]:
    """A body line opening with an American dateline: "SALEM, Ore. —", "WASHINGTON —"."""
    states = [re.escape(a) for a, (_, country) in dateline_states().items() if country == "US"]
    return re.compile(
        rf"^(?:WASHINGTON\b|[{_UPPER}][{_UPPER}'’. -]*,\s*(?:{'|'.join(states)}))", re.MULTILINE
    )


def reads_day_first(text: str) -> bool:
    """Whether to read a numeric date that could go either way ("03/09/2026") day first:
    as the article's other numeric dates show, else as all but American copy writes."""
    order = numeric_date_order(text)
    if order is not None:
        return order
    return not (_US_COPY.search(text) or _us_dateline().search(text))


def parse_layout(text: str, *, published_hint: date | None = None) -> Layout:
    """Read the header fields an article's top lines give.

    Args:
        text: the decoded article.
        published_hint: a known publication date; it supplies the year of a timestamp
            or wire dateline that prints only month and day.

    Returns:
        Title (a short first line without a final period), byline ("By ..."), dateline
        place (a wire dateline or a place glued to a timestamp) and published (a date, a
        datetime, aware when a zone is printed, or None when nothing gives a year).
    """
    lines = _first_lines(text)
    day_first = reads_day_first(text)
    title = byline = dateline = None
    stamps: list[tuple[int, Stamp]] = []
    header_only = True  # every line so far was a header field: a title may still come
    body_lines = 0
    for index, line in enumerate(lines):
        fields = _header_fields(line, day_first)
        if fields is not None:
            byline = byline or fields.byline
            dateline = dateline or fields.place
            stamps.extend(fields.stamps)
            continue
        if header_only and title is None and dateline is None:
            wire = _top_dateline(line)
            if wire is not None:  # "HYDERABAD, March 12 (PTI) -" above or before the headline
                dateline = wire.place
                if wire.stamp is not None:
                    stamps.append((_FROM_WIRE, wire.stamp))
                if not wire.rest:
                    continue
                line = wire.rest
        has_next = index + 1 < len(lines)
        if header_only and title is None and has_next and _section_kicker(line, lines[index + 1]):
            continue  # "Sustainable Business" above the headline
        if index == 0 and _masthead(line, lines, index):
            continue  # "Dunmore Evening Star" above the date and the headline
        if header_only and title is None and has_next and _is_title(line):
            title = line
            header_only = False
            continue
        header_only = False
        if (
            title is not None
            and byline is None
            and ((body_lines == 0 and names_line(line)) or _lone_byline(lines, index))
        ):
            byline = line  # "Tara Whitcombe and Ben Loughlin" right under the headline
            continue
        if title is not None and dateline is None and _place_line(lines, index):
            dateline = line  # "Hong Kong" above "Published: 24 September 2026"
            continue
        if body_lines < BODY_LINES:
            body_lines += 1
            wire = wire_dateline(line)
            if wire is not None and dateline is None:
                dateline = wire.place
                if wire.stamp is not None:
                    stamps.append((_FROM_WIRE, wire.stamp))
    return Layout(title, byline, dateline, _published(stamps, published_hint))


def is_header_field(line: str) -> bool:
    """True for a line of header fields: a byline, a timestamp, a dateline glued to one,
    a section label or the outlet's name."""
    line = " ".join(line.split())
    return bool(line) and (
        _header_fields(line) is not None
        or line.upper() in _kickers()
        or line in lex.known_organisations()
    )


def header_end(text: str) -> int:
    """Character offset just past the header: the title and header-field lines (byline,
    timestamps) at the top of the article, before the first body line; 0 when none."""
    end = 0
    offset = 0
    seen = 0
    title_seen = field_seen = masthead_seen = False
    skipped = 0
    raws = text.splitlines(keepends=True)
    lines = _first_lines(text)
    at = -1  # the line's place in ``lines``
    for index, raw in enumerate(raws):
        line_end = offset + len(raw.rstrip("\r\n"))
        line = " ".join(raw.split())
        offset += len(raw)
        if not line:
            continue
        at += 1
        seen += 1
        if seen > HEADER_LINES:
            break
        if skipped and len(line) > _STANDFIRST_CHARS:
            break  # the body: past a standfirst only a short field line counts
        if _header_fields(line) is not None:
            end, field_seen = line_end, True
        elif title_seen and (line.upper() in _kickers() or line in lex.known_organisations()):
            continue  # a section label or the outlet's name among the fields ("NEWS", "ABC News")
        elif not title_seen and seen == 1 and _section_kicker(line, _next_line(raws, index)):
            seen = 0  # "Sustainable Business" above the headline
            end = line_end
        elif not title_seen and seen == 1 and _masthead(line, raws, index):
            seen = 0  # the outlet's name above the date and the headline
            end, masthead_seen = line_end, True
        elif not title_seen and seen == 1 and _dateline_alone(line):
            seen = 0  # "HYDERABAD, March 12 (PTI) -" alone above the headline
            end = line_end
        elif not title_seen and (seen == 1 or masthead_seen) and _is_title(line):
            title_seen = True  # the headline, or the one under a masthead and its date
            end = line_end
        elif title_seen and not field_seen and not skipped and names_line(line):
            end, field_seen = line_end, True  # the reporters' names right under the headline
        elif title_seen and field_seen and _lone_byline(lines, at):
            end = line_end  # "Jasper Lau Chun-kit" under "Published: 24 September 2026"
        elif (
            title_seen
            and not field_seen
            and skipped < _STANDFIRST_LINES
            and len(line) <= _STANDFIRST_CHARS
        ):
            skipped += 1  # a standfirst or summary between the title and the first field
        else:
            break
    return end


def _published(stamps: list[tuple[int, Stamp]], hint: date | None) -> date | datetime | None:
    """The best-ranked timestamp that resolves to a date (first one of equal rank)."""
    for _, stamp in sorted(stamps, key=lambda item: item[0]):
        value = resolve_stamp(stamp, hint)
        if value is not None:
            return value
    return None


def parse_published(value: str) -> date | datetime:
    """Read a ``--published`` value: an ISO 8601 date or datetime, or a clear English date.

    Args:
        value: e.g. "2017-10-16", "2017-10-16T17:31:00+05:30", "Oct 16, 2017 5:31 PM IST".

    Returns:
        A date, or a datetime (aware when a zone or offset is given).

    Raises:
        ValueError: the value is not a date with a year, with a message saying what to give.
    """
    stamp = parse_stamp(value)
    if stamp is None:
        raise ValueError(
            f"cannot read {value!r} as a date; give an ISO 8601 date such as 2017-10-16 "
            "or 2017-10-16T17:31:00+05:30"
        )
    resolved = resolve_stamp(stamp)
    if resolved is None:
        raise ValueError(f"{value!r} has no year; give a full date such as 2017-10-16")
    return resolved


def iso_published(value: date | datetime | None) -> str | None:
    """ISO 8601 text of a published value: "2017-10-16" or "2017-10-16T17:31:00+05:30"."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()
