"""Tense of the verb governing a span, read from the dependency parse and PTB tags."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..normalize import name_lexicons as lex
from ..normalize.dates import FUTURE, PAST, PRESENT
from ..normalize.numbers import ORDINAL_WORDS
from ..normalize.timestamps import MONTHS

#: Modal and auxiliary forms that point forward ("will meet", "'ll", "would travel").
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
#: Modals of obligation and possibility: what they govern lies ahead ("must respond by
#: Monday", "may go in May"); "could" is left out, as it is also the past of "can".
_MODAL = {"may", "might", "must", "should", "can", "ca"}
#: Verbs and adjectives whose infinitive complement lies ahead: "set to take place",
#: "is to begin", "expected to vote", "plans to", "going to".
_PROSPECTIVE = {
    "set", "schedule", "expect", "due", "plan", "go", "be", "intend", "hope", "aim",
    "prepare", "want", "propose", "likely", "slate", "poise", "about",
    "order", "ask", "urge", "require", "tell", "instruct", "direct", "force", "give",
    "forecast", "predict", "project",
}  # fmt: skip
#: Verbs that put an event on the calendar: in the past tense they still say nothing of
#: whether the date lies behind ("was scheduled for May", "postponed the vote to June").
_CALENDARING = {
    "schedule", "reschedule", "plan", "set", "slate", "postpone", "delay", "push", "move",
    "expect", "book", "fix", "announce", "call", "bring", "reserve",
}  # fmt: skip


#: Participles that put what they describe ahead ("the tide expected on Friday", "a vote
#: planned for May").
_EXPECTING = {"expect", "plan", "schedule", "slate", "due", "forecast", "predict"}
#: Verbs of staging an event, whose participle after the event's noun says nothing of
#: when it is ("the festival, held from Aug. 12").
_STAGING = {"hold", "stage", "host", "organise", "organize"}
#: Verbs of a timetable, whose simple present names what is still to come ("the year
#: ends June 30", "the exhibition opens March 3", "the contract expires in May").
_TIMETABLE = {
    "end", "begin", "start", "open", "close", "expire", "resume", "finish", "conclude",
    "lapse", "commence", "reopen",
    # "takes place in November", "goes on sale in October", "comes into force in January"
    "take", "go", "come", "launch", "debut", "premiere", "kick", "arrive",
}  # fmt: skip


#: Verbs of facing an event, whose simple present names what is still to come ("faces
#: reelection in November", "awaits sentencing in May").
_FACING = {"face", "await"}


#: Verbs of intending an act, whose infinitive may lie before or after the publication
#: ("agreed to meet on Friday", "has offered to host talks on Friday").
_INTENDING = {
    "offer", "agree", "decide", "pledge", "vow", "threaten", "vote", "seek", "arrange",
    "choose", "resolve", "volunteer", "undertake", "promise",
}  # fmt: skip
#: Verbs of promising: a deadline on what they promise lies ahead, whatever their tense
#: ("has promised a budget before the end of March", "vowed to finish by June").
_PROMISING = {"promise", "pledge", "vow", "commit", "undertake", "guarantee"}


def lemma_in(token: Token, lemmas: set[str]) -> bool:
    """The token is a form of one of ``lemmas``; the small model's lemmatizer is read
    with the regular inflections too ("hoped" -> "hop" by the model, "hope" here)."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    if lower.endswith("ed"):
        forms |= {lower[:-1], lower[:-2], lower[:-3]}  # hoped, opened, planned
    elif lower.endswith("ing"):
        forms |= {lower[:-3], lower[:-3] + "e", lower[:-4]}  # opening, hoping, planning
    elif lower.endswith("s"):
        forms |= {lower[:-1], lower[:-2]}  # ends, finishes
    return bool(forms & lemmas)


