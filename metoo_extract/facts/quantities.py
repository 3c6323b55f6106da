"""Find quantities in a parsed Doc: number, what it counts or measures, and its qualifier."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc._.metoo_*)
from ..extensions import doc_text
from ..normalize.numbers import (
    ORDINAL_WORDS,
    SUFFIXES,
    TAIL_SCALES,
    NumberSpan,
    below_zero,
    end_scale,
    find_numbers,
    parse_number,
)
from ..normalize.units import (
    UnitMatch,
    currency_after,
    currency_before,
    measure_after,
    pluralize,
    unit_of_word,
)
from .exclusions import CLOCK_AFTER, SHARE_OF_A_TOTAL, blocked_spans, is_not_quantity
from .local_currency import LOCAL_ONLY, local_currency
from .teams import sports_article
from .tense import lemma_in
from .types import QuantityMatch

#: Words before a number that bound or hedge it, longest first; all make it approximate.
QUALIFIERS = (
    "more than", "fewer than", "less than", "greater than", "at least", "at most", "up to",
    "as many as", "as much as", "as few as", "no more than", "no fewer than", "no less than",
    "not more than", "upwards of", "in excess of", "close to", "just over", "just under",
    "well over", "well under", "nearly", "almost", "about", "around", "roughly",
    "approximately", "some", "over", "under", "above", "below", "an estimated",
    "estimated", "circa", "maybe", "perhaps", "a little over", "a little under",
    "a little more than", "a little less than", "slightly more than", "slightly less than",
    "slightly over", "slightly under", "just above", "just below", "a shade over",
    "a shade under", "just shy of", "shy of", "just short of", "north of", "south of",
    "barely", "scarcely", "something like", "in the region of", "of the order of",
    "on the order of", "as little as", "as low as", "as high as",
)  # fmt: skip
#: Compass qualifiers, which bound only an amount ("north of $5 billion", "north of 2,000
#: people"): before a small count they place ("runs north of 12 villages").
_COMPASS_QUALIFIERS = ("north of", "south of")
_QUALIFIER_RE = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+$", re.IGNORECASE
)
#: Signs and abbreviations that hedge the number right after them, and the qualifier
#: each stands for: "~31,000", "≈ 4.2", "approx. €5bn", "c. 400".
_SIGN_HEDGES = {"~": "about", "≈": "about", "approx.": "approximately", "c.": "circa"}
_SIGN_HEDGE = re.compile(r"(?:^|(?<=[\s(]))(~|≈|approx\.|c\.)[^\S\n]?$", re.IGNORECASE)
#: "at one point", "at one stage": a moment, no amount.
_AT_ONE_POINT = re.compile(r"(?i)\bat\s+one\s+(?:point|stage)\b")
#: Hedges that may stand before the article of a share ("roughly a 60% stake", "about a
#: 70% chance"); not "over a 17% rise", where "over" is a preposition.
_HEDGE_BEFORE_ARTICLE = re.compile(
    r"\b(nearly|almost|about|around|roughly|approximately|close\s+to)\s+an?\s+$", re.IGNORECASE
)
_RATIO_WORDS = re.compile(r"(?i)\d(?:\s+|-)(?:in|out\s+of)(?:\s+|-)\d")
_HEDGE_WORDS = {"estimated", "estimate", "approximately", "roughly", "reportedly"}
#: Counted nouns a number stands for when it is the bare subject of a verb.
_BARE_SUBJECT_UNIT = "people"
_NOUNS = {"NOUN", "PROPN"}
#: Parts of speech that may stand between a number and its noun ("two young sons").
_MODIFIERS = {"ADJ", "NOUN", "PROPN", "NUM", "VERB", "X"}
_PRONOUNS = {"them", "us", "those", "these", "it", "you"}
#: Nominalised adjectives that count people ("the dead", "300 injured").
_PEOPLE_ADJECTIVES = {"dead", "injured", "wounded", "missing", "displaced", "homeless", "killed"}
#: Verbs whose bare numeric object counts people ("kills at least 25").
_HUMAN_OBJECT_VERBS = {
    "kill",
    "injure",
    "wound",
    "evacuate",
    "rescue",
    "arrest",
    "detain",
    "hire",
    "employ",
    "displace",
    "hospitalise",
    "hospitalize",
    "treat",
}
#: Nouns that are a number of people: what they amount to is counted in people.
_HEADCOUNT_NOUNS = {"toll", "crowd", "attendance", "audience", "headcount", "turnout"}
#: Headcount nouns that count a match's spectators in a sports report ("a crowd of
#: 41,372 saw the final", "attendance was 3,480"); a protest's crowd counts people.
_SPECTATOR_NOUNS = frozenset({"crowd", "attendance"})
#: Group nouns whose "of N" counts members ("a panel of twelve", "groups of three").
_COLLECTIVE_NOUNS = {
    "panel",
    "group",
    "team",
    "committee",
    "board",
    "jury",
    "crew",
    "squad",
    "council",
    "delegation",
    "band",
    "gang",
    "cohort",
    "class",
}
#: "six-figure sum", "three-way race", "a one-off", "a one-time payment", "a two-tier
#: system", "a two-horse race": hyphenated idioms, not counts ("a three-party coalition"
#: counts parties, as "a three-nation tour" counts nations).
_IDIOM_COMPOUNDS = {"figure", "digit", "way", "fold", "odd", "plus", "something", "off", "time"}
_IDIOM_COMPOUNDS |= {"tier", "track", "speed", "price", "horse"}
#: Idioms of "one" only: "a one-stop shop" (a race's "two-stop strategy" counts stops).
_ONE_IDIOM_COMPOUNDS = {"stop"}
_PREFIX_UNIT = re.compile(r"\b(magnitude|Richter|Mach)\s+$", re.IGNORECASE)
_QUAKE = re.compile(r"\b(?:magnitude|earthquake|quake|aftershocks?|tremors?|richter)\b", re.I)
#: Parents whose bare "of" number counts their offspring: "a father of three" has three
#: children, "a grandmother of six" six grandchildren.
_PARENT_NOUNS = frozenset({"mother", "father", "parent", "mum", "mom", "dad"})
#: Places whose bare "of" number is their population: "a city of about 220,000".
_SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "country", "nation", "island", "suburb", "municipality"}
    | {"community", "state", "province", "region", "district", "county", "township"}
)


@Language.factory(
    "metoo_quantities",
    default_config={},
    assigns=["doc._.metoo_quantities"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()


class Finder:
    """Turn the numbers of a Doc into quantities, skipping dates, ages, times and tallies."""

    def find(self, doc: Doc) -> list[QuantityMatch]:
        text = doc_text(doc)
        blocked = blocked_spans(doc)
        found: list[QuantityMatch] = []
        excluded: NumberSpan | None = None
        reach = 0  # where the quantities found so far end
        for number in find_numbers(text):
            if is_not_quantity(doc, number, blocked) or _listed_after(text, excluded, number):
                excluded = number
                continue
            if _ranked(text, number):
                continue  # "2 Ines Balcombe (GBR) 51.44": a place in a results list
            match = self._build(doc, number)
            if match is None or (reach > match.start and not _measure_modifier(found, match)):
                continue
            if match.unit is None and _GLUED_M.fullmatch(number.text) and _on_lengths(doc, match):
                match = _in_metres(match)  # "the river was at 10.42m, 0.42m above the danger level"
            if match.unit in (None, "%") and match.kind == "count":
                match = _exchange_rate(doc, match) or match  # "the yen at 151.30 per dollar"
            if match.unit is None and _heading(text, number.start, items=True) is None:
                # "Crew size: 4", "Site area: 12 (4 leased)": the label says what it is
                match = _resolve_bare(doc, number, match, found)
            if match.unit in ("pts", "points") and _TO_A_PERCENT.match(text, match.end):
                match = match._replace(unit="percentage points", kind="percent")
            found += _range_ends(doc, number, match)
            reach = max(reach, match.end)
        extra = [*_one_unit_of_time(doc, blocked, found), *_race_times(doc, found)]
        extra += _a_unit_of_time(doc, blocked, found)
        extra += _multipliers(text, blocked, found) + _one_unit_of_measure(text, blocked, found)
        found = sorted([*found, *extra], key=lambda q: q.start)
        found = _per_base(text, _feet_and_inches(text, _compound_durations(text, found)))
        found = _shared_scale(text, _from_level_unit(text, found))
        return _without_full_stop(text, _in_currency_units(_inherit_approximation(text, found)))

    def set_annotations(self, doc: Doc, matches: list[QuantityMatch]) -> None:
        doc._.metoo_quantities = matches

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def _build(self, doc: Doc, number: NumberSpan) -> QuantityMatch | None:
        text = doc_text(doc)
        start, end = number.start, number.end
        if re.fullmatch(r"(?i)an? [a-z]+", number.text) and text[end : end + 1] == "-":
            return None  # "a fifth-year student", "a third-party app": ordinals, not amounts
        if number.text.lower() == "one" and _AT_ONE_POINT.search(text, max(0, start - 3), end + 7):
            return None  # "produced 900 megawatts at one point on Sunday": a moment
        if number.text.lower() == "half" and _HALF_AS_NAME.match(text, end):
            return None  # "break up for half term", "led 2-0 at half time": names, no amount
        if _ORDINAL_BEFORE_NOUN.fullmatch(number.text) and _counts_a_turn(doc, end):
            return None  # "for a fourth year", "a third straight win": ordinals
        if _PART_OF_A_WHOLE.search(text, max(0, start - 12), start) and _FRACTION_WORD.fullmatch(
            number.text
        ):
            return None  # "in the second half of that year": a part of a period, no amount
        unit: str | None = None
        kind = "count"
        money = currency_before(text[max(0, start - 6) : start])
        if money:
            surface = text[start - money.length : start].strip()
            # "Sh2.3bn", "R3.2 million": a scaled amount glued to the symbol is money even
            # where the article names no country (local copy names its county or city)
            glued_scale = start - money.length + len(surface) == start and (
                _SCALED.search(number.text) or _HYPHENED_SCALE.match(text, end)
            )
            required = surface in LOCAL_ONLY and not glued_scale
            local = local_currency(doc, money.unit, required, surface)
            money = money if local else None  # "the R44", "rated R": no rand outside SA copy
            if money and len(surface) == 1 and surface.isalpha() and _names_a_thing(doc, end):
                return None  # "N95 masks", "P38 rifles": a model's code, not an amount
            if money and re.fullmatch(r"[A-Z]{3}", surface) and SHARE_OF_A_TOTAL.match(text, end):
                money = None  # "gives the PLN 54 of the 130 seats": a party's share, no zlotys
        if money is None and start > 0 and text[start - 1].isalpha():
            return None  # "R2-D2": letters glued to the digits name no currency
        if money:
            start -= money.length
            unit, kind = local, "money"
            if (trillions := _SPACED_TN.match(text, end)) and not _SCALED.search(number.text):
                number = _scaled(number, 1e12)  # "$1.2 tn": no tonnes of money
                end = trillions.end()
            elif (hyphened := _HYPHENED_SCALE.match(text, end)) and not _SCALED.search(number.text):
                number = _scaled(number, SUFFIXES[hyphened["scale"].lower()])  # "P3.9-B"
                end = hyphened.end()
        elif _GLUED_M.fullmatch(number.text) and (
            _DIMENSION_AFTER.match(text, end)
            or _RACE_AFTER.match(text, end)
            or _DISTANCE_BEFORE.search(text, max(0, start - 8), start)
            or _distance_in_play(doc, start, end)
            or _race_distance(doc, number, start, end)
        ):
            number = number._replace(  # "a 1.5m length", "waves 3 to 4m high": metres
                value=number.value / 1e6,
                low=None if number.low is None else number.low / 1e6,
                high=None if number.high is None else number.high / 1e6,
            )
            unit, kind = "m", "measure"
        prefix = _PREFIX_UNIT.search(text[max(0, start - 12) : start])
        if prefix and unit is None:  # "magnitude 6.2"
            start -= len(prefix.group(0))
            word = prefix.group(1).lower()
            unit, kind = ("Mach" if word == "mach" else word), "measure"
        scaled = bool(_SCALED.search(number.text))
        after = text[end : end + 40]
        suffix: UnitMatch | None = None
        if kind != "money":
            suffix = (
                currency_after(after, scaled) or measure_after(after) or _half_a_unit(number, after)
            )
        elif re.match(r"\s?(?:USD|US dollars)\b", after):  # "$5 USD"
            suffix = currency_after(after)
        if (
            suffix is None
            and unit is None
            and not scaled
            and _SPACED_M.match(after)
            and (_DIMENSION_AFTER.match(after, 2) or _sentence_says(doc, start, end, _LENGTHS))
        ):  # "about 18 m across", "52 m tall": metres set apart, as SI style writes them
            suffix = UnitMatch("m", "measure", 2)
        if suffix is not None and number.value == 0 and after.startswith("-"):
            return None  # "a zero-day flaw", "zero-hour contracts": a kind of thing, no amount
        spaced = _SPACED_DEGREES.match(after)
        if (
            suffix is None
            and unit is None
            and spaced
            and _sentence_says(doc, start, end, _TEMPERATURE)
        ):  # "the temperature reaching 38.2 C": Canadian style sets the scale apart
            scale = "degrees Celsius" if spaced.group(1) == "C" else "degrees Fahrenheit"
            suffix = UnitMatch(scale, "measure", spaced.end())
        if unit is None and re.match(r"p(?!\w|\.\w)", after):
            priced = _sentence_says(doc, start, end, _PRICE_WORDS)
            per_share = re.match(r"p\s+(?:a|per)\s+share\b", after)
            if not (priced or _pence_article(doc)) or (
                number.value in _VIDEO_LINES and not per_share
            ):
                return None  # "1080p": a video's lines, no amount ("1,080p a share" is)
            suffix = UnitMatch("pence", "count", 1)  # "68.2p": pence in British copy
        won = re.match(r"\s?won\b", after)
        if suffix is None and unit is None and won and local_currency(doc, "KRW", True):
            suffix = UnitMatch("KRW", "money", won.end())  # "1,380 won" in Korean copy
        if suffix and suffix.unit == "pounds" and _pounds_of_money(doc, start, end, after):
            suffix = UnitMatch("GBP", "money", suffix.length)  # "Winners get 500 pounds each"
        code = None
        if suffix and unit is None and suffix.kind == "money":
            code = local_currency(doc, suffix.unit, surface=after[: suffix.length].strip())
            suffix = suffix if code else None  # "three crowns" where no crown country is named
        if suffix and unit is None:
            end += suffix.length
            unit, kind = suffix.unit, suffix.kind
            if kind == "money":
                unit = code
        noun: Token | None = None
        label = _label_unit(doc, start, end) if unit is None else None
        if label is not None:  # "- 240: beds at the new hospital", "31 - wards closed"
            unit = label
        # "six-member", "a 10-yen coin"; a fact box's dash sets its label apart
        boxed = _LABEL_SEPARATOR.match(text, end) and _LABEL_OPEN.fullmatch(
            text, text.rfind("\n", 0, start) + 1, start
        )
        compound = (
            None if unit or boxed else re.match(r"[^\S\n]?-[^\S\n]?([A-Za-z]+)\b(?!-)", text[end:])
        )
        glued_money = currency_after(" " + compound.group(1)) if compound and unit is None else None
        if glued_money is not None and glued_money.kind == "money":  # "a 10-yen coin"
            unit, kind = local_currency(doc, glued_money.unit, surface=compound.group(1)), "money"
            end += compound.end()
        elif unit is None and compound and compound.group(1).lower() in _DIMENSIONS:
            end += compound.end()  # "73m-long": a length, read in metres below
        elif unit is None and compound:  # "six-member", "three-nation"
            word = compound.group(1).lower()
            if (
                word in _IDIOM_COMPOUNDS
                or number.value == 0
                or (number.value == 1 and word in _ONE_IDIOM_COMPOUNDS)
            ):
                return None  # "six-figure", "zero-tolerance"
            piece = doc.char_span(end + compound.start(1), end + compound.end(1))
            if piece is not None and _er_noun(word, piece[-1]):
                return None  # "a three-pointer", "a two-seater": a thing named, no amount
            if (
                word.endswith("ed")
                and unit_of_word(word) is None
                and not (piece is not None and piece.root.tag_ == "NN")
            ):  # "one-timed", "two-pronged": a verb or an adjective ("120-bed" counts beds)
                return None
            named = unit_of_word(pluralize(word)) or unit_of_word(word)
            # "a 30-centimetre telescope" measures in cm, as "30 centimetres" does
            unit, kind = (named[0], named[1]) if named else (pluralize(word), kind)
            end += compound.end()
        elif unit is None and (multiple := _TIMES_A_WHOLE.match(text, end)):
            unit, end = "times", multiple.end()  # "nearly five times the average"
        elif unit is None and not (number.vague and not re.match(r"\s+of\b", after)):
            noun, noun_end = _counted_noun(doc, number)
            heading = _heading_unit(doc, start)
            if heading and (noun is None or noun.pos_ == "PROPN" or noun.is_title):
                noun, noun_end = None, None  # "Engines: 7 Merlin": engines, not Merlins
                unit = heading
            if noun is not None and _magnitude_in_figures(doc, number, noun):
                return None  # "in the low eight figures": a size of an amount, no count
            if noun is not None and noun_end is not None:
                end = noun_end
                # "a third of Niger's budget": a share of one whole keeps it singular
                unit = _unit_name(noun, whole=number.value < 1)
                tail = _HYPHEN_TAIL.match(text, end) if noun.pos_ == "NOUN" else None
                if tail:  # "25 co-authors": the noun is a hyphenated word's first part
                    end = tail.end()
                    unit = text[noun.idx : end].lower()
                named = unit_of_word(noun.text)
                if named and named[1] == "duration":
                    unit, kind = named
                elif noun_end == noun.idx + len(noun) and (other := _coordinated_noun(noun)):
                    # "60 parents and teachers", "188 homes and businesses": both counted
                    end = other.idx + len(other)
                    unit = f"{unit} {noun.doc[noun.i + 1].lower_} {_unit_name(other)}"
        if unit is None and (statistic := _statistic(text, start)):
            unit, kind = statistic, "measure"  # "an odds ratio of 1.8 (95% CI 1.3 to 2.4)"
        if unit is None and number.separator in ("-", "–", "—"):
            return None  # "figures of 4-62", "paras 8-10": a dashed pair naming nothing
        if number.vague and unit is None:
            if not _vague_people(doc, number):
                return None
            unit = _BARE_SUBJECT_UNIT  # "Thousands marched", "forced thousands to flee"
        first = number.text.split()[0].lower()
        if (
            unit is None
            and first in ("one", "a", "an", "half")
            and not number.approximate  # "a few hundred stayed" is an amount
            # "around a dozen more had been sent": a hedged amount of several
            and not (number.value >= 2 and _QUALIFIER_RE.search(text[max(0, start - 25) : start]))
            and not _hedged_fraction_subject(doc, number)
            and not _share_of_change(doc, number)
            and not _share_without_whole(doc, number)
            and not _share_as_subject(doc, number)
        ):
            return None  # "one of them", "no one", "the second half": not an amount
        if (
            noun is not None
            and number.text.lower() == "one"
            and noun.dep_ in ("nsubj", "nsubjpass")
            and not _QUALIFIER_RE.search(text[max(0, start - 25) : start])
        ):
            return None  # "one user wrote": "one" as "a certain"
        if noun is not None and number.text.lower() == "one" and _one_in_an_idiom(noun):
            return None  # "one way or another", "one piece of advice", "one at a time"
        if kind == "count" and number.value < 1 and not re.search(r"\d", number.text):
            kind = "fraction"
        elif kind == "count" and number.value < 1 and _RATIO_WORDS.search(number.text):
            kind = "fraction"  # "1 in 3 women", "2 out of 5", as "one in three" is
        qualifier = None
        window = max(0, start - 25)
        q = _QUALIFIER_RE.search(text[window:start])
        if (
            q
            and (kind == "duration" or (unit or "").rstrip("s") in _TIME_NOUNS)
            and _preposition_of_span(doc, window + q.start())
        ):
            q = None  # "cancelled 340 flights over two days": across them, not more than
        if (
            q
            and re.sub(r"\s+", " ", q.group(1).lower()) in _COMPASS_QUALIFIERS
            and kind not in ("money", "percent")
            and number.value < 100
        ):
            q = None  # "passes north of 14 farms": a place
        if q and q.group(1).lower() == "over" and _over_a_topic(doc, window + q.start()):
            q = None  # "clash over €40 billion", "hand over 12 acres": no "more than"
        if q and q.group(1).lower() == "over" and _over_after_a_count(doc, window + q.start()):
            q = None  # "struck out eight over six innings": the span of the count before
        if not q and kind in ("percent", "money"):
            q = _HEDGE_BEFORE_ARTICLE.search(text[window:start])  # "roughly a 60% stake"
            if q and _preposition_after_object(doc, window + q.start()):
                q = None  # "question the office about a $4bn blitz": what it is about
        if q:
            qualifier = re.sub(r"\s+", " ", q.group(1).lower())
            start = window + q.start()
        elif hedge := _SIGN_HEDGE.search(text, max(0, start - 8), start):
            qualifier = _SIGN_HEDGES[hedge.group(1).lower()]  # "~31,000", "approx. €5bn"
            start = hedge.start()
        approximate = bool(
            qualifier
            or number.vague
            or number.approximate
            or number.high is not None
            or _hedged(doc, start)
        )
        value = round(number.value, 3) if number.value < 1 else number.value
        low = number.low
        bare = unit is None and kind == "count" and number.high is None
        sign = below_zero(text, start) if kind in _SIGNED_KINDS or bare else ""
        if sign:  # "minus 2 degrees Celsius", "-6C", "minus 0.1 percent", "minus $60 billion"
            start -= len(sign)
            value, low = -value, (-low if low is not None else None)
        if sign and bare and _sentence_says(doc, start, end, _COLD):
            unit, kind = "degrees", "measure"  # "wind chills could reach -40", "lows of -8"
        return QuantityMatch(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            unit=unit,
            kind=kind,
            qualifier=qualifier,
            approximate=approximate,
            low=low,
            high=number.high,
            vague=number.vague,
        )


#: Kinds of amount whose range names two values, each a quantity: "12 to 18 months",
#: "25 to 50mm of rain", "5 to 7 percent". A range of a count is one estimate ("40 to 50
#: questions", "runs from ten to 32 pages"), unless "between" names its two ends or a
#: change goes from one to the other ("rose from 6,900 to 18,400 cars").
_TWO_ENDED_KINDS = frozenset({"measure", "duration", "percent"})
_RANGE_OPENER = re.compile(r"\b(between|from)\s+(?:minus\s+|-)?$", re.IGNORECASE)
_RANGE_WORD = re.compile(r"\s+(?:to|and)\s+", re.IGNORECASE)
#: A study's ratios, whose range is one confidence interval ("95% CI 1.3 to 2.4").
_INTERVALS = frozenset({"odds ratio", "hazard ratio", "risk ratio", "rate ratio", "relative risk"})


def _range_ends(doc: Doc, number: NumberSpan, match: QuantityMatch) -> list[QuantityMatch]:
    """A range written with "to" or "and" as its two ends, each with the range's unit, when
    its kind measures ("12 to 18 months": 12 months and 18 months), "between" opens it
    ("between 90,000 and 110,000 people") or it is a change's "from" and "to" ("rose from
    6,900 to 18,400 cars"); else the range as one quantity ("40 to 50 questions", "one or
    two", "10-12 days")."""
    text = doc_text(doc)
    if match.high is None or number.separator not in ("to", "and") or match.unit in _INTERVALS:
        return [match]
    opened = _RANGE_OPENER.search(text, max(0, number.start - 16), number.start)
    if match.kind not in _TWO_ENDED_KINDS and not (
        opened and (opened.group(1).lower() == "between" or _changes_from(doc, opened.start()))
    ):
        return [match]
    join = next(
        (
            m
            for m in _RANGE_WORD.finditer(number.text)
            if parse_number(number.text[: m.start()]) is not None
            and parse_number(number.text[m.end() :]) is not None
        ),
        None,
    )
    if join is None:
        return [match]
    hedged = bool(match.qualifier or number.vague or number.approximate)
    low_end, high_start = number.start + join.start(), number.start + join.end()
    low = match._replace(end=low_end, text=text[match.start : low_end], approximate=hedged)
    high = match._replace(
        start=high_start,
        text=text[high_start : match.end],
        value=match.high,
        qualifier=None,
        approximate=hedged,
    )
    return [low, high]


