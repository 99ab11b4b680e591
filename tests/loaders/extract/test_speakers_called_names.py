"""A name written on its own and marked as the name people call someone by ("Leyla Hanım, as the fishermen call
her,", "Doc Orr, as the crew knows him,") is another name of the one person named before whose given name it opens
with (speakersR43): her quotes under it are hers. Near misses: two people with that given name, no such mark, a
name opening with another given name, or the full-named person named only after it. Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

_FULL = "Leyla Tandoğan, 63, mends nets at the end of the pier. Her neighbour Derya Aksel, 38, sorts the floats.\n\n"
_CALLED = "{name}, as the fishermen call her, is less impressed by the money.\n\n\"We sewed anyway,\" {name} says."


@pytest.mark.parametrize("text, speaker", [
    # hits: the called name opens with her given name, marked by "as … call her"
    (_FULL + _CALLED.format(name="Leyla Hanım"), "Leyla Tandoğan"),
    (_FULL + "Leyla Abla, as the children knew her, smiled.\n\n\"We sewed anyway,\" Leyla Abla says.",
     "Leyla Tandoğan"),
    # ... no mark, but "Hanım" is a form of address after her given name: the people step joins it to the one
    # Leyla named in full (peopleR41), so her quotes are hers too
    (_FULL + "Leyla Hanım is less impressed by the money.\n\n\"We sewed anyway,\" Leyla Hanım says.",
     "Leyla Tandoğan"),
    # near misses:
    # ... two people with that given name: which one is unknown
    ("Leyla Tandoğan, 63, mends nets. Leyla Korkmaz, 41, sells fish.\n\n" + _CALLED.format(name="Leyla Hanım"),
     "Leyla Hanım"),
    # ... another given name
    (_FULL + _CALLED.format(name="Sevim Hanım"), "Sevim Hanım"),
    # ... the full name written only after the called name
    (_CALLED.format(name="Leyla Hanım") + "\n\nLeyla Tandoğan, 63, mends nets.", "Leyla Hanım"),
    # ... (speakersR43 review) "her" opens a noun phrase: what critics call is her plan, no person
    (_FULL + "Leyla Rule, as critics call her plan, starts in June.\n\n\"We sewed anyway,\" Leyla Rule says.",
     "Leyla Rule"),
    # ... "him" of a woman: the pronoun's gender is not the owner's
    (_FULL + "Leyla Bey, as the fishermen call him, is less impressed.\n\n\"We sewed anyway,\" Leyla Bey says.",
     "Leyla Bey"),
    # ... a second word that is no form of address is a family name: another person
    ("John Reyes, the mayor, opened the hall. John Bishop, as his parishioners know him, blessed it.\n\n"
     "\"We sewed anyway,\" John Bishop says.", "John Bishop"),
    ("Leyla Tandoğan, 63, mends nets.\n\nLeyla Ozer, as the fishermen call her, is less impressed.\n\n"
     "\"We sewed anyway,\" Leyla Ozer says.", "Leyla Ozer"),
    # ... (speakersR44 review) a form of address that is a common family name too: another person
    ("Jenny Ho, 63, mends nets.\n\nJenny Chan, as her students know her, is less impressed.\n\n"
     "\"We sewed anyway,\" Jenny Chan says.", "Jenny Chan"),
    ("Wei Lu, 63, mends nets.\n\nWei Ji, as the crew call him, is less impressed.\n\n"
     "\"We sewed anyway,\" Wei Ji says.", "Wei Ji"),
])
def test_a_called_name_is_the_given_names_owner(text, speaker):
    assert speaker_of(text, "We sewed anyway") == speaker
