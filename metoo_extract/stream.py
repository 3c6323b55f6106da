"""Stream articles through one process or a pool of N, results in input order, memory flat."""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import NamedTuple

from .engine import Article, Extractor
from .inputs import Failure
from .models import ArticleFacts

Item = Article | Failure
Result = ArticleFacts | Failure


class Settings(NamedTuple):
    """What every process needs to build the same Extractor."""

    model: str | None = None
    day_first: bool = False
    batch_size: int = 32


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@lru_cache(maxsize=4)
def shared_extractor(settings: Settings) -> Extractor:
    """One Extractor per settings in this process: the model is loaded once."""
    return Extractor(settings.model, day_first=settings.day_first, batch_size=settings.batch_size)


def extract_stream(
    items: Iterable[Item],
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    extractor: Extractor | None = None,
) -> Iterator[Result]:
    """Extract every article of ``items``; failures pass through in their place.

    With ``jobs > 1`` chunks of ``batch_size`` items go to a pool of worker processes,
    each loading the model once; at most ``2 * jobs`` chunks are in flight, so memory
    stays flat however many inputs come. A stream that fits in one chunk is done in
    this process (no pool start-up for a single article).
    """
    settings = settings or Settings()
    chunks = _chunks(items, settings.batch_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        local = extractor or shared_extractor(settings)
        for chunk in itertools.chain([first], [second] if second else [], chunks):
            yield from extract_chunk(local, chunk)
        return
    yield from _pooled(itertools.chain([first, second], chunks), settings, jobs)


def _pooled(chunks: Iterator[list[Item]], settings: Settings, jobs: int) -> Iterator[Result]:
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        in_flight: deque[Future[list[Result]]] = deque()
        try:
            for chunk in chunks:
                in_flight.append(pool.submit(_work, chunk))
                if len(in_flight) >= 2 * jobs:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
        except (KeyboardInterrupt, GeneratorExit):
            # Workers ignore Ctrl-C; the pool is wound down from here: queued chunks are
            # dropped, running ones finish, and the workers exit cleanly (no worker dies
            # half-way through reading its queue, which would print a traceback).
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def extract_chunk(extractor: Extractor, chunk: list[Item]) -> list[Result]:
    """Extract the articles of one chunk, keeping failures in their places.

    If the batch raises, each article is retried alone so that one bad article
    becomes one Failure and the others still get their records.
    """
    articles = [item for item in chunk if isinstance(item, Article)]
    try:
        records: Iterator[Result] = iter(list(extractor.extract_many(articles)))
    except Exception:
        records = iter([_extract_alone(extractor, article) for article in articles])
    return [item if isinstance(item, Failure) else next(records) for item in chunk]


def _extract_alone(extractor: Extractor, article: Article) -> Result:
    try:
        return extractor.extract(article)
    except Exception as exc:
        return Failure(
            article.source,
            f"{article.source}: extraction failed ({type(exc).__name__}: {exc}); "
            "please report this input",
        )


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


_WORKER: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent alone handles it (see _pooled)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = shared_extractor(settings)


def _work(chunk: list[Item]) -> list[Result]:
    assert _WORKER is not None, "worker not initialised"
    return extract_chunk(_WORKER, chunk)
