"""Places that act as sports teams: "Sweden defeated South Korea 1 – 0".

In a match report a country or city playing is a team, which is an organisation; the
same name in "the stadium in Sochi" stays a place. A mention counts as a team's only
in an article that reports a score, and only in a team's syntactic role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.name_search import NameSearch
from .tense import lemma_in

#: A match score between two sides: "3 – 0", "1-2" (tallies above 20 are votes).
SCORE = re.compile(r"(?<![\d.,:/])([0-9]|1[0-9]|20) ?[–—-] ?([0-9]|1[0-9]|20)(?![\d.,:/%])")
#: A higher score written beside a result word, as rugby, basketball and cricket
#: report them: "their 32-17 win", "drew 27-27 with", "lost 24-19 to".
RESULT_SCORE = re.compile(
    r"\b(?:won|lost|drew|beat|beaten|draw|win|victory|defeat|loss|thrashed|edged)"
    r"\s+(?:[a-z]+\s+)?\d{1,3} ?[–—-] ?\d{1,3}(?![\d.,:/%])"
    r"|(?<![\d.,:/])\d{1,3} ?[–—-] ?\d{1,3}\s+(?:home\s+|away\s+)?"
    r"(?:win|victory|defeat|loss|draw|triumph|success)\b"
)
#: A scoreline heading a match report, each side's goals after its name: "Burnley 1 Wolves
#: 2", "Real Betis 0 Sevilla 0".
SCORELINE = re.compile(
    r"(?m)^[^\S\n]*[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} ([0-9]|1[0-9]) "
    r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} ([0-9]|1[0-9])(?![\d.,%])"
)
#: A result verb, then the other side and its score, as college and North American sport
#: report a game: "beat Millbrook United 2-1", "beating Tampa Bay 6-2", "topped Iowa 70-65".
NAMED_RESULT = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|topped|tops"
    r"|downed|routed|blanked|thrashed|outlasted|lost to|loses to|losing to|fell to|falls to)"
    r"\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3},?\s+"
    r"\d{1,3} ?[–—-] ?\d{1,3}(?![\d%]|[.,:/]\d)"
)
#: Any game's score right after a side's name ("Tampa Bay 6-2", "Iowa 70-65").
_GAME_SCORE = re.compile(r",? ?\d{1,3} ?[–—-] ?\d{1,3}(?![\d%]|[.,:/]\d)")
#: Verbs whose object is the other side ("Belgium defeated Panama").
OPPONENT_VERBS = frozenset({"beat", "defeat", "face", "play", "meet", "host", "thrash", "edge"})
#: A result noun or verb and the preposition that names the other side: "a win over
#: Munster", "drew with Benetton", "lost to Cardiff".
RESULT_PREPOSITIONS = {
    "over": frozenset({"win", "victory", "triumph", "success"}),
    "with": frozenset({"draw"}),
    "to": frozenset({"lose", "loss", "defeat"}),
}
#: Nouns a team possesses ("Panama's goalkeeper", "Sweden's first victory").
TEAM_NOUNS = frozenset(
    {"captain", "coach", "manager", "goalkeeper", "keeper", "striker", "defender"}
    | {"midfielder", "player", "players", "squad", "side", "team", "attempt", "goal"}
    | {"goals", "victory", "win", "defeat", "lead", "defence", "attack", "substitute"}
)


#: A team's staff and players named right after it: "Mayo boss Colm Heverin".
_STAFF = frozenset({"manager", "boss", "coach", "captain", "goalkeeper", "keeper", "striker"})
#: The same in every sport's report, with North American and college positions:
#: "Kentucky coach Ann Lowe", "Toronto's starter", "Denver quarterback Cal Reyes".
SPORT_STAFF = _STAFF | frozenset(
    {"starter", "pitcher", "quarterback", "closer", "reliever", "catcher", "shortstop"}
    | {"outfielder", "infielder", "linebacker", "receiver", "forward", "guard", "goalie"}
    | {"goaltender", "defenseman", "skipper", "batter", "batsman", "bowler", "midfielder"}
    | {"defender", "winger", "coaches", "players", "roster", "lineup", "bullpen", "rotation"}
)
#: Words between a team and its staff's noun: "Kentucky head coach", "Ohio starting pitcher".
_STAFF_MODIFIERS = frozenset(
    {"head", "assistant", "interim", "offensive", "defensive", "starting", "relief", "backup"}
)
#: Verbs of a team's dealings in players, the team as subject ("Toronto traded him") and
#: the other team after "to" or "from" ("traded him to Cleveland", "acquired from Denver").
TRADE_VERBS = frozenset({"trade", "acquire", "sign", "draft", "release", "waive", "claim"})
#: Verbs of a game's result whose subject and object are sides: "Iowa edged Purdue".
RESULT_VERBS = frozenset({"beat", "defeat", "edge", "top", "rout", "sweep", "outscore", "blank"})


def _scored(doc: Doc) -> bool:
    """The article reports at least two match scores."""
    key = "metoo_scored"
    if key not in doc.user_data:
        text = doc_text(doc)
        scores = SCORE.findall(text) + RESULT_SCORE.findall(text) + SCORELINE.findall(text)
        doc.user_data[key] = len(scores) >= 2
    return doc.user_data[key]


def _named_result(doc: Doc) -> bool:
    """The article names a side beaten by a score: "Rovers beat Millbrook United 2-1"."""
    key = "metoo_named_result"
    if key not in doc.user_data:
        doc.user_data[key] = NAMED_RESULT.search(doc_text(doc)) is not None
    return doc.user_data[key]


@lru_cache(maxsize=2)
def _club_search(find_in_text: bool) -> NameSearch:
    """The clubs' names of one mode, searched as whole words, longest first."""
    return NameSearch(
        n for n, club in lex.sports_clubs().items() if club.find_in_text == find_in_text
    )