def promised_by(span: Span, verb: Token) -> bool:
    """The span is the deadline ("before", "by") of what a verb of promising promises,
    or of the act it commits to ("had been committed to open 20 beds by the autumn")."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if before not in ("before", "by"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    return lemma_in(verb, _PROMISING)


#: Verbs of awaiting an outcome: a deadline ("by", "before") on what they await lies ahead
#: of them, whatever their tense ("expected the first orders by September", "wanted a
#: report published by June 30"); not verbs of ordering, whose deadline may have passed.
_AWAITING = {"expect", "want", "hope", "aim", "target", "anticipate", "intend", "plan"}


def awaited_by(span: Span, verb: Token) -> bool:
    """The span is the deadline ("by", "before") of what a verb of awaiting awaits, or of
    the act or thing it awaits ("expects to finish by May", "wanted a report published by
    June 30"); not in the past perfect ("had hoped to finish by May": a hope gone by)."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if before not in ("before", "by"):
        return False
    for _ in range(3):
        if lemma_in(verb, _AWAITING) and verb.pos_ in ("VERB", "AUX"):
            return not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
        head = verb.head
        if verb.dep_ in ("acl", "xcomp", "ccomp") and head.dep_ in ("dobj", "nsubjpass"):
            head = head.head  # "wanted a report published by ...": the participle's noun
        if head.i == verb.i or verb.dep_ not in ("acl", "xcomp", "ccomp", "dobj"):
            return False
        verb = head
    return False


#: Verbs of putting an event on the calendar proper: in the present perfect what they
#: calendar is still to come ("has been listed for October", "has moved the vote to June").
_SCHEDULING = {
    "schedule", "reschedule", "list", "slate", "set", "fix", "book", "postpone", "delay",
    "defer", "adjourn", "push", "move", "reserve", "plan",
}  # fmt: skip


#: Verbs of inviting or summoning to an event: in the present perfect the event their
#: "to" or "for" names is still to come ("has invited the unions to talks on Thursday").
_INVITING = {"invite", "summon", "convene"}


def scheduled_ahead(span: Span, verb: Token) -> bool:
    """A verb of scheduling in the present perfect with the date it calendars: "has been
    listed for October", "have postponed the final to June", "has listed the matter for
    compliance on May 4" ("on" after a "for" of the slot), "has invited the unions to a
    meeting on Thursday" (the day of the event invited to); not "has set a record in May",
    nor "has postponed the vote on Friday", the day of the act."""
    inviting = lemma_in(verb, _INVITING)
    if not _present_perfect(verb) or not (inviting or lemma_in(verb, _SCHEDULING)):
        return False
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if before in ("for", "to", "until", "till") and not inviting:
        return True
    if before != "on" or lemma_in(verb, {"set"}):
        return False  # "has set a record for attendance on Saturday": the act's day
    if inviting:  # the "on" dates the event's noun in the "to" or "for" phrase
        event = span.doc[span.start - 1].head
        slot = event.head
        return event.dep_ == "pobj" and slot.lower_ in ("to", "for") and slot.head.i == verb.i
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < span.start
        for holder in holders
        for c in holder.children
    )


