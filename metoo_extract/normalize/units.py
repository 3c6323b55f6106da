"""Name what a number measures: currencies as ISO 4217 codes, measure units, plural nouns.

Pure functions over the tables in ``metoo_extract/data/`` (currencies.tsv, units.tsv;
each notes its source).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import NamedTuple


class UnitMatch(NamedTuple):
    """A unit found next to a number: canonical name, kind, and characters consumed."""

    unit: str
    kind: str
    length: int


def _rows(name: str) -> list[list[str]]:
    text = files("metoo_extract.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _currencies() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Surfaces written before a number, after it, and after it only when the amount is
    scaled ("5 million pounds", "3 billion won") -> ISO code."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    after_scaled: dict[str, str] = {}
    for surface, code, position in _rows("currencies.tsv"):
        if position in ("before", "both"):
            before[surface] = code
        if position in ("after", "both"):
            after[surface] = code
        if position in ("after", "both", "after_scaled"):
            after_scaled[surface] = code
    return before, after, after_scaled


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes the table lists ("USD", "CHF", "KES")."""
    return frozenset(code for _, code, _ in _rows("currencies.tsv"))


@cache
def _units() -> dict[str, tuple[str, str]]:
    return {surface: (unit, kind) for surface, unit, kind in _rows("units.tsv")}


def currency_before(text: str) -> UnitMatch | None:
    """The currency written just before a number: ``text`` ends where the number starts.

    "NZ $ " -> NZD, "US$" -> USD, "Rs " -> INR, "£" -> GBP. Codes and "Rs" need a word
    boundary before them; at most one space may separate the symbol from the number.
    """
    before, _, _ = _currencies()
    stripped = text[:-1] if text.endswith(" ") else text
    best: UnitMatch | None = None
    for surface, code in before.items():
        if not stripped.endswith(surface):
            continue
        start = len(stripped) - len(surface)
        if surface[0].isalpha() and start > 0 and stripped[start - 1].isalnum():
            continue
        length = len(text) - start
        if best is None or length > best.length:
            best = UnitMatch(code, "money", length)
    return best


@cache
def _after_patterns(scaled: bool) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The surfaces written after a number as two alternations, longest first: codes
    case-sensitive ("USD"), names in any case ("Euros", "Egyptian pounds")."""
    _, after, after_scaled = _currencies()
    table = after_scaled if scaled else after

    def alternation(surfaces: list[str], flags: int) -> re.Pattern[str]:
        ordered = sorted(surfaces, key=len, reverse=True)
        return re.compile("(?:" + "|".join(map(re.escape, ordered)) + r")\b", flags)

    exact = alternation([t for t in table if t.isupper()], 0)
    loose = alternation([t for t in table if not t.isupper()], re.IGNORECASE)
    codes = {surface.lower(): code for surface, code in table.items() if not surface.isupper()}
    return exact, loose, {**codes, **{t: c for t, c in table.items() if t.isupper()}}


def currency_after(text: str, scaled: bool = False) -> UnitMatch | None:
    """The currency written just after a number: ``text`` starts right after it.

    "million dollars" reaches here as " dollars" after the scale word. "pounds" is
    sterling and "won" the Korean won only after a scaled amount ("5 million pounds"),
    else a weight and a verb.
    """
    m = re.match(r"\s?(?=[A-Za-z])", text)
    if not m:
        return None
    exact, loose, codes = _after_patterns(scaled)
    best: UnitMatch | None = None
    for pattern in (exact, loose):
        found = pattern.match(text, m.end())
        if found and (best is None or found.end() > best.length):
            surface = found.group(0)
            code = codes.get(surface) or codes[surface.lower()]
            best = UnitMatch(code, "money", found.end())
    return best


#: Abbreviations that are units only in lower case ("5 sec", "64pts"), not "SEC", "PTS";
#: "sigma" likewise ("4.1 sigma", not the "Six Sigma" of management courses).
_LOWER_CASE_ONLY = frozenset({"sec", "secs", "pts", "sigma", "sigmas"})
#: Symbols that are units only as the table writes them: "125 GeV", "13 TeV", not the
#: "5 EV models" of car copy (electric vehicles).
_AS_WRITTEN = frozenset({"ev", "kev", "mev", "gev", "tev"})


def measure_after(text: str) -> UnitMatch | None:
    """The measure, percent or time unit right after a number ("%", " per cent", " km")."""
    table = _units()
    glued = re.match(r"°?([CF])(?![A-Za-z])", text)
    if glued:  # "41.2C", "106F": degrees written glued to the number
        scale = "degrees Celsius" if glued.group(1) == "C" else "degrees Fahrenheit"
        return UnitMatch(scale, "measure", glued.end())
    best: UnitMatch | None = None
    for width in (3, 2, 1):
        # words joined by spaces or hyphens: "per cent", "20-per-cent"
        pattern = r"(\s?-?\s?)((?:[^\s\W]|[%°/])+(?:(?:\s+|-)\w+){" + str(width - 1) + r"})\b"
        m = re.match(pattern, text)
        if not m:
            continue
        surface = re.sub(r"\s+|-", " ", m.group(2).lower())
        if surface in _LOWER_CASE_ONLY and not m.group(2).islower():
            continue  # "5 SEC filings": the regulator, not seconds
        if surface in _AS_WRITTEN and m.group(2) != table[surface][0]:
            continue  # "5 EV chargers": electric vehicles, not electronvolts
        if surface in table and (surface != "%" or m.group(1) == ""):
            unit, kind = table[surface]
            return UnitMatch(unit, kind, m.end())
    m = re.match(r"\s?%", text)
    if m:
        return UnitMatch("percent", "percent", m.end())
    return best


def unit_of_word(word: str) -> tuple[str, str] | None:
    """The (canonical unit, kind) a word or phrase names: "miles" -> ("miles", "measure")."""
    return _units().get(word.lower())


_IRREGULAR = {
    "person": "people", "man": "men", "woman": "women", "child": "children",
    "foot": "feet", "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives",
    "criterion": "criteria", "phenomenon": "phenomena", "analysis": "analyses",
}  # fmt: skip
_INVARIANT = {"people", "police", "staff", "sheep", "fish", "deer", "aircraft", "series", "species"}
#: Nouns for a body of people or animals that a number counts as they are: "24 crew".
_INVARIANT |= {"crew", "personnel", "cattle", "livestock", "poultry", "offspring", "clergy"}


def pluralize(noun: str) -> str:
    """English plural of a counted noun ("member" -> "members", "person" -> "people").

    Only the last word changes ("asylum claim" -> "asylum claims").
    """
    head, _, last = noun.rpartition(" ")
    lower = last.lower()
    if lower in _INVARIANT or not lower.isalpha():
        plural = last
    elif re.search(r"[^aiousn]s$|ae$", lower):
        plural = last  # "innings", "headquarters", "series", "supernovae": plural already
    elif lower in _IRREGULAR:
        plural = _IRREGULAR[lower]
    elif re.search(r"(s|x|z|ch|sh)$", lower):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", lower):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural
