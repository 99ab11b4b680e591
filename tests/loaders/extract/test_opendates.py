"""The open finder: a dated clause with a word reporting a happening is an event; one row per rule."""
from datetime import date

import pytest

from loaders.extract.opendates import open_triggers
from loaders.extract.reldates import find_dates

PUBLISHED = date(2026, 6, 16)  # a Tuesday


def words(text: str, taken=(), refused=()) -> list[str]:
    dates = find_dates(text, PUBLISHED)
    found = open_triggers(text, dates, list(taken), [(0, len(text))], [], list(refused))
    return [text[start:end] for _, start, end in found]


@pytest.mark.parametrize("text, expected", [
    # a past-tense verb in the date's clause
    ("The High Court quashed the permission on Tuesday.", ["quashed"]),
    # an irregular past form
    ("Pakistan beat Zimbabwe by six wickets on Sunday.", ["beat"]),
    # a verb after 'will' (the status reader makes it planned)
    ("The third match of the series will be played in Lahore on Wednesday.", ["played"]),
    # a month a plan was set for dates the happening named right before it, whatever became of it
    ("Ana Silva said a maintenance shutdown planned for May had been cancelled.", ["shutdown"]),
    ("The Tarnby festival scheduled for July was called off.", ["festival"]),
    # ... and a happening moved to a month or put off until one is the subject's, whatever its noun
    ("The Tarnby overhaul has been moved to October, when the Varn river is lower.", ["overhaul"]),
    ("The Varn turbine upgrade was postponed until March.", ["upgrade"]),
    # ... and after "expected to", "set to", "scheduled to" as after "due to"
    ("The Tarnby bridge is expected to open next year.", ["open"]),
    ("Ana Silva said work on the Varn dam was scheduled to start in March 2027.", ["start"]),
    ("The Varn summit is set to take place in Oslo on Friday.", ["take"]),
    # an event noun the date is attached to
    ("An Bord Pleanála upheld its decision of March 2025.", ["upheld"]),
    ("The Bord Pleanála decision of March 2025 stands.", ["decision"]),
    # an opening adverbial dates the clause after it
    ("In 2019, the Government decided to route the line under the reserve.", ["decided"]),
    # speech is attribution, not an event
    ("The Land Transport Authority said on Jan 21 that the line is late.", []),
    # an adjective is not a verb
    ("The revised Westwind plan of 2021 is gone.", []),
    # a relative clause's verb ("those that erupted"), a phrasal verb ("went after")
    ("Closures could kindle protests like those that erupted in Harbin in 2002.", ["erupted"]),
    ("Mitt Romney went after Trump on Wednesday over his taxes.", ["went"]),
    # statistics and prices move, they do not happen
    ("Employment at Stanford Labs has declined by 20% from its peak in late 2022.", []),
    # a date before a noun phrase dates the event noun it ends in, one word or two words on
    ("The 2019 fish kills at Menindee were a warning.", ["kills"]),
    ("Tuesday's Republican debate in Milwaukee was long.", ["debate"]),
    # a word cut by the clause's reach is no word ("... staffers rec|eived partial immunity")
    ("The revelation that several Hillary Clinton staffers received partial immunity in the FBI email probe set "
     "off another round of partisan fireworks on Friday.", []),
    # a date that bounds a state ("until", like "since") dates no happening
    ("Maria Holm, who ran a bakery in Tromsø until 2023, told me it was the fourth time.", []),
    # a state verb after 'will' (its past form is listed) is no happening
    ("The Harbour Museum will stay shut until at least Friday, the trust says.", []),
    # ... but a happening verb whose past form is a speech or adjective word is one ("named", "listed")
    ("The board of Tarnby Works will name a new chief executive on Friday.", ["name"]),
    ("Tarnby Works will list its shares on the Varden exchange on Thursday.", ["list"]),
    # a count over a whole year is a statistic
    ("The Karlsby port handled 3.2 million containers last year, a record.", []),
    ("Korean brands accounted for about 41% of Ruritania's car sales in 2025.", []),
    ("Lundqvist Air carried 12,400,000 passengers last year.", []),
    ("The Varden fair attracted over 140,000 visitors in 2025.", []),
    # ... a count of things as the object, or a quantity as the subject ("148 cases of crop damage", "5.1 million
    # tonnes of cargo crossed")
    ("The Tarnby forest office recorded 212 cases of crop damage by boars in 2025, up from 96.", []),
    ("Some 3.4 million tonnes of grain crossed the Varn strait in 2025, a record.", []),
    ("About 4,200 pilgrims passed through Tarnby last year.", []),
    # ... but a count over a day or a month is a happening, and a number that is no count ("Route 9") is no figure
    ("The Tarnby police arrested 14 protesters on Tuesday.", ["arrested"]),
    ("The Tarnby council reopened Route 9 in 2025 after repairs.", ["reopened"]),
    # forecasts, valuations and rankings are no happenings
    ("The Ruritanian drone market was valued at $2.1 billion in 2024.", []),
    ("The Ruritanian drone market is projected to reach $9 billion by 2033.", []),
    ("Holmsen Cars topped the Varden satisfaction survey for 2025.", []),
    # a participle before its noun is an adjective ("detailed safety statistics", "a GPU equipped laptop")
    ("Kestrel Works publishes the last 15 years of detailed safety statistics on its website.", []),
    # 'due to' after a noun is a cause, not a future
    ("A Varden study estimated that deaths due to extreme heat rose between 2000 and 2004.", []),
    ("The Varden talks are due to start in Oslo on Friday.", ["start"]),
    # ... the figure verb counts the noun only when the noun is its subject; "drove" moves no figure of its own
    ("The ruling on Monday drove shares of Tarnby Works down 8%.", ["ruling"]),
    ("The ruling on Monday sent shares of Tarnby Works down 8%, and losses recovered later.", ["sent"]),
    ("The ruling on Monday as Tarnby shares tumbled 8% stunned traders.", ["ruling"]),
    ("Arrests at the Varden border rose 12% on Monday.", []),
    # ... a count on a day or month is a happening
    ("Norwegian boats rescued 14 Danish sailors near Svalbard in March.", ["rescued"]),
    # an aside in brackets before the date does not end its clause
    ("A fire broke out shortly after 02:00 local time (01:00 GMT) on Friday at the Kolding depot.", ["broke"]),
    # ... but only right before the date, and not before a noun's modifier date
    ("Sessions on ultra-processed foods (UPFs) were abundant at Nutrition 2025 in Oslo.", []),
    ("Its action made it one of the best anime (donghua) of 2025 in Oslo.", []),
    # nothing named in the sentence: nothing identified
    ("Candidates traded inflammatory attacks against one another on Monday.", []),
    # after "will be"/"would be" only a participle is a verb: an adjective is a state ("would be higher")
    ("By 2028, Varden's minimum wage would be higher than the rate in Brenn.", []),
    ("The Varden final will be played in Brenn on Sunday.", ["played"]),
    # what candidates run for is a goal, not an event ("candidates for the 2016 presidential nomination")
    ("Ana Silva is one of two candidates for the party's 2016 presidential nomination in Varden.", []),
    # a verb of a relative clause after a counted plural is a count, not one event ("the 25 parties he hosted")
    ("Ana Silva worked a photo line at each of the 25 holiday parties she hosted in 2008 in Varden.", []),
    # an appeal is a court's only with a court's words around it; else it is attraction
    ("Ana Silva's appeal Tuesday was greatest among younger voters in Varden.", []),
    ("Ana Silva's appeal against the Varden ruling was rejected by the court on Tuesday.", ["rejected"]),
    ("The Varden court heard Ana Silva's appeal on Tuesday.", ["appeal"]),
    # a comma inside a number ends no clause
    ("Ana Silva won the 10,000 metres in Rabat on Sunday.", ["won"]),
    ("Floods in Soroca forced 2,000 people from their homes on Saturday.", ["forced"]),
    # two past verbs joined by "and" are two clauses, each with its own date; "after" opens another clause
    ("Varden Motors opened a plant in Brenn in 2008 and closed it in 2022 after the sanctions began.",
     ["opened", "closed"]),
    # a tenure, a criticism faced, an effort are states, not happenings
    ("Ana Silva served as Varden's chief prosecutor from 1983 to 1989.", []),
    ("Premier Ana Silva faced public criticism over her Varden speech this month.", []),
    ("The Varden Works board struggled on Tuesday to explain the losses.", []),
])
def test_dated_clauses(text, expected):
    assert words(text) == expected