def _subjectless_present(token: Token) -> bool:
    """A present-tense "verb" with no subject of its own, not sharing one by "and": a
    word the tagger misread ("recorded most of it live over six weeks in January")."""
    return (
        token.tag_ in ("VBZ", "VBP")
        and token.dep_ not in ("conj", "ROOT", "ccomp", "relcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in token.children)
    )


def _timetable_read_as_modifier(token: Token) -> bool:
    """ "open" or "close" right after a plural noun, which the parse takes for a modifier
    of the noun or for an adjective with the noun its subject ("Bids close in two weeks",
    "In four days the doors open, and ..."): the noun's verb, in a timetable's present;
    not "close to" (near)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.lower_ in ("open", "close")
        and token.pos_ in ("ADJ", "ADV")
        and token.i > 0
        and doc[token.i - 1].tag_ in ("NNS", "NNPS")
        and (
            token.head.i == token.i - 1
            or any(c.dep_ == "nsubj" and c.i == token.i - 1 for c in token.children)
        )
        and not (token.lower_ == "close" and after is not None and after.lower_ == "to")
    )


def governing_verb(span: Span) -> Token | None:
    """The nearest verb or auxiliary above the span's root in the parse, or None."""
    token = span.root
    seen = 0
    while seen < 12:
        if _timetable_read_as_modifier(token):
            return token
        if (
            token.pos_ in ("VERB", "AUX")
            and token.i not in range(span.start, span.end)
            and not any(child.dep_ == "det" for child in token.children)
            and not _subjectless_present(token)
        ):  # "the lantern walk on Christmas Eve": a "verb" with a determiner is a noun
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        seen += 1
    return None


#: Words ranking the one who did an act: "the first team to win", "the only woman to".
_RANKS = ORDINAL_WORDS | {"last", "only"}


def _ranked(noun: Token) -> bool:
    """A noun an ordinal or a superlative ranks: "the second severe cyclone"."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.lower_ in _RANKS or c.tag_ == "JJS") for c in noun.children
    )


def _ranking_clause(verb: Token) -> Token | None:
    """For an infinitive that tells what a ranked one did, the verb of the clause that
    ranks it: "was" in "was the first team to win the cup", "is" in "is the second
    cyclone to hit the state" (parsed as the copula's complement)."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and _ranked(head) and head.head.i != head.i:
        clause = head.head
    elif verb.dep_ == "xcomp" and lemma_in(head, {"be", "become"}):
        clause = head if any(c.dep_ == "attr" and _ranked(c) for c in head.children) else None
    else:
        clause = None
    return clause if clause is not None and clause.pos_ in ("VERB", "AUX") else None


def _present_perfect(verb: Token) -> bool:
    """ "has met", "have been given": a past act whose result holds now."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'ve", "'s"})


def _past_read_as_participle(verb: Token, auxes: list[Token]) -> bool:
    """A simple past the tagger read as a participle (the forms are one: "fined"): no
    auxiliary, a subject and a direct object of its own, as a participle's passive has
    no object; not one that describes a noun ("the firm, founded in 1990")."""
    if verb.tag_ != "VBN" or auxes or verb.dep_ in ("acl", "relcl", "amod"):
        return False
    children = {c.dep_ for c in verb.children}
    return "nsubj" in children and "dobj" in children


def verb_tense(verb: Token, calendaring: bool = True) -> str | None:
    """PAST, PRESENT or FUTURE for a verb with its auxiliaries.

    "will meet", "is going to meet", "is set to take place", "would travel", "must
    respond" are FUTURE; "met", "has met", "was awarded", "had been" PAST; "meets", "is meeting"
    PRESENT (a present progressive with a date usually plans ahead: FUTURE).
    """
    if _timetable_read_as_modifier(verb):
        return FUTURE  # "Bids close in two weeks"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _MODAL and lowers & {"have", "'ve"}:
        return PAST  # "may have met", "should have left"
    if lowers & (_FUTURE_AUX | _MODAL):
        return FUTURE
    if "to" in lowers:
        head = verb.head
        clause = _ranking_clause(verb)
        if clause is not None:
            return verb_tense(clause, calendaring)  # "is" here is no "is to begin"
        if lemma_in(head, _PROSPECTIVE) or head.lower_ == "going":
            return FUTURE
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.pos_ == "ADJ":
                return FUTURE
            tense = verb_tense(head)
            if tense == PAST and lemma_in(head, _INTENDING):
                return None  # "has offered to host talks on Friday": before or after
            return tense
        return None
    tags = {a.tag_ for a in auxes} | {verb.tag_}
    if _past_read_as_participle(verb, auxes):
        tags.add("VBD")  # "Regulators on Monday fined Tarn Valley Water £2m"
    if calendaring and tags & {"VBD"} and lemma_in(verb, _CALENDARING):
        return None  # "was scheduled for May": the nearest May, before or after
    if (
        verb.tag_ == "VBN"
        and lowers & {"is", "are", "am", "'re", "'s"}
        and lemma_in(verb, _CALENDARING)
    ):
        return FUTURE  # "are booked for Green Man in August": on the calendar ahead
    if verb.tag_ == "VBG" and not auxes:
        holder = verb.head
        if holder.dep_ == "prep" or holder.pos_ == "ADP":
            holder = holder.head  # "before widening in November": the clause it hangs on
        if holder.i != verb.i and holder.pos_ in ("VERB", "AUX") and holder.tag_ != "VBG":
            if lemma_in(verb, _TIMETABLE) and _present_perfect(holder):
                return None  # "has been given more time, starting in April": either side
            return verb_tense(holder, calendaring)
    if tags & {"VBD"}:
        return PAST
    if verb.tag_ == "VBN" and lowers & {"has", "have", "'ve", "'s"}:
        return PAST
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'re", "'m"}:
        return FUTURE
    if tags & {"VBZ", "VBP"}:
        # "the fiscal year, which ends June 30": a timetable in the present lies ahead
        ahead = lemma_in(verb, _TIMETABLE) or lemma_in(verb, _FACING)
        return FUTURE if not auxes and ahead else PRESENT
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, calendaring)  # "is forecast to drift ... and reach"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        if lemma_in(verb, _EXPECTING):
            return FUTURE  # "the spring tide expected on Friday"
        if lemma_in(verb, _STAGING) and verb.head.pos_ in ("NOUN", "PROPN"):
            return None  # "the festival, held from Aug. 12 to Aug. 15": past or to come
        # "places reserved for ... in August": on the calendar, either side (not "money
        # set aside in its February budget", which was put by)
        if lemma_in(verb, _CALENDARING) and not any(c.lower_ == "aside" for c in verb.children):
            return None
        return verb_tense(verb.head) if verb.head.pos_ in ("VERB", "AUX") else PAST
    return None


def _speech_verb_before(span: Span) -> Token | None:
    """The reporting verb right before the span ("said Monday", "told reporters on
    Tuesday", "said in January it would ..."): the date is when it was said, whatever
    the parse hangs it on."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in ("on", "in"):
        k -= 1
    if k >= 0 and doc[k].pos_ in ("NOUN", "PRON") and doc[k].dep_ == "dobj":
        k -= 1  # "told reporters on Tuesday"
    if k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in lex.speech_verbs():
        return doc[k]
    return None


#: Nouns of a value read on a day: the day they date was observed, whatever the tense of
#: the clause ("will receive a premium to the closing price on Friday").
_OBSERVED = {"price", "close", "closing", "level", "rate", "value", "valuation", "premium"}
#: ... and of a market's day that a weekday's possessive owns ("Thursday's finish",
#: "Thursday's trading"; a session only of trading: "Thursday's session" of a parliament
#: may lie ahead).
_OBSERVED_OWNED = _OBSERVED | {"finish", "trading"}


def _owned_reading(noun: Token) -> bool:
    """The noun a day's possessive owns is a value read on that day: "Thursday's closing
    price", "Thursday's close", "Thursday's trading session"."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma == "session":
        return any(c.dep_ == "compound" and c.lower_ == "trading" for c in noun.children)
    return lemma in _OBSERVED_OWNED


def _dates_a_reading(span: Span) -> bool:
    """The date hangs on a value read on that day, not on the verb ("its closing price on
    Friday", however the parse attaches the "on"; "a premium to Thursday's closing
    price")."""
    if span.root.dep_ == "poss" and _owned_reading(span.root.head):
        return True
    preposition = span.root.head
    if (
        span.root.dep_ == "pobj"
        and preposition.lower_ == "on"
        and preposition.head.pos_ == "NOUN"
        and preposition.head.lemma_.lower() in _OBSERVED
    ):
        return True
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "on":
        return False
    value = doc[span.start - 2]
    if value.dep_ == "dobj" and doc[span.start - 1].head.i == value.head.i:
        return False  # "raised interest rates on Thursday": the act's day
    return value.pos_ == "NOUN" and value.lemma_.lower() in _OBSERVED


#: Conjunctions of condition and time: their clause's simple tense follows the main
#: clause's time ("would file a complaint if the university did not act by May 1").
_CONDITION_MARKS = {"if", "unless", "until", "once", "when", "before", "after"}


def _future_condition(verb: Token, tense: str | None) -> bool:
    """The verb heads a condition or time clause of a verb that looks ahead, in the
    present ("will strike unless the board answers by June 1") or in the hypothetical past
    of a "would" ("would strike if the board did not answer by June 1"); a plain past
    stays past ("will vote on Oct. 26, after the office set the date on Sunday")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} & _CONDITION_MARKS
    head = verb.head
    if verb.dep_ != "advcl" or not marks or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb_tense(head) != FUTURE:
        return False
    if tense != PAST:
        return True
    would = any(c.lower_ in ("would", "'d") for c in head.children if c.dep_ == "aux")
    return would and bool(marks & {"if", "unless"})


def _reported_without_verb(span: Span, verb: Token) -> bool:
    """The span lies in the reported clause of a speech verb, a clause whose own verb
    the parse lost ("Nominations close on Christmas Eve, the officer said": "close" read
    as an adjective): the saying's tense says nothing of the date."""
    if verb.lemma_.lower() not in lex.speech_verbs():
        return False
    token = span.root
    for _ in range(12):
        if token.head.i == verb.i:
            return token.dep_ in ("ccomp", "parataxis") and token.pos_ not in ("VERB", "AUX")
        if token.head.i == token.i:
            return False
        token = token.head
    return False


#: Nouns of figures published for a period that has ended: "the September reading",
#: "October's jobs report", "the March data".
_DATA_NOUNS = {"reading", "readings", "data", "figure", "figures", "report", "numbers"}
_DATA_NOUNS |= {"statistics", "payrolls", "print", "survey", "release", "index"}


def _names_published_figures(span: Span) -> bool:
    """A month naming the period of figures ("the September reading of the price index",
    "monthly financial statements for April", "its results, for the April-June quarter"):
    a period that has ended, whenever the figures come out."""
    doc = span.doc
    if (
        all(t.ent_type_ == "DATE" and not t.like_num for t in span)
        and span.end < len(doc)
        and doc[span.end].lower_ in _DATA_NOUNS
    ):
        return True
    k = span.start - 1
    if k < 1 or doc[k].lower_ != "for" or any(t.like_num for t in span):
        return False
    if k >= 2 and doc[k - 1].text == ",":
        k -= 1  # "will report its results, for the April-June quarter, by ..."
    return doc[k - 1].lower_ in _DATA_NOUNS | _ACCOUNTS


#: Nouns of accounts drawn up for a period that has ended ("statements for April").
_ACCOUNTS = {"statements", "accounts", "results", "returns", "earnings"}
#: Nouns of what is booked or planned for a period, which may lie ahead of any tense
#: ("bookings for July were running 12% above last year's").
_BOOKINGS = {"bookings", "booking", "reservations", "tickets", "plans", "forecast"}
_BOOKINGS |= {"forecasts", "outlook", "searches", "orders"}
#: Nouns of prices and allowances set for a period: "raised its price for April", "the
#: quota for May", "cut its selling price for crude to Asia by 40 cents for April".
_PRICES = {"price", "prices", "tariff", "tariffs", "quota", "quotas", "allocation", "output"}
_BOOKINGS |= _PRICES


def _booked_for(span: Span) -> bool:
    """The date is what something is booked, planned or priced for: "bookings for July",
    "August" in "bookings for July and August", and a "for" of the verb whose object is a
    price ("cut its official selling price ... for April")."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    k = min(span.start, first.i)
    if k < 2 or doc[k - 1].lower_ != "for":
        return False
    if doc[k - 2].lower_ in _BOOKINGS:
        return True
    verb = doc[k - 1].head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in _PRICES for c in verb.children
    )


#: Verbs of calling off or moving an event ("call" with "off").
_CALLING_OFF = {"cancel", "postpone", "move", "delay", "reschedule", "scrap", "call"}


def _called_off_event(span: Span, verb: Token) -> bool:
    """A weekday owning the event a verb calls off or moves: "moved Saturday's game to Nov.
    28", "Sunday's parade was cancelled" (an event still to come when it was called off,
    as news reports it)."""
    root = span.root
    event = root.head
    if root.dep_ != "poss" or event.dep_ not in ("dobj", "nsubjpass") or event.head.i != verb.i:
        return False
    if lemma_in(verb, {"call"}):
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma_in(verb, _CALLING_OFF)


def _compared_value_day(span: Span) -> bool:
    """The day of an earlier value a change is measured from: "up from 45% on Friday",
    "compared with 1.2 million on Monday"."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "on":
        return False
    window = [t.lower_ for t in doc[max(0, span.start - 8) : span.start - 1]]
    for k, word in enumerate(window[:-1]):
        if word == "from" and k > 0 and window[k - 1] in ("up", "down"):
            return True
        if word in ("with", "to") and k > 0 and window[k - 1] in ("compared", "against"):
            return True
    return False


#: Verbs of asking for an event: the date of what is asked for is not the asking's.
_DEMANDING = {"call", "urge", "demand", "propose", "seek", "request", "suggest"}
#: Verbs of weighing an event that may or may not come: "has not ruled out a strike in
#: December", "is considering a vote in March", "threatened a walkout on Friday".
_WEIGHING = {"consider", "threaten", "weigh", "mull", "contemplate"}
#: Verbs of warning of an event: "warned of heavy rain on Saturday" may date the rain.
_WARNING = {"warn", "caution"}
#: Prepositions of a period a warned-of event lasts: "warned of flooding through the
#: weekend".
_SPANNING = ("through", "over", "into", "during")


def _weighs_an_event(verb: Token, preposition: str) -> bool:
    """The verb asks for an event "on" a day, weighs or rules out one "on" a day or "in"
    a month ("rule" only with "out"), or warns of one in any period ("warned of flooding
    through the weekend"); "called for his resignation in March" is more often the month
    of the asking."""
    if lemma_in(verb, {"rule"}):
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma_in(verb, _WARNING):
        return True
    return lemma_in(verb, _WEIGHING) or (preposition == "on" and lemma_in(verb, _DEMANDING))


def _dates_what_is_asked_for(span: Span, verb: Token) -> bool:
    """The date follows the event a verb asks for, weighs, rules out or warns of ("called
    for a day of mourning on Friday", "urged a vote on Monday", "has not ruled out a strike
    in December", "warned of heavy rain on Saturday"): it may date the event or the
    asking, so the asking's tense says nothing of it (the nearest reading)."""
    preposition = span.root.head
    if (
        span.root.dep_ != "pobj"
        or preposition.lower_ not in ("on", "in") + (_SPANNING if lemma_in(verb, _WARNING) else ())
        or preposition.i != span.start - 1
        or not _weighs_an_event(verb, preposition.lower_)
        or verb.i > span.start
    ):
        return False
    between = span.doc[verb.i + 1 : preposition.i]
    warning = lemma_in(verb, _WARNING)
    for token in between:
        if token.head.i != verb.i:
            continue
        if token.dep_ == "prep" and token.lower_ == ("of" if warning else "for"):
            return True  # "called for a strike", "warned of heavy rain"
        if (
            token.dep_ == "dobj"
            and token.pos_ == "NOUN"
            and not lemma_in(verb, {"call"} | _WARNING)
        ):
            return True  # "urged a vote", not "called reporters" or "warned residents"
    return False


def _lasting_until(span: Span, verb: Token) -> bool:
    """A state put in place that lasts until the date: "has issued a warning until
    Thursday", "has closed the road till Friday"."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return before in ("until", "till") and verb.tag_ == "VBN" and bool(auxes & {"has", "have"})


#: Verbs of putting off a sitting or a case: the date "until" which they put it off lies
#: ahead of the act ("was adjourned till Friday", "remanded until March 20").
_DEFERRING = {"adjourn", "postpone", "defer", "delay", "suspend", "remand", "recess", "prorogue"}
#: ... and the phrasal ones, with their particle: "put off", "pushed back".
_DEFERRING_PHRASAL = {"put": "off", "push": "back"}


def _deferred_until(span: Span, verb: Token) -> bool:
    """The date ends a deferral: "The assembly was adjourned till Friday", "the hearing
    was put off until Monday"; not in the past perfect ("had been adjourned until
    Friday", told from before), nor with no deferring verb ("waited until Friday")."""
    if not _until(span) or any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    ):
        return False
    particle = _DEFERRING_PHRASAL.get(verb.lemma_.lower())
    if particle is not None:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)
    return lemma_in(verb, _DEFERRING)


