"""People of made-up world news pages, a third world-names batch (round 2), written with their expectations before
the extractor ran on them: Arabic chains (al-, bin, Abu, Umm), Ethiopian and Eritrean given + father's names,
Indonesian and Burmese single names, Spanish and Portuguese double surnames with de/da/dos, Vietnamese names with
diacritics, Thai and Pacific names, Nigerian, Ghanaian and Kenyan names that no given-name list holds, hyphenated
Korean names, names after titles of many languages (Sheikh, Datuk Seri, Tan Sri, Tun, Alhaji, Chief, Hon., Rt Rev.,
Cllr, Sen., Rep., Gov.), and a person named once by a title and surname ("Ms Okafor"). Near them: firms, clubs,
places and products after the same cues (a speech verb, an age, an apposition).

Each page: (id, text, the people a reader would list (canonical names, titles off), strings no person's name may be
or hold)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people, page_params

PAGES = [
    ("gulf_mediation", """Gulf Wire
Qatar hosts new round of Gaza talks
DOHA — Sheikh Tamim bin Hamad Al Thani met the mediator Abu Bakr al-Hadrami on Sunday, officials said.
Umm Khalid al-Sayegh, 52, who runs a shelter in Gaza City, said aid trucks had waited for a week at the crossing.
Al-Hadrami said the talks would resume on Tuesday. The Al Jazeera network carried the statement live.
""", {"Tamim bin Hamad Al Thani", "Abu Bakr al-Hadrami", "Umm Khalid al-Sayegh"},
     {"Gaza City", "Al Jazeera"}),
    ("nile_dam", """Horn Review
Ethiopia opens dam turbines
ADDIS ABABA — Ethiopia's water minister Habtamu Itefa said on Monday that two more turbines would start in May.
Tesfaye Beyene Gudeta (47), a farmer near Bahir Dar, said his village still had no power. Eritrea's information minister, Yemane Gebremeskel, said Asmara had not been consulted.
Habtamu said the Grand Ethiopian Renaissance Dam would export power to Kenya.
""", {"Habtamu Itefa", "Tesfaye Beyene Gudeta", "Yemane Gebremeskel"},
     {"Bahir Dar", "Renaissance Dam", "Addis Ababa"}),
    ("jakarta_port", """Jakarta Daily
Floods close Tanjung Priok terminals
JAKARTA — A fisherman, Sutrisno, 58, said the water rose faster than in 2020. Police spokesman Trunoyudo told reporters that 300 families had been moved.
Coordinating minister Luhut Binsar Pandjaitan said the sea wall would be finished by 2030.
Sutrisno said he had lost his boat.
""", {"Sutrisno", "Trunoyudo", "Luhut Binsar Pandjaitan"},
     {"Tanjung Priok"}),
    ("yangon_envoy", """Irrawaddy Letter
Myanmar envoy speaks at the UN
YANGON — U Kyaw Moe Tun, Myanmar's envoy at the United Nations, said the junta of Min Aung Hlaing had no mandate.
Activist Thinzar Shunlei Yi said crowds had gathered near the Shwedagon Pagoda. Kyaw Moe Tun added that he would not resign.
""", {"Kyaw Moe Tun", "Min Aung Hlaing", "Thinzar Shunlei Yi"},
     {"Shwedagon", "Yangon", "United Nations"}),
    ("bogota_lawyers", """Andes Post
Colombian senate debates pension bill
BOGOTÁ — Senator María Fernanda Cabal Molina said the bill would bankrupt the funds. Juan Carlos de la Cruz Ortega, a pension lawyer, said the court would strike it down.
In Brasília, Luiz Inácio Lula da Silva praised the reform. Maria dos Santos Pereira, 39, a teacher in Santa Marta, said she had waited six years.
The Banco de la República declined to comment.
""", {"María Fernanda Cabal Molina", "Juan Carlos de la Cruz Ortega", "Luiz Inácio Lula da Silva",
      "Maria dos Santos Pereira"},
     {"Santa Marta", "Banco de la República", "Brasília"}),
    ("mekong_rice", """Mekong Times
