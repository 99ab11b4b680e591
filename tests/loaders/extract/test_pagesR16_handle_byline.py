"""A writer's name with her social handle under it ("Jo Marden" / "@jomarden"), under a standfirst, is the byline
and the standfirst stays the subtitle, with or without a date line under the handle. The name must read as a person's (a known given name, as the
rule over a date line already asks); an organisation's account is no byline. Rows made up."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

_STAND = "The port will rebuild both berths after a year of delays and a long row over cost"
_P1 = ("Riverton, March 3. The port authority agreed on Tuesday to rebuild the southern ferry berths after a year "
       "of delays, its chair said.")
_B = (_P1 + "\n\nThe work will cost about 40 million and take two years, the authority said.\n\n"
      "Work is due to start in the spring once the tender closes, she added.\n")


def _article(head):
    page = "Riverton Courier\nHome\nNews\nFerry berths agreed for the southern terminal\n" + _STAND + "\n" + head + _B
    doc = SourceDocument("t.txt", "txt", page, {"published": None,
                                                "url": "https://www.rivertoncourier.example/news/ferry-berths"})
    return run_steps(doc, Registry()).article


HANDLE_ROWS = [
    # (lines under the standfirst, byline, subtitle)
    ("Jo Marden\n@jomarden\n", "Jo Marden", _STAND),
    ("Ann Vey\n@ann_vey\n03 Mar 2026\n", "Ann Vey", _STAND),
    ("Maria Taufa\n@mtaufa\n", "Maria Taufa", _STAND),
    # near misses: an organisation's account, a handle alone, a name and a date with no handle keep their reading
    ("Harbour Works Trust\n@harbourworks\n", None, None),
    ("Jo Marden\n03 Mar 2026\n", "Jo Marden", _STAND),
    ("By Jo Marden\n@jomarden\n", "By Jo Marden", _STAND),
]


@pytest.mark.parametrize(("head", "byline", "subtitle"), HANDLE_ROWS)
def test_a_name_over_its_handle_is_the_byline(head, byline, subtitle):
    article = _article(head)
    assert article.byline == byline
    if subtitle is not None:
        assert article.subtitle == subtitle
    assert _P1 in article.body
    assert "@" not in article.body.split("\n\n")[0] or byline is None


def test_a_name_over_a_handle_inside_the_body_is_the_bodys():
    page = ("Riverton Courier\nHome\nNews\nFerry berths agreed for the southern terminal\nBy Ann Lee\n03 Mar 2026\n"
            + _P1 + "\n\nJo Marden\n@jomarden\n\nThe work will cost about 40 million, the authority said.\n")
    doc = SourceDocument("t.txt", "txt", page, {"published": None, "url": "https://www.rivertoncourier.example/n/1"})
    assert run_steps(doc, Registry()).article.byline == "By Ann Lee"