def test_a_clause_with_a_vocabulary_trigger_is_left_to_it():
    text = "Silva met Costa in Porto on Monday."
    start = text.index("met")
    assert words(text, taken=[("meeting", start, start + 3)]) == []


def test_a_denial_s_that_clause_is_a_clause_of_its_own():
    text = "The Ruritanian ministry denied that its troops had shelled a school in Varna on Sunday."
    start = text.index("denied")
    assert words(text, taken=[("statement", start, start + 6)]) == ["shelled"]


def test_a_word_the_vocabulary_refused_is_not_taken_up():
    text = "Karl Brenner was attacked over his speeches on Monday."
    start = text.index("attacked")
    assert words(text, refused=[(start, start + 8)]) == []
    assert words(text) == ["attacked"]


@pytest.mark.parametrize("text, expected", [
    ("Havtind and Daesan Green Shipping signed a memorandum of understanding in Busan in June 2024.",
     "agreement_signing"),
    ("The Restoring Our Rivers legislation passed Parliament in late 2023.", "vote_veto"),
    ("Time passed slowly for Kowal in late 2023.", "other"),  # no bill: the word alone says nothing
    ("Daniel Koh visited the CRL Loyang depot on Jan 20.", "visit"),
    ("Ruritanian drones struck a fuel depot in Varna on Sunday.", "attack"),
    ("Norway and Denmark agreed on Monday to set up a hotline.", "agreement_signing"),
    ("Jan Kowal agreed on Monday to step down as Oslo mayor.", "other"),  # one party: no agreement between parties
    ("Holmsen struck a supply deal with Daesan in June 2024.", "other"),  # no arms: the word alone says nothing
])
def test_open_types(text, expected):
    dates = find_dates(text, PUBLISHED)
    found = open_triggers(text, dates, [], [(0, len(text))], [], [])
    assert [event_type for event_type, _, _ in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    # speech is no narration ...
    ('"We met the board in Lisbon on Tuesday," Silva said.', []),
    # ... but a date with its year written names the event whoever tells it
    ('"The 2019 fish kills at Menindee showed it," Silva said.', ["kills"]),
    ('"We signed the deal with Acme in March 2022," Silva said.', ["signed"]),
    ('"Tuesday\'s debate in Lisbon showed it," Silva said.', []),
])
def test_quoted_dates(text, expected):
    dates = find_dates(text, PUBLISHED)
    quote = (text.index('"'), text.rindex('"') + 1)
    found = open_triggers(text, dates, [], [(0, len(text))], [quote], [])
    assert [text[start:end] for _, start, end in found] == expected


