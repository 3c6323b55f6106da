"""Web-page furniture copied along with an article: skip links, advert slots, share
buttons, counters and ages ("4 min read", "3 hours ago"), breadcrumbs, the menu above the
headline and the topic tags under the story, and the headings of link lists. Its lines
are blanked to spaces of the same length before anything else reads the text, so no
name, date or number is taken from them and every offset still points into the
original. The headlines under a "Related" heading are left alone: they name real people
and bodies."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .layout import is_header_field
from .normalize import name_lexicons as lex

__all__ = ["blank_page_chrome", "page_chrome_lines"]

#: "4 min read", "12 comments", "1.2K shares": counters of the page, not of the story.
_COUNTER = re.compile(
    r"\d+(?:[.,]\d+)?\s*[kK]?\s*(?:-\s*)?(?:min(?:ute)?s?\s+read|comments?|shares?|views?)"
)
#: Furniture inside a line: a gallery's "Item 1 of 2" or "[1/2]" before a caption, a
#: licensing link and a link's "opens new tab" note (as copied from Reuters pages), and
#: a counter that a separator sets off in a header line ("9 February 2026 • 4 min read").
_INLINE = re.compile(
    r"^[^\S\n]*Item \d{1,2} of \d{1,2} (?=\S)|^[^\S\n]*\[\d{1,2}/\d{1,2}\]"
    r"|Purchase Licensing Rights|,? opens new tab"
    rf"|[^\S\n]*[|•·][^\S\n]*(?i:{_COUNTER.pattern})(?=[^\S\n]*(?:[|•·]|$))",
    re.MULTILINE,
)
#: Whole lines of furniture with words that vary: skip links glued together, the age
#: warning over an old story, the logo's "Back to home" link, and a page's or a link's
#: age counted back from when the page was copied ("3 hours ago"), which no reader can
#: date.
_VARIED = re.compile(
    r"(?:skip to [a-z ]{4,30})+|this article is more than \d+ (?:day|week|month|year)s? old"
    r"|.{2,40} - back to home"
    r"|(?:updated |published |posted )?(?:\d{1,2}|an?) (?:min(?:ute)?s?|hours?|hrs?|days?) ago"
    r"|\d{1,2}:\d\d - source: .{2,40}"  # a video's length and source
    # a follow or watch button: "Follow Sky News on WhatsApp", "Watch Sky News live"
    r"|follow [\w' ]{2,40} on (?:whatsapp|facebook|twitter|x|instagram|tiktok|youtube"
    r"|google news|threads|bluesky|linkedin|telegram)"
    r"|watch [\w' ]{2,30} live(?: on [\w' ]{2,30})?"
)
#: A copyright line: "© 2026 Acme Media Group. All rights reserved.", "(c) Copyright
#: Thomson Reuters 2026. Click For Restrictions" (short, or with its reserved rights).
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)(?=.*\b(?:19|20)\d\d\b)", re.IGNORECASE)
_COPYRIGHT_NOTE = re.compile(r"all rights reserved|click for restrictions", re.IGNORECASE)
_COPYRIGHT_WORDS = 8
#: Navigation menus and topic tags: a run of at least this many short lines (one to
#: three words, no digits) at the top or the bottom of the page.
_MENU_RUN = 3
_MENU_WORDS = 3
#: A breadcrumb's separators ("World | Europe", "Home › News › UK").
_CRUMB_SPLIT = re.compile(r"\s+[|›»>/]\s+|\s*[›»]\s*")
#: A breadcrumb's part: one to three capitalised words, no digits.
_CRUMB = re.compile(r"[A-Z][^\W\d_]*(?: (?:&|and|[A-Z][^\W\d_]*)){0,2}")
_CRUMB_MAX_WORDS = 8


@cache
def _phrases() -> frozenset[str]:
    """The furniture lines of data/page_chrome.txt, lower case."""
    text = resources.files("metoo_extract.data").joinpath("page_chrome.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _key(line: str) -> str:
    """A line as the phrase lists hold it: folded spaces, lower case, no closing colon."""
    return " ".join(line.split()).rstrip(":.…").strip().lower()


def _breadcrumb(line: str) -> bool:
    """Section names joined by separators: "World | Europe", "News › UK › Politics"."""
    parts = [part.strip() for part in _CRUMB_SPLIT.split(line)]
    return (
        len(parts) >= 2
        and len(line.split()) <= _CRUMB_MAX_WORDS + len(parts) - 1
        and all(_CRUMB.fullmatch(part) for part in parts)
        and not any(lex.is_given_name(part.split()[0]) for part in parts)  # "Ana Ruiz | Sport"
        and not is_header_field(line)  # "By Kasia Wróbel | Euractiv"
    )


def _furniture(line: str) -> bool:
    """A whole line of furniture: a listed phrase, a counter, a varied phrase or a
    breadcrumb."""
    key = _key(line)
    return (
        key in _phrases()
        or bool(_COUNTER.fullmatch(key) or _VARIED.fullmatch(key))
        or _copyright(line)
        or _breadcrumb(line)
    )


def _copyright(line: str) -> bool:
    """A copyright line: it opens with the sign or the word and a year follows; after the
    word it is short or reserves the rights ("Copyright law changed in 2026, ..." is
    prose)."""
    return bool(_COPYRIGHT.match(line)) and (
        not line[:1].isalpha()
        or len(line.split()) <= _COPYRIGHT_WORDS
        or bool(_COPYRIGHT_NOTE.search(line))
    )


def _menu_line(line: str) -> bool:
    """A menu entry or a topic tag: one to three words, no digits, handles or addresses,
    no sentence's end, no byline and no person's name ("Jane Doe" alone on a line is a
    byline)."""
    words = line.split()
    return (
        1 <= len(words) <= _MENU_WORDS
        and not any(ch.isdigit() or ch in "@#" for ch in line)  # a handle, an address
        and not line.endswith((".", "?", "!", ":", '"', "”"))
        and words[0].lower() != "by"
        and not (len(words) > 1 and lex.is_given_name(words[0]))
    )


def _menu_runs(lines: list[str], chrome: list[bool]) -> list[int]:
    """Indices of the short lines that open (or, read backwards, close) the page before
    its first longer line, when there are at least ``_MENU_RUN`` of them."""
    out: list[list[int]] = []
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        run = []
        for k in order:
            if not lines[k] or chrome[k]:
                continue
            if not _menu_line(lines[k]):
                break
            run.append(k)
        out.append(run if len(run) >= _MENU_RUN else [])
    return out[0] + out[1]


def page_chrome_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of ``text`` that are page furniture, and of
    the furniture inside lines."""
    found = [match.span() for match in _INLINE.finditer(text)]
    spans: list[tuple[int, int]] = []
    lines: list[str] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        spans.append((offset, offset + len(raw.rstrip("\r\n"))))
        lines.append(raw.strip())
        offset += len(raw)
    chrome = [bool(line) and _furniture(line) for line in lines]
    for k in _menu_runs(lines, chrome):
        chrome[k] = True
    return found + [span for span, is_chrome in zip(spans, chrome, strict=True) if is_chrome]


def blank_page_chrome(text: str) -> str:
    """``text`` with every page-furniture line turned into spaces (same length)."""
    spans = page_chrome_lines(text)
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)
