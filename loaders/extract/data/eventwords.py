"""Word lists of the events step: which words in a dated clause report a happening (`opendates`), the nouns that
name events (`EVENT_NOUNS` for happenings of any kind, `TRIGGER_NOUNS` for the typed ones; `ALL_EVENT_NOUNS` is
both), and the words an event's name may not end on (`eventnames`). One source per vocabulary; lowercase;
general English news vocabulary, nothing article-specific.
"""
from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Irregular past forms that report a happening ("Pakistan beat Zimbabwe on Sunday").
IRREGULAR_PAST = _words("""
beat won lost made held began hit took left struck sought bought sold went came gave ran broke fought
caught paid sent spent built shot stole froze drew threw wrote chose flew drove swore shut quit overtook
withdrew undertook overthrew forbade sank sprang tore wore won began rebuilt upheld overturned met laid
dug swept blew shook slid stung
""")

# Irregular past participles a denied content clause may tell its act by after its auxiliaries ("had been withdrawn",
# "would be cut", "was frozen"), besides `IRREGULAR_PAST` and any '-ed' word.
IRREGULAR_PARTICIPLES = _words("""
withdrawn broken taken frozen cut stolen shut given driven written chosen drawn thrown shaken hidden beaten
forgotten overtaken undertaken overthrown torn worn sunk sprung flown struck spent put set
""")

# Regular past forms shorter than the five letters an '-ed' word needs to be read as a verb ("red", "bed" are not):
# "Ruth Amsel died on Saturday", "sued ... on Monday". Not "tied" ("tied up in meetings" is a state).
SHORT_REGULAR_PAST = _words("""
died sued
""")

# Verbs written the same in the present and the past ("they cut taxes"): a happening only after a perfect's
# auxiliary ("had last cut the rate in April", "has cut its forecast").
PERFECT_ONLY_PAST = _words("""
cut
""")

# Speech verbs that close a trailing attribution after the event it tells (", the ministry said."): the teller
# is no party of an event whose clause names its own (`events._TRAILING_TELLER`).
TELLING_VERBS = ("said", "says", "announced", "reported", "confirmed", "added", "stated", "told reporters",
                 "told the media", "told a news conference", "told a press conference")

# The short opening phrases a works' start may follow before its comma ("Under the agreement, construction of the
# berth is expected to begin"; `opendates._WORKS_OPENING`: round eventsR55, moved here in eventsR56), and the verbs of
# a plan a told clause of works may follow besides TELLING_VERBS ("The port expects construction to begin").
WORKS_OPENING_WORDS = ("Under", "After", "According to", "As part of", "Once", "Now")
WORKS_PLAN_VERBS = ("expects", "expected")

# The sayings a body's own staff clause follows ("Varnby Police said officers had responded":
# `events._OWN_STAFF_CLAUSE`), and those a date may stand between before their "that" ("said on Friday that":
# `events._TELLING_THAT_BETWEEN`).
# Kept apart from TELLING_VERBS: each list is what its pattern was tuned on, and merging them would change matches.
OWN_STAFF_TELLING_VERBS = ("said", "says", "reported", "reports", "added", "announced", "confirmed")
TELLING_THAT_VERBS = ("said", "says", "told", "tells", "announced", "confirmed", "added", "reported", "stated", "wrote")

# Audiences a remark is made to ("told investors last week", "told a local broadcaster on Monday", "told the
# Assembly last month"): told to one of them with its date right after, a dated remark is a statement event
# (`eventtriggers`). A person told ("told her sister last week") is reported speech, not an event; a gathering with
# a trigger of its own ("told a news conference on Monday") is left to that trigger.
AUDIENCE_WORDS = _words("""
reporters journalists press media investors analysts shareholders lawmakers legislators senators parliament
parliamentarians deputies delegates mps councillors councilors broadcaster broadcasters newspaper
assembly committee
""")
# Heads an election word qualifies when it names a stretch of time or effort, no vote held ("a general election
# campaign", "this election cycle", "election season"; `eventtriggers`). Not "results", "day", "night", "debate".
ELECTION_MODIFIED_HEADS = _words("""
campaign campaigns cycle cycles season year years strategy strategies platform platforms promise promises
pledge pledges mode footing map war-chest
""")
# A race qualified by an office or a party ("the presidential race", "the chaotic Liberal race": a capitalised
# word right before it) is a campaign over months, no happening of a day (`opendates`); "a charity race" is run.
CAMPAIGN_NOUNS = _words("""
race races
""")
CAMPAIGN_QUALIFIERS = _words("""
presidential senate congressional gubernatorial mayoral parliamentary leadership nomination nominating primary
party mayor's governor's
""")
# Objects that make a past verb tell a stir, not an act ("captured the country's attention", "grabbed headlines",
# "caught the public's imagination": `opendates`). Not after "drew attention to" a thing done (its own verb).
ATTENTION_OBJECTS = _words("""
attention imagination headlines spotlight limelight
""")
# Lower-case words that may follow the name "called" takes when it is a phone call: its time, purpose, manner or a
# clause ("called Silva late on Monday", "called Silva to offer condolences", "called Silva twice"); any other
# lower-case word after the name is a complement, naming ("called Silva unworthy", `eventtriggers`).
CALL_FOLLOWERS = _words("""
on in at to from for about over after before during and or but last this late early earlier later yesterday today
tonight twice once again back by with while as who when where which shortly briefly personally directly
immediately ahead soon moments minutes hours days weeks just then also repeatedly several three four times
afterwards first overnight said says told whose since until amid
""")
# The kinds of a poll, written before its noun ("opinion polls", "exit polls", "an early survey"): with a capital at a
# sentence's start they are still no pollster's name (`opendates._POLLSTER`).
POLL_KIND_WORDS = _words("""
opinion exit early internal private online public independent snap straw tracking telephone phone local regional
state previous earlier separate further weekly monthly daily recent new latest national
""")
# Nouns of figures whose "for X in July" names the period they cover, not the day of the act on them ("revised its
# estimates for job creation in July": `opendates`).
FIGURE_NOUNS = _words("""
estimate estimates figure figures data numbers statistics forecast forecasts projection projections
""")
# Head nouns an event noun may qualify ("the incident rate", "arrest figures", "crash data", "exit polls"): the
# event noun is then a modifier, no event of its own (`opendates`).
MODIFIED_HEADS = _words("""
rate rates poll polls
""")
# Words before a relative day in its sentence that make it another's: reported speech or a quoted document ("the
# mayor wrote that the depot would close tomorrow, Thursday 19 November", "a memo dated ..."): its "tomorrow" is
# not the article's, so it pins no day of the article (`reldates.pinned_day`).
REPORTED_DOCUMENT_CUES = ("wrote that", "writes that", "said that", "says that", "told", "memo", "notice",
                          "letter", "email", "e-mail", "message", "dated", "sign", "statement")
# What a threatened act is called off as, later in its sentence ("threatened to strike on Monday but later called
# off the action", "threatened a walkout, then scrapped it"): the act is cancelled (`modality`).
CALLED_OFF_ACT_OBJECTS = ("it", "the action", "the strike", "the walkout", "the stoppage", "the protest",
                          "the threat", "the plan", "the boycott", "the march", "the blockade", "the picket",
                          "the sit-in", "the rally", "the occupation")
# ... and what a threat alone is given up as (a threatened suit's "the case"; `THREAT_GIVEN_UP_VERBS`)
THREAT_GIVEN_UP_OBJECTS = CALLED_OFF_ACT_OBJECTS + ("the case", "the lawsuit", "the suit", "the move", "the idea",
                                                    "the injunction", "the challenge", "the appeal")
# How a threatened act ("threatened to picket the assembly on Wednesday") is told given up later, past the clause's
# semicolon or a subject's report ("; it called off the picket on Tuesday", "but the government said on Monday it
# would not pursue the case"): the act is cancelled (`modality`, rule 'threat-given-up'). Only after "threatened to".
THREAT_GIVEN_UP_VERBS = (r"cancel(?:l)?ed", r"called\s+off", r"scrapped", r"abandoned", r"dropped", r"shelved",
                         r"(?:would|will|did|could)\s+not\s+(?:pursue|go\s+ahead\s+with|proceed\s+with)",
                         r"(?:won['’]t|didn['’]t|wouldn['’]t)\s+(?:pursue|go\s+ahead\s+with|proceed\s+with)",
                         r"backed\s+down\s+(?:on|from)", r"withdrew")
# A threatened act told given up in the passive, by a noun that stands for it ("but that march was called off", "The
# union said that the protest had been suspended"): the nouns, and the participles (`modality`, 'threat-given-up').
THREAT_GIVEN_UP_NOUNS = ("action", "strike", "walkout", "stoppage", "protest", "threat", "plan", "boycott", "march",
                         "blockade", "picket", "sit-in", "rally", "occupation", "case", "lawsuit", "suit", "move",
                         "injunction", "challenge", "appeal")
THREAT_GIVEN_UP_PARTICIPLES = (r"cancel(?:l)?ed", r"called\s+off", r"scrapped", r"abandoned", r"dropped", r"shelved",
                               r"suspended", r"withdrawn", r"put\s+on\s+hold")
# Who and what a giving-up clause must name for it to tell a threat given up (`modality`, 'threat-given-up'):
# "The union threatened to strike on Monday, but called it off" / "; it called off the picket" / "but the union
# dropped the strike"; not "and the company dropped the plan to cut wages" (someone else, something else).
# Subject pronouns that refer back to the threatener, by the threatener's kind: 'any', 'group' (plural or a body),
# 'one' (a single person or thing that is no body).
THREAT_REFERRING_PRONOUNS = {"it": "any", "they": "group", "he": "one", "she": "one"}
# Nouns of bodies: "The union threatened ..., but they" refers back to a body.
THREAT_BODY_NOUNS = _words("""
union unions congress council government management company firm club party board federation association committee
group alliance coalition workers staff employees residents farmers drivers teachers nurses doctors opposition
ministry city administration league movement
""")
# The body an official's threat is carried by: "The minister threatened ...; the government would not pursue the case".
THREATENER_BODIES = {"minister": ("government", "ministry"), "mayor": ("city", "council"),
                     "president": ("government", "administration"), "premier": ("government",),
                     "chairman": ("board", "club", "company"), "chairwoman": ("board", "club", "company"),
                     "leader": ("party", "union"), "chief": ("company", "union")}
# Words of a threatened act (after "threatened to") and the nouns that stand for it when it is given up.
THREAT_ACT_FAMILIES = (
    (("strike", "walk out", "walkout", "stop work", "down tools", "industrial action"),
     ("strike", "walkout", "stoppage", "industrial action", "action")),
    (("march", "protest", "rally", "demonstrat"), ("march", "protest", "rally", "demonstration")),
    (("picket",), ("picket", "protest")),
    (("blockade",), ("blockade", "protest")),
    (("boycott",), ("boycott",)),
    (("occupy", "sit-in"), ("occupation", "sit-in", "protest")),
    (("sue", "lawsuit", "legal action", "injunction", "court", "challenge"),
     ("lawsuit", "case", "suit", "legal action", "action", "injunction", "challenge")),
)
# Objects that stand for any threatened act ("called it off", "dropped the threat", "abandoned the idea").
THREAT_GENERIC_OBJECTS = ("it", "them")
THREAT_GENERIC_NOUNS = ("threat", "idea", "plan", "move", "action")
# Words after an object's noun that make it someone else's ("the plan to cut wages", "the case against his aide",
# "the rally by farmers").
THREAT_OBJECT_QUALIFIERS = ("to", "against", "by", "of", "from", "for", "over", "that", "which", "on behalf of")
# Words before a giving-up verb that are no subject: times, adverbs, the report's "that" ("but on Monday later
# called off"; "but the union said on Tuesday that it").
THREAT_SUBJECT_FILLERS = _words("""
later then also eventually finally soon quickly on in at last this that week weekend night morning evening afternoon
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight day days after hours
""")
# Reporting verbs whose clause carries the giving-up ("the government said on Monday it would not pursue the case").
THREAT_REPORT_VERBS = _words("said says announced added told confirmed stated declared")


