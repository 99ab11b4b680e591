"""A description written before a name whose first words are its body's capitalised name ("A City of Kestel
councillor, Ana Lind, said …") is the person's role, so a later "the councillor said" is that person
(speakersR49). Made-up articles; near misses keep the description's label or the person named otherwise."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def speaker_of(text: str, start: str) -> str | None:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    found = [q for q in extract_quotes(article, extract_people(article, registry), registry)
             if q.kind != "indirect" and q.text.lstrip("\"“ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0].speaker_name or found[0].speaker_label


_QUOTE = "\n\n“The ferry will run again in spring,” the {noun} said.\n"

ROWS = [
    # hits
    ("A City of Kestel councillor, Ana Lindgard, told the paper the pier was unsafe." + _QUOTE.format(noun="councillor"),
     "The ferry", "Ana Lindgard"),
    ("The Harbour Board chair, Jon Paxley, said the pier was unsafe." + _QUOTE.format(noun="chair"),
     "The ferry", "Jon Paxley"),
    ("Residents met a Kestel Council planner, Ana Lindgard, at the hall." + _QUOTE.format(noun="planner"),
     "The ferry", "Ana Lindgard"),
    # near misses: another noun, no description before the name, a body's name alone before the comma
    ("A City of Kestel engineer, Ana Lindgard, told the paper the pier was unsafe." + _QUOTE.format(noun="councillor"),
     "The ferry", "the councillor"),
    ("Ana Lindgard told the paper the pier was unsafe." + _QUOTE.format(noun="councillor"),
     "The ferry", "the councillor"),
    ("At the Kestel Town Hall, Ana Lindgard said the pier was unsafe." + _QUOTE.format(noun="councillor"),
     "The ferry", "the councillor"),
    ("The Kestel Council voted yesterday, Ana Lindgard said." + _QUOTE.format(noun="councillor"),
     "The ferry", "the councillor"),
    ("The City of Kestel councillor Jon Paxley and Ana Lindgard met." + _QUOTE.format(noun="councillor"),
     "The ferry", "Jon Paxley"),
    # near misses (review of R49, newly wrong 1-2): the description is a preposition's object in a fronted phrase,
    # and the name after its comma is the sentence's subject, not an apposition closed by a second comma
    ("Speaking to the Harbour Board chair, Ana Lindgard said the pier was unsafe. Tom Brayne runs the ferry."
     + _QUOTE.format(noun="chair"), "The ferry", "the chair"),
    ("In a letter to the Kestel Council planner, Ana Lindgard asked for a delay. Tom Brayne runs the ferry."
     + _QUOTE.format(noun="planner"), "The ferry", "the planner"),
    ("After meeting the Kestel Council planner, Ana Lindgard left the hall." + _QUOTE.format(noun="planner"),
     "The ferry", "the planner"),
    # (review of R50, lost since R49) a preposition's object is still an apposition when a second comma closes
    # the name
    ("According to a Kestel Council planner, Ana Lindgard, the pier is unsafe. Tom Brayne runs the ferry."
     + _QUOTE.format(noun="planner"), "The ferry", "Ana Lindgard"),
    ("The report was written by a Kestel Council planner, Ana Lindgard, who left in May. Tom Brayne runs the ferry."
     + _QUOTE.format(noun="planner"), "The ferry", "Ana Lindgard"),
    # near misses: no closing comma after the name
    ("According to a Kestel Council planner, Ana Lindgard left the hall. Tom Brayne runs the ferry."
     + _QUOTE.format(noun="planner"), "The ferry", "the planner"),
    ("For the Harbour Board chair, Ana Lindgard - not Tom Brayne - wrote the report."
     + _QUOTE.format(noun="chair"), "The ferry", "the chair"),
    # hits: the apposition closed by its second comma, after a verb
    ("Reporters asked the Harbour Board chair, Jon Paxley, about the pier." + _QUOTE.format(noun="chair"),
     "The ferry", "Jon Paxley"),
]


@pytest.mark.parametrize("text, start, speaker", ROWS)
def test_body_description_before_name(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got
