"""Find date expressions in a parsed Doc and normalise them against the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc._.metoo_*)
from ..extensions import doc_text
from ..normalize.country_holidays import country_holiday, holiday_pattern, may_name_a_holiday
from ..normalize.date_math import iso_day, nearest
from ..normalize.date_words import BEFORE_COMMON_ERA
from ..normalize.dates import BARE_DAY, FUTURE, PAST, PRESENT, DateValue, normalize_date
from ..normalize.name_lexicons import known_organisations, organisation_words, sports_clubs
from ..normalize.numbers import ORDINAL_WORDS
from ..normalize.relative_dates import fiscal_year, fiscal_year_start
from .article_locale import Locale, article_locale
from .date_context import (
    anaphors,
    anchored_periods,
    calendar_seasons,
    holiday_weekends,
    quoted_deictics,
    southern_seasons,
)
from .date_spans import REPORTED_NOUN, candidate_spans
from .exclusions import CLOCK_AFTER, NAMING_NOUNS, counts_a_plural, in_numbered_name
from .teams import sports_article
from .tense import governing_verb, tense_of
from .tokens import dates_a_year
from .types import DateMatch, EntityCluster, Found

#: How photo captions open (news sites and wire feeds): "Photo: ...", "Image: ...".
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Words before a weekday that make it a day ("on Wednesday", "last Wednesday").
_DAY_OPENERS = frozenset(
    {"on", "last", "next", "this", "by", "until", "till", "since", "from", "every", "each"}
    | {"before", "after", "late", "early", "through", "that", "a", "the", "of", "and", "or"}
)
#: Nouns of an event a weekday's possessive dates ("Wednesday's match was postponed").
_DAY_EVENTS = frozenset(
    {"match", "game", "fixture", "tie", "clash", "derby", "final", "meeting", "vote"}
    | {"hearing", "session", "talks", "announcement", "statement", "edition", "episode"}
    | {"race", "kick", "draw", "result", "results", "deadline", "strike", "protest", "rally"}
)


def _weekday_club(doc: Doc, span: Span) -> bool:
    """A bare weekday standing for a club named after one that the article names
    ("Sheffield Wednesday ... Wednesday's fans", "Wednesday played in the top flight"):
    inside the name, or as a possessive or a subject with no word of time before it."""
    if len(span) != 1 or span.text not in _WEEKDAYS:
        return False
    text = doc_text(doc)
    clubs = [n for n in sports_clubs() if n.endswith(" " + span.text) and n in text]
    if not clubs:
        return False
    word = span[0]
    if any(text.startswith(n, word.idx + len(span.text) - len(n)) for n in clubs):
        return True  # the last word of the club's own name
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ in _DAY_OPENERS:
        return False
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.tag_ == "POS":
        owned = next((t for t in doc[after.i + 1 : after.i + 4] if t.pos_ == "NOUN"), None)
        return owned is None or owned.lower_ not in _DAY_EVENTS
    verb = word.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # the parse may take the club for the verb's time: "last season Wednesday played"
    subjectless = word.dep_ == "npadvmod" and verb.i == word.i + 1
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "last season" taken for the subject is the time of the act
    subjectless = subjectless and all(c.ent_type_ == "DATE" for c in subjects)
    return word.dep_ in ("nsubj", "nsubjpass") or subjectless


#: Words of time before a weekday that date it even where a name the model found starts
#: with it ("said on Monday Apple would ...").
_DATING_WORDS = frozenset(
    {"on", "last", "next", "this", "by", "until", "till", "since", "from", "before", "after"}
)


def _weekday_in_a_name(doc: Doc, span: Span) -> bool:
    """A bare weekday inside the name of an organisation or a work the article names
    ("for The Sunday Review", "spoke to the Monday Club"), no day; not one opening such
    a name after a word of time ("on Monday Apple said"), which the parse glued on."""
    if len(span) != 1 or span.text not in _WEEKDAYS:
        return False
    names = [
        (m.start, m.end)
        for c in doc._.metoo_entities or []
        if c.kind == "organisation"
        for m in c.mentions
    ]
    names += [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "WORK_OF_ART"]
    start, end = span.start_char, span.end_char
    holders = [(a, b) for a, b in names if a <= start and end <= b and b - a > end - start]
    if not holders:
        return _heads_a_name(doc, span)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in _DATING_WORDS or all(a < start for a, _ in holders)


def _heads_a_name(doc: Doc, span: Span) -> bool:
    """A weekday after "the" that opens a run of capitalised words ending in an
    organisation's head noun ("the Monday Club", "the Sunday Evening Post"), where the
    model read the weekday alone as a date; not after a word of time ("on the Monday")."""
    word = span[0]
    if word.i == 0 or doc[word.i - 1].lower_ != "the":
        return False
    if word.i > 1 and doc[word.i - 2].lower_ in _DATING_WORDS:
        return False  # "on the Monday Council staff walked out": a day
    for token in doc[word.i + 1 : word.i + 4]:
        if not token.is_title:
            return False
        if token.lower_ in organisation_words():
            return True
    return False


#: "the previous February", "the preceding March": a month before one the story tells
#: of, not the one nearest the publication ("the previous Friday" reads as last Friday).
_PREVIOUS = re.compile(r"(?i)\b(?:previous|preceding)\s+$")
_PREVIOUS_IN = re.compile(r"\b(?i:previous|preceding)\s+[A-Z]")
_CAPTION = re.compile(
    r"(?:(?:photo|image|picture)\s+caption|photo|image|picture|pictured|caption|file photo)"
    r"\b\s*[:|-]",
    re.I,
)


#: A photo credit that closes a caption's line: "... on Friday. (Photo: Ann Lee / The
#: Star)", "... in Dublin. Photograph: Dara Keogh/The Irish Times", "[Picture by J. Roe]".
_CREDIT_CLOSING = re.compile(
    r"(?:[.!?][^\S\n]+[(\[]?|[(\[])(?:photo(?:graph)?|picture|image|file photo)s?"
    r"(?:[^\S\n]*[:|]|[^\S\n]+by\b)[^\n]{2,60}?[)\]]?[^\S\n]*$",
    re.I | re.M,
)


def _in_caption(text: str, offset: int, sentence_start: int) -> bool:
    """Whether the line holding ``offset`` is a photo caption: it, or the sentence holding
    the offset, opens with a caption's label ("Photo caption: ..."), or a photo credit
    closes the line after the date."""
    line_start = text.rfind("\n", 0, offset) + 1
    if _CAPTION.match(text, line_start) or _CAPTION.match(text, sentence_start):
        return True
    line_end = text.find("\n", offset)
    credit = _CREDIT_CLOSING.search(text, offset, len(text) if line_end < 0 else line_end)
    return credit is not None


def _looks_ahead(span: Span, tense: str | None) -> bool:
    """ "in three days" is a date when its clause looks ahead: a future verb, a present
    one for a schedule ("In four days the doors open"), or a future auxiliary anywhere
    in the sentence when the parse hangs the phrase on a participle ("will begin sending
    letters in three days"); "built in three days" and what one "can build in 18 months"
    (an ability) are durations."""
    verb = governing_verb(span)
    if verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in verb.children
    ):
        return False
    if tense == PRESENT and verb is not None and _amount_over_time(verb):
        return False
    if tense in (FUTURE, PRESENT):
        return True
    return tense is None and any(t.lower_ in ("will", "'ll", "shall") for t in span.sent)


#: Verbs of an amount gained or spent: in the present, "in a decade" after them is the
#: time the amount builds up over ("what the leaks cost in a decade", "a nurse earns in a
#: year"), no date ahead.
_AMOUNT_VERBS = frozenset(
    {"cost", "earn", "spend", "lose", "save", "make", "pay", "burn", "waste", "use", "consume"}
)


def _amount_over_time(verb: Token) -> bool:
    """A present verb whose "in a decade" measures out an amount: one of ``_AMOUNT_VERBS``,
    or a free relative's ("what they produce in a year")."""
    return verb.lemma_.lower() in _AMOUNT_VERBS or any(
        c.tag_ == "WP" and c.dep_ in ("dobj", "nsubj") for c in verb.children
    )


#: Prepositions of time whose object is an event: "before the final", "after the vote".
_EVENT_TIME = ("before", "after", "until", "till")
#: Nouns of an event on a calendar (beside named ones: "the Spanish Grand Prix").
_EVENT_NOUNS = {
    "race", "match", "game", "final", "derby", "fixture", "vote", "election", "poll",
    "referendum", "hearing", "trial", "summit", "meeting", "launch", "ceremony", "deadline",
    "tournament", "congress", "conference", "opening", "debate", "talks",
}  # fmt: skip


def _dates_an_event(span: Span) -> bool:
    """ "in two weeks" right after the event a preposition of time names ("before the
    Spanish Grand Prix in two weeks", "ahead of the vote in ten days"): when the event
    comes, whatever the clause's tense; an act's length hangs on its verb instead ("built
    the stadium in two years")."""
    if span.start == 0:
        return False
    event = span.doc[span.start - 1]
    preposition = event.head
    named = event.pos_ == "PROPN" and event.ent_type_ not in ("DATE", "TIME")
    if event.dep_ != "pobj" or not (named or event.lemma_.lower() in _EVENT_NOUNS):
        return False  # "before winter in two months": no event
    ahead_of = preposition.lower_ == "of" and preposition.i > 0
    ahead_of = ahead_of and span.doc[preposition.i - 1].lower_ == "ahead"
    return preposition.lower_ in _EVENT_TIME or ahead_of


def _ranks_within(span: Span) -> bool:
    """ "the second theft in four months", "the highest level in five years": after an
    ordinal or a superlative in its clause, "in" opens the period ranked over, a length
    of time."""
    sentence_start = span.sent.start
    return any(
        t.lower_ in ORDINAL_WORDS or t.tag_ in ("JJS", "RBS")
        for t in span.doc[max(sentence_start, span.start - 12) : span.start]
    )


#: A day named for an appointment: a weekday, or a month and day ("Oct. 26", "26 October"),
#: perhaps after its hour ("11 am on Wednesday").
_APPOINTED = re.compile(
    r"(?i)(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s+\d{4})"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!,?\s+\d{4}))"
)