# A quotation's own day ("today Hungary committed to it," the minister told a news conference): said of the moment
# of speaking, it is the day of the occasion the quote was spoken at, so it may date the reporter's trigger of that
# occasion; any other date inside a quote is the speaker's, of what the quote tells (`events._date_candidates`).
SPEECH_DAY_PHRASES = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)


# Words of a time phrase that opens a sentence ("On Monday they marched", "Late on Tuesday night the union"): never
# part of an event's name (`eventnames`); a day's or month's name, or a number, must be among them.
OPENING_TIME_WORDS = _words("""
on in at last next this early late earlier later during since by before after
morning afternoon evening night day week weekend month year
""")
OPENING_CALENDAR_WORDS = _words("""
monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow overnight
january february march april may june july august september october november december week weekend month year
morning afternoon evening night
""")


# Audiences named by a qualified head only: "a local radio station", "a television channel" are public; a bare
# "the team", "the crowd" or "the station" may be a private or unnamed one, no statement event.
QUALIFIED_AUDIENCES = ("radio station", "radio stations", "television station", "television channel",
                       "tv station", "tv channel", "radio", "television")
# Words right after a date that make it the subject of the reported clause ("told investors this year would be",
# "told lawmakers today showed"): the date is the topic of the remark, not its day.
REPORTED_CLAUSE_VERBS = _words("""
would will was were is are had has have could can may might should must did does do shall
""")
# Verbs that are not happenings of their own: speech and attribution (reported speech is a quote, not an event),
# states, perception and thought, participles used as adjectives or prepositions, movements of prices and
# statistics ("declined by 20% from its peak in late 2022"), forecasts, valuations and rankings ("projected to
# reach $9 billion by 2033", "was valued at", "topped the charts for 2025"), and the reporter's own sourcing
# ("papers obtained"); tenures, criticism faced and efforts ("served as prosecutor from 1983", "faced criticism",
# "struggled to explain").
NOT_EVENT_VERBS = _words("""
said told threatened threatens added noted stated explained argued claimed stressed insisted recalled remarked commented replied
answered asked wrote reported according described believed thought hoped expected seemed appeared called named
used needed based published updated posted concerned interested involved located related pleased surprised
worried tired supposed allowed compared owned housed aged listed estimated numbered counted measured weighed
red bed seed need speed feed hundred united limited indeed shed breed deed freed greed proceed succeed exceed
led fed wed bled bred sped fled drove
emailed texted tweeted quoted cited dated titled entitled dubbed headlined captioned labelled labeled
remained stayed lived continued seemed looked sounded felt knew saw heard learned understood considered
wanted liked loved hated preferred feared doubted assumed suggested indicated showed shown revealed confirmed
scheduled planned expected intended designed aimed set
obtained seen
served faced struggled
projected valued forecast forecasted rated ranked topped focused detailed equipped
""")

# How statistics and prices move (part of `NOT_EVENT_VERBS`): an event noun counted by one of them is a figure,
# not a happening ("deaths due to extreme heat rose 55% between 2000 and 2004").
STATISTIC_VERBS = _words("""
rose fell grew declined increased decreased dropped surged climbed slipped jumped soared plunged tumbled gained
doubled tripled halved averaged totalled totaled peaked pared fluctuated recovered rebounded dipped
flatlined
""")
# The words that open a noun's own modifier before its verb ("deaths due to extreme heat rose", "arrests at the
# border fell"): a statistic's verb counts the event noun only when the words between them open with one of
# these, so the noun is the verb's subject ("the ruling sent shares that fell" counts the shares, not the ruling).
NOUN_MODIFIER_OPENERS = _words("""
of in at on from for by among across over during due linked related caused involving per near along within
""")
# Acts that begin a state lasting to now, told in a perfect with "since" and a day or month ("have blocked the
# roads since October 27", "has been closed since Monday", "Since March, fences have appeared"): the act is an event
# that began on that date (`opendates`, the state-onset reading of "since"). Past participles, lowercase; only acts
# that start a closure, blockade, strike, occupation, ban or suspension, or a thing's appearing ("has lived there
# since 1990", "has farmed since May" stay states).
STATE_ONSET_PARTICIPLES = _words("""
blocked blockaded closed shut suspended halted banned barred occupied besieged stopped sealed
appeared emerged erected fenced barricaded picketed boycotted detained jailed imprisoned
""")
# Words that open a clause or a second subject: a statistic's verb after one of them has another subject.
CLAUSE_OPENERS = _words("""
and or but as while that which who when whereas because since though although after before until so
""")
# States a thing stays in rather than happenings: after 'will' their bare form reports none ("will stay shut",
# "will remain closed", "will continue to"). Only true states: 'will name', 'will list', 'will hold a vote' are
# happenings though their past forms are in `NOT_EVENT_VERBS` as speech or adjectives. Bare forms, lowercase.
STATE_VERBS = _words("""
remain stay continue live be have keep seem look sound feel know believe hope want need like love prefer fear
doubt mean
""")
NOT_EVENT_VERBS = NOT_EVENT_VERBS | STATISTIC_VERBS

# Nouns that name a happening when a date is attached to them ("decision of March 2025", "the 2019 fish kills",
# "a hearing in April", "Sunday's crossings").
EVENT_NOUNS = _words("""
decision decisions hearing hearings ruling rulings judgment judgement verdict approval approvals exit landfall
alert alerts rally rallies protest protests march marches strike strikes match matches final finals series
tournament game games race launch opening openings closure closures delivery deliveries investment
crash crashes collapse fire fires flood floods flooding storm outbreak arrest arrests trial trials appeal
inquiry inquest audit report study debate ceremony festival forum conference webcast concert premiere
merger acquisition takeover bankruptcy listing ipo kill kills death deaths killing killings shutdown
eruption derailment accident collision explosion fatalities departure departures crossings crossing flights
sailings opener decider hearing sitting session budget census recount
markup markups
inauguration groundbreaking handover transfer sale auction award awards prize nomination nominations
appointment resignation retirement dismissal sacking suspension ban lockdown evacuation rescue
win wins victory victories defeat defeats
incident incidents
""")

# A body's own staff as the subject of a clause the body tells ("Varnby Police said officers had responded",
# "Kestle Transit said its crews had cleared the line"): the body acted through them (`events`). A word for staff of
# any kind counts only after "its/their" ("said its employees had repaired"); bare, only a uniformed word, and only
# for a body of its kind (the head words of its name): "engineers" or "workers" told of by a police service may be
# anyone's.
WORKFORCE_PLURALS = _words("""
officers crews staff firefighters deputies troopers workers employees engineers technicians inspectors rescuers
paramedics personnel
""")
UNIFORMED_STAFF_BODIES = {
    "officers": _words("police constabulary sheriff patrol"),
    "deputies": _words("sheriff"),
    "troopers": _words("police patrol"),
    "firefighters": _words("fire"),
    "crews": _words("fire rescue ambulance council transit transport highways roads works water rail railway power "
                    "utilities electricity"),
    "staff": _words("hospital clinic school college university museum library council"),
    "paramedics": _words("ambulance paramedic"),
    "rescuers": _words("rescue"),
}
# Acts staff take as a workforce against or apart from their employer (a strike, a walkout, a protest, a vote):
# theirs, never the body's that tells of them (word stems or forms, read as prefixes anywhere in the trigger's verb
# phrase: "struck", "held a rally", "staged a sit-in", "downed tools"; "vote" covers "voted").
LABOUR_ACTION_STEMS = ("strike", "struck", "walked out", "walk-out", "walkout", "stayed away", "protest", "demonstrat",
                       "rally", "rallies", "picket", "vote", "voting", "ballot", "reject", "boycott",
                       "stoppage", "sit-in", "downed tools", "work-to-rule", "go-slow")
# ... except a union's, which speaks for its members in them ("the Varnby Nurses' Union said its members would
# strike", "the Kestle Police Federation said officers had walked out"): the head words of a labour body's name (its
# last word, or the word before "of" or "for": "the National Union of Dockers", "the Union for Tarnby Nurses"), and the
# word for its members beside the staff words above (`events`). A name whose last word is one of the employers' side
# is no union ("the Federation of Kestle Employers", "the Confederation of Varnby Industry"; but "the Union of Vell
# Retail Business Workers" is: review of eventsR54); nor is a state or a bloc ("the Russian Federation", "the Soviet
# Union": the gazetteer's countries and organisations; "the Union of Kestrian Socialist Republics": a name ending in
# a polity's plural). Such a body's members are no workforce (firms, states): their act is left to the older routes.
LABOUR_BODY_HEADS = _words("union unions federation confederation guild syndicate")
EMPLOYER_SIDE_WORDS = _words("""
employers employer industry industries business businesses manufacturers commerce industrialists entrepreneurs
""")
POLITY_PLURALS = _words("republics states nations emirates kingdoms")
MEMBER_PLURALS = _words("members")

# The doers a dated clause may name without a capitalised name (`opendates`): people and bodies acting as such
# ("On November 9, residents of four colonias blocked the highway", "officials came to her street in 2021"). With
# a date written out (a year, or a month with its day) such a subject is explicit enough; "The children played in
# the park on 4 May 2025" names no doer.
DOER_NOUNS = _words("""
officials official residents villagers protesters demonstrators strikers workers employees staff farmers fishermen
police officers troops soldiers forces army navy militants rebels gunmen attackers insurgents fighters
authorities government ministry council municipality court judge judges board regulator regulators
company firm operator agency commission parliament lawmakers legislators senators voters prosecutors
investigators firefighters rescuers crews crew inspectors engineers contractors students teachers doctors nurses
leaders ministers delegates negotiators activists unions union
""")

# A legislature's chambers named by their common nouns: bodies of agents whose dated acts are happenings ("The
# state senate approved the bill in February"); "house" and "chamber" only with the qualifier that makes them one
# ("The lower house approved", not "The house sold") (`opendates.agent_group_subject`).
LEGISLATIVE_CHAMBERS = _words("senate legislature congress")
CHAMBER_QUALIFIED_HEADS = _words("house chamber")
CHAMBER_QUALIFIERS = _words("lower upper")

# The heads of a plural subject that is a gathering of officials when it acts ('EU trade ministers failed on
# Tuesday to agree'): "the meeting" told after it is the gathering it acted at (`eventmerge._gathering_type`).
GATHERING_BODY_HEADS = _words("""
ministers leaders delegates negotiators envoys heads
""")

# Instruments whose coming into force or expiry is a happening of its own ("The previous protocol expired in
# November 2024"): a definite subject so headed tells a happening without a name (`opendates._acting_subject`).
INSTRUMENT_NOUNS = _words("""
protocol treaty agreement accord deal contract law laws licence license permit moratorium ceasefire truce lease
concession mandate tender
""")

# The noun of a happening told by its verb, for a name when its clause names no subject (`eventnames`: "It was
# signed in February" -> "Signing", "approved the budget" -> "Approval of the budget"). Past forms, lowercase.
VERB_NOUNS = {
    "arrested": "arrest", "approved": "approval", "resigned": "resignation", "launched": "launch",
    "signed": "signing", "opened": "opening", "sentenced": "sentencing", "closed": "closure",
    "detained": "detention", "released": "release", "elected": "election", "appointed": "appointment",
    "dismissed": "dismissal", "fired": "dismissal", "acquired": "acquisition", "merged": "merger",
    "evacuated": "evacuation", "rescued": "rescue", "suspended": "suspension", "banned": "ban",
    "cancelled": "cancellation", "canceled": "cancellation", "postponed": "postponement",
    "convicted": "conviction", "acquitted": "acquittal", "charged": "charging", "indicted": "indictment",
    "inaugurated": "inauguration", "completed": "completion", "destroyed": "destruction",
    "demolished": "demolition", "detected": "detection", "discovered": "discovery", "collapsed": "collapse",
    "invaded": "invasion", "expelled": "expulsion", "deported": "deportation", "ratified": "ratification",
    "adopted": "adoption", "rejected": "rejection", "withdrew": "withdrawal", "retired": "retirement",
    "died": "death", "sold": "sale", "bought": "purchase", "built": "construction", "began": "start",
}

# Past forms also read as adjectives or speech (in `NOT_EVENT_VERBS`) that tell a happening when a date stands
# between their subject and them and an object follows ("The energy ministry on Monday named Atlântico Verde as
# winners", "The council on Monday listed the mill"); "the ferry, named Varn in 2019," stays an adjective.
DATED_SUBJECT_VERBS = _words("""
named listed called
""")

