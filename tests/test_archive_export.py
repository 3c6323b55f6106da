"""Tests for metoo_extract.archive_export: articles saved from Nexis Uni and Factiva."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from metoo_extract import cli
from metoo_extract.archive_export import document_spans, read_export
from metoo_extract.engine import Article
from metoo_extract.inputs import archive_documents
from metoo_extract.layout import iso_published

#: Nexis Uni: headline, outlet, date, notice, fields, "Body", captions, the index.
NEXIS_UNI = """Council drops plan to close three libraries after petition

The Northgate Herald (England)
March 12, 2026 Thursday
First Edition

Copyright 2026 Northgate Media Group Ltd All Rights Reserved

Section: NEWS; Pg. 7
Length: 412 words
Byline: Priya Chandran, Local Democracy Reporter

Body

Northgate Borough Council has dropped a plan to close three branch libraries after a \
petition signed by more than 4,200 residents.

Councillor Martin Hale told a meeting on Tuesday that opening hours would be cut by 10 \
per cent. "We listened," Mr Hale said.

Graphic

Campaigners outside the library on Monday. Photo: Sam Ellery

Classification

Language: ENGLISH

Publication-Type: Newspaper

Subject: LIBRARIES (92%); PETITIONS (78%); LOCAL GOVERNMENT (77%);
PUBLIC FINANCE (60%)

Organization: NORTHGATE BOROUGH COUNCIL (84%); UNISON (55%)

Load-Date: March 13, 2026

End of Document
"""

#: LexisNexis Academic: "N of M DOCUMENTS", outlet and date over the headline, capital
#: field labels, the footer's fields and a notice.
LEXIS_ACADEMIC = """                              2 of 14 DOCUMENTS

                          The Harbour Gazette (Canada)

                      October 6, 2026 Tuesday 5:31 PM EST
                                 Final Edition

Ferry operator fined $2.4 million over engine fire

BYLINE: By Maureen Dubois, Staff Reporter

SECTION: NEWS; Pg. A3

LENGTH: 356 words

DATELINE: HALIFAX

A ferry operator was fined $2.4 million on Monday over a fire that forced 212 \
passengers onto lifeboats.

Judge Alan Whitcombe said Bluewater Ferries Inc. had ignored 11 warnings.

LOAD-DATE: October 7, 2026

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                Copyright 2026 Harbour Gazette Publishing Ltd.
                              All Rights Reserved
"""

#: Factiva's article format: word count, date, time, outlet, source code, edition,
#: page, language and notice, and the accession number at the end.
FACTIVA = """Regional airline cancels 140 flights as pilots strike
By Tomás Reyes
512 words
14 May 2026
09:12
Coastline Courier
COASTC
Late Edition
A4
English
(c) 2026 Coastline Courier Ltd. All rights reserved.

PORTO — Atlântica Air cancelled 140 flights on Wednesday as pilots began a strike, \
the carrier said. Chief executive Helena Faria said on Tuesday the airline had offered \
a 6% rise.

Document COASTC0020260514em5e0000b
"""

#: Factiva with its field codes, each alone on a line or before its value.
FACTIVA_CODES = """HD
Miners' union calls off strike after 9% pay offer
BY
By Lindiwe Mokoena
WC
298 words
PD
2 June 2026
ET
16:40
SN
Reef Business Daily
SC
REEFBD
LA\tEnglish
CY
Copyright 2026 Reef Media (Pty) Ltd.
LP
The National Union of Mineworkers called off a strike on Monday after a 9% offer.
TD
About 4,300 workers had stayed away since May 19, regional secretary Thabo Nkosi said.
CO
kgomop : Kgomo Platinum Ltd
NS
clabor : Labor/Personnel | ncat : Content Types
AN
Document REEFBD0020260602em620000c
"""


#: ProQuest's full-text export: headline, inverted author, abstract, "Full text:", the
#: record's fields, documents parted by underscores and ProQuest's own footer.
PROQUEST = """____________________________________________________________

Council drops plan to close three libraries after petition
Author: Chandran, Priya; Hale, Tom

ProQuest document link

Abstract: Northgate Borough Council has dropped a plan to close three branch libraries.

Full text: Northgate Borough Council has dropped a plan to close three branch libraries \
after a petition signed by more than 4,200 residents.

Councillor Martin Hale told a meeting on Tuesday that opening hours would be cut by 10 \
per cent.

