"""pagesL: a short lead-in closing the body on a colon ("For stall applications:") whose contact block under it
(a name over an e-mail address) left the body as furniture introduces nothing the article keeps: it leaves too.
Near misses: a colon line with its list, quote or paragraph still under it, a colon inside the last sentence, a
long sentence ending on a colon, a contact block with no lead-in."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

HEAD = "Riverton Gazette\nNews\nHarbour festival returns after two years\nBy Jo Roe\nMarch 4, 2026\n"
BODY = ("The harbour festival returns to the quay next month after a two-year break.\n"
        "Organisers expect more than 40,000 visitors over three nights.\n")

PAGES = [
    # the lead-in leaves with its contact block
    ("stall_contact", HEAD + BODY + "Stallholders can apply until the end of July.\nFor stall applications:\n"
     "Maria Costa\nmaria.costa@harbourfest.example", "Stallholders can apply until the end of July."),
    ("booking_contact", HEAD + BODY + "Places on the boat tours are limited.\nTo book a place:\nAnna Berg\n"
     "anna.berg@harbourfest.example", "Places on the boat tours are limited."),
    ("questions_contact", HEAD + BODY + "Residents near the quay will get parking permits.\n"
     "Questions about the permits:\nTom Hale\ntom.hale@riverton-council.example",
     "Residents near the quay will get parking permits."),
    # near misses: what the colon introduces is still there
    ("list_under_colon", HEAD + BODY + "The council listed three changes:\nBins will be emptied every week.\n"
     "Parking on the quay will be banned after 6pm.", "Parking on the quay will be banned after 6pm."),
    ("quote_under_colon", HEAD + BODY + "The mayor said:\n\"We have waited two years for this and the town is "
     "ready to welcome everyone back.\"", "ready to welcome everyone back.\""),
    ("paragraph_under_colon", HEAD + BODY + "Here is how it will work:\nVisitors will buy a wristband at the "
     "gate and can come and go all weekend.", "can come and go all weekend."),
    ("colon_inside_last", HEAD + BODY + "Note: the festival runs until Sunday night.",
     "Note: the festival runs until Sunday night."),
    ("time_colon_last", HEAD + BODY + "The fireworks start at 10:30 on Saturday.",
     "The fireworks start at 10:30 on Saturday."),
    ("contact_no_lead", HEAD + BODY + "Stallholders can apply until the end of July.\nMaria Costa\n"
     "maria.costa@harbourfest.example", "Stallholders can apply until the end of July."),
    ("items_to_bring", HEAD + BODY + "What visitors should bring:\nA valid ticket printed or on a phone.\n"
     "Warm clothes for the evening concerts.", "Warm clothes for the evening concerts."),
    ("colon_then_two_paras", HEAD + BODY + "She added:\nThe town has changed a lot since the last festival.\n"
     "Many of the old stalls have closed.", "Many of the old stalls have closed."),
    ("colon_mid_then_end", HEAD + "The council listed two changes:\nBins will be emptied every week.\n"
     "Parking on the quay will be banned.\nThe festival opens on Friday evening.",
     "The festival opens on Friday evening."),
    ("ratio_last", HEAD + BODY + "The home side won the final match 3:1 on Sunday.",
     "The home side won the final match 3:1 on Sunday."),
    ("question_last", HEAD + BODY + "Will the weather hold? Forecasters say it should.",
     "Forecasters say it should."),
    ("label_sentence_last", HEAD + BODY + "Update: the Saturday concert has moved to the park.",
     "Update: the Saturday concert has moved to the park."),
    ("long_sentence_colon_list", HEAD + BODY + "The organisers said in a statement on Monday that the "
     "following roads would close:\nQuay Street from 6pm on Friday.\nHarbour Road all weekend.",
     "Harbour Road all weekend."),
]


@pytest.mark.parametrize("name, text, last", PAGES, ids=[row[0] for row in PAGES])
def test_orphan_lead(name, text, last):
    article = extract_article(SourceDocument("x", "txt", text), Registry())
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    assert paragraphs and paragraphs[-1].endswith(last), paragraphs[-1:]