#: A study's ratio, by name or abbreviation, and the unit it gives the number that
#: follows it: "an odds ratio of 1.8", "the hazard ratio was 0.64", "(aOR 2.1".
_STATISTIC = re.compile(
    r"\b(?:(?i:(odds|hazards?|risk|rate)\s+ratios?|(relative)\s+risks?)|(a?OR|a?HR|RR))\b"
)
_STATISTIC_ABBREVIATIONS = {"OR": "odds ratio", "HR": "hazard ratio", "RR": "relative risk"}
#: What may stand between a ratio's name and its number: a few words of the clause and
#: brackets ("an adjusted odds ratio (aOR) for smokers of 1.8"), or the ratios listed
#: before it ("odds ratios of 1.5 and 2.3"); no other clause.
_STATISTIC_GAP = re.compile(
    r"(?:[^\S\n]*(?:[,:=()]|\d+\.\d+(?:[^\S\n]*,)?(?:[^\S\n]+(?:and|or)\b)?"
    r"|\b(?!(?:and|but|or|while|whereas|than)\b)[A-Za-z]+\b)){0,6}[^\S\n]*"
)
#: The confidence interval of the ratio named before it: "(95% CI 1.3 to 2.4", "95%
#: confidence interval, 0.50 to 0.81".
_INTERVAL_BEFORE = re.compile(
    r"(?i)\b(?:CI|confidence\s+intervals?)\b[^\S\n]*[,:=]?[^\S\n]*(?:(?:of|was|from)[^\S\n]+)?$"
)
_DECIMAL = re.compile(r"\d+\.\d")
#: The end of the sentence before a position (a full stop before a space, not a decimal).
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _statistic(text: str, start: int) -> str | None:
    """The ratio of a study that a bare number is the value or the confidence interval of:
    "an odds ratio of 1.8 (95% CI 1.3 to 2.4)" gives both "odds ratio", "the hazard ratio
    was 0.64" "hazard ratio"; never a count noun borrowed from a sentence before."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    named = list(_STATISTIC.finditer(text, sentence_start, start))
    if not named:
        return None
    last = named[-1]
    interval = _INTERVAL_BEFORE.search(text, last.end(), start)
    if not (interval or _STATISTIC_GAP.fullmatch(text, last.end(), start)):
        return None
    if last.group(3) and not _DECIMAL.match(text, start):
        return None  # "OR 12", "RR 3": a road's or a rule's number, not a ratio
    if last.group(3):
        return _STATISTIC_ABBREVIATIONS[last.group(3).removeprefix("a")]
    if last.group(2):
        return "relative risk"
    word = last.group(1).lower()
    return f"{'hazard' if word.startswith('hazard') else word} ratio"


#: A trillion abbreviated and set apart after an amount of money: "$1.2 tn" (after a
#: bare number "tn" may be tonnes, so ``find_numbers`` leaves it).
_SPACED_TN = re.compile(r"[^\S\n]tn\b")
#: A scale hyphened in capitals after money, as Philippine copy writes it: "P3.9-B", "P1.2-M".
_HYPHENED_SCALE = re.compile(r"-(?P<scale>[BM])(?![\w-])")


def _scaled(number: NumberSpan, factor: float) -> NumberSpan:
    """The number with its value and range ends multiplied by ``factor``."""

    def times(value: float | None) -> float | None:
        return None if value is None else float(f"{value * factor:.12g}")

    return number._replace(
        value=times(number.value), low=times(number.low), high=times(number.high)
    )


#: A number joined by a hyphen to its unit: "10-metre", "6.8-inch", "720-watt-hour",
#: "six-foot", "twenty-five-metre".
_HYPHENED_MEASURE = re.compile(r"(?:[\d.,]+|[A-Za-z]+)-[A-Za-z]+(?:-[A-Za-z]+)*")


def _measure_modifier(found: list[QuantityMatch], match: QuantityMatch) -> bool:
    """A measure joined by a hyphen to its number inside the count before ("two 10-metre
    mirrors", "90,000 12-inch wafers") is an amount of its own, as "a 10-metre wall" is;
    the count counts the things it measures."""
    outer = found[-1] if found else None
    return (
        outer is not None
        and outer.kind == "count"
        and outer.start < match.start
        and match.end <= outer.end
        and match.kind in ("measure", "duration")
        and _HYPHENED_MEASURE.fullmatch(match.text) is not None
    )


#: "times" after a number and before the whole it multiplies, or a comparison: "five
#: times the average", "ten times as large", "four times higher than" (not "2.5 times
#: earnings", which multiplies a named amount).
_TIMES_A_WHOLE = re.compile(
    r"\s+times(?=\s+(?:the|a|an|that|this|its|their|his|her|our|as|more|less|than|over)\b"
    r"|\s+[a-z]+er\s+than\b|[^\w\s-]|\s*$)",
    re.IGNORECASE,
)

_A_BEFORE_UNIT = re.compile(r"\s+an?(?=\s)", re.IGNORECASE)
_OF_A_BEFORE_UNIT = re.compile(r"\s+of\s+an?(?=\s)", re.IGNORECASE)


def _half_a_unit(number: NumberSpan, after: str) -> UnitMatch | None:
    """The unit of "half a percentage point", "half an hour", "a third of a mile",
    "two-tenths of a second": a share of one, written in words."""
    if number.value >= 1 or re.search(r"\d", number.text):
        return None
    article = _OF_A_BEFORE_UNIT.match(after)
    if article is None and number.text.lower() == "half":
        article = _A_BEFORE_UNIT.match(after)
    unit = measure_after(after[article.end() :]) if article else None
    return unit._replace(length=article.end() + unit.length) if article and unit else None


#: A change in points that lands on a percentage: "fell 2.5 pts to 41%" moves in
#: percentage points.
_TO_A_PERCENT = re.compile(r"\s+(?:to|from)\s+\d[\d.]*\s?(?:%|per\s?cent\b|percent\b)")


#: An ordinal before a fraction word makes it a part of a whole, not a share of it:
#: "the second half of the year", "the final quarter", "the last third of the race".
_PART_OF_A_WHOLE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|final|last|latter|former|opening|closing|"
    r"back|front)\s+$"
)
_FRACTION_WORD = re.compile(r"(?i)half|quarter|third|fourth|fifth|tenth")


#: "Half" naming a school break or a match's interval: "half term", "half-term", "half time".
_HALF_AS_NAME = re.compile(r"[\s-](?:term|time)s?\b", re.IGNORECASE)


#: "A third" that can be an ordinal: with a singular noun after it, it counts a turn
#: ("for a fourth year", "a third term"); "a third of voters" is a fraction.
_ORDINAL_BEFORE_NOUN = re.compile(
    r"(?i)an? (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth)"
)

_TURN_WORDS = frozenset({"straight", "consecutive", "successive", "successful", "full", "new"})


#: Nouns that "one" makes an idiom with, no count: "ran one way", "one hell of a
#: season", "one heck of a game".
_ONE_IDIOM_NOUNS = frozenset({"way", "hell", "heck"})
#: Pieces and bits of a mass noun that "one" singles out as a manner of speaking: "one
#: piece of advice", "one bit of good news" ("31 pieces of heavy equipment" are counted).
_ONE_PIECE_NOUNS = frozenset({"piece", "bit"})
_SPOKEN_MASS_NOUNS = frozenset({"advice", "news", "information", "luck", "wisdom", "gossip"})
#: "one raffle ticket at a time", "one mess at a time": a manner, no count.
_AT_A_TIME = re.compile(r"[^\S\n]+at[^\S\n]+a[^\S\n]+time\b", re.IGNORECASE)


def _one_in_an_idiom(noun: Token) -> bool:
    """The noun that "one" counts makes an idiom with it: "one way", "one hell of", "one
    piece of advice", "one ticket at a time"."""
    if noun.lower_ in _ONE_IDIOM_NOUNS or _AT_A_TIME.match(
        doc_text(noun.doc), noun.idx + len(noun)
    ):
        return True
    if noun.lower_ not in _ONE_PIECE_NOUNS:
        return False
    mass = [t for p in noun.children if p.lower_ == "of" for t in p.children if t.dep_ == "pobj"]
    return bool(mass) and mass[0].lemma_.lower() in _SPOKEN_MASS_NOUNS


def _er_noun(word: str, token: Token) -> bool:
    """A number joined to a noun in "-er" that heads its own phrase ("a three-pointer",
    "a two-seater", "a 12-pounder", "five three-pointers"): the suffix makes the whole a
    noun for a thing; not a unit ("a 10-meter dive") nor a modifier ("a 50-over match",
    "a six-member panel")."""
    if not word.endswith(("er", "ers")) or unit_of_word(word) or unit_of_word(pluralize(word)):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    modifies = token.dep_ in ("compound", "amod", "nmod") or (
        nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct
    )
    return not modifies


def _counts_a_turn(doc: Doc, end: int) -> bool:
    """A singular noun follows (after "straight", "consecutive" ...), not "of" or a verb."""
    token = next((t for t in doc if t.idx >= end), None)
    while token is not None and token.lower_ in _TURN_WORDS and token.i + 1 < len(doc):
        token = doc[token.i + 1]
    return (
        token is not None
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lower_ not in ("percent", "cent")
        # "a tenth percent", "a third mile" are amounts; "a fourth year" a turn
        and (unit_of_word(token.text) or ("", "duration"))[1] == "duration"
    )


#: A temperature's scale set apart from the number: "38.2 C", "101 F".
_SPACED_DEGREES = re.compile(r" ([CF])(?![\w'’&])")
_TEMPERATURE = re.compile(
    r"(?i)\b(?:temperatures?|degrees|heat|hot(?:test)?|cold(?:est)?|warm(?:est)?|high of|"
    r"low of|thermometers?|fever)\b"
)


#: Words of a sentence about cold, where a bare number below zero is in degrees.
_COLD = re.compile(
    r"(?i)\b(?:temperatures?|degrees|cold(?:est)?|chills?|lows?|highs?|frost|freez\w*|"
    r"thermometers?)\b"
)


#: Words of a sentence about lengths, heights and levels, where "10.42m" is metres.
_LENGTHS = re.compile(
    r"(?i)\b(?:levels?|heights?|depths?|deep|tall|long|wide|high|waves?|metres?|meters?|"
    r"above|below|jump(?:ed|s)?|throw|vault|swell|tide|distance|towed|away)\b"
)
#: A spaced "m" after the number, on its own: "18 m across" (not "5 m.p.h.", "3 m's").
_SPACED_M = re.compile(r" m\b(?![.'’]?\w)")
#: Adjectives of size after a hyphen: "a 73m-long aircraft" measures, it counts no "longs".
_DIMENSIONS = frozenset({"long", "wide", "high", "tall", "deep", "thick"})


def _sentence_says(doc: Doc, start: int, end: int, words: re.Pattern[str]) -> bool:
    """The sentence holding ``start..end`` has one of ``words``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and words.search(span.sent.text) is not None


def _on_lengths(doc: Doc, match: QuantityMatch) -> bool:
    """A bare "10.42m" in a sentence about lengths or levels, with nothing counted."""
    return _sentence_says(doc, match.start, match.end, _LENGTHS)


def _in_metres(match: QuantityMatch) -> QuantityMatch:
    """The "m" glued to the number read as metres, not millions."""

    def metres(value: float | None) -> float | None:
        return None if value is None else round(value / 1e6, 6)

    return match._replace(
        value=metres(match.value),
        low=metres(match.low),
        high=metres(match.high),
        unit="m",
        kind="measure",
    )


#: Kinds of amount a minus sign makes negative; a count or a duration is never below zero.
_SIGNED_KINDS = ("measure", "money", "percent")
#: A number with a scale: "2.3bn", "620 million", "5 crore", "1,270 cr".
_SCALED = re.compile(
    r"(?i)(illion|lakh|crore|\d\s+cr|\d(?:k|m|b|bn|tn|mn|mil|bil)|\d\s?(?:mln|bln|trn|mn|bn))$"
)
#: A million or more abbreviated and glued to the digits: "150m", "2.3bn".
_ABBREVIATED_SCALE = re.compile(r"(?i)\d(?:m|mn|bn|b|tn|mil|bil)$")
#: A number with "m" glued on, which is a million unless a dimension follows.
_GLUED_M = re.compile(r"(?:\d[\d.,]*(?:\s?[-–]\s?|\s+to\s+))?\d[\d.,]*m")
#: A word before "10m" that makes it a distance: "within 10m of the working face".
_DISTANCE_BEFORE = re.compile(r"\bwithin\s$", re.IGNORECASE)
#: A race's time or prize in a sentence: "in 44.1 seconds", "1:43.2", "took gold".
_RACE_WORDS = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:seconds|secs?)\b|\b\d:\d\d\.\d|\b(?:gold|silver|bronze|medal|lap)\b",
    re.IGNORECASE,
)
#: Words after "400m" that make it a race's distance in metres: "the 400m hurdles",
#: "the 100m freestyle final", "a 5,000m record".
_RACE_AFTER = re.compile(
    r"\s+(?:freestyle|backstroke|breaststroke|butterfly|medley|individual\s+medley|hurdles|"
    r"steeplechase|relay|sprint|dash|final|semi-?final|heats?|race|record|title|world\s+record)\b"
)
#: Places a distance is measured from: "150m from the runway", "200m of the shore".
_PLACE_NOUNS = ("runway", "shore", "coast", "coastline", "beach", "border", "edge", "summit")
_PLACE_NOUNS += ("surface", "riverbank", "road", "river", "scene", "site", "building", "house")
_PLACE_NOUNS += ("station", "finish", "finish line", "wall", "fence", "crater", "epicentre")
_PLACE_NOUNS += ("epicenter", "entrance", "gate", "bridge", "tower", "peak", "seabed", "harbour")
_PLACE_NOUNS += ("airport", "village", "camp", "base", "hole", "pin", "green", "track", "kerb")
#: Words after "2m" that make it metres: "2m high", "a 1.5m length of cable".
_DIMENSION_AFTER = re.compile(
    r"\s+(?:high|long|wide|deep|tall|thick|across|away|underground|below|above|"
    r"length|width|height|depth|stretch|section|wall|fence|short\s+of|off|behind|ahead)\b"
    rf"|\s+(?:from|of)\s+the\s+(?:{'|'.join(_PLACE_NOUNS)})\b"
)


_ONE_UNIT_OF_TIME = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+(an?)\s+"
    r"(second|minute|hour|day|week|fortnight|month|year|decade|century)\b",
    re.IGNORECASE,
)


#: One unit of time that news copy reads as a round number of a smaller one: "more than
#: a decade" is ten years ("two decades" keeps its unit).
_ONE_UNIT = {"decade": (10, "years")}


def _one_unit(word: str) -> tuple[int, str]:
    """The value and unit of one unit of time: (1, "weeks") for "a week", (10, "years")
    for "a decade"."""
    return _ONE_UNIT.get(word.lower(), (1, pluralize(word.lower())))


def _one_unit_of_time(doc: Doc, blocked, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "almost a year", "more than a week": one unit of time, hedged ("develop diabetes
    over a decade": during it, no hedge). Without a qualifier "a week" is no amount ("a
    week of talks", "once a week")."""
    out = []
    for m in _ONE_UNIT_OF_TIME.finditer(doc_text(doc)):
        if blocked.overlaps(m.start(), m.end()):
            continue
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        qualifier: str | None = re.sub(r"\s+", " ", m.group(1).lower())
        start = m.start()
        if qualifier == "over" and _preposition_of_span(doc, start):
            qualifier, start = None, m.start(2)
        out.append(
            QuantityMatch(
                start=start,
                end=m.end(),
                text=doc_text(doc)[start : m.end()],
                value=_one_unit(m.group(3))[0],
                unit=_one_unit(m.group(3))[1],
                kind="duration",
                qualifier=qualifier,
                approximate=qualifier is not None,
            )
        )
    return out


#: One unit of time that a verb or a preposition of duration takes: "wore trackers for
#: a week", "within a month", "delay the plant by a year", "the strike lasted a fortnight",
#: "took an hour" (not "in a fortnight", a date, nor "once a week").
_A_UNIT_OF_TIME = re.compile(
    r"(?i)\b(?:for|within|by|lasts?|lasted|lasting|takes?|took|taking|spen[dt]|spending)"
    r"\s+(an?\s+(second|minute|hour|day|night|week|fortnight|month|year|decade|century))\b(?!-)"
)


def _a_unit_of_time(doc: Doc, blocked, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "for a week", "lasted a fortnight": one unit of time, a duration as "for one
    week" is; not one that a noun or "of" follows ("for a second time", "a day of
    mourning", "a year like this one", "a year's supply"), nor a cricketer's century."""
    out = []
    for m in _A_UNIT_OF_TIME.finditer(doc_text(doc)):
        start, end = m.span(1)
        if blocked.overlaps(start, end) or any(q.start < end and start < q.end for q in found):
            continue
        unit = doc.char_span(m.start(2), end)
        if unit is None or (unit[0].lower_ == "century" and sports_article(doc)):
            continue
        after = doc[unit.end] if unit.end < len(doc) else None
        if after is not None and (
            after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            or after.tag_ == "POS"
            or after.lower_ in ("of", "like", "ago", "earlier", "later", "before", "after")
        ):
            continue
        out.append(
            QuantityMatch(
                start=start,
                end=end,
                text=m.group(1),
                value=_one_unit(m.group(2))[0],
                unit=_one_unit(m.group(2))[1],
                kind="duration",
                qualifier=None,
                approximate=False,
            )
        )
    return out


#: One unit of length, weight, area or volume, hedged: "less than a meter down", "about
#: a mile long", "nearly a tonne" (without a qualifier "a mile" is no amount: "a mile
#: from home" is a place).
_ONE_UNIT_OF_MEASURE = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+(an?)\s+"
    r"(mile|met(?:re|er)|kilomet(?:re|er)|foot|inch|yard|tonne|ton|kilogram|kilo|lit(?:re|er)"
    r"|gallon|acre|hectare)\b(?!-)",
    re.IGNORECASE,
)


def _one_unit_of_measure(text: str, blocked, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "less than a meter", "about a mile": one unit of a measure, hedged."""
    out = []
    for m in _ONE_UNIT_OF_MEASURE.finditer(text):
        if blocked.overlaps(m.start(), m.end()) or any(
            q.start < m.end() and m.start() < q.end for q in found
        ):
            continue
        unit = measure_after(" " + m.group(3))
        if unit is None:
            continue
        out.append(
            QuantityMatch(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=1,
                unit=unit.unit,
                kind="measure",
                qualifier=re.sub(r"\s+", " ", m.group(1).lower()),
                approximate=True,
            )
        )
    return out


#: "twice" or "thrice" before the whole it multiplies or a comparison ("more than twice
#: the rate", "twice as many", "twice as likely as"), not how often something happened
#: ("met twice", "scored twice as the side came back").
_MULTIPLIER = re.compile(
    r"(?i)\b(?:(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+)?"
    r"(twice|thrice)(?=\s+(?:the|that|its|their|his|her|our)\b|\s+as\s+(?:many|much|\w+\s+as)\b)"
)


def _multipliers(text: str, blocked, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "more than twice the annual rate", "twice as many people": a multiple, in times."""
    out = []
    for m in _MULTIPLIER.finditer(text):
        if blocked.overlaps(m.start(), m.end()) or any(
            q.start < m.end() and m.start() < q.end for q in found
        ):
            continue
        qualifier = re.sub(r"\s+", " ", m.group(1).lower()) if m.group(1) else None
        out.append(
            QuantityMatch(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=2 if m.group(2).lower() == "twice" else 3,
                unit="times",
                kind="count",
                qualifier=qualifier,
                approximate=qualifier is not None,
            )
        )
    return out


#: A race time or a gap in a results line, read in seconds: "+1:02" (a gap), "22:41:07"
#: and "2:03:45" (hours, minutes, seconds), "1:43.27" (minutes, seconds and hundredths);
#: not a clock time ("at 14:32:10", "9:14:05 GMT") or a verse ("John 3:16").
_RACE_TIME = re.compile(
    r"(?<![\w:.+])(?P<gap>\+)?(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?"
    r"(?:\.(?P<frac>\d{1,3}))?(?![\d:]|\.\d)"
)
_AT_BEFORE = re.compile(r"(?i)\b(?:at|by|from|until|till|to)\s+$")


def _race_times(doc: Doc, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Race times and gaps written with colons ("+1:02", "22:41:07", "1:43.27"), in
    seconds, as "1 minute 2 seconds" is; a bare "9:14" stays a clock time. The model
    calls them DATE or TIME, so only the dates found rule them out."""
    text = doc_text(doc)
    dates = [(d.start, d.end) for d in (doc._.metoo_dates or [])]
    out = []
    for m in _RACE_TIME.finditer(text):
        gap, hours_form, hundredths = m["gap"], m["c"] is not None, m["frac"] is not None
        if not (gap or hours_form or hundredths):
            continue
        if any(a < m.end() and m.start() < b for a, b in dates):
            continue
        if CLOCK_AFTER.match(text[m.end() : m.end() + 20]):
            continue
        if not gap and _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "at 14:32:10": a time of day
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        parts = [int(m["a"]), int(m["b"])] + ([int(m["c"])] if hours_form else [])
        seconds: float = 0
        for part in parts:
            seconds = seconds * 60 + part
        if hundredths:
            seconds = round(seconds + float("0." + m["frac"]), 3)
        out.append(
            QuantityMatch(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=seconds,
                unit="seconds",
                kind="duration",
                qualifier=None,
                approximate=False,
            )
        )
    return out


#: Verbs whose subject or object amount is money, not people ("cost thousands").
_MONEY_VERBS = {"cost", "spend", "pay", "raise", "owe", "earn", "lose", "save", "charge", "fetch"}


def _vague_people(doc: Doc, number: NumberSpan) -> bool:
    """ "Hundreds march", "forced thousands to flee": a vague amount standing alone as
    a verb's subject or object is a number of people."""
    span = _tokens(doc, number)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() not in _MONEY_VERBS
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG":
        return True  # "Tens of thousands protested", "thousands were evacuated"
    return (
        before is not None and before.pos_ == "VERB" and before.lemma_.lower() not in _MONEY_VERBS
    )


#: Nouns a bare "5m" amount of money is spent on: "a 5m budget" is no distance.
_MONEY_NOUNS = frozenset(
    {"budget", "fee", "deal", "loan", "fund", "contract", "bid", "package", "payment"}
    | {"profit", "loss", "debt", "bill", "grant", "investment", "salary", "offer", "sale"}
)


#: "a 48m", "his 70m": a determiner right before a number.
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|his|her|their|its)\s+$")


#: Video resolutions written like pence ("1080p").
_VIDEO_LINES = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})


