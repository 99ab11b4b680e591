"""Speaker heads: the nouns a phrase must end in to speak ("the ministry said", "the report said", "a
spokeswoman said", "critics say"), so that the subject of a reported clause that is a thing ("the revised
estimate reflected …", "the meeting", "Temperatures reached …") is never taken for a speaker's label.

A label's head is speaker-like when it is
- a proper name (capitalised), unless it is one word a sentence opens with that is a common English plural
  ("Temperatures", from `common_plurals.txt`);
- a person, title, epithet, associate or family noun, an organisation's word or description, or a document that
  speaks for its source (the tables of `lexicon`, `unnamed_sources`, `epithets` and `documents`), singular or
  plural;
- one of `SPEAKING_THINGS` below (studies, polls, rulings and other texts that "say" or "find") or of
  `SPEAKING_GROUPS` (families, crowds, juries, sides, newspapers: "the crowd chanted", "the daily reported"), or
  of `GOVERNING_PLACES` (local governments: "the municipality said");
- a noun with an agent's ending (`AGENT_SUFFIXES`: "lawmaker", "economist", "civilian", "resident") or a
  compound ending in a person noun (`PERSON_COMPOUND_ENDINGS`: "fisherman", "tradeswomen").
General English, nothing article-specific.
"""
from __future__ import annotations

from functools import lru_cache

from loaders.extract.data.documents import DOCUMENT_NOUNS, UTTERANCE_NOUNS
from loaders.extract.data.epithets import EPITHET_NOUNS, FAMILY_NOUNS
from loaders.extract.data.lexicon import (
    ASSOCIATE_NOUNS, ORG_DESCRIPTION_HEADS, ORG_WORDS, POST_NAME_HONORIFICS, ROLE_SYNONYMS,
)
from loaders.extract.data.not_people import common_plurals
from loaders.extract.data.unnamed_sources import PERSON_NOUNS, SOURCE_ADJECTIVES

# texts and bodies of evidence that speak in news prose ("the study found", "the ruling said", "the poll shows")
SPEAKING_THINGS = frozenset("""
report study survey poll research analysis review audit paper findings data figures statistics ruling verdict
judgment judgement order complaint lawsuit suit indictment affidavit petition motion brief opinion decision
campaign website site ad advert advertisement video book memoir article story column blog account page
document documents guidance guidelines forecast assessment evaluation inquiry investigation probe
""".split())

# words a bracket after a body's name holds when it is the page's furniture, a photo's or a video's, not the body's
# short name ("The Kestel County Council (File)" against "The National Water Commission (Conagua)")
BRACKET_FURNITURE = frozenset("""
file files photo photos photograph picture pictured pic image images archive stock handout screenshot video
graphic illustration supplied courtesy
""".split())
# what a bracket between a title and the name holds when it is a photo's place or the holder's status, no portfolio
# ("Deputy commissioner (left) Ravi Menon", "Colonel (retd) Ravi Kumar"), beyond `BRACKET_FURNITURE` and the
# positions of `not_people.CAPTION_POSITIONS`
BRACKET_NOTE_WORDS = frozenset("""
above below inset retd rtd retired
""".split())

# groups, kin, crowds, sides and bodies that speak in news prose ("the family said", "the crowd chanted", "the
# prosecution argued", "fans sang", "the daily reported"), beyond the person and organisation tables
SPEAKING_GROUPS = frozenset("""
family families crowd crowds couple couples victim victims survivor boy boys girl girls kid kids child children
man men woman women people person persons youth youths teenager baby pilot pilots crew crews staff band bands
fan fans local locals jury juries prosecution prosecutors defence defense opposition rebel rebels insurgents
militants neighbour neighbours neighbor neighbors relative relatives parents pontiff pope legislature bloc
assembly elderly daily dailies tabloid tabloids broadsheet weekly squad side sides host hosts team club audience
public mob gang pupils panel
""".split())

