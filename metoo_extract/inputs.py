"""Expand command-line inputs (paths, directories, globs, stdin, JSON Lines) into articles."""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from .archive_export import document_spans, read_export
from .engine import Article
from .errors import InputError
from .layout import parse_published
from .reader import read_source

#: Characters that make an argument a glob pattern when no such path exists.
_GLOB_CHARS = set("*?[")


class Failure(NamedTuple):
    """An input that could not be turned into an article, with a one-sentence reason."""

    source: str
    message: str


def expand_sources(
    arguments: Iterable[str], *, recursive: bool = False, pattern: str = "*.txt"
) -> Iterator[str | Failure]:
    """Turn FILE arguments into a stream of sources in a stable order.

    A directory yields the files matching ``pattern`` inside it (and below it with
    ``recursive``), sorted; a glob pattern that names no existing path is expanded;
    "-" stays "-" (stdin). A directory without ``recursive`` is a Failure.
    """
    for argument in arguments:
        if argument == "-" or os.path.lexists(argument):
            if os.path.isdir(argument):
                if not recursive:
                    yield Failure(
                        argument, f"{argument}: is a directory; pass --recursive to read its files"
                    )
                    continue
                found = sorted(
                    str(path)
                    for path in Path(argument).rglob(pattern)
                    if path.is_file() and not any(p.startswith(".") for p in path.parts[1:])
                )
                if not found:
                    yield Failure(argument, f"{argument}: no files matching {pattern!r} found")
                yield from found
            else:
                yield argument
        elif _GLOB_CHARS & set(argument):
            matches = sorted(glob.glob(argument, recursive=recursive))
            if not matches:
                yield Failure(argument, f"{argument}: no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from expand_sources([match], recursive=recursive, pattern=pattern)
                else:
                    yield match
        else:
            yield argument  # read_source reports it missing, in input order


def read_articles(
    sources: Iterable[str | Failure],
    *,
    input_format: str = "text",
    published: date | datetime | None = None,
    max_bytes: int | None = None,
) -> Iterator[Article | Failure]:
    """Read each source into one article (``text``) or one article per line (``jsonl``)."""
    for source in sources:
        if isinstance(source, Failure):
            yield source
            continue
        if input_format == "jsonl":
            yield from _jsonl_articles(source, published)
            continue
        try:
            decoded = read_source(source, max_bytes=max_bytes)
        except InputError as exc:
            yield Failure(source, str(exc))
            continue
        if decoded.warning:  # a guessed encoding or replaced bytes: say so, go on
            print(f"Warning: {decoded.warning}", file=sys.stderr, flush=True)
        yield from archive_documents(Article(decoded.text, source, published))


def archive_documents(article: Article) -> Iterator[Article]:
    """The documents of a Nexis, Factiva or ProQuest export that holds several, one each,
    named "SOURCE#1", "SOURCE#2" ...; any other text is one article.

    Each document's ``offset`` is where it starts in the file, so its record's offsets
    index the file. Text between the documents that is no archive document (a cover
    page, a search summary) is not read.
    """
    text = article.text
    spans = list(document_spans(text))
    documents = (
        [(start, end) for start, end in spans if read_export(text[start:end])]
        if len(spans) > 1
        else []
    )
    if not documents:
        yield article
        return
    if len(documents) == 1:
        start, end = documents[0]
        yield article._replace(text=text[start:end], offset=start)
        return
    for number, (start, end) in enumerate(documents, start=1):
        yield article._replace(
            text=text[start:end], source=f"{article.source}#{number}", offset=start
        )


def _jsonl_lines(source: str) -> Iterator[bytes]:
    if source == "-":
        yield from sys.stdin.buffer
        return
    with open(source, "rb") as handle:
        yield from handle


def _jsonl_articles(source: str, published: date | datetime | None) -> Iterator[Article | Failure]:
    """One article per JSON Lines object: {"text": ..., "id": ..., "published": ...}.

    The file is read line by line, so an archive of any size streams with flat memory.
    """
    try:
        for number, raw in enumerate(_jsonl_lines(source), start=1):
            yield from jsonl_article(source, number, raw, published)
    except OSError as exc:
        yield Failure(source, f"{source}: cannot read ({exc.strerror or exc}); check the path")


def jsonl_article(
    source: str, number: int, raw: bytes, published: date | datetime | None
) -> Iterator[Article | Failure]:
    """The article of line ``number`` of a JSON Lines archive, a Failure, or nothing."""
    where = f"{source}:{number}"
    line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
    if not line.strip():
        return
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Failure(where, f"{where}: not valid JSON ({exc.msg}); fix or remove the line")
        return
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        yield Failure(where, f'{where}: expected an object with a "text" string')
        return
    article_date = published
    if published is None and item.get("published"):
        try:
            article_date = parse_published(str(item["published"]))
        except ValueError as exc:
            yield Failure(where, f"{where}: {exc}")
            return
    identifier = item.get("id")
    source_id = str(identifier) if identifier is not None else where
    yield Article(item["text"], source_id, article_date)
