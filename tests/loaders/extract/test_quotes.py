import re
from datetime import date

import pytest

from loaders.extract.data.documents import DOCUMENT_NOUNS, UTTERANCE_NOUNS
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Office, PersonEntry, Registry

# Made-up people; a mention is found for every occurrence of the full name or the surname.
CAST = {
    "Maria Lopez": None,
    "John Carter": None,
    "Hugh Hill": None,
    "Tom Reyes": "Mayor",
    "Ivan Petrov": "Borovian President",
}


def _article(body: str, **extra) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, **extra)


def _people(body: str) -> list[PersonRecord]:
    people = []
    for name, role in CAST.items():
        surname = name.split()[-1]
        mentions = [
            MentionRecord(surface=m.group(0), start=m.start(), end=m.end(), role=role)
            for m in re.finditer(rf"\b(?:{re.escape(name)}|{surname})\b", body)
        ]
        if mentions:
            people.append(PersonRecord(name=name, mentions=mentions))
    return people


def _quotes(body: str, registry: Registry = Registry(), **extra):
    article = _article(body, **extra)
    quotes = extract_quotes(article, _people(body), registry)
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text  # provenance
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(body)
        assert not (quote.speaker_name and quote.speaker_label)
    return quotes


def _direct(body: str, **extra):
    return [q for q in _quotes(body, **extra) if q.kind != "indirect"]


@pytest.mark.parametrize(
    "body, text, speaker, cue",
    [
        # speaker named after the quote
        ("“The river will rise by Friday,” Maria Lopez said.", "The river will rise by Friday,", "Maria Lopez", "said"),
        # inverted attribution
        ("“The river will rise by Friday,” said Maria Lopez.", "The river will rise by Friday,", "Maria Lopez", "said"),
        # speaker named before the quote, with a colon
        ("Maria Lopez said: “The river will rise by Friday.”", "The river will rise by Friday.", "Maria Lopez", "said"),
        # apposition between name and verb
        ("“We need more beds,” Hugh Hill, a doctor, said.", "We need more beds,", "Hugh Hill", "said"),
        ("Hugh Hill, a doctor at the clinic, said: “We need more beds.”", "We need more beds.", "Hugh Hill", "said"),
        # a cue with its addressee
        ("“The vote is delayed,” Carter told reporters on Monday.", "The vote is delayed,", "John Carter",
         "told reporters"),
        # second-hand attribution goes to the original speaker
        ("The agency quoted Carter as saying “the deal is done and signed.”", "the deal is done and signed.",
         "John Carter", "quoted"),
    ],
)
def test_named_speakers(body, text, speaker, cue):
    [quote] = _direct(body)
    assert (quote.text, quote.speaker_name, quote.cue) == (text, speaker, cue)
    assert body[quote.speaker_start:quote.speaker_end] in (speaker, speaker.split()[-1])


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Maria Lopez met John Carter on Monday. “We agreed on the budget,” she said.", "Maria Lopez"),
        ("Maria Lopez met John Carter on Monday. “We agreed on the budget,” he said.", "John Carter"),
        # the subject is preferred over an object of a preposition
        ("In a call to Maria Lopez, Carter offered help. “We will send trucks today,” he added.", "John Carter"),
        ("When Carter first greeted Hill he said, “Welcome to the valley, my old friend.”", "John Carter"),
    ],
)
def test_pronouns_resolve_to_the_nearest_compatible_subject(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker and quote.speaker_label is None


def test_description_resolves_through_the_mention_roles():
    body = ("Borovian President Ivan Petrov met Maria Lopez. The Borovian leader stated: "
            "“We are ready to sign the treaty this year.”")
    [quote] = _direct(body)
    assert quote.speaker_name == "Ivan Petrov"


def test_description_resolves_through_registry_offices():
    registry = Registry(people=(
        PersonEntry(name="Ivan Petrov", offices=(Office(title="President", country="Borovia",
                                                        start=date(2001, 1, 1), end=date(2009, 1, 1)),)),
    ))
    body = "Ivan Petrov arrived in the valley. “The dam will be rebuilt by spring,” the president said."
    article = _article(body, published_on=date(2004, 5, 1), outlet_country="Borovia")
    people = [PersonRecord(name="Ivan Petrov", mentions=[MentionRecord("Ivan Petrov", 0, 11)])]
    [quote] = extract_quotes(article, people, registry)
    assert quote.speaker_name == "Ivan Petrov"


@pytest.mark.parametrize(
    "body, label",
    [
        ("“The talks have failed for now,” an Israeli official said.", "an Israeli official"),
        ("“The talks have failed for now,” said a senior diplomat.", "a senior diplomat"),
        # an inverted partitive runs on past its "of"
        ("“The talks have failed for now,” said one of the officials, who asked not to be named.",
         "one of the officials"),
        ("“The talks have failed for now,” said two of the delegates.", "two of the delegates"),
        ("“The talks have failed for now,” a Carter confidant said.", "a Carter confidant"),
        ("“No comment at this stage,” the Kremlin said.", "the Kremlin"),
        ("Officials met on Monday. Western diplomats said: “The talks have failed for now.”", "Western diplomats"),
        ("The Finance Ministry issued a statement in which it said that prices “will keep rising for a year.”",
         "The Finance Ministry"),
        # the speaker closing a fragment's sentence beats a verb before it that reports no speech
        ("A flood began early on Sunday in the valley, with “almost no warning”, the Borovian Weather Office says.",
         "the Borovian Weather Office"),
    ],
)
def test_unnamed_sources_and_organisations_are_labels(body, label):
    [quote] = _direct(body)
    assert quote.speaker_name is None and quote.speaker_label == label


def test_a_reporting_verb_before_a_fragment_keeps_it_against_a_closing_speaker():
    [quote] = _direct("Maria Lopez called the plan “a disaster in waiting”, the Borovian Weather Office says.")
    assert quote.speaker_name == "Maria Lopez"


def test_interrupted_quote_gives_two_rows_with_one_speaker():
    body = "“The road is closed,” Maria Lopez said. “It will reopen next week.”"
    first, second = _direct(body)
    assert first.text == "The road is closed," and second.text == "It will reopen next week."
    assert first.speaker_name == second.speaker_name == "Maria Lopez"
    assert second.cue == "said"


def test_quote_continued_over_paragraphs_keeps_its_speaker():
    body = ("Maria Lopez said: “We trained hard all winter.\n\n“And we will be ready in the spring.”\n\n"
            "John Carter did not comment.")
    first, second = _direct(body)
    assert first.text == "We trained hard all winter." and second.text == "And we will be ready in the spring."
    assert first.speaker_name == second.speaker_name == "Maria Lopez"


@pytest.mark.parametrize(
    "between, speaker",
    [
        # one narrative paragraph that names nobody leaves the reader with the speaker quoted before it
        ("The river rose two metres overnight and the road was closed.", "Maria Lopez"),
        # ... but not one naming someone else, or reporting speech, or two paragraphs
        ("The river rose two metres overnight, John Carter reported.", None),
        ("The river rose two metres overnight, officials said.", None),
        ("The river rose two metres overnight.\n\nThe road was closed.", None),
        # ... nor the speaker before, told about
        ("Lopez, 52, has farmed here for 30 years.", "Maria Lopez"),
        # ... a person named only as an object or a possessor is no one else
        ("The river rose two metres overnight and flooded John Carter's farm.", "Maria Lopez"),
        ("The levee was built in 1962 for John Carter.", "Maria Lopez"),
        # ... one named as the subject is
        ("John Carter walked along the levee in the rain.", None),
    ],
)
def test_a_quote_paragraph_after_a_narrative_paragraph_naming_nobody(between, speaker):
    body = f"“The dam held,” Maria Lopez told the radio.\n\n{between}\n\n“In this regard we were lucky.”"
    first, second = _direct(body)
    assert first.speaker_name == "Maria Lopez" and second.speaker_name == speaker


def test_unattributed_paragraph_after_a_quote_takes_the_previous_speaker():
    body = "“The dam held,” Carter told the radio.\n\n“In this regard we were lucky, and we know it.”"
    first, second = _direct(body)
    assert second.speaker_name == "John Carter"


@pytest.mark.parametrize(
    "body, label",
    [
        # a paragraph naming nobody whose subject, a body or an unnamed source, says something introduces the
        # quote paragraph after it
        ("The Borovian Weather Office said the flood could last weeks.\n\n“It is impossible to say when it "
         "will end.”", "The Borovian Weather Office"),
        ("A spokeswoman for the port authority said talks would resume.\n\n“Both sides want a deal before the "
         "summer.”", "A spokeswoman for the port authority"),
        # a paragraph that reports no speech introduces nobody
        ("The Borovian Weather Office closed the road on Monday.\n\n“It is impossible to say when it will "
         "end.”", None),
        # ... nor does its last sentence about something that differs; but one whose subject takes a side does
        ("The council voted to close the pier. The plan differs from the old one.\n\n“This is a mistake that "
         "will cost the town its summer trade.”", None),
        ("The council voted to close the pier on Monday. Critics disagreed.\n\n“This is a mistake that will "
         "cost the town its summer trade.”", "Critics"),
        ("The council voted to close the pier. Some residents disagreed with the decision.\n\n“This is a "
         "mistake that will cost the town its summer trade.”", "Some residents"),
    ],
)
def test_a_quote_paragraph_after_an_unnamed_speakers_report(body, label):
    [quote] = _direct(body)
    assert quote.speaker_name is None and quote.speaker_label == label


@pytest.mark.parametrize(
    "body",
    [
        # the description an apposition after the name gave, with an indefinite article
        "Maria Lopez, an auto analyst at Borovia Securities, said the delay was rational. “Makers built the "
        "industry,” the analyst said.",
        # ... or one before the name, opening with a number
        "The 62-year-old analyst, Maria Lopez, defended the plan. “No one is left behind,” the analyst said.",
    ],
)
def test_a_description_resolves_through_the_apposition_of_a_name(body):
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez" and quote.speaker_reference == "role"


def test_segment_cut_by_the_next_opening_mark_shares_the_following_speaker():
    body = "“There is a bridge between the towns. “It carries the trade of the whole valley,” Lopez said."
    first, second = _direct(body)
    assert first.text == "There is a bridge between the towns."
    assert first.speaker_name == second.speaker_name == "Maria Lopez"


@pytest.mark.parametrize(
    "body, text, kind",
    [
        ("“The river will rise by Friday,” Maria Lopez said.", "The river will rise by Friday,", "direct"),
        ("Carter called the plan a “dangerous gamble,” and left.", "dangerous gamble,", "partial"),
        ("Lopez said the town must “refrain from panic and wait for the engineers,” she said.",
         "refrain from panic and wait for the engineers,", "partial"),
        ("Carter said that “cooperation is the only way forward for the valley.”",
         "cooperation is the only way forward for the valley.", "partial"),
    ],
)
def test_direct_and_partial(body, text, kind):
    [quote] = _direct(body)
    assert (quote.text, quote.kind) == (text, kind)


@pytest.mark.parametrize(
    "body",
    [
        "The valley is a member of the “Quartet” of river towns.",
        "The now-forgotten “road map” for the valley was shelved.",
        "Carter opened an exhibit at the town hall, “Open a Door to the Valley,” on farming.",
        "Lopez wrote in “River Weekly” about the flood.",
        "The so-called “fight against floods” began in May.",
        "Carter appeared on “Good Morning Valley” last week.",
        # a single letter in quotes names a party, a grade or a mark
        "Lopez said voters simply pick “B,” or “K,” by habit.",
        "Carter said the valley's bonds kept their “A” rating.",
    ],
)
def test_scare_quotes_titles_and_names_are_not_quotes(body):
    assert _direct(body) == []


@pytest.mark.parametrize(
    "body, text, speaker, cue",
    [
        ("John Carter said that the dam would hold through the winter.", "the dam would hold through the winter",
         "John Carter", "said"),
        ("Carter said taxes are too high for young families.", "taxes are too high for young families",
         "John Carter", "said"),
        ("Lopez called for an independent inquiry into the flood.", "an independent inquiry into the flood",
         "Maria Lopez", "called for"),
        ("Carter told reporters that the vote would be delayed.", "the vote would be delayed", "John Carter",
         "told reporters"),
        ("According to Maria Lopez, the budget was cut by half last year.", "the budget was cut by half last year",
         "Maria Lopez", "according to"),
    ],
)
def test_indirect_speech(body, text, speaker, cue):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name, quote.cue) == (text, speaker, cue)


def test_indirect_speech_of_two_named_people_gives_two_rows():
    body = "On Sunday, Lopez and Carter independently called for a new bridge over the river."
    quotes = [q for q in _quotes(body) if q.kind == "indirect"]
    assert sorted(q.speaker_name for q in quotes) == ["John Carter", "Maria Lopez"]


def test_indirect_speech_of_unnamed_sources_is_not_kept():
    assert [q for q in _quotes("Officials said the bridge would open in May.") if q.kind == "indirect"] == []