# local and regional governments named by the kind of place they govern, which speak as bodies ("the
# municipality said", "the prefecture announced", "the canton warned")
GOVERNING_PLACES = frozenset("""
municipality municipalities prefecture prefectures governorate governorates canton cantons borough boroughs
commune communes township townships province provinces county counties district districts shire shires
""".split())

# adverbs that may close a label after its head ("voters nationwide", "residents locally", "analysts alike"); an
# "-ly" word not in this list is a noun or adjective head ("the family", "the assembly", "the elderly")
TRAILING_ADVERBS = frozenset("""
nationwide worldwide statewide citywide countrywide alike overall locally nationally internationally globally
privately publicly separately jointly together too also again initially originally later earlier recently
""".split())

# words that may follow a person's name inside a speaker phrase read back from its verb, and end the name: "Priebus
# later Thursday told …", "Okafor also said" (weekdays and months count too: `speaker_labels.cast_person_named_by`);
# a noun there makes the name a modifier ("the Okafor campaign"), and the phrase stays a label
AFTER_NAME_ADVERBS = frozenset("""
later earlier also then again now too still once first alone himself herself today yesterday tonight recently
separately privately publicly previously subsequently afterwards afterward meanwhile however
""".split())

# plurals no ending rule reduces
IRREGULAR_SINGULARS = {"men": "man", "women": "woman", "children": "child", "people": "person", "youths": "youth"}

# determiners a label opens with: a capital on them (the sentence's first word) is no proper name
LABEL_DETERMINERS = frozenset("the a an this that these those its his her their our".split())

# verbs that give a person a role ("appointed Ada Obi as its harbour master", "was named chief executive")
APPOINTING_VERBS = (
    "appointed", "named", "elected", "re-elected", "chose", "chosen", "hired", "installed", "confirmed", "nominated",
    "picked", "tapped", "promoted", "selected", "sworn in",
)

# verbs by which a person keeps or goes on holding a role ("stay on as director", "remains as chair", "will
# continue as treasurer"): the role after "as" is the verb's subject's
ROLE_KEEPING_VERBS = (
    "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "continue", "continues",
    "continued", "continuing",
)

# the only words allowed between a role keeper's name (or "says she") and the keeping verb: auxiliaries, intent and
# "to" ("will", "has", "hopes to", "plans to"); anything else may be another subject, a negation or a refusal
ROLE_KEEPING_AUXILIARIES = (
    "will", "would", "shall", "should", "may", "might", "can", "could", "is", "was", "has", "had", "have", "be",
    "been", "to", "going", "also", "still", "likely", "plans", "planned", "hopes", "hoped", "intends", "intended",
    "expects", "expected", "wants", "wanted", "agreed", "set", "due", "keen", "willing", "ready",
)
# a deliberation over whether to keep the role ("has not decided whether to stay on as director", "is weighing
# whether to remain as coach"): the one deliberating holds it now, whatever they decide, so the negation of the
# deciding ("not decided") is no giving up of the role
ROLE_DELIBERATIONS = (
    "has not decided", "have not decided", "had not decided", "has not yet decided", "hasn't decided",
    "hasn't yet decided", "is deciding", "is undecided", "is unsure", "is weighing", "is considering",
    "was weighing", "was considering", "is still deciding", "is still weighing",
)
# words after which a kept role has closed ("stay on as coach of the juniors", "as director until June")
ROLE_CLOSING_WORDS = (
    "of", "for", "at", "in", "on", "until", "till", "after", "through", "since", "beyond", "when", "while", "and",
    "but", "once", "if", "during", "with", "under", "from", "into", "next", "this",
)

# words that end an appointed role, or show there is none ("was named in the lawsuit", "was picked up by",
# "was elected on Sunday", "was named after his grandfather")
ROLE_STOP_WORDS = (
    "in", "on", "at", "from", "after", "before", "last", "this", "next", "to", "and", "but", "with", "for", "by",
    "up", "down", "out", "off", "over", "into", "as", "of", "during", "since", "until", "when", "while", "yesterday",
    "today", "tomorrow", "earlier", "later", "again", "instead",
)

# endings of nouns for people by what they do ("lawmaker", "economist", "civilian", "resident", "protester")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer")