# A relative clause's antecedent is its clause's context for the type: "the treaty, which will be signed in December"
# is a signing. Made-up sentence; expected output written before the run.
def test_relative_antecedent_types_an_open_trigger():
    from tests.loaders.extract.test_events import events_of
    body = ("Karl Brenner and Ana Silva met in Lisbon on Monday and agreed on the final text of the treaty, which will "
            "be signed in Valletta in December.")
    found = [(e.event_type, e.status, e.location) for e in events_of(body, "Karl Brenner", "Ana Silva")]
    assert ("agreement_signing", "planned", "Valletta") in found, found


# "and" before a passive or perfect verb of its own, or before a pronoun subject and its auxiliary, starts another
# clause: each date reports its own clause's verb. Made-up sentences; expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("The Varn link entered service in 1999 and was rebuilt in 2021.",
     [("entered", "1999-01-01"), ("rebuilt", "2021-01-01")]),
    ("The Varn price ceiling was fixed in January and it has not moved since.", [("fixed", "2010-01-01")]),
    # (a relations word away from relations is a dated act all the same)
    ("The Varn link entered service in 1999 and was upgraded in 2021.",
     [("entered", "1999-01-01"), ("upgraded", "2021-01-01")]),
])
def test_and_starts_a_clause_of_its_own(body, expected):
    from tests.loaders.extract.test_events import events_of
    found = [(body[e.start:e.end], str(e.start_date)) for e in events_of(body)]
    assert found == expected


