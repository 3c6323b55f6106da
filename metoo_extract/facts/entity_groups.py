"""Group name mentions into entities: same name, short forms, acronyms, typos."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..layout import wire_dateline
from ..normalize import name_lexicons as lex
from ..normalize.names import (
    ACRONYM_SKIP,
    OUTLET_ENDINGS,
    canonical_name,
    defines_short_form,
    fold,
    inverted_key,
    is_acronym_and_word_of,
    is_acronym_of,
    is_subsequence,
    looks_like_acronym,
    looks_like_mixed_acronym,
    looks_like_other_name,
    looks_like_short_form,
    misspelt_word,
    name_key,
    one_edit_apart,
    strip_accents,
    without_country_prefix,
)
from ..normalize.names import words as name_words
from .entity_candidates import Candidate, bracketed_other_name, defined_once, without_place
from .entity_labels import decide
from .organisation_spans import LEGAL_FORMS

#: Evidence that a name is an organisation's own, so it never joins a person.
ORG_EVIDENCE = frozenset({"lexicon", "org_word", "org_appos", "team_name", "shop_name"})
#: Evidence that keeps an organisation named only once: without any of it, the model's
#: ORG label alone is too weak ("Explorer", "Studio 54", "Athena" in a list of gods).
ONCE_EVIDENCE = ORG_EVIDENCE | frozenset(
    {"capitals", "speech", "org_context", "capital_the", "holds_lexicon", "ampersand", "team"}
    | {"club", "employer", "place_named", "org_classifier", "agency_credit", "founded"}
    | {"cited_source", "firm_syntax", "traded"}
)
#: Evidence that a lone institutional word is a name here: "Congress" in the lexicon,
#: "The Herald" with its capital "The" inside a sentence.
NAMED = frozenset({"lexicon", "capital_the"})
#: Words that alone name no organisation ("the Court", "Government", "State").
GENERIC = lex.organisation_words() | lex.titles() | lex.title_modifiers() | frozenset({"state"})


#: Evidence that a name is a body's beyond the model's word and a speech verb.
_BODY_SIGNS = ONCE_EVIDENCE - {"speech", "capitals"}
#: Evidence that a name is a person's beyond the model's word and a speech verb.
_PERSON_SIGNS = frozenset(
    {"given_name", "title", "kin", "relative", "age", "leader", "player", "credit"}
)


@dataclass(eq=False)
class Group:
    """Mentions taken to name one referent, with the kind their evidence decided.

    ``name`` (the fullest form), ``words`` (its comparison key, split) and ``evidence``
    (all mentions' flags) are kept up to date by ``add``: the joins read them for every
    pair of groups, so they are plain attributes, not recomputed on each read.
    """

    mentions: list[Candidate]
    kind: str = "other"
    fuzzy: bool = False
    merged: bool = field(default=False, repr=False)
    #: The surname a given name shares with the name it is coordinated with ("John" in
    #: "John and Mary Reed" is John Reed); the name and the key carry it.
    family: str = field(default="", repr=False)
    #: The name the article gives before a tagline in apposition that describes it
    #: ("Gavi, the Vaccine Alliance,"): the canonical name while a mention bears it.
    named: str = field(default="", repr=False)
    name: str = field(default="", init=False)
    words: list[str] = field(default_factory=list, init=False, repr=False)
    evidence: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.name = canonical_name(m.text for m in self.mentions) if self.mentions else ""
        if self.family and len(name_key(self.name).split()) == 1:
            self.name = f"{self.name} {self.family}"
        if any(m.text == self.named for m in self.mentions):
            self.name = self.named
        self.words = name_key(self.name).split()
        self.evidence = frozenset().union(*(m.evidence for m in self.mentions))

    @property
    def first(self) -> int:
        return self.mentions[0].start

    def add(self, mentions: list[Candidate]) -> None:
        """Take more mentions of the same referent (kept in text order)."""
        self.mentions = sorted(self.mentions + mentions, key=lambda m: m.start)
        self._refresh()

    def drop(self, mention: Candidate) -> None:
        """Give up one mention that names no referent; a group left empty is gone."""
        self.mentions = [m for m in self.mentions if m is not mention]
        if self.mentions:
            self._refresh()
        else:
            self.merged = True

    def absorb(self, other: Group, fuzzy: bool = False) -> None:
        """Take ``other``'s mentions; decide the kind again when it was "other", or a person
        on the model's word alone and the joining mentions are all the model's bodies with
        a body's evidence ("Hydro's engineers"; not "Sandhu said")."""
        unsure = self.kind == "other" or (
            self.kind == "person"
            and not self.evidence & _PERSON_SIGNS
            and all(m.model == "organisation" and m.evidence & _BODY_SIGNS for m in other.mentions)
        )
        self.add(other.mentions)
        self.fuzzy = self.fuzzy or other.fuzzy or fuzzy
        if unsure:
            # one label from all mentions: "Dries Mertens" (PRODUCT) + "Mertens" (PERSON);
            # "Ontario Hydro" (PERSON on the model's word, "said") + "Hydro's engineers"
            self.kind = decide(self.mentions)
        other.merged = True


def by_key(candidates: list[Candidate]) -> list[Group]:
    """One group per comparison key (same name in the same article = same referent)."""
    by_name: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        key = name_key(candidate.text)
        if key and "shop_name" in candidate.evidence:
            key += "'s"  # "Baxter's" (the shop) is not "Baxter" (its founder)
        if key:
            by_name.setdefault(key, []).append(candidate)
    out = [Group(part) for mentions in by_name.values() for part in _split_by_sex(mentions)]
    for group in out:
        group.kind = decide(group.mentions)
    return out


_SEXES = ("male", "female")


def _sex_of(mentions: list[Candidate]) -> str | None:
    """The one sex the mentions' honorifics or given names tell, if they agree."""
    told = {sex for m in mentions for sex in _SEXES if sex in m.evidence}
    return told.pop() if len(told) == 1 else None


def _split_by_sex(mentions: list[Candidate]) -> list[list[Candidate]]:
    """A surname said of a man and of a woman names two people ("Mr. Halloway" and
    "Mrs. Halloway"): one list per sex, each untold mention with the last told before it
    (or the first told at all)."""
    told = [next((s for s in _SEXES if s in m.evidence), None) for m in mentions]
    if len(name_key(mentions[0].text).split()) != 1 or not set(_SEXES) <= set(told):
        return [mentions]
    parts: dict[str, list[Candidate]] = {sex: [] for sex in _SEXES}
    current = next(sex for sex in told if sex)
    for mention, sex in zip(mentions, told, strict=True):
        current = sex or current
        parts[current].append(mention)
    return [part for part in parts.values() if part]


def _nearest(targets: list[Group], before: int) -> Group | None:
    """The only target, or among several the one named most recently before ``before``
    (the first named when none comes before)."""
    if len(targets) == 1:
        return targets[0]
    best, best_at = min(targets, key=lambda g: g.first), -1
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


#: Evidence that a name is a thing's, an event's or a building's, never a person's.
THING_EVIDENCE = frozenset({"product", "thing", "vessel", "event", "facility", "law"})


def _can_be_person(group: Group) -> bool:
    if group.evidence & THING_EVIDENCE:
        return False
    named = {"speech", "title"} & group.evidence
    if group.kind == "other" and "demonym" in group.evidence and not named:
        return False  # "Māori providers" is no surname of "... Hauora Māori" ("English said" is)
    return group.kind != "organisation" or not (group.evidence & ORG_EVIDENCE)


def _main_name_of(text: str) -> str | None:
    """The main name of the club or well-known organisation ``text`` names ("Juve" ->
    "Juventus", "Fed" -> "Federal Reserve"), if it is one."""
    club = lex.sports_clubs().get(text)
    if club:
        return club.full_name or club.name
    known = lex.known_organisations().get(text)
    if known is None:
        known = next(
            (
                party
                for party in map(lex.known_organisations().get, (text + "s", text + " Party"))
                if party is not None and party.category == "party"
            ),
            None,
        )  # a party's member word: "Conservative" of "Conservatives"
    return (known.full_name or known.name) if known else None


def _known_short_form(group: Group, live: list[Group]) -> Group | None:
    """A club's or a well-known organisation's short form or nickname is the
    organisation: "Juve" / "Juventus", "Lakers" / "Los Angeles Lakers", "Fed" / "Federal
    Reserve"."""
    names = {_main_name_of(m.text) for m in group.mentions} - {None}
    # a club's nickname may read as a place or a group of people ("the Leafs")
    team = "team" in group.evidence and group.kind in ("place", "other")
    if not names or (group.kind != "organisation" and not team):
        return None

    texts = {m.text for m in group.mentions}
    shortened = {_main_name_of(text) for text in texts} - {None} - texts

    folded = {name.casefold() for name in names}

    def named(host: Group) -> bool:
        mains = {(_main_name_of(m.text) or m.text).casefold() for m in host.mentions}
        return bool(mains & folded) or any(
            main.startswith(name.casefold() + " ") for main in mains for name in shortened
        )  # "Federal Reserve Board" is the Fed too; "ASTON VILLA" opening a story is Villa

    hosts = [g for g in live if g.kind == "organisation" and named(g)]
    if len(hosts) > 1:  # "Leafs" while "Maple Leafs" and "Toronto Maple Leafs" are apart
        hosts = [g for g in hosts if {m.text for m in g.mentions} & names] or hosts
    return hosts[0] if len(hosts) == 1 else None


#: Evidence that a place group names a known place: no speaker's surname joins it ("Kong
#: said" is not "Hong Kong"; "America" the model calls a person is "North America").
_NAMED_PLACE = frozenset({"place_major", "place_city", "place_name", "dateline"})


def _person_short_form(group: Group, live: list[Group]) -> Group | None:
    """ "Weinstein" / "Harvey" after "Harvey Weinstein": a part of a full person name."""
    if not _can_be_person(group):
        return None
    if "relative" in group.evidence and len(group.words) > 1:
        return None  # "Harold Arthur Pemberton, the child of Arthur Pemberton": his father
    if (
        group.kind == "organisation"
        and "org_context" in group.evidence
        and any(g.kind == "organisation" and _begins(g.words, group.words) for g in live)
    ):
        return None  # "Two of Mabotse's directors": the firm "Mabotse Engineering"
    fulls = [
        g
        for g in live
        if (
            g.kind == "person"
            or (
                group.kind == "person"
                and not g.evidence & (ORG_EVIDENCE | {"ampersand"})
                and not (
                    g.kind == "place" and g.evidence & _NAMED_PLACE and "speech" in group.evidence
                )
            )
        )
        and (
            (
                len(g.words) > len(group.words)
                and (
                    is_subsequence(group.words, g.words)
                    or (len(group.words) > 1 and _without_initials(g.words) == group.words)
                )
            )
            or _spaced_surname(group.words, g)
        )
    ]
    if any(len(group.words) > 1 and _without_initials(g.words) == group.words for g in fulls):
        # "Walter Pryce" is her husband "Walter J. Pryce", not their son "Walter Pryce Jr."
        fulls = [g for g in fulls if g.words[-1] not in GENERATIONS]
    sex = _sex_of(group.mentions)
    if sex:
        # "Ms. Reyes" after "Anna Reyes" and her brother "Carlos Reyes": the woman
        fulls = [g for g in fulls if _sex_of(g.mentions) in (sex, None)]
        fulls = [g for g in fulls if _sex_of(g.mentions) == sex] or fulls
    # "Pembrey" after "Harold Arthur Pembrey" and his father "Arthur Pembrey": the man the
    # story is about, not the relative it names once
    fulls = [g for g in fulls if "relative" not in g.evidence] or fulls
    return _nearest(fulls, group.first) if fulls else None


def _spaced_surname(words: list[str], host: Group) -> bool:
    """``words`` hold both halves of the host's double-barrelled surname written apart,
    as captions do: "Ellery Bowen" for "Marcus Ellery-Bowen", "Ann Bexley Tate" for "Ann
    Bexley-Tate"."""
    spaced = [half for word in host.words for half in word.split("-")]
    return (
        len(words) > 1
        and any(
            halves and (halves == words or is_subsequence(halves, words))
            for halves in map(_hyphen_halves, host.name.split())
        )
        and (words == spaced or is_subsequence(words, spaced))
    )


def _hyphen_halves(word: str) -> list[str]:
    """The halves of a double-barrelled surname, folded ("Sharma-Kulkarni" -> "sharma",
    "kulkarni"): two capitalised words of three letters or more ("Ying-jeou" has none)."""
    halves = word.split("-")
    if len(halves) != 2 or not all(
        len(half) >= 3 and half.isalpha() and half[0].isupper() for half in halves
    ):
        return []
    return [fold(half) for half in halves]


def _surname_half(group: Group, live: list[Group]) -> Group | None:
    """One half of a person's double-barrelled surname used alone, or after the same
    given name, is the person, when no other name in the article holds that word:
    "Ogunleye" or "Adewale" for "Bola Adewale-Ogunleye", "Sharma" for "Priya
    Sharma-Kulkarni", "Margaret Okafor" (her maiden name) for "Margaret Okafor-Hale"."""
    if len(group.words) > 2 or not _can_be_person(group) or group.evidence & _BODY_SIGNS:
        return None
    *given, word = group.words
    hosts = [
        g
        for g in live
        if g.kind == "person"
        and len(g.words) > 1
        and (not given or g.words[:-1] == given)
        and word in _hyphen_halves(g.name.split()[-1])
    ]
    others = [
        g
        for g in live
        if g not in hosts
        and any(word in (fold(w), *_hyphen_halves(w)) for m in g.mentions for w in m.text.split())
    ]
    return hosts[0] if len(hosts) == 1 and not others else None


#: Generational suffixes that tell a father from his son ("Walter Pryce Jr.").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _without_initials(words: list[str]) -> list[str]:
    """A name's key words without its middle names or initials: "douglas p whitcombe" ->
    "douglas whitcombe", "margaret ellison pryce" -> "margaret pryce"."""
    if len(words) < 3 or words[-1] in GENERATIONS:
        return words
    return [words[0], words[-1]]


def _one_word_misspelt(words: list[str], host: list[str]) -> bool:
    """Two names of as many words, alike but for one plain word that is a typo of the
    other's ("tiago barossinho" / "tiago barrosinho"; not "wong kwok-kin" / "wong
    kwok-hing", whose hyphened given names differ by a syllable)."""
    if len(words) != len(host):
        return False
    differ = [(a, b) for a, b in zip(words, host, strict=True) if a != b]
    return (
        len(differ) == 1 and all(word.isalpha() for word in differ[0]) and misspelt_word(*differ[0])
    )


def _person_typo(group: Group, live: list[Group]) -> Group | None:
    """A name one edit from a person's full name (maybe without its middle names), or a
    typo of one of its words ("Miano", "Holstege")."""
    if not _can_be_person(group):
        return None
    mine = " ".join(group.words)
    if len(mine) < 5 and lex.is_given_name(group.name):
        return None  # "Hal said" after "Mike Hall": a short given name, no typo of "Hall"
    if group.kind == "place" and group.evidence & _NAMED_PLACE:
        return None  # "in Berlin" after "Anna Berlini": a known place, no one's typo
    hits = []
    for g in live:
        if g.kind != "person" or len(g.words) < len(group.words):
            continue
        if len(group.words) == 1:
            close = any(misspelt_word(mine, w) for w in g.words)
        else:
            # also 'Tiago "The Wand" Barrosinho' for "Tiago Barossinho": a nickname or a
            # middle name left out, a long surname's two typos
            close = any(
                one_edit_apart(mine, " ".join(words)) or _one_word_misspelt(group.words, words)
                for words in (g.words, _without_initials(g.words))
            )
        if close:
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


def _spells(short: str, group: Group) -> bool:
    """``short`` spells the initials of one of the group's names ("HAP" for "Halloran
    Asset Partners", whose fullest form is "Halloran Asset Partners Ltd"), maybe without
    the place it opens with ("DPS" for "Texas Department of Public Safety")."""
    return any(
        is_acronym_of(short, text) or is_acronym_of(short, without_place(text))
        for text in {m.text for m in group.mentions}
    )


def _spells_with_words(short: Group, group: Group) -> bool:
    """One of ``short``'s names is an acronym and a word of one of the group's names
    ("UNC Greensboro" for "University of North Carolina at Greensboro")."""
    return any(
        is_acronym_and_word_of(mine.text, text)
        for mine in short.mentions
        for text in {m.text for m in group.mentions}
    )


#: A country's short name before a body's short form: "U.S. FDA", "UK CMA".
_COUNTRY_BEFORE_SHORT_FORM = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK|EU) (?=[A-Z]{2,}$)")


