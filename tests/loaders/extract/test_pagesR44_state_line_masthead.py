"""Issue #10 (pagesR44): a government site's first line is often the state's name ("Republic of Varnia",
"Kingdom of Kestrelland"), a portal's notice printed over the agency's own masthead. It is no headline (however many
words), so the line under it is the site's banner, not a byline: an acronym the page uses for the agency (the
domain's letters, a dateline "(VIA)") goes by that line when its initials spell the acronym ("Varnia Information
Agency"). Made-up names only. Near misses: a first line that is no state's name (a ministry's name, a headline
opening on a state word), a state line with the letters printed on a line of their own (the site goes by its
letters), a state line followed by a name whose initials differ."""
import pytest

from loaders.extract.article import extract_article, state_name_line
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

STORY = ("Harbour road to reopen after flood repairs\n"
         "By Lio Demarco\n"
         "Published on December 2, 2026\n"
         "PORT ALDEN, Dec. 2 (VIA) -- The regional roads office said on Wednesday that the harbour road would reopen "
         "to trucks next week after repairs to three culverts.\n\n"
         "Engineers told VIA that the last section would be finished by Friday if the weather holds.\n\n"
         "The road carries most of the province's fish exports to the capital.\n")


def _outlet(top, url="https://via.gov.example/news/2026/12/02/harbour-road"):
    raw = top + "Home\nNews\nRegions\nFeatures\n" + STORY
    return extract_article(SourceDocument("made-up.txt", "txt", raw, {"url": url}), REGISTRY).outlet_name


@pytest.mark.parametrize("top, expected", [
    # hits: the state's name over the agency's name spelling the letters
    ("Republic of Varnia\nVarnia Information Agency\n", "Varnia Information Agency"),
    ("Kingdom of Kestrelland\nVarnia Information Agency\n", "Varnia Information Agency"),
    ("The Republic of the Varnian Isles\nVarnia Information Agency\n", "Varnia Information Agency"),
    ("Principality of Varnia\nVarnia Information Agency\n", "Varnia Information Agency"),
    ("REPUBLIC OF VARNIA\nVarnia Information Agency\n", "Varnia Information Agency"),
    # near misses: the letters printed as a line of their own keep them
    ("Republic of Varnia\nVIA\nVarnia Information Agency\n", "VIA"),
    # near misses: the line under the state's name does not spell the letters
    ("Republic of Varnia\nVarnia Press Office\n", "VIA"),
    ("Republic of Varnia\nOffice of the President\n", "VIA"),
    # near misses: a first line that is no state's name (a ministry; a menu word) is the masthead, as before
    ("Ministry of Roads of Varnia\nVarnia Information Agency\n", "VIA"),
    ("Republic of Varnia votes to change its flag\nVarnia Information Agency\n", "VIA"),
])
def test_a_state_line_over_the_masthead(top, expected):
    assert _outlet(top) == expected


@pytest.mark.parametrize("line, expected", [
    ("Republic of the Philippines", True),
    ("The Republic of the Varnian Isles", True),
    ("Kingdom of Kestrelland", True),
    ("SULTANATE OF VARNIA", True),
    ("Principality of Varnia and Kestrel", True),
    # near misses: a sentence, a headline, a publisher's name, a word that is no state's, a name run on
    ("Republic of Varnia votes to change its flag", False),
    ("Republic Day parade draws crowds", False),
    ("Government of Varnia", False),
    ("The country of Varnia", False),
    ("Kingdom of Varnia to hold referendum", False),
    ("Republic of Varnia.", False),
    ("Kingdom of Kestrelland: a guide for visitors", False),
])
def test_a_line_naming_a_state(line, expected):
    assert state_name_line(line) is expected
