import pytest

from loaders.extract.outlets import (
    OutletEvidence,
    domain_of,
    find_outlet_evidence,
    is_outlet_banner,
    match_outlet_domain,
    match_outlet_name,
    resolve_outlet,
)
from loaders.registry import OutletEntry, Registry

REGISTRY = Registry(
    outlets=(
        OutletEntry(name="Daily Planet", domain="dailyplanet.example", full_name="The Daily Planet", country="US",
                    aliases=("DP", "Planet Online"), date_order="MDY"),
        OutletEntry(name="Gazette", domain="gazette.example.uk", country="GB", date_order="DMY"),
    )
)


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("Search the Planet's historical archive dating back to 1901", "Planet", "archive"),
        ("Search DP's archive", "DP", "archive"),
        ("By Gazette Service", "Gazette", "byline"),
        ("By The Morning Star Staff", "Morning Star", "byline"),
        ("Recommended from Daily Planet", "Daily Planet", "recommended"),
        ("More from The Morning Star", "The Morning Star", "recommended"),
        ("© 2004 The Morning Star. All rights reserved.", "The Morning Star", "copyright"),
        ("Copyright 2020 Planet Online", "Planet Online", "copyright"),
        ("Morning Star – Exclusive", "Morning Star", "exclusive"),
        ("Exclusive to the Gazette", "Gazette", "exclusive"),
        ("LONDON (Wire Agency) - The council said", "Wire Agency", "dateline"),
    ],
)
def test_find_outlet_evidence_kinds(line, name, kind):
    found = find_outlet_evidence(line)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


def test_appeal_mention_cites_the_clause():
    line = "As you know, more people are reading The Morning Star than ever before. Please help."
    found = find_outlet_evidence(line, appeal=True)
    assert found == OutletEvidence("The Morning Star", "more people are reading The Morning Star than ever before",
                                   "appeal")


@pytest.mark.parametrize(
    "line",
    ["By John Smith", "Search the archive", "Related Content", "He told the Gazette last week that he would stay."],
)
def test_find_outlet_evidence_ignores_non_evidence(line):
    assert find_outlet_evidence(line) is None


def test_body_text_only_counts_datelines():
    assert find_outlet_evidence("By Gazette Service", furniture=False) is None


@pytest.mark.parametrize(
    ("url", "domain"),
    [("https://www.dailyplanet.example/a/b", "dailyplanet.example"), ("m.gazette.example.uk", "gazette.example.uk"),
     ("http://edition.news.example.com/x", "news.example.com"), (None, None), ("", None)],
)
def test_domain_of(url, domain):
    assert domain_of(url) == domain


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Daily Planet", "Daily Planet"), ("the daily planet", "Daily Planet"), ("DP", "Daily Planet"),
     ("Planet Online", "Daily Planet"), ("dailyplanet.example", "Daily Planet"), ("Morning Star", None)],
)
def test_match_outlet_name(name, expected):
    found = match_outlet_name(name, REGISTRY)
    assert (found.name if found else None) == expected


def test_match_outlet_domain_accepts_subdomains():
    assert match_outlet_domain("news.gazette.example.uk", REGISTRY).name == "Gazette"
    assert match_outlet_domain("othergazette.example.uk", REGISTRY) is None


def test_given_outlet_wins_and_is_canonicalised():
    outlet = resolve_outlet(REGISTRY, given="DP", url="https://gazette.example.uk/x",
                            evidence=[OutletEvidence("Gazette", "By Gazette Service", "byline")])
    assert (outlet.name, outlet.country, outlet.evidence) == ("Daily Planet", "US", None)


def test_url_domain_beats_text_evidence():
    outlet = resolve_outlet(REGISTRY, url="https://www.gazette.example.uk/x",
                            evidence=[OutletEvidence("Daily Planet", "Recommended from Daily Planet", "recommended")])
    assert (outlet.name, outlet.domain, outlet.country) == ("Gazette", "gazette.example.uk", "GB")


def test_registered_evidence_beats_unregistered_and_archive_beats_recommended():
    evidence = [
        OutletEvidence("Morning Star", "Recommended from Morning Star", "recommended"),
        OutletEvidence("Planet", "Search Planet Online's archive", "archive"),
        OutletEvidence("Planet Online", "Search Planet Online's archive", "archive"),
    ]
    outlet = resolve_outlet(REGISTRY, evidence=evidence)
    assert (outlet.name, outlet.evidence) == ("Daily Planet", "Search Planet Online's archive")


def test_unregistered_outlet_is_still_created():
    outlet = resolve_outlet(Registry(), evidence=[OutletEvidence("Morning Star", "By Morning Star Staff", "byline")])
    assert (outlet.name, outlet.country, outlet.evidence) == ("Morning Star", None, "By Morning Star Staff")
    assert resolve_outlet(Registry(), url="https://www.unknown-news.example/x").name == "Unknown News"
    assert resolve_outlet(Registry(), url="https://www.unknwn.example/x").name == "unknwn.example"
    assert resolve_outlet(Registry()) is None