def _organisation_part(group: Group, live: list[Group]) -> Group | None:
    """A short form of one longer organisation name: "State Department" in "US State
    Department", "Scientology" in "Church of Scientology"; the acronym "SEC"."""
    if group.kind not in ("organisation", "place", "other"):
        return None
    words = group.words
    same = [g for g in live if g.kind == group.kind or g.kind == "organisation"]
    country = "place_major" in group.evidence and not group.evidence & ORG_EVIDENCE
    short = _COUNTRY_BEFORE_SHORT_FORM.sub("", group.name)  # "U.S. FDA": the FDA
    if (looks_like_acronym(short) or looks_like_mixed_acronym(short)) and not country:
        # a product's or a programme's initials name it too: "IE" for "Internet Explorer";
        # a country's never spell a body ("US" is no "University of Sheffield"); a known
        # body's short form ("AP") never spells a name with no evidence of any kind
        spelled = [
            g
            for g in live
            if (g.kind in (group.kind, "organisation") or g.evidence & THING_EVIDENCE)
            and not ("lexicon" in group.evidence and not g.evidence)
            and _spells(short, g)
        ]
        if len(spelled) == 1:
            return spelled[0]
    if group.kind == "organisation" and len(words) > 1:
        # "TU Delft" for "Delft University of Technology": initials and the name's own word
        spelled = [g for g in live if g.kind == "organisation" and _spells_with_words(group, g)]
        if len(spelled) == 1:
            return spelled[0]
    if group.kind == "other" and len(words) == 1:
        # a team's nickname the model read as a group of people ("the Stormers")
        hosts = [g for g in live if g.kind == "organisation" and _nickname_of(words[0], g.words)]
        return hosts[0] if len(hosts) == 1 else None
    if group.kind != "organisation":
        return None
    hosts = [
        g
        for g in same
        if g.kind == "organisation"
        and is_subsequence(words, g.words)
        and not _body_of(group, g)
        and (
            len(words) > 1
            or _after_of(words[0], g.words)
            or _nickname_of(words[0], g.words)
            or _after_nationality(words[0], g.words)
            or _after_place(words[0], g)
            or _outlet_last_word(words[0], g)
        )
    ]
    return hosts[0] if len(hosts) == 1 else None


