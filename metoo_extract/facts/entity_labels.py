"""Label repair: weigh each mention's evidence so that one entity gets one kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .entity_candidates import Candidate

#: The kinds an entity can end with; "other" (NORP, PRODUCT, events ...) is dropped.
KINDS = ("person", "organisation", "place", "other")

#: How much one piece of evidence counts. The model's label is the weakest vote: a
#: title, a legal form or a lexicon entry outweighs it (DESIGN.md, "one label per entity").
WEIGHTS = {
    "lexicon": ("organisation", 10.0),
    "product": ("other", 10.0),
    "org_word": ("organisation", 3.0),
    "org_head": ("organisation", 1.0),
    "holds_lexicon": ("organisation", 2.0),
    "title": ("person", 3.0),
    "org_appos": ("organisation", 3.0),
    "org_context": ("organisation", 1.5),
    "org_classifier": ("organisation", 2.5),
    "agency_credit": ("organisation", 2.0),
    # the wire in brackets after a dateline outweighs a caption that reads it as a name
    "dateline_credit": ("organisation", 4.0),
    "cited_source": ("organisation", 6.0),
    "place_named": ("organisation", 2.0),
    "employer": ("organisation", 3.5),
    "capital_the": ("organisation", 3.0),
    "ampersand": ("organisation", 2.0),
    "team": ("organisation", 4.0),
    "team_name": ("organisation", 4.0),
    "club": ("organisation", 4.5),
    "given_name": ("person", 2.0),
    "leader": ("person", 3.0),
    "age": ("person", 3.0),
    "kin": ("person", 3.0),
    "founded": ("organisation", 3.0),
    "traded": ("organisation", 3.0),
    "shop_name": ("organisation", 5.0),
    "credit": ("person", 4.0),
    "player": ("person", 4.0),
    "locative": ("place", 2.0),
    "place_major": ("place", 2.0),
    "place_city": ("place", 1.5),
    "place_town": ("place", 1.5),
    "place_name": ("place", 2.0),
    "facility": ("place", 5.0),
    "place_list": ("place", 5.0),
    "dateline": ("place", 8.0),
    "county": ("place", 5.0),
    "event": ("other", 5.0),
    "thing": ("other", 5.0),
    "pot": ("other", 6.0),
    "vessel": ("other", 8.0),
    "vehicle": ("other", 10.0),
    "law": ("other", 8.0),
    "quoted": ("other", 4.0),
    "group_of_people": ("other", 2.5),
    "demonym": ("other", 5.0),
    "numbered": ("other", 2.5),
}
#: The model's NORP, PRODUCT ... labels ("other") count for nothing: only evidence (an
#: event's head noun) makes an entity "other".
MODEL_WEIGHT = {"person": 1.0, "organisation": 1.0, "place": 1.0, "other": 0.0}
SPEECH_WEIGHT = 1.5
#: Mentions in a team's role that make a place a team for the whole article.
TEAM_MENTIONS = 2


#: Evidence that a name opened by "El", "La" or "Le" is a body's ("La Jornada reported").
_BODY_SIGNS = frozenset(
    {"lexicon", "speech", "org_context", "org_word", "org_appos", "cited_source", "employer"}
)


def votes(candidate: Candidate, craft: bool = False) -> Counter[str]:
    """The kinds one mention supports, weighted by evidence; ``craft`` when another
    mention names a ship or a craft, which silences the organisation lexicon."""
    out: Counter[str] = Counter()
    out[candidate.model] += MODEL_WEIGHT[candidate.model]
    for flag in candidate.evidence:
        if flag == "holds_lexicon" and candidate.model == "other":
            continue  # "Labour Day": a date or event that holds a party's name
        if flag == "lexicon" and (craft or "vehicle" in candidate.evidence):
            continue  # "a BMW parked outside": the maker's car, not the maker
        if flag in WEIGHTS:
            kind, weight = WEIGHTS[flag]
            out[kind] += weight
    if (
        "capitals" in candidate.evidence
        and "vehicle" not in candidate.evidence
        and candidate.model != "place"
        and not {"place_major", "place_city"} & candidate.evidence
    ):
        # "SAG-AFTRA", "across the NHS": a name in capitals that neither the model nor the
        # gazetteer reads as a place ("US") is an organisation's, not a person's
        out["organisation"] += 2.0
    if "speech" in candidate.evidence and not {"lexicon", "org_word", "place_major"} & (
        candidate.evidence
    ):
        # "X said": a speaker is a person or an organisation, never a place, save a
        # country speaking for its government ("The DRC said")
        personal = "given_name" in candidate.evidence or (
            candidate.model != "organisation"
            and not {"org_context", "org_appos"} & candidate.evidence  # "firm Kpler said"
        )
        out["person" if personal else "organisation"] += SPEECH_WEIGHT
    if "article_opener" in candidate.evidence and not candidate.evidence & _BODY_SIGNS:
        out["place"] += 2.0  # "El Olivar", "Le Bourget": no one's name opens with "El"
    if "numbered" in candidate.evidence or "which" in candidate.evidence:
        # "the star Wolf 1061": no one's name ends in a number; "Keck, which has two
        # mirrors": no one is a "which"
        out.pop("person", None)
    return out


def decide(mentions: Iterable[Candidate]) -> str:
    """The kind all mentions together support best, or "other" when none applies.

    Ties go to the kind the earliest mention voting for any of them supports most, and
    within that mention to the model's label, then to the first in ``KINDS`` (never to
    the order of a set, which changes from run to run).
    """
    mentions = list(mentions)
    teams = sum("team" in m.evidence for m in mentions)
    only_side = teams == len(mentions) and not any("locative" in m.evidence for m in mentions)
    if teams >= TEAM_MENTIONS or (teams and only_side):
        # a side in the match, however often "in Sweden" is said, or a place named only
        # as a side ("beating San Diego 7-3"; not "2 – 1 in Oslo"), however long its name
        return "organisation"
    if any("storm" in m.evidence for m in mentions):
        return "other"  # "Hurricane Josephine" ... "Josephine weakened": the storm's name
    if any("craft_named" in m.evidence for m in mentions) and not any(
        "lexicon" in m.evidence for m in mentions
    ):
        return "other"  # "the MESSENGER spacecraft" ... "MESSENGER entered orbit": the craft's
    # "the space shuttle Discovery" ... "Discovery flew": a craft's name, not the channel's
    craft = any("vessel" in m.evidence for m in mentions)
    total: Counter[str] = Counter()
    for candidate in mentions:
        total.update(votes(candidate, craft))
    scored = {kind: total[kind] for kind in KINDS if total[kind] > 0}
    if not scored:
        return "other"
    best = max(scored.values())
    tied = [kind for kind, score in scored.items() if score == best]
    if len(tied) == 1:
        return tied[0]
    for candidate in mentions:
        mine = {kind: vote for kind, vote in votes(candidate, craft).items() if kind in tied}
        if mine:
            top = max(mine.values())
            first = [kind for kind in (candidate.model, *KINDS) if mine.get(kind) == top]
            return first[0]
    return tied[0]
