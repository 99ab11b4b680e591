"""Capitalised things that look like people, beside real people of the same shape (#9 people round 1, "is this
capitalised run a person?"), written and committed with their expectations before the extractor ran on them.

Made-up copied pages from every region: places named like people ("San José", "Santa Cruz", "St Helena", "Port
Louis", "Ho Chi Minh City", "Mount Kenya", "Alice Springs"), things named after people ("Nelson Mandela Bay",
"Kenyatta University", "Jomo Kenyatta International Airport", "Simón Bolívar Bridge", "King Fahd Causeway": an
eponym is no mention of the person, as the fresh golds have it: "Charles Sturt University", "Siaka Stevens
Stadium", "Cheikh Anta Diop University" list nobody), brands and firms ("Tata Motors", "Louis Vuitton", "Johnnie
Walker", "Sime Darby", "Marks & Spencer", "Charles Schwab"), teams ("Kaizer Chiefs", "Inter Milan", "Real
Madrid"), storms and ships ("Typhoon Yagi", "Hurricane Maria", "MV Ruby", "Queen Mary 2"), awards and laws ("the
Nobel Prize", "the Magnitsky Act"), operations and programmes ("Operation Sindoor", "Project Cheetah"), works and
newspapers ("Things Fall Apart", "Romeo and Juliet", "The Guardian"), religious figures named by a feast, a place or
a shrine ("Guru Nanak Jayanti", "St Peter's Square", "Our Lady of Guadalupe"), page furniture ("Read More", "Photo
Gallery", "Live Updates", "Most Popular") and capitalised sentence openers ("Asked about", "Speaking to",
"Responding to", "Writing on"); and real people in the shapes the rules see least: family-first order ("Pham
Minh Chinh", "Hun Manet", "Min Aung Hlaing"), Arabic chains ("Abdullah bin Zayed Al Nahyan"), Spanish double
surnames ("Gustavo Petro Urrego"), Ethiopian patronymics ("Abiy Ahmed", "Mesfin Tasew"), single names
("Suharto"), hyphenated names ("Ngozi Okonjo-Iweala", "Oyun-Erdene"), initials ("A.K. Abdul Momen", "N.
Chandrasekaran").

Each page: (id, text, the people a reader would list, strings no person's name or mention may hold). A found
person matches a listed one when one name holds the other as whole words ("Pope Leo XIV" / "Leo XIV")."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.names import person_key
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    ("costa_rica_bridge", """Tico Times Daily
Costa Rica and Panama reopen border bridge
By Laura Jiménez Solís
May 4, 2026
SAN JOSÉ — Costa Rica's president Rodrigo Chaves Robles said on Monday that trucks would cross the Sixaola bridge again from June.
Chaves spoke in Santa Cruz, a town in Guanacaste, after visiting farms near San Carlos.
Panama's foreign minister, Javier Martínez-Acha Vásquez, said customs officers would work around the clock. Martínez-Acha said the old bridge had been closed since the floods.
Further south, the Simón Bolívar Bridge between Venezuela and Colombia carried record traffic, the Colombian customs agency said.
Read More
Photo Gallery
""", {"Rodrigo Chaves Robles", "Javier Martínez-Acha Vásquez"},
     {"San José", "Santa Cruz", "San Carlos", "Simón Bolívar", "Laura Jiménez", "Read More", "Photo Gallery",
      "Sixaola", "Guanacaste"}),
    ("soweto_derby", """SowetoLive Sport
Sport | Soccer | PSL
Kaizer Chiefs beat Orlando Pirates in Soweto derby
Kaizer Chiefs beat Orlando Pirates 2-1 at FNB Stadium on Saturday, with striker Ashley Du Preez scoring twice.
Coach Nasreddine Nabi said the win was "for the fans who never left".
Sports minister Gayton McKenzie, who watched from the stands, said the government would help the Nelson Mandela Bay municipality upgrade its stadium before the cup final.
Du Preez joined Chiefs from Stellenbosch FC in 2023.
Live Updates
Related Articles
""", {"Ashley Du Preez", "Nasreddine Nabi", "Gayton McKenzie"},
     {"Kaizer", "Orlando", "Nelson Mandela", "FNB", "Stellenbosch", "Live Updates", "Related Articles"}),
    ("kenyatta_fees", """Nairobi Daily Star
Students protest fee rise at Kenyatta University
NAIROBI, May 6 — Hundreds of students at Kenyatta University marched on Wednesday against a 30 percent rise in fees.
Education Cabinet Secretary Julius Ogamba said the increase would be reviewed. "No student will be sent home," Ogamba said.
Student leader Faith Wanjiru Njoroge said many families in the Mount Kenya region could not pay.
Police kept the marchers away from the road to Jomo Kenyatta International Airport, where flights were delayed.
Deputy President Kithure Kindiki is due to meet vice-chancellors at Moi University in Eldoret on Friday.
""", {"Julius Ogamba", "Faith Wanjiru Njoroge", "Kithure Kindiki"},
     {"Kenyatta", "Mount Kenya", "Moi", "Eldoret"}),
    ("vietnam_typhoon", """VnExpress International
Vietnam pledges aid after Typhoon Yagi
HANOI — Prime Minister Pham Minh Chinh on Thursday ordered ministries to speed up aid to northern provinces hit by Typhoon Yagi, the strongest storm to reach Vietnam in decades.
Chinh told a meeting in Ho Chi Minh City that 300,000 homes had been damaged. Farmers in Lao Cai and Yen Bai lost most of their rice crop.
Nguyen Thi Hong, governor of the State Bank of Vietnam, said lenders would delay repayments for storm victims.
The World Bank compared the losses with those of Hurricane Maria in Puerto Rico in 2017 and Typhoon Haiyan in the Philippines in 2013.
""", {"Pham Minh Chinh", "Nguyen Thi Hong"},
     {"Yagi", "Ho Chi Minh", "Lao Cai", "Yen Bai", "Maria", "Haiyan", "Puerto Rico"}),
    ("cambodia_canal", """Phnom Penh Post
Cambodia breaks ground on Funan Techo canal
PHNOM PENH — Prime Minister Hun Manet on Friday broke ground on the Funan Techo canal, which will link the Mekong to the coast near Kep.
Hun Manet said the canal would cut shipping costs. His father, former prime minister Hun Sen, also attended, as did King Norodom Sihamoni.
Traffic on the Preah Sihanouk highway was stopped for the ceremony, and guests were flown in to Techo International Airport.
Speaking to reporters after the ceremony, Transport Minister Peng Ponea said the work would take four years.
""", {"Hun Manet", "Hun Sen", "Norodom Sihamoni", "Peng Ponea"},
     {"Funan", "Techo", "Preah Sihanouk", "Kep", "Speaking", "Mekong"}),
    ("gulf_causeway", """Gulf News Today
UAE and Bahrain ministers meet on causeway traffic
ABU DHABI — Sheikh Abdullah bin Zayed Al Nahyan, the UAE foreign minister, received his Bahraini counterpart Abdullatif bin Rashid Al Zayani on Tuesday.
The two discussed traffic on the King Fahd Causeway, which links Bahrain to Saudi Arabia, and a planned rail link.
Al Zayani later visited the Sheikh Zayed Grand Mosque.
Saudi Foreign Minister Prince Faisal bin Farhan said in Riyadh that the rail project was "on track".
The ministers also attended a dinner at Emirates Palace hosted by the Mohammed bin Rashid Al Maktoum Foundation.
""", {"Abdullah bin Zayed Al Nahyan", "Abdullatif bin Rashid Al Zayani", "Faisal bin Farhan"},
     {"Fahd", "Sheikh Zayed", "Mohammed bin Rashid", "Emirates Palace", "Maktoum"}),
    ("ethiopia_airport", """Addis Standard