Credit: By Priya Chandran, Local Democracy Reporter

Subject: Libraries; Petitions; Local government
Location: Northgate England
Company / organization: Name: Northgate Borough Council; NAICS: 921120
Title: Council drops plan to close three libraries after petition
Publication title: The Northgate Herald; Northgate, England
First page: 7
Publication date: Mar 12, 2026
Publisher: Northgate Media Group Ltd
Source type: Newspaper
Language of publication: English
ProQuest document ID: 3012345678
Document URL: https://www.proquest.com/newspapers/docview/3012345678/se-2
Copyright: Copyright 2026 Northgate Media Group Ltd. All rights reserved.
Last updated: 2026-03-13
Database: Global Newsstream

____________________________________________________________

Contact ProQuest
Copyright © 2026 ProQuest LLC. All rights reserved. - Terms and Conditions
"""


@pytest.mark.parametrize(
    "text,archive,title,byline,dateline,published",
    [
        (
            NEXIS_UNI,
            "nexis",
            "Council drops plan to close three libraries after petition",
            "Priya Chandran, Local Democracy Reporter",
            None,
            "2026-03-12",
        ),
        (
            LEXIS_ACADEMIC,
            "nexis",
            "Ferry operator fined $2.4 million over engine fire",
            "Maureen Dubois, Staff Reporter",
            "HALIFAX",
            "2026-10-06T17:31:00-05:00",
        ),
        (
            FACTIVA,
            "factiva",
            "Regional airline cancels 140 flights as pilots strike",
            "Tomás Reyes",
            None,
            "2026-05-14T09:12:00",
        ),
        (
            FACTIVA_CODES,
            "factiva",
            "Miners' union calls off strike after 9% pay offer",
            "Lindiwe Mokoena",
            None,
            "2026-06-02T16:40:00",
        ),
        (
            PROQUEST.split("\n\n", 1)[1].rsplit("\n\n_", 1)[0],
            "proquest",
            "Council drops plan to close three libraries after petition",
            "Priya Chandran and Tom Hale",
            None,
            "2026-03-12",
        ),
    ],
    ids=["nexis-uni", "lexis-academic", "factiva", "factiva-codes", "proquest"],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_header_comes_from_the_archive_fields(
    text, archive, title, byline, dateline, published, newline
):
    export = read_export(text.replace("\n", newline))
    assert export is not None
    assert export.archive == archive
    assert export.layout.title == title
    assert export.layout.byline == byline
    assert export.layout.dateline == dateline
    assert iso_published(export.layout.published) == published


@pytest.mark.parametrize(
    "text,gone,kept",
    [
        (
            NEXIS_UNI,
            ["Northgate Herald", "First Edition", "Copyright", "Pg. 7", "412 words", "Byline:",
             "Body", "Graphic", "LIBRARIES (92%)", "PUBLIC FINANCE", "UNISON (55%)",
             "Load-Date", "March 13, 2026", "End of Document"],
            ["March 12, 2026 Thursday", "Priya Chandran", "more than 4,200 residents",
             "Campaigners outside the library on Monday. Photo: Sam Ellery"],
        ),
        (
            LEXIS_ACADEMIC,
            ["DOCUMENTS", "Harbour Gazette", "Final Edition", "BYLINE:", "Pg. A3",
             "356 words", "DATELINE:", "LOAD-DATE", "October 7", "ENGLISH", "Newspaper",
             "Copyright", "All Rights Reserved"],
            ["October 6, 2026 Tuesday 5:31 PM EST", "By Maureen Dubois", "HALIFAX",
             "212 passengers", "11 warnings"],
        ),
        (
            FACTIVA,
            ["512 words", "09:12", "Coastline Courier", "COASTC", "Late Edition", "\nA4",
             "English", "(c) 2026", "Document COASTC"],
            ["14 May 2026", "Tomás Reyes", "PORTO — Atlântica Air"],
        ),
        (
            FACTIVA_CODES,
            ["HD\n", "\nBY\n", "298 words", "16:40", "Reef Business Daily", "REEFBD",
             "English", "Copyright", "\nLP\n", "\nTD\n", "kgomop", "Labor/Personnel",
             "Document REEFBD"],
            ["Miners' union calls off", "2 June 2026", "Lindiwe Mokoena",
             "The National Union of Mineworkers", "About 4,300 workers"],
        ),
        (
            PROQUEST,
            ["____", "Author:", "Chandran, Priya", "ProQuest document link", "Abstract",
             "Full text:", "Subject:", "NAICS", "Publication title", "First page: 7",
             "Mar 12, 2026", "3012345678", "Copyright", "Last updated", "Contact ProQuest"],
            ["Northgate Borough Council has dropped a plan",
             "more than 4,200 residents", "By Priya Chandran, Local Democracy Reporter"],
        ),
    ],
    ids=["nexis-uni", "lexis-academic", "factiva", "factiva-codes", "proquest"],
)  # fmt: skip
def test_the_catalogue_is_blanked_and_the_story_kept(text, gone, kept):
    spans = [span for span in document_spans(text) if read_export(text[span[0] : span[1]])]
    start, end = spans[0]
    export = read_export(text[start:end])
    assert export is not None
    assert len(export.text) == end - start
    for words in gone:
        assert words not in export.text
    for words in kept:
        assert words in export.text


@pytest.mark.parametrize(
    "text",
    [
        "HD Hyundai said on Monday it would build 12 ships.\nPD officers attended.\n"
        "LA Galaxy won 2-1.\n",
        "A short story\n\nLength: 5 words\n\nThe body follows here, and it is plain text.\n",
        "Poll: what do you read?\n512 words\nwere counted in the essay on 14 May 2026.\n",
        "Markets close higher\n\nBy Ana Ruiz\nMarch 3, 2026\n\nShares rose on Tuesday.\n",
    ],
    ids=["codes-in-sentences", "length-without-marks", "words-without-language", "article"],
)
def test_other_text_is_no_export(text):
    assert read_export(text) is None
    assert list(document_spans(text)) == [(0, len(text))]


@given(
    st.sampled_from([NEXIS_UNI, LEXIS_ACADEMIC, FACTIVA, FACTIVA_CODES, PROQUEST]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
)
def test_blanking_changes_only_characters_to_spaces(text, story):
    text = text.replace("\n\n", f"\n{story}\n\n", 1)
    export = read_export(text)
    if export is None:
        return
    assert len(export.text) == len(text)
    assert all(new == old or new == " " for new, old in zip(export.text, text, strict=True))


def test_facts_of_an_exported_article(extractor):
    record = extractor.extract(Article(NEXIS_UNI, "nexis.txt"))
    units = {(q.text, q.unit) for q in record.quantities}
    assert ("more than 4,200 residents", "residents") in units
    assert not any(q.text.startswith(("412", "7", "92", "84")) for q in record.quantities)
    assert [e.name for e in record.organisations] == ["Northgate Borough Council"]
    assert {e.name for e in record.people} == {"Priya Chandran", "Martin Hale", "Sam Ellery"}
    # relative dates resolve against the archive's date; its load date is no fact
    assert {(d.text, d.value) for d in record.dates} >= {
        ("Tuesday", "2026-03-10"),
        ("Monday", "2026-03-09"),
    }
    assert not any("13" in d.text for d in record.dates)


#: A Nexis download's cover page: who saved it and when, and the titles it holds.
COVER = """User Name: = Dana Whitfield
Date and Time: = December 5, 2026 9:14 AM EST
Job Number: = 281734552

