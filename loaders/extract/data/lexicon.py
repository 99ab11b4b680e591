"""Hand-written word lists that tell a person's name from the words around it.

Each list is a whitespace- or line-separated string turned into a frozenset (or dict) once at import, so
the extractor only does set look-ups. Entries are lowercase unless noted. The lists are general English news
vocabulary (titles, nationalities, places, organisation words); nothing here is specific to any article.
"""
from __future__ import annotations

from functools import lru_cache

from loaders.extract.data.speech_verbs import inflections


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in text.strip().splitlines() if line.strip())


# Nouns that head a role written before or beside a name ("Foreign Minister", "opposition leader"). With them the
# short forms written before a name only: "Cr" is the Australian and New Zealand councillor's ("Cr Jo Roe ... Cr
# Roe" joins the councillor named in full), undotted there. "Democrat" heads a party member's role ("Nevada Democrat
# Jo Roe", as "Nevada Republican Jo Roe" is cut at the organisation's word `ORG_WORDS` holds).
TITLE_HEADS = _words("""
president vice-president president-elect premier chancellor minister ministers prime-minister
king queen prince princess emir amir sheikh sheik sheikha sultan shah ayatollah pope cardinal archbishop
bishop rabbi imam mufti cleric elder patriarch reverend rev pastor priest father fr monsignor msgr mgr mullah canon
laureate seaman democrat
senator sen congressman congresswoman congressmember representative rep lawmaker legislator mp mk mep pm
governor gov mayor ambassador amb envoy emissary consul diplomat attache attaché delegate
secretary secretary-general undersecretary spokesman spokeswoman spokesperson chairman chairwoman
chairperson chair chief head leader director director-general commander commander-in-chief commandant general gen
colonel col lieutenant lt major maj captain capt sergeant sgt admiral adm marshal brigadier
brig corporal cpl commodore cmdr cdr commissioner superintendent supt inspector insp detective det sheriff officer
constable
coun ald cllr const cst
cr
pres
judge justice magistrate attorney prosecutor lawyer professor prof doctor physician surgeon
sir dame lord lady baron baroness speaker ceo cfo coo founder co-founder owner president
editor editor-in-chief correspondent reporter journalist columnist analyst expert researcher scientist
economist historian author writer novelist poet activist negotiator adviser advisor aide counsel counterpart
coach manager candidate nominee pollster strategist official chancellor treasurer comptroller
coordinator ombudsman dean provost rector principal spokesmen militant commentator supervisor
businessman businesswoman tycoon billionaire banker investor entrepreneur mogul magnate
actor actress singer artist director filmmaker producer musician rapper composer
executive worker teacher farmer student nurse engineer shopkeeper trader vendor retiree pensioner volunteer
campaigner organiser organizer unionist midwife paramedic firefighter advocate solicitor barrister
councillor councilor councilman councilwoman councilmember alderman meteorologist grower administrator
cs mca mla aig igp asp dsp csp acp dcp ssp sp aip
batter batsman bowler spinner leg-spinner off-spinner pacer all-rounder wicketkeeper opener striker midfielder
goalkeeper winger quarterback pitcher referee umpire linesman lineswoman
flyhalf fly-half scrumhalf scrum-half fullback full-back halfback shortstop linebacker
""")

# Title heads that are clock words too ("PM Jo Roe", but "at 5 pm Jo Roe arrived", "3 PM Monday"): a title only
# written in capitals and not right after a number (`people_roles._role_before`, `people_names._trim_name`).
CLOCK_TITLES = _words("pm")

# Professions only a person holds, read as titles before a name (`people_names._title_word`) so that they vouch
# for a person as "Minister" does ("Physicist Wang Xiaoyun has won", "Architect Oyelaran Dapo designed"): no firm,
# tool, body or thing is called by them (unlike "contractor", "developer", "carmaker" or "chemist's" shop sense
# aside, a noun before a name of its own). Kept apart from `TITLE_HEADS`, which other steps read as office titles.
# Left out: professions that are software's names too ("Illustrator", "Painter", "Designer": "Photoshop, Sketch,
# Illustrator" would read as a name and its title). "Chef" opening a sentence ("Chef Chan Hon Yin won") is the
# press's title for a cook; "Cook", a surname as often, is left out.
PERSON_PROFESSIONS = _words("""
physicist astrophysicist chemist biochemist mathematician statistician astronomer botanist geneticist pharmacist
dentist architect sculptor photographer photojournalist cartoonist playwright screenwriter
choreographer pianist violinist cellist guitarist drummer conductor soprano tenor baritone ballerina dancer
bassist bass-player vocalist saxophonist keyboardist trumpeter trombonist frontman frontwoman songwriter
singer-songwriter
philosopher theologian linguist astronaut cosmonaut mountaineer prophet prophetess apostle
psychiatrist psychotherapist physiotherapist veterinarian optometrist chef pastry-chef sous-chef
""")

# Nouns for a person by their daily life or trade that no firm, club, team or sponsor is called by: one word set
# off in commas after a short description with one of them for its noun ("Another farmer, Sutrisno, said", "The
# local fisherman, Kofi,") is that person (`people_roles.lone_person_noun_before`). Nouns firms, clubs or teams take
# as often are left out, whatever their ending ("buyer", "client", "sponsor", "owner", "contractor", "custodian",
# "lobbyist", "specialist", "strategist", "middleman", "chemist", "player", "defender"), and trades a shop or firm
# is called by ("trader", "vendor", "miner", "baker", "tailor", "plumber").
LONE_NAME_PERSON_NOUNS = _words("""
farmer fisherman fisherwoman fisher herder herdsman shepherd villager resident neighbour neighbor
housewife widow widower pensioner retiree mother father grandmother grandfather teenager schoolgirl schoolboy
student pupil teacher nurse midwife hawker shopkeeper stallholder labourer laborer porter taxi-driver driver
passenger commuter pilgrim protester demonstrator refugee migrant tourist volunteer spokesman
spokeswoman politician historian librarian woman man boy girl official economist activist witness eyewitness
patient doctor lawyer journalist priest pastor imam soldier officer policeman policewoman scientist worker
victim survivor guide
""")
# Irregular past forms with no "-ed" that may stand between a determiner and a noun for a person as a clause's
# verb ("The storm hit local farmer, X,", "The mob beat young driver, X,", "A man hit cyclist, X,"): never a
# lowercase modifier of that noun (`people_roles._noun_modifier`). Not "paid" ("a paid consultant").
UNMARKED_PAST_FORMS = _words("""
hit beat cost cut put set hurt shot struck shut quit let spread sent sold told left lost met took gave made held
led caught fought found threw drew drove ran saw bit hid stole broke chose wrote rode knew grew blew flew swore
tore dug fed kept kicked
""")

# ... of which these are said of a firm or a book as often ("One victim, Maersk, lost $300 million", "One
# survivor, Nokia,", "The guide, Michelin,"): the word after one is a person's only when a person's pronoun
# takes it up first ("The local guide, Kofi, led the way. He knew ...").
LONE_NAME_PRONOUN_NOUNS = _words("victim survivor guide")

# A passive only a place or a building takes, right after a name set off after such a noun ("The resident,
# Kestrel Ridge, was flooded", "The owner, X Y, was demolished"): the name is the thing's, not the person's
# (`people._lone_word_taken_up_as`); not before "with"/"out" ("was flooded with calls", "was flooded out").
THING_ONLY_PASSIVES = _words("flooded submerged inundated demolished razed paved resurfaced rezoned renovated refurbished")

# ... of which a band's players, known by one stage name as often as by a full one ("bassist Flea", "drummer
# Questlove"): after these one word is a person's though no list holds it as a given name; no firm is called so.
# A concert hall's players go by their full names: "pianist Yuja" alone stays unvouched.
STAGE_NAME_PROFESSIONS = _words("""
guitarist drummer bassist bass-player vocalist keyboardist frontman frontwoman
""")
# ... whose one word after them is a band, the subject of a reduced relative, when one of these follows it ("a
# session drummer Coldplay hired", "the bassist Metallica signed"): the word is no stage name then. No auxiliary
# ("had", "have") and no "use": a player's own verb as often ("Drummer Questlove had chosen the setlist",
# "Guitarist Slash used a borrowed amplifier"); "were" and "are" stay, no one word named as a single player
# takes them.
STAGE_NAME_EMPLOYER_VERBS = _words("""
hired hires hire signed signs sign recruited recruits recruit fired fires fire dropped drops drop employed employs
employ chose chooses choose picked picks pick brought brings bring were are
""")

# Title abbreviations that are titles only when written with a full stop ("Gen." but not "Gen Xers"). Their stop
# ends no sentence before the name they belong to ("said Coun. Maria Roe", `text.sentences`). With the military,
# police and church ranks stand the short forms of local councillors' titles, which Canadian, American and British
# papers write before a name: "Coun." (councillor, Canadian press style), "Ald." (alderman, Chicago and
# Milwaukee), "Cllr." (councillor, Britain and Ireland), and of Canadian police constables ("Const.", and "Cst."
# of the RCMP), written in the same papers the same way. "Fr." is a Catholic priest's (Father), after "Rev." too
# ("Rev. Fr. Jo Roe"); undotted it is a language code or a franc. "Msgr." and "Mgr." are a monsignor's ("Rev. Msgr.
# Jo Roe"), as undotted "Msgr" in TITLE_HEADS; "Cdr." a commander's, "Amb." an ambassador's ("Pte." and "Pvt." left
# out: "Acme Pte. Ltd.", "Acme Pvt. Ltd." are firms).
DOTTED_TITLES = _words("""
gen col sen rep gov lt maj capt sgt adm brig cpl supt prof rev fr msgr mgr pres insp det cmdr cdr amb
coun ald cllr const cst
""")
# Of those, the ones that are no other word, so a title undotted too: British papers write "Cllr Jo Roe" as often
# as "Cllr. Jo Roe" ("Gen", "Rep", "Const" undotted are words or names: "Gen Xers", "sales Rep", "Const Street").
UNDOTTED_TITLES = _words("cllr coun ald")
DOTTED_ONLY_TITLES = DOTTED_TITLES - UNDOTTED_TITLES

