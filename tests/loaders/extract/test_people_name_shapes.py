"""The people step on made-up mini-articles for name shapes met on blind pages: particle surnames written alone,
surnames joined by "e", a given name the list lacks after a title, shortened given names ("Md."), honorifics of
other countries, family members named in full, and firms after a word for a job that firms share; and roles set
off around a short parenthetical, after an honorific, or naming a firm with a given name's word."""
from __future__ import annotations

import re

import pytest

from loaders.extract import run_body_steps
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> list[tuple[str, list[str], list[str]]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = []
    for person in extract_people(article, Registry()):
        for mention in person.mentions:
            assert body[mention.start:mention.end] == mention.surface
        found.append((person.name, [m.surface for m in person.mentions],
                      [r for m in person.mentions for r in (m.role, m.apposition) if r]))
    return found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a particle surname written alone joins the full name, though its particle is also a given name
        ("Transport minister Lorenzo Del Vasto met the unions on Tuesday. \"We have a deal,\" Del Vasto told "
         "reporters. Later Del Vasto left for Milan.",
         [("Lorenzo Del Vasto", ["Lorenzo Del Vasto", "Del Vasto", "Del Vasto"], ["Transport minister"])]),
        ("Geologist Sanne ter Mors said the dike held. Ter Mors said water levels would fall by Friday.",
         [("Sanne ter Mors", ["Sanne ter Mors", "Ter Mors"], ["Geologist"])]),  # ("-ologist": a title)
        # ... with its lowercase particle, even opening a sentence
        ("The bank's chairman, Ana Paula da Costa Ramalho, said profits rose. \"We are pleased,\" da Costa Ramalho "
         "told the Evening Courier.\nda Costa Ramalho added that the bank would hire 200 people.",
         [("Ana Paula da Costa Ramalho", ["Ana Paula da Costa Ramalho", "da Costa Ramalho", "da Costa Ramalho"],
           ["bank's chairman"])]),
        # two Portuguese surnames joined by "e" are one name
        ("Housing Secretary Vasco de Lemos e Brito said the plan was ready. \"It is a good day,\" de Lemos e Brito "
         "said.",
         [("Vasco de Lemos e Brito", ["Vasco de Lemos e Brito", "de Lemos e Brito"], ["Housing Secretary"])]),
        # ... but "e" or "y" between two full names, each with a given name, joins two people
        ("Ana Souza e Pedro Lima were married in Porto. The mayor, Rui Costa, attended.",
         [("Ana Souza", ["Ana Souza"], []), ("Pedro Lima", ["Pedro Lima"], []),
          ("Rui Costa", ["Rui Costa"], ["mayor"])]),
        ("Writer José Ortega y Gasset died in 1955. Juan Pérez y María López were witnesses.",
         [("José Ortega y Gasset", ["José Ortega y Gasset"], ["Writer"]), ("Juan Pérez", ["Juan Pérez"], []),
          ("María López", ["María López"], [])]),
        # a Spanish name is shortened to the given name and the father's surname
        ("Economist Maria Fernanda Lopez Arce said inflation would fall. Maria Lopez added that rates would follow.",
         [("Maria Fernanda Lopez Arce", ["Maria Fernanda Lopez Arce", "Maria Lopez"], ["Economist"])]),
        # a Malay or Arab name is shortened to the person's own names before "bin"/"binti" and the father's
        ("Deputy Prime Minister Ahmad Zulkifli bin Hamidi said the budget was fair. Ahmad Zulkifli said more aid "
         "would follow.",
         [("Ahmad Zulkifli bin Hamidi", ["Ahmad Zulkifli bin Hamidi", "Ahmad Zulkifli"], ["Deputy Prime Minister"])]),
        ("Trade Minister Siti Aminah binti Yusof met exporters. Siti Aminah said prices would hold.",
         [("Siti Aminah binti Yusof", ["Siti Aminah binti Yusof", "Siti Aminah"], ["Trade Minister"])]),
        # the word right after a title opens the name, though no given-name list has it
        ("A spokesman for the ministry, Ambassador Zoltar Karim Nassar, said the talks were useful. Nassar added "
         "that a second round would follow.",
         [("Zoltar Karim Nassar", ["Zoltar Karim Nassar", "Nassar"], ["Ambassador", "spokesman for the ministry"])]),
        # ... and so does the word right after a lowercase title before the run
        ("Opposition leader Thandar Myint Aung criticised the plan. Thandar Myint Aung said the costs were hidden.",
         [("Thandar Myint Aung", ["Thandar Myint Aung", "Myint Aung"], ["Opposition leader"])]),
        # a given name shortened with a full stop opens the name: the shared splitter ends no sentence there
        # (see test_a_dotted_given_name_follows_the_sentence_splitter)
        ("A spokesperson for the central bank, Md. Rafiqul Islam Chowdhury, said fees must be capped. He declined "
         "to comment further.",
         [("Md. Rafiqul Islam Chowdhury", ["Md. Rafiqul Islam Chowdhury"], ["spokesperson for the central bank"])]),
        ("Police in Jos. Police said the curfew would hold. Officers arrested Ade Bello.",
         [("Ade Bello", ["Ade Bello"], [])]),
        # honorifics of other countries are no part of the name
        ("Oknha Pen Sothy, whose firm built the dam, said it met every standard. Samdech Lim Bunthoeun declined to "
         "comment.",
         [("Pen Sothy", ["Pen Sothy"], []), ("Lim Bunthoeun", ["Lim Bunthoeun"], [])]),
        # ... and so are honorifics of two words
        ("Tan Sri Azman Hashim spoke. Datuk Seri Anwar Hakim also attended. Mr Tan Wei Ming agreed. Seri Wahyuni, "
         "a teacher, said no.",
         [("Azman Hashim", ["Azman Hashim"], []), ("Anwar Hakim", ["Anwar Hakim"], []),
          ("Tan Wei Ming", ["Tan Wei Ming"], []), ("Seri Wahyuni", ["Seri Wahyuni"], ["teacher"])]),
        # a surname opening with a place's word ("St.") or a Swedish "af" joins the full name
        ("Hon. Desmond St. Clair opened the court. Mr. St. Clair said two more would open. St. Clair added more.",
         [("Desmond St. Clair", ["Desmond St. Clair", "St. Clair", "St. Clair"], [])]),
        ("Karin af Klintberg, a Swedish adviser to the ministry, praised the design. Af Klintberg said it was a "
         "model.",
         [("Karin af Klintberg", ["Karin af Klintberg", "Af Klintberg"], ["Swedish adviser to the ministry"])]),
        # a family member named in full after a family word is a person, the family word the role
        ("Her brother, Sath Ravuth, lost his boat in the storm. For Sath Ravuth, the season is over. \"We start "
         "again,\" she said.",
         [("Sath Ravuth", ["Sath Ravuth", "Sath Ravuth"], ["brother"])]),
        # firms after a word for a job firms share, when the name ends in an industry's word; and a consortium
        ("The ministry named Ondavia Power, a venture of utility Redes do Sul and Korean trader Hanbit Marine, and "
         "the consortium Brisa Alta as winners. Spanish developer Mar Azul Energías withdrew. Brisa Alta said in a "
         "statement it was honoured.",
         []),
        # a name right after a word only bodies are called by is the body's
        ("Environmental group Blue Shore said it would appeal. The charity Hope Rising backed it, and the watchdog "
         "Clear Ledger asked for the papers. Group leader Ana Roe said the fight was not over. The group's founder, "
         "Mila Novak, agreed.",
         [("Ana Roe", ["Ana Roe"], ["Group leader"]), ("Mila Novak", ["Mila Novak"], ["group's founder"])]),
        # ... but the subject of a relative clause after such a word is someone's name
        ("It was a chapter of the group Carla Fiore addressed a month earlier. The DLC, the centrist organization "
         "Ben Lott used to change the party, closed. Lott said so. Fiore said so.",
         [("Carla Fiore", ["Carla Fiore", "Fiore"], []), ("Ben Lott", ["Ben Lott", "Lott"], [])]),
        # ... and a title or an apposition elsewhere vouches for a person, a speech verb does not
        ("The group Jo Roe founded in 2010 said it would sue. Jo Roe, a lawyer, said the case was strong.",
         [("Jo Roe", ["Jo Roe", "Jo Roe"], ["lawyer"])]),
        # ... and so is the subject of a relative clause before the sentence's main verb (a year may stand inside)
        ("The group Lena Obi founded in 2019 now has 300 members. Lena Obi said she was proud.",
         [("Lena Obi", ["Lena Obi", "Lena Obi"], [])]),
        ("The group Tomas Reid founded in 1998 has grown. Tomas Reid said it was hard work.",
         [("Tomas Reid", ["Tomas Reid", "Tomas Reid"], [])]),
        ("The institute Dana Wolk runs has 40 staff. Dana Wolk said funding was short.",
         [("Dana Wolk", ["Dana Wolk", "Dana Wolk"], [])]),
        # ... and a person's predicate ("said she") here or elsewhere vouches for a person, a body's ("said it") not
        ("The foundation Sara Lind set up in 2010 now runs four schools. Sara Lind said she was proud.",
         [("Sara Lind", ["Sara Lind", "Sara Lind"], [])]),
        ("In a statement to the charity Nadia Fell said she was quitting.",
         [("Nadia Fell", ["Nadia Fell"], [])]),
        ("The charity Hope Rising said it would appeal. Hope Rising said in a statement it was ready.", []),
        # a name after a place-only preposition is a place wherever the article writes it, unless vouched for
        ("Residents in Rose Hill said the water was brown. Rose Hill resident Ama Boateng said she bought bottled "
         "water.",
         [("Ama Boateng", ["Ama Boateng"], ["Rose Hill resident"])]),  # (a noun for a person before a name is its role)
        # a full name opening a sentence is a person's when its surname speaks alone later
        ("Summer Tran runs a bakery in Da Nang. Tran said sales had halved.",
         [("Summer Tran", ["Summer Tran", "Tran"], [])]),
        # ... but a preposition-like participle opening the sentence is no given name
        ("Given Sanders' lead, the party relaxed. Sanders said nothing. Sanders said more later.",
         [("Sanders", ["Sanders", "Sanders", "Sanders"], [])]),
        # a name alone in quotation marks is a work's or a contest's title; a nickname before a name is not
        ("He watched \"Forrest Gump\" again. Trump ran the \"Miss Universe\" pageant. Ana Lind said so.",
         [("Ana Lind", ["Ana Lind"], [])]),
        # a given name that is also a function word opens a name after a speech verb or before an age
        ("Fishermen said so. \"It was like a wall,\" said Per Olsen, 61.", [("Per Olsen", ["Per Olsen"], [])]),
        ("Fishermen said so. \"We go,\" said Will Hale.", [("Will Hale", ["Will Hale"], [])]),
        # an honorific before initials is no part of the name (only "M." there may be an initial)
        ("Engineers cheered.\nDr. A.P.J. Rahman Kalam addressed students. Kalam said science was for everyone.",
         [("A.P.J. Rahman Kalam", ["A.P.J. Rahman Kalam", "Kalam"], [])]),
        # a title before a form of address is the name's role
        ("Health Minister Dr Siale Tupou said so. Dr. Anna Lind said the hospital was full.",
         [("Siale Tupou", ["Siale Tupou"], ["Health Minister"]), ("Anna Lind", ["Anna Lind"], [])]),
        # ... but a person after such a word stays one
        ("Property developer Ana Quintela said the towers would rise. Quintela bought the land in 2019.",
         [("Ana Quintela", ["Ana Quintela", "Quintela"], [])]),  # (a job word before a name is no title yet)
        # a click letter opening a surname ("!", or the letters "ǀ ǁ ǂ ǃ") is part of the name, written in full
        # or alone after a form of address, and opens no sentence
        ("Deputy governor Petrus !Naobeb said rates would hold. \"We see no need to move,\" Mr !Naobeb said.",
         [("Petrus !Naobeb", ["Petrus !Naobeb", "!Naobeb"], ["Deputy governor"])]),
        ("Farmer Anna ǁGaroës said the rains came late. ǁGaroës lost half her maize.",
         [("Anna ǁGaroës", ["Anna ǁGaroës", "ǁGaroës"], ["Farmer"])]),  # (as "Farmer Anna Garoes" is)
        # ... but an exclamation mark ends a sentence where a space follows it
        ("We won! Petrus Naobeb said so.", [("Petrus Naobeb", ["Petrus Naobeb"], [])]),
    ],
)
def test_name_shapes_of_blind_pages(body, expected):
    assert _people(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a description before the name holds a plural owner in lowercase ("the growers' association") ...
        ("The head of the Lund growers' association, Pavel Dorn, said 300 hectares had burned.",
         [("Pavel Dorn", ["Pavel Dorn"], ["head of the Lund growers' association"])]),
        # ... or stands before two forms of address ("His Excellency Mr.", "Hon. Dr")
        ("The pact was signed by the Ambassador of Japan to Tonga, His Excellency Mr. Takeshi Mori.",
         [("Takeshi Mori", ["Takeshi Mori"], ["Ambassador of Japan to Tonga"])]),
        ("The chair of the health committee, Hon. Dr Sela Fifita, opened the clinic.",
         [("Sela Fifita", ["Sela Fifita"], ["chair of the health committee"])]),
        # a person's tie to someone named by a pronoun ("Her neighbour, X,", "His deputy, X,") is the name's role
        ("Her neighbour, Sonam Choden, lost her maize the same week.",
         [("Sonam Choden", ["Sonam Choden"], ["Her neighbour"])]),
        ("His deputy, Claudine Uwera, keeps the accounts.", [("Claudine Uwera", ["Claudine Uwera"], ["His deputy"])]),
        ("The mayor thanked her deputy, Ana Lund, on Monday.", [("Ana Lund", ["Ana Lund"], ["her deputy"])]),
        # a noun for a science's practitioner ("-ologist") is a title whatever its stem, and an administrator is one
        ("We spoke to the hydrologist Jana Hola about the river.", [("Jana Hola", ["Jana Hola"], ["hydrologist"])]),
        ("Epidemiologist Sam Oduya said cases fell.", [("Sam Oduya", ["Sam Oduya"], ["Epidemiologist"])]),
        ("The microbiologist Ines Varo said cases fell.", [("Ines Varo", ["Ines Varo"], ["microbiologist"])]),
        # ... and only an occupation's: an apologist, an astrologist or a Scientologist holds none
        ("Apologist Rene Vard spoke on Monday.", [("Rene Vard", ["Rene Vard"], [])]),
        ("Astrologist Ola Pett spoke on Monday.", [("Ola Pett", ["Ola Pett"], [])]),
        ("Scientologist Dag Ruul spoke on Monday.", [("Dag Ruul", ["Dag Ruul"], [])]),
        ("The road was shut, provincial administrator Joseph Kapi said.",
         [("Joseph Kapi", ["Joseph Kapi"], ["provincial administrator"])]),
        # an office or a body named with "and" ("Minister of Mines and Energy") is one role, before or after the name
        ("The plant was opened by the Minister of Mines and Energy, Tula Nangolo, on Monday.",
         [("Tula Nangolo", ["Tula Nangolo"], ["Minister of Mines and Energy"])]),
        ("Ana Lund, Minister of Trade and Industry, said exports rose.",
         [("Ana Lund", ["Ana Lund"], ["Minister of Trade and Industry"])]),
        ("The chief executive of Lund Oil and Gas, Jo Roe, said output fell.",
         [("Jo Roe", ["Jo Roe"], ["chief executive of Lund Oil and Gas"])]),
        # ... but an "and" between two titled people links no office: each has their own
        ("Minister Ana Kell and Interior Minister Bo Rask spoke.",
         [("Ana Kell", ["Ana Kell"], ["Minister"]), ("Bo Rask", ["Bo Rask"], ["Interior Minister"])]),
        ("The Secretary for Roads and Harbours Lino Vaka opened the wharf.",
         [("Lino Vaka", ["Lino Vaka"], ["Secretary for Roads and Harbours"])]),
        # a short parenthetical after the name (another script, "pictured") does not hide the apposition
        ("The league's treasurer, Lin Mei-hua (林美華), told reporters the budget was tight.",
         [("Lin Mei-hua", ["Lin Mei-hua"], ["league's treasurer"])]),
        ("A Dunmore county councillor, Ewan Roe (pictured), said the road would close.",
         [("Ewan Roe", ["Ewan Roe"], ["Dunmore county councillor"])]),
        # ... nor does an acronym in brackets inside the role
        ("Aldo Ferri, president of the Federazione Pescatori Liguri (FPL), the largest fishing union, said the ban "
         "was unfair.",
         [("Aldo Ferri", ["Aldo Ferri"], ["president of the Federazione Pescatori Liguri (FPL)"])]),
        # ... but a parenthetical before another name closes no role
        ("Michael Roe, former advisor to Vice President (then-Senator) Tomas R. Lund, Jr., is a fellow.",
         [("Michael Roe", ["Michael Roe"], []), ("Tomas R. Lund", ["Tomas R. Lund"], [])]),
        # a firm's name holding a given name's word is no second person inside the role
        ("Prices would fall only slowly, said Rosa Mendes, an economist at Porto bank Banco Atlas.",
         [("Rosa Mendes", ["Rosa Mendes"], ["economist at Porto bank Banco Atlas"])]),
        ("The deal was praised by Ana Roe, an analyst at Faro consultancy Luz Consulting.",
         [("Ana Roe", ["Ana Roe"], ["analyst at Faro consultancy Luz Consulting"])]),
        ("Awa Ndour, a soil chemist at the Amadou Kane Bello University in Thies, said so.",
         [("Awa Ndour", ["Awa Ndour"], ["soil chemist at the Amadou Kane Bello University in Thies"])]),
        # ... but another titled person still is
        ("Jo Lind, aide to Senator Connie Lawson, said no.",
         [("Jo Lind", ["Jo Lind"], []), ("Connie Lawson", ["Connie Lawson"], ["Senator"])]),
        # "counterpart" is a title: its nationality is the person's country
        ("Egyptian Foreign Minister Karim Saleh met his Jordanian counterpart Nasser Al-Rawabdeh in Cairo. "
         "Al-Rawabdeh said the line would be ready in 2028.",
         [("Karim Saleh", ["Karim Saleh"], ["Egyptian Foreign Minister"]),
          ("Nasser Al-Rawabdeh", ["Nasser Al-Rawabdeh", "Al-Rawabdeh"], ["Jordanian counterpart"])]),
        # after an article, a noun for a person by what they do heads an apposition as a title does; a relative
        # clause's own verbs are cut off with it
        ("Ibra Sall, a marine biologist at the Dakar Ocean Institute, said fish stocks fell.",
         [("Ibra Sall", ["Ibra Sall"], ["marine biologist at the Dakar Ocean Institute"])]),
        ("Ayo Karim, a criminologist at Riverton University who has studied staffing, said so.",
         [("Ayo Karim", ["Ayo Karim"], ["criminologist at Riverton University"])]),
        ("Jo Roe, officials said, was late.", [("Jo Roe", ["Jo Roe"], [])]),
        ("Mondex, a distributor of seeds, said prices rose.", []),  # a job firms share names no person
        # ... nor does it vouch for a name whose first word is also a weekday's (a person's job elsewhere does)
        ("Sunday Vale, a distributor for farms, said so. Sunday Vale, a wholesaler, said so.", []),
        ("Prices rose at Sunday Adeyemi, a welder in Lagos.",
         [("Sunday Adeyemi", ["Sunday Adeyemi"], ["welder in Lagos"])]),
        # ... and such a noun heads the role of a one-word name only by a person's ending (that name may be a tool's)
        ("They needed Webpack, Babel, Redux, a transpiler for the transpiler, and more.", []),
        ("Sutrisno, a fisherman, said the catch was small.", [("Sutrisno", ["Sutrisno"], ["fisherman"])]),
        ("Jamal Simmons is a consultant. Simmons, an Obama supporter, said so.",
         [("Jamal Simmons", ["Jamal Simmons", "Simmons"], ["consultant", "Obama supporter"])]),  # ("is a consultant" gives a role too)
        ("Jo Roe, a newcomer, said no. Ana Lind, the former, said yes.",
         [("Jo Roe", ["Jo Roe"], ["newcomer"]), ("Ana Lind", ["Ana Lind"], [])]),
        # a description opening the sentence with an article may end on a place's name before the person's
        ("A spokesperson for the EU delegation in Dakar, Helene Marin, said so.",
         [("Helene Marin", ["Helene Marin"], ["spokesperson for the EU delegation in Dakar"])]),
        ("Tim Kaine, Bill Clinton and Ana Lind spoke.",
         [("Tim Kaine", ["Tim Kaine"], []), ("Bill Clinton", ["Bill Clinton"], []), ("Ana Lind", ["Ana Lind"], [])]),
        # an honorific between the apposition and the name; "co-" before a title
        ("A co-author, Dr Lena Obi, told reporters the data were clear.",
         [("Lena Obi", ["Lena Obi"], ["co-author"])]),
        ("The study's co-chair, Prof. Ilse Varga, said the results held.",
         [("Ilse Varga", ["Ilse Varga"], ["Prof.", "study's co-chair"])]),
    ],
)
def test_roles_of_blind_pages(body, expected):
    assert _people(body) == expected