def test_works_without_people_or_registry():
    body = "“The river will rise by Friday,” an engineer said."
    [quote] = extract_quotes(_article(body), [], Registry())
    assert quote.speaker_label == "an engineer"


@pytest.mark.parametrize(
    "body, speaker",
    [
        # inverted attribution before the quote
        ("Said Carter, “We will rebuild the bridge before the winter.”", "John Carter"),
        # the subject is before an earlier quote in the same sentence
        ("Carter, noting that the river “rose fast this year,” added: “We must build higher walls.”", "John Carter"),
        # participle with its subject in an absolute clause
        ("The council declined to comment, with Carter saying, “The report is not finished yet.”", "John Carter"),
        # participle after the clause whose subject speaks
        ("Maria Lopez emailed supporters on Monday, telling them, “The count will be done by Friday.”",
         "Maria Lopez"),
        # relative pronoun
        ("The prize went to Hill, who called the vote “a victory for every nurse in the valley.”", "Hugh Hill"),
        # a colon closing the previous paragraph
        ("Lopez issued the following statement:\n\n“The dam is safe and the town can stay.”", "Maria Lopez"),
        # a name right before the verb after an opening phrase
        ("At the press conference Carter said: “The vote is on Friday and we will win it.”", "John Carter"),
        # a surname ending in -ly is not an adverb
        ("“The river will not rise this week,” Kelly said.", None),
    ],
)
def test_more_attribution_shapes(body, speaker):
    quote = _direct(body)[-1]
    if speaker is None:
        assert quote.speaker_label == "Kelly"
    else:
        assert quote.speaker_name == speaker


def test_press_reports_are_the_source_of_a_fragment():
    body = "Officials denied reports in the valley press that the towns were close to a “water war” this year."
    [quote] = _direct(body)
    assert quote.speaker_label == "the valley press" and quote.kind == "partial"


def test_doubled_apostrophes_delimit_quotes():
    body = "''The mill will reopen in the spring,'' Lopez said."
    [quote] = _direct(body)
    assert quote.text == "The mill will reopen in the spring," and quote.speaker_name == "Maria Lopez"


def test_pronoun_chain_skips_a_sentence_whose_subject_is_the_same_pronoun():
    body = ("Carter spoke first. But he suggested that Hill had done the work. "
            "“The town owes him a great deal,” he said.")
    [quote] = _direct(body)
    assert quote.speaker_name == "John Carter"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("", []),
        ("“", []),
        ("” ” “ “ \" ' ‘ ’ « »", []),
        ("He said, “", []),
        ("“A,” he said. “B,” she said. “C” “D” ‘E’ 'F' ''G'' ''", []),  # one-letter "quotes" are no speech
        ("\n\n\n“\n\n”\n\n", []),
        ("Said , “x”", []),
        # an opening mark never closed quotes the rest of the text, without its trailing space
        ("“" + "word " * 2000, [("direct", ("word " * 2000).strip(), None)]),
    ],
)
def test_odd_inputs_do_not_break(body, expected):
    assert [(q.kind, q.text, q.speaker_name) for q in _quotes(body)] == expected


@pytest.mark.parametrize(
    "body, label",
    [
        ("“We are done here,” the Kremlin said in a statement. It added that “no talks are planned.”", "the Kremlin"),
        ("“The roads are closed,” local officials said. They added that “schools will stay shut this week.”",
         "local officials"),
    ],
)
def test_it_and_they_refer_to_the_unnamed_speaker_just_quoted(body, label):
    quotes = _direct(body)
    assert [q.speaker_label for q in quotes] == [label, label]


def test_according_to_an_unnamed_source_before_a_fragment():
    body = "According to a senior ministry source, the row “could bring down the government”."
    [quote] = _direct(body)
    assert quote.speaker_label == "a senior ministry source" and quote.cue == "according to"


def test_british_single_marks_with_a_nested_double_quote():
    body = "‘They called it a “final offer” and walked out,’ Maria Lopez said."
    [quote] = _direct(body)
    assert quote.text == "They called it a “final offer” and walked out," and quote.speaker_name == "Maria Lopez"


def test_second_hand_translation_goes_to_the_original_speaker():
    body = ("Borovian President Ivan Petrov met Lopez. According to a translation of Petrov’s words by the "
            "state news agency, the Borovian leader stated: “We will open the border to trade this spring.”")
    [quote] = _direct(body)
    assert quote.speaker_name == "Ivan Petrov" and quote.cue == "stated"


def test_quote_finished_by_a_phrase_before_the_inverted_cue():
    body = "The vote marks “the beginning of the end” for the valley, said Maria Lopez, the mayor."
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez"


@pytest.mark.parametrize(
    "body",
    [
        "The report, “Where Do Our Tax Dollars Go?”, came out in May.",
        "The crowd sang “Takin’ It to the Streets.” before the vote.",
    ],
)
def test_unattributed_headlines_and_songs_are_not_quotes(body):
    assert _direct(body) == []


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # a listicle heading before a colon names no speaker
        ("Prices will cool: “Growth will be minimal next year,” the report says.", None, "the report"),
        ("Equity remains strong: “Owners have plenty of room to borrow against their homes.”", None, None),
        # a person in a clause before the colon does
        ("Carter has since apologized: “I was wrong to say it and I regret it.”", "John Carter", None),
    ],
)
def test_colon_lines(body, speaker, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


def test_a_verb_with_an_object_is_not_indirect_speech():
    body = "John Carter revealed the first signs of a rift the council is trying to hide."
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a surname that is also a naming noun ("song") does not make the quote a title
        ("Lopez said the remark by Tom Song “was rude and careless.”", "was rude and careless.", "Maria Lopez"),
        # a short capitalised quote with its speaker right after the comma is speech, not a title
        ("“Borovia Is Not Safe,” Carter said.", "Borovia Is Not Safe,", "John Carter"),
        # a speech verb right before a short quote takes it as its object
        ("Carter said “maybe” on Monday.", "maybe", "John Carter"),
        # a short quote after a work's or plan's noun that goes on with its verb is no name
        ("Carter said the plan “offered nothing new.”", "offered nothing new.", "John Carter"),
        ("Carter said the report “was deeply flawed.”", "was deeply flawed.", "John Carter"),
        ("Lopez sent an email saying, “done.”", "done.", "Maria Lopez"),
        # ... with a pronoun for the subject of the participle's clause
        ("Maria Lopez spoke first. Minutes later, she sent an email saying, “done.”", "done.", "Maria Lopez"),
        ("Maria Lopez spoke first. She sent an email saying, “We are done here.”", "We are done here.",
         "Maria Lopez"),
    ],
)
def test_short_quotes_that_are_speech(body, text, speaker):
    [quote] = [q for q in _direct(body) if q.text == text]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        # the reporter's words run on after the quote and the speaker closes the sentence
        ("“It is time to build a bigger levee” and fund the repairs, Mr. Carter said.", "John Carter"),
        # a communication noun before a comma introduces the quote like a colon
        ("Lopez issued a statement, “The river will rise by Friday and we are ready for it.”", "Maria Lopez"),
    ],
)
def test_speaker_outside_the_usual_places(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize("noun", sorted(UTTERANCE_NOUNS | {"statement", "advisory"}))
def test_a_subject_giving_its_words_before_a_colon_is_the_label(noun):
    # the label is the subject, not the clause that issued the words ("The ministry gave its response")
    [quote] = _direct(f"The ministry gave its {noun}: “The river will rise by Friday.”")
    assert quote.speaker_label == "The ministry"


@pytest.mark.parametrize("noun", sorted(DOCUMENT_NOUNS))
def test_every_document_noun_before_a_comma_introduces_the_quote(noun):
    # the nouns come from the one list of data/documents.py, so a noun added there is covered here
    body = f"Lopez issued a {noun}, “The river will rise by Friday and we are ready for it.”"
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez"


def test_doubled_single_marks_after_a_full_stop_open_a_direct_quote():
    body = "Carter spoke in the square on Monday. ''You would have to be mad,'' he said."
    [quote] = _direct(body)
    assert (quote.text, quote.kind, quote.speaker_name) == ("You would have to be mad,", "direct", "John Carter")


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # an apposition may end in a participle ("polled") without turning the phrase into a clause
        ("“We need more beds,” Hugh Hill, 30, of Dover, who was among those polled, said.", "Hugh Hill", None),
        # a straight closing mark typed after a space
        ("\"If you lose, you say 'Well done,' \" said Maria Lopez.", "Maria Lopez", None),
        # a sentence-initial inverted cue with an apposition
        ("Said Maria Lopez, who grew up in the town, “We were all so proud of him.”", "Maria Lopez", None),
        # documents speak too
        ("“Come home before the storm,” the letter reads.", None, "the letter"),
        ("As Carter put it, “the dam will hold for a decade or more.”", "John Carter", None),
        ("“The dam will hold for a decade or more,” as Carter put it.", "John Carter", None),
        # a sentence ending in its speech verb introduces the quote that follows
        ("Carter, the mayor, said in a statement. “The dam will hold for a decade.”", "John Carter", None),
        # a headline naming its source before the colon
        ("A lesson from John Carter: “The dam will hold for a decade.”", "John Carter", None),
    ],
)
def test_further_attribution_shapes(body, speaker, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize(
    "body, speaker",
    [
        # an age and a description as appositions
        ("Carter, 35, the son of a farmer, said on Monday, “We will rebuild the bridge.”", "John Carter"),
        # a participle's phrase or a relative clause with commas of its own between the subject and the verb
        ("Carter, speaking at a rally in Ames, Iowa, on Monday, said: “We will rebuild the bridge.”", "John Carter"),
        ("Carter, asked about the flood in Salem, Oregon, said: “We will rebuild the bridge.”", "John Carter"),
        ("Carter, who toured Salem, Oregon, on Monday, said: “We will rebuild the bridge.”", "John Carter"),
        # an apposition between dashes, which may itself name the speaker
        ("Carter -- who toured Salem on Monday -- said: “We will rebuild the bridge.”", "John Carter"),
        ("A former mayor — John Carter, who lost in 2008 — said: “We will rebuild the bridge.”", "John Carter"),
        # a party and state tag after the name
        ("Sen. Maria Lopez (D-Ore.) said, “We will rebuild the bridge this year.”", "Maria Lopez"),
        # "Asked about …," opens a participle clause; the speaker is the subject after it
        ("Asked about the flood in the debate, Carter said, “We will rebuild the bridge.”", "John Carter"),
        ("Ever since she won the vote, Ms. Lopez has had a simple message: “Build the bridge now!”", "Maria Lopez"),
    ],
)
def test_subjects_behind_openers_and_appositions(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # a lone surname the people step missed is a closer antecedent than a person further back
        ("John Carter opened the meeting. Brenner openly admitted the plan was late. “We will fix it,” he said.",
         None, "Brenner"),
        # ... but not a plural noun or the pronoun's own sentence subject
        ("John Carter opened the meeting. Friends offered to help. “We will fix it,” he said.", "John Carter", None),
        ("John Carter opened the meeting. Cost estimates, he added, were “too high for the town to bear.”",
         "John Carter", None),
        # a known first name as the subject of a feature's present tense
        ("Maria Lopez fills buckets at dawn. Mateo sees it differently. “It is the state's job,” he says.", None,
         "Mateo"),
        # ... but no capitalised word before a plural noun
        ("John Carter sold the rifle. Similar rifles sell for less. “It was a fair price,” he said.", "John Carter",
         None),
    ],
)
def test_pronoun_after_a_bare_surname_subject(body, speaker, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize(
    "body",
    [
        # a programme title before the speaker is not his quote
        ("In an interview on Channel Nine's “Morning Report,” Mayor Tom Reyes said the bridge would be rebuilt."),
        ("Maria Lopez, the producer in charge of “Today,” wrote to her staff."),
    ],
)
def test_titles_before_a_speaker_are_not_quotes(body):
    assert _direct(body) == []


def test_headline_quoting_its_subject_after_a_colon():
    body = "Lopez to River Board: ‘You Should Be Ashamed.’\n\nMaria Lopez spoke on Monday."
    [quote] = _direct(body)
    assert (quote.text, quote.speaker_name) == ("You Should Be Ashamed.", "Maria Lopez")


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # a name line above the quote paragraph, with or without a colon
        ("Forecasts for next year.\n\nMaria Lopez, chief economist\n\n“Sales will rise by a tenth next spring.”",
         "Maria Lopez", None),
        ("Forecasts for next year.\n\nHugh Hill, gardener and author of Wild Yards:\n\n“Plant late and water less.”",
         "Hugh Hill", None),
        # a quote signed after a dash
        ("“The staff were kind and the room was clean.” — Ann Brook, Ohio\n\nMore reviews follow.", None, "Ann Brook"),
        # a sentence ending in its speech verb
        ("Ask what you could do instead, Carter suggests. “Your focus is on how you would get by.”", "John Carter",
         None),
        # a headline-like line is no name line
        ("Carter wins the vote\n\n“It was a close race for everyone here.”", None, None),
    ],
)
def test_name_lines_and_signatures(body, speaker, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


def test_a_sure_first_name_outweighs_pronouns_near_the_mentions():
    # "Carter ... he" twice would make Maria Lopez male if nearby pronouns decided over her first name.
    body = ("Maria Lopez met Carter, and he smiled. Lopez thanked Carter as he left. John Carter spoke first. "
            "Lopez waited.\n\n“We will open the bridge in May,” she said.")
    quote = _direct(body)[-1]
    assert quote.speaker_name == "Maria Lopez"


def test_relative_pronoun_after_a_name_and_its_apposition():
    body = ("Lopez spoke last. “We will rebuild,” said Maria Lopez, a town official, who called the flood "
            "“the worst in years.”")
    quote = _direct(body)[-1]
    assert (quote.text, quote.speaker_name) == ("the worst in years.", "Maria Lopez")


def test_a_new_sentence_about_the_person_is_no_attribution():
    body = "Maria Lopez spoke in May. “We will not back down,” she said. “The town deserves better.” Carter spoke in June."
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.cue) == ("Maria Lopez", "said")


