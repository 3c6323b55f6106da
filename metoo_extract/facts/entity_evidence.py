"""Evidence around one name occurrence: the flags that weigh its kind.

Each flag is a piece of evidence ``entity_labels.WEIGHTS`` turns into votes: "title"
(a title or role word before it), "given_name", "org_word" ("org_head" when it is the
last word), "lexicon", "product", "speech" (subject of a reporting verb), "org_context",
"locative", "place_*", "event", "facility", "thing", "team", "quoted", "capitals", "age"
(", 64," after it), "kin" ("X's wife"), "founded", "leader" ("the Modi government"), "law" ("the
NHI Bill") and others below.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..normalize import name_lexicons as lex
from ..normalize.names import OUTLET_ENDINGS, looks_like_acronym
from ..normalize.names import fold as _fold
from ..normalize.units import currency_after, currency_before, unit_of_word
from .missed_names import CREDIT_LINE, has_hyphenated_given_name, photo_credited
from .organisation_spans import (
    FOREIGN_HEADS,
    FOREIGN_LINKS,
    MUNICIPAL_WORDS,
    NUMBERED_UNITS,
    apposed_description_end,
    members_conference,
    opens_with_plural_owner,
    run_together_head,
)
from .teams import acts_as_team, is_team_name, named_as_side, names_club, plays_as_side
from .tokens import (
    ACTOR_PARTICIPLES,
    glues_actor,
    heads_a_title,
    hyphen_glued,
    in_ministers_title,
    joins_words,
    names_a_leader,
    opens_sentence,
    past_hyphens,
)


def _sentence_end(doc: Doc, k: int) -> bool:
    """Token ``k`` is a full stop after a lower-case word, which ends a sentence ("the
    governor. Bill passes"), not an abbreviation's ("Supt. X")."""
    return doc[k].text == "." and k > 0 and doc[k - 1].is_lower


def _title_before(doc: Doc, first: int) -> bool:
    """A title word right before the name, past modifiers and dots ("Mr. X", "actress X")."""
    k = first - 1
    while k >= 0 and doc[k].text in (".", ",") and not _sentence_end(doc, k):
        k -= 1
    if k < 0 or doc[k].pos_ == "VERB":
        return False
    hyphenated = (
        k >= 2 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ + doc[k - 1].whitespace_
    )
    if hyphenated and _fold(doc[k - 2 : k + 1].text) in lex.titles():
        return True  # "its UP in-charge X"
    if doc[k].is_title and in_ministers_title(doc, k):
        return True  # "Minister of Justice and Security X"
    return _fold(doc[k].text) in lex.titles()  # also "ex-minister X"


def _job_follows(doc: Doc, last: int) -> bool:
    """A job of up to four lower-case words and a capitalised name follow the name, so a
    title before it is that name's ("lead author, Harbourline housing program director
    Dr X")."""
    k = last
    while k < min(last + 4, len(doc)) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    return (
        last < k < len(doc)
        and _fold(doc[k - 1].text) in lex.titles()
        and doc[k].is_title
        and doc[k].pos_ == "PROPN"
    )


#: Divisions whose name, inside a longer name, makes it the division's body.
DIVISION_WORDS = frozenset({"County", "Parish", "Borough"})
#: Words that open the name of a county or, in the Philippines, of a barangay (a village
#: or a city's ward: Local Government Code, Republic Act 7160): "Co Clare", "Barangay Tisa".
COUNTY_OPENERS = frozenset({"Co", "Co.", "County", "Barangay", "Brgy", "Brgy."})


def _division_body(span: Span) -> bool:
    """A division's name before more capitalised words: "Leon County Schools", "Harris
    County Sheriff's Office" (a county's body; "Dane County" alone is the county)."""
    return any(
        token.text in DIVISION_WORDS and span[k + 1].is_title
        for k, token in enumerate(span[1:-1], start=1)
    )


#: Sports that name a country's governing body with the country: "Athletics Kenya",
#: "Cycling Canada", "USA Swimming" (the Olympic and Commonwealth Games sports, from
#: Wikipedia's lists of national governing bodies).
FEDERATION_SPORTS = frozenset(
    {"Athletics", "Cycling", "Swimming", "Rowing", "Hockey", "Basketball", "Volleyball"}
    | {"Gymnastics", "Triathlon", "Badminton", "Netball", "Boxing", "Judo", "Taekwondo"}
    | {"Sailing", "Canoe", "Diving", "Fencing", "Archery", "Wrestling", "Weightlifting"}
    | {"Squash", "Golf", "Tennis", "Rugby", "Cricket", "Football", "Softball", "Baseball"}
    | {"Equestrian", "Skiing", "Snowboard", "Bobsleigh", "Curling", "Skating", "Shooting"}
)


def _national_federation(span: Span) -> bool:
    """A sport and a country, in either order: a national governing body ("Athletics
    Kenya", "Cycling Canada", "USA Swimming"), not the country."""
    if len(span) != 2:
        return False
    sport, country = (span[0], span[1]) if span[0].text in FEDERATION_SPORTS else (span[1], span[0])
    return sport.text in FEDERATION_SPORTS and lex.places().get(country.text) == "major"


#: Arabic, Persian and Urdu words for a movement, brigade, army, front, party or union
#: that open the transliterated names of armed groups and parties ("Harakat al-Nujaba",
#: "Liwa al-Quds", "Jaysh al-Adl", "Kataib Hezbollah", "Lashkar-e-Taiba", "Tehreek-e-Insaf").
TRANSLITERATED_BODY_HEADS = frozenset(
    {"harakat", "harakah", "liwa", "liwaa", "jaysh", "jaish", "kataib", "saraya", "hizb"}
    | {"jabhat", "asaib", "tanzim", "jamaat", "majlis", "quwat", "firqat", "ittihad", "jund"}
    | {"lashkar", "tehreek", "tehrik", "sipah"}
)


#: The Hindi and Punjabi head of parties' names that is also a word ("Biju Janata Dal",
#: "Shiromani Akali Dal"; not "Dal Lake"): read only at the end of a name that holds no
#: given name (the other heads are in organisation_words.txt; "Mandal" is also a
#: surname, "Jogendra Nath Mandal", and left out).
SURNAME_BODY_HEADS = frozenset({"Dal"})


def _surname_body_head(span: Span) -> bool:
    """A name ending in "Dal" with no given name in it: a party's."""
    return (
        len(span) > 1
        and span[-1].text in SURNAME_BODY_HEADS
        and all(t.is_title and not lex.is_given_name(t.text) for t in span[:-1])
    )


def _foreign_institution(span: Span) -> bool:
    """A name that opens with a Romance language's institutional head and holds its
    links: "Defensoría del Pueblo", "Dirección Meteorológica de Chile"."""
    return (
        len(span) >= 3
        and span[0].is_title
        and _fold(span[0].text) in FOREIGN_HEADS
        and any(t.lower_ in FOREIGN_LINKS for t in span[1:-1])
    )


#: Lower-case words naming a body's part before its officer's title: "Popcru Ekurhuleni
#: branch chairperson X", "Nehawu Sedibeng regional secretary X".
BRANCH_WORDS = frozenset({"branch", "regional", "provincial", "district", "chapter"})


def _branch_officer_follows(doc: Doc, last: int) -> bool:
    """A branch's or region's word, a title and a name after the name: the name is a
    body's, with its region ("Popcru Ekurhuleni branch chairperson Sipho Dube")."""
    if last >= len(doc) or doc[last].text not in BRANCH_WORDS:
        return False
    k = last + 1
    role = lex.titles() | lex.title_modifiers()
    while k < len(doc) and doc[k].is_lower and _fold(doc[k].text) in role:
        k += 1
    return last + 1 < k < len(doc) and doc[k].is_title and _fold(doc[k - 1].text) in lex.titles()


def _party_leader_follows(doc: Doc, last: int) -> bool:
    """ "leader" and a person's name after the name: a party's or a movement's, even with
    a number in it ("Progress 21 leader Anna Berg", "Estonia 200 leader Kristina Kallas")."""
    return (
        last + 1 < len(doc)
        and doc[last].lower_ in ("leader", "co-leader", "chairman", "chairwoman")
        and doc[last + 1].ent_type_ == "PERSON"
    )


def _age_follows(doc: Doc, last: int) -> bool:
    """An age in commas or brackets after the name: "Mahaman Laouali Garba, 64, who"."""
    after = doc[last : last + 3]
    return (
        len(after) == 3
        and (after[0].text, after[2].text) in ((",", ","), ("(", ")"))
        and after[1].text.isdigit()
        and 16 <= int(after[1].text) <= 105
    )


def _speech_subject(span: Span) -> bool:
    """The name is the subject of a speech verb, or follows "according to"."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.casefold() in lex.speech_verbs():
        return True
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and span.doc[head.i - 1].lower_ == "according"
    )


#: Modifiers that only describe a person: "Lagos-born", "24-year-old".
_PERSONAL_MODIFIER = re.compile(r"(?i)-born$|^born$|year-old|^\d+-year")


def _appositive(span: Span) -> str | None:
    """The head noun of an apposition describing the name ("Acas, the conciliation
    service"; "Jane Doe, a lawyer"; "Spain's weather agency, Aemet,"; "X, one of the
    biggest logistics firms"), lower case, or None."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ == "one" and child.i >= span.end:
            # "Kuehne+Nagel, one of the world's biggest logistics firms"
            of = [t for t in child.children if t.dep_ == "prep" and t.lower_ == "of"]
            kinds = [t for t in (of[0].children if of else ()) if t.dep_ == "pobj"]
            if kinds and kinds[0].pos_ == "NOUN":
                return kinds[0].lemma_.lower()
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= span.end:
            if any(_PERSONAL_MODIFIER.search(m.text) for m in child.subtree if m.i < child.i):
                return "person"  # "the Toulouse-born centre", "the 24-year-old striker"
            word = child
            while hyphen_glued(span.doc, word.i + 1):
                word = span.doc[word.i + 2]  # "co-founder": the founder, not a "Co."
            start = word.i
            while start >= 2 and hyphen_glued(span.doc, start - 1):
                start -= 2
            whole = span.doc[start : word.i + 1].text.lower()  # "start-up", not "up"
            return (
                whole if start < word.i and whole in lex.organisation_descriptors() else word.lower_
            )
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start:
        between = span.doc[head.i + 1 : span.start]
        describes = (
            head.lower_ in lex.organisation_descriptors() or _fold(head.text) in lex.titles()
        )  # not "the state capital, Abakaliki"
        if [t.text for t in between] == [","] and describes:
            return head.lower_
        if (
            head.lower_ in lex.organisation_descriptors()
            and len(between) > 2
            and between[-1].text == ","
            and between[0].lower_ == "of"
            and between[0].head.i == head.i
            and all(t.i in {d.i for d in between[0].subtree} for t in between[:-1])
        ):
            return head.lower_  # "a coalition of 38 health providers, Te Kāhui Hauora Māori,"
    return _apposed_after_description(span)


_ARTICLES = frozenset({"a", "an", "the"})


def _apposed_after_description(span: Span) -> str | None:
    """The describing noun of "a coalition of 38 health providers, NAME," read from the
    words alone, for when the parse takes the name for a subject: an organisation word
    after "a" or "the", its phrase, a comma, the name, a comma."""
    doc = span.doc
    comma = span.start - 1
    if comma < 2 or doc[comma].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for k in range(comma - 1, max(span.sent.start, comma - 9), -1):
        token = doc[k]
        if token.pos_ in ("VERB", "AUX", "PUNCT", "PRON") or token.tag_ == "POS":
            return None  # also "the bank's head of compliance, NAME,": the bank owns the role
        if token.lower_ in lex.organisation_descriptors() and doc[k - 1].lower_ in _ARTICLES:
            if _role_of_body(doc, k - 1, span.sent.start):
                return None  # "A spokesperson for the union, NAME,": the role is the name's
            return token.lower_
    return None


def _role_of_body(doc: Doc, article: int, sentence_start: int) -> bool:
    """A role noun before the preposition that leads to a body's noun at ``article``:
    "a spokesperson for [the union]", "the head of [the agency]"."""
    k = article - 1
    if k <= sentence_start or doc[k].pos_ != "ADP":
        return False
    k -= 1
    while k >= sentence_start and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower:
        if _names_a_job(doc[k]) or doc[k].lower_ == "head":
            return True
        k -= 1
    return False


def _employer(span: Span) -> bool:
    """The name is where someone works: "an airline analyst at Raymond James", "a
    professor at Harvard", "a livestock agent with Elders" (a role noun, then "at" or
    "with" and the name)."""
    root = span.root
    head = root.head
    role = head.head
    if role.dep_ == "pobj" and role.head.lower_ == "of" and not _names_a_job(role):
        role = role.head.head  # "head of research at Cordros"
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("at", "with")
        and role.pos_ == "NOUN"
        and _names_a_job(role)
    )


#: Passive verbs whose agent runs or issues something: "managed by Halden Marine", "a
#: poll published by Formosa Daily", "operated by Tengizchevroil".
_RUNNING_VERBS = frozenset(
    {"manage", "operate", "run", "own", "publish", "conduct", "commission", "issue"}
    | {"acquire", "buy", "fund", "sponsor", "administer", "organise", "organize"}
)
#: Nouns whose "for X" names the body a person speaks for: "a spokesperson for X".
_SPEAKER_NOUNS = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"}
    | {"representative", "representatives", "spokesperson"}
)
#: Nouns whose "of X" is a body's: "the board of Southern Arts".
_GOVERNING_NOUNS = frozenset({"board", "trustees", "directors", "governors", "shareholders"})
#: Participles after a hyphen that make the name after them a firm's: "Athens-based X".
_HOMED = frozenset({"based", "headquartered", "registered"})


