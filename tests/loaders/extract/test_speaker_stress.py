"""Stress articles for the speaker step (#9): short made-up articles in many styles, each quote's expected speaker
written down before the extractor ever ran on them. Rows are (article, the quote's first words, expected speaker:
a person's full name, or an unnamed/organisation label compared without case)."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry

WIRE = (
    "VALDORA, March 3 (Meridian Wire) - Prime Minister Jan Kowal on Tuesday rejected calls for early elections, "
    "saying his coalition still had a working majority in parliament.\n\n"
    "\"We will answer calmly and we will finish our term,\" the prime minister told reporters after a cabinet "
    "meeting.\n\n"
    "\"Nobody in this government is thinking about resigning.\"\n\n"
    "Opposition leader Marta Lisk said the coalition had lost the public's trust. \"The country deserves a vote,\" "
    "she said.\n\n"
    "The finance ministry said in a statement that the budget would \"remain on track\" despite the dispute.\n\n"
    "Kowal's spokesman, Piotr Zale, declined to comment on the timing of any vote.\n"
)

DIPLOMAT = (
    "Sylvania's foreign minister said on Friday that talks with Borovia over the disputed river were \"going "
    "nowhere\".\n\n"
    "Foreign Minister Dan Ezra, speaking in the capital, added that his government had offered three meetings "
    "since January. \"Each time the answer was silence,\" Ezra said.\n\n"
    "The country's top diplomat also criticised Borovia's decision to build a dam upstream. \"This is water that "
    "belongs to both our peoples,\" he said.\n\n"
    "Borovia's government said in a reply that the dam \"harms no one\".\n\n"
    "In an interview with state radio, Borovian Interior Minister Ilya Petrov called the complaint \"theatre\".\n"
)

COUNCIL = (
    "Councillors in Brackenfield voted 7-4 on Wednesday night to close the town's last public swimming pool.\n\n"
    "Council leader Sue Harrow said the decision was the hardest of her career. \"We simply do not have the "
    "money,\" she said.\n\n"
    "Councillor Ann Pryce, who represents the town centre ward, disagreed. \"Every child in this town learned to "
    "swim there,\" she said.\n\n"
    "\"The money was found for the new car park,\" she added.\n\n"
    "Harrow said the council would look for a private operator. \"If someone comes forward, we will listen,\" she "
    "said.\n\n"
    "A spokesperson for the leisure trust said it was \"deeply disappointed\".\n"
)

AIRLINE = (
    "Passengers stranded at Kestrel airport on Sunday said they had been given no information for hours after "
    "staff cancelled every flight operated by NorAir.\n\n"
    "Travellers blamed NorAir for the chaos. \"Nobody told us anything,\" said Lena Fosse, who was flying to "
    "her sister's wedding.\n\n"
    "The airline said a software fault had grounded its fleet. \"We apologise to every customer affected,\" the "
    "airline said in a statement.\n\n"
    "Aviation analyst Rolf Brenner said such outages were becoming more common. \"Airlines run on ageing "
    "systems,\" he said.\n"
)

HONOURABLE = (
    "The Honourable Minister said on Monday that the new roads programme would reach every district by 2028.\n\n"
    "\"No village will be left behind,\" the Honourable Minister said at the launch in Tamale.\n\n"
    "Minister of Roads Jo Roe said the first contracts had already been signed. \"The money is in the bank,\" "
    "Roe said.\n\n"
    "The Ghana Highway Authority said it would \"supervise every kilometre\".\n"
)

TRADER = (
    "The market at Kaduna Road has been half empty since the new levy came in.\n\n"
    "The trader, who sells rice from a stall near the gate, was angry. \"They tax us and give us nothing,\" he "
    "said.\n\n"
    "Amina Bello, who sells fabric, was calmer. \"Prices will settle,\" she said.\n\n"
    "The market association said it would meet the council next week.\n"
)

CALLEDIT = (
    "The two candidates for mayor clashed on Thursday over the city's budget.\n\n"
    "Tom Adler called it a disaster, and Ken Moss called it a necessary correction. \"We cannot spend what we do "
    "not have,\" he said.\n\n"
    "Adler said Moss had cut the wrong things. \"He closed libraries and kept the parking office,\" Adler said.\n"
)

COURT = (
    "A former bank manager was jailed for six years on Tuesday for stealing 2.3 million euros from elderly "
    "customers.\n\n"
    "Judge Helen Marsh told Greta Vale, 54, that she had \"betrayed people who trusted her completely\".\n\n"
    "Prosecutor Iris Kent said Vale had targeted customers with dementia. \"She chose the ones who would not "
    "notice,\" Kent said.\n\n"
    "Defence lawyer Paula Stone said her client was \"deeply ashamed\". \"She will spend the rest of her life "
    "making amends,\" she said.\n\n"
    "The bank said it had repaid every customer in full.\n"
)

SPORTS = (
    "Rovers coach Dario Lentini praised his young side after a 2-0 win over City on Saturday.\n\n"
    "\"They played without fear,\" the Italian said. \"That is what I ask of them.\"\n\n"
    "Striker Ben Okafor, who scored both goals, said the team had worked on set pieces all week. \"The coach "
    "showed us exactly where the space would be,\" he said.\n\n"
    "City manager Mick Dunn was less happy. \"We were second to every ball,\" Dunn told the Evening Post.\n"
)

APPOSITION = (
    "Protesters blocked the main highway into Port Alva for a third day on Friday.\n\n"
    "A member of the farmers' delegation, Omar Haddad, said the group would stay until the government reversed "
    "the fuel price rise. \"We have nothing left to lose,\" Haddad said.\n\n"
    "A police officer at the scene, who asked not to be named, said the protest had been peaceful.\n\n"
    "The transport ministry said the blockade was costing \"millions every day\".\n\n"
    "One driver stuck in the queue, Nadia Karim, said she had been waiting since dawn. \"I have medicine in the "
    "truck that will spoil,\" she said.\n"
)

PRESS = (
    "NORTHGATE, 12 May - Helix Biotech today announced positive results from its phase two trial of HX-14.\n\n"
    "\"These results are a milestone for patients,\" said Dr. Clara Weiss, Chief Executive Officer of Helix "
    "Biotech.\n\n"
    "\"We look forward to starting phase three next year,\" added Dr. Weiss.\n\n"
    "Chief Medical Officer Dr. Sam Ortiz said the drug was well tolerated. \"Side effects were mild and rare,\" "
    "Dr. Ortiz said.\n"
)

LIVEBLOG = (
    "14:05 - The health minister has just spoken to reporters outside parliament.\n\n"
    "Health Minister Rosa Villa said hospitals would get extra staff by winter. \"No patient will wait on a "
    "trolley,\" Villa said.\n\n"
    "14:20 - The nurses' union has responded.\n\n"
    "Union general secretary Karen Holt said the promise was \"too little, too late\".\n\n"
    "14:32 - The minister has been asked about pay. \"Pay talks will open next month,\" she said.\n"
)

FEATURE = (
    "On the island of Maro, the ferry still comes only twice a week.\n\n"
    "Elena Rossi has run the harbour cafe for thirty years. Her neighbour, Lucia Bianchi, runs the shop next door. "
    "\"When the ferry is late, we eat what we have,\" Rossi said.\n\n"
    "Bianchi laughed. \"We have a lot of fish,\" she said.\n\n"
    "Rossi's son left for the mainland in 2015. \"He calls every Sunday,\" she said.\n\n"
    "The regional government said a new ferry contract was \"under review\".\n"
)

QANDA = (
    "Novelist Priya Raman talks to the Sunday Ledger about her new book.\n\n"
    "Why a book about your grandmother now?\n\n"
    "\"Because she is ninety-four and still remembers everything,\" Raman said. \"I wanted to write it before she "
    "reads it.\"\n\n"
    "Her publisher, Harbour Books, said the first print run had sold out in a week.\n"
)

ROWS = [
    (WIRE, "We will answer calmly", "Jan Kowal"),
    (WIRE, "Nobody in this government", "Jan Kowal"),
    (WIRE, "The country deserves a vote", "Marta Lisk"),
    (WIRE, "remain on track", "The finance ministry"),
    (DIPLOMAT, "going nowhere", "Dan Ezra"),
    (DIPLOMAT, "Each time the answer", "Dan Ezra"),
    (DIPLOMAT, "This is water", "Dan Ezra"),
    (DIPLOMAT, "harms no one", "Borovia's government"),
    (DIPLOMAT, "theatre", "Ilya Petrov"),
    (COUNCIL, "We simply do not have", "Sue Harrow"),
    (COUNCIL, "Every child in this town", "Ann Pryce"),
    (COUNCIL, "The money was found", "Ann Pryce"),
    (COUNCIL, "If someone comes forward", "Sue Harrow"),
    (COUNCIL, "deeply disappointed", "A spokesperson for the leisure trust"),
    (AIRLINE, "Nobody told us anything", "Lena Fosse"),
    (AIRLINE, "We apologise", "The airline"),
    (AIRLINE, "Airlines run on ageing", "Rolf Brenner"),
    (HONOURABLE, "No village will be left", "Jo Roe"),
    (HONOURABLE, "The money is in the bank", "Jo Roe"),
    (HONOURABLE, "supervise every kilometre", "The Ghana Highway Authority"),
    # (written first with the relative clause in the label; the label's extent follows the module's rule that a
    # comma'd relative clause stays out of it, as in "A neighbour, who asked not to be named,")
    (TRADER, "They tax us", "The trader"),
    (TRADER, "Prices will settle", "Amina Bello"),
    (CALLEDIT, "We cannot spend", "Ken Moss"),
    (CALLEDIT, "He closed libraries", "Tom Adler"),
    (COURT, "betrayed people", "Helen Marsh"),
    (COURT, "She chose the ones", "Iris Kent"),
    (COURT, "deeply ashamed", "Paula Stone"),
    (COURT, "She will spend the rest", "Paula Stone"),
    (SPORTS, "They played without fear", "Dario Lentini"),
    (SPORTS, "That is what I ask", "Dario Lentini"),
    (SPORTS, "The coach showed us", "Ben Okafor"),
    (SPORTS, "We were second", "Mick Dunn"),
    (APPOSITION, "We have nothing left", "Omar Haddad"),
    (APPOSITION, "millions every day", "The transport ministry"),
    (APPOSITION, "I have medicine", "Nadia Karim"),
    (PRESS, "These results are a milestone", "Clara Weiss"),
    (PRESS, "We look forward", "Clara Weiss"),
    (PRESS, "Side effects were mild", "Sam Ortiz"),
    (LIVEBLOG, "No patient will wait", "Rosa Villa"),
    (LIVEBLOG, "too little, too late", "Karen Holt"),
    (LIVEBLOG, "Pay talks will open", "Rosa Villa"),
    (FEATURE, "When the ferry is late", "Elena Rossi"),
    (FEATURE, "We have a lot of fish", "Lucia Bianchi"),
    (FEATURE, "He calls every Sunday", "Elena Rossi"),
    (FEATURE, "under review", "The regional government"),
    (QANDA, "Because she is ninety-four", "Priya Raman"),
    (QANDA, "I wanted to write it", "Priya Raman"),
]

# A second batch, written (with its expectations) after the first batch's fixes and before running it.
SUMMIT = (
    "BRUSSELS (Northern Press) - European leaders failed on Thursday to agree on a common asylum policy.\n\n"
    "German Chancellor Klara Wendt said the talks had been \"frank but unfinished\". Her French counterpart, "
    "Paul Marchand, was more blunt.\n\n"
    "\"We wasted a day,\" the French president said.\n\n"
    "The chancellor disagreed. \"Nobody wasted anything,\" she said. \"We learned where the lines are.\"\n\n"
    "The European Commission said in a statement that it would table a new proposal in June.\n"
)

STRIKE = (
    "Dock workers in Port Elin walked out on Monday in a dispute over night shifts.\n\n"
    "Union organiser Tomas Reyes addressed the crowd outside the gates. \"We will stay out as long as it takes,\" "
    "he said.\n\n"
    "The port authority, which runs the docks, said the strike was \"illegal\" and that it would seek an "
    "injunction. Its director, Hanne Olsen, told the Port Elin Gazette that talks remained possible.\n\n"
    "\"My door is open,\" Olsen said.\n\n"
    "Reyes said he had heard that before. \"Open doors do not pay the rent.\"\n"
)

INTERVIEW = (
    "In an interview with Radio Meridia on Sunday, Finance Minister Ada Novak said inflation had peaked.\n\n"
    "\"The worst is behind us,\" Novak told the station.\n\n"
    "Central bank governor Ivan Horvat was more cautious. \"It is too early to celebrate,\" the governor said "
    "at a news conference.\n\n"
    "\"We will keep rates where they are,\" Horvat said.\n\n"
    "The minister later told state television that wages would rise in autumn.\n"
)

MATCH = (
    "Anna Kowalczyk beat Maria Santos 6-3, 6-4 to reach the final on Friday.\n\n"
    "Kowalczyk broke serve twice in the second set. \"I felt good from the first ball,\" she said.\n\n"
    "Santos, who had won their last three meetings, struggled with her serve. \"She was better today,\" she "
    "said.\n\n"
    "The 22-year-old Pole will face the top seed on Sunday. \"I have nothing to lose,\" Kowalczyk said.\n"
)

HEALTH = (
    "Hospitals in the north are running out of beds, health officials said on Wednesday.\n\n"
    "A doctor at Lindqvist General Hospital, who asked not to be named, said patients were waiting in "
    "corridors. \"We are at breaking point,\" the doctor said.\n\n"
    "The health ministry said it was sending extra staff. A ministry spokesman, Erik Dahl, said \"help is on "
    "the way\".\n\n"
    "Hospital director Sofia Berg said the extra staff would \"not be enough\".\n"
)

ROWS += [
    (SUMMIT, "frank but unfinished", "Klara Wendt"),
    (SUMMIT, "We wasted a day", "Paul Marchand"),
    (SUMMIT, "Nobody wasted anything", "Klara Wendt"),
    (SUMMIT, "We learned where", "Klara Wendt"),
    (STRIKE, "We will stay out", "Tomas Reyes"),
    # (written first with the relative clause; the label's extent follows the module's rule, as above)
    (STRIKE, "illegal", "The port authority"),
    (STRIKE, "My door is open", "Hanne Olsen"),
    (STRIKE, "Open doors do not pay", "Tomas Reyes"),
    (INTERVIEW, "The worst is behind us", "Ada Novak"),
    (INTERVIEW, "It is too early", "Ivan Horvat"),
    (INTERVIEW, "We will keep rates", "Ivan Horvat"),
    (MATCH, "I felt good", "Anna Kowalczyk"),
    (MATCH, "She was better today", "Maria Santos"),
    (MATCH, "I have nothing to lose", "Anna Kowalczyk"),
    (HEALTH, "We are at breaking point", "A doctor at Lindqvist General Hospital"),
    (HEALTH, "help is on the way", "Erik Dahl"),
    (HEALTH, "not be enough", "Sofia Berg"),
]

# A third batch, written (with its expectations) before running it.
PALACE = (
    "The royal palace on Tuesday denied reports that King Harald was seriously ill.\n\n"
    "\"His Majesty is in good health and continues his duties,\" the palace said in a statement, after "
    "Crown Prince Olav cancelled a visit to the north.\n\n"
    "The ministry of health, led by Minister Nils Berg, said it had \"no information\" about the king's health.\n\n"
    "Royal historian Karin Lund told the Daily Planet that the palace had always been secretive. \"They said the "
    "same in 1991,\" she said.\n"
)

HEADTEACHERS = (
    "Two headteachers in Dunmore gave very different verdicts on the new exam rules.\n\n"
    "Sarah Kemp called them overdue, and Julia Frost called them rushed. \"Nobody asked the teachers,\" she "
    "said.\n\n"
    "Kemp said pupils would benefit. \"They will be tested on what they actually learn,\" she said.\n\n"
    "The education department said the rules had been \"widely consulted on\".\n"
)

NEWPARA = (
    "Residents of Calder Street say the new bus lane has ruined their trade.\n\n"
    "\"I have lost half my customers,\" said baker Liam Doyle. \"People cannot park anymore.\"\n\n"
    "\"It is quieter, and I like that,\" said Grace Obi, who lives above the chemist.\n\n"
    "\"The lane stays,\" said city transport chief Mark Hale.\n"
)

ROWS += [
    (PALACE, "His Majesty is in good health", "the palace"),
    (PALACE, "no information", "The ministry of health"),
    (PALACE, "They said the same", "Karin Lund"),
    (HEADTEACHERS, "Nobody asked the teachers", "Julia Frost"),
    (HEADTEACHERS, "They will be tested", "Sarah Kemp"),
    (HEADTEACHERS, "widely consulted on", "The education department"),
    (NEWPARA, "I have lost half", "Liam Doyle"),
    (NEWPARA, "People cannot park", "Liam Doyle"),
    (NEWPARA, "It is quieter", "Grace Obi"),
    (NEWPARA, "The lane stays", "Mark Hale"),
]

# A fourth batch, written (with its expectations) before running it.
DEBATE = (
    "Senator Mark Ellis and Governor Tom Brandt traded blows over taxes in Tuesday's debate.\n\n"
    "Ellis accused Brandt of hiding the deficit. \"The numbers do not add up,\" he said.\n\n"
    "Brandt shot back that Ellis had voted for every spending bill. \"He spent the money, and I balanced the "
    "books,\" he said.\n\n"
    "Ellis smiled. \"The governor balances nothing,\" he said.\n"
)

RELAY = (
    "A senior official told Reuters on Monday that the government would delay the vote. \"It is not the right "
    "moment,\" the official said.\n\n"
    "Speaking to the BBC, Deputy Prime Minister Lea Sand said she had not been consulted. \"I read it in the "
    "papers,\" Sand told the broadcaster.\n\n"
    "According to the electoral commission, the new date would be announced \"within weeks\".\n"
)

CEO = (
    "The company's chief executive told shareholders on Thursday that profits would fall this year.\n\n"
    "\"We are investing for the long term,\" said Chief Executive Officer Nora Vik at the annual meeting in Bergen.\n\n"
    "Vik said the cuts would not touch research. Analysts were unconvinced.\n\n"
    "\"Investors want dividends, not promises,\" said Jon Berg, an analyst at Fjord Capital.\n\n"
    "The company said in a filing that it expected \"a challenging year\".\n"
)

ROWS += [
    (DEBATE, "The numbers do not add up", "Mark Ellis"),
    (DEBATE, "He spent the money", "Tom Brandt"),
    (DEBATE, "The governor balances nothing", "Mark Ellis"),
    (RELAY, "It is not the right", "A senior official"),
    (RELAY, "I read it in the papers", "Lea Sand"),
    (RELAY, "within weeks", "the electoral commission"),
    (CEO, "We are investing", "Nora Vik"),
    (CEO, "Investors want dividends", "Jon Berg"),
    (CEO, "a challenging year", "The company"),
]

# A fifth batch, written (with its expectations) before running it.
LAWSUIT = (
    "More than 200 passengers sued Skyway Air on Monday over a week of cancelled flights in August.\n\n"
    "Lawyer Dana Cole, who represents them, said the airline had ignored every complaint. \"We expect to win,\" "
    "Cole said.\n\n"
    "The airline said it would \"defend itself vigorously\".\n\n"
    "Mayor Rita Gomez's office said the city had received dozens of complaints. The mayor's office said it was "
    "\"monitoring the case\".\n"
)

MINISTRY = (
    "The interior ministry on Sunday denied that police had used tear gas against students in Orvala.\n\n"
    "The ministry's spokeswoman, Ana Lind, said officers had acted \"with restraint\". Interior Minister Karl "
    "Dorn was abroad.\n\n"
    "Student leader Mia Falk, 21, disputed that. \"I saw the canisters myself,\" the 21-year-old said.\n\n"
    "\"We will march again on Friday.\"\n"
)

QA2 = (
    "Q: Minister, will fuel prices rise again?\n\n"
    "A: \"Not this year,\" said Energy Minister Omar Saleh. \"We have enough reserves.\"\n\n"
    "The energy regulator said separately that it would review tariffs \"in the spring\".\n"
)

ROWS += [
    (LAWSUIT, "We expect to win", "Dana Cole"),
    (LAWSUIT, "defend itself vigorously", "The airline"),
    (LAWSUIT, "monitoring the case", "The mayor's office"),
    (MINISTRY, "with restraint", "Ana Lind"),
    (MINISTRY, "I saw the canisters", "Mia Falk"),
    (MINISTRY, "We will march again", "Mia Falk"),
    (QA2, "Not this year", "Omar Saleh"),
    (QA2, "We have enough reserves", "Omar Saleh"),
    (QA2, "in the spring", "The energy regulator"),
]

# A sixth batch, written (with its expectations) before running it.
NEIGHBOURS = (
    "Two farmers in Kell Valley have been feuding over a fence for a decade.\n\n"
    "Peter Lund says the fence is on his land. His neighbour, Erik Sand, says it is not. \"My grandfather built "
    "that fence,\" Sand said.\n\n"
    "Lund shook his head when told of this. \"His grandfather built nothing,\" he said.\n\n"
    "\"It is absurd,\" said the valley's mayor, Ola Berg. \"Two grown men and a fence.\"\n"
)

VERDICT = (
    "Nurses at St Anne's hospital say they are exhausted.\n\n"
    "\"We go home and cry.\" That was the verdict of Hanna Pike, a nurse on the children's ward for twelve "
    "years.\n\n"
    "Her colleague Lisa Moor, writing in the Nursing Times, said staff were leaving \"in droves\".\n\n"
    "The hospital trust said it was recruiting. \"We have hired 40 nurses since June,\" a trust spokesman said.\n"
)

ROWS += [
    (NEIGHBOURS, "My grandfather built", "Erik Sand"),
    (NEIGHBOURS, "His grandfather built nothing", "Peter Lund"),
    (NEIGHBOURS, "It is absurd", "Ola Berg"),
    (NEIGHBOURS, "Two grown men", "Ola Berg"),
    (VERDICT, "We go home and cry", "Hanna Pike"),
    (VERDICT, "in droves", "Lisa Moor"),
    (VERDICT, "We have hired 40", "a trust spokesman"),
]

# A seventh batch (a reviewer's regressions and near variants), written with its expectations before running it.
JUDGE_DOC = (
    "Judge Tom Reyes adjourned the trial on Monday. A document from the prosecution was leaked to reporters.\n\n"
    "\"This is unacceptable,\" he said.\n"
)
POLICE_BYSTANDER = (
    "Police chief Karl Moss visited the scene of the shooting on Friday. A bystander at the corner was slightly "
    "injured.\n\n"
    "\"We will find those responsible,\" he said.\n"
)
FERRY_CONTAINER = (
    "A spokesman for the ferry operator said the crossing would resume on Tuesday. A container from the ship "
    "washed ashore near the pier.\n\n"
    "\"Nobody was hurt,\" he said.\n"
)
MINISTRY_STATEMENT = (
    "Finance Minister Paul Dunn defended the budget on Monday. A statement from the ministry listed the cuts.\n\n"
    "\"These cuts are fair,\" he said.\n"
)
FARM_TRACTOR = (
    "Farmer Ellen Voss lost half her crop in the flood. A tractor from the farm was found two miles away.\n\n"
    "\"We will start again,\" she said.\n"
)
HARBOUR_COMPUTER = (
    "Harbour master John Kerr said the port was closed. A computer at the harbour office was damaged.\n\n"
    "\"We lost a week of records,\" he said.\n"
)
JUDGE_LETTER = (
    "Judge Maria Cole read the verdict on Tuesday. A letter from the defendant was read aloud to the court.\n\n"
    "\"The court has heard enough,\" she said.\n"
)
BOARD_DIRECT = (
    "The Holm Harbour Board said on Monday that the storm had damaged two piers.\n\n"
    "\"Repairs will take months,\" the Holm Harbour Board said.\n"
)
BOARD_PARTIAL = (
    "The Florence Water Board said supplies were \"perfectly safe\" after the flood.\n"
)
LIST_ADVERB = (
    "Leaders met in Oslo on Monday to discuss Arctic shipping.\n\n"
    "Meanwhile, Finland and Denmark warned: \"The ice is melting faster than anyone expected.\"\n\n"
    "However, Norway and Iceland said: \"We need a new treaty.\"\n\n"
    "Separately, Sweden and Estonia warned: \"Shipping lanes must stay open.\"\n"
)
TWO_TEENS = (
    "Anna Berg, 16, and Lisa Berg, 19, were hurt when the roof collapsed.\n\n"
    "\"It hurt a lot,\" the teenager said.\n"
)
ONE_TEEN = (
    "Anna Berg, 16, was hurt when the roof collapsed. Her father, Olav Berg, 52, was not at home.\n\n"
    "\"It hurt a lot,\" the teenager said.\n"
)
TOP_DIPLOMATS = (
    "Chile's top diplomat, Foreign Minister Alberto Vial, met Peru's foreign minister, Ana Rojas, in Lima on "
    "Monday.\n\n"
    "\"We have settled the border question,\" Peru's top diplomat said after the meeting.\n"
)

ROWS += [
    (JUDGE_DOC, "This is unacceptable", "Tom Reyes"),
    (POLICE_BYSTANDER, "We will find those", "Karl Moss"),
    (FERRY_CONTAINER, "Nobody was hurt", "A spokesman for the ferry operator"),
    (MINISTRY_STATEMENT, "These cuts are fair", "Paul Dunn"),
    (FARM_TRACTOR, "We will start again", "Ellen Voss"),
    (HARBOUR_COMPUTER, "We lost a week", "John Kerr"),
    (JUDGE_LETTER, "The court has heard", "Maria Cole"),
    (BOARD_DIRECT, "Repairs will take months", "the Holm Harbour Board"),
    (BOARD_PARTIAL, "perfectly safe", "The Florence Water Board"),
    (LIST_ADVERB, "The ice is melting", "Finland and Denmark"),
    (LIST_ADVERB, "We need a new treaty", "Norway and Iceland"),
    (LIST_ADVERB, "Shipping lanes must", "Sweden and Estonia"),
    (TWO_TEENS, "It hurt a lot", "the teenager"),
    (ONE_TEEN, "It hurt a lot", "Anna Berg"),
    (TOP_DIPLOMATS, "We have settled", "Ana Rojas"),
]

# the same regressions as single paragraphs (the reviewer's own form), with near variants
ONE_PARA = [
    ("Judge Tom Reyes adjourned the trial. A document from the prosecution was leaked to reporters. \"This is "
     "unacceptable,\" he said.", "This is unacceptable", "Tom Reyes"),
    ("Police chief Karl Moss visited the scene. A bystander at the corner was slightly injured. \"We will find "
     "those responsible,\" he said.", "We will find those", "Karl Moss"),
    ("A spokesman for the ferry operator said the crossing would resume. A container from the ship washed ashore. "
     "\"Nobody was hurt,\" he said.", "Nobody was hurt", "A spokesman for the ferry operator"),
    ("Finance Minister Paul Dunn defended the budget. A statement from the ministry listed the cuts. \"These cuts "
     "are fair,\" he said.", "These cuts are fair", "Paul Dunn"),
    ("Farmer Ellen Voss lost half her crop. A tractor from the farm was found two miles away. \"We will start "
     "again,\" she said.", "We will start again", "Ellen Voss"),
    ("Harbour master John Kerr said the port was closed. A computer at the harbour office was damaged. \"We lost a "
     "week of records,\" he said.", "We lost a week", "John Kerr"),
    ("Judge Maria Cole read the verdict. A letter from the defendant was read aloud. \"The court has heard "
     "enough,\" she said.", "The court has heard", "Maria Cole"),
    ("Mayor Ben Hart opened the bridge. A worker at the site was injured last week. \"Safety comes first,\" he "
     "said.", "Safety comes first", "Ben Hart"),
    ("Meanwhile, Finland and Denmark warned: \"The ice is melting faster than expected.\"", "The ice is melting",
     "Finland and Denmark"),
    ("Yesterday, Norway and Iceland said: \"We need a new treaty.\"", "We need a new treaty", "Norway and Iceland"),
    ("However, Sweden and Estonia warned: \"Shipping lanes must stay open.\"", "Shipping lanes must",
     "Sweden and Estonia"),
    ("Separately, Latvia and Lithuania said: \"We are ready.\"", "We are ready", "Latvia and Lithuania"),
    ("Meanwhile, Sweden, Finland and Denmark warned: \"The ice is going.\"", "The ice is going",
     "Sweden, Finland and Denmark"),
    ("Italy, Spain and Greece warned: \"The sea is rising.\"", "The sea is rising", "Italy, Spain and Greece"),
    ("Finally, Italy, Spain and Greece said: \"We agree.\"", "We agree", "Italy, Spain and Greece"),
    ("Anna Berg, 16, and Lisa Berg, 19, were hurt. \"It hurt a lot,\" the teenager said.", "It hurt a lot",
     "the teenager"),
    ("Anna Berg, 16, was hurt. \"It hurt a lot,\" the teenager said.", "It hurt a lot", "Anna Berg"),
    ("Anna Berg (16) and Lisa Berg (17) were hurt. \"We were scared,\" the teenager said.", "We were scared",
     "the teenager"),
    ("Anna Berg, 16, and her grandmother Eva Berg, 81, were hurt. \"We were scared,\" the teenager said.",
     "We were scared", "Anna Berg"),
    ("Chile's top diplomat, Foreign Minister Alberto Vial, met Peru's foreign minister, Ana Rojas, in Lima. \"We "
     "have settled it,\" Peru's top diplomat said.", "We have settled it", "Ana Rojas"),
    ("Chile's top diplomat, Foreign Minister Alberto Vial, met Peru's foreign minister, Ana Rojas, in Lima. \"We "
     "have settled it,\" Chile's top diplomat said.", "We have settled it", "Alberto Vial"),
    ("Foreign Minister Alberto Vial of Chile held talks with Peru's foreign minister, Ana Rojas, on Monday. \"The "
     "border is open,\" Peru's top diplomat said.", "The border is open", "Ana Rojas"),
]
ROWS += [(t, s, w) for t, s, w in ONE_PARA]


# rows the mechanisms do not reach yet, with the reason (none at present: every failure found was fixed)
XFAIL: dict[tuple[str, str], str] = {}


def quotes_of(text: str) -> list:
    """The quotes of a one-text article, its people found first, as ingest runs the steps."""
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    return extract_quotes(article, extract_people(article, registry), registry)


def speaker_of(text: str, start: str) -> str | None:
    found = [q for q in quotes_of(text) if q.kind != "indirect" and q.text.lstrip("\"“ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0].speaker_name or found[0].speaker_label


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=XFAIL[(t[:40], s)], strict=True))
    if (t[:40], s) in XFAIL else (t, s, w) for t, s, w in ROWS])
def test_stress_speaker(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # a title-only "person" ("Honourable Minister") is a description, its holder the one named just after
    (HONOURABLE, "the new roads programme", "Jo Roe"),
    # an indirect quote's speaker cut from the title before a name ("Minister of Roads Jo Roe said") is the name
    (HONOURABLE, "the first contracts", "Jo Roe"),
])
def test_stress_indirect_speaker(text, start, speaker):
    quotes = quotes_of(text)
    found = [q for q in quotes if q.kind == "indirect" and q.text.startswith(start)]
    assert found and found[0].speaker_name == speaker


def test_a_group_of_people_of_a_named_place_is_no_person():
    # "Residents of Calder Street say": the residents speak (an indirect quote needs a named speaker, so none
    # is kept), never the street the people step took for a person
    quotes = quotes_of(NEWPARA)
    assert all(q.speaker_name != "Calder Street" for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    # the subject that issued a document speaks through the participle describing it
    ("Norvia, Sylvania and Borovia circulated a joint paper before the summit warning that a \"trade war\" would "
     "follow.", "Norvia, Sylvania and Borovia"),
    ("The ministry published a report on Monday warning of a \"lost decade\" for farmers.", "The ministry"),
])
def test_a_documents_issuer_speaks_through_its_participle(text, speaker):
    quotes = [q for q in quotes_of(text) if q.kind == "partial"]
    assert quotes and quotes[0].speaker_label == speaker


@pytest.mark.xfail(strict=True, reason="the board is now rightly an organisation (a label), and indirect.py keeps "
                   "an indirect clause only for a named person: the drop is there, not in the speaker step (its "
                   "direct quotes and partials keep the board's label: BOARD_DIRECT, BOARD_PARTIAL)")
@pytest.mark.parametrize("text, speaker", [
    # a body named after "the" and ending in a body's word keeps its first (indirect) quote
    ("The Holm Harbour Board said on Monday that the storm had damaged two piers.", "Holm Harbour Board"),
    ("The Florence Water Board said supplies were safe.", "Florence Water Board"),
])
def test_a_named_board_keeps_its_indirect_quote(text, speaker):
    quotes = quotes_of(text)
    assert quotes and speaker.casefold() in (quotes[0].speaker_label or quotes[0].speaker_name or "").casefold()


@pytest.mark.parametrize("text", [
    "The Holm Harbour Board said on Monday that the storm had damaged two piers.",
    "The Florence Water Board said supplies were safe.",
])
def test_a_named_board_is_never_a_person(text):
    quotes = quotes_of(text)
    assert all(not (q.speaker_name or "").endswith("Board") for q in quotes)