# Event nouns with another common sense: a happening only with the words of their own field in the clause ("Silva's
# appeal was greatest among young voters" is attraction; "her appeal against the ruling" is a court's).
# Nouns of a contest's result: the clause's own event verb, wherever it stands, tells the happening before them
# ("gave Hearts a 2-1 win over Aberdeen": the giving, whose sides `parties` reads); only a clause with none
# ("kept their hopes alive with a 27-24 win") is told by the noun (`opendates._reporting_word`).
CONTEST_NOUNS = frozenset(("win", "wins", "victory", "victories", "defeat", "defeats"))
# A contest's result is a happening only against an opponent or with a score ("a 27-24 win over Moana Pasifika",
# "defeat to Uganda"); "the club's win rate", "a victory for common sense" are none.
_CONTEST_CONTEXT = re.compile(r"\b(?:over|against|to|by|at)\s+(?:the\s+)?(?-i:[A-Z])|\b\d{1,3}\s*[-–]\s*\d{1,3}\b",
                              re.I)
# A result wished for, not had: "Arsenal need a win over Chelsea", "Smith hopes for a win", "Analysts expect a
# victory by Labour" (`opendates._WISHED_RESULT`, the words right before the noun's article); and a result in a
# conditional clause ("A defeat to Uganda would end Kenya's hopes", CONTEST_CONDITIONALS anywhere in the clause).
CONTEST_WISH_WORDS = (
    "need", "needs", "needed", "needing", "hope for", "hopes for", "hoped for", "hoping for", "expect", "expects",
    "expected", "expecting", "seek", "seeks", "sought", "seeking", "target", "targets", "targeting", "want", "wants",
    "wanted", "wanting", "chase", "chases", "chasing", "eye", "eyes", "eyeing", "predict", "predicts", "predicted",
    "require", "requires", "required", "search for", "searching for", "push for", "pushing for", "aim for",
    "aims for", "aiming for", "go for", "goes for", "going for",
)
CONTEST_CONDITIONALS = _words("""
would could might should if unless
""")
NOUNS_IN_CONTEXT = {
    **{noun: _CONTEST_CONTEXT for noun in ("win", "wins", "victory", "victories", "defeat", "defeats")},  # CONTEST_NOUNS
    "appeal": re.compile(r"\b(?:courts?|ruling|verdict|sentences?|conviction|judges?|tribunal|filed|lodged|lawyers?|"
                         r"appeals|against|upheld|rejected|dismissed|hearing)\b", re.I),
}

# Event nouns that are also adjectives, and the words after them that make them one: "the ruling Unity Party",
# "the ruling coalition" (no court's ruling) (`opendates._reporting_word`).
ADJECTIVE_USES = {
    "ruling": re.compile(r"\s+(?:(?-i:[A-Z])|(?:party|parties|coalition|junta|elite|elites|class|family|bloc|"
                         r"alliance|government|military|council|majority|camp)\b)", re.I),
}

# Gathering nouns too general to name one gathering of their own: "the talks", "the meeting", "during the visit"
# told without a date refer back to the gathering of their kind already told. A definite noun not listed here
# ("the summit", "the forum", "the conference") names a gathering of its own unless the same noun told it first.
BACK_REFERENCE_NOUNS = _words("""
meeting meetings talks visit visits trip call conversation
""")

# Verbs by which someone reacts to an event or reports it, not acts on it: their subject is no party of the event
# their object names ("claimed the attack was", "condemned the vote"), unlike "cancelled Sunday's crossings".
REACTION_VERBS = _words("""
claimed denied confirmed reported condemned criticized criticised welcomed praised blamed described defended
questioned hailed slammed dismissed rejected disputed acknowledged mentioned noted recalled cited watched witnessed
investigated mourned termed labelled labeled dubbed characterized characterised observed monitored
""")

# Words before a gathering that make it the topic of another act ("spoke about the Varna summit", "praised the
# Varna summit on Monday"): a date of the clause is that act's, not the gathering's own (`events._own_date`).
GATHERING_TOPIC_WORDS = REACTION_VERBS | _words("""
about discussed debated regarding concerning over addressed analysed analyzed reviewed assessed
""")

# The verbs of a career as a biography tells it ("joined the Herald in 2019 and covers transport"): with a person
# before them and an author's beat after them (`author_bios.BEAT`), a biography, not an event.
CAREER_VERBS = _words("""
joined worked served graduated started began covered reported
""")

# Outcomes of one happening told in parts, each family's trigger words (the first word of an 'other' trigger): one
# trial's verdict reaches each defendant ("X was convicted ... Y was convicted on one count and acquitted on
# another ... after the verdict"). Mentions of one family told on one day are one event, whoever each names.
OUTCOME_FAMILIES: dict[str, str] = {
    word: family for family, words in {
        "verdict": "convicted convicts convict acquitted acquits acquit verdict verdicts cleared",
    }.items() for word in words.split()
}

# The nouns of the typed triggers (`events.TRIGGERS`), which a name keeps as its noun ("Kowal–Ezra talks", "the
# Lisbon summit"); with `EVENT_NOUNS` they are every noun that names an event (`ALL_EVENT_NOUNS`).
TRIGGER_NOUNS = _words("""
talks summit meeting visit trip tour agreement accord treaty deal memorandum contract pact ceasefire truce
statement announcement declaration condemnation denial briefing conference call attack bombing massacre siege
raid shooting ambush explosion blast invasion offensive war election referendum runoff ballot primaries veto
vote resolution
""")
ALL_EVENT_NOUNS = EVENT_NOUNS | TRIGGER_NOUNS

# Irregular participles that need their agent or object after them: a name does not end on one ("a challenge
# brought [by ...]", "the permission given [to ...]").
AGENT_PARTICIPLES = _words("""
brought led given taken known seen done found put set shown written chosen
""")

# Participles whose "by" agent in the trigger's object phrase is still a party of the trigger's event: the one who
# leads, hosts or brokers what the trigger acts on ("met a delegation led by Norway", "signed a deal brokered by
# Qatar"). Any other participle takes its own agent ("protested against the levy imposed by the ministry": the
# ministry imposed it, the farmers protested) (`parties._OBJECT_PARTICIPLE_AGENT`).
PARTY_KEEPING_PARTICIPLES = _words("""
led headed accompanied represented chaired hosted brokered mediated sponsored co-sponsored
called convened organised organized staged mounted arranged coordinated
""")

# Who chooses a new leader in an election (`events`): voters, an electorate or a legislature that votes ("Voters
# in X will choose a new president", "lawmakers will elect a new prime minister"). A board, committee, company or
# party that chooses one appoints them: no election, unless a ballot is told.
ELECTORATE_WORDS = _words("""
voters voter electorate electors citizens people residents public nation lawmakers legislators parliament
parliamentarians mps deputies
""")

# The kinds of an election, read before its noun for its name ("Norwegian general election", "Peruvian presidential
# election"; `eventnames`).
ELECTION_KINDS = _words("""
general presidential parliamentary legislative local municipal regional mayoral gubernatorial senate congressional
snap early federal state provincial national midterm
""")

# The words that set a date ("scheduled for Friday", "due on Monday", "slated for next week"): a name cut before its
# date drops them too ("Rally scheduled for [Friday] cancelled" -> "Rally cancelled"). Prepositions, then the
# participles and adjectives that govern them.
DATE_PREPOSITIONS = _words("for on at by until till")
DATE_SETTING_WORDS = _words("""
scheduled planned set slated due expected billed booked timed fixed penciled pencilled rescheduled
""")

# Articles, prepositions, auxiliaries and adverbs a name does not end on ("walkout was", "the endorsement of").
NAME_DANGLING_WORDS = _words("""
the a an of for to with its their his her was were is are has have had been be being will would also
only just then again still even now
inside outside than more under into onto around against among across through between within without per near
""")

# A name's head from the clause's own subject (`eventnames`): words that cannot start it (pronouns say nothing
# without their antecedent: "It first launched"), auxiliaries and adverbs between it and the verb (dropped,
# headline-style: "the discovery was announced" -> "Discovery announced"), and finite verbs showing that the words
# before the trigger are a clause of their own, not a noun phrase ("Sony said profits rose").
NAME_SUBJECT_PRONOUNS = _words("""
it he she they we i you this that these those there which who what one
""")
NAME_SUBJECT_SKIPPED = _words("""
was were is are be been has have had will would shall just first last also already recently previously finally
later then now once still soon
""")
NAME_SUBJECT_VERBS = _words("""
is are was were has have had said says say will would can could may might
""")

# Nouns that end like adverbs ("a joint rally"): a name may end on them.
LY_NOUNS = _words("""
rally ally family assembly supply reply anomaly monopoly belly fly jelly lily bully
""")

# Words that follow 'will'/'would' without being the verb ("would also be delayed", "will not open").
NOT_VERBS_AFTER_AUXILIARY = _words("""
also not still only now soon then just never again even first further probably likely certainly then
already always usually once be have
""")

# Verbs telling that a plan did not happen at all ("The talks, planned for Friday, were called off"): only after
# these is a plan's apposition an event of its own and its bare weekday the coming one (`opendates`, `events`).
# Not "suspended", "abandoned at half-time", "drew a record audience": the plan went ahead.
PLAN_UNDONE_VERBS = (r"cancel(?:l)?ed", r"called\s+off", r"postponed", r"scrapped", r"shelved", r"put\s+off", r"axed",
                     r"ditched", r"pushed\s+back", r"put\s+back", r"deferred")
# Adverbs telling that a plan's day was the one first set, later changed ("originally scheduled for 19 November but
# postponed"): with these, or with a verb of `PLAN_UNDONE_VERBS` (or "moved") telling the plan undone, a yearless
# plan day is the nearest such day, gone by or to come (`reldates._undone_plan_day`).
PLAN_FIRST_SET_ADVERBS = ("originally", "initially", "previously", "first")
# Nouns that name a happening only when told with the day it is (or was) set for ("The signing, originally scheduled
# for 18 November, was postponed", "a workshop planned for 2 December was called off"; events round R22): beside
# `EVENT_NOUNS`, the heads a plan's day or its undoing looks back to (`opendates`). Never by a bare date ("the
# signing in January" may be a player).
PLAN_EVENT_NOUNS = _words("""
signing signings workshop workshops roadshow seminar seminars webinar exercise exercises friendly friendlies
consultation consultations mission
""")
# The nouns of works on a thing and the nouns of a start verb, for a works' start's name ("Construction of the first
# berth is expected to begin" -> "Start of construction of the first berth", `eventnames`; review of eventsR22)
WORKS_NOUNS = ("construction", "works", "work", "building", "dredging", "demolition", "repairs", "repair")
START_VERB_NOUNS = {
    "begin": "start", "begins": "start", "began": "start", "start": "start", "starts": "start", "started": "start",
    "resume": "resumption", "resumes": "resumption", "resumed": "resumption",
}
# The heads of writings and creative works, whose "work on" is no dated happening ("Work on the report will start
# in May", "Work on his third novel began in May"; review of eventsR22): works start only on a thing built or mended
# (`opendates._WORKS_START`).
WORKS_NOT_BUILT_HEADS = _words("""
report reports novel novels book books album albums film films study studies plan plans proposal proposals bill
bills law laws strategy strategies draft drafts script scripts song songs paper papers thesis manuscript documentary
series episode episodes budget budgets memoir play plays opera symphony painting poem poems code software website
""")
# The gatherings a party withdraws from or pulls out of, calling them off ("withdrew from the peace talks", "pulled
# out of the summit"); not a contest, which goes on without it ("withdrew from the election", `modality`).
WITHDRAWN_FROM_GATHERINGS = _words("""
talks negotiations meeting meetings summit conference forum visit trip tour debate
""")
# ... and the main verbs telling that such a plan went ahead as set ("The rally, planned for Monday, went ahead"):
# with these too the apposition's noun is the event (its weekday the past one). Other main verbs ("drew a record
# audience", "was suspended after two hours") leave the apposition to the rest of the reading.
# ... or that it was moved to another day or place (the plan stands, elsewhere: "Their game ..., planned for May 30,
# has been moved to Canberra"), read in the passive like the called-off verbs.
# Verbs telling, right after a happening's noun phrase, that it was broken off or taken back before it was
# carried out ("Talks between the union and the airline broke down", "talks on the truce had been suspended", "a
# planned vote ... was withdrawn"): read as called off by `modality` (`plan-broken-after`). The active ones, then the
# participles read only in the passive and not when the rest of the clause tells it ran first ("was suspended
# after two hours", "suspended during the second half": the happening went ahead).
PLAN_BROKEN_VERBS = (r"broke\s+down", r"(?:has|have|had)\s+broken\s+down", r"collapsed", r"fell\s+through",
                     r"foundered", r"(?:has|have|had)\s+collapsed")
