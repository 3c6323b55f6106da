"""Read numbers written in news text: digits, scale words and suffixes, number words, fractions.

Pure functions, no spaCy. ``find_numbers`` scans a text for number expressions (one
span per expression, ranges joined); ``parse_number`` reads one expression.

Vague amounts ("millions of", "dozens of", "hundreds") take the lower bound of one
unit of the scale: "millions" is 1,000,000 and "dozens" is 12 (the gum-news gold
convention; "two dozen" would be the literal reading, but "dozens" is often said of
a handful more than twelve, so one dozen is the safe lower bound).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

ONES = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers written as words (lakh and crore: the Indian numbering system).
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
#: The scales wire copy abbreviates, set apart from the number and in lower case ("$300
#: mln", "4.2 bln euro", "2 bn euros"; Reuters and Bloomberg styles). A spaced "tn" is
#: left out: commodity copy writes tonnes so ("500,000 tn of wheat"); glued ("1.3tn") or
#: after money ("$1.2 tn", read by the quantity finder) it is a trillion.
WIRE_SCALES = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "trn": 1e12}
#: Scale words read only after a number: Indian headlines' "cr" ("Rs 1,270 cr"), the
#: typos copy keeps ("$720 milion") and the wire abbreviations.
TAIL_SCALES = SCALES | {"cr": 1e7, "milion": 1e6, "bilion": 1e9, "trilion": 1e12} | WIRE_SCALES
#: Multipliers glued to digits ("31.5m", "2bn", "1.3tn", "20k").
SUFFIXES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "billion": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "trillion": 1e12, "thousand": 1e3,
    "mil": 1e6, "bil": 1e9,  # Malaysian and Philippine copy: "RM10mil", "P1.2bil"
}  # fmt: skip
#: Ordinal words, which rank rather than count ("the second theft", "Second Symphony").
ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)
#: Fraction denominators ("two-thirds", "a quarter").
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8,
    "eighths": 1 / 8, "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
    "twelfth": 1 / 12, "twelfths": 1 / 12, "sixteenth": 1 / 16, "sixteenths": 1 / 16,
    "twentieth": 1 / 20, "twentieths": 1 / 20, "thirtieth": 1 / 30, "thirtieths": 1 / 30,
    "hundredth": 1 / 100, "hundredths": 1 / 100, "thousandth": 1 / 1000,
    "thousandths": 1 / 1000,
}  # fmt: skip
#: Vague plural amounts: value is one unit of the scale (the lower bound).
VAGUE = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12, "lakhs": 1e5, "crores": 1e7,
    "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
    "hundreds of millions": 1e8, "tens of billions": 1e10, "hundreds of billions": 1e11,
}  # fmt: skip

_WORDS = sorted([*ONES, *TENS, *SCALES, "dozen", "half"], key=len, reverse=True)
_WORD = r"(?:" + "|".join(_WORDS) + r")"
_FRAC = r"(?:" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")"
_SUFFIX = r"(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + r")"
#: Thousands set apart by a space, as South African, French and SI style print them
#: ("41 872", "R12 000", "3 450 000"); not a run of numbers ("021 555 1234").
_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
_SPACED_THOUSANDS = rf"[1-9]\d{{0,2}}(?:{_SPACE_GROUP}\d{{3}})+(?!\d|,\d|{_SPACE_GROUP}\d)"
#: A decimal comma, as South African and continental European copy print it before a scale
#: ("R2,6 billion", "R1,2-billion", "€2,6m"): a comma with one or two digits after it and
#: a scale word or suffix next cannot part thousands ("1,200 million" and "R2,600" can).
_SCALE_NEXT = r"(?=(?:[^\S\n]|-)?(?:million|billion|trillion)\b|(?:m|mn|mln|bn|tn)\b)"
_DECIMAL_COMMA = rf"\d{{1,3}},\d{{1,2}}{_SCALE_NEXT}"
_DECIMAL_COMMA_RE = re.compile(rf"(?<=\d),(?=\d{{1,2}}{_SCALE_NEXT})", re.IGNORECASE)
_DIGITS = (
    rf"(?:{_DECIMAL_COMMA}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    rf"|{_SPACED_THOUSANDS}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
)
# one number: digits with an optional glued suffix, or a run of number words, either
# followed by scale words ("7 million", "twenty-five thousand", "half a million")
_HEAD = (
    rf"(?:{_DIGITS}(?:(?![MG]?bps?\b|[kMG](?:Wh?|Hz)\b|[kMGT]?eV\b){_SUFFIX})?(?![\w.,]\d)"
    rf"|(?:a|an)[ -](?:{_FRAC}|dozen|hundred|thousand|million|billion|trillion|lakh|crore)"
    # "a hundred and ten": words after "a hundred" or "a thousand"
    rf"(?:(?:(?<=hundred)|(?<=thousand))(?:[ -]|\s+and\s+){_WORD}(?:[ -]{_WORD})*)?"
    rf"|{_WORD}(?:(?:[ -]|\s+and\s+){_WORD})*"
    rf"(?:[ -]{_FRAC})?)"
)
_SCALE_WORDS = "|".join(w for w in TAIL_SCALES if w not in WIRE_SCALES)
_WIRE_WORDS = "(?-i:" + "|".join(sorted(WIRE_SCALES, key=len, reverse=True)) + r")\b"
_AFTER_FRACTION = "|".join(f"(?<={f})" for f in FRACTIONS if f not in ("half", "halves"))
# scale words after the number, on its line ("2026\n\nHalf a million" is a year and a
# new amount); Canadian style hyphenates them ("C$2.6-billion")
_TAIL = (
    rf"(?:(?:[^\S\n]+and)?[^\S\n]+(?:a[^\S\n]+)?(?:half|{_SCALE_WORDS}|dozen)"
    rf"|[^\S\n]+{_WIRE_WORDS}"  # "$300 mln", "4.2 bln euro"
    rf"|-(?:{_SCALE_WORDS})\b"
    r"|-and-a-half\b"  # "two-and-a-half times"
    # "a quarter of a million", "three-quarters of a billion": a share of one scale
    rf"|(?:{_AFTER_FRACTION})[^\S\n]+of[^\S\n]+an?[^\S\n]+(?:million|billion|trillion)\b)*"
)
#: Currency abbreviations written glued to the digits ("R12 billion", "KSh5m", "Tk.150").
GLUED_PREFIXES = ("R", "Rs", "Rs.", "KSh", "Ksh", "KShs", "Kshs", "USh", "TSh", "Sh", "Tk", "Tk.")
GLUED_PREFIXES += ("RM", "Rp", "Rp.", "P", "N", "W", "SR", "Dh", "Dhs", "QR", "KD", "S/")
GLUED_PREFIXES += ("AED", "SAR", "QAR", "KWD", "BHD", "OMR", "USD", "EUR", "GBP", "INR")
_GLUED = "|".join(rf"(?<=(?-i:\b{re.escape(p)}))" for p in GLUED_PREFIXES)
#: A number starts after a glued currency, after no word character, or after a minus
#: sign standing on its own ("fell to -6C", "from -5 to 12"), unlike "COVID-19".
_START = (
    rf"(?:(?:{_GLUED})(?=\d)|(?<![\w.,:/-])|(?<=[\s(]-)(?=\d)|(?<=^-)(?=\d)"
    r"|(?<=%[-–])(?=\d))"  # "the 42%-43% range": the second per cent of a range
)
#: Measure units written glued to the digits ("300mm", "10km", "41.2C", "24,000TEU", "2.8x").
GLUED_UNITS = ("mm", "cm", "km", "kg", "mg", "ha", "mph", "kph", "kmh", "km/h", "ft", "lb", "nm")
GLUED_UNITS += ("lbs", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TEU", "GB", "TB", "MB", "C", "F")
GLUED_UNITS += ("W", "TWh", "GHz", "MHz", "kHz", "Hz", "mAh", "bhp", "Gbps", "Mbps")
GLUED_UNITS += ("eV", "keV", "MeV", "GeV", "TeV")  # particle energies ("13TeV")
GLUED_UNITS += ("x",)  # a multiple: "leverage of 2.8x"
GLUED_UNITS += ("pc",)  # per cent in British and Irish copy ("rose 3pc")
GLUED_UNITS += ("bp", "bps")  # basis points ("cut by 25bp"), not 25 billion
GLUED_UNITS += ("pp", "ppt", "ppts")  # percentage points ("fell 3pp")
GLUED_UNITS += ("p",)  # pence ("shares closed at 68.2p"), or a video's lines ("1080p")
GLUED_UNITS += ("sec", "secs", "pts")  # a race's margin ("by 0.04sec"), a tally ("64pts")
_GLUED_UNIT = "|".join(re.escape(u) for u in sorted(GLUED_UNITS, key=len, reverse=True))
_END = rf"(?:(?=(?-i:{_GLUED_UNIT})(?!\w))|(?![\w]|[:/]\d))"
_NUMBER = rf"{_START}(?:{_HEAD}{_TAIL}){_END}"
_ONE_DIGITS = rf"{_DIGITS}{_SUFFIX}?"
_RANGE_SCALE = (
    rf"(?:\s+(?:hundred|thousand|million|billion|trillion|lakhs?|lac|crores?|{_WIRE_WORDS}))?"
)
_DIGIT_RANGE = (
    rf"(?<![\w.,:/-])({_ONE_DIGITS})[^\S\n]?[-–—]\s?({_ONE_DIGITS}{_RANGE_SCALE})"
    # a unit may be glued to the high end: "100-150mm", "5-10kg"
    rf"(?:(?=(?-i:{_GLUED_UNIT})(?!\w))|(?![\w]|[-–—.,]\d))"
)
#: Vague amounts that stand alone for people when nothing follows ("Thousands marched").
VAGUE_ALONE = ("dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands")
VAGUE_ALONE += ("tens of millions", "hundreds of millions")
#: "hundreds of thousands" is one amount, not "hundreds" of the thing "thousands".
_OF_A_SCALE = r"(?!\s+of\s+(?:thousands|millions|billions)\b)"
_VAGUE = (
    r"(?<![\w-])(?:(?:"
    + "|".join(sorted(VAGUE, key=len, reverse=True))
    + rf")(?=\s+of\b){_OF_A_SCALE}|(?:"
    + "|".join(sorted(VAGUE_ALONE, key=len, reverse=True))
    + r")(?!\s+of\b)(?![\w-]))"
)
#: An unnamed few of a scale: "several thousand", "a few hundred", "a couple of million".
#: "a couple" is two; "a few" and "several" take one unit of the scale, the lower bound
#: that the vague plurals take.
_FEW = re.compile(
    r"(?<![\w-])(?:(?P<couple>a\s+couple\s+(?:of\s+)?)|several\s+|a\s+few\s+)"
    r"(?P<scale>hundred|thousand|million|billion|trillion)(?![\w-])",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
#: A whole number and a proper fraction of it: "2 1/2 hours", "11-3/4 cents", and the
#: grain-market price "$5.42-1/4" (a quarter of a cent more).
_MIXED_RE = re.compile(
    r"(?<![\w.,:/-])(?P<whole>\d+(?:\.\d+)?)(?:[^\S\n]|-)(?P<num>\d)/(?P<den>\d{1,2})"
    r"(?![\w/]|[.,]\d)"
)
_VAGUE_RE = re.compile(_VAGUE, re.IGNORECASE)
# phone numbers: "555-1234", "(202) 555-0143", "+44 20 7946 0958", "1-833-372-8311"
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ -]?|1-)?(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[ -]\d{3,4}){1,3}"
    r"(?![\w]|[.,]\d)"
)
_DIGIT_RANGE_RE = re.compile(_DIGIT_RANGE, re.IGNORECASE)
#: Odds written with hyphens: "a one-in-three chance", "a 1-in-4 risk" (a proportion).
_ODDS_RE = re.compile(
    rf"(?<![\w.,:/-])(\d{{1,3}}|{_WORD})-in-(\d{{1,3}}(?:,\d{{3}})*|{_WORD}(?:-{_WORD})?)(?![\w-])",
    re.IGNORECASE,
)
#: A dash that opens a line is a bullet, not a range's ("in 2019\n- 87 craters").
_RANGE_SEP = re.compile(r"[^\S\n]*(?:-|–|—)\s*|\s+(?:to|and|or)\s+", re.IGNORECASE)
_RATIO_SEP = re.compile(r"\s+(?:out\s+of|in)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\b(?:between|from)\s+)$", re.IGNORECASE)
#: A year named as the time of the amount before it: "from 12,480 in 2019 to 11,960"
#: (the year is no low end of a range reaching the next amount).
_YEAR_OF_AN_AMOUNT = re.compile(r"\b(?:in|since|during)\s+$", re.IGNORECASE)
_PLAIN_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: "by" before a change, which the level after "to" follows: "fell by 17,000 to 214,000".
_CHANGE_BY = re.compile(r"\bby\s+$", re.IGNORECASE)


class NumberSpan(NamedTuple):
    """A number expression found in a text; ``low``/``high`` set for ranges."""

    start: int
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    separator: str | None = None
    #: the words leave the amount open ("several thousand", "a few hundred")
    approximate: bool = False


def parse_number(text: str) -> float | None:
    """Read one number expression.

    Args:
        text: e.g. "37,000", "1.3tn", "7 million", "twenty-five", "half a million",
            "two-thirds", "a dozen", "30 lakh", "millions".

    Returns:
        The value (fractions as a proportion: "two-thirds" is 0.667), or None when the
        text is not a number.
    """
    text = re.sub(rf"(?<=\d){_SPACE_GROUP}(?=\d{{3}}\b)", "", text)  # "41 872"
    text = _DECIMAL_COMMA_RE.sub(".", text)  # "2,6 billion"
    words = re.findall(r"[\d.,]+[a-z]*|[a-z]+", text.lower().replace("-", " "))
    if not words:
        return None
    joined = " ".join(words)
    if joined in VAGUE:
        return float(VAGUE[joined])
    total = 0.0
    current: float | None = None
    fraction_pending = False  # "half" waiting for its scale ("half a million")
    scaled = 0.0  # the amount the last scale word made, while no digit follows it
    seen = False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in ("a", "an"):
            if current is None and not fraction_pending:
                current = 1.0
            continue
        if word == "and" or (word == "of" and i and words[i - 1] in FRACTIONS):
            continue  # "a quarter of a million": the share, then its scale
        digits = re.fullmatch(r"([\d,]*\.?\d+)([a-z]*)", word.replace(",", ""))
        if digits:
            number, suffix = digits.groups()
            if suffix and suffix not in SUFFIXES:
                return None
            current = (current or 0.0) + float(number) * SUFFIXES.get(suffix, 1)
        elif word in ONES or word in TENS:
            current = (current or 0.0) + ONES.get(word, TENS.get(word, 0))
        elif word == "half" and current is None:
            current, fraction_pending = 0.5, True
        elif word == "half":  # "one and a half", "two and a half million"
            current += 0.5
        elif (word in FRACTIONS and (nxt in SCALES or nxt == "dozen")) or word in FRACTIONS:
            current = (current or 1.0) * FRACTIONS[word]
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in TAIL_SCALES and current is None and scaled:
            # "2.5 lakh crore", "1 thousand crore": a scale of a scale multiplies
            total += scaled * (TAIL_SCALES[word] - 1)
            scaled *= TAIL_SCALES[word]
        elif word in SCALES or (word in TAIL_SCALES and seen):
            scaled = (current or 1.0) * TAIL_SCALES[word]
            total += scaled
            current = None
            fraction_pending = False
        else:
            return None
        seen = True
    if not seen:
        return None
    # to 12 significant digits: "4.1 billion" is 4100000000, not 4099999999.9999995
    return float(f"{total + (current or 0.0):.12g}")


#: The scale word or suffix that ends a number ("12 million", "7bn").
_SCALE_AT_END = re.compile(r"\d\s*([a-z]+)$", re.IGNORECASE)


def _low_of_range(low_text: str, low: float, high_text: str, high: float) -> float:
    """The low end of a range whose scale only its high end writes: "10 to 12 million" is
    10 million, "$5-7bn" 5 billion, and a fall's first level as well: "from 12 to 9.5
    million" is 12 million; "500 to 2 million" keeps 500 (ten times past the other end)."""
    factor = end_scale(high_text)
    if factor is None or end_scale(low_text) is not None:
        return low  # no scale after the high end, or one of the low end's own
    return low * factor if low * factor < high * 10 else low


