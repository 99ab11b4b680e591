"""People step, made-up texts: names of places, firms and clubs that look like people's, family members named by
a given name alone, and office titles run into a name (people4 session rules; one table per rule)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


# An unknown capitalised word before a given name opens a longer name where the run is written as a place's (after
# a preposition of place, before a place noun), unless something explains it: a sentence's first word, a noun for
# a person, a kin noun, a nationality (formal or informal), an office's word. Elsewhere the name starts after it.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Residents of Tarn Ana Lok had waited for the line since 2017.", set(), {"Ana Lok"}),
    ("Homes near Ma Tin Lung were flooded, the fire service said.", set(), {"Tin Lung"}),
    ("Westlander Bernie Sandoval spoke at the rally on Sunday.", {"Bernie Sandoval"}, set()),
    ("Wife Huma Abaddin stood beside him on the stage.", {"Huma Abaddin"}, set()),
    ("The race was won by Kiwi Anna Hewitt, who finished in 2:21.", {"Anna Hewitt"}, {"Kiwi Anna Hewitt"}),
    ("The race was won by Texan Anna Hewitt, who finished in 2:21.", {"Anna Hewitt"}, {"Texan Anna Hewitt"}),
    ("Behind her came Aussie Tom Hale, Scot Dan Eccles and Bavarian Lena Roth.",
     {"Tom Hale", "Dan Eccles", "Lena Roth"}, {"Aussie Tom Hale", "Scot Dan Eccles"}),
    ("Brit Tom Hale took silver and Aussie Jack Orr bronze.", {"Tom Hale", "Jack Orr"}, {"Brit Tom Hale"}),
    ("Londoner Tom Hale was second, ahead of Tory Emma Vance, who ran for charity.", {"Tom Hale", "Emma Vance"},
     {"Tory Emma Vance"}),
    ("Mark Will Travel, the band, played at the Centre for Policy Research Anna Bell said.", {"Anna Bell"},
     {"Research Anna Bell"}),
    ("Rival Sanae Takamura conceded on Friday evening.", {"Sanae Takamura"}, set()),
    ("The Minister of Health and Social Development Oksana Derevko announced the plan.", {"Oksana Derevko"}, set()),
])
def test_an_unexplained_word_before_a_given_name_opens_a_longer_name(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# A name after a preposition that takes places ("in", "near", "around") and with no person's evidence there is a
# place; so is a name before a lowercase noun for a kind of place ("estate", "district", "village").
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Rain flooded homes in Sai Lung on Tuesday, the observatory said.", set(), {"Sai Lung"}),
    ("Two roads near Kam Tin were closed overnight.", set(), {"Kam Tin"}),
    ("Officials in Kam Tin said the flooding had cut off two villages.", set(), {"Kam Tin"}),
    ("Flooding in Mei Foo left 40 homes without power, officials said.", set(), {"Mei Foo"}),
    ("A big believer in Jorge Vidal, the owner renewed his contract.", {"Jorge Vidal"}, set()),
    ("Fans have lost faith in Rafa Moreno after five defeats.", {"Rafa Moreno"}, set()),
    ("Families at Lok Wah estate were moved to a hall.", set(), {"Lok Wah"}),
    ("Buses ran between Ashby Cross village and the coast.", set(), {"Ashby Cross"}),
    # a verb, not a place noun: a plural "-s", or a particle or an object after it; a title before the name
    ("Defender Tom Hale wards off every challenge, his coach said on Sunday. Hale, 24, joined in 2022.",
     {"Tom Hale"}, set()),
    ("Defender Sam Kerr wards off challenges with ease, her coach said.", {"Sam Kerr"}, set()),
    ("Goalkeeper Ben Ward towns over his rivals at 2.01 metres.", {"Ben Ward"}, set()),
    ("Goalkeeper Ben Ward made six saves on Saturday.", {"Ben Ward"}, set()),
    ("Trains stopped at Wenlock Halt station for an hour.", set(), {"Wenlock Halt"}),
    # A person's evidence beside the name keeps it a person's: a title, a speech verb, a possessive.
    ("Voters in Ohio trust in Senator Mara Quist, polls show.", {"Mara Quist"}, set()),
    ("The vote in Dana Orlov's district was close, said Dana Orlov.", {"Dana Orlov"}, set()),
    ("Few believed in Tomas Reyne at first. Tomas Reyne, a carpenter, proved them wrong.", {"Tomas Reyne"}, set()),
    ("Voters said they had confidence in Tomas Reyne.", {"Tomas Reyne"}, set()),
    ("The debate turned around Tomas Reyne and his record.", {"Tomas Reyne"}, set()),
])
def test_a_name_in_a_place_phrase_is_a_place(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# A name ending in a firm's or a club's word is a firm or a club, even when it "says" things; a title keeps a person.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Mira Bank said on Monday it would close 40 branches.", set(), {"Mira Bank"}),
    ("Talia Capital bought the stake, the filing showed.", set(), {"Talia Capital"}),
    ("Oren Holdings said profits rose.", set(), {"Oren Holdings"}),
    ("Lagos Eagles beat Kano Pillars 3-0, coach Ade Olatunde said.", {"Ade Olatunde"}, {"Lagos Eagles"}),
    ("Chief economist Ruth Group said rates would fall.", {"Ruth Group"}, set()),
])
def test_a_firm_or_club_tail_makes_an_organisation(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# A name that takes a plural verb ("have", "are", "were") at a sentence's start or after "the" is a group's:
# a band, a team, a firm; and so wherever the article writes it, unless another mention vouches for a person.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Copper Jackson have not toured since 2019. Fans of Copper Jackson queued.", set(), {"Copper Jackson"}),
    ("The Harlan Brothers were formed in Leeds, said manager Ivo Pask.", {"Ivo Pask"}, {"Harlan Brothers"}),
    # After "and" or a preposition the verb is another subject's: the person stays.
    ("Supporters of Lena Voss have rallied. Lena Voss, a nurse, thanked them.", {"Lena Voss"}, set()),
    ("Ana Lund and Jo Marek have resigned, the board said.", {"Ana Lund", "Jo Marek"}, set()),
    # one ungrammatical line does not unmake a person another mention vouches for
    ("Tom Hale and Anna Roe have been friends since school. Anna Roe have a long road ahead, Hale said.",
     {"Anna Roe", "Tom Hale"}, set()),
    ("Anna Roe have a long road ahead, Hale said. Anna Roe, a nurse, agreed.", {"Anna Roe"}, set()),
])
def test_a_name_with_a_plural_verb_is_a_group(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# A given name alone after someone's family word is a family member, a person of the article, with that role.
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Pilot Ines Rauta flew home. Her son, Tavi, met her at the gate.", "Tavi", "son"),
    ("Farmer Olek Brandt died in May; his wife Marit runs the farm now.", "Marit", "wife"),
    ("The couple's youngest daughter, Sunniva, is six.", "Sunniva", "youngest daughter"),
    ("Their brother Edvin was not at home, police said.", "Edvin", "brother"),
    ("Lena Roth founded the bakery in 1998 with her husband Karl.", "Karl", "husband"),
    ("Kemi Adeyemi, a baker, brought her son, Tunde, to the opening. Her daughter Ife stayed home.", "Ife",
     "daughter"),
    ("Her partner Karl ran the shop.", "Karl", "partner"),
])
def test_a_family_member_named_by_a_given_name_is_a_person(body, name, role):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert name in people
    assert role in {mention.role for mention in people[name].mentions}


@pytest.mark.parametrize("body", [
    "His son Tavi Rauta, 12, won the race.",  # a full name: the usual rules, no lone given name
    "The wind in their Ohio town was strong.",  # no name after the family word
])
def test_the_family_rule_needs_a_lone_name_after_the_family_word(body):
    assert "Tavi" not in _names(body)


# Firms, towns and titles have parents, partners, sisters and twins too: a word after one of those, after "its",
# after a body's possessive or after a capitalised owner, or a word that is no given name, is no family member.
@pytest.mark.parametrize(("body", "absent"), [
    ("Orvel's parent Alphabetta reported record revenue on Tuesday.", "Alphabetta"),
    ("Varden Energy said on Monday that its partner, Kessling, would build the turbines.", "Kessling"),
    ("Facebooq's parent Meta said advertising revenue rose.", "Meta"),
    ("Analyst Maria Lenz said the group's parent Orkvo had approved the sale.", "Orkvo"),
    ("Orlo Group said its parent, Meridian, would sell the unit.", "Meridian"),
    ("Tarvik's twin Lundby sent a delegation.", "Lundby"),
    ("The firm's sister Vireo also reported.", "Vireo"),
    ("The newspaper's sister title Echo closed in May.", "Echo"),
])
def test_a_bodys_parent_partner_or_twin_is_no_family_member(body, absent):
    assert absent not in _names(body)


# A long office title run into a name: the title is made of office words (subjects joined by "and", a body's name
# after "of the"), and the name is the name-shaped run after it.
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Secretary for Housing and Planning Lau Ka-yee told the panel the flats were late.", "Lau Ka-yee",
     "Secretary for Housing and Planning"),
    ("Minister of Food and Fisheries Petra Halvorsen said quotas would rise.", "Petra Halvorsen",
     "Minister of Food and Fisheries"),
    ("Secretary for Roads and Harbours Lau Ka-yee told the panel the pier was late.", "Lau Ka-yee",
     "Secretary for Roads and Harbours"),  # (office_subjects: "harbours")
    ("Chief Executive of the Riverside Water Authority Jana Kolar resigned on Friday.", "Jana Kolar",
     "Chief Executive of the Riverside Water Authority"),
    ("Deputy Secretary of the Ministry of Trade and Industry Omar Nadif said exports fell.", "Omar Nadif",
     "Deputy Secretary of the Ministry of Trade and Industry"),
])
def test_a_long_office_title_before_a_name(body, name, role):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert set(people) == {name}
    assert people[name].mentions[0].role == role


# A hyphenated given name ends in "-ling" or "-ting" like a verb, but is the name's ("Mei-ling", "Wai-ting").
@pytest.mark.parametrize(("body", "name"), [
    ("Lawmaker Chan Mei-ling said the fares were too high.", "Chan Mei-ling"),
    ("Wong Wai-ting, a teacher, said classes would resume.", "Wong Wai-ting"),
])
def test_a_hyphenated_given_name_in_ing_is_kept_whole(body, name):
    assert name in _names(body)


# ", who ..." after a name is a person's clause: evidence for a name with no title; and a function word closing
# a given name's run is its surname when such a clause or a description follows ("Del From, who ...").
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Kel Varga, who founded the choir in 1990, died on Monday.", {"Kel Varga"}, set()),
    ("Boston — Del From, who led the council for years, spoke first.", {"Del From"}, set()),
    ("Talks with Ana In, a nurse, went on late.", {"Ana In"}, set()),
    ("He met Jo For the first time in May.", set(), {"Jo For"}),
    ("Will From here the road climbs.", set(), {"Will From"}),
])
def test_a_who_clause_vouches_for_a_person(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# The outlet's country is the article's only when the article is about it: named twice, or once and no other
# country named more; a lone passing mention ("published in French") leaves the story's own country.
@pytest.mark.parametrize(("body", "country"), [
    ("Fisher Omar Sallah said Mali's catch fell. Mali's boats stayed in port. Mali wants a new deal."
     "\n\nTranslated from an article published in French.", "Mali"),
    ("Baker Lise Morel said France's bread prices rose. China buys French flour too; China and France signed a "
     "deal.", "France"),
    ("Farmer Lise Morel said the harvest was poor in France.", "France"),
    ("Farmer Lise Morel said the harvest was poor.", "France"),
])
def test_the_outlets_country_needs_more_than_a_passing_mention(body, country):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    article.outlet_country = "FR"
    people = extract_people(article, Registry())
    assert people[0].country == country


# A town in a person's own role places them: a base ("Tbilisi-based"), where the post is ("at the university in
# Bamako"); a posting abroad names the host, and an owner may be a person ("Varga's"), so they give nothing; nor
# does a town that is also a region's name or a given name.
@pytest.mark.parametrize(("role", "country"), [
    ("deputy director of Porto's water bureau", None),
    ("aide at the Virginia-based Policy Institute", None),
    ("Senator Varga's deputy campaign manager", None),
    ("researcher at the Tbilisi-based Caucasus Policy Institute", "Georgia"),
    ("marine biologist at the Ocean University in Bamako", "Mali"),
    ("correspondent in Lima", None),
    ("spokesman for the Riverside Islamic Center", None),
])
def test_a_town_in_the_role_gives_the_country(role, country):
    from loaders.extract.people import _role_town_country

    assert _role_town_country(role) == country


# A description ending in a lowercase title, then a capitalised title of address, is two roles.
@pytest.mark.parametrize(("body", "name", "role", "apposition"), [
    ("Navy commander Rear Admiral Tomas Halvik said the ships would sail.", "Tomas Halvik", "Rear Admiral",
     "Navy commander"),
    ("Soil scientist Associate Professor Mira Codd said yields fell.", "Mira Codd", "Associate Professor",
     "Soil scientist"),
    ("Opposition leader Ines Varga said the vote was rigged.", "Ines Varga", "Opposition leader", None),
])
def test_a_stacked_role_is_split_in_two(body, name, role, apposition):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    mention = people[name].mentions[0]
    assert (mention.role, mention.apposition) == (role, apposition)


# A role in commas before the name may open after a preposition ("signed by Sylvania's fisheries minister, X,"),
# and an office's subject ("fisheries", "transport") belongs to the role.
@pytest.mark.parametrize(("body", "name", "role"), [
    ("The deal was signed by Sylvania's fisheries minister, Ana Petrova, and two envoys.", "Ana Petrova",
     "Sylvania's fisheries minister"),
    ("Talks with the country's transport secretary, Omar Lindqvist, ended late.", "Omar Lindqvist",
     "country's transport secretary"),
])
def test_a_role_before_the_name_after_a_preposition(body, name, role):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert role in {m.role for m in people[name].mentions} | {m.apposition for m in people[name].mentions}


# In the sentence introducing a person, a country after "to", "with" ... (or "from" after a verb of trade) points
# away from them: it does not override the article's own country; one after "in" still places them, and so does
# "from" giving where the person comes from.
@pytest.mark.parametrize(("body", "country"), [
    ("Portugal's fishermen are angry. Portugal wants a deal. Trader Ama Kofi said her members buy fish from "
     "Morocco.", "Portugal"),
    ("Portugal's fishermen are angry. Portugal wants a deal. Trader Ama Kofi said her firm imports its sardines "
     "from Morocco.", "Portugal"),
    ("Portugal's fishermen are angry. Portugal wants a deal. Trader Ama Kofi, a buyer in Morocco, agreed.",
     "Morocco"),
    # a preposition inside a capitalised name is the name's: "Pact with Morocco" still names the country
    ("Portugal's fishermen are angry. Portugal wants a deal. Trader Ama Kofi wrote the Pact with Morocco.",
     "Morocco"),
    # "from" after a person: their origin
    ("Cocoa prices in Belgium hit a record, traders in Belgium said. Ama Kofi, who travelled from Ghana for the "
     "fair, said farmers were paid too little.", "Ghana"),
    ("The Kessel Open, held in Germany, drew players. Ama Kofi, who flew in from India on Sunday, won twice. "
     "Germany will host it again.", "India"),
    ("Students rallied in Belgium. Belgium raised fees. Ama Kofi, a medical student from Nigeria, joined them.",
     "Nigeria"),
])
def test_a_country_pointed_away_from_is_not_the_persons(body, country):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert people["Ama Kofi"].country == country


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Rose Garden residents have asked for permits.", set(), {"Rose Garden"}),
    ("Crowds filled Ivy Gardens on Sunday.", set(), {"Ivy Gardens"}),
    ("Councillor Rose Garden said the bulbs were late.", {"Rose Garden"}, set()),
])
def test_a_garden_tail_makes_a_place(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# A town after "in", "at", "near", "of" in the sentence introducing a person places them like a country would.
@pytest.mark.parametrize(("body", "country"), [
    ("Kenya's rains failed again. Kenya may import maize. Trader Ama Kofi, who sells grain in Kumasi, said prices "
     "doubled.", "Ghana"),
    ("Kenya's rains failed again. Kenya may import maize. Trader Ama Kofi said prices doubled.", "Kenya"),
    ("Kenya's rains failed again. Kenya may import maize. Trader Ama Kofi said grain from Kumasi cost more.",
     "Kenya"),
])
def test_a_town_in_the_introducing_sentence_places_the_person(body, country):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert people["Ama Kofi"].country == country


# A name in a firm's context (two words before it that only a firm's name follows, a share price's verb after
# "X shares", an account's noun after "X's") is the firm's, here and wherever else the article writes it, unless
# the name has a person's evidence (a title, a known given name, an apposition, a speech verb with a person's
# pronoun) or another mention vouches for a person; a person sharing or owning something stays a person.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Shares of Vantor Pierce rose 3 percent on Monday.", set(), {"Vantor Pierce"}),
    ("Analysts at Brekke Kemp expect a rate cut, said economist Ana Lund.", {"Ana Lund"}, {"Brekke Kemp"}),
    ("The fund took a stake in Vantor Brandt last year.", set(), {"Vantor Brandt"}),
    ("Vantor Pierce shares fell on Monday after the report.", set(), {"Vantor Pierce"}),
    ("Vantor Pierce's quarterly profit doubled, and Vantor Pierce said it would hire.", set(), {"Vantor Pierce"}),
    ("Jo Roe shares her story with readers in a new book.", {"Jo Roe"}, set()),
    ("Shares of Jo Roe's firm rose after she spoke.", {"Jo Roe"}, set()),
    ("Jo Roe's profile rose after the debate, Roe said.", {"Jo Roe"}, set()),
    ("Workers at the plant met Harlan Pierce, a union leader, on Friday.", {"Harlan Pierce"}, set()),
    # reviewer's finding 6: a known given name or a title is a person's evidence, and the other mentions stay
    ("Taylor Swift's earnings rose to $185 million last year. Swift said she was grateful.", {"Taylor Swift"}, set()),
    ("Taylor Swift's earnings rose to $185 million last year.", {"Taylor Swift"}, set()),
    ("Taylor Swift's sales doubled. Later Taylor Swift thanked her fans.", {"Taylor Swift"}, set()),
    ("Novelist Jo Nesbo's sales doubled in Norway.", {"Jo Nesbo"}, set()),
    ("Novelist Brekke Nesbo's sales doubled in Norway.", {"Brekke Nesbo"}, set()),
    ("Singer Vantor Holm's earnings rose to $18 million.", {"Vantor Holm"}, set()),
    # reviewer's finding 7: an apposition with a person's noun vetoes the rule
    ("Customers of Ana Berg, a Stockholm dentist, complained about the bills. Berg said the prices were fair.",
     {"Ana Berg"}, set()),
    ("Customers of Brekke Lund, a Stockholm dentist, complained about the bills. Lund said the prices were fair.",
     {"Brekke Lund"}, set()),
    ("Customers of Vantor Kemp complained, and Vantor Kemp, a plumber, apologised.", {"Vantor Kemp"}, set()),
    ("Workers at Ana Berg's bakery went on strike.", {"Ana Berg"}, set()),
    # where only a firm's name stands ("shares of", "analysts at", "X shares fell"), a given name is no evidence
    ("Analysts at Morgan Stanley expect a rate cut, said economist Ana Lund.", {"Ana Lund"}, {"Morgan Stanley"}),
    ("Shares of Harlan Pierce rose 3 percent on Monday.", set(), {"Harlan Pierce"}),
    ("Harlan Pierce shares fell on Monday after the report.", set(), {"Harlan Pierce"}),
    ("Customers of Harlan Pierce complained, and Harlan Pierce said he would refund them.", {"Harlan Pierce"}, set()),
])
def test_a_name_in_a_firms_context_is_the_firms(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# Reviewer's finding 8: a ship's prefix in capitals ("HMS", "USS", "INS") makes the name after it a ship's, but a
# title after the capitals, in lowercase or before a full name, makes them a body's acronym and the name a person's.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("INS Commissioner Doris Meissner told Congress the agency needed more money.", {"Doris Meissner"}, set()),
    ("INS agent Tom Hale told Congress about the raid.", {"Tom Hale"}, set()),
    ("INS Spokesman Tom Hale said so on Friday.", {"Tom Hale"}, set()),
    ("An INS spokesman, Brekke Lund, said so on Friday.", {"Brekke Lund"}, set()),
    ("HMS Queen Elizabeth left Portsmouth on Monday.", set(), {"Elizabeth", "Queen Elizabeth"}),
    ("The USS Ronald Reagan docked in Busan.", set(), {"Ronald Reagan"}),
    ("The USS President Lincoln docked in Busan.", set(), {"Lincoln", "President Lincoln"}),
])
def test_a_title_after_a_ships_prefix_makes_it_a_bodys(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# After a preposition of place and "the", an unknown capitalised word before a given name is far more often an
# epithet (a people, a nickname, an honorific, a team) than a place's first word: the name after it is kept,
# whether the run closes its clause or not ("the last film of the Swede Ingmar Bergman."). Near misses: a place
# noun after the run, or the run right after a preposition of place, still make it a place's.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("It was the last film of the Swede Ingmar Bergman.", {"Ingmar Bergman"}, set()),
    ("Tributes poured in for the family of the Rohingya Abdul Karim.", {"Abdul Karim"}, set()),
    ("The decisive goal came from the Seahawks Geno Smith.", {"Geno Smith"}, set()),
    ("She is a great admirer of the Bard William Shakespeare.", {"William Shakespeare"}, set()),
    ("The band played songs of the Beatle John Lennon.", {"John Lennon"}, set()),
    ("Fans lined the route in honour of the Maestro Riccardo Muti.", {"Riccardo Muti"}, set()),
    ("The award was accepted on behalf of the Vicar Jonathan Reese.", {"Jonathan Reese"}, set()),
    ("It was the final concert of the Maestro Riccardo Muti, who retires in June.", {"Riccardo Muti"},
     {"Maestro Riccardo Muti"}),
    ("Fans of the Gunners Kwame Roe cheered the late goal.", {"Kwame Roe"}, set()),
    ("A portrait of the Maroon Ngozi Adeyemi hangs in the hall.", {"Ngozi Adeyemi"}, set()),
    ("It was the third win of the Australian Jason Dale.", {"Jason Dale"}, set()),
    ("A profile of the Westlander Jo Roe ran in May.", {"Jo Roe"}, set()),
    ("Flats on the Tarvo Ana Lok estate were sold.", set(), {"Ana Lok", "Tarvo Ana Lok"}),
    ("Farmers near Varesk Nuri Meranda lost their crops.", set(), {"Nuri Meranda"}),
])
def test_lead_word_after_place_preposition_and_the(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names


# A given name that marks a model's version before a regnal number ("the Velo 5D Mark IV", "a Mk II rifle") is a
# thing's name; a monarch's or a pope's whole name keeps its number's evidence.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Two of the most popular cameras are the Velo 5D Mark IV and the Orka Z8.", set(), {"Mark IV"}),
    ("The Orka A7R Mark III is lighter than its rival.", set(), {"Mark III"}),
    ("He upgraded to the Mark II version last year.", set(), {"Mark II"}),
    ("Gunners still trained on the Mk II rifle.", set(), {"Mk II"}),
    ("A lecture on Henry VIII drew a crowd in the hall.", {"Henry VIII"}, set()),
    ("King Charles III opened the bridge.", {"Charles III"}, set()),
    ("Pope Leo XIV met pilgrims in the square.", {"Leo XIV"}, set()),
    ("Mark Tolver said the Mark IV was late.", {"Mark Tolver"}, {"Mark IV"}),
])
def test_a_version_mark_before_a_regnal_number_is_no_one(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names


# A regnal number closing a sentence leaves the sentence's full stop out of the name ("a book on Henry VIII."),
# where a generational suffix keeps its own ("Jo Roe Jr.").
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("She wrote a book on Henry VIII.", {"Henry VIII"}, {"Henry VIII."}),
    ("The crowd cheered for Charles III.", {"Charles III"}, {"Charles III."}),
    ("Pilgrims waited for Pope Leo XIV. He came at noon.", {"Leo XIV"}, {"Leo XIV."}),
    ("She shot the series on a Velo Mark IV.", set(), {"Mark IV.", "Mark IV"}),
    ("Mayor Tolver Ansel Jr. said the firm was sound.", {"Tolver Ansel Jr."}, set()),
    ("Henry VIII broke with Rome, the guide said.", {"Henry VIII"}, set()),
])
def test_a_regnal_number_leaves_the_sentences_stop(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names
