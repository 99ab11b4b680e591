"""A role the article gives with a bare copula and no article ("Ana Lopes, who has been harbour master for a
decade,", "Kurt Vahl is mayor of Dunmore") is a role (speaker_roles.WhoIsWho._role_given): "the harbour master
said" is then that person. Made-up sentences; near misses keep their speakers (a copula with an adjective or a
passive gives no role; a role held in the past, "was", is not read here; a person with no such role stays a label)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    ("Ana Lopes, who has been harbour master for a decade, closed the port. \"The swell is too dangerous,\" the "
     "harbour master said.", "swell", "Ana Lopes", None),
    ("Kurt Vahl is mayor of Dunmore and a keen cyclist. Residents gathered outside the hall. \"Nobody will lose "
     "their home,\" the mayor said.", "Nobody will", "Kurt Vahl", None),
    ("Mei Chen, who is also treasurer of the club, counted the votes. Results were announced at noon. \"It was "
     "close,\" the treasurer said.", "It was close", "Mei Chen", None),
    ("Omar Haddad remains chairman despite the vote. \"I have the board's support,\" the chairman said.",
     "board's support", "Omar Haddad", None),
    # near misses
    ("Ana Lopes, who was injured in the storm, is recovering. \"The swell is too dangerous,\" the harbour master "
     "said.", "swell", None, "the harbour master"),
    # (the role word is the title of a name the complement goes on to: Leo Ward is an ally, not a chairman)
    ("Leo Ward is chairman Karl Moss's closest ally on the board. \"We will not sell the club,\" the chairman "
     "said.", "sell the club", "Karl Moss", None),
    ("Priya Nair is treasurer Omar Haddad's deputy. \"The accounts are clean,\" the treasurer said.",
     "accounts are clean", "Omar Haddad", None),
    ("Kurt Vahl is angry about the plan. \"Nobody will lose their home,\" the mayor said.",
     "Nobody will", None, "the mayor"),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_role_by_copula(text, words, name, label):
    quote = quote_with(text, words)
    assert (quote.speaker_name, None if name else quote.speaker_label) == (name, label)