#: Words of a sentence about prices, where a glued "p" is pence: "a loaf costs 99p",
#: "the shares fell 4p to 312p", "a dividend of 9.4p a share".
_PRICE_WORDS = re.compile(
    r"(?i)\b(?:shares?|stocks?|prices?|priced|costs?|costing|paid|pay|pays|charged?|"
    r"fares?|dividend|cheaper|dearer|sells?|sold|pence|penny|per\s+(?:litre|unit|kwh))\b"
)
#: Words that place a text in the UK, where "68.2p" is pence.
_UK_WORDS = re.compile(
    r"\b(?:UK|U\.K\.|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|"
    r"London|sterling)\b"
)


#: Words of a sentence about money, where "500 pounds" is sterling.
_MONEY_WORDS = re.compile(
    r"(?i)\b(?:prizes?|winners?|fined?|fines|worth|earns?|earned|earning|salary|salaries|"
    r"wages?|awarded|compensation|donated|bonus|payout|tickets?|rent|bill|bribe)\b"
)
#: Words of a sentence about weight, where "500 pounds" is a weight.
_WEIGHT_WORDS = re.compile(
    r"(?i)\b(?:weigh\w*|weight|heav\w*|light\w*|lift\w*|lost|lose|gained|obese|"
    r"kilos?|kilograms?|kg|tons?|tonnes?|stone|fish|catch|baby|born)\b"
)


