"""The review of round R26 (made-up text): its newly wrong items, each a row that failed on R26's tree, with the
rows R26 made right kept beside them.
A. an official described by their field is a holder named in the next sentence only when that holder carries the
   statement on (a speech verb of theirs, no contrast), never a former or opposition holder or another body's;
B. a role read through another written form of its office (harbour chief / harbourmaster) never outranks one
   written as the description is, and never makes a former holder the one in office;
C. an outcome verb is the denier's only inside the denial's own clause (not past ", and", not after a noun "claims");
D. "<Country>'s top diplomat" is never a former official of its foreign ministry."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str, words: str) -> str | None:
    [quote] = [q for q in quotes_of(text) if words in q.text and q.kind != "indirect"]
    return quote.speaker_name or quote.speaker_label


_OPENING = ("Chile and Peru agreed to reopen the border post.\n\nChile's top trade official told journalists that the "
            "delegations had “closed every issue” on fees.")
_LABEL = "Chile's top trade official"

FIELD_OFFICIAL_AHEAD = [
    (_OPENING + "\n\nTrade Minister Ana Lind disagreed, calling the claim “premature”.", _LABEL),
    (_OPENING + "\n\nTrade Minister Ana Lind, however, said the talks had failed.", _LABEL),
    (_OPENING + "\n\nTrade Minister Ana Lind was not available for comment.", _LABEL),
    (_OPENING + "\n\nFormer Trade Minister Tom Orr criticised the deal.", _LABEL),
    (_OPENING + "\n\nOpposition trade spokesman Tom Orr criticised the deal.", _LABEL),
    (_OPENING + "\n\nAna Lind, the WTO's trade director, added that the service would begin in May.", _LABEL),
    (_OPENING + "\n\nThe Trade Ministry's spokeswoman Ana Lind later confirmed it.", _LABEL),
    (_OPENING + "\n\nChilean Trade Minister Ana Lind was not at the talks, the official said.", _LABEL),
    # kept: the holder carries the statement on
    (_OPENING + "\n\nChilean Trade Minister Ana Lind added that the service would begin in May.", "Ana Lind"),
    (_OPENING + "\n\nTrade Minister Ana Lind also said the service would begin in May.", "Ana Lind"),
]


@pytest.mark.parametrize("text, speaker", FIELD_OFFICIAL_AHEAD)
def test_field_official_is_a_next_sentence_holder_carrying_on(text, speaker):
    assert _speaker(text, "closed every issue") == speaker


HARBOUR_FORMS = [
    ("The harbour chief, Ola Brand, met the harbourmaster of Kessel, Nina Dahl.\n\n“The quay is safe,” the "
     "harbourmaster said.", "Nina Dahl"),
    ("Kessel harbourmaster Nina Dahl met Ola Brand, the harbour chief at Vik.\n\n“The quay is safe,” the harbour "
     "chief said.", "Ola Brand"),
    # the new holder written as such ("the new harbourmaster, Nina Dahl": a role with its modifier since peopleR22),
    # never the former holder through the other form
    ("The former harbour chief, Ola Brand, criticised the new harbourmaster, Nina Dahl.\n\n“The quay is safe,” the "
     "harbourmaster said.", "Nina Dahl"),
    # kept: the one holder, written in another form
    ("The harbour chief, Ola Brand, met the ferry crews on Monday.\n\n“The quay is safe,” the harbourmaster said.",
     "Ola Brand"),
]


@pytest.mark.parametrize("text, speaker", HARBOUR_FORMS)
def test_written_form_outranks_another_form(text, speaker):
    got = _speaker(text, "The quay is safe")
    if speaker.startswith("the "):
        assert got not in ("Ola Brand", "Nina Dahl")
    else:
        assert got == speaker


DENIAL_SCOPE = [
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt denied that any deal existed, and Vik agreed to call the vote "
     "“a farce”.", "Jon Vik"),
    # kept: the outcome inside the denial's clause, or inside a second that-clause of the same cue
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt said the talks had covered the port, and that the sides had "
     "agreed on the need for “a lasting farce” of a truce.", "Sara Holt"),
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt denied that Vik had agreed to quit, calling the reports "
     "“fiction”.", "Sara Holt"),
]


@pytest.mark.parametrize("text, speaker", DENIAL_SCOPE)
def test_outcome_is_the_deniers_only_inside_the_denial(text, speaker):
    assert _speaker(text, "farce" if "farce" in text else "fiction") == speaker


NOUN_DENIALS = [
    # a denier's verb and a noun of things said ("rejected claims that …"): the outcome inside is the denier's to deny
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt rejected claims that Vik had agreed to quit, calling the "
     "story “fiction”.", "Sara Holt"),
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt denied the claim that Vik had agreed to quit, calling the "
     "story “fiction”.", "Sara Holt"),
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt rejected allegations that Vik had agreed to quit, calling the "
     "story “fiction”.", "Sara Holt"),
    # kept: an outcome in a clause of its own after the denial
    ("Sara Holt and Jon Vik met on Monday.\n\nHolt denied that any deal existed, and Vik agreed to call the vote "
     "“fiction”.", "Jon Vik"),
]


@pytest.mark.parametrize("text, speaker", NOUN_DENIALS)
def test_noun_claims_is_the_deniers(text, speaker):
    assert _speaker(text, "fiction") == speaker


TOP_DIPLOMAT = [
    ("The deal was signed by Ana Lind, a former official of Chile's Foreign Ministry.\n\nChile's top diplomat said "
     "the sides would meet “within weeks”.", "Chile's top diplomat"),
    # kept: a serving official of that ministry
    ("The deal was signed by Ana Lind, secretary general of Chile's Foreign Ministry.\n\nChile's top diplomat said "
     "the sides would meet “within weeks”.", "Ana Lind"),
]


@pytest.mark.parametrize("text, speaker", TOP_DIPLOMAT)
def test_top_diplomat_is_no_former_official(text, speaker):
    assert _speaker(text, "within weeks") == speaker


def test_role_written_check_survives_a_role_list_still_being_built():
    # (a role list cached before its written forms were kept, as a re-entrant read leaves it: no KeyError)
    from loaders.extract.people import extract_people
    from loaders.extract.speakers import SpeakerResolver
    from loaders.records import ArticleRecord
    from loaders.registry import Registry

    text = "Harbour chief Nina Dahl opened the quay on Monday."
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    resolver = SpeakerResolver(article, people, registry)
    [person] = [p for p in people if p.name == "Nina Dahl"]
    resolver._roles[id(person)] = ["harbour chief"]
    assert resolver._fits_as_written(person, ("harbourmaster",), (), ()) in (True, False)
