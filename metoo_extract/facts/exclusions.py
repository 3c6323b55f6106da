"""Numbers that are not quantities: dates, years, clock times, ages, tallies, identifiers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.numbers import NumberSpan, parse_number
from ..normalize.units import currency_before, measure_after, unit_of_word
from .teams import sports_article
from .tokens import dates_a_year

_TIME_UNITS = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|season|year|decade|centur(?:y|ie))s?"
)
#: A DATE/TIME entity that is a length of time ("two weeks", "nearly two decades").
_DURATION = re.compile(rf"\d|\b{_TIME_UNITS}\b", re.IGNORECASE)
#: ...unless it points at a time ("two years ago", "next week", "May 16").
_POINT_IN_TIME = re.compile(
    r"\b(?:ago|last|next|this|coming|previous|since|early|late|"
    r"mid|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}s?|\d+(?:st|nd|rd|th))\b"
    r"|:\d\d",
    re.IGNORECASE,
)
#: "the last five months", "the next two weeks": a span of time counted back or forward
#: from now is still a length of time; the opener is dropped before the point test.
_SPAN_OPENER = re.compile(
    rf"^(?:the\s+)?(?:last|next|past|previous|coming|first|final)\s+(?=\S+\s+{_TIME_UNITS}\b)",
    re.IGNORECASE,
)
#: An amount the model's date swallowed before a deictic: "42" in "42 last year", or
#: before a counted time ago: "6,900" in "from 6,900 two seasons ago". A share too: "fell
#: by a quarter last year".
_AMOUNT_BEFORE_POINT = re.compile(
    r"(?:[\d,.]*\d|an?\s+(?:half|third|quarter|fifth|tenth)|half)\s+(?=(?:last|this|next)\s"
    r"|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+[a-z]+\s+ago\b)",
    re.IGNORECASE,
)
#: A length of time the model's date swallowed before a deictic, after "for": "for
#: three days last December", "for two hours last night".
_LENGTH_BEFORE_POINT = re.compile(
    rf"(?:about\s+|nearly\s+|almost\s+)?\S+\s+{_TIME_UNITS}\s+(?=(?:last|this|next)\s)",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_SPAN_TO_POINT = re.compile(
    rf"^(?:the\s+)?(?:past\s+|last\s+|first\s+)?\S+\s+{_TIME_UNITS}\s+"
    r"(?:to|until|through|ending|before)\b",
    re.IGNORECASE,
)
CLOCK_AFTER = re.compile(
    r"^\s?(?:(?:a\.?m|p\.?m)\b\.?|o'clock|hrs\b|h\b|local time\b|"
    r"(?:gmt|utc|bst|cet|cest|ist|est|edt|cst|cdt|"
    r"mst|mdt|pst|pdt|et|pt|jst|kst|aest|aedt|sast|eat|wat|pkt|npt)\b)",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^\s?-?\s?(?:years?|months?|weeks?)(?:\s?-?\s?olds?|\s+of\s+age)\b", re.IGNORECASE
)  # "a 19-year-old", "at 12 to 15 months of age"
#: The rest of a street address after its number: "10 Downing Street", "104 Street",
#: "221 Baker Street", "1600 Pennsylvania Avenue".
_STREET_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][\w'’-]*){0,3}[^\S\n]+(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive"
    r"|Terrace|Crescent|Parkway)(?![\w-])|(?:St|Ave|Rd|Blvd)\.?(?![\w.-]|[^\S\n]+[A-Z]))"
)  # not "3 St. John's students", where "St." is a saint's
#: "were under 25", "is over 65": a bound of people's ages after a form of "be".
_BE_UNDER = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:under|over|below|above)\s+$")
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age of)\s+(?:over|under|above|below|at least|about|around|between|"
    r"from)?\s*$",
    re.IGNORECASE,
)
#: A vote's tally written with "to": "passed 31 to 18", "voted 5 to 4 against".
_TALLY = re.compile(
    r"\b(?:passed|approved|voted|rejected|adopted|carried|defeated|backed|confirmed|ruled)"
    r"\s+(?:(?:the|a|an|its|their)\s+(?:\w+\s+)?\w+\s+)?"  # "passed the (spending) bill"
    r"(?:by\s+)?(?:a\s+vote\s+of\s+)?(\d{1,4})\s+to\s+(\d{1,4})\b"
    r"(?!\s*(?:%|per\b|percent\b|(?:second|minute|hour|day|week|month|year)s\b))",
    # not "5 to 10 days late"
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(r"\b(?:magnitude|Richter|Mach)\s+$", re.IGNORECASE)
_PERSONAL_PRONOUNS = {"i", "he", "she", "we", "they", "you"}
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d|2100")
#: Nouns a year sets a baseline for: "on 1990 levels", "in 2015 prices", "2010 dollars".
_BASELINE_AFTER = re.compile(
    r"(?:[^\S\n]|-)(?:levels?|prices|values|terms|baselines?)\b", re.IGNORECASE
)
_HYPHENS = ("-", "–", "—")
_TIME_NOUNS = {"year", "season", "quarter", "month", "election", "game", "olympics"}
_TIME_NOUNS |= {word + "s" for word in _TIME_NOUNS}
#: Words before a year that make it a point in time even when a plural follows
#: ("since 2010 prices have risen", "the 2018 elections").
_YEAR_OPENERS = {"in", "since", "by", "until", "till", "before", "after", "during", "from"}
#: Words before a year whose levels a figure is compared with ("below 2019 levels").
_LEVELS_COMPARED = {"below", "above", "of", "than", "to", "near", "pre"}


def counts_a_plural(span: Span) -> bool:
    """A bare number counting a plural noun ("1709 schoolchildren") is not a year.

    The plural is the very next word or else the number's head (the parse sometimes
    hangs the number on a later noun: "1709 schoolchildren - aged 8-10 years"). A year
    modifying a plural has a determiner, possessive or preposition before it ("its 2021
    and 2022 financial years", "the 2018 elections", "since 2010 prices rose"); a count
    does not.
    """
    if len(span) != 1 or not span[0].like_num:
        return False
    number = span[0]
    doc = number.doc
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if following is not None and following.tag_ in ("NNS", "NNPS"):
        noun = following
    elif number.dep_ == "nummod" and number.head.i > number.i:
        noun = number.head
    else:
        return False
    if noun.tag_ not in ("NNS", "NNPS") or {noun.lemma_.lower(), noun.lower_} & _TIME_NOUNS:
        return False
    before = doc[number.i - 1] if number.i > 0 else None
    if before is not None and (
        before.tag_ in ("DT", "PRP$", "POS") or before.lower_ in _YEAR_OPENERS
    ):
        return False
    if noun.lower_ == "levels" and before is not None and before.lower_ in _LEVELS_COMPARED:
        return False  # "30% below 2019 levels": the year's levels
    return not any(c.dep_ in ("det", "poss") and c.i < number.i for c in noun.children)


class Spans:
    """Character spans that answer "does [start, end) overlap any of you?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


@cache
def _numbered_names() -> re.Pattern[str]:
    """Known names of things that hold a number ("S&P 500", "Boeing 737", "Windows 11"),
    whose number is no amount."""
    names = sorted((n for n in lex.known_products() if re.search(r"\d", n)), key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def in_numbered_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a known name that holds a number ("Audi Q3",
    "Boeing 737"): a part of the name, neither an amount nor a date."""
    window = _numbered_names().finditer(text, max(0, start - 40), min(len(text), end + 40))
    return any(name.start() <= start and end <= name.end() for name in window)


#: A hedge before number words that the model reads as a date ("nearly a quarter").
_HEDGE_LEAD = re.compile(
    r"^(?:nearly|almost|about|around|roughly|some|over|under|approximately|more than|"
    r"less than|just over|just under|close to)\s+",
    re.IGNORECASE,
)


def blocked_spans(doc: Doc) -> Spans:
    """Character spans no quantity may overlap: the dates found by metoo_dates, plus the
    model's DATE/TIME entities that name a point in time rather than a length of time.

    An entity running over a line break is read line by line: the model sometimes joins
    a dateline to the next paragraph ("Thursday, February 23, 2006" + "Almost half").
    """
    spans = [(d.start, d.end) for d in (doc._.metoo_dates or [])]
    spans += [m.span() for m in _numbered_names().finditer(doc_text(doc))]
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if counts_a_plural(ent):
            continue  # "1709 schoolchildren": the model's DATE is a count
        if _SPAN_TO_POINT.match(ent.text):
            continue  # "the 12 months to December": a length of time up to a point
        if ent[0].pos_ in ("VERB", "AUX") and len(ent) > 1:
            ent = ent[1:]  # "to last about 6.5 hours": the verb names no point in time
        words = _HEDGE_LEAD.sub("", ent.text)
        if not any(c.isdigit() for c in ent.text) and parse_number(words) is not None:
            continue  # "One and a half million", "nearly a quarter": no time named
        lines = list(re.finditer(r"[^\n]*\S[^\n]*", ent.text))
        for line in lines:
            length = _SPAN_OPENER.sub("", line.group())
            point = _POINT_IN_TIME.search(length)
            if _DURATION.search(length) and not point:
                continue
            if len(lines) > 1 and not point:
                continue  # "Almost half": the model's date ran on past a line break
            lead = _AMOUNT_BEFORE_POINT.match(line.group())
            start = ent.start_char + line.start()
            if lead is None and _FOR_BEFORE.search(doc_text(doc), max(0, start - 5), start):
                lead = _LENGTH_BEFORE_POINT.match(line.group())  # "for three days last May"
            skip = lead.end() if lead else 0  # "won 42 last year": 42 is no part of the date
            spans.append((start + skip, ent.start_char + line.end()))
    return Spans(spans)


#: A rugby scorer's line: "4 con", "2 pen", "1 dg" after a player's name.
_SCORING_LINE = re.compile(r"\s(?:con|pen|dg)\b")
#: A cricket innings' score, runs for wickets: "reached 287 for four", "402 for 8 dec",
#: "34 for 0 in their second innings"; the wickets end the phrase (not "40 for 3 pounds").
_RUNS_FOR_WICKETS = re.compile(
    r"(?i)(?<![\w.,])\d{2,3}\s+for\s+(?:\d|10|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:dec|declared)\b\.?)?(?=\s*(?:[.,;:()\n]|$|\s+(?:in|at|on|before|after|when|"
    r"with|by|and|off|from|overnight|the)\b))"
)
#: A bowler's figures, wickets for runs: "finished with 4 for 98 from 31 overs" (read
#: only in a match report: "2 for 10 pounds" elsewhere is a price).
_WICKETS_FOR_RUNS = re.compile(
    r"(?<![\w.,])(?:\d|10)\s+for\s+\d{1,3}(?![\w.,]?\d)(?=\s*(?:[.,;:()\n]|$|\s+(?:in|at|"
    r"on|from|off|with|and|before|after|as|against)\b))"
)
#: What comes before a player's or a side's bare score in a match report: "made 54",
#: "an unbeaten 61", "unbeaten on 41", "chasing 152", "bowled out for 140", "caught at
#: gully for 88", "added another 39", "put on 102" (a stand).
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:(?:made|make|makes|making|scored|scores|scoring|chasing|chased|chase)"
    r"(?:\s+an?)?(?:\s+unbeaten)?"
    r"|an?\s+unbeaten|(?:unbeaten|not\s+out|resum(?:ed|ing)|stranded|dropped)\s+on"
    r"|(?:out|lbw|stumped|dismissed|fell|caught|departed)(?:\s+[\w'’]+){0,3}?\s+for"
    r"|(?:added|adding|add)\s+(?:another|a\s+further)|put\s+on|(?:stand|partnership)\s+of"
    r")\s+$"
)
#: A bare score ends its phrase: "made 54, his first fifty", "for 140." (not "54 runs").
_SCORE_END = re.compile(
    r"\*?(?:\s*[.,;:)!?\n]|\s*$|\s+(?:in|off|from|with|and|before|after|at|on|as|to|"
    r"when|but|for|until|while|the|his|her|their)\b)"
)
#: A position named by a fraction word: "first five-eighth", "second five-eighth".
_POSITION = re.compile(r"(?i)[a-z]+-eighths?")
#: A baseball base as a fielding position: "1B", "2B", "3B".
_BASE = re.compile(r"[123]B")


#: A list line's opening number: a zero-padded track number or a month-day pair
#: before a capitalised title ("01 Undertow", "03-06 Manchester, England").
_LIST_NUMBER = re.compile(r"(?:0\d|\d\d-\d\d)[^\S\n]+[A-Z]")
#: A numbered list's rank before a capitalised entry: "1. Mikkel Sørhus", "2) Tudor".
_RANK_NUMBER = re.compile(r"\d{1,2}[.)][^\S\n]+[A-Z]")
#: A numbered list's marker before any entry ("2. some 900 scans"), when the line
#: before ends a sentence or a lead-in, is blank, or is an item itself.
_LIST_MARKER = re.compile(r"\d{1,2}[.)][^\S\n]+\S")
_LIST_LEAD = re.compile(r"(?:^|[.:;!?…\"”)]|^\s*(?:\d{1,2}[.)]|[-–•*])[^\S\n].*)\s*$")
#: Labels of rooms, gates and other places with a lettered number ("Courtroom 4C",
#: "Room 12B", "Gate 7A"): the letter is part of the name, not a scale or a unit.
_PLACE_LABELS = frozenset(
    {"room", "courtroom", "court", "gate", "suite", "ward", "bay", "platform", "floor"}
    | {"terminal", "hall", "unit", "apartment", "flat", "block", "building", "stand"}
    | {"pier", "dock", "berth", "row", "seat", "aisle", "studio", "office", "cell", "wing"}
    | {"lab", "laboratory", "locker", "exhibit", "pavilion", "lot", "level", "zone", "area"}
    | {"box", "section", "cabin", "deck", "lane", "hangar", "theatre", "classroom", "lecture"}
)
_LETTERED = re.compile(r"[A-Z](?![\w-])")
#: A clock hour in words or digits after "shortly after", "just before" and the like,
#: with nothing counted after it ("returned shortly after ten.").
_CLOCK_HOUR_BEFORE = re.compile(
    r"(?i)\b(?:shortly|just|soon|sometime|some\s+time|right)\s+(?:after|before)\s+$"
)
_CLOCK_HOUR = re.compile(
    r"(?i)(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)


#: A rate's unit after a slash: "€86/MWh", "$80/bbl", "R25/kg", "$4,000/month".
_PER_UNIT = re.compile(
    r"/(?:[MGTk]Wh|MW|GW|bbl|barrel|t|tonne|ton|kg|g|lb|oz|l|litre|liter|gal|gallon|m2|m3|sq|"
    r"km|mi|hr|h|hour|day|week|wk|month|mo|year|yr|share|head|person|night|unit)\b"
)


def is_not_quantity(doc: Doc, number: NumberSpan, blocked: Spans) -> bool:
    """True for a year, date, clock time, age, score or vote tally, or an identifier."""
    text = doc_text(doc)
    after = text[number.end : number.end + 20]
    before = text[max(0, number.start - 20) : number.start]
    if blocked.overlaps(number.start, number.end):
        return True
    if number.high is not None and number.separator in _HYPHENS:
        if number.low >= number.high:  # "3-1", "a 256-167 vote": a tally, not a range
            return True
        if _YEAR.fullmatch(number.text[:4]) and len(number.text) <= 9:  # "2010-2012"
            return True
    if _year_of_an_era(doc, number):
        return True  # "founded in 300 B.C.", "AD 64": a year of an era
    if _YEAR.fullmatch(number.text) and not re.match(r"\s+[a-z]", after):
        return True
    if _YEAR.fullmatch(number.text) and _BASELINE_AFTER.match(after):
        return True  # "cut by 60% on 2005 levels", "in 2010 prices": a baseline year
    if _attributive_year(doc, number, before):
        return True
    if CLOCK_AFTER.match(after) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    if (
        _BE_UNDER.search(before)
        and re.fullmatch(r"\d{1,2}", number.text)
        and re.match(r"\s*(?:[.,;:!?)]|and\b|or\b|$)", after)
    ):
        return True  # "a third of those detained were under 25,": an age
    if (
        _PEOPLE_UNDER.search(text, max(0, number.start - 40), number.start)
        and re.fullmatch(r"\d{2}", number.text)
        and _NOTHING_COUNTED.match(after)
    ):
        return True  # "about 70 per cent of them under 35,", "voters over 65": an age
    if _AGE_RANGE_END.search(text, max(0, number.start - 40), number.start):
        return True  # "raises the retirement age from 64 to 64 and a half"
    if (
        _CALL_BEFORE.search(text, max(0, number.start - 60), number.start)
        and re.fullmatch(r"\d{2,5}", number.text)
        and _NOTHING_COUNTED.match(after)
    ):
        return True  # "call Crime Stop at 311 or the police at 119", "dial 911": a number to call
    if _LETTERED_CLAUSE.match(after):
        return True  # "510(k) clearance", "Section 230(c)": a provision's or a form's name
    if _age_of_an_act(doc, number, before, after):
        return True  # "those who began working at 18."
    if re.search(r"[#№]\s?$|\bNos?\.\s?$|\bNos?\s$|\bN[°º]\s?$", before):
        return True  # "No. 5", "No 3 shaft", "N°1": a number that names
    if number.text.isdigit() and _is_address(doc, number):
        return True  # "at 10 Downing Street", "on 104 Street": an address
    if (re.match(r"/[A-Za-z]", after) and not _PER_UNIT.match(after)) or re.search(
        r"(?i)\bdoi:?\s*$", before
    ):
        return True  # "DOI: 10.1038/s41561-026-01873-4": an identifier, not "€86/MWh"
    if (_LIST_NUMBER.match(text, number.start) or _RANK_NUMBER.match(text, number.start)) and (
        number.start == 0 or text[number.start - 1] == "\n"
    ):
        return True  # "01 Undertow", "03-06 Manchester", "1. Mikkel Sørhus": a list line
    if _is_list_marker(text, number):
        return True  # "2. some 900 passport scans": the item's marker, not an amount
    if _is_place_label(doc, number, before):
        return True  # "Courtroom 4C", "Room 12B": a lettered label, not 4 °C or 12 billion
    if (
        _CLOCK_HOUR_BEFORE.search(before)
        and _CLOCK_HOUR.fullmatch(number.text)
        and re.match(r"\s*(?:[.,;:!?)]|$|\s(?:and|when|on|as|to|with)\b)", after)
    ):
        return True  # "returned shortly after ten.": a clock hour
    if any(
        m.start() <= number.start and number.end <= m.end()
        for m in _RUNS_FOR_WICKETS.finditer(text, max(0, number.start - 20), number.end + 20)
    ):
        return True  # "Australia reached 287 for four": runs for wickets, a score
    if (
        _SCORE_BEFORE.search(text, max(0, number.start - 40), number.start)
        and _SCORE_END.match(text, number.end)
        and number.high is None
        and sports_article(doc)
    ):
        return True  # "an unbeaten 61", "chasing 152", "bowled out for 140": a score
    if any(
        m.start() <= number.start and number.end <= m.end()
        for m in _WICKETS_FOR_RUNS.finditer(text, max(0, number.start - 10), number.end + 30)
    ) and sports_article(doc):
        return True  # "Mabuza finished with 4 for 98": a bowler's figures
    if _SCORING_LINE.match(after):
        return True  # "(Riley Matagi 4 con, 2 pen)": a rugby scorer's line
    if _POSITION.fullmatch(number.text) and re.match(r"\s+[A-Z]", after):
        return True  # "the five-eighth Riley Matagi": a rugby position before a name
    if (
        _BASE.fullmatch(number.text)
        and re.match(r"\s+[A-Z][\w'’.-]*\s+[A-Z]", text[number.end : number.end + 40])
        and not re.search(r"[^\s(]$", before)
    ):
        return True  # "Astros: 3B Andrés Quintero": a baseball position, not three billion
    if _in_tally(text, number):
        return True
    return (
        _is_identifier(doc, number)
        or _opens_a_name(doc, number)
        or _is_age_apposition(doc, number)
        or _is_age_predicate(doc, number)
        or _is_age_opening_clause(doc, number)
        or _is_age_bound(doc, number)
        or _is_age_limit(doc, number)
    )


def _is_address(doc: Doc, number: NumberSpan) -> bool:
    """The number opens a street address ("10 Downing Street", "on 104 Street"), not a
    count of what follows the street's name ("40 Wall Street firms")."""
    street = _STREET_AFTER.match(doc_text(doc), number.end)
    if street is None:
        return False
    span = doc.char_span(number.start, street.end(), alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is None or after.tag_ != "NNS"


def _is_list_marker(text: str, number: NumberSpan) -> bool:
    """The number opens a line as a numbered list's marker ("1. about 5,000 names")."""
    if not _LIST_MARKER.match(text, number.start) or not re.fullmatch(r"\d{1,2}", number.text):
        return False
    if number.start == 0:
        return True
    if text[number.start - 1] != "\n":
        return False
    line_start = text.rfind("\n", 0, number.start - 1) + 1
    return bool(_LIST_LEAD.search(text[line_start : number.start - 1]))


def _is_place_label(doc: Doc, number: NumberSpan, before: str) -> bool:
    """A number glued to one capital letter after a room's or gate's label noun."""
    text = doc_text(doc)
    if not re.fullmatch(r"\d{1,4}[A-Z]?", number.text):
        return False
    letter_at = number.end if number.text[-1].isdigit() else number.end - 1
    if not _LETTERED.match(text, letter_at):
        return False
    label = re.search(r"([A-Za-z]+)[^\S\n]$", before)
    return label is not None and label.group(1).lower() in _PLACE_LABELS


#: People bounded by an age: "of them under 35", "voters over 65", "those aged under 18".
_PEOPLE_UNDER = re.compile(
    r"(?i)\b(?:of\s+(?:them|those|whom|us)|people|adults|women|men|children|voters|those"
    r"|respondents|residents|members|fans|users|workers|patients|population)"
    r"(?:\s+aged)?\s+(?:under|over|below|above)\s+$"
)
#: Nothing counted after a number: its clause ends or goes on to another item.
_NOTHING_COUNTED = re.compile(r"\s*(?:[.,;:!?)]|(?:and|or|for|to|now|if|in)\b|$)")
#: A verb of calling before a number, with the one called between: "call Crime Stop at
#: 311 or the police at 119", "dial 911", "text 85258".
_CALL_BEFORE = re.compile(
    r"(?i)\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ling|ing)?|text(?:s|ed|ing)?|phon(?:e|ed|ing))"
    r"(?:\s+[^\s.;:!?\d]+){0,6}?(?:\s+(?:at|on))?(?:\s+\d{2,5}\s+or\s+[^.;:!?\d]{0,25}?"
    r"(?:\s+(?:at|on))?)?\s+$"
)
#: A lettered clause or paragraph glued after a number: "510(k)", "230(c)", "401(k)".
_LETTERED_CLAUSE = re.compile(r"\([a-z]{1,2}\)")
#: The second age of a change of age: "the age from 62 to 64", "ages of 18 and 25".
_AGE_RANGE_END = re.compile(
    r"\bages?\s+(?:of\s+|from\s+|between\s+)?\d{1,3}(?:\s+and\s+a\s+half)?\s+(?:to|and)\s+$",
    re.IGNORECASE,
)
#: Acts done at an age: "began working at 18", "retired at 62", "left school at 16".
_ACTS_AT_AN_AGE = frozenset(
    {"begin", "start", "retire", "leave", "marry", "die", "join", "work", "quit", "enlist"}
    | {"emigrate", "graduate", "become", "debut", "arrive", "move", "school", "home"}
)


#: What may follow an age at which an act took place: the clause's end, a conjunction,
#: or the act's place, day, cause or circumstance ("died at 88 in Boston", "of cancer",
#: "after a long illness").
_AFTER_AN_AGE = re.compile(
    r"\s*(?:[.,;:!?)\"'”]|$)|\s+(?:and|or|but|in|on|of|after|following|from|while|when)\b"
)


def _age_of_an_act(doc: Doc, number: NumberSpan, before: str, after: str) -> bool:
    """A bare two-digit number after "at" that dates an act of a life, not an amount."""
    if not re.fullmatch(r"\d{2}", number.text) or not re.search(r"\bat\s$", before):
        return False
    if not re.match(_AFTER_AN_AGE, after):
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    act = doc[span.start - 2]
    verb = doc[span.start - 1].head  # "joined the firm at 22": the verb "at" hangs on
    return any(
        word.lemma_.lower() in _ACTS_AT_AN_AGE or word.lower_ in _ACTS_AT_AN_AGE
        for word in (act, verb)
    )


def _in_tally(text: str, number: NumberSpan) -> bool:
    """The number is one side of a vote written with "to" ("passed 31 to 18")."""
    window = text[max(0, number.start - 40) : number.end + 12]
    offset = max(0, number.start - 40)
    return any(number.start - offset in (m.start(1), m.start(2)) for m in _TALLY.finditer(window))


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:[Aa]|[Tt]he|its|their|his|her|our)|['’]s)\s$")


def _attributive_year(doc: Doc, number: NumberSpan, before: str) -> bool:
    """ "a 2023 inspection", "its 2025 report": a year after a determiner, before a
    singular noun (a count would take the plural: "the 1500 workers")."""
    if not re.fullmatch(r"(?:19|20)\d\d", number.text) or not _DETERMINER_BEFORE.search(before):
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.tag_ == "JJ" and span.end + 1 < len(doc):
        following = doc[span.end + 1]
    return following.tag_ == "NN" and unit_of_word(following.lower_) is None


def _bare_token(doc: Doc, number: NumberSpan):
    """The number's token when it stands alone (no noun follows), else None."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or not re.fullmatch(r"\d{1,3}|[a-z]+(?:-[a-z]+)?", number.text, re.I):
        return None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None
    return span.root


#: Nouns for a person whose bare number is an age: "The youngest victim was 71".
_PERSON_NOUNS = frozenset(
    {"victim", "victims", "oldest", "youngest", "man", "woman", "boy", "girl", "child"}
    | {"son", "daughter", "mother", "father", "wife", "husband", "brother", "sister"}
    | {"patient", "driver", "suspect", "defendant", "player", "pilot", "survivor"}
    | {"twins", "sisters", "brothers", "boys", "girls", "sons", "daughters", "siblings"}
)


def _is_age_predicate(doc: Doc, number: NumberSpan) -> bool:
    """ "I was 19", "she is 34", "the oldest was 96", "Varney will be 57": a bare number
    predicated of a person is an age."""
    token = _bare_token(doc, number)
    if token is None or token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be":
        return False
    subjects = [t for t in token.head.children if t.dep_ == "nsubj"]
    return (
        bool(subjects)
        and (
            subjects[0].lower_ in _PERSONAL_PRONOUNS
            or subjects[0].ent_type_ == "PERSON"
            or subjects[0].lower_ in _PERSON_NOUNS
            # the model may call a surname alone an ORG ("Varney will be 57"); a whole
            # number under 120 said of a single name is still an age
            or (
                subjects[0].pos_ == "PROPN"
                and re.fullmatch(r"\d{1,3}", number.text) is not None
                and doc_text(doc)[number.start - 1 : number.start] == " "  # not "is $32"
                and number.value < 120
            )
        )
    )


def _year_of_an_era(doc: Doc, number: NumberSpan) -> bool:
    """A year in digits beside its era: "300 B.C.", "1200 BCE", "AD 64"."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or not re.fullmatch(r"\d[\d,]*", number.text):
        return False
    return (span.end < len(doc) and dates_a_year(doc, span.end, span.end + 1)) or (
        span.start > 0 and dates_a_year(doc, span.start - 1, span.start)
    )


def _is_age_opening_clause(doc: Doc, number: NumberSpan) -> bool:
    """ "At 85, she still swam", "But at 70, Hale took up painting": a bare number after an
    "at" that opens the sentence is an age when the clause's subject is a person; "At 85,
    the index held" is a level, "At $85" or "At 85 km/h" an amount."""
    token = _bare_token(doc, number)
    if token is None or number.value >= 120 or token.dep_ != "pobj" or token.head.lower_ != "at":
        return False
    text = doc_text(doc)
    if text[number.start - 1 : number.start] != " " or measure_after(text[number.end :]):
        return False  # "At $85", "At 85 per cent capacity"
    at = token.head
    if any(t.pos_ not in ("CCONJ", "PUNCT") for t in doc[at.sent.start : at.i]):
        return False
    subjects = [t for t in at.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and _names_a_person(subjects[0])


def _names_a_person(token: Token) -> bool:
    """A subject that is a person: a personal pronoun, a noun for one ("my grandmother"),
    the model's PERSON, a known given name, or a surname of a PERSON the text names."""
    if token.lower_ in _PERSONAL_PRONOUNS or token.ent_type_ == "PERSON":
        return True
    if token.pos_ == "NOUN":
        return token.lower_.removeprefix("grand") in _PERSON_NOUNS
    if token.pos_ != "PROPN":
        return False
    return lex.is_given_name(token.text) or any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text
        for ent in token.doc.ents
    )


def _is_age_bound(doc: Doc, number: NumberSpan) -> bool:
    """ "women under 25", "those over 65", "members older than 75": an age limit on a
    group of people; "outside the top 100": a rank."""
    token = _bare_token(doc, number)
    if token is None or token.i < 2:
        return False
    prep, holder = doc[token.i - 1], doc[token.i - 2]
    if prep.lower_ == "than" and holder.lower_ in ("older", "younger"):
        return True
    if prep.lower_ == "top" and holder.lower_ == "the":
        return True
    return prep.lower_ in ("under", "over", "above", "below") and (
        holder.pos_ in ("NOUN", "PROPN") or holder.lower_ in ("those", "people", "anyone")
    )


#: People grouped by age: "children under 12 travel free", "adults over 65 pay".
_AGE_GROUPS = frozenset(
    {"children", "kids", "people", "adults", "women", "men", "boys", "girls", "teenagers"}
    | {"those", "anyone", "youngsters", "pupils", "students", "infants", "babies", "persons"}
)


def _is_age_limit(doc: Doc, number: NumberSpan) -> bool:
    """ "Children under 12 travel free": a group of people bounded by an age, whatever
    the model makes of the word after the number."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start < 2 or not re.fullmatch(r"\d{1,2}", number.text):
        return False
    prep, holder = doc[span.start - 1], doc[span.start - 2]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.tag_ == "NNS" or unit_of_word(nxt.lower_) is not None):
        return False  # "people over 65 years", "children under 5 kilos": a unit follows
    return prep.lower_ in ("under", "over", "aged") and holder.lower_ in _AGE_GROUPS


#: Parts of a text numbered with dots: "Article 49.3", "Section 2.1".
_NUMBERED_PARTS = frozenset({"Article", "Section", "Rule", "Chapter", "Clause", "Paragraph"})
#: Parts of laws, treaties and ballots named by their number, whatever follows them
#: ("Section 230 protects", "Article 5 obliges", "Proposition 22 passed").
_NUMBERED_TEXTS = _NUMBERED_PARTS | {
    "Amendment", "Resolution", "Proposition", "Prop", "Regulation", "Directive", "Annex",
    "Subsection", "Schedule", "Protocol",
}  # fmt: skip


#: Nouns of the steps of a plan or a scale, which name a step by its number, in words
#: too ("phase two of the scheme", "Stage three begins", "tier four rules").
_NUMBERED_STEPS = frozenset({"phase", "stage", "tier", "step", "level"})


#: Nouns that name one of their kind by a number after them ("Local 1518", "Flight 1549",
#: "Route 1960", "Room 1204", "Lodge 2014"): the number is no year. A name of an event
#: or an edition before a year ("Wimbledon 2026", "Budget 2026", "Expo 2025") is left to
#: read as the year it names, as the benchmarks' gold does.
NAMING_NOUNS = (
    _PLACE_LABELS
    | {word.lower() for word in _NUMBERED_TEXTS}
    | {"local", "lodge", "chapter", "post", "branch", "station", "route", "highway"}
    | {"interstate", "flight", "bus", "train", "precinct", "district", "exit", "channel"}
    | {"track", "episode", "volume", "vol.", "issue", "page", "psalm", "form", "squadron"}
    | {"regiment", "battalion", "brigade", "apt.", "no.", "number", "pier", "runway"}
    | {"troop"}
)
#: Nouns of the parts of a work, a place or a contest that a number names, in words too:
#: "chapter nine", "track seven", "platform four", "round two" (not "chapter two sections",
#: where a noun follows that the number counts).
_PART_NOUNS = frozenset(
    {"chapter", "track", "page", "verse", "article", "section", "clause", "room", "gate"}
    | {"platform", "round", "stage", "level", "episode", "season", "series", "act", "scene"}
    | {"book", "volume", "part", "phase", "number", "no"}
)


#: A release's number: digits with one or more points ("3.6", "17.2", "2.0.1").
_VERSION = re.compile(r"\d+(?:\.\d+)+")
#: Words that a release's number follows ("version 9.3", "v 2.1", "build 22.04").
_RELEASE_WORDS = frozenset({"version", "versions", "v", "ver", "release", "build", "update"})
#: Words of software in a sentence, where a product's name takes a release's number.
_SOFTWARE = re.compile(
    r"(?i)\b(?:versions?|updates?|updated|patch(?:es|ed)?|software|browsers?|apps?|"
    r"operating\s+systems?|releases?|released|installs?|installed|upgrades?|upgraded|"
    r"vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?|firmware|downloads?|plug-?ins?)\b"
)


def _names_a_release(word: Token) -> bool:
    """A word a software release's number follows: "version", or a name with a capital,
    no place or people ("Firefox", "iOS", "Reader"; not "Germany 2.3" in a table), in a
    sentence on software: a word of it, or a known product ("on Windows"). The small
    model tags "iOS" a number, "Reader 9.3" a person."""
    if word.lower_ in _RELEASE_WORDS:
        return True
    if not (
        word.is_alpha
        and word.pos_ in ("PROPN", "NOUN", "NUM", "X")
        and any(c.isupper() for c in word.text)
        and word.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "MONEY")
    ):
        return False
    sent = word.sent
    products = lex.known_products()
    return bool(_SOFTWARE.search(sent.text)) or any(
        t.text in products or f"{t.text} {t.nbor().text}" in products
        for t in sent
        if t.i + 1 < len(t.doc)
    )


def _is_identifier(doc: Doc, number: NumberSpan) -> bool:
    """A number naming a thing after a noun: "posts 542", "Flight 370", "Article 50",
    "Level Four" (not "Rs 800" or "magnitude 5": a currency or a unit before it)."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc_text(doc)[max(0, number.start - 12) : number.start]
    if currency_before(before[-6:]) or _UNIT_BEFORE.search(before):
        return False
    after = doc_text(doc)[number.end : number.end + 20]
    if re.match(r"\s?(?:%|per\s?cent\b|percent\b)", after, re.I) or measure_after(after):
        return False  # "Harlow soars 14%" in a headline: an amount, whatever comes before
    previous = doc[span.start - 1].text
    if previous in _NUMBERED_PARTS and re.fullmatch(r"\d+(?:\.\d+)+", number.text):
        return True  # "Article 49.3 of the Constitution"
    if previous.capitalize() in _NUMBERED_TEXTS and re.fullmatch(r"\d+", number.text):
        return True  # "Section 230 protects platforms", "Article 5 obliges allies"
    if (
        number.text[:1].isupper()
        and number.text.isalpha()
        and doc[span.start - 1].is_title
        and doc[span.start - 1].pos_ in ("NOUN", "PROPN")
        and not doc[span.start - 1].is_sent_start
    ):
        return True  # "Level Four hospitals", "Phase Two"
    prev = doc[span.start - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev.lower_ in _NUMBERED_STEPS and number.text.isalpha():
        return True  # "Phase two will begin", "stage two starts", "level three curbs"
    if (
        prev.lower_ in _PART_NOUNS
        and prev.pos_ in ("NOUN", "PROPN")
        and number.text.isalpha()
        and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))
    ):
        return True  # "read from chapter nine", "track seven", "in round two on Sunday"
    counts_next = nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS"
    # "gives the MAS 71 of the 102 seats": a share of a counted total, not a name
    counts_next = counts_next or SHARE_OF_A_TOTAL.match(after) is not None
    if _VERSION.fullmatch(number.text) and not counts_next and _names_a_release(prev):
        return True  # "Firefox 3.6", "iOS 17.2", "version 9.3": a release, no amount
    signed = prev.lower_ in ("minus", "plus")  # "plus or minus 2 percent": a margin
    follows_noun = (prev.pos_ in ("NOUN", "PROPN") and not prev.is_punct and not signed) or (
        prev.text == "Local"  # "Local 113"
    )
    return follows_noun and not counts_next and bool(re.fullmatch(r"\d+", number.text))


def _opens_a_name(doc: Doc, number: NumberSpan) -> bool:
    """A number word with a capital inside a sentence of prose, before a capitalised word:
    the first word of a name ("their Six Nations campaign", "the Three Gorges Dam",
    "wrote Eleven Bridges"), no amount; not a headline's title case ("Police Arrest Three
    Men"), nor digits ("31 First Nations")."""
    if not (number.text.isalpha() and number.text[:1].isupper() and number.text[1:].islower()):
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    inside = before.is_alpha or before.text in (",", "(")  # no sentence opens after it
    if not (inside and after.is_title and after.is_alpha) or span[0].is_sent_start:
        return False
    return any(t.is_alpha and t.is_lower and len(t) > 3 for t in span.sent)


#: A share of a counted total after the number: "71 of the 102 seats", "3 of 5 votes".
SHARE_OF_A_TOTAL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d")


def _is_age_apposition(doc: Doc, number: NumberSpan) -> bool:
    """ "Smith, 24, said", "said Abara, 34.", "Mendez-Park, now 38,", "Jones (34)", "Raj
    and Meera Shah, both 71,": a bare number set off by commas or brackets after a name is
    an age."""
    text = doc_text(doc)
    before = _AGE_APPOSITION_BEFORE.search(text, max(0, number.start - 9), number.start)
    after = text[number.end : number.end + 1]
    if before is None or after not in (",", ")", ".", ";"):
        return False
    if ("(" in before[0]) != (after == ")") or not re.fullmatch(r"\d{1,3}", number.text):
        return False
    end = len(text[: before.start()].rstrip())  # "Doyl\u00a0, 31,": the name before a space
    before_name = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    if before_name is None or len(before_name) == 0:
        return False
    name = before_name[-1]
    # the model may tag a surname alone as a noun ("Farrand, 19, has scored"); "the
    # victim, 19," and "a girl, 9," give a person's age too
    return (
        name.pos_ == "PROPN"
        or (name.is_title and name.is_alpha and not name.is_stop)
        or name.lower_ in _PERSON_NOUNS
    )


#: The comma, and maybe "now", "aged", "both" or "each", between a name (or names) and
#: the age that follows it: "Raj Shah and Meera Shah, both 71,".
_AGE_APPOSITION_BEFORE = re.compile(r"(?:, (?:now |aged |both |each )?| \()$")
