"""News-archive exports: an article saved from Nexis Uni (LexisNexis), Factiva or
ProQuest comes wrapped in the archive's catalogue: the outlet, "Length: 412 words",
"Section: NEWS; Pg. 7", copyright notices, "Load-Date:", index terms with relevance
scores ("Subject: LIBRARIES (90%)"), Factiva's word count, source code and field codes
("HD", "PD", "AN"), ProQuest's abstract and record fields ("Publication title:").
Those lines are blanked to spaces of the same length, like page furniture, so no name,
date or number is taken from them and every offset still points into the original; the
header is read from the archive's own fields (headline, byline, dateline, publication
date and time), which the layout heuristics cannot place in these orders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from itertools import pairwise
from typing import NamedTuple

from .layout import Layout, parse_published

__all__ = ["Export", "document_spans", "read_export"]

#: Nexis: "Length: 412 words" (Nexis Uni) or "LENGTH: 412 words" (LexisNexis Academic).
_NEXIS_LENGTH = re.compile(r"^[^\S\n]*length:[^\S\n]*[\d,]+[^\S\n]+words?[^\S\n]*$", re.I | re.M)
_NEXIS_MARKS = re.compile(
    r"^[^\S\n]*(?:body|end of document|load-date:.*|\d+ of \d+ documents?)[^\S\n]*$",
    re.I | re.M,
)
#: Nexis field labels. The value of a catalogue field is blanked with its label, and so
#: are the lines that continue it; a text field keeps its value ("Byline: Priya Chandran").
_NEXIS_TEXT_FIELDS = frozenset({"byline", "dateline", "highlight", "graphic", "correction"})
_NEXIS_FIELDS = _NEXIS_TEXT_FIELDS | {
    "section", "length", "load-date", "language", "publication-type", "document-type",
    "journal-code", "correction-date", "url", "acc-no",
}  # fmt: skip
#: The index fields, whose lists of terms wrap onto further lines.
_NEXIS_INDEX = frozenset(
    {"subject", "organization", "company", "person", "geographic", "city", "state"}
    | {"country", "industry", "ticker"}
)
_NEXIS_FIELD = re.compile(r"^[^\S\n]*(?P<label>[A-Za-z][A-Za-z-]*):[^\S\n]*(?P<value>.*)$", re.M)
#: The catalogue's index follows "Classification" (Nexis Uni) to the end of the document.
_CLASSIFICATION = re.compile(r"^[^\S\n]*classification[^\S\n]*$", re.I)
_NOTICE = re.compile(r"^[^\S\n]*(?:copyright\b|\(c\)|©|all rights reserved)", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.I)
#: An edition line under the date ("Late Edition - Final", "FIRST EDITION").
_EDITION = re.compile(r"\b(?:edition|final|version|appended|ed\.)", re.I)

#: Factiva's article format: "512 words" over the date, then the outlet, its source code,
#: edition, page and language lines; "Document COASTC0020260514em5e0000b" at the end.
_FACTIVA_WORDS = re.compile(r"^[\d,]+ words$")
#: Cheap signs, checked before a text's lines are read: a word-count line, a "HD" code.
_FACTIVA_WORD_COUNT = re.compile(r"^[^\S\n]*[\d,]+ words[^\S\n]*\r?$", re.M)
_FACTIVA_HEADLINE_CODE = re.compile(r"^HD(?:\t| {2,}|[^\S\n]*\r?$)", re.M)
_FACTIVA_DOCUMENT = re.compile(r"^[^\S\n]*Document [A-Za-z0-9]{16,}[^\S\n]*$", re.M)
_LANGUAGES = frozenset(
    {"English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Russian"}
    | {"Chinese", "Japanese", "Arabic", "Korean", "Swedish", "Norwegian", "Danish"}
)
_CLOCK = re.compile(r"^\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")
#: Factiva's field codes ("HD" headline, "BY" byline, "PD" date, "LP" and "TD" text ...),
#: alone on a line or before the value. Text codes keep their value.
_FACTIVA_TEXT_CODES = frozenset({"HD", "BY", "LP", "TD", "ART", "PD"})
_FACTIVA_CODES = _FACTIVA_TEXT_CODES | {
    "CR", "WC", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "CO", "IN", "NS", "RE", "IPC",
    "IPD", "PUB", "AN", "SE", "CLM", "RF", "DE", "GC", "NGC", "VOL", "CX",
}  # fmt: skip
#: A code alone on its line, or a tab or two spaces before its value ("HD\tTitle"; not
#: "HD Hyundai said", a sentence).
_FACTIVA_FIELD = re.compile(r"^(?P<code>[A-Z]{2,3})(?:(?:\t| {2,})\s*(?P<value>\S.*))?\s*$")
_BY = re.compile(r"^by\s+", re.I)


class Export(NamedTuple):
    """An archive document: the text with its catalogue blanked, and its header fields."""

    text: str
    archive: str  # "nexis", "factiva" or "proquest"
    layout: Layout
    header_end: int = 0  # where the story starts: the header's fields all stand before it

    def over(self, layout: Layout) -> Layout:
        """The archive's fields where it gives them, else the layout's."""
        return Layout(*(mine or theirs for mine, theirs in zip(self.layout, layout, strict=True)))


class _Line(NamedTuple):
    start: int
    end: int  # before the line break
    text: str  # whitespace folded


def _lines(text: str) -> list[_Line]:
    out, offset = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(offset, offset + len(body), " ".join(body.split())))
        offset += len(raw)
    return out


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if not chars[index].isspace():
            chars[index] = " "


def _stamp(line: str) -> date | datetime | None:
    """A publication date (and time) line: "March 12, 2026 Thursday 5:31 PM GMT"."""
    if not any(ch.isdigit() for ch in line) or len(line) > 60:
        return None
    try:
        return parse_published(" ".join(_WEEKDAY.sub(" ", line).split()))
    except ValueError:
        return None


def read_export(text: str) -> Export | None:
    """The archive document ``text`` is, or None when it is not one."""
    if _NEXIS_LENGTH.search(text) and _NEXIS_MARKS.search(text):
        return _read_nexis(text)
    if _PROQUEST_BODY.search(text) and _PROQUEST_MARK.search(text):
        return _read_proquest(text)
    coded = _read_factiva_codes(text) if _FACTIVA_HEADLINE_CODE.search(text) else None
    if coded is None and _FACTIVA_WORD_COUNT.search(text):
        return _read_factiva(text)
    return coded


#: ProQuest's full-text export: the headline, "Author:", "Abstract:", "Full text:" before
#: the story, then the record's fields ("Subject:", "Publication title:", "Publication
#: date:", "ProQuest document ID:" ...); documents parted by a line of underscores.
_PROQUEST_BODY = re.compile(r"^[^\S\n]*Full text:", re.M)
_PROQUEST_MARK = re.compile(
    r"^[^\S\n]*(?:ProQuest document ID:|Publication title:|Document URL:)", re.M
)
_PROQUEST_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z /-]{1,40}?):(?:\s+(?P<value>.*))?$")
#: The fields that open the record after the story.
_PROQUEST_FOOTER = frozenset(
    {"subject", "location", "company / organization", "people", "identifier / keyword"}
    | {"title", "publication title", "credit", "illustration", "caption"}
)
_PROQUEST_LINES = re.compile(r"^(?:_{10,}|ProQuest document link|Document \d+ of \d+)$")


def _read_proquest(text: str) -> Export | None:
    lines = _lines(text)
    body = next(k for k, line in enumerate(lines) if line.text.startswith("Full text:"))
    fields = [_proquest_field(line.text) for line in lines]
    labels = [label for label, _ in fields]
    footer = next(
        (k for k in range(body + 1, len(lines)) if labels[k] in _PROQUEST_FOOTER), len(lines)
    )
    values: dict[str, str] = {}
    for label, value in fields[footer:]:
        if label and value:
            values.setdefault(label, value)
    chars = list(text)
    title = byline = None
    in_abstract = False  # "Abstract:" runs on to "Full text:"
    for k in range(body):
        line, label = lines[k], labels[k]
        if not line.text:
            continue
        if label == "author" and fields[k][1]:
            # "Chandran, Priya; Hale, Tom": inverted names read as no names; the byline
            # field gives them in order, and a "Credit:" line as printed
            _blank(chars, line.start, line.end)
            byline = _uninverted(fields[k][1])
            in_abstract = False
        elif label is not None or in_abstract or _PROQUEST_LINES.match(line.text):
            _blank(chars, line.start, line.end)  # "Abstract:" and its lines, "Links:" ...
            in_abstract = label == "abstract" or (in_abstract and label is None)
        elif title is None:
            title = line.text
    _blank(chars, lines[body].start, _after_label(text, lines[body]))  # "Full text:"
    for line in lines[body:footer]:
        if _PROQUEST_LINES.match(line.text):
            _blank(chars, line.start, line.end)
    if footer < len(lines):
        _blank(chars, lines[footer].start, len(text))
        for k in range(footer, len(lines)):  # the credit names the reporter as printed
            if labels[k] == "credit":
                start = _after_label(text, lines[k])
                chars[start : lines[k].end] = text[start : lines[k].end]
    published = _stamp(values.get("publication date", ""))
    title = values.get("title") or title
    layout = Layout(title, byline, None, published)
    return Export("".join(chars), "proquest", layout, lines[body].start)


def _proquest_field(line: str) -> tuple[str | None, str]:
    """The lower-case label and the value of a "Label: value" line; (None, "") for others."""
    match = _PROQUEST_FIELD.match(line)
    if match is None:
        return None, ""
    return match["label"].lower(), (match["value"] or "").strip()


def _after_label(text: str, line: _Line) -> int:
    """Where the value of a "Label: value" line starts."""
    label = re.match(r"\s*[^:\n]*:\s*", text[line.start : line.end])
    return line.start + (label.end() if label else 0)


def _uninverted(authors: str) -> str:
    """ProQuest's "Chandran, Priya; Hale, Martin" as a byline: "Priya Chandran and Martin
    Hale"."""
    names = []
    for author in authors.split(";"):
        surname, comma, given = author.strip().partition(",")
        names.append(f"{given.strip()} {surname.strip()}" if comma and given.strip() else surname)
    return " and ".join(name for name in names if name)


