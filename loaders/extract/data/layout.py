"""Vocabulary for reading the layout of a copied page: menu words, abbreviations that do not end a sentence, the
words outlet names are made of.

Entries are lower case; multi-word entries are phrases matched whole. Nothing here names a particular site.
"""
from __future__ import annotations

import re

from loaders.extract.data.lexicon import DOTTED_TITLES, HONORIFICS, NAME_SUFFIXES, PLACE_PREFIXES
from loaders.extract.data.speech_verbs import SENTENCE_FINAL
from loaders.extract.data.quote_words import UNLABELLED_INTERVIEW_CUES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a site's menus, buttons and page chrome are made of. A short line made only of these is navigation
# ("Home", "Log in", "Back to blog", "Table of contents", "All news"), never a headline.
NAV_WORDS = _words("""
home homepage menu main search login logout log sign in out up register subscribe subscription subscribers
account my profile contact contacts us about who we are our team careers jobs press newsroom blog blogs news
topics topic resources stories story articles article posts post categories category tags tag archive archives
back go to skip content contents table of main navigation nav close open toggle show hide more less all view
see read latest trending popular featured related previous next prev page pages top bottom help support faq
faqs privacy policy terms conditions cookie cookies settings language english français deutsch español en fr de
es it pt shop store cart basket checkout wishlist login/register links link follow share print email newsletter
newsletters donate membership members podcast podcasts video videos photos gallery events calendar sections
section edition editions local world national sport sports business opinion opinions culture lifestyle
entertainment weather traffic obituaries classifieds jobs real estate autos politics health science tech
technology travel food books arts music film tv radio live watch listen explore discover learn products
solutions services service pricing plans demo free trial get started started schedule call now today book
your find school schools request quote browse now! and & | / - – — › » > < ≡ ☰ × · • ... …
""")

# The heading of a block of links to other posts under a blog entry or an article ("You might also like", "More
# stories:", "Related posts", "Read next") or a link to the previous or next post ("« Previous Post", "Next post:
# Gift guide ›"): a date or a blog meta line inside the block is a linked post's. Regular expression, matched
# against a whole stripped line.
OTHER_POSTS_HEADING = re.compile(
    r"^[\W_]*(?:(?:(?:previous|prev|next|older|newer)\s+(?:post|article|story|entry)s?)(?:\W.{0,80})?|"
    r"(?:related(?:\s+(?:posts?|articles?|stories|reading|content))?|you\s+(?:may|might)\s+(?:also\s+)?"
    r"(?:like|enjoy|be\s+interested\s+in)|more\s+(?:[\w&'’-]+\s+){0,2}(?:stories|posts|articles|reading)|"
    r"(?:read|up)\s+next|read\s+(?:more|also)|also\s+read|see\s+also|recent\s+(?:posts|articles|stories)|"
    r"popular\s+(?:posts|articles|stories)|recommended(?:\s+(?:for\s+you|posts|articles|stories|reading))?|"
    r"keep\s+reading|further\s+reading)[\s:.\W]*)$", re.IGNORECASE)

# Abbreviations whose full stop does not end a sentence inside a headline ("St. Louis", "Dr. Roe", "U.S.
# troops", "No. 10"). Joined with the lexicon's titles, honorifics, place prefixes and name suffixes.
HEADLINE_ABBREVIATIONS = _words("""
st ste mt ft pt rd ave blvd dr mr mrs ms jr sr vs v no nos inc corp co ltd llc plc dept univ approx est fig
vol op ed eds gov sen rep gen col lt capt sgt adm prof rev pres jan feb mar apr jun jul aug sep sept oct nov
dec mon tue wed thu fri sat sun u.s u.k u.n e.u d.c l.a n.y a.m p.m e.g i.e etc al ph.d
""") | frozenset(word.rstrip(".") for word in HONORIFICS | DOTTED_TITLES | PLACE_PREFIXES | NAME_SUFFIXES)

# Words outlet names are made of ("Portland Daily Herald", "The Riverton Ledger", "Radio Free Example"): a short
# title-case line at the top that ends in, or holds, one of these is the outlet's banner.
OUTLET_NAME_WORDS = _words("""
herald times post daily tribune spectator gazette journal news newspaper newspapers chronicle observer courier express telegraph independent
standard star sun mirror record review dispatch examiner inquirer enquirer bulletin register press reporter
monitor globe mail guardian leader ledger sentinel beacon citizen democrat republican weekly today call
advertiser advocate argus banner bee clarion commercial constitution dealer eagle free item journal-constitution
messenger mercury news-press news-journal nation pilot plain planet progress recorder republic statesman
telegram tidings times-union union voice world wire agency radio television tv broadcasting network channel
magazine gazzetta zeitung allgemeine rundschau kurier tageblatt nachrichten presse le monde
figaro libération diario periódico el país corriere stampa repubblica giornale
shimbun shinbun ilbo sinmun ribao gazete gazetesi gazeta dagblad dagbladet avisen tidning tidningen sanomat
krant courant noticias jornal akhbar
""")
# (the last two rows: other languages' words for a newspaper, romanised -- "Kestrel Shimbun", "Harbour Ilbo",
# "Riverton Dagblad" -- which make a banner an outlet's name as the English words do)

# Words a banner adds after an outlet's name to say what kind of outlet it is ("Harborwire News Agency",
# "KESTREL NEWSPAPER"): where the domain spells the name before them, the outlet goes by that name.
OUTLET_KIND_SUFFIXES = tuple(sorted(("news agency", "press agency", "newspaper"), key=len, reverse=True))

# Words closing an outlet's banner that name its edition, not the outlet ("Harbourlight Online", "Marsh Era Live";
# not "News", a newspaper word of the name): the outlet goes by the name before them where its own credits on the
# page do ("Photo: Jo Roe/Harbourlight", "Read more on Q7"). A country closing the banner counts the same.
OUTLET_EDITION_TAILS = tuple(sorted(("live", "online", "tv", "english edition", "edition", "english"),
                                    key=len, reverse=True))
