"""Issue 9: a nationality epithet ("the Kenyan", "the Norwegian") stands for the person the article gave that
nationality, however far back, before anyone nearer whose nationality the article leaves open; near misses: two
people of the nationality, and a nationality nobody was given. Expectations written before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

FAR = (
    "Kenyan runner Grace Otieno won the Berlin marathon on Sunday in two hours and 18 minutes.\n\n"
    "The race started in cool weather and thousands lined the streets.\n\n"
    "Her coach, Peter Mwangi, said she had trained at altitude for three months.\n\n"
    "Race director Tomas Weber praised the organisers and the city.\n\n"
    "\"I felt strong from the first kilometre,\" the Kenyan said.\n"
)
TWO = (
    "Kenyan runners Grace Otieno and Mary Wanjiru finished first and second in Berlin on Sunday.\n\n"
    "Race director Tomas Weber praised the organisers.\n\n"
    "\"I felt strong from the first kilometre,\" the Kenyan said.\n"
)
NOBODY = (
    "Norwegian skier Karl Moss won the race on Sunday.\n\n"
    "Race director Tomas Weber praised the organisers.\n\n"
    "\"I felt strong from the first kilometre,\" the Kenyan said.\n"
)


@pytest.mark.parametrize("text, expected", [
    (FAR, "Grace Otieno"),
    (TWO, None),
    (NOBODY, None),
])
def test_nationality_epithet(text, expected):
    found = [q for q in quotes_of(text) if q.kind != "indirect" and "I felt strong" in q.text]
    assert found[0].speaker_name == expected, (found[0].speaker_name, found[0].speaker_label)
