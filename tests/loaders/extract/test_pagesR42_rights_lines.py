"""pagesR42 (made-up rows): a copyright line with a short qualifier before its word ("Crown copyright © 2026, ...")
and the rights-reserved line in another language ("Todos los derechos reservados.") are the page's copyright
furniture; a story's sentence about copyright or about rights kept stays."""
import pytest

from loaders.extract import boilerplate

LINES = [
    ("Crown copyright © 2026, Province of Harlowe.", True),
    ("Crown Copyright 2025 Harlowe Government", True),
    ("© 2026 Diario Harlowe. Todos los derechos reservados.", True),
    ("Tous droits réservés.", True),
    ("Harlow Zeitung GmbH. Alle Rechte vorbehalten.", True),
    ("Copyright 2026 Giornale di Harlow – Tutti i diritti riservati", True),
    ("Todos os direitos reservados.", True),
    ("Alle rechten voorbehouden.", True),
    # near misses: the story's sentences about copyright or about rights
    ("Crown copyright protects the maps the council published last year, the minister said.", False),
    ("The province said crown copyright would lapse on the archive in 2030.", False),
    ("The union said all rights were reserved for the members who had signed before May.", False),
    ("\"Todos los derechos reservados\" was printed on every ticket, the organisers said.", False),
    ("The court said the publisher had reserved all rights to the translation.", False),
    ("Tous droits réservés is the phrase the court found on each page of the seized copies, he said.", False),
    ("A copyright dispute between the two studios went to court on Tuesday.", False),
    ("Harlow Zeitung GmbH said it would appeal.", False),
]


@pytest.mark.parametrize("line,cut", LINES)
def test_copyright_line_with_qualifier_or_another_language(line, cut):
    assert (boilerplate.scan_lines(["Headline of the story here", "First paragraph of the story, which runs on.",
                                    line])[-1] == "copyright") is cut


from loaders.extract import text_article  # noqa: E402

_STORY = "The council approved the new ferry timetable on Tuesday after a long debate about the winter crossings."
LISTS = [
    # hits: a fact list's items under its first one stay the body's
    ([_STORY, "- Harlow has about 40 kilometres of river walls protecting the old town and about 3,000 homes behind them",
      "- the council is responsible for the walls under the Harbour Act",
      "- the work is part of a $20-million programme announced in 2024"], 4),
    ([_STORY, "• the ferry carries about 900 passengers a day in the summer months and about 300 a day in winter",
      "• a second boat is expected to join the route in the spring"], 3),
    ([_STORY, "* the crossing takes about twenty minutes in calm weather and up to forty minutes in a winter storm",
      "* tickets are sold on board and at the harbour office"], 3),
    # near misses: what stands under the list is furniture
    ([_STORY, "- Harlow has about 40 kilometres of river walls protecting the old town and about 3,000 homes behind them",
      "- Share this story"], 2),
    ([_STORY, "- Harlow has about 40 kilometres of river walls protecting the old town and about 3,000 homes behind them",
      "- Council Approves New Harbour Wall Funding Plan"], 2),
    ([_STORY, "- Harlow has about 40 kilometres of river walls protecting the old town and about 3,000 homes behind them",
      "• the ferry carries about 900 passengers a day in the summer months"], 2),
    ([_STORY, "the council is responsible for the walls under the Harbour Act",
      "Related stories"], 1),
    ([_STORY, "- Harlow has about 40 kilometres of river walls protecting the old town and about 3,000 homes behind them",
      "Related stories", "- the council is responsible for the walls under the Harbour Act"], 2),
]


@pytest.mark.parametrize("paragraphs,kept", LISTS)
def test_fact_list_items_under_the_last_item_stay(paragraphs, kept):
    assert len(text_article._drop_trailing_furniture(list(paragraphs), text_article.TextParts())) == kept