def _pounds_of_money(doc: Doc, start: int, end: int, after: str) -> bool:
    """ "Winners get 500 pounds each", "fined 200 pounds": pounds sterling in a sentence
    about money or prices and not about weight; "500 pounds of rice" weighs."""
    if re.match(r"\s*pounds?\s+of\b", after, re.IGNORECASE):
        return False
    if _sentence_says(doc, start, end, _WEIGHT_WORDS):
        return False
    return _sentence_says(doc, start, end, _MONEY_WORDS) or _sentence_says(
        doc, start, end, _PRICE_WORDS
    )


def _pence_article(doc: Doc) -> bool:
    """British copy, where "68.2p" is pence: it prints a pound sign, is placed in the UK
    or names it."""
    locale = doc._.metoo_locale
    text = doc_text(doc)
    return (
        "£" in text
        or (locale is not None and locale.country == "GB")
        or _UK_WORDS.search(text) is not None
    )


def _distance_in_play(doc: Doc, start: int, end: int) -> bool:
    """ "a 48m penalty", "the 2.02m lock", "a 70m run": in a sports article a glued "m"
    between a determiner and a singular noun is metres, as is one that ends the phrase
    ("won the 400m in 44.1 seconds"); "48m people" stays millions."""
    determined = _DETERMINER_BEFORE.search(doc_text(doc), max(0, start - 8), start)
    if determined and re.match(r"\s*(?:[.,;:)]|in\b|at\b|on\b)", doc_text(doc)[end : end + 4]):
        # "won the 400m in 44.1 seconds", "took gold in the 800m."
        return sports_article(doc) or _sentence_says(doc, start, end, _RACE_WORDS)
    m = re.match(r" ([A-Za-z]+)\b", doc_text(doc)[end : end + 30])
    word = doc.char_span(end + m.start(1), end + m.end(1)) if m else None
    if word is None or not word.text.islower() or word.root.lower_ in _MONEY_NOUNS:
        return False
    if word.root.pos_ not in ("NOUN", "VERB"):  # the model tags "a 70m run" a verb
        return False
    plural = word.root.tag_ == "NNS" or (word.text.endswith("s") and word.root.lemma_ != word.text)
    return not plural and bool(determined) and sports_article(doc)


#: The distances of track and pool events, in metres: "the 5,000m", "women's 400m".
#: Source: the event programmes of World Athletics and World Aquatics.
_RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 300, 400, 600, 800, 1000, 1500, 1600})
_RACE_DISTANCES |= frozenset({2000, 3000, 5000, 10000})
#: Words of a sentence about a race, where "the 3,000m" is run, not counted: a result,
#: a heat or a runner ("won", "clocked", "personal best", "indoor", "metres").
_TRACK_WORDS = re.compile(
    r"(?i)\b(?:won|wins?|winning|ran|runs?|running|runners?|races?|raced|racing|clocked|"
    r"finish(?:ed|es)?|heats?|hurdles|sprint\w*|track|indoors?|outdoor|athlet\w*|"
    r"personal\s+best|season'?s\s+best|metres|meters|seconds|secs?|laps?|relay|swim\w*)\b"
)
#: An event named by sex before its distance: "the women's 400m", "Men's 1500m".
_EVENT_SEX = re.compile(r"(?i)\b(?:men|women|boys|girls)['’]s?\s+$")
#: A word after the distance that names a race's people or place: "stuns 3,000m field".
_EVENT_NOUN = re.compile(
    r"[^\S\n]+(?:field|runners?|champions?|specialists?|event|winners?|medal\w*|gold|silver|"
    r"bronze|line-?up)\b"
)


def _race_distance(doc: Doc, number: NumberSpan, start: int, end: int) -> bool:
    """ "won the 5,000m in Oslo", "Women's 400m: 1 ...": an event's distance, named by
    its sex or after a determiner among race words, with no noun after it that the
    millions could count ("a 400m budget", "400m viewers" stay millions)."""
    text = doc_text(doc)
    if number.high is not None or round(number.value / 1e6, 6) not in _RACE_DISTANCES:
        return False
    word = re.match(r"[^\S\n]+([a-z][\w-]*)", text[end : end + 30])
    if word and _EVENT_NOUN.match(text, end):
        return True  # "stuns 3,000m field", "the 800m champion"
    following = doc.char_span(end + word.start(1), end + word.end(1)) if word else None
    if following is not None and following.root.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "a 400m contract", "400m viewers": what the millions count
    if _EVENT_SEX.search(text, max(0, start - 12), start):
        return True
    # "won the 5,000m", not "paid 100m for him" nor "ran up losses of 200m"
    determined = _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
    return determined is not None and _sentence_says(doc, start, end, _TRACK_WORDS)


def _names_a_thing(doc: Doc, end: int) -> bool:
    """A plural noun right after the number, no unit or scale: "N95 masks"."""
    m = re.match(r" ([A-Za-z]+)\b", doc_text(doc)[end : end + 30])
    if m is None:
        return False
    word = doc.char_span(end + m.start(1), end + m.end(1))
    return word is not None and word.root.tag_ == "NNS" and unit_of_word(word.text) is None


def _hedged_fraction_subject(doc: Doc, number: NumberSpan) -> bool:
    """ "Fewer than half have been given", "about a fifth ended in convictions": a hedged
    fraction standing for its whole as a clause's subject, of a pronoun ("about a third of
    them") or as a change ("fell by nearly a quarter"); not "about half as much"."""
    text = doc_text(doc)
    if number.value >= 1 or not _QUALIFIER_RE.search(
        text[max(0, number.start - 25) : number.start]
    ):
        return False
    span = _tokens(doc, number)
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if re.match(r"\s+of\s+(?:them|us|those|these)\b", text[number.end :]):
        return True  # "about a third of them in Haifa"
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "by":
        return True  # "fell by nearly a quarter": a change by that share
    return span.root.dep_ in ("nsubj", "nsubjpass") or (
        after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG"
    )


def _share_of_change(doc: Doc, number: NumberSpan) -> bool:
    """ "fell by a third", "cut by half": a share a change verb moved by."""
    span = _tokens(doc, number)
    if span is None or number.value >= 1:
        return False
    by = span.root.head
    if (
        span.root.dep_ == "pobj"
        and by.lower_ == "by"
        and by.head.lemma_.lower() in _CHANGE_VERBS | _CUT_VERBS
    ):
        return True
    # the parse may miss the verb ("pill cuts hospital stays by a quarter", "shrinks"
    # tagged a noun): a change verb's form a few words before "by"
    k = span.start - 1
    if k >= 1 and doc[k].lower_ in ("up", "down") and doc[k - 1].lemma_ in ("be", ","):
        return True  # "admissions were up a third on January", "1,180 patients, up a third"
    if k < 1 or doc[k].lower_ != "by":
        return False
    return any(lemma_in(t, _CHANGE_VERBS | _CUT_VERBS) for t in doc[max(0, k - 4) : k])


#: "A fifth", "one-third": a share written as a word, not "half" ("about half as much").
_SHARE_WORD = re.compile(
    r"(?i)(?:an?|one)[\s-]+(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
)
#: Words after a share that measure a comparison by it: "a fifth lower", "a third empty".
_SHARE_COMPARISONS = frozenset({"below", "above", "empty", "full", "off", "short"})


def _share_without_whole(doc: Doc, number: NumberSpan) -> bool:
    """ "A fifth" standing for a share of a whole named elsewhere: hedged ("roughly a
    fifth", "barely a fifth before the closure", "less than a quarter of what it needs")
    or measuring a comparison ("around a fifth lower", "halls a third empty")."""
    if number.value >= 1 or not _SHARE_WORD.fullmatch(number.text):
        return False
    text = doc_text(doc)
    if _QUALIFIER_RE.search(text[max(0, number.start - 25) : number.start]):
        return True
    span = _tokens(doc, number)
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.tag_ in ("JJR", "RBR") or after.lower_ in _SHARE_COMPARISONS


#: Share words that are also ordinals: "a third was questioned" may count a third person.
_ORDINAL_SHARES = re.compile(r"(?i)an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")


def _share_as_subject(doc: Doc, number: NumberSpan) -> bool:
    """ "Half were sold abroad", "a quarter went to schools": a bare share as the subject
    of the verb right after it. A share that can be an ordinal ("Two men were held; a
    third was questioned") needs a plural verb or another share in its sentence."""
    if number.value >= 1 or re.search(r"\d", number.text):
        return False
    span = _tokens(doc, number)
    if span is None or span.end >= len(doc):
        return False
    verb = doc[span.end]
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBG" or span.root.head.i < span.end or span.root.head.lemma_ == "be":
        return False  # "a third were under 25": what is said of the share is no act
    if not _ORDINAL_SHARES.fullmatch(number.text):
        return True
    text = doc_text(doc)
    earlier = text[span.sent.start_char : number.start]
    return (
        verb.tag_ == "VBP" or verb.lower_ in ("were", "are") or bool(_SHARE_IN_TEXT.search(earlier))
    )


_SHARE_IN_TEXT = re.compile(
    r"(?i)\b(?:half|(?:an?|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|tenths?))\b"
)


#: Verbs that change an amount by a share, besides those that bring it to a level.
_CUT_VERBS = frozenset({"cut", "reduce", "raise", "lower", "slash", "boost", "double"})


#: A rank opening a results line or a table's row: at a line's start or after a colon or
#: a semicolon, then a capitalised name ("1 Clara Moufette (FRA) 51.20; 2 Ines ...").
_RANK_OPEN = re.compile(r"(?:^|[;:\n])[^\S\n]*$")
_RANK_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _ranked(text: str, number: NumberSpan) -> bool:
    """A place in a results list or a league table ("1 Harwick Rovers 40pts"), known by
    the rank next to it (one less or one more) opening a like item within the list."""
    if not number.text.isdigit() or not 0 < number.value < 100:
        return False
    if not (
        _RANK_OPEN.search(text, max(0, number.start - 4), number.start)
        and _RANK_AFTER.match(text, number.end)
    ):
        return False
    window = text[max(0, number.start - 300) : number.end + 300]
    ranks = "|".join(str(int(number.value) + step) for step in (-1, 1))
    return re.search(rf"(?:^|[;:\n])[^\S\n]*(?:{ranks})[^\S\n]+[A-Z]", window) is not None


