"""Group name mentions into entities: same name, short forms, acronyms, typos."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..normalize.names import (
    canonical_name,
    is_acronym_of,
    is_subsequence,
    looks_like_acronym,
    name_key,
    one_edit_apart,
)
from .entity_candidates import Candidate
from .entity_labels import decide

#: Evidence that a name is an organisation's own, so it never joins a person.
ORG_EVIDENCE = frozenset({"lexicon", "org_word"})


@dataclass
class Group:
    """Mentions taken to name one referent, with the kind their evidence decided."""

    mentions: list[Candidate]
    kind: str = "other"
    fuzzy: bool = False
    merged: bool = field(default=False, repr=False)

    @property
    def first(self) -> int:
        return self.mentions[0].start

    @property
    def name(self) -> str:
        return canonical_name(m.text for m in self.mentions)

    @property
    def words(self) -> list[str]:
        return name_key(self.name).split()

    @property
    def evidence(self) -> frozenset[str]:
        return frozenset().union(*(m.evidence for m in self.mentions))

    def absorb(self, other: Group, fuzzy: bool = False) -> None:
        self.mentions = sorted(self.mentions + other.mentions, key=lambda m: m.start)
        self.fuzzy = self.fuzzy or other.fuzzy or fuzzy
        other.merged = True


def by_key(candidates: list[Candidate]) -> list[Group]:
    """One group per comparison key (same name in the same article = same referent)."""
    groups: dict[str, Group] = {}
    for candidate in candidates:
        key = name_key(candidate.text)
        if key:
            groups.setdefault(key, Group([])).mentions.append(candidate)
    out = list(groups.values())
    for group in out:
        group.kind = decide(group.mentions)
    return out


def _nearest(targets: list[Group], before: int) -> Group | None:
    """The only target, or among several the one named most recently before ``before``."""
    if len(targets) == 1:
        return targets[0]
    best, best_at = None, -1
    for target in targets:
        seen = [m.start for m in target.mentions if m.start < before]
        if seen and max(seen) > best_at:
            best, best_at = target, max(seen)
    return best


def _join(groups: list[Group], pick, fuzzy: bool = False) -> None:
    """Merge each group into the target ``pick(group, live_groups)`` returns, if any."""
    for group in sorted(groups, key=lambda g: len(g.words)):
        if group.merged:
            continue
        live = [g for g in groups if not g.merged and g is not group]
        target = pick(group, live)
        if target is not None:
            target.absorb(group, fuzzy)


def _can_be_person(group: Group) -> bool:
    return group.kind != "organisation" or not (group.evidence & ORG_EVIDENCE)


def _person_short_form(group: Group, live: list[Group]) -> Group | None:
    """ "Weinstein" / "Harvey" after "Harvey Weinstein": a part of a full person name."""
    if not _can_be_person(group):
        return None
    fulls = [
        g
        for g in live
        if g.kind == "person"
        and len(g.words) > len(group.words)
        and is_subsequence(group.words, g.words)
    ]
    return _nearest(fulls, group.first) if fulls else None


def _person_typo(group: Group, live: list[Group]) -> Group | None:
    """A name one edit from a person's full name or from one of its words ("Miano")."""
    if not _can_be_person(group):
        return None
    mine = " ".join(group.words)
    hits = []
    for g in live:
        if g.kind != "person" or len(g.words) < len(group.words):
            continue
        if len(group.words) == 1:
            close = any(one_edit_apart(mine, w, min_length=5) for w in g.words)
        else:
            close = one_edit_apart(mine, " ".join(g.words))
        if close:
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


def _organisation_part(group: Group, live: list[Group]) -> Group | None:
    """A short form of one longer organisation name: "State Department" in "US State
    Department", "Scientology" in "Church of Scientology"; the acronym "SEC"."""
    if group.kind not in ("organisation", "place", "other"):
        return None
    words = group.words
    same = [g for g in live if g.kind == group.kind or g.kind == "organisation"]
    if looks_like_acronym(group.name):
        spelled = [g for g in same if is_acronym_of(group.name, g.name)]
        if len(spelled) == 1:
            return spelled[0]
    if group.kind != "organisation":
        return None
    hosts = [
        g
        for g in same
        if g.kind == "organisation"
        and is_subsequence(words, g.words)
        and (len(words) > 1 or _after_of(words[0], g.words))
    ]
    return hosts[0] if len(hosts) == 1 else None


def _after_of(word: str, host: list[str]) -> bool:
    return any(host[i] == "of" and host[i + 1] == word for i in range(len(host) - 1))


def _organisation_typo(group: Group, live: list[Group]) -> Group | None:
    if group.kind != "organisation" or len(group.words) < 2:
        return None
    mine = " ".join(group.words)
    hits = [
        g
        for g in live
        if g.kind == "organisation" and one_edit_apart(mine, " ".join(g.words), min_length=8)
    ]
    return hits[0] if len(hits) == 1 else None


def group_candidates(candidates: list[Candidate]) -> list[Group]:
    """Group candidates into entities in order of first mention; "other" groups dropped."""
    groups = by_key(candidates)
    _join(groups, _person_short_form)
    groups = [g for g in groups if not g.merged]
    _join(groups, _person_typo, fuzzy=True)
    groups = [g for g in groups if not g.merged]
    _join(groups, _organisation_part)
    groups = [g for g in groups if not g.merged]
    _join(groups, _organisation_typo, fuzzy=True)
    kept = [g for g in groups if not g.merged and g.kind != "other"]
    return sorted(kept, key=lambda g: g.first)