def _outlet_last_word(word: str, host: Group) -> bool:
    """ "the Star" for the "Dunmore Evening Star" whose masthead or credit the article
    cites, "Gazette-Herald" for the "Dunmore Gazette-Herald": an outlet's last word."""
    return len(host.words) > 1 and host.words[-1] == word and "cited_source" in host.evidence


def _nickname_of(word: str, host: list[str]) -> bool:
    """ "Bulls" for "Vodacom Bulls", "Warriors" for "Glasgow Warriors": a plural
    nickname that ends a team's longer name (a sponsor's or a city's before it)."""
    return (
        len(host) > 1
        and host[-1] == word
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in GENERIC
    )


def _after_of(word: str, host: list[str]) -> bool:
    return any(host[i] == "of" and host[i + 1] == word for i in range(len(host) - 1))


def _after_nationality(word: str, host: list[str]) -> bool:
    """ "Aramco" for "Saudi Aramco": the host is the word after a nationality."""
    return len(host) == 2 and host[1] == word and host[0] in lex.demonyms()


def _after_place(word: str, host: Group) -> bool:
    """ "Senate" for the "New Mexico Senate": the host is a body's word after a known
    place's name."""
    if word not in lex.organisation_words() or host.words[-1] != word:
        return False
    place = name_words(host.name)[:-1]
    return bool(place) and " ".join(place) in lex.places()