def test_slashed_agency_dateline():
    found = find_outlet_evidence("MOSCOW, June 7. /Wire Agency/. The council said", furniture=False)
    assert (found.name, found.kind) == ("Wire Agency", "dateline")


def test_service_byline_with_agencies():
    assert find_outlet_evidence("By Morning Star Service and Agencies").name == "Morning Star"


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("RIVERTON, June 12 (Courier Wire) - The council met on Monday.", "Courier Wire", "dateline"),
        ("© 2023 Planet News & Media Limited or its affiliated companies. All rights reserved.",
         "Planet News & Media Limited", "copyright"),
        ("Marchers in the square. Credit...Jo Bloggs for The Riverton Courier", "The Riverton Courier", "credit"),
        ("Follow The Riverton Courier channel on WhatsApp", "The Riverton Courier", "social"),
    ],
)
def test_find_outlet_evidence_more_kinds(line, name, kind):
    found = find_outlet_evidence(line)
    assert (found.name, found.kind) == (name, kind)


def test_follow_a_person_is_no_outlet():
    assert find_outlet_evidence("Follow me on Twitter") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Daily Planet Media Limited", "Daily Planet"), ("Daily Planet News & Media Ltd", "Daily Planet"),
     ("Daily Planet Online", "Daily Planet"), ("Morning Star Media Limited", None)],
)
def test_match_outlet_name_drops_company_words(name, expected):
    found = match_outlet_name(name, REGISTRY)
    assert (found.name if found else None) == expected


def test_unregistered_outlet_from_a_copyright_line_loses_company_words():
    outlet = resolve_outlet(REGISTRY, evidence=[OutletEvidence("Morning Star Ltd", "© Morning Star Ltd", "copyright")])
    assert outlet.name == "Morning Star"


def test_desk_byline_with_an_agency_names_the_outlet():
    found = find_outlet_evidence("Daily Planet with AFP")
    assert (found.name, found.kind) == ("Daily Planet", "byline")


@pytest.mark.parametrize(("tail", "kind", "expected"), [
    ("Planet Online", "byline_tail", "Daily Planet"),  # registered (an alias) though no newspaper word closes it
    ("Staff Writer", "byline_tail", None),
    ("Senior Reporter", "byline_tail", None),  # "reporter" is a newspaper word, and a job
    ("The Riverton Post", "byline_outlet", "The Riverton Post"),  # a newspaper word closes it: an outlet
    ("Riverton Gazette", "byline_outlet", "Riverton Gazette"),
    ("Mary Post", "byline_tail", None),  # a given name first: a person
])
def test_byline_tail_names_a_registered_outlet_or_one_by_its_newspaper_word(tail, kind, expected):
    found = find_outlet_evidence(f"By Jo Bloggs and Sam Roe, {tail}")
    assert found.kind == kind
    outlet = resolve_outlet(REGISTRY, evidence=[found])
    assert (outlet.name if outlet else None) == expected


@pytest.mark.parametrize(("domain", "name"), [
    ("riverton-post.example", "Riverton Post"),
    ("www.denverpost.example", "Denver Post"),  # a place and a newspaper word
    ("news.bostongazette.co.uk", "Boston Gazette"),
    ("thedenverpost.example", "The Denver Post"),
    ("dailyherald.example", "Daily Herald"),
    ("theriverton.example", None),  # no newspaper word to split at
    ("bdc-network.example", "BDC Network"),  # a word without a vowel is an acronym
    # A split that leaves a part of no word list is a guess at the site's spacing: the bare domain is the name.
    ("www.rivertonpost.example", None),
    ("postandcourier.example", None),
    ("theglobeandmail.example", None),
    ("prnewswire.example", None),
    ("globenewswire.example", None),
    ("trustpilot.example", None),
    ("thehilltimes.example", None),
    # A shared blog host names no outlet.
    ("janesgarden.wordpress.com", None),
    ("janesgarden.blogspot.com", None),
    ("post.example", None),
    ("news24.example", None),
])
def test_readable_domain_name(domain, name):
    from loaders.extract.outlets import readable_domain_name

    assert readable_domain_name(domain) == name


@pytest.mark.parametrize(("line", "name", "kind"), [
    ("By Daily Planet with AP", "Daily Planet", "byline"),
    ("By JO BLOGGS, TRANSPORT CORRESPONDENT FOR PLANET ONLINE", "PLANET ONLINE", "byline_tail"),
])
def test_desk_and_for_outlet_bylines(line, name, kind):
    found = find_outlet_evidence(line)
    assert (found.name, found.kind) == (name, kind)
    assert resolve_outlet(REGISTRY, evidence=[found]).name == "Daily Planet"


