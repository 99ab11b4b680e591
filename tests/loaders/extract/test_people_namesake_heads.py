"""Names after the head of a place's, an institution's or a storm's name, and a stress set of person lookalikes
(#9 people, round 1 of the people1 helper), written with their expectations before the extractor ran on them.

`not_people.NAMESAKE_HEADS`: "Hospital Gregorio Marañón", "Aeropuerto Adolfo Suárez", "Avenue Habib Bourguiba",
"Jalan Tun Razak", "Typhoon Carina", "Tropical Storm Ana", "Metro Manila" name a thing after (or beside) a
person-shaped name; the near misses keep people whose job carries such a word ("Hospital director Ana Roe") and
a head word as a modifier before a job ("Metro chief executive Ana Roe"). The pages: made-up paragraphs from many regions full of
things named after people, works, titled places, teams and storms beside real people (id, text, the people a reader
would list, strings no person's name or mention may hold)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    ("leahy_law", """Capitol Report
Senators press Pentagon on Leahy Law vetting
WASHINGTON — Senator Maria Okafor said on Tuesday that the Leahy Law must apply to every unit trained with American money.
Defense Secretary Paul Brennan told the committee that vetting under the Leahy Law had been "rigorous".
The hearing was held in the Dirksen Senate Office Building, and Okafor later spoke to reporters outside the Russell Building.
""", {"Maria Okafor", "Paul Brennan"}, {"Leahy", "Dirksen", "Russell Building"}),
    ("pei_ferry", """Atlantic Wire
Ferry service to Prince Edward Island resumes
CHARLOTTETOWN — Ferries between Nova Scotia and Prince Edward Island resumed on Friday after storm damage was repaired.
Transport minister Claire Doucette said crews worked through the night at the Wood Islands terminal.
"We are grateful," said ferry captain Ian MacLeod, who has sailed the route for 20 years.
""", {"Claire Doucette", "Ian MacLeod"}, {"Prince Edward", "Wood Islands", "Nova Scotia"}),
    ("king_abdullah_port", """Gulf Trade Weekly
Red Sea shipping lifts King Abdullah Port volumes
JEDDAH — Container volumes at King Abdullah Port rose 14 percent in the first quarter, the port operator said.
Chief executive Rayan Al-Harbi said new cranes ordered from Shanghai would arrive in September.
Trucks now reach the King Fahd Industrial Port in Yanbu within a day, said logistics analyst Noura Al-Qahtani.
""", {"Rayan Al-Harbi", "Noura Al-Qahtani"}, {"King Abdullah", "King Fahd", "Yanbu"}),
    ("lady_macbeth", """Arts Desk
A bleak new Lady Macbeth opens in Glasgow
GLASGOW — Director Fiona Strachan's staging of Macbeth at the Citizens Theatre casts Lady Macbeth as a war widow.
Actor Kemi Adeyemi, who plays Lady Macbeth, said the role had "taken over my dreams".
The production transfers to the Grace Theatre in Belfast in March.
""", {"Fiona Strachan", "Kemi Adeyemi"}, {"Lady Macbeth", "Macbeth", "Grace Theatre", "Citizens"}),
    ("grace_hope", """Harare Herald
Churches pledge aid after floods
HARARE — Hope Mutasa, who runs the Grace and Hope Shelter in Mbare, said 300 families had sought help since Sunday.
Grace Church pastor Tendai Moyo said donations had come from as far as Victoria Falls.
Victoria Chikore, a nurse at the Sally Mugabe Central Hospital, said children were being treated for cholera.
""", {"Hope Mutasa", "Tendai Moyo", "Victoria Chikore"}, {"Victoria Falls", "Sally Mugabe", "Grace Church", "Grace and Hope", "Mbare"}),
    ("storms", """Manila Bulletin Online
Storm Carina lashes Luzon as evacuations rise
MANILA — Typhoon Carina brought floods to Metro Manila on Wednesday, and Tropical Storm Butchoy followed two days later.
Interior Secretary Benhur Abalos said 600,000 people had been moved to shelters.
Weather forecaster Ana Liza Solis said Carina would weaken as it crossed the sea.
""", {"Benhur Abalos", "Ana Liza Solis"}, {"Carina", "Butchoy", "Luzon"}),
    ("airport_school", """Lagos Courier