def test_a_shared_surname_goes_to_the_person_of_the_pronouns_gender():
    body = "Hugh Hill and Mary Hill arrived. For her part, Hill was calm.\n\n“We will stay until May,” she said."
    hugh = PersonRecord(name="Hugh Hill", mentions=[
        MentionRecord(surface="Hugh Hill", start=0, end=9), MentionRecord(surface="Hill", start=47, end=51)])
    mary = PersonRecord(name="Mary Hill", mentions=[MentionRecord(surface="Mary Hill", start=14, end=23)])
    [quote] = extract_quotes(_article(body), [hugh, mary], Registry())
    assert quote.speaker_name == "Mary Hill"


@pytest.mark.parametrize(
    "body, label",
    [
        ("Still, the Council of Lake Port opposed the plan.\n\n“Keep the old bridge open,” it said.",
         "the Council of Lake Port"),
        ("The email includes a map of the valley.\n\nAt the bottom it reads, “Vote for the bridge on Tuesday.”",
         "The email"),
    ],
)
def test_it_refers_to_an_organisation_or_document_subject(body, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, speaker",
    [
        # the phrase before "said" is its object; the speaker closes the sentence
        ("Nothing the mayor said “will calm the town,” Maria Lopez said.", "Maria Lopez"),
        # "as X suggested" after the quote
        ("The town is more than a “river stop,” as Hugh Hill suggested after the vote.", "Hugh Hill"),
    ],
)
def test_objects_and_as_clauses(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


def test_plural_nouns_are_not_cues():
    body = "Lopez and Carter debated tax credits at the “town meeting” on Monday."
    # nobody speaks here: "credits" (a noun) must not make "town meeting" anyone's words
    assert [(q.cue, q.speaker_name, q.speaker_label) for q in _quotes(body)] in ([], [(None, None, None)])


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a doubled closing mark, then the speaker
        ("Lopez spoke on Monday. ''Why do the richest towns pay less?'' Ms. Lopez asked.",
         "Why do the richest towns pay less?", "Maria Lopez"),
        # "And then X …, saying"
        ("And then Carter went fully on the attack, saying, “Is the council going to act at last?”",
         "Is the council going to act at last?", "John Carter"),
        # an opener with a subordinate clause before the subject
        ("Last month, when I asked Carter about the bridge, he looked at me and said, “I will build it myself!”",
         "I will build it myself!", "John Carter"),
        # "That's why, she added," does not name the speaker of the quote before it
        ("Lopez spoke first. ''The town is old and tired.'' That's why, she added, it needs ''a new bridge soon.''",
         "The town is old and tired.", "Maria Lopez"),
    ],
)
def test_openers_and_clauses_around_the_subject(body, text, speaker):
    [quote] = [q for q in _direct(body) if q.text == text]
    assert quote.speaker_name == speaker
    assert quote.speaker_label is None


def test_a_quote_goes_on_from_the_reported_speech_before_it():
    body = ("Ms. Lopez said she had weighed the cost, but she wanted to be realistic. “Nobody builds a bridge "
            "for free,” she added later, and Carter agreed.\n\nCarter said the council would vote. “We will see.”")
    first, second = _direct(body)
    assert (first.speaker_name, second.speaker_name) == ("Maria Lopez", "John Carter")


def test_relative_pronoun_after_a_dash():
    body = "The mayor spoke. Maria Lopez - who said she would “fight for every house” - led the vote."
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez"


@pytest.mark.parametrize(
    "body, texts_and_speakers",
    [
        # fragments in one sentence share the speaker who closes it
        ("Floods are “the gravest threat” and “a test of the town,” Maria Lopez, the mayor, proclaimed.",
         [("the gravest threat", "Maria Lopez"), ("a test of the town,", "Maria Lopez")]),
    ],
)
def test_fragments_in_one_sentence_share_the_speaker(body, texts_and_speakers):
    assert [(q.text, q.speaker_name) for q in _direct(body)] == texts_and_speakers


def test_a_judging_verb_after_a_quote_is_no_inverted_cue():
    body = "Carter summed up the plan as “terrible, costly and far too late,” denounced her record and left."
    [quote] = _direct(body)
    assert quote.text == "terrible, costly and far too late,"
    assert quote.cue != "denounced" and quote.speaker_label is None and quote.speaker_name in (None, "John Carter")


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Immediately after the flood, Carter issued a statement, “The town will rebuild every house.”",
         "The town will rebuild every house.", "John Carter"),
        ("Lopez read the names of the towns. Lopez ended her list by saying “Too many.”", "Too many.", "Maria Lopez"),
        ("Dover voters are fickle, although Hugh Hill won the day by declaring the town “back in business.”",
         "back in business.", "Hugh Hill"),
    ],
)
def test_openers_and_manner_of_speaking(body, text, speaker):
    [quote] = [q for q in _direct(body) if q.text == text]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, kept",
    [
        # a slogan or work followed by its year is no quote ...
        ("The party's posters grew harsher. “No new bridge for outsiders!” (2008) was the first.", False),
        ("The film “A River Runs Low and Slow Through Town” (St. Paul studio, 1998) won prizes.", False),
        # ... but a quote with a speaker stays one
        ("“We will not pay for a new bridge,” Carter said (in 2008).", True),
    ],
)
def test_slogans_and_works_with_their_year(body, kept):
    assert bool(_direct(body)) == kept


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a quoted fragment inside the reported clause: the clause is kept whole, with its marks
        ("Carter said the budget was “a disgrace for the town” before the vote.",
         "the budget was “a disgrace for the town” before the vote", "John Carter"),
        ("Lopez said she remained ‘quietly confident’ of a deal by Friday.",
         "she remained ‘quietly confident’ of a deal by Friday", "Maria Lopez"),
        # a pronoun opens the clause
        ("Hugh Hill, a farmer from the valley, said he had lost half of his sheep.",
         "he had lost half of his sheep", "Hugh Hill"),
        # 'but that' goes on with the same report; 'but said' starts a new one
        ("Carter says the dam will hold, but that the roads will flood.",
         "the dam will hold, but that the roads will flood", "John Carter"),
        ("Lopez insisted the plan was sound but said the money had run out.", "the plan was sound", "Maria Lopez"),
    ],
)
def test_indirect_clauses_with_fragments_pronouns_and_conjunctions(body, text, speaker):
    quotes = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quotes[0].text, quotes[0].speaker_name) == (text, speaker)
    assert body[quotes[0].start:quotes[0].end] == quotes[0].text


@pytest.mark.parametrize(
    "body",
    [
        "Carter said “We will rebuild the bridge before the winter.”",  # the clause is the direct quote
        "Lopez described the plan as “a trap for the poor” on Monday.",  # an object, not a clause
    ],
)
def test_quoted_clauses_and_objects_are_not_indirect(body):
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "body, text, speaker, cue",
    [
        # where it was said, between the verb and 'that'
        ("Carter said in a statement that the bridge would reopen in May.", "the bridge would reopen in May",
         "John Carter", "said"),
        ("Lopez wrote in a 12-page ruling that the fee had no basis in law.", "the fee had no basis in law",
         "Maria Lopez", "wrote"),
        # two time words before the clause
        ("Carter said earlier today that the road was closed for repairs.", "the road was closed for repairs",
         "John Carter", "said"),
        # a clause without "that" opening with a number, or with a present-tense verb after a short subject
        ("Carter said 41 comfort centres had opened across the valley.", "41 comfort centres had opened across "
         "the valley", "John Carter", "said"),
        ("Carter said the company expects to take the final decision in May.", "the company expects to take the "
         "final decision in May", "John Carter", "said"),
        # a judge's finding
        ("Carter rejected the appeal, finding that the board had acted lawfully.", "the board had acted lawfully",
         "John Carter", "finding"),
        # "told" with its listener, then a clause without "that"
        ("Lopez tells Borovia Radio's Morning programme the fissure is about 3km long.",
         "the fissure is about 3km long", "Maria Lopez", "tells Borovia Radio's Morning programme"),
        ("Carter told the court the defendant had lied about the money.", "the defendant had lied about the money",
         "John Carter", "told the court"),
        # a participle with "that" after an attributed quote: the attribution's speaker, a pronoun too
        ("Lopez met the press. “We are running on empty,” she said, adding that two nurses had resigned.",
         "two nurses had resigned", "Maria Lopez", "adding"),
        ("“They decided this months ago,” Carter told reporters, warning that families would leave the city.",
         "families would leave the city", "John Carter", "warning"),
        ("Carter opposed the plan, noting that the fee had doubled since May.", "the fee had doubled since May",
         "John Carter", "noting"),
        # a participle after the subject's own clause; a present-tense verb after a pronoun
        ("Lopez defended the new fee, saying it pays for the repairs of the old bridge.",
         "it pays for the repairs of the old bridge", "Maria Lopez", "saying"),
        # what was not said
        ("Carter declined to say whether the council would vote again.", "whether the council would vote again",
         "John Carter", "declined to say"),
        # an aside between commas does not hide the clause's verb
        ("Carter said plans for a larger and much more expensive bridge, first drawn up in 1990, were dropped.",
         "plans for a larger and much more expensive bridge, first drawn up in 1990, were dropped", "John Carter",
         "said"),
    ],
)
def test_indirect_speech_cue_shapes(body, text, speaker, cue):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name, quote.cue) == (text, speaker, cue)


def test_a_long_of_phrase_after_the_subjects_name_is_not_part_of_the_subject():
    body = ("Judge Maria Lopez of the Borovian District Court for the Northern District of Borovia wrote that "
            "the fee had no basis in law.")
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("the fee had no basis in law", "Maria Lopez")


@pytest.mark.parametrize(
    "body, text, speaker, cue",
    [
        ("The new line will open in May, Carter told reporters on Tuesday.", "The new line will open in May",
         "John Carter", "told reporters"),
        ("The old bridge will be closed for a year, said Maria Lopez.", "The old bridge will be closed for a year",
         "Maria Lopez", "said"),
        ("Maria Lopez runs a shop. Business is slow, Lopez said.", "Business is slow", "Maria Lopez", "said"),
        # a guillemet quote after the full stop starts a new sentence
        ("The talks will resume in May, spokeswoman Maria Lopez said on Thursday. «We never left,» she added.",
         "The talks will resume in May", "Maria Lopez", "said"),
        # a time between the name and the verb
        ("Mayor Tom Reyes on Sunday said the toll would be scrapped by June.", "the toll would be scrapped by June",
         "Tom Reyes", "said"),
        # a description resolved through the mentions' roles
        ("Ivan Petrov arrived late. The treaty will be signed in the spring, the Borovian president added.",
         "The treaty will be signed in the spring", "Ivan Petrov", "added"),
    ],
)
def test_indirect_speech_with_the_speaker_after_the_clause(body, text, speaker, cue):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name, quote.cue) == (text, speaker, cue)


@pytest.mark.parametrize(
    "body",
    [
        "“The new line will open in May,” Carter told reporters.",  # a direct quote
        "If the river rises again, Carter said he would close the road.",  # a subordinate clause, then the report
        "The new line will open in May, officials said.",  # unnamed sources are not kept as indirect speech
    ],
)
def test_no_trailing_indirect_speech(body):
    assert [q.text for q in _quotes(body) if q.kind == "indirect" and q.text.startswith(("The", "If"))] == []


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Carter spoke to the council. According to him, the bridge will cost twice as much.", "John Carter"),
        ("Maria Lopez spoke to the council. According to her, the bridge will cost twice as much.", "Maria Lopez"),
    ],
)
def test_according_to_an_object_pronoun(body, speaker):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("the bridge will cost twice as much", speaker)


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("The two men discussed what Carter called «the full range» of river works.", "the full range",
         "John Carter"),
        ("The fee, which Lopez had called “a tax on the poor,” was dropped in May.", "a tax on the poor,",
         "Maria Lopez"),
    ],
)
def test_what_x_called_quotes_x(body, text, speaker):
    [quote] = [q for q in _direct(body) if q.text == text]
    assert (quote.kind, quote.speaker_name) == ("partial", speaker)