def _firm_syntax(span: Span) -> bool:
    """The syntax around a name the model calls an organisation is a body's: a home or an
    actor glued before it ("Athens-based X", "the Chevron-led X"), the agent of running or
    publishing ("managed by X", "published by X"), whom a spokesperson speaks for, the board
    of it, or a worker's employer in a compound ("a retired Pacific Bell technician")."""
    doc = span.doc
    first = span.start
    k = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
    if k >= 3 and hyphen_glued(doc, k - 2) and doc[k - 1].lower_ in _HOMED | ACTOR_PARTICIPLES:
        return True
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _RUNNING_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in _SPEAKER_NOUNS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _GOVERNING_NOUNS:
        return True
    if root.dep_ == "dobj" and _buys(head) and not _counted(root):
        return True  # "Holcim bought Lafarge in 2015" (not "bought two Range Rovers")
    return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_ in _STAFF_NOUNS


#: Verbs by which a firm is bought ("Tata Steel bought Corus").
_BUYING_VERBS = frozenset({"buy", "acquire", "purchase"})


def _buys(verb) -> bool:
    """The verb is a buying or a taking over ("Holcim bought ...", "Brixton Foods took
    over ..."), whose object the model calls an organisation is a firm."""
    return verb.lemma_ in _BUYING_VERBS or (
        verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    )


def _which_clause(span: Span) -> bool:
    """A relative clause opened by "which" is said of the name itself: "Keck, which has
    two 10-metre mirrors, confirmed the find" (a thing or a body, never a person)."""
    doc = span.doc
    k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    return (
        k < len(doc)
        and doc[k].lower_ == "which"
        and doc[k].head.dep_ == "relcl"
        and doc[k].head.head.i == span.root.i
    )


def _counted(noun) -> bool:
    """The noun is counted or taken as one of many: "two Range Rovers", "a Picasso"."""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        for c in noun.children
    )


#: Nouns for a company's shares, which its name owns ("shares of Zenlyte", "Lafarge
#: stock").
_SHARE_NOUNS = frozenset({"share", "stock", "shareholder", "stockholder"})
#: Their plurals, which alone say "shares of X" of a firm's equity.
_OWNED_SHARES = frozenset({"shares", "stocks", "shareholders", "stockholders"})


#: Stock indices, whose shares are a market's ("Hang Seng stocks slid").
_STOCK_INDICES = frozenset(
    {"Nikkei", "Hang Seng", "FTSE", "Dow", "Dow Jones", "Sensex", "Nifty", "Kospi", "DAX"}
    | {"CAC", "ASX", "TSX", "S&P", "Stoxx", "Topix", "Euro Stoxx", "Bovespa", "IBEX"}
)


def _traded(span: Span) -> bool:
    """The name is a listed company's, whose shares or stock are spoken of: "shares of
    Zenlyte rose", "Lafarge shares had fallen" (not "Musk's shares", a holder's, nor a
    market's: "Tokyo shares", "Hang Seng stocks")."""
    if span.label_ in ("GPE", "LOC", "NORP") or span.text in lex.places():
        return False
    if span.text in _STOCK_INDICES or span[0].text in _STOCK_INDICES:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _OWNED_SHARES:
        return True  # not "a share of Labour's vote", "a stock of Sinovac doses"
    return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_ in _SHARE_NOUNS


#: Nouns for someone on a body's staff, which the body's name can modify: "a retired
#: Pacific Bell technician", "a former Veridane auditor" (not "a Kells woman").
_STAFF_NOUNS = frozenset(
    {"worker", "employee", "staffer", "technician", "engineer", "executive", "analyst"}
    | {"auditor", "accountant", "economist", "researcher", "scientist", "spokesman"}
    | {"spokeswoman", "spokesperson", "official", "manager", "director", "lawyer", "banker"}
    | {"trader", "welder", "clerk", "cashier", "contractor", "intern", "mechanic", "pilot"}
)


def _names_a_job(token) -> bool:
    """The noun is a job: a title or a byline's role ("analyst", "professor"), or the
    head of something ("head of research")."""
    if token.lower_ == "head" and any(c.lower_ == "of" for c in token.children):
        return True
    return _fold(token.text) in lex.titles() or token.lemma_ in lex.byline_roles()


#: Organisation nouns that name no one's job, so that noun modifiers may come before them
#: without a determiner: "British maritime security firm X" (but "winch operator X").
_FIRM_NOUNS = frozenset(
    {"firm", "company", "agency", "group", "consultancy", "broadcaster", "newspaper"}
    | {"watchdog", "regulator", "startup", "start-up", "carmaker", "automaker", "chipmaker"}
    | {"drugmaker", "charity", "nonprofit", "non-profit", "conglomerate", "brand", "label"}
    | {"retailer", "chain", "airline", "bank", "lender", "insurer"}
)


def _determined_description(doc: Doc, first: int) -> bool:
    """An organisation noun with its determiner right before the name: "the smaller group
    X", "a Lagos-based firm X"; or a firm's noun after noun modifiers: "British maritime
    security firm X" (not "winch operator X", a job)."""
    k = first - 1
    if k < 1 or not doc[k].is_lower or doc[k].lower_ not in lex.organisation_descriptors():
        return False
    firm = doc[k].lower_ in _FIRM_NOUNS
    skipped = ("ADJ", "PUNCT", "NOUN") if firm else ("ADJ", "PUNCT")
    k -= 1
    while doc[k].pos_ in skipped and doc[k].text not in (",", "."):
        if doc[k].is_sent_start:
            return firm and doc[k].pos_ != "PUNCT"  # the sentence opens with the description
        k -= 1
    if firm and k < first - 2 and doc[k].pos_ in ("VERB", "ADP"):
        return True  # "the council instructed law firm X": news drops the article
    return doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$"


#: What one holds in a company: "shares in X", "a 30% stake in X".
HOLDING_NOUNS = frozenset({"share", "shares", "stake", "stock", "holding"})


#: What a listed company's investors hold: "X shares", "X's stock", "X shareholders".
_TRADED = frozenset({"shares", "stock", "shareholders", "stockholders", "bonds"})
#: Counsel that people and firms alike retain: "X's lawyer" says nothing of X's kind.
COUNSEL_NOUNS = frozenset({"lawyer", "attorney", "solicitor", "barrister", "counsel", "advocate"})
#: Kin only a person has: "Smith-Jones's wife", "Obi's mother".
KIN_NOUNS = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow"}
    | {"widower", "parent", "child", "grandmother", "grandfather", "grandson", "granddaughter"}
    | {"uncle", "aunt", "niece", "nephew", "cousin", "fiancée", "fiancé", "girlfriend"}
    | {"boyfriend", "stepfather", "stepmother", "stepson", "stepdaughter", "mum", "dad"}
)


def _kin_of(span: Span) -> bool:
    """The name owns a kin noun: "Smith-Jones's wife", "Obi's two sons"."""
    root = span.root
    return root.dep_ == "poss" and root.head.lemma_.lower() in KIN_NOUNS


#: Peers' ranks, whose holders are styled "of" a place ("Baroness Hale of Richmond").
PEERS = frozenset({"Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Earl"})


#: Legal forms that are English words in lower case, so count only in capitals after a
#: name: the Nordic "AS" (aksjeselskap, aktieselskab) and "A/S".
_CAPITALS_LEGAL_FORMS = frozenset({"AS", "A/S"})
#: Nouns for vehicles that a maker's name before them makes one of its models.
_VEHICLE_NOUNS = frozenset(
    {"van", "car", "truck", "lorry", "pickup", "suv", "sedan", "saloon", "hatchback"}
    | {"coupe", "motorbike", "motorcycle", "scooter", "minibus", "limousine", "taxi", "jeep"}
)


def _driven(span: Span) -> bool:
    """A known maker's name after "a" or "an" that stands for one of its vehicles: before a
    vehicle noun, perhaps after a model's name ("a Ford Transit van"), or alone before a
    verb or the end of a clause ("a BMW parked outside", "drove a Toyota.")."""
    doc, first, last = span.doc, span.start, span.end
    if first == 0 or doc[first - 1].lower_ not in ("a", "an"):
        return False
    if span.text not in lex.known_organisations() or any(
        _fold(t.text) in lex.organisation_words() for t in span
    ):
        return False  # a maker's name, not a body's ("a Football Association hearing")
    k = last
    while k < len(doc) and k - last < 2 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1  # the model's name: "Transit", "Land Cruiser"
    if k < len(doc) and doc[k].lower_ in _VEHICLE_NOUNS:
        return True
    if k == last and k < len(doc) and MAKERS_MODEL.fullmatch(doc[k].text):
        return True  # "an Embraer E190", "a Boeing 737-800": the type's maker
    return k == last and (
        k == len(doc) or doc[k].tag_ in ("VBN", "VBD") or doc[k].text in (".", ",", ";")
    )


#: A model's designation after its maker: "E190", "737-800", "A320neo", "C-130", "CRJ900".
MAKERS_MODEL = re.compile(r"[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,4}")
#: The articles that open Spanish, French and Italian place names ("El Olivar", "Le
#: Bourget", "La Paz"): a name opened by one that the model reads as a person's is a
#: place's unless something else says person ("Le Monde" the model reads as a body).
_ROMANCE_ARTICLES = frozenset({"El", "La", "Le", "Les", "Los", "Las", "Il", "Lo"})
#: A flight's number ("NX202", "BA2490", "U24512"), an aircraft's registration
#: ("G-OKRZ", "CS-TNX", "N628TS").
_FLIGHT_NUMBER = re.compile(r"[A-Z][A-Z0-9]\d{1,4}[A-Z]?")
_REGISTRATION = re.compile(r"[A-Z0-9]{1,2}-[A-Z]{3,5}|N\d{1,5}[A-Z]{0,2}")


