"""Tests for metoo_extract.layout: header fields from the top lines of real-outlet styles."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metoo_extract.layout import (
    Layout,
    header_end,
    iso_published,
    parse_layout,
    parse_published,
    reads_day_first,
)
from metoo_extract.normalize.zones import parse_zone, zone_offset

IST = timezone(timedelta(hours=5, minutes=30))
EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))
BST = timezone(timedelta(hours=1))
UTC = timezone.utc
GUM = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "gum-news"
BODY = "\n\nThe first paragraph of the story says what happened.\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # Indian web page: a place line glued to the "Updated:" line, IST = UTC+05:30
        (
            "Alyssa Milano's #MeToo call draws thousands\n"
            "United StatesUpdated: Oct 16, 2017, 05:31 PM IST" + BODY,
            Layout(
                "Alyssa Milano's #MeToo call draws thousands",
                None,
                "United States",
                datetime(2017, 10, 16, 17, 31, tzinfo=IST),
            ),
        ),
        (
            "Headline\nUpdated: Oct 16, 2017, 05:31 PM IST" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ),
        # a site's page copied: the section above the headline, the year glued to the
        # time and the update label glued to the zone
        (
            "Sustainable Business\nChile's copper output slips as mine strike drags on\n\n"
            "By Ana Ruiz\n\nMarch 3, 20266:14 AM GMTUpdated 2 hours ago" + BODY,
            Layout(
                "Chile's copper output slips as mine strike drags on",
                "Ana Ruiz",
                None,
                datetime(2026, 3, 3, 6, 14, tzinfo=UTC),
            ),
        ),
        # the outlet's masthead above the date and the headline is no title
        (
            "Dunmore Evening Star\nMarch 2, 2026\n\nCouncil approves new bridge after long "
            "delay\n\nBy Amy Roth" + BODY,
            Layout(
                "Council approves new bridge after long delay", "Amy Roth", None, date(2026, 3, 2)
            ),
        ),
        (
            "The Millbrook Courier-Ledger\nCrime & Courts | Oct. 14, 2025\n\nBrothers charged "
            "in string of thefts\n\nBy Dana Whitcomb" + BODY,
            Layout(
                "Brothers charged in string of thefts", "Dana Whitcomb", None, date(2025, 10, 14)
            ),
        ),
        # the outlet's name before the date on a header line is no place
        (
            "Record crowd as Swans lift flag\n\nSam Jones\nBallarat Courier Weekly, Monday 18 "
            "May 2026" + BODY,
            Layout("Record crowd as Swans lift flag", "Sam Jones", None, date(2026, 5, 18)),
        ),
        # guard: a short headline ending like an outlet's name, over its date and the body
        (
            "Inside The Times\nMarch 2, 2026\n\nThe paper's newsroom moved on Monday to a new "
            "building.",
            Layout("Inside The Times", None, None, date(2026, 3, 2)),
        ),
        # a short headline over a standfirst that ends like a sentence stays the title
        (
            "Storm Hits Coast\nThousands are without power as the storm moves north.\n"
            "Published: March 3, 2026" + BODY,
            Layout("Storm Hits Coast", None, None, date(2026, 3, 3)),
        ),
        (
            "Headline\nNew Delhi | Updated: October 16, 2017 17:31 IST" + BODY,
            Layout("Headline", None, "New Delhi", datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ),
        (
            "Headline\nLast Updated: 16th October, 2017 11:05 AM IST" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 11, 5, tzinfo=IST)),
        ),
        # wire stories: place (and day) at the start of the body
        (
            "QUETTA, Pakistan, April 16 (Reuters) - A bomb exploded at a market on Sunday.",
            Layout(None, None, "QUETTA, Pakistan", None),
        ),
        (
            "Washington, March 23 (IANS) The US administration said on Friday it would act.",
            Layout(None, None, "Washington", None),
        ),
        (
            "LONDON (AP) — The BBC said on Monday it had suspended a presenter.",
            Layout(None, None, "LONDON", None),
        ),
        (
            "Police probe claims\nBy Staff Reporter, Reuters\n\n"
            "NEW YORK (Reuters) - Police said on Monday they were reviewing claims.",
            Layout("Police probe claims", "Staff Reporter, Reuters", "NEW YORK", None),
        ),
        (
            "BEIJING, Oct. 16, 2017 (Xinhua) -- China's leaders met on Monday.",
            Layout(None, None, "BEIJING", date(2017, 10, 16)),
        ),
        (
            "Market rally\nMUMBAI, Oct 16 (PTI): Shares rose for a third day.",
            Layout("Market rally", None, "MUMBAI", None),
        ),
        (
            "SAN FRANCISCO, Calif. (AP) — Tech workers walked out on Thursday.",
            Layout(None, None, "SAN FRANCISCO, Calif.", None),
        ),
        (
            "Rio de Janeiro, 16 April (AFP) - Thousands marched on Sunday.",
            Layout(None, None, "Rio de Janeiro", None),
        ),
        (
            "NEW DELHI: The government on Monday announced a new panel.",
            Layout(None, None, "NEW DELHI", None),
        ),
        # the city in capitals, the country not
        (
            "MANILA, Philippines — A former official told senators on Tuesday he was ordered.",
            Layout(None, None, "MANILA, Philippines", None),
        ),
        # bylines; a reporter's name beside the outlet's
        (
            "Residents queue for water\nLindiwe Mahlangu | News24\nPublished 17 February 2026"
            + BODY,
            Layout("Residents queue for water", "Lindiwe Mahlangu", None, date(2026, 2, 17)),
        ),
        (
            "Weinstein faces new claims\nBy Jane Doe" + BODY,
            Layout("Weinstein faces new claims", "Jane Doe", None, None),
        ),
        (
            "Weinstein faces new claims\nBY JANE DOE and JOHN ROE, Associated Press" + BODY,
            Layout(
                "Weinstein faces new claims", "JANE DOE and JOHN ROE, Associated Press", None, None
            ),
        ),
        (
            "Headline\nBy Jane Doe | Oct 16, 2017 | 05:31 PM IST" + BODY,
            Layout("Headline", "Jane Doe", None, datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ),
        (
            "Headline\nBy Jane DoeUpdated: October 16, 2017 5:31 p.m. ET" + BODY,
            Layout("Headline", "Jane Doe", None, datetime(2017, 10, 16, 17, 31, tzinfo=EDT)),
        ),
        (
            "Headline\nWritten by Jane Doe\nPublished: 2017-10-16T17:31:00+05:30" + BODY,
            Layout("Headline", "Jane Doe", None, datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ),
        (
            "Headline\nJonathan Pell, Business Correspondent\nThu 3 Aug 2023 16.05 BST" + BODY,
            Layout(
                "Headline",
                "Jonathan Pell, Business Correspondent",
                None,
                datetime(2023, 8, 3, 16, 5, tzinfo=BST),
            ),
        ),
        (
            "Headline\nJane Doe and John Roe, Staff Writers" + BODY,
            Layout("Headline", "Jane Doe and John Roe, Staff Writers", None, None),
        ),
        # another language's "By" on a byline: the names after it
        (
            "Sube el precio del pan\nPor Inés Carvalho Pires | EFE\n"
            "MADRID, March 9 (EFE) -- Bakers raised prices on Monday.",
            Layout("Sube el precio del pan", "Inés Carvalho Pires", "MADRID", None),
        ),
        (
            "Les loyers augmentent\nPar Camille Roux et Hugo Lenoir" + BODY,
            Layout("Les loyers augmentent", "Camille Roux et Hugo Lenoir", None, None),
        ),
        (
            "Mieten steigen\nVon Jan Richter" + BODY,
            Layout("Mieten steigen", "Jan Richter", None, None),
        ),
        # guards: a sentence or a headline opening with a surname's particle
        (
            "Budget passes\nVon der Leyen said the plan would pass." + BODY,
            Layout("Budget passes", None, None, None),
        ),
        ("Da Costa signs for Porto" + BODY, Layout("Da Costa signs for Porto", None, None, None)),
        # a reporter's name and job title in fields of their own
        (
            "Port tolls climb\nRosalind Okafor | Energy Correspondent\nPublished March 9, 2026"
            + BODY,
            Layout("Port tolls climb", "Rosalind Okafor", None, date(2026, 3, 9)),
        ),
        (
            "Bridge reopens\nHenrik Solberg - Transport Reporter" + BODY,
            Layout("Bridge reopens", "Henrik Solberg", None, None),
        ),
        # an outlet's staff sign the story: the outlet
        (
            "Cattle prices fall\n\nFresno Courier staff\nPublished March 9, 2026" + BODY,
            Layout("Cattle prices fall", "Fresno Courier", None, date(2026, 3, 9)),
        ),
        (
            "Ferry fares rise\nFrom Coastal Herald Staff and wire reports" + BODY,
            Layout("Ferry fares rise", "Coastal Herald", None, None),
        ),
        (
            "Ferry fares rise\nBy Harbour Times Staff" + BODY,
            Layout("Ferry fares rise", "Harbour Times", None, None),
        ),
        # guard: a body's staff is no outlet
        ("Army chiefs meet\nGeneral Staff" + BODY, Layout("Army chiefs meet", None, None, None)),
        # reporters' names alone under the headline
        (
            "Tolls climb\nMarisol Ortega and Dev Raman\nPublished March 9, 2026" + BODY,
            Layout("Tolls climb", "Marisol Ortega and Dev Raman", None, date(2026, 3, 9)),
        ),
        ("Tolls climb\nMarisol Ortega" + BODY, Layout("Tolls climb", "Marisol Ortega", None, None)),
        # guard: a sentence about a person is no byline
        (
            "Tolls climb\nMarisol Ortega wins the vote" + BODY,
            Layout("Tolls climb", None, None, None),
        ),
        ("Paris, France\nA line of body text.", Layout("Paris, France", None, None, None)),
        # "Published", "Posted", "Last updated": the first publication wins
        (
            "Headline\nPosted: Oct 16, 2017\nLast updated: Oct 17, 2017" + BODY,
            Layout("Headline", None, None, date(2017, 10, 16)),
        ),
        (
            "Headline\nPublished May 19, 2022, 4:12 p.m. ET | Updated May 19, 2022, 6:40 p.m. ET"
            + BODY,
            Layout("Headline", None, None, datetime(2022, 5, 19, 16, 12, tzinfo=EDT)),
        ),
        # an unlabelled publication time before the "Updated" one (wire pages)
        (
            "Headline\nJune 16, 2025 1:42 PM UTC Updated June 16, 2025 3:05 PM UTC" + BODY,
            Layout("Headline", None, None, datetime(2025, 6, 16, 13, 42, tzinfo=UTC)),
        ),
        (
            "Headline\n16 Jun 2026 18:05 UTC (updated: 20:15 UTC)" + BODY,
            Layout("Headline", None, None, datetime(2026, 6, 16, 18, 5, tzinfo=UTC)),
        ),
        (
            "Headline\nPublished: 12 Mar 2026 10:15AM (Updated: 12 Mar 2026 11:00AM)" + BODY,
            Layout("Headline", None, None, datetime(2026, 3, 12, 10, 15)),
        ),
        # a numeric date that could be read either way: day first outside American copy
        (
            "Headline\nBy Jane Doe | 03/12/2026, 17:51\n\nThe minister said on Monday it "
            "would act.",
            Layout("Headline", "Jane Doe", None, datetime(2026, 12, 3, 17, 51)),
        ),
        (
            "Headline\nBy Jane Doe | 03/12/2026, 17:51\n\nThe governor of Texas said on "
            "Monday it would act.",
            Layout("Headline", "Jane Doe", None, datetime(2026, 3, 12, 17, 51)),
        ),
        # a two-digit year after slashes (The Hill), and a print page after the date
        (
            "Headline\nBY JANE DOE - 06/18/26 4:12 PM ET" + BODY,
            Layout("Headline", "JANE DOE", None, datetime(2026, 6, 18, 16, 12, tzinfo=EDT)),
        ),
        (
            "Headline\nBY JANE DOE - 06/05/26 4:12 PM ET\n\nThe governor of Texas said on "
            "Monday it would act.",
            Layout("Headline", "JANE DOE", None, datetime(2026, 6, 5, 16, 12, tzinfo=EDT)),
        ),
        (
            "Headline\nBy Jane Doe / Staff reporter\nMon, Nov 09, 2026 page3" + BODY,
            Layout("Headline", "Jane Doe", None, date(2026, 11, 9)),
        ),
        # France 24's "Issued on" is the publication, "Modified" the update
        (
            "Headline\nIssued on: 18/02/2026 - 17:30 | Modified: 18/02/2026 - 19:45" + BODY,
            Layout("Headline", None, None, datetime(2026, 2, 18, 17, 30)),
        ),
        # German clock word, Israeli two-digit dotted year, time before "on" and the date
        (
            "Headline\n26.11.2026, 17.42 Uhr" + BODY,
            Layout("Headline", None, None, datetime(2026, 11, 26, 17, 42)),
        ),
        (
            "Headline\nPublished: 03.12.26, 09:15" + BODY,
            Layout("Headline", None, None, datetime(2026, 12, 3, 9, 15)),
        ),
        (
            "Headline\n6:05 pm on 14 March 2026" + BODY,
            Layout("Headline", None, None, datetime(2026, 3, 14, 18, 5)),
        ),
        (
            "Headline\nLast updated: 18/02/2024 - 22:10 GMT" + BODY,
            Layout("Headline", None, None, datetime(2024, 2, 18, 22, 10, tzinfo=UTC)),
        ),
        (
            "Headline\nBy Saima Durrani\nMarch 12, 2019 / 10:47 AM GMT\n\n"
            "PESHAWAR, Pakistan, March 12 (Reuters) - Teams fanned out on Tuesday.",
            Layout(
                "Headline",
                "Saima Durrani",
                "PESHAWAR, Pakistan",
                datetime(2019, 3, 12, 10, 47, tzinfo=UTC),
            ),
        ),
        (
            "Headline\nUpdated 5:31 PM ET, Mon October 16, 2017" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31, tzinfo=EDT)),
        ),
        (
            "Headline\nUpdated 9:02 AM ET, Tue January 16, 2018" + BODY,
            Layout("Headline", None, None, datetime(2018, 1, 16, 9, 2, tzinfo=EST)),
        ),
        (
            "Headline\nMon 16 Oct 2017 17.31 BST" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31, tzinfo=BST)),
        ),
        (
            "Headline\nPublished on October 16, 2017 at 5:31 p.m. EDT" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31, tzinfo=EDT)),
        ),
        (
            "Headline\nFirst published on Mon 16 Oct 2017 09.00 BST" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 9, 0, tzinfo=BST)),
        ),
        # ISO timestamps
        (
            "Headline\n2017-10-16T17:31:00Z" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31, tzinfo=UTC)),
        ),
        ("Headline\n2017-10-16" + BODY, Layout("Headline", None, None, date(2017, 10, 16))),
        (
            "Headline\nDate: 10/16/2017 5:31 PM" + BODY,
            Layout("Headline", None, None, datetime(2017, 10, 16, 17, 31)),
        ),
        # Wikinews: a bare date line under the headline
        (
            "Texas student Ahmed Mohamed inspires social movement\n\n"
            "Tuesday, September 22, 2015" + BODY,
            Layout(
                "Texas student Ahmed Mohamed inspires social movement",
                None,
                None,
                date(2015, 9, 22),
            ),
        ),
        # odd orders and blank lines
        (
            "\n\n  Updated: Oct 16, 2017  \n\nHeadline after the stamp\n\nBy Jane Doe" + BODY,
            Layout("Headline after the stamp", "Jane Doe", None, date(2017, 10, 16)),
        ),
        (
            "Headline\r\n\r\nBy Jane Doe\r\n\r\nOct 16, 2017\r\n\r\nBody sentence here.\r\n",
            Layout("Headline", "Jane Doe", None, date(2017, 10, 16)),
        ),
        # "Posted ..., updated ..." on one line; a byline with role words before the name
        (
            "Headline\nBy business reporter Tess Holloway-Rae\nABC News\n"
            "Posted Wed 3 Mar 2027 at 5:30am AEDT, updated Wed 3 Mar 2027 at 9:12am AEDT" + BODY,
            Layout(
                "Headline",
                "Tess Holloway-Rae",
                None,
                datetime(2027, 3, 3, 5, 30, tzinfo=timezone(timedelta(hours=11))),
            ),
        ),
        # a place in brackets after the clock names its zone, which the locale supplies
        (
            "Headline\nLe Monde with AFP\n"
            "Published on November 26, 2026, at 7:42 pm (Paris), updated at 9:15 pm" + BODY,
            Layout("Headline", None, None, datetime(2026, 11, 26, 19, 42)),
        ),
        # the outlet and its timestamp split by a slash; a role after a dash
        (
            "Headline\nBy: Jomar Dizon-Reyes - Reporter / @JDizonINQ\n"
            "Philippine Daily Inquirer / 05:14 AM October 25, 2027" + BODY,
            Layout("Headline", "Jomar Dizon-Reyes", None, datetime(2027, 10, 25, 5, 14)),
        ),
        # an agency and a year-first timestamp after a spaced hyphen
        (
            "Headline\nKYODO NEWS - 2026/10/07 16:40 JST" + BODY,
            Layout(
                "Headline",
                None,
                None,
                datetime(2026, 10, 7, 16, 40, tzinfo=timezone(timedelta(hours=9))),
            ),
        ),
        # a timestamp glued to a byline or to its country
        (
            "Headline\nPosted on April 2, 2026 by Tomas Velde" + BODY,
            Layout("Headline", "Tomas Velde", None, date(2026, 4, 2)),
        ),
        (
            "Headline\nBy Tomas Velde on April 2, 2026" + BODY,
            Layout("Headline", "Tomas Velde", None, date(2026, 4, 2)),
        ),
        # a blog's "Posted" line, the first of the text: a time closing on its zone or
        # meridiem before "by", or the name between "Posted by" and "on"
        (
            "Posted Mar 10, 2026 at 9:00 am PDT by Priya Raman" + BODY,
            Layout(
                None,
                "Priya Raman",
                None,
                datetime(2026, 3, 10, 9, 0, tzinfo=timezone(timedelta(hours=-7))),
            ),
        ),
        (
            "Headline\nPosted on Mar 10, 2026 at 9:00 a.m. by Priya Raman" + BODY,
            Layout("Headline", "Priya Raman", None, datetime(2026, 3, 10, 9, 0)),
        ),
        (
            "Headline\nPosted by Priya Raman on Mar 10, 2026" + BODY,
            Layout("Headline", "Priya Raman", None, date(2026, 3, 10)),
        ),
        (
            "Headline\nPosted by Priya Raman, Mar 10, 2026" + BODY,
            Layout("Headline", "Priya Raman", None, date(2026, 3, 10)),
        ),
        (
            "Headline\nPosted by Priya Raman | Mar 10, 2026" + BODY,
            Layout("Headline", "Priya Raman", None, date(2026, 3, 10)),
        ),
        (
            "Posted Mar 10, 2026 by Priya Raman" + BODY,
            Layout(None, "Priya Raman", None, date(2026, 3, 10)),
        ),
        (
            "Headline\nThursday 2 April 2026 08:15, UK" + BODY,
            Layout("Headline", None, "UK", datetime(2026, 4, 2, 8, 15)),
        ),
        (
            "Headline\nSent: Thursday, 2 April 2026 08:15" + BODY,
            Layout("Headline", None, None, datetime(2026, 4, 2, 8, 15)),
        ),
        # a known place before the timestamp, not a region of a breadcrumb
        (
            "Headline\nKisumu | 2 April 2026" + BODY,
            Layout("Headline", None, "Kisumu", date(2026, 4, 2)),
        ),
        (
            "Headline\nAsia | 2 April 2026" + BODY,
            Layout("Headline", None, None, date(2026, 4, 2)),
        ),
        (
            "Sent to prison on 2 April 2026, he appealed.",
            Layout(None, None, None, None),
        ),
        # never a title from a body paragraph; no header fields in plain prose
        ("The quick brown fox jumped over the lazy dog.", Layout(None, None, None, None)),
        (
            "Police said on Monday that three men were arrested.\nA second sentence follows.",
            Layout(None, None, None, None),
        ),
        ("A lone line without a period", Layout(None, None, None, None)),
        ("", Layout(None, None, None, None)),
        ("   \n\t\n", Layout(None, None, None, None)),
        # look-alikes that are not header fields
        ("UPDATE: the company said it had fixed the fault.", Layout(None, None, None, None)),
        ("Mr Smith (Labour) said the vote was close.", Layout(None, None, None, None)),
        # a speaker's name before a colon is no dateline
        ("JOANNA PELLEW: Classes stopped on Monday.", Layout(None, None, None, None)),
        ("DAVID OKORO MENSAH: We left at dawn.", Layout(None, None, None, None)),
        # known places in mixed case before a dash are a dateline
        (
            "The Hague — A court on Monday rejected the appeal.",
            Layout(None, None, "The Hague", None),
        ),
        (
            "Norfolk, Virginia — The shipyard on Friday hired 300 welders.",
            Layout(None, None, "Norfolk, Virginia", None),
        ),
        ("Harriet Quill — The singer said little.", Layout(None, None, None, None)),
        # a city's name in mixed case before a colon, then a sentence
        (
            "Brisbane: Premier Callum Ashby-Reid has sacked a minister.",
            Layout(None, None, "Brisbane", None),
        ),
        ("Sydney: the city that never sleeps, again.", Layout(None, None, None, None)),
        ("Summary: The budget passed.", Layout(None, None, None, None)),
        (
            "The Mekong River Commission (MRC) said levels could rise.",
            Layout(None, None, None, None),
        ),
        ("By the time police arrived, the crowd had gone.", Layout(None, None, None, None)),
        (
            "Updated guidelines released\nThe agency updated its rules." + BODY,
            Layout("Updated guidelines released", None, None, None),
        ),
        (
            "Headline\nUpdated 2 hours ago" + BODY,
            Layout("Headline", None, None, None),
        ),
        # a dateline on a line of its own, in capitals or a known place, with its date
        (
            "Regulator bars promoters\nBy Our Special Correspondent\nPUNE, July 8, 2026" + BODY,
            Layout(
                "Regulator bars promoters", "Our Special Correspondent", "PUNE", date(2026, 7, 8)
            ),
        ),
        (
            "Budget row deepens\nPerth, Western Australia, March 3, 2026" + BODY,
            Layout("Budget row deepens", None, "Perth, Western Australia", date(2026, 3, 3)),
        ),
        (
            "Budget row deepens\nGreen Party, March 3, 2026" + BODY,
            Layout("Budget row deepens", None, None, None),
        ),
        # a wire dateline opening the first line: alone above the headline, or before it
        (
            "MYSURU, Feb 9 (IANS) —\n\nFarmers block highway over dues\n\nBy Our Correspondent"
            + BODY,
            Layout("Farmers block highway over dues", "Our Correspondent", "MYSURU", None),
        ),
        (
            "KOCHI (ANI) -\n\nBoat owners call off strike" + BODY,
            Layout("Boat owners call off strike", None, "KOCHI", None),
        ),
        (
            "LIMA/SANTIAGO (Reuters) - Copper miners strike over pay" + BODY,
            Layout("Copper miners strike over pay", None, "LIMA/SANTIAGO", None),
        ),
        (
            "OSLO, 2 June 2025 (AP) — Parliament backs wind farm plan" + BODY,
            Layout("Parliament backs wind farm plan", None, "OSLO", date(2025, 6, 2)),
        ),
        (
            "DAKAR/ABIDJAN —\n\nCocoa prices climb again" + BODY,
            Layout("Cocoa prices climb again", None, "DAKAR/ABIDJAN", None),
        ),
        (
            "Rio de Janeiro, 16 April (AFP) - Thousands march for the climate" + BODY,
            Layout("Thousands march for the climate", None, "Rio de Janeiro", None),
        ),
        # a company's ticker in a headline is no wire's credit
        (
            "Tesla (TSLA) - Shares slide after recall" + BODY,
            Layout("Tesla (TSLA) - Shares slide after recall", None, None, None),
        ),
        # a heading that ends with a colon opens no dateline
        (
            "Hosts on top at Lord's\n\nSecond Test, Lord's (day two of five):\nEngland 300" + BODY,
            Layout("Hosts on top at Lord's", None, None, None),
        ),
        # a kicker or a place word in a headline, with no wire's credit, stays in the title
        (
            "GAZA: Talks resume in Cairo" + BODY,
            Layout("GAZA: Talks resume in Cairo", None, None, None),
        ),
        (
            "WATCH — Minister grilled over budget" + BODY,
            Layout("WATCH — Minister grilled over budget", None, None, None),
        ),
        (
            "VERDICT: Jury clears mayor" + BODY,
            Layout("VERDICT: Jury clears mayor", None, None, None),
        ),
        # a live blog's label before a colon is no dateline
        ("RULING: The tribunal upheld the fine.", Layout(None, None, None, None)),
        ("DECISION: The board backed the merger.", Layout(None, None, None, None)),
        # a reporter's name alone next to the timestamp's line is the byline, a place
        # alone above it the dateline
        (
            "Bank results beat forecasts\n\nTan Wei Ling\nPublished March 14, 2026" + BODY,
            Layout("Bank results beat forecasts", "Tan Wei Ling", None, date(2026, 3, 14)),
        ),
        (
            "Court upholds conviction\n\nHong Kong\nPublished: 24 September 2026\n"
            "Jasper Lau Chun-kit" + BODY,
            Layout(
                "Court upholds conviction", "Jasper Lau Chun-kit", "Hong Kong", date(2026, 9, 24)
            ),
        ),
        (
            "Assembly approves grant\n\nOur Staff Reporter\nUpdated Feb 19, 2026" + BODY,
            Layout("Assembly approves grant", "Our Staff Reporter", None, date(2026, 2, 19)),
        ),
        (
            "Two charged after robbery\n\nMarch 10, 2026\nCorey Wilmot/Staff Reporter" + BODY,
            Layout("Two charged after robbery", "Corey Wilmot", None, date(2026, 3, 10)),
        ),
        (
            "Rivers keep a diary\nInterview by Tomasz Reilly\nSaturday, 14 March 2026" + BODY,
            Layout("Rivers keep a diary", "Tomasz Reilly", None, date(2026, 3, 14)),
        ),
        (
            "Villa move for striker\nExclusive by Craig Fenwicke, Chief Football Writer" + BODY,
            Layout("Villa move for striker", "Craig Fenwicke, Chief Football Writer", None, None),
        ),
        # section labels in capitals parted by a bar are no title
        (
            'BOOKS | THE LONG READ INTERVIEW\n"Rivers keep a diary."\nMarch 14, 2026' + BODY,
            Layout('"Rivers keep a diary."', None, None, date(2026, 3, 14)),
        ),
        # guards: a section's name alone next to the timestamp is no byline; a headline
        # in capitals with a bar stays the title when no headline follows
        (
            "Bank results beat forecasts\n\nWorld News\nPublished March 14, 2026" + BODY,
            Layout("Bank results beat forecasts", None, None, date(2026, 3, 14)),
        ),
        # a name above the reporter's job or the place, above the timestamp, signs the story
        (
            "Hospital waits grow\nThe minister says reform is needed.\n\nAoife Brennan\n"
            "Health Correspondent\nTue Feb 10 2026 - 05:00" + BODY,
            Layout("Hospital waits grow", "Aoife Brennan", None, datetime(2026, 2, 10, 5, 0)),
        ),
        (
            "Pipeline approved\nThe panel attaches conditions.\nEmma Thorvaldsen\nCalgary\n"
            "Published October 21, 2026" + BODY,
            Layout("Pipeline approved", "Emma Thorvaldsen", "Calgary", date(2026, 10, 21)),
        ),
        (
            "Bank results beat forecasts\n\nPublished March 14, 2026\nClimate Change" + BODY,
            Layout("Bank results beat forecasts", None, None, date(2026, 3, 14)),
        ),
        (
            "STORM HITS COAST | LIVE\n\nMarch 14, 2026" + BODY,
            Layout("STORM HITS COAST | LIVE", None, None, date(2026, 3, 14)),
        ),
    ],
)
def test_parse_layout(text: str, expected: Layout) -> None:
    assert parse_layout(text) == expected


@pytest.mark.parametrize(
    "text,hint,expected",
    [
        # the dateline gives month and day, the hint the year (the nearest one)
        ("QUETTA, Pakistan, April 16 (Reuters) - A bomb.", date(2018, 4, 17), date(2018, 4, 16)),
        ("LONDON, Dec 31 (Reuters) - Markets closed.", date(2018, 1, 2), date(2017, 12, 31)),
        # a dateline alone on the first line, above the headline
        (
            "MYSURU, Feb 9 (IANS) -\n\nFarmers block highway\n\nThe farmers met.",
            date(2026, 3, 1),
            date(2026, 2, 9),
        ),
        ("Washington, March 23 (IANS) The US said.", date(2016, 3, 23), date(2016, 3, 23)),
        ("Headline\nUpdated: Oct 16, 05:31 PM IST" + BODY, date(2017, 10, 16), None),
        # a printed year wins over the hint
        ("Headline\nOct 16, 2017" + BODY, date(2020, 1, 1), date(2017, 10, 16)),
        # nothing dated: the hint alone is not a published date from the text
        ("Plain text with no header.", date(2017, 10, 16), None),
    ],
)
def test_parse_layout_published_hint(text: str, hint: date, expected: date | None) -> None:
    published = parse_layout(text, published_hint=hint).published
    if expected is None and "IST" in text:
        assert published == datetime(2017, 10, 16, 17, 31, tzinfo=IST)
    else:
        assert published == expected


def test_parse_layout_reads_only_the_top() -> None:
    text = "Headline\n" + "A paragraph of the story.\n" * 12 + "Published: Oct 16, 2017\n"
    assert parse_layout(text).published is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2017-10-16", date(2017, 10, 16)),
        ("2017-10-16T17:31:00+05:30", datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ("2017-10-16T17:31Z", datetime(2017, 10, 16, 17, 31, tzinfo=UTC)),
        ("2017-10-16 17:31", datetime(2017, 10, 16, 17, 31)),
        ("Oct 16, 2017", date(2017, 10, 16)),
        ("16 October 2017", date(2017, 10, 16)),
        ("Monday, October 16, 2017", date(2017, 10, 16)),
        ("Oct 16, 2017, 05:31 PM IST", datetime(2017, 10, 16, 17, 31, tzinfo=IST)),
        ("16.10.2017", date(2017, 10, 16)),
        ("10/16/2017", date(2017, 10, 16)),
        ("  2017-10-16  ", date(2017, 10, 16)),
        ("06-Mar-2026, 06:10 GMT", datetime(2026, 3, 6, 6, 10, tzinfo=UTC)),
    ],
)
def test_parse_published(value: str, expected: date | datetime) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value,message",
    [
        ("yesterday", "cannot read 'yesterday' as a date"),
        ("", "cannot read '' as a date"),
        ("2017-13-45", "cannot read '2017-13-45' as a date"),
        ("10/11/2017", "cannot read '10/11/2017' as a date"),  # month or day first?
        ("Oct 16", "'Oct 16' has no year"),
    ],
)
def test_parse_published_rejects(value: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message):
        parse_published(value)


@pytest.mark.parametrize(
    "value,expected",
    [
        (None, None),
        (date(2017, 10, 16), "2017-10-16"),
        (datetime(2017, 10, 16, 17, 31, tzinfo=IST), "2017-10-16T17:31:00+05:30"),
        (datetime(2017, 10, 16, 17, 31, 5, 123, tzinfo=UTC), "2017-10-16T17:31:05+00:00"),
        (datetime(2017, 10, 16, 17, 31), "2017-10-16T17:31:00"),
    ],
)
def test_iso_published(value: date | datetime | None, expected: str | None) -> None:
    assert iso_published(value) == expected


@pytest.mark.parametrize(
    "token,on,expected",
    [
        ("IST", None, timedelta(hours=5, minutes=30)),  # India, not Israel
        ("ist", None, timedelta(hours=5, minutes=30)),
        ("(EDT)", None, timedelta(hours=-4)),
        ("ET", date(2017, 7, 1), timedelta(hours=-4)),  # generic zones follow the date
        ("ET", date(2017, 1, 1), timedelta(hours=-5)),
        ("ET", None, timedelta(hours=-5)),
        ("BST", None, timedelta(hours=1)),
        ("NPT", None, timedelta(hours=5, minutes=45)),
        ("GMT+5:30", None, timedelta(hours=5, minutes=30)),
        ("UTC-04:00", None, timedelta(hours=-4)),
        ("+0530", None, timedelta(hours=5, minutes=30)),
        ("Z", None, timedelta(0)),
        ("XYZ", None, None),
        ("GMT+25", None, None),
        # spelled out, as press-release wires print them
        ("Eastern Standard Time", None, timedelta(hours=-5)),
        ("Pacific Time", date(2025, 6, 9), timedelta(hours=-7)),
        ("Central European Summer Time", None, timedelta(hours=2)),
        ("India  Standard Time", None, timedelta(hours=5, minutes=30)),
        ("Zulu", None, None),
    ],
)
def test_parse_zone(token: str, on: date | None, expected: timedelta | None) -> None:
    zone = parse_zone(token, on)
    assert (zone.utcoffset(None) if zone else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme to buy Beta\n\nNovember 10, 2026 07:00 AM Eastern Standard Time\n\nBody.",
            datetime(2026, 11, 10, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "Title\n\nPublished 9:14 AM Pacific Time, June 9, 2025\n\nBody.",
            datetime(2025, 6, 9, 9, 14, tzinfo=timezone(timedelta(hours=-7))),
        ),
    ],
)
def test_header_time_with_a_spelled_out_zone(text: str, expected: datetime) -> None:
    assert parse_layout(text).published == expected


def test_zone_offset_unknown_is_none() -> None:
    assert zone_offset("QQQ") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parse_layout_never_raises(text: str) -> None:
    layout = parse_layout(text)
    assert layout.title is None or layout.title in " ".join(text.split())


_HEADER_PIECES = st.sampled_from(
    [
        "Headline",
        "By Jane Doe",
        "Updated: Oct 16, 2017, 05:31 PM IST",
        "United StatesUpdated: Oct 16",
        "LONDON (AP) —",
        "QUETTA, Pakistan, April 16 (Reuters) -",
        "Tuesday, September 22, 2015",
        "2017-10-16T17:31:00+05:30",
        " | ",
        "\n",
        "\r\n",
        ".",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_HEADER_PIECES, st.text(max_size=8)), max_size=12), st.dates())
def test_parse_layout_header_mixtures_never_raise(pieces: list[str], hint: date) -> None:
    parse_layout("".join(pieces), published_hint=hint)


def _gum_printed() -> list[tuple[str, str]]:
    """(article path, gold published) for GUM articles whose gold date is the printed one."""
    cases = []
    for gold_path in sorted((GUM / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        if gold.get("published_printed"):
            cases.append((str(GUM / "articles" / f"{gold_path.stem}.txt"), gold["published"]))
    return cases


@pytest.mark.skipif(not GUM.is_dir(), reason="the gum-news benchmark is not checked out")
@pytest.mark.parametrize("path,published", _gum_printed() or [("none", "none")])
def test_gum_news_printed_dates(path: str, published: str) -> None:
    layout = parse_layout(Path(path).read_text("utf-8"))
    assert layout.title is not None
    assert iso_published(layout.published) == published[:10]


@pytest.mark.parametrize(
    "text,header",
    [
        (
            "Headline here\nBy Jane Doe\nOct 16, 2017\n\nBody text. More.",
            "Headline here\nBy Jane Doe\nOct 16, 2017",
        ),
        (
            "Headline here\n\nFriday, July 21, 2017\n\nBody text.",
            "Headline here\n\nFriday, July 21, 2017",
        ),
        ("Headline here\n\nThe body starts here.\nBy the way.", "Headline here"),
        # reporters' names alone under the headline are a byline
        (
            "Headline here\nMarisol Ortega and Dev Raman\n\nBody text. More.",
            "Headline here\nMarisol Ortega and Dev Raman",
        ),
        # a standfirst or summary between the title and the byline
        (
            "Headline here\nIn Summary\n• MCAs say the cut was illegal.\nby JANE DOE Correspondent"
            "\n\nBody text. More.",
            "Headline here\nIn Summary\n• MCAs say the cut was illegal.\nby JANE DOE Correspondent",
        ),
        # short paragraphs after a date line are the body, whatever they hold
        (
            "Headline here\n\nMay 7, 2015\n\nOn Tuesday the panel met.\n\n"
            "It voted - May 6 - to act.",
            "Headline here\n\nMay 7, 2015",
        ),
        # a wire dateline alone above the headline is part of the header
        (
            "MYSURU, Feb 9 (IANS) —\n\nFarmers block highway over dues\n\n"
            "The farmers said on Monday they would stay. More.",
            "MYSURU, Feb 9 (IANS) —\n\nFarmers block highway over dues",
        ),
        # an outlet's masthead above the date and the headline is part of the header
        (
            "Dunmore Evening Star\nMarch 2, 2026\n\nCouncil approves new bridge after long "
            "delay\n\nThe council met. More.",
            "Dunmore Evening Star\nMarch 2, 2026\n\nCouncil approves new bridge after long delay",
        ),
        ("A body line that ends with a period.\nNext line.", ""),
        ("", ""),
        # a reporter's name alone under the timestamp's line is part of the header
        (
            "Court upholds conviction\n\nHong Kong\nPublished: 24 September 2026\n"
            "Jasper Lau Chun-kit\n\nThe court sat. More.",
            "Court upholds conviction\n\nHong Kong\nPublished: 24 September 2026\n"
            "Jasper Lau Chun-kit",
        ),
    ],
)
def test_header_end(text, header):
    assert text[: header_end(text)] == header


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("Headline\n\nSALEM, Ore. — The board met on 3/4/2026.", False),
        ("Headline\n\nKEARNEY, Neb. (AP) — Filed 5/6/2026.", False),
        ("Headline\n\nWASHINGTON — The vote on 3/4/2026 passed.", False),
        ("Headline\n\nKINGSTON, Ont. — The board met on 3/4/2026.", True),
        ("Headline\n\nLEEDS — The board met on 3/4/2026.", True),
    ],
)
def test_an_american_dateline_reads_numeric_dates_month_first(text: str, day_first: bool) -> None:
    assert reads_day_first(text) is day_first
