"""The metoo_dates component on the real model: finding, tense and resolution in context."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metoo_extract.facts.tense import tense_of
from metoo_extract.normalize.text import spacy_view
from metoo_extract.pipeline import Job, load_pipeline, run

MON = date(2017, 10, 16)  # a Monday
THU = date(2015, 5, 7)
FRI = date(2015, 8, 21)
FEB = date(2023, 2, 23)
IST = datetime(2017, 10, 16, 17, 31, tzinfo=timezone(timedelta(hours=5, minutes=30)))


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def dates_in(nlp, text, published=None, day_first=False):
    doc = next(run(nlp, [Job(text, published, day_first)]))
    return doc._.metoo_dates


# (expression, sentence, reference date, expected value): phrasing as outlets print it.
CASES = [
    # header lines and datelines
    (
        "Friday, July 21, 2017",
        "Friday, July 21, 2017\n\nA group of teenagers won.",
        None,
        "2017-07-21",
    ),
    (
        "Thursday, May 7, 2015",
        "Thursday, May 7, 2015\n\nOn Tuesday, the government spoke.",
        THU,
        "2015-05-07",
    ),
    (
        "Oct 16, 2017, 05:31 PM IST",
        "United StatesUpdated: Oct 16, 2017, 05:31 PM IST\n\nThe actor spoke.",
        IST,
        "2017-10-16T17:31+05:30",
    ),
    (
        "Feb 7, 2018, 09:48 PM IST",
        "Updated: Feb 7, 2018, 09:48 PM IST\nBy Staff Reporter",
        None,
        "2018-02-07T21:48+05:30",
    ),
    (
        "Thu 3 Aug 2023 16.05 BST",
        "Thu 3 Aug 2023 16.05 BST\n\nShares fell.",
        None,
        "2023-08-03T16:05+01:00",
    ),
    (
        "May 19, 2022, 4:12 p.m. ET",
        "Published May 19, 2022, 4:12 p.m. ET\n\nThe campaign grew.",
        None,
        "2022-05-19T16:12-04:00",
    ),
    (  # Nexis prints the weekday after the year
        "July 21, 2026 Tuesday 1:48 PM GMT",
        "Flood toll rises\n\nJuly 21, 2026 Tuesday 1:48 PM GMT\n\nHeavy rain fell.",
        None,
        "2026-07-21T13:48+00:00",
    ),
    (
        "March 12, 2019 / 10:47 AM GMT",
        "March 12, 2019 / 10:47 AM GMT\n\nPESHAWAR (Reuters) - Officials met.",
        None,
        "2019-03-12T10:47+00:00",
    ),
    (
        "18/02/2024 - 22:10 GMT",
        "Last updated: 18/02/2024 - 22:10 GMT\n\nThe home side won.",
        None,
        "2024-02-18T22:10+00:00",
    ),
    (
        "2015-06-16T08:30:00Z",
        "Published: 2015-06-16T08:30:00Z\n\nA survey found problems.",
        None,
        "2015-06-16T08:30+00:00",
    ),
    (
        "April 16",
        "QUETTA, Pakistan, April 16 (Reuters) - A bomb exploded in a market.",
        date(2017, 4, 16),
        "2017-04-16",
    ),
    (
        "March 23",
        "Washington, March 23 (IANS) The senator resigned.",
        date(2016, 3, 23),
        "2016-03-23",
    ),
    (
        "April 26",
        "Kathmandu, April 26 (IANS) Rescue teams reached the village.",
        date(2016, 4, 26),
        "2016-04-26",
    ),
    (
        "Tuesday, September 22, 2015",
        "Tuesday, September 22, 2015\n\nThe boy was arrested.",
        None,
        "2015-09-22",
    ),
    (
        "5:31 PM ET, Mon October 16, 2017",
        "Updated 5:31 PM ET, Mon October 16, 2017\n\nThe actor spoke.",
        None,
        "2017-10-16T17:31-04:00",
    ),
    ("16:20, 16 OCT 2017", "16:20, 16 OCT 2017\n\nThe actor spoke.", None, "2017-10-16T16:20"),
    (
        "16 October 2017 • 5:31pm",
        "16 October 2017 • 5:31pm\n\nThe actor spoke.",
        None,
        "2017-10-16T17:31",
    ),
    (
        "Monday, October 16, 2017 5:31 PM",
        "Posted: Monday, October 16, 2017 5:31 PM\n\nHe said.",
        None,
        "2017-10-16T17:31",
    ),
    # absolute dates in body text
    ("October 25, 2022", "Braverman and Sunak on October 25, 2022.", None, "2022-10-25"),
    ("16 October 2017", "The complaint was filed on 16 October 2017.", None, "2017-10-16"),
    ("10/16/2017", "The form is dated 10/16/2017.", None, "2017-10-16"),
    ("2017-10-16", "The filing, dated 2017-10-16, was made public.", None, "2017-10-16"),
    ("September 2021", "The rule took effect in September 2021.", None, "2021-09"),
    ("July 2003", "The study began in July 2003.", None, "2003-07"),
    ("2016", "The referendum will be held in 2016.", THU, "2016"),
    ("1999", "She has worked there since 1999.", None, "1999"),
    ("April 12, 1981", "Columbia first flew on April 12, 1981.", None, "1981-04-12"),
    ("January 28, 1986", "Challenger broke apart on January 28, 1986.", None, "1986-01-28"),
    ("the 1990s", "The practice was common in the 1990s.", None, "199"),
    ("the early 2000s", "Sales peaked in the early 2000s.", None, "200"),
    ("the 18th century", "The canal was dug in the 18th century.", None, "17"),
    (
        "the twentieth century",
        "Critics named her the finest painter of the twentieth century.",
        None,
        "19",
    ),
    ("mid-2016", "The plant opened in mid-2016.", None, "2016"),
    ("late 2017", "The probe began in late 2017.", None, "2017"),
    ("the third quarter of 2016", "Profit rose in the third quarter of 2016.", None, "2016-Q3"),
    ("Q3 2017", "Revenue fell in Q3 2017.", None, "2017-Q3"),
    ("summer 2016", "The band split in summer 2016.", None, "2016"),
    (
        "Wednesday (2 March)",
        "The report, published on Wednesday (2 March), found gaps.",
        date(2016, 3, 3),
        "2016-03-02",
    ),
    # yearless dates: nearest year, biased by tense
    (
        "May 16",
        "The first meeting is set to take place in Christchurch on May 16.",
        THU,
        "2015-05-16",
    ),
    ("February 6", "Mr Key promoted the campaign on February 6.", THU, "2015-02-06"),
    (
        "November 20",
        "The referendum is to be held from November 20 to December 11.",
        THU,
        "2015-11-20",
    ),
    (
        "December 11",
        "The referendum is to be held from November 20 to December 11.",
        THU,
        "2015-12-11",
    ),
    ("December 11", "The panel first met on December 11.", THU, "2014-12-11"),
    ("August 10", "Two soldiers were maimed by landmines on August 10.", FRI, "2015-08-10"),
    ("March 19", "The tribunal will resume on March 19.", date(2018, 2, 7), "2018-03-19"),
    ("August 10", "Shareholders will vote on August 10.", date(2023, 8, 3), "2023-08-10"),
    ("March 5", "The vaccination drive started on March 5.", date(2019, 3, 12), "2019-03-05"),
    ("June", "Elections are due in June.", date(2016, 4, 26), "2016-06"),
    ("October", "He has been in charge since October.", date(2024, 2, 18), "2023-10"),
    ("March", "The study ran in March.", date(2008, 8, 15), "2008-03"),
    ("January", "The company cut jobs in January.", date(2023, 8, 3), "2023-01"),
    ("November", "The inquiry opened in November.", date(2018, 2, 7), "2017-11"),
    ("Christmas", "He has been different class since Christmas.", date(2024, 2, 18), "2023-12-25"),
    ("Christmas", "Shoppers expect delays before Christmas.", MON, "2017-12-25"),
    # today, yesterday, tomorrow
    ("today", "The Home Office today is to begin issuing questionnaires.", FEB, "2023-02-23"),
    ("Today's", "Today's announcement surprised staff.", MON, "2017-10-16"),
    ("yesterday", "North and South Korea exchanged artillery fire yesterday.", FRI, "2015-08-20"),
    ("Yesterday", "Yesterday, North Korea fired artillery rounds.", FRI, "2015-08-20"),
    ("tomorrow", "The court will rule tomorrow.", MON, "2017-10-17"),
    ("tonight", "The minister will speak tonight.", MON, "2017-10-16"),
    ("last night", "Police said last night that two men were held.", MON, "2017-10-15"),
    ("this morning", "The board met this morning.", MON, "2017-10-16"),
    ("yesterday afternoon", "The plane landed yesterday afternoon.", MON, "2017-10-15"),
    # weekdays resolved by the tense of the governing verb
    ("Sunday night", "Milano posted the message on Sunday night.", MON, "2017-10-15"),
    ("Monday", "The hashtag trended on Monday.", MON, "2017-10-16"),
    ("Friday", "The two leaders will meet on Friday.", MON, "2017-10-20"),
    ("Friday", "The two leaders met on Friday.", MON, "2017-10-13"),
    ("Tuesday", "On Tuesday, the government announced the start of a process.", THU, "2015-05-05"),
    (
        "Tuesday",
        "A group of teenagers was awarded a medal on Tuesday.",
        date(2017, 7, 21),
        "2017-07-18",
    ),
    (
        "Thursday afternoon",
        "The army made another provocation on Thursday afternoon.",
        FRI,
        "2015-08-20",
    ),
    ("Wednesday", "On Wednesday, the minister announced the plan.", FEB, "2023-02-22"),
    (
        "Saturday",
        "Barlow said on Saturday that the manager was safe.",
        date(2024, 2, 18),
        "2024-02-17",
    ),
    ("Saturday", "We go again on Saturday.", date(2024, 2, 18), "2024-02-24"),
    (
        "Tuesday",
        "Photo: The surgeon speaks to reporters on Tuesday.",
        date(2018, 2, 7),
        "2018-02-06",
    ),
    (
        "Monday",
        "The squad is expected to return to training on Monday.",
        date(2024, 2, 18),
        "2024-02-19",
    ),
    ("Thursday", "The vote is going to take place on Thursday.", MON, "2017-10-19"),
    (
        "Wednesday morning",
        "Holloway had deleted the post by Wednesday morning.",
        date(2022, 5, 19),
        "2022-05-18",
    ),
    (
        "Monday evening",
        "Officials must respond by Monday evening.",
        date(2017, 10, 13),
        "2017-10-16",
    ),
    ("Sunday", "Two people have died since Sunday.", MON, "2017-10-15"),
    ("Saturday", "The strike will continue until Saturday.", MON, "2017-10-21"),
    ("last Friday", "The rally took place last Friday.", date(2019, 3, 12), "2019-03-08"),
    ("next Friday", "The club play their rivals next Friday.", date(2024, 2, 18), "2024-02-23"),
    ("Thursday", "Markets closed lower on Thursday.", date(2023, 8, 3), "2023-08-03"),
    (
        "Wednesday",
        "The regulator had warned on Wednesday that losses would grow.",
        date(2023, 8, 3),
        "2023-08-02",
    ),
    # weeks, months, years
    ("last week", "Visas had been denied until last week.", date(2017, 7, 21), "2017-W28"),
    (
        "this week",
        "The competition was held this week in Washington.",
        date(2017, 7, 21),
        "2017-W29",
    ),
    ("next week", "Talks will resume next week.", MON, "2017-W43"),
    ("last week's", "Survivors of last week's quake are in camps.", date(2016, 4, 26), "2016-W16"),
    ("last weekend", "Protesters marched last weekend.", MON, "2017-W41"),
    ("this weekend", "Fans will gather this weekend.", MON, "2017-W42"),
    ("last month", "The agency said last month that cases rose.", date(2011, 4, 13), "2011-03"),
    ("next month", "The backlog is expected to fall next month.", FEB, "2023-03"),
    (
        "earlier this month",
        "The company said earlier this month it would cut jobs.",
        MON,
        "2017-10",
    ),
    (
        "the end of the month",
        "The shuttle will fly by the end of the month.",
        date(2011, 4, 13),
        "2011-04-30",
    ),
    ("This year", "This year the team won a silver medal.", date(2017, 7, 21), "2017"),
    ("this year", "Sales have risen this year.", THU, "2015"),
    ("last year", "Crossings reached a record last year.", FEB, "2022"),
    (
        "Next year's",
        "Next year's competition will be held in Mexico City.",
        date(2017, 7, 21),
        "2018",
    ),
    ("last summer", "Hopefuls who applied before last summer will get forms.", FEB, "2022"),
    ("year end", "The government aims to clear the backlog by year end.", FEB, "2023"),
    (
        "the end of the year",
        "A vaccine could arrive by the end of the year.",
        date(2006, 2, 23),
        "2006",
    ),
    ("early next year", "The law takes effect early next year.", MON, "2018"),
    ("the weekend", "Three people were hurt over the weekend.", MON, "2017-W41"),
    ("2010", "Prices rose between 2010 and 2015.", MON, "2010"),
    ("2015", "Prices rose between 2010 and 2015.", MON, "2015"),
    ("2003", "He died in 2003 at the age of 72.", MON, "2003"),
    ("2021", "It asked for its 2021 and 2022 financial years.", MON, "2021"),
    ("2018", "The 2018 elections were close.", MON, "2018"),
    ("2010", "Since 2010 prices have risen sharply.", MON, "2010"),
    # a done deed lies behind, a plan ahead; a calendaring verb says neither
    ("May", "The second student filed a complaint in May.", date(2025, 4, 10), "2024-05"),
    ("March", "Elections will be held in March.", date(2025, 4, 10), "2026-03"),
    ("May", "The vote was scheduled for May.", date(2025, 4, 10), "2025-05"),
    # the day something was said, whatever the parse hangs the date on
    (
        "Monday",
        "The ministry said on Monday it would review the case in March.",
        date(2025, 4, 10),
        "2025-04-07",
    ),
    ("Sunday night", "I want it done by Sunday night.", date(2027, 2, 17), "2027-02-21"),
    ("Sunday night", "The deal was done by Sunday night.", date(2027, 2, 17), "2027-02-14"),
    # fiscal, academic and sports years; a range's second year the model left out
    ("2024-25", "Odisha presented its budget for 2024-25 on Friday.", MON, "2024"),
    ("FY 2024-25", "The FY 2024-25 plan was approved.", MON, "2024"),
    ("fiscal 2025", "Revenue for fiscal 2025 rose 64%.", MON, "2025"),
    ("FY25", "The FY25 results were strong.", MON, "2025"),
    # a half of a year, as results write it: its year, as "the first half of 2025" is
    ("H1 2025", "Margins improved in H1 2025.", MON, "2025"),
    ("1H24", "Sales fell in 1H24, the firm said.", MON, "2024"),
    ("2022", "He served as finance executive from 2017 to 2022.", MON, "2022"),
    ("this evening", "Here is where things stand this evening.", MON, "2017-10-16"),
    # "for" a weekday books it ahead, unless the weekday owns a noun
    ("Monday", "Rain is forecast for Monday in Leeds.", date(2026, 8, 8), "2026-08-10"),
    ("Sunday", "Tickets had been sold for Sunday.", date(2026, 8, 8), "2026-08-09"),
    ("Monday", "He was jailed for Monday's attack.", date(2026, 8, 8), "2026-08-03"),
    (
        "Earlier in the day",
        "Earlier in the day, the ministry said it would act.",
        MON,
        "2017-10-16",
    ),
    # quarters named by their last month, or of last year; the same month a year back
    ("the December quarter", "Prices fell in the December quarter.", date(2027, 3, 3), "2026-Q4"),
    (
        "the last quarter of last year",
        "Sales fell in the last quarter of last year.",
        date(2026, 3, 5),
        "2025-Q4",
    ),
    # "last", "next" and "this" before a holiday
    (
        "last Christmas",
        "Retailers hope sales will beat last Christmas.",
        date(2026, 11, 3),
        "2025-12-25",
    ),
    ("next Easter", "We will meet next Easter.", date(2026, 11, 3), "2027-03-28"),
    ("this Christmas", "Sales this Christmas will be strong.", date(2026, 11, 3), "2026-12-25"),
    # the act's day after its object, even a rate's; a dated event told as past
    ("Thursday", "The bank raised interest rates on Thursday.", date(2026, 11, 3), "2026-10-29"),
    ("Friday", "The retailer slashed prices on Friday.", date(2026, 11, 3), "2026-10-30"),
    ("March 3", "The March 3 vote was marred by violence.", date(2026, 11, 3), "2026-03-03"),
    ("Jan. 15", "The Jan. 15 deadline was missed.", date(2026, 11, 3), "2026-01-15"),
    ("March 3", "The March 3 vote was postponed.", date(2026, 11, 3), "2027-03-03"),
    # "the last quarter" alone: the one before this, unless the clause looks ahead
    ("the last quarter", "Sales rose 5% in the last quarter.", date(2026, 11, 3), "2026-Q3"),
    (
        "the last quarter",
        "Deliveries will start in the last quarter.",
        date(2026, 5, 3),
        "2026-Q4",
    ),
    ("this time last year", "Petrol cost less this time last year.", date(2026, 3, 5), "2025-03"),
    ("Sat 23/01", "Fixtures: Bulls v Sharks, Sat 23/01.", date(2027, 1, 20), "2027-01-23"),
    ("the previous Friday", "It had rained the previous Friday.", date(2027, 1, 20), "2027-01-15"),
    # a sports season by the year it starts (late summer to spring)
    ("last season", "Chester finished second last season.", date(2026, 4, 26), "2024"),
    ("next season", "They will play in the fifth tier next season.", date(2026, 4, 26), "2026"),
    ("this season", "The side has won 14 games this season.", date(2027, 1, 22), "2026"),
    # a financial year by the year it starts in (taken to start in April)
    (
        "the current financial year",
        "The county spent 11 per cent in the current financial year.",
        date(2026, 2, 24),
        "2025",
    ),
    ("last financial year", "Profits rose last financial year.", date(2026, 10, 24), "2025"),
    ("next fiscal", "Growth will slow next fiscal.", date(2024, 2, 16), "2024"),
    # a value read on a day is dated by the nearest such day, whatever the clause's tense
    (
        "Friday",
        "Holders will receive $9.75, a premium of 31% to the closing price on Friday.",
        MON,
        "2017-10-13",
    ),
    # a weekday of a named week ("Wednesday" alone would be this week's)
    ("Wednesday last week", "A ship was hit on Wednesday last week.", MON, "2017-10-11"),
    ("Friday of next week", "The vote is due on Friday of next week.", MON, "2017-10-27"),
    (
        "the April-June quarter",
        "Sales fell in the April-June quarter.",
        date(2026, 10, 7),
        "2026-Q2",
    ),
    ("the fourth quarter of 2021", "It paid him in the fourth quarter of 2021.", MON, "2021-Q4"),
    ("22 to 25 May", "The festival runs from 22 to 25 May.", date(2026, 4, 10), "2026-05-22"),
    (
        "February 16, 2026 — 4.35pm AEST",
        "Storm warning\n\nFebruary 16, 2026 — 4.35pm AEST\n\nRain fell.",
        None,
        "2026-02-16T16:35+10:00",
    ),
    (
        "Oct. 26",
        "Three by-elections set for Oct. 26 as parties brace.",
        date(2026, 9, 16),
        "2026-10-26",
    ),
    (
        "the end of March",
        "The judge ordered both sides to submit questions by the end of March.",
        date(2026, 9, 16),
        "2027-03-31",
    ),
    ("May 8", "She had reserved her courtroom through May 8.", date(2026, 2, 10), "2026-05-08"),
    ("In four days", '"In four days the doors open," she said.', date(2026, 10, 7), "2026-10-11"),
    ("in a decade", "The line will open in a decade.", date(2026, 3, 14), "2036"),  # guard
    ("in a decade", "The plant opens in a decade.", date(2026, 3, 14), "2036"),  # guard
    (
        "in three days",
        "Dealers will begin sending letters to owners in three days.",
        date(2026, 10, 7),
        "2026-10-10",
    ),
    (
        "2026-08-27 15:20 KST",
        "SEOUL -- 2026-08-27 15:20 KST The ministry said it would act.",
        None,
        "2026-08-27T15:20+09:00",
    ),
    (
        "9:14 AM PDT · June 9, 2025",
        "IPO filed\n\n9:14 AM PDT · June 9, 2025\n\nThe company filed.",
        None,
        "2025-06-09T09:14-07:00",
    ),
    (
        "17.10.2024 14:25 GMT+3",
        "Quake update\n\n17.10.2024 14:25 GMT+3 | Update: 17.10.2024 16:40 GMT+3\n\nIt hit.",
        None,
        "2024-10-17T14:25+03:00",
    ),
    ("Oct. 20-22", "The summit runs from Oct. 20-22.", MON, "2017-10-20"),
    ("Tues., Oct. 17", "The meeting is on Tues., Oct. 17.", MON, "2017-10-17"),
    ("11 p.m. Sunday", "The blast happened at 11 p.m. Sunday.", MON, "2017-10-15T23:00"),
    ("6 a.m. tomorrow", "The curfew lasts until 6 a.m. tomorrow.", MON, "2017-10-17T06:00"),
    ("the end of last year", "The law took effect at the end of last year.", MON, "2016"),
    ("late last year", "Output fell late last year.", MON, "2016"),
    ("this past weekend", "Protesters rallied this past weekend.", MON, "2017-W41"),
    ("early October", "The plan was unveiled in early October.", MON, "2017-10"),
    ("Friday, March 2", "The deal was signed on Friday, March 2.", date(2018, 3, 5), "2018-03-02"),
    ("15.10.2017", "The order is dated 15.10.2017.", MON, "2017-10-15"),
    ("earlier in the week", "Talks stalled earlier in the week.", MON, "2017-W42"),
    ("Monday 16 October", "The minister resigned on Monday 16 October.", MON, "2017-10-16"),
    (
        "16 Oct 2017 | 17:31 IST",
        "16 Oct 2017 | 17:31 IST\n\nThe actor spoke.",
        None,
        "2017-10-16T17:31+05:30",
    ),
    ("the summer of 2016", "It happened in the summer of 2016.", MON, "2016"),
    # counted offsets
    ("a fortnight ago", "The deal collapsed a fortnight ago.", MON, "2017-10-02"),
    ("18 months ago", "He joined 18 months ago.", MON, "2016-04"),
    ("more than a year ago", "The firm collapsed more than a year ago.", MON, "2016"),
    ("10 days ago", "He was arrested 10 days ago.", MON, "2017-10-06"),
    (
        "Seventeen years ago",
        "Seventeen years ago, the team was founded.",
        date(2017, 7, 21),
        "2000",
    ),
    ("two years ago", "The guidance was recommended two years ago.", FEB, "2021"),
    (
        "Two days ago",
        "Two days ago a second tremor hit the valley.",
        date(2016, 4, 26),
        "2016-04-24",
    ),
    (
        "Three weeks ago",
        "Three weeks ago people were asking questions.",
        date(2024, 2, 18),
        "2024-01-28",
    ),
    ("a week ago", "The app was launched a week ago.", MON, "2017-10-09"),
    ("six months ago", "She joined the firm six months ago.", MON, "2017-04"),
    ("in three weeks", "The results will be published in three weeks.", MON, "2017-11-06"),
    ("a decade ago", "The law was passed a decade ago.", MON, "2007"),  # ten years back
    # offsets counted from a named day, and counts in the hundreds
    ("three weeks from Thursday", "The audit closes three weeks from Thursday.", MON, "2017-11-09"),
    ("a fortnight from today", "The ferry resumes a fortnight from today.", MON, "2017-10-30"),
    ("ten days from tomorrow", "Voting ends ten days from tomorrow.", MON, "2017-10-27"),
    (
        "Two hundred and twelve years ago",
        "Two hundred and twelve years ago the mill burned down.",
        MON,
        "1805",
    ),
    ("a hundred years ago", "The chapel was built a hundred years ago.", MON, "1917"),
    # one step further than "last" or "next"
    ("the Thursday before last", "The pier reopened the Thursday before last.", MON, "2017-10-05"),
    ("the week after next", "The inquiry reports the week after next.", MON, "2017-W44"),
    ("the month before last", "Sales slumped the month before last.", MON, "2017-08"),
    ("the year after next", "The depot closes the year after next.", MON, "2019"),
    # "since" puts the start behind; a timetable verb in the present looks ahead
    (
        "March",
        "The mine's workers' union said it had warned management in writing three times "
        "since March about cracks in the gallery.",
        date(2026, 9, 7),
        "2026-03",
    ),
    (
        "June 30",
        "It covers the current fiscal year, which ends June 30.",
        date(2026, 12, 3),
        "2027-06-30",
    ),
    ("March 3", "The exhibition opens on March 3 at the gallery.", date(2026, 9, 7), "2027-03-03"),
    ("March 3", "The exhibition opened on March 3 at the gallery.", date(2026, 9, 7), "2026-03-03"),
    # the model lemmatizes "hoped" as "hop": inflections are read too
    (
        "Halloween",
        "The commission said it hoped to validate the results before Halloween.",
        date(2026, 9, 16),
        "2026-10-31",
    ),
    # a deadline on what is promised lies ahead
    (
        "the end of March",
        "The government has promised a budget early next year, possibly before the end of March.",
        date(2026, 9, 16),
        "2027-03-31",
    ),
    # "on" dates a calendaring verb's own act
    (
        "Monday",
        "The company announced on Monday that it would close the plant.",
        date(2026, 8, 8),
        "2026-08-03",
    ),
    ("Monday", "The vote was postponed to Monday.", date(2026, 8, 8), "2026-08-10"),
    # a participle of expecting looks ahead; one of calendaring is on either side
    (
        "Friday",
        "They planned to refloat the vessel on the spring tide expected on Friday.",
        date(2026, 4, 27),
        "2026-05-01",
    ),
    (
        "August",
        "He takes one of three places reserved for the top finishers at the World Cup in August.",
        date(2026, 4, 27),
        "2026-08",
    ),
    ("Friday", "The report published on Friday found gaps.", date(2026, 4, 27), "2026-04-24"),
    # a month of a year named relative to publication
    ("March last year", "Sales rose in March last year.", date(2026, 9, 7), "2025-03"),
    ("April of this year", "Sales fell in April of this year.", date(2026, 9, 7), "2026-04"),
    # a verbless photo caption shows a moment that has passed
    (
        "Sunday",
        "Image: Farmers outside the ministry in Accra on Sunday. Photograph: Jane Roe/Reuters",
        date(2026, 1, 22),
        "2026-01-18",
    ),
    # a "verb" with a determiner is a noun: the tense comes from "will be carried"
    (
        "Christmas Eve",
        "She said the banner will be carried again for the winter lantern walk on Christmas Eve.",
        date(2026, 4, 17),
        "2026-12-24",
    ),
    # a condition of a "would" clause looks ahead whatever its own tense
    (
        "June 1",
        "The union said members would strike if the board did not answer their demands by June 1.",
        date(2025, 5, 10),
        "2025-06-01",
    ),
    (
        "Sunday",
        "Voters will go to the polls on Oct. 26, after the office set the timetable on Sunday.",
        date(2026, 9, 16),
        "2026-09-13",
    ),  # a plain past in a time clause stays past
    # a price read on a day, wherever the parse hangs "on Friday"
    (
        "Friday",
        "The bid values the insurer at a 20% premium to its closing price on Friday.",
        date(2026, 3, 9),
        "2026-03-06",
    ),
    # a verb joined to a forecast shares its look ahead
    (
        "in three days",
        "The storm is forecast to weaken over land and reach the coast in three days.",
        date(2026, 2, 16),
        "2026-02-19",
    ),
    # a range runs forward; its opening month is found although the model leaves it out
    (
        "January",
        "Exports fell by a fifth between January and September.",
        date(2026, 2, 16),
        "2025-01",
    ),
    ("March", "Output rose from March to May last year.", date(2026, 2, 16), "2025-03"),
    # a part of a named year, and a bank holiday in lower case
    (
        "the first nine months of 2025",
        "Start-ups raised $2.9 billion in the first nine months of 2025.",
        date(2026, 2, 16),
        "2025",
    ),
    (
        "the August bank holiday",
        "The fair will open on the August bank holiday.",
        date(2026, 2, 16),
        "2026-08-31",
    ),
    # a bare season in a clause that looks ahead or back; "Sunday week"; "early in the week"
    (
        "the autumn",
        "A review of its finances will be published in the autumn, he added.",
        date(2026, 4, 17),
        "2026",
    ),
    ("the summer", "The pier was repainted over the summer.", date(2026, 2, 10), "2025"),
    # the season under way, looking ahead or back
    (
        "the autumn",
        "The railway will run extra trains during the autumn, it said.",
        date(2026, 9, 29),
        "2026",
    ),
    ("the summer", "Sales fell over the summer, it said.", date(2026, 7, 20), "2026"),
    ("the winter", "Heating costs will rise over the winter.", date(2026, 1, 15), "2025"),
    ("Sunday week", "Penrith host Melbourne on Sunday week.", date(2026, 8, 14), "2026-08-23"),
    ("early in the week", "Officials met early in the week.", date(2026, 4, 17), "2026-W16"),
    # a present "verb" with no subject is a misread word; a booking in the present passive
    # looks ahead; a gerund takes the tense of the clause it hangs on
    (
        "January",
        "Blue Harbour recorded most of it live over six weeks in January, with bassist Ann "
        "Reid playing.",
        date(2026, 11, 18),
        "2026-01",
    ),
    ("August", "They are also booked for Green Man in August.", date(2026, 11, 18), "2027-08"),
    (
        "November",
        "Neon will open the film on 300 screens before widening in November.",
        date(2026, 2, 16),
        "2026-11",
    ),
    # the end of a period after "until" and an event "following" a later act: the nearest
    (
        "January 14",
        "The judge adjourned the case until January 14 and listed a full hearing.",
        date(2026, 11, 17),
        "2027-01-14",
    ),
    (
        "Thanksgiving",
        "He said he would take half a loaf if it kept the government open until after "
        "Thanksgiving.",
        date(2026, 9, 29),
        "2026-11-26",
    ),
    (
        "September",
        "The authority would arrange more bonds next month, following a green bond sale in "
        "September.",
        date(2026, 11, 18),
        "2026-09",
    ),
    # a bare year that a "when" clause describes
    (
        "2023",
        "The area is second only to 2023, when more than 2.2 million hectares burned.",
        date(2026, 10, 2),
        "2023",
    ),
    # a bare year after "by"; "last December"
    ("2100", "The shelves could lose a fifth of their thickness by 2100.", MON, "2100"),
    ("last December", "A storm cut the power last December.", date(2026, 11, 18), "2025-12"),
    # a reported clause whose verb the parse lost does not take the saying's past tense
    (
        "the spring bank holiday",
        "The fair runs over the spring bank holiday, organisers said.",
        date(2026, 2, 16),
        "2026-05-25",
    ),
    # a length of time counted from the date the paragraph named last
    (
        "a year earlier",
        "About 600,000 people were waiting at the end of January, down 2.1 per cent on a "
        "year earlier.",
        date(2026, 2, 10),
        "2025-01-31",
    ),
    (
        "a year before",
        "Revenue in the second quarter rose 12% from a year before.",
        date(2026, 7, 28),
        "2025-Q2",
    ),
    (
        "the year before",
        "Victims reported $3.1 billion in losses last year, up 43% from the year before.",
        date(2026, 10, 15),
        "2024",
    ),
    (
        "two days later",
        "She was arrested on March 3, 2026, and charged two days later.",
        MON,
        "2026-03-05",
    ),
    (
        "The following year",
        "The firm was founded in 2011. The following year, it moved.",
        MON,
        "2012",
    ),
    (
        "the previous morning",
        "Evacuees numbered 18,462 as of 8am today, up from 9,208 the previous morning.",
        date(2026, 12, 1),
        "2026-11-30",
    ),
    # the month of published figures has ended; the day of a value a change is measured
    # from lies behind; a state put in place lasts until a day ahead; money set aside
    (
        "September",
        "Investors will get the September reading of the price index on Friday.",
        date(2026, 10, 22),
        "2026-09",
    ),
    (
        "Friday",
        "Traders now see a 75% chance, according to overnight swaps, up from 45% on Friday.",
        date(2026, 12, 8),
        "2026-12-04",
    ),
    (
        "Thursday",
        "The agency has issued a red-level warning of heavy rain for Kelantan until Thursday.",
        date(2026, 12, 1),
        "2026-12-03",
    ),
    (
        "February",
        "Alberta has spent $742 million, far more than the $300 million set aside in its "
        "February budget.",
        date(2026, 10, 2),
        "2026-02",
    ),
    # with no date before it, a year earlier is counted from the publication date
    ("a year earlier", "Prices are 4% higher than a year earlier.", date(2026, 5, 4), "2025"),
    # a season that is the calendar year in tennis, golf, motor racing ...
    (
        "this season",
        "Tennant, who has won three ATP titles this season, beat Ferraresi in the Wimbledon "
        "warm-up.",
        date(2026, 6, 21),
        "2026",
    ),
    # a year as an adjective after a determiner; a quarter as an adjective
    ("2023", "The case began with a 2023 inspection by the regulator.", MON, "2023"),
    ("2025", "Its 2025 annual report showed losses.", MON, "2025"),
    (
        "third-quarter",
        "The company reported a 61 percent fall in third-quarter operating profit.",
        date(2026, 11, 26),
        "2026-Q3",
    ),
    # a deadline after "by" dates a past act too
    (
        "Monday morning",
        "All of the others were brought up through a second shaft by Monday morning.",
        date(2026, 3, 12),
        "2026-03-09",
    ),
    # what is called for may lie either side of the call: the nearest
    (
        "Friday",
        "The union called for a day of mourning on Friday.",
        date(2026, 3, 12),
        "2026-03-13",
    ),
    ("Friday", "She called reporters on Friday.", date(2026, 3, 12), "2026-03-06"),
    # weekdays listed together run forward; what is agreed or offered may lie either side
    (
        "Thursday",
        "Members of the union will strike next Tuesday and Thursday in a row over rosters.",
        date(2026, 1, 14),
        "2026-01-22",
    ),
    ("Tuesday", "They met last Monday and Tuesday.", date(2026, 1, 14), "2026-01-13"),
    (
        "Friday",
        "The union was urged to return to talks, which the conciliation service has offered "
        "to host on Friday.",
        date(2026, 1, 14),
        "2026-01-16",
    ),
    # the month of accounts has ended; what is booked for a month may lie ahead
    (
        "April",
        "An update will follow after the department publishes monthly statements for April.",
        date(2026, 5, 12),
        "2026-04",
    ),
    ("July", "Bookings for July were running 12% above last year's.", date(2026, 6, 3), "2026-07"),
    (
        "August",
        "Domestic bookings for July and August were running 12% above last year's level.",
        date(2026, 6, 3),
        "2026-08",
    ),
    # an event's staging participle says nothing of when it is
    (
        "Aug. 12",
        "In Tokushima, the dance festival, held from Aug. 12 to Aug. 15, draws huge crowds.",
        date(2026, 6, 3),
        "2026-08-12",
    ),
    # a holiday's weekend is the week of its Saturday
    (
        "Labor Day weekend",
        "Crowds are expected over the Labor Day weekend.",
        date(2026, 9, 2),
        "2026-W36",
    ),
    ("a year ago", "The court ruled against it a year ago.", date(2026, 3, 3), "2025"),
    ("the end of June", "The report is due by the end of June.", date(2026, 3, 3), "2026-06-30"),
    # an event weighed or ruled out: the nearest month, whatever the tense
    (
        "December",
        "The union has not ruled out a general strike in December.",
        date(2026, 11, 12),
        "2026-12",
    ),
    ("January", "The board is considering a vote in January.", date(2026, 11, 12), "2027-01"),
    ("March", "The court ruled in March that the law stood.", date(2026, 11, 12), "2026-03"),
    # a month and day naming an event before its noun: the nearest, whatever the tense
    (
        "Nov. 28",
        "The camps traded barbs with 19 days to go before the Nov. 28 local elections.",
        date(2026, 11, 9),
        "2026-11-28",
    ),
    ("Friday", "He skipped the Friday meeting.", date(2026, 11, 9), "2026-11-06"),
    # an appointment "for" an hour and a day lies ahead
    (
        "Wednesday",
        "A fourth round of talks has been fixed for 11 am on Wednesday.",
        date(2026, 11, 12),
        "2026-11-18T11:00",
    ),
    # the month that ends a period
    ("March", "Subaru sold 960,000 cars in the year ended March.", date(2026, 6, 12), "2026-03"),
    ("Friday", "Exports rose in the week ended Friday.", date(2026, 6, 12), "2026-06-12"),
    (
        "last night",
        "She received the prize at a ceremony last night.",
        date(2026, 10, 23),
        "2026-10-22",
    ),
    # ... and that starts in July in football
    (
        "this season",
        "Arsenal have won nine Premier League games this season.",
        date(2026, 4, 2),
        "2025",
    ),
    # the period a forecast is for lies ahead of it, in any tense; not the forecasting's day
    (
        "the fourth quarter",
        "The company forecast revenue growth of 5% for the fourth quarter.",
        date(2026, 3, 4),
        "2026-Q4",
    ),
    (
        "December",
        "Economists projected inflation of 3% in December.",
        date(2026, 3, 4),
        "2026-12",
    ),
    (
        "the third quarter",
        "The firm guided to revenue of $2bn in the third quarter.",
        date(2026, 3, 4),
        "2026-Q3",
    ),
    ("January", "The bank forecast in January that rates would fall.", date(2026, 3, 4), "2026-01"),
    ("Monday", "Scientists predicted the eclipse on Monday.", date(2026, 3, 4), "2026-03-02"),
    # a timetable's simple present lies ahead
    ("November", "The tournament takes place in November.", date(2026, 3, 4), "2026-11"),
    ("January", "The new rules come into force in January.", date(2026, 3, 4), "2027-01"),
    ("October", "The new model goes on sale in October.", date(2026, 3, 4), "2026-10"),
    # a month right after a speech verb dates the saying, not what was said
    (
        "January",
        "Corvane said in January it would shut two plants.",
        date(2026, 3, 4),
        "2026-01",
    ),
    (
        "February",
        "The union told members in February it would call a strike.",
        date(2026, 3, 4),
        "2026-02",
    ),
    # a deadline under a verb in the present lies ahead
    (
        "Oct. 20",
        "Landlords have until Oct. 20 to register their flats.",
        date(2026, 3, 4),
        "2026-10-20",
    ),
    ("Oct. 31", "The deadline for entries is Oct. 31.", date(2026, 3, 4), "2026-10-31"),
    ("Oct. 15", "The council faces an Oct. 15 deadline.", date(2026, 3, 4), "2026-10-15"),
    ("Oct. 1", "Tax returns are due Oct. 1.", date(2026, 3, 4), "2026-10-01"),
    ("Oct. 15", "The council missed an Oct. 15 deadline.", date(2026, 3, 4), "2025-10-15"),
    # a verb whose past is its base form, under a plural subject, tells a past act
    (
        "Monday night",
        "Two dams in the valley burst their walls on Monday night.",
        date(2026, 2, 18),
        "2026-02-16",
    ),
    ("Friday", "Both unions quit the negotiations on Friday.", date(2026, 3, 4), "2026-02-27"),
    ("Friday", "Both unions will quit the negotiations on Friday.", date(2026, 3, 4), "2026-03-06"),
    (
        "Friday",
        "Unless both banks cut their rates on Friday, markets will fall.",
        date(2026, 3, 4),
        "2026-03-06",
    ),
    # a year cut to two digits after an apostrophe
    ("June '24", "Output peaked in June '24 and fell.", date(2026, 3, 4), "2024-06"),
    ("'87", "The striker was born in '87 in Porto.", date(2026, 3, 4), "1987"),
    ("'31", "The line should open in '31.", date(2026, 3, 4), "2031"),
    # a run of years, at its start
    ("2019-2023", "The 2019-2023 plan failed.", date(2026, 3, 4), "2019"),
    # a clock time before its day, with a dot, "local time" or the wire's zone
    ("3.40am", "Police were called at 3.40am on Monday.", date(2026, 3, 10), "2026-03-09T03:40"),
    (
        "3:40 a.m.",
        "Police were called at about 3:40 a.m. local time on Monday.",
        date(2026, 3, 10),
        "2026-03-09T03:40",
    ),
    (
        "0340 GMT",
        "Police were called at 0340 GMT on Monday.",
        date(2026, 3, 10),
        "2026-03-09T03:40+00:00",
    ),
    # ... or before a calendar date, and noon with a zone
    (
        "0800 GMT on April 14",
        "The probe lifts off at 0800 GMT on April 14.",
        date(2026, 3, 4),
        "2026-04-14T08:00+00:00",
    ),
    (
        "5am GMT on March 2",
        "The tremor hit at 5am GMT on March 2.",
        date(2026, 3, 4),
        "2026-03-02T05:00+00:00",
    ),
    (
        "2.15am on 3 March",
        "The fire started at 2.15am on 3 March.",
        date(2026, 3, 4),
        "2026-03-03T02:15",
    ),
    (
        "8.30pm on Sunday 1 March",
        "Crews arrived at 8.30pm on Sunday 1 March.",
        date(2026, 3, 4),
        "2026-03-01T20:30",
    ),
    (
        "11:59 p.m. PT on April 30",
        "Entries close at 11:59 p.m. PT on April 30.",
        date(2026, 3, 4),
        "2026-04-30T23:59-07:00",
    ),
    (
        "8 a.m. local time (0500 GMT) on Thursday",
        "Voting began at 8 a.m. local time (0500 GMT) on Thursday.",
        date(2026, 3, 4),
        "2026-02-26T08:00",
    ),
    (
        "noon ET on Friday",
        "The march starts at noon ET on Friday.",
        date(2026, 3, 4),
        "2026-03-06T12:00-05:00",
    ),
    # a same-form past ("beat", "shut") opening a condition of a present clause is present
    (
        "Saturday",
        "If the Hornets beat the Wolves on Saturday, they reach the final.",
        date(2026, 3, 4),
        "2026-03-07",
    ),
    (
        "Friday",
        "When the mills shut on Friday, the town goes quiet.",
        date(2026, 3, 4),
        "2026-03-06",
    ),
    (
        "Saturday",
        "When the Hornets beat the Wolves on Saturday, fans celebrated.",
        date(2026, 3, 4),
        "2026-02-28",
    ),
    (
        "Saturday",
        "When the gale hit on Saturday, the harbour town is still counting the cost.",
        date(2026, 3, 4),
        "2026-02-28",
    ),
    # the earliest end of a period still under way lies ahead
    ("Sunday", "Ferries were cancelled until at least Sunday.", date(2026, 3, 4), "2026-03-08"),
    (
        "Monday",
        "Trains were halted till at least Monday, the operator said.",
        date(2026, 3, 4),
        "2026-03-09",
    ),
    # "the year" or "the years" before the year it names
    ("the years 2027", "The grant covers the years 2027 to 2031.", date(2026, 3, 4), "2027"),
    ("2031", "The grant covers the years 2027 to 2031.", date(2026, 3, 4), "2031"),
    (
        "the year 2040",
        "The city aims to be carbon neutral by the year 2040.",
        date(2026, 3, 4),
        "2040",
    ),
    # calendar quarters as analysts write them; a fiscal one is left to its year
    ("3Q24", "The miner's output slid in 3Q24.", date(2026, 3, 4), "2024-Q3"),
    ("4Q 2025", "Margins at the smelter narrowed in 4Q 2025.", date(2026, 3, 4), "2025-Q4"),
    ("FY2027", "Bookings dipped in Q2 FY2027.", date(2026, 3, 4), "2027"),
    # the period of results to be reported has ended, a comma or no
    (
        "the April-June quarter",
        "The lender will report its earnings for the April-June quarter by the end of the month.",
        date(2026, 7, 14),
        "2026-Q2",
    ),
    (
        "the April-June quarter",
        "The lender will report its Q1 results, for the April-June quarter, within days.",
        date(2026, 7, 14),
        "2026-Q2",
    ),
    # a day of the month alone: this month's, or the month's before or after by the tense
    ("the 14th", "The patrol was ambushed on the 14th.", date(2026, 2, 20), "2026-02-14"),
    ("the 26th", "Police said the depot was torched on the 26th.", date(2026, 2, 20), "2026-01-26"),
    ("the 9th", "The assembly will reconvene on the 9th.", date(2026, 2, 20), "2026-03-09"),
    (
        "4 a.m. on the 11th",
        "Firefighters were called at 4 a.m. on the 11th.",
        date(2026, 2, 20),
        "2026-02-11T04:00",
    ),
    (
        "the 2nd of this month",
        "The pier collapsed on the 2nd of this month.",
        date(2026, 2, 20),
        "2026-02-02",
    ),
    (
        "the 27th of last month",
        "The pier collapsed on the 27th of last month.",
        date(2026, 2, 20),
        "2026-01-27",
    ),
    (
        "16th",
        "The inquiry sat on the 15th and 16th, its chair said.",
        date(2026, 2, 20),
        "2026-02-16",
    ),
    # a week of a month: the ISO week holding the month's Nth (or last) Thursday
    (
        "the third week of January",
        "Work on the bypass began in the third week of January.",
        date(2026, 3, 4),
        "2026-W03",
    ),
    (
        "the last week of October",
        "Budget hearings are set for the last week of October.",
        date(2026, 3, 4),
        "2026-W44",
    ),
    (
        "the second week of April",
        "The ferry service will resume in the second week of April.",
        date(2026, 3, 4),
        "2026-W15",
    ),
    # what is warned of may lie ahead of the warning: the nearest reading
    ("Friday", "The weather service warned of gales on Friday.", date(2026, 3, 4), "2026-03-06"),
    ("Friday", "The weather service warned on Friday of gales.", date(2026, 3, 4), "2026-02-27"),
    (
        "the weekend",
        "The weather service warned of snowdrifts through the weekend.",
        date(2026, 3, 4),
        "2026-W10",
    ),
    (
        "the weekend",
        "The council considered a curfew over the weekend.",
        date(2026, 3, 4),
        "2026-W09",
    ),
    # an infinitive on a ranked noun ("the first club to ...") takes the tense of its clause
    (
        "May",
        "It was the first club to lift the shield since Ayr in May.",
        date(2026, 3, 4),
        "2025-05",
    ),
    (
        "June",
        "Okafor became the youngest rider to win the stage in June.",
        date(2026, 3, 4),
        "2025-06",
    ),
    (
        "June",
        "Okafor will be the youngest rider to start the race in June.",
        date(2026, 3, 4),
        "2026-06",
    ),
    # ... whether the parse hangs it on the noun or on the copula (no "is to begin")
    (
        "late December",
        "Kiri is the second severe cyclone to hit the coast this season after Oma in late "
        "December.",
        date(2026, 2, 12),
        "2025-12",
    ),
    (
        "Friday",
        "Ms Delacroix is the only candidate to file her papers by Friday.",
        date(2026, 3, 4),
        "2026-03-06",
    ),
    # a clock time before its day without "on", as the wires write it
    (
        "0600 GMT Thursday",
        "The rocket lifts off at 0600 GMT Thursday.",
        date(2026, 3, 4),
        "2026-03-05T06:00+00:00",
    ),
    (
        "04:52 local time Monday",
        "The tremor hit at 04:52 local time Monday.",
        date(2026, 3, 4),
        "2026-03-02T04:52",
    ),
    # days listed before or after the one that carries their month
    ("9", "Hearings will be held on 9, 10 and 11 June.", date(2026, 3, 4), "2026-06-09"),
    ("10", "Hearings will be held on 9, 10 and 11 June.", date(2026, 3, 4), "2026-06-10"),
    ("4", "The walkouts hit the port on April 3 and 4.", date(2026, 4, 20), "2026-04-04"),
    # an event the act comes ahead of is still to come
    ("Sunday", "Party leaders clashed ahead of Sunday's runoff.", date(2026, 3, 4), "2026-03-08"),
    (
        "Saturday",
        "Barriers went up in the run-up to Saturday's parade.",
        date(2026, 3, 4),
        "2026-03-07",
    ),
    # a range of days runs forward within a week, whatever tense each end is read in
    (
        "6pm on Friday",
        "Forecasters have issued an amber alert from 6pm on Friday until noon Sunday.",
        date(2026, 3, 4),
        "2026-03-06T18:00",
    ),
    (
        "Thursday",
        "The council has closed the bridge from Thursday until Monday.",
        date(2026, 3, 4),
        "2026-03-05",
    ),
    (
        "Monday",
        "Tenants will be consulted from Monday until 12 June.",
        date(2026, 5, 14),
        "2026-05-18",
    ),
    # a reported question's simple past is the asker's tense: the nearest month
    (
        "December",
        "Asked whether a cut in December was likely, Okafor said the board would decide.",
        date(2026, 9, 14),
        "2026-12",
    ),
    ("May", "Reporters asked if the stoppage in May was still on.", date(2026, 3, 4), "2026-05"),
    ("May", "Vessey was asked whether he had met the envoy in May.", date(2026, 3, 4), "2025-05"),
    # the "by" of odds given in the past still lies ahead of the giving
    (
        "July",
        "Analysts on Tuesday put the chance of a rate cut by July at 40%.",
        date(2026, 3, 4),
        "2026-07",
    ),
    (
        "October",
        "The service gave a 55% probability of frost by October.",
        date(2026, 3, 4),
        "2026-10",
    ),
    ("January", "The league met its quota by January.", date(2026, 3, 4), "2026-01"),
    # "the previous" month is one before a time the story tells of: no value
    ("April", "Sales fell 2% from the previous April peak.", date(2026, 5, 20), None),
    ("April", "Sales fell 2% from the April peak.", date(2026, 5, 20), "2026-04"),
    # a year bounded by "at least"
    ("2031", "The lease was renewed through at least 2031.", date(2026, 3, 4), "2031"),
    ("2029", "Talks will run until at least 2029.", date(2026, 3, 4), "2029"),
    # what is due after its noun lies ahead of a past clause; "was due" is told as past
    (
        "Tuesday",
        "Toyota slipped 1% before sales figures due Tuesday.",
        date(2026, 5, 8),
        "2026-05-12",
    ),
    ("June", "Bonds fell as a coupon payment due in June loomed.", date(2026, 3, 4), "2026-06"),
    ("Tuesday", "The filing was due on Tuesday.", date(2026, 5, 8), "2026-05-05"),
    # a month before a noun of delivery is a futures contract still to settle
    ("June", "Wheat for June delivery closed at $5.40 a bushel.", date(2026, 3, 4), "2026-06"),
    ("June", "Nickel futures for June shipment rose.", date(2026, 3, 4), "2026-06"),
    ("June", "Exports fell in June.", date(2026, 3, 4), "2025-06"),  # guard
    # the deadline of an act committed or pledged to, in the past, lies ahead
    (
        "the spring",
        "He said £5m had been committed to build 30 new homes by the spring.",
        date(2026, 1, 10),
        "2026",
    ),
    ("July", "The club pledged to repair the stand by July.", date(2026, 3, 4), "2026-07"),  # guard
    ("July", "The crews finished the repairs by July.", date(2026, 3, 4), "2025-07"),  # guard
    # the deadline of what is awaited lies ahead, even in a past clause
    (
        "July 31",
        "Rui Pinto, the council's leader, said residents wanted an audit released in full by "
        "July 31.",
        date(2026, 3, 14),
        "2026-07-31",
    ),
    (
        "October",
        "He said he expected the first shipments by October.",
        date(2026, 3, 14),
        "2026-10",
    ),
    # what a verb of scheduling in the present perfect calendars is still to come
    (
        "November",
        "A sentencing hearing has been listed for November.",
        date(2026, 3, 14),
        "2026-11",
    ),
    (
        "June 8",
        "The court has listed the petition for arguments on June 8.",
        date(2026, 3, 14),
        "2026-06-08",
    ),
    ("May 9", "The driver was fined on May 9.", date(2026, 3, 14), "2025-05-09"),  # guard
    ("Friday", "The club has postponed the match on Friday.", date(2026, 3, 14), "2026-03-13"),
    (
        "Saturday",
        "The club has set a record for attendance on Saturday.",
        date(2026, 3, 18),
        "2026-03-14",
    ),  # guard: "set" a record, on the day of the act
    # a start under a present perfect may lie either side: the nearest
    (
        "May",
        "The crew has been granted extra time on the runway, starting in May.",
        date(2026, 3, 14),
        "2026-05",
    ),
    ("April", "The firm cut 300 jobs, starting in April.", date(2026, 3, 14), "2025-04"),  # guard
    # a price set for a month: the nearest such month
    (
        "April",
        "The supplier last week raised its price for April by 5%.",
        date(2026, 3, 14),
        "2026-04",
    ),
    (
        "May",
        "The refiner lifted its posted price for diesel by 2 cents a litre for May.",
        date(2026, 3, 14),
        "2026-05",
    ),
    ("April", "The lender raised its rates in April.", date(2026, 3, 14), "2025-04"),  # guard
    ("2024", "In 2024 G7 leaders met in Italy.", date(2026, 3, 14), "2024"),  # guard
    ("2023", "The 2023 EU summit failed.", date(2026, 3, 14), "2023"),  # guard
    # "N years ago" is a year, "N months ago" a month; a count after another number
    ("three years ago", "The club was relegated three years ago.", date(2026, 3, 14), "2023"),
    ("nine months ago", "The mine closed nine months ago.", date(2026, 3, 14), "2025-06"),
    (
        "three years ago",
        "The charity has 80 volunteers, up from 35 three years ago.",
        date(2026, 3, 14),
        "2023",
    ),
    # "in three weeks" after the event a preposition of time names: when the event comes
    (
        "in three weeks",
        "The coach said the team needed rest before the Dutch Open in three weeks.",
        date(2026, 3, 14),
        "2026-04-04",
    ),
    ("in ten days", "The party hired staff ahead of the vote in ten days.", MON, "2017-10-26"),
    # a simple past the tagger reads as a participle: it has a subject and an object
    (
        "Tuesday",
        "Inspectors on Tuesday censured Mersey Foods for failures.",
        date(2026, 3, 14),
        "2026-03-10",
    ),
    (
        "Tuesday",
        "The watchdog on Tuesday censured Calder Water for failures.",
        date(2026, 3, 14),
        "2026-03-10",
    ),
    ("Monday", "Vale expected in court on Monday", date(2026, 3, 14), "2026-03-16"),  # guard
    # a photo credit closing the line makes it a caption, which shows what has passed
    (
        "Saturday",
        "Midfielder Tom Vale celebrates his goal against Rovers on Saturday. "
        "(Photo: Kay Ames / The Courier)",
        date(2026, 3, 11),
        "2026-03-07",
    ),
    (
        "Sunday",
        "Fans queue outside the arena on Sunday. Photograph: Dara Keogh/The Irish Times",
        date(2026, 3, 13),
        "2026-03-08",
    ),
    ("Friday", "The market opens on Friday, the council said.", date(2026, 3, 11), "2026-03-13"),
    # the event a present perfect invitation names lies ahead
    (
        "Friday",
        "The council has invited both tenants' groups to talks on Friday.",
        date(2026, 3, 11),
        "2026-03-13",
    ),
    (
        "Friday",
        "The council has summoned the contractors to a hearing on Friday.",
        date(2026, 3, 11),
        "2026-03-13",
    ),
    (
        "Friday",
        "The council invited both tenants' groups to talks on Friday.",
        date(2026, 3, 11),
        "2026-03-06",
    ),  # guard: a past invitation, to talks before or after
    # a season and its year; a year after an edition's name or "Class of" stays a year
    ("Summer 2024", "The festival Summer 2024 drew crowds.", date(2026, 3, 11), "2024"),
    ("Spring 2025", "Tickets for Spring 2025 are on sale.", date(2026, 3, 11), "2025"),
    ("the fall of 2019", "It happened in the fall of 2019.", date(2026, 3, 11), "2019"),
    ("2019", "The Class of 2019 graduated.", date(2026, 3, 11), "2019"),
    ("2026", "Wimbledon 2026 begins soon.", date(2026, 3, 11), "2026"),
    ("2019", "Members of Lodge 1776 met in 2019.", date(2026, 3, 11), "2019"),
    # "last/next" before a weekday the model leaves untagged after a place, or tags with it
    ("last Saturday", "The team lost at Hull last Saturday.", date(2026, 3, 14), "2026-03-07"),
    ("next Saturday", "The team plays at Hull next Saturday.", date(2026, 3, 14), "2026-03-21"),
    (
        "next Saturday",
        "United travel to Sheffield Wednesday next Saturday.",
        date(2026, 3, 14),
        "2026-03-21",
    ),
    ("next Friday", "We meet at Hull next Friday.", date(2026, 3, 14), "2026-03-20"),  # guard
    ("next Saturday", "They travel to Leeds next Saturday.", date(2026, 3, 14), "2026-03-21"),
    # a value read on a day its possessive names: the nearest such day, whatever the tense
    (
        "Thursday",
        "Investors will receive 2.1 shares each, a premium of 30% to Thursday's closing price.",
        date(2026, 3, 14),
        "2026-03-12",
    ),
    (
        "Thursday",
        "Investors will be paid 12 euros a share, 15% above Thursday's close.",
        date(2026, 3, 14),
        "2026-03-12",
    ),
    (
        "Thursday",
        "The stock will open below Thursday's trading session.",
        date(2026, 3, 14),
        "2026-03-12",
    ),
    (
        "Thursday",
        "The offer was a premium of 30% to Thursday's closing price.",
        date(2026, 3, 14),
        "2026-03-12",
    ),  # guard
    (
        "Thursday",
        "MPs will debate the bill at Thursday's session.",
        date(2026, 3, 14),
        "2026-03-19",
    ),  # guard: a sitting, no reading
    # a quarter or half without its year, as the period figures are reported for
    ("Q3", "Zentrix beats Q3 forecasts as sales jump 20%", date(2026, 3, 14), "2025-Q3"),
    ("Q3", "Zentrix posted Q3 results on Tuesday.", date(2026, 3, 14), "2025-Q3"),
    ("Tuesday", "Zentrix posted Q3 results on Tuesday.", date(2026, 3, 14), "2026-03-10"),
    ("Q4", "Revenue rose 5% in Q4, the company said.", date(2026, 3, 14), "2025-Q4"),
    ("Q4", "Zentrix lowered its Q4 guidance.", date(2026, 3, 14), "2026-Q4"),
    ("Q2", "Zentrix expects Q2 sales of $1 billion.", date(2026, 3, 14), "2026-Q2"),
    ("Q1", "Zentrix posted Q1 and Q2 results.", date(2026, 3, 14), "2026-Q1"),
    ("Q3", "Zentrix reported Q3 revenue of $2 billion.", date(2026, 3, 14), "2025-Q3"),  # guard
    ("Q3 2024", "Zentrix reported Q3 2024 revenue.", date(2026, 3, 14), "2024-Q3"),  # guard
    # a season, a month or the year counted from the date the story told
    (
        "the following summer",
        "The bump was reported in December 2015 and vanished the following summer.",
        date(2026, 3, 14),
        "2016",
    ),
    (
        "the following winter",
        "The shop opened in March 2019 and closed again the following winter.",
        date(2026, 3, 14),
        "2019",
    ),
    (
        "that summer",
        "The shop opened in March 2019 and closed again that summer.",
        date(2026, 3, 14),
        "2019",
    ),
    (
        "the following year",
        "The shop opened in March 2019 and closed again the following year.",
        date(2026, 3, 14),
        "2020",
    ),
    (
        "the following March",
        "The shop opened in May 2019 and closed again the following March.",
        date(2026, 3, 14),
        "2020-03",
    ),
    ("That summer", "The shop opened in 2019. That summer, it flooded.", date(2026, 3, 14), "2019"),
    (
        "the previous year",
        "Revenue in the second quarter of 2025 rose 12% from the previous year.",
        date(2026, 3, 14),
        "2024-Q2",
    ),  # guard: compared with, the same period
    (
        "March",
        "The firm opened in 2019. It said that March sales rose.",
        date(2026, 3, 14),
        "2026-03",
    ),  # guard: "that" opens a clause
    # a quotation's "tomorrow" counts from the day the sentence gives the speaking
    (
        "as early as tomorrow",
        'Speaking late on Thursday, the mayor said repairs would begin "as early as tomorrow".',
        date(2026, 3, 14),
        "2026-03-13",
    ),
    ("today", '"We start today," the mayor said on Thursday.', date(2026, 3, 14), "2026-03-12"),
    (
        "tomorrow",
        "The mayor said on Thursday that repairs would begin tomorrow.",
        date(2026, 3, 14),
        "2026-03-15",
    ),  # guard: the writer's own "tomorrow"
    (
        "tomorrow",
        'The storm hit on Thursday. "Repairs start tomorrow," the mayor said.',
        date(2026, 3, 14),
        "2026-03-15",
    ),  # guard: the speaking is not dated
    ("2021", "In 2021 B.C. recorded 1,600 fires.", None, "2021"),  # guard: the province
    # a caption labelled "Photo caption:", on its line or after a sentence, tells of the past
    (
        "Wednesday",
        "Photo caption: Lawmakers protest during the session on Wednesday.",
        date(2026, 3, 14),
        "2026-03-11",
    ),
    (
        "Tuesday's",
        "The board voted on Monday. Photo caption: The mayor speaks during Tuesday's meeting.",
        date(2026, 4, 22),
        "2026-04-21",
    ),
    (
        "Wednesday",
        "Lawmakers protest during the session on Wednesday.",
        date(2026, 3, 14),
        "2026-03-18",
    ),  # guard: no caption's label
    # a sitting or a case put off "until" a day: the day lies ahead of the act
    ("Friday", "The assembly was adjourned till Friday.", date(2026, 3, 14), "2026-03-20"),
    ("Monday", "The hearing was put off until Monday.", date(2026, 3, 18), "2026-03-23"),
    ("Friday", "The suspect was remanded until Friday.", date(2026, 3, 14), "2026-03-20"),
    ("Friday", "The match was pushed back until Friday.", date(2026, 3, 14), "2026-03-20"),
    ("Friday", "The fans waited until Friday.", date(2026, 3, 14), "2026-03-13"),  # guard
    (
        "Friday",
        "By then the case had been adjourned until Friday.",
        date(2026, 3, 14),
        "2026-03-13",
    ),  # guard: the past perfect tells from before
    # "a year earlier" after a figure counts from the period reported, not the one compared
    (
        "a year earlier",
        "Sales in the first quarter ended March 31, 2026 rose to $48.7 million from $39.6"
        " million in the first quarter of 2025. Net loss narrowed to $12.1 million from"
        " $19.8 million a year earlier.",
        date(2026, 6, 2),
        "2025-Q1",
    ),
    (
        "a year earlier",
        "Impairment charges rose to £412mn from £356mn a year earlier, the bank said.",
        date(2026, 7, 30),
        "2025",
    ),
    (
        "a year earlier",
        "Prices rose 2.9% in October from a year earlier.",
        date(2026, 12, 8),
        "2025-10",
    ),  # guard: the month reported
    (
        "Monday",
        "The Sunday Review reported on Monday that the deal was off.",
        date(2026, 3, 14),
        "2026-03-09",
    ),  # guard: a weekday beside a name that holds another
    # an event in the infinitive of a past verb of intending lies ahead of the act
    (
        "Nov. 3",
        "The board voted on Tuesday to put the bond on the Nov. 3 ballot.",
        date(2026, 4, 22),
        "2026-11-03",
    ),
    (
        "November",
        "The council agreed to ask voters in the November election.",
        date(2026, 3, 14),
        "2026-11",
    ),
    (
        "Nov. 3",
        "The board met to review the Nov. 3 ballot.",
        date(2026, 3, 14),
        "2025-11-03",
    ),  # guard: a purpose, no intended event
    ("Nov. 3", "The board agreed to meet on Nov. 3.", date(2026, 3, 14), "2025-11-03"),  # guard
    (
        "Monday",
        "The strike began on the Monday Council staff walked out.",
        date(2026, 3, 14),
        "2026-03-09",
    ),  # guard: "the" after a word of time opens a day
    # a weekday of a month by its rank, the month's year by the clause's tense
    (
        "the last Saturday of May",
        "The festival is held on the last Saturday of May.",
        date(2026, 3, 14),
        "2026-05-30",
    ),
    (
        "the first Monday of April",
        "Registration closes on the first Monday of April.",
        date(2026, 3, 14),
        "2026-04-06",
    ),
    (
        "the last Saturday of May",
        "The festival was held on the last Saturday of May.",
        date(2026, 3, 14),
        "2025-05-31",
    ),
    (
        "the third Thursday in November 2025",
        "The vote took place on the third Thursday in November 2025.",
        date(2026, 3, 14),
        "2025-11-20",
    ),
    (
        "the 2nd Sunday of next month",
        "The fair opens on the 2nd Sunday of next month.",
        date(2026, 3, 14),
        "2026-04-12",
    ),
    ("last Saturday", "The team lost at home last Saturday.", date(2026, 3, 14), "2026-03-07"),
    # guards: a quarter after no known product's name stays a quarter
    (
        "in Q3",
        "Audi Q3 sales rose in Germany. Profit in Q3 was flat.",
        date(2026, 3, 14),
        "2025-Q3",
    ),
    ("Q3", "Tesla Q3 deliveries rose 6%.", date(2026, 3, 14), "2025-Q3"),
    ("Q3", "Apple's Q3 results beat forecasts.", date(2026, 3, 14), "2025-Q3"),
    ("Q3", "Its Q3 sales fell.", date(2026, 3, 14), "2025-Q3"),
    ("Q3", "The company's Q3 profit fell.", date(2026, 3, 14), "2025-Q3"),
    # a date set against another ("..., not in May") is read in that one's tense
    (
        "May",
        "Lawmakers wanted a deal before the end of the month, not in May.",
        date(2026, 2, 17),
        "2026-05",
    ),
    (
        "July",
        'Lawmakers said they wanted a deal "before the end of the month, not in July".',
        date(2026, 2, 17),
        "2026-07",
    ),
    ("July", "Lawmakers wanted a deal by June, not July.", date(2026, 2, 17), "2026-07"),
    ("April", "The attack happened in March, not in April.", date(2026, 2, 17), "2025-04"),
    ("May", "Lawmakers wanted a deal in May.", date(2026, 2, 17), "2025-05"),  # guard
    (
        "the first weekend of April",
        "The final is pencilled in for the first weekend of April.",
        date(2026, 3, 15),
        "2026-W14",
    ),
    # a financial year opening in July where the article's country runs it so
    (
        "next financial year",
        "Councils in Sydney, Melbourne and Brisbane will get more next financial year.",
        date(2026, 5, 14),
        "2026",
    ),
    (
        "this financial year",
        "Hospitals in Auckland, Wellington and Christchurch will overspend this financial year.",
        date(2026, 5, 14),
        "2025",
    ),
    (
        "the current financial year",
        "NAIROBI, Kenya - Nairobi County spent less in the current financial year.",
        date(2026, 5, 14),
        "2025",
    ),
    (
        "next financial year",
        "Councils in Leeds, Manchester and Liverpool will get more next financial year.",
        date(2026, 5, 14),
        "2027",
    ),  # guard: Britain's opens in April
    # "that" the parse took for a clause's opening still points at the month after it
    (
        "that September",
        "She went on leave in May 2024 and resigned that September, claiming unfair dismissal.",
        date(2026, 9, 23),
        "2024-09",
    ),
    (
        "September",
        "In May 2024 the firm said that September was the deadline.",
        date(2026, 9, 23),
        "2026-09",
    ),  # guard: a verb of saying opens the clause
    # an act of a gerund after "after" came before the main verb's act
    (
        "March",
        "The club will keep signing players after selling its stadium in March.",
        date(2026, 7, 28),
        "2026-03",
    ),
    # a weekday owning an event called off or moved: one still to come
    (
        "Saturday",
        "The university also moved Saturday's home game against Louisville to Nov. 28.",
        date(2026, 9, 15),
        "2026-09-19",
    ),
    ("Sunday", "Organisers called off Sunday's parade.", date(2026, 9, 15), "2026-09-20"),
    ("Saturday", "Fans enjoyed Saturday's game.", date(2026, 9, 15), "2026-09-12"),  # guard
    # a year before that an amount is compared with, where the paragraph names no date
    (
        "a year earlier",
        "Sales climbed 24% from $2.1 billion a year earlier, the firm said.",
        date(2026, 7, 28),
        "2025",
    ),
    (
        "a year before",
        "Members rose to 1,240, from 1,015 a year before.",
        date(2026, 7, 28),
        "2025",
    ),
    # "open" or "close" after a plural subject that the parse took for a modifier
    ("in two weeks", "Bids close in two weeks.", date(2026, 4, 14), "2026-04-28"),
    (
        "In four days",
        '"In four days the doors open, and I can finally rest," the curator told reporters.',
        date(2026, 4, 14),
        "2026-04-18",
    ),
    # a month alone after a preposition of time, which the model left untagged
    (
        "June",
        "The unions had been asking for a meeting with the ministry since June.",
        date(2026, 10, 8),
        "2026-06",
    ),
    (
        "mid-July",
        "The team will keep the rover at the ridge until at least mid-July.",
        date(2026, 6, 19),
        "2026-07",
    ),
    # a year whose levels a figure is compared with
    ("2019", "Ridership is still about 30% below 2019 levels.", date(2026, 3, 19), "2019"),
    ("1990", "Emissions must fall to 10% of 1990 levels.", date(2026, 3, 19), "1990"),
]


@pytest.mark.parametrize("expression,sentence,reference,expected", CASES)
def test_date_value_in_context(nlp, expression, sentence, reference, expected):
    start = sentence.index(expression)
    found = {(m.start, m.end): m for m in dates_in(nlp, sentence, reference)}
    overlapping = [m for (s, e), m in found.items() if s < start + len(expression) and e > start]
    assert [m.value for m in overlapping] == [expected], sorted(found.values())


MID_MARCH = date(2026, 3, 14)


@pytest.mark.parametrize(
    "sentence,expression,expected",
    [
        # a predicate, an adjective or a verb of facing puts the month ahead
        (
            "Senator Ruth Cole, who is up for reelection in November, voted against it.",
            "November",
            "2026-11",
        ),
        ("Cole is up for reelection in November.", "November", "2026-11"),
        ("The plan is up for debate in November.", "November", "2026-11"),
        ("He is eligible for parole in November.", "November", "2026-11"),
        ("The plant is on track for completion in November.", "November", "2026-11"),
        ("She is in line for promotion in November.", "November", "2026-11"),
        ("The upcoming vote in November was discussed.", "November", "2026-11"),
        ("The forthcoming November election dominated the debate.", "November", "2026-11"),
        ("Cole, who faces reelection in November, voted against it.", "November", "2026-11"),
        ("The defendant awaits sentencing in November.", "November", "2026-11"),
        # cues the verb's own form already gives
        ("The council will decide in November.", "November", "2026-11"),
        ("The report is due in November.", "November", "2026-11"),
        ("The vote is scheduled for November.", "November", "2026-11"),
        ("The mayor is set to retire in November.", "November", "2026-11"),
        ("The mayor, who is expected to retire in November, spoke.", "November", "2026-11"),
        ("The mayor is to retire in November.", "November", "2026-11"),
        ("The mayor, who plans to retire in November, spoke.", "November", "2026-11"),
        ("The firm aims to list in November.", "November", "2026-11"),
        ("The shop was due to open in November.", "November", "2026-11"),
        ("Cole is up for reelection next November.", "next November", "2026-11"),
        ("Campaigners rallied ahead of November's vote.", "November", "2026-11"),
        ("The council met ahead of the November vote.", "November", "2026-11"),
        # guards: the same words told as past
        ("He was re-elected in November.", "November", "2025-11"),
        ("The senator, who was up for reelection in November, lost.", "November", "2025-11"),
        ("Cole, who faced reelection in November, lost.", "November", "2025-11"),
        ("The seat has been up for grabs since November.", "November", "2025-11"),
        ("The council faced an Oct. 15 deadline.", "Oct. 15", "2025-10-15"),
    ],
)
def test_future_cues_put_a_month_ahead(nlp, sentence, expression, expected):
    start = sentence.index(expression)
    found = [m for m in dates_in(nlp, sentence, MID_MARCH) if m.start <= start < m.end]
    assert [m.value for m in found] == [expected], found


def test_table_is_large_enough():
    assert len(CASES) >= 100


@pytest.mark.parametrize(
    "sentence,not_dates",
    [
        ("The 14-year-old was arrested at school.", ["14-year-old"]),
        ("The probe took 340 days.", ["340 days"]),
        ("He served for two years as chairman.", ["two years"]),
        ("The team had only two weeks to build the robot.", ["two weeks"]),
        ("It must be returned within twenty working days.", ["twenty working days"]),
        ("The country has seen nearly two decades of conflict.", ["nearly two decades"]),
        ("The robots were sent roughly four months before the contest.", ["four months"]),
        ("The contest is held every year.", ["every year"]),
        ("The shelling ended an 11-year lull.", ["11-year"]),
        ("Troops must leave within 48 hours.", ["48 hours"]),
        ("The meeting starts at 10:30.", ["10:30"]),
        # a day that recurs, an outlet's name, a period of play in a sports report
        ("The market is held every Saturday.", ["Saturday"]),
        ("The Sunday Times reported the deal.", ["Sunday"]),
        ("The Mail on Sunday first reported it.", ["Sunday"]),
        (
            "The Celtics pulled away in the fourth quarter as the coach rested the squad for "
            "the playoff race.",
            ["the fourth quarter"],
        ),
        # a car's model, a part of a match
        ("The Audi Q3 sales figures rose.", ["Q3"]),
        ("The Celtics led 60-50 in Q3 of the match.", ["Q3"]),
        # a half without its year is a reporting period, no date
        ("Wider margins pushed first-half profit above forecasts.", ["first-half"]),
        ("Zentrix lowered its H2 guidance.", ["H2"]),
        # the wires' four-digit clock times are no years
        ("The statement was issued at 1800 GMT.", ["1800"]),
        ("Trading closed at 1600 local time on Friday.", ["1600"]),
        ("Prices have risen over the past week.", ["the past week"]),
        ("She left the firm the year before.", ["the year before"]),
        ("Two days later, police made an arrest.", ["Two days later"]),
        # a delay or an advance on a plan is a length of time, not a date
        (
            "Work began on 2 May 2024. The depot will open a year later than planned.",
            ["a year later"],
        ),
        (
            "The vote was held on Friday. The count ended two days earlier than expected.",
            ["two days earlier"],
        ),
        ("Police said the 24-year-old had been released.", ["24-year-old"]),
        ("A survey of 1850 schoolchildren was carried out.", ["1850"]),
        ("The bridge was built in three days.", ["in three days"]),
        ("They paved the road before winter in two months.", ["in two months"]),
        # a number with separators before "years ago" is no date; a price is no clock time
        ("The ice sheet retreated about 12,000 years ago.", ["12,000 years ago"]),
        ("Shares of the lender rose 4% to $18.30 on Tuesday.", ["18.30"]),
        ("The stock closed at EUR 9.45 on Friday.", ["9.45"]),
        # a year opening an asteroid's designation, a star's catalogue number before its planet
        ("Telescopes followed asteroid 2025 KT3 for a week.", ["2025"]),
        ("The exoplanet HD 1932 c has a thick atmosphere.", ["1932"]),
        ('"They can build a plant like this in 18 months," he said.', ["in 18 months"]),
        # a present verb of an amount spent or earned: "in a decade" is the time it builds up
        (
            "Fixing the pipes would cost a fraction of what the leaks cost in a decade.",
            ["in a decade"],
        ),
        ("A junior nurse earns that in a year.", ["in a year"]),
        # a period an ordinal or a superlative ranks over is a length of time
        ("It is the second theft from a Belgian museum in four months.", ["in four months"]),
        ("Inflation is at its highest level in five years.", ["in five years"]),
        # a season in a timeless present, and "the fall" of something
        ("In the summer, tourists flock to the coast.", ["the summer"]),
        ("The fall in prices was steep.", ["The fall"]),
        ("They are booked for Green Man, their first festival in five years.", ["in five years"]),
        # a century as an adjective, or before Christ, names no time
        ("The 16th-century chapel was restored.", ["16th-century"]),
        ("They restored a 15th century chapel.", ["15th century"]),
        ("The temple dates from the third century BC.", ["the third century"]),
        # an ordinal that counts a noun is no day of the month
        ("The clinic is on the 12th floor of the tower.", ["the 12th"]),
        # a number that names one of its kind after a capitalised noun is no year
        ("Members of Local 1518 voted to strike.", ["1518"]),
        ("He lives on Highway 1776.", ["1776"]),
        ("Members of Lodge 1776 met in 2019.", ["1776"]),
        ("Passengers on Flight 1549 survived the landing.", ["1549"]),
        ("The machines still run Windows 2000.", ["2000"]),
        ("She double-bogeyed on the 16th and 17th holes.", ["the 16th"]),
        # a club named after a weekday, where the article names it
        (
            "Investors bought Sheffield Wednesday. Wednesday's fans cheered, and last season "
            "Wednesday finished fourth.",
            ["Wednesday's fans", "Wednesday finished"],
        ),
        # a year before the common era, which no ISO date here writes
        ("The law of 1000 BC was the first.", ["1000 BC"]),
        # a weekday inside the name of an organisation the article names
        ("Photograph by Aileen Mutasa for The Sunday Review.", ["Sunday"]),
        ("She wrote for The Sunday Review and the Saturday Evening Post.", ["Sunday", "Saturday"]),
        ("She spoke to the Monday Club.", ["Monday"]),
        # a weekday of every month is a rule, no one day
        ("The council meets on the first Tuesday of each month.", ["Tuesday"]),
        ("The market runs on the last Sunday in every month.", ["Sunday"]),
        # a quarter's code in a known product's name is the model, no period
        ("Audi Q3 sales rose in Germany.", ["Q3"]),
        ("Audi Q4 e-tron deliveries fell.", ["Q4"]),
        # an amount paid a year before a date the story does not tell
        ("He was paid 5 million a year earlier.", ["a year earlier"]),
        ("The game has 2000 levels.", ["2000"]),  # a count of levels
    ],
)
def test_not_dates(nlp, sentence, not_dates):
    found = dates_in(nlp, sentence, MON)
    for phrase in not_dates:
        start = sentence.index(phrase)
        assert not [m for m in found if m.start < start + len(phrase) and m.end > start], found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "The first referendum is to be held from November 20 to December 11.",
            ["November 20", "December 11"],
        ),
        (
            "Mr Key promoted it at Waitangi Day - February 6 - this year.",
            ["Waitangi Day", "February 6", "this year"],
        ),
        ("The stores open on Monday and Tuesday.", ["Monday", "Tuesday"]),
        (
            "Microsoft releases IE 6\n\nTuesday, March 8, 2011\n\nThe browser.",
            ["Tuesday, March 8, 2011"],
        ),
        (
            "Lanterns light up the night\n\nMonday, March 5, 2007\n\nCrowds came.",
            ["Monday, March 5, 2007"],
        ),
        ("The army attacked on Thursday afternoon.", ["Thursday afternoon"]),
        ("The hashtag trended on Sunday night.", ["Sunday night"]),
        # a sentence's period after "am" is the sentence's; after "a.m" the abbreviation's
        ("Police were called on Monday at 3.40am.", ["Monday at 3.40am"]),
        ("He left on Friday at 9 a.m.", ["Friday at 9 a.m."]),
        # the part of day a date after "of" dates
        ("The fire broke out on the night of 9 June 2014.", ["the night of 9 June 2014"]),
        ("Guards saw him on the evening of Tuesday.", ["the evening of Tuesday"]),
        # a club named after a weekday: only the day "on" a weekday is a date
        (
            "Fans of Sheffield Wednesday met on Monday. Wednesday's squad trained, and the "
            "club plays again on Wednesday.",
            ["Monday", "Wednesday"],
        ),
        # the modifier belongs to the weekday; the club's weekday is none
        ("United travel to Sheffield Wednesday next Saturday.", ["next Saturday"]),
        ("The team lost at Hull last Saturday.", ["last Saturday"]),
        ("The fair opens on the second Saturday in June.", ["the second Saturday in June"]),
        # an entity running into the next clause splits at its conjunction
        ("Workers will strike next Tuesday if June pay is delayed.", ["next Tuesday", "June"]),
        ("The shop opens on Monday unless March sales are weak.", ["Monday", "March"]),  # guard
        ("He met June Carter in June.", ["June"]),  # guard: a month before a name is none
        # a header line's weekday field belongs to the date it stands beside
        (
            "Rates rise\n\nPublished: Tuesday | March 10, 2026 | 12:08 AM\n\nBanks moved.",
            ["Tuesday | March 10, 2026 | 12:08 AM"],
        ),
        ("Rates rise\n\nTue · 10 March 2026\n\nBanks moved.", ["Tue · 10 March 2026"]),
        ("The vote is on Tuesday; March 10 is the deadline.", ["Tuesday", "March 10"]),  # guard
    ],
)
def test_extents(nlp, sentence, expected):
    assert [m.text for m in dates_in(nlp, sentence, THU)] == expected


def test_offsets_index_the_original_text(nlp):
    text = (
        "Updated:\u00a0Oct\u00a016,\u00a02017, 05:31 PM IST\r\n\r\nIt rained on\u00a0Sunday night."
    )
    found = dates_in(nlp, text, IST)
    assert [text[m.start : m.end] for m in found] == [
        "Oct\u00a016,\u00a02017, 05:31 PM IST",
        "Sunday night",
    ]
    assert [m.value for m in found] == ["2017-10-16T17:31+05:30", "2017-10-15"]


def test_without_reference_relative_dates_stay_with_null_value(nlp):
    found = dates_in(nlp, "Milano posted on Sunday night; the law dates from 2016.", None)
    assert [(m.text, m.value, m.relative) for m in found] == [
        ("Sunday night", None, True),
        ("2016", "2016", False),
    ]


@pytest.mark.parametrize(
    "text,day_first,expected",
    [
        ("The order is dated 10/11/2017.", False, "2017-10-11"),
        ("The order is dated 10/11/2017.", True, "2017-11-10"),
    ],
)
def test_day_first_option(nlp, text, day_first, expected):
    assert [m.value for m in dates_in(nlp, text, None, day_first)] == [expected]


def test_part_of_day_and_relative_flags(nlp):
    found = dates_in(nlp, "Milano posted on Sunday night and again on October 12, 2017.", MON)
    assert [(m.text, m.part_of_day, m.relative, m.granularity) for m in found] == [
        ("Sunday night", "night", True, "day"),
        ("October 12, 2017", None, False, "day"),
    ]


@pytest.mark.parametrize(
    "sentence,expression,tense",
    [
        ("The leaders met on Friday.", "Friday", "past"),
        ("The leaders have met on Friday.", "Friday", "past"),
        ("The leaders will meet on Friday.", "Friday", "future"),
        ("The leaders are going to meet on Friday.", "Friday", "future"),
        ("The leaders are set to meet on Friday.", "Friday", "future"),
        ("The referendum is to be held on Friday.", "Friday", "future"),
        ("The leaders meet on Friday.", "Friday", "present"),
        ("He said they would meet on Friday.", "Friday", "future"),
        ("Officials must respond by Friday.", "Friday", "future"),
        ("They may have met on Friday.", "Friday", "past"),
    ],
)
def test_tense_of_governing_verb(nlp, sentence, expression, tense):
    doc = next(run(nlp, [Job(sentence)]))
    start = sentence.index(expression)
    span = doc.char_span(start, start + len(expression))
    assert tense_of(span) == tense


_DATEISH = st.sampled_from(
    ["Monday", "Oct 16, 2017", "last week", "05:31 PM IST", "two days ago", "14-year-old", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), _DATEISH), max_size=8).map(" ".join))
def test_any_text_gives_valid_offsets(nlp, text):
    for match in dates_in(nlp, text, MON):
        assert 0 <= match.start < match.end <= len(text)
        assert match.text == spacy_view(text)[match.start : match.end]
        assert match.value is None or match.value[:1].isdigit()


def _parsed(words, tags, heads, deps):
    """A Doc with a parse given by hand, to test a rule against a known mis-parse."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)


