"""The country of an outlet the registry does not know, for the people it reports on: its domain's country code
("co.tt", "edu.co"; a code sold as a vanity name, "x.tv", says nothing alone) or a country its name holds
("Cyprus Ledger", "Bhutan's Daily Paper"); a story about home names home more than a foreign country, names a
foreign country only once without a dateline, or names the home's towns."""
from __future__ import annotations

import pytest

from loaders.extract.data.lexicon import COUNTRY_CODES, COUNTRY_NAMES, NATIONALITY_COUNTRY
from loaders.extract.people import extract_people
from loaders.extract.people_country import outlet_home_code, outlet_place_code
from loaders.records import ArticleRecord
from loaders.registry import Registry

_HOME_STORY = ("Agriculture Minister Kendra Bain said the farm would reopen on Monday.\n\n"
               "Bain said 40 workers would return.")


def _countries(body: str, **outlet) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, **outlet)
    return [(person.name, person.country) for person in extract_people(article, Registry())]


@pytest.mark.parametrize(("domain", "name", "code"), [
    ("riverpost.co.tt", None, "TT"),  # a country's code under a second-level label
    ("www.riverpost.tt", None, "TT"),
    ("uninorte.edu.co", None, "CO"),  # a vanity code under a second-level label is the country's
    ("riverpost.tv", None, None),  # ... alone, a vanity name
    ("riverpost.co", None, None),
    ("news.riverpost.co.uk", None, "UK"),
    ("cyprus-ledger.com", "Cyprus Ledger", "CY"),  # the outlet's name holds a country
    ("dailypaper.com", "Bhutan's Daily Paper", "BT"),
    ("irishledger.com", "The Irish Ledger", "IE"),  # ... or its people's word
    ("riverpost.com", "The River Post", None),
    (None, None, None),
])
def test_an_outlets_home_from_its_domain_or_name(domain, name, code):
    assert outlet_home_code(domain, name) == code


def test_every_code_names_a_country_people_get():
    assert set(COUNTRY_CODES.values()) <= set(COUNTRY_NAMES.values()) | set(NATIONALITY_COUNTRY.values())


@pytest.mark.parametrize(("body", "outlet", "expected"), [
    # an unknown outlet's home country, from its domain or its name
    (_HOME_STORY, {"outlet_domain": "riverpost.co.tt"}, [("Kendra Bain", "Trinidad and Tobago")]),
    (_HOME_STORY, {"outlet_domain": "riverpost.tv"}, [("Kendra Bain", None)]),
    (_HOME_STORY, {"outlet_domain": "cyprus-ledger.com", "outlet_name": "Cyprus Ledger"},
     [("Kendra Bain", "Cyprus")]),
    # the registry's country comes first
    (_HOME_STORY, {"outlet_domain": "riverpost.co.tt", "outlet_country": "KE"}, [("Kendra Bain", "Kenya")]),
    # a story from abroad, naming its country twice, is not the outlet's
    ("LIMA — Peru's farm minister Rosa Quispe said Peru would export more.\n\nQuispe spoke on Monday.",
     {"outlet_domain": "riverpost.co.tt"}, [("Rosa Quispe", "Peru")]),
    # ... and so is one under a dateline of another country, though it names home twice
    ("LIMA — Union leader Rosa Quispe said the strike would go on.\n\nBuyers in Kenya were told to wait, and Kenya's "
     "mills may close.", {"outlet_country": "KE"}, [("Rosa Quispe", "Peru")]),
    # a country's name inside a place's ("Port of Spain", "Gulf of Mexico") names no country
    ("Justice Anita Rampersad granted the order after a hearing in Port of Spain.\n\nRampersad said more was "
     "needed.", {"outlet_domain": "riverpost.co.tt"}, [("Anita Rampersad", "Trinidad and Tobago")]),
    ("Captain Lena Hart said the tanker sank in the Gulf of Mexico.", {"outlet_domain": "riverpost.co.tt"},
     [("Lena Hart", "Trinidad and Tobago")]),
    # ... and so is a dateline's place, read whole: its country is the tables' for the whole name, or none
    # ("PORT OF SPAIN", a national capital the town tables now hold, is its country's, with or without a home)
    ("PORT OF SPAIN — The flour mill closed on Friday, owner Raj Singh said.", {"outlet_domain": "newsday.co.tt"},
     [("Raj Singh", "Trinidad and Tobago")]),
    ("PORT OF SPAIN — The flour mill closed on Friday, owner Raj Singh said.", {},
     [("Raj Singh", "Trinidad and Tobago")]),
    ("Port of Spain — The flour mill closed on Friday, owner Raj Singh said.", {},
     [("Raj Singh", "Trinidad and Tobago")]),  # (the gazetteer's capital, as written)
    ("GULF OF MEXICO — Fishing boats returned on Friday, captain Leo Baptiste said.", {}, [("Leo Baptiste", None)]),
    ("GULF OF MEXICO — Fishing boats returned on Friday, captain Leo Baptiste said.",
     {"outlet_domain": "riverpost.co.uk"}, [("Leo Baptiste", "United Kingdom")]),  # no country named: home's
    ("NEW MEXICO — The flour mill closed on Friday, owner Raj Singh said.", {"outlet_domain": "riverpost.co.uk"},
     [("Raj Singh", "United States")]),  # a region's name, though a country's word closes it
    ("LAE, Papua New Guinea — Fishing boats returned on Friday, captain Leo Baptiste said.", {},
     [("Leo Baptiste", "Papua New Guinea")]),  # a qualifier of three words, no region "Papua" of Indonesia
    ("KERICHO, Kenya — Tea pickers went back on Friday, foreman Leo Bett said.", {"outlet_domain": "riverpost.co.ke"},
     [("Leo Bett", "Kenya")]),
    # a foreign country named once, without a dateline, leaves the story at home
    ("Farmer Dawa Lham waits for the elephants every night.\n\nLast year a herd crossed from the Indian side and "
     "flattened her rice, Lham said.",
     {"outlet_domain": "dailypaper.com", "outlet_name": "Bhutan's Daily Paper"}, [("Dawa Lham", "Bhutan")]),
    # the home's towns say the story is at home, though a foreign country helping is named more
    ("Two aircraft sent by Jordan joined the firefighters near Limassol.\n\nThe aircraft from Jordan landed at "
     "dawn.\n\nFire chief Nikos Pavlou said the front was six kilometres long.\n\nResidents of Limassol may "
     "return tonight.", {"outlet_domain": "cyprus-ledger.com", "outlet_name": "Cyprus Ledger"},
     [("Nikos Pavlou", "Cyprus")]),
])
def test_people_take_the_outlets_home(body, outlet, expected):
    assert _countries(body, **outlet) == expected


