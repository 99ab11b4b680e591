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
    ("Imam Yusuf Ali led Friday prayers at the mosque. \u201cWe stand together with our neighbours,\u201d the "
     "cleric said.",
     "stand together", "Yusuf Ali", None),
    ("Striker Tom Reed scored twice after the break. \"A great night for the fans,\" the footballer said.",
     "great night", "Tom Reed", None),
    # near misses
    # (a visit, then someone the story is about: a description the titled person is never given, nor any word of
    # their role's family, is somebody else)
    ("Senator Amy Holt toured the crowded clinic on Friday. \"We are swamped every night,\" the nurse said.",
     "swamped", None, "the nurse"),
    ("Governor Lisa Chen toured the flooded village of Brell. \"We lost the lot,\" the shopkeeper said.",
     "lost the lot", None, "the shopkeeper"),
    ("Coach Mike Barr praised his side after the draw. \"We rode our luck,\" the goalkeeper said.", "rode our luck",
     None, "the goalkeeper"),
    ("Dr Lena Park treated the girl at the roadside. \"It hurt so much,\" the patient said from her bed.",
     "hurt so much", None, "the patient"),
    ("General Tom Hale visited the troops at the front line. \"We need sleep,\" the soldier said.", "need sleep",
     None, "the soldier"),
    ("Chief executive Tom Reed announced 300 job cuts on Monday. \"We are gutted,\" the worker said.", "gutted",
     None, "the worker"),
    ("Opposition leader Ravi Sen attacked the plan. \"It is a giveaway,\" the economist said.", "giveaway", None,
     "the economist"),
    ("Jane Doe watched the fire from her porch. \"It was huge,\" the firefighter said.", "huge", None,
     "the firefighter"),
    ("Tom Reed, a resident, and Ana Cruz, a nurse, watched the fire. \"It was huge,\" the firefighter said.", "huge",
     None, "the firefighter"),
    # (a captain may be a ship's, and a ship's pilot is someone else: no pilot for a captain)
    ("Captain Sara Dunn landed the damaged jet in Faro. \"It was routine,\" the pilot said.", "routine", None,
     "the pilot"),
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