def _possessive(span: Span) -> bool:
    """ "for Monday's attack": the weekday owns a noun, it is no appointment."""
    text = span.text
    return text.endswith(("'s", "’s")) or (
        span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"
    )


def _appointment_tense(span: Span, tense: str | None, article: str, start: int) -> str | None:
    """PAST after "since"; FUTURE for a deadline after "by" in a clause of no or present
    tense ("I want it done by Sunday night") and for a day booked "for" ("tickets sold
    for Monday", "by-elections set for Oct. 26"); else the verb's own tense."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "since":
        return PAST  # "warned three times since March": a start that lies behind
    if tense in (None, PRESENT) and before == "by":
        return FUTURE
    if before == "for" and _APPOINTED.match(article, start) and not _possessive(span):
        return FUTURE
    return tense


_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*")
_RANGE_OPENER = re.compile(r"(?:between|from)\s+$", re.I)


def _ordered_ranges(article: str, found: list[DateMatch]) -> list[DateMatch]:
    """A range runs forward: in "between January and September" or "from March to May
    last year" a yearless opening month takes the latest year that does not put it
    after the month that closes the range."""
    out = list(found)
    for k, (first, second) in enumerate(pairwise(found)):
        if not (
            first.granularity == "month"
            and first.relative
            and second.granularity in ("month", "day")
            and first.value
            and second.value
            and _RANGE_JOIN.fullmatch(article, first.end, second.start)
            and _RANGE_OPENER.search(article, max(0, first.start - 12), first.start)
        ):
            continue
        year, month = int(first.value[:4]), int(first.value[5:7])
        end_year, end_month = int(second.value[:4]), int(second.value[5:7])
        year = end_year if month <= end_month else end_year - 1
        out[k] = first._replace(value=f"{year:04d}-{month:02d}")
    return out


def _ordered_day_ranges(article: str, found: list[DateMatch]) -> list[DateMatch]:
    """A range between two weekdays runs forward within a week: in "from 6pm on Saturday
    until midday Sunday" or "between Friday and Monday" the opening weekday is the last
    one on or before the closing day, whatever tense each end was read in."""
    out = list(found)
    for k, (first, second) in enumerate(pairwise(found)):
        if not (
            first.granularity in ("day", "minute")
            and second.granularity in ("day", "minute")
            and first.relative
            and first.value
            and second.value
            and _WEEKDAY_NAME.search(first.text)
            and _WEEKDAY_NAME.search(second.text)  # not "from Monday until 12 June"
            and _RANGE_JOIN.fullmatch(article, first.end, second.start)
            and _RANGE_OPENER.search(article, max(0, first.start - 12), first.start)
        ):
            continue
        opening, closing = (
            date.fromisoformat(first.value[:10]),
            date.fromisoformat(second.value[:10]),
        )
        if 0 <= (closing - opening).days < 7:
            continue
        shifted = closing - timedelta(days=(closing.weekday() - opening.weekday()) % 7)
        out[k] = first._replace(value=iso_day(shifted) + first.value[10:])
    return out


def _without_dated_names(
    clusters: list[EntityCluster], matches: list[DateMatch]
) -> list[EntityCluster]:
    """The clusters without the people and organisations named only inside date spans."""
    dated = [(m.start, m.end) for m in matches if m.value]

    def in_a_date(found: Found) -> bool:
        return any(start <= found.start and found.end <= end for start, end in dated)

    return [
        c
        for c in clusters
        if c.kind not in ("person", "organisation") or not all(map(in_a_date, c.mentions))
    ]


_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _ordered_weekdays(article: str, found: list[DateMatch]) -> list[DateMatch]:
    """Weekdays listed together run forward: in "next Tuesday and Thursday" the Thursday
    is the one after that Tuesday, not the one before it."""
    out = list(found)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if not (
            first.granularity == second.granularity == "day"
            and first.value
            and second.value
            and second.relative
            and _WEEKDAY_NAME.fullmatch(second.text)
            and _LIST_JOIN.fullmatch(article, first.end, second.start)
            and second.value[:10] < first.value[:10]
        ):
            continue
        later = date.fromisoformat(second.value[:10]) + timedelta(days=7)
        out[k] = second._replace(value=iso_day(later) + second.value[10:])
    return out


_LISTED_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: Days listed before the one that carries the month: "2 and" in "2 and 3 March",
#: "9, 10 and" in "9, 10 and 11 March".
_DAYS_BEFORE = re.compile(rf"(?<![\w.,$£€-])((?:{_LISTED_DAY},\s*)*{_LISTED_DAY}),?\s+and\s+$")
#: Days listed after the one that carries the month: "and 3" in "March 2 and 3".
_DAYS_AFTER = re.compile(
    rf"^((?:,\s*{_LISTED_DAY})*,?\s+and\s+{_LISTED_DAY})(?![\w%:/-]|[.,]\d|\s+[A-Za-z%$£€])"
)
_DAY_FIRST = re.compile(rf"{_LISTED_DAY}\s+[A-Z]")
_MONTH_FIRST = re.compile(rf"[A-Z][a-z]+\.?\s+{_LISTED_DAY}")


def _listed_days(article: str, found: list[DateMatch], taken: bytearray) -> list[DateMatch]:
    """The days of a list that share the month of its first or last day: "2" in "2 and
    3 March", "3" in "March 2 and 3", "13th" in "the 12th and 13th" (each its own date,
    in that month and year)."""
    out = list(found)
    for match in found:
        if match.granularity != "day" or not match.value:
            continue
        if _DAY_FIRST.match(match.text):
            listed = _DAYS_BEFORE.search(article, max(0, match.start - 40), match.start)
            offset = listed.start(1) if listed else 0
        elif _MONTH_FIRST.fullmatch(match.text) or BARE_DAY.fullmatch(match.text.lower()):
            listed = _DAYS_AFTER.match(article[match.end : match.end + 40])
            offset = match.end + listed.start(1) if listed else 0
        else:
            continue
        if listed is None:
            continue
        for day in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)?", listed[1]):
            start, end = offset + day.start(), offset + day.end()
            if any(taken[start:end]):
                continue
            try:
                value = iso_day(date.fromisoformat(f"{match.value[:8]}{int(day[1]):02d}"))
            except ValueError:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append(DateMatch(start, end, day[0], value, "day", match.relative))
    return sorted(out)


@Language.factory(
    "metoo_dates",
    default_config={},
    assigns=["doc._.metoo_dates", "doc._.metoo_entities"],
    requires=["doc.ents", "token.dep", "token.tag"],
)
def make_finder(nlp: Language, name: str) -> Finder:
    """spaCy factory for :class:`Finder`."""
    return Finder()


def _country_holidays(doc: Doc, locale: Locale | None, taken: bytearray) -> list[DateMatch]:
    """Holidays of the article's country whose day varies between countries ("Labour
    Day" in Canada, "Freedom Day" in South Africa), each the nearest such day in the
    tense of its clause; a year printed after the name fixes the year."""
    reference = doc._.metoo_published
    if locale is None or reference is None or not may_name_a_holiday(doc_text(doc)):
        return []
    ref = reference.date() if isinstance(reference, datetime) else reference
    pattern = holiday_pattern(locale.country, ref.year)
    if pattern is None:
        return []
    article = doc_text(doc)
    found = []
    for match in pattern.finditer(article):
        start, end = match.span()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(taken[start:end]):
            continue
        year = re.match(r",?\s+(\d{4})\b", article[end : end + 7])
        if year:
            day = country_holiday(match.group(), locale.country, int(year[1]))
            end += year.end()
        else:
            days = [
                country_holiday(match.group(), locale.country, ref.year + k) for k in (-1, 0, 1)
            ]
            tense = _appointment_tense(span, tense_of(span), article, start)
            day = nearest([d for d in days if d], ref, tense) if any(days) else None
        if day is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(DateMatch(start, end, article[start:end], iso_day(day), "day", not year))
    return found


def _local_fiscal_year(
    text: str, reference: date | datetime | None, locale: Locale | None
) -> DateValue | None:
    """ "the current financial year", "next fiscal" in an article of a country whose
    financial year does not open in April ("this financial year" in an Australian article
    of May 2026 is the one opened in July 2025)."""
    first_month = fiscal_year_start(locale.country) if locale is not None else 4
    if first_month == 4 or reference is None:
        return None
    ref = reference.date() if isinstance(reference, datetime) else reference
    reading = fiscal_year(re.sub(r"\s+", " ", text.lower()), ref, first_month)
    return DateValue(*reading) if reading else None


#: "every" or "each" before a day: a day that recurs ("the board meets each Friday").
_RECURRING = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
#: A weekday of every month: "the first Tuesday of each month" is a rule, no one day; the
#: finder claims it so that its weekday is not read alone.
_EVERY_MONTH = re.compile(r"\s(?:of|in)\s+(?:every|each)\s+month$", re.IGNORECASE)
#: A year that opens an asteroid's provisional designation ("2024 YR4", "1999 AN10"), or
#: the number of a star in a catalogue before its planet's letter ("GJ 1214 b", "LHS 2093 b"):
#: names, no years.
_DESIGNATION_AFTER = re.compile(r"[^\S\n]+(?!FY|CY|EV)[A-Z]{2}\d{1,3}\b")
_CATALOGUE_BEFORE = re.compile(r"\b[A-Z]{2,5}[^\S\n]+$")
_PLANET_AFTER = re.compile(r"[^\S\n]+[b-h]\b")


def _designation(article: str, start: int, end: int) -> bool:
    """A four-digit number that is part of an astronomical designation."""
    if not re.fullmatch(r"\d{4}", article[start:end]):
        return False
    if _DESIGNATION_AFTER.match(article, end):
        return True
    return bool(
        _CATALOGUE_BEFORE.search(article, max(0, start - 8), start)
        and _PLANET_AFTER.match(article, end)
    )


#: A currency sign or code right before a number: "$14.20 on Monday" is a price, no clock.
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:USD|EUR|GBP|AUD|CAD|NZD|JPY|CHF|CNY|HKD|SGD|INR))\s?$")

#: A quarter or half named alone, which in a sports report is a period of play.
_PERIOD_OF_PLAY = re.compile(
    r"(?:\A|\s)(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)"
    r"|Q[1-4])\Z",
    re.IGNORECASE,
)


#: A quarter named without its year: "Q3", "third-quarter", "the third quarter".
_BARE_PERIOD = re.compile(
    r"(?i)(?:the\s+)?(?:q[1-4]|[1-4]q|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)"
)
#: The figures a period's name goes before ("Q3 results", "third-quarter net profit").
_REPORTED_AFTER = re.compile(rf"[^\S\n]+(?:[a-z]+(?:-[a-z]+)?[^\S\n]+){{0,2}}({REPORTED_NOUN})\b")
#: Figures forecast for a period, which lies ahead of the forecast ("raised its Q4 guidance").
_FORECAST_NOUNS = re.compile(
    r"guidance|forecasts?|outlook|targets?|estimates?|expectations|projections"
)
#: Verbs that measure results against a forecast: the period has been reported ("beats Q3
#: forecasts", "missed its third-quarter target").
_MEASURED_AGAINST = {
    "beat",
    "miss",
    "top",
    "exceed",
    "surpass",
    "meet",
    "trail",
    "lag",
    "undershoot",
}
#: Verbs of looking ahead to figures ("expects Q2 sales of $1bn").
_EXPECTING_FIGURES = {
    "expect",
    "forecast",
    "predict",
    "project",
    "see",
    "anticipate",
    "target",
    "guide",
}


def _reported_period_tense(span: Span, article: str, tense: str | None) -> str | None:
    """The tense a quarter without its year is read in when figures for it follow:
    a forecast for it lies ahead unless results are measured against it ("lowered its Q4
    guidance"; "beats Q3 forecasts"); figures named in the present have been reported
    ("Q3 sales rise", "beats Q3 forecasts as sales jump"), unless expected ("expects Q2
    sales of $1bn")."""
    after = _REPORTED_AFTER.match(article, span.end_char)
    if after is None:
        return tense
    verb = governing_verb(span)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if _FORECAST_NOUNS.fullmatch(after[1]):
        return PAST if lemma in _MEASURED_AGAINST else FUTURE
    if tense in (None, PRESENT):
        return FUTURE if lemma in _EXPECTING_FIGURES else PAST
    return tense


#: What a period "of" which is no year's: "Q3 of the match" (not "Q3 of 2025", "of last year").
_OF_NO_YEAR = re.compile(r"\s+of\s+(?!\d|FY|fiscal|last|this|next)", re.IGNORECASE)


def _no_period(span: Span) -> bool:
    """ "Q3" as the model of a named make after a determiner ("the Audi Q3 sales figures",
    "its Audi Q5") or in a known product's name ("Audi Q3 sales rose", data/products.tsv),
    or as a part of something else ("in Q3 of the match"), no period."""
    if not re.fullmatch(r"Q[1-4]", span.text):
        return False
    article = doc_text(span.doc)
    if _OF_NO_YEAR.match(article, span.end_char) or in_numbered_name(
        article, span.start_char, span.end_char
    ):
        return True
    if span.start < 2:
        return False
    make, determiner = span.doc[span.start - 1], span.doc[span.start - 2]
    return make.is_title and determiner.tag_ in ("DT", "PRP$", "POS")


#: Prepositions before "the 14th" that make it a day of the month ("on the 14th").
_BEFORE_A_BARE_DAY = {"on", "by", "until", "till", "since", "from", "before", "after", "through"}
_BARE_DAY_END = re.compile(BARE_DAY.pattern + r"$", re.IGNORECASE)


_ORDINAL_OR_JOIN = re.compile(r"\d{1,2}(?:st|nd|rd|th)|and|or|to|-|–", re.IGNORECASE)


def _before_common_era(span: Span) -> bool:
    """The year is dated before the common era ("1000 BC", "1200 BCE"), which the ISO
    dates written here ("2017", "0300") cannot give."""
    era = span.end
    return (
        era < len(span.doc)
        and BEFORE_COMMON_ERA.fullmatch(span.doc[era].text) is not None
        and dates_a_year(span.doc, era, era + 1)
    )


def _bare_ordinal(span: Span) -> bool:
    """An ordinal that counts something, where "the 14th" alone would name a day of the
    month: the day needs a preposition of time before it and no noun after it or after
    the ordinals joined to it ("the 14th floor", "the 14th and 15th holes")."""
    match = _BARE_DAY_END.search(span.text)
    if match is None:
        return False
    doc = span.doc
    the = doc.char_span(span.start_char + match.start(), span.end_char, alignment_mode="expand")
    if the is None:
        return True
    before = doc[the.start - 1].lower_ if the.start > 0 else ""
    k = the.end
    while k < len(doc) and _ORDINAL_OR_JOIN.fullmatch(doc[k].text):
        k += 1
    after = doc[k] if k < len(doc) else None
    return before not in _BEFORE_A_BARE_DAY or (
        after is not None
        and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.lower_ == "of")
    )


def _numbers_a_name(span: Span) -> bool:
    """A bare number after a capitalised noun that names one of its kind by number
    ("Members of Local 1518", "Flight 1549", "Highway 1776"): a name, no year; not at
    a sentence's start, where "Post 1945" may open a time."""
    if span.start == 0 or not re.fullmatch(r"\d{3,4}", span.text):
        return False
    noun = span.doc[span.start - 1]
    return noun.is_title and noun.lower_ in NAMING_NOUNS and not noun.is_sent_start


#: The era before Christ after a century: "the fifth century BC" counts years backwards.
_ERA_AFTER = re.compile(r"\s*(?:BCE?\b|B\.C\.(?:E\.)?)")


def _century_not_named(span: Span, article: str, end: int) -> bool:
    """A century that describes a thing rather than naming a time: the adjective ("a 19th
    century house", "17th-century"), or one before Christ ("the fifth century BC")."""
    if _ERA_AFTER.match(article, end) or article[end : end + 1] == "-":
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.is_lower


#: A clock time the wires write in four digits ("0415 GMT", "2132 GMT Sunday").
_WIRE_CLOCK = re.compile(r"[01]\d[0-5]\d|2[0-3][0-5]\d")


class Finder:
    """Date expressions: model entities and calendar patterns, read with the verb's tense."""

    def find(self, doc: Doc) -> list[DateMatch]:
        """Every date expression in ``doc``, in text order, none overlapping another.

        The holidays of the article's country come first (its own "Labour Day" or
        "Thanksgiving" over the one in ``data/holidays.tsv``). Candidates that are not
        dates (durations, ages, times alone) drop out; of overlapping readable candidates
        the longest wins.
        """
        reference: date | datetime | None = doc._.metoo_published
        article = doc_text(doc)
        taken = bytearray(len(article))
        found: list[DateMatch] = _country_holidays(doc, doc._.metoo_locale, taken)
        named = [
            (m.start, m.end)
            for c in doc._.metoo_entities or []
            if c.kind == "organisation"
            for m in c.mentions
            if m.text in known_organisations()
        ]
        for start, end in candidate_spans(doc):
            if any(taken[start:end]):
                continue
            if any(a <= start and end <= b and b - a > end - start for a, b in named):
                continue  # "The Sunday Times", "Mail on Sunday": a known name holds the day
            if _RECURRING.search(article, max(0, start - 6), start):
                continue  # "held every Saturday": no one day
            if _EVERY_MONTH.search(article, start, end):
                taken[start:end] = b"\x01" * (end - start)
                continue
            if article[start : start + 1].isdigit() and _MONEY_BEFORE.search(
                article, max(0, start - 4), start
            ):
                continue  # "fell to A$3.41 on Friday": a price, not 3:41
            if _designation(article, start, end):
                continue  # "asteroid 2024 YR4", "the planet GJ 1214 b"
            if _PERIOD_OF_PLAY.search(" " + article[start:end]) and sports_article(doc):
                continue  # "pulled away in the fourth quarter": a period of the game
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if (
                counts_a_plural(span)
                or _bare_ordinal(span)
                or _numbers_a_name(span)
                or _no_period(span)
            ):
                continue
            if _before_common_era(span):
                continue  # "in 1000 BC": a year before the common era, no date written here
            if _weekday_club(doc, span):
                continue  # "Wednesday's fans" where the article names Sheffield Wednesday
            if _weekday_in_a_name(doc, span):
                continue  # "The Sunday Review", "the Monday Club": a name holds the day
            tense = _appointment_tense(span, tense_of(span), article, start)
            if _BARE_PERIOD.fullmatch(article, start, end):
                tense = _reported_period_tense(span, article, tense)
            if tense in (None, PRESENT) and _in_caption(article, start, span.sent.start_char):
                tense = PAST  # captions describe the pictured moment, in the present or verbless
            elif tense == PRESENT and start < doc._.metoo_header_end:
                tense = None  # a headline's present tells what happened or is to come: the nearest
            text = article[start:end]
            if _WIRE_CLOCK.fullmatch(text) and CLOCK_AFTER.match(article[end : end + 12]):
                continue  # "at 1800 GMT": the wires' clock time, not the year 1800
            if (
                text[:3].lower() == "in "
                and (not _looks_ahead(span, tense) or _ranks_within(span))
                and not _dates_an_event(span)
            ):
                continue  # "in two years" is a duration unless it looks ahead
            reading = _local_fiscal_year(text, reference, doc._.metoo_locale) or normalize_date(
                text, reference, tense, doc._.metoo_day_first
            )
            if reading is None:
                continue
            if reading[1] == "century" and _century_not_named(span, article, end):
                continue
            previous = _PREVIOUS.search(article, max(0, start - 16), start) or _PREVIOUS_IN.search(
                text
            )
            if previous and reading[1] == "month" and not re.search(r"\d", text):
                reading = (None, *reading[1:])  # "the previous February": before a time untold
            taken[start:end] = b"\x01" * (end - start)
            found.append(DateMatch(start, end, text, *reading))
        found = southern_seasons(doc, calendar_seasons(doc, sorted(found)))
        found = holiday_weekends(article, found)
        found = anchored_periods(doc, found)
        for match in found:
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        found = _ordered_weekdays(article, sorted(found + anaphors(doc, found, taken)))
        found = quoted_deictics(doc, found)
        found = _ordered_day_ranges(article, _ordered_ranges(article, found))
        return _listed_days(article, found, taken)

    def set_annotations(self, doc: Doc, matches: list[DateMatch]) -> None:
        """Store the matches on ``doc._.metoo_dates``, and drop the people and
        organisations every mention of which is a date found here ("Marine Day", a
        holiday the model took for a person)."""
        doc._.metoo_dates = matches
        if doc._.metoo_entities:
            doc._.metoo_entities = _without_dated_names(doc._.metoo_entities, matches)

    def __call__(self, doc: Doc) -> Doc:
        doc._.metoo_locale = article_locale(
            doc_text(doc),
            doc._.metoo_header_end,
            doc._.metoo_entities or [],
            doc._.metoo_dateline,
            doc._.metoo_published,
        )
        self.set_annotations(doc, self.find(doc))
        return doc
