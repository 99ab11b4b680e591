"""Writes probes.jsonl: the blind people probes (see README.md). Edit the probes here, then run it."""
import json
from pathlib import Path
P = []
def add(style, text, people, not_people, authors=()):
    P.append(dict(style=style, text=text.strip("\n"), people=[dict(name=n, country=c) for n, c in people],
                  not_people=list(not_people), authors=list(authors)))

add("wire, By A and B", """
Ghana raises policy rate to curb inflation
By Kwame Asante-Boateng and Lisa Hartmann
ACCRA, March 3 (Wire) - Ghana's central bank raised its main lending rate by 150 basis points on Tuesday, Governor Efua Mensah-Bonsu said, as inflation climbed for a fourth month.
"We will not hesitate to act again," Mensah-Bonsu told reporters in Accra.
Finance Minister Yaw Osei-Tutu welcomed the move.
Reporting by Kwame Asante-Boateng; Editing by Peter Lindqvist
""", [("Efua Mensah-Bonsu", "Ghana"), ("Yaw Osei-Tutu", "Ghana")],
    ["Kwame Asante-Boateng", "Lisa Hartmann", "Peter Lindqvist", "Accra"], ["Kwame Asante-Boateng", "Lisa Hartmann"])

add("A | Outlet byline, Chinese order", """
Shenzhen chipmaker eyes Malaysian plant
Zhou Mingyuan | Pacific Business Daily
Updated: 14:05, 2 May 2026
Shenzhen-based chipmaker Hualing Semiconductor plans to build a packaging plant in Penang, chairman Liang Weiguo said on Friday.
Liang said the plant would employ 2,000 people. Malaysian trade minister Datuk Seri Ahmad Fauzi Ismail said the investment was "most welcome".
Share this article
""", [("Liang Weiguo", "China"), ("Ahmad Fauzi Ismail", "Malaysia")],
    ["Zhou Mingyuan", "Hualing Semiconductor", "Penang", "Pacific Business Daily"], ["Zhou Mingyuan"])

add("all-caps byline, Korean", """
SEOUL TECH
KIM SO-YEON, Staff Reporter
Opposition lawmaker Park Ji-hoon on Monday accused the science ministry of hiding delays in the lunar probe programme.
"The public deserves the real timeline," Park said at the National Assembly.
Science Minister Lee Dong-wook denied the claim.
""", [("Park Ji-hoon", "South Korea"), ("Lee Dong-wook", "South Korea")],
    ["KIM SO-YEON", "Staff Reporter", "National Assembly", "SEOUL TECH"], ["KIM SO-YEON"])

add("A, staff writer; Vietnamese", """
Mekong delta farmers switch to shrimp
Daniel Osterberg, staff writer
CAN THO, Vietnam — Farmer Nguyen Van Hung used to grow three rice crops a year. Now half his land is shrimp ponds.
"Salt came into the river and stayed," said Hung, 54.
Tran Thi Thu Ha, an agronomist at Can Tho University, said salinity had doubled since 2016.
""", [("Nguyen Van Hung", "Vietnam"), ("Tran Thi Thu Ha", "Vietnam")],
    ["Daniel Osterberg", "Can Tho University", "Can Tho"], ["Daniel Osterberg"])

add("Author: A; Indian", """
Author: Priyanka Raghunathan
Published on 12 Jan 2026
Bengaluru civic body to tax empty flats
The Bruhat Bengaluru Mahanagara Palike will levy a surcharge on flats left vacant for more than a year, commissioner Tushar Giri Nath said on Thursday.
Resident welfare activist Srinivas Alavilli called the plan "unworkable". Karnataka Deputy Chief Minister D.K. Shivaprakash said the state backed it.
""", [("Tushar Giri Nath", "India"), ("Srinivas Alavilli", "India"), ("D.K. Shivaprakash", "India")],
    ["Priyanka Raghunathan", "Bruhat Bengaluru Mahanagara Palike", "Bengaluru"], ["Priyanka Raghunathan"])

add("Words: A / Pictures: B", """
THE LONG READ
Words: Oisín Mac Giolla Phádraig
Pictures: Henrietta Vance
On Inis Meáin, the last knitter
Bríd Ní Fhlatharta has knitted ganseys on the island for sixty years. Her mother taught her, and her grandmother taught her mother.
"The pattern is the family," she says. Her neighbour, Seán Ó Conghaile, keeps the island's only shop.
""", [("Bríd Ní Fhlatharta", "Ireland"), ("Seán Ó Conghaile", "Ireland")],
    ["Oisín Mac Giolla Phádraig", "Henrietta Vance", "Inis Meáin", "THE LONG READ"], ["Oisín Mac Giolla Phádraig"])

add("A in Nairobi dateline byline", """
Kenya's tea auction slumps
Wanjiru Kamau in Nairobi
Prices at the Mombasa tea auction fell for a third week as buyers from Pakistan held back, brokers said.
Tea Board of Kenya chief executive Willy Mutai said the slump was "seasonal, not structural".
Kericho grower Cheruiyot arap Langat said he could no longer pay his pickers.
""", [("Willy Mutai", "Kenya"), ("Cheruiyot arap Langat", "Kenya")],
    ["Wanjiru Kamau", "Tea Board of Kenya", "Mombasa", "Kericho"], ["Wanjiru Kamau"])

add("Photo: A/Agency caption", """
Dutch coalition talks collapse
Photo: Marieke de Wit/ANP
Informateur Johan Remkes-Vos leaves the parliament building in The Hague on Wednesday.
The Hague — Talks to form a Dutch government collapsed on Wednesday after Farmers party leader Caroline van der Berg walked out, informateur Johan Remkes-Vos said.
Prime Minister Dick van den Hoek said he would ask King Willem-Alexander to call an election.
""", [("Johan Remkes-Vos", "Netherlands"), ("Caroline van der Berg", "Netherlands"), ("Dick van den Hoek", "Netherlands"), ("Willem-Alexander", "Netherlands")],
    ["Marieke de Wit", "The Hague", "ANP"], [])

add("A for The X credit", """
Detroit's last diner
Photograph: Tomasz Wierzbicki for The Ledger
Marlene Kowalczyk, 71, has poured coffee at the Starlite since 1972.
"The plant closed, the church closed, we stayed," she said. Her son, Ray Kowalczyk, does the books.
Mayor Andre Coleman called the diner "a Detroit institution".
""", [("Marlene Kowalczyk", "United States"), ("Ray Kowalczyk", "United States"), ("Andre Coleman", "United States")],
    ["Tomasz Wierzbicki", "Starlite", "The Ledger"], [])

add("Getty Images/A credit", """
Spain's drought: reservoirs at 18%
Getty Images/Álvaro Ruiz-Tagle
A dry reservoir near Seville.
MADRID — Reservoirs in Andalusia are at 18 per cent of capacity, the regional water agency said on Monday.
Regional agriculture minister María Jesús Fernández de Córdoba said emergency wells would be dug. Farmers' union leader Juan Carlos García Montero said it was too late.
""", [("María Jesús Fernández de Córdoba", "Spain"), ("Juan Carlos García Montero", "Spain")],
    ["Álvaro Ruiz-Tagle", "Getty Images", "Seville", "Andalusia"], [])

add("author box at end", """
Why Iceland is drilling into magma
Geologists want to tap the heat of a magma chamber near Krafla, project leader Guðrún Sigurðardóttir said.
"Nobody has done this on purpose before," said Sigurðardóttir. Her colleague Einar Jónsson added that the drill would reach 2 km.
About the author
Helga Brandsdóttir is a science correspondent based in Reykjavík. She has covered volcanoes since 2010.
""", [("Guðrún Sigurðardóttir", "Iceland"), ("Einar Jónsson", "Iceland")],
    ["Helga Brandsdóttir", "Krafla", "Reykjavík"], ["Helga Brandsdóttir"])

add("bio line, op-ed", """
Opinion
Our cities need trees, not more parking
Singapore planted a million trees in a decade. Auckland can too, as former mayor Len Bartholomew once argued.
Urban ecologist Aroha Ngata has shown that canopy cuts street temperatures by 4C.
Tamati Parata is a planner at Auckland Council. He writes about housing and transport.
""", [("Len Bartholomew", "New Zealand"), ("Aroha Ngata", None)],
    ["Tamati Parata", "Auckland Council", "Auckland", "Singapore"], ["Tamati Parata"])

add("editor's note", """
Editor's note: This article was updated on 4 June to correct the name of the school. — Fiona McAllister, Standards Editor
Glasgow teachers vote to strike
Teachers at Hillhead Academy voted to strike over class sizes, union rep Graeme Docherty said.
Education secretary Jenny Gilruth-Ross said she would meet the union.
""", [("Graeme Docherty", "United Kingdom"), ("Jenny Gilruth-Ross", "United Kingdom")],
    ["Fiona McAllister", "Hillhead Academy", "Glasgow"], [])

add("Edited by / additional reporting", """
Brazil court frees ex-governor
Rio de Janeiro — A federal court on Tuesday freed former Rio governor Sérgio Cabral Filho pending appeal, his lawyer Rodrigo Roca said.
Prosecutor Eduardo El Hage said he would appeal.
Additional reporting by Gabriela Mello in Brasília; Edited by Brad Haynes and Chizu Nomiyama
""", [("Sérgio Cabral Filho", "Brazil"), ("Rodrigo Roca", "Brazil"), ("Eduardo El Hage", "Brazil")],
    ["Gabriela Mello", "Brad Haynes", "Chizu Nomiyama", "Brasília", "Rio de Janeiro"], [])

