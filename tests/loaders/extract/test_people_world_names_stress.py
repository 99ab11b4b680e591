"""People of made-up copied pages in name shapes from many places (#9, world-names stress round), written and
committed with their expectations before the extractor ran on them: Vietnamese and Korean three-part names used by
the last part or the first, Chinese family-first names, Arabic names with al-/el-/bin/bint/Abu, Indonesian and
Burmese single names and honorifics, Spanish and Portuguese double surnames with "de"/"dos", Dutch "van der"/"de"
in lower case mid-sentence and "Van" opening a sentence, Icelandic -dóttir, Russian and Ukrainian patronymics,
initials, hyphenated given names, Irish O'/Mc, "Jr."/"III" (kept in the canonical name, as the project's gold
writes it: "Thomas Whitcomb Jr." in the synthetic gold), women named later by honorific and surname, nicknames in quotes; and near them things that are no
people: organisations, buildings, ships, storms, awards, laws, prizes, streets and brands named after people, and
page furniture (bylines, photo credits, "Reporting by X; Editing by Y", "Additional reporting by", "Contact X
at", "Follow X on", author boxes).

Each page: (id, text, the people a reader would list (canonical names), strings no person's name may be or
hold)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    ("vietnam_korea_business", """Saigon Business Daily
Economy | Markets | Property
Vietnam steelmaker posts record profit
By Tran Thi Mai Anh
March 9, 2026
HANOI - Hoa Sen Steel reported a record quarterly profit on Monday.
Chairman Nguyen Van Thanh said exports to Europe had doubled. Thanh said the company would build a second plant in Ha Tinh.
Analyst Pham Minh Chau of Saigon Securities said the results beat forecasts. "Demand is strong," Chau said.
The chief executive of South Korean partner Posung, Kim Ji-hoon, visited the plant last week. Kim said the venture would hire 500 workers.
Park Soo-yeon, a trade official in Seoul, said talks on tariffs would resume in April.
Contact Tran Thi Mai Anh at mai.anh@sbd.example
""", {"Nguyen Van Thanh", "Pham Minh Chau", "Kim Ji-hoon", "Park Soo-yeon"},
     {"Tran Thi Mai Anh", "Hoa Sen", "Ha Tinh", "Posung", "Saigon Securities"}),
    ("arab_port_deal", """Gulf Courier
Egypt and Saudi Arabia sign Red Sea port deal
Cairo, March 10, 2026
Egypt's transport minister Kamel al-Wazir signed the agreement with his Saudi counterpart Saleh bin Nasser al-Jasser on Tuesday.
Al-Wazir said the Ain Sokhna port would handle twice as many containers by 2028.
Businessman Abu Bakr el-Sayed, whose firm will run the terminal, said work would start in May. El-Sayed declined to give a price.
Activist Fatima bint Ahmed Al Suwaidi said the deal ignored dock workers.
Costs will be shared by the King Abdullah Economic City and the Suez Canal Authority.
Reporting by Omar Farouk; Editing by Lina Haddad
""", {"Kamel al-Wazir", "Saleh bin Nasser al-Jasser", "Abu Bakr el-Sayed", "Fatima bint Ahmed Al Suwaidi"},
     {"Omar Farouk", "Lina Haddad", "King Abdullah", "Ain Sokhna", "Suez"}),
    ("java_storm", """Asia Pacific Wire
World | Asia | Climate
Storm batters Java coast, 12 fishermen missing
Photo: Agus Salim/Getty Images
JAKARTA, March 11 (APW) - Tropical Cyclone Lena struck the south coast of Java on Wednesday, leaving 12 fishermen missing.
Sutarno, 54, a village head in Cilacap, said three boats had not returned. "We are still waiting," Sutarno said.
Disaster agency spokesman Abdul Muhari said rescue ships including the KRI Bima Suci had joined the search.
In Myanmar, aid worker Aung Kyaw Moe said the storm had also flooded camps near Sittwe. Daw Khin Myat, a nurse at a camp clinic, said 40 people needed treatment.
President Prabowo Subianto ordered the navy to help.
Follow Agus Salim on X @agussalim
""", {"Sutarno", "Abdul Muhari", "Aung Kyaw Moe", "Khin Myat", "Prabowo Subianto"},
     {"Agus Salim", "Lena", "Bima Suci", "Cilacap", "Sittwe", "Daw"}),
    ("argentina_senate", """Cono Sur Hoy
Argentina's senate passes lithium law
By Valentina Ruiz Aguirre | Buenos Aires
12 March 2026
The senate passed the Lithium Royalties Act on Thursday after a 14-hour debate.
Senator María José García de la Torre, who wrote the bill, said provinces would get a fairer share. García de la Torre said the vote was "historic".
Economy Minister Luis Caputo Ferreyra said investors welcomed the clarity.
Brazilian lawmaker João Pedro dos Santos Almeida, who watched the vote, praised the law. Dos Santos Almeida said Brazil might copy it.
Protesters gathered on Avenida Rivadavia and in the Plaza de Mayo.
Valentina Ruiz Aguirre is our Southern Cone correspondent.
""", {"María José García de la Torre", "Luis Caputo Ferreyra", "João Pedro dos Santos Almeida"},
     {"Valentina Ruiz Aguirre", "Rivadavia", "Plaza de Mayo", "Lithium Royalties"}),
    ("dutch_icelandic_grid", """Nordic & Low Countries Report
Dutch and Icelandic ministers agree on North Sea cable
By Sanne de Vries
13 March 2026
Dutch climate minister Sophie van der Berg and her Icelandic counterpart Guðrún Sigurðardóttir signed the accord in Reykjavík on Friday.
Van der Berg said the cable could carry power by 2032. Sigurðardóttir called it "a bridge across the sea".
Engineer Pieter de Groot of TenneT, who led the study, said the route avoids fishing grounds. "It was hard," de Groot said.
The cable is named after the late researcher Jón Einarsson, whose maps of the seabed made the route possible.
Ms van der Berg flies on to Oslo on Saturday.
Sanne de Vries reports on energy from The Hague.
""", {"Sophie van der Berg", "Guðrún Sigurðardóttir", "Pieter de Groot", "Jón Einarsson"},
     {"Sanne de Vries", "TenneT", "Reykjavík", "Hague"}),
    ("kyiv_court", """Eastern Europe Monitor
Kyiv court freezes tycoon's assets under sanctions law
By Olena Kovalenko
Kyiv, 14 March 2026
A Kyiv court on Saturday froze the assets of businessman Viktor Pavlovych Hrytsenko, citing the Magnitsky Act and Ukraine's own sanctions law.
Judge Iryna Mykolaivna Bondar said the assets would be held until trial. Hrytsenko's lawyer, Andriy Melnyk, called the ruling political.
In Moscow, Kremlin spokesman Dmitry Sergeyevich Peskov said Russia would not comment. Peskov added that "such cases are internal matters".
The case was first reported by the Anti-Corruption Action Centre, founded by Daria Kaleniuk.
Additional reporting by Pavel Sorokin in Moscow
""", {"Viktor Pavlovych Hrytsenko", "Iryna Mykolaivna Bondar", "Andriy Melnyk", "Dmitry Sergeyevich Peskov",
      "Daria Kaleniuk"},
     {"Olena Kovalenko", "Pavel Sorokin", "Magnitsky", "Kremlin"}),
    ("accra_cocoa", """The Accra Observer
Business
Ghana cocoa board names new chief
Photo: Kwame Asare/Reuters
By Efua Boateng
March 15, 2026
The Ghana Cocoa Board on Sunday named J.K. Mensah as its chief executive, replacing Peter "Cocoa Pete" Osei-Bonsu, who retired.
Mensah, a former banker, said farmers would be paid on time. Osei-Bonsu said he was proud of his record.
Irish buyer Siobhan O'Donnell-McCarthy of Dublin Foods said prices were too high. O'Donnell-McCarthy said her firm would buy less.
Robert J. Whitfield III, who chairs a US chocolate makers' group, welcomed the choice. Composer A. R. Rahman performed at the ceremony in the Kwame Nkrumah Memorial Park.
Contact Efua Boateng at eboateng@observer.example
""", {"J.K. Mensah", "Peter Osei-Bonsu", "Siobhan O'Donnell-McCarthy", "Robert J. Whitfield III", "A. R. Rahman"},
     {"Kwame Asare", "Efua Boateng", "Nkrumah", "Cocoa Pete", "Dublin Foods"}),
    ("science_prize", """World Science Wire