# heads ending like an agent that name no one ("the number", "the matter", "the order" stays a speaking text)
NOT_AGENTS = frozenset("""
number matter water weather border center centre quarter winter summer river power tower event moment
element agreement percent cent amount payment ottoman talisman
""".split())

# the last element of a compound that names a person by trade or standing ("fisherman", "chairwoman",
# "tradesmen", "businesspeople", "layperson"): no table needs to list every such compound
PERSON_COMPOUND_ENDINGS = ("man", "woman", "men", "women", "person", "persons", "people")


@lru_cache(maxsize=1)
def speaker_heads() -> frozenset[str]:
    """Every lowercase noun that may head a speaker's label (see the module's docstring)."""
    role_heads = {phrase.split()[-1] for phrase in ROLE_SYNONYMS} | {
        word.split()[-1] for synonyms in ROLE_SYNONYMS.values() for word in synonyms}
    return frozenset(PERSON_NOUNS | ORG_WORDS | ORG_DESCRIPTION_HEADS | DOCUMENT_NOUNS | UTTERANCE_NOUNS
                     | EPITHET_NOUNS | FAMILY_NOUNS | ASSOCIATE_NOUNS | SPEAKING_THINGS | SPEAKING_GROUPS | GOVERNING_PLACES
                     | role_heads)


def _singular(noun: str) -> str:
    if noun in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "ches", "shes", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def speaker_like_head(word: str, opens_sentence: bool = False, only_word: bool = False) -> bool:
    """Whether `word`, the last word of a label, can name a speaker. `opens_sentence` and `only_word` say the
    label is that one word at the start of a sentence, where a capital proves no proper name."""
    word = word.strip(".,;:’'\"“”")
    if not word:
        return False
    lowered = word.lower()
    if lowered.endswith(("'s", "’s")):
        lowered = lowered[:-2]
    if lowered in LABEL_DETERMINERS:
        return False  # "The" opening a sentence names nobody
    if (word[0].isupper() or word[0].isdigit()) and not (opens_sentence and only_word and lowered in common_plurals()):
        return True  # a proper name ("Demonstrators" opening a sentence is read as the common noun below)
    heads = speaker_heads()
    if lowered in heads or _singular(lowered) in heads:
        return True
    if lowered in NOT_AGENTS or _singular(lowered) in NOT_AGENTS:
        return False
    return _singular(lowered).endswith(AGENT_SUFFIXES) or lowered.endswith(PERSON_COMPOUND_ENDINGS)


def speaker_like_label(core: list[str], opens_sentence: bool = False) -> bool:
    """Whether a label's words (up to its first preposition) can name a speaker: a phrase holding a proper name
    after its first word names an organisation or a place's body ("The Velmar Baths thermal spa"), else its
    last word must be a speaker head (`speaker_like_head`)."""
    while len(core) > 1 and core[-1].lower().strip(".,;:") in TRAILING_ADVERBS:
        core = core[:-1]  # "voters nationwide", "residents locally" (not "the family", "the assembly")
    if not core:
        return True
    if len(core) == 1 and core[0].lower() in COUNTED_PRONOUNS:
        return True  # ("one of them": `label_core` gave what is counted)
    if any(word[:1].isupper() for word in core[1:]):
        return True
    return speaker_like_head(core[-1], opens_sentence=opens_sentence, only_word=len(core) == 1)


def label_core(label: str) -> list[str]:
    """A label's words up to its first preposition, or, after a quantity ("one of her ads", "hundreds of
    demonstrators", "some 55 percent of voters"), the words of what is counted."""
    words = label.split()
    for index, word in enumerate(words):
        if index and word.islower() and word.endswith("ing") and names_people(words[index - 1]):
            return words[:index]  # a participle after the person ends the core too: "a woman | selling fruit"
        if index and word in REPORTER_PRONOUNS and names_people(words[index - 1]):
            return words[:index]  # and so does the reporter's clause without "that": "residents | we asked"
        if word.lower() in LABEL_PREPOSITIONS or index and word.lower() in SOURCE_ADJECTIVES or (
                index and word.lower() in PLACE_PREPOSITIONS and names_people(words[index - 1])):
            # (a source's modifier ends the core too: "two diplomats | familiar with the talks")
            if word.lower() == "of" and index and words[index - 1].lower() in QUANTITY_WORDS:
                return label_core(" ".join(words[index + 1:]))
            return words[:index]
    return words