add("correction line", """
Correction: An earlier version of this story misspelled the name of the fire chief. He is Darnell Whitfield-Ayers.
Wildfire forces evacuation of Paradise Valley homes
Fire chief Darnell Whitfield-Ayers said 300 homes were evacuated on Saturday. Arizona Governor Katie Hobbs-Moreno declared an emergency.
""", [("Darnell Whitfield-Ayers", "United States"), ("Katie Hobbs-Moreno", "United States")],
    ["Paradise Valley", "Arizona"], [])

add("site name and section line", """
Daily Herald Articles
Metro Desk
Council approves bike lanes on Oak Street
By Trent Castellano
The city council voted 7-2 on Tuesday to add protected bike lanes to Oak Street. Council member Imelda Ruiz said the lanes would save lives.
Business owner Gary Pruitt said parking would vanish.
Sign up for the Herald Morning Briefing newsletter
""", [("Imelda Ruiz", None), ("Gary Pruitt", None)],
    ["Daily Herald Articles", "Metro Desk", "Trent Castellano", "Oak Street", "Herald Morning Briefing"], ["Trent Castellano"])

add("newsletter plug with person name", """
Get Sarah's Money Tips every Friday — sign up here
Pension age to rise to 68 sooner
The state pension age will rise to 68 from 2037, Work and Pensions Secretary Liz Kendall-Moore announced.
Former pensions minister Steve Webb said the change was "inevitable".
""", [("Liz Kendall-Moore", "United Kingdom"), ("Steve Webb", "United Kingdom")],
    ["Sarah", "Money Tips"], [])

add("misspelt title", """
Presdient Mahamat Idriss Deby met his Nigerien counterpart on Monday in N'Djamena.
Sen.Ahmed Wadada, a Nigerian lawmaker, said the border deal was overdue.
Minster of Defence Ali Hassan Mahamat said troops would withdraw.
""", [("Mahamat Idriss Deby", None), ("Ahmed Wadada", "Nigeria"), ("Ali Hassan Mahamat", None)],
    ["N'Djamena"], [])

add("Arabic names with al-/bin", """
Saudi Aramco chief sees oil demand rising
DHAHRAN — Saudi Aramco chief executive Amin Nasser said on Monday demand would rise through 2030.
Energy Minister Prince Abdulaziz bin Salman said Opec+ would stay "proactive". Analyst Ahmed al-Khatib of Riyad Capital disagreed.
Iraq's oil minister Hayan Abdul-Ghani said Baghdad would keep output steady.
""", [("Amin Nasser", "Saudi Arabia"), ("Abdulaziz bin Salman", "Saudi Arabia"), ("Ahmed al-Khatib", "Saudi Arabia"), ("Hayan Abdul-Ghani", "Iraq")],
    ["Saudi Aramco", "Riyad Capital", "Dhahran", "Opec+"], [])

add("Spanish double surnames, Mexico", """
CIUDAD DE MÉXICO.— La presidenta Claudia Sheinbaum Pardo announced a new refinery plan on Tuesday.
Pemex director Víctor Rodríguez Padilla said output would reach 1.8 million barrels.
Opposition senator Lilly Téllez García called the plan a fantasy.
""", [("Claudia Sheinbaum Pardo", "Mexico"), ("Víctor Rodríguez Padilla", "Mexico"), ("Lilly Téllez García", "Mexico")],
    ["Pemex", "CIUDAD DE MÉXICO"], [])

add("German particles", """
Berlin — Economy Minister Robert von Hagenbeck said on Thursday that Germany would cut electricity taxes.
Industry lobby head Siegfried Russwurm said the cut was "too little, too late". Greens MP Ricarda zu Eltz called it a gift to industry.
""", [("Robert von Hagenbeck", "Germany"), ("Siegfried Russwurm", "Germany"), ("Ricarda zu Eltz", "Germany")],
    ["Berlin", "Greens"], [])

add("Dutch particles In 't", """
Brussels — Dutch MEP Sophie in 't Veld said the European Parliament would sue the Commission.
Her colleague Paul Tang backed the case. Commission spokesman Eric Mamer declined to comment.
""", [("Sophie in 't Veld", "Netherlands"), ("Paul Tang", "Netherlands"), ("Eric Mamer", None)],
    ["European Parliament", "Commission", "Brussels"], [])

add("Icelandic patronymics", """
Reykjavík — Prime Minister Bjarni Benediktsson said the fishing quota would not change.
Fisheries Minister Svandís Svavarsdóttir disagreed. Benediktsson and Svavarsdóttir will meet on Friday.
""", [("Bjarni Benediktsson", "Iceland"), ("Svandís Svavarsdóttir", "Iceland")],
    ["Reykjavík"], [])

add("Nigerian names", """
Lagos — Lagos State Governor Babajide Sanwo-Olu on Sunday flagged off the Fourth Mainland Bridge.
Commissioner for Transport Oluwaseun Osiyemi said the bridge would cut travel time by half.
A trader, Mrs Chioma Nwankwo-Eze, said she had heard the promise before. Sunday Adewale, a driver, agreed.
""", [("Babajide Sanwo-Olu", "Nigeria"), ("Oluwaseun Osiyemi", "Nigeria"), ("Chioma Nwankwo-Eze", "Nigeria"), ("Sunday Adewale", "Nigeria")],
    ["Fourth Mainland Bridge", "Lagos State", "Lagos"], [])

add("Zulu / South Africa", """
Durban — KwaZulu-Natal premier Thami Ntuli said on Monday the province would rebuild 3,000 flood-damaged homes.
eThekwini mayor Cyril Xaba said the city had R2bn ready. Resident Nomvula Mkhize, 63, said she had waited two years.
Port Elizabeth and Victoria Falls tourism also suffered.
""", [("Thami Ntuli", "South Africa"), ("Cyril Xaba", "South Africa"), ("Nomvula Mkhize", "South Africa")],
    ["KwaZulu-Natal", "Port Elizabeth", "Victoria Falls", "eThekwini", "Durban"], [])

add("Indonesian single names", """
Jakarta — President Prabowo Subianto on Friday named Sri Mulyani finance minister again.
Economist Faisal, of the Center of Reform on Economics, said markets would welcome it. Budiono, a street vendor in Jakarta, said prices were still too high.
""", [("Prabowo Subianto", "Indonesia"), ("Sri Mulyani", "Indonesia"), ("Faisal", "Indonesia"), ("Budiono", "Indonesia")],
    ["Center of Reform on Economics", "Jakarta"], [])

add("companies that look like names", """
Johnson Controls to cut 2,000 jobs
Milwaukee — Johnson Controls said on Tuesday it would cut 2,000 jobs. Chief executive Joakim Weidemanis said the cuts would save $400m.
Rival Emerson Electric and carmaker Ford Motor were also trimming staff. Ernst & Young advised on the plan, said analyst Nicole DeBlase.
""", [("Joakim Weidemanis", None), ("Nicole DeBlase", None)],
    ["Johnson Controls", "Emerson Electric", "Ford Motor", "Ernst & Young", "Milwaukee"], [])

add("storms, ships, awards", """
Storm Babet lashes Scotland
Storm Babet brought a month of rain to Angus in two days, the Met Office said. The ferry MV Isle of Mull was cancelled.
Angus Council leader Beth Whiteside said the damage was "unprecedented". The storm also delayed the Turner Prize ceremony and the Nobel Prize lecture of Jon Fosse.
""", [("Beth Whiteside", "United Kingdom"), ("Jon Fosse", None)],
    ["Babet", "Storm Babet", "Isle of Mull", "Angus", "Turner Prize", "Met Office", "Angus Council"], [])

add("laws, streets, buildings", """
The Dodd-Frank Act and the Glass-Steagall rules were debated at the Rayburn House Office Building on Tuesday.
Representative Maxine Waters-Grant said the Martin Luther King Jr. Boulevard protest would go ahead. Senator Elizabeth Warren-Hale backed her.
""", [("Maxine Waters-Grant", "United States"), ("Elizabeth Warren-Hale", "United States")],
    ["Dodd-Frank Act", "Glass-Steagall", "Rayburn House Office Building", "Martin Luther King Jr. Boulevard"], [])

add("teams and bands", """
Manchester United beat Aston Villa 2-1 on Saturday. Coach Ruben Amorim said his side "suffered".
Villa boss Unai Emery blamed the referee, Michael Oliver. After the match, Arctic Monkeys played at the stadium, and fans sang Wonderwall by Oasis.
""", [("Ruben Amorim", None), ("Unai Emery", None), ("Michael Oliver", None)],
    ["Manchester United", "Aston Villa", "Arctic Monkeys", "Oasis", "Wonderwall"], [])

add("products and diseases", """
Health officials in Uganda said the Marburg outbreak was contained. Health minister Jane Ruth Aceng said the last patient was discharged.
Trials of the drug Remdesivir and the Sputnik V vaccine were stopped, said researcher Pontiano Kaleebu. Creutzfeldt-Jakob disease was not involved.
""", [("Jane Ruth Aceng", "Uganda"), ("Pontiano Kaleebu", "Uganda")],
    ["Marburg", "Remdesivir", "Sputnik V", "Creutzfeldt-Jakob"], [])

