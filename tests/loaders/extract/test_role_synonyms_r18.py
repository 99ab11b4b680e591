"""Role synonyms (lexicon.ROLE_SYNONYMS), made-up texts: "the central banker" stands for the governor or head of a
central bank, by the bank's words in the role; a state's governor, another banker and unrelated roles stay a label."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import _quote, article, assert_speaker

ROWS = [
    ("Karl Moss, governor of the central bank, raised rates on Monday.", "the central banker said", "Karl Moss"),
    ("Karl Moss, who heads the central bank, raised rates on Monday.", "the central banker said", "Karl Moss"),
    ("The central bank's governor, Karl Moss, raised rates on Monday.", "the central banker said", "Karl Moss"),
    # near misses: no central bank in the role
    ("Governor Karl Moss of Kestel state opened the road on Monday.", "the central banker said",
     ("label", "central banker")),
    ("Karl Moss, a banker at Holm Bank, spoke on Monday.", "the central banker said", ("label", "central banker")),
    ("Karl Moss, the governor of Kestel province, opened the road on Monday.", "the central banker said",
     ("label", "central banker")),
    ("Ana Lind, who heads the Kestel nurses' union, called the strike on Monday.", "the central banker said",
     ("label", "central banker")),
    # near misses: the synonym does not widen the governor or the banker
    ("Karl Moss, governor of the central bank, raised rates on Monday.", "the governor said", "Karl Moss"),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_central_banker(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