@pytest.mark.parametrize(
    ("line", "name"),
    [("Published in Dawn, October 19th, 2026", "Dawn"), ("First published in The Riverton Ledger, 3 March 2021",
                                                          "The Riverton Ledger")],
)
def test_print_credit_names_the_outlet(line, name):
    found = find_outlet_evidence(line)
    assert (found.name, found.kind) == (name, "print")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ong Wei Ling is senior transport correspondent at The Riverton Times, covering land transport.",
         "The Riverton Times"),
        ("Jane Roe is a reporter for the Daily Planet.", "Daily Planet"),
        ("Jane Roe is a staff writer with Example Weekly and covers courts.", "Example Weekly"),
        ("Jane Roe is the mayor of Riverton.", None),  # no newsroom role
        ("She told The Riverton Times she was a reporter at heart.", None),
    ],
)
def test_an_authors_note_closing_the_article_names_the_outlet(line, name):
    found = find_outlet_evidence(line, furniture=False, closing=True)
    assert (found.name if found else None) == name
    if found:
        assert found.kind == "author_note"
    assert find_outlet_evidence(line, furniture=False) is None  # only among the article's last lines


@pytest.mark.parametrize(("text", "domain", "name"), [
    ("Opinion\nThe Riverton Ledger\nCouncil shuts bridge", "riverton-ledger.example", None),  # hyphen: no label
    ("Read more from The Riverton Ledger today.", "rivertonledger.example", "The Riverton Ledger"),
    ("Agência Planalto\nCouncil shuts bridge", "agenciaplanalto.example.br", "Agência Planalto"),
    ("Posted by RTV News on Monday", "rtv.example", "RTV News"),  # the domain's name and a newspaper word
    ("the ledger said the river rose", "ledger.example", None),  # a common word in lower case names nothing
    ("Council shuts the old bridge", "riverton.example", None),
    # A section's host names a section: "news" is no outlet, the site's own label is.
    ("Top stories\nTalks resume, News said", "news.riverton.example", None),
    ("Riverton News\nTalks resume", "news.riverton.example", "Riverton News"),
    ("Riverton Post\nTalks resume", "rivertonpost.co.uk", "Riverton Post"),
    # "thehill": "The Hill" names it, a bare "Hill" does not.
    ("Lawmakers on Capitol Hill met.", "thehill.example", None),
    ("Lawmakers met, The Hill reported.", "thehill.example", "The Hill"),
    # The host's other label names an edition where the page writes it after the site's name.
    ("Riverton Asia\nTalks resume", "asia.riverton.example", "Riverton Asia"),
    ("Riverton Europe\nTalks resume", "asia.riverton.example", "Riverton"),
    ("Riverton Asia\nTalks resume", "www.riverton.example", "Riverton"),
])
def test_the_page_s_own_spelling_of_its_domain_names_the_outlet(text, domain, name):
    from loaders.extract.outlets import name_spelling_domain

    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("line", "named", "expected"), [
    ("Riverton News", True, True),  # under a headline: a newspaper word makes the outlet's byline
    ("Sports Reporter", True, False),  # a desk credit
    ("Sports Reporter", False, False),
    ("Jane Roe", True, False),
])
def test_an_unregistered_outlet_name_under_the_headline(line, named, expected):
    assert is_outlet_banner(line, "", None, named=named) is expected


def test_company_forms_leave_an_unregistered_outlet_s_name():
    found = resolve_outlet(Registry(), evidence=[OutletEvidence("The Riverton Ledger DAC", "© 2026 The Riverton "
                                                                "Ledger DAC", "copyright")])
    assert found.name == "The Riverton Ledger"


@pytest.mark.parametrize(("kind", "name", "expected"), [
    ("copyright", "Riverton Ledger Online", "Riverton Ledger"),  # a copyright line names the company
    ("copyright", "Riverton Ledger Media Group Ltd", "Riverton Ledger"),
    ("banner", "Riverton Digital", "Riverton Digital"),  # a banner names the title as it is
])
def test_an_unregistered_outlet_from_a_copyright_line_loses_its_business_words(kind, name, expected):
    assert resolve_outlet(Registry(), evidence=[OutletEvidence(name, name, kind)]).name == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Council shuts bridge\n© 2026 The Daily Planet. All rights reserved.", "The Daily Planet"),
    ("Council shuts bridge\nShe told the Daily Planet on Monday.", "Daily Planet"),  # the sentence's "the"
    ("Council shuts bridge\nDaily Planet", "Daily Planet"),
])
def test_a_registered_outlet_goes_by_its_the_name_where_the_page_writes_it(text, name):
    from loaders.extract.outlets import page_styled, resolve_outlet

    outlet = resolve_outlet(REGISTRY, url="https://dailyplanet.example/news/council-shuts-bridge")
    assert page_styled(outlet, text).name == name


# --- the page's own furniture over the registry, names as the page writes them ---