def names_a_thing(core: list[str]) -> bool:
    """Whether a label's words (`label_core`) name a text, a body of evidence or an utterance ("the data", "the
    ruling", "the video", "his remarks"), not a person, a group or a body, which alone speak by some verbs
    (`speech_verbs.SPEAKER_ONLY_LEMMAS`). A proper name after the first word names a body."""
    if not core or any(word[:1].isupper() for word in core[1:]):
        return False
    head = core[-1].lower().strip(".,;:’'\"“”")
    things = SPEAKING_THINGS | DOCUMENT_NOUNS | UTTERANCE_NOUNS
    return head in things or _singular(head) in things


def names_people(word: str) -> bool:
    """A noun for people: "woman", "residents", "nurse" (`PERSON_NOUNS`, singular or plural)."""
    low = word.lower()
    singular = IRREGULAR_SINGULARS.get(low) or (low[:-1] if low.endswith("s") else low)
    return low.endswith(PERSON_COMPOUND_ENDINGS) or low in PERSON_NOUNS or singular in PERSON_NOUNS


# The reporter's pronouns opening a relative clause without "that" after a source's noun ("a ministry official I
# asked about the delay", "residents we met"): the clause says how the source was met, its head is the noun before.
# Descriptions any kind of business takes whatever its name's last word ("the company" for "Veltrix Health",
# "the firm" for "Brill & Sons"): for them the body last named as a subject is the one meant. Other heads ("the
# association", "the board", "the ministry") stand first for a name written with that head shortly before.
GENERIC_BODY_NOUNS = frozenset("""
company companies firm business group outfit concern operator carrier chain retailer lender conglomerate
organisation organization body entity
""".split())

# Prepositions opening a sentence's phrase of place before its subject ("At a café above the port, a man …",
# "On the quay, a woman …"), as regular expression parts
PLACE_OPENINGS = ("At", "In", "On", "Outside", "Inside", "Near", "Behind", "Beside", "Along", "Across", "Around",
                  r"Back\s+at", r"Down\s+at", r"Up\s+at", "Under", "By")

# Irregular past forms that may follow a relative clause without commas as the main clause's verb ("a man who
# rents boats read the news"); regular "-ed" forms are taken by their ending
PAST_AFTER_RELATIVE = ("read", "sat", "met", "heard", "ran", "left", "held", "gave", "got", "brought", "bought",
                       "sold", "lost", "found", "paid", "sent", "said", "told", "spoke", "wrote", "felt", "thought",
                       "knew", "became", "came", "went", "took", "made", "saw", "kept", "stood", "was", "had")

REPORTER_PRONOUNS = frozenset({"I", "we"})
LABEL_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on", "to", "by"})
# ... and prepositions of place, right after the person noun only ("traders | near the old ferry", "protesters |
# outside the court"; not "residents we met near the bridge", whose clause the reporter's contact rule reads)
PLACE_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "along", "beside", "behind", "across"})
# words that count or measure what follows "of" ("one of her ads", "a majority of voters")
QUANTITY_WORDS = frozenset("""
one two three four five six seven eight nine ten some many most all each none several both few dozens hundreds
thousands millions percent per cent share majority minority half third quarter number group members rest any
""".split())
# what a quantity counts when it is a group the text has just named ("One of them said to me", "Two of us
# asked"): the label is the count as written, its people those named before
COUNTED_PRONOUNS = frozenset({"them", "us", "those", "these"})

