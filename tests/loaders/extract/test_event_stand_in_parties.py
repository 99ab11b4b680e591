"""Stand-ins in the party slot resolve against the article's table of countries and bodies (issue 15, round 2:
actors). A subject that stands for a country or body the article names — "the two countries", "both sides", "the
kingdom", "the government", "the bloc", "the ministry", a demonym with a state's noun ("Polish officials", "the
Tajik side") — is that entity, once, when exactly one candidate (or group of the told size) fits among those the
article has named before it.

Near misses, in ordinary news prose: "the two countries" after three named; "the ministry" when two ministries are
named; "the government" after two countries; a demonym with a people's noun ("Polish tourists", "Tajik farmers");
a stand-in with nothing named before it; a capital as the venue ("met in Moscow").

Every expected set below was written before the extractor was run on these texts (actors compared as sets); five
rows' verbs were changed after the first run where the verb was no trigger or told a visit's host ("approved",
"expelled", "protested", "visited Gdansk"), their expected sets kept.
Published on Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, keyed_params
from tests.loaders.extract.test_events import events_of

ROWS = {
    # --- a group of the told size: the countries named before
    "the two countries, two named": (
        "Egypt and Jordan have traded power since 1999. On Monday the two countries signed a gas deal in Cairo.",
        "signed", {"Egypt", "Jordan"}),
    "both sides, two named": (
        "Kyrgyzstan and Tajikistan have argued over the Isfara's water for years. Both sides will sign a water "
        "protocol in Batken in July.", "sign", {"Kyrgyzstan", "Tajikistan"}),
    "the two governments, two named": (
        "Slovenia and Austria want a hydrogen pipeline between Maribor and Graz. The two governments will sign the "
        "agreement in June.", "sign", {"Slovenia", "Austria"}),
    "ministers of the two countries": (
        "Egypt and Jordan opened a new power line last year. Foreign ministers of the two countries agreed on "
        "Sunday to meet in Amman in January.", "meet", {"Egypt", "Jordan"}),
    "the two sides, named by demonym": (
        "Kyrgyz and Tajik officials argued over the border for years. The two sides signed a protocol on Monday.",
        "signed", {"Kyrgyzstan", "Tajikistan"}),
    # --- one country's stand-in: the one country named before
    "the kingdom, one named": (
        "Jordan imports most of its gas. On Tuesday the kingdom signed a supply deal with Qatar.", "signed",
        {"Jordan", "Qatar"}),
    "the republic, one named": (
        "Kazakhstan exports most of its grain by rail. Last week the republic signed a transit deal with "
        "Azerbaijan in Baku.", "signed", {"Kazakhstan", "Azerbaijan"}),
    "the government, one named": (
        "Unemployment in Sweden rose in the spring. The government announced a new talent visa on Monday.",
        "announced", {"Sweden"}),
    "the government, named by demonym": (
        "Swedish exporters have complained about permit delays for months. The government announced a new talent "
        "visa on Monday.", "announced", {"Sweden"}),
    "the country, one named": (
        "Ghana has cut its cocoa exports by a third. The country signed a loan agreement with the World Bank on "
        "Friday.", "signed", {"Ghana", "World Bank"}),
    # --- a demonym with a state's noun
    "demonym officials": (
        "Polish officials signed the tank contract in Seoul on Monday.", "signed", {"Poland"}),
    "the demonym side": (
        "The Tajik side signed the protocol in Dushanbe on Monday.", "signed", {"Tajikistan"}),
    # --- a body's stand-in: the one body of that head named before
    "the ministry, one named": (
        "The Ministry of Economy runs Ukraine's demining programme. In July the ministry suspended the work in the "
        "Kharkiv region because of shelling.", "suspended", {"Ministry of Economy"}),
    "the bloc, one named": (
        "The European Union imposed steel tariffs in 2019. On Tuesday the bloc signed a trade deal with Chile.",
        "signed", {"European Union", "Chile"}),
    "the agency, one named": (
        "The Migration Agency processes most work permits. On Monday the agency announced that it would hire 200 "
        "staff.", "announced", {"Migration Agency"}),
    "the council, one named": (
        "Tarnby Town Council owns the harbour. On Monday the council signed a new ferry contract.", "signed",
        {"Tarnby Town Council"}),
    "a capital for its government": (
        "Moscow signed a transit deal with Estonia on Monday.", "signed", {"Russia", "Estonia"}),
    # --- near misses
    "the two countries, three named": (
        "Kenya, Uganda and Tanzania share Lake Victoria. The two countries signed a fishing pact on Monday.",
        "signed", set()),
    "the two sides, one named": (
        "Poland wants more tanks. The two sides signed a contract on Monday.", "signed", set()),
    "both sides, no country named": (
        "The union and the management met on Monday. Both sides signed the agreement on Tuesday.", "signed",
        set()),
    "the ministry, two named": (
        "The Ministry of Finance and the Ministry of Health disagreed over the budget for weeks. On Monday the "
        "ministry announced cuts to hospital spending.", "announced", set()),
    "the council, two named": (
        "Tarnby Town Council and Lode Town Council share a ferry. On Monday the council signed a new contract.",
        "signed", set()),
    "the government, two named": (
        "Sweden and Norway disagree on fishing quotas. The government announced new quotas on Monday.",
        "announced", set()),
    "the kingdom, nothing named before": (
        "The kingdom signed a supply deal with Qatar on Tuesday.", "signed", {"Qatar"}),
    "the bloc, nothing named before": (
        "The bloc signed a trade deal with Chile on Tuesday.", "signed", {"Chile"}),
    "the country, three named": (
        "Brazil, Chile and Peru export copper. The country signed a loan agreement on Friday.", "signed", set()),
    "demonym with a people's noun": (
        "Polish tourists signed a petition in Lisbon on Monday.", "signed", set()),
    "demonym farmers": (
        "Tajik farmers diverted water from the Isfara in May, residents said.", "diverted", set()),
    "demonym students": (
        "Chinese students held a meeting with the dean on Monday.", "meeting", set()),
    "a capital as the venue": (
        "Delegates met in Moscow on Monday.", "met", set()),
    "the government after a stand-in's own country is the object": (
        "Norway and Denmark argued for weeks. The government announced the quotas on Monday.", "announced", set()),
    "the two countries after a group of three in one event": (
        "Brazil, Argentina and Chile met in Lisbon on Monday. The two countries signed a deal on Tuesday.",
        "signed", set()),
    # --- (second batch, written before the code that reads them) a capitalised head; a teller's stand-in
    "the Ministry capitalised, one named": (
        "The Ministry of Infrastructure runs the wharf project. On Monday the Ministry signed the maintenance "
        "contract.", "signed", {"Ministry of Infrastructure"}),
    "the council as the teller of a cancellation": (
        "Tarnby Town Council runs the harbour festival. The council said on Monday that Friday's meeting had been "
        "cancelled.", "meeting", {"Tarnby Town Council"}),
    "the kingdom as the teller of a postponement": (
        "Jordan hosts the regional water forum. The kingdom said on Monday that the summit had been postponed.",
        "summit", {"Jordan"}),
    # near misses
    "the Ministry capitalised, two named": (
        "The Ministry of Health and the Ministry of Finance share the programme. On Monday the Ministry signed a "
        "new contract.", "signed", set()),
    "the council as the teller, two named": (
        "Tarnby Town Council and Lode Town Council run the harbour festival. The council said on Monday that "
        "Friday's meeting had been cancelled.", "meeting", set()),
    "a capitalised head opening a longer name": (
        "The Ministry of Finance runs the programme. On Monday the Council of Europe signed a new contract.",
        "signed", {"Council of Europe"}),
    # --- (third batch, written after the code: a named body as the teller of an agentless clause)
    "a named body as the teller of a denied halt": (
        "The Department of Forests and Park Services denied that compensation payments had been halted in "
        "January.", "halted", {"Department of Forests and Park Services"}),
    # near miss: a person telling is no body
    "a person as the teller of a denied halt": (
        "Forest ranger Karma Wangdi denied that compensation payments had been halted in January.", "halted",
        set()),
    # --- (fourth batch, written before the code) a pair of officers standing for their states
    "the two ministers, two countries named": (
        "Egypt and Jordan signed a power deal on Tuesday. The two ministers agreed to meet again in Amman in "
        "January.", "meet", {"Egypt", "Jordan"}),
    "both leaders, two countries named": (
        "Kenya and Uganda opened a new border post last year. Both leaders will meet in Kampala in June.", "meet",
        {"Kenya", "Uganda"}),
    # near misses
    "the two ministers, three countries named": (
        "Norway, Sweden and Denmark sent delegations to Oslo. The two ministers will meet in Bergen in June.",
        "meet", set()),
    "the two ministers of one country": (
        "Ghana has cut its cocoa exports by a third. The two ministers will meet in Accra in June.", "meet", set()),
    # --- (fifth batch, written before the code) the body of the officer telling of an agentless act
    "the head of a body, telling": (
        "The head of LNG Hrvatska, Ivana Perkovic, said the expansion of the terminal would be completed next "
        "year.", "completed", {"LNG Hrvatska"}),
    "the body's president, telling": (
        "Couva Cane Farmers' Cooperative runs the mill. The cooperative's president, Shiraz Khan, said a march to "
        "the Red House planned for Friday had been called off.", "march", {"Couva Cane Farmers' Cooperative"}),
    "chairman of a body, telling": (
        "Chairman of the Bandar Seri Begawan Municipal Board Haji Mohd Rosli said work would start in January.",
        "start", {"Bandar Seri Begawan Municipal Board"}),
    # near misses
    "heads of two bodies, telling": (
        "The heads of Tarnby Port Authority and Lode Port Authority said work would start in January.", "start",
        set()),
    "a person of no body, telling": (
        "Fisherman Karl Brenner said work would start in January.", "start", set()),
    # --- (sixth batch, written before the code) the owner of a thing an agentless participle tells of
    "a body's plan, tabled": (
        "The European Commission wants steel quotas. The Commission's plan, tabled in July, would cut imports by 40 "
        "percent.", "tabled", {"European Commission"}),
    "the council's plan, approved": (
        "Tarnby Town Council owns the harbour. The council's plan, approved in July, would cut ferry fares.",
        "approved", {"Tarnby Town Council"}),
    # near misses
    "a person's plan, approved": (
        "Karl Brenner's plan, approved in July, would cut ferry fares.", "approved", set()),
    "a thing's timetable, published": (
        "The ferry's timetable, published in July, would cut crossings.", "published", set()),
}

REASON = ("'the government' is a state's body, left to parties.home_state, which abstains without a dateline or"
          " an officer (test_state_bodies: 'Heavy rain hit Serbia ... The government declared' keeps none); "
          "read against the one country named, it took Germany for a Czech story's government (fresh8 tune)")
OFFICERS = ("officers' group nouns ('the two ministers', 'both leaders') as stand-ins for their states were tried: "
            "pooled tune actors fell by two (a pair read so became the last acting pair, and a later 'the two sides' "
            "took up a body with it), so the vocabulary keeps to the states' own nouns")
XFAIL: dict[str, str] = {
    "the government, one named": REASON,
    "the government, named by demonym": REASON,
    "the two ministers, two countries named": OFFICERS,
    "both leaders, two countries named": OFFICERS,
    "the head of a body, telling": "'LNG Hrvatska' has no head word and is written once: the article's table "
                                   "(ArticleBodies) does not know it as a body",
    "chairman of a body, telling": "the capitalised run goes on into the chairman's name, which this row does not "
                                   "give the people step: the table reads no body there",
    "the council's plan, approved": "no event is kept at the participle after 'The council's plan,' (with or "
                                    "without a first sentence, 'tabled' or 'approved'): dropped before the parties "
                                    "are read; not traced this round",
}


@pytest.mark.parametrize("key", keyed_params(ROWS, XFAIL))
def test_stand_in_parties(key):
    body, trigger, expected = ROWS[key]
    event = _row_event(body, events_of(body), trigger)
    if not expected and event is None:
        return  # (an event with no party at all is not stored: no stand-in was read into it)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == expected
