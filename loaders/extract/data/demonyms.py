"""Informal and regional words for where a person is from or whom they side with ("Kiwi", "Aussie", "Texan",
"Londoner", "Tory"): written before a name ("won by Kiwi Anna Hewitt"), such a word says something of the person
and opens no longer name. Formal nationalities ("French", "Nigerian") come from the countries table; agent nouns
in "-er", "-ian", "-ist" ("Westlander", "Bavarian", "Peronist") are read by their ending.

Entries are lower case.
"""
from __future__ import annotations

INFORMAL_DEMONYMS = frozenset("""
kiwi kiwis aussie aussies brit brits scot scots texan texans catalan catalans basque basques welshman welshwoman
scotsman scotswoman englishman englishwoman irishman irishwoman frenchman frenchwoman dutchman dutchwoman
yorkshireman yorkshirewoman cornishman geordie scouser cockney yank yankee gaucho tory tories whig yank
californian floridian virginian bostonian chicagoan parisian berliner muscovite neapolitan venetian roman
sicilian corsican breton flemish walloon andalusian galician bavarian saxon prussian tyrolean swabian
glaswegian mancunian liverpudlian brummie dubliner aucklander sydneysider melburnian torontonian quebecer
quebecois albertan ontarian punjabi bengali tamil sikh kurd kurdish pashtun uighur uyghur tibetan zulu xhosa
maori olympian paralympian
""".split())

# Formal nationality words that are also families' names ("Dawn French", "Mark Cuban", "Jon English"): a name
# ending in one of these may be a person's; a name ending in any other nationality word is an adjective's phrase
# ("Latin American artists", "Pan Asian markets"), nobody's name.
SURNAME_NATIONALITIES = frozenset("""
cuban english french german irish welsh dutch swiss greek polish thai czech scott
""".split())