# Styles of address written in capitals between a title and a name ("Minister of Transport HE Ana Lind", "H.E.
# Karl Moss"): case-sensitive, since "he" and "hm" are ordinary words; the lowercase honorifics ("Dr", "Mr", "Hon")
# are `lexicon.HONORIFICS`.
STYLE_HONORIFICS = ("HE", "H.E.", "HH", "H.H.", "HRH", "H.R.H.", "HM", "H.M.")

# Prepositions of the scene a described speaker speaks at ("Chile's top diplomat at the talks", "the minister at
# the meeting"): the office is read without "at the talks" (the label, if no one holds it, keeps it).
DESCRIPTION_SCENE_PREPOSITIONS = frozenset({"at"})
# Titles a description's head fits when none of its `lexicon.ROLE_SYNONYMS` titles does (read by
# `speaker_roles`): "Chile's top diplomat" of no Chilean foreign minister or ambassador is one who holds an office of
# a foreign ministry ("the Permanent Secretary of Chile's Ministry of Foreign Affairs"), never over a minister.
HEAD_TITLES_ADDED = {"diplomat": ("ministry of foreign affairs", "ministry for foreign affairs", "foreign ministry")}

# Words of grade or standing written capitalised before a title ("Permanent Secretary", "Principal Secretary",
# "Deputy Director"): a "person" the people step made of such words and a title alone is a description of an office
# holder, never a name ("Chief Obi" keeps its name word, and stays a name).
TITLE_GRADE_WORDS = frozenset({"permanent", "principal", "deputy", "assistant", "acting", "chief", "senior",
                               "vice", "executive", "general", "associate", "interim"})


# Heads of a description for a council's members and the roles an article may have given the person it stands for,
# beside `lexicon.ROLE_SYNONYMS` (read together by `speaker_roles`): "Council member Ana Lind" is "the councillor";
# the spellings differ by country ("councilor", "councilman"). "the council member" is no head here: read as
# "member" with "council" its qualifier it fits "a member of the city council" too.
_COUNCIL_MEMBER_ROLES = ("councillor", "councilor", "councilman", "councilwoman", "council member", "councilmember")
COUNCIL_ROLE_SYNONYMS = {head: _COUNCIL_MEMBER_ROLES for head in _COUNCIL_MEMBER_ROLES if " " not in head}
# Heads whose body is the role itself: "the council member" is a member of a council, not of a board, so the
# body's word before such a head restricts which role fits ("the bank chief" only says whose chief).
MEMBERSHIP_HEADS = frozenset({"member", "members"})
# Irregular past forms that are also nouns or adjectives ("A far left group", "The show's set designer", "a
# split vote"; not "cut", "put", "kept": "The bank cut rates" is likelier news): such a form ends a subject as a
# main verb only when an object-like word follows it (PAST_OBJECT_STARTS, a determiner, a pronoun, a number or a
# capitalised name: "The board set the date").
PAST_SHARED_WITH_NOUNS = frozenset("left set split lost built broke".split())
PAST_OBJECT_STARTS = frozenset("""
up out down off back away aside forward in on and it them him her us me this that these those its their his
""".split())
# Head nouns that say a person's gender, beside epithets.EPITHET_GENDERS: an unnamed subject with one of these
# heads is never the antecedent of a pronoun of the other gender ("A fisherman was mending nets. “…,” she said").
GENDERED_HEADS = {
    **{noun: "male" for noun in """man men boy boys father son husband widower brother uncle nephew grandfather
       fisherman fishermen policeman businessman chairman spokesman congressman councilman kinsman monk abbot
       king prince duke sportsman headmaster""".split()},
    **{noun: "female" for noun in """woman women girl girls mother daughter wife widow sister aunt niece
       grandmother fisherwoman policewoman businesswoman chairwoman spokeswoman congresswoman councilwoman nun
       abbess queen princess duchess actress sportswoman headmistress""".split()},
}

# Lower-case collective heads that may follow a capitalised name as the source of a document ("a statement from
# the Mendes family", "an email from the Calder campaign"): the name and the head are the source together
COLLECTIVE_AFTER_NAME = ("family", "campaign", "camp")

