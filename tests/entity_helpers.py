"""Helpers the entity tests share: run the pipeline on a text, list names by kind."""

from __future__ import annotations

from metoo_extract.pipeline import Job, run


def clusters(nlp, text):
    """The entity clusters of ``text``, every mention checked against its offsets."""
    doc = next(run(nlp, [Job(text)]))
    for cluster in doc._.metoo_entities:
        for found in cluster.mentions:
            assert text[found.start : found.end] == found.text
    return doc._.metoo_entities


def names(found, kind):
    """Canonical names of the clusters of one kind, in output order."""
    return [c.name for c in found if c.kind == kind]
