"""Review of pagesR5, whole made-up pages through the steps: a byline in capitals whose surname is a city names
people ("By JACK LONDON"), an agency's letters before a city an office ("By ANI Srinagar"); a "Disclaimer:" line
between two of the body's paragraphs is the story's, one under the body the site's; "Notes to editors" over a
feature's own paragraphs is its crosshead, over a release's background and contacts the release's tail; "By X with
AFP" names the writer, never the outlet."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("The regional council approved the rail plan on Tuesday after a four-hour debate in the chamber.\n"
         "Supporters said the new line would cut commuting times between the two towns by a third.\n"
         "Opponents warned that the cost estimate of 1.4 billion dollars was unrealistic.\n"
         "A final vote on funding is expected in March.\n")


def _article(raw: str, url: str = "https://www.kestrelcourier.example/2026/02/03/rail-plan"):
    return run_steps(SourceDocument(source_path="x.txt", source_format="txt", raw_text=raw, given={"url": url}),
                     Registry()).article


def _page(byline: str, body: str = _BODY) -> str:
    return f"Kestrel Courier\nNews | Sport | Business\nCouncil backs new rail link to the airport\n{byline}\n" \
           f"February 3, 2026\n{body}"


@pytest.mark.parametrize(("byline", "authors"), [
    ("By JACK LONDON", ["JACK LONDON"]),
    ("By MARY JORDAN and JOHN AUSTIN", ["MARY JORDAN", "JOHN AUSTIN"]),
    ("By LISA WASHINGTON", ["LISA WASHINGTON"]),
    # near misses: an agency's letters (a listed agency, or letters that are no given name) and its office's city
    ("By ANI Srinagar", []),
    ("By KWO Lagos", []),
    ("By PTI London", []),
])
def test_a_byline_in_capitals_whose_surname_is_a_city(byline, authors):
    assert _article(_page(byline)).authors == authors


_RULING = ("The tribunal ruled on Tuesday that Halden Advisers could not rely on a line on its website to escape "
           "liability for its pension advice.\n{line}\nThe tribunal said the firm had in fact given personal "
           "recommendations to 340 clients over six years.\nHalden was ordered to pay compensation of 2.1 million "
           "dollars to its former clients.\n")
_MID = "Disclaimer: the information on this site does not constitute financial advice and should not be relied upon, the line read."
_FOOT = ("Disclaimer: The information in this article is provided for general news purposes only and does not "
         "constitute advice of any kind.")


@pytest.mark.parametrize(("body", "kept"), [
    (_RULING.format(line=_MID), True),  # between two of the body's paragraphs: the wording the story reports
    (_RULING.format(line="Disclaimer: this site accepts no liability for any loss arising from the use of its "
                         "content, the notice said."), True),
    # near misses: the site's disclaimer under the body's last paragraph, with or without furniture after it
    (_RULING.format(line="") + _FOOT + "\n", False),
    (_RULING.format(line="") + _FOOT + "\nShare this article\n", False),
])
def test_a_disclaimer_between_paragraphs_is_the_storys(body, kept):
    article = _article(_page("By Marcus Okafor", body))
    line = _MID if _MID in body else (_FOOT if _FOOT in body else "Disclaimer: this site")
    assert (line in article.body) is kept
    assert "Halden was ordered" in article.body


_FEATURE = ("Journalists receive hundreds of press releases a week, and most go unread, a survey of 800 reporters "
            "found.\nNotes to editors\nThe survey found that the background section at the bottom of a release is "
            "the part reporters read least.\nLong quotes from chief executives were the second most common "
            "complaint.\nReporters also disliked embargoes that were lifted within hours.\n")
_RELEASE = ("Halvorsen Wind said on Thursday it had closed a 9.2 billion crown financing package for its offshore "
            "array in the Baltic Sea.\n\"This is the largest project in our history,\" chief executive Ingrid Moe "
            "said.\nConstruction is expected to begin in the third quarter of 2027.\nNotes to editors\n{notes}")


@pytest.mark.parametrize(("body", "heading_kept", "last"), [
    (_FEATURE, True, "lifted within hours."),
    (_FEATURE + "Related articles\nWhy embargoes fail\n", True, "lifted within hours."),
    # near misses: a release's background and contacts, its numbered notes
    (_RELEASE.format(notes="Halvorsen Wind AS is an independent developer of offshore wind projects headquartered "
                           "in Oslo.\nMedia contact: press@halvorsen.example\n"), False, "third quarter of 2027."),
    (_RELEASE.format(notes="1. The array will have 40 turbines and a capacity of 480 megawatts in all.\n2. The "
                           "financing was arranged by four Nordic banks over eighteen months.\n"),
     False, "third quarter of 2027."),
])
def test_notes_to_editors_over_a_features_paragraphs_is_its_crosshead(body, heading_kept, last):
    article = _article(_page("By Nadia Ferreira", body))
    assert ("Notes to editors" in article.body) is heading_kept
    assert article.body.rstrip().endswith(last)


@pytest.mark.parametrize(("byline", "authors", "outlet"), [
    ("By Alba Renwick with AFP", ["Alba Renwick"], "Alba Renwick"),
    ("By Sarah Mitchell with Reuters", ["Sarah Mitchell"], "Sarah Mitchell"),
    # near miss: a paper's desk with the wire names no writer
    ("By Kestrel Courier with AFP", [], None),
])
def test_a_writer_with_a_wire_on_a_page_is_the_author_not_the_outlet(byline, authors, outlet):
    article = _article(_page(byline))
    assert article.authors == authors
    assert article.outlet_name != outlet
