"""A person's gender from the words of their own apposition, not from another person's honorific in it: in
"Omar Haddad, a spokesman for Mrs. Lind," the "Mrs." is Lind's. Made-up rows: the speaker each quote must get."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _speakers(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t", source_format="text", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    return {q.text: q.speaker_name for q in extract_quotes(article, people, registry)}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the honorific after "for" is the other person's: Haddad stays "Mr. Haddad", and "He" is Haddad
        ("Omar Haddad, a spokesman for Mrs. Lind, said the plan was ready.\n\n"
         "“We will start on Monday,” Mr. Haddad said.\n\nHe added that the cost was “within the budget.”",
         "We will start on Monday,", "Omar Haddad"),
        ("Omar Haddad, a spokesman for Mrs. Lind, said the plan was ready.\n\n"
         "“We will start on Monday,” Mr. Haddad said.\n\nHe added that the cost was “within the budget.”",
         "within the budget.", "Omar Haddad"),
        ("Tavi Renk, a spokeswoman for Mr. Olsen, said the count was over.\n\n"
         "“Nothing is missing,” Ms. Renk said.", "Nothing is missing,", "Tavi Renk"),
        # near misses: the person's own marker before the preposition still decides
        ("Dana Lind, the wife of a farmer, said the road was closed.\n\n"
         "“We waited all day,” Mrs. Lind said.", "We waited all day,", "Dana Lind"),
        ("Tavi Renk, a spokeswoman for the council, said the count was over.\n\n"
         "“Nothing is missing,” Ms. Renk said.\n\nShe added that “the vote stands.”", "the vote stands.", "Tavi Renk"),
    ],
)
def test_gender_from_own_apposition(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker
