"""A person named second in a coordination, after a place's possessive and a capitalised title with its portfolio
("signed by Victor Cobalt and Norway's Deputy Minister of Foreign Affairs, Alina Vossberg."), holds that title:
a later "Norway's deputy foreign minister said …" is that person. Made-up text; near misses (another
portfolio, a head that is no title) keep the description a label."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

OPENING = "Chisinau, 2 December 2026 - Norvia and Kessland today signed a memorandum on textbooks for the district.\n"


def _partial_speaker(named: str, speaking: str):
    text = (OPENING + named + "\n" + speaking + " said the ministry would fund “every textbook, from the first grade "
            "to the last” for the district's schools.")
    [quote] = [q for q in quotes_of(text) if q.kind == "partial"]
    return quote.speaker_name


@pytest.mark.parametrize("named, speaking", [
    ("The memorandum was signed by State Secretary Victor Cobalt and Norway's Deputy Minister of Foreign Affairs, "
     "Alina Vossberg.", "Norway's deputy foreign minister"),
    ("The memorandum was signed by State Secretary Victor Cobalt and Norway's Minister of Foreign Affairs, "
     "Alina Vossberg.", "Norway's foreign minister"),
])
def test_the_second_named_holds_the_title(named, speaking):
    assert _partial_speaker(named, speaking) == "Alina Vossberg"


@pytest.mark.parametrize("named, speaking", [
    ("The memorandum was signed by State Secretary Victor Cobalt and Norway's Minister of Transport, "
     "Alina Vossberg.", "Norway's foreign minister"),
    ("The memorandum was signed by State Secretary Victor Cobalt and Norway's Minister of Health, Alina Vossberg.",
     "Norway's deputy foreign minister"),
    ("The memorandum was praised by State Secretary Victor Cobalt and Norway's Friends of the Valley, Alina "
     "Vossberg said.", "Norway's deputy foreign minister"),
])
def test_another_office_or_nation_is_not_the_second_named(named, speaking):
    assert _partial_speaker(named, speaking) != "Alina Vossberg"


# review of speakersR20: the place's possessive the description opens with is compared with the one the title names
# ("Peru's deputy foreign minister" is not "Chile's Deputy Minister of Foreign Affairs, Ana Rojas", though she is
# the only deputy foreign minister named), and of two such ministers each description is its own place's
LIMA = "Lima, 2 December 2026 - Peru and Chile today signed a memorandum on fishing rights.\n"
TWO_PLACES = [
    (LIMA, "The memorandum was signed by Vice Minister Carlos Ruiz and Chile's Deputy Minister of Foreign Affairs, "
     "Ana Rojas.", "Peru's deputy foreign minister", None),
    (OPENING, "The memorandum was signed by State Secretary Piet Olsen and Norway's Deputy Minister of Foreign "
     "Affairs, Alina Vossberg.", "Kessland's deputy foreign minister", None),
    (OPENING, "The memorandum was signed by Kessland's Deputy Minister of Foreign Affairs, Piet Olsen, and Norway's "
     "Deputy Minister of Foreign Affairs, Alina Vossberg.", "Kessland's deputy foreign minister", "Piet Olsen"),
    (OPENING, "The memorandum was signed by Kessland's Deputy Minister of Foreign Affairs, Piet Olsen, and Norway's "
     "Deputy Minister of Foreign Affairs, Alina Vossberg.", "Norway's deputy foreign minister", "Alina Vossberg"),
    (LIMA, "The memorandum was signed by Chile's Deputy Minister of Foreign Affairs, Carlos Ruiz, and Peru's Deputy "
     "Minister of Foreign Affairs, Ana Rojas.", "Chile's deputy foreign minister", "Carlos Ruiz"),
    (LIMA, "The memorandum was signed by Chile's Deputy Minister of Foreign Affairs, Carlos Ruiz, and Peru's Deputy "
     "Minister of Foreign Affairs, Ana Rojas.", "Peru's deputy foreign minister", "Ana Rojas"),
    # (the same place in the title and the description: the one minister named)
    (LIMA, "The memorandum was signed by Chile's Deputy Minister of Foreign Affairs, Ana Rojas.",
     "Chile's deputy foreign minister", "Ana Rojas"),
]


@pytest.mark.parametrize("opening, named, speaking, speaker", TWO_PLACES)
def test_the_description_place_against_the_title_place(opening, named, speaking, speaker):
    text = (opening + named + "\n" + speaking + " said the ministry would fund “every patrol boat, from the first to "
            "the last” for the coast.")
    [quote] = [q for q in quotes_of(text) if q.kind == "partial"]
    assert quote.speaker_name == speaker
