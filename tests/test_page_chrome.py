"""Tests for metoo_extract.page_chrome: web-page furniture copied with an article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metoo_extract.page_chrome import blank_page_chrome, page_chrome_lines

#: A story copied from a web page with its share bar, advert slots and a link list.
PAGE = (
    "Skip to main content\n"
    "Advertisement\n"
    "World | Europe\n"
    "\n"
    "Dutch farmers block motorways over nitrogen rules\n"
    "\n"
    "By Maarten de Vries\n"
    "Published 3:42 PM GMT+1, March 12, 2026\n"
    "\n"
    "Share\n"
    "Facebook\n"
    "LinkedIn\n"
    "4 min read\n"
    "\n"
    "THE HAGUE, Netherlands (AP) — Thousands of farmers drove tractors onto motorways on "
    "Thursday, the motoring group ANWB said.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "RELATED COVERAGE\n"
    "Spanish olive growers face a third year of drought\n"
    "Greenpeace sues over Dutch emissions target\n"
    "\n"
    "Police arrested 14 people near Bodegraven, a spokesperson said.\n"
)


@pytest.mark.parametrize(
    "line,chrome",
    [
        ("Skip to main content", True),
        ("ADVERTISEMENT", True),
        ("Share this article", True),
        ("Copy link", True),
        ("Listen to this article", True),
        ("toggle caption", True),
        ("Story continues below advertisement", True),
        ("4 min read", True),
        # a page's age counted back from when it was copied, which no reader can date
        ("3 hours ago", True),
        ("Updated 2 days ago", True),
        ("Video Ad Feedback", True),
        ("Link Copied!", True),
        ("02:14 - Source: CNN", True),
        ("The fire started 3 hours ago, police said.", False),
        ("12 Comments", True),
        ("World | Europe", True),
        ("Home › News › UK", True),
        ("RELATED COVERAGE", True),
        ("Most read:", True),
        # a linked headline names real people and bodies: it stays
        ("READ MORE: Spanish olive growers face a third year of drought", False),
        ("Spanish olive growers face a third year of drought", False),
        # a byline beside its outlet, a dateline, a body line and a sentence after "Read more"
        ("Lindiwe Mahlangu | News24", False),
        ("By Tomasz Nowak | Euractiv", False),
        # a game story's section of what comes next is the story's
        ("UP NEXT", False),
        ("Ana Ruiz | Sport", False),
        ("THE HAGUE, Netherlands (AP) — Thousands of farmers drove tractors.", False),
        ("Facebook said it would appeal the fine.", False),
        ("Read more: the minister said the plan was final.", False),
        ("Share prices fell 4% on Monday.", False),
        # copyright lines, follow and watch buttons
        ("© 2025 Harbourline Media Ltd. All rights reserved.", True),
        ("Copyright 2026 WQRX. All rights reserved.", True),
        ("(c) Copyright Fenwick Wire 2026. Click For Restrictions", True),
        ("© 2024 Tallowby Press", True),
        ("© 2026 Quillon Post LLC, 44 Harbor Road, Suite 9, Portland, ME 04101", True),
        ("Follow Harbour News on Telegram", True),
        ("Watch Harbour News live", True),
        ("Copyright claims rose in 2025 after the court widened what counts as a copy.", False),
        ("Follow the money, the inspector said on Monday.", False),
    ],
)
def test_a_line_is_page_chrome_or_not(line, chrome):
    assert bool(page_chrome_lines(line)) is chrome


@pytest.mark.parametrize(
    "line,kept",
    [
        ("Item 1 of 2 Workers gather outside the mine.", "Workers gather outside the mine."),
        ("[1/2]Workers gather outside the mine.", "Workers gather outside the mine."),
        (
            "Workers at the mine. REUTERS/Ana Ruiz Purchase Licensing Rights, opens new tab",
            "Workers at the mine. REUTERS/Ana Ruiz",
        ),
        (
            "a strike at BHP's (BHP.AX), opens new tab Escondida",
            "a strike at BHP's (BHP.AX) Escondida",
        ),
        # a counter in a header line, set off by a separator
        ("12 March 2026 • 6 min read", "12 March 2026"),
        ("12 March 2026 | 48 comments", "12 March 2026"),
        ("By Ines Varga · 3 min read · 12 March 2026", "By Ines Varga · 12 March 2026"),
        ("Readers left 48 comments by noon.", "Readers left 48 comments by noon."),
    ],
)
def test_furniture_inside_a_line_is_blanked(line, kept):
    assert " ".join(blank_page_chrome(line).split()) == kept


def test_a_link_lists_heading_goes_and_its_headlines_stay():
    blanked = blank_page_chrome(PAGE)
    assert "RELATED COVERAGE" not in blanked
    assert "Greenpeace sues over Dutch emissions target" in blanked


def test_the_page_reads_like_the_story_alone(extractor):
    record = extractor.extract(PAGE)
    assert record.title == "Dutch farmers block motorways over nitrogen rules"
    assert record.dateline == "THE HAGUE, Netherlands"
    organisations = [entity.name for entity in record.organisations]
    assert "Facebook" not in organisations and "LinkedIn" not in organisations
    assert "ANWB" in organisations
    assert all(PAGE[m.start : m.end] == m.text for e in record.people for m in e.mentions)


@given(st.lists(st.sampled_from(["Share", "Advertisement", "The vote was close.", "", "X"])))
def test_blanking_keeps_length_and_every_other_character(lines):
    text = "\n".join(lines)
    blanked = blank_page_chrome(text)
    assert len(blanked) == len(text)
    assert all(b == t or b == " " for b, t in zip(blanked, text, strict=True))
    assert [k for k, ch in enumerate(text) if ch == "\n"] == [
        k for k, ch in enumerate(blanked) if ch == "\n"
    ]


#: A page copied whole from the top: skip links, the site's menu, the story, topic tags.
MENU_PAGE = (
    "Skip to main contentSkip to navigation\n"
    "Sign in\n"
    "UK edition\n"
    "The Courier - Back to home\n"
    "News\nOpinion\nSport\nWorld\nEurope\nEnvironment\n"
    "This article is more than 1 month old\n"
    "River company fined £18m over sewage spills into Oxfordshire rivers\n"
    "Thu 5 Mar 2026 14.02 GMT\n"
    "Share\n"
    "Severn Water has been fined £18m, the regulator Ofwat said on Thursday.\n"
    "The shortlist:\n"
    "Anna Weber\n"
    "Lena Roth\n"
    "Eva Nagel\n"
    "The winner is named in May.\n"
    "Explore more on these topics\n"
    "Water\nPollution\nnews\n"
    "Reuse this content\n"
)


@pytest.mark.parametrize(
    "line,blanked",
    [
        ("Skip to main contentSkip to navigation", True),
        ("This article is more than 1 month old", True),
        ("The Courier - Back to home", True),
        ("Europe", True),  # the site's menu above the headline
        ("Pollution", True),  # a topic tag under the story
        ("Lena Roth", False),  # a list inside the story
        ("Thu 5 Mar 2026 14.02 GMT", False),
        ("The winner is named in May.", False),
    ],
)
def test_menus_and_topic_tags_at_the_page_edges_are_blanked(line, blanked):
    start = MENU_PAGE.index(line)
    assert blank_page_chrome(MENU_PAGE)[start : start + len(line)].isspace() is blanked


def test_a_handle_in_the_closing_author_box_stays():
    text = "The vote is on Monday.\n\nJane Ruiz\nBiotech Correspondent\n@janeruiz\nShare\n"
    assert "@janeruiz" in blank_page_chrome(text)


def test_a_menu_above_the_headline_leaves_the_header_readable(extractor):
    record = extractor.extract(MENU_PAGE)
    assert record.title.startswith("River company fined")
    assert record.published == "2026-03-05T14:02:00+00:00"
    assert "Europe" not in [place.name for place in record.places]