def test_a_name_called_in_quotes_is_still_no_quote():
    assert _direct("The town has a new bridge called “Old Mill Crossing”.") == []


def test_a_fragment_after_its_speakers_long_of_phrase_is_theirs():
    body = ("Judge Maria Lopez of the Borovian District Court for the Northern District of Borovia wrote that the "
            "town had shown “no need at all” for the fee.")
    [quote] = _direct(body)
    assert (quote.text, quote.speaker_name) == ("no need at all", "Maria Lopez")


@pytest.mark.parametrize(
    "body",
    [
        "Observers said the new draft dropped a reference to ‘fair and equal’ shares.",
        "Critics said the report made no mention of “clean water” at all.",
    ],
)
def test_words_referred_to_are_not_quotes(body):
    assert _direct(body) == []


@pytest.mark.parametrize(
    "body, text, speaker, label",
    [
        # the next sentence has its own reported speech, so the colon before the quote attributes it
        ("Maria Lopez told the radio: “We did nothing wrong.” A spokesman for the council said it would not "
         "comment.", "We did nothing wrong.", "Maria Lopez", None),
        ("Mayor Tom Reyes said: “The toll stays.” John Carter told the council the toll was unfair.",
         "The toll stays.", "Tom Reyes", None),
        # the next sentence's "X added:" introduces the quote after it
        ("The council's statement read: “We regret the delay.” Mayor Tom Reyes added: “It will not happen again.”",
         "We regret the delay.", None, "The council"),  # (the statement speaks for its owner)
        # a bare attribution after the full stop still counts
        ("“The toll stays.” A spokesman for the council said.", "The toll stays.", None,
         "A spokesman for the council"),
    ],
)
def test_a_sentence_after_a_quote_with_its_own_report_does_not_attribute_it(body, text, speaker, label):
    [quote] = [q for q in _direct(body) if q.text == text]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize(
    "body, text, speaker, label",
    [
        # the dateline before a wire story's first clause is not part of what was said
        ("SPRINGFIELD (Wire) — The toll will be scrapped next year, Mayor Tom Reyes said Tuesday.",
         "The toll will be scrapped next year", "Tom Reyes", None),
        ("SPRINGFIELD, Ill. — The toll will be scrapped next year, Mayor Tom Reyes said Tuesday.",
         "The toll will be scrapped next year", "Tom Reyes", None),
    ],
)
def test_trailing_attribution_after_a_dateline(body, text, speaker, label):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == (text, speaker)


def test_a_quote_interrupted_by_its_attribution_keeps_its_kind():
    body = "“We must wait,” Lopez said, “because the figures can still change.”"
    assert [(q.text, q.kind) for q in _direct(body)] == [
        ("We must wait,", "direct"), ("because the figures can still change.", "direct")]


def test_examples_after_including_do_not_speak_for_the_group():
    body = "Critics, including the councillor Hugh Hill, said he had “lost all credibility”."
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, "Critics")


@pytest.mark.parametrize(
    "body, cue",
    [
        ("“The toll must go,” Carter told PTI. He said more.", "told PTI"),
        ("“The toll must go,” Carter told Mr. Reyes on Monday.", "told Mr. Reyes"),
    ],
)
def test_the_listener_ends_at_a_full_stop(body, cue):
    assert _direct(body)[0].cue == cue


def test_an_upper_case_us_in_a_title_is_no_pronoun():
    body = "Former US envoy Hugh Hill, now a fellow at a think tank, said: “The toll was a mistake.”"
    [quote] = _direct(body)
    assert quote.speaker_name == "Hugh Hill"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Hugh Hill spoke first. In his view, the toll “has clearly failed”.", "Hugh Hill"),
        ("Maria Lopez spoke first. In her opinion, the toll “has clearly failed”.", "Maria Lopez"),
    ],
)
def test_in_ones_view_attributes_a_fragment(body, speaker):
    [quote] = _direct(body)
    assert (quote.text, quote.speaker_name) == ("has clearly failed", speaker)


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("The council's treasurer, Hugh Hill, disagreed, saying the figures were “creative accounting”.",
         "the figures were “creative accounting”", "Hugh Hill"),
        ("Mayor Tom Reyes said at least 14 houses had been flooded.", "at least 14 houses had been flooded",
         "Tom Reyes"),
    ],
)
def test_more_reported_clauses(body, text, speaker):
    [quote] = [q for q in _quotes(body) if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == (text, speaker)


@pytest.mark.parametrize(
    "body, kept",
    [
        ("“We waited for years,” says Hugh Hill, who farms by the river. “Nobody listens.”", True),
        ("“We waited for years,” says Hugh Hill. “Nobody listens.”", True),
        # a short quote in a sentence of its own without an attribution before it stays a scare quote
        ("The council met. “Nobody listens.” The toll stays.", False),
    ],
)
def test_a_short_sentence_after_an_attributed_quote_is_kept(body, kept):
    quotes = [q for q in _direct(body) if q.text == "Nobody listens."]
    assert bool(quotes) == kept
    if kept:
        assert quotes[0].speaker_name == "Hugh Hill"


@pytest.mark.parametrize(
    "body, texts, speaker",
    [
        ("Carter dismissed the claims as “baseless” and “politically motivated”.",
         ["baseless", "politically motivated"], "John Carter"),
        ("Lopez called the toll “unfair”, “costly” and “a tax on the poor”.", ["unfair", "costly", "a tax on the poor"],
         "Maria Lopez"),
        # the list's comma inside the marks, an article before each item
        ("Lopez wrote that Carter is a “loser,” a “liar” and a “whiner.”", ["loser,", "liar", "whiner."],
         "Maria Lopez"),
        ("Lopez called the plan “costly,” the “worst deal” and “a tax on the poor”.",
         ["costly,", "worst deal", "a tax on the poor"], "Maria Lopez"),
    ],
)
def test_coordinated_fragments_share_the_speaker(body, texts, speaker):
    quotes = _direct(body)
    assert [(q.text, q.speaker_name) for q in quotes] == [(text, speaker) for text in texts]


@pytest.mark.parametrize(
    "body, texts, speaker",
    [
        # a later fragment of the sentence whose speaker introduced the first one
        ("Lopez said the toll was “a scandal” and that Carter “should resign.”", ["a scandal", "should resign."],
         "Maria Lopez"),
        ("Lopez said the toll was “unfair” and he was a “bully” over it.", ["unfair", "bully"], "Maria Lopez"),
    ],
)
def test_later_fragments_of_an_introduced_sentence_share_the_speaker(body, texts, speaker):
    quotes = _direct(body)
    assert [(q.text, q.speaker_name) for q in quotes] == [(text, speaker) for text in texts]


@pytest.mark.parametrize(
    "body, texts, speaker",
    [
        # a line set in title case writes its speech verb capitalised
        ("Lopez spoke.\n\nMaria Lopez Said The Toll “Could Have Been Avoided In Terms Of Planning.”",
         ["Could Have Been Avoided In Terms Of Planning."], "Maria Lopez"),
        ("Lopez spoke.\n\nAt A Town Hall, Lopez Warned “The River Will Rise By Friday And Nobody Is Ready.”",
         ["The River Will Rise By Friday And Nobody Is Ready."], "Maria Lopez"),
        # ... but a capitalised word in an ordinary sentence is no verb
        ("Lopez spoke. Then the book Said and Done was read: “we will wait,” it went on.", ["we will wait,"], None),
    ],
)
def test_title_case_lines_speak_with_capitalised_verbs(body, texts, speaker):
    quotes = _direct(body)
    assert [(q.text, q.speaker_name) for q in quotes] == [(text, speaker) for text in texts]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("In a post, Carter called the report “a total fake.”", [("a total fake.", "John Carter")]),  # Carter's word
        ("Carter read the report “Rivers at Risk” on Monday.", []),  # the report's title
        ("Carter said the term “undocumented migrants” was wrong.", []),  # words mentioned, not spoken
    ],
)
def test_a_speakers_word_for_a_named_thing_is_a_quote(body, expected):
    assert [(q.text, q.speaker_name) for q in _direct(body)] == expected


@pytest.mark.parametrize(
    "body, text, reference, low, high",
    [
        # named at the quote: surest
        ("“The river will rise,” Maria Lopez said.", "The river will rise,", "name", 0.9, 1.0),
        # an organisation or unnamed source: a label
        ("“The river will rise,” the agency said.", "The river will rise,", "label", 0.8, 1.0),
        # a role standing for the person the article named with it
        ("Mayor Tom Reyes opened the dam. “The river will rise,” the mayor said.", "The river will rise,", "role",
         0.8, 0.9),
        # a pronoun with one possible antecedent
        ("Maria Lopez spoke on Monday. “The river will rise,” she said.", "The river will rise,", "pronoun", 0.8, 0.9),
        # a pronoun with two people of its gender in between: doubtful
        ("John Carter met Hugh Hill on Monday. “The river will rise,” he said.", "The river will rise,", "pronoun",
         0.5, 0.7),
        # a quote paragraph without attribution goes on from the previous speaker: a little less sure
        ("“The river will rise,” Maria Lopez said.\n\n“We are ready for it, and we have sandbags.”",
         "We are ready for it, and we have sandbags.", "continuation", 0.7, 0.85),
    ],
)
def test_each_quote_says_how_its_speaker_was_found_and_how_sure(body, text, reference, low, high):
    quote = next(q for q in _quotes(body) if q.text == text)
    assert quote.speaker_reference == reference
    assert low <= quote.speaker_confidence <= high


def test_an_unattributed_quote_has_no_reference_or_confidence():
    quote = _quotes("The river will rise. “We are ready for it, and we have sandbags,” the sign read in red.")
    unattributed = [q for q in quote if q.speaker_name is None and q.speaker_label is None]
    assert all(q.speaker_reference is None and q.speaker_confidence is None for q in unattributed)


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # an inverted description, then the name in apposition
        ("“The odds are long,” said another leading advocate, Maria Lopez of the firm Lopez and Hill.",
         "The odds are long,", "Maria Lopez"),
        ("“We are treating it as one long day,” said Carter’s deputy campaign manager, Hugh Hill, who ran the "
         "ground game.", "We are treating it as one long day,", "Hugh Hill"),
        # an apposition whose closing comma is missing: the name opening the clause speaks
        ("“There are no ballots to recount,” Hugh Hill, the communications director for the party said.",
         "There are no ballots to recount,", "Hugh Hill"),
    ],
)
def test_descriptions_with_a_name_in_apposition(body, text, speaker):
    quote = next(q for q in _quotes(body) if q.text == text)
    assert quote.speaker_name == speaker and quote.speaker_reference == "name"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a paragraph that is only a quote, after one about a named person: that person speaks
        ("Maria Lopez was joined by Hugh Hill, a baker.\n\nHill praised the mayor's record on floods.\n\n"
         "“We need someone who cuts through the noise and brings people together.”",
         "We need someone who cuts through the noise and brings people together.", "Hugh Hill"),
        # but not when the paragraph before quotes someone (its own attribution decides)
        ("“The river will rise by Friday,” Maria Lopez said.\n\n“We need someone who cuts through the noise.”",
         "We need someone who cuts through the noise.", "Maria Lopez"),
    ],
)
def test_a_quote_paragraph_after_a_paragraph_introducing_a_person(body, text, speaker):
    quote = next(q for q in _quotes(body) if q.text == text)
    assert quote.speaker_name == speaker and quote.speaker_reference == "continuation"


