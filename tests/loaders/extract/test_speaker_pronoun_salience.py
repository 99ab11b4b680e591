"""A pronoun speaker's antecedent (speaker_antecedents): made-up sentences for two salience mechanisms.

1. A name apposed to a description opened by a possessor of several words ("Ben Ortiz's lawyer, Mark Hansen,
   spoke") is the subject of its sentence; the possessor is not.
2. A sentence opened by an organisation's description ("The party expelled Tom Reed") is no person's
   description: "he" goes to the person the sentence names, not to the organisation.
Near misses must keep their speakers (the possessor as the subject itself, a person's description opening the
sentence, an organisation with a person named as its subject)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Ben Ortiz's lawyer, Mark Hansen, spoke outside court. \"My client is innocent,\" he said.",
     "My client", "Mark Hansen"),
    ("Petter Lindqvist's chief of staff, Ola Brenna, met the press. \"No decision has been made,\" he said.",
     "No decision", "Ola Brenna"),
    ("Luka Kovac's former coach, Ivo Simic, watched from the stands. \"He was ready,\" he said.",
     "He was ready", "Ivo Simic"),
    ("The party suspended Tom Reed's campaign manager, Jim Poll. \"It was a purge,\" he said.", "a purge", "Jim Poll"),
    ("The party expelled Tom Reed in May. \"I was never given a hearing,\" he said.",
     "never given", "Tom Reed"),
    ("The union suspended Kari Dahl last week. \"They never asked for my side,\" she said.",
     "my side", "Kari Dahl"),
    ("The council fined Omar Haddad for the sign. \"It has been there for thirty years,\" he said.",
     "thirty years", "Omar Haddad"),
    # near misses: unchanged
    ("Ben Ortiz, Mark Hansen's lawyer, spoke outside court. \"My client is innocent,\" he said.",
     "My client", "Ben Ortiz"),
    ("The Finance Minister's deputy, Jorge Pena, spoke after Carlos Ruiz. \"We will not retreat,\" he said.",
     "not retreat", "Jorge Pena"),
    ("Tom Reed told Jim Poll that the deal was dead. \"It's over,\" he said.", "It's over", "Tom Reed"),
    ("Tom Reed spoke first. Then Jim Poll took the microphone. \"We are united,\" he said.", "united", "Jim Poll"),
    ("Asked whether Anna Berg would resign, Lotte Frisk said no. \"She should stay,\" she said.",
     "should stay", "Lotte Frisk"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_pronoun_speaker(text, words, speaker):
    assert quote_with(text, words).speaker_name == speaker


def test_organisation_subject_then_unnamed_person_keeps_label():
    # near miss: a person's description introduced as a subject is still the label for "he"
    quote = quote_with("A farmer who lost his herd was angry. \"Nobody came,\" he said.", "Nobody came")
    assert quote.speaker_name is None and quote.speaker_label.startswith("A farmer")


# Round 6 (session review, made-up text): "it" goes to the nearest preceding body subject, and a body's description
# with an "of"-complement ("The registry of the river board said") is a body subject; a person subject in between is
# read past, since "it" names no person.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The Varsby observatory confirmed on Monday that a new asteroid had been seen. The secretariat of the "
         "geodetic union said it would name the asteroid next month. It said the asteroid \u201cposes no risk to "
         "shipping.\u201d", "poses no risk to shipping", "The secretariat of the geodetic union"),
        ("The Ostmark laboratory recorded a flare on Sunday. The directorate of the solar weather council said it "
         "would issue a warning. It said the flare \u201ccould disrupt radio for hours.\u201d",
         "could disrupt radio for hours", "The directorate of the solar weather council"),
        # near misses: the body still subject of the sentence just before; a person subject in between
        ("The secretariat of the geodetic union met on Monday. The Varsby observatory said it would name the "
         "asteroid. It said the asteroid \u201cposes no risk to shipping.\u201d", "poses no risk to shipping",
         "The Varsby observatory"),
        ("The Varsby observatory confirmed on Monday that a new asteroid had been seen. It said the asteroid "
         "\u201cposes no risk to shipping.\u201d", "poses no risk to shipping", "The Varsby observatory"),
        # a person subject in between names no "it": the body further back is still its speaker (final review,
        # Y01/Z05/S02/S05: "Director Elin Marsk said … It said" is the observatory's)
        ("The Varsby observatory confirmed on Monday that a new asteroid had been seen. Director Elin Marsk said "
         "she would name it next month. It said the asteroid \u201cposes no risk to shipping.\u201d",
         "poses no risk to shipping", "The Varsby observatory"),
        ("The Dorle port authority closed two berths on Friday. Its spokesman, Ivo Marr, said repairs would take a "
         "week. \u201cSafety comes first,\u201d it said.", "Safety comes first", "The Dorle port authority"),
        ("The secretariat of the geodetic union said it would name the asteroid. \u201cIt poses no risk,\u201d "
         "it said.", "It poses no risk", "The secretariat of the geodetic union"),
    ],
)
def test_it_goes_to_the_nearest_body_subject(text, quote, speaker):
    from tests.loaders.extract.quote_steps import speakers_of
    assert speakers_of(text).get(quote) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a body closing the sentence with its own reporting clause is still nearer than the person subject
        ("Elin Marsk resigned on Monday, the ministry said. It said the asteroid \u201cposes no risk to "
         "shipping.\u201d", "poses no risk to shipping", "the ministry"),
        # "they" is no body's pronoun: a person subject in between does not block a group further back
        ("The pilots walked out on Monday. Director Elin Marsk said she would meet them. They said the talks "
         "\u201cwent nowhere.\u201d", "went nowhere", "The pilots"),
    ],
)
def test_a_person_subject_between_keeps_other_antecedents(text, quote, speaker):
    from tests.loaders.extract.quote_steps import speakers_of
    assert speakers_of(text).get(quote) == speaker