def _code_not_name(span: Span) -> bool:
    """A code that names no body: a flight's number after "flight", an aircraft's
    registration after "registered", a unit's symbol in brackets after the unit
    ("megawatts (MW)")."""
    doc, first = span.doc, span.start
    if len(span) > 3 or first == 0:
        return False
    before, text = doc[first - 1].lower_, span.text
    if before == "flight" and _FLIGHT_NUMBER.fullmatch(text):
        return True
    if before in ("registered", "registration") and _REGISTRATION.fullmatch(text):
        return True
    if before == "(" and first >= 2:
        unit = unit_of_word(doc[first - 2].text)
        return unit is not None and unit[0] == text
    return False


def _ends_in_initials(words: list[str]) -> bool:
    """A name in mixed case ending in a word in capitals that is no regnal number ends in
    a body's initials, not a surname: "Mercedes HPP" (not "Charles III", "KEVIN BAKER")."""
    last = words[-1]
    return (
        len(last) > 1
        and last.isupper()
        and last.isalpha()
        and not words[0].isupper()
        and not re.fullmatch(r"[IVXLC]+", last)
    )


def _peers_territory(doc: Doc, first: int) -> bool:
    """The name is the place in a peer's style: "Ashby" in "Lord Pennington of Ashby"."""
    return (
        first >= 3
        and doc[first - 1].text == "of"
        and doc[first - 2].is_title
        and doc[first - 3].text in PEERS
    )


def _named_as_kin(span: Span) -> bool:
    """The name is given as someone's relative: "the eldest child of Arthur Pemberton",
    "his father, Arthur Pemberton,", "her brother Carlos Reyes"."""
    root = span.root
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.is_lower  # not "Daughters of the American Revolution"
        and head.head.lemma_.lower() in KIN_NOUNS
    ):
        return True
    return (
        root.dep_ in ("appos", "compound")
        and head.is_lower
        and head.lemma_.lower() in KIN_NOUNS
        and head.i < span.start
        and any(t.dep_ == "poss" for t in head.children)
    ) or (
        span.start >= 1
        and span.doc[span.start - 1].lemma_.lower() in KIN_NOUNS
        and span.start >= 2
        and span.doc[span.start - 2].tag_ == "PRP$"
    )


#: Verbs whose agent employs: "employed by X", "hired by X".
_HIRING = frozenset({"employ", "hire", "recruit", "contract", "acquire", "sponsor"})
#: Passive verbs whose subject is a body: "Grainline was founded in 2021", "was acquired".
_FOUNDED = frozenset({"found", "establish", "incorporate", "acquire", "list", "delist"})


def _named_person(token) -> bool:
    """The token ends a name of two words or more the model tagged, opened by a known
    given name ("Giselle Baptiste", whatever its label)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return token.i == ent.end - 1 and len(ent) >= 2 and lex.is_given_name(ent[0].text)
    return False


#: Trade nouns a firm and a worker alike are described by: "tour operator TUI" and
#: "drill operator Thabang Motaung", "publisher Penguin" and "publisher Jane Doe".
_JOB_OR_TRADE = frozenset({"operator", "publisher", "carrier"})


def _job_holder(span: Span, noun: str) -> bool:
    """The trade noun describing the name is a worker's job: the model reads the name as
    a person's, two or three capitalised words and no organisation word among them."""
    return (
        noun in _JOB_OR_TRADE
        and span.root.ent_type_ == "PERSON"
        and 2 <= len(span) <= 3
        and all(t.is_alpha and t.is_title for t in span)
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
    )


