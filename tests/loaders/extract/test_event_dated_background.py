"""Self-check of round 4's dated-clause rules (an explicit date dates the clause that holds it): near misses of
ordinary prose, written before running, where a date sits in a background clause (a relative clause, an
apposition, a modifier: "who joined the firm in 2019", "the 2019 election"), an obituary's life, a fixture still
to be played ("will play on Saturday", "scheduled for 3 May"), a habit, a deadline or a statistic's period.

Each row lists the dated occurred events it allows, by trigger word and the ISO prefix of the date: a happening
told in its own background clause may be dated by that clause ("which opened in 2015"), but no other clause may
take the date, and no state, plan, habit or statistic may come out as a dated occurred event. (Events the row
allows need not be found: recall is measured elsewhere.)
Published on Wednesday 10 June 2026.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)
NAMES = ("Karl Brenner", "Ana Silva")

ROWS = [
    # background clauses: the main clause keeps its own date (or none)
    ("Karl Brenner, who joined the firm in 2019, said profits fell.", {"joined": "2019"}),
    ("The bridge, which opened in 2015, carries 40,000 cars a day.", {"opened": "2015"}),
    ("Ana Silva, a Tarnby councillor since 2019, resigned on Monday.", {"resigned": "2026-06-08"}),
    ("The Tarnby mayor, elected in 2022, opened the bridge on Monday.",
     {"elected": "2022", "opened": "2026-06-08"}),
    ("The ferry, which has run since 1995, was withdrawn on Monday.", {"withdrawn": "2026-06-08"}),
    ("Residents who moved to Tarnby in 2015 say the water tastes of iron.", {"moved": "2015"}),
    ("Officials at the Tarnby office, opened in May 2024, handle 300 claims a week.", {"opened": "2024-05"}),
    ("The company, which was founded in 1998, employs 300 people in Tarnby.", {"founded": "1998"}),
    # a date as a modifier
    ("Turnout in the 2019 election was 61 percent.", {"election": "2019"}),
    ("Officials who lost their seats in the 2019 election returned to parliament on Monday.",
     {"election": "2019", "lost": "2019", "returned": "2026-06-08"}),
    ("Tarnby play Varn in the cup on 3 May, a rematch of the 2019 final.", {"final": "2019"}),
    # obituaries
    ("Ana Silva, who was born in Tarnby in 1941, died on Monday. She founded the Varn theatre in 1968 and ran it "
     "until 2001.", {"died": "2026-06-08", "founded": "1968"}),
    ("Karl Brenner, 72, who taught at the Tarnby school from 1975 to 2010, died on Sunday.", {"died": "2026-06-07"}),
    # fixtures and schedules
    ("Tarnby will play Varn on Saturday.", {}),
    ("The matches were scheduled for 3 May but were postponed.", {}),
    ("The final is scheduled for 3 May 2026 in Tarnby.", {}),
    ("Tarnby beat Varn 2-1 on Saturday and will play Holm on 3 May.", {"beat": "2026-06-06"}),
    ("Varn FC, who won the league in 2019, play Tarnby on Saturday.", {"won": "2019"}),
    # statistics, states, habits, deadlines
    ("Exports rose 4 percent in the year to March 2026.", {}),
    ("Unemployment stood at 7 percent in May 2025, up from 6 percent in 2024.", {}),
    ("Interest rates were 5 percent in March 2025.", {}),
    ("Last year, 1,200 people died on the roads, the ministry said.", {}),
    ("Some 40,000 people visited the Tarnby museum in 2024, the council said.", {}),
    ("Before 2020, residents drove to Varn for medical care.", {}),
    ("By March 2025, police had made 40 arrests in Tarnby.", {}),
    ("Every year since 2010, fishermen have blocked the harbour on 1 May.", {}),
    ("In 2019, the year the mine closed, Tarnby had 4,000 residents.", {"closed": "2019"}),
]


@pytest.mark.parametrize("body, allowed", ROWS, ids=[row[0][:50] for row in ROWS])
def test_background_dates_date_only_their_clause(body, allowed):
    events = events_of(body, *[n for n in NAMES if n in body], published=PUBLISHED)
    dated = [(body[e.start:e.end], str(e.start_date)) for e in events if e.start_date and e.status == "occurred"]
    wrong = [(trigger, when) for trigger, when in dated
             if not any(word in trigger.split() and when.startswith(prefix) for word, prefix in allowed.items())]
    assert not wrong, dated


# A second batch aimed at round 4's three mechanisms (a fronted date past commas, ", when", a written-out date for a
# doer or a definite passive), written before running.
ROUND4_ROWS = [
    ("In 2019, a year after she joined the council, Ana Silva was named deputy mayor.", {"named": "2019",
                                                                                        "joined": "2018"}),
    ("Last month, residents, many of whom work in Varn, said the bus service was poor.", {}),
    ("On 4 May, a public holiday, most shops in Tarnby stay closed.", {}),
    ("In March 2025, the month the strike began, unemployment in Tarnby stood at 9 percent.", {"strike": "2025-03",
                                                                                               "began": "2025-03"}),
    ("Tarnby has been quiet since 2019, when the mine was sold to a firm that still runs it.", {"sold": "2019"}),
    ("The festival dates back to 1921, when the town was a fishing port.", {}),
    ("Residents remember 2011, when the river is said to have frozen solid.", {}),
    ("Police officers in Tarnby earn 40,000 euros a year, according to a 2024 survey.", {}),
    ("Residents of Tarnby will vote on the plan on 3 May 2027.", {}),
    ("Officials expect residents to return by 3 May 2026.", {}),
    ("The wharf, damaged in 2022, is used by fishermen every day.", {"damaged": "2022"}),
    ("Volunteers rebuild the Tarnby dam every summer, most recently in August 2025.", {"rebuild": "2025-08"}),
]


@pytest.mark.parametrize("body, allowed", ROUND4_ROWS, ids=[row[0][:50] for row in ROUND4_ROWS])
def test_round4_rules_near_misses(body, allowed):
    test_background_dates_date_only_their_clause(body, allowed)
