"""Regression rows from the round-1 review of the people step's lookalike rules (85 made-up news paragraphs run
through the round-1 code and the start code). Round 1's lookalike rules lost real people in ordinary prose:
a name before a bare number in a list of scores, votes or ratings; a name after "the cross flew to"; a person's
name before "communications chief"; "the producer of Taylor Swift"; a surname "Way"; a given name "Santo"; a holy
title before a surname that is a place's word; a title before a name and a place's noun ("district offices");
and a party or a movement "was elected" / "was born" taken for a person.

NEWLY_WRONG: rows the round-1 code got wrong and the start code right (each must go right again).
NEWLY_RIGHT: rows round 1 mended (each stays right unless its rule had to go).
Each row: (key, paragraph, the people a reader would list)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry


def _names(text: str) -> set[str]:
    page = "\n".join(["Regional Post", "Officials meet on trade", "May 4, 2026", text]) + "\n"
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", page, {}), registry)
    return {person.name for person in extract_people(article, registry)}


NEWLY_WRONG = [
    ('ball_flew_to', "Paulo Dybala's cross flew to Kwadwo Asamoah at the far post and he scored from close range.",
     {'Kwadwo Asamoah', 'Paulo Dybala'}),
    ('pass_travelled_to', 'The pass travelled to Moussa Diaby on the left, and the winger curled it in.',
     {'Moussa Diaby'}),
    ('goal_scorers', 'Scorers: Victor Osimhen 2, Ademola Lookman 1.',
     {'Victor Osimhen', 'Ademola Lookman'}),
    ('vote_tally', 'With all ballots counted the result was Marta Kowalczyk 312, Piotr Zielinski 287.',
     {'Marta Kowalczyk', 'Piotr Zielinski'}),
    ('shirt_number', 'Coach Lars Nilsson named his starting five: Jonas Berglund 7, Erik Sandqvist 11, Nils Ahlgren 23.',
     {'Erik Sandqvist', 'Lars Nilsson', 'Nils Ahlgren', 'Jonas Berglund'}),
    ('golf_hole', 'At the 17th, Tommy Fleetwood 3, Shane Lowry 5.',
     {'Shane Lowry', 'Tommy Fleetwood'}),
    ('politician_chief', 'Javier Milei economy chief Luis Caputo met bankers in New York on Tuesday.',
     {'Javier Milei', 'Luis Caputo'}),
    ('executive_officer', 'Kwame Nkansah executive officer Ama Serwaa was not available for comment.',
     {'Ama Serwaa', 'Kwame Nkansah'}),
    ('producer_of_singer', 'Jack Antonoff, the producer of Taylor Swift and Lorde, won a Grammy.',
     {'Jack Antonoff', 'Taylor Swift'}),
    ('gerard_way', 'Singer Gerard Way said the band would tour Europe next year.',
     {'Gerard Way'}),
    ('santo_person', 'Santo Versace said the fashion house would stay in family hands.',
     {'Santo Versace'}),
    ('imam_hall', 'Imam Yusuf Hall said prayers would be held indoors because of the storm.',
     {'Yusuf Hall'}),
    ('queen_day', "Princess Anne Day, a rancher's daughter, was crowned at the county fair.",
     {'Anne Day'}),
    ('told_minister_estate', 'He told Housing Minister Thabo Molefe estate residents had waited a year.',
     {'Thabo Molefe'}),
    ('mayor_district', 'Under Mayor Ada Okeke district offices will open on Saturdays.',
     {'Ada Okeke'}),
    ('sentenced_company', 'Sinn Fein was elected the largest party at Stormont.',
     set()),
    ('party_elected', 'Pheu Thai was elected to lead a coalition government in 2023.',
     set()),
    ('movement_born', 'Black Lives Matter was born in 2013 after a court verdict.',
     set()),
    ('pakatan', 'Pakatan Harapan was elected on a promise to end corruption.',
     set()),
    ('flew_to_then_surname', 'The cross flew to Kwadwo Asamoah at the far post. Asamoah scored his third goal of the season.',
     {'Kwadwo Asamoah'}),
    ('golf_round_scores', 'Leaders after round two: Rory McIlroy 66, Scottie Scheffler 68, Ludvig Aberg 70.',
     {'Rory McIlroy', 'Scottie Scheffler', 'Ludvig Aberg'}),
    ('scorer_sentence_end', 'Goals came from Erling Haaland 2 and Phil Foden 1.',
     {'Erling Haaland', 'Phil Foden'}),
    ('poll_ratings', 'Net approval ratings: Keir Starmer 34, Kemi Badenoch 21, Ed Davey 18.',
     {'Ed Davey', 'Kemi Badenoch', 'Keir Starmer'}),
    ('erdogan_comm_chief', 'Recep Tayyip Erdogan communications chief Fahrettin Altun denied the report.',
     {'Recep Tayyip Erdogan', 'Fahrettin Altun'}),
    ('santo_cilauro', 'Comedian Santo Cilauro said the show would return next year.',
     {'Santo Cilauro'}),
    ('way_surname_said', 'Gerard Way said the band would tour next year.',
     {'Gerard Way'}),
    ('rep_district_office', 'Vandals struck Rep. Maxine Waters district office on Monday.',
     {'Maxine Waters'}),
]

NEWLY_RIGHT = [
    ('flights_to_place', 'Flights to Mae Hong Son were suspended because of smoke, airport staff said.',
     set()),
    ('flew_to_place', 'The minister flew to Kota Kinabalu on Monday for talks.',
     set()),
    ('mayor_of_place', 'The mayor of Santo Andre said the floods had passed.',
     set()),
    ('firm_chief', 'Sime Darby chief executive Jeffri Davidson said profits rose.',
     {'Jeffri Davidson'}),
    ('owner_of_brand', 'LVMH, owner of Louis Vuitton, reported higher sales in Asia.',
     set()),
    ('way_road', 'Traffic was blocked on Ahmadu Bello Way for hours.',
     set()),
    ('santo_domingo', 'Thousands marched through Santo Domingo on Sunday.',
     set()),
    ('king_park_place', 'Crowds gathered in King Salman Park on the holiday.',
     set()),
    ('sheikh_nbhd', 'Families in the Sheikh Jarrah neighbourhood face eviction.',
     set()),
    ('sister_nun', 'Sister Mary Kowalski, who runs the shelter, said beds were full.',
     {'Mary Kowalski'}),
    ('min_aung_hlaing', 'Senior General Min Aung Hlaing met the envoy in Naypyitaw.',
     {'Min Aung Hlaing'}),
    ('lee_jaemyung', 'President Lee Jae-myung met union leaders in Seoul.',
     {'Lee Jae-myung'}),
    ('laureate_person', 'Nobel laureate Wole Soyinka called the verdict brave.',
     {'Wole Soyinka'}),
    ('seaman_rank', 'Able Seaman Kofi Annor was rescued from the water.',
     {'Kofi Annor'}),
]

OTHER = [
    pytest.param('cricket_scores', 'Top scorers: Kusal Mendis 83, Pathum Nissanka 41, Charith Asalanka 12.',
     {'Pathum Nissanka', 'Charith Asalanka', 'Kusal Mendis'},
                 marks=pytest.mark.xfail(strict=True, reason="wrong in the start code too: a list's 'Top scorers:' "
                                         "label and names with numbers, no line-up (not a round-1 rule)"),
                 id="cricket_scores"),
    ('ruto_chief_officer', 'William Ruto chief officer Felix Koskei told senators the budget was tight.',
     {'Felix Koskei', 'William Ruto'}),
    ('travel_then_person_who', 'The ball flew to Moussa Diaby, who curled it in.',
     {'Moussa Diaby'}),
    ('passive_ship', 'The tanker Kestrel Star was detained off Oman.',
     set()),
    ('passive_person_born', 'Amara Okonkwo was born in Enugu and trained as a nurse.',
     {'Amara Okonkwo'}),
]


@pytest.mark.parametrize("key,text,expected", NEWLY_WRONG, ids=[row[0] for row in NEWLY_WRONG])
def test_newly_wrong_rows_go_right(key, text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("key,text,expected", NEWLY_RIGHT, ids=[row[0] for row in NEWLY_RIGHT])
def test_newly_right_rows_stay_right(key, text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("key,text,expected", [row if type(row) is not tuple else pytest.param(*row, id=row[0])
                                               for row in OTHER])
def test_other_review_rows(key, text, expected):
    assert _names(text) == expected

