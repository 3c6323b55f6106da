"""Pure name functions: trim a name's edges, compare names, pick the canonical form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

#: Words skipped when forming an acronym ("Securities and Exchange Commission" -> SEC).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&", "de", "-"})

_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
_WORD = re.compile(r"[\w&]+(?:[.'\u2019-][\w&]+)*(?:\.|\+(?!\w))?", re.UNICODE)
_CORPORATE = {"co": "company", "corp": "corporation", "inc": "incorporated", "ltd": "limited"}
#: A country written short inside a longer name ("Air NZ" == "Air New Zealand").
_COUNTRY_SHORT = {"nz": "new zealand"}


#: Endings of words naming a belief, a movement or its followers ("Islamophobia",
#: "Scientologist", "Zionism"), never a person or an organisation.
BELIEF_ENDINGS = ("ism", "isms", "ologist", "ologists", "phobia", "phobe", "phobes")


def is_belief_word(name: str) -> bool:
    """True for one capitalised word with a belief ending: "Islamophobia", "Scientologist"."""
    return (
        " " not in name and len(name) > 5 and name[:1].isupper() and name.endswith(BELIEF_ENDINGS)
    )


def is_hyphen_compound(name: str) -> bool:
    """True for one word whose last hyphen-joined part is a lowercase word of 3+ letters:
    an adjective or compound built on a name ("Warhol-like", "Polaroid-room")."""
    if " " in name or "-" not in name:
        return False
    last = name.rsplit("-", 1)[1]
    return len(last) >= 3 and last.isalpha() and last.islower()


#: Prefixes that make a hyphenated word a stance or a former role ("Pro-Beijing",
#: "Pan-democrat", "ex-Minister"): such a word before a name only describes it.
STANCE_PREFIXES = ("pro-", "anti-", "pan-", "non-", "ex-")


def is_stance_modifier(word: str) -> bool:
    """True for a hyphenated stance or former-role word: "Pro-Beijing", "Pan-democrat"."""
    folded = word.casefold()
    return folded.startswith(STANCE_PREFIXES) and len(folded) > folded.index("-") + 2


def possessive_length(text: str) -> int:
    """Number of trailing characters that form a possessive ending ("'s", "s'" -> 1).

    Examples: "Weinstein's" -> 2, "Reuters'" -> 1, "Weinstein" -> 0.
    """
    match = _POSSESSIVE.search(text)
    if match is None:
        return 0
    return len(match.group()) if match.group()[0] in "'\u2019" else 1


def strip_possessive(text: str) -> str:
    """ "Harvey Weinstein's" -> "Harvey Weinstein"; other text unchanged."""
    cut = possessive_length(text)
    return text[: len(text) - cut] if cut else text


def words(name: str) -> list[str]:
    """The name's words without punctuation ("U.S. Department" -> ["U.S.", "Department"])."""
    return _WORD.findall(name)


#: Last words of news outlets' names ("Navy Times", "Defense News", "the Jamaica
#: Gleaner").
OUTLET_ENDINGS = frozenset(
    {"times", "news", "post", "herald", "journal", "tribune", "gazette", "daily", "weekly"}
    | {"magazine", "review", "telegraph", "examiner", "chronicle", "observer", "monitor"}
    | {"express", "mirror", "insider", "bulletin", "dispatch", "courier", "sentinel"}
    | {"inquirer", "enquirer", "ledger", "advertiser", "argus", "clarion", "gleaner"}
)


def looks_like_outlet(name: str) -> bool:
    """A name of two words or more that ends as news outlets' do ("Navy Times", "The
    Millbrook Courier-Ledger")."""
    words = name.split()
    return len(words) >= 2 and words[-1].split("-")[-1].lower() in OUTLET_ENDINGS


#: Lowercase particles inside names of other languages ("La Gazzetta dello Sport",
#: "Maria do Rosário Gomes", "Banco do Brasil", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {"dello", "della", "delle", "degli", "dei", "del", "di", "da", "do", "dos", "das"}
    | {"de", "des", "du", "der", "den", "van", "von", "y"}
)