def test_the_page_s_banner_beats_a_registered_agency_s_copyright_line():
    # A local paper running a wire story: the story's copyright names the agency, the banner names the site.
    evidence = [OutletEvidence("The Morning Star", "The Morning Star", "banner"),
                OutletEvidence("Daily Planet", "Copyright 2026 Daily Planet. All rights reserved.", "copyright")]
    assert resolve_outlet(REGISTRY, evidence=evidence).name == "The Morning Star"
    # Equally strong evidence: the registry's name wins.
    evidence = [OutletEvidence("Morning Star", "© 2026 Morning Star", "copyright"),
                OutletEvidence("Daily Planet", "© 2026 Daily Planet", "copyright")]
    assert resolve_outlet(REGISTRY, evidence=evidence).name == "Daily Planet"


@pytest.mark.parametrize(("line", "name"), [
    ("© Riverton Ledger 2026", "Riverton Ledger"),  # the year after the name is the notice's
    ("© Riverton Ledger 2026. All rights reserved.", "Riverton Ledger"),
    ("© 2026 Riverton Ledger", "Riverton Ledger"),
])
def test_a_copyright_line_s_year_is_no_part_of_the_name(line, name):
    assert find_outlet_evidence(line).name == name


def test_a_copyright_notice_with_only_its_year_names_nothing():
    assert find_outlet_evidence("© 2026") is None


@pytest.mark.parametrize(("text", "domain", "name"), [
    ("Il Messaggero Ligure\nTalks resume", "messaggeroligure.example", "Il Messaggero Ligure"),
    ("© 2026 Het Noorderblad", "noorderblad.example", "Het Noorderblad"),
    ("La Voz Serrana\nTalks resume", "vozserrana.example", "La Voz Serrana"),
    ("talks in la Voz Serrana", "vozserrana.example", "Voz Serrana"),  # a lower-case article is the sentence's
])
def test_the_site_s_name_keeps_the_article_its_domain_leaves_out(text, domain, name):
    from loaders.extract.outlets import name_spelling_domain

    assert name_spelling_domain(text, domain).name == name


@pytest.mark.parametrize(("line", "banner"), [
    ("NewsChannel 9", True),  # a broadcaster's channel number
    ("Riverton 4 News", True),
    ("Riverton Channel 12", True),
    ("Top 10 Stories", False),  # a number without a broadcast word
    ("Riverton News 2026", False),  # a year is no channel number
    ("Jane Roe", False),
])
def test_a_broadcaster_s_banner_may_hold_its_channel_number(line, banner):
    assert is_outlet_banner(line, "", None) is banner


@pytest.mark.parametrize(("name", "text", "spelled"), [
    ("RIVERTON CLARION", "THE RIVERTON CLARION\n...\n© 2026 The Riverton Clarion, a division of X", "The Riverton Clarion"),
    ("NORTHLAND RADIO", "NORTHLAND RADIO\nBy Jo Roe — Northland Radio\nNorthland Radio", "Northland Radio"),
    ("KXRV", "KXRV\nWeather", "KXRV"),  # no other spelling: the capitals stay
    ("RIVERTON POST", "told the Riverton Post on Monday", "Riverton Post"),  # a lower-case "the" is the sentence's
])
def test_an_outlet_named_in_capitals_goes_by_the_page_s_own_spelling(name, text, spelled):
    from loaders.extract.outlets import Outlet, page_spelled

    assert page_spelled(Outlet(name=name), text).name == spelled


@pytest.mark.parametrize(("domain", "text", "name"), [
    ("westmarchchronicle.example", "Flooding in Westmarch closed two roads.", "Westmarch Chronicle"),  # the page writes it
    ("westmarchchronicle.example", "Westmarch. Flooding closed two roads.", None),  # only opening a sentence
    ("diariodelvalle.example", "Lluvias en el Valle durante la noche.", "Diario del Valle"),  # newspaper word first
    ("corrierelagunare.example", "Acqua alta nella zona Lagunare oggi.", "Corriere Lagunare"),
    ("corrierelagunare.example", "", None),
    ("acehherald.example", "", "Aceh Herald"),  # a region of the regions list
    ("tiranatimes.example", "", "Tirana Times"),  # a capital
])
def test_a_glued_domain_splits_at_words_the_page_or_the_place_lists_know(domain, text, name):
    from loaders.extract.outlets import readable_domain_name

    assert readable_domain_name(domain, text) == name


@pytest.mark.parametrize(("line", "closing", "name", "kind"), [
    ("Sign up for the Valley Beacon newsletter", False, "Valley Beacon", "newsletter"),
    ("Subscribe to the Valley Beacon today.", False, "Valley Beacon", "appeal"),  # "the" in lower case
    ("About Quillfeather", False, "Quillfeather", "about"),
    ("Quillfeather is part of Northern Media Group.", False, "Quillfeather", "about"),
    ("Contact Quillfeather", True, "Quillfeather", "about"),  # unlabelled, among the page's last lines
])
def test_the_site_s_lines_about_itself_name_it(line, closing, name, kind):
    found = find_outlet_evidence(line, furniture=not closing, closing=closing)
    assert (found.name, found.kind) == (name, kind)


