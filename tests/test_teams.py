"""Places that act as sports teams in a match report (our own texts)."""

from __future__ import annotations

import pytest

from metoo_extract.facts.teams import sports_article
from metoo_extract.pipeline import Job, run

MATCH = (
    "Norway beat Portugal 2 – 1 in Oslo on Saturday. Norway took the lead after ten "
    "minutes, and Portugal's captain missed a penalty before the break. Portugal equalised "
    "in the second half, but Norway scored again late on. Group C — Norway 2 – 1 Portugal."
)
POLITICS = (
    "Norway and Portugal signed a fishing agreement in Oslo on Saturday. Norway will "
    "share data with Portugal, the ministers said."
)

#: a team named before its manager, in a report with scores
HURLING = (
    "Dublin moved top with a 2-17 to 1-15 win at Croke Park, and Offaly lost 0-20 to 1-14. "
    '"We have been building since January," said Dublin manager Declan Furlong. Fans in '
    "Dublin were delighted."
)


def kinds(nlp, text):
    doc = next(run(nlp, [Job(text)]))
    return {c.name: c.kind for c in doc._.metoo_entities}


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (MATCH, "Norway", "organisation"),
        (MATCH, "Portugal", "organisation"),
        (MATCH, "Oslo", "place"),
        (POLITICS, "Norway", "place"),
        (POLITICS, "Portugal", "place"),
        (HURLING, "Dublin", "organisation"),
    ],
)
def test_a_place_is_a_team_only_when_it_plays_in_a_reported_match(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Leeds Rhinos beat Warrington Wolves 24-18 at Wembley.", "Leeds Rhinos", "organisation"),
        ("The Chicago Bulls signed him in 2019.", "Chicago Bulls", "organisation"),
        ("She flew to the Canary Islands in May.", "Canary Islands", "place"),
        ("They moved to Saratoga Springs in 2001.", "Saratoga Springs", "place"),
    ],
)
def test_place_with_a_plural_nickname_is_a_team(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    "text,name",
    [
        ("Raukura scored before Benkhalifa, the Toulouse-born centre, went over.", "Benkhalifa"),
        ("The goal came from Okafor, the 24-year-old striker, after ten minutes.", "Okafor"),
    ],
)
def test_apposition_that_only_describes_a_person(nlp, text, name):
    assert kinds(nlp, text).get(name) == "person"


RUGBY = (
    "Edinburgh recorded a 31-24 win over Munster at home on Saturday, a week after they lost "
    "27-22 to Glasgow in Scotland. Munster had drawn 18-18 with Ulster in Belfast before that."
)
FIXTURES = (
    "Edinburgh recorded a 31-24 win over Munster on Saturday, a week after they lost 27-22 "
    "to Zebre.\n\nSat 13/03: Lions v Cardiff, Ellis Park, 14:00\n"
)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (RUGBY, "Munster", "organisation"),  # "a 31-24 win over Munster"
        (RUGBY, "Glasgow", "organisation"),  # "lost 27-22 to Glasgow"
        (RUGBY, "Scotland", "place"),
        (RUGBY, "Belfast", "place"),
        (FIXTURES, "Cardiff", "organisation"),  # "Lions v Cardiff" on a fixture line
        (FIXTURES, "Ellis Park", None),  # a ground, never a person
        (POLITICS + " Trade grew by 24-19 percent.", "Portugal", "place"),
    ],
)
def test_result_scores_above_twenty_make_a_match_report(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) in ((kind,) if kind else (None, "place"))


def test_nickname_joins_the_sponsored_team_name(nlp):
    text = (
        "The Vodacom Bulls beat Leinster 30-21 on Saturday. The Bulls also won 28-14 a week "
        "earlier, and the Bulls coach said the side was improving."
    )
    doc = next(run(nlp, [Job(text)]))
    (bulls,) = [c for c in doc._.metoo_entities if c.name == "Vodacom Bulls"]
    assert bulls.kind == "organisation"
    assert {m.text for m in bulls.mentions} == {"Vodacom Bulls", "Bulls"}