# A publisher's word closing the name its copyright line gives ("Marsh Era Publication Corporation").
OUTLET_PUBLISHER_TAILS = ("publication", "publications", "newspapers", "newspaper")
# Words right after an outlet's name in its copyright line that make it the name the company publishes under
# ("© 2026 Marsh Era Publication Corporation"): the name before them is the outlet's own short name. A corporate
# owner's words ("© 2026 Kestrel Media Group", "Kestrel Holdings") name the owner, not the outlet: no credit.
OUTLET_COMPANY_WORDS = ("publication", "publications", "publishing", "publishers", "newspapers")
# Words naming a company that owns a title, not the place a title is of ("© 2024 Harbour Gazette of Pellow Media
# Ltd", "Island Courier of The Coastline Group"): a copyright line's "of ..." tail holding one is the owner's name.
OWNER_NAME_WORDS = frozenset(("ltd", "limited", "inc", "plc", "llc", "llp", "co", "company", "corporation", "corp",
                              "group", "holdings", "media", "network", "networks", "bureau", "press", "publishing",
                              "publications", "publishers", "newspapers", "trust", "ventures", "enterprises"))
# The last word of a place's, a street's or a line's name ("Florence Street", "Elizabeth Line", "Kerry County"),
# which a given name may open: a lone tag after a date on a two-part meta line ("March 12, 2024 | Florence Street")
# that closes on one names no writer (`text_article._segmented_byline`), besides `not_people.NON_PERSON_NAME_TAILS`.
BYLINE_PLACE_TAILS = frozenset(("street", "road", "avenue", "lane", "line", "boulevard", "square", "county", "bay",
                                "island", "islands", "airport", "station", "terminal", "valley", "beach", "point"))
# The last word of an event's, an edition's or a series' name ("Mark Twain Lecture", "Sunday Edition"), which a
# given name may open: a lone tag after a date closing on one names no writer (`text_article._place_tail`).
EVENT_NAME_TAILS = frozenset(("lecture", "lectures", "edition", "editions", "series", "festival", "awards",
                              "memorial", "trophy", "prize"))
# Languages by their own names and codes, as a site's language switch lists them ("English | Français", "EN | FR",
# "English / 中文"): a bar of two or more of these alone is the switch, navigation (`boilerplate._is_language_bar`).
# A code counts written in capitals or in lower case ("EN", "en"), never capitalised like a word ("He | It").
LANGUAGE_SWITCH_NAMES = frozenset("""
english français francais deutsch español espanol italiano português portugues nederlands polski svenska norsk
dansk suomi čeština cestina magyar română romana hrvatski srpski slovenščina eesti latviešu lietuvių türkçe
turkce ελληνικά русский українська български 中文 简体中文 繁體中文 日本語 한국어 العربية عربي فارسی اردو עברית
हिन्दी বাংলা ไทย tiếng việt kiswahili bahasa melayu indonesia afrikaans isizulu català galego euskara cymraeg gaeilge
en fr de es it pt nl pl sv no da fi cs hu ro hr sr sl et lv lt tr el ru uk bg zh ja ko ar fa ur he hi bn th vi sw
ms id af ca gl eu cy ga
""".split())
# Words after a short name in a desk byline that make it the outlet's own credit ("By Q7 Riga", "By Q7 Newsroom"),
# besides a known place; any other word is a person's surname ("By Devon Walsh").
OUTLET_DESK_BYLINE_WORDS = frozenset(("staff", "desk", "newsroom", "reporter", "reporters", "correspondent",
                                      "correspondents", "bureau", "team", "editors", "editorial", "writer",
                                      "writers", "web", "digital", "online", "agencies", "news"))
# Words of an outlet's name that tell no outlet apart (besides `OUTLET_NAME_WORDS`): a shorter name left with
# only these and "The" ("The Weekly" of "The Weekly Newspaper") keeps the closing word.
OUTLET_GENERIC_WORDS = frozenset(("the", "paper", "papers", "local", "community", "regional", "national", "city"))

# Words a site adds to its name in its domain that are no newspaper word ("kuenselonline" for "Kuensel",
# "rivertonweb"): a banner writing only the name still spells the site.
SITE_LABEL_SUFFIXES = _words("""
online web digital
""")

# Words of an institution's name ("Ministry of Kestrel Affairs", "Kestrel City Council"): a banner holding one and
# the word its domain spells ("kestrel.gov.example") is the site's name in full.
INSTITUTION_BANNER_WORDS = _words("""
ministry department office government embassy agency authority council commission bureau secretariat
presidency parliament municipality
""")
# The words of those that name a public body in a copyright line's long name ("© 2026 Government of the Principality
# of Kestrel"): an agency there may be a photo agency credited under a picture.
INSTITUTION_COPYRIGHT_WORDS = INSTITUTION_BANNER_WORDS - {"agency"}

# "All rights reserved" in the other languages a copyright line closes with ("© 2026 Diario X. Todos los derechos
# reservados."): the line ends on one of these, the page's copyright furniture (boilerplate._COPYRIGHT).
RIGHTS_RESERVED_PHRASES = (
    "todos los derechos reservados", "todos os direitos reservados", "tous droits réservés",
    "tous droits reserves", "alle rechte vorbehalten", "tutti i diritti riservati", "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone", "všechna práva vyhrazena", "minden jog fenntartva", "toate drepturile rezervate",
    "alle rettigheder forbeholdes", "alle rettigheter reservert", "alla rättigheter förbehållna",
    "kaikki oikeudet pidätetään", "tüm hakları saklıdır", "все права защищены", "sva prava pridržana",
)

# A wire story's bracketed pointer to its chart or fact box, a line of the text: "(Graphic: Global assets - here)".
TEXT_POINTER_LABELS = ("graphics?", "charts?", "factbox", "interactive", "timeline", "maps?")

