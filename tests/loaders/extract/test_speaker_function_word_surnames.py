"""A surname spelled like a function word ("May", "From", "Will") is still a name: the phrase saying who speaks is
exactly a person the people step named, or a known given name and capitalised words after it, not opening a
sentence. A lowercase function word after a given name is no part of the name. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _who(text, words):
    quote = quote_with(text, words)
    return quote.speaker_name or quote.speaker_label


# Near misses first: a lowercase function word after a given name, and a capitalised one opening a sentence,
# are not read as surnames.
@pytest.mark.parametrize("text, words, speaker", [
    ('Ivo Brandt spoke at the depot. "We will reopen," said Ivo from the depot.', "We will reopen", "Ivo Brandt"),
    ('Nora Quist ran the count. "It is close," Nora Quist said. "We wait," she said.', "We wait", "Nora Quist"),
])
def test_lowercase_function_word_is_no_surname(text, words, speaker):
    assert _who(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('The depot shut in 1990. "We lost three contracts in a row," said Nora May, the manager.', "We lost", "Nora May"),
    ('The depot shut in 1990. "We lost three contracts in a row," Nora May said.', "We lost", "Nora May"),
    ('Nora May spoke on Monday. "We lost," May said.', "We lost", "Nora May"),
    ('Nora May spoke on Monday. May said: "We lost."', "We lost", "Nora May"),
    ('The group formed in 1985. "We lost three elections in a row," said Ivo From, who helped found it.', "We lost",
     "Ivo From"),
    ('The group formed in 1985. "We lost three elections in a row," said Ivo From, who helped found it.\n\n'
     'Voters saw it as "the party of big spending," From said.', "the party of big", "Ivo From"),
    ('The plant closed. "Nobody told us," said Lena Will, a welder.', "Nobody told us", "Lena Will"),
])
def test_surname_spelled_like_a_function_word(text, words, speaker):
    assert _who(text, words) == speaker
