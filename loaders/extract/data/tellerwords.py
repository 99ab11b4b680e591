"""Vocabularies for who may be a party of an act the article tells without naming one (events.py, parties.py).

A trailing teller (", the company said", ", Anadolu Agency reported") of a clause with no party of its own is
that clause's party only when the act is one a body does itself: its statement, its agreement, its meeting, its
own decision. What befalls people or things (an accident, a disaster, an attack, a clash, an arrest) is reported,
not done, by its teller; and a news agency only reports.
"""
from __future__ import annotations

# Event types a teller can itself carry out (eventtriggers.EVENT_TYPES); "other" is decided by its trigger word.
TELLER_ACT_TYPES = frozenset({"meeting", "visit", "agreement_signing", "phone_call", "statement", "press_conference",
                              "vote_veto", "diplomatic_relations", "delegation_visit", "other"})

# First words of triggers (and their nouns) telling what befalls: accidents, disasters, attacks, clashes, arrests.
HAPPENING_WORDS = frozenset("""
exploded explode explodes explosion explosions blast blasts bomb bombs bombing bombings killed kill kills killing
died dies death deaths injured wounded fire fires blaze broke burned burnt crashed crash crashes collided collision
sank sinking capsized aground ran derailed earthquake quake storm storms flood floods flooding struck hit landslide
eruption erupted outbreak clashed clash clashes fighting attacked attack attacks ambush ambushed shot shooting
stabbed arrested arrest arrests detained detention kidnapped abducted rioted riot riots protest protests protested
""".split())

# A one-word teller of a dated remark that names no person or body tells no statement alone (`events._no_teller`;
# reviews of eventsR16 and eventsR17): a group's plural by its ending ("Lawmakers", "Dockworkers", "Economists") ...
GROUP_TELLER_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "people", "folk", "ones")
# ... or a plural of people in a group past those endings and `not_people.common_plurals` (which leaves out words that
# are also surnames: "Nurse", "Judge", "Guard"): "Nurses said Tuesday", "Rebels said Tuesday" ...
GROUP_TELLER_PLURALS = frozenset("""
nurses troops staff neighbours neighbors judges pilots rebels crews monks nuns unions guards humans priests
medics cops scouts fans chiefs pupils youths tenants locals
""".split())
# ... or an indefinite pronoun ("Everyone said Tuesday").
INDEFINITE_TELLERS = frozenset("""
everyone everybody nobody someone somebody anyone anybody each several few most many some all both others none
""".split())

# Words that make a body a news agency (besides layout.NEWS_AGENCIES): it reports events, it does not do them.
NEWS_AGENCY_WORDS = ("news agency", "press agency", "news service", "wire service", "news network")

# A type noun before a name makes the name a thing's, not a body's ("the cargo ship Northern Star, which sank").
THING_TYPE_NOUNS = frozenset("""
ship vessel ferry tanker boat yacht submarine frigate plane aircraft jet flight train documentary film movie
series album song book novel play opera show law act bill treaty summit conference festival tower bridge building
hotel stadium storm cyclone hurricane typhoon tropical virus painting statue exhibition
""".split())

# ... and so does a last word naming a thing or an occasion ("the Clean Water Act", "the Kiel Summit").
THING_NAME_ENDS = frozenset("""
Act Bill Treaty Accord Accords Convention Summit Conference Festival Games Cup Championship Championships
Tower Bridge Stadium Arena Award Awards Prize Storm Cyclone Hurricane Typhoon Agreement Protocol Declaration
""".split())

# Nouns that make a name in apposition after "a"/"an" a body that is no company ("Keep Faith Now, a conservative
# advocacy group,", "Harbor Policy Lab, a Washington think tank,"): advocacy groups, pollsters, charities and
# political action committees are the agents of what they publish, file or air (`orgnames._described_companies`).
# Only as the apposition's head: "a member of the group" describes a person.
BODY_APPOSITION_NOUNS = ("group", "organization", "organisation", "nonprofit", "non-profit", "charity",
                         "think tank", "think-tank", "PAC", "coalition", "watchdog", "association", "union")

# Nouns that make a name in apposition a company's ("Tarnholm Lines, Norway's largest ferry operator,").
COMPANY_APPOSITION_NOUNS = frozenset("""
company firm operator carrier airline maker manufacturer producer utility lender bank insurer retailer miner
developer conglomerate shipbuilder shipowner supplier distributor exporter importer
""".split())

# A performance's verbs: "the company" that performs is a troupe (a dance or theatre company), never a firm.
PERFORMING_VERBS = frozenset("""
performed perform performs performing staged stage stages toured tour tours danced dance sang premiered
rehearsed
""".split())

# A court's verdict verbs: a court a quotation tells doing one of these ("The High Court has found the accused
# guilty") acted, as the narration's unnamed court acts tell (not a court appealed to or hoped for).
COURT_VERDICT_VERBS = frozenset("""
found ruled convicted sentenced acquitted ordered dismissed upheld quashed overturned rejected jailed fined cleared
struck barred
""".split())


# Offices held in a body ("the head of X", "chairman of the X Board"): a teller titled so speaks for X, whatever X's
# name looks like. Not titles of a work or a person's kin ("author", "founder of the idea", "son of"), nor a town's
# offices ("the mayor of Bergen", "the governor of X", "the provost", "the reeve": a town is no body of its own).
BODY_OFFICE_TITLES = frozenset("""
head chairman chairwoman chairperson chair director director-general president vice-president chief ceo executive
manager secretary secretary-general commissioner spokesman spokeswoman spokesperson leader boss
superintendent administrator registrar rector dean principal commander
""".split())
# Titles held in a film, a play, a team or a ship as well as in a body ("the director of Silent River", "the captain
# of Northern Star"): such a title names a body only with a body's word in the name ("Brenn Volta Group") or a
# body the gazetteer or the article knows.
WORK_OFFICE_TITLES = frozenset("director captain".split())
# Words after "<title> of" that make an office's name, not a body's ("the Secretary of State", "the head of state",
# "the Secretary of State for Transport", "Minister of State for Trade"): alone or before "for ...".
OFFICE_PHRASE_WORDS = frozenset("state".split())
