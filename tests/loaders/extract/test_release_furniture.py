"""A government press release's page furniture: its notes for editors under the text, its record lines (release
number, visitor counter, other languages, the social prompt), its sender's byline ("From: ... Office"), the
agency office credited on its date line ("by PIB Delhi") and the masthead that spells out the acronym the domain
gives. Rows on made-up text, each with near misses where the rule must not fire."""
import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.extract.outlets import acronym_expansion, masthead
from loaders.extract.text_article import authors_from_byline
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "heading"), [
    ("Notes to editors", True),
    ("Note for editors:", True),
    ("Notes to Editors", True),
    ("Editors' notes", True),
    ("Information for journalists", True),
    # near misses: a sentence, an editor's note opening a line, the notes of someone else
    ("Notes to editors were sent on Monday, the ministry said.", False),
    ("Editor's note: this story was updated.", False),
    ("Notes from the field", False),
    ("Editor's note", False),  # a note that may head the article itself
])
def test_notes_for_editors_head_the_releases_tail(line, heading):
    assert boilerplate.is_end_heading(line) is heading


@pytest.mark.parametrize(("line", "kind"), [
    ("Follow us on social media:", "share"),
    ("Find us on social media", "share"),
    ("(Release ID: 2231405)", "disclosure"),
    ("Press Release No. 14/2026", "disclosure"),
    ("Visitor Counter : 958", "disclosure"),
    ("Read this release in: Tamil, Urdu", "disclosure"),
    # near misses: prose that mentions the same words
    ("Follow us on social media for updates on the storm, the council said.", None),
    ("The release ID: 55 was printed wrongly, the ministry said.", None),
    ("Visitor counter figures rose by 40 percent last year at the museum.", None),
    ("Read this article in full on the council's website before the vote.", None),
])
def test_a_releases_record_lines(line, kind):
    assert boilerplate.classify_line(line) == kind


_RELEASE = """Kestrel Weather Office
Government of Kestrel
Ministry of Rivers
Kestrel and Varden sign flood warning pact
Gauges to share river readings every hour from next spring
Posted On: 03 DEC 2026 5:10PM by KWO Lagos
The Ministry of Rivers today signed a pact with Varden's water agency on sharing river gauge readings during the flood season, at the ministry's offices in Riverton.
"Every village on the Kestrel should hear of a flood as early as the town does," said Dr. Mara Oduya, Secretary of the ministry, who signed the pact for Kestrel.
Under the pact, the weather office will share readings from 40 gauges with Varden's forecasters and train 20 of their staff in Riverton next year.
A member of the Varden delegation, Tomas Berg, said the pact would cut warning times for the lower valley by several hours.
The two countries signed a first agreement on river data in 2019.
***
AB/CD
(Release ID: 2231405)
Visitor Counter : 958
Read this release in: Tamil
Follow us on social media:
"""

_SENT = """Kestrel Gov
Home
Press release
Kestrel and Varden sign £10 million river partnership
The partnership will fund flood walls at Arden and train 100 engineers over five years.
From: Office for Rivers & Coasts
Published 30 November 2026
Kestrel and Varden today signed a £10 million partnership to protect river towns in the lower valley from flooding.
The agreement was signed in Riverton by the minister for rivers and Varden's minister for works, who both spoke of the floods of last winter.
The first group of engineers will begin training in Riverton in September 2027, and the flood walls at Arden are due to be finished before the rainy season.
The partnership builds on a memorandum signed by the two governments in June 2024.
Notes to editors
The partnership is funded through Kestrel's climate fund, which has paid for river defences in six countries since it was set up.
Media enquiries: Rivers Newsdesk, email news@rivers.example
Share this page
"""


def _article(raw: str, url: str):
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())


def test_a_release_closes_on_its_text_and_credits_its_office_no_byline():
    article = _article(_RELEASE, "https://kwo.gov.example/release?id=2231405")
    assert article.outlet_name == "Kestrel Weather Office"  # the masthead spells out the domain's letters
    assert article.byline is None and article.authors == []  # "by KWO Lagos": the agency's office
    assert article.body.endswith("signed a first agreement on river data in 2019.")


def test_a_senders_byline_names_no_author_and_notes_for_editors_leave_the_body():
    article = _article(_SENT, "https://www.kestrelgov.example/news/river-partnership")
    assert article.byline == "From: Office for Rivers & Coasts"
    assert article.authors == []
    assert article.body.endswith("signed by the two governments in June 2024.")


@pytest.mark.parametrize(("byline", "authors"), [
    ("by KWO Lagos", []),  # an agency's letters and its office's city
    ("From: Office for Rivers & Coasts", []),
    ("By Jo Roe, Ministry of Rivers", ["Jo Roe"]),  # near miss: the writer stays, her employer goes
    ("By JJ Washington", ["JJ Washington"]),  # near miss: two letters are a person's initials
    ("By KWO Smith", ["KWO Smith"]),  # near miss: no place after the letters
    ("By Tomas Berg in Riverton", ["Tomas Berg"]),
])
def test_institutions_and_agency_offices_are_no_authors(byline, authors):
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(("name", "banners", "text", "expected"), [
    ("KWO", [], "Kestrel Weather Office\nGovernment of Kestrel\nHome\n", "Kestrel Weather Office"),
    ("KWO", [], "\n\nKestrel Weather Office\nHome\n", "Kestrel Weather Office"),  # blank lines before it
    # near misses: the masthead prints the letters themselves, the name stands below the first line, initials differ
    ("KWO", [], "KWO\nKestrel Weather Office\nHome\n", None),
    ("KWO", [], "Home\nKestrel Weather Office\n", None),
    ("KWO", [], "Kestrel Water Board\nHome\n", None),
    ("KWO", ["KWO"], "Kestrel Weather Office\nHome\n", None),
])
def test_the_masthead_spells_out_an_acronym(name, banners, text, expected):
    assert acronym_expansion(name, banners, masthead(text)) == expected