# The word a wire's name closes on after its newspaper word ("Kestrel News Service" on kestrelnews.example, "Harbour
# Wire Service"): the name runs on through it. Alone after the name ("Kestrel Service") it names no outlet.
OUTLET_SERVICE_TAILS = _words("""
service services syndicate
""")
# ... only after a word of a wire or a broadcaster: a paper's "Post", "Pilot" or "Mail" before "Service" is the
# paper's name and another body's service ("the Kestrel Pilot Service guided the ferry").
OUTLET_SERVICE_HEADS = _words("""
news press wire wires radio
""")

# The head of an academic institution's name over its news site ("University of Kestrel News" on kestrel.edu.example):
# the banner's "University of" belongs to the name the domain spells, on a line of its own on an academic host
# (ACADEMIC_HOST_LABELS); a story's "University of Kestrel researchers" or a section's "University of Kestrel
# Athletics" on a newspaper's host names another body.
ACADEMIC_NAME_HEADS = _words("""
university college
""")
ACADEMIC_HOST_LABELS = _words("""
edu ac
""")

# The word a nonprofit's name closes on after the name its .org host spells ("Mises Institute" on mises.org, "Kestrel
# Foundation" on kestrel.org): the page's name for the site runs on through it. On a commercial host the host's
# name alone is the outlet's.
ORG_NAME_TAIL_WORDS = _words("""
institute foundation society academy association trust fund centre center
""")

# A press release's own label ("Press release", "Media release", "For immediate release"), on a line of its own or
# opening one ("PRESS RELEASE: Ministry launches ..."): the page is a release, whose contact (a name over an e-mail
# address) is no writer; a release has a byline only with "By".
PRESS_RELEASE_LABELS = ("press release", "media release", "news release", "for immediate release",
                        "press statement", "media statement", "communique", "communiqué")
# Labels of a government's domain ("health.gov.example", "interieur.gouv.fr", "salud.gob.mx", "mod.go.jp"): an
# address there under a headline is the institution's press contact, not a newspaper's reporter.
GOVERNMENT_DOMAIN_LABELS = _words("gov gouv gob govt go mil gv")

# Words opening a press release's sender line ("From Department of Agriculture", "From the Ministry of Kestrel
# Affairs"): with an institution's name after them (`INSTITUTION_BANNER_WORDS`) the line says who sent the release.
SENDER_OPENERS = _words("""
from
""")
# A release's label naming its sender: "Press Release by the Ministry for Education, Sport and Youth" over the
# headline reads like "From the Ministry of ..." (the sender, furniture of the headline block).
RELEASE_SENDER_OPENERS = frozenset({"press release by", "press release from", "media release by",
                                    "media release from", "news release from", "news release by",
                                    "press statement by", "press statement from"})

# Articles a title may open with that its domain leaves out ("Il Corriere Alpino" on corrierealpino.example, "Het
# Zuiderblad" on zuiderblad.example): the page's spelling keeps them, capitalised, right before the name.
NAME_ARTICLES = _words("the il lo la le les het de der die das el los las den det o os")

# Words that open a byline in other languages ("Von Jo Roe", "Par Jo Roe", "Av Jo Roe", "Autor: Jo Roe"): read as
# a byline only before a person's name (a known given name first), since most are ordinary words too.
BYLINE_WORDS_ABROAD = _words("von par por di door av af autor autora autorka auteur author od")
# Labels that open a byline with a colon, as a page's fields do ("WRITER: Jo Roe", "Reporter: Jo Roe"): the colon
# marks the field, so any capitalised name may follow (no known given name needed).
BYLINE_FIELD_LABELS = _words("writer writers reporter reporters author authors columnist correspondent contributor "
                            "contributors") | frozenset({"reporting team", "author of the article"})
# (a live page's "Reporting team: Jo Roe, ..."; a chain's "Author of the article: Jo Roe" on one line, the label
# alone on its line over the name being `data.credits`' reading)
# Labels of a credits box's fields (a film's, a show's, a book's, a game's): beside a "Writer: Jo Roe" line they
# mark the box, whose writer is the work's, not the article's byline (`pageblocks.is_credits_box_row`). The page's
# own fields ("Newspaper section:", "Published:", "Photographer:") are no such mark.
CREDITS_BOX_LABELS = _words("""
director directors directed starring cast stars screenplay runtime rating rated certificate genre genres studio
distributor composer music cinematography producer producers publisher pages isbn developer platform platforms
label venue
""") | frozenset({"directed by", "running time", "run time", "written by", "produced by", "music by",
               "release date", "released", "age rating", "book by", "lyrics by"})
# Phrases that open the byline of a kind of piece ("Opinion by Jo Roe", "Analysis by Jo Roe"), read the same way.
BYLINE_LEAD_PHRASES = ("opinion by", "analysis by", "commentary by", "column by", "guest column by", "review by",
                       "perspective by", "essay by")

# Words of a job title that may follow a writer's name in a byline without a separator ("By Jo Roe Clarion Staff
# Writer", "Jo Roe Senior Political Reporter"): read off the end of the name, with the outlet's own words.
BYLINE_JOB_WORDS = _words("""
staff writer writers reporter reporters correspondent correspondents editor editors columnist contributor
contributing senior chief political business sports special investigative associate assistant deputy
managing city metro news desk photographer producer
""")

# The head word of a job an organisation's writer signs with after her name and a comma ("by Lorna Vetch,
# Conservation Officer", "By Jo Roe, Research Fellow"): such a comma part is her title, not a second writer,
# unless it opens with a given name ("By Jo Roe, Ann Director").
BYLINE_ROLE_HEADS = _words("""
officer manager director coordinator co-ordinator adviser advisor fellow specialist analyst researcher
campaigner lead head administrator consultant strategist lecturer professor
""")

# Words that close the name of a newsroom's desk or office ("City Hall Bureau", "Washington Bureau", "Politics
# Desk"), which a byline may print after the writer's full name without a separator ("By Jo Roe City Hall
# Bureau"): the desk's name is read off the end of the line, never a person's surname ("Hall").
BYLINE_DESK_WORDS = _words("bureau desk")