def test_a_place_inside_a_credited_name_gives_no_country():
    # "Sofia" in a photo credit's name is no capital of the article's country
    body = ("The ferry between Tolo and Barra resumed on Monday after a three-day strike ended.\n"
            "Union leader Joana Pires said members had accepted a 6% raise.\n"
            "Story by Paulo Brito; photos by Sofia Dias\n")
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    assert [(p.name, p.country) for p in extract_people(article, Registry())] == [("Joana Pires", None)]


@pytest.mark.parametrize(("body", "country"), [
    # a country the role is about is no country of its holder; where the role is held is
    ("Michael Roe, an expert on Russia at the Lund Center in Boston, said so.", "United States"),
    ("Ana Lind, a Chilean diplomat, said so.", "Chile"),
])
def test_a_roles_subject_is_no_country(body, country):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    assert [p.country for p in extract_people(article, Registry())] == [country]


def test_a_dotted_given_name_follows_the_sentence_splitter(monkeypatch):
    """A shortened given name ("Md.") opens the name only where the shared sentence splitter ends no sentence at its
    full stop: a name never runs across a sentence that the quotes and events steps read."""
    from loaders.extract import text

    body = ("A spokesperson for the central bank, Md. Rafiqul Islam Chowdhury, said fees must be capped. He declined "
            "to comment further.")
    assert _people(body) == [("Md. Rafiqul Islam Chowdhury", ["Md. Rafiqul Islam Chowdhury"],
                              ["spokesperson for the central bank"])]
    # a splitter that ends a sentence at that stop: the name starts after it
    monkeypatch.setattr(text, "_DOTTED_GIVEN_NAME", re.compile(r"(?!)"))
    assert _people(body) == [("Rafiqul Islam Chowdhury", ["Rafiqul Islam Chowdhury"], [])]


