"""Date readings that lean on the rest of the article: a length of time counted from the
date the paragraph named last ("a year earlier"), the season of a sport whose season
is the calendar year ("this season" at Wimbledon), a holiday's weekend, a season or
month anchored on the story's date ("the following summer") and a quotation's "tomorrow"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.date_math import iso_day, iso_week
from ..normalize.relative_dates import (
    ANAPHOR,
    anchored_value,
    read_anaphor,
    season_year,
    shift_value,
)
from .tense import governing_verb
from .types import DateMatch

#: An anaphoric length of time where it stands alone ("up 4% from a year earlier.",
#: "the previous year"), not before the event it counts from ("a year before the coup").
_ANAPHOR = re.compile(r"(?<![\w-])(?:" + ANAPHOR.pattern + ")", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"(?i)\b(?:from|on|than|over|with|versus|vs\.?)\s+$")
#: A figure an anaphor is compared with, between them: "from £356mn a year earlier",
#: "from $2.76 billion a year earlier".
_COMPARED_FIGURE = re.compile(
    r"(?i)\b(?:from|than|with|versus|vs\.?)\s+\S*\d[^\s,;]*(?:\s+[a-z]+){0,2}\s+$"
)
#: What names a date the story compares with, no period it reports: "from $39.6 million
#: in the first quarter of 2025"; and the end of a period named just before ("the first
#: quarter ended March 31").
_COMPARED_PERIOD = re.compile(
    r"(?i)\bfrom\s+\S*\d[^\s,;]*(?:\s+[a-z]+){0,2}\s+(?:in|during|for)\s+$"
)
_PERIOD_END = re.compile(r"(?i)\b(?:ended|ending)\s+$")
#: What may follow an anaphor that stands alone; not "than", which makes it a delay or an
#: advance on a plan ("a year later than planned"), a length of time.
_STANDS_ALONE = re.compile(r"\s*(?:[,.;:!?)\"'”]|$)|\s+(?:and|but|when|while|as)\b")


def anaphors(doc: Doc, found: list[DateMatch], taken: bytearray) -> list[DateMatch]:
    """ "a year earlier", "two days later", "the previous year": counted from the date the
    paragraph named last before it (the day, month or quarter a year before keeps its
    granularity: "January ... a year earlier" is January of the year before; "the
    following year" names a year, unless a figure is compared with it). With no
    such date, a year before that a figure is compared with ("up 4% from a year
    earlier", "from $2.8 billion a year earlier") is counted from the publication date."""
    article = doc_text(doc)
    reference = doc._.metoo_published
    header_end = doc._.metoo_header_end
    out = []
    for match in _ANAPHOR.finditer(article):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        if (match["dir"] or match["dir2"]) and not _STANDS_ALONE.match(article, end):
            continue
        reading = read_anaphor(match.group())
        if reading is None:
            continue
        n, unit = reading
        antecedent = _reported_period(article, found, start, header_end)
        if antecedent is not None:
            value = shift_value(antecedent.value, antecedent.granularity, n, unit)
            named = match["unit2"] or match["unit3"]
            if (
                value is not None
                and unit == "year"
                and named
                and not _COMPARED_WITH.search(article, max(0, start - 14), start)
            ):
                # "the following year" names a year ("March 2019 ... the following year" is
                # 2020); compared with ("up 4% on the previous year") it is the same period
                value = (value[0][:4], "year", True)
        elif (
            unit == "year"
            and n < 0
            and reference is not None
            and (
                _COMPARED_WITH.search(article, max(0, start - 14), start)
                or _COMPARED_FIGURE.search(article, max(0, start - 40), start)
            )
        ):
            value = (f"{reference.year + n:04d}", "year", True)
        else:
            value = None
        if value is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(DateMatch(start, end, article[start:end], *value))
    return out


def _reported_period(
    article: str, found: list[DateMatch], start: int, header_end: int
) -> DateMatch | None:
    """The date an anaphor at ``start`` counts from: the last one its paragraph named,
    passing over the period a figure is compared with ("from $39.6 million in the first
    quarter of 2025") and the end day of a period named just before it ("the first
    quarter ended March 31, 2026")."""
    paragraph = article.rfind("\n\n", 0, start)
    dated = [
        m for m in found if m.end <= start and m.start >= max(paragraph, header_end) and m.value
    ]
    for k in range(len(dated) - 1, -1, -1):
        m = dated[k]
        if _COMPARED_PERIOD.search(article, max(0, m.start - 40), m.start):
            continue
        ending = _PERIOD_END.search(article, max(0, m.start - 8), m.start)
        if ending and k > 0 and ending.start() - dated[k - 1].end <= 2:
            continue
        return m
    return None


_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
#: A season, a month or the year a date the story told anchors: "the following summer",
#: "the next March", "that winter", "that year" ("the following year" is an anaphor).
_ANCHORED = re.compile(
    r"(?i)\b(?:the\s+(?P<dir>following|next|previous|preceding|prior)\s+"
    rf"(?P<what>spring|summer|autumn|fall|winter|{_MONTH_WORDS})"
    rf"|(?P<that>that)\s+(?P<what2>spring|summer|autumn|fall|winter|year|{_MONTH_WORDS}))\b"
    r"(?![^\S\n]*(?:['’]|[-–]?\d))"
)
#: The dates an anchored period counts from: one that names a calendar period.
_ANCHORS = ("minute", "day", "week", "month", "quarter", "year")


def _demonstrative(doc: Doc, start: int, end: int) -> bool:
    """ "That" opening ``doc``'s text from ``start`` to ``end`` points at the noun after it:
    its determiner ("left that September"), or a "that" the parse took for a clause's
    opening where no verb of saying comes before and a punctuation mark after ("resigned
    that September, claiming ..."; not "said that March sales rose")."""
    span = doc.char_span(start, end)
    if span is None:
        return False
    that = span[0]
    if that.dep_ == "det":
        return that.head.i < span.end
    before = doc[that.i - 1] if that.i > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        that.dep_ == "mark"
        and before is not None
        and before.pos_ == "VERB"
        and before.lemma_.lower() not in lex.speech_verbs()
        and (after is None or after.is_punct)
    )


def _antecedent(article: str, found: list[DateMatch], start: int, header_end: int):
    """The date the paragraph named last before ``start``."""
    paragraph = article.rfind("\n\n", 0, start)
    return next(
        (
            m
            for m in reversed(found)
            if m.end <= start and m.start >= max(paragraph, header_end) and m.value
        ),
        None,
    )


def anchored_periods(doc: Doc, found: list[DateMatch]) -> list[DateMatch]:
    """ "vanished the following summer", "closed again that winter", "the next March":
    counted from the date the paragraph named last ("December 2015 ... the following
    summer" is the summer of 2016), in place of any reading from the publication date of
    the words inside ("next summer", "March"). "That" must be the noun's determiner ("said
    that March sales rose" names none)."""
    article = doc_text(doc)
    header_end = doc._.metoo_header_end
    out = sorted(found)
    for match in _ANCHORED.finditer(article):
        start, end = match.span()
        inside = [m for m in out if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inside):
            continue  # "the following March 3": a longer date holds it
        if match["that"] and not _demonstrative(doc, start, end):
            continue
        before = [m for m in out if m not in inside]
        antecedent = _antecedent(article, before, start, header_end)
        if antecedent is None or antecedent.granularity not in _ANCHORS:
            continue
        direction = match["dir"] or "that"
        direction = {"next": "following", "preceding": "previous", "prior": "previous"}.get(
            direction.lower(), direction.lower()
        )
        what = (match["what"] or match["what2"]).lower()
        reading = anchored_value(what, direction, antecedent.value, antecedent.granularity)
        if reading is None:
            continue
        out = sorted([*before, DateMatch(start, end, article[start:end], *reading)])
    return out


#: Sports whose season is the calendar year (tennis, golf, motor racing, cycling,
#: baseball, athletics, and the winter codes of the southern hemisphere); football,
#: basketball, hockey and cricket seasons straddle two years.
_CALENDAR_SEASON_SPORTS = re.compile(
    r"\b(?:tennis|Wimbledon|ATP|WTA|Grand Slam|golf|PGA|LPGA|Formula (?:One|1)|F1|MotoGP"
    r"|NASCAR|IndyCar|Grand Prix|cycling|peloton|Tour de France|Giro d'Italia|Vuelta"
    r"|baseball|MLB|World Series|NRL|AFL|Super Rugby|netball|athletics|Diamond League"
    r"|WNBA|MLS)\b"
)
_SEASON = re.compile(r"(?i)(?:the\s+)?(?P<shift>this|last|next|current|previous|coming)\s+season\b")


def calendar_seasons(doc: Doc, found: list[DateMatch]) -> list[DateMatch]:
    """In a story of a sport whose season is the calendar year (two mentions of such a
    sport or its bodies), "this season" is the year of publication, "last season" the
    one before: in June 2026 Wimbledon's "this season" is 2026, not 2025-26."""
    reference = doc._.metoo_published
    article = doc_text(doc)
    if reference is None or len(_CALENDAR_SEASON_SPORTS.findall(article, 0, 20_000)) < 2:
        return found
    out = []
    for match in found:
        season = _SEASON.fullmatch(match.text)
        if season and match.granularity == "year":
            step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
                season["shift"].lower(), 0
            )
            match = match._replace(value=f"{reference.year + step:04d}")
        out.append(match)
    return out