def strip_accents(text: str) -> str:
    """ "Atlético" -> "Atletico", "Sørensen" unchanged (ø is a letter, not a mark)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word as the lexicons list it: dots dropped, case-folded ("Dr." -> "dr")."""
    return word.replace(".", "").casefold()


def name_key(name: str) -> str:
    """A comparison key: case-folded, accents, dots and possessive dropped, leading "the" and
    corporate abbreviations spelt out ("The Weinstein Co." == "Weinstein Company", "Health
    NZ" == "Health New Zealand")."""
    text = strip_possessive(name.strip())
    out = []
    for word in words(text):
        folded = strip_accents(word.replace(".", "").replace("\u2019", "'").casefold())
        out.append(_CORPORATE.get(folded, folded))
    if len(out) > 1 and out[0] == "the":
        out = out[1:]
    if len(out) > 1:
        out = [_COUNTRY_SHORT.get(word, word) for word in out]
    return " ".join(w for w in out if w)


#: Country prefixes an institution's name may carry or drop ("U.S. Department of State").
_COUNTRY_PREFIXES = frozenset({"us", "u.s", "usa", "uk", "british", "american", "federal"})


def without_country_prefix(words_: list[str]) -> list[str]:
    """Name-key words without a leading country ("united states house of representatives"
    -> "house of representatives", "us house" -> "house")."""
    if words_[:2] in (["united", "states"], ["united", "kingdom"]):
        words_ = words_[2:]
    while words_ and words_[0].rstrip(".") in _COUNTRY_PREFIXES:
        words_ = words_[1:]
    return words_


def inverted_key(words_: list[str], heads: frozenset[str]) -> tuple[str, ...] | None:
    """The same key for "Commerce Department" and "Department of Commerce", "Interior
    Ministry" and "Ministry of the Interior": (head, modifiers...), from name-key words.
    None when the name is neither "<modifiers> <head>" nor "<head> of [the] <modifiers>".
    """
    words_ = without_country_prefix(words_)
    words_ = [w for w in words_ if w.rstrip(".") not in _COUNTRY_PREFIXES]
    if len(words_) >= 3 and words_[0] in heads and words_[1] == "of":
        rest = words_[3:] if words_[2] == "the" else words_[2:]
        if rest and not set(rest) & {"of", "and", "for", "on"}:
            return (words_[0], *rest)
        return None
    if len(words_) >= 2 and words_[-1] in heads and not set(words_) & {"of", "and", "for"}:
        return (words_[-1], *words_[:-1])
    return None


def _initials(name: str) -> str:
    """Initials of the name's significant capitalised words, however few."""
    return "".join(
        w[0].upper() for w in words(name) if w.casefold() not in ACRONYM_SKIP and w[0].isupper()
    )


def acronym(name: str) -> str:
    """Initials of the name's significant capitalised words ("Securities and Exchange
    Commission" -> "SEC"); "" when fewer than two words qualify."""
    initials = _initials(name)
    return initials if len(initials) >= 2 else ""


def spells_initials(short: str, name: str) -> bool:
    """True when ``short`` spells the initials of the capitalised words of ``name``,
    hyphenated parts counted apart ("TTP" / "Tehreek-e-Taliban Pakistan")."""
    parts = [p for p in re.split(r"[\s-]+", name) if p[:1].isupper()]
    return len(parts) >= 2 and short.replace(".", "") == "".join(p[0] for p in parts)


def defines_short_form(short: str, long: str) -> bool:
    """True when ``long`` can define the short form ``short`` by the Schwartz & Hearst
    (2003) rule: every letter or digit of the short form appears in the long form, in
    order, read from the end, and its first one starts a word of the long form
    ("ECOWAS" / "Economic Community of West African States", "UNOWAS" / "United Nations
    Office for West Africa")."""
    letters = [c.casefold() for c in short if c.isalnum()]
    if len(letters) < 2 or not long[:1].isalnum() or long[0].casefold() != letters[0]:
        return False
    k = len(long) - 1
    for position in range(len(letters) - 1, -1, -1):
        wanted = letters[position]
        while k >= 0 and (
            long[k].casefold() != wanted or (position == 0 and k > 0 and long[k - 1].isalnum())
        ):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return True


