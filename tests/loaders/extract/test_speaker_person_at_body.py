"""'The analyst at Brenwick Capital said': a description of a person at a body the article names is the one person
whose role it gave at that body, whatever the role's noun."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry


def _speakers(body: str, cast: dict[str, str | None]) -> list[tuple[str | None, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = []
    for name, role in cast.items():
        mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end(), role=role)
                    for m in re.finditer(rf"\b(?:{name}|{name.split()[-1]})\b", body)]
        people.append(PersonRecord(name=name, mentions=mentions))
    return [(q.speaker_name, q.speaker_label) for q in extract_quotes(article, people, Registry())
            if q.kind != "indirect"][-1:]


@pytest.mark.parametrize(
    "body, cast, speaker",
    [
        # the body's name, or its first words, in one person's role: that person
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital Partners.\n\n"
         "The analyst at Brenwick said the bank would “hold steady” in March.",
         {"Tomas Vell": "head of research at Brenwick Capital Partners"}, ("Tomas Vell", None)),
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital Partners.\n\n"
         "The economist from Brenwick Capital said rates would “hold steady” in March.",
         {"Tomas Vell": "head of research at Brenwick Capital Partners"}, ("Tomas Vell", None)),
        # the body written in an apposition after the name, no role read from it
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital Partners.\n\n"
         "The analyst at Brenwick said the bank would “hold steady” in March.",
         {"Tomas Vell": None}, ("Tomas Vell", None)),
        # near miss: two people at that body: unknown which, the description stays a label
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital. Ines Roa, chief economist "
         "at Brenwick Capital, agreed.\n\nThe analyst at Brenwick said rates would “hold steady” in March.",
         {"Tomas Vell": "head of research at Brenwick Capital", "Ines Roa": "chief economist at Brenwick Capital"},
         (None, "The analyst at Brenwick")),
        # near miss: nobody at that body: a label
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital.\n\n"
         "The analyst at Ostmark Bank said rates would “hold steady” in March.",
         {"Tomas Vell": "head of research at Brenwick Capital"}, (None, "The analyst at Ostmark Bank")),
        # near miss: an indefinite description is someone else
        ("“Prices will fall,” said Tomas Vell, head of research at Brenwick Capital.\n\n"
         "An analyst at Brenwick said rates would “hold steady” in March.",
         {"Tomas Vell": "head of research at Brenwick Capital"}, (None, "An analyst at Brenwick")),
    ],
)
def test_a_description_at_a_named_body_is_its_one_person(body, cast, speaker):
    assert _speakers(body, cast) == [speaker]
