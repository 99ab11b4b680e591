"""People of made-up copied pages, a second world-names batch (#9), written and committed with their expectations
before the extractor ran on them: Thai, Ethiopian and Mongolian names taken up by the given name, a Filipino "Ma."
and "dela", people in lists after a plural title, a person named after an honorific only later; and near them places,
diseases, laws, clubs and brands holding given names ("Victoria Falls", "Parkinson's disease", "the Jones Act",
"Paris Saint-Germain", "Ford"), and furniture ("Graphics by", "Translated by", "X contributed reporting",
"Illustration:", "Produced by").

Each page: (id, text, the people a reader would list (canonical names), strings no person's name may be or
hold)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people, page_params

PAGES = [
    ("thai_politics", """Bangkok Morning Post
Politics
Thai cabinet approves rice subsidy
By Nattapong Srisuk
April 2, 2026
BANGKOK - The cabinet on Tuesday approved a 40-billion-baht subsidy for rice farmers.
Prime Minister Paetongtarn Shinawatra said the money would reach farmers by June. Paetongtarn added that prices had fallen for two years.
Farmer Somchai Wongsawat, 61, from Suphan Buri, said the aid came late. "We have debts," Somchai said.
The subsidy will be paid through the Bank for Agriculture and Agricultural Cooperatives.
Translated by Pimchanok Rattanakul
Graphics by Arthit Boonmee
""", {"Paetongtarn Shinawatra", "Somchai Wongsawat"},
     {"Nattapong Srisuk", "Pimchanok Rattanakul", "Arthit Boonmee", "Suphan Buri"}),
    ("horn_of_africa", """East Africa Briefing
Ethiopia and Kenya open new border crossing
April 3, 2026
MOYALE - Ethiopia and Kenya opened a new border crossing on Wednesday.
Prime Minister Abiy Ahmed said trade would double. Abiy crossed on foot with Kenyan President William Ruto.
Trader Almaz Tesfaye said the old post had been slow. "We waited for days," Almaz said.
Ruto said the road to Isiolo would be paved by 2028.
Goods will move on to Lake Turkana and Victoria Falls tour operators plan new routes.
Yonas Haile contributed reporting from Addis Ababa.
""", {"Abiy Ahmed", "William Ruto", "Almaz Tesfaye"},
     {"Yonas Haile", "Turkana", "Victoria", "Isiolo", "Moyale"}),
    ("mongolia_mining", """Steppe Business Review
Mongolia signs copper deal
Produced by Bat-Erdene Tsogt
4 April 2026
Mongolian Prime Minister Luvsannamsrain Oyun-Erdene signed a copper deal with a Canadian miner on Thursday.
Oyun-Erdene said the deal would fund schools. Mining minister Ganbaatar Dagvadorj said the first ore would ship in 2027.
Herders near the mine, led by Tsetsegmaa Baatar, said water was their worry.
Illustration: Enkhjin Davaa
""", {"Luvsannamsrain Oyun-Erdene", "Ganbaatar Dagvadorj", "Tsetsegmaa Baatar"},
     {"Bat-Erdene Tsogt", "Enkhjin Davaa"}),
    ("manila_health", """Philippine Health Desk
Health | Nation
Manila hospital opens Parkinson's unit
April 5, 2026
MANILA - A Manila hospital opened a unit for Parkinson's disease and Down syndrome patients on Friday.
Health Secretary Ma. Theresa dela Cruz said the unit was the first of its kind. Dela Cruz said ten more would follow.
Neurologist Jose Miguel Reyes said many patients had waited years.
The unit is funded under the Universal Health Care Act and by the Jones Foundation.
""", {"Ma. Theresa dela Cruz", "Jose Miguel Reyes"},
     {"Parkinson", "Down", "Jones", "Universal Health"}),
    ("ministers_list", """Continental Wire
EU farm ministers back fishing quota cut
By Ingrid Solberg
April 6, 2026
BRUSSELS - Ministers Ana Kell of Portugal, Bo Rask of Sweden and Chen Yu of the observer delegation backed the cut on Monday.
Fisherman Tomás Ferreira said his boat would stay in port. Ms Rask said the quota would be reviewed in a year.
The vote was held in the Justus Lipsius building.
Ingrid Solberg is the Brussels correspondent.
""", {"Ana Kell", "Bo Rask", "Chen Yu", "Tomás Ferreira"},
     {"Ingrid Solberg", "Justus Lipsius"}),
    ("sport_clubs", """Football Daily
Transfers
Paris Saint-Germain sign Brazilian striker
By Marco Bellini
April 7, 2026
Paris Saint-Germain have signed Brazilian striker Gabriel Souza from Santos, the club said on Tuesday.
Souza, 21, scored 30 goals last season. Coach Luis Enrique said he was "a great talent".
The deal was agreed after Souza's agent, Rafaela Pinto, met the club in Rio de Janeiro. Souza will wear Ford-sponsored boots.
""", {"Gabriel Souza", "Luis Enrique", "Rafaela Pinto"},
     {"Marco Bellini", "Saint-Germain", "Santos", "Janeiro", "Ford"}),
]

# ('Ma.' is a shortened given name, `given_names.DOTTED_GIVEN_NAMES`, and a family name after any capitalised word or
# honorific, `given_names.SURNAME_DOTTED_GIVEN_NAMES`: "President Ma. Susan Lee said" is two people, so after a title
# the dotted given name is not read: the R49 review, lead's choice)
_XFAIL: dict[str, str] = {
    "manila_health": "'Health Secretary Ma. Theresa dela Cruz': after a title 'Ma.' is read as a family name that ends "
                     "a name ('President Ma. Susan Lee said' is two people); a title alone does not tell them apart",
}


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), page_params(PAGES, _XFAIL))
def test_a_world_page_lists_its_people(name, text, expected, not_people):
    assert _people(text) == expected


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), PAGES, ids=[page[0] for page in PAGES])
def test_no_thing_named_after_a_person_nor_furniture_is_a_person(name, text, expected, not_people):
    found = _people(text)
    assert not {(thing, person) for thing in not_people for person in found if thing in person}