def _follows_an_event(span: Span, verb: Token) -> bool:
    """The date dates an event that "following" or "after" puts before the verb's act,
    perhaps an act of a gerund after it ("would keep hiring after cutting 850 jobs in
    March")."""
    if verb.lower_ == "following" and verb.i < span.start:
        return True  # the parse takes "following" for the verb
    if verb.tag_ == "VBG" and verb.head.lower_ in ("after", "following") and verb.head.i < verb.i:
        return True
    token = span.root
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.lower_ in ("following", "after") and token.i < span.start:
            return True
        token = token.head
    return False


def _until_at_least(span: Span) -> bool:
    """The date is the earliest end of a period still under way: "were suspended until
    at least Sunday" (an end not yet known lies ahead)."""
    doc = span.doc
    k = span.start
    return k >= 3 and [t.lower_ for t in doc[k - 3 : k]] in (
        ["until", "at", "least"],
        ["till", "at", "least"],
    )


#: What comes before an event still to come: "ahead of Sunday's election", "in the run-up
#: to Friday's vote", "in advance of the March 3 summit".
_AHEAD_OF = (["ahead", "of"], ["run", "-", "up", "to"], ["runup", "to"], ["advance", "of"])


#: Determiners between "ahead of" and the date of its event: "ahead of the November vote".
_EVENT_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "this")


