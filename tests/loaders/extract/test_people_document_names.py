"""People step, issue 9 (made-up snippets): a capitalised name ending in "Book" is a document's, a register's or a
work's ("the Ochre Book said", "the central bank's Ochre Book survey"), like one ending in "Report" or "Review",
even when it "says". Near misses: families bear the word, so a given name before it with a title, a description
or speech of its own, or the surname speaking alone, keeps a person ("Ana Book said", "nurse Ana Book")."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


@pytest.mark.parametrize("body", [
    "The Ochre Book said activity was mixed across the districts.",
    "In other comments, the Ochre Book said, “Activity was mixed.”",
    "Uncertainty weighs on firms, the central bank’s Ochre Book survey said Wednesday.",
    "Officials cited the Grey Book. The Grey Book said farm incomes fell.",
])
def test_a_name_ending_in_book_is_no_person(body):
    assert not any(name.endswith("Book") for name in people_of(body))


@pytest.mark.parametrize(("body", "name"), [
    ("Ana Book said the ward was full. Book spoke in Dover.", "Ana Book"),
    ("Nurse Ana Book said the ward was full.", "Ana Book"),
    ("Ana Book, a nurse, said the ward was full.", "Ana Book"),
    ("Mayor Tom Book said the road would reopen.", "Tom Book"),
])
def test_a_person_surnamed_book_stays_a_person(body, name):
    assert name in people_of(body)
