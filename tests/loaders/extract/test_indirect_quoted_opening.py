"""A reported clause that opens on a quoted fragment its own words carry on after ('said that “we need more facts”
about how …') is reported speech holding a partial quote (indirect.py, quotemarks.fragment_opens_clause); a clause
that is the quotation itself, or a quotation with an adjunct after it, stays the direct or partial quote alone."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

_PERSON = "Edda Morvane"


def _quotes(body: str) -> list[tuple[str, str]]:
    mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                for m in re.finditer(rf"\b(?:{_PERSON}|{_PERSON.split()[-1]})\b", body)]
    person = PersonRecord(name=_PERSON, mentions=mentions)
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body)
    return [(q.kind, q.text) for q in extract_quotes(article, [person], Registry()) if q.speaker_name == _PERSON]


def _body(sentence: str) -> str:
    return f"Port fees rise\n\nThe harbour chief, {_PERSON}, spoke on Monday. {sentence}"


@pytest.mark.parametrize(
    "sentence, clause, partial",
    [
        ("Morvane said that “we need more facts” about how the board reached its decision.",
         "“we need more facts” about how the board reached its decision", "we need more facts"),
        ("Morvane said that “fewer than half” of the berths were in use last winter.",
         "“fewer than half” of the berths were in use last winter", "fewer than half"),
        ("Morvane argued that “outside money” had swayed the vote on the quay.",
         "“outside money” had swayed the vote on the quay", "outside money"),
        ("Morvane warned that ‘greedy operators’ would push the fees up again.",
         "‘greedy operators’ would push the fees up again", "greedy operators"),
    ],
)
def test_clause_opening_on_a_fragment_is_reported_speech(sentence, clause, partial):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found
    assert ("partial", partial) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the quotation is the whole clause
        "Morvane said that “we need more facts.”",
        "Morvane said “We need more facts about the board.”",
        # a capitalised opening: a sentence quoted whole, whatever follows
        "Morvane said “We need more facts” in her letter to the board.",
        # the quoted words end on their own punctuation: the quote is over
        "Morvane said that “we need more facts,” and the board agreed with her.",
        # only a time or a short adjunct after the closing mark
        "Morvane said that “we need more facts” on Tuesday.",
        "Morvane said that “we need more facts” again.",
        "Morvane said that “we need more facts” last week.",
        # an attribution after the closing mark, not the clause's words
        "Morvane said that “we need more facts”, he recalled.",
    ],
)
def test_quote_that_is_the_clause_stays_alone(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "more facts" in text]
    assert [text for kind, text in found if kind in ("direct", "partial") and "more facts" in text]


# Review speakersR14: the fragment is the whole clause, and what follows its closing mark is the reporting verb's
# own material (an attribution, the speaker's next action, the medium the words came in), no words of the clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "Morvane said that “the quay needs dredging” according to the harbour log.",
        "Morvane said that “the quay needs dredging” and then walked out.",
        "Morvane said that “the quay needs dredging” and urged patience from the crews.",
        "Morvane said that “the quay needs dredging” but gave no date for the work.",
        "Morvane said that “the quay needs dredging” in a short written note.",
        "Morvane said that “the quay needs dredging” in an interview released on Friday.",
        "Morvane said that “the quay needs dredging” during her speech to the pilots.",
    ],
)
def test_reporting_verbs_own_words_after_the_fragment_stay_out(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "dredging" in text]
    assert ("partial", "the quay needs dredging") in found


# Near misses: the clause's own words after the fragment, even after "and", a document noun or a possessive
@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("Morvane said that “the quay is unsafe” and “the cranes are old” to anyone who looks.",
         "“the quay is unsafe” and “the cranes are old” to anyone who looks"),
        ("Morvane said that “outside money” and foreign donors had swayed the vote.",
         "“outside money” and foreign donors had swayed the vote"),
        ("Morvane said that “the fees” in the letter were far too high.",
         "“the fees” in the letter were far too high"),
        ("Morvane said that “the quay needs dredging” in a way the town can afford.",
         "“the quay needs dredging” in a way the town can afford"),
        ("Morvane said that “the old levy” in its present form would hurt the smaller boats.",
         "“the old levy” in its present form would hurt the smaller boats"),
        ("Morvane said that “a fair levy” according to tonnage would help the smaller boats.",
         "“a fair levy” according to tonnage would help the smaller boats"),
        ("Morvane said that “the quay needs dredging” before the next storm season arrives.",
         "“the quay needs dredging” before the next storm season arrives"),
        ("Morvane said that “the crews” and the pilots had agreed to the new hours.",
         "“the crews” and the pilots had agreed to the new hours"),
    ],
)
def test_clause_words_after_the_fragment_still_make_the_clause(sentence, clause):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found


# Review speakersR14 (still wrong): a short prepositional phrase that is no time is the clause's own ('“no deal is
# near” on the border fees', '“the vote was rigged” in three wards'); a time alone stays the verb's.
@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("Morvane said that “the vote was rigged” in three wards.", "“the vote was rigged” in three wards"),
        ("Morvane said that “no deal is near” on the berth fees.", "“no deal is near” on the berth fees"),
        ("Morvane said that “we need more facts” on the fund.", "“we need more facts” on the fund"),
    ],
)
def test_short_phrase_of_the_clause_after_the_fragment(sentence, clause):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Morvane said that “we need more facts” in March.",
        "Morvane said that “we need more facts” at the weekend.",
        "Morvane said that “we need more facts” in 2019.",
        "Morvane said that “we need more facts” on Tuesday morning.",
        "Morvane said that “we need more facts” this past week.",
        "Morvane said that “we need more facts” since last spring.",
        # the occasion or medium of the words, not a time, is the verb's too
        "Morvane said that “we need more facts” at the meeting.",
        "Morvane said that “we need more facts” on the radio.",
    ],
)
def test_time_alone_after_the_fragment_stays_the_verbs(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "more facts" in text]


# Review speakersR16 (E01–E04): a tail phrase is the reporting verb's only when it ends the sentence or only a time,
# a further prepositional phrase or a comma follows it; the clause's own verb after it ('in the notice rose', 'at
# the gathering injured'), a new subject after 'and then', and a place that only looks like a medium ('press room') keep
# the clause.
@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("Morvane said that “the dues” in the notice rose too fast for the small yards.",
         "“the dues” in the notice rose too fast for the small yards"),
        ("Morvane said that “the pilots were ignored” and then the crews walked off the quay.",
         "“the pilots were ignored” and then the crews walked off the quay"),
        ("Morvane said that “the leak started” in the press room of the harbour office.",
         "“the leak started” in the press room of the harbour office"),
        ("Morvane said that “a flare” at the gathering injured two children.",
         "“a flare” at the gathering injured two children"),
        ("Morvane said that “the tolls” in her memo doubled within a year.",
         "“the tolls” in her memo doubled within a year"),
        ("Morvane said that “the crane failed” and later a barge sank at the pier.",
         "“the crane failed” and later a barge sank at the pier"),
    ],
)
def test_clause_goes_on_after_a_tail_phrase(sentence, clause):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found


# Near misses: the tail phrase still the reporting verb's (speakersR16 fixes kept)
@pytest.mark.parametrize(
    "sentence",
    [
        "Morvane said that “the quay needs dredging” according to the minutes.",
        "Morvane said that “the quay needs dredging” according to the minutes of the board.",
        "Morvane said that “the quay needs dredging” in a written statement.",
        "Morvane said that “the quay needs dredging” in a written statement on Friday.",
        "Morvane said that “the quay needs dredging” in a statement last week.",
        "Morvane said that “the quay needs dredging” in a statement, citing the silt survey.",
        "Morvane said that “the quay needs dredging” at a press conference.",
        "Morvane said that “the quay needs dredging” in a radio interview with the local station.",
        "Morvane said that “the quay needs dredging” in a letter sent to the council.",
        "Morvane said that “the quay needs dredging” and then left.",
        "Morvane said that “the quay needs dredging” and then quickly left the hall.",
        "Morvane said that “the quay needs dredging” but gave no date.",
        "Morvane said that “the quay needs dredging” at the harbour gathering.",
    ],
)
def test_tail_phrase_ending_the_sentence_stays_the_verbs(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "dredging" in text]
    assert ("partial", "the quay needs dredging") in found


# Review fixes of 132ab736 (QE5, QE6, QE2): after "and"/"but" and a sequence adverb, a time phrase ('on Friday',
# 'that day', 'this morning', 'a week later') or the speaker's pronoun ('he', 'she') before a past verb is still the
# speaker's next action, not a new subject of the clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "Morvane said that “the levy is settled” and then on Friday signed it.",
        "Morvane said that “the levy is settled” and later that day left for the capital.",
        "Morvane said that “the levy is settled” and then this morning walked out of the talks.",
        "Morvane said that “the levy is settled” and a week later resigned from the board.",
        "Morvane said that “the levy is settled” and two days later flew to the coast.",
        "Morvane said that “the levy is settled” and then on Friday morning signed the order.",
        "Morvane said that “the levy is settled” and then she left the hall.",
        "Morvane said that “the levy is settled” and later that day she signed the order.",
    ],
)
def test_time_phrase_or_speakers_pronoun_before_the_next_action_stays_the_verbs(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "levy is settled" in text]
    assert ("partial", "the levy is settled") in found


# Near misses: a new subject after the time phrase, another pronoun, or no past verb keep the clause
@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("Morvane said that “the levy is settled” and then the crews walked off the quay.",
         "“the levy is settled” and then the crews walked off the quay"),
        ("Morvane said that “the levy is settled” and then on Friday the crews walked off the quay.",
         "“the levy is settled” and then on Friday the crews walked off the quay"),
        ("Morvane said that “the levy is settled” and later that day the pilots signed it.",
         "“the levy is settled” and later that day the pilots signed it"),
        ("Morvane said that “the levy is settled” and a week later the board resigned.",
         "“the levy is settled” and a week later the board resigned"),
        ("Morvane said that “the levy is settled” and then it collapsed within a month.",
         "“the levy is settled” and then it collapsed within a month"),
        ("Morvane said that “the crane failed” and then the end came for the old yard.",
         "“the crane failed” and then the end came for the old yard"),
        ("Morvane said that “the levy is settled” and this year the fees would stay flat.",
         "“the levy is settled” and this year the fees would stay flat"),
        ("Morvane said that “the levy is settled” and then on Friday would sign the order.",
         "“the levy is settled” and then on Friday would sign the order"),
        ("Morvane said that “the levy is settled” and then she would sign the order.",
         "“the levy is settled” and then she would sign the order"),
    ],
)
def test_clause_goes_on_after_a_time_phrase(sentence, clause):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found
