"""A line of capitals under the headline that the body's dateline credits ("KESTRELBURG, Norland, Mar 17, QMX -")
is a news agency's credit: the byline, naming no person. Made-up names only."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

HEAD = "Harbourlight Online\nHome\nNews\nRegional\nPorts agree to share a single customs form for cargo\n"
BODY = ("Regional ports agreed on Monday to share a single customs form, officials said after a two-day meeting.\n"
        "The form will be used from next year, the chair of the meeting told reporters in the capital.\n"
        "© 2026 Harbourlight Online. All rights reserved.\n")

CASES = [
    ("QMX\nMar 17, 2026\nKESTRELBURG, Norland, Mar 17, QMX – Ports met.\n", "QMX"),
    ("QMX\nMar 17, 2026\nKESTRELBURG, Mar 17 (QMX) – Ports met.\n", "QMX"),
    # near misses: a line of capitals no dateline credits, a dateline crediting another agency
    ("QMX\nMar 17, 2026\nKESTRELBURG, Mar 17 – Ports met.\n", None),
    ("QMX\nMar 17, 2026\nKESTRELBURG, Norland, Mar 17, ZRT – Ports met.\n", None),
]


@pytest.mark.parametrize("middle, byline", CASES)
def test_agency_credited_by_dateline(middle, byline):
    registry = load_registry(bundled_registry_dir())
    article = extract_article(SourceDocument("page.txt", "txt", HEAD + middle + BODY, {}), registry)
    assert article.byline == byline