def test_a_writer_and_her_outlet_after_a_comma_is_no_banner():
    assert not is_outlet_banner("Jo Roe, Riverton Broadcasting News", "", None, named=True)
    assert not is_outlet_banner("Jo Roe, Riverton Broadcasting News", "", None)


@pytest.mark.parametrize(("name", "domain", "spells"), [
    ("Harbourside Gazette", "hgz.example", True),  # the label's letters in order
    ("Lakeside Daily Tribune", "ldt.example", True),
    ("The Riverton Post", "rivertonpost.example", True),
    ("Weather", "hgz.example", False),
    ("Rafael Ortiz", "hgz.example", False),
    ("Harbourside News", "hgz.example", False),  # no "z"
    ("Jo Lee", "jl.example", False),  # a two-letter label spells too much
    ("Harbourside Gazette", None, False),
])
def test_a_name_spells_the_domain_s_letters(name, domain, spells):
    from loaders.extract.outlets import spells_domain_letters

    assert spells_domain_letters(name, domain) is spells


@pytest.mark.parametrize(("about", "others", "domain", "kept"), [
    ("Rafael Ortiz", [], None, False),  # nothing vouches for it
    ("Lakeside Museum of Art", [], "harbourgazette.example", False),
    ("Harbourside Gazette", [], "hgz.example", True),  # the domain's letters
    ("Harbourside Gazette", [("Harbourside Gazette Media Ltd", "copyright")], None, True),  # the copyright's name
    ("Harbourside Gazette", [("Harbourside Gazette", "banner")], None, True),
])
def test_the_site_s_lines_about_itself_need_the_site_s_own_evidence(about, others, domain, kept):
    from loaders.extract.outlets import OutletEvidence, vouched_evidence

    evidence = [OutletEvidence(name, name, kind) for name, kind in others] + [
        OutletEvidence(about, f"About {about}", "about")]
    assert (evidence[-1] in vouched_evidence(evidence, domain)) is kept


@pytest.mark.parametrize(("line", "text", "banner"), [
    # A name with a run of lowercase particles ("de las", "y"), vouched for by the page's copyright line.
    ("Instituto de las Artes del Sur", "© 2026 Instituto de las Artes del Sur. Todos los derechos.", True),
    ("Museo de Arte y Diseño", "About Museo de Arte y Diseño", True),
    ("Instituto de las Artes del Sur", "Talks resume", False),  # nothing vouches for it
])
def test_a_banner_name_may_hold_a_run_of_particles(line, text, banner):
    assert is_outlet_banner(line, text, None) is banner


# --- round 3 of pages5: outlet banners the domain spells with a web word, in capitals, or after a generic word ---

@pytest.mark.parametrize(("line", "domain", "expected"), [
    ("Marovel", "marovelonline.example", True),  # the domain's label with the web word the site added
    ("Marovel", "marovelweb.example", True),
    ("Marovel", "marovel.example", True),
    ("Tarn", "tarnonline.example", False),  # a stem under five letters names too many things
])
def test_a_banner_spelling_the_domain_without_its_web_word(line, domain, expected):
    assert is_outlet_banner(line, "", domain) is expected


@pytest.mark.parametrize(("text", "domain", "name"), [
    # A generic word as the site's label ("radio"): the name is the whole banner line it opens.
    ("Radio Marovia International\nTalks resume", "english.radio.example", "Radio Marovia International"),
    ("Talks resume, Radio said.", "radio.example", None),  # the bare word names nothing
])
def test_a_generic_domain_word_names_the_site_with_the_banner_it_opens(text, domain, name):
    from loaders.extract.outlets import name_spelling_domain

    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("name", "text", "spelled"), [
    # The copyright line writes the capitals: the name stays so, a dateline's "(Kxrv)" notwithstanding.
    ("KXRV", "KXRV\nRIVERTON, May 2 (Kxrv) - Talks resumed.\n© 2026 KXRV. All rights reserved.", "KXRV"),
    ("KXRV", "KXRV\nRIVERTON, May 2 (Kxrv) - Talks resumed.\n© 2026 Kxrv Media", "Kxrv"),
])
def test_capitals_the_copyright_line_writes_stay(name, text, spelled):
    from loaders.extract.outlets import Outlet, page_spelled

    assert page_spelled(Outlet(name=name), text).name == spelled


@pytest.mark.parametrize(("name", "letters"), [
    ("Riverton Harbour Authority", "RHA"),
    ("Bank of Kestrel", "BK"),
    ("The Kestrel & Valley Wire", "KVW"),
    ("Riverton said", ""),  # a phrase, not a name
])
def test_initials_of_a_name(name, letters):
    from loaders.extract.outlets import initials

    assert initials(name) == letters


