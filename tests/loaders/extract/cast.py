"""A made-up cast as the people step would give it: each name with its mentions in a body, written in full or by
surname. Shared by the quote tests that pass people in without running the people step; and `people_of`, the
people step's own answer for a body, shared by the people tests."""
import re

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry


def cast_people(body: str, cast: tuple[str, ...]) -> list[PersonRecord]:
    people = []
    for name in cast:
        pattern = rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b"
        mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                    for m in re.finditer(pattern, body)]
        if mentions:
            people.append(PersonRecord(name=name, mentions=mentions))
    return people


def people_of(body: str, registry: Registry | None = None) -> dict[str, list[str]]:
    """The people step on `body` (an empty registry by default): each person's name with its mentions' surfaces."""
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.surface for m in person.mentions]
            for person in extract_people(article, registry or Registry())}