add("title + surname only", """
Canberra — The Prime Minister, Mr Albanese, said on Monday the budget would return to surplus.
Opposition leader Ms Ley said the figures were "fairy dust". Treasurer Dr Chalmers is due to speak on Tuesday.
""", [("Albanese", "Australia"), ("Ley", "Australia"), ("Chalmers", "Australia")],
    ["Canberra"], [])

add("person only in quotes", """
Activists march in Tbilisi
Tbilisi — Thousands marched on Sunday against the foreign agents law.
"Bidzina Ivanishvili decides everything in this country," said student Nino Beridze, 21.
"We will not become Russia," said another marcher, Giorgi Kapanadze.
""", [("Bidzina Ivanishvili", "Georgia"), ("Nino Beridze", "Georgia"), ("Giorgi Kapanadze", "Georgia")],
    ["Tbilisi", "Russia"], [])

add("Al From and first-name-like surnames", """
Washington — Al From, who founded the Democratic Leadership Council, said the party had lost its way.
Political scientist Will Marshall agreed. Mark Penn, a pollster, disagreed.
""", [("Al From", "United States"), ("Will Marshall", "United States"), ("Mark Penn", "United States")],
    ["Democratic Leadership Council", "Washington"], [])

add("live blog sign-offs", """
LIVE: Floods in Queensland
10:42 AEST
Emergency services minister Nikki Boyd says 200 people have been rescued overnight.
— Tom Forbes-Lee
10:15 AEST
The Bureau of Meteorology's Dean Narramore says more rain is coming.
— Tom Forbes-Lee
Key events
""", [("Nikki Boyd", "Australia"), ("Dean Narramore", "Australia")],
    ["Tom Forbes-Lee", "Bureau of Meteorology", "Queensland", "Key events"], [])

add("video credit", """
Video: Rahul Bhattacharjee / Delhi Chronicle
Watch: Flood waters enter Delhi's Yamuna Bazar
Delhi chief minister Rekha Gupta said on Friday the Yamuna had crossed the danger mark.
AAP leader Saurabh Bharadwaj said the government had been "asleep".
""", [("Rekha Gupta", "India"), ("Saurabh Bharadwaj", "India")],
    ["Rahul Bhattacharjee", "Yamuna Bazar", "Yamuna", "Delhi Chronicle"], [])

add("byline with email and twitter", """
Ontario to ban cellphones in classrooms
Rachel Mendelson-Parks
Queen's Park Bureau
rmparks@starcity.ca
@rachelmparks
Ontario Education Minister Paul Calandra said on Wednesday the ban would start in September.
Teachers' union president Karen Littlewood said she supported it.
""", [("Paul Calandra", "Canada"), ("Karen Littlewood", "Canada")],
    ["Rachel Mendelson-Parks", "Queen's Park Bureau", "Ontario"], ["Rachel Mendelson-Parks"])

add("byline 'Written by' with role", """
Written by Aiko Tanabe, Tokyo correspondent
Japan's ruling party picks new leader
Former defence minister Shigeru Ishiba-Kato won the party vote on Friday. Rival Sanae Takaichi conceded.
Chief Cabinet Secretary Yoshimasa Hayashi congratulated him.
""", [("Shigeru Ishiba-Kato", "Japan"), ("Sanae Takaichi", "Japan"), ("Yoshimasa Hayashi", "Japan")],
    ["Aiko Tanabe"], ["Aiko Tanabe"])

add("reporter initials at the end, Italian", """
Rome — Italy's Prime Minister Giorgia Meloni said on Thursday the bridge to Sicily would go ahead.
Transport minister Matteo Salvini called it "the work of the century". Environmental group Legambiente opposed it, said its president Stefano Ciafani.
(Reporting by Giuseppe Fonte; writing by Alvise Armellini)
""", [("Giorgia Meloni", "Italy"), ("Matteo Salvini", "Italy"), ("Stefano Ciafani", "Italy")],
    ["Giuseppe Fonte", "Alvise Armellini", "Legambiente", "Sicily", "Rome"], [])

add("press release contact block", """
FOR IMMEDIATE RELEASE
Nordvik Energy signs ammonia deal with Yara
OSLO, Norway — Nordvik Energy AS today announced a ten-year supply agreement. "This is a milestone," said CEO Ingrid Solbakken.
About Nordvik Energy
Nordvik Energy is a Norwegian producer of green hydrogen.
Media contact: Henrik Aasland, +47 22 00 00 00, press@nordvik.no
""", [("Ingrid Solbakken", "Norway")],
    ["Henrik Aasland", "Nordvik Energy", "Yara", "Nordvik Energy AS", "OSLO"], [])

add("weekday/month names as given names", """
Accra — Ghana's trade minister Elizabeth Ofosu-Adjare said on Monday that cocoa exports would rise.
Farmer Kofi Monday Mensah, from Kumasi, said he had not been paid. April Danso, a trader, agreed.
Ms Ofosu-Adjare will visit Kumasi in May.
""", [("Elizabeth Ofosu-Adjare", "Ghana"), ("Kofi Monday Mensah", "Ghana"), ("April Danso", "Ghana")],
    ["Kumasi", "May", "Monday"], [])

add("Pakistani and honorifics", """
Islamabad — Prime Minister Shehbaz Sharif chaired a meeting on Tuesday. Finance Minister Muhammad Aurangzeb briefed him on the IMF talks.
PTI leader Barrister Gohar Ali Khan said the party would protest. Maulana Fazlur Rehman also attended.
""", [("Shehbaz Sharif", "Pakistan"), ("Muhammad Aurangzeb", "Pakistan"), ("Gohar Ali Khan", "Pakistan"), ("Fazlur Rehman", "Pakistan")],
    ["Islamabad", "IMF", "PTI"], [])

add("Chinese with English given name", """
Hong Kong — Chief Executive John Lee Ka-chiu said on Wednesday the city would cut stamp duty.
Lawmaker Regina Ip Lau Suk-yee said the cut was overdue. Property agent Louis Chan of Centaline said prices would rise.
""", [("John Lee Ka-chiu", "Hong Kong"), ("Regina Ip Lau Suk-yee", "Hong Kong"), ("Louis Chan", "Hong Kong")],
    ["Centaline", "Hong Kong"], [])

add("French names with particles", """
Paris — Former minister Ségolène de La Rochefoucauld said on Sunday she would run for mayor.
Incumbent Anne Hidalgo declined to comment. Her deputy, Emmanuel Grégoire, called the bid "nostalgic".
""", [("Ségolène de La Rochefoucauld", "France"), ("Anne Hidalgo", "France"), ("Emmanuel Grégoire", "France")],
    ["Paris"], [])

add("caption with 'left' and credit", """
Caption: Health Minister Mark Butler (left) with nurse Priya Sharma at Royal Darwin Hospital. Image: Jessica Ng/AAP
Darwin — The federal government will fund 500 new nurses in the Northern Territory, Mr Butler said.
Territory chief minister Lia Finocchiaro welcomed the money. Nurse Priya Sharma said staff were exhausted.
""", [("Mark Butler", "Australia"), ("Priya Sharma", "Australia"), ("Lia Finocchiaro", "Australia")],
    ["Jessica Ng", "Royal Darwin Hospital", "Northern Territory", "AAP"], [])

add("related links with names", """
Swedish PM survives confidence vote
Stockholm — Prime Minister Ulf Kristersson survived a no-confidence vote on Tuesday. Social Democrat leader Magdalena Andersson said the government had "lost the country".
Read more:
Who is Jimmie Åkesson? The man behind Sweden's turn
Andersson: 'We are ready to govern'
""", [("Ulf Kristersson", "Sweden"), ("Magdalena Andersson", "Sweden")],
    ["Stockholm", "Social Democrat", "Jimmie Åkesson"], [])

add("Portuguese names, Brazil", """
Brasília — Environment minister Marina Silva said deforestation in the Amazon fell 30% in a year.
Agribusiness caucus leader Pedro Lupion said the figures were political. Indigenous leader Raoni Metuktire, 93, called for more reserves.
""", [("Marina Silva", "Brazil"), ("Pedro Lupion", "Brazil"), ("Raoni Metuktire", "Brazil")],
    ["Amazon", "Brasília"], [])

add("Turkish, Kurdish", """
Ankara — President Recep Tayyip Erdoğan said on Saturday that Turkey would extend the ceasefire.
DEM Party co-chair Tülay Hatimoğulları welcomed the move. Jailed politician Selahattin Demirtaş said from prison that peace was near.
""", [("Recep Tayyip Erdoğan", "Turkey"), ("Tülay Hatimoğulları", "Turkey"), ("Selahattin Demirtaş", "Turkey")],
    ["Ankara", "DEM Party"], [])

add("Russian/Ukrainian patronymic-free", """
Kyiv — Ukrainian foreign minister Andrii Sybiha said on Friday Kyiv was ready for talks. Kremlin spokesman Dmitry Peskov said Moscow saw "no basis".
Kharkiv mayor Ihor Terekhov said shelling had hit a school.
""", [("Andrii Sybiha", "Ukraine"), ("Dmitry Peskov", "Russia"), ("Ihor Terekhov", "Ukraine")],
    ["Kremlin", "Kharkiv", "Kyiv", "Moscow"], [])

add("Thai names with nickname", """
Bangkok — Prime Minister Paetongtarn Shinawatra, known as Ung Ing, said on Monday she would not resign.
Opposition leader Natthaphong Ruengpanyawut said her position was "untenable". Her father, Thaksin Shinawatra, stayed silent.
""", [("Paetongtarn Shinawatra", "Thailand"), ("Natthaphong Ruengpanyawut", "Thailand"), ("Thaksin Shinawatra", "Thailand")],
    ["Bangkok", "Ung Ing"], [])