def _read_nexis(text: str) -> Export | None:
    lines = _lines(text)
    filled = [k for k, line in enumerate(lines) if line.text]
    body = _nexis_body(lines, filled)
    header = [k for k in filled if k < body]
    dates = [k for k in header if _stamp(lines[k].text) is not None]
    if not dates:
        return None
    date_line = dates[0]
    before = [k for k in header if k < date_line and not _documents_mark(lines[k].text)]
    if len(before) >= 2:  # Nexis Uni: headline, outlet, date
        title: int | None = before[0]
    else:  # LexisNexis Academic: outlet, date, edition, headline, fields
        title = next(
            (
                k
                for k in header
                if k > date_line
                and not _nexis_label(lines[k].text)
                and not _NOTICE.match(lines[k].text)
                and not (len(lines[k].text.split()) <= 6 and _EDITION.search(lines[k].text))
            ),
            None,
        )
    footer = next((k for k in filled if k > body and _footer_start(lines[k].text)), len(lines))
    chars = list(text)
    byline = dateline = None
    continued = False  # a catalogue field's value goes on, up to a blank line
    for k, line in enumerate(lines):
        if not line.text or k == body:
            continued = False
        if not line.text:
            continue
        if body <= k < footer and not continued:
            continue  # the story
        label = _nexis_label(line.text)
        if label in _NEXIS_TEXT_FIELDS:
            match = _NEXIS_FIELD.match(text, line.start, line.end)
            assert match is not None
            _blank(chars, line.start, match.start("value"))
            value = " ".join(match["value"].split())
            if label == "byline" and byline is None:
                byline = _BY.sub("", value) or None
            elif label == "dateline" and dateline is None:
                dateline = value.rstrip(",.:-–— ") or None
            continued = False
        elif label is not None or continued or _NOTICE.match(line.text):
            _blank(chars, line.start, line.end)
            continued = k < body or label in _NEXIS_INDEX or (continued and k >= footer)
        elif k < body and k not in (date_line, title):
            _blank(chars, line.start, line.end)  # the outlet, the edition, "Body"
        elif k >= footer and line.text.lower() in _FOOTER_HEADINGS:
            _blank(chars, line.start, line.end)  # "Graphic" (its captions stay), "End of Document"
        elif k >= footer and _CLASSIFICATION.match(line.text):
            break
    for k in range(footer, len(lines)):
        if _CLASSIFICATION.match(lines[k].text):  # the index, to the end of the document
            stop = next(
                (j for j in range(k, len(lines)) if lines[j].text.lower() == "end of document"),
                len(lines) - 1,
            )
            _blank(chars, lines[k].start, lines[stop].end)
            break
    layout = Layout(
        lines[title].text if title is not None else None,
        byline,
        dateline,
        _stamp(lines[date_line].text),
    )
    story = lines[body].start if body < len(lines) else len(text)
    return Export("".join(chars), "nexis", layout, story)