def test_a_finding_that_reports_its_subjects_words():
    body = ("Mr Justice Tom Reyes sat alone. He rejected a second ground, finding that the board had dealt with it "
            "“lawfully and in some detail”.")
    quote = next(q for q in _quotes(body) if q.text.startswith("lawfully"))
    assert quote.speaker_name == "Tom Reyes" and quote.cue == "finding"


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a paper or broadcaster that relays the words is never the speaker
        ("Maria Lopez gave an interview. “We will answer calmly,” the broadcaster quoted her as saying.",
         "Maria Lopez"),
        ("“We will answer calmly,” the Daily Planet quoted Maria Lopez as saying.", "Maria Lopez"),
        ("“We will answer calmly,” Maria Lopez told the Daily Planet.", "Maria Lopez"),
        ("Maria Lopez spoke on Monday. “We will answer calmly,” she told the agency.", "Maria Lopez"),
    ],
)
def test_relaying_media_are_never_the_speaker(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


def test_a_titled_subject_of_coordinated_verbs_speaks():
    body = "Mrs. Lopez shook her head and said, “No, the river will not rise.”"
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez"


@pytest.mark.parametrize(
    "body, text, speaker, cue",
    [
        # a bare cue form after a possessive is a noun: its possessor's words
        ("Critics seized on Hugh Hill’s claim that there were “thousands of shootings” in the city.",
         "thousands of shootings", "Hugh Hill", "claim"),
        # ... and after a determiner it is no verb of the sentence: the participle's subject speaks
        ("Maria Lopez talks about the rampant blame that banks faced, saying, “Much of it could have been "
         "avoided with more openness on all sides.”",
         "Much of it could have been avoided with more openness on all sides.", "Maria Lopez", "saying"),
        # "then" before a lowercase verb is an adverb, not the title of "then-Governor"
        ("John Carter then appears in a clip from a stump speech, saying, “We will close the border until we "
         "know what is going on.”", "We will close the border until we know what is going on.", "John Carter",
         "saying"),
        # the person opening the main clause after an opening participial phrase with a place in it
        ("Speaking at a town hall in Salem, New Hampshire, John Carter went after Hugh Hill, calling him "
         "“a total stiff.”", "a total stiff.", "John Carter", "calling"),
    ],
)
def test_noun_cues_and_clause_subjects(body, text, speaker, cue):
    quote = next(q for q in _direct(body) if q.text == text)
    assert (quote.speaker_name, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "body, noun",
    [
        ("Trump’s claim that", True),
        ("the rampant blame that", True),
        # a subject between the determiner and the bare form: the bare form is the verb
        ("the officials say that", False),
        ("The police claim that", False),
        ("Many residents say that", False),
    ],
)
def test_a_bare_cue_form_is_a_noun_only_after_a_determiner_or_possessive(body, noun):
    from loaders.extract.quote_subjects import _noun_use

    cue = body.rindex(" ") - len(body.split()[-2])
    assert _noun_use(body, 0, cue) is noun



@pytest.mark.parametrize(
    "body, text, speaker, label",
    [
        # an abbreviated title's full stop does not end an inverted speaker's name
        ("“We might have something here,” said Rev. Kyev Tatum, then a pastor in Texas.",
         "We might have something here,", None, "Rev. Kyev Tatum"),
        # an age, a home town and its state are appositions of the name before them
        ("“Both of them scare me,” Hugh Hill, 30, of Raleigh, N.C., who was among those polled, said in an "
         "interview. “We need people who bring people together.”",
         "We need people who bring people together.", "Hugh Hill", None),
    ],
)
def test_titles_and_apposition_chains(body, text, speaker, label):
    quote = next(q for q in _direct(body) if q.text == text)
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


def test_a_male_honorific_is_never_the_woman_of_that_surname():
    # the people step knows only Maria Lopez by her full name: "Mr. Lopez" is someone else, kept as written
    body = "Maria Lopez spoke first. “Our progress is on the ballot,” Mr. Lopez said later."
    quote = next(q for q in _direct(body))
    assert (quote.speaker_name, quote.speaker_label) == (None, "Mr. Lopez")


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a paragraph that is only a quote continues the person the paragraph before introduced ...
        ("Hugh Hill praised the plan.\n\n“It is the best we could do with the money we had.”", "Hugh Hill"),
        # ... also with an apposition or relative clause between the name and its verb
        ("Hugh Hill, who has called for a referendum, disagreed.\n\n“The government is hiding the real deficit "
         "from voters.”", "Hugh Hill"),
        ("Maria Lopez, an economist at the university, said the figures were plausible.\n\n“They have cut "
         "spending more than people realise.”", "Maria Lopez"),
        # a paragraph about no one named introduces no speaker
        ("The figures were published on Monday.\n\n“They have cut spending more than people realise.”", None),
        # ... nor one whose named subject does anything but speak or take a stance
        ("Hugh Hill appeared in court on Monday, charged with fraud.\n\n“They have cut spending more than people "
         "realise.”", None),
        ("Maria Lopez resigned from the council last week.\n\n“They have cut spending more than people realise.”",
         None),
        # a speaker carried over is not taken against the quote's own "he says" for a person it cannot find
        ("“I cried every night,” Maria Lopez recalls.\n\nHer lawyer was skeptical. “I told her it would never "
         "work,” he says.", None),
    ],
)
def test_a_quote_paragraph_continues_the_person_introduced_before(body, speaker):
    quote = [q for q in _direct(body) if q.kind != "indirect"][-1]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, label",
    [
        # "he" after a man introduced without a name as a sentence's subject: that description is the label
        ("“I cried every night,” Maria Lopez recalls.\n\nHer husband, Peter, was skeptical. “I told her it would "
         "never work,” he says.", "Her husband, Peter"),
        ("“I cried every night,” Maria Lopez recalls. A spokesman for the council disagreed. “It is untrue and "
         "everybody knows it,” he said.", "A spokesman for the council"),
        # ... after a named person's possessive, with a present-tense verb
        ("“I cried every night,” Maria Lopez recalls.\n\nJohn Carter's wife, Ann, runs the shop. “We have never "
         "seen prices like this,” she says.", "John Carter's wife, Ann"),
        # ... in the paragraph before, over a blank line
        ("“I cried every night,” Maria Lopez recalls.\n\nHer husband, Peter, nodded.\n\n“I told her it would "
         "never work,” he says.", "Her husband, Peter"),
        # ... with an age after the name
        ("“I cried every night,” Maria Lopez recalls.\n\nHer daughter, Sofia, 14, has learned to swim. “I love "
         "the water,” she says.", "Her daughter, Sofia, 14"),
        # ... with an adverb of time before its verb
        ("Hugh Hill addressed the crowd. A union spokeswoman later said the strike would go ahead. “Our members "
         "have voted,” she said.", "A union spokeswoman"),
        # the description with its phrase of place, without an aside that is a clause
        ("“I cried every night,” Maria Lopez recalls.\n\nA diplomat from a neighbouring country, who asked not to"
         " be named, disagreed. “Nothing has moved,” he said.", "A diplomat from a neighbouring country"),
        # ... not a description of either gender after a possessive: no safer than nobody
        ("“I cried every night,” Maria Lopez recalls. Her lawyer disagreed. “It is untrue and everybody knows it,”"
         " he said.", None),
    ],
)
def test_a_pronoun_after_a_person_introduced_without_a_name(body, label):
    quote = [q for q in _direct(body) if q.kind != "indirect"][-1]
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # "it" stands for an organisation named as a subject with a description head of the lexicon's table
        ("“We are not worried,” Hugh Hill said.\n\nThe palace said in a statement that the king approved the "
         "deal. “His Majesty wishes the project success,” it said.", None, "The palace"),
        # ... also with an adverb of time before its verb
        ("“We are not worried,” Hugh Hill said.\n\nThe palace later issued a statement. “His Majesty wishes the "
         "project success,” it said.", None, "The palace"),
        # an "it" that stands for nothing found is still the quote's own attribution: never the person before
        ("“We are not worried,” Hugh Hill said.\n\nThe figures were bad. “The deal will wait,” it said.", None, None),
    ],
)
def test_it_said_never_falls_back_to_the_previous_speaker(body, speaker, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize("noun", sorted(UTTERANCE_NOUNS | {"statement", "advisory"}))
def test_a_subject_giving_its_words_before_a_colon_is_the_label(noun):
    # the label is the subject, not the clause that issued the words ("The ministry gave its response")
    [quote] = _direct(f"The ministry gave its {noun}: “The river will rise by Friday.”")
    assert quote.speaker_label == "The ministry"


@pytest.mark.parametrize("noun", sorted(DOCUMENT_NOUNS))
def test_it_said_stands_for_every_document_noun_as_subject(noun):
    # the documents that speak come from the one list of data/documents.py ("they" for a plural one)
    pronoun = "they" if noun.endswith("s") else "it"
    body = (f"“We are not worried,” Hugh Hill said.\n\nThe {noun} was released on Monday. “The deal will wait,” "
            f"{pronoun} said.")
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (None, f"The {noun}")


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a description with its "of …" phrase, then the person's name: that person (class 3 of issue 9)
        ("“There were not enough exits,” said a member of the fire brigade, Hugh Hill, adding more.", "Hugh Hill"),
        # "according to" a description and a titled name
        ("According to a police spokesman, Inspector Maria Lopez, “no arrests were made.”", "Maria Lopez"),
    ],
)
def test_a_description_followed_by_a_name_is_that_person(body, speaker):
    quote = _direct(body)[0]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a participle opening the sentence: the main clause's subject after the quote speaks
        ("Acknowledging that Hugh Hill “says a lot of stupid stuff,” though, John Carter did suggest he was rich.",
         "says a lot of stupid stuff,", "John Carter"),
        # "as X put it"
        ("As Maria Lopez, a professor at Yale, put it, “Senators should remember that a compromise is better.”",
         "Senators should remember that a compromise is better.", "Maria Lopez"),
        # a paragraph's closing aside that names nobody does not hide whom the paragraph is about
        ("Maria Lopez also spoke about the case before the court. (The laws require that doctors have "
         "privileges.)\n\n“It is not a right if you cannot access it.”", "It is not a right if you cannot access it.",
         "Maria Lopez"),
    ],
)
def test_participles_put_it_and_paragraph_asides(body, text, speaker):
    quote = next(q for q in _direct(body) if q.text == text)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # an absolute phrase opening the sentence has its own subject and verb: the main clause's subject speaks
        ("With party leaders increasingly worried about Maria Lopez, John Carter is rolling out a new message: "
         "“It is about me.”", "It is about me.", "John Carter"),
        # "as X put it" whose subject holds a quoted title
        ("As Hugh Hill, author of “The Unwritten Rules,” put it, “Senators should remember that a compromise "
         "is better.”", "Senators should remember that a compromise is better.", "Hugh Hill"),
    ],
)
def test_absolute_openings_and_put_it_with_a_title(body, text, speaker):
    quote = next(q for q in _direct(body) if q.text == text)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, kept",
    [
        # a work's title in apposition, and a headline cited in parentheses, are no quotations
        ("In Hugh Hill's column on Aug. 10, “The piling on must stop,” the senator seems to do the same.", False),
        ("I stand with Mitt Romney (“Romney blasts Trump as a fraud Clinton would beat,” USA Today, Thursday).",
         False),
        # a speech is quoted, not titled
        ("In a speech on Monday, “We will never surrender to fear,” Hugh Hill said.", True),
    ],
)
def test_titles_of_works_and_cited_headlines(body, kept):
    assert bool([q for q in _direct(body) if q.kind != "indirect"]) == kept


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a quote after its paragraph introduced another person is that person's, not the previous quote's
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez disagreed. “The cuts will hurt the "
         "poorest first.”", "The cuts will hurt the poorest first.", "Maria Lopez"),
        # the person is introduced by a speech or stance verb of the table, with adverbs or an apposition between
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez countered. “The cuts will hurt the "
         "poorest first.”", "The cuts will hurt the poorest first.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez has long argued otherwise. “The cuts "
         "will hurt the poorest first.”", "The cuts will hurt the poorest first.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez, the council's treasurer, dissented. "
         "“The cuts will hurt the poorest first.”", "The cuts will hurt the poorest first.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez shrugged. “The cuts will hurt the "
         "poorest first.”", "The cuts will hurt the poorest first.", "Maria Lopez"),
        # ... approving, objecting, laughing, sighing or scoffing are taking a side as well
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez approves. “The cuts are overdue and "
         "everybody knows it.”", "The cuts are overdue and everybody knows it.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez objected. “The cuts will hurt.”",
         "The cuts will hurt.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes says.\n\nMaria Lopez laughs. “He says that every year.”",
         "He says that every year.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez sighed. “Not again.”", "Not again.",
         "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez scoffed at the idea. “Not again, not "
         "after last year.”", "Not again, not after last year.", "Maria Lopez"),
        # any other verb introduces no speaker: the quote goes on with the one before, not the sentence's subject
        ("“This was a senseless killing,” Mayor Tom Reyes said.\n\nJohn Carter appeared in court on Monday, "
         "charged with murder. “We will not rest until the family has justice.”",
         "We will not rest until the family has justice.", "Tom Reyes"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nMaria Lopez resigned from the council last week. "
         "“Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.",
         "Tom Reyes"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nJohn Carter, 34, walked out of the meeting. "
         "“Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.",
         "Tom Reyes"),
        # a paragraph that introduces nobody goes on with the speaker before (the wire convention)
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nThe vote is on Monday. “Nobody likes cuts, but "
         "the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.", "Tom Reyes"),
        # the last sentence of the quote paragraph before introduces someone else speaking: the next quote is theirs
        ("“We will cut the budget,” Mayor Tom Reyes said. Maria Lopez said she disagreed.\n\n“Nobody likes cuts, "
         "but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.", "Maria Lopez"),
        ("“We will cut the budget,” Mayor Tom Reyes said. The vote is on Monday.\n\n“Nobody likes cuts, "
         "but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.", "Tom Reyes"),
        # an office holder named for the first time, as the subject, brings in the quote whatever the verb ...
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nBorovian President Ivan Petrov visited the ward on "
         "Monday. “Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.",
         "Ivan Petrov"),
        ("“We will cut the budget,” Mayor Tom Reyes said.\n\nBorovian President Ivan Petrov visited the ward on "
         "Monday.\n\n“Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are "
         "clear.", "Ivan Petrov"),
        # ... not one the article named before
        ("Borovian President Ivan Petrov opened the debate.\n\n“We will cut the budget,” Mayor Tom Reyes said."
         "\n\nPetrov visited the ward on Monday. “Nobody likes cuts, but the numbers are clear.”",
         "Nobody likes cuts, but the numbers are clear.", "Tom Reyes"),
    ],
)
def test_a_paragraph_introducing_a_person_gives_them_its_quote(body, text, speaker):
    quote = next(q for q in _direct(body) if q.text == text)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # an office holder introduced as present brings in the next quote ...
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov was there too.\n\n“Nobody likes "
         "cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.", "Ivan Petrov"),
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov, who flew in overnight, met them."
         "\n\n“Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.", "Ivan Petrov"),
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov signed the decree there."
         "\n\n“Nobody likes cuts, but the numbers are clear.”", "Nobody likes cuts, but the numbers are clear.",
         "Ivan Petrov"),
        # ... not one said to be absent or not to act
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov did not attend.\n\n“Nobody listens "
         "to us, and nobody ever will.”", "Nobody listens to us, and nobody ever will.", None),
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov was not there.\n\n“Nobody listens "
         "to us, and nobody ever will.”", "Nobody listens to us, and nobody ever will.", None),
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov skipped the meeting. “Nobody listens "
         "to us, and nobody ever will.”", "Nobody listens to us, and nobody ever will.", None),
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov declined to comment.\n\n“Nobody "
         "listens to us, and nobody ever will.”", "Nobody listens to us, and nobody ever will.", None),
        # ... nor when the quote speaks of that person
        ("Farmers filled the hall on Monday. Borovian President Ivan Petrov visited briefly.\n\n“He left after "
         "ten minutes, without a word to anyone.”", "He left after ten minutes, without a word to anyone.", None),
    ],
)
def test_an_office_holder_brings_in_a_quote_only_when_present(body, text, speaker):
    quote = next(q for q in _direct(body) if q.text == text)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # "she" after an unnamed person was quoted stands for that person, not for a woman named before
        ("Maria Lopez defended the deal.\n\n“The strike is over,” a union spokeswoman said. “We are relieved,” "
         "she said.", None, "a union spokeswoman"),
        # ... unless the words say another gender
        ("Maria Lopez defended the deal.\n\n“The strike is over,” a union spokesman said. “We are relieved,” "
         "she said.", "Maria Lopez", None),
        # a person named after the unnamed one's quote is the nearer antecedent
        ("“The strike is over,” a union spokeswoman said.\n\nMaria Lopez later spoke. “We are relieved,” she "
         "said.", "Maria Lopez", None),
        # a speaker known only by a surname, whose gender nothing tells, is "he" or "she" after
        ("“Rents are too high,” said Okafor, who runs a bakery on the square. The survey came out on Monday.\n\n"
         "“Nobody is buying bread,” she added.", None, "Okafor"),
        ("“Rents are too high,” said Okafor, who runs a bakery on the square. The survey came out on Monday.\n\n"
         "“Nobody is buying bread,” he added.", None, "Okafor"),
        # ... not when the pronoun has a named person of its gender since
        ("“Rents are too high,” said Okafor, who runs a bakery.\n\nMaria Lopez disagreed. “Nobody is buying "
         "bread,” she added.", "Maria Lopez", None),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker(body, speaker, label):
    quote = _direct(body)[-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


_INTERVIEW = (
    "Maria Lopez, the mayor, spoke to the Courier about the levee.\n\n"
    "Courier: Why build it now?\n\n"
    "Lopez: Because the river is rising and we cannot wait.\n\n"
    "We have waited long enough, and our people know it.\n\n"
    "Courier: What about the farms?\n\n"
    "Lopez: They will get new pumps. As the engineer told me, “the money is there.”\n\n"
    "The interview has been edited for length."
)


def test_interview_answers_are_quotes_of_the_labelled_person():
    quotes = [(q.text, q.kind, q.speaker_name, q.speaker_reference) for q in _direct(_INTERVIEW)]
    assert quotes == [
        ("Because the river is rising and we cannot wait.", "direct", "Maria Lopez", "name"),
        # an unlabelled paragraph in the first person after an answer goes on with it
        ("We have waited long enough, and our people know it.", "direct", "Maria Lopez", "continuation"),
        ("They will get new pumps. As the engineer told me, “the money is there.”", "direct", "Maria Lopez", "name"),
        # a quotation inside an answer is a quote of its own, with its own speaker
        ("the money is there.", "partial", None, "label"),
    ]


@pytest.mark.parametrize(
    "body, answers",
    [
        # answers marked "A:" / "A." are the person the introduction names before the first question
        ("Maria Lopez runs the port. We met her on Monday.\n\nQ: Why now?\n\nA: Because the river is rising."
         "\n\nQ. And the money?\n\nA. The money is there.",
         [("Because the river is rising.", "Maria Lopez"), ("The money is there.", "Maria Lopez")]),
        ("Maria Lopez runs the port.\n\nQuestion: Why now?\n\nAnswer: Because the river is rising.\n\n"
         "Answer: The money is there.", [("Because the river is rising.", "Maria Lopez"),
                                         ("The money is there.", "Maria Lopez")]),
        # ... not when the introduction names two people, nor with one answer only
        ("Maria Lopez met John Carter.\n\nQ: Why now?\n\nA: Because the river is rising.\n\nA: The money "
         "is there.", []),
        ("Maria Lopez runs the port.\n\nQ: Why now?\n\nA: Because the river is rising.", []),
    ],
)
def test_answers_marked_by_letter_are_the_interviewees(body, answers):
    assert [(q.text, q.speaker_name) for q in _direct(body) if q.cue is None] == answers


@pytest.mark.parametrize(
    "body",
    [
        # headlines "Name: …" are no interview: no question, and one line per person
        "Lopez: The levee will hold.\n\nMaria Lopez spoke on Monday. John Carter disagreed.\n\nCarter: It will not.",
        # answers without any question: a transcript of statements, not an interview
        "Lopez: The levee will hold.\n\nLopez: The river will fall.\n\nMaria Lopez spoke on Monday.",
    ],
)
def test_labelled_lines_without_an_interview_are_no_quotes(body):
    assert [q for q in _direct(body) if q.cue is None and q.kind == "direct"] == []


@pytest.mark.parametrize(
    "body, texts",
    [
        # a summary bullet or a caption repeating the story's quote is the page's teaser: the story's is kept
        ("Summary\nBorovia warns against 'foreign meddling'\n\nMaria Lopez said Borovia opposed “foreign "
         "meddling” in the region.", ["foreign meddling"]),
        ("Port talks drag on\nShips in the harbour: \"A port is not a flag.\" Photo: Ann Bell / Borovia Daily\n\nMaria Lopez put it "
         "best: \"A port is not a flag.\"", ["A port is not a flag."]),
        # nor is a headline opening the body
        ("Borovia warns against 'foreign meddling'\n\nMaria Lopez said Borovia opposed “foreign meddling” in "
         "the region.", ["foreign meddling", "foreign meddling"]),
        # a sentence quoting the words before the story does again is no teaser
        ("Maria Lopez called the plan “a gamble.”\n\nHugh Hill agreed it was “a gamble.”", ["a gamble.", "a gamble."]),
    ],
)
def test_a_teaser_line_repeating_a_later_quote_is_left_out(body, texts):
    assert [quote.text for quote in _direct(body)] == texts


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a short quote with its own "she said" is speech even when "she" resolves to nobody, and the man named
        # in the sentence before does not say it
        ("John Carter spoke. “Our members have voted,” she said.", None),
        ("The council met. “It works,” she said.", None),
        ("Maria Lopez spoke. “Our members have voted,” she said.", "Maria Lopez"),
    ],
)
def test_a_quote_with_its_own_pronoun_cue(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize("body", ["Carter told them the truth about the deal.", "Carter told a story about the war.",
                                  "Carter said 20 times that he was sorry.", "Carter wrote the rules of the game.",
                                  "Carter told reporters at a breakfast hosted by the paper he would run.",
                                  "Carter told the mayors who gathered in the city of Salem to stay calm."])
def test_told_with_an_object_and_no_clause_is_no_indirect_speech(body):
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "description, speaker",
    [
        # a role no table knows is a role once the article has given it to a named person, qualifiers aside
        ("the harbour master", "Maria Lopez"),
        ("the veteran harbour master", "Maria Lopez"),
        # ... but another role with the same last word is not hers
        ("the ferry master", None),
    ],
)
def test_a_role_the_article_gave_a_named_person(description, speaker):
    body = f"Maria Lopez, the harbour master, closed the port. “The storm is too strong,” {description} said."
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "before, label",
    [
        # "the officials" stands for the officials a sentence opened with as the subject of a speech verb
        ("Senior Borovian officials said the border would stay closed. The decision angered traders.\n\n",
         "Senior Borovian officials"),
        ("Senior Borovian officials have also argued that the border must stay shut. ", "Senior Borovian officials"),
        # ... a sentence in which they speak or take a side, not one that tells what they did or what befell them
        ("Senior Borovian officials met traders on Monday. ", "the officials"),
        ("Senior officials said the mine would reopen. Three officials were later fired over the spill. ",
         "Senior officials"),
        # ... not for a phrase that itself refers back, nor for nobody
        ("The officials met traders on Monday. ", "the officials"),
        ("The border stayed closed. ", "the officials"),
    ],
)
def test_a_plural_description_refers_to_the_group_introduced_before(before, label):
    [quote] = _direct(before + "“We have no choice,” the officials said.")
    assert quote.speaker_name is None and quote.speaker_label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        # a sentence before the quote in its paragraph whose subject, an unnamed source, speaks or takes a side
        ("Local fishermen said the vote was rushed.", "Local fishermen"),
        ("Critics disagreed.", "Critics"),
        # ... not one that is about something
        ("The vote was rushed.", None),
        # ... nor one whose subject, no person, differs or disagrees
        ("Accounts of what happened next differ.", None),
        ("The two reports disagree.", None),
        # (a title or a plural noun for people takes a side)
        ("A spokesman for the harbour disagreed.", "A spokesman for the harbour"),
        ("Local residents disagree.", "Local residents"),
    ],
)
def test_an_unnamed_source_introduced_in_the_quotes_paragraph(sentence, label):
    [quote] = _direct(f"The council voted to close the pier. {sentence} “This is a mistake that will cost the town.”")
    assert quote.speaker_name is None and quote.speaker_label == label


