"""Speaker mechanisms found missing on the fresh7/fresh8 tune pages (round 3), one made-up table row each,
written with the expected speaker before the rule: a transcript's answer running on past a paragraph break, a
pronoun that goes on from a description in the sentence before, honorifics written with a full stop."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import _NP_STOP, extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry

from tests.loaders.extract.quote_steps import speakers_of


_quotes = speakers_of  # (the shared runner: each quote's words and its speaker)


_TRANSCRIPT = ("The Varna lagoon shrank again this summer. We spoke to the ecologist Irena Podolska about it.\n\n"
               "VRI: Was this summer unusual?\n\n"
               "Irena Podolska: Not any more. It is the fourth dry summer in ten years.\n\n"
               "The reeds on the north shore dry out first, and the birds leave with them.\n\n"
               "Voice of the Reeds: Farmers say the meadows must be drained.\n\n"
               "Irena Podolska: They said so in 1990 too.\n\n"
               "VRI: What can be done?\n\n"
               "Irena Podolska: Stop draining the meadows. It is cheap and it works.\n\n"
               "The lagoon authority will publish its survey in October.")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # a paragraph between an answer and the next turn is still the answer, first person or not
        ("The reeds on the north shore dry out first, and the birds leave with them", "Irena Podolska"),
        ("Not any more. It is the fourth dry summer in ten years", "Irena Podolska"),
        # an interviewer's label with a lowercase word is a turn too, no answer going on
        ("Farmers say the meadows must be drained", None),
        # ... but the editor's closing line after the last turn is no answer
        ("The lagoon authority will publish its survey in October", None),
    ],
)
def test_an_answer_runs_on_to_the_next_turn(quote, speaker):
    assert _quotes(_TRANSCRIPT).get(quote) == speaker


def test_a_pronoun_goes_on_from_the_description_in_the_sentence_before():
    # "When I met the mayor, he asked me. He told me, '…'": the second "he" is still the mayor, named long before
    text = ("Mayor Tomas Vrba opened the canal in 2019. The water came back. The boats came back. The cafes opened. "
            "Then the drought came. The canal dried. The boats left. We spoke to the ecologist Irena Podolska.\n\n"
            "VRI: Did the town ask you?\n\n"
            "Irena Podolska: Yes. We met often. It was a long year.\n\n"
            "When I met the mayor in May, he asked me what to do. He told me, \"Give me a plan I can sell to the "
            "council.\" I had none.\n\n"
            "VRI: And now?\n\n"
            "Irena Podolska: Now we wait for rain.")
    assert _quotes(text).get("Give me a plan I can sell to the council") == "Tomas Vrba"


@pytest.mark.parametrize(
    "phrase, stop",
    [
        # the full stop of a dotted honorific ends no speaker's phrase: the phrase runs on to the time
        ("said Hon. Tawanda Moyo on Monday", " on"),
        ("said Engr. Bola Ade on Monday", " on"),
        ("said Dr. Ruth Moyo on Monday", " on"),
        # a sentence's full stop after a name still ends it
        ("said Tawanda Moyo. Later", "."),
    ],
)
def test_a_dotted_honorific_ends_no_speaker_phrase(phrase, stop):
    found = _NP_STOP.search(phrase, len("said") + 1)
    assert found.group(0) == stop


_COUNTERPARTS = ("TALLINN - Estonia and Latvia agreed on a rail link on Monday.\n\nThe deal was reached at talks between "
                 "Estonian Foreign Minister Kaarel Tamm and his Latvian counterpart Janis Ozols in Tallinn.\n\n"
                 "The Estonian minister said the line would open in 2030. Latvia's top diplomat said his country "
                 "would pay half. The Latvian minister said tickets would be cheap.")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # a counterpart holds the office of the one named before them, for their own country
        ("his country would pay half", "Janis Ozols"),
        ("tickets would be cheap", "Janis Ozols"),
        # ... and the one they are the counterpart of keeps it for theirs
        ("the line would open in 2030", "Kaarel Tamm"),
    ],
)
def test_a_counterpart_holds_the_office_for_their_country(quote, speaker):
    assert _quotes(_COUNTERPARTS).get(quote) == speaker


_PRESS_RELEASE = ("Halvik Water's Managing Director, Ms Dora Penn, said the plant was ready.\n\n"
                  "The Managing Director further announced that the summer tariff would stay.\n\n"
                  "\"We are ready for the dry months,\" the Managing Director said.\n\n"
                  "\"Nobody asked us,\" the Chairman said.")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # a title written in capitals, as press releases do, is the description of the one holding it
        ("the summer tariff would stay", "Dora Penn"),
        ("We are ready for the dry months", "Dora Penn"),
        # ... and one nobody holds stays a label
        ("Nobody asked us", "the Chairman"),
    ],
)
def test_a_title_in_capitals_is_a_description(quote, speaker):
    assert _quotes(_PRESS_RELEASE).get(quote) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a body's name ending in a list keeps all its items: the comma is the list's, not an apposition's
        ('The Ministry of Mines, Water and Energy said in a statement that it "regrets the delay" and would '
         'say no more.', "regrets the delay", "The Ministry of Mines, Water and Energy"),
        ('The Department of Roads, Rail and Ports said that it "will appeal" soon.', "will appeal",
         "The Department of Roads, Rail and Ports"),
        # ... a name without its list is as before
        ('The Ministry of Mines said in a statement that it "regrets the delay".', "regrets the delay",
         "The Ministry of Mines"),
    ],
)
def test_a_name_ending_in_a_list_keeps_its_items(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


def _indirect(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text: q.speaker_name or q.speaker_label for q in quotes if q.kind == "indirect"}


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        # "about" before a number and its verb opens the reported clause, no topic
        ("The head of the Varna growers' union, Petar Ivanov, said about 300 hectares had burned.",
         "about 300 hectares had burned", "Petar Ivanov"),
        ("Petar Ivanov said about 300 hectares of maize and sugar beet had burned.",
         "about 300 hectares of maize and sugar beet had burned", "Petar Ivanov"),
        # a clause without "that" whose subject carries a relative clause without "that"
        ("Ana Lind says the sea wall the council put up in 2019 holds only in summer.",
         "the sea wall the council put up in 2019 holds only in summer", "Ana Lind"),
        # "said in an interview with a broadcaster that …": whom it was said to stands between the verb and "that"
        ("Ana Lind said in an interview with Borovian broadcaster BRT that her party would not sign.",
         "her party would not sign", "Ana Lind"),
        ("Piet Mol said in a statement to the council that the plan was dead.", "the plan was dead", "Piet Mol"),
        # a clause without "that" whose verb is an irregular past
        ("Piet Mol, a biologist at the university, said the real pressure came from the factories.",
         "the real pressure came from the factories", "Piet Mol"),
        # a long listener between "told" and "that"
        ("Secretary for Transport Ana Lind told the Legislative Council's transport panel on Tuesday that the line "
         "would now cost more.", "the line would now cost more", "Ana Lind"),
        # "no" before a noun and its auxiliary opens a clause ("said no to the plan" has none)
        ("Ana Lind denied the report, saying no diversion had taken place.", "no diversion had taken place",
         "Ana Lind"),
        ("Piet Mol said no to the plan.", "to the plan", None),
        # a participle's speaker: the sentence's pronoun subject
        ("Ana Lind is the energy minister. She rejected the claims, saying that no water had been diverted.",
         "no water had been diverted", "Ana Lind"),
        # a trailing speaker's description before the name is hers, not the clause's
        ("The concert was called off, a spokeswoman for the mayor, Elena Dimova, told BNT.",
         "The concert was called off", "Elena Dimova"),
        # ... a phrase of the clause before the name stays the clause's
        ("The plant will close in May, a year earlier than planned, Elena Dimova told BNT.",
         "The plant will close in May, a year earlier than planned", "Elena Dimova"),
    ],
)
def test_reported_clauses_around_their_speaker(text, clause, speaker):
    assert _indirect(text).get(clause) == speaker


_TWO_MINISTERS = ("Borovian Trade Minister Ana Kos said on Monday the deal was done.\n\n"
                  "Kos and Sylvanian Energy Minister Dan Ezra met for three hours.\n\n"
                  "\"It is a regional project,\" the minister told a news conference.\n\n"
                  "Ezra said his country would pay. \"We are ready,\" the minister said.")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # two who fit, last named together: the description goes on with the one who spoke last
        ("It is a regional project", "Ana Kos"),
        # ... and with the one who spoke since
        ("We are ready", "Dan Ezra"),
    ],
)
def test_a_description_two_fit_goes_on_with_the_one_who_spoke(quote, speaker):
    assert _quotes(_TWO_MINISTERS).get(quote) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the description that is the body's own head ("Department of …") keeps its words as written
        ('The Department of Parks and Rivers denied the claim. In a statement, the department said claims were '
         'handled "in the order they came".', "in the order they came", "the department"),
        ('The town and Borovia\'s Ministry of Rivers signed a deal. The ministry said the dam would be '
         '"the first of its kind".', "the first of its kind", "The ministry"),
        # ... a description that is no part of the name still stands for the body
        ('Marine Atlantic has cancelled all crossings. "Safety first," the ferry operator said.', "Safety first",
         "Marine Atlantic"),
    ],
)
def test_a_body_s_own_head_keeps_its_words(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


def test_a_loose_description_is_of_someone_named_before():
    # two people's roles hold "transport": the one named before the description, not the one introduced after
    text = ("Secretary for Transport Ana Lind told the council on Tuesday that the line would cost more.\n\n"
            "The city's transport chief later told reporters that the government \"welcomes scrutiny\".\n\n"
            "Across the border, Piet Mol, deputy director of Halvik's transport bureau, said it had no plans.")
    assert _quotes(text).get("welcomes scrutiny") == "Ana Lind"


def _indirect_all(text: str) -> dict[str, list[str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    found: dict[str, list[str | None]] = {}
    for q in extract_quotes(article, extract_people(article, registry), registry):
        if q.kind == "indirect":
            found.setdefault(q.text, []).append(q.speaker_name or q.speaker_label)
    return found


@pytest.mark.parametrize(
    "text, expected",
    [
        # two appositions coordinated after the clause: it ends where the first starts, and both speak (one record
        # each, as for "X and Y said that …")
        ("Prices will fall, the head of the bank, Jon Pax, and his deputy, Ola Pett, told reporters.",
         {"Prices will fall": ["Jon Pax", "Ola Pett"]}),
        ("The fire spread, the chief of police, Jon Pax, and the mayor, Ida Fenn, told reporters.",
         {"The fire spread": ["Jon Pax", "Ida Fenn"]}),
        # ... the first without a description
        ("The fire spread, Jon Pax, and the mayor, Ida Fenn, told reporters.",
         {"The fire spread": ["Jon Pax", "Ida Fenn"]}),
        # one speaker with his description stays one
        ("The roads were closed, a spokesman for the police, Jon Pax, told reporters.",
         {"The roads were closed": ["Jon Pax"]}),
    ],
)
def test_a_trailing_speaker_phrase_may_coordinate_two_appositions(text, expected):
    assert _indirect_all(text) == expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a body's name ending in a list is one label, however the attribution goes on
        ('The Ministry of Agriculture, Land and Fisheries said: "The harvest will be late."',
         "The harvest will be late", "The Ministry of Agriculture, Land and Fisheries"),
        ('The Ministry of Agriculture, Land and Fisheries on Monday said: "The harvest will be late."',
         "The harvest will be late", "The Ministry of Agriculture, Land and Fisheries"),
        ('The Ministry of Agriculture, Land and Fisheries, in a statement, said the harvest would be "late but '
         'plentiful".', "late but plentiful", "The Ministry of Agriculture, Land and Fisheries"),
        # ... after the verb a body's name goes on past its "of" (a person's does not)
        ('"The harvest will be late," said the Ministry of Agriculture, Land and Fisheries.',
         "The harvest will be late", "the Ministry of Agriculture, Land and Fisheries"),
        ('"The harvest will be late," said the Ministry of Forests in a statement.',
         "The harvest will be late", "the Ministry of Forests"),
        ('"The road was like glass," said Sergeant Ivo Marsh of the county police.',
         "The road was like glass", "Ivo Marsh"),
        # ... and the body's short form after it is the label as written, not the list's last items
        ('The Department of Roads, Rail and Ports closed the bridge. "The bridge is unsafe," the department said.',
         "The bridge is unsafe", "the department"),
        ('The Ministry of Agriculture, Land and Fisheries closed the market. "It is unsafe," it said.',
         "It is unsafe", "The Ministry of Agriculture, Land and Fisheries"),
    ],
)
def test_a_body_s_name_ending_in_a_list_is_one_speaker(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # coordinated subjects before the verb speak both (one record each), with descriptions before or after
        # their names
        ("The head of the bank, Jon Pax, and his deputy, Ola Pett, said prices would fall.",
         {"prices would fall": ["Jon Pax", "Ola Pett"]}),
        ("Jon Pax, the head of the bank, and Ola Pett, his deputy, said prices would fall.",
         {"prices would fall": ["Jon Pax", "Ola Pett"]}),
        # ... not a clause before the "and", which is no subject
        ("The bank was closed, and his deputy, Ola Pett, said prices would fall.",
         {"prices would fall": ["Ola Pett"]}),
        # two names joined by "and" after the clause speak both, as before it
        ("Prices will fall, Jon Pax and Ola Pett told reporters.", {"Prices will fall": ["Jon Pax", "Ola Pett"]}),
        ("Prices will fall, said Jon Pax and Ola Pett.", {"Prices will fall": ["Jon Pax", "Ola Pett"]}),
    ],
)
def test_coordinated_speakers_speak_both(text, expected):
    assert _indirect_all(text) == expected


_OTHER = "Ferry captain Olaf Nyberg said fares were fair. "


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a council member named with one spelling of the office is found by another
        ("Council member Ana Lind opposed the plan. " + _OTHER + "“It is too costly,” the councillor said.",
         "Ana Lind"),
        ("Councilwoman Ana Lind opposed the plan. " + _OTHER + "“It is too costly,” the councillor said.",
         "Ana Lind"),
        ("Ana Lind, a city councilor, opposed the plan. " + _OTHER + "“It is too costly,” the councilwoman said.",
         "Ana Lind"),
        # ... and "the council member" still reads "a member of the city council"
        ("Ana Lind, a member of the city council, opposed the plan. " + _OTHER
         + "“It is too costly,” the council member said.", "Ana Lind"),
        # near misses: another office is not a council's, and the other person's own office still finds him
        ("Board member Ana Lind opposed the plan. " + _OTHER + "“It is too costly,” the councillor said.",
         "the councillor"),
        ("Board member Ana Lind opposed the plan. " + _OTHER + "“It is too costly,” the council member said.",
         "the council member"),
        ("Ana Lind, a member of the ferry board, opposed the plan. " + _OTHER
         + "“It is too costly,” the board member said.", "Ana Lind"),
        ("Council member Ana Lind opposed the plan. " + _OTHER + "“It is too costly,” the captain said.",
         "Olaf Nyberg"),
    ],
)
def test_a_council_members_role_in_any_spelling(text, speaker):
    assert _quotes(text)["It is too costly"] == speaker


# Round 4 (the speakersR3 review's "wrong in both" shapes, made-up text): the verb of a causative's infinitive may
# take an object or a phrase before the quote; a description before a name leaves it the sentence's subject; the
# named asker of a passive "asked" speaks the question after it.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("A heavy loss on Sunday spurred coach Arvo Pelt to tell reporters, “Nobody in this team is safe now.”",
         "Nobody in this team is safe now", "Arvo Pelt"),
        ("The leaked letter prompted Councillor Ines Varga to write on social media: “I was never shown this "
         "letter.”", "I was never shown this letter", "Ines Varga"),
        ("The river club lost 4-0 at home. Club captain Odile Ferrand was blunt. “We were poor and we know it.”",
         "We were poor and we know it", "Odile Ferrand"),
        ("Deputy Mika Sorel was asked about the levy by Deputy Hanne Lov. “Why did you vote for it?”",
         "Why did you vote for it?", "Hanne Lov"),
        # near misses: the infinitive's phrase is followed by a sentence, not the quote; the phrase is too long to
        # be the verb's own; the fans' verb is no speaking; the one asked answers; a question with no named asker
        ("The leaked letter prompted Councillor Ines Varga to write to the mayor. “I was never shown this letter,” "
         "said Tomas Gale.", "I was never shown this letter", "Tomas Gale"),
        ("The leaked letter prompted Councillor Ines Varga to write on social media about the mayor and the budget "
         "board: “I was never shown this letter.”", "I was never shown this letter", None),
        ("Fans booed captain Odile Ferrand. “We were poor and we know it.”", "We were poor and we know it", None),
        ("Deputy Mika Sorel was asked about the levy by Deputy Hanne Lov. “I voted for it because it is fair.”",
         "I voted for it because it is fair", "Mika Sorel"),
        ("Deputy Mika Sorel was asked about the levy on Tuesday. “Why would I not vote for it?”",
         "Why would I not vote for it?", "Mika Sorel"),
    ],
)
def test_review_shapes_round4(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 4 (freshreal7 tune, made-up text): a second description joined by "and" to a name's apposition ("…, Estonia,
# and co-author of the paper,") belongs to the same person, so the quote after the attribution goes on being hers.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The runs took a year. \"Results of this kind are rare,\" Marta Ilves, a research fellow at the Kesk "
         "Institute in Tartu, Estonia, and co-author of the paper, said in a statement. \"In our model, we see "
         "patterns nobody wrote into the code.\"", "In our model, we see patterns nobody wrote into the code",
         "Marta Ilves"),
        # near misses: the apposition without "and", and one without a place, keep the name as ever
        ("The runs took a year. \"Results of this kind are rare,\" Marta Ilves, a research fellow in Tartu, "
         "Estonia, said. \"In our model, we see patterns nobody wrote into the code.\"",
         "In our model, we see patterns nobody wrote into the code", "Marta Ilves"),
        ("The runs took a year. \"Results of this kind are rare,\" Marta Ilves, a research fellow at the Kesk "
         "Institute, said. \"In our model, we see patterns nobody wrote into the code.\"",
         "In our model, we see patterns nobody wrote into the code", "Marta Ilves"),
    ],
)
def test_a_coordinated_apposition_keeps_the_name(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 4 (the speakersR3 review, made-up text): a job written before a name opening its sentence ("Software
# developer Priya Nandi") is that person's role, so "the developer" later is that person.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Software developer Lise Arnaud built the app in a weekend. “It started as a joke,” the developer said.",
         "It started as a joke", "Lise Arnaud"),
        # near misses: no job before the name leaves the description a label; a job of another head is no fit
        ("Later Lise Arnaud built the app in a weekend. “It started as a joke,” the developer said.",
         "It started as a joke", "the developer"),
        ("Software tester Lise Arnaud built the app in a weekend. “It started as a joke,” the developer said.",
         "It started as a joke", "the developer"),
    ],
)
def test_a_job_before_an_opening_name_is_a_role(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


def test_a_plural_job_before_names_is_no_ones_own_role():
    # near miss: "Software developers Lise Arnaud and Ola Berg" gives neither of them the role alone
    text = ("Software developers Lise Arnaud and Ola Berg built the app in a weekend. “It started as a joke,” the "
            "developer said.")
    assert _quotes(text).get("It started as a joke") not in ("Lise Arnaud", "Ola Berg")


# Round 4 (freshreal7 tune, made-up text): the issuer of documents ("two highly critical reports") whose relative
# clause depicts what the quote says is its source.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The Harbour Audit Office released two highly critical reports that depicted “waste, delays and poor "
         "planning” at the port.", "waste, delays and poor planning", "The Harbour Audit Office"),
        ("The Harbour Audit Office released two highly critical reports that described “waste, delays and poor "
         "planning” at the port.", "waste, delays and poor planning", "The Harbour Audit Office"),
        # near misses: a document nobody in the sentence issued, and a painting's depiction, name no source
        ("Two highly critical reports that depicted “waste, delays and poor planning” at the port were leaked.",
         "waste, delays and poor planning", None),
        ("Lise Arnaud bought a painting that depicted “a port in decline” at the market.", "a port in decline",
         None),
    ],
)
def test_an_issued_documents_depiction_is_its_issuers(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 4 (freshreal7 tune, made-up text): words a colon gives after a relative clause saying a thing holds them
# ("cleanriver.org, the website for the campaign, which contains the following statement:") are the thing's, not
# the words of the person who shared it.
_SHARED = ("Governor Ana Vell launched the campaign on Monday. She went on to share the hashtag #CleanRiver and "
           "cleanriver.org, the website for the campaign, which contains the following statement:\n\n"
           "“The river is ours. Let us keep it clean together.”")


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        (_SHARED, "The river is ours. Let us keep it clean together", "cleanriver.org"),
        # near misses: the sharer's own statement, and a thing's relative clause that holds nothing the colon gives
        ("Governor Ana Vell launched the campaign on Monday. She issued the following statement: “The river is "
         "ours. Let us keep it clean together.”", "The river is ours. Let us keep it clean together", "Ana Vell"),
        ("Governor Ana Vell launched the campaign on Monday. She shared cleanriver.org, which went live on Friday, "
         "and said: “The river is ours. Let us keep it clean together.”",
         "The river is ours. Let us keep it clean together", "Ana Vell"),
    ],
)
def test_a_things_contents_after_a_colon_are_its_own(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 4 (fresh21 tune, made-up text): a body's head the lexicon's organisation heads leave out ("the
# secretariat", "the observatory": data speaker_heads.BODY_OBJECT_WORDS) is an antecedent of "it".
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("A meeting with shipping agents planned for Friday has been postponed, the secretariat said.\n"
         "The secretariat denied reports in Lome that Ghana had left the scheme. “Ghana remains fully engaged,” "
         "it said in a statement.", "Ghana remains fully engaged", "The secretariat"),
        ("The observatory recorded three tremors overnight. “More are likely,” it said.", "More are likely",
         "The observatory"),
        # near misses: a person's title is no "it"; "she" after the body is the person who spoke
        ("The secretary denied reports in Lome that Ghana had left the scheme. “Ghana remains fully engaged,” it "
         "said in a statement.", "Ghana remains fully engaged", None),
        ("The observatory recorded three tremors overnight, Dr Ana Lind said. “More are likely,” she said.",
         "More are likely", "Ana Lind"),
    ],
)
def test_a_bodys_head_is_an_antecedent_of_it(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 4 (fresh22 tune, made-up text): a clause-long quoted fragment closing a sentence with no speech cue, whose
# clause has a person as subject, gives that person's own words in the narration.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Across the slope, his neighbour Tomas Iller is less sure. Iller, 47, was one of the last in the village to "
         "plant apples, and he still keeps a small plot up the ridge \"in case the apple people disappear.\"",
         "in case the apple people disappear", "Tomas Iller"),
        # near misses: a fragment whose clause has unnamed people or a thing as subject
        ("Tomas Iller won the vote. The farmers still keep a small plot up the ridge \"in case the apple people "
         "disappear.\"", "in case the apple people disappear", None),
        ("Tomas Iller won the vote. The result was described in the paper as \"a clear win for the farmers.\"",
         "a clear win for the farmers", None),
    ],
)
def test_a_narrated_fragment_is_the_subjects(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 5 (review of R4, made-up text): a narrated fragment is the subject's only when no nearer noun owns the words:
# a noun with its own relative clause ("a hotel that promises “…”") or a noun for words ("a cap with the slogan
# “…”") between the subject's verb and the quote.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Mira Okonjo booked a room at a lakeside hotel that promises \"the quietest nights anywhere on the lake.\"",
         "the quietest nights anywhere on the lake", None),
        ("Pavel Dunn now volunteers for a trust which feeds \"families who lost their homes in the storm.\"",
         "families who lost their homes in the storm", None),
        ("Lisa Varro finished the race wearing a cap with the slogan \"I ran the Kessel hills three times.\"",
         "I ran the Kessel hills three times", None),
        ("Lisa Varro crossed the bridge under a banner bearing the words \"we will not let the valley drown.\"",
         "we will not let the valley drown", None),
        # near misses: the subject's own fragment, with a relative clause on the subject itself, or an object noun
        ("Nadia Sorel, who grew up by the coast, still keeps a small boat \"in case the ferry stops running again.\"",
         "in case the ferry stops running again", "Nadia Sorel"),
        ("Bram Oduya still runs the old bakery on the square \"because somebody has to keep the ovens warm.\"",
         "because somebody has to keep the ovens warm", "Bram Oduya"),
        ("Kofi Lenn moved to the coast. He wanted the children to grow up \"with sand between their toes every "
         "summer.\"", "with sand between their toes every summer", "Kofi Lenn"),
    ],
)
def test_a_nearer_noun_owns_a_narrated_fragment(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


# Round 5 (review of R4, made-up text): the thing a "which contains the following" clause is on is the object the
# sentence names, not the sentence from its start ("X pointed readers to dunewatch.org, the website …").
_CONTAINS = ", the website for the alliance, which contains the following statement: \"The dunes belong to all of us.\""


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The alliance pointed readers to dunewatch.org" + _CONTAINS, "dunewatch.org"),
        ("Tara Wenn shared dunewatch.org" + _CONTAINS, "dunewatch.org"),
        ("Tara Wenn shared a link to dunewatch.org" + _CONTAINS, "dunewatch.org"),
        ("Wenn posted dunewatch.org" + _CONTAINS, "dunewatch.org"),
        ("On Monday, Wenn posted dunewatch.org, which contains the following statement: \"The dunes belong to all "
         "of us.\"", "dunewatch.org"),
        # near misses: the poster's own statement after a colon, with or without a relative clause on the poster
        ("Tara Wenn, who runs dunewatch.org, posted the following statement: \"The dunes belong to all of us.\"",
         "Tara Wenn"),
        ("On Monday, Tara Wenn posted on dunewatch.org: \"The dunes belong to all of us.\"", "Tara Wenn"),
    ],
)
def test_a_containing_things_label_is_the_object(text, speaker):
    assert _quotes(text).get("The dunes belong to all of us") == speaker