PLAN_BROKEN_PARTICIPLES = (r"suspended", r"withdrawn", r"halted", r"abandoned")
PLAN_RAN_FIRST_WORDS = (r"after", r"during", r"midway", r"mid-\w+", r"at\s+half-time", r"for\s+\w+\s+(?:minutes|hours)")
# Attack verbs as a denial's gerund ("The ministry denied shelling the hospital", "denied targeting civilian
# infrastructure", "denied firing first"): an attack trigger only right after deny/denies/denied/denying (elsewhere
# "targeting voters", "striking workers" are no attack); its status is then the denial's (`modality`).
# Review: "denied striking a deal", "denied targeting the referee", "denied attacking her record", "denied firing
# at goal" are no attacks: targeting/attacking/striking and firing/shooting at are attacks only with a military or
# human object (`DENIED_ATTACK_OBJECTS`, at most two words before it).
DENIED_ATTACK_OBJECTS = (r"civilians?", r"protesters", r"demonstrators", r"crowds?", r"residents", r"refugees",
                         r"troops", r"soldiers", r"forces", r"positions", r"bases?", r"convoys?", r"villages?",
                         r"hospitals?", r"schools?", r"homes", r"infrastructure", r"targets", r"fighters",
                         r"police", r"officers", r"aircraft", r"ships?", r"vessels?", r"drones?", r"people")
_ATTACK_OBJECT = (r"(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(DENIED_ATTACK_OBJECTS) + r")")
DENIED_ATTACK_GERUNDS = (r"shelling", r"bombing", r"bombarding", r"firing\s+first",
                         r"(?:targett?ing|attacking|striking)\s+" + _ATTACK_OBJECT,
                         r"(?:firing|shooting)\s+(?:on|at|upon|into)\s+" + _ATTACK_OBJECT)
PLAN_MOVED_VERBS = (r"moved", r"rescheduled", r"relocated", r"brought\s+forward", r"switched")
PLAN_HELD_VERBS = (r"(?:was|were)\s+held", r"went\s+ahead", r"took\s+place", r"(?:was|were)\s+staged")

# Words for what a signing ceremony signs when it is an agreement between parties (`OPEN_TYPES`, 'ceremony').
SIGNING_AGREEMENT_WORDS = (r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand\w+|protocols?|"
                           r"conventions?|charters?|mou)\b")

# The media a statement is made through: "took to Twitter", "went after him during a CNN panel" (`OPEN_TYPES`).
SPEECH_MEDIA = (r"twitter|facebook|instagram|youtube|social\s+media|the\s+airwaves|the\s+(?:stage|podium|microphone)|"
                r"(?:radio|television|tv|cable|news|morning|talk|cnn|fox)?\s*(?:panel|interview|broadcast|programme|"
                r"program|podcast|speech|debate|tweets?|column|op-ed)")

# The type an open trigger takes from its word, when its clause holds the context (a regex, case-insensitive)
# that makes the word mean that: "passed" a bill is a vote, "signed" a memorandum an agreement. Others: 'other'.
OPEN_TYPES: tuple[tuple[str, str, str], ...] = (
    ("passed", "vote_veto", r"\b(?:bill|bills|legislation|law|act|budget|motion|resolution|amendment)\b"),
    # (or a committee or house approving a bill or measure: "the House Financial Services Committee approved a bill";
    # not "the committee approved the plan")
    ("approved", "vote_veto", r"\b(?:parliament|senate|congress|assembly|council|lawmakers|legislat\w+|voters)\b|"
                              r"\b(?:committee|house)\b[^.;]{0,80}?\bapproved\s+(?:(?:a|an|the|its|their)\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:bill|measure|amendment|resolution)s?\b"),
    ("signed", "agreement_signing", r"\b(?:agreement|memorand\w+|accord|treaty|deal|pact|contract|protocol|mou)\b"),
    ("struck", "attack", r"\b(?:forces|troops|army|military|drones?|missiles?|rockets?|shells?|warplanes?|jets?|"
                         r"airstrikes?|air\s+strikes?|hospital|base|depot|barracks)\b"),
    # "its troops shelled the village", "artillery shelled the town": bombardment by armed force (not "shelled out
    # $40", "shelled peanuts": no force named)
    ("shelled", "attack", r"\b(?:forces|troops|army|military|artillery|tanks?|gunboats?|warships?|rebels?|militants?|"
                          r"soldiers|fighters|insurgents?)\b"),
    ("agreed", "agreement_signing", r"\band\b[^,;]*\bagreed\b"),  # "X and Y agreed on Tuesday to ..."
    ("visited", "visit", r""),
    ("toured", "visit", r""),
    ("tour", "visit", r""),
    # "a signing ceremony with Jordan ... was called off": a signing ceremony is an agreement's only when a party
    # is named after "with"/"between" or an agreement word is near (not "a signing ceremony for three new players")
    ("ceremony", "agreement_signing",
     r"\bsigning\s+ceremon(?:y|ies)\b[^.;]{0,60}?(?:\b(?:with|between)\s+(?:the\s+)?(?-i:[A-Z])|"
     + SIGNING_AGREEMENT_WORDS + r")|" + SIGNING_AGREEMENT_WORDS + r"[^.;]{0,60}?\bsigning\s+ceremon"),
    ("forum", "meeting", r""),
    ("webcast", "press_conference", r""),
    ("interview", "statement", r""),
    ("speech", "statement", r""),
    # a statement made through a medium: "took to Twitter", "went after him during a radio panel" (not "took to the
    # streets", a protest; not "police went after the suspects": no medium in the clause)
    ("took", "statement", r"\btook\s+to\s+(?:" + SPEECH_MEDIA + r")\b"),
    ("went", "statement", r"\bwent\s+after\b[^.;]{0,80}?\b(?:" + SPEECH_MEDIA + r")\b"),
)

# Words before "primary" that make it a school, not a party's contest ("the village primary", "a local primary",
# "the infant primary"): the dated primary row of `CLASS_TRIGGERS` skips it after them.
PRIMARY_SCHOOL_WORDS = _words("""
village infant junior nearby parish church catholic
""")

# Words of a contest (a race run, a match won, a prize taken): where "Kenya's Ana Silva" gives the winner's
# nationality, no party of the event (`parties.event_actors`); elsewhere, a signing or a meeting, the country's
# possessive names the side the person acts for.
CONTEST_WORDS = _words("""
won win wins winning beat beats beating defeated defeats defeating edged outran outpaced finished
race races marathon final finals semifinal semi-final title titles prize prizes medal medals trophy cup
championship championships tournament match matches game games victory podium record
""")

# The winner's verbs of a contest whose object is the beaten side ("The Stormers beat the Bulls", "held off the
# Sharks"): both are its parties (`parties._contest_opponent`). Not "won" (its object is the prize: "won the
# title") nor "lost to" (its subject is the beaten side, read as the subject already).
CONTEST_DEFEAT_VERBS = _words("""
beat beats defeated defeats edged edges thrashed thrash thrashes routed overcame overcome outplayed
downed edge
""")
# ... and those that are such verbs only with "off" ("held off the Sharks"; "held the Bulls scoreless" is no win)
CONTEST_DEFEAT_WITH_OFF = _words("held holds fought fends fended saw")

# The participles of a poll's sample ("voters polled said", "those surveyed were"): right before the sample's own
# verb they tell who was asked, no happening (`opendates`).
SAMPLE_PARTICIPLES = frozenset("polled surveyed questioned sampled interviewed asked".split())
SAMPLE_VERBS_AFTER = frozenset("said say says were are was is reported told believed believe thought think backed "
                               "back favored favoured favor favour supported support opposed oppose preferred "
                               "prefer".split())

# A past verb with its particle that tells a stance, not a happening ("The court ruled out a delay on Monday",
# "pointed out", "played down"): no open event (`opendates`). "ruled on", "held talks" stay happenings.
# A player "passed fit" (or "declared fit") is a state declared, no happening either ("was only passed fit on Friday").
STANCE_PARTICLE_VERBS = ("ruled out", "pointed out", "played down", "talked up", "spelled out", "singled out",
                         "passed fit", "declared fit")

# A statistic's verb (`STATISTIC_VERBS`) with a particle that makes it an act ("Brenner dropped out on Feb. 20",
# "dropped out of the race"): a regex after the verb; "dropped out of" only before a contest or a body left, not
# "sales dropped out of the top ten" (`opendates`).
ACT_PARTICLES = {
    "dropped": r"\s+out\b(?!\s+of\s+(?!(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:race|contest|campaign|running|"
               r"election|primary|primaries|competition|tournament|talks|deal|coalition|agreement|school|college)\b))",
    # "showed up at the office": an arrival (not "showed up to 40 percent": a figure)
    "showed": r"\s+up\b(?!\s+(?:to\s+)?[$€£]?\d)",
}

# Measures whose change is a figure, not a happening, when one is the verb's subject ("the pace of hiring has
# slowed", "the growth rate slowed in March": `opendates`). Rates only: inflation or unemployment also act on
# things ("Inflation battered Portugal in 2022" is a happening, `test_review_findings`).
MEASURE_NOUNS = _words("""
pace rate rates growth turnout hiring spending productivity
""")

# Verbs of giving a sum: with one recipient after the sum ("gave $10 million to a group backing Bush") one
# transfer, not a year's figure (`opendates`).
TRANSFER_VERBS = _words("""
gave donated lent loaned contributed transferred granted wired
""")

# Verbs that tell an age reached before a bare number ("who turned 60 on 2 April"): no happening (`opendates`);
# a number with its noun ("turned 200 protesters away") is none.
AGE_VERBS = ("turned",)

# Words right before a date that make it a document's own date, not a happening's ("a report dated 2 March",
# "a letter dated 14 May"): the date is skipped by `opendates`.
DOCUMENT_DATE_LEADS = ("dated", "datelined", "postmarked")

# Head words of bodies whose names are no place ("in the Brennvik District Court"; a vote in a council is held
# there): the town the name opens with is the place (`events._location`).
BODY_HEADS = _words("""
court courts tribunal ministry department commission committee council authority agency bureau board
""")

# The administrative word after a region's name ("Varno Oblast", "Anbar Province"), read off to find its town.
ADMINISTRATIVE_TAILS = _words("""
Oblast Province Region District Governorate Prefecture County State
""")

# Verbs by which a sentence reports a claim ("X's campaign has said that Silva met ..."), which a following
# "Silva denied it" denies.
CLAIM_VERBS = _words("""
said says say claimed claims alleged alleges accused accuses reported reports suggested insisted
""")

# A clause of time (`modality`): its openers ("will sign when the ministers meet"), the future or modal words of
# the main clause that make a present verb in it a plan, and "would" only after a reporting verb (the future of
# the past: "said they would sign when ..."; alone it is as often a habit: "would walk there when ...").
TIME_CLAUSE_OPENERS = ("when", "once", "until", "as soon as")
FUTURE_MAIN_WORDS = ("will", "shall", "'ll", "’ll", "is to", "are to", "plan to", "plans to", "expect to",
                     "expects to", "expected to", "due to", "set to")
REPORTING_VERBS_BEFORE_WOULD = _words("""
said says told added announced promised pledged vowed insisted warned indicated stated explained wrote
predicted expected hoped signalled signaled confirmed
""")
# Words that tell a habit or a memory: no plan in a clause of time ("each May", "every summer", "used to",
# "her brother recalled").
HABIT_OR_MEMORY_WORDS = ("each", "every", "used to", "recalled", "recalls", "remembered", "remembers",
                         "reminisced", "as a child", "as a girl", "as a boy")

