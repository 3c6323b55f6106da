"""Candidate date spans: the model's DATE/TIME entities, split and trimmed, plus patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc

from ..extensions import doc_text
from ..normalize.clock import zone_offsets
from ..normalize.dates import NUMBER_PATTERN, UNIT_PATTERN
from ..normalize.holidays import holiday_rules
from ..normalize.zones import long_zone_names

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
_WEEKDAY_NAMES = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
]


def _capitalised(words: list[str]) -> str:
    forms = {w for word in words for w in (word, word.upper())}
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b\.?"


MONTH = _capitalised(_MONTH_NAMES)
#: Full month names only, for a month standing alone.
FULL_MONTH = _capitalised(_MONTH_NAMES[:12])
WEEKDAY = _capitalised(_WEEKDAY_NAMES)
#: Full weekday names only, for a weekday standing alone ("The Sun" is a newspaper).
FULL_WEEKDAY = _capitalised(_WEEKDAY_NAMES[:7])
#: Horizontal white space: a date never runs across a line break.
H = r"[^\S\r\n]"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
YEAR = r"(?:1[6-9]\d\d|2[01]\d\d)\b"
_ZONES = "|".join(
    [re.escape(name).replace(r"\ ", H + "+") for name in long_zone_names()]
    + sorted((key for key in zone_offsets() if " " not in key), key=len, reverse=True)
)
ZONE = rf"(?:\(?(?:(?:UTC|GMT){H}?[+-]\d{{1,2}}(?::?\d\d)?|{_ZONES})\b\)?)"
#: "am", "a.m." ("am." ends a sentence: its period is the sentence's)
MERIDIEM = rf"[AaPp](?:\.{H}?[Mm]\b\.?|{H}?[Mm]\b)"
CLOCK_CORE = rf"(?:\d{{1,2}}[:.]\d\d(?:{H}*{MERIDIEM})?|\d{{1,2}}{H}*{MERIDIEM})(?:{H}*{ZONE})?"
CLOCK = rf"(?:(?:at{H}+)?{CLOCK_CORE})"
PART = r"(?:morning|afternoon|evening|night)"
#: Holiday names, any case but capitalised first ("Christmas", "Good Friday").
HOLIDAY = (
    r"(?=[A-Z])(?i:"
    + "|".join(
        re.escape(name).replace("'", "['’]").replace("\\ ", rf"{H}+")
        for name in sorted(holiday_rules(), key=len, reverse=True)
    )
    + r")\b"
)
#: What parts a weekday from its date: a comma or a space, or a header line's field
#: separator ("Published: Tuesday | March 10, 2026 | 12:08 AM").
_FIELD = rf"(?:,?{H}+|{H}*[|•·]{H}*)"
_TAIL = rf"(?:(?:,?{H}+|{H}*[-–—/|•·]{H}*){CLOCK})?"

#: Nouns of a period's reported figures, or of the figures forecast for it: "Q3 results",
#: "Q1 net profit", "Q4 guidance".
REPORTED_NOUN = (
    r"(?:results?|earnings|sales|profits?|revenues?|income|loss(?:es)?|figures|numbers"
    r"|growth|GDP|deliveries|shipments|margins?|turnover|EBITDA|EPS|guidance|forecasts?"
    r"|outlook|targets?|estimates?|expectations|projections)"
)

#: No determiner before: "the last Saturday", "his next Sunday column" rank a day or a thing.
_NOT_OWNED = (
    "".join(
        rf"(?<!\b{word} )"
        for word in ("the", "The", "his", "her", "its", "our", "their", "my", "your")
    )
    + r"(?<!['’]s )"
)

#: Calendar patterns the small model misses or mis-splits (datelines, glued header
#: lines, "Wednesday (2 March)", numeric and ISO dates).
PATTERNS = [
    re.compile(p)
    for p in (
        # the weekday may follow the year, as Nexis prints it: "July 21, 2026 Tuesday 1:48 PM GMT"
        rf"\b(?=[A-Z])(?:{WEEKDAY}{_FIELD})?{MONTH}{H}+{DAY}(?:,?{H}+{YEAR}(?:{H}+{FULL_WEEKDAY})?)?"
        rf"{_TAIL}",
        rf"\b(?=[A-Zt\d])(?:{WEEKDAY}{_FIELD})?(?:the{H}+)?{DAY}(?:{H}+of)?{H}+{MONTH}"
        rf"(?:,?{H}+{YEAR})?{_TAIL}",
        rf"{WEEKDAY}{H}*\({H}*(?:{DAY}{H}+{MONTH}|{MONTH}{H}+{DAY}){H}*\)",
        rf"(?<![\d-])\d{{1,2}}-{MONTH}-{YEAR}{_TAIL}",  # "06-Mar-2026, 06:10 GMT"
        # a clock time before its day: "at 3.40am on Monday", "at 0340 GMT on Monday",
        # "at 3:40 a.m. local time on Monday" (the model tags only the colon form whole)
        # "at 0900 GMT on March 12", "at 7.45pm on Saturday 28 February", "at noon ET on Saturday"
        rf"(?:(?<![\d:.])(?=\d)(?:{CLOCK_CORE}|\d{{4}}{H}+(?:GMT|UTC))|\b(?:noon|midnight){H}+{ZONE})"
        rf"(?:{H}+local{H}+time)?(?:{H}*\({H}*\d{{1,2}}:?\d\d{H}+(?:GMT|UTC){H}*\))?"
        rf"{H}+(?:on{H}+)?(?:{FULL_WEEKDAY}(?:{H}+{PART})?(?!,?{H}+{DAY}{H}+{MONTH})|"
        rf"(?:{WEEKDAY},?{H}+)?(?:{MONTH}{H}+{DAY}|{DAY}{H}+{MONTH})(?:,?{H}+{YEAR})?"
        rf"|the{H}+{ORDINAL_DAY}(?!{H}+of\b))",
        # clock first, as some headers print it: "5:31 PM ET, Mon October 16, 2017",
        # "9:14 AM PDT · June 9, 2025"
        rf"(?<![\d:.])(?=\d){CLOCK_CORE}(?:,?{H}+|{H}*[-–/|•·]{H}*)(?:{WEEKDAY},?{H}+)?"
        rf"(?:{MONTH}{H}+{DAY}|{DAY}{H}+{MONTH}),?{H}+{YEAR}",
        rf"{MONTH}(?:{H}+of)?,?{H}+{YEAR}",
        # a season and its year the model leaves untagged: "Summer 2024", "the fall of 2019"
        rf"\b(?:Spring|Summer|Autumn|Fall|Winter|SPRING|SUMMER|AUTUMN|FALL|WINTER){H}+{YEAR}"
        rf"|\b(?:the{H}+)?(?i:spring|summer|autumn|fall|winter){H}+of{H}+{YEAR}",
        # a year cut to its last two digits after an apostrophe: "March '25", "in '89"
        rf"(?:\b{MONTH}{H}+|(?<=\bin{H})|(?<=\bsince{H})|(?<=\bof{H}))['’]\d\d\b(?![-–/.,]?\d)",
        rf"{MONTH}(?:{H}+of)?{H}+(?i:(?:last|this|next){H}+year)\b",  # "March last year"
        r"\b\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b"
        rf"(?:{H}+{CLOCK_CORE})?",  # "2026-08-27 15:20 KST"
        rf"(?<![\d/])[0-3]?\d/[0-3]?\d/(?:\d{{4}}|\d{{2}})\b(?!/){_TAIL}",
        rf"(?<![\d/])(?:19|20)\d\d/[01]?\d/[0-3]?\d\b(?!/){_TAIL}",  # "2026/10/07 16:40 JST"
        rf"\b{WEEKDAY}{H}+[0-3]?\d/[01]?\d\b(?![/\d])",  # fixture lists: "Sat 23/01"
        rf"(?<![\d.])(?=\d)[0-3]?\d\.[01]?\d\.{YEAR}(?!\.\d){_TAIL}",
        rf"\b{FULL_WEEKDAY},?{H}+(?:of{H}+)?(?i:last|this|next){H}+week\b",  # "Wednesday last week"
        rf"\b{FULL_WEEKDAY}(?:{H}+{PART})?(?:{_TAIL})",
        rf"(?i:\b(?:today|tonight|yesterday|tomorrow)\b(?:{H}+" + PART + r")?)",
        rf"(?i:\blast{H}+night\b)",  # the model often leaves it untagged
        rf"\b(?:(?i:last|next|this){H}+)?{HOLIDAY}(?:,?{H}+{YEAR})?",
        # the bank holidays, in lower case in British copy: "over the spring bank holiday"
        rf"(?i:\b(?:early{H}+may|may|spring|summer|august){H}+bank{H}+holiday\b)",
        # a part of a year: "the first nine months of 2025", "the past six weeks of last year"
        rf"(?i:\bthe{H}+(?:first|last|final|past){H}+(?:[a-z]+|\d+){H}+(?:days|weeks|months)"
        rf"{H}+of{H}+(?:(?:last|this|next){H}+year\b|(?-i:{YEAR})))",
        rf"(?i:\bin{H}+{NUMBER_PATTERN}{H}+{UNIT_PATTERN}\b)",
        rf"(?i:\b(?:last|this|next){H}+(?:week|weekend|month|year|summer|winter|spring|autumn|season)\b)",
        rf"(?i:\bthis{H}+{PART}\b)",
        rf"\b(?i:last|this|next){H}+{MONTH}(?!\.?{H}+\d)",  # "last December"
        rf"(?i:\b(?:the{H}+)?(?:current|this|last|past|next|previous|coming){H}+(?:financial|fiscal)"
        rf"(?:{H}+year)?\b)",
        rf"(?i:\b(?:the{H}+)?previous{H}+){FULL_WEEKDAY}",
        # "last Saturday" the model leaves untagged after a name ("lost at Hull last
        # Saturday"), or tags with the name ("Sheffield Wednesday next Saturday"); not "the
        # last Saturday of the month" or "her last Sunday column"
        rf"{_NOT_OWNED}\b(?i:(?:this{H}+)?(?:last|next|past|coming)|this){H}+{FULL_WEEKDAY}"
        rf"(?!{H}+of\b)",
        rf"(?i:\b(?:earlier|later|early|late){H}+in{H}+the{H}+(?:day|week|month|year)\b)",
        rf"\b{FULL_WEEKDAY}{H}+week\b(?!['’])",  # "Sunday week": a week after the coming Sunday
        # "the Friday before last", "the week after next"
        rf"\b(?i:the){H}+(?:{FULL_WEEKDAY}|(?i:week|weekend|month|year)){H}+"
        rf"(?i:before{H}+last|after{H}+next)\b",
        rf"(?i:\bthe{H}+(?:spring|summer|autumn|winter)\b)(?!{H}+of\b)",
        rf"(?i:\bthis{H}+time{H}+(?:last|next){H}+year\b)",
        # quarters: "the December quarter", "the last quarter of last year"
        rf"\bthe{H}+(?:March|June|September|December){H}+quarter\b",
        rf"(?i:\bthe{H}+(?:first|second|third|fourth|last){H}+quarter{H}+of{H}+"
        rf"(?:(?:last|this|next){H}+year|\d{{4}})\b)",
        # a calendar quarter as analysts write it: "4Q26", "3Q 2025", "Q1'25"
        rf"\b(?:Q[1-4]|[1-4]Q)(?:{H}*['’]|{H}+(?={YEAR})|)(?:{YEAR}|\d\d\b)(?![-–/.,]?\d)",
        rf"\bthe{H}+(?:January|April|July|October)[-–](?:March|June|September|December)"
        rf"{H}+quarter\b",
        # a quarter without its year, as a period reported on: "Q3 results", "Q4
        # guidance", "1Q net profit", "sales rose in Q4" (the finder reads it in its clause)
        rf"\b(?:Q[1-4]|[1-4]Q)(?=(?:,?{H}+(?:and|or|to){H}+Q[1-4])?"
        rf"{H}+(?:[a-z]+(?:-[a-z]+)?{H}+){{0,2}}"
        rf"{REPORTED_NOUN}\b)",
        rf"(?:(?<=\bin{H})|(?<=\bfor{H})|(?<=\bduring{H})|(?<=\bthrough{H})|(?<=\bsince{H})"
        rf"|(?<=\bby{H})|(?<=\bof{H})|(?<=\bQ[1-4]{H}and{H})|(?<=\bQ[1-4]{H}to{H}))"
        rf"Q[1-4]\b(?![-–/.,]?\d|{H}*['’]?\d|{H}+(?:FY|[Ff]iscal|of)\b)",
        # a day range in one month: "22 to 25 May", "May 22-25" (the start day counts)
        rf"\b{DAY}{H}*(?:-|–|to){H}*{DAY}{H}+{MONTH}(?:{H}+{YEAR})?",
        # a fiscal, academic or sports year: "2024-25", "FY 2024-25", "fiscal 2025", "FY25"
        rf"\b(?:(?:[Ff]iscal|FY){H}*(?:year{H}+)?)?{YEAR}[-–/]\d\d\b(?![-–/.,]\d)",
        rf"\b(?:[Ff]iscal(?:{H}+year)?{H}+|FY{H}?'?)(?:{YEAR}|\d\d\b)",
        # a run of years: "the 2019-2023 plan", "from 2012–2016"
        rf"\b{YEAR}[-–]{YEAR}(?![-–/.,]\d)",
        # a half of a year: "H1 2025", "1H25"
        rf"\b(?:H[12]|[12]H){H}?'?(?:{YEAR}|\d\d)\b(?![-–/.,]\d)",
        # a bare year after a preposition of time the model leaves untagged: "by 2100"
        rf"(?:(?<=\bby{H})|(?<=\bin{H})|(?<=\buntil{H})|(?<=\bsince{H})|(?<=\bbefore{H})"
        rf"|(?<=\bafter{H})){YEAR}(?![^\S\n]*(?:[a-z%°]|[-–]\d))",
        # ... or bounded by "at least": "extended through at least 2030", "until at least 2028"
        rf"(?:(?<=\bthrough at least )|(?<=\buntil at least )|(?<=\bto at least )"
        rf"|(?<=\binto at least )|(?<=\btill at least )){YEAR}(?![^\S\n]*(?:[a-z%°]|[-–]\d))",
        # a week of a month: "the third week of January", "the last week of October 2026",
        # "the first weekend of August"
        rf"\b(?i:the){H}+(?i:first|second|third|fourth|last|final){H}+(?i:week(?:end)?){H}+of{H}+{MONTH}"
        rf"(?:,?{H}+{YEAR})?",
        # a weekday of a month by its rank: "the last Saturday of May", "the third Thursday in
        # November 2025", "the first Monday of next month", "the 2nd Tuesday of each month"
        rf"(?:\b(?i:the){H}+(?i:last|final)|\b(?:(?i:the){H}+)?(?i:first|second|third|fourth|fifth"
        rf"|[1-5](?:st|nd|rd|th))){H}+{FULL_WEEKDAY}{H}+(?:of|in){H}+"
        rf"(?:(?i:the|this|next|last|each|every){H}+month\b|{MONTH}(?:,?{H}+{YEAR})?)",
        # a day of the month alone after a preposition of time: "on the 14th" (the finder
        # drops "on the 14th floor")
        rf"(?:(?<=\bon{H})|(?<=\bby{H})|(?<=\buntil{H})|(?<=\bsince{H}))the{H}+{ORDINAL_DAY}"
        rf"(?:{H}+of{H}+(?i:this|last|next|the){H}+month\b|(?!{H}+of\b))",
        # a year whose levels a figure is measured against: "30% below 2019 levels"
        rf"(?:(?<=\bbelow{H})|(?<=\babove{H})|(?<=\bof{H})|(?<=\bthan{H})|(?<=\bto{H})"
        rf"|(?<=\bpre-)|(?<=\bnear{H})){YEAR}(?={H}+levels\b)",
        # a bare year that a "when" clause describes: "behind only 2023, when fires burned"
        rf"(?<![\d.,$£€]){YEAR}(?=,?{H}+when\b)",
        # a quarter as an adjective: "third-quarter operating profit"
        r"(?i:\b(?:first|second|third|fourth)-quarter\b)",
        # a year as an adjective after a determiner: "a 2023 inspection", "its 2025 report"
        rf"(?:(?<=\b[Aa]{H})|(?<=\b[Tt]he{H})|(?<=\bits{H})|(?<=\btheir{H})|(?<=\bhis{H})"
        rf"|(?<=\bher{H})|(?<=\bour{H})|(?<='s{H})|(?<=’s{H}))(?:19|20)\d\d(?={H}+[a-z]+\b)",
        # a month alone after a preposition of time that the model leaves untagged or
        # swallows in a name: "a meeting with the ministry since June", "until at least
        # mid-July" (not "in May's cabinet" nor "since June 3")
        rf"(?:(?<=\bsince{H})|(?<=\buntil{H})|(?<=\btill{H})|(?<=\bbefore{H})|(?<=\bafter{H})"
        rf"|(?<=\bleast{H})|(?<=\bin{H}))(?:(?:early|mid|late)-?{H}?)?{FULL_MONTH}"
        rf"(?!['’]|{H}*\d|{H}+[A-Z])",
        # the first month of a range the model leaves out: "between January and September"
        rf"(?:(?<=\bbetween{H})|(?<=\bfrom{H})){MONTH}(?={H}+(?:and|to|until|through){H}+{MONTH})",
        # the second year of a range the model leaves out: "from 2017 to 2022"
        rf"(?:(?<=\bfrom \d{{4}} to )|(?<=\bfrom \d{{4}} until )"
        rf"|(?<=\bbetween \d{{4}} and )){YEAR}",
    )
]

#: Where one entity holds several expressions: "November 20 to December 11",
#: "Waitangi Day - February 6 - this year", "Monday and Tuesday", "the year ended March",
#: or runs into the next clause: "next Tuesday if June" ("... if June pay is late").
_SEPARATOR = re.compile(
    r"\s+(?:to|through|until|till|and|or|ended|ending|if|unless|because|but|while|-)\s+"
    r"|\s*[–—]\s*|\s*\(\s*(?=\D)|\s*\n\s*"
)
_COUNT_OF_UNITS = re.compile(r"\S+ (?:day|week|fortnight|month|year|decade)s?", re.I)
_LEADING_PREPOSITION = re.compile(r"(?:between|from|since|until|till|through|during)\s+", re.I)
_EDGE_JUNK = " \t\n\r,;:.!?\"'()[]"
_SHORT_YEAR = re.compile(r"['’]\d\d")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_JUNK and not _SHORT_YEAR.fullmatch(text, start, end):
        start += 1  # not the apostrophe of a year: "'89"
    preposition = _LEADING_PREPOSITION.match(text, start, end)
    if preposition:
        start = preposition.end()
    while (
        end > start
        and text[end - 1] in _EDGE_JUNK
        and not re.search(r"[ap]\.?m\.$", text[max(start, end - 5) : end], re.I)
    ):
        end -= 1
    if text[start:end].lower().endswith(("'s", "’s")):
        return start, end  # "Today's": the scorer and readers keep the possessive
    return start, end


def entity_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans from the model's DATE and TIME entities.

    A determiner the model left out joins ("This" + "year's"); an entity holding a
    range or a list splits at its separators. Each entity is offered alone and, when
    only a comma, "at" or "on" separates it from the next, joined with it too
    ("Thursday" + "afternoon", "Oct 16, 2017" + "05:31 PM IST"): the finder keeps the
    longest reading that parses.
    """
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and before.lower_ in ("this", "last", "next", "in")
            and (before.lower_ != "in" or _COUNT_OF_UNITS.fullmatch(ent.text.strip()))
        ):
            start = before.idx
        spans.append((start, end))
    groups = list(spans)
    for (start, end), (next_start, next_end) in pairwise(spans):
        if re.fullmatch(r"[^\S\n]*,?[^\S\n]*(?:at|on)?[^\S\n]*", text[end:next_start]):
            groups.append((start, next_end))
    for start, end in groups:
        piece_start = start
        for sep in _SEPARATOR.finditer(text, start, end):
            yield _trim(text, piece_start, sep.start())
            piece_start = sep.end()
        yield _trim(text, piece_start, end)