Flights diverted as Murtala Muhammed Airport runway shut
LAGOS — Flights were diverted to Abuja on Thursday after a runway at Murtala Muhammed International Airport was shut for repairs.
Aviation minister Festus Keyamo said the runway would reopen on Monday.
Pupils at the Obafemi Awolowo Memorial School were sent home early, headteacher Bisi Adebayo said.
Traffic on Herbert Macaulay Way was heavy all afternoon.
""", {"Festus Keyamo", "Bisi Adebayo"}, {"Murtala", "Obafemi Awolowo", "Herbert Macaulay"}),
    ("foundation_award", """Nordic Daily
Climate scientist wins Greta Prize
STOCKHOLM — Ocean researcher Ingrid Halvorsen received the Olof Palme Prize on Saturday for her work on Baltic fish stocks.
The Knut and Alice Wallenberg Foundation, which funded her lab, said in a statement that the prize was deserved.
Halvorsen will give the Anders Celsius Lecture at Uppsala University next month.
""", {"Ingrid Halvorsen"}, {"Olof Palme", "Wallenberg", "Anders Celsius", "Greta"}),
    ("stadium_team", """Nairobi Sports Wire
Gor Mahia edge AFC Leopards in Mashemeji derby
NAIROBI — Gor Mahia beat AFC Leopards 1-0 at the Nyayo National Stadium on Sunday through a late goal from Benson Omala.
Coach Leonardo Neiva said his side deserved the win.
The next derby will be held at the Moi International Sports Centre in Kasarani.
""", {"Benson Omala", "Leonardo Neiva"}, {"Gor Mahia", "Nyayo", "Moi International", "Leopards"}),
    ("ship_brand", """Marine Times
Navy commissions new patrol vessel
SYDNEY — The patrol ship HMAS Stirling Castle joined the fleet on Monday, Commander Jane Whitlock said.
Defence contractor Austal, whose chairman Richard Spencer spoke at the ceremony, built the ship in Henderson.
Guests drank Penfolds Grange and Jacob's Creek at the dinner.
""", {"Jane Whitlock", "Richard Spencer"}, {"Stirling Castle", "Penfolds", "Jacob"}),
    ("boundary_titles", """Madrid Health Review
Hospitals strain under heat wave
MADRID — Dr. Ana Ruiz-Vega, MD, the head of emergency care at Hospital Gregorio Marañón, said admissions had doubled.
Health minister Mónica García said regional governments would receive extra funds.
Juan Carlos de la Fuente, a nurse, said staff were exhausted.
""", {"Ana Ruiz-Vega", "Mónica García", "Juan Carlos de la Fuente"}, {"Gregorio Marañón", "MD"}),
    ("asian_orders", """Seoul Economic Daily
Samsung heir attends summit
SEOUL — Samsung Electronics chairman Lee Jae-yong met President Lee Jae-myung on Tuesday at the Blue House.
Japan's trade minister Muto Yoji said talks with South Korea had been "constructive".
Nguyen Thi Mai, an economist in Hanoi, said chip exports would keep rising.
""", {"Lee Jae-yong", "Lee Jae-myung", "Muto Yoji", "Nguyen Thi Mai"}, {"Blue House", "Samsung"}),
    ("modifier_names", """Indian Express Online
Rajiv Gandhi scheme to be expanded, says minister
NEW DELHI — The Rajiv Gandhi Khel Ratna award will be renamed, sports minister Mansukh Mandaviya said on Friday.
Passengers at Indira Gandhi International Airport faced delays, an airport official said.
The Jawaharlal Nehru Port Authority reported record cargo, chairman Unmesh Wagh said.
""", {"Mansukh Mandaviya", "Unmesh Wagh"}, {"Rajiv Gandhi", "Indira Gandhi", "Jawaharlal Nehru"}),
    ("streets_hospital", """Buenos Aires Times
Protesters march on Avenida Corrientes
BUENOS AIRES — Thousands marched along Avenida Corrientes to the Plaza de Mayo on Wednesday.
Union leader Pablo Moyano said wages had fallen for a year.
Injured marchers were taken to the Hospital Fernández and to the Ramos Mejía hospital, said city health official Laura Benítez.
""", {"Pablo Moyano", "Laura Benítez"}, {"Corrientes", "Ramos Mejía", "Fernández", "Plaza de Mayo"}),
    ("london_namesakes", """London Evening Wire
