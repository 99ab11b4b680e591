"""A name described in commas as a firm ("Conservas Varela, a family firm founded in Vigo") stays a firm, even when
its surname later stands alone ("Paco from Varela phones"). Made-up rows; near misses (a person described with a
firm's noun as a modifier) stay people."""
import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(text: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return {p.name for p in extract_people(article, Registry())}


@pytest.mark.parametrize(
    "text",
    [
        "The growers sold to Conservas Varela, a family firm founded in Vigo in the 1950s. "
        "“Every May, Paco from Varela phones,” Rocío says.",
        "They buy from Quesos Lund, a family business based in León. “Someone from Lund phones,” Rocío says.",
    ],
)
def test_a_family_firm_is_no_person(text):
    assert not any(name.endswith(("Varela", "Lund")) for name in _names(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ana Varela, a family friend, said the firm paid. “It was fine,” Varela said.", "Ana Varela"),
        ("Ana Varela, a company director, said it paid.", "Ana Varela"),
        ("Luis Roe, a bakery worker, said it paid.", "Luis Roe"),
        ("Ana Varela, a firm believer in rest, said no.", "Ana Varela"),
        ("Ana Varela, the business owner, said no.", "Ana Varela"),
    ],
)
def test_near_misses_stay_people(text, name):
    assert name in _names(text)