# Adverbs of frequency, and "tend to": a clause with one between its subject and its date tells a habit, not one
# dated happening ("The protests typically peak in September", "The negotiations tend to drag on until December";
# `opendates`). (`modality`'s 'habit' rule reads its own list before a trigger.)
# Words that, right before a simple present, make it no subject's verb: a relative pronoun opens a clause inside
# the subject ("The official who heads the agency met ..."), a preposition or determiner makes it a noun ("over late
# returns", "his visits"); and the past forms that end a scheduled present's reach ("meets Silva on Monday and flew
# home on Tuesday").
NOT_SUBJECT_VERB_BEFORE = ("the", "his", "her", "its", "their", "our", "my", "your", "a", "an", "late", "early",
                           "new", "annual")
# ... and those within two words before it ("who heads", "over late returns")
RELATIVE_OR_PREPOSITION_BEFORE = ("who", "that", "which", "whose", "of", "over", "for", "on", "in", "at", "with",
                                  "about", "from", "by", "into", "after", "before")
IRREGULAR_PAST_VERBS = ("flew", "met", "went", "came", "held", "took", "gave", "made", "beat", "won", "lost", "left",
                        "spoke", "saw", "ran", "drove", "rode", "led", "fell", "rose", "sat", "stood", "told", "said")
HABIT_ADVERBS = ("typically", "often", "usually", "always", "normally", "generally", "regularly", "traditionally",
                 "sometimes", "rarely", "seldom", "frequently", "routinely", "customarily", "habitually",
                 "invariably", "tend to", "tends to", "tended to", "annually", "every year", "each year",
                 "every month", "each month", "every week", "each week", "every day", "each day", "every spring",
                 "every summer", "every autumn", "every winter")

# Heads of a subject phrase whose demonym names the state that acted ("a Norwegian survey ship had anchored",
# "Russian forces struck"): the state's craft, forces and services. A demonym before other heads ("Norwegian
# fishermen", "Tajik farmers") names the nationality of private people, not a party.
STATE_AGENT_HEADS = _words("""
ship ships vessel vessels warship warships submarine submarines aircraft plane planes jet jets warplane
warplanes drone drones helicopter helicopters tank tanks forces force troops soldiers army navy military coastguard
guard guards police officials authorities diplomats government cabinet ministry regulators agents spies missile
missiles artillery embassy consulate
""")
# A force of nature's verbs, which take the land they hit as their object ("Cyclone Evan struck Apia", "the storm
# battered Nova Scotia"): that land is the event's place (`eventplaces`), not a party to it (`parties`).
FORCE_VERBS = _words("""
struck hit battered lashed pounded ravaged devastated flooded swept
""")
# The forces of nature that are those verbs' subjects ("Cyclone Evan struck", "the storm battered", "floods hit"):
# only with one of them is the land hit a place ("Sanctions hit Russia hard" is no place; `parties.force_of_nature`).
FORCES_OF_NATURE = _words("""
cyclone cyclones storm storms hurricane hurricanes typhoon typhoons tornado tornadoes tornados quake quakes
earthquake earthquakes aftershock aftershocks tremor tremors flood floods flooding floodwaters fire fires wildfire
wildfires bushfire bushfires blaze blazes tsunami tsunamis landslide landslides mudslide mudslides avalanche
avalanches eruption drought droughts heatwave heatwaves rain rains rainfall downpour downpours snow snowstorm
snowstorms blizzard blizzards wind winds gale gales hail hailstorm waves surge monsoon monsoons volcano
""")
# The bodies of a state that news names without their state when the story is set there ("the government
# declared an emergency", "the army built a bridge", "the interior ministry said"): the state is the article's own
# (`parties.home_state`), and the body is named with its demonym ("Serbian government").
STATE_BODY_HEADS = _words("""
government cabinet army navy police ministry
""")
# ... unless a word of the phrase makes the craft a private one ("a Danish fishing vessel rescued").
PRIVATE_CRAFT_WORDS = _words("""
fishing cargo merchant cruise container private commercial passenger civilian tourist pleasure
""")

# Nouns of a published piece: "in X" after one names where it was published, not a place ("a report in Expresso",
# "an editorial in the Lisbon Herald"). Only nouns that are publications alone: not "post" ("Her post in Kyiv"),
# "story" ("Her story in Paris began"), "interview", "letter", "piece" or "feature", which are as often things or
# happenings a place locates.
PUBLICATION_NOUNS = _words("""
report reports article articles column columns editorial editorials op-ed op-eds commentary commentaries
""")
# Nouns of a speech act or a published work, which a date written before them as a modifier names as a happening
# of its own ("in a 2013 interview", "deleted a 2011 tweet", "his 1996 book", "Silva's 2005 remarks";
# `opendates`), when the noun heads its phrase ("the 2019 book fair" is a fair, no book). Typed by `OPEN_TYPES`.
# Each noun with the type of what it tells: a published book is 'other', any other act a statement.
SPEECH_ACT_NOUNS: dict[str, str] = {
    **{noun: "statement" for noun in _words("""
interview interviews tweet tweets remarks comments speech speeches address testimony op-ed
""")},
    **{noun: "other" for noun in _words("""
book memoir
""")},
}
# Nouns of a piece of research whose party is its author, named after "by" or right before the noun ("a study by
# researchers at the Varna Institute", "an Ostara Institute survey"), not the bodies or places it is about or the
# journal that printed it (`parties.piece_authors`).
RESEARCH_NOUNS = _words("""
study studies survey surveys report audit poll analysis
""")
# The people of a body who write its research: "by researchers at X" is X's piece.
RESEARCHER_WORDS = _words("""
researchers scientists experts economists analysts engineers academics scholars epidemiologists team
""")
# Nouns a place written before them qualifies as the press of that place ("reports in the Rome press").
PRESS_NOUNS = _words("""
press media newspaper newspapers daily dailies tabloid tabloids papers broadcaster broadcasters
""")
# Lower-case words after a name that make it a place ("the Holtavik peninsula", "Brennvik district", "the Varn
# river"): land, water and local divisions.
GEOGRAPHIC_HEADS = _words("""
peninsula island islands valley coast bay gulf strait river lake mountains mountain hills desert plateau basin delta
forest reef reefs sea ocean canal district province county region prefecture oblast governorate municipality
township village
""")

# Gathering nouns a meeting's name keeps ("Tarnby council forum"): what the text calls it, not "meeting".
GATHERING_NAME_NOUNS = _words("""
forum conference summit hearing consultation congress convention assembly rally
""")


# Venues whose names are often not a town's but a person's, a monarch's or a word's ("Victoria station", "Union
# Station", "Kennedy airport", "Trafalgar Square"): a name before them is a town only when the towns table or the
# gazetteer knows it and it is no given name (`eventplaces`). Of them, the street-level ones of a city, where a
# dateline's town is preferred to any name before them.
STREET_VENUE_HEADS = _words("""
station square street avenue road boulevard lane plaza circus
""")
NAMESAKE_VENUE_HEADS = STREET_VENUE_HEADS | _words("""
airport airfield terminal bridge
""")

# Works and installations that stand in one place: a name written right before one is the place it stands in, and
# the place of what is done to it ("Construction of the Noro wharf", "The Krk terminal began operation") when the
# text gives no other (`eventplaces.facility_place`).
FACILITY_HEADS = _words("""
wharf wharves jetty pier port harbour harbor terminal bridge tunnel canal dam weir reservoir plant refinery mine
mill factory airport station market pipeline scheme fence boardwalk road highway motorway railway monorail metro
hospital school stadium substation
""")

# A reporter's hedge on a happening ("the alleged attack", "allegedly stabbed", "a purported meeting"): not a denial
# by itself; the happening is disputed only when the text disputes it (`DISPUTE_WORDS`) in its sentence or the next.
# ("alleged that" is a verb of claim, like "reported that"; "supposed to" a plan.)
HEDGE_WORDS = _words("""
alleged allegedly purported purportedly supposed supposedly reputed reputedly
""")
# The words by which a text disputes a happening or a claim of it ("which the army denied", "the reports were false")
DISPUTE_WORDS = _words("""
deny denies denied denying denial denials dispute disputes disputed disputing reject rejects rejected rejecting
refute refutes refuted refuting false untrue baseless unfounded groundless fabricated fabrication
""")

# Verbs of asking another to act ("asked the president to meet the families", "begged the governor to visit"): the
# act asked for is not done (modality's `request` rule)
REQUEST_VERBS = _words("""
ask asks asked asking beg begs begged begging implore implores implored imploring beseech beseeched besought
entreat entreated petition petitioned petitioning exhort exhorted
""")
# A state's own words for those who speak or act for it, after its demonym as the trigger's subject ("Polish
# officials signed", "the Tajik side said"): the demonym then names the state that acted, whatever the event (after
# the trigger they are its object: "expelled two Somali diplomats"). (Private people after a demonym, "Polish
# tourists", "Tajik farmers", name a nationality: no party.)
STATE_SIDE_NOUNS = _words("""
officials official side sides delegation delegations diplomats negotiators
""")
# Nouns that stand for one state the article has named ("the kingdom signed", "the republic", "the country's"
# excepted): resolved against the article's countries (`parties.ArticleEntities`), when only one fits. (Not "the
# government", "the cabinet": a state's body, whose state may be the story's own and never named, "The government
# would decide" in a Czech story naming only Germany: `parties.home_state`, `STATE_BODY_HEADS`.)
COUNTRY_STAND_INS = _words("""
kingdom republic country nation emirate sultanate principality
""")
# Plural nouns that stand for a group of the states the article has named, with the group's size ("the two
# countries", "both sides", "the three governments", "ministers of the two countries").
COUNTRY_GROUP_NOUNS = _words("""
countries sides nations governments neighbours neighbors states capitals
""")
# Matters with two sides of their own ("both sides of the dispute", "In a separate case ..., both sides signed"):
# written after the sentence that named the countries, nearer a group stand-in than they are, the stand-in is that
# matter's sides, not the countries (`parties.ArticleEntities.stand_in`).
MATTER_NOUNS = _words("""
case cases lawsuit lawsuits suit suits litigation strike strikes match matches game games final fixture derby
""")
# Private people after a demonym ("Chinese students held a meeting", "Polish tourists", "Tajik farmers"): the
# demonym names their nationality, not a state that took part, even in a gathering.
PRIVATE_PEOPLE_NOUNS = _words("""
tourists tourist students student fans fan farmers farmer workers worker residents resident citizens nationals
travellers travelers migrants refugees pilgrims passengers fishermen fishers investors traders shoppers families
children patients voters supporters expatriates expats holidaymakers visitors businessmen businesswomen
""")
# A court's acts: told without their agent ("She was convicted in August", "a hearing on the order is set for"),
# they are the act of the one court the article names (`parties.ArticleEntities.sole_body`). "trial" and "hearing"
# are a court's only among its words (`COURT_CUES` in the sentence or the one before): "a trial of two cargo trains",
# "a parliamentary hearing", "Viewers gave their verdict" are not.
COURT_ACTS = _words("""
convicted convict convicts conviction sentenced sentences sentencing acquitted acquittal jailed
""")
COURT_ACTS_WITH_CUES = _words("""
trial hearing hearings heard verdict
""")
COURT_CUES = _words("""
court judge magistrate prosecutor prosecutors prosecution accused defendant charges charged guilty sentence
sentenced convicted conviction appeal bail
""")
COURT_HEADS = _words("""
court tribunal
""")
# States with a monarch at their head (canonical gazetteer names): "the kingdom", "the emirate", "the sultanate",
# "the principality" take up only one of these, "the republic" only a state not among them or the realms below.
MONARCHIES = frozenset("""
United Kingdom|Spain|Netherlands|Belgium|Denmark|Norway|Sweden|Luxembourg|Liechtenstein|Monaco|Andorra|Jordan|
Morocco|Saudi Arabia|Bahrain|Kuwait|Qatar|Oman|United Arab Emirates|Brunei|Malaysia|Thailand|Cambodia|Bhutan|
Japan|Swaziland|Lesotho|Tonga|Vatican City
""".replace("\n", "").split("|"))
# Realms whose monarch reigns from abroad: neither "the kingdom" nor "the republic".
REALMS = frozenset("""
Canada|Australia|New Zealand|Jamaica|Papua New Guinea|Solomon Islands|Tuvalu|Bahamas|Belize|Grenada|
Saint Lucia|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Antigua and Barbuda
""".replace("\n", "").split("|"))
MONARCHY_STAND_INS = frozenset({"kingdom", "emirate", "sultanate", "principality"})