def _inverted_form(group: Group, live: list[Group]) -> Group | None:
    """ "Commerce Department" for "U.S. Department of Commerce", "Interior Ministry" for
    "Ministry of the Interior": the same institution named the other way round."""
    if group.kind != "organisation":
        return None
    key = _inverted(tuple(group.words))
    if key is None:
        return None
    hosts = [g for g in live if g.kind == "organisation" and _inverted(tuple(g.words)) == key]
    return hosts[0] if len(hosts) == 1 else None


def _reversed_name(group: Group, live: list[Group]) -> Group | None:
    """ "Haruki Sato" for "Sato Haruki": a Japanese, Korean, Chinese or Hungarian name
    written family name first, and given name first elsewhere in the article."""
    if group.kind != "person" or len(group.words) != 2:
        return None
    turned = group.words[::-1]
    hosts = [g for g in live if g is not group and g.kind == "person" and g.words == turned]
    return hosts[0] if len(hosts) == 1 else None


@lru_cache(maxsize=4096)
def _inverted(words: tuple[str, ...]) -> tuple[str, ...] | None:
    return inverted_key(list(words), lex.organisation_words())


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


def _party_in_plural(group: Group, live: list[Group]) -> Group | None:
    """ "the Liberals" for "the Liberal Party", "Democrats" for "the Democratic Party":
    one party named after its members, in the plural."""
    if len(group.words) != 1 or group.kind == "person" or not group.words[0].endswith("s"):
        return None
    stem = group.words[0][:-1]
    if len(stem) < 4:
        return None
    hosts = [
        g
        for g in live
        if g.kind == "organisation" and "party" in g.words[1:] and g.words[0].startswith(stem)
    ]
    return hosts[0] if len(hosts) == 1 else None


def _initialled_opening(group: Group, live: list[Group]) -> Group | None:
    """A body's name with the words it opens with written as their initials: "KL Rovers"
    for "Kuala Lumpur Rovers FC" (the rest the same, but for the host's closing
    organisation words), whatever the model read the short name as."""
    initials = group.name.split()[0]
    rest = group.words[1:]
    if not (rest and 2 <= len(initials) <= 4 and initials.isalpha() and initials.isupper()):
        return None
    size = len(initials)

    def initialled(host: Group) -> bool:
        words = host.words
        tail = words[size + len(rest) :]
        return (
            len(words) >= size + len(rest)
            and "".join(w[0] for w in words[:size]) == initials.casefold()
            and words[size : size + len(rest)] == rest
            and all(fold(w) in lex.organisation_words() for w in tail)
        )

    hosts = [g for g in live if g.kind == "organisation" and initialled(g)]
    return hosts[0] if len(hosts) == 1 else None


def _organisation_prefix(group: Group, live: list[Group]) -> Group | None:
    """The first words of one organisation's name ("Carrick Vance" for "Carrick Vance
    Logistics Inc.", "Freedom" for "Freedom Magazine", "Northbridge" for the side
    "Northbridge City"), unless a person's name; a town's name only for a well-known
    organisation's ("Delta" for "Delta Air Lines") or one that speaks, never one written as
    a place."""
    town = (
        group.kind == "place"
        and len(group.words) == 1
        and not {"place_major", "locative"} & group.evidence
    )  # "Delta", not "Suez Canal" for "Suez Canal Authority"
    if (group.kind not in ("organisation", "person") and not town) or _personal(group):
        return None
    words = group.words
    if looks_like_acronym(group.name) and any(_spells(group.name, g) for g in live):
        return None  # "GCC" spells "Gulf Cooperation Council", however "GCC Statistical
        # Center" begins
    hosts = [
        g
        for g in live
        if g.kind == "organisation"
        and (g.evidence & (ORG_EVIDENCE | {"team"}) or (group.kind == "organisation" and not town))
        # "Skylark" for "Skylark Air", both organisations on the model's word alone;
        # "Delta" for "Delta Air Lines", "Harlow" for "Harlow Semiconductor Inc.",
        # "Meridian" that speaks for "Meridian Pictures" ("Meridian said"), "shares in
        # Veridane" for "Veridane Therapeutics"
        and (
            not town
            or any("lexicon" in m.evidence and m.text.startswith(group.name) for m in g.mentions)
            or _incorporated(g)
            or (
                {"speech", "org_context"} & group.evidence
                and "org_head" in g.evidence
                and not _place_as_owner(group)
            )
        )
        and _begins(g.words, words)
        and not (
            len(words) == 1 and words[0] in GENERIC and _modifies_a_body_word(words[0], g.words)
        )
        and not _body_of(group, g)
        and not _outlet_named_for(group, g)
    ]
    named = [g for g in hosts if g.evidence & (ORG_EVIDENCE | {"team"})]
    return _nearest(named or hosts, group.first) if hosts else None  # named hosts first


#: The only evidence a firm's first words may carry to be taken for it though the model
#: read them as a place: a street's or a building's word ("Mill Street"), no known place.
_FACILITY_ONLY = frozenset({"facility", "capitals", "sentence_opener"})
#: What follows a firm's first words where they act as the firm: it owns, or speaks.
_ACTS_AS_FIRM = re.compile(r"(?:'s|\u2019s)\s|\s+(?:said|says|told|announced|added)\b")


def join_firm_before_kind_word(groups: list[Group], text: str) -> list[Group]:
    """The words before a firm's kind word, read as a street or a building on no other
    evidence, are the firm where they own or speak: "Mill Street's boss" after "Mill
    Street Records" (not "a shop on Mill Street")."""
    for group in groups:
        if (
            group.merged
            or group.kind != "place"
            or len(group.words) < 2
            or "facility" not in group.evidence
            or not group.evidence <= _FACILITY_ONLY
            or not all(_ACTS_AS_FIRM.match(text, m.end) for m in group.mentions)
        ):
            continue
        hosts = [
            g
            for g in groups
            if not g.merged
            and g.kind == "organisation"
            and "org_head" in g.evidence
            and len(g.words) == len(group.words) + 1
            and g.words[:-1] == group.words
        ]
        if len(hosts) == 1:
            hosts[0].absorb(group)
    return [g for g in groups if not g.merged]


def _place_as_owner(group: Group) -> bool:
    """A known city or state that only owns ("Gujarat's chief minister"), never speaks:
    the place, no short form of a body named after it ("Gujarat Water Supply Board")."""
    return "place_city" in group.evidence and "speech" not in group.evidence


def _outlet_named_for(group: Group, host: Group) -> bool:
    """The host is an outlet named for the body the group's one generic word names:
    "Navy" is not "Navy Times", nor "Army" "Army Times"."""
    return (
        len(group.words) == 1
        and group.words[0] in GENERIC
        and len(host.words) == 2
        and host.words[-1] in OUTLET_ENDINGS
        and host.words[-1] != group.words[0]  # "the Herald" is "the Riverside Herald"
    )