TRANSFERS = (
    "Carrodale signed the midfielder Ivo Maric from Sampdoria on Friday for a fee of "
    "about €8m. The striker Nils Berg joined Roma on loan, and the defender Teo Lund "
    "left for Genoa after one season. Maric said he was happy to join the squad."
)
CRUISE = (
    "The cruise ship docked in Genoa on Monday after a storm, and passengers visited "
    "Roma and Florence by train before the ship sailed on."
)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        # a club that is nothing but a club, whatever the model calls it
        (TRANSFERS, "Sampdoria", "organisation"),
        # a club named like a place or a people, in a sports article
        (TRANSFERS, "Roma", "organisation"),
        (TRANSFERS, "Genoa", "organisation"),
        # the same names in an article about something else
        (CRUISE, "Genoa", "place"),
    ],
)
def test_clubs_from_the_lexicon(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    "text,sports",
    [
        (TRANSFERS, True),  # three words of sports reporting
        ("Juventus drew with Atalanta. Juventus lead the table.", True),  # two clubs
        (CRUISE, False),
        ("The manager said the final goal of the loan was to transfer risk.", False),
    ],
)
def test_sports_article(nlp, text, sports):
    assert sports_article(nlp(text)) is sports


@pytest.mark.parametrize(
    "text,name,expected",
    [
        (
            "Juventus beat Lecce 2-0. Juve have won all three games, and Juventus host Genoa next.",
            "Juventus",
            ["Juventus", "Juve", "Juventus"],
        ),
        # a nickname met before the club's two other names have joined
        (
            "The Ottawa Senators beat the Toronto Maple Leafs 4-3 on Saturday night. The Leafs "
            "have lost three in a row, and Maple Leafs coach Greg Hal said his goalie was tired.",
            "Toronto Maple Leafs",
            ["Toronto Maple Leafs", "Leafs", "Maple Leafs"],
        ),
    ],
)
def test_club_short_forms_join_the_club(nlp, text, name, expected):
    doc = next(run(nlp, [Job(text)]))
    (club,) = [c for c in doc._.metoo_entities if c.name == name]
    assert [m.text for m in club.mentions] == expected


#: A match report with a scoreline headline and both sides' team sheets.
REPORT = (
    "Burnley 1 Wolves 2: Larsen wins it late\n\n"
    "Wolves came from behind to beat Burnley 2-1 at Turf Moor on Saturday. Burnley led "
    "through a penalty, but Wolves equalised after the break and scored the winner in "
    "stoppage time. Wolves manager Vitor Pereira said his side had earned the win.\n\n"
    "Burnley: Dubravka; Walker, Esteve, Tuanzebe, Pires; Cullen, Laurent; Anthony, "
    "Edwards, Hannibal; Flemming.\n"
    "Wolves: Johnstone; Doherty, Agbadou, Toti, Bueno; Andre, Gomes; Hwang, Munetsi, "
    "Arias; Larsen (Strand 80).\n"
)


def test_a_club_named_by_a_plural_noun_is_found_in_every_mention(nlp):
    doc = next(run(nlp, [Job(REPORT)]))
    (wolves,) = [c for c in doc._.metoo_entities if c.name == "Wolves"]
    assert wolves.kind == "organisation"
    assert len(wolves.mentions) == REPORT.count("Wolves")


def test_scoreline_headline_parts_the_two_sides(nlp):
    doc = next(run(nlp, [Job(REPORT)]))
    assert not [c.name for c in doc._.metoo_entities if " 1 " in c.name or " 2" in c.name]


@pytest.mark.parametrize("player", ["Dubravka", "Tuanzebe", "Agbadou", "Munetsi", "Strand"])
def test_team_sheet_lists_players(nlp, player):
    assert kinds(nlp, REPORT).get(player) == "person"


