"""People step (made-up snippets, written before the fix). 1: administrative areas' last words
(`not_people.ADMINISTRATIVE_TAILS`: Prefecture, County, Province, District, Region, Oblast, Governorate) close a
place's name. 2: trade words closing a firm's name (`not_people.FIRM_NAME_TAILS`: Transport, Logistics, Foods; the
pairs `FIRM_NAME_TAIL_PAIRS`: Cold Chain, Supply Chain). 3: an institution's English word written before a royal's
title and the namesake ("the Stadium Sultan X IV") is the venue's head. 4: a two-word name right after a verb of
climbing (`not_people.SUMMIT_VERBS`) is the peak."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "expected"), [
    # fixes
    ("The divers work in Kaseda, Tano Prefecture, on the coast.", set()),
    ("Tano Prefecture said the catch had fallen.", set()),
    ("Officials in Marvel Oblast said two people died.", set()),
    ("Residents of Kola District were moved to schools.", set()),
    ("Floods hit Aswa Governorate and Luma Province on Friday.", set()),
    ("The Ministry of Roads and Land Transport said on Friday the bridge was shut.", set()),
    ("Kestrel Cold Chain and Dunmore Logistics signed a deal on Monday.", set()),
    ("Harlan Foods said sales rose.", set()),
    ("Omar Al Qadi, chairman of Al Qadi Cold Chain, said the hub was ready.", {"Omar Al Qadi"}),
    ("The Stadium Sultan Ibrahim IV in Kota Lama opened as a relief centre.", set()),
    ("I climbed Ama Tolam in 2012, and it was cold.", set()),
    ("The team summited Mera Kolam on Monday.", set()),
    # near misses that must not change
    ("Floods hit County Durham on Monday.", set()),
    ("Sarah County said the plan was fine.", set()),
    ("Prefect Ana Ruiz said the roads were shut.", {"Ana Ruiz"}),
    ("Ama Owusu said she was happy.", {"Ama Owusu"}),
    ("She climbed Ama Tolam. Later Ama Owusu said hello.", {"Ama Owusu"}),
    ("Tenzing climbed with Ama Roe, who said it was cold.", {"Ama Roe"}),
    ("Prices climbed, Ana Roe said.", {"Ana Roe"}),
    ("Sherpa Ama Roe climbed Everest and said so.", {"Ama Roe"}),
    ("Henry IV was crowned in 1399.", {"Henry IV"}),
    ("Sultan Ibrahim IV opened the stadium.", {"Ibrahim IV"}),
    ("Fans left the Stadium. Sultan Ibrahim said it was sad.", {"Ibrahim"}),
    ("Hospital director Ana Roe said so.", {"Ana Roe"}),
    ("Jane Logistics said it was fine.", set()),
    ("Ernst Chain won the prize.", {"Ernst Chain"}),
    ("Ana Chain said she was happy.", {"Ana Chain"}),
])
def test_tails_venues_and_peaks(body: str, expected: set[str]) -> None:
    assert _people(body) == expected