def _ahead_of(span: Span) -> bool:
    """The date is of an event the clause's act comes "ahead of": one still to come
    ("ahead of Sunday's election", "ahead of the November vote")."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 5) : span.start]]
    if words and words[-1] in _EVENT_DETERMINERS:
        words.pop()
    return any(words[-len(lead) :] == lead for lead in _AHEAD_OF)


#: Words between "due" and its date: "due on Thursday", "due out in May".
_DUE_LINKS = ("on", "in", "by", "out")


def _due_after_noun(span: Span) -> bool:
    """The date is when what a noun names is due, "due" standing after the noun: "ahead
    of results due Thursday", "a payment due on May 1" lie ahead of a past clause; not
    "the report was due on Friday", told as past."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in _DUE_LINKS and span.start - k <= 2:
        k -= 1
    return (
        k >= 1
        and doc[k].lower_ == "due"
        and doc[k].dep_ != "acomp"
        and doc[k - 1].pos_ in ("NOUN", "PROPN")
    )


#: Nouns a month names the delivery of in a futures market: "copper for July delivery",
#: "the December futures contract".
_DELIVERY_NOUNS = {
    "delivery", "deliveries", "futures", "shipment", "shipments", "loading", "loadings",
    "expiry", "expiration",
}  # fmt: skip