add("interview Q&A labels", """
Interview: the woman rebuilding Mosul's library
Interview by Layla Haddad
Rana al-Sabawi, a librarian, has spent five years rebuilding Mosul University's library.
Q: How many books survived?
Rana al-Sabawi: About a tenth. The rest we have had to find again.
Q: Who helped?
Al-Sabawi: A man named Omar Mohammed, a historian who documented the city under ISIS.
""", [("Rana al-Sabawi", "Iraq"), ("Omar Mohammed", "Iraq")],
    ["Layla Haddad", "Mosul University", "ISIS", "Mosul"], ["Layla Haddad"])

add("cookie / subscribe furniture", """
Subscribe to The Coastal Post for $1
We use cookies to improve your experience.
Fishermen protest wind farm
Newport — Commercial fishermen protested the Atlantic Shores wind farm on Monday. Fisherman Bob Ferreira said the turbines would ruin his catch.
State Senator Lou DiPalma said he would hold hearings.
© 2026 The Coastal Post. All rights reserved.
""", [("Bob Ferreira", "United States"), ("Lou DiPalma", "United States")],
    ["The Coastal Post", "Atlantic Shores", "Newport"], [])

add("ASEAN names, Filipino", """
Manila — President Ferdinand Marcos Jr. said on Monday the Philippines would not give up Scarborough Shoal.
Coast guard spokesman Jay Tarriela said Chinese vessels fired water cannon. Senator Risa Hontiveros called for a protest.
""", [("Ferdinand Marcos Jr.", "Philippines"), ("Jay Tarriela", "Philippines"), ("Risa Hontiveros", "Philippines")],
    ["Scarborough Shoal", "Manila"], [])

add("Ethiopian, Eritrean given-name patronymic", """
Addis Ababa — Prime Minister Abiy Ahmed said on Tuesday the dam would be inaugurated in September.
Water minister Habtamu Itefa said the reservoir was full. Egypt's foreign minister Badr Abdelatty said Cairo would defend its rights.
""", [("Abiy Ahmed", "Ethiopia"), ("Habtamu Itefa", "Ethiopia"), ("Badr Abdelatty", "Egypt")],
    ["Addis Ababa", "Cairo"], [])

add("names with initials, US", """
Atlanta — U.S. District Judge J.P. Boulee ruled on Thursday that the state's voting law could stand.
Georgia Secretary of State Brad Raffensperger said the ruling "affirms election integrity". Civil rights lawyer Sherrilyn A. Ifill said she would appeal.
""", [("J.P. Boulee", "United States"), ("Brad Raffensperger", "United States"), ("Sherrilyn A. Ifill", "United States")],
    ["Atlanta", "Georgia"], [])

add("regions named after people / Cornwall", """
Truro — Cornwall Council leader Linda Taylor said on Monday the county would get £50m for bus routes.
St Ives MP Andrew George welcomed it. The money will also help Devon and the Isles of Scilly.
""", [("Linda Taylor", "United Kingdom"), ("Andrew George", "United Kingdom")],
    ["Cornwall", "Cornwall Council", "St Ives", "Devon", "Isles of Scilly", "Truro"], [])

add("sports report with nicknames", """
Dawn Sports Desk
Karachi — Babar Azam scored 112 as Pakistan beat New Zealand by six wickets on Sunday.
Captain Mohammad Rizwan said the win was "for the fans". Kiwi skipper Mitchell Santner said his bowlers lacked discipline.
""", [("Babar Azam", "Pakistan"), ("Mohammad Rizwan", "Pakistan"), ("Mitchell Santner", "New Zealand")],
    ["Dawn Sports Desk", "Karachi", "New Zealand", "Pakistan"], [])

add("automaker/ carmaker heads", """
Tokyo — Japanese carmaker Mitsubishi Motors said on Friday it would join the Honda-Nissan merger talks. Chief executive Takao Kato said a decision would come in January.
Chipmaker Renesas Electronics and automaker Subaru Corporation were not involved, said analyst Julie Boote.
""", [("Takao Kato", "Japan"), ("Julie Boote", None)],
    ["Mitsubishi Motors", "Renesas Electronics", "Subaru Corporation", "Honda-Nissan"], [])

add("Irish/Scottish Mc names, all-caps surname in byline", """
By Ciarán McGUINNESS
Political Correspondent
Taoiseach Micheál Martin said on Tuesday the housing target would be met. Sinn Féin leader Mary Lou McDonald said it was "fantasy".
Tánaiste Simon Harris is in Brussels.
""", [("Micheál Martin", "Ireland"), ("Mary Lou McDonald", "Ireland"), ("Simon Harris", "Ireland")],
    ["Ciarán McGUINNESS", "Political Correspondent", "Sinn Féin", "Brussels"], ["Ciarán McGUINNESS"])

add("'told the X' relay and agency", """
Nairobi — Kenyan opposition leader Kalonzo Musyoka told Citizen TV on Sunday that he would run in 2027.
Interior Cabinet Secretary Kipchumba Murkomen warned protesters. Activist Boniface Mwangi said he was not afraid, according to Agence France-Presse.
""", [("Kalonzo Musyoka", "Kenya"), ("Kipchumba Murkomen", "Kenya"), ("Boniface Mwangi", "Kenya")],
    ["Citizen TV", "Agence France-Presse", "Nairobi"], [])

# ---- Round 2 (ids 61-90), written 2026-12-05 after round 1 was scored and before the extractor ran on these.
add("byline with job and city on one line", """
Chile votes on new pension law
María José Ortúzar, Senior Correspondent, Santiago
The Chilean Senate approved the pension reform on Wednesday. Labour Minister Jeannette Jara said it was "a historic day".
Senator Javier Macaya said his party had secured changes.
""", [("Jeannette Jara", "Chile"), ("Javier Macaya", "Chile")],
    ["María José Ortúzar", "Santiago", "Senior Correspondent"], ["María José Ortúzar"])

add("compiled / translated / produced by", """
Tunisian court jails opposition figures
A court in Tunis sentenced opposition leader Rached Ghannouchi-Saidi to 22 years on Tuesday, his lawyer Samir Dilou said.
Compiled by Amal Ben Youssef. Translated by Olivier Marchand. Produced by Kate Whitfield.
""", [("Rached Ghannouchi-Saidi", "Tunisia"), ("Samir Dilou", "Tunisia")],
    ["Amal Ben Youssef", "Olivier Marchand", "Kate Whitfield", "Tunis"], [])

add("illustration / graphics / design credits", """
How the heatwave broke records
Illustration: Priya Venkataraman
Graphics: Tomás Esquivel and Lena Haugland
Meteorologist Karsten Brandes said the 46C reading in Seville was confirmed.
Design by Ruth Okonjo
""", [("Karsten Brandes", None)],
    ["Priya Venkataraman", "Tomás Esquivel", "Lena Haugland", "Ruth Okonjo", "Seville"], [])

add("listen / narrated by", """
Listen to this article · 6 min · Narrated by Graham Pettifer
Scotland's ferries: the long wait
Islanders on Arran have waited six years for a new ferry. "We feel forgotten," said hotelier Morag MacLeod.
Transport Secretary Fiona Hyslop-Grant said the vessel would sail in spring.
""", [("Morag MacLeod", "United Kingdom"), ("Fiona Hyslop-Grant", "United Kingdom")],
    ["Graham Pettifer", "Arran"], [])

add("Opinion by / Analysis by", """
Analysis by Dariusz Wolak
Poland's new president faces a hostile parliament
President Karol Nawrocki-Zieliński will veto the judicial bill, his aide Paweł Szefernaker said on Monday.
Prime Minister Donald Tusk called the threat "blackmail".
""", [("Karol Nawrocki-Zieliński", "Poland"), ("Paweł Szefernaker", "Poland"), ("Donald Tusk", "Poland")],
    ["Dariusz Wolak"], ["Dariusz Wolak"])

add("Posted by X on date", """
Posted by Kelechi Amadi on March 4, 2026 at 9:12 am
Enugu farmers count losses after floods
Enugu State Commissioner for Agriculture Patrick Ubru said 4,000 hectares were under water.
A rice farmer, Ngozi Eze-Okafor, said she lost everything.
""", [("Patrick Ubru", "Nigeria"), ("Ngozi Eze-Okafor", "Nigeria")],
    ["Kelechi Amadi", "Enugu State", "Enugu"], ["Kelechi Amadi"])

add("(Photo by X/Getty Images) inline", """
Protesters gather outside the parliament in Belgrade on Saturday. (Photo by Vladimir Zivojinovic/Getty Images)
BELGRADE — Tens of thousands protested on Saturday against President Aleksandar Vucic.
Student leader Milica Jovanović said the protests would continue.
""", [("Aleksandar Vucic", "Serbia"), ("Milica Jovanović", "Serbia")],
    ["Vladimir Zivojinovic", "Getty Images", "Belgrade"], [])

add("Source: X and fact-checked by", """
Medically reviewed by Dr. Helena Marsh, MD
Fact-checked by Owen Tierney
Is intermittent fasting safe?
A 2024 study led by Dr. Satchin Pandey found benefits for blood sugar, but dietitian Alinta Crowe warned against extremes.
Source: Dr. Satchin Pandey
""", [("Satchin Pandey", None), ("Alinta Crowe", None)],
    ["Helena Marsh", "Owen Tierney"], [])

