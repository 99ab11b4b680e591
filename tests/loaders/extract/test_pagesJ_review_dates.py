"""pagesJ: the review of pagesH (/work/notes/reviews/pagesH.md), date rows: a labelled date ("Correction appended",
"Kick-off:") or a day the body looks forward to, 1-7 days after the URL's day, does not override it; a clock past
noon alone does not make a US or Philippine month-first page day-first (a US zone or a month-name date in the page
tells; the right day or the year alone passes for the three pages pagesH gave a wrong day). All pages are made up.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.review_pages import check_review_page, registry  # noqa: F401 (a fixture)

CASES = [{'id': 'E9_corrected',
  'url': 'https://riverton.example/2026/03/10/council-shuts-bridge',
  'fmt': 'txt',
  'text': 'Riverton Post\n'
          'Council shuts the old bridge\n'
          'Correction appended March 14, 2026\n'
          'The council voted on Tuesday to close the old bridge to traffic for a year while engineers repair its '
          'supports.\n'
          'Residents on both banks had opposed the closure for months.\n'
          'The bridge will shut on 1 April.',
  'expected': {'title': 'Council shuts the old bridge',
               'date': '2026-03-10',
               'authors': [],
               'first': 'The council voted on Tuesday to close the old bridge',
               'last': 'The bridge will shut on 1 April.'}},
 {'id': 'E16_kickoff_date',
  'url': 'https://riverton.example/2026/03/10/riverton-kessel-preview',
  'fmt': 'txt',
  'text': 'Riverton Post\n'
          'Sport\n'
          'Riverton face Kessel in cup semi-final\n'
          'Kick-off: 14/03/2026 15:00\n'
          'Riverton will play Kessel in the county cup semi-final on Saturday.\n'
          'Manager Dan Hale said his squad was fully fit.\n'
          'The winners meet Alderby in the final.',
  'expected': {'title': 'Riverton face Kessel in cup semi-final',
               'date': '2026-03-10',
               'authors': [],
               'first': 'Riverton will play Kessel in the county cup semi-final',
               'last': 'The winners meet Alderby in the final.'}},
 {'id': 'E19_html_event',
  'url': 'https://riverton.example/2026/03/10/jazz-festival-returns',
  'fmt': 'html',
  'text': '<html><head><title>Jazz festival returns to the quay</title></head><body><article><h1>Jazz festival '
          "returns to the quay</h1><div class='event'>Saturday, March 14, 2026</div><p>The Riverton jazz festival "
          'returns to the quay this weekend after a two-year break.</p><p>More than 20 bands will play over two '
          'days, with local acts opening each evening.</p><p>Tickets cost £15 and are on sale now from the harbour '
          'office and online.</p></article></body></html>',
  'expected': {'title': 'Jazz festival returns to the quay',
               'date': '2026-03-10',
               'authors': [],
               'first': 'The Riverton jazz festival returns',
               'last': 'Tickets cost £15 and are on sale now'}},
 {'id': 'F4_us_county_24h',
  'url': None,
  'fmt': 'txt',
  'text': 'Franklin County Courier\n'
          'County approves $40 million road budget\n'
          'Posted: 03/02/2026 14:30 EST\n'
          'Franklin County commissioners approved a $40 million road repair budget on Monday, March 2.\n'
          'The plan covers 120 miles of county roads in Ohio.\n'
          'Work will begin in April.',
  'expected': {'title': 'County approves $40 million road budget',
               'date': '2026-03-02',
               'authors': [],
               'first': 'Franklin County commissioners approved a $40 million road repair budget',
               'last': 'Work will begin in April.'}},
 {'id': 'F5_us_military_24h',
  'url': None,
  'fmt': 'txt',
  'text': 'Fort Hood Sentinel\n'
          'Soldiers return from Poland deployment\n'
          '04/05/2026 16:00\n'
          'More than 300 soldiers of the 3rd Armored Brigade returned to Fort Hood, Texas, on Sunday, April 5, '
          'after nine months in Poland.\n'
          "Families gathered at the division's hangar to greet them.\n"
          'The brigade deployed last July.',
  'expected': {'title': 'Soldiers return from Poland deployment',
               'date': '2026-04-05',
               'authors': [],
               'first': 'More than 300 soldiers of the 3rd Armored Brigade returned',
               'last': 'The brigade deployed last July.'},
  'year_ok': True},
 {'id': 'F10_us_no_url_body_clock',
  'url': None,
  'fmt': 'txt',
  'text': 'Springfield News Leader\n'
          'School board delays vote on new calendar\n'
          'By Mike Dean\n'
          '03/02/2026\n'
          "The Springfield school board in Missouri delayed a vote on next year's calendar on Monday after parents "
          'packed the meeting.\n'
          'Board president Lisa Ford said the vote would be held at the next meeting.\n'
          'The meeting is scheduled for 04/06/2026 18:00 at the district office.',
  'expected': {'title': 'School board delays vote on new calendar',
               'date': '2026-03-02',
               'authors': ['Mike Dean'],
               'first': 'The Springfield school board in Missouri delayed a vote',
               'last': 'The meeting is scheduled for'},
  'year_ok': True},
 {'id': 'F11_ph_mdy_24h',
  'url': None,
  'fmt': 'txt',
  'text': 'Manila Bulletin Online\n'
          'MMDA extends number coding hours\n'
          '03/04/2026 15:10\n'
          'The Metropolitan Manila Development Authority on Wednesday extended number coding hours on EDSA.\n'
          'The new scheme starts on March 16.\n'
          'Violators face a fine of P300.',
  'expected': {'title': 'MMDA extends number coding hours',
               'date': '2026-03-04',
               'authors': [],
               'first': 'The Metropolitan Manila Development Authority on Wednesday',
               'last': 'Violators face a fine of P300.'},
  'year_ok': True}]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_review_case(case, registry):
    check_review_page(case, registry)
