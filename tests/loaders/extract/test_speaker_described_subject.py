"""A pronoun after a sentence opened by a person's description with the name apposed ("Norvia's deputy energy
minister, Rashad Guliyev, said Kemal Aksoy would …"): the apposed name opens the main clause and is the pronoun's
antecedent, not the person the reported clause is about. Near misses: a sentence opened by a subordinate clause,
or by a description not followed by an apposed name, keeps its reading. Every expectation was written before the
extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

QUOTE = "\n\n“We have the gas,” he told reporters."

ROWS = [
    # the case: a description opening the sentence, the name apposed between commas, then the verb
    ("Norvia's deputy energy minister, Rashad Guliyev, said Kemal Aksoy would finance the work.", "Rashad Guliyev"),
    ("The deputy energy minister, Rashad Guliyev, said Kemal Aksoy would finance the work.", "Rashad Guliyev"),
    ("The club's manager, Karl Moss, said Tom Reyes would miss the final.", "Karl Moss"),
    ("Kestel's top diplomat, Dan Ezra, told parliament that Tom Reyes had been recalled.", "Dan Ezra"),
    ("Its chief executive, Karl Moss, said Tom Reyes would lead the bid.", "Karl Moss"),
    # near misses that must not change
    ("Rashad Guliyev said Kemal Aksoy would finance the work.", "Rashad Guliyev"),
    ("Rashad Guliyev, the deputy minister, said Kemal Aksoy would finance the work.", "Rashad Guliyev"),
    ("Norvia's deputy energy minister, Rashad Guliyev, said that Kemal Aksoy would finance the work.",
     "Rashad Guliyev"),
    pytest.param("After Rashad Guliyev left the meeting, Kemal Aksoy signed the deal.", "Kemal Aksoy",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "wrong before this change: a capitalised first word is popped as a title, so the subordinate "
                     "clause's subject counts as opening the main clause; not popping subordinators and "
                     "prepositions lost 'For Chhun Vanna, the question is simpler. … he says' (a topic) on a "
                     "blind tune set, left for now"))),
    ("The deputy minister praised the deal. Kemal Aksoy signed it on Monday.", "Kemal Aksoy"),
]


@pytest.mark.parametrize("sentence, expected", ROWS)
def test_apposed_name_after_description_is_the_subject(sentence, expected):
    quotes = [q for q in quotes_of(sentence + QUOTE) if q.text.startswith("We have")]
    assert quotes, "no quote found"
    assert quotes[0].speaker_name == expected, (quotes[0].speaker_name, quotes[0].speaker_label)