# News agencies whose name alone under a headline credits the story to them (a byline naming no person).
NEWS_AGENCIES = ("AFP", "AP", "Associated Press", "Reuters", "dpa", "EFE", "ANSA", "PTI", "ANI", "IANS", "UNI", "AAP",
                 "Xinhua", "Yonhap", "Kyodo", "Bernama", "Anadolu", "TASS", "Interfax", "KUNA", "WAM", "APA", "Belga",
                 "ANP", "NTB", "Ritzau", "PAP", "MTI", "Lusa", "CNA", "NAN", "KNA", "Antara")

# A newsroom credited as the byline in its own language ("Redacción", "Par la rédaction"): a desk, no person.
NEWSROOM_CREDITS = _words("redacción redaccion rédaction redaktion redazione redactie redakcja redação redacao "
                          "toimitus redaksjonen redaktionen")

# An agency's or a paper's name in another language, spelt out in a byline ("By Agence France-Presse", "Deutsche
# Presse-Agentur", "Agencia EFE", "Agenzia Nova"): a word no person's name holds (any part of a hyphened word counts).
AGENCY_WORDS_ABROAD = _words("agence agencia agenzia agentur agência agencja ajansı presse prensa stampa pressa "
                             "nachrichten noticias notizie nouvelles")

# Languages that write numeric dates day first (02/03/2026 is 2 March): the page's language decides an ambiguous
# date where its outlet's country and its own dates do not.
DAY_FIRST_LANGUAGES = _words("fr de es it pt nl pl sv ru ar he tr")

# A video or audio player's own labels: the lines under one, down to the body's first paragraph, are the player's
# (its clip's length, title and source), not the article's.
PLAYER_LABELS = ("video player", "audio player", "now playing", "up next", "watch video", "video loading",
                 "video unavailable", "click to play", "tap to play", "play now")

# A page's controls copied as text: a line made only of these (maybe joined by "|" or "·") is a button row.
PAGE_CONTROLS = PLAYER_LABELS + ("more by this author", "more from this author", "more by the author", "open this photo in gallery",
                                   "copy to clipboard", "copy link", "print this page", "print this article", "print article",
                 "email a friend", "email this page", "email this article", "email this story",
                 "free download", "download chart image", "chart data", "download pdf", "no credit card required",
                 "close", "caption", "show caption", "hide caption", "toggle caption", "enlarge this image",
                 "expand", "collapse", "view gallery", "open gallery", "zoom in", "zoom out", "play video",
                 "replay", "skip ad", "back to top", "scroll to top",
                 # a live page's filter of its entries
                 "key events", "show key events only", "show all entries",
                 # the site's app, tip line and corrections
                 "download our app", "download the app", "get the app", "get our app", "report a correction",
                 "report an error", "report a typo", "send us a tip", "send us your tips", "send us your news tips",
                 "submit a tip",
                 # the banner over a government site's every page: "An official website of the state government" /
                 # "Here's how you know" (it tells how to recognise an official site, never the article)
                 "an official website of the united states government", "an official website of the state government",
                 "an official website of the government", "here's how you know", "here’s how you know")

# Labels a site puts over the author box that closes an article ("About the author" / "Jane Roe" / "Jane is ..."):
# a name line under one is the box, not a section of the article about that person.
AUTHOR_BOX_LABELS = ("about the author", "about the authors", "about the writer", "meet the author",
                     "acerca del autor", "acerca de la autora", "sobre el autor", "sobre la autora", "sobre o autor",
                     "sobre a autora", "à propos de l'auteur", "à propos de l'autrice", "über den autor",
                     "über die autorin", "sull'autore", "sull'autrice", "over de auteur", "om författaren",
                     "om forfatteren", "o autorze", "o autorce")

# Hosts that serve many people's sites under their own name ("janesgarden.wordpress.com"): the domain names the
# host, never the outlet.
SHARED_HOSTS = _words("""
wordpress blogspot blogger substack medium tumblr wixsite weebly squarespace typepad livejournal ghost github
netlify vercel webflow jimdo yolasite strikingly beehiiv
""")

# Section names that stand alone above a headline ("LOCAL NEWS", "World", "Opinion"): a line made only of these
# (and at most three words) is a kicker, even where it is not in capitals.
SECTION_WORDS = _words("""
local news world national international nation us u.s. uk europe africa asia americas middle east politics policy
business economy markets money finance tech technology science health sport sports football soccer
opinion opinions editorial editorials analysis commentary column columns culture arts entertainment lifestyle
life style travel food weather environment climate education crime courts justice law religion media
obituaries region regional state metro city community breaking exclusive investigation investigations feature
features review reviews interview interviews explainer explainers live update updates latest top stories
""")

# The words of a medium's name, sections and menus ("Weekly", "Sport", "Africa", "Media", "Radio"): after an
# organisation's word that is a given name too ("Nation Sport"), the name of a paper, a channel or a section
# (`people._org_word_given_name_surname`).
MEDIA_SECTION_WORDS = OUTLET_NAME_WORDS | SECTION_WORDS | NAV_WORDS

# A two-item breadcrumb above the headline ("Sports › Football", "Health > Hospitals"): the marks that part its items
# (no dash: "Review – Hamlet" is a headline with its kicker) and the most words of one item.
SECTION_PATH_MARKS = ("›", "»", ">", "/", "|", "▸", "▶")
SECTION_PATH_ITEM_WORDS = 3

# Labels over a box of bullet points that sum the story up above its first paragraph ("Summary", "Key points"):
# the bullets repeat the story and are furniture, as is the label.
SUMMARY_BOX_LABELS = ("summary", "key points", "key takeaways", "highlights", "key highlights", "at a glance", "in brief",
                      "what you need to know", "what we know", "the big picture", "quick read", "in short")

# Marks a listing puts where it cuts an article's summary short ("... the midnight sun..."): a summary line ending
# in one, under a short heading, is a teaser for another article. An ellipsis in brackets ("[...]") is an
# editor's cut inside a quotation, not a listing's.
TRUNCATION_MARKS = ("…", "...")