# Titles used to address someone ("Mr. President", "Madam Speaker"): after an honorific they are no name.
ADDRESS_TITLES = _words("""
president speaker chairman chairwoman chair secretary ambassador minister senator governor mayor justice judge
commissioner director executive vice prime leader deputy chief premier chancellor
""")

# Plural titles: "Senators X and Y" names people, but the plural is no single person's role.
TITLE_PLURALS = _words("senators representatives reps. sens. presidents ministers governors generals judges justices")

# Verbs that run on from a name in a title-case headline ("X Slams Y", "X Joins Growing List").
HEADLINE_VERBS = _words("""
says said calls called slams slammed blasts blasted wins won joins joined denies denied picks picked invokes
invoked receives received commits committed promises promised scores scored responds responded explains
explained tells told hammers hammered skips skipped presses pressed praises praised unveils unveiled warns
warned urges urged vows vowed backs backed rips ripped mocks mocked attacks attacked defends defended
launches launched announces announced endorses endorsed rejects rejected signs signed meets met visits
visited leads led trails trailed drops dropped quits hits knocks claims claimed admits admitted reveals
revealed hears heard faces faced gets got makes made takes took gives gave wants plans seeks eyes sets
talks touts uses fires fired hires hired sues sued stuns stunned rampages featured joked unleashed caught
reportedly documentary speech remarks visit acceptance offers needs proposes proposed predicts predicted
super criticizes criticized condemns condemned accuses accused apologizes apologized returns returned
""")

# Honorifics that show a person follows but are not worth storing as a role.
# "Dr" is a form of address like "Ms", not a role: "Dr Jane Roe, an economist" has the role "economist".
HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. mme m. dr dr.") | _words(
    # Forms of address of other countries' press: Nigeria and the Muslim world ("Alhaji Musa Bello", "Engr. Obi",
    # "Barr. Nwosu", "Comrade Ogunde"), India ("Shri", "Smt"), Malaysia ("Datuk", "Datin"), Brunei ("Dayang", for
    # a woman), Cambodia ("Oknha", a title the king grants tycoons, "Samdech"), German and French ("Herr",
    # "Mlle"), Spanish ("Señora"), parliaments ("Hon."), diplomats ("H.E.", His or Her Excellency, before an
    # ambassador's name), Singapore and Malaysia's press for a woman before a family-first name ("Madam Tan Wei
    # Ling", "Mdm Lim"; "Madam Speaker" is an address to the chair, a title after it).
    "alhaji alhaja hajia haji mallam comrade engr engr. barr barr. shri smt smt. datuk datin dato oknha samdech "
    "herr frau mlle mlle. señor señora hon hon. h.e h.e. dayang madam mdm mdm.") | _words(
    # ... the Arab world's and Sudan's teacher or scholar ("Ustaz Ali Roe", "Ustadh", "Ustaza" for a woman; "Ustad"
    # before a South Asian master musician), pilgrims' ("Hajja", "Hajji"); Pakistan's and India's Urdu and Tamil
    # forms for a man or a woman ("Janab", "Mohtarma", "Thiru", "Tmt."), their advocate ("Adv. Ana Roe"), a Hindi
    # form for a woman ("Sushri", "Shrimati"); and Latin America's degree and courtesy forms ("Lic." a graduate,
    # "Licda." a woman graduate, "Ing." an engineer, "Arq." an architect, "Dra." a woman doctor, "Sra.", "Srta.",
    # "Doña"); Lesotho's and Botswana's Sesotho and Setswana forms for a man ("Ntate Ana Roe", "Rra Roe"; a woman's
    # "Mme" is listed above); Ethiopia's Amharic forms for a man and a woman ("Ato Dawit Roe", "Woizero Aster Roe";
    # "Ato", a given name too, is no entry here: `GIVEN_NAME_ADDRESS_FORMS` says where it is one).
    "ustaz ustaza ustazah ustadh ustadha ustad hajja hajjah hajji janab mohtarma thiru tmt tmt. adv adv. sushri "
    "shrimati lic lic. licda licda. ing ing. arq arq. dra dra. sra sra. srta srta. doña ntate rra woizero weizero") | _words(
    # ... and Fiji's chiefly style for a man ("Ratu Joeli Roe", "Commissioner Ratu Ana Roe"): a chief's rank, not
    # a name part ("Adi", a woman's, is a given name too across Indonesia and India, and is no entry here).
    "ratu")

# Forms of address written after a given name, Turkish ("Hatice Hanım", "Kemal Bey", "Murat Ağa", "Ayten Abla"):
# the given name is the person's, the word after it no surname (folded forms too). Each says a man or a woman: a
# form that disagrees with the given name's gender or the pronoun after it ("Leyla Bey, as they call him") is no
# form of address of a Leyla named in full (`people._address_owner`).
POST_NAME_HONORIFIC_GENDERS = {**dict.fromkeys(("hanım", "hanim", "abla"), "female"),
                               **dict.fromkeys(("bey", "ağa", "aga"), "male")}
POST_NAME_HONORIFICS = frozenset(POST_NAME_HONORIFIC_GENDERS)

# Honorifics that are also common family names ("Barr. Nwosu", a Nigerian barrister, and "Tom Barr"; "Hon. Moyo"
# and "Hon Lai-chu"; "Herr Roe" and "Anna Herr"). Such a word is an honorific only where one opens a name, before a
# capitalised name; closing a name, after a given name ("said coach Tom Barr.", "Anna Herr said"), it is the
# surname, and a full stop after it is the sentence's. (`names.split_name` keeps it as the surname; the tokeniser
# and the sentence splitter, `text`, read its full stop by the same rule.)
SURNAME_HONORIFICS = _words("barr hon herr")

# Forms of address that are given names too: Amharic "Ato" (Mr) and the Fante given name Ato ("Ato Forson",
# "Cassiel Ato Forson"). Such a word is the form of address only where it opens a name before two name-shaped
# words, an Ethiopian given and father's name ("Ato Dawit Roe", "Ato Bekele Tadesse Wolde"); before one word or
# inside a name it is the name's own, a given name (`people._given_name_address_forms` reads it as "Mr" only in
# the first place).
GIVEN_NAME_ADDRESS_FORMS = _words("ato")

# Police ranks' acronyms that are firms' or parties' prefixes too ("SP Setia Berhad", "AIP Worldwide"): a rank
# (a title word, `TITLE_HEADS`) only right before a listed given name ("SP Joseph Okoth"), a plain acronym
# elsewhere (`people._given_name_address_forms`).
GUARDED_TITLE_ACRONYMS = _words("sp aip")

# Honorifics that are also everyday abbreviations ("Adv." an advocate and advertising, "Lic." a graduate and a
# licence, "Ing." an engineer and the "Ing." of a German firm's name: "Adv. Sales", "Drivers Lic. Renewal Form",
# "Müller Ing. GmbH"). Such a word opens a name only before a listed given name, or before two name-shaped words
# none of which is a firm's, an account's or a document's word ("Adv. Kiran Deshmane", "Ing. Quandt Berger");
# elsewhere the people step reads it as an ordinary lowercase word (`people._everyday_abbreviations`).
GUARDED_HONORIFICS = _words("adv adv. lic lic. ing ing.")