Transport news
LONDON — Trains on the Elizabeth line were delayed on Monday, Transport for London said.
Sergeant Ama Boateng, who was awarded the George Cross in 2019, spoke at the ceremony in Victoria Park.
The Florence Nightingale Foundation said nurses were under strain, and chief nurse Duncan Burton agreed.
Shoppers queued at Jimmy Choo and Harvey Nichols on Oxford Street.
The Ronald McDonald House charity opened a new home near the Evelina hospital, its director Sarah Fell said.
The Ada Lovelace Institute published a report on Tuesday, and researcher Omar Khan said it was overdue.
Funds from the Ruth Bader Ginsburg Act will reach courts next year, said Marcus Webb, a lawyer.
""", {"Ama Boateng", "Duncan Burton", "Sarah Fell", "Omar Khan", "Marcus Webb"},
     {"Elizabeth", "George Cross", "Florence Nightingale", "Ronald McDonald", "Ada Lovelace", "Ruth Bader Ginsburg",
      "Victoria Park", "Jimmy Choo", "Harvey Nichols"}),
    ("african_orders", """Addis Standard Online
Ethiopia and Kenya sign power deal
ADDIS ABABA — Prime Minister Abiy Ahmed and Kenyan President William Ruto signed an electricity deal on Monday.
Energy minister Habtamu Itefa said the line from the Grand Ethiopian Renaissance Dam would carry 400 megawatts.
Kenyan engineer Wanjiru Kamau said towers were built near Moyale.
""", {"Abiy Ahmed", "William Ruto", "Habtamu Itefa", "Wanjiru Kamau"}, {"Renaissance", "Moyale"}),
]

# (text of one body paragraph, the people a reader would list)
ROWS = [
    ("Admissions at Hospital Gregorio Marañón doubled on Monday, the health ministry said.", set()),
    ("Flights left Aeropuerto Adolfo Suárez on time, and fans filled Estadio Santiago Bernabéu.", set()),
    ("Protesters gathered on Avenue Habib Bourguiba in Tunis, the interior ministry said.", set()),
    ("Traffic on Jalan Tun Razak was blocked for hours, police said.", set()),
    ("Tropical Storm Ana hit Malawi on Sunday, the weather service said.", set()),
    ("Hurricane Helene hit Florida, and Cyclone Alfred struck Queensland, forecasters said.", set()),
    ("Floods cut roads across Metro Manila on Wednesday, officials said.", set()),
    ("Coun. Raymond Tetrault, who represents Point Douglas, said fares were too high.", {"Raymond Tetrault"}),
    ("The Roads Agency Kahu Marama says the highway will stay shut until Friday.", set()),
    ("The Atlantic Ocean Corporation Ulla Brandt report was published on Monday.", set()),
    # near misses: a lowercase job word after the head, a head word inside a person's own clause
    ("Hospital director Ana Roe said every bed was full.", {"Ana Roe"}),
    ("Metro chief executive Ana Roe said fares would rise in May.", {"Ana Roe"}),
    ("Typhoon survivor Maria Santos said her house was gone.", {"Maria Santos"}),
    ("The museum's curator, Gregorio Marañón, said the paintings were safe.", {"Gregorio Marañón"}),
    ("Roads Agency chief Kahu Marama said the highway would stay shut.", {"Kahu Marama"}),
    ("Treasury Board President Ana Roe said the budget was balanced.", {"Ana Roe"}),
    ("Agency Ana Roe runs has forty staff, her deputy said.", {"Ana Roe"}),
]

# (a body's text, the people a reader would list): a town's name that "says" twice is the town's government when
# the article also writes it after "in" ("a ceremony in Baku"); a person known by surname stays one.
TOWN_ROWS = [
    ("Ankara and Tbilisi signed a deal. Roe said Tbilisi would finance its share. Roe said Tbilisi would "
     "pay on time. A ceremony in Tbilisi was canceled.", {"Roe"}),
    ("Koval said the plan would work. Koval added that talks went well. Koval lives in a flat in Kyiv.", {"Koval"}),
    ("Preston said the plan would work. Preston added that talks went well, officials said.", {"Preston"}),
]


_XFAIL = {
    "london_namesakes": "shops named after people, at an address (\"queued at Jimmy Choo and Harvey Nichols on Oxford "
                        "Street\"), are read as people: no rule reads a name before a street address as a shop",
    "lady_macbeth": "a play's title left alone after its character's titled name (\"staging of Macbeth\") is read as a surname",
    "stadium_team": "a club named like a person (\"Gor Mahia\") taking a plural verb only in the headline",
}
_XFAIL_FOUND = {
    "stadium_team": "a name after \"a late goal from\" at a sentence's end is missed (\"Benson Omala\")",
}


def _found(text: str):
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return extract_people(article, registry)


def _page(text: str) -> str:
    return f"Daily Wire\nNews of the day\nCITY — {text}\n"


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_names_after_a_namesake_head(text, expected):
    assert {person.name for person in _found(_page(text))} == expected


@pytest.mark.parametrize(("text", "expected"), TOWN_ROWS)
def test_a_town_that_speaks_is_no_person(text, expected):
    assert {person.name for person in _found(_page(text))} == expected


# (a body's text, the people a reader would list): a name joined by "and" to a place after a place-only preposition
# is a place, and so is one before "marae"; people joined so after a person's object lead, or with an apposition,
# stay people.
PLACE_ROWS = [
    ("About 60 households were evacuated overnight in Tolaga Bay and Te Karaka, officials said.", set()),
    ("Floods cut roads near Poverty Bay or Mata Kiri on Wednesday, police said.", set()),
    ("Fighting closed roads in Lagos and Mata Kiri on Wednesday, police said.", set()),
    ("Investors in Vantor and Ana Roe herself lost money this year, said analyst Ben Lee.", {"Ana Roe", "Ben Lee"}),
    ("A recovery meeting is planned for Monday at Te Poho-o-Rawiri marae, the council said.", set()),
    ("She has confidence in Ana Roe and Ben Lee, her aides said.", {"Ana Roe", "Ben Lee"}),
    ("Ana Roe in Lagos, and Ben Lee in Accra, said the vote was fair.", {"Ana Roe", "Ben Lee"}),
    ("Fighting raged in Gaza and Ana Roe, a nurse, said she was afraid.", {"Ana Roe"}),
]


# (a body's text, the people a reader would list): a legal form written right after a name makes it a firm's,
# here and wherever else the article writes it; a comma before the word keeps a person.
FIRM_ROWS = [
    ("Ok Tedi Mining Limited and PNG Power Limited announced a deal, said Daniel Kawage, chief executive of Ok Tedi "
     "Mining Limited.", {"Daniel Kawage"}),
    ("Shares of Vantor Kemp Ltd fell, and Ana Roe Inc said profits rose.", set()),
    ("Ana Roe, Limited partner at the fund, said profits rose.", {"Ana Roe"}),
    # a firm's plural word alone after an office's title is the office's, nobody's name
    ("The Minister for State Enterprises, who attended the signing, praised the deal.", set()),
    ("Minister for Public Enterprises Ana Roe said the deal was good.", {"Ana Roe"}),
    ("Shell's partner, Ana Banks, said the deal was good.", {"Ana Banks"}),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_ROWS)
def test_a_name_before_a_legal_form_is_a_firm(text, expected):
    assert {person.name for person in _found(_page(text))} == expected


@pytest.mark.parametrize(("text", "expected"), PLACE_ROWS)
def test_a_name_joined_to_a_place_is_a_place(text, expected):
    assert {person.name for person in _found(_page(text))} == expected


def _params(xfails: dict[str, str]):
    return [pytest.param(*page, id=page[0], marks=[pytest.mark.xfail(reason=xfails[page[0]], strict=True)]
                         if page[0] in xfails else []) for page in PAGES]


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params(_XFAIL_FOUND))
def test_every_listed_person_is_found(name, text, expected, not_people):
    assert expected - {person.name for person in _found(text)} == set()


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params(_XFAIL))
def test_nobody_else_is_a_person(name, text, expected, not_people):
    people = _found(text)
    assert [person.name for person in people if person.name not in expected] == []
    assert sorted({(thing, mention.surface) for person in people for mention in person.mentions
                   for thing in not_people if thing in mention.surface}) == []
