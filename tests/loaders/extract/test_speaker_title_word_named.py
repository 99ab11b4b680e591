"""A speaker phrase cut at the "of" of a title written before a name is that name's holder, also when one word of
the title is a name's word of the article ("Kessler Valley Director of Science Ana Lindqvist" with a Tom Kessler
named before): the people step read the whole phrase as the holder's title (speakersR49). Made-up articles."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def speaker_of(text: str, start: str) -> str | None:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    found = [q for q in extract_quotes(article, extract_people(article, registry), registry)
             if q.text.lstrip("\"“ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0].speaker_name or found[0].speaker_label


KESSLER = "Farmer Tom Kessler said the river had risen overnight.\n\n"

ROWS = [
    # hits: the title holds a word that is a name's word of the article
    (KESSLER + "“The terns nest on open stones,” said Kessler Valley Director of Science Ana Lindqvist. “One truck "
     "can flatten a colony.”\n", "The terns nest", "Ana Lindqvist"),
    (KESSLER + "“The terns nest on open stones,” said Kessler Valley Director of Science Ana Lindqvist. “One truck "
     "can flatten a colony.”\n", "One truck", "Ana Lindqvist"),
    ("Nurse Mara Dolan treated the first patients.\n\n“We ran out of beds by noon,” said Dolan County Head of "
     "Emergency Care Petra Voss.\n", "We ran out", "Petra Voss"),
    # near misses: no name of the article inside the title (already right), the other person's own quote, a
    # second full name in the phrase, an unnamed title
    ("“The terns nest on open stones,” said Tarrow Valley Director of Science Ana Lindqvist.\n",
     "The terns nest", "Ana Lindqvist"),
    (KESSLER + "“We lost the top paddock,” Kessler said.\n", "We lost the top", "Tom Kessler"),
    (KESSLER + "“The water came fast,” said Kessler, a neighbour of Ana Lindqvist.\n", "The water came",
     "Tom Kessler"),
    ("“The terns nest on open stones,” said the Director of Science at the council.\n", "The terns nest",
     "the Director of Science at the council"),
    (KESSLER + "“The stones are bare,” said Kessler's Director of Science.\n", "The stones are bare", None),
]


@pytest.mark.parametrize("text, start, speaker", ROWS)
def test_title_word_named(text, start, speaker):
    got = speaker_of(text, start)
    if speaker is None:
        assert got != "Ana Lindqvist"
    else:
        assert got is not None and got.casefold() == speaker.casefold(), got