add("podcast host / presented by", """
Podcast: The Business Hour
Host: Nadia Rahimi | Producer: Ben Castellanos
This week, economist Ruth Tanaka-Webb explains why mortgage rates are falling. Bank governor Michele Bullock said rates could fall further.
""", [("Ruth Tanaka-Webb", None), ("Michele Bullock", None)],
    ["Nadia Rahimi", "Ben Castellanos", "The Business Hour"], [])

add("cartoon by / text and photos", """
Text: Ingrid Lunde / Photos: Matteo Bassi
The last reindeer herders of Finnmark
Herder Ánde Somby, 61, has followed the herd since he was nine. "The snow is wrong now," he said.
Sámi Parliament president Silje Karine Muotka said grazing land was shrinking.
Cartoon by Hassan Bleibel
""", [("Ánde Somby", "Norway"), ("Silje Karine Muotka", "Norway")],
    ["Ingrid Lunde", "Matteo Bassi", "Hassan Bleibel", "Finnmark", "Sámi Parliament"], [])

add("Related: / Most read: teasers with names", """
Lithuania orders more tanks
VILNIUS — Lithuania will buy 44 more Leopard tanks, Defence Minister Dovilė Šakalienė said on Friday.
Related: Why Gitanas Nausėda wants a bigger army
Most read: Ingrida Šimonytė quits politics
Army chief Raimundas Vaikšnoras said the first tanks would arrive in 2027.
""", [("Dovilė Šakalienė", "Lithuania"), ("Raimundas Vaikšnoras", "Lithuania")],
    ["Gitanas Nausėda", "Ingrida Šimonytė", "Leopard", "Vilnius"], [])

add("Watch: video teaser with a name", """
Peru's Congress removes president
LIMA — Peru's Congress voted to remove President Dina Boluarte-Zegarra late on Thursday.
Watch: José Jerí sworn in as interim leader
Congress speaker José Jerí was sworn in as interim president, lawmaker Ruth Luque said.
""", [("Dina Boluarte-Zegarra", "Peru"), ("José Jerí", "Peru"), ("Ruth Luque", "Peru")],
    ["Lima", "Congress"], [])

add("— X, Agency sign-off at end", """
KATHMANDU — Nepal's Supreme Court on Monday ordered the government to restore social media sites, lawyer Om Prakash Aryal said.
Communications Minister Prithvi Subba Gurung said the government would comply.
— Binod Ghimire, Asia News Wire
""", [("Om Prakash Aryal", "Nepal"), ("Prithvi Subba Gurung", "Nepal")],
    ["Binod Ghimire", "Asia News Wire", "Kathmandu"], [])

add("With AFP / with agencies", """
Mali junta extends transition
BAMAKO — Mali's military leader Assimi Goïta was granted a five-year presidential term on Thursday, state television said.
Opposition figure Ismaël Sacko, in exile, called it "a confiscation of power".
With AFP and Reuters
""", [("Assimi Goïta", "Mali"), ("Ismaël Sacko", "Mali")],
    ["AFP", "Reuters", "Bamako"], [])

add("Follow X on Twitter / email the author", """
Canadian dollar slips as oil falls
TORONTO — The Canadian dollar weakened on Tuesday, said Royce Mendes, head of macro strategy at Desjardins.
Finance Minister François-Philippe Champagne said the economy was resilient.
Follow Aoife Brennan-Wu on Twitter @aoifebw. Email the author at abw@northstar.ca
""", [("Royce Mendes", "Canada"), ("François-Philippe Champagne", "Canada")],
    ["Aoife Brennan-Wu", "Desjardins", "Toronto"], [])

add("honorific-heavy Gulf names", """
DOHA — His Highness Sheikh Tamim bin Hamad Al Thani received the Kenyan president on Sunday.
Qatar's Minister of State Dr. Mohammed bin Abdulaziz Al-Khulaifi said the talks covered energy.
""", [("Tamim bin Hamad Al Thani", "Qatar"), ("Mohammed bin Abdulaziz Al-Khulaifi", "Qatar")],
    ["Doha"], [])

add("Malaysian names with bin/binti", """
KUALA LUMPUR — Prime Minister Anwar Ibrahim said on Friday that subsidies would be cut. Economy Minister Rafizi Ramli said diesel prices would rise.
Trader Siti Nurhaliza binti Abdullah, 45, said she was worried.
""", [("Anwar Ibrahim", "Malaysia"), ("Rafizi Ramli", "Malaysia"), ("Siti Nurhaliza binti Abdullah", "Malaysia")],
    ["Kuala Lumpur"], [])

add("Japanese names with honorific -san and family-first in quotes", """
TOKYO — Toyota chairman Akio Toyoda apologised on Monday for test-data irregularities.
"We let our customers down," Toyoda said. Transport Minister Tetsuo Saito ordered an inspection.
Analyst Koji Endo of SBI Securities said the damage would be limited.
""", [("Akio Toyoda", "Japan"), ("Tetsuo Saito", "Japan"), ("Koji Endo", "Japan")],
    ["Toyota", "SBI Securities", "Tokyo"], [])

add("things named after people", """
The Nelson Mandela Bay municipality and the King Charles III Coronation Medal were discussed, as were the Bill & Melinda Gates Foundation and the John F. Kennedy International Airport.
Mayor Babalwa Lobishe said the bay would host the event.
""", [("Babalwa Lobishe", "South Africa")],
    ["Nelson Mandela Bay", "King Charles III Coronation Medal", "Bill & Melinda Gates Foundation", "John F. Kennedy International Airport"], [])

add("ships, hurricanes and missions with person names", """
Hurricane Milton weakened over Florida on Thursday. The cruise ship Queen Mary 2 stayed in port and NASA's Nancy Grace Roman telescope launch was delayed.
Governor Ron DeSantis said 3 million people had lost power.
""", [("Ron DeSantis", "United States")],
    ["Milton", "Hurricane Milton", "Queen Mary 2", "Nancy Grace Roman", "Florida", "NASA"], [])

add("schools and prizes named after people", """
Students at Albert Einstein High School won the Nobel Peace Prize essay contest and the Rhodes Scholarship.
Principal Denise Okafor-Lamb said she was proud. Pupil Jamal Whitaker, 17, said he would study physics.
""", [("Denise Okafor-Lamb", None), ("Jamal Whitaker", None)],
    ["Albert Einstein High School", "Nobel Peace Prize", "Rhodes Scholarship"], [])

add("court case names", """
The Supreme Court heard Loper Bright Enterprises v. Raimondo on Wednesday. Justice Elena Kagan-Price questioned the government's lawyer, Elizabeth Prelogar.
Roe v. Wade was not mentioned.
""", [("Elena Kagan-Price", "United States"), ("Elizabeth Prelogar", "United States")],
    ["Loper Bright Enterprises", "Raimondo", "Roe", "Wade"], [])

add("law firm and brand names with surnames", """
Law firm Baker McKenzie advised Goldman Sachs on the deal, while Morgan Stanley and Johnson & Johnson stayed out.
Partner Adrian Lim said the deal would close in June. Ralph Lauren shares rose.
""", [("Adrian Lim", None)],
    ["Baker McKenzie", "Goldman Sachs", "Morgan Stanley", "Johnson & Johnson", "Ralph Lauren"], [])

add("sentence-initial lone surname and pronoun-only later", """
BOGOTÁ — Colombian President Gustavo Petro on Monday suspended talks with the ELN rebels.
Petro said the group had "chosen war". Defence Minister Pedro Sánchez Suárez said troops were deployed to Catatumbo.
""", [("Gustavo Petro", "Colombia"), ("Pedro Sánchez Suárez", "Colombia")],
    ["ELN", "Catatumbo", "Bogotá"], [])

add("names in parenthetical ages and party tags", """
WASHINGTON — Sen. Lisa Murkowski (R-Alaska) said Tuesday she would vote against the bill. Rep. Jamie Raskin (D-Md.), 62, called it "a disgrace".
""", [("Lisa Murkowski", "United States"), ("Jamie Raskin", "United States")],
    ["Washington"], [])

add("translated name with nickname in quotes", """
SINALOA, Mexico — Ismael "El Mayo" Zambada García pleaded guilty in New York, his lawyer Frank Pérez said.
Sinaloa Governor Rubén Rocha Moya said violence had fallen.
""", [("Ismael \"El Mayo\" Zambada García", "Mexico"), ("Frank Pérez", None), ("Rubén Rocha Moya", "Mexico")],
    ["Sinaloa", "New York", "El Mayo"], [])

add("Hungarian family-first written western order", """
BUDAPEST — Prime Minister Viktor Orbán said on Friday Hungary would not send weapons. Opposition leader Péter Magyar said Orbán was isolated.
""", [("Viktor Orbán", "Hungary"), ("Péter Magyar", "Hungary")],
    ["Budapest"], [])

add("newsletter plug and share row", """
Share on Facebook Share on X Share on WhatsApp
Sign up for The Morning Brief with Catherine Okoro
Ghana's cocoa regulator raises farm-gate price
ACCRA — Cocobod chief executive Randy Abbey said farmers would be paid 3,625 cedis a bag.
Farmer Kwadwo Owusu-Ansah said the rise came too late.
""", [("Randy Abbey", "Ghana"), ("Kwadwo Owusu-Ansah", "Ghana")],
    ["Catherine Okoro", "Cocobod", "The Morning Brief", "Accra"], [])

