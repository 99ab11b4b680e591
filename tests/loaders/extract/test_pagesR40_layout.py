"""pagesR40: page layout mechanisms (made-up rows only)."""
import pytest

from loaders.extract.text_article import authors_from_byline

# A name whose word opens on a capital outside A-Z ("Šimić", "Émile", "Łukasz", "Østby", "Żaneta") is a person's
# name like any other: the byline's writer.
NON_ASCII_CAPITAL_HITS = [
    ("by Vesna Šarec", ["Vesna Šarec"]),
    ("By Émile Tournier", ["Émile Tournier"]),
    ("By Łukasz Dębiec and Żaneta Ostrowska", ["Łukasz Dębiec", "Żaneta Ostrowska"]),
    ("By Kari Østby", ["Kari Østby"]),
    ("by Ćiril Đurović", ["Ćiril Đurović"]),
]

# Near misses: what was no person's name stays none (a figure, a desk, a word in small letters, a wire), and the
# plain names stay as they were.
NON_ASCII_CAPITAL_MISSES = [
    ("By Šport 24 Desk", []),
    ("By Ščitnik staff", []),
    ("by ćevapi lovers", []),
    ("By Øresund Bureau", []),
    ("By Vesna Sarec", ["Vesna Sarec"]),
    ("By Ana Kovač", ["Ana Kovač"]),
]


@pytest.mark.parametrize("byline, authors", NON_ASCII_CAPITAL_HITS + NON_ASCII_CAPITAL_MISSES)
def test_byline_names_with_non_ascii_capitals(byline, authors):
    assert authors_from_byline(byline, as_written=True) == authors


from loaders.extract.boilerplate import classify_line

# The site's call to keep up with its own news ("Stay up to date with the Harbour Ledger's breaking news alerts."):
# an imperative opening the line, "stay/keep up to date/informed with", then the news it sends (news alerts, news
# updates, the latest news). Not a story's advice about someone else's warnings, nor advice reported by a speaker,
# nor a sentence with a subject.
STAY_UPDATED_HITS = [
    "Stay up to date with the Harbour Ledger's breaking news alerts.",
    "Keep up to date with the latest news from the Kestrel Courier.",
    "Stay informed with our breaking news alerts",
    "Stay up-to-date with Riverton Post news updates.",
]
STAY_UPDATED_MISSES = [
    "Stay up to date with the bureau's flood warnings.",
    "Stay up to date with the council's breaking news alerts, the mayor urged residents.",
    "Residents can stay up to date with breaking news alerts on the council's website.",
    "Stay informed, stay safe and check on your neighbours.",
    "Keep up to date with road closures on the transport department's map.",
    "Stay up to date with the latest news, she told the crowd on Monday.",
]


@pytest.mark.parametrize("line", STAY_UPDATED_HITS)
def test_a_call_to_stay_up_to_date_with_the_site_news_is_boilerplate(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", STAY_UPDATED_MISSES)
def test_advice_to_stay_up_to_date_stays_in_the_story(line):
    assert classify_line(line) is None
