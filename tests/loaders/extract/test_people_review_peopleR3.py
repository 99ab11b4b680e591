"""People step, the review of round R3 (made-up snippets): cases the R3 rules made newly wrong, each with near
misses that must stay as they are.

- A month after "after", "before", "since", "until" or "till" (conjunctions as often as date words) is the
  person when a speech verb follows it ("After May said the deal was dead"); after a plain date word ("in May
  said") it stays the month.
- A bare name after a "Sr." of it is another man when a kin noun for a son introduces it ("his sons Cal Roe and
  Billy Roe") or it writes a middle part the "Sr." does not ("His son Hal T. Brenner").
- An auxiliary ("had") or "used" after a band role's one word is no hiring verb: "Drummer Questlove had chosen"
  and "Guitarist Slash used a borrowed amplifier" are the players."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    # e06: a conjunction, then the name speaking
    ("Dan May faced a revolt in his party. After May said the deal was dead, two aides resigned.",
     "Dan May", ["Dan May", "May"]),
    ("Dan May led the council. Until May told them otherwise, the aides kept quiet.", "Dan May", ["Dan May", "May"]),
    # near misses: the month stays the month
    ("Dan May said the bridge would reopen. A report published in May said repairs were overdue.",
     "Dan May", ["Dan May"]),
    ("Dan May said the bridge would reopen. Since May, officials said, no work was done.", "Dan May", ["Dan May"]),
    ("Dan May said the bridge would reopen. After May 3 the crews left.", "Dan May", ["Dan May"]),
    ("Dan May said the bridge would reopen. Last May said little about it.", "Dan May", ["Dan May"]),
])
def test_month_after_conjunction(body, name, surfaces):
    assert _people(body).get(name) == surfaces


@pytest.mark.parametrize(("body", "people"), [
    # c29: the son written with a middle initial
    ("Hal Brenner Sr. was in the audience. His son Hal T. Brenner spoke for twenty minutes.",
     {"Hal Brenner Sr.": ["Hal Brenner Sr."], "Hal T. Brenner": ["Hal T. Brenner"]}),
    # e11: the bare name a kin noun for a son introduces, and its later mentions
    ("Cale Ripper Sr. managed the club in 1987, when his sons Cale Ripper and Billy Ripper both played for him. "
     "Cale Ripper later broke the record.",
     {"Cale Ripper Sr.": ["Cale Ripper Sr."], "Cale Ripper": ["Cale Ripper", "Cale Ripper"],
      "Billy Ripper": ["Billy Ripper"]}),
    ("Hal Brenner Sr. built the flats. His son, Hal Brenner, sold them.",
     {"Hal Brenner Sr.": ["Hal Brenner Sr."], "Hal Brenner": ["Hal Brenner"]}),
    # near misses: the same man again
    ("Hal Brenner Sr. built the flats in the 1950s. Hal Brenner later handed the firm to his son.",
     {"Hal Brenner Sr.": ["Hal Brenner Sr.", "Hal Brenner"]}),
    ("Hal T. Brenner Sr. built the flats. Hal T. Brenner later sold them.",
     {"Hal T. Brenner Sr.": ["Hal T. Brenner Sr.", "Hal T. Brenner"]}),
    ("Hal T. Brenner Sr. built the flats. Hal Brenner later sold them.",
     {"Hal T. Brenner Sr.": ["Hal T. Brenner Sr.", "Hal Brenner"]}),
    ("Hal Brenner Sr. was a miner's son. Hal Brenner later sold the mine.",
     {"Hal Brenner Sr.": ["Hal Brenner Sr.", "Hal Brenner"]}),
])
def test_sr_and_the_son(body, people):
    found = _people(body)
    for name, surfaces in people.items():
        assert found.get(name) == surfaces, found


@pytest.mark.parametrize(("body", "present", "absent"), [
    # e10: an auxiliary after the stage name
    ("The band closed the festival. Drummer Questlove had chosen the setlist, the band said.", ["Questlove"], []),
    ("Bassist Flea had played there before.", ["Flea"], []),
    # the review's extra case: 'used' with its own object after the stage name
    ("The band played for three hours. Guitarist Slash used a borrowed amplifier for the encore.", ["Slash"], []),
    # near misses: a band before a hiring verb is still no person
    ("The drummer Coldplay hired for the tour said the shows had sold out.", [], ["Coldplay"]),
    ("The guitarist Metallica signed in 1983 said he was proud.", [], ["Metallica"]),
    ("A session drummer Coldplay hired for the tour said the shows had sold out.", [], ["Coldplay"]),
    ("A session drummer Coldplay used on the record said it was rushed.", [], ["Coldplay"]),
    ("The bassist Metallica dropped in 1990 said he was bitter.", [], ["Metallica"]),
])
def test_auxiliary_is_no_hiring_verb(body, present, absent):
    people = _people(body)
    for name in present:
        assert name in people, people
    for name in absent:
        assert name not in people, people
