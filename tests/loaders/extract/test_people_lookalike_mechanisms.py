"""Mechanisms from the #9 people round-1 lookalike stress pages, each with near misses in ordinary news prose
where it must not fire (expectations written before the rules changed):

- a name's word shaped like a gerund or a past form ("Hlaing", "Sterling", "Keating") runs a headline on past the
  name only where the word is an English word: a title-case heading's, or one the article writes in lowercase;
- a kind of place, then "of", then a name ("the border town of Mae Sot", "the city of San Fernando") is the
  place's name;
- a name with a bare number right after it and then punctuation ("the Queen Mary 2,", "Apollo 11.") is a ship's,
  a craft's or a model's; a score ("6-4"), a number of minutes or an age set off in commas is not;
- a firm's chief before its officer's name ("Sime Darby chief executive Jeffri Davidson") is the firm's role.

Each row: (text, the people a reader would list)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry


def _names(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


def _page(*sentences: str, heading: str = "Officials meet on border trade") -> str:
    return "\n".join(["Regional Post", heading, "May 4, 2026", *sentences]) + "\n"


CASES = [
    # gerund- or past-shaped name words
    ("burmese_after_title", _page("Myanmar's military leader Min Aung Hlaing met the envoy on Friday.",
                                  "The talks lasted two hours, officials said."), {"Min Aung Hlaing"}),
    ("burmese_repeated", _page("Myanmar's military leader Min Aung Hlaing met the envoy on Friday.",
                               "Min Aung Hlaing said elections would be held in December."), {"Min Aung Hlaing"}),
    ("footballer", _page("Striker Raheem Sterling scored twice as the visitors won 3-1.",
                         "The home side had led at half-time."), {"Raheem Sterling"}),
    ("former_premier", _page("Former prime minister Paul Keating said the deal was a mistake.",
                             "The deal was signed last year."), {"Paul Keating"}),
    # near misses: an English -ing/-ed word after a name
    ("heading_runs_on", _page("The fund has raised $2 million so far, its director said.",
                              heading="Ana Lindqvist Joins Growing List of Donors"), set()),
    ("named_building", _page("Firefighters were called to the Jo Roe Building on Tuesday.",
                             "Nobody was hurt, and the building reopened on Wednesday."), set()),
    # a kind of place, "of", a name
    ("town_of", _page("Thai Prime Minister Anutin Charnvirakul met the envoy in the border town of Mae Sot on Friday.",
                      "Anutin said trade would resume."), {"Anutin Charnvirakul"}),
    ("city_of", _page("Floods hit the city of San Fernando on Monday, Mayor Rosa Lind said.",
                      "Lind said 200 homes were damaged."), {"Rosa Lind"}),
    # near misses: "of" after a person's or an office's noun, and after a place noun before a titled person
    ("mayor_of", _page("The mayor of Mae Sot, Somchai Roe, said the border was calm.",
                       "Trade resumed on Friday."), {"Somchai Roe"}),
    ("wife_of", _page("The wife of Mark Tan said he had been detained in the town for two days.",
                      "Police did not comment."), {"Mark Tan"}),
    ("village_of_possessive", _page("Reporters visited the village of Ana Roe's birth, where neighbours said she was shy.",
                                    "The village has 300 people."), {"Ana Roe"}),
    ("village_of_titled", _page("Troops entered the village of Chief Ade Bello on Monday, residents said.",
                                "Bello fled to the hills."), {"Ade Bello"}),
    # a name, a bare number, punctuation
    ("liner_number", _page("The liner Queen Mary 2, carrying 2,600 passengers, diverted to St Helena.",
                           "Captain Ivan Roe said the sea was rough."), {"Ivan Roe"}),
    ("mission_number", _page("Engineer Ana Kell said the probe would fly like Apollo 11.",
                             "The launch is set for June."), {"Ana Kell"}),
    ("titled_ship_number", _page("A second vessel, the Queen Mary 2, diverted to avoid the storm.",
                                 "Captain Ivan Roe said the sea was rough."), {"Ivan Roe"}),
    # near misses: a score, minutes, an age
    ("tennis_score", _page("Ana Kell beat Maria Roe 6-4, 6-3 in the final on Sunday.",
                           "It was her third title."), {"Ana Kell", "Maria Roe"}),
    ("goal_minutes", _page("A header from Tom Hale 10 minutes after the break won it.",
                           "Coach Ivan Roe praised the defence."), {"Tom Hale", "Ivan Roe"}),
    ("age_in_commas", _page("Farmer Tom Hale, 61, said the rains came late.",
                            "Prices have fallen."), {"Tom Hale"}),
    # a firm's chief before its officer
    ("firm_chief_executive", _page("Tata Motors will build buses with Sime Darby, the companies said.",
                                   "Sime Darby chief executive Jeffri Davidson said 800 jobs would be created."),
     {"Jeffri Davidson"}),
    # a destination after a word of travel
    ("flew_to", _page("Minister Ivan Roe flew to Addis Ababa on Monday for the summit.",
                      "Roe returns on Friday."), {"Ivan Roe"}),
    ("flights_to", _page("Flights to Pella Dunmore were cancelled, airline spokesman Tom Hale said.",
                         "Hale said the runway was flooded."), {"Tom Hale"}),
    ("travelled_back_to", _page("The delegation travelled back to Kai Tak after the talks, aide Ana Kell said.",
                                "Kell gave no details."), {"Ana Kell"}),
    # near misses: "to" after a word of speech or giving; a titled person after a word of travel
    ("spoke_to", _page("The envoy spoke to Ana Roe on Monday about the ceasefire.",
                       "Roe, a former minister, said talks would resume."), {"Ana Roe"}),
    ("wrote_to", _page("Villagers wrote to Tom Hale asking for a new road.",
                       "The letter went unanswered."), {"Tom Hale"}),
    ("flew_to_titled", _page("The envoy flew to President Ana Roe's home town on Monday.",
                             "Talks lasted an hour."), {"Ana Roe"}),
    # a place named by a title and one word, before a kind of place; a place opened by "Santo"
    ("titled_neighbourhood", _page("The Sheikh Jarrah neighbourhood saw clashes overnight, resident Ana Kell said.",
                                   "Police made six arrests."), {"Ana Kell"}),
    ("santo_place", _page("Thousands marched through Santo Domingo on Sunday, organiser Rosa Peña said.",
                          "Peña said the march was peaceful."), {"Rosa Peña"}),
    # near misses: a titled one-word name before a verb that looks like a place noun; a titled name's district
    ("titled_wards_off", _page("President Roe wards off a challenge from his own party, analysts said.",
                               "The vote is on Friday."), {"Roe"}),
    ("titled_possessive_district", _page("Voters in Senator Roe's district backed the plan.",
                                         "Roe, a Democrat, welcomed the result."), {"Roe"}),
    # a rating's rank before a name
    ("seaman_rank", _page("Leading Seaman Ana Kell said the crew was safe.", "The ship docked on Friday."), {"Ana Kell"}),
    ("airman_rank", _page("Senior Airman Tom Hale was injured in the blast, the air force said.",
                          "The base was closed."), {"Tom Hale"}),
    # near miss: the rank's word as a surname
    ("seaman_surname", _page("Former goalkeeper David Seaman said the club had lost its way.",
                             "Seaman played 564 games."), {"David Seaman"}),
    # a place named after a royal or a holy person, title and all
    ("royal_park", _page("King Salman Park will be the largest city park in the world, official Ana Kell said.",
                         "Kell said it would open in 2027."), {"Ana Kell"}),
    ("prince_hall", _page("Prince Alfred Hall was packed for the debate, organiser Tom Hale said.",
                          "Hale said 900 people came."), {"Tom Hale"}),
    # near misses: another title before a surname that is a place's word; a royal named with a place after "of"
    ("senator_west", _page("Senator Allen West said the bill was dead.", "West, a Republican, voted no."),
     {"Allen West"}),
    ("director_bay", _page("Director Michael Bay said the film would open in May.", "Bay spoke in Los Angeles."),
     {"Michael Bay"}),
    # a religious style that is a kin word (and a rare given name) before a full name
    ("sister_style", _page("Sister Ana Kell, a nun at the convent, said the nuns were safe.", "The convent reopened."),
     {"Ana Kell"}),
    ("brother_style_after", _page("The abbey will reopen, said Brother Tom Hale, who runs it.", "Monks returned."),
     {"Tom Hale"}),
    # near miss: a family name first that is a kin word in English
    ("son_family_first", _page("Son Heung-min scored twice for Tottenham on Saturday.", "Son has 12 goals."),
     {"Son Heung-min"}),
    # a hyphenated given name whose second syllable the article writes nowhere else in lowercase
    ("korean_hyphen", _page("Lee Jae-myung, South Korea's president, met the envoy in Seoul.",
                            "Lee said talks would continue."), {"Lee Jae-myung"}),
    # near miss: a place joined to a word the article writes in lowercase too
    ("hyphen_word_lower", _page("Lagos-registered lenders gained, while lenders registered abroad fell, analyst Ana Kell said.",
                                "Kell expects more gains."), {"Ana Kell"}),
    # a name whose only evidence is a passive only people take
    ("was_sentenced", _page("Ollanta Humala was sentenced to 15 years on Tuesday.", "The court gave no reasons."),
     {"Ollanta Humala"}),
    pytest.param("was_born", _page("Zoltar Mwamba was born in Goma in 1971 and trained as a lawyer.",
                                   "He moved to Kinshasa."), {"Zoltar Mwamba"},
                 marks=pytest.mark.xfail(strict=True, reason="'born' is no person-only passive: a movement 'was born "
                                         "in 2013' too (round-1 review); an unknown given name with no other evidence")),
    # near misses: passives that ships and firms take as well
    ("ship_detained", _page("The tanker Kestrel Star was detained in Lagos on Monday.", "Its cargo was seized."),
     set()),
    ("firm_fined", _page("Kestrel Vantor was fined $2 million by regulators.", "The bank will appeal."), set()),
    # the passive's subject is a noun before "of"/"in"/"from"/"at"/"near": the place after it takes no evidence
    ("mayor_of_place_jailed", _page("A former mayor of Gympie Creek has been jailed for fraud.",
                                    "The court heard the money went missing in 2019."), set()),
    ("treasurer_of_place_sentenced", _page("The former treasurer of Gympie Creek was sentenced on Friday.",
                                           "The court gave no reasons."), set()),
    ("councillor_in_place_arrested", _page("A councillor in Wagga Wagga was arrested on Monday.",
                                           "Police gave no details."), set()),
    ("man_from_place_killed", _page("A man from Gympie Creek was killed in the crash.", "The road was closed."),
     set()),
    ("official_near_place_injured", _page("A guard at Kestrel Downs was injured in the blast.",
                                          "Two guards near Wagga Wagga were wounded too."), set()),
    # near misses: the name itself the subject keeps the passive's evidence; a kin word's name has other evidence
    ("name_appositive_sentenced", _page("Zoltar Mwamba, a former mayor, was sentenced on Friday.",
                                        "The court gave no reasons."), {"Zoltar Mwamba"}),
    ("said_name_arrested", _page("Police in Goma said Zoltar Mwamba was arrested on Monday.",
                                 "No charges were filed."), {"Zoltar Mwamba"}),
    ("place_comma_name_jailed", _page("In Gympie Creek, Zoltar Mwamba was jailed for fraud.",
                                      "The court gave no reasons."), {"Zoltar Mwamba"}),
    ("son_of_given_name", _page("The son of Ana Lind was arrested on Monday.", "Police gave no details."),
     {"Ana Lind"}),
    # a feast named after a person
    ("feast_jayanti", _page("Sikh pilgrims marked Guru Nanak Jayanti in Amritsar, organiser Ana Kell said.",
                            "Kell said 100,000 people came."), {"Ana Kell"}),
    # near miss: the feast's word as a given name
    ("jayanti_given", _page("Former minister Jayanti Natarajan said the forest law was weak.",
                            "Natarajan quit in 2013."), {"Jayanti Natarajan"}),
    # a prize's laureate
    ("laureate", _page("Critics praised the novel, and Nobel laureate Wole Soyinka called it brave.",
                       "The book sold out in a week."), {"Wole Soyinka"}),
    # a road named after a person
    ("road_way", _page("Roads on Ahmadu Bello Way will be closed for the convoy, Minister Nyesom Wike said.",
                       "Traffic was diverted."), {"Nyesom Wike"}),
    # near miss: a person whose surname is a road's word
    ("surname_way", _page("Skateboarder Danny Way, who won five titles, said the park was too small.",
                          "Way said he would return."), {"Danny Way"}),
    # a maker's or an owner's brand
    ("owner_of_brand", _page("Luxury group LVMH, owner of Louis Vuitton, said sales in India rose 12 percent.",
                             "Analyst Ana Kell said demand was strong."), {"Ana Kell"}),
    ("maker_of_brand", _page("Diageo, the maker of Johnnie Walker, cut its forecast on Tuesday.",
                             "Chief executive Debra Crew said tariffs had hurt."), {"Debra Crew"}),
    # near misses: a possessive after "owner of", a person's name after another noun
    ("owner_of_possessive", _page("The owner of Ana Roe's former house said the sale had collapsed.",
                                  "Roe, a teacher, moved away in May."), {"Ana Roe"}),
    ("supporter_of", _page("A supporter of Ana Roe said the vote was rigged.",
                           "Roe, a teacher, lost by 40 votes."), {"Ana Roe"}),
    # near miss: a person's own helper after a person's name elsewhere
    ("person_spokesman", _page("Kofi Mensah, who won the seat in 2020, was not at the rally.",
                               "Kofi Mensah spokesman Ben Ade said he was ill."), {"Kofi Mensah", "Ben Ade"}),
]


@pytest.mark.parametrize(("name", "text", "expected"), [
    case if isinstance(case, type(pytest.param())) else pytest.param(*case, id=case[0]) for case in CASES])
def test_lookalike_mechanisms(name, text, expected):
    assert _names(text) == expected