def test_a_list_of_names_keeps_its_clause():
    # (made-up sentence; expected output written before the run)
    from tests.loaders.extract.test_events import events_of
    body = "The Varn weather service lifted its storm warning for Norway, Sweden and Denmark on Monday."
    assert [(body[e.start:e.end], str(e.start_date)) for e in events_of(body)] == [("lifted", "2010-03-08")]


# A date with its year told of a definite subject is explicit enough though the sentence names no one ("The
# municipality cancelled the tender in March 2022"); without the year it is not ("The council met on Monday" in a
# sentence naming no one stays vague). Made-up sentences; expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("The municipality cancelled the tender in March 2022 after an audit found irregularities.",
     [("cancelled", "2022-03-01")]),
    ("The previous protocol expired in November 2009 and was not renewed.", [("expired", "2009-11-01")]),
    ("The committee decided on Monday to wait.", []),
    # (a paragraph of its own)
    ("Karl Brenner denied it.\n\nThe municipality cancelled the tender in March 2022 after an audit.",
     [("cancelled", "2022-03-01")]),
])
def test_definite_subject_with_a_written_year(body, expected):
    from tests.loaders.extract.test_events import events_of
    assert [(body[e.start:e.end], str(e.start_date)) for e in events_of(body)] == expected


# A cancelling verb whose subject opens with an event noun tells that event, cancelled ("A public forum the Tarnby
# council had planned to hold ... was cancelled" is a cancelled meeting). Made-up sentence; expected output first.
def test_the_cancelled_subject_is_the_event():
    from tests.loaders.extract.test_events import events_of
    body = "A public forum the Tarnby council had planned to hold in Varnby on February 20 was cancelled after threats."
    assert [(body[e.start:e.end], e.event_type, e.status, e.actors, e.location, str(e.start_date))
            for e in events_of(body)] == [("forum", "meeting", "cancelled", ["Tarnby council"], "Varnby", "2010-02-20")]


def test_a_meeting_keeps_its_gathering_noun_in_its_name():
    from tests.loaders.extract.test_events import events_of
    body = "A public forum the Tarnby council had planned to hold in Varnby on February 20 was cancelled after threats."
    assert [e.name for e in events_of(body)] == ["Tarnby council forum in Varnby (2010-02-20)"]



