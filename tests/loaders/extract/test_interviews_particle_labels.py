"""Interview turns labelled by a surname that opens on a lowercase particle ("von Hollen:", "de Vries:", "van der
Berg:"), as a German, Dutch or French surname is written without its first name (speakersR40). The particles are
the lexicon's (`lexicon.NAME_PARTICLES`). Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _answers(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in quotes_of(body) if q.kind == "direct" and q.cue is None]


_VON = ("Marlene von Hollen, 48, chairs the city's cyclists' club. We met her on a bridge.\n\n"
        "Courier: The council says the lanes will be ready by May. Do you believe it?\n\n"
        "von Hollen: I believe the paint will be ready. The lanes are another thing.\n\n"
        "Courier: Why?\n\n"
        "von Hollen: Because nobody has asked the bus drivers. They use the same corner.")


@pytest.mark.parametrize("body, answers", [
    # hits: a particle before the surname opens the label
    (_VON, [("I believe the paint will be ready. The lanes are another thing.", "Marlene von Hollen"),
            ("Because nobody has asked the bus drivers. They use the same corner.", "Marlene von Hollen")]),
    ("Pieter de Vries repairs barges in the old harbour.\n\nPost: Is the work drying up?\n\n"
     "de Vries: Not yet. We have orders until spring.\n\nPost: And after that?\n\nde Vries: I will retire.",
     [("Not yet. We have orders until spring.", "Pieter de Vries"), ("I will retire.", "Pieter de Vries")]),
    ("Anke van der Berg runs the island's only school.\n\nGazette: How many pupils are left?\n\n"
     "van der Berg: Eleven. Next year, nine.\n\nGazette: Will it close?\n\nvan der Berg: Not while I am here.",
     [("Eleven. Next year, nine.", "Anke van der Berg"), ("Not while I am here.", "Anke van der Berg")]),
    # near misses: a lowercase word that is no particle labels no turn
    ("Marlene von Hollen chairs the club.\n\nCourier: Why?\n\nvia Hollen: Because nobody asked.\n\n"
     "Courier: And now?\n\nvia Hollen: Now they ask.", []),
    # ... a particle before a name that is nobody of the article
    ("Marlene von Hollen chairs the club.\n\nCourier: Why?\n\nde Brandt: Because nobody asked.\n\n"
     "Courier: And now?\n\nde Brandt: Now they ask.", []),
    # ... one answer only is no interview
    ("Marlene von Hollen chairs the club.\n\nCourier: Why?\n\nvon Hollen: Because nobody asked.", []),
    # ... labelled statements without a question are no interview
    ("Marlene von Hollen chairs the club.\n\nvon Hollen: Nobody asked.\n\nvon Hollen: Now they ask.", []),
    # ... a particle and a colon inside a sentence's words open no turn
    ("Marlene von Hollen chairs the club.\n\nCourier: Why?\n\nThe club of von Hollen: a history.\n\n"
     "Courier: And now?\n\nIts motto is de Vries: ride on.", []),
])
def test_labels_opening_on_a_name_particle(body, answers):
    assert _answers(body) == answers
