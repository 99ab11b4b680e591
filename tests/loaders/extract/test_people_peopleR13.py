"""#9 people, round R13: a firm named after a person, read from the article's own evidence, with made-up text only.

Each row: (id, body text under a made-up header, the people a reader lists, names that must not be people).
Near misses (rows that must not change) outnumber the rows each mechanism changes."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

H = "Metro Daily\nRetailers weigh the cost of the new tariffs\nBy Staff Reporter\nMay 4, 2026\n"
LEAD = "Prices rose again in April, the statistics office said.\n"

ROWS = [
    # --- a store's name in the possessive, the subject of a verb, written only so: the store's, no person
    ("store_said", LEAD + "Grocer Tobin's said it would recall the cookies on Monday.\n", set(), {"Tobin"}),
    ("titled_store_said", LEAD + "Shoppers queued at Trader Mack's on Monday. Trader Mack's said it would open "
     "ten more stores.\n", set(), {"Mack"}),
    ("store_announced", LEAD + "Halvor Brandt's announced a recall of its salads on Friday.\n", set(),
     {"Halvor Brandt"}),
    # near misses: a person's possessive before a noun, a person named elsewhere too, a contraction in a quote
    ("possessive_noun", LEAD + "Halvor Brandt's store sold out of bread, he said.\n", {"Halvor Brandt"}, set()),
    ("possessive_named_again", LEAD + "Halvor Brandt's said it would close. Halvor Brandt, the owner, wept.\n",
     {"Halvor Brandt"}, set()),
    ("contraction_quote", LEAD + "\"Halvor Brandt's said he will come,\" said Ana Pike. Brandt did not reply.\n",
     {"Ana Pike"}, set()),
    ("possessive_said_of", LEAD + "Mayor Ana Pike's remarks drew applause, aides said.\n", {"Ana Pike"}, set()),
    # --- a name with a firm's staff by their trade right after it ("Morgan Stanley analysts"): the firm's
    ("analysts_after", LEAD + "Halvor Brandt analysts said rates would fall in June.\n", set(), {"Halvor Brandt"}),
    ("strategists_after", LEAD + "Rates will fall, Kemp Marlow strategists wrote in a note.\n", set(),
     {"Kemp Marlow"}),
    ("shareholders_after", LEAD + "Kemp Marlow shareholders voted for the merger on Friday.\n", set(),
     {"Kemp Marlow"}),
    # near misses: a person's followers, aides, voters; staff words with a possessive or a verb between
    ("supporters_after", LEAD + "Ana Pike supporters rallied outside the hall on Friday.\n", {"Ana Pike"}, set()),
    ("aides_after", LEAD + "Ana Pike aides said the senator was tired.\n", {"Ana Pike"}, set()),
    ("campaign_strategists", LEAD + "Ana Pike has run on the economy. Ana Pike strategists think women will decide "
     "the race.\n", {"Ana Pike"}, set()),
    ("campaign_economists", LEAD + "Ana Pike economists say the plan will cost less, the senator said.\n",
     {"Ana Pike"}, set()),
    ("analysts_verb", LEAD + "Ana Pike told analysts that rates would fall.\n", {"Ana Pike"}, set()),
    ("economists_possessive", LEAD + "Ana Pike's economists said rates would fall.\n", {"Ana Pike"}, set()),
    # --- a name opening the sentence with "which" or "and its" after it: a thing's, no person's
    ("which_after", LEAD + "Halvor Brandt, which owns four papers, said it would cut 70 jobs.\n", set(),
     {"Halvor Brandt"}),
    ("and_its_after", LEAD + "Kemp Marlow and its rivals cut prices on Monday.\n", set(), {"Kemp Marlow"}),
    # near misses: a "who" clause; "which" after an object; "and his"; "its" after another firm
    ("who_after", LEAD + "Halvor Brandt, who owns four papers, said he would cut 70 jobs.\n", {"Halvor Brandt"},
     set()),
    ("which_after_object", LEAD + "The prize went to Ana Pike, which surprised many in the hall.\n", {"Ana Pike"},
     set()),
    ("and_her_after", LEAD + "Ana Pike and her rivals cut prices on Monday.\n", {"Ana Pike"}, set()),
    ("between_and_its", LEAD + "The dispute between Ana Pike and its board grew, Acme said.\n", {"Ana Pike"},
     set()),
    # --- a name opening its sentence and saying "it" or "its" of a firm's stores or accounts: the firm's
    ("said_it_stores", LEAD + "Halvor Brandt said it would close 40 stores by June.\n", set(), {"Halvor Brandt"}),
    ("said_its_profit", LEAD + "Halvor Brandt said its quarterly profit doubled.\n", set(), {"Halvor Brandt"}),
    ("said_its_shares", LEAD + "Kemp Marlow said its shares would list in Oslo.\n", set(), {"Kemp Marlow"}),
    # near misses: a person saying "it" of a plan or the weather; a described or titled person; "its" after
    # another noun; a person's pronoun
    ("said_it_rain", LEAD + "Halvor Brandt said it would rain all week, and he was right.\n", {"Halvor Brandt"},
     set()),
    ("said_it_jobs", LEAD + "Ana Pike said it would cut 7,000 jobs, calling the bill a disaster.\n", {"Ana Pike"},
     set()),
    ("titled_said_its", LEAD + "Chief executive Ana Pike said its quarterly profit doubled.\n", {"Ana Pike"},
     set()),
    ("apposed_said_its", LEAD + "Ana Pike, the chief executive, said its quarterly profit doubled.\n",
     {"Ana Pike"}, set()),
    ("said_its_roof", LEAD + "Ana Pike said its roof had leaked for years.\n", {"Ana Pike"}, set()),
    ("said_plan_its", LEAD + "Ana Pike said the plan and its costs were too high.\n", {"Ana Pike"}, set()),
    ("said_its_after_firm", "Acme Foods had a good year. Ana Pike, its founder, said sales rose. Ana Pike said its "
     "shares would list soon.\n", {"Ana Pike"}, set()),
]


def _found(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


@pytest.mark.parametrize(("text", "expected", "not_people"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_peopleR13_row(text: str, expected: set[str], not_people: set[str]) -> None:
    names = _found(H + text)
    assert expected <= names
    assert not names & not_people
