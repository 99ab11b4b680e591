"""Round R27 of the speakers track (made-up text): a demonstrative "that" opening the reported clause ("says that
is only part of the story": a finite verb right after "that" leaves it no complementiser); a participle continuing
a reported clause ("X said …, adding that …") is the speaker of the clause it continues, when that speaker was only
described. Each row has near misses that must stay as they are."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_label) for q in quotes_of(text) if q.kind == "indirect"]


DEMONSTRATIVE_THAT = [
    # "that" and a finite verb: "that" is the clause's subject
    ("Ana Lind runs the farm.\n\nLind says that is only part of the story.",
     ("that is only part of the story", "Ana Lind")),
    ("Ana Lind runs the farm.\n\nLind said that would be a mistake for the whole valley.",
     ("that would be a mistake for the whole valley", "Ana Lind")),
    ("Ana Lind runs the farm.\n\nLind said that was the plan all along.",
     ("that was the plan all along", "Ana Lind")),
    # near misses: "that" before a subject stays the complementiser; an inverted condition after "that" ("had it
    # not been", "should the talks fail") is no demonstrative
    ("Ana Lind runs the farm.\n\nLind says that the river is only part of the story.",
     ("the river is only part of the story", "Ana Lind")),
    ("Ana Lind runs the farm.\n\nLind said that had it not been for the rain, the farm would have closed.",
     ("had it not been for the rain, the farm would have closed", "Ana Lind")),
    ("Ana Lind runs the farm.\n\nLind said that should the talks fail, the farm would close.",
     ("should the talks fail, the farm would close", "Ana Lind")),
    ("Ana Lind runs the farm.\n\nLind said that it was the plan all along.",
     ("it was the plan all along", "Ana Lind")),
]


@pytest.mark.parametrize("text, expected", DEMONSTRATIVE_THAT)
def test_demonstrative_that_opens_the_clause(text, expected):
    assert expected in _indirect(text)


CONTINUING_PARTICIPLE = [
    # a described speaker's clause, then "adding that …": the same speaker
    ("Minister of Fisheries Karl Bode opened the port on Monday.\n\nNorland's fisheries chief said the quay would "
     "open in May, adding that it was “a gift to the town”.",
     [("the quay would open in May", "Karl Bode"), ("it was “a gift to the town”", "Karl Bode")]),
    ("Minister of Fisheries Karl Bode opened the port on Monday.\n\nThe minister said the quay would open in May, "
     "noting that the dredging had finished early.",
     [("the quay would open in May", "Karl Bode"), ("the dredging had finished early", "Karl Bode")]),
    # near misses: a participle after a clause whose own subject may speak ("saying") stays unattributed; a
    # participle after no reported clause stays as it was; a named speaker is unchanged
    ("Minister of Fisheries Karl Bode opened the port on Monday.\n\nNorland's fisheries chief said the union had "
     "rejected the offer, saying it was far too low.",
     [("the union had rejected the offer", "Karl Bode")]),
    ("Minister of Fisheries Karl Bode opened the port on Monday.\n\nThe quay opened in May after a long delay, "
     "adding that the town had waited for years.", []),
    ("Minister Karl Bode opened the port on Monday.\n\nBode said the quay would open in May, adding that it was "
     "cheap.", [("the quay would open in May", "Karl Bode"), ("it was cheap", "Karl Bode")]),
]


@pytest.mark.parametrize("text, expected", CONTINUING_PARTICIPLE)
def test_continuing_participle_keeps_the_clause_speaker(text, expected):
    assert _indirect(text) == expected


MORE_CLAUSE_SHAPES = [
    # a platform or a speaking place between the verb and its "that"
    ("Ana Lind runs the mill.\n\nLind wrote on Facebook that the governments had signed many documents.",
     ("the governments had signed many documents", "Ana Lind")),
    ("Ana Lind runs the mill.\n\nLind wrote on social media that the mill would close in June.",
     ("the mill would close in June", "Ana Lind")),
    ("Ana Lind chairs the committee.\n\nLind responds from the podium that the powers would expire in three years.",
     ("the powers would expire in three years", "Ana Lind")),
    # "it was" and a possessive determiner opens a clause
    ("Captain Tom Orr, 31, said it was his last final.", ("it was his last final", "Tom Orr")),
    # a plural subject, an adverb, then a bare present verb
    ("Ana Lind runs the mill.\n\nLind says the numbers only work if the mill raises its prices.",
     ("the numbers only work if the mill raises its prices", "Ana Lind")),
    # (speakersR49) ... a bare plural subject with no determiner too
    ("Ana Lind runs the mill.\n\nLind says levees just shift the flood downstream.",
     ("levees just shift the flood downstream", "Ana Lind")),
    ("Ana Lind runs the mill.\n\nLind says prices still rise every spring.",
     ("prices still rise every spring", "Ana Lind")),
    # (review of R49) a verb after the adverb still opens the clause beside the adjectives refused below
    ("Ana Lind runs the mill.\n\nLind says boats still sink in a flood.",
     ("boats still sink in a flood", "Ana Lind")),
    ("Ana Lind runs the mill.\n\nLind says the books still sell well with children.",
     ("the books still sell well with children", "Ana Lind")),
]
MORE_CLAUSE_NEAR_MISSES = [
    # a platform after a verb with no "that"; "said it" an object; a plural noun and an adverb with no verb after
    "Ana Lind runs the mill.\n\nLind wrote on Facebook about the governments and their many documents.",
    "Ana Lind runs the mill.\n\nLind said it with a smile on her face.",
    "Ana Lind runs the mill.\n\nLind says thanks only to the workers who stayed.",
    "Ana Lind runs the mill.\n\nLind said the words only once in the whole meeting.",
    # an object noun, an adverb and a participle: no clause ("wrote the songs still sung …")
    "Ana Lind runs the mill.\n\nLind wrote the songs still sung at the quay.",
    "Ana Lind runs the mill.\n\nLind wrote the songs often sung at the quay.",
    "Ana Lind runs the mill.\n\nLind wrote the letters now kept in the museum.",
    "Ana Lind runs the mill.\n\nLind warned the crews still working on the quay to leave.",
    # (speakersR49) a bare plural object, an adverb and a participle, a past form or a preposition: no clause
    "Ana Lind runs the mill.\n\nLind wrote songs still sung at the quay.",
    "Ana Lind runs the mill.\n\nLind wrote letters now kept in the museum.",
    "Ana Lind runs the mill.\n\nLind wrote poems often written for the quay.",
    "Ana Lind runs the mill.\n\nLind says thanks only to the workers who stayed.",
    "Ana Lind runs the mill.\n\nLind sends greetings always signed by hand.",
    "Ana Lind runs the mill.\n\nLind said goodbyes twice at the quay.",
    # (review of R49, newly wrong 3) an object noun, an adverb and an adjective, not a verb: no clause
    "Ana Lind runs the mill.\n\nLind writes books still popular with children.",
    "Ana Lind runs the mill.\n\nLind writes the books still popular with children.",
    "Ana Lind runs the mill.\n\nLind sells maps still available at the quay.",
    "Ana Lind runs the mill.\n\nLind wrote tunes still famous in the valley.",
    "Ana Lind runs the mill.\n\nLind makes boats always useful in a flood.",
    "Ana Lind runs the mill.\n\nLind said yes just weeks ago.",
]


@pytest.mark.parametrize("text, expected", MORE_CLAUSE_SHAPES)
def test_more_clause_shapes(text, expected):
    assert expected in _indirect(text)


@pytest.mark.parametrize("text", MORE_CLAUSE_NEAR_MISSES)
def test_more_clause_near_misses(text):
    assert _indirect(text) == []



PROCEEDING_MEDIUM = [
    # a proceeding between the verb and its "that" ("testified during the trial that …")
    ("Ana Lind was a clerk at the council.\n\nLind testified during the trial that she had only followed orders.",
     [("she had only followed orders", "Ana Lind")]),
    ("Ana Lind chairs the panel.\n\nLind told MPs at a committee session that the fund was empty.",
     [("the fund was empty", "Ana Lind")]),
    # near misses: a proceeding with no "that" after it is no medium; a trial as the object of the report
    ("Ana Lind was a clerk at the council.\n\nLind testified during the trial about the orders she had followed.",
     []),
    ("Ana Lind was a clerk at the council.\n\nLind argued during the trial that ended on Friday in the capital.",
     []),
    ("Ana Lind was a clerk at the council.\n\nLind argued at the hearing that ended on Friday in the capital.", []),
    ("Ana Lind was a clerk at the council.\n\nLind said in a statement that was released on Friday in the capital.",
     []),
    # a relative clause with its own subject after a proceeding ("the debate that voters watched")
    ("Ana Lind was a clerk at the council.\n\nLind said in the debate that voters watched that the quay was unsafe.",
     []),
    ("Ana Lind was a clerk at the council.\n\nLind argued at the hearing that the press covered that the fund was "
     "empty.", []),
]


@pytest.mark.parametrize("text, expected", PROCEEDING_MEDIUM)
def test_report_after_a_proceeding(text, expected):
    assert _indirect(text) == expected


QUOTED_VERB = [
    # a short subject whose present verb opens a quoted fragment: a clause without "that"
    ('Ana Lind lives in Vik.\n\nLind said the 2032 date "feels very far away".',
     ('the 2032 date "feels very far away"', "Ana Lind")),
    ('Ana Lind lives in Vik.\n\nLind said the new timetable “works for nobody at all”.',
     ('the new timetable “works for nobody at all”', "Ana Lind")),
]
QUOTED_VERB_NEAR_MISSES = [
    # words said, not a clause: a noun of things said before the marks, or a quoted word alone
    'Ana Lind lives in Vik.\n\nLind said the words "thanks a lot" to the crowd.',
    'Ana Lind lives in Vik.\n\nLind said the team "thanks" before the match.',
    # a quoted name or motto after a noun of written words ("the motto “stays afloat”")
    'Ana Lind lives in Vik.\n\nLind wrote the motto “stays afloat” on the wall.',
    'Ana Lind lives in Vik.\n\nLind said the motto “stays afloat” on the wall.',
    'Ana Lind lives in Vik.\n\nLind wrote the song “runs like water” in May.',
    'Ana Lind lives in Vik.\n\nLind wrote the headline “sinks the quay” in May.',
]


@pytest.mark.parametrize("text, expected", QUOTED_VERB)
def test_quoted_present_verb_opens_a_clause(text, expected):
    assert expected in _indirect(text)


@pytest.mark.parametrize("text", QUOTED_VERB_NEAR_MISSES)
def test_quoted_words_are_no_clause(text):
    assert _indirect(text) == []