def _pipeline(body: str) -> tuple[list, list, list]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = run_body_steps(article, Registry())
    return ([(person.name, person.country) for person in found.people],
            [(quote.text, quote.speaker_name) for quote in found.quotes],
            # the people an event names, as participants or as its actors (events5 tells them apart)
            [person for event in found.events for person in (*event.participants, *event.actors)])


@pytest.mark.parametrize(
    ("body", "people", "quotes", "participants"),
    [
        # a shortened given name before a given name ends no sentence: the speaker is the whole name ("said Wm.
        # Harlow." still closes a sentence at "Wm.", as "Harlow" is no given name, so its quote has no speaker)
        ("Md. Karim Uddin said the case was weak. \"We will win,\" said Wm. Harlow.",
         [("Md. Karim Uddin", None)], [("the case was weak", "Md. Karim Uddin"), ("We will win,", None)], []),
        ("Mohd. Azlan Ismail, a lawyer, told reporters the trial would start soon.",
         [("Mohd. Azlan Ismail", None)], [("the trial would start soon", "Mohd. Azlan Ismail")], []),
        ("Mohd. Azlan Ismail, the state minister, said the floods were the worst in years. \"We need help,\" he "
         "said.",
         [("Mohd. Azlan Ismail", None)],
         [("the floods were the worst in years", "Mohd. Azlan Ismail"), ("We need help,", "Mohd. Azlan Ismail")], []),
        # a person named after a body's word who is a relative clause's subject, or says "she", speaks and acts
        ("The group Lena Obi founded in 2019 now has 300 members. Lena Obi said she was proud.",
         [("Lena Obi", None)], [("she was proud", "Lena Obi")], ["Lena Obi"]),
        ("The foundation Sara Lind set up in 2010 now runs four schools. Sara Lind said she was proud.",
         [("Sara Lind", None)], [("she was proud", "Sara Lind")], []),
        ("The institute Dana Wolk runs has 40 staff. Dana Wolk said funding was short.",
         [("Dana Wolk", None)], [("funding was short", "Dana Wolk")], []),
        ("In a statement to the charity Nadia Fell said she was quitting.",
         [("Nadia Fell", None)], [("she was quitting", "Nadia Fell")], ["Nadia Fell"]),
        # two people joined by "e" are two, and a surname that is a capital's name gives no one a country
        ("Ana Souza e Pedro Lima were married in Porto. The mayor, Rui Costa, attended.",
         [("Ana Souza", None), ("Pedro Lima", None), ("Rui Costa", None)], [], []),
    ],
)
def test_people_found_keep_their_quotes_and_events(body, people, quotes, participants):
    assert _pipeline(body) == (people, quotes, participants)


