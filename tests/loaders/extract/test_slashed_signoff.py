"""A wire story's last sentence closed by its editor's initials between slashes ("... in 1979. /jr/") is the body's
last line, not furniture. Made-up rows; near misses (no sentence before the code, no closing slash) stay furniture."""
import pytest

from loaders.extract.text_article import _ends_sentence


@pytest.mark.parametrize("line, ends", [
    ("The harbour was first dredged in 1979. /jr/", True),
    ("The berth opens in May, the authority said. /mk/ab/", True),
    ("The ferry service resumes on Monday.", True),
    # near misses
    ("Riverton harbour news /jr/", False),
    ("The harbour was first dredged in 1979. /jr", False),
    ("Read more at riverton.example/en/", False),
    ("The harbour was first dredged in 1979. /history/", False),
])
def test_a_sentence_closed_by_slashed_initials(line, ends):
    assert _ends_sentence(line) is ends