def _organisation_context(span: Span) -> bool:
    """The syntax around the name is an organisation's: a describing noun before it ("the
    analytics firm X"), a possessed member or title ("X's spokeswoman", "X's members",
    "X's Jane Doe"), a person "of" it ("Jane Doe of X"), or it is told something ("told X")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in lex.organisation_descriptors():
        return not _job_holder(span, before.lower_)
    if span.end < len(doc) and glues_actor(doc, span.end):
        return True  # "the Chevron-led consortium"
    root = span.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.lower_ in _TRADED:
        return True  # "Lindgren shares fell", "Ostrava's stock": a listed company
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _TRADED:
        return True  # "Shares of Halvorsen rose": the company, not its founder
    if root.dep_ == "poss":
        return (
            head.lower_ in lex.member_nouns()
            or (
                (_fold(head.text) in lex.titles() or head.lemma_.lower() in lex.titles())
                and head.lemma_.lower() not in COUNSEL_NOUNS
            )
            or head.ent_type_ == "PERSON"
        )
    if (
        before is not None
        and before.lower_ == "of"
        and (before.head.ent_type_ == "PERSON" or _named_person(before.head))
        and not _home_after_age(doc, span.start)
        and not (len(span) == 1 and span[0].ent_type_ == "GPE")  # "Juan Cruz of Sulangan"
    ):
        return True  # "Théo Vallançon of Groupama–FDJ", whatever the parse inside the name
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in HOLDING_NOUNS:
        return True  # "shares in Veridane"
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("for", "at")
        and head.head.lemma_.lower() == "work"
        and head.head.pos_ == "VERB"
    ):
        return True  # "he works for Redfern Foods", "worked at Harbourside Grocers"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _HIRING:
        return True  # "was employed by Redfern Foods"
    return root.dep_ in ("dobj", "dative") and head.lemma_ == "tell"


#: Lower-case nouns that class the name before them as an organisation's: "Iran's
#: Tasnim news agency", "al-Ikhbariya television", "the Sea Org group".
CLASSIFIER_NOUNS = frozenset(
    {"agency", "newspaper", "daily", "weekly", "broadcaster", "television", "network"}
    | {"magazine", "tabloid", "newswire", "group", "militia", "firm"}
    | {"company", "bank", "airline", "party", "union", "movement", "conglomerate", "club"}
    | {"association", "federation", "coalition", "alliance", "consortium", "syndicate"}
    | {"cartel", "gang", "foundation", "charity", "carmaker", "automaker", "insurer"}
)


def _classified_after(span: Span) -> bool:
    """A lower-case classifier noun follows the name it modifies, maybe after one more
    lower-case noun: "Tasnim news agency", "the Wagner group" (not "the Trump campaign",
    "campaign" being no classifier; not "the San Jose-based company"; not "Blockchain
    analytics firm Chainalysis", where the name after the noun is the firm's)."""
    doc = span.doc
    if span[-1].pos_ != "PROPN":
        return False
    for k in (span.end, span.end + 1):
        if k >= len(doc) or not doc[k].is_lower or not doc[k].is_alpha:
            return False
        if doc[k].lower_ in CLASSIFIER_NOUNS:
            named_after = k + 1 < len(doc) and (doc[k + 1].is_title or doc[k + 1].is_upper)
            return (
                doc[k].pos_ == "NOUN"
                and span.root.head.i == k
                and span.root.dep_ in ("compound", "nmod", "amod")
                and not named_after
            )
    return False


#: Prepositions whose object is a place ("across Lancashire", "near Bannu").
LOCATIVE = frozenset({"in", "across", "near", "throughout", "around", "outside", "inside"})
#: Nouns and verbs of travel, whose "to", "at" and "from" name a place ("the climb to
#: Leysin", "drove from Aigle"), unlike "sold to Google" or "works at Google".
MOTION_WORDS = frozenset(
    {"travel", "fly", "drive", "ride", "walk", "march", "sail", "commute", "evacuate"}
    | {"trip", "journey", "flight", "route", "road", "climb", "descent", "finish", "stage"}
    | {"arrive", "arrival", "departure", "relocate", "migrate", "evacuation"}
)


def _home_after_age(doc: Doc, first: int) -> bool:
    """The name is where a person named with their age lives: "Kevin Marsh, 41, of
    Dubuque", as crime and court reports write it."""
    return (
        first >= 4
        and doc[first - 1].lower_ == "of"
        and doc[first - 2].text == ","
        and doc[first - 3].like_num
        and doc[first - 4].text in (",", "(")
    ) or (
        first >= 3
        and doc[first - 1].lower_ == "of"
        and doc[first - 2].text == ")"
        and doc[first - 3].like_num
    )


def _located(span: Span) -> bool:
    """The name is the object of a place preposition ("in Dailekh", "across Lancashire")
    or the first of names joined to one ("across Greater Manchester and Lancashire"), or
    a person's home after their age ("Kevin Marsh, 41, of Dubuque")."""
    if _home_after_age(span.doc, span.start):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ == "in" and preposition.head.lemma_.lower() in HOLDING_NOUNS:
        return False  # "shares in Veridane", "a stake in Harlow": a company's
    if preposition.lower_ in LOCATIVE:
        return True
    # "the climb to Leysin", "a summit finish at Leysin", "flew from Aigle to ..."
    return preposition.lower_ in ("to", "at", "from", "towards") and (
        preposition.head.lemma_.lower() in MOTION_WORDS
    )


def _part_of_place(span: Span) -> bool:
    """A name with no body's word after a country's or a state's possessive: "Florida's
    Big Bend", "Tokyo's Shibuya" name a part of the place (a known body, "Japan's
    Toyota", or a person, "Britain's Keir Starmer", has stronger evidence)."""
    doc, first = span.doc, span.start
    return (
        first >= 2
        and doc[first - 1].tag_ == "POS"
        and lex.places().get(doc[first - 2].text) == "major"
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
    )


#: A body's roles and units named for the region they serve: "AAP's Marathwada
#: convener", "the BJP's Kerala unit", "the ANC's Gauteng chair".
_REGIONAL_ROLES = frozenset(
    {"convener", "convenor", "unit", "units", "chapter", "branch", "wing", "president"}
    | {"secretary", "coordinator", "in-charge", "incharge", "chair", "chairman"}
    | {"chairperson", "chief", "leader", "head", "office", "headquarters"}
)


def _region_of_body(span: Span) -> bool:
    """One capitalised word between a body's possessive and the role or unit it has in a
    region is the region: "Marathwada" in "AAP's Marathwada convener" (not a short form
    of the "Marathwada Water Resources Corporation" named later)."""
    doc, first, last = span.doc, span.start, span.end
    if len(span) != 1 or first < 2 or last >= len(doc) or doc[first - 1].tag_ != "POS":
        return False
    owner, word = doc[first - 2], span[0]
    return (
        (owner.ent_type_ == "ORG" or owner.text in lex.known_organisations())
        and (owner.is_upper or owner.text in lex.known_organisations())
        and word.is_title
        and word.is_alpha
        and word.text not in lex.known_organisations()
        and word.text not in lex.known_products()
        and _fold(word.text) not in lex.organisation_words()
        and not lex.is_given_name(word.text)
        and doc[last].lower_ in _REGIONAL_ROLES
        and doc[last].is_lower
    )


def _event_in_place(span: Span) -> bool:
    """An event's head noun followed only by the place it is held in ("Fan Expo
    Canada", "Comic Con Toronto")."""
    for k in range(1, len(span) - 1):
        if _fold(span[k].text) in lex.event_words():
            return span[k + 1 :].text in lex.places()
    return False


def _body_for_topic(span: Span) -> bool:
    """An institution named for its topic: an organisation word before "of"/"for"
    ("Institute for Advanced Study", "Bureau of the Census"), so the head noun is the
    topic's, not the name's."""
    return any(
        token.lower_ in ("of", "for") and _fold(span[k - 1].text) in lex.organisation_words()
        for k, token in enumerate(span[1:-1], start=1)
    )


#: Heads of instruments' names, which may come before "for" and the purpose.
INSTRUMENT_HEADS = frozenset(
    {"instrument", "telescope", "spectrograph", "spectrometer", "imager", "radiometer"}
    | {"magnetometer", "interferometer", "photometer", "coronagraph", "seismometer"}
)


def _thing_for_topic(span: Span) -> bool:
    """An instrument named for its purpose: its head noun before "of"/"for" ("Planetary
    Instrument for X-ray Lithochemistry", "Telescope for Habitable Worlds"); not any thing
    word ("Budget for ...")."""
    return any(
        token.lower_ in ("of", "for") and _fold(span[k - 1].text) in INSTRUMENT_HEADS
        for k, token in enumerate(span[1:-1], start=1)
    )


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


#: Nouns of works whose titles are quoted after them ('the drama "The Salt Road"').
_WORK_NOUNS = frozenset(
    {"film", "movie", "drama", "series", "miniseries", "sitcom", "show", "documentary"}
    | {"novel", "book", "memoir", "biography", "play", "musical", "opera", "poem", "song"}
    | {"single", "album", "track", "episode", "podcast", "painting", "exhibition", "game"}
)
#: Lower-case nouns after a name that make it a place of that kind ("Sinjar district"; not
#: "camp": "the Biden camp" is his side).
_PLACE_NOUNS_AFTER = frozenset(
    {"district", "province", "region", "township", "suburb", "neighbourhood"}
    | {"neighborhood", "governorate", "prefecture", "oblast", "municipality"}
)
#: Lower-case nouns of a firm, after the city it is based in ("the Columbus company").
_HOMED_FIRM_NOUNS = frozenset(
    {"company", "firm", "group", "lender", "bank", "insurer", "retailer", "club"}
    | {"association", "federation", "coalition", "alliance", "consortium", "foundation"}
    | {"charity", "carmaker", "automaker"}
)


def _after_work_noun(doc: Doc, first: int) -> bool:
    """A work's noun right before the opening quote: 'the drama "The Salt Road"'."""
    k = first - 1
    while k >= 0 and (doc[k].text == "The" or doc[k].text in _OPENING_QUOTES):
        k -= 1
    return k >= 0 and doc[k].lower_ in _WORK_NOUNS


def _quoted(doc: Doc, first: int, last: int) -> bool:
    """The name fills a pair of quotation marks on its own (a title: '"Cold Harbor"'),
    allowing a "The" and a comma, full stop, "!" or "?" inside the closing quote, or
    opens a quoted title that goes on in capitals ('"The Early Show with Tom Vance"')."""
    start = first - 1
    if start >= 0 and doc[start].text == "The":
        start -= 1
    if start < 0 or doc[start].text not in _OPENING_QUOTES or last - first > 8:
        return False
    end = last
    while end < len(doc) and end - last <= 8 and doc[end].text not in _CLOSING_QUOTES:
        if not _title_word(doc[end]):
            return False  # '"Congress must act," she said': a quotation, not a title
        end += 1
    return end < len(doc) and end - last <= 8 and doc[end].text in _CLOSING_QUOTES


#: Words and marks a title goes on with after a name: "with", "of", "Live!", "Tonight?".
_TITLE_LINKS = frozenset({"with", "of", "the", "and", "a", "an", "in", "on", "at", "for", "to"})
_TITLE_MARKS = frozenset({",", ".", "!", "?", ":", "&", "-", "–"})


def _title_word(token) -> bool:
    """A word of a title in capitals, a title's small linking word, or its punctuation."""
    return (
        (token.is_title and token.is_alpha)
        or token.is_upper
        or token.lower_ in _TITLE_LINKS
        or token.text in _TITLE_MARKS
    )


#: Words before a storm's name ("Typhoon Bagwis", "Hurricane Maria").
STORMS = frozenset({"Typhoon", "Hurricane", "Cyclone", "Storm", "Depression"})
#: An observatory's head noun in the languages news prints it in.
_OBSERVATORY = re.compile(r"Observatory|Observatorio|Observatório|Observatoire|Sternwarte")
#: Last words of newspapers' names that name nothing else ("the Charlotte Observer", "the
#: Orlando Sentinel"), unlike a review, a heart monitor or the Orient Express; a title
#: before a name otherwise ("Election Observer Jane Mills").
_NEWSPAPER_HEADS = OUTLET_ENDINGS - frozenset(
    {"review", "monitor", "insider", "express", "mirror", "daily", "weekly", "magazine"}
)
#: The world wars' short names.
_WORLD_WAR = re.compile(r"WW(?:I{1,2}|[12])")
#: Organisation words that as a name's head name a place as often as a body: "Hamilton
#: Centre" (a riding), "Simonyi Survey" (a telescope), "Tate Gallery", "Tokyo Exchange".
BUILDING_LIKE_HEADS = frozenset(
    {"centre", "center", "survey", "museum", "museums", "gallery", "galleries", "hospital"}
    | {"clinic", "studio", "studios", "exchange", "chambers", "homes", "capital", "unit"}
)
#: Stage races named "Tour de ...", "Giro d'...", "Vuelta a ...": events, not bodies.
RACE_OPENERS = frozenset({"Tour", "Giro", "Vuelta", "Volta", "Ronde"})
RACE_CONNECTORS = frozenset({"de", "des", "du", "of", "di", "d'", "del", "a", "van"})

#: Nouns before a name that make it a vessel's ("the container ship MSC Leonora").
VESSEL_NOUNS = frozenset(
    {"ship", "vessel", "tanker", "freighter", "carrier", "frigate", "destroyer", "corvette"}
    | {"submarine", "ferry", "yacht", "liner", "trawler", "cutter", "boat", "barge", "warship"}
    | {"tug", "tugboat", "dredger", "icebreaker", "catamaran", "schooner", "lifeboat", "dhow"}
    | {"steamer", "gunboat", "bulker", "containership", "supertanker", "cruiser"}
)
#: What only a ship does, said of its name: "the Maria Soto ran aground", "capsized".
_SHIP_VERBS = frozenset({"capsize", "dock", "berth", "moor"})
#: Nouns of craft that carry names as ships do ("the shuttle Discovery", "the uncrewed
#: spaceplane Kestrel", "the airliner G-BOAF").
CRAFT_NOUNS = frozenset(
    {"shuttle", "orbiter", "spacecraft", "spaceplane", "capsule", "rover", "lander"}
    | {"airliner", "aircraft", "jet", "plane", "locomotive", "airship", "module", "probe"}
    | {"telescope", "satellite"}
)
#: Words before "carrier" that make it a ship, not an airline or a telecoms firm.
_SHIP_CARRIERS = frozenset(
    {"bulk", "aircraft", "ore", "lng", "gas", "car", "vehicle", "helicopter"}
)


def _aboard(doc: Doc, first: int, last: int) -> bool:
    """The name is what someone is aboard ("aboard the Dragon Freedom", "on board the
    Sea-Watch 5"), not a maker or an operator before a noun or a type ("aboard a Ryanair
    flight", "aboard a Philippine Air Force C-130")."""
    k = first - 1
    if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k < 0:
        return False
    boarded = doc[k].lower_ in ("aboard", "onboard") or (
        doc[k].lower_ == "board" and k > 0 and doc[k - 1].lower_ == "on"
    )
    modifies = last < len(doc) and (
        (doc[last].is_lower and doc[last].pos_ in ("NOUN", "PROPN"))
        or DESIGNATION.fullmatch(doc[last : past_hyphens(doc, last + 1)].text) is not None
    )  # "aboard a Philippine Air Force C-130 aircraft": the operator's
    return boarded and not modifies


#: Lowercase nouns of schemes a name may come before ("the Lifeline Kenya programme").
_PROGRAMME_NOUNS = frozenset({"programme", "program", "scheme"})
#: Lowercase nouns of products a maker's name comes before ("its Claude assistant").
_PRODUCT_NOUNS = frozenset(
    {"assistant", "chatbot", "app", "model", "models", "software", "smartphone", "phone"}
    | {"tablet", "laptop", "headset", "console", "drug", "vaccine", "brand", "range"}
)


def _names_a_scheme_or_product(span: Span) -> bool:
    """A name right before a scheme's noun, with no organisation's word or known name in
    it: "its Lifeline Kenya programme", "the Help to Buy scheme" (not "a UN programme",
    "the Acme Trust scheme", whose body runs the scheme); or a product's name between its
    maker's possessive and a product noun: "its Claude assistant", "Meta's Llama models"."""
    doc, first, last = span.doc, span.start, span.end
    nouns = _PROGRAMME_NOUNS
    if first > 0 and (doc[first - 1].tag_ in ("PRP$", "POS")):
        nouns = nouns | _PRODUCT_NOUNS
    return (
        last < len(doc)
        and doc[last].lower_ in nouns
        and span.text not in lex.known_organisations()
        and not span.text.isupper()
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
    )


#: Lower-case nouns of craft after a craft's own name: "the Perseverance rover", "the
#: Japanese Kibo laboratory module".
_TRAILING_CRAFT_NOUNS = frozenset(
    {"rover", "lander", "orbiter", "spacecraft", "spaceplane", "capsule", "module"}
    | {"telescope", "satellite"}
)
#: Lower-case nouns of plants and works after their own name: "the Drumhollow power
#: station", "the Harrow Bank offshore wind farm", "the Sizewell B nuclear plant".
_TRAILING_WORKS_NOUNS = frozenset(
    {"plant", "station", "farm", "refinery", "smelter", "mine", "reactor", "terminal"}
    | {"substation", "interconnector", "oilfield", "gasfield", "dam"}
    | {"building", "tower", "stadium", "arena", "bridge", "airport"}  # "the Justus Lipsius
    # building", named after a person
)
#: What makes a "station" a works, not a broadcaster ("the Capital FM radio station").
_WORKS_STATIONS = frozenset({"power", "nuclear", "pumping", "generating", "coal", "gas"})


#: A saint's title, whose possessive names a church, a parish or a school ("St Mary's").
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa"})


def _saint_in_a_name(doc: Doc, first: int) -> bool:
    """The name is a saint's inside a longer name, after "of" ("the Daughters of Charity
    of St Vincent de Paul", "the Church of St Mary"), the title cut or not; not a saint
    named in prose ("Pope Francis and St John Paul II")."""
    k = first if doc[first].text in _SAINTS else first - 1
    return k >= 1 and doc[k].text in _SAINTS and doc[k - 1].lower_ == "of"


def _named_before_its_noun(span: Span, nouns: frozenset[str]) -> bool:
    """A name between "the" (or a possessive) and one of ``nouns``, perhaps after one or
    two more lower-case words, with no organisation's word or known name in it: "the
    Perseverance rover", "Japan's Kibo laboratory module", "the Drumhollow power
    station" (not "the NASA rover" or "the Toyota plant", whose owner runs it)."""
    doc, first, last = span.doc, span.start, span.end
    k = last
    while (
        k < len(doc)
        and k - last < 3
        and (
            (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ not in nouns)
            or (k == last and len(doc[k].text) == 1 and doc[k].is_upper)  # "Sizewell" + "B"
        )
    ):
        k += 1
    opener = next((t for t in doc[max(0, first - 2) : first] if t.lower_ == "the"), None)
    if k < len(doc) and doc[k].lower_ == "station" and doc[k - 1].lower_ not in _WORKS_STATIONS:
        return False  # "the Capital FM radio station": a broadcaster
    return (
        k < len(doc)
        and doc[k].lower_ in nouns
        and (opener is not None or (first > 0 and doc[first - 1].tag_ in ("PRP$", "POS")))
        and span.text not in lex.known_organisations()
        and not span.text.isupper()
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
    )


def _does_what_ships_do(span: Span) -> bool:
    """The name is the subject of what only a ship does: "The Maria Soto ran aground off
    Brittany", "the Helga capsized", "the Orla docked at Southampton" (not "Reyes sank a
    putt": a ship's verbs take no object)."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "dobj" for c in children):
        return False
    return verb.lemma_.lower() in _SHIP_VERBS or any(c.lower_ == "aground" for c in children)


def _known_craft_named(span: Span) -> bool:
    """The name opens with a known craft's or vehicle's type and goes on with its own
    name or number: "Crew Dragon Endurance", "Soyuz MS-25"."""
    products = lex.known_products()
    for k in range(len(span) - 1, 0, -1):
        known = products.get(span[:k].text)
        if known is not None:
            return known.find_in_text and known.category in ("spacecraft", "vehicle")
    return False


def _vessel_noun(doc: Doc, k: int) -> bool:
    """Token ``k`` is a common noun for a ship or a craft ("tanker", "shuttle"; "carrier"
    only as "bulk carrier", not "the national carrier Qantas")."""
    if k < 0 or k >= len(doc) or doc[k].pos_ != "NOUN" or not doc[k].is_lower:
        return False
    noun = doc[k].lower_ if doc[k].lower_ in VESSEL_NOUNS | CRAFT_NOUNS else doc[k].lemma_
    if noun not in VESSEL_NOUNS | CRAFT_NOUNS:
        return False
    return noun != "carrier" or (k > 0 and doc[k - 1].lower_ in _SHIP_CARRIERS)


def _listed_after_vessel_noun(doc: Doc, first: int) -> bool:
    """A later name in a list of craft after their plural noun: "Endeavour" in "the
    orbiters Atlantis and Endeavour" or "the ferries Isle of Mull, Loch Seaforth and Hebrides"."""
    k = first - 1
    if k < 1 or doc[k].lower_ not in ("and", "or", ","):
        return False
    k -= 1
    for _ in range(12):
        if k < 0:
            return False
        token = doc[k]
        if token.is_title or token.text in (",", "of") or token.like_num:
            k -= 1
            continue
        return token.tag_ == "NNS" and _vessel_noun(doc, k)
    return False


#: Plural nouns of places that a list of names heads or follows: "Dhemaji and Lakhimpur
#: districts", "its tributaries Subansiri, Jia Bharali and Beki".
PLACE_LIST_NOUNS = frozenset(
    {"districts", "provinces", "states", "counties", "regions", "municipalities", "cities"}
    | {"towns", "villages", "suburbs", "townships", "neighbourhoods", "neighborhoods"}
    | {"wards", "constituencies", "prefectures", "oblasts", "cantons", "tehsils", "taluks"}
    | {"islands", "rivers", "tributaries", "lakes", "valleys", "mountains", "hills"}
)


#: Lower-case nouns of settlements and areas before "of" and a place's name.
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "suburb", "hamlet", "district", "province", "region"}
    | {"island", "islands", "neighbourhood", "neighborhood", "township", "municipality"}
    | {"county", "state", "commune", "prefecture", "port", "settlement", "enclave"}
)


