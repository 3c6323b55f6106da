"""Cut expanded sources into numbered partitions, read them back, and write part files."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from datetime import date, datetime
from typing import NamedTuple

from . import __version__
from .engine import Article
from .errors import OutputError
from .inputs import Failure, jsonl_article, read_articles

#: Directory in OUT_DIR holding one status file per completed partition.
STATUS_DIR = "_status"
#: File in OUT_DIR naming the job (inputs and settings) whose parts the directory holds.
JOB_FILE = "_job.json"


class JsonlSlice(NamedTuple):
    """Lines ``first_line`` .. ``first_line + lines - 1`` of a JSON Lines archive.

    ``start`` is the byte offset of the first line; ``lines=None`` means the whole
    archive, read exactly as the single-machine path reads it.
    """

    path: str
    start: int = 0
    lines: int | None = None
    first_line: int = 1


#: What a partition lists: a text file path, a slice of an archive, an input that
#: already failed on the client, or an article read on the client (stdin only).
Unit = str | JsonlSlice | Failure | Article


class Partition(NamedTuple):
    """Consecutive inputs processed, retried and written together."""

    index: int
    units: tuple[Unit, ...]
    width: int = 5

    @property
    def name(self) -> str:
        """The deterministic part name, e.g. ``part-00003``."""
        return f"part-{self.index:0{self.width}d}"

    def describe(self) -> str:
        """Which inputs the partition covers, for error messages."""
        first, last = _label(self.units[0]), _label(self.units[-1])
        return first if first == last else f"{first} .. {last}"


class ReadOptions(NamedTuple):
    """How workers read inputs (as ``read_articles`` takes them)."""

    input_format: str = "text"
    published: date | datetime | None = None
    max_bytes: int | None = None


class PartStatus(NamedTuple):
    """What a completed partition wrote: its record count and its failed inputs."""

    records: int
    failures: tuple[Failure, ...] = ()


def plan_partitions(
    sources: Iterable[str | Failure], options: ReadOptions, size: int
) -> list[Partition]:
    """Group sources into partitions of at most ``size`` inputs, in input order.

    Text files are grouped ``size`` to a partition; a JSON Lines archive is cut into
    slices of ``size`` lines, each its own partition (the client scans line offsets
    only; workers read and parse). Standard input is read here, since workers cannot.
    """
    groups: list[list[Unit]] = []
    current: list[Unit] = []
    for unit in _units(sources, options, size):
        if isinstance(unit, JsonlSlice):
            if current:
                groups.append(current)
                current = []
            groups.append([unit])
            continue
        current.append(unit)
        if len(current) >= size:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    width = max(5, len(str(len(groups) - 1)))
    return [Partition(index, tuple(units), width) for index, units in enumerate(groups)]


def _units(sources: Iterable[str | Failure], options: ReadOptions, size: int) -> Iterator[Unit]:
    for source in sources:
        if source == "-":
            yield from read_articles(
                ["-"],
                input_format=options.input_format,
                published=options.published,
                max_bytes=options.max_bytes,
            )
        elif isinstance(source, str) and options.input_format == "jsonl":
            yield from jsonl_slices(source, size)
        else:
            yield source


def jsonl_slices(path: str, size: int) -> Iterator[JsonlSlice]:
    """Byte offsets of every ``size`` lines of an archive (a fast scan, no parsing)."""
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError:
        yield JsonlSlice(path)  # the worker reports it as the single-machine path does
        return
    with handle:
        start = offset = count = 0
        first = number = 1
        for raw in handle:
            offset += len(raw)
            count += 1
            number += 1
            if count == size:
                yield JsonlSlice(path, start, count, first)
                start, first, count = offset, number, 0
        if count:
            yield JsonlSlice(path, start, count, first)


def read_partition(partition: Partition, options: ReadOptions) -> Iterator[Article | Failure]:
    """The partition's items, exactly as ``read_articles`` gives them on one machine."""
    for unit in partition.units:
        if isinstance(unit, Article):
            yield unit
        elif isinstance(unit, JsonlSlice) and unit.lines is not None:
            yield from _slice_articles(unit, options.published)
        else:
            source = unit.path if isinstance(unit, JsonlSlice) else unit
            yield from read_articles(
                [source],
                input_format=options.input_format,
                published=options.published,
                max_bytes=options.max_bytes,
            )


