"""A made-up cast as the people step would give it: each name with its mentions in a body, written in full or by
surname. Shared by the quote tests that pass people in without running the people step."""
import re

from loaders.records import MentionRecord, PersonRecord


def cast_people(body: str, cast: tuple[str, ...]) -> list[PersonRecord]:
    people = []
    for name in cast:
        pattern = rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b"
        mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                    for m in re.finditer(pattern, body)]
        if mentions:
            people.append(PersonRecord(name=name, mentions=mentions))
    return people