_FOOTER_HEADINGS = frozenset({"graphic", "notes", "end of document", "classification"})


def _footer_start(line: str) -> bool:
    """The catalogue after the story: a field, "Graphic", "Classification", the end."""
    return line.lower() in _FOOTER_HEADINGS or _nexis_label(line) not in (None, "highlight")


def _nexis_body(lines: list[_Line], filled: list[int]) -> int:
    """The first line of the story: after "Body" (Nexis Uni), else after the fields that
    follow the headline (LexisNexis Academic); 0 when neither is there."""
    for k in filled:
        if lines[k].text.lower() == "body":
            return k + 1
    labels = [k for k in filled if _nexis_label(lines[k].text)]
    if not labels:
        return 0
    k = labels[0]
    while True:
        later = [j for j in filled if j > k]
        if not later:
            return len(lines)
        j = later[0]
        if _nexis_label(lines[j].text) or (j - 1 in filled and j - 1 >= labels[0]):
            k = j  # the next field, or a line that continues one
            continue
        return j


def _nexis_label(line: str) -> str | None:
    match = _NEXIS_FIELD.match(line)
    if match is None:
        return None
    label = match["label"].lower()
    return label if label in _NEXIS_FIELDS | _NEXIS_INDEX else None


def _documents_mark(line: str) -> bool:
    return bool(re.fullmatch(r"\d+ of \d+ documents?", line, re.I))