def _delivery_month(span: Span) -> bool:
    """A month before a noun of delivery ("Brent crude for May delivery"): a contract
    still to settle, whatever the tense of the price's clause."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in _DELIVERY_NOUNS
        and not any(t.like_num for t in span)
        and any(t.lower_.rstrip(".") in MONTHS for t in span)
    )


def _until(span: Span) -> bool:
    """The date ends a period: "until January 14", "till Friday", "until after
    Thanksgiving", "until at least Sunday"."""
    doc = span.doc
    k = span.start - 1
    if _until_at_least(span):
        return True
    if k >= 1 and doc[k].lower_ in ("after", "before") and doc[k - 1].lower_ in ("until", "till"):
        return True
    return k >= 0 and doc[k].lower_ in ("until", "till", "til")


def _dates_an_event_noun(span: Span) -> bool:
    """A month and day naming an event, before its noun ("the Nov. 28 local elections",
    "the March 3 vote"): the event's date, not the act of the clause, so the clause's
    tense says nothing of it (the nearest reading)."""
    head = span.root.head
    return (
        span.root.dep_ in ("nmod", "compound")
        and head.pos_ == "NOUN"
        and head.i >= span.end
        and any(t.lower_.rstrip(".") in MONTHS for t in span)
        and any(t.like_num for t in span)  # not "its February budget", set aside before
    )


#: Nouns of an event put on the calendar, which an act done to bring it about precedes:
#: "voted to put the bond on the Nov. 3 ballot", "agreed to ask voters in the Nov. 3
#: election".
_INTENDED_EVENTS = {
    "ballot", "election", "vote", "referendum", "poll", "primary", "runoff", "hearing",
    "deadline", "launch", "summit", "trial", "inquest",
}  # fmt: skip


def _intended_event(span: Span, verb: Token) -> bool:
    """The date names an event in the infinitive of a past verb of intending: "The board
    voted on Tuesday to put the bond on the Nov. 3 ballot" (the ballot lies ahead of the
    vote, so ahead of its report); not "agreed to meet on Friday", an act's own day, nor
    "met to review the Nov. 3 ballot", a purpose."""
    month = next((t for t in span if t.lower_.rstrip(".") in MONTHS), None)
    event = month.head if month is not None else None
    if event is None or month.dep_ not in ("nmod", "compound") or event.i < span.end:
        return False
    if event.lemma_.lower() not in _INTENDED_EVENTS:
        return False
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and lemma_in(head, _INTENDING)
        and verb_tense(head) == PAST
    )


def _event_told_as_past(span: Span, verb: Token) -> bool:
    """The dated event's noun is the subject of a past verb that puts nothing on the
    calendar: "the March 3 vote was marred", "the Jan. 15 deadline was missed" (not "the
    March 3 vote was postponed")."""
    event = span.root.head
    return (
        event.dep_ in ("nsubj", "nsubjpass")
        and event.head.i == verb.i
        and verb_tense(verb) == PAST
        and not lemma_in(verb, _CALENDARING)
    )


#: Verbs of forecasting: the period their object is forecast for lies ahead of the
#: forecast, whatever its tense ("forecast revenue growth of 5% for the fourth quarter").
_FORECASTING = {"forecast", "predict", "project", "guide", "anticipate", "price"}