Ethiopia opens new terminal at Bole airport
ADDIS ABABA — Prime Minister Abiy Ahmed opened a new passenger terminal at Bole International Airport on Saturday.
Abiy said the terminal would handle 25 million passengers a year. Ethiopian Airlines chief executive Mesfin Tasew said the airline would add 20 routes.
The motorcade drove along Haile Selassie Avenue, past the African Union headquarters.
Asked about the cost, Mesfin said it had been paid by loans from Chinese banks.
Related: Grand Ethiopian Renaissance Dam fills for fifth year
""", {"Abiy Ahmed", "Mesfin Tasew"},
     {"Haile Selassie", "Bole", "Asked", "Renaissance", "African Union"}),
    ("suharto_hero", """Jakarta Globe
Indonesia names Suharto a national hero
JAKARTA — President Prabowo Subianto on Monday named the late former president Suharto a national hero, a decision that drew protests from rights groups.
Suharto ruled Indonesia for 32 years until 1998. Usman Hamid, director of Amnesty International Indonesia, said the award "erases the victims".
Students at Gadjah Mada University in Yogyakarta held a silent protest, and flights at Soekarno-Hatta International Airport were delayed by a separate strike.
Finance Minister Sri Mulyani Indrawati did not attend the ceremony.
""", {"Prabowo Subianto", "Suharto", "Usman Hamid", "Sri Mulyani Indrawati"},
     {"Gadjah Mada", "Soekarno", "Yogyakarta", "Amnesty"}),
    ("dhaka_momen", """Dhaka Tribune
Former minister questioned over embassy funds
DHAKA — Former foreign minister A.K. Abdul Momen was questioned for five hours on Sunday by the Anti-Corruption Commission.
Momen told reporters outside the commission's office in Segunbagicha that he had "nothing to hide".
He returned from Sylhet through Hazrat Shahjalal International Airport last week. Doctors at Bangabandhu Sheikh Mujib Medical University had treated him for a heart condition in March.
Commission secretary Khorsheda Yasmeen said more officials would be called.
""", {"A.K. Abdul Momen", "Khorsheda Yasmeen"},
     {"Shahjalal", "Mujib", "Bangabandhu", "Segunbagicha", "Sylhet"}),
    ("tata_sime_darby", """Business Standard
Tata Motors and Sime Darby sign Malaysia assembly deal
MUMBAI — Tata Motors will assemble electric buses in Malaysia with Sime Darby, the companies said on Wednesday.
Tata Sons chairman N. Chandrasekaran said the plant near Port Klang would start in 2027. Sime Darby chief executive Jeffri Salim Davidson said 800 jobs would be created.
Malaysian Prime Minister Anwar Ibrahim welcomed the deal.
Shares of Tata Motors rose 3 percent, while Mahindra & Mahindra fell. Luxury group LVMH, owner of Louis Vuitton, and Diageo, which makes Johnnie Walker, also reported sales in India this week.
""", {"N. Chandrasekaran", "Jeffri Salim Davidson", "Anwar Ibrahim"},
     {"Tata", "Sime", "Darby", "Mahindra", "Louis Vuitton", "Johnnie Walker", "Port Klang"}),
    ("inter_real", """Football Europe
Inter Milan knock Real Madrid out of the Champions League
MILAN — Inter Milan beat Real Madrid 2-0 at San Siro on Tuesday to reach the Champions League semi-finals.
Lautaro Martínez scored both goals. "We suffered together," Martínez said.
Real coach Carlo Ancelotti said his side had missed too many chances, as they had in the first leg at the Santiago Bernabéu.
Inter coach Simone Inzaghi praised goalkeeper Yann Sommer.
Inter will play Aston Villa or Paris Saint-Germain next.
""", {"Lautaro Martínez", "Carlo Ancelotti", "Simone Inzaghi", "Yann Sommer"},
     {"Inter", "Real Madrid", "San Siro", "Santiago", "Bernabéu", "Aston Villa", "Saint-Germain"}),
    ("port_louis_ship", """Indian Ocean Shipping News
Stranded cargo ship towed to Port Louis
PORT LOUIS — The bulk carrier MV Ruby, which lost power off Madagascar in a storm last week, was towed into Port Louis on Thursday.
Captain Oleksandr Petrenko said his crew of 22 were safe. "The sea was very rough," Petrenko said.
Mauritius shipping minister Joe Lesage said the ship would be inspected before it could sail again.
A second vessel, the Queen Mary 2, diverted to St Helena to avoid Cyclone Freddy.
""", {"Oleksandr Petrenko", "Joe Lesage"},
     {"Ruby", "Port Louis", "Queen Mary", "St Helena", "Freddy", "Madagascar"}),
    ("sanctions_nobel", """Rights Watch Weekly
EU adds Iranian officials to sanctions list
BRUSSELS — The European Union on Monday added nine Iranian officials to its sanctions list, a step campaigners compared with the US Global Magnitsky Act.
Nobel Peace Prize winner Narges Mohammadi, who is in prison in Tehran, called the sanctions "a message of hope", her family said.
Her husband, Taghi Rahmani, said in Paris that she had not been allowed to see a doctor.
Filipino journalist Maria Ressa, who shared the Nobel Prize in 2021, and several Sakharov Prize laureates joined an online rally. The Pulitzer Prize board also issued a statement.
Nelson Mandela International Day is marked on July 18.
""", {"Narges Mohammadi", "Taghi Rahmani", "Maria Ressa"},
     {"Magnitsky", "Nobel", "Sakharov", "Pulitzer", "Nelson Mandela"}),
    ("operation_sindoor", """The Hindu
India says Operation Sindoor met its goals
NEW DELHI — Defence Minister Rajnath Singh said on Friday that Operation Sindoor had met all its goals.
Lt Gen Rajiv Ghai, director general of military operations, told a briefing that nine sites had been hit. Ghai said no civilian areas were targeted.
Opposition leader Rahul Gandhi asked for a debate in Parliament. Critics called for a Marshall Plan for border villages in Jammu and Kashmir.
The army's Project Cheetah and the Agnipath scheme were also discussed.
""", {"Rajnath Singh", "Rajiv Ghai", "Rahul Gandhi"},
     {"Sindoor", "Marshall", "Cheetah", "Agnipath", "Jammu"}),
    ("adichie_novel", """Lagos Review of Books
Adichie's new novel tops bestseller lists
LAGOS — Chimamanda Ngozi Adichie's new novel, Dream Count, topped bestseller lists in Nigeria and Britain this week, The Guardian reported.
Adichie told the BBC's Woman's Hour that the book took ten years. Nobel laureate Wole Soyinka called it "brave".
Critics compared it to Chinua Achebe's Things Fall Apart, and a theatre in Ibadan is staging Romeo and Juliet in Yoruba.
The film Oppenheimer and the musical Hamilton were also shown at the festival, organiser Lola Shoneyin said.
""", {"Chimamanda Ngozi Adichie", "Wole Soyinka", "Chinua Achebe", "Lola Shoneyin"},
     {"Dream Count", "Guardian", "Woman", "Things Fall", "Romeo", "Juliet", "Oppenheimer", "Hamilton", "Ibadan"}),
    ("pope_guadalupe", """Vatican and World
Pope Leo XIV to visit Mexico for Guadalupe feast
VATICAN CITY — Pope Leo XIV will visit Mexico in December for the feast of Our Lady of Guadalupe, the Vatican said on Tuesday.
Vatican spokesman Matteo Bruni said the pope would celebrate Mass at the Basilica of Guadalupe and meet President Claudia Sheinbaum.
Crowds had gathered in St Peter's Square for the announcement. In Amritsar, Sikh pilgrims marked Guru Nanak Jayanti, and in Dublin preparations for Saint Patrick's Day began.
Archbishop Ignatius Kaigama of Abuja said African bishops hoped for a visit next year.
""", {"Leo XIV", "Matteo Bruni", "Claudia Sheinbaum", "Ignatius Kaigama"},
     {"Guadalupe", "Peter", "Nanak", "Patrick", "Amritsar"}),
    ("manila_ui_lines", """Manila Bulletin Online