def _slice_articles(
    piece: JsonlSlice, published: date | datetime | None
) -> Iterator[Article | Failure]:
    assert piece.lines is not None
    with open(piece.path, "rb") as handle:
        handle.seek(piece.start)
        for number in range(piece.first_line, piece.first_line + piece.lines):
            yield from jsonl_article(piece.path, number, handle.readline(), published)


def job_fingerprint(partitions: Sequence[Partition], *parts: object) -> str:
    """A hash of the partition plan, the settings and each input file's size and
    modification time: what a resumed run must match (an input edited since the first
    run makes it a different job, so no part holds facts of the old text)."""
    digest = hashlib.sha256(__version__.encode())
    for value in (*parts, *partitions):
        digest.update(repr(value).encode("utf-8", "surrogatepass"))
    for partition in partitions:
        for unit in partition.units:
            path = unit if isinstance(unit, str) else getattr(unit, "path", None)
            if isinstance(path, str):
                digest.update(repr(_file_state(path)).encode())
    return digest.hexdigest()


def _file_state(path: str) -> tuple[int, int] | None:
    """Size and modification time of a file, or None when it cannot be read."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def claim_out_dir(out_dir: str, fingerprint: str) -> None:
    """Create OUT_DIR for this job, or accept it if it holds an earlier run of this job.

    Raises:
        OutputError: the directory holds other files, or parts of a different job.
    """
    try:
        os.makedirs(os.path.join(out_dir, STATUS_DIR), exist_ok=True)
        job_path = os.path.join(out_dir, JOB_FILE)
        if os.path.exists(job_path):
            with open(job_path, encoding="utf-8") as handle:
                recorded = json.load(handle).get("fingerprint")
            if recorded != fingerprint:
                raise OutputError(
                    f"{out_dir} holds the parts of a different job (other inputs or settings); "
                    "choose a new directory or empty it"
                )
            return
        if set(os.listdir(out_dir)) - {STATUS_DIR}:
            raise OutputError(f"{out_dir} is not empty; choose a new or empty directory")
        _write_atomically(job_path, json.dumps({"fingerprint": fingerprint}) + "\n")
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot use {out_dir} as the output directory ({exc})") from exc


def completed(out_dir: str, partition: Partition) -> PartStatus | None:
    """The status of a partition an earlier run finished, or None to (re)do it."""
    status_path = os.path.join(out_dir, STATUS_DIR, partition.name + ".json")
    part_path = os.path.join(out_dir, partition.name + ".jsonl")
    if not (os.path.exists(status_path) and os.path.exists(part_path)):
        return None
    try:
        with open(status_path, encoding="utf-8") as handle:
            status = json.load(handle)
        failures = tuple(Failure(source, message) for source, message in status["failures"])
        return PartStatus(int(status["records"]), failures)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_part(
    out_dir: str, partition: Partition, lines: Sequence[str], status: PartStatus
) -> None:
    """Write the part file, then its status; each appears whole (temp file + rename).

    The status is renamed last, so a partition counts as complete only when both exist.
    """
    part_path = os.path.join(out_dir, partition.name + ".jsonl")
    _write_atomically(part_path, "".join(line + "\n" for line in lines))
    body = {"records": status.records, "failures": [list(f) for f in status.failures]}
    status_path = os.path.join(out_dir, STATUS_DIR, partition.name + ".json")
    _write_atomically(status_path, json.dumps(body, ensure_ascii=False) + "\n")


def remove_temporaries(out_dir: str) -> None:
    """Delete temp files left by attempts that died (call when no attempt is running)."""
    for directory in (out_dir, os.path.join(out_dir, STATUS_DIR)):
        for name in os.listdir(directory):
            if name.startswith(".") and name.endswith(".tmp"):
                with suppress(OSError):
                    os.unlink(os.path.join(directory, name))


def _write_atomically(path: str, body: str) -> None:
    directory, name = os.path.split(path)
    temporary = os.path.join(directory, f".{name}.{uuid.uuid4().hex}.tmp")
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _label(unit: Unit) -> str:
    if isinstance(unit, JsonlSlice):
        if unit.lines is None:
            return unit.path
        return f"{unit.path}:{unit.first_line}-{unit.first_line + unit.lines - 1}"
    if isinstance(unit, Failure | Article):
        return unit.source
    return unit
