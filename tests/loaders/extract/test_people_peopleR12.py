"""#9 people, round R12: general mechanisms read from the real sets' tune errors, with made-up text only.

Each row: (id, body text under a made-up header, the people a reader lists, names that must not be people).
Near misses (rows that must not change) outnumber the rows each mechanism changes."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

H = "Metro Daily\nCouncil weighs the budget for the year\nBy Staff Reporter\nMay 4, 2026\n"
LEAD = "The mayor spoke for an hour about the budget and the roads.\n"

ROWS = [
    # --- an author's biography closing the page with the author's other job in commas before the post:
    # "Jo Roe, a law professor, is a member of the Ledger's Board of Contributors."
    ("apposed_board", LEAD + "Tomas Ridley, a Lakeside University law professor, is a member of the Daily "
     "Ledger's Board of Contributors.\n", set(), {"Tomas Ridley"}),
    ("apposed_columnist", LEAD + "Ana Lund, a former diplomat, is a columnist for the Daily Ledger.\n",
     set(), {"Ana Lund"}),
    ("apposed_editorial_board", LEAD + "Jo Roe, a longtime contributor, is a member of the Ledger's editorial "
     "board.\n", set(), {"Jo Roe"}),
    ("apposed_writes", LEAD + "Jordan Pike, the Ledger's public safety reporter, writes about fires and floods.\n",
     set(), {"Jordan Pike"}),
    ("apposed_who", LEAD + "Jordan Pike, who teaches law at Dover College, is a member of the Daily Ledger's "
     "Board of Contributors.\n", set(), {"Jordan Pike"}),
    ("apposed_age", LEAD + "Jordan Pike, 54, is a member of the Daily Ledger's Board of Contributors.\n", set(),
     {"Jordan Pike"}),
    # near misses: news about a person with a writer's job, or a story's subject, closing the page
    ("apposed_detained", LEAD + "Police said the crash happened at noon.\nJo Roe, a reporter for the Ledger, was "
     "detained in Cairo on Monday.\n", {"Jo Roe"}, set()),
    ("apposed_hurt", LEAD + "Jo Roe, a freelance journalist, was among those hurt in the blast.\n",
     {"Jo Roe"}, set()),
    ("apposed_sued_speech", LEAD + "Jo Roe, an editor at the Ledger, has sued the city over the records, her "
     "lawyer said.\n", {"Jo Roe"}, set()),
    ("apposed_sued_first", "Jo Roe, a columnist for the Ledger, has sued the city over the records. The case goes "
     "to court in May.\n" + LEAD, {"Jo Roe"}, set()),
    ("apposed_school_board", LEAD + "Tomas Ridley, a retired teacher, is a member of the school board and said "
     "the vote was unfair.\n", {"Tomas Ridley"}, set()),
    ("apposed_union", "Council member Ana Pike said the vote was close.\nAna Lund, a nurse at the clinic, is a "
     "member of the union and has worked there for 20 years.\n", {"Ana Lund", "Ana Pike"}, set()),
    ("apposed_writes_speech", LEAD + "Jo Roe, a retired teacher, writes about the roads in her letters, she "
     "said.\n", {"Jo Roe"}, set()),
    ("apposed_age_nurse", LEAD + "Jo Roe, 54, is a nurse at the clinic on Elm Street.\n", {"Jo Roe"}, set()),
    ("apposed_who_critic", LEAD + "Jo Roe, who lives in Dover, is a critic of the plan.\n", {"Jo Roe"}, set()),
    ("apposed_who_sued", LEAD + "Jo Roe, who writes for the Ledger, was detained in Cairo on Monday.\n",
     {"Jo Roe"}, set()),
    ("apposed_is_speech", LEAD + "Jo Roe, a columnist for the Ledger, is \"appalled\" by the plan, she said.\n",
     {"Jo Roe"}, set()),
    # --- a prophet or an apostle before one given name is a person, as "the poet Homer" is
    ("prophet_one_name", "The biblical prophet Daniel wrote of living under the king's reign.\n", {"Daniel"}, set()),
    ("prophet_said", "The prophet Isaiah foretold it, the pastor said.\n", {"Isaiah"}, set()),
    ("apostle_one_name", "The apostle Paul wrote letters to the churches of the region.\n", {"Paul"}, set()),
    # near misses: the words in things' names, and a full name after them, stay as they were
    ("prophet_mosque", "Pilgrims prayed at the Prophet's Mosque in Medina on Friday, officials said.\n", set(),
     {"Prophet", "Mosque"}),
    ("prophet_app", "The Prophet app lets users track rain, its maker said.\n", set(), {"Prophet"}),
    ("apostle_church", "Worshippers sang hymns in the Apostle Church on Elm Street.\n", set(), {"Apostle Church"}),
    ("apostle_book", "He sold copies of The Apostle Chronicles at the fair, the organiser Ana Pike said.\n",
     {"Ana Pike"}, {"Apostle Chronicles"}),
    ("prophet_full_name", "The false prophet Zebulon Kray was jailed in 2019, prosecutors said.\n",
     {"Zebulon Kray"}, set()),
    ("prophets_plural", "The prophets of doom were wrong again, the mayor said.\n", set(), {"Doom"}),
    # --- a compiler named only in the possessive opening a reference work's title is nobody of the article
    ("atlas_title", "The figures come from Sam Hollis's Atlas of County Elections, which tracks turnout.\n", set(),
     {"Sam Hollis"}),
    ("guide_title", "According to Ralph Mercer’s Guide to State Politics, the county backed every winner.\n", set(),
     {"Ralph Mercer"}),
    # near misses: the compiler told of elsewhere, a lowercase work, a titled compiler, a book that is no
    # reference work
    ("atlas_named_again", "The figures come from Sam Hollis's Atlas of County Elections. Hollis said turnout "
     "fell.\n", {"Sam Hollis"}, set()),
    ("guide_lowercase", "Sam Hollis's guide to state politics sold well, the publisher said.\n", {"Sam Hollis"},
     set()),
    ("atlas_titled", "The maps come from historian Sam Hollis's Atlas of County Elections.\n", {"Sam Hollis"},
     set()),
    ("memoir_title", "The figures come from Sam Hollis's Life in County Politics, his memoir, he said.\n",
     {"Sam Hollis"}, set()),
    # --- an initialism glued to a word ("JPMorgan", "ESPNews") opens a firm's or a brand's name, not a person's
    ("glued_initialism_firm", "Bankers at Morgan Stanley and JPMorgan Chase said the deal was done.\n", set(),
     {"JPMorgan Chase"}),
    ("glued_initialism_alone", "Chase said the bank would grow, and JPMorgan Chase shares rose.\n", set(),
     {"JPMorgan Chase", "Chase"}),
    # near misses: names with a capital inside, a mistyped given name, a person after the brand
    ("inner_capitals", "LaToya Pike and DeShawn Moore said they would vote, as did Mary McDonald.\n",
     {"LaToya Pike", "DeShawn Moore", "Mary McDonald"}, set()),
    ("mistyped_given", "HIllary Roe said she would win the state.\n", {"HIllary Roe"}, set()),
    ("brand_then_person", "JPMorgan Chase chief executive Jamie Dimon said the bank would grow.\n",
     {"Jamie Dimon"}, set()),
    ("mac_names", "Ewan MacLeod and Ruth DiMaggio said the vote was close.\n", {"Ewan MacLeod", "Ruth DiMaggio"},
     set()),
    # --- a firm's staff by their trade before "at" ("bankers at", "researchers at") make the name after it a firm's
    ("bankers_at", "Bankers at Morgan Kemp said the deal was done.\n", set(), {"Morgan Kemp"}),
    ("researchers_at", "Researchers at Grant Ellery found the flaw, the report said.\n", set(), {"Grant Ellery"}),
    # near misses: a person's practice in the possessive, "at" after a verb, a thrown thing's target
    ("lawyers_at_possessive", "Lawyers at Jo Roe's practice said the case was closed.\n", {"Jo Roe"}, set()),
    ("shouted_at", "Protesters shouted at Ana Roe as she left the hall.\n", {"Ana Roe"}, set()),
    ("looked_at", "The bankers looked at Ana Roe and laughed, the witness said.\n", {"Ana Roe"}, set()),
    ("thrown_at", "Eggs were thrown by protesters at Ana Roe during the rally, police said.\n", {"Ana Roe"}, set()),
    # --- a town's title and one word at the second end of a span between places is a town
    ("between_towns", "Buses run between Cockfield and Bishop Auckland four times a day.\n", set(),
     {"Auckland", "Bishop Auckland"}),
    ("service_between_towns", "The firm cut the number 84 service between Cockfield and Bishop Auckland.\n", set(),
     {"Auckland", "Bishop Auckland"}),
    # near misses: a person at either end, a royal after a lowercase end, the title with a given name
    ("between_person_first", "The feud between Ana Roe and Queen Xyla ended, the palace said.\n",
     {"Ana Roe", "Xyla"}, set()),
    ("between_given_name", "Talks between Ankara and King Salman ended on Monday.\n", {"Salman"}, set()),
    ("talks_between", "Talks between Holtby and Bishop Wexmoor stalled after the synod.\n", {"Wexmoor"}, set()),
    ("between_lowercase_end", "Relations between the prime minister and Prince Harrow soured, aides said.\n",
     {"Harrow"}, set()),
    ("and_without_between", "Cockfield and Bishop Auckland met the mayor, who said they would help.\n",
     {"Auckland"}, set()),
    # --- a broadcast show named after its host ("Jimmy Kimmel Live") is no person, nor a person's longer name
    ("show_live", "He appeared on Dana Welk Live on Tuesday to talk about the race.\n", set(),
     {"Dana Welk Live"}),
    ("show_live_bang", "He appeared on Dana Welk Live! on Tuesday.\n", set(), {"Dana Welk Live"}),
    # near misses: "live" in lowercase after a person, "Live" opening another show's name, "lives"
    ("live_lowercase", "Fans watched Dana Welk live on the stage, the promoter said.\n", {"Dana Welk"}, set()),
    ("said_live", "\"I love it,\" Dana Welk said live on air.\n", {"Dana Welk"}, set()),
    ("live_with", "Live with Dana Welk drew a big audience, the network said.\n", {"Dana Welk"}, set()),
    ("lives_in", "He said Dana Welk lives in Dover with her family.\n", {"Dana Welk"}, set()),
    # --- "Bros" (brothers) closing a name makes a firm's, as "Brothers" does
    ("bros_dotted", "He bought a bagel at Einstein Bros., witnesses said.\n", set(), {"Einstein Bros"}),
    ("bros_said", "Warner Bros. said the film would open in May, a spokeswoman said.\n", set(), {"Warner Bros"}),
    # near misses: a person beside the firm, brothers in lowercase
    ("bros_owner", "The Einstein Bros shop closed, owner Ana Pike said.\n", {"Ana Pike"}, {"Einstein Bros"}),
    ("brothers_lowercase", "The Welk brothers ran the shop, Rob Welk said.\n", {"Rob Welk"}, set()),
    ("bro_nickname", "Ana Pike, whom friends call Bro, said the shop would close.\n", {"Ana Pike"}, set()),
]


def _found(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


@pytest.mark.parametrize(("text", "expected", "not_people"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_peopleR12_row(text: str, expected: set[str], not_people: set[str]) -> None:
    names = _found(H + text)
    assert expected <= names
    assert not names & not_people
