"""An unregistered outlet's banner that adds what kind of outlet it is to the name its domain spells ("Harbor Wire
News Agency" on harborwire.example, "KESTREL NEWSPAPER" on kestrelnewspaper.example) goes by that name. Made-up
rows; near misses keep the banner whole."""
import pytest

from loaders.extract.outlets import OutletEvidence, resolve_outlet, without_kind_words
from loaders.registry import Registry


@pytest.mark.parametrize("name, domain, text, expected", [
    ("Harborwire News Agency", "harborwire.example", "", "Harborwire"),
    ("KESTREL NEWSPAPER", "kestrelnewspaper.example", "Body.\n© 2026 Kestrel Publications. All rights reserved.",
     "KESTREL"),
    # glued on in the domain, the kind words stay unless the copyright line names the company without them
    ("Kestrel Newspaper", "kestrelnewspaper.example", "© 2026 Kestrel Newspaper. All rights reserved.",
     "Kestrel Newspaper"),
    ("Norland News Agency", "norlandnewsagency.example", "Norland said on Monday.\n© Norland News Agency",
     "Norland News Agency"),
    ("Riverton Press Agency", "www.riverton.example", "", "Riverton"),
    # near misses: the domain spells the whole name or no part of it, or no kind words close it
    ("Norland News Agency", "nna.example", "", "Norland News Agency"),
    ("Kestrel Newspaper", "kestrelpost.example", "© Kestrel Publications", "Kestrel Newspaper"),
    ("Riverton Times", "riverton.example", "", "Riverton Times"),
    ("Harbor News", "harbor.example", "", "Harbor News"),
    ("Harborwire News Agency", None, "", "Harborwire News Agency"),
])
def test_kind_words_after_the_domain_name(name, domain, text, expected):
    assert without_kind_words(name, domain, text) == expected


def test_resolved_banner_drops_its_kind_words():
    evidence = [OutletEvidence(name="Harborwire News Agency", kind="banner", text="Harborwire News Agency")]
    outlet = resolve_outlet(Registry(),
                            url="https://harborwire.example/business/123.html", evidence=evidence)
    assert outlet.name == "Harborwire"