Vietnam and Thailand agree rice deal
HANOI — General Secretary Tô Lâm met Thai commerce minister Pichai Naripthaphan on Friday.
Deputy minister Nguyễn Thị Thanh Hương said exports would rise. Trần Văn Đức, 63, a rice farmer in Cần Thơ, said prices had doubled.
""", {"Tô Lâm", "Pichai Naripthaphan", "Nguyễn Thị Thanh Hương", "Trần Văn Đức"},
     {"Cần Thơ", "Mekong"}),
    ("pacific_forum", """Pacific Beat
Tonga hosts island leaders
NUKU'ALOFA — Tonga's prime minister Aisake Eke said the Pacific Islands Forum would discuss sea levels.
Fiji's Sitiveni Rabuka arrived on Monday. Samoan chief Tuilaepa Sailele Malielegaoi said the region needed its own fund.
Villager Losaline Fifita, 44, said her garden had flooded twice.
""", {"Aisake Eke", "Sitiveni Rabuka", "Tuilaepa Sailele Malielegaoi", "Losaline Fifita"},
     {"Pacific Islands", "Nuku"}),
    ("lagos_market", """Lagos Ledger
Traders protest market levy
LAGOS — Benson Omala, a trader at Balogun Market, said the new levy would close his stall.
Chief Adebayo Ogunlesi, who chairs the traders' union, met Alhaji Sani Dantata on Tuesday.
Ms Okafor, the market's treasurer, said the fees had not risen since 2019. Lagos State said it would review the levy.
""", {"Benson Omala", "Adebayo Ogunlesi", "Sani Dantata", "Okafor"},
     {"Balogun", "Lagos State"}),
    ("accra_nairobi", """Africa Desk
Fuel prices rise in Ghana and Kenya
ACCRA — Hon. Kwaku Agyeman Kwarteng, a member of parliament, said the levy hurt drivers.
In Nairobi, Boniface Mwangi (41), an activist, said protests would continue. Kenya Power said it would cut tariffs, and Safaricom said it would not.
Kwarteng said the government had ignored the poor.
""", {"Kwaku Agyeman Kwarteng", "Boniface Mwangi"},
     {"Kenya Power", "Safaricom"}),
    ("seoul_budget", """Seoul Herald
Korea raises budget
SEOUL — President Lee Jae-myung said on Monday the budget would rise by 8 percent. Finance minister Koo Yun-cheol said bond sales would fund it.
Hyundai Motor said exports had slowed. Kim Min-seok, the prime minister, said jobs came first.
""", {"Lee Jae-myung", "Koo Yun-cheol", "Kim Min-seok"},
     {"Hyundai"}),
    ("kuala_lumpur", """Malaysia Now
Anwar meets old rivals
KUALA LUMPUR — Datuk Seri Anwar Ibrahim met Tan Sri Muhyiddin Yassin and Tun Mahathir Mohamad at the Petronas Twin Towers on Friday.
Former badminton star Datuk Lee Chong Wei said the meeting was overdue.
""", {"Anwar Ibrahim", "Muhyiddin Yassin", "Mahathir Mohamad", "Lee Chong Wei"},
     {"Petronas", "Twin Towers"}),
    ("norwich_council", """Eastern Daily
Council closes library branch
NORWICH — Cllr Joanna Pettigrew said the branch would shut in June. The Rt Rev. Graham Usher, Bishop of Norwich, said the church would open its hall instead.
Ms Adeyemi, a librarian for 20 years, said readers were angry. Tesco said it would keep the car park open.
""", {"Joanna Pettigrew", "Graham Usher", "Adeyemi"},
     {"Tesco", "Norwich"}),
    ("us_hearing", """Capitol Report
Senate panel grills energy chief
WASHINGTON — Sen. Marisol Tavares-Ocampo (D-N.M.) asked why prices had risen. Rep. Dwayne Okorie said the hearing was a show.
Gov. Kathy Hochul, who testified by video, said New York would build more lines. Exxon Mobil said it supported the bill.
""", {"Marisol Tavares-Ocampo", "Dwayne Okorie", "Kathy Hochul"},
     {"Exxon", "New York"}),
    ("evidence_cues", """Northern Wire