#: Nouns of a place's people and parts before "of": "residents of Selby", "the outskirts
#: of Kharkiv".
RESIDENT_NOUNS = frozenset(
    {"residents", "inhabitants", "villagers", "townspeople", "outskirts", "suburbs"}
)


def _settlement_of(doc: Doc, first: int) -> bool:
    """The name follows a settlement's noun and "of": "the village of Ban Hat Sa", "the
    suburb of Kurnell" (capitalised, "the City of Hamilton" names the council); or its
    people's or its parts' noun, at a sentence start too: "Residents of Selby said"."""
    first = _first_of_list(doc, first)
    if first < 2 or doc[first - 1].text != "of":
        return False
    noun = doc[first - 2]
    return (noun.is_lower and (noun.lower_ in SETTLEMENT_NOUNS or _plural_settlement(noun))) or (
        (noun.is_lower or opens_sentence(noun)) and noun.lower_ in RESIDENT_NOUNS
    )


def _plural_settlement(noun) -> bool:
    """ "the provinces of Leyte and Samar", "the towns of Tarlac and Baler"."""
    return noun.tag_ == "NNS" and noun.lemma_ in SETTLEMENT_NOUNS


def _first_of_list(doc: Doc, first: int) -> int:
    """The first token of the list's first name when the name at ``first`` is a later
    conjunct ("Samar" in "the provinces of Leyte and Samar"), else ``first``."""
    token = doc[first]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    if token.dep_ != "conj":
        return first
    while token.dep_ == "conj":
        token = token.head
    return token.left_edge.i  # the first name's own first word ("Ban Hat Sa and ...")


def _listed_with_place_noun(doc: Doc, first: int, last: int) -> bool:
    """A name in a list of places with their plural noun after ("the Beki and Pagladiya
    rivers") or before it ("the tributaries Subansiri, Jia Bharali and Beki")."""

    def walk(k: int, step: int) -> bool:
        listed = named = False  # a conjunction passed; the token next to the noun a name
        for _ in range(14):
            if not 0 <= k < len(doc):
                return False
            token = doc[k]
            if token.lower_ in ("and", "or", ","):
                listed = listed or token.text != "," or step < 0  # "tributaries X, Y"
                named = False
                k += step
                continue
            if token.is_title and token.pos_ in ("PROPN", "NOUN", "ADJ"):
                named = True
                k += step
                continue
            return listed and named and token.lower_ in PLACE_LIST_NOUNS and token.tag_ == "NNS"
        return False

    return walk(last, 1) or walk(first - 1, -1)


def _vessel_apposition(doc: Doc, first: int, last: int) -> bool:
    """A ship's or a craft's noun in apposition: "a second bulk carrier, the Tiberius
    Bay,", "its sister ship, Heron, which" or "the Sapphire Crest, a Liberian-flagged bulk
    carrier" (the apposition's head, not a noun before it: "a satellite manufacturer")."""
    k = first - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].text == "," and _vessel_noun(doc, k - 1):
        return True
    if (
        last + 1 < len(doc)
        and doc[last].text == ","
        and doc[last + 1].lower_ in ("a", "an")
        and not lex.is_given_name(doc[first].text)  # "Muhammad Amin, the first boat ..."
    ):
        for k in range(last + 2, min(last + 7, len(doc))):
            if _vessel_noun(doc, k) and not (doc[k].dep_ == "compound" and doc[k].head.i > k):
                return True  # not "KTQ, a satellite maker": the craft it makes
            if (doc[k].is_punct and doc[k].text != "-") or (
                doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ != "amod"  # "-flagged"
            ):
                return False
    return False