@lru_cache(maxsize=1)
def _sports_words() -> re.Pattern[str]:
    """The words of sports reporting, searched in the text (some are hyphenated)."""
    words = sorted(lex.sports_words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def sports_article(doc: Doc) -> bool:
    """The article reports sport: match scores, a side beaten by a score ("beat Iowa
    70-65"), two clubs that are nothing else ("Juventus", "Sampdoria"), three different
    words of sports reporting ("striker", "innings", "playoff"), or a football club's name
    ("Dunmore United") with one word of football ("joined", "boss", "play-off")."""
    key = "metoo_sports"
    if key not in doc.user_data:
        text = doc_text(doc)
        clubs = {text[start:end] for start, end in _club_search(True).finditer(text)}
        words = {m.group().lower() for m in _sports_words().finditer(text)}
        doc.user_data[key] = (
            _scored(doc)
            or _named_result(doc)
            or len(clubs) >= 2
            or len(words) >= 3
            or bool(_suffixed_clubs(doc, strict=True))
        )
    return doc.user_data[key]


#: Words of football that, with a club's name in the style "<town> Rovers", make an
#: article a football report: a transfer, a manager, a result ("Striker Ken Obi joined
#: Dunmore Athletic", "Rovers boss Tim Hale", "beat", "scored twice").
_FOOTBALL_CUES = re.compile(
    r"\b(?:joined|joins|boss|beat|beats|beaten|scored|scores|conceded|concedes|striker"
    r"|goalkeeper|midfielder|defender|winger|manager|signed|play-offs?|playoffs?"
    r"|relegation|promotion|league|fixture|kick-off|half-time|goals?)\b"
)
#: Club suffixes that are also a municipality's word or a job: "Davao City", "Old Town",
#: "Forest Rangers" need a match score or a sports article to be clubs.
_MUNICIPAL_SUFFIXES = frozenset({"City", "Town", "Rangers"})


def _football_cue(doc: Doc) -> bool:
    """The article has a match score or a word of football."""
    text = doc_text(doc)
    return bool(SCORE.search(text) or _FOOTBALL_CUES.search(text))


def _club_prefix_word(doc: Doc, token) -> bool:
    """A word that may open a club's name: a capitalised proper noun that the article
    never writes in lower case ("forest" makes "Forest Rangers" the rangers of a forest)
    and that is no title, organisation word or people; towns named like people count
    ("Ashby Rovers")."""
    word = token.text
    return (
        token.is_title
        and token.is_alpha
        and (token.pos_ == "PROPN" or word in lex.places() or word in lex.towns())
        and word.casefold() not in lex.titles()
        and word.casefold() not in lex.organisation_words()
        and word.casefold() not in lex.demonyms()
        and not any(t.text == word.lower() for t in doc)
    )


def _suffixed_clubs(doc: Doc, strict: bool = False) -> list[Span]:
    """Names of one or two words and a club's last word ("Dunmore United", "Ashby
    Rovers", "Queens Park Rangers") in an article with a word of football, that no known
    place is ("Kansas City", "Cape Town"); with ``strict`` only those whose last word is
    no municipality's ("City", "Town"), which otherwise need a score or a sports article."""
    key = "metoo_suffixed_clubs_strict" if strict else "metoo_suffixed_clubs"
    if key in doc.user_data:
        return doc.user_data[key]
    found: list[Span] = []
    if _football_cue(doc):
        for k, token in enumerate(doc):
            if token.text not in CLUB_SUFFIXES or k == 0 or not token.is_title:
                continue
            if k + 1 < len(doc) and (doc[k + 1].is_title or doc[k + 1].is_upper):
                continue  # "Leeds City Council": a longer name
            start = k
            while start > 0 and k - start < 2 and _club_prefix_word(doc, doc[start - 1]):
                if "\n" in doc[start - 1].whitespace_:
                    break
                start -= 1
            before = doc[start - 1] if start > 0 else None
            if start == k or (
                before is not None
                and not doc[start].is_sent_start
                and (before.is_title or before.text in ("&", "and", "-", "of"))
            ):
                continue  # no name before it, or a longer one ("Salt Lake City", "Brighton
                # & Hove Albion")
            span = doc[start : k + 1]
            if span.text in lex.places() or span.text in lex.towns():
                continue
            if before is not None and before.like_num:
                continue  # "two Range Rovers": a count of things, no club
            if token.text in _MUNICIPAL_SUFFIXES and (
                strict or not (_scored(doc) or sports_article(doc))
            ):
                continue
            found.append(span)
    doc.user_data[key] = found
    return found


def club_names(doc: Doc) -> list[Span]:
    """Football clubs named by a town and a club's last word in an article with a word of
    football: "Dunmore United climbed into the play-off places", "joined Dunmore Athletic",
    "Ashby Rovers conceded twice. Rovers boss Tim Hale ..."."""
    return _suffixed_clubs(doc)


def club_spans(doc: Doc) -> list[Span]:
    """In a sports article, the names of clubs that are also places or common words
    ("Genoa", "Lancashire", "Heat"); none elsewhere."""
    if not sports_article(doc):
        return []
    spans = []
    for start, end in _club_search(False).finditer(doc_text(doc)):
        span = doc.char_span(start, end)
        if span is not None:
            spans.append(span)
    return spans


def names_club(span: Span) -> bool:
    """The name is a club's that is also a place or a common word, in a sports article,
    and no person's surname there ("Williams" after "Serena Williams")."""
    club = lex.sports_clubs().get(span.text)
    if club is None or club.find_in_text or not sports_article(span.doc):
        return False
    return not any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == span.text
        for ent in span.doc.ents
    )