# A title that is a given name too ("Dean") before one word, with another job set off after the name, is the
# person's given name; with no other job, or its own office after it, it stays the title.
@pytest.mark.parametrize(("body", "name", "role"), [
    ('"Budgets are back," said Dean Halvorsen, co-director of the Centre for Fiscal Study. Halvorsen added more.',
     "Dean Halvorsen", "co-director of the Centre for Fiscal Study"),
    ("Dean Quist, a lawyer for the tenants, said fees would rise.", "Dean Quist", "lawyer for the tenants"),
    ("Dean Quist, dean of the law school, said fees would rise.", "Quist", "Dean"),
    ("Law school Dean Mara Quist said the fees would rise.", "Mara Quist", "Dean"),
])
def test_a_title_that_is_a_given_name_opens_the_name_before_another_job(body, name, role):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = {person.name: person for person in extract_people(article, Registry())}
    assert name in people
    assert role in {mention.role for mention in people[name].mentions}


# An initial, then a given name and a surname: the person goes by the middle name ("J. Edgar Roe"), which vouches
# for a person as a first given name does; an initial before a word that is no given name vouches for nothing.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("She recalled the year when J. Edgar Halloran ran the bureau.", {"J. Edgar Halloran"}, set()),
    ("The district's C. Rick Marten is also on the slate.", {"C. Rick Marten"}, set()),
    ("The fund T. Rowe Prize manages grew.", set(), {"T. Rowe Prize"}),
])
def test_an_initial_then_a_given_name_is_a_person(body, present, absent):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    names = {person.name for person in extract_people(article, Registry())}
    assert present <= names
    assert not absent & names