@pytest.mark.parametrize("text, expected", [
    # a piece of research's publication is an event, told by the piece's noun
    ("The audit, published in January, found that 31 vessels flying the Brennish flag were owned abroad.", ["audit"]),
    ("Ana Silva led the Varnvik erosion survey published last month.", ["survey"]),
    ("The Varnvik report was published on Monday.", ["report"]),
    # near misses: the reporter's furniture, a piece that is no research
    ("Translation of an original article published in French on Brennpost on Monday.", []),
    ("The Varnvik article was published on Monday.", []),
    # a definite piece that names nobody, its date with a year: the piece is explicit enough
    ("The audit, published in January 2025, found the council overspent on consultants.", ["audit"]),
    ("The council's new survey, published in March 2024, found rents rose.", ["survey"]),
    # ... its author between the noun and "published"
    ("A study by researchers at the Varna Institute, published on Tuesday in the journal Coastal Science, found "
     "that sea levels rose.", ["study"]),
    # near misses: an indefinite piece naming nobody; a definite one whose date has no year; a piece in another
    # clause before the comma
    ("An audit, published in January 2025, found the council overspent.", []),
    ("The audit, published in January, found the council overspent on consultants.", []),
    ("The report by the institute said prices rose, and a book published in May 2025 agreed.", []),
])
def test_a_published_piece_of_research_is_dated_by_its_noun(text, expected):
    assert words(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a date modifying an event noun: the noun ("the September 14 incident")
    ("Varden troops documented the September 14 incident near Brenn with a drone.", ["incident"]),
    # near miss: a date-modified plain noun and no event verb tells nothing
    ("The 2019 edition of the Varden atlas is larger.", []),
])
def test_a_date_modifying_an_incident_dates_it(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date modifying a noun of a speech act or a published work names that act ("a 2013 interview")
    ("Ana Silva told the Varn Show in a 2013 interview that the dam would fail.", ["interview"]),
    ("Marek Holm also deleted a 2011 tweet about the Tarnby mayor.", ["tweet"]),
    ("Holm said his 1996 book on the Varn valley was out of print.", ["book"]),
    ("Critics recalled Silva's 2005 remarks about the Tarnby miners.", ["remarks"]),
    # near misses: the same nouns with no date before them, a date that is not their modifier, a counted noun
    ("Ana Silva told the Varn Show in an interview that the dam would fail.", []),
    ("Marek Holm deleted the tweet about the Tarnby mayor.", []),
    ("The 2019 Tarnby book fair drew a crowd.", []),
    ("The 2019 annual report of the Varn board is late.", []),
])
def test_a_date_modifying_a_speech_act_dates_it(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" before a modal opens a clause of its own: the date before it is the first verb's
    ("The company had held a community consultation in Tarnby on June 2 and would publish a summary later.",
     ["held"]),
    ("The company opened a plant in Tarnby on June 2 and will close it next year.", ["opened", "close"]),
    # near misses: "and" joining two past verbs of one clause, a modal with no "and", a noun phrase with "and"
    ("The council met on June 2 and voted again in July.", ["met"]),
    ("The board said it would review the plan on June 2.", ["review"]),
    ("Silva and Brenner will sign the Tarnby accord on June 2.", ["sign"]),
])
def test_and_before_a_modal_starts_a_clause(text, expected):
    assert words(text) == expected


def _taken(text: str, trigger: str) -> list[tuple[str, int, int]]:
    return [("statement", text.index(trigger), text.index(trigger) + len(trigger))]