def _forecast_period(span: Span, verb: Token) -> bool:
    """The date follows what a verb forecasts: "forecast growth of 5% for the fourth
    quarter", "priced in a cut in June"; not "forecast in January that ...", the day of
    the forecasting."""
    if not lemma_in(verb, _FORECASTING) or verb.i > span.start:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "on":
        return False  # "predicted the eclipse on Monday": the day of the predicting
    if lemma_in(verb, {"price"}) and not any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
    ):
        return False
    objects = [
        c
        for c in verb.children
        if (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to"))
        and verb.i < c.i < span.start - 1
    ]
    return bool(objects)  # "guided to revenue of $2bn in the third quarter"


#: Nouns of an outcome still in doubt: a date "by" which it may happen lies ahead of the
#: saying, whatever its tense ("gave a 70% chance of drought by September").
_ODDS_NOUNS = {
    "chance", "chances", "probability", "likelihood", "odds", "risk", "forecast",
    "outlook", "prediction", "projection", "expectation", "expectations",
}  # fmt: skip


def _odds_by(span: Span, verb: Token) -> bool:
    """The date is the "by" of an outcome's odds: "gave a 62% chance of El Nino conditions
    by August" (not a target met: "hit its target by January")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "by":
        return False
    by = doc[span.start - 1]
    holders = [*(c for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr"))]
    # "put the chance of a rate cut by July": the nouns "by" hangs on, a few steps up
    holders += list(by.ancestors)[:5]
    return any(h.lower_ in _ODDS_NOUNS and h.i < by.i for h in holders)


#: Predicates of a copula in the present that put what they say ahead: "is up for
#: reelection in November", "is eligible for parole in May", "is on track for completion
#: in June", "is in line for promotion in April" (the nouns after "on" and "in").
_PROSPECTIVE_ADJECTIVES = {"eligible", "due", "bound", "poised", "ready", "set", "slated"}
_PROSPECTIVE_PLACES = {"on": {"track", "course", "schedule"}, "in": {"line", "running"}}


def _prospective_predicate(verb: Token) -> bool:
    """The verb is a copula in the simple present whose predicate looks ahead: "who is up
    for reelection in November", "is eligible for parole in May", "is on track for
    completion in June"; not "was up for reelection in November", told as past."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in ("prep", "advmod", "prt") and child.lower_ == "up":
            # "up for reelection": the parse hangs "for" on "up" or on the copula
            holders = [child, verb]
            if any(c.dep_ == "prep" and c.lower_ == "for" for h in holders for c in h.children):
                return True
        if child.dep_ == "acomp" and child.lower_ in _PROSPECTIVE_ADJECTIVES:
            return True
        places = _PROSPECTIVE_PLACES.get(child.lower_) if child.dep_ == "prep" else None
        if places and any(c.dep_ == "pobj" and c.lower_ in places for c in child.children):
            return True
    return False


#: Adjectives of an event still to come, as the writer sees it: "the upcoming vote in
#: November", "the forthcoming November election".
_UPCOMING = {"upcoming", "forthcoming", "impending", "looming"}


def _upcoming_event(span: Span) -> bool:
    """The date dates a noun an adjective of what is to come describes: "the upcoming
    vote in November", "its forthcoming March budget" (whatever the clause's tense)."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ in ("in", "on", "for") and noun.head.i < noun.i:
        noun = noun.head
    elif root.dep_ not in ("compound", "nmod") or noun.i < span.end:
        return False
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in _UPCOMING for c in noun.children
    )


#: Nouns of a deadline: a date they name under a verb in the present lies ahead.
_DEADLINES = {"deadline", "cutoff", "cut-off", "closing"}


def _deadline_ahead(span: Span, verb: Token) -> bool:
    """The date is a deadline under a verb in the present: "faces a Sept. 30 deadline",
    "the deadline for bids is Sept. 30", "bids are due Sept. 30", "have until Nov. 23 to
    certify"."""
    tense = verb_tense(verb)
    if tense != PRESENT and not (tense == FUTURE and lemma_in(verb, _FACING)):
        return False  # "faces an Oct. 15 deadline" looks ahead; "faced" one does not
    root = span.root
    if root.dep_ in ("nmod", "compound") and root.head.lower_ in _DEADLINES:
        return True  # "a Sept. 30 deadline"
    if (
        verb.lemma_.lower() == "be"
        and root.head.i == verb.i
        and any(c.dep_ == "nsubj" and c.lower_ in _DEADLINES for c in verb.children)
    ):
        return True  # "the deadline is Sept. 30"
    if any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return True  # "bids are due Sept. 30"
    return _until(span)  # "have until Nov. 23", "stays open until May 2"


#: Verbs whose simple past is their base form: "burst", "quit" under a plural subject
#: read as present by the tagger ("Rivers burst their banks on Monday").
_SAME_PAST = {
    "burst", "quit", "cut", "put", "hit", "shut", "cost", "let", "hurt", "spread", "split",
    "shed", "upset", "bet", "cast", "broadcast", "beat", "set", "read", "thrust", "slit",
}  # fmt: skip


#: Words opening a condition or a time still to come, whose present is no past.
_CONDITIONS = frozenset({"if", "unless", "once", "until", "till", "when", "whenever"})


def _past_in_base_form(span: Span, verb: Token) -> bool:
    """A verb whose past is its base form, with a plural subject and no auxiliary, dating
    an act "on" a day: news tells it as past ("Both firms quit the talks on Friday"), save
    in a condition ("If the Lakers beat the Celtics on Saturday, ...")."""
    return (
        verb.tag_ == "VBP"
        and verb.lower_ in _SAME_PAST
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "on"
    )


def _same_form_condition(verb: Token) -> bool:
    """A verb whose past is its base form, tagged past, opening a condition of a clause
    in the simple present or the future: a present the tagger misread ("If the Lakers
    beat the Celtics on Saturday, they clinch the title"; not "When the storm hit on
    Saturday, the town is still reeling")."""
    head = verb.head
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "advcl"
        and verb.lower_ in _SAME_PAST
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in verb.children)
        and head.pos_ in ("VERB", "AUX")
        and (bool(auxes & _FUTURE_AUX) or (head.tag_ in ("VBZ", "VBP") and not auxes))
    )