# Note marks a copied page keeps glued to a note's first word where the page set them in superscript ("1Fund
# averages ...", "*Survey of 2,000 adults ..."), each series in counting order: the page's notes close the
# article, counting up from the series' first mark (`text_article._drop_marked_notes`). Digits count on their own.
NOTE_MARK_SERIES = (("*", "**", "***"), ("†", "‡", "§"))

# Labels a page's note opens on after its mark ("**Note: Figures are rounded ...", "†Source: ..."). Any other short
# label before a colon ("1Housing: build 500 homes ...", "2Transport: ...") heads an item of a list in the article,
# which a note never is (`text_article._drop_marked_notes`).
NOTE_LABELS = frozenset({"note", "notes", "source", "sources", "data", "methodology", "disclaimer", "disclosure",
                         "disclosures", "important", "important information", "footnote", "footnotes"})

# Finite verbs common in news prose, in the languages of the outlets supported: auxiliaries, copulas and the
# reporting verbs. A long full-stopped line holding one is a sentence of the body, not a headline (a headline
# without a verb, "Things to Know Before Travelling.", may keep its full stop). English past tenses in "-ed" are
# read by their ending (`pageblocks.reads_as_body`). Words that are
# also common English words (French "a", Spanish "son", "era") are left out.
FINITE_VERBS = _words("""
is are was were has have had will would can could may might must should shall did does do said says told
adds added warned announced reported
ist sind war waren hat haben hatte hatten wird werden wurde wurden sagte sagt erklärte
est sont était étaient ont avait sera seront déclaré dit affirmé
es eran fue fueron ha han había será dijo afirmó está están
è sono era erano ha hanno aveva sarà disse
é são foi foram tem têm disse afirmou
zijn werd heeft hebben zei
är har hade blev sade
""")

# Lowercase particles inside a name ("Dana van Dijk", "Instituto de las Artes del Sur"): "About <name>" over an
# author's or an organisation's box may hold them.
NAME_PARTICLES = _words("van von de da der den del di du la le los las les des dos das bin al el")
# English function words inside an organisation's name ("the Riverton Society of the Arts"): an "About <name>"
# heading holding them may be any section's ("About Pride and Prejudice"), so it closes the article only over
# the organisation's description (`boilerplate`'s about-box rule).
NAME_GLUE_WORDS = _words("of the for and")
# The lowercase words that join a banner's (an outlet's or an institution's) name words, in several languages
# ("Museo de Arte y Diseño", "Riverton Times & Post").
BANNER_GLUE = _words("of the and & de la le al el for on from du des del der die los las les da do dos das di y e et und "
                     "van von")

# The site's own notes about the page, its comments, its licence or its money, on a line of their own (lower case
# regular-expression fragments, matched from the line's start; each row's gate word must occur in the line): the
# comment policy, a thank-you or plea for the donations that keep the site free, a "Republish this article" button
# and the licence that allows it, an editor's note that an interview was edited, a live page's note on its order.
# An editor's note that an interview was edited: its subject and verb ("This interview has been lightly edited"),
# then, in brackets, only the editing words of the interview cues (`quote_words.UNLABELLED_INTERVIEW_CUES`: "for length
# and clarity", "and condensed"), no agent or other clause after them.
_EDIT_NOTE = (r"(?:editor['’]?s['’]?\s+note\s*[:—–-]\s*)?(?:this|the)\s+(?:interview|conversation|transcript|q\s*&\s*a|"
              r"exchange)\s+(?:has\s+been|was|is)\s+(?:lightly\s+)?(?:edited|condensed)")
_EDIT_PURPOSES = sorted({cue.split()[-1] for cue in UNLABELLED_INTERVIEW_CUES if re.match(r"^\w+ for \w+$", cue)})
_EDIT_VERBS = sorted({cue.split()[-1] for cue in UNLABELLED_INTERVIEW_CUES if re.match(r"^\w+ and \w+$", cue)})
_EDIT_PURPOSE = r"(?:" + "|".join(_EDIT_PURPOSES) + r")"
_EDIT_NOTE_TAIL = (r"(?:\s+and\s+(?:lightly\s+)?(?:" + "|".join(_EDIT_VERBS) + r"))?"
                   r"(?:\s+for\s+" + _EDIT_PURPOSE + r"(?:\s*(?:,|and|&)\s*" + _EDIT_PURPOSE + r")*)?")