Documents (1)

1. Council drops plan to close three libraries after petition
Client/Matter: -None-
Search Terms: library AND petition
Timeline: Mar 01, 2026 to Mar 31, 2026

"""


def test_a_cover_page_is_not_read(extractor):
    (article,) = archive_documents(Article(COVER + NEXIS_UNI, "download.txt"))
    assert (article.source, article.offset) == ("download.txt", len(COVER))
    record = extractor.extract(article)
    assert record.title == "Council drops plan to close three libraries after petition"
    assert record.published == "2026-03-12"  # not the day it was saved
    assert "Dana Whitfield" not in [e.name for e in record.people]
    first = record.people[0].mentions[0]
    assert (COVER + NEXIS_UNI)[first.start : first.end] == first.text


@pytest.mark.parametrize(
    "text,documents",
    [
        (NEXIS_UNI + "\n" + NEXIS_UNI, 2),  # "End of Document" ends each
        (LEXIS_ACADEMIC + "\n\n" + LEXIS_ACADEMIC.replace("2 of 14", "3 of 14"), 2),
        (FACTIVA + FACTIVA + FACTIVA_CODES, 3),  # the accession number ends each
        (FACTIVA + "\nSearch Summary\nText: strike\n", 2),  # the summary is a span
        (FACTIVA, 1),
        (COVER + NEXIS_UNI + NEXIS_UNI, 3),  # the cover page ends at the first headline
        (PROQUEST + PROQUEST, 5),  # underscores part ProQuest's records; its footer
    ],
)
def test_documents_of_an_export_file(text, documents):
    spans = list(document_spans(text))
    assert len(spans) == documents
    assert all(text[start:end].strip() for start, end in spans)
    assert spans == sorted(spans)


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args), catch_exceptions=False)


def test_a_file_of_several_documents_gives_a_record_each(tmp_path: Path):
    path = tmp_path / "export.txt"
    path.write_text(
        "Search results: 3 documents\n\n" + NEXIS_UNI + "\n" + FACTIVA + "\n" + LEXIS_ACADEMIC,
        encoding="utf-8",
    )
    result = _run("--jsonl", str(path))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [r["published"][:10] for r in records] == ["2026-03-12", "2026-05-14", "2026-10-06"]
    text = path.read_text(encoding="utf-8")
    for record in records:  # offsets index the whole file
        for kind in ("people", "organisations", "places"):
            for entity in record[kind]:
                for mention in entity["mentions"]:
                    assert text[mention["start"] : mention["end"]] == mention["text"]
    assert "Helena Faria" in [e["name"] for e in records[1]["people"]]
    assert "Helena Faria" not in [e["name"] for e in records[0]["people"] + records[2]["people"]]


def test_one_document_keeps_its_path(tmp_path: Path):
    path = tmp_path / "one.txt"
    path.write_text(FACTIVA + "\nSearch Summary\nText\tLisbon Courier staff\n", encoding="utf-8")
    done = subprocess.run(
        [str(Path(sys.executable).with_name("metoo-extract")), "--json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] == str(path)
    assert record["title"] == "Regional airline cancels 140 flights as pilots strike"
    # the "PORTO —" dateline places the story in Portugal, whose zone reads the time
    assert (record["country"], record["published"]) == ("PT", "2026-05-14T09:12:00+01:00")
    assert {(d["text"], d["value"]) for d in record["dates"]} >= {("Wednesday", "2026-05-13")}
    assert record["organisations"] == []  # nothing from the search summary after it


def test_the_python_api_splits_an_export_as_the_cli_does():
    from metoo_extract import Article as PublicArticle
    from metoo_extract import archive_documents as public_split
    from metoo_extract import extract_many

    export = PublicArticle(NEXIS_UNI + FACTIVA, "nexis.txt")
    records = list(extract_many(public_split(export)))
    assert [r.source for r in records] == ["nexis.txt#1", "nexis.txt#2"]
    assert [r.title for r in records] == [
        "Council drops plan to close three libraries after petition",
        "Regional airline cancels 140 flights as pilots strike",
    ]


def test_a_proquest_file_gives_its_documents(tmp_path: Path):
    path = tmp_path / "proquest.txt"
    second = PROQUEST.replace("Martin Hale", "Rita Okoye").replace("Mar 12, 2026", "Mar 19, 2026")
    path.write_text(PROQUEST + second, encoding="utf-8")
    result = _run("--jsonl", str(path))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["published"]) for r in records] == [
        (f"{path}#1", "2026-03-12"),
        (f"{path}#2", "2026-03-19"),
    ]
    assert {e["name"] for e in records[1]["people"]} == {"Priya Chandran", "Rita Okoye"}
    assert records[1]["byline"] == "Priya Chandran and Tom Hale"
    assert [e["name"] for e in records[0]["organisations"]] == ["Northgate Borough Council"]
    assert [q["text"] for q in records[0]["quantities"]] == [
        "three libraries",  # the headline's; the abstract's and the catalogue's are gone
        "three branch libraries",
        "more than 4,200 residents",
        "10 per cent",
    ]


def test_an_academic_export_byline_in_capitals_names_its_reporter(extractor):
    # the headline stands under the date there, so the header reaches to the story
    text = LEXIS_ACADEMIC.replace("Maureen Dubois", "MAUREEN DUBOIS")
    record = extractor.extract(Article(text, "academic.txt"))
    assert [e.name for e in record.people] == ["MAUREEN DUBOIS", "Alan Whitcombe"]
