"""Round 4 of #9 (people): the evidence rows, written with their expectations before the extractor ran on them.

The largest class of the check halves' false positives is "given name first" (a capitalised run opening with a
known given name that the gold does not list). Two kinds of such runs, each beside real people of the same shape:

- things whose name opens with a common given name: churches, hospitals, stations, valleys, rivers, railway lines,
  roads, banks, charities, streets, a country's possessive, cruise lines, bays, auditors and banks named after
  their founders, a brand in the possessive, a building named for a surname, an eponymous programme, palaces,
  falls, utilities, arts centres, trophies, harbours, shows; each beside a person with that given name;
- persons the annotators leave out of `people` though named (fresh2 and fresh READMEs, probes 6, 14, 62, 80, 82):
  credits inside the body ("Reporting by X; Editing by Y", "Additional reporting by X", "Photo: X/Agency"),
  "Contact X at", an author's sign-off and bio line, a caption-only person, fictional characters ("dressed as",
  "starred as", "the X books"), people named only inside the title of a work, and namesakes (a carrier, a
  foundation, an airport named after a person).

Each row: (id, page text, the people a reader would list, strings no person's name or mention may be or hold)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

H = "Metro Daily\n{title}\nBy Staff Reporter\nMay 4, 2026\n"

ROWS = [
    # --- things opening with a given name, beside people of that given name
    ("grace_church", H.format(title="Church raises food bank funds") +
     "Parishioners at Grace Church in Lower Manhattan raised $40,000 for the food bank, the Rev. Grace "
     "Adeyemi-Hart said on Sunday.\nGrace Church will open its hall to families on Saturdays, she said.\n",
     {"Grace Adeyemi-Hart"}, {"Grace Church"}),
    ("mercy_hospital", H.format(title="Fourteen hurt in bus crash") +
     "Doctors at Mercy Hospital treated 14 people after the crash, spokeswoman Mercy Odhiambo said.\n"
     "Mercy Hospital said three of them were in a critical condition.\n",
     {"Mercy Odhiambo"}, {"Mercy Hospital"}),
    ("victoria_station", H.format(title="Signal fault strands commuters") +
     "Thousands of commuters were stranded at Victoria Station on Monday after a signal failure.\n"
     "Victoria Ashworth, a nurse from Croydon, said she had waited two hours for a train.\n",
     {"Victoria Ashworth"}, {"Victoria Station"}),
    ("jordan_valley", H.format(title="Heat scorches date farms") +
     "Temperatures reached 44C in the Jordan Valley on Tuesday, where farmer Jordan Haddad said his date palms "
     "had been scorched.\n\"We lost half the crop,\" Haddad said.\n",
     {"Jordan Haddad"}, {"Jordan Valley"}),
    ("charles_river", H.format(title="Lightning halts regatta") +
     "Rowers on the Charles River were called back to shore after lightning struck near the Longfellow Bridge.\n"
     "Coach Charles Whitmore said no one had been hurt.\n",
     {"Charles Whitmore"}, {"Charles River"}),
    ("elizabeth_line", H.format(title="Elizabeth line suspended") +
     "Trains on the Elizabeth Line were suspended between Paddington and Abbey Wood for most of the morning.\n"
     "Elizabeth Okonkwo, who commutes from Reading, said the delays had cost her a day's pay.\n",
     {"Elizabeth Okonkwo"}, {"Elizabeth Line"}),
    ("florence_road", H.format(title="Gas leak closes road") +
     "Police closed Florence Road in Bournemouth after a gas leak on Wednesday morning.\n"
     "Resident Florence Mbatha said she had smelled gas at dawn.\n",
     {"Florence Mbatha"}, {"Florence Road"}),
    ("sterling_bank", H.format(title="Lender's profit climbs") +
     "Sterling Bank posted a 20 percent rise in half-year profit, chief executive Abubakar Suleiman said.\n"
     "Sterling Okeke, an analyst at Meristem Securities, said the bank had cut its costs.\n",
     {"Abubakar Suleiman", "Sterling Okeke"}, {"Sterling Bank"}),
    ("christian_aid", H.format(title="Charity warns of hunger") +
     "Christian Aid warned on Thursday that two million people in the region faced hunger.\n"
     "German development minister Christian Hollweg said Berlin would double its food aid.\n",
     {"Christian Hollweg"}, {"Christian Aid"}),
    ("hope_street", H.format(title="Flat fire on Hope Street") +
     "A fire broke out in a third-floor flat on Hope Street in Glasgow on Friday night.\n"
     "Hope Street was closed for four hours. Neighbour Hope Kamara said she had heard glass breaking.\n",
     {"Hope Kamara"}, {"Hope Street"}),
    ("georgia_power", H.format(title="Storm cuts power") +
     "Protesters filled the streets of Georgia's capital on Sunday, while in the US state of the same name "
     "Georgia Power restored electricity to 90,000 homes.\nSpokeswoman Georgia Lindqvist said crews had worked "
     "through the night.\n",
     {"Georgia Lindqvist"}, {"Georgia Power", "Georgia's"}),
    ("princess_cruises", H.format(title="Cruise line cancels sailings") +
     "Princess Cruises cancelled three sailings from Sydney after a norovirus outbreak.\n"
     "Passenger Princess Adebayo said she had been confined to her cabin for four days.\n",
     {"Princess Adebayo"}, {"Princess Cruises"}),
    ("marina_bay", H.format(title="Crowds at the bay") +
     "Crowds gathered at Marina Bay for the National Day fireworks on Saturday.\n"
     "Marina Tan, a hotel manager, said every room had been booked for weeks.\n",
     {"Marina Tan"}, {"Marina Bay"}),
    ("grant_thornton", H.format(title="Auditor quits retailer") +
     "Auditors Grant Thornton resigned from the retailer's account on Monday, the company said in a filing.\n"
     "Grant Shapwell, a former partner at the firm, said the resignation was rare.\n",
     {"Grant Shapwell"}, {"Grant Thornton"}),
    ("morgan_stanley", H.format(title="Bank raises target") +
     "Morgan Stanley raised its price target for the shares on Tuesday.\n"
     "Morgan Reyes, an analyst at the bank, said demand for chips would stay strong.\n",
     {"Morgan Reyes"}, {"Morgan Stanley"}),
    ("jack_daniels", H.format(title="Whiskey sales fall") +
     "Sales of Jack Daniel's whiskey fell 8 percent in the quarter, its maker Brown-Forman said.\n"
     "Chief executive Jack Hollister said tariffs had hurt exports.\n",
     {"Jack Hollister"}, {"Jack Daniel"}),
    ("roberts_court", H.format(title="Tower block residents moved") +
     "Residents of Roberts Court, a 12-storey council block in Hackney, were moved to hotels after cracks were "
     "found.\nCouncil leader Alan Roberts said the building would be inspected.\n",
     {"Alan Roberts"}, {"Roberts Court"}),
    ("jean_monnet", H.format(title="EU funds university chairs") +
     "The Jean Monnet programme will fund 300 new university chairs this year, the European Commission said.\n"
     "Jean Castelnau, who runs the programme, said demand had doubled.\n",
     {"Jean Castelnau"}, {"Jean Monnet"}),
    ("alexandra_palace", H.format(title="Darts final") +
     "Kieran Holt won the world darts final at Alexandra Palace on Sunday night.\n"
     "Holt said he had dreamed of the title since he was a boy.\n",
     {"Kieran Holt"}, {"Alexandra Palace"}),
    ("victoria_falls", H.format(title="Tourist arrivals rise") +
     "Tourist arrivals at Victoria Falls rose 12 percent this year, tourism minister Barbara Rwodzi said.\n",
     {"Barbara Rwodzi"}, {"Victoria Falls"}),
    ("austin_energy", H.format(title="Outages after storm") +
     "Austin Energy said 40,000 customers had lost power after the storm.\n"
     "Austin Mayor Kirk Watson said crews would work through the weekend.\n",
     {"Kirk Watson"}, {"Austin Energy", "Austin Mayor"}),
    ("lincoln_center", H.format(title="Concert called off") +
     "A concert at Lincoln Center was called off on Friday after the conductor fell ill.\n"
     "Lincoln Okafor, who had flown in from Lagos for it, said he would ask for a refund.\n",
     {"Lincoln Okafor"}, {"Lincoln Center"}),
    ("stanley_cup", H.format(title="Hockey final") +
     "The Stanley Cup final opens in Edmonton on Wednesday.\n"
     "Defenceman Stanley Kovacs said the team was ready.\n",
     {"Stanley Kovacs"}, {"Stanley Cup"}),
    ("sydney_harbour", H.format(title="Ferries halted") +
     "Ferries on Sydney Harbour were halted for three hours after a crane collapsed near the wharf.\n"
     "Sydney Moreau, a ferry captain, said passengers had been calm.\n",
     {"Sydney Moreau"}, {"Sydney Harbour"}),
    ("chelsea_flower_show", H.format(title="Show opens") +
     "The Chelsea Flower Show opened to the public on Tuesday.\n"
     "Garden designer Chelsea Nakamura won a gold medal for her dry garden.\n",
     {"Chelsea Nakamura"}, {"Chelsea Flower Show"}),
    # --- persons the annotators leave out although they are named
    ("reporting_by", "Kenya cuts fuel prices\nNAIROBI, May 4 (Wire) - Kenya's energy regulator cut pump prices "
     "on Monday, director general Daniel Kiptoo said.\nReporting by Tom Kamau in Nairobi; Editing by Ana "
     "Whitcombe\n",
     {"Daniel Kiptoo"}, {"Tom Kamau", "Ana Whitcombe"}),
    ("additional_reporting", "Peru's Congress ousts minister\nLIMA, May 4 (Wire) - Peru's Congress censured "
     "interior minister Juan José Santiváñez on Monday, lawmaker Ruth Luque said.\nAdditional reporting by "
     "Marco Aquino; Writing by Grace Lindgren; Editing by Leslie Adler\n",
     {"Juan José Santiváñez", "Ruth Luque"}, {"Marco Aquino", "Grace Lindgren", "Leslie Adler"}),
    ("photo_credit", H.format(title="Wildfire nears town") +
     "Firefighters battle the blaze near Mati on Monday. Photo: Victoria Kallis/Reuters\n"
     "A wildfire came within two kilometres of Mati on Monday, fire brigade spokesman Yiannis Artopios said.\n",
     {"Yiannis Artopios"}, {"Victoria Kallis"}),
    ("contact_line", "Council approves new library\nMay 4, 2026\nThe city council approved a new central "
     "library on Monday, council leader Morgan Ellery said.\nFor more information, contact Grace Pemberton at "
     "grace.pemberton@example.org or 01234 567890.\n",
     {"Morgan Ellery"}, {"Grace Pemberton"}),
    ("signoff_bio", "Opinion: Our buses need lanes\nBy Dana Fulton\nMay 4, 2026\nMinister Elias Mahlangu said "
     "last week that bus lanes would come by 2028. That is too late.\nThe city cannot wait.\nDana Fulton is a "
     "senior fellow at the Urban Transport Institute.\n",
     {"Elias Mahlangu"}, {"Dana Fulton"}),
    ("caption_only", H.format(title="Market traders protest") +
     "Pictured: Ama Serwaa at her stall in Kumasi on Monday. (Photo: Kofi Boateng/GNA)\n"
     "Hundreds of traders closed their stalls in Kumasi on Monday over new fees, union leader Yaw Darko said.\n",
     {"Yaw Darko"}, {"Ama Serwaa", "Kofi Boateng"}),
    ("fictional_dressed_as", H.format(title="Fans queue for premiere") +
     "Fans dressed as Harry Potter and Hermione Granger queued outside the theatre on Sunday, producer Sonia "
     "Friedberg said.\nFriedberg said all 40 shows had sold out.\n",
     {"Sonia Friedberg"}, {"Harry Potter", "Hermione Granger"}),
    ("fictional_starred_as", H.format(title="Actor dies") +
     "Actor Malcolm Ferris, who starred as Jack Ryan in three films, has died aged 71, his agent Paula Lind said.\n",
     {"Malcolm Ferris", "Paula Lind"}, {"Jack Ryan"}),
    ("fictional_books", H.format(title="Library lends more") +
     "Loans of the Jack Reacher books rose by a third, librarian Helen Marsh said.\n"
     "Novelist Ana Roe's books sold two million copies, her publisher said.\n",
     {"Helen Marsh", "Ana Roe"}, {"Jack Reacher"}),
    ("title_of_work", H.format(title="Documentary wins prize") +
     "The documentary \"Finding Grace Obi\" won the jury prize on Saturday, its director Tunde Bello said.\n"
     "Bello said the film had taken six years to make.\n",
     {"Tunde Bello"}, {"Grace Obi"}),
    ("namesakes", H.format(title="Carrier arrives") +
     "The aircraft carrier USS Abraham Lincoln arrived in the Gulf on Monday, Navy spokesman Tim Hawkins said.\n"
     "The Kofi Annan Foundation said it would send observers, and flights at Julius Nyerere International "
     "Airport were delayed.\n",
     {"Tim Hawkins"}, {"Abraham Lincoln", "Kofi Annan", "Julius Nyerere"}),
    ("namesake_possessive_is_person", H.format(title="Widow opens school") +
     "Kofi Annan's widow, Nane Annan, opened a school in Kumasi on Monday.\n"
     "She said her late husband had wanted it built.\n",
     {"Kofi Annan", "Nane Annan"}, set()),
    # --- near misses of the mechanisms this round mends (written before the code): real people beside a
    # character's cue, a plural before a list of names, a tie noun that is a given name
    ("near_starred_alongside", H.format(title="Actor dies") +
     "Actor Malcolm Ferris, who starred alongside Tom Hale in three films, has died aged 71.\n",
     {"Malcolm Ferris", "Tom Hale"}, set()),
    ("near_dressed_as_common_noun", H.format(title="Leaflets at the station") +
     "Dressed as a nurse, campaigner Ana Roe handed out leaflets with her friend Tom Hale on Monday.\n",
     {"Ana Roe", "Tom Hale"}, set()),
    ("near_sworn_in_as", H.format(title="New mayor") +
     "Ana Roe was sworn in as mayor on Monday, replacing Tom Hale, who served as mayor for ten years.\n",
     {"Ana Roe", "Tom Hale"}, set()),
    ("near_lawyers_list", H.format(title="Appeal lodged") +
     "Lawyers Ana Roe and Tom Hale said on Monday they would appeal the ruling.\n",
     {"Ana Roe", "Tom Hale"}, set()),
    ("near_years_before_name", H.format(title="Shop closes") +
     "For 20 years Ana Roe ran the corner shop, and she said on Monday it would close.\n",
     {"Ana Roe"}, set()),
    ("near_mentor_given_name", H.format(title="Road to open") +
     "Mentor Hoxha, the mayor of Pristina, said the ring road would open in June.\n",
     {"Mentor Hoxha"}, set()),
    ("near_colleague_opens", H.format(title="Nurse honoured") +
     "Nurse Ana Tepa was honoured on Monday. Colleague Zara Kell said she had worked every Christmas.\n",
     {"Ana Tepa", "Zara Kell"}, set()),
    ("near_title_country_word", H.format(title="Talks in Amman") +
     "Spokeswoman Jordan Kell said Foreign Minister Ayman Safadi would meet Georgia's envoy. Minister Georgia "
     "Council members were not told.\n",
     {"Jordan Kell", "Ayman Safadi"}, {"Georgia Council"}),
    ("near_title_plural_surname", H.format(title="Hearing on lenders") +
     "Senator Banks said on Monday that Commissioner Gates would testify about the lenders' holdings.\n",
     {"Banks", "Gates"}, set()),
    # --- more things named after people (eponyms: the gold lists nobody for them), beside people of that name
    ("mo_ibrahim_prize", H.format(title="No prize this year") +
     "The Mo Ibrahim Foundation will give no prize this year, its chair Hadeel Ibrahim said on Monday.\n"
     "Former president Ellen Johnson Sirleaf won the Mo Ibrahim Prize in 2017.\n",
     {"Hadeel Ibrahim", "Ellen Johnson Sirleaf"}, {"Mo Ibrahim"}),
    ("mlk_day", H.format(title="Offices closed") +
     "City offices will close for Martin Luther King Jr. Day on Monday, city manager Martin Okello said.\n",
     {"Martin Okello"}, {"Martin Luther King"}),
    ("chris_hani_hospital", H.format(title="Patients wait 12 hours") +
     "Patients at Chris Hani Baragwanath Hospital waited up to 12 hours on Friday, nurse Chris Mokoena said.\n",
     {"Chris Mokoena"}, {"Chris Hani"}),
    ("rhodes_scholarship", H.format(title="Student wins scholarship") +
     "Amara Lewis, 22, has won a Rhodes Scholarship to study at Oxford, her school said.\n",
     {"Amara Lewis"}, {"Rhodes Scholarship"}),
    ("tom_mboya_street", H.format(title="Traders close shops") +
     "Traders on Tom Mboya Street closed their shops on Tuesday in protest at new fees.\n"
     "Tom Wekesa, who sells shoes there, said the fees had doubled.\n",
     {"Tom Wekesa"}, {"Tom Mboya"}),
    ("will_and_grace_openers", H.format(title="Loan relief") +
     "Will the banks pass on the cut? Grace periods for small loans were extended on Monday, central bank "
     "governor Grace Mutua said.\nCouncillor Will Patel said lenders had no excuse.\n",
     {"Grace Mutua", "Will Patel"}, set()),
    ("victoria_day", H.format(title="Fireworks cancelled") +
     "Victoria Day fireworks in Toronto were cancelled because of high winds, organiser Victoria Singh said.\n",
     {"Victoria Singh"}, {"Victoria Day"}),
    ("title_will_given_name", H.format(title="Lenders criticised") +
     "Councillor Will Patel said on Monday that lenders had no excuse.\nLawyer May Tan agreed.\n",
     {"Will Patel", "May Tan"}, set()),
    ("near_title_will_verb", H.format(title="Budget row") +
     "Mayor Ines Barros spoke on Monday.\nGovernor Will Review Plan After Protests\nThe governor's office said "
     "a review was due.\n",
     {"Ines Barros"}, {"Review Plan", "Will Review"}),
    ("near_suffix_then_verb", H.format(title="Stadium named") +
     "Cal Ripken Jr. said on Monday the new stadium would open in June. Ripken Jr. Stadium is in Aberdeen.\n",
     {"Cal Ripken Jr."}, set()),
    ("near_analyst_her_target", H.format(title="Analyst lifts target") +
     "Morgan Reyes raised her price target for the shares on Tuesday, saying demand would stay strong.\n"
     "Chief executive Ana Roe cut its prices by a tenth, the retailer said.\n",
     {"Morgan Reyes", "Ana Roe"}, set()),
    ("broker_its_rating", H.format(title="Brokers split") +
     "Grant Samuel cut its rating on the miner to hold on Monday, while analyst Grant Osei said the sell-off was "
     "overdone.\n",
     {"Grant Osei"}, {"Grant Samuel"}),
    ("near_plural_title_or", H.format(title="Union to choose") +
     "The union will vote on whether to endorse presidential candidates Ana Roe or Tom Hale at its meeting.\n",
     {"Ana Roe", "Tom Hale"}, set()),
]

# Rows this round does not mend, each with its reason (strict: a row that starts passing must be moved out).
XFAIL: dict[str, str] = {
    "elizabeth_line": "'between Paddington and Abbey Wood': 'Abbey' is a given name and 'Paddington' no place the "
                      "lexicon knows; 'between P and X' would need P known as a place, and 'talks between Ana Roe "
                      "and Tom Hale' keeps the rule from taking any pair",
    "jack_daniels": "'Jack Daniel's whiskey': a brand in the possessive before its product; 'Tom Hale's whiskey "
                    "collection' is a person's, and no product noun list tells them apart",
    "victoria_day": "'Victoria Day fireworks': 'Day' is a surname too ('Doris Day said'); an occasion's 'Day' after "
                    "one given name is left a person's (after a generation suffix it is mended: 'Martin Luther King "
                    "Jr. Day')",
}


def _found(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}, {
        m.surface for person in extract_people(article, registry) for m in person.mentions}


def _params():
    return [pytest.param(*row[1:], id=row[0],
                         marks=[pytest.mark.xfail(reason=XFAIL[row[0]], strict=True)] if row[0] in XFAIL else [])
            for row in ROWS]


@pytest.mark.parametrize(("text", "expected", "not_people"), _params())
def test_round4_row(text: str, expected: set[str], not_people: set[str]) -> None:
    names, surfaces = _found(text)
    assert names == expected
    assert not [thing for thing in not_people for held in names | surfaces if thing in held or held == thing]