# Words for a body that the lexicon's organisation heads leave out, as the object ending a person's role ("a
# spokesperson for the city's disaster centre", "head of the fraud unit"): a description headed by one ("the centre
# said") is that body, never the role's holder (speaker_roles._prepositional_object)
BODY_OBJECT_WORDS = frozenset("""
centre center unit bureau trust fund service secretariat directorate observatory laboratory lab clinic desk
""".split())

# Heads of a body's description that the lexicon's organisation heads leave out and that name only a body (not
# "trust", "fund" or "service", which also head other things): "The secretariat denied … “…,” it said"
BODY_DESCRIPTION_HEADS = frozenset("""
secretariat directorate observatory bureau laboratory
""".split())

# Description heads any office holder fits once a nationality narrows them ("the Omani official" for "Ali Nasser,
# Undersecretary for Transport at Oman's Ministry of Transport"): read only with a nationality, and only when one
# person of it holds a title (speaker_roles._resolve_description)
GENERIC_OFFICE_HEADS = frozenset({"official"})
# Words before an office that make its holder no one in office for a country's government ("Opposition trade
# spokesman", "shadow trade minister"): a description of a country's official never reads them
OTHER_SIDE_WORDS = frozenset({"opposition", "shadow"})
# Speech verbs by which a holder named right after a described official carries the official's statement on
# ("… Trade Minister Ana Lind added that …"); a contrast or a verb of their own ("disagreed", "criticised", "was not
# available") names someone else
CARRYING_ON_VERBS = ("added", "adds", "said", "says", "told", "noted", "notes", "explained", "continued", "stressed")
# the heads of the public offices such a description fits (not a trade: "an Omani businessman" is no official)
PUBLIC_OFFICE_HEADS = frozenset("""
minister undersecretary under-secretary secretary secretary-general ambassador envoy diplomat consul attache attaché
emissary negotiator delegate governor mayor director director-general commissioner spokesman spokeswoman
spokesperson official officer administrator adviser advisor aide president premier senator lawmaker legislator
""".split())

# Groups a named person leads or works with, written as the second of a coordinated subject ("Ana Lind and her
# team reported that …", "Karl Moss and his colleagues found …"): the named person is the one who speaks for them
LED_GROUP_NOUNS = frozenset("""
team colleagues co-authors coauthors collaborators co-workers coworkers researchers staff aides advisers advisors
lawyers attorneys crew lab deputies
""".split())

# Opening words of a sentence's subject that speak of a body's shares, results or staff ("Shares in Halvorsen
# Energy fell", "Profits at Carrow Brothers rose"): the body named right after them is the sentence's company
BODY_OWNED_OPENINGS = ("Shares in", "Shares of", "Profits at", "Profit at", "Sales at", "Revenue at", "Staff at",
                       "Workers at", "Employees at")

# Last words of a business's name ("Halvorsen Energy", "Carrow Brothers", "Bramwell Ltd", "Drayton Care"): a body
# named so is one "the company" or "the firm" may mean; a hospital, a university or a council is not a company
BUSINESS_WORDS = frozenset("""
group holdings holding energy brothers sons ltd limited inc incorporated plc llc llp corp corporation co company
companies capital industries motors airlines airways foods brands partners ventures logistics technologies
systems solutions pharma pharmaceuticals therapeutics biotech telecom mining care services bank insurance
retail steel construction homes developments investments properties enterprises manufacturing
""".split())

