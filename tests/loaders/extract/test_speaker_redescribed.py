"""A definite description no role of the article fits ("the cleric" after "Bishop Paul Okoro", "the activist"
after "Climate campaigner Greta Lind") is the writer's other word for the person the sentence before is about,
when that is the only person named there and the article gives them a role of their own: newsroom style
varies the word for a role-holder rather than repeat it. Made-up sentences; near misses keep the label (a person
the article gives no role, two people named in the sentence before, a description of the other gender, an
unnamed person introduced with that noun)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    ("Bishop Paul Okoro led the service. \"We pray for peace,\" the cleric said.", "pray for peace", "Paul Okoro", None),
    ("Climate campaigner Greta Lind, 24, chained herself to the gate. \"We had no choice,\" the activist said.",
     "no choice", "Greta Lind", None),
    ("Dr Lena Park, an epidemiologist at Kestel University, studied the outbreak. \"It spread in schools,\" the "
     "scientist said.", "spread in schools", "Lena Park", None),
    ("Opposition leader Ravi Sen attacked the plan. \"It is a giveaway,\" the MP said.", "giveaway", "Ravi Sen", None),
    # near misses
    ("Jane Doe watched the fire from her porch. \"It was huge,\" the firefighter said.", "huge", None,
     "the firefighter"),
    ("Tom Reed, a resident, and Ana Cruz, a nurse, watched the fire. \"It was huge,\" the firefighter said.", "huge",
     None, "the firefighter"),
    ("Bishop Paul Okoro led the service. \"We pray for peace,\" the nun said.", "pray for peace", None, "the nun"),
    ("Bishop Paul Okoro led the service. A priest, who asked not to be named, was less hopeful. \"We pray for "
     "peace,\" the priest said.", "pray for peace", None, "A priest"),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_redescribed_role_holder(text, words, name, label):
    quote = quote_with(text, words)
    assert quote.speaker_name == name
    if label:
        assert quote.speaker_label.casefold().startswith(label.casefold())