@pytest.mark.parametrize(
    "words,tags,heads,deps,number_at,counts",
    [
        # the parse hung "1709" on the later "years": the next word still says it counts
        (
            ["of", "1709", "schoolchildren", "-", "aged", "8", "years"],
            ["IN", "CD", "NNS", "HYPH", "JJ", "CD", "NNS"],
            [0, 6, 4, 2, 6, 6, 0],
            ["ROOT", "nummod", "npadvmod", "punct", "amod", "nummod", "pobj"],
            1,
            True,
        ),
        (
            ["of", "1709", "schoolchildren"],
            ["IN", "CD", "NNS"],
            [0, 2, 0],
            ["ROOT", "nummod", "pobj"],
            1,
            True,
        ),
        (
            ["the", "2018", "elections"],
            ["DT", "CD", "NNS"],
            [2, 2, 2],
            ["det", "nummod", "ROOT"],
            1,
            False,
        ),
        (
            ["since", "2010", "prices", "rose"],
            ["IN", "CD", "NNS", "VBD"],
            [3, 2, 3, 3],
            ["mark", "nummod", "nsubj", "ROOT"],
            1,
            False,
        ),
        (
            ["for", "2021", "financial", "years"],
            ["IN", "CD", "JJ", "NNS"],
            [0, 3, 3, 0],
            ["ROOT", "nummod", "amod", "pobj"],
            1,
            False,
        ),
    ],
)
def test_number_counting_a_plural_is_no_year(words, tags, heads, deps, number_at, counts):
    from metoo_extract.facts.exclusions import counts_a_plural

    doc = _parsed(words, tags, heads, deps)
    assert counts_a_plural(doc[number_at : number_at + 1]) is counts


