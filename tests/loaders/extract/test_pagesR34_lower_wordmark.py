"""pagesR34: an unregistered outlet whose page opens on its own lower-case wordmark, the site's label ("kestrelwire"
on kestrelwire.example), and writes it so again below goes by that lettering, not by its address. Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
         "and the price of new engines.\n\n"
         "Board members said the increase was the first in six years and would be reviewed in the spring.\n\n"
         "Commuters' groups said they would ask the board to keep a cheaper ticket for students.\n")


def _outlet(top: str, tail: str, url: str) -> str | None:
    raw = f"{top}\nPolitics\nSociety\nFerry fares rise by ten percent\n24 September 2026\n{_BODY}{tail}"
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry()).outlet_name


@pytest.mark.parametrize(("top", "tail", "url", "outlet"), [
    # hits: the wordmark first, the site's label, written again in lower case below
    ("kestrelwire", "© 2026 kestrelwire\n", "https://kestrelwire.example/en/ferry-fares", "kestrelwire"),
    ("kestrelwire", "Subscribe to kestrelwire's weekly newsletter\n", "https://www.kestrelwire.example/a/1",
     "kestrelwire"),
    ("harbourly", "A board member told harbourly the fares were fair.\n", "https://harbourly.example/b/2", "harbourly"),
])
def test_lower_case_wordmark_over_the_page_names_the_outlet(top, tail, url, outlet):
    assert _outlet(top, tail, url) == outlet


@pytest.mark.parametrize(("top", "tail", "url", "wrong"), [
    # near misses: written once only; again only as the address; again only capitalised; a section's host;
    # a word that is not the site's label; the wordmark not the first line
    ("kestrelwire", "", "https://kestrelwire.example/en/ferry-fares", "kestrelwire"),
    ("kestrelwire", "Read more at kestrelwire.example\n", "https://kestrelwire.example/a/1", "kestrelwire"),
    ("kestrelwire", "© 2026 Kestrelwire\n", "https://kestrelwire.example/a/1", "kestrelwire"),
    ("news", "More news from the board\n", "https://news.kestrelwire.example/a/1", "news"),
    ("ferries", "Timetables for ferries\n", "https://kestrelwire.example/a/1", "ferries"),
    ("Home\nkestrelwire", "© 2026 kestrelwire\n", "https://kestrelwire.example/a/1", "kestrelwire"),
])
def test_lower_case_word_without_the_pages_vouching_is_no_wordmark(top, tail, url, wrong):
    assert _outlet(top, tail, url) != wrong


@pytest.mark.parametrize(("tail", "outlet"), [
    # hits: the text letters the address as a name, in mixed case
    ("A board member told Kestrel.example the fares were fair.\n", "Kestrel.example"),
    ("KESTREL.example asked the board for its figures.\n", "KESTREL.example"),
    # near misses: only the lower-case address, capitals alone, a link, an e-mail address, a longer host
    ("Sign up for the kestrel.example newsletter\n", "kestrel.example"),
    ("Fares were first reported by KESTREL.EXAMPLE on Monday.\n", "kestrel.example"),
    ("Read more at www.Kestrel.example/fares\n", "kestrel.example"),
    ("Write to desk@Kestrel.example with tips.\n", "kestrel.example"),
    ("Timetables are on Kestrel.example.org now.\n", "kestrel.example"),
])
def test_the_texts_lettering_of_the_address_names_the_outlet(tail, outlet):
    assert _outlet("Politics", tail, "https://kestrel.example/a/1") == outlet


def _outlet_of(raw: str, url: str) -> str | None:
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry()).outlet_name


_HEADED = "Ferry fares rise by ten percent\n24 September 2026\nBy Jo Marren\n"


@pytest.mark.parametrize(("top", "tail", "url", "outlet"), [
    # review fix: the word again only as a plain word or a menu item names nothing (the address stays) ...
    ("home", "Some commuters said they would drive home instead.\n", "https://home.example/a/1", "home.example"),
    ("home", "home | about | contact\n", "https://home.example/a/1", "home.example"),
    ("sport", "sport | weather | news\n", "https://sport.example/a/1", "sport.example"),
    ("harbourly", "Boats rocked in the harbourly swell.\n", "https://harbourly.example/a/1", "harbourly.example"),
    # ... while its naming uses still letter the outlet
    ("harbourly", "Readers wrote to harbourly about the fares.\n", "https://harbourly.example/a/1", "harbourly"),
    ("harbourly", "Read harbourly's guide to the new fares.\n", "https://harbourly.example/a/1", "harbourly"),
])
def test_wordmark_needs_the_page_naming_itself(top, tail, url, outlet):
    assert _outlet_of(f"{top}\n{_HEADED}{_BODY}{tail}", url) == outlet


@pytest.mark.parametrize(("tail", "outlet"), [
    # review fix: a capital the sentence or a title-case headline gives letters nothing (near misses) ...
    ("Sign up at kestrel.example. Fares on kestrel.example. Maps on kestrel.example.\nKestrel.example is free.\n",
     "kestrel.example"),
    ("Why Kestrel.example Is Tracking Ferry Fares\n", "kestrel.example"),
    ("Kestrel.example is free.\nMaps are on kestrel.example.\n", "kestrel.example"),
    # ... a capital inside the sentence does, over the lower-case address as a link
    ("A rider told Kestrel.example the fares were fair.\nMaps are on kestrel.example.\n", "Kestrel.example"),
    ("Why the Fares Rose\nRiders wrote to Kestrel.example about it.\n", "Kestrel.example"),
])
def test_domain_lettering_counts_every_writing(tail, outlet):
    assert _outlet("Politics", tail, "https://kestrel.example/a/1") == outlet
