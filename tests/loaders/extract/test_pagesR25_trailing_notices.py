"""Review fixes of pagesR24 (made-up text only): a helpline, a call to readers and a reuse notice are furniture only
at the page's end and in their exact shapes; a writer's note is known by an exact phrase of the opinion pages, not a
single word, with names of any alphabet; the line over the date line is no headline when it is a lead paragraph, a
notice on the article or a kicker over the real headline. Expected outputs written before the run."""
from __future__ import annotations

import re

import pytest

from loaders.extract.article import extract_article
from loaders.extract.data.author_bios import NOTE_NAME
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())
HEAD = "Flood closes Brackwater mill road for a week"
DATE = "Published 2 April 2024"
P1 = ("The road past the old mill at Brackwater was closed on Monday after the river burst its banks overnight and "
      "left mud across both lanes.")
P2 = "Highway crews said the surface would need to dry out before they could check the culverts under the road."
P3 = "Drivers heading for the ring road have been sent through Lowfield village instead, the county council said."


def _article(text: str):
    return extract_article(SourceDocument("page.txt", "txt", text, {}), REGISTRY)


def _paragraphs(text: str) -> list[str]:
    return _article(text).body.split("\n\n")


@pytest.mark.parametrize("note, dropped", [
    # the writer's note in the exact phrases of the opinion pages, closing an unsigned page
    ("Lena Voss is a member of the Brackwater Echo's Board of Contributors.", True),
    ("Piet Maas is the editor of the editorial page.", True),
    ("Ruth Hale is a columnist for the Lowfield Star.", True),
    ("Łukasz Nowak is a contributing writer for the Lowfield Star.", True),
    # near misses: a news sentence that merely holds a word of the opinion pages
    ("Mill Lane Power is the largest contributor to the county's flood fund.", False),
    ("Dr Ines Kahl is a professor of opinion research at Lowfield College.", False),
    ("Karl Brun, the council's spokesman, is a former editor of the Lowfield Star.", False),
    ("Councillor Ada Pike is chair of the panel on editorial standards at the county radio station.", False),
    ("Tess Ward is the editor of the mill owners' newsletter.", False),
    ("Šárka Roe is a member of the county's flood board.", False),
    ("Emma de Vries, a retired judge, is a member of the editorial board.", False),
])
def test_writer_note_needs_an_exact_phrase(note, dropped):
    paragraphs = _paragraphs(f"{HEAD}\n\n{DATE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n")
    assert (paragraphs[-1] == P3) == dropped and (paragraphs[-1] == note) != dropped


@pytest.mark.parametrize("name, matches", [
    ("Łukasz Nowak", True), ("Šárka Roe", True), ("Emma de Vries", True), ("Órla Ní Bhé", True), ("Jo Roe", True),
    # near misses: lower case first, a particle alone at the end
    ("łukasz nowak", False), ("emma de", False), ("de Vries", False),
])
def test_note_name_takes_capitals_of_any_alphabet_and_particles(name, matches):
    assert bool(re.fullmatch(NOTE_NAME, name)) == matches


@pytest.mark.parametrize("note, outlet", [
    ("Łukasz Nowak is a reporter for the Lowfield Star.", "Lowfield Star"),
    ("Šárka Roe is a correspondent for the Brackwater Echo.", "Brackwater Echo"),
    ("Emma de Vries is a features writer at the Lowfield Star.", "Lowfield Star"),
    # near misses: no writing job, or a reported sentence about a job
    ("Łukasz Nowak is a miller for the Lowfield co-operative.", None),
    ("Emma de Vries said she was a reporter for the Lowfield Star once.", None),
])
def test_author_note_names_of_any_alphabet(note, outlet):
    from loaders.extract.outlets import find_outlet_evidence

    found = find_outlet_evidence(note, furniture=False, closing=True)
    assert (found.name if found and found.kind == "author_note" else None) == outlet