@pytest.mark.parametrize(
    "owner, speaker",
    [
        # "She disagreed." before the quote in its paragraph: the quote is hers, whom "she" stands for
        ("Maria Lopez", "Maria Lopez"),
        # ... and nobody's when no one fits the pronoun
        ("John Carter", None),
    ],
)
@pytest.mark.parametrize("gap", ["\n\nShe disagreed. ", " She disagreed.\n\n", " She said the vote was rushed.\n\n"])
def test_a_pronoun_taking_a_side_introduces_the_quote_after_it(owner, speaker, gap):
    # (in the quote's own paragraph, or as the last sentence of the paragraph before a quote paragraph)
    [quote] = _direct(f"The council voted to close the pier, which {owner} runs.{gap}“This is a mistake that will "
                      "cost the town.”")
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "source",
    ["Tom Reyes, the mayor.\n\n", "Mayor Tom Reyes. "],
)
def test_he_after_an_according_to_source_is_that_source(source):
    # the person an "according to" gives as the sentence's source, not the man it is about
    [quote] = _direct(f"Police arrested John Carter on Monday, according to {source}“He was armed,” he said.")
    assert quote.speaker_name == "Tom Reyes"


@pytest.mark.parametrize(
    "body",
    [
        # an epithet of the other gender, or of a party the article gives someone else, is not the person named
        "Police Chief Tom Reyes said the street was closed.\n\n“I heard a loud bang and ran,” the woman said.",
        "Governor Ann Bell signed the bill. Senator Tom Reyes, a Republican, voted against.\n\n“A historic day,” "
        "the Democrat said.",
    ],
)
def test_an_epithet_that_fits_no_one_named_is_a_label(body):
    [quote] = _direct(body)
    assert quote.speaker_name != "Tom Reyes" and quote.speaker_label


@pytest.mark.parametrize(
    "after, speaker",
    [
        # a sentence after the quote that points back at it names its speaker
        ("That quote from Maria Lopez appeared in every paper.", "Maria Lopez"),
        ("That was how Maria Lopez put it on Monday.", "Maria Lopez"),
        ("Those were the words of Maria Lopez, who retired in May.", "Maria Lopez"),
        ("So said Maria Lopez.", "Maria Lopez"),
        # ... not one that only mentions someone
        ("That is not what Maria Lopez believes.", None),
        ("Maria Lopez disagrees with it.", None),
    ],
)
def test_a_sentence_pointing_back_at_a_quote_names_its_speaker(after, speaker):
    body = f"The vote is on Monday.\n\n“We would rather lose honestly than win like that.” {after}"
    quote = next(q for q in _direct(body) if q.text.startswith("We would rather"))
    assert quote.speaker_name == speaker


