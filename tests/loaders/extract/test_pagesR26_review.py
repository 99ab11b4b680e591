"""Review fixes of pagesR25 (made-up text only): a headline over the date line keeps its place when a sub-headline
stands under the date line; a closing writer's note is the page's own (its outlet named by the page, or the opinion
pages' own phrases), names a person, and says nothing of the story; a former job at an outlet with a "who" clause
after it is news. Expected outputs written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())
HEAD = "Flood closes Brackwater mill road for a week"
DATE = "Published 2 April 2024"
DEK = "Owners say the county must pay to clear the culverts under the lane"
P1 = ("The road past the old mill at Brackwater was closed on Monday after the river burst its banks overnight and "
      "left mud across both lanes.")
P2 = "Highway crews said the surface would need to dry out before they could check the culverts under the road."
P3 = "Drivers heading for the ring road have been sent through Lowfield village instead, the county council said."
SITE = "Lowfield Star"


def _article(text: str):
    return extract_article(SourceDocument("page.txt", "txt", text, {}), REGISTRY)


@pytest.mark.parametrize("top, title", [
    # a headline over the date line, a sub-headline under it: the headline stays the title
    ("Who pays? Mill owners and county split over Brackwater road repairs", None),
    ("Open at last! Brackwater mill road reopens after week-long flood closure", None),
    ("The report is damning for the Brackwater mill owners", None),
    ("This story was first published in the Lowfield Star.", DEK),
    # near misses (review of pagesR26, as the main line reads them): a headline opening "This story/report/page",
    # a two-sentence headline ending on "?", a question kicker: the top line stays the title, no dek promoted
    ("What happens to the mill now? Our reporter went to find out.", None),
    ("This story is not over: millers vow to fight Brackwater road closure", None),
    ("This report will change how Brackwater thinks about its mill", None),
    ("This page was the valley's noticeboard for fifty years", None),
    ("Who pays? And who decides when the Brackwater mill road will reopen?", None),
    ("Open at last! But for how long will the Brackwater mill road stay open?", None),
    ("'Who will help us?' Brackwater millers ask as road stays shut?", None),
])
def test_headline_over_date_with_dek_under_it(top, title):
    article = _article("\n\n".join([top, DATE, DEK, P1, P2, P3]) + "\n")
    assert article.title == (title or top)


@pytest.mark.parametrize("note, dropped", [
    # the page's own writer's note: the opinion pages' own phrases, or the outlet the page names in its furniture
    ("Lena Voss is a member of the Board of Contributors.", True),
    (f"Lena Voss is a contributing writer to the {SITE}.", True),
    ("Piet Maas is the editor of the editorial page.", True),
    (f"Ruth Hale is a columnist for the {SITE}.", True),
    # near misses: a story person with a clause about the story, a board that backed something, an organisation,
    # an outlet the page never names
    ("Ada Pike, the walker who filmed the flood, is a columnist for the Angling Times.", False),
    ("Karl Brun, who was cut off at the mill, is a contributing writer for a rowing magazine.", False),
    ("Tess Ward is a member of the Brackwater Echo's editorial board, which backed the new weir last year.", False),
    ("The Brackwater Trust is a member of the editorial board of the county almanac.", False),
    ("Brackwater Mill Trust is a contributing writer for the county almanac.", False),
    ("Ines Kahl is a contributing writer to the Angling Times.", False),
    ("Ines Kahl is a member of the Angling Times editorial board.", False),
    # near misses (review of pagesR26): an outlet only tied to the page by a word of its headline or date line,
    # an apposition naming a place, an editorial board of any kind, a former job
    ("Ada Pike is a columnist for the Angling Times in Brackwater.", False),
    ("Ada Pike is a columnist for the Angling Times since April.", False),
    ("Ada Pike, a Brackwater miller, is a columnist for the Angling Times.", False),
    ("Lena Voss is a member of the editorial board.", False),
    (f"Lena Voss is a member of the {SITE}'s editorial board.", False),
    ("Karl Brun is a member of the school magazine's editorial board.", False),
    ("Councillor Karl Brun is a member of the heritage society's editorial board.", False),
    ("Karl Brun, the mill company's spokesman, is a former editor of the editorial page.", False),
    (f"Ruth Hale is a former columnist for the {SITE}.", False),
])
def test_writer_note_is_the_pages_own(note, dropped):
    text = "\n\n".join([HEAD, DATE, P1, P2, P3, note, f"© 2024 {SITE}. All rights reserved."]) + "\n"
    paragraphs = _article(text).body.split("\n\n")
    assert (note not in paragraphs) == dropped


@pytest.mark.parametrize("note, dropped", [
    ("Jan van Dijk is a reporter for the Lowfield Star.", True),
    # near misses: a former job with what the person does now
    ("Jan van Dijk is a former reporter for the Lowfield Star who now runs the mill owners' group.", False),
    ("Eva de Wit is a former editor of the Lowfield Star who now chairs the flood panel.", False),
])
def test_former_job_with_who_clause_is_news(note, dropped):
    paragraphs = _article("\n\n".join([HEAD, DATE, P1, P2, P3, note]) + "\n").body.split("\n\n")
    assert (note not in paragraphs) == dropped


@pytest.mark.parametrize("name, matches", [
    ("Ｊｏ Ｒｏｅ", True), ("Ⲁⲃⲃⲁ Ⲣⲟⲉ", True), ("Ⰰⰱⰲ Roe", True), ("Ольга Петрова", True),
    # near misses: lower case first in any alphabet
    ("ｊｏ ｒｏｅ", False), ("ⲁⲃⲃⲁ Roe", False), ("ольга Петрова", False),
])
def test_note_name_capitals_past_u2000(name, matches):
    import re

    from loaders.extract.data.author_bios import NOTE_NAME

    assert bool(re.fullmatch(NOTE_NAME, name)) == matches


@pytest.mark.parametrize("top", [
    # near misses: a headline over the date line naming a commentary or an essay stays the title
    "Commentary on flood defences first published by the county",
    "Essay prize for Brackwater pupils who wrote about the flood",
])
def test_headline_naming_a_commentary_over_the_date_line(top):
    article = _article("\n\n".join([top, DATE, HEAD, P1, P2, P3]) + "\n")
    assert article.title == top


@pytest.mark.parametrize("note, dropped", [
    (f"Ruth Hale is a columnist for the {SITE}.", True),
    ("Ruth Hale is a member of the Board of Contributors.", True),
    # near misses: the writer is the story's person, named in the body before the note
    ("Ines Kahl is the editor of the editorial page.", False),
    ("Ines Kahl is a member of the Board of Contributors.", False),
])
def test_writer_note_names_nobody_of_the_story(note, dropped):
    p2 = "Ines Kahl, who farms by the mill, said the lane had flooded twice this year."
    text = "\n\n".join([HEAD, DATE, P1, p2, P3, note, f"© 2024 {SITE}. All rights reserved."]) + "\n"
    paragraphs = _article(text).body.split("\n\n")
    assert (note not in paragraphs) == dropped
