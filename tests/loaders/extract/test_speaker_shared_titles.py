"""A title several trades share ("Captain", "Skipper": speaker_heads.SHARED_TITLES) beside another occupation outside a
standing noun's field does not make the person that noun: "Captain Sara Dunn, the airline's senior pilot, flew the
squad home. “…,” the player said." is a player, a label (speakers._standing_fit). Made-up texts; near misses keep
their earlier output except rows 5 ('Captain Tom Reed, the club's manager' is no player either) and 15 (the pilot
is no striker), both now the label."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

NEAR = [
    ('Captain Sara Dunn flew the squad home from Lisbon on Monday. “We were robbed by the referee,” the player said.',
     [('We were robbed by the referee,', 'Sara Dunn', None)]),
    ("Captain Sara Dunn, the team's striker, scored twice on Monday. “We were robbed by the referee,” the player said.",
     [('We were robbed by the referee,', 'Sara Dunn', None)]),
    ("Sara Dunn, the team's captain, scored twice on Monday. “We were robbed by the referee,” the player said.",
     [('We were robbed by the referee,', 'Sara Dunn', None)]),
    ('Skipper Tom Reed led the side out at Lisbon. “We were robbed by the referee,” the player said.',
     [('We were robbed by the referee,', 'Tom Reed', None)]),
    ("Captain Tom Reed, the club's manager, spoke after the game. “We were robbed by the referee,” the player said.",
     [('We were robbed by the referee,', None, 'the player')]),
    ('Coach Tom Reed spoke after the game. “We were robbed by the referee,” the player said.',
     [('We were robbed by the referee,', None, 'the player')]),
    ('Striker Tom Reed scored twice. “We were robbed by the referee,” the player said.',
     [('We were robbed by the referee,', 'Tom Reed', None)]),
    ("Captain Sara Dunn, the airline's senior pilot, flew the squad home. “It was a smooth flight,” Dunn said.",
     [('It was a smooth flight,', 'Sara Dunn', None)]),
    ('Captain Sara Dunn, a police officer, spoke at the scene. “Nobody was hurt,” the officer said.',
     [('Nobody was hurt,', 'Sara Dunn', None)]),
    ("Captain Sara Dunn, the airline's senior pilot, flew the squad home. “We were robbed by the referee,” the captain said.",
     [('We were robbed by the referee,', 'Sara Dunn', None)]),
    ("Sara Dunn, the team's captain and a pilot in the off-season, scored twice. “We were robbed by the referee,” the player said.",
     [('We were robbed by the referee,', None, 'the player')]),
    ('Captain Erik Holm brought the ferry into Bergen. “I have never seen swells like that,” the skipper said.',
     [('I have never seen swells like that,', 'Erik Holm', None)]),
    ("Captain Sara Dunn, the airline's senior pilot, flew home. “It was a long day,” the veteran said.",
     [('It was a long day,', 'Sara Dunn', None)]),
    ('Actress Lea Holm, a former captain of the school team, spoke first. “I loved it,” the actress said.',
     [('I loved it,', 'Lea Holm', None)]),
    ("Captain Sara Dunn, the airline's senior pilot, flew the squad home from Lisbon on Monday. “We were robbed by the referee,” the striker said.",
     [('We were robbed by the referee,', None, 'the striker')]),
]


@pytest.mark.parametrize("text, expected", NEAR)
def test_shared_title_standing(text, expected):
    assert [(q.text, q.speaker_name, q.speaker_label) for q in quotes_of(text)] == [tuple(row) for row in expected]


def test_pilot_captain_is_no_player():
    [quote] = quotes_of("Captain Sara Dunn, the airline's senior pilot, flew the squad home from Lisbon on Monday. "
                        "\u201cWe were robbed by the referee,\u201d the player said.")
    assert quote.speaker_name is None and quote.speaker_label == "the player"
