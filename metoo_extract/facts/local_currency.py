"""Which country's currency a shared symbol or name means in one article.

"Rs" is the rupee of India, Pakistan, Nepal or Sri Lanka; "pesos" Mexico's, Chile's,
Argentina's ...; "kroner" Norway's or Denmark's; "dirhams" the UAE's or Morocco's; "$"
the US dollar unless the article is clearly Australian, Canadian ...; "R", "Sh", "P"
and "N" are currencies only in copy from South Africa, East Africa, the Philippines and
Nigeria. The article's own country words decide, counted once per Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extensions import doc_text
from ..normalize.name_lexicons import US_PLACES

#: Kenya's 47 counties (Constitution of Kenya 2010, First Schedule): local copy names its
#: county, not the country.
_KENYAN_COUNTIES = "|".join((
    "Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita[- ]Taveta", "Garissa", "Wajir",
    "Mandera", "Marsabit", "Isiolo", "Meru", "Tharaka[- ]Nithi", "Embu", "Kitui", "Machakos",
    "Makueni", "Nyandarua", "Nyeri", "Kirinyaga", "Murang['’]a", "Kiambu", "Turkana",
    "West Pokot", "Samburu", "Trans[- ]Nzoia", "Uasin Gishu", "Elgeyo[- ]Marakwet", "Nandi",
    "Baringo", "Laikipia", "Nakuru", "Narok", "Kajiado", "Kericho", "Bomet", "Kakamega",
    "Vihiga", "Bungoma", "Busia", "Siaya", "Kisumu", "Homa Bay", "Migori", "Kisii", "Nyamira",
    "Nairobi",
))  # fmt: skip
#: Currency surfaces shared by several countries: the table's code -> (country words,
#: code) in order of preference. The code of the country the article names most wins;
#: "R" and "Sh" name no currency at all in an article that names none of them.
_SHARED_CURRENCIES = {
    "INR": (
        (r"India|Indian|Delhi|Mumbai|Kolkata|Chennai|Bengaluru", "INR"),
        (r"Nepal|Nepali|Nepalese|Kathmandu", "NPR"),
        (r"Pakistan|Pakistani|Islamabad|Karachi|Lahore|Peshawar", "PKR"),
        (r"Sri Lanka|Sri Lankan|Colombo", "LKR"),
        (r"Mauritius|Mauritian", "MUR"),
    ),
    "ZAR": ((r"South Africa|South African|Johannesburg|Pretoria|Cape Town|Durban|SAST", "ZAR"),),
    "USD": (  # "$": the local dollar only where that country clearly dominates
        (rf"United States|U\.S|(?-i:US)|American|Washington|{US_PLACES}", "USD"),
        (
            r"Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart"
            r"|Darwin|Queensland|New South Wales|Tasmania|Western Australia|ASX|AEST|AEDT"
            # the short forms of states and the bodies of local copy: "NSW Government"
            r"|NSW|N\.S\.W|Qld|South Australia|Northern Territory|Gold Coast|Geelong"
            r"|Wollongong|Townsville|Parramatta|Ballarat|Bendigo|Toowoomba|Centrelink|ACCC",
            "AUD",
        ),
        (
            r"Canada|Canadian|Toronto|Ottawa|Montreal|Vancouver|Calgary|Edmonton|Winnipeg"
            r"|Ontario|Quebec|Québec|Alberta|British Columbia|Manitoba|Saskatchewan"
            r"|Nova Scotia|Newfoundland|Prince Edward Island|Yukon|Nunavut|Saskatoon"
            r"|Mississauga|Brampton|Gatineau|Fredericton|Kelowna|RCMP",
            "CAD",
        ),
        (
            r"New Zealand|Auckland|Wellington|Christchurch|NZST|NZDT|Dunedin|Tauranga"
            r"|Waikato|Otago|Aotearoa|KiwiSaver|Rotorua|Taranaki",
            "NZD",
        ),
        (r"Singapore|Singaporean|Changi|Jurong|HDB", "SGD"),
        (r"Hong Kong|Kowloon|LegCo|Wan Chai", "HKD"),
        (r"Taiwan|Taiwanese|Taipei", "TWD"),
    ),
    "PHP": ((r"Philippines|Philippine|Filipino|Manila|Cebu|Davao|Mindanao|Luzon", "PHP"),),
    "MXN": (  # "pesos": Mexico's unless the article is another peso country's
        (r"Mexico|Mexican|Guadalajara|Monterrey", "MXN"),
        (r"Chile|Chilean|Santiago|Valparaíso|Antofagasta|Copiapó", "CLP"),
        (r"Argentina|Argentine|Argentinian|Buenos Aires|Córdoba|Rosario", "ARS"),
        (r"Colombia|Colombian|Bogotá|Bogota|Medellín|Medellin|Cali", "COP"),
        (r"Philippines|Philippine|Filipino|Manila|Cebu|Davao", "PHP"),
        (r"Uruguay|Uruguayan|Montevideo", "UYU"),
        (r"Dominican Republic|Santo Domingo", "DOP"),
        (r"Cuba|Cuban|Havana", "CUP"),
    ),
    "NGN": ((r"Nigeria|Nigerian|Lagos|Abuja|Kano|Port Harcourt", "NGN"),),
    "NOK": (  # "kroner": Norway's or Denmark's
        (r"Norway|Norwegian|Oslo|Bergen|Stavanger|Trondheim", "NOK"),
        (r"Denmark|Danish|Copenhagen|Aarhus|Odense", "DKK"),
    ),
    "SEK": (  # "crowns": Sweden's, Denmark's, Norway's, the Czech or Iceland's
        (r"Sweden|Swedish|Stockholm|Gothenburg|Malmö|Malmo", "SEK"),
        (r"Denmark|Danish|Copenhagen|Aarhus|Odense", "DKK"),
        (r"Norway|Norwegian|Oslo|Bergen|Stavanger|Trondheim", "NOK"),
        (r"Czech|Czechia|Prague|Brno|Ostrava", "CZK"),
        (r"Iceland|Icelandic|Reykjavik|Reykjavík", "ISK"),
    ),
    "AED": (  # "dirhams": the UAE's or Morocco's
        (r"United Arab Emirates|UAE|Emirati|Dubai|Abu Dhabi|Sharjah", "AED"),
        (r"Morocco|Moroccan|Rabat|Casablanca|Marrakesh|Marrakech|Tangier|Fez", "MAD"),
    ),
    "KRW": ((r"Korea|Korean|Seoul|Busan|Yonhap", "KRW"),),
    "KES": (
        (rf"Kenya|Kenyan|MCAs?|{_KENYAN_COUNTIES}", "KES"),
        (r"Uganda|Ugandan|Kampala", "UGX"),
        (r"Tanzania|Tanzanian|Dar es Salaam|Dodoma", "TZS"),
        (r"Somalia|Somali|Mogadishu", "SOS"),
    ),
}
#: Countries whose own dollar a bare "$" means in their press.
_LOCAL_DOLLARS = {
    "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
    "JM": "JMD", "TT": "TTD", "BS": "BSD", "BB": "BBD", "FJ": "FJD", "NA": "NAD",
    "LR": "LRD", "GY": "GYD", "BZ": "BZD", "BN": "BND",
}  # fmt: skip
#: The currency of each country whose own a shared surface may be, for an article written
#: from there (``Locale.country``) that names none of the country's words.
_COUNTRY_CURRENCIES = {
    "IN": "INR", "NP": "NPR", "PK": "PKR", "LK": "LKR", "MU": "MUR", "ZA": "ZAR",
    "KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS", "PH": "PHP", "NG": "NGN",
    "KR": "KRW", "MX": "MXN", "CL": "CLP", "AR": "ARS", "CO": "COP", "UY": "UYU", "DO": "DOP",
    "CU": "CUP", "NO": "NOK", "DK": "DKK", "SE": "SEK", "CZ": "CZK", "IS": "ISK", "AE": "AED",
    "MA": "MAD",
}  # fmt: skip
#: Surfaces that are a currency only in an article naming one of its countries ("W" the
#: won, as Korean English-language papers print it: "W24tr").
LOCAL_ONLY = {"R", "Sh", "P", "N", "W"}


#: The dateline tag of a wire agency whose style writes other dollars with their prefix
#: ("S$", "HK$", "A$"), so that its "$" is always the US dollar.
_INTERNATIONAL_WIRE = re.compile(r"\((?:Reuters|AFP|Bloomberg|AP)\)\s*[-–—]")


def _international_wire(doc: Doc) -> bool:
    """The article carries an international agency's dateline tag (looked up once per Doc)."""
    key = "metoo_international_wire"
    if key not in doc.user_data:
        doc.user_data[key] = _INTERNATIONAL_WIRE.search(doc_text(doc)) is not None
    return doc.user_data[key]