def looks_like_acronym(name: str) -> bool:
    """True for all-capital short forms: "SEC", "U.N.", "NPP"."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def looks_like_short_form(name: str) -> bool:
    """True for capitalised short forms that may hold digits or "&": "M5S", "AT&T", "SEC"."""
    letters = name.replace(".", "")
    return (
        2 <= len(letters) <= 10
        and letters[0].isupper()
        and all(c.isupper() or c.isdigit() or c in "&-" for c in letters)
    )


#: One word a bracket gives as an organisation's other name: a short form in any case
#: ("IsDB", "BoM", "GCC-Stat") or the name in its own language ("Sedena").
_OTHER_NAME = re.compile(r"[^\W\d_][\w&.\-]{1,29}")


def looks_like_other_name(word: str) -> bool:
    """True for one capitalised word that can be an organisation's other name:
    "IsDB", "Sedena", "Bundesverfassungsgericht", "CGTP"."""
    return word[:1].isupper() and bool(_OTHER_NAME.fullmatch(word))


def looks_like_mixed_acronym(name: str) -> bool:
    """True for initials that keep a small word's letter in lower case: "BoM", "MoD",
    "DfE"."""
    return (
        2 <= len(name) <= 8
        and name.isalpha()
        and name[0].isupper()
        and sum(c.isupper() for c in name) >= 2
        and not name.isupper()
        and not name[1:].islower()
    )


#: A name with one more word joined at its end, which a short form made before it grew
#: leaves out: "Centers for Disease Control" + "and Prevention".
_GROWN_TAIL = re.compile(r"(.+\bfor .+) and [A-Z][a-z]+")


def is_acronym_of(short: str, full: str) -> bool:
    """True when ``short`` spells the initials of ``full`` ("U.N." / "United Nations"),
    small words in lower case when it keeps them ("BoM" / "Bureau of Meteorology")."""
    if looks_like_mixed_acronym(short):
        return short == "".join(w[0] for w in words(full) if w[0].isalpha())
    if not looks_like_acronym(short):
        return False
    letters = short.replace(".", "").upper()
    initials = acronym(full)
    if initials and letters == initials:
        return True
    first, _, rest = full.partition(" ")
    if len(first) == 2 and first.isupper() and rest and letters == first + _initials(rest):
        return True  # "HMRC" / "HM Revenue and Customs", "UKBA" / "UK Border Agency"
    grown = _GROWN_TAIL.fullmatch(full)
    if grown and len(letters) >= 3 and letters == acronym(grown.group(1)):
        return True  # "CDC" / "Centers for Disease Control and Prevention": a grown name
    # capitals that keep the small word's letter too: "BOJ" / "Bank of Japan", "DOJ" /
    # "Department of Justice"
    every = "".join(w[0] for w in words(full) if w[0].isalpha()).upper()
    return len(every) >= 3 and letters == every and every != initials


def is_acronym_and_word_of(short: str, full: str) -> bool:
    """True when ``short`` is an acronym and one or more of ``full``'s own words, the
    acronym spelling the initials of its other significant words, in order or in the
    order of the name's own language: "UNC Greensboro" / "University of North Carolina at
    Greensboro", "TU Delft" / "Delft University of Technology" (not "Delft City
    Council")."""
    head, *rest = re.split(r"[\s\u2013-]+", short.strip())
    if not rest or not looks_like_acronym(head) or not all(w[:1].isupper() for w in rest):
        return False
    significant = [
        w for w in re.split(r"[\s,\u2013-]+", full) if w and w.casefold() not in ACRONYM_SKIP
    ]
    if not all(w[:1].isupper() for w in significant):
        return False
    folded = [fold(w) for w in significant]
    if len(folded) != len(head.replace(".", "")) + len(rest):
        return False
    others = list(folded)
    for word in rest:
        if fold(word) not in others:
            return False
        others.remove(fold(word))
    initials = "".join(w[0] for w in others)
    return sorted(initials) == sorted(head.replace(".", "").casefold())