@pytest.mark.parametrize("text, trigger, expected", [
    # a body's dated saying: its that-clause is a clause of its own, whose date is what the saying tells of
    ("The ministry said on Monday that it would hold consultations in Kraljevo on Friday.", "ministry said",
     ["hold"]),
    ("The Ministry of Fisheries said Monday that the ministry would hold consultations in Tarnby on Friday.",
     "Ministry of Fisheries said", ["hold"]),
    # near misses: the saying's own date, a that-clause with no date, a date before "that"
    ("The ministry said on Monday that it was ready.", "ministry said", []),
    ("The ministry said on Monday that the lane would reopen soon.", "ministry said", []),
    ("The ministry said that talks had gone well.", "ministry said", []),
])
def test_a_saying_s_that_clause_is_a_clause_of_its_own(text, trigger, expected):
    assert words(text, taken=_taken(text, trigger)) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's pronoun opening the sentence as the verb's subject stands for someone the article named
    ("She laid off the rest of the crew in July.", ["laid"]),
    ("He had sold the boat in June.", ["sold"]),
    ("I sold the boat in 2010.", ["sold"]),
    # near misses: "they"/"we" (as often a body, whose party the pronoun does not tell: tried, the check halves'
    # actors dropped), "it" (weather, a thing), a pronoun that is not the verb's subject, speech, a noun subject
    ("They were released on Tuesday after two days in custody.", []),
    ("We warned the ministry in writing in June.", []),
    ("It rained hard on Tuesday.", []),
    ("She says the fence they put up in July works.", []),
    ("She said on Tuesday that the lane was shut.", []),
    ("Candidates traded attacks on Monday.", []),
])
def test_a_pronoun_subject_names_someone(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, taken, expected", [
    # a relative "that" after a noun and its day opens a clause of its own: the day is the verb's before it, though
    # a vocabulary trigger stands in the relative clause
    ("Karl Brenner released a second campaign ad Thursday that highlighted a recent announcement by Ana Silva.",
     "announcement", ["released"]),
    # near misses: a complement "that" after a saying, a "that" with no verb after it, a vocabulary trigger in the
    # date's own clause
    ("Karl Brenner said Thursday that the ad highlighted a recent announcement.", "announcement", []),
    ("Karl Brenner released the ad Thursday that Ana Silva's announcement came out.", "announcement", []),
    ("Karl Brenner made an announcement on Thursday that pleased Ana Silva.", "announcement", []),
])
def test_a_relative_that_after_a_day_starts_a_clause(text, taken, expected):
    assert words(text, taken=_taken(text, taken)) == expected