def _body_of(group: Group, host: Group) -> bool:
    """The host is a body of the well-known organisation the group names, not another
    name of it: "European Union" and the "European Union Agency for Asylum"."""
    words = group.words
    if host.words[: len(words)] != words or not any(
        m.text in lex.known_organisations() for m in group.mentions
    ):
        return False
    rest = host.words[len(words) :]
    if rest and rest[-1] in SUB_BODY_HEADS and not _own_full_name(rest, host):
        return True  # "Senate" and the "Senate Commerce Committee"
    if len(rest) >= 2 and rest[-1] == "agency":
        return True  # the "European Research Council Executive Agency" (not "Anadolu Agency")
    if "regional_branch" in host.evidence:
        return True  # "NHS" and "NHS Greater Glasgow and Clyde", "GAA" and "Mayo GAA"
    if rest in _DEVOLVED_NATIONS:
        return True  # "NHS" and "NHS England": a devolved body, not a chapter ("Amnesty
        # International Kenya" is one)
    return (
        len(rest) >= 3
        and rest[0] in lex.organisation_words()
        and bool({"of", "for", "on"} & set(rest[1:]))
    )


#: A firm's kind words after its own name ("Kinnevik Capital", "Accel Ventures"), where
#: they name the firm itself rather than an arm of it, unless that arm is well known.
_FIRM_KIND_WORDS = frozenset({"capital", "ventures"})


def _own_full_name(rest: list[str], host: Group) -> bool:
    """The host is the known body's own full name, a kind word after it ("Kinnevik" and
    "Kinnevik Capital"), not a well-known arm named after it ("Intel Capital")."""
    return (
        len(rest) == 1
        and rest[0] in _FIRM_KIND_WORDS
        and not any(m.text in lex.known_organisations() for m in host.mentions)
    )


#: The nations a British body's devolved counterparts are named for ("NHS Scotland").
_DEVOLVED_NATIONS = (["england"], ["scotland"], ["wales"], ["northern", "ireland"])
#: Heads of a body's own parts and offshoots: "Senate" is not the "Senate Commerce
#: Committee", "Intel" not "Intel Capital", the "Met Office" not its "Hadley Centre".
SUB_BODY_HEADS = frozenset(
    {"committee", "subcommittee", "caucus", "panel", "delegation", "ventures", "capital"}
    | {"centre", "center", "foundation", "institute", "laboratory", "laboratories", "labs"}
    | {"research", "academy", "school", "college", "press", "museum", "hospital", "services"}
    | {"alliance"}
)


def _incorporated(group: Group) -> bool:
    """The organisation's name carries a company's legal form ("Inc.", "plc", "Bhd")."""
    return any(m.text.split()[-1].rstrip(".").casefold() in LEGAL_FORMS for m in group.mentions)


def _begins(host: list[str], words: list[str]) -> bool:
    """The host's name begins with the words and goes on, also once both drop a leading
    country ("House" or "US House" for "United States House of Representatives")."""
    if len(host) > len(words) and host[: len(words)] == words:
        return True
    bare_host, bare = without_country_prefix(host), without_country_prefix(words)
    return (
        bool(bare)
        and bare_host != host
        and len(bare_host) > len(bare)
        and bare_host[: len(bare)] == bare
    )


def _clipped_name(group: Group, live: list[Group]) -> Group | None:
    """A clipped form of an organisation's first word: "Juve" for "Juventus", "Atleti"
    for "Atlético de Madrid" (accents folded). Only an unknown word of four letters or
    more, at least half the word it clips; not a given name, place or known name."""
    if len(group.words) != 1 or _personal(group) or group.evidence & {"lexicon", "holds_lexicon"}:
        return None
    clip = strip_accents(fold(group.words[0]))
    text = group.mentions[0].text
    if len(clip) < 4 or lex.is_given_name(text) or text in lex.places():
        return None
    if text in lex.known_organisations():
        return None
    hosts = [
        g
        for g in live
        if g.kind == "organisation"
        and (first := strip_accents(fold(g.words[0]))).startswith(clip)
        and len(first) >= len(clip) + 2
        and 2 * len(clip) >= len(first)
    ]
    return _nearest(hosts, group.first) if hosts else None


def _clipped_words(group: Group, live: list[Group]) -> Group | None:
    """An organisation's name with every word clipped: "Lib Dem(s)" for "Liberal
    Democrats", "Nat Geo" for "National Geographic" (each clip three letters or more)."""
    if group.kind != "organisation" or len(group.words) < 2:
        return None
    clips = [w.removesuffix("s") for w in group.words]
    if any(len(clip) < 3 for clip in clips):
        return None

    def clipped(host: Group) -> bool:
        words = [w.removesuffix("s") for w in host.words]
        return (
            len(words) == len(clips)
            and all(w.startswith(c) for w, c in zip(words, clips, strict=True))
            and any(len(w) >= len(c) + 2 for w, c in zip(words, clips, strict=True))
        )

    hosts = [g for g in live if g is not group and g.kind == "organisation" and clipped(g)]
    return _nearest(hosts, group.first) if hosts else None


def _personal(group: Group) -> bool:
    """A title, or a given name the model also reads as a person's ("Andy Warhol")."""
    evidence = group.evidence
    return "title" in evidence or (
        "given_name" in evidence and any(m.model == "person" for m in group.mentions)
    )


def _generic_part(group: Group, live: list[Group]) -> Group | None:
    """A lone institutional word ("the Court", "the Church") names the one organisation
    whose name holds it."""
    if len(group.words) != 1 or group.words[0] not in GENERIC | OUTLET_ENDINGS:
        return None  # "the Court", "the Herald" (for "the Riverside Herald")
    if group.kind == "place" or "place_major" in group.evidence:
        return None  # "SA" (South Africa) is no legal form in "SA Rugby", "U.S." no body
    word = group.words[0]
    if NAMED & group.evidence and word not in OUTLET_ENDINGS:
        # a known body of that one word ("Congress") is the known name that ends with it
        # in this article ("Indian National Congress"), when there is one
        hosts = [
            g
            for g in live
            if g.kind == "organisation"
            and len(g.words) > 1
            and g.words[-1] == word
            and "lexicon" in g.evidence
        ]
    else:
        hosts = [
            g
            for g in live
            if g.kind == "organisation"
            and word in g.words
            and not _modifies_a_body_word(word, g.words)
            and not _outlet_named_for(group, g)
        ]
    return hosts[0] if len(hosts) == 1 else None


def _modifies_a_body_word(word: str, host: list[str]) -> bool:
    """``word`` only modifies the organisation's word after it in ``host``: "State" in
    "State Bank of India" is no short form of the bank ("the State" is the state)."""
    at = host.index(word)
    return at + 1 < len(host) and host[at + 1] in lex.organisation_words()