#: Countries south of the equator with the four seasons of the south: spring from
#: September, summer from December, autumn from March, winter from June.
_SOUTHERN = frozenset(
    {"AU", "NZ", "ZA", "AR", "CL", "UY", "PY", "BR", "NA", "BW", "LS", "SZ", "ZW", "MZ", "FJ"}
)
_SOUTHERN_SEASONS = {"spring": 9, "summer": 12, "autumn": 3, "fall": 3, "winter": 6}
_NAMED_SEASON = re.compile(
    r"(?i)(?:(?P<shift>last|this|next|coming|past|previous)\s+)(?P<season>spring|summer|autumn|"
    r"fall|winter)"
)


def southern_seasons(doc: Doc, found: list[DateMatch]) -> list[DateMatch]:
    """In copy from the southern hemisphere the seasons fall six months apart from the
    north's: "last spring" in Sydney in September 2026 is the spring of 2025."""
    locale = doc._.metoo_locale
    reference = doc._.metoo_published
    if locale is None or reference is None or locale.country not in _SOUTHERN:
        return found
    out = []
    for match in found:
        named = _NAMED_SEASON.fullmatch(match.text)
        if named and named["shift"] and match.granularity == "year":
            step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
                (named["shift"] or "").lower(), 0
            )
            first_month = _SOUTHERN_SEASONS[named["season"].lower()]
            match = match._replace(value=season_year(first_month, reference, step))
        out.append(match)
    return out


