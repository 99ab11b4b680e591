"""pagesR36 review fixes: an academic head ("University of") only on a banner line of its own on an academic host;
a service tail only after a wire's word (news, press, wire, radio); the agency's mixed-case name only written the
page's way (every word capitalised, no capital word before it, its "The" kept); a lower-case wordmark named only in
forms a plain word cannot take; "your" is the site's voice; a headline-mail plug closing on a clause about the
outlet ("which reports ...", "posted to your inbox") is still the plug; a romanised given name's syllables close
as a given name's do. Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate, text_article
from loaders.extract.article import extract_article
from loaders.extract.outlets import Outlet, name_spelling_domain, page_spelled
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("text", "domain", "name"), [
    # hits: the academic banner alone on its line, on an academic host
    ("University of Kestrel News\nCampuses\nFishpond deal signed", "kestrel.edu.example", "University of Kestrel News"),
    ("College of Kestrel Radio\nFares rise", "kestrelradio.ac.example", "College of Kestrel Radio"),
    # near misses: a story's line opening on it, a section banner running on, a newspaper's host
    ("Fares rise\nUniversity of Kestrel researchers found the engines were forty years old.", "kestrel.example",
     "Kestrel"),
    ("Fares rise\nThe University of Kestrel said its ferry research would continue.", "kestrel.example", "Kestrel"),
    ("University of Kestrel Athletics\nFares rise\n© 2026 The Kestrel", "kestrel.example", "Kestrel"),
    ("University of Kestrel News\nFares rise", "kestrelnews.example", "Kestrel News"),
    ("Fares rise\nUniversity of Kestrel News staff said so.", "kestrelnews.edu.example", "Kestrel News"),
])
def test_academic_head_only_on_its_banner(text, domain, name):
    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("text", "domain", "name"), [
    # hits: a wire's word before the service word
    ("Kestrel News Service\nFares rise", "kestrelnews.example", "Kestrel News Service"),
    ("Kestrel Wire Services\nFares rise", "kestrelwire.example", "Kestrel Wire Services"),
    ("Kestrel Radio Service\nFares rise", "kestrelradio.example", "Kestrel Radio Service"),
    # near misses: a newspaper's word before it is the paper's name and another body's service
    ("A launch from the Kestrel Pilot Service guided the new ferry.", "kestrelpilot.example", "Kestrel Pilot"),
    ("Kestrel Post Service vans will carry the new timetables.", "kestrelpost.example", "Kestrel Post"),
    ("Kestrel Mail Service\nFares rise", "kestrelmail.example", "Kestrel Mail"),
])
def test_service_tail_only_after_a_wire_word(text, domain, name):
    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


_PRESS_FOOT = "\nCopyright (C) 2026 KESTREL PRESS LTD. All rights reserved."


@pytest.mark.parametrize(("name", "text", "spelled"), [
    # hits: the agency's name twice, every word capitalised; "The" kept where the page's name has it
    ("KESTREL PRESS", "RIVERTON, May 2 (Kestrel Press)--Talks resumed.\nShe told Kestrel Press so." + _PRESS_FOOT,
     "Kestrel Press"),
    ("THE KESTREL TIMES", "She told the Kestrel Times so.\nHe told the Kestrel Times too.\n© 2026 THE KESTREL TIMES",
     "The Kestrel Times"),
    # near misses: lower-case words; another paper's longer name; once only
    ("RIVERTON NEWS", "Riverton news crews were there.\nMost Riverton news outlets agreed.\n© 2026 RIVERTON NEWS",
     "RIVERTON NEWS"),
    ("KESTREL PRESS", "Kestrel press officers met.\nKestrel press staff agreed." + _PRESS_FOOT, "KESTREL PRESS"),
    ("THE KESTREL TIMES", "The rival New Kestrel Times said so.\nIt quoted the New Kestrel Times again.\n"
     "© 2026 THE KESTREL TIMES", "THE KESTREL TIMES"),
    ("THE KESTREL TIMES", "She told the Kestrel Times so.\n© 2026 THE KESTREL TIMES", "THE KESTREL TIMES"),
])
def test_agency_mixed_case_only_as_the_pages_name(name, text, spelled):
    assert page_spelled(Outlet(name=name), text).name == spelled


_STORY = ("The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
          "and the price of new engines.\n\n"
          "Board members said the increase was the first in six years and would be reviewed in the spring.\n\n"
          "Commuters' groups said they would ask the board to keep a cheaper ticket for students.\n")
_HEADED = "Ferry fares rise by ten percent\n24 September 2026\nBy Jo Marren\n"


def _outlet(raw: str, url: str) -> str | None:
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry()).outlet_name


@pytest.mark.parametrize(("label", "tail", "outlet"), [
    # hits: the page names itself in forms a plain word does not take
    ("harbourly", "Tamsin Orrell told harbourly the fares would rise.\n", "harbourly"),
    ("harbourly", "Read harbourly's newsletter every week.\n", "harbourly"),
    # near misses: a plain word as reporter, maker, after "for", possessive after "the"
    ("market", "After the market reported a loss, fares rose.\n", "market.example"),
    ("market", "A market survey in May found the engines were old.\n", "market.example"),
    ("tide", "The tide review ordered by the board found the engines old.\n", "tide.example"),
    ("harbour", "Aldgate worked nights for harbour pilots.\n", "harbour.example"),
    ("harbour", "The harbour analysis found the engines old.\n", "harbour.example"),
    ("market", "The market's fall slowed the sale of the boats.\n", "market.example"),
])
def test_wordmark_not_a_plain_word(label, tail, outlet):
    assert _outlet(f"{label}\n{_HEADED}{_STORY}{tail}", f"https://{label}.example/a/1") == outlet


@pytest.mark.parametrize(("line", "kind"), [
    # hits: the reader addressed as "your"; the plug describing its outlet
    ("Independent journalism needs your support: Donate.", "appeal"),
    ("Sign up to receive daily headline news from the Riverton Ledger, which reports on the quay every day.",
     "newsletter"),
    ("Sign up to receive daily headline news from the Riverton Ledger, which continues to cover the quay.",
     "newsletter"),
    ("Sign up to receive daily headline news from the Riverton Ledger, posted to your inbox every morning.",
     "newsletter"),
    # near misses: no work of the site's named; a reported notice, the verb after its speaker or before it
    ("Your gift to the harbour fund counts: Donate.", None),
    ("The sign on your left reads: Donate.", None),
    ("Sign up to receive daily news from the Harbour Board by text, the notice on the quay urges riders.", None),
    ("Sign up to receive daily news from the Harbour Board by text, urges the notice on the quay.", None),
    ("Sign up to receive daily headlines from the Coastguard, a poster that the terminal posted reminds riders.",
     None),
])
def test_your_voice_and_plug_describing_its_outlet(line, kind):
    assert boilerplate.classify_line(line) == kind


@pytest.mark.parametrize(("tokens", "shaped"), [
    # hits: a family name the table lacks but a syllable's shape; listed ones as before
    (["Shim", "Eun-kyung"], True),
    (["Na", "Hye-jin"], True),
    (["Rhee", "Soo-min"], True),
    (["Yook", "Ji-hoon"], True),
    (["Park", "Min-woo"], True),
    # near misses: compounds whose syllables close as no given name's do, or a family name of no syllable's shape
    (["Sun", "Set-up"], False),
    (["Kim", "Sit-in"], False),
    (["Ten", "Set-up"], False),
    (["Bus", "Drop-off"], False),
    (["Crest", "Ba-ke"], False),
    (["Tram", "Co-op"], False),
])
def test_family_first_syllable_shape(tokens, shaped):
    assert text_article._family_first_romanised(tokens) is shaped
