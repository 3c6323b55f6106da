"""Public holidays that fall on different days in different countries, from the
``holidays`` package: "Labour Day" in a Canadian article is the first Monday of
September, in a New Zealand one the fourth Monday of October."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

#: Entries of a country's calendar that are no name a story would print for a holiday.
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:observed|estimated|substitute|alternative|preceding|second day of|day after"
    r"|elections?|national holiday|(?<!bank )holiday)\b"
)  # but "May Bank Holiday", "Spring Bank Holiday" are names


#: Words one of these holiday names holds: an article without any needs no calendar (the
#: package takes a tenth of a second to load one).
_HOLIDAY_WORD = re.compile(
    r"\b(?:Day|Eve|Birthday|Holiday|New Year|Diwali|Deepavali|Holi|Dussehra|Navami|Purnima"
    r"|Janmashtami|Eid|Chuseok|Matariki|Ramadan|Christmas|Easter|Thanksgiving|Pentecost"
    r"|Whit|Ascension|Assumption|Carnival|Epiphany|Ashura|Vesak|Onam|Pongal|Songkran|Tet"
    r"|Nowruz|Hanukkah|Passover|Seollal|Lunar|Immaculate|Corpus Christi|Maundy|Holy Saturday"
    r"|Festival|Mawlid|Laylat|Isra)\b"
)


def may_name_a_holiday(text: str) -> bool:
    """Whether ``text`` holds a word of a holiday's name ("Labour Day", "Diwali")."""
    return _HOLIDAY_WORD.search(text) is not None


def holiday_key(name: str) -> str:
    """A holiday name in one spelling: "Labour Day" and "Labor Day" -> "labor day";
    "St. Patrick’s Day" and "Saint Patrick's Day" -> "saint patrick's day"."""
    key = name.lower().replace("’", "'")
    key = re.sub(r"\blabour\b", "labor", key)
    key = re.sub(r"\bst\.?\s", "saint ", key)
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"[\s-]+", " ", key).strip()


@cache
def country_calendar(country: str, year: int) -> dict[str, date]:
    """Holiday key -> its day in ``year`` for an ISO 3166 country code (English names
    where the package has them); empty for a country the package does not know."""
    import holidays  # imported here: most articles never need it

    try:
        kind = holidays.country_holidays(country).__class__
    except NotImplementedError:
        return {}
    languages = getattr(kind, "supported_languages", ())
    language = next((code for code in ("en_US", "en_GB") if code in languages), None)
    # provincial and optional days too: Canada's Thanksgiving is not a federal holiday
    categories = tuple(
        c for c in ("public", "government", "optional") if c in kind.supported_categories
    )
    calendar = holidays.country_holidays(
        country, years=year, language=language, categories=categories
    )
    out: dict[str, date] = {}
    for day, names in sorted(calendar.items()):
        for name in names.split("; "):
            if not _NOT_A_NAME.search(name):
                out.setdefault(holiday_key(name), day)
    if "thanksgiving day" in out:
        out.setdefault("thanksgiving", out["thanksgiving day"])  # printed without "Day"
    return out


def country_holiday(name: str, country: str, year: int) -> date | None:
    """The day holiday ``name`` falls on in ``country`` in ``year``, or None."""
    return country_calendar(country, year).get(holiday_key(name))


def _printed_forms(key: str) -> str:
    """A pattern for the ways a holiday key is printed: "labor day" -> "Labou?r[\\s-]+Day"."""
    words = []
    for word in key.split(" "):
        if word == "labor":
            words.append("labou?r")
        elif word == "saint":
            words.append(r"(?:saint|st\.?)")
        else:
            words.append(re.escape(word).replace("'", "['’]"))
    return r"[\s-]+".join(words)


@cache
def holiday_pattern(country: str, year: int) -> re.Pattern[str] | None:
    """Finds the country's holiday names in text, capitalised as names are; None when the
    package knows no holidays for it."""
    keys = sorted(country_calendar(country, year), key=len, reverse=True)
    if not keys:
        return None
    names = "|".join(_printed_forms(key) for key in keys)
    return re.compile(rf"(?<![\w-])(?=[A-Z])(?i:{names})(?![\w-])")
