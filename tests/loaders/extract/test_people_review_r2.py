"""Regression rows from the second review of the people step (rounds 2-3; 61 made-up news paragraphs run
through the round-3 code and the start code): the rows the round-2/3 rules got newly wrong, copied here before
the rules are narrowed or reverted, and near misses that keep each rule's reach.

A line-up rule took any label, a colon and six names for a match report's players: station, village and estate
lists, a start-up shortlist, ingredients, grapes, a racecard, a car range and a contributors footer became
people. A road's "Way" after "on" took "Mikey Way" and "Gerard Way"; a given name "Santo" took a described
baker for a place; "headed to" and a "cutback travelled to" lost the player receiving; "The model Naomi Campbell
55," lost the model; "the Mayor Ada Okeke estate plan" lost the mayor; "Pro-President" became a role and "Pheu
Thai was sworn in" a person.
Each row: (key, paragraph, the people a reader would list)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry


def _direct(text: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return {p.name: {r for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


def _page(text: str) -> set[str]:
    page = "\n".join(["Regional Post", "Officials meet on trade", "May 4, 2026", text]) + "\n"
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", page, {}), registry)
    return {person.name for person in extract_people(article, registry)}


LISTS_OF_THINGS = [
    ("tube_stations", "Engineering works will close several stations this weekend, Transport for London said.\n"
     "Stations closed: Holborn; Aldgate, Moorgate, Blackfriars, Embankment; Pimlico, Farringdon."),
    ("irish_villages", "Flooding hit homes across north Kerry on Tuesday night, the council said.\n"
     "Affected villages: Ballinacurra; Knocknagree, Rathmore, Kilcummin, Gneeveguilla; Scartaglin, Brosna."),
    ("kenya_estates", "Water rationing will begin on Monday in parts of Nairobi, the utility said.\n"
     "Affected estates: Kileleshwa; Lavington, Kilimani, Loresho, Kangemi; Kawangware, Riruta."),
    ("tech_firms", "Six start-ups made the shortlist for the national award, the judges said on Monday.\n"
     "Shortlist: Xero; Canva, Atlassian, Afterpay, Airwallex; Deputy, Linktree."),
    ("ingredients", "The chef shared her recipe for the festival cake on Sunday.\n"
     "Ingredients: Flour; Sugar, Butter, Vanilla, Cinnamon; Nutmeg, Cardamom."),
    ("grapes", "The estate grows more varieties than any other in the valley, its owner said.\n"
     "Grapes: Malbec; Merlot, Syrah, Grenache, Tempranillo; Mourvedre, Carignan."),
    ("racecard", "The going was soft at Leopardstown on Sunday.\n"
     "Runners: Fastorslow; Shishkin, Bravemansgame, Hewick, Capodanno; Envoi Allen."),
    ("car_models", "The carmaker said it would stop selling petrol models in Europe from 2030.\n"
     "Range: Defender; Discovery, Evoque, Velar, Freelander; Sport, Sentinel."),
    ("contributors_footer", "The city council approved the budget on Tuesday after a long debate over bus fares.\n"
     "Contributors: Maria Lopez; Ahmed Khan, Li Wei, Sarah Otieno, Tom Baker; Priya Nair."),
    # near miss in a match report: a list of things under a label of no team, with a score in the article
    ("sports_sponsors", "Ireland beat Wales 31-7 in Dublin on Saturday.\n"
     "Sponsors: Vodafone; Guinness, Aviva, Heineken, Canterbury; Cadbury, Bulmers."),
]


@pytest.mark.parametrize(("key", "text"), LISTS_OF_THINGS, ids=[row[0] for row in LISTS_OF_THINGS])
def test_lineup_shaped_lists_of_things_are_nobody(key, text):
    assert _direct(text) == {}
    assert _page(text) == set()


LINEUPS = [
    # near misses: real line-ups keep their players (a team label named in the article or in capitals, a score
    # or a match word in the article)
    ("hockey_lineup", "India beat Spain 3-1 in the group match in Bhubaneswar.\n"
     "India: Sreejesh; Harmanpreet, Amit Rohidas, Jarmanpreet, Sumit; Hardik, Manpreet, Vivek; Mandeep, Abhishek.",
     {"Sreejesh", "Harmanpreet", "Amit Rohidas", "Jarmanpreet", "Sumit", "Hardik", "Manpreet", "Vivek", "Mandeep",
      "Abhishek"}),
    ("caps_label", "Cork held on to win 1-14 to 0-16 against Kerry in Killarney.\n"
     "CORK: Collinson; Haverty, Cahalane, Donoghue; Joyce, Downey, Coleman; Mahony, Dalton.",
     {"Collinson", "Haverty", "Cahalane", "Donoghue", "Joyce", "Downey", "Coleman", "Mahony", "Dalton"}),
]
LINEUPS[1] = pytest.param(*LINEUPS[1], marks=pytest.mark.xfail(strict=True, reason=(
    "'Downey' is a town of the gazetteer: a line-up item that is a town counts as a thing and is dropped (the "
    "line's other players stay); no mechanism yet tells a player named like a town from a place")))


@pytest.mark.parametrize(("key", "text", "expected"), LINEUPS, ids=["hockey_lineup", "caps_label"])
def test_real_lineups_keep_their_players(key, text, expected):
    assert set(_direct(text)) == expected


def test_lineup_label_without_sports_evidence_is_no_lineup():
    # near miss: the caps label of a line-up, but nothing in the article is a match (a board's members)
    text = ("The charity named its new trustees on Monday, the chair said.\n"
            "TRUSTEES: Okafor; Lindqvist, Haddad, Mensah, Kowalczyk; Nilsson, Berglund.")
    assert _direct(text) == {}


ROWS = [
    ("way_fell_on", "The spotlight fell on Mikey Way as the band played its first show in years.", {"Mikey Way"}),
    ("way_book_on", "A new book on Gerard Way came out this week.", {"Gerard Way"}),
    ("way_along_road", "Police set up checkpoints along Kwame Nkrumah Way overnight.", set()),
    ("way_no_given", "Traffic was diverted along Harbour Way on Sunday.", set()),
    ("santo_giuliano", "Santo Giuliano, the bakery's owner, said bread prices would rise.", {"Santo Giuliano"}),
    ("santo_tomas_place", "Floods cut roads in Santo Tomas on Wednesday.", set()),
    ("headed_to_player", "Virgil van Dijk headed to Cody Gakpo and the Dutchman scored from close range.",
     {"Virgil van Dijk", "Cody Gakpo"}),
    ("cutback_travelled", "Bukayo Saka's cutback travelled to Kai Havertz and the German scored.",
     {"Bukayo Saka", "Kai Havertz"}),
    ("cutback_travelled_receiver", "Saka's cutback travelled to Kai Havertz and the German scored.",
     {"Kai Havertz"}),
    ("model_number", "The model Naomi Campbell 55, walked for the house in Paris.", {"Naomi Campbell"}),
    ("the_mayor_estate", "Asked about the Mayor Ada Okeke estate plan, residents were split.", {"Ada Okeke"}),
    ("passive_sworn", "Pheu Thai was sworn in as the ruling party, and Paetongtarn Shinawatra was sworn in as "
     "prime minister.", {"Paetongtarn Shinawatra"}),
]


ROWS[7] = pytest.param(*ROWS[7], marks=pytest.mark.xfail(strict=True, reason=(
    "wrong in the start code too: 'Bukayo Saka's cutback' has no person's evidence ('Bukayo' is no listed given "
    "name, and a possessive before a deed noun is a club's as often: 'Real Madrid's equaliser'); the receiver "
    "Kai Havertz is kept (row cutback_travelled_receiver)")))


@pytest.mark.parametrize(("key", "text", "expected"), ROWS, ids=[row.values[0] if hasattr(row, "values") else row[0]
                                                             for row in ROWS])
def test_review2_rows(key, text, expected):
    assert set(_direct(text)) == expected


def test_pro_before_a_title_is_no_role():
    people = _direct("Pro-President Ana Okafor supporters marched through Abuja.")
    assert set(people) == {"Ana Okafor"}
    assert not any("Pro-President" in role for role in people["Ana Okafor"])
    # near miss: "Pro-Vice-Chancellor" is an office
    people = _direct("Pro-Vice-Chancellor Ana Okafor said exams would go ahead.")
    assert any("Pro-Vice-Chancellor" in role for role in people["Ana Okafor"])


# Round-4 rules that mark every other mention of a name as no person (a part played, a firm's trade, a broker's
# call): near misses where the same name is a real person elsewhere in the article, with a person's evidence.
SAME_NAME_ELSEWHERE = [
    ("character_then_author", "Dozens of fans dressed as Tom Hale at the book fair on Saturday. Tom Hale, the "
     "author who created the detective, said he was touched.", {"Tom Hale"}),
    ("firm_then_partner", "Auditors Grant Thornton resigned from the account last year. Mr Grant Thornton, 54, "
     "a retired farmer who shares the firm's name, said he was tired of the calls.", {"Grant Thornton"}),
    ("broker_then_person", "Morgan Reyes raised its price target for the miner on Monday, the bank said. Morgan "
     "Reyes, 41, the analyst who wrote the note, said she expected copper to rise.", {"Morgan Reyes"}),
    # an age set off in commas before "said he" is a person's predicate still
    ("broker_then_aged", "Grant Samuel cut its rating on the stock. Grant Samuel, 62, said he founded the adviser "
     "in 1988.", {"Grant Samuel"}),
    ("firm_then_aged", "Auditors Grant Thornton resigned. Grant Thornton, 54, said he was tired of the calls.",
     {"Grant Thornton"}),
    # near misses: the firm speaks as "it", with or without a number in commas
    ("broker_it", "Grant Samuel cut its rating on the stock. Grant Samuel said it expected a weaker year.", set()),
    ("firm_number_it", "Auditors Grant Thornton resigned. Grant Thornton, 2024, said it had raised concerns.",
     set()),
]


@pytest.mark.parametrize(("key", "text", "expected"), SAME_NAME_ELSEWHERE,
                         ids=[row[0] for row in SAME_NAME_ELSEWHERE])
def test_person_evidence_wins_over_a_name_marked_no_person(key, text, expected):
    assert set(_direct(text)) == expected