#: Surfaces that other countries' currencies share: "US$", "USD", "Mexican pesos" always
#: name their own.
_BARE = {
    "USD": {"$", "dollar", "dollars"},
    "MXN": {"peso", "pesos"},
    "NOK": {"krone", "kroner"},
    "AED": {"dirham", "dirhams"},
    "SEK": {"crown", "crowns"},
}
#: Shared names that are a currency only where the article names one of its countries
#: ("three crowns" is a count in a story about a jeweller or a dentist).
_NAMES_NEEDING_A_COUNTRY = {"crown", "crowns"}


def local_currency(doc: Doc, code: str, required: bool = False, surface: str = "") -> str | None:
    """The code of a shared surface: "Rs" is the rupee of the country the article names
    most, "R" the rand and "Sh" the shilling of the East African country it names, "$"
    the Australian dollar in an article that names Australia far more than the United
    States. None when ``required`` and the article names none of the surface's
    countries."""
    choices = _SHARED_CURRENCIES.get(code)
    required = required or surface.lower() in _NAMES_NEEDING_A_COUNTRY
    if choices is None or (code in _BARE and surface.lower() not in _BARE[code]):
        return code
    locale = doc._.metoo_locale
    if code == "USD" and _international_wire(doc):
        return code  # "SINGAPORE, Nov 20 (Reuters) -": the agency's "$" is the US dollar
    if code == "USD" and locale is not None:
        # the country the article is written from decides: a Malian story's "$" is the
        # US dollar however often its Australian miner is named
        return _LOCAL_DOLLARS.get(locale.country, "USD")
    key = f"metoo_currency_{code}"
    counts = doc.user_data.get(key)
    if counts is None:  # counted once per doc: long articles have many amounts
        text = doc_text(doc)
        counts = [len(re.findall(rf"\b(?:{words})\b", text, re.I)) for words, _ in choices]
        doc.user_data[key] = counts
    best = max(range(len(choices)), key=counts.__getitem__)
    if code == "USD" and not (counts[best] >= 2 and counts[best] > 2 * counts[0]):
        return code  # a dollar is the US dollar unless another country clearly dominates
    if counts[best]:
        return choices[best][1]
    if locale is not None and _COUNTRY_CURRENCIES.get(locale.country) in {c for _, c in choices}:
        # no country word, but the article's places are that country's ("Sebokeng",
        # "Emfuleni Local Municipality": an "R" is the rand)
        return _COUNTRY_CURRENCIES[locale.country]
    return None if required else code