Live Updates
Marcos orders probe into flood control funds
Photo Gallery
MANILA — President Ferdinand Marcos Jr. on Wednesday ordered an investigation into flood control projects that were paid for but never built.
Speaking to reporters in Malacañang, Marcos said officials "will answer for every peso". Asked about senators named in the audit, he said no one would be spared.
Responding to the order, Senate President Francis Escudero said the chamber would hold hearings. Writing on Facebook, Senator Risa Hontiveros said the audit had been ignored for two years.
Public Works Secretary Vince Dizon said 5,000 projects would be checked.
Read More
Most Popular
Sign Up For Our Newsletter
Follow Us On Facebook
""", {"Ferdinand Marcos Jr.", "Francis Escudero", "Risa Hontiveros", "Vince Dizon"},
     {"Speaking", "Asked", "Responding", "Writing", "Read More", "Most Popular", "Photo Gallery", "Live Updates",
      "Malacañang", "Sign Up"}),
    ("colombia_border", """El Tiempo Internacional
Colombia and Venezuela reopen Táchira crossing
BOGOTÁ — Colombian President Gustavo Petro Urrego said on Monday that the border crossing at Villa del Rosario would reopen to trucks.
Petro spoke in Santa Marta after meeting Pedro Urruchurtu, an envoy of Venezuelan opposition leader María Corina Machado.
Former Mexican president Andrés Manuel López Obrador, who attended the meeting as a guest, said Mexico would help. López Obrador did not say how.
Trucks will cross at the Simón Bolívar and Francisco de Paula Santander bridges, and at San Cristóbal on the Venezuelan side.
""", {"Gustavo Petro Urrego", "Pedro Urruchurtu", "María Corina Machado", "Andrés Manuel López Obrador"},
     {"Villa del Rosario", "Santa Marta", "Simón Bolívar", "Santander", "San Cristóbal", "Táchira"}),
    ("hong_kong_university", """South China Daily
Hong Kong leader visits Guangzhou university
HONG KONG — Chief Executive John Lee Ka-chiu visited Sun Yat-sen University in Guangzhou on Tuesday to sign a research pact.
Lee said Hong Kong students would get 500 places. Professor Gao Song, the university's president, welcomed the plan.
Earlier in the week, Lee spoke at the Lee Kuan Yew School of Public Policy in Singapore. Chinese Foreign Minister Wang Yi is due in Singapore next week.
The delegation flew back from Baiyun airport to Kai Tak.
""", {"John Lee Ka-chiu", "Gao Song", "Wang Yi"},
     {"Sun Yat-sen", "Kuan Yew", "Kai Tak", "Baiyun", "Hong Kong"}),
    ("png_highway", """Pacific Islands Report
PNG leader opens highway to Mount Hagen
PORT MORESBY — Prime Minister James Marape opened the upgraded highway between Lae and Mount Hagen on Saturday.
Marape said travel time would be cut in half. Works Minister Solan Mirisim said the road had cost 1.2 billion kina.
Australian envoy Ewen McDonald, who flew in from Alice Springs, said Canberra had paid a third.
Tourism officials also promoted trips to Victoria Falls and Lake Victoria in a joint campaign with African airlines.
""", {"James Marape", "Solan Mirisim", "Ewen McDonald"},
     {"Hagen", "Alice Springs", "Victoria", "Lae", "Moresby"}),
    ("abuja_return", """Punch Nigeria
Tinubu returns from Paris, meets governors
ABUJA — President Bola Ahmed Tinubu returned to Abuja on Sunday through Nnamdi Azikiwe International Airport after a two-week stay in Paris.
Tinubu met governors at the Aso Rock Villa. FCT Minister Nyesom Wike said roads on Ahmadu Bello Way would be closed for the convoy.
WTO Director-General Ngozi Okonjo-Iweala, who is visiting Lagos, said Nigeria's trade figures were improving. Okonjo-Iweala will speak at Obafemi Awolowo University on Tuesday.
Fuel queues returned in Port Harcourt.
""", {"Bola Ahmed Tinubu", "Nyesom Wike", "Ngozi Okonjo-Iweala"},
     {"Azikiwe", "Ahmadu Bello", "Awolowo", "Aso Rock", "Harcourt"}),
    ("frankfurt_firms", """Frankfurt Business Wire
