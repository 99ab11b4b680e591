"""Indirect speech with the attribution set in the sentence as an aside: after the clause but followed by a
participle ("The solar farm is working, says Mokoena, pointing at the panels."), or between commas after an
opening adverbial ("At fifty-four, Mokoena says, he is too old to climb a tower."). Near misses: the aside
after a noun subject, a name that is the object of the opening preposition, a lone participle phrase with no
speech verb. Every expectation was written before the extractor ran: the clause (or None) and its speaker."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

INTRO = "Karl Moss worked at the plant for thirty years.\n\n"

ROWS = [
    # trailing attribution, then a participle phrase
    ("The solar farm is working, says Moss, pointing at the rows of panels.", "The solar farm is working"),
    ("The new line would open in May, said Moss, waving a ticket.", "The new line would open in May"),
    ("The river had never been this high, Moss said, shaking his head.", "The river had never been this high"),
    # an aside after an opening adverbial
    ("At fifty-four, Moss says, he is too old to climb a turbine tower.", "he is too old to climb a turbine tower"),
    ("In the end, Moss said, nobody from the company came to the meeting.",
     "nobody from the company came to the meeting"),
    ("Since the closure, he says, the village has lost half its shops.", "the village has lost half its shops"),
    # an aside after the clause's subject: the words after it are reported (the subject is cut off by the aside)
    ("The salt pan, he says, is still a living; the city is a gamble.", "is still a living; the city is a gamble"),
    # a trailing attribution followed by the clause's reason
    ("The protection took about a year to build up, he said, because the mosquitoes had to be suppressed.",
     "The protection took about a year to build up"),
    # near misses that must not change
    ("The salt pan, which Moss says is his, floods in June.", None),
    ("The plant closed in May, he said, and the village emptied.", "The plant closed in May"),
    ("The solar farm is working, says Moss.", "The solar farm is working"),
    ("The solar farm, pointing south, is working.", None),
    ("With Moss gone, the plant says, the union has no leader.", None),
    ("At fifty-four, Moss retired and moved to the coast.", None),
]


@pytest.mark.parametrize("sentence, clause", ROWS)
def test_indirect_with_aside(sentence, clause):
    found = [q for q in quotes_of(INTRO + sentence) if q.kind == "indirect"]
    if clause is None:
        assert not found, [(q.text, q.speaker_name) for q in found]
    else:
        assert [(q.text, q.speaker_name) for q in found] == [(clause, "Karl Moss")]


# A participle of speech after the attribution and a linking word ("he said, before adding that …"): the
# attribution's speaker, a pronoun too, reports the clause. Near misses: a participle that reports nothing, a
# plain "adding that" (unchanged).
PARTICIPLE_ROWS = [
    ('Moss disagreed. "It\'s a dive," he said, before adding that he had "a lot of time" for the referee.',
     'he had "a lot of time" for the referee'),
    ('Moss disagreed. "It\'s a dive," he said, then adding that the referee had been fair all season.',
     "the referee had been fair all season"),
    ('"It\'s a dive," Moss said, adding that the referee had been fair all season.',
     "the referee had been fair all season"),
    ('Moss disagreed. "It\'s a dive," he said, before leaving the room.', None),
]


@pytest.mark.parametrize("sentence, clause", PARTICIPLE_ROWS)
def test_participle_after_linking_word(sentence, clause):
    found = [(q.text, q.speaker_name) for q in quotes_of(INTRO + sentence) if q.kind == "indirect"]
    assert found == ([] if clause is None else [(clause, "Karl Moss")])


# A clause without "that" whose verb has one form for present and past ("cost", "put", "hit", "hurt") shows it is
# a clause by the object pronoun right after that verb. Near misses: a pronoun after a preposition or "and".
BARE_VERB_ROWS = [
    ("Moss says diesel alone cost him 10,000 last season.", "diesel alone cost him 10,000 last season"),
    ("Moss says the storm put them out of work for a month.", "the storm put them out of work for a month"),
    ("Moss says the cut hurt us more than anyone.", "the cut hurt us more than anyone"),
    # near misses
    ("Moss says thanks to all of them in the village.", None),
    ("Moss says goodbye to the village and them all.", None),
]


@pytest.mark.parametrize("sentence, clause", BARE_VERB_ROWS)
def test_clause_by_object_pronoun(sentence, clause):
    found = [(q.text, q.speaker_name) for q in quotes_of(INTRO + sentence) if q.kind == "indirect"]
    assert found == ([] if clause is None else [(clause, "Karl Moss")])