def _listed_after(text: str, excluded: NumberSpan | None, number: NumberSpan) -> bool:
    """A bare number listed right after one that is no quantity is none either: "in
    2019, 2020 and 2021", "aged 24, 31 or 40" (not "fiscal 2025, or 31% of revenue")."""
    if excluded is None:
        return False
    if not re.fullmatch(r",? (?:and|or) |, ", text[excluded.end : number.start]):
        return False
    return bool(re.fullmatch(r"\d+", number.text)) and not measure_after(text[number.end :])


def _tokens(doc: Doc, number: NumberSpan) -> Span | None:
    return doc.char_span(number.start, number.end, alignment_mode="expand")


#: Words that point a time noun after a number at a time: "2,876 last year".
_TIME_DEICTICS = frozenset({"last", "next", "this", "that", "each", "every", "per", "a", "the"})
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "day", "quarter", "season", "decade", "weekend", "fortnight"}
    | {"hour", "minute", "night", "morning", "evening", "term", "century", "time"}
)


#: Verbs whose past participle is their base form, which the tagger may take for a
#: singular noun after a plural number ("about 41,000 cast", "12 hurt"); a counted noun
#: would be plural ("three cuts").
_SAME_FORM_PARTICIPLES = frozenset(
    {"cast", "cut", "put", "hit", "set", "shut", "spread", "hurt", "bet", "bid", "burst"}
    | {"broadcast", "forecast", "let", "quit", "shed", "split", "upset", "thrust", "cost"}
)


#: The marks a results list puts after a time or a distance: world, championship,
#: national, area and meeting records, personal and season's bests, world leads.
_RECORD_MARKS = frozenset({"WR", "CR", "NR", "AR", "ER", "OR", "MR", "GR", "PB", "SB", "WL"})


def _counted_noun(doc: Doc, number: NumberSpan) -> tuple[Token | None, int | None]:
    """The counted noun, kept within the phrase: nothing past a punctuation mark, a line
    break or a word ending in a hyphen ("92,000 asylum claim- 'legacy backlog'")."""
    span = _tokens(doc, number)
    ballot = _ballot_noun(doc, span) if span is not None else None
    whole = _half_the_whole(span) if ballot is None and span is not None else None
    if ballot is not None or whole is not None:
        noun = ballot or whole
        return noun, noun.idx + len(noun)
    noun, end = _counted_noun_parse(doc, number)
    if noun is not None and span is not None and noun.dep_ == "ROOT" and noun.tag_ == "NN":
        plural = doc[noun.i - 1]  # a verbless headline's verb read as the head noun
        if plural.i >= span.end and plural.tag_ == "NNS" and plural.dep_ == "compound":
            return plural, plural.idx + len(plural)  # "Two cosmonauts return to Earth"
    if noun is not None and "." in number.text and noun.text in _RECORD_MARKS:
        return None, None  # "7.61 WR", "13.02 PB": a record's mark after a time, no count
    if (
        noun is not None
        and noun.ent_type_ in ("DATE", "TIME")
        and unit_of_word(noun.text) is None
        and not (span is not None and noun.i == span.end and noun.tag_ == "NNS")
    ):
        return None, None  # "at 10.42m yesterday evening": a time, not what is counted
        # ("over 15 seasons" counts seasons)
    if noun is None or span is None or noun.i < span.end:
        return noun, end
    if (
        noun.i == span.end
        and noun.tag_ == "NN"
        and noun.lower_ in _SAME_FORM_PARTICIPLES
        and number.value > 1
    ):
        return None, None  # "out of 41,000 cast": a participle, the counted noun left out
    if (
        doc[span.end].lower_ in _TIME_DEICTICS
        and noun.i > span.end
        and noun.lemma_.lower() in _TIME_NOUNS
    ):
        return None, None  # "rose to 2,876 last year": the year names when, not what
    partitive = doc[span.end].lower_ == "of"
    for token in doc[span.end : noun.i]:
        if _breaks_phrase(token):
            return None, None
        if token.is_punct:
            continue  # the hyphen of "short-range"
        if _in_hyphenated_word(token):
            continue  # "two remote-controlled loaders": one modifier, whatever its tags
        if (
            not partitive
            and token.like_num
            and token.pos_ == "NUM"
            and doc[token.i - 1].pos_ not in _NOUNS  # "148 S&P 500 companies"
        ):
            return None, None  # "4.1 million five years ago": the noun is the other's
        if _grades_a_modifier(token, noun):
            continue  # "1.9 million fully electric cars", "two very different piles"
        if token.text == "+" and token.i == span.end and not span[-1].whitespace_:
            continue  # "250+ acts": at least the number, of what follows
        if token.pos_ == "CCONJ" and token.nbor(-1).pos_ == "ADJ" and token.nbor().pos_ == "ADJ":
            continue  # "Fourteen current and former employees"
        if not partitive and token.pos_ not in _MODIFIERS:
            return None, None  # "four so far this year": not what is counted
        if token.text.endswith("-") and token.pos_ == "NOUN":
            return token, token.idx + len(token) - 1
    return noun, end


#: The side a vote is cast for, written between the number and "votes": "1.2 million
#: yes votes", "980,000 no votes", "41 aye votes", "2.3 million \"no\" votes".
_BALLOT_SIDES = frozenset({"yes", "no", "aye", "ayes", "nay", "nays", "yea", "yeas"})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def _ballot_noun(doc: Doc, span: Span) -> Token | None:
    """The noun after a vote's side ("yes votes", "\"no\" ballots"), which the number counts;
    the side itself, parsed as an interjection or a determiner, is no part of the unit."""
    tokens = [t for t in doc[span.end : span.end + 4] if t.text not in _QUOTES]
    if len(tokens) < 2 or tokens[0].lower_ not in _BALLOT_SIDES:
        return None
    noun = tokens[1]
    between = doc[span.end : noun.i]
    if any("\n" in t.text_with_ws for t in between):
        return None
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


#: What stands between "half" and the whole it halves: "half the population", "half
#: their normal rainfall", "half its staff".
_WHOLE_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "your", "my"})


def _half_the_whole(span: Span) -> Token | None:
    """The noun "half" takes without "of" ("Half the nurses", "roughly half the
    population", "less than half their normal rainfall"): the whole it is a share of."""
    half = span[-1]
    doc = span.doc
    head = half.head
    if half.lower_ != "half" or half.dep_ not in ("predet", "nummod") or head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() in _TIME_NOUNS:
        return None  # "half the time", "by half the first year": no share of a whole
    between = doc[span.end : head.i]
    if not between or between[0].lower_ not in _WHOLE_DETERMINERS:
        return None
    if any(_breaks_phrase(t) or t.pos_ not in ("DET", "PRON", "ADJ", "NOUN") for t in between):
        return None
    return head


def _grades_a_modifier(token: Token, noun: Token) -> bool:
    """An adverb grading a modifier of the counted noun: "fully" in "fully electric cars",
    "very" in "very different rubble piles"."""
    head = token.head
    return (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and head.pos_ in ("ADJ", "VERB")
        and token.i < head.i < noun.i
        and head.head.i == noun.i
    )


def _in_hyphenated_word(token: Token) -> bool:
    """The token is a part of a word joined by hyphens ("remote" and "controlled")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.text == "-" and not token.whitespace_) or (
        before is not None and before.text == "-" and not before.whitespace_
    )


def _counted_noun_parse(doc: Doc, number: NumberSpan) -> tuple[Token | None, int | None]:
    """The noun a number counts, from the parse, and where its phrase ends.

    "36 shells" (nummod), "two Syrian teams" (noun chunk), "millions of women" and
    "a quarter of citizens" (an "of" phrase).
    """
    span = _tokens(doc, number)
    if span is None:
        return None, None
    last = span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "412 of 650 seats", which the parse may read as one chunk: a share of the total
    share = SHARE_OF_A_TOTAL.match(doc_text(doc), span.end_char) is not None
    partitive = number.vague or _is_partitive(span) or (number.value > 1 and not _chunk_noun(span))
    if nxt is not None and nxt.lower_ == "of" and (partitive or share):
        obj = [t for t in nxt.children if t.dep_ == "pobj"]
        if obj and obj[0].pos_ in _NOUNS | {"ADJ"}:
            noun = obj[0]
            inner = doc[nxt.i : noun.i + 1]
            has_number = any(t.like_num for t in inner)
            return noun, span.end_char if has_number else noun.idx + len(noun)
        total = _chunk_noun(span) if share else None
        return (total, span.end_char) if total is not None else (None, None)
    root = _chunk_noun(span)
    if root is not None:
        return root, root.idx + len(root)
    head = last
    while head.head.i != head.i and span.start <= head.head.i < span.end:
        head = head.head
    between = doc[last.i + 1 : head.head.i]
    if (
        head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and (head.head.pos_ in _NOUNS or _plural_read_as_verb(head.head))
        and 0 < head.head.i - last.i <= 4
        and not any(t.is_punct or "\n" in t.text_with_ws for t in between)
    ):
        return head.head, head.head.idx + len(head.head)
    run = []  # "92,000 asylum claim-": the nouns right after the number, up to punctuation
    for token in doc[last.i + 1 : last.i + 5]:
        if token.pos_ not in _NOUNS | {"ADJ"} or token.is_punct or _has_subject(token, span):
            break
        run.append(token)
        if "\n" in token.text_with_ws:
            break
    nouns = [t for t in run if t.pos_ == "NOUN"]
    if nouns and run[-1] is nouns[-1]:
        return nouns[-1], nouns[-1].idx + len(nouns[-1])
    return None, None


def _has_subject(word: Token, span: Span) -> bool:
    """The number in ``span`` is the subject of ``word``, a verb the tagger read as a
    noun: "stayed" in "About a hundred stayed" counts nothing."""
    return any(t.head.i == word.i and t.dep_ in ("nsubj", "nsubjpass") for t in span)


#: What a noun does in its clause: the parser may tag a plural noun there as a verb in
#: the third person ("410,000 SepTrak test cartridges" with "cartridges" a VBZ).
_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def _plural_read_as_verb(token: Token) -> bool:
    """A plural noun tagged as a verb ("cartridges" in "shipped 410,000 SepTrak test
    cartridges"): a VBZ in a noun's role, with a number before it that it governs."""
    return (
        token.tag_ == "VBZ"
        and token.dep_ in _NOUN_ROLES
        and token.lower_.endswith("s")
        and any(c.dep_ == "nummod" or c.like_num for c in token.subtree if c.i < token.i)
    )


def _chunk_noun(span: Span) -> Token | None:
    """The root of the noun chunk holding the number, when it follows the number in the
    same line without punctuation between ("two Syrian teams", not "claim- 'backlog")."""
    last = span[-1]
    chunk = _chunk_at(span.doc, last.i)
    if chunk is None:
        return None
    root = chunk.root
    if root.i > last.i and root.pos_ in _NOUNS and not _has_subject(root, span):
        between = span.doc[last.i + 1 : root.i + 1]
        if any(_breaks_phrase(t) for t in between[:-1]):
            return None
        return root
    return None


def _breaks_phrase(token: Token) -> bool:
    """Punctuation or a line break, but not the hyphen inside a compound word
    ("two short-range missiles")."""
    glued_hyphen = (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )
    return (token.is_punct and not glued_hyphen) or "\n" in token.text_with_ws


def _chunk_at(doc: Doc, i: int) -> Span | None:
    """The noun chunk holding token ``i``, found by bisection (chunks are sorted, disjoint)."""
    cached = doc.user_data.get("metoo_chunks")
    if cached is None:
        chunks = list(doc.noun_chunks)
        cached = (chunks, [chunk.start for chunk in chunks])
        doc.user_data["metoo_chunks"] = cached
    chunks, starts = cached
    k = bisect_right(starts, i) - 1
    if k >= 0 and chunks[k].start <= i < chunks[k].end:
        return chunks[k]
    return None


#: The rest of a hyphenated word after its counted first part: "co-authors".
_HYPHEN_TAIL = re.compile(r"-[a-z]+\b(?!-)")


def _is_partitive(span: Span) -> bool:
    """A fraction or scale that takes an "of" phrase ("two-thirds of", "a quarter of")."""
    last = span[-1].lower_
    return last.rstrip("s") in ("half", "third", "quarter", "fourth", "fifth", "tenth", "dozen")


#: A fact box's line: a number opening the line (after a bullet), then a colon or a
#: spaced dash before its label ("- 240: beds at the new hospital", "31 - wards closed").
_LABEL_OPEN = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]*)?$")
_LABEL_SEPARATOR = re.compile(r"[^\S\n]*(?::|[^\S\n][-–—])[^\S\n]+")