#: A college and North American game story without a football score: sides named by
#: their places before their staff, owning a player, trading him and beaten by a score.
GAME_STORY = (
    "Oregon head coach Nadia Brandt said the postseason felt close. Memphis's pitcher, "
    "Leo Grady, struck out nine this season before Memphis traded him to Omaha."
)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (GAME_STORY, "Oregon", "organisation"),  # before its staff
        (GAME_STORY, "Memphis", "organisation"),  # owns a player, trades him
        (GAME_STORY, "Omaha", "organisation"),  # "traded him to Omaha"
        ("The Comets won after beating San Diego 7-3 on Friday.", "San Diego", "organisation"),
        (
            "Boise State coach Dwayne Pruitt praised the defense this season after the playoff.",
            "Boise State",
            "organisation",
        ),
        # a club's last word after a name beaten by a score makes the article a sports one
        (
            "Rangers beat Castlemoor Athletic 3-1 at Parc Howard in front of 700 fans.",
            "Castlemoor Athletic",
            "organisation",
        ),
        # guards: a governor's state and a city's police are places in a sports story too,
        # and a city that trades land outside sport is a place
        (
            "Oregon Governor Tina Kotek watched the playoff game this season with the coach.",
            "Oregon",
            "place",
        ),
        (
            "Omaha police said the coach and a pitcher were hurt before the season opener.",
            "Omaha",
            "place",
        ),
        (
            "Memphis signed a water deal with Omaha on Monday, and Omaha traded land to Memphis.",
            "Omaha",
            "place",
        ),
    ],
)
def test_a_place_is_a_team_in_a_sports_story_by_its_role(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


NICKNAMES = (
    "The Lumberjacks beat Nebraska 81-77 on Saturday. The Boilermakers were led by Cole Dunne, "
    "and the Lumberjacks face the Wolverines next."
)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (NICKNAMES, "Lumberjacks", "organisation"),  # found though the model missed it
        (NICKNAMES, "Boilermakers", "organisation"),
        (NICKNAMES, "Wolverines", "organisation"),  # the other side of "face"
        (NICKNAMES, "Nebraska", "organisation"),  # beaten by a score
        (NICKNAMES, "Cole Dunne", "person"),  # guard: the player stays a person
        (
            "The Night Owls were led by Paulo Serra, who scored 24 points for the coach in the "
            "playoff this season.",
            "Night Owls",
            "organisation",  # not a person, nor a work
        ),
        # guards: a family outside sport, and places that play stay the places' teams
        ("The Hendersons were led by their father into the hall on Sunday.", "Hendersons", None),
        (
            "The Netherlands beat the Philippines 3-0 in the tournament on Sunday.",
            "Netherlands",
            "organisation",
        ),
    ],
)
def test_a_plural_nickname_in_a_sides_role_is_a_team(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


def kinds_and_mentions(nlp, text):
    doc = next(run(nlp, [Job(text)]))
    return {c.name: (c.kind, [m.text for m in c.mentions]) for c in doc._.metoo_entities}


@pytest.mark.parametrize(
    "text,name,expected",
    [
        # a town and a club's last word, in a report with a word of football, is a club
        (
            "Dunmore United climbed into the play-off places on Saturday as Ken Obi scored twice.",
            "Dunmore United",
            ("organisation", ["Dunmore United"]),
        ),
        (
            "Striker Ken Obi joined Dunmore Athletic from Celtic in January.",
            "Dunmore Athletic",
            ("organisation", ["Dunmore Athletic"]),
        ),
        (
            "Striker Ken Obi joined Dunmore Athletic from Celtic in January.",
            "Celtic",
            ("organisation", ["Celtic"]),
        ),
        (
            "Ashby Rovers conceded twice. Rovers boss Tim Hale was furious.",
            "Ashby Rovers",
            ("organisation", ["Ashby Rovers", "Rovers"]),
        ),
        (
            "Dunmore United beat Ashby Rovers 3-1 at Kelso Park on Saturday.",
            "Ashby Rovers",
            ("organisation", ["Ashby Rovers"]),
        ),
        (
            "Dunmore United beat Ashby Rovers 3-1 at Kelso Park on Saturday.",
            "Dunmore United",
            ("organisation", ["Dunmore United"]),
        ),
        # guards: a known club's name is whole, the players stay people, a municipality
        # stays a place
        (
            "Brighton & Hove Albion beat Wolves 2-1 on Saturday. The striker joined from "
            "Ashby Rovers.",
            "Brighton & Hove Albion",
            ("organisation", ["Brighton & Hove Albion"]),
        ),
        (
            "Striker Ken Obi joined Dunmore Athletic from Celtic in January.",
            "Ken Obi",
            ("person", ["Ken Obi"]),
        ),
        ("Davao City officials joined the rally.", "Davao City", ("place", ["Davao City"])),
        (
            "Leeds City Council signed the deal.",
            "Leeds City Council",
            ("organisation", ["Leeds City Council"]),
        ),
    ],
)
def test_a_town_and_a_clubs_last_word_is_a_club_in_football(nlp, text, name, expected):
    assert kinds_and_mentions(nlp, text).get(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Park rangers found the calf near the river on Monday.",
        "Forest Rangers joined the search for the missing hiker.",
        "Davao City officials joined the rally.",
    ],
)
def test_no_sports_article_from_a_job_or_a_municipality(nlp, text):
    assert not sports_article(next(run(nlp, [Job(text)])))
