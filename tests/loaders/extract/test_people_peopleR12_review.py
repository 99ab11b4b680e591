"""The review of people round R12's newly wrong cases, as made-up rows (each with near misses that must not change).

Each row: (id, body text under a made-up header, the people a reader lists, names that must not be people)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

H = "Valley Weekly\nPrize jury named for the year\nBy Staff Reporter\nMay 4, 2026\n"
LEAD = "The shortlist of the book prize was announced on Monday.\n"

ROWS = [
    # --- a story's subject, a member of a society whose name holds a plural "-ors" word, closing the page, is no
    # author's bio: only a board of contributors or of editors is an author's post
    ("society_of_authors", LEAD + "Tilde Marrow, 54, is a member of the Society of Authors and chairs the jury "
     "this year.\n", {"Tilde Marrow"}, set()),
    ("guild_of_editors", LEAD + "Tilde Marrow, who lives in Dover, is a member of the Guild of Editors.\n",
     {"Tilde Marrow"}, set()),
    ("union_of_translators", LEAD + "Tilde Marrow, a retired teacher, is a member of the Union of Authors and "
     "Translators.\n", {"Tilde Marrow"}, set()),
    # near misses: a board of contributors or of editors is still an author's post
    ("board_of_contributors", LEAD + "Tilde Marrow, 54, is a member of the Weekly's Board of Contributors.\n",
     set(), {"Tilde Marrow"}),
    ("board_of_editors", LEAD + "Tilde Marrow, a law professor, is a member of the Weekly's Board of Editors.\n",
     set(), {"Tilde Marrow"}),
    ("contributors_lowercase", LEAD + "Tilde Marrow, a former diplomat, is one of the Weekly's contributors.\n",
     set(), {"Tilde Marrow"}),
    # --- a span between a titled person and another is two people, not two places
    ("line_between_mayor", "The phone line between Mayor Holm and Bishop Varrow went dead during the crisis. "
     "Varrow later apologised.\n", {"Holm", "Varrow"}, set()),
    ("road_between_governor", "The road between Governor Tessel and Bishop Varrow was long, aides joked. Varrow "
     "laughed.\n", {"Tessel", "Varrow"}, set()),
    # near misses: places at both ends stay places, with the travel word in lowercase or opening the sentence
    ("bus_between_towns", "The bus service between Cockfen and Bishop Ardley was cut, the council said.\n",
     set(), {"Ardley"}),
    ("trains_between_towns", "Trains between Dunmarsh and Bishop Ardley were cancelled after the storm, the rail "
     "company said.\n", set(), {"Ardley"}),
    ("talks_between_people", "Talks between Holm and Bishop Varrow ended without a deal. Varrow said he would "
     "return.\n", {"Varrow"}, set()),
    ("trains_between_given", "Trains between Ana Holm and Bishop Varrow are a running joke, Varrow said.\n",
     {"Varrow"}, set()),
    # --- an Irish or an Italian surname written without its apostrophe ("ONeill", "DAngelo") is no initialism
    # glued to a word
    ("oneill", "Coach Ana Pike praised forward Liam ONeill after the win.\n", {"Ana Pike", "Liam ONeill"}, set()),
    ("obrien_okeeffe", "Shauna OBrien and Maeve OKeeffe were named in the list.\n",
     {"Shauna OBrien", "Maeve OKeeffe"}, set()),
    ("dangelo", "Marco DAngelo scored twice, his coach said.\n", {"Marco DAngelo"}, set()),
    # near misses: initialisms glued to a word stay firms' and brands' names
    ("jpmorgan", "Bankers at Morgan Kemp and JPMorgan Chase said the deal was done.\n", set(), {"JPMorgan Chase"}),
    ("espnews", "ESPNews Tonight drew a million viewers, the network said.\n", set(), {"ESPNews Tonight"}),
    ("ocbc_like", "Shares of OCBank Holdings fell, and OKRent Group said it would cut jobs.\n", set(),
     {"OCBank Holdings", "OKRent Group"}),
]


def _found(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


@pytest.mark.parametrize(("text", "expected", "not_people"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_peopleR12_review_row(text: str, expected: set[str], not_people: set[str]) -> None:
    names = _found(H + text)
    assert expected <= names
    assert not names & not_people


# --- after a job in commas, a closing line whose verb writes a column, a blog or a newsletter is an author's bio
# (review of peopleR12, M20: "Owen Tarr, a former mayor of Carrow, writes a weekly column for the Courier.")
BIO_ROWS = [
    ("writes_column", LEAD + "Olen Tarrow, a former mayor of Carrow, writes a weekly column for the Weekly.\n", set(),
     {"Olen Tarrow"}),
    ("writes_newsletter", LEAD + "Olen Tarrow, 61, writes a monthly newsletter on county politics.\n", set(),
     {"Olen Tarrow"}),
    # near misses: letters, a speech in the line, news of a writer, a line that is not the page's last
    ("writes_letters", LEAD + "Olen Tarrow, a retired teacher, writes letters to the mayor every week.\n",
     {"Olen Tarrow"}, set()),
    ("writes_column_said", LEAD + "Olen Tarrow, a retired teacher, writes a weekly column for the parish, she "
     "said.\n", {"Olen Tarrow"}, set()),
    ("wrote_column_news", LEAD + "Olen Tarrow, a columnist, wrote a column that angered the mayor.\n",
     {"Olen Tarrow"}, set()),
    ("writes_column_first", "Olen Tarrow, a former mayor, writes a weekly column for the parish. It angered the "
     "council, whose members voted to ban it on Monday. The vote was close.\nThe mayor said the ban would stand.\n"
     "Critics said it was unfair.\nTarrow said he would appeal.\nThe parish will meet again in June.\n"
     "The council has nine members.\nFour of them voted against the ban.\nThe column first ran in 2019.\n"
     "It is printed on Fridays.\nThe parish has 2,000 homes.\n", {"Olen Tarrow"}, set()),
]


@pytest.mark.parametrize(("text", "expected", "not_people"), [pytest.param(*row[1:], id=row[0]) for row in BIO_ROWS])
def test_apposed_writer_bio_row(text: str, expected: set[str], not_people: set[str]) -> None:
    names = _found(H + text)
    assert expected <= names
    assert not names & not_people


# --- a lone word after a spaced ampersand is a firm's name's ("Smith & Roe"), no mention of a person named like it
# (review of peopleR12, E05: the "&" was looked for in three characters before the word, one short of " & ")
AMPERSAND_ROWS = [
    ("Lawyers at Smith & Roe said the deal was void. Ana Roe, a founding partner of the firm, declined to comment.",
     {"Ana Roe": ["Ana Roe"]}),
    ("Smith & Roe said the deal was void. Ana Roe, a partner, declined to comment.", {"Ana Roe": ["Ana Roe"]}),
    ("Lawyers at Smith&Roe said the deal was void. Ana Roe, a partner, declined to comment.",
     {"Ana Roe": ["Ana Roe"]}),
    # near misses: people joined by an ampersand, a surname elsewhere
    ("Ana Roe & Jo Poe won the doubles final. Ana Roe said the court was fast.",
     {"Ana Roe": ["Ana Roe", "Ana Roe"], "Jo Poe": ["Jo Poe"]}),
    ("He thanked Jim & Sarah for the visit. Jim Brady and Sarah Brady smiled.",
     {"Sarah Brady": ["Sarah", "Sarah Brady"]}),
    ("Ana Roe, a partner at Smith & Kemp, said the deal was void. Roe declined to say more.",
     {"Ana Roe": ["Ana Roe", "Roe"]}),
]


@pytest.mark.parametrize(("text", "mentions"), AMPERSAND_ROWS)
def test_ampersand_firm_word_is_no_mention(text: str, mentions: dict[str, list[str]]) -> None:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", H + text + "\n", {}), registry)
    found = {p.name: [m.surface for m in sorted(p.mentions, key=lambda m: m.start)]
             for p in extract_people(article, registry)}
    assert {name: found.get(name) for name in mentions} == mentions
