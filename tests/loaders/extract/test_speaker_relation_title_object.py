"""A role naming a person by a relation to a title-holder ("The lawyer for the mayor, Ann Bell,", "An adviser to
the president, X,", "The son of the mayor, X,") gives that person the relation's role, never the title's: "the
mayor said" stays its own label (speakersR22 review, R3). Made-up text; near misses: the relation's noun still
names the person, and a title before its own "of" phrase ("The mayor of the city, X,") is still held."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str) -> str:
    [quote] = quotes_of(text)
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, label", [
    ("The lawyer for the mayor, Ann Bell, spoke on Monday. “We will appeal,” the mayor said.", "the mayor"),
    ("An adviser to the president, Ann Bell, spoke on Monday. “We will act,” the president said.", "the president"),
    ("A spokesman for the minister, Ann Bell, spoke on Monday. “We will act,” the minister said.", "the minister"),
    ("The son of the mayor, Jon Eide, was arrested on Monday. “He is innocent,” the mayor said.", "the mayor"),
])
def test_the_relations_title_is_the_other_ones(text, label):
    assert _speaker(text) == "L:" + label


@pytest.mark.parametrize("text, speaker", [
    ("The lawyer for the mayor, Ann Bell, spoke on Monday. “We will appeal,” the lawyer said.", "Ann Bell"),
    ("An adviser to the president, Ann Bell, spoke on Monday. “We will act,” the adviser said.", "Ann Bell"),
    ("A spokesman for the minister, Ann Bell, spoke on Monday. “We will act,” the spokesman said.", "Ann Bell"),
    ("The son of the mayor, Jon Eide, was arrested on Monday. “He is innocent,” the son said.", "Jon Eide"),
    ("The mayor of the city, Ann Bell, spoke on Monday. “We will act,” the mayor said.", "Ann Bell"),
    ("The Minister of the Interior, Ann Bell, spoke on Monday. “We will act,” the minister said.", "Ann Bell"),
    ("Ann Bell, governor of the central bank, spoke on Monday. “Rates will rise,” the governor said.", "Ann Bell"),
])
def test_the_relation_and_an_own_title_keep_their_holder(text, speaker):
    assert _speaker(text) == speaker