def end_scale(text: str) -> float | None:
    """The multiplier of the scale word or suffix ending a number ("12 million", "$7bn"),
    or None."""
    match = _SCALE_AT_END.search(text.strip())
    word = (match[1] if match else text.split()[-1] if text.split() else "").lower()
    return TAIL_SCALES.get(word) or SUFFIXES.get(word)


def _word_fraction(span: NumberSpan) -> bool:
    """A share written in words: "a fifth", "two-thirds", "half"."""
    return span.value < 1 and not re.search(r"\d", span.text)


def _join_ranges(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Join "10 to 12", "10-12", "between 10 and 12", "one or two" into one span."""
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        if i + 1 < len(spans) and not span.vague:
            nxt = spans[i + 1]
            between = text[span.end : nxt.start]
            if _RATIO_SEP.fullmatch(between) and 0 < span.value < nxt.value and nxt.value <= 100:
                # "four out of five", "one in three": a proportion
                ratio = span.value / nxt.value
                out.append(NumberSpan(span.start, nxt.end, text[span.start : nxt.end], ratio))
                i += 2
                continue
            sep = _RANGE_SEP.fullmatch(text[span.end : nxt.start])
            opened = _RANGE_OPEN.search(text[max(0, span.start - 9) : span.start])
            word = sep.group(0).strip().lower() if sep else ""
            low = -span.value if below_zero(text, span.start) else span.value
            ok = sep is not None and (word != "and" or opened) and low < nxt.value
            if word in ("-", "–", "—") and span.text[0].isdigit() != nxt.text[0].isdigit():
                ok = False
            if _word_fraction(span) != _word_fraction(nxt):
                ok = False  # "fell by a fifth to 2,196": a share, then a level
            if ok and not _ends_of_a_range(text, span, nxt):
                ok = False
            if ok:
                low = _low_of_range(span.text, span.value, nxt.text, nxt.value)
                out.append(
                    NumberSpan(
                        span.start,
                        nxt.end,
                        text[span.start : nxt.end],
                        low,
                        low,
                        nxt.value,
                        False,
                        word,
                    )
                )
                i += 2
                continue
        out.append(span)
        i += 1
    return out


def _ends_of_a_range(text: str, low: NumberSpan, high: NumberSpan) -> bool:
    """``low`` and ``high``, joined by "to" or a dash, may be one range's ends: not a year
    that dates the amount before it ("from 12,480 students in 2019 to 11,960") nor a
    change by a small amount to a level ten times or more its size ("fell by 17,000 to
    214,000"; "cut by 10 to 20 percent" is a range)."""
    before = text[max(0, low.start - 8) : low.start]
    if _PLAIN_YEAR.fullmatch(low.text) and _YEAR_OF_AN_AMOUNT.search(before):
        return False
    return not (_CHANGE_BY.search(before) and high.value > 10 * low.value)


#: A sign that makes the number after it negative: "minus 2", "−5", "-6C" (not "plus or
#: minus 2", a margin).
_BELOW_ZERO = re.compile(r"(?:(?<!\bor\s)\bminus\s+|−|(?:^|(?<=[\s(]))-)$", re.IGNORECASE)


def below_zero(text: str, start: int) -> str:
    """The minus sign written just before ``text[start:]``, or "" when there is none."""
    m = _BELOW_ZERO.search(text, max(0, start - 9), start)
    return m.group(0) if m else ""


def _is_phone(text: str) -> bool:
    """Digit groups read as a phone number: "+44 ...", "(202) ...", "555-0143", 3+ groups."""
    groups = re.findall(r"\d+", text)
    if sum(len(g) for g in groups) < 7:
        return False
    return text.startswith(("+", "(")) or len(groups) >= 3 or [len(g) for g in groups] == [3, 4]


#: A number word that cannot follow another without a scale between: "two six" (in "two
#: six-foot guards") is two numbers, as "twenty six" is not.
_UNIT_WORDS = ONES.keys() | TENS.keys()


def _joins(word: str, after: str) -> bool:
    """``after`` continues the number ``word`` ends: a digit after a ten ("twenty-five"),
    or anything but another units or tens word."""
    if after not in _UNIT_WORDS or word not in _UNIT_WORDS:
        return True
    return word in TENS and 0 < ONES.get(after, 0) < 10


def _word_numbers(text: str, match: re.Match[str]) -> list[tuple[int, int]]:
    """The numbers a match of number words holds, as (start, end): one, unless two number
    words meet that no number joins ("Two six-foot guards", "two twelve-hour shifts": two,
    then six), where the rest is read again as numbers of its own."""
    words = [w for w in re.finditer(r"[A-Za-z]+", match.group(0)) if w.group(0).lower() != "and"]
    for word, after in pairwise(words):
        if not _joins(word.group(0).lower(), after.group(0).lower()):
            rest = _NUMBER_RE.match(text, match.start() + after.start())
            cut = (match.start(), match.start() + word.end())
            return [cut, *(_word_numbers(text, rest) if rest else [])]
    return [match.span()]


def find_numbers(text: str) -> list[NumberSpan]:
    """Find every number expression in ``text`` (ranges joined, vague plurals included).

    Args:
        text: any text.

    Returns:
        Spans in text order with their values; "10 to 12" is one span with low 10 and
        high 12 and value 10; "four out of five" is a proportion (0.8). Ordinals
        ("21st", "first"), phone numbers and digits glued to letters ("G7", "COVID-19")
        are not numbers.
    """
    spans: list[NumberSpan] = []
    phones = [(m.start(), m.end()) for m in _PHONE_RE.finditer(text) if _is_phone(m.group(0))]
    for m in _VAGUE_RE.finditer(text):
        value = parse_number(m.group(0))
        if value is not None:
            spans.append(NumberSpan(m.start(), m.end(), m.group(0), value, vague=True))
    for m in _FEW.finditer(text):
        value = SCALES[m["scale"].lower()] * (2 if m["couple"] else 1)
        spans.append(NumberSpan(m.start(), m.end(), m.group(0), value, approximate=True))
    for m in _MIXED_RE.finditer(text):
        num, den = int(m["num"]), int(m["den"])
        if 0 < num < den and den in (2, 3, 4, 5, 8, 16, 32, 64):
            whole = m["whole"]
            # in "$5.42-1/4" the fraction is of the last decimal place
            unit = 10.0 ** -len(whole.partition(".")[2])
            value = float(f"{float(whole) + unit * num / den:.12g}")
            spans.append(NumberSpan(m.start(), m.end(), m.group(0), value))
    for m in _ODDS_RE.finditer(text):
        chances, of = parse_number(m.group(1)), parse_number(m.group(2))
        if chances is not None and of and 0 < chances < of:
            spans.append(NumberSpan(m.start(), m.end(), m.group(0), chances / of))
    for m in _DIGIT_RANGE_RE.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        if low is not None and high is not None:
            sep = text[m.end(1) : m.start(2)].strip()
            low = _low_of_range(m.group(1), low, m.group(2), high)
            spans.append(NumberSpan(m.start(), m.end(), m.group(0), low, low, high, False, sep))
    taken = [(s.start, s.end) for s in spans] + phones
    spans = [s for s in spans if not any(a < s.end and s.start < b for a, b in phones)]
    for m in _NUMBER_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        for start, end in _word_numbers(text, m):
            raw = text[start:end]
            value = parse_number(raw)
            if value is None or raw.lower() in SCALES:
                continue  # a scale word alone ("SR12 billion" read without its digits)
            spans.append(NumberSpan(start, end, raw, value))
    spans.sort()
    return _join_ranges(text, spans)