def _read_factiva(text: str) -> Export | None:
    lines = _lines(text)
    filled = [k for k, line in enumerate(lines) if line.text]
    top = filled[:12]
    words = next((i for i, k in enumerate(top) if _FACTIVA_WORDS.match(lines[k].text)), None)
    if words is None or words == 0 or words + 1 >= len(top):
        return None
    date_line = top[words + 1]
    published = _stamp(lines[date_line].text)
    if published is None:
        return None
    rest = top[words + 2 :]
    language = next((i for i, k in enumerate(rest) if lines[k].text in _LANGUAGES), None)
    if language is None and not _FACTIVA_DOCUMENT.search(text):
        return None
    chars = list(text)
    before = top[:words]
    byline = None
    if len(before) >= 2 and _names_line(lines[before[-1]].text):
        by = lines[before[-1]]
        byline = _BY.sub("", by.text)
        raw = text[by.start : by.end]
        _blank(
            chars, by.start, by.start + len(raw) - len(raw.lstrip()) + len(by.text) - len(byline)
        )
        before = before[:-1]
    title = " ".join(lines[k].text for k in before)
    _blank(chars, lines[top[words]].start, lines[top[words]].end)
    # the time, outlet, source code, edition and page lines, to the language line and the
    # copyright notice under it
    catalogue = rest[: language + 1] if language is not None else rest[:1]
    if catalogue and _CLOCK.match(lines[catalogue[0]].text):
        published = _with_time(lines[date_line].text, lines[catalogue[0]].text) or published
    after = rest[len(catalogue) :]
    notices = [k for k in after[:3] if _NOTICE.match(lines[k].text)]
    if notices:
        catalogue += [k for k in after if k <= notices[-1]]
    for k in catalogue:
        _blank(chars, lines[k].start, lines[k].end)
    for match in _FACTIVA_DOCUMENT.finditer(text):
        _blank(chars, match.start(), match.end())
    story = lines[catalogue[-1] if catalogue else date_line].end
    return Export("".join(chars), "factiva", Layout(title, byline, None, published), story)