@pytest.mark.parametrize("text, expected", [
    # the pronoun subject after the sentence's opening words: a linking phrase and the date (round eventsR6)
    ("Even so, in February he raised $5.7 million for the fund.", ["raised"]),
    ("However, last month she sold the boat.", ["sold"]),
    ("In June he had sold the boat.", ["sold"]),
    # near misses: 'it', 'they'; a noun subject after the date; speech
    ("Even so, in February it rained hard.", []),
    ("However, last month they sold the boat.", []),
    ("Even so, in February candidates traded attacks.", []),
    ("However, on Tuesday she said the lane was shut.", []),
])
def test_a_pronoun_subject_after_opening_words(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statistic's verb with a particle that makes it an act: a withdrawal (round eventsR6)
    ("Karl Brenner dropped out on Feb. 20.", ["dropped"]),
    ("Rival Karl Brenner, a former governor, dropped out Feb. 20.", ["dropped"]),
    # near misses: the statistic's own sense
    ("Turnout dropped on Monday.", []),
    ("Prices in Kiel dropped sharply in March.", []),
    ("Sales dropped out of the top ten in March.", []),
    # "showed up": an arrival, not a finding
    ("Karl Brenner showed up at the office on Sunday afternoon.", ["showed"]),
    ("A Varn survey showed support fell in March.", []),
    ("The Varn survey showed up to 40 percent support in March.", []),
])
def test_a_statistic_verb_with_an_act_particle(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "had to" with its bare verb: an act the past made necessary, done (round eventsR6)
    ("That is why Karl Brenner had to lend his campaign money last month.", ["lend"]),
    ("The Varn council had to close the bridge on Monday.", ["close"]),
    # near misses: a state after "had to"; a statistic
    ("Karl Brenner had to stay in Kiel on Monday.", []),
    ("Karl Brenner had to be in Kiel on Monday.", []),
])
def test_had_to_with_its_verb(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sum given to one recipient over a year's date is one transfer, not a year's statistic (round eventsR6)
    ("Last year, Varn Holdings gave $10 million to a group backing Karl Brenner.", ["gave"]),
    ("In 2015, the Varn Trust donated $2 million to the Kiel museum.", ["donated"]),
    # near misses: a year's count; a sum with no recipient; a sum spread over many recipients
    ("The Kiel port handled 7.4 million containers last year.", []),
    ("Varn Holdings paid $10 million in taxes last year.", []),
    ("The Varn Trust gave $10 million to charities in 2015.", []),
])
def test_a_sum_given_to_one_recipient(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a measure's change is a figure, not a happening: the verb's subject is a rate or a pace (round eventsR6)
    ("As Varn nears full employment, the pace of hiring has slowed slightly this year.", []),
    ("The Varn growth rate slowed in March.", []),
    # near misses: a body or a person slows something; a measure in the object
    ("The Varn council slowed the works in March.", ["slowed"]),
    ("Karl Brenner slowed the pace of hiring in March.", ["slowed"]),
])
def test_a_measure_subject_is_a_figure(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an opening date after a linking word still dates the clause after its comma (round eventsR6)
    ("And in 2008, Ana Holm slammed Karl Brenner as elitist.", ["slammed"]),
    ("But on Monday, the Varn council closed the bridge.", ["closed"]),
    # near misses: the date inside a clause of its own after the linking word; no comma after the date
    ("And in 2008 prices were higher.", []),
    ("But on Monday, which was a holiday, nothing happened.", []),
])
def test_an_opening_date_after_a_linking_word(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a political race is a campaign over months, no happening of the day a sentence dates (round eventsR6)
    ("Today, it is Karl Brenner and the chaotic Liberal race that have captured the country's attention.", []),
    ("The end of 2015 leaves the presidential race where it was.", []),
    # near misses: a race run; a race's result told by its verb
    ("Ana Holm won the 400m race in Kiel on Sunday.", ["won"]),
    ("The Kiel marathon race on Sunday drew 4,000 runners.", ["drew"]),
    ("Ana Holm ran in a charity race in Kiel on Sunday.", ["race"]),
])
def test_a_political_race_is_a_campaign(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb whose object is attention or the headlines tells a stir, no act (round eventsR6)
    ("Karl Brenner captured the country's attention on Monday.", []),
    ("The Varn scandal grabbed headlines in March.", []),
    # near misses: a town captured; attention paid to someone else's act
    ("Rebel forces captured the town of Varn on Monday.", ["captured"]),
    ("Karl Brenner drew attention to the Varn strike, which began on Monday.", ["began"]),
])
def test_a_verb_of_attention_is_no_act(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the review of eventsR5: a cleft "It was (only) on DAY that ..." dates the clause after 'that' (round eventsR6)
    ("It was only on Tuesday that militants took the Kordia bridge.", ["took"]),
    ("It was on Friday that troops entered Brenn.", ["entered"]),
    ("And it was just on Sunday that floods reached Brenn.", ["reached"]),
    # near misses: the relative 'that' after a noun and its day (commit 23934d8c's reading), a verb right after it
    ("The Varn party released a second ad Thursday that highlighted a recent ruling.", ["released"]),
    ("Karl Brenner unveiled a video Friday that shows the flood.", ["unveiled"]),
    # ... and a plural subject after such a 'that' with its own past verb is a that-clause's ("warned Friday that
    # rebels seized the airport": the saying's day, no seizure dated)
    ("Karl Brenner warned Friday that rebels seized the Varn airport.", ["warned"]),
])
def test_a_cleft_day_dates_the_clause_after_that(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month or year after figures "for" something is the period the figures cover, not the act's date (round
    # eventsR6)
    ("The Varn statistics office also revised its estimates for job creation in July and August.", []),
    ("Kiel Water published data on rainfall in 2015.", []),
    # near misses: the act's own day; a month not after figures
    ("The Varn statistics office released figures for Kiel on Friday.", ["released"]),
    ("The Varn statistics office revised its method in July.", ["revised"]),
])
def test_a_period_of_figures_is_no_date_of_the_act(text, expected):
    assert words(text) == expected
