"""Gazetteer: countries (with demonyms, capitals and common aliases) and international organisations.

The events step names the countries and organisations taking part in an event from the words of its sentence:
"Moscow signed" and "the Russian minister" both point at Russia, "the UN Security Council" at that body. The
country rows were derived from the data shipped in the `countryinfo` PyPI package (MIT), trimmed to states of
more than 150,000 inhabitants, with English aliases (U.S., Britain, Kiev, Tel Aviv, the Soviet Union) added by hand,
and the United Kingdom's constituent countries, which news names as parties of their own (teams, devolved
governments: "Spain beat England", "the Scottish government"); England has no demonym, as "English" is as often
the language or a name's word ("the English Channel"). The smallest sovereign states are added too (a state is a
party whatever its size), and territories and self-governing regions news names as places (Greenland, Gibraltar,
Catalonia).
A body's adjective is a demonym that stands for no state ("European" for the EU); `capital_of` gives the place
"the Polish capital" means.
Lookups go by the words that can start a phrase (`PhraseMatcher`), longest phrase first: one regex pass finds
those words (a trie of them), then a dictionary look-up per word found, whatever the size of the tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# name | demonyms | capitals (metonyms for the state) | other names; lists are ';'-separated.
_COUNTRY_TABLE = """\
Afghanistan|Afghan|Kabul|Islamic Republic of Afghanistan
Albania|Albanian|Tirana|Shqipnia;Republic of Albania
Algeria|Algerian|Algiers|Dzayer;People's Democratic Republic of Algeria
Angola|Angolan|Luanda|Republic of Angola
Argentina|Argentinean;Argentine;Argentinian|Buenos Aires|Argentine Republic
Armenia|Armenian|Yerevan|Hayastan;Republic of Armenia
Australia|Australian|Canberra|
Austria|Austrian|Vienna|Osterreich;Oesterreich;Republic of Austria
Azerbaijan|Azerbaijani;Azeri|Baku|Republic of Azerbaijan
The Bahamas|Bahamian|Nassau|Commonwealth of the Bahamas;Bahamas
Bahrain|Bahraini|Manama|Kingdom of Bahrain
Bangladesh|Bangladeshi|Dhaka|People's Republic of Bangladesh
Barbados|Barbadian|Bridgetown|
Belarus|Belarusian|Minsk|Republic of Belarus;Belorussiya
Belgium|Belgian|Brussels|Belgie;Belgien;Belgique;Kingdom of Belgium;Royaume de Belgique
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|Republic of Benin
Bhutan|Bhutanese|Thimphu|Kingdom of Bhutan
Bolivia|Bolivian|Sucre|Buliwya;Wuliwya;Plurinational State of Bolivia;Estado Plurinacional de Bolivia;Buliwya Mamallaqta;Wuliwya Suyu
Bosnia and Herzegovina|Bosnian;Herzegovinian|Sarajevo|Bosnia-Herzegovina;Republic of Bosnia and Herzegovina
Botswana|Motswana;Batswana;Botswanan|Gaborone|Republic of Botswana;Lefatshe la Botswana
Brazil|Brazilian|Brasilia|Brasil;Federative Republic of Brazil
Brunei|Bruneian|Bandar Seri Begawan|Nation of Brunei; the Abode of Peace;Brunei Darussalam
Bulgaria|Bulgarian|Sofia|Republic of Bulgaria
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian|Bujumbura|Republic of Burundi;Republika y'Uburundi
Cambodia|Cambodian|Phnom Penh|Kingdom of Cambodia
Cameroon|Cameroonian|Yaounde|Republic of Cameroon
Canada|Canadian|Ottawa|
Cape Verde|Cape Verdian|Praia|Republic of Cabo Verde;Cabo Verde
Central African Republic|Central African|Bangui|
Chad|Chadian|N'Djamena|Tchad;Republic of Chad
Chile|Chilean|Santiago|Republic of Chile
China|Chinese|Beijing|People's Republic of China
Colombia|Colombian|Bogota|Republic of Colombia
Comoros|Comoran;Comorian|Moroni|Union of the Comoros;Union des Comores;Udzima wa Komori
Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo;Congo-Kinshasa
Republic of the Congo|Congolese|Brazzaville|Congo-Brazzaville
Costa Rica|Costa Rican|San Jose|Republic of Costa Rica
Ivory Coast|Ivorian|Yamoussoukro|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire
Croatia|Croatian|Zagreb|Hrvatska;Republic of Croatia;Republika Hrvatska
Cuba|Cuban|Havana|Republic of Cuba
Cyprus|Cypriot|Nicosia|Republic of Cyprus
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|Danmark;Kingdom of Denmark;Kongeriget Danmark
Djibouti|Djiboutian|Djibouti|Jabuuti;Gabuuti;Republic of Djibouti;Gabuutih Ummuuno;Jamhuuriyadda Jabuuti
Dominican Republic|Dominican|Santo Domingo|
East Timor|East Timorese;Timorese|Dili|Democratic Republic of Timor-Leste;Timor-Leste
Ecuador|Ecuadorean;Ecuadorian|Quito|Republic of Ecuador
Egypt|Egyptian|Cairo|Arab Republic of Egypt
El Salvador|Salvadoran|San Salvador|Republic of El Salvador
Equatorial Guinea|Equatorial Guinean|Malabo|Republic of Equatorial Guinea
Eritrea|Eritrean|Asmara|State of Eritrea;the State of Eritrea
Estonia|Estonian|Tallinn|Eesti;Republic of Estonia;Eesti Vabariik
Ethiopia|Ethiopian|Addis Ababa|Federal Democratic Republic of Ethiopia
Fiji|Fijian|Suva|Viti;Republic of Fiji;Matanitu ko Viti
Finland|Finnish|Helsinki|Suomi;Republic of Finland;Suomen tasavalta;Republiken Finland
France|French|Paris|French Republic
French Polynesia|French Polynesian|Papeete|
Gabon|Gabonese|Libreville|Gabonese Republic
The Gambia|Gambian|Banjul|Republic of the Gambia;Gambia
Georgia|Georgian|Tbilisi|Sakartvelo
Germany|German|Berlin|Federal Republic of Germany
Ghana|Ghanaian|Accra|Republic of Ghana
Greece|Greek|Athens|Hellenic Republic
Guadeloupe|Guadeloupian|Basse-Terre|Gwadloup
Guam|Guamanian|Hagatna|
Guatemala|Guatemalan|Guatemala City|Republic of Guatemala
Guinea|Guinean|Conakry|Republic of Guinea
Guinea-Bissau|Guinea-Bissauan|Bissau|Republic of Guinea-Bissau
Guyana|Guyanese|Georgetown|Co-operative Republic of Guyana;Republic of Guyana
Haiti|Haitian|Port-au-Prince|Republic of Haiti;Repiblik Ayiti
Honduras|Honduran|Tegucigalpa|Republic of Honduras
Hong Kong|Chinese|City of Victoria|
Hungary|Hungarian|Budapest|Magyarorszag
Iceland|Icelander;Icelandic|Reykjavik|Republic of Iceland
India|Indian|New Delhi|Republic of India
Indonesia|Indonesian|Jakarta|Republic of Indonesia;Republik Indonesia
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad|Republic of Iraq
Ireland|Irish|Dublin|Republic of Ireland
Israel|Israeli|Jerusalem;Tel Aviv|State of Israel
Italy|Italian|Rome|Italian Republic;Repubblica italiana
Jamaica|Jamaican|Kingston|
Japan|Japanese|Tokyo|Nippon;Nihon
Jordan|Jordanian|Amman|Hashemite Kingdom of Jordan
Kazakhstan|Kazakhstani;Kazakh|Nur-Sultan|Qazaqstan;Republic of Kazakhstan;Respublika Kazakhstan
Kenya|Kenyan|Nairobi|Republic of Kenya;Jamhuri ya Kenya
North Korea|North Korean|Pyongyang|Democratic People's Republic of Korea
South Korea|South Korean|Seoul|Republic of Korea
Kuwait|Kuwaiti|Kuwait City|State of Kuwait;Dawlat al-Kuwait
Kyrgyzstan|Kirghiz;Kyrgyz|Bishkek|Kyrgyz Republic;Kyrgyz Respublikasy
Laos|Laotian|Vientiane|Lao People's Democratic Republic;Sathalanalat Paxathipatai Paxaxon Lao
Latvia|Latvian|Riga|Republic of Latvia;Latvijas Republika
Lebanon|Lebanese|Beirut|Lebanese Republic
Lesotho|Mosotho;Basotho|Maseru|Kingdom of Lesotho;Muso oa Lesotho
Liberia|Liberian|Monrovia|Republic of Liberia
Libya|Libyan|Tripoli|State of Libya;Dawlat Libya
Lithuania|Lithuanian|Vilnius|Republic of Lithuania;Lietuvos Respublika
Luxembourg|Luxembourger;Luxembourgish|Luxembourg|Grand Duchy of Luxembourg
Macau|Chinese||Macao Special Administrative Region of the People's Republic of China
Republic of Macedonia|Macedonian|Skopje|North Macedonia
Madagascar|Malagasy|Antananarivo|Republic of Madagascar;Repoblikan'i Madagasikara
Malawi|Malawian|Lilongwe|Republic of Malawi
Malaysia|Malaysian|Kuala Lumpur|
Maldives|Maldivan;Maldivian|Male|Maldive Islands;Republic of the Maldives;Dhivehi Raajjeyge Jumhooriyya;Republic of Maldives
Mali|Malian|Bamako|Republic of Mali
Malta|Maltese|Valletta|Republic of Malta;Repubblika ta' Malta
Martinique|French|Fort-de-France|
Mauritania|Mauritanian|Nouakchott|Islamic Republic of Mauritania
Mauritius|Mauritian|Port Louis|Republic of Mauritius
Mayotte|French|Mamoudzou|Department of Mayotte
Mexico|Mexican|Mexico City|United Mexican States
Moldova|Moldovan|Chisinau|Republic of Moldova;Republica Moldova
Mongolia|Mongolian|Ulaanbaatar|
Montenegro|Montenegrin|Podgorica|Montenegrin
Morocco|Moroccan|Rabat|Kingdom of Morocco
Mozambique|Mozambican|Maputo|Republic of Mozambique
Myanmar|Burmese|Naypyidaw|Republic of Myanmar;Burma
Namibia|Namibian|Windhoek|Republic of Namibia
Nepal|Nepalese;Nepali|Kathmandu|Federal Democratic Republic of Nepal
Netherlands|Dutch|Amsterdam;The Hague|Holland
New Caledonia|New Caledonian|Noumea|
New Zealand|New Zealander|Wellington|Aotearoa
Nicaragua|Nicaraguan|Managua|Republic of Nicaragua
Niger|Nigerien|Niamey|Nijar;Republic of Niger;Republic of the Niger
Nigeria|Nigerian|Abuja|Nijeriya;Federal Republic of Nigeria
Norway|Norwegian|Oslo|Norge;Noreg;Kingdom of Norway;Kongeriket Norge;Kongeriket Noreg
Oman|Omani|Muscat|Sultanate of Oman
Pakistan|Pakistani|Islamabad|Islamic Republic of Pakistan
Palestine|Palestinian|Ramallah|State of Palestine;Palestinian territories
Panama|Panamanian|Panama City|Republic of Panama
Papua New Guinea|Papua New Guinean|Port Moresby|Independent State of Papua New Guinea;Independen Stet bilong Papua Niugini
Paraguay|Paraguayan|Asuncion|Republic of Paraguay
Peru|Peruvian|Lima|Republic of Peru
Philippines|Filipino;Philippine|Manila|Republic of the Philippines
Poland|Polish|Warsaw|Republic of Poland;Rzeczpospolita Polska
Portugal|Portuguese|Lisbon|Portuguesa;Portuguese Republic
Puerto Rico|Puerto Rican|San Juan|Commonwealth of Puerto Rico;Estado Libre Asociado de Puerto Rico
Qatar|Qatari|Doha|State of Qatar
Reunion|French|Saint-Denis|Reunion
Romania|Romanian|Bucharest|Rumania;Roumania
Russia|Russian|Moscow|Russian Federation
Rwanda|Rwandan|Kigali|Republic of Rwanda;Repubulika y'u Rwanda;Rwandese Republic
Saint Lucia|Saint Lucian|Castries|
Samoa|Samoan|Apia|Independent State of Samoa
Sao Tome and Principe|Sao Tomean|Sao Tome|Sao Tome and Principe;Democratic Republic of Sao Tome and Principe
Saudi Arabia|Saudi Arabian;Saudi|Riyadh|Kingdom of Saudi Arabia
Senegal|Senegalese|Dakar|Republic of Senegal
Serbia|Serbian|Belgrade|Srbija;Republic of Serbia;Republika Srbija
Sierra Leone|Sierra Leonean|Freetown|Republic of Sierra Leone
Singapore|Singaporean|Singapore|Singapura;Republik Singapura;Republic of Singapore
Slovakia|Slovak|Bratislava|Slovak Republic
Slovenia|Slovene;Slovenian|Ljubljana|Republic of Slovenia;Republika Slovenija
Solomon Islands|Solomon Islander|Honiara|
Somalia|Somali|Mogadishu|Federal Republic of Somalia;Jamhuuriyadda Federaalka Soomaaliya
South Africa|South African|Pretoria|Suid-Afrika;Republic of South Africa
South Sudan|South Sudanese|Juba|Republic of South Sudan
Spain|Spanish|Madrid|Kingdom of Spain
Sri Lanka|Sri Lankan|Colombo|Democratic Socialist Republic of Sri Lanka
Sudan|Sudanese|Khartoum|Republic of the Sudan
Suriname|Surinamer;Surinamese|Paramaribo|Sarnam;Sranangron;Republic of Suriname;Republiek Suriname
Swaziland|Swazi|Lobamba|weSwatini;Swatini;Ngwane;Kingdom of Swaziland;Umbuso waseSwatini;Eswatini;Kingdom of Eswatini
Sweden|Swedish|Stockholm|Kingdom of Sweden;Konungariket Sverige
Switzerland|Swiss|Bern|Swiss Confederation;Schweiz;Suisse;Svizzera;Svizra
Syria|Syrian|Damascus|Syrian Arab Republic
Taiwan|Taiwanese|Taipei|Republic of China
Tajikistan|Tadzhik;Tajik|Dushanbe|Republic of Tajikistan
Tanzania|Tanzanian|Dodoma|United Republic of Tanzania
Thailand|Thai|Bangkok|Prathet;Thai;Kingdom of Thailand;Ratcha Anachak Thai
Togo|Togolese|Lome|Togolese;Togolese Republic
Trinidad and Tobago|Trinidadian|Port of Spain|Republic of Trinidad and Tobago
Tunisia|Tunisian|Tunis|Republic of Tunisia
Turkey|Turkish|Ankara|Turkiye;Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|Republic of Uganda;Jamhuri ya Uganda
Ukraine|Ukrainian|Kyiv;Kiev|Ukrayina
United Arab Emirates|Emirati|Abu Dhabi|UAE;Emirates
United Kingdom|British|London|Great Britain;Britain;UK;U.K.
England|||
Scotland|Scottish|Edinburgh|
Wales|Welsh|Cardiff|
Northern Ireland|Northern Irish|Belfast|
United States|American|Washington|United States of America;U.S.;US;USA;America;U.S.A.
Uruguay|Uruguayan|Montevideo|Oriental Republic of Uruguay;Eastern Republic of Uruguay
Uzbekistan|Uzbekistani;Uzbek|Tashkent|Republic of Uzbekistan
Vanuatu|Ni-Vanuatu|Port Vila|Republic of Vanuatu;Ripablik blong Vanuatu
Venezuela|Venezuelan|Caracas|Bolivarian Republic of Venezuela
Vietnam|Vietnamese|Hanoi|Socialist Republic of Vietnam;Viet Nam;Socialist Republic of Viet Nam
Western Sahara|Sahrawi|El Aaiun|
Yemen|Yemeni|Sana'a|Yemeni Republic;Republic of Yemen
Zambia|Zambian|Lusaka|Republic of Zambia
Zimbabwe|Zimbabwean|Harare|Republic of Zimbabwe
Soviet Union|Soviet||USSR;U.S.S.R.
Monaco|Monegasque||Principality of Monaco
Liechtenstein|Liechtensteiner|Vaduz|Principality of Liechtenstein
San Marino|Sammarinese||Republic of San Marino
Andorra|Andorran|Andorra la Vella|Principality of Andorra
Vatican City|||Holy See;the Holy See;Vatican
Seychelles|Seychellois||Republic of Seychelles
Tonga|Tongan|Nuku'alofa|Kingdom of Tonga
Palau|Palauan|Ngerulmud|Republic of Palau
Nauru|Nauruan|Yaren|Republic of Nauru
Tuvalu|Tuvaluan|Funafuti|
Kiribati||Tarawa|Republic of Kiribati
Marshall Islands|Marshallese|Majuro|Republic of the Marshall Islands
Federated States of Micronesia|Micronesian|Palikir|Micronesia
Antigua and Barbuda|Antiguan||
Grenada|Grenadian||
Dominica|||Commonwealth of Dominica
Saint Kitts and Nevis|Kittitian|Basseterre|St. Kitts and Nevis;St Kitts and Nevis
Saint Vincent and the Grenadines|Vincentian|Kingstown|St. Vincent and the Grenadines
"""

# Regions and territories that are places but not states: name | aliases.
_REGION_TABLE = """\
Gaza Strip|Gaza
West Bank|Judea and Samaria
Golan Heights|Golan
East Jerusalem|
Sinai|Sinai Peninsula
Crimea|
Donbas|Donbass
Chechnya|
North Ossetia|
Dagestan|
Abkhazia|
South Ossetia|
Nagorno-Karabakh|Karabakh
Transnistria|
Kashmir|
Darfur|
Kurdistan|Iraqi Kurdistan
Kosovo|
Taiwan|
Tibet|
Xinjiang|
Hong Kong|
New South Wales|
New England|
Greenland|
Faroe Islands|Faroes
Somaliland|
Zanzibar|
Bermuda|
Gibraltar|
Cayman Islands|
Aruba|
Curaçao|Curacao
Catalonia|
Basque Country|
Flanders|
Wallonia|
"""

# canonical name | aliases. Ministries and offices of a state are built by pattern in `_MINISTRY` below.
_ORGANISATION_TABLE = """\
United Nations|UN;U.N.;the UN;United Nations Organization
UN Security Council|Security Council;U.N. Security Council;United Nations Security Council;UNSC
UN General Assembly|General Assembly;U.N. General Assembly;United Nations General Assembly
European Union|EU;E.U.
NATO|North Atlantic Treaty Organization;Nato
Quartet|Middle East Quartet
Arab League|League of Arab States
African Union|AU
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
World Health Organization|WHO
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO;World Trade Organisation
Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development
Association of Southeast Asian Nations|ASEAN
Economic Community of West African States|ECOWAS
Mercosur|Mercosul
UNESCO|
UNICEF|
World Food Programme|WFP;World Food Program;UN World Food Programme
UNHCR|UN refugee agency;U.N. refugee agency;United Nations High Commissioner for Refugees
UNRWA|
UN Development Programme|UNDP;United Nations Development Programme
Food and Agriculture Organization|FAO
International Labour Organization|ILO;International Labor Organization
Interpol|
Council of Europe|
Red Cross|International Committee of the Red Cross;ICRC
OPEC|Organization of the Petroleum Exporting Countries
G7|Group of Seven;G-7
G20|Group of 20;G-20
BRICS|
OSCE|Organization for Security and Co-operation in Europe
Hamas|Islamic Resistance Movement
Hezbollah|Hizbollah;Hizbullah;Hizballah
Islamic Jihad|Palestinian Islamic Jihad
Fatah|
Palestine Liberation Organization|PLO
Palestinian Authority|PA
Islamic State|ISIS;ISIL;Daesh
Al-Qaeda|al-Qaeda;Al Qaeda;al Qaeda;al-Qaida
Taliban|
Houthis|Ansar Allah;Houthi
Kremlin|
White House|
Pentagon|
State Department|US State Department;U.S. State Department
Jewish Agency|
"""

# Adjectives that stand for an organisation as a demonym stands for its state ("European leaders gathered" are the
# EU's): organisation | adjectives. They count where demonyms count (gatherings, visits, wars), after a region
# word they do not ("Eastern European states").
_ORGANISATION_ADJECTIVE_TABLE = """\
European Union|European
"""

# Institutions that stand for a country when named alone.
_INSTITUTION_COUNTRY = {"Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
                        "State Department": "United States"}

# (the field and "ministry" also in lower case after a demonym: "the Chinese foreign ministry"; a ministry with no
# demonym is left, as it names no state)
_MINISTRY = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+|(?P<adj>[A-Z][a-z]+)\s+)?"
    r"(?:(?P<field>Foreign|Defen[cs]e|Justice|Interior|Finance|Culture|Health|Economy|Education|Energy)\s+Ministry"
    r"|(?P<lower>foreign|defen[cs]e|justice|interior|finance|culture|health|economy|education|energy)\s+ministry"
    r"|Ministry\s+of\s+(?P<field2>Foreign\s+Affairs|Defen[cs]e|Justice|Interior|Finance|Culture|Health|Economy"
    r"|Education|Energy))\b"
)


def word_alternation(words) -> str:
    """A regular expression matching exactly the given words, as a trie ("Afghan(?:istan)?"): the engine tests a
    position against one branch per distinct character instead of against every word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = None  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter word ends here: the longer ones are optional (tried first, then backtracked)
            return (group if len(branches) > 1 else "(?:" + group + ")") + "?"
        return group

    return emit(root)


