"""The gazetteer's phrase matcher: longest phrase first, whole words only, case as asked, inside a window."""
from __future__ import annotations

import re

import pytest

from loaders.extract.gazetteer import PhraseMatcher, capital_of, find_places_and_organisations, word_alternation

PHRASES = ["Afghan", "Afghanistan", "United States", "United Nations", "United", "Gaza war", "war in Gaza"]


@pytest.mark.parametrize(("text", "ignore_case", "found"), [
    ("Afghanistan and the Afghan army", False, ["Afghanistan", "Afghan"]),
    ("the Afghani currency", False, []),  # a phrase ends where a word ends
    ("the United Nations and the United States", False, ["United Nations", "United States"]),
    ("United we stand", False, ["United"]),
    ("UNITED STATES", False, []),
    ("UNITED STATES and the gaza WAR", True, ["united states", "gaza war"]),
    ("a war in Gaza war", True, ["war in gaza"]),  # no overlap: the next phrase starts after the last one
    ("nonUnited States", False, []),  # a phrase starts where a word starts
    ("İzmir: WAR IN GAZA", True, ["war in gaza"]),  # lower-casing 'İ' adds a character: looked up word by word
    ("ΟΔΟΣ: War in Gaza", True, ["war in gaza"]),  # a capital sigma's lower case depends on its neighbours: likewise
])
def test_phrases_found(text, ignore_case, found):
    matcher = PhraseMatcher(PHRASES, ignore_case=ignore_case)
    assert [phrase for _, _, phrase in matcher.finditer(text)] == found


@pytest.mark.parametrize(("start", "end", "found"), [
    (0, None, ["United States", "Afghan"]),
    (4, None, ["United States", "Afghan"]),
    (5, None, ["Afghan"]),  # "nited States": words are cut at the window's start, as a word pattern would cut them
    (0, 10, ["United"]),
    (21, 27, ["Afghan"]),
])
def test_phrases_found_in_a_window(start, end, found):
    text = "the United States of Afghan fame"
    assert [p for _, _, p in PhraseMatcher(PHRASES).finditer(text, start, end)] == found


@pytest.mark.parametrize("words", [["a"], ["ab", "abc", "b"], ["Afghan", "Afghanistan", "Africa"], ["x.y", "x"]])
def test_word_alternation_matches_exactly_its_words(words):
    pattern = re.compile(r"(?:" + word_alternation(words) + r")\Z")
    for word in words:
        assert pattern.match(word)
    for other in ("", "zz", words[0] + "q", words[-1][:-1] if len(words[-1]) > 1 and words[-1][:-1] not in words else "?"):
        assert not pattern.match(other)


def test_places_and_organisations():
    hits = find_places_and_organisations("Russian troops left Kabul; the UN Security Council met in Washington.")
    assert [(h.surface, h.kind, h.country) for h in hits][:2] == [("Russian", "demonym", "Russia"),
                                                                 ("Kabul", "capital", "Afghanistan")]


@pytest.mark.parametrize(("text", "expected"), [
    # a body's adjective is a demonym that stands for no state
    ("European leaders met.", [("European", "demonym", "European Union", None)]),
    ("Polish leaders met.", [("Polish", "demonym", "Poland", "Poland")]),
])
def test_demonyms_of_states_and_of_bodies(text, expected):
    assert [(h.surface, h.kind, h.canonical, h.country) for h in find_places_and_organisations(text)] == expected


@pytest.mark.parametrize(("country", "capital"), [("Poland", "Warsaw"), ("Portugal", "Lisbon"), ("Soviet Union", None),
                                                  ("Freedonia", None)])
def test_capital_of(country, capital):
    assert capital_of(country) == capital