#: Prefixes of ships' names ("USS", "HMS", "KRI", "BRP", "MV").
SHIP_PREFIXES = frozenset(
    {"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "BRP", "ROKS", "JS", "CCGS"}
    | {"MV", "MS", "SS", "RMS", "RV", "FV", "MT", "RRS"}
)
#: Endings of one-word street names in Dutch and German ("Boezemweg", "Friedrichstraße").
STREET_ENDINGS = ("weg", "straat", "laan", "plein", "gracht", "kade", "singel", "straße")
STREET_ENDINGS += ("strasse", "platz", "gasse", "allee", "damm", "ufer")
#: A weapon's, an aircraft's or a model's designation: "KN-23", "F-35", "C-130".
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?")
#: A product's model number after its name: "K7", "X2", "S24", "A320" (not "4" of
#: "Channel 4", nor a designation with a hyphen, which ``DESIGNATION`` reads).
_MODEL_NUMBER = re.compile(r"[A-Z]{1,2}\d{1,4}[a-z]?")
#: Words after a model's number that name a variant: "Aurora 3 Pro", "Nova S7 Ultra".
_MODEL_SUFFIXES = frozenset({"Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air", "Fold"})
#: Lowercase nouns after a name that make it a disease's ("Lassa fever").
DISEASE_WORDS = frozenset({"virus", "fever", "disease", "syndrome", "flu", "pox"})
#: Head words of a named pot of money or a scheme paid from one ("the Disaster Relief
#: Fund", "the Family Hope Programme"), which a body owns or pays through.
POT_HEADS = frozenset({"fund", "scheme", "programme", "program", "initiative", "facility"})
#: Possessive determiners that make the pot after them someone's ("from its Contingency
#: Fund").
_OWNERS = frozenset({"its", "their", "his", "her", "our", "'s", "\u2019s"})


#: Words that make a fund one that invests, a body rather than a pot ("the Public
#: Investment Fund", "the Government Pension Fund", "a sovereign wealth fund").
_INVESTING_WORDS = frozenset(
    {"investment", "investments", "pension", "pensions", "wealth", "venture", "ventures"}
    | {"equity", "hedge", "superannuation", "provident", "mutual"}
)
#: Nouns for those who put money in, whose examples ("investors including the X Fund")
#: are bodies.
_INVESTOR_NOUNS = frozenset({"investor", "backer", "lender", "shareholder", "donor", "funder"})


def _money_pot(span: Span) -> bool:
    """A fund or a scheme named as money moves in or out of it, not as a body that acts:
    owned ("its Deposit Insurance Fund") or in a sentence about money ("cut the Ward
    Development Fund by Sh620 million"), and not the subject of its verb, an investing
    fund or one named among investors."""
    doc = span.doc
    if len(span) < 2 or _fold(span.root.text) not in POT_HEADS:
        return False
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(_fold(token.text) in _INVESTING_WORDS for token in span[:-1]):
        return False  # "the Midlands Growth Investment Fund" invests
    head = span.root.head
    if head.dep_ == "agent" or (
        head.lower_ in ("including", "like") and head.head.lemma_ in _INVESTOR_NOUNS
    ):
        return False  # "backed by the Northern Growth Fund", "investors including ..."
    if span.start > 0 and doc[span.start - 1].lower_ in _OWNERS:
        return True
    return _tells_money(span.sent.text)


#: A number, with its scale word ("620 million", "1.2bn").
_AMOUNT = re.compile(r"\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|crore|lakh)\b)?")


def _tells_money(text: str) -> bool:
    """The text holds an amount of money ("Sh620 million", "480,000 Swiss francs")."""
    for found in _AMOUNT.finditer(text):
        before = text[max(0, found.start() - 6) : found.start()]
        if currency_before(before) or currency_after(text[found.end() : found.end() + 24], True):
            return True
    return False


#: Capitalised heads of a law's or a bill's name ("the National Health Insurance (NHI)
#: Bill", "the NHI Bill").
LAW_HEADS = frozenset({"Bill", "Act", "Amendment", "Code"})
#: Last words of the names of laws, treaties and charters, which no person's or body's
#: name ends in ("Paris Agreement", "Data Protection Regulation", "Dayton Accords").
LAW_ENDINGS = LAW_HEADS | frozenset(
    {"Regulation", "Regulations", "Agreement", "Treaty", "Accord", "Accords", "Directive"}
    | {"Protocol", "Statute", "Ordinance"}
)


#: Heads of instruments whose names carry a bracketed word before them: "the Mining
#: Licence (Amendment) Rules", "the Coast Protection (Amendment) Order" (UK and
#: Commonwealth statutory instruments).
_BRACKETED_LAW_HEADS = LAW_ENDINGS | frozenset({"Rules", "Order"})


def _law_named(doc: Doc, first: int, last: int) -> bool:
    """The name opens a law's or a bill's name the model cut: a law's head follows it,
    maybe after its bracketed short form ("National Health Insurance (NHI) Bill"); or the
    name is that head after a short form or a bracket ("NHI" + "Bill")."""
    k = last
    heads = LAW_HEADS
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # "National Health Insurance" + "(NHI) Bill"
        heads = _BRACKETED_LAW_HEADS
    elif first > 0 and doc[first - 1].text == "(" and k < len(doc) and doc[k].text == ")":
        k += 1  # "(NHI)" + "Bill"
        heads = _BRACKETED_LAW_HEADS
    if (
        k < len(doc)
        and doc[k].text in heads
        and not (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I")  # "Bill Gates"
    ):
        return True
    return (
        last - first == 1
        and doc[first].text in LAW_HEADS
        and first > 0
        and (doc[first - 1].text == ")" or looks_like_acronym(doc[first - 1].text))
    )


#: Evidence that a name acts or employs as a body does, which a term's short form never
#: does ("the NTSB said", "an engineer at NTSB").
_ACTING_BODY = frozenset({"speech", "org_context", "org_appos", "employer", "org_classifier"})
#: Short words a lowercase term may hold that its initials skip ("weapons of mass
#: destruction", WMD).
_SKIPPED_WORDS = r"(?:(?:of|and|the|for|in|on|to)\s+)?"


def _initials_of_lowercase_term(span: Span) -> bool:
    """An unknown acronym of three letters or more that spells the initials of a
    lowercase phrase in the article: "IDD" for "iodine deficiency disorders", "PTSD" for
    "post-traumatic stress disorder". A term's short form, not a body's, unless it acts
    as one (see ``_ACTING_BODY``)."""
    name = span.text
    if not looks_like_acronym(name) or len(name) < 3 or name in lex.known_organisations():
        return False
    first, *rest = name.lower()
    words = [f"[{first}{first.upper()}][a-z]*"] + [f"{letter}[a-z]*" for letter in rest]
    term = (r"[\s-]+" + _SKIPPED_WORDS).join(words)
    return re.search(rf"(?<![\w-]){term}(?![\w-])", doc_text(span.doc)) is not None


#: Lowercase nouns after a name that make it an instrument's or a craft's ("the rover's
#: PIXL instrument", "the MUSE spectrograph", "the Dragonfly rotorcraft"). Makers are
#: in the organisation lexicon, which outweighs this ("a SpaceX capsule").
CRAFT_PART_NOUNS = frozenset(
    {"instrument", "spectrograph", "spectrometer", "camera", "telescope", "detector"}
    | {"rover", "lander", "orbiter", "probe", "capsule", "spacecraft", "rotorcraft"}
    | {"satellite"}
)


def _thing_head_follows(span: Span) -> bool:
    """The model cut a thing's name before its capitalised head noun: "Subaru" of "the
    Subaru Telescope", "Mars" of "the Mars Rover" (the maker's or the place's name is
    then part of the thing's)."""
    doc, last = span.doc, span.end
    return (
        last < len(doc)
        and doc[last].is_title
        and doc[last].lower_ in (CRAFT_PART_NOUNS | INSTRUMENT_HEADS) - {"instrument"}
        and span[-1].tag_ != "POS"
        and not span[-1].text.endswith("'s")
    )


#: Nouns of things (not bodies) that an apposition may describe a name by: "MOXIE, an
#: experiment from MIT", "Orla, the app the council launched", "Quietus, her third album".
_DESCRIBED_THINGS = frozenset(
    {"experiment", "mission", "camera", "app", "drug", "chatbot", "game", "film", "album"}
    | {"novel", "book", "song", "documentary", "podcast", "painting", "sculpture", "opera"}
)


#: Lower-case nouns of machines, networks and data after a name in capitals: "the LHC
#: tunnel", "IP addresses", "DNS records".
TECHNICAL_NOUNS = frozenset(
    {"tunnel", "tunnels", "magnet", "magnets", "beam", "beams", "collisions", "detector"}
    | {"address", "addresses", "server", "servers", "record", "records", "protocol"}
    | {"lookup", "lookups", "query", "queries", "packet", "packets", "traffic", "settings"}
)


def _technical_initials(span: Span) -> bool:
    """One word in capitals, no known body's, before a machine's or a network's noun."""
    doc, last = span.doc, span.end
    return (
        len(span) == 1
        and span.text.isupper()
        and last < len(doc)
        and doc[last].lower_ in TECHNICAL_NOUNS
        and doc[last].pos_ == "NOUN"
        and span.text not in lex.known_organisations()
    )


_PLACE_JOINS = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _places_joined(span: Span) -> bool:
    """A name made of known places joined by commas and "and": a region's spelled-out
    name ("Europe, the Middle East and Africa" before "(EMEA)"), no body's."""
    parts = _PLACE_JOINS.split(span.text)
    return len(parts) >= 2 and all(lex.places().get(p) == "major" for p in parts)


def _owned_study(span: Span) -> bool:
    """A survey or a study its owner runs ("its 10-year Legacy Survey of Space and
    Time"): a project, not the body ("the Ordnance Survey")."""
    of = next((t.i for t in span if t.lower_ == "of"), span.end)
    head = span.doc[of - 1]
    return (
        of - 1 > span.start
        and _fold(head.text) in lex.event_words()
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
    )


#: Nouns after a name that make it a people's: "the Yorta Yorta people".
_PEOPLES = frozenset({"people", "peoples", "tribe", "tribes", "clan", "clans"})
#: A credit line's words right before a name: "Additional reporting by", "Editing by".
_CREDITED_WRITER = re.compile(CREDIT_LINE.pattern + r"$")


#: Lowercase nouns after "the" and a name that make it a fire's or a storm's name ("the
#: Bouquet fire", as fire agencies name a fire after where it started).
NAMED_EVENT_WORDS = frozenset({"fire", "wildfire", "blaze", "bushfire", "storm", "cyclone"})


def _company_name_after_the(doc: Doc, first: int, last: int, name: str) -> bool:
    """An ambiguous company name (a label-only entry) heading a phrase after a lowercase
    "the" names something else: "in the Amazon" is a region, not the firm; "the Apple
    supplier" is still the firm's."""
    known = lex.known_organisations()
    entry = known.get(name)
    # an acronym written as a word ("Sams" for "SAMS") after "the" names a family: "the Sams"
    as_word = name != name.upper() and name.upper() in known
    return (
        entry is not None
        and not entry.find_in_text
        and (entry.category in ("company", "platform") or as_word)
        and first > 0
        and doc[first - 1].text == "the"
        and (last >= len(doc) or doc[last].pos_ not in ("NOUN", "PROPN"))
    )


def _surname_of_a_person(doc: Doc, name: str) -> bool:
    """A label-only company name that is the surname of a person the model found in the
    article: "Marriott said" after "Jane Marriott" is her, not the hotel group."""
    entry = lex.known_organisations().get(name)
    if entry is None or entry.find_in_text or " " in name:
        return False
    surnames = doc.user_data.get("metoo_person_surnames")
    if surnames is None:
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        # a show named for its host: "Ronnie Vale Live!" ... "Vale's producer"
        surnames |= {
            e[1].text
            for e in doc.ents
            if e.label_ == "WORK_OF_ART" and len(e) > 2 and lex.is_given_name(e[0].text)
        }
        doc.user_data["metoo_person_surnames"] = surnames
    return name in surnames


def _holds_known_name(span: Span) -> bool:
    """The name begins or ends with a well-known organisation's whole name ("Sky Sport
    Now", "Africa CDC"). An ambiguous (label-only) name counts only at the front, and not
    before a thing's head noun: "Emi Suzuki" is a person, "Subaru Telescope" a thing."""
    known = lex.known_organisations()
    head = _fold(span[-1].text)
    if head in lex.thing_words() or head in lex.facility_words():
        return False
    for k in range(1, len(span)):
        front, back = known.get(span[:k].text), known.get(span[k:].text)
        if (front is not None and (front.find_in_text or front.category != "band")) or (
            back is not None and back.find_in_text
        ):
            return True  # a band's ambiguous name ("Genesis", "Free") opens nothing
    return False


_INITIAL = re.compile(r"[A-Z]\.?")
#: A Korean given name before the family name ("Ji-sung Park"): the name is a person's
#: even when its last word also heads places ("Kings Park").
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+$")


def _initials_then_surname(words: list[str]) -> bool:
    """ "P K Bhattacharya", "J. K. Rowling": initials, then one capitalised surname."""
    return (
        len(words) >= 2
        and all(_INITIAL.fullmatch(w) for w in words[:-1])
        and words[-1][:1].isupper()
        and words[-1][1:].islower()
        and len(words[-1]) > 2
    )


#: Air forces' and navies' short names before a station's place: "RAF Kemble", "RAAF
#: Base Amberley", "MCAS Miramar" (a base, unless an organisation word follows).
BASE_OPENERS = frozenset({"RAF", "RAAF", "RNAS", "RNZAF", "MCAS", "CFB", "NAS", "JBSA"})
#: First words of street and square names in Spanish, Portuguese, Italian and French,
STREET_OPENERS = frozenset(
    {"Avenida", "Av.", "Calle", "Rua", "Praça", "Plaza", "Paseo", "Jirón", "Alameda"}
    | {"Calzada", "Carrera", "Viale", "Piazza", "Corso", "Rue", "Largo", "Travessa"}
    # and of grounds, parks and stadiums in Welsh, French, Spanish, Italian, Portuguese and
    # German: "Parc y Scarlets", "Estadio Azteca", "Stadio Olimpico" (not "Stade", which
    # opens clubs' names too: "Stade Rennais")
    | {"Parc", "Stadiwm", "Maes", "Estadio", "Estádio", "Stadio", "Stadion"}
    | {"Parque", "Parco"}
)
#: First words of rivers', lakes', mountains' and settlements' names: "River Medway",
#: "Lough Neagh".
LANDFORM_OPENERS = frozenset(
    {"River", "Lake", "Mount", "Mt", "Mt.", "Loch", "Lough"}
    # and their kin in Malay and Indonesian, Spanish, Portuguese and Italian place names:
    # "Tanjung Pelepas", "Villa El Salvador", "Quebrada Honda", "Ciudad Juárez"
    | {"Tanjung", "Pulau", "Kampung", "Bandar", "Kota", "Sungai", "Bukit", "Teluk"}
    | {"Villa", "Quebrada", "Puerto", "Ciudad", "Colonia", "Cerro", "Río", "Lago", "Isla"}
    | {"Ilha", "Playa", "Praia", "Bahía", "Porto", "Monte"}
)
#: Lower-case nouns after two names joined by a hyphen that make them a route's ends:
#: "the Poonamallee-Porur stretch", "the Nairobi-Mombasa highway".
ROUTE_NOUNS = frozenset(
    {"stretch", "section", "corridor", "highway", "road", "route", "expressway"}
    | {"railway", "border", "pipeline", "motorway"}
)
#: Lower-case nouns after a name that make it a place's: "the Bowen basin", "the Jebel Ali
#: port".
LANDFORM_NOUNS = frozenset(
    {"basin", "river", "valley", "desert", "coast", "peninsula", "delta", "plateau", "plain"}
    | {"plains", "highlands", "lowlands", "estuary", "gorge", "glacier", "archipelago"}
    | {"port", "harbour", "harbor", "oilfield", "gasfield"}  # "Saudi Arabia's Ras Al-Khair port"
)


#: Particles of Irish and Scottish Gaelic surnames: "Mac Suibhne", "Ní Fhlatharta".
GAELIC_PARTICLES = frozenset({"Mac", "Nic", "Ní", "Ó", "Uí", "Mhic", "Ua"})


def _gaelic_surname(words: list[str]) -> bool:
    """A given name and a Gaelic surname: "Fionn Mac Suibhne", "Róisín Ní Dhomhnaill"."""
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and any(w in GAELIC_PARTICLES and nxt[:1].isupper() for w, nxt in pairwise(words[1:]))
    )


def _residents_of_place(span: Span) -> bool:
    """One word naming a place's people: the place with "-ers" ("Queenslanders",
    "Londoners"), where the place is known or named as one in the article."""
    word = span.text
    if len(span) != 1 or not word.endswith("ers") or len(word) < 7:
        return False
    place = word[:-3]
    return place in lex.places() or any(
        e.text == place and e.label_ in ("GPE", "LOC") for e in span.doc.ents
    )


def _after_ship_prefix(doc: Doc, first: int) -> bool:
    """The name follows a ship's prefix, maybe past a title: "RRS Sir David Attenborough"."""
    k = first - 1
    if k >= 1 and _fold(doc[k].text) in lex.titles():
        k -= 1
    return k >= 0 and doc[k].text in SHIP_PREFIXES


def _in_dateline(span: Span) -> bool:
    """The name is a part of the wire dateline opening its paragraph ("MANILA" in
    "MANILA, Philippines — ...", "JUBA" in "NAIROBI/JUBA (AFP) - ...")."""
    dateline = span.doc._.metoo_dateline
    parts = [part.strip() for part in re.split(r"[,/]", dateline or "")]
    parts += [part[4:] for part in parts if part[:4].lower() == "the "]  # "THE HAGUE"
    if not dateline or span.text not in parts:
        return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return text.startswith(dateline, line_start) and span.start_char < line_start + len(dateline)


#: Honorifics that tell a person's sex, so that relatives who share a surname stay apart.
_MALE_TITLES = frozenset({"mr", "mister", "sir", "lord", "monsieur", "herr", "señor"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "frau"})


def _sex(doc: Doc, first: int, last: int) -> str | None:
    """ "male" or "female" when the honorific before the name or its given name tells."""
    k = first - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k >= 0:
        title = _fold(doc[k].text)
        if title in _MALE_TITLES and doc[k].is_title:
            return "male"
        if title in _FEMALE_TITLES and doc[k].is_title:
            return "female"
    if any(t.whitespace_ for t in doc[first : last - 1]):  # not "Chin-See" alone
        sex = lex.given_name_sexes().get(doc[first].text)
        return {"m": "male", "f": "female"}.get(sex or "")
    return None


def evidence(doc: Doc, first: int, last: int, titled: bool) -> frozenset[str]:
    """The evidence flags of the name in tokens ``first..last`` (``titled``: a title was
    cut from its front)."""
    span = doc[first:last]
    flags = set()
    sex = _sex(doc, first, last)
    if sex:
        flags.add(sex)
    if _in_dateline(span):
        flags.add("dateline")
    credited = len(span) >= 2 and photo_credited(doc_text(doc), span.start_char, span.end_char)
    if (
        len(span) >= 2
        and _CREDITED_WRITER.search(doc_text(doc), max(0, span.start_char - 40), span.start_char)
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
        and span.text not in lex.known_organisations()
    ):
        flags.add("credit")  # "Additional reporting by Kagiso Molefe": a reporter
    classified = _classified_after(span)
    if titled or (_title_before(doc, first) and not classified and not _job_follows(doc, last)):
        # "the report's lead author, Harbourline housing program director Dr X": the
        # author is X, and Harbourline X's employer
        flags.add("title")
    elif credited:
        # a photographer's credit names a person like a title does; "the semi-official
        # Tasnim news agency": the title word is the agency's
        flags.add("title")
    if credited and lex.is_given_name(span[0].text):
        flags.add("credit")  # "... Aileen Park for NPR": a photographer, not a park
    if (
        len(span) == 1
        and first >= 2
        and doc[first - 1].text in ("/", ":")
        and _fold(doc[first - 2].text) in lex.caption_words()
    ):
        flags.add("agency_credit")  # "Photo / Photosport": a one-word credit is an agency
    if (len(span) > 1 and any(_fold(t.text) in lex.organisation_words() for t in span)) or (
        len(span) >= 2 and span[-2].text == "Local" and span[-1].like_num
    ):
        flags.add("org_word")  # "Teamsters Local 705", "Local 113": a union's branch
        if (
            len(span) > 1
            and _fold(span[-1].text) in lex.organisation_words()
            and _fold(span[-1].text) not in BUILDING_LIKE_HEADS
        ):
            flags.add("org_head")  # "Los Angeles County Superior Court": named for its kind
    elif opens_with_plural_owner(doc, first) or members_conference(doc, first, last):
        flags.add("org_word")  # "Children's Health Ireland", "Women's Aid", "Bishops' Conference"
    elif (
        len(span) > 1
        and span[-1].is_title
        and span[-1].lower_ in _NEWSPAPER_HEADS
        and not (last < len(doc) and doc[last].is_title)
    ):
        flags.update(("org_word", "org_head"))  # "the Orlando Sentinel": a newspaper
    elif len(span) > 1 and _OBSERVATORY.fullmatch(span[-1].text):
        flags.add("org_word")  # "Kiso Observatory": an institution as much as a building
    elif len(span) > 1 and span[-1].text in _CAPITALS_LEGAL_FORMS:
        flags.update(("org_word", "org_head"))  # "Fjellby Kraft AS": a company's legal form
    elif _division_body(span):
        flags.add("org_word")  # "Leon County Schools": a county's body, not a Leon
    elif _national_federation(span):
        flags.add("org_word")  # "Athletics Kenya": the sport's body, not the country
    elif run_together_head(span[0].text) and (len(span) == 1 or span[1].lower_ == "of"):
        flags.add("org_word")  # "NewsGuild of New York": its head run onto its field
    elif _foreign_institution(span):
        flags.add("org_word")  # "Defensoría del Pueblo": named for its kind, in Spanish
    elif len(span) > 1 and span[0].is_title and span[0].lower_ in TRANSLITERATED_BODY_HEADS:
        flags.add("org_word")  # "Liwa al-Tawhid", "Kataib Hezbollah": named for its kind
    elif _surname_body_head(span):
        flags.update(("org_word", "org_head"))  # "Rashtriya Lok Dal"
    if (
        "org_head" in flags
        and not titled
        and first > 0
        and doc[first - 1].is_lower
        and not lex.is_given_name(span[0].text)
    ):
        # "platinum producer Rustenvale Mining": a lower-case role word describes the
        # firm named for its kind, as "producer Jane Ames" describes a person
        flags.discard("title")
    if _thing_head_follows(span):
        flags.update(("thing", "craft_named"))  # "the Subaru Telescope" cut after "Subaru"
    elif (
        span.text in lex.known_organisations()
        or (
            len(span) > 1 and span.text.isupper() and span.text.title() in lex.known_organisations()
        )  # "KYODO NEWS" on a header line; one word in capitals is an acronym ("the MUSE
        # instrument" is not the band Muse)
    ) and not (
        _company_name_after_the(doc, first, last, span.text) or _surname_of_a_person(doc, span.text)
    ):
        flags.add("lexicon")
    elif span.text in lex.known_products() or _known_craft_named(span):
        flags.add("product")  # "Hubble"; "Crew Dragon Endurance": a known craft's own name
    elif len(span) > 1 and _holds_known_name(span):
        flags.add("holds_lexicon")  # "Africa CDC", "British Red Cross"
    if _law_named(doc, first, last):
        flags.add("law")  # "the National Health Insurance (NHI) Bill": a law's name
    elif len(span) > 1 and span[-1].text in LAW_ENDINGS:
        flags.add("law")  # "the Paris Agreement", "General Data Protection Regulation"
    elif len(span) > 1 and span[-1].text == "Rate":
        flags.add("thing")  # "held Bank Rate at 4%", "the Official Cash Rate": a rate
    if _money_pot(span):
        flags.add("pot")  # "from its Contingency Fund": money's, not a body's
    if (
        len(span) > 1
        and span[0].text in _ROMANCE_ARTICLES
        and span[1].is_title
        and not (first > 0 and lex.is_given_name(doc[first - 1].text))  # "Marine Le Pen"
    ):
        flags.add("article_opener")  # "the neighbourhoods of El Olivar", "in Le Bourget"
    if _driven(span):
        flags.add("vehicle")  # "a Ford Transit van", "a BMW parked outside": a maker's car
    if _code_not_name(span):
        flags.add("thing")  # "flight NX202", "registered G-OKRZ", "megawatts (MW)"
    if last < len(doc) and doc[last].lower_ in DISEASE_WORDS | {"trial"}:
        flags.add("thing")  # "Lassa fever", "the Zika virus", "the PHOENIX trial"
    elif _technical_initials(span):
        flags.add("thing")  # "the LHC tunnel", "IP addresses": a machine's or a protocol's
    elif last < len(doc) and doc[last].lower_ in CRAFT_PART_NOUNS and doc[last].pos_ == "NOUN":
        flags.update(("thing", "craft_named"))  # "the PIXL instrument", "the Dragonfly rotorcraft"
    elif (
        last < len(doc)
        and doc[last].lower_ in ("mission", "missions")
        and span[0].ent_type_ in ("PERSON", "ORG")
        and not span.text.isupper()
        and span.text not in lex.known_organisations()
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
    ):
        flags.update(("thing", "craft_named"))  # "the agency's Herschel mission": a craft
        # named after a person (not "the UN mission", a body's)
    elif _names_a_scheme_or_product(span):
        flags.add("thing")  # "under its Lifeline Kenya programme": a scheme, not a body
    elif _named_before_its_noun(span, _TRAILING_CRAFT_NOUNS):
        flags.update(("thing", "craft_named"))  # "the Japanese Kibo laboratory module"
    elif _named_before_its_noun(span, _TRAILING_WORKS_NOUNS):
        flags.add("facility")  # "the Drumhollow power station"
    elif (
        len(span) > 1
        and last < len(doc)
        and doc[last].lower_ == "station"
        and (span[0].text in lex.places() or span[0].text in lex.towns())
    ):
        flags.add("facility")  # "outside Bologna Centrale station": a town's rail station
    if (
        last < len(doc)
        and first > 0
        and doc[first - 1].lower_ == "the"
        and doc[last].text in NAMED_EVENT_WORDS
    ):
        flags.add("event")  # "the Bouquet fire swept through"
    tier = lex.places().get(span.text)
    if tier is None and span.text.isupper() and len(span.text) > 3:
        tier = lex.places().get(span.text.title())  # a dateline's "SAN JOSE"
    if tier is None and span.text in lex.towns() and not lex.is_given_name(span.text):
        flags.add("place_town")  # "Dailekh", "Bafatá": a small town the model took for a name
    if (
        (len(span) > 1 and span[0].text in COUNTY_OPENERS and span[1].is_title)
        or (len(span) in (2, 3) and span[-1].text in ("County", "Parish") and span[0].is_title)
    ) and not classified:
        flags.add("county")  # "Co Clare", "County Durham", "Dane County", "Barangay Tisa": a
        # county or a Philippine village; not "Stockport County football club"
    if tier is not None:
        flags.add("place_" + tier)
        if len(span) > 1:
            flags.add("place_name")  # "Milton Keynes": a whole place name, not a person's
    if (
        (tier is not None or span[0].ent_type_ == "GPE")
        and "dateline" not in flags
        and acts_as_team(span)
    ):
        flags.add("team")  # "Sweden defeated Panama"
    elif (
        span[0].ent_type_ == "ORG"
        and not (len(span) == 2 and lex.is_given_name(span[0].text) and span[1].is_title)
        and plays_as_side(span)
    ):
        flags.add("team")  # "Napoli had beaten Verona 3-0"; "Callum Reade beat ..." plays alone
    elif "dateline" not in flags and named_as_side(span):
        flags.add("team")  # "Arizona State coach Raymond Ochoa", "beating Tampa Bay 6-2"
    if is_team_name(span):
        flags.add("team_name")
    if names_club(span):
        flags.add("club")  # "Genoa" in a sports article
    if len(span) == 1 and "club" not in flags and _fold(span.text) in lex.demonyms():
        flags.add("demonym")  # "Emirati companies", "sung in Welsh": no name of anyone
    elif last < len(doc) and doc[last].lower_ in _PEOPLES and doc[last].pos_ == "NOUN":
        flags.add("demonym")  # "the Yorta Yorta people", "the Barkindji people": a people
    head = _fold(span[-1].text)
    if len(span) > 1 and (
        (head in lex.event_words() and not _body_for_topic(span))
        or _event_in_place(span)
        or _owned_study(span)
    ):
        flags.add("event")
        if "org_head" not in flags:
            flags.discard("org_word")  # "the CAF Confederation Cup": a body's contest
    elif span[0].text in STORMS or (first > 0 and doc[first - 1].text in STORMS):
        flags.add("event")  # "Typhoon Bagwis", "Hurricane Maria"
        flags.add("storm")
    elif _WORLD_WAR.fullmatch(span.text):
        flags.add("event")  # "served in WWII"
    elif (
        len(span) > 1
        and span[0].text in RACE_OPENERS
        and (span[1].lower_ in RACE_CONNECTORS or span[1].lower_.startswith(("d'", "d’")))
    ):
        flags.add("event")  # "Tour des Alpes Vaudoises", "Giro d'Italia"
    elif (
        len(span) > 1
        and (
            (
                head in lex.facility_words()
                and not _KOREAN_GIVEN_NAME.match(span.text)
                and not joins_words(doc, last - 2)  # "Malhotra-Lane": a double surname
            )
            or _fold(span[-2:].text) in lex.facility_words()
        )
    ):
        flags.add("facility")  # "Fisht Stadium", "Metro Toronto Convention Centre"
    elif len(span) > 2 and span[-1].text == "House" and lex.is_given_name(span[0].text):
        flags.add("facility")  # "Willy Brandt House": a building named after a person
    elif (
        len(span) > 1
        and span[0].text in _SAINTS
        and last < len(doc)
        and doc[last].text in ("'s", "\u2019s")
    ):
        flags.add("facility")  # "St Brendan's hall", "the parish of St Mary's": a church
    elif _saint_in_a_name(doc, first):
        flags.add("thing")  # "the Daughters of Charity of St Vincent de Paul": the body's
    elif len(span) > 1 and (
        (head in lex.thing_words() and not _body_for_topic(span)) or _thing_for_topic(span)
    ):
        flags.add("thing")  # "Alpha Magnetic Spectrometer", "Planetary Instrument for X-ray ..."
    elif (
        _vessel_noun(doc, first - 1)
        or _aboard(doc, first, last)
        or _vessel_apposition(doc, first, last)
        or _listed_after_vessel_noun(doc, first)
        or _does_what_ships_do(span)
    ):
        flags.add("vessel")  # "the container ship MSC Leonora", "the shuttle Discovery"
    elif (len(span) > 1 and span[0].text in SHIP_PREFIXES) or (
        span.text in SHIP_PREFIXES and last < len(doc) and doc[last].is_title
    ):
        flags.add("thing")  # "KRI dr. Soeharso", "RRS"
    elif _after_ship_prefix(doc, first):
        flags.add("vessel")  # "RRS Sir David Attenborough": a ship named after a person
    elif DESIGNATION.fullmatch(span.text) or (
        len(span) > 1 and DESIGNATION.fullmatch(span[0].text)
    ):
        flags.add("thing")  # "KN-23", "F-35", "MH-60R Seahawk": a weapon's or model's name
    elif (
        len(span) > 1
        and (
            _MODEL_NUMBER.fullmatch(span[-1].text)
            or (
                len(span) > 2
                and span[-1].text in _MODEL_SUFFIXES
                and (span[-2].like_num or _MODEL_NUMBER.fullmatch(span[-2].text))
            )
        )
        and not any(_fold(t.text) in lex.organisation_words() for t in span)
        and not (
            last < len(doc)
            and doc[last].is_lower
            and doc[last].lower_ in lex.organisation_words() | lex.organisation_descriptors()
        )  # "the Madem G15 movement": a body's name, not a model's
    ):
        flags.add("thing")  # "the Lumo K7", "Aurora 3 Pro": a product's model number
    elif last < len(doc) and doc[last].is_lower and doc[last].lower_ in LANDFORM_NOUNS:
        flags.add("facility")  # "the Bowen basin", "the Atacama desert": a place's name
    elif (
        last < len(doc)
        and doc[last].lower_ in ROUTE_NOUNS
        and any(t.text in ("-", "–") for t in span)
    ):
        flags.add("facility")  # "the Poonamallee-Porur stretch": two places, a route
    elif span.text in lex.venues():
        flags.add("facility")  # "Loftus Versfeld", "Anfield": a named venue or landmark
    elif len(span) > 1 and span[0].text in STREET_OPENERS:
        flags.add("facility")  # "Avenida Abancay", "Rua Augusta": a street
    elif (
        len(span) > 1
        and span[0].text in BASE_OPENERS
        and span[1].is_title
        and not any(_fold(t.text) in lex.organisation_words() for t in span[1:])
    ):
        flags.add("facility")  # "RAF Kemble": an air base, not the air force
    elif 2 <= len(span) <= 3 and span[0].text in LANDFORM_OPENERS and span[1].is_title:
        flags.add("place_name")  # "River Medway", "Lake Naivasha": a place, unless more
        # evidence says otherwise ("the campaign group River Action")
    elif len(span) == 1 and len(head) > 6 and head.endswith(STREET_ENDINGS):
        flags.add("facility")  # "on the Boezemweg": a street
    elif len(span) == 1 and head in lex.facility_words() and first > 0 and doc[first - 1].like_num:
        flags.add("facility")  # "the mine's No. 3 Shaft": a numbered building
    if "facility" in flags:
        flags.discard("org_head")  # "Metro Toronto Convention Centre": a building first
    if len(span) == 1 and opens_sentence(span[0]):
        flags.add("sentence_opener")  # "Rangers found the calf": maybe a common noun
        if (
            last < len(doc)
            and span[0].dep_ == "compound"
            and span[0].head.i == last
            and doc[last].is_lower
            and doc[last].pos_ == "NOUN"
        ):
            flags.add("opens_compound")  # "Time delays between images": maybe a noun's
    if _peers_territory(doc, first):
        flags.add("place_list")  # "Lord Pennington of Ashby": a peer's territorial title
    if (
        _listed_with_place_noun(doc, first, last)
        or _settlement_of(doc, first)
        or _places_joined(span)
    ):
        flags.add("place_list")  # "Dhemaji and Lakhimpur districts", "the village of Ban Hat Sa"
    if _age_follows(doc, last):
        flags.add("age")
    if _kin_of(span):
        flags.add("kin")
    if _named_as_kin(span):
        flags.update(("kin", "relative"))
    if span.root.dep_ == "nsubjpass" and span.root.head.lemma_.lower() in _FOUNDED:
        flags.add("founded")  # "Grainline was founded in 2021": no person is founded
    if names_a_leader(doc, first, last):
        flags.add("leader")  # "the Biden administration": the president's name
    if _speech_subject(span):
        flags.add("speech")
    if _region_of_body(span):
        flags.add("place_name")  # "AAP's Marathwada convener": the region of its unit
    if _located(span) or _part_of_place(span):
        flags.add("locative")
    if len(span) >= 3 and span[0].text in MUNICIPAL_WORDS and span[1].text == "of":
        flags.add("org_word")  # "the City of Hamilton": the municipal corporation
    if (
        classified
        and lex.places().get(span.text) in ("major", "city")
        and (doc[last].lower_ in _HOMED_FIRM_NOUNS)
    ):
        flags.add("locative")  # "The Columbus company": the firm's home, not its name
    elif classified:
        flags.add("org_classifier")
        if last < len(doc) and doc[last].lower_ == "party":
            flags.add("org_appos")  # "Sheinbaum's Morena party": no town has a party's noun
    if (
        _branch_officer_follows(doc, last)
        and span.text not in lex.places()
        and span.text not in lex.towns()
    ):  # not "the union's Gauteng provincial secretary": the region alone
        flags.add("org_classifier")  # "Popcru Ekurhuleni branch chairperson X": a body's
    if _organisation_context(span):
        flags.add("org_context")
        if _determined_description(doc, first):
            flags.add("org_appos")  # "the smaller group Fossielvrij Nu": described as one
    if doc[first].ent_iob_ == "O" and apposed_description_end(doc, first) == last:
        flags.add("org_appos")  # "Quidly, the price comparison website,": untagged, however
        # parsed
    if (
        len(span) >= 2
        and span[0].ent_type_ == "PERSON"
        and lex.places().get(span[0].text) == "major"
        and not lex.is_given_name(span[0].text)
        and span[1].is_title
    ):
        flags.add("place_named")  # "Johannesburg Water": a city's body, not a person
    if _employer(span):
        flags.add("employer")
    if _traded(span):
        flags.add("traded")
    if _firm_syntax(span) or (
        doc[first].ent_type_ in ("ORG", "") and heads_a_title(doc, first, last)
    ):
        flags.add("firm_syntax")
    described = _appositive(span)
    if described in lex.organisation_words() | lex.organisation_descriptors() and not _job_holder(
        span, described
    ):
        flags.add("org_appos")
    elif described in lex.titles() or described in _JOB_OR_TRADE or described == "person":
        flags.add("title")
    elif described in lex.thing_words() | CRAFT_PART_NOUNS | _DESCRIBED_THINGS:
        flags.add("thing")  # "MOXIE, an experiment from MIT"; "Ingenuity, a helicopter"
    words = span.text.split()
    if (
        has_hyphenated_given_name(span.text)
        or _gaelic_surname(words)
        or (
            len(words) > 1
            and "place_name" not in flags
            and (
                lex.is_given_name(words[0])
                or (words[0].isupper() and lex.is_given_name(words[0].title()))  # "KEVIN"
                or _initials_then_surname(words)
            )
            and _fold(words[-1]) not in lex.organisation_words()
            and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
            and not _division_body(span)
            and not (len(words) > 2 and _fold(words[0]) in lex.demonyms())  # "Irish Catholic ..."
            and not any(w.endswith(("s'", "s’")) for w in words[:-1])  # "... Bishops' Conference"
            and not _ends_in_initials(words)
            and words[0] not in _ROMANCE_ARTICLES  # "El Olivar", "Le Bourget"
        )
    ):
        flags.add("given_name")
    if _residents_of_place(span):
        flags.add("group_of_people")  # "Queenslanders", "Aucklanders": a place's people
    if {"facility", "given_name", "speech"} <= flags:
        flags.discard("facility")  # "Grace Park said": a building does not speak
    if (
        len(span) > 1
        and span[-1].like_num
        and span[-2].is_alpha
        and span[-2].text not in NUMBERED_UNITS
    ):
        if _party_leader_follows(doc, last):
            flags.add("org_classifier")  # "Progress 21 leader Anna Berg": a party's name
        else:
            flags.add("numbered")  # a version or a score ("HTML 5", "Sweden 1"): no name
    if len(span) == 1 and _which_clause(span):
        flags.add("which")  # "Keck, which has two mirrors": no one is a "which"
    the = span[0] if span[0].text == "The" and len(span) > 1 else doc[first - 1] if first else None
    if the is not None and the.text == "The" and not opens_sentence(the):
        flags.add("capital_the")  # "told The Herald": "The" inside a sentence is a name's
    if _quoted(doc, first, last):
        flags.add("quoted")  # the title of a work or a website: "The Long Quiet"
        if _after_work_noun(doc, first):
            flags.add("thing")  # 'the drama "The Salt Road"': a work, whatever its words
    if (
        last + 1 < len(doc)
        and doc[last].text in _PLACE_NOUNS_AFTER
        and doc[last].pos_ == "NOUN"
        and doc[last].dep_ != "compound"  # not "the Trump camp officials"
    ):
        flags.add("facility")  # "Sinjar district", "Soweto township": a place of that kind
    if "&" in span.text[1:-1]:
        flags.add("ampersand")  # "Estrada & Lyle", "Procter & Gamble": a firm's name
    letters = [c for c in span.text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        flags.add("capitals")
    if not flags & _ACTING_BODY and _initials_of_lowercase_term(span):
        flags.add("thing")  # "the effects of IDD" after "iodine deficiency disorders"
    return frozenset(flags)
