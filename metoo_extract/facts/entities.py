"""Find people, organisations, places, hashtags and handles, one entity per referent."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.metoo_*)
from ..extensions import doc_text
from .entity_candidates import find_candidates
from .entity_groups import Group, group_candidates
from .headline import reconcile_headline
from .propagation import propagate
from .types import EntityCluster, Found

#: Kinds in output order.
KIND_ORDER = ("person", "organisation", "place", "hashtag", "handle")


@Language.factory(
    "metoo_entities",
    default_config={},
    assigns=["doc._.metoo_entities"],
    requires=["doc.ents", "token.dep", "token.pos"],
)
def make_finder(nlp: Language, name: str) -> Finder:
    """Build the entity finder (it has no settings: its lexicons are data files)."""
    return Finder()


def _tag_clusters(text: str, tags: list[tuple[str, int, int]]) -> list[EntityCluster]:
    """Hashtags and handles grouped case-insensitively (#MeToo = #metoo)."""
    groups: dict[tuple[str, str], list[Found]] = {}
    for kind, start, end in tags:
        groups.setdefault((kind, text[start:end].casefold()), []).append(
            Found(start, end, text[start:end])
        )
    return [EntityCluster(kind, found[0].text, found) for (kind, _), found in groups.items()]


def _cluster(group: Group) -> EntityCluster:
    mentions = [Found(m.start, m.end, m.text) for m in group.mentions]
    return EntityCluster(group.kind, group.name, mentions, group.fuzzy)


class Finder:
    """spaCy component: ``find`` the entities, then ``set_annotations`` on the Doc."""

    def find(self, doc: Doc) -> list[EntityCluster]:
        """Entities of the doc, grouped by referent, people first, each kind in text order."""
        candidates, tags = find_candidates(doc)
        candidates = reconcile_headline(doc, candidates, doc_text(doc))
        groups = group_candidates(candidates, doc_text(doc))
        propagate(doc, groups, candidates)
        clusters = [_cluster(g) for g in groups]
        clusters += _tag_clusters(doc_text(doc), tags)
        return sorted(clusters, key=lambda c: (KIND_ORDER.index(c.kind), c.mentions[0].start))

    def set_annotations(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """Store the clusters as ``doc._.metoo_entities``."""
        doc._.metoo_entities = clusters

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc
