"""People on made-up copied pages written before running (#9, stress round). Eight pages in varied outlet styles
(invented outlets and people), each with furniture naming people who are not the article's (two-author bylines
with roles, 'Photo: X/Agency', 'Edited by', author boxes, 'Reporting by X; Editing by Y', comment authors,
related stories with authors, a newsletter's host) and body people introduced in varied ways (title before name,
a misspelt title, a description before the name, Malay/Arabic/Spanish/Chinese names, a name first given by
surname, a person named in a caption who is also in the body). Each page's expected people (name -> a word its
role must hold, or None) and its furniture names were written and committed before the steps were run."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    ("wire_portal", """Home | World | Business | Markets
Malaysia's central bank holds rates as ringgit steadies
By Farah Idris and Tom Kell, Reuters staff
March 5, 2026 8:14 AM GMT+8
KUALA LUMPUR, March 5 (Reuters) - Malaysia's central bank kept its benchmark rate unchanged on Thursday.
Governor Datuk Seri Abdul Rasheed Ghaffar told reporters the economy was on a firm footing.
Economist Lim Wei Jie of Kenanga Investment Bank said a cut was unlikely this year. "Inflation is tame," Lim said.
Reporting by Farah Idris; Editing by Martin Hale
Our Standards: The Thomson Trust Principles.
""", {"Abdul Rasheed Ghaffar": "governor", "Lim Wei Jie": "economist"},
     {"Farah Idris", "Tom Kell", "Martin Hale"}),
    ("us_metro_daily", """Subscribe | Log in
The Harbor Ledger
Metro
School board fires superintendent after audit
By Carla Benning, Staff Writer and Owen Stroud, Data Editor
Published 6:02 p.m. ET March 2, 2026
The Elmport school board voted 5-2 on Monday to fire Superintendent Gloria Vance after an audit found missing funds.
Board chair Marcus Tillery said the vote was painful. "We owed it to families," Tillery said.
Vance's lawyer, Dennis Orlov, said she would appeal.
Photo: Ray Munoz/Harbor Ledger
Related stories
Audit finds $2 million gap - by Carla Benning
Parents rally for teachers - by Jill Parr
Edited by Nina Sato
""", {"Gloria Vance": "superintendent", "Marcus Tillery": "chair", "Dennis Orlov": "lawyer"},
     {"Carla Benning", "Owen Stroud", "Ray Munoz", "Jill Parr", "Nina Sato"}),
    ("spanish_language_desk", """Noticias en inglés
Latin America Today
Chile's copper miners end strike at Andina site
By Lucía Paredes
5 March 2026
Workers at the Andina mine returned on Wednesday after a nine-day strike, the union said.
Union leader José Manuel Fuentes Aravena said members had won a better bonus. Fuentes said talks would resume in May.
Mining minister María Fernanda Soto said the deal protected jobs.
José Manuel Fuentes Aravena speaks to miners in Los Andes. Photo: Diego Rojas/AFP
About the author
Lucía Paredes covers mining and labour from Santiago.
""", {"José Manuel Fuentes Aravena": "leader", "María Fernanda Soto": "minister"},
     {"Lucía Paredes", "Diego Rojas"}),
    ("gulf_daily", """GULF STAR
UAE | World | Business | Opinion
Dubai court jails fraud ring leader for ten years
Staff reporter and Aisha Karim, Court Correspondent
Published: March 4, 2026 17:20
A Dubai court on Wednesday jailed the leader of a fraud ring that targeted pensioners.
Judge Khalid bin Saeed Al Mansoori said the crimes were "cruel and planned".
Prosecutor Noura Al Hashimi had asked for the longest term.
The defendant, identified as Rami Haddad, 41, denied the charges.
Comments (2)
Salem K.
Justice served.
Hannah Moore says:
Good.
""", {"Khalid bin Saeed Al Mansoori": "judge", "Noura Al Hashimi": "prosecutor", "Rami Haddad": None},
     {"Aisha Karim", "Hannah Moore"}),
    ("hk_business", """Asia Business Post