def test_a_he_said_for_no_one_found_is_not_the_speaker_before():
    # the quote has its own speaker, unknown here: neither it nor the segment after it is the woman quoted before
    body = ("“We plan our day around water,” Maria Lopez says.\n\n“It is the state’s job, not ours,” he says. “We pay "
            "for water we never get.”")
    assert [q.speaker_name for q in _direct(body)] == ["Maria Lopez", None, None]


def test_he_after_an_unnamed_speaker_quoted_in_the_paragraph_before():
    # the unnamed person quoted in the paragraph before, over the blank line, is nearer than the mayor
    body = ("“We cut the budget,” Mayor Tom Reyes said.\n\n“It is untrue,” a spokesman for the council said.\n\n"
            "“Nobody was told,” he added.")
    assert [(q.speaker_name, q.speaker_label) for q in _direct(body)][-1] == (None, "a spokesman for the council")


def test_a_sentence_pointing_back_at_a_quote_may_name_a_label():
    body = "The road is closed.\n\n“Please keep away from the area.” That was the message from police on Monday."
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, "police")


def test_no_continuation_across_a_live_pages_entry_time():
    body = ("14:05\n“We have it surrounded,” Mayor Tom Reyes said.\n\n13:50 GMT\n“Please keep away from the "
            "area, all of you.”")
    assert [q.speaker_name for q in _direct(body)] == ["Tom Reyes", None]


@pytest.mark.parametrize(
    "body",
    [
        # a participle after an inverted attribution has the speaker that attribution names
        "The levee was finished on Monday, said Maria Lopez, adding: “It will hold for a hundred years.”",
        "The levee was finished on Monday, said Maria Lopez, the county engineer, adding: “It will hold for a "
        "hundred years.”",
    ],
)
def test_a_participle_after_an_inverted_attribution(body):
    [quote] = _direct(body)
    assert quote.speaker_name == "Maria Lopez"


def test_interview_labels_in_capitals_name_the_person():
    body = ("Maria Lopez runs the port.\n\nTHE HERALD: Why now?\n\nLOPEZ: Because the river is rising.\n\n"
            "THE HERALD: And the money?\n\nLOPEZ: The money is there.")
    assert [(q.text, q.speaker_name) for q in _direct(body) if q.cue is None] == [
        ("Because the river is rising.", "Maria Lopez"), ("The money is there.", "Maria Lopez")]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # "he replied" after one man put a question to another: the one asked answers
        ("Hugh Hill pressed Mayor Tom Reyes on the deficit. “We will cut spending,” he replied.", "Tom Reyes"),
        ("John Carter asked Hugh Hill about the dam. “It will hold,” he answered.", "Hugh Hill"),
        # ... not with a verb that does not answer
        ("Hugh Hill pressed Mayor Tom Reyes on the deficit. “We will cut spending,” he said.", "Hugh Hill"),
    ],
)
def test_the_one_asked_replies(body, speaker):
    [quote] = _direct(body)
    assert quote.speaker_name == speaker


def test_a_new_sentence_introducing_the_next_quote_is_no_attribution_of_the_one_before():
    body = ("Mayor Tom Reyes wrote on Facebook: “We will not cut a single library.” Maria Lopez replied within "
            "minutes: “Then where will the money come from?”")
    assert [q.speaker_name for q in _direct(body)] == ["Tom Reyes", "Maria Lopez"]


@pytest.mark.parametrize(
    "body, speaker, label",
    [
        # a cue word's form after "the" is a noun: "the accused said" attributes the quote
        ("“I did not do this,” the accused told the court.", None, "the accused"),
        ("John Carter, 41, denies murder. Hugh Hill spoke first.\n\n“I did not do this,” the accused said.",
         "John Carter", None),
    ],
)
def test_the_accused_is_a_speaker(body, speaker, label):
    quote = [q for q in _direct(body) if q.kind != "indirect"][-1]
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize(
    "first, speakers",
    [
        # the woman quoted before goes on speaking: her "she said" keeps her, and so does the segment after it
        ("“We will appeal the ruling,” Maria Lopez said.", ["Maria Lopez", "Maria Lopez", "Maria Lopez"]),
        # a man quoted before: "she said" is someone else, unknown here, and so is the segment after it
        ("“We will appeal the ruling,” John Carter said.", ["John Carter", None, None]),
    ],
)
def test_a_she_said_the_resolver_cannot_place_goes_on_with_a_speaker_of_her_gender(monkeypatch, first, speakers):
    from loaders.extract.speakers import Resolution, SpeakerResolver

    resolve = SpeakerResolver.resolve

    def blind_to_she(self, start, end):  # a "she" the who-is-who model could not place (two women, no role)
        return Resolution() if self.body[start:end] == "she" else resolve(self, start, end)

    monkeypatch.setattr(SpeakerResolver, "resolve", blind_to_she)
    body = first + "\n\n“Nobody listened to the residents,” she said. “Not once in ten years.”"
    assert [q.speaker_name for q in _direct(body)] == speakers


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a characterising verb with its object and "as" before the quote: the subject's words for the object
        ("Maria Lopez portrayed the dam project as “a gift to speculators” on Monday.", "a gift to speculators",
         "Maria Lopez"),
        ("Carter further summed up the budget as “hollow,” and left the hall.", "hollow,", "John Carter"),
        ("Hugh Hill, who has long positioned himself as the “river candidate,” spoke first.", "river candidate,",
         "Hugh Hill"),
        ("Petrov openly admires Mayor Tom Reyes as a “steady hand,” aides say.", "steady hand,", "Ivan Petrov"),
    ],
)
def test_characterising_verb_with_object_as_quote(body, text, speaker):
    quote = next(q for q in _direct(body) if q.text == text)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body",
    [
        # a passive or an infinitive has no speaking subject before the verb
        "The valley cannot be portrayed simply as “a swamp.”",
        "It is common for visitors to portray the valley as a “swamp.”",
    ],
)
def test_characterising_verb_without_a_speaking_subject(body):
    assert all(q.speaker_name is None and q.speaker_label is None for q in _direct(body))


@pytest.mark.parametrize(
    "body, text, kept",
    [
        # shouted or chanted words are speech however they are capitalised
        ("Marchers filled Quay Street on Friday, chanting “Hands Off Our Harbour,” as the council met.",
         "Hands Off Our Harbour,", True),
        ("The hall broke into a chant of “Save The Mill!” when the vote was read.", "Save The Mill!", True),
        ("Fans in the stands yelled “Bring Back Dunmore” all afternoon.", "Bring Back Dunmore", True),
        ("A man in the gallery yelled “Shame On You All” before he was led out.", "Shame On You All", True),
        ("Councillor Hugh Hill shouted “This Is A Disgrace” as the vote was read.", "This Is A Disgrace", True),
        ("The crowd outside chanted “NO MORE CUTS” for an hour.", "NO MORE CUTS", True),
        ("Students chanted “Free Tuition” outside the ministry.", "Free Tuition", True),
        ("Half the hall cried “Bravo” when she finished.", "Bravo", True),
        ("The hall chanted “Marta, Marta” as she walked in.", "Marta, Marta", True),
        ("Tenants chanted “We’re Staying Put” in the square.", "We’re Staying Put", True),
        ("Farmers chanted “Don’t Tread On Fields” at the gate.", "Don’t Tread On Fields", True),
        ("A vendor at the gate was shouting “Harbour Gazette?” to anyone passing.", "Harbour Gazette?", True),
        # ... but a bare name called out, a paper hawked or a team cheered, is no speech
        ("A boy outside the station was shouting “Evening Standard” to sell copies.", "Evening Standard", False),
        ("Fans in the stands yelled “Harbour United” as the bus arrived.", "Harbour United", False),
        ("A vendor was shouting “US Weekly” at the gate.", "US Weekly", False),
        ("A boy was yelling “The Times of the Coast” at the ferry.", "The Times of the Coast", False),
        # ... but a title after a verb of singing or writing stays a title
        ("The choir sang “Down By The Old Mill Stream” at the fair.", "Down By The Old Mill Stream", False),
        ("In 2009 she wrote “The Long Road Home” about the valley.", "The Long Road Home", False),
        # ... and a title after a word that merely contains a voicing verb's letters is no chant
        ("The band played “Shouting At The Harbour Wall” at the fair.", "Shouting At The Harbour Wall", False),
    ],
)
def test_shouted_and_chanted_words_are_quotes(body, text, kept):
    assert any(q.text == text for q in _quotes(body)) == kept


@pytest.mark.parametrize(
    "body, label",
    [
        # the reporter's relative clause without "that" belongs to the unnamed source's label
        ("A harbour official I asked said: “The cranes are idle.”", "A harbour official I asked"),
        # ... with what the reporter asked about, and with "we" as with "I"
        ("A ministry official I asked about the delay said: “The money is not there.”",
         "A ministry official I asked about the delay"),
        ("A ferry guard I spoke to about the fares said: “Nobody pays.”", "A ferry guard I spoke to about the fares"),
        ("Traders we asked said: “Nobody comes any more.”", "Traders we asked"),
        ("A nurse we met at the gate said: “The ward is full.”", "A nurse we met at the gate"),
        ("Residents we met near the bridge said the pay was “a joke.”", "Residents we met near the bridge"),
        # ... and so does a relative clause with "who" saying who the source is, before the verb as after the quote
        ("A diver who found the hull said: “It lies upside down.”", "A diver who found the hull"),
        ("A clerk who kept the ledgers said the sums were “never checked.”", "A clerk who kept the ledgers"),
        # ... but not one saying only why the source is not named, nor one reporting what the source said
        ("A pilot who asked not to be named said: “The channel is silting up.”", "A pilot"),
        ("A diver who said the water was cold added: “It lies upside down.”", "A diver"),
        # ... nor a clause after a comma
        ("A clerk at the depot, who kept the ledgers, said the sums were “never checked.”", "A clerk at the depot"),
    ],
)
def test_an_unnamed_sources_label_takes_the_clause_saying_who_it_is(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, label",
    [
        # a name inside a relative clause describing an unnamed source is not the speaker: the description is
        ("A man who worked with John Carter said: “The yard was his life.”", "A man who worked with John Carter"),
        ("A woman whose son Hugh Hill drowned in the harbour said the council “did nothing.”",
         "A woman whose son Hugh Hill drowned in the harbour"),
        ("Fishermen who knew Maria Lopez for years said: “She was fair.”",
         "Fishermen who knew Maria Lopez for years"),
        ("A retired nurse who treated Carter in 2010 said: “He was calm.”", "A retired nurse who treated Carter in 2010"),
        ("John Carter died. A colleague who worked with him for years said: “He was fair.”",
         "A colleague who worked with him for years"),
    ],
)
def test_a_name_in_a_relative_clause_describing_a_source_is_not_the_speaker(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, name",
    [
        # near misses: a clause whose subject has its own verb before the noun and "who"; a relative clause in
        # commas after a name; a "who" clause in an opening subordinate clause
        ("Maria Lopez thanked the people who voted for her and said: “We won.”", "Maria Lopez"),
        ("Maria Lopez, who worked with John Carter, said: “The yard was his life.”", "Maria Lopez"),
        ("When the man who beat John Carter arrived, Maria Lopez said: “Go home.”", "Maria Lopez"),
    ],
)
def test_a_relative_clause_that_describes_no_unnamed_source(body, name):
    assert [q.speaker_name for q in _direct(body)] == [name]


@pytest.mark.parametrize(
    "body, text, label",
    [
        # the reporter's contact clause after the source's noun, the source's own verb after it ('I asked said')
        ("“The cranes are idle,” a harbour official I asked said.", "The cranes are idle,", "a harbour official I asked"),
        ("“Nobody came,” two nurses we met outside said.", "Nobody came,", "two nurses we met outside"),
        ("“Nobody came,” traders we asked about the fares said.", "Nobody came,", "traders we asked about the fares"),
        # a bare plural naming people after an inverted verb is the speaker, short quote or long
        ("“Too late,” said fishermen at the slipway, who asked not to be named.", "Too late,",
         "fishermen at the slipway"),
        ("“The ward never closes on time,” said nurses.", "The ward never closes on time,", "nurses"),
    ],
)
def test_unnamed_sources_after_the_quote(body, text, label):
    [quote] = _direct(body)
    assert (quote.text, quote.speaker_name, quote.speaker_label) == (text, None, label)


@pytest.mark.parametrize(
    "body",
    [
        # the reporter asking is no source: nobody is found, rather than the words after "I asked"
        "“Where are the cranes?” I asked. The quay was empty.",
        # ... and a thing the reporter asked about speaks no words, nor does a noun with a long clause after it
        "The bridge we asked about the delay said: “The money is not there.”",
        "A ministry official I asked about the delay and the cost of the bridge that was never built said: "
        "“The money is not there.”",
        # a bare plural that names no people is no speaker
        "“The bus never comes on time,” said tickets.",
    ],
)
def test_no_unnamed_source_after_the_quote(body):
    assert all(q.speaker_label in (None, "I") and q.speaker_name is None for q in _direct(body))


