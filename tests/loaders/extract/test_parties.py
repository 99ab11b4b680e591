"""Parties of an event: the look-up helpers (`WrittenCounts`, counted key by key, answers as `written_counts`,
counted whole; `_trim`) and the parties read from a clause (made-up sentences, checked for the countries named
as actors)."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.parties import WrittenCounts, written_counts
from loaders.registry import Registry
from tests.loaders.extract.test_events import events_of

_BODY = ("Jan Kowal met the Land Transport Authority. Kowal said Kowal's aides, the Kowal-Ezra team and "
         "Ezra agreed. Mr. Jan Kowal left; The Board of Elections met. kowal? Kowal")


@pytest.mark.parametrize("key", [
    "Kowal",  # alone, before a comma, at the very end; not inside "Kowal's" or "Kowal-Ezra"
    "Jan Kowal",  # a capitalised run (trimmed of "Mr.")
    "Land Transport Authority", "Board of Elections", "Kowal-Ezra", "Kowal's", "kowal", "Ezra", "Jan",
    "Kow", "Mr", "Nobody", "", "met the",
])
def test_written_counts_read_key_by_key_match_the_whole_count(key):
    whole = written_counts(_BODY)
    lazy = WrittenCounts(_BODY)
    assert (lazy.get(key), lazy.get(key, 0), lazy[key]) == (whole.get(key), whole.get(key, 0), whole[key])


def test_words_are_counted_only_where_they_stand_alone():
    assert WrittenCounts(_BODY).get("Kowal") == written_counts(_BODY)["Kowal"] >= 3


@pytest.mark.parametrize("run, kept", [
    ("Land Transport Authority", "Land Transport Authority"),
    ("  The Board of Elections  ", "Board of Elections"),  # a leading article and blanks dropped
    ("On Monday Jan Kowal of", "Jan Kowal"),  # calendar and link words at the edges
    ("(The\tKowal-Ezra  team and", "Kowal-Ezra  team"),  # tabs and double blanks inside kept
    ("of the and", ""),
    ("the the Kowal the", "Kowal"),  # a word repeated at the edge: each occurrence found in its place
])
def test_trim_keeps_the_run_between_its_edge_words(run, kept):
    from loaders.extract.parties import _trim
    body = "x " + run + " y"
    start, end = _trim(body, 2, 2 + len(run))
    assert body[start:end] == kept
    assert start == (2 + run.index(kept) if kept else 2)



def actors_of(body: str, *names: str) -> list[str]:
    events = events_of(body, *names, published=date(2026, 3, 11))
    assert events, f"no event in {body!r}"
    return events[0].actors


@pytest.mark.parametrize("body, names, present, absent", [
    # a name before a verb of saying or hoping is the governing clause's subject ...
    ("Brazil said Argentina met Chile in Lima on Monday.", (), {"Argentina", "Chile"}, {"Brazil"}),
    # ... unless a pronoun right after the verb (or after its "that") takes it up
    ("Brazil said it met Argentina in Lima on Monday.", (), {"Brazil", "Argentina"}, set()),
    ("Norway hopes that it will sign a fisheries agreement with Chile on Friday.", (), {"Norway", "Chile"}, set()),
    ("Kenya warned they would hold talks with Uganda in Kampala on Friday.", (), {"Kenya", "Uganda"}, set()),
])
def test_a_pronoun_after_a_governing_verb_takes_up_its_subject(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors


@pytest.mark.parametrize("body, names, present, absent", [
    # a body of a state is the state itself, not another event's noun
    ("Italian Prime Minister Karl Brenner met the government of Egypt in Cairo on Tuesday.", ("Karl Brenner",),
     {"Egypt"}, set()),
    ("Karl Brenner held talks with the administration of Peru on Tuesday.", ("Karl Brenner",), {"Peru"}, set()),
    ("Karl Brenner received a delegation of Ghana in Rome on Tuesday.", ("Karl Brenner",), {"Ghana"}, set()),
    # a name after another event's noun is that event's party
    ("Karl Brenner met Ana Silva in Rome on Monday to discuss the invasion of Georgia.", ("Karl Brenner", "Ana Silva"),
     set(), {"Georgia"}),
    ("Karl Brenner met Ana Silva in Rome on Monday after the collapse of Greece.", ("Karl Brenner", "Ana Silva"),
     set(), {"Greece"}),
])
def test_only_event_nouns_make_a_name_another_events_party(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors


@pytest.mark.parametrize("body, names, present, absent", [
    # a person with a title and a dash aside is no dateline
    ("Italian Prime Minister Karl Brenner – who met Spanish Prime Minister Ana Silva in Madrid on Monday – said the "
     "talks went well.", ("Karl Brenner", "Ana Silva"), {"Italy", "Spain"}, set()),
    ("Ana Silva of Portugal - who met Karl Brenner in Rome on Monday - said the talks went well.",
     ("Karl Brenner", "Ana Silva"), {"Portugal"}, set()),
    # a real dateline opening the article is where the news was filed
    ("MADRID – Karl Brenner met Ana Silva on Monday.", ("Karl Brenner", "Ana Silva"), set(), {"Spain"}),
    ("Lisbon, Portugal, 9 March 2026 (Newswire) – Karl Brenner met Ana Silva on Monday.",
     ("Karl Brenner", "Ana Silva"), set(), {"Portugal"}),
])
def test_a_dateline_has_a_datelines_shape(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors



@pytest.mark.parametrize("body, names, present", [
    # a country's or organisation's possessive before any title of the lexicon is the body the person acts for
    ("Karl Brenner met Egypt's treasurer in Rome on Monday.", ("Karl Brenner",), {"Egypt"}),
    ("Karl Brenner met Egypt's chairman in Rome on Monday.", ("Karl Brenner",), {"Egypt"}),
    ("Karl Brenner met Egypt's chief negotiator in Rome on Monday.", ("Karl Brenner",), {"Egypt"}),
])
def test_titles_are_the_lexicons(body, names, present):
    assert present <= set(actors_of(body, *names))


def test_a_titled_person_and_an_organisation_are_not_one_body():
    # (the person is not among the people found: the run's title still marks the first part as a person)
    body = ("The pact was signed in Oslo on Monday by Norwegian Navy commander Admiral Ola Berg and Danish "
            "Navy commandant Admiral Per Holm.")
    actors = actors_of(body)
    assert not [name for name in actors if " and " in name]
    assert "Danish Navy" in actors
    # and with the people found, the organisation after the person is not lost with the person's run
    assert "Danish Navy" in actors_of(body, "Ola Berg", "Per Holm")


def test_two_parties_that_agreed_made_an_agreement_and_its_signing_is_the_same_event():
    body = ("Norway and Denmark agreed on Monday to set up a hotline between their navies. The agreement was signed "
            "in Oslo by Norwegian Navy commander Admiral Ola Berg and Danish Navy commandant Admiral Per Holm.")
    [event] = events_of(body)
    assert (event.event_type, event.location) == ("agreement_signing", "Oslo")
    assert {"Norway", "Denmark", "Danish Navy"} <= set(event.actors)


@pytest.mark.parametrize("body, present, absent", [
    # a country's demonym before its government's word acts for the country, whatever the event
    ("In March 2025, the Danish government approved the sale of the Aarhus terminal to Kestrel Shipping Group.",
     {"Denmark"}, set()),
    # ... a demonym alone does not, outside meetings, visits, wars and the like
    ("In March 2025, the Danish investor Kestrel Shipping Group approved the sale of the Aarhus terminal.",
     set(), {"Denmark"}),
    # an acronym in apposition after an organisation's head word names it
    ("The dockers' union DWU has called a 24-hour strike for March 20 over automation in Aarhus.", {"DWU"}, set()),
])
def test_government_demonyms_and_apposed_acronyms(body, present, absent):
    actors = set(actors_of(body))
    assert present <= actors and not (absent & actors)


def test_a_one_word_person_that_begins_an_organisation_s_name_is_the_organisation():
    body = ("Kestrel Shipping will delay its Aarhus plant. Danish Industry Minister Ole Dahl met Kestrel in Copenhagen "
            "on Monday.")
    # (the people step took "Kestrel" alone for a person, where it stands alone)
    from loaders.extract.events import extract_events
    from loaders.records import MentionRecord, PersonRecord
    from loaders.registry import Registry
    from tests.loaders.extract.test_events import article
    at = body.rindex("Kestrel")
    dahl = body.index("Ole Dahl")
    people = [PersonRecord(name="Ole Dahl", mentions=[MentionRecord("Ole Dahl", dahl, dahl + 8)]),
              PersonRecord(name="Kestrel", mentions=[MentionRecord("Kestrel", at, at + 7)])]
    [event] = extract_events(article(body, date(2026, 3, 11)), people, Registry())
    assert event.participants == ["Ole Dahl"]
    assert "Kestrel Shipping" in event.actors


def test_a_head_word_before_of_names_an_organisation():
    body = "The Denmark Board of Investment issued a statement on Monday on the Aarhus plant."
    assert "Denmark Board of Investment" in actors_of(body)


def test_a_speaker_s_affiliation_is_no_party_of_what_he_tells():
    body = ("Prof Ola Berg of the University of Tromsø tells NRK the fissure is longer than in the previous "
            "eruption in August near Oslo.")
    assert "University of Tromsø" not in actors_of(body, "Ola Berg")


# A name is a party only in the role its own words give it: the place of a preposition, a qualifier of a common noun
# or the body its members (not officers) belong to is none.
@pytest.mark.parametrize("body, names, present, absent", [
    # a name after 'in the' stays a venue though an auxiliary follows it
    ("In 1911, one of the first trade associations in the U.S. was formed.", (), set(), {"United States"}),
    # a country qualifying a common noun in a prepositional phrase
    ("In 2018, a survey of U.S. moviegoers conducted by Kestrel Polling found little.", (), set(), {"United States"}),
    ("Varden Metrics released its 2025 report on top U.S. rental car companies in May.", (), set(), {"United States"}),
    # ... its officials act for it
    ("In 2018, a survey of U.S. officials conducted by Kestrel Polling found little.", (), set(), set()),
    # a body qualifying its members named after it; its officer acts for it
    ("The site was launched in August 1998 by University of Varden, Lund students Ana Silva and Jon Berg.",
     ("Ana Silva", "Jon Berg"), set(), {"University of Varden"}),
    ("The Varden Shipping chairman Ana Silva signed the deal on Monday.", ("Ana Silva",), {"Varden Shipping"}, set()),
    # a country or demonym that begins another name is a word of that name; before an office it acts
    ("Ana Silva, sent by the emperor to French Guiana, visited Lisbon on Monday.", ("Ana Silva",), set(), {"France"}),
    ("The film On Becoming a Guinea Fowl premiered in Lisbon on Monday.", (), set(), {"Guinea"}),
    ("Thai Industry Minister Ana Silva visited Lisbon on Monday.", ("Ana Silva",), {"Thailand"}, set()),
])
def test_a_name_is_a_party_only_in_its_own_role(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors


# Round 4 (blind probes and a reader's judgement of PolNeAR tune articles): the place of a clause, a gathering
# that is only the occasion, a relative clause about the object, the subject of a clause opened by "At a news
# conference", and a country that owns the acting officer.
@pytest.mark.parametrize("body, names, present, absent", [
    # a place in the subject's own locative phrase is the venue, though the verb follows it
    ("Prosecutors in Lisbon charged a former mayor with fraud on Friday.", (), set(), {"Portugal"}),
    ("Police in Nairobi arrested two men on Wednesday.", (), set(), {"Kenya"}),
    # ... but a name right before a noun trigger is still that gathering's party
    ("The Kenya–Uganda talks ended on Monday.", (), {"Kenya", "Uganda"}, set()),
    # a place the clause goes on to locate ("to X, where ...") is a place, not a party
    ("The negotiations moved on Sunday to Peru, where Ana Silva met Karl Brenner.", ("Ana Silva", "Karl Brenner"),
     set(), {"Peru"}),
    # the gathering a meeting was held at is its occasion: "during a NATO summit"
    ("Ana Silva and Karl Brenner met during a NATO summit in Vilnius on Monday.", ("Ana Silva", "Karl Brenner"),
     set(), {"NATO"}),
    ("Ana Silva met Karl Brenner on the sidelines of the OPEC conference on Monday.", ("Ana Silva", "Karl Brenner"),
     set(), {"OPEC"}),
    # a relative clause about the object is another clause
    ("Guards detained a smuggler on May 30 who tried to swim across the river to Romania.", (), set(), {"Romania"}),
    # a country owning the officer who acts ("Kenya's interior minister") is the party
    ("Vietnam's prime minister held a phone call with his Thai counterpart on March 24.", (), {"Vietnam", "Thailand"},
     set()),
    ("Chile's foreign minister Ana Silva announced a new visa policy on Monday.", ("Ana Silva",), {"Chile"}, set()),
    # demonyms of officers are their countries for every type of event
    ("The Indian and Australian trade ministers signed a free trade agreement in Canberra on Wednesday.", (),
     {"India", "Australia"}, set()),
])
def test_a_place_an_occasion_or_another_clause_is_no_party(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors


def test_the_main_clause_subject_holds_a_news_conference_opened_by_at():
    body = ("At a news conference in Nairobi on Tuesday, Chile's interior minister Ana Silva announced a curfew in "
            "three border counties.")
    events = events_of(body, "Ana Silva", published=date(2026, 3, 11))
    conference = next(e for e in events if e.event_type == "press_conference")
    assert "Chile" in conference.actors


@pytest.mark.parametrize("body, names, present", [
    # a relative clause about the trigger itself keeps its place's country ("the bombing, in which ...")
    ("Ana Silva recalled the 2001 market bombing, in which Hamas militants killed 21 people.",
     ("Ana Silva",), {"Hamas"}),
    # a visit's destination before ", where" is still its host
    ("Karl Brenner was the first chancellor to visit Peru, where he went in 2005.", ("Karl Brenner",), {"Peru"}),
])
def test_a_relative_clause_about_the_trigger_or_a_visited_place_keeps_the_party(body, names, present):
    assert present <= set(actors_of(body, *names))


@pytest.mark.parametrize("body, names, absent", [
    # everything the clause lists after "to discuss" is the topic, not only the first name
    ("Ana Silva and Karl Brenner will meet in Quebec next week to discuss the war in Sudan and tensions with Peru.",
     ("Ana Silva", "Karl Brenner"), {"Peru", "Sudan"}),
    ("Ana Silva met Karl Brenner on Monday to talk about trade and relations with Chile.", ("Ana Silva", "Karl Brenner"),
     {"Chile"}),
])
def test_every_name_after_to_discuss_is_the_topic(body, names, absent):
    assert not absent & set(actors_of(body, *names))


@pytest.mark.parametrize("body", [
    # a compass word between the preposition and the country keeps it a place
    "A magnitude 5.8 earthquake struck near the town of Brenn in northern Moldova early on Thursday.",
    "Health workers vaccinated 1.2 million children in northern Moldova on Friday.",
])
def test_a_country_after_in_and_a_compass_word_is_a_place(body):
    assert "Moldova" not in actors_of(body)


@pytest.mark.parametrize("body, names, absent", [
    # a country qualifying a common noun names whose they are, wherever the phrase stands
    ("A $160 billion merger announced Monday would turn U.S. drug maker Varden Pharma into an Irish company.", (),
     {"United States"}),
    ("Ana Silva said in a statement on Monday that the merger will leave U.S. taxpayers holding the bag.",
     ("Ana Silva",), {"United States"}),
])
def test_a_country_qualifying_a_common_noun_is_no_party(body, names, absent):
    assert not absent & set(actors_of(body, *names))


def test_a_country_before_its_officials_or_government_still_acts():
    assert "United States" in actors_of("U.S. officials announced new sanctions on Monday.")


@pytest.mark.parametrize("body, names, absent", [
    # a name inside the quotation is what was said, not a party of the saying
    ("“This merger will leave Portuguese taxpayers and Spain holding the bag,” Ana Silva said in a statement on "
     "Monday.", ("Ana Silva",), {"Spain"}),
    # a country that follows its city ("in Khartoum, Sudan") is the place
    ("Karl Brenner pleaded guilty in July 2010 over his work with a charity in Khartoum, Sudan.", ("Karl Brenner",),
     {"Sudan"}),
    # the counterpart of another relation is that relation's ("close ties to Russia")
    ("The president fled in February 2014 after a crackdown on protesters and close ties to Russia.", (),
     {"Russia"}),
])
def test_quoted_words_a_city_s_country_and_another_relation_s_party_are_no_party(body, names, absent):
    assert not absent & set(actors_of(body, *names))


@pytest.mark.parametrize("body, present", [
    # a descriptor of a company before a name makes the name an organisation ("Snack giant Nabisco")
    ("Snack giant Varden began laying off hundreds of workers at its Brenn factory on Wednesday.", {"Varden"}),
    ("Drugmaker Kestrel Labs announced a merger on Monday.", {"Kestrel Labs"}),
    ("The carmaker Holmsen opened a plant in Brenn in 2008.", {"Holmsen"}),
])
def test_a_company_descriptor_before_a_name_makes_it_an_organisation(body, present):
    assert present <= set(actors_of(body))


@pytest.mark.parametrize("body, names, absent", [
    # a body the gazetteer knows, written inside a longer capitalised name, is that other body
    ("Varden Partners was paid $1 million in June 2012 to lobby the White House National Security Council.", (),
     {"UN Security Council"}),
    # an organisation named inside a quotation the trigger is not in is what was said
    ('"I never thought Rick was a Party of Progress consultant," Jan Kowal said in a statement on Monday.',
     ("Jan Kowal",), {"Party of Progress"}),
])
def test_a_body_inside_another_name_or_a_quotation_is_no_party(body, names, absent):
    assert not absent & set(actors_of(body, *names))


@pytest.mark.parametrize("body, names, present, absent", [
    # an organisation's organ before "of" stands for it: "the board of X approved"
    ("The board of Varden approved a new five-year strategy on Friday.", (), {"Varden"}, set()),
    ("Shareholders of Kestrel approved the merger on Friday.", (), {"Kestrel"}, set()),
    ("On Friday, Varden's board approved a new five-year strategy.", (), {"Varden"}, set()),
    # a head word before "for" and a name opens a body's name ("the Office for Brenn Statistics")
    ("The Agency for Coastal Safety closed the port of Brenn on Monday after a storm.", (),
     {"Agency for Coastal Safety"}, set()),
    # one word taking up an organisation the article named in full: a counterpart, or the body an officer acts for
    ("Holmsen Shipping posted record profits last year. On Tuesday, Brenn Energy signed a contract with Holmsen in "
     "Oslo.", (), {"Brenn Energy", "Holmsen Shipping"}, set()),
    ("Holmsen Motors builds cars in Japan. Thai minister Siriporn Wongchai met Holmsen president Kenji Sato in "
     "Bangkok on Monday.", ("Siriporn Wongchai", "Kenji Sato"), {"Holmsen Motors"}, set()),
    # a company's descriptor as the subject takes up the organisation named just before, and is never one itself
    ("Brenn Energy posted a loss last year. The company opened a new plant in Oslo on Monday.", (), {"Brenn Energy"},
     {"The company"}),
    ("Kestrel Labs was founded in 1999. On Monday the firm announced a merger.", (), {"Kestrel Labs"}, {"the firm"}),
    # ... and makes a one-word subject of the sentence before it a company
    ("Varda opened a new assembly plant in Brenn in 2008. The company is now considering a plant in Oslo.", (),
     {"Varda"}, set()),
    # ... or the subject that opens its own sentence, when it stands later in it
    ("Varden Labs posted a loss. Blue Harbor will sell the plant that the company opened in Brenn in 2019.", (),
     {"Blue Harbor"}, {"Varden Labs"}),
    # a descriptor with no organisation before it names none, nor one of several listed before it
    ("The company opened a new plant in Oslo on Monday.", (), set(), {"The company", "company"}),
    ("Contracts went to Varden Labs, Holm Systems and Kestrel Energy. The company opened a plant in Oslo on Monday.", (),
     set(), {"Kestrel Energy", "Holm Systems", "Varden Labs"}),
])
def test_organisations_by_the_shape_of_their_names(body, names, present, absent):
    actors = set(actors_of(body, *names))
    assert present <= actors and not absent & actors


def test_a_one_word_company_is_no_party_of_another_clause_s_event():
    body = "Varda closed its plant in Brenn in 1990 after Iraq invaded Kuwait. The company is now looking abroad."
    events = events_of(body, published=date(2026, 3, 11))
    war = next(event for event in events if event.event_type == "war")
    assert "Varda" not in war.actors and {"Iraq", "Kuwait"} & set(war.actors)


@pytest.mark.parametrize("body, present", [
    # head words of bodies and companies beyond the commonest ones
    ("Varden Aerospace signed a contract with the Brenn Sovereign Fund in Oslo on Monday.",
     {"Varden Aerospace", "Brenn Sovereign Fund"}),
    ("The Kestrel Investigation Bureau arrested two men in Oslo on Monday.", {"Kestrel Investigation Bureau"}),
    ("Holm Pharmaceuticals agreed to a merger with Tarn Robotics on Monday.", {"Holm Pharmaceuticals", "Tarn Robotics"}),
    ("The Varden Marine Corps attacked the port of Brenn on Monday, killing two.", {"Varden Marine Corps"}),
])
def test_more_head_words_of_organisations(body, present):
    assert present <= set(actors_of(body))


@pytest.mark.parametrize("body, trigger, present, absent", [
    # "and" + a new named subject + its past verb starts another clause: its names are not the first verb's
    ("Brazil beat Chile on Monday and Argentina drew with Peru on Tuesday.", "beat", {"Brazil", "Chile"},
     {"Argentina", "Peru"}),
    ("Brazil beat Chile on Monday and Argentina drew with Peru on Tuesday.", "drew", {"Argentina", "Peru"},
     {"Brazil", "Chile"}),
    ("Kenya signed a trade deal with Uganda on Monday, while Tanzania hosted Rwanda on Tuesday.", "signed",
     {"Kenya", "Uganda"}, {"Tanzania", "Rwanda"}),
    # ... but names coordinated by "and" stay one party list, and a verb the first subject shares keeps it
    ("Brazil and Argentina drew 1-1 in Lima on Tuesday.", "drew", {"Brazil", "Argentina"}, set()),
    ("The trade ministers of Kenya and Uganda held talks in Kampala on Tuesday.", "held", {"Kenya", "Uganda"}, set()),
    ("Varda opened a plant in Brenn in 2008 and closed it in 2022. The company now looks to Oslo.", "closed",
     {"Varda"}, set()),
])
def test_and_with_a_new_subject_starts_another_clause(body, trigger, present, absent):
    events = events_of(body, published=date(2026, 3, 11))
    at = body.index(trigger)
    event = next(event for event in events if event.start <= at < event.end)
    assert present <= set(event.actors) and not absent & set(event.actors)


@pytest.mark.parametrize("body, present, absent", [
    # a name the text defines an acronym for, whose capitals spell it, is a body's name even without a head word
    ("Brenn Harbour Pilots (BHP) was founded in 1990. On Monday, BHP went on strike in Oslo.",
     {"Brenn Harbour Pilots"}, {"BHP"}),
    # ... but not a person's initials nor letters that spell something else
    ("Jan Erik Kowal (JEK) met Holm Shipping in Oslo on Monday.", set(), {"Jan Erik Kowal"}),
])
def test_a_defined_acronym_names_an_organisation(body, present, absent):
    actors = set(actors_of(body, "Jan Erik Kowal") if "Kowal" in body else actors_of(body))
    assert present <= actors and not absent & actors


@pytest.mark.parametrize("body, trigger, present", [
    # a name with a company's descriptor in apposition after it is a company's name, of one word or more
    ("Blue Harbor, the Brenn shipping company, opened a terminal in Oslo on Monday.", "opened", {"Blue Harbor"}),
    ("Varda, a carmaker founded in 1950, closed its plant in Brenn on Monday.", "closed", {"Varda"}),
    ("Officials said on Monday that they met Blue Harbor, a start-up, in Oslo on Friday.", "met", {"Blue Harbor"}),
])
def test_a_descriptor_in_apposition_makes_a_company(body, trigger, present):
    at = body.index(trigger)
    event = next(event for event in events_of(body, published=date(2026, 3, 11)) if event.start <= at < event.end)
    assert present <= set(event.actors)


@pytest.mark.parametrize("body, present, absent", [
    # a place's local body named by a lower-case head after the place's name is a body
    ("Tarnby municipality fined Holm Shipping on Monday.", {"Tarnby municipality", "Holm Shipping"}, set()),
    # "from" after a trigger noun names its giver, not a place
    ("Holm Shipping received approval from Tarnby municipality in March 2025.", {"Tarnby municipality"}, set()),
    ("Holm Shipping received an invitation from the Brenn Port Authority on Monday.", {"Brenn Port Authority"},
     set()),
])
def test_a_local_body_and_a_giver_after_from(body, present, absent):
    actors = set(actors_of(body))
    assert present <= actors and not absent & actors


def test_the_two_companies_are_the_last_two_companies_named():
    body = ("Holm Shipping and Varden Energy signed a supply deal in Oslo on Monday. Holm Shipping received approval "
            "from Tarnby municipality in May 2025. The two companies first agreed to cooperate under a memorandum "
            "signed in Brenn in June 2024.")
    at = body.index("signed in Brenn")
    event = next(event for event in events_of(body, published=date(2026, 3, 11)) if event.start <= at < event.end)
    assert {"Holm Shipping", "Varden Energy"} <= set(event.actors) and "Tarnby municipality" not in event.actors


@pytest.mark.parametrize("body, present", [
    # the subject of the verb that takes the trigger noun as its object acted on the event (a day's possessive
    # before the noun is no subject)
    ("Varden Ferries has cancelled all of Sunday's crossings between Brenn and Holm because of high winds. Varden "
     "Ferries said more delays were likely.", {"Varden Ferries"}),
    ("Holm Arena postponed Saturday's concert because of the storm. Holm Arena said tickets stay valid.",
     {"Holm Arena"}),
])
def test_the_subject_of_the_verb_governing_a_trigger_noun(body, present):
    assert present <= set(actors_of(body))


# Office holders or a delegation "from" a list of states come from all of them: every member is a party of their
# gathering, none the venue ("for Norway, Sweden and Denmark" stays all topic). Made-up sentences (the first a
# reviewer's probe); expected outputs written before the fix.
@pytest.mark.parametrize("body, expected", [
    ("Ministers from Norway, Sweden and Denmark met in Oslo on Monday.", ["Norway", "Sweden", "Denmark"]),
    ("Envoys from Chile and Peru met in Lima on Monday.", ["Chile", "Peru"]),
    ("Karl Brenner met Ana Silva in Oslo on Monday to press for Norway, Sweden and Denmark.", []),
])
def test_people_from_a_list_of_states(body, expected):
    from tests.loaders.extract.test_events import events_of
    meetings = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == "meeting"]
    assert meetings and meetings[0].actors == expected, [(e.event_type, e.actors) for e in meetings]


@pytest.mark.parametrize("body, names, expected", [
    # the author after "by", through the researchers at it, past the journal that printed the piece
    ("Frogs survive the fungus, according to a study by researchers at the Instituto de las Vegas published on "
     "Tuesday in the journal Marsh Ecology.", (), ["Instituto de las Vegas"]),
    ("Corals survived hotter water, according to a study published on Tuesday in the journal Reef Letters by "
     "scientists from the Ostrava Marine Institute.", (), ["Ostrava Marine Institute"]),
    # the author after the piece's own "published" phrase, past its comma
    ("The study, published in January 2025 by researchers at the Ostrava Marine Institute, found that corals "
     "survived.", (), ["Ostrava Marine Institute"]),
    # the author written before the noun wins over a body of another clause
    ("Reefs have recovered, a Lindqvist Foundation study published on Tuesday showed, as the Marine Council "
     "announced it would close two dive sites.", (), ["Lindqvist Foundation"]),
])
def test_a_piece_of_research_is_its_authors(body, names, expected):
    events = [e for e in events_of(body, *names, published=date(2026, 3, 11)) if "study" in e.name.lower()]
    assert events and events[0].actors == expected


@pytest.mark.parametrize("body, names, absent", [
    # near misses: a person's piece, a demonym or a place before the noun, a "by" in another clause
    ("Reefs have recovered, according to a study by Karl Brenner published on Tuesday.", ("Karl Brenner",),
     {"Karl Brenner"}),
    ("Reefs have recovered, a Danish study published on Tuesday showed.", (), {"Denmark", "Danish"}),
    ("Reefs have recovered, according to a study published on Tuesday, which was welcomed by the Marine Council.",
     (), {"Marine Council"}),
])
def test_no_author_from_a_person_a_demonym_or_another_clause(body, names, absent):
    from loaders.extract.parties import piece_authors
    from loaders.extract.gazetteer import find_places_and_organisations
    start = body.index("study")
    people = [(body.index(n), body.index(n) + len(n)) for n in names]
    authors = piece_authors(body, (start, start + 5), len(body), find_places_and_organisations(body), people, {})
    assert not set(authors) & absent


# A name before the research noun that is the last words of one of the article's people, though the people step
# marked no mention there, is that person: a participant of the piece, no body acting (`parties.piece_person`).
# (The people step itself finds the people: the test helper would mark every surname, a body's first word too.)
@pytest.mark.parametrize("body, actors, participant", [
    ("Mayor Ana Silva commissioned the audit last year. The Silva audit, published on Tuesday, found waste.",
     [], "Ana Silva"),
    ("Professor Karl Brenner led the work. The Brenner study, published on Tuesday, found waste.", [],
     "Karl Brenner"),
    # near misses: a body whose name holds a person's surname but is longer, a body no person shares a name with
    ("Professor Karl Brenner led the work. The Brenner Institute study, published on Tuesday, found waste.",
     ["Brenner Institute"], None),
    ("Mayor Ana Silva commissioned it. The Lindqvist Foundation study, published on Tuesday, found waste.",
     ["Lindqvist Foundation"], None),
])
def test_a_persons_surname_before_a_piece_is_a_participant(body, actors, participant):
    from loaders.extract.people import extract_people
    from tests.loaders.extract.test_events import article
    from loaders.extract.events import extract_events
    record = article(body, date(2026, 3, 11))
    events = [e for e in extract_events(record, extract_people(record, Registry()), Registry())
              if e.date_phrase == "on Tuesday"]
    assert events and events[0].actors == actors
    assert (participant in events[0].participants) if participant else not events[0].participants


def test_only_research_nouns_take_an_author():
    from loaders.extract.parties import piece_authors
    body = "The ministry held a meeting by the Marine Council on Tuesday."
    start = body.index("meeting")
    assert piece_authors(body, (start, start + 7), len(body), [], [], {}) == []
    body = "The ministry held a survey by the Marine Council on Tuesday."
    start = body.index("survey")
    assert piece_authors(body, (start, start + 6), len(body), [], [], {}) == ["Marine Council"]


_LEAD = "Norway and Denmark will sign a fisheries pact in May, the ministry said.\n\n"


def meeting_actors(body: str) -> list[list[str]]:
    return [e.actors for e in events_of(body, "Karl Brenner", "Ana Silva", published=date(2026, 3, 11))
            if e.event_type == "meeting"]


@pytest.mark.parametrize("body, expected", [
    # an officer introduced by a bare office beside a foreign counterpart acts for the story's own state: the
    # one other state of the first line naming any ...
    (_LEAD + "Foreign Minister Karl Brenner and his Danish counterpart Ana Silva met in Bergen on Tuesday.",
     {"Norway", "Denmark"}),
    # ... or the dateline's
    ("OSLO, March 10 - Foreign Minister Karl Brenner and his Danish counterpart Ana Silva met in Oslo on Tuesday.",
     {"Norway", "Denmark"}),
    # near misses: no office before the name (a private person), two other states in the lead, no foreign
    # counterpart at all
    (_LEAD + "Fisherman Karl Brenner and his Danish counterpart Ana Silva met in Bergen on Tuesday.", {"Denmark"}),
    (_LEAD.replace("Norway and", "Norway, Sweden and") + "Foreign Minister Karl Brenner and his Danish counterpart "
     "Ana Silva met in Bergen on Tuesday.", {"Denmark"}),
    (_LEAD + "Foreign Minister Karl Brenner met Ana Silva in Bergen on Tuesday.", set()),
])
def test_a_domestic_officer_acts_for_the_storys_state(body, expected):
    assert [set(actors) for actors in meeting_actors(body)] == [expected]


# ... and, with no dateline and no other state in the body, the one other state of the headline (the title,
# then the standfirst: kept apart from the body by the article step).
@pytest.mark.parametrize("title, subtitle, expected", [
    ("Norway and Denmark to sign fisheries pact", None, {"Norway", "Denmark"}),
    (None, "Norway and Denmark will sign a pact in May", {"Norway", "Denmark"}),
    # near misses: a headline of two other states, one naming the counterpart's state alone, one naming none
    ("Norway, Sweden and Denmark to sign fisheries pact", None, {"Denmark"}),
    ("Denmark to sign fisheries pact", None, {"Denmark"}),
    ("Fisheries pact to be signed", None, {"Denmark"}),
])
def test_a_domestic_officer_takes_the_headlines_other_state(title, subtitle, expected):
    from loaders.extract.events import extract_events
    from tests.loaders.extract.test_events import article, people_in
    body = "Foreign Minister Karl Brenner met his Danish counterpart Ana Silva in Bergen on Tuesday."
    record = article(body, date(2026, 3, 11))
    record.title, record.subtitle = title, subtitle
    events = [e for e in extract_events(record, people_in(body, "Karl Brenner", "Ana Silva"), Registry())
              if e.event_type == "meeting"]
    assert [set(e.actors) for e in events] == [expected]


@pytest.mark.parametrize("body, expected", [
    # a long portfolio of capitalised words and links still names the officer's state ...
    ("Karl Brenner and Danish Fisheries and Coastal Affairs Minister Ana Silva met in Bergen on Tuesday.",
     ["Denmark"]),
    # ... but not a private trade's
    ("Karl Brenner and Danish Fisheries and Coastal Affairs trader Ana Silva met in Bergen on Tuesday.", []),
])
def test_a_long_portfolio_names_the_officers_state(body, expected):
    assert meeting_actors(body) == [expected]


@pytest.mark.parametrize("text, start_word, expected", [
    ("Foreign Minister Karl Brenner met Ana Silva.", "Karl", True),
    ("The Minister for Coastal Affairs, Hon. Karl Brenner, met Ana Silva.", "Karl", True),
    ("Danish Foreign Minister Karl Brenner met Ana Silva.", "Karl", False),
    ("Norway's Foreign Minister Karl Brenner met Ana Silva.", "Karl", False),
    ("Fisherman Karl Brenner met Ana Silva.", "Karl", False),
])
def test_a_bare_office_is_one_with_no_state_in_it(text, start_word, expected):
    from loaders.extract.parties import domestic_officer
    start = text.index(start_word)
    assert domestic_officer(text, [(start, start + 12)]) is expected