Tech
Shenzhen chipmaker picks new chief after founder quits
Ivy Chan, Samuel Ho
Published: 9:30am, 3 Mar 2026
Zhao Minghui, the founder of Lingxin Semiconductor, has stepped down, the company said on Tuesday.
Chief Finacial Officer Huang Lei will take over as chief executive. Zhao, 62, will remain an adviser.
Analyst Kenny Tse of Jefferies said investors had expected the change.
Ivy Chan is a technology reporter. Samuel Ho is the Post's China business editor.
More from Tech
Why Kevin Lau is betting on robots - Ivy Chan
""", {"Zhao Minghui": "founder", "Huang Lei": "officer", "Kenny Tse": "analyst"},
     {"Ivy Chan", "Samuel Ho", "Kevin Lau"}),
    ("uk_local_newsletter", """The Morning Brief with Rachel Ames
Your daily newsletter
Sign up
Bridge closure to last all summer
Written by Paul Finch
Tuesday 3 March 2026
Drivers face months of delays after engineers found cracks in the Weir Bridge, the county council said.
Councilor Jane Whitlock, who chairs the highways committee, said safety came first.
Local shopkeeper Tariq Mahmood said trade had already fallen by half.
Engineers inspect the Weir Bridge. Picture: Sam Doyle
Paul Finch is our chief reporter.
""", {"Jane Whitlock": "councilor", "Tariq Mahmood": "shopkeeper"},
     {"Rachel Ames", "Paul Finch", "Sam Doyle"}),
    ("caption_person_body", """NORTHERN TIMES
Sport
Okafor's late goal lifts United
By Greg Lyle
March 1, 2026
Chidi Okafor celebrates his winner. Photo: Lee Brandt/Sportspix
Okafor scored in the 90th minute as United beat Rovers 1-0 on Saturday.
United manager Elena Brook praised the striker. "He never stops," Brook said.
Rovers goalkeeper Piotr Wozniak was booked.
Read more
Brook's United climb to third - Greg Lyle
""", {"Chidi Okafor": None, "Elena Brook": "manager", "Piotr Wozniak": "goalkeeper"},
     {"Greg Lyle", "Lee Brandt"}),
    ("opinion_broadsheet", """The Sentinel
Opinion
We should listen to our nurses
Harriet Vale
Mon 2 Mar 2026 07.00 GMT
Harriet Vale is a health columnist
Last week Health Secretary Owen Pryce said the pay offer was final.
Nurse Amira Saleh, who has worked on the same ward for twenty years, told me she would strike.
Pryce has since softened his tone.
Most viewed
Martin Frost: The NHS needs reform
""", {"Owen Pryce": "secretary", "Amira Saleh": "nurse"},
     {"Harriet Vale", "Martin Frost"}),
]


def _people(text: str) -> dict[str, list[str]]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name: [(mention.role or "").lower() for mention in person.mentions]
            for person in extract_people(article, registry)}


_IDS = [page[0] for page in PAGES]


@pytest.mark.parametrize(("name", "text", "expected", "furniture"), PAGES, ids=_IDS)
def test_a_stress_pages_people_are_its_bodys(name, text, expected, furniture):
    assert set(_people(text)) == set(expected)


@pytest.mark.parametrize(("name", "text", "expected", "furniture"), PAGES, ids=_IDS)
def test_no_furniture_name_is_a_person(name, text, expected, furniture):
    assert not furniture & set(_people(text))


@pytest.mark.parametrize(("name", "text", "expected", "furniture"), PAGES, ids=_IDS)
def test_each_body_persons_role(name, text, expected, furniture):
    found = _people(text)
    for person, word in expected.items():
        if word is not None:
            assert any(word in role for role in found.get(person, [])), (person, found.get(person))