@pytest.mark.parametrize(("name", "banners", "expected"), [
    ("RHA", ["Riverton Harbour Authority"], "Riverton Harbour Authority"),
    ("The RHA", ["Riverton Harbour Authority"], "Riverton Harbour Authority"),  # "The RHA said" in the text
    ("RHA", ["RHA", "Riverton Harbour Authority"], None),  # the masthead prints the letters: they are the name
    ("RHA", ["Riverton Herald"], None),  # initials differ
    ("Riverton Post", ["Riverton Post Authority"], None),  # no acronym
])
def test_an_acronym_goes_by_the_banner_that_spells_it(name, banners, expected):
    from loaders.extract.outlets import acronym_expansion

    assert acronym_expansion(name, banners) == expected


def test_an_acronym_from_the_domain_yields_to_the_banner_spelling_it_out():
    evidence = [OutletEvidence("KVW", "KVW", "site-name"),
                OutletEvidence("Kestrel Valley Wire", "Kestrel Valley Wire", "banner")]
    assert resolve_outlet(Registry(), url="https://kvw.example/a", evidence=evidence).name == "Kestrel Valley Wire"


_PRINTED_REGISTRY = Registry(outlets=(
    OutletEntry(name="Riverton Post Group", domain="rivertonpost.example", aliases=("Riverton Online", "RPG")),
    OutletEntry(name="Harbor Ledger", domain="harborledger.example", full_name="The Harbor Ledger"),
    OutletEntry(name="Kestrel", domain="kestrel.example"),
    OutletEntry(name="Kestrel Europe", domain="kestrel.example.eu"),
    OutletEntry(name="Kestrel Wire Service", domain="kestrelwire.example", aliases=("KESTREL WIRE",)),
    OutletEntry(name="Lark Today", domain="larktoday.example", aliases=("LARK TODAY",)),
    OutletEntry(name="Norwire", domain="norwire.example", full_name="Norwire News Agency",
                aliases=("Norwire News Agency",)),
))


@pytest.mark.parametrize(("url", "banner", "text", "expected"), [
    ("https://rivertonpost.example/a", "Riverton Online", "", "Riverton Online"),  # an alias printed as the banner
    ("https://rivertonpost.example/a", "RPG", "", "Riverton Post Group"),  # letters: the registry's name stays
    ("https://harborledger.example/a", "HARBOR LEDGER", "", "Harbor Ledger"),  # capitals: the registry's form
    ("https://harborledger.example/a", "THE HARBOR LEDGER", "", "Harbor Ledger"),  # and a leading "The"
    ("https://harborledger.example/a", "The Harbor Ledger", "", "Harbor Ledger"),
    ("https://rivertonpost.example/a", "RIVERTON ONLINE", "", "Riverton Online"),  # an alias in capitals
    ("https://rivertonpost.example/a", "RIVERTON POST GROUP", "", "Riverton Post Group"),
    ("https://kestrelwire.example/a", "KESTREL WIRE", "", "KESTREL WIRE"),  # the registry spells it so
    # an alias that is the name in other letters is lettering, not another brand: the registry's name
    ("https://larktoday.example/a", "LARK TODAY", "", "Lark Today"),
    ("https://larktoday.example/a", "THE LARK TODAY", "", "Lark Today"),
    ("https://larktoday.example/a", "Lark Today", "", "Lark Today"),
    ("https://harborledger.example/a", "HARBOR LEDGER", "Read the Harbor Ledger daily.", "Harbor Ledger"),
    ("https://harborledger.example/a", "Harbor Ledger", "", "Harbor Ledger"),
    ("https://kestrel.example.eu/a", "KESTREL", "", "Kestrel"),  # an edition's brand, in the registry's letters
    ("https://kestrel.example.eu/a", "Kestrel", "", "Kestrel"),
    ("https://rivertonpost.example/a", "rivertonpost.example", "", "Riverton Post Group"),  # an address
    # the kind words alone are no other brand: the registry's name (review finding: Xinhua)
    ("https://norwire.example/a", "Norwire News Agency", "", "Norwire"),
    ("https://norwire.example/a", "NORWIRE NEWS AGENCY", "", "Norwire"),
    ("https://norwire.example/a", "The Norwire News Agency", "", "Norwire"),
])
def test_a_registered_outlet_goes_by_the_name_its_banner_prints(url, banner, text, expected):
    from loaders.extract.outlets import banner_printed

    evidence = [OutletEvidence(banner, banner, "banner")]
    outlet = resolve_outlet(_PRINTED_REGISTRY, url=url, evidence=evidence, text=text)
    assert banner_printed(outlet, evidence, _PRINTED_REGISTRY, text).name == expected


def test_a_spectator_is_a_newspaper_word_so_its_banner_beats_the_publishers_copyright():
    assert is_outlet_banner("The Kestrel Spectator", "The Kestrel Spectator\nHeadline\n")
    evidence = [OutletEvidence("The Kestrel Spectator", "The Kestrel Spectator", "banner"),
                OutletEvidence("Vale Press", "© 2026 Vale Press, a.s. All rights reserved.", "copyright")]
    assert resolve_outlet(Registry(), url="https://spectator.vale.example/c/1", evidence=evidence).name \
        == "The Kestrel Spectator"


