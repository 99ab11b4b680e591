"""People step, the review of round R4 (made-up snippets): cases the R4 rules made newly wrong, each with the rows
the rule was made for, which must stay right.

- A full name before a noun of a public figure's affairs ("the Nadia Perl email scandal") is a person only when the
  article writes its surname alone elsewhere too: a firm named like a person ("the Colton Brisk tax scandal") is
  written whole.
- A title-word surname alone ("Major", "King") followed by a lowercase word is its bearer's only when that word is
  a verb ("King said", "Major ruled"): "Major roadworks", "King tides" are an adjective and a noun's modifier.
- A surname inside a compound is the registry's one bearer after a stance prefix ("anti-Orsay", "pro-Orsay") or
  joined to another person's surname ("Orsay-Lund policies"); not after "post-"/"pre-" (a time: "post-Lyon
  targets") nor joined to a word that is nobody's surname (a firm: "Kessel-Orsay printers").
- A letters page's signature reading ends at a teaser block's label ("More stories"): the names under it are
  teaser bylines."""
from __future__ import annotations

import pytest

from loaders.registry import PersonEntry, Registry
from tests.loaders.extract.cast import people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Senators reopened the Nadia Perl email scandal on Monday. Perl has denied wrongdoing.",
     {"Nadia Perl": ["Nadia Perl", "Perl"]}),
    ("Voters remember the Dorian Waite campaign well. Waite lost by nine points.",
     {"Dorian Waite": ["Dorian Waite", "Waite"]}),
    # near misses: a firm named like a person, written whole
    ("Regulators fined the lender over the Colton Brisk email scandal.", {}),
    ("Auditors reopened the Milo Fenwick tax scandal on Monday.", {}),
])
def test_an_affair_noun_needs_the_surname_written_alone(body, expected):
    assert people_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Judge Rhona Major heard the case. Major ruled that the search was lawful.",
     {"Rhona Major": ["Rhona Major", "Major"]}),
    ("Edda Tallis King chaired the board. King said members would vote by Friday.",
     {"Edda Tallis King": ["Edda Tallis King", "King"]}),
    ("Ines Marr Dean spoke on Monday. The faculty agrees with Dean.", {"Ines Marr Dean": ["Ines Marr Dean", "Dean"]}),
    # near misses: the title word is an adjective or a noun's modifier
    ("Rhona Major chairs the roads board. Major roadworks begin on Monday, she said.",
     {"Rhona Major": ["Rhona Major"]}),
    ("Edda King said the dyke would hold. King tides flooded the harbour road on Sunday.",
     {"Edda King": ["Edda King"]}),
])
def test_a_title_word_surname_needs_a_verb_after_it(body, expected):
    assert people_of(body) == expected


# (review of R5) ... a present verb in "-s" is one too, told from a plural noun by what follows it: an object (a
# determiner, a pronoun), for a verb that takes one "to" and an infinitive ("King wants to", "Pope hopes to"), for a
# verb of thinking "that" ("Major thinks that").
# Near misses: plural nouns before their own verb, or before "to" as a preposition ("Major changes to the rules").
@pytest.mark.parametrize(("body", "expected"), [
    ("Marta King runs the bakery. King wants to keep it open.", {"Marta King": ["Marta King", "King"]}),
    ("Osric Dean chairs the panel. Dean plans to sell the farm.", {"Osric Dean": ["Osric Dean", "Dean"]}),
    ("Pella Major owns the mill. Major believes the town needs it.", {"Pella Major": ["Pella Major", "Major"]}),
    ("Tamsin Pope runs the cafe. Pope hopes to reopen in May.", {"Tamsin Pope": ["Tamsin Pope", "Pope"]}),
    ("Pella Major owns the mill. Major thinks that the river will rise.", {"Pella Major": ["Pella Major", "Major"]}),
    # near misses
    ("Marta King runs the bakery. King prawns cost more this year.", {"Marta King": ["Marta King"]}),
    ("Pella Major owns the mill. Major changes to the pension rules take effect in May.",
     {"Pella Major": ["Pella Major"]}),
    ("Pella Major owns the mill. Major cuts to the budget were announced on Monday.", {"Pella Major": ["Pella Major"]}),
    ("Pella Major owns the mill. Major roadworks this week closed the bridge.", {"Pella Major": ["Pella Major"]}),
    ("Marta King runs the bakery. King tides flooded the harbour road on Sunday.", {"Marta King": ["Marta King"]}),
    ("Marta King runs the bakery. King tides that flooded the road returned.", {"Marta King": ["Marta King"]}),
    ("Pella Major owns the mill. Major fears that the river would rise proved wrong.", {"Pella Major": ["Pella Major"]}),
])
def test_a_title_word_surname_before_a_present_verb(body, expected):
    assert people_of(body) == expected


_ORSAY = Registry(people=(PersonEntry(name="Lucie Orsay", country="France"),
                          PersonEntry(name="Anton Lund", country="Sweden")))


@pytest.mark.parametrize(("body", "expected"), [
    ("Crowds waved anti-Orsay banners in the square on Saturday.", {"Lucie Orsay": ["Orsay"]}),
    ("Crowds cheered the pro-Orsay speakers on Saturday.", {"Lucie Orsay": ["Orsay"]}),
    ("Critics attacked the Orsay-Lund policies on Saturday.", {"Lucie Orsay": ["Orsay"], "Anton Lund": ["Lund"]}),
    # near misses: a time after "post-", a firm's double name
    ("Ana Roe said the post-Orsay targets were missed by most members.", {"Ana Roe": ["Ana Roe"]}),
    ("The Kessel-Orsay printers jammed again, Ana Roe said.", {"Ana Roe": ["Ana Roe"]}),
])
def test_a_compound_surname_needs_a_stance_or_a_second_person(body, expected):
    assert people_of(body, _ORSAY) == expected


_LETTER_A = "The county's new parking rules punish the shopkeepers who keep our market street alive, and nobody asked.\n\n"
_LETTER_B = "I was delighted to see the swimming pool reopen after two years of delays. Thanks to every volunteer.\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("Letters\n\n" + _LETTER_A + "Halvard Quinlan\n\n" + _LETTER_B + "Meret Osgood",
     {"Halvard Quinlan": ["Halvard Quinlan"], "Meret Osgood": ["Meret Osgood"]}),
    # near miss: a teaser block's label between the letters label and the names
    ("Letters\n\nThe council has agreed to a new ferry timetable for the autumn, officials said on Monday.\n\n"
     "More stories\n\nTen things to do in Lakeby this weekend, from markets to music and more.\n\nHalvard Quinlan\n\n"
     "Why the harbour plan matters to every family in town, and what comes next for it.\n\nMeret Osgood", {}),
])
def test_a_teaser_label_ends_the_letters_signatures(body, expected):
    assert people_of(body) == expected