@pytest.mark.parametrize("text, expected", [
    # a short code after a town and its comma is the town's state, not a body of that code
    ("Kessler Electric was founded in 1907 to serve customers in Pittsburgh, PA, and nearby.", []),
    ("It moved to Erie, PA.", []),
    # ... but a code in a list of parties, or mid-phrase, is the body
    ("Talks between Israel, PA.", ["Israel", "Palestinian Authority"]),
    ("The PA said on Monday it would attend.", ["Palestinian Authority"]),
])
def test_region_codes_after_a_town(text, expected):
    assert [h.canonical for h in find_places_and_organisations(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the constituent countries of the United Kingdom are countries of their own in news (sport, devolved
    # governments): named, they are themselves, not the United Kingdom nor nothing
    ("Portugal beat England in Lisbon.",
     [("Portugal", "country", "Portugal"), ("England", "country", "England"), ("Lisbon", "capital", "Portugal")]),
    ("The Scottish government met Wales officials in Cardiff.",
     [("Scottish", "demonym", "Scotland"), ("Wales", "country", "Wales"), ("Cardiff", "capital", "Wales")]),
    ("Voters in Northern Ireland went to the polls; Belfast counted.",
     [("Northern Ireland", "country", "Northern Ireland"), ("Belfast", "capital", "Northern Ireland")]),
])
def test_the_constituent_countries_of_the_united_kingdom(text, expected):
    hits = [(h.surface, h.kind, h.canonical) for h in find_places_and_organisations(text)
            if h.kind in ("country", "demonym", "capital")]
    assert hits == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's ministry written in lower case after its demonym is that ministry ("the Chinese foreign ministry")
    ("A Norwegian foreign ministry spokesperson said on Monday.", [("Norwegian Foreign Ministry", "ministry", "Norway")]),
    ("The Polish defence ministry said.", [("Polish Defence Ministry", "ministry", "Poland")]),
    # a lower-case ministry without a state says nothing about whose
    ("The foreign ministry said.", []),
])
def test_a_ministry_in_lower_case_after_a_demonym(text, expected):
    hits = [(h.canonical, h.kind, h.country) for h in find_places_and_organisations(text)]
    assert hits == expected


@pytest.mark.parametrize(("text", "expected"), [
    # small sovereign states are states, whatever their size
    ("Monaco signed a treaty with Liechtenstein.", [("Monaco", "country"), ("Liechtenstein", "country")]),
    ("Officials from Tuvalu and the Holy See met.", [("Tuvalu", "country"), ("Vatican City", "country")]),
    # other names of states name them
    ("Burma and Côte d'Ivoire voted.", [("Myanmar", "country"), ("Ivory Coast", "country")]),
    # territories and self-governing regions are places, not states
    ("Ships left Greenland for Gibraltar.", [("Greenland", "region"), ("Gibraltar", "region")]),
    ("Catalonia held a vote.", [("Catalonia", "region")]),
    # a region whose name ends in a constituent country's is that region ("New South Wales", "New England")
    ("Rain fell in New South Wales and New England.", [("New South Wales", "region"), ("New England", "region")]),
])
def test_small_states_other_names_and_territories(text, expected):
    assert [(h.canonical, h.kind) for h in find_places_and_organisations(text)] == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    # a short whole text (a name, a role) is read once per process: asked again, the same hits, a fresh list
    ("Varnian Foreign Ministry spokesman Jo Brask flew to Kabul", 0, None),
    ("a Polish defence ministry adviser", 0, None),
    ("Tuvalu", 0, None),
    ("nobody from anywhere", 0, None),
    # a window of a longer text, and a long text, are read each time, as before
    ("Talks in Lima. The Polish defence ministry said Norway would join.", 15, 47),
    ("Talks in Lima. The Polish defence ministry said Norway would join.", 0, 14),  # no ministry in the window
    ("Officials from Monaco met. " * 20, 0, None),
])
def test_hits_are_the_same_asked_twice_and_a_fresh_list_each_time(text, start, end):
    from loaders.extract import gazetteer

    expected = gazetteer._find(text, start, len(text) if end is None else end)
    first = find_places_and_organisations(text, start, end)
    first.append("changed by a caller")
    assert find_places_and_organisations(text, start, end) == expected
    assert [h.start for h in expected] == sorted(h.start for h in expected)


# The second part of a hyphenated name after an unknown capitalised word is part of another name ("Noord-Brabant"
# style: "Zuid-Holland"); after a known name or a combining prefix it stands for itself. Made-up rows where the
# place is invented ("Varn-Norway Road"); expected outputs written before the run.
@pytest.mark.parametrize("text, expected", [
    ("floods in Zuid-Holland and Noord-Holland", []),
    ("the Varn-Norway ferry", []),
    ("the Sweden-Norway ferry", ["Sweden", "Norway"]),
    ("Indo-Pakistan talks", ["Pakistan"]),
])
def test_second_part_of_a_compound_name(text, expected):
    from loaders.extract.gazetteer import find_places_and_organisations
    assert [hit.canonical for hit in find_places_and_organisations(text)] == expected
