"""A speaker named after the verb behind a title whose portfolio is coordinated ("said Energy and Natural Resources
Minister Kemal Aksoy", "said Parks and Recreation director Ana Lind"): the capitalised words joined by "and" (or a
list's commas) run into the person's name, so the person speaks, not the words before the "and". Near misses: two
people coordinated, a body and a person, a title with no coordination. Every expectation was written before the
extractor ran: a person's full name, or ("label", words the label holds)."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import assert_speaker
from tests.loaders.extract.test_speaker_stress import quotes_of

ROWS = [
    # the case: a coordinated portfolio before the title and the name
    ("“We will not give up on this,” said Energy and Natural Resources Minister Kemal Aksoy at the ceremony.",
     "Kemal Aksoy"),
    ("“We will not give up on this,” said Energy and Natural Resources Minister Kemal Aksoy.", "Kemal Aksoy"),
    ("“We will not give up on this,” said Culture, Arts and Heritage Minister Ana Lind on Monday.", "Ana Lind"),
    ("“We will not give up on this,” said Parks and Recreation director Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Fisheries and Oceans spokesperson Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Roads and Transport Deputy Minister Karl Moss in Tarn.", "Karl Moss"),
    # near misses that must not change
    ("“We will not give up on this,” said Trade and Industry Minister Ana Lind on Monday.", "Ana Lind"),
    ("“We will not give up on this,” said Health Minister Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Karl Moss and Ana Lind.", "Karl Moss"),
    ("“We will not give up on this,” Energy and Natural Resources Minister Kemal Aksoy said.", "Kemal Aksoy"),
    ("“We will not give up on this,” said the Ministry of Health and Social Care in a statement.",
     ("label", "ministry of health")),
    ("“We will not give up on this,” said Kestel Water and the mayor, Ana Lind.", ("not", "Ana Lind")),
    # a level of government opens a title of her own after "and" (`quote_words.OWN_TITLE_OPENERS`): a body and a
    # person, the body the speaker; a portfolio word before the title stays coordinated
    ("“We will not give up on this,” said Kestel Water and State Senator Ana Lind.", ("not", "Ana Lind")),
    ("“We will not give up on this,” said Kestel Water and County Commissioner Ana Lind.", ("not", "Ana Lind")),
    ("“We will not give up on this,” said Lands and Water Commissioner Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Kestel Water and State Sen. Ana Lind.", ("not", "Ana Lind")),
    # ... only with a title head straight after it ("State Senator"): a level before a subject word ("City
    # Development", "State Affairs") or after another level ("City and County") is part of one coordinated title
    # (speakersR46 review)
    ("“We will not give up on this,” said City and County Attorney Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Marbeck City and County Manager Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Housing and City Development Minister Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Justice and State Affairs Minister Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Interior and State Security Minister Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Energy and Federal Affairs Minister Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Parks and County Services Director Ana Lind.", "Ana Lind"),
    ("“We will not give up on this,” said Elm County and City Manager Ana Lind.", "Ana Lind"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_coordinated_title_before_name(text, expected):
    quotes = [q for q in quotes_of(text) if q.text.startswith("We will not")]
    assert quotes, "no quote found"
    assert_speaker(quotes[0], expected)
