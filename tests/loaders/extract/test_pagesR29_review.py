"""Review of pagesR28 (issue 10): a footer "Name – Full Form" vouches for a masthead only where the full form shares a
word with the name or spells it as initials (a headline's or a column's line before the outlet's name is no such
footer); a copyright line's long name is an institution's only with a public body's word in it. Made-up pages."""
import pytest

from loaders.extract.article import extract_article
from loaders.extract.outlets import find_outlet_evidence, named_again
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

STORY = ("By Orla Vantresk\n\nTuesday, 8 December 2026\n\n"
         "The Merrowby harbour board on Monday approved a new winter timetable for the island ferries, "
         "adding two early crossings for commuters.\n\n"
         "Board member Tavis Quorn said the change followed a petition signed by more than 600 islanders.\n\n"
         "The timetable takes effect on 4 January.\n")


def _article(raw):
    return extract_article(SourceDocument("made-up.txt", "txt", raw, {"url": "https://news.example/x"}), REGISTRY)


def test_headline_before_outlet_in_footer_stays_title():
    head = "Merrowby Board Approves Ferry Timetable"
    article = _article(head + "\n\n" + STORY + "\n" + head + " – Quillfield Courier\n")
    assert article.outlet_name != head and article.title == head


def test_column_before_outlet_in_footer_is_no_outlet():
    article = _article("Harbour Notes\n\nMerrowby board approves ferry timetable\n\n" + STORY
                       + "\nHarbour Notes – Quillfield Courier\n")
    assert article.outlet_name != "Harbour Notes"


@pytest.mark.parametrize("name, text", [
    ("Quill Info", "Quill Info\nMenu\nQuill Info – Agencia de Noticias Quill. Content may be reproduced.\n"),
    ("QNA", "QNA\nMenu\nQNA – Quillfield News Agency\n"),  # the name is its initials
    ("The Quill", "The Quill\nMenu\nThe Quill – Quill Weekly of the Lowlands\n"),
    ("QV Varnia", "QV Varnia\nMenu\nQV Varnia – Agencia de Información Varniana. Content may be reproduced.\n"),
])
def test_footer_full_form_tied_to_name(name, text):
    assert named_again(name, text)


@pytest.mark.parametrize("name, text", [
    ("Harbour Notes", "Harbour Notes\nMenu\nHarbour Notes – Quillfield Courier\n"),
    ("Island Life", "Island Life\nMenu\nIsland Life – Stories From The Northern Isles\n"),
    ("QNA", "QNA\nMenu\nQNA – Merrowby Daily Post\n"),  # other initials
    ("Merrowby Board Approves Ferry Timetable",
     "Merrowby Board Approves Ferry Timetable\nMenu\nMerrowby Board Approves Ferry Timetable – Merrowby Gazette\n"),
])
def test_footer_full_form_near_misses(name, text):
    assert not named_again(name, text)


@pytest.mark.parametrize("line, name", [
    ("© 2026 Department of Harbours of the Republic of Quillmark", "Department of Harbours of the Republic of Quillmark"),
    ("© 2026 Council of the Isle of Merrowby", "Council of the Isle of Merrowby"),
])
def test_institution_copyright(line, name):
    found = find_outlet_evidence(line)
    assert found is not None and found.name == name


@pytest.mark.parametrize("line", [
    "© 2026 Agency of Northern Photographers of the Kingdom of Quillmark",
    "© 2026 Guild of Harbour Pilots of the Isle of Merrowby",
    "© 2026 Society of Lowland Painters of the Quill Valley",
])
def test_institution_copyright_near_misses(line):
    found = find_outlet_evidence(line)
    assert found is None or found.name != line.split("2026 ")[-1]
