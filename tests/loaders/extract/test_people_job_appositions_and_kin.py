"""People step, review of the round before (made-up snippets, written before the fix). A name whose apposition is
a body's description ("Harlan Pierce, the retailer,") is a firm's only when the head is a word no person's job is
(retailer, lender, carmaker, bank) and nothing marks a person: no title before the name, no modifier of a person's
("former", "veteran"), no gendered pronoun referring back, no surname speaking alone. An ordinary job ("a coal
miner", "a film producer", "the developer") keeps the person. A family word and a lone word set off in commas ("his
son, Akhuvo,") name a family member unless the word is a known town, a word the article writes as a firm's or a
place's, the first of a list, or a business partner's ("their partner, Westpac,")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, Registry())}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    # a person described by an ordinary job
    (_EK + "Jan Dale, a coal miner, said the pit was unsafe.", {"Jan Dale"}, set()),
    (_EK + "Jan Dale, a coal miner, said the pit was unsafe. Dale said he had warned the owners.", {"Jan Dale"},
     set()),
    (_EK + "Owen Price, a former miner, said the town was dying.", {"Owen Price"}, set()),
    (_EK + "Sara Holt, a film producer, said the shoot would move.", {"Sara Holt"}, set()),
    (_EK + "Mr Ben Ortiz, a cattle producer, said prices fell.", {"Ben Ortiz"}, set()),
    (_EK + "Tom Reid, a software developer, said the app was late.", {"Tom Reid"}, set()),
    (_EK + "Rui Costa, a property developer, was charged with fraud.", {"Rui Costa"}, set()),
    (_EK + "Nathan Kerr, the developer, said the site was ready. \"We are ready,\" Kerr said.", {"Nathan Kerr"},
     set()),
    (_EK + "Amy Cole, a veteran broadcaster, said she would retire.", {"Amy Cole"}, set()),
    (_EK + "Bill Ames, the publisher, said the paper would close.", {"Bill Ames"}, set()),
    (_EK + "Lia Grant, a former retailer, said the high street was dying.", {"Lia Grant"}, set()),
    (_EK + "Dr Lia Grant, the retailer, said sales fell.", {"Lia Grant"}, set()),
    (_EK + "Lia Grant, the retailer, said she would close four stores.", {"Lia Grant"}, set()),
    # near misses: a word no person's job is, nothing marking a person
    (_EK + "Harlan Pierce, the retailer, said sales fell. Harlan Pierce will close four stores.", {"Tomas Ek"},
     {"Harlan Pierce"}),
    (_EK + "Kofi Mensah, the carmaker, said output fell.", {"Tomas Ek"}, {"Kofi Mensah"}),
    (_EK + "Henrik Lund, a local carrier, said flights would resume.", {"Tomas Ek"}, {"Henrik Lund"}),
])
def test_job_apposition(body, present, absent):
    names = _people(body)
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "present", "absent"), [
    (_EK + "Rita Moss said her son, Townsville, had moved north.", {"Rita Moss"}, {"Townsville"}),
    (_EK + "Tom Hale said his son, Brisbane, was named after the city.", {"Tom Hale"}, {"Brisbane"}),
    (_EK + "Lena Voss said their partner, Westpac, had pulled out of the deal.", {"Lena Voss"}, {"Westpac"}),
    (_EK + "Don Hill said his sons, Telstra, Optus and Vodafone, were rivals.", {"Don Hill"},
     {"Telstra", "Optus", "Vodafone"}),
    (_EK + "Kim Roe said her son, Kestrova, had moved. Kestrova shares fell at the open.", {"Kim Roe"},
     {"Kestrova"}),
    (_EK + "Kim Roe said her son, Varnhill, had moved north. He grew up in Varnhill.", {"Kim Roe"}, {"Varnhill"}),
    # near misses: a family member with a name no list holds
    (_EK + "Kezhato Rhusa said her son, Akhuvo, returned from a call centre job.", {"Kezhato Rhusa", "Akhuvo"},
     set()),
    (_EK + "Kezhato Rhusa said her partner, Akhuvo, had died. He was 40.", {"Kezhato Rhusa", "Akhuvo"}, set()),
])
def test_kin_lone_word(body, present, absent):
    names = _people(body)
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "present"), [
    (_EK + "Former coach Des Hanlon was named manager on Friday.", {"Des Hanlon"}),
    (_EK + "Des Hanlon coached the side for a decade.", {"Des Hanlon"}),
])
def test_des_with_evidence(body, present):
    assert present <= _people(body)


@pytest.mark.parametrize("body", [
    # near misses: the place
    _EK + "Mayor Ana Roe of Des Moines said the river rose. Des Moines retired its old bonds in 2019.",
    _EK + "The Des Moines council met on Monday.",
])
def test_des_place_stays_a_place(body):
    assert not {"Des Moines", "Moines"} & _people(body)