def acts_as_team(span: Span) -> bool:
    """True when the name plays in a match the article reports: subject of a verb, the
    other side of "defeated"/"faced", after "against", owner of a player or a goal, or
    written next to a score ("Sweden 1 – 0 Korea Republic"). In any sports story, also a
    side by the narrower roles of :func:`plays_in_sport`."""
    doc = span.doc
    if not _scored(doc):
        return sports_article(doc) and plays_in_sport(span)
    if plays_in_sport(span):
        return True
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "dobj" and head.lemma_ in OPPONENT_VERBS:
        return True
    if _named_as_opponent(span):
        return True
    if root.dep_ == "poss" and head.lower_ in TEAM_NOUNS:
        return True
    if root.dep_ in ("compound", "nmod") and head.lower_ in _STAFF and head.i == span.end:
        return True  # "Dublin manager Declan Furlong", "Mayo boss Colm Heverin"
    text = doc_text(doc)
    before = text[max(0, span.start_char - 10) : span.start_char]
    after = text[span.end_char : span.end_char + 10]
    return bool(SCORE.match(after.lstrip()) or SCORE.search(before))


def plays_in_sport(span: Span) -> bool:
    """The name is a side's in a role no place or person has, for a sports story with or
    without match scores: before its staff ("Kentucky coach Ann Lowe", "Ohio head coach"),
    owner of a player ("Toronto's starter"), dealing in players ("Toronto traded him to
    Cleveland", "acquired him from Denver"), one side of a result ("Iowa edged Purdue") or
    right before a game's score ("beating Tampa Bay 6-2"). "Kentucky Governor Andy Beshear"
    and "Toronto police" stay places."""
    doc = span.doc
    root = span.root
    head = root.head
    if named_as_side(span):
        return True
    if root.dep_ == "poss" and head.lower_ in TEAM_NOUNS | SPORT_STAFF:
        return True  # "Toronto's starter"
    if root.dep_ == "nsubj" and head.lemma_ in TRADE_VERBS and _deals_in_player(head):
        return True  # "Toronto traded him"
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "from")
        and head.head.lemma_ in TRADE_VERBS
        and _deals_in_player(head.head)
    ):
        return True  # "traded him to Cleveland", "acquired him from Denver"
    if _personal(span):
        return False  # "beat the pair Tomas Aguirre and Ignacio Pardo 6-3": players
    if root.dep_ in ("nsubj", "dobj") and head.lemma_ in RESULT_VERBS:
        return True  # "Iowa edged Purdue"
    after = doc_text(doc)[span.end_char : span.end_char + 12]
    return bool(_GAME_SCORE.match(after))


