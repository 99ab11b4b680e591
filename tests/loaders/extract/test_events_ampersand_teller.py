"""A firm's name joined by '&' is one teller of a dated remark ('Marrow & Pike said Tuesday'): the event is never
named from the name's first half ('Marrow & statement'; the session's final cross-track review, W1)."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry


def _events(sentence: str) -> list[tuple[str, str]]:
    page = f"Harbour News\n\nFirm news\n\nMarch 12, 2024\n\n{sentence}\n\nThe talks went on.\n"
    result = run_steps(SourceDocument(source_path="t.txt", source_format="txt", raw_text=page,
                                      given={"published": "2024-03-12"}), Registry())
    return [(event.event_type, event.name) for event in result.events]


@pytest.mark.parametrize("sentence", [
    "Marrow & Pike said Tuesday it would hire 300 workers.",
    "Smith & Sons said Tuesday it would close the mill.",
])
def test_a_firm_joined_by_an_ampersand_is_one_teller(sentence):
    events = _events(sentence)
    assert events and all(not name.split("(")[0].strip().endswith("&") for _, name in events)
    assert all("& statement" not in name for _, name in events)


@pytest.mark.parametrize("sentence, name_start", [
    # near misses: a person's dated remark keeps the teller in the name; a one-word firm tells as before
    ("Lena Dravik said Tuesday that no deal was near.", "Lena Dravik statement"),
    ("Varnogaz said Tuesday it would hire 300 workers.", "Statement"),
])
def test_other_tellers_are_as_before(sentence, name_start):
    assert [name for kind, name in _events(sentence) if kind == "statement"][0].startswith(name_start)