_SITE_NOTE_FORMS: tuple[tuple[str, str], ...] = (
    ("comment", r"(?:all\s+)?comments\s+(?:will\s+be|are)\s+(?:moderated|reviewed|checked)\b"),
    ("comment", r"(?:please\s+)?keep\s+(?:your\s+)?comments\s+(?:relevant|civil|respectful|on[\s-]topic)\b"),
    ("donat", r"(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:donating|your\s+donation)\b"),
    ("free to read", r".{1,60}?\bis\s+free\s+to\s+read\b.{0,40}\b(?:support|donat\w*|help)\b"),
    ("republish", r"republish\s+(?:this|our)\s+(?:article|story|piece)\W*$"),
    ("licen", r"this\s+(?:work|article|story|piece|content)\s+is\s+licen[sc]ed\s+under\b"),
    # (in brackets too: "(The interview has been edited for length and clarity.)"; in brackets the note ends on its
    # editing words, `_EDIT_NOTE_TAIL`: "(The interview was edited before it was broadcast, her office complained.)",
    # "(The interview was edited by the station without her consent.)" report it)
    ("edited", r"(?:\[|\()" + _EDIT_NOTE + _EDIT_NOTE_TAIL + r"\.?[)\]]\.?$"),
    ("edited", _EDIT_NOTE + r"\b"),
    # "Originally published on Kestrel Science.": the syndicated copy's note on where it first ran (no clause after it:
    # "Originally published in 1954, the novel ..." is the body's)
    ("originally", r"(?:this\s+(?:article|story|piece)\s+was\s+)?originally\s+(?:published|appeared)\s+(?:on|in|by|at)\s+"
                   # ... a site or a paper, not a year ("Originally published in 1954 by Harbour Press." is the
                   # book's history)
                   r"(?!\d)[^.!?,;:]{1,60}\.?$"),
    ("reverse", r"(?:live\s+)?(?:updates|posts|entries)\s+(?:are|appear)\s+in\s+reverse\s+(?:chronological\s+)?order\b"),
    # The outlet promoting itself or asking for support after the last paragraph, in its own voice: a product's
    # slogan ("Before it's here, it's on the Bloomberg Terminal."), its letters policy ("The Times is committed to
    # publishing a diversity of letters to the editor."), its record with a call for support ("We've been covering
    # the war since 2014. ... support us"), its work's worth in its own voice or with an appeal ("Your support matters: quality journalism is more
    # crucial than ever."; not "For the town's 9,000 residents, local journalism has never been more needed.").
    # Someone saying so ("The union said quality journalism is more vital than ever") is reported: no note.
    ("terminal", r"before\s+it['’]s\s+here,\s+it['’]s\s+on\s+the\s+.{1,40}\bterminal\W*$"),
    ("committed to publishing", r"(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,4}\s+is\s+committed\s+"
                                r"to\s+publishing\s+a\s+diversity\s+of\b"),
    ("been ", r"we(?:['’]ve|\s+have)\s+been\s+(?:covering|reporting\s+on)\b.{0,250}\b(?:support\s+(?:us|our)|"
              r"donat\w*|subscri\w*|help\s+us|need\s+(?:you|your))\b"),
    ("journalism", r"(?!.*\b(?:said|says|told|argued|wrote|warned|added)\b)(?=.*\b(?:we|our|us|support|subscribe|"
                   r"donate)\b).{0,120}?\b(?:quality|independent|trusted|"
                   r"reliable|fact-based|local)\s+journalism\s+(?:is|has\s+never\s+been)\s+(?:more\s+|so\s+)?(?:crucial|"
                   r"important|vital|essential|needed)(?:\s+than\s+ever)?\W*$"),
    # "Live blog entries are compiled by Riverton Ledger staff": who writes a live page's entries
    ("live", r"(?:this\s+|our\s+)?live\s*(?:blog|page|coverage|updates?)(?:\s+(?:entries|posts|updates))?\s+(?:are|is)\s+"
             r"(?:compiled|written|curated|maintained|edited)\s+by\b.{0,80}$"),
    # the charity's plea beside its donate button: "Your gift can save a child's life."
    ("your ", r"your\s+(?:gift|donation|support)\s+(?:of\s+\S+\s+)?(?:can|could|will|helps?|makes?)\s[^.!?]{0,100}[.!]?$"),
    # a note on how the piece was made: "Editor's note: This story was produced in partnership with the Riverton
    # Fund.", "This article is part of a series supported by ..."
    ("this ", r"(?:editor['’]?s\s+note\s*:\s*)?this\s+(?:story|article|report|piece|series|project|coverage)\s+"
              r"(?:was|is|has\s+been)\s+(?:(?:jointly\s+)?produced|co-?published|supported|funded|made\s+possible|"
              r"part\s+of\s+a\s+(?:series|project|collaboration|partnership))\b.{0,200}$"),
    # a paywall's notice: "This article is for subscribers only."
    ("subscri", r"this\s+(?:article|story|content|page)\s+is\s+(?:only\s+)?(?:for|available\s+to|reserved\s+for|"
                r"exclusive\s+to)\s+(?:our\s+)?(?:paid\s+|premium\s+|digital\s+)?subscribers(?:\s+only)?\W*$"),
    # a live page's closing line: "That's all from us tonight. Thanks for following."
    ("all from", r"that['’]?s\s+(?:all|it)\s+from\s+(?:us|me)\b[^.!?]{0,40}[.!](?:\s+(?:thanks?|thank\s+you)\s+for\s+"
                 r"(?:following|reading|joining\s+us)\b[^.!?]{0,40}[.!]?)?\s*$"),
    ("for following", r"(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?for\s+following\b[^.!?]{0,60}[.!]?\s*$"),
    # A correction or update note on the piece itself: "Correction: An earlier version of this story said ...", "An
    # earlier version of this article misstated ...", "This story has been updated with ...".
    ("version", r"(?:corrections?\s*:\s*)?(?:an?\s+|the\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+"
                r"(?:story|article|report|post|piece)\s+\w.*"),
    # An editor's note under its label, on the piece or its writer: "Editor's note: A version of this story
    # appeared in print on March 5.", "Editor's note: The author lives in Riverton." A note on an interview's
    # editing is read by the "edited" row and `interviews` (the transcript's evidence), so it is left out here.
    # A note introducing a first-person account is part of the story ("Editor's note: Alma Verin, a pilot for 30
    # years, was on the bridge that night. This is her account, as told to the Courier."): its cue written in lower
    # case ("her account", "This is his story", "as told to", "in his own words"), never a bare "his story" (the
    # piece: "A version of his story appeared in print") or a title ("My Words").
    ("note", r"(?:editor['’]?s|editors['’]?)\s+note\s*[:—–-]\s*(?!.*\b(?:interview|conversation|transcript|"
             r"condensed|q\s*&\s*a)\b|(?-i:.*\b(?:(?:her|his|their|my)\s+(?:own\s+)?account|"
             r"[Tt]his\s+is\s+(?:her|his|their|my)\s+(?:own\s+)?story|as\s+told\s+to|"
             r"in\s+(?:her|his|their|my)\s+own\s+words)\b))"
             r"\S.{4,}$"),
    ("has been", r"(?:editor['’]?s\s+note\s*:\s*)?this\s+(?:story|article|report|post|piece)\s+has\s+been\s+"
                 r"(?:updated|corrected|amended)\b.{0,200}$"),
    # "Pro subscribers read this first.", "Premium members got this story first": the paid edition's head start
    ("first", r"[^.!?]{0,40}\b(?:subscribers|members)\s+(?:read|got|saw|received)\s+(?:this|it)\s+(?:story\s+|article\s+)?"
              r"first\W*$"),
    # the link to the site's standards under a headline: "Why you can trust Riverton News", "Why you can trust us",
    # "Why you can trust KNS". It names the site: "us", an acronym or a name closed by a newspaper word
    # (`OUTLET_NAME_WORDS`); "Why you can trust Ola Brandt" is a crosshead of an opinion piece, naming a person.
    # The site's disclaimer under the article: "Disclaimer: The information in this article is provided for ..."
    ("disclaimer", r"disclaimer\s*:\s*(?:the|this|all|any|views|opinions|content|information)\b.{20,}$"),
    # A government release's own record under its text: its number ("(Release ID: 2198764)", "Press Release No.
    # 14/2026"), the page's visitor counter ("Visitor Counter : 412") and its other languages ("Read this release
    # in: Hindi"). Whole lines: "The release, number 14, was ..." is prose.
    ("release", r"\(?(?:press\s+)?release\s+(?:id|no\.?|number|code)\s*[:.#]?\s*[\w/-]*\d[\w/-]*\)?$"),
    ("counter", r"(?:visitors?|page\s+views?|hits?|views?)\s+counter\s*:?\s*\d[\d,.]*$"),
    ("read this", r"read\s+this\s+(?:release|article|story|page|news)\s+in\s*:\s*[^.!?:]{1,80}$"),
    ("trust", r"why\s+(?:you\s+can|to)\s+trust\s+(?:us|(?-i:[A-Z]{2,8})|(?:(?-i:[A-Z])[\w&'’.-]*\s+){0,4}(?:"
              + "|".join(sorted((re.escape(word) for word in OUTLET_NAME_WORDS), key=len, reverse=True))
              + r"))\W*$"),
)
# The site speaks to its reader in a line of its own; a line that reports someone saying the same words ("Thank you
# for donating to the fund, the mayor wrote") is the article's sentence, so no note has a reporting clause.
# A reporting clause closing a sentence (", the bureau said", ", Ms Roe added on Monday"): one source for every
# rule that must not take a reported sentence for the site's furniture (its notes, a picture's credit, a button).
REPORTING_CLAUSE = r",\s*(?:[\w'’.-]+\s+){0,5}(?:" + "|".join(SENTENCE_FINAL) + r")\b"
# A sentence opening on its speaker and the reporting verb ("The post office said it would ...", "Officials
# told reporters ..."): a short subject, then the verb.
REPORTING_OPENING = r"^[\"“‘']?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+(?:said|says|told|added|warned)\s+\w"
_NOT_REPORTED = r"(?!.*" + REPORTING_CLAUSE + r")"
SITE_NOTES: tuple[tuple[str, str], ...] = tuple((gate, _NOT_REPORTED + pattern) for gate, pattern in _SITE_NOTE_FORMS)