#: "weekend" after a day's name: "Thanksgiving weekend", "the Easter long weekend".
_WEEKEND_AFTER = re.compile(r"(?:['’]s)?\s+(?:long\s+)?weekend\b")


def holiday_weekends(article: str, found: list[DateMatch]) -> list[DateMatch]:
    """A day named before "weekend" ("Labor Day weekend", "Thanksgiving weekend") grown
    over it: the ISO week of the weekend's Saturday, the one before a Monday holiday
    and the one after a Thursday or Friday one."""
    out = []
    for match in found:
        after = _WEEKEND_AFTER.match(article, match.end)
        if match.granularity != "day" or not match.value or after is None:
            out.append(match)
            continue
        day = date.fromisoformat(match.value[:10])
        saturday = day + timedelta(days=(5 - day.weekday()) if day.weekday() <= 5 else -1)
        if day.weekday() == 0:
            saturday = day - timedelta(days=2)  # a Monday holiday ends its weekend
        end = after.end()
        text = article[match.start : end]
        out.append(match._replace(end=end, text=text, value=iso_week(saturday), granularity="week"))
    return out


#: A day named from the speaker's own: "tomorrow" in a quotation.
_DEICTIC = re.compile(
    r"(?i)(?:.*\s)?(?P<word>today|tonight|tomorrow|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_QUOTES = '"“”'


def _speaking_on(span: Span | None) -> bool:
    """The span dates a verb of saying, or "Speaking"."""
    verb = governing_verb(span) if span is not None else None
    return verb is not None and (
        verb.lemma_.lower() in lex.speech_verbs() or verb.lemma_.lower() == "speak"
    )


def quoted_deictics(doc: Doc, found: list[DateMatch]) -> list[DateMatch]:
    """ "Speaking late on Thursday, the mayor said repairs would begin "as early as
    tomorrow"": a "today", "tomorrow" or "yesterday" in a quotation counts from the day the
    sentence gives the speaking ("on Thursday" on a verb of saying or "Speaking"), not
    from the publication date."""
    article = doc_text(doc)
    out = list(found)
    for k, match in enumerate(found):
        deictic = _DEICTIC.fullmatch(match.text)
        if deictic is None or not match.value or match.granularity not in ("day", "minute"):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        opened = sum(article.count(q, sentence.start_char, match.start) for q in _QUOTES)
        if opened % 2 == 0:
            continue  # the writer's own "tomorrow": from the publication date
        spoken = next(
            (
                m
                for m in found
                if m is not match
                and m.granularity in ("day", "minute")
                and m.value
                and sentence.start_char <= m.start < sentence.end_char
                and not any(article.count(q, sentence.start_char, m.start) % 2 for q in _QUOTES)
                and _speaking_on(doc.char_span(m.start, m.end, "expand"))
            ),
            None,
        )
        if spoken is None:
            continue
        day = date.fromisoformat(spoken.value[:10])
        shifted = day + timedelta(days=_DEICTIC_SHIFT[deictic["word"].lower()])
        out[k] = match._replace(value=iso_day(shifted) + match.value[10:])
    return out