# A titled teller's employer (`parties.teller_employer`): descriptors a company is taken up by, and the head words
# of bodies that are no company (a body with no head word, "Velk Robotics Health", may be one: its titled officer
# speaking of "the company" tells which body that is).
COMPANY_DESCRIPTORS = frozenset({"company", "firm"})
NON_COMPANY_HEADS = frozenset("""
court courts authority authorities board police ministry council department government agency agencies union party
parliament commission committee association federation league club university college foundation trust navy army
forces command office secretariat tribunal senate assembly congress cabinet administration municipality county
hospital coalition movement front society guard bureau directorate inspectorate academy caucus chamber corps
brigade militia regiment battalion institute
""".split())
# The head words of a company's name ("Brenn Shipping", "Tarn Medical Corporation"), and the title words that make
# a titled person's employer a company ("chief executive officer of Mekong Solar Lanka"): the article's one company
# is what a bare "the company" takes up when nothing nearer does (`parties.article_company`).
COMPANY_HEADS = frozenset("""
company corporation corp inc ltd llc plc holdings industries enterprises ventures brands foods logistics mining
steel electric insurance telecom telecoms communications bancorp motors technologies systems labs laboratories
airline airlines airways shipping energy renewables robotics aerospace pharmaceuticals pharma petroleum partners
capital brewery distillery refinery shipyard mills hotels resorts
""".split())
CORPORATE_TITLE_WORDS = frozenset("chief ceo managing founder co-founder chairman chairwoman owner executive".split())

# A body's head officers, whose titles written between a name and a person's ("FBX Director Karl Brenner", "Kestrel
# Vale CEO Ana Silva", "Kestrel Water controller Karl Brenner") make the name the body the person works for, even
# without a head word (`orgnames._run_organisations`). Not a state's offices ("Transport Minister", "Democratic
# Senator"), nor titles a place, a party or a profession comes before ("Texas Governor", "Kenyan runner"); nor, as
# measured, a spokesperson's, a chair's, a manager's or a mere "head"/"executive"/"officer" (the body of a teller or
# of a chair is less often a party of the event told: pooled check actors fell by three with them).
BODY_OFFICER_TITLES = frozenset("""
director directors ceo cfo coo controller administrator vice-president secretary-general director-general
""".split())
# A department's or a rank's words before an officer's title: the name's words are all of these in "Finance
# Director", "Sales director", "Human Resources manager", "Senior Resident Magistrate" (no body's name).
OFFICE_DEPARTMENT_WORDS = frozenset("""
finance financial sales marketing communications communication operations campaign research technical technology
creative art artistic sporting athletic executive managing general regional national deputy assistant associate
senior junior chief human resources public affairs programme program project projects policy legal medical news
editorial strategy planning development business commercial digital product products security safety
""".split())
# Rank words that make an officer a past or coming one ("Former FBX Director", "Ex-Kestrel Vale CEO", "Kestrel Vale's
# former director"): such an officer does not act for the body (`orgnames._employer_name`; review of eventsR29).
# ("new" only right before an acronym: "New FBX Director"; "Acting" and "Interim" officers act.)
PAST_RANK_WORDS = frozenset("""
former ex then outgoing erstwhile onetime one-time
""".split())
# Verbs whose object is a victim or a target ("Police arrested Kestrel Vale CEO Ana Silva", "Gunmen killed ...", "The
# union sued ..."): the object's employer written before the title is no actor (`orgnames._employer_name`).
TARGET_VERBS = frozenset("""
arrested arrest arrests detained detain detains killed kill kills murdered shot kidnapped abducted sued sue sues
charged indicted convicted sentenced jailed fired sacked dismissed ousted attacked assaulted injured wounded
threatened targeted
""".split())
# Generic acronyms before an officer's title, a kind of work or body and no body's name ("NGO director", "TV
# director", "HR Director").
GENERIC_ACRONYMS = frozenset("""
NGO NGOs TV HR PR IT ICT IR CSR QA R&D
""".split())
# Words of a region's name before an officer's title ("East Africa Director", "North Kivu Director", "Kisumu West
# Director"): a region the officer covers, no body.
REGION_NAME_WORDS = frozenset("""
north south east west central northern southern eastern western northeast northwest southeast southwest
africa america americas asia europe oceania pacific atlantic caribbean balkans middle
""".split())


# Facilities: places built for use whose opening, closing or loss the article dates ("The tavern on the main road
# closed in January", "The training centre opened in March"). A definite facility is placed by the article as a
# name would be, so its dated life needs no capitalised name (`opendates._facility_life`). Only its life's verbs
# (`FACILITY_VERBS`): "The clinic treated 40 patients" and "The tavern's sales fell" tell no such happening.
FACILITY_NOUNS = _words("""
school schools clinic clinics hospital hospitals tavern taverns shop shops store stores factory factories plant
plants mill mills mine mines station stations centre center centres centers bridge bridges road roads highway
airport port harbour harbor library libraries museum museums church churches mosque mosques temple
temples pharmacy pharmacies bakery restaurant restaurants hotel hotels pub cinema theatre theater stadium
terminal depot warehouse border crossing railway tunnel dam canal ferry pier building buildings
post posts branch branches office offices shelter shelters
""")
FACILITY_VERBS = _words("""
opened reopened closed shut collapsed burned burnt flooded rebuilt demolished destroyed razed inaugurated
""")
# (no 'market': "The stock market closed 1.2 percent lower" is a day's trading, no closure)
# The times of day said after "at" ("closed at night", "sank at Noon"): one list for `FACILITY_HOURS_AFTER` below
# and `AT_TIME_OR_SERVICE_WORDS`.
TIMES_OF_DAY = ("night", "noon", "midday", "midnight", "dusk", "dawn", "lunchtime", "sunrise", "sunset", "daybreak",
                "nightfall", "teatime")
# A facility's life is told with no object ("The tavern closed in January"), in the passive ("The road was closed on
# Tuesday") or opening its entrance ("opened its doors"): an object makes the verb a figure or a deed ("closed the
# year with record throughput", "closed ranks", "burned through its cash", "opened an inquiry"). What may follow
# the verb of an active life: an adverb of manner or time, or a preposition starting the date or the circumstance.
# A clock time or a time of day after a facility's verb tells its hours, not its life ("a shop that closed at 6pm",
# "opened at 10 o'clock", "closed at night", "at weekends"): no opening or closing (`opendates`).
FACILITY_HOURS_AFTER = (r"at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|o['’]clock\b|h\b|hrs\b|hours\b)",
                        r"at\s+\d{1,2}[:.]\d{2}\b", r"at\s+(?:" + "|".join(TIMES_OF_DAY) + r"|weekends?)\b",
                        r"(?:at|on|during)\s+(?:the\s+)?weekends?\b", r"(?:in\s+the\s+)?(?:evenings|afternoons|mornings)\b")
FACILITY_AFTER_WORDS = _words("""
early late again temporarily permanently briefly abruptly suddenly quietly officially finally formally fully
partially partly down indefinitely overnight
in on at for after before during since last this earlier yesterday today until till when following amid
because due as over under without by from to and but while following
""")
# Words after the verb that make it a price's or index's close, never a facility's: "closed higher", "closed flat"
# (a number after the verb too, `opendates._FACILITY_FIGURE`; 'down' alone stays a closure: "The plant shut down in
# March", while "closed down 2 percent" is refused by its number).
FACILITY_MARKET_WORDS = _words("""
higher lower flat up unchanged mixed firmer weaker stronger
""")

# Who can be taken to court (the "court" row of `CLASS_TRIGGERS`): the head word of its object must be a party a
# careful reader sees sued -- a person's noun, a body, a company, a state -- (with the doers of `DOER_NOUNS` and the
# body heads of `NON_COMPANY_HEADS`); or a legal matter ("took the dispute to court"). A name or a pronoun for a
# person or body is a party too; any other object ("took the game to court", a sports figure) needs a reason for
# the suit after "to court" (`COURT_REASON_AFTER`).
COURT_PARTY_HEADS = _words("""
man woman men women husband wife ex-husband ex-wife father mother parents son daughter family families neighbour
neighbor neighbours neighbors landlord landlords tenant tenants owner owners boss employer employers doctor doctors
partner partners rival rivals critics journalist journalists newspaper newspapers paper magazine broadcaster
publisher network platform airline bank banks insurer insurers builder developer developers contractor supplier
suppliers manufacturer manufacturers maker makers retailer chain giant corporation group groups operator
operators chief head president minister ministers mayor governor premier secretary director executive executives
prosecutor state states country countries nation city cities town towns county counties province provinces region
regions diocese church school schools district districts utility utilities
""") | DOER_NOUNS | NON_COMPANY_HEADS
COURT_MATTER_NOUNS = _words("""
dispute case matter complaint claim claims challenge decision ruling law ban order row quarrel feud
""")
# What a sports figure takes "to court" (the ball's court: "took the rally to court")
COURT_SPORT_NOUNS = r"rally|rallies|game|games|ball|balls|match|point|points|serve|serves|set|sets|play|attack|fight"
# ... and "to court" ends its phrase ("to court in Munich", "to court on Monday"; not "to court level two")
COURT_AFTER_WORDS = (r"(?:in|on|at|over|after|to|for|last|this|and|earlier|again|yesterday|today|before|when|"
                     r"because|seeking|accusing|alleging|claiming|demanding)")
# A reason for the suit right after "to court": over what, for what wrong, in a dispute
COURT_REASON_AFTER = (r"\s+(?:over|in\s+a\s+(?:[\w-]+\s+)?(?:dispute|row|case)|for\s+(?:allegedly|alleged|breach|"
                      r"breaching|defamation|libel|slander|damages|compensation|unpaid|negligence|discrimination|"
                      r"failing|failure|violating|violations?|infringing|infringement|fraud|wrongful))\b")

# The press conference row's other wording (`eventtriggers.TRIGGERS`): a briefing given to the press told without
# "press" or "news" ("said at a briefing in Kyiv", "told a briefing", "held a briefing for journalists"), a
# teleconference with reporters; not a document ("a briefing paper"), a security or intelligence briefing received
# (a meeting), a bare plural ("Briefings are held"); "told reporters at a briefing" stays the statement row's (the
# remark to the press is what is told, its occasion in passing).
PRESS_BRIEFING = (
    r"(?<!reporters\sat\s)(?<!journalists\sat\s)(?:(?<=\bat\s)|(?<=\bto\s)|(?<=\bduring\s)|(?<=\btold\s)|"
    r"(?<=\bheld\s)|(?<=\bhold\s)|(?<=\bholds\s)|(?<=\bgave\s)|(?<=\bgive\s)|(?<=\bgives\s))"
    r"(?:a|an|the|his|her|its|their)\s+"
    r"(?:(?!(?:security|intelligence|classified|technical|background)\b)[\w-]+\s+){0,2}?briefing\b"
    r"(?!\s+(?:papers?|notes?|documents?|books?|materials?|packs?|rooms?|software)\b)|"
    r"\bteleconference(?=\s+(?:with|for)\s+(?:reporters|journalists|the\s+(?:press|media)))|"
    r"\b(?:media|press|news)\s+teleconference\b")

# Trigger rows by semantic class, for happenings the typed rows (`eventtriggers.TRIGGERS`) have no word for; each
# row is (class, event type, its keywords as `eventtriggers` prefilters them: lowercase word starts, '|'-joined,
# and the regex (case-insensitive unless it sets (?-i:...)). Modality (`modality.read_status`) reads each as any
# trigger: "could be stabbed" is no event.
# Only the readings that name one happening: "a deadly stabbing", not "a stabbing pain"; "endorsed X", not
# "celebrity endorsements". (A row for a party's or place's primary or caucuses was tried and dropped: on the
# check halves it added a duplicate, and "before the Iowa caucuses" was read as occurred.)
# The day a speech is told with: a weekday (with its part of the day), or a month's day; not a day in the possessive
# ("Monday's vote" is another thing's).
_SPEECH_DAY = (r"(?:on\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
               r"(?:\s+(?:night|morning|afternoon|evening))?|(?-i:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|"
               r"Nov|Dec)[a-z]*\.?\s+\d{1,2})(?![\w’'])")
