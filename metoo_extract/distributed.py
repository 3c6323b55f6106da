"""Run the extraction on a Dask cluster: one task per partition, one part file each.

Needs the ``dask`` extra (``pip install 'metoo-extract[dask]'``). Sources are expanded
and cut into partitions on the client; workers read the inputs themselves (shared
storage), extract with the single-machine code (``extract_chunk``) inside
``nlp.memory_zone()``, and write ``OUT_DIR/part-NNNNN.jsonl``.

Test-only hook: when ``$METOO_EXTRACT_FAULTS`` names a JSON file
``{"partition": N, "mode": "exit" | "raise", "once": MARKER_PATH | null}``, the task of
partition N ends its worker process (``exit``) or raises (``raise``); with ``once`` only
the attempt that creates MARKER_PATH does.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from typing import NamedTuple

from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed
from distributed.client import FutureCancelledError

from .errors import ExitStatus, MetooError
from .inputs import Failure, expand_sources
from .partitions import (
    Partition,
    PartStatus,
    ReadOptions,
    claim_out_dir,
    completed,
    job_fingerprint,
    plan_partitions,
    read_partition,
    remove_temporaries,
    write_part,
)
from .render import to_json
from .stream import Settings, default_jobs, extract_chunk, shared_extractor

#: Environment variable of the test-only fault hook (see the module docstring).
FAULTS_ENV = "METOO_EXTRACT_FAULTS"
#: Inputs per partition: the unit of scheduling, retry and resume.
PARTITION_SIZE = 64

#: One partition at a time per process: a pipeline and its memory zone are not shared.
_ZONE_LOCK = threading.Lock()


class ClusterError(MetooError):
    """A partition failed on every attempt, or the cluster cannot be used."""

    exit_status = ExitStatus.CLUSTER_FAILED


class Summary(NamedTuple):
    """What a distributed run wrote."""

    out_dir: str
    records: int
    failures: tuple[Failure, ...]
    partitions: int
    resumed: int

    def describe(self) -> str:
        """One line for stderr."""
        resumed = f", {self.resumed} already complete" if self.resumed else ""
        return (
            f"{self.records} records, {len(self.failures)} failed inputs, "
            f"{self.partitions} partitions{resumed} in {self.out_dir}"
        )


class PartitionFailed(ClusterError):
    """Partitions that failed on every attempt; ``summary`` counts the others."""

    def __init__(self, message: str, summary: Summary) -> None:
        super().__init__(message)
        self.summary = summary


class ModelPlugin(WorkerPlugin):
    """Loads the pipeline once when a worker process starts (again after a restart)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: object) -> None:
        shared_extractor(self.settings)


def model_loads() -> int:
    """How many pipelines this process has loaded (read on workers with ``client.run``)."""
    return shared_extractor.cache_info().misses


def extract_distributed(
    inputs: Iterable[str],
    out_dir: str,
    scheduler: str | None = None,
    workers: int | None = None,
    *,
    settings: Settings | None = None,
    partition_size: int = PARTITION_SIZE,
    recursive: bool = False,
    pattern: str = "*.txt",
    input_format: str = "text",
    published: date | datetime | None = None,
    max_bytes: int | None = None,
    retries: int = 3,
    report: Callable[[Failure], None] | None = None,
) -> Summary:
    """Extract every input on Dask into JSON Lines part files in ``out_dir``.

    Args:
        inputs: files, directories (with ``recursive``), globs, JSON Lines archives.
        out_dir: created if missing; a rerun of the same job resumes in it.
        scheduler: address of a running scheduler (``tcp://HOST:PORT``); None starts a
            local cluster of ``workers`` processes (default: the number of CPUs).
        settings: model, day_first, batch_size, as on one machine.
        partition_size: inputs (or archive lines) per partition.
        retries: further attempts of a partition after an error or a dead worker.
        report: called with each failed input, in input order, as partitions finish.

    Returns:
        The Summary. Failed inputs do not raise; they are in ``Summary.failures``.

    Raises:
        PartitionFailed: some partitions failed on every attempt (the others are written).
        ClusterError: the scheduler cannot be reached.
        OutputError: ``out_dir`` cannot be used.
    """
    settings = settings or Settings()
    options = ReadOptions(input_format, published, max_bytes)
    sources = expand_sources(inputs, recursive=recursive, pattern=pattern)
    partitions = plan_partitions(sources, options, partition_size)
    out_dir = os.path.abspath(out_dir)
    fingerprint = job_fingerprint(partitions, settings, options)
    claim_out_dir(out_dir, fingerprint)
    done = {p.index: status for p in partitions if (status := completed(out_dir, p))}
    todo = [p for p in partitions if p.index not in done]
    errors: dict[int, BaseException] = {}
    if todo:
        with _client(scheduler, workers, retries) as client:
            plugin_name = f"metoo-extract-model-{abs(hash(settings))}"
            client.register_plugin(ModelPlugin(settings), name=plugin_name)
            futures = {
                client.submit(
                    run_partition,
                    partition,
                    out_dir,
                    settings,
                    options,
                    key=f"metoo-extract-{partition.name}-{fingerprint[:16]}",
                    retries=retries,
                ): partition.index
                for partition in todo
            }
            _collect(futures, partitions, done, errors, report)
            if scheduler is not None:
                client.unregister_worker_plugin(plugin_name)
    else:
        _release(partitions, done, errors, 0, report)
    if not errors:
        remove_temporaries(out_dir)
    summary = Summary(
        out_dir,
        sum(status.records for status in done.values()),
        tuple(f for p in partitions if p.index in done for f in done[p.index].failures),
        len(partitions),
        len(partitions) - len(todo),
    )
    if errors:
        raise PartitionFailed(_failure_message(partitions, errors, retries), summary)
    return summary


