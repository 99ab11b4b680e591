"""Second reviewer's findings on round 1 (made-up cases), copied as regression rows before the fixes, with near
misses: an age or attribute given to an unnamed person in between keeps the label; 'retired'/'former' is a
required qualifier; chairman and chairwoman each match the neutral chair, not each other; a hyphenated title
('Attorney-General', 'Major-General') matches only a description using the whole compound; two people holding a
role the description only abbreviates leave a label. A name is exact; 'L:x' is a label containing x."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

_MEHTA = "Rahul Mehta, 61, was arrested at his home in Pune on Friday.\n\n"


@pytest.mark.parametrize(
    "text, start, expected",
    [
        # 1-3: an unnamed person given the same age between the named one and the description keeps the label
        (_MEHTA + "Police said the arrest followed a two-year inquiry.\n\nA 61-year-old neighbour who did not want "
         "to be named said the street was shocked. \"He was always polite,\" the 61-year-old said.\n",
         "He was always polite", "L:61"),
        (_MEHTA + "His neighbour, 61, said the street was shocked. \"He was always polite,\" the 61-year-old said.\n",
         "He was always polite", "L:61"),
        ("Judge Miriam Cole, 52, jailed the driver on Friday.\n\nThe victim, a 52-year-old mother of three, spoke in "
         "court. \"I forgive him,\" the 52-year-old said.\n", "I forgive him", "L:52"),
        # near misses: nobody else given the age, or another age in between, still finds the named one
        (_MEHTA + "Police said the arrest followed a two-year inquiry. \"He was always polite,\" the 61-year-old "
         "said.\n", "He was always polite", "Rahul Mehta"),
        (_MEHTA + "His neighbour, 45, said the street was shocked. \"I did nothing wrong,\" the 61-year-old said.\n",
         "I did nothing wrong", "Rahul Mehta"),
        # 4: 'retired' / 'former' is required, not dropped
        ("Retired general Sipho Dlamini, who led the army until 2015, spoke at the rally.\n\nGeneral Thabo Nkosi, "
         "the current army chief, did not attend.\n\n\"The army must stay out of politics,\" the retired general "
         "said.\n", "The army must stay", "Sipho Dlamini"),
        ("Former general Sipho Dlamini spoke at the rally. General Thabo Nkosi, the current army chief, did not "
         "attend.\n\n\"The army must stay out of politics,\" the former general said.\n",
         "The army must stay", "Sipho Dlamini"),
        ("Former general Sipho Dlamini spoke at the rally. General Thabo Nkosi, the current army chief, did not "
         "attend.\n\n\"The army must stay out of politics,\" the retired general said.\n",
         "The army must stay", "Sipho Dlamini"),
        # near miss: nobody called retired or former leaves the label
        ("General Thabo Nkosi, the army chief, did not attend.\n\n\"The army must stay out of politics,\" the "
         "retired general said.\n", "The army must stay", "L:retired general"),
        # 5-6: chairman and chairwoman match the neutral chair, not each other
        ("Chairman Karl Moss of the finance committee and Chairwoman Ana Lind of the health committee held a joint "
         "hearing.\n\n\"We need answers,\" the chairman said.\n", "We need answers", "Karl Moss"),
        ("Chairman Karl Moss of the finance committee and Chairwoman Ana Lind of the health committee held a joint "
         "hearing.\n\n\"We need answers,\" the chairwoman said.\n", "We need answers", "Ana Lind"),
        # near miss: two chairmen named together stay a label
        ("Chairman Karl Moss of the finance committee and Chairman Rahul Mehta of the health committee held a joint "
         "hearing.\n\n\"We need answers,\" the chairman said.\n", "We need answers", "L:chairman"),
        # 7: a description saying former picks the only one called former
        ("Prime Minister Sheikh Hasina met former prime minister Khaleda Zia on Monday.\n\n\"It was a courtesy "
         "call,\" the former prime minister said.\n", "It was a courtesy", "Khaleda Zia"),
        ("Prime Minister Sheikh Hasina hosted the talks on Monday. Former prime minister Khaleda Zia attended.\n\n"
         "\"It was a courtesy call,\" the former prime minister said.\n", "It was a courtesy", "Khaleda Zia"),
        # 8-9: a hyphenated title matches only a description using the whole compound
        ("Attorney-General Ana Lind filed the charges on Monday against General Karl Moss.\n\n\"I am innocent,\" "
         "the general said.\n", "I am innocent", "Karl Moss"),
        ("Major-General Karl Moss and Major Ana Lind inspected the base.\n\n\"The base is ready,\" the major "
         "said.\n", "The base is ready", "Ana Lind"),
        # near misses: the whole compound finds its holder; no plain general leaves a label
        ("Major-General Karl Moss and Major Ana Lind inspected the base.\n\n\"The base is ready,\" the "
         "major-general said.\n", "The base is ready", "Karl Moss"),
        ("Attorney-General Ana Lind filed the charges on Monday.\n\nAn army general, who was not named, denied "
         "them. \"These charges are political,\" the general said.\n", "These charges are", "L:general"),
        # ... the compound's words without the hyphen still find it; a former holder is no serving one
        ("Major-General Karl Moss and Major Ana Lind inspected the base.\n\n\"The base is ready,\" the major "
         "general said.\n", "The base is ready", "Karl Moss"),
        ("Chairwoman Ana Lind of the health committee held a hearing.\n\n\"We need answers,\" the chair said.\n",
         "We need answers", "Ana Lind"),
        ("Holm Timber chief executive Karl Moss announced 200 job cuts on Monday.\n\nFormer chief executive Ana "
         "Lind, who left in 2021, criticised the move.\n\n\"We have no choice,\" the CEO said.\n",
         "We have no choice", "Karl Moss"),
        ("Holm Timber chief executive Karl Moss announced 200 job cuts on Monday.\n\nFormer chief executive Ana "
         "Lind, who left in 2021, criticised the move.\n\n\"These cuts are wrong,\" the former CEO said.\n",
         "These cuts are wrong", "Ana Lind"),
        pytest.param("Holm Timber finance director Ana Lind presented the results.\n\nRahul Mehta, finance "
                     "director of rival Birch Ltd, declined to comment.\n\n\"Margins held up,\" the CFO said.\n",
                     "Margins held up", "L:cfo", marks=pytest.mark.xfail(reason=(
                         "two people fit the description and the latest named is taken, by design; the reviewer's "
                         "own weak finding (10), left: no mechanism tells the two finance directors apart"))),
        # near miss: one finance director is the CFO
        ("Holm Timber finance director Ana Lind presented the results.\n\n\"Margins held up,\" the CFO said.\n",
         "Margins held up", "Ana Lind"),
    ],
)
def test_review_round1_findings(text, start, expected):
    got = speaker_of(text, start)
    if expected.startswith("L:"):
        assert got is not None and expected[2:].lower() in got.lower()
        assert got not in ("Rahul Mehta", "Miriam Cole", "Karl Moss", "Ana Lind", "Thabo Nkosi", "Sipho Dlamini")
    else:
        assert got == expected