class PhraseMatcher:
    """Finds known phrases in a text, longest first, on word boundaries, in one pass over its words.

    The words that can start a phrase are found by one regular expression (a trie of them between word
    boundaries), so the other words of the text cost no Python at all; each word found is then looked up exactly
    as written (lower-cased when ignoring case). Ignoring case, the trie runs over the lower-cased text, where
    the regex engine skips ahead in C (a case-insensitive pattern would try every position), when lower-casing
    maps each character to one (so offsets agree) and the text has no capital sigma (whose lower case depends
    on the letters around it); otherwise every word is lower-cased and looked up, the plain way."""

    _WORD = re.compile(r"\w+")

    def __init__(self, phrases, ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self._by_first_word: dict[str, list[str]] = {}
        for phrase in phrases:
            first = self._WORD.match(phrase)
            if not first:
                continue  # a phrase must start with a word character
            key = first.group(0).lower() if ignore_case else first.group(0)
            self._by_first_word.setdefault(key, []).append(phrase.lower() if ignore_case else phrase)
        for candidates in self._by_first_word.values():
            candidates.sort(key=len, reverse=True)
        # The phrases of each first word grouped by length, longest first: at a position, one slice per length.
        self._by_length: dict[str, list[tuple[int, frozenset[str]]]] = {
            key: [(length, frozenset(p for p in candidates if len(p) == length))
                  for length in sorted({len(p) for p in candidates}, reverse=True)]
            for key, candidates in self._by_first_word.items()}
        # A first word is a whole run of word characters (keys are `\w+` matches), hence the boundaries (no
        # character is a word character unless its lower case is one: runs of the lower-cased text are the same).
        self._first_words = (re.compile(r"\b" + word_alternation(self._by_first_word) + r"\b")
                             if self._by_first_word else None)

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, phrase as listed, lower-cased when ignoring case) for each phrase found."""
        end = len(text) if end is None else end
        if self._first_words is None:
            return
        resume = start
        lookup = self._by_length
        ignore_case = self.ignore_case
        length = len(text)
        # Words are the runs of word characters inside text[start:end], cut at its ends as `\w+` would cut
        # them there; a slice gives the boundaries the same view (no copy for the whole text).
        window = text if (start, end) == (0, length) else text[start:end]
        if not ignore_case:
            words = self._first_words.finditer(window)
        else:
            lowered = window.lower()
            fits = len(lowered) == len(window) and "\u03a3" not in window
            words = self._first_words.finditer(lowered) if fits else self._WORD.finditer(window)
        for word in words:
            position = word.start() + start
            if position < resume:
                continue
            key = text[position:word.end() + start].lower() if ignore_case else word.group(0)
            groups = lookup.get(key)
            if not groups:
                continue
            for size, phrases in groups:
                stop = position + size
                if stop > end:
                    continue
                phrase = text[position:stop]
                if ignore_case:
                    phrase = phrase.lower()
                if phrase not in phrases:
                    continue
                if stop < length and (text[stop].isalnum() or text[stop] == "_"):
                    continue
                yield position, stop, phrase
                resume = stop
                break


@dataclass(frozen=True)
class GazetteerHit:
    surface: str
    canonical: str  # the country or organisation name
    kind: str  # 'country', 'demonym', 'capital', 'region', 'organisation', 'ministry'
    start: int
    end: int
    country: str | None  # the country it stands for, when it stands for one (a body's demonym: none)


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ss", "sh", "ch", "s")):
        return None
    return demonym + "s"


def _build() -> tuple[dict[str, tuple[str, str]], PhraseMatcher, dict[str, str]]:
    surfaces: dict[str, tuple[str, str]] = {}
    demonym_country: dict[str, str] = {}
    for row in _COUNTRY_TABLE.splitlines():
        if not row.strip():
            continue
        name, demonyms, capitals, aliases = (row.split("|") + ["", "", ""])[:4]
        surfaces.setdefault(name, (name, "country"))
        for alias in filter(None, aliases.split(";")):
            surfaces.setdefault(alias, (name, "country"))
        for capital in filter(None, capitals.split(";")):
            surfaces.setdefault(capital, (name, "capital"))
        for demonym in filter(None, demonyms.split(";")):
            demonym_country.setdefault(demonym, name)
            surfaces.setdefault(demonym, (name, "demonym"))
            plural = _plural(demonym)
            if plural:
                surfaces.setdefault(plural, (name, "demonym"))
    for row in _REGION_TABLE.splitlines():
        if not row.strip():
            continue
        name, aliases = (row.split("|") + [""])[:2]
        surfaces.setdefault(name, (name, "region"))
        for alias in filter(None, aliases.split(";")):
            surfaces.setdefault(alias, (name, "region"))
    for row in _ORGANISATION_TABLE.splitlines():
        if not row.strip():
            continue
        name, aliases = (row.split("|") + [""])[:2]
        surfaces[name] = (name, "organisation")
        for alias in filter(None, aliases.split(";")):
            if alias.startswith("the "):
                alias = alias[4:]
            surfaces.setdefault(alias, (name, "organisation"))
    for row in _ORGANISATION_ADJECTIVE_TABLE.splitlines():
        if not row.strip():
            continue
        name, adjectives = (row.split("|") + [""])[:2]
        for adjective in filter(None, adjectives.split(";")):
            surfaces.setdefault(adjective, (name, "organisation adjective"))
    return surfaces, PhraseMatcher(surfaces), demonym_country


_SURFACES, _MATCHER, _DEMONYM_COUNTRY = _build()
_CAPITALS = {row.split("|")[0]: row.split("|")[2].split(";")[0]
             for row in _COUNTRY_TABLE.splitlines() if row.count("|") >= 2 and row.split("|")[2]}


def capital_countries() -> dict[str, str]:
    """{capital: country} for every capital of the country table ('Athens' -> 'Greece', 'The Hague' ->
    'Netherlands')."""
    found: dict[str, str] = {}
    for row in _COUNTRY_TABLE.splitlines():
        if row.count("|") >= 2 and not row.startswith("#"):
            name, _demonyms, capitals = row.split("|")[:3]
            for capital in filter(None, capitals.split(";")):
                found.setdefault(capital.strip(), name)
    return found


def capital_of(country: str) -> str | None:
    """'Poland' -> 'Warsaw' (the first capital of its row): "the Polish capital" is a place."""
    return _CAPITALS.get(country)


_COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {}
for _demonym, _country in _DEMONYM_COUNTRY.items():
    _COUNTRY_DEMONYMS[_country] = _COUNTRY_DEMONYMS.get(_country, ()) + (_demonym,)


def demonyms_of(country: str) -> tuple[str, ...]:
    """'Slovenia' -> ('Slovene', 'Slovenian'): the table's adjectives for a state, first the usual one."""
    return _COUNTRY_DEMONYMS.get(country, ())


