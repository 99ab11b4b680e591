"""Stress articles for organisation and unnamed speaker LABELS (#9): ten made-up short articles in styles the
gold sets do not have (wire copy, local TV, court, police, club statement, company results, health agency, school
district, protest, foreign ministry briefing). Every quote's expected speaker -- a person's full name, or the label
as written (compared without case) -- was written down before the extractor ran on them. Named speakers and
"it"/"they" for organisations stand beside the labels as near misses."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

WIRE = (
    "KESTRAVIA, June 9 (Halden Press) - The Kestravian energy ministry said on Monday it would \"review every "
    "contract\" signed with foreign grid operators.\n\n"
    "\"We will not be rushed into a decision,\" the ministry said in a statement.\n\n"
    "A senior official who spoke on condition of anonymity said the review could take \"several months\".\n\n"
    "Two people familiar with the matter said the talks had \"stalled completely\" last week.\n\n"
    "Voltara, the grid operator, said in a statement that it was \"surprised and disappointed\".\n\n"
    "\"Our engineers have kept the lights on for 20 years,\" it said.\n\n"
    "Energy Minister Tomas Ravel told parliament the ministry was \"acting in good faith\".\n\n"
    "\"We expect answers by Friday,\" Ravel said.\n"
)

LOCAL_TV = (
    "RIVERTON (KVRT) - Residents say they have been \"living in the dark\" since Saturday's storm.\n\n"
    "\"We called three times and nobody came,\" one resident told KVRT 7.\n\n"
    "Riverton Power & Light said crews were working \"around the clock\".\n\n"
    "\"Safety comes first, and some lines are still live,\" a spokesperson for the utility said.\n\n"
    "The city's emergency management office said shelters would stay open \"until the last home is "
    "reconnected\".\n\n"
    "\"If you smell gas, leave the house,\" the fire department said in a post on social media.\n\n"
    "Mayor Dana Whitfield said the response had been \"too slow\".\n\n"
    "\"The mayor has asked for a full review,\" Whitfield's office said.\n"
)

COURT = (
    "The Court of Appeal on Tuesday rejected a bid by the Fenwick Dockers' Union to block the sale of the port, "
    "saying the union had \"no standing\" to bring the case.\n\n"
    "\"The contract was lawful from the start,\" the court said in its ruling.\n\n"
    "The union's lawyer said the ruling was \"a dark day for workers\" and that an appeal was being considered.\n\n"
    "\"We will take this to the Supreme Court if we have to,\" the union said in a statement.\n\n"
    "According to the port authority, the sale will \"secure 400 jobs\".\n\n"
    "Judge Miriam Holt said the union's case \"rested on a misreading of the law\".\n\n"
    "A dock worker who watched from the public gallery said: \"We are being sold like cargo.\"\n"
)

POLICE = (
    "Police are appealing for witnesses after a man was seriously injured in what they described as \"a "
    "targeted attack\" on Friday night.\n\n"
    "\"We believe the victim knew his attackers,\" Detective Inspector Carl Brandt said.\n\n"
    "\"Anyone with dashcam footage should contact us,\" police said.\n\n"
    "A witness said she heard \"three or four loud bangs\" shortly after 11pm.\n\n"
    "\"It sounded like fireworks at first,\" the witness said.\n\n"
    "In a statement, the Ostend Bay Police Department said the man's injuries were \"life-changing\".\n\n"
    "The force said it had increased patrols in the area \"as a precaution\".\n"
)

CLUB = (
    "Harbour City FC have parted company with head coach Luis Moreno, the club said on Sunday, citing \"a run of "
    "results below expectations\".\n\n"
    "\"The board thanks Luis for his hard work and commitment,\" the club said in a statement.\n\n"
    "In a statement, the club said: \"A search for a successor is under way.\"\n\n"
    "Moreno, 52, said in a post on social media that he was \"proud of what we built\".\n\n"
    "The Players' Association said it was \"concerned\" about the timing.\n\n"
    "\"Players deserve stability in the middle of a season,\" it said.\n\n"
    "The supporters' trust said the decision was \"long overdue\".\n"
)

RESULTS = (
    "Norland Foods on Wednesday reported a 12 percent fall in quarterly profit, blaming \"stubbornly high\" "
    "ingredient costs.\n\n"
    "\"Demand held up well, but costs did not come down as we expected,\" the company said.\n\n"
    "Chief executive Helena Marsh told analysts on a call that the second half would be \"much stronger\".\n\n"
    "\"We are cautiously optimistic,\" said the company's finance director, Paul Ekwueme.\n\n"
    "According to the company, the dividend will be \"held at last year's level\".\n\n"
    "Analysts at Brightwater Capital called the results \"disappointing but not alarming\".\n\n"
    "\"The market had priced in worse,\" one analyst said.\n\n"
    "The Food Workers' Union said the cuts were \"a betrayal of staff\".\n"
)

HEALTH = (
    "The National Health Agency on Monday urged people over 65 to get a flu vaccine \"as soon as possible\".\n\n"
    "\"Hospital admissions are rising faster than last winter,\" the agency said.\n\n"
    "\"This is not a reason to panic,\" said the agency's chief medical adviser, Dr. Ruth Okafor.\n\n"
    "A spokesperson for the Department of Health said the government had ordered \"enough doses for everyone "
    "who needs one\".\n\n"
    "\"Pharmacies will have stock from next week,\" the department said.\n\n"
    "Officials said the peak was expected \"in early January\".\n\n"
    "\"Wash your hands and stay home if you are ill,\" they said.\n"
)

SCHOOLS = (
    "The Cedar Valley School District said Tuesday it would close all schools on Friday because of \"a credible "
    "threat\".\n\n"
    "\"The safety of our students and staff is our highest priority,\" the district said in an email to "
    "parents.\n\n"
    "Superintendent Gloria Pham said classes would resume Monday \"if police give the all-clear\".\n\n"
    "Parents said they were \"frightened and confused\" by the late notice.\n\n"
    "\"We found out from a text message at 10pm,\" one parent said.\n\n"
    "The teachers' union said its members had been \"left in the dark\".\n"
)

PROTEST = (
    "Thousands marched through central Velmora on Saturday against a planned fuel tax rise.\n\n"
    "Organisers said more than 20,000 people had taken part, calling it \"the biggest march in a decade\".\n\n"
    "Police put the number at about 8,000 and said the march had been \"largely peaceful\".\n\n"
    "\"We are here for our children,\" said a nurse who had travelled from the coast.\n\n"
    "The interior ministry said in a post on social media that 14 people had been arrested for \"acts of "
    "vandalism\".\n\n"
    "The Transport Workers' Union, which backed the march, said the government had \"a week to listen\".\n\n"
    "\"After that, we stop the trains,\" the union's general secretary, Omar Haddad, said.\n\n"
    "An aide to the prime minister said the tax would go ahead \"as planned\".\n\n"
    "The prime minister's office said: \"The government will not govern from the street.\"\n"
)

BRIEFING = (
    "Lusarian Foreign Ministry spokesperson Anika Feld on Thursday called the border incident \"a deliberate "
    "provocation\".\n\n"
    "\"We have summoned the ambassador,\" Feld told a regular briefing.\n\n"
    "The ministry's statement read: \"Lusaria reserves the right to respond.\"\n\n"
    "\"There was no incursion,\" said the Dravanian embassy in a written reply.\n\n"
    "A senior diplomat, speaking on condition of anonymity, said talks were \"frozen for now\".\n\n"
    "According to the foreign ministry, two soldiers were \"slightly injured\".\n\n"
    "The Dravanian defence ministry said its troops had \"acted in self-defence\".\n\n"
    "\"Our patrol was fired on first,\" it said.\n\n"
    "Diplomats in the capital described the mood as \"tense but controlled\".\n"
)

# Six expectations written before the run were wrong by the gold sets' conventions and were corrected after it
# (nothing else changed): a relative clause saying who an unnamed person is belongs to the label ("a city planner
# who worked on the 2016 plan", fresh6); "the witness" after "A witness" is that introduced label ("the official
# said", fresh6 README); "the agency"/"the district"/"the ministry" repeating the head of a body named just before
# is that body's name (fresh2 "Russia's Defense Ministry", fresh4 "The Health Ministry", fresh12 "The Sierra Leone
# Football Association").
ROWS = [
    (WIRE, "review every contract", "The Kestravian energy ministry"),
    (WIRE, "We will not be rushed", "the ministry"),
    (WIRE, "several months", "A senior official"),
    (WIRE, "stalled completely", "Two people familiar with the matter"),
    (WIRE, "surprised and disappointed", "Voltara"),
    (WIRE, "Our engineers", "Voltara"),
    (WIRE, "acting in good faith", "Tomas Ravel"),
    (WIRE, "We expect answers", "Tomas Ravel"),
    (LOCAL_TV, "living in the dark", "Residents"),
    (LOCAL_TV, "We called three times", "one resident"),
    (LOCAL_TV, "around the clock", "Riverton Power & Light"),
    (LOCAL_TV, "Safety comes first", "a spokesperson for the utility"),
    (LOCAL_TV, "until the last home", "The city's emergency management office"),
    (LOCAL_TV, "If you smell gas", "the fire department"),
    (LOCAL_TV, "too slow", "Dana Whitfield"),
    (LOCAL_TV, "The mayor has asked", "Whitfield's office"),
    (COURT, "no standing", "The Court of Appeal"),
    (COURT, "The contract was lawful", "the court"),
    (COURT, "a dark day for workers", "The union's lawyer"),
    (COURT, "We will take this", "the union"),
    (COURT, "secure 400 jobs", "the port authority"),
    (COURT, "rested on a misreading", "Miriam Holt"),
    (COURT, "We are being sold", "A dock worker who watched from the public gallery"),
    (POLICE, "a targeted attack", "Police"),
    (POLICE, "We believe the victim", "Carl Brandt"),
    (POLICE, "Anyone with dashcam", "police"),
    (POLICE, "three or four loud bangs", "A witness"),
    (POLICE, "It sounded like fireworks", "A witness"),
    (POLICE, "life-changing", "the Ostend Bay Police Department"),
    (POLICE, "as a precaution", "The force"),
    (CLUB, "a run of results", "the club"),  # a partial's description as written (speakersR39)
    (CLUB, "The board thanks Luis", "Harbour City FC"),
    (CLUB, "A search for a successor", "Harbour City FC"),
    (CLUB, "proud of what we built", "Luis Moreno"),
    (CLUB, "concerned", "The Players' Association"),
    (CLUB, "Players deserve stability", "The Players' Association"),
    (CLUB, "long overdue", "The supporters' trust"),
    (RESULTS, "stubbornly high", "Norland Foods"),
    (RESULTS, "Demand held up well", "Norland Foods"),
    (RESULTS, "much stronger", "Helena Marsh"),
    (RESULTS, "We are cautiously optimistic", "Paul Ekwueme"),
    (RESULTS, "held at last year's level", "the company"),
    (RESULTS, "disappointing but not alarming", "Analysts at Brightwater Capital"),
    (RESULTS, "The market had priced in", "one analyst"),
    (RESULTS, "a betrayal of staff", "The Food Workers' Union"),
    (HEALTH, "as soon as possible", "The National Health Agency"),
    (HEALTH, "Hospital admissions", "The National Health Agency"),
    (HEALTH, "This is not a reason", "Ruth Okafor"),
    (HEALTH, "enough doses", "A spokesperson for the Department of Health"),
    (HEALTH, "Pharmacies will have stock", "the department"),
    (HEALTH, "in early January", "Officials"),
    (HEALTH, "Wash your hands", "Officials"),
    (SCHOOLS, "a credible threat", "The Cedar Valley School District"),
    (SCHOOLS, "The safety of our students", "The Cedar Valley School District"),
    (SCHOOLS, "if police give", "Gloria Pham"),
    (SCHOOLS, "frightened and confused", "Parents"),
    (SCHOOLS, "We found out", "one parent"),
    (SCHOOLS, "left in the dark", "The teachers' union"),
    (PROTEST, "the biggest march", "Organisers"),
    (PROTEST, "largely peaceful", "Police"),
    (PROTEST, "We are here for our children", "a nurse who had travelled from the coast"),
    (PROTEST, "acts of vandalism", "The interior ministry"),
    (PROTEST, "a week to listen", "The Transport Workers' Union"),
    (PROTEST, "After that, we stop", "Omar Haddad"),
    (PROTEST, "as planned", "An aide to the prime minister"),
    (PROTEST, "The government will not govern", "The prime minister's office"),
    (BRIEFING, "a deliberate provocation", "Anika Feld"),
    (BRIEFING, "We have summoned", "Anika Feld"),
    (BRIEFING, "Lusaria reserves the right", "Lusarian Foreign Ministry"),
    (BRIEFING, "There was no incursion", "the Dravanian embassy"),
    (BRIEFING, "frozen for now", "A senior diplomat"),
    (BRIEFING, "slightly injured", "the foreign ministry"),
    (BRIEFING, "acted in self-defence", "The Dravanian defence ministry"),
    (BRIEFING, "Our patrol was fired on", "The Dravanian defence ministry"),
    (BRIEFING, "tense but controlled", "Diplomats in the capital"),
]

# rows the mechanisms do not reach yet, with the reason
XFAIL: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=XFAIL[(t[:40], s)], strict=True))
    if (t[:40], s) in XFAIL else (t, s, w) for t, s, w in ROWS])
def test_label_stress_speaker(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# The lead's decision (issue 9): a description standing for a body named before ('the club' after 'Harbour City
# FC') is labelled with that body's name as the article gave it, as the seeds' gold resolves 'it' to "the Russian
# Foreign Ministry" and as a role resolves to a person's name.
@pytest.mark.parametrize("text, start, speaker", [
    ("Harbour City FC sacked its coach on Sunday.\n\n\"We thank him,\" the club said.", "We thank him",
     "Harbour City FC"),
    ("Norland Foods on Wednesday reported a loss.\n\n\"Costs rose,\" the company said.", "Costs rose", "Norland Foods"),
    ("Brill Motors recalled 9,000 cars.\n\n\"No one was hurt,\" the carmaker said.", "No one was hurt",
     "Brill Motors"),
])
def test_a_bodys_description_with_another_noun_is_the_bodys_name(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # the description repeats the head of the name just before (the name), and a day after the name ("on
    # Monday") is no part of it
    ("The Ostrava Water Board on Monday cut supplies.\n\n\"Boil your water,\" the board said.", "Boil your water",
     "The Ostrava Water Board"),
    ("The Kestel Health Ministry warned of heat.\n\n\"Drink water,\" the ministry said.", "Drink water",
     "The Kestel Health Ministry"),
    # a body's own head before "of" stays as written
    ("The Department of Forests denied it.\n\n\"No trees were sold,\" the department said.", "No trees were sold",
     "the department"),
])
def test_a_bodys_description_is_its_name_only_when_it_repeats_the_head(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # a counted or bare plural of people (irregular plurals too) with the words saying who they are opens the
    # clause: the whole phrase speaks, not the object of its preposition
    ("Two people familiar with the matter said the talks had \"stalled completely\".", "stalled completely",
     "Two people familiar with the matter"),
    ("People close to the coach said he was \"deeply hurt\".", "deeply hurt", "People close to the coach"),
    ("Three women from the village said the water was \"brown for weeks\".", "brown for weeks",
     "Three women from the village"),
    ("Fishermen in the harbour said the catch was \"the worst in years\".", "the worst in years",
     "Fishermen in the harbour"),
    # near misses: the people are an object, or the preposition's phrase names no people
    ("Mayor Tom Reyes met two people from the village and said the plan was \"dead\".", "dead", "Tom Reyes"),
    ("The council told people in the village that the plan was \"dead\".", "dead", "The council"),
    ("Three officials familiar with the matter said the talks had \"stalled completely\".", "stalled completely",
     "Three officials familiar with the matter"),
])
def test_a_group_of_people_with_its_modifier_speaks(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # a subject with two coordinated verbs: an irregular past form ends the subject as an "-ed" form does
    ("Police put the number at about 8,000 and said the march had been \"largely peaceful\".", "largely peaceful",
     "Police"),
    ("The ministry gave no figures but said the damage was \"limited\".", "limited", "The ministry"),
    ("Organisers held a vigil and said the victims were \"not forgotten\".", "not forgotten", "Organisers"),
    # near misses: the same words after a determiner are a noun's modifiers, part of the subject
    ("The paid staff said the strike was \"long overdue\".", "long overdue", "The paid staff"),
    ("The set designers said the show was \"pure magic\".", "pure magic", "The set designers"),
])
def test_an_irregular_past_ends_a_coordinated_subject(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A second batch of one-paragraph rows in other phrasings, expectations written before the run.
PHRASINGS = [
    ("Asked about the delays, a spokeswoman for the airline said: \"We apologise to every passenger.\"",
     "We apologise", "a spokeswoman for the airline"),
    ("The airline, in a statement, said the fault had been \"fully repaired\".", "fully repaired", "The airline"),
    ("In a post on X, the embassy wrote that the visa centre would \"reopen on Monday\".", "reopen on Monday",
     "the embassy"),
    ("A statement from the ministry read: \"All schools will reopen tomorrow.\"", "All schools will reopen",
     "the ministry"),
    ("The fire, according to a police statement, was \"deliberately started\".", "deliberately started", "police"),
    ("A government spokesperson told the Tolvan Herald the plan was \"under review\".", "under review",
     "A government spokesperson"),
    ("Officials at the ministry said the figures were \"provisional\".", "provisional", "Officials at the ministry"),
    ("\"We have no further comment,\" said a spokesman for the city, who declined to give his name.",
     "We have no further comment", "a spokesman for the city"),
    ("The Kremlin said the talks had been \"constructive\".", "constructive", "The Kremlin"),
    ("The army said its soldiers had come under \"heavy fire\" near the border.", "heavy fire", "The army"),
    ("\"Nurses are exhausted,\" the union representing nurses said.", "Nurses are exhausted",
     "the union representing nurses"),
    ("The group said on its website that the festival was \"cancelled with a heavy heart\".",
     "cancelled with a heavy heart", "The group"),
    ("\"Our offices remain closed,\" wrote the ministry on Telegram.", "Our offices remain closed", "the ministry"),
    ("\"The vote is final,\" the electoral commission said in a brief statement on Tuesday.", "The vote is final",
     "the electoral commission"),
    ("The hospital said the patient was in a \"stable condition\".", "stable condition", "The hospital"),
    ("Marlow Borough Council said: \"Bins will be collected on Saturday.\"", "Bins will be collected",
     "Marlow Borough Council"),
    ("The government, which has denied wrongdoing, said the report was \"deeply flawed\".", "deeply flawed",
     "The government"),
    ("\"No one was hurt,\" the company that runs the mine said.", "No one was hurt", "the company that runs the mine"),
    # (expectation corrected after the run: an anonymity clause is no part of the label, fresh6 README 708 "says a
    # city planner who … asked not to be named" -> 'a city planner who worked on the 2016 plan')
    ("A neighbour who did not want to be named said the family had been \"very quiet\".", "very quiet",
     "A neighbour"),
    ("Local residents told reporters the road had been \"a death trap for years\".", "a death trap",
     "Local residents"),
    # near misses: a named person beside the body
    ("The ministry's spokesman, Ivo Marten, said the schools would \"reopen tomorrow\".", "reopen tomorrow",
     "Ivo Marten"),
    ("\"We are disappointed,\" said Lena Fisk, who chairs the union.", "We are disappointed", "Lena Fisk"),
]
PHRASING_XFAIL: dict[str, str] = {
    "deliberately started": "a document's noun modifier naming its issuer ('a police statement') is not read as the "
                            "issuer; no gold set shows which label it should have",
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=PHRASING_XFAIL[s], strict=True))
    if s in PHRASING_XFAIL else (t, s, w) for t, s, w in PHRASINGS])
def test_label_phrasings(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # a speech verb's participle after an article is an adjective ("a written statement"): the phrase before it
    # ("According to a") is no speaker, and "according to" reads the whole phrase
    ("According to a written statement from the ministry, the fire was \"deliberately started\".",
     "deliberately started", "the ministry"),
    ("The Holm Port Authority issued a notice. According to a written statement, the quay was \"unsafe\".", "unsafe",
     "The Holm Port Authority"),
    # near misses: the verb is the clause's own, its subject speaks
    ("A spokesman wrote that the fire was \"deliberately started\".", "deliberately started", "A spokesman"),
    ("According to the ministry, the fire was \"deliberately started\".", "deliberately started", "the ministry"),
])
def test_a_phrase_ending_in_an_article_is_no_speaker(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A third batch: "it"/"they" for bodies and groups across sentences, "told", verbs other than "said", the
# courtroom's sides; expectations written before the run.
BATCH3 = [
    ("Kestel Rail said trains would run on Sunday. It added that fares would \"stay frozen\".", "stay frozen",
     "Kestel Rail"),
    ("The residents' association has written to the council.\n\n\"We want answers,\" it said.", "We want answers",
     "The residents' association"),
    ("Union members walked out on Monday.\n\n\"We have had enough,\" they said.", "We have had enough",
     "Union members"),
    ("Greenpeace called the decision \"a disgrace\".", "a disgrace", "Greenpeace"),
    ("The ministry told the Holm Gazette the deal was \"close\".", "close", "The ministry"),
    ("Scotland Yard said officers were \"keeping an open mind\".", "keeping an open mind", "Scotland Yard"),
    ("Ruiz's office said in an email that she was \"on holiday\".", "on holiday", "Ruiz's office"),
    ("Health officials warned the outbreak could \"spread quickly\".", "spread quickly", "Health officials"),
    ("\"It's a mess,\" one official admitted.", "It's a mess", "one official"),
    ("The airline blamed \"operational issues\" for the cancellations.", "operational issues", "The airline"),
    ("\"We are cooperating fully,\" the firm said, adding that it had \"nothing to hide\".", "nothing to hide",
     "the firm"),
    ("Doctors at the hospital described his condition as \"critical but stable\".", "critical but stable",
     "Doctors at the hospital"),
    ("Prosecutors said the former mayor had \"abused his position\".", "abused his position", "Prosecutors"),
    ("The defence argued the evidence was \"circumstantial at best\".", "circumstantial at best", "The defence"),
    ("Witnesses described \"a huge ball of fire\" over the harbour.", "a huge ball of fire", "Witnesses"),
    ("In its ruling, the tribunal said the dismissal was \"unfair\".", "unfair", "the tribunal"),
    # near misses: a named person with the body's role
    ("Nurse Eva Lind said the ward was \"overwhelmed\".", "overwhelmed", "Eva Lind"),
    ("\"We are ready,\" said Tom Berg, a spokesman for the army.", "We are ready", "Tom Berg"),
]
BATCH3_XFAIL: dict[str, str] = {}  # 'stay frozen' passes since the people step reads 'Rail' as a firm's word


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH3_XFAIL[s], strict=True))
    if s in BATCH3_XFAIL else (t, s, w) for t, s, w in BATCH3])
def test_label_batch3(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # a plural owner before a body's head ("The residents' association") is part of the body "it" refers to
    ("The residents' association wrote to the council.\n\n\"We want answers,\" it said.", "We want answers",
     "The residents' association"),
    ("The teachers’ union wrote to the council.\n\n\"We want answers,\" it said.", "We want answers",
     "The teachers’ union"),
    # near misses: without the apostrophe, and a singular owner's possessive
    ("The teachers union wrote to the council.\n\n\"We want answers,\" it said.", "We want answers",
     "The teachers union"),
    ("The Holm Residents Association wrote to the council.\n\n\"We want answers,\" it said.", "We want answers",
     "The Holm Residents Association"),
])
def test_a_plural_owner_before_a_bodys_head(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A fourth batch: how far a label extends (appositions, places, possessives, days); expectations written before
# the run, by the gold sets' conventions ("The state operator, Ferrovie Italiane Unite (FIU)", "A hotel owner in
# Krabi", "A Pakistan Cricket Board spokesman").
BATCH4 = [
    ("Vento Solar, a Portuguese developer, said in a statement it was \"honoured by the trust\".", "honoured by",
     "Vento Solar"),
    ("The state broadcaster, RTV Holm, said the footage was \"genuine\".", "genuine", "The state broadcaster, RTV Holm"),
    ("The country's meteorological office said the storm was \"the worst in decades\".", "the worst in decades",
     "The country's meteorological office"),
    ("Police in the northern city of Varn said the crowd was \"calm\".", "calm", "Police in the northern city of Varn"),
    ("Officials from both countries said the border would \"reopen soon\".", "reopen soon",
     "Officials from both countries"),
    ("An Interior Ministry spokesman said the arrests were \"lawful\".", "lawful", "An Interior Ministry spokesman"),
    ("A spokesperson for Holm Airways said flights were \"running normally\".", "running normally",
     "A spokesperson for Holm Airways"),
    ("Varn Water on Tuesday said supplies were \"safe to drink\".", "safe to drink", "Varn Water"),
    ("Kestel Council said in a Facebook post that the road was \"closed until further notice\".",
     "closed until further notice", "Kestel Council"),
    ("The Holm Port Authority yesterday described the damage as \"extensive\".", "extensive", "The Holm Port Authority"),
    ("\"Stay indoors,\" the Varn Fire and Rescue Service said on Sunday.", "Stay indoors",
     "the Varn Fire and Rescue Service"),
    # near miss: a named spokesperson after the body
    ("A spokesperson for Holm Airways, Mia Dahl, said flights were \"running normally\".", "running normally",
     "Mia Dahl"),
]
BATCH4_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH4_XFAIL[s], strict=True))
    if s in BATCH4_XFAIL else (t, s, w) for t, s, w in BATCH4])
def test_label_batch4(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A fifth batch: bodies and unnamed people with cues other than "said"; expectations written before the run.
BATCH5 = [
    ("Meteo-Holm issued a red warning, calling the storm \"exceptional\".", "exceptional", "Meteo-Holm"),
    ("The regulator branded the fees \"unacceptable\".", "unacceptable", "The regulator"),
    ("The opposition party dismissed the plan as \"a gimmick\".", "a gimmick", "The opposition party"),
    ("A hotel owner put it bluntly: \"Nobody is coming this year.\"", "Nobody is coming", "A hotel owner"),
    ("The embassy tweeted that the border was \"open again\".", "open again", "The embassy"),
    ("The company announced it would cut \"up to 300 jobs\".", "up to 300 jobs", "The company"),
    ("The club acknowledged \"serious failings\" in its handling of the case.", "serious failings", "The club"),
    ("A farmer near Varn told me: \"The rain never came.\"", "The rain never came", "A farmer near Varn"),
    ("The airport posted on its website that all flights were \"suspended\".", "suspended", "The airport"),
    ("Campaigners labelled the decision \"a betrayal\".", "a betrayal", "Campaigners"),
    ("The central bank kept rates on hold, warning of \"persistent inflation\".", "persistent inflation",
     "The central bank"),
    ("The ministry urged drivers to \"avoid all travel\".", "avoid all travel", "The ministry"),
]
BATCH5_XFAIL: dict[str, str] = {
    "a betrayal": "British 'labelled' (doubled l) is no cue form yet; the rule in speech_verbs.inflections works but "
                  "every new cue form must be listed in test_vocabulary.CUE_FORMS, a file this helper may not edit",
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH5_XFAIL[s], strict=True))
    if s in BATCH5_XFAIL else (t, s, w) for t, s, w in BATCH5])
def test_label_batch5(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A sixth batch: unnamed people introduced in one sentence and quoted with "he"/"she"/"they" after it, "one of
# them", a lawyer of a named person; expectations written before the run.
BATCH6 = [
    ("A local shopkeeper was blunt.\n\n\"It's over for this street,\" she said.", "It's over", "A local shopkeeper"),
    ("Residents gathered outside the town hall on Friday.\n\n\"We want our pool back,\" they chanted.",
     "We want our pool back", "Residents"),
    ("The mother of one of the victims spoke outside court. \"Justice was done today,\" she said.",
     "Justice was done", "The mother of one of the victims"),
    ("Two women sat on a bench by the river. \"We come here every day,\" one of them said.", "We come here",
     "one of them"),
    ("A spokesman said: \"The line is closed.\"\n\nLater, he added: \"Buses will run instead.\"", "Buses will run",
     "A spokesman"),
    ("Anna Holt was charged on Monday. Her lawyer said she would \"fight the charges\".", "fight the charges",
     "Her lawyer"),
    ("A man in his 60s, carrying a bag of bread, said the queue was \"endless\".", "endless", "A man in his 60s"),
    # near misses: the person is named after the description
    ("A local shopkeeper, Rosa Vidal, was blunt.\n\n\"It's over for this street,\" she said.", "It's over",
     "Rosa Vidal"),
    ("Anna Holt was charged on Monday. Her lawyer, Tom Reid, said she would \"fight the charges\".",
     "fight the charges", "Tom Reid"),
]
BATCH6_XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH6_XFAIL[s], strict=True))
    if s in BATCH6_XFAIL else (t, s, w) for t, s, w in BATCH6])
def test_label_batch6(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, speaker", [
    # nobody named before "she": an unnamed subject whose words do not say the other gender is her
    ("A local shopkeeper was blunt.\n\n\"It is over,\" she said.", "A local shopkeeper"),
    # near misses: the other gender, a passive ("was slightly injured"), and a person named before
    ("A father of three was blunt.\n\n\"It is over,\" she said.", None),
    ("A bystander at the corner was slightly injured.\n\n\"It is over,\" she said.", None),
    ("Maria Lopez runs the bakery. A customer was blunt.\n\n\"It is over,\" she said.", "Maria Lopez"),
])
def test_an_unnamed_subject_without_rival_is_the_pronouns(text, speaker):
    assert speaker_of(text, "It is over") == speaker


# A seventh batch: documents issued by bodies, joint statements, long anonymity asides, inverted possessive
# speakers; expectations written before the run.
BATCH7 = [
    ("\"The talks were productive,\" said the foreign ministry's spokesperson.", "The talks were productive",
     "the foreign ministry's spokesperson"),
    ("In a joint statement, the two companies said the merger would \"create a regional champion\".",
     "create a regional champion", "the two companies"),
    ("A company spokesman, speaking on condition of anonymity because he was not authorised to speak publicly, "
     "said the plant would \"close by March\".", "close by March", "A company spokesman"),
    ("In a statement issued by its press office, the palace said the king was \"resting comfortably\".",
     "resting comfortably", "the palace"),
    ("The charity said in a letter to donors that the appeal had been \"a lifeline\".", "a lifeline", "The charity"),
    ("\"Every patient will be contacted,\" the health board said in a statement released on Friday.",
     "Every patient will be contacted", "the health board"),
    ("The bank's statement said profits had been \"hit by one-off costs\".", "hit by one-off costs", "The bank"),
    ("A senior police source said the investigation was \"at an early stage\".", "at an early stage",
     "A senior police source"),
    ("Sources close to the negotiations said a deal was \"within reach\".", "within reach",
     "Sources close to the negotiations"),
    ("The Varn Mining Company, which owns the site, said the spill was \"contained\".", "contained",
     "The Varn Mining Company"),
    # near miss: a named spokesperson inverted after the quote
    ("\"The talks were productive,\" said ministry spokesperson Lea Brandt.", "The talks were productive",
     "Lea Brandt"),
]
BATCH7_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH7_XFAIL[s], strict=True))
    if s in BATCH7_XFAIL else (t, s, w) for t, s, w in BATCH7])
def test_label_batch7(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# An eighth batch: "it"/"they" with several bodies in play; expectations written before the run.
BATCH8 = [
    ("The ministry said Kestel Rail had been warned twice.\n\n\"Our patience has run out,\" it said.",
     "Our patience has run out", "The ministry"),
    ("Kestel Rail rejected the ministry's criticism.\n\n\"We have met every target,\" it said.",
     "We have met every target", "Kestel Rail"),
    ("Officials said the bridge was unsafe. Engineers disagreed.\n\n\"It can carry twice the load,\" they said.",
     "It can carry twice the load", "Engineers"),
    ("The union and the employers met on Monday.\n\n\"Talks will continue,\" they said in a joint statement.",
     "Talks will continue", "The union and the employers"),
    ("The World Health Organization (WHO) said cases were rising.\n\n\"This is a warning sign,\" the WHO said.",
     "This is a warning sign", "the WHO"),
    ("The police force apologised on Tuesday.\n\n\"We got this wrong,\" it said.", "We got this wrong",
     "The police force"),
    ("The airline cancelled 40 flights after the strike by baggage handlers.\n\n\"We are sorry,\" it said.",
     "We are sorry", "The airline"),
]
BATCH8_XFAIL: dict[str, str] = {
    "Talks will continue": "two coordinated bodies ('The union and the employers') are not read as the antecedent of "
                           "'they'",
    "We got this wrong": "'force' is no organisation head in lexicon.ORG_DESCRIPTION_HEADS (not this helper's file), "
                         "so 'The police force' is no antecedent for 'it'",
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=BATCH8_XFAIL[s], strict=True))
    if s in BATCH8_XFAIL else (t, s, w) for t, s, w in BATCH8])
def test_label_batch8(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # an acronym spelled like a clause word is a name, not the relative "who"
    ("\"This is a warning sign,\" the WHO said.", "This is a warning sign", "the WHO"),
    ("\"This is a warning sign,\" said the WHO.", "This is a warning sign", "the WHO"),
    # near miss: a lowercase relative "who" still ends the phrase before it
    ("\"This is a warning sign,\" said a nurse who works nights.", "This is a warning sign",
     "a nurse who works nights"),
])
def test_an_acronym_spelled_like_a_clause_word(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got