#: Verbs that report a question: the simple past of the clause they ask about is the
#: asker's tense shifted back, not the time of the thing asked about.
_ASKING = {"ask", "wonder", "question", "query"}


def _backshifted_question(verb: Token) -> bool:
    """The verb heads a reported yes-no question in the simple past ("Asked whether a cut
    in December was likely", "asked if the strike went ahead in May"): the date may lie
    either side; a past perfect stays past ("asked whether he had met her in May")."""
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "ccomp"
        and lemma_in(verb.head, _ASKING)
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    )


def _contrasted_date(span: Span) -> Span | None:
    """The date a negated one is set against, whose reading it shares: "before the end of
    the month" for "May" in "wanted a deal before the end of the month, not in May",
    "June" for "July" in "hoped to finish by June, not July"."""
    doc, root = span.doc, span.root
    if root.dep_ == "appos" and span.start > 0 and doc[span.start - 1].lower_ == "not":
        other = root.head
        return doc[other.left_edge.i : other.i + 1] if other.ent_type_ == "DATE" else None
    preposition = root.head
    if root.dep_ != "pobj" or not any(c.dep_ == "neg" for c in preposition.children):
        return None
    for sibling in reversed([c for c in preposition.head.children if c.i < preposition.i]):
        objects = [c for c in sibling.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
        if sibling.dep_ == "prep" and objects:
            return doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return None


def tense_of(span: Span) -> str | None:
    """The tense of the verb governing ``span`` (None when no verb governs it); a date
    set against another ("..., not in May") is read in that one's tense."""
    contrasted = _contrasted_date(span)
    if contrasted is not None:
        return tense_of(contrasted)
    if _names_published_figures(span) or _compared_value_day(span):
        return PAST
    verb = _speech_verb_before(span) or governing_verb(span)
    if verb is not None and _dates_an_event_noun(span) and _event_told_as_past(span, verb):
        return PAST  # "the March 3 vote was marred by violence": a vote that took place
    if verb is not None and _past_in_base_form(span, verb):
        return PAST
    if _due_after_noun(span) or _delivery_month(span) or _upcoming_event(span):
        return FUTURE
    if verb is not None and _called_off_event(span, verb):
        return FUTURE
    if verb is not None and (
        _deadline_ahead(span, verb)
        or _until_at_least(span)
        or _ahead_of(span)
        or _intended_event(span, verb)
    ):
        return FUTURE
    if (
        verb is None
        or _dates_an_event_noun(span)
        or _booked_for(span)
        or _dates_a_reading(span)
        or _reported_without_verb(span, verb)
        or _dates_what_is_asked_for(span, verb)
    ):
        return None
    if _lasting_until(span, verb) or _deferred_until(span, verb):
        return FUTURE
    if _forecast_period(span, verb) or _odds_by(span, verb):
        return FUTURE
    if promised_by(span, verb) or awaited_by(span, verb) or scheduled_ahead(span, verb):
        return FUTURE
    if _prospective_predicate(verb):
        return FUTURE  # "who is up for reelection in November"
    # "announced on Monday", "postponed the vote on Friday", "were brought up by Monday
    # morning": "on" and "by" date the act itself; the calendared date comes with "for",
    # "to" or "until" ("was scheduled for May")
    on = span.start > 0 and span.doc[span.start - 1].lower_ in ("on", "by")
    tense = verb_tense(verb, calendaring=not on)
    if tense != FUTURE and (_future_condition(verb, tense) or _same_form_condition(verb)):
        return FUTURE
    if tense == PAST and _backshifted_question(verb):
        return None  # "Asked whether a cut in December was likely": the nearest December
    if tense == PAST and _until(span):
        return None  # "adjourned the case until January 14": the nearest, either side
    if tense == FUTURE and _follows_an_event(span, verb):
        return None  # "will arrange bonds, following a sale in September": the nearest
    return tense