@pytest.mark.parametrize(
    "text,order",
    [
        ("Opens 14/04/2026; tickets from 09/04/2026.", True),
        ("Opens 04/14/2026; tickets from 04/09/2026.", False),
        ("Tickets from 09/04/2026.", None),  # either order
        ("Opens 14/04/2026, closes 04/30/2026.", None),  # contradictory
    ],
)
def test_numeric_date_order(text, order):
    from metoo_extract.normalize.dates import numeric_date_order

    assert numeric_date_order(text) is order


@pytest.mark.parametrize(
    "text,day_first",
    [
        ("Tickets from 09/04/2026 at the Louvre in Paris.", True),  # the world's default
        ("Tickets from 09/04/2026 at a museum in Houston, Texas.", False),  # American copy
        ("Tickets from 09/04/2026 in Ohio; doors open 13/04/2026.", True),  # shown
        ("Tickets from 09/04/2026 in Paris; doors open 04/13/2026.", False),  # shown
    ],
)
def test_an_ambiguous_numeric_date_is_read_as_the_article_writes_them(text, day_first):
    from metoo_extract.layout import reads_day_first

    assert reads_day_first(text) is day_first


def test_a_blog_posted_line_dates_the_body():
    from metoo_extract.api import extract

    text = (
        "Posted Mar 10, 2026 at 9:00 am PDT by Priya Raman\n\n"
        "Acme raised money last September. The deal closed on Friday."
    )
    facts = extract(text)
    assert facts.byline == "Priya Raman"
    assert str(facts.published) == "2026-03-10T09:00:00-07:00"
    assert [(d.text, d.value) for d in facts.dates[1:]] == [
        ("last September", "2025-09"),
        ("Friday", "2026-03-06"),
    ]