CREDIT_TAILS = [
    # hits: a caption's credit naming someone with letters beyond ASCII
    ("Ása Jónsdóttir at the quay in Höfn. Photo: Árni Pétursson", True),
    ("The mended pier at Ørsted Bay. Photo: Søren Ødegård", True),
    ("Miners at the gate of the Łódź plant. Photo: Łukasz Żółć", True),
    ("A ferry leaving Ísafjörður. Photo: Jo Roe", True),
    # near misses: a sentence after the stop, not a credit
    ("Ása Jónsdóttir at the quay in Höfn. Photos show the damage à la carte", False),
    ("The mended pier at Ørsted Bay. Photographs were taken by Søren Ødegård", False),
    ("A ferry leaving Ísafjörður. Pictures from the scene show ólafur waving", False),
    ("Miners at the gate of the Łódź plant. The strike began on Monday", False),
]


@pytest.mark.parametrize("line,credit", CREDIT_TAILS)
def test_caption_credit_in_any_script(line, credit):
    assert text_article._credit_after_stop(line) is credit


from loaders.extract import article, outlets  # noqa: E402

_PAGE = "A release of the province about its harbour works, with a long body of text."
BANNERS = [
    # hits: the institution's name whose words spell the site's label together
    ("Government of Nova Kestrel", "news.novakestrel.example", True),
    ("Ministry of Port Harlow Affairs", "porthar.example", False),
    ("Government of South Kestrel", "www.southkestrel.example", True),
    ("Department of New Harlowe Fisheries", "fisheries.newharlowe.example", True),
    # near misses: no institution word, another site, the words out of order or short of the label
    ("Friends of Nova Kestrel", "news.novakestrel.example", False),
    ("Government of Nova Kestrel", "news.harlowpost.example", False),
    ("Government of Kestrel Nova", "news.novakestrel.example", False),
    ("Government of Nova", "news.novakestrel.example", False),
]


@pytest.mark.parametrize("line,domain,banner", BANNERS)
def test_institution_banner_spelling_the_label_across_words(line, domain, banner):
    assert outlets.is_outlet_banner(line, _PAGE, domain) is banner


_REST = ["News Releases", "Fisheries", "News release", "Province Rebuilds Harbour Wall at Kestrel Point",
         "The province is spending $4 million to rebuild the harbour wall at Kestrel Point, the minister said."]
OVER = [
    (["Skip to main content", "Government of Nova Kestrel"], True),
    (["Skip to content", "Government of Nova Kestrel"], True),
    (["Skip to navigation", "Government of Nova Kestrel"], True),
    # near misses: a long furniture line over the banner is a page's lower part
    (["Share this story on Facebook and Twitter", "Government of Nova Kestrel"], False),
    (["Skip the queue at the harbour office today", "Government of Nova Kestrel"], False),
]


@pytest.mark.parametrize("top,found", OVER)
def test_skip_link_is_no_headline_over_the_banner(top, found):
    from loaders.registry import bundled_registry_dir, load_registry
    lines = top + _REST
    labels = [None if line not in top[:1] else "share" for line in lines]
    evidence = article._outlet_banners(lines, labels, load_registry(bundled_registry_dir()), "\n".join(lines),
                                       "news.novakestrel.example", "")
    assert any(item.name == "Government of Nova Kestrel" for item in evidence) is found


from loaders.extract import pubdates  # noqa: E402

DOTTED = [
    # hits: day, month word and year parted by stops alone
    ("3.dez.2026 às 7h00", "2026-12-03"),
    ("14.nov.2026", "2026-11-14"),
    ("Atualizado 9.jan.2025 às 18h30", "2025-01-09"),
    ("21.Mar.2024", "2024-03-21"),
    ("The vote was held on 21.mar.2024.", "2024-03-21"),
    # near misses: no month word, a version number, a file name, letters glued around it
    ("v2.3.abc.2026", None),
    ("3.foo.2026", None),
    ("Version 3.dez.2026x", None),
    ("File 12.ene.2025.pdf", None),
]


@pytest.mark.parametrize("text,day", DOTTED)
def test_day_month_year_parted_by_stops(text, day):
    found = [item for item in pubdates.find_dates(text) if item.precision == "day"]
    assert (found[0].value.isoformat() if found else None) == day
