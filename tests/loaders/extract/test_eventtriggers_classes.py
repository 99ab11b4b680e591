"""Trigger vocabulary by semantic class (issue 15, round 2 of evdateE: recall on text nobody wrote rules for).

Happenings the typed rows had no word for, read from `eventwords.CLASS_TRIGGERS`: a stabbing or a shooting dead (an
attack), an endorsement or a backing won (a statement), a protest led or staged (other), a campaign launched, left
or a nomination clinched (other), a body taken to court (other). Each row has near misses that must not fire: other senses of the word ("a stabbing pain", "stabbed
in the back"), generic or unindividuated mentions ("celebrity endorsements"), a name.
Made-up sentences, written before the code.
"""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in _find_triggers(text, [])]


@pytest.mark.parametrize("text, expected", [
    # (a primary or caucuses row was tried and dropped; these stay no trigger)
    ("The primary goal of the fund is growth.", []),
    ("The electorate of a Republican primary is older than the country's.", []),
    # violence: a stabbing, shot dead
    ("The Latest on a deadly stabbing on a commuter train.", [("attack", "stabbing")]),
    ("A pensioner was stabbed to death in Varna.", [("attack", "stabbed")]),
    ("Two guards were shot dead at the gate.", [("attack", "shot dead")]),
    # near misses: figures of speech
    ("She felt a stabbing pain in her chest.", []),
    ("He said he had been stabbed in the back by his party.", []),
    # endorsements and backing won
    ("Okafor picked up the endorsement of Gov. Ana Varga last week.", [("statement", "endorsement")]),
    ("The mayor endorsed Okafor for the Senate seat.", [("statement", "endorsed")]),
    ("Varga also earned the backing of two state senators.", [("statement", "earned the backing")]),
    # near misses: generic plural, a product's seal, financial backing
    ("Celebrity endorsements rarely move voters.", []),
    ("She met the union's leaders to negotiate the endorsement.", [("meeting", "met")]),
    ("The fund has the backing of three banks.", []),
    # protests
    ("The three leaders led a protest march to the electoral commission.", [("other", "led a protest march")]),
    ("Farmers staged a protest outside parliament.", [("other", "staged a protest")]),
    ("Protests broke out in the capital overnight.", [("other", "Protests broke out")]),
    # near misses: a protest as a manner, a generic habit
    ("She resigned in protest at the cuts.", [("other", "resigned")]),
    ("Unions often stage protests in spring.", []),
    # campaigns: launched, left, a nomination clinched or accepted
    ("Launching his bid for president late, Okafor is betting on the South.", [("other", "Launching his bid")]),
    ("Varga launched her presidential campaign in Corvia.", [("other", "launched her presidential campaign")]),
    ("She is back on the market since his departure from the presidential race.",
     [("other", "departure from the presidential race")]),
    ("Okafor dropped out of the race in March.", [("other", "dropped out of the race")]),
    ("McKay rallied behind her after she clinched the nomination.", [("other", "clinched the nomination")]),
    # near misses: a product launch's bid, a race run
    ("The firm's bid for the contract failed.", []),
    ("The runner dropped out of the marathon.", []),
    # a body taken to court
    ("Three senators have dragged the police chief to court.", [("other", "dragged the police chief to court")]),
    ("The union sued the ministry over the cuts.", [("other", "sued")]),
    # near misses: no defendant, a suit of clothes
    ("The family never sued, despite advice from lawyers.", []),
    ("He wore a suit to the court.", []),
])
def test_class_triggers(text, expected):
    assert found(text) == expected
