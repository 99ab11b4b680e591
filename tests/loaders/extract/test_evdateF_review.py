"""The review of evdateF (issue 15): made-up cases that evdateF read wrong where main read them right, and the
degraded court spans; each with the reading it should give. Made-up text, not copied from any set."""
from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def events(text: str, pub: date = date(2026, 3, 12)):
    art = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text, published_on=pub,
                        date_precision="day", title=None)
    reg = Registry()
    return [(text[e.start:e.end], e.status) for e in extract_events(art, extract_people(art, reg), reg)]


def status_of(text: str, word: str, pub: date = date(2026, 3, 12)) -> str | None:
    found = [s for span, s in events(text, pub) if word in span]
    return found[0] if found else None


@pytest.mark.parametrize("text, word, expected", [
    # a "No" that answers another question, or opens a "No <noun>" sentence, rebuts no claim
    ("Reports that the two leaders met in Doha on Sunday were confirmed by both offices. Was there an agreement? "
     "No, officials said.", "met", "occurred"),
    ("There were reports in the local press that the mayor met the developers on Friday. No decision was taken at "
     "that meeting, the council said.", "met", "occurred"),
    ("There were reports that gunmen attacked a bus near Jos on Tuesday. No injuries were reported.", "attack",
     "occurred"),
    # the rebuttals that stay: "No." and "That is not true." as the answer
    ("There were rumours that the coach met Real Madrid officials on Sunday. Is that true?\nKovac: That is not true. "
     "I was at home.", "met", "denied"),
    ("Q: There were reports last week that your ministry stopped payments to the contractors. Is that correct?\n"
     "A: No. Payments continue.", "stopped", "denied"),
    # "unable to attend X" negates the attending, not X
    ("Unable to attend the funeral on Tuesday, the president sent his deputy to Bulawayo.", "funeral", "occurred"),
    # a question about a past event named as a noun or participle
    ("What does Sunday's election mean for Europe? Analysts in Brussels are divided.", "election", "occurred"),
    ("Can the ceasefire signed in Doha on Sunday hold? Few in Gaza believe it.", "signed", "occurred"),
    # a live entry's present on the publication day, with a participle clause telling it done
    ("LIVE: Macron in Kyiv\n10:15 — Macron arrives in Kyiv on Thursday morning, greeted at the station by Zelensky.",
     "arrives", "occurred"),
    # near misses: a schedule's present, another day; with a participle clause; after a past sentence
    ("The team fly to Rabat on Saturday for the qualifier.", "fly", "planned"),
    ("The team fly to Rabat on Saturday, joined by two new players.", "fly", "planned"),
    ("Last season was hard. The team fly to Rabat on Saturday for the qualifier.", "fly", "planned"),
    # near misses: a rebuttal that answers a question about the claim; a question whose noun's own verb is asked
    ("There were reports that the two leaders met in Doha on Sunday. Did they meet?\nKell: No, they did not meet.",
     "met", "denied"),
    ("Will the summit in Geneva on Friday go ahead?", "summit", "planned"),
    ("When does the working group meet?", "meet", None),
    # near miss: "unable to hold" the event itself
    ("The council was unable to hold the meeting on Friday.", "meeting", None),
    # a narrative's historical present in a past frame
    ("Last August was a whirlwind for Okafor. He flies to Rome on Thursday, signs on Friday, and by Sunday he is "
     "starting for Lazio.", "flies", "occurred"),
])
def test_evdateF_review_status(text, word, expected):
    assert status_of(text, word) == expected


@pytest.mark.parametrize("text", [
    "Dozens of drivers took the carmaker to court in Munich on Tuesday, accusing it of hiding faulty brakes.",
    "Farmers took Glencore's local unit to court in Lusaka on Tuesday.",
    "Residents took their fight against the dam to court on Monday, filing a petition in the High Court in Kampala.",
    "A Kenyan couple took the hotel to court on Wednesday after their wedding was ruined by a flood.",
    "An 82-year-old widow in Durban took her grandson to court on Monday to recover her house.",
])
def test_court_party_any_determined_noun(text):
    assert any(span.startswith("took") and span.endswith("to court") for span, _ in events(text))


def test_court_sport_figure_no_event():
    assert not any("court" in span for span, _ in events(
        "Serena took the rally to court on Saturday, attacking every second serve."))


def test_delay_by_a_duration_is_no_cancellation():
    found = events("The match was due to start at 3pm on Saturday but kick-off was postponed by 30 minutes; "
                   "Ghana won 2-1.")
    assert all(status != "cancelled" for _, status in found)
    # near miss: a plan put off to another day is cancelled
    assert status_of("The minister was due to visit Kell in July, but the visit was cancelled at short notice.",
                     "visit") == "cancelled"