def _spelled_out(group: Group, mention: Candidate) -> bool:
    """An organisation's full name in brackets after its short name: "Walhi (Indonesian
    Forum for the Environment)"."""
    return group.kind == "organisation" and len(mention.text.split()) >= 2


def _other_name(group: Group, mention: Candidate) -> bool:
    """A one-word name in brackets that may be an organisation's other name ("IsDB",
    "Sedena"), not a place's or a nationality's."""
    return (
        group.kind in ("organisation", "other")
        and "group_of_people" not in mention.evidence
        and looks_like_other_name(mention.text)
    )


def _short_name(group: Group) -> bool:
    """A one-word name with no title or given name, so a bracketed full name can spell
    it out ("Kontras (Commission for the Disappeared ...)")."""
    return len(group.words) == 1 and not {"title", "given_name"} & group.evidence


def _person_alias(short: str, name: str) -> bool:
    """A bracketed short form a person goes by spells their name ("Alexandria
    Ocasio-Cortez (AOC)"); a known organisation's ("NASA") or one that spells nothing of
    the name (a country's code, "KEN") is their affiliation."""
    return defines_short_form(short, name) and short not in lex.known_organisations()


def _affiliation(mention: Candidate, host: Candidate, group: Group, groups: list[Group]) -> bool:
    """The one word bracketed after a person's name is where they belong, not a name
    they go by: it spells neither the name nor an organisation of the text ("Carrick
    Vance (CVL)" after "Carrick Vance Logistics Inc." is the firm's)."""
    return (
        " " not in mention.text
        and not _person_alias(mention.text, host.text)
        and not any(
            o.kind == "organisation" and defines_short_form(mention.text, o.name)
            for o in groups
            if o is not group and not o.merged
        )
    )


def _team_code(short: str) -> bool:
    """A country's or team's code of two or three letters ("GB", "KEN", "Ita"), as a
    results list brackets it after a name; not a known body's short form ("UN")."""
    return len(short) <= 3 and short.isalpha() and short not in lex.known_organisations()


def join_bracketed(groups: list[Group], text: str) -> list[Group]:
    """ "Securities and Exchange Commission (SEC)": the bracketed short form is the name
    before it, whatever its letters, and so is an organisation's other name ("Defense
    Ministry (Sedena)", "Health New Zealand (Te Whatu Ora)"); so is a bracketed full name
    after a one-word name ("Walhi (Indonesian Forum for the Environment)")."""
    for group in groups:
        for mention in group.mentions:
            if group.merged or not (
                looks_like_short_form(mention.text)
                or _spelled_out(group, mention)
                or _other_name(group, mention)
            ):
                continue
            if (
                text[mention.start - 1 : mention.start] != "("
                or text[mention.end : mention.end + 1] != ")"
            ):
                continue
            bracket = mention.start - 1
            gap = bracket  # start of the white space run before the bracket
            while gap > 0 and text[gap - 1].isspace():
                gap -= 1
            if text[gap - 2 : gap] in ("'s", "\u2019s"):
                gap -= 2  # "the Social Welfare Department's (JKM) portal"
            for g in groups:
                if g is group or g.merged:
                    continue
                host = next((m for m in g.mentions if gap <= m.end <= bracket), None)
                if host is not None:
                    if g.kind == "place" and not defines_short_form(mention.text, host.text):
                        break  # "THE HAGUE, Netherlands (AP) —": a wire's credit, not "DRC"
                    if g.kind == "person" and _affiliation(mention, host, group, groups):
                        if _team_code(mention.text):
                            group.drop(mention)  # "Ada Lenz (GB) 6-4": her country, no name
                        break  # "Ada Lenz (NASA)": her employer, named in its own right
                    if (
                        looks_like_short_form(mention.text) and defined_once(text, mention.text)
                    ) or (
                        g.kind == "organisation"
                        and bracketed_other_name(text, host.start, host.end) == mention.text
                    ):
                        g.absorb(group)
                    elif (
                        g.kind == "organisation"
                        and _spelled_out(group, mention)
                        and defined_once(text, mention.text)
                    ):
                        g.absorb(group)  # "Health New Zealand (Te Whatu Ora)": its other name
                    elif _short_name(g) and g.kind != "place" and " " in mention.text:
                        # "Walhi (Indonesian Forum ...)"; not "Texas--(BUSINESS WIRE)"
                        g.absorb(group)
                        g.kind = decide(g.mentions)  # the full name's evidence counts
                    break
    return [g for g in groups if not g.merged]


#: Words between two names of one referent: "SpaceX, formally Space Exploration
#: Technologies Corp.", "Meta, formerly Facebook", "Elizabeth Njeri, known as Liz".
_ALIAS_BETWEEN = re.compile(
    r",?\s+(?:(?:also\s+)?known(?:\s+to\s+\w+)?\s+as|formally|formerly|officially|"
    r"legally|now\s+called|renamed)\s+(?:the\s+)?"
)
#: An organisation's name in apposition: "Te Aka Whai Ora, the Māori Health Authority, in".
_APPOSED_NAME = re.compile(r",\s+the\s+")
#: What follows an apposition, not a list ("the BBC, the Guardian and the Times").
_APPOSITION_END = re.compile(r"\s*(?:,\s+(?!and\b|or\b)[a-z]|[.;:)]|\s[-–—]\s)")


def _apposed_organisation(text: str, mention: Candidate, starts: dict[int, Group]) -> Group | None:
    """The organisation of two words or more whose name stands in apposition right after
    ``mention``, closed as an apposition is rather than continued as a list."""
    link = _APPOSED_NAME.match(text, mention.end)
    other = starts.get(link.end()) if link else None
    if other is None or other.kind != "organisation" or len(other.words) < 2:
        return None
    closed = any(
        m.start == link.end() and _APPOSITION_END.match(text, m.end) for m in other.mentions
    )
    return other if closed else None


#: Words that give a body's scope, which its full name holds and a tagline does not.
_SCOPE_WORDS = frozenset({"international", "national", "world", "global", "federal", "regional"})


def _tagline(name: str, apposed: str) -> bool:
    """The apposed name only describes what the named body does ("Gavi, the Vaccine
    Alliance"): it spells out no short form, and holds no scope, people, place or linking
    word, as a full name does ("FIDE, the International Chess Federation", "Walhi, the
    Indonesian Forum for the Environment")."""
    return not defines_short_form(name, apposed) and not any(
        fold(w) in ACRONYM_SKIP | _SCOPE_WORDS | lex.demonyms() or w in lex.places()
        for w in name_words(apposed)
    )