@pytest.mark.parametrize(("text", "domain", "name"), [
    # the domain's label is the initials of the name's first words and its last words in full
    ("Photo: Jo Roe for The Riverton City Post\n", "rcpost.example", "The Riverton City Post"),
    ("Read the Kestrel Valley Times daily.\n", "kvtimes.example", "Kestrel Valley Times"),
    ("Kestrel Vale said so.\n", "kvtimes.example", None),  # no word in full
    # the word a site adds to its name ("Online") belongs to the name the page prints
    ("Harbour Online\nNews\n", "harbour.example", "Harbour Online"),
    # a masthead in capitals keeps its article in capitals
    ("DIE KESTRELPOST\nNews\n", "kestrelpost.example", "DIE KESTRELPOST"),
])
def test_the_page_spells_the_domain(text, domain, name):
    from loaders.extract.outlets import name_spelling_domain

    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("line", "name"), [
    ("Jo Roe is a reporter covering business and transport at The Kestrel Spectator.", "The Kestrel Spectator"),
    ("Jo Roe is a reporter covering courts for Riverton Post.", "Riverton Post"),
    ("Jo Roe is a reporter covering Congress at the Capitol.", None),  # a beat's place, no newspaper's name
])
def test_an_author_note_names_the_paper_after_the_beat(line, name):
    found = find_outlet_evidence(line, furniture=False, closing=True)
    assert (found.name if found else None) == name


def test_the_publication_the_author_writes_for_beats_the_publishers_copyright():
    evidence = [OutletEvidence("Vale Press", "© 2026 Vale Press, a.s. All rights reserved.", "copyright"),
                find_outlet_evidence("Jo Roe is a reporter covering farming at The Kestrel Spectator.",
                                     furniture=False, closing=True)]
    assert resolve_outlet(Registry(), url="https://vale.example/c/1", evidence=evidence).name == "The Kestrel Spectator"


# Finding 15: a masthead in capitals does not rename a registered outlet (made-up pages on the registry's sites).
@pytest.mark.parametrize(("url", "banner", "expected"), [
    ("https://www.ft.com/content/abc", "FINANCIAL TIMES", "Financial Times"),
    ("https://www.ft.com/content/abc", "THE FINANCIAL TIMES", "Financial Times"),
    ("https://www.bbc.co.uk/news/uk-123", "BBC NEWS", "BBC News"),
    ("https://english.kyodonews.net/news/2026/03/abc.html", "KYODO NEWS", "Kyodo News"),
])
def test_a_banner_in_capitals_keeps_the_registry_name(url, banner, expected):
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument
    from loaders.registry import default_registry_dir, load_registry

    text = (f"{banner}\nMarkets rally as rates hold steady\nBy Gareth Jones\nMarch 2, 2026\n"
            "Markets rose on Monday after the central bank held its rate, traders said in the morning.\n\n"
            "Shares in banks led the gains, with the index up two per cent by the close of trading.\n")
    article = extract_article(SourceDocument("x.txt", "txt", text, {"url": url}), load_registry(default_registry_dir()))
    assert article.outlet_name == expected


# Finding 14: a newspaper word alone ("The Silent Spectator", a column's title) is weak evidence of the outlet: the
# banner names it where the site's address agrees or where it stands at the top above the menu; elsewhere the
# page's copyright line names the outlet. Made-up pages.
_COLUMN_BODY = ("Why the harbour bridge matters more than we admit\nBy Gareth Jones\nMonday, March 2, 2026\n"
                "The council voted on Monday to close the harbour bridge for six weeks of repairs, officials said.\n\n"
                "Work will start in April, the council said in a statement to residents on Tuesday evening.\n\n"
                "© 2026 Northern Voices Ltd\n")


@pytest.mark.parametrize(("url", "top", "expected"), [
    (None, "The Silent Spectator\n", "Northern Voices"),
    ("https://nv.example/opinion/bridge", "The Silent Spectator\n", "Northern Voices"),
    ("https://blog.example/p/1", "The Silent Spectator\n", "Northern Voices"),
    (None, "Home | News | Opinion\nThe Silent Spectator\n", "Northern Voices"),  # under the menu: a column
    (None, "The Silent Times\n", "Northern Voices"),  # any newspaper word
    (None, "The Kestrel Spectator\nHome | News | Opinion\n", "The Kestrel Spectator"),  # the masthead over the menu
    ("https://spectator.vale.example/c/1", "The Kestrel Spectator\n", "The Kestrel Spectator"),  # the address agrees
    ("https://kestrelspectator.example/c/1", "The Kestrel Spectator\n", "The Kestrel Spectator"),
])
def test_a_newspaper_word_alone_does_not_outrank_the_copyright_line(url, top, expected):
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument

    article = extract_article(SourceDocument("x.txt", "txt", top + _COLUMN_BODY, {"url": url} if url else {}),
                              Registry())
    assert article.outlet_name == expected
    assert article.title == "Why the harbour bridge matters more than we admit"


