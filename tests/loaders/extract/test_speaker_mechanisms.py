"""Speaker mechanisms found missing on blind pages, one made-up table row each (written, with the expected
speaker, before the rule): who is who across the article (a surname of several words written alone), the clause
structure around a cue, and the extent of an unnamed source's label."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _speakers(text: str, kinds=("direct", "partial")) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. "): q.speaker_name or q.speaker_label for q in quotes if q.kind in kinds}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a surname of several words written alone is the person whose longer name ends with it
        ('Transport Minister Paola Dal Vecchio opened the new bridge on Monday.\n\n"It took eleven years," '
         'Dal Vecchio told reporters.', "It took eleven years", "Paola Dal Vecchio"),
        # ... whatever the case of its particle
        ('Dutch forecaster Anouk van der Meer warned of storms on Tuesday.\n\n"Stay inside tonight," Van der Meer '
         'said.', "Stay inside tonight", "Anouk van der Meer"),
        # ... and when the name drops a particle of its own ("dos", "de la")
        ('The harbour chief, Tomasz de la Rosa Quintero, closed the port. "No ship leaves before noon," de la Rosa '
         'Quintero said.', "No ship leaves before noon", "Tomasz de la Rosa Quintero"),
    ],
)
def test_a_surname_of_several_words_names_its_owner(text, quote, speaker):
    assert _speakers(text)[quote] == speaker