Chinese physicist shares Kavli Prize
By Hannah Liu, Science Correspondent
March 16, 2026
Physicist Wang Xiaoyun of Tsinghua University has won the Kavli Prize, the prize committee said on Monday.
Wang, 58, shares the prize with Nigerian chemist Adaeze Okafor of Johns Hopkins University.
Ms Okafor, who flew in from Kennedy Airport, said the award belonged to her students. Professor Okafor has worked on catalysts for 20 years.
Premier Li Qiang sent his congratulations. Earlier winners include the late Sir Roger Hale, after whom the Hale Medal is named.
Guests will cross the Nelson Mandela Bridge to the ceremony, and this year's Nobel Peace Prize laureate will speak.
""", {"Wang Xiaoyun", "Adaeze Okafor", "Li Qiang", "Roger Hale"},
     {"Hannah Liu", "Kavli", "Johns Hopkins", "Kennedy", "Hale Medal", "Nelson Mandela", "Nobel", "Tsinghua"}),
    ("paris_fashion", """Le Quotidien International
Style | Culture | Business
Paris fashion house names new designer
By Jean-Baptiste Moreau
Published 17 March 2026, 10:02
Fashion house Maison Lavigne named Marie-Claire Dubois-Fontaine as creative director on Tuesday, after three years without one.
Dubois-Fontaine said she would move the studio to the rue de Rivoli. "I want the street in the clothes," she said.
Chief executive Hyun-woo Lee said sales had fallen at the Galeries Lafayette store.
The news was announced at the Georges Pompidou Centre. Shares in Christian Dior and Louis Vuitton rose.
Jean-Baptiste Moreau is a fashion writer. Follow him on Instagram.
""", {"Marie-Claire Dubois-Fontaine", "Hyun-woo Lee"},
     {"Jean-Baptiste Moreau", "Maison Lavigne", "Rivoli", "Galeries Lafayette", "Georges Pompidou",
      "Christian Dior", "Louis Vuitton"}),
    ("coast_guard_rescue", """Harbor City Times
Local
Coast Guard rescues crew of sinking trawler
By Kevin McAllister
March 18, 2026
The Coast Guard cutter Harriet Lane rescued six crew members from the trawler Mary Beth Nolan off Cape Ann on Wednesday.
Petty Officer Luis Ortega Jr. said the crew had been in the water for an hour. Captain Sean O'Brien of the trawler thanked the rescuers.
Ortega received the Coast Guard Medal last year. His commander, Lt. Cmdr. Danielle McKinney-Shaw, said he was "the best swimmer we have".
The crew were taken to Martha's Vineyard Hospital.
Photo: Dana Frost for the Harbor City Times
About the author: Kevin McAllister has reported on fishing since 2009. Contact Kevin McAllister at kmcallister@hct.example or follow him on X.
""", {"Luis Ortega Jr.", "Sean O'Brien", "Danielle McKinney-Shaw"},
     {"Kevin McAllister", "Harriet Lane", "Mary Beth Nolan", "Martha", "Dana Frost", "Cape Ann"}),
]

# Pages whose misses no general mechanism mends yet: id -> one-line reason.
_XFAIL: dict[str, str] = {
    "vietnam_korea_business": "'The chief executive of South Korean partner Posung, Kim Ji-hoon,': a firm's one-word name "
                              "inside a title's 'of' phrase, before its holder's apposition, is read as a titled person",
}


def _people(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


def page_params(pages: list, xfails: dict[str, str]) -> list:
    """Each page row with its name as id, a strict xfail where `xfails` gives the page a reason."""
    return [pytest.param(*page, id=page[0], marks=[pytest.mark.xfail(reason=xfails[page[0]], strict=True)]
                         if page[0] in xfails else []) for page in pages]


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), page_params(PAGES, _XFAIL))
def test_a_world_page_lists_its_people(name, text, expected, not_people):
    assert _people(text) == expected


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), page_params(PAGES, _XFAIL))
def test_no_thing_named_after_a_person_nor_furniture_is_a_person(name, text, expected, not_people):
    found = _people(text)
    assert not {(thing, person) for thing in not_people for person in found if thing in person}
