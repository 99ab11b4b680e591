"""Made-up paragraphs in the styles of outlets from Africa, Asia and the Pacific (peopleH round)."""
import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "expected"), [
    # a title that is a given name too (the name lists drop it as a word), after a lowercase job noun
    ("Striker Major Lund scored twice.", {"Major Lund"}),
    ("Striker Prince Dube scored the winner for Young Africans, while defender Major Otieno was sent off. "
     "Coach Miguel Gamondi said Dube had worked hard.", {"Prince Dube", "Major Otieno", "Miguel Gamondi"}),
    ("Lawyer Bishop Kamau said the ruling was fair.", {"Bishop Kamau"}),
    # near misses that must not change: a rank or a crown after someone who serves under it, a title alone
    ("War veteran Major Hill said the parade was moving.", {"Hill"}),
    ("The soldier Major Roe said.", {"Roe"}),
    # (final review: a rank's or a church's office-holder before the title: the word is the office)
    ("Regiment commander Major Roe said the drill went well.", {"Roe"}),
    ("Church leader Bishop Kamau said the ruling was fair.", {"Kamau"}),
    ("Prince Harry visited Lagos, aide Jo Roe said.", {"Harry", "Jo Roe"}),
    ("Forecaster Dean Roe said rain was due.", {"Dean Roe"}),
    ("Duke Ellington's band played.", set()),
])
def test_title_given_names_after_job(body, expected):
    assert _names(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a junction's or a faculty's word closes a namesake place's or institution's name: no family bears it
    ("Traders at Kwame Nkrumah Circle said cocoa prices remained low.", set()),
    ("Traders at Jomo Kenyatta Roundabout said prices remained low.", set()),
    ("Traders at Kwame Nkrumah Interchange said prices remained low.", set()),
    ("The Li Ka Shing Faculty of Medicine will receive new funding, Dean Jo Roe said.", {"Jo Roe"}),
    # near misses that must not change: the namesake speaking, a road word families bear
    ("Kwame Nkrumah said the circle of friends was small.", {"Kwame Nkrumah"}),
    ("Traders at Nelson Mandela Square said prices remained low.", set()),
    ("Tycoon Li Ka-shing said the faculty would grow.", {"Li Ka-shing"}),
])
def test_namesake_junction_and_faculty_tails(body, expected):
    assert _names(body) == expected