add("author box with photo credit and twitter", """
Wellington rents fall for first time in a decade
Housing Minister Chris Bishop said on Tuesday new supply was working. Renters United spokesperson Geordie Rogers said rents were still too high.
ABOUT THE AUTHOR
Hana Whaanga
Hana Whaanga is a property reporter at the Capital Ledger. She covers housing and urban development.
""", [("Chris Bishop", "New Zealand"), ("Geordie Rogers", "New Zealand")],
    ["Hana Whaanga", "Renters United", "Wellington", "Capital Ledger"], ["Hana Whaanga"])

add("title-only person and misspelt 'Govenor'", """
ABUJA — The Govenor of Kano State, Abba Kabir Yusuf, on Tuesday signed the budget. The Minster of Finance, Wale Edun, said federal funds would follow.
Presidnet Bola Tinubu praised both men.
""", [("Abba Kabir Yusuf", "Nigeria"), ("Wale Edun", "Nigeria"), ("Bola Tinubu", "Nigeria")],
    ["Kano State", "Abuja"], [])


# Round 3 (ids 91-120): page furniture of outlets not used before, written 2026-12-05 04:30 UTC by the people3
# helper session and committed before the extractor ran on them: trending and most-read lists, tag and topic
# lines, video playlists with durations, comment threads, live-blog times, newsletter promos, author footers with
# their articles, breadcrumbs, galleries, podcast lists, share counts, title-case teasers, e-mail reporter lines.

add("trending sidebar with names in headlines", """
Slovak court suspends mine licence
BRATISLAVA — A regional court on Wednesday suspended the licence of a lithium mine near Banska Bystrica after residents complained about groundwater, judge Miroslava Hudecova said in her ruling.
Environment Minister Tibor Gasparik said the government would appeal.
TRENDING
Marek Lacko's shock exit from national team
Zuzana Ondrasova wins European indoor title
Weather: frost returns on Friday
""", [("Miroslava Hudecova", "Slovakia"), ("Tibor Gasparik", "Slovakia")],
    ["Marek Lacko", "Zuzana Ondrasova", "Banska Bystrica", "Bratislava"], [])

add("topics tag line and share bar", """
Norwegian fund drops two miners
Oslo, 4 March — Norway's sovereign wealth fund has sold its stakes in two mining firms over river pollution, the fund's ethics council said on Monday. Council chair Ingrid Saetre said the decision was unanimous.
"We gave both companies three years to respond," Saetre said.
Topics: Oil fund, Henrik Lunde, Mining, Ethics
Share  Tweet  Email  Print
""", [("Ingrid Saetre", "Norway")],
    ["Henrik Lunde", "Oil fund"], [])

add("most read numbered list", """
Chilean copper strike enters second week
SANTIAGO (Andes Press) - Workers at the Cerro Blanco mine extended their strike on Monday, union leader Rodrigo Fuenzalida said.
Mining Minister Aurora Williams-Pizarro urged both sides to return to talks.
MOST READ
1. Camila Errazuriz named new central bank chief
2. Five things to know before the long weekend
3. Ignacio Valdivia Quits Senate Race
""", [("Rodrigo Fuenzalida", "Chile"), ("Aurora Williams-Pizarro", "Chile")],
    ["Camila Errazuriz", "Ignacio Valdivia", "Cerro Blanco", "Andes Press"], [])

add("video playlist with durations", """
Kenyan tea auction prices hit record
NAIROBI — Prices at the Mombasa tea auction rose to a record this week, Tea Board chief executive Willy Mutai said on Thursday.
Grower Esther Wanjiru said the gains had not reached farmers.
VIDEOS
02:14
Amina Odhiambo on fuel subsidies
01:05
Traffic chaos on Thika Road
03:40
Kevin Otieno: why rates must fall
""", [("Willy Mutai", "Kenya"), ("Esther Wanjiru", "Kenya")],
    ["Amina Odhiambo", "Kevin Otieno", "Thika Road", "Tea Board"], [])

add("Getty credit line under a caption", """
Portuguese ferry workers walk out
Ferry crews on the Tagus walked out on Friday, stranding thousands of commuters. Transport Secretary Frederico Branco said talks would resume on Monday.
Commuters queue at Cais do Sodre on Friday.
Getty Images / Tiago Mourao
"We have been patient for two years," union delegate Joana Pinto said.
""", [("Frederico Branco", "Portugal"), ("Joana Pinto", "Portugal")],
    ["Tiago Mourao", "Getty Images", "Cais do Sodre", "Tagus"], [])

add("comment thread with usernames and times", """
Town hall votes to close library branch
Councillors in Eastbrook voted 7-4 on Tuesday night to close the Mill Lane library branch. Council leader Patricia Dunmore said the savings would protect bin collections.
Library volunteer Graham Ellery said the branch had 400 regular users.
42 Comments
Derek Hollins
3 hours ago
Shameful decision. Reply
Sandra Pell
2 hours ago
Use it or lose it. Reply · 12 likes
""", [("Patricia Dunmore", None), ("Graham Ellery", None)],
    ["Derek Hollins", "Sandra Pell", "Mill Lane", "Eastbrook"], [])

add("live blog times with Posted by lines", """
Live: Polish election night
21:04
Posted by Agnieszka Wrobel
Exit polls give the ruling party 34 percent. Party leader Stanislaw Korzeniowski thanked voters in Krakow.
20:51
Posted by Agnieszka Wrobel
Turnout was 71 percent, electoral commission head Janina Bielecka said.
20:30
Posted by Michal Zajac
Polls have closed.
""", [("Stanislaw Korzeniowski", "Poland"), ("Janina Bielecka", "Poland")],
    ["Agnieszka Wrobel", "Michal Zajac", "Krakow"], [])

add("newsletter promo naming its writer", """
Get the Evening Dispatch with Rowan Pike, weekdays in your inbox
Sign up
Irish hospitals record longest waits
DUBLIN — More than 600 patients waited on trolleys on Tuesday, the Irish Nurses and Midwives Organisation said. Its general secretary, Siobhan Carrick, called the figures "a national disgrace".
Health Minister Declan Moran said extra beds would open in April.
""", [("Siobhan Carrick", "Ireland"), ("Declan Moran", "Ireland")],
    ["Rowan Pike", "Evening Dispatch", "Irish Nurses and Midwives Organisation", "Dublin"], [])

add("More from author footer listing her articles", """
Austrian ski resorts cut lift hours
Ski resorts in Tyrol will close lifts an hour earlier this season to save power, the regional tourism board said. Board director Matthias Huber said guests had been informed.
Hotelier Verena Stolz said bookings were holding up.
More from Lena Vogt
Lena Vogt
Lena Vogt Explains Vienna's Rent Cap
Why Lena Vogt Stopped Flying
""", [("Matthias Huber", "Austria"), ("Verena Stolz", "Austria")],
    ["Lena Vogt", "Tyrol"], [])

add("you may also like title-case teasers", """
Moroccan farmers ration water as dams run low
RABAT — Dams in central Morocco are at 12 percent of capacity, Water Minister Nizar Baraka-Idrissi said on Monday.
Farmer Hassan Bouzid, who grows olives near Beni Mellal, said he now waters once a week.
You May Also Like
Youssef Amrani Opens Up About His Exile
How Leila Benjelloun Built A Fashion Empire
Recipes For Ramadan
""", [("Nizar Baraka-Idrissi", "Morocco"), ("Hassan Bouzid", "Morocco")],
    ["Youssef Amrani", "Leila Benjelloun", "Beni Mellal", "Rabat"], [])

add("breadcrumb with columnist name", """
Home > Opinion > Columnists > Farid Haddad
Beirut's blackouts are a choice
The electricity company has promised 12 hours of power a day since 2022. Energy Minister Walid Fayad said in January that the target would be met "within weeks".
Economist Nadine Khoury says the tariff is still below cost.
""", [("Walid Fayad", "Lebanon"), ("Nadine Khoury", "Lebanon")],
    ["Farid Haddad", "Beirut"], [])

add("copyright credit with agency", """
Danish wind farm approved
The Danish Energy Agency approved a 1 gigawatt offshore wind farm in the North Sea on Thursday. Climate Minister Lars Aagaard-Holm said construction would start next year.
A turbine blade at Esbjerg harbour. © Jens Mikkelsen/Nordic Wire
Fisher Poul Kristensen said the farm would close his best grounds.
""", [("Lars Aagaard-Holm", "Denmark"), ("Poul Kristensen", "Denmark")],
    ["Jens Mikkelsen", "Nordic Wire", "Danish Energy Agency", "Esbjerg"], [])

add("podcast episode list", """
Argentina lifts currency controls
BUENOS AIRES — Argentina will lift most currency controls on Monday, Economy Minister Santiago Lavalle said.
Analyst Florencia Rinaldi said the peso could fall 20 percent.
LISTEN
Episode 112 · 34 min
Martin Ocampo on the debt deal
Episode 111 · 28 min
Valeria Sosa: inside the IMF talks
""", [("Santiago Lavalle", "Argentina"), ("Florencia Rinaldi", "Argentina")],
    ["Martin Ocampo", "Valeria Sosa", "IMF"], [])

add("reporter line with e-mail address, Korean", """
Busan port automates container yards
Busan Port Authority will automate three container yards by 2028, its president Kang Joon-seok said Tuesday.
Dockworkers' union head Yoon Hye-jin said 800 jobs were at risk.
Reporter Choi Min-jae  minjae.choi@harbourdaily.kr
Copyright Harbour Daily. All rights reserved.
""", [("Kang Joon-seok", "South Korea"), ("Yoon Hye-jin", "South Korea")],
    ["Choi Min-jae", "Busan Port Authority", "Harbour Daily"], [])

