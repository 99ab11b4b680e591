"""Short quoted sentences inside a transcript's turns ('Lind: Your critics call the new line “a vanity project.”
Fair?', 'Moretti: The auditors agree with me. “The accounts are sound.”') are quotes the turn's speaker cites: kept,
with no speaker (neither the turn's speaker nor the interviewee before). quotes._cited_in_turn with
interviews.transcript_turns. Made-up texts; near misses keep their earlier output: scare quotes and titles in turns,
one labelled paragraph per label, a turn opened by its quotation, the same words in prose. The interviewee's own
unquoted answers are her direct quotes as well (interviews: an interviewer labelled by name asks, and is not
counted as the one who answers)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of

QA1 = ("Q&A: Marta Kovac on why trams beat buses\nInterview by Ana Lind. Marta Kovac runs the city's transit "
       "authority.\nLind: Why trams?\nKovac: \u201cBecause they last forty years.\u201d Buses wear out in ten.\n"
       "Lind: Your critics call the new line \u201ca vanity project.\u201d Fair?\nKovac: No. It carries 40,000 people "
       "a day.\n")
QA4 = ("Transcript: the mayoral debate\nHarris: Good evening. I am running because this city deserves better.\n"
       "Moretti: Good evening to you all.\nHarris: My opponent likes to say \u201cthe budget is balanced.\u201d It is "
       "not.\nMoretti: The auditors agree with me. \u201cThe accounts are sound.\u201d Read their report.\n")
QA5 = ("Transcript: the debate\nHarris: Good evening.\nMoretti: Good evening.\nHarris: The unions say \u201cno deal.\u201d"
       " Do you agree?\nMoretti: My voters told me. \u201cFix the roads!\u201d I will.\n")

CITED = [(QA1, "vanity project"), (QA4, "accounts are sound"), (QA4, "budget is balanced"), (QA5, "Fix the roads")]


@pytest.mark.parametrize("text, words", CITED)
def test_cited_in_turn_is_a_quote_of_nobody_named(text, words):
    quote = quote_with(text, words)
    assert quote.speaker_name is None


NEAR = [
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: What about the “green wave” plan?\nKovac: It works.\nLind: Why?\nKovac: Because buses are slow.\n',
     [('It works.', 'Marta Kovac'), ('Because buses are slow.', 'Marta Kovac')]),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: What did you read this summer?\nKovac: I loved “The Long Road Home.” Great book.\nLind: Why?\nKovac: It made me cry.\n',
     [('I loved “The Long Road Home.” Great book.', 'Marta Kovac'), ('The Long Road Home.', 'Marta Kovac'), ('It made me cry.', 'Marta Kovac')]),
    ('Update: Police called the crash “a tragedy.” The road stays closed.',
     [('a tragedy.', None)]),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Will you resign?\nKovac: “Never.”\nLind: Why not?\nKovac: I love this job.\n',
     [('Never.', 'Marta Kovac')]),
    ("Marta Kovac runs the city's transit authority. Critics call the new line “a vanity project.” Kovac disagrees.",
     []),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Your rivals say “it will never work.” Do they have a point?\nKovac: No.\nLind: Why not?\nKovac: Ridership is up.\n',
     [('it will never work.', None), ('No.', 'Marta Kovac'), ('Ridership is up.', 'Marta Kovac')]),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Is the line late?\nKovac: My engineers told me, “We will finish by May.” I believe them.\nLind: And the cost?\nKovac: It is on budget.\n',
     [('My engineers told me, “We will finish by May.” I believe them.', 'Marta Kovac'), ('We will finish by May.', None), ('It is on budget.', 'Marta Kovac')]),
    ('Lind: Why trams?\nKovac: They last. “Trust me.”\n',
     []),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Why trams?\nKovac: The sign said “Tram Stop.” People followed it.\nLind: Really?\nKovac: Yes.\n',
     [('The sign said “Tram Stop.” People followed it.', 'Marta Kovac'), ('Tram Stop.', 'Marta Kovac'), ('Yes.', 'Marta Kovac')]),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Why trams?\nKovac: We call it the “people mover.” It works.\nLind: Really?\nKovac: Yes.\n',
     [('We call it the “people mover.” It works.', 'Marta Kovac'), ('people mover.', 'Marta Kovac'), ('Yes.', 'Marta Kovac')]),
    ('Note: The mayor said “no.” Then she left.',
     [('no.', None)]),
    ('Harris spoke first. “The budget is balanced.” Moretti disagreed.',
     []),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Why trams?\nKovac: Cheaper. (Source: “City Transport Review 2021.”)\nLind: Really?\nKovac: Yes.\n',
     [('Cheaper. (Source: “City Transport Review 2021.”)', 'Marta Kovac'), ('Yes.', 'Marta Kovac')]),
    ('Transcript: the debate\nHarris: Good evening.\nMoretti: Good evening to you all.\nHarris: I say “yes!” to trams.\nMoretti: And I say no.\n',
     [('yes!', None)]),
    ('Transcript: the debate\nHarris: Good evening.\nMoretti: Good evening to you all.\nHarris: My plan: “Build more homes.”\nMoretti: And mine is better.\n',
     [('Build more homes.', None)]),
]


@pytest.mark.parametrize("text, expected", NEAR)
def test_near_misses_unchanged(text, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(text)] == [tuple(row) for row in expected]


# an unattributed quote in the interviewer's turn does not carry the interviewee's name from the answer before
# (quotes._not_in_anothers_turn)
INTERVIEWER_TURN = "Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten.\nLind: Your critics call the new line “a waste of forty million euros of public money.” Fair?\nKovac: No. It carries 40,000 people a day.\n"


def test_interviewer_turn_not_the_interviewee():
    quote = quote_with(INTERVIEWER_TURN, "forty million")
    assert quote.speaker_name is None


# near misses: the interviewee's own turns ('Kovac:', and the 'KOVAC:', 'A:' and 'Interviewer:' forms as they were),
# own attributions inside the interviewer's turn, prose paragraphs with a colon, full-name labels
NEAR_CARRY = [
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten.\nLind: And the cost?\nKovac: It is high. “But every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years.', 'Marta Kovac'), ('But every tram we buy will still run in 2060, long after I am gone.', 'Marta Kovac')]),
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLIND: Why trams?\nKOVAC: “Because they last forty years.” Buses wear out in ten.\nLIND: And the cost?\nKOVAC: It is high. “But every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years.', None), ('But every tram we buy will still run in 2060, long after I am gone.', None)]),
    ("Marta Kovac runs the city's transit authority.\nQ: Why trams?\nA: “Because they last forty years.” Buses wear out in ten.\nQ: And the cost?\nA: It is high. “But every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years.', None), ('But every tram we buy will still run in 2060, long after I am gone.', None)]),
    ("Marta Kovac runs the city's transit authority. “Because they last forty years,” she said of trams.\nCost: high. “But every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years,', 'Marta Kovac'), ('But every tram we buy will still run in 2060, long after I am gone.', 'Marta Kovac')]),
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years,” I always say. Buses wear out in ten.\nLind: And the cost?\nKovac: “Every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years,', 'Marta Kovac'), ('Every tram we buy will still run in 2060, long after I am gone.', 'Marta Kovac')]),
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten.\nLind: The mayor said, “Trams are the future of this city and I will fund them.” Do you agree?\nKovac: Yes.\n",
     [('Because they last forty years.', 'Marta Kovac'), ('Trams are the future of this city and I will fund them.', None)]),
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten.\nLind: Do you agree with Mayor Tom Reed? “Trams are the future of this city and I will fund them,” he said.\nKovac: Yes.\n",
     [('Because they last forty years.', 'Marta Kovac'), ('Trams are the future of this city and I will fund them,', 'Tom Reed')]),
    ('Transcript: the debate\nHarris: Good evening.\nMoretti: Good evening to you all.\nHarris: “I will cut taxes for every family in this city, starting in January.”\nMoretti: And I will not.\n',
     [('I will cut taxes for every family in this city, starting in January.', None)]),
    ('Transcript: the debate\nJo Harris: Good evening.\nAna Moretti: Good evening to you all.\nJo Harris: “I will cut taxes for every family in this city, starting in January.”\nAna Moretti: “That is a promise you cannot keep and you know it very well.”\n',
     [('I will cut taxes for every family in this city, starting in January.', 'Jo Harris'), ('That is a promise you cannot keep and you know it very well.', 'Ana Moretti')]),
    ('Ana Moretti spoke first. “I will cut taxes for every family in this city, starting in January.”\nNote: the speech ran long. “We will balance the budget without any new borrowing at all.”\n',
     [('I will cut taxes for every family in this city, starting in January.', 'Ana Moretti'), ('We will balance the budget without any new borrowing at all.', 'Ana Moretti')]),
    ("Q&A: Marta Kovac on trams\nMarta Kovac runs the city's transit authority.\nInterviewer: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten.\nInterviewer: And the cost?\nKovac: It is high. “But every tram we buy will still run in 2060, long after I am gone.”\n",
     [('Because they last forty years.', 'Marta Kovac'), ('But every tram we buy will still run in 2060, long after I am gone.', 'Marta Kovac')]),
    ("Q&A: Marta Kovac on trams\nMarta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: “Because they last forty years.” Buses wear out in ten. “A bus is a short-term fix for a long-term problem.”\nLind: And the cost?\nKovac: High.\n",
     [('Because they last forty years.', 'Marta Kovac'), ('A bus is a short-term fix for a long-term problem.', 'Marta Kovac')]),
    ('Marta Kovac spoke to us.\nKovac: “Because they last forty years.”\nKovac: “Buses wear out in ten years and cost more to run.”\n',
     [('Because they last forty years.', 'Marta Kovac'), ('Buses wear out in ten years and cost more to run.', 'Marta Kovac')]),
    ("Q&A: Marta Kovac on trams\nInterview by Ana Lind. Marta Kovac runs the city's transit authority.\nLind: Why trams?\nKovac: Because they last. She told me: “Trams are forever, buses are for now.”\nLind: Who said that?\nKovac: My mother.\n",
     [('Because they last. She told me: “Trams are forever, buses are for now.”', 'Marta Kovac'), ('Trams are forever, buses are for now.', 'Marta Kovac'), ('My mother.', 'Marta Kovac')]),
    ('Q&A: Marta Kovac on trams\nInterview by Ana Lind.\nLind: Why trams?\nKovac: Because they last forty years, unlike buses.\nLind: Critics disagree. “The trams are always late and always full,” one rider wrote.\nKovac: Not true.\n',
     [('Because they last forty years, unlike buses.', 'Marta Kovac'), ('The trams are always late and always full,', None), ('Not true.', 'Marta Kovac')]),
]


@pytest.mark.parametrize("text, expected", NEAR_CARRY)
def test_carry_near_misses_unchanged(text, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(text)] == [tuple(row) for row in expected]
