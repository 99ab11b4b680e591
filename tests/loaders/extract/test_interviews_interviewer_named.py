"""Q&A transcripts whose interviewer is labelled by name and asks as many turns as the interviewee answers
("Karel Moss: Why now?" / "Petra Lindqvist: Because …"), or whose turns carry the two people's initials after the
first ("KM:" / "PL:"): the interviewee is the one whose turns are answers, not questions, and an initials label is
the one person of the article with those initials. Near misses: initials no person has, initials two people share,
a transcript with no question, initials of a body. Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

_INTRO = ("Petra Lindqvist has run the Halden archive for twenty years. Her new book is out this month. She spoke to "
          "Karel Moss.\n\n")


def _answers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker_name) for q in quotes_of(text) if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    # hit: the interviewer named in full asks three questions, the interviewee answers three times
    (_INTRO + "Karel Moss: Why write this book now?\n\nPetra Lindqvist: Because we lose things faster than ever.\n\n"
     "Karel Moss: Is it hopeless?\n\nPetra Lindqvist: Not hopeless, but expensive.\n\n"
     "Karel Moss: What would you save first?\n\nPetra Lindqvist: The parish registers, all of them.",
     [("Because we l", "Petra Lindqvist"), ("Not hopeless", "Petra Lindqvist"), ("The parish r", "Petra Lindqvist")]),
    # hit: full names on the first turns, initials after
    (_INTRO + "Karel Moss: Why write this book now?\n\nPetra Lindqvist: Because we lose things faster than ever.\n\n"
     "KM: Is it hopeless?\n\nPL: Not hopeless, but expensive.\n\n"
     "KM: What would you save first?\n\nPL: The parish registers, all of them.",
     [("Because we l", "Petra Lindqvist"), ("Not hopeless", "Petra Lindqvist"), ("The parish r", "Petra Lindqvist")]),
    # near miss: initials no person of the article has stay unattributed (one full-name answer: no transcript)
    (_INTRO + "Karel Moss: Why write this book now?\n\nPetra Lindqvist: Because we lose things faster than ever.\n\n"
     "KM: Is it hopeless?\n\nXY: Not hopeless, but expensive.\n\n"
     "KM: What would you save first?\n\nXY: The parish registers, all of them.", []),
    # near miss: two people share the initials: which one answers is unknown
    ("Petra Lindqvist and Paul Larsen run the Halden archive. They spoke to Karel Moss.\n\n"
     "KM: Is it hopeless?\n\nPL: Not hopeless, but expensive.\n\n"
     "KM: What would you save first?\n\nPL: The parish registers, all of them.", []),
    # near miss: no question anywhere: labelled lines, not an interview
    (_INTRO + "Karel Moss: The book is long.\n\nPetra Lindqvist: Because we lose things faster than ever.\n\n"
     "Karel Moss: It has maps.\n\nPetra Lindqvist: Not hopeless, but expensive.", []),
    # near miss: initials of a body, not a person ("EU:" is no one's initials here)
    (_INTRO + "KM: Is it hopeless?\n\nEU: Not hopeless, but expensive.\n\n"
     "KM: What would you save first?\n\nEU: The parish registers, all of them.", []),
])
def test_interviewer_named_and_initials(text, expected):
    assert _answers(text) == expected
