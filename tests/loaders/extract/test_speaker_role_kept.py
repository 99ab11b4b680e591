"""A role a person is said to keep or hold on to ("Ana Roe says she will stay on as director", "Ana Roe remains
on as coach until June") is that person's: a later "the director said" is hers (speakersR43). The verb's subject
must be the person: the name itself or a pronoun of the name's gender, nobody else named, no other noun phrase or
object pronoun between (near misses). Made-up text; expectations written first."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

_LATER = "\n\nThe vote is in May.\n\n\"Then the town waits two hours,\" the {head} says."


@pytest.mark.parametrize("text, speaker", [
    # hits: the name's own clause, or a pronoun of her gender after it
    ("Ana Roe says she hopes to stay on as director after the grant ends." + _LATER.format(
        head="director"), "Ana Roe"),
    # ... deliberating whether to keep it: she holds it now
    ("Ana Roe says she has not decided whether to stay on as director after the grant ends." + _LATER.format(
        head="director"), "Ana Roe"),
    ("Karl Moss is weighing whether to remain as coach." + _LATER.format(head="coach"), "Karl Moss"),
    ("Ana Roe will remain as chair of the trust until June." + _LATER.format(head="chair"), "Ana Roe"),
    ("Karl Moss said he would continue as treasurer for one more year." + _LATER.format(head="treasurer"),
     "Karl Moss"),
    ("Karl Moss has stayed on as coach since the club was relegated." + _LATER.format(head="coach"), "Karl Moss"),
    # ... the one asked to stay is the verb's subject, the name right before it
    ("Ana Roe asked Karl Moss to stay on as director." + _LATER.format(head="director"), "Karl Moss"),
    # near misses: someone else is asked to stay, or is the verb's subject
    ("Ana Roe says the board wants her deputy to stay on as director." + _LATER.format(head="director"),
     None),
    ("Ana Roe asked him to stay on as director." + _LATER.format(head="director"), None),
    # ... a pronoun of the other gender is someone else
    ("Ana Roe said he would stay on as director." + _LATER.format(head="director"), None),
    # ... a pronoun after a name whose gender nobody knows may be another's
    ("Kirra Tull said he would stay on as director." + _LATER.format(head="director"), None),
    # ... a "they" is others
    ("Ana Roe says they will remain as directors." + _LATER.format(head="director"), None),
    # ... the role in another sentence, or in a quote
    ("Ana Roe spoke first. She will stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe said: \"I will stay on as director.\"" + _LATER.format(head="director"), None),
    # ... a role given up, refused or denied is no role kept (speakersR43 review)
    ("Ana Roe says she will not stay on as director." + _LATER.format(head="director"), None),
    ("Karl Moss has not remained as coach." + _LATER.format(head="coach"), None),
    ("Karl Moss said he would never stay on as coach." + _LATER.format(head="coach"), None),
    ("Karl Moss says he cannot continue as coach." + _LATER.format(head="coach"), None),
    ("Ana Roe says she refuses to stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe resigned rather than stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe was asked to stay on as director but declined." + _LATER.format(head="director"), None),
    ("Ana Roe has decided not to stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe is weighing whether anyone should stay on as director." + _LATER.format(head="director"), None),
    # ... a bare noun or indefinite pronoun is the verb's subject
    ("Ana Roe said nobody would stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe wonders whether anyone will stay on as director." + _LATER.format(head="director"), None),
    ("Ana Roe says staff will remain as directors of the fund." + _LATER.format(head="director"), None),
    ("Ana Roe says everyone will stay on as coach." + _LATER.format(head="coach"), None),
    # ... "as" meaning "the way": the role does not close the clause
    ("Ana Roe says work will continue as the director wants." + _LATER.format(head="director"), None),
    ("Ana Roe will continue as the director asked." + _LATER.format(head="director"), None),
    # ... another verb than a saying one before the pronoun ("doubts she can")
    ("Ana Roe doubts she can stay on as director." + _LATER.format(head="director"), None),
])
def test_a_role_kept_is_the_persons(text, speaker):
    got = speaker_of(text, "Then the town waits")
    if speaker is None:
        assert got is not None and got.lower().startswith("the "), got
    else:
        assert got == speaker


@pytest.mark.parametrize("text, speaker", [
    # the role is already another's, given by the article: the keeper's claim takes nothing from the holder
    ("Karl Moss, the coach, hired Ana Roe in 2020. Ana Roe says she will stay on as coach of the juniors."
     + _LATER.format(head="coach"), "Karl Moss"),
    ("Ana Roe doubts she can stay on as director, and Karl Moss is the director now." + _LATER.format(
        head="director"), "Karl Moss"),
    # hits kept: "says that she will", the name alone before the verb
    ("Karl Moss said that he will stay on as coach." + _LATER.format(head="coach"), "Karl Moss"),
    ("Ana Roe will stay on as director of the fund." + _LATER.format(head="director"), "Ana Roe"),
])
def test_a_role_kept_takes_nothing_from_its_holder(text, speaker):
    assert speaker_of(text, "Then the town waits") == speaker


@pytest.mark.parametrize("text, speaker", [
    # the role's words joined by two spaces, a no-break space or a tab: read as if by one space (no error)
    ("Ana Roe will stay on as managing  director until June." + _LATER.format(head="director"), "Ana Roe"),
    ("Karl Moss will remain as head\u00a0coach of the juniors." + _LATER.format(head="coach"), "Karl Moss"),
    # near misses: the same gaps where the role is refused or someone else keeps it
    ("Ana Roe says she will not stay on as managing  director." + _LATER.format(head="director"), None),
    ("Ana Roe asked him to remain as head\tcoach." + _LATER.format(head="coach"), None),
    ("Ana Roe says staff will remain as managing\u00a0directors of the fund." + _LATER.format(head="director"), None),
])
def test_a_role_kept_across_any_spacing(text, speaker):
    got = speaker_of(text, "Then the town waits")
    if speaker is None:
        assert got is not None and got.lower().startswith("the "), got
    else:
        assert got == speaker
