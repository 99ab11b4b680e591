"""Made-up cases: the beaten side of a contest is its second party (events round 3, #15).

"The Stormers beat the Bulls 27-24": when the winner, the subject, is read as a party, the object of the winner's
verb (`eventwords.CONTEST_DEFEAT_VERBS`, and "held off") is one too, when it is a name the subject rules would read
as a body. Near misses first: objects that are no side, verbs that are no win, subjects that are no party."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def actors_of(body: str) -> list[list[str]]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return [event.actors for event in extract_events(article, [], Registry())]


@pytest.mark.parametrize("body, absent", [
    # near misses: the object is no name of a side
    ("Harbour Authority beat its revenue target on Sunday.", "target"),
    ("The Stormers beat the Bulls defence twice on Sunday.", "Bulls"),   # a noun phrase it qualifies
    ("The Stormers beat Tigers 20-10 on Sunday.", "Tigers"),             # written once, without "the"
    ("The Sharks held the Lions scoreless on Sunday.", "Lions"),          # "held" is a win only with "off"
    ("The Stormers beat Kaizer Chiefs 2-1 on Sunday, and Kaizer Chiefs fell.", "Kaizer Chiefs"),  # a given name
    ("The Stormers won the Currie Cup 2-1 on Sunday.", "Currie Cup"),    # "won": its object is the prize
    ("Visser beat the Bulls 27-24 on Sunday.", "Bulls"),                 # the winner no party: nothing to pair
    ("The Stormers edged Zebras 2-1 on Sunday.", "Zebras"),               # a common plural without "the"
    ("The Harriers beat the Budget Office forecast by a week on Saturday.", "Budget Office"),  # the noun's owner
    ("The Tax Office beat the Treasury Department deadline on Monday.", "Treasury Department"),
    ("Kestrels held off the Lions on Sunday.", "Kestrels"),              # a common plural opening a sentence
])
def test_no_opponent_is_read(body, absent):
    assert not any(absent in name for actors in actors_of(body) for name in actors)


@pytest.mark.parametrize("body, expected", [
    ("The Stormers beat the Bulls 27-24 at the stadium on Saturday night.", ["Stormers", "Bulls"]),
    ("The Sharks held off the Lions on Sunday to win 20-18.", ["Sharks", "Lions"]),
    ("The Rovers defeated the Bulls on Sunday.", ["Rovers", "Bulls"]),
    ("The Stormers edged Galaxy 2-1 on Sunday, and Galaxy fell to fifth.", ["Stormers", "Galaxy"]),
    # a common plural capitalised after "the" in running text is a side's name, as subject or beaten side
    ("The Stormers edged the Zebras 2-1 on Sunday.", ["Stormers", "Zebras"]),
    ("The Kestrels held off the Lions on Sunday to win 20-18.", ["Kestrels", "Lions"]),
    ("The Harriers beat the Ospreys 31-17 on Saturday.", ["Harriers", "Ospreys"]),
    # near miss of the noun's owner: a body's name followed by the score is the side
    ("The Harriers beat the Ospreys Academy 31-17 on Saturday.", ["Harriers", "Ospreys Academy"]),
])
def test_the_beaten_side_is_a_party(body, expected):
    assert expected in actors_of(body)


def locations_of(body: str) -> list[str | None]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return [event.location for event in extract_events(article, [], Registry())]


@pytest.mark.parametrize("body, expected", [
    # the "off" of a win over a side is no place's preposition; the side is no location
    ("The Kestrels held off the Falcons on Sunday to win 20-18.", None),
    ("The Sharks fended off the Lions on Sunday to win 20-18.", None),
    ("The Sharks held off the Falcons in Durban on Sunday.", "Durban"),
    # near miss: a place off a coast after another verb stays one
    ("The navy held exercises off the Faroe Islands on Sunday.", "Faroe Islands"),
])
def test_the_beaten_side_is_no_location(body, expected):
    assert locations_of(body) == [expected]