def test_every_country_people_get_has_a_code_an_outlets_domain_may_end_in():
    # (but the other names of a country, the regions of one and the bodies that are none)
    people_get = set(COUNTRY_NAMES.values()) | set(NATIONALITY_COUNTRY.values())
    assert people_get - set(COUNTRY_CODES.values()) == {
        "Bosnia", "Burma", "European Union", "Korea", "Kosovo", "Macedonia", "Scotland", "Soviet Union", "Wales"}


@pytest.mark.parametrize(("name", "code"), [
    ("Winnipeg Ledger", "CA"),  # a town of one country names the outlet
    ("The Anchorage Bugle", "US"),
    ("Montana Lantern", "US"),  # ... or a region
    ("Lantern New Mexico", "US"),  # a region's name closing on a country's word is the region's
    ("The River Post", None),  # near misses: no place's name
    ("The Baltic Lantern", None),  # a sea, no town or region
    ("Paris Ledger", None),  # a town's name that is also a given name
    ("Gulf Lantern", None),
    (None, None),
])
def test_an_outlets_home_from_a_place_it_is_named_by(name, code):
    assert outlet_place_code(name) == code


@pytest.mark.parametrize(("body", "outlet", "expected"), [
    (_HOME_STORY, {"outlet_name": "Winnipeg Ledger"}, [("Kendra Bain", "Canada")]),
    (_HOME_STORY, {"outlet_name": "Lantern New Mexico"}, [("Kendra Bain", "United States")]),
    (_HOME_STORY, {"outlet_name": "The River Post"}, [("Kendra Bain", None)]),
    # a story from abroad stays abroad
    ("LIMA — Union leader Rosa Quispe said the strike would go on.", {"outlet_name": "Winnipeg Ledger"},
     [("Rosa Quispe", "Peru")]),
])
def test_people_take_the_home_of_an_outlet_named_by_a_place(body, outlet, expected):
    assert _countries(body, **outlet) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # no country, region or outlet: the country of the towns the story names, twice and more than any other's
    ("The Winnipeg Harbour Board fined the firm on Monday.\n\nPort manager Tilda Voss said the Winnipeg office "
     "would reopen.", [("Tilda Voss", "Canada")]),
    ("Clerk Tilda Voss said the Douala market reopened.\n\nTraders in Douala cheered.", [("Tilda Voss", "Cameroon")]),
    # near misses: a town named once says where someone came from, not where the story is
    ("Clerk Tilda Voss flew in from Winnipeg on Monday.", [("Tilda Voss", None)]),
    # ... two countries' towns as often: none
    ("Clerk Tilda Voss flew from Winnipeg to Douala.\n\nShe left Winnipeg for Douala in May.", [("Tilda Voss", None)]),
    # ... a town's word the article also writes in lowercase is no town
    ("Most clerks left. Clerk Tilda Voss said most would return. Most did.", [("Tilda Voss", None)]),
    # ... (peopleR45 review) a town after "from" or "to" is where someone travels from or to, not the story's
    ("Runner Abel Kimeto, who trains in Douala, won the race in Winnipeg.\n\nHe flew in from Douala and returns "
     "to Douala on Friday. Race director Tilda Voss praised him.", [("Abel Kimeto", None), ("Tilda Voss", None)]),
    ("The school board named Abel Kimeto its new clerk.\n\nKimeto, reached by phone in Douala, will fly back "
     "from Douala in May. Board member Tilda Voss welcomed him.", [("Abel Kimeto", None), ("Tilda Voss", None)]),
    # ... a one-word town's name opening a sentence before a lowercase plural is an ordinary word ("Split tickets")
    ("Split tickets sold out early. Split shifts kept clerk Tilda Voss busy.", [("Tilda Voss", None)]),
    ("Split classes start at nine, clerk Tilda Voss said.\n\nSplit lunches follow.", [("Tilda Voss", None)]),
    # ... but within a sentence a town before a plural is the story's place
    ("Clerk Tilda Voss said Douala traders cheered.\n\nThe Douala market reopened.", [("Tilda Voss", "Cameroon")]),
    # ... while a town named where the story is stays the story's, though another is named after "from"
    ("Clerk Tilda Voss, back from Winnipeg, said the Douala market reopened.\n\nTraders in Douala cheered.",
     [("Tilda Voss", "Cameroon")]),
])
def test_people_take_the_country_of_the_towns_a_story_names(body, expected):
    assert _countries(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a country named once outranks no region named twice: the regions' country
    ("Farmer Tilda Voss, back from a Paris fair, said Iowa yields fell.\n\nIowa growers agree.",
     [("Tilda Voss", "United States")]),
    # near misses: a country named twice outranks the regions
    ("Farmer Tilda Voss said yields fell.\n\nIowa growers agree.\n\nFrance buys less, and France pays late.",
     [("Tilda Voss", "France")]),
    # ... and a country named once is still the story's when no region is named
    ("Farmer Tilda Voss said the French buyers paid late.", [("Tilda Voss", "France")]),
    # ... (peopleR45 review) and a demonym naming the story's people ("Mexican families") outranks the regions
    # they are bound for
    ("Mexican families wait for weeks to cross into Iowa.\n\nRosa Tlaloc, 34, waits with her sons. Shelter worker "
     "Tilda Voss said the wait was long.\n\n\"Iowa is so close,\" Tlaloc said.",
     [("Rosa Tlaloc", "Mexico"), ("Tilda Voss", "Mexico")]),
    # ... but not people visiting, nor people of two countries
    ("Polish tourists flocked to the fair.\n\nFarmer Tilda Voss said Iowa yields fell. Iowa growers agree.",
     [("Tilda Voss", "United States")]),
    ("Farmer Tilda Voss said Iowa yields fell.\n\nIowa growers agree. Mexican families buy less, and Haitian "
     "families too.", [("Tilda Voss", "United States")]),
])
def test_regions_named_outrank_a_country_named_once(body, expected):
    assert _countries(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a foreign country opening another person's title in the sentence is that person's, not the first one's
    ("The memorandum was signed by State Secretary Ana Roe and Chile's Deputy Minister of Foreign Affairs, "
     "Bo Lund.", [("Ana Roe", "Trinidad and Tobago"), ("Bo Lund", "Chile")]),
    ("The deal was signed by Councillor Ana Roe and Chilean State Secretary Bo Lund.",
     [("Ana Roe", "Trinidad and Tobago"), ("Bo Lund", "Chile")]),
    # near misses: a foreign country placing the person, or opening her own title
    ("State Secretary Ana Roe signed the memorandum in Chile.", [("Ana Roe", "Chile")]),
    # ... or with other words than a title's between it and another person's name
    ("State Secretary Ana Roe, born in Chile, met Bo Lund.", [("Ana Roe", "Chile"), ("Bo Lund", "Chile")]),
    ("Trade with Chile grew, State Secretary Ana Roe said.", [("Ana Roe", "Chile")]),
    ("Chilean State Secretary Ana Roe signed the memorandum with Bo Lund.",
     [("Ana Roe", "Chile"), ("Bo Lund", "Trinidad and Tobago")]),
    # ... (peopleR45 review) or closing a clause before a comma: "who fled Chile, Senator Bo Lund" is no title
    ("Ana Roe, who fled Chile, Councillor Bo Lund and Jo Kerr spoke at the rally.", [("Ana Roe", "Chile")]),
    ("Ana Roe, who was born in Chile, and Councillor Bo Lund spoke at the rally.", [("Ana Roe", "Chile")]),
])
def test_a_country_titling_another_person_is_not_the_first_ones(body, expected):
    found = _countries(body, outlet_domain="riverpost.co.tt")
    assert [pair for pair in found if pair[0] in dict(expected)] == expected