# Not inside a run of capitalised words: the name starts at the run's first word ("When Ana Holm said": not "Holm
# said" after "When Ana"); one fixed-width look-behind per length of the word before.
_NOT_AFTER_CAPITALISED = "".join(r"(?<!(?-i:[A-Z][a-z’'-]{%d})\s)" % n for n in range(1, 16))
# One capitalised word of a teller's name: a stop only inside it ("D.Ganbold"), after initials ("J.K.") or after a
# short title ("Dr."), never the stop that ends a sentence ("... in Varno. Ilsa Brandt said": review of eventsR15).
_NAME_WORD = (r"(?-i:(?:[A-Z]\.)*[A-Z][\w’'-]+(?:\.[\w’'-]+)*|(?:[A-Z]\.){1,3}|"
              r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr)\.)")
# A remark made at a gathering told right after the teller's day ("said Tuesday at a meeting of the board"): the
# gathering's, as "said on Monday at the meeting" is, when the gathering is stored of its own; when it is not ("at the
# launch", "at a dinner"), the remark stays a statement (`events`; reviews of eventsR15 and eventsR16).
REMARK_GATHERING_NOUNS = GATHERING_NAME_NOUNS | _words("""
meeting session briefing conference gathering debate ceremony event dinner lunch breakfast launch
""")
CLASS_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    # a stabbing, a shooting dead; not "a stabbing pain", "stabbed in the back" (a figure)
    ("stabbing", "attack", "stabbing|stabbed|shot|gunned",
     r"\bstabbing(?!\s+pains?\b)|\bstabbed(?!\s+(?:\w+\s+)?in\s+the\s+back\b)|\bshot\s+dead\b|\bgunned\s+down\b"),
    # an endorsement told (one: "the endorsement of", "endorsed X"); a backing won ("earned the backing of")
    ("endorsement", "statement", "endorsement|endorsed|earned|won|received|picked|secured|got",
     r"\bendorsement(?=\s+(?:of|from|by)\b)|\bendorsed\b|"
     r"\b(?:earned|won|received|secured|got)\s+the\s+backing(?=\s+of\b)"),
    # a protest led or staged, protests that broke out
    ("protest", "other", "led|staged|held|organi|organized|organised|protest|protests",
     r"\b(?:led|staged|held|organi[sz]ed)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:protest(?:\s+march)?|demonstration|rally|"
     r"march|sit-in)\b|\bprotests?\s+(?:erupted|broke\s+out)\b"),
    # a campaign launched or left, a nomination clinched or accepted
    ("campaign", "other", "launch|launched|launching|launches|departure|dropped|drops|withdrew|clinched|clinching|"
                          "suspended",
     r"\blaunch(?:ed|ing|es)?\s+(?:his|her|their|a)\s+(?:[\w-]+\s+)?(?:bid|campaign|candidacy)\b|"
     r"\b(?:departure|dropped\s+out|drops\s+out|withdrew)\s+from\s+the\s+(?:[\w-]+\s+)?race\b|"
     r"\bdropped\s+out\s+of\s+the\s+(?:[\w-]+\s+)?race\b|\bsuspended\s+(?:his|her|their)\s+campaign\b|"
     r"\bclinch(?:ed|ing)\s+the\s+(?:[\w-]+\s+)?nomination\b"),
    # a named teller's dated remark, the date right after "said" and the reported clause after it ("Marc Rey said last
    # week that", "Ana Silva, said in October that"); not "said last week's vote", "never said", "says every week"
    ("dated_remark", "statement", "said",
     r"(?<!\bif\s)(?<!\bunless\s)(?!(?:if|when|whether|although|though|while|unless|but|and|the|an?)\s)"
     + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3},?\s+said(?=\s+(?:last\s+(?:week|month)|"
     r"in\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December))"
     r"\s+that\b)"),
    # ... and a named person's remark dated by a weekday (with its part of the day), this week or last week or month
    # right after "said"/"insisted", with or without "that" ("Ana Holm said Tuesday.", "Karl Brenner of Kiel, an
    # ally of the mayor, said Thursday his worry is ...", "Ana Holm (D-Kiel) said Sunday in Lubeck"): the
    # dated remark is the news a reader is told of. Not a pronoun, a group's plural or a determiner as the subject,
    # not after "if/when/that/of/the", not a weekday the reported clause opens with ("said Monday was a holiday");
    # a firm's name joined by "&" is one teller ("Marrow & Pike said Tuesday"), never read from its last word.
    # ("said on Monday" is left out: it is also how a remark made at a gathering told beside it is written, "said
    # on Monday at the meeting", and those sayings are the gathering's.)
    ("dated_remark_day", "statement", "said|insisted",
     r"(?<![\w’'.-])(?<!&\s)(?<!\bif\s)(?<!\bunless\s)(?<!\bwhen\s)(?<!\bthat\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bThe\s)"
     + _NOT_AFTER_CAPITALISED +
     r"(?!(?-i:He|She|It|They|We|I|You|This|That|There|These|Those|Officials|Police|Authorities|Sources|Critics|"
     r"Analysts|Experts|Aides|Democrats|Republicans|Prosecutors|Investigators|Witnesses|Residents|Others|Some|Many|"
     r"Both|All|If|When|But|And|The|A|An)\s)"
     + _NAME_WORD + r"(?:\s+(?:&\s+)?" + _NAME_WORD + r"){0,3}(?:\s+of\s+" + _NAME_WORD + r")?"
     r"(?:\s*\((?-i:[A-Z])[^()]{1,12}\))?"
     r"(?:,\s+(?:a|an|the)\s+[^,;.“”\"]{1,60},)?\s+(?:said|insisted)"
     r"(?=\s+(?:last\s+(?:week|month)|(?:earlier\s+)?this\s+week|(?-i:Monday|Tuesday|Wednesday|Thursday|"
     r"Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|"
     # ... or a calendar day or "on" and a weekday with "that" right after it ("Osmonov said on June 10 that", "said
     # on 4 October that", "said on Sunday that"; events round R21): no gathering told after the day
     r"on\s+(?:(?-i:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
     r"\d{1,2}(?:st|nd|rd|th)?\s+(?-i:January|February|March|April|May|June|July|August|September|October|"
     r"November|December)|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
     r"(?:\s+(?:night|morning|afternoon|evening))?)(?=\s+that\b))(?![\w’'])(?!\s+(?:that\s+)?"
     r"(?:was|were|is|are|would|will)\b))"),
    # a body told after its reported clause, the day right after "said" and the clause ending there ("Rates will
    # stay on hold, the Varna Central Bank said on Monday.", "..., the Japanese automaker said on Tuesday, as ...";
    # events round R21): the body's dated statement. Only after the clause's plain comma (a quotation's teller,
    # `,” the bank said`, is the quote's); not a gathering told after the day ("said on Monday at a meeting"), nor
    # a day's possessive
    ("trailing_body_remark", "statement", "the",
     r"(?<=,\s)the\s+(?:[\w’'.&-]+\s+){1,5}?said(?=\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
     r"Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?\s*(?:[.;]|,\s+(?:as|after|while|when|but|and|"
     r"citing|adding|saying)\b))"),
    # a speech given on a day of its own, the day right after it or after its place or audience ("said during a
    # speech in Kiel Saturday night", "in a speech to the Baltic Farmers Union on Monday"): the remark is the news.
    # Never a day in the possessive ("a speech Monday's vote ...") nor speeches counted; never speech as a matter
    # ("fined for hate speech on Tuesday", "convicted over free speech Monday": the fine or ruling is the news). ("his address Sunday" was
    # tried too: as the subject of "will be a major topic" it was read as planned, for the coming Sunday.)
    ("dated_speech", "statement", "speech",
     r"(?<!\bhate\s)(?<!\bfree\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bover\s)"
     r"\bspeech(?=(?:\s+(?:in|at|to|before)\s+(?:(?:the|of|and)\s+|(?-i:[A-Z])[\w’'.-]*,?\s+){1,6}?|,?\s+)"
     + _SPEECH_DAY + r")"),
    # an interview given on a day of its own, the day right after it or after its outlet ("said in an interview on
    # Saturday that", "in an interview with the private radio station Radio Nord on Monday"): the remark is the news,
    # as a dated speech's is. Never a job interview, interviews counted, nor a day after a clause of its own ("the
    # interview with the nurse who died on Tuesday": only names and outlet words between)
    ("dated_interview", "statement", "interview",
     r"(?<!\bjob\s)\binterview(?=(?:\s+(?:with|on|to)\s+(?:(?:the|of|and|a|an|private|public|state|local|national|"
     r"radio|television|tv|station|network|newspaper|daily|weekly|broadcaster|channel|show|programme|program)\s+|"
     r"(?-i:[A-Z])[\w’'.-]*,?\s+){1,8}?|,?\s+)" + _SPEECH_DAY + r")"),
    # a letter written to someone with its date right after the addressee ("wrote to the health minister in
    # August", "wrote to the ministry on 20 November"): a dated act of its own. Not "wrote that" (a saying), nor
    # "wrote to entertain" (a purpose), nor a date after a clause of its own ("wrote to the minister, who resigned
    # in March")
    ("wrote_to", "other", "wrote",
     r"\bwrote\s+to(?=\s+(?:the|a|an|his|her|their|its|our|my|us|him|them|(?-i:[A-Z]))[\w’'.-]*"
     r"(?:\s+(?!(?:who|which|that|and|but|when|after|before)\b)[\w’'.-]+){0,5}?\s+(?:in\s+(?-i:January|February|March|"
     r"April|May|June|July|August|September|October|November|December)\b|(?:last|this)\s+(?:week|month)\b|"
     r"(?:on\s+)?\d{1,2}\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|"
     r"December)\b|" + _SPEECH_DAY + r"))"),
    # a body taken to court, sued (with its defendant: "never sued in 2019" names no suit)
    # (its object a party or a legal matter, or a reason given: "took the game to court" is a sports figure)
    ("court", "other", "dragged|took|taken|sued",
     r"\b(?:dragged|took|taken)\s+(?:"
     # a name ("Karl Brenner", "Norvik Housing"), or a pronoun for a person or a body
     r"(?-i:[A-Z][\w’'.-]*)(?:\s+(?:(?-i:[A-Z][\w’'.&-]*)|of|and|de))*|him|her|them|us|me|"
     # a party's or a legal matter's noun phrase, up to four words before its head ("the club's new owners")
     r"(?:the|a|an|its|his|her|their|our|this|that|these|those|two|three|four|several|both)\s+(?:[\w’'.-]+\s+){0,4}?"
     r"(?:" + "|".join(sorted(COURT_PARTY_HEADS | COURT_MATTER_NOUNS, key=len, reverse=True)) + r")"
     # ... or any other noun phrase opened by a determiner or a possessive ("the carmaker", "her grandson",
     # "Glencore's local unit"), not a sports figure's ("took the rally to court")
     r"|(?:the|a|an|its|his|her|their|our|this|that|(?-i:[A-Z][\w.-]*)['’]s)\s+(?:[\w’'.-]+\s+){0,4}?"
     r"(?!(?:" + COURT_SPORT_NOUNS + r")\s)[\w’'-]+(?=\s+to\s+court(?:\s*[,.;]|\s*$|\s+" + COURT_AFTER_WORDS + r"\b))"
     # ... or a titled party's name after 'the' ("the Inspector-General of Police"), with its holder's name in
     # apposition ("the Inspector-General of Police, Ana Kell,")
     r"|the\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?:(?-i:[A-Z][\w’'.&-]*)|of|and|for))*"
     r")(?:,\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3},)?\s+to\s+court\b|"
     # any object, with the suit's reason after it
     r"\b(?:dragged|took|taken)\s+(?:[\w’'.,-]+\s+){1,6}?to\s+court(?=" + COURT_REASON_AFTER + r")|"
     r"\bsued(?=\s+(?:the|a|an|his|her|its|their|(?-i:[A-Z])))"),
    # a primary told with its day right after it ("holding a closed primary Tuesday", "a primary on March 20"): the
    # day is the contest's own; not "primary school", "her primary goal on Monday" (no day right after), nor
    # "Tuesday's primaries" (a day before: tried before as a row for primaries and dropped, see above), nor a British
    # primary school told by a word of `PRIMARY_SCHOOL_WORDS` before it ("returned to the village primary on Monday")
    ("dated_primary", "election", "primary|primaries",
     "".join(rf"(?<!\b{word}\s)" for word in sorted(PRIMARY_SCHOOL_WORDS)) +
     r"\bprimar(?:y|ies)(?=\s+(?:on\s+)?" + _SPEECH_DAY + r"|\s+(?:last|next|this)\s+week\b)"),
    # ... and a primary after a day's or a week's possessive ("Tuesday's Democratic primary", "last week's Illinois
    # primary"; events round R21), up to two capitalised words between, the noun ending its phrase: not "Tuesday's
    # primary school concert", "last week's primary goal" (a noun after it), nor a person's possessive
    ("day_primary", "election", "monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this",
     r"\b(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month)|this\s+week)['’]s\s+"
     r"(?:(?-i:[A-Z])[\w-]+\s+){0,2}primary(?=\s*[,.;:]|\s+(?:was|were|is|in|on|by|for|and|but|that|which|where|"
     r"results?|race|contest|win|victory|turnout|night)\b)"),
    # a fundraiser or a town hall one is at or during ("told supporters at her fundraiser for nurses on Monday",
    # "questions at a televised town hall last week"); not a fundraiser who is a person ("a Democratic fundraiser,"),
    # nor the building of a town hall ("at the town hall": only "a"/a possessive before it)
    ("fundraiser", "other", "fundraiser|fundraisers",
     r"(?:(?<=\bat\s)|(?<=\bduring\s))(?:a|an|the|his|her|their|its|(?-i:[A-Z])[\w’'-]*['’]s)\s+"
     r"(?:[\w’'-]+\s+){0,2}?fundraisers?\b(?!['’])"),
    ("town_hall", "other", "town",
     r"(?:(?<=\bat\s)|(?<=\bduring\s))(?:a|an|his|her|their|its|(?-i:[A-Z])[\w’'-]*['’]s)\s+"
     r"(?:[\w’'-]+\s+){0,2}?town[\s-]halls?\b(?!['’])(?!\s+(?:building|offices?|square|officials?|staff|clerk|"
     r"chambers?|steps|plaza)\b)"),
    # a poll told conducted with its date right after, a few words at most between ("the last time the survey was
    # conducted in December", "the poll was carried out by phone on Monday"); not a poll told with no date ("was
    # conducted in English"), nor a date after another clause word ("conducted before the vote in January"), nor one
    # "taken down" or "taken off" (removed; "taken over three days" is a poll held over them)
    ("poll_conducted", "other", "poll|polls|survey|surveys",
     r"\b(?:poll|survey)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:conducted|taken(?!\s+(?:down|off|offline|away)\b)|"
     r"carried\s+out|fielded)"
     r"(?=(?:\s+(?!(?:before|after|since|until|when|while|and|but)\b)[\w’'-]+){0,3}?\s+(?:in\s+(?-i:January|"
     r"February|March|April|May|June|July|August|September|October|November|December)\b|"
     r"(?:last|this)\s+(?:week|month)\b|" + _SPEECH_DAY + r"))"),
)