def _label_unit(doc: Doc, start: int, end: int) -> str | None:
    """What a fact box's label counts for the number that opens its line: the head of
    the label's first noun phrase, with the nouns compounded on it ("Riverside stadium
    capacity" -> "stadium capacity"); a proper noun is never made a plural unit."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    separator = _LABEL_SEPARATOR.match(text, end)
    if separator is None or not _LABEL_OPEN.fullmatch(text, line_start, start):
        return None
    line_end = text.find("\n", separator.end())
    line_end = len(text) if line_end < 0 else line_end
    label = doc.char_span(separator.end(), line_end, alignment_mode="expand")
    nouns: list[str] = []
    for token in label or ():
        if token.pos_ == "NOUN" and (token.is_lower or token.tag_ == "NNS"):
            nouns.append(token.lower_)  # "Riverside" tagged a noun is still a name
        elif nouns or token.pos_ not in ("ADJ", "PROPN", "NOUN", "DET", "NUM"):
            break
    return " ".join(nouns[-3:]) or None


#: A fact box's label before the number on its line: "* Flights so far: 6", "Number of
#: samples: 45", with at most a hedge between ("Staff: about 300"); with ``items``, also
#: before a later item of the line's list of numbers ("Engines: 9 Vireo (first stage), 1
#: Vireo Vac") or in brackets after its first ("Attendance: 31,200 (2,450 away)"), not
#: of its prose ("Mariners: After an off day, Ortman (5-3, 3.65)").
_LABEL = r"(?:^|\n)[^\S\n]*(?:[-–•*][^\S\n]*)?(?P<label>[A-Z][^:\n]{1,40}?):[^\S\n]+"
_HEADING = re.compile(_LABEL + r"(?:[a-z]+[^\S\n]+){0,2}$")
_HEADING_ITEM = re.compile(
    _LABEL + r"(?:\d[^\n]*?(?:[,;][^\S\n]+|[^\S\n]\())?(?:[a-z]+[^\S\n]+){0,2}$"
)
#: A label that counts what its "of" phrase names: "Number of samples", "Total of seats".
_NUMBER_OF = re.compile(r"(?i)(?:number|no\.|total|count)\s+of\s+")


def _heading(text: str, start: int, items: bool = False) -> re.Match[str] | None:
    """The label of the fact box line that ``start`` opens after its colon (or, with
    ``items``, a later item of its list)."""
    line_start = text.rfind("\n", 0, start)
    pattern = _HEADING_ITEM if items else _HEADING
    return pattern.search(text, max(0, line_start), start) if start else None


def _heading_unit(doc: Doc, start: int) -> str | None:
    """What a fact box's label counts, for the number after its colon: the plural head
    of the label ("Flights so far: 6" -> flights; "Number of samples: 45" -> samples); a
    singular label ("Crew size: 4") names a measure, not what is counted; a collective
    noun ("Staff: 310") counts as it stands, a headcount ("Attendance: 31,200") people."""
    heading = _heading(doc_text(doc), start, items=True)
    if heading is None:
        return None
    label_start, label_end = heading.span("label")
    of = _NUMBER_OF.match(doc_text(doc), label_start)
    label = doc.char_span(of.end() if of else label_start, label_end, alignment_mode="expand")
    nouns: list[Token] = []
    for token in label or ():
        if token.pos_ in _NOUNS:
            nouns.append(token)  # "Dockings to date": a capital is the label's, not a name's
        elif nouns:
            break
    if not nouns:
        return None
    head = nouns[-1].lower_
    if nouns[-1].lemma_.lower() in _HEADCOUNT_NOUNS:
        return _headcount(nouns[-1])  # "Attendance: 31,200 (2,450 away)", as "a crowd of 320"
    if nouns[-1].tag_ not in ("NNS", "NNPS") and pluralize(head) != head:
        return None
    return " ".join(t.lower_ for t in nouns[-3:])


def _headcount(noun: Token) -> str:
    """What a headcount noun's number counts: spectators for a sports report's crowd or
    attendance, else people."""
    if noun.lemma_.lower() in _SPECTATOR_NOUNS and sports_article(noun.doc):
        return "spectators"
    return "people"


def _unit_name(noun: Token, whole: bool = False) -> str:
    """The counted noun in the plural, with the compound nouns before it ("asylum claims");
    a ``whole`` that a fraction shares stays as written ("half of the budget")."""
    if noun.text.endswith("-"):
        return _unit_name_text(noun.text[:-1], noun)
    if noun.pos_ in ("ADJ", "VERB") and not _plural_read_as_verb(noun):
        # "19 of the dead", "300 injured"
        return "people" if noun.lower_ in _PEOPLE_ADJECTIVES else noun.lower_
    if (
        noun.lemma_.lower() in _HEADCOUNT_NOUNS and noun.tag_ not in ("NNS", "NNPS")
    ) or noun.lower_ == "others":
        # "put the toll at 287", "a crowd of 320", "injured 12 others"; a plural counts
        # itself ("12,000 attendances", "three crowds")
        return _headcount(noun)
    name = _capitalised_run(noun)
    if name is not None:
        return name  # "two Range Rovers", "five Rolls-Royces": the whole name counts
    words = [
        _hyphenated_word(w)
        for t in noun.lefts
        if t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and not _glued_to_number(t)
        and not _hyphened_to_number(t)  # "two 10-metre mirrors" count mirrors
        and t.lower_ not in _BALLOT_SIDES  # "yes votes" count votes
        for w in [*_compound_modifiers(t), t]
    ]
    # not the number's own words ("1 lakh jobs", "a two-thirds majority")
    words = [
        w
        for w in words
        if w.replace("-", "").isalpha() and parse_number(w) is None and w.lower() not in TAIL_SCALES
    ][-2:]
    words = _one_noun_adjective(noun, words) + words
    base = (
        noun.text
        if noun.tag_ in ("NNS", "NNPS", "VBZ") or noun.pos_ == "PROPN" or whole
        else pluralize(noun.text)
    )
    if noun.tag_ == "NN" and noun.lower_ != noun.lemma_.lower() and noun.lemma_:
        base = noun.text
    return " ".join([*words, base]).lower() if noun.pos_ == "NOUN" else " ".join([*words, base])


def _coordinated_noun(noun: Token) -> Token | None:
    """The plural noun joined by "and" or "or" right after a plural counted noun, which the
    number counts with it ("60 parents and teachers", "40,000 police officers and
    soldiers"); not one with a number of its own ("12 homes and 3 shops")."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("and", "or"):
        return None
    other = next((c for c in noun.children if c.dep_ == "conj" and c.i > noun.i + 1), None)
    if other is None or other.tag_ != "NNS" or other.i - noun.i > 3:
        return None
    between = doc[noun.i + 2 : other.i]
    if any(t.head.i != other.i or t.dep_ not in ("compound", "amod") for t in between):
        return None
    # "women by 14 points and voters under 30 by 20 points": the other has its own numbers
    after = doc[other.i + 1 : other.i + 3]
    numbered = any(t.like_num for t in after) or any(
        t.like_num for c in other.children for t in c.subtree
    )
    return None if numbered else other


def _compound_modifiers(compound: Token) -> list[Token]:
    """The word right before a compound noun that makes one term with it: its own compound
    ("credit" in "300 credit card holders") or an adjective of a term in
    ``_ONE_NOUN_TERMS`` ("social" in "1.2 million social media followers"; not "secondary"
    in "secondary school pupils")."""
    doc = compound.doc
    before = doc[compound.i - 1] if compound.i > 0 else None
    if before is None or before.head.i != compound.i or not (before.is_alpha and before.is_lower):
        return []
    term = f"{before.lower_} {compound.lower_}"
    if (before.dep_ == "compound" and before.pos_ == "NOUN") or (
        before.dep_ == "amod" and term in _ONE_NOUN_TERMS
    ):
        return [before]
    return []


#: Adjective and noun that name one kind of thing, whose adjective changes what is counted
#: (a local government area is Nigeria's third tier of government, its Constitution's
#: term; a local authority a British or Irish council; a general practitioner a family
#: doctor; a first responder an emergency worker; social media the platforms, as a
#: compound: "social media followers"). Other adjectives stay out of the unit.
_ONE_NOUN_TERMS = frozenset(
    {"local government area", "local authority", "general practitioner", "first responder"}
    | {"social media"}
)


def _one_noun_adjective(noun: Token, words: list[str]) -> list[str]:
    """The adjective of a term in ``_ONE_NOUN_TERMS`` before the noun and its compounds
    ``words`` ("17 local government areas"), or nothing."""
    if noun.pos_ != "NOUN":
        return []
    head = " ".join([*(w.lower() for w in words), noun.lemma_.lower()])
    return [
        t.text for t in noun.lefts if t.dep_ == "amod" and f"{t.lower_} {head}" in _ONE_NOUN_TERMS
    ][-1:]


#: Words grading a magnitude in figures or digits: "the low eight figures", "high six".
_MAGNITUDE_GRADES = re.compile(r"(?i)\b(?:low|lower|mid|middle|high|upper)[-\s]+$")


def _magnitude_in_figures(doc: Doc, number: NumberSpan, noun: Token) -> bool:
    """A number of figures or digits that sizes an amount ("a sum in the low eight
    figures", "earned seven figures", "growth in the high 2 digits"), as "six-figure"
    does: a count of figures from four up spelled out, or one a grade opens; not "the
    last four digits of the card", nor "three figures emerged from the fog"."""
    word = noun.lower_
    if word not in ("figures", "digits"):
        return False
    span = _tokens(doc, number)
    if span is None or span.end != noun.i or number.high is not None:
        return False
    graded = bool(_MAGNITUDE_GRADES.search(doc_text(doc), max(0, number.start - 12), number.start))
    # spelled out, as the idiom is: "12 figures and 3 tables" counts a report's figures
    large = word == "figures" and number.text.isalpha() and number.value in range(4, 13)
    return graded or large


#: The most words of a name a counted name may open with: "two Land Rover Defenders".
_NAME_WORDS = 3


def _capitalised_run(noun: Token) -> str | None:
    """A capitalised counted noun with the capitalised words before it that name the
    thing with it ("Range" in "two Range Rovers", "Rolls-" in "five Rolls-Royces", "Boeing"
    in "three Boeing 737s"), as written; None for a noun in lower case or standing alone."""
    model = re.fullmatch(r"\d+[A-Za-z]*s", noun.text)  # "737s" after "Boeing"
    if not (noun.text[:1].isupper() or model) or noun.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None
    doc = noun.doc
    start = noun.i
    words = 0
    while start > 0 and words < _NAME_WORDS:
        before = doc[start - 1]
        if before.text == "-" and not before.whitespace_ and start >= 2:
            if doc[start - 2].whitespace_ or not doc[start - 2].text[:1].isupper():
                break
            start -= 1  # the hyphen inside "Rolls-Royces"
            continue
        if not (
            before.text[:1].isupper()
            and before.is_alpha
            # the number's own word: "Six Nations" counts nations, "31 First Nations" the
            # First Nations
            and not (before.like_num and before.lower_ not in ORDINAL_WORDS)
            and before.pos_ in ("PROPN", "NOUN")
            and "\n" not in before.text_with_ws
        ):
            break
        start -= 1
        words += 1
    if start == noun.i:
        return None
    return doc[start : noun.i + 1].text


def _hyphenated_word(token: Token) -> str:
    """The whole word a compound noun ends, when hyphens join it to the words before it
    ("first-class" for "class" in "52 first-class matches"), as "co-authors" is kept."""
    doc = token.doc
    start = token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    return doc[start : token.i + 1].text


def _glued_to_number(token: Token) -> bool:
    """The token is a number's scale written on to it: the "m" of "40m"."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.like_num and not before.whitespace_


def _hyphened_to_number(token: Token) -> bool:
    """The token is the unit a hyphen joins to a number: the "metre" of "10-metre"."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
        and doc[token.i - 2].like_num
    )


def _unit_name_text(word: str, noun: Token) -> str:
    words = [t.text for t in noun.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "NOUN"]
    return " ".join([*words[-2:], pluralize(word)]).lower()


#: The base currency of an exchange rate after its number: "151.30 per dollar", "17.38
#: to the dollar", "0.86 against the euro".
_PER_BASE_CURRENCY = re.compile(
    r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:(?:US|U\.S\.)\s+)?"
    r"(?:dollar|euro|pound|greenback|yen|yuan|franc)\b",
    re.IGNORECASE,
)
#: A currency's name in the sentence before the rate: "the yen", "South Africa's rand".
_CURRENCY_NAME = re.compile(r"\b[a-z]+\b")


def _exchange_rate(doc: Doc, match: QuantityMatch) -> QuantityMatch | None:
    """A bare number before "per dollar" (or "to the euro") is an exchange rate, in the
    currency its sentence names before it: "The yen traded at 151.30 per dollar" is 151.30
    JPY, "the rand weakened to 17.38 per dollar" ZAR. None when no currency is named."""
    text = doc_text(doc)
    base = _PER_BASE_CURRENCY.match(text, match.end)
    if base is None:
        return None
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return None
    base_code = currency_after(" " + base.group(0).split()[-1]) or None
    code = None
    for word in reversed(_CURRENCY_NAME.findall(text[span.sent.start_char : match.start])):
        named = currency_after(" " + word)
        if named is not None and (base_code is None or named.unit != base_code.unit):
            code = named.unit
            break
    if code is None:
        return None
    end = base.end()
    return match._replace(end=end, text=text[match.start : end], unit=code, kind="money")


def _resolve_bare(
    doc: Doc, number: NumberSpan, match: QuantityMatch, found: list[QuantityMatch]
) -> QuantityMatch:
    """What a bare number stands for, from its clause or the quantities before it.

    "About 7 million were discussing" -> people (a bare subject); "11 goals ... and 14"
    -> the object of the verb it is conjoined to; "drove claims over 150,000" -> the
    noun the preposition attaches to; "12 cases last year and four so far" -> the unit
    of the nearest count before it, within two sentences (noun ellipsis).
    """
    span = _tokens(doc, number)
    if span is None:
        return match
    if (currency := _bare_money(doc, span, number, found)) is not None:
        return match._replace(unit=currency, kind="money")
    if (partner := _pair_unit(doc_text(doc), match, found)) is not None:
        return match._replace(unit=partner)
    root = span.root
    if root.dep_ == "quantmod" and root.head.like_num:
        root = root.head  # "cut the number of drivers from five to four": the pair's parse
    sentence = root.sent
    if re.search(r"\.\d\b", number.text) and number.value < 10 and _QUAKE.search(sentence.text):
        return match._replace(unit="magnitude", kind="measure")
    unit: str | None = None
    nxt = doc[span.end] if span.end < len(doc) else None
    of_pronoun = (
        nxt is not None
        and nxt.lower_ == "of"
        and doc[span.end + 1 : span.end + 2].text.lower() in _PRONOUNS
        if span.end + 1 < len(doc)
        else False
    )
    if (change := _up_from(root)) is not None:
        unit = _compared_unit(change)  # "has 52,000 subscribers in 9 markets, up from 20,000"
    elif (
        root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and not of_pronoun
    ):
        # a count named just before in the sentence ("164 buildings collapsed and 2,300
        # were damaged"; a fraction's whole may be further back: "1 lakh jobs ... Fewer
        # than half have been given"), else people ("About 7 million were discussing")
        back = 2 if match.kind == "fraction" else 0
        # "Ten would be a trend": a number said to be a thing counts no people
        called = root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.tag_ == "NN" for c in root.head.children
        )  # not "Eleven of the injured were police officers": people
        # "About 150m stayed": copy abbreviates the scale of money, never of a crowd
        default = None if called or _ABBREVIATED_SCALE.search(number.text) else _BARE_SUBJECT_UNIT
        # "Of the vehicles affected, about 58,000 were exported": the whole named first
        unit = _fronted_whole(root) or _antecedent_unit(doc, sentence, found, back) or default
    elif root.dep_ == "appos" and root.head.pos_ == "NOUN":
        # "the number of affected bikes, roughly 71,000, were sold", "the ferries, 12 in
        # all, ...": what it restates, set off by commas (not "signed agreements, two more")
        closing = root.right_edge.i + 1  # "Our visitors, more than 8 million of them a year,"
        parenthetical = closing < len(doc) and doc[closing].text == "," and match.value >= 1
        plural = root.head.tag_ == "NNS" and parenthetical
        unit = _counted_of(root.head) or (_unit_name(root.head) if plural else None)
    elif root.dep_ == "conj" and root.head.pos_ == "VERB":
        unit = _object_unit(root.head)
    elif root.dep_ == "attr" and root.head.lemma_ == "be":
        unit = _object_unit(root.head)  # "Attendance was 74,212", "The toll is 40"
    elif root.dep_ == "dobj" and root.head.lemma_ in _HUMAN_OBJECT_VERBS:
        unit = _BARE_SUBJECT_UNIT
    elif (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in _CHANGE_VERBS
        and not any(t.text == ":" for t in sentence if t.i < root.i)
    ):  # "mortgage approvals hit 66,200", not a headline's label ("Floods: Evacuees top")
        unit = _object_unit(root.head)
    elif (
        root.dep_ == "nummod"
        and root.head.lemma_.lower() in _TIME_NOUNS
        and root.head.dep_ == "pobj"
        and root.head.head.head.pos_ == "VERB"
    ):  # "cases rose to 2,876 last year", parsed as "2,876 ... year"
        unit = _object_unit(root.head.head.head)
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and not _is_age_bound(match):
        holder = root.head.head
        if holder.pos_ == "NOUN" and holder.lemma_ == "family" and root.head.lower_ == "of":
            unit = "people"  # "a family of four": a household's size
        elif (
            holder.pos_ == "NOUN"
            and holder.lemma_ in _COLLECTIVE_NOUNS
            and root.head.lower_ == "of"
        ):
            unit = "members"  # "a panel of twelve"
        elif holder.pos_ == "NOUN" and root.head.lower_ == "of" and (kin := _offspring(holder)):
            unit = kin  # "a father of three": his children
        elif (
            holder.pos_ == "NOUN"
            and holder.lemma_ in _SETTLEMENT_NOUNS
            and root.head.lower_ == "of"
        ):
            unit = "people"  # "a city of about 220,000": its population
        elif holder.pos_ == "NOUN" and holder.lemma_.lower() in _AMOUNT_NOUNS:
            pass  # "a majority of 174", "an average of 15": the count named before
        elif holder.pos_ == "NOUN" and root.head.lower_ == "at":
            # "in a corridor at 91", "the index at 91": a point reached (an age, a level),
            # no count of the noun the phrase hangs on, nor of one named before
            return match._replace(unit=None)
        elif holder.pos_ == "NOUN" and holder.i < root.i:
            unit = _unit_name(holder)
        elif holder.pos_ == "VERB":
            unit = _object_unit(holder)
    if unit is None and not _measures_its_subject(root):
        unit = _antecedent_unit(doc, sentence, found)
    return match._replace(unit=unit)