# Platforms readers fund an outlet on: a closing "Support us on Patreon." is the outlet's appeal
# (`boilerplate`'s appeal lines), while a news sentence about the platform is not (no call to support "us").
FUNDING_PLATFORMS = ("Patreon", "Ko-fi", "Buy Me a Coffee", "Liberapay", "Open Collective")

# A story's flag in capitals before a dash opening a paragraph ("UPDATE — The road reopened ...", "BREAKING — ..."):
# it marks the paragraph's state or kind, so the capitals before the dash are no dateline's place.
STORY_FLAGS = frozenset({"update", "updated", "updates", "breaking", "breaking news", "exclusive", "note",
                         "editor's note", "editor’s note", "editors' note", "correction", "clarification",
                         "developing", "urgent", "alert", "flash", "newsflash", "watch", "live", "advisory",
                         "warning", "analysis", "opinion", "editorial", "comment", "factbox", "explainer",
                         "just in", "latest", "new", "earlier", "recap", "summary", "background", "context"})

# The outlet's calls for its own services, printed after the body: the verbs asking for its app ("Download our
# app ..."), the newsroom it asks readers to write to ("Got a story? Contact our newsroom ..."), and what it offers
# "for more" ("For more news, visit our homepage."). Read by `boilerplate` as whole-line patterns.
APP_CALL_VERBS = ("download", "get", "install")
NEWSROOM_WORDS = ("newsroom", "news desk", "desk", "team", "editors", "editor", "reporters", "journalists")
MORE_NEWS_WORDS = ("news", "updates", "stories", "coverage", "headlines")
MORE_NEWS_CALLS = ("visit", "follow", "click", "go to", "download", "subscribe", "like", "check out", "log on to")
# The verbs of the site's calls in its own voice at the page's foot ("Join our channel.", "Support our journalism."):
# the calls above and the plea's.
FOOT_CALL_VERBS = tuple(dict.fromkeys(MORE_NEWS_CALLS + APP_CALL_VERBS + ("join", "support", "donate")))
# What a site mails or sends its readers by name ("Subscribe to The Bulletin, our morning news round-up."): a short
# line opening on "Subscribe to" / "Sign up for" that names one of these is the site's plug, not the story's.
# Not "email" or "podcast": a how-to's "Sign up for the bundle using the same email" is its text.
DIGEST_WORDS = ("newsletter", "newsletters", "round-up", "roundup", "round up", "briefing", "briefings", "bulletin",
                "digest", "mailing list")
# A plug's line in a story tells who gives the advice (", officials advise.", ", she told parents."): these verbs
# closing a clause after a comma make the line the story's report, not the site's plug.
PLUG_REPORTING_VERBS = ("said", "says", "say", "told", "tells", "tell", "added", "adds", "advised", "advises",
                        "advise", "urged", "urges", "urge", "suggested", "suggests", "suggest", "recommended",
                        "recommends", "recommend", "warned", "warns", "warn", "wrote", "writes")