def join_named_aliases(groups: list[Group], text: str) -> list[Group]:
    """A name followed by another name of the same referent, linked by "formally",
    "formerly", "officially" or "known as", or an organisation's name in apposition
    ("Te Aka Whai Ora, the Māori Health Authority, in 2024"): one entity, with the
    evidence of both. An apposed name that does not spell out the first ("Gavi, the
    Vaccine Alliance") is a tagline: the first stays the entity's name."""
    starts = {m.start: g for g in groups for m in g.mentions}
    for group in groups:
        for mention in group.mentions:
            if group.merged:
                break
            link = _ALIAS_BETWEEN.match(text, mention.end)
            other = starts.get(link.end()) if link else None
            tagline = False
            if link is None and group.kind == "organisation":
                other = _apposed_organisation(text, mention, starts)
                tagline = other is not None and _tagline(mention.text, other.name)
            if other is None or other is group or other.merged:
                continue
            if {group.kind, other.kind} <= {"organisation", "other"} or group.kind == other.kind:
                if tagline:
                    group.named = mention.text  # "Gavi, the Vaccine Alliance": Gavi
                group.absorb(other)
                group.kind = decide(group.mentions)
    return [g for g in groups if not g.merged]


def weak_organisation(group: Group) -> bool:
    """An organisation named once, on the model's word alone: no organisation word,
    lexicon entry, apposition, capitals, speech verb or organisation-like syntax."""
    return (
        group.kind == "organisation"
        and len(group.mentions) == 1
        and not group.evidence & ONCE_EVIDENCE
    )


#: Evidence that keeps a one-word person named only once ("Suparno said", "Mr Key", "the
#: Biden administration").
PERSON_ONCE_EVIDENCE = frozenset(
    {"title", "speech", "given_name", "age", "leader", "kin", "player"}
)


def weak_person(group: Group) -> bool:
    """A one-word person named once, on the model's word alone: no title, speech verb or
    known given name ("Safari", "Moon", "Gateway" are things the model calls PERSON), or
    a given name that is also an everyday word ("Bill passes Senate")."""
    text = group.mentions[0].text
    return (
        group.kind == "person"
        and len(group.mentions) == 1
        and len(group.words) == 1
        and not group.evidence & PERSON_ONCE_EVIDENCE
        and (not lex.is_given_name(text) or text in lex.common_word_names())
    )


#: The joins, in order: each merges a group into the one ``pick`` names (fuzzy or not).
JOINS = (
    (_known_short_form, False),
    (_person_short_form, False),
    (_surname_half, False),
    (_organisation_prefix, False),
    (_initialled_opening, False),
    (_person_typo, True),
    (_organisation_part, False),
    (_inverted_form, False),
    (_reversed_name, False),
    (_generic_part, False),
    (_party_in_plural, False),
    (_organisation_typo, True),
    (_clipped_name, False),
    (_clipped_words, False),
)


#: A listed company's ticker in brackets after its name: "(NYSE: HVT)", "(Nasdaq: BSSY)",
#: "(ASX:BHP)", "(TSX-V: ABC)"; the exchange's name is group 1, the ticker's start group 2.
_TICKER = re.compile(
    r"\(\s*((?:NYSE|Nasdaq|NASDAQ|TSX|TSXV|TSX-V|LSE|AIM|ASX|NZX|JSE|HKEX|SGX|NSE|BSE|SIX"
    r"|Euronext|OTC\w*|CSE|KRX|TWSE|TASE|XETRA|FWB)(?:\s+\w+)?)\s*:\s*$"
)


def join_tickers(groups: list[Group], text: str) -> list[Group]:
    """ "Halvorsen Industrial Technologies, Inc. (NYSE: HVT)": the ticker is a name of the
    company before the bracket."""
    ends = {m.end: g for g in groups for m in g.mentions if g.kind == "organisation"}
    for group in groups:
        for mention in group.mentions:
            opening = _TICKER.search(text, max(0, mention.start - 24), mention.start)
            if group.merged or opening is None or text[mention.end : mention.end + 1] != ")":
                continue
            gap = opening.start()
            while gap > 0 and text[gap - 1].isspace():
                gap -= 1
            host = ends.get(gap)
            if host is not None and host is not group and not host.merged:
                host.absorb(group)
                break
    return _inline_tickers(groups, text)


#: A ticker printed right after a name, before the verb: "Harlow Semiconductor HRLW
#: jumped", "The S&P 500 SPX gained" (Dow Jones style).
_INLINE_TICKER = re.compile(r"[A-Z]{2,5}(?= [a-z])")
_WORD_BEFORE = re.compile(r"([\w&.]+) $")
_WORD_AFTER = re.compile(r" ([a-z]+)")
#: Words after a short form that show it is no ticker before a verb ("RFI and France 24").
_NOT_A_VERB = frozenset(
    {"and", "or", "of", "in", "on", "at", "for", "to", "with", "from", "by", "as", "the"}
    | {"member", "members", "leader", "leaders", "chief", "official", "officials", "fighters"}
)


def _after_a_thing(text: str, mention: Candidate) -> bool:
    """The mention follows a known product's or index's name ("S&P 500", "Nasdaq
    Composite")."""
    before = text[max(0, mention.start - 50) : mention.start - 1]
    return any(before.endswith(name) for name in lex.known_products() if name[-1:] == before[-1:])


def _inline_tickers(groups: list[Group], text: str) -> list[Group]:
    """A ticker printed right after an organisation's name is a name of it; one after
    another name (a market index's: "S&P 500 SPX") names nothing to count."""
    ends = {m.end: g for g in groups for m in g.mentions if g.kind == "organisation"}
    dropped: set[int] = set()
    for group in groups:
        tickers = [
            m
            for m in group.mentions
            if (ticker := _INLINE_TICKER.match(text, m.start))
            and ticker.end() == m.end
            and (name := _WORD_BEFORE.search(text, max(0, m.start - 40), m.start))
            and (name.group(1)[0].isupper() or name.group(1)[0].isdigit())
            and name.group(1) not in ("The", "A", "An", "This", "That", "Its", "Their")
            and _WORD_AFTER.match(text, m.end).group(1) not in _NOT_A_VERB
        ]
        if group.merged or len(tickers) != len(group.mentions):
            continue
        host = ends.get(tickers[0].start - 1)
        if host is not None and host is not group and not host.merged:
            host.absorb(group)
        elif "lexicon" not in group.evidence and all(_after_a_thing(text, m) for m in tickers):
            dropped.add(id(group))  # "The S&P 500 SPX gained": an index's ticker
    return [g for g in groups if not g.merged and id(g) not in dropped]


#: What joins two given names before the surname they share ("John and Mary Reed").
_COUPLE_JOINS = (" and ", " & ")