#: An amount in lakh or crore: Indian (and Pakistani, Nepali ...) copy's scales.
_INDIAN_SCALE = re.compile(r"(?i)\d(?:[^\S\n]+|-)(?:lakhs?|lac|crores?|cr)$")
#: Words of paying and spending that make a bare amount in lakh or crore money.
_MONEY_CLAUSE = re.compile(
    r"(?i)\b(?:pa(?:y|id|ys|ying)|costs?|costing|pric(?:e|es|ed)|overruns?|budget(?:s|ed)?"
    r"|grants?|spen(?:d|t|ds|ding)|fund(?:s|ed|ing)?|fined?|fines|loans?|worth|salar(?:y|ies)"
    r"|compensation|revenues?|allocat(?:e|ed|ion)|sanction(?:s|ed)?|rupees?)\b"
)
#: Words of a headcount, whose amount in lakh or crore counts people, not rupees.
_HEADCOUNT_CLAUSE = re.compile(
    r"(?i)\b(?:population|people|voters|residents|citizens|users|subscribers|farmers"
    r"|households|beneficiaries|devotees|pilgrims|students|children|women|men)\b"
)
#: The rest of a sum named before: "the remaining 2.5 million", "another 3 million".
_REST_OF_A_SUM = re.compile(r"(?i)\b(?:remaining|other|another|additional|further|extra)[^\S\n]+$")


def _bare_money(doc: Doc, span: Span, number: NumberSpan, found: list[QuantityMatch]) -> str | None:
    """The currency of an amount written without one: lakh or crore in an Indian article
    or a clause of paying ("an overrun of 36 crore", "paid 40 lakh"), and the rest of a sum
    of money its sentence named ("The grant is $6 million, with the town covering the
    remaining 2.5 million"). None for anything else ("1 lakh jobs" names its noun)."""
    sentence = span.root.sent
    if _INDIAN_SCALE.search(number.text):
        locale = doc._.metoo_locale
        indian = locale is not None and locale.country == "IN"
        if _MONEY_CLAUSE.search(sentence.text) or (
            indian and not _HEADCOUNT_CLAUSE.search(sentence.text)
        ):  # not "a population of 140 crore"
            return local_currency(doc, "INR")
        return None
    if end_scale(number.text) is None or not _REST_OF_A_SUM.search(
        doc_text(doc), sentence.start_char, number.start
    ):
        return None
    earlier = [
        q
        for q in found
        if q.kind == "money" and sentence.start_char <= q.start and q.end <= number.start
    ]
    return earlier[-1].unit if earlier else None


#: What joins the two numbers of a pair whose second leaves its noun out: "by 31 votes to
#: 22", "300 votes out of 41,000", "12 wins against 9", a level and where it came from
#: ("climbed to 18,400 fans from 6,900"), or a change's two levels with the first one's
#: year between them ("from 12,480 students in 2019 to 11,960").
_PAIR_JOIN = re.compile(
    r"(?:[^\S\n]+in[^\S\n]+(?:19|20)\d\d)?"
    r"[^\S\n]+(?:to|out[^\S\n]+of|against|versus|vs\.?|from)[^\S\n]+"
)


def _pair_unit(text: str, match: QuantityMatch, found: list[QuantityMatch]) -> str | None:
    """The unit of a count right before a bare number it is paired with ("passed by 31
    votes to 22", "300 votes out of about 41,000 cast"): the second counts the same."""
    if not found:
        return None
    partner = found[-1]
    if partner.kind != "count" or not partner.unit or partner.end > match.start:
        return None
    return partner.unit if _PAIR_JOIN.fullmatch(text, partner.end, match.start) else None


def _up_from(number: Token) -> Token | None:
    """The "up" or "down" of "up from 20,000" (or "down from 500 in 2020", "up from 2,500
    last year", where the parse hangs the number on the year) before the number."""
    prep = number.head
    if number.dep_ == "nummod" and prep.lemma_.lower() in _TIME_NOUNS and prep.dep_ == "pobj":
        prep = prep.head
    elif number.dep_ != "pobj":
        return None
    change = prep.head
    return change if prep.lower_ == "from" and change.lower_ in ("up", "down") else None


def _compared_unit(change: Token) -> str | None:
    """What the amount "up from" or "down from" a number counts: the clause's main count,
    the noun that "up" hangs on or the counted object or subject of its verb (or their
    "of" phrase: "sales of 9,000 cars"), not a count in a prepositional phrase ("runs 410
    stores in 12 states, down from 500": stores); else what the verb's number counts
    ("cases rose to 400 in 12 towns, up from 300": cases)."""
    verb = change.head
    candidates = [verb] if verb.pos_ == "NOUN" else []
    if verb.pos_ in ("VERB", "AUX"):
        candidates = [t for t in verb.children if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    candidates += [
        t for c in candidates for p in c.children if p.lower_ == "of" for t in p.children
    ]
    for noun in candidates:
        if noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children):
            return _unit_name(noun)
    return _object_unit(verb) if verb.pos_ in ("VERB", "AUX") else None


def _fronted_whole(number: Token) -> str | None:
    """The plural noun of an "of" phrase that opens the clause of a bare subject, naming
    the whole it is a part of: "Of the vehicles affected, about 58,000 were exported"."""
    verb = number.head
    wholes = [
        t
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "of" and p.i < number.i
        for t in p.children
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.tag_ == "NNS"
    ]
    return _unit_name(wholes[0]) if wholes else None


def _measures_its_subject(number: Token) -> bool:
    """The number is what its verb's subject measures ("Profits rose to 1.2 million",
    "The index fell to 101.6"): it takes no counted noun from the sentences before."""
    verb = number.head
    if number.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or number.dep_ not in ("dobj", "pobj", "attr"):
        return False
    subjects = [t for t in verb.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"]
    return bool(subjects) and subjects[0].lemma_.lower() in _MEASURED_NOUNS | {"index"}


def _object_unit(verb: Token) -> str | None:
    """What a verb's number counts: its object ("scored 11 goals ... and 14"), or the
    subject a change verb brings to the number ("the death toll rose to 312", "the
    number of cases climbed to 40")."""
    objs = [
        t
        for t in verb.children
        if t.dep_ in ("dobj", "nsubjpass")
        and t.pos_ == "NOUN"
        and not t.like_num
        and not any(c.isdigit() for c in t.text)  # "reach -40": the number itself
    ]
    if objs:
        return _counted_of(objs[0]) or _unit_name(objs[0])  # "cut the number of drivers"
    subjects = [
        t
        for t in verb.children
        if t.dep_ == "nsubj" and (t.pos_ == "NOUN" or _capitalised_plural(t))
    ]
    if not subjects:
        return None
    subject = subjects[0]
    if _capitalised_plural(subject) and verb.lemma_.lower() in _CHANGE_VERBS:
        return subject.lower_  # "Homicides fell 17% to 398", tagged a name
    if subject.lemma_.lower() in _HEADCOUNT_NOUNS:
        return _headcount(subject)
    if counted := _counted_of(subject):
        return counted
    if (
        subject.tag_ == "NNS"
        and verb.lemma_.lower() in _CHANGE_VERBS
        and subject.lemma_.lower() not in _MEASURED_NOUNS
    ):
        return _unit_name(subject)  # "measles cases rose to 2,876"
    return None


#: Nouns whose size is the count of their "of" phrase: "the number of cases", "its
#: backlog of pending cases", "the list of candidates".
_SIZED_BY_OF = frozenset({"number", "total", "count", "tally", "backlog", "queue", "list", "pool"})


def _counted_of(noun: Token) -> str | None:
    """What "the number of cases" counts: the noun of its "of" phrase."""
    if noun.lemma_.lower() not in _SIZED_BY_OF:
        return None
    counted = [t for p in noun.children if p.lower_ == "of" for t in p.children]
    return _unit_name(counted[0]) if counted and counted[0].pos_ == "NOUN" else None


def _capitalised_plural(token: Token) -> bool:
    """A plural common noun that opens the sentence and that the model tags as a name
    ("Homicides fell 17%"): capitalised only by its place, in no entity."""
    return (
        token.i == token.sent.start
        and token.tag_ in ("NNP", "NNPS")
        and not token.ent_type_
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.lower_.endswith("s")
        and not token.lower_.endswith(("ss", "us", "is"))
        and token.lower_ not in _MEASURED_PLURALS
    )


#: Nouns that say what kind of amount a number is, not what it counts: "a majority of
#: 174", "an average of 15 a week", "a peak of 40".
_AMOUNT_NOUNS = frozenset(
    {"majority", "average", "total", "margin", "lead", "peak", "record", "high", "low"}
    | {"maximum", "minimum", "median", "mean", "tally", "increase", "rise", "fall", "drop"}
    | {"gain", "deficit", "surplus", "shortfall", "jump", "decline", "estimate", "range"}
    | {"fraction", "portion", "proportion"}
)
#: Plural subjects that a number measures rather than counts: "prices rose to 40".
_MEASURED_NOUNS = frozenset(
    {"price", "rate", "cost", "yield", "share", "stock", "level", "temperature", "sale"}
    | {"revenue", "profit", "earning", "value", "figure", "score", "fee", "wage", "salary"}
    | {"bill", "premium", "tariff", "payment", "loss", "return", "margin", "reading", "rent"}
)
_MEASURED_PLURALS = frozenset(pluralize(n) for n in _MEASURED_NOUNS) | {"sales", "earnings"}
#: Verbs that bring their subject to a number: "cases rose to 2,876", "stood at 40".
_CHANGE_VERBS = frozenset(
    {"rise", "fall", "climb", "reach", "stand", "drop", "increase", "decrease", "jump"}
    | {"grow", "surge", "soar", "slip", "decline", "dip", "total", "hit", "top", "exceed"}
    | {"number", "swell", "plunge", "tumble", "edge", "ease", "slump", "shrink"}
    | {"double", "triple", "quadruple", "halve"}
)


def _offspring(parent: Token) -> str | None:
    """What a parent noun's "of" number counts: "children", "grandchildren" (a grand- or
    great-grandparent), or None for another noun or a plural ("mothers of 40")."""
    if parent.tag_ != "NN":
        return None
    word = parent.lemma_.lower()
    grand = word.startswith("grand")
    if word.removeprefix("grand") not in _PARENT_NOUNS:
        return None
    return "grandchildren" if grand else "children"


#: Verbs of a change from one level to another: "rose from 6,900 to 18,400".
_FROM_TO_VERBS = _CHANGE_VERBS | _CUT_VERBS | {"go", "move", "expand", "lift", "widen", "narrow"}


def _changes_from(doc: Doc, at: int) -> bool:
    """The "from" at ``at`` opens a change's first level: it hangs on a verb of change."""
    token = next((t for t in doc if t.idx >= at), None)
    return (
        token is not None
        and token.head.pos_ in ("VERB", "AUX")
        and lemma_in(token.head, _FROM_TO_VERBS)
    )


def _is_age_bound(match: QuantityMatch) -> bool:
    return match.qualifier in ("under", "over") and match.value < 100


def _antecedent_unit(
    doc: Doc, sentence: Span, found: list[QuantityMatch], sentences_back: int = 2
) -> str | None:
    """The unit of the nearest count before, in this sentence or the ones before it; one
    from a sentence before only when the number's own sentence holds no amount of another
    kind before it."""
    cached = doc.user_data.get("metoo_sents")
    if cached is None:
        sents = list(doc.sents)
        cached = (sents, [s.start for s in sents])
        doc.user_data["metoo_sents"] = cached
    sents, starts = cached
    index = bisect_left(starts, sentence.start)
    if index == len(starts) or starts[index] != sentence.start:
        index = 0
    floor = sents[max(0, index - sentences_back)].start_char
    other = False  # the number's sentence holds an amount of another kind before it
    for previous in reversed(found):
        if previous.start < floor:
            break
        earlier = previous.start < sentence.start_char
        if previous.unit in _HUNDREDTHS and earlier:
            return None  # "52 cents a share. Headcount stood at 14,800": no cents there
        if previous.kind in ("count", "fraction") and previous.unit:
            # "a 2.9-to-1 ratio. The index fell 0.3% to 101.6": no ratios there
            return None if earlier and other else previous.unit
        other = other or (not earlier and previous.kind in ("measure", "money", "percent"))
    return None


#: Verbs whose complement is a length of time, after which "over" is "more than" ("waited
#: over 12 hours", "lasted over two hours", "spent over a decade"), not "during".
_LENGTH_VERBS = frozenset(
    {"wait", "last", "take", "spend", "stay", "remain", "serve", "sit", "sleep"}
    | {"work", "run", "continue", "delay", "survive", "go", "be"}
)
#: What links the word before "over" to the verb it belongs to: the verb's object, its
#: particle or adverb ("develop diabetes over a decade", "followed up over four nights").
_SPAN_CLIMB = frozenset({"dobj", "prt", "advmod", "dative", "npadvmod", "pobj", "ccomp"})


def _takes_a_length(verb: Token, over: Token) -> bool:
    """The verb takes the length after "over" as its complement ("waited over 12 hours",
    "spent over a decade in jail"), not when an object fills it ("spent 4.86 trillion yen
    over three days", "took 40 wickets over three days": during)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < over.i]
    return lemma_in(verb, _LENGTH_VERBS) and not objects


def _preposition_of_span(doc: Doc, at: int) -> bool:
    """The "over" at ``at`` heads a prepositional phrase of time after a verb or its
    object ("recorded over nine days", "develop diabetes over a decade", "cancelled 340
    flights over two days"): "during", rather than qualifying the number ("for over a
    decade", "waited over 12 hours", "was over a year")."""
    span = doc.char_span(at, at + 4, alignment_mode="expand")
    if span is None or span[0].lower_ != "over" or span[0].i == 0:
        return False
    over = span[0]
    if over.dep_ == "prep":
        head = over.head  # "was over a year", "waited over 12 hours": more than
        return head.pos_ != "AUX" and not (head.pos_ == "VERB" and _takes_a_length(head, over))
    token = doc[over.i - 1]  # the parse may hang "over" on the number: climb from before
    if token.pos_ in ("ADP", "AUX", "SCONJ", "PART", "DET", "CCONJ", "PUNCT"):
        return False  # "for over a decade", "was over a year", "and over two days"
    for _ in range(3):
        if token.pos_ == "VERB":
            return not _takes_a_length(token, over)
        if token.dep_ not in _SPAN_CLIMB or token.head.i == token.i:
            return False
        token = token.head
    return False


#: Verbs and nouns of contention or inquiry, after which "over" names what it is about
#: ("ministers clash over $3bn", "prosecute the firm over 23 spills"), and "hand", whose
#: "over" is a particle ("agreed to hand over 12 acres").
_OVER_A_TOPIC = {
    "clash", "row", "dispute", "fight", "battle", "spat", "feud", "argue", "wrangle",
    "quarrel", "rift", "standoff", "stand-off", "showdown", "tension", "protest", "sue",
    "prosecute", "lawsuit", "probe", "investigate", "criticise", "criticize", "criticism",
    "anger", "outrage", "outcry", "concern", "worry", "fear", "split", "divide", "deadlock",
    "impasse", "press", "grill", "grilling", "question", "challenge", "complain",
    "complaint", "backlash", "scrutiny", "uproar", "furore", "furor", "controversy",
    "disagreement", "disagree", "hand",
}  # fmt: skip
#: Nouns of a case against someone, after which "over" names what it is about ("a
#: conviction over HK$386,000 in allowances", "charges over $2m in bribes"); as verbs
#: ("fined over $5,000") they may take "over" as "more than".
_OVER_A_CASE = {
    "conviction", "charge", "arrest", "inquiry", "investigation", "trial", "case", "fine",
    "penalty", "sanction", "suspension", "sacking", "ban", "indictment", "verdict",
}  # fmt: skip
#: Dependency labels climbed from the word before "over" to the verb or noun of the
#: clause ("clash with member states over": "states" -> "with" -> "clash").
_TOPIC_CLIMB = {"dobj", "pobj", "prep", "nsubjpass", "compound"}


def _over_a_topic(doc: Doc, at: int) -> bool:
    """The "over" at ``at`` follows a verb or noun of contention (or its object or "with"
    phrase): what it names is what the contention is about, no "more than"."""
    span = doc.char_span(at, at + 4, alignment_mode="expand")
    if span is None or span[0].i == 0:
        return False
    token = doc[span[0].i - 1]
    for _ in range(4):
        if lemma_in(token, _OVER_A_TOPIC) or _contention_names(token):
            return True
        if token.dep_ not in _TOPIC_CLIMB or token.head.i == token.i:
            return False
        token = token.head
    return False


def _contention_names(token: Token) -> bool:
    """A noun of a case against someone ("conviction", "charges"), or a verb whose subject
    is a word of contention ("Row erupts over", "anger grows over")."""
    if token.pos_ == "NOUN":
        return lemma_in(token, _OVER_A_CASE)
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and lemma_in(c, _OVER_A_TOPIC) for c in token.children
    )


def _over_after_a_count(doc: Doc, at: int) -> bool:
    """The "over" at ``at`` follows a count ("eight over six innings", "40 points over 12
    games"): a preposition of the span the count took, no "more than"."""
    span = doc.char_span(at, at + 4, alignment_mode="expand")
    if span is None or span[0].lower_ != "over" or span[0].i == 0:
        return False
    before = doc[span[0].i - 1]
    if before.like_num and before.pos_ == "NUM":
        return True
    return before.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.like_num and c.i == before.i - 1 for c in before.children
    )


