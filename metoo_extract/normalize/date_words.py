"""Words and patterns of English date expressions: months, weekdays, counts, units."""

from __future__ import annotations

import calendar
import re

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "wed": 2, "thur": 3, "thurs": 3})

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {word: i for i, word in enumerate(_SMALL)}
NUMBER_WORDS.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "half a": 0.5})
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
PARTS_OF_DAY = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "overnight": "night",
    "lunchtime": "afternoon",
}
ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2}
ORDINAL_QUARTER.update({"3rd": 3, "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4})

_BELOW_HUNDRED = (
    r"(?:"
    + "|".join(sorted((*_SMALL, *_TENS), key=len, reverse=True))
    + r")(?:[- ](?:"
    + "|".join(_SMALL[1:10])
    + r"))?"
)
#: "one hundred and five", "a hundred", "two hundred twenty"
_HUNDREDS = (
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?"
)
#: A count in digits or words; only words take a unit word after them ("twenty-one",
#: "twenty one"): "120 three" is two numbers ("up from 120 three years ago").
NUMBER_PATTERN = (
    rf"(?:{_HUNDREDS}|\d+(?:\.\d+)?|(?:a couple of|a couple|half a|a|an|"
    + "|".join(sorted((*_SMALL, *_TENS), key=len, reverse=True))
    + r")(?:[- ](?:"
    + "|".join(_SMALL[1:10])
    + r"))?)"
)
UNIT_PATTERN = r"(?:day|week|fortnight|month|year|decade)s?"

# Expressions that name a span of time, an age or a recurrence, not a point in time.
NOT_A_DATE = [
    re.compile(p)
    for p in (
        r"-old\b|\byears? old\b|\baged?\b",  # ages: "14-year-old"
        r"\b(every|each|per|daily|weekly|monthly|yearly|annual|annually)\b",
        r"^\d+-(day|week|month|year|decade)s?\b",  # "11-year lull", "two-day visit"
        r"^the (past|last|previous|next|coming|following|first|final) "
        r"(?!(?:financial|fiscal) year$)(\w+ )?(few )?" + UNIT_PATTERN + "$",
        r"^(past|last|previous|next|coming|following|first|final) (?!(?:financial|fiscal) )"
        r"(\S+ )?(few|\S+) " + UNIT_PATTERN + "$",
        r"^(the )?(next|following|previous|prior) (day|morning|night|evening)$",
        r"^(recent|past|coming|those|these|some|many|several|few|the) "
        r"(days|weeks|months|years|decades)$",
        r"^(the )?(same|that|this) (day|time|period)$",
        r"^(the )?(year|day|month|week|night) (before|after|earlier|later)$",
        r"^(the )?(future|past|present|time|period|era|age|season)$",
    )
]
DURATION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|some|only|just|over|under|more than|"
    r"less than|fewer than|at least|up to|the|another|a further|an extra|for|within)\s+)*"
    r"(?:"
    + NUMBER_PATTERN
    + r"|several|few|many|a few)\s+(?:more\s+|working\s+|business\s+|full\s+)?"
    + UNIT_PATTERN
    + r"(?:\s+(?:and\s+)?(?:a\s+half|"
    + NUMBER_PATTERN
    + r"\s+"
    + UNIT_PATTERN
    + r"))?$"
)
BARE_UNITS = re.compile(r"^(?:days|weeks|months|years|decades|centuries|hours|minutes)$")

LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|from|between|during|of|before|after|as of|around|"
    r"about|circa|c\.|as early as|as late as|no later than|through|throughout)\s+)+"
)
BOUNDARY = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|"
    r"first half|second half|latter half|latter part|early part|"
    r"(?:first|last|final|past)\s+(?:[a-z]+|\d+)\s+(?:days|weeks|months))\s+of\s+)"
)
MODIFIER = re.compile(r"^(?:earlier|later|early|late|mid|mid-|the middle of)\s*-?\s*(?=\S)")


ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(.*))?")
IN_OFFSET = re.compile(r"in\s+" + NUMBER_PATTERN + r"\s+" + UNIT_PATTERN)


def number_value(word: str) -> float | None:
    word = word.strip().lower()
    try:
        return float(word)
    except ValueError:
        pass
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    hundreds = re.fullmatch(r"(\w+)\s+hundred(?:\s+(?:and\s+)?(.+))?", word)
    if hundreds and hundreds[1] in NUMBER_WORDS:
        rest = number_value(hundreds[2]) if hundreds[2] else 0
        return None if rest is None else 100 * NUMBER_WORDS[hundreds[1]] + rest
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


#: An era, as printed beside a year: "300 B.C.", "1200 BCE", "64 AD", "AD 800", "80 C.E.".
ERA = re.compile(r"B\.C\.(?:E\.)?|A\.D\.|C\.E\.|BCE?|AD|CE")
#: The eras written before a year as well as after it: "AD 800", "A.D. 64".
ERA_BEFORE_A_YEAR = re.compile(r"A\.D\.|AD")
#: The eras before the common one, whose years an ISO 8601 calendar date of the form this
#: project writes ("2017", "0300") cannot give: "300 B.C.", "1000 BCE".
BEFORE_COMMON_ERA = re.compile(r"B\.C\.(?:E\.)?|BCE?")
