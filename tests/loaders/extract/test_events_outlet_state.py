"""A bare "the government" (or "the cabinet") with no dateline and no officer telling of its act is the reporting
outlet's own state when the article is about it (the people step's `_covers_home`): a Norwegian outlet's "The
government announced a tax" is the Norwegian government (issue 15, actors). Made-up articles, published Wednesday
10 March 2010; the actors expected were written before the code. Near misses: no outlet, a dateline of another
state, a sentence naming another state alone, a city's government, an article about another country."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def actors_of(body: str, domain: str | None, trigger: str) -> list[str]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day", outlet_domain=domain)
    events = [e for e in extract_events(article, [], Registry()) if trigger in body[e.start:e.end + 40]]
    assert events, [(e.event_type, e.name) for e in extract_events(article, [], Registry())]
    return events[0].actors


# key: (body, outlet domain, trigger word, actors)
ROWS = {
    "near miss: an article never naming the outlet's country": (
        "Fish farms along the coast had a poor season.\n\n"
        "The government announced on Monday a new tax on fish farms.", "dagsposten.no", "announced", []),
    "the outlet's government, its country named before": (
        "Norway's fish farms had a poor season, and Norway's exports fell.\n\n"
        "The government announced on Monday a new tax on fish farms.", "dagsposten.no", "announced",
        ["Norwegian government"]),
    # near misses
    "near miss: no outlet": (
        "Fish farms along the coast had a poor season.\n\n"
        "The government announced on Monday a new tax on fish farms.", None, "announced", []),
    "near miss: an outlet with no country": (
        "Fish farms along the coast had a poor season.\n\n"
        "The government announced on Monday a new tax on fish farms.", "fishnews.com", "announced", []),
    "near miss: a city's government": (
        "Fish farms along the coast had a poor season.\n\n"
        "The city government announced on Monday a new tax on fish farms.", "dagsposten.no", "announced", []),
    "near miss: the sentence names another state alone": (
        "Fish farms along the coast had a poor season.\n\n"
        "In Chile, the government announced on Monday a new tax on fish farms.", "dagsposten.no", "announced",
        ["Chilean government"]),
    "a state after the trigger is its topic": (
        "Norway's fish farms had a poor season.\n\n"
        "The government announced on Monday a new tax on fish farms that export to Chile.", "dagsposten.no",
        "announced", ["Norwegian government"]),
    # review of round evactA (made-up cases): a foreign state or town in the trigger's sentence or the one
    # before, or an article never naming the outlet's own country, gives no outlet state
    "near miss: a foreign state and town in the sentence before": (
        "Fuel queues stretched across Lagos after Nigeria scrapped a fuel subsidy.\n\n"
        "The government announced on Monday that it would pay bus fares.", "dailyherald.co.uk", "announced", []),
    "near miss: a foreign town, not a capital, in the trigger's sentence": (
        "Bus fares doubled overnight.\n\n"
        "In Lagos, the government announced on Monday free rides.", "dailyherald.co.uk", "announced", []),
    "the topic state of the sentence before": (
        "Britain's exports to Europe fell sharply this year. The government announced on Monday new checks at its "
        "ports.", "corkpost.ie", "announced", ["British government"]),
    "near miss: a state after 'pressure from' is not the government's": (
        "Despite pressure from Washington, the government refused on Monday to cut tariffs on steel.",
        "dailyherald.co.uk", "refused", []),
    "the outlet's own town named": (
        "Bus fares doubled in Leeds this year.\n\n"
        "The government announced on Monday free rides.", "dailyherald.co.uk", "announced", ["British government"]),
    "near miss: an article about another country": (
        "Chile's fish farms had a poor season, and Chile's exports fell. Chile's salmon went to Japan.\n\n"
        "The government announced on Monday a new tax on fish farms.", "dagsposten.no", "announced", []),
}


@pytest.mark.parametrize("body, domain, trigger, expected", ROWS.values(), ids=ROWS.keys())
def test_a_bare_government_is_the_outlet_s_state(body, domain, trigger, expected):
    assert actors_of(body, domain, trigger) == expected