def test_a_header_stamp_and_its_date_fact_agree():
    from metoo_extract.api import extract

    text = (
        "Mali signs a mine deal\nIssued on: 03/09/2026 - 17:26\n\n"
        "The government signed the convention in Bamako on Thursday."
    )
    facts = extract(text)
    assert str(facts.published)[:10] == "2026-09-03"
    assert facts.dates[0].value.startswith("2026-09-03")


def test_a_dotted_header_date_and_its_body_date_agree_in_american_copy():
    from metoo_extract.api import extract

    text = (
        "Grant talks resume\n\n09.04.2026\n\n"
        "Officials met on 09.04.2026 to compare spending with the United States."
    )
    facts = extract(text)
    assert str(facts.published)[:10] == "2026-04-09"
    assert [d.value for d in facts.dates] == ["2026-04-09", "2026-04-09"]


def test_an_article_that_writes_day_first_is_read_so():
    from metoo_extract.api import extract

    text = "The museum reopens on 14/04/2026. Tickets went on sale on 09/04/2026."
    facts = extract(text, published=date(2026, 4, 10))
    assert [d.value for d in facts.dates] == ["2026-04-14", "2026-04-09"]


@pytest.mark.parametrize(
    "sentence", ["The striker was born in '87 in Porto.", "Output peaked in June '24 and fell."]
)
def test_a_two_digit_year_is_no_quantity(extractor, sentence):
    record = extractor.extract(f"Head\n\nPublished: March 4, 2026\n\n{sentence}\n")
    assert not record.quantities


@pytest.mark.parametrize(
    "headline,expected",
    [
        ("Lawmakers protest budget cuts on Wednesday", "2026-03-11"),
        ("Council meets on Monday", "2026-03-16"),  # guard: the nearest is ahead
        ("Council will meet on Wednesday", "2026-03-18"),  # guard: a future verb
    ],
)
def test_a_headline_in_the_present_takes_the_nearest_weekday(nlp, headline, expected):
    text = f"{headline}\nPublished March 14, 2026\n\nThe story."
    doc = next(run(nlp, [Job(text, date(2026, 3, 14), header_end=len(headline) + 25)]))
    assert [m.value for m in doc._.metoo_dates if m.start < len(headline)] == [expected]