Mercedes-Benz and Rolls-Royce warn on tariffs
FRANKFURT — Mercedes-Benz chief executive Ola Källenius said on Thursday that US tariffs would cost the carmaker 2 billion euros this year.
Källenius spoke a day after Rolls-Royce and Marks & Spencer issued similar warnings. Analysts at Goldman Sachs and Morgan Stanley cut their forecasts.
Gazprom chief Alexei Miller said in St Petersburg that gas exports to China had risen.
Shares in Charles Schwab and Johnson & Johnson were little changed in New York.
""", {"Ola Källenius", "Alexei Miller"},
     {"Rolls", "Royce", "Marks", "Spencer", "Goldman", "Morgan Stanley", "Charles Schwab", "Johnson", "Petersburg"}),
    ("myanmar_border", """Asia-Gulf Wire
Myanmar junta chief meets Thai leader at border
MAE SOT — Myanmar's military leader Min Aung Hlaing met Thai Prime Minister Anutin Charnvirakul at the border town of Mae Sot on Friday.
Min Aung Hlaing said elections would be held in December. Anutin said Thailand wanted the fighting near Myawaddy to stop.
Al Jazeera and Al Arabiya showed the two men shaking hands. The Saudi Binladin Group, which is building a hotel in the town, denied any link to the meeting.
Mongolian Prime Minister Luvsannamsrain Oyun-Erdene sent a message of support.
""", {"Min Aung Hlaing", "Anutin Charnvirakul", "Luvsannamsrain Oyun-Erdene"},
     {"Mae Sot", "Myawaddy", "Jazeera", "Arabiya", "Binladin"}),
]

# Pages whose misses no general mechanism mends yet: id -> one-line reason.
_XFAIL: dict[str, str] = {
    "tata_sime_darby": "'Diageo, which makes Johnnie Walker': a brand as the object of 'makes' (left: 'which makes Ana "
                       "Roe the favourite' is as common)",
    "hong_kong_university": "'flew back from Baiyun airport to Kai Tak': the place after 'from <place> to' (left: 'a "
                            "message from Moscow to Ana Roe' is a person's)",
    "frankfurt_firms": "'Analysts at Goldman Sachs and Morgan Stanley': a firm's context reaches a person-shaped name "
                       "only from a person-shaped one ('Analysts at Barclays and Jo Roe warned' is kept a person)",
}


def _words(name: str) -> tuple[str, ...]:
    return tuple(person_key(name).split())


def _same(found: str, listed: str) -> bool:
    """One name holds the other as whole words ("Pope Leo XIV" / "Leo XIV")."""
    a, b = _words(found), _words(listed)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _found(text: str):
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return extract_people(article, registry)


def _params(xfails: tuple[str, ...] = ()):
    """Each page, a strict xfail where `_XFAIL` gives it a reason and the test is one of `xfails`."""
    return [pytest.param(*page, id=page[0], marks=[pytest.mark.xfail(reason=_XFAIL[page[0]], strict=True)]
                         if page[0] in _XFAIL and page[0] in xfails else []) for page in PAGES]


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params())
def test_every_listed_person_is_found(name, text, expected, not_people):
    names = [person.name for person in _found(text)]
    assert {listed for listed in expected if not any(_same(found, listed) for found in names)} == set()


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params(tuple(_XFAIL)))
def test_nobody_else_is_a_person(name, text, expected, not_people):
    names = [person.name for person in _found(text)]
    assert [found for found in names if not any(_same(found, listed) for listed in expected)] == []


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params())
def test_no_listed_person_is_split_in_two(name, text, expected, not_people):
    names = [person.name for person in _found(text)]
    assert {listed for listed in expected if sum(_same(found, listed) for found in names) > 1} == set()


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), _params(tuple(_XFAIL)))
def test_no_lookalike_is_a_person_or_a_mention(name, text, expected, not_people):
    held = {(thing, surface) for person in _found(text) for surface in {person.name, *(m.surface for m in person.mentions)}
            for thing in not_people if thing in surface}
    assert held == set()
