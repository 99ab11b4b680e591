"""Issue 9, second round: speaker mechanisms found on fresh15/fresh16 tune errors, as made-up table rows with
near misses, written before the fix."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _speaker(text: str, start: str, kind: str | None = None) -> str | None:
    found = [q for q in quotes_of(text) if (kind is None or q.kind == kind)
             and q.text.lstrip("\"“‘ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0].speaker_name or found[0].speaker_label


TWO_WOMEN = ("Senator Ida Lorne backed the plan on Monday.\n\n"
             "Senator Maud Fenwick voted against it. She told reporters the plan would cost \"billions.\"\n\n")
TWO_MEN = ("Mayor Tom Rusk opened the bridge on Monday.\n\n"
           "Councillor Dev Amin stayed away. He told reporters the bridge had cost \"far too much.\"\n\n")


@pytest.mark.parametrize("text, start, kind, speaker", [
    # a name inside the clause a trailing "she said" reports is never that "she" (the reporter would write
    # "her estimate"): the pronoun is the person before it, outside the clause
    (TWO_WOMEN + "Lorne disputed that. Fenwick's estimate counted old costs, she said.\n\n\"The math is wrong,\" "
     "she added.", "Fenwick's estimate", "indirect", "Ida Lorne"),
    (TWO_WOMEN + "Lorne disputed that. Fenwick's estimate counted old costs, she said.\n\n\"The math is wrong,\" "
     "she added.", "The math is wrong", None, "Ida Lorne"),
    (TWO_MEN + "Rusk shrugged. Amin had never visited the site, he said.", "Amin had never", "indirect", "Tom Rusk"),
    # near misses: no name in the clause; a trailing name (no pronoun) is the speaker a later "she" continues
    (TWO_WOMEN + "Lorne disputed that. The estimate counted old costs, she said.", "The estimate counted",
     "indirect", "Ida Lorne"),
    (TWO_WOMEN + "Fenwick did not budge. Lorne's figures were out of date, said Fenwick.\n\n\"They are wrong,\" "
     "she added.", "They are wrong", None, "Maud Fenwick"),
    (TWO_WOMEN + "Fenwick did not budge. Lorne's figures were out of date, she said.", "Lorne's figures",
     "indirect", "Maud Fenwick"),
    # nobody else fits: the one person named stays the speaker
    ("Senator Maud Fenwick voted no on Monday. Fenwick's own estimate was higher, she said.",
     "Fenwick's own estimate", "indirect", "Maud Fenwick"),
    # a direct quote naming an owner keeps its first reading (a speaker may name their own campaign)
    (TWO_WOMEN + "Fenwick smiled. \"Fenwick's campaign is only starting,\" she said.", "Fenwick's campaign", None,
     "Maud Fenwick"),
])
def test_a_name_in_the_reported_clause_is_not_its_pronoun_speaker(text, start, kind, speaker):
    assert _speaker(text, start, kind) == speaker


@pytest.mark.parametrize("text, start, speaker", [
    # a body's name that coordinates its capitalised words ("Growers and Exporters Association") is whole as the
    # subject of coordinated verbs ("said … and called …"): "and" ends the subject only outside such a name
    ("The Kestel Growers and Exporters Association said the mills were shut and called the strike \"a problem of "
     "one owner.\"", "a problem of one owner", "The Kestel Growers and Exporters Association"),
    ("The Ardon Food and Drug Administration inspected the mill and called it \"a disgrace.\"", "a disgrace",
     "The Ardon Food and Drug Administration"),
    # near misses: "and" between a person and a body, between two people, and a body then a person
    ("Senator Ida Lorne and Senator Maud Fenwick visited the mill and called it \"a disgrace.\"", "a disgrace",
     "Ida Lorne"),
    ("Senator Maud Fenwick and the Kestel Growers Association visited the mill and called it \"a disgrace.\"",
     "a disgrace", "Maud Fenwick"),
    ("The Kestel Growers Association and Senator Maud Fenwick visited the mill and called it \"a disgrace.\"",
     "a disgrace", "The Kestel Growers Association"),
])
def test_a_bodys_coordinated_name_is_one_subject(text, start, speaker):
    assert _speaker(text, start) == speaker


PHARMACY = "The Kestel Pharmacists Association says the payments are \"far too low.\"\n\n"


@pytest.mark.parametrize("text, start, speaker", [
    # "One of the largest, Veltrix Health, denied …": a body named in apposition to the sentence's opening
    # subject is the subject a later "the company" stands for (the lead's rule: the body's name as written)
    # (full quotes: a partial's "the company called it …" keeps the description as written, speakersR39)
    (PHARMACY + "One of the largest, Veltrix Health, denied the claim. \"The closures are a complex challenge,\" "
     "the company said in a statement.", "The closures are", "Veltrix Health"),
    (PHARMACY + "Another supplier, Brill Foods, rejected the figures. \"We pay fairly,\" the company said.",
     "We pay fairly", "Brill Foods"),
    # the original partial rows: a partial quote keeps its sentence's description as written (speakersR39)
    (PHARMACY + "One of the largest, Veltrix Health, denied the claim. In a statement, the company called the "
     "closures \"a complex challenge.\"", "a complex challenge", "the company"),
    (PHARMACY + "Veltrix Health denied the claim. In a statement, the company called the closures \"a complex "
     "challenge.\"", "a complex challenge", "the company"),
    # near misses: the body opening the sentence without apposition; a body only as an object stays no subject
    (PHARMACY + "Veltrix Health denied the claim. \"The closures are a complex challenge,\" the company said in a "
     "statement.", "The closures are", "Veltrix Health"),
    (PHARMACY + "One of the largest, Veltrix Health, denied the claim. \"The numbers are wrong,\" the association "
     "said.", "The numbers are wrong", "The Kestel Pharmacists Association"),
    # a description with its own head ("the board") stands for the name written with that head, even with
    # another body named as a subject since; a generic one ("the company") for the body last named as a subject
    ("The Ostrava Water Board cut supplies on Monday. Brill Foods halted production. \"Boil your water,\" the "
     "board said.", "Boil your water", "The Ostrava Water Board"),
    ("The Kestel Trading Company bought the mill in May. Veltrix Health denied the claim on Monday. \"We pay "
     "fairly,\" the company said.", "We pay fairly", "Veltrix Health"),
])
def test_a_body_in_apposition_to_an_opening_subject_is_the_subject(text, start, speaker):
    assert _speaker(text, start) == speaker


@pytest.mark.parametrize("text, start, speaker", [
    # with nobody named before, an unnamed person introduced as a subject after an opening phrase of place, and
    # with a relative clause that says who they are (no commas), is the later "he"/"she"; the label keeps the
    # clause
    ("I was on the island that week. At a café above the port, a man who has rented boats to tourists for "
     "twenty years read the news and shrugged. \"It is still too many,\" he said.", "It is still too many",
     "a man who has rented boats to tourists for twenty years"),
    ("On the quay, a woman who sells fish to the hotels watched the ships. \"We see none of that money,\" she "
     "said.", "We see none of that money", "a woman who sells fish to the hotels"),
    ("In the square, a fisherman mended his nets. \"The catch is small,\" he said.", "The catch is small",
     "a fisherman"),
    # near misses: the other gender; the unnamed person only an object after the opening phrase
    ("At a café above the port, a woman who has rented boats for years read the news. \"It is too many,\" he "
     "said.", "It is too many", None),
    ("Mayor Tom Rusk spoke on Monday. At a café above the port, he met a man who rents boats. \"It is "
     "too many,\" he said.", "It is too many", "Tom Rusk"),
])
def test_an_unnamed_person_after_an_opening_phrase_is_the_pronoun(text, start, speaker):
    assert _speaker(text, start) == speaker


QA = ("Rina Kovac, 44, runs the river clean-up. We spoke in her office.\n\n"
      "Harbour Herald: How much have you cleared?\n\n"
      "Kovac: About nine tonnes since May. We work every day.\n\n"
      "Harbour Herald: What comes next?\n\n"
      "Kovac: A second boat. We have asked the city for one.\n\n")


@pytest.mark.parametrize("tail, starts, kept", [
    # a paragraph after the last answer opened by the questioner's label as a subject ("Harbour Herald is …")
    # speaks of that party in the third person: the outlet's own line, never the answer's continuation
    ("Harbour Herald is an independent paper. Support us with a subscription.", "Harbour Herald is", False),
    ("Kovac is stepping down in the spring. We wish her well.", "Kovac is stepping", False),
    # near misses: a first-person paragraph going on with the answer is kept
    ("We will need more volunteers too.", "We will need", True),
    ("Harbour people are generous. We always find help.", "Harbour people", True),
])
def test_a_paragraph_naming_an_interview_party_is_no_continuation(tail, starts, kept):
    quotes = quotes_of(QA + tail)
    assert any(q.text.startswith("A second boat") for q in quotes)
    assert any(q.text.startswith(starts) for q in quotes) == kept


@pytest.mark.parametrize("text, clause", [
    # a clause without "that" whose finite verb is a negative modal or contraction ("cannot", "won't", "doesn’t")
    # is reported speech as "could not" is
    ("The general manager, Raymond Ochs, says the Ardon Water District cannot keep up with demand.",
     "the Ardon Water District cannot keep up with demand"),
    ("Mayor Tom Rusk said the utility won't raise its rates this year.", "the utility won't raise its rates this year"),
    ("Mayor Tom Rusk said the council doesn’t have the money for it.", "the council doesn’t have the money for it"),
    # near miss: an object, no clause ("said a prayer for the victims")
    ("Mayor Tom Rusk said a prayer for the victims of the flood.", None),
])
def test_a_negative_modal_is_a_clause_verb(text, clause):
    found = [q.text for q in quotes_of(text) if q.kind == "indirect"]
    assert found == ([clause] if clause else [])


@pytest.mark.parametrize("text, clause, speaker", [
    # an attribution set between commas after a conjunction ("because, he says, …", "and, she says, …") reports
    # the rest of the sentence, its speaker the pronoun's or the name's
    ("Councillor Dev Amin keeps a list of every complaint. The first ten are in blue ink because, he says, he ran "
     "out of black.", "he ran out of black", "Dev Amin"),
    ("Ana Lind has lived here for 41 years and remembers when the city annexed a strip of farmland and, she says, "
     "never paved the road it promised.", "never paved the road it promised", "Ana Lind"),
    ("Ana Lind stayed at home. The bridge closed in May but, Lind says, nobody told the residents.",
     "nobody told the residents", "Ana Lind"),
    # near misses: no conjunction before the aside (the whole sentence is the report, left as it is), a quote
    # after it, an aside that is no attribution
    ("Ana Lind stayed at home. The bridge, she says, closed in May.", None, None),
    ("Ana Lind stayed at home. The bridge closed and, she says, “nobody told us.”", None, None),
    ("Ana Lind stayed at home. The bridge closed and, she notes with a smile, the ferry came back.", None, None),
])
def test_an_interjected_attribution_after_a_conjunction_reports_the_rest(text, clause, speaker):
    found = [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]
    assert found == ([(clause, speaker)] if clause else [])
