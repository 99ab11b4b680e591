"""A country's possessive description of its office holder ("Norland's foreign minister told reporters … Foreign
Minister Ana Roe added", "Norland's top diplomat said") is the one person whose title it fits, written before the
holder's name in the sentence right before it or anywhere after it. Near misses: a description before a name of its
own, one whose office goes on ("ambassador to"), another country's title, a rank word the description lacks, two
holders that fit, an owner that is no country, a holder named only much later, or inside a quotation."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str, name: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {m.surface for person in extract_people(article, Registry()) if person.name == name
            for m in person.mentions if m.kind == "description"}


@pytest.mark.parametrize(("body", "name", "description"), [
    ("Norway's foreign minister told reporters the talks went well. Foreign Minister Telma Ruvosen added that the "
     "border would open.", "Telma Ruvosen", "Norway's foreign minister"),
    ("Estonia's top diplomat told reporters the ferries would run.\nForeign Minister Kaspar Milvek added that "
     "costs would be shared.", "Kaspar Milvek", "Estonia's top diplomat"),
    # (a holder named before the description is one the article places in its country: R33, after the R32 review,
    # "a missing holder beats a wrong one")
    ("Romanian Minister of Transport Oana Bradeanu opened the bridge on Monday. Later, Romania's transport minister "
     "said tolls would fall.", "Oana Bradeanu", "Romania's transport minister"),
    ("Norwegian Deputy Foreign Minister Dorel Anvik met the delegation. Norway's deputy foreign minister said the "
     "file was closed.", "Dorel Anvik", "Norway's deputy foreign minister"),
    # a possessive title before the name and a comma is a title the person may hold; another holder's country,
    # from an apposition or "of <country>", rules that one out
    ("Sweden's foreign minister, Ilse Marnqvist, met Foreign Minister Pavo Kettunen of Finland. Sweden's top "
     "diplomat said the ferry would run.", "Ilse Marnqvist", "Sweden's top diplomat"),
    ("Finland's top diplomat, Foreign Minister Pavo Kettunen, met Sweden's foreign minister, Ilse Marnqvist. "
     "Sweden's top diplomat said the ferry would run.", "Ilse Marnqvist", "Sweden's top diplomat"),
    ("Foreign Minister Pavo Kettunen met Sweden's foreign minister, Ilse Marnqvist. Sweden's top diplomat said the "
     "ferry would run.", "Ilse Marnqvist", "Sweden's top diplomat"),
])
def test_possessive_description_joins_its_holder(body: str, name: str, description: str) -> None:
    assert description in _descriptions(body, name)


@pytest.mark.parametrize(("body", "name"), [
    # a name of its own after it: the name's title, read with it
    ("Norway's foreign minister Telma Ruvosen told reporters the talks went well.", "Telma Ruvosen"),
    # the office goes on
    ("Norway's ambassador to the United Nations, Telma Ruvosen, spoke. Norway's ambassador to Chile left.",
     "Telma Ruvosen"),
    # another country's title
    ("Danish Foreign Minister Telma Ruvosen arrived. Norway's foreign minister told reporters the talks went well.",
     "Telma Ruvosen"),
    # a rank word the description lacks
    ("Deputy Foreign Minister Dorel Anvik met the delegation. Norway's foreign minister said the file was closed.",
     "Dorel Anvik"),
    # two holders fit
    ("Foreign Minister Telma Ruvosen met Foreign Minister Kaspar Milvek. Norway's foreign minister said the talks "
     "went well.", "Telma Ruvosen"),
    # the owner is no country
    ("Harbour Minister Telma Ruvosen opened the pier. Dalby's harbour minister said it was late.", "Telma Ruvosen"),
    # "top" needs a title it stands for
    ("Transport Minister Telma Ruvosen opened the pier. Norway's top diplomat said it was late.", "Telma Ruvosen"),
    # named only two sentences after it
    ("Norway's foreign minister told reporters the talks went well. The border opens in May. Foreign Minister "
     "Telma Ruvosen added that costs would be shared.", "Telma Ruvosen"),
    # inside a quotation: the speaker's words
    ("Foreign Minister Telma Ruvosen arrived. \"Norway's foreign minister never came here,\" said trader Oska Venn.",
     "Telma Ruvosen"),
    # a country-less Foreign Minister named before it is not Sweden's (R33: he is no longer counted as a second
    # fit, so the row's Ilse Marnqvist, Sweden's foreign minister by her own title, now takes it, as she should)
    ("Foreign Minister Pavo Kettunen met Sweden's foreign minister, Ilse Marnqvist. Sweden's top diplomat said the "
     "ferry would run.", "Pavo Kettunen"),
    # the other country's holder only: "of Finland" rules him out, and no one else fits
    ("Foreign Minister Pavo Kettunen of Finland arrived. Sweden's top diplomat said the ferry would run.",
     "Pavo Kettunen"),
    # the possessive before the name is no country's
    ("Foreign Minister Pavo Kettunen met Dalby's harbour minister, Ilse Marnqvist. Sweden's top diplomat said the "
     "ferry would run.", "Ilse Marnqvist"),
])
def test_possessive_description_near_misses(body: str, name: str) -> None:
    assert not any("'s" in d for d in _descriptions(body, name))