# English honorifics that take a family name, never a given name alone ("Mr. Roe", "Dr. Roe"; not "Mr. Jo"): a
# word after one is a surname even where it is a common given name too ("Dr. Carson", "Mrs Kendall").
FAMILY_NAME_HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. dr dr.")
# ... of which these say a man or a woman: "Mrs Carson" is no registered Ben Carson.
FAMILY_NAME_HONORIFIC_GENDERS = {**dict.fromkeys(("mr", "mr.", "messrs", "messrs."), "male"),
                                 **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss"), "female")}

# Words of one side hosting or meeting another ("Trade Minister Yuki Sato, his host,", "welcomed the delegation",
# "met his counterpart"): a description in such a sentence may be the visitor's or the host's, so it gives no
# one a country (`people._description_countries`).
HOSTING_WORDS = _words("""
host hosts hosted hosting hostess welcomed welcomes welcoming counterpart counterparts
""")

# Styles of address before a name, with their owner word ("His Excellency", "Her Excellency", "The Honourable"):
# like an honorific, they stand between a description in commas and the name it describes.
HONORIFIC_STYLES = _words("excellency honourable honorable")
HONORIFIC_STYLE_OWNERS = _words("his her the rt rt. right")

# Second words of honorifics of two words ("Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri"): after an honorific,
# or after "Tan"/"Puan"/"Toh", they belong to the form of address, not to the name.
HONORIFIC_TAILS = _words("seri sri amar patinggi")
# ... of them, the ones that are given names too (Sarawak's "Datuk Amar" and the given name "Amar"): a tail only
# with two name words after it ("Datuk Amar Ana Roe"; "Datuk Amar Singh" is Mr Amar Singh).
HONORIFIC_TAILS_GIVEN_TOO = _words("amar")
HONORIFIC_HEADS = _words("tan puan toh")

# Nouns for a science's or a medical specialty's practitioner, a title before a name ("the hydrologist X",
# "Epidemiologist X"), read as endings so a compound is one too ("microbiologist", "paleoclimatologist",
# "neuropsychologist"). Listed, not the bare ending "-ologist": an apologist, an astrologist, a Scientologist or an
# ideologist holds no occupation.
TITLE_ENDINGS = tuple(sorted(_words("""
biologist geologist hydrologist hydrogeologist psychologist sociologist anthropologist archaeologist archeologist
epidemiologist virologist immunologist bacteriologist parasitologist mycologist cardiologist oncologist
neurologist radiologist pathologist dermatologist gynecologist gynaecologist urologist nephrologist
endocrinologist gastroenterologist hematologist haematologist ophthalmologist pulmonologist rheumatologist
anesthesiologist anaesthesiologist neonatologist gerontologist audiologist toxicologist pharmacologist
criminologist penologist climatologist meteorologist seismologist volcanologist vulcanologist glaciologist
oceanologist limnologist ecologist zoologist entomologist ornithologist ichthyologist herpetologist primatologist
cosmologist technologist musicologist ethnologist egyptologist assyriologist sinologist philologist
lexicologist terminologist museologist speleologist trichologist odontologist serologist histologist
cytologist embryologist andrologist proctologist otolaryngologist otologist rhinologist dialectologist
mammalogist mineralogist genealogist
neurosurgeon
""")))

# Parts a hyphenated title may open with before a title head ("Vice-Chancellor", "Pro-Vice-Chancellor",
# "Sub-Editor", "Under-Secretary", "Co-Chair"), besides the role modifiers below; and parts one may end with after
# it ("Mayor-elect", "Minister-designate"). `people_names._title_word` reads such a word as a title.
TITLE_HYPHEN_PREFIXES = _words("vice pro sub under co deputy assistant associate acting ex")
TITLE_HYPHEN_SUFFIXES = _words("elect designate in charge")  # "Scientist-in-charge"

# Words that may stand inside a role before its head ("Deputy Foreign", "reserve IDF", "opposition").
ROLE_MODIFIERS = _words("""
foreign prime defense defence interior finance justice deputy vice acting former ex then late outgoing
incoming visiting retired reserve senior top chief general attorney secretary state opposition party army
military police government security intelligence national supreme grand high assistant associate
executive managing political spiritual religious first crown majority minority senate house white press
economy economic health education energy culture cultural trade transport transportation environment
environmental agriculture tourism communications information labor labour housing strategic affairs
homeland treasury special presidential union movement militant rebel staff joint field air naval navy
marine airforce sports public regional local federal provincial municipal city county district
parliamentary legal medical scientific technical chief-of-staff cabinet central bank former-
commerce industry industrial infrastructure welfare social science technology immigration diaspora
tourism water oil petroleum heritage veterans veteran home internal external overseas world research
democratic republican liberal conservative socialist communist green independent democrat libertarian
progressive centrist moderate
campaign communications campaign's longtime long-time veteran policy human rights peace
nuclear climate trade defence counterterrorism terrorism election elections permanent
""")

# Capitalised words that start sentences or clauses and are never a first name in a person run.
FUNCTION_WORDS = _words("""
a an the and but or nor for yet so if as at by in of on to up via with without within from into onto
upon over under after before during since until till while when whenever where wherever whereas why how
what which who whom whose that this these those there here then than thus hence also even still
although though because despite however meanwhile moreover furthermore nevertheless nonetheless instead
indeed besides otherwise likewise accordingly therefore overall earlier later now today tonight yesterday
tomorrow once twice again already not no yes all any both each every either neither some many much
more most few several such other another same own only just very too rather quite almost about above
across against along among amid amidst around behind below beneath beside between beyond inside
outside near toward towards through throughout per unlike like i he she it we they you me him her us
them my his its our their your mine hers ours theirs one two three four five six seven eight nine ten
first second third last next old dear hi hello please thank thanks according regarding following
given considering concerning barring pending excluding including notwithstanding owing
speaking asked asking saying said says told added noted stressed speaking writing reporting
let let's may might must shall should will would can could do does did is are was were be been being
has have had having get got go went come came make made take took see saw say tell ask
i'll i've i'm i'd i’ll i’ve i’m i’d we're we’re we've we’ve you're you’re they're they’re
well oh ok okay sure perhaps maybe indeed whether unless mostly mainly largely nearly
""")

# Adverbs that qualify "known as" before a person's other name ("X, better known as Y", "affectionately known as
# Mama Ada"): the one list for the people step's patterns (`people._KNOWN_AS`, `people._NICKNAME_BEFORE`) and the
# speakers' (`speaker_aliases`).
KNOWN_AS_QUALIFIERS = _words("also better widely locally affectionately popularly commonly")

# Words before a registry person's bare surname used as a modifier ("during the Obama years", "a Sanders
# delegate", "former Quarrington aides"): a determiner or "former" there makes the surname the person's, for
# their time in office, their campaign or their supporters (`people._surname_modifiers`).
SURNAME_MODIFIER_LEADS = _words("the a an his her their its our former")

# The nouns after such a surname that make it the person's: their time in office, their government, their
# campaign and their following ("the Obama years", "the Merkel government", "a Sanders delegate", "Trump
# loyalists"). Before any other noun the surname is a brand's, a firm's or a place's as often ("a Dell laptop",
# "the Disney parks", "a Harris poll", "the Kerry team"), so it names no person there.
SURNAME_MODIFIER_HEADS = _words("""
year years era days decade decades tenure term reign premiership presidency chancellorship governorship
mayoralty administration government cabinet regime
campaign candidacy bid ticket doctrine legacy reforms
camp faction supporters supporter voters voter delegates delegate allies ally aides aide loyalists loyalist
backers backer appointee appointees nominee nominees surrogates surrogate staffers staffer donors donor
""")

# Words a bare verb follows ("will meet", "did not trust", "never trust"): the word after one is a verb, never the
# first word of a noun phrase (see `people_roles._compound_modifier`).
BARE_VERB_OPENERS = _words("will would can could may might must shall should do does did not never")

# Verbs that take an infinitive with "to" ("wants to keep", "hopes to reopen"), as lemmas, and the irregular forms
# the rule-built ones (`speech_verbs.inflections`) miss: an "-s" form of one before "to" is a verb, not a plural
# noun ("King wants to ...", unlike "Major changes to ..."; see `people._present_verb`). Not the verbs whose -s form
# is as often a noun before "to" ("offers to", "promises to", "pledges to") or whose "to" is as often a
# preposition ("agrees to terms", "tends to patients", "prefers tea to coffee").
TO_INFINITIVE_VERBS = _words("""
want plan hope aim intend expect need try seek vow refuse decide wish like love hate begin mean threaten fail
choose struggle strive manage attempt hesitate dare afford
""")
TO_INFINITIVE_IRREGULAR = _words("sought began begun chose chosen meant")
TO_INFINITIVE_FORMS = (frozenset(form for lemma in TO_INFINITIVE_VERBS for form in inflections(lemma))
                       | TO_INFINITIVE_IRREGULAR)

DAYS_MONTHS = _words("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan passover hanukkah
eid yom kippur rosh hashanah new-year thanksgiving
""")

# Nationality adjectives and demonyms (lowercase) -> country name.
NATIONALITY_COUNTRY: dict[str, str] = {
    adjective: country
    for line in """
afghan|Afghanistan
albanian|Albania
algerian|Algeria
american|United States
us|United States
u.s.|United States
usa|United States
angolan|Angola
argentine|Argentina
argentinian|Argentina
armenian|Armenia
australian|Australia
austrian|Austria
azerbaijani|Azerbaijan
azeri|Azerbaijan
bahraini|Bahrain
bangladeshi|Bangladesh
belarusian|Belarus
belarussian|Belarus
belgian|Belgium
bolivian|Bolivia
bosnian|Bosnia and Herzegovina
brazilian|Brazil
british|United Kingdom
uk|United Kingdom
u.k.|United Kingdom
bulgarian|Bulgaria
burmese|Myanmar
cambodian|Cambodia
cameroonian|Cameroon
canadian|Canada
chadian|Chad
chilean|Chile
chinese|China
colombian|Colombia
congolese|Democratic Republic of the Congo
croatian|Croatia
cuban|Cuba
cypriot|Cyprus
trinidadian|Trinidad and Tobago
tobagonian|Trinidad and Tobago
trinbagonian|Trinidad and Tobago
czech|Czech Republic
danish|Denmark
dutch|Netherlands
ecuadorian|Ecuador
egyptian|Egypt
emirati|United Arab Emirates
english|United Kingdom
eritrean|Eritrea
estonian|Estonia
ethiopian|Ethiopia
filipino|Philippines
philippine|Philippines
finnish|Finland
french|France
georgian|Georgia
german|Germany
ghanaian|Ghana
greek|Greece
guatemalan|Guatemala
haitian|Haiti
honduran|Honduras
hungarian|Hungary
icelandic|Iceland
indian|India
indonesian|Indonesia
iranian|Iran
iraqi|Iraq
irish|Ireland
israeli|Israel
italian|Italy
ivorian|Ivory Coast
jamaican|Jamaica
japanese|Japan
jordanian|Jordan
kazakh|Kazakhstan
kenyan|Kenya
korean|South Korea
south korean|South Korea
north korean|North Korea
kosovar|Kosovo
kurdish|Iraq
kuwaiti|Kuwait
kyrgyz|Kyrgyzstan
latvian|Latvia
lebanese|Lebanon
liberian|Liberia
libyan|Libya
lithuanian|Lithuania
macedonian|North Macedonia
malaysian|Malaysia
malian|Mali
maltese|Malta
mexican|Mexico
moldovan|Moldova
mongolian|Mongolia
montenegrin|Montenegro
moroccan|Morocco
mozambican|Mozambique
namibian|Namibia
nepalese|Nepal
nepali|Nepal
new zealand|New Zealand
nicaraguan|Nicaragua
nigerian|Nigeria
nigerien|Niger
norwegian|Norway
omani|Oman
pakistani|Pakistan
palestinian|Palestine
panamanian|Panama
paraguayan|Paraguay
peruvian|Peru
polish|Poland
portuguese|Portugal
qatari|Qatar
romanian|Romania
russian|Russia
soviet|Soviet Union
rwandan|Rwanda
saudi|Saudi Arabia
scottish|United Kingdom
senegalese|Senegal
serbian|Serbia
serb|Serbia
singaporean|Singapore
slovak|Slovakia
slovenian|Slovenia
somali|Somalia
south african|South Africa
south sudanese|South Sudan
spanish|Spain
sri lankan|Sri Lanka
sudanese|Sudan
swedish|Sweden
swiss|Switzerland
syrian|Syria
taiwanese|Taiwan
tajik|Tajikistan
tanzanian|Tanzania
thai|Thailand
tunisian|Tunisia
turkish|Turkey
turkmen|Turkmenistan
ugandan|Uganda
ukrainian|Ukraine
uruguayan|Uruguay
uzbek|Uzbekistan
venezuelan|Venezuela
vietnamese|Vietnam
welsh|United Kingdom
yemeni|Yemen
zambian|Zambia
zimbabwean|Zimbabwe
european|European Union
eu|European Union
""".strip().splitlines()
    for adjective, country in [line.split("|")]
}

# Country names (lowercase) -> canonical country, for possessive roles ("Israel's ambassador").
COUNTRY_NAMES: dict[str, str] = {
    name.lower(): name
    for name in """
Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
Belarus Belgium Bolivia Brazil Bulgaria Myanmar Burma Cambodia Cameroon Canada Chad Chile China Colombia
Congo Croatia Cuba Cyprus Denmark Ecuador Egypt Eritrea Estonia Ethiopia Philippines Finland France
Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland
Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Latvia Lebanon Liberia
Libya Lithuania Macedonia Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique
Namibia Nepal Nicaragua Nigeria Niger Norway Oman Pakistan Palestine Panama Paraguay Peru Poland Portugal
Qatar Romania Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden
Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine
Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales America
Netherlands Tonga Fiji Samoa Botswana Benin Burundi Bhutan Brunei Gabon Gambia Guinea Laos Lesotho Luxembourg
Madagascar Malawi Mauritania Mauritius Maldives Togo Vanuatu Eswatini Djibouti Comoros Seychelles Andorra
Liechtenstein Barbados Bahamas Belize Guyana Suriname Tuvalu Kiribati Bosnia
""".split()
} | {
    "united states": "United States", "united kingdom": "United Kingdom", "saudi arabia": "Saudi Arabia",
    "south africa": "South Africa", "new zealand": "New Zealand", "north korea": "North Korea",
    "south korea": "South Korea", "sri lanka": "Sri Lanka", "united arab emirates": "United Arab Emirates",
    "czech republic": "Czech Republic", "soviet union": "Soviet Union", "us": "United States",
    "u.s.": "United States", "uk": "United Kingdom", "britain": "United Kingdom", "england": "United Kingdom",
    "america": "United States", "sierra leone": "Sierra Leone", "el salvador": "El Salvador",
    "costa rica": "Costa Rica", "dominican republic": "Dominican Republic", "burkina faso": "Burkina Faso",
    "south sudan": "South Sudan", "papua new guinea": "Papua New Guinea", "ivory coast": "Ivory Coast",
    "solomon islands": "Solomon Islands", "marshall islands": "Marshall Islands", "cape verde": "Cape Verde",
    "east timor": "East Timor", "equatorial guinea": "Equatorial Guinea",
    "central african republic": "Central African Republic", "trinidad and tobago": "Trinidad and Tobago",
    "trinidad": "Trinidad and Tobago", "tobago": "Trinidad and Tobago",
}

# Places and regions (lowercase, whole phrases): a run equal to one of these is never a person.
PLACES = _lines("""
washington
new york
los angeles
san francisco
chicago
boston
london
paris
berlin
moscow
st. petersburg
kiev
kyiv
minsk
warsaw
prague
vienna
budapest
rome
madrid
lisbon
brussels
amsterdam
the hague
geneva
zurich
stockholm
oslo
copenhagen
helsinki
athens
ankara
istanbul
tehran
baghdad
damascus
beirut
amman
cairo
riyadh
jeddah
doha
dubai
abu dhabi
kuwait city
muscat
sanaa
aden
tripoli
tunis
algiers
rabat
khartoum
jerusalem
tel aviv
haifa
eilat
ramallah
gaza
gaza strip
west bank
golan
golan heights
sinai
hebron
nablus
jenin
bethlehem
rafah
khan younis
judea
samaria
beijing
shanghai
hong kong
tokyo
seoul
pyongyang
delhi
new delhi
mumbai
islamabad
karachi
kabul
dhaka
bangkok
jakarta
manila
hanoi
singapore
sydney
canberra
ottawa
toronto
montreal
mexico city
havana
caracas
bogota
lima
brasilia
rio de janeiro
sao paulo
buenos aires
santiago
nairobi
lagos
johannesburg
pretoria
addis ababa
grozny
chechnya
north ossetia
dagestan
crimea
donbas
donetsk
luhansk
kharkiv
odessa
mariupol
siberia
caucasus
balkans
kashmir
tibet
xinjiang
kurdistan
sahara
sahel
middle east
near east
far east
europe
asia
africa
north america
south america
latin america
central asia
east asia
southeast asia
eastern europe
western europe
gulf
persian gulf
mediterranean
red sea
black sea
dead sea
caspian sea
baltic
arctic
antarctica
atlantic
pacific
indian ocean
suez canal
strait of hormuz
silicon valley
wall street
capitol hill
white house
kremlin
pentagon
downing street
elysee
knesset
texas
california
florida
new hampshire
iowa
ohio
michigan
pennsylvania
virginia
carolina
south carolina
north carolina
nevada
arizona
colorado
georgia
alabama
mississippi
louisiana
tennessee
kentucky
indiana
illinois
wisconsin
minnesota
missouri
kansas
nebraska
oklahoma
arkansas
utah
oregon
maine
vermont
massachusetts
connecticut
rhode island
new jersey
delaware
maryland
west virginia
montana
idaho
wyoming
dakota
north dakota
south dakota
alaska
hawaii
new mexico
manhattan
ann arbor
baton rouge
san juan
st. louis
salt lake city
new orleans
kansas city
oklahoma city
jersey city
fort worth
el paso
brooklyn
queens
bronx
hollywood
baltimore
philadelphia
detroit
atlanta
miami
houston
dallas
denver
seattle
phoenix
las vegas
cleveland
des moines
milwaukee
charleston
""") | _lines(
    # States, provinces and regions of federal and large countries: multi-word ones, and single words that are no
    # given name or common surname, so "Nova Scotia Power" or "Tamil Nadu Police" is no person.
    """
nova scotia
new brunswick
british columbia
prince edward island
newfoundland
saskatchewan
manitoba
quebec
nunavut
northwest territories
new south wales
queensland
tasmania
south australia
western australia
northern territory
uttar pradesh
madhya pradesh
andhra pradesh
arunachal pradesh
himachal pradesh
tamil nadu
west bengal
maharashtra
karnataka
kerala
gujarat
rajasthan
punjab
haryana
bihar
odisha
jharkhand
chhattisgarh
telangana
uttarakhand
khyber pakhtunkhwa
balochistan
sindh
gilgit-baltistan
kaduna
katsina
zamfara
sokoto
adamawa
bayelsa
akwa ibom
cross river
anambra
nasarawa
jigawa
abuja
mombasa
kisumu
nakuru
kakamega
kiambu
machakos
gauteng
kwazulu-natal
western cape
eastern cape
mpumalanga
free state
bavaria
north rhine-westphalia
lower saxony
thuringia
andalusia
catalonia
basque country
extremadura
northern ireland
puerto rico
são paulo
sao paulo
minas gerais
mato grosso
chihuahua
oaxaca
chiapas
michoacan
zaporizhzhia
hokkaido
okinawa
gyeonggi
sichuan
guangdong
xinjiang
mindanao
selangor
""")

# Words that make a capitalised run an organisation, place, event or thing rather than a person (with the
# commonest such heads of Spanish, Portuguese, French and Italian names, "Instituto", "Junta", "Palacio", that
# are no given names). Among them a board ("Tea Board"), a relief society ("Red Cross"), a national sports body
# named by its sport ("Fiji Rugby", "Netball Samoa") and a school by its short name ("Darwin Grammar"); the ones
# families bear too ("Board", "Cross") keep a person after a given name (`people_names._SOFT_ORG`, and a surname
# that speaks alone: "Lillian Board ... Board said").
ORG_WORDS = _words("""
order orders
board cross cricket rugby football netball athletics swimming rowing cycling tennis basketball baseball softball
grammar
ministry ministries house council institution institutions convention communications pharmaceuticals
brothers bros partners ranch farm golf show podcast qaeda qaida jazeera aqsa shabab nusra universal diseases affairs studies sciences relations resources rights voters asian african arab latino hispanic conservatives liberals progressives democrats nurses workers teachers students agency agencies union party parties army armies forces force authority authorities
organization organisation organizations committee commission department office bank university college school
institute center centre foundation association corporation corp inc ltd llc plc company co group news times
post press journal radio television tv network service services church court parliament assembly congress
senate guard brigade brigades movement front league federation republic kingdom states nation nations strip sea
river mountain mountains street square airport hospital hall tower palace museum stadium club fund program
programme project plan initiative summit conference forum war wars revolution spring day cup games olympics
award prize act law treaty accord accords agreement declaration exchange market index airlines airways motors
industries holding holdings partners capital energy oil gas telecom media magazine daily herald tribune gazette
channel broadcasting bureau cabinet coalition alliance community communities region province county city
district valley island islands gulf ocean peninsula desert basin coast heights forest park bridge road avenue
boulevard highway expressway motorway freeway corridor tunnel terminal hotel mosque temple synagogue cathedral tomb wall gate station port base camp prison jail academy
society trust systems technologies labs laboratory studios records pictures entertainment sports team fc
police navy intelligence security federal national international global world islamic jewish christian
catholic muslim orthodox democratic democrats republican republicans liberal conservative labor labour
socialist communist greens popular soviet middle east west north south eastern western northern southern
central upper lower greater fort mount lake cape bay canyon state government administration regime
reserve treasury fed mission embassy consulate delegation secretariat directorate command headquarters
province empire dynasty caliphate emirate sultanate territory territories zone crossing checkpoint
caucus register herald observer chronicle inquirer review bulletin report book girls boys
bloc blocs
facebook twitter google apple microsoft amazon youtube instagram reuters associated afp tass interfax
ap bbc cnn fox msnbc nbc cbs abc npr pbs times post journal guardian telegraph economist
operation storm flood shield edge protective cast lead
hamas hezbollah hizbollah fatah taliban isis isil al-qaeda al-qaida likud kadima quartet nato eu
opec idf fbi cia nsa kgb fsb mossad shin bet who imf unesco unicef unrwa
health online electric studio hardware software lab robotics solutions technology tech pharma therapeutics
biotech ventures consulting logistics foods brands films productions publishing books
workshop workshops webinar masterclass festival expedition retreat seminar symposium bootcamp series tour tours
fests festivals expos
glacier village bazaar memorial
instituto ministerio ministério fundação fundacion fundación junta lago cerro casa plaza palacio palácio
yacimientos denominación cooperativa banco universidad universidade empresa compañía companhia centro consejo
conselho asociación associação partido movimiento gobierno governo secretaría tribunal corte câmara cámara
senado congreso assembleia asamblea ciudad cidade provincia estado región comisión comissão agencia agência
museo museu parque puerto laguna lagoa ilha bahía baía bajo punta cabo playa ensenada golfo institut ministère fondation université comité conseil
assemblée musée istituto ministero fondazione università comune
""")

# First words of place names ("San Diego", "Los Angeles", "Fort Worth"): a run starting so is no person.
PLACE_PREFIXES = _words("san santa sao são saint st st. los las rio port fort mount lake des")
# ... of which the ones that are given names too ("Des Moines", and Des, Desmond's short form): a run starting so is
# a person when it speaks, is described, or its surname speaks alone ("Des Corbett ... Corbett says").
GIVEN_PLACE_PREFIXES = _words("des")
# ... and first words that open a place's name only before a saint's name, a given name ("Santo Domingo", "Santo
# André"): before a surname they are a person's given name ("Santo Versace", "Santo Cilauro").
SAINT_PLACE_PREFIXES = _words("santo")
# Spanish and Portuguese landform words that open a place's name before a particle ("Salar de Maricunga", "Sierra
# de Gredos", "Cerro del Toro", "Ilha do Mel"): a run "<word> de <Name>" is the place (a given name among them,
# "Sierra", makes a person only with a person's evidence). So do Arabic landform words before the article "al"/"el"
# ("Wadi Al Khoud", "Jebel el Akhdar", "Ras al-Hadd"; "Wadi", a given name too, makes a person only so).
PLACE_FEATURE_WORDS = _words("""
salar sierra cerro laguna lago valle isla ilha bahia bahía playa praia cabo pico volcan volcán arroyo cordillera
wadi jebel jabal djebel oued
""")
PLACE_FEATURE_LINKS = _words("de del da do dos das al el")
PLACE_FEATURE_JOINED_LINKS = ("al-", "el-")  # "Wadi al-Khoud": the article joined to the name

# Everyday words that are mostly people's given names where they open a capitalised pair: virtue names, flower and
# gem names, a few months ("Faith Kipyegon", "Mercy Wanjiru", "Hazel Roe"), common in African, Caribbean and
# English-speaking news. Below the popularity the name list needs for an everyday word (`WORD_NAMES`) they still
# open a two-word name whose second word is name-like (`people._word_name_opens`), not a place's, a firm's or a
# thing's ("Hope Street", "Chase Bank", "Faith Based Initiatives").
PERSON_WORD_NAMES = _words("""
hope faith joy patience prudence temperance mercy charity precious blessing grace constance
ruby hazel ivy dawn june april chase hunter sunny lily daisy holly heather rose violet iris poppy
jade pearl opal amber crystal coral destiny harmony melody serenity trinity penny olive eve
""")

# Everyday English words that a world-wide name list also holds as rare given names; with a low popularity
# there they do not count as a first name ("Key Features", "Price Drop", "Hunter Biden" still has evidence).
# Those not in `PERSON_WORD_NAMES` open places, titles and things far more often ("Storm Babet", "Lake Naivasha",
# "King Charles", "Golden Gate", "Liberty Mutual") and open no name without a title, apposition or speech verb.
WORD_NAMES = _words("""
key long free fast fair price master member deep happy lean core direct solid smart ideal liberty noble
diamond hunter chase art rock red green white black brown gray grey silver golden gold magic hero lion
sky star sun moon lily daisy ivy hope faith joy glory honor honour justice major general royal prince
duke earl baron king queen bishop pope saint angel heaven paradise river lake ocean forest wood woods
stone rocky storm rain snow winter summer autumn spring dawn eve night day morning able ace bear wolf
fox hawk eagle crow dove swan robin wren finch sparrow bird cat tiger baby boy girl man son junior
senior cash money penny dollar sterling crystal amber coral pearl ruby jade opal jewel gem
cherry apple olive plum peach berry hazel holly heather rose violet iris poppy fern willow ash oak
elm birch cedar pine bloom blossom clay sandy dusty misty stormy sunny windy cloud sea bay cliff
dale glen field meadow brook ford bridge lane street
buck chip kit skip tab tag win york ham bud earnest
constant loyal patience prudence temperance mercy charity trinity destiny harmony melody serenity
unity victory valor may june august july april january october march easter christmas noel
consider treat member coffee audio windows village property terms teams diversity findings
""")

# Lowercase particles that may stand between the parts of a name ("Ludwig van Beethoven"), with the "y" and "e"
# that join two Spanish or Portuguese surnames ("Ortega y Gasset", "Almeida e Costa").
NAME_PARTICLES = _words("de van von der den del della di da du la le dos das do bin binti ibn bint ben y e ter ten zu af dela delos")
# Of those, the ones that say "son of" or "daughter of": a father's name follows, with his own honorific inside the
# name ("Siti Aminah binti Haji Yusof").
PATRONYMIC_PARTICLES = _words("bin binti bint ibn ould")
# Of those, the ones that are "and": they join two surnames inside one name, never two people's full names ("Ana
# Souza e Pedro Lima" is two people, "Vasco de Lemos e Brito" one).
NAME_CONJUNCTIONS = _words("y e")

# Particle prefixes joined to a surname by a hyphen or apostrophe ("al-Malki", "d'Estaing").
NAME_PREFIXES = _words("al el ad ar as ash at az ad-din bin ibn abu abd d l o")

# Generational suffixes that belong to the name, and regnal numbers ("Pope Leo XIV", "Benedict XVI", "Henry
# VIII"); not the numerals that are given names or words too ("Xi", "Vi", "V", "X": "Wang Xi", "Malcolm X" is
# read as an initial).
NAME_SUFFIXES = _words("jr jr. sr sr. jnr jnr. snr snr. ii iii iv vii viii ix xii xiii xiv xv xvi xvii xviii xix xx")
# ... of them, the regnal numbers: a given name closed by one is a monarch's or a pope's whole name ("the lecture on
# Henry VIII"), a person's evidence as a surname is not.
REGNAL_NUMBERS = _words("ii iii iv vii viii ix xii xiii xiv xv xvi xvii xviii xix xx")
# ... and the given names that, before one, mark a model's version, not a monarch ("the Velo 5D Mark IV", "a Mk
# II gun"): no king or pope bears them, so the number gives no evidence of a person.
VERSION_MARKS = _words("mark mk")

# Country codes an outlet row may carry (loaders/registry/data/outlets.csv), and the codes of the other countries
# people get, which an outlet's domain may end in ("co.tt", "gov.sb"; "uk" as the domains write it), as the
# country names people get.
COUNTRY_CODES: dict[str, str] = {
    code: name
    for line in """
AF|Afghanistan
AL|Albania
AD|Andorra
AO|Angola
BS|Bahamas
BH|Bahrain
BB|Barbados
BY|Belarus
BZ|Belize
BJ|Benin
BT|Bhutan
BO|Bolivia
BA|Bosnia and Herzegovina
BW|Botswana
BN|Brunei
BG|Bulgaria
BF|Burkina Faso
MM|Myanmar
BI|Burundi
KH|Cambodia
CM|Cameroon
CV|Cape Verde
CF|Central African Republic
TD|Chad
KM|Comoros
CG|Congo
CD|Democratic Republic of the Congo
CR|Costa Rica
CU|Cuba
CY|Cyprus
DJ|Djibouti
DO|Dominican Republic
TL|East Timor
EC|Ecuador
SV|El Salvador
GQ|Equatorial Guinea
ER|Eritrea
EE|Estonia
SZ|Eswatini
ET|Ethiopia
FJ|Fiji
GA|Gabon
GM|Gambia
GH|Ghana
GT|Guatemala
GN|Guinea
GY|Guyana
HT|Haiti
HN|Honduras
IS|Iceland
IQ|Iraq
CI|Ivory Coast
JM|Jamaica
JO|Jordan
KZ|Kazakhstan
KI|Kiribati
KW|Kuwait
KG|Kyrgyzstan
LA|Laos
LB|Lebanon
LS|Lesotho
LR|Liberia
LY|Libya
LI|Liechtenstein
LT|Lithuania
LU|Luxembourg
MK|North Macedonia
MG|Madagascar
MW|Malawi
MY|Malaysia
MV|Maldives
ML|Mali
MT|Malta
MH|Marshall Islands
MR|Mauritania
MU|Mauritius
MD|Moldova
MN|Mongolia
ME|Montenegro
MA|Morocco
MZ|Mozambique
NA|Namibia
NI|Nicaragua
NE|Niger
KP|North Korea
OM|Oman
PA|Panama
PG|Papua New Guinea
PY|Paraguay
PE|Peru
WS|Samoa
SN|Senegal
RS|Serbia
SC|Seychelles
SL|Sierra Leone
SB|Solomon Islands
SO|Somalia
SS|South Sudan
LK|Sri Lanka
SD|Sudan
SR|Suriname
SY|Syria
TW|Taiwan
TJ|Tajikistan
TZ|Tanzania
TG|Togo
TO|Tonga
TN|Tunisia
TM|Turkmenistan
TT|Trinidad and Tobago
TV|Tuvalu
UG|Uganda
UY|Uruguay
UZ|Uzbekistan
VU|Vanuatu
VE|Venezuela
YE|Yemen
ZM|Zambia
ZW|Zimbabwe
UK|United Kingdom
AE|United Arab Emirates
AM|Armenia
AR|Argentina
AT|Austria
AU|Australia
AZ|Azerbaijan
BD|Bangladesh
BR|Brazil
CH|Switzerland
CL|Chile
CO|Colombia
DK|Denmark
DZ|Algeria
FI|Finland
GE|Georgia
GR|Greece
HR|Croatia
HU|Hungary
ID|Indonesia
MX|Mexico
NL|Netherlands
NO|Norway
NP|Nepal
NZ|New Zealand
PH|Philippines
PL|Poland
PT|Portugal
RO|Romania
RW|Rwanda
SE|Sweden
SI|Slovenia
SK|Slovakia
TH|Thailand
VN|Vietnam
BE|Belgium
CA|Canada
CN|China
CZ|Czech Republic
DE|Germany
EG|Egypt
ES|Spain
FR|France
GB|United Kingdom
HK|China
IE|Ireland
IL|Israel
IN|India
IR|Iran
IT|Italy
JP|Japan
KE|Kenya
KR|South Korea
LV|Latvia
NG|Nigeria
PK|Pakistan
PS|Palestine
QA|Qatar
RU|Russia
SA|Saudi Arabia
SG|Singapore
TR|Turkey
UA|Ukraine
US|United States
ZA|South Africa
""".strip().splitlines()
    for code, name in [line.split("|")]
}

# Role heads of a state's own officials: a person with one of these titles and no nationality in it serves the
# country the sentence names, or else the country of the outlet reporting on them ("Transport Minister X").
GOVERNMENT_HEADS = _words("""
minister ministers president premier prime-minister chancellor governor mayor judge justice senator sen lawmaker
legislator mp mep mk ambassador representative rep congressman congresswoman congressmember
""")

# The head of a description ("the judge", "the country's top diplomat", "the head of government") and the role
# words an article may have given the person it stands for ("Mr Justice Declan Farrelly", "Foreign Minister Dan
# Ezra"); a head not listed stands only for roles that contain it ("the mayor" for "Mayor Tom Reyes").
ROLE_SYNONYMS = {
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "queen", "leader", "head of state",
               "head of government"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
    "head of state": ("president", "king", "queen", "emir", "head of state"),
    "premier": ("prime minister", "premier"),
    "president": ("president",),
    "pm": ("prime minister",),
    "minister": ("minister",),
    "chief": ("chief", "head"),
    # a central bank's governor or head by the bank's name, never a state's governor nor any other banker ("Karl
    # Moss, governor of the central bank" ... "the central banker")
    "central banker": ("central bank",),
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy", "diplomat"),
    "envoy": ("envoy", "ambassador", "representative"),
    "frontrunner": ("front-runner", "frontrunner", "candidate", "nominee"),
    "front-runner": ("front-runner", "frontrunner", "candidate", "nominee"),
    "nominee": ("nominee", "candidate"),
    "candidate": ("candidate", "nominee", "hopeful"),
    "judge": ("judge", "justice", "magistrate"),
    "justice": ("justice", "judge"),
    "senator": ("senator", "sen."),
    "governor": ("governor", "gov."),
    "congressman": ("congressman", "representative", "rep."),
    "congresswoman": ("congresswoman", "representative", "rep."),
    "lawmaker": ("senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "lawmaker",
                 "legislator", "mp", "member of parliament"),
    "legislator": ("senator", "representative", "legislator", "lawmaker", "mp", "member of parliament"),
    "monarch": ("king", "queen", "emperor", "sultan", "emir"),
    "boss": ("chief executive", "ceo", "managing director", "chairman", "chairwoman", "head", "director", "boss",
             "manager", "coach"),
    "executive": ("chief executive", "ceo", "executive", "managing director"),
    "chief executive": ("chief executive", "ceo"),
    "ceo": ("chief executive", "ceo"),
    "coach": ("coach", "manager"),
    "skipper": ("captain", "skipper"),
    "captain": ("captain", "skipper"),
    "mayor": ("mayor",),
    "prosecutor": ("prosecutor", "attorney"),
    "lawyer": ("lawyer", "counsel", "solicitor", "barrister", "attorney"),
    "barrister": ("barrister", "counsel"),
    "counsel": ("counsel", "lawyer", "barrister"),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
}

# Words in a description that describe the person without restricting which role fits ("the country's top
# diplomat", "the veteran senator", "the 68-year-old premier").
GENERIC_QUALIFIERS = _words("""
top senior former then new veteran longtime long-time current outgoing incoming embattled beleaguered
country's country’s nation's nation’s state's state’s city's city’s party's party’s government's government’s
own same powerful influential popular controversial young elderly
""")

# Heads of a description that stands for an organisation, not a person ("the ferry operator said in a statement",
# "the ministry said"): the speaker is then the organisation the article named, as a label.
ORG_DESCRIPTION_HEADS = _words("""
company firm operator carrier airline insurer retailer utility regulator ministry department agency council
board government administration group bank lender manufacturer maker miner producer developer broadcaster
union club university hospital school charity organisation organization authority watchdog committee
commission institute foundation association federation alliance coalition network chain supplier provider
consortium conglomerate giant startup start-up outlet publisher newspaper station channel party embassy office
palace kremlin police army military court tribunal parliament cabinet league team employer employers
""")

# A "-maker" compound names a firm when its first part is a product made in factories ("carmaker", "chipmaker",
# "the drugmaker said", `FIRM_PRODUCTS`); a person's trade or role when it is something a person makes
# ("lawmaker", "filmmaker", "policymaker", `PERSON_MAKER_STEMS`); and either when it is a craft's product that
# firms make too ("winemaker", "cheesemaker", "glassmaker"): then only the name after it tells (see
# `people._after_firm_head`: "winemaker Sofia Roe" is a person, "winemaker Castello Verdi" a firm).
MAKER_SUFFIXES = ("maker", "makers", "-maker", "-makers")
PERSON_MAKER_STEMS = _words("""
law policy film movie peace trouble match home dress merry king rain deal play decision noise money pace hay
cabinet watch clock shoe book dance music
""")
FIRM_PRODUCTS = _words("""
car auto chip drug plane steel phone truck tyre tire battery vaccine toy game software robot aircraft jet bus
ship cement smartphone computer semiconductor appliance engine tractor helicopter handset
""")


_MAKER_SUFFIXES_LONGEST_FIRST = tuple(sorted(MAKER_SUFFIXES, key=len, reverse=True))


def _maker_stem(word: str) -> str | None:
    """ "chip-maker" -> "chip", "planemakers" -> "plane"; None for a word that is no "-maker" compound."""
    low = word.lower()
    if not low.endswith(MAKER_SUFFIXES):
        return None
    suffix = next(s for s in _MAKER_SUFFIXES_LONGEST_FIRST if low.endswith(s))
    stem = low[:-len(suffix)].rstrip("-")
    return stem if len(stem) >= 3 and stem.isalpha() else None


def is_firm_maker(word: str) -> bool:
    """ "carmaker", "chip-maker", "planemakers": a firm by its factory-made product (`FIRM_PRODUCTS`)."""
    return _maker_stem(word) in FIRM_PRODUCTS


def is_craft_maker(word: str) -> bool:
    """ "winemaker", "cheesemaker", "glass-maker": a maker of something neither only firms nor only people make;
    a person's job or a firm's description, as the name after it shows."""
    stem = _maker_stem(word)
    return stem is not None and stem not in FIRM_PRODUCTS and stem not in PERSON_MAKER_STEMS


# The organisation heads above list the firm "-maker" compounds too (a regex built from the table then sees them).
ORG_DESCRIPTION_HEADS = ORG_DESCRIPTION_HEADS | frozenset(product + "maker" for product in FIRM_PRODUCTS)

# Heads that, written right before a capitalised name, make it a firm's name ("carmaker Aston Martin",
# "retailer John Lewis", "drugmaker Eli Lilly"): words only firms are called by (not "manufacturer", "producer",
# "developer", "broadcaster", "miner", "brewer", which are also people's jobs: "manufacturer Ron Roe was elected").
FIRM_HEADS = _words("""
company firm carrier airline insurer retailer utility lender conglomerate startup start-up chain automaker
carmaker chipmaker drugmaker bank meatpacker meatpackers
""")

# The heads of an apposition that makes the name before it a firm's ("Harlan Pierce, the retailer,", "Kofi Mensah,
# the carmaker,"): words no person's job is. Not "producer", "developer", "miner", "broadcaster", "publisher",
# "operator", "supplier", "employer", "maker" ("Sara Holt, a film producer,": a person). And the words that make the
# apposition a person's whatever its head ("a former retailer", "a veteran broadcaster").
FIRM_APPOSITION_HEADS = FIRM_HEADS | frozenset(product + "maker" for product in FIRM_PRODUCTS) | _words("""
wholesaler supermarket telco multinational
""")
PERSON_APPOSITION_MODIFIERS = _words("""
former ex ex- one-time onetime longtime long-time veteran retired self-employed fellow young elderly late
""")

# Words a firm shares with other things, a firm's head only after its trade's word ("fashion house Maison Lavigne",
# "auction house X"; "will house Ana Roe" houses a person); and firms' heads that a trade's word before them makes a
# person's job ("mail carrier Jo Lind"; "carrier X", "flag carrier X" are airlines).
FIRM_HEAD_PAIRS = _lines("""
fashion house
couture house
auction house
publishing house
trading house
investment house
brokerage house
design house
printing house
""")
JOB_HEAD_PAIRS = _lines("""
mail carrier
letter carrier
torch carrier
stretcher carrier
water carrier
standard carrier
""")

# Heads that name a person's job as often as a firm ("developer", "trader", "producer"): a name right after one is
# a firm's when it ends in an industry's word (`FIRM_INDUSTRY_WORDS`: "trader Hanbit Marine", "developer Mar Azul
# Energías"), a person's otherwise ("developer Ana Roe").
JOB_OR_FIRM_HEADS = _words("""
developer trader producer manufacturer maker miner brewer broadcaster operator supplier shipper exporter importer
distributor builder contractor investor publisher wholesaler processor transporter
""")

# Nouns for a person's post that neither are titles nor end as agent nouns do, read as an apposition's head only
# right after "a"/"an"/"the" and before "at", "in", "of" or the apposition's end ("X, a radio host in Halifax,",
# "X, a postdoctoral fellow at the institute,"; not "X, a fellow Democrat,", `people_roles._phrase_role`).
APPOSITION_PERSON_HEADS = _words("host fellow")

# Title heads a firm is described by too once a lowercase noun before them says what it deals in ("an asset
# manager", "a fund manager", "a wealth adviser", "a property owner"): bare or after a capital ("a manager", "a
# Labour adviser") they are a person's, with such a noun a firm's as often (`people._copular_people`).
MODIFIED_FIRM_TITLE_HEADS = _words("""
manager managers adviser advisers advisor advisors owner owners administrator administrators analyst analysts
strategist strategists engineer engineers
""")

# The last word of a firm's name that names its trade, folded, in English and the Romance languages ("Marine",
# "Energías", "Énergies", "Shipping"); a plural "s" is read off by `is_industry_word`.
FIRM_INDUSTRY_WORDS = _words("""
marine maritime shipping logistics energy energie energia renewable renewables renovable renovables
power solar eolica eolien eolienne wind mining minerals metals steel motors foods pharma pharmaceutical
chemical chemicals petroleum petroleo oil gas resources capital holding holdings industries industrial
construction construcciones engineering systems technologies technology telecom telecoms airlines airways
ventures investments investimentos inversiones group grupo groupe consulting consultancy advisory
""")


@lru_cache(maxsize=8192)
def is_industry_word(word: str) -> bool:
    """Whether a (folded, lowercase) word names a firm's trade, singular or plural ("energias", "marine")."""
    return word in FIRM_INDUSTRY_WORDS or word.endswith("s") and word[:-1] in FIRM_INDUSTRY_WORDS


# Heads that, written right before a capitalised name, make it a body's name ("environmental group Blue Shore
# said", "The charity Hope Rising backed it", "the consortium Brisa Alta"): words for bodies that no person is
# called by; but the name after one may be the subject of a relative clause ("a chapter of the group Jo Roe
# addressed", "the organization Jo Roe used to ..."), so the people step reads the sentence around it.
BODY_HEADS = _words("""
group charity organisation organization association nonprofit non-profit ngo watchdog federation coalition
alliance movement foundation institute think-tank thinktank consortium venture shipyard cooperative co-operative
union
""")


@lru_cache(maxsize=8192)
def is_firm_head(word: str) -> bool:
    low = word.lower()
    return low in FIRM_HEADS or is_firm_maker(low)

# Words after a name that make it a company's ("Westwind Renewables Ltd"): a "person" named so is an organisation.
COMPANY_SUFFIXES = _words("""
ltd ltd. limited inc inc. plc llc llp corp corp. co. gmbh s.a. pty asa oyj s.p.a. srl
""")

# The levels of government that share one office when joined by "and": a city and its county ("City and County
# Attorney", "the City and County of ..."); other pairs of levels ("State and Federal Judge") are two parties.
SHARED_OFFICE_LEVELS = frozenset({"city", "county"})
# Words that say the "X and Y" after them are two parties ("both the City and County Attorney", "talks between City
# and County Attorney X"), not one office that both share.
TWO_PARTY_WORDS = frozenset({"both", "between"})

# Letters after a name that are a rank or an honour, not part of it ("Conor Healy SC", "Ann Bell MP"). The ranks
# are also the person's role (senior counsel, members of a parliament); honours and degrees are not.
POST_NOMINAL_ROLES = frozenset("""
SC QC KC SAN MP MEP MSP MLA MPP TD
""".split())
# ... and a form of address written after a given name ("Hatice Hanım": the person's mention is "Hatice", the
# speaker of '"...," said Hatice Hanım' too).
POST_NOMINALS = POST_NOMINAL_ROLES | frozenset("""
OBE MBE CBE KBE DBE CH PhD MD Esq Esq. DPhil FRS
""".split()) | frozenset(word.capitalize() for word in POST_NAME_HONORIFICS)

# Nouns for a person by their tie to another ("Obama consultant Cornell Belcher", "Trump ally Ann Bell"): the
# first name then only modifies the second.
ASSOCIATE_NOUNS = _words("""
consultant supporter supporters ally backer donor loyalist critic surrogate staffer confidant confidante
friend rival protege protégé associate partner aide adviser advisor spokesman spokeswoman spokesperson
pollster strategist lawyer attorney biographer campaign chief deputy
""")

# Lines that open a page's comment section ("Comments (3)", "12 comments", "Leave a Reply", "Join the
# conversation"): a name heading a line below one is a commenter's ("Mary Roe says:"), not a person of the article.
COMMENT_SECTION_LABELS = _words("""
comments comment replies responses
""")
COMMENT_SECTION_PHRASES = ("leave a reply", "leave a comment", "post a comment", "join the conversation",
                           "join the discussion", "show comments", "view comments", "read comments")
COMMENT_SECTION_LINE = (r"^\W*(?:\d+\s+)?(?:" + "|".join(sorted(COMMENT_SECTION_LABELS)) + r"|"
                        + "|".join(p.replace(" ", r"\s+") for p in COMMENT_SECTION_PHRASES)
                        + r")\s*(?:\(\d+\)|\d+)?\W*$")

# A press release's contact line, opening the line before the contacts' names: a lead ("For more information",
# "For further details on the grant") with a verb of reaching someone ("please contact", "call") or a colon, or a
# label ("Media enquiries:", "Press contact", "Enquiries:"). The furniture rule `contact-lead` reads them (with
# a form of address and the names listed before the name); a name after one is a contact, not a person of the
# article.
CONTACT_LEAD_SUBJECTS = _words("information details enquiries inquiries queries")
CONTACT_VERBS = ("contact", "call", "email", "e-mail", "phone", "ring", "reach", "write to", "speak to", "talk to")
CONTACT_LABELS = ("media contact", "media contacts", "press contact", "press contacts", "media enquiries",
                  "media inquiries", "media queries", "press enquiries", "press inquiries", "press queries",
                  "media liaison", "press liaison", "press office", "media office")
CONTACT_COLON_LABELS = ("enquiries", "inquiries", "contact person", "contact persons", "contacts")

# Country codes sold as vanity domain names ("x.tv", "x.io", "x.co", "x.fm"): such a code under a site's own name
# says nothing of where it is from, but under a second-level label it does ("uninorte.edu.co", "radio.com.ly").
VANITY_COUNTRY_DOMAINS = _words("tv io co me fm ai ly ws cc to am gg la nu tk im ag sh ac vc ms gl st cx ps")
# Second-level labels under a country's code ("co.uk", "com.na", "gov.sb", "ac.nz").
SECOND_LEVEL_DOMAINS = _words("co com org net gov govt ac edu ne or go gob nic mil")

# Greetings opening an author's self-introduction in their box ("Hi, I'm Jo Roe and I write about gardens"); the
# furniture rule `self-introduction` reads them before "I'm" / "my name is" and a name.
GREETINGS = _words("hi hello hey howdy hiya greetings welcome")

# The labels of a disclosure the outlet sets on a line of its own ("Disclosure: Jo Roe owns shares in ...",
# "Declaration of interests: ..."): a name on such a line is the page's furniture (the furniture rule `note-line`);
# a person the story's prose tells of as well stays a person of the article.
# The heading of a letters page or of its readers' section ("LETTERS.", "Letters to the Editor", "Your say"): the
# names standing alone under the paragraphs below it sign the readers' letters, people of the article (the furniture
# rules' `FurnitureNames._signatures`). Lowercase; read as a whole line, a full stop or colon at most after it.
LETTERS_LABELS = (
    "letters", "letter", "letters to the editor", "letter to the editor", "your letters", "readers' letters",
    "readers’ letters", "letters from readers", "mailbag", "your say", "your views", "readers respond",
    "readers write", "reader letters", "letters page", "the readers' forum", "readers' forum", "readers’ forum",
)
NOTE_LINE_LABELS = (
    "disclosure", "full disclosure", "disclosures", "transparency note", "conflict of interest",
    "conflicts of interest", "declaration of interests", "declaration of interest", "competing interests",
)
# The labels of a credits line's parts, opening the line with a colon ("Story: Jo Roe; Photos: Ana Lund; Video:
# ...", "Text: Jo Roe"): the name after one is the page's credit (the furniture rule `credit-line-label`), never a
# person of the article. (Photographs, videos and bylines' own labels are `data/credits.py`'s rows.)
CREDIT_LINE_LABELS = ("story", "text", "words and pictures", "words and photos", "reporting", "producer",
                      "production", "camera", "editing")
# Bylines of an opinion page's column, opening its line or after a separator ("Guest column by Jo Roe, economist
# at ...", "A column by Jo Roe"): the columnist is the page's author, no person of the article (rule `column-by`).
COLUMN_BYLINES = ("guest column by", "a guest column by", "column by", "a column by", "guest post by",
                  "op-ed by", "guest essay by", "an essay by", "commentary by")

# Labels of an opinion page set before its writer's name alone on a line ("Opinion | Jo Roe", "Comment: Jo Roe",
# "Column — Jo Roe"): the name is the page's byline (the furniture rule `opinion-byline`).
OPINION_LABELS = ("opinion", "opinions", "comment", "column", "columns", "analysis", "commentary", "op-ed",
                  "guest column", "perspective", "viewpoint", "essay")

# The labels of an editors' note, in several languages: a name opening the note is its subject, the page's own
# people ("Editor's note: Jo Roe is a board member of ..."), but a name further on may be the story's
# ("Editor's note: An article on Monday about Jo Roe ...": a correction), and is left to the prose rules.
EDITOR_NOTE_LABELS = (
    "editor's note", "editors' note", "editors note", "editor’s note", "editors’ note", "note from the editor",
    "note to readers", "a note to readers", "nota del editor", "nota de la redacción", "nota della redazione",
    "note de la rédaction", "anmerkung der redaktion", "hinweis der redaktion", "nota do editor",
    "noot van de redactie",
)

# Words of an author box's second sentence, after "Jo Roe is a ...": "He is the founder of ...", "She specializes
# in ...", "Jo has ten years of experience in ...". The furniture rule `author-bio` reads them where a story's
# closing sentence about its subject ("She writes letters to the mayor every week") holds none.
BIO_FOLLOW_UP_WORDS = _words("""
founder founders cofounder specializes specialises specializing specialising specialized specialised
experience expertise passionate helps
""")
# What a page's writer writes, after "writes", "wrote", "has written" in an author box ("he writes guides to email
# tools", "has written columns for ..."): the words that make a biography a writer's, where a story's subject
# "writes letters to the mayor". (The follow-up words above fit a story's subject as well as a writer: "She is the
# founder of the Friends of the Library"; an author box needs evidence that its person wrote the page.)
# Of an author box's job words (`credits.BIO_WORDS`), those a story's subject holds as often as a page's writer ("a
# curator at the museum", "a photographer who has lived on the street for years"): alone, they need the evidence
# of WRITTEN_WORKS' kind that the person wrote the page.
# Heads of a reference work's title that a compiler's name in the possessive opens ("Jo Roe's Atlas of County
# Elections", "Ana Lund's Guide to State Politics"): the person is then named only inside the work's title, which
# no reader counts among the article's people (a possessive before a lowercase "guide" stays a person's).
REFERENCE_WORK_HEADS = _words("""
atlas almanac almanack guide handbook dictionary encyclopedia encyclopaedia manual compendium anthology yearbook
gazetteer thesaurus lexicon primer digest
""")
SUBJECT_BIO_WORDS = _words("photographer curator critic reviewer podcaster newsletter content")
WRITTEN_WORKS = _words("""
article articles guide guides post posts story stories column columns review reviews blog blogs newsletter
newsletters piece pieces essay essays feature features report reports
""")

# A firm's form written with a full stop ("Tempus Inc.", "Velbrook Co.", "Lund Ltd."): closing a role after the name
# ("strategist at Tempus Inc."), its stop is the form's, kept in the role as written, though it may end the sentence
# too (people_roles `_phrase_role`).
DOTTED_FIRM_FORMS = _words("inc corp co ltd bhd pty")

# An opinion writer's disclaimer closing the author's note under a column ("Jo Roe is an assistant professor at
# Lund. Views are personal.", "The views expressed are the author's own.", "(Views expressed are personal)"): at
# the end of a short paragraph it marks the paragraph as the author's box (prose_names, beside a note that the
# article appeared elsewhere first). Read case-insensitively, as a sentence of its own closing the line; only "and
# do not (necessarily) reflect those of ..." may follow it ("..., her office said" is a report of it).
VIEWS_NOTE = (r"(?:^|[.!?][\s\u00a0]+)\(?(?:the\s+)?views\s+(?:expressed\s+)?(?:(?:here|above|in\s+this\s+"
              r"(?:article|piece|column|op-ed|commentary|essay))\s+)?are\s+(?:(?:strictly|entirely|purely)\s+)?"
              r"(?:personal|(?:the\s+)?(?:author|writer|columnist)['’]s\s+own|(?:his|her|their)\s+own)"
              r"(?:\s+and\s+(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:those|the\s+(?:views?|"
              r"positions?|opinions?))\s+of\s+[^.!?,;]{1,60})?[.)\s]*$")
# The other sentence of such a box: a writer's bio ("is an assistant professor at", "was a consul", "teaches law",
# "writes on trade"), not a reported act ("reposted the video", "denied the story"): without one the disclaimer is
# news about someone's post (the review of peopleR16).
WRITER_BIO = (r"\b(?:is|was|has\s+been)\s+(?:(?:also|now|currently|formerly|previously)\s+)?(?:a|an|the)\s"
              r"|\b(?:teaches|taught|writes|researches|lectures|heads|directs|served\s+as|works\s+(?:at|for|as|on|in))\b")

# Title heads that are adjectives too before a noun that is no title ("Lee Park's chief rival", "her principal
# critic"): after a possessive owner, such a word heads a role only alone, before a title or before a link ("Velk's
# chief executive", "Velk's chief", "Velk's chief of staff"; `people_roles._phrase_role`).
ADJECTIVE_TITLE_HEADS = _words("chief head principal")

# Title heads that `people_descriptions` never reads as a later "the <title>" of a person named before: words that
# are often not that title at all after "the" ("the general public", "the major parties", "the chief reason", "the
# head of", "the chair he sat on", "the executive member"), a title by relation to another holder, which tells no
# office apart ("her Bolivian counterpart"), an abbreviation (besides the dotted titles), or a plural.
DESCRIPTION_HEADS_EXCLUDED = DOTTED_TITLES | UNDOTTED_TITLES | TITLE_PLURALS | ADJECTIVE_TITLE_HEADS | _words("""
general major chair father elder canon executive counterpart successor predecessor colleague
cr pm mp mk mep
""")

# Synonym heads (`ROLE_SYNONYMS`) that `people_descriptions` does not read as a later "the <head>" of a person whose
# title is another word: a leader may be a president, a prime minister or a party's head alike ("the Norland
# leader"), so the word names no one office and the article's own choice of word is kept (the speakers step still
# resolves them).
DESCRIPTION_SYNONYM_HEADS_EXCLUDED = _words("leader")

# Words that make a holder's office a lower or another one than the bare title: "Vice President Jo Roe … the
# president said" is someone else; `people_descriptions` gives a "the <title>" to such a holder only when the
# description writes the word too ("the deputy minister").
# Built on the hyphen prefixes that make a lower office ("Vice-Chancellor", "Under-Secretary"), less "pro" and "co";
# "prime" makes another office ("Prime Minister Jo Roe … the minister said" is some minister of hers).
DESCRIPTION_RANK_QUALIFIERS = (TITLE_HYPHEN_PREFIXES - {"pro", "co"}) | _words("""
junior former ex- interim outgoing incoming retired late prime
""")
# The ones read as a free word right before a role that may have lost them ("former San Marco mayor Jo Roe" stored
# as "Marco mayor"): not the common words "late" ("arrived late"), "under" ("drafted under") and "sub", nor
# "prime", which is a word of the role itself.
RANK_WORDS_BEFORE_A_ROLE = DESCRIPTION_RANK_QUALIFIERS - {"late", "under", "sub", "prime"}
# ... the ones that make the description another office than its bare head, which a later "The minister, X," must
# write again ("Norway's deputy minister" is no "the minister"); an acting, interim or outgoing minister holds the
# office and is "the minister" later.
OTHER_OFFICE_RANKS = DESCRIPTION_RANK_QUALIFIERS - {"acting", "interim", "outgoing", "incoming", "late"}

# Words that make a holder's title an organisation's office, not the bare one: "Union president Jo Roe … the
# president" may be the country's; `people_descriptions` gives a description to such a holder only when it writes
# the word too ("the union president").
ORGANISATION_TITLE_QUALIFIERS = _words("""
union unions club party league federation association society guild chamber cooperative co-operative
""")
# Titles that, capitalised after "the" ("the President", "the King"), name the head of state: only a holder whose
# title is bare or national ("President Jo Roe", "Lusian President Jo Roe", "the country's president") fits.
HEAD_OF_STATE_TITLES = _words("president king queen")
# Words beside such a title that keep it national ("the country's president", "state president").
NATIONAL_TITLE_WORDS = _words("country's country’s nation's nation’s national state republic")
# Words after a description that put its holder before or after another one ("the minister before her", "the
# mayor after Jo Roe"); followed by a pronoun or a name they mean another holder.
DESCRIPTION_SUCCESSION_WORDS = _words("before after")

# A country's description of its office holder, written as the country's possessive ("Norland's foreign minister told
# reporters", "Norland's top diplomat said"): per head the holder's title words it stands for, beside the head's own
# ("top diplomat" is the foreign minister). "top trade official" stays a label: the speaker step reads it as the
# unnamed official a next sentence names (tests/loaders/extract/test_speaker_r26_titles.py).
POSSESSIVE_DESCRIPTION_HEADS: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"foreign"}),
}

# Modals after "the <title>" that tell what any holder of the office may or must do ("the judge may impose"), but
# only in a sentence that speaks of any holder (GENERIC_OFFICE_CONTEXTS): "the minister may announce funding next
# week" and "should resign" are this holder's acts.
GENERIC_OFFICE_MODALS = _words("can cannot may must shall")
# ... the words that make a sentence speak of any holder of an office ("In such cases the judge may …"), read in the
# whole sentence ("must approve … by law"). Not "generally", which is as often about something else ("Prices
# generally rose"); "in general" not before "election(s)".
GENERIC_OFFICE_CONTEXTS = (
    "in such cases", "in such a case", "under the law", "by law", "under the constitution", "as a rule",
    "in general", "usually", "normally", "typically", "traditionally", "in theory", "in principle",
    "by convention",
)
# Roles by relation to another holder of the same title ("his counterpart, Seva Brook"): such a person holds the
# title too, so a later "the minister" may be theirs.
RELATIONAL_TITLE_HEADS = _words("counterpart predecessor successor")
# ... and "the <title> has the power to": the office's powers
GENERIC_OFFICE_POWERS = _words("power powers right authority duty")