@pytest.mark.parametrize(("line", "kind"), [
    # the outlet's calls under the article: its tip line, its social pages, its membership
    ("Do you have a story for us? Get in touch by emailing news@riverton.example.", "credits"),
    ("Got a story? Contact us by messaging tips@riverton.example", "credits"),
    ("Keep up to date with the latest news by following Riverton Courier on Facebook and Instagram.", "share"),
    ("Stay up-to-date by following us on social media.", "share"),
    ("Support independent journalism in Riverton. Become a member today.", "appeal"),
    ("Become a member today and get unlimited access to independent journalism.", "appeal"),
    # near misses: the same words in the article's sentences
    ("Do you have a story for us? Residents asked the reporters at the meeting.", None),
    ("Keep up to date with the roadworks by following the signs on the ring road.", None),
    ("Stay up to date by following the council on Facebook, the mayor said.", None),
    ("Residents can become a member today, the club said, and support independent journalism.", None),
    ("Become a member of the club to vote on the new pitch.", None),
])
def test_the_outlets_calls_under_the_article(line, kind):
    assert boilerplate.classify_line(line) == kind


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Jo Roe with AFP", ["Jo Roe"]),  # a writer and the wire credited with her
    ("Tomas Berg and Reuters", ["Tomas Berg"]),
    # near misses: a paper's desk with the wire, a newsroom, a name in capitals that may be a paper's
    ("Le Courier with AFP", []),
    ("By Riverton Courier with AFP", []),
    ("by KESTREL DAILY WITH AA", []),
    ("By Staff with agencies", []),
])
def test_a_writer_with_a_wire(byline, authors):
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(("line", "kind"), [
    # the wires a story draws on, on a line of their own under it
    ("(With inputs from PTI)", "credits"),
    ("With inputs from agencies", "credits"),
    ("With reporting from agencies.", "credits"),
    ("With AFP", "credits"),
    # near misses: a sentence opening on "With", inputs from people
    ("With Reuters, the council said the bridge would open.", None),
    ("With inputs from residents", None),
    ("With Jo Roe", None),
    ("With agencies in the region, the army cleared the road.", None),
])
def test_a_wire_credit_line(line, kind):
    assert boilerplate.classify_line(line) == kind


_BODY = ("The city council voted on Tuesday to build a new bridge over the Arden river, ending a debate that has run "
         "for ten years.\nThe bridge will cost 40 million dollars and is due to open in 2029, the council's transport "
         "chief said.\nResidents of the east bank have campaigned for a crossing since the old ferry stopped running "
         "in 2016.\n")


@pytest.mark.parametrize(("tail", "last"), [
    ("— Jo Roe is a freelance journalist based in Riverton.", "stopped running in 2016."),
    ("*Jo Roe is a freelance journalist based in Riverton.", "stopped running in 2016."),
    # near misses: another person's note, a dash opening a quote's speaker
    ("— Ann Lee is a freelance journalist based in Riverton.", "Ann Lee is a freelance journalist based in Riverton."),
    ("— Mayor Tomas Berg", "stopped running in 2016."),
])
def test_an_authors_note_set_off_by_a_dash(tail, last):
    raw = f"Riverton Courier\nCouncil approves new bridge over the Arden\nBy Jo Roe\nMarch 3, 2026\n{_BODY}{tail}\n"
    article = _article(raw, "https://www.rivertoncourier.example/news/bridge")
    assert article.body.endswith(last)


@pytest.mark.parametrize(("line", "kind"), [
    ("Disclaimer: The information in this article is provided for general news purposes only and does not "
     "constitute advice of any kind.", "disclosure"),
    ("If you have information about this story, please contact our newsroom at news@riverton.example or call "
     "555 0100.", "credits"),
    ("Please email us at tips@riverton.example", "credits"),
    # near misses: a reported appeal, an appeal to call the police, a disclaimer reported in a sentence
    ("If you have information about the attack, please contact us at 555 0100, the force said.", None),
    ("If you saw the crash, please contact police at 555 0100.", None),
    ("The disclaimer: the firm said it accepts no liability for the losses of its clients.", None),
    ("Please contact us if you saw the crash.", None),
])
def test_the_sites_disclaimer_and_its_desks_call(line, kind):
    assert boilerplate.classify_line(line) == kind


@pytest.mark.parametrize(("tail", "last"), [
    ("Next story\nFerry operator says crossings will resume in April after repairs to the landing.",
     "stopped running in 2016."),
    ("Previous article\nFerry operator says crossings will resume in April after repairs to the landing.",
     "stopped running in 2016."),
    # near miss: "The next story" inside a sentence is the article's
    ("The next story the council must tell is how it will pay for the bridge, residents said.",
     "how it will pay for the bridge, residents said."),
])
def test_a_pointer_to_the_next_story_closes_the_article(tail, last):
    raw = f"Riverton Courier\nCouncil approves new bridge over the Arden\nBy Jo Roe\nMarch 3, 2026\n{_BODY}{tail}\n"
    article = _article(raw, "https://www.rivertoncourier.example/news/bridge")
    assert article.body.endswith(last)