add("written by, reviewed by, fact checked by", """
Is intermittent fasting safe for teenagers?
Written by Colette Marchand
Reviewed by Dr. Aurelie Fontaine
Fact checked by Benoit Laroche
Paediatrician Dr. Sami Benali says most teenagers should not skip breakfast. A study led by Professor Helene Dubreuil in Lyon found that fasting teenagers slept less.
""", [("Sami Benali", "France"), ("Helene Dubreuil", "France")],
    ["Colette Marchand", "Aurelie Fontaine", "Benoit Laroche", "Lyon"], [])

add("gallery with photograph credits and counts", """
In pictures: Finland's ice swimmers
1 of 6
Swimmers at Lake Nasijarvi in Tampere. Photograph: Aino Laaksonen
2 of 6
Club founder Pekka Salminen, 71, has swum every winter since 1985. Photograph: Aino Laaksonen
3 of 6
"The cold makes you feel alive," said Salminen. Photograph: Ville Rantanen
Tampere mayor Kalle Jokinen opened the new sauna in January.
""", [("Pekka Salminen", "Finland"), ("Kalle Jokinen", "Finland")],
    ["Aino Laaksonen", "Ville Rantanen", "Lake Nasijarvi", "Tampere"], [])

add("Q&A interview with name lines", """
Interview: the woman who runs Lagos's busiest ferry
By Tolu Adebayo-Cole
Funmilayo Akande has run the Ikorodu ferry terminal since 2019.
How many passengers do you carry?
Funmilayo Akande: About 9,000 a day, twice what we had.
What does the state do for you?
Funmilayo Akande: Commissioner Oluwaseun Osiyemi visited last month and promised new boats.
""", [("Funmilayo Akande", "Nigeria"), ("Oluwaseun Osiyemi", "Nigeria")],
    ["Tolu Adebayo-Cole", "Ikorodu"], ["Tolu Adebayo-Cole"])

add("title-case related teasers after Opinion label", """
Turkish lira slides after rate cut
ISTANBUL — The lira fell 3 percent after the central bank cut rates, surprising economists. Central bank governor Emre Kocak said inflation was "on a firm downward path".
Economist Deniz Yalcin said the cut was premature.
Opinion
Why Selin Arslan Left Parliament
Kerem Aydin: The Lira Needs Trust
""", [("Emre Kocak", "Turkey"), ("Deniz Yalcin", "Turkey")],
    ["Selin Arslan", "Kerem Aydin", "Istanbul"], [])

add("listen to this article, narrated by", """
Listen to this article · 6 min
Audio narration by Theo Brannigan
Scottish salmon farms face new lice limits
EDINBURGH — Salmon farms that exceed new sea-lice limits will have to cull stock, Rural Affairs Secretary Mairi Gougeon-Ross said.
Industry body chief Tavish Scott-Muir said the rules were unworkable.
""", [("Mairi Gougeon-Ross", "United Kingdom"), ("Tavish Scott-Muir", "United Kingdom")],
    ["Theo Brannigan", "Edinburgh"], [])

add("share counts beside names in related box", """
Czech brewers warn on hop harvest
PRAGUE — Czech hop growers expect the smallest harvest in 20 years after a dry summer, the growers' union chairman Zdenek Rosa said.
Brewer Katerina Dvorakova said prices for Saaz hops had doubled.
Related
Jana Novotna-Kral 1.2k shares
Pilsen beer festival cancelled 845 shares
""", [("Zdenek Rosa", "Czech Republic"), ("Katerina Dvorakova", "Czech Republic")],
    ["Jana Novotna-Kral", "Pilsen", "Saaz"], [])

add("author card at top and bottom repeated", """
Hugo Vandersteen
Brussels correspondent
Belgian rail strike halts Eurostar
Rail workers in Belgium began a 48-hour strike on Tuesday. Mobility Minister Georges Gilkinet-Dubois said services would be "severely disrupted".
Union spokesman Pierre Lambrechts said workers wanted pay to follow inflation.
Hugo Vandersteen
Brussels correspondent
""", [("Georges Gilkinet-Dubois", "Belgium"), ("Pierre Lambrechts", "Belgium")],
    ["Hugo Vandersteen", "Eurostar"], [])

add("contact the newsroom footer", """
Dubai to tax sugary drinks from June
DUBAI — Drinks with more than 8 grams of sugar per 100ml will carry a 50 percent levy, the Federal Tax Authority said. Its director general Khalid Al Bustani said the tax would fund health campaigns.
Nutritionist Reem Al Marzouqi welcomed the move.
Got a story? Contact our newsroom: Noor Aziz, news editor, +971 4 555 0101
""", [("Khalid Al Bustani", "United Arab Emirates"), ("Reem Al Marzouqi", "United Arab Emirates")],
    ["Noor Aziz", "Federal Tax Authority"], [])

add("sports page with team sheet link list", """
Ajax sack coach after cup exit
AMSTERDAM — Ajax dismissed head coach Ruud Verbeek on Sunday, a day after their cup defeat to a second-tier side. Director Marijn Beuker-Smit said the decision was "painful but necessary".
Player ratings
Match centre
Eredivisie table
Latest Transfers: Joey Veerman, Sven Mijnans, Thom Haye
""", [("Ruud Verbeek", "Netherlands"), ("Marijn Beuker-Smit", "Netherlands")],
    ["Joey Veerman", "Sven Mijnans", "Thom Haye", "Ajax", "Eredivisie"], [])

add("image alt text line and caption credit", """
Image: Aerial view of flooded rice fields. Credit: Somchai Wongsakul/Delta Photo
Thai floods cut rice exports
BANGKOK — Floods in the central plains have damaged 400,000 hectares of rice, Agriculture Minister Thammanat Prompow-Chai said on Monday.
Exporters' association president Chookiat Ophaswongse said shipments could fall a fifth.
""", [("Thammanat Prompow-Chai", "Thailand"), ("Chookiat Ophaswongse", "Thailand")],
    ["Somchai Wongsakul", "Delta Photo", "Bangkok"], [])

add("editor's picks list with names and dates", """
Greek islands cap cruise arrivals
ATHENS — Santorini and Mykonos will limit cruise passengers to 8,000 a day from May, Tourism Minister Olga Kefalogianni-Rossi said.
Santorini mayor Nikos Zorzos said the island could not cope with more.
EDITOR'S PICKS
Eleni Markou: a life in ceramics  12 Feb 2026
Giorgos Papadakis, the last sponge diver  9 Feb 2026
""", [("Olga Kefalogianni-Rossi", "Greece"), ("Nikos Zorzos", "Greece")],
    ["Eleni Markou", "Giorgos Papadakis", "Santorini", "Mykonos", "Athens"], [])

add("follow the author line and bio with hyphen dash", """
Quebec to raise minimum wage
MONTREAL — Quebec's minimum wage will rise to $16.10 an hour on May 1, Labour Minister Jean Boulet-Tremblay said on Wednesday.
The Quebec Federation of Labour's president, Magali Picard-Roy, said the increase was not enough.
Follow Etienne Gagnon on X
Etienne Gagnon – Montreal bureau – covers labour and the economy.
""", [("Jean Boulet-Tremblay", "Canada"), ("Magali Picard-Roy", "Canada")],
    ["Etienne Gagnon", "Quebec Federation of Labour", "Montreal"], [])

add("event box with date, time and host", """
Peruvian miners block highway
LIMA — Informal gold miners blocked the Pan-American Highway for a third day on Wednesday, demanding an extension of their permits. Energy and Mines Minister Jorge Montero-Cornejo said there would be no extension.
Miners' leader Maximo Franco said the blockade would continue.
WEBINAR · Thursday 14 March · 18:00 Lima
Hosted by Rocio Salazar
Register now
""", [("Jorge Montero-Cornejo", "Peru"), ("Maximo Franco", "Peru")],
    ["Rocio Salazar", "Pan-American Highway", "Lima"], [])

add("caption subject also in body, credit in brackets", """
Hungarian farmers protest in Budapest
Farmer Gyula Kertesz at the protest on Monday. (Photo: Reka Szabo / Danube Press)
BUDAPEST — Thousands of farmers drove tractors into Budapest on Monday to protest against grain imports. Gyula Kertesz, who farms wheat near Szeged, said prices had halved.
Agriculture Minister Istvan Nagy-Farkas promised talks.
""", [("Gyula Kertesz", "Hungary"), ("Istvan Nagy-Farkas", "Hungary")],
    ["Reka Szabo", "Danube Press", "Szeged", "Budapest"], [])

add("sidebar of columnists with photos", """
Our columnists
Amaru Quispe
Beatriz Lunardi
Tomas Echeverria
Bolivian lithium deal signed
LA PAZ — Bolivia signed a lithium extraction deal with a Russian-Chinese consortium on Friday, Hydrocarbons Minister Alejandro Gallardo-Vaca said.
Potosi civic committee president Juan Carlos Manuel said the region would demand royalties.
""", [("Alejandro Gallardo-Vaca", "Bolivia"), ("Juan Carlos Manuel", "Bolivia")],
    ["Amaru Quispe", "Beatriz Lunardi", "Tomas Echeverria", "Potosi", "La Paz"], [])

