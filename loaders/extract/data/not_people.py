"""Words that show a capitalised name is no person: the legal forms that close a company's name ("Westwind
Renewables Ltd." makes "Westwind Renewables said" a company speaking), and the prepositions that put a name
inside a phrase of place rather than in a speaker's seat ("... University in Wagga Wagga, said" is no speaker).

Entries are lower case, without full stops.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

# A company's legal form after its name.
LEGAL_FORMS = frozenset("""
ltd limited inc incorporated plc llc llp lp gmbh ag kg se sa sas sarl spa srl nv bv ab as asa oy oyj aps
pty bhd sdn pte kk corp corporation co tbk
""".split())
# ... written before the name ("PT Sumber Makmur Tbk"): not part of the name the article writes without it.
LEGAL_FORMS_BEFORE = frozenset("""
PT
""".split())

# A name right after one of these is the object of a place phrase, not the subject of the verb that follows it.
PLACE_PREPOSITIONS = frozenset("""
in at near from of outside inside across throughout around within into toward towards beyond
""".split())

# Prepositions that take a place far more often than a person ("flooded homes in Sai Lung", "near Kam Tin"): a
# name after one, with no title, apposition or speech verb of its own there, is a place's, not a person's mention
# (the same name elsewhere, with a person's evidence, still makes a person). "at", "from", "of" and "to" take
# people as often ("a swipe at Jo Roe", "a letter from Jo Roe") and are left out.
PLACE_ONLY_PREPOSITIONS = frozenset("""
in near inside outside throughout within across
""".split())
# Titles that open towns' names ("Bishop Auckland", "Prince Rupert", "King William"): such a title and one word
# that is no given name, after a place-only preposition ("the supermarket is in Bishop Auckland"), is a town,
# gazetteer or not; the same words elsewhere ("Bishop Auckland said", "in Bishop Auckland's sermon") stay a person.
# Military and political titles are left out: "General Haftar", "Governor Obaseki" are people wherever they stand.
TOWN_TITLES = frozenset("""
bishop prince princess king queen
""".split())
# ... but after these words "in" takes a person ("confidence in Jo Roe", "believe in Jo Roe"); ("around" is left
# out above: "the debate around Jo Roe", "rallied around Jo Roe").
PERSON_OBJECT_LEADS = frozenset("""
believe believes believed believing belief beliefs believer believers confidence confident trust trusted faith
interest interested invest invested investing hope hopes disappointed pride proud
""".split())

# Words of a body or a side standing at a span's first end ("between Labour and Blair", "from the Greens to
# Blair"): the span joins parties, not places, so the bare surname at its other end is a person's.
SPAN_SIDE_WORDS = frozenset("""
labour labor party parties parliament government governments union unions opposition coalition greens tories
conservatives liberals democrats republicans nationals church army police court board council management
administration regime kremlin palace
""".split())

# Nouns for people that a place of origin follows with "from" or "of" ("a man from Cedar Bluff, Ohio", "residents of
# Grace Bay, Florida"), besides agent nouns read by their ending ("a voter from", "a resident of") and ages ("a
# 59-year-old from"): the name there, with its region after a comma, is the place's.
ORIGIN_HEADS = frozenset("""
man woman men women people person persons family families native natives couple child children boy girl
""".split())
# ... of which these take the place after "of" too, beside plurals in "-s" ("residents of", "natives of"): plurals
# and "a native of"; a singular's "of" names a person's kin ("the family of Jo Roe, Ohio,", "the child of Jo Roe").
ORIGIN_OF_HEADS = frozenset("""
men women people children native
""".split())

# Kinds of place written before "of" and a place's name ("the border town of Mae Sot", "the city of San
# Fernando", "the province of Santa Cruz"), and offices held over a place, written so too ("the mayor of Mae Sot",
# "the governor of San Luis"): the name after "of" is the place's, however person-like its words. (Nouns a person
# may follow too are left out: "the ward of", "the constituency of", "the state of".)
PLACE_OF_KINDS = frozenset("""
city town towns village villages township county district districts province provinces prefecture municipality
borough parish suburb suburbs region island islands emirate port capital countries
""".split())
# Words of travel before "to" (or "back to") and a name ("flew to Pella Dunmore", "flights to Kai Tak", "travelled
# back to Kai Tak"): the name is the place travelled to. Words after which "to" takes a person as well ("went",
# "returned", "wrote", "spoke", "handed", "head", "headed": a ball headed to a team-mate) are left out.
TRAVEL_BEFORE_TO = frozenset("""
fly flies flew flown flying travel travels travelled traveled travelling traveling drove driven sail sails sailed
sailing relocated evacuated deported diverted commute commutes commuted flight flights train trains
bus buses ferry ferries route routes railway trip trips journey voyage
""".split())
# Words of a crowd moving before "to" ("flocked to Vjosa Park", "streamed to Kofi Hall"): a name after them that
# ends in a venue's or a ground's word families bear too (`FACILITY_TAILS`) is the place; other names keep their
# reading ("voters flocked to Ana Roe").
CROWD_BEFORE_TO = frozenset("""
flock flocks flocked flocking throng throngs thronged thronging stream streams streamed streaming pour pours poured
pouring
""".split())
# The travel words (`TRAVEL_BEFORE_TO`) and the words right before "between" that make a span between two places
# ("the bus service between Cockfield and Bishop Auckland", "buses run between ..."): "talks between Holtby and Bishop
# Wexmoor" join people.
SPAN_TRAVEL_WORDS = TRAVEL_BEFORE_TO | frozenset("""
service services run runs ran running miles kilometres kilometers road roads line lines
""".split())
# Verbs whose object is a mountain or a peak ("climbed Ama Dablam", "summited Mera Peak"): a name of two words or
# more right after one is the peak, here and wherever the article writes it, unless a person's evidence is there.
SUMMIT_VERBS = frozenset("""
climb climbs climbed climbing summited summitted summiting summitting scaled scaling
""".split())
# Words before "as" (or "up as") and a name that make the name a part played, a fictional character ("Fans dressed
# as Harry Potter and Hermione Granger", "who starred as Jack Ryan", "was cast as Hedda Gabler"): the annotators
# list no character, and a person in that place is impersonated, not named. "starred alongside", "sworn in as",
# "served as" are left out (a person, an office).
CHARACTER_BEFORE_AS = frozenset("""
dressed disguised costumed starred starring stars star cast recast reprised reprises reprising reprise
""".split())
# ... of which these are costumes: a costume impersonates someone at one place ("Protesters dressed as Elon Musk"),
# and a real person it names may be spoken of elsewhere ("Musk did not comment"), so it marks that mention only.
COSTUME_BEFORE_AS = frozenset("dressed disguised costumed".split())
# Plural firm trades: before one name they make it a firm's ("Auditors Grant Thornton resigned", "brokers Peel
# Hunt", "lawyers Baker McKenzie"); other plurals for people ("Economists", "Residents", "Parents") are people's
# labels before a person's name ("Residents Maria Lopez told reporters").
FIRM_TRADE_PLURALS = frozenset("""
auditors brokers stockbrokers lawyers solicitors advisers advisors bankers consultants accountants
""".split())
# ... and the nouns right before a name that make it a character ("the character Jack Ryan", "in the role of").
CHARACTER_NOUNS = frozenset("character characters role".split())

# Things kicked or thrown that "fly" or "travel" to a player ("the cross flew to Kwadwo Asamoah", "the pass
# travelled to Moussa Diaby"): a word of travel after one of these takes a person after "to".
TRAVEL_BALL_SUBJECTS = frozenset("""
ball cross pass shot header clearance corner free-kick freekick throw lob rebound cutback cut-back chip volley
flick kick effort
""".split())
# The last words of a road's name that are surnames too ("Ahmadu Bello Way", "Gerard Way"): a road's only after a
# preposition of place that a road takes ("on", "along", "off").
ROAD_TAILS_AFTER_PREPOSITION = frozenset("way parkway crescent".split())
ROAD_PREPOSITIONS = frozenset("on along off down up via".split())
# Nouns of a ship, a craft or a model right before its name ("the liner Queen Mary 2,"): see the bare number rule.
# Not "model": a fashion model is a person ("The model Naomi Campbell 55, walked").
CRAFT_NOUNS = frozenset("""
liner ship vessel tanker ferry yacht boat frigate destroyer carrier submarine cruiser rocket spacecraft probe
mission capsule shuttle plane jet aircraft jetliner airliner
""".split())
TERRITORY_TITLES = frozenset("""
mayor governor emir sultan bishop archbishop premier
""".split())

# Lowercase nouns for a kind of place, right after a capitalised name ("Lok Wah estate", "Ashby Cross village",
# "Wenlock Halt station"): the name is the place's, however person-like its words.
PLACE_NOUNS = frozenset("""
estate estates district village town township county suburb neighbourhood neighborhood municipality borough
parish province prefecture precinct ward constituency depot terminal interchange junction valley marae zone
""".split())
# ... and nouns for a crossing place that make a name before them the place's only after "the" ("the Ras Jedir
# border crossing", "the Ana Roe checkpoint"); with no article the name is a modifier's, a person's as often
# ("Rahul Gandhi border remarks", "Kofi Mensah checkpoint duty").
PLACE_NOUNS_AFTER_THE = frozenset("border checkpoint".split())
# ... but not before one of these, which make the noun a verb ("Tom Hale wards off", "Ben Ward towns over his
# rivals"): particles and the openers of a verb's object.
PLACE_NOUN_VERB_FOLLOWERS = frozenset("""
off up out down over away back on in into through around the a an his her their its every each all any some no
him them it
""".split())

# Prepositions whose object a country named once is, in passing ("exports to Japan", "a plant in Mexico"): such a
# mention makes the country no article's own. "of" is left out: "the Government of Kenya" describes a body.
COUNTRY_IN_PASSING = frozenset("""
to in at near from outside inside across throughout around within into toward towards beyond with against
""".split())
# ... of which those before a town that say where someone travels from or to ("flew in from Douala", "returns to
# Eldoret"), not where a story is: such a town is no sign of the article's country (`town_main_country`; a town
# "in" a story is where it happens: "a market in Douala").
TOWN_IN_PASSING = frozenset("from to".split()) & COUNTRY_IN_PASSING
# People away from home ("Polish tourists", "Kenyan fans"): a demonym before them says where they came from, not
# where a story is (`people_country.people_demonym_country`, of `eventwords.PRIVATE_PEOPLE_NOUNS`).
TRAVELLING_PEOPLE_NOUNS = frozenset("""
tourists tourist fans fan travellers travelers pilgrims passengers investors shoppers holidaymakers visitors
expatriates expats students student
""".split())

# ... and those of them that point away from where a person is ("exports to Tarnland", "talks with Tarnland"): a
# country after one, in the sentence introducing a person, is not the person's. "from" is left out: it gives a
# person's origin as often ("a student from Tarnland", "who flew in from Tarnland").
COUNTRY_AWAY_PREPOSITIONS = frozenset("""
to with against into toward towards beyond across
""".split())
# ... but after a verb of trade a few words before it, "from" gives where goods come from, not the person ("buy
# fish from Tarnland", "imports its grain from Tarnland").
COUNTRY_SOURCE_VERBS = frozenset("""
buy buys bought buying import imports imported importing ship ships shipped shipping source sources sourced
sourcing order orders ordered ordering purchase purchases purchased purchasing procure procures procured
procuring
""".split())

# Words that lead to a date: after one, a weekday or month is a day ("on Monday Roe said", "in June Roe said"),
# never a given name.
DATE_LEADS = frozenset("""
on in by until till since last next this every each from to before after of late early through that or and
""".split())

# Last words of the names of towns and landmarks ("Alice Springs", "Victoria Falls", "Buckingham Palace", "Charles
# Town", "George Town"): a name
# ending in one is a place even when its first word is a given name, unless a title or an apposition makes its
# bearer a person. Words that end people's names as often ("Hill", "Wells", "Banks", "Brooks", "Bay", "Beach",
# "Creek") are left out: "Sarah Bay said" is a person.
PLACE_NAME_TAILS = frozenset("""
springs falls hills hole harbour harbor junction rapids lakes palace garden gardens town reservoir reservoirs
""".split())
# ... and the words of `PLACE_NAME_TAILS` families bear too ("Harriet Town", "Simon Town"): after a given name the
# run is a person's once anything marks one (a speech verb, a description, a title, the surname written alone
# elsewhere: "Town, 44, said", "praised Town's finishing"); "Charles Town" with none of these stays a place.
PLACE_NAME_TAILS_FAMILIES_BEAR_TOO = frozenset("""
town
""".split())
# A building's parts named after someone, words families bear too ("the new Grace Hollis Wing", "the Ana Roe
# Pavilion"): after "the" (and at most one lowercase word) the run is the building's; "Ana Wing said" stays a person.
BUILDING_TAILS_FAMILIES_BEAR = frozenset("""
wing pavilion annex annexe
""".split())
# Offices only a body has, one word right between a capitalised run and a person's name ("Kiri Ora co-leader Hemi
# Roe", "Te Roopu leader Ana Roe"): the run is the body (a party, a union) even where it opens on a given name; a
# person has aides, advisers and spokesmen ("Ana Roe spokesman Tom Hale"), no leader or chairman.
BODY_ONLY_OFFICES = frozenset("""
leader co-leader leaders co-leaders chairman chairwoman chairperson secretary-general
""".split())
# Plural or natural features' words that close a place's name ("the Tokara Islands", "the Ruahine Range"): the word
# before one names a place, and another run of the article opening on that word and on no given name is named after
# the place, not a person ("the ferry operator Tokara Kaiun", "a guesthouse on Tokara Oshima"), unless it speaks or
# is described as a person.
PLACE_LEAD_TAILS = frozenset("""
islands isles archipelago mountains range ranges peninsula strait straits
""".split())
# ... and the place words left out above because families bear them too: after a place-only preposition ("homes
# in Tolaga Bay and Te Karaka") a name ending in one is a place.
PLACE_TAILS_FAMILIES_BEAR = frozenset("""
hill wells banks brooks bay beach creek island river valley
""".split())

# Place nouns that open a place's name with "of" and a country's name ("Port of Spain", "Gulf of Mexico", "Bay of
# Bengal", "Isle of Man"): the country's word there names the place, not the country where a person is.
PLACE_OF_HEADS = frozenset("""
port gulf bay sea strait straits isle isles cape
""".split())

# Last words of the names of sea features ("Second Thomas Shoal", "Scarborough Reef", "Johnston Atoll"): such
# a name is a place, however person-like its first words; none ends a person's name.
SEA_FEATURE_TAILS = frozenset("""
shoal shoals reef reefs atoll atolls cay
""".split())

# Last words of sports clubs' names ("Bristol Rovers", "Leyton Orient", "Plymouth Argyle"): such a name is a
# club even when its first word is a given name ("Aston Villa"), unless it speaks or has a title ("Luis Villa
# said": see `people._is_org_or_place`).
CLUB_NAME_TAILS = frozenset("""
united rovers wanderers athletic albion hotspur rangers villa orient argyle
lions tigers eagles hawks falcons bears bulls wolves sharks panthers leopards jaguars titans pirates raiders owls
""".split())

# Last words of firms' and charities' names ("Lumen Bank", "Corrie Capital", "Hartwell Holdings", "Ellison
# Partners", "Princess Cruises", "Christian Aid", "Islamic Relief"): such a
# name is a firm even when it opens with a given name and "says" things; only a title before it makes a person.
FIRM_NAME_TAILS = frozenset("""
bank bancorp capital holdings partners group ventures securities investments associates airways airlines motors
industries enterprises
rail railway railways railroad air aviation water telecom telecoms composite composites apparels garments knitwear
textiles
cruises ferries aid relief
transport logistics foods
""".split())
# ... and a firm's plural tail a family bears too ("Homes": "Elton Homes, 52,"): a firm's only after a trade's word
# opening the sentence (`people._trade_firm_run`: "Builder Crest Homes said it would").
TRADE_FIRM_PLURAL_TAILS = frozenset("""
homes
""".split())
# ... and two-word trade tails closing a firm's name whose last word alone a family bears ("Ernst Chain"): "Kestrel
# Cold Chain", "Ana Roe Supply Chain" are firms.
FIRM_NAME_TAIL_PAIRS = frozenset(("cold chain", "supply chain"))

# ... and last words of firms' names that families bear too ("Kestel Power", but "Samantha Power"): such a name is
# a firm only when its first word is no given name.
FIRM_NAME_TAILS_FAMILIES_BEAR = frozenset("""
power
""".split())

# A firm's context around a name, in lowercase words no person's name stands in: the two words right before it
# ("shares of", "analysts at", "a stake in", "workers at"), and the words of its market after it ("X shares
# fell", "X's quarterly profit", "X's share price"): the name there is the firm's, however person-like its words
# ("analysts at Harlan Pierce", "shares of Marion Kemp rose"), here and wherever else the article writes it.
FIRM_CONTEXT_BEFORE = frozenset((
    "shares of", "shares in", "stake in", "stock of", "shareholders of", "shareholders in", "investors in",
    "analysts at", "economists at", "strategists at", "employees at", "workers at", "staff at", "shoppers at",
    "customers of", "subsidiary of", "takeover of",
    # the staff of a firm by their trade ("bankers at Morgan Kemp", "researchers at Grant Ellery"; the staff of a
    # person's firm are written with a possessive: "lawyers at Jo Roe's practice")
    "bankers at", "traders at", "executives at", "researchers at", "scientists at", "engineers at", "partners at",
    "lawyers at", "attorneys at", "managers at",
    # a shop's or a chain's trading ("Sales at Tim Hortons rose", "profits at Marion Kemp"; a person's shop is
    # written with a possessive: "sales at Jo Roe's bakery")
    "sales at", "profits at", "profit at", "revenue at", "revenues at", "earnings at",
    # a brand's maker or owner ("LVMH, owner of Louis Vuitton", "Diageo, the maker of Johnnie Walker"; a name
    # owning what follows is a person's: "the owner of Ana Roe's house"); not "producer of", which takes an artist
    # as often ("the producer of Taylor Swift")
    "owner of", "owners of", "maker of", "makers of", "manufacturer of", "brewer of", "distiller of",
))
# Verbs a store's name in the possessive is the subject of ("Trader Joe's said it would recall", "Sainsbury's
# announced"): past and present forms only ("Joe's been", "Joe's going" are contractions of "has" and "is").
STORE_SUBJECT_VERBS = frozenset("""
said says announced announces reported reports sells sold opened opens closed closes recalled recalls plans planned
confirmed confirms declined declines denied denies added adds apologised apologized
""".split())
# ... of which the past forms, a participle's too: after a name in the possessive, "'s" may be "has" or "is" ("Mira
# Tolan's said for years", "Ana Pell's said to be recovering"): read so before a word a participle takes
# (`PARTICIPLE_READING_AFTER`) or after a name a common given name opens ("Ada Fenn's announced her retirement")
STORE_VERBS_PARTICIPLES = frozenset("""
said announced reported sold opened closed recalled planned confirmed declined denied added apologised apologized
""".split())
PARTICIPLE_READING_AFTER = frozenset("to for since".split())
# Nouns of a person's name other than the one written ("Kira Voss, which is her stage name,", "which is the pen name
# of a teacher"): a "which" clause holding one is about a person's name, no firm's (a "brand name" is a thing's).
PERSON_NAME_NOUNS = frozenset((
    "stage name", "pen name", "nickname", "pseudonym", "alias", "real name", "birth name", "maiden name",
    "married name", "ring name", "nom de plume", "nom de guerre", "moniker",
))
# ... of which these take a person's name as well ("customers of Ana Berg, a dentist,", "workers at Jo Roe's farm"):
# after them, as after "X's earnings" ("Taylor Swift's earnings"), a known given name keeps a person; after the
# others only a firm's name stands ("shares of", "analysts at"), whatever its first word ("Morgan Stanley").
FIRM_CONTEXT_PERSON_TOO = frozenset((
    "customers of", "employees at", "workers at", "staff at", "shoppers at",
))
# ... verbs of a share price right after "X shares" ("X shares" alone may be a person sharing: "Jo Roe shares her
# story") and the nouns of a firm's accounts after "X's" ("X's quarterly profit", "X's market value").
SHARE_PRICE_VERBS = frozenset("""
rose fell jumped slid dropped climbed gained lost tumbled surged plunged sank soared slumped rallied closed opened
""".split())
FIRM_ACCOUNT_NOUNS = frozenset("""
profit profits revenue revenues turnover sales earnings
""".split())
# ... and a period's accounts reported after a name ("X reported a record quarterly profit", "X posted an annual
# loss"): only a firm keeps accounts by the quarter or the year, so the name is a firm's whatever its first word
# ("Jo Roe reported a profit from her stall" names no period, "posted a record time" no accounts).
ACCOUNT_REPORT_VERBS = frozenset("""
reported reports posted posts booked books recorded records announced announces swung swings
""".split())
ACCOUNT_PERIODS = frozenset("""
quarterly annual yearly half-year half-yearly full-year first-quarter second-quarter third-quarter fourth-quarter
first-half second-half interim
""".split())
ACCOUNT_LOSS_NOUNS = frozenset("loss losses".split())
# ... and the period a report's accounts cover, after "for the" ("X reported a loss for the half", "for the full
# year"): the name reporting them is a firm's, whatever its words (a person's accounts name no such period).
ACCOUNT_PERIOD_NOUNS = frozenset("""
half year quarter period half-year
""".split())
ACCOUNT_PERIOD_MODIFIERS = frozenset("""
first second third fourth full financial fiscal past latest
""".split())
# Plural nouns right after a name (no possessive) that only a firm's name modifies ("Harvey Norman stores", "Jo
# Roe outlets"): the name is a firm's there.
FIRM_OUTLET_NOUNS = frozenset("""
stores outlets showrooms branches franchisees franchises shareholders stockholders analysts underwriters
""".split())
# (a firm's staff by their trade: "Morgan Stanley analysts said"; a person's followers and a campaign's staff are
# other words: "Ana Roe supporters", "Ana Roe aides", "Roe strategists think", "Roe economists say")
# Nouns of a firm's accounts and holdings that "its" owns after a name opening its sentence and "said" ("Walt
# Disney said its quarterly profit rose", "X said its shares would list"), with the modifiers that may come
# between; and the kinds of premises a firm says "it" will close, open or sell ("X said it would close 40 stores").
SAID_ITS_FIRM_NOUNS = FIRM_ACCOUNT_NOUNS | frozenset("""
shares stock dividend dividends stores factories plants branches outlets
""".split())
SAID_ITS_FIRM_MODIFIERS = frozenset("""
first second third fourth quarterly annual yearly half-year full-year net pre-tax pretax operating core
""".split())
FIRM_PREMISES = frozenset("""
stores shops branches plants factories outlets restaurants mills mines showrooms
""".split())
# ... and a brand's goods right after the name ("Calvin Klein jeans", "a Jo Roe handbag"): a fashion house named
# after its founder, not the founder; words that are a person's verbs too ("dresses", "suits", "watches") are left out.
BRAND_PRODUCT_NOUNS = frozenset("""
jeans handbag handbags sneakers perfume perfumes fragrance fragrances cosmetics eyewear sunglasses lingerie
""".split())
# ... unless the word is the name's verb: an object or a particle right after it ("Jo Roe stores her medals",
# "Jo Roe branches out into catering") makes "stores"/"branches" a person's act
FIRM_OUTLET_VERB_FOLLOWERS = frozenset("""
his her their its my our your him them it me us out up away a an the some all
""".split())
# ... and a broker's or a rating agency's call on a stock after a name ("Morgan Stanley raised its price target",
# "Grant Samuel cut its rating"): "its" makes the name a firm's ("Morgan Reyes raised her price target" stays a
# person's, and so does a name with a title: "Chief executive Ana Roe cut its prices" names no call).
BROKER_CALL_VERBS = frozenset("""
raised raises lifted lifts cut cuts lowered lowers trimmed trims reiterated reiterates kept keeps maintained
maintains increased increases reduced reduces
""".split())
BROKER_CALL_NOUNS = ("price target", "target price", "price objective", "rating", "recommendation",
                     "earnings forecast", "earnings estimate", "earnings estimates")

# Last words of the names of places and institutions no family bears ("King Fahd Causeway", "Queen Elizabeth
# Hospital", "Sheikh Zayed Road", "Prince Sultan University"): a name ending in one is the place's or the
# institution's even after a title, which is part of the namesake's name there ("Hall", "Park", "Church", "Street"
# are surnames too, and left out).
INSTITUTION_TAILS = frozenset("""
university universities hospital hospitals airport airports causeway road avenue boulevard highway motorway expressway
stadium mosque cathedral basilica seminary polytechnic academy institute foundation centre center clinic museum library
drive dam wharf wharves terrace esplanade quay freeway tollway bypass oval reserve showground showgrounds racecourse
velodrome
circle roundabout interchange flyover faculty
st rd ave intermediate
bhavan bhawan bhaban sadan niwas nivas nilayam mandapam
""".split())
# (South Asia's words for a public building close its name: "Prithvi Bhavan", "Krishi Bhawan", "Banga Bhaban",
# "Yojana Sadan", "Raj Niwas", "Bharat Mandapam";
# the road's abbreviated words close a road's name: "King Albert St", "Queen Mary Rd", and "Intermediate" a school's,
# New Zealand's middle school: "Rata Intermediate"; no family is called "St";
# "St" opening a run is a saint's, `lexicon.PLACE_PREFIXES`; a junction's words, "Kwame Nkrumah Circle", "Jomo
# Kenyatta Roundabout", and a university's faculty, "the Li Ka Shing Faculty of Medicine")
# ... and the road words families bear too ("Annie Street", "George Lane"; "Paul Street", "Nathan Lane"): after a
# given name, the road's unless the run speaks, is titled or described, or its surname speaks alone.
ROAD_TAILS_FAMILIES_BEAR = frozenset("""
street lane
""".split())
# The road's and ground's words of `INSTITUTION_TAILS` ("Elizabeth Drive", "Somerset Dam", "Arthur Reserve"): after a
# given name, like `ROAD_TAILS_FAMILIES_BEAR`, the place unless something marks a person ("Emma Quay, 29,", "nurse
# Ana Oval said", "Linh Dam was sentenced"), where a hospital's or a university's word stays the institution.
ROAD_TAILS = frozenset("""
drive dam wharf wharves terrace esplanade quay freeway tollway bypass oval reserve showground showgrounds racecourse
velodrome
""".split())
# Place words families bear too ("George Park", "Ana Hill"): after a given name, the place where it is listed
# with a place closed by a word no family bears (`COORDINATED_PLACE_TAILS`: "Charlotte Square and George Park"),
# unless something marks a person there (beside `PLACE_TAILS_FAMILIES_BEAR`).
GROUND_TAILS_FAMILIES_BEAR = frozenset("""
park green hill field fields wood woods ford bridge gate hall
""".split())
# A venue's or a ground's last words, families bear many of them too ("Rod Laver Arena", "Melbourne Park"; "Jane
# Park", "Bruce Arena", "Tom Hill"): the run is the venue where a place's preposition leads it, a known place opens it
# or it is three words long (`FACILITY_PREPOSITIONS`), and nothing marks a person (`people._facility_run`).
FACILITY_TAILS = GROUND_TAILS_FAMILIES_BEAR | frozenset("""
arena lodge court courts
""".split())
# Capitalised ordinals that open a thing's name ("Sumas First Nation", "Second Avenue", "the Third Reich"): one word
# right after one, joined by a space, is the thing's last word, no person's name ("manager for Sumas First Nation"),
# whatever role goes before it.
NAME_OPENING_ORDINALS = frozenset("""
first second third fourth fifth sixth seventh eighth ninth tenth
""".split())
# Words that open a place's name before a word that may be a family's ("County Kerry", "Lake Jackson", "Fort Bragg",
# "Mount Hood"): a lone surname right after one, joined by a space, is inside the place's name, no mention of a person.
PLACE_NAME_HEADS = frozenset("""
county lake mount fort port cape isle glen
""".split())
# A venue's heads that come before its namesake's title, beside `INSTITUTION_TAILS` ("the Arena King Olaf III", "the
# Palace Sultan Abu Bakar", "Hall Queen Salote"): the titled name after one is the venue's.
VENUE_HEADS_BEFORE_TITLES = frozenset("""
arena palace pavilion theatre theater complex gardens square plaza hall dome auditorium gymnasium coliseum colosseum
""".split())
FACILITY_PREPOSITIONS = frozenset("""
at in near outside inside within
""".split())
COORDINATED_PLACE_TAILS = frozenset("""
square plaza parks gardens garden common avenue road drive terrace oval reserve beach bay station mall market quay
wharf esplanade boulevard highway
""".split())
# Words just before a road's name that mark the place ("on Annie Street", "off George Lane", "the corner of", "12
# Mary Street"): a road-named run there is the road, whatever it does next.
ROAD_PLACE_LEADS = frozenset("""
in on at along off down up near into onto via past outside opposite across corner
""".split())
# Verbs after a road-named run that only a person does ("Diane Lane stars", "Della Street and Perry Mason solved"),
# beside `PERSON_ONLY_ACTS`; and passives only a person takes, beside `PERSON_ONLY_PASSIVES` ("Emma Quay was fined").
ROAD_NAMESAKE_ACTS = frozenset("""
stars starred starring sings sang sung wins won solved directed painted composed scored apologised apologized
admitted pleaded testified
""".split())
ROAD_NAMESAKE_PASSIVES = frozenset("""
fined charged convicted awarded honoured honored elected appointed nominated
""".split())
# Nouns after a road-named run's possessive that only a person owns ("Kate Street's debut novel"), beside kin nouns.
ROAD_NAMESAKE_OWNED = frozenset("""
debut career novel novels memoir memoirs album albums book books film films biography lawyer lawyers solicitor
birthday funeral death lawsuit poetry poems paintings portrait campaign family
""".split())
# Nouns whose winner or maker follows "by", "to" or "went to" ("a painting by George Street", "the award went to
# Sophie Lane", "the prize was won by Emma Quay"): that run is a person.
ROAD_NAMESAKE_WORKS = frozenset("""
award awards prize prizes medal medals trophy honour honor title painting paintings portrait novel book poem poems
song songs film sculpture photograph album play essay
""".split())

# Capitalised words that open the name of a place, an institution or a storm and stand before the namesake's name
# in most of the world's languages ("Hospital Gregorio Marañón", "Aeropuerto Jorge Chávez", "Avenue Habib Bourguiba",
# "Jalan Tun Razak", "Typhoon Carina", "Metro Manila"): a name right after one, or opening with one, is the thing's,
# no mention of a person. Words that are given names or surnames as well ("Storm", "Plaza", "Rue", "Via", "Place")
# are left out; English heads that come after the name ("Airport", "University") are `INSTITUTION_TAILS`'s.
NAMESAKE_HEADS = frozenset("""
hospital hôpital hospitál ospedale aeropuerto aeroporto aéroport bandara estadio estádio stade stadio stadion
universidad universidade université università universitas colegio colégio collège lycée liceo escuela escola école
instituto institut istituto fundación fundação fondation fondazione museo musée museu teatro théâtre avenida avenue
calle rua jalan piazza praça parque masjid mezquita typhoon hurricane cyclone metro point pointe
""".split())
# ... and two-word heads of the same kind ("Tropical Storm Ana").
NAMESAKE_HEAD_PAIRS = frozenset(("tropical storm", "winter storm", "tropical depression", "super typhoon"))

# Last words of a public body's or a firm's English name after which some bodies write their other name, in the
# same capitalised run ("NZ Transport Agency Waka Kotahi says", "Health Ministry Te Whatu Ora"): a name right
# after one, with another capitalised word before it and no title between, is the body's, no person ("Transport
# Agency chief Ana Roe" and "Treasury Board President Ana Roe" have a role word between).
ORG_NAME_HEADS = frozenset("""
agency authority ministry commission department bureau corporation company limited ltd inc plc council board
""".split())

# Titles of royals and holy people, which places and buildings named after them keep ("King Salman Park", "Prince
# Alfred Hall", "Sheikh Khalifa Medical City"): after one, a name ending in an organisation's or a place's word is
# the namesake's place, not the person ("Senator Allen West", "Director Michael Bay" stay people).
NAMESAKE_TITLES = frozenset("""
king queen prince princess sheikh sheikha sultan emir amir shah maharaja maharani saint st pope imam guru mahatma
""".split())
# Institutions' words after a namesake's name in the possessive ("Queen Ingrid's Hospital", "King Edward's School",
# "Jo Roe's College"): capitalised after one, the name is the institution's, its namesake no person of the article
# unless the article writes the name elsewhere.
EPONYM_INSTITUTION_TAILS = frozenset("""
hospital infirmary hospice school college academy university seminary polytechnic cathedral basilica church chapel
abbey priory mosque
""".split())
# ... of them, a monarch's titles, before the name a monarch reigns by ("Sultan Idris", "Pope Leo"): that name is
# no family name, so a lone word after one is never the surname of another person of the article ("Prime Minister
# Anwar Idris ... Sultan Idris consented": two people), only the given name of a titled one.
REGNAL_TITLES = frozenset("""
king queen prince princess sultan sultana emir amir shah maharaja maharani pope tsar czar tsarina emperor empress
""".split())

# Last words of feasts and anniversaries named after a person ("Guru Nanak Jayanti", "Buddha Purnima", "Ambedkar
# Diwas"): the name is the day's, no mention of the person.
OCCASION_TAILS = frozenset("""
jayanti purnima diwas divas utsav
""".split())

# Last words of broadcast shows named after their host ("Jimmy Kimmel Live", "Ana Roe Tonight" is trimmed as a
# time word): the name is the show's, no mention of the host. No family bears them.
SHOW_TAILS = frozenset("""
live
""".split())

# Last words of administrative areas' names ("Mie Prefecture", "Kherson Oblast", "Lira District", "Giza
# Governorate"): a name ending in one is the area, whatever person-like word opens it; no family bears them.
ADMINISTRATIVE_TAILS = frozenset("""
prefecture county province district region oblast governorate
""".split())

# The last words of names that are places, clubs, firms or feasts, not people (the lists above).
NON_PERSON_NAME_TAILS = (PLACE_NAME_TAILS | SEA_FEATURE_TAILS | CLUB_NAME_TAILS | FIRM_NAME_TAILS | OCCASION_TAILS
                         | ADMINISTRATIVE_TAILS | SHOW_TAILS)

# Lowercase nouns that make the capitalised word before them an organisation's name ("Forbes magazine", "Hurun
# report", "Wealth-X data"): a word the article writes so is no person known by surname, even when it "says".
# Nouns that follow people's surnames as often ("the Trump campaign", "the Bush family", "Clinton group") are left out.
ORGANISATION_NOUNS = frozenset("""
magazine magazines newspaper newspapers paper daily weekly website site blog network channel broadcaster agency
store stores chain bank fund report reports index survey poll pollster data database institute think-tank airline
app platform
""".split())

# Things named after a person, written with their lowercase noun right after the name ("NASA's Nancy Grace Roman
# telescope", "the Nelson Mandela bridge", "the Jo Roe prize"): the name there is the thing's, no person's mention.
NAMESAKE_NOUNS = frozenset("""
telescope satellite probe spacecraft rover mission bridge airport stadium arena hospital library museum station
highway expressway motorway tunnel dam boulevard avenue street road square building tower prize award medal
trophy lecture scholarship fellowship doctrine syndrome disease effect theorem vaccine ship vessel yacht
""".split())

# Passives only people take, right after a name ("X was sentenced", "X was born in", "X has been jailed"): a
# person's evidence for a name of two words or more. Ships and firms are "detained", "seized", "fined", "charged"
# and "convicted" too, parties are "elected" and "sworn in" and movements "born", and those are left out.
PERSON_ONLY_PASSIVES = frozenset("""
sentenced jailed imprisoned arrested injured wounded killed kidnapped abducted
executed hanged buried acquitted pardoned extradited deported hospitalised hospitalized assassinated
""".split())

# Verbs only people do, right after a name ("Des Hanlon coached the side"): a person's evidence for a name a place
# opens too (`lexicon.GIVEN_PLACE_PREFIXES`: "Des Moines").
PERSON_ONLY_ACTS = frozenset("""
coached captained married divorced wed retired resigned died smiled laughed shrugged wrote
""".split())

# ... and the verbs of `PERSON_ONLY_ACTS` that vouch for a name of two words or more whatever its first word ("Kofibu
# Asaro retired on Monday", a given name no list holds): no body, team or paper does them ("wrote", "coached"
# "resigned" and "apologised" are left out: a paper writes, a club's staff coaches, auditors resign, firms
# apologise; "retired" a shirt needs its object: see
# `people._PERSON_EVIDENCE_ACT_AFTER`).
PERSON_EVIDENCE_ACTS = frozenset("""
died retired married divorced smiled laughed shrugged wept
""".split())

# What a ship, a club or a machine retires from as often as a person ("The Morning Star retired from service", "Red
# Star retired from the league"): "retired from" one of these is no person's evidence; "retired from politics" is.
NON_PERSON_RETIREMENTS = (
    "service", "active service", "the fleet", "the league", "competition", "racing", "the race", "the championship",
)

# Nouns of a public figure's affairs that follow a full name used as a modifier after "a"/"the" ("the Mara Quist
# email scandal", "the Jo Roe campaign", "a Tom Hale presidency"): the name there is a person's when it opens with a
# known given name (a firm's "the Wells Fargo scandal" does not) and the article writes its surname alone elsewhere
# too (a firm named like a person, "the Morgan Stanley email scandal", is written whole); people.py's
# `_AFFAIR_AFTER` reads them.
PERSON_AFFAIR_NOUNS = frozenset("""
scandal scandals email emails campaign campaigns presidency administration candidacy nomination era years camp
doctrine memoir memoirs impeachment tenure premiership governorship mayoralty delegates delegate supporters aides
""".split())

# Nouns of a person's own deed that follow a name used as a modifier after "a"/"the" ("a Niall Fordyce penalty", "a
# Jo Roe header", "the Ana Kell speech"): the name there is a person's, though a determiner precedes it (which
# otherwise makes a run no name: "the Lone Soldier"). Only deeds no club, firm, product or place does (no "goal",
# "win", "strike" (a labour strike), "chip", "cross", "post").
PERSON_DEED_NOUNS = frozenset("""
penalty penalties header headers volley volleys free-kick free-kicks freekick spot-kick brace hat-trick hattrick
equaliser equalizer own-goal tackle lob speech speeches tweet tweets monologue
""".split())

# ... and the nouns that, right before a name, make it a thing's or an animal's ("the cruise ship Queen Mary 2",
# "the tanker Grace Darling", "the racehorse Frankel").
THING_HEADS = frozenset("""
ship vessel ferry tanker freighter yacht liner cruiser warship frigate destroyer submarine telescope probe rover
spacecraft satellite racehorse horse mare stallion colt filly gelding dog cat hurricane typhoon cyclone storm
trawler tug tugboat barge dredger icebreaker schooner sailboat catamaran lifeboat steamer steamship corvette gunboat
dhow houseboat hovercraft
""".split())
# (Words a boat shares with a trade are left out: "the cutter Harriet Lane" but "diamond cutter Ana Roe"; they
# name the boat after the word of its service, below.)
THING_HEAD_PAIRS = frozenset((
    "guard cutter", "coastguard cutter", "patrol cutter", "revenue cutter", "aircraft carrier", "helicopter carrier",
    "bulk carrier",
))

# Where a photo shows a person, written after the name in commas or brackets ("Mayor Ingrid Falk, centre, cut the
# ribbon", "Jo Roe (left) and Ana Lind"): the line is a photo's caption, and a person named only on such lines is
# the picture's, no person the article tells of.
CAPTION_POSITIONS = (
    "left", "right", "centre", "center", "far left", "far right", "second left", "second right",
    "second from left", "second from right", "third from left", "third from right", "front", "back",
    "foreground", "background", "top", "bottom", "top left", "top right", "bottom left", "bottom right",
    "in the foreground", "in the background", "front row", "back row",
)
# A line is such a caption only when it reads like one: at most `CAPTION_MAX_WORDS` words, no quotation, the
# sentence with the position the line's last (a photo credit after it aside: "(Photo: Kestrel News)", "Photo:
# Kestrel News"), and no past-tense verb in "-ed" ("Cole Palmer, right, scored twice" is a report; "Mayor Ingrid
# Falk, centre, cuts the ribbon" a caption). The words that open a credit, and the participles in "-ed" a caption
# writes without telling an event ("Jo Roe, left, pictured with Ana Lind").
CAPTION_MAX_WORDS = 30
# The pronouns that take a caption's people up on the next line ("Ana Lind, left, speaks at the launch. / She said
# ...", "'It will work,' she said."): then the line was the body's, not a photo's.
CAPTION_TAKE_UP_PRONOUNS = ("he", "she", "they")

# The nouns a parliament's style of address puts after "Honourable" for the one addressed ("the Honourable Member
# for Kessel", "the Right Honourable Gentleman", "my Honourable Friend"): with the styles (`lexicon.
# HONORIFIC_STYLES`, their owners) and titles they make a form of address, no name.
STYLE_ADDRESSEES = frozenset("""
member members gentleman gentlemen friend friends lady ladies
""".split())
CAPTION_CREDIT_LABELS = ("photo", "photos", "photograph", "picture", "pictures", "image", "images", "credit",
                         "pic", "pictured")
CAPTION_PARTICIPLES = frozenset("""
pictured photographed seated dressed masked aged named shown flanked surrounded joined accompanied
""".split())

# Prefixes of ships' names, written in capitals before the name ("HMS Queen Elizabeth", "USS Ronald Reagan", "MV
# Anna Maria"): the name after one is the ship's, titles and given names included ("MS", "SS" are left out:
# people's initials too, "MS Dhoni").
SHIP_PREFIXES = frozenset("""
hms hmas hmcs hmnzs uss usns rms mv ins hnlms
""".split())
# ... and the slashed ones ("the F/B Santo Niño", a fishing boat; "the M/V Ana Kell", a motor vessel).
SLASHED_SHIP_PREFIXES = frozenset("""
m/v f/v f/b m/b m/t m/y m/s s/v s/y r/v
""".split())

# A name after such a noun and before a verb that itself comes before the sentence's main verb is the subject of a
# relative clause without "that": a person's ("The probe Ann Roe ordered last year found nothing", "The
# satellite Jo Lund designed was launched"), unlike "The ferry Grace Darling sank off the coast". The main verb is
# one of these auxiliaries or common irregular past forms, or a past form in "-ed"; the clause's own verb is a past
# form too (no auxiliary: "The ferry Grace Darling was launched" is the ship's), or a present form in "-s", and no
# participle before "by" ("The horse Frankel, trained by ..."); the relative clause ends at a comma or one of
# `CLAUSE_OPENERS`.
AUXILIARIES = frozenset("""
is are was were has have had will would can could may might must should shall did does do
""".split())
MAIN_CLAUSE_VERBS = AUXILIARIES | frozenset("""
found made took gave showed led left became saw won lost went came ran kept held put set began brought built
bought sent wrote chose drew sold paid told thought sought taught
sank fell broke struck rose flew drove grew stood
""".split())
# ... and the words a relative clause puts between its verb and a main verb in "-ed" ("The probe Ann Roe ordered
# last year concluded"): times and adverbs in "-ly". Any other word there is the clause verb's object, and an
# "-ed" after it a participle ("The tanker Grace Darling carried oil destined for Spain" is the ship's).
RELATIVE_CLAUSE_FILLERS = frozenset("""
last this next year years week weeks month months day days ago earlier yesterday once recently before
""".split())
# A past form of these verbs needs an object: right after a name that follows a thing's or a firm's word, and
# itself followed by a preposition or a time word, its object is missing, and the noun before the name is that
# object ("worked on a trawler John Pascoe bought in 2019", "the fashion house Gabrielle Chanel founded in
# 1910", "the publishing house Maria Lopez runs in Madrid"): the name is the relative clause's subject, a person.
OBJECT_GAP_VERBS = frozenset("""
bought sold built restored founded owned owns ran runs hired inherited skippered designed ordered bequeathed
renamed rebuilt refitted chartered leased rented launched started created set managed manages leads led
""".split())
OBJECT_GAP_FOLLOWERS = frozenset("""
in over from for at on during with after before since until last this ago decades years
""".split())
# ... and these pasts take no object: after a name they are its own verb, never a relative clause's ("The ferry
# Grace Darling sank in waters she had crossed": the sentence's "had" is no main verb of hers).
PASTS_WITHOUT_OBJECT = frozenset("""
sank fell rose went came
""".split())
CLAUSE_OPENERS = frozenset("""
and but or nor after when while because as since until unless who whom whose which that where if though
although than so
""".split())

# Endings of English adverbs ("Frequently asked questions", "Apparently Gemini never saw it"): a capitalised word
# this long with one of them opens a sentence or a headline and is no name's word (see `people._adverb`), so
# "Frequently" that "asked" twice is no surname speaking. Surnames such as "Kelly" or "Connolly" are shorter or
# end otherwise.
ADVERB_ENDINGS = tuple("""
ently antly ously ively ately fully lessly ingly edly ably ibly ically ionally ually ially arly
""".split())
ADVERB_MIN_LENGTH = 8

# Endings of English abstract and collective nouns ("Raleigh Disability Attorney", "Sunrise Foundation",
# "Asset Management"): a name holding such a word names a thing or a body, not a person. Only words this long
# count, so surnames such as "Clement" keep their ending.
NOUN_ENDINGS = tuple("tion sion ity ment ness ship ism ology".split())
NOUN_MIN_LENGTH = 8

# Verbs in the plural right after a name ("Copper Jackson have not toured", "The Velvet Owls were formed"): a
# band's, a team's or a firm's name (a regular expression's alternatives, apostrophes either way).
PLURAL_VERBS = (
    "are", "were", "have", "aren['’]t", "weren['’]t", "haven['’]t", "do not", "don['’]t",
)

# Prepositions that open the noun phrase a comma-set role is part of ("signed by the fisheries minister, X,"): the
# role is then that phrase's, not the name's own description.
ROLE_PHRASE_PREPOSITIONS = frozenset("""
by with from between for to among against
""".split())

# Prepositions that set a workplace after a role ("a tailor at Lumen Apparels", "head of research at Al Dafna
# Securities"): a capitalised run after them, opened by a word that is also a given name, is the body's name, not
# another titled person (people_roles._body_after_link); "of" does so only right after the title itself ("Chairman
# of Al Mansoori Cold Chain") and before three capitalised words at least.
WORKPLACE_LINKS = frozenset({"at"})
TITLE_BODY_LINKS = frozenset({"of"})

# Words of a posting abroad ("ambassador in Bamako", "correspondent in Lima"): a town in such a role names the
# host country, not the holder's.
POSTING_WORDS = frozenset("""
ambassador envoy consul correspondent attaché attache delegation embassy mission representative visiting
""".split())


# English plural nouns that are nobody's surname or given name ("cowboys", "chiefs", "controls", "islets"), built
# by scripts/build_common_plurals.py: a name ending in one is a team, a firm or a place ("Kaizer Chiefs",
# "Johnson Controls", "Dokdo Islets"); "Tyra Banks" and "Bill Gates" end in surnames and stay people.
# Endings of nouns for a person by what they do or are ("driver", "agronomist", "technician", "resident",
# "fisherman"): after "a"/"an" in commas behind a name ("X, a driver, said") they describe a person.
AGENT_NOUN_ENDINGS = tuple("er or ist ian ant ent eur man woman wife".split())
AGENT_NOUN_MIN_LENGTH = 5
# ... and the everyday nouns with those endings that are things, places or events ("a river", "a tanker").
THING_AGENT_NOUNS = frozenset("""
river tower center water paper order number letter matter quarter cluster container computer trailer tanker
freighter cruiser bomber fighter helicopter thriller blockbuster shelter chapter corner border winter summer
power flower silver copper timber barrier filter charter register theater meter liter litre cancer tumor
tumour motor sector reactor factor tractor vector elevator generator detector indicator monitor corridor
event element statement settlement agreement document instrument movement moment segment apartment
amendment tournament parliament government department continent incident accident current talent percent
plant giant restaurant ocean region pension union liner carrier airliner steamer rover ferry warrant
weather leather ladder finger whisper printer scanner router server
dinner monster
""".split()) | frozenset(
    # ... and the adjectives, adverbs and pronouns with those endings ("Jo Roe, the former, said")
    "former latter together never ever other another either neither rather further whether however".split())

PLURALS_FILE = "common_plurals.txt"


@lru_cache(maxsize=1)
def common_plurals() -> frozenset[str]:
    resource = files(__package__) / PLURALS_FILE
    if not resource.is_file():
        return frozenset()
    return frozenset(line for line in resource.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


# Verbs of a predicate that give a person's office as a role ("X heads the union", "X, who runs a cooperative,"):
# holding a post, not doing a deed ("leads" and "runs" are left out: "leads the race", "runs the marathon").
OFFICE_VERBS = ("heads", "chairs", "directs", "manages", "presides over")
# ... and what such a verb must hold to be an office: a body (`lexicon.ORG_WORDS`, a capitalised name, or one of
# these heads that name a part of a body or a workplace but no organisation of their own): "heads the harbour
# board", "manages the research unit"; not a deed's object ("heads the ball", "chairs the meeting", "heads the
# list of candidates", "directs the traffic").
OFFICE_BODY_WORDS = frozenset("""
board boards panel division unit branch wing arm section desk department subcommittee taskforce firm business
practice agency bureau secretariat staff crew orchestra choir ensemble troupe shop store restaurant plant
factory mill mine depot cooperative co-operative co-op coop collective syndicate consortium
""".split())

# Words right before a name that leave it the subject of a new clause, so a predicate after it is about the name
# ("police said Roe heads the union", "... and Roe is president of Y"); after any other word the name sits inside
# another noun phrase ("The son of Roe chairs the union", "The man who killed Roe is a former soldier") and the
# predicate is someone else's. (A sentence's start or punctuation before the name opens a clause too; speech
# verbs that report a clause without "that" are `speech_verbs.ZERO_THAT`.)
PREDICATE_SUBJECT_OPENERS = frozenset("""
and but or nor yet so that while whereas although though because since as when where meanwhile now today
currently
""".split())

# The nouns of a description in commas right after a name that makes it a firm's ("Conservas Varela, a family
# firm founded in Vigo", "Roe & Lund, the family business"): "a"/"the", maybe "family", then one of these.
FIRM_DESCRIPTION_NOUNS = frozenset({"firm", "business", "company", "enterprise", "concern", "winery", "bakery",
                                    "brewery", "distillery", "cannery"})

# Words a headline puts right after a person's name to say what kind of piece it is ("Priya Roe Interview: why I
# left", "Tom Roe Exclusive: ...", "Kenji Roe Profile"): the label of the piece, never a second surname of the name
# before it (`people._headline_second_surname`).
HEADLINE_LABELS = frozenset("""
interview interviews exclusive profile obituary obit tribute podcast video videos photos gallery q&a qa analysis
opinion op-ed column diary letter review explainer timeline live update latest factbox speech transcript
unplugged uncut unfiltered special feature
""".split())

# Words of a document, a class or an account that follow the abbreviations "Lic." (licence), "Adv." (advertising)
# and "Ing." (a firm's "Ingenieur") where they open no person's name ("Drivers Lic. Renewal Form", "Lic. Class B
# permits", "Lic. Plate Number", "Adv. Sales"): after such an abbreviation, a name-shaped pair holding one of these
# is no name (`people.GUARDED_HONORIFICS`' guard).
DOCUMENT_WORDS = frozenset("""
form forms class classes category permit permits licence licences license licenses card cards certificate
certificates renewal renewals application applications plate plates number numbers fee fees test tests exam
registration holder holders type types code codes rate rates department dept office section unit division
""".split())
