"""Near misses of the round-2 stand-in, court, demonym and teller rules (#15, round 3 self-check): ordinary prose
where the rule must NOT read a stand-in as the article's country or body — "the country" that is another country
than the one named, "the ministry" of another state, "the court" when two courts are named, a demonym for a
person's origin ("the Polish-born architect"), "the kingdom" or "the republic" whose named state is not of that
form, a stand-in that is a possessor ("the country's largest bank"), a court's act told of another court's case.

Each row names what must NOT be among the event's actors (and, where it is clear, what must be). Every expectation
below was written before the extractor was run on these texts. Published on Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, keyed_params
from tests.loaders.extract.test_events import events_of

# key: (body, trigger, actors that must not be read, actors that must be read)
ROWS = {
    # --- "the country" is not the one named ---
    "a third country": (
        "Sweden said on Monday that the migrants would be sent to a third country. The country signed an "
        "agreement on Tuesday to receive them.", "signed", {"Sweden"}, set()),
    "another country": (
        "Chile's copper exports fell in May. Another country, not named by officials, signed a supply deal on "
        "Tuesday, and the country will ship ore from June.", "signed", {"Chile"}, set()),
    "the country's largest bank": (
        "Spain's economy grew in May. The country's largest bank signed a loan deal with a Dutch fund on Monday.",
        "signed", {"Spain"}, set()),
    "home country of a person": (
        "Ana Silva left Portugal as a child. The country she now calls home signed a treaty on Monday.",
        "signed", {"Portugal"}, set()),
    # --- "the kingdom" / "the republic" of a state of another form ---
    "the kingdom after a republic": (
        "France hosted a summit on oil prices on Monday. Diplomats said the kingdom signed a new deal with Iraq on "
        "Tuesday.", "signed", {"France"}, {"Iraq"}),
    "the republic after a kingdom": (
        "Norway sent aid to the region in May. The republic signed a ceasefire with rebels on Tuesday.",
        "signed", {"Norway"}, set()),
    "the kingdom in a quote about another": (
        "Egypt hosted the talks on Monday. 'The kingdom signed that treaty in 1936,' a historian said.",
        "signed", {"Egypt"}, set()),
    "the republic of a named republic's region": (
        "Russia's army withdrew in May. The republic of Dagestan signed an accord with investors on Monday.",
        "signed", {"Russia"}, set()),
    # --- "the ministry" of another state ---
    "the ministry of another demonym": (
        "Japan's Ministry of Defence ordered two ships in May. On Monday, the South Korean ministry signed a "
        "contract for four more.", "signed", {"Ministry of Defence (Japan)", "Japan"}, set()),
    "the ministry of another state named": (
        "Kenya's Ministry of Health warned of cholera in May. Uganda's ministry signed a vaccine deal on "
        "Monday.", "signed", {"Kenya"}, set()),
    "a state ministry, not the federal one": (
        "The Federal Ministry of Finance published its budget in May. A state ministry in Bavaria signed a "
        "contract on Monday.", "signed", {"Federal Ministry of Finance"}, set()),
    # --- "the court" when two are named, or another court's case ---
    "two courts named, convicted": (
        "The Supreme Court heard the appeal in May, and the Constitutional Court took up the petition in June. "
        "Ana Silva was convicted in August.", "convicted", {"Supreme Court", "Constitutional Court"}, set()),
    "an arrest is no court's act": (
        "The Supreme Court will hear the case in May. Ana Silva was arrested in August.", "arrested",
        {"Supreme Court"}, set()),
    "convicted abroad": (
        "The Supreme Court of Kenya heard her appeal on Monday. She had been convicted in Uganda in 2019.",
        "convicted", {"Supreme Court of Kenya", "Supreme Court"}, set()),
    "the court of a sports body": (
        "The Supreme Court dismissed a land case in May. The football federation suspended the striker in "
        "August.", "suspended", {"Supreme Court"}, set()),
    "convicted in another state, the court's city named": (
        "Martha Nangolo was sentenced in the Windhoek High Court on Monday. She had been convicted of fraud in "
        "Botswana in 2019.", "convicted", {"Windhoek High Court"}, set()),
    # (should still fire: the conviction's state is the court's, named before)
    "convicted in the court's own state": (
        "Martha Nangolo was sentenced in the Windhoek High Court in Namibia on Monday. She was convicted of fraud "
        "in Namibia in August.", "convicted", set(), {"Windhoek High Court"}),
    # --- a demonym for a person's origin or a private person ---
    "Polish-born architect": (
        "The Polish-born architect signed a contract with the city of Dubai on Monday.", "signed", {"Poland"},
        set()),
    "Nigerian-born striker": (
        "The Nigerian-born striker signed for Porto on Monday.", "signed", {"Nigeria"}, set()),
    "Kenyan runner": (
        "A Kenyan runner won the Boston Marathon on Monday.", "won", {"Kenya"}, set()),
    "Ghanaian-American writer": (
        "The Ghanaian-American writer met students in Accra on Monday.", "met", {"United States"}, set()),
    "Indian-origin chief executive": (
        "The Indian-origin chief executive signed a deal with Microsoft on Monday.", "signed", {"India"}, set()),
    "Chinese company": (
        "A Chinese company signed a deal to build a port in Kenya on Monday.", "signed", {"China"}, set()),
    "Polish tourists": (
        "Polish tourists were evacuated from Crete on Monday.", "evacuated", {"Poland"}, set()),
    # --- "the two countries", "both sides" that are no states named ---
    "both sides of a dispute of firms": (
        "Poland's regulator fined two mining firms in May. Both sides signed a settlement on Monday.", "signed",
        {"Poland"}, set()),
    "the two countries after three": (
        "Peru, Chile and Bolivia met in Lima in May. On Monday the two countries signed a border deal.",
        "signed", {"Peru", "Chile", "Bolivia"}, set()),
    # --- a body opening the sentence as the teller ---
    "a body telling of another body's act": (
        "The Department of Forests denied on Monday that the army had cleared the reserve.", "cleared",
        {"Department of Forests"}, set()),
    "a person's body in another's sentence": (
        "The cooperative's president, Ana Silva, said the union had called off the march.", "called off",
        {"cooperative"}, set()),
    "the kingdom telling of a named party's act": (
        "Jordan hosted the talks in May. The kingdom said Egypt had postponed the summit.", "postponed",
        {"Jordan"}, {"Egypt"}),
}

XFAIL: dict[str, str] = {
    "Ghanaian-American writer": "a hyphenated demonym pair before a person's noun is read as two states by the "
                                "window's gazetteer hits (not the round-2 demonym rule): left for now",
    "a body telling of another body's act": "no event is stored at 'cleared'; the row's event is the denial itself, "
                                            "whose teller the Department rightly is: no over-firing",
    "the kingdom telling of a named party's act": "no event is stored at 'postponed' (recall, not the stand-in rule)",
}


@pytest.mark.parametrize("key", keyed_params(ROWS, XFAIL))
def test_round2_near_misses(key):
    body, trigger, must_not, must = ROWS[key]
    event = _row_event(body, events_of(body), trigger)
    if event is None:
        assert not must, "no event over the trigger"
        return  # (no event stored: no stand-in was read into one)
    assert not (set(event.actors) & must_not), event.actors
    assert must <= set(event.actors), event.actors
