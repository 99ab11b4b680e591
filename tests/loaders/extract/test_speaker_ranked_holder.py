"""A bare "the minister" for the one junior minister the article names ("Deputy Minister Carlos Ruiz … “…,” the
minister said"), when it names no full minister: a minister's office word answers to its junior ranks
(role_forms.RANKED_HOLDER_HEADS). Made-up text; near misses: a single national office's deputy is not that office's
holder ("Vice President X … the president said"), a full minister is taken before a deputy, two deputies keep the
label, a description naming the rank or the portfolio reads as before."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str) -> str:
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, speaker", [
    ("Deputy Minister Carlos Ruiz met fishermen in Callao on Monday.\n\n“Every boat will be counted,” the minister "
     "said.", "Carlos Ruiz"),
    ("Vice Minister Ilse Varga toured the flooded district. “Help is on its way,” the minister told residents.",
     "Ilse Varga"),
    ("Assistant Minister Tomas Obi opened the clinic in Kestel. “Nurses will come in June,” the minister said.",
     "Tomas Obi"),
])
def test_the_one_junior_minister(text, speaker):
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Vice President Carlos Ruiz opened the port in Callao. “Every boat will be counted,” the president said.",
     "L:the president"),
    ("Deputy Prime Minister Carlos Ruiz met fishermen. “Every boat will be counted,” the prime minister said.",
     "L:the prime minister"),
    ("Deputy Mayor Carlos Ruiz met traders. “Every stall will be counted,” the mayor said.", "L:the mayor"),
    ("Deputy Minister Carlos Ruiz and Minister Ana Rojas met fishermen. “Every boat will be counted,” the minister "
     "said.", "Ana Rojas"),
    ("Deputy Minister Carlos Ruiz and Vice Minister Ana Rojas met fishermen. “Every boat will be counted,” the "
     "minister said.", "L:the minister"),
    ("Deputy Minister Carlos Ruiz met fishermen in Callao. “Every boat will be counted,” the deputy minister said.",
     "Carlos Ruiz"),
    ("Deputy Minister Carlos Ruiz met fishermen in Callao. “Every boat will be counted,” the health minister said.",
     "L:the health minister"),
])
def test_no_junior_minister_for_another_office(text, speaker):
    assert _speaker(text) == speaker


# every entry of the table earns an example, so a new one without a working example fails
_EXAMPLES = {
    "minister": ("Deputy Minister Carlos Ruiz met fishermen in Callao. “Every boat will be counted,” the minister "
                 "said.", "Carlos Ruiz"),
}


def test_each_ranked_holder_head_has_an_example():
    from loaders.extract.data.role_forms import RANKED_HOLDER_HEADS

    assert set(_EXAMPLES) == set(RANKED_HOLDER_HEADS)
    for text, speaker in _EXAMPLES.values():
        assert _speaker(text) == speaker