def share_surnames(groups: list[Group], text: str) -> list[Group]:
    """A lone given name coordinated with a person's full name shares its surname: "John
    and Mary Reed" names John Reed and Mary Reed, "brothers Tariq and Imran Aziz" Tariq
    Aziz. The given name joins a "John Reed" named elsewhere, or carries the surname."""
    people = [g for g in groups if g.kind == "person"]
    starting = {m.start: (g, m) for g in people for m in g.mentions}
    for group in people:
        if group.merged or len(group.words) != 1 or not lex.is_given_name(group.name):
            continue
        for mention in group.mentions:
            join = next((j for j in _COUPLE_JOINS if text.startswith(j, mention.end)), None)
            partner = join and starting.get(mention.end + len(join))
            if not partner:
                continue
            other, named = partner
            words = named.text.split()
            if other is group or not 2 <= len(words) <= 3 or not lex.is_given_name(words[0]):
                continue
            surname = words[-1]
            full = name_key(f"{group.name} {surname}").split()
            same = [g for g in people if not g.merged and g is not group and g.words == full]
            if same:
                same[0].absorb(group)
            else:
                # a lone given name tells its sex only now it is known to be one
                sex = {"m": "male", "f": "female"}.get(lex.given_name_sexes().get(group.name, ""))
                if sex:
                    group.mentions = [
                        m._replace(evidence=m.evidence | {sex}) for m in group.mentions
                    ]
                group.family = surname
                group.add([])
            break
    return [g for g in groups if not g.merged]


def _dateline_credit(text: str, mention: Candidate) -> bool:
    """The mention is the wire credited in brackets on a dateline ("PARIS (AFP) -")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    opening = len(line) - len(line.lstrip())
    wire = wire_dateline(line[opening:])
    return (
        wire is not None
        and wire.credit == mention.text
        and line.find(f"({mention.text})") == mention.start - line_start - 1
    )


#: A capitalised word right before a bracket: "Pharmacists (AFP)".
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w&.'\u2019-]*\s*\($")


def _defined_after_name(text: str, mention: Candidate) -> bool:
    """The mention is bracketed right after a name, as a short form it defines ("The
    Association of French Pharmacists (AFP)"; not a caption's "... on March 5. (Yonhap)")."""
    return text[mention.end : mention.end + 1] == ")" and bool(
        _NAME_BEFORE_BRACKET.search(text, max(0, mention.start - 40), mention.start)
    )


def _credits_apart(groups: list[Group], text: str) -> list[Group]:
    """A wire credited on a dateline is the wire, though the article brackets the same
    letters after a body's name ("PARIS (AFP) - The Association of French Pharmacists
    (AFP) said"): the credits leave their group and come back as an organisation of their
    own, which no later join gives to the body."""
    apart = []
    for group in groups:
        credits = [m for m in group.mentions if _dateline_credit(text, m)]
        bracketed = [m for m in group.mentions if m not in credits and _defined_after_name(text, m)]
        if credits and bracketed:
            for mention in credits:
                group.drop(mention)
            credited = Group(credits)
            credited.kind = decide(credits)
            apart.append(credited)
    return apart


def join_groups(candidates: list[Candidate], text: str) -> list[Group]:
    """Every group of mentions, before any is dropped: same key, bracketed short forms
    and tickers, given names that share a surname, then each of ``JOINS``; a wire
    credited on a dateline whose letters a body defines in brackets stays apart."""
    groups = by_key(candidates)
    credited = _credits_apart(groups, text)
    groups = [g for g in groups if not g.merged]
    groups = join_named_aliases(join_bracketed(groups, text), text)
    groups = join_firm_before_kind_word(join_tickers(groups, text), text)
    groups = share_surnames(groups, text)
    for pick, fuzzy in JOINS:
        _join(groups, pick, fuzzy)
        groups = [g for g in groups if not g.merged]
    return groups + credited


def _named(group: Group) -> bool:
    """Whether a lone word that could be generic ("Congress", "US", "Hollywood") is a name
    here: a lexicon entry, a capital "The" inside a sentence, a known place, or a person's
    surname after a title ("Mr Church")."""
    return (
        bool(NAMED & group.evidence)
        or (group.kind == "place" and bool(_NAMED_PLACE & group.evidence))
        or (group.kind == "person" and "title" in group.evidence)
    )


def kept(group: Group) -> bool:
    """False for "other" groups, lone institutional words, and organisations or one-word
    people named once without evidence."""
    return (
        group.kind != "other"
        and not (len(group.words) == 1 and group.words[0] in GENERIC and not _named(group))
        and not weak_organisation(group)
        and not weak_person(group)
    )


def common_noun(group: Group, text: str) -> bool:
    """A one-word name on the model's word alone that only ever opens a sentence or a
    line, and that the article also writes in lower case, is a common noun: "Rangers
    rescue rhino calf" and "Rangers from SANParks ..." beside "ranger staff"; so is a
    known name that only opens a sentence before the noun it modifies ("Time delays
    between images" beside "at the time")."""
    if len(group.words) != 1 or not all("sentence_opener" in m.evidence for m in group.mentions):
        return False
    evidence = group.evidence
    if all("opens_compound" in m.evidence for m in group.mentions):
        evidence = evidence - {"lexicon"}  # "Time delays between images": not the magazine
    if evidence & (ONCE_EVIDENCE | PERSON_ONCE_EVIDENCE | NAMED):
        return False
    word = group.mentions[0].text.lower()
    forms = {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word}
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for form in forms)


def _line_at(text: str, offset: int) -> str:
    """The line of the text that holds the offset."""
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end != -1 else len(text)]


#: Letters from which one word in capitals is no acronym but a heading's word ("SLUMP").
_HEADING_WORD_LETTERS = 5


def heading_in_capitals(group: Group, text: str) -> bool:
    """An organisation of two words or more (or one word of five letters or more) whose
    every mention sits on a line set in capitals (a headline or subheading: "FIRE SALE
    LOOMS"), with no evidence but the capitals, no lexicon entry, and none of its words
    written again, capitalised, in the prose: a heading's phrase, no name. "ASTON VILLA"
    that the body calls "Villa" stays."""
    if (
        group.kind != "organisation"
        or (len(group.name.split()) < 2 and len(group.name) < _HEADING_WORD_LETTERS)
        or group.evidence & (ONCE_EVIDENCE - {"capitals"})
        or group.name.title() in lex.known_organisations()
        or not all(_line_at(text, m.start).isupper() for m in group.mentions)
    ):
        return False
    prose = "\n".join(line for line in text.splitlines() if not line.isupper())
    return not any(
        re.search(rf"(?<![\w-]){re.escape(word.title())}(?![\w-])", prose)
        for word in group.name.split()
    )


def group_candidates(candidates: list[Candidate], text: str) -> list[Group]:
    """Group candidates into entities in order of first mention, keeping those ``kept``
    that are no ``common_noun`` and no ``heading_in_capitals``.

    Args:
        candidates: the name candidates in text order.
        text: the doc text the offsets index.
    """
    groups = [
        g
        for g in join_groups(candidates, text)
        if kept(g) and not common_noun(g, text) and not heading_in_capitals(g, text)
    ]
    return sorted(groups, key=lambda g: g.first)
