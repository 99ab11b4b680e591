"""A title word that is a given name too ("Duke", "Prince") before a surname is the person's given name when an
office "of" a named town is set off in commas before it ("the mayor of Terre Haute, Duke Bennett,"). Made-up
rows; near misses (a list of names, a title before a given name, a noble title "of") stay as they are."""
import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(text: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return {p.name for p in extract_people(article, Registry())}


@pytest.mark.parametrize(
    "text, name",
    [
        ("After the Republican mayor of Terre Haute, Duke Lorrimer, was elected, a dinner was held.", "Duke Lorrimer"),
        ("The mayor of Springfield, Duke Halvorsen, was elected in May.", "Duke Halvorsen"),
    ],
)
def test_an_office_of_a_town_vouches_for_the_title_given_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # a list of names after "of": two people, no role
        ("Supporters of Tim Kaine, Bill Clinton, and others came.", {"Tim Kaine", "Bill Clinton"}),
        ("The wife of Tim Kaine, Anne Holton, spoke.", {"Tim Kaine", "Anne Holton"}),
        # a title before a given name, and a noble title "of"
        ("The mayor of Springfield, Prince Harry, was there.", {"Harry"}),
        ("The Duke of Edinburgh visited. King Charles said thanks.", {"Charles"}),
        # a given name before the surname is no title at all
        ("The mayor of Springfield, Joe Halvorsen, was elected in May.", {"Joe Halvorsen"}),
    ],
)
def test_near_misses_stay(text, names):
    assert _names(text) == names