@pytest.mark.parametrize(("name", "domain", "agrees"), [
    ("The Kestrel Spectator", "spectator.vale.example", True),
    ("The Kestrel Spectator", "kestrelspectator.example", True),
    ("The Silent Spectator", "nv.example", False),
    ("The Silent Spectator", None, False),
])
def test_a_banner_agrees_with_the_domain(name, domain, agrees):
    from loaders.extract.outlets import agrees_with_domain

    assert agrees_with_domain(name, domain) is agrees


# An unregistered outlet's stored name is the page's mixed-case name where the page prints one where it names itself
# (a banner, a copyright line, an "About X" box); its capitals only where no mixed-case form exists. Made-up pages.
_PLAIN_BODY = ("Harbour bridge to close for six weeks of repairs\nBy Gareth Jones\nMonday, March 2, 2026\n"
               "The council voted on Monday to close the harbour bridge for six weeks of repairs, officials said.\n\n"
               "Work will start in April, the council said in a statement to residents on Tuesday evening.\n\n")


@pytest.mark.parametrize(("top", "bottom", "url", "expected"), [
    ("NORTHERN VOICES\nHome | News | Opinion\n", "© 2026 Northern Voices Ltd\n", None, "Northern Voices"),
    ("NORTHERN VOICES\nHome | News | Opinion\n", "© 2026 NORTHERN VOICES LTD\nAbout Northern Voices\n", None,
     "Northern Voices"),  # capitals in the copyright line, the mixed case in the box about the site
    ("Home | News | Opinion\n", "© 2026 NORTHERN VOICES LTD\nAbout Northern Voices\n",
     "https://northernvoices.example/a/1", "Northern Voices"),
    ("THE KESTREL HERALD\nHome | News | Opinion\n", "About The Kestrel Herald\n", "https://kestrelherald.example/a",
     "The Kestrel Herald"),
    ("Home | News | Opinion\n", "© 2026 NORTHERN VOICES\n", "https://northernvoices.example/a/1",
     "NORTHERN VOICES"),  # no mixed-case form anywhere: the capitals stay
    ("KXRV\nHome | News | Weather\n", "© 2026 KXRV\n", "https://kxrv.example/a", "KXRV"),
])
def test_an_unregistered_outlet_goes_by_the_page_s_mixed_case_name(top, bottom, url, expected):
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument

    article = extract_article(SourceDocument("x.txt", "txt", top + _PLAIN_BODY + bottom, {"url": url} if url else {}),
                              Registry())
    assert article.outlet_name == expected


def test_capitals_the_copyright_line_writes_yield_to_the_page_s_box_about_itself():
    from loaders.extract.outlets import Outlet, page_spelled

    text = "KXRV\nRIVERTON, May 2 (Kxrv) - Talks resumed.\n© 2026 KXRV. All rights reserved.\nAbout Kxrv Radio\n"
    assert page_spelled(Outlet(name="KXRV"), text).name == "KXRV"  # "Kxrv Radio" is another name
    text = "NORTHERN VOICES\n© 2026 NORTHERN VOICES LTD\nAbout Northern Voices\n"
    assert page_spelled(Outlet(name="NORTHERN VOICES"), text).name == "Northern Voices"


# A masthead naming a registered outlet by its name or by an alias that only differs in case is stored under the
# registry's name, whatever the page's letters, so the stored name does not depend on which page came first
# (made-up pages; real registry entries "USA Today" with alias "USA TODAY", "Financial Times", "Politico").
@pytest.mark.parametrize(("banner", "url", "name"), [
    ("USA TODAY", None, "USA Today"),
    ("USA TODAY", "https://www.usatoday.com/story/news/2025/03/03/council-bus-network/1/", "USA Today"),
    ("USA Today", None, "USA Today"),
    ("FINANCIAL TIMES", None, "Financial Times"),
    ("POLITICO", None, "Politico"),
])
def test_a_masthead_in_capitals_is_stored_under_the_registry_name(banner, url, name):
    from pathlib import Path

    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument
    from loaders.registry import load_registry

    registry = load_registry(Path(__file__).resolve().parents[3] / "loaders" / "registry" / "data")
    text = (banner + "\nCouncil votes to expand the bus network\nBy Jane Roe\nMarch 3, 2025\n"
            "The city council voted on Tuesday to expand the bus network across the northern districts, officials "
            "said.\n\nThe plan will add twelve routes by next spring, according to the transit agency.\n")
    article = extract_article(SourceDocument("x.txt", "txt", text, given={"url": url} if url else {}), registry)
    assert article.outlet_name == name