def country_of_demonym(word: str) -> str | None:
    """'Israeli' -> 'Israel'; None when the word is not a known demonym."""
    return _DEMONYM_COUNTRY.get(word)


# "Pittsburgh, PA," "Austin, TX.": a short capitalised code after a town's name and its comma, ending the phrase,
# is the town's state or province, not a body or country of that code ("PA" is also the Palestinian Authority).
_TOWN_COMMA = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)\]]|$)")


def _is_region_code(text: str, start: int, end: int, surface: str, found: list) -> bool:
    if not (surface.isupper() and len(surface) <= 3):
        return False
    town = _TOWN_COMMA.search(text, max(0, start - 30), start)
    if town is None or not _PHRASE_END.match(text, end):
        return False
    # "talks between Israel, PA." lists a country before it: a list of parties, not a postal address
    return not any(a <= town.start() < b for a, b, _ in found)


_SHORT_TEXT = 300  # a name, a role or a title: read again and again by the steps, so its hits are kept
_SHORT_HITS: dict[str, tuple[GazetteerHit, ...]] = {}
_SHORT_HITS_LIMIT = 20_000


def find_places_and_organisations(text: str, start: int = 0, end: int | None = None) -> list[GazetteerHit]:
    """Every country, demonym, capital, organisation and ministry named in text[start:end], in order. A short
    whole text (a name, a role, a title: the steps ask about the same ones many times) is read once per process."""
    if start or end is not None or len(text) > _SHORT_TEXT:
        return _find(text, start, len(text) if end is None else end)
    hits = _SHORT_HITS.get(text)
    if hits is None:
        if len(_SHORT_HITS) >= _SHORT_HITS_LIMIT:
            _SHORT_HITS.clear()
        hits = _SHORT_HITS[text] = tuple(_find(text, 0, len(text)))
    return list(hits)


