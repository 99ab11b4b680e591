"""An unregistered outlet goes by the short name its own page uses (`outlets.short_form`): a trailing acronym
of the words before it, a trailing "Newspaper(s)", a publisher's "Publication" and an edition tail (a country,
"Live", "Online") the page's own credits leave off. Made-up names only."""
import pytest

from loaders.extract.article import extract_article
from loaders.extract.outlets import Outlet, short_form
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

CASES = [
    # (name, page text, expected)
    ("Q7 Latvia", "Read more on Q7\n", "Q7"),
    ("Q7 Latvia", "The mayor told Q7.\n", "Q7"),
    ("Q7 Latvia", "By Q7 Riga\n", "Q7"),  # a desk byline: a known place
    ("Q7 Latvia", "By Q7 Newsroom\n", "Q7"),  # a desk byline: a desk's word
    ("Devon Live", "By Devon Walsh\n", "Devon Live"),  # a person's byline sharing the short name
    ("Q7 Latvia", "By Q7 Kestrelburg\n", "Q7 Latvia"),  # a word no table knows as a place is a surname's shape
    ("Kestrel TV", "© 2026 Kestrel Media Group. All rights reserved.\n", "Kestrel TV"),  # a corporate owner
    ("Kestrel TV", "© 2026 Kestrel Media Group. All rights reserved.\nRead more on Kestrel\n", "Kestrel"),
    ("The Weekly Newspaper", "", "The Weekly Newspaper"),  # "The" with a generic word tells no outlet apart
    ("The Daily Paper Newspapers", "", "The Daily Paper Newspapers"),
    ("The Fenwick Weekly Newspaper", "", "The Fenwick Weekly"),
    ("Harbourlight Online", "Photo: Jo Roe/Harbourlight\n", "Harbourlight"),
    ("Harbourlight Online", "Photo: Harbourlight/ Jo Roe\n", "Harbourlight"),
    ("Harbourlight English Edition", "Photo: Harbourlight/ Jo Roe\n", "Harbourlight"),
    ("Harbourlight News", "Photo: Jo Roe/Harbourlight\n", "Harbourlight News"),  # "News" is a name word
    ("Marsh Era Live", "Picture: Marsh Era/ Jo Roe\n", "Marsh Era"),
    ("Riverton Free Press RFP", "", "Riverton Free Press"),
    ("Kestrel Express Newspapers", "", "Kestrel Express"),
    ("Fenwick Newspaper", "", "Fenwick"),
    # near misses
    ("Harbourlight Online", "Photo: Jo Roe/AFP\n", "Harbourlight Online"),  # a wire's credit is not the outlet's
    ("Harbourlight Online", "Harbourlight Online reporters saw it.\n", "Harbourlight Online"),  # the full name again
    ("Harbourlight Online", "The harbourlight was dim.\n", "Harbourlight Online"),  # prose, no credit
    ("Riverton Post", "The mayor told Riverton.\n", "Riverton Post"),  # a newspaper word is the name's
    ("Riverton Business", "Read more on Riverton\n", "Riverton Business"),  # a section word ends no edition
    ("Riverton Free Press RP", "", "Riverton Free Press RP"),  # letters that are not the initials
    ("Newspaper", "", "Newspaper"),
    ("Norland News Agency", "Read more on Norland\n", "Norland News Agency"),  # an agency tail stays
    ("Marsh Era Live", "© 2026 Marsh Era Publication Corporation. All rights reserved.\n", "Marsh Era"),
    ("Marsh Era Live", "© 2026 Marsh Era Live. All rights reserved.\n", "Marsh Era Live"),
    # the full name credited more often than the short one
    ("KVX TV", "KVX TV\nSource: Jo Roe/KVX\nShe told KVX TV it was late.\nFollow KVX TV on X\n"
     "Source: KVX TV\n", "KVX TV"),
    ("Harbourlight Online", "Photo: Jo Roe/Harbourlight\nAll rights reserved. No copying without permission from "
     "HARBOURLIGHT ONLINE.\n", "Harbourlight"),
    ("KVX TV", "KVX TV\nSource: Jo Roe/KVX\nPhoto: KVX/ Al Poe\nShe told KVX TV it was late.\n", "KVX"),
]


@pytest.mark.parametrize("name, text, expected", CASES)
def test_short_form(name, text, expected):
    assert short_form(Outlet(name=name), text).name == expected


def test_registered_outlet_keeps_its_name():
    entry = object()
    outlet = Outlet(name="Harbourlight Online", entry=entry)  # type: ignore[arg-type]
    assert short_form(outlet, "Photo: Jo Roe/Harbourlight\n").name == "Harbourlight Online"


PAGES = [
    ("Q7 Latvia\nHome\nWorld\nSport\nRiver floods close the old bridge in Kestrelburg\nBy Q7 Kestrelburg\n"
     "Updated 19:45, 21.05.2026\nThe river rose two metres overnight, officials said on Thursday, and the old "
     "bridge was closed to all traffic.\nThe mayor told Q7 that pumps were on the way from the capital.\n"
     "Read more on Q7\n© 2026 Q7 Latvia. All rights reserved.\n", "Q7"),
    ("Marsh Era Live\nHome\nNational\nBusiness\nPort signs a new berth deal with a fuel maker\nStaff Reporter\n"
     "2026-10-28\nThe port authority and a fuel maker today signed a 15-year agreement that will see a new berth "
     "built at the harbour, the two said.\nConstruction is expected to begin next year, with the first ships "
     "due in 2030.\n© 2026 Marsh Era Publication Corporation. All rights reserved.\n", "Marsh Era"),
]


@pytest.mark.parametrize("text, expected", PAGES)
def test_page_outlet(text, expected):
    registry = load_registry(bundled_registry_dir())
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    assert article.outlet_name == expected


# Review of round pagesD: pages an unknown outlet's short name must not reach. Made-up sites and people.
def _page(banner: str, byline: str, footer: str) -> str:
    return (f"{banner}\nHome\nNews\nRegional\nHarbour board approves a second ferry for the island route\n{byline}\n"
            "2026-04-14\nThe harbour board approved a second ferry for the island route on Tuesday, saying the "
            "crossing had been full on most days of the summer.\nThe new vessel is due to enter service next "
            f"spring, the board said.\n{footer}\n")


REVIEW_PAGES = [
    # a person's byline whose first name is the short name is no desk byline
    ("https://devonlive.example/news/ferry", _page("Devon Live", "By Devon Walsh",
                                                   "© 2026 Devon Live. All rights reserved."), "Devon Live"),
    ("https://georgiaonline.example/news/ferry", _page("Georgia Online", "By Georgia Brown",
                                                       "© 2026 Georgia Online. All rights reserved."),
     "Georgia Online"),
    # a corporate owner's copyright line is no credit of the broadcaster's short name
    ("https://kestreltv.example/news/ferry", _page("Kestrel TV", "By Jo Roe",
                                                   "© 2026 Kestrel Media Group. All rights reserved."), "Kestrel TV"),
    # "The" with a generic word is no name left of a publisher's word
    ("https://weeklytimespub.example/news/ferry", _page("The Weekly Newspaper", "By Jo Roe",
                                                        "© 2026 The Weekly Newspaper. All rights reserved."),
     "The Weekly Newspaper"),
]


@pytest.mark.parametrize("url, text, expected", REVIEW_PAGES)
def test_review_page_outlet(url, text, expected):
    registry = load_registry(bundled_registry_dir())
    article = extract_article(SourceDocument("page.txt", "txt", text, {"url": url}), registry)
    assert article.outlet_name == expected
