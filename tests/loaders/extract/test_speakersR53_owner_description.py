"""Pronouns: a sentence opened by a description owned by a body's name ("Norvik Energy's production chief added
that …") is that person's when the person's own role names the same owner ("Norvik Energy's Senior Vice President for
Production, Ola Brandt"); the next sentence's "He said" goes on with him, not with the man named before. Made-up
rows; near misses where the owner is a person or is named in nobody's role keep today's reading."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _clauses(body: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = extract_people(article, Registry())
    return {q.text: q.speaker_name for q in extract_quotes(article, people, Registry()) if q.kind == "indirect"}


_LEAD = ("“This is the largest step we have taken,” said Deputy Mayor Juho Lanner.\n\n"
         "Norvik's Senior Vice President for Production, Ola Brandt, said building would begin in the spring.\n\n"
         "Lanner said the city would lease the land to Norvik for 40 years.\n\n")


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        ("Norvik's production chief added that the pipes could be extended later. He said the company had held "
         "talks with three suppliers.", "the company had held talks with three suppliers", "Ola Brandt"),
        ("Norvik's production chief said the pipes could be extended later. He said the company had held "
         "talks with three suppliers.", "the company had held talks with three suppliers", "Ola Brandt"),
    ],
)
def test_an_owned_description_opens_the_pronouns_antecedent(text, clause, speaker):
    assert _clauses(_LEAD + text).get(clause) == speaker


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        # the owner a person of the article: the description is someone else (today's reading, the possessor)
        ("Marek Olsen's spokesman added that the pipes could be extended later. He said the company had held "
         "talks with three suppliers.", "the company had held talks with three suppliers", "Marek Olsen"),
        # an owner no role names: nothing tells whose chief it is (today's reading)
        ("Kestrel's production chief added that the pipes could be extended later. He said the company had held "
         "talks with three suppliers.", "the company had held talks with three suppliers", "Juho Lanner"),
    ],
)
def test_near_misses_keep_todays_reading(text, clause, speaker):
    assert _clauses(_LEAD + text).get(clause) == speaker
