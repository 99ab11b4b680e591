"""A title's abbreviation before a surname ("Cr Hale") that the people step took for a person of its own: the
person of the article with that surname, when the article names exactly one (or one holding that title)."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry


def _person(body: str, name: str, role: str | None = None) -> PersonRecord:
    mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end(), role=role)
                for m in re.finditer(rf"\b{re.escape(name)}\b", body)]
    return PersonRecord(name=name, mentions=mentions)


def _speakers(body: str, people: list[tuple[str, str | None]]) -> list[str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = [_person(body, name, role) for name, role in people]
    return [q.speaker_name for q in extract_quotes(article, found, Registry()) if q.kind == "direct"]


@pytest.mark.parametrize(
    "body, people, speakers",
    [
        # a councillor's abbreviation and the surname: the councillor named in full before
        ("Councillor Wren Hale moved the motion.\n\n“It is fair,” Cr Hale said.",
         [("Wren Hale", "Councillor"), ("Cr Hale", None)], ["Wren Hale"]),
        ("Councillor Wren Hale moved the motion.\n\n“It is fair,” Cllr. Hale said.",
         [("Wren Hale", "Councillor"), ("Cllr. Hale", None)], ["Wren Hale"]),
        ("Senator Ada Quill spoke first.\n\n“We will vote no,” Sen Quill said.",
         [("Ada Quill", "Senator"), ("Sen Quill", None)], ["Ada Quill"]),
        # two of that surname: the one holding the title the abbreviation spells
        ("Councillor Wren Hale and her brother Otto Hale, a farmer, spoke.\n\n“It is fair,” Cr Hale said.",
         [("Wren Hale", "Councillor"), ("Otto Hale", "farmer"), ("Cr Hale", None)], ["Wren Hale"]),
        # near miss: two of that surname, neither holding the title: unchanged
        ("Wren Hale and Otto Hale spoke.\n\n“It is fair,” Cr Hale said.",
         [("Wren Hale", None), ("Otto Hale", None), ("Cr Hale", None)], ["Cr Hale"]),
        # near miss: no one else of that surname: unchanged
        ("Councillor Wren Hale moved the motion.\n\n“It is fair,” Cr Dunst said.",
         [("Wren Hale", "Councillor"), ("Cr Dunst", None)], ["Cr Dunst"]),
        # near miss: a first word that is no title ("Carys Hale" is another person)
        ("Councillor Wren Hale moved the motion.\n\n“It is fair,” Carys Hale said.",
         [("Wren Hale", "Councillor"), ("Carys Hale", None)], ["Carys Hale"]),
    ],
)
def test_a_title_abbreviation_and_surname_is_the_person_named_before(body, people, speakers):
    assert _speakers(body, people) == speakers