# A name written as the second part of a hyphenated compound after an unknown capitalised word is part of another
# name ("Zuid-Holland" is a province, not Holland); after a known name ("Russia-Ukraine war") or a combining prefix
# ("Sino-Russian", "Indo-Pakistan") it stands for itself.
_COMPOUND_PART = re.compile(r"(?<![\w-])([A-Z][a-z]+)-$")
COMPOUND_PREFIXES = frozenset("""
indo sino afro anglo franco austro russo greco italo euro pan trans sub mid post pre anti pro non ex hispano luso
judeo arab
""".split())


def _find(text: str, start: int, end: int) -> list[GazetteerHit]:
    hits: list[GazetteerHit] = []
    taken: list[tuple[int, int]] = []
    ministries = _MINISTRY.finditer(text, start, end) if text.find("inistry", start, end) >= 0 else ()
    for match in ministries:
        adjective = match.group("adj")
        if match.group("owner"):
            # "Germany's Finance Ministry" is the German Finance Ministry (the state's usual adjective)
            adjective = next(iter(_COUNTRY_DEMONYMS.get(match.group("owner"), ())), None)
            if adjective is None:
                continue
        field = (match.group("field") or (match.group("lower") or "").capitalize() or match.group("field2")
                 or "").replace("Affairs", "").strip()
        field = re.sub(r"\s+", " ", field)
        country = _DEMONYM_COUNTRY.get(adjective or "")
        if adjective and not country:
            continue  # 'the Foreign Ministry' of an unnamed state says nothing about who
        if not adjective:
            continue
        name = f"{adjective} {field} Ministry"
        hits.append(GazetteerHit(match.group(0), name, "ministry", match.start(), match.end(), country))
        taken.append((match.start(), match.end()))
    found = list(_MATCHER.finditer(text, start, end))
    for hit_start, hit_end, surface in found:
        if any(a < hit_end and hit_start < b for a, b in taken):
            continue
        if _is_region_code(text, hit_start, hit_end, surface, found):
            continue
        if _COMPOUND_PART.search(text, max(0, hit_start - 20), hit_start) and not any(
                b == hit_start - 1 for _, b, _ in found):
            prefix = _COMPOUND_PART.search(text, max(0, hit_start - 20), hit_start).group(1)
            if prefix.lower() not in COMPOUND_PREFIXES:
                continue  # "Zuid-Holland", "Noord-Holland": the second part of another place's name
        canonical, kind = _SURFACES[surface]
        if kind == "region":
            country = None
        elif kind == "organisation adjective":  # a demonym of a body: no state
            kind, country = "demonym", None
        elif kind == "organisation":
            country = _INSTITUTION_COUNTRY.get(canonical)
            if canonical == "State Department":
                canonical = "US State Department"
        else:
            country = canonical
        hits.append(GazetteerHit(surface, canonical, kind, hit_start, hit_end, country))
    hits.sort(key=lambda hit: hit.start)
    return hits
