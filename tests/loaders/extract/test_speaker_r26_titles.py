"""Round R26 of the speakers track (made-up text): an outcome verb inside a denial's that-clause is the denier's to
report; a description before a name over a form of address ("director of works, Eng. Ana Lind", "the Permanent
Secretary of X, Ms. Ana Lind"); a grade and a title the people step took for a name ("The Permanent Secretary said")
is a description of the office holder. Each row has near misses that must stay as they are."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of, speakers_of


def _speaker(text: str, words: str) -> str | None:
    [quote] = [q for q in quotes_of(text) if words in q.text and q.kind != "indirect"]
    return quote.speaker_name or quote.speaker_label


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_label) for q in quotes_of(text) if q.kind == "indirect"]


DENIED_OUTCOMES = [
    # the denier, not the that-clause's subject, calls the reports so
    ("Minister of Fisheries Karl Bode opened the port.\n\nIn an interview with the radio, the minister denied that "
     "Norland had agreed to cut fees, calling the reports “pure speculation”.", "pure speculation", "Karl Bode"),
    ("Transport Principal Secretary Dr. Mary Wanjiku Otieno opened the port.\n\nThe PS denied that the union had "
     "agreed to new shifts, calling the claims “a fiction”.", "a fiction", "Mary Wanjiku Otieno"),
    ("Karl Bode chairs the board.\n\nBode confirmed that the two firms had agreed on “a fair price” for the quay.",
     "a fair price", "Karl Bode"),
    # near misses: an outcome with no reporting verb before it, or a reporting verb with no "that", stays the
    # outcome's subject's
    ("Minister of Fisheries Karl Bode opened the port.\n\nThe minister denied the reports. The union had agreed on "
     "“a fair price”.", "a fair price", "The union"),
    ("Minister of Fisheries Karl Bode opened the port.\n\nThe minister confirmed the deal, and the union agreed "
     "that it was “a fair price”.", "a fair price", "the union"),
    ("Karl Bode chairs the board.\n\nThe study found that the two firms had agreed on “a fair price” for the quay.",
     "a fair price", None),
]


@pytest.mark.parametrize("text, words, speaker", DENIED_OUTCOMES)
def test_outcome_inside_a_denial_is_the_deniers(text, words, speaker):
    quotes = [q for q in quotes_of(text) if words in q.text and q.kind != "indirect"]
    if speaker is None:
        assert all((q.speaker_name or q.speaker_label) != "Karl Bode" for q in quotes)
    else:
        assert _speaker(text, words) == speaker


STYLED_DESCRIPTIONS = [
    # a form of address the people step does not know, after a lower-case description
    ("The council's director of engineering, Eng. Lena Varga Holm, visited the site.\n\n“We need two more weeks "
     "to finish the bridge,” the director told reporters.", "We need two more weeks", "Lena Varga Holm"),
    ("The board's head of design, Arch. Lena Varga Holm, showed the plans.\n\n“It will be ready in May,” the head "
     "of design said.", "It will be ready in May", "Lena Varga Holm"),
    # "the" and a capitalised title of a body, then a known honorific
    ("Minister Piet Kolar and the Permanent Secretary of Norland's Ministry of Fisheries, Ms. Ada Tamm, met.\n\n"
     "“We are ready,” the Permanent Secretary said.", "We are ready", "Ada Tamm"),
    ("Minister Piet Kolar met the Principal Secretary of the Ministry of Fisheries, Ada Tamm.\n\n“We are ready,” "
     "the Principal Secretary said.", "We are ready", "Ada Tamm"),
    # near misses: a name of a list before the form of address; a clause, not a description, before it; a body's
    # name with no title before the name; a description that is no title
    ("The director of works met Tom Orr, Eng. Lena Varga Holm and the mayor.\n\n“We need two more weeks,” the "
     "engineer told reporters.", "We need two more weeks", "the engineer"),
    ("Asked about the delay, Eng. Lena Varga Holm said the council's director of works had left.\n\n“We need two "
     "more weeks,” the director told reporters.", "We need two more weeks", "the director"),
    ("Minister Piet Kolar met the Friends of the Valley, Ada Tamm and Tom Orr.\n\n“We are ready,” the secretary "
     "said.", "We are ready", "the secretary"),
    ("Minister Piet Kolar met the Friends of the Valley, Ms. Ada Tamm.\n\n“We are ready,” the secretary said.",
     "We are ready", "the secretary"),
]


@pytest.mark.parametrize("text, words, speaker", STYLED_DESCRIPTIONS)
def test_description_over_a_form_of_address(text, words, speaker):
    assert _speaker(text, words) == speaker


def test_grade_and_title_taken_for_a_name_is_the_office_holder():
    text = ("Minister Piet Kolar and the Permanent Secretary of Norland's Ministry of Fisheries, Ms. Ada Tamm, met."
            "\n\nThe Permanent Secretary said the next round would start in Oslo.")
    assert _indirect(text) == [("the next round would start in Oslo", "Ada Tamm")]


GRADE_NEAR_MISSES = [
    # a grade word before a name word stays a name ("Chief Obi"); a grade and a title no one holds is no one's
    ("Minister Piet Kolar met Chief Obi Nwosu.\n\n“We are ready,” Chief Obi said.", "We are ready", "Obi Nwosu"),
    ("Minister Piet Kolar met Ada Tamm.\n\n“We are ready,” the Permanent Secretary said.", "We are ready",
     "the Permanent Secretary"),
]


@pytest.mark.parametrize("text, words, speaker", GRADE_NEAR_MISSES)
def test_grade_and_title_near_misses(text, words, speaker):
    assert _speaker(text, words) == speaker


def test_speakers_of_smoke():
    assert speakers_of("“We are ready,” Karl Bode said.") == {"We are ready": "Karl Bode"}


RELATIVE_DESCRIPTIONS = [
    # a description whose relative clause runs up to the comma before the name is the words before "who"
    ("A veteran fisherman who has worked the bay for 40 years, Tomas Reide, said the catch was down.\n\n“It has "
     "never been this bad,” the fisherman said.", "It has never been this bad", "Tomas Reide"),
    ("A nurse who moved from Lisbon in 2013, Ana Lind, said the ward was full.\n\n“We are tired,” the nurse said.",
     "We are tired", "Ana Lind"),
    # near misses: a clause that names someone is no description of the name after it; a description of another
    # head fits no other word; no relative clause, as before
    ("The fisherman who found the boat thanked Tomas Reide, Ana Lind and the crew.\n\n“It has never been this "
     "bad,” the fisherman said.", "It has never been this bad", "the fisherman"),
    ("A man who sold fish there for years, Tomas Reide, spoke to us.\n\n“It has never been this bad,” the "
     "fisherman said.", "It has never been this bad", "the fisherman"),
    ("A veteran fisherman, Tomas Reide, said the catch was down.\n\n“It has never been this bad,” the fisherman "
     "said.", "It has never been this bad", "Tomas Reide"),
]


@pytest.mark.parametrize("text, words, speaker", RELATIVE_DESCRIPTIONS)
def test_description_with_a_relative_clause_before_the_name(text, words, speaker):
    assert _speaker(text, words) == speaker


HARBOUR_FORMS = [
    # the office's other written forms (role_forms.ROLE_FORM_GROUPS)
    ("The port's harbour chief, Ola Brand, opened the quay.\n\n“The quay is safe,” the harbourmaster added.",
     "The quay is safe", "Ola Brand"),
    ("Harbour chief Ola Brand opened the quay.\n\n“The quay is safe,” the harbour master said.", "The quay is safe",
     "Ola Brand"),
    ("The harbourmaster, Ola Brand, opened the quay.\n\n“The quay is safe,” the harbour chief said.",
     "The quay is safe", "Ola Brand"),
    # near misses: another chief, another harbour job, is no harbourmaster
    ("The port's fire chief, Ola Brand, opened the quay.\n\n“The quay is safe,” the harbourmaster added.",
     "The quay is safe", "the harbourmaster"),
    ("The port's harbour pilot, Ola Brand, opened the quay.\n\n“The quay is safe,” the harbourmaster added.",
     "The quay is safe", "the harbourmaster"),
    ("The port's harbour engineer, Ola Brand, opened the quay.\n\n“The quay is safe,” the harbour master added.",
     "The quay is safe", "the harbour master"),
]


@pytest.mark.parametrize("text, words, speaker", HARBOUR_FORMS)
def test_harbourmaster_forms(text, words, speaker):
    assert _speaker(text, words) == speaker


_SIGNED = ("The deal was signed by State Minister Ambassador Karl Bode and the Permanent Secretary of Peru's Ministry "
           "of Foreign Affairs, Ms. Ana Lind.\n\n“We are proud,” said Ambassador Bode.\n\n")

TOP_DIPLOMATS = [
    # a country's top diplomat is the one holding an office of that country's foreign ministry, even with an
    # ambassador named since; the scene the holder speaks at ("at the talks") says nothing of the office
    (_SIGNED + "Peru's top diplomat said the port was ready “as early as next year”.", "as early as next year",
     "Ana Lind"),
    (_SIGNED + "Peru's top diplomat at the talks said the port was ready “as early as next year”.",
     "as early as next year", "Ana Lind"),
    # near misses: with no foreign ministry's office named, the ambassador stays the diplomat, and the country's
    # foreign minister stays it over an office of the ministry; a scene after a
    # head no one holds keeps the label as written
    ("The deal was signed by Ambassador Karl Bode and Ana Lind, a trade official.\n\nPeru's top diplomat said the "
     "port was ready “as early as next year”.", "as early as next year", "Karl Bode"),
    ("Peruvian Foreign Minister Karl Bode and the Permanent Secretary of Peru's Ministry of Foreign Affairs, Ana "
     "Lind, met.\n\nPeru's top diplomat said the port was ready “as early as next year”.", "as early as next year",
     "Karl Bode"),
    ("The deal was signed by Karl Bode and Ana Lind, a trade official.\n\nThe top diplomat at the talks said the "
     "port was ready “as early as next year”.", "as early as next year", "The top diplomat at the talks"),
    ("The deal was signed by Karl Bode and Ana Lind.\n\nThe top engineer at the site said the port was ready “as "
     "early as next year”.", "as early as next year", "The top engineer at the site"),
]


@pytest.mark.parametrize("text, words, speaker", TOP_DIPLOMATS)
def test_top_diplomat_of_a_foreign_ministry(text, words, speaker):
    assert _speaker(text, words) == speaker


CONDITIONS_BEFORE_TRAILING_SPEAKER = [
    # a condition, its comma, then a main clause: all of it the trailing speaker's words
    ("Ambassador Karl Bode opened the talks.\n\nIf the pilot succeeds, the two sides may extend it to air traffic "
     "controllers, Ambassador Bode added.",
     [("If the pilot succeeds, the two sides may extend it to air traffic controllers", "Karl Bode")]),
    ("Ambassador Karl Bode opened the talks.\n\nUnless the rain stops, the final will be moved to Sunday, Bode said.",
     [("Unless the rain stops, the final will be moved to Sunday", "Karl Bode")]),
    # near misses: a time clause sets the scene; a condition with no main clause after it is no clause said
    ("Ambassador Karl Bode opened the talks.\n\nWhen the storm hit, residents fled, Bode said.", []),
    ("Ambassador Karl Bode opened the talks.\n\nIf needed on Monday, Bode told reporters.", []),
    ("Ambassador Karl Bode opened the talks.\n\nIf the pilot succeeds, Bode said.", []),
]


@pytest.mark.parametrize("text, clauses", CONDITIONS_BEFORE_TRAILING_SPEAKER)
def test_condition_before_a_trailing_speaker(text, clauses):
    assert _indirect(text) == clauses


_OPENING = ("Chile and Peru agreed to reopen the border post.\n\nChile's top trade official told journalists that the "
            "two delegations had “closed every issue” on fees.")

OFFICIALS_NAMED_AHEAD = [
    # an official described by the field of their office, no one named yet, is the holder of a public office of
    # that field named in the next sentence
    (_OPENING + "\n\nTrade Principal Secretary Dr. Ana Lind Moss added that the service would begin in May.",
     "Ana Lind Moss"),
    (_OPENING + "\n\nChilean Trade Minister Ana Lind Moss added that the service would begin in May.", "Ana Lind Moss"),
    # near misses: another country's holder, another field's office, a trade that is no public office, a holder
    # named only two sentences on
    (_OPENING + "\n\nPeruvian Trade Minister Ana Lind Moss added that the service would begin in May.",
     "Chile's top trade official"),
    (_OPENING + "\n\nHealth Minister Ana Lind Moss added that the service would begin in May.",
     "Chile's top trade official"),
    (_OPENING + "\n\nTrade analyst Ana Lind Moss added that the service would begin in May.",
     "Chile's top trade official"),
    (_OPENING + " The customs chief spoke next.\n\nLater, Trade Minister Ana Lind Moss added that the service would "
     "begin in May.", "Chile's top trade official"),
]


@pytest.mark.parametrize("text, speaker", OFFICIALS_NAMED_AHEAD)
def test_official_of_a_field_named_in_the_next_sentence(text, speaker):
    assert _speaker(text, "closed every issue") == speaker
