"""Word lists of the open events step (`loaders/extract/opendates.py`): which words in a dated clause report a
happening. One source per vocabulary; lowercase; general English news vocabulary, nothing article-specific.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Irregular past forms that report a happening ("Pakistan beat Zimbabwe on Sunday").
IRREGULAR_PAST = _words("""
beat won lost made held began hit took left struck sought bought sold fell rose went came gave ran broke fought
caught paid sent spent built shot stole froze drew threw wrote chose flew drove swore shut quit overtook
withdrew undertook overthrew forbade sank sprang tore wore won began rebuilt upheld overturned
""")

# Verbs that are not happenings of their own: speech and attribution (reported speech is a quote, not an event),
# states, perception and thought, and participles used as adjectives or prepositions.
NOT_EVENT_VERBS = _words("""
said told added noted stated explained argued claimed stressed insisted recalled remarked commented replied
answered asked wrote reported according described believed thought hoped expected seemed appeared called named
used needed based published updated posted concerned interested involved located related pleased surprised
worried tired supposed allowed compared owned housed aged listed estimated numbered counted measured weighed
red bed seed need speed feed hundred united limited indeed shed breed deed freed greed proceed succeed exceed
led fed wed bled bred sped fled
emailed texted tweeted quoted cited
remained stayed lived continued seemed looked sounded felt knew saw heard learned understood considered
wanted liked loved hated preferred feared doubted assumed suggested indicated showed shown revealed confirmed
scheduled planned expected intended designed aimed set
""")

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
inauguration groundbreaking handover transfer sale auction award awards prize nomination nominations
appointment resignation retirement dismissal sacking suspension ban lockdown evacuation rescue
""")