def _names_line(line: str) -> bool:
    """A byline: "By Tomás Reyes", or a few capitalised names ("Tomás Reyes and Ana Lu")."""
    if _BY.match(line):
        return True
    words = line.split()
    return len(words) <= 8 and all(word[0].isupper() or word == "and" for word in words)


def _with_time(day: str, clock: str) -> date | datetime | None:
    return _stamp(f"{day} {clock}")


def _read_factiva_codes(text: str) -> Export | None:
    lines = _lines(text)
    fields: list[tuple[str, int]] = []  # (code, line index) for each field code line
    for k, line in enumerate(lines):
        match = _FACTIVA_FIELD.match(text[line.start : line.end])
        if match is not None and match["code"] in _FACTIVA_CODES:
            fields.append((match["code"], k))
    codes = {code for code, _ in fields}
    if not {"HD", "PD"} <= codes or not codes & {"WC", "SN", "SC", "AN", "LA"}:
        return None
    chars = list(text)
    values: dict[str, str] = {}
    for (code, k), stop in zip(fields, [*(k for _, k in fields[1:]), len(lines)], strict=True):
        line = lines[k]
        raw = text[line.start : line.end]
        value_start = line.start + len(raw) - len(raw.lstrip())  # the code itself
        value_start += len(code)
        if code in _FACTIVA_TEXT_CODES:
            _blank(chars, line.start, value_start)
            value = " ".join(
                part
                for part in [text[value_start : line.end], *_texts(lines, k + 1, stop)]
                if part.strip()
            )
            values.setdefault(code, " ".join(value.split()))
        else:
            values.setdefault(code, " ".join(" ".join(_texts(lines, k, stop)).split()[1:]))
            for j in range(k, stop):
                _blank(chars, lines[j].start, lines[j].end)
    published = _stamp(values.get("PD", ""))
    if published is not None and values.get("ET"):
        published = _with_time(values["PD"], values["ET"]) or published
    title = values.get("HD") or None
    byline = _BY.sub("", values.get("BY", "")) or None
    story = next((lines[k].start for code, k in fields if code in ("LP", "TD")), 0)
    return Export("".join(chars), "factiva", Layout(title, byline, None, published), story)


def _texts(lines: list[_Line], start: int, stop: int) -> list[str]:
    return [lines[j].text for j in range(start, stop)]


#: Where a multi-document export starts a new document.
_DOCUMENT_ENDS = re.compile(
    r"^[^\S\n]*(?:End of Document|Document [A-Za-z0-9]{16,}|_{20,})[^\S\n]*\r?$", re.M
)
_DOCUMENT_STARTS = re.compile(
    r"^[^\S\n]*(?:\d+ of \d+ DOCUMENTS?|Document \d+ of \d+)[^\S\n]*\r?$", re.M | re.I
)


#: A Nexis download's cover page: who saved it, the job number, and the list of the
#: documents' titles ("1. Council drops plan ...") before the first document.
_COVER_MARK = re.compile(
    r"^[^\S\n]*(?:User Name:|Date and Time:|Job Number:|Documents \(\d+\))", re.M | re.I
)
_COVER_ENTRY = re.compile(r"^[^\S\n]*1\.[^\S\n]+(?P<title>\S.*?)[^\S\n]*\r?$", re.M)


def _cover_end(text: str) -> int:
    """Where a cover page ends: at the line that repeats its first listed title (the first
    document's headline); 0 when there is no cover page."""
    mark = _COVER_MARK.search(text)
    entry = _COVER_ENTRY.search(text, mark.start()) if mark else None
    if entry is None:
        return 0
    headline = re.compile(rf"^[^\S\n]*{re.escape(entry['title'])}[^\S\n]*\r?$", re.M)
    found = headline.search(text, entry.end())
    return found.start() if found else 0


def document_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans of the documents of an archive export, in order, with a
    cover page as a span of its own: one span for a single article or for text that is
    no export."""
    cuts = {0, len(text), _cover_end(text)}
    for match in _DOCUMENT_ENDS.finditer(text):
        cuts.add(match.end())
    for match in _DOCUMENT_STARTS.finditer(text):
        cuts.add(match.start())
    bounds = sorted(cuts)
    spans = [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]
    yield from spans or [(0, len(text))]
