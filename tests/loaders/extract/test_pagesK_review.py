"""pagesK: the review of pagesJ (/work/notes/reviews/pagesJ.md), the seven pages pagesJ read wrong that main read
right: a press release's contact is no author; a headline opening "Interview by Zoom:" is no byline; a place over a
desk ("Ha Long | Tourism Desk") signs nothing; a dated past-tense lede between byline and date line is the body's; a
reported or clause-long disclaimer, and a past-tense sentence about a copying ban, stay the body's. All pages made up."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from tests.loaders.extract.review_pages import body_paragraphs, read_review_page, registry  # noqa: F401 (a fixture)

CASES = [{'id': 'E4_press_release_spokesperson_under_headline',
  'url': 'https://www.health.gov.example/news/free-dental-checks',
  'fmt': 'txt',
  'text': 'Ministry of Health, Republic of Kestrelia\n'
          'News\n'
          'Ministry launches free dental checks for children under 12\n'
          'Anna Kowalska\n'
          'anna.kowalska@health.gov.example\n'
          '10 April 2026\n'
          'From 1 May, every child under 12 will be entitled to a free dental check twice a year.\n'
          'The ministry has set aside 40 million for the programme in its first year.\n'
          'Parents can book appointments through their family doctor.',
  'expected': {'title': 'Ministry launches free dental checks for children under 12',
               'date': '2026-04-10',
               'authors': [],
               'first': 'From 1 May, every child under 12 will be entitled',
               'last': 'Parents can book appointments through their family doctor.'}},
 {'id': 'I4_headline_starts_interview_by',
  'url': 'https://www.lawweekly.example/courts/interview-by-zoom-remote-witnesses',
  'fmt': 'txt',
  'text': 'Law Weekly\n'
          'Courts\n'
          'Interview by Zoom: how courts learned to hear witnesses remotely\n'
          'March 9, 2026\n'
          'When the pandemic closed courtrooms in 2020, judges in the county had to hear witnesses over video within '
          'weeks.\n'
          'Six years later, remote testimony is routine in civil cases.\n'
          'Defence lawyers say it still puts their clients at a disadvantage.',
  'expected': {'title': 'Interview by Zoom: how courts learned to hear witnesses remotely',
               'date': '2026-03-09',
               'authors': [],
               'first': 'When the pandemic closed courtrooms in 2020',
               'last': 'Defence lawyers say it still puts their clients at a disadvantage.'}},
 {'id': 'F4_place_bar_desk',
  'url': 'https://www.vneconomicdaily.example/tourism/ha-long-cruises-return',
  'fmt': 'txt',
  'text': 'Vietnam Economic Daily\n'
          'Tourism\n'
          'Ha Long Bay cruise boats return after typhoon\n'
          'Ha Long | Tourism Desk\n'
          '20/09/2026\n'
          'Cruise boats returned to Ha Long Bay on Saturday, a week after Typhoon Bualoi forced them into harbour.\n'
          'Around 3,000 visitors boarded on the first day.\n'
          'Operators said bookings for October were down by a third.',
  'expected': {'title': 'Ha Long Bay cruise boats return after typhoon',
               'date': '2026-09-20',
               'authors': [],
               'first': 'Cruise boats returned to Ha Long Bay on Saturday',
               'last': 'Operators said bookings for October were down by a third.'}},
 {'id': 'S2_lede_between_byline_and_date',
  'url': 'https://www.harbourcourier.example/news/eastfield-pool-close',
  'fmt': 'txt',
  'text': 'Harbour Courier\n'
          'News\n'
          'Council votes to close Eastfield pool\n'
          'By Maria Lind\n'
          'The council voted on Tuesday night to close the Eastfield public pool, ending 60 years of swimming '
          'lessons in the district.\n'
          '11 March 2026\n'
          'Councillors said repairs to the roof would cost more than 2 million euros.\n'
          'Parents have started a petition to keep the pool open.',
  'expected': {'title': 'Council votes to close Eastfield pool',
               'date': '2026-03-11',
               'authors': ['Maria Lind'],
               'first': 'The council voted on Tuesday night to close the Eastfield public pool',
               'last': 'Parents have started a petition to keep the pool open.'}},
 {'id': 'V2_views_belong_reported',
  'url': 'https://www.uninews.example/campus/lecturer-blog-row',
  'fmt': 'txt',
  'text': 'University News Service\n'
          'Campus\n'
          "Lecturer's blog post sparks row\n"
          'By Sam Okoro\n'
          '4 May 2026\n'
          "A lecturer's blog post criticising the university's investment policy has prompted calls for her "
          'dismissal.\n'
          "The post was published on the lecturer's personal website last week.\n"
          'The views expressed in this article belong to the author, not to the university, a spokesman said on '
          'Friday.',
  'expected': {'title': "Lecturer's blog post sparks row",
               'date': '2026-05-04',
               'authors': ['Sam Okoro'],
               'first': "A lecturer's blog post criticising",
               'last': 'The views expressed in this article belong to the author, not to the university, a spokesman '
                       'said on Friday.'}},
 {'id': 'V4_does_not_necessarily_body',
  'url': 'https://www.techledger.example/law/platforms-not-publishers',
  'fmt': 'txt',
  'text': 'Tech Ledger\n'
          'Law\n'
          "Court rules platforms are not publishers of users' posts\n"
          'By Nina Rao\n'
          '8 June 2026\n'
          'The Supreme Court ruled on Wednesday that social media platforms cannot be sued as publishers of their '
          "users' posts.\n"
          'The case was brought by a businessman who said a forum had defamed him.\n'
          'A platform that hosts a post does not necessarily endorse the views of its writers, and the ruling makes '
          'that distinction law.',
  'expected': {'title': "Court rules platforms are not publishers of users' posts",
               'date': '2026-06-08',
               'authors': ['Nina Rao'],
               'first': 'The Supreme Court ruled on Wednesday',
               'last': 'A platform that hosts a post does not necessarily endorse the views of its writers, and the '
                       'ruling makes that distinction law.'}},
 {'id': 'CP2_reproduction_law_body_last',
  'url': 'https://www.lawweekly.example/media/press-copying-ban-repealed',
  'fmt': 'txt',
  'text': 'Law Weekly\n'
          'Media\n'
          'Parliament repeals press copying ban\n'
          'By Dana Cole\n'
          'March 18, 2026\n'
          'Parliament voted on Tuesday to repeal a 1994 law that restricted how newspapers could quote each other.\n'
          'The law had been used in several lawsuits between rival publishers.\n'
          'Reproduction of articles without payment was prohibited under the old law, which critics said stifled '
          'debate.',
  'expected': {'title': 'Parliament repeals press copying ban',
               'date': '2026-03-18',
               'authors': ['Dana Cole'],
               'first': 'Parliament voted on Tuesday to repeal',
               'last': 'Reproduction of articles without payment was prohibited under the old law, which critics '
                       'said stifled debate.'}}]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_review_case(case, registry):
    article = read_review_page(case, registry)
    expected = case["expected"]
    paragraphs = body_paragraphs(article)
    assert article.title == expected["title"]
    assert sorted(article.authors) == sorted(expected["authors"])
    assert article.published_on is not None and article.published_on.isoformat() == expected["date"]
    assert paragraphs[0].startswith(expected["first"])
    assert paragraphs[-1].endswith(expected["last"])


_RELEASE_PAGE = """Kestrel Rail
Media release
Kestrel Rail orders twelve new trams
Anna Kowalska
anna.kowalska@kestrelrail.example
10 April 2026
Kestrel Rail has ordered twelve new trams for its city lines.
The first will run in 2028."""

_NEWS_PAGE = """Harbour Courier
News
Ferry fares to rise in May
Marta Lindqvist
mlindqvist@harbourcourier.example
10 April 2026
Ferry fares will rise by 5 percent in May.
Passengers will pay the standard fare."""


@pytest.mark.parametrize(("text", "authors"), [(_RELEASE_PAGE, []), (_NEWS_PAGE, ["Marta Lindqvist"])],
                         ids=["release_label", "newspaper_writer"])
def test_release_contact_is_no_author(text, authors, registry):
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    assert list(article.authors) == authors


@pytest.mark.parametrize(("line", "kind"), [
    ("The views expressed in this article belong to the author, not to the university, a spokesman said on Friday.",
     None),
    ("The views expressed in this column belong to the author.", "disclosure"),
    ("A platform that hosts a post does not necessarily endorse the views of its writers, and the ruling makes that "
     "distinction law.", None),
    ("Riverton Post does not necessarily endorse the opinions of its contributors.", "disclosure"),
    ("The Courier does not necessarily share the views of opinion writers or advertisers.", "disclosure"),
    ("Reproduction of articles without payment was prohibited under the old law, which critics said stifled debate.",
     None),
    ("Reproduction of materials without written permission is prohibited.", "copyright"),
    ("Copying of content is permitted only with an active link to the source.", "copyright"),
])
def test_notices_are_the_sites_own_sentences(line, kind):
    from loaders.extract.boilerplate import classify_line
    assert classify_line(line) == kind


@pytest.mark.parametrize(("line", "credit"), [
    ("Interview by Zoom: how courts learned to hear witnesses remotely", False),
    ("Interview by Lea Braun", True),
    ("Interview by Elin Sand and Jo Roe", True),
])
def test_dated_credit_names_a_person(line, credit):
    from loaders.extract.pageblocks import is_dated_credit
    assert is_dated_credit(line) is credit


@pytest.mark.parametrize(("name", "person"), [
    ("Ha Long", False), ("Lam Dong", False), ("Nguyen Thi Lan", True), ("Park Ji-won", True), ("Anna Roe", True),
])
def test_family_first_credit_needs_a_given_name(name, person):
    from loaders.extract.pageblocks import _person_name_opening
    assert _person_name_opening(name) is person


@pytest.mark.parametrize(("line", "lede"), [
    ("The council voted on Tuesday night to close the Eastfield public pool.", True),
    ("Why a small town's pool matters more than its budget says.", False),
    ("The council has a plan for the pool, and residents are divided.", False),
])
def test_dated_lede(line, lede):
    from loaders.extract.boilerplate import dated_lede
    assert dated_lede(line) is lede