def named_as_side(span: Span) -> bool:
    """In a sports story, any name before a team's staff ("Arizona State coach Raymond
    Ochoa", "Kentucky head coach") or beaten by a score ("beating Tampa Bay 6-2"): the
    model's facility or organisation as well as a place."""
    doc = span.doc
    if not sports_article(doc):
        return False
    if span[0].ent_type_ == "NORP" or span.text.lower() in lex.demonyms():
        return False  # "the 19-year-old Czech midfielder": his nationality
    k = span.end
    while k < len(doc) and doc[k].lower_ in _STAFF_MODIFIERS:
        k += 1
    if k < len(doc) and doc[k].lower_ in SPORT_STAFF and doc[k].pos_ == "NOUN":
        return True  # "Kentucky coach Ann Lowe", "Ohio starting pitcher"
    root = span.root
    after = doc_text(doc)[span.end_char : span.end_char + 12]
    return (
        root.dep_ == "dobj"
        and root.head.lemma_ in RESULT_VERBS
        and bool(_GAME_SCORE.match(after))
        and not _personal(span)  # "beat American Tyler Ashbrook 7-6": a player
    )


def _personal(span: Span) -> bool:
    """The model reads the name as a person's, or it opens with a given name before more
    words that make no place ("Tyler Ashbrook", not "San Diego"): a player plays alone."""
    return span[0].ent_type_ == "PERSON" or (
        len(span) > 1 and lex.is_given_name(span[0].text) and span.text not in lex.places()
    )


def _deals_in_player(verb) -> bool:
    """The verb's object is a person ("traded him", "signed Ortiz"), not a thing ("signed
    the agreement"), or the verb is passive ("was acquired from Denver")."""
    return any(
        (c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON"))
        or c.dep_ in ("nsubjpass", "auxpass")
        for c in verb.children
    )


def plays_as_side(span: Span) -> bool:
    """Stricter than :func:`acts_as_team`, for names that are no places (a club, or a
    player the model calls an organisation): one side of a named opponent ("Napoli had
    beaten Verona 3-0", "lost to Verona"), or written next to a score. "Varga beat the
    keeper" is a player."""
    doc = span.doc
    if not _scored(doc):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in OPPONENT_VERBS:
        return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in head.children)
    if root.dep_ == "dobj" and head.lemma_ in OPPONENT_VERBS:
        return any(c.dep_ == "nsubj" and c.ent_type_ in ("ORG", "GPE") for c in head.children)
    if _named_as_opponent(span):
        return True
    text = doc_text(doc)
    after = text[span.end_char : span.end_char + 10]
    return bool(SCORE.match(after.lstrip()))


#: "Lions v Glasgow Warriors" in a fixture list.
_VERSUS = re.compile(r"\s(?:v|vs|v\.|vs\.|versus)\s+$")


