"""Review of pagesR29: a footer's full form shares a name with a masthead through a stem only where the longer word
is not the shorter with an English ending ("Island" and "Islanders"); "Originally published in <year>" is the body's
history, not a syndicated copy's note. Made-up names and lines, with near misses."""
import pytest

from loaders.extract import boilerplate
from loaders.extract.outlets import named_again


@pytest.mark.parametrize("name, footer, vouched", [
    ("Merrow Info", "Merrow Info – Agencia de Noticias Merrowena", True),  # one name, a foreign ending
    ("Merrow Info", "Merrow Info – Agencia de Noticias Merrow", True),
    ("MNA", "MNA – Merrow News Agency", True),  # initials
    ("Island Voices", "Island Voices – Islanders Weekly", False),  # an English word inflected
    ("Harbour Notes", "Harbour Notes – Harbours Gazette", False),
    ("Garden Letters", "Garden Letters – Gardening Today", False),
    ("River Talk", "River Talk – Quillfield Post", False),  # no word shared
])
def test_full_form_stem(name, footer, vouched):
    text = name + "\nHome\n\nThe ferry runs twice a day from the pier.\n\n" + footer + "\n"
    assert named_again(name, text) is vouched


@pytest.mark.parametrize("line, furniture", [
    ("Originally published on Quill Science.", True),
    ("Originally published in The Merrowby Review.", True),
    ("Originally published in 1954.", False),  # the book's year
    ("Originally published in 1954 by Harbour Press.", False),
    ("Originally appeared in 1987.", False),
])
def test_originally_published_year(line, furniture):
    lines = ["The adaptation of the Quillfield novel opens on Friday at the Harbour Theatre.", "", line]
    assert (boilerplate.scan_lines(lines)[2] is not None) is furniture


# --- a place alone on its line between the standfirst and the date line or byline is a line of the block ---

from loaders.extract.article import extract_article  # noqa: E402
from loaders.records import SourceDocument  # noqa: E402
from loaders.registry import bundled_registry_dir, load_registry  # noqa: E402

_HEAD = "Quillfield Post\nHome\nNews\n\nHarbour council approves new ferry timetable\n\n"
_SUB = "The winter sailings will run every two hours from January, the council said\n\n"
_BODY = ("The Quillfield harbour council on Monday approved a new winter timetable for the island ferries.\n\n"
         "Councillor Aksel Vorn said the change followed a petition signed by more than 600 islanders.\n")


@pytest.fixture(scope="module")
def registry():
    return load_registry(bundled_registry_dir())


@pytest.mark.parametrize("block, subtitle, first", [
    ("Oslo\n\n8 December 2026\n\nBy Mirela Stanek\n\n", True, "The Quillfield harbour"),
    ("Oslo\n\nBy Mirela Stanek\n\n8 December 2026\n\n", True, "The Quillfield harbour"),
    ("Oslo\n\nInterview by Mirela Stanek\n\n8 December 2026\n\n", True, "The Quillfield harbour"),
    ("By Mirela Stanek\n\n8 December 2026\n\n", True, "The Quillfield harbour"),  # no place: as before
])
def test_place_between_standfirst_and_date(registry, block, subtitle, first):
    raw = _HEAD + _SUB + block + _BODY
    article = extract_article(SourceDocument("p.txt", "txt", raw, {"url": "https://news.example/x"}), registry)
    assert (article.subtitle == _SUB.strip()) is subtitle
    assert article.body.lstrip().startswith(first)
    assert article.byline and "Mirela Stanek" in article.byline


@pytest.mark.parametrize("block", [
    "Oslo\n\nThe mayor welcomed the vote.\n\n8 December 2026\n\n",  # prose, not the block, under the place
    "Oslo harbour board members\n\n8 December 2026\n\n",  # more than a place's name
    "Quillfield rejoices\n\n8 December 2026\n\n",  # no known place
])
def test_place_near_misses_keep_the_lede(registry, block):
    raw = _HEAD + _SUB.replace(", the council said", ", the council said.") + block + _BODY
    article = extract_article(SourceDocument("p.txt", "txt", raw, {"url": "https://news.example/x"}), registry)
    assert article.subtitle is None