Factory fire injures workers
GDANSK — Tomasz Brzękowski, 45, a welder, said the fire began near the paint shop. Zephyr Nkemdirim told reporters he had pulled two men out.
Atlas Copco said it would pay for repairs. Harbour Lights, a hotel near the yard, said it had housed 40 workers.
Brzękowski, aged 45, spent two days in hospital.
""", {"Tomasz Brzękowski", "Zephyr Nkemdirim"},
     {"Atlas Copco", "Harbour Lights", "Gdansk"}),
    ("casablanca_derby", """Maghreb Sport
Wydad beat Raja in Casablanca derby
CASABLANCA — Defender Ousmane Diomande, aged 21, scored the winner. Coach Mohamed Amine Benhachem said the team had earned it.
Wydad Casablanca said 40,000 fans attended. Raja Club Athletic said it would appeal the red card.
""", {"Ousmane Diomande", "Mohamed Amine Benhachem"},
     {"Wydad", "Raja", "Casablanca"}),
    ("dhaka_interim", """Dhaka Courier
Interim government sets election date
DHAKA — Chief adviser Muhammad Yunus said the vote would be held in February. Foreign adviser Md. Touhid Hossain said observers were welcome.
Begum Khaleda Zia, the opposition leader, said her party was ready. Traffic was blocked on Sheikh Mujib Road.
""", {"Muhammad Yunus", "Touhid Hossain", "Khaleda Zia"},
     {"Sheikh Mujib", "Mujib Road"}),
]

_XFAIL: dict[str, str] = {
    "seoul_budget": "a firm speaking without 'it' ('Hyundai Motor said exports had slowed') has only a speech verb, "
                    "which a person's name the lists lack has too",
    "kuala_lumpur": "'Tun' as an honorific ('Tun Mahathir Mohamad') would take streets named after a Tun for people "
                    "('Jalan Tun Razak'), which the namesake tests keep as places",
    "casablanca_derby": "a club named '<word> <city>' speaking without 'it' ('Wydad Casablanca said') needs the city "
                        "in the place lists",
    "dhaka_interim": "'Begum' opening a name is an honorific, but closing one a common surname ('Shamima Begum'), and "
                     "an honorific that is also a surname loses its bare mentions; 'Md.' (Muhammad) is read as a name "
                     "of its own",
    "accra_nairobi": "a firm speaking of itself ('Kenya Power said it would cut tariffs') has only a speech verb and the speaker's 'it', which a person has "
                    "as often ('Tarquin Ashdown said it would cost more'; review of round 2): no body's reading from it",
    "us_hearing": "a firm speaking of itself ('Exxon Mobil said it supported the bill') has only a speech verb and the speaker's 'it', which a person has "
                    "as often ('Tarquin Ashdown said it would cost more'; review of round 2): no body's reading from it",
    "evidence_cues": "a firm speaking of itself ('Atlas Copco said it would pay') has only a speech verb and the speaker's 'it', which a person has "
                    "as often ('Tarquin Ashdown said it would cost more'; review of round 2): no body's reading from it",
}


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), page_params(PAGES, _XFAIL))
def test_a_world_page_lists_its_people(name, text, expected, not_people):
    assert _people(text) == expected


_XFAIL_NOT_PEOPLE = {page: _XFAIL[page] for page in ("seoul_budget", "casablanca_derby", "accra_nairobi",
                                                      "us_hearing", "evidence_cues")}


@pytest.mark.parametrize(("name", "text", "expected", "not_people"), page_params(PAGES, _XFAIL_NOT_PEOPLE))
def test_no_thing_named_after_a_person_nor_place_nor_firm_is_a_person(name, text, expected, not_people):
    found = _people(text)
    assert not {(thing, person) for thing in not_people for person in found if thing in person}
