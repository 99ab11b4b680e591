"""People step, issue 9 fix round (made-up snippets from the peopleE review, written before the fix): a family name
Town after a given name is a person's; 'retired from service' or a name after 'The' is no evidence of a person; a
cook's title before a three-word Chinese name; a person after 'between <town> and'; a one-word name after a job word
firms share that later speaks."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry


def _names(text: str) -> list[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return sorted(person.name for person in extract_people(article, registry))


@pytest.mark.parametrize(("text", "expected"), [
    ("Club appoints new coach\nThe club on Friday named Harriet Town as its head coach. Town, 44, said she was "
     "\"thrilled\" to return.\n\"This is home,\" Harriet Town said.\n", ["Harriet Town"]),
    ("Goal drought ends\nSimon Town scored twice as Rovers beat Albion 3-1 on Saturday. Manager Ellis Ward praised "
     "Town's finishing.\n", ["Ellis Ward", "Simon Town"]),
    ("Ship retired\nThe Morning Star retired from service in 1998 after 40 years at sea.\n", []),
    ("Team\nRed Star retired from the league in 1990.\n", []),
    ("Food fair\nChef Chan Hon Yin won the top prize at the fair on Sunday.\n", ["Chan Hon Yin"]),
    ("Food fair\nChef Chan Hon Yin said the fair was fun.\n", ["Chan Hon Yin"]),
    ("Stadium\nFans packed the King Fahd stadium for the final.\n", []),
    ("History lecture\nThe lecture on Henry VIII drew a large crowd, organiser Julia Fenn said.\n",
     ["Henry VIII", "Julia Fenn"]),
    ("Mayor speaks\nMayor of Lviv Andriy Sadovyi said the city had lost power overnight.\n", ["Andriy Sadovyi"]),
    ("Talks\nThe talks between Osaka and Kenji Sato ended on Monday without a deal.\n", ["Kenji Sato"]),
    ("Cup\nA match between Leeds and Ama Owusu was called off. Owusu said she was sad.\n", ["Ama Owusu"]),
    ("Music\nThe album was made by producer Timbaland. Timbaland said he wrote the songs in a week.\n", ["Timbaland"]),
    ("Music\nThe album was made by producer Timbaland. He said the songs took a week.\n", ["Timbaland"]),
    ("Music\nThe album was made by producer Timbaland, who wrote the songs in a week.\n", ["Timbaland"]),
    ("Music\nThe album was made by producer Timbaland. Timbaland, 52, said the songs took a week.\n", ["Timbaland"]),
])
def test_review_rows(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the places stay places, a person's retirement stays a person's
    ("Trip\nShe flew to Charles Town on Monday and stayed a week.\n", []),
    ("Trip\nThe ferry left George Town at dawn, said Ana Roe.\n", ["Ana Roe"]),
    ("Farewell\nKofibu Asaro retired on Monday after 30 years.\n", ["Kofibu Asaro"]),
    ("Roads\nThe road between Jackson and Sri Kenari was closed on Monday.\n", []),
    ("Jobs\nIron ore producer Kestra said output rose.\n", []),
    ("Food fair\nThe top prize went to chef Chan Hon Yin on Sunday.\n", ["Chan Hon Yin"]),
    ("Jobs\nIron ore producer Kestra said its output rose. The firm, which has 900 staff, is based in Perth.\n", []),
    ("Stadium\nKing Fahd opened the stadium in 1987.\n", ["Fahd"]),
    ("History\nThe lecture on World War II drew a large crowd.\n", []),
    ("Mayor speaks\nMayor of London Sadiq Khan said the trains ran late.\n", ["Sadiq Khan"]),
])
def test_near_misses(text, expected):
    assert _names(text) == expected
