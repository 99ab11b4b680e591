"""Issue #10: an institution's long name in its copyright line ("© 2026 Ministry of Kestrel Affairs of the Republic
of Varnia", linked by "of the"), and a masthead that a footer line repeats before its full form after a dash
("Kestrel Info – Agencia de Noticias Kestrel. Content may be reproduced"). Made-up names only. Near misses: a
copyright line that runs into a sentence, a name too long for a name, a masthead repeated in a headline or a
sentence, a dash followed by lower-case words."""
import pytest

from loaders.extract.article import extract_article
from loaders.extract.outlets import find_outlet_evidence, named_again
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())


@pytest.mark.parametrize("line, name", [
    ("© 2026 Ministry of Kestrel Affairs of the Republic of Varnia", "Ministry of Kestrel Affairs of the Republic of Varnia"),
    ("© 2026 Government of the Principality of Varnia", "Government of the Principality of Varnia"),
    ("Copyright 2025 Office of the Mayor of Kestrelton. All rights reserved.", "Office of the Mayor of Kestrelton"),
    ("© 2026 Varnia Harbour Authority", "Varnia Harbour Authority"),
])
def test_copyright_names_institution(line, name):
    found = find_outlet_evidence(line)
    assert found is not None and found.kind == "copyright" and found.name == name


@pytest.mark.parametrize("line", [
    "© 2026 the photographer for the agency",  # lower-case words: no name
    "© 2026 Ministry of the Interior of the Republic of Varnia and of the Kestrel Islands Council",  # too long
    "© 2026",  # a year alone
    "Photo: the Ministry of the Interior of the Republic of Varnia",  # no copyright mark
])
def test_copyright_near_misses(line):
    found = find_outlet_evidence(line)
    assert found is None or found.name != line.split("2026 ")[-1]


FOOTER = "Kestrel Info – Agencia de Noticias Kestrel. Content may be reproduced citing the source."


@pytest.mark.parametrize("text", [
    "Kestrel Info\nMenu\n" + FOOTER,
    "Kestrel Info\nMenu\nKestrel Info — Kestrel Varnia News Service\n",  # a word shared
    "Kestrel Info\nMenu\nKestrel Info - Agencia de Noticias Kestrel | Calle Mayor 12\n",
])
def test_footer_names_masthead_before_full_form(text):
    assert named_again("Kestrel Info", text)


@pytest.mark.parametrize("text", [
    "Kestrel Info\nMenu\nKestrel Info – a weekly look at the valley's councils.\n",  # lower case after the dash
    "Kestrel Info\nMenu\nWhy Kestrel Info – Agencia de Noticias Kestrel matters\n",  # not at the line's start
    "Kestrel Info\nMenu\nKestrel Info – Agencia de Noticias Kestrel said on Monday it would\n",  # a sentence
    "Kestrel Info\nMenu\nThe council met on Monday.\n",  # named nowhere else
    "Kestrel Info\nMenu\nKestrel Info — Varnia News Service\n",  # no word shared: a column and its outlet
])
def test_footer_near_misses(text):
    assert not named_again("Kestrel Info", text)


STORY = ("Varnia and Kestrelland sign customs accord\n\n"
         "Thursday, 3 December 2026\n\n"
         "The two governments today signed an agreement to reopen the customs post at the border crossing, "
         "closed since the spring floods.\n\n"
         "Officials said the post would open to freight traffic first, and to travellers in the new year.\n\n"
         "The accord takes effect on 1 January.\n")


def _outlet(raw, url):
    return extract_article(SourceDocument("made-up.txt", "txt", raw, {"url": url}), REGISTRY).outlet_name


def test_page_institution_copyright():
    raw = ("Ministry of Kestrel Affairs of the Republic of Varnia\nEN | VR\nHome\nMinistry\nPress Room\n\n" + STORY
           + "\nMedia contact:\nPress Service\n© 2026 Ministry of Kestrel Affairs of the Republic of Varnia\n")
    assert _outlet(raw, "https://mka.gov.example/en/content/customs-accord") == \
        "Ministry of Kestrel Affairs of the Republic of Varnia"


def test_page_masthead_footer():
    raw = ("Kestrel Info\nAgencia de Noticias Kestrel\nES | EN\nHome\nGovernment\nEconomy\n\n" + STORY + "\n" + FOOTER + "\n")
    assert _outlet(raw, "https://www.ki.gov.example/ki/en/customs-accord/") == "Kestrel Info"


def test_page_masthead_without_footer_is_no_outlet_name():
    raw = ("Kestrel Info\nAgencia de Noticias Kestrel\nES | EN\nHome\nGovernment\nEconomy\n\n" + STORY)
    assert _outlet(raw, "https://www.ki.gov.example/ki/en/customs-accord/") != "Kestrel Info"


BODY = ["Kestrel Rail and the Varnia port authority agree to share freight timetables",
        "",
        "The two operators today signed an agreement to publish their freight timetables on one site, a step "
        "the port authority said would cut waiting times at the container terminal.",
        "",
        "The agreement takes effect in March and will be reviewed after a year of operation.",
        ""]


def _labels(tail):
    from loaders.extract import boilerplate

    lines = BODY + tail
    return dict(zip(lines, boilerplate.scan_lines(lines)))


def test_about_box_on_one_line_closes_the_page():
    line = "About Kestrel Rail: Kestrel Rail is a regional operator running freight services across the valley."
    assert _labels([line, "Share this"])[line] is not None


@pytest.mark.parametrize("line", [
    "About Kestrel Rail: the operator said it would publish the timetables in March.",  # no description
    "About the timetables: Kestrel Rail is a regional operator, the minister said.",  # a lower-case subject
    "Kestrel Rail is a regional operator running freight services across the valley.",  # no "About X:" heading
])
def test_about_box_near_misses(line):
    assert _labels([line])[line] is None