# The head words of a joint forum of states ("the Joint Border Committee", "their joint transport commission"):
# with two or more states as the event's parties, the forum is the setting they meet in, not a third party.
JOINT_FORUM_HEADS = _words("""
committee commission council board panel forum group taskforce mechanism
""")


# Counts of a group of agents heading a sentence's subject ("Two lawmakers met with donors in March", "Dozens of
# farmers blocked the road"): with a doer noun (`DOER_NOUNS`) the group is identified enough for a dated act.
# (no share or proportion: "Three percent of workers", "Most lawmakers" tell a statistic or a stance)
GROUP_COUNT_WORDS = _words("""
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozens hundreds thousands
""")
# ... and people counted as a group, for a counted subject only ("Eight women came to the clinic on Monday").
GROUP_PERSON_NOUNS = _words("""
    women men people families pupils patients passengers migrants refugees visitors tourists mothers fathers
""")
# A definite thing's arrival on a date is one happening ("The machines arrived last year", "The first shipments
# landed in May"); other verbs of a thing tell figures or states ("The prices came down", "stood idle").
ARRIVAL_VERBS = _words("arrived landed docked")


# Prepositions that put a happening as a time landmark for another ("a compromise is possible before the summit on
# June 10", "ahead of the vote on May 3"): the landmark is its own event (`eventmerge`).
# The statement words that announce news: "X today announced that it has signed ..." tells the teller's own act
# (`eventmerge._one_happening`), not a saying of its own.
ANNOUNCING_WORDS = ("announced", "announces", "announce", "has announced", "have announced")
LANDMARK_PREPOSITIONS = ("before", r"ahead\s+of", r"prior\s+to", "until", "till", r"in\s+the\s+run-up\s+to",
                         r"in\s+the\s+lead-up\s+to")

# The nouns of a route, line or crossing: the two places a hyphen joins before one are its ends, never parties of
# the event ("suspended its Oslo-Rome flights", "the Warsaw–Seoul route"; `parties._route_end`).
ROUTE_NOUNS = _words("""
route routes line lines link links service services flight flights connection connections corridor corridors
ferry ferries sailing sailings crossing crossings pipeline railway
""")

# A definite noun by which an event with no parties of its own takes up the thing an earlier event of the article
# made or concerned ("The link entered service in 1999", "the hearing on the bill", `events._taken_up_actors`):
# the words that end such a noun phrase (a verb, a preposition, a relative word) ...
TAKEN_UP_STOPS = _words("""
is was were are has had have will would could should can may might be been being do did does which that who whom
whose where when what on of in at for to and or but by with from into onto over under after before during since
until as than about against between through within without its their his her this these those not also
""")
# ... and heads that take up nothing of an earlier event: time, quantity and generic words, and places two events may share (review of eventsR28)
TAKEN_UP_GENERIC_HEADS = _words("""
year years month months week weeks weekend day days morning afternoon evening night time times date dates hour
hours minute minutes season period decade century moment end start beginning middle number numbers rest most part
parts side sides same other others first second third last next way ways people person man woman men women group
groups country countries government state states city region area areas world public press media statement
statements report reports news word words thing things fact idea case cases issue issues question questions
problem problems situation move step steps effort efforts need needs kind sort percent cent total amount level
levels figure figures rate rates price prices money cost costs share shares lot
capital capitals island islands border borders town towns village villages province provinces district districts
coast valley
""")


# Nouns of an unnamed person of one gender: written in the sentence of the person a "he"/"she" would take up, before
# that person's name ("A gunman attacked the convoy of Mr Omar Haddad. He met ..."), they leave the pronoun unsure
# (`events._pronoun_person`; review of eventsR28).
UNNAMED_PERSON_NOUNS = {
    "male": frozenset("""
man men gunman gunmen boy boys gentleman policeman businessman fisherman suspect attacker assailant
""".split()),
    "female": frozenset("""
woman women girl girls lady policewoman businesswoman suspect attacker assailant
""".split()),
}

# Taken-up actors (`events._taken_up_actors`, review of eventsR28): a disaster's trigger takes up no maker of what it
# struck, and the modifiers a definite noun may have that its earlier mention need not write ("the first session of
# the commission", "the new terminal"). The disasters are the forces of nature and the accidents and blasts.
TAKEN_UP_DISASTERS = FORCES_OF_NATURE | _words("""
explosion explosions blast blasts crash crashes accident accidents collision outbreak derailment collapse
""")
TAKEN_UP_FREE_MODIFIERS = frozenset("""
first second third fourth fifth final next new last planned proposed original initial official annual public full
entire whole same latest upcoming
""".split())


# Words in a sentence that tell a bare gathering as no occasion that is plainly held (`events._told_plainly`, review
# of eventsR29): negation, condition, refusal and wish ("has never met", "No meeting with farmers is planned", "if the
# rains fail", "refused a meeting", "Farmers want a meeting").
UNTOLD_GATHERING_WORDS = frozenset("""
not never no nor if unless could may might should refused refuses refuse rejected rejects reject declined
want wants wanted hope hopes hoped wish wishes wished demanded demand demands sought seek seeks urged urge urges
called proposed propose proposes
""".split())

# Lower-case head words that end a body's name after a capitalised place or name ("the Varnholt water board",
# "Kestle's hotel association", "the Lode fishermen's cooperative"): `orgnames.lower_headed_bodies` (round eventsR43).
# A list of its own, not derived from `BODY_HEADS` (:669) or `ORG_HEADS`: only the heads safe to read in lower case
# after a capitalised word ("the Varnholt water board"). `BODY_HEADS` also has court, department and ministry, which
# this list leaves out, and `ORG_HEADS` over a hundred capitalised-name heads; this list adds association, union,
# federation and co-operative.
LOWER_CASE_BODY_HEADS = frozenset("""
board authority council association union cooperative co-operative bureau commission committee municipality
federation agency
""".split())

# Words after a bare "at" that name a time or a service, never a place, though capitalised ("sank at Noon",
# "opened fire at Mass"): `eventplaces._unknown_at_place`, for a one-word name, or a service ending a longer one
# ("at Midnight Mass"; "at Sunset Beach" is a place)
# (round eventsR58, the R57 review).
AT_SERVICE_WORDS = frozenset("""
mass vespers matins evensong compline communion prayers service worship
""".split())
AT_TIME_OR_SERVICE_WORDS = frozenset(TIMES_OF_DAY) | AT_SERVICE_WORDS
# Active verbs that aim at what follows "at" right after them (their target, not a place): "shot at Kowal", "aimed at
# Brexit" (`eventplaces._unknown_at_place`). No "-ing" form ("A shooting at Tarnwick" is a noun) and no participle
# only ("thrown"); a passive is told by the word before (`eventplaces._AIMED_AT`, round eventsR59).
AT_TARGET_VERBS = frozenset("""
aim aims aimed shot shoot shoots fired hurled hurl threw throw throws pointed directed lashed jeered swore shouted
yelled laughed glared stared waved lunged swung swiped snapped sniped
""".split())
# The aiming verbs of the list above that send a thing off ("fired", "hurled", "threw", "shot"): only after them is a
# thrown thing's "at" where it landed ("A rocket fired at Tarnwick"); "aimed", "pointed" keep their target ("A
# missile aimed at Kowal missed"; round eventsR60, the R59 review).
AT_LAUNCHING_VERBS = frozenset("fired hurled threw shot".split()) & AT_TARGET_VERBS
# What is fired or thrown, before a reduced passive ("Shots fired at Kelvoe", "Stones thrown at Vellmoor"): the name
# after "at" is where they landed, a place (round eventsR59).
AT_THROWN_THINGS = frozenset("""
shot shots round rounds bullet bullets stone stones rock rocks missile missiles rocket rockets shell shells bottle
bottles egg eggs projectile projectiles grenade grenades mortar mortars gas teargas
""".split())
# The capitalised words that name a town's own government before "of" and the town: "the City of Helsinki", "the
# Town of Varnby", "the Borough of Kelby" (`orgnames.TOWN_OF_BODY`; round eventsR58). "Municipality" is an
# organisation head already.
TOWN_OF_BODY_WORDS = ("City", "Town", "Borough", "Municipality")
# A known place's epithet written with "City of" ("the City of Light", "the City of Angels", "the City of Brotherly
# Love"): the words after "of" that make a nickname, no town's body (`orgnames.TOWN_OF_BODY`; round eventsR59, the
# R58 review).
TOWN_EPITHET_WORDS = ("Light", "Lights", "Angels", "Love", "Brotherly", "Joy", "Dreams", "Gold", "Music", "Bridges",
                      "Seven", "Saints", "Gardens", "Lakes", "Roses", "Sin", "Culture", "Peace", "God", "David",
                      "Canals", "Spires", "Dreaming", "Kings", "Champions", "Fountains", "Hills", "Towers")
