"""Mend of the pagesR40 review (made-up rows): the "Stay up to date" plug cuts only the site's own news, to the
line's end; an author note's job word is the head noun after "is a"/"is our" and its adjectives; a desk credited
with another language's newsroom word ("Redaktion") is no person."""
import pytest

from loaders.extract import boilerplate, outlets, pageblocks

PLUGS = [
    ("Stay up to date with the Harlow Courier's breaking news alerts.", True),
    ("Keep up to date with the latest news from Harlow.", True),
    ("Stay informed with Harlow Courier news alerts on our app.", True),
    ("Stay up-to-date with breaking news: download the Harlow Courier app.", True),
    ("Stay up to date with all the news from us.", True),
    ("Keep up to date with the latest news from the Harlow Courier.", True),
    # near misses: the story's advice, someone else's news source
    ("Stay up to date with news of road closures by checking the district's traffic map.", False),
    ("Stay up to date with news on the ferry strike via the port authority's website.", False),
    ("Keep up to date with news about the flooding through the county's text service.", False),
    ("Stay informed with news of school closures on the district's hotline.", False),
    ("Stay up to date with news of the outbreak by reading the health board's bulletins.", False),
    ("Keep up to date with news from the river gauges at the agency's site.", False),
]


@pytest.mark.parametrize("line,cut", PLUGS)
def test_stay_up_to_date_plug_is_the_sites_own(line, cut):
    assert bool(boilerplate._NEWSLETTER.search(line)) is cut


NOTES = [
    ("Tova Lindqvist is our senior courts correspondent.", "Tova Lindqvist", True),
    ("Tova Lindqvist is an award-winning investigative reporter.", "Tova Lindqvist", True),
    ("Tova Lindqvist is the paper's harbour correspondent.", "Tova Lindqvist", True),
    # near misses: the job word is not the note's head noun
    ("Harbour Life is a magazine for writers and sailors.", "Harbour Life", False),
    ("Harbour Life is read by every editor on the coast.", "Harbour Life", False),
    ("Harbour Life is a quarterly loved by reporters.", "Harbour Life", False),
    ("Harbour Life is the voice of every correspondent abroad.", "Harbour Life", False),
    ("Harbour Life is published with its writers in mind.", "Harbour Life", False),
]


@pytest.mark.parametrize("text,name,person", NOTES)
def test_note_job_word_is_the_head_noun(text, name, person):
    assert outlets._credited_person(name, text) is person


DESKS = [
    ("By Kieler Morgenblatt Redaktion", True),
    ("By Östra Posten Redaktionen", True),
    ("By Gazzetta Lariana Redazione", True),
    # near misses: persons' bylines and an unnamed newsroom stay as before
    ("By Jörg Albers", False),
    ("By Åsa Lindgren", False),
    ("By Émile Roux and Jörg Albers", False),
    ("By Jörg Albers, Redaktion Kiel", False),
]


@pytest.mark.parametrize("line,desk", DESKS)
def test_newsroom_words_abroad_credit_a_desk(line, desk):
    pattern = pageblocks._staff_credit_pattern(pageblocks._DESK_NAME_WORD_PLAIN)
    assert bool(pattern.match(line)) is desk
