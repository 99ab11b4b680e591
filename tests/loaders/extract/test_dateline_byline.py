"""A wire story's dateline line that closes with its byline ("Riverton, Norland, May 4. By Jo Roe") under the
headline: the byline is the writer's, the line is no photo caption. Made-up rows; near misses keep no byline."""
import pytest

from loaders.extract.text_article import parse_text

_PAGE = "Harbor Wire\nNews\nBusiness\n12.05.2026 10:15\nRiverton harbour opens a second container berth\n{line}\n" \
        "The Riverton Port Authority opened a second container berth on Tuesday, doubling the space for ships.\n" \
        "Officials said the berth would take ships of up to 300 metres long from next month.\n"


@pytest.mark.parametrize("line, byline", [
    ("Riverton, Norland, May 12. By Jo Roe", "By Jo Roe"),
    ("Kestrel Bay, May 12 - By Mara Delgado", "By Mara Delgado"),
    ("RIVERTON, 12 May. By Tam Oduya and Jo Roe", "By Tam Oduya and Jo Roe"),
    # near misses: no date before the byline, or no byline after the date
    ("Riverton harbour at dusk. By night the cranes stop", None),
    ("Kestrel Bay, May 12. Bystanders cheer", None),
    ("Photo by Jo Roe", None),
    # a name-shaped run after "By", maybe with its role, and nothing after it
    ("NAIROBI, Kenya, March 12. By Adaeze Nwosu, Senior Correspondent", "By Adaeze Nwosu, Senior Correspondent"),
    ("Riverton, May 12. By Mara Delgado Ruiz", "By Mara Delgado Ruiz"),
    # near misses (review finding on 764efa6): a lead sentence opening with "By" keeps the body
    ("NAIROBI, Kenya, March 12. By Tuesday evening, rescuers had pulled 40 people from the rubble of the market.", None),
    ("NAIROBI, Kenya, July 3. By boat is the only way in now", None),
    ("Riverton, May 12. By Order of the Court, the dam must open", None),
    ("Riverton, May 12. By the time rescuers arrived, most had fled", None),
    ("Riverton, May 12. By Tuesday Evening", None),
    ("Riverton, May 12. By Monday", None),
    ("Riverton, May 12. By March Rescuers", None),
])
def test_a_dateline_closing_with_its_byline(line, byline):
    parts = parse_text(_PAGE.format(line=line))
    assert parts.title == "Riverton harbour opens a second container berth"
    assert parts.byline == byline
    if line.endswith("rubble of the market."):
        # a full-stopped lead sentence is the body's first line (an unpunctuated short line stays a caption)
        assert parts.paragraphs[0] == line
    else:
        assert parts.paragraphs[0].startswith("The Riverton Port Authority opened")