#: "two days ago", "a week from now", "two weeks from Friday": found from their last word
#: backwards, since a pattern opening with every number word is slow to scan an article with.
_AGO = re.compile(
    rf"(?i)\b(?:ago|from{H}+(?:now|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
)
#: The count may not be the tail of a number with separators: "15,000 years ago" is no
#: "000 years ago".
_COUNTED_BEFORE = re.compile(rf"(?i)(?<!\d[,.])\b{NUMBER_PATTERN}{H}+{UNIT_PATTERN}{H}+$")


def pattern_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of calendar patterns found by regular expression."""
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            yield _trim(text, match.start(), match.end())
    for ago in _AGO.finditer(text):
        counted = _COUNTED_BEFORE.search(text, max(0, ago.start() - 40), ago.start())
        if counted:
            yield counted.start(), ago.end()


#: A part of day that a date after "of" dates: "the night of 3 May", "the morning of June 4".
_PART_OF = re.compile(rf"(?i)\bthe{H}+(?:night|morning|afternoon|evening){H}+of{H}+$")


def with_part_of_day(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans, and each of them with the part of day it dates ("the night of 3 May
    2025"), which is read first as the longer."""
    extended = set(spans)
    for start, end in spans:
        part = _PART_OF.search(text, max(0, start - 24), start)
        if part:
            extended.add((part.start(), end))
    return extended


def candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """All candidate spans, longest first (ties: earliest), without duplicates."""
    text = doc_text(doc)
    spans = {s for s in (*entity_spans(doc), *pattern_spans(text)) if s[1] > s[0]}
    return sorted(with_part_of_day(text, spans), key=lambda s: (s[0] - s[1], s[0]))
