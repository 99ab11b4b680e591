"""A newsroom team credited as the byline ("Kestrel Team") is a desk credit without authors; menu lines naming a
team ("Our Team", "Meet the Team") are not bylines. Made-up lines."""
import pytest

from loaders.extract.pageblocks import STAFF_CREDIT, is_byline
from loaders.extract.text_article import authors_from_byline, parse_text


@pytest.mark.parametrize(("line", "credit"), [
    ("Kestrel Team", False),  # a team word alone: a headline or kicker may end so ("Olympic Team")
    ("By Kestrel Team", True),
    ("Nation Team", True),  # a newspaper word
    ("Kestrel Digital Team", True),  # a newsroom word
    ("Wales Name Team", False),
    ("Olympic Team", False),
    ("Rescue Team", False),
    ("By Riverton News Team", True),
    ("Editorial Team", True),
    ("Our Team", False),
    ("Meet the Team", False),
    ("The Team", False),
    ("Leadership Team", False),
    ("Team", False),
    ("Jane Roe", False),
])
def test_a_team_credit_is_a_desk_byline(line, credit):
    assert bool(STAFF_CREDIT.match(line)) is credit
    if credit:
        assert is_byline(line)
        assert authors_from_byline(line) == []


def test_a_team_credit_under_the_headline_is_the_byline():
    text = ("Riverton Ledger\nHome | News | Sport\nCouncil votes to close the old harbour bridge for repairs\n"
            "Ledger Team\nMonday, March 2, 2026\n"
            "The council voted on Monday to close the harbour bridge for six weeks of repairs.\n\n"
            "Work will start in April, the council said in a statement to residents.\n")
    parts = parse_text(text)
    assert parts.byline == "Ledger Team"


_BODY = ("The council voted on Monday to close the harbour bridge for six weeks of repairs, officials said.\n\n"
         "Work will start in April, the council said in a statement to residents on Tuesday evening.\n")


# A headline or kicker ending in "Team" above a real "By <person>" line: the person is the byline.
@pytest.mark.parametrize(("head", "title", "byline"), [
    ("Wales Name Team\nBy Gareth Jones\n", "Wales Name Team", "By Gareth Jones"),
    ("Wales News Team\nBy Gareth Jones\n", "Wales News Team", "By Gareth Jones"),  # a news word, still a headline
    ("Olympic Team\nSwimmers set for Paris as squad is named\nBy Gareth Jones\n",
     "Swimmers set for Paris as squad is named", "By Gareth Jones"),
    ("Rescue Team\nClimbers saved from the ridge after a night on the hill\nBy Gareth Jones\n",
     "Climbers saved from the ridge after a night on the hill", "By Gareth Jones"),
    ("World Cup Team\nSwimmers set for Paris as squad is named\nBy Gareth Jones\n",
     "Swimmers set for Paris as squad is named", "By Gareth Jones"),  # 'world' is a newspaper word
    ("Swimmers set for Paris as squad is named\nSport Desk Team\nBy Gareth Jones\n",
     "Swimmers set for Paris as squad is named", "By Gareth Jones"),  # a desk team, then the person
    ("Swimmers set for Paris as squad is named\nNation Team\n",
     "Swimmers set for Paris as squad is named", "Nation Team"),  # a team credit alone stays the byline
])
def test_a_real_byline_beats_a_line_ending_in_team(head, title, byline):
    parts = parse_text(head + "Monday, March 2, 2026\n" + _BODY)
    assert (parts.title, parts.byline) == (title, byline)
    if byline.startswith("By "):
        assert authors_from_byline(parts.byline) == ["Gareth Jones"]


# An outlet's name under the headline is its byline only where no person's byline follows (made-up pages).
@pytest.mark.parametrize(("head", "byline", "authors"), [
    ("Kestrel News\nBy Gareth Jones\n", "By Gareth Jones", ["Gareth Jones"]),
    ("The Silent Spectator\nBy Gareth Jones\n", "By Gareth Jones", ["Gareth Jones"]),
    ("Kestrel News\n", "Kestrel News", []),
])
def test_a_person_s_byline_beats_an_outlet_name_above_it(head, byline, authors):
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument
    from loaders.registry import Registry

    text = "Why the harbour bridge matters more than we admit\n" + head + "Monday, March 2, 2026\n" + _BODY
    article = extract_article(SourceDocument("x.txt", "txt", text), Registry())
    assert (article.title, article.byline, article.authors) == (
        "Why the harbour bridge matters more than we admit", byline, authors)


# A bare team line (no "By") is a byline only where bylines stand: under the headline or beside its date line,
# never above the headline (a section's or a site's team line there). Made-up rows, written before the fix.
@pytest.mark.parametrize(("head", "byline"), [
    ("News Team\nCouncil votes to close the old harbour bridge\nMonday, March 2, 2026\n", None),
    ("Kestrel News Team\nCouncil votes to close the old harbour bridge\nMonday, March 2, 2026\n", None),
    ("Editorial Team\nCouncil votes to close the old harbour bridge\nMonday, March 2, 2026\n", None),
    ("Monday, March 2, 2026\nNews Team\nCouncil votes to close the old harbour bridge\n", None),
    ("Council votes to close the old harbour bridge\nNews Team\nMonday, March 2, 2026\n", "News Team"),
    ("Council votes to close the old harbour bridge\nMonday, March 2, 2026\nNews Team\n", "News Team"),
    ("Council votes to close the old harbour bridge\nKestrel News Team\nMonday, March 2, 2026\n",
     "Kestrel News Team"),
    ("By News Team\nCouncil votes to close the old harbour bridge\nMonday, March 2, 2026\n", "By News Team"),
])
def test_a_bare_team_line_is_a_byline_only_where_bylines_stand(head, byline):
    parts = parse_text(head + _BODY)
    assert (parts.title, parts.byline) == ("Council votes to close the old harbour bridge", byline)
