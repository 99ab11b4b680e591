"""A person's own response noun before a colon introduces their words: "His verdict on the offer was short: “…”",
"Quint's reaction: “…”", "Her message to the players was simple: “…”" are that person's (a possessive pronoun
stands for the person it refers to). Data: `quote_words.RESPONSE_NOUNS`. Made-up people and texts only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of


@pytest.mark.parametrize("text, speaker", [
    ("The union leader Karl Stenberg addressed the strikers. His verdict on the offer was short: "
     "“It is not the win we earned, it is an insult.”", "Karl Stenberg"),
    ("Mara Quint, the club's coach, was pleased. Her reaction: “Finally, a win we earned.”", "Mara Quint"),
    ("Mara Quint, the club's coach, was pleased. Quint's reaction: “Finally, a win we earned.”", "Mara Quint"),
    ("Mara Quint, the club's coach, was pleased. Her message to the players was simple: “Finally, a win we earned.”",
     "Mara Quint"),
    ("Mara Quint, the club's coach, was pleased. Her reply to critics: “Finally, a win we earned.”", "Mara Quint"),
])
def test_own_response_noun_before_colon(text, speaker):
    quote = quote_with(text, "win we earned")
    assert quote.speaker_name == speaker


# Near misses: a noun that is not the person's response (a sign, a team's motto, a headline), or a possessive
# whose noun belongs to someone else, names no speaker this way; a speaker named otherwise keeps theirs.
@pytest.mark.parametrize("text, speaker", [
    ("Mara Quint, the club's coach, was pleased. Her favourite sign in the stands: “Finally, a win we earned.”", None),
    ("Mara Quint, the club's coach, was pleased. Her team's motto: “Finally, a win we earned.”", None),
    ("Mara Quint, the club's coach, was pleased. Her reaction to the headline “Finally, a win we earned” was a smile.",
     None),
    ("Mara Quint, the club's coach, was pleased. She had a message for the players: “Finally, a win we earned.”",
     "Mara Quint"),
    ("Mara Quint, the club's coach, was pleased. The coach's message: “Finally, a win we earned.”", "Mara Quint"),
])
def test_other_colons_stay(text, speaker):
    quotes = [q for q in quotes_of(text) if "win we earned" in q.text]
    assert all(q.speaker_name == speaker for q in quotes)