TAIL_NOTICES = [
    "If you or someone you know is struggling, call the Lowfield Listening Line free on 0800 000 111.",
    "Need help? Call the Brackwater Crisis Line on 0800 000 222.",
    "ECHO READERS: Was your home flooded? Send your pictures to news@echo.example.",
    "Content may be reproduced citing the Brackwater Echo as the source.",
]


@pytest.mark.parametrize("notice", TAIL_NOTICES)
def test_notice_under_the_body_is_furniture(notice):
    paragraphs = _paragraphs(f"{HEAD}\n\n{DATE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{notice}\n")
    assert paragraphs[-1] == P3 and notice not in paragraphs


@pytest.mark.parametrize("line", [
    # near misses: the same shapes between paragraphs of the body, reported with any verb, a witness appeal,
    # a note to readers, a rule on sharing records after a sentence of the story
    "Need help? Call 111 if the water reaches your door, the county's health board advised.",
    "Need help? Call the council on 01234 000333 if your bin was washed away, the leader urged.",
    "If you or someone you know saw the van leave the mill yard on Sunday night, call police on 101.",
    "If you or someone you know has information about the missing dog, please contact the shelter.",
    "Need help? Visit the county's road page for the diversion map, which is updated every hour.",
    "NOTE TO READERS: the mill owners asked that walkers keep away from the weir until Friday.",
    "READERS: the flood map on page 6 showed the wrong river.",
    "The county changed its rules in May. Information may be shared provided the owner agrees in writing.",
    "The mill reopened last year. Its records may be reproduced with a link to its archive.",
    "News of the closure can be shared on condition that no names are given before Friday.",
])
def test_notice_shapes_inside_the_body_stay(line):
    paragraphs = _paragraphs(f"{HEAD}\n\n{DATE}\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}\n")
    assert line in paragraphs and paragraphs[-1] == P3


@pytest.mark.parametrize("line, kind", [
    ("Brackwater Echo. Content may be reproduced citing the source.", "copyright"),
    ("Our articles may be republished with a link to the original.", "copyright"),
    # near misses: a lead-in sentence of the story, a verb of sharing, a reported notice
    ("The county changed its rules. Content may be reproduced citing the source.", None),
    ("Information may be shared provided the owner agrees.", None),
    ("Content may be reproduced citing the source, the county advised.", None),
])
def test_reuse_notice_is_the_whole_line(line, kind):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize("top, title", [
    # a title-cased long headline with a full stop over the date line stays the headline
    ("Mill Owner Makes Bold Claim About The Floods – It Is Not What The Council Wants To Hear.",
     "Mill Owner Makes Bold Claim About The Floods – It Is Not What The Council Wants To Hear."),
    # near misses: a lead paragraph's sentence, a notice on the article, a question kicker over the headline
    (P1, None),
    ("This article was updated to add a statement from the mill owners.", HEAD),
])
def test_line_over_the_date_line(top, title):
    lines = [top, DATE] if title != HEAD else [top, DATE, HEAD]
    body = [P2, P3] if top == P1 else [P1, P2, P3]
    article = _article("\n\n".join(lines + body) + "\n")
    if title == HEAD:
        assert article.title == HEAD and HEAD not in (article.removed_lines or [])
    else:
        assert article.title == title
    if top == P1:
        assert article.body.split("\n\n")[0] == P1


@pytest.mark.parametrize("top, under", [
    # near misses: under the date line a paragraph of the body or a full-stopped sentence, not a headline; over it
    # a headline, not a kicker
    ("What happens to the mill now? Our reporter went to find out.", P1),
    ("What happens to the mill now? Our reporter went to find out.", "Crews are back at the mill."),
    (HEAD, "Crews return to the mill road"),
])
def test_no_headline_taken_under_the_date_line(top, under):
    article = _article("\n\n".join([top, DATE, under, P2, P3]) + "\n")
    assert article.title != under