@pytest.mark.parametrize(
    "body, quoted",
    [
        # an -ing word right after the quote, no comma between: a noun the quote modifies, no participle
        ("Storm nears coast\n\n'Danger to shipping' warning for the estuary\n\nGusts reached 80mph on the pier.", False),
        ("A “do not travel” warning stayed in force on the ring road.", False),
        ("The board issued a “no entry” ruling on Monday.", False),
        # an -ing word outside the table of -ing nouns reads as one before a preposition or its own verb
        # ('branding' is also a speech verb's participle)
        ("The bakery put its “Best in town” branding on the vans.", False),
        ("The old “Made in Kestle” branding was dropped in May.", False),
        # an -ing word taking an object pronoun or a clause is the sentence subject's participle, even a
        # tabled noun
        ("The harbour master ended the session with “We will be back” saying it twice for the cameras.", True),
        ("The harbour master stood at the gate with “Stay back” warning them off the quay.", True),
        ("The harbour master closed the talks with “No deal” adding that the port would stay shut.", True),
        # with the comma, the participle's subject speaks: the harbour master
        ("The harbour master closed the pier. “Keep well back from the edge,” warning walkers to stay "
         "away, the harbour master said.", True),
    ],
)
def test_an_ing_word_after_a_quote_without_a_comma_is_a_noun(body, quoted):
    found = [q for q in _direct(body) if q.speaker_name or q.speaker_label]
    assert bool(found) == quoted
    assert all(q.speaker_label != body[q.start:q.end + 1] for q in found)


@pytest.mark.parametrize(
    "body, label",
    [
        # "it" for a body that opened its sentence after a time phrase without a comma
        ("Last Tuesday the Reserve Bank of Fenland kept its rate at 2%, and in its statement it called the "
         "recovery “patchy and slow”.", "the Reserve Bank of Fenland"),
        ("On Monday the port authority raised its fees, and it called the rise “long overdue”.",
         "the port authority"),
    ],
)
def test_it_finds_a_body_after_a_time_phrase_without_a_comma(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, label",
    [
        # the clause giving the only name a source goes by stays in its label, after the quote as before the verb
        ("“The fares are too high,” said a man who gave his name only as Oskar.",
         "a man who gave his name only as Oskar"),
        ("A woman who identified herself only as Nell said: “The fares are too high.”",
         "A woman who identified herself only as Nell"),
        # near misses: an "as" clause of time still ends the label; a name not given by the source stays a label
        # cut before its clause
        ("“The fares are too high,” said a clerk who left as the vote began.", "a clerk who left"),
        ("“The fares are too high,” said a man who gave his name as Oskar.", "a man who gave his name as Oskar"),
        ("“The fares are too high,” said a woman who was known only as Nell.", "a woman who was known only as Nell"),
        # "only" gives no name by itself: after another verb, "only as" opens a clause of time
        ("“Nobody listened,” said a woman who spoke only as the meeting ended.", "a woman who spoke only"),
        ("“Nobody listened,” said a clerk who stayed only as the vote began.", "a clerk who stayed only"),
    ],
)
def test_a_name_given_by_an_unnamed_source_stays_in_its_label(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, label",
    [
        # a speech verb right after an auxiliary in the source's relative clause is the clause's own passive or
        # perfect, not the main verb: the clause stays in the label
        ("“We have no money,” said fishermen who were told by the council to wait.",
         "fishermen who were told by the council to wait"),
        ("Fishermen who were told by the council to wait said: “We have no money.”",
         "Fishermen who were told by the council to wait"),
        ("“We have no money,” said a trader who had told the harbour board in May.",
         "a trader who had told the harbour board in May"),
        # near misses: the main clause's verb after the relative clause still ends it
        ("A trader who worked at the quay told reporters: “We have no money.”", "A trader who worked at the quay"),
        ("“We have no money,” said a trader who sold fish and told reporters so.", "a trader who sold fish"),
    ],
)
def test_a_speech_verb_in_a_sources_relative_clause_after_an_auxiliary(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label) == (None, label)


@pytest.mark.parametrize(
    "body, text, kept",
    [
        # a quoted name of a scheme (ending on a scheme's head noun) right after a naming verb and its determiner is
        # the writer naming a thing, even inside a clause that reports someone's speech
        ("In 2010 the party launched the “fair harbour initiative” to cap the fees.", "fair harbour initiative",
         False),
        ("Maria Lopez said the council would set up a “river rescue fund” next year.", "river rescue fund", False),
        # ... after any other verb it is as often the speaker's word (second reviewer: "warned of a “stealth
        # levy”", "would open a “massive loophole”"): these two were read as names in round 2, and are quotes now
        ("The government announced on Monday that it wants a new “talent visa” for highly paid specialists.",
         "talent visa", True),
        ("John Carter said the town had closed the “rent loophole” last spring.", "rent loophole", True),
        # ... but a characterising verb or a copula before the determiner makes them the speaker's words
        ("John Carter called the levy a “ferry visa” for the rich.", "ferry visa", True),
        ("John Carter said the levy was a “slush fund” for the mayor.", "slush fund", True),
        ("Maria Lopez described the deal as a “suicide pact” for the valley.", "suicide pact", True),
        # ... and so do words that end on no scheme's head, or with no determiner outside the marks
        ("Maria Lopez said the town needs a “real plan” for the harbour.", "real plan", True),
        ("Maria Lopez called the plan “a disgrace.”", "a disgrace.", True),
        ("John Carter said it was “unacceptable.”", "unacceptable.", True),
        ("John Carter said the council “will set up a fund” next year.", "will set up a fund", True),
        ("Maria Lopez said the “rescue fund is empty” and left.", "rescue fund is empty", True),
    ],
)
def test_a_quoted_name_of_a_scheme_is_no_quote(body, text, kept):
    assert any(q.text == text for q in _direct(body)) == kept


@pytest.mark.parametrize(
    "body, text, speaker, label",
    [
        # "As X says, “…”": an "as" clause with a speech verb, right before the opening mark, names the speaker
        ("As Maria Lopez likes to say, “the river always wins.”", "the river always wins.", "Maria Lopez", None),
        ("As Lopez said of the mayor, “he never reads a file.”", "he never reads a file.", "Maria Lopez", None),
        ("As John Carter once wrote, “a harbour is a promise.”", "a harbour is a promise.", "John Carter", None),
        # ... and the generic "they" of a saying is the label
        ("Carter is your man. As they say about the old doctor, “gifted hands, steady nerves.”",
         "gifted hands, steady nerves.", None, "they"),
        # ... but "as for X" and "as X walked in" say nothing
        ("As for Maria Lopez, “the river always wins” is painted on her wall.", "the river always wins", None, None),
        ("As Maria Lopez walked in, “the river always wins” was on every wall.", "the river always wins", None, None),
    ],
)
def test_an_as_clause_with_a_speech_verb_names_the_speaker(body, text, speaker, label):
    found = [q for q in _direct(body) if q.text == text]
    if speaker is None and label is None:
        assert all(not q.speaker_name for q in found)
        return
    [quote] = found
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


def test_an_as_inside_a_clause_opens_no_saying():
    # "only as Nell said:" is no "as" clause of saying: the label keeps the name it was given
    [quote] = _direct("A ferry guard who gave his name only as Tam said: “The fares are too high.”")
    assert quote.speaker_label == "A ferry guard who gave his name only as Tam"


@pytest.mark.parametrize(
    "body, label",
    [
        # "it" is the body named as the subject of the sentence before, with its short name in brackets if given
        ("The National Water Commission (Conagua) has been more honest. “The wells are low,” it said in a statement.",
         "The National Water Commission (Conagua)"),
        ("The Harbour Ferry Board (HFB) has been silent. “The fares will rise,” it said on Friday.",
         "The Harbour Ferry Board (HFB)"),
        ("The National Water Commission has been more honest. “The wells are low,” it said in a statement.",
         "The National Water Commission"),
        # ... but a bracket holding more than a short name is no part of the subject
        ("The National Water Commission (which runs the wells, dams and pipes of the valley) has been more honest. "
         "“The wells are low,” it said in a statement.", None),
    ],
)
def test_it_is_the_body_named_before_with_its_short_name_in_brackets(body, label):
    [quote] = _direct(body)
    assert quote.speaker_label == label


@pytest.mark.parametrize(
    "body, label",
    [
        # "I met NP who told me: “…”": the relative pronoun's antecedent, an unnamed source the reporter met, is the
        # speaker (a time phrase after it is no part of the label)
        ('I met a woman in a similar situation this summer who told me: "I did everything right." I understood.',
         "a woman in a similar situation"),
        ('We spoke to a ferry guard who said: "Nobody pays." I understood him.', "a ferry guard"),
        ('I met one driver on Monday who told me: "The road is shut." He was angry.', "one driver"),
        # ... but the speaker the sentence names after a relative clause with no speech verb keeps the quote
        ('I met a ferry guard who knew Maria Lopez. "Nobody pays," Maria Lopez told me.', "Maria Lopez"),
        # ... and a relative clause whose verb is not the one introducing the quote gives no speaker
        ('At the meeting, Maria Lopez told a young woman who suggested that nobody would vote that "this is not the '
         'first time."', "Maria Lopez"),
    ],
)
def test_an_unnamed_source_met_who_told_the_reporter(body, label):
    [quote] = _direct(body)
    assert (quote.speaker_label or quote.speaker_name or "").lower() == label.lower()


@pytest.mark.parametrize(
    "body, text, speaker, label",
    [
        # a passive characterising verb before the quote and "by X" after it: X's word for the thing
        ("The inquiry, often labeled as a “witch hunt” by Maria Lopez, goes on.", "witch hunt", "Maria Lopez", None),
        ("The inquiry was described as “a political stunt” by John Carter on Monday.", "a political stunt",
         "John Carter", None),
        ("The inquiry was branded “a circus” by the opposition.", "a circus", None, "the opposition"),
        # ... but a verb that names ("named", "dubbed") gives a name, and "by" after another verb no speaker
        ("The bridge, named the “iron lady” by locals, reopened.", "iron lady", None, None),
        ("The road was closed “for repairs” by the council.", "for repairs", None, None),
    ],
)
def test_a_passive_characterisation_by_its_speaker(body, text, speaker, label):
    found = [q for q in _direct(body) if q.text == text]
    if speaker is None and label is None:
        assert not found
        return
    [quote] = found
    assert (quote.speaker_name, quote.speaker_label) == (speaker, label)


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # "X referred to Y as “…”": X's word for Y, a capitalised epithet as much as a lower-case one
        ("Maria Lopez relentlessly referred to the council as the “Great Satan.” Nobody laughed.", "Great Satan.",
         "Maria Lopez"),
        ("John Carter referred to the levy as “a tax on breathing.”", "a tax on breathing.", "John Carter"),
        # ... but "referred to as" in the passive, with nobody saying it, is a name
        ("The bridge, referred to as the “Iron Lady,” reopened in May.", "Iron Lady,", None),
        # ... and a capitalised title after a verb that does not characterise stays a title
        ("Maria Lopez appeared on the “Morning Show.” Nobody laughed.", "Morning Show.", None),
    ],
)
def test_referring_to_something_as_quoted_words(body, text, speaker):
    found = [q for q in _direct(body) if q.text == text]
    if speaker is None:
        assert not found
        return
    [quote] = found
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "body, label",
    [
        # a body's name with "which"/"who" and a speech verb right before the quote, no comma between them
        ("They turned to the Harbour Police Department which reported “2,521 shooting incidents” in May.",
         "the Harbour Police Department"),
        ("They asked the Valley Water Board which said it had “no record of the leak” at all.",
         "the Valley Water Board"),
        # ... but not a lower-case phrase with "which" ("the figures which showed"): a thing is no speaker
        ("They turned to the figures which showed “2,521 shooting incidents” in May.", None),
    ],
)
def test_a_bodys_name_with_a_relative_pronoun_and_no_comma(body, label):
    found = [q for q in _direct(body)]
    if label is None:
        assert all(not q.speaker_label for q in found)
        return
    [quote] = found
    assert quote.speaker_label == label


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # "made clear" reports what someone said: its subject is the speaker of a fragment after it
        ("Maria Lopez made clear her aim to “fundamentally transform” the valley.", "fundamentally transform",
         "Maria Lopez"),
        ("John Carter has made clear that the ferry will “never run at a loss.”", "never run at a loss.",
         "John Carter"),
        # ... but a passive "it was made clear" names nobody
        ("At the hearing it was made clear that the dam would “stay shut” for now.", "stay shut", None),
    ],
)
def test_made_clear_reports_speech(body, text, speaker):
    found = [q for q in _direct(body) if q.text == text]
    assert all(q.speaker_name == speaker for q in found)
    if speaker:
        assert found