#: Verbs of telling and asking, after which "about" names a topic ("asked about a 10%
#: rise"), not a hedge.
_ABOUT_A_TOPIC = {
    "ask", "talk", "question", "speak", "think", "know", "hear", "learn", "write", "worry",
    "care", "complain", "argue", "tell", "warn", "say", "read", "joke", "testify", "inquire",
}  # fmt: skip


def _preposition_after_object(doc: Doc, at: int) -> bool:
    """The "about" or "around" at ``at`` follows a noun, a pronoun or a verb of telling or
    asking: a preposition ("question the office about a $4bn blitz"), no hedge."""
    span = doc.char_span(at, at + 5, alignment_mode="expand")
    if span is None or span[0].lower_ not in ("about", "around") or span[0].i == 0:
        return False
    before = doc[span[0].i - 1]
    return before.pos_ in ("NOUN", "PROPN", "PRON") or lemma_in(before, _ABOUT_A_TOPIC)


def _hedged(doc: Doc, start: int) -> bool:
    """An "estimated" or "approximately" just before the quantity ("an estimated cost of"),
    with no other amount between ("fell by roughly a fifth to 2,196": the hedge is the
    fifth's)."""
    window = doc_text(doc)[max(0, start - 40) : start].lower()
    if "." in window:
        return False
    hedges = [m for w in _HEDGE_WORDS for m in re.finditer(rf"\b{w}\b", window)]
    return any(not find_numbers(window[m.end() :]) for m in hedges)


#: Units of time in a fixed ratio, as multiples of the smallest of their group.
_TIME_SCALES = (
    {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800},
    {"months": 1, "years": 12},
)
#: What joins the parts of one length of time: "22 hours, 41 minutes and 7 seconds".
_DURATION_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")


def _compound_durations(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """One length of time written in several units ("4 hours 12 minutes", "1 minute 2
    seconds", "2 years and 3 months") is one quantity, in its smallest unit."""
    out: list[QuantityMatch] = []
    for q in found:
        last = out[-1] if out else None
        scale = next((s for s in _TIME_SCALES if q.unit in s), None)
        if (
            last is not None
            and scale is not None
            and last.unit in scale
            and last.value is not None
            and q.value is not None
            and scale[last.unit] > scale[q.unit]
            and not q.qualifier
            and q.start >= last.end  # not "three 12-hour days": a measure inside a count
            and _DURATION_JOIN.fullmatch(text[last.end : q.start])
        ):
            value = last.value * scale[last.unit] / scale[q.unit] + q.value
            out[-1] = last._replace(
                end=q.end, text=text[last.start : q.end], value=value, unit=q.unit, low=None,
                high=None,
            )  # fmt: skip
            continue
        out.append(q)
    return out


#: The inches after a length in feet: "6ft 4in", "5 feet 11 inches".
_INCHES_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(\d{1,2}(?:\.\d+)?)[^\S\n]?(?:in|inch|inches)\b")


def _feet_and_inches(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A height in feet and inches ("6ft 4in", "5 feet 11 inches") is one quantity, in
    inches (76), the smallest unit, as compound lengths of time take."""
    out: list[QuantityMatch] = []
    height_end = 0
    for q in found:
        if q.start < height_end:
            continue  # the inches of the height before
        inches = _INCHES_AFTER.match(text, q.end) if q.unit == "feet" else None
        if inches and q.value is not None and q.value == int(q.value) and not q.low:
            value = q.value * 12 + float(inches[1])
            value = int(value) if value == int(value) else value
            end = inches.end()
            q = q._replace(end=end, text=text[q.start : end], value=value, unit="inches")
            height_end = end
        out.append(q)
    return out


#: Hundredths of a currency, as news counts them: "87 cents a share", "50 pence".
_PER = re.compile(r"\s+per\s+$", re.IGNORECASE)


def _per_base(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A rate's base is part of the rate, not an amount of its own: "4.8 per 100,000
    people", "3.9 deaths per 1,000 live births" (unit "deaths per 1,000 live births")."""
    out: list[QuantityMatch] = []
    for q in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and q.kind == "count"
            and q.unit
            and q.value >= 10
            and _PER.fullmatch(text[previous.end : q.start])
            and previous.kind in ("count", "measure", "money")
        ):
            base = text[previous.end : q.end].strip()
            unit = f"{previous.unit} {base}" if previous.unit else base
            out[-1] = previous._replace(end=q.end, text=text[previous.start : q.end], unit=unit)
            continue
        out.append(q)
    return out


_HUNDREDTHS = {"cent": None, "cents": None, "¢": None, "penny": "GBP", "pence": "GBP"}


#: What joins the two ends of a range of money that writes the currency twice:
#: "between $3 and $5 million", "from £2 to £4 billion", "$3 to $5 million".
_MONEY_RANGE_JOIN = re.compile(r"\s+(?:to|and|or)\s+|\s?[-–—]\s?")
_MONEY_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _shared_scale(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """The low end of "between $3 and $5 million" is $3 million: it takes the high end's
    scale when it writes none of its own and stays below ten times the high end ("between
    $500 and $5 million" keeps $500; a fall "from $1.8 to $1.5 billion" is $1.8 billion).
    The two ends stay two amounts, as in "$3m-$5m"."""
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        join = _MONEY_RANGE_JOIN.fullmatch(text[low.end : high.start])
        if (
            join is None
            or low.kind != "money"
            or high.kind != "money"
            or low.unit != high.unit
            or low.low is not None
            or low.value is None
            or high.value is None
        ):
            continue
        if join.group(0).strip() == "and" and not _MONEY_RANGE_OPEN.search(
            text[max(0, low.start - 9) : low.start]
        ):
            continue  # "$3 and $5 million" lists two amounts; "between" makes a range
        factor = end_scale(high.text)
        if factor is None or end_scale(low.text) is not None:
            continue
        if low.value * factor < high.value * 10:  # also a fall: "from $1.8 to $1.5 billion"
            out[i] = low._replace(value=low.value * factor)
    return out


#: A change's first level after "from", with its hedge, and the "to" before the second.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+", re.IGNORECASE)


def _from_level_unit(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """The bare first level of a change takes the unit written after the second: "fell
    from 14,882 to 3,067 votes" counts votes twice, "cut from 441 to 220 euros" is 441
    EUR, "fell from 12 to 9.5 million" 12 million."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (
            second.unit is None
            or first.kind != "count"
            or first.high is not None
            or not re.fullmatch(r"[\d.,]+", text[first.start : first.end])
            or not _TO_BETWEEN.fullmatch(text, first.end, second.start)
            or not _FROM_BEFORE.search(text, max(0, first.start - 24), first.start)
        ):
            continue
        value = first.value
        factor = end_scale(second.text)
        if factor is not None and value is not None and value < 1000:
            value = float(f"{value * factor:.12g}")  # "from 12 to 9.5 million"
        out[i] = first._replace(value=value, unit=second.unit, kind=second.kind)
    return out


def _in_currency_units(found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "87 cents" is 0.87 of the currency the article counted in last (the US dollar
    when it named none); "50 pence" is 0.50 pounds."""
    out: list[QuantityMatch] = []
    for q in found:
        if q.kind == "count" and q.unit in _HUNDREDTHS and q.value is not None:
            currency = _HUNDREDTHS[q.unit] or next(
                (p.unit for p in reversed(out) if p.kind == "money" and p.unit), "USD"
            )
            q = q._replace(
                value=round(q.value / 100, 6),
                unit=currency,
                kind="money",
                low=None if q.low is None else round(q.low / 100, 6),
                high=None if q.high is None else round(q.high / 100, 6),
            )
        out.append(q)
    return out


def _inherit_approximation(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A conversion in brackets ("about 500 miles (800 km)") is as approximate as its source."""
    out: list[QuantityMatch] = []
    for q in found:
        if out and out[-1].approximate and not q.approximate:
            between = text[out[-1].end : q.start]
            if re.fullmatch(r"\s*[(\[]\s*(?:or\s+)?", between):
                q = q._replace(approximate=True)
        out.append(q)
    return out


@cache
def _abbreviations() -> frozenset[str]:
    """Words whose full stop is their own ("Co.", "Inc.", "Jan.", "p.m."): the
    abbreviations of spaCy's English tokenizer exceptions."""
    return frozenset(w for w in English.Defaults.tokenizer_exceptions if w.endswith("."))


#: What may follow a sentence's full stop: the text's end, a space, a closing quote or
#: bracket.
_AFTER_FULL_STOP = re.compile(r"$|[\s\"'’”)\]]")


def _without_full_stop(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A quantity ends before its sentence's full stop: "a mass of 125 GeV." is "125
    GeV" (the model keeps the stop on a word that ends in a capital, "GeV.", "PhD.").
    An abbreviation keeps its own stop ("3 Co.", "U.S.")."""
    out: list[QuantityMatch] = []
    for q in found:
        last = q.text.rsplit(None, 1)[-1] if q.text.strip() else ""
        if (
            last.endswith(".")
            and len(last) > 1
            and "." not in last[:-1]  # "U.S.", "p.m."
            and last not in _abbreviations()
            and _AFTER_FULL_STOP.match(text, q.end)
        ):
            end = q.end - 1
            unit = q.unit[:-1] if q.unit and q.unit.endswith(".") else q.unit
            q = q._replace(end=end, text=text[q.start : end], unit=unit)
        out.append(q)
    return out
