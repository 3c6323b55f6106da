"""Find quantities in a parsed Doc (placeholder: being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.metoo_*)
from .types import QuantityMatch


@Language.factory("metoo_quantities", default_config={}, assigns=["doc._.metoo_quantities"])
def make_finder(nlp: Language, name: str) -> "Finder":
    return Finder()


class Finder:
    def find(self, doc: Doc) -> list[QuantityMatch]:
        return []

    def __call__(self, doc: Doc) -> Doc:
        doc._.metoo_quantities = self.find(doc)
        return doc