@contextmanager
def _client(scheduler: str | None, workers: int | None, retries: int) -> Iterator[Client]:
    """A client of the given scheduler, or of a new local cluster on 127.0.0.1."""
    import dask

    with ExitStack() as stack:
        try:
            if scheduler is not None:
                client = stack.enter_context(Client(scheduler, timeout="20s"))
            else:
                with dask.config.set({"distributed.scheduler.allowed-failures": retries}):
                    cluster = stack.enter_context(
                        LocalCluster(
                            n_workers=workers or default_jobs(),
                            threads_per_worker=1,
                            processes=True,
                            host="127.0.0.1",
                            dashboard_address=None,
                            silence_logs=logging.CRITICAL,  # our summary and errors only
                        )
                    )
                client = stack.enter_context(Client(cluster))
        except OSError as exc:
            where = scheduler or "a local cluster"
            raise ClusterError(f"cannot reach the Dask scheduler at {where} ({exc})") from exc
        yield client


def _collect(
    futures: dict[Future, int],
    partitions: list[Partition],
    done: dict[int, PartStatus],
    errors: dict[int, BaseException],
    report: Callable[[Failure], None] | None,
) -> None:
    """Wait for every partition; report failed inputs in input order as they are known."""
    released = 0
    for future in as_completed(futures):
        index = futures[future]
        try:
            done[index] = future.result()
        except FutureCancelledError as exc:
            errors[index] = exc
        except Exception as exc:  # the task's own error, or KilledWorker
            errors[index] = exc
        released = _release(partitions, done, errors, released, report)


def _release(
    partitions: list[Partition],
    done: dict[int, PartStatus],
    errors: dict[int, BaseException],
    start: int,
    report: Callable[[Failure], None] | None,
) -> int:
    """Report the failures of finished partitions from ``start`` up to the first pending."""
    index = start
    while index < len(partitions) and (index in done or index in errors):
        if report is not None and index in done:
            for failure in done[index].failures:
                report(failure)
        index += 1
    return index


def _failure_message(
    partitions: list[Partition], errors: dict[int, BaseException], retries: int
) -> str:
    first = min(errors)
    partition = partitions[first]
    exc = errors[first]
    if type(exc).__name__ == "KilledWorker":
        cause = "its worker died on every attempt"
    else:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    others = f" ({len(errors) - 1} more partitions failed too)" if len(errors) > 1 else ""
    return (
        f"partition {partition.name} ({partition.describe()}) failed after "
        f"{retries + 1} attempts: {cause}{others}; rerun with the same OUT_DIR to retry it"
    )


def run_partition(
    partition: Partition, out_dir: str, settings: Settings, options: ReadOptions
) -> PartStatus:
    """The task: read, extract and write one partition on a worker."""
    _maybe_fault(partition.index)
    items = list(read_partition(partition, options))
    extractor = shared_extractor(settings)
    lines: list[str] = []
    failures: list[Failure] = []
    size = settings.batch_size
    with _ZONE_LOCK, extractor.nlp.memory_zone():
        for start in range(0, len(items), size):
            for result in extract_chunk(extractor, items[start : start + size]):
                if isinstance(result, Failure):
                    failures.append(result)
                else:
                    lines.append(to_json(result))  # built inside the zone, plain text out
    status = PartStatus(len(lines), tuple(failures))
    write_part(out_dir, partition, lines, status)
    return status


def _maybe_fault(index: int) -> None:
    plan_path = os.environ.get(FAULTS_ENV)
    if not plan_path or not os.path.exists(plan_path):
        return
    with open(plan_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    if plan.get("partition") != index:
        return
    marker = plan.get("once")
    if marker:
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
    if plan.get("mode") == "exit":
        os._exit(70)
    raise RuntimeError(f"injected fault in partition {index}")
