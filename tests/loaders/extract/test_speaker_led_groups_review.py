"""Review of speakersR1 (issue 9, round 2): "X and her lawyers said" speaks through X only when X opens the
clause's subject. A name that is an earlier verb's object or a preposition's object ("Supporters of Ana Lind and
her lawyers said", "The court fined Karl Moss and his lawyers said") is not the speaker. The reviewer's made-up
cases, newly wrong after round 1, and near misses that must keep the lead."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speakers(text: str, words: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker_name, q.speaker_label) for q in quotes_of(text) if words in q.text]


NOT_THE_NAME = [
    ('Supporters of Ana Lind and her lawyers said outside court: "This prosecution is political."', "prosecution",
     "Ana Lind"),
    ('The court fined Karl Moss and his lawyers said: "We will appeal."', "appeal", "Karl Moss"),
    ('The jury convicted Ana Lind and her attorneys said "the fight is not over."', "fight", "Ana Lind"),
    ('Fans cheered Coach Tom Hale and his staff said "this win belongs to the city."', "win belongs", "Tom Hale"),
    ('A friend of Ana Lind and her colleagues said: "She was brilliant."', "brilliant", "Ana Lind"),
    # a fronted phrase ends in a verb or a preposition right before the name: the name is its object
    ('After meeting Karl Moss and his lawyers said: "We will appeal."', "appeal", "Karl Moss"),
    ('In a letter to Ana Lind and her attorneys said "the fight is not over."', "fight", "Ana Lind"),
]

STILL_THE_NAME = [
    ('Ana Lind and her lawyers said outside court: "This prosecution is political."', "prosecution", "Ana Lind"),
    ('On Monday, Karl Moss and his lawyers said: "We will appeal."', "appeal", "Karl Moss"),
    ('Coach Tom Hale and his staff said "this win belongs to the city."', "win belongs", "Tom Hale"),
    ('The defendant Ana Lind and her attorneys said "the fight is not over."', "fight", "Ana Lind"),
    ('After the verdict, Dr Ana Lind and her colleagues said: "She was brilliant."', "brilliant", "Ana Lind"),
    # review of speakersR2: a fronted phrase without its comma ("After the verdict Karl Moss") still leaves the
    # name opening the subject
    ('After the verdict Karl Moss and his lawyers said "Justice was done."', "Justice", "Karl Moss"),
    ('In a statement Friday Ana Lind and her attorneys said "We are relieved."', "relieved", "Ana Lind"),
]


@pytest.mark.parametrize("text,words,person", NOT_THE_NAME)
def test_a_name_inside_another_phrase_does_not_lead_the_group(text, words, person):
    found = _speakers(text, words)
    assert found and all(name != person for name, _ in found), found


@pytest.mark.parametrize("text,words,person", STILL_THE_NAME)
def test_a_name_opening_the_subject_still_leads_the_group(text, words, person):
    found = _speakers(text, words)
    assert found and all(name == person for name, _ in found), found
