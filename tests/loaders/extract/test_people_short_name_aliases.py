"""A short name given right after a full name ("Ana Ruiz – Nena to everyone in the village –", "Ana Ruiz (Nena)")
is the same person: the people list holds her once, the short name one of her mentions. Made-up rows; near
misses where the short name is somebody else keep two people."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(text: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(article, Registry())}


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Her cousin, Marisol Vega – Sole to everyone in the village – keeps the goats.\n"
         "“I am too old to learn,” Sole says. “It is hard,” Sole said.\n", "Marisol Vega", "Sole"),
        ("Benito Sáez (Tito) runs the bar. “We open at six,” Tito says. “We close late,” Tito said.\n", "Benito Sáez", "Tito"),
        ("Eamon Joseph Doyle – EJ to colleagues – chairs the board. Later Doyle said the plan was sound.\n"
         "“It works,” Doyle says.\n", "Eamon Joseph Doyle", None),
        ("Marisol Vega, Sole as her friends call her, keeps goats.\n"
         "“It never stops,” Sole says. “It is hard,” Sole said.\n", "Marisol Vega", "Sole"),
    ],
)
def test_the_short_name_is_a_mention_of_the_full_named_person(text, full, short):
    people = _people(text)
    assert full in people
    if short:
        assert short not in people
        assert short in people[full]


@pytest.mark.parametrize(
    "text, short",
    [
        # someone else, met by the full-named person
        ("Marisol Vega met Sole in 1990. “We were twenty,” Sole says. “We still are,” Sole said.\n", "Sole"),
        # a list of people after a comma
        ("Marisol Vega, Sole Ortiz and Pepa Roca bake at four. “We start early,” Sole Ortiz says.\n", "Sole Ortiz"),
        # an aside about someone else between dashes
        ("Marisol Vega – Tito, her neighbour, says – bakes at four. “We start early,” Tito says. “Yes,” Tito said.\n",
         "Tito"),
        # the short name was used for somebody before the full name appears
        ("“It was cheap,” Tito says. “It still is,” Tito said. Later Benito Sáez (Tito) joined him.\n", "Tito"),
    ],
)
def test_near_misses_keep_the_short_name_apart(text, short):
    people = _people(text)
    assert short in people


def test_quotes_still_go_to_the_full_name():
    text = "Benito Sáez (Tito) runs the bar.\n“We open at six,” Tito says.\n“We close late,” Tito said.\n"
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    assert [q.speaker_name for q in quotes] == ["Benito Sáez", "Benito Sáez"]