add("updated line with reporter and minutes read", """
Estonia moves to e-voting only for diaspora
Karin Tamm · 4 min read · Updated 09:12
TALLINN — Estonians abroad will vote online only from the next election, Justice Minister Liisa Pakosta-Kivi said on Tuesday.
Opposition MP Urmas Reinsalu-Kask called the change "reckless".
""", [("Liisa Pakosta-Kivi", "Estonia"), ("Urmas Reinsalu-Kask", "Estonia")],
    ["Karin Tamm", "Tallinn"], ["Karin Tamm"])

# Round 4 (ids 121-140, people4 session): office titles run into names, places taken for people,
# organisations with person-shaped names, family members by first name, common words shaped like names.
add("long office title before a name", """
Harbour city to cap ferry fares
PORT VALLIS — The Secretary for Transport and Logistics Cheung Wai-ling told lawmakers on Wednesday that ferry fares would be capped for two years.
Opposition legislator Tam Ka-chun said the cap came too late for island residents.
""", [("Cheung Wai-ling", None), ("Tam Ka-chun", None)],
    ["Port Vallis", "Secretary for Transport and Logistics"], [])

add("minister of a long department", """
New rules for rural clinics
The Minister of Health and Social Development Oksana Derevianko announced on Monday that 40 rural clinics would open by spring.
Deputy Director of Public Health Services Marek Zawadil said staff would be hired locally. "We cannot fly doctors in every week," Zawadil said.
""", [("Oksana Derevianko", None), ("Marek Zawadil", None)],
    ["Minister of Health and Social Development", "Public Health Services"], [])

add("director general title run", """
Port authority chief resigns
Director General of the Coastal Ports Authority Henrik Solvang resigned on Friday after a audit found missing funds.
Board chair Ingrid Mykland said an interim chief would be named next week.
""", [("Henrik Solvang", None), ("Ingrid Mykland", None)],
    ["Coastal Ports Authority"], [])

add("districts and towns after in/at/near", """
Flooding closes schools in two districts
Heavy rain flooded homes in Sai Lung and near Kam Tin on Tuesday, closing 14 schools.
Residents at Lok Wah estate were moved to a community hall. "The water came up in minutes," said resident Chan Mei-ho.
Police said no one was hurt in Tung Shan.
""", [("Chan Mei-ho", None)],
    ["Sai Lung", "Kam Tin", "Lok Wah", "Tung Shan"], [])

add("place followed by a place noun", """
Commuters stranded after signal failure
Trains stopped between Wenlock Halt station and Brackley Moor district for three hours on Monday morning.
Commuter Dafydd Prothero said he walked the last two miles. Network spokeswoman Alys Penhallow apologised for the delay.
Hundreds also queued at Ferris Green bus depot.
""", [("Dafydd Prothero", None), ("Alys Penhallow", None)],
    ["Wenlock Halt", "Brackley Moor", "Ferris Green"], [])

add("town names in a travel story", """
A slow road through the hills
The bus from Orvane Kestrel leaves at dawn and reaches Pella Dunmore by noon, stopping in Varo Lintz for tea.
The driver, Tomasz Wierzbicki, has driven the route for 22 years. "Nobody hurries here," he said.
""", [("Tomasz Wierzbicki", None)],
    ["Orvane Kestrel", "Pella Dunmore", "Varo Lintz"], [])

add("football clubs with person-shaped names", """
Late goal lifts Accra Lions
Accra Lions beat Northgate Rovers 2-1 on Saturday with a goal in stoppage time from striker Kojo Ampofo.
Northgate Rovers manager Declan Furlong said his side had been unlucky. Tema United play the Lions next week.
""", [("Kojo Ampofo", None), ("Declan Furlong", None)],
    ["Accra Lions", "Northgate Rovers", "Tema United"], [])

add("bank and holding firms", """
Lumen Bank to buy rival lender
Lumen Bank said on Thursday it would buy Corrie Capital for 1.2 billion dollars, creating the country's fourth-largest lender.
Hartwell Holdings, which owns 30 percent of Corrie Capital, backed the deal. Lumen chief executive Saskia Verhoeven said the banks' branches would stay open.
Analyst Rohan Mehta at Fenwick Partners called the price "full".
""", [("Saskia Verhoeven", None), ("Rohan Mehta", None)],
    ["Lumen Bank", "Corrie Capital", "Hartwell Holdings", "Fenwick Partners"], [])

add("bands and groups used with the/plural verbs", """
Festival line-up announced
The Marlow Sisters headline the Riverside festival this year, organisers said, with Copper Jackson and the Velvet Owls on the second stage.
Copper Jackson have not toured since 2019. Festival director Nadia Quist said tickets sold out in an hour.
""", [("Nadia Quist", None)],
    ["Marlow Sisters", "Copper Jackson", "Velvet Owls", "Riverside"], [])

add("groups and partners firms", """
Consultancy wins city contract
Brightwater Group and Ellison Partners won a contract to redesign the city's bus network, council leader Fergus Doyle said.
Ellison Partners said in a statement it would open an office in the city. Doyle said the work would start in May.
""", [("Fergus Doyle", None)],
    ["Brightwater Group", "Ellison Partners"], [])

add("family members by first name", """
A mother's long search
For eleven years Marguerite Oyelaran looked for the boy taken from a market in Ibadan.
Her son, Tunde, was four when he disappeared. "I never stopped believing," she said.
Her husband Femi died in 2020. Their daughter, Kemi, now runs the search group.
""", [("Marguerite Oyelaran", None), ("Tunde", None), ("Femi", None), ("Kemi", None)],
    ["Ibadan"], [])

add("his wife and brother by first name", """
Fisherman rescued after two days adrift
Fisherman Anders Lykkeberg was found alive on Sunday after two days adrift off the north coast.
His wife, Maria, had raised the alarm when he did not return. His brother Jens joined the search in his own boat.
"I just kept bailing," Lykkeberg said.
""", [("Anders Lykkeberg", None), ("Maria", None), ("Jens", None)],
    [], [])

add("children named in a feature", """
Learning to read at sixty
Grandmother Esperanza Villalobos enrolled in night school this year. Her granddaughter, Lucia, helps with homework.
"She reads faster than me now," Villalobos said. Her daughter Rosa drives her to class.
""", [("Esperanza Villalobos", None), ("Lucia", None), ("Rosa", None)],
    [], [])

add("name-shaped common words at sentence start", """
Council delays vote on parking
Will the council vote on parking charges before summer? Not yet, said councillor Bernadette Kilbride.
Rose Garden residents have asked for permits. Grant funding for the scheme ran out in March, Kilbride said.
""", [("Bernadette Kilbride", None)],
    ["Will", "Rose Garden", "Grant"], [])

add("Al From style surname that is a common word", """
Party strategist dies at 83
Al From, the strategist who founded a centrist policy group, died on Monday, his family said.
From spent four decades shaping the party's platform. Former senator Edith Harkin called him "the quiet architect".
""", [("Al From", None), ("Edith Harkin", None)],
    [], [])

add("Mark/Bill/Hope as common words", """
Hospital marks centenary
Hope Street Hospital opened a new wing on Friday to mark its centenary. Bill payments for patients will move online next year.
Chief nurse Winifred Achterberg said the wing had 40 beds. Mark my words, she said, this will be busy.
""", [("Winifred Achterberg", None)],
    ["Hope Street Hospital", "Bill", "Mark"], [])

add("role before name and apposition after, with country", """
Sylvanian minister visits border
Sylvania's foreign minister, Dario Velkov, visited the border crossing on Tuesday.
Velkov met Gregor Antal, the mayor of the border town, and Irena Hollis, a Canadian aid worker.
""", [("Dario Velkov", None), ("Gregor Antal", None), ("Irena Hollis", "Canada")],
    ["Sylvania"], [])

add("Kenyan and Nigerian officials, nationality adjective", """
Regional trade talks open in Nairobi
NAIROBI — Kenyan Trade Cabinet Secretary Wanjiru Kamau opened talks on a regional tariff deal on Monday.
Nigerian envoy Chidi Okonkwo said his country wanted lower duties on cement.
""", [("Wanjiru Kamau", "Kenya"), ("Chidi Okonkwo", "Nigeria")],
    ["Nairobi"], [])

add("title phrase with of the and a long ministry", """
Schools to get heat pumps
Permanent Secretary of the Ministry of Education and Skills Development Lerato Molefe said on Friday that 300 schools would get heat pumps.
Teachers' union head Sipho Dlamini-Ndaba welcomed the plan.
""", [("Lerato Molefe", None), ("Sipho Dlamini-Ndaba", None)],
    ["Ministry of Education and Skills Development"], [])

add("estate, village and station nouns after names", """
Bus route restored
The 42 bus will again serve Pine Hollow estate and Ashby Cross village from Monday, the operator said.
Driver Mohammed Rahimi said passengers at Ashby Cross had waited months. Parish councillor Gwen Tolliver thanked the operator.
""", [("Mohammed Rahimi", None), ("Gwen Tolliver", None)],
    ["Pine Hollow", "Ashby Cross"], [])

for i, p in enumerate(P, start=1):
    p["id"] = i
    for person in p["people"]:
        assert person["name"] in p["text"], (i, person["name"])
with (Path(__file__).parent / "probes.jsonl").open("w", encoding="utf-8") as fh:
    for p in P:
        fh.write(json.dumps({"id": p["id"], **{k: v for k, v in p.items() if k != "id"}}, ensure_ascii=False) + "\n")
print(len(P))
