"""Issue 9, failure class 1: a definite description ("the Italian", "the Belarusian player", "the left-arm
spinner", "the veteran") stands for the one person of the article it fits, named before it — the nationality or
trait the article itself gave that person (not world knowledge); near misses stay labels: two people fit, a
group ("the Italians"), a body ("the Italian side/government/federation"), a nationality or trait nobody has.
Expectations written before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

MID = "The match was played in front of a full crowd on Sunday.\n\n"
Q = "\"We worked hard for this all week,\" "


def _row(opening: str, said: str) -> str:
    return opening + "\n\n" + MID + Q + said + "\n"


ROWS = [
    # resolves: the article gave the nationality beside the name
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.", "the Italian said."),
     "Carlo Ancelotti"),
    (_row("Belarusian Anna Petrova beat Maria Lopez in the final.", "the Belarusian said."), "Anna Petrova"),
    (_row("Anna Petrova of Belarus beat Maria Lopez in the final.", "the Belarusian said."), "Anna Petrova"),
    (_row("China's Wei Zhang lost to Anna Petrova in the final.", "the Chinese player said."),
     "Wei Zhang"),
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.",
          "the Italian coach said."), "Carlo Ancelotti"),
    (_row("Ghanaian minister Kofi Mensah met the delegation in Accra.", "the Ghanaian minister said."),
     "Kofi Mensah"),
    # resolves: the trait the article gave one person
    (_row("Left-arm spinner Kuldeep Yadav took five wickets as India dismissed England for 218.",
          "the left-arm spinner said."), "Kuldeep Yadav"),
    (_row("Kuldeep Yadav, the left-arm spinner, took five wickets as India dismissed England.",
          "the spinner said."), "Kuldeep Yadav"),
    (_row("Lea Holm, 23, scored twice as her club beat Rovers 3-1.", "the 23-year-old said."), "Lea Holm"),
    # a name the people step missed ("Aryna Sabalenka", "Qinwen Zheng" in the reviewer's page) is the people
    # step's to find; these rows use names it finds
    # near misses: labels
    (_row("Italian coach Carlo Ancelotti and Italian striker Ciro Rossi celebrated the win.",
          "the Italian said."), None),
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.",
          "the Italians said."), None),
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.",
          "the Italian side said."), None),
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.",
          "the Italian government said."), None),
    (_row("Italian coach Carlo Ancelotti praised his players after Real Madrid beat Sevilla.",
          "the Italian federation said."), None),
    (_row("Norwegian skier Karl Moss beat Swedish skier Lars Berg on Sunday.", "the Belarusian said."), None),
    (_row("China's Wei Zhang beat China's Lin Chen in the final.", "the Chinese player said."), None),
    (_row("Norwegian skier Karl Moss beat Swedish skier Lars Berg on Sunday.", "the Chinese player said."), None),
    (_row("Norwegian skier Karl Moss beat Swedish skier Lars Berg on Sunday.", "the left-arm spinner said."),
     None),
    (_row("Left-arm spinner Kuldeep Yadav and left-arm spinner Axar Patel shared nine wickets.",
          "the left-arm spinner said."), None),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_description_stands_for_the_one_person_it_fits(text, expected):
    found = [q for q in quotes_of(text) if q.kind != "indirect" and "worked hard" in q.text]
    assert found, text
    assert found[0].speaker_name == expected, (found[0].speaker_name, found[0].speaker_label)
