"""Records out: rich tables for a terminal, JSON and JSON Lines for pipes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Protocol, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .models import ArticleFacts, DateFact, Entity, Quantity

FORMATS = ("table", "json", "jsonl")


def to_json(record: ArticleFacts, indent: int | None = None) -> str:
    """One record as JSON text (UTF-8 characters kept, fields in contract order)."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def write_jsonl(record: ArticleFacts, out: IO[str]) -> None:
    """Write one compact JSON object and a newline, then flush (complete lines only)."""
    out.write(to_json(record) + "\n")
    out.flush()


class JsonArrayWriter:
    """Writes pretty JSON: the object itself for one record, an array for several."""

    def __init__(self, out: IO[str], expect_many: bool) -> None:
        self.out = out
        self.expect_many = expect_many
        self.count = 0

    def write(self, record: ArticleFacts) -> None:
        body = to_json(record, indent=2)
        if self.expect_many:
            body = "\n".join("  " + line for line in body.splitlines())
            self.out.write(("[\n" if self.count == 0 else ",\n") + body)
        else:
            self.out.write(body)
        self.count += 1

    def close(self) -> None:
        if self.expect_many:
            self.out.write("\n]\n" if self.count else "[]\n")
        elif self.count:
            self.out.write("\n")
        self.out.flush()


class Writer(Protocol):
    """Writes records in one output format."""

    def write(self, record: ArticleFacts) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    """One compact object per line, flushed per record."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, record: ArticleFacts) -> None:
        write_jsonl(record, self.out)

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """Rich tables, one block per article."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.console = Console(file=out, soft_wrap=False)

    def write(self, record: ArticleFacts) -> None:
        print_tables(record, self.console)

    def close(self) -> None:
        self.out.flush()


def make_writer(fmt: str, out: IO[str], expect_many: bool) -> Writer:
    """The writer for ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        return JsonArrayWriter(out, expect_many)
    if fmt == "table":
        return TableWriter(out)
    return JsonLinesWriter(out)


T = TypeVar("T")


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


def with_progress(results: Iterable[T], total: int) -> Iterator[T]:
    """Show a progress bar on stderr for multi-input runs on a terminal; silent otherwise."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("articles", total=total)
        for result in results:
            yield result
            progress.advance(task)


def print_tables(record: ArticleFacts, console: Console) -> None:
    """Print one article's facts as rich tables."""
    header = Text(record.source, style="bold")
    details = [
        ("title", record.title),
        ("byline", record.byline),
        ("dateline", record.dateline),
        ("published", record.published),
        ("country", " ".join(filter(None, (record.country, record.time_zone)))),
        ("model", f"{record.extractor.model} {record.extractor.model_version}"),
    ]
    console.rule(header)
    for label, value in details:
        if value:
            console.print(f"[dim]{label}:[/dim] {value}")
    for title, entities in (
        ("People", record.people),
        ("Organisations", record.organisations),
        ("Places", record.places),
        ("Hashtags", record.hashtags),
        ("Handles", record.handles),
    ):
        if entities:
            console.print(_entity_table(title, entities))
    if record.dates:
        console.print(_date_table(record.dates))
    if record.quantities:
        console.print(_quantity_table(record.quantities))
    if not any((record.people, record.organisations, record.dates, record.quantities)):
        console.print("[dim]no facts found[/dim]")


def _entity_table(title: str, entities: Iterable[Entity]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("name")
    table.add_column("count", justify="right")
    table.add_column("also written as")
    table.add_column("first at", justify="right")
    for entity in entities:
        aliases = ", ".join(entity.aliases) + (" (fuzzy)" if entity.fuzzy else "")
        table.add_row(entity.name, str(entity.count), aliases, str(entity.mentions[0].start))
    return table


def _date_table(dates: Iterable[DateFact]) -> Table:
    table = Table(title="Dates", title_justify="left")
    for column in ("text", "value", "granularity", "relative", "at"):
        table.add_column(column, justify="right" if column == "at" else "left")
    for fact in dates:
        value = fact.value or "?"
        if fact.part_of_day:
            value += f" ({fact.part_of_day})"
        relative = "yes" if fact.relative else ""
        table.add_row(fact.text, value, fact.granularity, relative, str(fact.start))
    return table


def _quantity_table(quantities: Iterable[Quantity]) -> Table:
    table = Table(title="Quantities", title_justify="left")
    for column in ("text", "value", "unit", "kind", "qualifier", "at"):
        table.add_column(column, justify="right" if column in ("value", "at") else "left")
    for fact in quantities:
        table.add_row(
            fact.text,
            _number(fact.value, fact.high),
            fact.unit or "",
            fact.kind + (" (vague)" if fact.vague else ""),
            fact.qualifier or ("~" if fact.approximate else ""),
            str(fact.start),
        )
    return table


def _number(value: float | None, high: float | None) -> str:
    if value is None:
        return "?"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"
    if high is not None and high != value:
        text += "–" + (f"{high:,.0f}" if float(high).is_integer() else f"{high:,.3g}")
    return text