# The words that open a clause after a plug's comma without a speaker ("..., and tell us", "..., highly
# recommended"; so does a lower-case "-ly" adverb or no word at all, "..., recommended by readers"): no one reported
# gives the advice, so the line stays the site's plug.
PLUG_SPEAKERLESS_OPENERS = ("and", "or", "but", "then", "also", "now", "just", "so")
# The nouns a site calls itself by in its own plug ("Sign up for the paper's morning briefing."): a lower-case
# possessive of one of these is the site's, of any other common noun ("the library's events digest") another body's.
SITE_SELF_NOUNS = ("paper", "newspaper", "newsroom", "news desk", "site", "website", "magazine", "editors")
# What a site's call at the page's foot asks readers to join or support as its own ("Join our channel.", "Support
# our journalism.", "Follow our live page"): the calls' own nouns and a few more; "Support our farmers" is a story's.
FOOT_CALL_OBJECTS = tuple(dict.fromkeys(MORE_NEWS_WORDS + DIGEST_WORDS + NEWSROOM_WORDS + SITE_SELF_NOUNS + (
    "journalism", "reporting", "channel", "channels", "app", "page", "pages", "work", "podcast", "community")))

# A picture's caption describes it in the present ("Workers gather at the gates on Wednesday."); a line over a
# photo credit that tells in the past with a finite verb ("The port was shut on Wednesday as workers walked out.")
# is the article's lede. The past auxiliaries, and the "-ed" words that are a caption's participles, never a lede's
# verb ("pictured", "seen"). Read by `boilerplate.tells_in_past`.
PAST_FINITE_WORDS = ("was", "were", "had", "did", "said", "went", "came", "took", "made", "told", "left", "began",
                     "fell", "rose", "died", "won", "lost")
CAPTION_PARTICIPLES = ("pictured", "photographed", "seen", "shown", "filmed", "captured", "posed", "dressed",
                       "armed", "masked", "covered", "crowded", "packed", "gathered", "injured", "wounded",
                       "illustrated", "photoshopped", "supplied", "handed")
# A market report's forecast ("Fuel prices are seen rising by the spring"): "seen" before a word of change is no
# picture's "is seen". Read by `boilerplate`'s bracketed agency credit caption.
SEEN_CHANGE_WORDS = ("rising", "falling", "climbing", "dropping", "declining", "growing", "increasing", "easing",
                     "slowing", "slipping", "gaining", "edging", "recovering", "rebounding", "peaking", "topping",
                     "reaching", "hitting", "remaining", "staying", "holding", "doubling", "shrinking", "widening",
                     "narrowing", "softening", "firming", "jumping", "surging", "sliding", "tumbling", "picking")
# A caption's reduced relative clause: a noun phrase, then its "-ed" participle and a preposition saying where or
# whence ("Samples collected from the river bed", "Sandbags stacked along the harbour"). A lede's finite "-ed" verb
# takes an object ("Police arrested three men"). Read by `boilerplate.participle_caption`, only where a line sits
# between the headline block's date line or byline and a credit line of its own (a picture's place).
CAPTION_PARTICIPLE_PREPOSITIONS = ("from", "along", "at", "in", "inside", "outside", "near", "beside", "on", "by",
                                   "during", "under", "over", "behind", "across", "around", "off", "onto", "into")
# A lede says when its subject acted ("Oil prices climbed by 3 percent on Tuesday", "Heavy rain flooded across
# Kerala overnight"): a line with one of these words is a finite verb's sentence, not a participle caption.
LEDE_TIME_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                   "today", "overnight", "tonight", "earlier", "late", "last", "morning", "afternoon", "evening")

# A topic page's label printed over or under the date ("Humanitarian Aid", "Human Rights", "Peace and Security"):
# with `SECTION_WORDS` and glue words, a line made only of these is the story's topic tag, never a byline.
TOPIC_LABEL_WORDS = _words("""
humanitarian aid human rights security peace change migrants refugees migration development sustainable goals
prevention crime law gender equality women children youth disarmament affairs relief emergencies
""")
TOPIC_LABEL_GLUE = _words("and & of")


# Tags a byline-and-date line may carry after its date, which neither date it nor name anyone: a clock written
# with an at sign ("@08:00PM") and a posting board's department joke ("from the long-wait dept."). Regular
# expressions, each matched at the end of the line's tail (case ignored).
DATE_LINE_TAIL_TAGS = (
    r"@\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?",
    r"from\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+dept\.?",
)


# A picture's caption opening on "By" names a place, a venue or a scene in capitalised words ("By The Sea Café",
# "By Royal Appointment", "By Riverton Bridge"): over a photo credit, a "By" line whose given name is unknown is a
# byline only when it has two or three words, none of them one of these nouns and none an article or preposition
# (read by `boilerplate._is_dated_or_signed`; "By Chan Dara", "By Siosaia Taufa" stay bylines).
CAPTION_PLACE_NOUNS = _words("""
sea seaside beach coast harbour harbor port quay pier dock marina lake loch river riverside creek falls bridge
lights night dawn dusk sunset sunrise station airport road street avenue square garden gardens mountain valley
forest woods island islands cliffs café cafe restaurant bar pub inn hotel tower castle palace cathedral abbey
market museum gallery theatre theater cinema arena stadium centre center school college club shop store bakery
royal appointment warrant request invitation nightfall candlelight moonlight northern southern eastern western
shore
""")
# Articles, determiners and prepositions a "By" caption capitalises in title case ("By The Sea", "Lights At Night").
CAPTION_TITLE_WORDS = _words("""
the a an our your their this that these those at in on of to for with from near under over
""")

# A site's motto printed as the page's first line where no banner names the site ("News for the harbour towns
# since 1901", "Your window on the north coast", "Serving Pellow and the coast", "The voice of the harbour"): the
# words it opens with, or its founding year closing it (`article._motto_line`). A headline under it is the page's.
# Openers a headline uses as ordinary words ("Serving up hope", "Covering up the scandal", "The heart of a town",
# "Your local pharmacy", "Independent news sites") are none of these.
MOTTO_OPENERS = ("your window on", "your trusted source", "your source for", "your home for", "your voice in",
                 "the voice of", "news for", "news from", "journalism for", "independent journalism",
                 "local news for", "trusted news", "proudly serving")
MOTTO_CLOSER = r"\b(?:since|est\.?|established(?:\s+in)?)\s+(?:1[6-9]\d\d|20[0-2]\d)$"
