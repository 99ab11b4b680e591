"""The people step on made-up mini-articles where a bare name matches the word after "bin"/"ibn": that word is a
father's name, no surname, so a lone "Khalid" never joins "Amir bin Khalid" (not even as a misspelling of it): it
goes to the person whose given name it is ("Prince Khalid bin Amir Al Saud"), else stays its own person. The short
form with the particle ("bin Khalid said") still joins the son, and a family name after the father's
("al-Rawahi") still links."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = {}
    for person in extract_people(article, Registry()):
        for mention in person.mentions:
            assert body[mention.start:mention.end] == mention.surface
        found[person.name] = [mention.surface for mention in person.mentions]
    return found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lone given name goes to the person whose given name it is, not to a son named after him
        ("Prince Khalid bin Amir Al Saud visited the hospital on Wednesday. \"Care will grow,\" Prince Khalid said. "
         "Amir bin Khalid, the prince's son, also attended.",
         {"Khalid bin Amir Al Saud": ["Khalid bin Amir Al Saud", "Khalid"], "Amir bin Khalid": ["Amir bin Khalid"]}),
        ("Sheikh Khalid bin Amir Al Thani opened the port on Monday. Sheikh Khalid said trade would grow. "
         "His son, Faisal bin Khalid, cut the ribbon.",
         {"Khalid bin Amir Al Thani": ["Khalid bin Amir Al Thani", "Khalid"],
          "Faisal bin Khalid": ["Faisal bin Khalid"]}),
        # ... and with nobody of that given name, a father's name alone is no one's surname: it stays apart
        ("Amir bin Khalid, a student, attended the opening. Later Sheikh Khalid said the port would grow.",
         {"Amir bin Khalid": ["Amir bin Khalid"], "Khalid": ["Khalid"]}),
    ],
)
def test_a_lone_fathers_name_is_no_surname(body, expected):
    found = _people(body)
    for name, surfaces in expected.items():
        assert found.get(name) == surfaces, found
    assert not [name for name in found if name not in expected], found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: the short form with its particle still names the son
        ("Amir bin Khalid, the minister's son, attended the opening. \"It was a good day,\" bin Khalid said.",
         {"Amir bin Khalid": ["Amir bin Khalid", "Khalid"]}),
        ("Prince Khalid bin Amir Al Saud visited the hospital. Faisal bin Khalid, his son, attended. \"It was a "
         "good day,\" bin Khalid said.",
         {"Khalid bin Amir Al Saud": ["Khalid bin Amir Al Saud"], "Faisal bin Khalid": ["Faisal bin Khalid", "Khalid"]}),
        # ... the family name after the father's still links, lowercase particle or capital
        ("Hamood bin Saif al-Rawahi, the harbour master, met the crews. \"We will reopen,\" al-Rawahi said.",
         {"Hamood bin Saif al-Rawahi": ["Hamood bin Saif al-Rawahi", "al-Rawahi"]}),
        ("Minister Abdullah bin Nasser Al Marri met the crews. Al Marri said the port would reopen.",
         {"Abdullah bin Nasser Al Marri": ["Abdullah bin Nasser Al Marri", "Al Marri"]}),
        # ... a misspelt ordinary surname still joins its owner
        ("Coach Rudy Giuliani praised the team. Giulini said the season was long.",
         {"Rudy Giuliani": ["Rudy Giuliani", "Giulini"]}),
        # ... and the given name before "bin" still names its owner
        ("Faisal bin Khalid, a student, attended the opening. Faisal said it was a good day.",
         {"Faisal bin Khalid": ["Faisal bin Khalid", "Faisal"]}),
    ],
)
def test_near_misses_keep_linking(body, expected):
    found = _people(body)
    for name, surfaces in expected.items():
        assert found.get(name) == surfaces, found
