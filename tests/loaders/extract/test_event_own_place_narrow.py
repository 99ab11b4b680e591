"""The article's own place (`article_place`) goes only to a happening the article reports (role "reported"), never to
a background one it recalls ("the 2004 tsunami", "was sworn in only in April"), to a nationwide election (a
presidential or parliamentary vote is the country's, not the dateline town's), or to one whose sentence names
another known place ("A funeral for a Lviv soldier"). Regression rows from a reviewer's made-up articles (events
round 1 gave the dateline town to all of them), with near misses that keep the own place. Expectations written
before the change.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import run_body_steps
from loaders.records import ArticleRecord
from loaders.registry import Registry

# the reviewer's articles, verbatim (key: title, published, body)
ARTICLES = {
    'chch_recall': ('Christchurch marks quake anniversary', date(2026, 2, 23),
        "CHRISTCHURCH - Hundreds gathered in Christchurch on Sunday to mark fifteen years since the earthquake that killed 185 people.\n\nThe Prime Minister laid a wreath at the memorial wall in Christchurch.\n\nMany survivors recalled the tsunami that struck Japan weeks later, in March 2011, and the 2004 tsunami, which killed more than 200,000 people around the Indian Ocean.\n\nThe city's mayor said the funeral of a rescue worker last year had reminded people of the cost.\n\nA landslide in the Port Hills in 2011 destroyed dozens of homes."),
    'mayor_vote_lyon': ('Lyon elects new mayor', date(2026, 3, 23),
        "LYON - Voters in Lyon elected Grégory Doucet's successor on Sunday in a tight runoff.\n\nTurnout in Lyon was 46 percent. The new mayor will be sworn in on Friday.\n\nIn Paris, the National Assembly voted on Tuesday to raise the retirement age again, prompting protests in Lyon.\n\nThe last presidential election, in 2022, saw Emmanuel Macron re-elected."),
    'wire_dc_arg': ('US welcomes Argentine vote', date(2025, 10, 28),
        "WASHINGTON - The State Department in Washington welcomed on Monday the result of Argentina's midterm elections, in which President Javier Milei's party won 41 percent.\n\nOfficials in Washington said a $20bn currency swap would go ahead. Treasury Secretary Scott Bessent said in Washington that the vote was a victory for reform.\n\nArgentina held a presidential runoff in 2023.\n\nMilei resigned from his economics post years ago, before entering politics."),
    'council_foreign': ('Galway council twins with Ukrainian city', date(2025, 3, 12),
        "GALWAY - Galway City Council voted on Monday to twin the city with Lviv.\n\nCouncillors in Galway said the link would help the 2,000 Ukrainians living in Galway.\n\nThe mayor recalled the earthquake that struck Turkey in 2023, when Galway raised €200,000.\n\nUkraine's parliament voted last week to extend martial law.\n\nA funeral for a Lviv soldier was held on Sunday."),
    'election_city': ('Kenyans in Mombasa await result', date(2022, 8, 11),
        "MOMBASA - Voters in Mombasa waited anxiously on Wednesday for the result of Kenya's presidential election.\n\nIn Mombasa, shops stayed shut. Traders in Mombasa said business had collapsed.\n\nThe 2017 election was annulled by the Supreme Court.\n\nThe electoral commission chairman was elected to his post in 2016."),
    'porto_strike': ("Porto hospitals hit by doctors' strike", date(2025, 7, 9),
        'PORTO - Hospitals in Porto cancelled hundreds of operations on Tuesday as doctors across Portugal went on strike.\n\nIn Porto, only emergency cases were treated. Patients in Porto said they had waited months.\n\nNurses voted on Monday to join the strike next week.\n\nThe health minister was sworn in only in April.'),
    "lyon_national": ("Lyon votes", date(2026, 3, 23),
        "LYON - Voters in Lyon queued on Sunday in the rain.\n\nTurnout in Lyon was 46 percent. In Lyon, the "
        "presidential election was held on Sunday."),
}

# key: (article, trigger, the own place, whether the event gets it)
ROWS = {
    "background tsunami elsewhere": ("chch_recall", "tsunami that struck", "Christchurch", False),
    "background national election": ("mayor_vote_lyon", "presidential election", "Lyon", False),
    "background resignation in a wire": ("wire_dc_arg", "resigned", "Washington", False),
    "background election to a post": ("election_city", "elected to his post", "Mombasa", False),
    "background swearing-in": ("porto_strike", "sworn in", "Porto", False),
    "reported happening whose sentence names another place": ("council_foreign", "funeral", "Galway", False),
    "reported nationwide election in a town's article": ("lyon_national", "presidential election", "Lyon", False),
    # near misses: reported local happenings keep the own place
    "near miss: the reported runoff": ("mayor_vote_lyon", "elected", "Lyon", True),
    "near miss: the planned swearing-in of the town's mayor": ("mayor_vote_lyon", "sworn in", "Lyon", True),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_own_place_narrowed(key):
    name, trigger, place, given = ROWS[key]
    title, published, body = ARTICLES[name]
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=title + "\n\n" + body, body=body,
                            title=title, published_on=published, date_precision="day")
    start = body.index(trigger)
    events = [e for e in run_body_steps(article, Registry()).events if e.start < start + len(trigger)
              and start < e.end]
    # (a background happening left with no place may be dropped as too vague: no own place either)
    assert (bool(events) and events[0].location == place) is given, events and events[0].location
