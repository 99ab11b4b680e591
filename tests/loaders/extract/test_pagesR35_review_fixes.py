"""pagesR35 review fixes: a button closing a sentence about the outlet's own work needs the outlet's voice
("Support our journalism: Donate."); a headline-mail line reporting someone's notice is the story's; a release's
blurb under its contact line only when nothing of the story follows; a lower-case wordmark also named as the
writer's employer, as a reporter or an investigation's maker; a romanised family-first name only with a known
family name; "(" and ":" open no sentence. Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate, text_article
from loaders.extract.article import extract_article
from loaders.extract.boilerplate import scan_lines
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "kind"), [
    # hits
    ("Kestrel Ledger is a nonprofit newsroom. Support our journalism: Donate.", "appeal"),
    ("We are an independent newsroom: Donate now.", "appeal"),
    ("Sign up to receive daily headline news from the Kestrel Ledger, a division of Harbor Media Inc.", "newsletter"),
    # near misses: another newsroom's sign, a quoted-without-marks line of a story, a reported notice
    ("Staff at the shuttered Marrow Gazette newsroom left one sign in the window: Donate.", None),
    ("The student newsroom at Tarnby College ran one line in its last issue: Support our journalism: Donate.", None),
    ("Sign up to receive daily news from the Harbour Board by text, the notice on the quay urges riders.", None),
    ("Sign up to receive daily headlines from the Coastguard, a poster at the terminal reminds riders.", None),
    ("Sign up to receive daily news from the Ferry Office, the leaflet asks passengers.", None),
])
def test_button_and_headline_mail(line, kind):
    assert boilerplate.classify_line(line) == kind


_BODY = ["Marrowbrook College and the county water board signed a five-year agreement on Tuesday to restore the",
         "old fishpond on the east shore, with students monitoring water quality each month of the year.", "",
         "The first survey of the pond will take place in the spring, the college said in its announcement.", ""]
_MORE_NEWS = ["", "The board will vote on the second phase of the work in March, after a public hearing on the plans "
              "for the north shore and the boat ramp."]


@pytest.mark.parametrize(("tail", "label"), [
    # hits: the blurb, then only the page's furniture or its end
    (["Media contact: Tam Orrell, tam@marrowbrook.example",
      "The Kestrel Water Board is a public agency serving 40,000 homes."], "related"),
    # near misses: the story goes on under it; a person's name opens it
    (["For more information, contact Lena Marsh at the board office.",
      "The Riverton Ferry Company is one of the few operators still running steam boats on the lake."]
     + _MORE_NEWS, None),
    (["Press contact: Tam Orrell, tam@marrowbrook.example",
      "Corwin Aldgate is the board's longest-serving member and will step down in June."] + _MORE_NEWS, None),
    (["Press contact: Tam Orrell, tam@marrowbrook.example",
      "Maria Aldgate is the board's longest-serving member and will step down in June."], None),
])
def test_blurb_under_contact_only_at_the_end(tail, label):
    lines = _BODY + tail + ["© 2026 Marrowbrook College"]
    assert scan_lines(lines)[len(_BODY) + 1] == label


_STORY = ("The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
          "and the price of new engines.\n\n"
          "Board members said the increase was the first in six years and would be reviewed in the spring.\n\n"
          "Commuters' groups said they would ask the board to keep a cheaper ticket for students.\n")
_HEADED = "Ferry fares rise by ten percent\n24 September 2026\nBy Jo Marren\n"


def _outlet(raw: str, url: str) -> str | None:
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry()).outlet_name


@pytest.mark.parametrize(("tail", "outlet"), [
    # as the writer's employer, a reporter, an investigation's maker: forms a plain word takes too ("the market
    # reported", "A market survey"), so since pagesR36 they name nothing (the domain stays)
    ("Tamsin Orrell covers transport for harbourly.\n", "harbourly.example"),
    ("harbourly reported last month that fares would rise.\n", "harbourly.example"),
    ("A harbourly investigation in May found the engines were old.\n", "harbourly.example"),
    # near misses: the word as a plain word after "for", before a verb that names nothing, a plain adjective
    ("The boats were bound for harbourly waters.\n", "harbourly.example"),
    ("harbourly winds reported by sailors slowed the boats.\n", "harbourly.example"),
    ("A harbourly breeze in May slowed the boats.\n", "harbourly.example"),
])
def test_wordmark_named_as_employer_reporter_or_maker(tail, outlet):
    assert _outlet(f"harbourly\n{_HEADED}{_STORY}{tail}", "https://harbourly.example/a/1") == outlet


@pytest.mark.parametrize(("tail", "outlet"), [
    # near misses to the sentence start: a bracket and a colon give no capital (the lettering is the page's)
    ("Fares rose last year too (Kestrel.example) and in 2024.\n", "Kestrel.example"),
    ("Source: Kestrel.example\n", "Kestrel.example"),
    # hits: a sentence's start does
    ("Maps are on kestrel.example.\nKestrel.example is free.\n", "kestrel.example"),
    ("Fares rose. Kestrel.example has maps.\nMaps are on kestrel.example.\n", "kestrel.example"),
])
def test_bracket_and_colon_open_no_sentence(tail, outlet):
    assert _outlet(f"Politics\n{_HEADED}{_STORY}{tail}", "https://kestrel.example/a/1") == outlet


@pytest.mark.parametrize(("tokens", "shaped"), [
    (["Yoon", "Seo-jin"], True),
    (["Park", "Min-woo"], True),
    # near misses: hyphenated compounds after a word that is no known family name, or no romanised syllables
    (["Bus", "Drop-off"], False),
    (["Hong", "Kong-based"], False),
    (["Park", "Lane-side"], False),
    (["Tram", "Co-op"], False),
])
def test_family_first_needs_known_family_name(tokens, shaped):
    assert text_article._family_first_romanised(tokens) is shaped