def is_subsequence(part: Sequence[str], whole: Sequence[str]) -> bool:
    """True when ``part`` occurs as a contiguous run inside the longer ``whole``."""
    n = len(part)
    if not n or n >= len(whole):
        return False
    return any(list(whole[i : i + n]) == list(part) for i in range(len(whole) - n + 1))


def one_edit_apart(a: str, b: str, min_length: int = 4) -> bool:
    """True when two distinct names differ by one edit (insert, delete, substitute or swap
    of neighbours, the optimal string alignment distance) and are long enough that one
    edit is a typo rather than another name ("Milano" / "Miano")."""
    if a == b or min(len(a), len(b)) < min_length:
        return False
    return OSA.distance(a.casefold(), b.casefold(), score_cutoff=1) <= 1


#: Length from which a word may carry two typos ("Holstege" for "Hollstegge").
TWO_EDIT_LENGTH = 8


def _undoubled(a: str, b: str) -> bool:
    """One word is the other with one doubled letter written once ("Voss" / "Vos", "Tamm"
    / "Tam"), the typo short names suffer most."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    if len(short) < 3 or len(long) != len(short) + 1:
        return False
    return any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )


def misspelt_word(a: str, b: str) -> bool:
    """True when one word is a typo of the other: one edit apart (five letters or more),
    a doubled letter written once, or two edits apart when both are long and keep their
    first letter, which typists rarely get wrong ("Holstege" / "Hollstegge", but not
    "Anderson" / "Henderson")."""
    if one_edit_apart(a, b, min_length=5) or _undoubled(a, b):
        return True
    if a == b or min(len(a), len(b)) < TWO_EDIT_LENGTH or a[:1].casefold() != b[:1].casefold():
        return False
    return OSA.distance(a.casefold(), b.casefold(), score_cutoff=2) <= 2


def canonical_name(forms: Iterable[str]) -> str:
    """The fullest form: most words (a leading "The" not counted), then a form without
    "The", then one not set in capitals ("Everton", not a subheading's "TOFFEES"), then
    most characters, then the earliest seen; a double-barrelled name's hyphen stays where
    a caption wrote a space ("Ann Bexley-Tate", not "Ann Bexley Tate")."""
    best = ""
    best_rank: tuple[int, int, int, int] = (-1, -1, -1, -1)
    seen = []
    for form in forms:
        seen.append(form)
        found = words(form)
        has_the = bool(found) and found[0] in ("The", "the")
        rank = (len(found) - has_the, not has_the, not form.isupper(), len(form))
        if rank > best_rank:
            best, best_rank = form, rank
    spaced = best.replace("-", " ")
    return max(
        (form for form in seen if form.replace("-", " ") == spaced),
        key=lambda form: form.count("-"),
        default=best,
    )


def strip_edges(
    tokens: Sequence[str], drop_leading: frozenset[str], drop_trailing: frozenset[str]
) -> tuple[int, int]:
    """Indices ``(i, j)`` so that ``tokens[i:j]`` is the name without leading words in
    ``drop_leading`` (titles, descriptors, lowercase "the") and trailing words in
    ``drop_trailing``; compared case-folded without dots. Never strips everything."""
    i, j = 0, len(tokens)

    def fold(token: str) -> str:
        return token.replace(".", "").casefold()

    while i < j - 1 and (tokens[i] == "the" or fold(tokens[i]) in drop_leading):
        i += 1
    while j > i + 1 and fold(tokens[j - 1]) in drop_trailing:
        j -= 1
    return i, j