# "The analyst at Brenwick" is the one person the article puts at Brenwick in that role (speakers.
# SpeakerResolver._person_at_body): the description's noun and the other nouns of a role that answer to it; a
# noun not listed answers only to itself ("director" is no "critic", "daughter" no "wife").
AT_BODY_ROLE_SYNONYMS = {
    "analyst": ("analyst", "economist", "strategist", "researcher", "head of research"),
    "economist": ("economist", "analyst", "strategist", "head of research"),
    "strategist": ("strategist", "analyst", "economist"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson", "spokesmen"),
    "spokeswoman": ("spokeswoman", "spokesman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "boss": ("boss", "chief executive", "managing director", "ceo", "head"),
    "chief": ("chief", "chief executive", "ceo", "head"),
    "head": ("head", "chief executive", "ceo", "director", "chief"),
    "executive": ("executive", "chief executive", "ceo"),
    "councillor": ("councillor", "councilor", "council member"),
}
# words that put the role in the past ("formerly chief economist at Brenwick", "who left Brenwick"): no holder now
AT_BODY_PAST_WORDS = ("former", "formerly", "ex-", "previously", "retired", "left", "until", "once", "onetime",
                      "one-time", "late")


# The label-form rules (`speaker_words.label_form`), as the gold sets write a label: the words at the attributing
# mention as the text writes them. Each row: name, action ("keep" or "drop"), what it covers.
LABEL_FORM_RULES = (
    # "the Red Cross said", "The Hague said": the article stays as written (lowercase or a capital that is part of
    # the name); the labels are compared case-insensitively, so "the"/"The" at the mention is the same label
    ("leading_article", "keep", "a determiner before a proper name"),
    # "The Silverfjord hot springs, a resort on the coast, said": the lowercase description after the name drops,
    # unless its last word heads the body's name ("The Korvana Rail company", "Westbrook police", "A Velmora Port
    # spokesman": `speaker_heads()`)
    # Only a run whose last word is a kind of place or thing that does not speak (NON_SPEAKING_DESCRIPTORS) drops:
    # "The Marrow Bay coastguard", "the Kelby Volcano observatory" keep their lowercase head whatever it is
    ("descriptor_after_name", "drop", "a lowercase run after a proper name ending on a non-speaking descriptor"),
    # "a spokesman for the ministry", "police", "the company": kept as written, article and all
    ("descriptor_label", "keep", "a description that names no body"),
)


# The last words of a lowercase run after a proper name that describe a kind of place or thing, not the body that
# speaks for it ("The Silverfjord thermal baths" -> "The Silverfjord", "the Corvel Museum art gallery" -> "the Corvel
# Museum"): only such a run drops from a label (`speaker_words.label_form`); any other lowercase word after a name is
# kept as part of it ("the Marrow Bay coastguard", "the Ostvale fishing cooperative").
NON_SPEAKING_DESCRIPTORS = frozenset({
    "spa", "spas", "baths", "springs", "resort", "gallery", "galleries", "reserve", "sanctuary",
    "garden", "gardens", "attraction", "landmark", "venue",
})


# -ing words before a name that describe the person rather than take the name as object ("the acting Mayor X",
# "the outgoing X"): after any other lowercase -ing word the name is the participle's object ("Voters backing X
# said": the voters speak).
ING_DESCRIBERS = frozenset({
    "acting", "outgoing", "incoming", "visiting", "ruling", "leading", "founding", "presiding", "reigning",
    "sitting", "retiring", "serving", "remaining", "ailing", "governing", "managing", "consulting", "surviving",
    "grieving", "striking", "reporting", "contributing", "dissenting", "opposing", "winning", "losing",
    "departing", "practising", "practicing", "ranking", "recording", "touring", "starring", "supervising",
    "commanding", "attending", "coordinating", "competing", "dying", "living", "missing", "young", "rising",
    "aspiring", "upcoming", "string", "king", "ring", "thing", "wing", "evening", "morning", "spring", "sibling",
    "darling", "during",
})

# A broader word a newsroom uses for a role-holder it has already named by a narrower one ("Bishop Paul Okoro …
# the cleric said", "Striker Tom Reed scored twice … the footballer said"), and the narrower roles it stands for
# (read by `speakers.SpeakerResolver._redescribed`). Only these families: a description the person was never given,
# and no word of their role's family, is somebody else ("Senator Amy Holt toured the clinic … the nurse said",
# "General Tom Hale visited the troops … the soldier said"). Only pairs where the broader word always covers the
# narrower one: an organiser is no activist (a festival's organiser), a captain no pilot (a ship's), an inspector
# no officer (a ticket inspector), a researcher no scientist (a market researcher) nor a historian an academic.
# Words the role tables already resolve (lexicon.ROLE_SYNONYMS: "lawmaker", "diplomat") are not repeated here.
_CLERGY = frozenset("""bishop archbishop imam priest rabbi vicar pastor reverend rev cardinal pope mufti ayatollah
    chaplain sheikh patriarch abbot abbess nun monk preacher cleric clergyman clergywoman""".split())
_SCIENTISTS = frozenset("""epidemiologist virologist immunologist physicist chemist biologist geologist ecologist
    climatologist astronomer neuroscientist geneticist scientist seismologist volcanologist""".split())
_ACADEMICS = frozenset("professor lecturer academic scholar".split())
_FOOTBALLERS = frozenset("striker forward winger midfielder defender goalkeeper keeper footballer".split())
REDESCRIPTIONS = {
    "cleric": _CLERGY, "clergyman": _CLERGY, "clergywoman": _CLERGY, "churchman": _CLERGY, "preacher": _CLERGY,
    "activist": frozenset("campaigner activist".split()), "campaigner": frozenset("campaigner activist".split()),
    "scientist": _SCIENTISTS, "researcher": _SCIENTISTS | {"researcher"}, "academic": _ACADEMICS, "scholar": _ACADEMICS,
    "footballer": _FOOTBALLERS, "player": _FOOTBALLERS,
    "officer": frozenset("sergeant constable detective lieutenant superintendent".split()),
}

# Words of mood or manner between an article and a name ("a defiant Crane said", "a visibly emotional Crane", "an
# angry Dunn"): they describe how the person spoke, so the name stays the speaker. Read by suffix (adverbs in -ly,
# participles, adjectives in -ful, -ous, -ive, …), with the common mood words the suffixes miss listed; a noun
# before a name ("the newspaper Kestel Post") has none of them.
MANNER_SUFFIXES = ("ly", "ed", "ing", "ful", "ous", "ive", "ent", "ant", "less", "ible", "able", "al", "ic")
MOOD_ADJECTIVES = frozenset("""
angry weary wary happy unhappy hungry feisty testy sorry shaky jittery chirpy steady grumpy gloomy upbeat calm
relaxed tired sombre somber grim glum stern terse curt blunt bold brash proud humble frank candid
""".split())

# Lowercase particles joined by a hyphen (or apostrophe) to the capitalised surname they open: "al-Mutairi",
# "el-Hadi", "bin-Salem", "d’Alema". Such a word is a name, a subject like any capitalised surname, though its first
# letter is lowercase.
HYPHENED_NAME_PARTICLES = frozenset("al el ad an ar as ash at az ibn bin abu ul d l".split())

# Words of a description that make its holder the one at the top ("the top government spokesman", "the
# highest-ranking diplomat"): someone the article gives that role only as one of several ("a spokesman for the coast
# guard") is not the one meant (`speaker_roles`)
TOP_RANK_WORDS = frozenset({"top", "highest-ranking", "top-ranking"})

# forms of address written after a given name ("Leyla Hanım", "Ahmet Usta", "Kenji Sensei"): a two-word name ending in
# one, marked as what people call someone, is a name of the person with that given name (`speaker_aliases`); a name
# ending in any other word ("John Bishop") is read as a family name, another person. Forms that are common family
# names too (Chan, Ji, Jan, Kun, San, Aga, Nine: "Jenny Chan, as her students know her" is Ms Chan) are left out.
# The Turkish forms with a gender come from `lexicon.POST_NAME_HONORIFICS`, the one source of that vocabulary.
ADDRESS_FORMS_AFTER_GIVEN_NAME = frozenset(
    word.capitalize() for word in POST_NAME_HONORIFICS - {"aga"}
) | frozenset({
    "Hanum", "Usta", "Teyze", "Amca", "Hoca", "Hodja", "Efendi",
    "Dede", "Abi", "Ağabey", "Sensei", "Sama", "Ssi", "Nim", "Sahib", "Saheb",
    "Bhai", "Didi", "Bhaiya", "Amma", "Khanum", "Khanom",
})
