"""The metoo_quantities component on short sentences, with the real model (loaded once)."""

from __future__ import annotations

from datetime import date

import pytest

from metoo_extract.pipeline import Job, load_pipeline, run


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def quantities(nlp, text: str):
    doc = next(run(nlp, [Job(text, date(2017, 10, 16))]))
    return doc._.metoo_quantities


# (sentence, [(text, value, unit, kind, qualifier, approximate)])
CASES = [
    (
        "Over 37,000 comments were posted.",
        [("Over 37,000 comments", 37000, "comments", "count", "over", True)],
    ),
    (
        "At least 25 people died in the fire.",
        [("At least 25 people", 25, "people", "count", "at least", True)],
    ),
    (
        "About 7 million were discussing the campaign.",
        [("About 7 million", 7e6, "people", "count", "about", True)],
    ),
    (
        "The deal is worth $1.3 trillion.",
        [("$1.3 trillion", 1.3e12, "USD", "money", None, False)],
    ),
    (
        "The club paid £27million (€31.5m) for him.",
        [
            ("£27million", 27e6, "GBP", "money", None, False),
            ("€31.5m", 31.5e6, "EUR", "money", None, False),
        ],
    ),
    ("Profits rose 12 percent last year.", [("12 percent", 12, "percent", "percent", None, False)]),
    ("Profits rose 12% last year.", [("12%", 12, "percent", "percent", None, False)]),
    ("Sales fell 8 per cent.", [("8 per cent", 8, "percent", "percent", None, False)]),
    # Canadian house style hyphenates the unit
    ("It bought a 20-per-cent stake.", [("20-per-cent", 20, "percent", "percent", None, False)]),
    ("Three women filed complaints.", [("Three women", 3, "women", "count", None, False)]),
    (
        "Millions of women shared their stories.",
        [("Millions of women", 1e6, "women", "count", None, True)],
    ),
    (
        "Two-thirds of the contracts were with three customers.",
        [
            ("Two-thirds of the contracts", 0.667, "contracts", "fraction", None, False),
            ("three customers", 3, "customers", "count", None, False),
        ],
    ),
    (
        "They walked about 500 miles (800 km) to the capital.",
        [
            ("about 500 miles", 500, "miles", "measure", "about", True),
            ("800 km", 800, "km", "measure", None, True),
        ],
    ),
    (
        "The project cost Rs 500 crore in India.",
        [("Rs 500 crore", 5e9, "INR", "money", None, False)],
    ),
    ("The fine was ₹30 lakh.", [("₹30 lakh", 3e6, "INR", "money", None, False)]),
    ("He was paid US$5,000 for it.", [("US$5,000", 5000, "USD", "money", None, False)]),
    (
        "The six-member team arrived on Tuesday.",
        [("six-member", 6, "members", "count", None, False)],
    ),
    (
        "She was suspended for 14 weeks.",
        [("14 weeks", 14, "weeks", "duration", None, False)],
    ),
    (
        "The conflict lasted nearly two decades.",
        [("nearly two decades", 2, "decades", "duration", "nearly", True)],
    ),
    (
        "The document runs from ten to 32 pages.",
        [("ten to 32 pages", 10, "pages", "count", None, True)],
    ),
    (
        "Dozens of houses collapsed.",
        [("Dozens of houses", 12, "houses", "count", None, True)],
    ),
    (
        "The company employs more than 250 staff.",
        [("more than 250 staff", 250, "staff", "count", "more than", True)],
    ),
    ("She sent 1,143 messages.", [("1,143 messages", 1143, "messages", "count", None, False)]),
    (
        "The Senate passed the bill in a 256-167 vote on Monday.",
        [],
    ),
    ("The home side won 3-1 on Saturday.", []),
    ("In 2017, the campaign spread.", []),
    ("The 14-year-old girl was rescued.", []),
    ("Jane Smith, 24, said she was afraid.", []),
    ("Jane Smith (24) said she was afraid.", []),
    (
        "Shares fell 3pc as the economy grew 0.1pc.",
        [
            ("3pc", 3, "percent", "percent", None, False),
            ("0.1pc", 0.1, "percent", "percent", None, False),
        ],
    ),
    ("The House passed the spending bill 220 to 212.", []),
    (
        "They filed the returns 5 to 10 days late.",
        [
            ("5", 5, "days", "duration", None, False),
            ("10 days", 10, "days", "duration", None, False),
        ],
    ),
    # words that begin like "a.m." ("Americans", "ambulances") are no clock
    (
        "An estimated 6.7 million Americans have it; 12 ambulances came at 10 a.m.",
        [
            (
                "An estimated 6.7 million Americans",
                6.7e6,
                "Americans",
                "count",
                "an estimated",
                True,
            ),
            ("12 ambulances", 12, "ambulances", "count", None, False),
        ],
    ),
    (
        "Within a day 6,000 women had posted. Ana Ruiz-Vidal, now 38, wrote back.",
        [("6,000 women", 6000, "women", "count", None, False)],
    ),
    ("The side sit ninth. Farrand, 19, has scored in each game.", []),
    ("The meeting starts at 10 a.m. sharp.", []),
    ("He finished first in the race.", []),
    ("Call 555-0143 for details.", []),
    ("Women aged 24 were surveyed.", []),
    ("The quake struck two years ago.", []),
    (
        "The 6.2-magnitude earthquake struck at night.",
        [("6.2-magnitude", 6.2, "magnitude", "measure", None, False)],
    ),
    (
        "Okafor has scored 11 goals this season and 14 in all competitions.",
        [
            ("11 goals", 11, "goals", "count", None, False),
            ("14", 14, "goals", "count", None, False),
        ],
    ),
    (
        "It recorded 12 cases last year and four so far this year.",
        [
            ("12 cases", 12, "cases", "count", None, False),
            ("four", 4, "cases", "count", None, False),
        ],
    ),
    (
        "Four out of five women never told anyone.",
        [("Four out of five women", 0.8, "women", "fraction", None, False)],
    ),
    (
        "1 in 3 adults had been harassed, and 2 out of 5 never told anyone.",
        [
            ("1 in 3 adults", 0.333, "adults", "fraction", None, False),
            ("2 out of 5", 0.4, "adults", "fraction", None, False),
        ],
    ),
    (
        "The panel of twelve met today.",
        [("twelve", 12, "members", "count", None, False)],
    ),
    # number words after "a hundred"; hyphenated idioms; an age bound after "were"
    (
        "Council approved a hundred and ten million dollars for the arena.",
        [("a hundred and ten million dollars", 110000000, "USD", "money", None, False)],
    ),
    ("The city will consider a two-tier pricing system.", []),
    ("A three-party coalition took office.", [("three-party", 3, "parties", "count", None, False)]),
    (
        "Of those detained, a third were under 25, and about 40 had never protested.",
        [("about 40", 40, "people", "count", "about", True)],
    ),
    (
        "The city uses about 1,600 megalitres a day.",
        [("about 1,600 megalitres", 1600, "Ml", "measure", "about", True)],
    ),
    # a place's bare "of" number is its population
    (
        "The plant will give work to a city of 220,000 that depends on its carmaker.",
        [("220,000", 220000, "people", "count", None, False)],
    ),
    # a hyphenated modifier between the number and its noun
    (
        "Rescuers sent two remote-controlled loaders into the tunnel.",
        [("two remote-controlled loaders", 2, "loaders", "count", None, False)],
    ),
    # a price per unit after a slash, not an identifier
    (
        "Gas traded at €86/MWh on Tuesday.",
        [("€86", 86, "EUR", "money", None, False)],
    ),
    # "the last / next N units" is a length of time, though the model tags it DATE
    (
        "She spent the last five months of her life in hospital.",
        [("five months", 5, "months", "duration", None, False)],
    ),
    (
        "Over the next two weeks, 40 teams will compete.",
        [
            ("two weeks", 2, "weeks", "duration", None, False),
            ("40 teams", 40, "teams", "count", None, False),
        ],
    ),
    # currencies: codes and symbols several countries share take the article's country
    (
        "The South African union wants about R12 billion, or R750 a month per nurse.",
        [
            ("about R12 billion", 12e9, "ZAR", "money", "about", True),
            ("R750", 750, "ZAR", "money", None, False),
        ],
    ),
    ("Traffic on the R44 was slow after the crash.", []),
    (
        "NAIROBI - He was fined KSh 5.4 million and must repay Sh2 million.",
        [
            ("KSh 5.4 million", 5.4e6, "KES", "money", None, False),
            ("Sh2 million", 2e6, "KES", "money", None, False),
        ],
    ),
    (
        "KAMPALA - The firm paid Sh450 million.",
        [("Sh450 million", 4.5e8, "UGX", "money", None, False)],
    ),
    # local copy names its county, not the country; a scaled amount glued to "Sh" is money
    (
        "The Machakos assembly cut Sh620 million, leaving Sh500 for each ward.",
        [
            ("Sh620 million", 6.2e8, "KES", "money", None, False),
            ("Sh500", 500, "KES", "money", None, False),
        ],
    ),
    (
        "MCAs rejected the Sh2.3bn budget on Tuesday.",
        [("Sh2.3bn", 2.3e9, "KES", "money", None, False)],
    ),
    (
        "The union wants R3.2 million more for its members.",
        [("R3.2 million", 3.2e6, "ZAR", "money", None, False)],
    ),
    # a decimal comma before a scale ("R2,6 billion"); three digits after it part thousands
    (
        "JOHANNESBURG — The fine was R2,6 billion, or R1,2-billion after appeal.",
        [
            ("R2,6 billion", 2.6e9, "ZAR", "money", None, False),
            ("R1,2-billion", 1.2e9, "ZAR", "money", None, False),
        ],
    ),
    (
        "DUBLIN — Costs rose to €2,6 million, then €3,25m.",
        [
            ("€2,6 million", 2.6e6, "EUR", "money", None, False),
            ("€3,25m", 3.25e6, "EUR", "money", None, False),
        ],
    ),
    (
        "JOHANNESBURG — The plan cost R1,200 million, or R2,600 a home.",
        [
            ("R1,200 million", 1.2e9, "ZAR", "money", None, False),
            ("R2,600", 2600, "ZAR", "money", None, False),
        ],
    ),  # guard: thousands
    # an "R" amount in an article whose places are South African, named or not
    (
        "Residents of Sebokeng and Vanderbijlpark paid R350 a month to the Emfuleni Local "
        "Municipality.",
        [("R350", 350, "ZAR", "money", None, False)],
    ),
    (
        "Residents of Springfield paid R350 a month to the Springfield City Council.",
        [],
    ),  # guard: no South African place or body
    (
        "Relief worth Tk 150 crore reached Sylhet.",
        [("Tk 150 crore", 1.5e9, "BDT", "money", None, False)],
    ),
    # a scale word misspelt as copy keeps it
    (
        "Losses topped $720 milion, and close to 6 milion rides were lost.",
        [
            ("$720 milion", 7.2e8, "USD", "money", None, False),
            ("close to 6 milion rides", 6e6, "rides", "count", "close to", True),
        ],
    ),
    (
        "Assam sanctions Rs 1,270 cr flood package. The CR Park unit is shut.",
        [("Rs 1,270 cr", 1.27e10, "INR", "money", None, False)],
    ),
    (
        "Rs 2.5 lakh crore was set aside in Delhi.",
        [("Rs 2.5 lakh crore", 2.5e12, "INR", "money", None, False)],
    ),
    (
        "Samsung will invest 3 billion won after Korea won the bid.",
        [("3 billion won", 3e9, "KRW", "money", None, False)],
    ),
    ("The bank sold 2 billion lira.", [("2 billion lira", 2e9, "TRY", "money", None, False)]),
    # "$" is the local dollar where another country clearly dominates the article
    (
        "SYDNEY - Australian house prices rose. A Sydney home costs $1.62 million, and "
        "US$900,000 buys little in Australia.",
        [
            ("$1.62 million", 1.62e6, "AUD", "money", None, False),
            ("US$900,000", 9e5, "USD", "money", None, False),
        ],
    ),
    ("The US firm paid $5 million to Canada.", [("$5 million", 5e6, "USD", "money", None, False)]),
    # single-letter currencies only in the country's copy, and never a model code
    (
        "MANILA - The senator sought P2.3-billion for the Philippines.",
        [("P2.3-billion", 2.3e9, "PHP", "money", None, False)],
    ),
    (
        "LAGOS - Petrol rose to N1,200 per litre in Nigeria, and N95 masks sold out.",
        [("N1,200", 1200, "NGN", "money", None, False)],
    ),
    (
        "SEOUL (Yonhap) -- $1 = 1,380 won, a Korean bank said.",
        [
            ("$1", 1, "USD", "money", None, False),
            ("1,380 won", 1380, "KRW", "money", None, False),
        ],
    ),
    ("The grant was 15,000 escudos.", [("15,000 escudos", 15000, "CVE", "money", None, False)]),
    # measures: speeds written out, "pct", Mach
    (
        "Winds of 185 kilometers per hour hit the coast; the budget rose 7.2 pct.",
        [
            ("185 kilometers per hour", 185, "km/h", "measure", None, False),
            ("7.2 pct", 7.2, "percent", "percent", None, False),
        ],
    ),
    # astronomical distances
    (
        "The planet orbits a star 700 light-years away, 4.2 light years beyond the probe.",
        [
            ("700 light-years", 700, "light-years", "measure", None, False),
            ("4.2 light years", 4.2, "light-years", "measure", None, False),
        ],
    ),
    (
        "The missile flew at around Mach 6.",
        [("around Mach 6", 6, "Mach", "measure", "around", True)],
    ),
    # a hyphen inside a compound word does not end the phrase; a bare dashed pair is none
    (
        "North Korea fired two short-range ballistic missiles on Thursday.",
        [("two short-range ballistic missiles", 2, "missiles", "count", None, False)],
    ),
    ("Hollins took 4-62 as England led, the notes in paras 8-10 said.", []),
    (
        "The blast killed five people and injured 12 others.",
        [
            ("five people", 5, "people", "count", None, False),
            ("12 others", 12, "people", "count", None, False),
        ],
    ),
    (
        "Only 4 per cent of homes sold in the 12 months to December were affordable.",
        [
            ("4 per cent", 4, "percent", "percent", None, False),
            ("12 months", 12, "months", "duration", None, False),
        ],
    ),
    # units glued to the digits
    (
        "Temperatures hit 41.2C (106F) as 300mm of rain fell 10km away.",
        [
            ("41.2C", 41.2, "degrees Celsius", "measure", None, False),
            ("106F", 106, "degrees Fahrenheit", "measure", None, False),
            ("300mm", 300, "mm", "measure", None, False),
            ("10km", 10, "km", "measure", None, False),
        ],
    ),
    ("The ship carries 24,000 TEU.", [("24,000 TEU", 24000, "TEU", "measure", None, False)]),
    (
        "Overnight lows of minus 2 degrees Celsius hit the camps.",
        [("minus 2 degrees Celsius", -2, "degrees Celsius", "measure", None, False)],
    ),
    # a coin counted like money; a currency in a compound; Malaysian scales; a spaced
    # temperature scale; a bare "m" among levels is metres
    (
        "It could not account for about 18,400 Bitcoin, and the 10-yen coin fell.",
        [
            ("about 18,400 Bitcoin", 18400, "BTC", "money", "about", True),
            ("10-yen", 10, "JPY", "money", None, False),
        ],
    ),
    (
        "The state approved an allocation of RM10mil and the ministry set aside RM1.2bil.",
        [
            ("RM10mil", 10e6, "MYR", "money", None, False),
            ("RM1.2bil", 1.2e9, "MYR", "money", None, False),
        ],
    ),
    (
        "It was the warmest year, with the temperature reaching 38.2 C at Fort Chipewyan.",
        [("38.2 C", 38.2, "degrees Celsius", "measure", None, False)],
    ),
    (
        "The river was at 10.42m yesterday evening, 0.42m above the danger level.",
        [
            ("10.42m", 10.42, "m", "measure", None, False),
            ("0.42m", 0.42, "m", "measure", None, False),
        ],
    ),
    # ordinals, verbs, names, ages and numbered articles are no amounts; a headline's
    # percentage is one
    (
        "Inflation stayed above target for a fourth year, and a third of voters stayed home.",
        [("a third of voters", 0.333, "voters", "fraction", None, False)],
    ),
    ("Cross one-timed a pass past the goalie.", []),
    ("The S&P 500 gained 1%.", [("1%", 1, "percent", "percent", None, False)]),
    ("Harlow soars 14% on chips", [("14%", 14, "percent", "percent", None, False)]),
    ("The reform was forced through using Article 49.3 of the Constitution.", []),
    # a release's number after a product's name or "version" is no amount
    ("The patch fixes Safari 4.1 and Opera 10.5 on Ubuntu.", []),
    ("Phones running iPadOS 16.4 or version 2.7 of the app are affected.", []),
    (
        "Sales in Brazil rose 4.5 percent and Mexico 2.3.",
        [
            ("4.5 percent", 4.5, "percent", "percent", None, False),
            ("2.3", 2.3, None, "count", None, False),
        ],
    ),
    (
        "Exports 2.5 and Imports 1.8 were the rates the bureau gave.",
        [("2.5", 2.5, None, "count", None, False), ("1.8", 1.8, None, "count", None, False)],
    ),
    # a zero compound names a kind of thing ("zero-day", "zero-hour"), no length of time
    ("Attackers used a zero-day bug against staff on zero-hour contracts.", []),
    ("The town went zero days without rain.", [("zero days", 0, "days", "duration", None, False)]),
    ("The bill raises the retirement age from 64 to 64 and a half by 2030.", []),
    ("The bill asks the most of those who began working at 18.", []),
    # a minus sign, spelled or printed, makes a measure, a rate or a sum negative
    (
        "Lows fell to -6C overnight and ranged from -5 to 12 degrees on the coast.",
        [
            ("-6C", -6, "degrees Celsius", "measure", None, False),
            ("-5", -5, "degrees", "measure", None, False),
            ("12 degrees", 12, "degrees", "measure", None, False),
        ],
    ),
    (
        "Surface temperatures swing from minus 190 to 120 degrees Celsius.",
        [
            ("minus 190", -190, "degrees Celsius", "measure", None, False),
            ("120 degrees Celsius", 120, "degrees Celsius", "measure", None, False),
        ],
    ),
    (
        "The bank kept its rate at minus 0.1 percent, within plus or minus 2 percent.",
        [
            ("minus 0.1 percent", -0.1, "percent", "percent", None, False),
            ("2 percent", 2, "percent", "percent", None, False),
        ],
    ),
    (
        "The current account balance was minus $60 billion.",
        [("minus $60 billion", -60e9, "USD", "money", None, False)],
    ),
    ("It was the COVID-19 ward, where 12 -3 was scrawled.", []),
    (
        "The union wants a C$2.6-billion deal.",
        [("C$2.6-billion", 2.6e9, "CAD", "money", None, False)],
    ),
    # what a number stands for: a headcount noun, a change verb's subject, an antecedent
    (
        "Officials put the toll at 287, up from 201 late on Wednesday.",
        [
            ("287", 287, "people", "count", None, False),
            ("201", 201, "people", "count", None, False),
        ],
    ),
    ("The number of cases climbed to 40.", [("40", 40, "cases", "count", None, False)]),
    (
        "He said 164 buildings had collapsed and a further 2,300 were badly damaged.",
        [
            ("164 buildings", 164, "buildings", "count", None, False),
            ("2,300", 2300, "buildings", "count", None, False),
        ],
    ),
    (
        "The firm promised 900 jobs for graduates. Fewer than half have been filled.",
        [
            ("900 jobs", 900, "jobs", "count", None, False),
            ("Fewer than half", 0.5, "jobs", "fraction", "fewer than", True),
        ],
    ),
    ("Mothers get about half as much as they need.", []),
    # vague amounts standing alone for people; one unit of time, hedged
    (
        "Wildfires forced thousands to flee, and tens of thousands protested.",
        [
            ("thousands", 1000, "people", "count", None, True),
            ("tens of thousands", 10000, "people", "count", None, True),
        ],
    ),
    ("The repairs cost thousands.", []),
    # an unnamed few of a scale is an approximate amount, with its noun or alone
    (
        "Several thousand fans marched, and a few hundred stayed overnight.",
        [
            ("Several thousand fans", 1000, "fans", "count", None, True),
            ("a few hundred", 100, "fans", "count", None, True),
        ],
    ),
    ("A few hundred stayed overnight.", [("A few hundred", 100, "people", "count", None, True)]),
    # a rate's base is part of the rate
    (
        "The rate reached 4.8 per 100,000 people, and 3.9 deaths per 1,000 live births.",
        [
            ("4.8 per 100,000 people", 4.8, "per 100,000 people", "count", None, False),
            (
                "3.9 deaths per 1,000 live births",
                3.9,
                "deaths per 1,000 live births",
                "count",
                None,
                False,
            ),
        ],
    ),
    # "over" heading a phrase after an object spans a time; before a number it qualifies
    (
        "Airlines cancelled 340 flights over two days, and he made 412 appearances over 15 "
        "seasons.",
        [
            ("340 flights", 340, "flights", "count", None, False),
            ("two days", 2, "days", "duration", None, False),
            ("412 appearances", 412, "appearances", "count", None, False),
            ("15 seasons", 15, "seasons", "count", None, False),
        ],
    ),
    (
        "The siege lasted over two weeks.",
        [("over two weeks", 2, "weeks", "duration", "over", True)],
    ),
    # both ends of a range that repeats its sign
    (
        "Margins were in the 42%-43% range.",
        [
            ("42%", 42, "percent", "percent", None, False),
            ("43%", 43, "percent", "percent", None, False),
        ],
    ),
    # cents carry into a bare number of the same sentence only
    (
        "The dividend rose to 52 cents a share. Headcount stood at 14,800.",
        [
            ("52 cents", 0.52, "USD", "money", None, False),
            ("14,800", 14800, None, "count", None, False),
        ],
    ),
    # basis points glued to the digits are no billions
    (
        "The bank cut rates by 25bp, and spreads widened to 185bps.",
        [
            ("25bp", 25, "basis points", "percent", None, False),
            ("185bps", 185, "basis points", "percent", None, False),
        ],
    ),
    # a race's distance in metres, by the event's word or the race's time
    (
        "Okafor won the 400m in 44.1 seconds and swam the 100m freestyle.",
        [
            ("400m", 400, "m", "measure", None, False),
            ("44.1 seconds", 44.1, "seconds", "duration", None, False),
            ("100m", 100, "m", "measure", None, False),
        ],
    ),
    ("The club raised 400m in January.", [("400m", 4e8, None, "count", None, False)]),
    # a number before "last year" counts what the clause counts, not years
    (
        "Measles cases rose to 2,876 last year and to 3,100 this year.",
        [
            ("2,876", 2876, "cases", "count", None, False),
            ("3,100", 3100, "cases", "count", None, False),
        ],
    ),
    ("Ticket prices rose to 40 in March.", [("40", 40, None, "count", None, False)]),
    # an amount's kind ("a majority of") is not what it counts
    (
        "Labour won 412 seats, a majority of 174.",
        [
            ("412 seats", 412, "seats", "count", None, False),
            ("174", 174, "seats", "count", None, False),
        ],
    ),
    # a share of one whole keeps the whole singular; a share of many counts them
    (
        "Roughly a third of the county's budget goes to roads, and half of its workers "
        "are paid by the state.",
        [
            (
                "Roughly a third of the county's budget",
                0.333,
                "budget",
                "fraction",
                "roughly",
                True,
            ),
            ("half of its workers", 0.5, "workers", "fraction", None, False),
        ],
    ),
    (
        "One and a half million homes lost power.",
        [("One and a half million homes", 1.5e6, "homes", "count", None, False)],
    ),
    (
        "It has been almost a year since talks began, after more than a week of strikes.",
        [
            ("almost a year", 1, "years", "duration", "almost", True),
            ("more than a week", 1, "weeks", "duration", "more than", True),
        ],
    ),
    ("They meet once a week.", []),
    ("Castellanos, a fifth-year candidate, used a third-party app.", []),
    (
        "Aid of 100,000 Turkish liras reached Malatya.",
        [("100,000 Turkish liras", 1e5, "TRY", "money", None, False)],
    ),
    # lakh or crore with no currency in a clause of paying, or in Indian copy, is rupees
    (
        "The audit found an overrun of 36 crore in 2023.",
        [("36 crore", 3.6e8, "INR", "money", None, False)],
    ),
    ("The town paid 40 lakh for the land.", [("40 lakh", 4e6, "INR", "money", None, False)]),
    (
        "Officials in Delhi, Mumbai and Pune said the scheme reached 24 crore.",
        [("24 crore", 2.4e8, "INR", "money", None, False)],
    ),
    (
        "Officials in Delhi, Mumbai and Pune said 24 crore voters are registered.",
        [("24 crore voters", 2.4e8, "voters", "count", None, False)],
    ),  # guard: the amount names its noun
    # the rest of a sum of money its sentence named is in that currency
    (
        "The grant is $6 million, with the town covering the remaining 2.5 million.",
        [
            ("$6 million", 6e6, "USD", "money", None, False),
            ("2.5 million", 2.5e6, "USD", "money", None, False),
        ],
    ),
    (
        "Of the 10 million people, the remaining 2.5 million live abroad.",
        [
            ("10 million people", 1e7, "people", "count", None, False),
            ("2.5 million", 2.5e6, "people", "count", None, False),
        ],
    ),  # guard: no money before it
    ("The government promised 1 lakh jobs.", [("1 lakh jobs", 1e5, "jobs", "count", None, False)]),
    # an adjective that changes what is counted stays in the unit; others do not
    (
        "Schools closed across the 17 local government areas.",
        [("17 local government areas", 17, "local government areas", "count", None, False)],
    ),
    (
        "Five first responders and 40 general practitioners were hurt.",
        [
            ("Five first responders", 5, "first responders", "count", None, False),
            ("40 general practitioners", 40, "general practitioners", "count", None, False),
        ],
    ),
    (
        "The 12 local authorities run 40 new schools.",
        [
            ("12 local authorities", 12, "local authorities", "count", None, False),
            ("40 new schools", 40, "schools", "count", None, False),
        ],
    ),  # guard: "new" is no part of the unit
    # a headcount noun in the plural counts itself
    (
        "The clinic recorded 12,000 attendances last year.",
        [("12,000 attendances", 12000, "attendances", "count", None, False)],
    ),
    ("A crowd of 320 gathered.", [("320", 320, "people", "count", None, False)]),  # guard
    # a bare number after "at" on a noun is a point reached, no count of that noun
    ("Nobody should be in a corridor at 91, he said.", [("91", 91, None, "count", None, False)]),
    # the age at which a life's act took place, before its place, day or cause
    ("She died at 88 in Boston.", []),
    ("He retired at 65 after a long career.", []),
    ("The index closed at 88 in heavy trading.", [("88", 88, None, "count", None, False)]),  # guard
    # idioms, ages, identifiers, currencies before an identifier's place
    ("It was a one-off, a one-time payment.", []),
    ('"We need buses," said Abara, 34.', []),
    ("Patients in Level Four hospitals went without gloves.", []),
    # "half" naming a school break or a match's interval
    ("Pupils in Carnford break up for half term on Friday.", []),
    ("The half-term break starts on Friday.", []),
    ("Rovers led 2-0 at half time.", []),
    # a step of a plan or a scale named by its number in words
    ("Phase two of the Ardmore scheme will begin in spring.", []),
    ("Work on stage three starts in May.", []),
    ("The county stays under level four curbs.", []),
    (
        "About two-thirds were among people aged over 75.",
        [("About two-thirds", 0.667, "people", "fraction", "about", True)],
    ),
    (
        "Farmers still wait for a bonus of Rs 800 per quintal in Odisha.",
        [("Rs 800", 800, "INR", "money", None, False)],
    ),
    (
        "She said aftershocks above magnitude 5 could continue.",
        [("above magnitude 5", 5, "magnitude", "measure", "above", True)],
    ),
    (
        "It spent $212 million on research in fiscal 2025, or 31% of revenue.",
        [
            ("$212 million", 212e6, "USD", "money", None, False),
            ("31%", 31, "percent", "percent", None, False),
        ],
    ),
    # the model's DATE ran from the dateline over the blank line into the first sentence
    (
        "Welsh pupils short of sleep\n\nMonday, March 6, 2006\n\n"
        "Almost half of all Welsh secondary school pupils sleep too little, doctors say.",
        [
            (
                "Almost half of all Welsh secondary school pupils",
                0.5,
                "school pupils",
                "fraction",
                "almost",
                True,
            )
        ],
    ),
    # one length of time in several units, in its smallest unit
    (
        "She finished the race in 22 hours, 41 minutes and 7 seconds.",
        [("22 hours, 41 minutes and 7 seconds", 81667, "seconds", "duration", None, False)],
    ),
    (
        "The trial lasted 2 years and 3 months.",
        [("2 years and 3 months", 27, "months", "duration", None, False)],
    ),
    (
        "The firm hired 40 people in 3 hours and 20 staff left.",
        [
            ("40 people", 40, "people", "count", None, False),
            ("3 hours", 3, "hours", "duration", None, False),
            ("20 staff", 20, "staff", "count", None, False),
        ],
    ),
    # ages in a range, a vote's tally written with "to", a number that names
    ("The men, aged between 24 and 58, are believed to be alive.", []),
    ("The measure passed 31 to 18 after a long debate.", []),
    (
        "The court voted 5 to 4 against the plan, and 12 to 15 people were hurt.",
        [("12 to 15 people", 12, "people", "count", None, True)],
    ),
    ("The Sindicato de Trabajadores N°1 said it would strike.", []),
    ("The stoppage closed the No 3 and No 9 shafts at the mine.", []),
    # pence glued to the number in British copy; a video's lines are no amount
    (
        "The £2bn lender's shares rose to 68.2p, and the camera films 1080p video.",
        [
            ("£2bn", 2e9, "GBP", "money", None, False),
            ("68.2p", 0.682, "GBP", "money", None, False),
        ],
    ),
    ("The phone films 1080p video and 4p rebates were offered in Ohio.", []),
    # "m" glued to a number is metres before a dimension, else a million
    (
        "The wall is 2m high, and engineers replaced a 1.5m length of cable.",
        [("2m", 2, "m", "measure", None, False), ("1.5m", 1.5, "m", "measure", None, False)],
    ),
    (
        "Most deaths occurred within 10m of the working face.",
        [("10m", 10, "m", "measure", None, False)],
    ),
    ("About 40m people watched.", [("About 40m people", 40e6, "people", "count", "about", True)]),
    # nanometres glued to the digits; a hedged share of a pronoun
    (
        "The chip uses a 3nm process. The firm employs 300 engineers, about a third of them "
        "in Haifa.",
        [
            ("3nm", 3, "nm", "measure", None, False),
            ("300 engineers", 300, "engineers", "count", None, False),
            ("about a third", 0.333, "engineers", "fraction", "about", True),
        ],
    ),
    # a rugby scorer's line and a position named by a fraction are no amounts
    ("Blues 34 (Riley Matagi 4 con, 2 pen). The five-eighth Riley Matagi kicked well.", []),
    # in a sports report, "a 48m penalty" and "the 2.02m lock" are metres
    (
        "The striker scored before half-time and the coach praised his squad. Kerr kicked a "
        "48m penalty, the 2.02m lock made a 70m run, and 4m people watched.",
        [
            ("48m", 48, "m", "measure", None, False),
            ("2.02m", 2.02, "m", "measure", None, False),
            ("70m", 70, "m", "measure", None, False),
            ("4m people", 4e6, "people", "count", None, False),
        ],
    ),
    # "$" in an Australian state's copy
    (
        "Queensland will raise $600m from the tier, Queensland's treasurer told Queensland "
        "parliament.",
        [("$600m", 600e6, "AUD", "money", None, False)],
    ),
    # "$" in an international agency's copy from a dollar country: the US dollar
    (
        "SINGAPORE, Nov 20 (Reuters) - Brent crude rose 38 cents to $73.68 a barrel, and a "
        "Singapore bank paid S$12 million.",
        [
            ("38 cents", 0.38, "USD", "money", None, False),
            ("$73.68", 73.68, "USD", "money", None, False),
            ("S$12 million", 12e6, "SGD", "money", None, False),
        ],
    ),
    # Gulf and Peruvian currencies, glued to the digits or not; a scale word alone is none
    (
        "Riyadh will pay SR12 billion, Abu Dhabi about AED4.5 billion and firms Dh38 billion.",
        [
            ("SR12 billion", 12e9, "SAR", "money", None, False),
            ("about AED4.5 billion", 4.5e9, "AED", "money", "about", True),
            ("Dh38 billion", 38e9, "AED", "money", None, False),
        ],
    ),
    (
        "Muscat pledged 300 million Omani rials, and the fund pays S/ 1,130 a month.",
        [
            ("300 million Omani rials", 300e6, "OMR", "money", None, False),
            ("S/ 1,130", 1130, "PEN", "money", None, False),
        ],
    ),
    # smoke from Canada in a Minnesota story: still US dollars
    (
        "Smoke from fires in Canada reached Minnesota, where Canadian crews cannot help. A "
        "filter costs $25 in Minneapolis, Minnesota officials said of the Canada fires.",
        [("$25", 25, "USD", "money", None, False)],
    ),
    # "pesos" are the currency of the country the article names
    (
        "The Chilean regulator in Santiago fined the miner 82 million pesos.",
        [("82 million pesos", 82e6, "CLP", "money", None, False)],
    ),
    (
        "The Chilean regulator fined the miner 5 million Mexican pesos in Chile.",
        [("5 million Mexican pesos", 5e6, "MXN", "money", None, False)],
    ),
    # the won as Korean papers print it; spelled-out areas and voltages
    (
        "Samsung will invest W24tr in the plant, the Seoul office said.",
        [("W24tr", 24e12, "KRW", "money", None, False)],
    ),
    ("The W3 engine was shown in London.", []),
    (
        "It sits on a 210,000-square-meter site fed by 345-kilovolt lines.",
        [
            ("210,000-square-meter", 210000, "m2", "measure", None, False),
            ("345-kilovolt", 345, "kV", "measure", None, False),
        ],
    ),
    # a DOI, a tracklist and a tour-date list hold no amounts
    ("Nature Geoscience, 2026; DOI: 10.1038/s41561-026-01873-4", []),
    ("Tracklist:\n01 Undertow\n02 Low Light\n\nTour:\n03-06 Manchester, England\n", []),
    # basis points and hectares by their names; a multiple glued to its number
    (
        "The bank cut its rate by 25 bps after a 50 bp cut in May.",
        [
            ("25 bps", 25, "basis points", "percent", None, False),
            ("50 bp", 50, "basis points", "percent", None, False),
        ],
    ),
    (
        "The scheme covers 62 hectares and a 40ha wood.",
        [
            ("62 hectares", 62, "hectares", "measure", None, False),
            ("40ha", 40, "hectares", "measure", None, False),
        ],
    ),
    (
        "Net leverage will be roughly 2.8x at closing. The 4x4 sold out.",
        [("roughly 2.8x", 2.8, "times", "measure", "roughly", True)],
    ),
    # cents and pence are hundredths of the currency counted in last
    (
        "Profit was R4.2 billion, or 87 cents a share, and a stamp costs 50 pence.",
        [
            ("R4.2 billion", 4.2e9, "ZAR", "money", None, False),
            ("87 cents", 0.87, "ZAR", "money", None, False),
            ("50 pence", 0.5, "GBP", "money", None, False),
        ],
    ),
    (
        "Earnings were 87 cents a share.",
        [("87 cents", 0.87, "USD", "money", None, False)],
    ),
    # ages of people, a rank and a phone number are no amounts
    ("The youngest victim was 71; the oldest was 96.", []),
    ("Reviews apply to members older than 75.", []),
    ("She was ranked outside the top 100 in February.", []),
    ('"I have been coming here since I was eight," he said.', []),
    ("Call the hotline at 1-833-372-8311 for help.", []),
    ("The toll was 71.", [("71", 71, "people", "count", None, False)]),
    # a year before a singular noun is no count; before a plural it is one
    ("The case began with a 2023 inspection by the regulator.", []),
    ("The 1500 workers struck.", [("1500 workers", 1500, "workers", "count", None, False)]),
    # a hyphenated measure takes the measure's unit; a size adjective reads "m" as metres
    (
        "It has a 30-centimetre telescope.",
        [("30-centimetre", 30, "cm", "measure", None, False)],
    ),
    (
        "The 73m-long aircraft will be towed about 800m from the hangar.",
        [
            ("73m-long", 73, "m", "measure", None, False),
            ("about 800m", 800, "m", "measure", "about", True),
        ],
    ),
    # the low end of a money range takes the high end's scale when it stays below it
    (
        "The contract is worth between $4 and $6 million.",
        [
            ("$4", 4e6, "USD", "money", None, False),
            ("$6 million", 6e6, "USD", "money", None, False),
        ],
    ),
    (
        "Repairs will cost £2 to £3 billion.",
        [
            ("£2", 2e9, "GBP", "money", None, False),
            ("£3 billion", 3e9, "GBP", "money", None, False),
        ],
    ),
    (
        "The grant runs between $800 and $2 million.",
        [
            ("$800", 800, "USD", "money", None, False),
            ("$2 million", 2e6, "USD", "money", None, False),
        ],
    ),
    # a range that writes the currency at both ends stays two amounts, as the gold of
    # facts-articles, archive-exports and samples lists them ("$13.9 billion" and "$14.1
    # billion"); "between 2.5 million and 3.1 million dollars" is one range
    (
        "Repairs will cost between $2.5 million and $3.1 million.",
        [
            ("$2.5 million", 2.5e6, "USD", "money", None, False),
            ("$3.1 million", 3.1e6, "USD", "money", None, False),
        ],
    ),
    (
        "Repairs will cost from €3 million to €4.5 million.",
        [
            ("€3 million", 3e6, "EUR", "money", None, False),
            ("€4.5 million", 4.5e6, "EUR", "money", None, False),
        ],
    ),
    (
        "Repairs will cost between $2.5m and $3.1m.",
        [
            ("$2.5m", 2.5e6, "USD", "money", None, False),
            ("$3.1m", 3.1e6, "USD", "money", None, False),
        ],
    ),
    # "hundreds of thousands" standing alone is one amount of people
    (
        "Hundreds of thousands rallied in the square.",
        [("Hundreds of thousands", 1e5, "people", "count", None, True)],
    ),
    # a bare number takes no unit from a count in an earlier paragraph
    (
        "The chain runs 450 shops.\n\nRevenue climbed to 2.4 million.",
        [
            ("450 shops", 450, "shops", "count", None, False),
            ("2.4 million", 2.4e6, None, "count", None, False),
        ],
    ),
    # nor from one in an earlier sentence with an amount of another kind between
    (
        "Members backed the merger by a 3-to-1 ratio. The share index slipped 0.4% to 98.2.",
        [
            ("3-to-1 ratio", 3, "ratios", "count", None, False),
            ("0.4%", 0.4, "percent", "percent", None, False),
            ("98.2", 98.2, None, "count", None, False),
        ],
    ),
    # a share a change verb moves by; the level after it is no range's end
    (
        "Burglaries fell by roughly a fifth to 3,150.",
        [
            ("roughly a fifth", 0.2, "burglaries", "fraction", "roughly", True),
            ("3,150", 3150, "burglaries", "count", None, False),
        ],
    ),
    (
        "Exports have dropped by a third since May.",
        [("a third", 0.333, "exports", "fraction", None, False)],
    ),
    ("Output fell by half.", [("half", 0.5, None, "fraction", None, False)]),
    # a bare number below zero: negative, in degrees where the sentence is about cold (a
    # minus sign reads as a hyphen in the spaCy view)
    (
        "Wind chills in Thunder Bay could reach -38 by dawn.",
        [("-38", -38, "degrees", "measure", None, False)],
    ),
    (
        "Overnight lows of \u22127 are forecast.",
        [("-7", -7, "degrees", "measure", None, False)],
    ),
    ("The sentiment gauge slipped to -0.6 in June.", [("-0.6", -0.6, None, "count", None, False)]),
    # a share of one unit, written in words
    (
        "The path along the weir is a third of a mile long.",
        [("a third of a mile", 0.333, "miles", "measure", None, False)],
    ),
    (
        "Okonjo was two-tenths of a second behind the winner.",
        [("two-tenths of a second", 0.2, "seconds", "duration", None, False)],
    ),
    (
        "The lock is three-quarters of a mile from the quay.",
        [("three-quarters of a mile", 0.75, "miles", "measure", None, False)],
    ),
    # a share of a whole named elsewhere: hedged, or measuring a comparison
    (
        "Wages at the depot are still around a fifth lower than in 2010.",
        [("around a fifth", 0.2, None, "fraction", "around", True)],
    ),
    ("The ferry sailed a quarter empty.", [("a quarter", 0.25, None, "fraction", None, False)]),
    (
        "Of the firm's profit, the Oslo unit brought in roughly a fifth.",
        [("roughly a fifth", 0.2, None, "fraction", "roughly", True)],
    ),
    (
        "A third of the archive is on show, against barely a fifth before the fire.",
        [
            ("A third of the archive", 0.333, "archive", "fraction", None, False),
            ("barely a fifth", 0.2, "archive", "fraction", "barely", True),
        ],
    ),
    (
        "The grant covers less than a quarter of what the clinic needs.",
        [("less than a quarter", 0.25, None, "fraction", "less than", True)],
    ),
    (
        "Thefts fell by nearly a quarter.",
        [("nearly a quarter", 0.25, "thefts", "fraction", "nearly", True)],
    ),
    # an amount on the line after a date line
    (
        "Filed March 4, 2026\n\nHalf a million residents left the region.",
        [("Half a million residents", 5e5, "residents", "count", None, False)],
    ),
    (
        "Filed March 4, 2026\n\nA dozen activists were detained.",
        [("A dozen activists", 12, "activists", "count", None, False)],
    ),
    # half of one unit
    (
        "Yields rose by half a percentage point.",
        [("half a percentage point", 0.5, "percentage points", "percent", None, False)],
    ),
    ("He waited half an hour.", [("half an hour", 0.5, "hours", "duration", None, False)]),
    # ages: after a person noun in commas, an age limit on a group, an act at an age
    ("The driver, 23, died at the scene.", []),
    ("A 64-year-old man and a boy, 7, were hurt.", []),
    ("Pupils under 11 ride free.", []),
    ("She joined the bank at 24 and left at 58.", []),
    # percentage points abbreviated
    (
        "Approval dropped 4pp to 37%.",
        [
            ("4pp", 4, "percentage points", "percent", None, False),
            ("37%", 37, "percent", "percent", None, False),
        ],
    ),
    (
        "Approval dropped 2 ppts to 37%.",
        [
            ("2 ppts", 2, "percentage points", "percent", None, False),
            ("37%", 37, "percent", "percent", None, False),
        ],
    ),
    (
        "Approval dropped 1.5 pts to 37%.",
        [
            ("1.5 pts", 1.5, "percentage points", "percent", None, False),
            ("37%", 37, "percent", "percent", None, False),
        ],
    ),
    # pence glued to the number in a sentence about prices
    ("A pint costs 95p.", [("95p", 0.95, "GBP", "money", None, False)]),
    (
        "The shares rose 6p to 245p.",
        [("6p", 0.06, "GBP", "money", None, False), ("245p", 2.45, "GBP", "money", None, False)],
    ),
    ("The stream runs in 1080p.", []),
    # a cricket score, runs for wickets, is no amount; a count after "for" is one
    (
        "Wales scored five tries.\n\nIndia reached 311 for six.",
        [("five tries", 5, "tries", "count", None, False)],
    ),
    ("They declared on 428 for 7 dec (Hales 142).", []),
    # a player's or a side's bare score in a match report is no amount either
    (
        "The batter Dutt made 58 in the first innings and an unbeaten 44 in the second. "
        "Chasing 209, the visitors lost two wickets early and were bowled out for 171.",
        [("two wickets", 2, "wickets", "count", None, False)],
    ),
    (
        "Okafor, resuming on 23, was caught at cover for 67 off the bowler Vance. He and "
        "Lyle put on 91, and the tail added another 18 as the innings closed eight wickets "
        "down.",
        [("eight wickets", 8, "wickets", "count", None, False)],
    ),
    # a bowler's figures, wickets for runs, in a match report
    (
        "The bowler Reid finished with 3 for 52 from 18 overs as the batter Cole's innings ended.",
        [("18 overs", 18, "overs", "count", None, False)],
    ),
    # guards: a score with its noun, and a bare number outside a match report
    (
        "Dutt made 58 runs in the innings and took three wickets in his last over.",
        [
            ("58 runs", 58, "runs", "count", None, False),
            ("three wickets", 3, "wickets", "count", None, False),
        ],
    ),
    ("The charity made 300 for the shelter.", [("300", 300, None, "count", None, False)]),
    (
        "The stall sold 3 for 20 at the fair.",
        [("3", 3, None, "count", None, False), ("20", 20, None, "count", None, False)],
    ),
    (
        "The appeal raised 250 for three shelters.",
        [
            ("250", 250, None, "count", None, False),
            ("three shelters", 3, "shelters", "count", None, False),
        ],
    ),
    # numbered parts of laws and ballots name, they do not count
    ("Section 702 allows surveillance.", []),
    ("Article 7 requires members to report.", []),
    ("Proposition 47 reduced penalties.", []),
    # an ordinal part of a period is no share of it
    ("Growth should pick up in the second half of the decade.", []),
    # currency names after the number
    ("A beer costs 90 kroner in Bergen.", [("90 kroner", 90, "NOK", "money", None, False)]),
    ("A beer costs 90 kroner in Aarhus.", [("90 kroner", 90, "DKK", "money", None, False)]),
    # "crowns" in English is the money of the crown country the article names
    (
        "The Aarhus brewer's shares hit 318 Danish crowns.",
        [("318 Danish crowns", 318, "DKK", "money", None, False)],
    ),
    (
        "The Prague tram line will cost 4 billion crowns.",
        [("4 billion crowns", 4e9, "CZK", "money", None, False)],
    ),
    (
        "A Gothenburg flat costs about 2 million crowns.",
        [("about 2 million crowns", 2e6, "SEK", "money", "about", True)],
    ),
    ("The queen owned nine crowns.", [("nine crowns", 9, "crowns", "count", None, False)]),
    (
        "The levy is 25 Israeli shekels and 80 Polish zlotys.",
        [
            ("25 Israeli shekels", 25, "ILS", "money", None, False),
            ("80 Polish zlotys", 80, "PLN", "money", None, False),
        ],
    ),
    ("A bowl of pho costs 50,000 dong.", [("50,000 dong", 50000, "VND", "money", None, False)]),
    ("A tram ticket costs 450 forints.", [("450 forints", 450, "HUF", "money", None, False)]),
    ("A mint tea costs 15 dirhams in Fez.", [("15 dirhams", 15, "MAD", "money", None, False)]),
    ("The raffle winner took home 300 pounds.", [("300 pounds", 300, "GBP", "money", None, False)]),
    ("The pumpkin weighed 300 pounds.", [("300 pounds", 300, "pounds", "measure", None, False)]),
    # the plural subject of a change verb is what its number counts, also when the
    # model reads the sentence's first word as a name or the number as the object
    (
        "Burglaries fell 12% to 1,074.",
        [
            ("12%", 12, "percent", "percent", None, False),
            ("1,074", 1074, "burglaries", "count", None, False),
        ],
    ),
    ("Homicides dropped to 233.", [("233", 233, "homicides", "count", None, False)]),
    ("Housing starts hit 41,300.", [("41,300", 41300, "housing starts", "count", None, False)]),
    ("Prices hit 40.", [("40", 40, None, "count", None, False)]),
    # a whole number and a fraction of it
    ("The flight took 3 1/2 hours.", [("3 1/2 hours", 3.5, "hours", "duration", None, False)]),
    ("Soybeans rose 8 3/4 cents.", [("8 3/4 cents", 0.0875, "USD", "money", None, False)]),
    (
        "Oats fell 6-1/2 cents to $3.17-3/4 a bushel.",
        [
            ("6-1/2 cents", 0.065, "USD", "money", None, False),
            ("$3.17-3/4", 3.1775, "USD", "money", None, False),
        ],
    ),
    (
        "Leverage is three-and-a-half times profits.",
        [("three-and-a-half times profits", 3.5, "times profits", "count", None, False)],
    ),
    # a height in feet and inches is one length, in inches
    ("The guard is 6ft 9in tall.", [("6ft 9in", 81, "inches", "measure", None, False)]),
    ("She is 5 feet 2 inches.", [("5 feet 2 inches", 62, "inches", "measure", None, False)]),
    ("The fence is 8 feet high.", [("8 feet", 8, "feet", "measure", None, False)]),
    # the side a vote is cast for stands between the number and what it counts
    (
        "The levy passed with 2.4 million yes votes to 1.9 million no votes.",
        [
            ("2.4 million yes votes", 2.4e6, "votes", "count", None, False),
            ("1.9 million no votes", 1.9e6, "votes", "count", None, False),
        ],
    ),
    (
        'The charter drew 61,300 "no" ballots.',
        [('61,300 "no" ballots', 61300, "ballots", "count", None, False)],
    ),
    (
        "The motion got 27 aye votes.",
        [("27 aye votes", 27, "votes", "count", None, False)],
    ),
    # hedges of market and sports copy bound the amount after them
    (
        "North of 3,000 fans queued.",
        [("North of 3,000 fans", 3000, "fans", "count", "north of", True)],
    ),
    (
        "The appeal raised just shy of $8 million.",
        [("just shy of $8 million", 8e6, "USD", "money", "just shy of", True)],
    ),
    (
        "Slightly more than 4,600 nurses signed.",
        [("Slightly more than 4,600 nurses", 4600, "nurses", "count", "slightly more than", True)],
    ),
    (
        "Diesel sold for a little under $4.",
        [("a little under $4", 4, "USD", "money", "a little under", True)],
    ),
    # a compass word before a small count places it
    ("The canal passes north of 14 farms.", [("14 farms", 14, "farms", "count", None, False)]),
    # power, frequency, charge and data rates
    ("The heater draws 1,500 watts.", [("1,500 watts", 1500, "W", "measure", None, False)]),
    (
        "The tablet has a 7,200mAh battery and a 2.8GHz chip.",
        [
            ("7,200mAh", 7200, "mAh", "measure", None, False),
            ("2.8GHz", 2.8, "GHz", "measure", None, False),
        ],
    ),
    ("The tractor makes 240 horsepower.", [("240 horsepower", 240, "hp", "measure", None, False)]),
    ("Fibre lines offer 900Mbps.", [("900Mbps", 900, "Mbps", "measure", None, False)]),
    ("The smelter used 41 TWh.", [("41 TWh", 41, "TWh", "measure", None, False)]),
    (
        "Each 720-watt-hour pack was recalled.",
        [("720-watt-hour", 720, "Wh", "measure", None, False)],
    ),
    # a glued "M" or "k" before a unit of power is its prefix, not a scale
    ("The grid lost 4,000MW.", [("4,000MW", 4000, "MW", "measure", None, False)]),
    ("The radio tunes to 98.1MHz.", [("98.1MHz", 98.1, "MHz", "measure", None, False)]),
    # a share of a scale: "a quarter of a million"
    (
        "A quarter of a million tickets sold.",
        [("A quarter of a million tickets", 250000, "tickets", "count", None, False)],
    ),
    (
        "The agency lost two-thirds of a billion euros.",
        [("two-thirds of a billion euros", 6.667e8, "EUR", "money", None, False)],
    ),
    # a change verb that multiplies, and a copula, bring their subject to the number
    ("Admissions doubled to 830.", [("830", 830, "admissions", "count", None, False)]),
    ("Turnout at the fair was 8,450.", [("8,450", 8450, "people", "count", None, False)]),
    (
        "The number of complaints is 2,140.",
        [("2,140", 2140, "complaints", "count", None, False)],
    ),
    ("The fare was 40.", [("40", 40, None, "count", None, False)]),
    # a unit glued to the high end of a dashed range measures both ends
    (
        "Forecasters expect 50-75mm of rain.",
        [("50-75mm", 50, "mm", "measure", None, True)],
    ),
    ("The 3-5kg parcels ship free.", [("3-5kg", 3, "kg", "measure", None, True)]),
    # "times" before the whole it multiplies counts times
    (
        "Rents here are nearly three times the national average.",
        [("nearly three times", 3, "times", "count", "nearly", True)],
    ),
    (
        "The new hall is six times the size of the old one.",
        [("six times", 6, "times", "count", None, False)],
    ),
    # a body of people or animals counts as it is written
    ("The trawler sank with 19 crew aboard.", [("19 crew", 19, "crew", "count", None, False)]),
    ("Floods drowned 340 livestock.", [("340 livestock", 340, "livestock", "count", None, False)]),
    # thousands set apart by a space
    ("The final drew 62 418 fans.", [("62 418 fans", 62418, "fans", "count", None, False)]),
    # "half" before a determiner shares out the noun after it, as "half of" does
    (
        "Half the drivers we spoke to had quit.",
        [("Half the drivers", 0.5, "drivers", "fraction", None, False)],
    ),
    (
        "The mill lost nearly half its workforce.",
        [("nearly half its workforce", 0.5, "workforce", "fraction", "nearly", True)],
    ),
    ("Half the time the lift is broken.", []),
    # race times and gaps written with colons are lengths of time, in seconds
    ("Odede crossed the line in 2:08:31.", [("2:08:31", 7711, "seconds", "duration", None, False)]),
    ("Ruiz was second, +0:48.", [("+0:48", 48, "seconds", "duration", None, False)]),
    ("Lund touched in 1:55.02.", [("1:55.02", 115.02, "seconds", "duration", None, False)]),
    ("Read Luke 4:18 again.", []),
    ("Polls open at 08:15:00.", []),
    # a numbered list's rank is no amount
    (
        "Final standings:\n1. Ana Ruiz 41:02:11\n2. Lea Roth +0:48\n",
        [
            ("41:02:11", 147731, "seconds", "duration", None, False),
            ("+0:48", 48, "seconds", "duration", None, False),
        ],
    ),
    # a noun already plural in form stays as it is
    (
        "Astronomers found 14 lensed supernovae.",
        [("14 lensed supernovae", 14, "supernovae", "count", None, False)],
    ),
    # an adverb grading a modifier stays inside the counted phrase
    (
        "The fleet has about 2,400 fully electric buses.",
        [("about 2,400 fully electric buses", 2400, "buses", "count", "about", True)],
    ),
    (
        "The rover sampled two very different craters.",
        [("two very different craters", 2, "craters", "count", None, False)],
    ),
    # a baseball base before a player's name is a position
    ("Mets: 2B Jo Alvarez left with a sore wrist.", []),
    (
        "The bank raised 2B Swiss francs.",
        [("2B Swiss francs", 2e9, "CHF", "money", None, False)],
    ),
    # an age after a name and a stray space before the comma
    (
        "Winger Kai Moss\u00a0, 31, is out for six weeks.",
        [("six weeks", 6, "weeks", "duration", None, False)],
    ),
    # volumes
    (
        "The reservoir stores 2.4 billion cubic metres of water.",
        [("2.4 billion cubic metres", 2.4e9, "m3", "measure", None, False)],
    ),
    (
        "The barn holds 900 cubic feet of hay.",
        [("900 cubic feet", 900, "cubic feet", "measure", None, False)],
    ),
    # a numbered list's markers are no amounts, whatever the item opens with
    (
        "The stolen boxes held:\n1. about 300 silver spoons\n2. some 40 gold rings",
        [
            ("about 300 silver spoons", 300, "silver spoons", "count", "about", True),
            ("some 40 gold rings", 40, "gold rings", "count", "some", True),
        ],
    ),
    (
        "Turnout dropped to\n12 percent in the east.",
        [("12 percent", 12, "percent", "percent", None, False)],
    ),
    # a lettered room, court or gate label is neither billions nor degrees
    ("The appeal moved to Courtroom 6C on Friday.", []),
    ("Staff in Room 14B were told to leave.", []),
    (
        "Passengers waited at Gate 22B for an hour.",
        [("an hour", 1, "hours", "duration", None, False)],
    ),
    ("The ministry spent 4B euros.", [("4B euros", 4e9, "EUR", "money", None, False)]),
    ("The jury came back shortly after eleven.", []),
    (
        "The two - seat plane landed.",
        [("two - seat", 2, "seats", "count", None, False)],
    ),
    # a year before "levels" or "prices" is a baseline, not a count
    (
        "Output must fall 40% on 1995 levels.",
        [("40%", 40, "percent", "percent", None, False)],
    ),
    (
        "Wages grew 3% in 2015 prices.",
        [("3%", 3, "percent", "percent", None, False)],
    ),
    # a fact box's label names what its line's number counts; the dash stays out
    (
        "At a glance\n- 420: pupils at the new academy\n- 17 - classrooms built",
        [
            ("420", 420, "pupils", "count", None, False),
            ("17", 17, "classrooms", "count", None, False),
        ],
    ),
    (
        "Figures\n- 9,200 - Eastfield arena capacity",
        [("9,200", 9200, "arena capacity", "count", None, False)],
    ),
    # a number said to be a thing counts no people
    ("Nine of the wounded were soldiers.", [("Nine", 9, "people", "count", None, False)]),
    (
        '"One late train is bad luck," he said. "Twenty would be a pattern."',
        [("Twenty", 20, None, "count", None, False)],
    ),
    # a share "up" or "down" on a level; seasons counted as a length of time
    (
        "Bookings were up a fifth on March.",
        [("a fifth", 0.2, None, "fraction", None, False)],
    ),
    (
        "The shelter took in 640 dogs last month, down a quarter on May.",
        [
            ("640 dogs", 640, "dogs", "count", None, False),
            ("a quarter", 0.25, "dogs", "fraction", None, False),
        ],
    ),
    (
        "The coach hopes to win the league within three seasons.",
        [("three seasons", 3, "seasons", "count", None, False)],
    ),
    # one unit of a measure, hedged; unhedged "a mile" is a place
    (
        "The well is less than a metre deep and the track about a mile long.",
        [
            ("less than a metre", 1, "m", "measure", "less than", True),
            ("about a mile", 1, "miles", "measure", "about", True),
        ],
    ),
    ("The farm lies a mile from the coast.", []),
    # a share with no noun after it: a change by it, or a clause's subject
    (
        "Exports shrank by a quarter last year.",
        [("a quarter", 0.25, "exports", "fraction", None, False)],
    ),
    (
        "The farm grew 800 lambs. Half were exported, and a third stayed in the valley.",
        [
            ("800 lambs", 800, "lambs", "count", None, False),
            ("Half", 0.5, "lambs", "fraction", None, False),
            ("a third", 0.333, "lambs", "fraction", None, False),
        ],
    ),
    (
        "New scanner cuts waiting times by a third at rural clinics",
        [("a third", 0.333, None, "fraction", None, False)],
    ),
    (
        "Police held two boys. A third was released.",
        [("two boys", 2, "boys", "count", None, False)],
    ),
    # "twice" before the whole it multiplies; not how often
    (
        "Rents rose at more than twice the pace of wages.",
        [("more than twice", 2, "times", "count", "more than", True)],
    ),
    ("The mayor visited the site twice during the week.", []),
    ("The winger scored twice as the hosts came back.", []),
    (
        "Girls were twice as likely as boys to apply.",
        [("twice", 2, "times", "count", None, False)],
    ),
    # odds written with hyphens
    (
        "Analysts see a one-in-five chance of a default.",
        [("one-in-five chance", 0.2, "chance", "fraction", None, False)],
    ),
    (
        "Doctors quoted a 1-in-8 risk of relapse.",
        [("1-in-8 risk", 0.125, "risk", "fraction", None, False)],
    ),
    # a bullet's dash does not join the number ending the line before to the next one
    (
        "- samples taken in 2021\n- 64 new wells drilled",
        [("64 new wells", 64, "wells", "count", None, False)],
    ),
    # "over" after a word of contention names what it is about; "hand over" is a particle
    (
        "Regions feud over £12 billion in grants.",
        [("£12 billion", 12e9, "GBP", "money", None, False)],
    ),
    (
        "Unions row with the board over $3bn.",
        [("$3bn", 3e9, "USD", "money", None, False)],
    ),
    (
        "Regulators will sue the miner over 14 tailings leaks.",
        [("14 tailings leaks", 14, "tailings leaks", "count", None, False)],
    ),
    (
        "The trust will hand over 9 hectares to the city.",
        [("9 hectares", 9, "hectares", "measure", None, False)],
    ),
    (
        "The charity raised over £2m for the hospice.",
        [("over £2m", 2e6, "GBP", "money", "over", True)],
    ),  # guard
    # a hedge before the article of a share or sum keeps the share hedged
    (
        "Markets priced about a 30% chance of a hike.",
        [("about a 30%", 30, "percent", "percent", "about", True)],
    ),
    (
        "The fund took nearly a 15% stake.",
        [("nearly a 15%", 15, "percent", "percent", "nearly", True)],
    ),
    (
        "Auditors will quiz the council about a $2bn overrun.",
        [("$2bn", 2e9, "USD", "money", None, False)],
    ),  # guard: "about" after an object names a topic
    (
        "Ministers were grilled over a 12% rise.",
        [("12%", 12, "percent", "percent", None, False)],
    ),  # guard: "over a" is a preposition
    # an exchange rate is in the currency its sentence names
    (
        "The rupee weakened to 83.10 per dollar.",
        [("83.10 per dollar", 83.1, "INR", "money", None, False)],
    ),
    (
        "The yuan ended at 7.21 to the dollar.",
        [("7.21 to the dollar", 7.21, "CNY", "money", None, False)],
    ),
    (
        "The plant packs 400 per day.",
        [("400", 400, None, "count", None, False)],
    ),  # guard
    # an event's distance with a glued "m" among race words is metres, not millions
    (
        "Halvorsen raced the 10,000m at Eugene.",
        [("10,000m", 10000, "m", "measure", None, False)],
    ),
    (
        "Varga led the women's 1500m from the gun.",
        [("1500m", 1500, "m", "measure", None, False)],
    ),
    (
        "Brightwell won a 400m contract in May.",
        [("400m contract", 4e8, "contracts", "count", None, False)],
    ),  # guard: a noun after it is counted in millions
    (
        "Rovers paid 100m for the striker and he ran riot.",
        [("100m", 1e8, None, "count", None, False)],
    ),  # guard: no determiner, no event
    (
        "The council set a 400m budget.",
        [("400m budget", 4e8, "budgets", "count", None, False)],
    ),  # guard
    (
        "The firm won a £5m deal.",
        [("£5m", 5e6, "GBP", "money", None, False)],
    ),  # guard
    # a spaced "m" among lengths is metres, never a counted "ms"
    (
        "The boulder is roughly 35 m across.",
        [("roughly 35 m", 35, "m", "measure", "roughly", True)],
    ),
    (
        "The new mast stands 41 m tall.",
        [("41 m", 41, "m", "measure", None, False)],
    ),
    # margins and tallies glued to the digits: "0.04sec", "25pts"
    (
        "Kovac finished 0.31sec ahead of the pack.",
        [("0.31sec", 0.31, "seconds", "duration", None, False)],
    ),
    (
        "Brandt leads the standings on 112pts.",
        [("112pts", 112, "points", "count", None, False)],
    ),
    (
        "The lender made 4 SEC filings.",
        [("4 SEC filings", 4, "filings", "count", None, False)],
    ),  # guard: the regulator, not seconds
    # speeds and concentrations with "per" in the unit's name
    (
        "The probe flew past at 7.4 kilometres per second.",
        [("7.4 kilometres per second", 7.4, "km/s", "measure", None, False)],
    ),
    (
        "Wells near the plant held 85 parts per million of nitrate.",
        [("85 parts per million", 85, "ppm", "measure", None, False)],
    ),
    (
        "Lead levels reached 14 ppb.",
        [("14 ppb", 14, "ppb", "measure", None, False)],
    ),
    # the ranks of a results list or a league table are places, not amounts
    (
        "Men's 200m: 1 Kofi Mensah (GHA) 20.11; 2 Arvid Holm (NOR) 20.35",
        [
            ("200m", 200, "m", "measure", None, False),
            ("20.11", 20.11, None, "count", None, False),
            ("20.35", 20.35, None, "count", None, False),
        ],
    ),
    (
        "Standings:\n1 Marlow United 51pts\n2 Ashcombe 47pts",
        [
            ("51pts", 51, "points", "count", None, False),
            ("47pts", 47, "points", "count", None, False),
        ],
    ),
    # a record's mark after a time is no counted noun
    (
        "Moreau won in 10.84 NR, with Lund on 10.91.",
        [
            ("10.84", 10.84, None, "count", None, False),
            ("10.91", 10.91, None, "count", None, False),
        ],
    ),
    (
        "The probe passed 1.7 AU from the Sun.",
        [("1.7 AU", 1.7, "AU", "count", None, False)],
    ),  # guard: only a record's marks lose their count
    # a fact box's label before the colon says what its number counts
    (
        "Mission file\n- Dockings to date: 9\n- Total of modules: 4",
        [
            ("9", 9, "dockings", "count", None, False),
            ("4", 4, "modules", "count", None, False),
        ],
    ),
    (
        "Key numbers\n* Reactors: 3 Hualong units\n* Site area: 12",
        [
            ("3 Hualong units", 3, "units", "count", None, False),
            ("12", 12, None, "count", None, False),
        ],
    ),  # a counted noun of its own wins; a singular label borrows nothing
    (
        "Key numbers\n* Turbines: 48 Vestas\n* Staff: 310",
        [
            ("48", 48, "turbines", "count", None, False),
            ("310", 310, "staff", "count", None, False),
        ],
    ),
    (
        "Spec sheet\n* Thrusters: 6 Orion (main), 2 Orion Mini (trim)",
        [
            ("6", 6, "thrusters", "count", None, False),
            ("2", 2, "thrusters", "count", None, False),
        ],
    ),
    (
        "Rangers: After a rest day, LHP Dan Ibarra (4-2, 2.91) starts.",
        [("2.91", 2.91, None, "count", None, False)],
    ),  # guard: a line of prose after the label lends it no unit
    # a counted noun after coordinated adjectives, a hyphenated word, a "+" or "-bed"
    (
        "Twelve past and present cadets filed complaints.",
        [("Twelve past and present cadets", 12, "cadets", "count", None, False)],
    ),
    (
        "The study lists 17 co-investigators.",
        [("17 co-investigators", 17, "co-investigators", "count", None, False)],
    ),
    (
        "The carnival drew 91,000 fans, 320+ floats and 12 stages.",
        [
            ("91,000 fans", 91000, "fans", "count", None, False),
            ("320+ floats", 320, "floats", "count", None, False),
            ("12 stages", 12, "stages", "count", None, False),
        ],
    ),
    (
        "Engineers built a 60-bed field hospital.",
        [("60-bed", 60, "beds", "count", None, False)],
    ),
    (
        "The squad flew in a two-pronged attack.",
        [],
    ),  # guard: an adjective in "-ed"
    # a named person's "will be 57" is an age
    (
        "Okafor will be 41 when the term ends.",
        [],
    ),
    (
        "The deluxe CD is $19 in Canada.",
        [("$19", 19, "USD", "money", None, False)],
    ),  # guard: a price said of a thing's name
    (
        "The bill will be 41 pages long.",
        [("41 pages", 41, "pages", "count", None, False)],
    ),  # guard
    # a party's share of seats right after its acronym: no currency code, no name
    (
        "The vote gave the CZK 61 of the 150 seats.",
        [
            ("61", 61, "seats", "count", None, False),
            ("150 seats", 150, "seats", "count", None, False),
        ],
    ),
    (
        "Rivals left the UPD 38 of the 99 seats.",
        [
            ("38", 38, "seats", "count", None, False),
            ("99 seats", 99, "seats", "count", None, False),
        ],
    ),
    (
        "The shop charged EUR 61 for it.",
        [("EUR 61", 61, "EUR", "money", None, False)],
    ),  # guard
    # "from five to four" after "the number of NOUN" counts that noun, both ends
    (
        "Ten retired pilots wrote in. The airline cut the number of cabin crew per flight "
        "from five to four.",
        [
            ("Ten retired pilots", 10, "pilots", "count", None, False),
            ("five", 5, "cabin crew", "count", None, False),
            ("four", 4, "cabin crew", "count", None, False),
        ],
    ),
    # a verbless headline's verb is not part of the counted noun
    (
        "Two sherpas return to camp after record climb\n\nThey are safe.",
        [("Two sherpas", 2, "sherpas", "count", None, False)],
    ),
    # a sign or an abbreviation that hedges the number
    (
        "Turnout: ~48,000 voters.",
        [("~48,000 voters", 48000, "voters", "count", "about", True)],
    ),
    (
        "The refit will cost approx. £3bn.",
        [("approx. £3bn", 3e9, "GBP", "money", "approximately", True)],
    ),
    # "at one point" is a moment
    (
        "Prices spiked to $90 at one point on Monday.",
        [("$90", 90, "USD", "money", None, False)],
    ),
    (
        "The Hawks won by one point.",
        [("one point", 1, "points", "count", None, False)],
    ),  # guard
    # Latin American currencies by name
    (
        "A nurse earns 4,100 bolivianos a month.",
        [("4,100 bolivianos", 4100, "BOB", "money", None, False)],
    ),
    (
        "The permit costs 900 lempiras.",
        [("900 lempiras", 900, "HNL", "money", None, False)],
    ),
    # a time noun that a second number counts is not the first number's
    (
        "Membership dropped to 2.6 million, down from 3.4 million eight years ago.",
        [
            ("2.6 million", 2.6e6, None, "count", None, False),
            ("3.4 million", 3.4e6, None, "count", None, False),
        ],
    ),
    (
        "Eight of the 40 wards were closed.",
        [
            ("Eight", 8, "wards", "count", None, False),
            ("40 wards", 40, "wards", "count", None, False),
        ],
    ),  # guard: a partitive's number counts the noun after it
    # the second of a pair counts what the first counts
    (
        "The amendment was carried by 45 votes to 19 when the clauses were redrafted.",
        [
            ("45 votes", 45, "votes", "count", None, False),
            ("19", 19, "votes", "count", None, False),
        ],
    ),
    (
        "He lost by 120 ballots out of roughly 9,000 cast.",
        [
            ("120 ballots", 120, "ballots", "count", None, False),
            ("roughly 9,000", 9000, "ballots", "count", "roughly", True),
        ],
    ),
    # a hyphenated modifier stays whole in the unit
    (
        "The airline ordered 16 wide-body jets and 40 short-haul planes.",
        [
            ("16 wide-body jets", 16, "wide-body jets", "count", None, False),
            ("40 short-haul planes", 40, "short-haul planes", "count", None, False),
        ],
    ),
    (
        "The county employs 300 full-time teachers.",
        [("300 full-time teachers", 300, "full-time teachers", "count", None, False)],
    ),
    # "over" after a count is the span it took, no "more than"
    (
        "The closer fanned nine over three innings.",
        [
            ("nine", 9, None, "count", None, False),
            ("three innings", 3, "innings", "count", None, False),
        ],
    ),
    (
        "Farmers sold over 40 tonnes of wheat.",
        [("over 40 tonnes", 40, "tonnes", "measure", "over", True)],
    ),  # guard
    (
        "The index tracks 148 FTSE 250 firms.",
        [("148 FTSE 250 firms", 148, "firms", "count", None, False)],
    ),  # guard: a name's number between them
    # a bare number takes the whole that a fronted "of" phrase or its apposition names
    (
        "Of the lorries checked, about 3,400 were sent back to the depot.",
        [("about 3,400", 3400, "lorries", "count", "about", True)],
    ),
    (
        "The number of recalled kettles, some 12,000, were sold online.",
        [("some 12,000", 12000, "kettles", "count", "some", True)],
    ),
    (
        "Our members, more than 9,000 of them a year, deserve better.",
        [("more than 9,000", 9000, "members", "count", "more than", True)],
    ),
    (
        "Of the ten suspects, four were charged.",
        [
            ("ten suspects", 10, "suspects", "count", None, False),
            ("four", 4, "suspects", "count", None, False),
        ],
    ),  # guard
    (
        "The firm says 14 towns have signed supply deals, three more than in May.",
        [
            ("14 towns", 14, "towns", "count", None, False),
            ("three", 3, "towns", "count", None, False),
        ],
    ),  # guard: a comparison in apposition restates no noun
    # a number joined to a noun in "-er" names a thing
    ("Guard Lia Moss drained a three-pointer at the buzzer.", []),
    ("The couple hired a two-seater for the rally.", []),
    ("It is a nine-member board.", [("nine-member", 9, "members", "count", None, False)]),  # guard
    (
        "The 20-over contest was abandoned.",
        [("20-over", 20, "overs", "count", None, False)],
    ),  # guard
    # figures and digits that size an amount count nothing, as "six-figure" does
    ("The firm raised a sum in the low eight figures.", []),
    ("She earned seven figures last year.", []),
    ("Growth is in the high 2 digits.", []),
    ("He took a seven-figure salary.", []),  # guard: the idiom already known
    (
        "Three figures emerged from the fog.",
        [("Three figures", 3, "figures", "count", None, False)],
    ),  # guard: shapes, counted
    (
        "Enter the last four digits of the card.",
        [("four digits", 4, "digits", "count", None, False)],
    ),  # guard: digits, counted
    (
        "The report has 12 figures and 3 tables.",
        [
            ("12 figures", 12, "figures", "count", None, False),
            ("3 tables", 3, "tables", "count", None, False),
        ],
    ),  # guard: a report's figures
    # a counted name keeps all its capitalised words
    (
        "Police seized two Range Rovers and a Porsche.",
        [("two Range Rovers", 2, "Range Rovers", "count", None, False)],
    ),
    (
        "He owns five Rolls-Royces.",
        [("five Rolls-Royces", 5, "Rolls-Royces", "count", None, False)],
    ),
    (
        "The firm bought three Boeing 737s.",
        [("three Boeing 737s", 3, "Boeing 737s", "count", None, False)],
    ),
    (
        "The club signed two New Zealanders.",
        [("two New Zealanders", 2, "New Zealanders", "count", None, False)],
    ),
    ("Ireland play in the Six Nations.", []),  # a capitalised number word opens a name
    (
        "The deal covers 31 First Nations.",
        [("31 First Nations", 31, "First Nations", "count", None, False)],
    ),
    (
        "Officers found two Glock pistols.",
        [("two Glock pistols", 2, "pistols", "count", None, False)],
    ),  # guard: a lower-case noun after a maker's name
    # hedges of a rough size: "something like", "in the region of", "on the order of"
    (
        "The arena holds something like 20,000 people.",
        [("something like 20,000 people", 20000, "people", "count", "something like", True)],
    ),
    (
        "The arena holds in the region of 20,000 people.",
        [("in the region of 20,000 people", 20000, "people", "count", "in the region of", True)],
    ),
    (
        "Losses were of the order of €2 billion.",
        [("of the order of €2 billion", 2e9, "EUR", "money", "of the order of", True)],
    ),
    (
        "Costs run on the order of 5 percent.",
        [("on the order of 5 percent", 5, "percent", "percent", "on the order of", True)],
    ),
    (
        "The arena holds roughly 900 people.",
        [("roughly 900 people", 900, "people", "count", "roughly", True)],
    ),  # guard
    (
        "The fee was in excess of €3m.",
        [("in excess of €3m", 3e6, "EUR", "money", "in excess of", True)],
    ),  # guard
    # a study's ratio is the number's unit, and its confidence interval's: no count noun
    (
        "Of 4,200 patients, smokers had an odds ratio of 1.8 (95% CI 1.3 to 2.4).",
        [
            ("4,200 patients", 4200, "patients", "count", None, False),
            ("1.8", 1.8, "odds ratio", "measure", None, False),
            ("95%", 95, "percent", "percent", None, False),
            ("1.3 to 2.4", 1.3, "odds ratio", "measure", None, True),
        ],
    ),
    (
        "The trial enrolled 3,100 women. The hazard ratio was 0.64 (95% confidence interval"
        " 0.50 to 0.81).",
        [
            ("3,100 women", 3100, "women", "count", None, False),
            ("0.64", 0.64, "hazard ratio", "measure", None, False),
            ("95%", 95, "percent", "percent", None, False),
            ("0.50 to 0.81", 0.5, "hazard ratio", "measure", None, True),
        ],
    ),
    (
        "Among 2,000 adults the odds ratio was 2.1.",
        [
            ("2,000 adults", 2000, "adults", "count", None, False),
            ("2.1", 2.1, "odds ratio", "measure", None, False),
        ],
    ),
    (
        "Drinkers had a relative risk of 1.4 (95% CI, 1.1-1.9).",
        [
            ("1.4", 1.4, "relative risk", "measure", None, False),
            ("95%", 95, "percent", "percent", None, False),
            ("1.1-1.9", 1.1, "relative risk", "measure", None, True),
        ],
    ),
    (
        "Walkers fared better (aHR 0.71). Of 900 riders, 40 fell.",
        [
            ("0.71", 0.71, "hazard ratio", "measure", None, False),
            ("900 riders", 900, "riders", "count", None, False),
            ("40", 40, "riders", "count", None, False),
        ],
    ),
    (
        "The odds ratio was 1.8, and 12 people left.",
        [
            ("1.8", 1.8, "odds ratio", "measure", None, False),
            ("12 people", 12, "people", "count", None, False),
        ],
    ),  # guard: a counted noun of its own
    (
        "The risk ratio was small. About 40 of the 300 riders fell.",
        [
            ("About 40", 40, "riders", "count", "about", True),
            ("300 riders", 300, "riders", "count", None, False),
        ],
    ),  # guard: a ratio named in the sentence before is no number's unit here
    # a headcount label counts people, in brackets after its first number too
    (
        "Attendance: 31,200 (2,450 away).",
        [
            ("31,200", 31200, "people", "count", None, False),
            ("2,450", 2450, "people", "count", None, False),
        ],
    ),
    (
        "Match facts\nReferee: Sam Oyelaran\nCrowd: 40,000",
        [("40,000", 40000, "people", "count", None, False)],
    ),
    (
        "Key numbers\n* Turbines: 48 Vestas (12 offshore)\n* Site area: 12 (4 leased)",
        [
            ("48", 48, "turbines", "count", None, False),
            ("12", 12, "turbines", "count", None, False),
            ("12", 12, None, "count", None, False),
            ("4", 4, None, "count", None, False),
        ],
    ),  # a singular label lends its bracketed number no other line's unit
    # "up from" / "down from" compares with the clause's main count, not a prepositional one
    (
        "The app now has 52,000 subscribers in 9 markets, up from 20,000 a year ago.",
        [
            ("52,000 subscribers", 52000, "subscribers", "count", None, False),
            ("9 markets", 9, "markets", "count", None, False),
            ("20,000", 20000, "subscribers", "count", None, False),
        ],
    ),
    (
        "The chain runs 410 stores in 12 states, down from 500 in 2020.",
        [
            ("410 stores", 410, "stores", "count", None, False),
            ("12 states", 12, "states", "count", None, False),
            ("500", 500, "stores", "count", None, False),
        ],
    ),
    (
        "The firm employs 3,000 people across 40 sites, up from 2,500 last year.",
        [
            ("3,000 people", 3000, "people", "count", None, False),
            ("40 sites", 40, "sites", "count", None, False),
            ("2,500", 2500, "people", "count", None, False),
        ],
    ),
    (
        "Sales of 9,000 cars in 12 countries were down from 11,000.",
        [
            ("9,000 cars", 9000, "cars", "count", None, False),
            ("12 countries", 12, "countries", "count", None, False),
            ("11,000", 11000, "cars", "count", None, False),
        ],
    ),
    (
        "Cases rose to 400 in 12 towns, up from 300.",
        [
            ("400", 400, "cases", "count", None, False),
            ("12 towns", 12, "towns", "count", None, False),
            ("300", 300, "cases", "count", None, False),
        ],
    ),
    (
        "The club has 800 members, up from 650.",
        [
            ("800 members", 800, "members", "count", None, False),
            ("650", 650, "members", "count", None, False),
        ],
    ),  # guard
    # "both N" and "each N" after people are their ages
    ("Raj Shah and Meera Shah, both 71, live in Leeds.", []),
    (
        "The twins, both 12, joined 40 other pupils.",
        [("40 other pupils", 40, "pupils", "count", None, False)],
    ),
    (
        "The surgery has 68 practices. Raj Shah and Meera Shah, both 71, live in Leeds.",
        [("68 practices", 68, "practices", "count", None, False)],
    ),
    ("The boys, each 14, were charged.", []),
    (
        "Two plants, each 40 metres tall, were built.",
        [
            ("Two plants", 2, "plants", "count", None, False),
            ("40 metres", 40, "m", "measure", None, False),
        ],
    ),  # guard: a measure after "each"
    # a number word after the noun of a part names the part, as digits do
    (
        "The shop sold 8,000 books. She read aloud from chapter nine.",
        [("8,000 books", 8000, "books", "count", None, False)],
    ),
    (
        "The label pressed 5,000 records. The lyric comes from track seven.",
        [("5,000 records", 5000, "records", "count", None, False)],
    ),
    (
        "The club sold 300 shirts. They play round two on Sunday.",
        [("300 shirts", 300, "shirts", "count", None, False)],
    ),
    ("The single climbed to number four in February.", []),
    (
        "The editors cut chapter nine sections.",
        [("nine sections", 9, "sections", "count", None, False)],
    ),  # guard: a noun after the number is what it counts
    (
        "The book lists three women and five men.",
        [
            ("three women", 3, "women", "count", None, False),
            ("five men", 5, "men", "count", None, False),
        ],
    ),  # guard
    # "over" after a verb or its object spans a time ("during"), unless the verb takes a length
    (
        "The album was recorded over nine days in a barn.",
        [("nine days", 9, "days", "duration", None, False)],
    ),
    (
        "Walkers were less likely to develop diabetes over a decade.",
        [("a decade", 10, "years", "duration", None, False)],
    ),
    (
        "The festival was held over three days.",
        [("three days", 3, "days", "duration", None, False)],
    ),  # guard
    (
        "The dispute dragged on for over a decade.",
        [("over a decade", 10, "years", "duration", "over", True)],
    ),  # guard
    (
        "Patients waited over 12 hours.",
        [("over 12 hours", 12, "hours", "duration", "over", True)],
    ),
    (
        "The wait was over a year.",
        [("over a year", 1, "years", "duration", "over", True)],
    ),  # guard
    (
        "It took over an hour.",
        [("over an hour", 1, "hours", "duration", "over", True)],
    ),  # guard
    # one unit of time that a verb or a preposition of duration takes is a duration
    (
        "Participants wore trackers for a week at the start.",
        [("a week", 1, "weeks", "duration", None, False)],
    ),
    ("The strike lasted a fortnight.", [("a fortnight", 1, "fortnights", "duration", None, False)]),
    ("The plant closed for a decade.", [("a decade", 10, "years", "duration", None, False)]),
    ("The plant closed for one week.", [("one week", 1, "weeks", "duration", None, False)]),
    ("The union called for a day of mourning.", []),  # guard
    ("She won for a second time.", []),  # guard
    ("They paid for a year's supply.", []),  # guard
    ("We meet once a week.", []),  # guard
    (
        "The ministry spent 4.86 trillion yen ($31.7 billion) over three days to prop up the yen.",
        [
            ("4.86 trillion yen", 4.86e12, "JPY", "money", None, False),
            ("$31.7 billion", 31.7e9, "USD", "money", None, False),
            ("three days", 3, "days", "duration", None, False),
        ],
    ),  # a verb of length with an object before "over": during
    (
        "It moves to 3nm technology for a second-generation chip.",
        [("3nm", 3, "nm", "measure", None, False)],
    ),
    # "a decade" is ten years, as news copy reads it; "two decades" keeps its unit
    (
        "Residents have waited nearly a decade for the bridge.",
        [("nearly a decade", 10, "years", "duration", "nearly", True)],
    ),
    (
        "The conflict lasted two decades.",
        [("two decades", 2, "decades", "duration", None, False)],
    ),  # guard
    # a quantity never takes its sentence's full stop
    ("The device draws 500 mA.", [("500 mA", 500, "mA", "count", None, False)]),
    ("The lab hired 40 PhD.", [("40 PhD", 40, "phd", "count", None, False)]),
    ("Shares rose 4 per cent.", [("4 per cent", 4, "percent", "percent", None, False)]),  # guard
    # particle energies, a signal's significance and data sizes are measures
    (
        "The particle has a mass of 125 GeV.",
        [("125 GeV", 125, "GeV", "measure", None, False)],
    ),
    ("The beams collided at 6.8 TeV.", [("6.8 TeV", 6.8, "TeV", "measure", None, False)]),
    (
        "Protons first collided at 13TeV in the tunnel.",
        [("13TeV", 13, "TeV", "measure", None, False)],
    ),
    ("The signal reached 4.1 sigma.", [("4.1 sigma", 4.1, "sigma", "measure", None, False)]),
    (
        "The result crossed the 5 sigma threshold.",
        [("5 sigma", 5, "sigma", "measure", None, False)],
    ),
    (
        "He leaked 3.5 gigabytes of files.",
        [("3.5 gigabytes", 3.5, "GB", "measure", None, False)],
    ),
    ("The update is 800 megabytes.", [("800 megabytes", 800, "MB", "measure", None, False)]),
    ("The file is 3.5GB.", [("3.5GB", 3.5, "GB", "measure", None, False)]),  # guard
    (
        "The firm sold 5 EV models.",
        [("5 EV models", 5, "ev models", "count", None, False)],
    ),  # guard: electric vehicles, no electronvolts
    # wire copy's scales set apart from the number; the currency after a scaled amount
    # is its unit, not the thing it buys
    (
        "The firms agreed a 4.2 bln euro merger.",
        [("4.2 bln euro", 4.2e9, "EUR", "money", None, False)],
    ),
    ("The fund raised $300 mln.", [("$300 mln", 3e8, "USD", "money", None, False)]),
    ("The state paid 2 bn euros.", [("2 bn euros", 2e9, "EUR", "money", None, False)]),
    (
        "Output was 1.2 mln barrels a day.",
        [("1.2 mln barrels", 1.2e6, "barrels", "measure", None, False)],
    ),
    ("Debt hit $1.2 trn.", [("$1.2 trn", 1.2e12, "USD", "money", None, False)]),
    ("Debt hit $1.2 tn.", [("$1.2 tn", 1.2e12, "USD", "money", None, False)]),
    (
        "Farmers shipped 500 tn of wheat.",
        [("500 tn", 500, "tn", "count", None, False)],
    ),  # guard: tonnes, no trillion
    ("The fund raised $2bn.", [("$2bn", 2e9, "USD", "money", None, False)]),  # guard
    # a measure hyphened to its number inside a count is an amount of its own; the count
    # counts the things it measures
    (
        "The telescope has two 10-metre mirrors.",
        [
            ("two 10-metre mirrors", 2, "mirrors", "count", None, False),
            ("10-metre", 10, "m", "measure", None, False),
        ],
    ),
    (
        "The plant makes 90,000 12-inch wafers.",
        [
            ("90,000 12-inch wafers", 90000, "wafers", "count", None, False),
            ("12-inch", 12, "inches", "measure", None, False),
        ],
    ),
    (
        "The port stacked three 40-foot containers.",
        [
            ("three 40-foot containers", 3, "containers", "count", None, False),
            ("40-foot", 40, "feet", "measure", None, False),
        ],
    ),
    (
        "He served two 10-year terms.",
        [
            ("two 10-year terms", 2, "terms", "count", None, False),
            ("10-year", 10, "years", "duration", None, False),
        ],
    ),
    ("They built a 10-metre wall.", [("10-metre", 10, "m", "measure", None, False)]),  # guard
    (
        "Two 19-year-old students were hurt.",
        [("Two 19-year-old students", 2, "students", "count", None, False)],
    ),  # guard: an age
    (
        "The board named two 12-member panels.",
        [("two 12-member panels", 2, "panels", "count", None, False)],
    ),  # the members are no measure
    (
        "The firms agreed a 4.2 billion euro merger.",
        [("4.2 billion euro", 4.2e9, "EUR", "money", None, False)],
    ),  # guard
    # an age opening the sentence before a person is no amount; before a thing it may be
    ("At 85, she still swam every day.", []),
    ("At 85, my grandmother still swam every day.", []),
    ("At 90, Walter Hale still ran every morning.", []),
    ("But at 70, he took up painting.", []),
    ("At 85, the index was steady.", [("85", 85, None, "count", None, False)]),  # guard
    (
        "At 85 kilometres an hour, the car crashed.",
        [("85 kilometres", 85, "km", "measure", None, False)],
    ),  # guard
    (
        "At 85 per cent capacity, the plant runs.",
        [("85 per cent", 85, "percent", "percent", None, False)],
    ),  # guard
    ("At $85, the ticket is cheap.", [("$85", 85, "USD", "money", None, False)]),  # guard
    # a parent's bare "of" number counts children
    ("He became a mother of four.", [("four", 4, "children", "count", None, False)]),
    ("The father of three was jailed.", [("three", 3, "children", "count", None, False)]),
    (
        "A grandmother of six, she said so.",
        [("six", 6, "grandchildren", "count", None, False)],
    ),
    (
        "The mother of four boys spoke.",
        [("four boys", 4, "boys", "count", None, False)],
    ),  # guard: a noun counted
    # compound units of area and volume
    (
        "The dam holds 30,000 acre-feet of water.",
        [("30,000 acre-feet", 30000, "acre-feet", "measure", None, False)],
    ),
    (
        "The 25 square centimetre test device failed.",
        [("25 square centimetre", 25, "cm2", "measure", None, False)],
    ),
    (
        "The park covers 12 square kilometre of forest and 3 square inches of moss.",
        [
            ("12 square kilometre", 12, "km2", "measure", None, False),
            ("3 square inches", 3, "square inches", "measure", None, False),
        ],
    ),
    ("The farm covers 400 acres.", [("400 acres", 400, "acres", "measure", None, False)]),  # guard
    # a count in words before a measure in words hyphened to its noun: two amounts
    (
        "Two six-foot-tall guards stood by.",
        [
            ("Two six-foot-tall guards", 2, "guards", "count", None, False),
            ("six-foot", 6, "feet", "measure", None, False),
        ],
    ),
    (
        "They worked two twelve-hour shifts.",
        [
            ("two twelve-hour shifts", 2, "shifts", "count", None, False),
            ("twelve-hour", 12, "hours", "duration", None, False),
        ],
    ),
    (
        "Twenty-six guards stood by.",
        [("Twenty-six guards", 26, "guards", "count", None, False)],
    ),  # guard
    # a year of an era is no amount
    ("The city was founded in 300 B.C.", []),
    ("The temple dates from 1200 BCE, experts say.", []),
    ("It burned in 64 AD and again in A.D. 80.", []),
    (
        "The colony had 300 B.C. residents.",
        [("300 B.C. residents", 300, "residents", "count", None, False)],
    ),  # guard: the province before a noun
    # a number word with a capital inside prose opens a name
    ("Ireland signed off their Six Nations campaign with a win.", []),
    ("The Three Gorges Dam holds the river back.", []),
    ("Two men were held.", [("Two men", 2, "men", "count", None, False)]),  # guard
    # a verb "last" or a deictic after a length of time puts no point in time on it
    (
        "Each spacewalk is planned to last about 6.5 hours.",
        [("about 6.5 hours", 6.5, "hours", "duration", "about", True)],
    ),
    (
        "The power was out for three days last December.",
        [("three days", 3, "days", "duration", None, False)],
    ),
    # "one" in an idiom counts nothing
    ("He gave one piece of advice.", []),
    ("That is one hell of a goal.", []),
    ("The link mostly ran one way.", []),
    ("They sold one raffle ticket at a time.", []),
    ("Trucks wait at the one-stop border post.", []),
    ("He bought one ticket.", [("one ticket", 1, "tickets", "count", None, False)]),  # guard
    (
        "He bought one piece of land.",
        [("one piece", 1, "pieces", "count", None, False)],
    ),  # guard
    # a crowd at a match counts spectators; at a protest, people
    (
        "Rovers beat United 2-1 in the playoff, and the striker scored twice. A crowd of "
        "41,372 saw the match.",
        [("41,372", 41372, "spectators", "count", None, False)],
    ),
    (
        "A crowd of 320 gathered at the protest.",
        [("320", 320, "people", "count", None, False)],
    ),  # guard
    # shares of one beyond tenths
    (
        "The particles are about one-thirtieth the width of a hair.",
        [("about one-thirtieth", 0.033, None, "fraction", "about", True)],
    ),
    (
        "She won by a hundredth of a second.",
        [("a hundredth of a second", 0.01, "seconds", "duration", None, False)],
    ),
    ("It was a ninth straight win.", []),  # guard: an ordinal
    # a family's "of" number is its size in people
    (
        "A family of four needed $500.",
        [
            ("four", 4, "people", "count", None, False),
            ("$500", 500, "USD", "money", None, False),
        ],
    ),
    # "a dozen" hedged is an amount, with or without its noun
    (
        'He has talked with "at least a dozen" colleagues.',
        [("at least a dozen", 12, None, "count", "at least", True)],
    ),
    ("One of them left.", []),  # guard
    # a fraction of a number names no unit; a backlog of cases counts cases
    (
        "The museum drew 310,000 visitors, a fraction of the 8.7 million at the Louvre.",
        [
            ("310,000 visitors", 310000, "visitors", "count", None, False),
            ("8.7 million", 8.7e6, "visitors", "count", None, False),
        ],
    ),
    (
        "The agency cut its backlog of pending cases to roughly 170,000.",
        [("roughly 170,000", 170000, "cases", "count", "roughly", True)],
    ),
    # a street address's number and an age in months of age are no amounts
    ("She lives at 10 Downing Street.", []),
    ("He will hold a rally in a warehouse on 104 Street.", []),
    ("Police sealed 5 Elm St. yesterday.", []),
    (
        "The firm has 40 Wall Street clients.",
        [("40 Wall Street clients", 40, "clients", "count", None, False)],
    ),  # guard: a count of what the street's name qualifies
    ("The dose is given at 12 to 15 months of age.", []),
    ("Babies get a dose from 6 months of age.", []),
    # only "one" makes an idiom of "-stop"
    ("He ran a two-stop strategy.", [("two-stop", 2, "stops", "count", None, False)]),
    # a change's two levels: the year of the first is no range's low end
    (
        "Enrollment dropped from 12,480 students in 2019 to 11,960 this year.",
        [
            ("12,480 students", 12480, "students", "count", None, False),
            ("11,960", 11960, "students", "count", None, False),
        ],
    ),
    (
        "Her majority fell from 14,882 votes in 2024 to 3,067.",
        [
            ("14,882 votes", 14882, "votes", "count", None, False),
            ("3,067", 3067, "votes", "count", None, False),
        ],
    ),
    (
        "Initial jobless claims fell by 17,000 to 214,000 last week.",
        [
            ("17,000", 17000, "claims", "count", None, False),
            ("214,000", 214000, "claims", "count", None, False),
        ],
    ),  # a change by an amount, then the level
    (
        "Emissions were cut by 10 to 20 percent.",
        [
            ("10", 10, "percent", "percent", None, False),
            ("20 percent", 20, "percent", "percent", None, False),
        ],
    ),  # guard: "by" before a range
    # a level and where it came from
    (
        "Attendance has climbed to 18,400 from 6,900 two seasons ago.",
        [
            ("18,400", 18400, "people", "count", None, False),
            ("6,900", 6900, "people", "count", None, False),
        ],
    ),
    (
        "Sales rose to 18,400 cars from 6,900.",
        [
            ("18,400 cars", 18400, "cars", "count", None, False),
            ("6,900", 6900, "cars", "count", None, False),
        ],
    ),
    # a range of a measure, or one "between" or a change opens, is its two ends
    (
        "A further 150 to 220mm of rain is forecast.",
        [("150", 150, "mm", "measure", None, False), ("220mm", 220, "mm", "measure", None, False)],
    ),
    (
        "Sales rose from 6,900 to 18,400 cars.",
        [
            ("6,900", 6900, "cars", "count", None, False),
            ("18,400 cars", 18400, "cars", "count", None, False),
        ],
    ),
    (
        "Between 90,000 and 110,000 people marched.",
        [
            ("90,000", 90000, "people", "count", None, False),
            ("110,000 people", 110000, "people", "count", None, False),
        ],
    ),
    (
        "The developments will bring in 300 to 400 families.",
        [("300 to 400 families", 300, "families", "count", None, True)],
    ),  # guard: a count's range is one estimate
    (
        "He expects one or two weeks of delay.",
        [("one or two weeks", 1, "weeks", "duration", None, True)],
    ),  # guard: "or"
    (
        "Children get the first dose at 12 to 15 months of age.",
        [],
    ),  # an age
    # a share of a total the parse reads as one phrase
    (
        "With 412 of 650 seats declared, Labour leads.",
        [
            ("412", 412, "seats", "count", None, False),
            ("650 seats", 650, "seats", "count", None, False),
        ],
    ),
    # Caribbean dollars keep their prefix and the hedge before it
    (
        "Thieves escaped with about J$1.8 million and TT$40,000.",
        [
            ("about J$1.8 million", 1.8e6, "JMD", "money", "about", True),
            ("TT$40,000", 40000, "TTD", "money", None, False),
        ],
    ),
    ("The shop lost about EC$9,000.", [("about EC$9,000", 9000, "XCD", "money", "about", True)]),
    # "over" after a word of contention or a case names what it is about
    ("Row erupts over $5 million payout.", [("$5 million", 5e6, "USD", "money", None, False)]),
    (
        "The court upheld his conviction over $386,000 in misused allowances.",
        [("$386,000", 386000, "USD", "money", None, False)],
    ),
    (
        "He earned over $5 million last year.",
        [("over $5 million", 5e6, "USD", "money", "over", True)],
    ),  # guard
    # numbers to call, ages of people, a lettered clause
    ("Anyone with information should call Crime Stop at 311 or the police at 119.", []),
    ("You should dial 911 in an emergency.", []),
    ("She phoned 20 friends.", [("20 friends", 20, "friends", "count", None, False)]),  # guard
    (
        "It has a young audience, about 70 per cent of them under 35, he said.",
        [("about 70 per cent", 70, "percent", "percent", "about", True)],
    ),
    ("The company plans to file for 510(k) clearance.", []),
    # a counted noun's whole term
    (
        "The club has 1.2 million social media followers and 300 credit card holders.",
        [
            (
                "1.2 million social media followers",
                1.2e6,
                "social media followers",
                "count",
                None,
                False,
            ),
            ("300 credit card holders", 300, "credit card holders", "count", None, False),
        ],
    ),
    (
        "The company shipped more than 410,000 SepTrak test cartridges to 1,150 hospitals.",
        [
            (
                "more than 410,000 SepTrak test cartridges",
                410000,
                "test cartridges",
                "count",
                "more than",
                True,
            ),
            ("1,150 hospitals", 1150, "hospitals", "count", None, False),
        ],
    ),
    (
        "More than 60 parents and teachers signed up.",
        [
            (
                "More than 60 parents and teachers",
                60,
                "parents and teachers",
                "count",
                "more than",
                True,
            )
        ],
    ),
    (
        "The fire destroyed 188 homes and 12 shops.",
        [
            ("188 homes", 188, "homes", "count", None, False),
            ("12 shops", 12, "shops", "count", None, False),
        ],
    ),  # guard: each has its number
    (
        "He could leave for as little as £12m.",
        [("as little as £12m", 12e6, "GBP", "money", "as little as", True)],
    ),
    (
        "Gusts could reach as high as 70 mph.",
        [("as high as 70 mph", 70, "mph", "measure", "as high as", True)],
    ),
    (
        "Lindquist won women by 14 points and voters under 30 by nearly 20 points.",
        [
            ("14 points", 14, "points", "count", None, False),
            ("nearly 20 points", 20, "points", "count", "nearly", True),
        ],
    ),  # guard: the other noun has its own number
    (
        "It reached 3.1 million of the roughly 8.5 million eligible homes and businesses.",
        [
            ("3.1 million", 3.1e6, "homes", "count", None, False),
            (
                "roughly 8.5 million eligible homes and businesses",
                8.5e6,
                "homes and businesses",
                "count",
                "roughly",
                True,
            ),
        ],
    ),  # guard: a share stops before the whole
    # a change's bare first level takes the second's unit
    (
        "Her majority fell from 14,882 to 3,067 votes.",
        [
            ("14,882", 14882, "votes", "count", None, False),
            ("3,067 votes", 3067, "votes", "count", None, False),
        ],
    ),
    (
        "The allowance was cut from 441 to 220 euros.",
        [
            ("441", 441, "EUR", "money", None, False),
            ("220 euros", 220, "EUR", "money", None, False),
        ],
    ),
    # a millimetre before the noun it measures
    (
        "We need a run of 25 to 50 millimetre falls.",
        [
            ("25", 25, "mm", "measure", None, False),
            ("50 millimetre", 50, "mm", "measure", None, False),
        ],
    ),
    # a fall's first level takes the scale the second writes
    (
        "Revenue fell from $1.8 to $1.5 billion.",
        [
            ("$1.8", 1.8e9, "USD", "money", None, False),
            ("$1.5 billion", 1.5e9, "USD", "money", None, False),
        ],
    ),
    (
        "Sales fell from 12 to 9.5 million last year.",
        [
            ("12", 12e6, None, "count", None, False),
            ("9.5 million", 9.5e6, None, "count", None, False),
        ],
    ),
    # a glued "m" before a place it is measured from is metres
    ("The plane stopped 150m from the runway.", [("150m", 150, "m", "measure", None, False)]),
    ("The jet halted 90m short of the fence.", [("90m", 90, "m", "measure", None, False)]),
    ("The boat sank 200m off the coast.", [("200m", 200, "m", "measure", None, False)]),
    ("The car was 40m behind the leader.", [("40m", 40, "m", "measure", None, False)]),
    ("He raised £150m from investors.", [("£150m", 150e6, "GBP", "money", None, False)]),
    ("The school got 150m from the state.", [("150m", 150e6, None, "count", None, False)]),
    # a capital scale hyphened to Philippine pesos
    ("Manila's sales hit P3.9-B last year.", [("P3.9-B", 3.9e9, "PHP", "money", None, False)]),
    ("The Manila firm lost P1.2-M.", [("P1.2-M", 1.2e6, "PHP", "money", None, False)]),
    ("She lives in Flat 4-B.", []),
    # a verb read as a noun, with the number its subject, is no unit
    ("About a hundred stayed.", [("About a hundred", 100, None, "count", "about", True)]),
    ("A hundred workers stayed.", [("A hundred workers", 100, "workers", "count", None, False)]),
    # an abbreviated scale guesses no people for a bare subject; a written one does
    ("About 150m stayed.", [("About 150m", 150e6, None, "count", "about", True)]),
    ("About 7 million stayed.", [("About 7 million", 7e6, "people", "count", "about", True)]),
    # a glued capital "B" scales pesos outside Philippine copy too
    ("Sales hit P3.9B last year.", [("P3.9B", 3.9e9, "PHP", "money", None, False)]),
    ("Apartment 4B was hit.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quantities(nlp, text, expected):
    got = [
        (q.text, q.value, q.unit, q.kind, q.qualifier, q.approximate) for q in quantities(nlp, text)
    ]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-3)
        assert g[2:] == tuple(e[2:])


@pytest.mark.parametrize(
    "text",
    [
        "About\u00a07\u00a0million were discussing it.",
        "Over 37,000 comments\r\nwere posted.",
    ],
)
def test_offsets_point_into_original_text(nlp, text):
    for q in quantities(nlp, text):
        assert text[q.start : q.end].replace("\u00a0", " ") == q.text.replace("\u00a0", " ")
        assert q.value is not None


def test_ranges_keep_both_ends(nlp):
    low, high = quantities(nlp, "Between 10 and 12 people were hurt.")
    assert (low.value, low.low, low.high, low.unit) == (10, 10, 12, "people")
    assert (high.value, high.low, high.high, high.unit) == (12, 10, 12, "people")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("About 10 to 12 million people watched.", (10e6, 10e6, 12e6, "people")),
        ("The plan will cost $5-7bn.", (5e9, 5e9, 7e9, "USD")),
        ("Waves were 3-4m high.", (3, 3, 4, "m")),
    ],
)
def test_a_range_reads_its_scale_at_both_ends(nlp, text, expected):
    (q,) = quantities(nlp, text)
    assert (q.value, q.low, q.high, q.unit) == expected


def test_vague_amounts_are_marked(nlp):
    (q,) = quantities(nlp, "Thousands of dedicated men and women served.")
    assert (q.value, q.vague, q.approximate) == (1000, True, True)