def _named_as_opponent(span: Span) -> bool:
    """The other side of a result or fixture: "against Leinster", "a 32-17 win over
    Munster", "drew 27-27 with Benetton", "lost 24-19 to Cardiff", "Lions v Glasgow"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("against", "versus", "vs"):
        return True
    results = RESULT_PREPOSITIONS.get(head.lower_)
    if root.dep_ == "pobj" and results and lemma_in(head.head, results):
        return True
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return bool(_VERSUS.search(text[line_start : span.start_char]))


#: Last words of football clubs' names after their town's ("Castlebridge United",
#: "Harrowgate Town"), in a sports article (Wikipedia "List of football clubs in England").
CLUB_SUFFIXES = frozenset(
    {"United", "City", "Town", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers"}
    | {"Hotspur", "Argyle", "Orient", "Thistle", "Academicals", "FC", "AFC"}
)


def is_team_name(span: Span) -> bool:
    """A place followed by a plural nickname: "Leeds Rhinos", "Chicago Bulls", "New
    York Yankees"; not "Canary Islands" (a facility word) or "United States" (a place).
    In a sports article also a name and a club's last word: "Castlebridge United"."""
    tokens = span[1:] if span[0].lower_ == "the" else span
    if len(tokens) < 2:
        return False
    last = tokens[-1]
    if (
        last.text in CLUB_SUFFIXES
        and tokens.text not in lex.places()
        and tokens[0].is_title
        and sports_article(span.doc)
    ):
        return True
    plural = last.tag_ in ("NNS", "NNPS") or (last.text[-1:] == "s" and last.text[-2:] != "ss")
    if not (plural and last.is_title) or last.ent_type_ in ("GPE", "LOC"):
        return False  # "United States", "Saratoga Springs" are places
    if tokens.text in lex.places() or last.lower_ in lex.facility_words():
        return False
    if last.lower_ in lex.organisation_words():
        return False
    place = tokens[:-1]
    if place.text in lex.places():
        # "Austin Reeves", "Brandon Raines": a given name that is also a town, read as a
        # person's by the model, names a team only where sides play
        return not (
            lex.is_given_name(place[0].text)
            and last.ent_type_ == "PERSON"
            and not sports_article(span.doc)
        )
    # a given name the model read as a place is a person's: "Natalia" + "Ramos"
    return all(t.ent_type_ == "GPE" for t in place) and not lex.is_given_name(place[0].text)


#: Verbs of a game whose subject is a side: "The Gophers beat Iowa", "The Hawkeyes were
#: led by Sam Ortiz", "the Blue Jays lost to Boston".
_SIDE_SUBJECT_VERBS = RESULT_VERBS | frozenset(
    {"lose", "win", "lead", "rally", "host", "face", "play", "trail", "fall", "clinch"}
    | {"advance", "improve", "outscore", "score", "hold", "finish", "snap", "extend"}
)
#: Verbs whose object is the other side: "beat the Hawkeyes", "hosted the Sun Devils".
_SIDE_OBJECT_VERBS = RESULT_VERBS | OPPONENT_VERBS


def team_nicknames(doc: Doc) -> list[Span]:
    """In a sports story, a team's plural nickname after "the" in a side's role: subject
    of a game's verb ("The Gophers beat Iowa", "The Sun Devils were led by ..."), the other
    side ("lost to the Blue Jays", "against the Hawkeyes") or owner of a player ("the
    Hawkeyes' coach"). The spans leave "the" out. "The Netherlands" (a place) and "the
    Americans" (a people) are no nicknames."""
    if not sports_article(doc):
        return []
    spans = []
    for k, token in enumerate(doc):
        if token.lower_ != "the":
            continue
        end = k + 1
        while end < len(doc) and end - k <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == k + 1:
            continue
        span = doc[k + 1 : end]
        last = span[-1]
        if not (last.text.endswith("s") and not last.text.endswith("ss")):
            continue
        if (
            any(t.ent_type_ in ("GPE", "LOC", "DATE", "EVENT") for t in span)
            or span.text in lex.places()
            or last.lower_ in lex.facility_words()
            or last.lower_ in lex.organisation_words()
            or span.text.lower() in lex.demonyms()
        ):
            continue
        if _in_side_role(last):
            spans.append(span)
    return spans


def _in_side_role(token) -> bool:
    """The head word of a nickname stands where a side does (see :func:`team_nicknames`)."""
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _SIDE_SUBJECT_VERBS:
        return True
    if token.dep_ == "dobj" and head.lemma_ in _SIDE_OBJECT_VERBS:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("against", "versus", "vs", "over"):
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("lose", "fall"):
        return True
    return token.dep_ == "poss" and token.head.lower_ in TEAM_NOUNS | SPORT_STAFF
